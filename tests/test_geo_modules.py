"""The geoparser's stage modules (issue #4): each imports only the stages below it, and parse.py still
offers the public names callers import from it."""
import ast
from pathlib import Path

import fogofwar.geo

GEO = Path(fogofwar.geo.__file__).parent
# lowest first: a stage may import the ones before it (and the data modules), never one after it
STAGES = ["toponym", "scoring", "recognise", "regions", "contexts", "disambiguate", "containers", "parse"]
DATA = {"gazetteer", "lexicon", "normalise"}


def _geo_imports(name: str) -> set[str]:
    tree = ast.parse((GEO / f"{name}.py").read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("fogofwar.geo."):
            out.add(node.module.removeprefix("fogofwar.geo."))
    return out


def test_each_stage_imports_only_the_stages_below_it():
    for i, name in enumerate(STAGES):
        allowed = set(STAGES[:i]) | DATA
        assert _geo_imports(name) <= allowed, (name, _geo_imports(name) - allowed)


def test_every_stage_module_says_what_it_does():
    for name in STAGES:
        doc = ast.get_docstring(ast.parse((GEO / f"{name}.py").read_text(encoding="utf-8")))
        assert doc and len(doc) > 200, name


def test_parse_still_offers_the_public_names():
    import fogofwar.geo.parse as parse
    from fogofwar.geo.containers import resolve_containers
    from fogofwar.geo.toponym import Toponym
    from fogofwar.geodesy import haversine_km

    for name in parse.__all__:
        assert hasattr(parse, name), name
    assert parse.Toponym is Toponym and parse.haversine_km is haversine_km
    assert parse.resolve_containers is resolve_containers
    assert round(parse.haversine_km(0.0, 0.0, 0.0, 1.0)) == 111
