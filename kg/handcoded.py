"""Hand-coded statements: read one YAML file per article into resolved, checked statements.

Every problem is reported with the file, the line and the field, and what to write instead.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from kg.errors import InputError
from kg.gazetteer import Gazetteer
from kg.iris import slug
from kg.model import Actor, Article, ArticleStatements, Denial, Mediation, Meeting
from kg.normalize import has_arabic, name_key
from kg.yamlio import LocatedYAML, read_yaml

_ACTOR_LISTS = ("participants", "sponsors", "mediators", "hosts", "parties", "reported_by")
_TYPES = {"meeting": Meeting, "mediation": Mediation, "denial": Denial}


def load_statements(path: str | Path, gazetteer: Gazetteer | None = None) -> ArticleStatements:
    """Read and check one hand-coded file; names become actor ids, quotes get offsets.

    >>> from kg.resources import data_dir
    >>> st = load_statements(data_dir() / "statements" / "seed-ar.yaml")
    >>> st.article.id
    'seed-ar'
    """
    doc = read_yaml(path)
    return statements_from_yaml(doc, gazetteer or Gazetteer.default())


def statements_from_yaml(doc: LocatedYAML, gazetteer: Gazetteer) -> ArticleStatements:
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error((), "expected a mapping with 'article' and 'statements'",
                        hint="see docs/formats.md for the hand-coding format")
    for key in data:
        if key not in ("article", "actors", "statements"):
            raise doc.error((key,), "unknown section", hint="allowed: article, actors, statements")
    article = _article(doc, data.get("article"))
    declared = [_actor(doc, ("actors", i), raw) for i, raw in enumerate(data.get("actors") or [])]
    # An actor the gazetteer has since learned is taken from the gazetteer, so that growing
    # data/actors.yaml never breaks a hand-coded file written before: by the same id, or by the
    # same canonical name and type under another id (two files that called the IAEA 'iaea' and
    # 'international-atomic-energy-agency' cannot both be the gazetteer's id).
    # And a local actor one of whose full names (two words or more) the gazetteer now gives an actor
    # of the same type is that actor: the file's other names for him resolve to it.
    local = [a for a in declared if a.id not in gazetteer.actors and _known_by_name(gazetteer, a) is None]
    learned = {a.id: known for a in local if (known := _known_by_label(gazetteer, a)) is not None}
    local = [a for a in local if a.id not in learned]
    try:
        gaz = gazetteer.add_local_actors(local)
    except InputError as exc:
        raise doc.error(("actors",), exc.message, exc.hint) from None
    for a in (a for a in declared if a.id in learned):
        gaz.add_aliases(learned[a.id], [a.id, a.name, a.name_ar or "", *a.aliases.en, *a.aliases.ar])
    if article.outlet:
        article = article.model_copy(update={"outlet": _resolve(doc, ("article", "outlet"), gaz, article.outlet)})
    raw_statements = data.get("statements") or []
    if not isinstance(raw_statements, list):
        raise doc.error(("statements",), "must be a list of statements")
    ids: dict[str, int] = {}
    for i, raw in enumerate(raw_statements):
        sid = raw.get("id") if isinstance(raw, dict) else None
        if sid is not None:
            if str(sid) in ids:
                raise doc.error(("statements", i, "id"), f"duplicate id '{sid}' (first at statement {ids[str(sid)] + 1})")
            ids[str(sid)] = i
    statements = [_statement(doc, ("statements", i), raw, gaz, article, raw_statements)
                  for i, raw in enumerate(raw_statements)]
    return ArticleStatements(article=article, actors=local, statements=statements)


def _article(doc: LocatedYAML, raw: Any) -> Article:
    loc = ("article",)
    if not isinstance(raw, dict):
        raise doc.error(loc, "missing 'article' section (id, text_file or text, ...)")
    raw = dict(raw)
    text_file = raw.pop("text_file", None)
    if text_file is not None and "text" in raw:
        raise doc.error(loc, "give 'text' or 'text_file', not both")
    if text_file is not None:
        target = (doc.path.parent / str(text_file)).resolve()
        try:
            raw["text"] = target.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise doc.error(loc + ("text_file",), f"article text not found: {target}") from None
        except UnicodeDecodeError:
            raise doc.error(loc + ("text_file",), f"{target} is not UTF-8 text") from None
    if not raw.get("text"):
        raise doc.error(loc, "the article has no text", hint="add 'text_file: path' or 'text: |'")
    if "language" not in raw:
        raw["language"] = "ar" if has_arabic(raw["text"]) else "en"
    if not raw.get("title"):
        raw["title"] = first_real_line(raw["text"])
    for key in ("id", "outlet", "url", "title"):
        if key in raw and raw[key] is not None:
            raw[key] = str(raw[key])
    try:
        return Article.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        hint = "ids use letters, digits, '.', '_' and '-'" if err["loc"] == ("id",) else None
        raise doc.error(loc + tuple(err["loc"]), err["msg"], hint) from None


def first_real_line(text: str) -> str | None:
    """The first line that is not website furniture (skip-to-content and the like)."""
    from kg.furniture import is_furniture

    for line in text.splitlines():
        if line.strip() and not is_furniture(line):
            return line.strip()
    return None


def _actor(doc: LocatedYAML, loc: tuple, raw: Any) -> Actor:
    if not isinstance(raw, dict):
        raise doc.error(loc, "an actor is a mapping with at least 'name' and 'type'")
    raw = dict(raw)
    if "id" not in raw and raw.get("name"):
        raw["id"] = slug(str(raw["name"]))
    try:
        return Actor.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise doc.error(loc + tuple(err["loc"]), err["msg"]) from None


def _known_by_name(gaz: Gazetteer, actor: Actor) -> str | None:
    """The id of the gazetteer actor whose canonical name and type are this local actor's, if any."""
    known = gaz.actors.get(gaz.actor_index.get(name_key(actor.name), ""))
    if known is not None and known.type == actor.type and name_key(known.name) == name_key(actor.name):
        return known.id
    return None


