"""Assemble statements from one sentence's mentions and cues, then across the article:
meetings with their third parties, sources and status; mediations with their parties; denials
linked to the meeting they deny; the same meeting in title and body merged into one event."""
from __future__ import annotations

from dataclasses import replace, dataclass, field
from functools import lru_cache
from typing import Callable

from kg.extract.dates import sentence_date, weekdays_in
from kg.extract.lexicon import lexicon
from kg.extract.matcher import Mention, _is_arabic, holder_on, last_mention_before, title_starts
from kg.extract.sentences import Sentence
from kg.extract.slots import _destination, _kind, _later_trip, _speaker, aside_end, attendees, attribution_verbs, cancelled_between, self_trigger, speaks_after, between_items, dyad_subject, invitation, past_visits, slot_mentions, visits, with_before
from kg.extract.tokens import Token, hyphened, imperfect_starts, phrase_key, tokenize
from kg.extract.triggers import Hit, hit_kinds
from kg.gazetteer import Gazetteer

_TP_ROLES = ("sponsor", "mediator", "host")
_ROLE_OF_CUE = {"sponsor": "sponsor", "mediator": "mediator", "host": "host", "arranger": "mediator"}
_UNSET = object()
_FALLBACK = True   # no explicit slot found: the older in-scope guess, at lower confidence
# precedence when one event is told in several sentences; "confirmed!" is an explicit confirmation
_STATUS_ORDER = ("proposed", "planned", "confirmed!", "reported", "confirmed")


@dataclass(slots=True)
class Candidate:
    """A statement found in one or more sentences, before ids are given (slots: cheaper to make)."""

    kind: str                                  # meeting | mediation | denial
    sentences: list[Sentence]
    participants: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    third: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in _TP_ROLES})
    reported_by: list[str] = field(default_factory=list)
    status: str = "confirmed"
    place: str | None = None
    date: str | None = None
    negated: bool = False
    denied_ref: bool = False                   # named inside a denial: refers to a meeting told elsewhere
    states_only: bool = False
    anaphoric: bool = False
    confidence: float = 0.7
    denier: str | None = None
    target: "Candidate | None" = None
    co_denial_of: "Candidate | None" = field(default=None, repr=False, compare=False)   # "X وY نفيا": X's, of Y's event
    mentioned: set[str] = field(default_factory=set)   # actors named in the sentence
    joiners: list[str] = field(default_factory=list)   # actors said to join a meeting named before
    companion_of: str | None = None            # the joiners accompanied this person ("X was accompanied by A")
    about_meeting: bool = False                # a denial whose words name a meeting ("denied any such meeting")
    refusal: bool = False                      # a denial by refusing to meet: of a planned or proposed meeting only
    absentee: str | None = None                # ... by staying away from a summit: who will not attend it
    called_off: bool = False                   # a denial by calling off or putting off: of a meeting not yet held
    called_off_visit: bool = False             # ... and what is called off is a visit ("أرجأ زيارة إلى السعودية")
    visit: bool = False                        # a visit to a state, a meeting only when no counterpart is named
    delegates: set[str] = field(default_factory=set)   # states named as a delegation ("الوفد السوري")
    date_of: Callable[[], str | None] | None = field(default=None, repr=False, compare=False)
    _told: object = field(default=_UNSET, repr=False, compare=False)   # told_date, read when first needed
    published: str | None = None               # the article's date (an undated telling is of about then)
    sideline: bool = False                     # told "on the sidelines of" a larger meeting
    series: bool = False                       # a series of rounds ("have met three times")
    claimed: bool = False                      # named inside "denied reports that ...": a claim of unnamed reports
    lone: bool = False                         # one named attendee of a gathering: a meeting only if the next sentence names the rest
    pair_told: bool = False                    # a visit to a state whose sentence then tells "the two presidents": the visitor's counterpart met him
    pair_with: str | None = None               # ... the host state's person named there, who is that counterpart
    earlier: bool = False                      # an earlier visit dated by its year ("first visit since 2012"): one of that year only
    stop_before: bool = False                  # a tour's stop named after "بعد"/"after": days before the sentence's date, its month
    own_denied: bool = False                   # the denier's own meeting ("عراقجي ينفي لقاء ويتكوف"): he stays a participant
    span: tuple[int, int] | None = None        # the clause of a sentence telling several meetings: its tokens [a, b)
    date_end: int | None = None                # ... its date read up to here: the next clause opened by a word
    same_day: bool = False                     # told "on the same day" ("في اليوم نفسه") as the meeting before
    next_day: bool = False                     # told "the next day" ("في اليوم التالي") after the meeting before
    after_told: bool = False                   # told "after the meeting" ("عقب الاجتماع"): of the meeting told before
    ahead_of: bool = False                     # told "ahead of a conference" ("قبيل القمة"): the conference is another event

    @property
    def told_date(self) -> str | None:
        """The date its own sentence gives, before merging (read lazily: most tellings are never compared)."""
        if self._told is _UNSET:
            self._told = self.date_of() if self.date_of is not None else None
        return self._told  # type: ignore[return-value]

    @told_date.setter
    def told_date(self, value: str | None) -> None:
        self._told = value

    def third_ids(self) -> set[str]:
        return {a for r in _TP_ROLES for a in self.third[r]}

    def add_third(self, role: str, actor: str) -> None:
        if actor not in self.third[role]:
            self.third[role].append(actor)

    def absorb(self, other: "Candidate") -> None:
        for s in other.sentences:
            if s not in self.sentences:
                self.sentences.append(s)
        self.sentences.sort(key=lambda s: s.start)
        for role in _TP_ROLES:
            for a in other.third[role]:   # (a host told as taking part too stays host: "لقاءً جمعه بـA")
                if (a not in self.participants or a in other.participants) and a not in self.parties:
                    self.add_third(role, a)
        for a in other.reported_by:
            if a not in self.reported_by:
                self.reported_by.append(a)
        for a in other.parties:
            if a not in self.parties:
                self.parties.append(a)
        self.place = self.place or other.place
        self.told_date = self.told_date or other.told_date
        if _STATUS_ORDER.index(other.status) < _STATUS_ORDER.index(self.status):
            self.status = other.status
        self.confidence = min(0.95, max(self.confidence, other.confidence) + 0.05)
        self.mentioned |= other.mentioned
        self.delegates |= other.delegates
        self.sideline = self.sideline or other.sideline


_NO_HITS: list[Hit] = []


class _HitsByKind(dict):
    """Kind -> its hits; a kind no lexicon entry has reads as no hits."""

    def __missing__(self, kind: str) -> list[Hit]:
        return _NO_HITS


@lru_cache(maxsize=1)
def _no_hits_by_kind() -> _HitsByKind:
    """Every kind find_hits gives, with no hits: each view starts from a copy, so looking a kind up
    is a plain dict subscript (a view is asked for kinds about fifty times, most of them absent)."""
    return _HitsByKind(dict.fromkeys(hit_kinds(), _NO_HITS))


@dataclass(slots=True)
class SentenceView:
    """One sentence with its tokens, mentions and lexicon hits (slots: one per sentence)."""

    sentence: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    hits: list[Hit]
    gaz: Gazetteer
    by_kind: dict[str, list[Hit]] = field(init=False, repr=False)
    # of(kind): the hits of one kind, in token order (a shared list: do not change it); the dict's
    # own subscript, bound once per view, as it is called tens of thousands of times a batch
    of: Callable[[str], list[Hit]] = field(init=False, repr=False)
    cue_kinds: bool = field(init=False, repr=False)
    kinds_cache: tuple | None = field(default=None, init=False, repr=False)   # slots._kinds_at's table

    def __post_init__(self) -> None:
        if not self.hits:           # most sentences: the shared table, never written to
            self.by_kind = by_kind = _no_hits_by_kind()
            self.of = by_kind.__getitem__
            self.cue_kinds = False
            return
        by_kind = _HitsByKind(_no_hits_by_kind())
        cue_kinds = False
        for h in self.hits:
            got = by_kind[h.kind]
            if got is _NO_HITS:
                by_kind[h.kind] = [h]
                cue_kinds = cue_kinds or h.kind.startswith("cue:")
            else:
                got.append(h)
        subs = by_kind["subordinate"]
        if subs is not _NO_HITS and any(self.tokens[h.i].key == "ended" for h in subs):
            by_kind["subordinate"] = [h for h in subs if not self._ends_talks(h, by_kind["meeting"])] or _NO_HITS
        if by_kind["attribution_after"] is not _NO_HITS and by_kind["clause_breaks"] is not _NO_HITS:
            self._open_asides(by_kind)
        if by_kind["clause_breaks"] is not _NO_HITS and any(self.tokens[h.i].key == "then" for h in by_kind["clause_breaks"]):
            self._then_titles(by_kind)
        self.by_kind = by_kind
        self.of = by_kind.__getitem__
        self.cue_kinds = cue_kinds

    def _then_titles(self, by_kind: _HitsByKind) -> None:
        """"convened by then US Secretary of State John Kerry", "then-Foreign Minister X": "then" before a
        person's title or name says when he held it; it opens no clause."""
        toks, starts = self.tokens, {m.i for m in self.mentions if m.actor}
        def titled(k: int) -> bool:
            while k < len(toks) and toks[k].punct in ("-", "–"):
                k += 1
            return k < len(toks) and (k in starts or not title_starts().isdisjoint(toks[k].variants))
        kept = [h for h in by_kind["clause_breaks"] if not (toks[h.i].key == "then" and titled(h.j))]
        by_kind["clause_breaks"] = kept or _NO_HITS

    def _open_asides(self, by_kind: _HitsByKind) -> None:
        """"التقى X، بحسب البيت الأبيض، A وB", "X met, according to the White House, A": the commas
        around an attribution aside break no clause (the verb's subject and objects stay one clause)."""
        toks = self.tokens
        commas = {h.i for h in by_kind["clause_breaks"] if toks[h.i].punct in (",", "،")}
        barred = {k for kind in ("meeting", "speech", "visit", "subordinate", "relative", "planned")
                  for h in by_kind[kind] for k in range(h.i, h.j)}
        barred -= attribution_verbs(toks, by_kind)      # "بحسب ما ذكرت رويترز": the aside's own verb
        drop: set[int] = set()
        for h in by_kind["attribution_after"]:
            if h.i - 1 not in commas:
                continue
            close = next((k for k in range(h.j, min(h.j + 10, len(toks))) if k in commas), None)
            if close is None or close + 1 >= len(toks) or toks[close + 1].conj or toks[close + 1].key in ("and", "و") \
                    or any(k in barred or toks[k].key in ("ان", "that") for k in range(h.j, close)):
                continue
            drop |= {h.i - 1, close}
        if drop:
            by_kind["clause_breaks"] = [h for h in by_kind["clause_breaks"] if h.i not in drop] or _NO_HITS

    def _ends_talks(self, hit: Hit, meetings: list[Hit]) -> bool:
        """"Iran and six world powers ended two days of talks": "ended" with the talks as its object is
        the sentence's verb, not a clause told aside ("the ceasefire that ended the war", "a visit that
        ended on Wednesday")."""
        return self.tokens[hit.i].key == "ended" and any(0 < m.i - hit.i <= 5 for m in meetings) \
            and (hit.i == 0 or self.tokens[hit.i - 1].key not in ("that", "which", "who"))

    def any(self, kind: str) -> bool:
        return self.by_kind[kind] is not _NO_HITS

    def actor(self, m: Mention):
        return self.gaz.actors.get(m.actor or "")


# ------------------------------------------------------------------ one sentence


def _actor_mentions(view: SentenceView) -> list[Mention]:
    return [m for m in view.mentions if m.actor]


_BLOCKING = ("meeting", "between", "speech", "negation", "anaphoric_meeting")


def _blocked(view: SentenceView, a: int, b: int) -> bool:
    """A trigger, 'between' or speech verb in tokens [a, b) ends a cue's reach."""
    return any(a <= h.i < b for kind in _BLOCKING for h in view.of(kind))


def _near_after(view: SentenceView, j: int, window: int, pool: list[Mention]) -> Mention | None:
    skip = {h.i for h in view.of("attribution_skip")}
    for m in pool:
        if m.i >= j:
            gap = [k for k in range(j, m.i) if not view.tokens[k].punct and k not in skip]
            return m if len(gap) <= window and not _blocked(view, j, m.i) else None
    return None


_SKIP_WORDS = frozenset({"both", "have", "has", "had", "was", "were", "is", "are", "been", "also", "hi", "هي", "التي",
                         "الذي", "قد"})   # _near_before: words between a cue and its actor that do not count
_CONJ = frozenset({"and", "و", "ثم", "&", "or"})   # _chain: the words joining a list's items


def _near_before(view: SentenceView, i: int, window: int, pool: list[Mention]) -> Mention | None:
    best = last_mention_before(pool, i)
    if best is None:
        return None
    gap = [k for k in range(best.j, i) if not view.tokens[k].punct and view.tokens[k].key not in _SKIP_WORDS]
    return best if len(gap) <= window and not _blocked(view, best.j, i) else None


def _chain(view: SentenceView, start: Mention, pool: list[Mention], forward: bool) -> list[Mention]:
    """A mention and the ones joined to it by 'and', 'و', commas ("Russia, Iran and Turkey")."""
    conj = _CONJ
    ranks = lexicon().words("ranks")
    sides = {k for h in view.of("side_words") for k in range(h.i, h.j)}   # "بين قطر من جهة والسعودية": no break
    out = [start]
    ordered = pool if forward else list(reversed(pool))
    cur = start
    for m in ordered:
        if (forward and m.i < cur.j) or (not forward and m.j > cur.i) or m is cur:
            continue
        a, b = (cur.j, m.i) if forward else (m.j, cur.i)
        gap = [t for k, t in enumerate(view.tokens[a:b], a) if k not in sides] if sides else view.tokens[a:b]
        if gap and gap[-1].key == "the" and len(gap) >= 2 and gap[-2].key in conj:
            gap = gap[:-1]                  # "Türkiye and the United Nations"
        if len(gap) >= 3 and gap[-1].key == "s" and gap[-2].punct in ("'", "’"):
            owner = next((x for x in view.mentions if x.j == b - 2 and x.i >= a), None)
            if owner is not None:           # "..., France's Laurent Fabius and Germany's ...": the owner is
                gap = view.tokens[a:owner.i]    # part of the item
        if not gap and m.via == cur.via == "demonym" and _is_arabic_tok(view.tokens[m.i]):
            out.append(m)               # "برعاية روسية تركية إيرانية": adjectives in a row
            cur = m
            continue
        if gap and gap[-1].key in ranks and len(gap) >= 2:
            gap = gap[:-1]                  # "Hamdok and General Abdel Fattah al-Burhan"
        if forward and gap and gap[0].conj and len(gap) <= 8 and any(
                q.role == "qualifier" and q.j == b and a < q.i for q in view.mentions) \
                and not title_starts().isdisjoint(gap[0].variants):
            out.append(m)                   # "... وأمين المجلس الأعلى للأمن القومي علي شمخاني": "and" the
            cur = m                         # office a body qualifies, then the next item
            continue
        if all(t.punct in (",", "،") or t.key in conj for t in gap) and len(gap) <= 2:
            right = m if forward else cur
            if gap or right is not None and view.tokens[right.i].conj or any(t.key in conj for t in gap):
                out.append(m)
                cur = m
                continue
        break
    return out


def _governed(view: SentenceView, hit: Hit, pool: list[Mention], after_window: int = 3,
              before_window: int = 4) -> list[Mention]:
    if hit.look == "either" and _kind(view, before := _near_before(view, hit.i, 1, pool)) == "person" \
            and _kind(view, _near_after(view, hit.j, 2, pool)) == "person":
        return _chain(view, before, pool, forward=False)   # "أردوغان قد استضاف بوتين": the subject hosts the guest
    if hit.look in ("after", "either"):
        m = _near_after(view, hit.j, after_window if hit.look == "after" else 2, pool)
        if m is not None:
            return _chain(view, m, pool, forward=True)
    if hit.look == "adjacent":         # "Omani mediation"; "Egyptian and Qatari mediators": each adjective
        m = _near_before(view, hit.i, 0, pool)
        if m is None:
            return []
        tok = view.tokens[hit.i]
        if not lexicon().words("adjective_cues").isdisjoint(tok.variants) and m.via != "demonym" \
                and view.sentence.text[tok.start - view.sentence.start - 1:][:1] != "-":
            return []                  # "Burhan backed the idea": a verb, not "U.S.-backed talks"
        return [m] + [x for x in _chain(view, m, pool, forward=False)[1:] if m.via == x.via == "demonym"]
    if hit.look in ("before", "either"):
        m = _near_before(view, hit.i, before_window, pool)
        if m is not None:
            return _chain(view, m, pool, forward=False)
    return []


def _is_media(view: SentenceView, m: Mention) -> bool:
    actor = view.actor(m)
    return actor is not None and actor.type == "organization" and actor.kind == "media"


_QUOTES = ('"', "“", "”", "«", "»")


def _receives(view: SentenceView, m: Mention, receive: frozenset[str]) -> bool:
    """The city is the subject of a verb of receiving: right after it in Arabic ("استقبلت القاهرة"),
    right before it ("وكانت جوبا قد استقبلت", "Juba had also received"; "قد"/"had"/"also" between)."""
    toks = view.tokens
    if m.i > 0 and not receive.isdisjoint(toks[m.i - 1].variants) and _is_arabic_tok(toks[m.i]):
        return True
    k = m.j
    fillers = lexicon().words("subject_fillers")
    while k < len(toks) and k - m.j < 2 and not fillers.isdisjoint(toks[k].variants):
        k += 1
    return k < len(toks) and not receive.isdisjoint(toks[k].variants) and (k == 0 or toks[k - 1].key != "by")


def _prepare(view: SentenceView) -> None:
    """Decide place-or-actor and drop demonyms that qualify things rather than actors."""
    if view.of("between"):
        _government_between(view)
    loc = {h.i for h in view.of("locative")}
    if loc and view.of("attribution_after"):      # "according to the White House": a source, not where
        loc -= {k for h in view.of("attribution_after") for k in range(h.i, h.j)}
    nouns = {h.i for h in view.of("non_actor_nouns")} | {h.j - 1 for h in view.of("non_actor_nouns")}
    toks = view.tokens
    meetings = view.of("meeting")
    venue_nouns = {h.i for h in meetings} | {h.j - 1 for h in meetings}   # a meeting word's first and last token
    receive = lexicon().words("reception_verbs")
    for idx, m in enumerate(view.mentions):
        prev_tok = m.i - 1
        if m.place and m.via == "name" and _receives(view, m, receive):
            place = view.gaz.places.get(m.place)
            if place is not None and place.country in view.gaz.actors:
                m.actor, m.place = place.country, None   # "استقبلت القاهرة X", "Juba had received X": the state hosts
                continue
        if m.place and m.actor and m.via == "name":
            quoted = prev_tok - 1 if prev_tok > 0 and toks[prev_tok].punct in _QUOTES else prev_tok
            if (quoted in venue_nouns and _is_arabic_tok(toks[m.i])) or (m.j in venue_nouns and not _is_arabic_tok(toks[m.i])):
                m.actor = None           # "اجتماع عمّان", 'مؤتمر "بغداد 2"', "the Amman meeting": the venue names the meeting
            elif prev_tok >= 0 and prev_tok in loc or (prev_tok >= 0 and prev_tok in nouns):
                m.actor = None
            elif toks[m.i].key.startswith("ب") and toks[m.i].key[1:] in toks[m.i].variants \
                    and not _name_starts_with_ba(view, m):
                m.actor = None           # "بدمشق": in Damascus (but "بغداد" is Baghdad itself)
        if m.via == "name" and not m.place and prev_tok >= 0 and prev_tok in nouns and _is_arabic_tok(toks[m.i]) \
                and toks[m.i].key.startswith("ال") and (a := view.actor(m)) is not None and a.type == "state":
            m.actor = None               # "الأجواء السعودية", "الأراضي السعودية": the state's name read as its adjective
            nouns.add(m.j - 1)           # ("العلاقات السورية التركية": the next adjective too)
        if m.via == "demonym":
            # Arabic: noun then adjective ("العاصمة الروسية"); English: adjective then noun
            if (prev_tok >= 0 and prev_tok in nouns) or (m.j in nouns):
                m.actor = None
                nouns.add(m.j - 1 if _is_arabic_tok(toks[m.i]) else m.i)   # "الحدود السودانية الإثيوبية": both
            elif idx > 0 and _is_media(view, view.mentions[idx - 1]) \
                    and all(t.punct for t in toks[view.mentions[idx - 1].j:m.i]):   # 'صحيفة "الغارديان" البريطانية'
                m.actor = None
    officials = lexicon().words("official_nouns")
    for m in view.mentions:
        if m.actor and m.i >= 2 and toks[m.i - 1].key in ("من", "from") \
                and not officials.isdisjoint(toks[m.i - 2].variants) and (a := view.actor(m)) is not None \
                and a.type == "state" and not any(o.actor and o.i <= m.i - 2 < o.j for o in view.mentions):
            m.i -= 2                     # "وشارك فيه بلينكن ومسؤولون من بريطانيا": the officials stand for their state
    prefixes = lexicon().words("hyphen_prefixes")
    for m in view.mentions:
        if m.actor and m.i >= 1 and not prefixes.isdisjoint(toks[m.i - 1].variants) \
                and hyphened(view.sentence.text, toks[m.i - 1], toks[m.i], view.sentence.start):
            m.actor = None               # "post-Assad Syria", "pro-Iran militias": an adjective, no one who meets
    suffixes = lexicon().words("hyphen_suffixes") if "-" in view.sentence.text else ()
    for m in view.mentions if suffixes else ():
        if (m.actor or m.place) and m.j < len(toks) and not suffixes.isdisjoint(toks[m.j].variants) \
                and hyphened(view.sentence.text, toks[m.j - 1], toks[m.j], view.sentence.start):
            m.actor = m.place = None     # "the London-based website", "Iran-backed militias": no one who meets, nowhere they met
    _head_of_org(view)
    _state_of_office(view)
    _state_in_body_name(view)
    named = [m for m in view.mentions if m.actor]
    for before, m, after in zip(named, named[1:], named[2:]):
        if m.via == "demonym" and before.j == m.i and m.j == after.i and before.actor == after.actor \
                and (a := view.actor(after)) is not None and a.type == "person":
            m.actor = None    # "قائد قوات الدعم السريع السودانية محمد حمدان دقلو": the adjective of his title
    premises = {h.j for h in view.of("premises")} | {h.j + 1 for h in view.of("premises")
                                                     if h.j < len(toks) and toks[h.j].key in ("the", "of")}
    for m in view.mentions if premises else ():
        if m.actor and m.role is None and (m.i in premises or m.i - 1 in premises and toks[m.i - 1].key == "of"):
            m.role = "location"          # "في مقر جهاز المخابرات العامة", "at the headquarters of the UN"
    for h in view.of("departure"):      # "أقلعت من عمّان", "flew in from Amman": where a flight left from
        k = h.j + (1 if h.j < len(toks) and toks[h.j].key in ("in", "directly", "straight") else 0)
        if k < len(toks) and toks[k].key in ("من", "from"):
            for m in view.mentions:
                if m.i == k + 1 and m.actor and m.role is None:
                    m.role = "origin"    # (neither who meets nor where they meet)
        else:                            # "وغادر الرئيس البرازيلي القاهرة متوجهاً إلى": the city left, past its subject
            m = next((m for m in view.mentions if h.j <= m.i <= h.j + 6 and m.actor and m.role is None and m.place), None)
            if m is not None and (m.i == h.j or (prev := next((x for x in view.mentions if x.j == m.i), None)) is not None
                                  and prev.place is None):
                m.role = "origin"
    for m in view.mentions:             # "on the first direct flight from Israel": where the flight left from
        if m.actor and m.role is None and m.i >= 2 and toks[m.i - 1].key in ("from", "من") and any(
                not lexicon().words("flight_nouns").isdisjoint(toks[k].variants) for k in range(max(0, m.i - 4), m.i - 1)):
            m.role = "origin"
    for h in view.of("assemblies"):     # "الجمعية العامة للأمم المتحدة", "the UN General Assembly"
        for m in view.mentions:
            arabic = _is_arabic_tok(toks[h.i])
            if m.actor and m.role is None and (0 <= m.i - h.j <= 1 if arabic else m.j == h.i):
                m.role = "occasion"
    topic = {h.j for h in view.of("topic")} - {h.j for h in view.of("call_on")}   # not "called on X"
    topic |= {h.j for h in view.of("death_of")}    # "لتقديم التعازي بوفاة الملك عبد الله": whose death, not who met
    fillers = lexicon().words("topic_fillers")
    for h in view.of("topic"):        # "talks on a possible Saudi-Israeli agreement": past the article and adjective
        k = h.j
        while k < len(toks) and k - h.j < 3 and not fillers.isdisjoint(toks[k].variants):
            k += 1
        if k > h.j:
            topic.add(k)
        elif _is_arabic_tok(toks[h.i]):   # "حول البرنامج النووي الإيراني": past the noun and its adjective
            k = h.j
            while k < len(toks) and k - h.j < 2 and toks[k].key.startswith("ال") and not toks[k].punct \
                    and not any(m.i <= k < m.j for m in view.mentions):
                k += 1
            if k > h.j and any(m.i == k and m.via == "demonym" for m in view.mentions):
                topic.add(k)
    headed = lexicon().words("office_held")    # "توليه رئاسة المجلس العسكري": the body he heads (as written,
    topic |= {k + 1 for k, t in enumerate(toks) if t.key in headed}     # not "برئاسة X", led by X)
    officials = lexicon().words("official_nouns")
    trigger_starts = {h.i for h in meetings}
    qualifiers = lexicon().words("occasion_qualifiers")   # "the Non-Aligned Movement ministerial meeting": its occasion
    meeting_at = venue_nouns | {h.i - 1 for h in meetings if h.i > 0 and toks[h.i - 1].key in qualifiers}
    for idx, m in enumerate(view.mentions):
        actor = view.actor(m)
        if actor is None or m.role is not None:
            continue
        if m.i in topic:
            m.role = "topic"
            if m.j < len(toks) and toks[m.j].conj:
                topic.add(m.j)           # "تناولت مستجدات فلسطين ولبنان", "on Syria and Lebanon": the list too
            elif m.j + 1 < len(toks) and toks[m.j].key in ("and", "و"):
                topic.add(m.j + 1)
            elif m.j < len(toks) and view.sentence.text[toks[m.j - 1].end - view.sentence.start:
                                                         toks[m.j].start - view.sentence.start] == "-":
                topic.add(m.j)           # "on a Saudi-Israeli agreement": both adjectives
        elif actor.type == "state" and m.via == "name" and m.j in trigger_starts and not _is_arabic_tok(toks[m.i]) \
                and not _compound(view, m, idx):
            m.role = "topic"             # "hold Syria summit": what the meeting is about, not who meets
        elif actor.type == "state" and (m.i - 1 in loc or (m.i >= 2 and toks[m.i - 1].key == "the" and toks[m.i - 2].key == "at")) \
                and not (m.i >= 2 and any(
                not officials.isdisjoint(toks[k].variants) for k in range(max(0, m.i - 3), m.i - 1))):
            m.role = "location"          # "في سلطنة عمان", "in Ukraine": where, not who (but "مصدر مسؤول في
                                         # الخارجية السعودية": where the official serves, his state)
        elif actor.type == "state" and m.place and m.i == 1 \
                and not lexicon().words("trip_origin").isdisjoint(toks[0].variants) \
                and any(h.i == m.j for h in view.of("pronoun_subject") + view.of("departure")):
            m.role = "location"          # "From Riyadh he flew to Cairo", "ومن الرياض توجه": where he left
        elif actor.type == "state" and m.place and m.i >= 2 and toks[m.i - 1].key in ("من", "from") \
                and any(h.j == m.i - 1 for h in view.of("speech")):
            m.role = "location"          # "أعلن من أنقرة إرجاء زيارته", "said from Ankara": where he spoke
        elif actor.type == "state" and idx > 0 and view.mentions[idx - 1].place \
                and m.i > view.mentions[idx - 1].j and all(t.punct in (",", "،") for t in toks[view.mentions[idx - 1].j:m.i]):
            m.role = "location"          # "Samarkand, Uzbekistan"
        elif actor.type == "state" and (m.place or m.via == "name") and idx > 0 and (prev := view.mentions[idx - 1]).place \
                and (prev.i - 1 in loc or prev.role == "location") \
                and ((m.i == prev.j and toks[m.i].conj) or (m.i == prev.j + 1 and toks[prev.j].key == "and")):
            m.role = "location"          # "في نيويورك وباريس", "in New York and Paris": where, both
        elif actor.type == "state" and m.via == "name" and idx > 0 and (prev := view.mentions[idx - 1]).role == "location" \
                and prev.actor and not prev.place and not _is_arabic_tok(toks[m.i]) and all(t.punct in (",", "،") or t.key == "and" for t in toks[prev.j:m.i]) \
                and (m.i > prev.j or toks[m.i].conj):
            m.role = "location"          # "the deadlock in Syria, Iraq and Yemen": where, the whole list (not
                                         # Arabic: "وزراء الطاقة في الأردن ومصر ولبنان" are the ministers of them)
        elif actor.type == "state" and m.via == "name" and m.i >= 2 and toks[m.i].conj and m.i - 2 in loc \
                and _is_arabic_tok(toks[m.i]) and not toks[m.i - 1].punct \
                and not any(x.i <= m.i - 1 < x.j for x in view.mentions):
            m.role = "location"          # "الأوضاع في غزة وأوكرانيا": a place the gazetteer lacks, and a state, both where
        elif actor.type == "state" and m.i >= 3 and toks[m.i - 1].punct == "," and m.i - 3 in loc \
                and not any(x.i <= m.i - 2 < x.j for x in view.mentions) \
                and view.sentence.text[toks[m.i - 2].start - view.sentence.start:][:1].isupper() \
                and sentence_date(toks[m.i - 2:m.i - 1], "2000-06-15") is None:
            m.role = "location"          # "in Rovaniemi, Finland": a town the gazetteer lacks, and its state
                                         # (not "In November, Jordan, Israel and the UAE signed")
        elif actor.type == "organization" and actor.kind == "international" and not _is_arabic_tok(toks[m.i]) \
                and (m.i >= 1 and toks[m.i - 1].key == "at" or m.i >= 2 and toks[m.i - 1].key == "the"
                     and toks[m.i - 2].key == "at") and not (m.j < len(toks) and toks[m.j].key == "invitation") \
                and m.j not in meeting_at:       # ("at the NATO summit": the occasion, below)
            m.role = "location"          # "Zelenskiy meets al-Sharaa at UN": where they met, not who
        elif actor.type == "organization" and ((m.j in meeting_at and not _is_arabic_tok(toks[m.i])
                                                and toks[m.j].key not in lexicon().words("meeting_verbs")
                                                and not any(h.i == m.j for h in view.of("signing")))   # "Hamas signed"
                                               or (m.i - 1 in meeting_at and _is_arabic_tok(toks[m.i]))):
            m.role = "occasion"          # "the NATO summit", "قمة منظمة شنغهاي" (not "the E3 held talks")


def _government_between(view: SentenceView) -> None:
    """"talks between the government and the Houthis", "بين الحكومة والحوثيين": the government is that of
    the state the other side belongs to (the body's country in the gazetteer)."""
    toks = view.tokens
    words = lexicon().words("the_government")
    for h in view.of("between"):
        k = h.j + (1 if h.j < len(toks) and toks[h.j].key == "the" else 0)
        if k >= len(toks) or words.isdisjoint(toks[k].variants) or any(m.i <= k < m.j for m in view.mentions):
            continue
        other = next((m for m in view.mentions if k < m.i <= k + 3 and m.actor), None)
        body = view.gaz.actors.get(other.actor or "") if other is not None else None
        if body is not None and body.type == "organization" and body.country in view.gaz.actors \
                and all(t.key in ("and", "the") or t.conj for t in toks[k + 1:other.i + 1]):
            view.mentions.append(Mention(k, k + 1, actor=body.country, via="coref"))
            view.mentions.sort(key=lambda m: m.i)


def _head_of_org(view: SentenceView) -> None:
    """"Mossad chief David Barnea": an organisation right before a person (a title word at most
    between) names the person's office; the person is the participant, the organisation is not."""
    named = [m for m in view.mentions if m.actor]
    told: set[int] | None = None      # the meeting and visit words' tokens, gathered once an organisation is met
    for m, nxt in zip(named, named[1:]):
        org = view.actor(m)
        if org is None or org.type != "organization" or m.role:
            continue
        if told is None:
            told = {k for kind in ("meeting", "visit") for h in view.of(kind) for k in range(h.i, h.j)}
        if any(m.j <= k < nxt.i for k in told):
            continue                  # (not "نفى حزب الله لقاء X بـY": a meeting word between, no office)
        person = view.actor(nxt)
        if person is None or person.type != "person":
            continue
        if org.kind == "media":
            continue
        gap = [t for t in view.tokens[m.j:nxt.i] if t.punct not in _QUOTES]   # (or 'جهاز "الموساد" الإسرائيلي X')
        if len(gap) <= 1 and not any(t.punct for t in gap):   # "جهاز الموساد ديفيد برنياع", "Mossad chief X"
            m.role = "qualifier"
        elif _possessed_office(view, gap):
            m.role = "qualifier"      # "the Taliban administration's acting prime minister, Mullah X"
        elif len(gap) == 1 and gap[0].punct == "," and any(t.key == "of" for t in view.tokens[max(0, m.i - 2):m.i]) \
                and person.affiliation in (m.actor, org.country):
            m.role = "qualifier"      # "the secretary of the Supreme National Security Council, Ali Shamkhani"
    officials = lexicon().words("official_nouns")
    people = [m for m in named if (a := view.actor(m)) is None or a.type != "state"]   # past "Sudan's"
    for person, m in zip(people, people[1:]):    # "Muttaqi, the first senior Taliban official to visit India"
        org, who = view.actor(m), view.actor(person)
        if org is None or org.type != "organization" or m.role or org.kind == "media" \
                or who is None or who.type != "person" or _is_arabic_tok(view.tokens[m.i]):
            continue
        gap = view.tokens[person.j:m.i]
        if gap and gap[0].punct == "," and 2 <= len(gap) <= 5 and gap[1].key in ("the", "a", "an") \
                and not any(t.punct for t in gap[1:]) and m.j < len(view.tokens) \
                and not officials.isdisjoint(view.tokens[m.j].variants):
            m.role = "qualifier"
        elif gap and gap[0].punct == "," and 3 <= len(gap) <= 8 and gap[1].key not in ("and", "who", "which") \
                and not any(t.punct not in ("'", "’") for t in gap[1:]) and any(t.key == "of" for t in gap[1:4]):
            m.role = "body_of"     # "X, commander of Sudan's paramilitary Rapid Support Forces": his body
        elif len(gap) in (2, 3) and gap[0].punct in ("'", "’") and gap[1].key == "s" \
                and any(t.key == "of" for t in view.tokens[person.i:person.j]):
            m.role = "body_of"     # (the same, his title read into his name up to "Sudan")
    for m, again in zip(named, named[1:]):       # "Rapid Support Forces (RSF)": the short name in brackets too
        if m.role == "body_of" and again.actor == m.actor and again.role is None \
                and all(t.punct == "(" for t in view.tokens[m.j:again.i]) and again.i == m.j + 1:
            again.role = "body_of"


