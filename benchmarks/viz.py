"""kg viz at scale: actor networks of 500 to 50,000 nodes (about 3 edges each), beside pyvis defaults.

For each size it prints the time in Python to build the page (layout included), the file size,
and the time headless Chromium takes from navigation to the first complete drawing (the page's
first vis-network ``afterDrawing``; for physics pages, the drawing after stabilisation). The
baseline is pyvis 0.3.2 with its default settings (browser physics, add_node/add_edge, its
"in_line" template, whose Bootstrap CDN requests are aborted here so they cost nothing); it is
built up to --baseline-max nodes and drawn in Chromium up to --baseline-draw-max (at 500 it
already takes about a minute to stabilise). networkx's spring layout, the layout baseline, is
timed up to 2,000 nodes (16 s there; over 180 s at 10,000).

    python benchmarks/viz.py                      # 500 2000 10000 50000, 3 runs each
    python benchmarks/viz.py --sizes 500 2000 --repeat 1

Needs Debian's chromium at /usr/bin/chromium and playwright (pip).
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kg.viz.data import ActorInfo, ArticleInfo, MeetingInfo, VizData
from kg.viz.render import build_network, write_page

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
STATUSES = ["confirmed"] * 5 + ["reported"] * 2 + ["planned", "proposed", "denied"]


def synthetic(n: int, seed: int = 1) -> VizData:
    """n actors (persons of 40 states, the states, some organisations), 3n meetings of two
    participants (about 3 edges per node), one in ten with a sponsor; each with a quote."""
    rng = random.Random(seed)
    data = VizData()
    states = [f"actor/state-{i}" for i in range(min(40, max(2, n // 50)))]
    for s in states:
        data.actors[s] = ActorInfo(id=s, label_en=s.split("/")[1].title(), type="state", state=s)
    i = len(states)
    while len(data.actors) < n:
        aid = f"actor/a{i}"
        kind = "person" if i % 10 else "organization"
        aff = rng.choice(states)
        data.actors[aid] = ActorInfo(id=aid, label_en=f"Actor {i}", label_ar=f"فاعل {i}", type=kind,
                                     affiliation=aff, state=aff if kind == "person" else None)
        i += 1
    ids = list(data.actors)
    data.articles["article/x"] = ArticleInfo(id="article/x", headline="A headline", url="https://example.org/a")
    for k in range(3 * n):
        a = rng.choice(ids)
        b = ids[min(int(rng.paretovariate(1.2)) - 1, n - 1)] if k % 3 == 0 else rng.choice(ids)
        if a == b:
            b = ids[(ids.index(a) + 1) % n]
        third = [(rng.choice(states), "sponsor")] if k % 10 == 0 else []
        mid = f"event/m{k}"
        data.meetings[mid] = MeetingInfo(id=mid, status=rng.choice(STATUSES),
                                         date=f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                         article="article/x", participants=[a, b], third_parties=third,
                                         quotes=[(f"Quote number {k} about the talks.", "en")])
    return data


def build_ours(data: VizData, path: Path) -> float:
    start = time.perf_counter()
    write_page(build_network(data, mode="actors", title="benchmark"), path)
    return time.perf_counter() - start


def build_pyvis(data: VizData, path: Path) -> float:
    """pyvis as its README shows it: add_node / add_edge, default options, one in_line page."""
    start = time.perf_counter()
    net = Network(cdn_resources="in_line")
    for actor in data.actors.values():
        net.add_node(actor.id, label=actor.label_en)
    for m in data.meetings.values():
        net.add_edge(m.participants[0], m.participants[1], title=m.status)
    net.write_html(str(path))
    return time.perf_counter() - start


HOOK_PYVIS = """
window.__drawn = null;
const iv = setInterval(() => {
  if (window.network && window.network.on && !window.__hooked) {
    window.__hooked = true; clearInterval(iv);
    const done = () => { if (window.__drawn === null) window.network.once('afterDrawing', () => {
      if (window.__drawn === null) window.__drawn = performance.now(); }); };
    window.network.once('stabilizationIterationsDone', done);
    window.network.once('stabilized', done);
  }
}, 5);
"""


def draw_time(browser, path: Path, ours: bool, timeout: float) -> float | None:
    """Seconds from navigation start to the first complete drawing; None past ``timeout``."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page = context.new_page()
    if not ours:
        page.add_init_script(HOOK_PYVIS)
    try:
        page.goto(path.resolve().as_uri(), timeout=timeout * 1000)
        expr = "() => window.kgViz && window.kgViz.drawnAt" if ours else "() => window.__drawn"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = page.evaluate(expr)
            if value:
                return value / 1000.0
            page.wait_for_timeout(100)
        return None
    finally:
        context.close()


