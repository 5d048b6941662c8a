"""The `kg viz` page in headless Chromium: offline, faithful to the graph, filters, tooltips, safe."""
from __future__ import annotations

from itertools import combinations

import pytest

from kg import viz
from kg.api import KnowledgeGraph
from kg.resources import data_dir
from kg.viz.data import short_id
from tests.conftest import run_kg

pytestmark = pytest.mark.browser

MEETINGS = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
SELECT ?m ?status ?date ?p WHERE {
  ?m a dip:Meeting ; dip:status ?s ; dip:participant ?p .
  BIND(STRAFTER(STR(?s), "#") AS ?status)
  OPTIONAL { ?m dip:date ?date }
}"""
THIRD = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
SELECT ?m ?role ?t WHERE { ?m a dip:Meeting ; ?r ?t . VALUES ?r { dip:sponsor dip:mediator dip:host }
  BIND(STRAFTER(STR(?r), "#") AS ?role) }"""
PAGE_EDGES = """() => window.kgViz.visibleEdgeIds().map(id => {
  const e = window.kgViz.edge(id);
  return [e.from, e.to, window.kgViz.meeting(e.m).id, e.k]; })"""
LAYERS = [pytest.param(False, id="vis-edges"), pytest.param(True, id="edge-layer")]

IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "</script><script>window.__pwned=2</script>"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> dict:
    """The sample store and its pages in both modes and both label languages; the English ones
    also with the edge layer large graphs get (edges drawn by the page, not as vis edges)."""
    root = tmp_path_factory.mktemp("viz-pages")
    store = root / "kg-store"
    done = run_kg("--store", str(store), "add", str(data_dir() / "statements"))
    assert done.returncode == 0, done.stderr
    pages = {}
    for mode in ("actors", "events"):
        for lang in ("en", "ar"):
            path = root / f"{mode}-{lang}.html"
            done = run_kg("--store", str(store), "viz", "-o", str(path), "--mode", mode, "--lang", lang)
            assert done.returncode == 0, done.stderr
            pages[mode, lang] = pages[mode, lang, False] = path
    with KnowledgeGraph.open(store, create=False) as kg:
        for mode in ("actors", "events"):
            pages[mode, "en", True] = viz.render(kg, root / f"{mode}-layer.html", mode=mode, physics=False,
                                                 edge_layer=True)
        rows = kg.query(MEETINGS).to_python()
        third = kg.query(THIRD).to_python()
    meetings: dict[str, dict] = {}
    for r in rows:
        m = meetings.setdefault(short_id(r["m"]), {"status": r["status"], "date": str(r.get("date", "")), "p": set(), "t": set()})
        m["p"].add(short_id(r["p"]))
    for r in third:
        meetings[short_id(r["m"])]["t"].add((short_id(r["t"]), r["role"]))
    return {"store": store, "pages": pages, "meetings": meetings}


def expected_actor_edges(meetings: dict, keep=lambda m: True) -> set:
    out = set()
    for mid, m in meetings.items():
        if not keep(m):
            continue
        out |= {(frozenset(pair), mid, "met") for pair in combinations(sorted(m["p"]), 2)}
        out |= {((t, p), mid, role) for t, role in m["t"] for p in m["p"] if p != t}
    return out


def page_actor_edges(opened) -> set:
    return {((a, b), m, k) if k != "met" else (frozenset((a, b)), m, k) for a, b, m, k in opened.eval(PAGE_EDGES)}


@pytest.mark.parametrize("page", [("actors", "en"), ("actors", "ar"), ("events", "en"), ("events", "ar"),
                                  ("actors", "en", True), ("events", "en", True)])
def test_page_loads_offline_without_errors(sample, open_page, page):
    opened = open_page(sample["pages"][page])
    assert opened.eval("window.kgViz.edgeLayer") == (len(page) == 3)
    assert opened.errors == []
    assert opened.remote == []
    assert opened.eval("document.querySelectorAll('script[src], link[href], img').length") == 0


@pytest.mark.parametrize("layer", LAYERS)
def test_actor_page_draws_exactly_the_graph(sample, open_page, layer):
    opened = open_page(sample["pages"]["actors", "en", layer])
    meetings = sample["meetings"]
    nodes = set(opened.eval("window.kgViz.visibleNodeIds()"))
    assert nodes == {a for m in meetings.values() for a in m["p"] | {t for t, _ in m["t"]}}
    assert page_actor_edges(opened) == expected_actor_edges(meetings)
    assert len(opened.eval("window.kgViz.visibleEdgeIds()")) == len(expected_actor_edges(meetings))


@pytest.mark.parametrize("layer", LAYERS)
def test_events_page_draws_exactly_the_graph(sample, open_page, layer):
    opened = open_page(sample["pages"]["events", "en", layer])
    meetings = sample["meetings"]
    actors = {a for m in meetings.values() for a in m["p"] | {t for t, _ in m["t"]}}
    assert set(opened.eval("window.kgViz.visibleNodeIds()")) == actors | set(meetings)
    edges = {(a, b, m, k) for a, b, m, k in opened.eval(PAGE_EDGES)}
    expected = {(p, mid, mid, "participant") for mid, m in meetings.items() for p in m["p"] - {t for t, _ in m["t"]}}
    expected |= {(t, mid, mid, role if t not in m["p"] else "participant+" + role)
                 for mid, m in meetings.items() for t, role in m["t"]}
    assert edges == expected


