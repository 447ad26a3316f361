"""Geoparsing evaluation on the GeoWebNews / LGL / TR-News XML layout.

Metrics follow Gritta et al. (2018, 2019): toponym recognition precision,
recall and F1 on exact character spans; and, for toponyms with gold
coordinates, accuracy@161 km, median and mean error in km, and the AUC of
the sorted log-error curve (0 best, 1 worst).  A toponym the system leaves
unresolved counts at the maximum error (20,039 km, half the Earth's
circumference), as in those papers.

Modes:
* ``gold``: the gold toponym spans are given; only resolution is measured.
* ``e2e``: the system recognises and resolves; resolution is measured on the
  gold toponyms whose span it found.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean, median

from fogofwar.geo.locate import nearby_place
from fogofwar.geo.parse import geoparse, haversine_km, resolve_spans

MAX_ERROR_KM = 20039.0
# GeoWebNews types that are toponyms (literal and associative uses); expressions,
# demonyms, languages, homonyms and non-toponyms are not (Gritta et al. 2019).
TOPONYM_TYPES = frozenset({"Literal", "Mixed", "Coercion", "Metonymic", "Literal_Modifier", "Non_Literal_Modifier",
                           "Embedded_Literal", "Embedded_Non_Lit"})
_MAX_XML_BYTES = 200_000_000


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    type: str | None
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def read_gold(path: str | Path, limit: int | None = None) -> list[GoldArticle]:
    """Read articles with <text> and <toponym> (start, end, type, lat/lon) from the GWN/LGL/TR-News XML layout."""
    from lxml import etree

    path = Path(path)
    if path.stat().st_size > _MAX_XML_BYTES:
        raise ValueError(f"{path} is too large to evaluate ({path.stat().st_size} bytes)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.parse(str(path), parser).getroot()
    articles: list[GoldArticle] = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        gold = GoldArticle(id=art.get("file") or art.get("docid") or str(i), text=text)
        for t in art.iter("toponym"):
            try:
                start, end = int(t.findtext("start")), int(t.findtext("end"))
            except (TypeError, ValueError):
                continue
            lat = _float(t.findtext("latitude") or t.findtext("lat"))
            lon = _float(t.findtext("longitude") or t.findtext("lon"))
            gaz = t.find("gaztag")  # LGL/TR-News keep coordinates under <gaztag>
            if (lat is None or lon is None) and gaz is not None:
                lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
            ttype = t.findtext("type")
            gold.toponyms.append(GoldToponym(start, end, text[start:end], ttype, lat, lon))
        articles.append(gold)
        if limit and len(articles) >= limit:
            break
    return articles


SPLITS = ("all", "even", "odd")


def select_split(articles: list, split: str) -> list:
    """Articles by index parity in the file (0, 2, 4... for even): tune on one half, report the other."""
    if split == "all":
        return articles
    parity = 0 if split == "even" else 1
    return [a for i, a in enumerate(articles) if i % 2 == parity]


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x is not None and x.strip() else None
    except ValueError:
        return None


def _is_gold_toponym(t: GoldToponym) -> bool:
    return t.type in TOPONYM_TYPES if t.type else t.lat is not None


def error_stats(errors: list[float]) -> dict:
    if not errors:
        return {"n": 0, "acc161": None, "median_km": None, "mean_km": None, "auc": None}
    errs = sorted(errors)
    logs = [math.log(e + 1) for e in errs]
    if len(logs) > 1:
        area = sum((logs[i] + logs[i + 1]) / 2 for i in range(len(logs) - 1)) / (len(logs) - 1)
    else:
        area = logs[0]
    return {
        "n": len(errs),
        "acc161": round(sum(e <= 161 for e in errs) / len(errs), 4),
        "median_km": round(median(errs), 1),
        "mean_km": round(mean(errs), 1),
        "auc": round(area / math.log(MAX_ERROR_KM + 1), 4),
    }


def _error(place, gold: GoldToponym) -> float:
    if place is None or place.latitude is None:
        return MAX_ERROR_KM
    return haversine_km(place.latitude, place.longitude, gold.lat, gold.lon)


def evaluate_geo(gold_path: str | Path, mode: str = "both", limit: int | None = None, nlp=None,
                 include_demonyms: bool = False, docs: list | None = None, split: str = "all") -> dict:
    """Evaluate geoparsing against a gold XML file; returns a dict of metrics per mode.

    ``include_demonyms``: in end-to-end mode, also output demonym and regional adjectives
    ('French', 'Syrian', 'European') as toponyms of their country or region (`find_adjectival_places`).
    GeoWebNews annotates them as (associative) toponyms; fogofwar's geoparse() does not return them.
    """
    if mode not in ("gold", "e2e", "both"):
        raise ValueError("mode must be gold, e2e or both")
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}")
    if nlp is None and docs is None:
        from fogofwar.geo import load_spacy

        nlp = load_spacy()
    articles = select_split(read_gold(gold_path, limit), split)
    result: dict = {"gold_file": str(gold_path), "split": split, "articles": len(articles),
                    "gold_toponyms": sum(_is_gold_toponym(t) for a in articles for t in a.toponyms),
                    "gold_with_coordinates": sum(t.lat is not None and _is_gold_toponym(t)
                                                 for a in articles for t in a.toponyms)}
    t0 = time.perf_counter()
    docs = docs if docs is not None else list(nlp.pipe([a.text for a in articles], batch_size=16))
    parse_s = time.perf_counter() - t0
    geo_s = 0.0
    gold_errors: list[float] = []
    fallback_errors: list[float] = []
    gold_unresolved = 0
    gold_by_area = 0  # names the gazetteer lacks, placed only at the story's area or the country they name
    e2e_errors: list[float] = []
    e2e_fallback_errors: list[float] = []
    tp = fp = fn = 0
    tp_overlap = 0
    for art, doc in zip(articles, docs):
        gold = [t for t in art.toponyms if _is_gold_toponym(t)]
        with_coords = [t for t in gold if t.lat is not None and t.lon is not None]
        if mode in ("gold", "both") and with_coords:
            t1 = time.perf_counter()
            resolved = resolve_spans(doc, [(g.start, g.end) for g in with_coords])
            geo_s += time.perf_counter() - t1
            for g, top in zip(with_coords, resolved):
                gold_errors.append(_error(top.place, g))
                gold_unresolved += not top.resolved
                gold_by_area += top.resolved and top.source == "container" and (top.place.geo_precision or 0) >= 3
                guess = top.place if top.resolved else nearby_place(resolved, g.start, text=art.text)
                fallback_errors.append(_error(guess, g))
        if mode in ("e2e", "both"):
            t1 = time.perf_counter()
            predicted = geoparse(doc)
            geo_s += time.perf_counter() - t1
            spans = {(t.start, t.end): t.place for t in predicted}

            if include_demonyms:
                from fogofwar.geo.parse import find_adjectival_places, to_place

                for s, e, p in find_adjectival_places(doc, predicted):
                    if (s, e) not in spans:
                        spans[(s, e)] = to_place(p, doc.text[s:e])
            gold_spans = {(g.start, g.end): g for g in gold}
            hit = spans.keys() & gold_spans.keys()
            tp += len(hit)
            fp += len(spans) - len(hit)
            fn += len(gold_spans) - len(hit)
            for s, e in spans:
                if (s, e) not in hit and any(gs < e and s < ge for gs, ge in gold_spans):
                    tp_overlap += 1
            for key in hit:
                g = gold_spans[key]
                if g.lat is not None and g.lon is not None:
                    e2e_errors.append(_error(spans[key], g))
                    resolved_place = (spans[key] if spans[key] is not None and spans[key].latitude is not None
                                      else nearby_place(predicted, key[0], text=art.text))
                    e2e_fallback_errors.append(_error(resolved_place, g))
    if mode in ("gold", "both"):
        result["gold_spans"] = error_stats(gold_errors) | {"unresolved": gold_unresolved,
                                                            "placed_by_area": gold_by_area}
        # Unresolved toponyms (streets, buildings) placed at the nearest resolved town in the text, else the
        # document's main place: a lower-precision guess, like locate()'s fallback.
        result["gold_spans_focus_fallback"] = error_stats(fallback_errors)
    if mode in ("e2e", "both"):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        result["end_to_end"] = {
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn, "fp_overlapping_gold": tp_overlap,
            "resolution_on_found": error_stats(e2e_errors),
            "resolution_on_found_focus_fallback": error_stats(e2e_fallback_errors),
        }
    result["seconds"] = {"spacy_parse": round(parse_s, 2), "geo": round(geo_s, 2)}
    return result


def format_table(result: dict) -> str:
    rows = [("gold file", result["gold_file"]), ("articles", result["articles"]),
            ("gold toponyms (with coordinates)", f"{result['gold_toponyms']} ({result['gold_with_coordinates']})")]
    if "gold_spans" in result:
        g = result["gold_spans"]
        rows += [("gold spans: n", g["n"]), ("gold spans: accuracy@161km", g["acc161"]),
                 ("gold spans: median / mean km", f"{g['median_km']} / {g['mean_km']}"),
                 ("gold spans: AUC (lower better)", g["auc"]), ("gold spans: unresolved", g["unresolved"]),
                 ("gold spans: placed only by the story's area (precision 3)", g.get("placed_by_area"))]
        f = result["gold_spans_focus_fallback"]
        rows += [("gold spans + context fallback: accuracy@161km", f["acc161"]),
                 ("gold spans + context fallback: median / mean km", f"{f['median_km']} / {f['mean_km']}"),
                 ("gold spans + context fallback: AUC", f["auc"])]
    if "end_to_end" in result:
        e = result["end_to_end"]
        r = e["resolution_on_found"]
        rows += [("e2e: precision / recall / F1", f"{e['precision']} / {e['recall']} / {e['f1']}"),
                 ("e2e: tp / fp / fn", f"{e['tp']} / {e['fp']} / {e['fn']}"),
                 ("e2e: accuracy@161km on found", r["acc161"]),
                 ("e2e: median / mean km on found", f"{r['median_km']} / {r['mean_km']}"),
                 ("e2e: AUC on found", r["auc"]),
                 ("e2e: accuracy@161km on found + context fallback", e["resolution_on_found_focus_fallback"]["acc161"])]
    rows.append(("seconds (spaCy parse / geo)", f"{result['seconds']['spacy_parse']} / {result['seconds']['geo']}"))
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)
