"""The seed article's graph holds everything the vocabulary contract lists, checked with SPARQL
on the exported Turtle and TriG (read back by an independent parser too)."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.conftest import SEED_YAML, require_tool, run_kg

PREFIX = """PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX dipr: <https://w3id.org/dipkg/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("seed")
    store = tmp / "store"
    assert run_kg("--store", str(store), "add", str(SEED_YAML)).returncode == 0
    files = {}
    for fmt, suffix in (("turtle", "ttl"), ("trig", "trig")):
        files[fmt] = tmp / f"seed.{suffix}"
        result = run_kg("--store", str(store), "export", "--format", fmt, "-o", str(files[fmt]))
        assert result.returncode == 0, result.stderr
    return files


def _graph(path: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path))
    return store


def ask(store: ox.Store, body: str) -> bool:
    return bool(store.query(PREFIX + "ASK {" + body + "}", use_default_graph_as_union=True))


def actor(name: str) -> str:
    """A pattern binding ?{var} to the actor labelled ``name`` in English."""
    return f'rdfs:label "{name}"@en'


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_mamlouk_fidan_meeting_sponsored_by_russia(exported, fmt):
    g = _graph(exported[fmt])
    assert ask(g, f"""
        ?m a dip:Meeting ; dip:participant ?a, ?b ; dip:sponsor ?r ; dip:thirdParty ?r ;
           dip:status dip:reported ; dip:reportedBy ?io .
        ?a {actor('Ali Mamlouk')} . ?b {actor('Hakan Fidan')} . ?r {actor('Russia')} .
        ?io {actor('Intelligence Online')} .""")


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_fidan_spellings_are_one_actor(exported, fmt):
    g = _graph(exported[fmt])
    rows = list(g.query(PREFIX + """SELECT DISTINCT ?p WHERE { ?m a dip:Meeting ; dip:participant ?p .
        ?p rdfs:label|skos:altLabel ?l FILTER(STR(?l) IN ("حقان فيدان", "هاكان فيدان")) }""",
                         use_default_graph_as_union=True))
    # the gazetteer is part of the export: both spellings name the same single actor
    assert len(rows) == 1


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_russia_mediates_between_syria_and_turkey(exported, fmt):
    g = _graph(exported[fmt])
    assert ask(g, f"""?x a dip:Mediation ; dip:thirdParty ?r ; dip:party ?s, ?t .
        ?r {actor('Russia')} . ?s {actor('Syria')} . ?t {actor('Turkey')} .""")


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_assad_erdogan_meeting_sought_by_putin_is_denied(exported, fmt):
    g = _graph(exported[fmt])
    assert ask(g, f"""
        ?m a dip:Meeting ; dip:participant ?a, ?e ; dip:mediator ?p ; dip:thirdParty ?p ;
           dip:status dip:denied ; dip:place ?sam ; dip:reportedBy ?src .
        ?a {actor('Bashar al-Assad')} . ?e {actor('Recep Tayyip Erdogan')} . ?p {actor('Vladimir Putin')} .
        ?sam rdfs:label "Samarkand"@en .
        ?d a dip:Denial ; dip:denier ?c ; dip:denies ?m . ?c {actor('Mevlut Cavusoglu')} .""")
    # exactly one status
    rows = list(g.query(PREFIX + "SELECT ?m (COUNT(?s) AS ?n) WHERE { ?m a dip:Meeting ; dip:status ?s } GROUP BY ?m",
                        use_default_graph_as_union=True))
    assert rows and all(int(r["n"].value) == 1 for r in rows)


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_cavusoglu_mekdad_belgrade_confirmed(exported, fmt):
    g = _graph(exported[fmt])
    assert ask(g, f"""?m a dip:Meeting ; dip:participant ?c, ?f ; dip:place ?b ; dip:status dip:confirmed .
        ?c {actor('Mevlut Cavusoglu')} . ?f {actor('Faisal Mekdad')} . ?b rdfs:label "Belgrade"@en .""")


def test_every_event_quotes_arabic_sentence_from_the_article(exported):
    g = _graph(exported["trig"])
    text = Path(SEED_YAML).parent.parent.joinpath("articles", "seed-ar.txt").read_text(encoding="utf-8")
    rows = list(g.query(PREFIX + """SELECT ?e ?q ?s ?end WHERE {
        ?e a ?t VALUES ?t { dip:Meeting dip:Mediation dip:Denial }
        ?e dip:evidence ?v . ?v dip:quote ?q ; dip:charStart ?s ; dip:charEnd ?end ; dip:inArticle ?a .
        ?e prov:wasDerivedFrom ?a }""", use_default_graph_as_union=True))
    events = {r["e"].value for r in rows}
    assert len(events) >= 5
    for r in rows:
        assert r["q"].language == "ar"
        assert text[int(r["s"].value):int(r["end"].value)] == r["q"].value


def test_nothing_from_website_furniture(exported):
    g = _graph(exported["trig"])
    assert not ask(g, 'dipr:dummy dip:x ?y . FILTER(false)')
    rows = list(g.query(PREFIX + "SELECT ?q WHERE { ?v dip:quote ?q }", use_default_graph_as_union=True))
    for r in rows:
        assert "تخطى إلى المحتوى" not in r["q"].value
        assert "اقرأ أيضاً" not in r["q"].value


@pytest.mark.parametrize("fmt,syntax", [("turtle", "turtle"), ("trig", "trig")])
def test_independent_parser_reads_the_export(exported, fmt, syntax):
    rapper = require_tool("rapper")
    result = subprocess.run([rapper, "-i", syntax, "-c", str(exported[fmt])], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Parsing returned" in result.stderr and "triples" in result.stderr