def _known_by_label(gaz: Gazetteer, actor: Actor) -> str | None:
    """The id of the gazetteer actor of this local actor's type that one of its full names (two
    words or more) names, if exactly one does."""
    found = {gaz.actor_index.get(name_key(label)) for label in (actor.name, actor.name_ar or "", *actor.aliases.en,
                                                                *actor.aliases.ar)
             if label and len(name_key(label).split()) >= 2} - {None}
    found = {f for f in found if gaz.actors[f].type == actor.type}
    return found.pop() if len(found) == 1 else None


def _resolve(doc: LocatedYAML, loc: tuple, gaz: Gazetteer, name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise doc.error(loc, "expected an actor name")
    try:
        return gaz.resolve_actor(name)
    except InputError as exc:
        raise doc.error(loc, exc.message, exc.hint) from None


def _statement(doc: LocatedYAML, loc: tuple, raw: Any, gaz: Gazetteer, article: Article,
               siblings: list[Any]) -> Meeting | Mediation | Denial:
    if not isinstance(raw, dict):
        raise doc.error(loc, "a statement is a mapping with 'id', 'type' and fields")
    raw = dict(raw)
    kind = raw.get("type")
    if kind not in _TYPES:
        raise doc.error(loc + ("type",), f"unknown statement type {kind!r}", hint="use meeting, mediation or denial")
    if "id" not in raw:
        raise doc.error(loc, "the statement has no 'id'", hint="give it a local id such as m1")
    raw["id"] = str(raw["id"])
    for key in _ACTOR_LISTS:
        if key in raw:
            value = raw[key]
            if value is None:
                value = []
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list):
                raise doc.error(loc + (key,), "expected a list of actor names")
            ids = [_resolve(doc, loc + (key, j), gaz, name) for j, name in enumerate(value)]
            raw[key] = list(dict.fromkeys(ids))
    if kind == "denial" and "denier" in raw:
        raw["denier"] = _resolve(doc, loc + ("denier",), gaz, raw["denier"])
    if raw.get("place") is not None:
        try:
            raw["place"] = gaz.resolve_place(str(raw["place"]))
        except InputError as exc:
            raise doc.error(loc + ("place",), exc.message, exc.hint) from None
    raw["evidence"] = _evidence(doc, loc + ("evidence",), raw.get("evidence"), article.text)
    if kind == "meeting":
        _check_meeting(doc, loc, raw, siblings)
    if kind == "mediation" and not any(raw.get(k) for k in ("sponsors", "mediators", "hosts")):
        raise doc.error(loc, "a mediation needs a third party", hint="add mediators:, sponsors: or hosts:")
    if kind == "denial":
        _check_denial(doc, loc, raw, siblings)
    try:
        return _TYPES[kind].model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise doc.error(loc + tuple(err["loc"]), err["msg"]) from None


