"""A remote SPARQL 1.1 store (Oxigraph server, Apache Jena Fuseki, ...) behind the Backend protocol.

Queries go over the SPARQL 1.1 Protocol and come back as the engine's own term types (parsed by
pyoxigraph), so the rest of kg cannot tell a remote store from the embedded one. Writes replace
whole named graphs, each request one server transaction, so re-writing is idempotent and an
interrupted run never leaves half a graph:

- graphs the server does not hold yet go as N-Quads in one Graph Store HTTP Protocol ``POST`` to
  the dataset (Oxigraph ``/store``, Fuseki ``/DATASET/data``), where the server offers it: written
  by pyoxigraph's serialiser, no SPARQL text to build or parse;
- graphs it holds are replaced with SPARQL Update (``DROP SILENT GRAPH`` then ``INSERT DATA`` in
  one request), as is everything on servers without the Graph Store Protocol.

The server must query the union of its named graphs as the default graph (Oxigraph:
``oxigraph serve --union-default-graph``; Fuseki: ``tdb2:unionDefaultGraph true``).
"""
from __future__ import annotations

import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Container, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import InputError, KGError, QueryError, StoreError
from kg.store import QueryOutput, insert_data_text
from kg.vocab import PREFIXES

DEFAULT_TIMEOUT = 60.0
BATCH_QUADS = 50_000
"""Most quads sent in one update request (a graph larger than this goes alone, whole)."""
GSP_BATCH_QUADS = 10_000
"""Most quads in one Graph Store Protocol POST (Oxigraph server: 10k-quad transactions cost the least CPU per quad)."""
NO_GSP = ("none", "off", "no", "")

_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
           "text/tab-separated-values;q=0.8, application/n-triples;q=0.9, text/turtle;q=0.8, */*;q=0.1")
_RESULT_TYPES = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
                 "application/json": ox.QueryResultsFormat.JSON,
                 "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                 "application/xml": ox.QueryResultsFormat.XML,
                 "text/tab-separated-values": ox.QueryResultsFormat.TSV}
_GRAPH_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
                "text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
                "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/n-quads": ox.RdfFormat.N_QUADS,
                "application/trig": ox.RdfFormat.TRIG}
_PREFIX_DECL = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_URL_HINT = ("check the URL: Oxigraph server answers at /query and /update, kg serve at /sparql and "
             "/update, Fuseki at /DATASET/sparql and /DATASET/update")


