"""The ontology (OWL) and its SHACL shapes: they parse, describe every term, and hold the contract."""
from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, SH, SKOS, XSD

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "dipkg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"

DIP = Namespace("https://w3id.org/dipkg/ontology#")
DIPR = Namespace("https://w3id.org/dipkg/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ONTOLOGY_IRI = URIRef("https://w3id.org/dipkg/ontology")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


# --- the ontology file ----------------------------------------------------------------------

CLASSES = {"Actor", "Person", "State", "Organization", "Meeting", "Mediation", "Denial", "Place",
           "Article", "Evidence", "Status", "Position"}
OBJECT_PROPERTIES = {"participant", "thirdParty", "sponsor", "mediator", "host", "party", "status",
                     "place", "occasion", "reportedBy", "denier", "denies", "evidence", "inArticle",
                     "affiliation", "holdsPosition", "of"}
DATATYPE_PROPERTIES = {"date", "quote", "charStart", "charEnd", "title", "start", "end",
                       "confidence", "demonym", "role", "orgKind"}
STATUSES = {"confirmed", "reported", "planned", "proposed", "denied"}


def _dip_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(DIP))}


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    dct = Namespace("http://purl.org/dc/terms/")
    assert ontology.value(ONTOLOGY_IRI, dct.title) is not None
    assert ontology.value(ONTOLOGY_IRI, dct.description) is not None
    assert ontology.value(ONTOLOGY_IRI, dct.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/")


def test_every_contract_term_is_typed(ontology: Graph) -> None:
    for name in CLASSES:
        assert (DIP[name], RDF.type, OWL.Class) in ontology, name
    for name in OBJECT_PROPERTIES:
        assert (DIP[name], RDF.type, OWL.ObjectProperty) in ontology, name
        assert (DIP[name], RDF.type, OWL.DatatypeProperty) not in ontology, name
    for name in DATATYPE_PROPERTIES:
        assert (DIP[name], RDF.type, OWL.DatatypeProperty) in ontology, name
        assert (DIP[name], RDF.type, OWL.ObjectProperty) not in ontology, name
    expected = CLASSES | OBJECT_PROPERTIES | DATATYPE_PROPERTIES | STATUSES | {"StatusScheme"}
    assert {str(t)[len(str(DIP)):] for t in _dip_terms(ontology)} == expected


def test_ontology_matches_python_vocabulary(ontology: Graph) -> None:
    vocab = pytest.importorskip("kg.vocab")
    names = set(vocab.DIP.__annotations__)
    assert names == {str(t)[len(str(DIP)):] for t in _dip_terms(ontology)}


def test_every_term_is_labelled_in_english_and_arabic(ontology: Graph) -> None:
    for term in _dip_terms(ontology):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            assert {"en", "ar"} <= langs, (term, prop, langs)
        assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology, term


def test_every_property_has_domain_and_range(ontology: Graph) -> None:
    for name in OBJECT_PROPERTIES | DATATYPE_PROPERTIES:
        assert ontology.value(DIP[name], RDFS.domain) is not None, name
        assert ontology.value(DIP[name], RDFS.range) is not None, name


def test_alignments(ontology: Graph) -> None:
    schema = Namespace("https://schema.org/")
    sem = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    expected = {
        "Actor": {PROV.Agent, sem.Actor}, "Person": {DIP.Actor, schema.Person},
        "State": {DIP.Actor}, "Organization": {DIP.Actor, schema.Organization},
        "Meeting": {sem.Event, schema.Event}, "Mediation": {sem.Event},
        "Denial": {sem.Event, PROV.Activity}, "Place": {schema.Place, sem.Place},
        "Article": {schema.NewsArticle, PROV.Entity}, "Evidence": {PROV.Entity},
        "Status": {SKOS.Concept},
    }
    for name, supers in expected.items():
        assert supers <= set(ontology.objects(DIP[name], RDFS.subClassOf)), name
    for name in ("sponsor", "mediator", "host"):
        assert (DIP[name], RDFS.subPropertyOf, DIP.thirdParty) in ontology
    assert (DIP.participant, RDFS.subPropertyOf, sem.hasActor) in ontology


def test_unions(ontology: Graph) -> None:
    def members(node) -> set:
        from rdflib.collection import Collection
        return set(Collection(ontology, ontology.value(node, OWL.unionOf)))

    assert members(ontology.value(DIP.thirdParty, RDFS.domain)) == {DIP.Meeting, DIP.Mediation}
    assert members(ontology.value(DIP.evidence, RDFS.domain)) == {
        DIP.Meeting, DIP.Mediation, DIP.Denial}
    date_range = ontology.value(DIP.date, RDFS.range)
    assert (date_range, RDF.type, RDFS.Datatype) in ontology
    assert members(date_range) == {XSD.date, XSD.gYearMonth, XSD.gYear}


def test_status_scheme(ontology: Graph) -> None:
    assert (DIP.StatusScheme, RDF.type, SKOS.ConceptScheme) in ontology
    for name in STATUSES:
        s = DIP[name]
        assert (s, RDF.type, DIP.Status) in ontology
        assert (s, RDF.type, SKOS.Concept) in ontology
        assert (s, SKOS.inScheme, DIP.StatusScheme) in ontology
        for prop in (SKOS.prefLabel, SKOS.definition):
            assert {o.language for o in ontology.objects(s, prop)} >= {"en", "ar"}, (s, prop)


# --- the shapes file --------------------------------------------------------------------------

def test_every_shape_and_constraint_is_explained(shapes: Graph) -> None:
    explained = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(
        shapes.subjects(RDF.type, SH.PropertyShape))
    assert len(explained) > 20
    for shape in explained:
        assert shapes.value(shape, SH.message) is not None, shape
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, RDFS.comment) is not None, shape
    for constraint in shapes.objects(None, SH.sparql):
        assert shapes.value(constraint, SH.message) is not None, constraint
        assert shapes.value(constraint, RDFS.comment) is not None, constraint


VALID = """
@prefix dip:    <https://w3id.org/dipkg/ontology#> .
@base <https://w3id.org/dipkg/id/> .
@prefix prov:   <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .

<article/seed> a dip:Article ;
    schema:headline "اجتماع جديد بين مملوك وفيدان"@ar ;
    schema:datePublished "2022-08-25"^^xsd:date ;
    schema:publisher <actor/enab-baladi> ;
    schema:inLanguage "ar" .

<actor/enab-baladi> a dip:Organization ; rdfs:label "Enab Baladi"@en ; dip:orgKind "media" .
<actor/intelligence-online> a dip:Organization ; rdfs:label "Intelligence Online"@en ;
    dip:orgKind "media" .
<actor/russia> a dip:State ; rdfs:label "Russia"@en , "روسيا"@ar ; dip:demonym "Russian"@en .
<actor/syria> a dip:State ; rdfs:label "Syria"@en .
<actor/turkey> a dip:State ; rdfs:label "Turkey"@en .
<actor/ali-mamlouk> a dip:Person ; rdfs:label "Ali Mamlouk"@en , "علي مملوك"@ar ;
    dip:affiliation <actor/syria> ;
    dip:holdsPosition <position/ali-mamlouk/0> .
<position/ali-mamlouk/0> a dip:Position ;
    dip:title "Head of the National Security Bureau"@en ; dip:of <actor/syria> ;
    dip:role "intelligence-chief" ;
    dip:start "2012-07-24"^^xsd:date ; dip:end "2024-12-08"^^xsd:date .
<actor/hakan-fidan> a dip:Person ; rdfs:label "Hakan Fidan"@en ;
    dip:affiliation <actor/turkey> .
<actor/mevlut-cavusoglu> a dip:Person ; rdfs:label "Mevlut Cavusoglu"@en .
<place/belgrade> a dip:Place ; rdfs:label "Belgrade"@en .

<event/seed/m1> a dip:Meeting ;
    rdfs:label "Ali Mamlouk meets Hakan Fidan"@en ;
    dip:participant <actor/ali-mamlouk> , <actor/hakan-fidan> ;
    dip:sponsor <actor/russia> ;
    dip:thirdParty <actor/russia> ;
    dip:status dip:reported ;
    dip:reportedBy <actor/intelligence-online> ;
    dip:date "2022-09"^^xsd:gYearMonth ;
    dip:place <place/belgrade> ;
    dip:confidence 0.8 ;
    dip:evidence <evidence/seed/10-60> ;
    prov:wasDerivedFrom <article/seed> .

<event/seed/med1> a dip:Mediation ;
    dip:mediator <actor/russia> ;
    dip:thirdParty <actor/russia> ;
    dip:party <actor/syria> , <actor/turkey> ;
    dip:evidence <evidence/seed/70-120> ;
    prov:wasDerivedFrom <article/seed> .

<event/seed/m3> a dip:Meeting ;
    dip:participant <actor/syria> , <actor/turkey> ;
    dip:status dip:denied ;
    dip:date "2022"^^xsd:gYear ;
    dip:evidence <evidence/seed/130-170> ;
    prov:wasDerivedFrom <article/seed> .

<event/seed/d1> a dip:Denial ;
    dip:denier <actor/mevlut-cavusoglu> ;
    dip:denies <event/seed/m3> ;
    dip:date "2022-09-01"^^xsd:date ;
    dip:evidence <evidence/seed/180-220> ;
    prov:wasDerivedFrom <article/seed> .

<evidence/seed/10-60> a dip:Evidence ;
    dip:quote "أجرى علي مملوك اجتماعاً جديداً مع هاكان فيدان"@ar ;
    dip:inArticle <article/seed> ; dip:charStart 10 ; dip:charEnd 60 .
<evidence/seed/70-120> a dip:Evidence ;
    dip:quote "روسيا تلعب دور الوسيط بين نظام الأسد والحكومة التركية"@ar ;
    dip:inArticle <article/seed> ; dip:charStart 70 ; dip:charEnd 120 .
<evidence/seed/130-170> a dip:Evidence ;
    dip:quote "لقاء مرتقب بين الأسد وأردوغان"@ar ;
    dip:inArticle <article/seed> ; dip:charStart 130 ; dip:charEnd 170 .
<evidence/seed/180-220> a dip:Evidence ;
    dip:quote "أكّد أنّ الأخبار المتداولة غير صحيحة"@ar ;
    dip:inArticle <article/seed> ; dip:charStart 180 ; dip:charEnd 220 .
"""

