"""Map statements and the gazetteer to quads, exactly per the vocabulary contract.

One named graph per article; IRIs are deterministic, so the same input gives the same quads.
Every sponsor/mediator/host triple is accompanied by its dip:thirdParty twin.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

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


def date_literal(text: str) -> ox.Literal:
    """'2022' → xsd:gYear, '2022-09' → xsd:gYearMonth, '2022-09-15' → xsd:date."""
    kind = {4: "gYear", 7: "gYearMonth"}.get(len(text), "date")
    return ox.Literal(text, datatype=ox.NamedNode(XSD + kind))


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
    quads = [ox.Quad(a, RDF_TYPE, N(DIP.Article), g)]
    if art.title:
        quads.append(ox.Quad(a, N(SCHEMA.headline), _lit(art.title, lang), g))
    quads.append(ox.Quad(a, N(SCHEMA.inLanguage), _lit(lang), g))
    quads.append(ox.Quad(a, N(SCHEMA.articleBody), _lit(art.text, lang), g))
    if art.published:
        quads.append(ox.Quad(a, N(SCHEMA.datePublished), date_literal(art.published), g))
    if art.url:
        quads.append(ox.Quad(a, N(SCHEMA.url), _lit(art.url), g))
    if art.outlet:
        quads.append(ox.Quad(a, N(SCHEMA.publisher), N(iris.actor_iri(art.outlet)), g))
    for actor in statements.actors:
        quads.extend(actor_quads(actor, g))
    denied = statements.denied_ids()
    for st in statements.statements:
        e = N(iris.event_iri(art.id, st.id))
        quads.append(ox.Quad(e, RDF_TYPE, _EVENT_CLASS[st.type], g))
        for label_lang in ("en", "ar"):
            quads.append(ox.Quad(e, RDFS_LABEL, _lit(_event_label(st, gaz, label_lang), label_lang), g))
        quads.append(ox.Quad(e, N(PROV.wasDerivedFrom), a, g))
        if isinstance(st, Meeting):
            for p in st.participants:
                quads.append(ox.Quad(e, N(DIP.participant), N(iris.actor_iri(p)), g))
            status = "denied" if st.id in denied else st.status
            quads.append(ox.Quad(e, N(DIP.status), N(DIP[status]), g))
            if st.occasion:
                quads.append(ox.Quad(e, N(DIP.occasion), N(iris.event_iri(art.id, st.occasion)), g))
        if isinstance(st, (Meeting, Mediation)):
            for field, prop in _THIRD:
                for actor_id in getattr(st, field):
                    o = N(iris.actor_iri(actor_id))
                    quads.append(ox.Quad(e, prop, o, g))
                    quads.append(ox.Quad(e, N(DIP.thirdParty), o, g))
        if isinstance(st, Mediation):
            for p in st.parties:
                quads.append(ox.Quad(e, N(DIP.party), N(iris.actor_iri(p)), g))
        if isinstance(st, Denial):
            quads.append(ox.Quad(e, N(DIP.denier), N(iris.actor_iri(st.denier)), g))
            quads.append(ox.Quad(e, N(DIP.denies), N(iris.event_iri(art.id, st.denies)), g))
        for source in st.reported_by:
            quads.append(ox.Quad(e, N(DIP.reportedBy), N(iris.actor_iri(source)), g))
        if st.date:
            quads.append(ox.Quad(e, N(DIP.date), date_literal(st.date), g))
        if st.place:
            quads.append(ox.Quad(e, N(DIP.place), N(iris.place_iri(st.place)), g))
        if st.confidence is not None:
            quads.append(ox.Quad(e, N(DIP.confidence),
                                 ox.Literal(f"{st.confidence:.3f}", datatype=ox.NamedNode(XSD + "decimal")), g))
        for ev in st.evidence:
            v = N(iris.evidence_iri(art.id, ev.start, ev.end))
            quads.append(ox.Quad(e, N(DIP.evidence), v, g))
            quads.append(ox.Quad(v, RDF_TYPE, N(DIP.Evidence), g))
            quads.append(ox.Quad(v, N(DIP.quote), _lit(ev.quote, lang), g))
            quads.append(ox.Quad(v, N(DIP.inArticle), a, g))
            quads.append(ox.Quad(v, N(DIP.charStart), ox.Literal(str(ev.start), datatype=ox.NamedNode(XSD + "integer")), g))
            quads.append(ox.Quad(v, N(DIP.charEnd), ox.Literal(str(ev.end), datatype=ox.NamedNode(XSD + "integer")), g))
    return list(dict.fromkeys(quads))