class RemoteStore:
    """A SPARQL 1.1 endpoint used as a store: queries over the Protocol, writes over SPARQL Update
    and, for graphs new to the server, the Graph Store HTTP Protocol.

    ``store_url`` is the Graph Store Protocol endpoint: None finds it next to the query URL
    (KG_STORE_ENDPOINT overrides), ``"none"`` never uses it.
    """

    def __init__(self, query_url: str, update_url: str | None = None, *, timeout: float | None = None,
                 batch_quads: int = BATCH_QUADS, store_url: str | None = None):
        store_url = store_url if store_url is not None else os.environ.get("KG_STORE_ENDPOINT")
        self._store_url: str | None = None if store_url is None else ("" if store_url.lower() in NO_GSP else store_url)
        for url in (query_url, update_url, self._store_url or None):
            if url is not None and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise KGError(f"'{url}' is not an http(s) URL", hint="e.g. --endpoint http://127.0.0.1:7878/query")
        self.query_url = query_url
        self.update_url = update_url
        self.timeout = timeout if timeout is not None else _env_timeout()
        self.batch_quads = batch_quads
        self.description = f"endpoint {query_url}"

    # -- HTTP --------------------------------------------------------------------------------
    def _post(self, url: str, body: bytes, content_type: str, accept: str | None = None, what: str = "query"):
        """POST and return the open response; every failure becomes one KGError naming the URL."""
        headers = {"Content-Type": content_type, "User-Agent": "diplomatic-kg"}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            raise self._http_error(url, exc, what) from None
        except (TimeoutError, socket.timeout):
            raise StoreError(f"{url}: no answer within {self.timeout:g} s",
                             hint="the server may be busy or the query too heavy; narrow the query, or wait longer with KG_ENDPOINT_TIMEOUT=SECONDS") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise StoreError(f"{url}: no answer within {self.timeout:g} s",
                                 hint="the server may be busy or down; wait longer with KG_ENDPOINT_TIMEOUT=SECONDS") from None
            text = getattr(reason, "strerror", None) or str(reason)
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {text}",
                             hint="is the server running? start one with `kg serve` or "
                                  "`oxigraph serve --location DIR --union-default-graph`") from None
        except (ConnectionError, OSError) as exc:  # reset or closed mid-request
            raise StoreError(f"the SPARQL endpoint {url} dropped the connection: {exc}",
                             hint="the server may have stopped; check it and run the command again") from None

    def _http_error(self, url: str, exc: urllib.error.HTTPError, what: str) -> KGError:
        error = self._describe_http_error(url, exc, what)
        error.status = exc.code  # type: ignore[attr-defined]
        return error

    def _describe_http_error(self, url: str, exc: urllib.error.HTTPError, what: str) -> KGError:
        try:
            body = exc.read(2000).decode("utf-8", "replace").strip()
        except OSError:
            body = ""
        detail = f": {body}" if body and "<html" not in body[:200].lower() else ""
        code = exc.code
        if code == 404:
            return StoreError(f"{url}: not found (HTTP 404); is this the SPARQL {what} endpoint?", hint=_URL_HINT)
        if code in (401, 403):
            hint = ("`kg serve` is read-only unless started with --allow-update" if what == "update"
                    else "the server needs credentials kg does not send")
            return StoreError(f"{url} refused the {what} (HTTP {code}){detail}", hint=hint)
        if code == 405:
            return StoreError(f"{url} does not accept SPARQL {what} requests (HTTP 405)", hint=_URL_HINT)
        if 400 <= code < 500:
            return QueryError(f"{url} rejected the {what} (HTTP {code}){detail}")
        return StoreError(f"{url}: server error (HTTP {code}){detail}",
                          hint="look at the server's log; the request may be too heavy for it")

    def _read(self, response, url: str) -> bytes:
        try:
            with response:
                return response.read()
        except (TimeoutError, socket.timeout):
            raise StoreError(f"{url}: no answer within {self.timeout:g} s (the answer stopped coming)",
                             hint="wait longer with KG_ENDPOINT_TIMEOUT=SECONDS") from None
        except OSError as exc:
            raise StoreError(f"{url}: the connection broke while reading the answer: {exc}") from None

    # -- reading -----------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
              origin: str = "query") -> QueryOutput:
        """Run a SPARQL query on the endpoint; parameters are bound by a top-level VALUES block."""
        text = with_prefixes(bind_values(sparql, substitutions) if substitutions else sparql)
        response = self._post(self.query_url, text.encode("utf-8"), "application/sparql-query", _ACCEPT)
        media = response.headers.get_content_type()
        data = self._read(response, self.query_url)
        try:
            if media in _RESULT_TYPES:
                return ox.parse_query_results(data, _RESULT_TYPES[media])
            if media in _GRAPH_TYPES:
                return _Triples([q.triple for q in ox.parse(data, _GRAPH_TYPES[media])])
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url}: the answer is not valid {media}: {exc}",
                             hint="is this URL a SPARQL endpoint?") from None
        raise StoreError(f"{self.query_url}: the answer is not SPARQL results (Content-Type {media or 'missing'})",
                         hint=_URL_HINT)

    def graph_counts(self) -> dict[str, int]:
        """Quads per named graph on the server (used by `kg push` to skip graphs already there)."""
        sols = self.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {s["g"].value: int(s["n"].value) for s in sols}

    def quad_count(self) -> int:
        sols = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(sols[0]["n"].value) if sols else 0

    def dump(self, output: IO[bytes], format: ox.RdfFormat) -> None:
        """Every quad of the named graphs, streamed from the server into ``output``."""
        sols = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        quads = (ox.Quad(s["s"], s["p"], s["o"], s["g"]) for s in sols)
        ox.serialize(quads, output, format, prefixes=PREFIXES if format in (ox.RdfFormat.TRIG,) else None)

    # -- writing -----------------------------------------------------------------------------
    def _check_writable(self) -> None:
        if not self.update_url:
            raise StoreError(f"{self.description} is read-only here: no update endpoint was given",
                             hint="add --update-endpoint URL (Oxigraph: .../update, Fuseki: /DATASET/update)")

    def _update(self, text: bytes) -> None:
        self._check_writable()
        self._read(self._post(self.update_url, text, "application/sparql-update", what="update"), self.update_url)

    def store_endpoint(self) -> str | None:
        """The Graph Store Protocol URL that takes N-Quads for the whole dataset, or None.

        Found once, by POSTing an empty N-Quads body (a write of nothing) to the usual places next to
        the query URL: Oxigraph's ``/store``, Fuseki's ``/DATASET/data``. A server that answers
        404, 405, 415 or 403 there has none, and writes go over SPARQL Update only.
        """
        if self._store_url is not None:
            return self._store_url or None
        if not self.update_url:
            self._store_url = ""
            return None
        self._store_url = ""
        for url in store_url_candidates(self.query_url):
            try:
                self._read(self._post(url, b"", "application/n-quads", what="update"), url)
            except KGError as exc:
                if getattr(exc, "status", None) is None:  # unreachable, no answer: not a "no"
                    raise
                continue
            self._store_url = url
            break
        return self._store_url or None

    def post_nquads(self, body: bytes) -> None:
        """Add a dataset (N-Quads) to the server in one Graph Store Protocol POST: one transaction."""
        url = self.store_endpoint()
        if url is None:
            raise StoreError(f"{self.description} offers no Graph Store Protocol endpoint",
                             hint="give its URL with --store-endpoint (Oxigraph: /store, Fuseki: /DATASET/data)")
        self._read(self._post(url, body, "application/n-quads", what="update"), url)

    def existing_graphs(self, names: Iterable[str]) -> set[str]:
        """Which of these named graphs hold at least one quad on the server."""
        names = list(names)
        found: set[str] = set()
        for i in range(0, len(names), 500):
            values = " ".join(str(ox.NamedNode(g)) for g in names[i:i + 500])
            sols = self.query(f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
            found.update(s["g"].value for s in sols)
        return found

    def replace_graphs(self, graphs: Mapping[ox.NamedNode, Iterable[ox.Quad]]) -> None:
        """Replace each named graph whole: new graphs by Graph Store Protocol POST where offered, the
        rest by SPARQL Update; each request is one transaction of whole graphs (about batch_quads quads)."""
        graphs = {g: list(quads) for g, quads in graphs.items()}
        if not graphs:
            return
        self._check_writable()
        if self.store_endpoint() is not None:
            there = self.existing_graphs(g.value for g in graphs)
            fresh = [quads for g, quads in graphs.items() if g.value not in there and quads]
            for batch in whole_graph_batches(fresh, GSP_BATCH_QUADS):
                self.post_nquads(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))
            graphs = {g: quads for g, quads in graphs.items() if g.value in there}
        self.replace_graphs_by_update(graphs)

    def replace_graphs_by_update(self, graphs: Mapping[ox.NamedNode, list[ox.Quad]]) -> None:
        """Replace named graphs with SPARQL Update (DROP SILENT GRAPH; INSERT DATA), about batch_quads per request."""
        batch: dict[ox.NamedNode, list[ox.Quad]] = {}
        size = 0
        for g, quads in graphs.items():
            if batch and size + len(quads) > self.batch_quads:
                self._update(insert_data_text(batch).encode("utf-8"))
                batch, size = {}, 0
            batch[g] = quads
            size += len(quads)
        if batch:
            self._update(insert_data_text(batch).encode("utf-8"))

    def replace_graphs_ntriples(self, graphs: Mapping[str, bytes], absent: Container[str] = ()) -> None:
        """Replace named graphs given as N-Triples bytes (what Store.dump gives) in one request.

        Graphs in ``absent`` are known not to be on the server and are not dropped first (a DROP
        costs the server about as much as an insert).
        """
        drops = [b"DROP SILENT GRAPH <" + g.encode() + b">" for g in graphs if g not in absent]
        parts = [b" ;\n".join(drops), b" ;\n" if drops else b"", b"INSERT DATA {\n"]
        for g, data in graphs.items():
            parts += [b"GRAPH <", g.encode(), b"> {\n", data, b"}\n"]
        parts.append(b"}")
        self._update(b"".join(parts))

    def load_dataset(self, path: Path, format: ox.RdfFormat) -> int:
        """Replace the named graphs a dataset file holds with its content (read whole before writing)."""
        graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
        default: list[ox.Quad] = []
        try:
            for quad in ox.parse(path=str(path), format=format):
                if isinstance(quad.graph_name, ox.DefaultGraph):
                    default.append(quad)
                else:
                    graphs.setdefault(quad.graph_name, []).append(quad)
        except SyntaxError as exc:
            raise InputError(f"not valid {format.name}: {exc}", where=str(path), hint="fix the file; nothing was loaded") from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc}", where=str(path)) from None
        self.replace_graphs(graphs)
        if default:
            triples = ox.serialize([q.triple for q in default], format=ox.RdfFormat.N_TRIPLES)
            self._update(b"INSERT DATA {\n" + triples + b"}")
        return len(default) + sum(len(q) for q in graphs.values())

    def close(self) -> None:
        """Nothing to release: every request opens and closes its own connection."""


