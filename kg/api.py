"""The library's front door: open a store, add statements, query, export, validate.

>>> from kg import KnowledgeGraph
>>> kg = KnowledgeGraph.open(None)            # in memory; give a folder for a persistent store
>>> kg.add_files(["data/statements/seed-ar.yaml"])   # doctest: +SKIP
>>> kg.query("who-met-whom").to_python()              # doctest: +SKIP
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox
import rdflib

from kg import export as _export
from kg.errors import KGError, QueryError
from kg.gazetteer import Gazetteer
from kg.handcoded import load_statements
from kg.model import ArticleStatements
from kg.queries import get_named_query
from kg.rdf import N, article_quads, gazetteer_quads, ontology_quads
from kg.resources import ontology_path
from kg.results import QueryResult
from kg.store import Backend, EmbeddedStore
from kg.validate import ValidationReport, validate_graph
from kg.vocab import GRAPH_ACTORS, GRAPH_ONTOLOGY, article_graph

DEFAULT_STORE = "kg-store"


def default_store_path() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


class KnowledgeGraph:
    """A knowledge graph over one backend (embedded Oxigraph, or a remote SPARQL endpoint)."""

    def __init__(self, backend: Backend, gazetteer: Gazetteer | None = None):
        self.backend = backend
        self._gazetteer = gazetteer

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike | None = DEFAULT_STORE, *, create: bool = True,
             memory: bool = False, gazetteer: Gazetteer | None = None) -> "KnowledgeGraph":
        """Open (or create) the embedded store at ``path``; ``None`` keeps it in memory.

        ``memory=True`` loads a read-only snapshot of the store into RAM: slower to open, about
        five times faster to query; for long-running readers such as ``kg serve`` and ``kg viz``.
        """
        return cls(EmbeddedStore(path, create=create and not memory, memory=memory), gazetteer)

    @classmethod
    def connect(cls, query_url: str, update_url: str | None = None, **options) -> "KnowledgeGraph":
        """Use a remote SPARQL 1.1 endpoint (Oxigraph server, Fuseki, ...) instead of a folder."""
        from kg.remote import RemoteStore

        return cls(RemoteStore(query_url, update_url, **options))

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    # -- writing -----------------------------------------------------------------------------
    def base_graphs(self) -> dict[ox.NamedNode, list[ox.Quad]]:
        """The ontology and gazetteer graphs, as they should be in every store."""
        return {N(GRAPH_ONTOLOGY): ontology_quads(ontology_path()),
                N(GRAPH_ACTORS): gazetteer_quads(self.gazetteer)}

    def ensure_base(self) -> None:
        """Write (or refresh) the ontology and gazetteer graphs."""
        stale = self._stale_base()
        if stale:
            self.backend.replace_graphs(stale)

    def _stale_base(self) -> dict[ox.NamedNode, list[ox.Quad]]:
        """The base graphs the store does not already hold exactly (all of them for a remote store)."""
        holds = getattr(self.backend, "holds_exactly", None)
        return {g: quads for g, quads in self.base_graphs().items() if holds is None or not holds(g, quads)}

    def write(self, statements: Iterable[ArticleStatements], *, with_base: bool = True) -> int:
        """Replace each article's named graph with its statements, all in one transaction.

        Returns the number of quads written. Writing the same statements twice changes nothing.
        """
        graphs = self._stale_base() if with_base else {}
        for st in statements:
            graphs[N(article_graph(st.article.id))] = article_quads(st, self.gazetteer)
        self.backend.replace_graphs(graphs)
        return sum(len(q) for q in graphs.values())

    def read_statements(self, paths: Iterable[str | os.PathLike]) -> list[ArticleStatements]:
        """Read and check hand-coded files; any error stops before anything is written."""
        out: list[ArticleStatements] = []
        seen: dict[str, Path] = {}
        for path in expand_paths(paths, (".yaml", ".yml")):
            st = load_statements(path, self.gazetteer)
            if st.article.id in seen:
                raise KGError(f"article id '{st.article.id}' is also used by {seen[st.article.id]}",
                              where=str(path), hint="give each article its own id")
            seen[st.article.id] = path
            out.append(st)
        return out

    def add_files(self, paths: Iterable[str | os.PathLike]) -> list[ArticleStatements]:
        """`kg add`: check every file first, then write them all in one transaction."""
        statements = self.read_statements(paths)
        self.write(statements)
        return statements

    def load(self, path: str | os.PathLike) -> int:
        """Bulk-load an RDF dataset file (N-Quads, TriG, ...), replacing the graphs it names."""
        path = Path(path)
        fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
        if fmt is None:
            raise KGError(f"unknown RDF file type '{path.suffix}'", where=str(path), hint="use .nq, .trig, .ttl or .nt")
        return self.backend.load_dataset(path, fmt)

    # -- reading -----------------------------------------------------------------------------
    def query(self, query: str, params: Mapping[str, str] | None = None, *, origin: str | None = None) -> QueryResult:
        """Run a named query (``"who-met-whom"``) or SPARQL text; ``params`` bind named-query parameters."""
        if _looks_like_sparql(query):
            if params:
                raise QueryError("parameters are for named queries", hint="bind values in the query text instead")
            return QueryResult(self.backend.query(query, None, origin=origin or "query"))
        named = get_named_query(query)
        return QueryResult(self.backend.query(named.text, named.bindings(dict(params or {})),
                                              origin=origin or str(named.path)), hidden=tuple(named.params))

    def quad_count(self) -> int:
        return self.backend.quad_count()

    def export(self, out: IO[bytes], format: str = "turtle") -> None:
        """Write the graph as turtle, trig, nt, nq, jsonld, csv (and graphml, gexf)."""
        _export.export(self, out, format)

    def to_rdflib(self) -> rdflib.Graph:
        """All triples (union of graphs) as an rdflib Graph, for users who work in rdflib."""
        graph = rdflib.Graph()
        data = _export.export_bytes(self, "nt")
        graph.parse(data=data.decode("utf-8"), format="nt")
        return graph

    def validate(self) -> ValidationReport:
        """Check the whole store against the SHACL shapes."""
        return validate_graph(self.to_rdflib())


def _looks_like_sparql(text: str) -> bool:
    return any(ch.isspace() for ch in text.strip()) or "{" in text


def expand_paths(paths: Iterable[str | os.PathLike], suffixes: tuple[str, ...]) -> list[Path]:
    """Files as given, and the matching files inside any folder given (sorted)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file()))
        elif path.exists():
            out.append(path)
        else:
            raise KGError("file not found", where=str(path))
    return out
