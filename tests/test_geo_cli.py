"""`fogofwar geo lookup` and `fogofwar geo parse`, run as a user runs them (a real subprocess)."""
from __future__ import annotations

import json
import subprocess
import sys

FOGOFWAR = [sys.executable, "-m", "fogofwar"]


def run(*args, stdin=None):
    return subprocess.run([*FOGOFWAR, *args], capture_output=True, text=True, input=stdin, timeout=600)


def test_lookup_lists_namesakes_best_known_first_and_filters_by_country():
    proc = run("geo", "lookup", "Palmyra", "--json", "--limit", "50")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert any(r["country_code"] == "SY" and r["name"] == "Tadmur" for r in rows)
    exact = [r for r in rows if r["match"] != "loose spelling"]
    assert rows[: len(exact)] == exact  # names first, then loose spellings
    assert [r["population"] for r in exact] == sorted((r["population"] for r in exact), reverse=True)
    only = [json.loads(line) for line in run("geo", "lookup", "Palmyra", "--json", "--country", "us").stdout.splitlines()]
    assert only and {r["country_code"] for r in only} == {"US"}


def test_lookup_says_a_register_village_stands_near_its_point():
    rows = [json.loads(line) for line in run("geo", "lookup", "Berdychi", "--json").stdout.splitlines()]
    village = [r for r in rows if r["match"] == "name"]
    assert village and village[0]["source"] == "katottg" and village[0]["precision"] == 2
    proc = run("geo", "lookup", "Berdychi")
    assert "community's seat" in proc.stdout


def test_lookup_of_an_unknown_name_says_so():
    proc = run("geo", "lookup", "Qqqzzzx")
    assert proc.returncode == 0 and "no gazetteer place" in proc.stdout


def test_parse_reads_stdin_and_gives_json_lines():
    proc = run("geo", "parse", "--file", "-", "--json", stdin="Russian shelling hit Izium on Monday; Kupiansk was calm.")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["Izium", "Kupiansk"]
    assert all(r["place"]["country"] == "Ukraine" and r["place"]["geo_precision"] == 1 for r in rows)


def test_parse_needs_exactly_one_input():
    assert run("geo", "parse").returncode == 2
    assert run("geo", "parse", "text", "--file", "-").returncode == 2


def test_geo_parse_lists_the_places_adjectives_name_only_when_asked():
    import json as _json
    import subprocess
    import sys

    text = "Syrian troops and European monitors met in Homs."
    def run(*extra):
        out = subprocess.run([sys.executable, "-m", "fogofwar", "geo", "parse", text, "--json", *extra],
                             capture_output=True, text=True, check=True).stdout
        return [_json.loads(line) for line in out.splitlines() if line.strip()]
    plain, with_adjectives = run(), run("--demonyms")
    assert [t["text"] for t in plain] == ["Homs"]
    assert [(t["text"], t["source"], t["place"]["name"]) for t in with_adjectives][:2] == [
        ("Syrian", "demonym", "Syria"), ("European", "demonym", "Europe")]
