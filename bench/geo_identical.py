"""Dump everything geoparsing decides, to check that a speed change leaves the output identical.

    python bench/geo_identical.py OUT.jsonl [--no-acled]
    diff /tmp/geo_ref.jsonl OUT.jsonl      # empty when nothing changed

For the 200 GeoWebNews articles it writes geoparse()'s toponyms (end-to-end mode) and
resolve_spans() on every gold span (gold-span mode): span, text, source, flags, score,
chosen GeoNames id and the full Place (coordinates, precision...).  For the notes of the
even half of the ACLED dev file it writes the place of every report extract() makes
(geoparse with the actors' country hints, then locate()).

Reads ../shared at run time and writes nothing into the repository.  The spaCy parses
are kept in /tmp (a DocBin per corpus, keyed by the texts and the model), so that the
old and the new code read the same Docs and a rerun costs only the geoparsing.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GWN = SHARED / "bench" / "geowebnews" / "GWN.xml"
ACLED = SHARED / "bench" / "acled2020_dev" / "acled_2020-04-27_2020-05-09_excl_middle_east.csv"


def parsed(nlp, texts: list[str], name: str) -> list:
    """The Docs of `texts`, parsed once and then read back from /tmp."""
    from spacy.tokens import DocBin

    key = hashlib.sha256("\x00".join([nlp.meta["name"], nlp.meta["version"], *texts]).encode()).hexdigest()[:16]
    cache = Path("/tmp") / f"geo_identical_{name}_{key}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=16))
    DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def toponym_record(t) -> dict:
    return {
        "span": [t.start, t.end], "text": t.text, "source": t.source, "embedded": t.embedded,
        "admin_hint": t.admin_hint, "is_context": t.is_context, "located_by_context": t.located_by_context,
        "loose": t.loose, "numbered": t.numbered, "score": repr(t.score),
        "chosen": t.chosen.pid if t.chosen is not None else None,
        "place": t.place.model_dump() if t.place is not None else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--no-acled", action="store_true", help="GeoWebNews only (a quicker check)")
    args = ap.parse_args()

    from fogofwar.geo import geoparse, get_gazetteer
    from fogofwar.geo.evaluate import read_gold
    from fogofwar.geo.parse import resolve_spans
    from fogofwar.nlp import load_nlp

    nlp = load_nlp()
    get_gazetteer()
    t0 = time.process_time()
    with open(args.out, "w", encoding="utf-8") as out:
        articles = read_gold(GWN)
        for art, doc in zip(articles, parsed(nlp, [a.text for a in articles], "gwn")):
            e2e = [toponym_record(t) for t in geoparse(doc)]
            gold = [toponym_record(t) for t in resolve_spans(doc, [(g.start, g.end) for g in art.toponyms])]
            out.write(json.dumps({"gwn": art.id, "e2e": e2e, "gold": gold}, sort_keys=True) + "\n")
        if not args.no_acled:
            from fogofwar.evaluate.acled import read_acled_csv
            from fogofwar.extract import extract
            from fogofwar.model import Article

            notes = read_acled_csv(ACLED, split="even")
            for i, (note, doc) in enumerate(zip(notes, parsed(nlp, [n.text for n in notes], "acled_even"))):
                reports = extract(Article(id=f"acled-{i}", text=note.text, published=note.published), doc).reports
                places = [r.place.model_dump() if r.place is not None else None for r in reports]
                out.write(json.dumps({"acled": i, "places": places}, sort_keys=True) + "\n")
    print(f"wrote {args.out} ({time.process_time() - t0:.1f} s CPU)", file=sys.stderr)


if __name__ == "__main__":
    main()
