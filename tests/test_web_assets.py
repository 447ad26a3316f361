"""The web app's static files: everything it loads ships in the package (offline), with licences."""
from __future__ import annotations

import json
import re
from pathlib import Path

STATIC = Path(__file__).resolve().parents[1] / "fogofwar" / "web" / "static"


def test_page_loads_only_local_files():
    html = (STATIC / "index.html").read_text("utf-8")
    refs = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]+)"', html)
    assert len(refs) >= 5, "index.html should reference its scripts and styles"
    for ref in refs:
        assert ref.startswith("/static/"), ref
        assert (STATIC / ref.removeprefix("/static/")).is_file(), ref
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts and all('src="/static/' in tag for tag in scripts), "no inline scripts (the CSP forbids them)"
    assert not re.search(r"\son[a-z]+=", html), "no inline event handlers (the CSP forbids them)"


def test_app_script_builds_no_markup_from_data():
    js = (STATIC / "app.js").read_text("utf-8")
    code = re.sub(r"/\*.*?\*/", "", js, flags=re.S)  # the header comment names innerHTML
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink
    assert not re.search(r"""fetch\(\s*["']https?:""", code), "the app talks only to its own server"


def test_vendor_files_and_licences():
    vendor = STATIC / "vendor"
    licences = (vendor / "LICENSES.md").read_text("utf-8")
    for folder in ("leaflet", "supercluster", "topojson-client", "world-atlas"):
        assert (vendor / folder / "LICENSE").is_file(), folder
        assert f"`{folder}/`" in licences, folder
    for scale in ("110m", "50m"):
        topo = json.loads((vendor / "world-atlas" / f"countries-{scale}.json").read_text("utf-8"))
        assert topo["type"] == "Topology" and len(topo["objects"]["countries"]["geometries"]) > 170


def test_vendor_versions_match_the_pinned_package_json():
    package = json.loads((Path(__file__).resolve().parents[1] / "web" / "package.json").read_text("utf-8"))
    pins = package["devDependencies"]
    licences = (STATIC / "vendor" / "LICENSES.md").read_text("utf-8")
    for name, version in pins.items():
        assert f"| {name}" in licences and f"| {version} |" in licences, (name, version)
    assert f"Leaflet {pins['leaflet']}" in (STATIC / "vendor" / "leaflet" / "leaflet.js").read_text("utf-8")[:200]
