"""Score predicted statements against gold (hand-coded) ones: precision, recall and F1 per
statement type and per language, with the misses and false hits and the sentence of each.

Keys (what must agree for a statement to count as found):
meeting = its participant set; third party = (meeting participants, actor, role);
denial = (denier, participants or parties of the denied event); mediation = (third parties, parties).
Of the meetings found, the report also counts how many agree on status, date, place and sources,
and tells each gold meeting by how near the closest extracted one comes.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from kg.gazetteer import Gazetteer
from kg.model import ArticleStatements, Denial, Mediation, Meeting
from kg.normalize import name_key

TYPES = ("meeting", "third_party", "mediation", "denial")
ATTRIBUTES = ("status", "date", "place", "sources")
# how near the closest extracted meeting comes to a gold one, and how the report words it
NEARNESS = {"exact": "exact", "missing": "with participants missing", "extra": "with extra participants",
            "overlap": "overlapping another", "none": "not found"}
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)    # confidence thresholds the report shows for extracted meetings


@dataclass(frozen=True)
class Item:
    """One scorable fact: its type, key, and the sentence it came from (for the report)."""

    type: str
    key: tuple
    article: str
    language: str
    sentence: str = field(compare=False, default="")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    """Scores per (type, language) and overall, and the items that disagree."""

    scores: dict[tuple[str, str], Score] = field(default_factory=dict)
    misses: list[Item] = field(default_factory=list)
    false_hits: list[Item] = field(default_factory=list)
    articles: int = 0
    # of the meetings found (participants exact): how many also agree on each attribute -> [agree, of]
    attributes: dict[str, list[int]] = field(default_factory=lambda: {a: [0, 0] for a in ATTRIBUTES})
    # every gold meeting by how near the closest extracted meeting of its article comes -> count
    nearness: dict[str, int] = field(default_factory=lambda: {k: 0 for k in NEARNESS})
    # each extracted meeting's confidence and whether its participants are right
    confidences: list[tuple[float, bool]] = field(default_factory=list)

    def score(self, type_: str, language: str = "all") -> Score:
        return self.scores.setdefault((type_, language), Score())

    def kept_above(self) -> list[dict[str, Any]]:
        """For each threshold, the extracted meetings of at least that confidence: how many, their
        precision, and the share of gold meetings they find (what ``--min-confidence`` would keep)."""
        gold = sum(self.nearness.values())
        out = []
        for t in THRESHOLDS:
            kept = [ok for c, ok in self.confidences if c >= t]
            out.append({"threshold": t, "kept": len(kept),
                        "precision": round(sum(kept) / len(kept), 3) if kept else None,
                        "recall": round(sum(kept) / gold, 3) if gold else None})
        return out

    def table(self) -> str:
        """A plain-text table: one row per statement type and language."""
        langs = ["all"] + sorted({lang for _, lang in self.scores if lang != "all"})
        lines = [f"{'type':<12} {'lang':<4} {'gold':>5} {'pred':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}"]
        for t in TYPES:
            for lang in langs:
                s = self.scores.get((t, lang))
                if s is None:
                    continue
                lines.append(f"{t:<12} {lang:<4} {s.tp + s.fn:>5} {s.tp + s.fp:>5} {s.tp:>4} "
                             f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
        found = self.attributes["status"][1]
        if found:
            agree = ", ".join(f"{a} {n}/{of} ({n / of:.3f})" for a, (n, of) in self.attributes.items())
            lines.append(f"\nof the {found} meetings found, agreeing on: {agree}")
        gold = sum(self.nearness.values())
        if gold:
            near = ", ".join(f"{n} {NEARNESS[k]}" for k, n in self.nearness.items())
            lines.append(f"of the {gold} gold meetings: {near}")
        if self.confidences:
            rows = "; ".join(f">={r['threshold']}: {r['kept']} kept, P {r['precision'] if r['precision'] is not None else '-'}"
                             f" R {r['recall']}" for r in self.kept_above())
            lines.append(f"extracted meetings by confidence: {rows}")
        return "\n".join(lines)

    def as_dict(self, describe=lambda item: list(item.key)) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "scores": [{"type": t, "language": lang, **s.as_dict()} for (t, lang), s in sorted(self.scores.items())],
            "attributes": {a: {"agree": n, "of": of, "rate": round(n / of, 3) if of else None}
                           for a, (n, of) in self.attributes.items()},
            "gold_meetings": dict(self.nearness),
            "meetings_by_confidence": self.kept_above(),
            "misses": [_item_dict(i, describe) for i in self.misses],
            "false_hits": [_item_dict(i, describe) for i in self.false_hits],
        }


def _item_dict(item: Item, describe) -> dict[str, Any]:
    return {"type": item.type, "article": item.article, "statement": describe(item), "sentence": item.sentence}


def _canonical(gold: ArticleStatements, pred: ArticleStatements) -> dict[str, str]:
    """Map the ids of actors the extractor introduced onto the gold file's own actors, by name."""
    names: dict[str, str] = {}
    for actor in gold.actors:
        for label in (actor.name, actor.name_ar, *actor.aliases.en, *actor.aliases.ar):   # every label the gold gives
            if label:
                names.setdefault(name_key(label), actor.id)
    out = {}
    for actor in pred.actors:
        for label in (actor.name, actor.name_ar):
            if label and name_key(label) in names:
                out[actor.id] = names[name_key(label)]
    return out