def _state_of_office(view: SentenceView) -> None:
    """"Gen. Joseph Dunford, the chairman of the U.S. Joint Chiefs of Staff, and ...", "X, the commander of
    U.S. Central Command": a state or body right after a person whose mention ends with his title's "of"
    (the office read into his name) is the state or body of that office, no side of its own (English)."""
    toks = view.tokens
    if not toks or _is_arabic_tok(toks[0]):
        return
    named = [m for m in view.mentions if m.actor]
    for p, m in zip(named, named[1:]):
        if m.role or p.j < 1:
            continue
        read_in = toks[p.j - 1].key == "of" and m.i - p.j <= 1 and (m.i == p.j or toks[p.j].key == "the") \
            and any(t.punct == "," for t in toks[p.i:p.j])
        gap = toks[p.j:m.i]       # ", the commander of": the apposition's title after the name
        told = 4 <= len(gap) <= 7 and gap[0].punct == "," and gap[1].key == "the" and (
            gap[-1].key == "of" or gap[-2].key == "of" and gap[-1].key == "the") \
            and not any(t.punct or t.key in ("and", "who", "which") for t in gap[1:])
        person, state = view.actor(p), view.actor(m)
        if (read_in or told) and person is not None and person.type == "person" and state is not None \
                and state.type in ("state", "organization"):
            m.role = "qualifier"


def _possessed_office(view: SentenceView, gap: list[Token]) -> bool:
    """The words between an organisation and a person are "'s" (or "administration's") and a few more
    words of an office (the office may belong to the person's mention), then perhaps a comma:
    "Taliban's acting foreign minister, X", "the Taliban administration's acting prime minister, X"."""
    if len(gap) < 3 or _is_arabic_tok(gap[0]):
        return False
    k = 0
    if not lexicon().words("body_heads").isdisjoint(gap[k].variants):
        k += 1
    if not (gap[k].punct in ("'", "’") and k + 1 < len(gap) and gap[k + 1].key == "s"):
        return False
    office = gap[k + 2:-1] if gap[-1].punct == "," else gap[k + 2:]
    return len(office) <= 4 and not any(t.punct for t in office) and len(gap) - k > 2


def _state_in_body_name(view: SentenceView) -> None:
    """"the rebel Sudan People's Liberation Movement-North", "Syria Democratic Forces": an English state
    name that opens a capitalised body name (a word of not_person_words among the next capitals) is
    part of that name, not a side."""
    toks = view.tokens
    if not toks or _is_arabic_tok(toks[0]):
        return
    text, off = view.sentence.text, view.sentence.start
    bodies = lexicon().words("not_person_words")
    for m in view.mentions:
        if m.role or m.via != "name" or (a := view.actor(m)) is None or a.type != "state":
            continue
        k = m.j
        while k < len(toks) and k - m.j < 5:
            t = toks[k]
            if t.punct in ("'", "’") and k > m.j and k + 1 < len(toks) and toks[k + 1].key == "s":
                k += 2           # "People's"
                continue
            if t.punct or not t.key or not text[t.start - off].isupper():
                break
            if t.key in bodies:
                m.role = "qualifier"
                break
            k += 1


def _name_starts_with_ba(view: SentenceView, m: Mention) -> bool:
    """The place's own Arabic name begins with "ب" (بغداد, بيروت, بكين): no preposition there."""
    place = view.gaz.places.get(m.place or "")
    names = [place.name_ar or "", *place.aliases.ar] if place is not None else []
    tok = view.tokens[m.i]
    written = tok.key[1:] if tok.conj else tok.key      # (not "ببغداد": "ب" + بغداد, in Baghdad)
    return any(phrase_key(n)[:1] and phrase_key(n)[0].startswith("ب") and phrase_key(n)[0] == written
               for n in names)


def _compound(view: SentenceView, m: Mention, idx: int) -> bool:
    """'U.S.-Iran talks', 'Russia, Iran and Turkey summit': the name is one of a list of sides."""
    if idx == 0:
        return False
    prev = view.mentions[idx - 1]
    between = view.tokens[prev.j:m.i]
    text = view.sentence.text
    off = view.sentence.start
    if not between:
        return text[view.tokens[prev.j - 1].end - off:view.tokens[m.i].start - off].strip(" .") in ("-", "–", "/")
    if len(between) >= 2 and between[-1].key == "the":
        between = between[:-1]                 # "Iran and the United States held talks"
    return all(t.punct in (",", "،") or t.key in ("and", "&") for t in between)


def _is_arabic_tok(tok: Token) -> bool:
    return _is_arabic(tok.key)


def assign_roles(view: SentenceView) -> None:
    """Third parties, arrangers, sources, speakers and deniers, from the cues next to them."""
    _prepare(view)
    pool = _actor_mentions(view)
    for hit in view.of("backing"):          # "بدعم من الولايات المتحدة": a backer, not a mediator or side
        m = _near_after(view, hit.j, 1, [x for x in pool if x.role is None])
        if m is not None:
            for x in _chain(view, m, pool, forward=True):
                x.role = "backer"
    sides = set()                            # "brokered the truce between Israel and Hamas": sides, not brokers
    for h in view.of("between"):
        first = _near_after(view, h.j, 1, pool)
        if first is not None:
            sides |= {id(x) for x in _chain(view, first, pool, forward=True)}
    named = {k for m in pool for k in range(m.i, m.j)} if view.cue_kinds else ()
    for hit in view.hits if view.cue_kinds else ():    # (no cue: nothing below)
        if not hit.kind.startswith("cue:") or hit.i in named:    # "أشرف غني": a name, not "supervised"
            continue
        if any(o.kind == hit.kind and o.i <= hit.i and hit.j <= o.j and o != hit for o in view.by_kind[hit.kind]):
            continue             # "will host X": the cue read whole ("will host", look before), not its "host"
        role = hit.kind[4:]
        free = [m for m in pool if m.role is None and id(m) not in sides]
        if role in ("denial", "cancellation", "refusal"):
            continue
        if role == "mediator" and _is_arabic_tok(view.tokens[hit.i]) and view.tokens[hit.i].key.startswith("ال") \
                and any(t.j == hit.i for kind in ("met_verbs", "reception_verbs", "handover", "visit") for t in view.of(kind)):
            continue             # "تسلّم الوسيط الأمريكي هوكشتاين من عون ...": the mediator is the verb's subject, he meets
        governed = _governed(view, hit, free)
        if not governed and any(s.i == hit.i for s in view.of("shuttle")):
            # "بدأ دي ميستورا جولة ..., متنقّلاً بين وفد النظام ووفد المعارضة": the clause's subject shuttles
            governed = [m for m in free if m.j <= hit.i and (a := view.actor(m)) is not None and a.type == "person"][:1]
        for m in governed:
            if role == "host" and _is_media(view, m):
                continue
            m.role = role
    told = attribution_verbs(view.tokens, view.by_kind) if view.of("attribution_skip") else set()
    for hit in view.of("attribution_after"):
        # "وفق ما أعلن البيت الأبيض", "بحسب ما ذكرت وكالة": the verb after "ما" is the cue's, no block
        start = next((h.j for h in view.of("speech") if h.i == hit.j + 1 and h.i in told), hit.j)
        m = _near_after(view, start, 4, [x for x in pool if x.role is None])
        if m is not None and any(t.punct in (",", "،") or t.key in ("that", "ان") for t in view.tokens[hit.j:m.i]):
            m = None             # "citing four sources, that Turkey's intelligence chief ...": not the source
        if m is not None:
            chain = _chain(view, m, pool, forward=True)
            if hit.i > 0 and view.tokens[hit.i - 1].punct in (",", "،"):
                # "التقى X، بحسب البيت الأبيض، A وB": an aside between commas ends at its closing comma
                cut = next((k for k in range(1, len(chain)) if not view.tokens[chain[k].i].conj and all(
                    t.punct in (",", "،") for t in view.tokens[chain[k - 1].j:chain[k].i])), len(chain))
                chain = chain[:cut]
            for x in chain:
                x.role = "source"
            end = chain[-1].j
            if end < len(view.tokens) and view.tokens[end].key == "عن":
                # "نقلت وكالة فرانس برس عن مسؤول حكومي عراقي": whom the outlet quotes is a source too
                quoted = _near_after(view, end + 1, 3, [x for x in pool if x.role is None])
                if quoted is not None and not any(t.key in ("ان", "that") or t.punct
                                                  for t in view.tokens[end + 1:quoted.i]):   # (not "عن مصدر أن X")
                    quoted.role = "source"
    for part in view.of("participation"):
        # "بحضور وفد عُماني يتولى الوساطة بين الجانبين": an attendee who mediates is the mediator
        m = _near_after(view, part.j, 2, [x for x in pool if x.role is None])
        if m is not None and any(0 <= h.i - m.j <= 3 for h in view.of("mediation")):
            m.role = "mediator"
    for hit in view.of("attribution_before"):
        m = _near_before(view, hit.i, 2, [x for x in pool if x.role is None])
        if m is not None:
            m.role = "source"
    for hit in view.of("speech"):
        # "..., Zakharova said.": who tells the sentence at its end takes no part in it
        m = _near_before(view, hit.i, 1, [x for x in pool if x.role is None])
        k = m.i - 1 if m is not None else -1
        if k > 0 and view.tokens[k].key in ("the", "a", "an"):
            k -= 1               # "..., the State Department said.", "..., a US official said."
        if k > 0 and view.tokens[k].punct in ('"', "”", "»", "'", "’"):
            k -= 1               # '"...," X said.': the quote closes before the comma's speaker
        if m is not None and k >= 0 and view.tokens[k].punct in (",", "،") \
                and not any(x.i >= hit.j for x in pool) and not _is_arabic_tok(view.tokens[hit.i]):
            m.role = "source"
    if view.sentence.headline and pool and pool[0].i == 0 and pool[0].role is None and not pool[0].place \
            and pool[0].j < len(view.tokens) and view.tokens[pool[0].j].punct == ":":
        pool[0].role = "source"      # "لافروف: لا لقاء مقرراً بين ...", "Kremlin: ...": the headline quotes him
    for m in pool:
        if m.role is None and _is_media(view, m):
            toks = view.tokens
            dateline = m.i <= 4 and m.i > 0 and toks[m.i - 1].punct == "(" and m.j < len(toks) and toks[m.j].punct == ")"
            m.role = "dateline" if dateline else "source"   # "CAIRO (Reuters) -": the article's author, not a source
        elif m.role is None and m.place and _opens_dateline(view, m):
            m.role = "dateline"      # "WASHINGTON - ...", "صنعاء –": where the story was filed, not a party


def speakers(view: SentenceView) -> list[str]:
    """Actors that say something in the sentence ("قال X", "X said")."""
    out: list[str] = []
    if not view.of("speech"):
        return out
    pool = [m for m in _actor_mentions(view) if m.role in (None, "source")]
    for hit in view.of("speech"):
        m = _speaker_of(view, hit, pool)
        if m is not None and m.actor not in out:
            out.append(m.actor)
    return out


def _speaker_of(view: SentenceView, hit: Hit, pool: list[Mention]) -> Mention | None:
    """Who says what the speech verb `hit` introduces: the subject right after it ("قال X إن"), else
    the one before it ("X said")."""
    m = _speaker_right_after(view, hit, pool)
    if m is not None and m.place and m.i > 0 \
            and not lexicon().words_union("locative", "trip_origin").isdisjoint(view.tokens[m.i - 1].variants):
        m = None             # "عباس أعلن من وارسو أن ...": where he speaks, not who
    coordinated = view.tokens[hit.i].conj or (hit.i > 0 and view.tokens[hit.i - 1].key == "and")
    if m is None and coordinated and not _near_before(view, hit.i, 1, pool):
        # "X said Y 'no longer exists' and announced that ...": the first verb's speaker says the second too
        first = next((h for h in reversed(view.of("speech")) if h.j < hit.i), None)
        if first is not None:
            m = _speaker_of(view, first, pool)
    if m is None:
        m = _near_before(view, hit.i, 3, pool)
        if m is not None and coordinated:
            # "التقى X Y، وقال ...", "X met Y and said ...": the one who met, not whom he met
            verb = next((t for t in reversed(view.of("meeting")) if t.j <= m.i), None)
            if verb is not None:
                before = [x for x in pool if x.j <= verb.i]       # "X ... حيث التقى Y", "X met Y"
                after = [x for x in pool if verb.j <= x.i < m.i] if _is_arabic_tok(view.tokens[verb.i]) else []
                subject = (before or after or [m])[0]              # "التقى X Y": verb first
                if subject is not m and (a := view.actor(subject)) is not None and a.type == "person":
                    m = subject
    return m


def _speaker_right_after(view: SentenceView, hit: Hit, pool: list[Mention]) -> Mention | None:
    """The mention right after a speech verb when it is the speaker ("قال X إن", '"...," said X'), not
    what is said ("ذكرت ... أن X التقى", "said that X met"; "Peskov said Putin met Erdogan" is Putin's)."""
    m = _near_after(view, hit.j, 1, pool)
    if m is None or any(t.key in ("ان", "that") for t in view.tokens[hit.j:m.i]) or not speaks_after(view, hit):
        return None
    return m


def _call_parties(view: SentenceView, pool: list[Mention]) -> set[int]:
    """id() of the mentions in a "between" list right after a call's word ("a phone call between
    Biden and Netanyahu"): who spoke on the phone takes no part in a meeting of the sentence."""
    calls = {h.j for h in view.of("phone")} | {h.j + 1 for h in view.of("phone")}
    out: set[int] = set()
    for h in view.of("joined") + view.of("participation"):
        if any(0 <= p.i - h.j <= 2 for p in view.of("phone")):     # "while Erdogan joined by phone": a caller
            who = next((m for m in reversed(pool) if 0 <= h.i - m.j <= 1), None)
            if who is not None:
                out.add(id(who))
    for h in view.of("between"):
        if h.i in calls:
            first = _near_after(view, h.j, 1, pool)
            if first is not None:
                out |= {id(m) for m in _chain(view, first, pool, forward=True)}
    return out


def _contrast_between(view: SentenceView, a: int, b: int) -> bool:
    """A clause opener of its own subject ("فيما", "بينما", "while") lies between tokens a and b."""
    lo, hi = min(a, b), max(a, b)
    return any(lo < h.i < hi for h in view.of("contrast_openers"))


def _between_group(view: SentenceView, after: int, pool: list[Mention], slots: bool = False) -> list[Mention]:
    """The list after the first "between" from token `after` on; with `slots`, items may be
    delegations led by someone ("between an Israeli delegation led by X and Hamas"). A "between"
    right after a call's word names who spoke on the phone, not who met."""
    calls = {h.j for h in view.of("phone")} | {h.j + 1 for h in view.of("phone")}
    for h in view.of("between"):
        if h.i >= after and h.i in calls:
            return []
        if h.i >= after:
            m = _near_after(view, h.j, 1, pool)
            if m is not None:
                return between_items(view, m, pool) if slots else _chain(view, m, pool, forward=True)
            return []
    return []


def _delegation_members_for(view: SentenceView, group: list[Mention]) -> list[Mention]:
    """"بين إسرائيل ووفد فلسطيني يضم حركة حماس", "a Palestinian delegation including Hamas": the
    members named stand for the side (the most specific actors), not the state of the delegation."""
    includes = view.of("delegation_includes")
    if not includes:
        return group
    out = []
    for m in group:
        h = next((h for h in includes if 0 <= h.i - m.j <= 1), None)
        if h is not None and (a := view.actor(m)) is not None and a.type == "state" \
                and any(x.i >= h.j and x.i - h.j <= 1 for x in group):
            continue
        out.append(m)
    return out


def _words_to(view: SentenceView, a: int, b: int) -> int:
    """Tokens in [a, b), a third party's cue and its name not counted ("مفاوضات غير مباشرة بوساطة مصرية
    بين X وY": the "between" list is the talks' own)."""
    third = {k for h in view.hits if h.kind.startswith("cue:") and a <= h.i < b for k in range(h.i, h.j)} \
        | {k for m in view.mentions if m.role in _TP_ROLES and a <= m.i < b for k in range(m.i, m.j)}
    # "talks in Geneva on Sunday between X and Y": where and when they were held stand between too
    third |= {k for h in view.of("locative") + view.of("slot_skip") if a <= h.i < b for k in range(h.i, h.j)} \
        | {k for m in view.mentions if m.place and a <= m.i < b for k in range(m.i, m.j)}
    return b - a - len(third)


def _upgrade(view: SentenceView, actors: list[str], free: list[Mention]) -> list[str]:
    """Persons when named, otherwise their state: a state gives way to its persons in the sentence."""
    persons = [m.actor for m in free if (a := view.actor(m)) is not None and a.type == "person"]
    out: list[str] = []
    for ident in actors:
        actor = view.gaz.actors.get(ident)
        if actor is not None and actor.type != "person":
            reps = list(dict.fromkeys(p for p in persons if view.gaz.actors[p].affiliation == ident))
            if reps:
                out += [p for p in reps if p not in out]
                continue
        if ident not in out:
            out.append(ident)
    person_states = {view.gaz.actors[p].affiliation for p in out if p in view.gaz.actors and view.gaz.actors[p].type == "person"}
    return [a for a in out if a in view.gaz.actors and (view.gaz.actors[a].type == "person" or a not in person_states)]


def _negated(view: SentenceView, trigger: Hit) -> bool:
    window = 3
    for unsure in view.of("uncertain"):     # "did not say whether he would meet": however far
        if unsure.j <= trigger.i and any(n.j <= unsure.i and unsure.i - n.j <= 3
                                         for n in view.of("negation") + view.of("question_words")):
            return True                     # (or "asked whether he would meet", "سئل عما إذا كان سيلتقي")
    for neg in view.of("negation"):
        if any(f.i == neg.i for f in view.of("negation_false")):
            continue     # "غير أن الرئيسين التقيا": "however", no negation
        if any(m.i <= neg.i < m.j for m in view.mentions if m.actor):
            continue     # "غير بيدرسون": a word of a name
        # (the subject's name between, Arabic VSO: "رفض شيخ الأزهر أحمد الطيب لقاء بنس")
        gap = trigger.i - neg.j - sum(1 for k in range(neg.j, trigger.i) if any(
            m.i <= k < m.j for m in view.mentions if m.actor)) \
            if _is_arabic_tok(view.tokens[neg.i]) or view.tokens[neg.j - 1].key == "for" else trigger.i - neg.j
        # (and "no plans for Prime Minister Netanyahu to visit": the subject between, as in Arabic)
        if neg.j <= trigger.i and gap <= window:
            if not any(neg.j <= e.i < trigger.i for e in view.of("negation_exceptions")):
                return True
    return False


def _next_clause(view: SentenceView, i: int, end: int) -> int | None:
    """Where the next clause opened by a word ("كما", "فيما", "while", not "and" nor a comma) begins,
    from token i up to end: what follows tells another event and its date."""
    return min((h.i for h in view.of("clause_breaks") if i <= h.i < end and not view.tokens[h.i].punct
                and view.tokens[h.i].key != "and"), default=None)


def _regions(view: SentenceView, triggers: list[Hit]) -> list[tuple[tuple[int, int], Hit]]:
    """Split the sentence between consecutive triggers at the last clause break between them (or at
    "أعقبته", "followed by": the talks after it continue the meeting before, see _describes_previous)."""
    breaks = _breaks(view, "clause_breaks", "subordinate", "followed_by")
    cuts = []
    for t1, t2 in zip(triggers, triggers[1:]):
        between = [b for b in breaks if t1.j <= b < t2.i]
        if between:
            cuts.append(between[-1])
    if not cuts:
        return []
    bounds = [0] + cuts + [len(view.tokens)]
    regions = []
    for a, b in zip(bounds, bounds[1:]):
        trig = next((t for t in triggers if a <= t.i < b), None)
        if trig is not None:
            regions.append(((a, b), trig))
    return regions


def _received_him(view: SentenceView, trigger: Hit) -> bool:
    """The trigger is a reception with its guest as a pronoun ("في استقباله", "استقبالها"): whom the
    receivers named after it received is the person the sentence before was about."""
    return any(h.i <= trigger.i < h.j and view.tokens[h.i].key.startswith("استقبال") for h in view.of("self_triggers"))


def _joins_them(view: SentenceView, a: int, b: int) -> bool:
    """The clause [a, b) says someone joined "them" ("ينضم إليهما", "joined them")."""
    them = lexicon().words("joined_them")
    return any(a <= h.i < b and h.j < len(view.tokens) and not them.isdisjoint(view.tokens[h.j].variants)
               for h in view.of("joined"))


def _breaks(view: SentenceView, *kinds: str) -> list[int]:
    """Where the sentence's clauses break (hits of these kinds, in order), but not the "and" or comma
    inside a list of names ("when Putin and Rouhani met")."""
    breaks = sorted(h.i for kind in kinds for h in view.of(kind))
    return [b for b in breaks if not _inside_list(view, b)] if breaks and view.mentions else breaks


def _inside_list(view: SentenceView, b: int) -> bool:
    """The break word at ``b`` joins two names of one list: "Putin and Rouhani", or the comma of
    "Putin, Rouhani and Erdogan" (a list that goes on to its "and"; "Putin met Erdogan, Rouhani met
    Aliyev" is two clauses)."""
    ends = {m.j for m in view.mentions if m.actor}
    starts = {m.i: m.j for m in view.mentions if m.actor}
    if view.tokens[b].punct and (b + 1 not in starts or b not in ends):
        return _office_aside_in_list(view, b, ends, starts)
    if b not in ends or b + 1 not in starts:
        return False
    while view.tokens[b].punct:      # a comma: go along the list to its first word that is no comma
        if view.tokens[b + 1].conj and _is_arabic_tok(view.tokens[b + 1]):
            return True              # "بين A، ولي عهد أبوظبي، والرئيس B": the list's last item, after its "و"
        b = starts[b + 1]
        if b >= len(view.tokens) or b + 1 not in starts:
            return False
    return True


def _office_aside_in_list(view: SentenceView, b: int, ends: set[int], starts: dict[int, int]) -> bool:
    """The comma at ``b`` opens or closes an aside on a list item's office, after which the list's last
    item follows its "و" ("بين A، ولي عهد أبوظبي آنذاك، والرئيس B")."""
    toks = view.tokens
    for o in [b] if b in ends else [k for k in range(max(0, b - 8), b) if k in ends and toks[k].punct]:
        c = next((k for k in range(o + 1, min(o + 8, len(toks))) if toks[k].punct), None)
        if c is not None and b in (o, c) and c + 1 in starts and toks[c + 1].conj and _is_arabic_tok(toks[c + 1]) \
                and not any(o < h.i < c for kind in ("meeting", "visit") for h in view.of(kind)):
            return True
    return False


def _talks_after(view: SentenceView, triggers: list[Hit], free: list[Mention], least: int = 2) -> list[str]:
    """The sentence's opening subject ("Putin and Erdogan agreed ...") when its talks are told in an
    "after ..." clause with no one named there ("..., after six hours of talks in Sochi"); with
    ``least`` 1, a subject of one too (whom the clause's "talks with A" add to)."""
    words = lexicon().words("after_talks")
    if not any(not words.isdisjoint(view.tokens[k].variants) for t in triggers for k in range(max(0, t.i - 6), t.i)):
        return []
    first = next((m for m in free if m.i < triggers[0].i), None)
    if first is None or any(m.i < first.i and m.actor and m.role is None for m in view.mentions):
        return []
    group = [m for m in _chain(view, first, free, forward=True) if m.j <= triggers[0].i]
    if any(not words.isdisjoint(view.tokens[k].variants) for k in range(0, first.i)):
        return []       # the subject itself is inside the "after" clause
    actors = _upgrade(view, list(dict.fromkeys(m.actor for m in group)), group)
    return actors if len(actors) >= least else []


def _talks_with(view: SentenceView, triggers: list[Hit]) -> bool:
    """A trigger right before "with"/"مع" ("talks with A", "محادثات مع A"), or one with no subject of
    its own right after "after" ("announced ... after meeting A and B", "بعد لقائه A وB")."""
    return any(0 <= h.i - t.j <= 2 and view.tokens[h.i].key in ("with", "مع", "ومع")
               for t in triggers for h in view.of("slot_glue")) or _after_own_meeting(view, triggers) is not None


def _after_own_meeting(view: SentenceView, triggers: list[Hit]) -> Hit | None:
    """A trigger with no subject of its own right after "after" ("announced ... after meeting A and B",
    "بعد لقائه A وB"): the "after" word's hit, else None."""
    after = lexicon().words("after_talks")
    for t in triggers:
        if t.i > 0 and not after.isdisjoint(view.tokens[t.i - 1].variants) and (
                self_trigger(view, t) if _is_arabic_tok(view.tokens[t.i]) else view.tokens[t.i].key.endswith("ing")):
            return t
    return None


def _who_met_after(view: SentenceView, trigger: Hit, free: list[Mention]) -> str | None:
    """Whose is a meeting told as "after meeting A" ("the initiative Sisi announced in Cairo after meeting
    Haftar", "بعد زيارات قام بها الشرع ...، وبعد لقائه ماكرون"): the nearest person before "after",
    with no "that" between."""
    commas = [k for k, t in enumerate(view.tokens[:trigger.i]) if t.punct in (",", "،")]

    def in_closed_relative(m: Mention) -> bool:   # "Kerry, who leaves office when the Obama administration ends, set out"
        opened = max((c for c in commas if c < m.i), default=-1)
        return any(opened < r.i < m.i for r in view.of("relative")) and any(m.j <= c for c in commas)

    before = [m for m in free if m.j < trigger.i and _kind(view, m) == "person" and not in_closed_relative(m)]
    if not before or any(view.tokens[k].key in ("ان", "that") for k in range(before[-1].j, trigger.i)):
        return None
    return before[-1].actor


def _companions(view: SentenceView, free: list[Mention], pair: list[str] | None = None,
                prev_subject: str | None = None) -> tuple[str, list[str]] | None:
    """"X was accompanied by A and B": X and the persons after the cue; "The two leaders were joined by
    A and B": the last pair's first person (the meeting told before is theirs); "He was accompanied by
    A": the person the sentence before was about."""
    he = lexicon().words("pronoun_subject")
    for hit in view.of("accompanied"):
        if _later_trip(view, hit):
            continue          # "التقى X Y، قبل أن يتوجه إلى الموصل برفقة Z": Z goes on the later trip only
        before = [m.actor for m in free if m.j <= hit.i and (a := view.actor(m)) is not None and a.type == "person"]
        if not before and prev_subject and 0 < hit.i <= 2 and not he.isdisjoint(view.tokens[0].variants) \
                and not _is_arabic_tok(view.tokens[0]):
            before = [prev_subject]   # "She was accompanied by Foreign Minister Antonio Tajani"
        if not before and pair and any(h.j <= hit.i for h in view.of("dyad_persons")):
            before = pair[:1]
        if not before and pair and hit.i <= 1 and _is_arabic_tok(view.tokens[hit.i]):
            before = pair[:1]     # "ورافقه في الزيارة X" opening a sentence: "him" is who came to the last meeting
        first = next((m for m in free if m.i >= hit.j), None)
        if not before or first is None:
            continue
        group = [m.actor for m in between_items(view, first, free)
                 if (a := view.actor(m)) is not None and a.type == "person" and m.actor != before[-1]]
        if group:
            return before[-1], list(dict.fromkeys(group))
    for hit in view.of("accompanies"):     # "ويرافق رئيسي في زيارته وزير الخارجية X": Raisi, then X
        persons = [m for m in free if m.i >= hit.j and (a := view.actor(m)) is not None and a.type == "person"]
        if len(persons) >= 2 and persons[0].i - hit.j <= 1:
            group = [m.actor for m in between_items(view, persons[1], free)
                     if (a := view.actor(m)) is not None and a.type == "person" and m.actor != persons[0].actor]
            if group:
                return persons[0].actor, list(dict.fromkeys(group))
    return None


def _hosting(view: SentenceView, pool: list[Mention], free: list[Mention], kind: str = "person"
             ) -> tuple[str, list[str]] | None:
    """A person (or with `kind`, a state) who hosts named guests (a host cue, no meeting word): the host
    and the guests."""
    host = next((m for m in pool if m.role == "host" and (a := view.actor(m)) is not None and a.type == kind), None)
    if host is None:
        return None
    first = next((m for m in free if m.i >= host.j), None)
    if first is None:
        return None
    chained = _chain(view, first, free, forward=True)
    if kind == "state":       # "hosts X and his Ukrainian counterpart Y": every person up to the clause's end
        stop = min((h.i for h in view.of("clause_breaks") if h.i >= host.j and view.tokens[h.i].punct),
                   default=len(view.tokens))
        chained = [m for m in free if host.j <= m.i < stop and _kind(view, m) == "person"] or chained
    guests = _upgrade(view, list(dict.fromkeys(m.actor for m in chained)), free)
    guests = [g for g in guests if g != host.actor]
    return (host.actor, guests) if guests else None


def _brought_together(view: SentenceView, free: list[Mention], out: list[Candidate],
                      pair: list[str] | None = None) -> Candidate | None:
    """"تعمل روسيا على جمع أردوغان والأسد", "offered to bring together Putin and Zelensky": a meeting of
    the two or more named right after the word, whose mediator is the one named right before it;
    proposed when the word is sought ("على جمع", "لجمع", "to bring together"). The sentence's meeting of
    the same parties ("... في لقاء") is that one; a new one is added to `out` otherwise. "لجمعهما", "to
    bring them together": the pair of persons told before (`pair`)."""
    sought_words = lexicon().words("bring_together_sought")
    done_words = lexicon().words("bring_together_done")
    told = view.of("meeting") + view.of("relative")
    them = lexicon().words("bring_together_pair")
    for hit in view.of("bring_together"):
        if any(" ".join(t.key for t in view.tokens[hit.i:hit.j]) == w or w in view.tokens[hit.i].variants
               for w in them):
            if not pair or len(pair) != 2 or any(0 <= hit.i - t.j <= 1 for t in told):
                continue
            parties = list(pair)                     # "محاولة مصرية لجمعهما": the two told before
            own = True                               # (their other meeting in the sentence is another)
        else:
            own = False
            first = _near_after(view, hit.j, 0, free)
            if first is None or any(0 <= hit.i - t.j <= 1 for t in told):
                continue     # "لقاء جمع X وY", "اجتماعاً موسعاً جمع", "الذي جمع": the meeting noun's own verb
            parties = list(dict.fromkeys(m.actor for m in _chain(view, first, free, forward=True)))
        if len(parties) < 2:
            continue
        others = sorted((m for m in free + [x for x in view.mentions if x.role == "arranger"] if m.actor not in parties),
                        key=lambda m: m.i)      # ("تسعى أنقرة": the arranger cue's subject brokers it)
        broker = _near_before(view, hit.i, 3, others)
        tried = next((t for t in reversed(view.of("bring_together_tried")) if 0 <= hit.i - t.j <= 5), None)
        verb = tried or next((t for t in reversed(view.of("bring_together_tried")) if 0 <= hit.i - t.j <= 14), None)
        subject = _near_after(view, verb.j, 0, others) \
            if verb is not None and _is_arabic_tok(view.tokens[verb.i]) else None
        if subject is not None and subject.i < hit.i:
            broker = subject     # "وتسعى أنقرة منذ أشهر إلى جمع X وY" (and "وتسعى الدوحة، بالتنسيق مع A، إلى
                                 # جمع": the partners before the word broker nothing): the verb's subject
        elif broker is None and tried is not None:   # "وكانت مصر قد حاولت في فبراير الماضي جمع X وY": who tried
            broker = _near_before(view, tried.i, 3, others)
        sought = tried is not None or view.tokens[hit.i].key not in done_words or any(   # "مقترح الرئيس بوتين جمع":
            k > 0 and not sought_words.isdisjoint(view.tokens[k - 1].variants)         # before the broker too
            for k in (hit.i, broker.i if broker is not None else 0))
        meeting = None if own else next((c for c in out if c.kind == "meeting" and set(c.participants) == set(parties)
                                         and not c.negated), None)   # (not "بعدما رفض حفتر لقاء السراج": refused)
        if meeting is None:
            meeting = Candidate("meeting", [view.sentence], participants=parties, confidence=0.7,
                                mentioned={m.actor for m in view.mentions if m.actor})
            meeting.place = _place(view, hit)
            if own:          # dated by its own clause ("..., فيما أخفقت في فبراير الماضي محاولة مصرية لجمعهما")
                meeting.span = (max((b.j for b in view.of("clause_breaks") if b.j <= hit.i), default=0),
                                len(view.tokens))
            out.append(meeting)
        if sought:
            meeting.status = "proposed"
        if broker is not None:
            meeting.add_third("mediator", broker.actor)
        return meeting
    return None


