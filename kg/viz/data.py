"""Read meetings and actors for drawing, through SPARQL only, and filter them.

Every read is a SPARQL SELECT sent through ``KnowledgeGraph.query``, so a remote endpoint is
drawn exactly like the embedded store. Filters run in Python on the rows read, so no text a
user types is ever spliced into a query.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx
from rapidfuzz import fuzz, process

from kg.errors import InputError
from kg.normalize import name_key
from kg.vocab import DIPR_IRI

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph

STATUSES = ("confirmed", "reported", "planned", "proposed", "denied")
ROLES = ("sponsor", "mediator", "host")
MODES = ("actors", "events")

_PREFIXES = """PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

Q_MEETINGS = _PREFIXES + """SELECT ?m ?status ?date ?place ?article ?confidence WHERE {
  ?m a dip:Meeting ; dip:status ?s .
  BIND(STRAFTER(STR(?s), "#") AS ?status)
  OPTIONAL { ?m dip:date ?date }
  OPTIONAL { ?m dip:place ?place }
  OPTIONAL { ?m prov:wasDerivedFrom ?article }
  OPTIONAL { ?m dip:confidence ?confidence }
}"""

Q_ROLES = _PREFIXES + """SELECT ?m ?role ?actor WHERE {
  ?m a dip:Meeting ; ?p ?actor .
  VALUES ?p { dip:participant dip:sponsor dip:mediator dip:host dip:reportedBy }
  BIND(STRAFTER(STR(?p), "#") AS ?role)
}"""

Q_EVIDENCE = _PREFIXES + """SELECT ?m ?quote ?start WHERE {
  ?m a dip:Meeting ; dip:evidence ?v .
  ?v dip:quote ?quote .
  OPTIONAL { ?v dip:charStart ?start }
}"""

Q_ARTICLES = _PREFIXES + """SELECT ?a ?headline ?url ?published ?publisher WHERE {
  ?a a dip:Article .
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:datePublished ?published }
  OPTIONAL { ?a schema:publisher ?publisher }
}"""

Q_ACTORS = _PREFIXES + """SELECT ?x ?cls ?affiliation ?kind WHERE {
  ?x a dip:Actor .
  OPTIONAL { ?x a ?cls . VALUES ?cls { dip:Person dip:State dip:Organization } }
  OPTIONAL { ?x dip:affiliation ?affiliation }
  OPTIONAL { ?x dip:orgKind ?kind }
}"""

Q_LABELS = _PREFIXES + """SELECT ?x ?label WHERE {
  { ?x a dip:Actor } UNION { ?x a dip:Place }
  ?x rdfs:label ?label .
}"""

Q_ALIASES = _PREFIXES + """SELECT ?x ?label WHERE { ?x a dip:Actor ; skos:altLabel ?label . }"""

_TYPES = {"Person": "person", "State": "state", "Organization": "organization"}
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def short_id(iri: str) -> str:
    """The IRI without the project's resource namespace: 'actor/hakan-fidan', 'event/seed-ar/m1'."""
    return iri[len(DIPR_IRI):] if iri.startswith(DIPR_IRI) else iri


@dataclass
class ActorInfo:
    """One actor as drawn: labels in both languages, type, affiliation and the state it stands for."""

    id: str
    label_en: str
    label_ar: str | None = None
    type: str = "unknown"
    kind: str | None = None
    affiliation: str | None = None
    state: str | None = None

    def label(self, lang: str = "en") -> str:
        return (self.label_ar or self.label_en) if lang == "ar" else self.label_en


@dataclass
class MeetingInfo:
    """One meeting with all a tooltip shows."""

    id: str
    status: str
    date: str | None = None
    place: str | None = None
    article: str | None = None
    confidence: float | None = None        # extracted meetings only: the calibrated chance they are right
    participants: list[str] = field(default_factory=list)
    third_parties: list[tuple[str, str]] = field(default_factory=list)  # (actor id, role)
    reported_by: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str | None]] = field(default_factory=list)  # (text, language)

    def actor_ids(self) -> set[str]:
        return set(self.participants) | {a for a, _ in self.third_parties}


@dataclass
class ArticleInfo:
    id: str
    headline: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None


