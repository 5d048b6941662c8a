"""The Python vocabulary and the ontology file list exactly the same dip: terms."""
from __future__ import annotations

import rdflib

from kg.resources import ontology_path
from kg.vocab import DIP, DIP_IRI


def test_defined_namespace_matches_ontology():
    graph = rdflib.Graph().parse(ontology_path(), format="turtle")
    in_file = {str(s)[len(DIP_IRI):] for s in graph.subjects() if str(s).startswith(DIP_IRI) and str(s) != DIP_IRI}
    in_python = {name for name in DIP.__annotations__}
    assert in_file == in_python, (sorted(in_file - in_python), sorted(in_python - in_file))


def test_every_term_is_labelled_in_english_and_arabic():
    graph = rdflib.Graph().parse(ontology_path(), format="turtle")
    for name in DIP.__annotations__:
        labels = {lbl.language for lbl in graph.objects(DIP[name], rdflib.RDFS.label)}
        assert {"en", "ar"} <= labels, name


def test_typo_fails_at_import_time():
    import pytest

    with pytest.raises(AttributeError):
        DIP.Meting  # noqa: B018