def _signers(view: SentenceView, free: list[Mention]) -> list[str]:
    """Who sign together: a list of two or more right before the verb ("فتح وحماس توقعان", "X and Y
    signed") or right after it ("وقّع الرئيس X وقائد قسد Y"); nobody else of the sentence."""
    for hit in view.of("signing"):
        what = next((h for h in view.of("agreement") if h.i >= hit.j), None)
        if what is not None:     # "وقّع X وقائد «قسد» Y، مساء أمس في دمشق، اتفاقاً": whoever stands before the object
            inside = [m for m in free if hit.j <= m.i and m.j <= what.i]
            named = _upgrade(view, list(dict.fromkeys(m.actor for m in inside)), inside)
            if inside:
                named = [a for a in _signed_with(view, hit, inside[0], _near_before(view, hit.i, 1, free), free)
                         if a not in named] + named
            with_ = next((k for k in range(what.j, min(what.j + 3, len(view.tokens)))
                          if view.tokens[k].key in ("مع", "with")), None)
            if len(named) == 1 and with_ is not None:
                # "وقّع X معاهدة السلام مع Y": the one who signed it with him
                other = next((m for m in free if m.i == with_ + 1 and _kind(view, m) == "person"), None)
                if other is not None and other.actor not in named:
                    named.append(other.actor)
            if len(named) >= 2:
                return named
        before = _near_before(view, hit.i, 1, free)
        if before is None and hit.i > 0 and view.tokens[hit.i - 1].punct == ",":
            last = last_mention_before(free, hit.i)     # "X and Y, head of the Z Movement (ZM), signed":
            if last is not None and hit.i - last.j <= 12 and any(     # past the apposition set off by commas
                    view.tokens[k].punct == "," for k in range(last.i, min(last.j + 1, hit.i - 1))):
                before = last
        after = _near_after(view, hit.j, 2, free)
        for m, forward in ((before, False), (after, True)):
            if m is None:
                continue
            group = list(dict.fromkeys(x.actor for x in _chain(view, m, free, forward=forward)))
            if forward:
                group = _signed_with(view, hit, m, before, free) + group
            if len(group) >= 2:
                return group
        between = [h for h in view.of("between") if hit.j <= h.i <= hit.j + 4]
        if between:       # "توقيع الإعلان الثلاثي بين المغرب والولايات المتحدة وإسرائيل": the sides signed
            group = list(dict.fromkeys(m.actor for m in _between_group(view, between[0].i, free)))
            if len(group) >= 2:
                return group
    return []


def _signed_with(view: SentenceView, hit: Hit, first: Mention, before: Mention | None,
                 free: list[Mention]) -> list[str]:
    """"وقّع X مع A وB", "حيث وقّع الاثنين مع A وB": whoever signed with those after "مع" (the subject
    before the verb, or after "حيث" the clause's first person); empty when "مع" does not lead them."""
    if first.i == 0 or view.tokens[first.i - 1].key not in ("مع", "with"):
        return []
    where = any(view.tokens[k].key in ("حيث", "where") for k in range(max(0, hit.i - 2), hit.i))
    subject = before or (next((x for x in free if x.j <= hit.i and _kind(view, x) == "person"), None)
                         if where else None)
    return [subject.actor] if subject is not None and subject.actor and subject.i < first.i else []


def _signed_apart(view: SentenceView, triggers: list[Hit], free: list[Mention]
                  ) -> tuple[list[str], list[Mention], tuple[int, int]] | None:
    """Those who sign together in a clause of their own, their mentions and the clause, when the
    sentence's meeting words all stand in other clauses (None otherwise)."""
    hit = view.of("signing")[0]
    start = max((b.j for b in view.of("clause_breaks") if b.j <= hit.i), default=0)
    end = min((b.i for b in view.of("clause_breaks") if b.i >= hit.j), default=len(view.tokens))
    if any(start <= t.i < end for t in triggers):
        return None
    inside = [m for m in free if start <= m.i and m.j <= end]
    signers = _signers(_region_view(view, start, end), inside)
    return (signers, [m for m in inside if m.actor in signers], (start, end)) if len(signers) >= 2 else None


def _describes_previous(view: SentenceView, trig: Hit) -> bool:
    """"..., في اجتماع مغلق حضره X", "..., in a closed meeting attended by X": the noun after "in"
    describes the meeting the sentence has just told, and its attendees join it."""
    after = view.of("joined") + view.of("participation")
    if any(0 <= trig.i - h.j <= 1 for h in view.of("followed_by")) and any(0 <= h.i - trig.j <= 3 for h in after):
        return True      # "عقدا لقاءً ثنائياً أعقبته محادثات موسعة شارك فيها A وB": the same talks, A and B joining
    if not any(0 <= trig.i - h.j <= 2 for h in view.of("locative")):
        return False
    agent = [h for h in view.hits if h.kind in ("cue:mediator", "cue:sponsor", "cue:host") and h.look in ("after", "either")]
    return any(0 <= h.i - trig.j <= 2 for h in after) or any(h.i == trig.j for h in agent)   # ("in a meeting
    # arranged by X", "في اجتماع استضافه X": the agent cue right after the noun)


def _apposed_noun(view: SentenceView, trig: Hit, a: int) -> bool:
    """A meeting noun right after a comma that opens its clause (", the first meeting between the two leaders,",
    "، أول لقاء بينهما"): it names the meeting just told, not another."""
    verbs = view.of("meeting_verbs") + view.of("met_verbs") + view.of("reception_verbs")
    opens = next((k for k in range(a, trig.i + 1) if not view.tokens[k].punct), trig.i)
    comma = any(view.tokens[k].punct in (",", "،") for k in range(max(0, a - 1), opens))
    words = lexicon().words("apposed_openers")
    return comma and trig.i - opens <= 3 and not any(v.i == trig.i for v in verbs) \
        and all(not words.isdisjoint(view.tokens[k].variants) for k in range(opens, trig.i))
    # (not "، خلال اجتماع عقداه", "during talks they held", nor "، واتفقا على مواصلة المشاورات": another clause)


_OCCASION_KINDS = ("own_tour", "sidelines")


def _region_view(view: SentenceView, a: int, b: int, told: frozenset[int] = frozenset()) -> SentenceView:
    """The same sentence restricted to tokens [a, b) (mentions and hits inside it, and the occasion told
    before it: "على هامش المنتدى، التقى X A وB", "خلال مشاركته في القمة، ...": one meeting each), without
    the meeting words at ``told`` (their meetings already made)."""
    mentions = [m for m in view.mentions if a <= m.i and m.j <= b]
    hits = [h for h in view.hits if (a <= h.i and h.j <= b or h.j <= a and h.kind in _OCCASION_KINDS)
            and not (h.i in told and h.kind in _TOLD_KINDS)]
    return SentenceView(view.sentence, view.tokens, mentions, hits, view.gaz)


# The kinds of a meeting word whose meeting another rule has made (see _region_view).
_TOLD_KINDS = frozenset({"meeting", "met_verbs", "meeting_verbs", "reception_verbs", "visit"})

# Words for the group of states a meeting of three or four brought together, and its size.
_GROUP_WORDS = (("group3_words", 3), ("group4_words", 4))
_PERSONS_WORDS = (("persons3_words", 3), ("persons4_words", 4))


def update_persons_group(group: list[str], found: list[Candidate], gaz: Gazetteer) -> list[str]:
    """The persons of the last meeting of three or four persons: what "the three leaders" and
    "القادة الثلاثة" refer to later."""
    for c in found:
        if c.kind != "meeting":
            continue
        present = _present(c, gaz)
        if len(present) in (3, 4) and all(
                gaz.actors.get(p) is not None and gaz.actors[p].type == "person" for p in present):
            group = present      # ("استضاف X A وB ...، وكان الوزراء الثلاثة قد التقوا": the host is one of them)
    return group


def update_group(group: list[str], found: list[Candidate], gaz: Gazetteer) -> list[str]:
    """The sides (states, or a person's state) of the last meeting of three or four sides: what "the
    three countries" and "الدول الثلاث" refer to later."""
    for c in found:
        if c.kind == "meeting":
            sides = list(dict.fromkeys(_side(gaz, p) for p in c.participants))
            if len(sides) in (3, 4) and all(gaz.actors.get(x) is not None and gaz.actors[x].type == "state" for x in sides):
                group = sides
    return group


# The hit kinds without which a sentence makes no candidate (besides the "cue:" kinds).
_STATING_KINDS = ("meeting", "discussed_with", "anaphoric_meeting", "visit", "shuttle", "mediation", "agreement",
                  "signing", "accompanied", "welcome_verbs", "call_on", "joined_it", "spoke_with", "accompanies",
                  "joint_press", "handover", "bring_together", "summons_verbs", "credentials_verbs")


def _named_traveller(view: SentenceView, free: list[Mention]) -> str | None:
    """The person named right after a travel verb that opens the sentence ("ويتوجه عباس غداً إلى
    أنقرة"): the verb's subject is named, so the dropped subject of a later verb is he, not the
    person of the sentence before."""
    for h in view.of("pronoun_subject"):
        if h.i == 0:
            m = next((m for m in free if m.i == h.j), None)
            if m is not None and (a := view.actor(m)) is not None and a.type == "person":
                return m.actor
    return None


def _when_subject(view: SentenceView, trigger: Hit, free: list[Mention]) -> str | None:
    """"وتعود آخر زيارة لعباس إلى دمشق إلى عام 2009، حين التقى الأسد": a meeting verb right after "when"
    with no subject of its own; its subject is the first person the sentence names before "when"."""
    when = next((h for h in view.of("when_words") if 0 <= trigger.i - h.j <= 1), None)
    if when is None:
        return None
    return next((m.actor for m in free if m.j <= when.i and (a := view.actor(m)) is not None
                 and a.type == "person"), None)


def _attendee(view: SentenceView, triggers: list[Hit], free: list[Mention], prev_subject: str | None) -> str | None:
    """Who attends the meeting with others ("للمشاركة في قمة مع A", "attended a summit ... with A"): the
    person named before the attendance word, else, after a pronoun subject, the one just named."""
    attend = [h for h in view.of("to_attend") if 0 <= triggers[0].i - h.j <= 3]
    if not attend or not any(0 <= w.i - t.j <= 12 and view.tokens[w.i].key in ("with", "مع", "ومع")
                             for t in triggers for w in view.of("slot_glue")):
        return None
    before = [m for m in free if m.j <= attend[0].i and (a := view.actor(m)) is not None and a.type == "person"]
    if before:
        return before[0].actor
    if prev_subject and any(p.i < attend[0].i for p in view.of("pronoun_subject")):
        return prev_subject
    return None


def _when_since(view: SentenceView, trigger: Hit) -> bool:
    """"his first trip since April 2022, when he was received by X", "منذ عام 2009، حين التقى X": the
    meeting after "when" is of an earlier visit."""
    since = lexicon().words("past_visit_since")
    return any(0 <= trigger.i - w.j <= 3 and any(not since.isdisjoint(t.variants) for t in view.tokens[:w.i])
               for w in view.of("when_words"))


def _when_pronoun(view: SentenceView, trigger: Hit) -> bool:
    """"..., when he was received by King Salman": "when", then a pronoun subject, then the verb."""
    return any(0 <= p.i - w.j <= 1 and 0 <= trigger.i - p.j <= 2
               for w in view.of("when_words") for p in view.of("pronoun_subject"))


def _third_parties_near(pool: list[Mention], anaphoric: list[Hit]) -> list[Mention]:
    """Sponsors, mediators and hosts within three tokens of a noun naming the meeting told before
    ("the talks, hosted by X", "وجرى التوقيع برعاية X")."""
    return [m for m in pool if m.role in ("sponsor", "mediator", "host")
            and any(min(abs(m.i - h.j), abs(h.i - m.j)) <= 3 for h in anaphoric)]


def _one_other_state(view: SentenceView, participants: list[str], other: str) -> bool:
    """Every participant a person of one state, which is not the state of ``other`` (so they are the
    objects of his verb, not two of one side meeting each other)."""
    states = {a.affiliation if a.type == "person" else None for p in participants if (a := view.gaz.actors.get(p)) is not None}
    mine = view.gaz.actors.get(other)
    return len(states) == 1 and None not in states and mine is not None and (mine.affiliation or other) not in states


def _also_opens(view: SentenceView, trigger: Hit) -> bool:
    """"كما التقى X", "وسبق أن زار الصين": an Arabic sentence opening with "also" (or another word of
    dropped_subject_openers) and the verb, whose one name is its object; the subject is the one just named."""
    tok = view.tokens[trigger.i]
    if trigger.i == 0:
        return _is_arabic_tok(tok) and tok.key[:1] == "و" and not _definite_noun(view, trigger)
    openers = lexicon().words("dropped_subject_openers")
    return 0 < trigger.i <= 3 and _is_arabic_tok(tok) and not _definite_noun(view, trigger) \
        and all(t.key in openers for t in view.tokens[:trigger.i])


def _relative_asides(view: SentenceView) -> set[int]:
    """Tokens of relative clauses set off by commas after a name ("، الذي طالب بالضغط على إسرائيل،",
    ", who called for pressure on Israel,") that tell no meeting, visit or call of their own."""
    toks = view.tokens
    out: set[int] = set()
    if not view.of("relative"):
        return out           # (most sentences: no need to gather what the clauses tell)
    told = {h.i for kind in ("meeting", "visit", "phone", "anaphoric_meeting", "participation", "slot_glue", "chairs",
                             "led_by", "heads_delegation", "accompanied", "signing")
            for h in view.of(kind)} | {h.i for h in view.hits if h.kind.startswith("cue:")}
    for r in view.of("relative"):
        if r.i < 2 or toks[r.i - 1].punct not in (",", "،") or not any(m.j == r.i - 1 and m.actor for m in view.mentions):
            continue
        if not any(t.j < r.i for t in view.of("meeting")):
            continue         # ("Barrack, who is also the ambassador to Turkey, met ..."): no object of a meeting before it
        end = next((k for k in range(r.j, len(toks)) if toks[k].punct), len(toks))
        if not any(r.j <= k < end for k in told):
            out.update(range(r.j, end))
    return out


def _pronoun_opens(view: SentenceView, trigger: int, free: list[Mention]) -> bool:
    """The sentence's subject is a pronoun for the one just named: it opens the sentence ("He is due
    to meet"), or comes after a short opening with no name in it and before the trigger ("On
    Saturday he also met", "On Tuesday in Doha, he met")."""
    return any((h.i == 0 or h.i <= 6 and h.i < trigger and not any(m.i < h.i and not m.place for m in free))
               and not any(m.i == h.j and _kind(view, m) == "person" for m in free)
               for h in view.of("pronoun_subject"))     # (a city before it is no name: "From Riyadh he flew")
    # (not "أن يتوجه الرئيس الفرنسي غداً إلى ...": the verb's own subject follows it)


def _apart(view: SentenceView) -> list[Hit]:
    """The words saying one subject met each of the others apart: "separately", and meetings in the plural
    ("held meetings with A and B", "لقاءات مع") unless a word of a joint meeting is there ("three-way meetings")."""
    plural = view.of("plural_meetings")
    if view.of("each_object"):    # "استقبل X كلاً من A وB": each of them (not "تشمل الجولة كلاً من", a tour)
        tour = {h.i for h in view.of("visit")}
        plural = plural + [h for h in view.of("each_object")
                           if any(0 <= h.i - t.j <= 20 and t.i not in tour for t in view.of("meeting"))]
    return view.of("separately") + (plural if plural and not view.of("joint_words") else [])


def _separate_lead(view: SentenceView, triggers: list[Hit], participants: list[str], free: list[Mention],
                   prev_subject: str | None) -> str | None:
    """Who holds "separate talks with A and B" when the two participants found stand after the verb:
    the person named before it, or the one "he" stands for; "" when there is no one (A and B did not
    meet each other); None when the participants are not all objects of a "separately" verb."""
    start = triggers[0].i
    placed = {m.actor: m.i for m in reversed(free)}
    spots = [placed.get(a, -1) for a in participants]
    last = max((m.j for m in free if m.actor in participants), default=-1)
    if not any(start - 1 <= h.i <= triggers[-1].j or (min(spots) < h.i < max(spots) and view.tokens[h.i - 1].punct)
               or 0 <= h.i - last <= 3 and any(t.j == h.i for t in view.of("meeting"))
               for h in _apart(view)):    # (or "to see A and, separately, B"; "... A وB في لقاءين منفصلين")
        return None
    if not all(placed.get(a, -1) >= triggers[0].j for a in participants):
        return None
    before = [m.actor for m in free if m.j <= start and m.actor not in participants
              and (a := view.actor(m)) is not None and a.type == "person"]
    if before:
        return before[0]
    if prev_subject and prev_subject not in participants and any(h.i < start for h in view.of("pronoun_subject")):
        return prev_subject
    if prev_subject and prev_subject not in participants and _is_arabic_tok(view.tokens[start]) \
            and all(view.tokens[k].key in ("كما", "ثم") for k in range(start)):
        return prev_subject      # "كما التقى A وB في لقاءين منفصلين": the verb's subject the one told before
    return ""


def _tour_hosts(view: SentenceView, found: list[Candidate], visitor: str, states: list[str]) -> dict[str, str]:
    """The one person of each toured state whom the sentence's meeting without the traveller names
    ("... for talks with A and B"); that meeting is taken out of ``found``: its persons met him, one in
    each state. Empty when no such meeting names only persons of the toured states, one each."""
    for c in found:
        if c.kind != "meeting" or c.visit or not c.participants or visitor in c.participants:
            continue
        of = {p: a.affiliation for p in c.participants if (a := view.gaz.actors.get(p)) is not None and a.type == "person"}
        if len(of) == len(c.participants) >= 2 and set(of.values()) <= set(states) \
                and len(set(of.values())) == len(of):
            found.remove(c)
            return {state: p for p, state in of.items()}
    return {}


