"""Query results as tables, Python values, or the standard SPARQL result formats."""
from __future__ import annotations

import datetime as dt
import io
import operator
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

from kg.vocab import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"
FORMATS = ("table", "csv", "tsv", "json", "xml")
_RESULT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
                   "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}


_STRING = ox.NamedNode(XSD + "string")
_INTEGERS = {ox.NamedNode(XSD + t) for t in ("integer", "int", "long")}
_DECIMAL = ox.NamedNode(XSD + "decimal")
_FLOATS = {ox.NamedNode(XSD + "double"), ox.NamedNode(XSD + "float")}
_BOOLEAN = ox.NamedNode(XSD + "boolean")
_DATE = ox.NamedNode(XSD + "date")


def to_python(term: Any) -> Any:
    """An RDF term as a plain Python value: IRI → str, typed literal → int/Decimal/date/str.

    Plain and language-tagged strings (most cells) take the first, cheapest branch.
    """
    cls = type(term)
    if cls is ox.Literal:
        if term.language is not None:
            return term.value
        dtype = term.datatype
        if dtype == _STRING:
            return term.value
        value = term.value
        try:
            if dtype in _INTEGERS:
                return int(value)
            if dtype == _DECIMAL:
                return Decimal(value)
            if dtype in _FLOATS:
                return float(value)
            if dtype == _BOOLEAN:
                return value == "true"
            if dtype == _DATE:
                return dt.date.fromisoformat(value)
        except ValueError:
            return value
        return value
    if cls is ox.NamedNode:
        return term.value
    if term is None:
        return None
    if cls is ox.BlankNode:
        return "_:" + term.value
    return str(term)


def compact(term: Any) -> str:
    """A short, readable form of a term for tables: prefixed IRIs, bare literal text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


class QueryResult:
    """The answer to one query. SELECT gives ``columns`` and ``rows``; ASK a ``boolean``;
    CONSTRUCT/DESCRIBE ``triples``. Read once: it is materialised on first access.

    >>> from kg.store import EmbeddedStore
    >>> r = QueryResult(EmbeddedStore(None).query("SELECT (1 AS ?one) {}"))
    >>> r.to_python()
    [{'one': 1}]
    """

    def __init__(self, raw: Any, hidden: tuple[str, ...] = ()):
        if isinstance(raw, ox.QueryBoolean):
            raw = bool(raw)
        self.kind = "ask" if isinstance(raw, bool) else "select" if isinstance(raw, ox.QuerySolutions) else "graph"
        self.boolean: bool | None = raw if isinstance(raw, bool) else None
        self.columns: list[str] = [v.value for v in raw.variables] if self.kind == "select" else []
        self.rows: list[tuple[Any, ...]] = []
        self.triples: list[ox.Triple] = []
        if self.kind == "select":
            # named-query parameters are projected (the engine binds only projected variables):
            # they are constant, so they are dropped from the answer
            keep = [i for i, c in enumerate(self.columns) if c not in hidden]
            if len(keep) == len(self.columns):
                self.rows = [tuple(sol) for sol in raw]
            else:
                pick = operator.itemgetter(*keep) if len(keep) > 1 else (lambda row: (row[keep[0]],))
                self.rows = [pick(tuple(sol)) for sol in raw]
            self.columns = [self.columns[i] for i in keep]
        elif self.kind == "graph":
            self.triples = list(raw)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def __iter__(self):
        return iter(self.to_python())

    def to_python(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values (unbound variables are absent)."""
        columns = self.columns
        conv = to_python
        return [{c: conv(v) for c, v in zip(columns, row) if v is not None} for row in self.rows]

    def serialize(self, format: str) -> bytes:
        """csv, tsv, json or xml (SPARQL 1.1 result formats) for SELECT/ASK; turtle/nt for graphs."""
        if self.kind == "graph":
            out = io.BytesIO()
            rdf_format = ox.RdfFormat.N_TRIPLES if format in ("nt", "tsv", "csv") else ox.RdfFormat.TURTLE
            ox.serialize(self.triples, out, rdf_format, prefixes=PREFIXES if rdf_format == ox.RdfFormat.TURTLE else None)
            return out.getvalue()
        if format not in _RESULT_FORMATS:
            raise ValueError(f"unknown result format {format!r}")
        if self.kind == "ask":
            return _ask_text(self.boolean, format)
        out = io.BytesIO()
        _write_solutions(self.columns, self.rows, out, _RESULT_FORMATS[format])
        return out.getvalue()

    def table(self, max_width: int = 60) -> str:
        """A plain-text table for people (IRIs prefixed, long cells cut)."""
        if self.kind == "ask":
            return "yes" if self.boolean else "no"
        if self.kind == "graph":
            return self.serialize("turtle").decode()
        cells = [[_cut(compact(v), max_width) for v in row] for row in self.rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(self.columns)]
        line = lambda values: "  ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()  # noqa: E731
        out = [line(self.columns), line(["-" * w for w in widths])]
        out += [line(r) for r in cells]
        out.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(out)


def _cut(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _write_solutions(columns: list[str], rows: list[tuple], out: io.BytesIO, fmt: ox.QueryResultsFormat) -> None:
    """Serialise rows with the engine's own result serialiser (via an in-memory VALUES query)."""
    store = ox.Store()
    if not rows:
        sols = store.query("SELECT " + (" ".join(f"?{c}" for c in columns) or "*") + " WHERE { FILTER(false) }")
        sols.serialize(out, format=fmt)
        return
    # Feed the rows back through the engine (terms written by its own serialiser), so that
    # escaping in CSV, TSV, JSON and XML is the engine's, not ours.
    placeholders = " ".join(f"?{c}" for c in columns)
    body = " ".join("(" + " ".join("UNDEF" if v is None else str(v) for v in row) + ")" for row in rows)
    sols = store.query(f"SELECT {placeholders} WHERE {{ VALUES ({placeholders}) {{ {body} }} }}")
    sols.serialize(out, format=fmt)


def _ask_text(value: bool | None, format: str) -> bytes:
    store = ox.Store()
    raw = store.query("ASK { FILTER(true) }" if value else "ASK { FILTER(false) }")
    out = io.BytesIO()
    raw.serialize(out, format=_RESULT_FORMATS[format])
    return out.getvalue()
