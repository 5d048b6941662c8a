"""Write the whole graph in a standard format, using the engine's own serialisers.

Formats that cannot hold named graphs (Turtle, N-Triples) get the union of all graphs.
Other packages register more formats in ``EXPORTERS`` (GraphML and GEXF come from kg.viz).
"""
from __future__ import annotations

import io
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox

from kg.vocab import PREFIXES

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

_DATASET = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
_TRIPLES = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
SUFFIXES = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "nq": ".nq", "jsonld": ".jsonld",
            "csv": ".csv", "graphml": ".graphml", "gexf": ".gexf"}

Exporter = Callable[["KnowledgeGraph", IO[bytes]], None]
EXPORTERS: dict[str, Exporter] = {}


def _union_triples(kg: "KnowledgeGraph") -> list[ox.Triple]:
    raw = kg.backend.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    return list(dict.fromkeys(raw))


def _write_triples(fmt: str) -> Exporter:
    def write(kg: "KnowledgeGraph", out: IO[bytes]) -> None:
        prefixes = PREFIXES if fmt == "turtle" else None
        ox.serialize(_union_triples(kg), out, _TRIPLES[fmt], prefixes=prefixes)
    return write


def _write_dataset(fmt: str) -> Exporter:
    def write(kg: "KnowledgeGraph", out: IO[bytes]) -> None:
        kg.backend.dump(out, _DATASET[fmt])
    return write


def _write_csv(kg: "KnowledgeGraph", out: IO[bytes]) -> None:
    out.write(kg.query("who-met-whom").serialize("csv"))


for _name in _TRIPLES:
    EXPORTERS[_name] = _write_triples(_name)
for _name in _DATASET:
    EXPORTERS[_name] = _write_dataset(_name)
EXPORTERS["csv"] = _write_csv


def formats() -> list[str]:
    _load_plugins()
    return list(EXPORTERS)


def _load_plugins() -> None:
    try:  # GraphML / GEXF live with the network code
        import kg.viz.export  # noqa: F401
    except ImportError:
        pass


def export(kg: "KnowledgeGraph", out: IO[bytes], format: str) -> None:
    _load_plugins()
    EXPORTERS[format](kg, out)


def export_bytes(kg: "KnowledgeGraph", format: str) -> bytes:
    buffer = io.BytesIO()
    export(kg, buffer, format)
    return buffer.getvalue()
