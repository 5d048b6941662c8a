"""`kg serve`: serve the store over the SPARQL 1.1 Protocol (read-only, on loopback, by default)."""
from __future__ import annotations

import click

from kg.cli import Env, main, pass_env
from kg.errors import KGError


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only (0.0.0.0: everyone).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update at /update (refused with 403 otherwise).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before the client gets a 503.")
@click.option("--max-results", default=200_000, show_default=True, type=click.IntRange(min=0),
              help="Most rows (or triples) one answer may hold; 0: no limit.")
@click.option("--memory", is_flag=True,
              help="Serve a read-only in-memory snapshot of the store: queries about 2.5x faster, for ~600 bytes of "
                   "RAM per quad and ~10 s per million quads to load. Lists joined by GROUP_CONCAT and rows that "
                   "tie in ORDER BY may come in another order than from the store on disk.")
@pass_env
def serve(env: Env, host: str, port: int, allow_update: bool, timeout: float, max_results: int, memory: bool) -> None:
    """Serve the store: SPARQL at /sparql, the graph drawn at /, a query page at /ui.

    \b
    kg serve                              # http://127.0.0.1:7878/
    kg --endpoint http://127.0.0.1:7878/sparql query who-met-whom
    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' http://127.0.0.1:7878/sparql

    While it runs, the store folder stays locked (also with an in-memory snapshot, which so cannot
    go stale), and other kg commands on it are told to use --endpoint.
    """
    from kg.serve import ServeOptions
    from kg.serve import serve as run

    if env.endpoint:
        raise KGError("kg serve serves an embedded store, not a remote endpoint",
                      hint="drop --endpoint, and give --store PATH")
    options = ServeOptions(allow_update=allow_update, timeout=timeout, max_results=max_results)
    run(env.store, host, port, options, memory=memory, say=env.say)
