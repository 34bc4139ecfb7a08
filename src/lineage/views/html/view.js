/* lineage: the interactive view of a lineage diagram.
 *
 * Draws the payload (lineage.views.html.payload) as one SVG: a label column,
 * lanes coloured by camp (faded where a date or camp is uncertain), connectors
 * styled by kind, a time axis. Hover or tap a connector or a lane for its
 * evidence; click a group's name to show its lineage only; zoom with the
 * "from"/"to" fields or by dragging across the axis; turn sources and kinds
 * off. Every text from the data is inserted with textContent, never parsed
 * as HTML. One render per change of state; hovering redraws nothing.
 */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var DATA = JSON.parse(document.getElementById("lineage-data").textContent);
  var LANES = DATA.lanes || [];
  var CONNECTORS = DATA.connectors || [];
  var MARKS = DATA.marks || [];
  var EVENTS = DATA.events || [];
  var SOURCES = DATA.sources || [];
  var CONFLICTS = DATA.conflicts || [];
  var CAMPS = DATA.camps || [];
  var KINDS = DATA.kinds || {};
  var THEME = DATA.theme || {};
  var WINDOW = DATA.window || [2000, 2020];

  var LABEL_FONT = "12px system-ui, sans-serif";
  var ROW = 26; /* a lane's height in pixels, with a one-line label */
  var LINE = 14; /* each further line of a wrapped label */
  var BAR = 9; /* a lane's thickness */
  var PAD = 12; /* around the plot */
  var DASHES = { solid: "", dashed: "5 3", dotted: "1.5 3" };

  var state = {
    window: [WINDOW[0], WINDOW[1]],
    focus: null, /* a lane index: show its lineage only */
    sourceOn: SOURCES.map(function () { return true; }),
    kindOn: {},
    pinned: false,
  };
  Object.keys(KINDS).forEach(function (k) { state.kindOn[k] = true; });

  /* ---- DOM helpers: text from the data only ever goes in as textContent ---- */

  function el(tag, parent, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined && content !== null) node.textContent = String(content);
    if (parent) parent.appendChild(node);
    return node;
  }

  function sv(tag, parent, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    for (var key in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, key)) node.setAttribute(key, String(attrs[key]));
    }
    if (parent) parent.appendChild(node);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function yearText(x) {
    var year = Math.floor(x + 1e-9);
    var month = Math.min(12, Math.floor((x - year) * 12 + 1e-6) + 1);
    return year + "-" + (month < 10 ? "0" : "") + month;
  }

  /* ---- page skeleton ---- */

  var root = document.documentElement.style;
  root.setProperty("--text", THEME.text || "#1a202c");
  root.setProperty("--grid", THEME.grid || "#e2e8f0");
  root.setProperty("--note", THEME.note || "#4a5568");

  var app = el("div", document.body, "app");
  var header = el("header", app, "head");
  el("h1", header, "title", DATA.title || "Lineage");
  var controls = el("div", header, "controls");
  var fromLabel = el("label", controls, "", "From ");
  var fromInput = el("input", fromLabel);
  var toLabel = el("label", controls, "", " to ");
  var toInput = el("input", toLabel);
  [fromInput, toInput].forEach(function (input) {
    input.type = "number";
    input.step = "any";
    input.min = String(Math.floor(WINDOW[0]));
    input.max = String(Math.ceil(WINDOW[1]));
  });
  fromInput.id = "from";
  toInput.id = "to";
  var resetZoom = el("button", controls, "", "Whole time span");
  resetZoom.type = "button";
  resetZoom.id = "zoom-reset";
  var showAll = el("button", controls, "", "Show all groups");
  showAll.type = "button";
  showAll.id = "show-all";
  showAll.hidden = true;
  var status = el("span", controls, "status");
  status.id = "status";
  status.setAttribute("aria-live", "polite");

  var filters = el("details", header, "filters");
  el("summary", filters, "", "Sources and event kinds");
  var kindBox = el("fieldset", filters, "kinds");
  el("legend", kindBox, "", "Event kinds");
  var sourceBox = el("fieldset", filters, "sources");
  el("legend", sourceBox, "", "Sources (a fact is hidden when all its sources are off)");
  var legend = el("div", header, "legend");
  legend.id = "legend";

  var axisWrap = el("div", app, "axis-wrap");
  var axis = sv("svg", axisWrap, { id: "axis", class: "axis", height: 30 });
  var plotWrap = el("div", app, "plot-wrap");
  var plot = sv("svg", plotWrap, { id: "plot", class: "plot" });
  el("p", app, "note", "Hover or tap an arrow or a lane for its sources and quotes; click a " +
    "group's name to show its lineage; drag across the time axis to zoom (double-click it " +
    "to zoom out). Faded: a date or camp that is uncertain. Red dashed outline: sources disagree.");
  var tip = el("div", document.body, "tip");
  tip.id = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;

  /* ---- filters and legend ---- */

  function checkbox(parent, text, checked, onChange) {
    var label = el("label", parent, "check");
    var box = el("input", label);
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); });
    el("span", label, "", text);
    return box;
  }

  function lineSample(parent, kind) {
    var style = KINDS[kind];
    var svg = sv("svg", parent, { width: 28, height: 10, class: "sample" });
    sv("line", svg, {
      x1: 1, y1: 5, x2: 27, y2: 5, stroke: style.colour,
      "stroke-width": 2, "stroke-dasharray": DASHES[style.line] || "",
    });
  }

  var kindsShown = Object.keys(KINDS).filter(function (k) {
    return CONNECTORS.some(function (c) { return c.kind === k; });
  });
  kindsShown.forEach(function (kind) {
    var box = checkbox(kindBox, KINDS[kind].label, true, function (on) {
      state.kindOn[kind] = on;
      render();
    });
    box.setAttribute("data-kind", kind);
    lineSample(box.parentNode, kind);
  });
  SOURCES.forEach(function (source, i) {
    var who = source.author ? source.author + ", " : "";
    var box = checkbox(sourceBox, who + source.title, true, function (on) {
      state.sourceOn[i] = on;
      render();
    });
    box.setAttribute("data-source", String(i));
  });

  function swatch(parent, colour, text, faded) {
    var item = el("span", parent, "key");
    var svg = sv("svg", item, { width: 18, height: 10, class: "sample" });
    sv("rect", svg, { x: 0, y: 1, width: 18, height: 8, fill: colour, "fill-opacity": faded ? 0.28 : 1 });
    el("span", item, "", text);
  }
  CAMPS.forEach(function (camp) { swatch(legend, camp.colour, camp.name + " camp"); });
  swatch(legend, THEME.independent, "independent");
  swatch(legend, THEME.independent, "faded: date or camp uncertain", true);
  kindsShown.forEach(function (kind) {
    var item = el("span", legend, "key");
    lineSample(item, kind);
    el("span", item, "", KINDS[kind].label);
  });

  /* ---- what is visible ---- */

  var lineageOf = LANES.map(function (lane) { return new Set(lane.lineage); });

  function sourcesOn(list) {
    return !list || list.length === 0 || list.some(function (s) { return state.sourceOn[s]; });
  }

  function laneVisible(i) {
    if (state.focus !== null && !lineageOf[state.focus].has(i)) return false;
    return sourcesOn(LANES[i].sources);
  }

  function connectorVisible(c, shown) {
    return state.kindOn[c.kind] !== false && shown[c.source] && shown[c.target] &&
      sourcesOn(EVENTS[c.event].sources);
  }

  /* ---- geometry ---- */

  var measure = document.createElement("canvas").getContext("2d");
  measure.font = LABEL_FONT;

  function textWidth(s) { return measure.measureText(s).width; }

  function wrap(label, width) {
    var words = label.split(" ");
    var lines = [];
    var line = "";
    words.forEach(function (word) {
      var next = line ? line + " " + word : word;
      if (line && textWidth(next) > width) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    });
    if (line) lines.push(line);
    return lines; /* never cut: a word wider than the column keeps its own line */
  }

  function geometry(visible) {
    var total = Math.max(plotWrap.clientWidth || 900, 480);
    var widest = 0;
    var longestWord = 0;
    visible.forEach(function (i) {
      widest = Math.max(widest, textWidth(LANES[i].label));
      LANES[i].label.split(" ").forEach(function (w) { longestWord = Math.max(longestWord, textWidth(w)); });
    });
    var labelWidth = Math.ceil(Math.max(longestWord, Math.min(widest, Math.max(200, total * 0.34)))) + 2 * PAD;
    var x0 = labelWidth;
    var x1 = Math.max(x0 + 120, total - 2 * PAD);
    var span = state.window[1] - state.window[0];
    var rows = [];
    var top = PAD;
    visible.forEach(function (i) {
      var lines = wrap(LANES[i].label, labelWidth - 2 * PAD);
      var height = Math.max(ROW, 10 + lines.length * LINE);
      rows[i] = { top: top, y: top + height / 2, lines: lines, height: height };
      top += height;
    });
    return {
      width: x1 + PAD, height: top + PAD, x0: x0, x1: x1, rows: rows,
      x: function (t) { return x0 + ((t - state.window[0]) / span) * (x1 - x0); },
      t: function (px) { return state.window[0] + ((px - x0) / (x1 - x0)) * span; },
    };
  }

  function ticks() {
    var span = state.window[1] - state.window[0];
    var wanted = Math.max(3, Math.floor((plotWrap.clientWidth || 900) / 90));
    var steps = [1 / 12, 1 / 4, 1 / 2, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
    var step = steps[steps.length - 1];
    for (var s = 0; s < steps.length; s++) {
      if (span / steps[s] <= wanted) { step = steps[s]; break; }
    }
    var out = [];
    var k = Math.ceil(state.window[0] / step - 1e-9);
    for (var t = k * step; t <= state.window[1] + 1e-9; t = ++k * step) {
      out.push({ t: t, label: step >= 1 ? String(Math.round(t)) : yearText(t + 1e-6) });
    }
    return out;
  }

  /* ---- drawing ---- */

  function defs(svg) {
    var d = sv("defs", svg, {});
    Object.keys(KINDS).forEach(function (kind) {
      var style = KINDS[kind];
      var marker = sv("marker", d, {
        id: "arrow-" + kind, viewBox: "0 0 10 10", refX: 9, refY: 5,
        markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse",
      });
      if (kind === "pledge") {
        sv("path", marker, { d: "M1,1 L9,5 L1,9", fill: "none", stroke: style.colour, "stroke-width": 1.6 });
      } else {
        sv("path", marker, { d: "M0,0 L10,5 L0,10 z", fill: style.colour });
      }
    });
    var clip = sv("clipPath", d, { id: "plot-area" });
    return clip;
  }

  function bar(group, g, i, j, a, b, colour, faded) {
    var x = g.x(a);
    var width = g.x(b) - x;
    if (width <= 0) return;
    sv("rect", group, {
      x: x, y: g.rows[i].y - BAR / 2, width: Math.max(width, 0.5), height: BAR,
      fill: colour, class: faded ? "seg fuzz" : "seg", "data-k": "s", "data-i": i, "data-j": j,
    });
  }

  function campColour(index) {
    return index >= 0 && CAMPS[index] ? CAMPS[index].colour : THEME.independent;
  }

  function drawLane(layer, g, i) {
    var lane = LANES[i];
    var group = sv("g", layer, { class: "lane", "data-lane": i, "data-group": lane.group });
    lane.segments.forEach(function (seg, j) {
      var colour = campColour(seg.camp);
      if (!seg.certain) {
        bar(group, g, i, j, seg.x0, seg.x1, colour, true);
        return;
      }
      bar(group, g, i, j, Math.max(seg.x0, lane.start), Math.min(seg.x1, lane.end), colour, false);
      bar(group, g, i, j, seg.x0, Math.min(seg.x1, lane.start), colour, true);
      bar(group, g, i, j, Math.max(seg.x0, lane.end), seg.x1, colour, true);
    });
    if (lane.conflicts.length) {
      var a = lane.startFuzz ? lane.startFuzz[0] : lane.start;
      var b = lane.endFuzz ? lane.endFuzz[1] : lane.end;
      sv("rect", group, {
        x: g.x(a) - 2, y: g.rows[i].y - BAR / 2 - 3, width: g.x(b) - g.x(a) + 4,
        height: BAR + 6, class: "conflict", "data-k": "s", "data-i": i, "data-j": 0,
      });
    }
    lane.renames.forEach(function (rename, j) {
      var x = g.x(rename.x);
      var mark = sv("g", group, { class: "rename", "data-k": "r", "data-i": i, "data-j": j });
      sv("line", mark, { x1: x, x2: x, y1: g.rows[i].y - BAR, y2: g.rows[i].y + BAR / 2 });
      var t = sv("text", mark, { x: x + 3, y: g.rows[i].y - BAR / 2 - 2 });
      t.textContent = "→ " + rename.label;
    });
  }

  function drawMark(layer, g, mark, index) {
    var earlier = mark.side === "earlier";
    var t = sv("text", layer, {
      x: earlier ? g.x0 + 3 : g.x1 - 3, y: g.rows[mark.lane].y - BAR / 2 - 2,
      class: "mark", "text-anchor": earlier ? "start" : "end", "data-k": "m", "data-i": index,
    });
    t.textContent = mark.text;
  }

  function drawLabel(layer, g, i) {
    var row = g.rows[i];
    var text = sv("text", layer, {
      x: PAD, y: row.y - ((row.lines.length - 1) * LINE) / 2,
      class: i === (state.focus !== null ? state.focus : DATA.focus) ? "label focus" : "label",
      "data-k": "l", "data-i": i, "data-group": LANES[i].group, tabindex: 0, role: "button",
    });
    row.lines.forEach(function (line, n) {
      var span = sv("tspan", text, { x: PAD, dy: n === 0 ? "0.35em" : LINE });
      span.textContent = line;
    });
  }

  function connectorEnds(g, c) {
    var y0 = g.rows[c.source].y;
    var y1 = g.rows[c.target].y;
    var down = y1 > y0 ? 1 : -1;
    return [y0 + down * (BAR / 2 + 1), y1 - down * (BAR / 2 + 2)];
  }

  function drawConnector(layer, g, c, index, edges) {
    var style = KINDS[c.kind] || KINDS.merger;
    var group = sv("g", layer, {
      class: "conn" + (c.lineage ? "" : " light"), "data-k": "c", "data-i": index, "data-kind": c.kind,
    });
    var ends = connectorEnds(g, c);
    if (c.x < state.window[0] || c.x > state.window[1]) {
      var before = c.x < state.window[0];
      var ex = before ? g.x0 + 1 : g.x1 - 1;
      var ey = g.rows[c.target].y;
      var w = before ? 7 : -7;
      sv("path", group, {
        d: "M" + ex + "," + ey + " l" + w + ",-5 l0,10 z", fill: style.colour, class: "edge hit",
      });
      edges[before ? 0 : 1]++;
      return;
    }
    var x = g.x(c.x);
    var line = sv("line", group, {
      x1: x, x2: x, y1: ends[0], y2: ends[1], stroke: style.colour,
      "stroke-dasharray": DASHES[style.line] || "", class: "stroke",
    });
    if (style.directed) line.setAttribute("marker-end", "url(#arrow-" + c.kind + ")");
    if (c.lineage && c.hi - c.lo > 0.02) {
      var ym = (ends[0] + ends[1]) / 2;
      var a = g.x(c.lo);
      var b = g.x(c.hi);
      sv("path", group, {
        d: "M" + a + "," + (ym - 3) + " v6 M" + a + "," + ym + " H" + b + " M" + b + "," + (ym - 3) + " v6",
        stroke: style.colour, class: "range",
      });
    }
    var lo = Math.min(ends[0], ends[1]);
    var height = Math.max(Math.abs(ends[1] - ends[0]), 8);
    if (EVENTS[c.event].conflicts.length) {
      sv("rect", group, { x: x - 5, y: lo - 2, width: 10, height: height + 4, class: "conflict" });
    }
    sv("rect", group, { x: x - 5, y: lo, width: 10, height: height, class: "hit" });
  }

  function drawGrid(layer, g, marks) {
    marks.forEach(function (mark) {
      var x = g.x(mark.t);
      sv("line", layer, { x1: x, x2: x, y1: 0, y2: g.height, class: "grid" });
    });
  }

  function drawAxis(g, marks) {
    clear(axis);
    axis.setAttribute("width", g.width);
    axis.setAttribute("height", 30);
    sv("line", axis, { x1: g.x0, x2: g.x1, y1: 22, y2: 22, class: "axis-line" });
    marks.forEach(function (mark) {
      var x = g.x(mark.t);
      sv("line", axis, { x1: x, x2: x, y1: 18, y2: 26, class: "axis-line" });
      var t = sv("text", axis, { x: x, y: 14, class: "tick" });
      t.textContent = mark.label;
    });
    sv("rect", axis, { x: g.x0, y: 0, width: g.x1 - g.x0, height: 30, class: "brush-area" });
    brush = sv("rect", axis, { x: 0, y: 2, width: 0, height: 26, class: "brush" });
  }

  var brush = null;
  var current = null; /* the geometry last drawn */

  function render() {
    hideTip(true);
    var visible = [];
    var shown = [];
    LANES.forEach(function (_, i) {
      shown[i] = laneVisible(i);
      if (shown[i]) visible.push(i);
    });
    var g = geometry(visible);
    current = g;
    var marks = ticks();
    clear(plot);
    plot.setAttribute("width", g.width);
    plot.setAttribute("height", g.height);
    var clip = defs(plot);
    sv("rect", clip, { x: g.x0 - 8, y: 0, width: g.x1 - g.x0 + 16, height: g.height });
    drawGrid(sv("g", plot, { class: "grid-layer" }), g, marks);
    var area = sv("g", plot, { "clip-path": "url(#plot-area)" });
    var lanes = sv("g", area, { class: "lanes" });
    visible.forEach(function (i) { drawLane(lanes, g, i); });
    MARKS.forEach(function (mark, index) {
      var seen = mark.events.some(function (e) { return sourcesOn(EVENTS[e].sources); });
      if (shown[mark.lane] && seen) drawMark(lanes, g, mark, index);
    });
    var conns = sv("g", area, { class: "connectors" });
    var edges = [0, 0];
    var drawn = 0;
    CONNECTORS.forEach(function (c, index) {
      if (!connectorVisible(c, shown)) return;
      drawConnector(conns, g, c, index, edges);
      drawn++;
    });
    var labels = sv("g", plot, { class: "labels" });
    visible.forEach(function (i) { drawLabel(labels, g, i); });
    drawAxis(g, marks);
    fromInput.value = String(Math.round(state.window[0] * 100) / 100);
    toInput.value = String(Math.round(state.window[1] * 100) / 100);
    showAll.hidden = state.focus === null;
    var words = visible.length + " of " + LANES.length + " groups · " + (drawn - edges[0] - edges[1]) +
      " connections";
    if (edges[0] || edges[1]) words += " (" + edges[0] + " earlier, " + edges[1] + " later than the window, marked at its edges)";
    if (state.focus !== null) words += " · lineage of " + LANES[state.focus].name;
    status.textContent = words;
  }

  /* ---- tooltips ---- */

  function dateLine(parent, label, date) {
    if (!date) return;
    var p = el("p", parent, "date");
    el("strong", p, "", label + ": ");
    el("span", p, "when", date.date);
    el("span", p, "meaning", " — " + date.meaning);
  }

  function citationList(parent, citations) {
    if (!citations.length) return;
    var list = el("ul", parent, "citations");
    citations.forEach(function (cite) {
      var source = SOURCES[cite.source];
      var item = el("li", list, "citation");
      var who = el("div", item, "source");
      if (source.author) el("span", who, "author", source.author + ", ");
      el("cite", who, "", source.title);
      if (cite.locator) el("span", who, "locator", " (" + cite.locator + ")");
      if (source.url) el("div", item, "url", source.url);
      el("blockquote", item, "quote", cite.quote);
    });
  }

  function conflictNotes(parent, indexes, self) {
    indexes.forEach(function (n) {
      var conflict = CONFLICTS[n];
      var box = el("div", parent, "in-conflict");
      el("strong", box, "", "In conflict between sources (" + conflict.kind + "): ");
      el("span", box, "", conflict.summary);
      conflict.sides.forEach(function (side) {
        var p = el("p", box, "side");
        el("span", p, "", side.dataset + ": " + side.says + " (" + side.id + ")");
        if (side.event !== null && side.event !== self) citationList(box, EVENTS[side.event].citations);
      });
    });
  }

  function eventDetails(parent, index) {
    var e = EVENTS[index];
    var kind = KINDS[e.kind] ? KINDS[e.kind].label : e.kind;
    if (e.relation) kind += " (" + e.relation + ")";
    el("h3", parent, "kind", kind);
    var parties = el("p", parent, "parties");
    e.parties.forEach(function (party, n) {
      if (n) parties.appendChild(document.createTextNode("; "));
      el("span", parties, "role", party[0] + ": ");
      el("span", parties, "party", party[1]);
    });
    dateLine(parent, "Date", e);
    dateLine(parent, "Until", e.end);
    var p = el("p", parent, "confidence");
    el("strong", p, "", "Confidence: ");
    el("span", p, "", e.confidence);
    el("p", parent, "description", e.description);
    if (e.note) el("p", parent, "note-text", e.note);
    conflictNotes(parent, e.conflicts, index);
    citationList(parent, e.citations);
  }

  function connectorTip(box, index) {
    var c = CONNECTORS[index];
    var arrow = (KINDS[c.kind] || {}).directed === false ? " — " : " → ";
    el("h2", box, "", LANES[c.source].name + arrow + LANES[c.target].name);
    if (c.x < state.window[0]) el("p", box, "edge-note", "Earlier than the time window shown.");
    if (c.x > state.window[1]) el("p", box, "edge-note", "Later than the time window shown.");
    eventDetails(box, c.event);
  }

  function groupHead(box, lane) {
    el("h2", box, "", lane.name);
    if (lane.label !== lane.name) el("p", box, "label-note", "Labelled " + lane.label);
    dateLine(box, "Founded", lane.founded);
    dateLine(box, "Ended", lane.dissolved);
    if (lane.region) el("p", box, "region", "Region: " + lane.region);
  }

  function names(box, lane) {
    if (lane.names.length < 2) return;
    var list = el("ul", box, "names");
    lane.names.forEach(function (n) {
      var when = (n.start ? n.start.date : "…") + " to " + (n.end ? n.end.date : "…");
      el("li", list, "", n.name + " (" + n.kind + (n.start || n.end ? ", " + when : "") + ")");
    });
  }

  function segmentTip(box, i, j) {
    var lane = LANES[i];
    var seg = lane.segments[j];
    groupHead(box, lane);
    if (seg) {
      var camp = seg.camp >= 0 && CAMPS[seg.camp] ? CAMPS[seg.camp].name + " camp" : "no camp of this diagram";
      el("p", box, "camp", "From about " + yearText(seg.x0) + " to " + yearText(seg.x1) + ": " + camp +
        (seg.certain ? " (certain)" : " (possible: a date or pledge is uncertain)"));
      seg.pledges.forEach(function (e) { eventDetails(el("div", box, "event"), e); });
    }
    conflictNotes(box, lane.conflicts, null);
    names(box, lane);
    lane.events.forEach(function (e) { eventDetails(el("div", box, "event"), e); });
    if (lane.citations.length) el("h3", box, "", "Sources on the group");
    citationList(box, lane.citations);
  }

  function labelTip(box, i) {
    var lane = LANES[i];
    groupHead(box, lane);
    names(box, lane);
    el("p", box, "hint", state.focus === i ? "Showing its lineage." : "Click to show its lineage only.");
  }

  function fillTip(target) {
    var k = target.getAttribute("data-k");
    var i = Number(target.getAttribute("data-i"));
    var j = Number(target.getAttribute("data-j"));
    clear(tip);
    if (state.pinned) {
      var close = el("button", tip, "close", "×");
      close.type = "button";
      close.setAttribute("aria-label", "close");
      close.addEventListener("click", function () { hideTip(true); });
    }
    if (k === "c") connectorTip(tip, i);
    else if (k === "s") segmentTip(tip, i, j);
    else if (k === "l") labelTip(tip, i);
    else if (k === "m") {
      var mark = MARKS[i];
      el("h2", tip, "", LANES[mark.lane].name + ": " +
        (mark.side === "earlier" ? "earlier" : "later") + " than the window drawn");
      mark.events.forEach(function (e) { eventDetails(el("div", tip, "event"), e); });
    } else if (k === "r") {
      var rename = LANES[i].renames[j];
      el("h2", tip, "", LANES[i].name + " → " + rename.label);
      if (rename.event !== null) eventDetails(tip, rename.event);
    }
  }

  function placeTip(x, y) {
    tip.hidden = false;
    var w = tip.offsetWidth;
    var h = tip.offsetHeight;
    var left = x + 14 + w > window.innerWidth ? Math.max(4, x - 14 - w) : x + 14;
    var top = y + 14 + h > window.innerHeight ? Math.max(4, window.innerHeight - h - 4) : y + 14;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function showTip(target, x, y) {
    fillTip(target);
    tip.classList.toggle("pinned", state.pinned);
    placeTip(x, y);
  }

  function hideTip(unpin) {
    if (state.pinned && !unpin) return;
    state.pinned = false;
    tip.hidden = true;
    tip.classList.remove("pinned");
  }

  /* ---- interaction: one listener per kind of event, on the SVG ---- */

  function interactive(node) {
    return node && node.closest ? node.closest("[data-k]") : null;
  }

  plot.addEventListener("mouseover", function (event) {
    var target = interactive(event.target);
    if (!target || state.pinned) return;
    showTip(target, event.clientX, event.clientY);
  });
  plot.addEventListener("mouseout", function (event) {
    var from = interactive(event.target);
    var to = interactive(event.relatedTarget);
    if (from && from !== to) hideTip(false);
  });
  plot.addEventListener("click", function (event) {
    var target = interactive(event.target);
    if (!target) return hideTip(true);
    if (target.getAttribute("data-k") === "l") return refocus(Number(target.getAttribute("data-i")));
    state.pinned = true;
    showTip(target, event.clientX, event.clientY);
  });
  plot.addEventListener("keydown", function (event) {
    var target = interactive(event.target);
    if (target && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      refocus(Number(target.getAttribute("data-i")));
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hideTip(true);
  });

  function refocus(i) {
    state.focus = state.focus === i ? null : i;
    render();
  }

  showAll.addEventListener("click", function () {
    state.focus = null;
    render();
  });

  /* ---- the time window ---- */

  function setWindow(a, b) {
    /* within the layout's own window: the page holds nothing beyond it (the events
       there are marked at its edges) */
    a = Math.max(a, WINDOW[0]);
    b = Math.min(b, WINDOW[1]);
    if (!(isFinite(a) && isFinite(b)) || b - a < 1 / 24) return false;
    state.window = [a, b];
    render();
    return true;
  }

  function fromFields() {
    var ok = setWindow(parseFloat(fromInput.value), parseFloat(toInput.value));
    fromInput.setAttribute("aria-invalid", ok ? "false" : "true");
    toInput.setAttribute("aria-invalid", ok ? "false" : "true");
  }
  fromInput.addEventListener("change", fromFields);
  toInput.addEventListener("change", fromFields);
  resetZoom.addEventListener("click", function () { setWindow(WINDOW[0], WINDOW[1]); });

  var dragFrom = null;

  function axisX(event) {
    return event.clientX - axis.getBoundingClientRect().left;
  }

  axis.addEventListener("pointerdown", function (event) {
    if (!current) return;
    dragFrom = Math.min(Math.max(axisX(event), current.x0), current.x1);
    axis.setPointerCapture(event.pointerId);
  });
  axis.addEventListener("pointermove", function (event) {
    if (dragFrom === null || !brush) return;
    var x = Math.min(Math.max(axisX(event), current.x0), current.x1);
    brush.setAttribute("x", Math.min(x, dragFrom));
    brush.setAttribute("width", Math.abs(x - dragFrom));
  });
  axis.addEventListener("pointerup", function (event) {
    if (dragFrom === null) return;
    var x = Math.min(Math.max(axisX(event), current.x0), current.x1);
    var a = Math.min(x, dragFrom);
    var b = Math.max(x, dragFrom);
    dragFrom = null;
    if (b - a > 4) setWindow(current.t(a), current.t(b));
    else if (brush) brush.setAttribute("width", 0);
  });
  axis.addEventListener("dblclick", function () { setWindow(WINDOW[0], WINDOW[1]); });

  /* keep the axis over the plot when the plot scrolls sideways */
  plotWrap.addEventListener("scroll", function () { axisWrap.scrollLeft = plotWrap.scrollLeft; });

  var pending = false;
  window.addEventListener("resize", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      render();
    });
  });

  render();
})();
