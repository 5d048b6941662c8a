/* diplomatic-kg page script. Every text from the graph goes into the page with textContent or
   as an attribute set through the DOM: never innerHTML. Links only for http(s) URLs. */
(function () {
  "use strict";
  var T0 = performance.now();
  var marks = { start: T0 };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  marks.parsed = performance.now();
  var meetings = data.meetings;
  var STATUSES = ["confirmed", "reported", "planned", "proposed", "denied"];

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (attrs) for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    return node;
  }

  // -- indexes ---------------------------------------------------------------------------------
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgesByMeeting = new Map();
  data.edges.forEach(function (e) {
    var list = edgesByMeeting.get(e.m);
    if (!list) { list = []; edgesByMeeting.set(e.m, list); }
    list.push(e.id);
  });
  var meetingsByActor = new Map();
  meetings.forEach(function (m, i) {
    var ids = m.p.concat(m.t.map(function (t) { return t[0]; }));
    ids.forEach(function (a) {
      var list = meetingsByActor.get(a);
      if (!list) { list = []; meetingsByActor.set(a, list); }
      if (list[list.length - 1] !== i) list.push(i);
    });
  });
  function label(id) { var n = nodeById.get(id); return n ? n.label : String(id).split("/").pop(); }
  function names(id) { var n = nodeById.get(id); return n ? (n.label + " " + (n.l2 || "")) : String(id); }

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
  var visibleMeeting = new Uint8Array(meetings.length);
  var visibleNodes = new Set();
  function filterActive() {
    return state.statuses.size !== STATUSES.length || state.since || state.until || state.actor;
  }
  function computeVisibility() {
    var needle = state.actor.trim().toLowerCase();
    var matchCache = new Map();
    function matches(id) {
      if (!matchCache.has(id)) matchCache.set(id, names(id).toLowerCase().indexOf(needle) >= 0);
      return matchCache.get(id);
    }
    var shown = 0;
    for (var i = 0; i < meetings.length; i++) {
      var m = meetings[i], ok = state.statuses.has(m.s);
      if (ok && (state.since || state.until)) {
        if (!m.d) ok = false;
        else {
          var b = bounds(m.d);
          if (state.since && b[1] < state.since) ok = false;
          if (state.until && b[0] > state.until) ok = false;
        }
      }
      if (ok && needle) {
        ok = m.p.some(matches) || m.t.some(function (t) { return matches(t[0]); });
      }
      visibleMeeting[i] = ok ? 1 : 0;
      if (ok) shown++;
    }
    visibleNodes = new Set();
    var active = filterActive();
    data.edges.forEach(function (e) {
      if (visibleMeeting[e.m]) { visibleNodes.add(e.from); visibleNodes.add(e.to); }
    });
    if (!active) data.nodes.forEach(function (n) { visibleNodes.add(n.id); });
    document.getElementById("kg-count").textContent =
      shown + " of " + meetings.length + " meetings, " + visibleNodes.size + " of " + data.nodes.length + " nodes";
  }

  // -- the network ---------------------------------------------------------------------------
  marks.indexed = performance.now();
  var nodeSet = new vis.DataSet(data.nodes);
  var edgeSet = new vis.DataSet(data.edges);
  marks.datasets = performance.now();
  computeVisibility();
  marks.visibility = performance.now();
  var nodeView = new vis.DataView(nodeSet, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (e) { return visibleMeeting[e.m] === 1; } });
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  marks.network = performance.now();

  var api = window.kgViz = {
    data: data, network: network, nodes: nodeSet, edges: edgeSet, nodeView: nodeView, edgeView: edgeView,
    ready: false, drawnAt: null, marks: marks,
    visibleNodeIds: function () { return nodeView.getIds(); },
    visibleEdgeIds: function () { return edgeView.getIds(); },
    selectActor: selectActor
  };
  var physics = !!(data.meta && data.meta.physics);
  function markDrawn() {
    if (api.drawnAt === null) {
      api.drawnAt = performance.now();
      api.ready = true;
      document.documentElement.setAttribute("data-kg-ready", "1");
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
  var pointer = { x: 0, y: 0 };
  container.addEventListener("mousemove", function (ev) {
    pointer.x = ev.clientX; pointer.y = ev.clientY;
    if (!tip.hidden) placeTip();
  });
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
    var m = meetings[i];
    var card = el("div", null, { "class": "kg-card kg-meeting" });
    card.appendChild(el("h3", m.p.map(label).join(" — ")));
    var dl = el("dl");
    row(dl, "Participants", m.p.map(label));
    row(dl, "Third parties", m.t.map(function (t) { return label(t[0]) + " (" + t[1] + ")"; }));
    var st = row(dl, "Status", m.s);
    if (st) st.className = "kg-status-" + m.s;
    row(dl, "Date", m.d);
    row(dl, "Place", m.pl);
    row(dl, "Reported by", m.r);
    card.appendChild(dl);
    (m.q || []).forEach(function (q) {
      var quote = el("blockquote", q[0], { "class": "kg-quote" });
      if (q[1]) quote.setAttribute("lang", q[1]);
      quote.setAttribute("dir", q[1] === "ar" ? "rtl" : "auto");
      card.appendChild(quote);
    });
    var art = m.a !== undefined ? (data.articles || [])[m.a] : null;
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
  function actorCard(id) {
    var n = nodeById.get(id);
    var card = el("div", null, { "class": "kg-card kg-actor" });
    card.appendChild(el("h3", n ? n.label : id));
    var dl = el("dl");
    if (n) {
      row(dl, "Also", n.l2);
      row(dl, "Type", n.t + (n.ok ? " (" + n.ok + ")" : ""));
      row(dl, "Affiliation", n.af);
      row(dl, "State", n.st);
      row(dl, "Meetings", String(n.n));
      row(dl, "Third party in", String(n.b));
    }
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
    var e = edgeSet.get(p.edge);
    if (e) showTip(meetingCard(e.m));
  });
  network.on("hoverNode", function (p) {
    var n = nodeById.get(p.node);
    if (!n) return;
    showTip(n.k === "meeting" ? meetingCard(n.m) : actorCard(n.id));
  });
  network.on("blurEdge", hideTip);
  network.on("blurNode", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  function selectActor(id) {
    var ms = (meetingsByActor.get(id) || []).filter(function (i) { return visibleMeeting[i]; });
    var edges = [], nodes = new Set([id]);
    ms.forEach(function (i) {
      (edgesByMeeting.get(i) || []).forEach(function (e) { edges.push(e); });
      meetings[i].p.forEach(function (a) { nodes.add(a); });
      meetings[i].t.forEach(function (t) { nodes.add(t[0]); });
      if (nodeById.has(meetings[i].id)) nodes.add(meetings[i].id);
    });
    var shownNodes = Array.from(nodes).filter(function (n) { return visibleNodes.has(n) && nodeById.has(n); });
    network.setSelection({ nodes: shownNodes, edges: edges }, { unselectAll: true, highlightEdges: false });
    details.replaceChildren(actorCard(id));
    ms.forEach(function (i) { details.appendChild(meetingCard(i)); });
    return { meetings: ms.map(function (i) { return meetings[i].id; }), edges: edges };
  }
  network.on("click", function (p) {
    if (p.nodes.length) {
      var n = nodeById.get(p.nodes[0]);
      if (n && n.k === "actor") { selectActor(n.id); return; }
      if (n && n.k === "meeting") {
        network.setSelection({ nodes: [n.id], edges: edgesByMeeting.get(n.m) || [] }, { highlightEdges: false });
        details.replaceChildren(meetingCard(n.m));
        return;
      }
    }
    if (p.edges.length) {
      var e = edgeSet.get(p.edges[0]);
      if (e) {
        network.setSelection({ nodes: [], edges: (edgesByMeeting.get(e.m) || []).filter(function (x) { return visibleMeeting[e.m]; }) },
                             { highlightEdges: false });
        details.replaceChildren(meetingCard(e.m));
      }
      return;
    }
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
    edgeView.refresh();
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
