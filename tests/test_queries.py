"""Named queries, query files and stdin; parameters are bound as RDF terms, never spliced."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kg.queries import named_queries
from tests.conftest import run_kg


def rows(result) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("name", sorted(set(named_queries()) - {"actor", "event"}))
def test_every_named_query_runs(seed_store, name):
    assert rows(run_kg("--store", str(seed_store), "query", name, "-f", "csv"))


def test_list_shows_descriptions_and_parameters():
    result = run_kg("query", "--list")
    assert result.returncode == 0
    for name in ("who-met-whom", "sponsored-meetings", "denials", "mediations", "actor", "timeline"):
        assert name in result.stdout
    assert "--param name=" in result.stdout


def test_actor_query_by_arabic_alias(seed_store):
    found = rows(run_kg("--store", str(seed_store), "query", "actor", "--param", "name=حقان فيدان", "-f", "csv"))
    assert any(r["role"] == "participant" and "Ali Mamlouk" in r["others"] for r in found)


def test_lang_parameter_gives_arabic_labels(seed_store):
    found = rows(run_kg("--store", str(seed_store), "query", "who-met-whom", "-p", "lang=ar", "-f", "csv"))
    assert any("علي مملوك" in r["participants"] for r in found)


def test_min_confidence_keeps_hand_coded_meetings_and_confident_extracted_ones(seed_store):
    from kg.resources import data_dir

    # the seed store is hand-coded; one more article extracted: its meetings carry a confidence
    article = data_dir() / "articles" / "quad-deputies-2023-04.txt"
    done = run_kg("--store", str(seed_store), "ingest", "--no-handcoded", str(article))
    assert done.returncode == 0, done.stderr
    every = rows(run_kg("--store", str(seed_store), "query", "who-met-whom", "-f", "csv"))
    scored = sorted(float(r["confidence"]) for r in every if r["confidence"])
    hand = [r for r in every if not r["confidence"]]
    assert scored and hand
    threshold = scored[len(scored) // 2]
    kept = rows(run_kg("--store", str(seed_store), "query", "who-met-whom", "-p", f"min_confidence={threshold}",
                       "-f", "csv"))
    assert sorted(float(r["confidence"]) for r in kept if r["confidence"]) == [c for c in scored if c >= threshold]
    assert [r for r in kept if not r["confidence"]] == hand
    bad = run_kg("--store", str(seed_store), "query", "who-met-whom", "-p", "min_confidence=high")
    assert bad.returncode == 2 and "'high' is not a number" in bad.stderr


def test_parameter_text_is_data_not_sparql(seed_store):
    evil = 'x") } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o . FILTER("a'
    result = run_kg("--store", str(seed_store), "query", "actor", "--param", f"name={evil}", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["results"]["bindings"] == []
    assert rows(run_kg("--store", str(seed_store), "query", "who-met-whom", "-f", "csv"))


def test_query_file_and_stdin(seed_store, tmp_path):
    query = "SELECT (COUNT(?d) AS ?n) WHERE { ?d a dip:Denial }"
    path = tmp_path / "q.rq"
    path.write_text(query)
    assert rows(run_kg("--store", str(seed_store), "query", str(path), "-f", "csv"))[0]["n"] != "0"
    assert rows(run_kg("--store", str(seed_store), "query", "-", "-f", "csv", input=query))[0]["n"] != "0"


@pytest.mark.parametrize("fmt,check", [
    ("json", lambda out: json.loads(out)["head"]["vars"]),
    ("tsv", lambda out: out.startswith("?meeting\t")),
    ("xml", lambda out: "<sparql" in out),
    ("table", lambda out: "participants" in out and "row" in out),
])
def test_output_formats(seed_store, fmt, check):
    result = run_kg("--store", str(seed_store), "query", "who-met-whom", "-f", fmt)
    assert result.returncode == 0 and check(result.stdout)


def test_syntax_error_names_line(seed_store, tmp_path):
    path = tmp_path / "broken.rq"
    path.write_text("SELECT ?x\nWHERE {\n  ?x a dip:Meeting .\n  ?x dip:status dip:reported dip:confirmed .\n}\n")
    result = run_kg("--store", str(seed_store), "query", str(path))
    assert result.returncode == 2
    assert f"{path}:4" in result.stderr and "SPARQL syntax error" in result.stderr
    assert "dip:reported dip:confirmed" in result.stderr  # the line is shown with a caret


@pytest.mark.parametrize("args,expected", [
    (["who-met-who"], "did you mean who-met-whom"),
    (["actor"], "needs --param name="),
    (["denials", "--param", "colour=red"], "has no parameter 'colour'"),
    (["timeline", "--param", "since=last week"], "is not a date"),
    (["actor", "--param", "no-equals-sign"], "is not name=value"),
])
def test_bad_named_query_use(seed_store, args, expected):
    result = run_kg("--store", str(seed_store), "query", *args)
    assert result.returncode == 2
    assert expected in result.stderr


def test_timeline_since_until(seed_store):
    everything = rows(run_kg("--store", str(seed_store), "query", "timeline", "-f", "csv"))
    dated = [r for r in everything if r["date"]]
    window = rows(run_kg("--store", str(seed_store), "query", "timeline", "-p", "since=2023-01-01",
                         "-p", "until=2023-12-31", "-f", "csv"))
    assert window and all("2023" <= r["date"][:4] <= "2023" for r in window)
    assert len(window) < len(dated)
