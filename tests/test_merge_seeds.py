"""Syndication and consolidation on the five reference articles in ../shared/seeds (skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
pytestmark = pytest.mark.shared


def _seed_articles() -> dict[str, object]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    from fogofwar.clean import build_article
    from fogofwar.ingest import iter_documents
    from fogofwar.model import IngestProblem

    out = {}
    for doc in iter_documents([SEEDS]):
        assert not isinstance(doc, IngestProblem), doc
        prefix = Path(doc.source).name[:3]
        out[prefix] = build_article(doc)
    if len(out) < 5:
        pytest.skip("seed files incomplete")
    return out


def test_seed_syndication_groups():
    from fogofwar.merge.syndication import SyndicationIndex

    arts = _seed_articles()
    index = SyndicationIndex()
    for key in sorted(arts):
        index.add(arts[key])
    origin = {k: index.origin_of(a.id) for k, a in arts.items()}
    # 000, 001 and 003 trace back to South Front: at most two origins among them
    assert len({origin["000"], origin["001"], origin["003"]}) <= 2
    # 001 and 003 share a verbatim passage
    assert origin["001"] == origin["003"]
    reasons = {(l.article_id, l.other_id): l.reason for l in index.links}
    assert reasons.get((arts["003"].id, arts["001"].id)) == "shared_passages"
    # 002 (a wire report) and 004 (an August repost) are independent of everything else
    for alone in ("002", "004"):
        assert origin[alone] not in {o for k, o in origin.items() if k != alone}


def test_seed_hq_event_is_one_event_from_three_reports(tmp_path):
    pytest.importorskip("fogofwar.pipeline")
    from fogofwar.ingest import iter_documents
    from fogofwar.pipeline import Pipeline
    from fogofwar.store import Store

    arts = _seed_articles()
    store = Store.open(tmp_path / "seeds.db")
    Pipeline(store).ingest(iter_documents([SEEDS]))
    events = list(store.iter_events())
    hq = [e for e in events if e.sub_event_type == "Headquarters or base established"
          and {r.article_id for r in e.reports} >= {arts["000"].id, arts["001"].id, arts["003"].id}]
    assert len(hq) == 1, [(e.sub_event_type, [r.article_id for r in e.reports]) for e in events]
    assert hq[0].n_sources <= 2
    # August events never merge with December ones
    for e in events:
        months = {(r.date_start.year, r.date_start.month) for r in e.reports if r.date_start}
        assert not ({(2020, 8)} <= months and {(2020, 12)} <= months), e.id
    store.close()
