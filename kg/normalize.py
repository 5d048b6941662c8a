"""Normalise names and text for matching: Arabic letter forms and marks, Latin accents, case.

Matching keys are never shown to users or written to the graph; labels keep their spelling.
"""
from __future__ import annotations

import re
import unicodedata

from pyarabic import araby

_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       # the Persian letters of Iranian outlets' Arabic ("عراقچی", "پزشکیان"), as Arabic writes them
                       "ی": "ي", "ک": "ك", "چ": "ج", "پ": "ب", "ژ": "ز", "گ": "ك"})
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalize_arabic(text: str) -> str:
    """Strip diacritics, shadda and tatweel; unify alef, ya, ta marbuta and hamza seats, and write the
    Persian letters of Iranian outlets' Arabic (چ پ ژ گ ک ی) as Arabic writes them.

    >>> normalize_arabic("بشّار الأسد") == normalize_arabic("بشار الاسد")
    True
    >>> normalize_arabic("عراقچی") == normalize_arabic("عراقجي")
    True
    """
    text = araby.strip_tashkeel(text)
    text = araby.strip_tatweel(text)
    return text.translate(_LETTERS)


def fold_latin(text: str) -> str:
    """Drop Latin accents and fold case: 'Çavuşoğlu' and 'cavusoglu' compare equal.

    >>> fold_latin("Çavuşoğlu")
    'cavusoglu'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not (unicodedata.combining(c) and not _is_arabic(c)))
    return kept.replace("ı", "i").casefold()


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff"


def name_key(name: str) -> str:
    """The key under which a name or alias is looked up in the gazetteer.

    >>> name_key("  Hakan   FİDAN ") == name_key("hakan fidan")
    True
    >>> name_key("الحكومة التركيّة") == name_key("الحكومة التركية")
    True
    """
    text = unicodedata.normalize("NFC", name)
    text = normalize_arabic(text)
    text = fold_latin(text)
    text = text.replace("’", "'").replace("‘", "'").replace("-", " ")
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def has_arabic(text: str) -> bool:
    return any(_is_arabic(c) for c in text)