def spring_time(data: VizData) -> float:
    graph = nx.Graph()
    graph.add_nodes_from(data.actors)
    graph.add_edges_from(tuple(m.participants[:2]) for m in data.meetings.values())
    start = time.perf_counter()
    nx.spring_layout(graph, seed=1)
    return time.perf_counter() - start


def fmt(value: float | None, unit: str = "s") -> str:
    return "-" if value is None else f"{value:.2f} {unit}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size for our page (medians shown)")
    parser.add_argument("--baseline-max", type=int, default=2000, help="largest size pyvis is built at")
    parser.add_argument("--baseline-draw-max", type=int, default=500, help="largest size pyvis is drawn at")
    parser.add_argument("--spring-max", type=int, default=2000, help="largest size networkx spring_layout is timed at")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds to wait for a drawing")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n in args.sizes:
            data = synthetic(n)
            edges = len(data.meetings)
            ours = Path(tmp) / f"ours-{n}.html"
            builds, draws = [], []
            for _ in range(args.repeat):
                builds.append(build_ours(data, ours))
                draws.append(draw_time(browser, ours, True, args.timeout))
            row = {"n": n, "edges": edges, "build": statistics.median(builds), "size": ours.stat().st_size / 1e6,
                   "draw": statistics.median([d for d in draws if d is not None]) if any(draws) else None}
            if n <= args.baseline_max:
                base = Path(tmp) / f"pyvis-{n}.html"
                row["pbuild"] = build_pyvis(data, base)
                row["psize"] = base.stat().st_size / 1e6
                if n <= args.baseline_draw_max:
                    row["pdraw"] = draw_time(browser, base, False, args.timeout)
                    row["ptimeout"] = row["pdraw"] is None
            if n <= args.spring_max:
                row["spring"] = spring_time(data)
            rows.append(row)
            print(f"done {n}: {row}", flush=True)
        browser.close()

    print()
    print(f"{'nodes':>7} {'edges':>7} | {'build':>9} {'size':>9} {'drawn':>9} | "
          f"{'pyvis build':>11} {'pyvis size':>10} {'pyvis drawn':>11} | {'nx spring':>9} | draw ratio")
    for r in rows:
        pdraw = ("> %.0f s" % args.timeout) if r.get("ptimeout") else fmt(r.get("pdraw"))
        ratio = f"{r['pdraw'] / r['draw']:.0f}x faster" if r.get("pdraw") and r.get("draw") else "-"
        print(f"{r['n']:>7} {r['edges']:>7} | {fmt(r['build']):>9} {r['size']:>6.1f} MB {fmt(r['draw']):>9} | "
              f"{fmt(r.get('pbuild')):>11} {('%.1f MB' % r['psize']) if 'psize' in r else '-':>10} {pdraw:>11} | "
              f"{fmt(r.get('spring')):>9} | {ratio}")
    print(f"\nmedians of {args.repeat} runs for ours; baseline one run, built up to {args.baseline_max} nodes and "
          f"drawn up to {args.baseline_draw_max} (capped: it needs minutes beyond); spring_layout up to {args.spring_max}.")


if __name__ == "__main__":
    main()
