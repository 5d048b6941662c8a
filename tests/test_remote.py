"""kg against a real Oxigraph server: same answers as the embedded store, idempotent writes,
resumable push, and clear errors (exit 2) for unreachable, wrong and failing endpoints."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import time
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.queries import named_queries
from kg.resources import data_dir
from tests.conftest import run_kg
from tests.servers import free_port, running, start_kg_serve, start_oxigraph

pytestmark = pytest.mark.server

STATEMENTS = str(data_dir() / "statements")
QUERY_RUNS = [(name, ()) for name in sorted(set(named_queries()) - {"actor", "event"})] + [
    ("who-met-whom", ("-p", "lang=ar")),
    ("timeline", ("-p", "since=2023-01-01", "-p", "lang=ar")),
    ("actor", ("-p", "name=Hakan Fidan")),
    ("actor", ("-p", "name=حقان فيدان", "-p", "lang=ar")),
    ("event", ("-p", "iri=https://w3id.org/dipkg/id/event/seed-ar/m1")),
]


def answers(*where: str) -> dict[str, str]:
    """CSV answers of every named query run, as `kg query` prints them."""
    out = {}
    for name, params in QUERY_RUNS:
        result = run_kg(*where, "query", name, *params, "-f", "csv")
        assert result.returncode == 0, result.stderr
        out[f"{name} {' '.join(params)}"] = result.stdout
    return out


def server_graph_counts(query_url: str) -> dict[str, int]:
    client = SPARQLWrapper(query_url)
    client.setQuery("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    client.setReturnFormat(JSON)
    bindings = client.queryAndConvert()["results"]["bindings"]
    return {b["g"]["value"]: int(b["n"]["value"]) for b in bindings}


def test_named_queries_same_on_embedded_store_and_remote_oxigraph(seed_store, tmp_path):
    expected = answers("--store", str(seed_store))
    assert any(len(text.splitlines()) > 1 for text in expected.values())
    with running(start_oxigraph(tmp_path / "oxigraph")) as server:
        remote = ("--endpoint", server.query_url, "--update-endpoint", server.update_url)
        result = run_kg(*remote, "add", STATEMENTS)
        assert result.returncode == 0, result.stderr
        assert answers(*remote) == expected
        # writing again replaces each article graph: nothing is duplicated
        before = server_graph_counts(server.query_url)
        assert run_kg(*remote, "add", STATEMENTS).returncode == 0
        assert server_graph_counts(server.query_url) == before
        # a standard client sees the same meetings as kg
        client = SPARQLWrapper(server.query_url)
        client.setQuery("PREFIX dip: <https://w3id.org/dipkg/ontology#> SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a dip:Meeting }")
        client.setReturnFormat(JSON)
        remote_n = int(client.queryAndConvert()["results"]["bindings"][0]["n"]["value"])
        count = run_kg("--store", str(seed_store), "query", "-f", "csv",
                       "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a dip:Meeting }")
        assert remote_n == int(list(csv.DictReader(io.StringIO(count.stdout)))[0]["n"]) > 0
        # export and stats-like reads go through the endpoint too
        exported = run_kg("--endpoint", server.query_url, "export", "--format", "nq")
        assert exported.returncode == 0, exported.stderr
        assert len(exported.stdout.splitlines()) == sum(before.values())


def many_graphs_nquads(path: Path, graphs: int, per_graph: int = 20) -> None:
    """An N-Quads file of many small article graphs (load-test data for push)."""
    dip = "https://w3id.org/dipkg/ontology#"
    with path.open("w", encoding="utf-8") as out:
        for i in range(graphs):
            g = f"<https://w3id.org/dipkg/id/graph/article/bulk-{i}>"
            e = f"<https://w3id.org/dipkg/id/event/bulk-{i}/m1>"
            out.write(f"{e} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{dip}Meeting> {g} .\n")
            for k in range(per_graph - 1):
                out.write(f'{e} <{dip}quote> "quote {k} of article {i}"@en {g} .\n')


@pytest.mark.parametrize("via", ["graph-store", "sparql-update"])
def test_push_killed_server_leaves_whole_graphs_and_rerun_completes(tmp_path, via):
    """Killed mid-push, the server holds only whole article graphs, by either write path; the rerun
    completes, and a graph changed locally afterwards is replaced whole by the next push."""
    store = tmp_path / "store"
    data = tmp_path / "bulk.nq"
    many_graphs_nquads(data, 12_000)
    assert run_kg("--store", str(store), "load", str(data)).returncode == 0
    local = {f"https://w3id.org/dipkg/id/graph/article/bulk-{i}": 20 for i in range(12_000)}
    location = tmp_path / "oxigraph"
    server = start_oxigraph(location)
    port = server.port
    store_url = server.query_url.replace("/query", "/store")
    how = ("--store-endpoint", "none") if via == "sparql-update" else ()
    push = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "push", "--to", server.query_url,
                             "--batch-size", "400", *how], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not server_graph_counts(server.query_url):
            time.sleep(0.02)
        assert push.poll() is None, "the push finished before the server could be killed"
        server.proc.kill()  # SIGKILL: no chance to tidy up
        server.proc.wait()
        _, err = push.communicate(timeout=120)
    finally:
        if push.poll() is None:
            push.kill()
    assert push.returncode == 2, err
    error = err[err.index("error:"):]
    assert (store_url if via == "graph-store" else server.update_url) in error and "Traceback" not in err
    with running(start_oxigraph(location, port)) as server:
        partial = server_graph_counts(server.query_url)
        assert 0 < len(partial) < len(local)
        assert all(local[g] == n for g, n in partial.items())  # only whole article graphs
        result = run_kg("--store", str(store), "push", "--to", server.query_url, *how)
        assert result.returncode == 0, result.stderr
        assert f"{len(partial)} already there" in result.stderr
        assert ("(Graph Store Protocol)" in result.stderr) == (via == "graph-store")
        assert server_graph_counts(server.query_url) == local
        again = run_kg("--store", str(store), "push", "--to", server.query_url)
        assert "pushing 0 graphs" in again.stderr
        # a graph the server holds with other content is replaced whole, not merged
        changed = tmp_path / "changed.nq"
        many_graphs_nquads(changed, 1, per_graph=7)
        assert run_kg("--store", str(store), "load", str(changed)).returncode == 0
        result = run_kg("--store", str(store), "push", "--to", server.query_url, *how)
        assert result.returncode == 0 and "pushing 1 graphs (7 quads)" in result.stderr, result.stderr
        assert server_graph_counts(server.query_url) == {**local, "https://w3id.org/dipkg/id/graph/article/bulk-0": 7}


def test_store_endpoint_found_next_to_the_query_url(tmp_path, seed_store):
    """kg finds Oxigraph's Graph Store endpoint by itself, writes new graphs through it, and
    KG_STORE_ENDPOINT=none keeps to SPARQL Update: the server ends up with the same graphs."""
    from kg.remote import RemoteStore, store_url_candidates

    assert store_url_candidates("http://h:7878/query") == ["http://h:7878/store", "http://h:7878/data"]
    assert store_url_candidates("http://h:3030/kg/sparql") == ["http://h:3030/kg/data", "http://h:3030/kg/store"]
    counts = []
    for setting in (None, "none"):
        with running(start_oxigraph(tmp_path / f"oxigraph-{setting}")) as server:
            remote = RemoteStore(server.query_url, server.update_url, store_url=setting)
            expected = server.query_url.replace("/query", "/store") if setting is None else None
            assert remote.store_endpoint() == expected
            env = {"KG_STORE_ENDPOINT": setting} if setting else {}
            result = run_kg("--endpoint", server.query_url, "--update-endpoint", server.update_url, "add", STATEMENTS, env=env)
            assert result.returncode == 0, result.stderr
            counts.append(server_graph_counts(server.query_url))
    assert counts[0] == counts[1] and len(counts[0]) > 2


def test_unreachable_endpoint_is_a_clear_error(seed_store):
    url = f"http://127.0.0.1:{free_port()}/query"
    result = run_kg("--endpoint", url, "query", "who-met-whom")
    assert result.returncode == 2
    assert f"cannot reach the SPARQL endpoint {url}" in result.stderr
    assert "Traceback" not in result.stderr
    result = run_kg("--store", str(seed_store), "push", "--to", url)
    assert result.returncode == 2 and "cannot reach" in result.stderr


def test_wrong_url_is_a_clear_error(tmp_path):
    with running(start_oxigraph(tmp_path / "oxigraph")) as server:
        url = server.query_url.replace("/query", "/sparql-nowhere")
        result = run_kg("--endpoint", url, "query", "who-met-whom")
        assert result.returncode == 2
        assert f"{url}: not found (HTTP 404)" in result.stderr and "hint:" in result.stderr
        # a write without an update endpoint says what to add
        result = run_kg("--endpoint", server.query_url, "add", STATEMENTS)
        assert result.returncode == 2 and "--update-endpoint" in result.stderr


def test_server_error_and_timeout_are_clear_errors(seed_store):
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with running(start_kg_serve(seed_store, "--timeout", "1")) as server:
        result = run_kg("--endpoint", server.query_url, "query", heavy)
        assert result.returncode == 2, result.stderr
        assert f"{server.query_url}: server error (HTTP 503)" in result.stderr
        assert "did not finish within 1 s" in result.stderr
    with running(start_kg_serve(seed_store, "--timeout", "60")) as server:
        result = run_kg("--endpoint", server.query_url, "query", heavy, env={"KG_ENDPOINT_TIMEOUT": "1"})
        assert result.returncode == 2
        assert f"{server.query_url}: no answer within 1 s" in result.stderr
        assert "Traceback" not in result.stderr


def test_parameters_bound_by_values_block_give_engine_substitution_answers(seed_store):
    """The VALUES binding used for remote stores equals the engine's substitution on every named query."""
    import pyoxigraph as ox

    from kg.queries import get_named_query
    from kg.remote import bind_values, with_prefixes
    from kg.store import EmbeddedStore

    store = EmbeddedStore(seed_store)
    try:
        for name, params in QUERY_RUNS:
            named = get_named_query(name)
            values = dict(p.split("=", 1) for p in params[1::2])
            terms = named.bindings(values)
            by_engine = store.query(named.text, terms).serialize(format=ox.QueryResultsFormat.TSV)
            by_values = store.query(with_prefixes(bind_values(named.text, terms))).serialize(format=ox.QueryResultsFormat.TSV)
            assert by_values == by_engine, name
    finally:
        store.close()


def test_values_block_goes_into_the_where_group_not_a_comment_or_iri():
    import pyoxigraph as ox

    from kg.remote import bind_values

    text = '# a { brace in a comment\nPREFIX x: <http://e.org/a#>\nSELECT ?lang ("{" AS ?b) WHERE { ?s ?p ?o }'
    bound = bind_values(text, {"lang": ox.Literal('a "quoted" {value}', language="en")})
    assert bound.endswith('WHERE { VALUES (?lang) { ("a \\"quoted\\" {value}"@en) }\n ?s ?p ?o }')