@dataclass
class VizData:
    """Meetings, the actors they involve, articles and place labels: what a view needs."""

    actors: dict[str, ActorInfo] = field(default_factory=dict)
    meetings: dict[str, MeetingInfo] = field(default_factory=dict)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    places: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # id -> (en, ar)
    lang: str = "en"
    source: Any = field(default=None, repr=False)  # the graph read, for alias look-ups

    def place_label(self, place: str | None) -> str | None:
        if place is None:
            return None
        en, ar = self.places.get(place, (place.rsplit("/", 1)[-1], None))
        return (ar or en) if self.lang == "ar" else en

    def actor_label(self, actor: str) -> str:
        info = self.actors.get(actor)
        return info.label(self.lang) if info else actor.rsplit("/", 1)[-1]

    def involved_actors(self) -> set[str]:
        out: set[str] = set()
        for m in self.meetings.values():
            out |= m.actor_ids()
        return out


@dataclass
class VizFilter:
    """What to draw: an ego network around one actor, a date range, some statuses, and extracted
    meetings of at least some confidence (hand-coded ones have none and always stay)."""

    actor: str | None = None
    depth: int = 1
    since: str | None = None
    until: str | None = None
    statuses: tuple[str, ...] | None = None
    min_confidence: float = 0.0


# -- reading -------------------------------------------------------------------------------------
def _rows(kg: "KnowledgeGraph", sparql: str, origin: str) -> list[dict[str, Any]]:
    result = kg.query(sparql, origin=origin)
    return [{c: v for c, v in zip(result.columns, row) if v is not None} for row in result.rows]


def _value(term: Any) -> str:
    return getattr(term, "value", str(term))


def _language(term: Any) -> str | None:
    return getattr(term, "language", None) or None


def load(kg: "KnowledgeGraph", lang: str = "en") -> VizData:
    """Read every meeting, the actors involved, their labels and the articles, via SPARQL."""
    if lang not in ("en", "ar"):
        raise InputError(f"unknown label language '{lang}'", hint="use en or ar")
    data = VizData(lang=lang)
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _rows(kg, Q_LABELS, "viz:labels"):
        iri = _value(row["x"])
        language = _language(row["label"]) or "en"
        labels[iri].setdefault(language, _value(row["label"]))
    for row in _rows(kg, Q_MEETINGS, "viz:meetings"):
        mid = short_id(_value(row["m"]))
        if mid in data.meetings:
            continue
        data.meetings[mid] = MeetingInfo(
            id=mid, status=_value(row["status"]),
            date=_value(row["date"]) if "date" in row else None,
            place=short_id(_value(row["place"])) if "place" in row else None,
            article=short_id(_value(row["article"])) if "article" in row else None,
            confidence=float(_value(row["confidence"])) if "confidence" in row else None)
    for row in sorted(_rows(kg, Q_ROLES, "viz:roles"), key=lambda r: _value(r["actor"])):
        meeting = data.meetings.get(short_id(_value(row["m"])))
        if meeting is None:
            continue
        role, actor = _value(row["role"]), short_id(_value(row["actor"]))
        if role == "participant":
            meeting.participants.append(actor)
        elif role == "reportedBy":
            meeting.reported_by.append(actor)
        else:
            meeting.third_parties.append((actor, role))
    quotes: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)
    for row in _rows(kg, Q_EVIDENCE, "viz:evidence"):
        start = int(_value(row["start"])) if "start" in row else 0
        quotes[short_id(_value(row["m"]))].append((start, _value(row["quote"]), _language(row["quote"])))
    for mid, found in quotes.items():
        if mid in data.meetings:
            data.meetings[mid].quotes = [(text, language) for _, text, language in sorted(set(found))]
    for row in _rows(kg, Q_ARTICLES, "viz:articles"):
        aid = short_id(_value(row["a"]))
        data.articles.setdefault(aid, ArticleInfo(
            id=aid, headline=_value(row["headline"]) if "headline" in row else None,
            url=_value(row["url"]) if "url" in row else None,
            published=_value(row["published"]) if "published" in row else None,
            publisher=short_id(_value(row["publisher"])) if "publisher" in row else None))
    types: dict[str, dict[str, Any]] = defaultdict(dict)
    for row in _rows(kg, Q_ACTORS, "viz:actors"):
        entry = types[short_id(_value(row["x"]))]
        if "cls" in row:
            entry["type"] = _TYPES.get(_value(row["cls"]).rsplit("#", 1)[-1], "unknown")
        if "affiliation" in row:
            entry.setdefault("affiliation", short_id(_value(row["affiliation"])))
        if "kind" in row:
            entry.setdefault("kind", _value(row["kind"]))
    wanted = data.involved_actors() | {m for mt in data.meetings.values() for m in mt.reported_by}
    wanted |= {a.publisher for a in data.articles.values() if a.publisher}
    wanted |= {types[a]["affiliation"] for a in list(wanted) if types.get(a, {}).get("affiliation")}
    for actor in wanted:
        names = labels.get(DIPR_IRI + actor, {}) if not actor.startswith(("http:", "https:")) else labels.get(actor, {})
        entry = types.get(actor, {})
        data.actors[actor] = ActorInfo(
            id=actor, label_en=names.get("en") or names.get("ar") or actor.rsplit("/", 1)[-1],
            label_ar=names.get("ar"), type=entry.get("type", "unknown"), kind=entry.get("kind"),
            affiliation=entry.get("affiliation"))
    for info in data.actors.values():
        if info.type == "state":
            info.state = info.id
        elif info.affiliation and types.get(info.affiliation, {}).get("type") == "state":
            info.state = info.affiliation
    for meeting in data.meetings.values():
        if meeting.place and meeting.place not in data.places:
            names = labels.get(DIPR_IRI + meeting.place, {})
            data.places[meeting.place] = (names.get("en") or meeting.place.rsplit("/", 1)[-1], names.get("ar"))
    data.source = kg
    return data


