"""The actor gazetteer: who exists, under which names, holding which offices when."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from pydantic import ValidationError
from rapidfuzz import fuzz, process

from kg.errors import InputError
from kg.model import Actor, Place
from kg.normalize import name_key
from kg.resources import gazetteer_path
from kg.yamlio import LocatedYAML, read_yaml

T = TypeVar("T")


@dataclass
class Gazetteer:
    """Actors and places by id, and an index from normalised name or alias to id.

    >>> gaz = Gazetteer.default()
    >>> gaz.resolve_actor("هاكان فيدان") == gaz.resolve_actor("Hakan Fidan")
    True
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    actor_index: dict[str, str] = field(default_factory=dict)
    place_index: dict[str, str] = field(default_factory=dict)
    source: Path | None = None
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def memo(self, name: str, build: Callable[["Gazetteer"], T]) -> T:
        """A table derived from this gazetteer (a name index, capitals by place), built once and kept
        on the gazetteer itself, so it goes when the gazetteer goes: the per-article copies that know
        an article's new persons are let go with their tables. Adding an actor clears them."""
        try:
            return self.derived[name]   # type: ignore[return-value]
        except KeyError:
            table = self.derived[name] = build(self)
            return table

    @classmethod
    def default(cls) -> "Gazetteer":
        """The gazetteer shipped with the package (cached: it is read-only)."""
        return _default_gazetteer()

    @classmethod
    def load(cls, path: str | Path) -> "Gazetteer":
        doc = read_yaml(path)
        gaz = cls(source=Path(path))
        data = doc.data or {}
        if not isinstance(data, dict):
            raise doc.error((), "the gazetteer must be a mapping with 'actors' and 'places'")
        for key in data:
            if key not in ("actors", "places"):
                raise doc.error((key,), "unknown section", hint="use 'actors' and 'places'")
        for i, raw in enumerate(data.get("actors") or []):
            gaz._add_actor(_parse(doc, ("actors", i), raw, Actor), doc, ("actors", i))
        for i, raw in enumerate(data.get("places") or []):
            place = _parse(doc, ("places", i), raw, Place)
            if place.id in gaz.places:
                raise doc.error(("places", i, "id"), f"duplicate place id '{place.id}'")
            gaz.places[place.id] = place
            for label in _labels(place):
                gaz._index(gaz.place_index, label, place.id, doc, ("places", i))
        gaz._check_references(doc)
        return gaz

    def copy(self) -> "Gazetteer":
        return Gazetteer(dict(self.actors), dict(self.places), dict(self.actor_index),
                         dict(self.place_index), self.source)

    def _add_actor(self, actor: Actor, doc: LocatedYAML | None = None, loc: tuple = ()) -> None:
        if actor.id in self.actors:
            where = doc.error(loc + ("id",), f"duplicate actor id '{actor.id}'") if doc else None
            raise where or InputError(f"duplicate actor id '{actor.id}'")
        self.actors[actor.id] = actor
        self.derived.clear()
        for label in _labels(actor):
            self._index(self.actor_index, label, actor.id, doc, loc)

    def _index(self, index: dict[str, str], label: str, ident: str,
               doc: LocatedYAML | None, loc: tuple) -> None:
        key = name_key(label)
        if not key:
            return
        other = index.get(key)
        if other is not None and other != ident:
            message = f"the name '{label}' belongs to both '{other}' and '{ident}'"
            hint = "give the name to one of them only"
            raise doc.error(loc, message, hint) if doc else InputError(message, hint=hint)
        index[key] = ident

    def _check_references(self, doc: LocatedYAML) -> None:
        for i, actor in enumerate(self.actors.values()):
            refs = [("affiliation", actor.affiliation), ("country", actor.country)]
            refs += [(f"positions.{j}.of", p.of) for j, p in enumerate(actor.positions)]
            for fld, ref in refs:
                if ref and ref not in self.actors:
                    raise doc.error(("actors", i, *fld.split(".")), f"no actor with id '{ref}'")
            if actor.capital and actor.capital not in self.places:
                raise doc.error(("actors", i, "capital"), f"no place with id '{actor.capital}'")

    def add_local_actors(self, actors: list[Actor]) -> "Gazetteer":
        """A copy that also knows the actors one article introduces."""
        gaz = self.copy()
        for actor in actors:
            gaz._add_actor(actor)
        return gaz

    def add_aliases(self, actor_id: str, labels: list[str]) -> None:
        """More names for a known actor, in this gazetteer only (a hand-coded file's own names for an
        actor it declared before the gazetteer learned it); a name another actor has is left out."""
        for label in labels:
            key = name_key(label)
            if key and self.actor_index.get(key) in (None, actor_id):
                self.actor_index[key] = actor_id

    def find_actor(self, name: str) -> str | None:
        """The id of the actor with this name or alias, or of this id; None if unknown."""
        if name in self.actors:
            return name
        return self.actor_index.get(name_key(name))

    def resolve_actor(self, name: str) -> str:
        """Like find_actor, but an unknown name raises with the closest known names."""
        found = self.find_actor(name)
        if found is None:
            raise InputError(f"unknown actor '{name}'", hint=self.suggest(name, self.actor_index, self.actors))
        return found

    def find_place(self, name: str) -> str | None:
        if name in self.places:
            return name
        return self.place_index.get(name_key(name))

    def resolve_place(self, name: str) -> str:
        found = self.find_place(name)
        if found is None:
            raise InputError(f"unknown place '{name}'", hint=self.suggest(name, self.place_index, self.places))
        return found

    def suggest(self, name: str, index: dict[str, str], table: dict) -> str:
        matches = process.extract(name_key(name), list(index), scorer=fuzz.WRatio, limit=8)
        names: list[str] = []
        for key, score, _ in matches:
            label = table[index[key]].name
            if score >= 60 and label not in names:
                names.append(label)
        tip = "add it to data/actors.yaml or to the file's 'actors:' section"
        return (f"did you mean: {', '.join(names[:4])}? or {tip}" if names else tip)


def _labels(item: Actor | Place) -> list[str]:
    labels = [item.name, *item.aliases.en, *item.aliases.ar]
    if item.name_ar:
        labels.append(item.name_ar)
    return labels


def _parse(doc: LocatedYAML, loc: tuple, raw: object, model: type):
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise doc.error(loc + tuple(err["loc"]), err["msg"]) from None


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.load(gazetteer_path())