def _env_timeout() -> float:
    """Seconds to wait for an endpoint: KG_ENDPOINT_TIMEOUT, else DEFAULT_TIMEOUT."""
    raw = os.environ.get("KG_ENDPOINT_TIMEOUT")
    try:
        return float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        raise KGError(f"KG_ENDPOINT_TIMEOUT={raw!r} is not a number of seconds") from None


class _Triples(list):
    """The triples of a CONSTRUCT/DESCRIBE answer (QueryResult treats any non-solutions iterable as a graph)."""


def with_prefixes(sparql: str) -> str:
    """Prepend PREFIX lines for kg's predeclared prefixes that the query does not declare itself."""
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(sparql)}
    missing = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared]
    return "\n".join(missing + [sparql]) if missing else sparql


def bind_values(sparql: str, substitutions: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """Bind variables by a VALUES block at the start of the top-level WHERE group.

    Terms are written by the engine (their N-Triples form), never spliced as raw text. Our named
    queries use their parameters only at the top level, where this equals engine substitution.
    """
    if not substitutions:
        return sparql
    names = list(substitutions)
    block = (" VALUES (" + " ".join(f"?{n}" for n in names) + ") { ("
             + " ".join(str(substitutions[n]) for n in names) + ") }\n")
    at = _first_group_brace(sparql)
    if at < 0:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    return sparql[: at + 1] + block + sparql[at + 1:]


def _first_group_brace(text: str) -> int:
    """Index of the first '{' that is not inside a comment, string or IRI."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch == "<":
            m = _IRIREF.match(text, i)
            if m:
                i = m.end()
                continue
        if ch in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
            continue
        if ch == "{":
            return i
        i += 1
    return -1


def whole_graph_batches(graphs: Iterable[list[ox.Quad]], size: int) -> Iterator[list[ox.Quad]]:
    """Lists of quads of about ``size`` quads, each made of whole graphs (a bigger graph goes alone)."""
    batch: list[ox.Quad] = []
    for quads in graphs:
        if batch and len(batch) + len(quads) > size:
            yield batch
            batch = []
        batch.extend(quads)
    if batch:
        yield batch


def store_url_candidates(query_url: str) -> list[str]:
    """Where a server's Graph Store Protocol endpoint usually is, given its query URL.

    Oxigraph: ``/query`` -> ``/store``; Fuseki: ``/DATASET/sparql`` (or ``/query``) -> ``/DATASET/data``.
    """
    m = re.match(r"^(.*)/(query|sparql)/?$", query_url)
    if not m:
        return []
    base, name = m.groups()
    order = ("store", "data") if name == "query" else ("data", "store")
    return [f"{base}/{leaf}" for leaf in order]


def iter_graph_counts(store: ox.Store) -> Iterator[tuple[str, int]]:
    """Quads per named graph of an embedded pyoxigraph store."""
    sols = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    for s in sols:
        yield s["g"].value, int(s["n"].value)
