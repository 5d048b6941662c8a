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
# possessive quantifiers (never giving back what they took): the same tokens, as nothing after a
# run of word letters could match a letter it gave back, but the engine keeps no backtracking state
_TOKEN = re.compile(_WORD + "+(?:" + _INNER_APOSTROPHE + _WORD + "+)*+|[،,؛;:()«»“”\"'’]")
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


DASHES = "—–-"


def dash_between(text: str, left: Token, right: Token) -> bool:
    """A dash in the text between two tokens (dashes are no tokens): a dateline's end, "TEHRAN - President"."""
    return any(d in text[left.end:right.start] for d in DASHES)


def hyphened(text: str, left: Token, right: Token, offset: int = 0) -> bool:
    """The two tokens are one hyphenated word, the hyphen alone between them ("post-Assad", "London-based",
    "then-British"); ``offset``: where ``text`` starts in the article (a sentence's text)."""
    return text[left.end - offset:right.start - offset] in ("-", "\u2011", "\u2013")


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


def imperfect_starts() -> tuple[str, ...]:
    """The letters an Arabic verb in the imperfect begins with ("يتوجه", "تزور"), as normalised text."""
    return _future()[1]


_MIN_STEM: int | None = None


@lru_cache(maxsize=1)
def _whole_words() -> frozenset[str]:
    """Words with the article never read as their stem (arabic_prefixes.whole_words), normalised."""
    return frozenset(name_key(w).replace(" ", "") for w in lexicon_data("extraction")["arabic_prefixes"].get("whole_words") or ())


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
        whole = _whole_words()
        if whole and not whole.isdisjoint(variants):
            # "الجمعة" (Friday) is a word of its own, not "ال" + "جمعه" (brought him together)
            variants = [v for v in variants if "ال" + v not in whole]
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


def split_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """text[start:end] split into [gap, word, gap, word, ..., gap]: the words (and marks) a
    sentence's tokens are made of are ``pieces[1::2]``."""
    return _PIECES.split(text[start:end])


def tokenize(text: str, start: int = 0, end: int | None = None, pieces: list[str] | None = None) -> list[Token]:
    """Tokens of text[start:end], offsets into the whole text. One split() of the span gives its
    words and the gaps between them as strings; offsets are summed from their lengths (cheaper than
    a match object per token, which finditer makes). ``pieces``: split_words of the span, when the
    caller has it already."""
    out: list[Token] = []
    append = out.append
    tails = _TAILS
    if len(tails) > 200_000:
        tails.clear()
        tails.update(_PUNCT_TAILS)
    if pieces is None:
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


# ---------------------------------------------------------------- tokens without offsets

_PROTOS: dict[str, Token | bool] = {}   # word -> its token with no offsets (0, 0), False for a word without key
_BY_VARIANT: dict[str, set[str]] = {}   # variant -> the words in _PROTOS whose token has it
_GENERATION = [0]                        # how many times _PROTOS was let go


def _proto(word: str) -> Token | bool:
    """The token a word makes, at offsets (0, 0); False for a word with no key (it makes none)."""
    if word in _PUNCT:
        proto: Token | bool = _new_token(Token, (0, 0, "", (), word, False))
    else:
        key, variants, conj = word_forms(word)
        proto = _new_token(Token, (0, 0, key, variants, "", conj)) if key else False
    _PROTOS[word] = proto
    if proto:
        for v in proto.variants:
            _BY_VARIANT.setdefault(v, set()).add(word)
    return proto


def word_token(word: str) -> Token | bool:
    """The token a word makes, without offsets (remembered); False for a word that makes none."""
    tok = _PROTOS.get(word)
    return _proto(word) if tok is None else tok


def word_tokens(words: list[str]) -> list[Token]:
    """The tokens the words make, without offsets (each start and end is 0): what reads only the
    tokens' keys, variants and marks (gazetteer names, lexicon words) needs no more, and a sentence
    that turns out to hold nothing is never tokenized with offsets. The tokens are shared, remembered
    per word: never change them."""
    toks = list(map(_PROTOS.get, words))
    if all(toks):     # every word met before, each with a key or a mark (nearly always)
        return toks   # type: ignore[return-value]
    get = _PROTOS.get
    return [t for w in words if (t := get(w)) or (t is None and (t := _proto(w)))]   # type: ignore[misc]


def new_article() -> None:
    """Let the remembered word tokens go when there are very many, between articles only: an
    article's words must stay in ``words_with`` while the article is read (and what is remembered
    per word elsewhere goes with them: word_generation)."""
    if len(_PROTOS) > 100_000:
        _PROTOS.clear()
        _BY_VARIANT.clear()
        _GENERATION[0] += 1


def word_generation() -> int:
    """Changes when the word tokens are let go (new_article)."""
    return _GENERATION[0]


def words_with(variants) -> set[str]:
    """The remembered words (word_tokens) whose token has one of these variants."""
    out: set[str] = set()
    for v in variants:
        got = _BY_VARIANT.get(v)
        if got:
            out |= got
    return out


class WordTest:
    """A yes/no question about a word's token (word_tokens), answered once per word and then asked
    of a sentence's words at once (set operations on the words)."""

    def __init__(self, test) -> None:
        self.test = test
        self.yes: set[str] = set()
        self.no: set[str] = set()

    def none(self, words: list[str]) -> bool:
        """No word's token answers yes."""
        no = self.no
        if no.issuperset(words):
            return True
        if not self.yes.isdisjoint(words):
            return False
        if len(no) > 100_000:
            no.clear()
            self.yes.clear()
        for w in words:
            if w not in no and w not in self.yes:
                tok = _PROTOS.get(w)
                if tok is None:
                    tok = _proto(w)
                (self.yes if tok and self.test(tok) else no).add(w)
        return no.issuperset(words)
