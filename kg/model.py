"""Pydantic models at the boundary: what an article states, with actors already resolved to ids.

Hand-coded YAML, the extractor and the RDF mapper all meet here, so `kg add` of an extracted
file and `kg ingest` of its article produce the same statements.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, Union

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def coerce_date(value: object) -> object:
    """A date as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' text; ValueError saying what to write otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return f"{value:04d}"
    if isinstance(value, str):
        text = value.strip()
        if not _DATE_RE.match(text):
            raise ValueError(f"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in text.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise ValueError(f"'{text}' is not a real date ({exc})") from None
        return text
    raise ValueError("a date must be written YYYY, YYYY-MM or YYYY-MM-DD")


DateText = Annotated[str, BeforeValidator(coerce_date)]
"""A date as precise as the text says: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""

ActorType = Literal["person", "state", "organization"]
Status = Literal["confirmed", "reported", "planned", "proposed", "denied"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Labels(_Strict):
    en: list[str] = Field(default_factory=list)
    ar: list[str] = Field(default_factory=list)

    @field_validator("en", "ar", mode="before")
    @classmethod
    def _none_is_empty(cls, v: object) -> object:
        return [] if v is None else v


class Title(_Strict):
    en: str | None = None
    ar: str | None = None


class Position(_Strict):
    """An office held by a person, with dates so titles resolve by an article's date."""

    role: str = "other"
    title: Title = Field(default_factory=Title)
    of: str | None = None
    start: DateText | None = None
    end: DateText | None = None


class Actor(_Strict):
    """A person, state or organisation: from the gazetteer or introduced by one article."""

    id: str
    name: str
    name_ar: str | None = None
    type: ActorType
    kind: str | None = None
    aliases: Labels = Field(default_factory=Labels)
    demonyms: Labels = Field(default_factory=Labels)
    affiliation: str | None = None
    positions: list[Position] = Field(default_factory=list)
    title: Title | None = None
    capital: str | None = None
    country: str | None = None
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")

    @field_validator("aliases", "demonyms", mode="before")
    @classmethod
    def _none_is_empty(cls, v: object) -> object:
        return {} if v is None else v


class Place(_Strict):
    id: str
    name: str
    name_ar: str | None = None
    country: str | None = None
    aliases: Labels = Field(default_factory=Labels)
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")

    @field_validator("aliases", mode="before")
    @classmethod
    def _none_is_empty(cls, v: object) -> object:
        return {} if v is None else v


class Article(_Strict):
    """One source article; ``text`` is the text as stored, which evidence offsets point into."""

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=200)
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None  # actor id once resolved
    published: DateText | None = None
    language: Literal["ar", "en"] = "ar"


class Evidence(_Strict):
    """A verbatim span of the article that supports one statement."""

    quote: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)


class _Event(_Strict):
    id: str
    reported_by: list[str] = Field(default_factory=list)
    date: DateText | None = None
    place: str | None = None
    evidence: list[Evidence] = Field(min_length=1)
    confidence: float | None = Field(default=None, ge=0, le=1)


class Meeting(_Event):
    type: Literal["meeting"] = "meeting"
    participants: list[str] = Field(min_length=2)
    sponsors: list[str] = Field(default_factory=list)
    mediators: list[str] = Field(default_factory=list)
    hosts: list[str] = Field(default_factory=list)
    status: Status
    occasion: str | None = None


class Mediation(_Event):
    type: Literal["mediation"] = "mediation"
    sponsors: list[str] = Field(default_factory=list)
    mediators: list[str] = Field(default_factory=list)
    hosts: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)


class Denial(_Event):
    type: Literal["denial"] = "denial"
    denier: str
    denies: str


Statement = Annotated[Union[Meeting, Mediation, Denial], Field(discriminator="type")]


class ArticleStatements(_Strict):
    """Everything one article states: the unit that is written to one named graph."""

    article: Article
    actors: list[Actor] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)

    def meetings(self) -> list[Meeting]:
        return [s for s in self.statements if isinstance(s, Meeting)]

    def denied_ids(self) -> set[str]:
        return {s.denies for s in self.statements if isinstance(s, Denial)}
