"""The evaluation harness: metric functions, gold readers, the three evaluators end to end."""
from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fogofwar.evaluate.acled import read_acled_csv
from fogofwar.evaluate.case import case_labels, read_case_tsv
from fogofwar.evaluate.metrics import (
    confusion_pairs,
    distance_stats,
    haversine_km,
    nearest_km,
    parse_acled_date,
    per_class_prf,
    summary_f1,
)
from fogofwar.evaluate.seeds import SeedWorld, load_checklist, run_checks
from fogofwar.model import SUB_EVENT_TYPES, Article, Event, Fatalities, Place, Report

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "evaluate"
ACLED_SMALL = FIXTURES / "acled_small.csv"
CASE_SMALL = FIXTURES / "case_small.tsv"
runner = CliRunner()


# -- metrics -------------------------------------------------------------------------------
def test_per_class_prf_by_hand():
    gold = ["a", "a", "a", "b", "b", "c"]
    pred = ["a", "a", "b", "b", None, "a"]
    pc = per_class_prf(gold, pred, ["a", "b", "c"])
    # a: tp 2, predicted 3, support 3 -> P 2/3, R 2/3
    assert pc["a"]["precision"] == pytest.approx(2 / 3)
    assert pc["a"]["recall"] == pytest.approx(2 / 3)
    # b: tp 1, predicted 2, support 2 -> P .5, R .5 (the None costs recall only)
    assert pc["b"]["precision"] == pytest.approx(0.5)
    assert pc["b"]["recall"] == pytest.approx(0.5)
    # c: never predicted -> P 0, R 0, F1 0
    assert pc["c"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1, "predicted": 0}
    s = summary_f1(pc)
    f1_a, f1_b = 2 / 3, 0.5
    assert s["macro_f1"] == pytest.approx((f1_a + f1_b + 0) / 3)
    assert s["weighted_f1"] == pytest.approx((3 * f1_a + 2 * f1_b) / 6)


def test_perfect_predictions_score_one_and_labels_without_support_are_ignored():
    gold = ["x", "y", "y"]
    pc = per_class_prf(gold, list(gold), ["x", "y", "z"])
    s = summary_f1(pc)
    assert s["macro_f1"] == 1.0 and s["weighted_f1"] == 1.0


def test_per_class_prf_rejects_unequal_lengths():
    with pytest.raises(ValueError):
        per_class_prf(["a"], [], ["a"])


def test_confusion_pairs_counts_disagreements_only():
    pairs = confusion_pairs(["a", "a", "a", "b"], ["b", "b", "a", None])
    assert pairs[0] == {"gold": "a", "pred": "b", "count": 2}
    assert {"gold": "b", "pred": "(no type)", "count": 1} in pairs
    assert all(p["gold"] != p["pred"] for p in pairs)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("9-May-20", date(2020, 5, 9)),
        ("27-Apr-2020", date(2020, 4, 27)),
        ("2020-05-09", date(2020, 5, 9)),
        ("2020-05-09T00:00:00", date(2020, 5, 9)),
        ("09 May 2020", date(2020, 5, 9)),
        ("09/05/2020", date(2020, 5, 9)),
        (" 1-Jan-97 ", date(1997, 1, 1)),
        ("", None),
        ("sometime in May", None),
    ],
)
def test_parse_acled_date(text, expected):
    assert parse_acled_date(text) == expected


def test_haversine_and_nearest():
    # Paris - London, about 344 km.
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.6, abs=1.5)
    assert haversine_km(10, 10, 10, 10) == 0
    golds = [(51.5074, -0.1278), (48.86, 2.35)]
    assert nearest_km(48.8566, 2.3522, golds) < 1
    assert nearest_km(0, 0, []) is None


def test_distance_stats_counts_unresolved_as_misses():
    s = distance_stats([1.0, 20.0, 100.0, None])
    assert s["n"] == 4 and s["resolved"] == 3
    assert s["median_km"] == 20.0
    assert s["within_10km"] == 0.25
    assert s["within_50km"] == 0.5


