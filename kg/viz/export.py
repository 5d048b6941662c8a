"""GraphML and GEXF exporters (for Gephi and other network tools): the actor network of `kg viz`.

Registered in kg.export.EXPORTERS on import, so `kg export --format graphml|gexf` works.
"""
from __future__ import annotations

import io
from typing import IO, TYPE_CHECKING

import networkx as nx

from kg.export import EXPORTERS
from kg.viz.data import load, to_networkx

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph


def actor_network(kg: "KnowledgeGraph", lang: str = "en") -> nx.MultiGraph:
    """Actors as nodes and one edge per meeting and pair (or third party and participant)."""
    return to_networkx(load(kg, lang), "actors")


def write_graphml(kg: "KnowledgeGraph", out: IO[bytes]) -> None:
    """The actor network as GraphML (networkx's writer; attributes typed)."""
    nx.write_graphml(actor_network(kg), out, encoding="utf-8", prettyprint=True)


def write_gexf(kg: "KnowledgeGraph", out: IO[bytes]) -> None:
    """The actor network as GEXF 1.2 (networkx's writer), the format Gephi reads natively."""
    buffer = io.BytesIO()
    nx.write_gexf(actor_network(kg), buffer, encoding="utf-8", prettyprint=True, version="1.2draft")
    out.write(buffer.getvalue())


EXPORTERS["graphml"] = write_graphml
EXPORTERS["gexf"] = write_gexf
