"""SHACL validation of the store and of files, with reports a researcher can read."""
from __future__ import annotations

from tests.conftest import run_kg

BROKEN = """@prefix dip: <https://w3id.org/dipkg/ontology#> .
@prefix dipr: <https://w3id.org/dipkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<https://w3id.org/dipkg/id/article/x> a dip:Article .
<https://w3id.org/dipkg/id/actor/a> a dip:Actor, dip:State ; rdfs:label "A"@en .
<https://w3id.org/dipkg/id/event/x/m1> a dip:Meeting ; rdfs:label "Lonely meeting"@en ;
    dip:participant <https://w3id.org/dipkg/id/actor/a> ;
    dip:status dip:confirmed, dip:reported ;
    dip:sponsor <https://w3id.org/dipkg/id/actor/a> ;
    prov:wasDerivedFrom <https://w3id.org/dipkg/id/article/x> .
"""


def test_store_built_from_sample_data_is_valid(seed_store):
    result = run_kg("--store", str(seed_store), "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("valid:")


def test_exported_turtle_is_valid(seed_store, tmp_path):
    out = tmp_path / "g.ttl"
    assert run_kg("--store", str(seed_store), "export", "-o", str(out)).returncode == 0
    result = run_kg("validate", str(out))
    assert result.returncode == 0, result.stdout


def test_broken_graph_fails_with_readable_report(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text(BROKEN)
    result = run_kg("validate", str(path))
    assert result.returncode == 1
    report = result.stdout
    assert report.startswith("invalid:")
    assert "Lonely meeting" in report
    lowered = report.lower()
    assert "two participants" in lowered
    assert "status" in lowered
    assert "evidence" in lowered
    assert "thirdparty" in lowered.replace(" ", "").replace("dip:", "") or "third party" in lowered
    assert "Traceback" not in result.stderr


def test_unparseable_file(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("this is not turtle .")
    result = run_kg("validate", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr
