"""The dipkg vocabulary as typed Python names: a typo fails at import, not in a query.

>>> from kg.vocab import DIP
>>> str(DIP.Meeting)
'https://w3id.org/dipkg/ontology#Meeting'
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

DIP_IRI = "https://w3id.org/dipkg/ontology#"
DIPR_IRI = "https://w3id.org/dipkg/id/"


class DIP(DefinedNamespace):
    """Classes, properties and status members of ``dip:`` (see docs/vocabulary)."""

    _NS = Namespace(DIP_IRI)
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    State: URIRef
    Organization: URIRef
    Meeting: URIRef
    Mediation: URIRef
    Denial: URIRef
    Place: URIRef
    Article: URIRef
    Evidence: URIRef
    Status: URIRef
    StatusScheme: URIRef
    Position: URIRef
    # status members
    confirmed: URIRef
    reported: URIRef
    planned: URIRef
    proposed: URIRef
    denied: URIRef
    # properties
    participant: URIRef
    thirdParty: URIRef
    sponsor: URIRef
    mediator: URIRef
    host: URIRef
    party: URIRef
    status: URIRef
    date: URIRef
    place: URIRef
    occasion: URIRef
    reportedBy: URIRef
    denier: URIRef
    denies: URIRef
    evidence: URIRef
    quote: URIRef
    inArticle: URIRef
    charStart: URIRef
    charEnd: URIRef
    affiliation: URIRef
    holdsPosition: URIRef
    title: URIRef
    of: URIRef
    start: URIRef
    end: URIRef
    # added by the implementation (see CHANGELOG)
    confidence: URIRef
    demonym: URIRef
    role: URIRef
    orgKind: URIRef


DIPR = Namespace(DIPR_IRI)
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, str] = {
    "dip": DIP_IRI,
    "dipr": DIPR_IRI,
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "sem": str(SEM),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": str(WD),
}

STATUSES = ("confirmed", "reported", "planned", "proposed", "denied")

GRAPH_ACTORS = DIPR["graph/actors"]
GRAPH_ONTOLOGY = DIPR["graph/ontology"]


def article_graph(article_id: str) -> URIRef:
    """The named graph holding everything one article states."""
    from kg.iris import iri_segment

    return DIPR[f"graph/article/{iri_segment(article_id)}"]
