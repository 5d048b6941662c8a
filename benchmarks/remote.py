"""Remote stores: `kg push` throughput to a local Oxigraph server (Graph Store Protocol against
SPARQL Update), and `sponsored-meetings` through `kg serve` (on disk and --memory) against the
same query on the embedded store.

    python benchmarks/remote.py [--sizes 10000,100000] [--repeat 5]

Synthetic article graphs (benchmarks/synthetic.py: 3 meetings each, ~17 quads per meeting) are bulk-loaded into an
embedded store and pushed to a fresh `oxigraph serve --location TMP --union-default-graph` twice: by
Graph Store Protocol POSTs (the default) and by SPARQL Update only (`--store-endpoint none`). The
push table gives wall-clock quads/s and the server's own CPU seconds (from /proc), which do not
depend on what else the machine runs.

`sponsored-meetings` (the exact text kg serve receives, parameters bound by VALUES) is timed on the
embedded engine (query + JSON serialisation, in this process) and as a full HTTP round trip
through `kg serve` (the client reads the whole answer), for the store on disk and an in-memory
snapshot. Runs are interleaved (embedded, served, embedded, ...) so load from other processes hits
both alike; medians are shown, with the CPU seconds spent by the engine's process (this one for
embedded, the server for kg serve) beside wall-clock. Goals: push >= 50k quads/s; kg serve within
20% of the embedded engine at 100k meetings.
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
from kg.store import EmbeddedStore  # noqa: E402
from kg.vocab import PREFIXES  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_port(port: int, proc: subprocess.Popen) -> None:
    for _ in range(6000):
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"no server on port {port}")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process (all its threads) has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def push(store_dir: Path, work: Path, name: str, *extra: str) -> tuple[float, float]:
    """Push the store to a fresh Oxigraph server; (wall seconds, server CPU seconds)."""
    port, location = free_port(), work / f"oxigraph-{name}"
    location.mkdir()
    server = subprocess.Popen(["oxigraph", "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                               "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port, server)
        cpu, t = cpu_seconds(server.pid), time.perf_counter()
        kg_main(["--store", str(store_dir), "-q", "push", "--to", f"http://127.0.0.1:{port}/query", *extra],
                standalone_mode=False)
        return time.perf_counter() - t, cpu_seconds(server.pid) - cpu
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(location, ignore_errors=True)


class Served:
    """`kg serve` over a store folder, answering sponsored-meetings; each call times one round trip."""

    def __init__(self, store_dir: Path, body: bytes, *flags: str):
        self.port = free_port()
        self.body = body
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store_dir), "-q", "serve", "--port",
                                      str(self.port), "--timeout", "3600", "--max-results", "0", *flags])
        wait_port(self.port, self.proc)

    def __call__(self) -> tuple[float, float, int]:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/sparql", data=self.body,
                                         headers={"Accept": "application/sparql-results+json"})
        cpu, t = cpu_seconds(self.proc.pid), time.perf_counter()
        with urllib.request.urlopen(request, timeout=3600) as response:
            size = len(response.read())
        return time.perf_counter() - t, cpu_seconds(self.proc.pid) - cpu, size

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait()


def embedded(store: ox.Store, text: str):
    """The embedded engine's run of the same query: (wall, CPU of this process, answer bytes)."""
    def run() -> tuple[float, float, int]:
        cpu, t = time.process_time(), time.perf_counter()
        size = len(store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
                   .serialize(format=ox.QueryResultsFormat.JSON))
        return time.perf_counter() - t, time.process_time() - cpu, size
    return run


def run_size(meetings: int, repeat: int, work: Path) -> dict:
    store_dir, data = work / f"store-{meetings}", work / f"data-{meetings}.nq"
    quads = write_nquads(data, meetings)
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    del store
    data.unlink()
    out: dict = {"meetings": meetings, "quads": quads}
    out["gsp"] = push(store_dir, work, "gsp")
    out["update"] = push(store_dir, work, "update", "--store-endpoint", "none")

    named = get_named_query("sponsored-meetings")
    text = bind_values(named.text, named.bindings({}))
    body = urllib.parse.urlencode({"query": text}).encode()
    copy = work / f"store-{meetings}-copy"  # the server holds the folder it serves: time embedded on a copy
    shutil.copytree(store_dir, copy)
    for mode, flags in (("disk", ()), ("memory", ("--memory",))):
        local = EmbeddedStore(copy, create=False, memory=mode == "memory")
        served = Served(store_dir, body, *flags)
        runs: dict = {}
        try:
            runs = {"embedded": embedded(local.oxigraph, text), "serve": served}
            sizes = {name: run()[2] for name, run in runs.items()}  # warm caches, as a server's first query does
            assert sizes["embedded"] == sizes["serve"], sizes
            times: dict[str, list] = {name: [] for name in runs}
            for _ in range(repeat):
                for name, run in runs.items():
                    times[name].append(run()[:2])
            for name, got in times.items():
                out[f"{mode} {name}"] = (statistics.median(w for w, _ in got), statistics.median(c for _, c in got))
        finally:
            served.close()
            runs.clear()  # the closure holds the store, and with it the folder's lock
            local.close()
    rows = EmbeddedStore(copy, create=False)
    out["rows"] = sum(1 for _ in rows.oxigraph.query(text, use_default_graph_as_union=True, prefixes=PREFIXES))
    rows.close()
    shutil.rmtree(copy)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="meeting counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (the median is shown)")
    args = parser.parse_args()
    if shutil.which("oxigraph") is None:
        raise SystemExit("needs the oxigraph server: pip install oxigraph")
    work = Path(tempfile.mkdtemp(prefix="kg-bench-remote-"))
    load = os.getloadavg()[0]
    try:
        results = [run_size(int(n), args.repeat, work) for n in args.sizes.split(",")]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cores = os.cpu_count()
    print(f"\nkg push to oxigraph serve ({cores} cores; load average {load:.1f} at start, "
          f"{os.getloadavg()[0]:.1f} at end)\n")
    head = ("meetings", "quads", "path", "push s", "quads/s", "server CPU s", "quads per server CPU s")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---:" if i != 2 else "---" for i in range(len(head))) + "|")
    for r in results:
        for key, label in (("gsp", "Graph Store POST"), ("update", "SPARQL Update")):
            wall, cpu = r[key]
            print(f"| {r['meetings']:,} | {r['quads']:,} | {label} | {wall:.1f} | {r['quads'] / wall:,.0f} | "
                  f"{cpu:.1f} | {r['quads'] / cpu:,.0f} |")
    print(f"\nsponsored-meetings: embedded engine vs kg serve (median of {args.repeat}, interleaved; "
          "wall s / CPU s of the engine's process)\n")
    head = ("meetings", "rows", "store", "embedded wall", "kg serve wall", "overhead wall",
            "embedded CPU", "kg serve CPU", "overhead CPU")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---:" if i != 2 else "---" for i in range(len(head))) + "|")
    for r in results:
        for mode in ("disk", "memory"):
            (ew, ec), (sw, sc) = r[f"{mode} embedded"], r[f"{mode} serve"]
            print(f"| {r['meetings']:,} | {r['rows']:,} | {mode} | {ew:.2f} | {sw:.2f} | {(sw - ew) / ew * 100:+.0f}% | "
                  f"{ec:.2f} | {sc:.2f} | {(sc - ec) / ec * 100:+.0f}% |")


if __name__ == "__main__":
    main()
