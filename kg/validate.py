"""Check a graph against the SHACL shapes and say what is wrong in a researcher's words."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import RDFS, SH

from kg.errors import InputError, KGError
from kg.resources import shapes_path


@dataclass
class Violation:
    focus: str
    label: str | None
    path: str | None
    message: str
    value: str | None = None
    severity: str = "Violation"

    def render(self) -> str:
        who = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        where = f" [{_short(self.path)}]" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"- {who}{where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def render(self) -> str:
        if self.conforms:
            return f"valid: {self.triples} triples conform to the dipkg shapes"
        head = f"invalid: {len(self.violations)} problem{'s' if len(self.violations) != 1 else ''} in {self.triples} triples"
        return "\n".join([head, *[v.render() for v in self.violations]])


def _short(iri: str) -> str:
    for prefix, ns in (("dip:", "https://w3id.org/dipkg/ontology#"), ("prov:", "http://www.w3.org/ns/prov#")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


def validate_graph(data: rdflib.Graph) -> ValidationReport:
    """Run pyshacl over ``data`` (a merged triple graph) with the package's shapes."""
    import pyshacl

    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, inference="none",
                                               allow_warnings=True, advanced=True)
    if not isinstance(results, rdflib.Graph):  # pyshacl reports a broken shapes file this way
        raise KGError(f"the SHACL shapes could not be applied: {text}", where=str(shapes_path()))
    report = ValidationReport(conforms=bool(conforms), triples=len(data))
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        label = data.value(focus, RDFS.label) if focus is not None else None
        for candidate in data.objects(focus, RDFS.label):
            if getattr(candidate, "language", None) == "en":
                label = candidate
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = results.value(result, SH.resultSeverity)
        report.violations.append(Violation(
            focus=str(focus), label=str(label) if label is not None else None,
            path=str(path) if isinstance(path, rdflib.URIRef) else None,
            message=str(results.value(result, SH.resultMessage) or "does not conform"),
            value=str(value) if value is not None and value != focus else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation"))
    report.violations.sort(key=lambda v: (v.label or "", v.message))
    if report.violations and all(v.severity != "Violation" for v in report.violations):
        report.conforms = True
    return report


_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld",
            ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}


def load_file(path: str | Path) -> rdflib.Graph:
    """Parse an RDF file (any graphs merged into one) for validation."""
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown RDF file type '{path.suffix}'", where=str(path),
                         hint="use .ttl, .trig, .nt, .nq or .jsonld")
    if not path.is_file():
        raise InputError("file not found", where=str(path))
    dataset = rdflib.Dataset()
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"cannot parse as {fmt}: {exc}", where=str(path)) from None
    merged = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged
