"""`fogofwar train`: the optional sub-event-type classifier trained on a user's ACLED export."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from fogofwar.cli import app
from fogofwar.evaluate.acled import read_acled_csv, select_split
from fogofwar.extract import extract
from fogofwar.extract.trained import (
    ENV_MODEL,
    META_FILE,
    ModelLoadError,
    TrainedTyper,
    TrainingError,
    configured_model_dir,
    file_sha256,
    load_typer,
    train_typer,
)
from fogofwar.model import SUB_EVENT_TYPES, Article
from tests.conftest import FIXTURES

TINY = FIXTURES / "train" / "acled_tiny.csv"
runner = CliRunner()


def said(result) -> str:
    """The command's output with rich's line wrapping undone."""
    return " ".join(result.output.split())


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("typer")
    return train_typer(TINY, out, epochs=20)


@pytest.fixture(autouse=True)
def no_configured_model(monkeypatch):
    # A developer's own FOGOFWAR_TYPER_MODEL must not leak into these tests.
    monkeypatch.delenv(ENV_MODEL, raising=False)


def test_training_writes_model_and_metadata(trained):
    meta = json.loads((trained.model_dir / META_FILE).read_text(encoding="utf-8"))
    assert meta["labels"] == sorted(SUB_EVENT_TYPES)
    assert meta["trained_on"]["sha256"] == file_sha256(TINY)
    assert meta["trained_on"]["notes"] == 12
    assert meta["trained_on"]["per_label"] == {"Peaceful protest": 4, "Armed clash": 4, "Shelling/artillery/missile attack": 2, "Arrests": 2}
    assert meta["trained_on"]["split"] == "all"
    assert meta["created"]


def test_saved_model_loads_and_predicts(trained):
    typer_model = TrainedTyper.load(trained.model_dir, threshold=0.3)
    assert typer_model.threshold == 0.3
    protest = typer_model.predict("Shopkeepers marched peacefully through the town to protest against new fees.")
    clash = typer_model.predict("Soldiers clashed with militants and gunfire was exchanged; five fighters were killed.")
    assert protest.sub_event_type == "Peaceful protest" and protest.event_type == "Protests"
    assert clash.sub_event_type == "Armed clash" and clash.event_type == "Battles"
    assert 0.0 < clash.probability <= 1.0
    assert typer_model.predict("") is None


def test_retype_keeps_the_rules_below_the_threshold(trained):
    typer_model = TrainedTyper.load(trained.model_dir, threshold=1.0)
    text = "Soldiers clashed with militants and gunfire was exchanged; five fighters were killed."
    et, sub, note = typer_model.retype(typer_model.nlp.make_doc(text), "Protests", "Peaceful protest")
    assert (et, sub) == ("Protests", "Peaceful protest")
    assert "model:Armed clash" in note and "rules kept" in note
    typer_model.threshold = 0.0
    et, sub, note = typer_model.retype(typer_model.nlp.make_doc(text), "Protests", "Peaceful protest")
    assert (et, sub) == ("Battles", "Armed clash")
    assert "re-typed from Peaceful protest" in note


def test_extract_with_model_retypes_events_with_a_reason(trained, nlp):
    typer_model = TrainedTyper.load(trained.model_dir, threshold=0.0)
    text = "On 6 June 2022, soldiers clashed with militants near Gao and gunfire was exchanged. Three militants were killed."
    doc = nlp(text)
    article = Article(id="t1", text=text, published=None)
    plain = extract(article, doc).reports
    with_model = extract(article, doc, typer=typer_model).reports
    assert [r.start for r in plain] == [r.start for r in with_model]  # the rules decide what is an event
    events = [r for r in with_model if r.is_event]
    assert events and all("model:" in r.reason for r in events)
    guess = typer_model.predict(doc[: len(list(doc.sents)[0])])
    assert events[0].sub_event_type == guess.sub_event_type
    assert not any("model:" in r.reason for r in plain)


def test_model_never_turns_a_planned_statement_into_an_event(trained, nlp):
    typer_model = TrainedTyper.load(trained.model_dir, threshold=0.0)
    text = "Teachers plan to march through Accra next week to protest against unpaid salaries."
    doc = nlp(text)
    article = Article(id="t2", text=text)
    plain = extract(article, doc).reports
    with_model = extract(article, doc, typer=typer_model).reports
    assert [(r.modality, r.sub_event_type, r.is_event) for r in plain] == [(r.modality, r.sub_event_type, r.is_event) for r in with_model]
    assert not any(r.is_event for r in with_model)


def test_no_model_configured_changes_nothing(nlp, tmp_path):
    assert configured_model_dir() is None
    assert load_typer() is None
    text = "On 6 June 2022, police arrested four protesters in Lusaka after a march over fuel prices."
    doc = nlp(text)
    article = Article(id="t3", text=text)
    default = [r.model_dump() for r in extract(article, doc).reports]
    explicit_none = [r.model_dump() for r in extract(article, doc, typer=None).reports]
    assert default == explicit_none
    assert default and not any("model:" in r["reason"] for r in default)


def test_env_var_configures_the_model(trained, monkeypatch):
    monkeypatch.setenv(ENV_MODEL, str(trained.model_dir))
    assert configured_model_dir() == trained.model_dir
    loaded = load_typer()
    assert loaded is not None and loaded.labels == tuple(sorted(SUB_EVENT_TYPES))


def test_split_partitions_the_distinct_notes():
    notes = read_acled_csv(TINY)
    even, odd = select_split(notes, "even"), select_split(notes, "odd")
    assert len(even) + len(odd) == len(notes) == 12
    assert {n.text for n in even}.isdisjoint(n.text for n in odd)
    assert [n.text for n in read_acled_csv(TINY, split="odd")] == [n.text for n in odd]
    with pytest.raises(ValueError):
        select_split(notes, "third")


def test_evaluate_acled_says_whether_the_notes_were_held_out(tmp_path, nlp):
    from fogofwar.evaluate.acled import evaluate_acled

    on_even = train_typer(TINY, tmp_path / "even", split="even", epochs=5)
    assert on_even.meta["trained_on"]["notes"] == 6
    typer_model = TrainedTyper.load(on_even.model_dir)
    held = evaluate_acled(TINY, split="odd", nlp=nlp, typer=typer_model)
    assert held["notes"] == 6 and held["split"] == "odd"
    assert held["model"]["held_out"] is True
    seen = evaluate_acled(TINY, split="even", nlp=nlp, typer=typer_model)
    assert seen["model"]["held_out"] is False


def test_cli_train_then_evaluate_with_model(tmp_path):
    out = tmp_path / "model"
    result = runner.invoke(app, ["train", "--gold", str(TINY), "--out", str(out), "--split", "even", "--epochs", "3"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["trained_on"]["notes"] == 6
    assert (out / META_FILE).is_file()
    result = runner.invoke(app, ["evaluate", "acled", "--gold", str(TINY), "--split", "odd", "--model", str(out), "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["model"]["held_out"] is True


def test_train_rejects_a_csv_that_is_not_an_acled_export(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,age\nAda,36\n", encoding="utf-8")
    result = runner.invoke(app, ["train", "--gold", str(bad), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "not an ACLED export" in said(result)
    assert not (tmp_path / "m" / META_FILE).exists()


def test_train_rejects_an_empty_file_and_a_single_class(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["train", "--gold", str(empty), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "error" in result.output
    one_class = tmp_path / "one.csv"
    lines = TINY.read_text(encoding="utf-8").splitlines()
    one_class.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")  # header + the four protests
    with pytest.raises(TrainingError, match="same sub_event_type"):
        train_typer(one_class, tmp_path / "m1")
    result = runner.invoke(app, ["train", "--gold", str(tmp_path / "missing.csv")])
    assert result.exit_code == 2 and "not found" in said(result)


def test_train_refuses_to_save_inside_the_checkout():
    from tests.conftest import ROOT

    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    result = runner.invoke(app, ["train", "--gold", str(TINY), "--out", str(ROOT / "models" / "typer")])
    assert result.exit_code == 2 and "inside the fogofwar checkout" in said(result)
    assert not (ROOT / "models").exists()


def test_a_directory_without_a_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="not a fogofwar typer model"):
        TrainedTyper.load(tmp_path)
    result = runner.invoke(app, ["evaluate", "acled", "--gold", str(TINY), "--model", str(tmp_path)])
    assert result.exit_code == 2 and "not a fogofwar typer model" in said(result)


def test_evaluate_case_with_model_reports_it(trained):
    from tests.conftest import FIXTURES as F

    case_tsv = F / "evaluate" / "case_small.tsv"
    for mode in ("classify", "extract"):
        result = runner.invoke(app, ["evaluate", "case", "--gold", str(case_tsv), "--mode", mode,
                                     "--model", str(trained.model_dir), "--model-threshold", "0.0"])
        assert result.exit_code == 0, result.output
        out = json.loads(result.stdout)
        assert out["model"]["threshold"] == 0.0 and out["model"]["trained_on"]["notes"] == 12


def test_a_bad_threshold_variable_is_a_clear_error(trained, monkeypatch, tmp_path):
    monkeypatch.setenv("FOGOFWAR_TYPER_THRESHOLD", "high")
    result = runner.invoke(app, ["ingest", str(TINY), "--db", str(tmp_path / "x.db"), "--model", str(trained.model_dir)])
    assert result.exit_code == 2 and "must be a probability" in said(result)
