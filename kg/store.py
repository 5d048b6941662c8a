"""Where the graph lives: an embedded Oxigraph store on disk (default) or a remote endpoint.

Every backend offers the same small surface: SPARQL over the union of all graphs, atomic
replacement of named graphs, bulk load of a dataset file, and dumps.
"""
from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

import pyoxigraph as ox

from kg.errors import InputError, QueryError, StoreError
from kg.vocab import PREFIXES

SERVE_MARKER = "kg-serve.json"
"""File that `kg serve` leaves in a store folder it holds, naming its endpoint."""

QueryOutput = ox.QuerySolutions | ox.QueryTriples | bool


@runtime_checkable
class Backend(Protocol):
    """What every store offers; the rest of kg talks to stores only through this."""

    description: str

    def query(self, sparql: str, substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
              origin: str = "query") -> QueryOutput:
        ...

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> None:
        ...

    def load_dataset(self, path: Path, format: ox.RdfFormat) -> int:
        ...

    def dump(self, output: IO[bytes], format: ox.RdfFormat) -> None:
        ...

    def quad_count(self) -> int:
        ...

    def close(self) -> None:
        ...


def syntax_error(exc: Exception, sparql: str, origin: str = "query") -> QueryError:
    """Turn an engine syntax error into a message naming the line and showing it."""
    message = str(exc)
    line_text = ""
    import re

    match = re.search(r"at (\d+):(\d+)", message)
    if match:
        line_no, col = int(match.group(1)), int(match.group(2))
        lines = sparql.splitlines()
        if 0 < line_no <= len(lines):
            line_text = f"\n  {line_no} | {lines[line_no - 1]}\n  {' ' * len(str(line_no))} | {' ' * max(col - 1, 0)}^"
        elif line_no > len(lines):
            line_no, line_text = len(lines), " (the query ends too early: a bracket or expression is unfinished)"
        return QueryError(f"SPARQL syntax error: {message}{line_text}", where=f"{origin}:{line_no}",
                          hint="check the query near the caret; prefixes dip:, dipr:, prov:, schema:, skos:, rdfs: are predeclared")
    return QueryError(f"SPARQL syntax error: {message}", where=origin)