# -- gold readers ----------------------------------------------------------------------------
def test_case_labels_cover_all_25_and_the_5_others():
    mapping, non_acled = case_labels()
    assert len(mapping) == 25
    assert set(mapping.values()) == set(SUB_EVENT_TYPES)
    assert set(non_acled) == {"MAN_MADE_DISASTER", "NATURAL_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB"}
    assert not set(mapping) & set(non_acled)


@pytest.mark.shared
def test_case_labels_match_the_benchmark_label_list(shared):
    listed = (shared / "bench" / "case2021_task2" / "event_types.txt").read_text().split()
    mapping, _ = case_labels()
    assert set(listed) == set(mapping)


def test_read_case_tsv(tmp_path):
    items = read_case_tsv(CASE_SMALL)
    assert [i.label for i in items][:2] == ["PEACE_PROTEST", "ARREST"]
    assert len(read_case_tsv(CASE_SMALL, limit=2)) == 2
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n")
    with pytest.raises(ValueError, match="missing columns"):
        read_case_tsv(bad)


def test_read_acled_groups_rows_by_note():
    notes = read_acled_csv(ACLED_SMALL)
    assert len(notes) == 4  # 5 rows, two share one note
    strike = next(n for n in notes if "air strike" in n.text)
    assert len(strike.rows) == 2
    assert strike.fatalities == 4
    assert len(strike.points) == 2
    protest = notes[0]
    assert protest.published == date(2021, 3, 3)
    assert protest.rows[0].inter1 == 6 and protest.rows[0].inter2 is None  # 0 = no second actor
    assert protest.rows[0].sub_event_type == "Peaceful protest"


def test_read_acled_older_upper_case_layout(tmp_path):
    path = tmp_path / "old.csv"
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["GWNO", "EVENT_DATE", "EVENT_TYPE", "ACTOR1", "INTER1", "ACTOR2", "INTER2", "LATITUDE", "LONGITUDE", "NOTES", "FATALITIES"])
        w.writerow(["475", "14/02/2012", "Riots/Protests", "Protesters (Nigeria)", "6", "", "", "6.45", "3.39", "Traders protested market fees.", "0"])
        w.writerow(["475", "15/02/2012", "Battle-Government regains territory", "Military Forces of Nigeria", "1", "Rebels", "2", "7.1", "5.2", "Troops retook a village.", "3"])
    notes = read_acled_csv(path)
    assert notes[0].published == date(2012, 2, 14)
    assert notes[0].rows[0].event_types == ("Riots", "Protests")
    assert notes[1].rows[0].sub_event_type == "Government regains territory"
    assert notes[1].fatalities == 3