def meetings_found(gold: ArticleStatements, pred: ArticleStatements,
                   rename: dict[str, str] | None = None) -> list[bool]:
    """For each extracted meeting, whether it is right: a gold meeting of the article has exactly its
    participants (new actors matched to the gold's by name, each gold meeting used once, as in the F1).

    The labels kg eval's confidence table and the confidence calibration are made from; ``rename``
    is ``_canonical(gold, pred)`` when the caller has it already."""
    rename = _canonical(gold, pred) if rename is None else rename
    wanted = Counter(frozenset(st.participants) for st in gold.statements if isinstance(st, Meeting))
    out = []
    for st in pred.statements:
        if isinstance(st, Meeting):
            key = frozenset(rename.get(a, a) for a in st.participants)
            out.append(wanted[key] > 0)
            wanted[key] -= 1
    return out


def items(statements: ArticleStatements, rename: dict[str, str] | None = None) -> list[Item]:
    """The scorable facts of one article's statements."""
    ren = rename or {}
    r = lambda a: ren.get(a, a)  # noqa: E731
    art = statements.article
    out: list[Item] = []
    events: dict[str, frozenset] = {}
    for st in statements.statements:
        if isinstance(st, Meeting):
            events[st.id] = frozenset(map(r, st.participants))
        elif isinstance(st, Mediation):
            events[st.id] = frozenset(map(r, st.parties))
    for st in statements.statements:
        sentence = st.evidence[0].quote if st.evidence else ""
        if isinstance(st, Meeting):
            people = events[st.id]
            out.append(Item("meeting", (people,), art.id, art.language, sentence))
            for role, actors in (("sponsor", st.sponsors), ("mediator", st.mediators), ("host", st.hosts)):
                for a in actors:
                    out.append(Item("third_party", (people, r(a), role), art.id, art.language, sentence))
        elif isinstance(st, Mediation):
            third = frozenset(map(r, st.sponsors + st.mediators + st.hosts))
            out.append(Item("mediation", (third, events[st.id]), art.id, art.language, sentence))
        elif isinstance(st, Denial):
            out.append(Item("denial", (r(st.denier), events.get(st.denies, frozenset())), art.id, art.language, sentence))
    return out