def sentence_candidates(view: SentenceView, dyad: list[str], subject: Mention | None = None,
                        inner: bool = False, pair: list[str] | None = None,
                        prev_subject: str | None = None, states_group: list[str] | None = None,
                        persons_group: list[str] | None = None, prev_persons: list[str] | None = None,
                        prev_visitor: str | None = None, listed: bool = False) -> list[Candidate]:
    """Meetings, mediations and denials stated in one sentence (`prev_persons`: the persons free to
    take part in the stating sentence before, whom "each man" may name; `prev_visitor`: who came from
    abroad to the last meeting told, whom "the visit" names; `listed`: the sentence is a timeline's
    dated entry, whose dropped subject is `prev_subject`, the person the list is about)."""
    if dyad and view.of("dyad_movements") and any(
            view.gaz.actors[x].type == "state" for x in dyad if x in view.gaz.actors):
        dyad = []         # "بين الحركتين": the two movements, not the two states named last
    if not view.cue_kinds and not any(map(view.of, _STATING_KINDS)) and not view.of("told_verbs"):   # (hits: a list)
        return []       # no trigger, cue or third-party word: the sentence states nothing by itself
    if not inner:
        assign_roles(view)
    out: list[Candidate] = []
    covered = {k for m in view.mentions for k in range(m.i, m.j)}
    generic_ends = {h.j for h in view.of("generic")}
    if generic_ends and view.of("negation"):      # "لم يعقد أي لقاء مع X", "had not held any meeting with X":
        generic_ends = {k for k in generic_ends     # no particular meeting, but a negated one whoever says so denies
                        if not any(h.i == k and _negated(view, h) for h in view.of("meeting"))}
    phone = view.of("phone")
    withs = [h.i for h in view.of("slot_glue") if view.tokens[h.i].key in ("مع", "ومع", "with")]
    discussed = [h for h in view.of("discussed_with") if view.tokens[h.i].key.lstrip("و") in view.tokens[h.i].variants
                 and (view.tokens[h.i].key[:1] != "ل" or any(v.j <= h.i for v in view.of("visit") + view.of("departure")))
                 and any(0 < w - h.i <= 10 for w in withs)   # ("يصل X إلى القاهرة لبحث ... مع Y": the trip's purpose)
                 and not (h.i > 0 and not lexicon().words("passive_aux").isdisjoint(view.tokens[h.i - 1].variants))
                 and not phone]       # "بحث X مع Y في اتصال هاتفي": a call wherever the sentence says so
    # ("the mechanism was being discussed with the participation of ...": no one discussed with anyone)
    if view.any("spoke_with") and not phone and _on_sidelines(view):        # "تحدثت مع X على هامش المؤتمر"
        discussed += [h for h in view.of("spoke_with") if not _is_arabic_tok(view.tokens[h.i])
                      or any(0 < w - h.i <= 3 for w in withs)]
    welcomed = [h for h in view.of("welcome_verbs") if _person_welcomed(view, h)]   # "welcomes Syria's Sharaa"
    welcomed += [h for h in view.of("handover") if any(   # "سلّم X Y رسالة", "handed X the draft": a person to hand it to
        0 < d.i - h.j <= 15 and any(h.j <= m.i and m.j <= d.i and (a := view.actor(m)) is not None and a.type == "person"
                                    for m in view.mentions) for d in view.of("documents"))]
    welcomed += [h for h in view.of("call_on") if _person_called_on(view, h)]       # "called on the patriarch"
    welcomed += [h for h in view.of("credentials_verbs") if any(    # "تسلّم X، أمس، أوراق اعتماد السفير Y"
        0 <= c.i - h.j <= (14 if _is_arabic_tok(view.tokens[h.i]) else 3) for c in view.of("credentials_nouns"))]
    welcomed += [h for h in view.of("told_verbs") if _told_in_person(view, h)]      # "told Pence in Amman on Sunday"
    triggers = [h for h in sorted(view.of("meeting") + discussed + welcomed, key=lambda h: h.i) if h.i not in covered
                and h.i not in generic_ends and not any(abs(p.i - h.i) <= 3 for p in phone)]
    if view.any("press_conference"):      # "قال في مؤتمر صحفي", "told a news conference": said, not met
        triggers = [h for h in triggers if not any(p.i <= h.i < p.j for p in view.of("press_conference"))]
    occasions = {k for m in view.mentions if m.role == "occasion" for k in (m.i - 1, m.j)}
    triggers = [h for h in triggers if h.i not in occasions]   # "at the NATO summit": where, not a meeting
    if len(triggers) >= 2 and not inner:
        triggers = _past_opening_phrase(view, triggers)
    if triggers and view.any("counterfactual"):
        triggers = [t for t in triggers if not _counterfactual(view, t)]
    anaphoric = [h for h in view.of("anaphoric_meeting") if h.i not in covered]
    if not anaphoric and not triggers and not view.of("signing"):
        anaphoric = view.of("joined_it")    # "كما حضرها X": "it" is the meeting told before
    if view.of("meeting_included"):   # "the meeting brought together": the verb tells no meeting of its own
        triggers = [t for t in triggers if not any(v.i <= t.i < v.j for v in _meeting_included(view, anaphoric))]
    told_meeting = bool(triggers)
    toured = visits(view, [m for m in view.mentions if (m.actor and m.role in (None, "location") and not _is_media(view, m)
                                                        and not _is_master(view, m)) or (m.place and not m.actor)],
                    prev_subject, prev_visitor) \
        if not inner and (view.any("visit") or view.any("talks_in")) else []
    earlier_stops = _earlier_stops(view, toured) if not inner and (view.of("stops_before") or toured and view.of("subordinate")) \
        else []
    toured = toured + earlier_stops
    for *_, dests in toured:
        for m in dests:
            if m.role in (None, "location"):
                m.role = "visited"       # where a visit goes, not who meets (region views too)
    destinations = {id(m) for *_, dests in toured for m in dests}
    tours = {hit.i for hit, _, states, _ in toured if len(states) >= 2}
    # "منذ زيارة أردوغان لمقديشو": a visit noun whose genitive visits the state after it is that visit alone,
    # no meeting word for the sentence's other persons
    tours |= {hit.i for hit, visitor, _, dests in toured if _is_arabic_tok(view.tokens[hit.i])
              and any(m.i == hit.j and m.actor == visitor for m in view.mentions)
              and any(m.i == next((x.j for x in view.mentions if x.i == hit.j), -1) for m in dests)}
    if tours:               # "جولة تشمل مصر والجزائر", "a tour of Egypt and Algeria": one visit per state, no joint meeting
        triggers = [t for t in triggers if t.i not in tours]
        told_meeting = bool(triggers)
    mediation_cues = view.of("mediation")
    pool = _actor_mentions(view)
    callers = _call_parties(view, pool) if phone else set()
    free = [m for m in pool if m.role is None and not _is_media(view, m) and id(m) not in destinations
            and id(m) not in callers]
    aside = _relative_asides(view)
    if aside:     # "التقى X الرئيس عون، الذي طالب بالضغط على إسرائيل، ...": what he asked, not who met
        free = [m for m in free if m.i not in aside]
    signed_apart = _signed_apart(view, triggers, free) if told_meeting and not anaphoric and view.of("signing") \
        and not view.of("joined_it") and not phone and not inner else None   # (not "عقب محادثات حضرها A وB")
    if signed_apart:      # "أن X وY وقّعا مذكرة، وأن Z سيزور W": the signers are not the visit's
        free = [m for m in free if id(m) not in {id(x) for x in signed_apart[1]}]
    owners = _media_owners(view, pool)
    mentioned = {m.actor for m in pool if id(m) not in owners}
    if owners:            # "the Israeli newspaper Haaretz reported": the owner of the outlet takes no part
        free = [m for m in free if id(m) not in owners]
    companions = _companions(view, free, pair, prev_subject) if view.of("accompanied") or view.of("accompanies") \
        else None
    # "ورافقه X", "accompanied by X", "يرافق رئيسي وزير الخارجية X"
    if companions and triggers and all(any(o.i <= t.i < o.j for o in view.of("own_visit")) for t in triggers):
        triggers, told_meeting = [], False    # "... في زيارته", "on his visit": the visit told before, theirs too
    spoke = speakers(view)
    sources = [m.actor for m in pool if m.role == "source"]
    med_cue_spans = {(h.i, h.j) for h in mediation_cues}
    tp_from_mediation_cue = set()
    for hit in view.of("cue:mediator") + view.of("cue:sponsor") if med_cue_spans else ():
        if any(a <= hit.i < b for a, b in med_cue_spans):
            tp_from_mediation_cue.add(hit.i)

    met_in: dict[int, set[str]] = {}      # a visit's word -> the states whose people the visitor met during it
    met_by: dict[str, set[str]] = {}      # the visitor -> those states
    told_words: set[int] = set()          # their meeting words: no meeting of a region again
    made_during: list[Candidate] = []     # the meetings made so
    for verb, visit, span, groups in _met_during(view, toured, free) if toured and view.of("met_during") and not inner else ():
        dests = next((d for h, _, _, d in toured if h.i == visit.i), [])
        for participants in groups:     # "زيارة أجراها X إلى بنغازي، التقى خلالها A وB": X met A, and X met B
            c = _meeting(view, participants, [verb], pool, sources, spoke, mentioned, tp_from_mediation_cue,
                         bool(mediation_cues), group=False, by_slot=True, anaphoric=False)
            # where the visit went, else a place its own clause names ("..., التقى خلالها X وY في القدس")
            c.place = next((m.place for m in dests if m.place), None) or _place(_region_view(view, *span), verb)
            c.span = span       # the date of the visit's clause
            out.append(c)
            made_during.append(c)
            met_in.setdefault(visit.i, set()).update(
                a.affiliation if a.type == "person" else a.id for p in participants[1:]
                if (a := view.gaz.actors.get(p)) is not None)
            met_by.setdefault(participants[0], set()).update(met_in[visit.i])
        told_words |= {verb.i, visit.i}
    meeting: Candidate | None = None
    named = _named_talks(view, triggers)
    if named:         # "المحادثات الإيرانية الأمريكية", "جولة ثانية من المحادثات": new talks, not the ones before
        anaphoric = [h for h in anaphoric if h.i not in {t.i for t in named}]
    if triggers and all(_definite_noun(view, t) and t not in named and not _agreed_on(view, t) for t in triggers) and not any(
            (g := _between_group(view, t.j, free)) and _words_to(view, t.j, g[0].i) <= 4 for t in triggers):
        anaphoric = anaphoric or triggers
        triggers = []
    if len(triggers) >= 2 and view.of("separately"):
        # "X met A and B, ..., in separate meetings", "في لقاءين منفصلين": the last noun says how they met
        triggers = [t for t in triggers if t is triggers[0] or not (
            any(h.j == t.i or h.i == t.j for h in view.of("separately")) and not any(m.i > t.i for m in free))]
    fresh = [t for t in triggers if not _definite_noun(view, t) or t in named]
    if fresh and len(fresh) < len(triggers):
        # "التقى X، عشية القمة، A وB", "met, during the summit, A and B": the summit frames the verb's time
        frames = [h.j for h in view.of("frame_words")]
        triggers = [t for t in triggers if t in fresh or t.i < fresh[0].i
                    or not any(0 <= t.i - j <= 2 for j in frames)]
    if fresh and len(fresh) < len(triggers) and view.of("cue:denial"):
        # "أعلن X، عقب مباحثات أجراها مع Y، أن اللقاء لن يعقد": "the meeting" after the cue is the one denied,
        # told elsewhere, not the talks just held
        cue = view.of("cue:denial")[0].i
        if any(t.i < cue for t in fresh):
            triggers = [t for t in triggers if t in fresh or t.i < cue]
    if fresh and len(fresh) < len(triggers):
        # "التقى X Y، وقال بعد اللقاء إن ...", "said after the meeting that ...": the meeting just told,
        # and what follows is what was said, not who met
        after_words = lexicon().words("after_talks")
        triggers = [t for t in triggers if t in fresh or not any(
            not after_words.isdisjoint(view.tokens[k].variants) for k in range(max(0, t.i - 2), t.i))]
    if len(fresh) >= 2 and not inner:
        regions = _regions(view, fresh)
        if len(regions) >= 2:
            persons = [m for m in free if m.i < triggers[0].i and (a := view.actor(m)) is not None and a.type == "person"
                       and not _possessive(view, m)]     # not "Trump" of "Trump's envoy X met A, and B met C"
            # "وأوضح X أن Y سيعقد لقاءً مع A، وقد يلتقي B": who tells it is not the subject of what he tells
            subject = next((m for m in persons if not _speaker(view, m)), persons[0] if persons else None)
            if subject is None and prev_subject and listed:
                subject = Mention(0, 0, actor=prev_subject, via="pronoun")   # a timeline's entry: whom the list is about
            elif subject is None and prev_subject and _pronoun_opens(view, triggers[0].i, free):
                # "On Wednesday he was received by A and then met B": the one just named, in each clause
                he = next(h for h in view.of("pronoun_subject") if h.i <= 6)   # ("On Tuesday in Doha, he met")
                subject = Mention(he.i, he.j, actor=prev_subject, via="pronoun")
            elif subject is None and prev_subject and _also_opens(view, triggers[0]) and (triggers[0].i > 0 or not any(
                    m.i < regions[0][0][1] and (a := view.actor(m)) is not None and a.type == "person" for m in free)):
                # "وسبق أن زار الصين ...، والتقى شي آنذاك في بكين", "كما التقى X ...، وزار Y": the dropped
                # subject, in each clause (not "والتقى بوتين على هامش القمة خامنئي": with no word before the
                # verb, a person after it is its subject)
                subject = Mention(0, 0, actor=prev_subject, via="pronoun")
            here_pair = pair    # "لقاء يجمع X وY ... وكان الرجلان قد التقيا قبله": the pair this sentence just told
            last_met: Mention | None = None     # the named subject of the clause before's last meeting verb
            for (a, b), trig in regions:
                if out and any(0 <= trig.i - h.j <= 2 for h in view.of("sidelines")) \
                        and any(c.kind == "meeting" and c.participants for c in out) \
                        and not any(a <= h.i < b for h in view.of("participation") + view.of("joined")):
                    continue     # "held talks ..., on the sidelines of a summit convened by X": the occasion only
                                 # (not "... قمة بريكس، التي استضافها بوتين وشارك فيها شي": who attended it is told)
                if trig.i in told_words:
                    continue
                sub = _region_view(view, a, b, frozenset(told_words))
                before = [m for m in free if m.j <= a and (x := view.actor(m)) is not None and x.type == "person"]
                relative = any(a <= r.i <= a + 1 for r in view.of("relative"))
                told = [m for m in before if not _speaker(view, m)] or before   # ("صرّح X بأن Y التقى A، كما التقى B": Y)
                own = subject or (before[-1] if relative and before else told[0] if told else None)
                if last_met is not None and any(view.tokens[k].key in ("ثم", "then") for k in range(a, min(a + 2, trig.i))):
                    # "إذ التقى غوتيريش ... السراج، ثم التقى حفتر في بنغازي": who met in the clause before
                    own = last_met
                visitor = _visitor_during(view, trig, toured, free)
                if visitor is not None:
                    own = visitor    # "يواصل قريشي زيارة للإمارات ...، يلتقي خلالها الوزير": the visitor meets
                opened = len(out)
                if subject is None and own is not None and self_trigger(view, trig) and any(
                        self_trigger(view, t) and 0 <= own.i - t.j <= 1 for t in fresh if t.i < a):
                    own = None    # "بعد لقائه السيسي ..., ثم محادثاته مع كير": "his" talks are not Sisi's
                if any(a <= h.i < min(a + 2, b) for h in view.of("contrast_openers")) and (subject is None or any(
                        hit.i == trig.i and any(m.actor == v and a <= m.i < trig.i for m in free) for hit, v, *_ in toured)):
                    own = None           # "وزار X الإمارات، بينما زار Y إثيوبيا", "while Y visited ...": Y's own clause
                # (", Abbas Kamel, who met Bennett": the one right before "who")
                company = [m.actor for m in _chain(view, own, free, forward=True)] if own is not None else []
                described = _describes_previous(view, trig)
                for c in sentence_candidates(sub, dyad, subject=own, inner=True, pair=here_pair, states_group=states_group,
                                             persons_group=persons_group):
                    if c.kind == "meeting" and any(set(c.participants) == set(x.participants) for x in made_during):
                        continue     # ("..., وكان فيدان قد مهّد له بزيارة إلى موسكو التقى خلالها بوتين": made above)
                    if c.kind == "meeting":
                        if own is not None and own.actor in c.participants and not any(
                                m.actor == own.actor and a <= m.i < b for m in view.mentions):
                            # "a delegation led by X and Y visited ... and met Z": X and Y both (not when
                            # the region names X again: "فيما قالت كولونا إنها تحدثت مع الوزير الإيراني")
                            c.participants += [a for a in company if a not in c.participants]
                        if c.place is None and any(view.tokens[k].key in ("where", "حيث")
                                                   for k in range(max(0, a - 2), min(a + 2, b))):
                            c.place = _place_before(view, a)   # "a visit to Sochi, where he met Putin"
                        summit = next((t for (x, _), t in regions if x >= b), None)
                        if c.place is None and summit is not None and any(b <= h.i <= b + 1 for h in view.of("sidelines")):
                            # "يلتقي بزشكيان على هامش قمة ... في القاهرة": where the summit is
                            c.place = _place(view, summit)
                        before = [x for x in out if x.kind == "meeting" and x.participants]
                        if before and _joins_them(view, a, b):
                            # "التقى X Y، قبل أن ينضم إليهما Z في اجتماع ثلاثي": Z meets the two who met
                            c.participants = list(dict.fromkeys(before[-1].participants + c.participants))
                        if before and set(before[-1].participants) < set(c.participants) and any(
                                a <= h.i < b for h in view.of("dyad_persons")) and not c.negated:
                            # "استقبل X Y ...، حيث بحثا ...، بحضور Z": the pair's meeting just told, Z attending
                            before[-1].participants += [p for p in c.participants if p not in before[-1].participants]
                            continue
                        if described and before:
                            # "استقبل X Y، في اجتماع مغلق حضره A وB": A and B attend that same reception
                            before[-1].participants += [a for a in c.participants if a not in before[-1].participants
                                                        and not any(m.actor == a and _speaker(view, m) for m in free)]
                            for role, actors in c.third.items():     # "..., in a meeting arranged by X": its mediator
                                for actor in actors:
                                    before[-1].add_third(role, actor)
                            continue
                        if before and set(before[-1].participants) == set(c.participants) and _apposed_noun(view, trig, a):
                            continue     # "X met Y on Tuesday, the first meeting between the two leaders, and ...": that one
                        c.span = (a, b)
                        # "..., والتقى بوتين ...، كما تحادث الرئيسان هاتفياً الأسبوع الماضي": the date of the
                        # clause "كما" opens is the call's, not the meeting's
                        c.date_end = _next_clause(view, trig.j, b)
                        out.append(c)
                        if len(c.participants) == 2 and all((x := view.gaz.actors.get(p)) is not None
                                                            and x.type == "person" for p in c.participants):
                            here_pair = list(c.participants)
                prior = [x for x in out if x.kind == "meeting" and x.participants]
                if described and prior:
                    for m in view.mentions:   # "..., in a meeting arranged by X, who also attended": its third party
                        if a <= m.i < b and m.actor and m.role in _ROLE_OF_CUE:
                            prior[-1].add_third(_ROLE_OF_CUE[m.role], m.actor)
                            if m.actor not in prior[-1].participants and any(
                                    m.j < h.i <= m.j + 3 and any(r.i == m.j + 1 for r in view.of("relative"))
                                    for h in view.of("joined")):      # (", who also attended")
                                prior[-1].participants.append(m.actor)
                verbs = sorted((v for v in view.of("meeting_verbs") + view.of("met_verbs") + view.of("reception_verbs")
                                if a <= v.i < b), key=lambda v: v.i)[-1:]
                told = [c for c in out[opened:] if c.kind == "meeting"]
                inside = {m.actor for m in view.mentions for v in verbs if v.i <= m.i < b}
                # (not "حيث التقى ولي العهد": a verb whose subject was dropped has its object after it)
                met = {p for c in told if set(c.participants) <= inside for p in c.participants}
                last_met = next((m for v in verbs for m in free
                                 if (m.i == v.j if _is_arabic_tok(view.tokens[v.i]) else m.j == v.i)
                                 and m.actor in met and (x := view.actor(m)) is not None and x.type == "person"),
                                None)   # the last verb's subject: "التقى X ..." / "X met ..."
            triggers = []
    if told_words:        # the visit and the verb of "زيارة ...، التقى خلالها A": their meetings made above
        triggers = [t for t in triggers if t.i not in told_words]
    # "shuttled between A and B", "mediated between A and B": A and B meet through the mediator
    shuttles = [h for h in view.of("cue:mediator") if any(0 <= b.i - h.j <= 1 for b in view.of("between"))
                and not (h.look == "after" and triggers)   # "في إطار الوساطة ... بين A وB" beside a meeting verb: context
                and not (triggers and all(_contrast_between(view, t.i, h.i) for t in triggers))]
    # ("غداة لقاء A B، فيما تواصل قطر وساطتها بين إسرائيل وحماس": the mediation is a clause of its own)
    shuttling = [h for h in shuttles if any(x.i == h.i for x in view.of("shuttle"))]
    if not triggers and not anaphoric and any(len(_between_group(view, h.j, free, slots=True)) >= 2 for h in shuttling):
        triggers = shuttling[:1]         # shuttling between delegations at one venue: a meeting (coding rules)
    if triggers:
        group: list[Mention] = []
        for t in triggers + shuttles:
            group = _between_group(view, t.j, free, slots=True)   # "بين وفد سعودي ترأسه X ووفد إيراني ترأسه Y"
            if group and _words_to(view, t.j, group[0].i) <= 4:
                break
            group = []
        if group:
            group = _delegation_members_for(view, group)
            upgraded = set(_upgrade(view, list(dict.fromkeys(m.actor for m in group)), free))
            states = {m.actor for m in group if (a := view.actor(m)) is not None and a.type != "person"}
            persons = {m.actor for m in free if (a := view.actor(m)) is not None and a.type == "person"
                       and a.affiliation in states}
            if not persons <= upgraded or len(upgraded) < 2:
                group = []  # "the highest-level meeting between X and Y" characterises; the named attend
            else:           # "..., بمشاركة X": attendees besides the sides
                group += [m for m in attendees(view, free) if m not in group]
        eligible = _eligible(view, triggers, free)     # read once: scope, slots and invitations share it
        scoped = _in_scope(view, triggers, free, eligible)
        slotted = slot_mentions(view, triggers, eligible, subject)
        by_slot = len({m.actor for m in slotted}) >= 2
        if not group and not by_slot and (not _FALLBACK or mediation_cues):
            scoped = []     # a mediation cue's actors are its mediator and parties, not a guessed meeting
        chosen = [m.actor for m in (group or (slotted if by_slot else scoped))]
        if not group and not by_slot and view.of("dyad_persons") and dyad_subject(view, triggers, "dyad_persons"):
            here = _two_persons_before(view, pool, view.of("dyad_persons")[0].i)
            if here:                     # "X drove to Y's residence, where the two men held talks": X and Y
                chosen = here
            elif pair and (not chosen or len(set(chosen)) < 2 and (any(
                    b.j == view.of("dyad_persons")[0].i for b in view.of("between")) or all(
                    m.i > triggers[0].j and any(triggers[0].j <= b.i < m.i for b in view.of("clause_breaks"))
                    for m in view.mentions if m.actor in chosen))):
                # (and "The two men first met in May, when Herzog attended ...": one of them named in a clause after)
                chosen = _pair_named(view, pair, view.of("dyad_persons")[0])   # "the two ministers first met
                # in Beijing": the last pair who met ("X said no meeting between the two presidents": not X)
            if len(set(chosen)) >= 2:     # "حيث بحثا ...، بحضور وزير الخارجية X": the pair and who attends
                chosen += [m.actor for m in attendees(view, free) if m.actor not in chosen]
        if not chosen and len(dyad) == 2 and (dyad_subject(view, triggers) or (
                not pair and view.of("dyad_persons") and dyad_subject(view, triggers, "dyad_persons"))):
            chosen = list(dyad)  # ("Iran and Saudi Arabia held talks ... They agreed to meet again": no two persons met)
        if len(set(chosen)) < 2 and states_group and any(
                len(states_group) == size and any(0 <= h.i - t.j <= 2 for t in triggers) for kind, size in _GROUP_WORDS
                for h in view.of(kind)):
            chosen = list(states_group)  # "آخر قمة للدول الثلاث", "a summit of the three countries": those told before
        if len(set(chosen)) < 2 and persons_group and any(
                len(persons_group) == size and any(0 <= h.i - t.j <= 2 or 0 <= t.i - h.j <= 3 for t in triggers)
                for kind, size in _PERSONS_WORDS for h in view.of(kind)):
            chosen = list(persons_group)  # "وكان القادة الثلاثة قد عقدوا قمة", "the three leaders last met": those told before
        participants = _upgrade(view, list(dict.fromkeys(chosen)), slotted + scoped if by_slot else scoped)
        if participants and not group and not inner and not view.sentence.headline and _talks_with(view, triggers) \
                and all(m.i >= triggers[0].j for m in free if m.actor in participants):
            # "X and Y agreed ... after four-way talks with A and B", "X announced ... after talks with A":
            # the opening subject talked with them (not in a headline: "Sudan arrests opposition figures after
            # talks with Abiy", "Libya suspends foreign minister after meeting with Cohen" name who talked less)
            own = _after_own_meeting(view, triggers)
            if own is not None:    # "Sisi announced ... after meeting A and B": his meeting, if he is named
                after = [who] if (who := _who_met_after(view, own, free)) else []
                if after:          # (his state, named in the clause, is no side beside him)
                    side = _side(view.gaz, after[0])
                    participants = [p for p in participants if p != side or p == after[0]]
            else:
                after = _talks_after(view, triggers, free, least=1)
            if not after and (who := _attendee(view, triggers, free, prev_subject)):
                after = [who]     # "يتوجه بوتين إلى مينسك للمشاركة في قمة مع A وB": who goes to attend meets them
            participants = [a for a in after if a not in participants] + participants
        elif len(participants) < 2 and not group and not inner:
            after = _talks_after(view, triggers, free)
            if after:        # "X and Y agreed ..., after six hours of talks in Sochi": the talks are theirs
                participants = after
        talks_with = inner and _talks_with(view, triggers) and not any(
            m.j <= triggers[0].i and (a := view.actor(m)) is not None and a.type == "person" for m in free)
        apart = inner and any(0 <= h.i - t.j <= 2 and not any(t.j <= m.i < h.i for m in free)
                              for t in triggers for h in view.of("separately"))
        if subject is not None and subject.actor not in participants and (len(participants) == 1 or talks_with
                                                                          or apart):
            # "X met Z before holding talks with A, B and C": X is in the second meeting too; "..., كما
            # التقى كلاً على حدة A وB وC", "and met separately with A and B": the verb's objects, X its subject
            participants = [subject.actor] + participants
        me = _first_person_speaker(view, triggers[0], pool) if len(participants) == 1 and not inner else None
        if me is not None and me not in participants:
            participants = [me] + participants   # '"I met Araghchi twice," Witkoff said': the quote's "I" speaks
        also = False      # "كما التقى A وB" of one other state: the one just named met each
        him = _received_him_told(view, triggers[0], free, prev_subject) if len(participants) == 1 and not inner else None
        if him is not None and him not in participants:
            participants = participants + [him]  # "خلال استقبال الملك سلمان له في الرياض": him, the one the
                                                 # sentence (or the one before) is about
        named = (_named_traveller(view, free) or _when_subject(view, triggers[0], free)) \
            if len(participants) == 1 and not inner else None
        if named is not None and named not in participants:
            participants = [named] + participants   # "ويتوجه عباس غداً إلى أنقرة حيث ... يلتقي إردوغان": Abbas
        elif len(participants) == 1 and prev_visitor and prev_visitor not in participants and any(
                not lexicon().words("guest_words").isdisjoint(view.tokens[k].variants)
                for h in view.of("object_triggers") for k in range(h.i, h.j)):
            participants = [prev_visitor] + participants   # "جلسة مباحثات منفردة مع ضيفه": the visitor, his guest
        elif len(participants) == 1 and prev_subject and prev_subject not in participants \
                and (_pronoun_opens(view, triggers[0].i, free) or view.of("object_triggers")
                     or _also_opens(view, triggers[0]) or _when_pronoun(view, triggers[0]) or listed):
            participants = [prev_subject] + participants   # "He is due to meet Lloyd Austin", "واستقبله X": the one just named
        elif not participants and prev_subject and not inner and (host := next((
                m.actor for o in view.of("object_triggers") for m in pool if m.role == "host" and m.j <= o.i
                and m.actor != prev_subject and _kind(view, m) == "person"), None)):
            participants = [host, prev_subject]   # "Sheikh Mohamed hosted him in August 2019": the host (a person,
                                                  # so he takes part) and "him", the one just named, his guest
        elif participants and prev_subject and prev_subject not in participants and not group and (any(
                h.j == t.i for h in view.of("pronoun_subject") for t in triggers) or _pronoun_opens(view, triggers[0].i, free)
                or listed or (also := triggers[0].i > 0 and _also_opens(view, triggers[0])
                              and not view.of("participation") and not any(
                                  o.i <= triggers[0].i < o.j for o in view.of("object_triggers"))
                              and _one_other_state(view, participants, prev_subject))) \
                and not any(m.j <= triggers[0].i for m in free if m.actor in participants):
            participants = [prev_subject] + participants   # "Later in the day he met X and Y": all after the verb
            # ("كما التقى رئيس مجلس النواب نبيه بري، ورئيس الحكومة سعد الحريري": the visitor met each of them)
            # ("He is due to meet A and B")
        elif len(participants) >= 2 and not group and _received_him(view, triggers[0]) and (guest := next(
                (v for hit, v, _, _ in toured if hit.j <= triggers[0].i and v not in participants), None)):
            participants = [guest] + participants   # "وصل X إلى عمّان ...، وكان في استقباله A وB": X, who came
        elif len(participants) >= 2 and (guest := prev_subject or (subject.actor if inner and subject is not None
                                                                    and _kind(view, subject) == "person" else None)) \
                and guest not in participants and not group and _received_him(view, triggers[0]) \
                and not any(m.j <= triggers[0].i and _kind(view, m) == "person" for m in free):
            participants = [guest] + participants   # "وكان في استقباله A وB": the visitor just named (in the
                                                    # sentence before, or in this sentence's first clause)
        chair = _chair(view, triggers, free) if view.of("chairs") else None
        if chair is not None and chair not in participants and participants:
            participants = [chair] + participants          # "ترأس X اجتماعاً ... بمشاركة Y": X takes part
        if companions and companions[0] not in participants and any(a in participants for a in companions[1]) \
                and not any(a.j <= r.i < triggers[0].i for a in view.of("accompanied") for r in view.of("relative")):
            participants = [companions[0]] + participants   # "X, accompanied by A, held talks with B": X too
                                                            # (not "accompanied by A, who also met B")
        if companions and companions[0] in participants:
            # "التقى الشرع ولي العهد ...، ورافقه فيها وزير الخارجية الشيباني": who came with him takes part
            participants = participants + [a for a in companions[1] if a not in participants]
        invited = invitation(view, eligible) if view.any("invitation") else []
        if invited and not group:
            participants = _upgrade(view, list(dict.fromkeys(m.actor for m in invited)), invited)
        own = _denier_of_own_meeting(view, triggers[0], pool) \
            if 1 <= len(participants) <= 2 and not group and view.of("cue:denial") else None
        if own is not None and own not in participants and len(participants) == 1:
            participants = [own] + participants   # "Qatar denies report of a meeting with Israel": its own meeting
        lead = _separate_lead(view, triggers, participants, free, prev_subject or (
            subject.actor if inner and subject is not None else None)) \
            if len(participants) == 2 and not group and _apart(view) else None
        # (in a region, "where he met A and, separately, B": "he" is the subject of the sentence's first clause)
        if lead == "":
            participants = []     # "separate talks with A and B" with no one to hold them: A and B never met
        elif lead is not None:
            participants = [lead] + participants   # "he would also hold separate talks with A and B": his, one each
        placed = _placed_apart(view, participants, pool, triggers) if len(participants) >= 3 and not group else None
        dated = _dated_apart(view, participants, pool, triggers) \
            if placed is None and len(participants) >= 3 and not group else None
        each = _each_of_them(participants, pair, persons_group, prev_persons) \
            if participants and not group and view.of("each_of_them") and view.of("separately") else []
        if len(each) >= 2:
            # "Macron met each man separately", "اجتمعت ميركل وماس بكل منهما على حدة": the subject met
            # each of the persons who met before, one meeting each
            for other in each:
                out.append(_meeting(view, participants + [other], triggers, pool, sources, spoke, mentioned,
                                    tp_from_mediation_cue, bool(mediation_cues), group=False, by_slot=by_slot,
                                    anaphoric=bool(anaphoric)))
            meeting = out[-1]
        elif len(participants) >= 3 and (also or _apart(view) or _between_each(view, pool)
                                         or _persons_of_other_states(view, participants, pool, triggers)
                                         or _in_turn(view, pool, participants, triggers, subject)
                                         or placed is not None or dated is not None) and not group:
            # "held separate meetings with Lavrov and Kuleba": the subject met each of the others
            first = {m.actor: m.i for m in reversed(pool)}
            if subject is not None and inner and subject.actor in participants and subject not in pool:
                first[subject.actor] = -1      # the subject of the sentence, named before this clause
            if lead:
                first[lead] = -1               # (the one who holds the separate talks)
            subject_, *others = sorted(participants, key=lambda a: first.get(a, -1 if a == prev_subject else 1 << 30))
            hub = _common_party(view, participants, pool, triggers) if view.of("separately") else None
            if hub is not None:   # "A and B each held a separate meeting with C": each of them met C
                subject_, others = hub, [a for a in participants if a != hub]
            for other in others:
                out.append(_meeting(view, [subject_, other], triggers, pool, sources, spoke, mentioned,
                                    tp_from_mediation_cue, bool(mediation_cues), group=False, by_slot=by_slot,
                                    anaphoric=bool(anaphoric)))
                if placed and other in placed:
                    out[-1].place = placed[other]     # "met A in Hargeisa and B in Mogadishu": each where he was
                if dated and other in dated:          # "A in Nairobi on Wednesday and B on Sunday": each its clause's
                    out[-1].span = dated[other]       # date, and its place if it names one
                    out[-1].place = next((m.place for m in view.mentions if m.place and not m.actor
                                          and dated[other][0] <= m.i < dated[other][1]), None)
            meeting = out[-1]
        elif len(participants) >= 2:
            meeting = _meeting(view, participants, triggers, pool, sources, spoke, mentioned, tp_from_mediation_cue,
                               bool(mediation_cues), group=bool(group), by_slot=by_slot, anaphoric=bool(anaphoric))
            meeting.own_denied = own is not None and own in participants and len(participants) == 2
            meeting.earlier = meeting.earlier or _when_since(view, triggers[0])   # not the visit told now
            out.append(meeting)
        elif len(participants) == 1 and not inner and not group and fresh and view.of("participation"):
            # "عقدت اللجنة اجتماعها ... بمشاركة X. وضمّ الاجتماع A وB": X attends with those named next
            lone = _meeting(view, participants, triggers, pool, sources, spoke, mentioned, tp_from_mediation_cue,
                            bool(mediation_cues), group=False, by_slot=by_slot, anaphoric=False)
            lone.lone = True
            out.append(lone)
    elif anaphoric and (view.of("joined") or (included := _meeting_included(view, anaphoric))
                        or (signed := _signing_attended(view, anaphoric, pair))) and not phone:
        joiners = [m for m in _in_scope(view, view.of("joined") or included or signed, free)
                   if not any(0 <= m.i - h.j <= 1 for h in view.of("topic"))]
        if joiners and view.of("participation"):   # "وشارك في المحادثات X وY، إلى جانب وفد برئاسة Z"
            joiners += [m for m in attendees(view, free) if m not in joiners]
        if joiners:
            ref = Candidate("meeting", [view.sentence], anaphoric=True, mentioned=mentioned)
            ref.joiners = _upgrade(view, list(dict.fromkeys(m.actor for m in joiners)), joiners)
            for m in _third_parties_near(pool, anaphoric):   # "وجرى التوقيع برعاية X، وبحضور A وB": the signing's sponsor
                ref.add_third(m.role, m.actor)
            out.append(ref)
    elif anaphoric and not phone and len(attending := _upgrade(view, list(dict.fromkeys(
            m.actor for m in attendees(view, free))), free)) >= 2 and not all(_negated(view, t) for t in anaphoric):
        # "الجولة العشرون من المحادثات ... بمشاركة وفود روسيا وتركيا وإيران": the attendance list is who meets
        participants = attending
        chair = _chair(view, anaphoric, free) if view.of("chairs") else None
        if chair is not None and chair not in participants:
            participants = [chair] + participants   # "ترأس X الاجتماع التحضيري ... بمشاركة A وB": X too
        meeting = _meeting(view, participants, anaphoric, pool, sources, spoke, mentioned, tp_from_mediation_cue,
                           bool(mediation_cues), group=False, by_slot=True, anaphoric=False)
        out.append(meeting)
    elif anaphoric and not phone and len(cochairs := _cochairs(view, anaphoric, free)) >= 2:
        # "ترأس أردوغان وشريف الاجتماع السابع لمجلس التعاون", "X and Y co-chaired the council's meeting"
        meeting = _meeting(view, cochairs, anaphoric, pool, sources, spoke, mentioned, tp_from_mediation_cue,
                           bool(mediation_cues), group=False, by_slot=True, anaphoric=False)
        out.append(meeting)
    elif anaphoric:
        # "the talks, hosted by X", "X hosted the meeting": a third party near the noun that names it
        tps = _third_parties_near(pool, anaphoric)
        if tps:
            ref = Candidate("meeting", [view.sentence], anaphoric=True, mentioned=mentioned)
            for m in tps:
                ref.add_third(m.role, m.actor)
            ref.participants = []
            out.append(ref)

    own_trip = bool(anaphoric) and all(any(0 <= h.i - c.j <= 2 for c in view.of("accompanied")) for h in anaphoric)
    if (not anaphoric or own_trip) and companions and not phone \
            and not any(companions[0] in c.participants for c in out if c.kind == "meeting"):
        # ("ورافقه في الزيارة X": the visit named is the one he was accompanied on)
        # "Netanyahu was accompanied by Yossi Cohen and Meir Ben-Shabbat": they join his meeting told before
        ref = Candidate("meeting", [view.sentence], anaphoric=True, mentioned=mentioned)
        ref.companion_of, ref.joiners = companions
        out.append(ref)
    if meeting is None and not anaphoric and not phone and (not told_meeting or not any(
            c.kind == "meeting" and c.participants for c in out)):
        # (also when the meeting word found no one: "X hosted A, B and C in Aqaba ... for what state
        # television described as a 'consultative' meeting")
        hosting = _hosting(view, pool, free)
        if hosting:       # "استضاف أردوغان في أنقرة هنية وعباس", "Erdogan hosted Haniyeh and Abbas": he meets them
            host, guests = hosting
            meeting = _meeting(view, [host] + guests, view.of("cue:host")[:1], pool, sources,
                               spoke, mentioned, tp_from_mediation_cue, bool(mediation_cues), group=True, by_slot=True,
                               anaphoric=False)
            meeting.add_third("host", host)
            out.append(meeting)
        elif (hosting := _hosting(view, pool, free, kind="state")) and len(hosting[1]) >= 2:
            # "Turkey is due to host Lavrov and his Ukrainian counterpart Kuleba": the guests meet, the state hosts
            host, guests = hosting
            meeting = _meeting(view, guests, view.of("cue:host")[:1], pool, sources,
                               spoke, mentioned, tp_from_mediation_cue, bool(mediation_cues), group=True, by_slot=True,
                               anaphoric=False)
            meeting.add_third("host", host)
            out.append(meeting)
    if told_meeting and view.of("signing") and not phone and not inner:
        talks = [c for c in out if c.kind == "meeting"]
        signers = _signers(view, free) if len(talks) == 1 else []
        if len(signers) >= 2 and not set(signers) & set(talks[0].participants) and triggers \
                and all(h.i < triggers[0].i for h in view.of("signing")) and view.of("joined_it"):
            # "وقّع X ونظيره Y معاهدة، عقب محادثات حضرها الوزيران A وB": X and Y held the talks A and B attended
            talks[0].participants = signers + talks[0].participants
        elif len(signers) >= 2 and triggers and all(any(t.i == h.i for h in view.of("signing")) for t in triggers) \
                and not set(signers) <= set(talks[0].participants):
            # "X and Y, head of the Z Movement, signed ... in the presence of A": the meeting verb is the
            # signing, and all its signers take part (the subject read by slots may have lost one)
            talks[0].participants = signers + [a for a in talks[0].participants if a not in signers]
    if meeting is None and not told_meeting and not anaphoric and view.of("signing") and not phone:
        signers = _signers(view, free)
        if len(signers) >= 2 and view.of("participation"):   # "وقّع X وY ... بحضور A وB": A and B attend
            signers += [a for a in _upgrade(view, list(dict.fromkeys(m.actor for m in attendees(view, free))), free)
                        if a not in signers]
        if len(signers) >= 2:
            meeting = _meeting(view, signers, view.of("signing")[:1], pool, sources, spoke, mentioned,
                               tp_from_mediation_cue, bool(mediation_cues), group=True, by_slot=True, anaphoric=False)
            out.append(meeting)
    elif signed_apart:
        signers, _, (lo, hi) = signed_apart
        out.append(_meeting(view, signers, view.of("signing")[:1], pool, sources, spoke, mentioned,
                            tp_from_mediation_cue, bool(mediation_cues), group=True, by_slot=True, anaphoric=False))
        out[-1].status = _status(_region_view(view, lo, hi), signers, sources, spoke, view.of("signing")[:1])
        out[-1].span = (lo, hi)       # the status and date of the signing's own clause
    if not phone and not inner and view.of("bring_together"):
        brought = _brought_together(view, free, out, pair)
        if brought is not None:
            meeting = brought
    if meeting is None and not phone and not inner and view.of("joint_press") \
            and not any(c.kind == "meeting" and c.participants for c in out):
        held = _joint_press(view, free)
        if held is not None:      # "أعلن X في مؤتمر صحفي مشترك مع Y": X and Y met; what they said tells no source
            press, participants = held
            meeting = _meeting(view, participants, [press], pool, sources, [], mentioned, tp_from_mediation_cue,
                               bool(mediation_cues), group=False, by_slot=True, anaphoric=False)
            if meeting.status == "proposed":
                meeting.status = "confirmed"    # "made the offer at a joint news conference": the offer is proposed
            out.append(meeting)
    if meeting is None and not told_meeting and not phone and not inner and view.of("summons_verbs"):
        held = _summoned(view, free)
        if held is not None:      # "استدعت الخارجية المصرية السفير التركي": the summoner and the envoy met
            summons, participants = held
            meeting = _meeting(view, participants, [summons], pool, sources, spoke, mentioned, tp_from_mediation_cue,
                               bool(mediation_cues), group=False, by_slot=True, anaphoric=False)
            out.append(meeting)
    if toured:
        for hit, visitor, states, dests in toured:
            if _negated(view, hit):
                continue
            ahead = _tour_ahead(view, hit, dests)
            party = _fellow_visitors(view, visitor, pool, hit)
            hosts = _tour_hosts(view, out, visitor, states) if len(states) >= 2 else {}
            earlier = any(hit is e[0] for e in earlier_stops)
            for state in states:          # a tour: one visit per state
                if (hit.i in met_in and len(states) == 1) or state in met_by.get(visitor, ()):
                    continue      # "زيارة إلى بنغازي، التقى خلالها حفتر": the meeting with Haftar tells that visit
                # "flew to Abu Dhabi and Riyadh for talks with Mohamed bin Zayed and Mohammed bin Salman": the
                # traveller met each of them in his state, not they each other
                v = _meeting(view, party + [hosts.get(state, state)], [hit], pool, sources, spoke, mentioned,
                             tp_from_mediation_cue, bool(mediation_cues), group=False, by_slot=False, anaphoric=False)
                v.visit, v.confidence = True, 0.6
                if ahead and v.status == "confirmed":
                    v.status = "planned"
                where = view.gaz.places.get(v.place or "")
                if where is not None and where.country and where.country != state:
                    v.place = None       # "وصل إلى دمشق في جولة تشمل مصر": Damascus is not where he visits Egypt
                if v.place is None and (state in hosts or earlier):   # "flew to Abu Dhabi and Riyadh": each host in his city
                    v.place = next((m.place for m in dests if m.place and (w := view.gaz.places.get(m.place)) is not None
                                    and w.country == state), None)
                v.stop_before = earlier      # "في جولته بعد القاهرة والكويت": stops before the one told
                # "زيارة ماكرون إلى الجزائر ...، حين وقّع الرئيسان إعلاناً": the visitor's counterpart met him there
                v.pair_told = len(states) == 1 and len(party) == 1 and _pair_in_visit_clause(view, hit)
                if v.pair_told:    # "He spoke to Trump ..., and the two leaders discussed Iran when Trump visited
                    # Japan": the host state's person the sentence or the one before names is the other of the two
                    v.pair_with = next((a for a in [m.actor for m in pool] + [prev_subject]
                                        if a and (host_person := view.gaz.actors.get(a)) is not None
                                        and host_person.type == "person" and host_person.affiliation == state), None)
                out.append(v)
    if (view.of("first_visit") or view.of("first_after_visit")) and not inner:
        for hit, visitor, state, year in past_visits(view, pool, toured):
            if _negated(view, hit):
                continue
            # an earlier visit, told as fact whatever the sentence says of the visit now
            out.append(Candidate("meeting", [view.sentence], participants=[visitor, state], visit=True,
                                 earlier=True, confidence=0.6, date=year, mentioned=mentioned, _told=year))
            for c in out:   # "..., حين التقى الرئيس حسني مبارك", "..., when he met X": that visit's meeting
                if c.kind == "meeting" and not c.visit and visitor in c.participants and any(
                        h.i > hit.i for h in view.of("when_words")):
                    c.earlier, c.date, c.told_date = True, year, year

    for m in pool if not inner and view.of("tour_stop_nouns") else ():
        # "وصل لافروف إلى الرياض قادماً من المنامة، المحطة الأولى في جولته": the city he left was a stop
        k = m.j
        if m.role != "origin" or k + 1 >= len(view.tokens) or view.tokens[k].punct not in (",", "،") \
                or not any(h.i == k + 1 for h in view.of("tour_stop_nouns")):
            continue
        place = view.gaz.places.get(m.place or "")
        state = m.actor if (a := view.actor(m)) is not None and a.type == "state" else place.country if place else None
        visitor = next((x.actor for x in reversed(pool) if x.j <= m.i and x.role is None
                        and (p := view.actor(x)) is not None and p.type == "person"), None)
        if state and visitor and not any(c.kind == "meeting" and set(c.participants) == {visitor, state} for c in out):
            out.append(Candidate("meeting", [view.sentence], participants=[visitor, state], visit=True,
                                 confidence=0.6, mentioned=mentioned))
    if not told_meeting and not anaphoric and view.of("shuttle") and view.of("dyad_words") \
            and any(m.role == "mediator" for m in pool):
        # "وتنقّل البوسعيدي بين الوفدين": the mediator of the talks told before, not a new mediation
        ref = Candidate("meeting", [view.sentence], anaphoric=True, mentioned=mentioned)
        for m in pool:
            if m.role == "mediator":
                ref.add_third("mediator", m.actor)
        return out + [ref]
    if meeting is None and view.sentence.headline and not inner and not any(c.kind == "meeting" for c in out) \
            and (triggers or anaphoric) and any(m.role in _TP_ROLES for m in pool):
        # "اجتماع رباعي في باريس بوساطة قطرية مصرية": the headline's third parties, for the body's meeting
        ref = Candidate("meeting", [view.sentence], anaphoric=True, mentioned=mentioned)
        for m in pool:
            if m.role in _TP_ROLES:
                ref.add_third(m.role, m.actor)
        out.append(ref)
    brokered = view.any("agreement") and any(m.role in ("sponsor", "mediator") for m in pool)
    if mediation_cues or brokered or (not told_meeting and any(m.role in _TP_ROLES for m in pool)):
        med = _mediation(view, pool, dyad, meeting, mediation_cues)
        tp_cues = {h.i for h in view.of("cue:mediator")}
        marker_only = meeting is not None and meeting.third["mediator"] and not brokered \
            and all(h.i in tp_cues for h in mediation_cues) and not view.of("between")
        shuttle_only = meeting is not None and med is not None and set(med.parties) == set(meeting.participants) \
            and all(any(x.i == h.i for x in view.of("shuttle")) for h in mediation_cues)
        denied = med is not None and any(0 <= _unnamed_between(_named_tokens(view), d.j, c.i) <= 4
                                         for d in view.of("cue:denial") for c in mediation_cues)
        # ("نفى شكري وجود أي وساطة سعودية بين مصر وتركيا", "بغداد تنفي قيام صالح بوساطة": a mediation denied)
        if med is not None and not marker_only and not shuttle_only and not denied:
            out.append(med)   # not "held talks under Omani mediation" (that meeting's mediator only), nor
                              # "X shuttled between A and B" (the meeting A and B held through X)

    if view.of("host_joins"):
        _hosts_take_part(view, out)
    talks = [c for c in out if c.kind == "meeting" and c.participants and not c.visit]
    if len(talks) == 1 and not inner:
        for h in view.of("joined") if _joins_them(view, 0, len(view.tokens)) else ():
            joiner = _near_before(view, h.i, 0, [m for m in pool if m.role is None])
            if joiner is not None and _kind(view, joiner) == "person" and joiner.actor not in talks[0].participants \
                    and view.tokens[h.j].key == "them":
                talks[0].participants.append(joiner.actor)   # "..., with Cavusoglu joining them at the table"
    out += _invited_back(view, out, mentioned)
    out += _cancellations(view, out, pool, mentioned)
    refusals = _refusals(view, pool, mentioned)
    for d in refusals:    # "Ethiopia will not attend the round of talks with Egypt and Sudan": his own meeting
        for c in out:
            if c.kind == "meeting" and c.participants and d.denier not in c.participants \
                    and c.status in ("planned", "proposed") and not c.negated:
                c.participants.append(d.denier)
    out += refusals
    not_denied = {k for h in view.of("not_denial") for k in range(h.i, h.j)}
    objects = lexicon().words("denied_objects")
    for hit in view.of("cue:denial"):
        if hit.i in not_denied or hit.j - 1 in not_denied:
            continue                 # "neither confirmed nor denied that meeting"
        if any(not objects.isdisjoint(t.variants) for t in view.tokens[max(0, hit.i - 3):hit.i]):
            continue                 # "a charge Tehran denies": an accusation denied, not a meeting
        if any(0 < hit.i - r.j <= 2 for r in view.of("relative")) and not any(
                hit.i - 8 <= h.i < hit.i for kind in ("meeting", "visit", "reports_of") for h in view.of(kind)):
            continue                 # "the operation that led to Khashoggi's death, which he denies": not a meeting
        if _denies_other_claim(view, hit):
            continue                 # "نفت السعودية أن يكون الحريري محتجزاً لديها": a claim with no meeting
        if _denies_a_thing(view, hit):
            continue                 # "نفت إيران أي دور لها فيها", "dismissed as stillborn the initiative"
        denier = _denier(view, hit, pool)
        if denier:
            co = _co_denier(view, hit, pool, denier)
            # ("نفى بيسكوف اليوم الاثنين صحة هذه المعلومات": the day between counts as no word)
            unsaid = _named_tokens(view) | {k for h in view.of("slot_skip") for k in range(h.i, h.j)}
            den = Candidate("denial", [view.sentence], denier=denier, mentioned=mentioned, confidence=0.75,
                            about_meeting=bool(view.of("meeting") or view.of("anaphoric_meeting")
                                               or any(0 <= _unnamed_between(unsaid, hit.j, r.i) <= 3
                                                      or 0 <= hit.i - r.j <= 3 for r in view.of("reports_of"))))
            out.append(den)
            # ("نفى هذه الأنباء", "نفى الناطق باسم الحكومة X صحة هذه الأنباء": the denier's name not counted)
            scheduled = lexicon().words("scheduled_words")
            planned_before = hit.look == "before" and triggers and all(t.j <= hit.i for t in triggers) \
                and any(not scheduled.isdisjoint(t.variants) for t in view.tokens[:hit.i])
            # ("كانت جولة من المحادثات بين A وB مقررة ...، قبل أن يعلن X أنها لن تعقد": the round told as planned stands)
            if planned_before:
                for c in out:
                    if c.kind == "meeting" and c.participants and c.status.startswith("confirmed"):
                        c.status = "planned"
            if (triggers or told_meeting) and not planned_before:
                # "denied any meeting between X and Y", "reports of talks ... are untrue"
                own = _own_talks_before(view, hit, denier, triggers, out)
                if own:          # whom he held talks with is not whom the denied meeting names
                    out[-1].mentioned = mentioned - {p for c in own for p in c.participants if p != denier}
                # ("نفى عراقجي أن يكون عراقجي قد طلب لقاء ويتكوف": named again after the cue, the meeting is his own)
                again = sum(m.actor == denier for m in pool) >= 2 and any(m.actor == denier and m.i >= hit.j for m in pool)
                out = [c for c in out if c in own] + _denied_references([c for c in out if c not in own], denier, again)
                if _denies_a_claim(view, hit, triggers) or _denies_named_meeting(view, hit, triggers):
                    for c in out:          # "denied reports that X had met Y": a claim of unnamed reports
                        if c.denied_ref:
                            c.claimed = True
            if co is not None:
                out.append(replace(den, denier=co, mentioned=set(den.mentioned), co_denial_of=den))
            break
    if not inner and view.of("joiner_verbs"):
        for h in view.of("joiner_verbs"):   # "Blinken joined the foreign ministers of A, B and C at a summit": he takes part
            subject = next((m for m in view.mentions if m.j == h.i and m.actor and m.role is None
                            and (a := view.actor(m)) is not None and a.type == "person"), None)
            if subject is None:
                continue
            for c in out:
                if c.kind == "meeting" and c.participants and subject.actor not in c.participants and all(
                        any(m.actor == p and m.i > h.i for m in view.mentions) for p in c.participants):
                    c.participants.insert(0, subject.actor)
    if not inner and view.of("ahead_of"):
        nouns = view.of("meeting") + view.of("anaphoric_meeting")
        verbs = [t for t in view.of("meeting") if any(t.i == v.i for v in view.of("meeting_verbs") + view.of("met_verbs"))]
        if any(v.j <= h.i and any(0 <= n.i - h.j <= 3 for n in nouns) for h in view.of("ahead_of") for v in verbs):
            for c in out:      # "X met Y ahead of an international conference": "the conference" later is not this meeting
                if c.kind == "meeting":
                    c.ahead_of = True
    return out


