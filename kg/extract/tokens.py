"""Tokens with character offsets and normalised forms, plus Arabic prefix-stripped variants."""
from __future__ import annotations

import re
from typing import NamedTuple
from functools import lru_cache


from kg.normalize import name_key
from kg.resources import lexicon_data

_WORD = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]+"
# an apostrophe inside a name ("O'Brien", "Ya'alon") is part of the word; not a possessive "'s" nor "n't"
_INNER_APOSTROPHE = r"['’](?![sStT]\b)"
_TOKEN = re.compile(_WORD + "(?:" + _INNER_APOSTROPHE + _WORD + ")*|[،,؛;:()«»“”\"'’]")
_APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)" + _INNER_APOSTROPHE + r"(?=\w)")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PUNCT = set("،,؛;:()«»“”\"'’")


class Token(NamedTuple):
    """One word or punctuation mark: its span in the article and its matching forms. The forms
    follow from the key alone (word_forms), so look-ups may be remembered per key."""

    start: int
    end: int
    key: str                 # normalised form ('' for punctuation)
    variants: tuple[str, ...]  # key first, then prefix-stripped stems
    punct: str = ""          # the mark itself for punctuation tokens
    conj: bool = False       # carried an attached 'و'/'ف' (Arabic "and")


@lru_cache(maxsize=100_000)
def phrase_key(text: str) -> tuple[str, ...]:
    """A phrase as a tuple of normalised tokens (how lexicon and gazetteer entries are matched)."""
    return tuple(name_key(_APOSTROPHE_IN_WORD.sub("", text)).split())


@lru_cache(maxsize=1)
def _prefixes() -> list[tuple[str, bool, bool]]:
    """Prefix combinations (conjunction? preposition? article?) longest first, as normalised text."""
    raw = lexicon_data("extraction")
    cfg = raw["arabic_prefixes"]
    conjs = [""] + [name_key(c) for c in cfg["conjunctions"]]
    preps = [""] + [name_key(p) for p in cfg["prepositions"]]
    art = name_key(cfg["article"])
    combos: dict[str, tuple[bool, bool]] = {}
    for c in conjs:
        for p in preps:
            for a in ("", art):
                text = c + p + a
                if p == "ل" and a == art:
                    text = c + "لل"
                if text:
                    combos[text] = (bool(c), bool(a))
    return sorted(((k, v[0], v[1]) for k, v in combos.items()), key=lambda x: -len(x[0]))


def _min_stem() -> int:
    raw = lexicon_data("extraction")
    return int(raw["arabic_prefixes"].get("min_stem", 2))


@lru_cache(maxsize=1)
def _future() -> tuple[str, tuple[str, ...], int]:
    """The future prefix, the letters an imperfect verb starts with, the shortest verb it goes on."""
    cfg = lexicon_data("extraction")["arabic_prefixes"]
    return (name_key(cfg.get("future", "")), tuple(name_key(x) for x in cfg.get("future_verb_starts", [])),
            int(cfg.get("future_min_stem", 4)))


_MIN_STEM: int | None = None


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> tuple[str, tuple[str, ...], bool]:
    """The normalised key of a word, its prefix-stripped variants, and whether it had 'و'/'ف'
    (the variants and the conjunction are read from the key alone)."""
    global _MIN_STEM
    if _MIN_STEM is None:
        _MIN_STEM = _min_stem()
    key = name_key(word).replace(" ", "")
    variants = [key]
    conj = False
    if _ARABIC.search(key):
        for prefix, has_conj, has_art in _prefixes():
            if key.startswith(prefix) and len(key) - len(prefix) >= _MIN_STEM:
                stem = key[len(prefix):]
                if stem not in variants:
                    variants.append(stem)
                if has_art and "ال" + stem not in variants:
                    variants.append("ال" + stem)
                if has_conj:
                    conj = True
        future, starts, shortest = _future()
        if future:
            for form in list(variants):   # "سيستقبل" -> "يستقبل", "وستزور" -> "تزور"
                if form.startswith(future) and form[1:2] in starts and len(form) - 1 >= shortest \
                        and form[1:] not in variants:
                    variants.append(form[1:])
    return key, tuple(variants), conj


_Tail = tuple[str, tuple[str, ...], str, bool]
_PUNCT_TAILS: dict[str, _Tail | None] = {mark: ("", (), mark, False) for mark in _PUNCT}
_TAILS: dict[str, _Tail | None] = dict(_PUNCT_TAILS)   # word -> its Token fields after the span (None: no key)
_new_token = tuple.__new__


_PIECES = re.compile(f"({_TOKEN.pattern})")   # split() with the token as a group: [gap, token, gap, token, ..., gap]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], offsets into the whole text. One split() of the span gives its
    words and the gaps between them as strings; offsets are summed from their lengths (cheaper than
    a match object per token, which finditer makes)."""
    out: list[Token] = []
    append = out.append
    tails = _TAILS
    if len(tails) > 200_000:
        tails.clear()
        tails.update(_PUNCT_TAILS)
    pieces = _PIECES.split(text[start:end])
    pos = start
    for k in range(1, len(pieces), 2):
        pos += len(pieces[k - 1])
        word = pieces[k]
        try:
            tail = tails[word]
        except KeyError:
            key, variants, conj = word_forms(word)
            tail = tails[word] = (key, variants, "", conj) if key else None
        stop = pos + len(word)
        if tail is not None:
            append(_new_token(Token, (pos, stop) + tail))
        pos = stop
    return out
