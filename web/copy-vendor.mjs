// Copies the pinned browser libraries from node_modules into the Python package so the
// web app works offline with no build step at run time. Run: npm ci && npm run vendor
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const nm = join(here, "node_modules");
const out = join(here, "..", "fogofwar", "web", "static", "vendor");

const files = [
  ["leaflet/dist/leaflet.js", "leaflet/leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet/leaflet.css"],
  ["leaflet/LICENSE", "leaflet/LICENSE"],
  ["supercluster/dist/supercluster.min.js", "supercluster/supercluster.min.js"],
  ["supercluster/LICENSE", "supercluster/LICENSE"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson-client/LICENSE"],
  ["world-atlas/countries-110m.json", "world-atlas/countries-110m.json"],
  ["world-atlas/countries-50m.json", "world-atlas/countries-50m.json"],
  ["world-atlas/LICENSE", "world-atlas/LICENSE"],
];
for (const img of readdirSync(join(nm, "leaflet/dist/images"))) {
  files.push([`leaflet/dist/images/${img}`, `leaflet/images/${img}`]);
}
for (const [src, dst] of files) {
  mkdirSync(dirname(join(out, dst)), { recursive: true });
  copyFileSync(join(nm, src), join(out, dst));
  console.log(`${src} -> ${dst}`);
}