def _co_denier(view: SentenceView, hit: Hit, pool: list[Mention], denier: str) -> str | None:
    """"وكان فرنجية والحريري قد نفيا حصوله": a dual or plural denial verb after two names joined by "و"
    (the denier the second): the first denies too."""
    if view.tokens[hit.i].key not in lexicon().words("denial_plural"):
        return None
    second = next((m for m in pool if m.actor == denier and m.j <= hit.i), None)
    first = next((m for m in pool if second is not None and m.j == second.i and m.actor != denier
                  and m.role in (None, "source")), None)
    if first is None or not view.tokens[second.i].key.startswith("و"):
        return None
    return first.actor


def _each_of_them(subjects: list[str], pair: list[str] | None, persons_group: list[str] | None,
                  prev_persons: list[str] | None) -> list[str]:
    """Whom "each man", "كل منهما" names: the pair (or group) of persons who met last, else the
    persons of the sentence before (but the subjects themselves)."""
    for persons in (pair, persons_group, prev_persons):
        others = [p for p in persons or [] if p not in subjects]
        if len(others) >= 2:
            return others
    return []


def _joint_press(view: SentenceView, free: list[Mention]) -> tuple[Hit, list[str]] | None:
    """A joint news conference and the persons who held it: the one named before it and the one after
    its "مع" / "with" ("أعلن X في مؤتمر صحفي مشترك مع Y"), or two named before it ("Zarif and Mogherini
    announced the deal at a joint news conference"). A news conference that is not joint, or whose
    holders are not both named, tells no meeting (it is where something is said)."""
    joint = {k for h in view.of("joint_press") for k in (h.i - 1, h.j)}    # "joint news conference", "مؤتمر صحفي مشترك"
    persons = [m for m in free if (a := view.actor(m)) is not None and a.type == "person"]
    said = {k for k, t in enumerate(view.tokens) if t.key in ("ان", "that")}
    for press in view.of("press_conference"):
        if press.i not in joint and press.j - 1 not in joint:
            continue
        before = [m for m in persons if m.j <= press.i and not any(m.j <= k < press.i for k in said)]
        speaking = lexicon().words("speaking_words")
        if not before and any(not speaking.isdisjoint(t.variants) for t in view.tokens[max(0, press.i - 4):press.i]):
            before = persons[:1] if persons and persons[0].j <= press.i else []   # "X pledged that ..., speaking
                                                                                   # at a joint news conference with Y"
        if not before and press.i <= 3:     # "وفي مؤتمر صحافي مشترك مع Y عقب القمة، أعلن X": who speaks after the comma
            comma = next((k for k in range(press.j, len(view.tokens)) if view.tokens[k].punct in (",", "،")), None)
            before = [m for m in persons if comma is not None and m.i > comma][:1]
        if not before:
            continue
        holders = list(reversed(_chain(view, before[-1], persons, forward=False)))
        withs = [k for k in range(press.j, min(press.j + 7, len(view.tokens))) if view.tokens[k].key in ("مع", "with")]
        partner = next((m for m in persons if withs and withs[0] < m.i <= withs[0] + 4), None) if withs else None
        if partner is not None and not any(press.j <= k < partner.i for k in said):
            holders += _chain(view, partner, persons, forward=True)
        held = list(dict.fromkeys(m.actor for m in holders))
        if len(held) >= 2:
            return press, held
    return None


def _summoned(view: SentenceView, free: list[Mention]) -> tuple[Hit, list[str]] | None:
    """A summons of another state's envoy and its two sides: who summoned (the person or state named
    right before the verb, or in Arabic right after it: "استدعت وزارة الخارجية المصرية") and the envoy
    (the person the envoy word names, or his state: "Morocco's ambassador", "السفير التركي"). Not one's
    own envoy called home ("استدعت سفيرها للتشاور", "summoned its ambassador"), nor a summoner or an
    envoy left unnamed ("استدعت الوزارة السفير")."""
    toks = view.tokens
    own = lexicon().words("own_envoy")
    breaks = {h.i for h in view.of("clause_breaks") if toks[h.i].punct not in (",", "،")}
    for hit in view.of("summons_verbs"):
        arabic = _is_arabic_tok(toks[hit.i])
        envoy = next((e for e in view.of("summoned_envoys") if 0 <= e.i - hit.j <= (14 if arabic else 3)), None)
        if envoy is None or any(hit.j <= k < envoy.i for k in breaks) or _negated(view, hit):
            continue
        if any(not own.isdisjoint(t.variants) for t in toks[hit.j:envoy.i]) or any(
                not own.isdisjoint(t.variants) for t in toks[envoy.j:envoy.j + 8] if not t.punct):
            continue      # "summoned its ambassador", "... للتشاور": a recall
        after = [m for m in free if envoy.i - (3 if not arabic else 0) <= m.i and m.j <= envoy.j + 8
                 and m.i >= hit.j and not any(envoy.j <= k < m.i for k in breaks)]
        summoned = next((m for m in after if _kind(view, m) == "person"), None) \
            or next((m for m in after if _kind(view, m) == "state"), None)
        if arabic:
            subject = next((m for m in free if hit.j <= m.i and m.j <= envoy.i), None)
            subject = subject or next((m for m in free if m.j == hit.i and not _speaker(view, m)), None)
        else:
            subject = next((m for m in reversed(free) if m.j <= hit.i and hit.i - m.j <= 4), None)
        if summoned is None or subject is None or _kind(view, subject) not in ("person", "state"):
            continue
        states = {(a.affiliation if a.type == "person" else a.id) for m in (subject, summoned)
                  if (a := view.actor(m)) is not None}
        if len(states) < 2 or subject.actor == summoned.actor:
            continue      # "استدعت مصر سفيرها", "the Egyptian ministry summoned the Egyptian ambassador": its own
        return hit, [subject.actor, summoned.actor]
    return None


def _meeting(view: SentenceView, participants: list[str], triggers: list[Hit], pool: list[Mention], sources: list[str],
             spoke: list[str], mentioned: set[str], tp_from_mediation_cue: set[int], mediation_cued: bool, *,
             group: bool, by_slot: bool, anaphoric: bool) -> Candidate:
    """A meeting of these participants with the sentence's third parties, sources, status and place."""
    meeting = Candidate("meeting", [view.sentence], participants=participants, mentioned=mentioned)
    named = _named_talks(view, triggers)
    fresh = [t for t in triggers if not _definite_noun(view, t) or t in named] or triggers
    framed = {k for h in view.of("frame_words") for k in (h.j, h.j + 1)}    # "during (his) visit"
    main = [t for t in fresh if t.i not in framed] or fresh   # "لم يلتق X Y خلال زيارته": the visit frames the time
    meeting.negated = all(_negated(view, t) for t in main)   # "ولم يلتق الأسد بزيلينسكي خلال القمة"
    if meeting.negated and (later := [t for t in triggers if t.i > max(x.i for x in main) and not _negated(view, t)]):
        at = [m.i for m in view.mentions if m.actor in participants]
        if at and min(at) >= later[0].j:
            meeting.negated = False   # "did not want his visit to coincide with the talks ... between A and B": theirs
    if meeting.negated:
        first_neg = min(t.i for t in main)
        at = [m.j for m in view.mentions if m.actor in participants]
        if at and max(at) <= first_neg and any(t.i < first_neg and not _negated(view, t) for t in triggers) \
                and any(view.tokens[k].key in ("ان", "that") for k in range(max(at), first_neg)):
            meeting.negated = False   # "جولة من المحادثات بين A وB مقررة ...، قبل أن يعلن X أنها لن تعقد": planned,
            # and X's saying it will not be held denies it
    meeting.states_only = all(view.gaz.actors[a].type != "person" for a in participants)
    meeting.anaphoric = anaphoric and not group
    meeting.confidence = 0.75 + (0.1 if group else 0.05 if by_slot else -0.1) + (0.05 if not meeting.states_only else -0.1)
    tp_roles = _ROLE_OF_CUE
    relatives = {h.i for h in view.of("relative")}
    joins = {h.i for h in view.of("joined")}

    def word_after(k: int) -> int:
        while k < len(view.tokens) and view.tokens[k].punct:
            k += 1
        return k

    attended = [m.actor for m in pool if m.role in tp_roles and m.actor not in participants
                and ((k := word_after(m.j)) in joins or (k in relatives and word_after(k + 1) in joins))]
    participants += attended          # "بتسهيل من X الذي حضر اللقاء": the third party attended too
    for m in pool:
        if m.role in tp_roles and (m.actor not in participants or m.actor in attended):
            if m.role == "mediator" and _mention_after_cue_in(view, m, tp_from_mediation_cue) and mediation_cued \
                    and any(0 <= h.i - m.j <= 3 for h in view.of("between")):
                continue   # "وساطة X بين A و B": a mediation of its own, not this meeting's
            if m.role in ("mediator", "sponsor") and triggers and all(_contrast_between(view, t.i, m.i) for t in triggers) \
                    and any(b.i > m.j and not any(_contrast_between(view, b.i, t.i) for t in triggers if t.i > m.i)
                            for b in view.of("between")):
                continue   # "لقاء A B، فيما تواصل قطر وساطتها بين C وD": the mediation of a clause of its own
            if m.role in ("mediator", "sponsor") and _of_the_agreement(view, m, triggers):
                continue   # "signed a declaration backing the deal, which was brokered by X": the deal's
            if m.role == "host" and _of_later_noun(view, m.i, triggers):
                continue   # "... بشأن القمة العربية التي تعتزم الجزائر استضافتها": the summit's host, not the visit's
            if m.role == "arranger" and any(m.j <= r < triggers[0].i for r in relatives):
                continue   # "وتسعى تركيا إلى ... من قطر اللتين زارهما أردوغان": what it seeks is no visit of the relative
            meeting.add_third(tp_roles[m.role], m.actor)
    meeting.sideline = view.any("sidelines")
    meeting.same_day = view.any("same_day")
    meeting.next_day = view.any("next_day")
    if view.of("series"):
        inside = {k for m in view.mentions for k in range(m.i, m.j)}
        meeting.series = any(h.i not in inside for h in view.of("series"))   # not "The New York Times"
    meeting.status = _status(view, participants, sources, spoke, fresh)
    meeting.reported_by = list(dict.fromkeys(sources + [s for s in spoke]))
    if meeting.negated and view.of("not_denial"):
        meeting.reported_by = []   # "No meeting ... was announced": no one says there was none (no denial)
    meeting.place = _place(view, triggers[0])
    nouns = view.of("delegation_nouns")
    if nouns:
        meeting.delegates = {m.actor for m in view.mentions if m.actor in participants
                             and any(n.j == m.i or m.j == n.i for n in nouns)}
    return meeting


def _cancellations(view: SentenceView, out: list[Candidate], pool: list[Mention], mentioned: set[str]) -> list[Candidate]:
    """"ألغى أردوغان زيارته إلى إسرائيل", "Netanyahu cancels the delegation's trip": whoever calls off a
    meeting says it will not happen (a denial of it); the meeting was planned, never held."""
    if not view.of("cue:cancellation"):
        return []
    passive = lexicon().words("passive_aux")
    cancel_nouns = lexicon().words("cancellation_nouns")
    nouns = view.of("meeting") + view.of("visit") + view.of("anaphoric_meeting") + view.of("visit_told_before")
    for hit in view.of("cue:cancellation"):     # ("called off the trip": the one told before)
        named = _named_tokens(view)
        noun = _noun_after(hit, nouns, named)
        if noun is None and not lexicon().words("cancel_it").isdisjoint(view.tokens[hit.i].variants):
            noun = max((n for n in nouns if n.j <= hit.i), key=lambda n: n.i, default=None)   # "تؤجلها": told before
        undone = hit.look == "passive" or not lexicon().words("passive_cancellation").isdisjoint(view.tokens[hit.i].variants) or (
            _is_arabic_tok(view.tokens[hit.i]) and any(n.j == hit.i for n in nouns))   # "الزيارة أُجّلت": the noun first
        # ("قال كالن إن الزيارة أُرجئت": the visit was put off; whoever says so denies it)
        if undone or (hit.i > 0 and not passive.isdisjoint(view.tokens[hit.i - 1].variants)):
            # "was called off" names no one who cancels; "X said the round had been put off": X does
            # ('"It was decided to postpone the summit," spokesman X said': the noun after the cue)
            # ("قال مسؤول إن القمة أُلغيت بعدما طلب الجانب الإماراتي": who asked for it, before who says so)
            speaker = _requester(view, hit, pool) or (_told_by(view, hit, pool) if noun is not None or any(
                n.j <= hit.i for n in nouns) else None)
            denier = speaker.actor if speaker is not None else None
        elif noun is None:
            continue             # "cancelled the agreement", "ألغت التأشيرات": no meeting called off
        elif (verb := _speech_before(view, hit.i, named) if hit.j - hit.i == 1 and not cancel_nouns.isdisjoint(
                view.tokens[hit.i].variants) else -1) is None:
            if noun.i == hit.j and (hit.i == 0 or any(p.i == noun.j for p in view.of("past_plan"))):
                # "إلغاء قمة مون ومحمد بن زايد": a headline, the summit called off ("بعد عام على إلغاء قمة كانت
                # مقررة بين A وB": one that was to be held)
                for c in out:
                    if c.kind == "meeting" and c.participants and c.status in ("confirmed", "confirmed!"):
                        c.status = "planned"
            continue             # "طالب بإلغاء الزيارة", "تم إلغاء القمة": a demand, a passive
        else:
            # a cancellation noun after its speech verb (verb >= 0): the verb's subject, before it ("وكان الجبير
            # قد أبلغ كوالالمبور تأجيل الزيارة") or after it ("أبلغ الكرسي الرسولي لبنان قرار إرجاء الزيارة"), not
            # whom it told
            subject = None
            if verb >= 0 and _is_arabic_tok(view.tokens[hit.i]):
                skip = lexicon().words_union("slot_skip", "earlier_markers")
                subject = next((m for m in reversed(pool) if m.j <= verb and m.role in (None, "source") and all(
                    not skip.isdisjoint(view.tokens[k].variants) for k in range(m.j, verb))), None) or next(
                    (m for m in pool if verb < m.i and m.j <= hit.i and m.role in (None, "source")), None)
            if subject is None and hit.i > 0 and view.tokens[hit.i - 1].key in ("but", "and", "then") and pool:
                subject = min(pool, key=lambda m: m.i)   # "X had planned to travel ..., but called off the trip": X
            denier = subject.actor if subject is not None else _denier(view, hit, pool)
        if denier is None:
            continue
        after = lexicon().words("after_talks")
        afters = [k for k, t in enumerate(view.tokens) if not after.isdisjoint(t.variants)]
        if not any(k < hit.i or any(0 < h.i - k <= 3 for h in view.of("meeting")) for k in afters):
            # (not "X received Y, a day after Z put off his visit", "puts off Saudi trip after Erdoğan
            # talks": a meeting told in an "after" clause, or the cue in one, was held)
            for c in out:     # (the one who calls it off is no confirmation of it: "أعلنت الخارجية الباكستانية تأجيل")
                if c.kind == "meeting" and c.participants and c.status in ("confirmed", "confirmed!"):
                    c.status = "planned"
        return [Candidate("denial", [view.sentence], denier=denier, mentioned=mentioned, confidence=0.7,
                          about_meeting=True, called_off=True,
                          called_off_visit=noun is not None and any(v.i == noun.i for v in view.of("visit")))]
    return []


def _requester(view: SentenceView, hit: Hit, pool: list[Mention]) -> Mention | None:
    """Who asked for the meeting to be called off, named after the cue ("بطلب من الجانب المصري", "at the
    request of Cairo") or right before the verb ("because the UAE side asked for"), after the cancellation."""
    actors = [m for m in pool if m.role in (None, "source") and not _is_media(view, m)]
    for h in view.of("requested_by"):
        if h.i >= hit.j and (m := _near_after(view, h.j, 3, actors)) is not None:
            return m
    for h in view.of("request_verbs"):
        if h.i >= hit.j and (m := next((m for m in reversed(actors) if m.j <= h.i and h.i - m.j <= 2 and m.i >= hit.j),
                                       None)) is not None:
            return m
    return None


def _invited_back(view: SentenceView, out: list[Candidate], mentioned: set[str]) -> list[Candidate]:
    """"X met Y ... and invited him to visit the White House", "التقى X Y ...، ودعاه إلى زيارة واشنطن": besides
    the meeting held, a proposed one of the same two persons (the one named first invites the other)."""
    held = [c for c in out if c.kind == "meeting" and c.status.startswith("confirmed") and len(c.participants) == 2
            and all((a := view.gaz.actors.get(p)) is not None and a.type == "person" for p in c.participants)]
    if len(held) != 1:
        return []
    back = lexicon().words("invite_back")
    invite = lexicon().words("invitation")
    toks = view.tokens
    at = {m.actor: m.i for m in reversed(view.mentions) if m.actor in held[0].participants}
    if len(at) != 2:
        return []
    goal = {h.i for kind in ("meeting", "visit") for h in view.of(kind)}
    for k, tok in enumerate(toks):
        if k <= max(at.values()):
            continue
        if _is_arabic_tok(tok):      # "ودعاه إلى زيارة": the pronoun on the verb, then "إلى" and the meeting word
            found = not back.isdisjoint(tok.variants[:2]) and k + 2 < len(toks) and toks[k + 1].key in ("الى", "الي") \
                and k + 2 in goal
        else:                        # "invited him to visit"
            found = not invite.isdisjoint(tok.variants) and k + 1 < len(toks) and toks[k + 1].key in back \
                and any(k + 2 < g <= k + 4 for g in goal)
        if found:
            first, other = sorted(at, key=at.get)
            proposal = Candidate("meeting", [view.sentence], participants=[first, other], status="proposed",
                                 mentioned=mentioned, confidence=0.6, span=(k, len(toks)))
            proposal.told_date = None        # not the day of the meeting held: a date only if its clause gives one
            return [proposal]
    return []


def _refusals(view: SentenceView, pool: list[Mention], mentioned: set[str]) -> list[Candidate]:
    """"يرفض لقاء بنس", "refused to meet Pence", "ruled out a meeting": the refuser says a meeting
    will not happen. A denial only of a meeting the article tells as planned, proposed or reported
    (a refusal in general, "Iran refuses to meet US officials", denies nothing)."""
    if not view.of("cue:refusal"):
        return []
    nouns = view.of("meeting") + view.of("anaphoric_meeting") + view.of("visit")
    named = _named_tokens(view)
    away = lexicon().words("stay_away_words")
    travel = lexicon().words("travel_words")
    for hit in view.of("cue:refusal"):
        if any(not travel.isdisjoint(view.tokens[k].variants) for k in range(hit.i, hit.j)):
            stays = _stays_home(view, hit, pool)
            if stays is not None:
                return [stays]
            continue
        noun = _noun_after(hit, nouns, named)
        if noun is None and any(not away.isdisjoint(view.tokens[k].variants) for k in range(hit.i, hit.j)) \
                and (hit.j == len(view.tokens) or view.tokens[hit.j].punct):
            # "Netanyahu's office said he would not attend, thanking Trump": stays away from his meeting told before
            denier = _denier(view, Hit(hit.i, hit.j, hit.kind, "before"), pool)
            if denier is not None:
                return [Candidate("denial", [view.sentence], denier=denier, confidence=0.6, about_meeting=True,
                                  refusal=True, mentioned={denier})]
        if noun is None:
            continue
        # "رفض الرئيس عباس لقاء بنس": the subject between the verb and the noun; "عباس يرفض لقاء بنس":
        # the one before the verb (whoever follows the noun is whom he will not meet)
        between = [m for m in pool if m.role in (None, "source") and hit.j <= m.i and m.j <= noun.i
                   and not (m.i > 0 and view.tokens[m.i - 1].key in ("الى", "الي", "to"))] \
            if _is_arabic_tok(view.tokens[hit.i]) else []   # (English: "rejects Trump offer to meet": whose offer)
        # (not "لن يتوجه إلى الجزائر للمشاركة في القمة": where he will not go)
        denier = between[0].actor if between else _denier(view, Hit(hit.i, hit.j, hit.kind, "before"), pool)
        refused = _near_after(view, noun.j, 3, [m for m in pool if m.actor != denier])
        told = any(hit.j <= n.i and n.j >= noun.j for n in view.of("anaphoric_meeting"))   # "ruled out such an encounter"
        if denier is not None and (refused is not None or told):   # whom he will not meet, or the meeting told
            summit = refused is None and not lexicon().words("summit_words").isdisjoint(view.tokens[noun.i].variants)
            subject = next((m for m in reversed(pool) if m.j <= hit.i and hit.i - m.j <= 2 and m.role in (None, "source")
                            and (x := view.actor(m)) is not None and x.type == "person"), None)
            # ("أفادت وكالة الأنباء الجزائرية بأن تبون قرر عدم حضور القمة": Tebboune stays away, whoever says so)
            absentee = (subject.actor if subject is not None else denier) if summit else None
            a = view.gaz.actors.get(absentee or "")
            if a is None or a.type not in ("person", "state"):
                absentee = None      # (a state: "أعلنت الصومال أن رئيسها لن يشارك في القمة", "قاطعت ليبيا القمة")
            if absentee is not None:
                # "أعلن الديوان الملكي السعودي أن ولي العهد لن يتوجه ... للمشاركة في القمة": who announces it denies
                said = _says_it(view, Hit(hit.i, hit.j, hit.kind, "before"),
                                [m for m in pool if m.role in (None, "source") and m.actor != absentee
                                 and not _is_media(view, m)])
                own = next((m for m in pool if m.actor == absentee), None)
                told_by = own is not None and any(h.j <= own.i for h in view.of("speech"))
                # ("أعلن المكتب الإعلامي في رئاسة الجمهورية أن الرئيس X لن يشارك": his state says so)
                denier = said.actor if said is not None else a.affiliation if told_by and a.affiliation else denier
            return [Candidate("denial", [view.sentence], denier=denier, confidence=0.65, about_meeting=True,
                              refusal=True, absentee=absentee,
                              mentioned={denier, refused.actor} if refused is not None else {denier})]
    return []


def _stays_home(view: SentenceView, hit: Hit, pool: list[Mention]) -> Candidate | None:
    """"Putin will not travel to Istanbul for talks with Ukraine, the Kremlin said", "Peskov said Putin had no
    plans to travel to Turkey": the traveller stays away from his meeting told as still to come; who says so
    (else he himself) denies it."""
    cands = [m for m in pool if m.role in (None, "source") and not _is_media(view, m)]
    persons = [m for m in cands if m.j <= hit.i and (a := view.actor(m)) is not None and a.type == "person"]
    # the subject right before the cue ("said Putin had no plans"), else the sentence's first person ("X, who
    # received an invitation from Y, will not travel there")
    traveller = next((m for m in reversed(persons) if not any(t.punct for t in view.tokens[m.j:hit.i])),
                     persons[0] if persons else None)
    if traveller is None:
        return None
    others = [m for m in cands if m.actor != traveller.actor]
    cue = Hit(hit.i, hit.j, hit.kind, "before")
    said = _says_it(view, cue, others) or _quoted_source(view, cue, others)
    # ("نقلت وكالة رويترز عن مصدرين أمنيين مصريين أن الرئيس المصري لن يسافر": the sources, Egypt)
    if said is None:     # '..., the Kremlin said on Thursday', '..., two Egyptian security sources told Reuters'
        verb = next((h for h in view.of("speech") if h.i >= hit.j), None)
        said = _speaker_of(view, verb, [m for m in others if m.i > hit.j]) if verb is not None else None
    denier = said.actor if said is not None else traveller.actor
    return Candidate("denial", [view.sentence], denier=denier, confidence=0.6, about_meeting=True, refusal=True,
                     absentee=traveller.actor, mentioned={denier, traveller.actor})


def _named_tokens(view: SentenceView) -> set[int]:
    return {k for m in view.mentions for k in range(m.i, m.j)}


def _appositions(view: SentenceView) -> set[int]:
    """Tokens of an apposition set off by commas right after a name ("Ali Shamkhani, secretary of the
    Supreme National Security Council, met"): at most eight tokens, no meeting word inside."""
    named = _named_tokens(view)
    commas = [k for k, t in enumerate(view.tokens) if t.punct in (",", "،")]
    words = {h.i for kind in ("meeting", "visit") for h in view.of(kind)}
    out: set[int] = set()
    for a, b in zip(commas, commas[1:]):
        if a - 1 in named and b - a <= 9 and not words.intersection(range(a, b)):
            out.update(range(a, b + 1))
    return out


def _unnamed_between(named: set[int], a: int, b: int) -> int:
    """Tokens in [a, b) that are not part of a name (negative when b < a): distances in words, a
    name counting as none."""
    return b - a - len(named.intersection(range(a, b)))


def _noun_after(hit: Hit, nouns: list[Hit], named: set[int]) -> Hit | None:
    """The meeting noun within three words after a cue, names between not counted ("ألغى الرئيس
    التركي أردوغان زيارته", "يرفض لقاء بنس")."""
    return next((n for n in nouns if 0 <= _unnamed_between(named, hit.j, n.i) <= 3), None)


def _speech_before(view: SentenceView, i: int, named: set[int]) -> int | None:
    """The token index of a speech verb ("أعلن") right before token i, names and time words between left
    aside ("وأعلن الكرملين أمس تأجيل الزيارة"), or None."""
    skip = lexicon().words_union("slot_skip", "announce_fillers")
    office = {k for h in view.of("attribution_skip") + view.of("earlier_markers") for k in range(h.i, h.j)}
    office |= {h.i for h in view.of("locative") if h.j in named}     # "أعلن في دبي مساء الأحد إلغاء القمة"
    # ("أعلنت وزارة الخارجية الباكستانية", "أعلن ...، مساء الثلاثاء، تأجيل", "أعلن الثلاثاء الماضي إلغاء")
    k = i - 1
    while k >= 0 and (k in named or k in office or view.tokens[k].punct in (",", "،")
                      or not skip.isdisjoint(view.tokens[k].variants)):
        k -= 1
    return k if k >= 0 and not lexicon().words_union("speech", "announce_verbs").isdisjoint(view.tokens[k].variants) \
        else None


def _denies_a_claim(view: SentenceView, hit: Hit, triggers: list[Hit]) -> bool:
    """"denied reports that X had met Y", "نفت الأنباء عن لقاء X وY", "denied that X had met Y": the
    cue's object is a claim, and the meeting word comes within four words after it (names not
    counted). Not "نفت التقرير ... الذي التقى": a meeting told further on, in a clause of its own."""
    if hit.look == "after":
        return False
    named = _named_tokens(view) | _appositions(view)     # (", secretary of the Council," counts as the name)

    def near(j: int) -> bool:
        return any(0 <= _unnamed_between(named, j, t.i) <= 4 for t in triggers)

    if hit.look == "before":   # "said reports of a meeting between X and Y were untrue": the claim before the cue
        breaks = _breaks(view, "clause_breaks")
        if any(r.j <= hit.i and near(r.j) and not any(r.j <= b < hit.i for b in breaks)
               and any(r.j <= t.i and t.j <= hit.i for t in triggers) for r in view.of("reports_of")):
            return True

    k = hit.j
    while k in named:        # "نفت إيران أن ...": past the denier
        k += 1
    skip = {x for h in view.of("slot_skip") for x in range(h.i, h.j)}
    past = k
    while past < min(len(view.tokens), k + 6) and (view.tokens[past].punct or past in skip):
        past += 1            # "نفى X، أمس الخميس، أن ...", "denied on Thursday that ...": past the time aside
    if past < len(view.tokens) and view.tokens[past].key in ("that", "ان"):
        k = past
    that = k < len(view.tokens) and view.tokens[k].key in ("that", "ان")
    breaks = [b.i for b in view.of("clause_breaks")]
    return (that and near(k + 1)) or any(   # the reports word in the cue's clause (Arabic: past its subject)
        0 <= _unnamed_between(named, hit.j, r.i) <= 10 and not any(hit.j <= b < r.i for b in breaks)
        and near(r.j) for r in view.of("reports_of"))


def _denies_named_meeting(view: SentenceView, hit: Hit, triggers: list[Hit]) -> bool:
    """"نفى حزب الله لقاء X بـY": the cue's object, right after it and its denier, is a meeting word
    whose parties follow; what is denied is that meeting, even with nothing else to tell it."""
    named = _named_tokens(view)
    k = hit.j
    while k < len(view.tokens) and (k in named or view.tokens[k].punct):
        k += 1
    return hit.look != "before" and any(t.i == k and any(m.i >= t.j for m in view.mentions if m.actor) for t in triggers)


def _denies_other_claim(view: SentenceView, hit: Hit) -> bool:
    """The cue's object is a "that" clause ("نفى أن يكون X ...", "denied that X ...") and no meeting,
    visit or report word follows it: what is denied is something else than a meeting."""
    named = _named_tokens(view)
    k, words = hit.j, 0
    while k < len(view.tokens) and view.tokens[k].key not in ("that", "ان") and words <= 2:
        words += not (k in named or view.tokens[k].punct)   # past the denier and an adverb ("نفت السعودية مراراً أن")
        k += 1
    if k >= len(view.tokens) or view.tokens[k].key not in ("that", "ان"):
        return False
    copula = lexicon().words("claim_copula")
    for c in range(k + 1, min(k + 3, len(view.tokens))):     # "نافياً أن يكون الاجتماع مخصصاً لبحث ..."
        if view.tokens[c].key in copula:
            noun = next((h for h in view.of("anaphoric_meeting") if h.i in (c + 1, c + 2)), None)
            if noun is not None and noun.j < len(view.tokens) \
                    and lexicon().words("held_words").isdisjoint(view.tokens[noun.j].variants):
                return True          # what the meeting was about is denied, not that it was held
    meaning = lexicon().words("meaning_verbs")
    nouns = [h for kind in ("meeting", "anaphoric_meeting") for h in view.of(kind)]
    for c in range(k + 1, min(k + 4, len(view.tokens))):     # "نفى فيدان أن تعني المحادثات أي تطبيع"
        if not meaning.isdisjoint(view.tokens[c].variants) and any(abs(h.i - c) <= 2 for h in nouns):
            return True              # what the meeting means is denied, not that it was held
    kinds = ("meeting", "visit", "anaphoric_meeting", "reports_of", "new_round")
    start = max([b.i for b in view.of("clause_breaks") if b.i < hit.i], default=0)
    # (nor "reports he would travel were 'inaccurate' and that ...": the claim comes before the cue)
    return not any(hit.j <= h.i or start <= h.i < hit.i for kind in kinds for h in view.of(kind))


