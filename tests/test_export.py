"""Exports in every RDF format parse back to the same graph; bad output paths are explained."""
from __future__ import annotations

import pyoxigraph as ox

from tests.conftest import run_kg

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
           "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}


def count(seed_store, fmt: str, tmp_path) -> tuple[int, set]:
    out = tmp_path / f"x.{fmt}"
    result = run_kg("--store", str(seed_store), "export", "-f", fmt, "-o", str(out))
    assert result.returncode == 0, result.stderr
    parsed = list(ox.parse(path=str(out), format=FORMATS[fmt]))
    graphs = {q.graph_name.value for q in parsed if isinstance(getattr(q, "graph_name", None), ox.NamedNode)}
    return len(parsed), graphs


def test_dataset_formats_keep_named_graphs(seed_store, tmp_path):
    n_trig, g_trig = count(seed_store, "trig", tmp_path)
    n_nq, g_nq = count(seed_store, "nq", tmp_path)
    n_jsonld, g_jsonld = count(seed_store, "jsonld", tmp_path)
    assert n_trig == n_nq == n_jsonld
    assert g_trig == g_nq == g_jsonld
    assert "https://w3id.org/dipkg/id/graph/article/seed-ar" in g_trig
    assert "https://w3id.org/dipkg/id/graph/actors" in g_trig
    assert "https://w3id.org/dipkg/id/graph/ontology" in g_trig


def test_triple_formats_hold_the_union(seed_store, tmp_path):
    n_ttl, _ = count(seed_store, "turtle", tmp_path)
    n_nt, _ = count(seed_store, "nt", tmp_path)
    assert n_ttl == n_nt > 1000


def test_export_to_stdout_by_default(seed_store):
    result = run_kg("--store", str(seed_store), "export")
    assert result.returncode == 0
    assert "@prefix dip: <https://w3id.org/dipkg/ontology#>" in result.stdout


def test_csv_export(seed_store):
    result = run_kg("--store", str(seed_store), "export", "-f", "csv")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("meeting,participants")


def test_unwritable_output_path(seed_store, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run_kg("--store", str(seed_store), "export", "-o", str(blocker / "out.ttl"))
    assert result.returncode == 2
    assert "cannot write output" in result.stderr and str(blocker) in result.stderr