@pytest.mark.parametrize("layer", LAYERS)
def test_filter_panel_hides_what_it_should(sample, open_page, layer):
    opened = open_page(sample["pages"]["actors", "en", layer])
    page, meetings = opened.page, sample["meetings"]
    page.uncheck("#kg-status-denied")
    assert page_actor_edges(opened) == expected_actor_edges(meetings, lambda m: m["status"] != "denied")
    page.uncheck("#kg-status-confirmed")
    kept = expected_actor_edges(meetings, lambda m: m["status"] not in ("denied", "confirmed"))
    assert page_actor_edges(opened) == kept
    shown_nodes = set(opened.eval("window.kgViz.visibleNodeIds()"))
    assert shown_nodes == {a for edge, _, _ in kept for a in edge}
    page.click("#kg-reset")
    assert page_actor_edges(opened) == expected_actor_edges(meetings)
    # a date range keeps dated meetings that overlap it (a month-precise date overlaps mid-month)
    page.fill("#kg-since", "2023-01-01")
    page.fill("#kg-until", "2023-12-31")
    in_2023 = lambda m: m["date"][:4] == "2023"  # noqa: E731
    assert page_actor_edges(opened) == expected_actor_edges(meetings, in_2023)
    page.click("#kg-reset")
    page.fill("#kg-actor", "mamlouk")
    opened.wait("() => window.kgViz.visibleEdgeIds().length < window.kgViz.edgeCount")
    involved = lambda m: "actor/ali-mamlouk" in m["p"] | {t for t, _ in m["t"]}  # noqa: E731
    assert page_actor_edges(opened) == expected_actor_edges(meetings, involved)
    assert "actor/ali-mamlouk" in opened.eval("window.kgViz.visibleNodeIds()")


@pytest.mark.parametrize("layer", LAYERS)
def test_hovering_a_meeting_shows_its_quote_right_to_left(sample, open_page, layer):
    opened = open_page(sample["pages"]["events", "en", layer])
    x, y = opened.dom_point("event/seed-ar/m1")
    opened.page.mouse.move(x - 40, y - 40)
    opened.page.mouse.move(x, y, steps=5)
    tip = opened.page.locator("#kg-tip")
    tip.wait_for(state="visible")
    text = tip.inner_text()
    assert "Intelligence Online" in text and "reported" in text and "Russia (sponsor)" in text
    quote = tip.locator("blockquote").first
    assert quote.get_attribute("dir") == "rtl"
    assert "برعاية روسيّة" in tip.locator("blockquote").all_inner_texts()[0]


def test_min_confidence_draws_the_confident_extracted_meetings_and_the_hover_shows_it(tmp_path, open_page):
    store = tmp_path / "kg-store"
    done = run_kg("--store", str(store), "ingest", "--no-handcoded", str(data_dir() / "articles" / "seed-ar.txt"))
    assert done.returncode == 0, done.stderr
    with KnowledgeGraph.open(store, create=False) as kg:
        scored = {short_id(r["m"]): float(r["c"]) for r in kg.query(
            "SELECT ?m ?c WHERE { ?m a dip:Meeting ; dip:confidence ?c }").to_python()}
    threshold = sorted(scored.values())[1]          # the seed's three meetings: keep the two most confident
    page = tmp_path / "events.html"
    done = run_kg("--store", str(store), "viz", "--mode", "events", "--min-confidence", str(threshold), "-o", str(page))
    assert done.returncode == 0, done.stderr
    opened = open_page(page)
    drawn = set(opened.eval("""() => window.kgViz.visibleNodeIds()
        .filter(id => id.startsWith("event/")) """))
    assert drawn == {m for m, c in scored.items() if c >= threshold}
    shown = max(drawn, key=scored.get)
    x, y = opened.dom_point(shown)
    opened.page.mouse.move(x - 40, y - 40)
    opened.page.mouse.move(x, y, steps=5)
    tip = opened.page.locator("#kg-tip")
    tip.wait_for(state="visible")
    assert "Confidence" in tip.inner_text() and f"{scored[shown]:.2f}" in tip.inner_text()