def _denies_a_thing(view: SentenceView, hit: Hit) -> bool:
    """The cue's object, within seven words after it and before any meeting word or comma, is a thing
    other than a meeting ("نفت إيران أي دور لها فيها", "denied talk of any under-the-table deals",
    "dismissed as 'stillborn' the initiative", "denied reports of a role"): not that anyone met."""
    things = lexicon().words("denied_things")
    named = _named_tokens(view)
    starts = {h.i for kind in ("meeting", "visit", "anaphoric_meeting", "new_round") for h in view.of(kind)}
    words = 0
    for k in range(hit.j, len(view.tokens)):
        t = view.tokens[k]
        if k in starts or t.punct in (",", "،", ";", "؛") or words >= 7:
            return False
        if k in named or t.punct:
            continue
        if not things.isdisjoint(t.variants):
            return True
        words += 1
    return False


def _denier_of_own_meeting(view: SentenceView, trigger: Hit, pool: list[Mention]) -> str | None:
    """"عراقجي ينفي لقاء ويتكوف", "Qatar denies report of secret meeting with Israeli officials": a
    meeting word right after the denial (a report word, an article or an adjective between at most)
    naming one party only is the denier's own meeting with that party."""
    reports = lexicon().words_union("reports_of", "denier_words")
    if any(v.i == trigger.i for v in view.of("visit")) and any(
            view.tokens[m.i - 1].key in ("الي", "to") and (m.place or (a := view.actor(m)) is not None and a.type == "state")
            for m in view.mentions if m.i > trigger.j):
        return None       # "حزب الله ينفي زيارة لمسعود بارزاني إلى إيران": a visit of someone else's, to a place
    for cue in view.of("cue:denial"):
        gap = [t for t in view.tokens[cue.j:trigger.i] if not t.punct]
        if 0 <= trigger.i - cue.j <= 4 and len(gap) <= 3 and all(
                not reports.isdisjoint(t.variants) or t.key in ("عن", "of", "any", "secret", "سري", "سرية")
                for t in gap):
            return _denier(view, cue, pool)
    return None


def _own_talks_before(view: SentenceView, hit: Hit, denier: str, triggers: list[Hit],
                      out: list[Candidate]) -> list[Candidate]:
    """"أعلن X، عقب مباحثات أجراها مع Y، أن اللقاء لن يعقد": the talks the denier held, told in his own
    phrase before the cue, are no part of what he denies."""
    phrases = [h for h, m in _owners_of_phrase(view, view.of("subordinate"), triggers) if m.actor == denier and h.j < hit.i]
    if not phrases:
        return []
    inside = {m.actor for m in view.mentions if phrases[0].j <= m.i and m.j <= hit.i}
    own = [c for c in out if c.kind == "meeting" and denier in c.participants
           and all(p == denier or p in inside for p in c.participants)]
    for c in own:
        if c.status == "planned" and all(h.i > hit.i for h in view.of("planned")):
            c.status = "confirmed"   # held: "لن يعقد" is said of the meeting denied
    return own


def _denied_references(out: list[Candidate], denier: str, named_again: bool = False) -> list[Candidate]:
    """A meeting named after a denial cue ("denied any meeting between X and Y") is what is
    denied: a reference to a meeting told elsewhere, whose denier is not one of its participants,
    unless the meeting is his own with one other ("denied meeting Witkoff"; or the denier is named
    again after the cue, the subject of what he denies: `named_again`)."""
    kept = []
    for c in out:
        if c.kind == "meeting" and c.participants:
            c.denied_ref = True
            c.reported_by = [a for a in c.reported_by if a != denier]   # who denies a claim does not report it
            if named_again and denier in c.participants and len(c.participants) == 2:
                c.own_denied = True
            if not c.own_denied:
                c.participants = [p for p in c.participants if p != denier]
            c.confidence = min(c.confidence, 0.6)
            if len(c.participants) < 2:
                continue
        kept.append(c)
    return kept


def _speaker_mentions(view: SentenceView, pool: list[Mention], triggers: list[Hit]) -> list[Mention]:
    """Speakers of the sentence, unless they go on to speak of themselves ("said he met")."""
    out = []
    selfref = view.of("self_reference")
    for hit in view.of("speech"):
        m = _speaker_right_after(view, hit, pool) or _near_before(view, hit.i, 3, pool)
        if m is None or m in out:
            continue
        if any(hit.j <= r.i and any(r.j <= t.i for t in triggers) and r.i - hit.j <= 4 for r in selfref):
            continue
        out.append(m)
    return out


def _on_sidelines(view: SentenceView) -> bool:
    """The sentence says "on the sidelines", in this view or (a region of it) anywhere in its tokens."""
    if view.any("sidelines"):
        return True
    words = lexicon().words("sidelines")
    return any(not words.isdisjoint(t.variants) for t in view.tokens)


def _sideline_frames(view: SentenceView) -> dict[int, int]:
    """Where each "on the sidelines of the meeting" phrase ends (opener's token -> the frame noun's
    end): a trigger after it ("عقد لافروف على هامش الاجتماع لقاء مع ...") is the main clause's own,
    which the phrase does not cut off from its subject."""
    nouns = view.of("meeting") + view.of("anaphoric_meeting")
    out = {}
    for s in view.of("sidelines"):
        frame = next((f for f in nouns if s.j <= f.i <= s.j + 2), None)
        if frame is not None:
            out[s.i] = frame.j
    return out


def _separated(view: SentenceView, m: Mention, t: Hit, subs: list[Hit]) -> bool:
    """A subordinate opener ("after", "منذ") lies between the mention and the trigger."""
    a, b = (m.j, t.i) if m.j <= t.i else (t.j, m.i)
    return any(a <= h.i < b for h in subs)


def _common_party(view: SentenceView, participants: list[str], pool: list[Mention], triggers: list[Hit]) -> str | None:
    """The one party the others each met apart: the only participant named after the first "with"
    ("مع") past the trigger (or, with no "with", after a trigger right after "separately"), all the others
    before it ("A and B held separate meetings with C", "عقد A وB لقاءين منفصلين مع C", "A and B
    separately met C"); None when the sentence is not built so."""
    with_words = lexicon().words("with_words")
    start = next((k for k in range(triggers[0].j, len(view.tokens))
                  if not with_words.isdisjoint(view.tokens[k].variants)), None)
    if start is None and any(0 <= triggers[0].i - h.j <= 1 for h in view.of("separately")):
        start = triggers[0].i    # "A and B separately called on C": the verb's object, its subjects before it
    if start is None:            # (not "Separately, ... A and B met C": a new story, not apart)
        return None
    after = {m.actor for m in pool if m.i > start and m.actor in participants}
    before = {m.actor for m in pool if m.i < start and m.actor in participants}
    if len(after) == 1 and len(before - after) == len(participants) - 1:
        return next(iter(after))
    return None


def _media_owners(view: SentenceView, pool: list[Mention]) -> set[int]:
    """The id()s of the states named as owners of media ("coverage in U.S. media", "وسائل إعلام أمريكية"):
    no side of what the sentence tells."""
    states = [m for m in pool if (a := view.actor(m)) is not None and a.type == "state"]
    if not states:
        return set()
    media, toks = lexicon().words("media_nouns"), view.tokens
    return {id(m) for m in states
            if (m.j < len(toks) and not media.isdisjoint(toks[m.j].variants) if not _is_arabic_tok(toks[m.i])
                else any(not media.isdisjoint(toks[k].variants) for k in range(max(0, m.i - 2), m.i)))}


def _possessive(view: SentenceView, m: Mention) -> bool:
    """English "X's ...": X qualifies what follows (Trump's envoy, Assad's backer), unless a delegation."""
    toks = view.tokens
    if m.j + 1 < len(toks) and toks[m.j].punct in ("'", "’") and toks[m.j + 1].key == "s":
        nxt = m.j + 2
        agents = {h.i for h in view.of("agent_nouns")}
        return nxt not in agents and not (nxt + 1 < len(toks) and nxt + 1 in agents)
    return False


def _meeting_included(view: SentenceView, anaphoric: list[Hit]) -> list[Hit]:
    """"وضمّ الاجتماع ..." (verb, then the definite meeting noun), "the meeting brought together ..."
    (noun, then verb): the inclusion verbs whose subject is the meeting named before."""
    places = {k for m in view.mentions if m.place for k in range(m.i, m.j)} | {h.i for h in view.of("locative")}
    # ("the talks in Geneva brought X together with Y", "القمة الثلاثية التي جمعت A وB")
    between = places | {h.i for kind in ("relative", "joint_words") for h in view.of(kind)}
    return [v for v in view.of("meeting_included") if any(
        v.j == h.i or h.j == v.i or (h.j < v.i <= h.j + 4 and all(k in between for k in range(h.j, v.i)))
        for h in anaphoric)]


def _fellow_visitors(view: SentenceView, visitor: str, pool: list[Mention], hit: Hit) -> list[str]:
    """The visitor and the persons joined to him by 'and' ("Kushner and Greenblatt will visit ..."),
    in text order. The visitor's mention is his last before the visit's word (else his first): not
    an earlier one in another list ("بين زيلينسكي وترامب، وبعدما أرجأ الرئيس الأوكراني زيارة")."""
    named = [x for x in pool if x.actor == visitor]
    m = next((x for x in reversed(named) if x.j <= hit.i), named[0] if named else None)
    if m is None:
        return [visitor]
    persons = [x for x in pool if (a := view.actor(x)) is not None and a.type == "person"]
    if m not in persons:
        return [visitor]
    own = lexicon().words("own_first_letter")

    def joined(chain: list[Mention]) -> list[Mention]:    # up to a link that is only "ولي"'s own letter
        for k in range(1, len(chain)):
            a, b = sorted((chain[k - 1], chain[k]), key=lambda x: x.i)
            if b.i == a.j and view.tokens[b.i].key in own:
                return chain[:k]
        return chain
    chain = list(reversed(joined(_chain(view, m, persons, forward=False)))) \
        + joined(_chain(view, m, persons, forward=True))[1:]
    return list(dict.fromkeys(x.actor for x in chain if not _is_master(view, x)))


def _is_master(view: SentenceView, m: Mention) -> bool:
    """A person named as whose adviser or envoy the one before is: an adviser word then "to"/"of" or
    the master's own title ("كوشنر، كبير مستشاري الرئيس ترامب", "Kushner, senior adviser to President
    Trump"); he neither travels nor meets. "National Security Adviser Jake Sullivan" is his own title."""
    masters, links, titles = lexicon().words("master_words"), lexicon().words("master_links"), title_starts()
    toks = view.tokens
    for k in range(max(0, m.i - 3), m.j - 1):
        if not masters.isdisjoint(toks[k].variants):
            nxt = toks[k + 1]
            if not links.isdisjoint(nxt.variants) or not titles.isdisjoint(nxt.variants):
                return True
    return False


def _tour_ahead(view: SentenceView, hit: Hit, dests: list[Mention]) -> bool:
    """"جولة تشمل أيضاً قطر", "وتشمل جولته قطر", "a tour that will also take him to Qatar": stops still
    to come (the word before the cue counts too)."""
    words = {v for t in view.tokens[max(0, hit.i - 1):dests[0].i] for v in t.variants} if dests else set()
    if not lexicon().words("tour_past").isdisjoint(words):
        return False
    if hit.i > 0 and view.tokens[hit.i - 1].key in lexicon().words("subjunctive") \
            and view.tokens[hit.i].key[:1] in imperfect_starts():
        # "على أن يتوجه لاحقاً إلى أذربيجان" (not "زار جدة ...، قبل أن يتوجه إلى الدوحة": the next leg of a trip
        # told in the past, when nothing else in the sentence is still to come)
        return not (any(s.j == hit.i - 1 for s in view.of("subordinate")) and not view.of("planned"))
    return not lexicon().words("tour_ahead").isdisjoint(words)



def _person_welcomed(view: SentenceView, hit: Hit) -> bool:
    """The object of "welcomes" is a person ("welcomed Syria's Sharaa to the White House"), not a
    decision or a state's step."""
    after = next((m for m in view.mentions if m.i >= hit.j and m.actor), None)
    if after is None or after.i - hit.j > 3:
        return False
    if view.actor(after) is not None and view.actor(after).type != "person":   # "Syria's Sharaa": the owner first
        after = next((m for m in view.mentions if m.i >= after.j and m.actor), None)
        if after is None or after.i - hit.j > 4:
            return False
    actor = view.actor(after)
    return actor is not None and actor.type == "person"


def _told_in_person(view: SentenceView, hit: Hit) -> bool:
    """"King Abdullah told U.S. Vice President Mike Pence in Amman on Sunday that ...", "Biden told
    Qatar's emir, Sheikh Tamim, in the Oval Office": what one told a person at a place, face to face
    (not "told reporters", nor "told X in a phone call")."""
    toks = view.tokens
    if not _person_welcomed(view, hit):
        return False
    person = next(m for m in view.mentions if m.i >= hit.j and m.actor and _kind(view, m) == "person")
    if _is_arabic_tok(toks[hit.i]):    # "أبلغ X Y في الخرطوم": verb, the teller, then whom he told
        person = next((m for m in view.mentions if m.i == person.j and _kind(view, m) == "person"), None)
        if person is None:
            return False
    k = person.j
    if k < len(toks) and toks[k].punct in (",", "،"):
        k = next((m.j for m in view.mentions if m.i == k + 1 and _kind(view, m) == "person"), k)   # his name after
    while k < len(toks) and toks[k].punct in (",", "،"):
        k += 1
    if k >= len(toks) or toks[k].key not in ("in", "at", "في"):
        return False
    if any((m.place or _kind(view, m) == "state") and m.i <= k + 2 for m in view.mentions if m.i > k):
        return True                                   # "in Amman", "in Paris", "في عمان"
    return k + 2 < len(toks) and toks[k + 1].key == "the" and bool(toks[k + 2].key) \
        and view.sentence.text[toks[k + 2].start - view.sentence.start].isupper()      # "in the Oval Office"


def _person_called_on(view: SentenceView, hit: Hit) -> bool:
    """"called on the Maronite patriarch, Cardinal X, at Bkirki": a person within five words, and no
    "to" after him ("called on Putin to end the war" is an appeal)."""
    after = next((m for m in view.mentions if m.i >= hit.j and m.actor), None)
    if after is None or after.i - hit.j > 5 or (actor := view.actor(after)) is None or actor.type != "person":
        return False
    talks = [t for t in view.of("meeting") + view.of("anaphoric_meeting") + view.of("new_round")
             if 0 <= hit.i - t.j <= 12]
    if talks and not any(talks[-1].j <= m.i < hit.i for m in view.mentions if _kind(view, m) == "person"):
        return False     # "Two earlier rounds, held in Ankara, saw Fidan shuttle between ...": the talks' subject
    nxt = next((t for t in view.tokens[after.j:] if not t.punct), None)
    return nxt is None or nxt.key != "to"


def _in_scope(view: SentenceView, triggers: list[Hit], free: list[Mention],
              eligible: list[Mention] | None = None) -> list[Mention]:
    """The actors a meeting trigger can take as participants: not cut off from every trigger by a
    subordinate phrase, not a possessive qualifier, not a message's author; speakers only when the
    trigger has no other two sides ("Cavusoglu says he held talks with Mekdad"). `eligible`:
    _eligible(view, triggers, free), when the caller has it already."""
    if eligible is None:
        eligible = _eligible(view, triggers, free)
    out = _within_reach(view, triggers, eligible)
    speaking = _speaker_mentions(view, out, triggers)
    quiet = [m for m in out if m not in speaking]
    if len({m.actor for m in quiet}) >= 2:
        return quiet
    if quiet and any(s.j <= t.i and (_said_between(view, s.j, t.i) or cancelled_between(view, s.j, t.i))
                     and all(q.i >= s.j for q in quiet)
                     for s in speaking for t in triggers) \
            and not any(o.i <= t.i < o.j for o in view.of("object_triggers") for t in triggers):
        return quiet     # "Lavrov said Erdogan visited Saudi Arabia", "قال بيسكوف إن زيلينسكي زار", "أعلن X أن
                         # زيارة ولي العهد أُجّلت": the meeting is what the speaker says; he is no side of it
                         # (but "قال لافروف إن ولي العهد استقبله": "him" is the speaker)
    return out


def _said_between(view: SentenceView, a: int, b: int) -> bool:
    """A speech verb or "that" ("أن", "إن") in tokens [a, b): what follows is what is said."""
    return any(view.tokens[k].key in ("ان", "that") for k in range(a, b)) \
        or any(a <= h.i and h.j <= b for h in view.of("speech"))


def _closes_before_and(view: SentenceView, sub: Hit, triggers: list[Hit]) -> bool:
    """A subordinate phrase naming no one that a comma closes right before a trigger joined by "و"
    ("وصل X إلى طهران قبل بدء العملية، والتقى Y"): the verb goes on with the main clause's subject."""
    tokens = view.tokens
    for k in range(sub.j, min(sub.j + 6, len(tokens))):
        if tokens[k].punct:
            return tokens[k].punct in (",", "،") and any(t.i == k + 1 and tokens[t.i].conj for t in triggers) \
                and not any(m.actor and sub.j <= m.i < k for m in view.mentions)
    return False


def _earlier_stops(view: SentenceView, toured: list) -> list:
    """"وصل X إلى بيروت، في محطة هي الرابعة في جولته الإقليمية بعد القاهرة والكويت وعمّان", "the fourth
    stop of his tour, after Cairo, Kuwait and Amman": the stops named after "بعد"/"after" near the tour's
    word are visits of the same traveller, made already (one per state not visited in the sentence)."""
    seen = {st for _, _, states, _ in toured for st in states}
    visitor = toured[0][1] if toured else None
    tours = {h.j for h in view.of("visit") if view.tokens[h.j - 1].key in ("tour", "trip")}
    after_tour = [h for h in view.of("subordinate") if view.tokens[h.i].key == "after" and h.i >= 2
                  and (h.i in tours or view.tokens[h.i - 1].punct and h.i - 1 in tours)] if toured else []
    # ("the fourth stop of his tour, after Cairo": "after" right after the tour's word)
    by_start = {m.i: m for m in reversed(view.mentions)}   # (the first mention starting at a token)
    out = []
    for h in view.of("stops_before") + after_tour:
        who = visitor or next((m.actor for m in view.mentions if m.j <= h.i and m.actor and _kind(view, m) == "person"),
                              None)     # ("أمضى X ساعات في بيروت، في محطة هي الرابعة في جولته بعد ...": X)
        if not who:
            continue
        k = h.j
        states, dests = [], []
        while k < len(view.tokens):
            m = by_start.get(k)
            state = _destination(view, m) if m is not None else None
            if state is None:
                break
            if state not in seen and state not in states and state != _side(view.gaz, who):
                states.append(state)
            dests.append(m)
            k = m.j
            if k < len(view.tokens) and view.tokens[k].punct in (",", "،"):
                k += 1
            if k < len(view.tokens) and view.tokens[k].key in ("and", "و"):
                k += 1
        if states and (len(dests) >= 2 or k >= len(view.tokens) - 1):   # (a list, or one stop ending the sentence)
            out.append((h, who, states, dests))
    return out


def _counterfactual(view: SentenceView, t: Hit) -> bool:
    """"أن بارزاني لو جاء إلى إيران لالتقى المرشد": a meeting in the clause of "لو" (were he to come) is
    none, neither held nor planned (the "لو" at most six words before it, no punctuation between)."""
    return any(0 < t.i - h.i <= 6 and not any(x.punct for x in view.tokens[h.j:t.i]) for h in view.of("counterfactual"))


_OPENERS = frozenset(("before", "ahead", "قبل", "قبيل", "وقبل", "وقبيل"))


def _opening_span(view: SentenceView, subs: list[Hit]) -> tuple[int, int] | None:
    """The words [a, b) of a phrase that opens the sentence with "before", "ahead of" or "قبل" (one of
    ``subs`` or an ahead_of hit) and closes with a comma within eight words, no verb of meeting in it
    ("Before his talks with Erdoğan, ..."); None when there is none."""
    opener = next((h for h in subs + view.of("ahead_of") if h.i <= 1 and view.tokens[h.i].key in _OPENERS), None)
    if opener is None:
        return None
    comma = next((k for k in range(opener.j, min(len(view.tokens), opener.j + 9)) if view.tokens[k].punct in (",", "،")),
                 None)
    verbs = lexicon().words_union("meeting_verbs", "met_verbs", "reception_verbs")
    if comma is None or any(not verbs.isdisjoint(t.variants) for t in view.tokens[opener.j:comma]):
        return None      # (not "وقبيل المؤتمر استقبل ماكرون السراج في لقاء ثنائي، ثم ...": the main verb inside)
    return opener.j, comma


def _opening_phrase(view: SentenceView, subs: list[Hit], triggers: list[Hit]) -> tuple[int, int] | None:
    """The opening phrase's span (_opening_span) when every trigger comes after it, else None."""
    span = _opening_span(view, subs)
    return span if span is not None and all(t.i > span[1] for t in triggers) else None


def _past_opening_phrase(view: SentenceView, triggers: list[Hit]) -> list[Hit]:
    """"Ahead of the talks with Erdoğan, Barzani met Çavuşoğlu", "Before his talks with X, Y met Z": the
    talks of a phrase that opens the sentence, up to its comma, are another meeting than the main verb's
    after it; their triggers go (and with them who only they name). Triggers as they were otherwise."""
    span = _opening_span(view, view.of("subordinate"))
    if span is None or not any(t.i > span[1] for t in triggers) or not any(span[0] <= t.i < span[1] for t in triggers):
        return triggers
    return [t for t in triggers if not span[0] <= t.i < span[1]]


def _eligible(view: SentenceView, triggers: list[Hit], free: list[Mention]) -> list[Mention]:
    """Free actors not cut off from every trigger by a subordinate phrase, not a possessive
    qualifier, not a message's author."""
    adverbs = {k for h in view.of("adverbs") for k in range(h.i, h.j)}
    subs = [h for h in view.of("subordinate") if h.i not in adverbs   # "بعد ذلك", "after that": no clause
            and aside_end(view, h.i) is None      # "، عقب وصوله،": an aside that closes cuts nothing off
            and not _closes_before_and(view, h, triggers)]
    described = [span for h in subs if (span := _description(view, h, triggers))]
    if described:     # the aside's subordinate word cuts no one off; what the aside names takes no part
        subs = [h for h in subs if not any(a <= h.i < b for a, b in described)]
    msgs = view.of("message_from")
    frames = _sideline_frames(view) if subs and view.any("sidelines") else {}
    owners = {id(m) for _, m in _owners_of_phrase(view, subs, triggers)} if subs and triggers else set()
    opening = _opening_phrase(view, subs, triggers) if triggers and (subs or view.of("ahead_of")) else None
    out = []
    for m in free:
        if any(a <= m.i < b for a, b in described):
            continue
        if opening is not None and opening[0] <= m.i < opening[1]:
            continue     # "Before his talks with Erdoğan, Barzani met Çavuşoğlu": the opening phrase's Erdoğan
        if subs and triggers and id(m) not in owners and all(   # (no opener: none cut off)
                _separated(view, m, t, [h for h in subs if not (h.i in frames and t.i >= frames[h.i])
                                        and not _with_after_sidelines(view, h, t, m)])
                for t in triggers):
            continue
        if _possessive(view, m) or any(0 <= m.i - h.j <= 1 for h in msgs):
            continue
        if triggers and m.i > triggers[-1].j and _spokesman_saying(view, m, triggers[-1]):
            continue     # "... to meet them again on Tuesday, his spokesman, X, said": who said it, not who met
        out.append(m)
    return out


def _with_after_sidelines(view: SentenceView, h: Hit, t: Hit, m: Mention) -> bool:
    """"X met this week on the sidelines of the General Assembly with A, B and C": a sidelines phrase
    between the verb and a "with" its objects follow cuts none of them off (no punctuation between)."""
    if t.j > h.i or m.i < h.j or not view.any("sidelines") or not any(s.i == h.i for s in view.of("sidelines")) \
            or not any(v.i == t.i for v in view.of("meeting_verbs")):
        return False     # (a verb: not "took part in a meeting on the sidelines ... with A, B and C", one meeting)
    return any(view.tokens[k].key == "with" for k in range(h.j, m.i)) \
        and not any(view.tokens[k].punct in (",", ";", "،") for k in range(t.j, min(m.i, h.j + 12)))


def _description(view: SentenceView, h: Hit, triggers: list[Hit]) -> tuple[int, int] | None:
    """The span of the aside the subordinate word stands in when the aside describes what was just
    named ("جولته، وهي الرابعة له منذ تكليفه في حزيران، فالتقى Y"): opened after a comma at most five
    words before the word and closed by a comma before the next trigger; None otherwise."""
    toks = view.tokens
    opener = next((o for o in view.of("description_asides")
                   if 0 < o.i and toks[o.i - 1].punct in (",", "،") and 0 <= h.i - o.j <= 5), None)
    nxt = min((t.i for t in triggers if t.i > h.i), default=None)
    if opener is None or nxt is None:
        return None
    close = next((k for k in range(h.j, nxt) if toks[k].punct in (",", "،")), None)
    return (opener.i, close) if close is not None else None


def _visitor_during(view: SentenceView, trig: Hit, toured: list, free: list[Mention]) -> Mention | None:
    """"زيارة للإمارات ...، يلتقي خلالها X": a meeting verb followed by "during it" is of the visit told
    just before it in the sentence: its visitor is the subject."""
    if not any(0 <= h.i - trig.j <= 1 for h in view.of("met_during")):
        return None
    visit = _visit_before(toured, trig.i)
    if visit is None:
        return None
    return next((m for m in free if m.actor == visit[1]), None) or Mention(trig.i, trig.i, actor=visit[1], via="context")


def _visit_before(toured: list, i: int) -> tuple | None:
    """The visit (an entry of ``toured``) told last before token i: the one "during it" refers to."""
    return max((v for v in toured if v[0].i < i), key=lambda v: v[0].i, default=None)


def _met_during(view: SentenceView, toured: list, free: list[Mention]
                ) -> list[tuple[Hit, Hit, tuple[int, int], list[list[str]]]]:
    """"زيارة أجراها وانغ يي إلى كابول، التقى خلالها متقي وبرادر", "a visit during which he is to meet A, B and
    C": the visitor the sentence told before the verb met each person the verb names after "during it", each
    in a meeting of his own (one with "his deputy", "the crown prince" after the first: `joint_objects`; with
    whoever "بحضور"/"in the presence of" adds); a state or body only where no person is named. Not when the
    visitor is the object of a meeting word ("بعد لقائه بوتين، وبعد زيارة ..."). Returns (verb, visit, the
    span from the visit to the last object, participant lists)."""
    toks = view.tokens
    out = []
    turns = {h.i for h in view.of("in_turn")}      # "A، ثم B", "A, then B": the list goes on
    verbs = sorted(view.of("met_verbs") + view.of("meeting_verbs") + view.of("reception_verbs"), key=lambda h: h.i)
    for t in verbs:
        if _is_arabic_tok(toks[t.i]):
            during = next((h for h in view.of("met_during") if h.i == t.j), None)
        else:       # "during which he met", "during which he is to meet"
            during = next((h for h in view.of("met_during") if 0 <= t.i - h.j <= 3
                           and not any(tok.punct for tok in toks[h.j:t.i])), None)
        visit = _visit_before(toured, during.i) if during is not None else None
        if visit is None or _negated(view, t):
            continue
        own = next((m for m in reversed(free) if m.actor == visit[1] and m.j <= visit[0].i), None)
        if own is not None and any(0 <= own.i - h.j <= 1 for h in view.of("meeting") if h.i != visit[0].i):
            continue
        start = max(during.j, t.j)
        stops = [h.i for h in view.of("meeting") + view.of("speech") if h.i >= start] + [
            h.i for h in view.of("clause_breaks") if h.i >= start and not toks[h.i].punct
            and h.i not in turns and toks[h.i].key not in _CONJ]
        end = min(stops, default=len(toks))
        for k in range(start, end):       # "..., وذلك تلبية لدعوة نقلتها إليه الوزيرة X": the list ended
            if toks[k].punct and k + 1 not in turns \
                    and not any(0 < m.i - k <= 4 for m in free):
                end = k
                break
        present = min((h.i for h in view.of("participation") if start <= h.i < end), default=end)
        named = [m for m in free if start <= m.i < present and not m.place and m.actor != visit[1]]
        persons = [m for m in named if _kind(view, m) == "person"]
        objects = persons or named
        joining = list(dict.fromkeys(m.actor for m in free if present <= m.i < end and not m.place
                                     and m.actor != visit[1] and m.actor not in {o.actor for o in objects}))
        groups: list[list[str]] = []
        for k, m in enumerate(objects):
            if groups and any(objects[k - 1].j <= h.i < m.j for h in view.of("joint_objects")):
                groups[-1].append(m.actor)      # "حفتر ونائبه صدام", "الملك وولي العهد": one meeting
            elif m.actor not in {a for g in groups for a in g}:
                groups.append([m.actor])
        if groups:
            out.append((t, visit[0], (visit[0].i, max(end, t.j)), [[visit[1]] + g + joining for g in groups]))
    return out


def _spokesman_saying(view: SentenceView, m: Mention, trigger: Hit) -> bool:
    """"..., his spokesman, Lt. Col. X, said": an English spokesman named after the trigger, set off by a
    comma, who says what the sentence tells."""
    toks = view.tokens
    return not _is_arabic_tok(toks[m.i]) and _speaker(view, m) \
        and any(t.punct == "," for t in toks[trigger.j:m.i]) \
        and not lexicon().words("spokesman_words").isdisjoint(
            v for k in range(max(0, m.i - 3), m.j) for v in toks[k].variants)


def _owners_of_phrase(view: SentenceView, subs: list[Hit], triggers: list[Hit]) -> list[tuple[Hit, Mention]]:
    """"قال X بعد لقائه Y إن ...", "X said after meeting Y that ...": the person right before an opener
    whose phrase is his own meeting (a possessive noun, "محادثات أجراها", an English gerund or "talks
    with") is the one who met, not cut off by it: each such opener with its owner."""
    out: list[tuple[Hit, Mention]] = []
    for h in subs:
        t = next((t for t in triggers if t.i == h.j), None)
        if t is None:
            continue
        english = not _is_arabic_tok(view.tokens[t.i])
        held = not english and any(v.i == t.j for v in view.of("visit_made_by")) and not any(
            m.i == t.j + 1 and _kind(view, m) == "person" for m in view.mentions)   # "بعد محادثات أجراها مع Y"
        if not (self_trigger(view, t) or held or english and t.j < len(view.tokens) and (
                view.tokens[t.j].key == "with" or any(m.i == t.j for m in view.mentions))):
            continue             # (not "after the meeting", "بعد لقاء A وB", "محادثات أجراها X": someone else's)
        # right before the opener, or before the speech verb and the city it speaks from ("أعلن من وارسو،")
        glue = {x for s in view.of("speech") + view.of("slot_skip") + view.of("locative") for x in range(s.i, s.j)}
        ends = {m.j: m for m in view.mentions if m.actor}
        k = h.i
        while k > 0 and (view.tokens[k - 1].punct in (",", "،") or k - 1 in glue
                         or (k in ends and ends[k].place and _kind(view, ends[k]) != "person")):
            k = ends[k].i if k in ends and ends[k].place and _kind(view, ends[k]) != "person" else k - 1
        if k in ends and _kind(view, ends[k]) == "person":
            out.append((h, ends[k]))
    return out


_REACH = 8   # content words between a trigger and a participant, at most (a list counts as one)


def _within_reach(view: SentenceView, triggers: list[Hit], pool: list[Mention]) -> list[Mention]:
    """Participants stand in the trigger's subject or object slot: near a trigger, or in a list
    ("X, Y and Z") joined to one that is; an actor far off in another clause is not one."""
    if not triggers or len(pool) < 3:
        return pool
    covered = {k for m in pool for k in range(m.i, m.j)}

    def gap(a: int, b: int) -> int:       # ("Italy's Giorgia Meloni": the possessive 's is no word)
        return sum(1 for k in range(a, b) if not view.tokens[k].punct and k not in covered
                   and not (view.tokens[k].key == "s" and view.tokens[k - 1].punct in ("'", "’")))

    near = [m for m in pool if any(gap(m.j, t.i) <= _REACH if m.j <= t.i else gap(t.j, m.i) <= _REACH
                                   for t in triggers)]
    keep = {id(m) for m in near}
    for m in near:
        for x in _chain(view, m, pool, forward=True) + _chain(view, m, pool, forward=False):
            keep.add(id(x))
    kept = [m for m in pool if id(m) in keep]
    return kept if len({m.actor for m in kept}) >= 2 else pool


def _named_talks(view: SentenceView, triggers: list[Hit]) -> list[Hit]:
    """Definite meeting nouns that name new talks: followed by the sides' demonyms ("المحادثات
    الإيرانية الأمريكية") or a round of them ("جولة أولى من المحادثات", "a second round of the talks")."""
    if not view.of("anaphoric_meeting"):
        return []
    demonym_at = {m.i for m in view.mentions if m.via == "demonym" and m.actor}
    rounds = [h.i for h in view.of("new_round")]
    joint = {h.i for h in view.of("joint_words")}    # "القمة الثلاثية العراقية المصرية الأردنية"
    ordinals = lexicon().words("ordinal_after")       # "الاجتماع الأول للجنة": the committee's first
    return [t for t in triggers if _definite_noun(view, t) and _is_arabic_tok(view.tokens[t.i])
            and (t.j in demonym_at or (t.j in joint and t.j + 1 in demonym_at) or any(0 < t.i - r <= 3 for r in rounds)
                 or (t.j < len(view.tokens) and view.tokens[t.j].key in ordinals))]


def _agreed_on(view: SentenceView, hit: Hit) -> bool:
    """"اتفقا على اللقاء مجدداً", "اتفق الجانبان على عقد الاجتماع": the meeting agreed on, named at most three
    words after "على", with the verb of agreeing at most four words before it; a meeting still to come."""
    toks = view.tokens
    on = next((k for k in range(hit.i - 1, max(0, hit.i - 4), -1) if toks[k].key in ("على", "علي")), None)
    if on is None:               # (the key reads alef maqsura as ya; "على عقد/استئناف/مواصلة ..." between)
        return False
    verbs = lexicon().words("agree_verbs")
    return any(not verbs.isdisjoint(toks[x].variants) for x in range(max(0, on - 4), on))


