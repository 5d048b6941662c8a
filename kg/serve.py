"""`kg serve`: the store over the SPARQL 1.1 Protocol, with the visualisation and a query page.

A small Flask app served by waitress. Queries run on the Oxigraph engine in a worker thread and
the engine's own serialisers write the answer (no row-by-row conversion in Python); the request
thread waits at most ``timeout`` seconds. The engine cannot be cancelled: a query that times out
keeps its worker thread busy until it finishes, while the client already has its 503.
"""
from __future__ import annotations

import html
import json
import os
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Flask, Response, redirect, request

from kg.queries import named_queries
from kg.remote import bind_values
from kg.results import compact
from kg.store import SERVE_MARKER, EmbeddedStore
from kg.vocab import PREFIXES

RESULT_TYPES = {  # media type -> engine format, for SELECT and ASK; the first is the default
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES = {  # for CONSTRUCT and DESCRIBE
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
FORMAT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
                "ttl": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}
UI_ROWS = 1000


@dataclass
class ServeOptions:
    """What `kg serve` was asked for."""

    allow_update: bool = False
    timeout: float = 30.0
    max_results: int = 200_000  # rows (SELECT) or triples (CONSTRUCT); 0 = no limit
    workers: int = 4


class Refused(Exception):
    """An answer the client gets as an HTTP error with a plain-text explanation."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# -- counting rows in a serialised answer, without converting rows in Python ---------------------
def count_rows(data: bytes, fmt: ox.QueryResultsFormat) -> int:
    """Solutions in an engine-serialised SELECT answer (exact for every format)."""
    if fmt == ox.QueryResultsFormat.TSV:
        return max(data.count(b"\n") - 1, 0)
    if fmt == ox.QueryResultsFormat.XML:
        return data.count(b"<result>")
    if fmt == ox.QueryResultsFormat.CSV:  # record ends outside quoted fields ("" escapes a quote)
        return max(sum(seg.count(b"\r\n") for seg in data.split(b'"')[::2]) - 1, 0)
    # JSON: rows are separated by "},{" outside strings; first a cheap upper bound, exact if needed
    start = data.find(b'"bindings":[')
    if start < 0 or data[start + 12:start + 13] == b"]":
        return 0
    return data.count(b"},{") + 1


def exact_json_rows(data: bytes) -> int:
    """The exact row count of a JSON answer: separators counted outside string literals."""
    start = data.find(b'"bindings":[')
    if start < 0 or data[start + 12:start + 13] == b"]":
        return 0
    plain = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    return sum(seg.count(b"},{") for seg in plain.split(b'"')[::2]) + 1


def over_limit(data: bytes, fmt: ox.QueryResultsFormat, limit: int) -> int | None:
    """The row count if it exceeds ``limit`` (0 = none), else None."""
    if not limit:
        return None
    n = count_rows(data, fmt)
    if n > limit and fmt == ox.QueryResultsFormat.JSON:
        n = exact_json_rows(data)
    return n if n > limit else None


# -- running work with a deadline ---------------------------------------------------------------
class Runner:
    """Runs engine calls in daemon worker threads, at most ``workers`` at once, waiting ``timeout`` s."""

    def __init__(self, workers: int, timeout: float):
        self.slots = threading.BoundedSemaphore(workers)
        self.timeout = timeout
        self.busy = 0

    def run(self, job: Callable[[], object], timeout: float | None = -1.0):
        """The job's result; Refused(503) when it does not finish in time (the job runs on)."""
        limit = self.timeout if timeout == -1.0 else timeout
        if not self.slots.acquire(timeout=limit):
            raise Refused(503, "the server is busy (every worker is running a query); try again later")
        box: dict[str, object] = {}
        done = threading.Event()

        def work() -> None:
            try:
                box["value"] = job()
            except BaseException as exc:  # noqa: BLE001 - handed to the request thread
                box["error"] = exc
            finally:
                self.slots.release()
                done.set()

        threading.Thread(target=work, daemon=True, name="kg-query").start()
        if not done.wait(limit):
            raise Refused(503, f"the query did not finish within {limit:g} s (kg serve --timeout); "
                               "narrow it or add LIMIT. The engine cannot cancel it: it finishes in the background.")
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box["value"]


# -- the app ------------------------------------------------------------------------------------
def create_app(store: ox.Store, options: ServeOptions, description: str = "store") -> Flask:
    """The WSGI app serving ``store``: /sparql (and /query), /update, /ui and / (visualisation)."""
    app = Flask("kg.serve")
    runner = Runner(options.workers, options.timeout)
    write_lock = threading.Lock()
    viz_cache: dict[str, str] = {}

    def plain(status: int, message: str) -> Response:
        return Response(message.rstrip() + "\n", status=status, mimetype="text/plain")

    @app.errorhandler(Refused)
    def refused(exc: Refused) -> Response:
        return plain(exc.status, exc.message)

    def evaluate(sparql: str, result_type: str | None, graph_type: str | None,
                 default_graphs: list[str], named: list[str]) -> tuple[bytes, str]:
        kwargs: dict = {"prefixes": PREFIXES}
        if default_graphs or named:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs] or None
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named] or None
        else:
            kwargs["use_default_graph_as_union"] = True
        try:
            raw = store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise Refused(400, f"SPARQL syntax error: {exc}") from None
        except ValueError as exc:
            raise Refused(400, f"bad request: {exc}") from None
        if isinstance(raw, ox.QueryTriples):
            media = graph_type or "text/turtle"
            nt = raw.serialize(format=ox.RdfFormat.N_TRIPLES)
            count = nt.count(b"\n")
            if options.max_results and count > options.max_results:
                raise Refused(400, f"the query gives {count} triples, more than this server's limit of "
                                   f"{options.max_results} (kg serve --max-results); add LIMIT or narrow it")
            if GRAPH_TYPES[media] == ox.RdfFormat.N_TRIPLES:
                return nt, media
            triples = [q.triple for q in ox.parse(nt, ox.RdfFormat.N_TRIPLES)]
            fmt = GRAPH_TYPES[media]
            data = ox.serialize(triples, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
            return data, media
        media = result_type or "application/sparql-results+json"
        fmt = RESULT_TYPES[media]
        data = raw.serialize(format=fmt)
        if isinstance(raw, ox.QuerySolutions):
            n = over_limit(data, fmt, options.max_results)
            if n is not None:
                raise Refused(400, f"the query gives {n} rows, more than this server's limit of "
                                   f"{options.max_results} (kg serve --max-results); add LIMIT or narrow it")
        return data, media

    def negotiate(choices: dict) -> str | None:
        fmt = request.values.get("format")
        if fmt:
            media = FORMAT_NAMES.get(fmt, fmt)
            return media if media in choices else None
        return request.accept_mimetypes.best_match(list(choices))

    def read_operation(name: str) -> str | None:
        kind = "application/sparql-query" if name == "query" else "application/sparql-update"
        if request.method == "POST" and request.mimetype == kind:
            return request.get_data(as_text=True)
        if request.method == "POST" and request.mimetype not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            raise Refused(415, f"send the {name} as {kind} or as a form field '{name}' "
                               f"(application/x-www-form-urlencoded), not {request.mimetype or 'no content type'}")
        return request.values.get(name)

    @app.route("/sparql", methods=["GET", "POST"])
    @app.route("/query", methods=["GET", "POST"])
    def sparql() -> Response:
        text = read_operation("query")
        if text is None:
            if request.method == "GET" and request.accept_mimetypes.accept_html:
                return redirect("/ui")
            raise Refused(400, "no query: give ?query=... (GET), a 'query' form field, or an application/sparql-query body")
        if request.values.get("update"):
            raise Refused(400, "updates go to /update")
        result_type, graph_type = negotiate(RESULT_TYPES), negotiate(GRAPH_TYPES)
        defaults = request.values.getlist("default-graph-uri")
        named = request.values.getlist("named-graph-uri")
        data, media = runner.run(lambda: evaluate(text, result_type, graph_type, defaults, named))
        charset = "" if media.endswith("json") else "; charset=utf-8"
        return Response(data, status=200, content_type=media + charset)

    @app.route("/update", methods=["GET", "POST"])
    def update() -> Response:
        if not options.allow_update:
            raise Refused(403, "this kg serve is read-only: updates are refused (start it with --allow-update to accept them)")
        if request.method != "POST":
            raise Refused(405, "send updates with POST")
        text = read_operation("update")
        if not text:
            raise Refused(400, "no update: give an application/sparql-update body or an 'update' form field")

        def apply() -> None:
            with write_lock:
                try:
                    store.update(text, prefixes=PREFIXES)
                except SyntaxError as exc:
                    raise Refused(400, f"SPARQL syntax error: {exc}") from None
                except ValueError as exc:
                    raise Refused(400, f"bad update: {exc}") from None
                except OSError as exc:
                    raise Refused(500, f"the store refused the write: {exc}") from None
            viz_cache.clear()

        runner.run(apply, timeout=None)  # an update that started is waited for: it cannot be undone
        return Response(status=204)

    @app.route("/ui", methods=["GET", "POST"])
    def ui() -> Response:
        text = request.values.get("query")
        pick = request.values.get("named")
        if pick and not text:
            q = named_queries().get(pick)
            if q is not None:
                text = bind_values(q.text, q.bindings({}))
        table = ""
        if text:
            try:
                table = runner.run(lambda: html_table(store, text, options.max_results))
            except Refused as exc:
                table = f'<p class="error">{html.escape(exc.message)}</p>'
        return Response(ui_page(text or "", table, description), mimetype="text/html")

    @app.route("/")
    def index() -> Response:
        """The graph drawn; ?actor=&depth=&since=&until=&status=&lang=&mode= filter it as `kg viz` does."""
        chosen = {k: v for k, v in request.args.items()
                  if k in ("actor", "depth", "since", "until", "status", "lang", "mode") and v}
        key = json.dumps(chosen, sort_keys=True)
        if key not in viz_cache:
            page = runner.run(lambda: render_viz(store, chosen), timeout=max(options.timeout, 120))
            if len(viz_cache) > 32:
                viz_cache.clear()
            viz_cache[key] = page
        return Response(viz_cache[key], mimetype="text/html")

    return app


def html_table(store: ox.Store, sparql: str, limit: int) -> str:
    """The answer as an escaped HTML table (at most UI_ROWS rows shown), for the query page."""
    try:
        raw = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    except (SyntaxError, ValueError) as exc:
        raise Refused(400, f"SPARQL error: {exc}") from None
    esc = html.escape
    if isinstance(raw, ox.QueryBoolean) or isinstance(raw, bool):
        return f"<p>{'yes' if bool(raw) else 'no'}</p>"
    if isinstance(raw, ox.QueryTriples):
        columns, rows = ["subject", "predicate", "object"], ((t.subject, t.predicate, t.object) for t in raw)
    else:
        columns = [v.value for v in raw.variables]
        rows = (tuple(sol[c] for c in columns) for sol in raw)
    out = ["<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in columns) + "</tr></thead><tbody>"]
    shown = 0
    for row in rows:
        if shown == UI_ROWS:
            out.append(f'</tbody></table><p class="note">only the first {UI_ROWS} rows are shown; '
                       "use /sparql for the whole answer</p>")
            return "".join(out)
        out.append("<tr>" + "".join(f"<td>{esc(compact(v))}</td>" for v in row) + "</tr>")
        shown += 1
    out.append(f"</tbody></table><p class=\"note\">{shown} row{'s' if shown != 1 else ''}</p>")
    return "".join(out)


_STYLE = """body{font-family:system-ui,sans-serif;margin:1.5em;max-width:80em}
textarea{width:100%;height:14em;font-family:monospace}table{border-collapse:collapse;margin-top:1em}
td,th{border:1px solid #ccc;padding:.2em .5em;text-align:start;vertical-align:top}
.error{color:#b00;white-space:pre-wrap}.note{color:#555}"""


def ui_page(text: str, table: str, description: str) -> str:
    """The query page: a textarea, a run button, links to the named queries, and the results."""
    links = " · ".join(f'<a href="/ui?named={html.escape(n)}">{html.escape(n)}</a>' for n in named_queries())
    return (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>kg: query</title><style>{_STYLE}</style>"
            f"</head><body><h1>Query {html.escape(description)}</h1><p>Named queries: {links}</p>"
            f"<form method=\"post\" action=\"/ui\"><textarea name=\"query\" dir=\"auto\">{html.escape(text)}</textarea>"
            "<p><button type=\"submit\">Run</button> Prefixes dip:, dipr:, prov:, schema:, skos:, rdfs: are "
            "predeclared. The SPARQL endpoint is <code>/sparql</code>; the graph is drawn at <a href=\"/\">/</a>.</p>"
            f"</form>{table}</body></html>")


def render_viz(store: ox.Store, options: dict[str, str] | None = None) -> str:
    """The visualisation page (kg.viz) or, where it is not installed, a page linking to the query page."""
    try:
        from kg import viz  # the visualisation package; optional here
        render, page_html = viz.render, viz.page_html
    except (ImportError, AttributeError):
        return ("<!doctype html><html><head><meta charset=\"utf-8\"><title>kg</title></head><body>"
                "<h1>diplomatic-kg</h1><p>The visualisation is not installed in this kg. "
                "<a href=\"/ui\">Query the graph</a>, or use the SPARQL endpoint at <code>/sparql</code>.</p>"
                "</body></html>")
    from kg.api import KnowledgeGraph
    from kg.errors import KGError

    backend = EmbeddedStore(None)
    backend._store = store  # the served store, shared (read-only use)
    kwargs: dict = dict(options or {})
    if "depth" in kwargs:
        kwargs["depth"] = int(kwargs["depth"]) if kwargs["depth"].isdigit() else 1
    try:
        return page_html(render(KnowledgeGraph(backend), **kwargs))
    except KGError as exc:
        raise Refused(400, exc.render()) from None


# -- running the server --------------------------------------------------------------------------
BYTES_PER_QUAD_IN_MEMORY = 600
"""RAM an in-memory snapshot takes per quad (measured: 876 MB resident at 1.6M quads, answers included)."""


def available_memory() -> int | None:
    """Bytes of RAM the system can still give (MemAvailable), or None where unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def open_served(store_path: str | None, memory: bool, allow_update: bool) -> EmbeddedStore:
    """The store to serve: on disk, or (``memory``) a read-only in-memory snapshot of it.

    Either way the folder stays locked while served, so a snapshot cannot go stale and other kg
    commands on the folder are told to use the endpoint. A snapshot that would take more than half
    of the RAM still available is refused.
    """
    from kg.errors import KGError

    if store_path is None:
        return EmbeddedStore(None)
    if memory and allow_update:
        raise KGError("--allow-update needs the store served from disk: updates to an in-memory snapshot would be lost",
                      hint="drop --memory")
    backend = EmbeddedStore(store_path, create=False)
    if not memory:
        return backend
    need, free = len(backend.oxigraph) * BYTES_PER_QUAD_IN_MEMORY, available_memory()
    backend.close()
    if free is not None and need > free // 2:
        raise KGError(f"an in-memory snapshot of {store_path} would take about {need / 2**30:.1f} GiB, "
                      f"more than half of the {free / 2**30:.1f} GiB of RAM available", hint="serve it from disk: drop --memory")
    return EmbeddedStore(store_path, create=False, memory=True)


def serve(store_path: str | None, host: str, port: int, options: ServeOptions, *, memory: bool = False,
          say: Callable[[str], None] = print) -> None:
    """Serve a store until Ctrl-C or SIGTERM; leave SERVE_MARKER in the folder while serving.

    ``memory``: serve a read-only in-memory snapshot of the store instead of the store on disk.
    """
    from waitress import create_server

    from kg.errors import StoreError

    marker: Path | None = None
    backend = open_served(store_path, memory, options.allow_update)
    store = backend.oxigraph
    description = (f"store {store_path}" + (" (in-memory snapshot)" if memory else " (on disk)")
                   if store_path else "an empty in-memory store")
    app = create_app(store, options, description)
    try:
        server = create_server(app, host=host, port=port, threads=max(options.workers * 2, 4), ident="kg serve")
    except OSError as exc:
        backend.close()
        raise StoreError(f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                         hint="choose another --port, or stop what is using this one") from None
    shown = f"[{host}]" if ":" in host else host
    base = f"http://{shown}:{server.effective_port}"
    query_url, update_url = f"{base}/sparql", f"{base}/update"
    if store_path:
        marker = Path(store_path) / SERVE_MARKER
        marker.write_text(json.dumps({"pid": os.getpid(), "query_url": query_url,
                                      "update_url": update_url if options.allow_update else None}))

    def stop(signum, frame) -> None:  # noqa: ARG001
        raise SystemExit(0)

    previous = signal.signal(signal.SIGTERM, stop)
    say(f"serving {description} at {base}/ (SPARQL: {query_url}; updates: "
        f"{update_url if options.allow_update else 'refused (read-only)'}); Ctrl-C stops")
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()
        if marker is not None:
            marker.unlink(missing_ok=True)
        backend.close()
        say("stopped")
    if any(t.name == "kg-query" for t in threading.enumerate()):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)  # a query the engine cannot cancel is still running: do not wait for it