def insert_data_text(graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> str:
    """A SPARQL Update that replaces each named graph, with terms written by the engine's serialiser."""
    parts = [f"DROP SILENT GRAPH {g}" for g in graphs]
    body = []
    for g, quads in graphs.items():
        triples = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        if triples:
            body.append(f"GRAPH {g} {{\n{triples}\n}}")
    if body:
        parts.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    return " ;\n".join(parts)


class EmbeddedStore:
    """A persistent Oxigraph store in a folder (one writing process at a time), or in memory.

    >>> s = EmbeddedStore(None)   # in memory
    >>> s.quad_count()
    0
    """

    def __init__(self, path: str | os.PathLike | None, *, create: bool = True, lock_timeout: float | None = None,
                 memory: bool = False):
        self.path = Path(path) if path is not None else None
        self.description = f"store {self.path}" if self.path else "in-memory store"
        self.memory = memory
        self._disk: ox.Store | None = None
        if self.path is None:
            self._store = ox.Store()
            return
        if not self.path.exists() and not create:
            raise StoreError(f"no store at {self.path}", hint="build one with `kg demo` or `kg add FILE.yaml`, or give --store PATH")
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not a store folder", hint="give --store a folder path")
        if self.path.exists() and any(self.path.iterdir()) and not (self.path / "CURRENT").exists():
            raise StoreError(f"{self.path} is not an Oxigraph store (no CURRENT file)",
                             hint="point --store at a folder made by kg, or at an empty or new folder")
        timeout = float(os.environ.get("KG_LOCK_TIMEOUT", "5")) if lock_timeout is None else lock_timeout
        self._store = self._open(timeout)
        if memory:
            # A read-only snapshot in RAM: queries run on the engine's in-memory structures, about
            # five times faster than on RocksDB. The disk handle stays open, so its lock keeps
            # writers out and the snapshot cannot go stale.
            self._disk = self._store
            self._store = ox.Store()
            self._store.bulk_extend(self._disk.quads_for_pattern(None, None, None, None))
            self.description = f"store {self.path} (in-memory snapshot)"

    def _open(self, timeout: float) -> ox.Store:
        deadline = time.monotonic() + timeout
        while True:
            try:
                return ox.Store(str(self.path))
            except OSError as exc:
                text = str(exc)
                locked = "lock" in text.lower()
                if locked and time.monotonic() < deadline:
                    time.sleep(0.2)
                    continue
                if locked:
                    raise self._locked_error() from None
                if isinstance(exc, PermissionError) or "Permission denied" in text:
                    raise StoreError(f"cannot open store {self.path}: permission denied",
                                     hint="check the folder's permissions or use --store with a folder you own") from None
                raise StoreError(f"cannot open store {self.path}: {text}",
                                 hint="the folder may be damaged; restore it from an export (kg export --format nq)") from None

    def _locked_error(self) -> StoreError:
        marker = self.path / SERVE_MARKER
        if marker.exists():
            try:
                info = json.loads(marker.read_text())
                url = info.get("query_url", "")
                return StoreError(f"store {self.path} is being served by `kg serve` (pid {info.get('pid')})",
                                  hint=f"query it through the server: kg --endpoint {url} ...; or stop the server first")
            except (OSError, ValueError):
                pass
        return StoreError(f"store {self.path} is in use by another process (it is locked for writing)",
                          hint="wait for the other kg command to finish; if `kg serve` holds it, use --endpoint URL")

    # -- reading -----------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: Mapping[str, object] | None = None, origin: str = "query") -> QueryOutput:
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES,
                                     substitutions=subs or None)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql, origin) from None
        except (ValueError, OSError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {exc}", where=origin) from None

    def quad_count(self) -> int:
        return len(self._store)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def dump(self, output: IO[bytes], format: ox.RdfFormat) -> None:
        self._store.dump(output, format=format)

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that needs the engine itself."""
        return self._store

    # -- writing -----------------------------------------------------------------------------
    def _check_writable(self) -> None:
        if self._disk is not None:
            raise StoreError(f"{self.description} is read-only",
                             hint="open the store without the in-memory option to write to it")

    def holds_exactly(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> bool:
        """Whether the named graph already holds exactly these quads (blank nodes compared as blank):
        the ontology and gazetteer graphs are then not rewritten, which saves ~0.7 s per command."""
        def shape(triples) -> Counter:
            blank = lambda term: "_" if isinstance(term, ox.BlankNode) else term  # noqa: E731
            return Counter((blank(q.subject), q.predicate, blank(q.object)) for q in triples)

        return shape(self._store.quads_for_pattern(None, None, None, graph)) == shape(quads)

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> None:
        """Drop and refill the given named graphs in one transaction: all or nothing."""
        self._check_writable()
        graphs = {g: list(q) for g, q in graphs.items()}
        try:
            if not any(self._store.contains_named_graph(g) for g in graphs):
                # all new (the common case when ingesting): one transactional extend, no
                # SPARQL text to build and parse; about twice as fast per article
                self._store.extend(q for quads in graphs.values() for q in quads)
                return
            self._store.update(insert_data_text(graphs))
        except OSError as exc:
            raise StoreError(f"write to {self.description} failed, nothing was changed: {exc}") from None

    def load_dataset(self, path: Path, format: ox.RdfFormat) -> int:
        """Replace the named graphs a dataset file holds with its content (checked before writing)."""
        self._check_writable()
        graphs: set[str] = set()
        count = 0
        try:
            for quad in ox.parse(path=str(path), format=format):
                count += 1
                if isinstance(quad.graph_name, ox.NamedNode):
                    graphs.add(str(quad.graph_name))
        except SyntaxError as exc:
            raise InputError(f"not valid {format.name}: {exc}", where=str(path),
                             hint="fix the file; nothing was loaded") from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc}", where=str(path)) from None
        if graphs:
            self._store.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in sorted(graphs)))
        self._store.bulk_load(path=str(path), format=format)
        return count

    def flush(self) -> None:
        """Write buffered changes to disk; long ingests call this per batch to keep memory flat."""
        if self.path is not None and self._disk is None:
            self._store.flush()

    def optimize(self) -> None:
        self._store.optimize()

    def close(self) -> None:
        if self.path is not None:
            try:
                self._store.flush()
            except OSError:
                pass
        self._store = None  # type: ignore[assignment]  # RocksDB lock is released with the handle
        self._disk = None
        import gc

        gc.collect()
