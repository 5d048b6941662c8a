"""Split an article into sentences with character offsets, skipping website furniture lines."""
from __future__ import annotations

import re
from typing import NamedTuple

from functools import lru_cache


from kg.extract.tokens import word_forms
from kg.furniture import is_furniture, is_list_heading
from kg.normalize import name_key
from kg.resources import lexicon_data

# A sentence ends at . ! ? ؟ (or a line end) followed by space; English abbreviations do not end one.
# (group 1 is the end: the closing quotes and the space; written without a look-behind, so that the
# engine skips to the next full stop at once instead of trying the pattern at every character)
_END = re.compile(r"[.!?؟]([\"'”’»)]*\s+)")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|U\.S|U\.N|U\.K|Inc|Co)|\b[A-Z])\.$")


class Sentence(NamedTuple):
    """A span of the article: text[start:end]; `headline` for a line without final punctuation.
    (A named tuple: an article makes dozens, and a frozen dataclass is slow to build.)"""

    start: int
    end: int
    text: str
    index: int
    paragraph: int
    headline: bool


_new_sentence = tuple.__new__    # Sentence(...) without the named tuple's Python-level __new__


@lru_cache(maxsize=1)
def _furniture_first_words() -> frozenset[str]:
    raw = lexicon_data("furniture")
    return frozenset(name_key(p).split()[0] for p in raw["line_prefixes"] if name_key(p))


_FIRST_WORDS: dict[str, bool] = {}   # a line's first word as written -> its key is the first word of some furniture


def _maybe_furniture(line: str) -> bool:
    """A cheap first-word test before the full furniture check (remembered per word)."""
    words = line.split(None, 1)
    if not words:
        return False
    got = _FIRST_WORDS.get(words[0])
    if got is None:
        if len(_FIRST_WORDS) > 100_000:
            _FIRST_WORDS.clear()
        got = _FIRST_WORDS[words[0]] = word_forms(words[0])[0] in _furniture_first_words()
    return got


@lru_cache(maxsize=4096)
def _furniture(head: str) -> bool:
    """is_furniture of a line's head (remembered: "Skip to content", "Share this article" and their
    like come back article after article, and normalising a line costs some 10 microseconds)."""
    return is_furniture(head)


@lru_cache(maxsize=4096)
def _list_heading(line: str) -> bool:
    """is_list_heading of a furniture line (remembered, as _furniture)."""
    return is_list_heading(line)


def _head(line: str, size: int = 60) -> str:
    """The start of a line, cut at a space: enough to recognise furniture, cheap to normalise."""
    if len(line) <= size:
        return line
    cut = line.rfind(" ", 0, size)
    return line[:cut] if cut > 0 else line[:size]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of an article in order, with offsets; furniture lines are left out.

    >>> [s.text for s in split_sentences("تخطى إلى المحتوى\\n\\nالتقى الأسد بوتين. ثم عاد.")]
    ['التقى الأسد بوتين.', 'ثم عاد.']
    >>> [s.text for s in split_sentences("Putin met Erdogan.\\nRead more:\\nLavrov meets Fidan in Moscow")]
    ['Putin met Erdogan.']
    """
    out: list[Sentence] = []
    pos = 0
    paragraph = 0
    links = False
    first_words = _FIRST_WORDS
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        paragraph += 1
        first = first_words.get(body.split(None, 1)[0])    # _maybe_furniture, inline
        if first is None:
            first = _maybe_furniture(body)
        headline = not body.rstrip().endswith((".", "!", "?", "؟", ":", "»", "”", '"'))
        if first and _furniture(_head(body)):
            links = len(body) < 40 and _list_heading(body)    # "Read more:" alone: the headlines after it are links
            continue
        if links and headline:
            continue
        links = False
        seg_start = 0
        pieces: list[tuple[int, int]] = []
        for m in _END.finditer(body):
            cut = m.start(1)
            candidate = body[seg_start:cut]
            if _ABBREV.search(candidate, max(0, len(candidate) - 6)):   # the last word only ("Sept." is the longest)
                continue
            pieces.append((seg_start, cut))
            seg_start = m.end()
        pieces.append((seg_start, len(body)))
        for a, b in pieces:
            piece = body[a:b]
            stripped = piece.strip()
            if stripped:
                a += len(piece) - len(piece.lstrip())
                b = a + len(stripped)
                # (a short line without final punctuation is a headline even when ".." cuts it: "قمة ... في
                # القاهرة.. و«الأخبار»: ...")
                out.append(_new_sentence(Sentence, (line_start + a, line_start + b, body[a:b], len(out), paragraph,
                                                    headline and (len(pieces) == 1 or len(body) <= 160))))
    return out