def test_read_acled_rejects_other_csv(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(ValueError, match="not an ACLED export"):
        read_acled_csv(path)


def test_read_acled_sample_is_seeded():
    a = [n.text for n in read_acled_csv(ACLED_SMALL, sample=2, seed=3)]
    b = [n.text for n in read_acled_csv(ACLED_SMALL, sample=2, seed=3)]
    assert a == b and len(a) == 2


# -- seeds checks on a hand-made world ---------------------------------------------------------
def _report(rid: str, article_id: str, evidence: str, **kw) -> Report:
    return Report(id=rid, article_id=article_id, event_type=kw.pop("event_type", "Battles"),
                  sub_event_type=kw.pop("sub_event_type", "Armed clash"), evidence=evidence, start=0,
                  end=len(evidence), **kw)


def _world(comments: list[str]) -> SeedWorld:
    art = Article(id="a1", text="x", source_path="/tmp/seeds/007_abc.txt", comments=comments)
    r = _report("r1", "a1", "Fighters attacked the post.", date_start=date(2021, 1, 2), claimant="Invented Agency",
                modality="alleged", fatalities=Fatalities(acled=4))
    s = _report("r2", "a1", "More troops will arrive next week.", modality="planned")
    ev = Event(id="e1", event_type="Battles", sub_event_type="Armed clash", date_start=date(2021, 1, 2),
               place=Place(text="Town", latitude=10.0, longitude=20.0, country="Nowhere"),
               fatalities=Fatalities(acled=4), reports=[r])
    return SeedWorld([art], [ev], [r, s])


def test_event_check_passes_and_misses_with_reasons():
    world = _world([])
    ok = {"id": "T1", "description": "d", "kind": "event", "sub_event_types": ["Armed clash"], "articles": ["007"],
          "near": [10.05, 20.0, 15], "fatalities": 4, "claimant": "invented", "modality": "alleged",
          "date_start": date(2021, 1, 2)}
    bad = dict(ok, id="T2", fatalities=5, near=[40.0, 20.0, 15])
    res = {c["id"]: c for c in run_checks(world, [ok, bad])}
    assert res["T1"]["passed"]
    assert not res["T2"]["passed"]
    assert "fatalities 5" in res["T2"]["detail"] and "within 15 km" in res["T2"]["detail"]
    assert "claimant" not in res["T2"]["detail"].split("fails:")[1]


def test_no_event_evidence_ignores_statements_but_no_report_evidence_does_not():
    world = _world([])
    checks = [
        {"id": "N", "description": "d", "kind": "no_event_evidence", "pattern": "will arrive"},
        {"id": "R", "description": "d", "kind": "no_report_evidence", "pattern": "will arrive"},
        {"id": "E", "description": "d", "kind": "no_event_evidence", "pattern": "attacked the post"},
    ]
    res = {c["id"]: c["passed"] for c in run_checks(world, checks)}
    assert res == {"N": True, "R": False, "E": False}


def test_comment_check_needs_split_comments_and_no_leak():
    check = {"id": "C", "description": "d", "kind": "no_comment_evidence", "require_comments_in": ["007"]}
    assert not run_checks(_world([]), [check])[0]["passed"]  # nothing was split off: cannot tell
    assert run_checks(_world(["Nice article, thanks."]), [check])[0]["passed"]
    leak = run_checks(_world(["I heard that  fighters attacked the post. Sad."]), [check])[0]
    assert not leak["passed"] and "comment text" in leak["detail"]


def test_checklist_is_well_formed():
    checks = load_checklist()
    ids = [c["id"] for c in checks]
    assert len(ids) == len(set(ids))
    assert {c["kind"] for c in checks} <= {"event", "no_event_evidence", "no_report_evidence", "no_comment_evidence"}
    for c in checks:
        for key in ("sub_event_types",):
            assert set(c.get(key, [])) <= set(SUB_EVENT_TYPES)


@pytest.mark.shared
def test_checklist_has_one_check_per_expected_item(seeds):
    """One check per numbered event and per 'not event' bullet of EXPECTED.md."""
    text = (seeds / "EXPECTED.md").read_text(encoding="utf-8")
    events_part, _, not_events = text.partition("## Not events")
    numbered = {int(m) for m in re.findall(r"^(\d+)\. ", events_part, re.M)}
    bullets = re.findall(r"^- ", not_events, re.M)
    ids = [c["id"] for c in load_checklist()]
    covered = {int(m) for i in ids for m in re.findall(r"^E(\d+)", i)}
    assert covered == numbered
    assert len([i for i in ids if i.startswith("N")]) == len(bullets)


# -- end to end ----------------------------------------------------------------------------------
def test_case_end_to_end_on_fixture(tmp_path):
    from fogofwar.evaluate.case import evaluate_case

    errors = tmp_path / "errors.jsonl"
    r = evaluate_case(CASE_SMALL, errors_path=errors)
    assert r["snippets"] == 6 and r["acled_snippets"] == 4 and r["non_acled_snippets"] == 2
    wrong = [json.loads(line) for line in errors.read_text().splitlines()]
    wrong_acled = [w for w in wrong if w["gold"] is not None]
    # The error file and the accuracy tell the same story.
    assert r["accuracy"] == pytest.approx(1 - len(wrong_acled) / 4)
    assert r["non_acled_given_acled_type"]["n"] == len(wrong) - len(wrong_acled)
    assert r["acled_untyped"]["n"] == sum(w["pred"] is None for w in wrong_acled)
    assert 0 <= r["weighted_f1"] <= 1 and set(r["per_class"]) == set(SUB_EVENT_TYPES)
    # A snippet that names its protest outright is typed a protest.
    assert r["per_class"]["Peaceful protest"]["recall"] == 1.0


def test_acled_end_to_end_on_fixture(tmp_path):
    from fogofwar.evaluate.acled import evaluate_acled

    errors = tmp_path / "errors.jsonl"
    r = evaluate_acled(ACLED_SMALL, errors_path=errors)
    assert r["notes"] == 4 and r["rows"] == 5
    assert r["extract_failures"] == 0
    for key in ("detection_recall", "event_type_accuracy", "sub_event_type_accuracy", "fatalities_exact"):
        assert 0 <= r[key] <= 1
    assert r["notes_detected"] == round(r["detection_recall"] * 4)
    assert r["location"]["n"] == r["notes_detected"]
    # Every note without a fully right primary event is in the errors file.
    assert len(errors.read_text().splitlines()) >= 4 - r["notes_detected"]
    # The protest note is found, typed a protest, dated, and placed in Nairobi.
    protest = r["by_sub_event_type"]["Peaceful protest"]
    assert protest["detected"] == 1.0 and protest["event_type"] == 1.0


def test_cli_case_json_and_table():
    from fogofwar.cli import app

    res = runner.invoke(app, ["evaluate", "case", "--gold", str(CASE_SMALL)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["snippets"] == 6
    res = runner.invoke(app, ["evaluate", "case", "--gold", str(CASE_SMALL), "--table", "--limit", "3"])
    assert res.exit_code == 0 and "weighted F1" in res.stdout


def test_cli_acled_table():
    from fogofwar.cli import app

    res = runner.invoke(app, ["evaluate", "acled", "--gold", str(ACLED_SMALL), "--table", "--limit", "2"])
    assert res.exit_code == 0, res.output
    assert "event detection recall" in res.stdout and "notes (rows)" in res.stdout


@pytest.mark.parametrize("sub", ["case", "acled"])
def test_cli_missing_gold_is_a_clear_error(sub, tmp_path):
    from fogofwar.cli import app

    res = runner.invoke(app, ["evaluate", sub, "--gold", str(tmp_path / "nope.csv")])
    assert res.exit_code == 2
    assert "not found" in res.output


def test_cli_seeds_missing_dir(tmp_path):
    from fogofwar.cli import app

    res = runner.invoke(app, ["evaluate", "seeds", "--seeds", str(tmp_path / "nope")])
    assert res.exit_code == 2 and "not found" in res.output


@pytest.mark.shared
def test_seeds_evaluation_runs_every_check(seeds):
    from fogofwar.evaluate.seeds import evaluate_seeds

    r = evaluate_seeds(seeds)
    assert r["articles"] == 5 and not r["ingest_problems"]
    assert r["total"] == len(load_checklist())
    assert r["passed"] == sum(c["passed"] for c in r["checks"])
    assert all(c["detail"] for c in r["checks"])


@pytest.mark.shared
def test_seeds_not_events_hold(seeds):
    """No forecast, opinion, generality, comment or boilerplate becomes an event."""
    from fogofwar.evaluate.seeds import evaluate_seeds

    misses = [f"{c['id']}: {c['detail']}" for c in evaluate_seeds(seeds)["checks"] if c["id"].startswith("N") and not c["passed"]]
    assert not misses, misses


@pytest.mark.shared
def test_cli_seeds_table(seeds):
    from fogofwar.cli import app

    res = runner.invoke(app, ["evaluate", "seeds", "--seeds", str(seeds), "--table"])
    assert res.exit_code == 0, res.output
    assert "Seeds checklist" in res.stdout and "E1" in res.stdout
