"""Map statements and the gazetteer to quads, exactly per the vocabulary contract.

One named graph per article; IRIs are deterministic, so the same input gives the same quads.
Every sponsor/mediator/host triple is accompanied by its dip:thirdParty twin.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import pyoxigraph as ox

from kg import iris
from kg.gazetteer import Gazetteer
from kg.model import Actor, ArticleStatements, Denial, Mediation, Meeting, Place
from kg.vocab import DIP, GRAPH_ACTORS, GRAPH_ONTOLOGY, PROV, SCHEMA, WD, article_graph

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
OWL_SAMEAS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
XSD = "http://www.w3.org/2001/XMLSchema#"


def N(term: object) -> ox.NamedNode:
    """An rdflib URIRef (or string) as a pyoxigraph NamedNode."""
    return ox.NamedNode(str(term))


_TYPE_CLASS = {"person": N(DIP.Person), "state": N(DIP.State), "organization": N(DIP.Organization)}
_THIRD = (("sponsors", N(DIP.sponsor)), ("mediators", N(DIP.mediator)), ("hosts", N(DIP.host)))
_EVENT_CLASS = {"meeting": N(DIP.Meeting), "mediation": N(DIP.Mediation), "denial": N(DIP.Denial)}
# the terms article_quads writes for every article, made once (a DefinedNamespace look-up and a
# NamedNode per quad were a third of its time)
_D = {t: N(getattr(DIP, t)) for t in ("Article", "participant", "status", "occasion", "thirdParty", "party", "denier",
                                      "denies", "reportedBy", "date", "place", "confidence", "evidence", "Evidence",
                                      "quote", "inArticle", "charStart", "charEnd")}
_STATUS = {t: N(getattr(DIP, t)) for t in ("confirmed", "reported", "planned", "proposed", "denied")}
_S = {t: N(getattr(SCHEMA, t)) for t in ("headline", "inLanguage", "articleBody", "datePublished", "url", "publisher")}
_DERIVED = N(PROV.wasDerivedFrom)
_XSD = {t: ox.NamedNode(XSD + t) for t in ("gYear", "gYearMonth", "date", "integer", "decimal")}


@lru_cache(maxsize=100_000)
def _actor(actor_id: str) -> ox.NamedNode:
    """An actor's IRI as a node (the same few thousand actors recur in every article)."""
    return N(iris.actor_iri(actor_id))


def date_literal(text: str) -> ox.Literal:
    """'2022' → xsd:gYear, '2022-09' → xsd:gYearMonth, '2022-09-15' → xsd:date."""
    kind = {4: "gYear", 7: "gYearMonth"}.get(len(text), "date")
    return ox.Literal(text, datatype=_XSD[kind])


