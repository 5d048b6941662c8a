/* diplomatic-kg page script. Every text from the graph goes into the page with textContent or
   as an attribute set through the DOM: never innerHTML. Links only for http(s) URLs.

   The data block holds columns (nodes, edges and meetings refer to nodes by number); what only
   tooltips show is in a second block, parsed after the first drawing. Small graphs give vis-network
   one edge object per edge; large ones (meta.edgeLayer) give it the nodes only and draw the edges
   here, one canvas path per style, with hover and click found by distance to the segment. */
(function () {
  "use strict";
  var marks = { start: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  marks.parsed = performance.now();
  var STATUSES = data.statuses;
  var N = data.nodes, E = data.edges, M = data.meetings, meta = data.meta || {};
  var nNodes = N.id.length, nEdges = E.a.length, nMeetings = M.id.length;
  var layer = !!meta.edgeLayer;
  var detail = null;

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (attrs) for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    return node;
  }
  function loadDetail() {
    if (detail === null) {
      var block = document.getElementById("kg-detail");
      detail = block ? JSON.parse(block.textContent) : { meetings: [], articles: [] };
    }
    return detail;
  }

  // -- indexes (compressed lists: offsets into one Int32Array) ---------------------------------
  var nodeIndex = new Map();
  for (var i = 0; i < nNodes; i++) nodeIndex.set(N.id[i], i);
  function csr(count, fill) {
    var start = new Int32Array(count + 1);
    fill(function (key) { start[key + 1]++; });
    for (var j = 0; j < count; j++) start[j + 1] += start[j];
    var at = start.slice(0, count), items = new Int32Array(start[count]);
    fill(function (key, value) { items[at[key]++] = value; });
    return function (key) { return items.subarray(start[key], start[key + 1]); };
  }
  var edgesOfMeeting = csr(nMeetings, function (put) { for (var e = 0; e < nEdges; e++) put(E.m[e], e); });
  var meetingsOfNode = csr(nNodes, function (put) {
    for (var m = 0; m < nMeetings; m++) {
      var p = M.p[m], t = M.t[m], seen = p.length + t.length > 2 ? new Set() : null;
      for (var a = 0; a < p.length + t.length; a++) {
        var n = a < p.length ? p[a] : t[a - p.length][0];
        if (seen) { if (seen.has(n)) continue; seen.add(n); }
        else if (a === 1 && n === (p.length ? p[0] : t[0][0])) continue;
        put(n, m);
      }
    }
  });
  function isActor(i) { return typeof N.a[i] !== "number"; }
  function label(i) { return N.label[i]; }
  function names(i) { return N.label[i] + " " + (isActor(i) ? N.a[i][3] : ""); }

  // -- date bounds (a meeting date may be YYYY, YYYY-MM or YYYY-MM-DD) --------------------------
  function bounds(text) {
    var p = String(text).split("-");
    var y = p[0], m = p[1], d = p[2];
    if (d) return [text, text];
    if (m) {
      var last = new Date(Date.UTC(+y, +m, 0)).getUTCDate();
      return [y + "-" + m + "-01", y + "-" + m + "-" + (last < 10 ? "0" : "") + last];
    }
    return [y + "-01-01", y + "-12-31"];
  }

  // -- filter state --------------------------------------------------------------------------
  var state = { statuses: new Set(STATUSES), since: "", until: "", actor: "" };
  var visibleMeeting = new Uint8Array(nMeetings);
  var visibleNode = new Uint8Array(nNodes);
  var shownNodes = 0;
  function filterActive() {
    return state.statuses.size !== STATUSES.length || state.since || state.until || state.actor;
  }
  function computeVisibility() {
    var needle = state.actor.trim().toLowerCase();
    var match = null;
    if (needle) {
      match = new Uint8Array(nNodes);
      for (var n = 0; n < nNodes; n++) match[n] = names(n).toLowerCase().indexOf(needle) >= 0 ? 1 : 0;
    }
    var okStatus = STATUSES.map(function (s) { return state.statuses.has(s); });
    var shown = 0;
    for (var i = 0; i < nMeetings; i++) {
      var ok = okStatus[M.s[i]];
      if (ok && (state.since || state.until)) {
        if (!M.d[i]) ok = false;
        else {
          var b = bounds(M.d[i]);
          if (state.since && b[1] < state.since) ok = false;
          if (state.until && b[0] > state.until) ok = false;
        }
      }
      if (ok && match) {
        ok = M.p[i].some(function (a) { return match[a]; }) || M.t[i].some(function (t) { return match[t[0]]; });
      }
      visibleMeeting[i] = ok ? 1 : 0;
      if (ok) shown++;
    }
    var active = filterActive();
    visibleNode.fill(active ? 0 : 1);
    if (active) {
      for (var e = 0; e < nEdges; e++) if (visibleMeeting[E.m[e]]) { visibleNode[E.a[e]] = 1; visibleNode[E.b[e]] = 1; }
    }
    shownNodes = 0;
    for (var k = 0; k < nNodes; k++) shownNodes += visibleNode[k];
    document.getElementById("kg-count").textContent =
      shown + " of " + nMeetings + " meetings, " + shownNodes + " of " + nNodes + " nodes";
  }

  // -- edge styles: by the meeting's status, then the third party's role ----------------------
  var ES = data.edgeStyle;
  var styles = [], styleIndex = new Map();
  var edgeStyle = new Int32Array(nEdges);
  for (var e0 = 0; e0 < nEdges; e0++) {
    var status = STATUSES[M.s[E.m[e0]]], kind = data.kinds[E.k[e0]];
    var key = status + "|" + kind, s = styleIndex.get(key);
    if (s === undefined) {
      var st = ES.status[status] || {}, role = kind.split("+").pop();
      var colour = ES.role[role] || st.color || null;
      styles.push({ color: colour, dashes: st.dashes || null, arrow: !!ES.role[role], edges: [] });
      s = styles.length - 1;
      styleIndex.set(key, s);
    }
    edgeStyle[e0] = s;
    styles[s].edges.push(e0);
  }

  // -- the network ---------------------------------------------------------------------------
  marks.indexed = performance.now();
  var nodeItems = new Array(nNodes);
  for (var n0 = 0; n0 < nNodes; n0++) {
    var item = { id: N.id[n0], label: N.label[n0], group: data.groups[N.g[n0]], x: N.x[n0], y: N.y[n0] };
    if (N.size[n0]) item.size = N.size[n0];
    nodeItems[n0] = item;
  }
  var nodeSet = new vis.DataSet(nodeItems);
  var edgeSet = new vis.DataSet(layer ? [] : visEdges());
  marks.datasets = performance.now();
  computeVisibility();
  marks.visibility = performance.now();
  var nodeView = new vis.DataView(nodeSet, { filter: function (n) { return visibleNode[nodeIndex.get(n.id)] === 1; } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (e) { return visibleMeeting[E.m[e.id]] === 1; } });
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  marks.network = performance.now();

  function visEdges() {
    var out = new Array(nEdges), pairs = new Map();
    for (var e = 0; e < nEdges; e++) {
      var s = styles[edgeStyle[e]], a = E.a[e], b = E.b[e];
      var item = { id: e, from: N.id[a], to: N.id[b] };
      if (s.dashes) item.dashes = s.dashes;
      if (s.color) item.color = s.color;
      if (s.arrow) item.arrows = "to";
      var pair = a < b ? a + "," + b : b + "," + a, count = pairs.get(pair) || 0;
      pairs.set(pair, count + 1);
      if (count) {  // bend parallel edges apart so each meeting stays visible and hoverable
        item.smooth = { enabled: true, type: count % 2 ? "curvedCW" : "curvedCCW",
                        roundness: Math.round(15 * ((count + 1) >> 1)) / 100 };
      }
      out[e] = item;
    }
    return out;
  }
  function edge(id) {
    var e = +id, item = { id: e, from: N.id[E.a[e]], to: N.id[E.b[e]], m: E.m[e], k: data.kinds[E.k[e]] };
    if (!layer) { var v = edgeSet.get(e); if (v && v.smooth) item.smooth = v.smooth; }
    return item;
  }
  function meeting(i) {
    var d = loadDetail().meetings[i] || {};
    var out = { id: M.id[i], s: STATUSES[M.s[i]], p: M.p[i].map(function (n) { return N.id[n]; }),
                t: M.t[i].map(function (t) { return [N.id[t[0]], t[1]]; }) };
    if (M.d[i]) out.d = M.d[i];
    for (var k in d) if (Object.prototype.hasOwnProperty.call(d, k)) out[k] = d[k];
    return out;
  }
  function visibleEdgeIds() {
    if (!layer) return edgeView.getIds();
    var out = [];
    for (var e = 0; e < nEdges; e++) if (visibleMeeting[E.m[e]] && visibleNode[E.a[e]] && visibleNode[E.b[e]]) out.push(e);
    return out;
  }

  // -- the edge layer ------------------------------------------------------------------------
  /* Edges are drawn into an offscreen bitmap, then copied under the nodes. While the view is
     dragged or zoomed the last bitmap is moved and scaled instead of drawing every edge again
     (150,000 edges take seconds to rasterise in software); the full drawing follows when the view
     stops. ``version`` changes whenever what the edges look like changes (filter, selection,
     a dragged node). */
  var refs = null, selected = null, moving = false, cache = null, version = 0;
  function nodeRefs() {
    var body = network.body && network.body.nodes;
    refs = new Array(nNodes);
    for (var i = 0; i < nNodes; i++) {
      var b = body ? body[N.id[i]] : null;
      refs[i] = b && visibleNode[i] ? b : (visibleNode[i] && !body ? { x: N.x[i], y: N.y[i] } : null);
    }
  }
  function nodeRadius(i) { return N.size[i] || (isActor(i) ? 12 : 7); }
  function drawEdges(ctx) {
    if (!refs) nodeRefs();
    var scale = network.getScale(), w = ES.width;
    var tl = network.DOMtoCanvas({ x: 0, y: 0 });
    var br = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    ctx.save();
    for (var s = 0; s < styles.length; s++) {
      var st = styles[s], list = st.edges, heads = st.arrow ? [] : null;
      ctx.beginPath();
      for (var j = 0; j < list.length; j++) {
        var e = list[j];
        if (!visibleMeeting[E.m[e]]) continue;
        var a = refs[E.a[e]], b = refs[E.b[e]];
        if (!a || !b) continue;
        if ((a.x < tl.x && b.x < tl.x) || (a.x > br.x && b.x > br.x) || (a.y < tl.y && b.y < tl.y) || (a.y > br.y && b.y > br.y)) continue;
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
        if (heads) heads.push(e);
      }
      ctx.strokeStyle = st.color || ES.colour;
      ctx.lineWidth = w;
      ctx.setLineDash(st.dashes || []);
      ctx.stroke();
      if (heads && heads.length) {
        ctx.beginPath();
        for (var h = 0; h < heads.length; h++) arrowHead(ctx, heads[h], 10);
        ctx.fillStyle = st.color || ES.colour;
        ctx.fill();
      }
    }
    if (selected && selected.length) {
      ctx.setLineDash([]);
      ctx.lineWidth = Math.max(3, 3 / scale);
      selected.forEach(function (e) {
        var a = refs[E.a[e]], b = refs[E.b[e]];
        if (!a || !b || !visibleMeeting[E.m[e]]) return;
        ctx.beginPath();
        ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y);
        ctx.strokeStyle = styles[edgeStyle[e]].color || "#333333";
        ctx.stroke();
      });
    }
    ctx.restore();
  }
  function arrowHead(ctx, e, size) {
    var a = refs[E.a[e]], b = refs[E.b[e]];
    var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy);
    if (!len) return;
    dx /= len; dy /= len;
    var r = nodeRadius(E.b[e]), tx = b.x - dx * r, ty = b.y - dy * r;
    var bx = tx - dx * size, by = ty - dy * size;
    ctx.moveTo(tx, ty);
    ctx.lineTo(bx - dy * size * 0.4, by + dx * size * 0.4);
    ctx.lineTo(bx + dy * size * 0.4, by - dx * size * 0.4);
    ctx.closePath();
  }
  /* the visible edge nearest to a canvas point, within ``tolerance`` canvas units; -1 if none */
  function edgeAt(px, py, tolerance) {
    if (!refs) nodeRefs();
    var best = -1, bestD = tolerance * tolerance;
    for (var e = 0; e < nEdges; e++) {
      if (!visibleMeeting[E.m[e]]) continue;
      var a = refs[E.a[e]], b = refs[E.b[e]];
      if (!a || !b) continue;
      var ax = a.x, ay = a.y, bx = b.x, by = b.y;
      if ((px < ax - tolerance && px < bx - tolerance) || (px > ax + tolerance && px > bx + tolerance) ||
          (py < ay - tolerance && py < by - tolerance) || (py > ay + tolerance && py > by + tolerance)) continue;
      var dx = bx - ax, dy = by - ay, l2 = dx * dx + dy * dy;
      var t = l2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) : 0;
      var qx = ax + t * dx - px, qy = ay + t * dy - py, d = qx * qx + qy * qy;
      if (d <= bestD) { bestD = d; best = e; }
    }
    return best;
  }
  function paintLayer(ctx) {
    var canvas = ctx.canvas, ratio = canvas.width / (container.clientWidth || 1);
    var scale = network.getScale(), o = network.canvasToDOM({ x: 0, y: 0 });
    var key = version + ":" + canvas.width + "x" + canvas.height;
    var fresh = cache && cache.key === key && cache.scale === scale && cache.ox === o.x && cache.oy === o.y;
    if (!fresh && !(moving && cache && cache.key === key)) {
      if (!cache) cache = { canvas: document.createElement("canvas") };
      cache.canvas.width = canvas.width; cache.canvas.height = canvas.height;
      var c2 = cache.canvas.getContext("2d");
      c2.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * o.x, ratio * o.y);
      drawEdges(c2);
      cache.key = key; cache.scale = scale; cache.ox = o.x; cache.oy = o.y;
    }
    var k = scale / cache.scale;  // 1 unless zooming: the last bitmap, scaled about the new origin
    ctx.save();
    ctx.setTransform(k, 0, 0, k, ratio * (o.x - k * cache.ox), ratio * (o.y - k * cache.oy));
    ctx.drawImage(cache.canvas, 0, 0);
    ctx.restore();
  }
  if (layer) {
    network.on("beforeDrawing", paintLayer);
    network.on("dragStart", function (p) { if (!p.nodes.length) moving = true; });
    network.on("dragging", function (p) { if (p.nodes.length) version++; });
    network.on("dragEnd", function () { moving = false; version++; network.redraw(); });
    var zoomTimer = null;
    network.on("zoom", function () {
      moving = true;
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(function () { moving = false; network.redraw(); }, 200);
    });
  }

  var api = window.kgViz = {
    data: data, network: network, nodes: nodeSet, edges: edgeSet, nodeView: nodeView, edgeView: edgeView,
    ready: false, drawnAt: null, marks: marks, edgeLayer: layer, edgeCount: nEdges,
    visibleNodeIds: function () { return nodeView.getIds(); },
    visibleEdgeIds: visibleEdgeIds,
    selectedEdgeIds: function () { return layer ? (selected || []).slice() : network.getSelectedEdges(); },
    edge: edge, meeting: meeting, edgeAt: edgeAt, detail: loadDetail,
    selectActor: function (id) { return selectActor(nodeIndex.get(id)); }
  };
  var physics = !!meta.physics;
  function markDrawn() {
    if (api.drawnAt === null) {
      api.drawnAt = performance.now();
      api.ready = true;
      document.documentElement.setAttribute("data-kg-ready", "1");
      setTimeout(loadDetail, 0);  // tooltips need it; the first drawing does not
    }
  }
  if (physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      network.once("afterDrawing", markDrawn);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markDrawn);
  }

  // -- tooltip and details -------------------------------------------------------------------
  var tip = document.getElementById("kg-tip");
  var details = document.getElementById("kg-details-body");
  var pointer = { x: 0, y: 0 }, hoveringNode = false, tipEdge = -1, pending = false;
  container.addEventListener("mousemove", function (ev) {
    pointer.x = ev.clientX; pointer.y = ev.clientY;
    if (!tip.hidden) placeTip();
    if (layer && !pending) {
      pending = true;
      requestAnimationFrame(function () { pending = false; hoverLayer(); });
    }
  });
  container.addEventListener("mouseleave", function () { if (tipEdge >= 0) { tipEdge = -1; hideTip(); } });
  function canvasPoint() {
    var r = container.getBoundingClientRect();
    return network.DOMtoCanvas({ x: pointer.x - r.left, y: pointer.y - r.top });
  }
  function hoverLayer() {
    if (hoveringNode || moving) return;
    var p = canvasPoint(), e = edgeAt(p.x, p.y, 6 / network.getScale());
    if (e === tipEdge) return;
    tipEdge = e;
    if (e >= 0) showTip(meetingCard(E.m[e])); else hideTip();
  }
  function placeTip() {
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var x = pointer.x + 14, y = pointer.y + 14;
    if (x + w > window.innerWidth) x = Math.max(0, pointer.x - w - 14);
    if (y + h > window.innerHeight) y = Math.max(0, pointer.y - h - 14);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function row(dl, term, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", term));
    var dd = el("dd", Array.isArray(value) ? value.join(", ") : value);
    dl.appendChild(dd);
    return dd;
  }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function meetingCard(i) {
    var d = loadDetail().meetings[i] || {}, status = STATUSES[M.s[i]];
    var card = el("div", null, { "class": "kg-card kg-meeting" });
    card.appendChild(el("h3", M.p[i].map(label).join(" — ")));
    var dl = el("dl");
    row(dl, "Participants", M.p[i].map(label));
    row(dl, "Third parties", M.t[i].map(function (t) { return label(t[0]) + " (" + t[1] + ")"; }));
    var st = row(dl, "Status", status);
    if (st) st.className = "kg-status-" + status;
    row(dl, "Date", M.d[i]);
    row(dl, "Place", d.pl);
    row(dl, "Reported by", d.r);
    row(dl, "Confidence", d.c);
    card.appendChild(dl);
    (d.q || []).forEach(function (q) {
      var quote = el("blockquote", q[0], { "class": "kg-quote" });
      if (q[1]) quote.setAttribute("lang", q[1]);
      quote.setAttribute("dir", q[1] === "ar" ? "rtl" : "auto");
      card.appendChild(quote);
    });
    var art = d.a !== undefined ? (detail.articles || [])[d.a] : null;
    if (art) row(dl, "Outlet", art.o);
    if (art && (art.h || art.u)) {
      var p = el("p", null, { "class": "kg-article" });
      var url = safeUrl(art.u);
      if (url) {
        var a = el("a", art.h || url);
        a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        p.appendChild(a);
      } else {
        p.appendChild(el("span", art.h || art.u));
      }
      card.appendChild(p);
    }
    return card;
  }
  function actorCard(i) {
    var info = N.a[i];
    var card = el("div", null, { "class": "kg-card kg-actor" });
    card.appendChild(el("h3", N.label[i]));
    var dl = el("dl");
    row(dl, "Also", info[3]);
    row(dl, "Type", info[0] + (info[6] ? " (" + info[6] + ")" : ""));
    row(dl, "Affiliation", info[4]);
    row(dl, "State", info[5]);
    row(dl, "Meetings", String(info[1]));
    row(dl, "Third party in", String(info[2]));
    card.appendChild(dl);
    return card;
  }
  function showTip(card) {
    tip.replaceChildren(card);
    tip.hidden = false;
    placeTip();
  }
  function hideTip() { tip.hidden = true; tip.replaceChildren(); }
  network.on("hoverEdge", function (p) {
    if (typeof p.edge === "number" && p.edge < nEdges) showTip(meetingCard(E.m[p.edge]));
  });
  network.on("hoverNode", function (p) {
    var i = nodeIndex.get(p.node);
    if (i === undefined) return;
    hoveringNode = true; tipEdge = -1;
    showTip(isActor(i) ? actorCard(i) : meetingCard(N.a[i]));
  });
  network.on("blurEdge", hideTip);
  network.on("blurNode", function () { hoveringNode = false; hideTip(); });
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  function select(nodes, edges) {
    if (layer) {
      selected = edges;
      version++;
      network.setSelection({ nodes: nodes, edges: [] }, { unselectAll: true, highlightEdges: false });
      network.redraw();
    } else {
      network.setSelection({ nodes: nodes, edges: edges }, { unselectAll: true, highlightEdges: false });
    }
  }
  function selectActor(i) {
    if (i === undefined) return { meetings: [], edges: [] };
    var ms = Array.from(meetingsOfNode(i)).filter(function (m) { return visibleMeeting[m]; });
    var edges = [], nodes = new Set([i]);
    ms.forEach(function (m) {
      edgesOfMeeting(m).forEach(function (e) { edges.push(e); nodes.add(E.a[e]); nodes.add(E.b[e]); });
      M.p[m].forEach(function (a) { nodes.add(a); });
      M.t[m].forEach(function (t) { nodes.add(t[0]); });
    });
    var ids = Array.from(nodes).filter(function (n) { return visibleNode[n]; }).map(function (n) { return N.id[n]; });
    select(ids, edges);
    details.replaceChildren(actorCard(i));
    ms.forEach(function (m) { details.appendChild(meetingCard(m)); });
    return { meetings: ms.map(function (m) { return M.id[m]; }), edges: edges };
  }
  function selectMeeting(m, nodeIds) {
    select(nodeIds, visibleMeeting[m] ? Array.from(edgesOfMeeting(m)) : []);
    details.replaceChildren(meetingCard(m));
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      var i = nodeIndex.get(p.nodes[0]);
      if (i !== undefined && isActor(i)) { selectActor(i); return; }
      if (i !== undefined) { selectMeeting(N.a[i], [N.id[i]]); return; }
    }
    var e = p.edges.length ? +p.edges[0] : layer ? edgeAt(p.pointer.canvas.x, p.pointer.canvas.y, 6 / network.getScale()) : -1;
    if (e >= 0) { selectMeeting(E.m[e], []); return; }
    if (layer && selected) { selected = null; version++; network.redraw(); }
    details.replaceChildren();
  });

  // -- filter panel --------------------------------------------------------------------------
  var statusBox = document.getElementById("kg-status");
  STATUSES.forEach(function (s) {
    var box = el("input", null, { type: "checkbox", value: s, id: "kg-status-" + s });
    box.checked = true;
    box.addEventListener("change", function () {
      if (box.checked) state.statuses.add(s); else state.statuses.delete(s);
      refresh();
    });
    var lab = el("label", null, { "for": "kg-status-" + s });
    lab.appendChild(box);
    lab.appendChild(document.createTextNode(" " + s));
    statusBox.appendChild(lab);
  });
  var since = document.getElementById("kg-since"), until = document.getElementById("kg-until");
  var actorBox = document.getElementById("kg-actor");
  since.addEventListener("input", function () { state.since = since.value; refresh(); });
  until.addEventListener("input", function () { state.until = until.value; refresh(); });
  var timer = null;
  actorBox.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.actor = actorBox.value; refresh(); }, 120);
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    state = { statuses: new Set(STATUSES), since: "", until: "", actor: "" };
    since.value = ""; until.value = ""; actorBox.value = "";
    statusBox.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    refresh();
  });
  function refresh() {
    computeVisibility();
    nodeView.refresh();
    if (layer) { refs = null; version++; network.redraw(); } else edgeView.refresh();
    api.filteredAt = performance.now();
  }
  api.refresh = refresh;

  // -- legend --------------------------------------------------------------------------------
  var legend = document.getElementById("kg-legend");
  var lg = data.legend || {};
  function legendRow(marker, text) {
    var r = el("div", null, { "class": "kg-row" });
    r.appendChild(marker);
    r.appendChild(el("span", text));
    legend.appendChild(r);
  }
  (lg.types || []).forEach(function (t) { legendRow(el("span", t[1], { "class": "kg-symbol" }), t[0]); });
  (lg.statuses || []).forEach(function (s) {
    var line = el("span", null, { "class": "kg-line" });
    line.style.borderTopStyle = s[1]; line.style.borderTopColor = s[2];
    legendRow(line, s[0] + " meeting");
  });
  (lg.roles || []).forEach(function (r) {
    var line = el("span", "→", { "class": "kg-symbol" });
    line.style.color = r[1];
    legendRow(line, r[0] + " (third party)");
  });
  (lg.states || []).forEach(function (s) {
    var sw = el("span", null, { "class": "kg-swatch" });
    sw.style.background = s[1];
    legendRow(sw, s[0]);
  });
  legendRow(el("span", "⬤", { "class": "kg-symbol" }), "size: number of meetings");
})();
