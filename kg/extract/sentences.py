"""Split an article into sentences with character offsets, skipping website furniture lines."""
from __future__ import annotations

import re
from typing import NamedTuple

from functools import lru_cache


from kg.extract.tokens import word_forms
from kg.furniture import is_furniture
from kg.normalize import name_key
from kg.resources import lexicon_data

# A sentence ends at . ! ? ؟ (or a line end) followed by space; English abbreviations do not end one.
_END = re.compile(r"(?<=[.!?؟])[\"'”’»)]*\s+")
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


@lru_cache(maxsize=1)
def _furniture_first_words() -> frozenset[str]:
    raw = lexicon_data("furniture")
    return frozenset(name_key(p).split()[0] for p in raw["line_prefixes"] if name_key(p))


def _maybe_furniture(line: str) -> bool:
    """A cheap first-word test before the full furniture check."""
    words = line.split(None, 1)
    return bool(words) and word_forms(words[0])[0] in _furniture_first_words()


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
    """
    out: list[Sentence] = []
    pos = 0
    paragraph = 0
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        paragraph += 1
        if _maybe_furniture(body) and is_furniture(_head(body)):
            continue
        headline = not body.rstrip().endswith((".", "!", "?", "؟", ":", "»", "”", '"'))
        seg_start = 0
        pieces: list[tuple[int, int]] = []
        for m in _END.finditer(body):
            candidate = body[seg_start:m.start()]
            if _ABBREV.search(candidate, max(0, len(candidate) - 6)):   # the last word only ("Sept." is the longest)
                continue
            pieces.append((seg_start, m.start()))
            seg_start = m.end()
        pieces.append((seg_start, len(body)))
        for a, b in pieces:
            piece = body[a:b]
            stripped = piece.strip()
            if stripped:
                a += len(piece) - len(piece.lstrip())
                b = a + len(stripped)
                out.append(Sentence(line_start + a, line_start + b, body[a:b], len(out), paragraph,
                                    headline and len(pieces) == 1))
    return out