M1 = DIPR["event/seed/m1"]
M3 = DIPR["event/seed/m3"]
D1 = DIPR["event/seed/d1"]
EV1 = DIPR["evidence/seed/10-60"]


def _valid() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def _validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, list[str], list[str]]:
    """Validate as the project does; return (conforms, violation messages, warning messages)."""
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True)
    violations, warnings = [], []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = str(results.value(result, SH.resultMessage))
        severity = results.value(result, SH.resultSeverity)
        (violations if severity == SH.Violation else warnings).append(message)
    return conforms, violations, warnings


def test_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert len(ontology) > 300
    assert len(shapes) > 200


def test_valid_example_conforms(shapes: Graph, ontology: Graph) -> None:
    conforms, violations, warnings = _validate(_valid(), shapes, ontology)
    assert conforms, violations
    assert violations == [] and warnings == []


def test_valid_example_conforms_with_the_ontology_merged_into_the_data(
        shapes: Graph, ontology: Graph) -> None:
    # The store's union graph holds dipr:graph/ontology too.
    conforms, violations, warnings = _validate(_valid() + ontology, shapes, ontology)
    assert conforms, violations
    assert warnings == []


def test_valid_example_conforms_without_the_ontology(shapes: Graph) -> None:
    # Actor checks accept the subclasses directly, so the data alone is enough.
    conforms, _results, text = pyshacl.validate(
        _valid(), shacl_graph=shapes, inference="none", allow_warnings=True)
    assert conforms, text


def _drop(g: Graph, s, p, o=None) -> Graph:
    g.remove((s, p, o))
    return g


def _one_participant(g: Graph) -> Graph:
    return _drop(g, M1, DIP.participant, DIPR["actor/hakan-fidan"])


