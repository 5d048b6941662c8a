"""The Python API, as the README shows it: load, add, query, export in a few lines."""
from __future__ import annotations

import io

from kg import KnowledgeGraph
from kg.resources import data_dir


def test_readme_python_example(tmp_path):
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.add_files([data_dir() / "statements" / "seed-ar.yaml"])
        meetings = kg.query("who-met-whom").to_python()
        assert {"Ali Mamlouk", "Hakan Fidan"} == set(
            next(m for m in meetings if "Ali Mamlouk" in m["participants"])["participants"].split(" | "))
        hub = kg.query("actor", {"name": "Hakan Fidan"}).to_python()
        assert hub and hub[0]["type"] == "Meeting"
        buffer = io.BytesIO()
        kg.export(buffer, "turtle")
        assert b"dip:Meeting" in buffer.getvalue()
        graph = kg.to_rdflib()
        assert len(graph) > 100


def test_in_memory_graph_and_sparql_text():
    kg = KnowledgeGraph.open(None)
    kg.add_files([data_dir() / "statements" / "seed-ar.yaml"])
    result = kg.query("SELECT ?m WHERE { ?m dip:status dip:denied }")
    assert [r["m"] for r in result.to_python()] == ["https://w3id.org/dipkg/id/event/seed-ar/m2"]


def test_base_graphs_are_rewritten_only_when_they_change(tmp_path):
    from kg.gazetteer import Gazetteer
    from kg.model import Actor

    actors_graph = "https://w3id.org/dipkg/id/graph/actors"
    ada = f"SELECT ?a WHERE {{ GRAPH <{actors_graph}> {{ ?a rdfs:label ?l FILTER(STR(?l) = \"Ada Example\") }} }}"
    seed = data_dir() / "statements" / "seed-ar.yaml"
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.add_files([seed])
        assert kg._stale_base() == {}                       # a second command has nothing to rewrite
        before = kg.quad_count()
        kg.add_files([seed])
        assert kg.quad_count() == before
    richer = Gazetteer.default().add_local_actors([Actor(id="ada-example", name="Ada Example", type="person")])
    with KnowledgeGraph.open(tmp_path / "store", gazetteer=richer) as kg:
        assert kg.query(ada).to_python() == []
        assert list(kg._stale_base()) and all("actors" in g.value for g in kg._stale_base())
        kg.add_files([seed])                               # a changed gazetteer is written again
        assert kg.query(ada).to_python() == [{"a": "https://w3id.org/dipkg/id/actor/ada-example"}]
