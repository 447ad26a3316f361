"""Story-vector speed: encoder load time and articles/s of story_vectors(), median of the repeats.

    .venv/bin/python bench/story_speed.py [--encoder auto|minilm-onnx|minilm|lexical] [--repeat 3] [--threads N]

Articles are the SemEval-2022 Task 8 pair texts from ../shared when present (386 news articles,
~170 words each), else the demo corpus repeated to 200 articles.  Each article is encoded in
its two views (headline, title + lead); nothing is cached between repeats.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAIRS = ROOT.parent / "shared" / "bench" / "semeval2022_task8" / "en_pairs.csv"

from fogofwar.merge import stories as st  # noqa: E402
from fogofwar.merge.config import load_config  # noqa: E402
from fogofwar.model import Article  # noqa: E402


def articles() -> tuple[str, list[Article]]:
    if PAIRS.is_file():
        from fogofwar.merge.evaluate import read_pairs, text_to_article

        rows = read_pairs(PAIRS)
        return "semeval pairs", [text_to_article(f"{i}:{k}", r[f"text_{k}"]) for i, r in enumerate(rows) for k in (1, 2)]
    demo = sorted((ROOT / "fogofwar" / "demo").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in demo]
    return "demo", [Article(id=str(i), text=texts[i % len(texts)]) for i in range(200)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--encoder", default="auto")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None, help="onnxruntime threads (minilm-onnx only)")
    args = ap.parse_args()
    source, arts = articles()
    t0 = time.perf_counter()
    enc = st.OnnxEncoder(threads=args.threads) if args.encoder == "minilm-onnx" and args.threads else st.get_encoder(args.encoder)
    load = time.perf_counter() - t0
    config = load_config().stories
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        st.story_vectors(arts, enc, config)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    print(f"encoder {enc.name}: load {load:.2f} s; {len(arts)} articles ({source}) in {med:.1f} s "
          f"(median of {args.repeat}) = {len(arts) / med:.1f} articles/s")


if __name__ == "__main__":
    main()
