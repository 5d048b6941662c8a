"""kg.viz without a browser: what is read from the graph, the filters, the page, exports, stats."""
from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from pyvis.network import Network

from kg import viz
from kg.api import KnowledgeGraph
from kg.errors import InputError
from kg.resources import data_dir
from kg.viz.data import short_id
from kg.viz.render import json_for_script
from tests.conftest import run_kg

MEETING_ROLES = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
SELECT ?m ?status ?date (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?ps) WHERE {
  ?m a dip:Meeting ; dip:status ?s ; dip:participant ?p .
  BIND(STRAFTER(STR(?s), "#") AS ?status)
  OPTIONAL { ?m dip:date ?date }
} GROUP BY ?m ?status ?date
"""
THIRD = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
SELECT ?m ?role ?t WHERE { ?m a dip:Meeting ; ?r ?t . VALUES ?r { dip:sponsor dip:mediator dip:host }
  BIND(STRAFTER(STR(?r), "#") AS ?role) }
"""


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("viz") / "kg-store"
    result = run_kg("--store", str(store), "add", str(data_dir() / "statements"))
    assert result.returncode == 0, result.stderr
    return store


@pytest.fixture
def kg(sample_store):
    graph = KnowledgeGraph.open(sample_store, create=False)
    yield graph
    graph.close()


def sparql_meetings(kg) -> dict[str, dict]:
    out = {}
    for row in kg.query(MEETING_ROLES).to_python():
        out[short_id(row["m"])] = {"status": row["status"], "date": str(row.get("date", "")) or None,
                                   "participants": {short_id(p) for p in row["ps"].split()}}
    return out


def test_meetings_read_through_sparql_match_the_graph(kg):
    data = viz.load(kg)
    expected = sparql_meetings(kg)
    assert set(data.meetings) == set(expected)
    for mid, m in data.meetings.items():
        assert set(m.participants) == expected[mid]["participants"]
        assert m.status == expected[mid]["status"]
    seed = data.meetings["event/seed-ar/m1"]
    assert set(seed.participants) == {"actor/ali-mamlouk", "actor/hakan-fidan"}
    assert seed.third_parties == [("actor/russia", "sponsor")]
    assert seed.status == "reported" and seed.reported_by == ["actor/intelligence-online"]
    assert seed.quotes and all(lang == "ar" for _, lang in seed.quotes)
    assert any("برعاية روسيّة" in text for text, _ in seed.quotes)
    assert data.meetings["event/seed-ar/m2"].status == "denied"
    assert data.actors["actor/hakan-fidan"].type == "person"
    assert data.actors["actor/hakan-fidan"].state == "actor/turkey"
    assert data.actors["actor/russia"].type == "state"
    assert data.actor_label("actor/intelligence-online") == "Intelligence Online"


def test_actor_network_has_one_edge_per_pair_and_per_third_party(kg):
    graph = viz.network(kg)
    meetings = sparql_meetings(kg)
    met = {(frozenset(pair), mid) for mid, m in meetings.items() for pair in combinations(sorted(m["participants"]), 2)}
    drawn = {(frozenset((a, b)), d["meeting"]) for a, b, d in graph.edges(data=True) if d["kind"] == "met"}
    assert drawn == met
    third = {(short_id(r["m"]), r["role"], short_id(r["t"])) for r in kg.query(THIRD).to_python()}
    brokered = {(d["meeting"], d["kind"], d["broker"]) for _, _, d in graph.edges(data=True) if d["kind"] != "met"}
    assert brokered == third
    assert graph.nodes["actor/russia"]["type"] == "state"
    assert graph.nodes["actor/hakan-fidan"]["meetings"] == sum(
        "actor/hakan-fidan" in m["participants"] for m in meetings.values())


def test_events_mode_links_participants_and_points_third_parties_at_meetings(kg):
    graph = viz.network(kg, mode="events")
    meetings = sparql_meetings(kg)
    meeting_nodes = {n for n, d in graph.nodes(data=True) if d["kind"] == "meeting"}
    assert meeting_nodes == set(meetings)
    assert graph.is_directed()
    assert graph.edges["actor/russia", "event/seed-ar/m1"]["kind"] == "sponsor"
    assert graph.edges["actor/hakan-fidan", "event/seed-ar/m1"]["kind"] == "participant"


