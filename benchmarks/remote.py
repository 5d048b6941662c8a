"""Remote stores: `kg push` throughput to a local Oxigraph server, and `sponsored-meetings`
through `kg serve` against the same query on the embedded store.

    python benchmarks/remote.py [--sizes 10000,100000] [--repeat 3]

Synthetic article graphs (benchmarks/synthetic.py: 3 meetings each, ~17 quads per meeting) are bulk-loaded into an
embedded store, pushed to `oxigraph serve --location TMP --union-default-graph`, and then served
by `kg serve`. Goals: push >= 50k quads/s; kg serve within 20% of the embedded engine at 100k.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_nquads  # noqa: E402  (shared with benchmarks/store.py)

from kg.cli import main as kg_main  # noqa: E402
from kg.queries import get_named_query  # noqa: E402
from kg.remote import bind_values  # noqa: E402
from kg.vocab import PREFIXES  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen) -> None:
    for _ in range(600):
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"no server on port {port}")


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run_size(meetings: int, repeat: int, work: Path) -> dict:
    store_dir, ox_dir = work / f"store-{meetings}", work / f"oxigraph-{meetings}"
    data = work / f"data-{meetings}.nq"
    quads = write_nquads(data, meetings)
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    del store

    # push to a fresh Oxigraph server
    port = free_port()
    ox_dir.mkdir()
    server = subprocess.Popen(["oxigraph", "serve", "--location", str(ox_dir), "--bind", f"127.0.0.1:{port}",
                               "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port, server)
        t = time.perf_counter()
        kg_main(["--store", str(store_dir), "-q", "push", "--to", f"http://127.0.0.1:{port}/query"], standalone_mode=False)
        push_s = time.perf_counter() - t
    finally:
        server.terminate()
        server.wait()

    # sponsored-meetings: the embedded engine (query + JSON serialisation) ...
    named = get_named_query("sponsored-meetings")
    subs = {ox.Variable(k): v for k, v in named.bindings({}).items()}
    store = ox.Store(str(store_dir))

    def embedded() -> int:
        raw = store.query(named.text, use_default_graph_as_union=True, prefixes=PREFIXES, substitutions=subs)
        return len(raw.serialize(format=ox.QueryResultsFormat.JSON))

    rows = sum(1 for _ in store.query(named.text, use_default_graph_as_union=True, prefixes=PREFIXES, substitutions=subs))
    embedded()  # warm the caches as the server's first query does
    embedded_s = median_time(embedded, repeat)
    del store

    # ... against the same through kg serve over HTTP (the client reads the whole answer)
    port = free_port()
    served = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store_dir), "-q", "serve", "--port", str(port),
                               "--timeout", "3600", "--max-results", "0"])
    try:
        wait_port(port, served)
        body = urllib.parse.urlencode({"query": bind_values(named.text, named.bindings({}))}).encode()

        def through_serve() -> int:
            request = urllib.request.Request(f"http://127.0.0.1:{port}/sparql", data=body,
                                             headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=3600) as response:
                return len(response.read())

        through_serve()
        serve_s = median_time(through_serve, repeat)
    finally:
        served.terminate()
        served.wait()
    return {"meetings": meetings, "quads": quads, "push_s": push_s, "rows": rows,
            "embedded_s": embedded_s, "serve_s": serve_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="meeting counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (the median is shown)")
    args = parser.parse_args()
    if shutil.which("oxigraph") is None:
        raise SystemExit("needs the oxigraph server: pip install oxigraph")
    work = Path(tempfile.mkdtemp(prefix="kg-bench-remote-"))
    try:
        results = [run_size(int(n), args.repeat, work) for n in args.sizes.split(",")]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nkg push to oxigraph serve, and sponsored-meetings via kg serve vs embedded "
          f"(median of {args.repeat}; {os.cpu_count()} cores)\n")
    head = ("meetings", "quads", "push s", "push quads/s", "rows", "embedded s", "kg serve s", "overhead")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---:" for _ in head) + "|")
    for r in results:
        overhead = (r["serve_s"] - r["embedded_s"]) / r["embedded_s"] * 100
        print(f"| {r['meetings']:,} | {r['quads']:,} | {r['push_s']:.1f} | {r['quads'] / r['push_s']:,.0f} | "
              f"{r['rows']:,} | {r['embedded_s']:.2f} | {r['serve_s']:.2f} | {overhead:+.0f}% |")


if __name__ == "__main__":
    main()
