/* fogofwar web app: map, timeline, filters and the evidence behind each event.
 *
 * Security rule for this file: text that comes from the database (article text,
 * comments, titles, names, URLs) is only ever put into the page with textContent or
 * as attribute values of fixed, inert attributes. Nothing from the API goes through
 * innerHTML, and links are only made for http(s) URLs.
 */
(function () {
  "use strict";

  const TYPE_COLORS = {
    "Battles": "#d62828",
    "Explosions/Remote violence": "#f77f00",
    "Violence against civilians": "#7b2cbf",
    "Protests": "#1d70b8",
    "Riots": "#a47148",
    "Strategic developments": "#4a7c59",
  };
  const SPAN_KINDS = ["trigger", "actor", "place", "number", "date"];
  const FILTER_IDS = ["q", "event_type", "sub_event_type", "country", "admin1", "actor", "claimant", "outlet",
    "modality", "min_sources", "contested", "date_from", "date_to"];

  const state = { points: [], index: null, taxonomy: {}, timeline: [], brush: null, selected: null };

  // ---------- small DOM helpers (text only) -------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on") || key === "href" || key === "src" || key === "style") {
        throw new Error("unsafe attribute " + key);  // use safeLink / listeners instead
      } else node.setAttribute(key, String(value));
    }
    for (const child of children) append(node, child);
    return node;
  }
  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach((c) => append(node, c));
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
  function safeLink(url, label) {
    // Only absolute http(s) links: a javascript: or data: URL from an article never becomes a link.
    let parsed = null;
    try { parsed = new URL(String(url)); } catch (e) { parsed = null; }
    if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
      return url ? el("span", { class: "unsafe-url", text: String(url) }) : null;
    }
    const a = el("a", { target: "_blank", rel: "noopener noreferrer nofollow" });
    a.href = parsed.href;
    a.textContent = label || parsed.href;
    return a;
  }
  function fmtInt(n) { return n === null || n === undefined ? "?" : Number(n).toLocaleString("en"); }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(url + " → HTTP " + response.status);
    return response.json();
  }

  // ---------- filters -------------------------------------------------------------------
  function field(id) { return document.getElementById("f-" + id); }

  function filterParams(opts) {
    const params = new URLSearchParams();
    for (const id of FILTER_IDS) {
      if (opts && opts.noDates && (id === "date_from" || id === "date_to")) continue;
      const input = field(id);
      if (input.type === "checkbox") { if (input.checked) params.set(id, "true"); continue; }
      const value = input.value.trim();
      if (!value) continue;
      if (id === "min_sources" && Number(value) <= 1) continue;
      params.set(id, value);
    }
    return params;
  }

  function fillSelect(select, values) {
    const keep = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const value of values) select.appendChild(el("option", { value: value, text: value }));
    if (values.includes(keep)) select.value = keep;
  }

  function syncHash() {
    const params = filterParams();
    if (state.selected) params.set("event", state.selected);
    const hash = params.toString();
    history.replaceState(null, "", hash ? "#" + hash : location.pathname);
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const id of FILTER_IDS) {
      if (!params.has(id)) continue;
      const input = field(id);
      if (input.type === "checkbox") input.checked = params.get(id) === "true";
      else if (input.tagName === "SELECT") {
        const value = params.get(id);
        if (![...input.options].some((o) => o.value === value)) input.appendChild(el("option", { value: value, text: value }));
        input.value = value;
      } else input.value = params.get(id);
    }
    return params.get("event");
  }

  // ---------- map -------------------------------------------------------------------------
  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 14, zoomControl: true }).setView([30, 30], 3);
  const markerLayer = L.layerGroup().addTo(map);
  const selectedLayer = L.layerGroup().addTo(map);  // a ring around the open event
  const svg = L.svg({ padding: 0.3 });

  async function drawBaseMap(config) {
    if (config.tiles) {
      L.tileLayer(config.tiles, { maxZoom: 18, attribution: "tiles: " + new URL(config.tiles.replace(/[{}]/g, "")).host }).addTo(map);
      return;
    }
    // Offline base map: Natural Earth country borders (world-atlas TopoJSON) shipped with
    // the package.  The coarse 1:110m set draws at once; the 1:50m set replaces it when idle.
    map.createPane("base");
    map.getPane("base").style.zIndex = 250;
    const baseRenderer = L.canvas({ pane: "base", padding: 0.5 });
    const t0 = performance.now();
    let layer = await countriesLayer("/static/vendor/world-atlas/countries-110m.json", baseRenderer);
    layer.addTo(map);
    map.attributionControl.addAttribution("borders: Natural Earth");
    performance.measure("fogofwar:base-map", { start: t0, end: performance.now() });
    setTimeout(async () => {
      try {
        const detailed = await countriesLayer("/static/vendor/world-atlas/countries-50m.json", baseRenderer);
        detailed.addTo(map);
        map.removeLayer(layer);
        layer = detailed;
        document.body.setAttribute("data-base-map", "50m");
      } catch (err) { /* keep the coarse borders */ }
    }, 300);
  }

  async function countriesLayer(url, renderer) {
    const topo = await getJSON(url);
    const countries = topojson.feature(topo, topo.objects.countries);
    countries.features.forEach(unwrapAntimeridian);
    // One canvas layer: each country filled and outlined (shared borders are simply drawn twice).
    return L.geoJSON(countries, {
      pane: "base", renderer: renderer, interactive: false,
      style: { color: "#8d8577", weight: 0.8, fillColor: "#f3efe6", fillOpacity: 1 },
    });
  }

  function unwrapAntimeridian(feature) {
    // Rings that cross ±180° (Fiji, Chukotka) would be drawn as lines across the whole
    // map: shift each point by 360° so every ring stays continuous.
    const unwrap = (ring) => {
      for (let i = 1; i < ring.length; i++) {
        while (ring[i][0] - ring[i - 1][0] > 180) ring[i][0] -= 360;
        while (ring[i][0] - ring[i - 1][0] < -180) ring[i][0] += 360;
      }
    };
    const g = feature.geometry;
    if (!g) return;
    if (g.type === "Polygon") g.coordinates.forEach(unwrap);
    else if (g.type === "MultiPolygon") g.coordinates.forEach((poly) => poly.forEach(unwrap));
  }

  function radiusFor(fatalities) { return 4 + Math.min(18, Math.sqrt(Math.max(0, fatalities || 0)) * 2.2); }

  function typeClass(type) { return "ev-" + String(type || "other").toLowerCase().replace(/[^a-z]+/g, "-"); }

  function buildIndex(rows) {
    const features = [];
    for (const row of rows) {
      features.push({ type: "Feature", properties: { row: row }, geometry: { type: "Point", coordinates: [row[2], row[1]] } });
    }
    const types = Object.keys(TYPE_COLORS);
    state.index = new Supercluster({
      radius: 48, maxZoom: 9, minPoints: 3,
      // Per cluster: events of each of the six types (c0..c5) and fatalities, for its
      // ring colour and tooltip.  Fixed numeric fields keep this cheap for 100k points.
      map: (p) => {
        const i = types.indexOf(p.row[3]);
        return { c0: i === 0 ? 1 : 0, c1: i === 1 ? 1 : 0, c2: i === 2 ? 1 : 0, c3: i === 3 ? 1 : 0,
          c4: i === 4 ? 1 : 0, c5: i === 5 ? 1 : 0, f: p.row[5] || 0 };
      },
      reduce: (a, p) => {
        a.c0 += p.c0; a.c1 += p.c1; a.c2 += p.c2; a.c3 += p.c3; a.c4 += p.c4; a.c5 += p.c5; a.f += p.f;
      },
    });
    state.index.load(features);
  }

  function renderMarkers() {
    markerLayer.clearLayers();
    if (!state.index) return;
    const b = map.getBounds();
    const bbox = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    const zoom = Math.round(map.getZoom());
    const items = state.index.getClusters(bbox, zoom);
    for (const item of items) {
      const [lon, lat] = item.geometry.coordinates;
      if (item.properties.cluster) {
        const count = item.properties.point_count;
        const size = 24 + Math.min(22, Math.log2(count) * 2.5);
        const pr = item.properties;
        const byType = [pr.c0, pr.c1, pr.c2, pr.c3, pr.c4, pr.c5];
        const types = Object.keys(TYPE_COLORS);
        let top = 0;
        for (let i = 1; i < types.length; i++) if (byType[i] > byType[top]) top = i;
        const label = el("span", { text: item.properties.point_count_abbreviated });
        const box = el("div", { class: "cluster-inner" }, label);
        box.style.borderColor = TYPE_COLORS[types[top]];
        const icon = L.divIcon({ html: box, className: "cluster", iconSize: [size, size] });
        const summary = types.map((t, i) => [t, byType[i] || 0]).filter((x) => x[1] > 0)
          .sort((a, b) => b[1] - a[1]).map((x) => x[0] + ": " + fmtInt(x[1])).join("\n");
        const marker = L.marker([lat, lon], {
          icon: icon, keyboard: false,
          title: fmtInt(count) + " events, " + fmtInt(pr.f) + " killed\n" + summary,
        });
        marker.on("click", () => {
          const z = Math.min(state.index.getClusterExpansionZoom(item.properties.cluster_id), 14);
          map.setView([lat, lon], z);
        });
        markerLayer.addLayer(marker);
      } else {
        const row = item.properties.row;
        const color = TYPE_COLORS[row[3]] || "#555";
        const marker = L.circleMarker([lat, lon], {
          renderer: svg, radius: radiusFor(row[5]), color: row[8] ? "#111" : "#fff", weight: row[8] ? 2 : 1,
          fillColor: color, fillOpacity: 0.85, className: "event-marker " + typeClass(row[3]),
        });
        marker.bindTooltip(() => el("div", {}, el("b", { text: row[4] }), el("br"),
          (row[9] || "") + " · " + (row[6] || "undated") + " · " + fmtInt(row[5]) + " killed"));
        marker.on("click", () => openEvent(row[0]));
        marker.on("add", () => {
          const node = marker.getElement();
          if (node) { node.setAttribute("data-event-id", row[0]); node.setAttribute("data-event-type", row[3]); }
        });
        markerLayer.addLayer(marker);
      }
    }
  }
  map.on("moveend", renderMarkers);

  function drawLegend() {
    const legend = document.getElementById("legend");
    legend.replaceChildren(el("b", { text: "Event type" }));
    for (const [type, color] of Object.entries(TYPE_COLORS)) {
      const dot = el("i");
      dot.style.background = color;
      legend.appendChild(el("div", {}, dot, type));
    }
    legend.appendChild(el("div", { class: "meta", text: "dot size: fatalities · dark ring: contested" }));
    legend.appendChild(el("div", { class: "meta", text: "cluster: event count, ring = main type" }));
  }

  // ---------- data loading ----------------------------------------------------------------
  let loadSeq = 0;
  async function loadPoints() {
    const seq = ++loadSeq;
    const status = document.getElementById("status");
    status.textContent = "Loading…";
    const params = filterParams();
    params.set("limit", "200000");
    const data = await getJSON("/api/points?" + params.toString());
    if (seq !== loadSeq) return;  // a newer filter change won
    state.points = data.rows;
    const t0 = performance.now();
    buildIndex(data.rows);
    const t1 = performance.now();
    renderMarkers();
    performance.measure("fogofwar:cluster-index", { start: t0, end: t1 });
    performance.measure("fogofwar:draw-markers", { start: t1, end: performance.now() });
    status.textContent = fmtInt(data.rows.length) + " events on the map" + (data.truncated ? " (truncated)" : "");
    status.setAttribute("data-count", String(data.rows.length));
    for (const [fmt, id] of [["acled-csv", "x-csv"], ["geojson", "x-geojson"], ["jsonl", "x-jsonl"]]) {
      const exportParams = filterParams();
      exportParams.set("format", fmt);
      document.getElementById(id).href = "/api/export?" + exportParams.toString();
    }
  }

  let timelineSeq = 0;
  async function loadTimeline() {
    const seq = ++timelineSeq;
    const params = filterParams({ noDates: true });
    const data = await getJSON("/api/stats?parts=by_day&" + params.toString());
    if (seq !== timelineSeq) return;
    state.timeline = data.by_day.filter((d) => d.day);
    drawTimeline();
  }

  function refresh() {
    syncHash();
    return Promise.all([loadPoints(), loadTimeline()]).catch(showError);
  }

  function showError(err) {
    document.getElementById("status").textContent = "Error: " + (err && err.message ? err.message : err);
  }

  // ---------- timeline --------------------------------------------------------------------
  const DAY = 86400000;
  const canvas = document.getElementById("timeline");
  function dayNum(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoOf(n) { return new Date(n * DAY).toISOString().slice(0, 10); }

  function timelineGeometry() {
    if (!state.timeline.length) return null;
    let first = Infinity, last = -Infinity;
    for (const d of state.timeline) { const n = dayNum(d.day); first = Math.min(first, n); last = Math.max(last, n); }
    const width = canvas.clientWidth, height = canvas.clientHeight;
    const pad = { l: 36, r: 10, t: 8, b: 18 };
    const span = Math.max(1, last - first + 1);
    return { first, last, span, width, height, pad, x: (d) => pad.l + ((d - first) / span) * (width - pad.l - pad.r) };
  }

  function drawTimeline() {
    const ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.clientWidth * ratio;
    canvas.height = canvas.clientHeight * ratio;
    const ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    const g = timelineGeometry();
    const label = document.getElementById("timeline-label");
    if (!g) { label.textContent = "No dated events"; return; }
    // Bin so bars stay at least ~2 px wide.
    const plotWidth = g.width - g.pad.l - g.pad.r;
    const binDays = Math.max(1, Math.ceil(g.span / Math.max(1, plotWidth / 3)));
    const bins = new Map();
    for (const d of state.timeline) {
      const b = Math.floor((dayNum(d.day) - g.first) / binDays);
      bins.set(b, (bins.get(b) || 0) + d.events);
    }
    let maxCount = 1;
    for (const c of bins.values()) maxCount = Math.max(maxCount, c);
    const plotHeight = g.height - g.pad.t - g.pad.b;
    const brush = state.brush;
    for (const [b, count] of bins) {
      const d0 = g.first + b * binDays;
      const x0 = g.x(d0), x1 = g.x(d0 + binDays);
      const h = (count / maxCount) * plotHeight;
      const inBrush = !brush || (d0 + binDays - 1 >= brush[0] && d0 <= brush[1]);
      ctx.fillStyle = inBrush ? "#34577a" : "#b4c0cc";
      ctx.fillRect(x0, g.pad.t + plotHeight - h, Math.max(1, x1 - x0 - 0.5), h);
    }
    if (brush) {
      ctx.fillStyle = "rgba(255, 196, 0, 0.18)";
      ctx.strokeStyle = "#d49b00";
      const bx0 = g.x(brush[0]), bx1 = g.x(brush[1] + 1);
      ctx.fillRect(bx0, g.pad.t, bx1 - bx0, plotHeight);
      ctx.strokeRect(bx0, g.pad.t, bx1 - bx0, plotHeight);
    }
    // Axis: month ticks (or years when the span is long).
    ctx.fillStyle = "#3a4350";
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillText(fmtInt(maxCount), 2, g.pad.t + 9);
    const start = new Date(g.first * DAY);
    const step = g.span > 1500 ? 12 : g.span > 500 ? 3 : 1;
    let tick = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    while (tick.getTime() / DAY <= g.last + 1) {
      const x = g.x(tick.getTime() / DAY);
      ctx.fillRect(x, g.height - g.pad.b, 1, 4);
      ctx.fillText(tick.toISOString().slice(0, 7), x + 2, g.height - 4);
      tick = new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth() + step, 1));
    }
    label.textContent = brush ? isoOf(brush[0]) + " → " + isoOf(brush[1]) + " (double-click to clear)"
      : "drag to choose dates · " + isoOf(g.first) + " → " + isoOf(g.last);
  }

  function dayAt(clientX) {
    const g = timelineGeometry();
    if (!g) return null;
    const rect = canvas.getBoundingClientRect();
    const frac = (clientX - rect.left - g.pad.l) / (g.width - g.pad.l - g.pad.r);
    return Math.max(g.first, Math.min(g.last, g.first + Math.floor(frac * g.span)));
  }

  let dragFrom = null;
  canvas.addEventListener("mousedown", (e) => { dragFrom = dayAt(e.clientX); });
  window.addEventListener("mousemove", (e) => {
    if (dragFrom === null) return;
    const d = dayAt(e.clientX);
    if (d === null) return;
    state.brush = [Math.min(dragFrom, d), Math.max(dragFrom, d)];
    drawTimeline();
  });
  window.addEventListener("mouseup", () => {
    if (dragFrom === null) return;
    dragFrom = null;
    if (!state.brush) return;
    field("date_from").value = isoOf(state.brush[0]);
    field("date_to").value = isoOf(state.brush[1]);
    loadPoints().catch(showError);
    syncHash();
  });
  canvas.addEventListener("dblclick", () => {
    state.brush = null;
    field("date_from").value = "";
    field("date_to").value = "";
    drawTimeline();
    loadPoints().catch(showError);
    syncHash();
  });
  function brushFromInputs() {
    const from = field("date_from").value, to = field("date_to").value;
    const g = timelineGeometry();
    if (!from && !to) { state.brush = null; return; }
    state.brush = [from ? dayNum(from) : (g ? g.first : dayNum(to)), to ? dayNum(to) : (g ? g.last : dayNum(from))];
  }
  window.addEventListener("resize", () => { drawTimeline(); });

  // ---------- event panel -----------------------------------------------------------------
  const panel = document.getElementById("panel");
  const panelBody = document.getElementById("panel-body");
  document.getElementById("panel-close").addEventListener("click", () => {
    panel.hidden = true;
    state.selected = null;
    selectedLayer.clearLayers();
    syncHash();
    map.invalidateSize();
  });

  function highlighted(text, spans, className) {
    // Split the evidence at every span boundary and mark each piece with the kinds covering it.
    const container = el("p", { class: className || "evidence" });
    text = String(text || "");
    const ranges = [];
    for (const [kind, list] of Object.entries(spans || {})) {
      if (!Array.isArray(list)) continue;
      for (const pair of list) {
        if (!Array.isArray(pair) || pair.length < 2) continue;
        const s = Math.max(0, Math.min(text.length, Number(pair[0]) | 0));
        const e = Math.max(0, Math.min(text.length, Number(pair[1]) | 0));
        if (e > s) ranges.push({ s, e, kind: SPAN_KINDS.includes(kind) ? kind : "other", name: kind });
      }
    }
    const cuts = new Set([0, text.length]);
    ranges.forEach((r) => { cuts.add(r.s); cuts.add(r.e); });
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      const piece = text.slice(s, e);
      const covering = ranges.filter((r) => r.s <= s && r.e >= e);
      if (!covering.length) { container.appendChild(document.createTextNode(piece)); continue; }
      const kinds = [...new Set(covering.map((r) => r.kind))];
      container.appendChild(el("mark", { class: kinds.map((k) => "sp-" + k).join(" "), title: covering.map((r) => r.name).join(", "), text: piece }));
    }
    return container;
  }

  function actorText(actor) { return actor ? actor.name + (actor.inter ? " (inter " + actor.inter + ")" : "") : null; }

  function placeText(place) {
    if (!place) return null;
    const parts = [];
    for (const part of [place.name || place.text, place.admin2, place.admin1, place.country]) {
      if (part && !parts.includes(part)) parts.push(part);
    }
    return parts.join(", ");
  }

  function facts(pairs) {
    const dl = el("dl", { class: "facts" });
    for (const [key, value] of pairs) {
      if (value === null || value === undefined || value === "") continue;
      dl.appendChild(el("dt", { text: key }));
      dl.appendChild(el("dd", {}, value));
    }
    return dl;
  }

  function claimsSideBySide(event) {
    const box = el("div", { class: "contested" });
    for (const fieldName of event.contested || []) {
      const claims = (event.claims || []).filter((c) => c.field === fieldName);
      const row = el("div", { class: "side-by-side", "data-field": fieldName });
      for (const claim of claims) {
        row.appendChild(el("div", { class: "claim" },
          el("div", { class: "value", text: claim.value === null ? "—" : claim.value }),
          el("div", { class: "meta" }, el("span", { text: claim.claimant || "unattributed" }), el("span", { text: claim.outlet || "unknown outlet" }))));
      }
      box.appendChild(el("h4", { text: fieldName }));
      box.appendChild(row);
    }
    return box;
  }

  function claimsTable(event) {
    const table = el("table", { class: "claims" });
    table.appendChild(el("tr", {}, el("th", { text: "fact" }), el("th", { text: "value" }), el("th", { text: "claimant" }), el("th", { text: "outlet" })));
    for (const claim of event.claims || []) {
      table.appendChild(el("tr", {}, el("td", { text: claim.field }), el("td", { text: claim.value === null ? "—" : claim.value }),
        el("td", { text: claim.claimant || "" }), el("td", { text: claim.outlet || "" })));
    }
    return table;
  }

  function reportBlock(report) {
    const art = report.article || {};
    const block = el("div", { class: "report", "data-report-id": report.id });
    block.appendChild(highlighted(report.evidence, report.spans));
    const keys = el("div", { class: "meta keyline" });
    if (report.trigger) keys.appendChild(el("mark", { class: "sp-trigger", text: "trigger: " + report.trigger }));
    if (report.actor1) keys.appendChild(el("mark", { class: "sp-actor", text: report.actor1.name }));
    if (report.actor2) keys.appendChild(el("mark", { class: "sp-actor", text: report.actor2.name }));
    if (report.place) keys.appendChild(el("mark", { class: "sp-place", text: placeText(report.place) }));
    if (report.fatalities && report.fatalities.text) keys.appendChild(el("mark", { class: "sp-number", text: "fatalities: " + report.fatalities.acled }));
    block.appendChild(keys);
    block.appendChild(el("div", { class: "meta" },
      el("span", { text: "claimant: " + (report.claimant || "unattributed") }),
      el("span", { text: "outlet: " + (report.outlet || art.outlet || "unknown") }),
      el("span", { text: report.modality }),
      el("span", { text: report.date_start || "undated" })));
    const links = el("div", { class: "meta" });
    const title = art.title || "article";
    const url = report.url || art.url;
    if (url) links.appendChild(safeLink(url, title));
    else links.appendChild(el("span", { text: title }));
    const view = el("button", { type: "button", class: "link", text: "read the article" });
    view.addEventListener("click", () => openArticle(report.article_id, report));
    links.appendChild(document.createTextNode(" · "));
    links.appendChild(view);
    block.appendChild(links);
    return block;
  }

  function shortValue(value) {
    if (value === null || value === undefined) return "—";
    if (typeof value === "object") {
      if ("acled" in value) return String(value.acled);  // fatalities
      if ("name" in value) return String(value.name);    // actor
      const text = JSON.stringify(value);
      return text.length > 80 ? text.slice(0, 77) + "…" : text;
    }
    return String(value);
  }

  function revisionItem(rev) {
    const item = el("li", {}, el("div", { class: "meta" },
      el("span", { text: rev.at || "" }), el("span", { text: "article " + (rev.article_id || "?") })));
    const changes = rev.changes && typeof rev.changes === "object" ? rev.changes : {};
    const list = el("ul");
    for (const [name, pair] of Object.entries(changes)) {
      const [before, after] = Array.isArray(pair) ? pair : [null, pair];
      list.appendChild(el("li", {}, el("b", { text: name }), ": " + shortValue(before) + " → " + shortValue(after)));
    }
    item.appendChild(list);
    return item;
  }

  async function openEvent(id) {
    state.selected = id;
    syncHash();
    panel.hidden = false;
    map.invalidateSize();
    panelBody.replaceChildren(el("p", { text: "Loading…" }));
    let event;
    try { event = await getJSON("/api/events/" + encodeURIComponent(id)); } catch (err) {
      panelBody.replaceChildren(el("p", { text: "Could not load event: " + err.message }));
      return;
    }
    if (state.selected !== id) return;
    selectedLayer.clearLayers();
    if (event.place && event.place.latitude !== null && event.place.latitude !== undefined) {
      L.circleMarker([event.place.latitude, event.place.longitude], {
        radius: 16, color: "#111", weight: 3, fill: false, interactive: false, dashArray: "4 3",
      }).addTo(selectedLayer);
    }
    const badge = el("span", { class: "badge", text: event.event_type });
    badge.style.background = TYPE_COLORS[event.event_type] || "#555";
    const f = event.fatalities || {};
    const range = f.low !== null && f.high !== null && f.low !== undefined && f.high !== f.low ? " (sources say " + f.low + "–" + f.high + ")" : "";
    const nodes = [
      el("h2", { text: event.sub_event_type + " — " + (placeText(event.place) || "unknown place") }),
      el("div", {}, badge, " ", event.contested && event.contested.length ? el("span", { class: "badge contested-flag", text: "contested: " + event.contested.join(", ") }) : null),
      facts([
        ["date", (event.date_start || "undated") + (event.date_end && event.date_end !== event.date_start ? " → " + event.date_end : "")],
        ["actor 1", actorText(event.actor1)],
        ["actor 2", actorText(event.actor2)],
        ["fatalities", fmtInt(f.acled) + range],
        ["sources", fmtInt(event.n_sources) + " independent, " + fmtInt((event.reports || []).length) + " reports"],
        ["coordinates", event.place && event.place.latitude !== null && event.place.latitude !== undefined ? event.place.latitude + ", " + event.place.longitude : null],
        ["id", event.id],
      ]),
    ];
    if (event.contested && event.contested.length) {
      nodes.push(el("h3", { text: "Contested facts" }), claimsSideBySide(event));
    }
    if (event.claims && event.claims.length) nodes.push(el("h3", { text: "Claims per source" }), claimsTable(event));
    nodes.push(el("h3", { text: "Evidence by independent origin" }));
    const byId = new Map((event.reports || []).map((r) => [r.id, r]));
    for (const group of event.groups || []) {
      const box = el("div", { class: "origin", "data-origin": group.origin || "" });
      box.appendChild(el("div", { class: "origin-head", text: (group.outlets.join(", ") || "unknown outlet") + " — " + group.report_ids.length + " report(s)" }));
      for (const rid of group.report_ids) if (byId.has(rid)) box.appendChild(reportBlock(byId.get(rid)));
      nodes.push(box);
    }
    if (event.revisions && event.revisions.length) {
      nodes.push(el("h3", { text: "Revisions" }));
      const list = el("ol", { class: "revisions" });
      for (const rev of event.revisions) list.appendChild(revisionItem(rev));
      nodes.push(list);
    }
    panelBody.replaceChildren(...nodes);
    panelBody.scrollTop = 0;
  }

  async function openArticle(id, report) {
    panelBody.replaceChildren(el("p", { text: "Loading article…" }));
    let article;
    try { article = await getJSON("/api/articles/" + encodeURIComponent(id)); } catch (err) {
      panelBody.replaceChildren(el("p", { text: "Could not load article: " + err.message }));
      return;
    }
    let back = null;
    if (state.selected) {
      back = el("button", { type: "button", class: "link", text: "← back to the event" });
      back.addEventListener("click", () => { if (state.selected) openEvent(state.selected); });
    }
    // Mark every report's evidence inside the article text.
    const spans = { evidence: (article.reports || []).map((r) => [r.start, r.end]) };
    const text = highlighted(article.text, spans, "article-text");
    const comments = el("ul", { class: "comments" });
    for (const comment of article.comments || []) comments.appendChild(el("li", { text: comment }));
    const found = el("ul", { class: "article-reports" });
    for (const r of article.reports || []) {
      const label = r.sub_event_type + " (" + r.modality + (r.claimant ? ", per " + r.claimant : "") + ")";
      if (r.event_id) {
        const open = el("button", { type: "button", class: "link", text: label });
        open.addEventListener("click", () => openEvent(r.event_id));
        found.appendChild(el("li", {}, open));
      } else {
        found.appendChild(el("li", { text: label + " — a statement, not an event" }));
      }
    }
    panelBody.replaceChildren(
      ...(back ? [back] : []),
      el("h2", { text: article.title || "(untitled article)" }),
      facts([
        ["outlet", article.outlet],
        ["original outlet", article.original_outlet],
        ["published", article.published],
        ["author", article.author],
        ["link", article.url ? safeLink(article.url) : null],
        ["id", article.id],
      ]),
      el("h3", { text: "Reported here" }),
      found,
      el("h3", { text: "Text" }),
      text,
      el("h3", { text: "Reader comments (" + (article.comments || []).length + ") — never used as evidence" }),
      comments,
    );
    panelBody.scrollTop = 0;
  }

  // ---------- article search hits -----------------------------------------------------------
  const hitsBox = document.getElementById("search-hits");

  function snippetNode(snippet) {
    // The server wraps matches in U+E000 … U+E001; split on them, never parse HTML.
    const node = el("div", { class: "hit-snippet" });
    const parts = String(snippet || "").split(/([\ue000\ue001])/);
    let inMatch = false;
    for (const part of parts) {
      if (part === "\ue000") { inMatch = true; continue; }
      if (part === "\ue001") { inMatch = false; continue; }
      if (part) node.appendChild(inMatch ? el("mark", { text: part }) : document.createTextNode(part));
    }
    return node;
  }

  let hitsSeq = 0;
  async function showHits() {
    const text = field("q").value.trim();
    const seq = ++hitsSeq;
    if (!text) { hitsBox.hidden = true; return; }
    let hits;
    try { hits = await getJSON("/api/articles?limit=8&q=" + encodeURIComponent(text)); } catch (err) { return; }
    if (seq !== hitsSeq) return;
    hitsBox.replaceChildren();
    for (const hit of hits) {
      const item = el("li", { tabindex: "0", "data-article-id": hit.id },
        el("div", { class: "hit-title", text: hit.title || "(untitled)" }),
        el("div", { class: "meta" }, el("span", { text: hit.outlet || "unknown outlet" }), el("span", { text: hit.published || "undated" })),
        snippetNode(hit.snippet));
      const open = () => { hitsBox.hidden = true; panel.hidden = false; map.invalidateSize(); openArticle(hit.id); };
      item.addEventListener("click", open);
      item.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
      hitsBox.appendChild(item);
    }
    if (!hits.length) hitsBox.appendChild(el("li", { class: "meta", text: "no article matches" }));
    hitsBox.hidden = false;
  }
  field("q").addEventListener("focus", () => { if (field("q").value.trim()) showHits(); });
  document.addEventListener("click", (e) => { if (!document.getElementById("search-box").contains(e.target)) hitsBox.hidden = true; });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hitsBox.hidden = true; });

  // ---------- wiring ------------------------------------------------------------------------
  function onFilterChange(e) {
    if (e && e.target && e.target.id === "f-event_type") {
      const subs = state.taxonomy[field("event_type").value] || [].concat(...Object.values(state.taxonomy));
      fillSelect(field("sub_event_type"), subs);
    }
    if (e && e.target && (e.target.id === "f-date_from" || e.target.id === "f-date_to")) {
      brushFromInputs();
      drawTimeline();
      syncHash();
      loadPoints().catch(showError);
      return;
    }
    refresh();
  }
  let typing = null;
  const form = document.getElementById("filters");
  form.addEventListener("change", onFilterChange);
  form.addEventListener("input", (e) => {
    if (e.target.type !== "search" && e.target.type !== "text") return;
    clearTimeout(typing);
    typing = setTimeout(() => { onFilterChange(e); if (e.target.id === "f-q") showHits(); }, 350);
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); onFilterChange(); });
  document.getElementById("f-reset").addEventListener("click", () => {
    form.reset();
    state.brush = null;
    refresh();
  });

  function fitToPoints() {
    if (!state.points.length) return;
    let s = 90, w = 180, n = -90, e = -180;
    for (const r of state.points) { s = Math.min(s, r[1]); n = Math.max(n, r[1]); w = Math.min(w, r[2]); e = Math.max(e, r[2]); }
    map.fitBounds([[s, w], [n, e]], { padding: [30, 30], maxZoom: 8, animate: false });
    renderMarkers();
  }

  async function start() {
    drawLegend();
    // The events go first (the server and the main thread are busiest with them); the
    // base map, timeline and drop-down values follow.
    const eventId = readHash();
    const config = getJSON("/api/config");
    await loadPoints();
    const facets = getJSON("/api/facets");
    fitToPoints();
    performance.mark("fogofwar:markers");  // events drawn (read by bench/web_render.py)
    const timeline = loadTimeline();
    const configured = config.then((c) => drawBaseMap(c)).catch(showError);
    const facetsData = await facets;
    state.taxonomy = facetsData.taxonomy || {};
    const types = Object.keys(state.taxonomy).length ? Object.keys(state.taxonomy) : facetsData.event_type;
    fillSelect(field("event_type"), types);
    fillSelect(field("sub_event_type"), [].concat(...Object.values(state.taxonomy)));
    fillSelect(field("country"), facetsData.country);
    fillSelect(field("claimant"), facetsData.claimant);
    fillSelect(field("outlet"), facetsData.outlet);
    fillSelect(field("modality"), facetsData.modality);
    readHash();  // again: the selects now hold their options
    await timeline;
    brushFromInputs();
    drawTimeline();
    if (eventId) openEvent(eventId);
    await configured;
    performance.mark("fogofwar:ready");
    document.body.setAttribute("data-ready", "1");
  }
  start().catch(showError);
})();