def test_filters_status_dates_and_ego_network(kg):
    data = viz.load(kg)
    only = viz.apply_filter(data, viz.VizFilter(statuses=("denied",)))
    assert only.meetings and {m.status for m in only.meetings.values()} == {"denied"}
    # a meeting dated to a month (2023-06) overlaps a range starting mid-month; undated ones drop out
    ranged = viz.apply_filter(data, viz.VizFilter(since="2023-06-15", until="2023-06-30"))
    assert "event/astana-20-2023-06/m1" in ranged.meetings
    assert all(m.date for m in ranged.meetings.values())
    assert all(m.date[:4] == "2023" for m in ranged.meetings.values())
    # the ego network of Hakan Fidan, named in Arabic
    own = viz.apply_filter(data, viz.VizFilter(actor="هاكان فيدان", depth=0))
    assert own.meetings and all("actor/hakan-fidan" in m.actor_ids() for m in own.meetings.values())
    wider = viz.apply_filter(data, viz.VizFilter(actor="Hakan Fidan", depth=2))
    assert set(own.meetings) < set(wider.meetings) <= set(data.meetings)
    with pytest.raises(InputError, match="did you mean: Hakan Fidan"):
        viz.apply_filter(data, viz.VizFilter(actor="Hakan Fidn"))
    with pytest.raises(InputError):
        viz.apply_filter(data, viz.VizFilter(since="2023-13"))
    with pytest.raises(InputError):
        viz.apply_filter(data, viz.VizFilter(since="2024", until="2023"))


def test_arabic_labels(kg):
    graph = viz.network(kg, lang="ar")
    assert graph.nodes["actor/hakan-fidan"]["label"] == graph.nodes["actor/hakan-fidan"]["label_ar"]
    assert re.search("[\u0600-\u06ff]", graph.nodes["actor/hakan-fidan"]["label"])


def test_render_returns_a_pyvis_network_that_shows_inline(kg):
    net = viz.render(kg, title="<b>t</b>")
    assert isinstance(net, Network)
    assert len(net.nodes) == viz.network(kg).number_of_nodes()
    shown = net._repr_html_()
    assert shown.startswith("<iframe srcdoc=") and "<script" not in shown.split('srcdoc="', 1)[1]


def test_page_is_self_contained_and_escapes_data(kg, tmp_path):
    path = viz.render(kg, tmp_path / "g.html", title="A & <B>")
    page = path.read_text(encoding="utf-8")
    assert "<title>A &amp; &lt;B&gt;</title>" in page
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page, re.I)
    assert "//cdn" not in page.lower() and "bootstrap" not in page.lower()
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    detail = re.search(r'<script type="application/json" id="kg-detail">(.*?)</script>', page, re.S).group(1)
    for text in (block, detail):
        assert "<" not in text and ">" not in text and "&" not in text
    payload = json.loads(block)
    assert payload["meta"]["meetings"] == len(sparql_meetings(kg)) == len(json.loads(detail)["meetings"])
    # meetings and edges refer to nodes by number
    seed = payload["meetings"]["id"].index("event/seed-ar/m1")
    drawn = {payload["nodes"]["id"][n] for n in payload["meetings"]["p"][seed]}
    assert drawn == {"actor/ali-mamlouk", "actor/hakan-fidan"}
    assert json_for_script({"x": "</script>\u2028&"}) == '{"x":"\\u003c/script\\u003e\\u2028\\u0026"}'
    assert json.loads(json_for_script({"x": "</script>\u2028&"})) == {"x": "</script>\u2028&"}


