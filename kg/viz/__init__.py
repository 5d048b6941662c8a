"""Interactive network views of the graph: who met whom, under whose sponsorship.

>>> from kg import KnowledgeGraph, viz           # doctest: +SKIP
>>> viz.render(kg, "graph.html", actor="Hakan Fidan", depth=2)   # doctest: +SKIP
>>> net = viz.render(kg)        # a pyvis Network; shows inline in Jupyter   # doctest: +SKIP
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.viz.data import MODES, STATUSES, VizData, VizFilter, apply_filter, load, to_networkx
from kg.viz.render import KGNetwork, build_network, page_html, write_page

if TYPE_CHECKING:
    import networkx as nx

    from kg.api import KnowledgeGraph

__all__ = ["render", "network", "load", "apply_filter", "to_networkx", "build_network", "page_html",
           "KGNetwork", "VizData", "VizFilter", "MODES", "STATUSES"]


def network(kg: "KnowledgeGraph", *, actor: str | None = None, depth: int = 1, since: str | None = None,
            until: str | None = None, status: Iterable[str] | str | None = None, lang: str = "en",
            mode: str = "actors", min_confidence: float = 0.0) -> "nx.MultiGraph | nx.DiGraph":
    """The filtered networkx graph (actors or events mode) read from ``kg`` through SPARQL."""
    data = _filtered(kg, actor, depth, since, until, status, lang, min_confidence)
    return to_networkx(data, mode)


def _filtered(kg: "KnowledgeGraph", actor: str | None, depth: int, since: str | None, until: str | None,
              status: Iterable[str] | str | None, lang: str, min_confidence: float = 0.0) -> VizData:
    statuses = (status,) if isinstance(status, str) else tuple(status) if status else None
    return apply_filter(load(kg, lang), VizFilter(actor=actor, depth=depth, since=since, until=until,
                                                  statuses=statuses, min_confidence=min_confidence))


def render(kg: "KnowledgeGraph", path: str | os.PathLike | None = None, *, actor: str | None = None,
           depth: int = 1, since: str | None = None, until: str | None = None,
           status: Iterable[str] | str | None = None, lang: str = "en", mode: str = "actors",
           title: str | None = None, physics: bool | None = None,
           edge_layer: bool | None = None, min_confidence: float = 0.0) -> Path | KGNetwork:
    """Draw the graph as one offline HTML page at ``path``, or return the pyvis Network if None.

    ``actor``/``depth`` keep an ego network, ``since``/``until`` a date range (YYYY[-MM[-DD]]),
    ``status`` some statuses, ``min_confidence`` extracted meetings of at least that confidence;
    ``lang`` chooses en or ar labels; ``mode`` actors or events; ``physics`` and ``edge_layer``
    override the size thresholds (see ``build_network``).
    """
    data = _filtered(kg, actor, depth, since, until, status, lang, min_confidence)
    net = build_network(data, mode=mode, title=title or "diplomatic-kg: who met whom", physics=physics,
                        edge_layer=edge_layer)
    if path is None:
        return net
    return write_page(net, Path(path))
