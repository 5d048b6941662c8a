"""`kg push`: copy the embedded store to a SPARQL server, whole graph by whole graph, resumable."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import click
import pyoxigraph as ox
from tqdm import tqdm

from kg.cli import Env, main, pass_env
from kg.errors import KGError
from kg.remote import GSP_BATCH_QUADS, RemoteStore, iter_graph_counts


def guess_update_url(query_url: str) -> str | None:
    """Oxigraph (/query), kg serve (/sparql) and Fuseki (/DATASET/sparql|query) all take updates at .../update."""
    m = re.match(r"^(.*)/(query|sparql)/?$", query_url)
    return f"{m.group(1)}/update" if m else None


@main.command()
@click.option("--to", "to", required=True, metavar="QUERY_URL", help="The server's SPARQL query endpoint.")
@click.option("--update-endpoint", "update_url", metavar="URL",
              help="Its SPARQL Update endpoint [default: QUERY_URL with /query or /sparql replaced by /update].")
@click.option("--store-endpoint", "store_url", metavar="URL|none",
              help="Its Graph Store Protocol dataset endpoint, for new graphs [default: found next to QUERY_URL: "
                   "Oxigraph /store, Fuseki /DATASET/data]; 'none': SPARQL Update only.")
@click.option("--batch-size", default=None, type=click.IntRange(min=1),
              help=f"Most quads per request; a larger graph is sent alone, whole [default: {GSP_BATCH_QUADS:,} "
                   "by Graph Store Protocol, 10,000 by SPARQL Update].")
@click.option("--force", is_flag=True, help="Send every graph, even those the server already holds with the same quad count.")
@click.option("--timeout", default=300.0, show_default=True, type=click.FloatRange(min=1), help="Seconds to wait for each request.")
@pass_env
def push(env: Env, to: str, update_url: str | None, store_url: str | None, batch_size: int | None, force: bool,
         timeout: float) -> None:
    """Copy the embedded store (--store) to a SPARQL 1.1 server.

    Graphs the server does not hold go as N-Quads in Graph Store Protocol POSTs (several whole
    graphs per request); graphs it holds with other content are replaced by SPARQL Update (DROP
    SILENT GRAPH then INSERT DATA). Each request is one transaction, so an interrupted push
    leaves only whole graphs; run it again to finish: graphs the server already holds with the
    same number of quads are skipped.

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
    remote = RemoteStore(to, update_url, timeout=timeout, store_url=store_url)
    there = remote.graph_counts()
    todo = sorted(g for g, n in local.items() if force or there.get(g) != n)
    gsp = remote.store_endpoint()
    fresh = [g for g in todo if g not in there] if gsp else []
    changed = [g for g in todo if g in there] if gsp else todo
    total = sum(local[g] for g in todo)
    skipped = len(local) - len(todo)
    how = f"{gsp} (Graph Store Protocol) and {update_url}" if gsp else update_url
    env.say(f"pushing {len(todo)} graphs ({total} quads) to {how}" + (f"; {skipped} already there" if skipped else ""))
    absent = {g for g in changed if g not in there}
    with tqdm(total=total, unit="quad", unit_scale=True, disable=env.quiet, leave=False) as bar, \
            Pipeline(bar) as pipe:
        for batch, size in whole_graphs(fresh, local, batch_size or GSP_BATCH_QUADS,
                                        lambda g: list(store.quads_for_pattern(None, None, None, ox.NamedNode(g)))):
            body = ox.serialize(batch, format=ox.RdfFormat.N_QUADS)  # here: the sender thread only waits on I/O
            pipe.send(lambda b=body: remote.post_nquads(b), size)
        for batch, size in whole_graphs(changed, local, batch_size or 10_000,
                                        lambda g: store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(g)),
                                        as_dict=True):
            pipe.send(lambda b=batch: remote.replace_graphs_ntriples(b, absent), size)
    env.say(f"pushed {len(todo)} graphs ({total} quads); the server holds {remote.quad_count()} quads in named graphs")


def whole_graphs(graphs: list[str], counts: dict[str, int], size: int, read: Callable[[str], object],
                 as_dict: bool = False) -> Iterator[tuple[object, int]]:
    """Batches of about ``size`` quads made of whole graphs, each read by ``read(graph)``: a list of
    quads (extended), or a dict graph -> data with ``as_dict``; yields (batch, quad count)."""
    batch: list | dict = {} if as_dict else []
    n = 0
    for g in graphs:
        if n and n + counts[g] > size:
            yield batch, n
            batch, n = ({} if as_dict else []), 0
        if as_dict:
            batch[g] = read(g)
        else:
            batch.extend(read(g))
        n += counts[g]
    if n:
        yield batch, n


class Pipeline:
    """Sends requests one at a time in a background thread while the next batch is read; the
    progress bar advances as each request succeeds, and the first failure stops everything."""

    def __init__(self, bar: tqdm):
        self.bar = bar
        self.sender = ThreadPoolExecutor(1)
        self.pending: Future | None = None

    def send(self, request: Callable[[], None], size: int) -> None:
        self.wait()
        future = self.sender.submit(request)
        future.add_done_callback(lambda f: f.exception() is None and self.bar.update(size))
        self.pending = future

    def wait(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            pending.result()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        try:
            if kind is None:
                self.wait()
        finally:
            self.sender.shutdown(wait=True, cancel_futures=True)