def test_cli_viz_and_graphml_gexf_exports(sample_store, tmp_path):
    out = tmp_path / "page.html"
    done = run_kg("--store", str(sample_store), "viz", "-o", str(out), "--actor", "Ali Mamlouk",
                  "--depth", "1", "--mode", "events", "--status", "reported", "--status", "confirmed")
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 100_000 and "wrote" in done.stderr
    bad = run_kg("--store", str(sample_store), "viz", "--actor", "Nobody At All", "-o", str(tmp_path / "x.html"))
    assert bad.returncode == 2 and "no actor named" in bad.stderr and "Traceback" not in bad.stderr
    with KnowledgeGraph.open(sample_store, create=False) as kg:
        expected = viz.network(kg)
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        target = tmp_path / f"net.{fmt}"
        done = run_kg("--store", str(sample_store), "export", "--format", fmt, "-o", str(target))
        assert done.returncode == 0, done.stderr
        back = reader(target)
        assert set(back.nodes) == set(expected.nodes)
        assert back.number_of_edges() == expected.number_of_edges()
        assert back.nodes["actor/hakan-fidan"]["label"] == "Hakan Fidan"
        assert back.nodes["actor/hakan-fidan"]["type"] == "person"
        kinds = {d["kind"] for _, _, d in back.edges(data=True)}
        assert {"met", "sponsor", "mediator", "host"} <= kinds


def test_cli_stats(sample_store):
    done = run_kg("--store", str(sample_store), "stats", "--top", "5")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert re.search(r"meetings\s+\d+", text)
    brokers = text.split("Most frequent third parties")[1].split("Betweenness")[0]
    assert brokers.strip().splitlines()[1].split()[1] == "Russia"  # Russia brokers the most meetings
    assert "Betweenness in the meeting network" in text
    ranked = text.split("Betweenness in the meeting network:")[1].strip().splitlines()
    assert len(ranked) == 5 and float(ranked[0].split()[0]) > 0


def _payload(path: Path) -> dict:
    page = path.read_text(encoding="utf-8")
    blocks = {name: json.loads(re.search(rf'<script type="application/json" id="kg-{name}">(.*?)</script>',
                                         page, re.S).group(1)) for name in ("data", "detail")}
    return {**blocks["data"], "detail": blocks["detail"]}


@pytest.mark.server
def test_remote_endpoint_draws_the_same_page_and_stats(sample_store, tmp_path):
    from tests.servers import running, start_oxigraph

    local = tmp_path / "local.html"
    assert run_kg("--store", str(sample_store), "viz", "-o", str(local), "--mode", "events").returncode == 0
    local_stats = run_kg("--store", str(sample_store), "stats").stdout
    with running(start_oxigraph(tmp_path / "oxigraph")) as server:
        remote = ("--endpoint", server.query_url, "--update-endpoint", server.update_url)
        done = run_kg(*remote, "add", str(data_dir() / "statements"))
        assert done.returncode == 0, done.stderr
        page = tmp_path / "remote.html"
        done = run_kg(*remote, "viz", "-o", str(page), "--mode", "events")
        assert done.returncode == 0, done.stderr
        assert run_kg(*remote, "stats").stdout == local_stats
    mine, theirs = _payload(local), _payload(page)
    for key in ("nodes", "edges", "meetings", "legend", "detail"):
        assert theirs[key] == mine[key], key


def test_stats_and_networks_keep_extracted_meetings_of_enough_confidence(tmp_path):
    from kg import viz
    from kg.api import KnowledgeGraph
    from kg.resources import data_dir
    from tests.conftest import run_kg

    store = tmp_path / "kg-store"
    done = run_kg("--store", str(store), "ingest", "--no-handcoded", str(data_dir() / "articles" / "seed-ar.txt"))
    assert done.returncode == 0, done.stderr
    with KnowledgeGraph.open(store, create=False) as kg:
        scores = sorted(float(r["c"]) for r in kg.query(
            "SELECT ?c WHERE { ?m a dip:Meeting ; dip:confidence ?c }").to_python())
        threshold = scores[1]
        graph = viz.network(kg, mode="events", min_confidence=threshold)
        kept = [n for n, a in graph.nodes(data=True) if a.get("kind") == "meeting"]
        assert len(kept) == sum(1 for c in scores if c >= threshold) == 2
    out = run_kg("--store", str(store), "stats", "--min-confidence", str(threshold))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("meetings   2 ")
