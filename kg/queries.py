"""Named SPARQL queries: `.rq` files whose header comment gives a title, description and parameters.

Parameters are bound as RDF terms by the engine (substitution), never spliced into query text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.resources import queries_dir

_PARAM = re.compile(r"^#\s*param:\s*(?P<name>[A-Za-z_]\w*)\s*(\((?P<opts>[^)]*)\))?\s*:?\s*(?P<doc>.*)$")
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class Param:
    name: str
    required: bool = False
    kind: str = "string"  # string | date | iri | integer | decimal
    default: str | None = None
    doc: str = ""

    def term(self, value: str) -> ox.NamedNode | ox.Literal:
        """The RDF term for a value given on the command line or from Python."""
        if self.kind == "iri":
            try:
                return ox.NamedNode(value)
            except ValueError:
                raise QueryError(f"parameter '{self.name}': '{value}' is not an IRI",
                                 hint="give a full IRI such as https://w3id.org/dipkg/id/event/seed-ar/m1") from None
        if self.kind == "date":
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise QueryError(f"parameter '{self.name}': '{value}' is not a date", hint="write YYYY-MM-DD") from None
            return ox.Literal(value, datatype=ox.NamedNode(_XSD + "date"))
        if self.kind == "integer":
            if not re.fullmatch(r"-?\d+", value):
                raise QueryError(f"parameter '{self.name}': '{value}' is not a whole number")
            return ox.Literal(value, datatype=ox.NamedNode(_XSD + "integer"))
        if self.kind == "decimal":
            if not re.fullmatch(r"-?\d+(\.\d+)?|-?\.\d+", value):
                raise QueryError(f"parameter '{self.name}': '{value}' is not a number", hint="write it like 0.8")
            return ox.Literal(value, datatype=ox.NamedNode(_XSD + "decimal"))
        return ox.Literal(value)


@dataclass
class NamedQuery:
    name: str
    path: Path
    title: str = ""
    description: str = ""
    params: dict[str, Param] = field(default_factory=dict)
    _text: str = field(default="", repr=False)

    @property
    def text(self) -> str:
        return self._text or self.path.read_text(encoding="utf-8")

    def bindings(self, values: dict[str, str] | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
        """Check the given values against the declared parameters and make RDF terms of them."""
        values = dict(values or {})
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise QueryError(f"query '{self.name}' has no parameter '{unknown[0]}'", hint=f"its parameters: {known}")
        out: dict[str, ox.NamedNode | ox.Literal] = {}
        for name, param in self.params.items():
            if name in values:
                out[name] = param.term(values[name])
            elif param.default is not None:
                out[name] = param.term(param.default)
            elif param.required:
                raise QueryError(f"query '{self.name}' needs --param {name}=…", hint=param.doc or None)
        return out


def parse_header(path: Path) -> NamedQuery:
    """Read the '# title:', '# description:' and '# param:' lines at the top of a query file."""
    stat = path.stat()
    return _parse_header_cached(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=256)
def _parse_header_cached(path: Path, mtime_ns: int, size: int) -> NamedQuery:
    """Parsed once per file version: a point lookup should not pay for re-reading every query."""
    text = path.read_text(encoding="utf-8")
    query = NamedQuery(name=path.stem, path=path, _text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if line.lower().startswith("# title:"):
            query.title = line.split(":", 1)[1].strip()
        elif line.lower().startswith("# description:"):
            query.description = line.split(":", 1)[1].strip()
        elif (m := _PARAM.match(line)) is not None:
            opts = [o.strip() for o in (m.group("opts") or "").split(",") if o.strip()]
            param = Param(name=m.group("name"), doc=m.group("doc").strip())
            for opt in opts:
                if opt == "required":
                    param.required = True
                elif opt.startswith("default "):
                    param.default = opt[len("default "):].strip()
                elif opt in ("date", "iri", "integer", "decimal", "string"):
                    param.kind = opt
            query.params[param.name] = param
    return query


def named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """All named queries shipped with the package, by name."""
    folder = folder or queries_dir()
    return {p.stem: parse_header(p) for p in sorted(folder.glob("*.rq"))}


def get_named_query(name: str) -> NamedQuery:
    """The named query ``name`` (one file lookup; the folder is listed only to suggest names)."""
    if "/" not in name and "\\" not in name and not name.startswith("."):
        path = queries_dir() / f"{name}.rq"
        if path.is_file():
            return parse_header(path)
    queries = named_queries()
    if name not in queries:
        from rapidfuzz import process

        close = [m[0] for m in process.extract(name, list(queries), limit=3) if m[1] >= 50]
        hint = (f"did you mean {', '.join(close)}? " if close else "") + "`kg query --list` shows them all"
        raise QueryError(f"no named query '{name}'", hint=hint)
    return queries[name]