def _two_statuses(g: Graph) -> Graph:
    g.add((M1, DIP.status, DIP.confirmed))
    return g


def _status_outside_list(g: Graph) -> Graph:
    g.set((M1, DIP.status, DIP.rumoured))
    return g


def _sponsor_without_third_party(g: Graph) -> Graph:
    return _drop(g, M1, DIP.thirdParty)


def _denial_without_denier(g: Graph) -> Graph:
    return _drop(g, D1, DIP.denier)


def _evidence_without_quote(g: Graph) -> Graph:
    return _drop(g, EV1, DIP.quote)


def _denied_meeting_not_denied(g: Graph) -> Graph:
    g.set((M3, DIP.status, DIP.reported))
    return g


def _no_source_article(g: Graph) -> Graph:
    return _drop(g, D1, PROV.wasDerivedFrom)


def _meeting_without_evidence(g: Graph) -> Graph:
    return _drop(g, M1, DIP.evidence)


def _mediation_without_third_party(g: Graph) -> Graph:
    med = DIPR["event/seed/med1"]
    g.remove((med, DIP.mediator, None))
    return _drop(g, med, DIP.thirdParty)


def _offsets_reversed(g: Graph) -> Graph:
    g.set((EV1, DIP.charStart, Literal(80)))
    return g


def _bad_date(g: Graph) -> Graph:
    g.set((M1, DIP.date, Literal("September 2022")))
    return g


def _denies_an_actor(g: Graph) -> Graph:
    g.set((D1, DIP.denies, DIPR["actor/syria"]))
    return g


def _untagged_quote(g: Graph) -> Graph:
    g.set((EV1, DIP.quote, Literal("a quote without a language")))
    return g


def _two_publication_dates(g: Graph) -> Graph:
    g.add((DIPR["article/seed"], Namespace("https://schema.org/").datePublished,
           Literal("2022-08-26", datatype=XSD.date)))
    return g


BROKEN = [
    (_one_participant, "A meeting needs at least two participants; this one has fewer."),
    (_two_statuses, "A meeting must have exactly one status; this one has none or more than one."),
    (_status_outside_list,
     "Meeting status must be one of confirmed, reported, planned, proposed, denied."),
    (_sponsor_without_third_party,
     "Every sponsor, mediator or host must also be recorded as a third party (dip:thirdParty)"),
    (_denial_without_denier, "A denial must name who denied (at least one denier)"),
    (_evidence_without_quote, "Each piece of evidence must carry exactly one quote"),
    (_denied_meeting_not_denied,
     "This meeting is denied by a denial, so its status must be denied."),
    (_no_source_article, "An event must name the article it came from (prov:wasDerivedFrom)"),
    (_meeting_without_evidence, "A meeting needs at least one piece of evidence"),
    (_mediation_without_third_party, "A mediation needs at least one third party"),
    (_offsets_reversed, "The start offset of a quoted span must be smaller than its end offset."),
    (_bad_date, "A date must be a day (xsd:date), a month (xsd:gYearMonth) or a year (xsd:gYear)."),
    (_denies_an_actor, "A denial must deny a meeting or a mediation"),
    (_untagged_quote, "A quote must be text with a language tag"),
    (_two_publication_dates, "An article may have at most one publication date"),
]


@pytest.mark.parametrize(("breaker", "expected"), BROKEN, ids=[b.__name__.strip("_") for b, _ in BROKEN])
def test_broken_variant_fails_with_its_message(breaker, expected: str, shapes: Graph,
                                              ontology: Graph) -> None:
    conforms, violations, _warnings = _validate(breaker(_valid()), shapes, ontology)
    assert not conforms
    assert len(violations) == 1 and expected in violations[0], violations


def test_status_denied_without_denial_is_only_a_warning(shapes: Graph, ontology: Graph) -> None:
    g = _valid()
    g.remove((D1, None, None))
    conforms, violations, warnings = _validate(g, shapes, ontology)
    assert conforms, violations
    assert warnings == ["This meeting has status denied, but no denial in the graph denies it."]
