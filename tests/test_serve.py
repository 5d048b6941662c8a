"""`kg serve`: the SPARQL 1.1 Protocol over the store, read-only by default, with limits,
a query page, and other kg commands told to use the endpoint while it runs."""
from __future__ import annotations

import csv
import io
import json
import signal
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

from kg.resources import data_dir
from kg.store import SERVE_MARKER
from tests.conftest import run_kg
from tests.servers import running, start_kg_serve
from tests.test_remote import answers

pytestmark = pytest.mark.server

MEETINGS = "PREFIX dip: <https://w3id.org/dipkg/ontology#> SELECT ?m WHERE { ?m a dip:Meeting } ORDER BY ?m"


def get(url: str, accept: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get_content_type(), exc.read()


def test_named_queries_same_through_kg_serve(seed_store):
    expected = answers("--store", str(seed_store))
    with running(start_kg_serve(seed_store)) as server:
        assert answers("--endpoint", server.query_url) == expected


def same_up_to_order(csv_text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """An answer with its rows sorted and each ' | '-joined list (GROUP_CONCAT) sorted: what stays
    the same when the engine meets the quads in another order."""
    rows = list(csv.reader(io.StringIO(csv_text)))
    return rows[0], sorted(tuple(" | ".join(sorted(cell.split(" | "))) for cell in row) for row in rows[1:])


def serving_line(server) -> str:
    """The line `kg serve` prints once it listens."""
    return server.proc.stderr.readline()


def test_memory_snapshot_holds_the_folder_and_refuses_writes(seed_store):
    """`kg serve --memory` answers as the store does (lists and ties may come in another order), keeps
    the folder marked as served, so other kg commands are pointed at the endpoint, and takes no writes."""
    expected = {run: same_up_to_order(text) for run, text in answers("--store", str(seed_store)).items()}
    with running(start_kg_serve(seed_store, "--memory")) as server:
        assert "(in-memory snapshot)" in serving_line(server)
        got = answers("--endpoint", server.query_url)
        assert {run: same_up_to_order(text) for run, text in got.items()} == expected
        assert json.loads((seed_store / SERVE_MARKER).read_text())["query_url"] == server.query_url
        for command in (("query", "who-met-whom"), ("add", str(data_dir() / "statements" / "seed-ar.yaml"))):
            result = run_kg("--store", str(seed_store), *command)
            assert result.returncode == 2
            assert "being served by `kg serve`" in result.stderr and f"kg --endpoint {server.query_url}" in result.stderr
        result = run_kg("--endpoint", server.query_url, "--update-endpoint", server.update_url,
                        "add", str(data_dir() / "statements" / "seed-ar.yaml"))
        assert result.returncode == 2 and "refused the update (HTTP 403)" in result.stderr
    assert not (seed_store / SERVE_MARKER).exists()
    result = run_kg("--store", str(seed_store), "serve", "--memory", "--allow-update")
    assert result.returncode == 2 and "--allow-update needs the store served from disk" in result.stderr
    with running(start_kg_serve(seed_store)) as server:  # the default: the store on disk
        assert "(on disk)" in serving_line(server)


def test_result_formats_by_content_negotiation(seed_store):
    local = run_kg("--store", str(seed_store), "query", "-f", "json", MEETINGS)
    meetings = [b["m"]["value"] for b in json.loads(local.stdout)["results"]["bindings"]]
    assert meetings
    with running(start_kg_serve(seed_store)) as server:
        client = SPARQLWrapper(server.query_url)
        client.setQuery(MEETINGS)
        client.setReturnFormat(JSON)
        assert [b["m"]["value"] for b in client.queryAndConvert()["results"]["bindings"]] == meetings
        client.setReturnFormat(XML)
        xml = client.queryAndConvert()
        assert [n.firstChild.data for n in xml.getElementsByTagName("uri")] == meetings
        client.setReturnFormat(CSV)
        assert [r["m"] for r in csv.DictReader(io.StringIO(client.queryAndConvert().decode()))] == meetings
        client.setReturnFormat(TSV)
        tsv = client.queryAndConvert().decode().splitlines()[1:]
        assert tsv == [f"<{m}>" for m in meetings]
        # graphs: Turtle, N-Triples and JSON-LD, each parsed back to the same triples
        construct = "CONSTRUCT WHERE { ?m a <https://w3id.org/dipkg/ontology#Meeting> }"
        url = f"{server.query_url}?{urllib.parse.urlencode({'query': construct})}"
        parsed = []
        for media, fmt in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                           ("application/ld+json", ox.RdfFormat.JSON_LD)):
            status, got, body = get(url, media)
            assert (status, got) == (200, media)
            parsed.append(sorted(str(q.subject) for q in ox.parse(body, fmt)))
        assert parsed[0] == parsed[1] == parsed[2] == sorted(f"<{m}>" for m in meetings)
        # POST as a form and as application/sparql-query, both answered
        form = urllib.parse.urlencode({"query": MEETINGS}).encode()
        for body, kind in ((form, "application/x-www-form-urlencoded"), (MEETINGS.encode(), "application/sparql-query")):
            request = urllib.request.Request(server.query_url, data=body, headers={"Content-Type": kind, "Accept": "text/csv"})
            with urllib.request.urlopen(request) as response:
                assert response.read().decode().split()[1:] == meetings


def test_update_refused_unless_allowed(seed_store):
    with running(start_kg_serve(seed_store)) as server:
        client = SPARQLWrapper(server.query_url, updateEndpoint=server.update_url)
        client.setMethod("POST")
        client.setQuery("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
        with pytest.raises(urllib.error.HTTPError) as refused:
            client.query()
        assert refused.value.code == 403
        assert b"read-only" in refused.value.read()
        result = run_kg("--endpoint", server.query_url, "--update-endpoint", server.update_url,
                        "add", str(data_dir() / "statements" / "seed-ar.yaml"))
        assert result.returncode == 2
        assert "refused the update (HTTP 403)" in result.stderr and "--allow-update" in result.stderr
    expected = answers("--store", str(seed_store))
    with running(start_kg_serve(seed_store, "--allow-update")) as server:
        remote = ("--endpoint", server.query_url, "--update-endpoint", server.update_url)
        result = run_kg(*remote, "add", str(data_dir() / "statements"))
        assert result.returncode == 0, result.stderr
        assert answers(*remote) == expected  # each article graph replaced, nothing doubled


def test_store_served_is_named_to_other_commands(seed_store):
    server = start_kg_serve(seed_store)
    with running(server):
        marker = json.loads((seed_store / SERVE_MARKER).read_text())
        assert marker["query_url"] == server.query_url
        result = run_kg("--store", str(seed_store), "query", "who-met-whom")
        assert result.returncode == 2
        assert "being served by `kg serve`" in result.stderr
        assert f"kg --endpoint {server.query_url}" in result.stderr
        server.stop(signal.SIGTERM)
    assert not (seed_store / SERVE_MARKER).exists()
    assert run_kg("--store", str(seed_store), "query", "who-met-whom").returncode == 0


def test_result_limit_is_a_clear_http_error(seed_store):
    with running(start_kg_serve(seed_store, "--max-results", "3")) as server:
        everything = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
        for accept in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                       "text/tab-separated-values"):
            status, _, body = get(f"{server.query_url}?{everything}", accept)
            assert status == 400
            assert b"more than this server's limit of 3 (kg serve --max-results)" in body
        limited = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
        status, _, body = get(f"{server.query_url}?{limited}", "application/sparql-results+json")
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3


def test_query_page_escapes_what_it_shows(seed_store):
    hostile = 'SELECT ?x WHERE { BIND("<script>alert(1)</script>" AS ?x) }'
    with running(start_kg_serve(seed_store)) as server:
        base = server.query_url.rsplit("/", 1)[0]
        status, media, page = get(f"{base}/ui?{urllib.parse.urlencode({'query': hostile})}")
        assert (status, media) == (200, "text/html")
        assert b"<script>alert" not in page
        assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in page
        status, _, page = get(f"{base}/ui?named=who-met-whom")
        assert status == 200 and b"<td>" in page
        status, media, page = get(f"{base}/")  # the visualisation, drawn from the served store
        assert (status, media) == (200, "text/html") and b"<html" in page.lower()
        assert b"Hakan Fidan" in page
        status, _, page = get(f"{base}/?{urllib.parse.urlencode({'actor': 'Hakan Fidan', 'lang': 'ar'})}")
        assert status == 200 and b"<html" in page.lower()
