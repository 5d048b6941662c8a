"""`kg push`: copy the embedded store to a SPARQL server, graph by graph, resumable."""
from __future__ import annotations

import re
from concurrent.futures import Future, ThreadPoolExecutor

import click
import pyoxigraph as ox
from tqdm import tqdm

from kg.cli import Env, main, pass_env
from kg.errors import KGError
from kg.remote import RemoteStore, iter_graph_counts


def guess_update_url(query_url: str) -> str | None:
    """Oxigraph (/query), kg serve (/sparql) and Fuseki (/DATASET/sparql|query) all take updates at .../update."""
    m = re.match(r"^(.*)/(query|sparql)/?$", query_url)
    return f"{m.group(1)}/update" if m else None


@main.command()
@click.option("--to", "to", required=True, metavar="QUERY_URL", help="The server's SPARQL query endpoint.")
@click.option("--update-endpoint", "update_url", metavar="URL",
              help="Its SPARQL Update endpoint [default: QUERY_URL with /query or /sparql replaced by /update].")
@click.option("--batch-size", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Most quads per request; a larger graph is sent alone, whole.")
@click.option("--force", is_flag=True, help="Send every graph, even those the server already holds with the same quad count.")
@click.option("--timeout", default=300.0, show_default=True, type=click.FloatRange(min=1), help="Seconds to wait for each request.")
@pass_env
def push(env: Env, to: str, update_url: str | None, batch_size: int, force: bool, timeout: float) -> None:
    """Copy the embedded store (--store) to a SPARQL 1.1 server.

    Each named graph is replaced whole, in one request with others (DROP SILENT GRAPH then
    INSERT DATA), so an interrupted push leaves only whole graphs; run it again to finish:
    graphs the server already holds with the same number of quads are skipped.

    \b
    kg --store kg-store push --to http://127.0.0.1:7878/query
    """
    if env.endpoint:
        raise KGError("kg push copies the embedded store (--store) to --to URL; drop the global --endpoint")
    update_url = update_url or guess_update_url(to)
    if not update_url:
        raise KGError(f"cannot tell the update endpoint of {to}", hint="give --update-endpoint URL")
    kg = env.open()
    store: ox.Store = kg.backend.oxigraph
    local = dict(iter_graph_counts(store))
    remote = RemoteStore(to, update_url, timeout=timeout)
    there = {} if force else remote.graph_counts()
    todo = sorted(g for g, n in local.items() if there.get(g) != n)
    total = sum(local[g] for g in todo)
    skipped = len(local) - len(todo)
    env.say(f"pushing {len(todo)} graphs ({total} quads) to {update_url}"
            + (f"; {skipped} already there" if skipped else ""))
    absent = set() if force else {g for g in todo if g not in there}
    sent = 0
    # one request in flight while the next batch is read from the store (the client waits on I/O)
    with tqdm(total=total, unit="quad", unit_scale=True, disable=env.quiet, leave=False) as bar, \
            ThreadPoolExecutor(1) as sender:
        pending: Future | None = None

        def flush(batch: dict[str, bytes], size: int) -> Future:
            nonlocal pending
            if pending is not None:
                pending.result()
            future = sender.submit(remote.replace_graphs_ntriples, batch, absent)
            future.add_done_callback(lambda f: f.exception() is None and bar.update(size))
            pending = future
            return future

        batch: dict[str, bytes] = {}
        size = 0
        for g in todo:
            if batch and size + local[g] > batch_size:
                flush(batch, size)
                sent += len(batch)
                batch, size = {}, 0
            batch[g] = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g))
            size += local[g]
        if batch:
            flush(batch, size)
            sent += len(batch)
        if pending is not None:
            pending.result()
    env.say(f"pushed {sent} graphs ({total} quads); the server holds {remote.quad_count()} quads in named graphs")