def _definite_noun(view: SentenceView, hit: Hit) -> bool:
    """'الاجتماع', 'خلال القمة', 'the talks': a meeting already named, not a new one (not "للاجتماع بX":
    "to meet X", a purpose)."""
    tok = view.tokens[hit.i]
    if tok.key.startswith("لل") and hit.i + 1 < len(view.tokens):
        nxt = view.tokens[hit.i + 1]
        if nxt.key == "مع" or (nxt.key.startswith("ب") and nxt.key[1:] in nxt.variants):
            return False
    if any(h.i == hit.i for h in view.of("anaphoric_meeting")):
        return True
    tok = view.tokens[hit.i]
    if _is_arabic_tok(tok):
        return False
    if hit.i > 2 and view.tokens[hit.i - 1].key == "s" and view.tokens[hit.i - 2].punct in ("'", "’"):
        return True            # "after Wednesday's talks", "Sunday's meeting": talks already named
    return hit.i > 0 and view.tokens[hit.i - 1].key in ("the", "that", "this")


def _mention_after_cue_in(view: SentenceView, m: Mention, cue_starts: set[int]) -> bool:
    return any(0 <= m.i - s <= 5 for s in cue_starts)


def _received_him_told(view: SentenceView, trigger: Hit, free: list[Mention], prev_subject: str | None) -> str | None:
    """"استقبال العاهل السعودي الملك سلمان له": a meeting noun, its one named party, then "له"/"لها" (him, her):
    the person the sentence opens with, else the one the sentence before was about."""
    toks = view.tokens
    host = next((m for m in free if m.i == trigger.j and m.actor), None)
    if host is None or host.j >= len(toks) or toks[host.j].key not in ("له", "لها") or not _is_arabic_tok(toks[trigger.i]):
        return None
    first = next((m for m in free if m.j <= trigger.i and m.actor != host.actor and _kind(view, m) == "person"), None)
    return first.actor if first is not None else prev_subject


def _first_person_speaker(view: SentenceView, trigger: Hit, pool: list[Mention]) -> str | None:
    """Who "I" or "we" before the meeting word is: a transcript's speaker label, else a quote's speaker."""
    return _transcript_label(view, trigger) or _quoted_self(view, trigger, pool)


def _transcript_label(view: SentenceView, trigger: Hit) -> str | None:
    """"Pezeshkian: We will sign the agreement with Moscow": the person whose label opens the line (not a
    headline's "X: ..."), when "I" or "we" comes before the meeting word."""
    toks = view.tokens
    label = next((m for m in view.mentions if m.i == 0 and m.actor and m.j < len(toks) and toks[m.j].punct == ":"
                  and _kind(view, m) == "person"), None)
    if label is None or view.sentence.headline:
        return None
    me = lexicon().words("first_person")
    return label.actor if any(not me.isdisjoint(toks[k].variants[:1]) for k in range(label.j + 1, trigger.i)) else None


def _quoted_self(view: SentenceView, trigger: Hit, pool: list[Mention]) -> str | None:
    """'"I met Araghchi twice in Muscat," Witkoff told reporters', '"We had good talks with X," he said':
    a meeting word inside a quote whose subject is the first person; the speaker named right after the
    quote closes (or after the speech verb that follows it) is that person."""
    toks = view.tokens
    me = lexicon().words("first_person")
    marks = [k for k, t in enumerate(toks) if t.punct in _QUOTES]
    before = [k for k in marks if k < trigger.i]
    if len(before) % 2 == 0:                 # not inside a quote
        return None
    if not any(not me.isdisjoint(toks[k].variants[:1]) for k in range(before[-1] + 1, trigger.i)):
        return None
    close = next((k for k in marks if k >= trigger.j), None)
    if close is None:
        return None
    speakers = [m for m in pool if m.role in (None, "source")]     # (the sentence's actor mentions, read once)
    for hit in view.of("speech"):
        if 0 < hit.i - close <= 4:
            m = _speaker_of(view, hit, speakers)
            if m is not None and m.i > close:
                return m.actor
    return None


def _invited_to(view: SentenceView, triggers: list[Hit]) -> bool:
    """"دعا السيسي أردوغان إلى زيارة القاهرة", "دعاه إلى لقاء": an Arabic verb of inviting (invite_verbs, which
    alone may mean "called for"), its object's name, then "إلى" right before the meeting word."""
    verbs = lexicon().words("invite_verbs")
    named = _named_tokens(view)
    for t in triggers:
        if t.i < 2 or view.tokens[t.i - 1].key not in ("الى", "الي"):
            continue
        for k in range(max(0, t.i - 14), t.i - 1):
            if not verbs.isdisjoint(view.tokens[k].variants[:2]) and _unnamed_between(named, k + 1, t.i - 1) <= 3:
                return True
    return False


def _status(view: SentenceView, participants: list[str], sources: list[str], spoke: list[str],
            triggers: list[Hit] = ()) -> str:
    proposals = view.of("proposed") + view.of("cue:arranger")
    if proposals and view.of("invitation_answered"):
        # "زار X ... تلبية لدعوة من Y", "بدعوة من Y", "travelled to Iran at Y's invitation": the visit answered
        # an invitation, it is no proposal
        toks = view.tokens
        answered = {k for h in view.of("invitation_answered") for k in range(h.i, min(h.j + 6, len(toks)))
                    if (k < h.j + 4 if _is_arabic_tok(toks[h.i]) else k > 0 and toks[k - 1].key in ("s", "the"))}
        # (in English the invitation noun right after "the" or "'s": not "At the ceremony, X invited Y")
        proposals = [h for h in proposals if h.i not in answered or h.i in {x.i for x in view.of("proposed")
                                                                              if x.j - x.i > 1}]
    if triggers and proposals:   # "seeks/invited/offered ... a meeting", "ready to meet": the proposal word before or
        named = _named_tokens(view)   # around the meeting word, not "visited Greece, seeking to reassure ..." after it
        proposals = [h for h in proposals if any(     # (nor "واتهم الرياض بالسعي إلى تقسيم اليمن" after the meeting)
            h.i <= t.i and _unnamed_between(named, h.j, t.i) <= 8
            and not any(h.j <= r.i < t.i for r in view.of("relative")) for t in triggers)]
        # (nor "seeking investment from Qatar and Oman, which Erdogan visited": the visit of a relative clause)
    if proposals or (triggers and _invited_to(view, triggers)):
        return "proposed"
    planned = view.of("planned")
    if planned and triggers:
        # "X came to Istanbul after stops in A and B, ahead of next week's summit": a plan told in a clause after
        # the meeting and all its participants is another event's
        told = max([t.j for t in triggers] + [m.j for m in view.mentions if m.actor in participants])
        cut = min((h.i for h in view.of("clause_breaks") if h.i >= told), default=None)
        if cut is not None:
            planned = [h for h in planned if h.i < cut]
    if any(not _of_later_noun(view, h.i, triggers) for h in planned) or any(_agreed_on(view, t) for t in triggers):
        if sources and all((a := view.gaz.actors.get(x)) is not None and a.type == "organization"
                           and a.kind == "media" for x in sources + spoke):
            return "reported"    # "X will visit Y next week, Haaretz reported": an outlet's word, unconfirmed
        return "planned"
    named = {k for m in view.mentions if m.actor for k in range(m.i, m.j)}   # ("وكالة الأنباء السعودية": a name)
    if not view.any("confirmed") and any(abs(r.i - h.j) <= 1 or abs(h.i - r.j) <= 1 for r in view.of("reports_of")
                                         if r.i not in named
                                         for h in view.of("speech") + view.of("attribution_after") + view.of("attribution_before")
                                         + view.of("report_verbs")):
        return "reported"        # "أفادت تقارير بأن", "Israeli media reported", "according to reports": unnamed outlets
                                 # ("Posts on social media had claimed", "وتحدثت تقارير عن")
    affiliations = set(participants) | {view.gaz.actors[p].affiliation for p in participants if p in view.gaz.actors}
    if any(s in affiliations for s in spoke) or view.any("confirmed"):
        return "confirmed!"
    unnamed = _unnamed_officials(view) if sources else set()     # (most meetings credit no one)
    if sources and not any(s not in unnamed and (s in affiliations or (a := view.gaz.actors.get(s)) is not None and (
            a.type == "person" and a.affiliation in affiliations or s in _state_agencies() and a.country in affiliations))
            for s in sources):
        return "reported"        # (an official of a party's state confirms: "مستشار سلفاكير ... توت قلواك"; so does
    return "confirmed"           # its state news agency: "استقبله الملك سلمان، بحسب وكالة الأنباء السعودية")


def _of_later_noun(view: SentenceView, k: int, triggers: list[Hit]) -> bool:
    """Token k is in a relative clause of a meeting noun told after every trigger ("جولة ...، في إطار
    المشاورات بشأن القمة العربية التي تعتزم الجزائر استضافتها"): it tells of that gathering, not of the
    meeting the triggers tell."""
    if not triggers or not view.of("relative"):
        return False
    last = max(t.i for t in triggers)
    return any(r.i < k and not any(t.punct for t in view.tokens[r.j:k])
               and any(last < n.i and 0 <= r.i - n.j <= 2 for n in view.of("meeting")) for r in view.of("relative"))


def _unnamed_officials(view: SentenceView) -> set[str]:
    """The states the sentence credits through unnamed officials or sources of theirs ("U.S. officials
    said", "بحسب مصدر دبلوماسي مصري"): unnamed sources, whose word makes a meeting reported, not confirmed
    by its party (a spokesman speaks for it)."""
    words = lexicon().words("unnamed_official_nouns")
    toks = view.tokens
    return {m.actor for m in view.mentions if m.role == "source" and m.actor and m.via == "demonym"
            and any(not words.isdisjoint(t.variants) for t in toks[max(0, m.i - 2):m.i] + toks[m.j:m.j + 2])}


@lru_cache(maxsize=1)
def _state_agencies() -> frozenset[str]:
    """The gazetteer ids of state news agencies (data/lexicon/extraction.yaml, `state_agencies`)."""
    return frozenset(map(str, lexicon().raw.get("state_agencies") or ()))


def _opens_dateline(view: SentenceView, m: Mention) -> bool:
    """The sentence opens with this city and a dateline mark ("JERUSALEM (AP) —", "صنعاء –")."""
    if m.i != 0:
        return False
    off = view.sentence.start
    return view.sentence.text[view.tokens[m.j - 1].end - off:][:4].lstrip()[:1] in ("(", "—", "–", "-", ":")


def _place(view: SentenceView, trigger: Hit) -> str | None:
    """The city the sentence names for the meeting: the first after the trigger, else the first;
    not a dateline ("JERUSALEM (AP) —", "صنعاء –")."""
    process = lexicon().words("process_words")
    toks = view.tokens
    starts = lexicon().words("trip_origin")
    origin = {h.j + 1 for h in view.of("departure") if h.j < len(toks) and toks[h.j].key in starts}
    places = [m for m in view.mentions if m.place and (not m.actor or m.role in ("location", "visited"))
              and not _opens_dateline(view, m) and m.i not in origin       # "قادماً من بورتسودان": where he left
              and not (m.i > 0 and not process.isdisjoint(toks[m.i - 1].variants))          # "مسار أستانا"
              and not (m.j < len(toks) and toks[m.j].key in process)]                          # "the Astana format"
    where = next((k for k in range(trigger.i - 1, max(-1, trigger.i - 5), -1) if toks[k].key in ("where", "حيث")), None)
    if where is not None and (before := _place_before(view, where)):
        return before                  # "arrived in Aqaba from Ankara, where he met Erdogan": Ankara
    if (goal := next((m for m in reversed(view.mentions) if m.place and m.j <= trigger.i), None)) is not None \
            and (goal.role == "visited" or goal.i > 0 and toks[goal.i - 1].key == "to") \
            and any(toks[k].key == "for" for k in range(goal.j, min(trigger.i, goal.j + 3))):
        return goal.place              # "flies to Ankara for Syria talks with Fidan as rebels hold Aleppo": Ankara
    if not places:
        return None
    start = max((b.j for b in view.of("clause_breaks") if b.j <= trigger.i), default=0)
    end = min((b.i for b in view.of("clause_breaks") if b.i >= trigger.j), default=len(toks))
    places = [m for m in places if start <= m.i < end] or places   # its own clause's, if it names one
    told = attribution_verbs(toks, view.by_kind) if view.of("attribution_after") else set()
    said = [s.i for s in view.of("speech") if s.i >= trigger.j and s.i not in told]   # (not "بحسب ما ذكرت رويترز")
    if any(t.i == trigger.i for t in view.of("told_verbs")):   # "told Tamim in the Oval Office that ... looks to
        said += [k for k in range(trigger.j, len(toks)) if toks[k].key in ("that", "ان")][:1]   # Doha": what he told
    went = [h.i for h in view.of("visit") + view.of("departure") if h.i >= trigger.j]
    # ("held talks with Abbas ..., and later that day he flew to Abu Dhabi": where he went next)
    said += [g for g in went if any(m.place and m.i > g for m in places)
             and any(m.place and m.i < trigger.i for m in places)]
    # "التقى X Y، قبل أن يتوجه إلى الموصل": where he went afterwards, not where they met
    said += [g for g in went if any(trigger.j <= s.i < g for s in view.of("subordinate"))][:1]
    places = [m for m in places if not any(s < m.i for s in said)]  # "After meeting Abbas, Blinken said ... in
    if not places:                                                   # Jerusalem": what he said, not where they met
        return None
    after = [m for m in places if m.i >= trigger.j]
    return (after or places)[0].place


def _place_before(view: SentenceView, k: int) -> str | None:
    """The last city the sentence names before token k (its relative "where" refers to it)."""
    places = [m for m in view.mentions if m.place and m.j <= k]    # a capital too: "from Ankara, where"
    if not places:
        return None
    last = places[-1]      # right before "where", or where the visit went ("وصل إلى الرياض في أول زيارة ...، حيث")
    return last.place if last.j >= k - 2 or (last.role == "visited" and last.j >= k - 8) else None


def _signing_attended(view: SentenceView, anaphoric: list[Hit], pair: list[str] | None) -> list[Hit]:
    """"وجرى التوقيع بحضور X وY" after the signatories were named: the attendance cue, whose actors
    join the signing told before (empty when no pair signed or met before)."""
    if not pair or not view.of("signing_nouns") or not any(a.i == s.i for a in anaphoric for s in view.of("signing_nouns")):
        return []
    return view.of("participation")


def _of_the_agreement(view: SentenceView, m: Mention, triggers: list[Hit]) -> bool:
    """A third party named in a relative clause after an agreement word that follows the meeting
    word: it brokered that agreement, not the meeting."""
    first = min((t.i for t in triggers), default=None)
    if first is None:
        return False
    for a in view.of("agreement"):
        if a.i > first and a.j <= m.i and any(a.j <= r.i < m.i for r in view.of("relative")):
            return True
    return False


def _in_turn(view: SentenceView, pool: list[Mention], participants: list[str], triggers: list[Hit],
             subject: Mention | None = None) -> bool:
    """"وكان X قد التقى الرئيس A ثم B": the subject before the trigger (or, in a clause, the
    sentence's subject) met those named after it one after the other ("then"), one meeting each."""
    turns = view.of("in_turn")
    if not turns or not triggers:
        return False
    start = triggers[0]
    after = [m for m in pool if m.actor in participants and m.i >= start.j]
    if not any(m.actor in participants and m.j <= start.i for m in pool) and (
            subject is None or subject.actor not in participants):
        if not (_is_arabic_tok(view.tokens[start.i]) and len(after) >= 3):
            return False
        after = after[1:]    # "والتقى لودريان ميقاتي في السراي، ثم الراعي": the verb's subject right after it
    return any(any(m.j <= h.i for m in after) and any(m.i >= h.j for m in after) for h in turns)


def _chair(view: SentenceView, triggers: list[Hit], free: list[Mention]) -> str | None:
    """The person who chairs the meeting the trigger names: right after an Arabic chairing verb
    ("ترأس الرئيس X ... اجتماعاً"), right before an English one ("X chaired the talks")."""
    first = min(t.i for t in triggers)
    for h in view.of("chairs"):
        m = _chairing(view, h, free, 2) if h.i <= first else None
        if m is not None and m.j <= first and (a := view.actor(m)) is not None and a.type == "person":
            return m.actor
        if h.i > first and not _is_arabic_tok(view.tokens[h.i]):
            # "..., with EU foreign policy chief Catherine Ashton chairing the sessions": the person "with" names
            m = next((m for m in free if m.j == h.i and (a := view.actor(m)) is not None and a.type == "person"), None)
            if m is not None and with_before(view, m, 6):
                return m.actor
        if h.i > first and h.j < len(view.tokens) and view.tokens[h.j].key == "by":
            # "in a session chaired by the EU's Enrique Mora": the person named right after "by"
            m = next((m for m in free if h.j < m.i <= h.j + 5 and (a := view.actor(m)) is not None
                      and a.type == "person"), None)
            if m is not None and not any(t.punct for t in view.tokens[h.j:m.i] if t.punct not in ("'", "’")):
                return m.actor
    return None


def _chairing(view: SentenceView, h: Hit, free: list[Mention], reach: int) -> Mention | None:
    """The mention standing as the chairing verb's subject: right after an Arabic one, at most
    ``reach`` tokens before an English one."""
    if _is_arabic_tok(view.tokens[h.i]):
        m = next((m for m in free if m.i >= h.j), None)
        return m if m is not None and m.i - h.j <= 1 else None
    m = next((m for m in reversed(free) if m.j <= h.i), None)
    return m if m is not None and h.i - m.j <= reach else None


def _cochairs(view: SentenceView, nouns: list[Hit], free: list[Mention]) -> list[str]:
    """The persons who together chair the meeting a definite noun names: those joined right after an
    Arabic chairing verb ("ترأس A وB الاجتماع"), right before an English one ("A and B chaired the
    meeting"); fewer than two: none."""
    first = min(t.i for t in nouns)
    for h in view.of("chairs"):
        m = _chairing(view, h, free, 1) if h.i <= first else None
        chain = _chain(view, m, free, _is_arabic_tok(view.tokens[h.i])) if m is not None else []
        persons = [x.actor for x in chain if x.j <= first and (a := view.actor(x)) is not None and a.type == "person"]
        if len(set(persons)) >= 2:
            return list(dict.fromkeys(persons))
    return []


def _verb_objects(view: SentenceView, participants: list[str], pool: list[Mention], triggers: list[Hit]
                  ) -> list[Mention]:
    """The participants named after the meeting verb, its objects ("التقى X A في بكين وB في موسكو": X,
    right after the Arabic verb, is its subject)."""
    objects = [m for m in pool if m.actor in participants and m.i >= triggers[0].j]
    if objects and _is_arabic_tok(view.tokens[triggers[0].i]) and objects[0].i - triggers[0].j <= 1:
        objects = objects[1:]
    return objects


def _placed_apart(view: SentenceView, participants: list[str], pool: list[Mention], triggers: list[Hit]
                  ) -> dict[str, str] | None:
    """"met A in Hargeisa and B in Mogadishu", "التقى A في بكين وB في موسكو": each object of the verb
    has a place of its own right after it (all different), so the subject met each apart; the objects
    and their places, else None."""
    objects = _verb_objects(view, participants, pool, triggers)
    if len(objects) < 2:
        return None
    places = [m for m in view.mentions if m.place or (m.actor and m.role == "location")]   # ("في بكين": China's)
    found: dict[str, str] = {}
    for n, o in enumerate(objects):
        end = objects[n + 1].i if n + 1 < len(objects) else len(view.tokens)
        place = next((p for p in places if o.j <= p.i < end and p.i - o.j <= 2), None)
        if place is None or o.actor in found:
            return None
        found[o.actor or ""] = place.place or place.actor or ""
    if len(set(found.values())) < len(found):
        return None
    return {a: p for a, p in found.items() if p in view.gaz.places}    # (a state is where, not a place id)


def _dated_apart(view: SentenceView, participants: list[str], pool: list[Mention], triggers: list[Hit]
                 ) -> dict[str, tuple[int, int]] | None:
    """"met A in Nairobi on Wednesday and B on Sunday": each object of the verb has a weekday of its own
    after it (all different), so the subject met each apart; each object's clause (its tokens, from
    which its own date and place are read), else None."""
    objects = _verb_objects(view, participants, pool, triggers)
    if len(objects) < 2 or len({o.actor for o in objects}) < len(objects):
        return None
    spans = [(o.i, objects[n + 1].i if n + 1 < len(objects) else len(view.tokens)) for n, o in enumerate(objects)]
    days = [weekdays_in(view.tokens, o.j, b) for o, (_, b) in zip(objects, spans)]
    if not all(len(d) == 1 for d in days) or len(set().union(*days)) < len(days):
        return None
    return {o.actor or "": span for o, span in zip(objects, spans)}


def _persons_of_other_states(view: SentenceView, participants: list[str], pool: list[Mention] = (),
                             triggers: list[Hit] = ()) -> bool:
    """"X intends to meet A and B during his tour of the region", "On the sidelines of the summit X met
    A, B and C": a tour of the subject's, or one subject (the rest named after the verb) on the sidelines
    of a gathering with no word of a joint meeting, and every participant a person of a state of his own
    (one meeting each, as with "separately")."""
    if not view.of("own_tour"):
        if not triggers or view.of("joint_words") or not (view.of("sidelines") or _one_receives_others(view, participants,
                                                                                                    pool, triggers)):
            return False
        first = sorted({m.actor: m.i for m in reversed(pool) if m.actor in participants}.values())
        verb = max((t for t in triggers if len(first) > 1 and t.i < first[1]), key=lambda t: t.i, default=triggers[0])
        before = {m.actor for m in pool if m.actor in participants and m.j <= verb.i}
        if len(before) > 1 or (not before and not _is_arabic_tok(view.tokens[verb.i])
                               and not any(h.i < verb.i for h in view.of("pronoun_subject"))):
            return False         # "X, Y and Z met on the sidelines": they met together (English: the subject first,
                                 # or "he": "On the sidelines of the summit he met A and B")
    states = [a.affiliation if a.type == "person" else p if a.type == "state" else None
              for p in participants if (a := view.gaz.actors.get(p)) is not None]
    persons = sum(1 for p in participants if (a := view.gaz.actors.get(p)) is not None and a.type == "person")
    # (a state among them stands for its minister: "ووزيري خارجية جيبوتي وغامبيا", Gambia's unnamed)
    return len(states) == len(participants) and None not in states and len(set(states)) == len(states) \
        and persons >= min(2, len(participants) - 1)


def _one_receives_others(view: SentenceView, participants: list[str], pool: list[Mention], triggers: list[Hit]) -> bool:
    """"واستقبل خامنئي أيضاً أمير قطر ورئيس الوزراء الباكستاني", "Jaishankar met Lavrov and Qin Gang the same day":
    one person, the subject of a meeting verb that "also" or "the same day" marks as more of his meetings, and
    the others after it (in Arabic, after the subject that follows the verb), nothing between them but the list."""
    if len(triggers) != 1 or view.of("participation") or view.of("between"):
        return False
    verb = triggers[0]
    named = sorted((m for m in pool if m.actor in participants), key=lambda m: m.i)
    if _is_arabic_tok(view.tokens[verb.i]):
        if not named or named[0].i != verb.j:
            return False
        subject, rest = named[0], named[1:]
        told = subject.j
    else:
        if not any(v.i == verb.i for v in view.of("met_verbs") + view.of("meeting_verbs") + view.of("reception_verbs")):
            return False
        subject = next((m for m in reversed(named) if m.j <= verb.i), None)
        rest = [m for m in named if m.i >= verb.j]
        told = verb.i
        if subject is None or any(m.j <= verb.i for m in named if m.actor != subject.actor):
            return False
    if not view.of("same_day") and not any(0 <= told - h.j <= 1 or 0 <= h.i - max(told, verb.j) <= 1
                                           for h in view.of("also_words")):
        return False      # (not "Barnea met Burns, the Qatari prime minister and Kamel in Rome": their one meeting)
    others = {m.actor for m in rest} - {subject.actor}
    return len(others) == len(participants) - 1 >= 2


def _between_each(view: SentenceView, pool: list[Mention]) -> bool:
    """"بين إيران وكل من مصر والأردن", "between Iran and each of Egypt and Jordan": "each of" right after
    the first side of a "between" list."""
    return any(any(0 <= m.i - b.j <= 1 and any(e.i == m.j for e in view.of("each_of")) for m in pool)
               for b in view.of("between")) if view.of("each_of") else False


def _two_persons_before(view: SentenceView, pool: list[Mention], k: int) -> list[str]:
    """The two persons the sentence names before token k (a host of the place too: "Y's
    residence"), if exactly two."""
    named = list(dict.fromkeys(m.actor for m in pool if m.j <= k and m.role in (None, "location")
                               and (a := view.actor(m)) is not None and a.type == "person"))
    return named if len(named) == 2 else []


def _hosts_take_part(view: SentenceView, cands: list[Candidate]) -> None:
    """"لقاءً جمعه بـA وB": a person who hosts a meeting that brings him together with others is
    also a participant (a state or city host stays host only)."""
    for c in cands:
        if c.kind != "meeting":
            continue
        for host in c.third["host"]:
            actor = view.gaz.actors.get(host)
            if actor is not None and actor.type == "person" and host not in c.participants:
                c.participants.append(host)


def _mediation(view: SentenceView, pool: list[Mention], dyad: list[str], meeting: Candidate | None,
               cues: list[Hit]) -> Candidate | None:
    # with a mediation cue, a host ("كما استضافت مسقط ... محادثات") hosts a meeting, not the mediation
    tps = [m for m in pool if m.role in ("sponsor", "mediator", "arranger") + (() if cues else ("host",))]
    anchor = cues[0].i if cues else min((m.i for m in tps), default=0)
    free = [m for m in pool if m.role is None and not _is_media(view, m)]
    parties_m = _between_group(view, max(0, anchor - 1), free) or _between_group(view, 0, free)
    parties = list(dict.fromkeys(m.actor for m in parties_m))
    if len(parties) < 2:
        after_cue = cues and [h for h in view.of("dyad_words") if h.i >= cues[0].i]
        if (after_cue or view.of("dyad_words")) and len(dyad) == 2:
            parties = list(dyad)
        elif cues:
            later = [m for m in free if m.i >= cues[0].j]
            group = _chain(view, later[0], free, forward=True) if later else []
            if len(group) >= 2:
                parties = [m.actor for m in group]
    if len(parties) < 2 and cues and view.any("agreement"):
        # "citizens released by Iran landed ... in a prisoner exchange brokered by Qatar": the two
        # sides named before the cue in its clause
        start = max((h.j for h in view.of("clause_breaks") if h.j <= cues[0].i), default=0)
        named = list(dict.fromkeys(m.actor for m in free if start <= m.i and m.j <= cues[0].i and m.place is None))
        if len(named) == 2:
            parties = named
    if len(parties) < 2:
        return None
    med = Candidate("mediation", [view.sentence], parties=parties, confidence=0.7)
    for m in tps:
        if m.actor not in parties:
            med.add_third("mediator" if m.role == "arranger" else m.role, m.actor)
    if not med.third_ids() and cues:
        subject = _near_before(view, cues[0].i, 6, [m for m in free if m.actor not in parties])
        if subject is None:
            subject = _near_after(view, cues[0].j, 3, [m for m in free if m.actor not in parties])
        if subject is not None:   # "تلعب سلطنة عمان دور الوسيط بين طهران وواشنطن", "تقود قطر ومصر جهود الوساطة"
            free_others = [m for m in free if m.actor not in parties]
            for m in reversed(_chain(view, subject, free_others, forward=subject.i >= cues[0].j)):
                med.add_third("mediator", m.actor)
    if not med.third_ids() and meeting is not None:
        for role in ("sponsor", "mediator"):
            for a in meeting.third[role]:
                med.add_third(role, a)
    if not med.third_ids():
        return None
    for m in _co_mediators(view, anchor, free, parties):   # "... alongside Qatar and the United States"
        med.add_third("mediator", m)
    med.reported_by = [m.actor for m in pool if m.role == "source"]
    return med


def _co_mediators(view: SentenceView, anchor: int, free: list[Mention], parties: list[str]) -> list[str]:
    """The actors named right after "alongside" / "إلى جانب" near the mediation's words (from two words
    before them, in their sentence part): they mediate too. Not a possessor ("alongside Sudan's removal")."""
    out: list[str] = []
    stops = {h.i for h in view.of("clause_breaks") if view.tokens[h.i].punct not in ("", ",", "،")}
    for h in view.of("co_mediators"):
        if not anchor - 3 <= h.i <= anchor + 15 or any(min(anchor, h.i) <= k < max(anchor, h.i) for k in stops):
            continue
        first = next((m for m in free if h.j <= m.i <= h.j + 1), None)
        if first is None:
            continue
        for m in _chain(view, first, free, forward=True):
            if m.actor not in parties and m.actor not in out and not _possessive(view, m) \
                    and _kind(view, m) in ("state", "organization", "person"):
                out.append(m.actor)
    return out


def _says_it(view: SentenceView, hit: Hit, candidates: list[Mention]) -> Mention | None:
    """Who says the words the cue stands in ("Peskov said that reports of a meeting between Putin and
    Erdogan were untrue", "قال بوريطة إن الاجتماع لن يعقد"): the speaker of the last speech verb before
    it whose clause reaches the cue (no clause break between, or a "that" after the last one)."""
    breaks = _breaks(view, "clause_breaks", "subordinate")

    skip = {x for k in view.of("slot_skip") for x in range(k.i, k.j)}

    def says(h: Hit) -> bool:
        last = _last_break(view, breaks, h.j, hit.i)
        if last < h.j or any(t.key in ("ان", "that") for t in view.tokens[last + 1:hit.i]):
            return True
        if not any(t.key in ("not", "لن", "no") for t in view.tokens[hit.i:hit.j]):
            return False     # (a cue with an agent of its own: ", but the government dismissed the announcement")
        k = h.j
        while k < min(hit.i, h.j + 3) and k in skip:
            k += 1           # "announced on Tuesday that ...": past the time
        return k < hit.i and view.tokens[k].key in ("ان", "that")
        # ('Safadi announced on Tuesday that the summit with A, B and C would not take place': the commas of
        # the list inside what he announced are no clause breaks)
    told = [h for h in view.of("speech") if h.j <= hit.i and says(h)
            and not any(h.j <= b.i < hit.i for b in view.of("speech") if b is not h)]
    return _speaker_of(view, told[-1], candidates) if told else None


def _last_break(view: SentenceView, breaks: list[int], start: int, end: int) -> int:
    """The last clause break in tokens [start, end), else start - 1; a relative clause between two commas
    breaks nothing ("أن الزيارة، التي كانت مقررة في مايو، أُجّلت", "the visit, which was planned, was put off")."""
    inside = [b for b in breaks if start <= b < end]
    if len(inside) >= 2:
        relative = {h.i for h in view.of("relative")}
        while len(inside) >= 2 and inside[-2] + 1 in relative:
            inside = inside[:-2]
    return inside[-1] if inside else start - 1


def _told_by(view: SentenceView, hit: Hit, pool: list[Mention]) -> Mention | None:
    """Who says the words the cue stands in: a speaker before it ("X said the round had been put off")
    or after it ("..., has been put off, Cavusoglu said"), or the source an outlet quotes ("نقلت وكالة
    تاس عن مصدر دبلوماسي تركي أن الزيارة أُرجئت": Turkey)."""
    candidates = [m for m in pool if m.role in (None, "source") and not _is_media(view, m)]
    speech = {h.i for h in view.of("speech")}
    return _says_it(view, hit, candidates) or _quoted_source(view, hit, candidates) \
        or next((m for m in candidates if m.i >= hit.j and (m.role == "source" or m.j in speech)), None)


def _quoted_source(view: SentenceView, hit: Hit, candidates: list[Mention]) -> Mention | None:
    """The source after "نقل ... عن" whose "أن" clause reaches the cue: what the outlet quotes, the source says."""
    quoting = lexicon().words("quoting_verbs")
    verb = next((h for h in reversed(view.of("attribution_after")) if h.j <= hit.i
                 and not quoting.isdisjoint(view.tokens[h.i].variants)), None)
    if verb is None:
        return None
    that = next((k for k in range(verb.j, hit.i) if view.tokens[k].key == "ان"), None)
    if that is None or _last_break(view, _breaks(view, "clause_breaks", "subordinate"), that, hit.i) >= that:
        return None
    return next((m for m in reversed(candidates) if verb.j <= m.i and m.j <= that), None)


def _denier(view: SentenceView, hit: Hit, pool: list[Mention]) -> str | None:
    candidates = [m for m in pool if m.role in (None, "source") and not _is_media(view, m)]
    if hit.look == "said":      # "X said the meeting had not taken place": only who is said to say it
        m = _says_it(view, hit, candidates)
        return m.actor if m is not None else None
    if hit.look == "before":
        m = _says_it(view, hit, candidates)
        if m is not None:
            return m.actor
    if hit.look == "either":
        m = _near_after(view, hit.j, 2, candidates)
        skip = lexicon().words_union("slot_skip", "denier_words")
        words = [t for t in view.tokens[hit.j:m.i] if not t.punct] if m is not None else []
        if m is not None and not (len(words) == 1 and skip.isdisjoint(words[0].variants)):
            return m.actor      # the subject after the verb, but not "ينفي موافقة X" (the genitive of its object)
        first = next((t for t in view.tokens[hit.j:] if not t.punct), None)
        if first is not None and not lexicon().words("denier_words").isdisjoint(first.variants):
            m = _near_after(view, hit.j, 4, candidates)   # "نفى مصدر في الرئاسة السورية": the body of the source
            if m is not None:
                return m.actor
    before = [m for m in candidates if m.j <= hit.i]
    persons = [m for m in before if (a := view.actor(m)) is not None and a.type == "person"]
    if persons and view.tokens[hit.i].key in lexicon().words("denial_participles"):
        return persons[0].actor     # "قال بيسكوف ... إن موسكو ...، نافياً وجود ترتيبات": the main clause's subject
    if persons:
        return persons[-1].actor
    if before and view.tokens[hit.i].conj and _is_arabic_tok(view.tokens[hit.i]):
        # "السودان يرفض بيان «إيغاد» وينفي ...": a second verb shares the clause's subject, not the first one's object
        breaks = [h.i for h in view.of("clause_breaks") if h.i < hit.i and h.i >= before[-1].j]
        if not breaks:
            start = max([h.i for h in view.of("clause_breaks") if h.i < hit.i], default=-1)
            clause = [m for m in before if m.i > start]
            if clause:
                return clause[0].actor
    if before:
        return before[-1].actor
    speaker = [m for m in candidates if m.i >= hit.j and m.role == "source"]
    if speaker and hit.look == "before":
        return speaker[-1].actor     # '"It is not true that ...," spokesman X said': who says it denies
    return None