@pytest.mark.parametrize("layer", LAYERS)
def test_hovering_an_edge_shows_its_meeting(sample, open_page, layer):
    opened = open_page(sample["pages"]["actors", "en", layer])
    # the only edge between its two nodes, whose midpoint is far from every node, so the pointer
    # finds it alone
    best = opened.eval("""() => {
      const k = window.kgViz, net = k.network, pos = net.getPositions();
      const pairs = new Map();
      for (const id of k.visibleEdgeIds()) {
        const e = k.edge(id), key = [e.from, e.to].sort().join(" ");
        pairs.set(key, (pairs.get(key) || 0) + 1);
      }
      let best = null;
      for (const id of k.visibleEdgeIds()) {
        const e = k.edge(id);
        if (e.smooth || pairs.get([e.from, e.to].sort().join(" ")) > 1) continue;
        const a = pos[e.from], b = pos[e.to], mid = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
        let near = Infinity;
        for (const p of Object.values(pos)) near = Math.min(near, Math.hypot(p.x - mid.x, p.y - mid.y));
        if (!best || near > best.near) best = {id, near, mid, m: e.m};
      }
      const d = net.canvasToDOM(best.mid), r = document.getElementById('kg-network').getBoundingClientRect();
      return {x: r.left + d.x, y: r.top + d.y, meeting: k.meeting(best.m)};
    }""")
    opened.page.mouse.move(best["x"] - 30, best["y"] - 30)
    opened.page.mouse.move(best["x"], best["y"], steps=5)
    tip = opened.page.locator("#kg-tip")
    tip.wait_for(state="visible")
    assert best["meeting"]["s"] in tip.inner_text()
    if best["meeting"].get("q"):
        assert best["meeting"]["q"][0][0].split()[0] in tip.inner_text()


@pytest.mark.parametrize("layer", LAYERS)
def test_clicking_an_actor_highlights_its_meetings(sample, open_page, layer):
    opened = open_page(sample["pages"]["actors", "en", layer])
    x, y = opened.dom_point("actor/hakan-fidan")
    opened.page.mouse.click(x, y)
    selected = opened.eval("""() => window.kgViz.selectedEdgeIds().map(id => {
        const e = window.kgViz.edge(id); return window.kgViz.meeting(e.m).id; })""")
    fidan = {mid for mid, m in sample["meetings"].items() if "actor/hakan-fidan" in m["p"] | {t for t, _ in m["t"]}}
    assert set(selected) == fidan
    details = opened.page.locator("#kg-details-body").inner_text()
    assert "Hakan Fidan" in details


INJECTION_YAML = """
article:
  id: injection-test
  title: "{img} {script}"
  url: "javascript:window.__pwned=3"
  outlet: evil-outlet
  published: 2024-01-02
  language: en
  text: |
    {img} {script}
    Officials said that {img} met Hakan Fidan under Russian sponsorship {script} in a quiet room.
actors:
  - id: evil-actor
    name: "{img}"
    type: person
    affiliation: syria
  - id: evil-outlet
    name: "{script}"
    type: organization
    kind: media
statements:
  - id: m1
    type: meeting
    participants: [evil-actor, Hakan Fidan]
    sponsors: [Russia]
    status: reported
    reported_by: [evil-outlet]
    date: 2024-01-01
    evidence:
      - "Officials said that {img} met Hakan Fidan under Russian sponsorship {script} in a quiet room."
"""


@pytest.mark.parametrize("mode", ["events", "actors"])
def test_injected_article_text_is_shown_as_text_and_never_runs(tmp_path, open_page, mode):
    source = tmp_path / "injection.yaml"
    source.write_text(INJECTION_YAML.format(img=IMG, script=SCRIPT), encoding="utf-8")
    store = tmp_path / "kg-store"
    done = run_kg("--store", str(store), "add", str(source))
    assert done.returncode == 0, done.stderr
    page_path = tmp_path / "page.html"
    done = run_kg("--store", str(store), "viz", "-o", str(page_path), "--mode", mode, "--title", IMG + SCRIPT)
    assert done.returncode == 0, done.stderr
    opened = open_page(page_path, bypass_csp=True)  # without the page's CSP: escaping alone
    page = opened.page                              # must keep it safe
    assert opened.eval("document.title") == IMG + SCRIPT
    target = "event/injection-test/m1" if mode == "events" else "actor/evil-actor"
    x, y = opened.dom_point(target)
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=5)
    page.locator("#kg-tip").wait_for(state="visible")
    shown = page.locator("#kg-tip").inner_text()
    page.mouse.click(*opened.dom_point("actor/evil-actor"))
    details = page.locator("#kg-details-body").inner_text()
    if mode == "events":
        assert IMG in shown and SCRIPT in shown  # participant, quote and headline as plain text
    assert IMG in details and SCRIPT in details  # actor name, quote, headline, outlet as plain text
    assert IMG in opened.eval("document.body.innerText")
    assert opened.eval("window.__pwned") is None
    assert opened.eval("document.querySelectorAll('img, #kg-details-body script, #kg-tip script').length") == 0
    assert opened.eval("document.querySelectorAll('a[href]').length") == 0  # a javascript: URL is no link
    assert opened.errors == [] and opened.remote == []


def test_an_empty_store_gives_a_working_empty_page(tmp_path, open_page):
    store = tmp_path / "kg-store"
    with KnowledgeGraph.open(store) as kg:
        kg.ensure_base()
    page_path = tmp_path / "empty.html"
    done = run_kg("--store", str(store), "viz", "-o", str(page_path))
    assert done.returncode == 0, done.stderr
    opened = open_page(page_path)
    assert opened.eval("window.kgViz.visibleNodeIds().length") == 0
    assert "0 of 0 meetings" in opened.page.locator("#kg-count").inner_text()
    assert opened.errors == [] and opened.remote == []