def _check_meeting(doc: LocatedYAML, loc: tuple, raw: dict, siblings: list[Any]) -> None:
    if len(raw.get("participants") or []) < 2:
        raise doc.error(loc + ("participants",), "a meeting needs at least two different participants",
                        hint="name every side that met; a third party alone is not a participant")
    if raw.get("status") == "denied":
        raise doc.error(loc + ("status",), "'denied' is not typed by hand",
                        hint="give the status the article reports and add a denial statement with denies: " + raw["id"])
    occasion = raw.get("occasion")
    if occasion is not None and not _sibling(siblings, str(occasion), ("meeting",)):
        raise doc.error(loc + ("occasion",), f"no meeting with local id '{occasion}' in this file")


def _check_denial(doc: LocatedYAML, loc: tuple, raw: dict, siblings: list[Any]) -> None:
    target = raw.get("denies")
    if target is None:
        raise doc.error(loc, "a denial needs 'denies: <local id of the meeting or mediation>'")
    raw["denies"] = str(target)
    if not _sibling(siblings, str(target), ("meeting", "mediation")):
        known = [str(s.get("id")) for s in siblings if isinstance(s, dict) and s.get("type") in ("meeting", "mediation")]
        raise doc.error(loc + ("denies",), f"no meeting or mediation with local id '{target}' in this file",
                        hint=f"known ids: {', '.join(known) or 'none'}")


def _sibling(siblings: list[Any], sid: str, kinds: tuple[str, ...]) -> bool:
    return any(isinstance(s, dict) and str(s.get("id")) == sid and s.get("type") in kinds for s in siblings)


def _evidence(doc: LocatedYAML, loc: tuple, raw: Any, text: str) -> list[dict]:
    if raw is None or raw == []:
        raise doc.error(loc, "at least one evidence quote is needed", hint="quote the sentence the statement comes from")
    if isinstance(raw, str):
        raw = [raw]
    out = []
    for j, item in enumerate(raw):
        quote = item.get("quote") if isinstance(item, dict) else item
        if not isinstance(quote, str) or not quote.strip():
            raise doc.error(loc + (j,), "an evidence quote must be text")
        quote = quote.strip()
        start = text.find(quote)
        if start < 0:
            raise doc.error(loc + (j,), f"quote not found in the article text: {_short(quote)!r}",
                            hint="copy the span verbatim from the article (same letters, marks and punctuation)")
        out.append({"quote": quote, "start": start, "end": start + len(quote)})
    return out


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def dump_statements(statements: ArticleStatements, gazetteer: Gazetteer | None = None,
                    text_file: str | None = None) -> str:
    """Write statements back as hand-coding YAML (actor ids become canonical names)."""
    gaz = (gazetteer or Gazetteer.default()).add_local_actors(statements.actors)

    def name(actor_id: str) -> str:
        return gaz.actors[actor_id].name if actor_id in gaz.actors else actor_id

    art = statements.article
    article: dict[str, Any] = {"id": art.id}
    if text_file:
        article["text_file"] = text_file
    else:
        article["text"] = art.text
    for key in ("title", "url", "published", "language"):
        if getattr(art, key) is not None:
            article[key] = getattr(art, key)
    if art.outlet:
        article["outlet"] = name(art.outlet)
    out: dict[str, Any] = {"article": article}
    if statements.actors:
        out["actors"] = [a.model_dump(exclude_none=True, exclude_defaults=True) | {"id": a.id, "name": a.name, "type": a.type}
                         for a in statements.actors]
    items = []
    for st in statements.statements:
        item: dict[str, Any] = {"id": st.id, "type": st.type}
        for key in _ACTOR_LISTS:
            values = getattr(st, key, None)
            if values:
                item[key] = [name(v) for v in values]
        if isinstance(st, Meeting):
            item["status"] = st.status
            if st.occasion:
                item["occasion"] = st.occasion
        if isinstance(st, Denial):
            item["denier"] = name(st.denier)
            item["denies"] = st.denies
        if st.date:
            item["date"] = st.date
        if st.place:
            item["place"] = gaz.places[st.place].name if st.place in gaz.places else st.place
        item["evidence"] = [e.quote for e in st.evidence]
        if st.confidence is not None:
            item["confidence"] = round(st.confidence, 3)
        items.append(item)
    out["statements"] = items
    return yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=100)
