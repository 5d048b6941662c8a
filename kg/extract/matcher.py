"""Find actor and place mentions in tokens: gazetteer names and aliases, demonyms, metonyms,
per-article surnames, titles resolved by the article's date, and new persons introduced by title."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter
import re

from kg.extract.lexicon import Lexicon, lexicon, phrase_key
from kg.extract.tokens import _ARABIC, Token, dash_between, tokenize, word_forms, word_generation, word_token, word_tokens
from kg.gazetteer import Gazetteer
from kg.iris import slug
from kg.model import Actor, Position, Title
from kg.resources import lexicon_data

_DEMONYM_SUFFIXES_AR = ("", "ه", "ين", "ون", "ات", "ا")   # "ا": accusative "وفداً سعودياً"
_DEMONYM_SUFFIXES_EN = ("", "s")
_NAME_JOINERS = {"al", "bin", "bint", "ibn", "de", "el", "abu", "abdel", "abdul", "van", "von", "der"}


@dataclass(slots=True)
class Mention:
    """A span of tokens [i, j) naming an actor and/or a place (slots: an article makes hundreds)."""

    i: int
    j: int
    actor: str | None = None
    place: str | None = None
    via: str = "name"        # name | demonym | title | surname | new
    role: str | None = None  # assigned during assembly


def last_mention_before(pool: list[Mention], i: int) -> Mention | None:
    """The last mention of ``pool`` (in text order) that ends at or before token ``i``."""
    best = None
    for m in pool:
        if m.j <= i:
            best = m
    return best


@dataclass
class Entry:
    tokens: tuple[str, ...]
    target: str
    kind: str  # actor | place | demonym


@dataclass
class NameIndex:
    """Gazetteer labels as token phrases, keyed by their first token."""

    first: dict[str, list[Entry]] = field(default_factory=dict)
    guarded: dict[str, str] = field(default_factory=dict)   # surnames that also begin other names: word -> actor
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)   # surnames of several persons named: word -> them
    # remembered look-ups, keyed by token keys (a token's variants follow from its key; a string
    # keeps its hash, a tuple of variants is hashed anew at every look-up)
    _starts: dict[str, tuple[tuple[int, Entry], ...]] = field(default_factory=dict, repr=False)
    _pairs: dict[tuple[str, str], tuple[tuple[int, Entry], ...]] = field(default_factory=dict, repr=False)
    _seconds: dict[str, tuple[list[int], dict[str, list[int]]]] = field(default_factory=dict, repr=False)
    # the same per word as written (match_words), for the word tokens of one generation (tokens.word_generation)
    _words: dict[str, tuple[tuple[int, Entry], ...]] = field(default_factory=dict, repr=False)
    _word_pairs: dict[tuple[str, str | None], tuple[tuple, int]] = field(default_factory=dict, repr=False)
    _windows: dict[tuple[str, ...], tuple] = field(default_factory=dict, repr=False)
    _words_generation: int = field(default=-1, repr=False)

    def add(self, tokens: tuple[str, ...], target: str, kind: str) -> None:
        if tokens:
            self.first.setdefault(tokens[0], []).append(Entry(tokens, target, kind))
            self._starts.clear()
            self._pairs.clear()
            self._seconds.clear()
            self._words.clear()
            self._word_pairs.clear()
            self._windows.clear()

    def starts_before(self, tok: Token, nxt: Token, starts: tuple[tuple[int, Entry], ...]) -> tuple[tuple[int, Entry], ...]:
        """Of the labels starting at a token (``starts``: starts(tok)), those whose second word fits
        the next token (or that have one word): "the" starts a hundred labels, "the Kremlin" one of
        them (remembered). Where many labels start, they are looked up by second word instead of
        read one by one (the same labels, in the same order)."""
        key = (tok.key, nxt.key)
        got = self._pairs.get(key)
        if got is None:
            if len(self._pairs) > 200_000:
                self._pairs.clear()
            if len(starts) > 16:
                plan = self._seconds.get(tok.key)
                if plan is None:
                    plan = self._seconds[tok.key] = _by_second_word(starts)
                ones, by_second = plan
                picked = list(ones)
                for v in nxt.variants:          # the key first; distinct strings, so no label twice
                    more = by_second.get(v)
                    if more:
                        picked += more
                picked.sort()
                got = self._pairs[key] = tuple(starts[p] for p in picked)
            else:
                got = self._pairs[key] = tuple(s for s in starts if len(s[1].tokens) == 1 or s[1].tokens[1] == nxt.key
                                               or s[1].tokens[1] in nxt.variants)
        return got

    def starts(self, tok: Token) -> tuple[tuple[int, Entry], ...]:
        """(variant number, entry) for every label that starts with one of a token's variants:
        one lookup per distinct word instead of one per variant and token (remembered)."""
        got = self._starts.get(tok.key)
        if got is None:
            if len(self._starts) > 200_000:
                self._starts.clear()
            got = self._starts[tok.key] = tuple((vi, e) for vi, v in enumerate(tok.variants)
                                                for e in self.first.get(v, ()))
        return got

    def word_starts(self, word: str) -> tuple[tuple[int, Entry], ...]:
        """starts() of the token a word makes, remembered per word; none for a mark, _NO_TOKEN for
        a word that makes no token."""
        tok = word_token(word)
        got = _NO_TOKEN if not tok else () if tok.punct else self.starts(tok)
        if len(self._words) > 100_000:
            self._words.clear()
        self._words[word] = got
        return got

    def word_pair_starts(self, word: str, nxt: str | None, starts: tuple[tuple[int, Entry], ...]
                         ) -> tuple[tuple, int]:
        """Of a word's starts (word_starts), those the next word (None: none) may go on with:
        starts_before of their tokens, and only the one-word labels at a sentence's end; _NO_TOKEN if
        the next word makes no token. Second, the most words those labels have (remembered per pair
        of words)."""
        if nxt is None:
            fit = tuple(s for s in starts if len(s[1].tokens) == 1)
        else:
            after = word_token(nxt)
            fit = self.starts_before(word_token(word), after, starts) if after else _NO_TOKEN   # type: ignore[arg-type]
        got = (fit, max((len(e.tokens) for _, e in fit), default=0) if fit is not _NO_TOKEN else 0)
        if len(self._word_pairs) > 100_000:
            self._word_pairs.clear()
        self._word_pairs[(word, nxt)] = got
        return got

    def window_match(self, window: tuple[str, ...], fit: tuple[tuple[int, Entry], ...]) -> tuple:
        """The mention (length, actor, place, via) that _longest_at finds with these labels at the
        first of these words, () for none, _NO_TOKEN if a word makes no token (remembered per
        window: the labels follow from its first two words, and it holds as many words as the longest
        label, or up to the sentence's end)."""
        toks = [word_token(w) for w in window]
        if not all(toks):
            got: tuple = _NO_TOKEN
        else:
            m = _longest_at(toks, 0, fit)      # type: ignore[arg-type]
            got = (m.j, m.actor, m.place, m.via) if m is not None else ()
        if len(self._windows) > 100_000:
            self._windows.clear()
        self._windows[window] = got
        return got


def _by_second_word(starts: tuple[tuple[int, Entry], ...]) -> tuple[list[int], dict[str, list[int]]]:
    """The positions in ``starts`` of the one-word labels, and of the others by their second word."""
    ones: list[int] = []
    by_second: dict[str, list[int]] = {}
    for p, (_, entry) in enumerate(starts):
        if len(entry.tokens) == 1:
            ones.append(p)
        else:
            by_second.setdefault(entry.tokens[1], []).append(p)
    return ones, by_second


_UNSEEN: tuple = ((-1, None),)      # markers in match_words (true, unlike no starts): a word not looked up yet,
_NO_TOKEN: tuple = ((-2, None),)    # a word that makes no token


def gazetteer_index(gaz: Gazetteer) -> NameIndex:
    """The phrase index of a gazetteer (built once per gazetteer object)."""
    return gaz.memo("phrase_index", _build_index)


def _build_index(gaz: Gazetteer) -> NameIndex:
    index = NameIndex()
    for actor in gaz.actors.values():
        _add_actor(index, actor)
    for place in gaz.places.values():
        for label in [place.name, place.name_ar or "", *place.aliases.en, *place.aliases.ar]:
            for key in _label_keys(label):
                index.add(key, place.id, "place")
    return index


def _label_keys(label: str) -> list[tuple[str, ...]]:
    """The keys a label is indexed under: its phrase key, and where it has a possessive ("People's
    Republic of China", "Iran's Revolutionary Guards") also its tokens' keys, in which the
    apostrophe stands as a token of its own, as it does in the text."""
    key = phrase_key(label)
    if "'" not in label and "’" not in label:
        return [key]
    tokens = tuple(t.key for t in tokenize(label))
    return [key, tokens] if tokens != key else [key]


def labels_of(actor: Actor) -> tuple[str, ...]:
    """Every name the gazetteer gives an actor: its name, Arabic name and aliases in both languages.

    >>> from kg.gazetteer import Gazetteer
    >>> "Faisal bin Farhan" in labels_of(Gazetteer.default().actors["faisal-bin-farhan"])
    True
    """
    return tuple(label for label in (actor.name, actor.name_ar or "", *actor.aliases.en, *actor.aliases.ar) if label)


def _add_actor(index: NameIndex, actor: Actor) -> None:
    for label in labels_of(actor):
        for key in _label_keys(label):
            index.add(key, actor.id, "actor")
    for label in actor.demonyms.ar:
        base = phrase_key(label)
        for suffix in _DEMONYM_SUFFIXES_AR:
            if base:
                index.add(base[:-1] + (base[-1] + suffix,), actor.id, "demonym")
    for label in actor.demonyms.en:
        base = phrase_key(label)
        for suffix in _DEMONYM_SUFFIXES_EN:
            if base:
                index.add(base[:-1] + (base[-1] + suffix,), actor.id, "demonym")


def _token_matches(tok: Token, word: str) -> bool:
    return tok.key == word or word in tok.variants


def match_names(tokens: list[Token], indexes: list[NameIndex]) -> list[Mention]:
    """Longest-match gazetteer lookup over tokens; a name may carry Arabic prefixes."""
    out: list[Mention] = []
    single = indexes[0] if len(indexes) == 1 else None
    remembered = single._starts if single is not None else {}
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.punct:
            i += 1
            continue
        if single is not None:
            starts = remembered.get(tok.key)
            if starts is None:
                starts = single.starts(tok)
            if not starts:
                i += 1
                continue
            if len(starts) > 8 and i + 1 < n:
                starts = single.starts_before(tok, tokens[i + 1], starts)
        else:       # variant order first, then index order, as one index would give
            starts = sorted((s for index in indexes for s in index.starts(tok)), key=lambda s: s[0])
        m = _longest_at(tokens, i, starts)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.j
    return out


def _longest_at(tokens: list[Token], i: int, starts) -> Mention | None:
    """The mention of the longest of these labels (starting at token i) that the tokens go on with."""
    n = len(tokens)
    best: tuple[int, int, list[Entry]] | None = None  # (length, exactness, entries)
    for vi, entry in starts:
        words = entry.tokens
        length = len(words)
        if i + length > n:
            continue
        ok = True
        for k in range(1, length):
            t = tokens[i + k]
            w = words[k]
            if not (t.key == w or w in t.variants):
                ok = False
                break
        if ok:
            score = (length, -vi)
            if best is None or score > (best[0], best[1]):
                best = (length, -vi, [entry])
            elif score == (best[0], best[1]) and entry not in best[2]:
                best[2].append(entry)
    if best is None:
        return None
    length, _, entries = best
    m = Mention(i, i + length)
    if len(entries) > 1:        # a name told in the article before an adjective spelt the same ("بافل طالباني",
        entries = sorted(entries, key=lambda e: e.kind == "demonym")    # then "طالباني": his surname)
    for e in entries:
        if e.kind == "place":
            m.place = m.place or e.target
        elif m.actor is None:
            m.actor = e.target
            m.via = "demonym" if e.kind == "demonym" else "name"
    return m


def match_words(words: list[str], index: NameIndex) -> list[Mention]:
    """match_names(word_tokens(words), [index]) read from the words as written (tokens.split_words):
    the labels that may start at a word, and of those the ones the next word fits, are remembered
    per word and per pair of words, so only the words that start such labels are visited (most
    words start none); and what they match, per window of words as long as the longest of them.
    Leaving out the labels the next word does not fit changes nothing: they cannot match
    (match_names leaves them out only where many labels start). A sentence with a word that makes no
    token is matched by match_names (tokens and words are numbered apart there)."""
    remembered, pairs, windows = index._words, index._word_pairs, index._windows
    if index._words_generation != word_generation():   # the word tokens were let go: the words go too
        remembered.clear()
        pairs.clear()
        windows.clear()
        index._words_generation = word_generation()
    found = list(map(remembered.get, words, repeat(_UNSEEN)))
    n = len(words)
    out: list[Mention] = []
    i = 0                  # the first word after the last mention
    for k in compress(range(n), found):
        if k < i:
            continue
        starts = found[k]
        if starts is _UNSEEN:
            starts = index.word_starts(words[k])
            if not starts:
                continue
        if starts is _NO_TOKEN:
            return match_names(word_tokens(words), [index])
        pair = (words[k], words[k + 1] if k + 1 < n else None)
        got = pairs.get(pair)
        if got is None:
            got = index.word_pair_starts(pair[0], pair[1], starts)
        fit, span = got
        if not fit:
            continue
        if fit is _NO_TOKEN:
            return match_names(word_tokens(words), [index])
        window = tuple(words[k:k + span])
        m = windows.get(window)
        if m is None:
            m = index.window_match(window, fit)
        if m is _NO_TOKEN:
            return match_names(word_tokens(words), [index])
        if m:
            out.append(Mention(k, k + m[0], m[1], m[2], m[3]))
            i = k + m[0]
    return out


def add_surnames(tokens: list[Token], mentions: list[Mention], surnames: NameIndex,
                 words: list[str] | None = None) -> list[Mention]:
    """Mentions plus one-word surnames ("أوغلو") at tokens no gazetteer name covers, in a new list
    (the mentions themselves are the first name pass's, which nothing else keeps: changed in place).
    ``words``: every variant of every token, when the caller has it already."""
    out = list(mentions)
    first, guarded = surnames.first, surnames.guarded
    if not first and not guarded:
        return out
    present = words if words is not None else [v for t in tokens for v in t.variants]
    if first.keys().isdisjoint(present) and guarded.keys().isdisjoint(present):
        return out       # (most sentences: two tests, no set built)
    verbs = lexicon().words_union("meeting", "speech")
    for m in out:
        # "وأكد السوداني", "التقى السوداني": the surname of the person named before, not the adjective
        # "Sudanese", which follows its definite noun ("الجيش السوداني", "الرئيس السوداني")
        if m.via != "demonym" or m.j - m.i != 1:
            continue
        tok = tokens[m.i]
        key = tok.key if tok.key in first or tok.key in guarded else tok.key[1:] if tok.conj and (
            tok.key[1:] in first or tok.key[1:] in guarded) else None
        if key is not None and not (    # (and "وطالباني": "و" + him)
                m.i > 0 and tokens[m.i - 1].key.startswith(("ال", "وال")) and verbs.isdisjoint(tokens[m.i - 1].variants)):
            m.actor, m.via = (first[key][0].target if key in first else guarded[key]), "name"
    covered = {k for m in mentions for k in range(m.i, m.j)}
    added = False
    for i, tok in enumerate(tokens):
        if tok.punct or i in covered:
            continue
        for variant in tok.variants:
            entries = surnames.first.get(variant)
            entry = next((e for e in entries if _rest_matches(tokens, i, e.tokens)), None) if entries else None
            if entry is not None:
                out.append(Mention(i, i + len(entry.tokens), actor=entry.target))
                covered.update(range(i, i + len(entry.tokens)))
                added = True
                break
    return sorted(out, key=lambda m: m.i) if added else out


def _rest_matches(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """The words of a surname after its first stand at tokens i+1, ... (one-word surnames: always)."""
    return len(words) == 1 or (i + len(words) <= len(tokens) and all(
        words[k] in tokens[i + k].variants for k in range(1, len(words))))


def guarded_surnames(tokens: list[Token], mentions: list[Mention], surnames: NameIndex,
                     words: list[str], text: str | None = None) -> list[Mention]:
    """A surname that also begins other names ("عباس" of Mahmoud Abbas; "عباس عراقجي") names the
    person already named only where no name can go on: before punctuation, "و"/"and", a stop word,
    or at the end ("بين عباس ورئيس الوزراء ...", "Abbas and Netanyahu")."""
    guarded = surnames.guarded
    if not guarded or guarded.keys().isdisjoint(words):
        return mentions
    # a one-word adjective spelt as the surname, not after a definite noun ("وطالباني" once "بافل طالباني" was
    # named; not "الجيش السوداني"), gives way to it
    named = {k for m in mentions if m.via != "demonym" for k in range(m.i, m.j)}
    adjectives = {m.i: m for m in mentions if m.via == "demonym" and m.j - m.i == 1 and not (
        m.i > 0 and tokens[m.i - 1].key.startswith(("ال", "وال")) and m.i - 1 not in named and not tokens[m.i].conj)}
    covered = {k for m in mentions for k in range(m.i, m.j) if m.i not in adjectives}
    # a name of another actor right after: the surname's name goes no further ("جولة وانغ تركيا وإيران")
    others = {m.i for m in mentions if m.actor and m.actor not in guarded.values()}
    stops = lexicon().words_union("name_stops", "title_qualifiers")    # (and "شي آنذاك": Xi then)
    verbs = lexicon().words_union("meeting", "speech", "visit")
    added = []
    for i, tok in enumerate(tokens):
        key = tok.key if tok.key in guarded else tok.key[1:] if tok.conj and tok.key[1:] in guarded else None
        if key is None or tok.punct or i in covered:
            continue                      # "وعون": "و" + the surname
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or nxt.punct or nxt.conj or nxt.key in ("and", "و") or nxt.key in stops or i + 1 in others or (
                text is not None and not _is_arabic(nxt.key) and not text[nxt.start].isupper()) or (  # "Abdi signed"
                _is_arabic(nxt.key) and not verbs.isdisjoint(nxt.variants)):   # "ماكرون وعون اجتماعاً"
            added.append(Mention(i, i + 1, actor=guarded[key]))
    if added and adjectives:
        replaced = {id(adjectives[m.i]) for m in added if m.i in adjectives}
        mentions = [m for m in mentions if id(m) not in replaced]
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def shared_surnames(tokens: list[Token], mentions: list[Mention], surnames: NameIndex,
                    recent: dict[str, int]) -> list[Mention]:
    """A surname two persons of the article share ("Barzani" of Masoud and Nechirvan) names the one
    of them named last before this sentence (`recent`: person -> the last sentence naming him), if
    only one was."""
    shared = surnames.shared
    if not shared:
        return mentions
    covered = {k for m in mentions for k in range(m.i, m.j)}
    added = []
    for i, tok in enumerate(tokens):
        if tok.punct or i in covered or tok.key not in shared:
            continue
        named = [(recent[a], a) for a in shared[tok.key] if a in recent]
        if not named:
            continue
        best = max(named)
        if sum(1 for n, _ in named if n == best[0]) == 1:
            added.append(Mention(i, i + 1, actor=best[1], via="name"))
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def surname_index(mentions: list[Mention], gaz: Gazetteer, base: NameIndex) -> NameIndex:
    """Last words of the full names of persons already named in the article ("أوغلو", "Assad")."""
    index = NameIndex()
    seen: dict[str, tuple | None] = {}    # last word -> (the one person it is of, ...), None if several
    persons: list[Actor] = []
    actors = gaz.actors
    # each person once, in the order first named: naming him again changes neither whose a word is
    # nor the order the words and their persons were met in
    for name in dict.fromkeys(m.actor or "" for m in mentions):
        actor = actors.get(name)
        if actor is None or actor.type != "person":
            continue
        persons.append(actor)
        for word in _surnames_of(actor, base):
            got = seen.setdefault(word[0], word)
            if got is not word and got is not None:
                seen[word[0]] = None
    first, guarded = index.first, index.guarded
    for last, word in seen.items():
        if word is None:     # "Barzani" of Masoud and Nechirvan: the one named last
            index.shared[last] = tuple(a.id for a in persons if last in _last_words(a))
            continue
        _, ident, in_base, entry = word
        if " " in last:      # a compound surname ("الحمد الله"): found by its first word, matched whole
            index.first.setdefault(last.split()[0], []).append(Entry(tuple(last.split()), ident, "actor"))
        elif ident and in_base:
            guarded[last] = ident    # "عباس" begins "عباس عراقجي": Mahmoud Abbas only when no name goes on
        elif ident:
            first[last] = [entry]    # index.add of a word met once (seen's keys are distinct)
    return index


_SURNAMES: dict[int, tuple[Actor, NameIndex, tuple]] = {}


def _surnames_of(actor: Actor, base: NameIndex) -> tuple[tuple[str, str, bool, Entry], ...]:
    """(last word, the person's id, the word begins a label of ``base``, its one-word entry) for each
    of a person's last words (_last_words; remembered per person and index: entries are never
    changed, and the same persons come back article after article)."""
    cached = _SURNAMES.get(id(actor))
    if cached is not None and cached[0] is actor and cached[1] is base:
        return cached[2]
    words = tuple((last, actor.id, last in base.first, Entry((last,), actor.id, "actor")) for last in _last_words(actor))
    if len(_SURNAMES) > 50_000:
        _SURNAMES.clear()
    _SURNAMES[id(actor)] = (actor, base, words)
    return words


_LAST_WORDS: dict[int, tuple[Actor, tuple[str, ...]]] = {}


@lru_cache(maxsize=1)
def _family_name_first() -> frozenset[str]:
    """States whose people's names open with the family name (data/lexicon/names.yaml)."""
    return frozenset(lexicon_data("names").get("family_name_first") or ())


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Last words of compound names that name no one alone ("الله" of "رامي الحمد الله")."""
    return frozenset(phrase_key(str(w))[0] for w in lexicon_data("names").get("not_surnames") or ())


@lru_cache(maxsize=1)
def _short_family_names() -> frozenset[str]:
    """Two-letter family names that may stand alone for a person named in full before ("شي")."""
    return frozenset(str(w) for w in lexicon_data("names").get("short_family_names") or ())


@lru_cache(maxsize=1)
def _paired_words() -> dict[str, tuple[str, frozenset[str]]]:
    """Common words that name a body beside its usual partner (names.yaml ``paired_names``): word ->
    (its actor, the partners' ids)."""
    table = lexicon_data("names").get("paired_names") or {}
    return {phrase_key(str(w))[0]: (str(actor), frozenset(map(str, spec.get("with") or ())))
            for actor, spec in table.items() for w in spec.get("words") or ()}


def paired_names(tokens: list[Token], mentions: list[Mention], words: list[str] | None = None) -> list[Mention]:
    """A word that is also a common word names its body when joined by "و" to its partner ("فتح وحماس",
    "حماس وفتح", "بين فتح وحماس": Fatah; "فتح" alone is the verb "opened")."""
    table = _paired_words()
    if not table or (words is not None and table.keys().isdisjoint(words)):
        return mentions
    by_end = {m.j: m for m in mentions if m.actor}
    by_start = {m.i: m for m in mentions if m.actor}
    covered = {k for m in mentions for k in range(m.i, m.j)}
    added = []
    for i, tok in enumerate(tokens):
        hit = next((table[v] for v in tok.variants if v in table), None)
        if hit is None or i in covered or tok.punct:
            continue
        actor, partners = hit
        before = by_end.get(i) if tok.conj else None          # "حماس وفتح"
        after = by_start.get(i + 1) if i + 1 < len(tokens) and tokens[i + 1].conj else None   # "فتح وحماس"
        if (before is not None and before.actor in partners) or (after is not None and after.actor in partners):
            added.append(Mention(i, i + 1, actor=actor))
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


@lru_cache(maxsize=1)
def _known_as() -> dict[str, tuple[str, ...]]:
    """Common words a person goes by once named in full ("لولا"), by gazetteer id."""
    table = lexicon_data("names").get("known_as_once_named") or {}
    return {str(k): tuple(" ".join(phrase_key(str(w))) for w in v) for k, v in table.items()}   # ("الحمد الله": two words)


def _last_words(actor: Actor) -> tuple[str, ...]:
    """The usable last words of a person's labels (and first words, where the family name comes
    first), each once, in label order (cached per Actor object)."""
    cached = _LAST_WORDS.get(id(actor))
    if cached is not None and cached[0] is actor:
        return cached[1]
    out = []
    family_first = actor.affiliation in _family_name_first()
    for label in labels_of(actor):
        words = phrase_key(label)
        if len(words) < 2:
            continue
        # (the first word of "President Xi" is his title, not his family name)
        for word in (words[-1], words[0]) if family_first and words[0] not in title_starts() else (words[-1],):
            if word == words[-1] and words[-2] in lexicon().words("patronymics"):
                continue       # "Hussein bin Abdullah": his father's name, not his (King Abdullah's)
            if (len(word) >= 3 or (family_first and word in _short_family_names())) and word not in _NAME_JOINERS \
                    and word not in _not_surnames():
                out.append(word)
    out += _known_as().get(actor.id, ())
    if len(_LAST_WORDS) > 50_000:
        _LAST_WORDS.clear()
    words = tuple(dict.fromkeys(out))
    _LAST_WORDS[id(actor)] = (actor, words)
    return words


# ---------------------------------------------------------------- titles


@dataclass
class TitleContext:
    gaz: Gazetteer
    date: str | None
    text: str
    new_actors: dict[str, Actor]
    lex: Lexicon
    # title words -> the holders named so far with them, in the order first named (a dict as an ordered set)
    seen: dict[tuple[str, ...], dict[str, None]] = field(default_factory=dict)
    kingdom_in_text: bool | None = None      # the article says "المملكة" / "the kingdom" somewhere
    recent: dict[str, int] = field(default_factory=dict)   # person -> the last sentence before naming him


@lru_cache(maxsize=1)
def title_starts() -> frozenset[str]:
    """The first words of all title phrases: a sentence with none of them has no title to read."""
    return frozenset(_title_phrases())


@lru_cache(maxsize=1)
def _title_phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Title phrases keyed by their first token, longest first."""
    lex = lexicon()
    out = []
    for kind, phrases in lex.phrases.items():
        if kind.startswith("title:"):
            out += [(p, kind[6:]) for p in phrases]
    out += [(p, "counterpart") for p in lex.phrases.get("counterpart", ())]
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, role in sorted(out, key=lambda x: (-len(x[0]), x[1], x[0])):
        index.setdefault(phrase[0], []).append((phrase, role))
    return index


def _match_title(tokens: list[Token], i: int) -> tuple[int, str, bool] | None:
    """(end, role, as_complement) of the longest title phrase at i."""
    if i >= len(tokens):
        return None
    first = tokens[i]
    index = _title_phrases()
    best: tuple[int, str, bool] | None = None
    for variant in first.variants:
        for phrase, role in index.get(variant, ()):
            if i + len(phrase) > len(tokens) or (best is not None and i + len(phrase) <= best[0]):
                continue
            # a title with an attached preposition ("للرئيس") is a complement of another title
            prefixed = first.key != phrase[0] and first.key.startswith(("ل", "ب", "لل", "بال"))
            if all(_token_matches(tokens[i + k], phrase[k]) for k in range(1, len(phrase))):
                best = (i + len(phrase), role, prefixed)
                break
    return best


def apply_titles(tokens: list[Token], mentions: list[Mention], ctx: TitleContext,
                 words: list[str] | None = None) -> list[Mention]:
    """Attach titles to adjacent names, resolve bare titles by date, and create unknown persons.
    ``words``: every variant of every token, when the caller has it already."""
    starts = _title_phrases()
    if starts.keys().isdisjoint(words if words is not None else [v for t in tokens for v in t.variants]):
        return mentions
    by_start = {m.i: m for m in mentions}
    persons = [m for m in mentions if _is_person(ctx.gaz, m)]
    covered = {k for m in persons for k in range(m.i, m.j)}
    out = list(mentions)
    dropped: set[int] = set()  # id() of mentions merged into a title
    made: list[Mention] = []   # countries made here from a body: kept alive, so that no later mention
                               # reuses the id() of one that `dropped` holds (and is dropped with it)
    i = 0
    n = len(tokens)
    while i < n:
        if i in covered or tokens[i].punct:
            i += 1
            continue
        hit = _match_title(tokens, i)
        if hit is None or (i > 0 and tokens[i - 1].key[-3:] == "عبد"):
            i += 1               # "عبد الملك العجري": a name, not the king
            continue
        end, role, complement = hit
        overlap = next((m for m in persons if i < m.i < end < m.j), None)
        if overlap is not None:   # "Crown Prince Mohammed bin Nayef": the alias "Prince Mohammed bin Nayef"
            i = overlap.j         # names him, the title's last word with it
            continue
        if tokens[end - 1].key == "of" and (end >= n or tokens[end].key != "the"):
            i += 1               # "head of the X Front, Y" introduces Y; "head of Saudi Arabia's ..." names a body's office
            continue
        k = end
        while k < n and tokens[k].punct in ("\"", "«", "“"):
            k += 1
        agency = by_start.get(k)
        if end - i == 1 and agency is not None and (body := ctx.gaz.actors.get(agency.actor or "")) is not None \
                and body.type == "organization" and body.kind == "agency" \
                and not ctx.lex.words("agency_heads").isdisjoint(tokens[i].variants):
            i = end          # 'رئيس "الموساد"': the agency's head (read after), not the person before's title
            continue
        modified = role != "counterpart" and _modified(tokens, i, ctx)
        designate = ctx.lex.words("designate_words")
        if end < n and not designate.isdisjoint(tokens[end].variants) and role != "counterpart":
            end, modified = end + 1, True    # "Prime Minister-designate X", "الرئيس المنتخب X": not the holder
        if modified:
            role = "other"        # "نائب مساعد الرئيس الأمريكي": an office under the president, not his
        j = end
        country: Mention | None = None
        # a body named inside the title ("رئيس جهاز الاستخبارات التركية"): the title wins,
        # and the body's country is the title's country
        inner = [m for m in mentions if m.i < end and m.j > i and id(m) not in dropped]
        for m in inner:
            dropped.add(id(m))
            end = j = max(j, m.j)
            body = ctx.gaz.actors.get(m.actor or "")
            if body is not None and body.type == "organization" and body.country in ctx.gaz.actors:
                country = Mention(m.i, m.j, actor=body.country, via="name")
                made.append(country)
            elif body is not None and body.type == "state":
                country = Mention(m.i, m.j, actor=body.id, via="name")
                made.append(country)
        # country after the title ("وزير الخارجية التركي", "رئيس ... لدى نظام الأسد", "minister of Turkey")
        k = j
        if k < n and ctx.lex.has("title_links", (tokens[k].key,)) and k + 1 in by_start:
            k += 1
        elif k + 2 < n and tokens[k].key == "of" and tokens[k + 1].key == "the" and k + 2 in by_start \
                and not ctx.lex.words("plural_titles").isdisjoint(tokens[end - 1].variants):
            k += 2                 # "the foreign ministers of the UAE, Bahrain and Egypt" (not "prime minister
                                   # of the Kurdistan Regional Government", a past office of the one named)
        elif country is None and k < n and k not in by_start and _is_arabic(tokens[i].key) \
                and _past_qualifiers(tokens, k, ctx) in by_start:
            k = _past_qualifiers(tokens, k, ctx)   # "رئيس هيئة الأركان العامة السعودي": past "العامة" to the state
        owner_end = i - 2 if i >= 2 and tokens[i - 1].key == "s" and tokens[i - 2].punct in ("'", "’") else i
        before = next((m for m in mentions if m.j in (i, owner_end) and m.actor and _is_country(ctx.gaz, m)), None)
        if k > j and before is not None and not _is_arabic(tokens[i].key):
            k = j                  # "an Israeli premier to Egypt", "China's ambassador to Israel": the country
                                   # before the title, "to Egypt" is where
        cand = by_start.get(k) if country is None else None
        if cand and _owns_next(tokens, cand):
            cand = None            # "commander of Sudan's Rapid Support Forces": Sudan owns the body, not the office
        if cand and cand.actor and _is_country(ctx.gaz, cand):
            country, j = cand, cand.j
            if cand.actor in ctx.new_actors:     # a body found earlier in the article: the rest of its name
                j = _past_body_words(tokens, j, j + 5, by_start, ctx)
            # "adviser to Iran's foreign minister": the nested title belongs to this one
            nxt = j + 2 if j + 1 < n and tokens[j].punct in ("'", "’") and tokens[j + 1].key == "s" else j
            nested = _match_title(tokens, nxt) if nxt < n and nxt not in covered and not _is_arabic(tokens[i].key) \
                else None       # (Arabic "المبعوث في إسرائيل رئيس الوزراء X": where the envoy is, then someone else)
            if nested and k > end:
                j = nested[0]
                covered.update(range(nxt, j))
        # country before the title (English: "Turkish foreign minister", "Turkey's foreign minister";
        # in Arabic the country follows: "في الرياض رئيس وفد ..." is no Saudi head of state)
        if country is None and not _is_arabic(tokens[i].key):
            b = i - 1
            mods = ctx.lex.words("title_modifiers")
            while b > i - 3 and b >= 1 and not mods.isdisjoint(tokens[b].variants):
                b -= 1             # "Russian Deputy Defence Minister X": the adjective's country, a deputy's office
            lower = b
            while lower > i - 4 and lower >= 2 and tokens[lower].key.isalpha() and not tokens[lower].punct \
                    and not _capitalised(ctx.text, tokens[lower]) and tokens[lower].key != "s":
                lower -= 1         # "the United Nations' emergency relief coordinator": the owner's office
            if lower < b and lower >= 1 and tokens[lower].key == "s" and tokens[lower - 1].punct in ("'", "’"):
                b = lower
            elif lower < b and lower >= 1 and tokens[lower].punct in ("'", "’"):
                b = lower - 1      # ("Nations' ...": the plural's bare apostrophe)
            if b >= 1 and tokens[b].key == "s" and tokens[b - 1].punct in ("'", "’"):
                b -= 2
            prev = next((m for m in mentions if m.j == b + 1 and m.actor), None)
            if prev and _is_country(ctx.gaz, prev) and id(prev) not in dropped \
                    and not dash_between(ctx.text, tokens[prev.j - 1], tokens[prev.j]):
                country = prev     # (not a dateline's city: "TEHRAN - President Erdogan")
        if (country is None or country.via == "demonym") and (own := _title_country(ctx, tokens, i, end)) is not None \
                and _no_name_after(tokens, end, by_start, ctx):   # not "البابا تواضروس", the Coptic pope
            if country is not None and country in mentions:      # "the first American pope": the Vatican's still
                dropped.add(id(country))
            country = Mention(i, end, actor=own, via="title")   # "البابا": the Vatican's, whatever state follows
            made.append(country)
        covered.update(range(i, j))
        if country is not None and country in mentions:
            dropped.add(id(country))
        if j < n and not modified and not ctx.lex.words("title_then").isdisjoint(tokens[j].variants):
            modified = True      # "ولي عهد أبوظبي آنذاك": an office of the past, not its holder that day
        if not modified and role not in ("other", "envoy", "spokesperson") \
                and _then_before(tokens, country.i if country is not None and country.i < i else i):
            modified = True      # "X, then Algeria's foreign minister,", "then-Secretary of State X": the past's
        if complement and (after := _person_after(tokens, j, by_start, ctx)) is not None and after.actor is not None:
            i = j            # "اجتماع X بالرئيس السوري Y": the title qualifies the name after it
            continue         # (a name the gazetteer lacks is read below: "للاجتماع برئيس الحزب X Y")
        other_office = country is not None and country.i > end and tokens[country.i - 1].key == "في" \
            and j < n and _match_title(tokens, j) is not None
        if other_office:
            # "المبعوث في إسرائيل رئيس الوزراء نتنياهو": where the envoy is, then someone else's office
            dropped.discard(id(country))
            covered.difference_update(range(end, j))
            country, j = None, end
        person = (None if other_office else _person_after(tokens, j, by_start, ctx)) or (
                  None if role == "counterpart" else  # never the person before
                  _person_before(tokens, i if country is None or country.i > i else country.i, mentions, ctx))
        if person is not None and person.j <= i and tokens[i].conj:
            person = None        # "X والمبعوث الخاص ... Y": a new item of the list, not X's title
        if person is not None and country is not None and _serves_other_state(ctx.gaz, person, country) and not (
                role == "envoy" and country.via == "name" and country.j <= i and not _is_arabic(tokens[i].key)):
            person = None        # "استقبل ولي العهد السعودي الأسد": the Saudi title is not Assad's ("Syria
                                 # envoy James Jeffrey" is the envoy for Syria: the state names his mission)
        if person is not None and person.actor is None and country is not None and ctx.date \
                and role not in ("other", "envoy", "spokesperson", "counterpart") \
                and _dated_holder(ctx, tokens, i, end, role, country.actor or ""):
            person = None        # "جدد أمير قطر إدانة بلاده": the office is held that day; no new name follows
        affiliation = country.actor if country else None
        if person is not None:
            if person.actor is not None and _is_person(ctx.gaz, person) and not modified:
                ctx.seen.setdefault(tuple(tokens[x].variants[-1] for x in range(i, end) if not tokens[x].punct),
                                    {}).setdefault(person.actor, None)
            if person.actor is None and not ctx.lex.words("group_titles").isdisjoint(tokens[i].variants):
                person = None    # "وزراء خارجية دول المجلس": the ministers of a group, no one person's name
        if person is not None and person.actor is None:
            # "العاهل الأردني الملك عبد الله": the first names of the one holder of that office that day
            person.actor = _holder_by_first_names(ctx, tokens, person, role, affiliation,
                                                  {m.actor for m in mentions if m.actor})
            if person.actor is not None:
                out.append(person)
        if person is not None:
            if person.actor is None:
                person.actor = _new_actor(ctx, tokens, person, affiliation, role, i, end)
                person.via = "new"
                out.append(person)
            person_start = min(person.i, i, country.i if country else i)
            person_end = max(person.j, j)
            person.i, person.j = person_start, person_end
            for m in out:        # the country of a second office ("... وزير الخارجية القطري X") is the person's
                if m is not person and person_start <= m.i and m.j <= person_end and (
                        _is_country(ctx.gaz, m) or person.via == "new"):
                    dropped.add(id(m))   # (and a known name inside a new one: "فيصل بن بندر بن عبدالعزيز")
            covered.update(range(person_start, person_end))
            i = max(j, person.j)
            continue
        holder = None
        if role == "counterpart" and affiliation and ctx.date:
            # "نظيره التركي", "his Turkish counterpart": the holder of the previous person's office there
            before = sorted((m for m in out if m.j <= i and id(m) not in dropped), key=lambda m: m.j)   # text order:
            holder = _counterpart(ctx, before, affiliation)      # (a title's person is appended after the names)
            if holder is None and not any(_is_person(ctx.gaz, m) for m in before) and ctx.recent:
                # "She met her Iranian counterpart", "والتقى نظيره الإيراني": of the person last named before
                last = max(ctx.recent.values())
                holder = _counterpart(ctx, [Mention(0, 0, actor=p) for p, k in ctx.recent.items() if k == last],
                                      affiliation)
            comma = next((k for k in range(j, n) if tokens[k].punct in (",", "،")), None)
            if holder is None and comma is not None and not any(_is_person(ctx.gaz, m) for m in before):
                # "In a meeting with his Egyptian counterpart, Jordan's foreign minister Ayman Safadi ...":
                # the counterpart of the subject named after the fronted phrase
                holder = _counterpart(ctx, list(reversed([m for m in out if m.i > comma and id(m) not in dropped])),
                                      affiliation)
        elif affiliation and ctx.date and role != "counterpart" and not modified and not _indefinite(tokens, i, country) \
                and not _of_states_body(tokens, country, end):
            mission = _mission(tokens, j, by_start, ctx, accredited=role == "other") if role in ("envoy", "other") else None
            holder = _envoy_for(ctx, affiliation, mission) if mission else \
                _dated_holder(ctx, tokens, i, end, role, affiliation)
        title_key = tuple(tokens[x].variants[-1] for x in range(i, end) if not tokens[x].punct)
        if holder:
            ctx.seen.setdefault(title_key, {}).setdefault(holder, None)
        elif country is None and not modified and role != "counterpart":
            if complement and title_key not in ctx.seen:    # "زيارة لولي العهد": the title under its preposition
                title_key = (word_forms(tokens[i].variants[-1])[1][-1],) + title_key[1:]
            if len(ctx.seen.get(title_key, ())) == 1:
                holder = next(iter(ctx.seen[title_key]))   # "ولي العهد", "the sultan" again: the one named before
            elif len(ctx.seen.get(title_key, ())) >= 2 and (i == 0 or i == 1 and tokens[0].key == "the") \
                    and _no_name_after(tokens, end, by_start, ctx):
                holder = next(iter(ctx.seen[title_key]))   # "The president, who was sworn in in July, ...": the sentence
                # opens with the bare title: the article's own, the first named with it (not the other's)
            elif (named_minister := _minister_named_before(ctx, tokens, i, role)) is not None:
                holder = named_minister
            elif ctx.date and _no_name_after(tokens, end, by_start, ctx) and (mate := _list_mate(tokens, i, out, ctx)):
                # "received by King Salman and the crown prince", "الملك سلمان وولي العهد": the office of
                # the state of the person it is listed with
                holder = _dated_holder(ctx, tokens, i, end, role, mate)
            elif ctx.date and (role not in ("other", "envoy", "spokesperson") and _definite(tokens[i])
                               or role == "other" and _one_holder_office(tokens, i, end, ctx)):
                # "talks with the king": the state's king (not "ورئيس وفدها", an office of something else)
                states = {m.actor for m in mentions if m.actor and _is_country(ctx.gaz, m)}
                found = {h for st in states if (h := _dated_holder(ctx, tokens, i, end, "other", st))} if states else set()
                if role != "other":      # "elects him president": not the Saudi "President of the General
                    found = {h for h in found if any(pos.role == role for pos in ctx.gaz.actors[h].positions)}
                holder = found.pop() if len(found) == 1 else None   # Intelligence Presidency"
                if holder is None and role != "other":
                    holder = _speakers_holder(ctx, tokens, i, end, role, out)
        if holder:
            start = min(i, country.i if country else i)
            j = _own_name_after(tokens, j, by_start, ctx.gaz.actors.get(holder))   # "Jordan's King Abdullah"
            out.append(Mention(start, j, actor=holder, via="title"))
            nxt = by_start.get(j)
            if nxt is not None and nxt.via == "demonym" and tokens[j].conj and ctx.date:
                # dual "نظيريه التركي والإيراني", "وزيري الخارجية العراقي والمصري": the second
                # country's holder of the same office
                if role == "counterpart":
                    other = _counterpart(ctx, sorted((m for m in out if m.j <= i and id(m) not in dropped),
                                                     key=lambda m: m.j), nxt.actor or "")
                else:
                    other = holder_on(ctx.gaz, role, nxt.actor or "", ctx.date)
                if other:
                    nxt.actor, nxt.via = other, "title"
                    covered.update(range(nxt.i, nxt.j))
            plural = ctx.lex.words("plural_titles")
            if not plural.isdisjoint(tokens[i].variants) or not plural.isdisjoint(tokens[end - 1].variants):
                office = [tokens[x] for x in range(i, end) if not tokens[x].punct]
                _plural_holders(tokens, j, by_start, role, ctx, covered, office)
                if country is not None and country.i < i and not _is_arabic(tokens[i].key):
                    _plural_holders_before(tokens, country.i, out, role, ctx, covered, office)
        elif country is not None:
            if country in mentions:
                dropped.discard(id(country))  # undated or unknown office: the state stands
            else:
                out.append(country)
        i = j
    return _ambassador_missions(tokens, _agency_heads(tokens, sorted((m for m in out if id(m) not in dropped),
                                                                  key=lambda m: m.i), ctx), ctx, words)


def _ambassador_missions(tokens: list[Token], mentions: list[Mention], ctx: TitleContext,
                         words: list[str] | None = None) -> list[Mention]:
    """Leave out the state an ambassador serves in, named after "لدى"/"to" within a few words of his title
    ("وحضره سفير المملكة لدى قطر", "the Saudi ambassador to Qatar"): where he serves, no party.
    ``words``: every variant of every token, when the caller has it (most sentences name no ambassador)."""
    titles = ctx.lex.words("ambassador_titles")
    if words is not None and titles.isdisjoint(words):
        return mentions
    at = [k for k, t in enumerate(tokens) if not titles.isdisjoint(t.variants)]
    if not at:
        return mentions
    to = ctx.lex.words("accredited_to")
    by_start = {m.i: m for m in mentions}
    missions = set()
    for k in at:
        for x in range(k + 1, min(len(tokens) - 1, k + 4)):
            if tokens[x].punct:
                break
            if not to.isdisjoint(tokens[x].variants):
                m = by_start.get(x + 1)
                if m is not None and _is_country(ctx.gaz, m):
                    missions.add(id(m))
                break
    return [m for m in mentions if id(m) not in missions]


def _speakers_holder(ctx: TitleContext, tokens: list[Token], i: int, end: int, role: str,
                     mentions: list[Mention]) -> str | None:
    """"Foreign Minister X said ... the president had held meetings", "وقال الوزير X إن الرئيس ...": a bare
    title after what a person says is the office of the speaker's own state (not his own office)."""
    speech = ctx.lex.words("speech")
    verb = next((k for k in range(i - 1, -1, -1) if not speech.isdisjoint(tokens[k].variants)), None)
    if verb is None:
        return None
    speaker = max((m for m in mentions if m.j <= verb and verb - m.j <= 1 and _is_person(ctx.gaz, m)),
                  key=lambda m: m.j, default=None) or min(   # ("وقال الوزير X إن الرئيس": after the verb)
        (m for m in mentions if verb < m.i and m.j <= i and m.i - verb <= 4 and _is_person(ctx.gaz, m)),
        key=lambda m: m.i, default=None)
    actor = ctx.gaz.actors.get(speaker.actor or "") if speaker is not None else None
    if actor is None or not actor.affiliation or any(pos.role == role for pos in actor.positions):
        return None
    return _dated_holder(ctx, tokens, i, end, role, actor.affiliation)


def _one_holder_office(tokens: list[Token], i: int, end: int, ctx: TitleContext) -> bool:
    """The title is an office each state has one of ("crown prince", "ولي العهد"): bare, it is the holder
    of the state the sentence names ("Sharaa meets Saudi foreign minister, set for talks with crown prince")."""
    words = tuple(tokens[x].variants[-1] for x in range(i, end) if not tokens[x].punct)
    return any(words == p or tuple(tokens[x].key for x in range(i, end) if not tokens[x].punct) == p
               for p in ctx.lex.phrases.get("one_holder_offices", ()))


def _list_mate(tokens: list[Token], i: int, mentions: list[Mention], ctx: TitleContext) -> str | None:
    """The state of the person listed right before a bare title ("King Salman and the crown prince"),
    if the title opens the list's next item."""
    k = i
    if _is_arabic(tokens[i].key):
        if not tokens[i].conj:
            return None
    else:
        if k > 0 and tokens[k - 1].key == "the":
            k -= 1
        if k == 0 or tokens[k - 1].key != "and":
            return None
        k -= 1
    person = next((m for m in mentions if m.j == k and _is_person(ctx.gaz, m)), None)
    actor = ctx.gaz.actors.get(person.actor or "") if person is not None else None
    return actor.affiliation if actor is not None and actor.affiliation in ctx.gaz.actors else None


def _own_name_after(tokens: list[Token], j: int, by_start: dict[int, Mention], holder: Actor | None) -> int:
    """The end of a title resolved to ``holder`` together with the words of his own name right after it
    ("Jordan's King Abdullah", "the sultan Haitham"), so that a list goes on past them; ``j`` when none."""
    if holder is None or j >= len(tokens) or j in by_start or tokens[j].punct or tokens[j].key in _NAME_PARTICLES:
        return j
    words = {w for label in labels_of(holder) for w in phrase_key(label)}
    end = j
    while end < len(tokens) and end - j < 3 and end not in by_start and not tokens[end].punct \
            and not words.isdisjoint(tokens[end].variants):
        end += 1
    return end


def _no_name_after(tokens: list[Token], k: int, by_start: dict[int, Mention], ctx: TitleContext) -> bool:
    """No name follows a title at k: the end, a mark, a mention, a stop word, a word with the article,
    or (English) a word in lower case."""
    if k >= len(tokens) or tokens[k].punct or k in by_start:
        return True
    tok = tokens[k]
    if not _is_arabic(tok.key):
        return not _capitalised(ctx.text, tok)
    return tok.key.startswith("ال") or not ctx.lex.words("name_stops").isdisjoint(tok.variants[:1])


@lru_cache(maxsize=1)
def _title_country_table() -> dict[tuple[str, ...], str]:
    table = lexicon().titles.get("title_countries") or {}
    return {phrase_key(str(w)): str(state) for state, words in table.items() for w in words}


def _title_country(ctx: TitleContext, tokens: list[Token], i: int, end: int) -> str | None:
    """The state a title names by itself ("البابا" -> the Vatican), if the gazetteer has it."""
    state = _title_country_table().get(tuple(t.variants[-1] if t.key.startswith("و") and t.conj else t.key
                                             for t in tokens[i:end] if not t.punct))
    return state if state in ctx.gaz.actors else None


def _agency_heads(tokens: list[Token], mentions: list[Mention], ctx: TitleContext) -> list[Mention]:
    """"رئيس الموساد", "مدير المخابرات المركزية", "the CIA chief", "head of the Mossad" with no name:
    the head of that agency on the article's date (the one person whose dated office names it)."""
    heads = ctx.lex.words("agency_heads")
    if not ctx.date or heads.isdisjoint(v for t in tokens for v in t.variants):
        return mentions
    taken = {k for m in mentions for k in range(m.i, m.j)}
    out = []
    for m in mentions:
        body = ctx.gaz.actors.get(m.actor or "")
        if body is None or body.type != "organization" or body.kind != "agency" or m.via != "name":
            out.append(m)
            continue
        start, end = m.i, m.j
        b = m.i - 1
        while b > 0 and tokens[b].punct in ("\"", "«", "“"):
            b -= 1                                            # 'رئيس "الموساد"'
        if b >= 0 and b < m.i and b not in taken and not heads.isdisjoint(tokens[b].variants):
            start = b                                         # "رئيس الموساد"
        elif (at := m.i - (1 if m.i > 0 and tokens[m.i - 1].key == "the" else 0)) >= 2 and tokens[at - 1].key == "of" \
                and not heads.isdisjoint(tokens[at - 2].variants) and at - 2 not in taken:
            start = at - 2                                    # "head of the Mossad", "head of U.S. Central Command"
        elif m.j < len(tokens) and m.j not in taken and not heads.isdisjoint(tokens[m.j].variants) \
                and not _is_arabic(tokens[m.j].key):
            end = m.j + 1                                     # "the CIA chief"
        if (start, end) == (m.i, m.j) or (end < len(tokens) and end in taken):
            out.append(m)      # no head word, or a name follows ("CIA Director William Burns")
            continue
        holder = _agency_head(ctx, body)
        out.append(Mention(start, end, actor=holder, via="title") if holder else m)
    return out


def _agency_head(ctx: TitleContext, body: Actor) -> str | None:
    return _holder_titled(ctx, body)


def _holder_titled(ctx: TitleContext, named: Actor, role: str | None = None, of: str | None = None) -> str | None:
    """The one person in office on the article's date (in `role` of `of`, when given) whose title
    names `named` by one of its labels ("Director of the Mossad", "UN Special Envoy for Yemen")."""
    labels = [phrase_key(x) for x in labels_of(named)]
    found = {a.id for a in ctx.gaz.actors.values() for pos in a.positions
             if (role is None or pos.role == role) and (of is None or pos.of == of) and _in_office(pos, ctx.date or "")
             and any(_contains(phrase_key(t), label) for t in (pos.title.en, pos.title.ar) if t for label in labels)}
    return found.pop() if len(found) == 1 else None


def _listed_holder(m: Mention | None, role: str, ctx: TitleContext, covered: set[int],
                   title: list[Token] = ()) -> bool:
    """A country of a plural office's list becomes that country's holder of the office (on the
    article's date; by the office's ``title`` words first); False when `m` is no country, which ends
    the list."""
    if m is None or not m.actor or not _is_country(ctx.gaz, m) or m.j - m.i > 4:
        return False
    if ctx.date and (holder := (_titled_holder(ctx, list(title), m.actor) if title else None)
                     or holder_on(ctx.gaz, role, m.actor, ctx.date)):
        m.actor, m.via = holder, "title"
        covered.update(range(m.i, m.j))
    return True


def _plural_holders(tokens: list[Token], k: int, by_start: dict[int, Mention], role: str, ctx: TitleContext,
                    covered: set[int], title: list[Token] = ()) -> None:
    """"the foreign ministers of Saudi Arabia, the UAE, Bahrain and Egypt", "وزراء خارجية السعودية
    والإمارات": after a plural office and its first country, each listed country's holder of it."""
    while k < len(tokens):
        while k < len(tokens) and (tokens[k].punct in (",", "،") or tokens[k].key in ("and", "the")):
            k += 1
        m = by_start.get(k)
        if not _listed_holder(m, role, ctx, covered, title):
            return
        k = m.j


def _plural_holders_before(tokens: list[Token], k: int, mentions: list[Mention], role: str, ctx: TitleContext,
                           covered: set[int], title: list[Token] = ()) -> None:
    """"the Egyptian and Qatari foreign ministers": before a plural office and its nearest country,
    each listed country's holder of it (English order)."""
    by_end = {m.j: m for m in mentions}
    while k > 0:
        while k > 0 and (tokens[k - 1].punct in (",", "،") or tokens[k - 1].key == "and"):
            k -= 1
        m = by_end.get(k)
        if not _listed_holder(m, role, ctx, covered, title):
            return
        k = m.i


def _counterpart(ctx: TitleContext, before: list[Mention], country: str) -> str | None:
    """The holder, in `country` on the article's date, of the office held then by the nearest
    person named before ("Lavrov ... his Turkish counterpart" is Turkey's foreign minister)."""
    persons = [m for m in before if _is_person(ctx.gaz, m)]
    if not persons or not ctx.date:
        return None
    for m in reversed(persons):     # the nearest with an office ("فيدان التقى هنية ... مع نظيره": Fidan's)
        actor = ctx.gaz.actors[m.actor]
        roles = {pos.role for pos in actor.positions if pos.role not in ("other", "envoy", "spokesperson")
                 and pos.of and _in_office(pos, ctx.date)}
        if len(roles) == 1:
            return holder_on(ctx.gaz, roles.pop(), country, ctx.date)
        if roles:
            return None
    return None


def _is_person(gaz: Gazetteer, m: Mention) -> bool:
    actor = gaz.actors.get(m.actor or "")
    return actor is not None and actor.type == "person"


def _is_state(gaz: Gazetteer, m: Mention) -> bool:
    """A state named or told by its adjective (not an organisation, as _is_country allows)."""
    actor = gaz.actors.get(m.actor or "")
    return actor is not None and actor.type == "state" and m.via in ("name", "demonym")


def _is_country(gaz: Gazetteer, m: Mention) -> bool:
    actor = gaz.actors.get(m.actor or "")
    return actor is not None and actor.type in ("state", "organization") and m.via in ("name", "demonym")


def _then_before(tokens: list[Token], i: int) -> bool:
    """English "then" right before the title (or its country): "then Algeria's foreign minister",
    "then-U.S. Secretary of State"."""
    k = i - 1
    while k >= 0 and tokens[k].punct in ("-", "–"):
        k -= 1
    return k >= 0 and tokens[k].key == "then"


def _modified(tokens: list[Token], i: int, ctx: TitleContext) -> bool:
    """A modifier word stands in the two words before the title ("مساعد", "adviser to the")."""
    mods = ctx.lex.words("title_modifiers")
    k, seen = i - 1, 0
    while k >= 0 and seen < 3 and (not tokens[k].punct or tokens[k].punct in ("'", "’")):
        if not mods.isdisjoint(tokens[k].variants):
            return True
        if tokens[k].key not in ("to", "of", "the", "s") and not tokens[k].punct:
            seen += 1        # ("adviser to Iran's foreign minister": the possessive counts as one word)
        k -= 1
    return False


def _dated_holder(ctx: TitleContext, tokens: list[Token], i: int, end: int, role: str, of: str) -> str | None:
    """The holder of the office titled by tokens [i, end) of `of` on the article's date; other
    offices ("ولي العهد السعودي", "the Saudi crown prince") by their title alone."""
    span = [tokens[x] for x in range(i, end) if not tokens[x].punct]
    if span and not ctx.lex.words("ambassador_titles").isdisjoint(span[0].variants):
        return None      # "السفير السعودي": a state has an ambassador in every capital, not the one the gazetteer knows
    return _titled_holder(ctx, span, of) or (holder_on(ctx.gaz, role, of, ctx.date or "") if role != "other" else None)


def _titled_holder(ctx: TitleContext, span: list[Token], of: str) -> str | None:
    """The holder of `of`'s office whose gazetteer title begins with these words (a plural office
    read in the singular: "presidents" as "president")."""
    single = _plural_singular()
    for words in (tuple(t.variants[-1] for t in span), tuple(t.key for t in span)):
        words = tuple(single.get(w, w) for w in words)
        holder = holder_by_title(ctx.gaz, words, of, ctx.date or "")
        if holder:
            return holder
    return None


@lru_cache(maxsize=1)
def _plural_singular() -> dict[str, str]:
    table = lexicon().titles.get("plural_singular") or {}
    return {phrase_key(str(k))[0]: phrase_key(str(v))[0] for k, v in table.items()}


def _serves_other_state(gaz: Gazetteer, person: Mention, country: Mention) -> bool:
    """The named person is known to act for a state other than the title's country."""
    actor = gaz.actors.get(person.actor or "")
    home = gaz.actors.get(actor.affiliation or "") if actor is not None else None
    return home is not None and home.type == "state" and country.actor != home.id


def dual_offices(tokens: list[Token], mentions: list[Mention], ctx: TitleContext) -> list[Mention]:
    """"الرئيسين الروسي والتركي" (the Russian and Turkish presidents): each demonym after a dual office word is
    its state's holder of that office on the article's date; "الوزيرين الصومالي والإثيوبي" (the two ministers),
    its minister named before in the article, if one (data/lexicon/titles.yaml, `dual_offices`)."""
    table = _dual_office_table()
    if not ctx.date or table.keys().isdisjoint({tok.key for tok in tokens}):
        return mentions          # (most sentences: no dual office word)
    by_start = {m.i: m for m in mentions}
    for k, tok in enumerate(tokens):
        office = table.get(tok.key)
        first = by_start.get(k + 1) if office else None
        second = by_start.get(first.j) if first is not None else None
        if second is None or first.via != "demonym" or second.via != "demonym" or not tokens[first.j].conj:
            continue
        holders = [_dual_holder(ctx, office, m.actor or "") for m in (first, second)]
        if all(holders) and holders[0] != holders[1]:
            for m, holder in zip((first, second), holders):
                m.actor, m.via = holder, "title"
    return mentions


@lru_cache(maxsize=1)
def _dual_office_table() -> dict[str, str]:
    """The dual office words (normalised) and their office (read once per process)."""
    return {phrase_key(str(k))[0]: str(v) for k, v in (lexicon().titles.get("dual_offices") or {}).items()}


def _dual_holder(ctx: TitleContext, office: str, state: str) -> str | None:
    if office == "president":
        return holder_by_title(ctx.gaz, ("president",), state, ctx.date or "")
    return _named_before(ctx, ("foreign-minister", "defence-minister"), of=state)


def _named_before(ctx: TitleContext, roles: tuple[str, ...], of: str | None = None) -> str | None:
    """The one person named before in the article with a title of his own who holds one of these offices
    on the article's date (of state `of`, if given); None when none or several."""
    named = {h for holders in ctx.seen.values() for h in holders if (a := ctx.gaz.actors.get(h)) is not None and any(
        pos.role in roles and (of is None or pos.of == of) and (not ctx.date or _held_on(pos, ctx.date))
        for pos in a.positions)}
    return next(iter(named)) if len(named) == 1 else None


def _minister_named_before(ctx: TitleContext, tokens: list[Token], i: int, role: str) -> str | None:
    """"Sayyid Badr Albusaidi, Minister of Foreign Affairs, ..." then "the Foreign Minister": the one
    foreign or defence minister named before with a title of his own, whatever state the sentence names
    (English "the" and the title only)."""
    if role not in ("foreign-minister", "defence-minister") or _is_arabic(tokens[i].key) or i == 0 \
            or tokens[i - 1].key != "the":
        return None
    return _named_before(ctx, (role,))


def _person_after(tokens: list[Token], j: int, by_start: dict[int, Mention], ctx: TitleContext,
                  nested: bool = False) -> Mention | None:
    k = j
    while k < len(tokens) and tokens[k].punct in ("“", "”", '"', "«", ","):
        k += 1
    if k + 1 < len(tokens) and tokens[k].conj and _is_arabic(tokens[k].key) and k not in by_start \
            and any(t.key in ("وزير", "وزيرة") for t in tokens[max(0, j - 3):j]):
        # "وزير الاقتصاد وحماية المناخ روبرت هابيك", "وزير الصناعة والتجارة X": the portfolio goes on
        x = k + 1 if tokens[k].key[1:].startswith("ال") else k + 2 if tokens[k + 1].key.startswith("ال") else None
        if x is not None and x < len(tokens) and not any(m.i < x and m.j > k for m in by_start.values()):
            return _person_after(tokens, x, by_start, ctx, nested=True)
    m = by_start.get(k)
    if m is not None:
        actor = ctx.gaz.actors.get(m.actor or "")
        if actor is not None and actor.type == "person":
            if k == j and tokens[k].conj and _is_arabic(tokens[k].key) and k > 0 \
                    and not ctx.lex.words("bare_monarchs").isdisjoint(tokens[k - 1].variants):
                return None  # "بين الملك ونتنياهو": the king and Netanyahu, two persons
            return m
        if actor is not None and actor.type == "organization" and m.via == "name" and _is_arabic(tokens[k].key) \
                and not nested and m.actor in ctx.new_actors:
            # "قائد الحركة الشعبية ... عبد العزيز الحلو" read again: the body found earlier, then the name
            end = _past_body_words(tokens, m.j, m.j + 5, by_start, ctx)
            after = by_start.get(end)
            if after is not None:
                return after if _is_person(ctx.gaz, after) else None
            return _unknown_name(tokens, end, ctx, set(by_start))
        return None
    second = _match_title(tokens, k) if k < len(tokens) and not nested else None
    if second is not None and tokens[k].conj and tokens[k].key not in _title_phrases():
        second = None        # "ووزير الخارجية": "and" another person ("وزير" itself starts with و)
    if second is not None and _is_arabic(tokens[k].key):
        # "رئيس الوزراء وزير الخارجية القطري الشيخ محمد ...": two offices of one person, the name after both
        end = second[0]
        country = by_start.get(end)
        if country is not None and _is_country(ctx.gaz, country):
            first = next((m for m in by_start.values() if m.j == j and _is_country(ctx.gaz, m)), None)
            if first is not None and first.actor != country.actor:
                return None  # "ولي العهد السعودي رئيس وزراء سنغافورة لي ...": two states' offices, two persons
            end = country.j
        return _person_after(tokens, end, by_start, ctx, nested=True)
    if any(m.i <= k < m.j for m in by_start.values()) or _match_title(tokens, k):
        return None
    if k > 0 and tokens[k - 1].key == "of" and not _is_arabic(tokens[k - 1].key):
        after = _past_english_body(tokens, k, by_start, ctx)
        if after > k:        # "the head of the Transitional Military Council, Lieutenant General X"
            m = by_start.get(after)
            if m is not None:
                return m if _is_person(ctx.gaz, m) else None
            return _unknown_name(tokens, after, ctx, set(by_start))
    if k + 2 < len(tokens) and tokens[k].key in ("for", "to") and not _is_arabic(tokens[k].key):
        # "Special Envoy for the Horn of Africa Jeffrey Feltman": the remit's capitalised words, then a
        # name that opens with a given name
        given = ctx.lex.words("given_names")
        x = k + 2 if tokens[k + 1].key == "the" else k + 1
        start = x
        while x < len(tokens) and x - k <= 8 and not tokens[x].punct and tokens[x].key not in given \
                and (_capitalised(ctx.text, tokens[x]) or (tokens[x].key in ("of", "and") and x > start)):
            x += 1
        if x > start and x < len(tokens) and tokens[x].key in given and _capitalised(ctx.text, tokens[x]):
            m = by_start.get(x)
            if m is not None:
                return m if _is_person(ctx.gaz, m) else None
            return _unknown_name(tokens, x, ctx, set(by_start))
    posted = _past_ambassador_post(tokens, j, k, by_start, ctx) if not nested else k
    if posted > k:           # "السفير التركي في القاهرة حسين عوني بوتسالي": where he serves, then his name
        m = by_start.get(posted)
        if m is not None:
            return m if _is_person(ctx.gaz, m) else None
        return _unknown_name(tokens, posted, ctx, set(by_start))
    body_end = _past_body_name(tokens, k, by_start, ctx)
    if body_end > k:         # "زعيم حزب الأمة الصادق المهدي": a body the gazetteer lacks, then the name
        ranks = ctx.lex.words("ranks")
        while body_end + 1 < len(tokens) and not ranks.isdisjoint(tokens[body_end].variants):
            body_end += 1    # "نائب رئيس مجلس السيادة الفريق أول محمد حمدان دقلو"
        m = by_start.get(body_end)
        if m is not None:
            return m if _is_person(ctx.gaz, m) else None
        return _unknown_name(tokens, body_end, ctx, set(by_start))
    # "رئيس حكومة تصريف الأعمال محمد البشير": words completing the title, then a known person
    stops = ctx.lex.words_union("name_stops", "meeting", "speech")
    complements = ctx.lex.words("title_complements")
    for gap in range(1, 7):
        if k + gap >= len(tokens):
            break
        t = tokens[k + gap - 1]
        if t.punct or t.conj or not _is_arabic(t.key) or (
                any(v in stops for v in t.variants) and complements.isdisjoint(t.variants)):
            break       # "المبعوث الخاص إلى الشرق الأوسط ستيف ويتكوف": "إلى ..." completes the title
        m = by_start.get(k + gap)
        if m is not None and m.actor is None:
            break       # "قائد الحركة الشعبية عبد العزيز الحلو في جوبا": the name came before the place
        if m is not None and gap == 1 and m.via == "demonym" and m.j - m.i == 1 and _nisba_surname(tokens[m.i]) \
                and (a := ctx.gaz.actors.get(m.actor or "")) is not None and a.type != "state":
            break       # "رئيس الاتحاد الوطني الكردستاني بافل طالباني": a given name and a nisba surname
        if m is not None:
            actor = ctx.gaz.actors.get(m.actor or "")
            if gap == 1 and actor is not None and actor.type == "state" and m.via == "demonym" and not nested \
                    and t.key.startswith("ال") and _is_arabic(t.key):
                # "المتحدث باسم الرئاسة الفلسطينية نبيل أبو ردينة": a state's body, then the name
                return _person_after(tokens, m.j, by_start, ctx, nested=True)
            if actor is not None and actor.type != "person" and not complements.isdisjoint(t.variants) \
                    and t.variants[-1] != "في":
                continue    # "المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ": the office's country, then the name
            mission = tokens[m.i]
            if actor is not None and actor.type == "state" and m.j - m.i == 1 and mission.key[:1] in ("ل", "ب") \
                    and mission.key[1:] in mission.variants and not ctx.lex.words("title_qualifiers").isdisjoint(t.variants):
                continue    # "المبعوث الأمريكي الخاص لإيران روبرت مالي", "الخاص بإيران": the same, "to" joined on
                            # (not "المبعوث في إسرائيل": where he is, and whoever follows is someone else)
            if actor is not None and actor.type == "state" and t.variants[-1] == "في" and k + gap < len(tokens) \
                    and all(tokens[x].key.startswith(("ال", "لل")) for x in range(k, k + gap - 1)) \
                    and not ctx.lex.words("remit_nouns").isdisjoint(
                        v for x in range(max(0, j - 8), j) for v in tokens[x].variants):
                after = by_start.get(m.j)   # "ممثل الأمين العام للأمم المتحدة في العراق محمد الحسان": his remit
                if after is not None:
                    return after if _is_person(ctx.gaz, after) else None
                return _unknown_name(tokens, m.j, ctx, set(by_start))
            if actor is not None and actor.type != "person" and gap >= 3 and t.variants[-1] == "في" and not any(
                    _is_person(ctx.gaz, p) for x in range(m.j, m.j + 4) if (p := by_start.get(x)) is not None):
                break       # "الرئيس الصومالي حسن شيخ محمود في أنقرة": an unknown name, then where he is
                            # (not "رئيس مجلس السيادة في السودان الفريق أول البرهان": the office's words, then him)
            if actor is not None and actor.type != "person" and gap >= 4 and complements.isdisjoint(t.variants) \
                    and any(tokens[x].key == "في" for x in range(k + 2, k + gap)):
                break       # "رئيس غينيا بيساو عمر سيسوكو إمبالو في القصر الرئاسي بداكار": where, after the name
            if actor is not None and actor.type == "state" and 2 <= gap <= 3 and not nested \
                    and not any(tokens[x].key.startswith("ال") for x in range(k, k + gap)) \
                    and any(x.j == j and x.via == "demonym" and _is_country(ctx.gaz, x) for x in by_start.values()):
                # "يزور وزير العدل الفرنسي جيرالد دارمانان الجزائر": the title ends with its state; the words
                # after it, none with the article, are a name the gazetteer lacks, and the state is the place visited
                return _unknown_name(tokens, k, ctx, set(by_start))
            return m if actor is not None and actor.type == "person" else None
    tail = _skip_title_tail(tokens, k, by_start, ctx)
    if tail > k and _match_title(tokens, tail):
        return None        # "المبعوث في إسرائيل رئيس الوزراء نتنياهو": the next name has an office of its own
    if tail > k:           # "السفير السعودي لدى اليمن محمد آل جابر", "رئيس وفد الحوثيين محمد عبد السلام"
        m = by_start.get(tail)
        if m is not None:
            actor = ctx.gaz.actors.get(m.actor or "")
            return m if actor is not None and actor.type == "person" else None
        return _unknown_name(tokens, tail, ctx, set(by_start))
    if k < len(tokens) and tokens[k].key.startswith("لل"):
        # "منسق الاتحاد الأوروبي للمحادثات النووية إنريكي مورا": "for the nuclear talks" completes the title
        tail = k + 1
        while tail < len(tokens) and tail - k < 3 and tokens[tail].key.startswith("ال") and tail not in by_start:
            tail += 1
        m = by_start.get(tail)
        if m is not None:
            actor = ctx.gaz.actors.get(m.actor or "")
            return m if actor is not None and actor.type == "person" else None
        return _unknown_name(tokens, tail, ctx, set(by_start))
    return _unknown_name(tokens, k, ctx, set(by_start))


def _past_ambassador_post(tokens: list[Token], j: int, k: int, by_start: dict[int, Mention], ctx: TitleContext) -> int:
    """After an Arabic ambassador's title and state ("السفير التركي"), past "new" and his post ("الجديد",
    "في القاهرة", "لدى تركيا") to where his name starts; k itself when the title is not an ambassador's
    or nothing of the kind follows."""
    if k >= len(tokens) or not _is_arabic(tokens[k].key) or not any(
            not ctx.lex.words("ambassador_titles").isdisjoint(tokens[x].variants) for x in range(max(0, j - 3), j)):
        return k
    x = k
    if not ctx.lex.words("ambassador_new").isdisjoint(tokens[x].variants):
        x += 1
    post = by_start.get(x + 1) if x + 1 < len(tokens) and not ctx.lex.words("ambassador_post").isdisjoint(
        tokens[x].variants) else None
    if post is not None and (_is_country(ctx.gaz, post) or post.actor is None and post.place):
        x = post.j           # "في القاهرة", "لدى مصر" (not "في حزب ..."): his post
    return x if x > k and x < len(tokens) and not tokens[x].punct and _is_arabic(tokens[x].key) else k


def _past_english_body(tokens: list[Token], k: int, by_start: dict[int, Mention], ctx: TitleContext) -> int:
    """Past "the Transitional Military Council," after "head of": an optional article, capitalised
    words (with "of", "and", "for" inside) and the comma of an apposition; k itself otherwise."""
    end = k + 1 if k < len(tokens) and tokens[k].key == "the" else k
    start = end
    while end < len(tokens) and end - start < 8 and not tokens[end].punct and end not in by_start and (
            _capitalised(ctx.text, tokens[end]) or (tokens[end].key in ("of", "and", "for") and end > start)):
        end += 1
    if end > start and end < len(tokens) and tokens[end].punct == "," and _capitalised(ctx.text, tokens[end - 1]):
        return end + 1
    return k


def _past_body_name(tokens: list[Token], k: int, by_start: dict[int, Mention], ctx: TitleContext,
                    plain_word: bool = True) -> int:
    """Past the name of a body the gazetteer lacks, after a leader's title ("زعيم حزب الأمة",
    "رئيس حركة تحرير السودان"): its noun, then words with the article or a state's name, with one
    plain word allowed right after the noun. k itself when no body noun opens there."""
    if k >= len(tokens) or not _is_arabic(tokens[k].key) or ctx.lex.words("body_nouns").isdisjoint(tokens[k].variants):
        return k
    end = k + 1
    if plain_word and end + 1 < len(tokens) and not tokens[end].key.startswith("ال") and end not in by_start \
            and (tokens[end + 1].key.startswith(("ال", "وال")) or end + 1 in by_start):
        end += 1             # "حركة تحرير السودان": one word of the name before the article
    end = _past_body_words(tokens, end, k + 7, by_start, ctx)
    definite = tokens[k].key.startswith(("ال", "وال")) and not tokens[k].conj
    return end if end > k + 1 or (definite and end < len(tokens) and end not in by_start) else k
    # ("رئيس البرلمان ريواز فائق", "رئيس الحزب X": the body named by its noun alone)


def _past_body_words(tokens: list[Token], end: int, limit: int, by_start: dict[int, Mention],
                     ctx: TitleContext) -> int:
    """Past the words of a body's name from `end` (before `limit`): words with the article, a state
    with a direction after it, a genitive with ل."""
    ranks, tails = ctx.lex.words("ranks"), ctx.lex.words("body_tails")
    while end < len(tokens) and end < limit and not tokens[end].punct and ranks.isdisjoint(tokens[end].variants):
        m = by_start.get(end)
        key = tokens[end].key
        if m is not None and _is_country(ctx.gaz, m):
            end = m.j
            if end < len(tokens) and tokens[end].key in tails:
                end += 1     # "لتحرير السودان – شمال"
        elif key.startswith(("ال", "وال")) and key not in ctx.lex.words("name_first_words") \
                and key not in ctx.lex.words("name_stops") \
                and not (tokens[end].conj and not ctx.lex.words("body_nouns").isdisjoint(tokens[end].variants)):
            end += 1         # (not "والجبهة الديمقراطية ...": the next body of a list)
        elif key.startswith("ل") and end + 1 < len(tokens) and (end + 1 in by_start or tokens[end + 1].key.startswith("ال")):
            end += 1         # "الحركة الشعبية لتحرير السودان", "المجلس الأعلى للدولة": a genitive inside the name
        elif key.startswith("لل") and len(key) > 4 and end > 0 and not tokens[end - 1].punct:
            end += 1         # "التجمع اليمني للإصلاح": a genitive with its own article ends the name
        elif key.startswith("ل") and end + 1 < len(tokens) and _is_arabic(tokens[end + 1].key) \
                and not tokens[end + 1].punct and not tokens[end + 1].conj and end + 1 not in by_start \
                and (end + 2 >= len(tokens) or tokens[end + 2].punct or tokens[end + 2].conj) \
                and tokens[end - 1].key.startswith(("ال", "وال")):
            end += 2         # "الحركة الوطنية لتحرير أزواد، ...": a genitive and a proper name end the name
        else:
            break
    return end


def _skip_title_tail(tokens: list[Token], k: int, by_start: dict[int, Mention], ctx: TitleContext) -> int:
    """Past the words that complete an office before the name: a place or state after "لدى / في /
    إلى" ("لدى اليمن"), a body after a delegation word ("وفد الحوثيين")."""
    links = ctx.lex.words_union("title_complements", "delegation_nouns")
    start = k
    k = after_qualifiers = _past_qualifiers(tokens, k, ctx)   # "الخاص إلى اليمن": a qualifier, then the complement
    if k < len(tokens) and not ctx.lex.words("envoy_remits").isdisjoint(tokens[k].variants):
        # "الخاص لتطبيع العلاقات مع أنقرة روبن روبينيان": the remit, "with" its state, then the name
        w = next((x for x in range(k + 1, min(len(tokens), k + 4)) if tokens[x].key == "مع"), None)
        if w is not None and (state := by_start.get(w + 1)) is not None and _is_country(ctx.gaz, state):
            return state.j
    while k + 1 < len(tokens) and not tokens[k].punct:
        m = by_start.get(k + 1)
        if m is None or links.isdisjoint(tokens[k].variants):
            break
        k = m.j
    if k > after_qualifiers and k + 1 < len(tokens) and tokens[k].punct == "," and not _is_arabic(tokens[k - 1].key):
        k += 1       # "the US special representative for Afghanistan, Thomas West": the name after the comma
    return k if k > after_qualifiers else start


def _past_qualifiers(tokens: list[Token], k: int, ctx: TitleContext) -> int:
    """The first token at or after k that is not a title's qualifier ("الخاص", "special")."""
    qualifiers = ctx.lex.words("title_qualifiers")
    army = ctx.lex.words("title_army_words")
    while k < len(tokens) and (not qualifiers.isdisjoint(tokens[k].variants) or tokens[k].key in army):
        k += 1
    return k


def _person_before(tokens: list[Token], i: int, mentions: list[Mention], ctx: TitleContext) -> Mention | None:
    k = i - 1
    while k >= 0 and (tokens[k].punct in ("“", "”", '"', "»", ",", "،") or tokens[k].key in ("a", "an", "the")):
        k -= 1
    for m in mentions:
        if m.j == k + 1:
            actor = ctx.gaz.actors.get(m.actor or "")
            return m if actor is not None and actor.type == "person" else None
    # English apposition: "Ali Asghar Khaji, a senior adviser"
    if k >= 1 and k < i - 1 and not _is_arabic(tokens[k].key):
        stops = ctx.lex.words("name_stops")     # "On Monday, a Qatari spokesman": no name
        start = k
        while start - 1 >= 0 and _capitalised(ctx.text, tokens[start - 1]) and not tokens[start - 1].punct \
                and tokens[start - 1].key not in stops:
            start -= 1
        ranks = ctx.lex.words("ranks")
        while start < k and not ranks.isdisjoint(tokens[start].variants):
            start += 1           # "Field Marshal Birhanu Jula, chief of staff": the rank is no part of the name
        bodies = ctx.lex.words("not_person_words")     # "the United Nations General Assembly, the Ukrainian leader said"
        if k - start + 1 >= 2 and all(_capitalised(ctx.text, tokens[x]) and tokens[x].key not in stops
                                      and tokens[x].key not in bodies for x in range(start, k + 1)):
            return Mention(start, k + 1, via="new")
    # Arabic apposition: "أن كاش باتيل، نائب مساعد الرئيس الأمريكي": two or three plain words after "أن", a
    # speech verb or the sentence's start, then a comma and the title (past the words that modify it)
    mods = ctx.lex.words("title_modifiers")
    while 1 <= k < i and _is_arabic(tokens[k].key) and not tokens[k].punct and not mods.isdisjoint(tokens[k].variants):
        k -= 1
    while 0 <= k and tokens[k].punct in ("،", ","):
        k -= 1
    if 1 <= k < i - 1 and _is_arabic(tokens[k].key) and tokens[k + 1].punct in ("،", ","):
        opens = ctx.lex.words_union("speech", "subordinate") | {"ان"}
        taken = {x for m in mentions for x in range(m.i, m.j)}
        for start in (k - 1, k - 2):
            if start < 0 or any(x in taken for x in range(start, k + 1)):
                continue
            if start > 0 and not tokens[start - 1].punct and opens.isdisjoint(tokens[start - 1].variants) \
                    and tokens[start - 1].key not in opens:
                continue
            found = _unknown_name(tokens, start, ctx)
            if found is not None and found.j == k + 1:
                return found
    elif 2 <= k + 1 == i and _is_arabic(tokens[k].key) and not tokens[k].punct:
        # "وسعادة علي نجفي خوشرودي سفير إيران": protocol style, no comma; a known given name opens the
        # name, right after a list's comma or "و", a courtesy honorific or the sentence's start
        taken = {x for m in mentions for x in range(m.i, m.j)}
        given, courtesy = ctx.lex.words("given_names_ar"), ctx.lex.words("courtesy_honorifics")
        for start in (k - 1, k - 2):
            if start < 0 or any(x in taken for x in range(start, k + 1)) or given.isdisjoint(tokens[start].variants):
                continue
            before = tokens[start - 1] if start > 0 else None
            if not (before is None or before.punct in ("،", ",") or tokens[start].conj
                    or not courtesy.isdisjoint(before.variants)):
                continue
            found = _unknown_name(tokens, start, ctx)
            if found is not None and found.j == k + 1:
                return found
    return None


def _indefinite(tokens: list[Token], i: int, country: Mention | None) -> bool:
    """"a Qatari foreign ministry spokesman", "an Iranian official": one unnamed holder among several,
    not the office's holder that day (the state stands)."""
    start = min(i, country.i) if country is not None else i
    return start > 0 and tokens[start - 1].key in ("a", "an")


def _is_arabic(word: str) -> bool:
    """A letter of the Arabic block in the word (one regex search: called for many tokens per sentence)."""
    return _ARABIC.search(word) is not None


def _capitalised(text: str, tok: Token) -> bool:
    return bool(tok.key) and text[tok.start].isupper()


def _definite(tok: Token) -> bool:
    """An English title word, or an Arabic one with the article ("الرئيس"); a bare Arabic "رئيس"
    heads a construct ("رئيس وفدها", "رئيس المجلس") and names no state's office by itself."""
    return not _is_arabic(tok.key) or any(v.startswith("ال") for v in tok.variants)


def _common_noun(ctx: TitleContext, tok: Token) -> bool:
    """"بمسؤول", "مسؤول", "وفد": a common noun for people, never the first word of a name."""
    nouns = ctx.lex.words_union("person_nouns", "agent_nouns")
    return any(v in nouns or "ال" + v in nouns for v in tok.variants)


_HAMZA_ALEFS = ("أ", "إ", "آ")     # an alef with hamza begins a word: "ألكسندر" is no "ال" + noun


def _unknown_name(tokens: list[Token], k: int, ctx: TitleContext, starts: set[int] = frozenset()) -> Mention | None:
    """An unknown name right after a title: capitalised words (English) or 2-3 plain Arabic words."""
    ranks = ctx.lex.words_union("ranks", "title_qualifiers")
    while k + 1 < len(tokens) and not ranks.isdisjoint(tokens[k].variants):
        k += 1             # "army chief General Raheel Sharif", "الفريق أول X", "البطريرك الماروني X": not the name
    if k >= len(tokens) or tokens[k].punct:
        return None
    stops = ctx.lex.words_union("name_stops", "meeting", "visit", "agreement", "process_words", "planned", "handover",
                                "generic_visitors")   # "... الحلو إعلانَ مبادئ", "X جولة", "ولي العهد يعقد", "الأمير يسلّم"
    if not _is_arabic(tokens[k].key):
        end = k
        while end < len(tokens) and not tokens[end].punct and (
                _capitalised(ctx.text, tokens[end]) or (tokens[end].key in _NAME_JOINERS and end > k)):
            end += 1
        if not ctx.lex.words("named_place_nouns").isdisjoint(v for t in tokens[k:end] for v in t.variants):
            return None  # "King Khalid International Airport": a place named after a person, no new person
        if end > k and tokens[end - 1].key in ctx.lex.words("body_last_words"):
            return None  # "the commander of U.S. Africa Command": a body, no new person
        return Mention(k, end, via="new") if 2 <= end - k <= 4 else None
    quoted = k > 0 and tokens[k - 1].punct in ("“", '"', "«")
    given = ctx.lex.words("name_first_words")
    joiners = ctx.lex.words("name_joiners")
    end = k
    while end < len(tokens) and end - k < min(5, 3 + sum(t.key in joiners for t in tokens[k:end])) \
            and not tokens[end].punct:
        tok = tokens[end]
        as_name = tok.key == "علي" and not _written_ala(ctx.text, tok)   # "علي" the name, not "على" (on)
        if (any(v in stops for v in tok.variants[:1]) and not as_name) \
                or (end > k and not ranks.isdisjoint(tok.variants) and tokens[end - 1].key not in joiners) \
                or (end > k and tok.conj and not quoted and tok.key not in joiners
                    and tokens[end - 1].key not in joiners
                    and not (tok.key in given and (end + 1 >= len(tokens) or tokens[end + 1].punct))) \
                or (end in starts and not (end > k and tokens[end - 1].key in joiners)
                    and not (end == k + 1 and _nisba_surname(tok))):
            break        # (a known name after "بن" is a father's: "فيصل بن بندر بن عبدالعزيز" is one name;
            # an indefinite nisba after a given name is a surname: "بافل طالباني", not the Taliban's adjective)
        if "\u064b" in ctx.text[tok.start:tok.end]:
            break        # tanwin ("أهدى البابا مجسماً لكاتدرائية"): an indefinite noun, never a name
        if end == k and ((tok.key.startswith(("ال", "لل")) and tok.key not in given
                          and ctx.text[tok.start:tok.start + 1] not in _HAMZA_ALEFS)   # ("ألكسندر": not "ال")
                         or not ctx.lex.words("name_never_first").isdisjoint(tok.variants)
                         or (tok.conj and not quoted and tok.key not in given) or _common_noun(ctx, tok)):
            return None
        end += 1
    return Mention(k, end, via="new") if end - k >= 2 else None


def _nisba_surname(tok: Token) -> bool:
    """An Arabic word shaped like an indefinite nisba ("طالباني", "بارزاني"): no article, no "and", ending in ي."""
    return _is_arabic(tok.key) and not tok.conj and not tok.key.startswith("ال") and tok.key.endswith("ي") \
        and len(tok.key) >= 4


def aides_of(tokens: list[Token], mentions: list[Mention], ctx: TitleContext,
             words: list[str] | None = None) -> list[Mention]:
    """"مستشار سلفاكير للشؤون الأمنية توت قلواك": a known person right after an aide's word is whom the
    aide serves, not an actor of the sentence; the name after the office (past "للشؤون الأمنية") is
    the aide, a new person of his master's state when the gazetteer lacks him. Arabic only.
    ``words``: every variant of every token, when the caller has it (no aide's word: nothing to do)."""
    if not tokens or not _is_arabic(tokens[0].key):
        return mentions
    mods = ctx.lex.words("aide_words")
    if words is not None and mods.isdisjoint(words):
        return mentions
    out = list(mentions)
    by_start = {m.i: m for m in mentions}
    for m in mentions:
        if not _is_person(ctx.gaz, m) or m.via not in ("name", "surname"):
            continue
        if not mods.isdisjoint(tokens[m.i].variants) and m.j - m.i >= 2 \
                and (title := _match_title(tokens, m.i)) is not None and title[0] == m.i + 1 \
                and not tokens[m.i + 1].key.startswith("ال"):
            start = m.i          # "مستشار سلفاكير" read as one mention (the bare aide word as his title;
                                 # not "مستشار الأمن القومي مايك والتز", an office of his own)
        elif m.i > 0 and not mods.isdisjoint(tokens[m.i - 1].variants) \
                and not any(o.i < m.i <= o.j - 1 for o in mentions if o is not m):
            start = m.i - 1
        else:
            continue
        k = m.j
        while k < len(tokens) and k - m.j < 3 and not tokens[k].punct and tokens[k].key.startswith(("لل", "لشو", "ال")) \
                and k not in by_start:
            k += 1           # "للشؤون الأمنية"
        if k < len(tokens) and tokens[k].conj:
            continue             # "ومستشار X والمبعوث Y": the next item of a list, not the aide's name
        aide = by_start.get(k)
        if aide is None:
            aide = _unknown_name(tokens, k, ctx, set(by_start))
            if aide is None:
                continue
            master = ctx.gaz.actors.get(m.actor or "")
            aide.actor = _new_actor(ctx, tokens, aide, master.affiliation if master else None, "other", start, k)
        elif not _is_person(ctx.gaz, aide):
            continue
        out = [x for x in out if x is not m and x is not aide]
        out.append(Mention(start, aide.j, actor=aide.actor, via=aide.via or "new"))
    return sorted(out, key=lambda x: x.i) if len(out) != len(mentions) or out != mentions else mentions


def unknown_bodies(tokens: list[Token], mentions: list[Mention], ctx: TitleContext,
                   words: list[str] | None = None) -> list[Mention]:
    """Arabic names of political bodies the gazetteer lacks: a definite body noun and one to four
    words of its name ("المجلس الانتقالي الجنوبي", "الحركة الشعبية لتحرير السودان – شمال"), outside
    every mention. Each becomes a new organisation. ``words``: every variant of every token, when
    the caller has it (no body noun: nothing to do)."""
    if not tokens or not _is_arabic(tokens[0].key):
        return mentions
    nouns = ctx.lex.words("political_bodies")
    if words is not None and nouns.isdisjoint(words):
        return mentions
    taken = {k for m in mentions for k in range(m.i, m.j)}
    by_start = {m.i: m for m in mentions}
    absorbed: set[int] = set()
    found: list[Mention] = []
    for k, tok in enumerate(tokens):
        if k in taken or tok.punct or nouns.isdisjoint(tok.variants[1:]) \
                or not tok.key.startswith(("ال", "وال")) or (k > 0 and _match_title(tokens, k - 1)):
            continue             # "المجلس", "والحركة" (not "للمجلس"); not a leader's body ("رئيس المجلس ...")
        end = _past_body_name(tokens, k, by_start, ctx, plain_word=False)   # not "المجلس عيدروس الزبيدي"
        end = next((x for x in range(k + 1, end) if not ctx.lex.words("relative").isdisjoint(tokens[x].variants)),
                   end)          # "والحركة التي رفضت ...": a relative clause, no name
        inner = [m for m in mentions if k <= m.i and m.j <= end]            # "لتحرير فلسطين": part of the name
        if any(m.i == k + 1 and m.via == "demonym" for m in inner) and not {"قوات", "جيش"}.isdisjoint(tok.variants):
            continue             # "القوات الفرنسية المتمركزة هناك": a state's forces, no body of its own
        if end == k + 2 and (any(m.i == k + 1 and m.via == "demonym" for m in inner)
                             or not ctx.lex.words("people_adjectives").isdisjoint(tokens[k + 1].variants)):
            continue             # "نواب الحزب الكردي": a body described by its people, not named
        if k + 1 < len(tokens) and tokens[k + 1].key.startswith("ل") and not tokens[k + 1].key.startswith("ال"):
            continue             # "دعا الحزب لإلقاء السلاح": what it was called on to do, no name
        if end <= k + 1 or _match_title(tokens, end - 1) or any(
                x in taken for x in range(k, end) if not any(m.i <= x < m.j for m in inner)) \
                or not all(_is_country(ctx.gaz, m) for m in inner):
            continue
        absorbed.update(id(m) for m in inner)
        m = Mention(k, end, via="new")
        name = ctx.text[tokens[k].start:tokens[end - 1].end]
        if tok.conj:             # "والمجلس ..." : the name without "و"
            name = name[1:]
        m.actor = _known_or_new(ctx, name, "organization")
        found.append(m)
        taken.update(range(k, end))
    return sorted([m for m in mentions if id(m) not in absorbed] + found, key=lambda m: m.i) if found else mentions


def _after_office(tokens: list[Token], k: int, ranks: set[str], ctx: TitleContext) -> bool:
    """A given name right after capitals that end an office or a rank ("Assistant Secretary of Defense Celeste
    Wallander", "General Michael Langley"): the name begins there all the same."""
    if tokens[k - 1].key in ranks:
        return True
    x = k - 1
    while x > 0 and x > k - 5 and not tokens[x - 1].punct and _capitalised(ctx.text, tokens[x - 1]):
        x -= 1
    return x >= 2 and tokens[x - 1].key == "of" and _capitalised(ctx.text, tokens[x - 2])
    # (the capitals after "of" follow a capitalised office: "Secretary of Defense", not "the city of Gaza City")


def as_written(text: str, tok: Token) -> str:
    """A token as the article writes it, less its diacritics: what normalisation folds away (ى and ي,
    ة and ه, hamzas) still told apart."""
    return _DIACRITICS.sub("", text[tok.start:tok.end])


def _written_ala(text: str, tok: Token) -> bool:
    """"على" (on) as written: normalised, it reads as the name "علي"."""
    return tok.key.endswith("علي") and as_written(text, tok).endswith("ى")


def other_given_names(tokens: list[Token], mentions: list[Mention], ctx: TitleContext) -> list[Mention]:
    """"إبراهيم الدبيبة", "يزيد بن فرحان" read where only "الدبيبة" names a known person: a given name right before
    a one-word name that is none of that person's own names makes another person of the family, a new actor."""
    if not any(m.j - m.i == 1 and m.i > 0 and m.via == "name" for m in mentions):
        return mentions      # (most sentences: no one-word name, nothing to look at)
    given_ar, given_en = ctx.lex.words("given_names_ar"), ctx.lex.words("given_names")
    taken = {k for m in mentions for k in range(m.i, m.j)}
    out: list[Mention] = []
    for m in mentions:
        actor = ctx.gaz.actors.get(m.actor or "")
        prev = tokens[m.i - 1] if m.i > 0 else None
        if actor is None or actor.type != "person" or m.j - m.i != 1 or m.via != "name" or prev is None \
                or prev.punct or m.i - 1 in taken:
            out.append(m)
            continue
        arabic = _is_arabic(prev.key)
        if (given_ar if arabic else given_en).isdisjoint(prev.variants if arabic else (prev.key,)) \
                or (not arabic and not (_capitalised(ctx.text, prev) and _capitalised(ctx.text, tokens[m.i]))) \
                or (arabic and _written_ala(ctx.text, prev)):   # ("اقتصر على عريقات": "on", not "Ali")
            out.append(m)
            continue
        own = {w for label in labels_of(actor) for w in phrase_key(label)}
        if not own.isdisjoint(prev.variants):
            out.append(m)        # a name of his own the gazetteer spells apart ("عبد الحميد الدبيبة")
            continue
        start = prev.start + (1 if arabic and prev.conj else 0)     # ("وإبراهيم": "و" + the name)
        out.append(Mention(m.i - 1, m.j, actor=_known_or_new(ctx, ctx.text[start:tokens[m.i].end], "person"), via="new"))
    return out


def untitled_names(tokens: list[Token], mentions: list[Mention], ctx: TitleContext,
                   words: list[str] | None = None) -> list[Mention]:
    """English names the gazetteer lacks, written without a title: a run of two to four capitalised
    words ("Abdel Aziz al-Hilu", "Samir Geagea's") that opens with a known given name and has no word
    of a body, place or date. Each becomes a new person without affiliation. ``words``: every variant
    of every token, when the caller has it (no given name: no name to read)."""
    if tokens and _is_arabic(tokens[0].key):
        return _arabic_untitled_names(tokens, mentions, ctx, words)
    if len(tokens) < 3:
        return mentions
    given, other = ctx.lex.words("given_names"), ctx.lex.words("not_person_words")
    patronymics, ranks = ctx.lex.words("patronymics"), ctx.lex.words("ranks")
    if words is not None and given.isdisjoint(words):
        return _persons_of_state(tokens, mentions, ctx)
    taken = {k for m in mentions for k in range(m.i, m.j)}
    by_start = {m.i: m for m in mentions}
    absorbed: set[int] = set()
    found: list[Mention] = []
    n, k = len(tokens), 0
    while k < n:
        tok = tokens[k]
        if tok.key not in given or k in taken or tok.punct or not _capitalised(ctx.text, tok) \
                or (k > 0 and _capitalised(ctx.text, tokens[k - 1]) and not tokens[k - 1].punct and k - 1 not in taken
                    and not _after_office(tokens, k, ranks, ctx)):
            k += 1               # not the first capital of its run ("Gulf Abdullah ..."): no name begins here
            continue
        end = k + 1
        pending = None
        surname = by_start.get(end)
        if surname is not None and surname.j - surname.i == 1 and _is_person(ctx.gaz, surname) \
                and _capitalised(ctx.text, tokens[end]) and (surname.j >= n or tokens[surname.j].punct
                                                             or not _capitalised(ctx.text, tokens[surname.j])):
            # "his deputy Qubad Talabani": a given name, then a known person's surname alone: another person
            pending, end = surname, end + 1
        while end < n and end not in taken and not tokens[end].punct and end - k < 5 and (
                _capitalised(ctx.text, tokens[end]) or (tokens[end].key in _NAME_JOINERS and end + 1 < n
                                                         and _capitalised(ctx.text, tokens[end + 1]))):
            end += 1
        if k >= 2 and tokens[k - 1].key in patronymics and k - 2 not in taken and not tokens[k - 2].punct \
                and _capitalised(ctx.text, tokens[k - 2]) and tokens[k - 2].key not in other:
            k -= 2           # "Hind bint Hamad Al Thani": the given name before "bint" opens the name, not the father's
        words = tokens[k:end]
        if 2 <= end - k <= (6 if any(t.key in patronymics for t in words) else 4) \
                and all(t.key not in other for t in words) and not (end < n and tokens[end].key in other
                                                                                  and _capitalised(ctx.text, tokens[end])):
            m = Mention(k, end, via="new")
            state = by_start.get(end + 1) if end + 1 < n and tokens[end].key == "of" else None
            if state is not None and not _is_state(ctx.gaz, state):
                state = None
            m.actor = _known_or_new(ctx, ctx.text[tokens[k].start:tokens[end - 1].end], "person",
                                    state.actor if state is not None else None)
            if state is not None:    # "Asma Mohamed Abdalla of Sudan": her state, part of the mention
                m.j = state.j
                absorbed.add(id(state))
            if pending is not None:
                absorbed.add(id(pending))
            found.append(m)
        k = end
    out = sorted([m for m in mentions if id(m) not in absorbed] + found, key=lambda m: m.i) if found else mentions
    return _persons_of_state(tokens, out, ctx)


def _owns_next(tokens: list[Token], m: Mention) -> bool:
    """The mention is followed by "'s" (it owns what comes next: "Sudan's Rapid Support Forces")."""
    return m.j + 1 < len(tokens) and tokens[m.j].punct in ("'", "’") and tokens[m.j + 1].key == "s"


def _persons_of_state(tokens: list[Token], mentions: list[Mention], ctx: TitleContext) -> list[Mention]:
    """"Sameh Shoukry of Egypt, Gedu Andargachew of Ethiopia and ...": a person's own state after "of"
    is part of his mention (a list of such persons is then one list, and the states no sides)."""
    by_start = {m.i: m for m in mentions}
    drop: set[int] = set()
    for m in mentions:
        state = by_start.get(m.j + 1) if m.j + 1 < len(tokens) and tokens[m.j].key == "of" else None
        if state is None or not _is_person(ctx.gaz, m) or id(m) in drop or _owns_next(tokens, state):
            continue             # (not "the commander of Iran's Quds Force": Iran owns the body)
        person = ctx.gaz.actors[m.actor]
        if _is_state(ctx.gaz, state) and person.affiliation == state.actor:
            m.j = state.j
            drop.add(id(state))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _arabic_untitled_names(tokens: list[Token], mentions: list[Mention], ctx: TitleContext,
                           words: list[str] | None = None) -> list[Mention]:
    """Arabic names the gazetteer lacks, without a title, where a participant stands: right after a
    meeting verb, after the person right after it, or after "مع" ("التقى حميدتي عبد العزيز الحلو",
    "بحث الدبيبة مع عبد الله اللافي"), opening with a known given name (bare or with بـ)."""
    given = ctx.lex.words("given_names_ar")
    if words is not None and given.isdisjoint(words):
        return mentions
    meeting = ctx.lex.words("meeting")
    taken = {k for m in mentions for k in range(m.i, m.j)}
    ends = {m.j: m for m in mentions}
    found: list[Mention] = []
    for k in range(1, len(tokens)):
        tok = tokens[k]
        if k in taken or tok.punct or given.isdisjoint(tok.variants):
            continue
        prev = tokens[k - 1]
        before = ends.get(k)
        slot = (not prev.punct and not meeting.isdisjoint(prev.variants[:2])) or prev.key in ("مع", "ومع") or (
            before is not None and _is_person(ctx.gaz, before) and before.i > 0
            and not meeting.isdisjoint(tokens[before.i - 1].variants[:2]))
        if not slot:
            continue
        m = _unknown_name(tokens, k, ctx, {x.i for x in mentions})
        if m is None or any(x in taken for x in range(m.i, m.j)):
            continue
        m = Mention(m.i, _two_units(tokens, m.i, m.j, ctx), via="new")   # not "عبد الله اللافي الأوضاع"
        if tok.key not in given and tok.key.startswith("ب"):   # "بعبد العزيز الحلو": the name without "بـ"
            name = ctx.text[tok.start + 1:tokens[m.j - 1].end]
        else:
            name = ctx.text[tok.start:tokens[m.j - 1].end]
        m.actor = _known_or_new(ctx, name, "person")
        found.append(m)
        taken.update(range(m.i, m.j))
    return sorted(mentions + found, key=lambda m: m.i) if found else mentions


def _two_units(tokens: list[Token], i: int, j: int, ctx: TitleContext) -> int:
    """The end of the first two parts of an Arabic name in tokens [i, j): "عبد X" is one part, and a
    joiner with its word ("بن زايد", "ولد مرزوك") is added to them (a name without a title is read
    short: the object of the verb may follow it)."""
    joiners = ctx.lex.words("name_joiners")
    units, k = 0, i
    while k < j:
        key = tokens[k].variants[-1] if tokens[k].key[:1] == "ب" and k == i else tokens[k].key
        if key in joiners and key != "عبد" and units:
            k += 2               # "بن زايد": with the name before it
            continue
        if units == 2:
            break
        k += 2 if key in ("عبد", "ابو") and k + 1 < j else 1
        units += 1
    return min(k, j)


def _known_or_new(ctx: TitleContext, name: str, kind: str, affiliation: str | None = None) -> str:
    """The actor a name read without a title names: the gazetteer's when it is an alias there, else a
    new actor of the article (made once; later readings of the same name are the same actor)."""
    known = ctx.gaz.find_actor(name)
    if known is not None:
        return known
    ident = _new_id(ctx, name)
    if ident not in ctx.gaz.actors and ident not in ctx.new_actors:
        ctx.new_actors[ident] = Actor(id=ident, name=name, type=kind, affiliation=affiliation)
    return ident


def _new_id(ctx: TitleContext, name: str) -> str:
    """The id of a new actor: the name's slug. An Arabic name's slug is a transliteration, which two
    names may share and a gazetteer id may happen to equal: then the same name keeps its id and
    another gets a numbered one."""
    ident = slug(name)
    if not _is_arabic(name):
        return ident
    same = next((a.id for a in ctx.new_actors.values() if a.name == name), None)
    if same is not None:
        return same
    base, n = ident, 2
    while ident in ctx.gaz.actors or ident in ctx.new_actors:
        ident, n = f"{base}-{n}", n + 1
    return ident


def _holder_by_first_names(ctx: TitleContext, tokens: list[Token], m: Mention, role: str,
                           of: str | None, named: set[str] = frozenset()) -> str | None:
    """The one person holding a state office of this kind (of this state, when named) on the
    article's date whose name begins with the words read after the title; of several, the one whose
    state the sentence names ("العاهل الأردني الملك عبد الله" in 2023 is Abdullah II, though Malaysia's
    king was an Abdullah too), else the one the article has named with a title already; otherwise none."""
    if not ctx.date or role in ("other", "envoy", "spokesperson", "counterpart"):
        return None
    words = tuple(w for k in range(m.i, m.j) for w in (tokens[k].key,) if not tokens[k].punct)
    if not words:
        return None
    people = _persons_of(ctx.gaz, of) if of else [a for a in ctx.gaz.actors.values() if a.type == "person"]
    found = {a.id: {pos.of for pos in a.positions if pos.role == role and (of is None or pos.of == of)
                    and _in_office(pos, ctx.date)} for a in people
             if any(phrase_key(label)[:len(words)] == words for label in labels_of(a))}
    found = {a: states for a, states in found.items() if states}
    if len(found) > 1:
        here = {a: states for a, states in found.items() if states & named}
        if len(here) != 1:       # "King Abdullah" later in an article that named "King Abdullah II": him
            earlier = set().union(*ctx.seen.values()) if ctx.seen else set()
            here = {a: states for a, states in found.items() if a in earlier} or here
        if len(here) != 1:       # a headline's "الملك عبد الله" in an article whose body names "الملك عبد الله
            here = {a: states for a, states in found.items()            # بن عبد العزيز": him
                    if _full_name_in(ctx.text, ctx.gaz.actors[a], len(words))} or here
        if len(here) != 1:       # "King Abdullah" in 2022 in an article that names Jordan (not Malaysia): his
            here = {a: states for a, states in found.items()
                    if any(_state_in(ctx.text, ctx.gaz.actors.get(st)) for st in states)} or here
        found = here
    return next(iter(found)) if len(found) == 1 else None


def _state_in(text: str, state: Actor | None) -> bool:
    """The state's name, or one of its demonyms, is in the article as written."""
    if state is None:
        return False
    words = [state.name, state.name_ar or ""] + list(state.demonyms.en) + list(state.demonyms.ar)
    return any(w and w in text for w in words)


def _full_name_in(text: str, actor: Actor, short: int) -> bool:
    """One of the actor's labels longer than the ``short`` words read is in the article as written."""
    return any(label in text for label in labels_of(actor) if len(label.split()) > short)


def _new_actor(ctx: TitleContext, tokens: list[Token], m: Mention, affiliation: str | None,
               role: str, ti: int, tj: int) -> str:
    name = ctx.text[tokens[m.i].start:tokens[m.j - 1].end].strip("“”\"«» ")
    ident = _new_id(ctx, name)
    if ident in ctx.gaz.actors:
        return ident
    known = ctx.gaz.find_actor(name)
    if known is not None:        # the name is a known actor's alias, read here past a title or body
        return known
    if m.j - m.i >= 3:           # "الفريق أول عبد الفتاح البرهان أبرز المتحمسين": a known name, then a word after it
        shorter = ctx.gaz.find_actor(ctx.text[tokens[m.i].start:tokens[m.j - 2].end])
        if shorter is not None and ctx.gaz.actors[shorter].type == "person":
            m.j -= 1
            return shorter
    if ident not in ctx.new_actors:
        title_text = ctx.text[tokens[ti].start:tokens[tj - 1].end]
        arabic = _is_arabic(name)
        title = Title(ar=title_text) if arabic else Title(en=title_text)
        # a state office the article gives him, dated by the article ("the Indian foreign minister, X,
        # met his Saudi counterpart": the counterpart is read from this office)
        positions = [Position(role=role, title=title, of=affiliation, start=ctx.date, end=ctx.date)] \
            if affiliation and ctx.date and role not in ("other", "envoy", "spokesperson", "counterpart") else []
        ctx.new_actors[ident] = Actor(id=ident, name=name, type="person", affiliation=affiliation, title=title,
                                      positions=positions)
    return ident


def _of_states_body(tokens: list[Token], country: Mention | None, end: int) -> bool:
    """"the commander of Iran's Revolutionary Guard": the state after the title owns the body whose
    office it is (not "the commander of Iran"), so no holder of the state's offices is meant."""
    if country is None or country.i < end or country.j + 2 >= len(tokens):
        return False
    return tokens[country.j].punct in ("'", "’") and tokens[country.j + 1].key == "s"


def holder_by_title(gaz: Gazetteer, words: tuple[str, ...], of: str, date: str) -> str | None:
    """The one person whose office of `of` on `date` is titled with these words ("president" of
    Iran is the president, not the head of state), else None."""
    if not words:
        return None
    found = []
    fillers = lexicon().words("title_fillers")   # "رئيس هيئة الأركان" is the "رئيس الأركان ..." of the gazetteer
    strip = lambda w: w[2:] if w.startswith("ال") else w  # noqa: E731
    words = tuple(strip(w) for w in words if w not in fillers)
    for actor in _persons_of(gaz, of):
        for pos in actor.positions:
            if pos.of != of or not _in_office(pos, date) or pos.title is None:
                continue
            for text in (pos.title.en or "", pos.title.ar or ""):
                head = tuple(strip(w) for w in phrase_key(text) if w not in fillers)[:len(words)]
                if head == words:   # the title starts with these words
                    found.append(actor.id)
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def _persons_of(gaz: Gazetteer, of: str) -> list[Actor]:
    return gaz.memo("persons_of", _build_persons_of).get(of, [])


def _build_persons_of(gaz: Gazetteer) -> dict[str, list[Actor]]:
    table: dict[str, list[Actor]] = {}
    for actor in gaz.actors.values():
        for o in {pos.of for pos in actor.positions}:
            table.setdefault(o, []).append(actor)
    return table


def _in_office(pos, date: str) -> bool:
    start = _pad(pos.start, low=True) if pos.start else "0000-00-00"
    end = _pad(pos.end, low=False) if pos.end else "9999-99-99"
    return start <= _pad(date, low=True) <= end


def _mission(tokens: list[Token], j: int, by_start: dict[int, Mention], ctx: TitleContext,
             accredited: bool = False) -> str | None:
    """The state an envoy's title names after it ("المبعوث الأممي الخاص إلى اليمن", "envoy for Yemen");
    ``accredited``: only where the title is accredited to it ("سفير إيران لدى سلطنة عمان", "ambassador to")."""
    k = _past_qualifiers(tokens, j, ctx)
    if k + 1 >= len(tokens) or ctx.lex.words("accredited_to" if accredited else "title_complements").isdisjoint(tokens[k].variants):
        return None
    m = by_start.get(k + 1)
    return m.actor if m is not None and m.actor and _is_country(ctx.gaz, m) else None


def _envoy_for(ctx: TitleContext, of: str, mission: str) -> str | None:
    """The one envoy of `of` in office on the article's date whose title names the mission's state:
    the UN has an envoy for Syria and another for Yemen."""
    return _holder_titled(ctx, ctx.gaz.actors[mission], role="envoy", of=of)


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return bool(part) and any(words[k:k + len(part)] == part for k in range(len(words) - len(part) + 1))


def holder_on(gaz: Gazetteer, role: str, of: str, date: str) -> str | None:
    """The person holding `role` of `of` on `date` (YYYY[-MM[-DD]]), if exactly one."""
    found = []
    for actor in gaz.actors.values():
        for pos in actor.positions:
            if pos.role != role or pos.of != of:
                continue
            start = _pad(pos.start, low=True) if pos.start else "0000-00-00"
            end = _pad(pos.end, low=False) if pos.end else "9999-99-99"
            if start <= _pad(date, low=True) and _pad(date, low=False) <= end or start <= _pad(date, low=True) <= end:
                found.append(actor.id)
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def _held_on(pos, date: str) -> bool:
    """The position was held on the date (YYYY[-MM[-DD]])."""
    start = _pad(pos.start, low=True) if pos.start else "0000-00-00"
    end = _pad(pos.end, low=False) if pos.end else "9999-99-99"
    return start <= _pad(date, low=True) <= end


def _pad(date: str, low: bool) -> str:
    parts = date.split("-")
    while len(parts) < 3:
        parts.append("01" if low else "31" if len(parts) == 2 else "12")
    return "-".join(parts)


# ---------------------------------------------------------------- Amman / Oman

_SHADDA, _DAMMA = "\u0651", "\u064f"


def _shadda_places(gaz: Gazetteer) -> dict[str, str]:
    """Normalised keys of places whose Arabic name carries a shadda ("عمّان"): key -> place id."""
    return gaz.memo("shadda_places", lambda g: {" ".join(phrase_key(p.name_ar)): p.id for p in g.places.values()
                                                if p.name_ar and _SHADDA in p.name_ar})


def place_or_state(text: str, tokens: list[Token], mentions: list[Mention], gaz: Gazetteer,
                   state_cues: set[str]) -> list[Mention]:
    """عمّان/عُمان fold to one key once diacritics go: the shadda makes it the place (Amman, for
    its state), a damma or a state cue ("سلطنة") makes it the state (Oman); bare, it is
    ambiguous and names nothing."""
    places = _shadda_places(gaz)
    if not places:
        return mentions
    out = []
    for m in mentions:
        if m.j - m.i != 1 or m.via != "name" or not (m.actor and m.place):
            out.append(m)
            continue
        tok = tokens[m.i]
        pid = next((places[v] for v in tok.variants if v in places), None)
        if pid is None or pid != m.place:
            out.append(m)
            continue
        raw = text[tok.start:tok.end]
        place = gaz.places[pid]
        if _SHADDA in raw:
            m.actor = place.country if place.country in gaz.actors else None
        elif _DAMMA in raw or (m.i > 0 and any(v in state_cues for v in tokens[m.i - 1].variants)):
            m.place = None
        else:
            continue          # ambiguous: neither the place nor the state
        out.append(m)
    return out


_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")


def drop_common_words(text: str, tokens: list[Token], mentions: list[Mention], words: frozenset[str],
                      after: dict[str, frozenset[str]] | None = None) -> list[Mention]:
    """Leave out one-word names that are, as written (hamza kept), a common word: "ترأس" (chaired)
    folds to the alias "تراس" (Truss) once the hamza goes; and those that are an adjective after the
    words ``after`` lists for them ("القوة القاهرة": force majeure, not Cairo)."""
    if not words and not after:
        return mentions
    out = []
    for m in mentions:
        if m.j - m.i == 1 and m.via == "name":
            tok = tokens[m.i]
            raw = as_written(text, tok)
            if raw in words or (raw[:1] in ("و", "ف") and raw[1:] in words):
                continue
            if after and raw in after and m.i > 0 \
                    and as_written(text, tokens[m.i - 1]) in after[raw]:
                continue
        out.append(m)
    return out


def named_apposition(tokens: list[Token], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Leave out an office read as its holder when the apposition right after it names the person: "the
    head of the Houthis' Supreme Political Council, Mahdi Al Mashat," is al-Mashat, whoever the office
    read alone would give (English: the name between commas, a few office words before the comma)."""
    drop: set[int] = set()
    for n, m in enumerate(mentions):
        if m.via != "title" or _is_arabic(tokens[0].key) or not _is_person(gaz, m):
            continue
        nxt = next((x for x in mentions[n + 1:] if x.actor), None)
        if nxt is None or nxt.via not in ("name", "new") or not _is_person(gaz, nxt) or nxt.actor == m.actor:
            continue
        gap = tokens[m.j:nxt.i]
        if 1 <= len(gap) <= 7 and gap[-1].punct == "," and not any(t.punct and t.punct not in ("'", "’") for t in gap[:-1]) \
                and not any(t.key in ("and", "who", "which", "with") for t in gap) \
                and (nxt.j >= len(tokens) or tokens[nxt.j].punct in (",", ".")):
            drop.add(id(m))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def drop_kaf_names(tokens: list[Token], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Leave out a one-word Arabic name read past a leading "ك" ("as, like"), which proper names almost
    never take: "كاكار" (Kakar) is not "ك" + "أكار" (Akar). A name whose own Arabic forms begin with "ك"
    stays ("كيري")."""
    out: list[Mention] = []
    for m in mentions:
        if m.j - m.i == 1 and m.actor and tokens[m.i].key.startswith("ك") and m.actor in gaz.actors:
            actor = gaz.actors[m.actor]
            forms = [f for f in (actor.name_ar, actor.name, *actor.aliases.ar, *actor.demonyms.ar)
                     if f and _is_arabic(f.split()[0])]
            key = tokens[m.i].key
            keys = {key, key[:-1]} if key.endswith("ه") else {key}    # ("كويتية": the demonym "كويتي")
            if forms and not any(not keys.isdisjoint(phrase_key(f)) for f in forms):
                continue
        out.append(m)
    return out


_MENTION_ACTOR = attrgetter("actor")


@lru_cache(maxsize=1)
def _shared_body_names() -> frozenset[str]:
    """The international bodies whose name a state's own body shares (extraction.yaml, read once)."""
    return frozenset(str(a) for a in lexicon().raw.get("shared_body_names") or ())


def states_own_bodies(tokens: list[Token], mentions: list[Mention], ctx: TitleContext) -> list[Mention]:
    """Leave out an international body whose name a state's own body shares when the state qualifies
    it: "Russia's Security Council", "the Russian Security Council", "مجلس الأمن الروسي" are Moscow's,
    not the UN's (extraction.yaml, `shared_body_names`)."""
    shared = _shared_body_names()
    if shared.isdisjoint(map(_MENTION_ACTOR, mentions)):
        return mentions
    out: list[Mention] = []
    for n, m in enumerate(mentions):
        if m.actor in shared:
            before = mentions[n - 1] if n else None
            after = mentions[n + 1] if n + 1 < len(mentions) else None
            gap = tokens[before.j:m.i] if before is not None else None
            owned = before is not None and _is_country(ctx.gaz, before) and (
                not gap or (len(gap) == 2 and gap[0].punct in ("'", "’") and gap[1].key == "s"))
            qualified = after is not None and after.i == m.j and after.via == "demonym" and _is_country(ctx.gaz, after)
            if owned or qualified:
                continue
        out.append(m)
    return out


def guarded_demonyms(tokens: list[Token], mentions: list[Mention], ctx: TitleContext,
                     words: list[str] | None = None) -> list[Mention]:
    """Leave out a demonym that is a common word too ("المالي": Malian, and financial; names.yaml,
    `guarded_demonyms`) unless a title ends right before it ("وزير الخارجية المالي", "نظيره المالي")
    or a head noun stands there ("الحكومة المالية", "الجيش المالي")."""
    guarded = ctx.lex.words("guarded_demonyms")
    if words is not None and guarded.isdisjoint(words):
        return mentions
    heads = ctx.lex.phrases.get("guarded_demonym_heads", ())
    out: list[Mention] = []
    for m in mentions:
        if m.via == "demonym" and m.j - m.i == 1 and not guarded.isdisjoint(tokens[m.i].variants):
            k = m.i
            head = any(k >= len(p) and all(p[x] in tokens[k - len(p) + x].variants for x in range(len(p))) for p in heads)
            titled = any((t := _match_title(tokens, s)) is not None and t[0] == k for s in range(max(0, k - 4), k))
            if not (head or titled):
                continue
        out.append(m)
    return out


def own_demonyms(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A demonym right before the name of a person of that state is his ("اتفق الرئيسان الروسي
    فلاديمير بوتين والتركي رجب طيب أردوغان": Erdogan, not Turkey and Erdogan); the name's mention
    takes it in."""
    out: list[Mention] = []
    for n, m in enumerate(mentions):
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if m.via == "demonym" and m.actor and nxt is not None and nxt.i == m.j and nxt.actor:
            person = gaz.actors.get(nxt.actor)
            if person is not None and person.type == "person" and person.affiliation == m.actor:
                nxt.i = m.i
                continue
        out.append(m)
    return out


def drop_named_places(tokens: list[Token], mentions: list[Mention], gaz: Gazetteer,
                      words: list[str] | None = None, text: str | None = None) -> list[Mention]:
    """Leave out a person's name that names a place: "King Hussein Bridge", "the King Fahd stadium"
    (a place noun right after an English name), "مطار الملك خالد" (right before an Arabic one); and an
    English name that only says whose aide is meant ("Trump aide", "Putin spokesman Dmitry Peskov").
    ``words``: every variant of every token, when the caller has it (no place noun: none left out)."""
    nouns = lexicon().words("named_place_nouns")
    aides = lexicon().words("aide_nouns_after")
    if words is not None and nouns.isdisjoint(words) and aides.isdisjoint(words):
        return list(mentions)
    out = []
    for m in mentions:
        actor = gaz.actors.get(m.actor or "")
        if actor is not None and actor.type == "person" and not _is_arabic(tokens[m.i].key) and (
                m.j < len(tokens) and tokens[m.j].key in aides or m.j - m.i >= 2 and tokens[m.j - 1].key in aides
                and not set(_last_words(actor)).isdisjoint(tokens[m.j - 2].variants)):   # (his name, then the noun)
            continue        # "Trump aide", "Putin spokesman Dmitry Peskov": the aide, not the master
        if actor is not None and actor.type == "person" and not _is_arabic(tokens[m.i].key) \
                and m.j + 2 < len(tokens) and tokens[m.j].punct in ("'", "’") and tokens[m.j + 1].key == "s" \
                and _aide_ahead(tokens, m.j + 2, aides):
            continue        # "Donald Trump's incoming Middle East envoy": whose envoy, not who meets
        if (actor is not None and actor.type == "person") or m.via == "new":
            k = m.j if not _is_arabic(tokens[m.i].key) else m.i - 1
            while text is not None and k > m.i and k < len(tokens) - 1 and k - m.j < 3 and _capitalised(text, tokens[k]) \
                    and nouns.isdisjoint(tokens[k].variants):
                k += 1      # "King Khalid International Airport": capitalised words of the place's name first
            if 0 <= k < len(tokens) and not nouns.isdisjoint(tokens[k].variants) and not (
                    k < m.i and any(tokens[k].key.endswith("ال" + n) for n in nouns.intersection(tokens[k].variants))):
                continue    # (not "في استقباله بالمطار نائب الوزير X": "المطار" has its article, names nothing)
        out.append(m)
    return out


def _aide_ahead(tokens: list[Token], k: int, aides: frozenset[str]) -> bool:
    """An aide's noun within four words from token k, no mark between ("incoming Middle East envoy")."""
    for x in range(k, min(k + 4, len(tokens))):
        if tokens[x].punct:
            return False
        if tokens[x].key in aides:
            return True
    return False


def short_forms(tokens: list[Token], mentions: list[Mention], gaz: Gazetteer,
                long_forms: list[tuple[frozenset[str], tuple[str, ...], str]]) -> list[Mention]:
    """A body's name cut short names the body named in full before ("القيادة العامة للجيش الوطني"
    after "الجيش الوطني الليبي": the Libyan army, not the Syrian one the short form is also a name
    of). ``long_forms``: the article's bodies so far (the forms of the name's first word, its other
    words, the body), kept up to date here."""
    for m in mentions:
        if m.j - m.i < 2:
            continue
        actor = gaz.actors.get(m.actor or "")
        if actor is None or actor.type != "organization":
            continue
        first, rest = frozenset(tokens[m.i].variants), tuple(t.key for t in tokens[m.i + 1:m.j])
        for forms, words, body in reversed(long_forms):
            if body != m.actor and len(words) > len(rest) and words[:len(rest)] == rest and not forms.isdisjoint(first):
                m.actor = body
                break
        else:
            long_forms.append((first, rest, m.actor))
    return mentions


_NAME_PARTICLES = ("al", "el", "bin", "ibn", "bint", "abu")


def drop_name_parts(tokens: list[Token], mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Leave out a one-word name that is the last part of someone else's name in English ("Mohammed
    Abdullah Al-Mubarak Al-Sabah" is neither Hosni Mubarak nor the newspaper Sabah), unless the actor's
    own labels read so ("al-Assad"); and a person's short name that runs on into a father's name his
    labels lack ("الأمير فيصل بن بندر" is not Prince Faisal bin Farhan)."""
    out = []
    sons = lexicon().words("patronymics")
    for m in mentions:
        if m.j + 1 < len(tokens) and not sons.isdisjoint(tokens[m.j].variants) and m.via == "name" \
                and not tokens[m.j + 1].punct and (actor := gaz.actors.get(m.actor or "")) is not None \
                and actor.type == "person" and sons.isdisjoint(v for t in tokens[m.i:m.j] for v in t.variants) \
                and not _reads(actor, (tokens[m.j].key, tokens[m.j + 1].key), arabic=True):
            continue
        if m.j - m.i == 1 and m.via == "name" and m.i > 0 and tokens[m.i - 1].key in _NAME_PARTICLES \
                and (actor := gaz.actors.get(m.actor or "")) is not None:
            if not _reads(actor, (tokens[m.i - 1].key, tokens[m.i].key), arabic=False):
                continue
            if out and out[-1].actor == m.actor and out[-1].j == m.i - 1:
                out[-1] = Mention(out[-1].i, m.j, actor=m.actor, place=out[-1].place, via=out[-1].via, role=out[-1].role)
                continue         # "Sheikh Tamim bin Hamad" + "Al Thani": one name read in two parts
        out.append(m)
    return out


def _reads(actor: Actor, pair: tuple[str, str], arabic: bool) -> bool:
    """One of the actor's own labels has these two words in a row (``arabic``: its Arabic aliases too)."""
    labels = labels_of(actor) if arabic else (actor.name, actor.name_ar or "", *actor.aliases.en)
    return any(_contains(phrase_key(label), pair) for label in labels if label)


def add_capitals_only(text: str, tokens: list[Token], mentions: list[Mention], names: dict[str, str]) -> list[Mention]:
    """Names that count only as written in capitals ("US" is the United States, "us" is a pronoun)."""
    if not names or not tokens:
        return mentions
    seg_start, seg_end = tokens[0].start, tokens[-1].end
    if not any(text.find(n, seg_start, seg_end) >= 0 for n in names):
        return mentions
    taken = {k for m in mentions for k in range(m.i, m.j)}
    extra = [Mention(k, k + 1, actor=names[raw], via="name") for k, tok in enumerate(tokens)
             if k not in taken and not tok.punct and (raw := text[tok.start:tok.end]) in names]
    return sorted(mentions + extra, key=lambda m: m.i) if extra else mentions


def _honorific_given_names(tokens: list[Token], mentions: list[Mention], last_person: dict[str, list[str]],
                           ctx: TitleContext, words: list[str] | None = None) -> list[Mention]:
    """"Sheikh Mohamed", "الأمير فيصل": an honorific and a given name alone name the one person named
    before in the article whose name begins with that given name."""
    honorifics = ctx.lex.words("honorifics")
    if words is not None and honorifics.isdisjoint(words):
        return mentions
    outlets = {m.i for m in mentions if m.j == m.i + 1 and m.actor in ctx.gaz.actors
               and ctx.gaz.actors[m.actor].type == "organization" and ctx.gaz.actors[m.actor].kind == "media"}
    taken = {k for m in mentions for k in range(m.i, m.j) if m.i not in outlets}
    found: list[Mention] = []
    for k in range(len(tokens) - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        if k in taken or k + 1 in taken or honorifics.isdisjoint(tok.variants) or nxt.punct \
                or (not _is_arabic(nxt.key) and not _capitalised(ctx.text, nxt)):
            continue
        named = {p for persons in last_person.values() for p in persons
                 if p in ctx.gaz.actors and nxt.key in _given_names_of(ctx, ctx.gaz.actors[p])}
        if len(named) == 1:
            found.append(Mention(k, k + 2, actor=named.pop(), via="coref"))
    if not found:
        return mentions
    mentions = [m for m in mentions if not any(f.i <= m.i < f.j for f in found)]   # "Sheikh Sabah": not the daily Sabah
    return sorted(mentions + found, key=lambda m: m.i)


def _bare_rank(tokens: list[Token], mentions: list[Mention], last_person: dict[str, list[str]],
               ranks: frozenset[str], ctx: TitleContext) -> list[Mention]:
    """"المشير" alone (bare_ranks) is the person named before with that rank right before his name;
    a rank with a person's name after it is remembered here for later."""
    persons = {m.i: m for m in mentions if _is_person(ctx.gaz, m)}
    taken = {k for m in mentions for k in range(m.i, m.j)}
    monarchs = ctx.lex.words("bare_monarchs")
    found: list[Mention] = []
    for k, tok in enumerate(tokens):
        rank = next((v for v in tok.variants if v in ranks), None)
        if rank is None:
            continue
        owner = (persons.get(k + 1) if _match_title(tokens, k + 1) is None else None) \
            or next((m for m in persons.values() if m.i <= k < m.j), None)   # (not "المشير رئيس المخابرات X")
        if rank in monarchs and owner is not None and owner.i < k \
                and not ctx.lex.words("owned_by_king").isdisjoint(tokens[k - 1].variants):
            owner = None                 # "عبد الملك الحوثي": a name's word, no king
        if owner is not None:
            last_person["rank:" + rank] = [owner.actor or ""]     # "المشير خليفة حفتر"
        elif k not in taken and last_person.get("rank:" + rank) \
                and not (rank in monarchs and _named_thing(tokens, k, ctx)):
            found.append(Mention(k, k + 1, actor=last_person["rank:" + rank][-1], via="coref"))
    return sorted(mentions + found, key=lambda m: m.i) if found else mentions


def _named_thing(tokens: list[Token], k: int, ctx: TitleContext) -> bool:
    """"مطار الملك خالد", "ممثل الملك", "الملك حمد", "الملك الراحل": "الملك" there is not the king told
    before alone (a name follows, or a noun it completes comes before)."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    before = tokens[k - 1] if k > 0 else None
    return (after is not None and not after.punct
            and not ctx.lex.words_union("given_names_ar", "late_words").isdisjoint(after.variants)) \
        or (before is not None and not ctx.lex.words("owned_by_king").isdisjoint(before.variants))


@lru_cache(maxsize=1)
def _royal_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    table = lexicon().titles.get("bare_royals") or {}
    return {phrase_key(str(w)): tuple(str(t) for t in titles) for w, titles in table.items()}


@lru_cache(maxsize=1)
def _royal_words() -> frozenset[str]:
    return frozenset(p[-1] for p in _royal_table())


def _bare_royal(tokens: list[Token], mentions: list[Mention], named: list[str], ctx: TitleContext) -> list[Mention]:
    """"Biden met the crown prince in Jeddah", "وكان ولي العهد في مقدمة مستقبليه": a royal title with no
    name, state or "of" of its own is the person named last whose office then bears that title
    (``named``: the article's persons, the last named last)."""
    table = _royal_table()
    taken = {k for m in mentions for k in range(m.i, m.j)}
    found: list[Mention] = []
    for k, tok in enumerate(tokens):
        if k in taken or tok.punct:
            continue
        for phrase, heads in table.items():
            n = len(phrase)
            arabic = _is_arabic(phrase[0])
            if k + n > len(tokens) or any(k + x in taken for x in range(n)):
                continue
            if arabic:
                if phrase[0] not in tok.variants or any(tokens[k + x].key != phrase[x] for x in range(1, n)):
                    continue
            elif k == 0 or tokens[k - 1].key != "the" or any(tokens[k + x].key != phrase[x] for x in range(n)):
                continue
            after = tokens[k + n] if k + n < len(tokens) else None
            if after is not None and not after.punct and (after.key in ("of", "'s") or _capitalised(ctx.text, after)
                                                          or (arabic and not _common_noun(ctx, after)
                                                              and after.key.startswith("ال"))):
                continue            # "the king of Spain", "the Crown Prince Court", "ولي العهد السعودي"
            who = next((p for p in reversed(named) if p in ctx.gaz.actors
                        and any(pos.title and any(str(pos.title.en or "").startswith(h) for h in heads)
                                and (not ctx.date or _held_on(pos, ctx.date))
                                for pos in ctx.gaz.actors[p].positions)), None)
            if who is not None:
                found.append(Mention(k, k + n, actor=who, via="coref"))
                taken |= set(range(k, k + n))
            break
    return sorted(mentions + found, key=lambda m: m.i) if found else mentions


def _bare_envoy(tokens: list[Token], mentions: list[Mention], named: list[str], envoys: frozenset[str],
                ctx: TitleContext) -> list[Mention]:
    """"ثم انتقل المبعوث إلى عين التينة", "the envoy then met ...": "the envoy" with no name, state or
    body of its own is the envoy named last in the article (``named``: its persons, the last named last)."""
    taken = {k for m in mentions for k in range(m.i, m.j)}
    found: list[Mention] = []
    for k, tok in enumerate(tokens):
        if k in taken or k + 1 in taken or envoys.isdisjoint(tok.variants):
            continue
        if _is_arabic(tok.key):
            if not tok.key.lstrip("وف").startswith("ال"):
                continue                         # "مبعوث": an envoy, not the one told before
        elif k == 0 or tokens[k - 1].key != "the":
            continue
        who = next((p for p in reversed(named) if p in ctx.gaz.actors
                    and any(pos.role == "envoy" for pos in ctx.gaz.actors[p].positions)), None)
        if who is not None:
            found.append(Mention(k, k + 1, actor=who, via="coref"))
    return sorted(mentions + found, key=lambda m: m.i) if found else mentions


def _given_names_of(ctx: TitleContext, actor: Actor) -> set[str]:
    """The first words of a person's names and aliases, honorifics and ranks left out."""
    skip = ctx.lex.words_union("honorifics", "ranks")
    out = set()
    for label in labels_of(actor):
        words = [w for w in phrase_key(label) if w not in skip]
        if len(words) >= 2:
            out.add(words[0])
    return out


def _may_name_kingdom(ctx: TitleContext, tokens: list[Token]) -> bool:
    """One of the "the kingdom" phrases' last words is in the sentence's normalised text (and, as
    written, somewhere in the article: most articles never say "the kingdom")."""
    if ctx.kingdom_in_text is None:
        low = ctx.text.lower()
        ctx.kingdom_in_text = any(str(w).split()[-1].lower() in low for lang in ("ar", "en")
                                  for w in (ctx.lex.raw.get("the_kingdom") or {}).get(lang) or [])
    if not ctx.kingdom_in_text:
        return False
    keys = " ".join([t.key for t in tokens])
    return any(w in keys for w in ctx.lex.last_words("the_kingdom"))


def kingdom_word(tok: Token) -> bool:
    """The token holds one of the "the kingdom" phrases' last words: the one-token form of
    _may_name_kingdom's test (the words have no space, so one is in the sentence's keys only inside
    one token's key)."""
    return any(w in tok.key for w in lexicon().last_words("the_kingdom"))


def _described_before(tokens: list[Token], mentions: list[Mention], ctx: TitleContext) -> list[Mention]:
    """"The Italian-Swedish diplomat began the tour ...": "the", hyphened demonyms, a person noun
    and no name describe someone told before by his origins, not those states ("the Saudi official"
    alone stands for his state); so does one demonym in apposition to a person ("Hans Grundberg, the
    Swedish diplomat"). English only; the demonyms go."""
    nouns = ctx.lex.words_union("person_nouns", "official_nouns", "title:envoy")
    drop: set[int] = set()
    for n, m in enumerate(mentions):
        if m.via != "demonym" or m.actor is None or id(m) in drop or _is_arabic(tokens[m.i].key):
            continue
        run = [m]
        for x in mentions[n + 1:]:       # "Italian-Swedish": demonyms with only punctuation between
            if x.via != "demonym" or not all(t.punct for t in tokens[run[-1].j:x.i]):
                break
            run.append(x)
        k = run[-1].j
        apposed = m.i >= 3 and tokens[m.i - 2].punct == "," and any(
            x.j == m.i - 2 and _is_person(ctx.gaz, x) for x in mentions)   # "Hans Grundberg, the Swedish diplomat"
        if (len(run) >= 2 or apposed) and m.i > 0 and tokens[m.i - 1].key == "the" and k < len(tokens) \
                and tokens[k].key in nouns and not any(x.i == k + 1 for x in mentions):
            drop |= {id(x) for x in run}
    return [m for m in mentions if id(m) not in drop] if drop else mentions


_MOVEMENTS = "~movements"     # the key of the movements named so far in refer_back's memory


def _movements(gaz: Gazetteer) -> frozenset[str]:
    """The bodies whose Arabic name begins with "حركة" (read once per gazetteer)."""
    return gaz.memo("movements", lambda g: frozenset(
        a.id for a in g.actors.values() if a.type == "organization"
        and any(label.startswith("حركة") for label in (a.name_ar or "", *a.aliases.ar))))


def may_name_movement(last_person: dict[str, list[str]], words: list[str]) -> bool:
    """A movement was named before and the sentence has a word for "the movement"."""
    return bool(last_person.get(_MOVEMENTS)) and not lexicon().words("the_movement").isdisjoint(words)


def _the_movement(tokens: list[Token], mentions: list[Mention], movement: str, ctx: TitleContext) -> list[Mention]:
    """"وفد الحركة", "بين الحركة والحكومة": the movement named last (not "الحركة الشعبية", the name of
    another body, nor "حرية الحركة")."""
    the, not_after = ctx.lex.words("the_movement"), ctx.lex.words("the_movement_not_after")
    taken = {k for m in mentions for k in range(m.i, m.j)}
    added = []
    for k, tok in enumerate(tokens):
        if k in taken or tok.punct or the.isdisjoint(tok.variants):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and not nxt.punct and nxt.key.startswith("ال") \
                and ctx.lex.words("relative").isdisjoint(nxt.variants) or (    # ("الحركة التي": it still)
                k > 0 and not not_after.isdisjoint(tokens[k - 1].variants)):
            continue
        added.append(Mention(k, k + 1, actor=movement, via="coref"))
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def _the_kingdom(recent: list[str], ctx: TitleContext) -> str:
    """Which of the kingdoms named so far "المملكة" is: the last one whose capital the article names
    (the summit in Riyadh where the kings of Saudi Arabia and Bahrain met is in "the kingdom" of
    Riyadh), else the last one named."""
    for kingdom in reversed(recent):
        state = ctx.gaz.actors.get(kingdom)
        capital = ctx.gaz.places.get(state.capital or "") if state is not None else None
        if capital is not None and any(label and label in ctx.text for label in labels_of(capital)):
            return kingdom
    return recent[-1]


def _a_ministers_office(pos: Position) -> bool:
    """A position that is a minister's, whatever its ministry ("وزير الخزانة", "Secretary of the Treasury")."""
    title = pos.title
    return title is not None and ((title.ar or "").startswith("وزير") or "Minister" in (title.en or "")
                                  or (title.en or "").startswith("Secretary of"))


def refer_back(tokens: list[Token], mentions: list[Mention], last_person: dict[str, list[str]], ctx: TitleContext,
               words: list[str] | None = None) -> list[Mention]:
    """"المسؤول الإماراتي", "the Emirati official", "الوزير التركي": the person of that state named
    last in the article, a minister for "minister"; "المملكة", "the kingdom": the kingdom named last.
    `last_person` (state -> its persons in the order named, under "*" all persons so named, and under
    "" the kingdoms named) is the article's memory, kept up to date here. ``words``: every variant of every token, when the caller
    has it."""
    nouns, ministers, envoys = ctx.lex.words("person_nouns"), ctx.lex.words("minister_nouns"), ctx.lex.words("envoy_nouns")
    for m in mentions:
        if m.via == "demonym" and m.actor and m.actor in last_person:
            k = m.i - 1 if m.i >= 1 and _is_arabic(tokens[m.i - 1].key) else m.j
            if k >= len(tokens) or _is_arabic(tokens[k].key) != (k < m.i) or nouns.isdisjoint(tokens[k].variants):
                continue
            named = last_person[m.actor]
            if not ministers.isdisjoint(tokens[k].variants):
                # a minister by his positions, else a person new to the gazetteer ("نائب المستشار الألماني وزير
                # الاقتصاد روبرت هابيك" ... "الوزير الألماني")
                named = [p for p in named if any(pos.role in ("foreign-minister", "defence-minister")
                                                 and (not ctx.date or _held_on(pos, ctx.date))
                                                 for pos in ctx.gaz.actors[p].positions)] \
                    or [p for p in named if p in ctx.new_actors] \
                    or [p for p in named if any(_a_ministers_office(pos) and (not ctx.date or _held_on(pos, ctx.date))
                                                for pos in ctx.gaz.actors[p].positions)]
                # ("وزير الخزانة الأمريكي ستيفن منوتشين" ... "الوزير الأمريكي": another minister's office)
            elif not envoys.isdisjoint(tokens[k].variants):
                named = [p for p in named if any(pos.role == "envoy" for pos in ctx.gaz.actors[p].positions)]
            if named:
                m.actor, m.via = named[-1], "coref"
                m.i, m.j = min(m.i, k), max(m.j, k + 1)
    if any(m.via == "demonym" for m in mentions):
        mentions = _described_before(tokens, mentions, ctx)
    if last_person.get("*") and (words is None or not envoys.isdisjoint(words)):
        mentions = _bare_envoy(tokens, mentions, last_person["*"], envoys, ctx)
    kingdoms = ctx.lex.raw.get("kingdoms") or []
    recent = last_person.setdefault("", [])          # kingdoms named so far, the last one last
    if recent and tokens and _may_name_kingdom(ctx, tokens):
        taken = {k for m in mentions for k in range(m.i, m.j)}
        kingdom_phrases = ctx.lex.phrases.get("the_kingdom", set())
        for k, tok in enumerate(tokens):
            if k in taken or tok.punct:
                continue
            for phrase in kingdom_phrases:
                if len(phrase) == 1 and phrase[0] in tok.variants or (
                        len(phrase) == 2 and k + 1 < len(tokens) and tok.key == phrase[0] and phrase[1] in tokens[k + 1].variants):
                    mentions = sorted(mentions + [Mention(k, k + len(phrase), actor=_the_kingdom(recent, ctx),
                                                          via="coref")],
                                      key=lambda m: m.i)       # "المملكة", "the kingdom": the kingdom named last
                    break
    if last_person.get(_MOVEMENTS) and (words is None or not ctx.lex.words("the_movement").isdisjoint(words)):
        mentions = _the_movement(tokens, mentions, last_person[_MOVEMENTS][-1], ctx)
    if last_person:
        mentions = _honorific_given_names(tokens, mentions, last_person, ctx, words)
    ranks = ctx.lex.words("bare_ranks")
    if words is None or not ranks.isdisjoint(words):
        mentions = _bare_rank(tokens, mentions, last_person, ranks, ctx)
    if last_person.get("*") and (words is None or not _royal_words().isdisjoint(words)):
        mentions = _bare_royal(tokens, mentions, last_person["*"], ctx)
    for m in mentions:
        actor = ctx.gaz.actors.get(m.actor or "")
        if actor is not None and actor.type == "person" and actor.affiliation:
            held = {pos.of for pos in actor.positions if pos.of and pos.of != actor.affiliation and ctx.date
                    and _held_on(pos, ctx.date)}          # (Tedros, Ethiopia's foreign minister in 2013)
            for key in (actor.affiliation, *held, "*"):   # the state's persons; all persons ("*")
                seen = last_person.setdefault(key, [])
                if actor.id in seen:
                    seen.remove(actor.id)
                seen.append(actor.id)                      # the last named last
        if actor is not None and actor.id in _movements(ctx.gaz):
            seen = last_person.setdefault(_MOVEMENTS, [])      # "حركة حماس": what "الحركة" refers back to
            if actor.id in seen:
                seen.remove(actor.id)
            seen.append(actor.id)
        home = actor.affiliation if actor is not None and actor.type == "person" else m.actor
        if home in kingdoms:
            if home in recent:
                recent.remove(home)
            recent.append(home)
    return mentions
