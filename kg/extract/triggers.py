"""Find lexicon phrases (triggers and cues) in a sentence's tokens."""
from __future__ import annotations

from typing import NamedTuple
from functools import lru_cache

from kg.extract.lexicon import PLAIN_KINDS, lexicon
from kg.extract.tokens import Token

# every plain list but the ones read as word sets elsewhere, plus the parts of structured entries
_KINDS = tuple(k for k in PLAIN_KINDS if k not in ("conjunctions", "media_nouns", "first_person", "clause_copulas", "topic_fillers", "hyphen_prefixes", "guest_words", "delegation_adjectives", "the_government", "state_cues", "the_movement", "the_movement_not_after", "visit_glue", "pair_glue", "agree_verbs",
                                                   "trip_origin", "own_first_letter", "subjunctive", "bring_together_pair", "claim_copula", "held_words", "denial_participles", "passive_aux", "denied_objects", "denied_things", "stay_away_words", "travel_words", "apposed_openers", "passive_cancellation", "scheduled_words", "denier_words", "quoting_verbs", "ordinal_after", "start_nouns", "after_talks", "as_capacity",
                                                   "past_visit_since", "generic_visitors", "own_visitor", "aide_nouns_after", "dyad_heads", "dyad_ministers", "dyad_not_before", "office_time_prefixes", "hyphen_suffixes", "flight_nouns", "phone_not_after", "occasion_qualifiers", "before_event_words", "unnamed_official_nouns",
                                                   "named_place_nouns", "clause_auxiliaries", "spokesman_words", "dropped_subject_openers", "trip_purpose", "joined_them", "reception_verbs", "office_held", "subject_fillers", "adjective_cues", "participle_openers", "speaking_words", "with_words",
                                                   "body_heads", "bring_together_sought", "bring_together_done", "cancellation_nouns")) + (
    "negation_exceptions", "negation_false", "negation", "attribution_after", "attribution_before", "attribution_skip", "title_links")


@lru_cache(maxsize=1)
def _raw_breaks() -> frozenset[str]:
    """The punctuation marks of the clause_breaks lists (",", "،", ";", "؛"): matched on the mark itself."""
    raw = lexicon().raw.get("clause_breaks") or {}
    return frozenset(str(w) for words in raw.values() for w in words if not any(ch.isalnum() for ch in str(w)))


class Hit(NamedTuple):
    """A lexicon phrase found at tokens [i, j) (a named tuple: made tens of thousands of times a batch)."""

    i: int
    j: int
    kind: str
    look: str = ""


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    lex = lexicon()
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for kind in _KINDS:
        for phrase in lex.phrases.get(kind, ()):
            index.setdefault(phrase[0], []).append((phrase, kind, ""))
    for cue in lex.cues:
        if cue.tokens:
            index.setdefault(cue.tokens[0], []).append((cue.tokens, "cue:" + cue.category, cue.look))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def hit_kinds() -> tuple[str, ...]:
    """Every kind find_hits may give."""
    return tuple(dict.fromkeys(["clause_breaks", *(kind for entries in _index().values() for _, kind, _ in entries)]))


# remembered look-ups, keyed by token keys (a token's variants follow from its key; a string keeps
# its hash, a tuple of variants is hashed anew at every look-up)
_Phrases = tuple[tuple[tuple[str, ...], str, str], ...]
_STARTS: dict[str, tuple[_Phrases, tuple[tuple[str, str], ...] | None]] = {}
_PAIRS: dict[tuple[str, str], _Phrases] = {}
_new_hit = tuple.__new__     # Hit(...) without the named tuple's Python-level __new__


def _starts(tok: Token) -> tuple[_Phrases, tuple[tuple[str, str], ...] | None]:
    """The phrases that may start at a token, in variant order then longest first: one lookup per
    distinct word (remembered; the lexicon is fixed for the process). Second, when they are all one
    word long and of different kinds (most words: each is a hit wherever the word is), their kinds
    and looks in that order; else None."""
    got = _STARTS.get(tok.key)
    if got is None:
        if len(_STARTS) > 200_000:
            _STARTS.clear()
        index = _index()
        starts = tuple(e for v in tok.variants for e in index.get(v, ()))
        kinds = [kind for _, kind, _ in starts]
        singles = tuple((kind, look) for _, kind, look in starts) \
            if all(len(phrase) == 1 for phrase, _, _ in starts) and len(set(kinds)) == len(kinds) else None
        got = _STARTS[tok.key] = (starts, singles)
    return got


def find_hits(tokens: list[Token]) -> list[Hit]:
    """Every lexicon phrase at every position (longest per kind), in token order."""
    out: list[Hit] = []
    append = out.append
    n = len(tokens)
    breaks = _raw_breaks()
    for i, tok in enumerate(tokens):
        if tok.punct:
            if tok.punct in breaks:
                append(_new_hit(Hit, (i, i + 1, "clause_breaks", "")))
            continue
        got = _STARTS.get(tok.key)
        if got is None:
            got = _starts(tok)
        starts, singles = got
        if singles is not None:       # one-word phrases of distinct kinds (or none): each is a hit here
            for kind, look in singles:
                append(_new_hit(Hit, (i, i + 1, kind, look)))
            continue
        if len(starts) > 8 and i + 1 < n:     # "the" starts many phrases: those whose second word fits
            nxt = tokens[i + 1]
            pair = (tok.key, nxt.key)
            fitting = _PAIRS.get(pair)
            if fitting is None:
                if len(_PAIRS) > 200_000:
                    _PAIRS.clear()
                fitting = _PAIRS[pair] = tuple(e for e in starts if len(e[0]) == 1 or e[0][1] == nxt.key
                                               or e[0][1] in nxt.variants)
            starts = fitting
        seen: set[str] = set()
        for phrase, kind, look in starts:
            if kind in seen or i + len(phrase) > n:
                continue
            ok = True
            for k in range(1, len(phrase)):
                t = tokens[i + k]
                if not (t.key == phrase[k] or phrase[k] in t.variants):
                    ok = False
                    break
            if ok:
                seen.add(kind)
                append(_new_hit(Hit, (i, i + len(phrase), kind, look)))
    return out
