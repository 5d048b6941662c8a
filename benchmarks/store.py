"""Store benchmark (issue 2): load rate and named-query latency through kg, against pyoxigraph
directly on the same store and rdflib in memory, at growing sizes. Prints tables; no asserts.

    python benchmarks/store.py                       # 10k and 100k meetings
    python benchmarks/store.py --sizes 10000,100000,1000000 --rdflib-max 10000

Each size runs in its own process so its peak memory (max RSS) is reported on its own.
Timings are medians of --repeat runs (fewer at 1M); these machines are noisy: read the ratios.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
WORK = HERE / "_work"

QUERIES = ["sponsored-meetings", "who-met-whom", "ego (actor)", "point (event)"]
RDFLIB_CAP = 120  # seconds; rdflib's engine is given one run per query, cut off after this


def _params(name: str) -> tuple[str, dict[str, str]]:
    from synthetic import hub_name, point_event

    if name.startswith("ego"):
        return "actor", {"name": hub_name()}
    if name.startswith("point"):
        return "event", {"iri": point_event()}
    return name, {}


class _TooSlow(Exception):
    pass


def _capped(fn, seconds: int) -> tuple[float | None, int]:
    """Run fn once with a wall-clock cap (rdflib is pure Python, so SIGALRM interrupts it)."""
    import signal

    def stop(*_):
        raise _TooSlow

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        start = time.perf_counter()
        rows = fn()
        return time.perf_counter() - start, rows
    except _TooSlow:
        return None, -1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _median(fn, repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def run_size(meetings: int, repeat: int, rdflib_max: int, memory_max: int,
             queries: list[str] | None = None) -> dict:
    """Everything for one size, in this process; returns a JSON-able dict."""
    import pyoxigraph as ox

    from kg import KnowledgeGraph
    from kg.queries import get_named_query
    from synthetic import write_nquads

    WORK.mkdir(exist_ok=True)
    data = WORK / f"meetings-{meetings}.nq"
    if not data.exists():
        write_nquads(data, meetings)
    n_quads = sum(1 for _ in data.open("rb"))
    out: dict = {"meetings": meetings, "quads": n_quads, "load": {}, "query": {}}

    # -- loading: kg load vs pyoxigraph bulk_load (fresh stores on disk) vs rdflib in memory
    kg_dir, ox_dir = WORK / f"kg-{meetings}", WORK / f"ox-{meetings}"
    for d in (kg_dir, ox_dir):
        shutil.rmtree(d, ignore_errors=True)
    start = time.perf_counter()
    ox_store = ox.Store(str(ox_dir))
    ox_store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    out["load"]["pyoxigraph bulk_load (disk)"] = n_quads / (time.perf_counter() - start)
    del ox_store
    start = time.perf_counter()
    kg = KnowledgeGraph.open(kg_dir)
    kg.load(data)
    out["load"]["kg load (disk)"] = n_quads / (time.perf_counter() - start)
    rdf_ds = None
    if meetings <= rdflib_max:
        import rdflib

        start = time.perf_counter()
        rdf_ds = rdflib.Dataset(default_union=True)
        rdf_ds.parse(str(data), format="nquads")
        out["load"]["rdflib Dataset.parse (memory)"] = n_quads / (time.perf_counter() - start)

    # -- queries on the same store: through kg vs the same text directly on the engine
    mem_kg = None
    if meetings <= memory_max:
        kg_mem_dir = kg_dir  # the snapshot needs the store's lock, so close the disk handle first
        kg.close()
        start = time.perf_counter()
        mem_kg = KnowledgeGraph.open(kg_mem_dir, memory=True)
        out["snapshot_open_s"] = time.perf_counter() - start
        kg = mem_kg
        engine_disk = mem_kg.backend._disk
        engine_mem = mem_kg.backend.oxigraph
    else:
        engine_disk, engine_mem = kg.backend.oxigraph, None
    from kg.store import EmbeddedStore

    disk_kg = KnowledgeGraph(_Borrowed(engine_disk))
    for label in [q for q in QUERIES if not queries or q.split()[0] in queries]:
        name, params = _params(label)
        named = get_named_query(name)
        subs = {ox.Variable(k): v for k, v in named.bindings(params).items()}
        rows: dict[str, tuple[float, int]] = {}

        def direct(store):
            def run():
                sols = store.query(named.text, use_default_graph_as_union=True, substitutions=subs)
                return len([[t.value if t is not None else None for t in s] for s in sols])
            return run

        # one unmeasured run of each first, so neither side pays for a cold cache
        len(disk_kg.query(name, params).to_python())
        direct(engine_disk)()
        rows["kg (disk)"] = _median(lambda: len(disk_kg.query(name, params).to_python()), repeat)
        rows["pyoxigraph (disk)"] = _median(direct(engine_disk), repeat)
        if mem_kg is not None:
            direct(engine_mem)()
            rows["kg --memory"] = _median(lambda: len(mem_kg.query(name, params).to_python()), repeat)
            rows["pyoxigraph (memory)"] = _median(direct(engine_mem), repeat)
        if rdf_ds is not None:
            import rdflib

            init = {k: (rdflib.URIRef(v.value) if isinstance(v, ox.NamedNode) else
                        rdflib.Literal(v.value, datatype=rdflib.URIRef(v.datatype.value)) if v.datatype.value.endswith("#date")
                        else rdflib.Literal(v.value)) for k, v in named.bindings(params).items()}
            rows["rdflib (memory)"] = _capped(lambda: len(list(rdf_ds.query(named.text, initBindings=init))), RDFLIB_CAP)
        out["query"][label] = rows
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del EmbeddedStore
    return out


class _Borrowed:
    """A Backend over an already-open pyoxigraph store (so kg and the engine share one store)."""

    def __init__(self, store):
        from kg.store import EmbeddedStore

        self._inner = EmbeddedStore(None)
        self._inner._store = store
        self.description = "borrowed store"

    def __getattr__(self, name):
        return getattr(self._inner, name)


def print_tables(results: list[dict]) -> None:
    print("\n## Load rate (quads/s; ratio = kg / pyoxigraph bulk_load)\n")
    print("| meetings | quads | kg load (disk) | pyoxigraph bulk_load (disk) | ratio | rdflib Dataset.parse | peak RSS |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        L = r["load"]
        kgr, oxr = L["kg load (disk)"], L["pyoxigraph bulk_load (disk)"]
        rdf = L.get("rdflib Dataset.parse (memory)")
        print(f"| {r['meetings']:,} | {r['quads']:,} | {kgr:,.0f} | {oxr:,.0f} | {kgr / oxr:.2f} | "
              f"{f'{rdf:,.0f}' if rdf else '—'} | {r['peak_rss_mb']:,.0f} MB |")
    print("\n## Named queries (median seconds; kg/engine = kg over the engine alone on the same store)\n")
    print("| meetings | query | rows | kg (disk) | pyoxigraph (disk) | kg/engine | kg --memory | pyoxigraph (memory) | kg --memory/engine | rdflib (memory) | rdflib / kg |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        for label, rows in r["query"].items():
            kd, n = rows["kg (disk)"]
            od = rows["pyoxigraph (disk)"][0]
            km = rows.get("kg --memory", (None,))[0]
            om = rows.get("pyoxigraph (memory)", (None,))[0]
            rd_entry = rows.get("rdflib (memory)")
            rd = rd_entry[0] if rd_entry else None
            rd_capped = bool(rd_entry) and rd is None
            best = km if km is not None else kd
            f = lambda v: f"{v:.3f}" if v is not None else "—"  # noqa: E731
            print(f"| {r['meetings']:,} | {label} | {n:,} | {f(kd)} | {f(od)} | {kd / od:.2f} | {f(km)} | {f(om)} | "
                  f"{(km / om) if km and om else float('nan'):.2f} | "
                  f"{f'> {RDFLIB_CAP} s' if rd_capped else f(rd)} | "
                  f"{f'> {RDFLIB_CAP / best:.0f}' if rd_capped else (f'{rd / best:.0f}' if rd else '—')}× |")
    for r in results:
        if "snapshot_open_s" in r:
            print(f"\nin-memory snapshot of {r['meetings']:,} meetings opened in {r['snapshot_open_s']:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rdflib-max", type=int, default=10000, help="largest size to run rdflib at (it is slow)")
    parser.add_argument("--memory-max", type=int, default=100000, help="largest size to measure --memory at")
    parser.add_argument("--queries", default="", help="comma-separated subset: sponsored-meetings,who-met-whom,ego,point")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        repeat = args.repeat if args.one <= 100_000 else 1
        chosen = [q for q in args.queries.split(",") if q]
        print(json.dumps(run_size(args.one, repeat, args.rdflib_max, args.memory_max, chosen)))
        return
    results = []
    for size in [int(s) for s in args.sizes.split(",")]:
        print(f"running {size:,} meetings ...", file=sys.stderr, flush=True)
        proc = subprocess.run([sys.executable, __file__, "--one", str(size), "--repeat", str(args.repeat),
                               "--rdflib-max", str(args.rdflib_max), "--memory-max", str(args.memory_max),
                               "--queries", args.queries],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            raise SystemExit(f"size {size} failed")
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print_tables(results)


if __name__ == "__main__":
    main()
