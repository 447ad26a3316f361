"""Syndication detection speed and correctness on synthetic articles.

    python bench/merge_syndication.py [--sizes 1000 5000] [--copy-rate 0.2]

Articles are random sentences over a 5,000-word vocabulary; a share of them are copies of
an earlier article (with lines added or dropped at the start and end), and another share
re-use two sentences of an earlier article inside otherwise new text.  Prints the seconds to
index them, the signature store size, and how many planted copies/re-uses were found and
how many unrelated pairs were wrongly linked.
"""
from __future__ import annotations

import argparse
import random
import time

from fogofwar.merge.syndication import SyndicationIndex
from fogofwar.model import Article


def make_articles(n: int, copy_rate: float, reuse_rate: float, seed: int = 11) -> tuple[list[Article], set[tuple[str, str]]]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(5000)]

    def sentence() -> str:
        return " ".join(rng.choice(vocab) for _ in range(rng.randint(14, 28))).capitalize() + "."

    articles: list[Article] = []
    planted: set[tuple[str, str]] = set()
    for i in range(n):
        aid = f"a{i}"
        roll = rng.random()
        if articles and roll < copy_rate:
            src = rng.choice(articles)
            lines = src.text.split("\n")
            lines = lines[rng.randint(0, 1): len(lines) - rng.randint(0, 1)]
            text = "\n".join([sentence()] + lines + [sentence()])
            planted.add((aid, src.id))
        elif articles and roll < copy_rate + reuse_rate:
            src = rng.choice(articles)
            borrowed = rng.sample(src.text.split("\n"), 2)
            text = "\n".join([sentence() for _ in range(8)] + borrowed + [sentence() for _ in range(6)])
            planted.add((aid, src.id))
        else:
            text = "\n".join(sentence() for _ in range(rng.randint(10, 25)))
        articles.append(Article(id=aid, text=text))
    return articles, planted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--copy-rate", type=float, default=0.15)
    ap.add_argument("--reuse-rate", type=float, default=0.05)
    args = ap.parse_args()
    print(f"{'articles':>9} {'seconds':>8} {'ms/article':>11} {'MB sigs':>8} {'planted':>8} {'found':>6} {'false links':>12}")
    for n in args.sizes:
        articles, planted = make_articles(n, args.copy_rate, args.reuse_rate)
        index = SyndicationIndex()
        t0 = time.perf_counter()
        for a in articles:
            index.add(a)
        secs = time.perf_counter() - t0
        linked = {(l.article_id, l.other_id) for l in index.links}
        origins = index.origins()
        found = sum(1 for a, b in planted if origins[a] == origins[b])
        # A link is false unless the two articles were planted as related (directly or via a chain).
        false = sum(1 for a, b in linked if origins[a] != origins[b] or not _related(a, b, planted))
        size = len(index.to_bytes()) / 1e6
        print(f"{n:>9} {secs:>8.2f} {secs / n * 1000:>11.2f} {size:>8.1f} {len(planted):>8} {found:>6} {false:>12}")


def _related(a: str, b: str, planted: set[tuple[str, str]]) -> bool:
    """Planted relation, or both copies of one source (copies of a copy share text too)."""
    parents = {}
    for x, y in planted:
        parents.setdefault(x, set()).add(y)

    def ancestors(x: str) -> set[str]:
        out, todo = {x}, [x]
        while todo:
            for p in parents.get(todo.pop(), ()):
                if p not in out:
                    out.add(p)
                    todo.append(p)
        return out

    return bool(ancestors(a) & ancestors(b))


if __name__ == "__main__":
    main()
