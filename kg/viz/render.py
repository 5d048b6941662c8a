"""Turn the network into one self-contained HTML page (vis-network inlined, no remote reference).

pyvis gives the Network model (node and edge dicts, options); the page comes from our own
template, because pyvis's loads scripts from CDNs, switches to an innerHTML popup when a title
holds "href", and renders headings unescaped. Data reaches the page as JSON in two
``<script type="application/json">`` blocks (compact columns to draw; tooltip detail, parsed
after the first drawing), read with JSON.parse; every text from an article is put into the
page with textContent, never as HTML.
"""
from __future__ import annotations

import html
import json
import os
from collections import Counter, defaultdict
from importlib.resources import files
from pathlib import Path
from typing import Any

from pyvis.network import Network

from kg.errors import KGError
from kg.gctools import gc_paused
from kg.viz import layout, style
from kg.viz.data import STATUSES, VizData, to_networkx

_ASSETS = files("kg.viz") / "assets"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&' or line separators left raw.

    >>> json_for_script({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _JSON_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def _asset(name: str) -> str:
    text = (_ASSETS / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise KGError(f"bundled asset {name} cannot be inlined (it contains a closing tag)")
    return text


class KGNetwork(Network):
    """A pyvis Network whose page is diplomatic-kg's own offline template.

    ``nodes``, ``edges`` and ``options`` are pyvis's model; ``meetings`` holds what tooltips
    show. ``write_html`` and ``generate_html`` use our template; in Jupyter the object shows
    itself inline (``_repr_html_``).
    """

    def __init__(self, title: str = "diplomatic-kg", height: str = "100vh"):
        super().__init__(height=height, width="100%", directed=False, cdn_resources="in_line", heading="")
        self.title = title
        self.meetings: list[dict[str, Any]] = []
        self.articles: list[dict[str, Any]] = []
        self.legend: dict[str, Any] = {}
        self.meta: dict[str, Any] = {}
        self.options = {}

    def payload(self) -> dict[str, Any]:
        """What the page script needs to draw: meta, options, legend and compact nodes, edges, meetings.

        Columns of numbers instead of one object per item: a 50,000-node page parses and indexes
        in a fraction of the time, and meetings and edges refer to nodes by their number.
        """
        return compact_payload(self)

    def detail(self) -> dict[str, Any]:
        """What only tooltips and the details panel show (place, reporters, confidence, quotes, articles),
        kept in its own block so the page parses it after the first drawing."""
        keys = ("pl", "r", "c", "q", "a")
        return {"meetings": [{k: m[k] for k in keys if k in m} for m in self.meetings], "articles": self.articles}

    def generate_html(self, name: str = "index.html", local: bool = True, notebook: bool = False) -> str:
        """The page, as one string (our template; ``name``/``local``/``notebook`` are ignored)."""
        self.html = page_html(self)
        return self.html

    def write_html(self, name: str, local: bool = True, notebook: bool = False, open_browser: bool = False) -> None:
        """Write the page to ``name`` (atomically); no lib/ folder is needed beside it."""
        write_page(self, Path(name))

    def _repr_html_(self) -> str:
        page = html.escape(page_html(self), quote=True)
        return (f'<iframe srcdoc="{page}" sandbox="allow-scripts allow-popups" '
                f'style="width:100%;height:640px;border:1px solid #ddd"></iframe>')


def compact_payload(net: KGNetwork) -> dict[str, Any]:
    """The page's drawing data as columns (see ``KGNetwork.payload``); nodes by number everywhere.

    ``nodes``: id, label, x, y, g (index in ``groups``), size (0: the group's), a (a meeting node's
    meeting number, or an actor's [type, meetings, brokered, other-language label, affiliation,
    state, organisation kind]). ``edges``: a, b (node numbers; a third party's edge points from
    it), m (meeting number), k (index in ``kinds``). ``meetings``: id, s (index in ``statuses``),
    d (date or ""), p (participant node numbers), t ([node number, role] per third party).
    """
    ids = [n["id"] for n in net.nodes]
    index = {node: i for i, node in enumerate(ids)}
    group_names = list(net.options.get("groups", {}))
    group_index = {g: i for i, g in enumerate(group_names)}
    info: list[Any] = []
    for n in net.nodes:
        if n.get("k") == "meeting":
            info.append(n["m"])
        else:
            info.append([n.get("t", "unknown"), n.get("n", 0), n.get("b", 0), n.get("l2", ""), n.get("af", ""),
                         n.get("st", ""), n.get("ok", "")])
    kinds = sorted({e["k"] for e in net.edges})
    kind_index = {k: i for i, k in enumerate(kinds)}
    status_index = {s: i for i, s in enumerate(STATUSES)}
    meetings = {
        "id": [m["id"] for m in net.meetings],
        "s": [status_index[m["s"]] for m in net.meetings],
        "d": [m.get("d", "") for m in net.meetings],
        "p": [[index[a] for a in m["p"]] for m in net.meetings],
        "t": [[[index[a], role] for a, role in m["t"]] for m in net.meetings],
    }
    return {
        "meta": {**net.meta, "title": net.title}, "options": net.options, "legend": net.legend,
        "statuses": list(STATUSES), "groups": group_names, "kinds": kinds,
        "edgeStyle": {"status": style.STATUS_EDGE, "role": style.ROLE_COLOUR, "colour": style.EDGE_COLOUR,
                      "width": net.options.get("edges", {}).get("width", 1.5)},
        "nodes": {"id": ids, "label": [n["label"] for n in net.nodes], "x": [n["x"] for n in net.nodes],
                  "y": [n["y"] for n in net.nodes], "g": [group_index[n["group"]] for n in net.nodes],
                  "size": [n.get("size", 0) for n in net.nodes], "a": info},
        "edges": {"a": [index[e["from"]] for e in net.edges], "b": [index[e["to"]] for e in net.edges],
                  "m": [e["m"] for e in net.edges], "k": [kind_index[e["k"]] for e in net.edges]},
        "meetings": meetings,
    }


def page_html(net: KGNetwork) -> str:
    """Fill the template: escaped title, inlined CSS and scripts, the data as escaped JSON."""
    with gc_paused():
        return _page_html(net)


def _page_html(net: KGNetwork) -> str:
    template = (_ASSETS / "template.html").read_text(encoding="utf-8")
    direction = "rtl" if net.meta.get("lang") == "ar" else "ltr"
    parts = {
        "{{lang}}": html.escape(net.meta.get("lang", "en")),
        "{{dir}}": direction,
        "{{title}}": html.escape(net.title),
        "{{css}}": _asset("viz.css"),
        "{{vis_js}}": _asset("vis-network.min.js"),
        "{{viz_js}}": _asset("viz.js"),
        "{{data}}": json_for_script(net.payload()),
        "{{detail}}": json_for_script(net.detail()),
    }
    out = []
    rest = template
    # replace placeholders in one left-to-right pass, so inserted text is never scanned again
    while True:
        positions = [(rest.find(k), k) for k in parts if rest.find(k) >= 0]
        if not positions:
            out.append(rest)
            break
        at, key = min(positions)
        out.append(rest[:at])
        out.append(parts[key])
        rest = rest[at + len(key):]
    return "".join(out)


def write_page(net: KGNetwork, path: Path) -> Path:
    """Write the page atomically; a folder that cannot be written is a user error."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        tmp.write_text(page_html(net), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise KGError(f"cannot write the page: {exc.strerror or exc}", where=str(path),
                      hint="choose a folder you can write to with -o") from None
    return path


def _legend(colours: dict[str, str], state_labels: dict[str, str], types: set[str], mode: str) -> dict[str, Any]:
    states = [[state_labels[s], c] for s, c in colours.items()]
    if any(s not in colours for s in state_labels):
        states.append(["other", style.OTHER_STATE])
    states.append(["no state", style.NO_STATE])
    type_rows = [[t, style.TYPE_SYMBOL[t]] for t in ("person", "state", "organization", "unknown", "meeting") if t in types]
    statuses = [[s, "solid" if s == "confirmed" else "dotted" if s in ("planned", "proposed") else "dashed",
                 style.STATUS_EDGE[s].get("color", style.EDGE_COLOUR)] for s in STATUSES]
    roles = [[r, c] for r, c in style.ROLE_COLOUR.items()]
    return {"states": states, "types": type_rows, "statuses": statuses, "roles": roles, "mode": mode}


EDGE_LAYER_MIN_EDGES = 2000
"""From this many edges (and without physics) the page draws edges itself, one canvas path per
style, instead of as vis-network edge objects: vis spends about 50 us per edge object on
options and labels before the first drawing, and strokes each edge on its own."""


def build_network(data: VizData, *, mode: str = "actors", title: str = "diplomatic-kg",
                  physics: bool | None = None, edge_layer: bool | None = None) -> KGNetwork:
    """The pyvis Network for ``data``: styled nodes and edges, positions, legend, tooltip data.

    ``physics`` runs a short settle in the page (default: up to ``layout.PHYSICS_MAX_NODES``
    nodes); ``edge_layer`` draws edges on the canvas directly (default: from
    ``EDGE_LAYER_MIN_EDGES`` edges; never with physics, whose springs are vis edges).
    """
    with gc_paused():
        return _build_network(data, mode, title, physics, edge_layer)


def _build_network(data: VizData, mode: str, title: str, physics: bool | None, edge_layer: bool | None) -> KGNetwork:
    graph = to_networkx(data, mode)
    net = KGNetwork(title=title)
    meeting_ids = sorted(data.meetings)
    m_index = {m: i for i, m in enumerate(meeting_ids)}
    pos = layout.positions(graph.nodes, ((a, b) for a, b, *_ in graph.edges))
    n_nodes = graph.number_of_nodes()
    use_physics = (0 < n_nodes <= layout.PHYSICS_MAX_NODES if physics is None else physics) and n_nodes > 0

    actor_nodes = [n for n, a in graph.nodes(data=True) if a.get("kind") == "actor"]
    state_of = {n: (data.actors[n].state if n in data.actors else None) for n in actor_nodes}
    colours = style.state_colours(Counter(s for s in state_of.values() if s))
    state_labels = {s: data.actor_label(s) for s in set(state_of.values()) if s}
    groups: dict[str, dict[str, Any]] = {}
    types: set[str] = set()
    for node, attrs in graph.nodes(data=True):
        x, y = pos[node]
        if attrs.get("kind") == "meeting":
            status = attrs["status"]
            group = f"meeting:{status}"
            groups.setdefault(group, {"shape": "diamond", "size": 7,
                                      "color": {"background": style.STATUS_NODE_COLOUR[status],
                                                "border": style.STATUS_NODE_COLOUR[status]}})
            types.add("meeting")
            net.nodes.append({"id": node, "label": attrs["date"], "group": group, "x": x, "y": y,
                              "k": "meeting", "m": m_index[node]})
            continue
        state = state_of.get(node)
        colour = colours.get(state, style.OTHER_STATE) if state else style.NO_STATE
        group = f"{attrs['type']}:{colour}"
        types.add(attrs["type"])
        groups.setdefault(group, {"shape": style.TYPE_SHAPE.get(attrs["type"], "star"),
                                  "color": {"background": colour, "border": "#555555"}})
        other = attrs["label_ar"] if data.lang == "en" else attrs["label_en"]
        entry = {"id": node, "label": attrs["label"], "group": group, "x": x, "y": y, "k": "actor",
                 "size": style.node_size(attrs["meetings"] + attrs["third_party"]),
                 "t": attrs["type"], "n": attrs["meetings"], "b": attrs["third_party"]}
        if other and other != attrs["label"]:
            entry["l2"] = other
        for key, name in (("af", "affiliation"), ("st", "state"), ("ok", "org_kind")):
            if attrs.get(name):
                entry[key] = attrs[name]
        net.nodes.append(entry)

    parallel: dict[frozenset, int] = defaultdict(int)
    edge_rows = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((a, b, None, d) for a, b, d in graph.edges(data=True))
    for number, (a, b, _key, attrs) in enumerate(edge_rows):
        kind = attrs["kind"]
        meeting = data.meetings[attrs["meeting"]]
        edge: dict[str, Any] = {"id": number, "from": a, "to": b, "m": m_index[meeting.id], "k": kind}
        edge.update(style.STATUS_EDGE[meeting.status])
        role = kind.split("+")[-1]
        if role in style.ROLE_COLOUR:
            edge["color"] = style.ROLE_COLOUR[role]
            edge["arrows"] = "to"
            if mode == "actors":
                edge["from"], edge["to"] = attrs["broker"], (b if a == attrs["broker"] else a)
        pair = frozenset((a, b))
        count = parallel[pair]
        parallel[pair] += 1
        if count:  # bend parallel edges apart so each meeting stays visible and hoverable
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if count % 2 else "curvedCCW",
                              "roundness": round(0.15 * ((count + 1) // 2), 2)}
        net.edges.append(edge)

    a_index: dict[str, int] = {}  # articles are listed once; meetings point at them
    for mid in meeting_ids:
        m = data.meetings[mid]
        article = data.articles.get(m.article or "")
        entry: dict[str, Any] = {"id": mid, "s": m.status, "p": list(dict.fromkeys(m.participants)),
                                 "t": [[a, r] for a, r in m.third_parties]}
        if m.date:
            entry["d"] = m.date
        place = data.place_label(m.place)
        if place:
            entry["pl"] = place
        if m.reported_by:
            entry["r"] = [data.actor_label(r) for r in m.reported_by]
        if m.confidence is not None:
            entry["c"] = f"{m.confidence:.2f}"
        if m.quotes:
            entry["q"] = [[text, lang or ""] for text, lang in m.quotes]
        if article:
            if article.id not in a_index:
                a_index[article.id] = len(net.articles)
                row: dict[str, Any] = {"id": article.id}
                if article.headline:
                    row["h"] = article.headline
                if article.url:
                    row["u"] = article.url
                if article.publisher:
                    row["o"] = data.actor_label(article.publisher)
                net.articles.append(row)
            entry["a"] = a_index[article.id]
        net.meetings.append(entry)

    # labels not in the drawing (reporters, third parties in events mode) are carried by meetings
    big = n_nodes > layout.PHYSICS_MAX_NODES
    net.options = {
        "groups": groups,
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1, "size": 12},
        "edges": {"color": {"color": style.EDGE_COLOUR, "inherit": False}, "width": 1.5,
                  "selectionWidth": 3, "smooth": False,
                  "arrows": {"to": {"scaleFactor": 0.6}}, "hoverWidth": 1.5},
        "physics": {"enabled": use_physics, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": use_physics, "iterations": 120, "fit": True}},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 100, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False, "multiselect": True},
    }
    net.legend = _legend(colours, state_labels, types, mode)
    layer = (len(net.edges) >= EDGE_LAYER_MIN_EDGES if edge_layer is None else edge_layer) and not use_physics
    net.meta = {"mode": mode, "lang": data.lang, "physics": use_physics, "edgeLayer": layer,
                "nodes": n_nodes, "edges": len(net.edges), "meetings": len(net.meetings)}
    return net
