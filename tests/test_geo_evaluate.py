"""`fogofwar evaluate geo` on a tiny gold file written here (GeoWebNews layout)."""
from __future__ import annotations

import json
import math

import pytest

from fogofwar.geo.evaluate import MAX_ERROR_KM, error_stats, evaluate_geo, read_gold

TEXT = "Shelling hit Aleppo on Monday. Later a drone struck a depot in Blorptown, Ohio, at dawn."


def gold_xml(tmp_path):
    def toponym(name: str, ttype: str, lat: float | None, lon: float | None) -> str:
        start = TEXT.index(name)
        coords = (f"<latitude>{lat}</latitude><longitude>{lon}</longitude>" if lat is not None
                  else "<latitude/><longitude/>")
        return (f"<toponym><extractedName>{name}</extractedName><type>{ttype}</type>"
                f"<start>{start}</start><end>{start + len(name)}</end>{coords}</toponym>")

    xml = (
        '<?xml version="1.0" ?><articles><article file="0"><title>t</title>'
        f"<text>{TEXT}</text><toponyms>"
        + toponym("Aleppo", "Literal", 36.20, 37.16)
        + toponym("Blorptown", "Literal", 40.0, -82.5)
        + toponym("Ohio", "Literal", 40.25, -82.75)
        + toponym("drone", "Non_Lit_Expression", None, None)
        + "</toponyms></article></articles>"
    )
    path = tmp_path / "gold.xml"
    path.write_text(xml, encoding="utf-8")
    return path


def test_read_gold(tmp_path):
    [art] = read_gold(gold_xml(tmp_path))
    assert [t.text for t in art.toponyms] == ["Aleppo", "Blorptown", "Ohio", "drone"]
    assert art.toponyms[3].lat is None


def test_error_stats_known_values():
    stats = error_stats([0.0, 100.0, 1000.0, MAX_ERROR_KM])
    assert stats["acc161"] == 0.5 and stats["median_km"] == 550.0
    assert 0 < stats["auc"] < 1
    assert error_stats([0.0, 0.0])["auc"] == 0.0
    assert math.isclose(error_stats([MAX_ERROR_KM] * 3)["auc"], 1.0)


def test_evaluate_both_modes(tmp_path, nlp):
    result = evaluate_geo(gold_xml(tmp_path), mode="both", nlp=nlp)
    gold = result["gold_spans"]
    # Aleppo and Ohio resolve; the invented town is in no gazetteer: it is placed only at the province named
    # after it, at precision 3, and counted as such
    assert gold["n"] == 3 and gold["unresolved"] == 0 and gold["placed_by_area"] == 1
    assert gold["acc161"] == pytest.approx(1.0)
    # with the context fallback the unknown town is placed at the place named in its sentence (Ohio)
    assert result["gold_spans_focus_fallback"]["acc161"] == 1.0
    e2e = result["end_to_end"]
    assert e2e["tp"] >= 2 and e2e["fn"] <= 1
    json.dumps(result)  # the CLI prints it as JSON


def test_cli_evaluate_geo(tmp_path):
    typer_testing = pytest.importorskip("typer.testing")
    try:
        from fogofwar.cli import app
    except ImportError:
        pytest.skip("fogofwar.cli not available")
    result = typer_testing.CliRunner().invoke(app, ["evaluate", "geo", "--gold", str(gold_xml(tmp_path)),
                                                    "--mode", "gold"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["gold_spans"]["n"] == 3
    missing = typer_testing.CliRunner().invoke(app, ["evaluate", "geo", "--gold", str(tmp_path / "nope.xml")])
    assert missing.exit_code == 2