def _lit(text: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(text, language=lang) if lang else ox.Literal(text)


def actor_quads(actor: Actor, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """Labels, aliases, type, affiliation and positions of one actor."""
    s = N(iris.actor_iri(actor.id))
    yield ox.Quad(s, RDF_TYPE, _TYPE_CLASS[actor.type], graph)
    yield ox.Quad(s, RDF_TYPE, N(DIP.Actor), graph)
    if actor.type == "organization" and actor.kind == "media":
        yield ox.Quad(s, RDF_TYPE, N(SCHEMA.NewsMediaOrganization), graph)
    if actor.kind:
        yield ox.Quad(s, N(DIP.orgKind), _lit(actor.kind), graph)
    yield ox.Quad(s, RDFS_LABEL, _lit(actor.name, "en"), graph)
    if actor.name_ar:
        yield ox.Quad(s, RDFS_LABEL, _lit(actor.name_ar, "ar"), graph)
    for lang in ("en", "ar"):
        for alias in getattr(actor.aliases, lang):
            yield ox.Quad(s, SKOS_ALT, _lit(alias, lang), graph)
        for demonym in getattr(actor.demonyms, lang):
            yield ox.Quad(s, N(DIP.demonym), _lit(demonym, lang), graph)
    if actor.wikidata:
        yield ox.Quad(s, OWL_SAMEAS, N(WD[actor.wikidata]), graph)
    if actor.affiliation:
        yield ox.Quad(s, N(DIP.affiliation), N(iris.actor_iri(actor.affiliation)), graph)
    positions = list(actor.positions)
    if actor.title and (actor.title.en or actor.title.ar):
        from kg.model import Position

        positions.append(Position(title=actor.title, of=actor.affiliation))
    for index, pos in enumerate(positions):
        p = N(iris.position_iri(actor.id, index))
        yield ox.Quad(s, N(DIP.holdsPosition), p, graph)
        yield ox.Quad(p, RDF_TYPE, N(DIP.Position), graph)
        yield ox.Quad(p, N(DIP.role), _lit(pos.role), graph)
        for lang in ("en", "ar"):
            title = getattr(pos.title, lang)
            if title:
                yield ox.Quad(p, N(DIP.title), _lit(title, lang), graph)
        if pos.of:
            yield ox.Quad(p, N(DIP.of), N(iris.actor_iri(pos.of)), graph)
        if pos.start:
            yield ox.Quad(p, N(DIP.start), date_literal(pos.start), graph)
        if pos.end:
            yield ox.Quad(p, N(DIP.end), date_literal(pos.end), graph)


def place_quads(place: Place, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    s = N(iris.place_iri(place.id))
    yield ox.Quad(s, RDF_TYPE, N(DIP.Place), graph)
    yield ox.Quad(s, RDFS_LABEL, _lit(place.name, "en"), graph)
    if place.name_ar:
        yield ox.Quad(s, RDFS_LABEL, _lit(place.name_ar, "ar"), graph)
    for lang in ("en", "ar"):
        for alias in getattr(place.aliases, lang):
            yield ox.Quad(s, SKOS_ALT, _lit(alias, lang), graph)
    if place.wikidata:
        yield ox.Quad(s, OWL_SAMEAS, N(WD[place.wikidata]), graph)


def gazetteer_quads(gazetteer: Gazetteer) -> list[ox.Quad]:
    """The whole gazetteer, in the named graph dipr:graph/actors."""
    graph = N(GRAPH_ACTORS)
    quads: list[ox.Quad] = []
    for actor in gazetteer.actors.values():
        quads.extend(actor_quads(actor, graph))
    for place in gazetteer.places.values():
        quads.extend(place_quads(place, graph))
    return quads


def ontology_quads(path) -> list[ox.Quad]:
    """The ontology file, in the named graph dipr:graph/ontology."""
    graph = N(GRAPH_ONTOLOGY)
    return [ox.Quad(t.subject, t.predicate, t.object, graph)
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


def _names(ids: Iterable[str], gaz: Gazetteer, lang: str) -> list[str]:
    out = []
    for actor_id in ids:
        actor = gaz.actors.get(actor_id)
        if actor is None:
            out.append(actor_id)
        else:
            out.append(actor.name_ar if lang == "ar" and actor.name_ar else actor.name)
    return out


def _event_label(st, gaz: Gazetteer, lang: str) -> str:
    sep = " و" if lang == "ar" else " and "
    if isinstance(st, Meeting):
        names = _names(st.participants, gaz, lang)
        head = "لقاء بين " if lang == "ar" else "Meeting of "
        return head + (("، ".join(names[:-1]) + sep + names[-1]) if lang == "ar" else
                       ", ".join(names[:-1]) + sep + names[-1])
    if isinstance(st, Mediation):
        brokers = _names([*st.mediators, *st.sponsors, *st.hosts], gaz, lang)
        parties = _names(st.parties, gaz, lang)
        if lang == "ar":
            text = "وساطة " + "، ".join(brokers)
            return text + (" بين " + sep.join(parties).strip() if parties else "")
        text = "Mediation by " + ", ".join(brokers)
        return text + (" between " + " and ".join(parties) if parties else "")
    denier = _names([st.denier], gaz, lang)[0]
    return ("نفي من " + denier) if lang == "ar" else ("Denial by " + denier)


def article_quads(statements: ArticleStatements, gazetteer: Gazetteer) -> list[ox.Quad]:
    """All quads of one article's named graph: the article, its new actors, events, evidence."""
    art = statements.article
    gaz = gazetteer.add_local_actors(statements.actors) if statements.actors else gazetteer
    g = N(article_graph(art.id))
    a = N(iris.article_iri(art.id))
    lang = art.language
    quads = [ox.Quad(a, RDF_TYPE, _D["Article"], g)]
    if art.title:
        quads.append(ox.Quad(a, _S["headline"], _lit(art.title, lang), g))
    quads.append(ox.Quad(a, _S["inLanguage"], _lit(lang), g))
    quads.append(ox.Quad(a, _S["articleBody"], _lit(art.text, lang), g))
    if art.published:
        quads.append(ox.Quad(a, _S["datePublished"], date_literal(art.published), g))
    if art.url:
        quads.append(ox.Quad(a, _S["url"], _lit(art.url), g))
    if art.outlet:
        quads.append(ox.Quad(a, _S["publisher"], _actor(art.outlet), g))
    for actor in statements.actors:
        quads.extend(actor_quads(actor, g))
    denied = statements.denied_ids()
    for st in statements.statements:
        e = N(iris.event_iri(art.id, st.id))
        quads.append(ox.Quad(e, RDF_TYPE, _EVENT_CLASS[st.type], g))
        for label_lang in ("en", "ar"):
            quads.append(ox.Quad(e, RDFS_LABEL, _lit(_event_label(st, gaz, label_lang), label_lang), g))
        quads.append(ox.Quad(e, _DERIVED, a, g))
        if isinstance(st, Meeting):
            for p in st.participants:
                quads.append(ox.Quad(e, _D["participant"], _actor(p), g))
            status = "denied" if st.id in denied else st.status
            quads.append(ox.Quad(e, _D["status"], _STATUS[status], g))
            if st.occasion:
                quads.append(ox.Quad(e, _D["occasion"], N(iris.event_iri(art.id, st.occasion)), g))
        if isinstance(st, (Meeting, Mediation)):
            for field, prop in _THIRD:
                for actor_id in getattr(st, field):
                    o = _actor(actor_id)
                    quads.append(ox.Quad(e, prop, o, g))
                    quads.append(ox.Quad(e, _D["thirdParty"], o, g))
        if isinstance(st, Mediation):
            for p in st.parties:
                quads.append(ox.Quad(e, _D["party"], _actor(p), g))
        if isinstance(st, Denial):
            quads.append(ox.Quad(e, _D["denier"], _actor(st.denier), g))
            quads.append(ox.Quad(e, _D["denies"], N(iris.event_iri(art.id, st.denies)), g))
        for source in st.reported_by:
            quads.append(ox.Quad(e, _D["reportedBy"], _actor(source), g))
        if st.date:
            quads.append(ox.Quad(e, _D["date"], date_literal(st.date), g))
        if st.place:
            quads.append(ox.Quad(e, _D["place"], N(iris.place_iri(st.place)), g))
        if st.confidence is not None:
            quads.append(ox.Quad(e, _D["confidence"],
                                 ox.Literal(f"{st.confidence:.3f}", datatype=_XSD["decimal"]), g))
        for ev in st.evidence:
            v = N(iris.evidence_iri(art.id, ev.start, ev.end))
            quads.append(ox.Quad(e, _D["evidence"], v, g))
            quads.append(ox.Quad(v, RDF_TYPE, _D["Evidence"], g))
            quads.append(ox.Quad(v, _D["quote"], _lit(ev.quote, lang), g))
            quads.append(ox.Quad(v, _D["inArticle"], a, g))
            quads.append(ox.Quad(v, _D["charStart"], ox.Literal(str(ev.start), datatype=_XSD["integer"]), g))
            quads.append(ox.Quad(v, _D["charEnd"], ox.Literal(str(ev.end), datatype=_XSD["integer"]), g))
    return list(dict.fromkeys(quads))