def update_dyad(view: SentenceView, dyad: list[str], found: list[Candidate] = ()) -> list[str]:
    """The last pair of states named in a "between" clause, else the two states of the sentence's
    two-sided meeting (what "the two sides", "the two countries" refer to)."""
    betweens = view.of("between")
    states = [m for m in _actor_mentions(view) if (a := view.actor(m)) is not None and a.type == "state"] \
        if betweens else []      # (most sentences have no "between": no states to list)
    for h in betweens:
        m = _near_after(view, h.j, 1, states)
        if m is not None:
            group = list(dict.fromkeys(x.actor for x in _chain(view, m, states, forward=True)))
            if len(group) == 2:
                return group
    for c in found:
        if c.kind == "meeting" and len(c.participants) == 2:
            sides = [_side(view.gaz, p) for p in c.participants]
            if len(set(sides)) == 2 and all(view.gaz.actors.get(x) is not None and view.gaz.actors[x].type == "state"
                                            for x in sides):
                return sides
            if len(set(sides)) == 2 and all((o := view.gaz.actors.get(x)) is not None and o.type == "organization"
                                            and o.kind in _MOVEMENT_KINDS for x in sides):
                return sides     # "وفد فتح ووفد حماس ... بين الحركتين": two movements are sides too
    return dyad


_MOVEMENT_KINDS = {"armed-group", "party", "opposition", None}   # organisations that are sides of a conflict (not
                                                                 # media, agencies or international bodies)

_DYAD_ROLES = (("dyad_heads", {"head-of-state", "head-of-government"}),
               ("dyad_ministers", {"foreign-minister", "defence-minister"}))


def _pair_named(view: SentenceView, pair: list[str], hit: Hit) -> list[str]:
    """The persons a pair word names of those who met last: all of them, or where more met (two
    presidents and their foreign ministers) and the sentence names a city of its own (another
    meeting), the two whose office the word names ("الرئيسان التقيا في عشق آباد")."""
    if len(pair) <= 2 or not any(m.place and not m.actor for m in view.mentions):
        return list(pair)   # (with no city of its own the sentence goes on with the same meeting:
                            # "استقبله الأسد ووزير الدفاع شويغو. وعقد الرئيسان محادثات في القاعدة")
    words = {v for t in view.tokens[hit.i:hit.j] for v in t.variants}
    for kind, roles in _DYAD_ROLES:
        if not lexicon().words(kind).isdisjoint(words):
            named = [p for p in pair if (a := view.gaz.actors.get(p)) is not None
                     and any(pos.role in roles for pos in a.positions)]
            if len(named) == 2:
                return named
    return list(pair)


def update_visitor(visitor: str | None, found: list[Candidate], gaz: Gazetteer) -> str | None:
    """Who came from abroad to the last meeting the sentence tells: a visit's visitor, else the first
    person of another state than the meeting's place ("استقبل محمد بن زايد في أبوظبي الشرع": al-Sharaa);
    unchanged when the sentence tells no such meeting."""
    for c in reversed(found):
        if c.kind != "meeting" or len(c.participants) < 2 or c.earlier or c.negated:
            continue
        if c.visit:
            return c.participants[0]
        where = gaz.places.get(c.place or "")
        if where is None or not where.country:
            continue
        foreign = [a for a in c.participants if (x := gaz.actors.get(a)) is not None and x.type == "person"
                   and x.affiliation and x.affiliation != where.country]
        if foreign:
            return foreign[0]
    return visitor


def _pair_in_visit_clause(view: SentenceView, visit: Hit) -> bool:
    """Words for two peers ("الرئيسان", "the two men") in the clause of the visit's time: after it with "حين",
    "when", "خلالها" between ("زيارة ماكرون إلى الجزائر ...، حين وقّع الرئيسان"), or before a "when" that
    opens the visit's clause ("The two men launched it when Kerry visited Moscow"); no clause break between."""
    def unbroken(a: int, b: int) -> bool:
        return not any(a <= h.i < b for h in view.of("clause_breaks"))
    for h in view.of("visit_pair_words"):
        if h.i > visit.j:
            if any(visit.j <= w.i < h.i and unbroken(w.j, h.i) for w in view.of("when_words")) or any(
                    view.tokens[k].key in ("خلالها", "خلاله") for k in range(max(visit.j, h.i - 3), h.i)):
                return True
        elif any(h.j <= w.i < visit.i and unbroken(h.j, w.i) for w in view.of("when_words")):
            return True
    return False


def visit_counterpart(c: Candidate, gaz: Gazetteer, date: str | None) -> None:
    """A visit of one person to a state that the sentence then tells as the two's ("حين وقّع الرئيسان",
    "when the two leaders signed"): the state's holder, on the visit's date, of the one office the
    visitor held then stands for the state."""
    if not c.pair_told or len(c.participants) != 2 or not date:
        return
    visitor, state = c.participants
    person, host = gaz.actors.get(visitor), gaz.actors.get(state)
    if person is None or host is None or person.type != "person" or host.type != "state" or person.affiliation == state:
        return
    roles = {pos.role for pos in person.positions if pos.of and pos.role not in ("other", "envoy", "spokesperson")
             and _held(pos, date)}
    holder = c.pair_with or (holder_on(gaz, roles.pop(), state, date) if len(roles) == 1 else None)
    if holder is not None and holder != visitor:
        c.participants = [visitor, holder]


def update_pair(pair: list[str], found: list[Candidate], gaz: Gazetteer, date: str | None) -> list[str]:
    """The persons of the last meeting of peers, all holding the same kind of office ("the two
    ministers", "الوزراء الأربعة" later); a meeting of unequal offices (a minister received by a
    president) does not replace a meeting of peers."""
    for c in found:
        if c.kind != "meeting":
            continue
        present = _present(c, gaz)
        if len(present) >= 2 and all(gaz.actors.get(p) is not None and gaz.actors[p].type == "person" for p in present):
            if not pair or set.intersection(*({pos.role for pos in gaz.actors[p].positions
                                                 if date is None or _held(pos, date)} for p in present)):
                pair = present   # (a minister hosting his peers is one of "the three ministers")
    return pair


def _held(pos, date: str) -> bool:
    return (pos.start or "0000") <= date and (pos.end is None or date <= pos.end)


def _side(gaz: Gazetteer, a: str) -> str:
    actor = gaz.actors.get(a)
    return actor.affiliation if actor is not None and actor.type == "person" and actor.affiliation else a


# ------------------------------------------------------------------ the article


def _later_event(m: Candidate) -> bool:
    """A signing, or a meeting told after "ثم"/"then": another event than the talks of its principals,
    which the body tells on their own ("Before the signing, Trump held talks with Sisi")."""
    words = lexicon().words_union("signing", "in_turn")
    return any(not words.isdisjoint(t.variants) for s in m.sentences for t in tokenize(s.text))


def merge_article(cands: list[Candidate], gaz: Gazetteer, summit_host: str | None = None) -> list[Candidate]:
    """One event per meeting: same participants, title and body, anaphora; denials linked.
    ``summit_host``: the state hosting the summit the article tells of, whose planned attendance a
    leader who will not attend denies."""
    meetings: list[Candidate] = []
    negated: list[Candidate] = []
    refs: list[Candidate] = []
    mediations: list[Candidate] = []
    denials: list[Candidate] = []
    visited: list[Candidate] = []
    lones: list[Candidate] = []
    for c in cands:
        if c.lone:
            lones.append(c)
        elif c.kind == "meeting" and c.visit:
            visited.append(c)
        elif c.kind == "meeting":
            if not c.participants:
                refs.append(c)
            elif c.negated:
                negated.append(c)
            else:
                meetings.append(c)
        elif c.kind == "mediation":
            mediations.append(c)
        else:
            denials.append(c)

    merged: list[Candidate] = []
    for c in meetings:      # (a person who hosts takes part: "Akar hosted talks with A and B" is no meeting of A and B alone)
        mine = set(_present(c, gaz))
        same = next((m for m in merged if set(_present(m, gaz)) == mine
                     and not (m.place and c.place and m.place != c.place) and _same_occasion(m, c)), None)
        if same:
            same.absorb(c)
        else:
            merged.append(c)
    # a states-only headline or "the meeting" sentence joins the person meeting of those states
    final: list[Candidate] = []
    absorbed: set[int] = set()
    for c in merged:
        has_state = any(gaz.actors[p].type != "person" for p in c.participants if p in gaz.actors)
        if not has_state and not c.sentences[0].headline:
            continue
        if not has_state:                       # a headline names the principals of a larger meeting
            bigger = [m for m in merged if m is not c and id(m) not in absorbed
                      and set(c.participants) < set(m.participants) and not c.sideline
                      and _same_occasion(m, c, tense=False)]    # (not "Last July, X hosted A and B")
            if bigger and not (any(not s.headline for s in c.sentences) and _later_event(bigger[0])):
                bigger[0].absorb(c)
                absorbed.add(id(c))
                continue
            # "أردوغان يلتقي شرف وطنطاوي": the body tells one meeting with each; the headline sums them up
            part = _headline_sums_up(c, [m for m in merged if m is not c and id(m) not in absorbed], gaz, exact=True)
            if part is not None:
                part.absorb(c)
                absorbed.add(id(c))
            continue
        pool = [m for m in merged if m is not c and id(m) not in absorbed and _more_specific(m, c, gaz)]
        if c.sentences[0].headline:
            pass                                    # a headline sums up the body
        elif c.anaphoric and c.states_only:
            pool = [m for m in pool if m.sentences[0].start < c.sentences[0].start]
        elif c.states_only:                         # the same sentence, or the one before, tells it in persons
            # ("Trump met Sharaa in Riyadh. It was the first meeting of US and Syrian presidents in 25 years")
            pool = [m for m in pool if set(c.sentences) & set(m.sentences)
                    or any(abs(s.index - c.sentences[0].index) == 1 for s in m.sentences)]
        else:                                       # the same sentence tells it twice
            pool = [m for m in pool if set(c.sentences) & set(m.sentences)]
        host = _person_meeting_of(c, pool, gaz)
        if host is not None:
            host.absorb(c)
            absorbed.add(id(c))
        elif (part := _headline_sums_up(c, pool, gaz, exact=False)) is not None:
            part.absorb(c)          # "Putin meets UAE and Saudi leaders": the body tells one meeting with each
            absorbed.add(id(c))
    for c in merged:        # "وعقد فيدان والشيباني عقب الاجتماع مؤتمراً صحفياً مشتركاً": two of the meeting before
        if c.after_told and id(c) not in absorbed and not c.sentences[0].headline:
            before = [m for m in merged if m is not c and id(m) not in absorbed and m.sentences[0].start < c.sentences[0].start
                      and set(c.participants) < _cover(m, gaz) and len(m.participants) > len(c.participants)]
            if before:
                before[-1].absorb(c)
                absorbed.add(id(c))
    final = [c for c in merged if id(c) not in absorbed]
    final = _resolve_denied_refs(final, gaz)
    final = _add_visits(final, visited, gaz)
    for r in refs:
        before = [m for m in final if m.sentences[0].start < r.sentences[0].start and not m.earlier]
        lone = next((x for x in lones if x.sentences[0].index == r.sentences[0].index - 1
                     and not any(m.sentences[0].start >= x.sentences[0].start for m in before)), None)
        if lone is not None and r.joiners:
            # the gathering the sentence before told with one attendee: those named now attend too
            lone.participants += [a for a in r.joiners if a not in lone.participants]
            lone.absorb(r)
            final.append(lone)
            continue
        if not before and r.sentences[0].headline and not r.joiners:
            before = [m for m in final][:1]      # a headline's talks are the body's first meeting
        if before and before[-1].ahead_of and len(r.joiners) >= 2 and not r.companion_of:
            before = []      # "X met Y ahead of a conference ... The conference was attended by A, B and C": its own
        if not before and len(r.joiners) >= 2:
            # "شارك X في القمة ... التي ترأسها Y" with no meeting told before: the joiners meet
            r.participants, r.anaphoric = list(r.joiners), False
            final.append(r)
        elif before:
            target = before[-1]
            if r.told_date and r.published and r.told_date[:4] < r.published[:4] \
                    and (target.told_date or r.published)[:4] != r.told_date[:4]:
                continue        # "his last visit, in August 2021, when he attended ...": not the talks told now
            also: list[Candidate] = []
            if r.companion_of:
                target = next((m for m in reversed(before) if r.companion_of in m.participants), None)
                if target is None:
                    continue
                body = {s.index for s in target.sentences if not s.headline}
                also = [m for m in before if m is not target and r.companion_of in m.participants
                        and body & {s.index for s in m.sentences if not s.headline}]
                # ("Meloni held separate talks with A and with B. She was accompanied by X": X at both)
            for t in also + [target]:
                for a in r.joiners:
                    if a not in _cover(t, gaz):
                        t.participants.append(a)
            for t in (also + [target]) if r.joiners else ():
                # "Iran and six world powers ... The talks brought Zarif together with Kerry": the states
                # their persons stand for go
                persons = {gaz.actors[p].affiliation for p in t.participants
                           if p in gaz.actors and gaz.actors[p].type == "person"}
                t.participants = [p for p in t.participants if not (
                    p in persons and p in gaz.actors and gaz.actors[p].type == "state")]
            target.absorb(r)

    meds: list[Candidate] = []
    for c in mediations:
        same = next((m for m in meds if set(m.parties) == set(c.parties)
                     and (m.third_ids() & c.third_ids() or not c.third_ids())), None)
        if same:
            same.absorb(c)
        else:
            meds.append(c)

    dens: list[Candidate] = []
    for n in negated:
        target = next((m for m in final if set(m.participants) == set(n.participants)), None)
        # "X said the agenda holds no meeting with Y", "a White House official said there were no plans for
        # X to meet Y": a denial only when someone (a person, or a state's unnamed official) says it
        speakers_ = sorted((a for a in n.reported_by if a in gaz.actors and gaz.actors[a].type in ("person", "state")),
                           key=lambda a: gaz.actors[a].type != "person")
        if target is not None and speakers_:
            dens.append(Candidate("denial", n.sentences, denier=speakers_[0], target=target, confidence=0.6))
    for d in denials:
        d.target = d.co_denial_of.target if d.co_denial_of is not None else None
        if d.target is None and d.absentee:
            # "X will not attend the summit" (in Y): X's attendance, a meeting of his told as still to come,
            # else a visit to Y that was planned
            ahead = [m for m in final if m.kind == "meeting" and d.absentee in m.participants
                     and m.status in ("planned", "proposed", "reported")]
            if ahead:
                d.target = ahead[-1]
            elif summit_host and summit_host != _side(gaz, d.absentee):
                d.target = next((m for m in final if m.kind == "meeting"
                                 and set(m.participants) == {d.absentee, summit_host}), None)
                if d.target is None:
                    d.target = Candidate("meeting", list(d.sentences), participants=[d.absentee, summit_host],
                                         status="planned", visit=True, confidence=0.6, published=d.published)
                    d.target.told_date = None
                    final.append(d.target)
        if d.target is None and d.co_denial_of is None:
            d.target = _denial_target(d, final, gaz)
        if d.target is not None:
            dens.append(d)
    out_dens: list[Candidate] = []
    # a headline's denial sums up the body's denial by the same actor: one denial, of the headline's event
    dens.sort(key=lambda d: not d.sentences[0].headline)
    for d in dens:
        same = next((x for x in out_dens if x.denier == d.denier and (
            x.target is d.target or (x.sentences[0].headline and not d.sentences[0].headline))), None)
        if same:
            same.absorb(d)
        else:
            out_dens.append(d)
    # the most specific denier: "the Kremlin denies" and "Peskov denied" of one event are one denial
    for d in list(out_dens):
        speaker = gaz.actors.get(d.denier or "")
        if speaker is None or speaker.type == "person":
            continue
        person = next((x for x in out_dens if x is not d and x.target is d.target and x.denier in gaz.actors
                       and gaz.actors[x.denier].affiliation == d.denier), None)
        if person is not None:
            person.absorb(d)
            out_dens.remove(d)
    for d in out_dens:   # "نفى حزب الله لقاء X بـY": a meeting told only in its denials is a claim, not a fact
        told = {s.index for x in out_dens if x.target is d.target for s in x.sentences}
        if d.target.status == "confirmed" and all(s.index in told for s in d.target.sentences):
            d.target.status = "reported"
    return final + meds + out_dens


def summit_host(views: list[SentenceView], gaz: Gazetteer) -> str | None:
    """The state the article's summit is held in: a state or a city named right by the first summit word
    that has one ("قمة الجزائر", "القمة العربية في بغداد", "the Baghdad summit", "summit in Jeddah")."""
    words = lexicon().words("summit_words")
    for view in views:
        for h in view.of("meeting"):
            if words.isdisjoint(view.tokens[h.i].variants):
                continue
            near = [m for m in view.mentions if (m.actor or m.place) and (
                h.j <= m.i <= h.j + 3 and all(not view.tokens[k].punct for k in range(h.j, m.i)) or m.j == h.i)]
            for m in near:
                state = gaz.places[m.place].country if m.place and m.place in gaz.places else m.actor
                if state in gaz.actors and gaz.actors[state].type == "state":
                    return state
    return None


def _headline_sums_up(c: Candidate, pool: list[Candidate], gaz: Gazetteer, exact: bool) -> Candidate | None:
    """The first of two or more body meetings sharing one person that a headline-only meeting sums up:
    with `exact`, their persons are the headline's; else their persons and those persons' states cover
    the headline's states ("meets UAE and Saudi leaders")."""
    if not all(x.headline for x in c.sentences):
        return None
    want = set(c.participants)
    reach = (lambda m: set(m.participants)) if exact else (lambda m: _cover(m, gaz))  # noqa: E731
    parts = [m for m in pool if not m.sentences[0].headline and len(m.participants) >= 2
             and (set(m.participants) < want if exact else reach(m) & want)]
    if len(parts) < 2 or not set.intersection(*(set(m.participants) for m in parts)):
        return None
    got = set().union(*(reach(m) for m in parts))
    return parts[0] if (got == want if exact else want <= got) else None


def _add_visits(meetings: list[Candidate], visited: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A visit is a meeting of the visitor and the visited state unless the article names whom the
    visitor met there (a meeting with the visitor and someone of that state), coding rule 4."""
    out = list(meetings)
    by_state = lambda v: v.participants[0] in gaz.actors and gaz.actors[v.participants[0]].type == "state"  # noqa: E731
    for v in sorted(visited, key=by_state):   # a state's visit after its persons' ("a visit by an Israeli delegation")
        *visitors, state = v.participants       # "Kushner and Greenblatt will visit Jordan": both visitors
        visitor = visitors[0]
        home = gaz.actors[visitor].affiliation if visitor in gaz.actors else None
        same = next((m for m in out if (visitor in _cover(m, gaz) or home in m.participants)
                     and (state in _cover(m, gaz) or state in m.third["host"] and visitor in m.participants)
                     # (a meeting the state hosts and the visitor attends: "arrived in Aqaba", the conference there)
                     and _same_occasion(m, v, tense=False)
                     and not (home is not None and home in m.participants and visitor not in m.participants
                              and (m.visit or any(w.participants[-1] == home and w.participants[0] in m.participants
                                                  for w in visited)))),
                    None)   # a visit, then talks due during it (not a visit the other way: the host's to his home)
        if same is not None:
            if set(same.participants) == set(v.participants):
                same.absorb(v)
            elif by_state(v) and same.visit:     # the delegation's visit is its members' visit, told in persons
                keep = list(same.participants)
                same.absorb(v)
                same.participants = keep
            elif same.place is None and v.place and not same.visit and any(abs(a.index - b.index) <= 1
                                                        for a in same.sentences for b in v.sentences):
                same.place = v.place     # "زار دمشق ... والتقى الأسد": the talks are where the visit went
                if same.told_date is None and v.told_date:        # (also told in the next sentence)
                    same.date = same.told_date = v.told_date
            continue
        out.append(v)
    return out


def sentence_people(view: SentenceView) -> tuple[list[str], dict[str, list[str]]]:
    """The persons free to take part in a sentence (no other role), and its third parties by role;
    read after the sentence's candidates were made (roles are assigned then)."""
    persons = [m.actor for m in view.mentions if m.actor and m.role is None
               and (a := view.actor(m)) is not None and a.type == "person"]
    third: dict[str, list[str]] = {}
    for m in view.mentions:
        if m.actor and m.role in _TP_ROLES:
            third.setdefault(m.role, []).append(m.actor)
    return list(dict.fromkeys(persons)), third


def apply_followers(events: list[Candidate], people: dict[int, tuple[list[str], dict[str, list[str]]]],
                    told: set[int], gaz: Gazetteer) -> None:
    """"Iranian and US negotiators held talks. Araghchi and Witkoff spent four hours at the Omani
    embassy, with Albusaidi shuttling between them": a meeting of states whose next sentence tells
    no meeting of its own but names one person for each of those states has those persons (and that
    sentence's third parties)."""
    for e in events:
        if e.kind != "meeting" or not e.participants or any(
                gaz.actors[p].type == "person" for p in e.participants if p in gaz.actors):
            continue
        body = [s.index for s in e.sentences if not s.headline]
        if not body:
            continue
        for nxt in dict.fromkeys([min(body) + 1] + [b + 1 for b in body]):
            if nxt in told or nxt not in people:
                continue
            persons, third = people[nxt]
            by_state: dict[str, list[str]] = {}
            for p in persons:
                by_state.setdefault(gaz.actors[p].affiliation or "", []).append(p)
            if set(by_state) == set(e.participants) and all(len(v) == 1 for v in by_state.values()):
                break
        else:
            continue
        e.participants = [by_state[p][0] for p in e.participants]
        for role, actors in third.items():
            for a in actors:
                if a not in e.participants:
                    e.add_third(role, a)


def hosts_take_part(events: list[Candidate], gaz: Gazetteer) -> None:
    """A state's leader or minister who hosts talks or a summit is there: a participant too ("a summit
    hosted by Trump", "استضافها الرئيس أفورقي"), in place of his state if that stood for him. A state or
    city host stays host only, as do sponsors and mediators, and so does an envoy of an international
    body who hosts the parties (he brokers rather than takes part)."""
    for e in events:
        if e.kind != "meeting" or not e.participants:
            continue
        for host in e.third["host"]:
            if host in e.participants or not _hosting_person(gaz, host):
                continue
            actor = gaz.actors[host]
            if actor.affiliation in e.participants:
                e.participants[e.participants.index(actor.affiliation)] = host
            else:
                e.participants.append(host)


def _present(c: Candidate, gaz: Gazetteer) -> list[str]:
    """A meeting's participants and the persons hosting it for a state, who are there too (hosts_take_part)."""
    return c.participants + [h for h in c.third["host"] if _hosting_person(gaz, h) and h not in c.participants]


def _hosting_person(gaz: Gazetteer, host: str) -> bool:
    """A host who takes part: a person acting for a state (not a state, a city, or an international body's envoy)."""
    actor = gaz.actors.get(host)
    if actor is None or actor.type != "person":
        return False
    home = gaz.actors.get(actor.affiliation or "")
    return home is not None and home.type == "state"


def expand_groups(events: list[Candidate], gaz: Gazetteer) -> None:
    """A group of states named as one ("P5+1", "six world powers", "مجموعة 5+1") takes part as its
    member states (data/lexicon/extraction.yaml, `groups`), but for those a participant already
    stands for ("Kerry and Zarif met the other foreign ministers of the P5+1": no United States)."""
    groups = lexicon().raw.get("groups") or {}
    for e in events:
        if e.kind != "meeting" or not any(p in groups for p in e.participants):
            continue
        out: list[str] = []
        for p in e.participants:
            if p not in groups:
                out.append(p)
                continue
            covered = _cover(e, gaz)
            out += [s for s in groups[p] if s in gaz.actors and s not in covered and s not in out]
        e.participants = out


def spokesmen_deny(events: list[Candidate], gaz: Gazetteer) -> None:
    """A denial by a state ("الكرملين: لا لقاء مقرراً بين بوتين وأردوغان") of a meeting that one person of
    that state is the source of ("قال المتحدث باسم الكرملين دميتري بيسكوف إن لقاءً ...") is his: the
    headline names his office, the body him."""
    for d in events:
        if d.kind != "denial" or d.target is None or d.denier not in gaz.actors or gaz.actors[d.denier].type == "person" \
                or not all(s.headline for s in d.sentences):
            continue
        own = [s for s in d.target.reported_by if (a := gaz.actors.get(s)) is not None and a.type == "person"
               and a.affiliation == d.denier]
        if len(own) == 1:
            d.denier = own[0]


def persons_for_states(events: list[Candidate], gaz: Gazetteer) -> None:
    """A meeting of three or more that names a state and a person acting for it has the person for it:
    "وقّعت الحكومة اليمنية والمجلس الانتقالي ...، في مراسم حضرها ... الرئيس اليمني هادي" is Hadi's."""
    for e in events:
        if e.kind != "meeting" or len(e.participants) < 3:
            continue
        homes = {a.affiliation for p in e.participants if (a := gaz.actors.get(p)) is not None and a.type == "person"}
        kept = [p for p in e.participants if not ((a := gaz.actors.get(p)) is not None and a.type == "state" and p in homes)]
        if len(kept) >= 2:
            e.participants = kept


def two_sided(events: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Meetings between at least two sides (a person counts for the state or body he acts for):
    a minister travelling with his own colleagues is not a diplomatic meeting."""
    dropped = {id(e) for e in events if e.kind == "meeting" and len({_side(gaz, p) for p in e.participants}) < 2}
    return [e for e in events if id(e) not in dropped and not (e.kind == "denial" and id(e.target) in dropped)]


def apply_heads(events: list[Candidate], heads: dict[int, dict[str, list[str]]], gaz: Gazetteer) -> None:
    """A meeting naming a state whose delegation's head (and members) the same or the next sentence
    names has those persons for it ("Iran and the US held talks. Araghchi headed his country's
    team"); "الوفد السوري" named as a delegation is the one described earlier in the article."""
    for e in events:
        if e.kind != "meeting":
            continue
        near: dict[str, list[str]] = {}
        for s in e.sentences:
            for k in (s.index, s.index + 1):
                for state, persons in heads.get(k, {}).items():
                    near.setdefault(state, persons)
        first = min(s.index for s in e.sentences)
        for state in e.delegates - set(near):
            told = [k for k in heads if k < first and state in heads[k]]
            if told:
                near[state] = heads[max(told)][state]
        out: list[str] = []
        for p in e.participants:
            actor = gaz.actors.get(p)
            persons = near.get(p, [])
            if actor is not None and actor.type != "person" and persons and not set(persons) & set(e.participants):
                out += persons        # persons when named, per side (coding rules)
            else:
                out.append(p)
        e.participants = list(dict.fromkeys(out))


def _resolve_denied_refs(meetings: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A meeting named only inside a denial joins the meeting it overlaps most (two shared actors,
    or one side's actors within the other's); alone, it stands as the meeting denied."""
    out = list(meetings)
    persons = lambda x: sum(1 for p in x.participants if p in gaz.actors and gaz.actors[p].type == "person")  # noqa: E731
    for ref in [m for m in meetings if m.denied_ref]:
        mine = _cover(ref, gaz)
        best, best_n = None, 0
        for m in out:
            if m is ref or m.denied_ref or (ref.place and m.place and ref.place != m.place):
                continue         # (not "denied reports of a second meeting in Ankara" of the one in Sochi)
            if ref.claimed and persons(ref) >= 2 and not persons(m):
                continue         # "denied reports that Shamkhani had met Jubeir": not the states' own talks
            theirs = _cover(m, gaz)
            shared = len((set(ref.participants) & theirs) | (set(m.participants) & mine))   # distinct actors
            if shared > best_n and (shared >= 2 or set(ref.participants) <= theirs or set(m.participants) <= mine):
                best, best_n = m, shared
        if best is not None:
            keep = list(best.participants)
            best.absorb(ref)
            best.participants = keep
            out.remove(ref)
        elif ref.claimed or ref.own_denied:   # "denied reports that X met Y", "denied meeting Y": the meeting denied
            if ref.status == "confirmed":     # (a claimed "planned meeting" stays planned)
                ref.status = "reported"
        elif not ref.sentences[0].headline:
            out.remove(ref)      # unsure what was denied: emit nothing rather than guess
    return out


def _most_specific_third(c: Candidate, gaz: Gazetteer) -> None:
    """A state third party gives way to a person of that state in the same role."""
    for role in _TP_ROLES:
        states = {gaz.actors[a].affiliation for a in c.third[role] if a in gaz.actors and gaz.actors[a].type == "person"}
        c.third[role] = [a for a in c.third[role] if a not in states]


def _cover(m: Candidate, gaz: Gazetteer) -> set[str]:
    """A meeting's participants and the states their persons act for (a person who hosts it takes part)."""
    out = set(m.participants)
    for p in m.participants + [h for h in m.third["host"] if (a := gaz.actors.get(h)) is not None and a.type == "person"]:
        out.add(p)
        actor = gaz.actors.get(p)
        if actor is not None and actor.type == "person" and actor.affiliation:
            out.add(actor.affiliation)
    return out


def _more_specific(m: Candidate, c: Candidate, gaz: Gazetteer) -> bool:
    """m names more persons than c does."""
    persons = lambda x: sum(1 for p in x.participants if p in gaz.actors and gaz.actors[p].type == "person")  # noqa: E731
    return persons(m) > persons(c)


def _same_occasion(a: Candidate, b: Candidate, tense: bool = True, gaz: Gazetteer | None = None) -> bool:
    """Two tellings may be one event: their dates agree where both give one (a visit lasts days:
    its month), and one is not announced for later while the other has taken place ("met on
    Saturday ... will meet again")."""
    if (a.earlier or b.earlier) and not (a.told_date and b.told_date and a.told_date[:4] == b.told_date[:4]):
        return False                 # "his first visit since 2012" is not the visit now, whatever its telling
    if bool(a.told_date) != bool(b.told_date):
        dated, undated = (a, b) if a.told_date else (b, a)
        if undated.published and not undated.sentences[0].headline and dated.told_date[:4] < undated.published[:4]:
            return False             # "Xi last visited the kingdom in January 2016" is not this week's talks
        if undated.published and not undated.sentences[0].headline and dated.status == undated.status == "planned" \
                and dated.told_date < undated.published[:len(dated.told_date)]:
            return False             # "a round scheduled for June 15" (past) is not "talks next week"
    if a.told_date and b.told_date:
        # (a headline's bare weekday is read as the last one: "X إلى السليمانية الأربعاء" for next Wednesday's visit)
        loose = a.visit or b.visit or all(s.headline for s in a.sentences) or all(s.headline for s in b.sentences)
        n = min(len(a.told_date), len(b.told_date), 7 if loose else 10)
        if a.told_date[:n] != b.told_date[:n]:
            return False
    if a.series != b.series:
        return False                 # a series of rounds and one of them
    if a.third["host"] and b.third["host"] and not _hosts(a, gaz) & _hosts(b, gaz):
        return False                 # hosted by China, hosted by Iraq and Oman: two occasions (not "Egypt
                                     # hosts" and "Sisi hosted")
    if all(s.headline for s in a.sentences) or all(s.headline for s in b.sentences) or not tense:
        return True                  # a headline's tense and cue words are loose: it sums up the body
                                     # (not once the body has told it too: then the body's tense holds)
    ahead = lambda c: c.status in ("planned", "proposed")  # noqa: E731
    return ahead(a) == ahead(b)


def _hosts(c: Candidate, gaz: Gazetteer | None) -> set[str]:
    """A candidate's hosts and, with the gazetteer, the states its host persons act for."""
    out = set(c.third["host"])
    if gaz is not None:
        out |= {a.affiliation for h in c.third["host"] if (a := gaz.actors.get(h)) is not None
                and a.type == "person" and a.affiliation}
    return out


def _person_meeting_of(c: Candidate, meetings: list[Candidate], gaz: Gazetteer) -> Candidate | None:
    best = None
    for m in meetings:
        if set(c.participants) <= _cover(m, gaz) and _same_occasion(m, c, gaz=gaz):
            if best is None or abs(m.sentences[0].start - c.sentences[0].start) < abs(best.sentences[0].start - c.sentences[0].start):
                best = m
    return best


def _denial_target(d: Candidate, meetings: list[Candidate], gaz: Gazetteer) -> Candidate | None:
    named = d.mentioned - {d.denier}
    if d.refusal:     # only a meeting still to happen (or only reported) of his with whom he refuses, or of his
        named = named or {d.denier}  # ("يرفض لقاء بنس" denies no meeting of Pence with someone else)
        meetings = [m for m in meetings if m.status in ("planned", "proposed", "reported") and set(m.participants) & named
                    and d.denier in _cover(m, gaz)]
    if d.called_off:  # what is called off or put off was still to happen (or only reported), not one held
        meetings = [m for m in meetings if m.status != "confirmed"]
    if not meetings:
        return None
    where = d.sentences[0].start

    def score(m: Candidate) -> tuple:
        overlap = len(set(m.participants) & named)
        before = m.sentences[0].start < where
        # "بين زيلينسكي وترامب، وبعدما أرجأ الرئيس الأوكراني زيارة ... إلى السعودية": the visit put off, told
        # in the same sentence, before another meeting it names
        put_off = d.called_off_visit and m.visit and any(s.index == d.sentences[0].index for s in m.sentences)
        # ("X had planned to travel to Doha to meet Y, but called off the trip": his own, told in the sentence)
        own = d.called_off and d.denier in m.participants and any(s.index == d.sentences[0].index for s in m.sentences)
        return (overlap, put_off, own, m.status != "confirmed", before,
                m.sentences[0].start if before else -m.sentences[0].start)

    best = max(meetings, key=score)
    if d.called_off and score(best)[0] == 0 and not {d.denier, _side(gaz, d.denier)} & (
            _cover(best, gaz) | {a for r in _TP_ROLES for a in best.third[r]}):
        return None     # what he calls off is his (his state's, or one it brokers or hosts), or of those named
    if score(best)[0] == 0 and not d.about_meeting:
        return None              # "denied that the absence was a protest": no meeting named, none denied
    if score(best)[0] == 0 and best.status == "confirmed":
        before = [m for m in meetings if m.sentences[0].start < where]
        return before[-1] if len(before) == 1 else None   # "denied that any such meeting took place": the one told before
    return best