def _meeting_attributes(gold: ArticleStatements, pred: ArticleStatements, rename: dict[str, str],
                        into: dict[str, list[int]]) -> None:
    """For each gold meeting found (a predicted one with the same participants), whether its status,
    date, place and sources agree too (the F1 counts participants only)."""
    r = lambda a: rename.get(a, a)  # noqa: E731
    found: dict[frozenset, list[Meeting]] = {}
    for st in pred.statements:
        if isinstance(st, Meeting):
            found.setdefault(frozenset(map(r, st.participants)), []).append(st)
    for st in gold.statements:
        if not isinstance(st, Meeting) or not found.get(key := frozenset(st.participants)):
            continue
        p = found[key].pop(0)
        for name, same in (("status", st.status == p.status), ("date", (st.date or None) == (p.date or None)),
                           ("place", st.place == p.place),
                           ("sources", set(st.reported_by) == set(map(r, p.reported_by)))):
            into[name][0] += same
            into[name][1] += 1


def _meeting_nearness(gold: ArticleStatements, pred: ArticleStatements, rename: dict[str, str],
                      into: dict[str, int]) -> None:
    """Each gold meeting by the extracted meeting of the same article whose participants come
    nearest (most shared over all named): exact, some missing, some extra, overlapping, none shared.
    An extracted meeting that is exactly another gold meeting is that one's, never near this one.
    A diagnosis for the F1, which counts only exact participant sets."""
    predicted = [frozenset(rename.get(a, a) for a in st.participants) for st in pred.statements
                 if isinstance(st, Meeting)]
    wanted = [frozenset(st.participants) for st in gold.statements if isinstance(st, Meeting)]
    unused = Counter(predicted)          # an extracted meeting is exact for one gold meeting, as in the F1
    near = [got for got in predicted if got not in wanted]
    for want in wanted:
        if unused[want] > 0:
            unused[want] -= 1
            into["exact"] += 1
            continue
        best = max(near, key=lambda got: len(got & want) / len(got | want), default=frozenset())
        into["none" if not best & want else "missing" if best < want else "extra" if best > want
             else "overlap"] += 1


def compare(pairs: Iterable[tuple[ArticleStatements, ArticleStatements]]) -> Report:
    """Score (gold, predicted) pairs of one article each."""
    report = Report()
    for gold, pred in pairs:
        report.articles += 1
        rename = _canonical(gold, pred)
        g_items = items(gold)
        p_items = items(pred, rename)
        _meeting_attributes(gold, pred, rename, report.attributes)
        _meeting_nearness(gold, pred, rename, report.nearness)
        report.confidences += [(st.confidence if st.confidence is not None else 1.0, ok) for st, ok in
                               zip((s for s in pred.statements if isinstance(s, Meeting)), meetings_found(gold, pred, rename))]
        lang = gold.article.language
        for t in TYPES:
            g = Counter(i for i in g_items if i.type == t)
            p = Counter(i for i in p_items if i.type == t)
            common = g & p
            tp, fn, fp = sum(common.values()), sum((g - p).values()), sum((p - g).values())
            for key in (t,):
                for language in ("all", lang):
                    s = report.score(key, language)
                    s.tp += tp
                    s.fp += fp
                    s.fn += fn
            missing = g - p
            extra = p - g
            report.misses += [i for i in g_items if i.type == t and missing.get(i, 0) > 0 and not missing.subtract({i: 1})]
            report.false_hits += [i for i in p_items if i.type == t and extra.get(i, 0) > 0 and not extra.subtract({i: 1})]
    return report


def describe(item: Item, gazetteer: Gazetteer, extra_names: dict[str, str] | None = None) -> str:
    """A readable form of an item's key, with actor names instead of ids."""
    names = extra_names or {}

    def n(x: Any) -> str:
        if isinstance(x, frozenset):
            return " + ".join(sorted(n(a) for a in x))
        if isinstance(x, str):
            actor = gazetteer.actors.get(x)
            return actor.name if actor else names.get(x, x)
        return str(x)

    if item.type == "meeting":
        return f"meeting of {n(item.key[0])}"
    if item.type == "third_party":
        return f"{n(item.key[1])} as {item.key[2]} of the meeting of {n(item.key[0])}"
    if item.type == "mediation":
        return f"mediation by {n(item.key[0])} between {n(item.key[1])}"
    return f"denial by {n(item.key[0])} of the event of {n(item.key[1])}"
