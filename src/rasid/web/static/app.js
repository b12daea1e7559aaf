/* rasid — the analyst's desk. Vanilla JS, no libraries, no external requests.
 * - article view: hover/click a highlight to see its normalised value, KB id, event roles;
 * - maps: the shipped basemap (Natural Earth outlines) with points from KB coordinates;
 * - timeline: monthly event bars and quantity-series lines drawn as inline SVG.
 * User text is only ever inserted with textContent / setAttribute, never as HTML.
 */
(function () {
  "use strict";
  var SVGNS = "http://www.w3.org/2000/svg";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVGNS, tag);
    if (attrs) { for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]); } }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function readJSON(id) {
    var node = document.getElementById(id);
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }
  function fmt(v) {
    if (v === null || v === undefined || v === "") return "";
    if (typeof v === "number") return v.toLocaleString("en-US", { maximumFractionDigits: 2 });
    return String(v);
  }

  /* ------------------------------------------------------------------ article view */
  var LAYER = {
    v: { key: "events", name: "حدث · event", cls: "hl-event" },
    e: { key: "entities", name: "كيان · entity", cls: "hl-entity" },
    n: { key: "quantities", name: "عدد · quantity", cls: "hl-quantity" },
    t: { key: "times", name: "تاريخ · time", cls: "hl-time" },
    q: { key: "quotes", name: "اقتباس · quote", cls: "hl-quote" }
  };
  var ROLE_FIELDS = {
    events: [["type", "النوع type"], ["modality", "الصيغة modality"], ["actor", "الفاعل actor"], ["actor_id", "معرّف الفاعل"],
      ["target", "المستهدف target"], ["target_id", "معرّف المستهدف"], ["location", "المكان location"], ["location_id", "معرّف المكان"],
      ["time", "الزمن time"], ["quantity", "العدد quantity"], ["reported_by", "المصدر reported by"]],
    entities: [["text", "النص text"], ["type", "النوع type"], ["name", "الاسم المعياري name"], ["name_en", "English"],
      ["id", "المعرّف KB id"], ["source", "الطريقة method"]],
    quantities: [["text", "النص text"], ["value", "القيمة value"], ["low", "الحد الأدنى low"], ["high", "الحد الأعلى high"],
      ["approx", "تقريبي approx"], ["unit", "الوحدة unit"], ["category", "الفئة category"], ["currency", "العملة currency"],
      ["owner", "لمن owner"], ["owner_id", "معرّف المالك"], ["location", "أين location"]],
    times: [["text", "النص text"], ["type", "النوع type"], ["value", "القيمة المعيارية value"], ["anchor", "المرجع anchor"], ["mod", "mod"]],
    quotes: [["speaker", "المتحدث speaker"], ["speaker_id", "معرّف المتحدث"], ["speaker_type", "نوع المتحدث"],
      ["direct", "مباشر direct"], ["text", "النص text"]]
  };
  var LINK_FIELDS = { id: 1, actor_id: 1, target_id: 1, location_id: 1, owner_id: 1, speaker_id: 1 };

  function describe(data, ref) {
    var layer = LAYER[ref.charAt(0)];
    if (!layer) return null;
    var item = (data[layer.key] || [])[parseInt(ref.slice(1), 10)];
    if (!item) return null;
    var box = el("div", { "class": "detail-item" });
    box.appendChild(el("span", { "class": "layer-tag " + layer.cls }, layer.name));
    var dl = el("dl");
    if (layer.key === "events" && item.trigger) {
      dl.appendChild(el("dt", null, "المحفّز trigger"));
      dl.appendChild(el("dd", null, item.trigger.text));
    }
    ROLE_FIELDS[layer.key].forEach(function (f) {
      var v = item[f[0]];
      if (v === null || v === undefined || v === "" || v === false && f[0] !== "direct") return;
      dl.appendChild(el("dt", null, f[1]));
      var dd = el("dd");
      if (LINK_FIELDS[f[0]] && typeof v === "string" && v.indexOf("local:") !== 0) {
        var a = el("a", { href: "/entity/" + encodeURIComponent(v), dir: "ltr" }, v);
        dd.appendChild(a);
      } else if (typeof v === "boolean") {
        dd.textContent = v ? "نعم yes" : "لا no";
      } else {
        dd.textContent = fmt(v);
        if (f[0] === "value" && layer.key === "times") dd.setAttribute("dir", "ltr");
      }
      dl.appendChild(dd);
    });
    box.appendChild(dl);
    return box;
  }

  function initDocument() {
    var body = document.getElementById("doc-body");
    var data = readJSON("doc-data");
    if (!body || !data) return;
    var panel = document.getElementById("detail-body");
    var active = [];
    function show(refs) {
      active.forEach(function (n) { n.classList.remove("active"); });
      active = [];
      panel.textContent = "";
      panel.classList.remove("muted");
      refs.forEach(function (ref) {
        var d = describe(data, ref);
        if (d) panel.appendChild(d);
        body.querySelectorAll(".hl").forEach(function (n) {
          if ((" " + n.getAttribute("data-refs") + " ").indexOf(" " + ref + " ") >= 0) { n.classList.add("active"); active.push(n); }
        });
      });
    }
    function refsOf(node) { return (node.getAttribute("data-refs") || "").split(" ").filter(Boolean); }
    body.addEventListener("mouseover", function (ev) {
      var t = ev.target.closest(".hl");
      if (t) show(refsOf(t));
    });
    body.addEventListener("click", function (ev) {
      var t = ev.target.closest(".hl");
      if (t) show(refsOf(t));
    });
    body.addEventListener("keydown", function (ev) {
      var t = ev.target.closest(".hl");
      if (t && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); show(refsOf(t)); }
    });
    document.querySelectorAll("a.ref").forEach(function (a) {
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        var ref = a.getAttribute("data-ref");
        show([ref]);
        if (active.length) active[0].scrollIntoView({ block: "center", behavior: "smooth" });
      });
    });
    // a link such as /doc/ID#v3 (from the events table) opens with that annotation selected
    var m = /^#([vetqn]\d+)$/.exec(window.location.hash);
    if (m) {
      show([m[1]]);
      if (active.length) active[0].scrollIntoView({ block: "center" });
    }
    document.querySelectorAll("#legend input[data-layer]").forEach(function (box) {
      box.addEventListener("change", function () {
        body.classList.toggle("off-" + box.getAttribute("data-layer"), !box.checked);
      });
    });
  }

  /* ------------------------------------------------------------------ maps */
  var basemapPromise = null;
  function basemap() {
    if (!basemapPromise) {
      basemapPromise = fetch("/static/basemap.geojson").then(function (r) { return r.json(); });
    }
    return basemapPromise;
  }

  // equirectangular projection, x stretched by cos(reference latitude) so the region looks right
  function projector(lat0) {
    var k = Math.cos(lat0 * Math.PI / 180);
    return function (lon, lat) { return [lon * k * 10, -lat * 10]; };
  }

  function ringPath(ring, proj) {
    var d = "";
    for (var i = 0; i < ring.length; i++) {
      var p = proj(ring[i][0], ring[i][1]);
      d += (i ? "L" : "M") + p[0].toFixed(1) + " " + p[1].toFixed(1);
    }
    return d + "Z";
  }

  // bounds of the points, ignoring the outer tenth on each side when there are many (a single
  // mention of Washington or Moscow should not shrink the Middle East to a corner)
  function trimmedRange(values) {
    var v = values.slice().sort(function (a, b) { return a - b; });
    var cut = v.length >= 10 ? Math.floor(v.length * 0.1) : 0;
    return [v[cut], v[v.length - 1 - cut]];
  }

  function drawMap(container, points, opts) {
    opts = opts || {};
    // default view: the Middle East and North Africa
    var minLat = 5, maxLat = 45, minLon = -18, maxLon = 63;
    if (points.length) {
      var la = trimmedRange(points.map(function (p) { return p.lat; }));
      var lo = trimmedRange(points.map(function (p) { return p.lon; }));
      minLat = la[0]; maxLat = la[1]; minLon = lo[0]; maxLon = lo[1];
      var minSpan = opts.minSpan || 14;
      var cLat = (minLat + maxLat) / 2, cLon = (minLon + maxLon) / 2;
      var hLat = Math.max((maxLat - minLat) / 2 * 1.25, minSpan / 2 * 0.6);
      var hLon = Math.max((maxLon - minLon) / 2 * 1.25, minSpan / 2);
      minLat = cLat - hLat; maxLat = cLat + hLat; minLon = cLon - hLon; maxLon = cLon + hLon;
    }
    var proj = projector((minLat + maxLat) / 2);
    var a = proj(minLon, maxLat), b = proj(maxLon, minLat);
    var w = b[0] - a[0], h = b[1] - a[1];
    // direction ltr: in the rtl page, text-anchor "end" would otherwise flip and labels cover their dots
    var root = svg("svg", { viewBox: [a[0], a[1], w, h].join(" "), role: "img", "class": "map-svg", direction: "ltr",
      "aria-label": "خريطة map", preserveAspectRatio: "xMidYMid meet" });
    var land = svg("g", { "class": "land-layer" });
    var dots = svg("g", { "class": "points-layer" });
    var labels = svg("g", { "class": "labels-layer" });
    root.appendChild(land);
    root.appendChild(dots);
    root.appendChild(labels);
    container.textContent = "";
    container.appendChild(root);
    // sizes are given in screen pixels and converted to map units, whatever the zoom
    var px = w / Math.max(200, container.clientWidth || 600);
    points.forEach(function (p, i) {
      var xy = proj(p.lon, p.lat);
      var n = (p.events || 0) + (p.mentions || 0);
      var r = px * (5 + Math.min(10, Math.sqrt(n) * 2.2));
      var cls = (p.events ? "pt-event" : "pt-place") + (p.precision && p.precision !== "exact" ? " pt-approx" : "");
      var c = svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(2), "class": cls, "data-id": p.id });
      var tip = (p.name || p.id) + (p.events ? " · أحداث " + p.events : "") + (p.mentions ? " · إشارات " + p.mentions : "");
      c.appendChild(svg("title", null, tip));
      c.addEventListener("click", function () { window.location.href = "/entity/" + encodeURIComponent(p.id); });
      dots.appendChild(c);
      if (i < (opts.maxLabels || 30)) {
        labels.appendChild(svg("text", { x: (xy[0] - r - px * 2).toFixed(2), y: (xy[1] + px * 4).toFixed(2),
          "font-size": (px * 12).toFixed(2), "stroke-width": (px * 3).toFixed(2), "text-anchor": "end" }, p.name || ""));
      }
    });
    container.setAttribute("data-points", String(points.length));
    return basemap().then(function (gj) {
      gj.features.forEach(function (f) {
        var d = "";
        f.geometry.coordinates.forEach(function (poly) { poly.forEach(function (ring) { d += ringPath(ring, proj); }); });
        var path = svg("path", { d: d, "class": "land" });
        path.appendChild(svg("title", null, f.properties.name));
        land.appendChild(path);
      });
      container.setAttribute("data-rendered", "1");
    }).catch(function () {
      container.setAttribute("data-rendered", "error");
    });
  }

  function initMaps() {
    document.querySelectorAll(".map[data-places]").forEach(function (m) {
      var places = readJSON(m.getAttribute("data-places")) || [];
      drawMap(m, places, { minSpan: 12 });
    });
    var main = document.getElementById("main-map");
    if (main) {
      fetch(main.getAttribute("data-api")).then(function (r) { return r.json(); }).then(function (data) {
        var pts = data.points || [];
        drawMap(main, pts, { minSpan: 20, maxLabels: 15 });
        var tbody = document.querySelector("#map-table tbody");
        pts.forEach(function (p) {
          var tr = el("tr");
          var td = el("td");
          td.appendChild(el("a", { href: "/entity/" + encodeURIComponent(p.id) }, p.name || p.id));
          tr.appendChild(td);
          tr.appendChild(el("td", null, p.events));
          tr.appendChild(el("td", null, p.mentions));
          tr.appendChild(el("td", null, Object.keys(p.types || {}).map(function (k) { return k + "×" + p.types[k]; }).join(" ")));
          tbody.appendChild(tr);
        });
      });
    }
  }

  /* ------------------------------------------------------------------ timeline */
  var TYPE_COLORS = ["#dc2626", "#2563eb", "#16a34a", "#d97706", "#7c3aed", "#0d9488", "#db2777", "#4b5563",
    "#65a30d", "#0891b2", "#9333ea", "#ea580c", "#1d4ed8", "#be123c", "#15803d", "#a16207"];

  function barChart(container, histogram) {
    container.textContent = "";
    if (!histogram.length) { container.appendChild(el("p", { "class": "muted" }, "لا أحداث مؤرخة. No dated events.")); return; }
    var types = [];
    histogram.forEach(function (m) { Object.keys(m.types).forEach(function (t) { if (types.indexOf(t) < 0) types.push(t); }); });
    types.sort();
    var W = 900, H = 260, padL = 40, padB = 40, padT = 10;
    var max = Math.max.apply(null, histogram.map(function (m) { return m.total; }));
    var bw = (W - padL - 10) / histogram.length;
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "events per month", direction: "ltr" });
    root.appendChild(svg("line", { x1: padL, y1: H - padB, x2: W, y2: H - padB, "class": "axis" }));
    root.appendChild(svg("text", { x: padL - 6, y: padT + 10, "text-anchor": "end", "class": "axis-label" }, max));
    histogram.forEach(function (m, i) {
      var y = H - padB;
      var x = padL + i * bw;
      types.forEach(function (t, ti) {
        var n = m.types[t] || 0;
        if (!n) return;
        var hgt = (H - padB - padT) * n / max;
        y -= hgt;
        var r = svg("rect", { x: (x + 1).toFixed(1), y: y.toFixed(1), width: Math.max(1, bw - 2).toFixed(1), height: hgt.toFixed(1),
          fill: TYPE_COLORS[ti % TYPE_COLORS.length], "class": "bar" });
        r.appendChild(svg("title", null, m.month + " · " + t + " × " + n));
        root.appendChild(r);
      });
      if (histogram.length <= 24 || i % Math.ceil(histogram.length / 24) === 0) {
        root.appendChild(svg("text", { x: (x + bw / 2).toFixed(1), y: H - padB + 14, "text-anchor": "middle", "class": "axis-label" }, m.month));
      }
    });
    var lx = padL;
    types.forEach(function (t, ti) {
      root.appendChild(svg("rect", { x: lx, y: H - 14, width: 10, height: 10, fill: TYPE_COLORS[ti % TYPE_COLORS.length] }));
      root.appendChild(svg("text", { x: lx + 14, y: H - 5, "class": "axis-label" }, t));
      lx += 14 + t.length * 7 + 12;
    });
    container.appendChild(root);
  }

  function lineChart(container, series) {
    container.textContent = "";
    var pts = (series && series.points || []).filter(function (p) { return p.value !== null && p.date; });
    if (!pts.length) { container.appendChild(el("p", { "class": "muted" }, "لا قيم مؤرخة. No dated values.")); return; }
    pts.sort(function (a, b) { return a.date < b.date ? -1 : 1; });
    var W = 900, H = 260, padL = 60, padB = 30, padT = 14;
    var t0 = Date.parse(pts[0].date.slice(0, 10)), t1 = Date.parse(pts[pts.length - 1].date.slice(0, 10));
    if (!(t1 > t0)) { t0 -= 86400000 * 15; t1 += 86400000 * 15; }
    var vmax = Math.max.apply(null, pts.map(function (p) { return p.high || p.value; })) * 1.1 || 1;
    function X(d) { return padL + (W - padL - 20) * (Date.parse(d.slice(0, 10)) - t0) / (t1 - t0); }
    function Y(v) { return H - padB - (H - padB - padT) * v / vmax; }
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "quantity series", direction: "ltr" });
    root.appendChild(svg("line", { x1: padL, y1: H - padB, x2: W, y2: H - padB, "class": "axis" }));
    root.appendChild(svg("line", { x1: padL, y1: padT, x2: padL, y2: H - padB, "class": "axis" }));
    root.appendChild(svg("text", { x: padL - 6, y: padT + 4, "text-anchor": "end", "class": "axis-label" }, fmt(Math.round(vmax))));
    var counts = pts.filter(function (p) { return p.kind === "count"; });
    if (counts.length > 1) {
      var d = counts.map(function (p, i) { return (i ? "L" : "M") + X(p.date).toFixed(1) + " " + Y(p.value).toFixed(1); }).join("");
      root.appendChild(svg("path", { d: d, fill: "none", stroke: "#2563eb", "stroke-width": 2 }));
    }
    pts.forEach(function (p) {
      var c = svg("circle", { cx: X(p.date).toFixed(1), cy: Y(p.value).toFixed(1), r: 5,
        fill: p.conflicting ? "#dc2626" : (p.kind === "count" ? "#2563eb" : "#9ca3af") });
      c.appendChild(svg("title", null, p.date + " · " + fmt(p.value) + " · " + p.kind + " · " + (p.source || p.doc_id)));
      root.appendChild(c);
      root.appendChild(svg("text", { x: X(p.date).toFixed(1), y: H - padB + 14, "text-anchor": "middle", "class": "axis-label" }, p.date.slice(0, 7)));
    });
    container.appendChild(root);
  }

  function initTimeline() {
    var box = document.getElementById("timeline");
    if (!box) return;
    fetch("/api/timeline?" + box.getAttribute("data-query")).then(function (r) { return r.json(); }).then(function (data) {
      if (data.error) { document.getElementById("events-chart").textContent = data.error.message; return; }
      barChart(document.getElementById("events-chart"), data.histogram || []);
      if (data.note) box.insertBefore(el("p", { "class": "muted note" }, data.note), box.firstChild);
      var sel = document.getElementById("series-select");
      var series = (data.series || []).slice().sort(function (a, b) { return b.points.length - a.points.length; });
      series.forEach(function (s, i) {
        sel.appendChild(el("option", { value: String(i) }, s.id + " (" + s.points.length + ")"));
      });
      function drawSel() { lineChart(document.getElementById("series-chart"), series[parseInt(sel.value || "0", 10)]); }
      sel.addEventListener("change", drawSel);
      drawSel();
      var list = document.getElementById("tl-list");
      (data.events || []).forEach(function (ev) {
        var li = el("li");
        li.appendChild(el("strong", null, (ev.date || "????") + " · " + ev.type + " "));
        li.appendChild(document.createTextNode([ev.actor, ev.target, ev.location].filter(Boolean).join(" ← ")));
        (ev.reports || []).slice(0, 3).forEach(function (rep) {
          li.appendChild(document.createTextNode(" "));
          li.appendChild(el("a", { href: "/doc/" + encodeURIComponent(rep.doc_id) }, "[" + (rep.source || rep.doc_id) + "]"));
        });
        list.appendChild(li);
      });
      box.setAttribute("data-rendered", "1");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initDocument();
    initMaps();
    initTimeline();
  });
})();