# -- filtering -----------------------------------------------------------------------------------
def date_bounds(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date as precise as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' covers."""
    match = _DATE_RE.match(text.strip())
    if not match:
        raise InputError(f"'{text}' is not a date", hint="write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            first = last = dt.date(year, month, day)
        elif month:
            first, last = dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError as exc:
        raise InputError(f"'{text}' is not a real date ({exc})") from None
    return first, last


def resolve_actor(data: VizData, name: str) -> str:
    """The actor id for a name, alias, id or IRI; an unknown name raises with suggestions."""
    wanted = name.strip()
    if short_id(wanted) in data.actors:
        return short_id(wanted)
    if "actor/" + wanted in data.actors:
        return "actor/" + wanted
    index: dict[str, str] = {}
    for info in data.actors.values():
        for label in (info.label_en, info.label_ar):
            if label:
                index.setdefault(name_key(label), info.id)
    kg = data.source
    if kg is not None:
        for row in _rows(kg, Q_ALIASES, "viz:aliases"):
            actor = short_id(_value(row["x"]))
            if actor in data.actors:
                index.setdefault(name_key(_value(row["label"])), actor)
    found = index.get(name_key(wanted))
    if found:
        return found
    close = [data.actors[index[k]].label_en for k, score, _ in
             process.extract(name_key(wanted), list(index), scorer=fuzz.WRatio, limit=5) if score >= 60]
    hint = f"did you mean: {', '.join(dict.fromkeys(close))}?" if close else "no actor in the drawn meetings has that name"
    raise InputError(f"no actor named '{name}' takes part in a meeting in the graph", hint=hint)


def apply_filter(data: VizData, flt: VizFilter) -> VizData:
    """A copy of ``data`` with only the meetings the filter keeps (and the actors they involve)."""
    meetings = dict(data.meetings)
    if flt.statuses:
        bad = [s for s in flt.statuses if s not in STATUSES]
        if bad:
            raise InputError(f"unknown status '{bad[0]}'", hint="use " + ", ".join(STATUSES))
        meetings = {k: m for k, m in meetings.items() if m.status in flt.statuses}
    if flt.min_confidence:
        meetings = {k: m for k, m in meetings.items() if m.confidence is None or m.confidence >= flt.min_confidence}
    if flt.since or flt.until:
        low = date_bounds(flt.since)[0] if flt.since else dt.date.min
        high = date_bounds(flt.until)[1] if flt.until else dt.date.max
        if low > high:
            raise InputError(f"--since {flt.since} is after --until {flt.until}")
        kept = {}
        for k, m in meetings.items():
            if not m.date:
                continue  # an undated meeting cannot be placed in a range
            try:
                first, last = date_bounds(m.date)
            except InputError:
                continue
            if last >= low and first <= high:
                kept[k] = m
        meetings = kept
    if flt.actor:
        if flt.depth < 0:
            raise InputError("--depth must be 0 or more")
        centre = resolve_actor(data, flt.actor)
        graph = nx.Graph()
        graph.add_node(centre)
        for m in meetings.values():
            ids = sorted(m.actor_ids())
            graph.add_edges_from((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
        if flt.depth == 0:  # only the centre's own meetings
            meetings = {k: m for k, m in meetings.items() if centre in m.actor_ids()}
        else:  # every meeting among actors within ``depth`` steps, as networkx's ego_graph
            ego = set(nx.single_source_shortest_path_length(graph, centre, cutoff=flt.depth))
            meetings = {k: m for k, m in meetings.items() if m.actor_ids() <= ego}
    out = VizData(actors=data.actors, meetings=meetings, articles=data.articles, places=data.places, lang=data.lang,
                  source=data.source)
    keep = out.involved_actors()
    keep |= {r for m in meetings.values() for r in m.reported_by}
    keep |= {data.actors[a].affiliation for a in keep if a in data.actors and data.actors[a].affiliation}
    out.actors = {k: v for k, v in data.actors.items() if k in keep}
    return out


# -- networks ------------------------------------------------------------------------------------
def activity(data: VizData) -> tuple[dict[str, int], dict[str, int]]:
    """Meetings each actor took part in, and meetings each actor sponsored, mediated or hosted."""
    met: dict[str, int] = defaultdict(int)
    brokered: dict[str, int] = defaultdict(int)
    for m in data.meetings.values():
        for p in set(m.participants):
            met[p] += 1
        for t in {a for a, _ in m.third_parties}:
            brokered[t] += 1
    return met, brokered


def _actor_attrs(data: VizData, actor: str, met: dict[str, int], brokered: dict[str, int]) -> dict[str, Any]:
    info = data.actors.get(actor) or ActorInfo(id=actor, label_en=actor.rsplit("/", 1)[-1])
    attrs: dict[str, Any] = {"kind": "actor", "label": info.label(data.lang), "label_en": info.label_en,
                             "label_ar": info.label_ar or "", "type": info.type,
                             "org_kind": info.kind or "", "affiliation": data.actor_label(info.affiliation) if info.affiliation else "",
                             "state": data.actor_label(info.state) if info.state else "",
                             "meetings": met.get(actor, 0), "third_party": brokered.get(actor, 0)}
    return attrs


def _meeting_attrs(data: VizData, m: MeetingInfo) -> dict[str, Any]:
    article = data.articles.get(m.article or "")
    return {"meeting": m.id, "status": m.status, "date": m.date or "", "place": data.place_label(m.place) or "",
            "confidence": "" if m.confidence is None else f"{m.confidence:.2f}",
            "participants": " | ".join(data.actor_label(p) for p in m.participants),
            "third_parties": " | ".join(f"{data.actor_label(a)} ({r})" for a, r in m.third_parties),
            "reported_by": " | ".join(data.actor_label(r) for r in m.reported_by),
            "headline": (article.headline or "") if article else "", "url": (article.url or "") if article else ""}


def to_networkx(data: VizData, mode: str = "actors") -> nx.MultiGraph | nx.DiGraph:
    """The network to draw: actors joined by meetings (MultiGraph), or meetings as nodes (DiGraph).

    In ``actors`` mode each meeting gives one edge per pair of participants (``kind`` 'met') and
    one edge from each third party to each participant (``kind`` its role, ``source`` the third
    party). In ``events`` mode each meeting is a node; participants link to it ('participant')
    and third parties point at it (their role).
    """
    if mode not in MODES:
        raise InputError(f"unknown mode '{mode}'", hint="use actors or events")
    met, brokered = activity(data)
    graph: nx.MultiGraph | nx.DiGraph = nx.MultiGraph() if mode == "actors" else nx.DiGraph()
    for actor in sorted(data.involved_actors()):
        graph.add_node(actor, **_actor_attrs(data, actor, met, brokered))
    for m in sorted(data.meetings.values(), key=lambda x: x.id):
        attrs = _meeting_attrs(data, m)
        people = list(dict.fromkeys(m.participants))
        if mode == "actors":
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    graph.add_edge(a, b, key=f"{m.id}|{a}|{b}", kind="met", **attrs)
            for t, role in m.third_parties:
                for p in people:
                    if p != t:
                        graph.add_edge(t, p, key=f"{m.id}|{role}|{t}|{p}", kind=role, broker=t, **attrs)
        else:
            graph.add_node(m.id, kind="meeting", label=m.date or "", type="meeting", **attrs)
            for p in people:
                graph.add_edge(p, m.id, kind="participant", **attrs)
            for t, role in m.third_parties:
                if graph.has_edge(t, m.id):  # one that negotiates and sponsors: keep both roles visible
                    graph.edges[t, m.id]["kind"] = "participant+" + role
                else:
                    graph.add_edge(t, m.id, kind=role, **attrs)
    return graph
