// The Transformer Playground's page: plain ES2020, no framework, no build step. It talks only to this server's
// JSON API (landmark/playground/API.md) and draws every figure as SVG elements it builds itself, so that a view
// can be exported as it is shown.
"use strict";

(() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const KIND_LABEL = {
    encoder: "encoder self-attention",
    decoder: "decoder masked self-attention",
    cross: "cross-attention",
  };
  const KIND_ORDER = ["encoder", "decoder", "cross"];
  const SWITCH_DEFAULTS = { causal_mask: "upper", scale: true, score: "dot", positions: true };
  const SAMPLING_DEFAULTS = { temp: 1.0, topk: 0, seed: 0 };
  const SEED_MAX = 2 ** 31 - 1;
  const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

  // ---------------------------------------------------------------------------------------------------------------
  // State: everything the URL holds, plus what came back from the server.

  const state = {
    run: "",
    compare: "",
    text: "",
    view: "",
    layer: 0,
    head: "mean", // "mean" | "all" | "0", "1", ...
    style: "grid", // cross-attention as a heatmap ("grid") or as lines
    beam: null,
    lp: null,
    prefix: "",
    search: "beam", // "beam" (beam_size; 1 = greedy) | "sample" (temperature, top-k, seed)
    ...SAMPLING_DEFAULTS,
    sw: freshSwitches(),
  };
  let runs = []; // GET /api/runs
  let results = { main: null, compare: null }; // the last POST /api/analyze answers
  let beamData = null;
  let beamIndex = 0;
  let inflight = 0;
  let requestSeq = 0;
  let draws = 0;

  function freshSwitches() {
    return { ...SWITCH_DEFAULTS, silence_heads: [], silence_layers: [] };
  }

  const $ = (id) => document.getElementById(id);
  const runByName = (name) => runs.find((r) => r.name === name) || null;

  // ---------------------------------------------------------------------------------------------------------------
  // The URL: ?run=toy&compare=&text=a%20b&view=cross&layer=0&head=all&beam=1&lp=1.0&prefix=&sw=scale:0,...
  // and, only when sampling instead of beam search: &search=sample&temp=1.5&topk=10&seed=3.
  // sw lists only what differs from the paper's model: causal_mask:none, scale:0, score:negated, positions:0,
  // head:KIND.LAYER.HEAD (a silenced head, repeated), layer:KIND.LAYER (a skipped layer, repeated).

  function encodeSwitches(sw) {
    const parts = [];
    if (sw.causal_mask !== "upper") parts.push(`causal_mask:${sw.causal_mask}`);
    if (!sw.scale) parts.push("scale:0");
    if (sw.score !== "dot") parts.push(`score:${sw.score}`);
    if (!sw.positions) parts.push("positions:0");
    for (const h of sw.silence_heads) parts.push(`head:${h.kind}.${h.layer}.${h.head}`);
    for (const l of sw.silence_layers) parts.push(`layer:${l.kind}.${l.layer}`);
    return parts.join(",");
  }

  function decodeSwitches(text) {
    const sw = freshSwitches();
    if (!text) return sw;
    for (const part of text.split(",")) {
      const at = part.indexOf(":");
      if (at < 0) continue;
      const key = part.slice(0, at).trim();
      const value = part.slice(at + 1).trim();
      const off = value === "0" || value === "false" || value === "off";
      if (key === "causal_mask" && ["upper", "none", "lower"].includes(value)) sw.causal_mask = value;
      else if (key === "scale") sw.scale = !off;
      else if (key === "score" && ["dot", "squared", "negated"].includes(value)) sw.score = value;
      else if (key === "positions") sw.positions = !off;
      else if (key === "head" || key === "silence_head") {
        const [kind, layer, head] = value.split(".");
        if (KIND_LABEL[kind] && isIndex(layer) && isIndex(head)) addUnique(sw.silence_heads, { kind, layer: +layer, head: +head });
      } else if (key === "layer" || key === "silence_layer") {
        const [kind, layer] = value.split(".");
        if ((kind === "encoder" || kind === "decoder") && isIndex(layer)) addUnique(sw.silence_layers, { kind, layer: +layer });
      }
    }
    return sw;
  }

  const isIndex = (s) => /^\d+$/.test(s || "");

  function addUnique(list, item) {
    const key = JSON.stringify(item);
    if (!list.some((x) => JSON.stringify(x) === key)) list.push(item);
  }

  function readUrl() {
    const q = new URLSearchParams(window.location.search);
    const get = (k) => (q.has(k) ? q.get(k) : null);
    return {
      run: get("run"),
      compare: get("compare"),
      text: get("text"),
      view: get("view"),
      layer: get("layer"),
      head: get("head"),
      style: get("style"),
      beam: get("beam"),
      lp: get("lp"),
      prefix: get("prefix"),
      search: get("search"),
      temp: get("temp"),
      topk: get("topk"),
      seed: get("seed"),
      sw: get("sw"),
    };
  }

  function writeUrl() {
    const q = new URLSearchParams();
    q.set("run", state.run);
    if (state.compare) q.set("compare", state.compare);
    q.set("text", state.text);
    if (state.view) q.set("view", state.view);
    q.set("layer", String(state.layer));
    q.set("head", state.head);
    if (state.view === "cross" && state.style === "lines") q.set("style", "lines");
    if (state.beam != null) q.set("beam", String(state.beam));
    if (state.lp != null) q.set("lp", String(state.lp));
    q.set("prefix", state.prefix);
    if (state.search === "sample") {
      q.set("search", "sample");
      q.set("temp", String(state.temp));
      q.set("topk", String(state.topk));
      q.set("seed", String(state.seed));
    }
    const sw = encodeSwitches(state.sw);
    if (sw) q.set("sw", sw);
    const url = `${window.location.pathname}?${q.toString()}`;
    try {
      window.history.replaceState(null, "", url);
    } catch (_) {
      // a file:// page or a sandbox may refuse; the view still works
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Talking to the server.

  class ApiError extends Error {
    constructor(message, status, field) {
      super(message);
      this.status = status;
      this.field = field;
    }
  }

  async function api(path, body) {
    const init = body === undefined
      ? { method: "GET", headers: { Accept: "application/json" } }
      : { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) };
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new ApiError(`the server did not answer (${e.message})`, 0, null);
    }
    let data = null;
    const raw = await response.text();
    try {
      data = raw ? JSON.parse(raw) : null;
    } catch (_) {
      data = null;
    }
    if (!response.ok) {
      const err = data && data.error;
      if (err && typeof err.message === "string") throw new ApiError(err.message, err.status || response.status, err.field || null);
      const detail = data && data.detail ? (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail)) : raw.slice(0, 200);
      throw new ApiError(`HTTP ${response.status} ${response.statusText}${detail ? ": " + detail : ""}`, response.status, null);
    }
    if (data === null) throw new ApiError(`the server's answer to ${path} is not JSON`, response.status, null);
    return data;
  }

  function setBusy(delta) {
    inflight = Math.max(0, inflight + delta);
    $("working").hidden = inflight === 0;
    document.body.dataset.state = inflight > 0 ? "busy" : "ready";
  }

  function showError(err) {
    const box = $("error");
    const field = err && err.field ? ` (field: ${err.field})` : "";
    const status = err && err.status ? ` [${err.status}]` : "";
    $("error-message").textContent = `${err && err.message ? err.message : String(err)}${field}${status}`;
    box.hidden = false;
    box.dataset.status = err && err.status ? String(err.status) : "";
  }

  function clearError() {
    $("error").hidden = true;
    $("error-message").textContent = "";
  }

  // The switches a request carries for one run: only those that apply to it (null in its `switches`), and only
  // heads and layers it has.
  function switchesFor(run) {
    const can = (key) => !run.switches || run.switches[key] == null;
    const out = {};
    for (const key of Object.keys(SWITCH_DEFAULTS)) if (can(key)) out[key] = state.sw[key];
    const kinds = run.kinds || {};
    if (can("silence_head")) {
      out.silence_heads = state.sw.silence_heads.filter((h) => kinds[h.kind] && h.layer < kinds[h.kind][0] && h.head < kinds[h.kind][1]);
    }
    if (can("silence_layer")) {
      out.silence_layers = state.sw.silence_layers.filter((l) => kinds[l.kind] && l.layer < kinds[l.kind][0]);
    }
    return out;
  }

  function decodeOptions(run) {
    const body = { run: run.name, text: state.text };
    if (state.beam != null) body.beam_size = state.beam;
    if (state.lp != null) body.length_penalty = state.lp;
    body.prefix = state.prefix.trim() ? state.prefix.trim() : null;
    if (state.search === "sample") body.sampling = { temperature: state.temp, top_k: state.topk, seed: state.seed };
    body.switches = switchesFor(run);
    return body;
  }

  async function analyze() {
    writeUrl();
    invalidateBeam();
    const seq = ++requestSeq;
    if (!state.text.trim()) {
      showError(new ApiError("type a source sentence first: the text is empty", 0, "text"));
      document.body.dataset.state = inflight > 0 ? "busy" : "ready";
      return;
    }
    const main = runByName(state.run);
    if (!main) return;
    const other = state.compare ? runByName(state.compare) : null;
    setBusy(+1);
    try {
      const asks = [api("/api/analyze", decodeOptions(main))];
      if (other) asks.push(api("/api/analyze", decodeOptions(other)));
      const [a, b] = await Promise.all(asks);
      if (seq !== requestSeq) return; // a newer request has been sent: its answer will draw
      clearError();
      results = { main: a, compare: b || null };
      drawAll();
    } catch (err) {
      if (seq === requestSeq) showError(err);
    } finally {
      setBusy(-1);
    }
  }

  function redraw() {
    writeUrl();
    if (results.main) drawAll();
    else markDrawn();
  }

  function markDrawn() {
    draws += 1;
    document.body.dataset.draws = String(draws);
    if (inflight === 0) document.body.dataset.state = "ready";
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Controls: filling them from the runs and the state, and reading them back.

  function fillRuns() {
    const runSel = $("run");
    const cmpSel = $("compare");
    runSel.replaceChildren();
    cmpSel.replaceChildren(new Option("— none —", ""));
    for (const r of runs) {
      const label = `${r.name} (${r.preset || r.arch})`;
      runSel.append(new Option(label, r.name));
      cmpSel.append(new Option(label, r.name));
    }
  }

  function runInfo(r) {
    if (!r) return "";
    const kinds = Object.entries(r.kinds || {}).map(([k, [l, h]]) => `${k} ${l}×${h}`).join(", ") || "no attention";
    return `${r.arch}${r.preset ? " · " + r.preset : ""} · ${r.pair} · d_model ${r.d_model ?? "—"} · attention: ${kinds}`;
  }

  function kindsOf(r) {
    return KIND_ORDER.filter((k) => r && r.kinds && r.kinds[k]);
  }

  // Fit the view to the main run: a kind it has, a layer and head within range.
  function clampView() {
    const r = runByName(state.run);
    const kinds = kindsOf(r);
    if (!kinds.includes(state.view)) state.view = kinds.includes("cross") ? "cross" : kinds[0] || "";
    if (!state.view) {
      state.layer = 0;
      state.head = "mean";
      return;
    }
    const [layers, heads] = r.kinds[state.view];
    if (!(state.layer >= 0 && state.layer < layers)) state.layer = 0;
    if (!(state.head === "mean" || state.head === "all" || (isIndex(state.head) && +state.head < heads))) state.head = "mean";
  }

  function fillViewControls() {
    clampView();
    const r = runByName(state.run);
    const kindSel = $("kind");
    const layerSel = $("layer");
    const headSel = $("head");
    kindSel.replaceChildren();
    layerSel.replaceChildren();
    headSel.replaceChildren();
    for (const k of kindsOf(r)) kindSel.append(new Option(KIND_LABEL[k], k));
    if (state.view) {
      const [layers, heads] = r.kinds[state.view];
      for (let l = 0; l < layers; l++) layerSel.append(new Option(`layer ${l}`, String(l)));
      headSel.append(new Option("mean over heads", "mean"));
      headSel.append(new Option("all heads", "all"));
      for (let h = 0; h < heads; h++) headSel.append(new Option(`head ${h}`, String(h)));
      kindSel.value = state.view;
      layerSel.value = String(state.layer);
      headSel.value = state.head;
    }
    for (const el of [kindSel, layerSel, headSel]) el.disabled = !state.view;
    $("cross-style").hidden = state.view !== "cross";
    for (const radio of document.querySelectorAll('input[name="cross-style"]')) radio.checked = radio.value === state.style;
    $("attention-help").textContent = viewHelp();
    updateSilenceButtons();
  }

  function viewHelp() {
    switch (state.view) {
      case "encoder":
        return "Each row is a source piece (the query) and shows how much it reads from every source piece (the keys). Rows sum to 1.";
      case "decoder":
        return "Each row is a decoder input (the query) and shows how much it reads from the decoder inputs (the keys); the causal mask hides what it may not see. Rows sum to 1.";
      case "cross":
        return "Each row is a decoder input (the query) and shows how much it reads from every source piece (the keys): the soft alignment. Rows sum to 1.";
      default:
        return "This run has no attention to show.";
    }
  }

  function fillSwitches() {
    const r = runByName(state.run);
    for (const box of document.querySelectorAll(".switch")) {
      const key = box.dataset.switch;
      const why = r && r.switches ? r.switches[key] : null;
      const off = typeof why === "string";
      box.classList.toggle("disabled", off);
      const reason = box.querySelector(".reason");
      reason.hidden = !off;
      reason.textContent = off ? `Not for this run: ${why}` : "";
      for (const el of box.querySelectorAll("input, select, button")) el.disabled = off;
    }
    $("sw-causal_mask").value = state.sw.causal_mask;
    $("sw-scale").checked = state.sw.scale;
    $("sw-score").value = state.sw.score;
    $("sw-positions").checked = state.sw.positions;
    fillSilenced();
    updateSilenceButtons();
  }

  function updateSilenceButtons() {
    const r = runByName(state.run);
    const headOk = r && r.switches && typeof r.switches.silence_head === "string" ? false : true;
    const layerOk = r && r.switches && typeof r.switches.silence_layer === "string" ? false : true;
    const one = isIndex(state.head);
    const hb = $("silence-head");
    hb.disabled = !headOk || !state.view || !one;
    hb.textContent = one && state.view ? `Silence this head (${state.view} layer ${state.layer}, head ${state.head})` : "Silence this head";
    const lb = $("silence-layer");
    const lkind = state.view === "cross" ? "decoder" : state.view;
    lb.disabled = !layerOk || !state.view;
    lb.textContent = state.view ? `Skip this layer (${lkind} layer ${state.layer})` : "Skip this layer";
  }

  function fillSilenced() {
    const list = $("silenced");
    list.replaceChildren();
    const items = [
      ...state.sw.silence_heads.map((h, i) => ({ text: `${h.kind} layer ${h.layer}, head ${h.head} silenced`, drop: () => state.sw.silence_heads.splice(i, 1), key: `head-${h.kind}-${h.layer}-${h.head}` })),
      ...state.sw.silence_layers.map((l, i) => ({ text: `${l.kind} layer ${l.layer} skipped`, drop: () => state.sw.silence_layers.splice(i, 1), key: `layer-${l.kind}-${l.layer}` })),
    ];
    const run = runByName(state.run);
    const sent = run ? switchesFor(run) : {};
    const applied = new Set([
      ...(sent.silence_heads || []).map((h) => `head-${h.kind}-${h.layer}-${h.head}`),
      ...(sent.silence_layers || []).map((l) => `layer-${l.kind}-${l.layer}`),
    ]);
    for (const item of items) {
      const li = document.createElement("li");
      li.dataset.item = item.key;
      const span = document.createElement("span");
      span.textContent = applied.has(item.key) ? item.text : `${item.text} (not in this run: kept for the others)`;
      if (!applied.has(item.key)) li.className = "muted";
      const b = document.createElement("button");
      b.type = "button";
      b.className = "remove";
      b.textContent = "remove";
      b.setAttribute("aria-label", `remove: ${item.text}`);
      b.addEventListener("click", () => {
        item.drop();
        fillSilenced();
        analyze();
      });
      li.append(span, " ", b);
      list.append(li);
    }
    $("silenced-box").hidden = items.length === 0;
  }

  function fillDecoding() {
    $("beam").value = state.beam != null ? String(state.beam) : "";
    $("lp").value = state.lp != null ? String(state.lp) : "";
    $("prefix").value = state.prefix;
    $("search").value = state.search;
    $("temp").value = tempText(state.temp);
    $("topk").value = String(state.topk);
    $("seed").value = String(state.seed);
    fillSearch();
  }

  // Sampling draws one hypothesis: the beam size does not apply (greyed, with a note), the sampling fields do.
  function fillSearch() {
    const sampling = state.search === "sample";
    $("beam").disabled = sampling;
    $("beam-field").classList.toggle("disabled", sampling);
    $("beam-note").hidden = !sampling;
    $("sampling-fields").hidden = !sampling;
    $("beam-sampling-note").hidden = !sampling;
  }

  // The sampling fields within what the API takes: 0 < temperature <= 10, 0 <= top_k <= 1000, 0 <= seed < 2^31.
  const tempText = (t) => (Number.isInteger(t) ? t.toFixed(1) : String(t));
  function clampTemp(v) {
    return v === null ? SAMPLING_DEFAULTS.temp : Math.min(10, Math.max(0.01, v));
  }
  function clampInt(v, max, fallback) {
    return v === null ? fallback : Math.min(max, Math.max(0, v));
  }

  function applyRunDefaults() {
    const r = runByName(state.run);
    if (r && r.decode) {
      state.beam = r.decode.beam_size ?? state.beam;
      state.lp = r.decode.length_penalty ?? state.lp;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Drawing: small helpers that build SVG with explicit attributes (no CSS), so an exported file looks the same.

  function svgEl(name, attrs = {}, text) {
    const el = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    return el;
  }

  function newSvg(width, height, attrs = {}) {
    const svg = svgEl("svg", {
      xmlns: SVG_NS,
      width: Math.ceil(width),
      height: Math.ceil(height),
      viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`,
      "font-family": FONT,
      ...attrs,
    });
    svg.append(svgEl("rect", { x: 0, y: 0, width: Math.ceil(width), height: Math.ceil(height), fill: "#ffffff" }));
    return svg;
  }

  // Sequential ramp for weights in [0, 1]: white to deep blue (ColorBrewer Blues).
  const BLUES = [[247, 251, 255], [222, 235, 247], [198, 219, 239], [158, 202, 225], [107, 174, 214], [66, 146, 198], [33, 113, 181], [8, 81, 156], [8, 48, 107]];
  // Diverging ramp for signed values: blue (negative), white (0), red (positive) (ColorBrewer RdBu, reversed).
  const RDBU = [[33, 102, 172], [67, 147, 195], [146, 197, 222], [209, 229, 240], [247, 247, 247], [253, 219, 199], [244, 165, 130], [214, 96, 77], [178, 24, 43]];

  function ramp(stops, t) {
    t = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
    const x = t * (stops.length - 1);
    const i = Math.min(stops.length - 2, Math.floor(x));
    const f = x - i;
    const c = stops[i].map((v, k) => Math.round(v + (stops[i + 1][k] - v) * f));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
  }

  const weightColor = (w) => ramp(BLUES, w);
  const signedColor = (v, m) => ramp(RDBU, m > 0 ? 0.5 + v / (2 * m) : 0.5);

  function textWidth(s, size) {
    return Math.ceil([...String(s)].length * size * 0.6);
  }

  function shorten(s, n = 12) {
    const chars = [...String(s)];
    return chars.length > n ? chars.slice(0, n - 1).join("") + "…" : String(s);
  }

  // 1, 2, 4, 8, 16, ...: the first power of two at least n (how often a dimension axis is numbered)
  function niceStep(n) {
    let step = 1;
    while (step < n) step *= 2;
    return step;
  }

  function fmt(x, digits = 3) {
    return typeof x === "number" && Number.isFinite(x) ? x.toFixed(digits) : String(x);
  }

  // A colour bar legend: `steps` swatches from lo to hi with the end (and middle) values written under it.
  function legend(svg, x, y, width, colorOf, lo, hi, title, mid) {
    const g = svgEl("g", { class: "legend" });
    const steps = 20;
    const h = 10;
    g.append(svgEl("text", { x, y: y - 4, "font-size": 11, fill: "#333" }, title));
    for (let i = 0; i < steps; i++) {
      const t = (i + 0.5) / steps;
      g.append(svgEl("rect", { x: x + (i * width) / steps, y, width: width / steps + 0.5, height: h, fill: colorOf(lo + t * (hi - lo)) }));
    }
    g.append(svgEl("rect", { x, y, width, height: h, fill: "none", stroke: "#999", "stroke-width": 0.5 }));
    g.append(svgEl("text", { x, y: y + h + 12, "font-size": 10, fill: "#333" }, fmt(lo, 2)));
    if (mid !== undefined) g.append(svgEl("text", { x: x + width / 2, y: y + h + 12, "font-size": 10, fill: "#333", "text-anchor": "middle" }, fmt(mid, 2)));
    g.append(svgEl("text", { x: x + width, y: y + h + 12, "font-size": 10, fill: "#333", "text-anchor": "end" }, fmt(hi, 2)));
    svg.append(g);
  }

  // A heatmap of `matrix` (rows x cols). opts: rowLabels, colLabels, title, rowTitle, colTitle, cell (px),
  // cellW, cellH, colorOf(v), legend {lo, hi, title, mid}, small (fewer labels), data (attributes on the svg),
  // tip(i, j, v) the tooltip text, colTicks (label every n-th column with its index instead of colLabels).
  function heatmap(matrix, opts) {
    const rows = matrix.length;
    const cols = rows ? matrix[0].length : 0;
    const small = !!opts.small;
    const fs = small ? 9 : 11;
    const cw = opts.cellW || opts.cell || 20;
    const ch = opts.cellH || opts.cell || 20;
    const rowLabels = (opts.rowLabels || []).map((s) => shorten(s, small ? 6 : 12));
    const colLabels = opts.colTicks ? null : (opts.colLabels || []).map((s) => shorten(s, small ? 6 : 12));
    const rowLabelW = Math.max(20, ...rowLabels.map((s) => textWidth(s, fs))) + 6;
    const colLabelH = colLabels ? Math.max(14, ...colLabels.map((s) => textWidth(s, fs))) * 0.75 + 10 : 16;
    const titleH = opts.title ? (small ? 16 : 20) : 0;
    const axisTitleH = opts.colTitle ? 16 : 0;
    const left = rowLabelW + (opts.rowTitle ? 18 : 0) + 4;
    const top = titleH + axisTitleH + colLabelH;
    const gridW = cols * cw;
    const gridH = rows * ch;
    const legendH = opts.legend ? 40 : 0;
    const width = Math.max(left + gridW + 12, opts.legend ? left + 170 : 0, opts.title ? textWidth(opts.title, small ? 11 : 13) + 8 : 0);
    const height = top + gridH + 8 + legendH;
    const svg = newSvg(width, height, { class: "heatmap", role: "img", "aria-label": opts.title || "heatmap", ...(opts.data || {}) });
    if (opts.title) svg.append(svgEl("text", { x: 4, y: small ? 12 : 15, "font-size": small ? 11 : 13, "font-weight": 600, fill: "#111" }, opts.title));
    if (opts.colTitle) svg.append(svgEl("text", { x: left + gridW / 2, y: titleH + 12, "font-size": 11, fill: "#555", "text-anchor": "middle" }, opts.colTitle));
    if (opts.rowTitle) {
      const cx = 10;
      const cy = top + gridH / 2;
      svg.append(svgEl("text", { x: cx, y: cy, "font-size": 11, fill: "#555", "text-anchor": "middle", transform: `rotate(-90 ${cx} ${cy})` }, opts.rowTitle));
    }
    // column labels, rotated so that long pieces fit
    const colG = svgEl("g", { class: "col-labels", "font-size": fs, fill: "#222" });
    if (colLabels) {
      colLabels.forEach((s, j) => {
        const x = left + j * cw + cw / 2 + fs * 0.35;
        const y = top - 4;
        colG.append(svgEl("text", { x, y, transform: `rotate(-50 ${x} ${y})` }, s));
      });
    } else {
      const every = opts.colTicks || 8;
      for (let j = 0; j < cols; j += every) colG.append(svgEl("text", { x: left + j * cw, y: top - 4, "font-size": 9 }, String(j)));
    }
    svg.append(colG);
    const rowG = svgEl("g", { class: "row-labels", "font-size": fs, fill: "#222", "text-anchor": "end" });
    rowLabels.forEach((s, i) => rowG.append(svgEl("text", { x: left - 4, y: top + i * ch + ch / 2 + fs * 0.35 }, s)));
    svg.append(rowG);
    const cells = svgEl("g", { class: "cells" });
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const v = matrix[i][j];
        const rect = svgEl("rect", {
          class: "cell",
          x: left + j * cw,
          y: top + i * ch,
          width: cw,
          height: ch,
          fill: opts.colorOf(v),
          "data-row": i,
          "data-col": j,
          "data-weight": typeof v === "number" ? +v.toFixed(6) : v,
        });
        if (opts.tip) rect.dataset.tip = opts.tip(i, j, v);
        cells.append(rect);
      }
    }
    svg.append(cells);
    svg.append(svgEl("rect", { x: left, y: top, width: gridW, height: gridH, fill: "none", stroke: "#bbb", "stroke-width": 0.5 }));
    if (opts.legend) legend(svg, left, top + gridH + 22, 150, opts.colorOf, opts.legend.lo, opts.legend.hi, opts.legend.title, opts.legend.mid);
    return svg;
  }

  // Cross-attention as lines: source pieces on top, target inputs at the bottom, a line per pair, opacity = weight.
  function alignmentLines(matrix, opts) {
    const rows = matrix.length; // targets
    const cols = rows ? matrix[0].length : 0; // sources
    const small = !!opts.small;
    const fs = small ? 9 : 12;
    const step = small ? 30 : 52;
    const n = Math.max(rows, cols);
    const left = small ? 16 : 80;
    const titleH = opts.title ? 22 : 0;
    const width = Math.max(left + n * step + 16, opts.title ? textWidth(opts.title, 13) + 8 : 0, small ? 0 : left + 380);
    const topY = titleH + 28;
    const botY = topY + (small ? 80 : 150);
    const height = botY + 30 + (small ? 0 : 44);
    const svg = newSvg(width, height, { class: "heatmap lines", role: "img", "aria-label": opts.title || "alignment", ...(opts.data || {}) });
    if (opts.title) svg.append(svgEl("text", { x: 4, y: 15, "font-size": small ? 11 : 13, "font-weight": 600, fill: "#111" }, opts.title));
    const xs = (count, j) => left + ((n - count) * step) / 2 + j * step + step / 2;
    if (!small) {
      svg.append(svgEl("text", { x: 4, y: topY - 4, "font-size": 11, fill: "#555" }, "source"));
      svg.append(svgEl("text", { x: 4, y: botY + 14, "font-size": 11, fill: "#555" }, "target in"));
    }
    const lines = svgEl("g", { class: "links" });
    // the weakest first, so that the strong lines lie on top (and are the ones a pointer finds)
    const pairs = [];
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) pairs.push([i, j]);
    pairs.sort((a, b) => matrix[a[0]][a[1]] - matrix[b[0]][b[1]]);
    {
      for (const [i, j] of pairs) {
        const w = matrix[i][j];
        const line = svgEl("line", {
          class: "line",
          x1: xs(cols, j),
          y1: topY + 4,
          x2: xs(rows, i),
          y2: botY - 12,
          stroke: "#08519c",
          "stroke-width": small ? 1.5 : 2.5,
          "stroke-opacity": Math.max(0, Math.min(1, w)).toFixed(4),
          "stroke-linecap": "round",
          "data-row": i,
          "data-col": j,
          "data-weight": +w.toFixed(6),
        });
        if (opts.tip) line.dataset.tip = opts.tip(i, j, w);
        lines.append(line);
      }
    }
    svg.append(lines);
    (opts.colLabels || []).forEach((s, j) => svg.append(svgEl("text", { x: xs(cols, j), y: topY, "font-size": fs, "text-anchor": "middle", fill: "#222" }, shorten(s, small ? 5 : 8))));
    (opts.rowLabels || []).forEach((s, i) => svg.append(svgEl("text", { x: xs(rows, i), y: botY + 2, "font-size": fs, "text-anchor": "middle", fill: "#222" }, shorten(s, small ? 5 : 8))));
    if (!small) {
      const g = svgEl("g", { class: "legend" });
      const y = botY + 28;
      g.append(svgEl("text", { x: left, y, "font-size": 11, fill: "#333" }, "line opacity = attention weight:"));
      [0.1, 0.5, 1].forEach((w, k) => {
        const x = left + 180 + k * 60;
        g.append(svgEl("line", { x1: x, y1: y - 4, x2: x + 24, y2: y - 4, stroke: "#08519c", "stroke-width": 2.5, "stroke-opacity": w }));
        g.append(svgEl("text", { x: x + 28, y, "font-size": 10, fill: "#333" }, String(w)));
      });
      svg.append(g);
    }
    return svg;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The panels.

  function drawAll() {
    const main = runByName(state.run);
    const cmpCol = $("column-compare");
    const other = state.compare ? runByName(state.compare) : null;
    cmpCol.hidden = !(other && results.compare);
    $("columns").classList.toggle("two", !cmpCol.hidden);
    drawColumn("main", results.main, main);
    if (!cmpCol.hidden) drawColumn("compare", results.compare, other);
    drawNotes($("notes"), results.main && results.main.notes, true);
    markDrawn();
  }

  function ids(which) {
    const s = which === "main" ? "" : "-compare";
    return {
      column: $(`column-${which}`),
      pieces: $(`pieces${s}`),
      translation: $(`translation${s}`),
      score: $(`score${s}`),
      timing: $(`timing${s}`),
      embeddings: $(`embeddings${s}`),
      attention: $(`attention${s}`),
    };
  }

  function drawColumn(which, res, run) {
    const el = ids(which);
    el.column.dataset.run = run ? run.name : "";
    el.column.querySelector(".column-title").textContent = run ? `${run.name} · ${run.preset || run.arch}` : "";
    if (!res) return;
    drawPieces(el.pieces, res.source);
    const tr = res.translation || {};
    el.translation.textContent = tr.text ?? "";
    el.translation.title = (tr.pieces || []).join(" ");
    el.score.textContent = fmt(tr.score, 3);
    drawTiming(el.timing, res.timing_ms || {});
    drawEmbeddings(el.embeddings, res, run, which);
    drawAttention(el.attention, res, run, which);
    if (which === "compare") drawNotes($("notes-compare"), res.notes, false);
  }

  function drawPieces(box, source) {
    box.replaceChildren();
    const pieces = (source && source.pieces) || [];
    const idsList = (source && source.ids) || [];
    pieces.forEach((p, i) => {
      const chip = document.createElement("span");
      chip.className = "piece";
      chip.dataset.index = String(i);
      chip.dataset.id = String(idsList[i] ?? "");
      const t = document.createElement("span");
      t.className = "piece-text";
      t.textContent = p;
      const n = document.createElement("span");
      n.className = "piece-id";
      n.textContent = String(idsList[i] ?? "");
      chip.append(t, n);
      box.append(chip);
    });
  }

  function drawTiming(box, timing) {
    box.replaceChildren();
    const entries = Object.entries(timing).filter(([, v]) => typeof v === "number");
    const max = Math.max(1e-9, ...entries.map(([, v]) => v));
    const total = entries.reduce((s, [, v]) => s + v, 0);
    for (const [stage, ms] of entries) {
      const row = document.createElement("div");
      row.className = "timing-row";
      row.dataset.stage = stage;
      const name = document.createElement("span");
      name.className = "timing-name";
      name.textContent = stage;
      const bar = document.createElement("span");
      bar.className = "bar";
      const fill = document.createElement("span");
      fill.className = "bar-fill";
      fill.style.width = `${(100 * ms) / max}%`;
      bar.append(fill);
      const val = document.createElement("span");
      val.className = "num";
      val.textContent = `${ms.toFixed(1)} ms`;
      row.append(name, bar, val);
      box.append(row);
    }
    if (entries.length > 1) {
      const row = document.createElement("div");
      row.className = "timing-total";
      row.textContent = `total ${total.toFixed(1)} ms`;
      box.append(row);
    }
  }

  function drawNotes(list, notes, main) {
    list.replaceChildren();
    const items = Array.isArray(notes) ? notes : [];
    if (items.length === 0 && main) {
      const li = document.createElement("li");
      li.className = "muted";
      li.textContent = "No switch is on: this is the paper's model.";
      list.append(li);
    }
    for (const n of items) {
      const li = document.createElement("li");
      li.textContent = n;
      list.append(li);
    }
  }

  // The width a figure may take in `box` (px): figures are sized to it, and scroll sideways past their minimum.
  function roomOf(box) {
    const w = box.clientWidth;
    return w > 0 ? w : 600;
  }

  function drawEmbeddings(box, res, run, which) {
    box.replaceChildren();
    const emb = res.embeddings;
    if (!emb || !emb.token) {
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = "This model has no single embedding table to show.";
      box.append(p);
      return;
    }
    const pieces = (res.source && res.source.pieces) || [];
    const D = emb.token[0] ? emb.token[0].length : 0;
    const cellW = Math.max(2, Math.min(10, Math.floor((roomOf(box) - 90) / Math.max(1, D))));
    const cellH = pieces.length > 40 ? 8 : 14;
    const maps = [
      ["token", "token embeddings", emb.token],
      ["position", "positional encodings PE(pos, i)", emb.position],
      ["sum", "sum: what the first layer reads", emb.sum],
    ];
    const grid = document.createElement("div");
    grid.className = "embedding-maps";
    for (const [key, title, m] of maps) {
      if (!Array.isArray(m) || m.length === 0) continue;
      let mx = 0;
      for (const row of m) for (const v of row) if (Math.abs(v) > mx) mx = Math.abs(v);
      const rowLabels = key === "position" ? m.map((_, i) => `pos ${i}`) : pieces;
      const svg = heatmap(m, {
        title,
        rowLabels,
        rowTitle: key === "position" ? "position" : "source piece",
        colTitle: `dimension (0 … ${D - 1})`,
        colTicks: niceStep(Math.ceil(20 / cellW)),
        cellW,
        cellH,
        colorOf: (v) => signedColor(v, mx),
        legend: { lo: -mx, hi: mx, mid: 0, title: "value" },
        data: { "data-embedding": key, "data-run": run.name },
        tip: (i, j, v) => `${rowLabels[i]} · dim ${j}: ${fmt(v, 3)}`,
      });
      const fig = document.createElement("figure");
      fig.className = "embedding";
      fig.dataset.embedding = key;
      fig.append(svg);
      grid.append(fig);
    }
    box.append(grid);
    if (Array.isArray(emb.position)) {
      const f = document.createElement("div");
      f.className = "formula";
      const Dtxt = run.d_model ?? D;
      f.innerHTML =
        '<p><span class="math">PE(<var>pos</var>, 2<var>i</var>) = sin(<var>pos</var> / 10000<sup>2<var>i</var>/<var>D</var></sup>)</span></p>' +
        '<p><span class="math">PE(<var>pos</var>, 2<var>i</var>+1) = cos(<var>pos</var> / 10000<sup>2<var>i</var>/<var>D</var></sup>)</span></p>' +
        `<p class="hint">D = ${Number(Dtxt)} here. Even columns are sines, odd columns cosines; the wavelength grows from 2π (left) to 10000·2π (right), so every position gets its own pattern, and the first layer reads token + position.</p>`;
      box.append(f);
    } else if (which === "main" || which === "compare") {
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = run.has_positions ? "Positional encodings are switched off." : "This model has no positional encodings.";
      box.append(p);
    }
  }

  function labelsFor(kind, res, rows, cols) {
    const src = (res.source && res.source.pieces) || [];
    const tin = res.target_inputs || [];
    const pad = (list, n) => Array.from({ length: n }, (_, i) => (list[i] !== undefined ? list[i] : `#${i}`));
    if (kind === "encoder") return { rows: pad(src, rows), cols: pad(src, cols), rowTitle: "query: source piece", colTitle: "key: source piece" };
    if (kind === "decoder") return { rows: pad(tin, rows), cols: pad(tin, cols), rowTitle: "query: decoder input", colTitle: "key: decoder input" };
    return { rows: pad(tin, rows), cols: pad(src, cols), rowTitle: "query: decoder input", colTitle: "key: source piece" };
  }

  function meanOver(heads) {
    const rows = heads[0].length;
    const cols = rows ? heads[0][0].length : 0;
    const out = Array.from({ length: rows }, () => new Array(cols).fill(0));
    for (const m of heads) for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i][j] += m[i][j] / heads.length;
    return out;
  }

  function drawAttention(box, res, run, which) {
    box.replaceChildren();
    const kind = state.view;
    const message = (text) => {
      const p = document.createElement("p");
      p.className = "muted";
      p.textContent = text;
      box.append(p);
    };
    if (!kind) return message("This run has no attention to show.");
    const all = res.attention && res.attention[kind];
    if (!Array.isArray(all) || all.length === 0) return message(`${run.name} has no ${KIND_LABEL[kind]}.`);
    const layer = Math.min(state.layer, all.length - 1);
    const heads = all[layer];
    if (!Array.isArray(heads) || heads.length === 0) return message("No heads in this layer.");
    const rows = heads[0].length;
    const cols = rows ? heads[0][0].length : 0;
    const lab = labelsFor(kind, res, rows, cols);
    const lines = kind === "cross" && state.style === "lines";
    const tip = (i, j, w) => `${lab.rows[i]} → ${lab.cols[j]}: ${fmt(w, 3)}`;
    const prefix = which === "compare" ? `${run.name} · ` : "";
    const note = layer !== state.layer ? ` (this run's last layer)` : "";
    const silenced = (h) => state.sw.silence_heads.some((s) => s.kind === kind && s.layer === layer && s.head === h);
    const draw = (matrix, head, title, small) => {
      const data = { "data-kind": kind, "data-layer": layer, "data-head": head, "data-run": run.name };
      if (lines) return alignmentLines(matrix, { title, rowLabels: lab.rows, colLabels: lab.cols, small, data, tip });
      const n = Math.max(rows, cols);
      const cell = small ? Math.max(6, Math.min(16, Math.floor(180 / n))) : Math.max(8, Math.min(36, Math.floor((roomOf(box) - 130) / n)));
      return heatmap(matrix, {
        title,
        rowLabels: lab.rows,
        colLabels: lab.cols,
        rowTitle: small ? undefined : lab.rowTitle,
        colTitle: small ? undefined : lab.colTitle,
        cell,
        small,
        colorOf: weightColor,
        legend: small ? undefined : { lo: 0, hi: 1, title: "attention weight" },
        data,
        tip,
      });
    };
    if (state.head === "all") {
      const grid = document.createElement("div");
      grid.className = "head-grid";
      heads.forEach((m, h) => {
        const svg = draw(m, String(h), `${prefix}head ${h}${silenced(h) ? " (silenced)" : ""}`, true);
        grid.append(svg);
      });
      box.append(grid);
      if (!lines) {
        const key = newSvg(190, 36, { class: "legend-only" });
        legend(key, 8, 14, 150, weightColor, 0, 1, "attention weight");
        box.append(key);
      }
    } else if (state.head === "mean") {
      box.append(draw(meanOver(heads), "mean", `${prefix}${KIND_LABEL[kind]} · layer ${layer}${note} · mean over ${heads.length} heads`, false));
    } else {
      const h = Math.min(+state.head, heads.length - 1);
      const headNote = h !== +state.head ? " (this run's last head)" : "";
      box.append(draw(heads[h], String(h), `${prefix}${KIND_LABEL[kind]} · layer ${layer}${note} · head ${h}${headNote}${silenced(h) ? " (silenced)" : ""}`, false));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The beam panel.

  function invalidateBeam() {
    if (!beamData) return;
    beamData = null;
    $("beam-panel").querySelector(".beam-nav").hidden = true;
    const c = $("beam-content");
    c.replaceChildren();
    const p = document.createElement("p");
    p.className = "muted";
    p.textContent = "The settings changed: press “Step through decoding” again.";
    c.append(p);
  }

  async function stepThrough() {
    writeUrl();
    const run = runByName(state.run);
    if (!run) return;
    if (!state.text.trim()) {
      showError(new ApiError("type a source sentence first: the text is empty", 0, "text"));
      return;
    }
    const body = { ...decodeOptions(run), top_k: 5 };
    if (body.beam_size == null) body.beam_size = 4;
    if (body.length_penalty == null) body.length_penalty = 1.0;
    setBusy(+1);
    try {
      const data = await api("/api/beam", body);
      clearError();
      beamData = data;
      beamIndex = 0;
      drawBeam();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(-1);
    }
  }

  function hypothesisRow(h, rank, finished) {
    const tr = document.createElement("tr");
    const td = (text, cls) => {
      const c = document.createElement("td");
      if (cls) c.className = cls;
      c.textContent = text;
      return c;
    };
    const piecesCell = document.createElement("td");
    piecesCell.className = "hyp-pieces";
    for (const p of h.pieces || []) {
      const s = document.createElement("span");
      s.className = "piece small";
      s.textContent = p;
      piecesCell.append(s);
    }
    if (!h.pieces || h.pieces.length === 0) piecesCell.append(Object.assign(document.createElement("span"), { className: "muted", textContent: "(empty)" }));
    tr.append(td(finished ? "✓" : String(rank), "num"), piecesCell, td(fmt(h.log_prob, 3), "num"), td(fmt(h.score, 3), "num"));
    return tr;
  }

  function hypothesisTable(list, finished, nextByHyp) {
    const table = document.createElement("table");
    table.className = "hyps";
    const head = document.createElement("thead");
    head.innerHTML = "<tr><th class=\"num\">#</th><th>pieces</th><th class=\"num\">log prob</th><th class=\"num\">score</th></tr>";
    table.append(head);
    const body = document.createElement("tbody");
    list.forEach((h, k) => {
      body.append(hypothesisRow(h, k, finished));
      const next = nextByHyp ? nextByHyp.get(k) : null;
      if (next && next.length) {
        const tr = document.createElement("tr");
        tr.className = "next-row";
        const cell = document.createElement("td");
        cell.colSpan = 4;
        const title = document.createElement("div");
        title.className = "hint";
        title.textContent = `next piece after hypothesis ${k} (top ${next.length}):`;
        cell.append(title);
        for (const c of next) {
          const row = document.createElement("div");
          row.className = "cand";
          const name = document.createElement("span");
          name.className = "cand-piece";
          name.textContent = c.piece;
          const bar = document.createElement("span");
          bar.className = "bar";
          const fill = document.createElement("span");
          fill.className = "bar-fill";
          fill.style.width = `${Math.max(0, Math.min(1, c.prob)) * 100}%`;
          bar.append(fill);
          const val = document.createElement("span");
          val.className = "num";
          val.textContent = fmt(c.prob, 3);
          row.append(name, bar, val);
          cell.append(row);
        }
        tr.append(cell);
        body.append(tr);
      }
    });
    table.append(body);
    return table;
  }

  function drawBeam() {
    const nav = $("beam-panel").querySelector(".beam-nav");
    const content = $("beam-content");
    content.replaceChildren();
    if (!beamData) return;
    const steps = beamData.steps || [];
    nav.hidden = steps.length === 0;
    const slider = $("beam-slider");
    slider.max = String(Math.max(0, steps.length - 1));
    beamIndex = Math.max(0, Math.min(beamIndex, steps.length - 1));
    slider.value = String(beamIndex);
    $("beam-prev").disabled = beamIndex <= 0;
    $("beam-next").disabled = beamIndex >= steps.length - 1;
    const step = steps[beamIndex];
    $("beam-step-label").textContent = step ? `step ${step.step} of ${steps[steps.length - 1].step}` : "";
    $("beam-panel").dataset.step = step ? String(step.step) : "";
    if (step) {
      const nextByHyp = new Map((step.next || []).map((n) => [n.hypothesis, n.candidates || []]));
      const alive = document.createElement("div");
      alive.className = "beam-alive";
      const h = document.createElement("h3");
      h.textContent = `Alive (${(step.alive || []).length})`;
      alive.append(h, hypothesisTable(step.alive || [], false, nextByHyp));
      const fin = document.createElement("div");
      fin.className = "beam-finished";
      const h2 = document.createElement("h3");
      h2.textContent = `Finished (${(step.finished || []).length})`;
      fin.append(h2);
      if ((step.finished || []).length) fin.append(hypothesisTable(step.finished, true, null));
      else fin.append(Object.assign(document.createElement("p"), { className: "muted", textContent: "none yet" }));
      content.append(alive, fin);
    }
    if (beamData.result) {
      const r = document.createElement("p");
      r.className = "beam-result";
      r.textContent = `Result: ${beamData.result.text}  (score ${fmt(beamData.result.score, 3)})`;
      content.append(r);
    }
    markDrawn();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Export: the attention view as one SVG file (several maps side by side) and as a PNG drawn through a canvas.

  function attentionSvgs() {
    const boxes = [$("attention")];
    if (!$("column-compare").hidden) boxes.push($("attention-compare"));
    return boxes.flatMap((b) => [...b.querySelectorAll("svg")]);
  }

  function exportSvgString() {
    const svgs = attentionSvgs();
    if (svgs.length === 0) return null;
    const serializer = new XMLSerializer();
    if (svgs.length === 1) return serializer.serializeToString(svgs[0]);
    // several maps: place them in rows no wider than 1200 px, each a nested <svg> at its own x, y
    const gap = 12;
    let x = 0;
    let y = 0;
    let rowH = 0;
    let width = 0;
    const placed = [];
    for (const s of svgs) {
      const w = +s.getAttribute("width");
      const h = +s.getAttribute("height");
      if (x > 0 && x + w > 1200) {
        x = 0;
        y += rowH + gap;
        rowH = 0;
      }
      placed.push([s, x, y]);
      x += w + gap;
      rowH = Math.max(rowH, h);
      width = Math.max(width, x - gap);
    }
    const height = y + rowH;
    const outer = newSvg(width, height, { class: "export" });
    for (const [s, px, py] of placed) {
      const copy = s.cloneNode(true);
      copy.setAttribute("x", px);
      copy.setAttribute("y", py);
      outer.append(copy);
    }
    return serializer.serializeToString(outer);
  }

  function exportName(ext) {
    const head = state.head === "all" ? "all-heads" : state.head === "mean" ? "mean" : `head${state.head}`;
    return `attention-${state.run}-${state.view}-layer${state.layer}-${head}.${ext}`.replace(/[^A-Za-z0-9._-]+/g, "_");
  }

  let svgUrl = null;
  let pngUrl = null;

  function download(url, name) {
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.style.display = "none";
    document.body.append(a);
    a.click();
    a.remove();
  }

  function exportSvg(event) {
    event.preventDefault();
    const text = exportSvgString();
    if (!text) return showError(new ApiError("nothing to export yet: translate a sentence first", 0, null));
    if (svgUrl) URL.revokeObjectURL(svgUrl);
    svgUrl = URL.createObjectURL(new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', text], { type: "image/svg+xml" }));
    const link = $("export-svg");
    link.href = svgUrl;
    link.download = exportName("svg");
    download(svgUrl, link.download);
  }

  function exportPng(event) {
    event.preventDefault();
    const text = exportSvgString();
    if (!text) return showError(new ApiError("nothing to export yet: translate a sentence first", 0, null));
    const doc = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    const w = +doc.getAttribute("width");
    const h = +doc.getAttribute("height");
    const scale = 2;
    const img = new Image();
    const src = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.ceil(w * scale);
      canvas.height = Math.ceil(h * scale);
      const ctx = canvas.getContext("2d");
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(src);
      canvas.toBlob((blob) => {
        if (!blob) return showError(new ApiError("the browser could not make a PNG", 0, null));
        if (pngUrl) URL.revokeObjectURL(pngUrl);
        pngUrl = URL.createObjectURL(blob);
        const link = $("export-png");
        link.href = pngUrl;
        link.download = exportName("png");
        download(pngUrl, link.download);
      }, "image/png");
    };
    img.onerror = () => {
      URL.revokeObjectURL(src);
      showError(new ApiError("the browser could not draw the SVG into a canvas", 0, null));
    };
    img.src = src;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The tooltip: one element, moved to whatever cell or line the pointer is over.

  function setupTooltip() {
    const tip = $("tooltip");
    const show = (target, x, y) => {
      tip.textContent = target.dataset.tip;
      tip.hidden = false;
      const pad = 12;
      const r = tip.getBoundingClientRect();
      let left = x + pad;
      let top = y + pad;
      if (left + r.width > window.innerWidth - 4) left = Math.max(4, x - r.width - pad);
      if (top + r.height > window.innerHeight - 4) top = Math.max(4, y - r.height - pad);
      tip.style.left = `${left + window.scrollX}px`;
      tip.style.top = `${top + window.scrollY}px`;
    };
    let current = null;
    document.addEventListener("pointerover", (e) => {
      const t = e.target;
      if (t instanceof Element && t.dataset && t.dataset.tip) {
        if (current && current !== t) current.classList.remove("hover");
        current = t;
        t.classList.add("hover");
        show(t, e.clientX, e.clientY);
      }
    });
    document.addEventListener("pointermove", (e) => {
      if (current && e.target === current) show(current, e.clientX, e.clientY);
    });
    document.addEventListener("pointerout", (e) => {
      if (current && e.target === current) {
        current.classList.remove("hover");
        current = null;
        tip.hidden = true;
      }
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Wiring.

  function numberOrNull(text, integer) {
    if (text === null || text === undefined || String(text).trim() === "") return null;
    const v = Number(text);
    if (!Number.isFinite(v)) return null;
    return integer ? Math.round(v) : v;
  }

  function onRunChange() {
    state.run = $("run").value;
    $("run-info").textContent = runInfo(runByName(state.run));
    applyRunDefaults();
    fillDecoding();
    fillViewControls();
    fillSwitches();
    results = { main: null, compare: null };
    if (state.text.trim()) analyze();
    else redraw();
  }

  function wire() {
    $("sentence-form").addEventListener("submit", (e) => {
      e.preventDefault();
      state.text = $("text").value;
      state.prefix = $("prefix").value;
      analyze();
    });
    $("text").addEventListener("input", () => {
      state.text = $("text").value;
      writeUrl();
    });
    $("run").addEventListener("change", onRunChange);
    $("compare").addEventListener("change", () => {
      state.compare = $("compare").value;
      if (state.text.trim()) analyze();
      else redraw();
    });
    $("kind").addEventListener("change", () => {
      state.view = $("kind").value;
      fillViewControls();
      redraw();
    });
    $("layer").addEventListener("change", () => {
      state.layer = +$("layer").value;
      updateSilenceButtons();
      redraw();
    });
    $("head").addEventListener("change", () => {
      state.head = $("head").value;
      updateSilenceButtons();
      redraw();
    });
    for (const radio of document.querySelectorAll('input[name="cross-style"]')) {
      radio.addEventListener("change", () => {
        if (radio.checked) {
          state.style = radio.value;
          redraw();
        }
      });
    }
    const rerun = () => {
      if (state.text.trim()) analyze();
      else writeUrl();
    };
    $("beam").addEventListener("change", () => {
      const v = numberOrNull($("beam").value, true);
      state.beam = v === null ? null : Math.max(1, v);
      if (state.beam !== null) $("beam").value = String(state.beam);
      rerun();
    });
    $("lp").addEventListener("change", () => {
      state.lp = numberOrNull($("lp").value, false);
      rerun();
    });
    $("prefix").addEventListener("change", () => {
      state.prefix = $("prefix").value;
      rerun();
    });
    $("search").addEventListener("change", () => {
      state.search = $("search").value === "sample" ? "sample" : "beam";
      fillSearch();
      rerun();
    });
    $("temp").addEventListener("change", () => {
      state.temp = clampTemp(numberOrNull($("temp").value, false));
      $("temp").value = tempText(state.temp);
      rerun();
    });
    $("topk").addEventListener("change", () => {
      state.topk = clampInt(numberOrNull($("topk").value, true), 1000, SAMPLING_DEFAULTS.topk);
      $("topk").value = String(state.topk);
      rerun();
    });
    $("seed").addEventListener("change", () => {
      state.seed = clampInt(numberOrNull($("seed").value, true), SEED_MAX, SAMPLING_DEFAULTS.seed);
      $("seed").value = String(state.seed);
      rerun();
    });
    $("sw-causal_mask").addEventListener("change", () => {
      state.sw.causal_mask = $("sw-causal_mask").value;
      rerun();
    });
    $("sw-scale").addEventListener("change", () => {
      state.sw.scale = $("sw-scale").checked;
      rerun();
    });
    $("sw-score").addEventListener("change", () => {
      state.sw.score = $("sw-score").value;
      rerun();
    });
    $("sw-positions").addEventListener("change", () => {
      state.sw.positions = $("sw-positions").checked;
      rerun();
    });
    $("silence-head").addEventListener("click", () => {
      if (!state.view || !isIndex(state.head)) return;
      addUnique(state.sw.silence_heads, { kind: state.view, layer: state.layer, head: +state.head });
      fillSilenced();
      rerun();
    });
    $("silence-layer").addEventListener("click", () => {
      if (!state.view) return;
      addUnique(state.sw.silence_layers, { kind: state.view === "cross" ? "decoder" : state.view, layer: state.layer });
      fillSilenced();
      rerun();
    });
    $("reset-switches").addEventListener("click", () => {
      state.sw = freshSwitches();
      fillSwitches();
      rerun();
    });
    $("beam-step").addEventListener("click", stepThrough);
    $("beam-prev").addEventListener("click", () => {
      beamIndex -= 1;
      drawBeam();
    });
    $("beam-next").addEventListener("click", () => {
      beamIndex += 1;
      drawBeam();
    });
    $("beam-slider").addEventListener("input", () => {
      beamIndex = +$("beam-slider").value;
      drawBeam();
    });
    $("export-svg").addEventListener("click", exportSvg);
    $("export-png").addEventListener("click", exportPng);
    $("error-close").addEventListener("click", clearError);
    $("copy-link").addEventListener("click", async () => {
      writeUrl();
      try {
        await navigator.clipboard.writeText(window.location.href);
        $("copy-link").textContent = "link copied";
      } catch (_) {
        $("copy-link").textContent = "copy the address bar: it holds this view";
      }
      setTimeout(() => ($("copy-link").textContent = "copy link to this view"), 2500);
    });
    setupTooltip();
    // figures are sized to their column: draw them again when the window's width changes for good
    let lastWidth = window.innerWidth;
    let timer = null;
    window.addEventListener("resize", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (Math.abs(window.innerWidth - lastWidth) < 40 || !results.main || inflight > 0) return;
        lastWidth = window.innerWidth;
        drawAll();
      }, 250);
    });
  }

  async function start() {
    wire();
    const url = readUrl();
    setBusy(+1);
    try {
      const data = await api("/api/runs");
      runs = Array.isArray(data.runs) ? data.runs : [];
    } catch (err) {
      showError(err);
      setBusy(-1);
      return;
    }
    setBusy(-1);
    if (runs.length === 0) {
      showError(new ApiError("the server has no runs to show", 0, null));
      return;
    }
    fillRuns();
    state.run = runByName(url.run) ? url.run : runs[0].name;
    state.compare = url.compare && runByName(url.compare) ? url.compare : "";
    state.text = url.text || "";
    applyRunDefaults();
    if (url.beam !== null) state.beam = numberOrNull(url.beam, true) ?? state.beam;
    if (url.lp !== null) state.lp = numberOrNull(url.lp, false) ?? state.lp;
    state.prefix = url.prefix || "";
    state.search = url.search === "sample" ? "sample" : "beam";
    state.temp = url.temp !== null ? clampTemp(numberOrNull(url.temp, false)) : SAMPLING_DEFAULTS.temp;
    state.topk = clampInt(numberOrNull(url.topk, true), 1000, SAMPLING_DEFAULTS.topk);
    state.seed = clampInt(numberOrNull(url.seed, true), SEED_MAX, SAMPLING_DEFAULTS.seed);
    state.sw = decodeSwitches(url.sw);
    state.view = url.view || "";
    state.layer = isIndex(url.layer) ? +url.layer : 0;
    state.head = url.head || "mean";
    state.style = url.style === "lines" ? "lines" : "grid";
    $("run").value = state.run;
    $("compare").value = state.compare;
    $("text").value = state.text;
    $("run-info").textContent = runInfo(runByName(state.run));
    fillDecoding();
    fillViewControls();
    fillSwitches();
    if (state.text.trim()) {
      analyze();
    } else {
      writeUrl();
      markDrawn();
    }
  }

  // for tests and the console
  window.playground = { state, exportSvgString, encodeSwitches, decodeSwitches };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
