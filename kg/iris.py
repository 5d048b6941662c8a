"""Deterministic resource IRIs. Text from articles is percent-encoded, never spliced raw."""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from rdflib.term import URIRef

from kg.resources import lexicon_data
from kg.vocab import DIPR


def iri_segment(text: str) -> str:
    """Percent-encode one path segment so any text (Arabic, quotes, ``<>``) yields a valid IRI.

    >>> iri_segment('seed-ar')
    'seed-ar'
    >>> iri_segment('a b<c>')
    'a%20b%3Cc%3E'
    """
    return quote(unicodedata.normalize("NFC", text), safe="-._~")


def slug(name: str) -> str:
    """A readable id from a name: ASCII words joined by '-'; an Arabic name transliterated (ids only,
    data/lexicon/transliteration.yaml); else the encoded name.

    >>> slug("Hakan Fidan")
    'hakan-fidan'
    >>> slug("سالم بن راشد الحارثي")
    'salm-bin-rashd-al-harthi'
    """
    ascii_form = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_form.lower())
    if words and len("".join(words)) >= max(2, len(re.sub(r"\W", "", name)) // 2):
        return "-".join(words)
    if _ARABIC.search(name):
        latin = re.findall(r"[a-z0-9]+", " ".join(_arabic_word(w) for w in _ARABIC_WORD.findall(name)))
        if latin:
            return "-".join(latin)
    return iri_segment(name.strip())


_ARABIC = re.compile(r"[\u0600-\u06FF]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+|[0-9A-Za-z]+")


def _arabic_word(word: str) -> str:
    table = lexicon_data("transliteration")
    if word in table["words"]:
        return table["words"][word]
    prefix = ""
    if word.startswith("ال") and len(word) > 3:
        prefix, word = "al ", word[2:]
    if word in table["words"]:
        return prefix + table["words"][word]
    letters, initial = table["letters"], table["initial"]
    out: list[str] = []
    for k, ch in enumerate(word):
        after_consonant = bool(out) and out[-1][-1:] not in ("", "a", "i", "u")
        vowel = after_consonant and (k == len(word) - 1 or word[k + 1] not in "اويةى")
        if k == 0 and ch in initial:
            out.append(initial[ch])
        elif ch in "وي" and vowel:
            out.append("u" if ch == "و" else "i")
        else:
            out.append(letters.get(ch, ch if ch.isascii() else ""))
    return prefix + "".join(out)


def actor_iri(actor_id: str) -> URIRef:
    return DIPR[f"actor/{iri_segment(actor_id)}"]


def place_iri(place_id: str) -> URIRef:
    return DIPR[f"place/{iri_segment(place_id)}"]


def article_iri(article_id: str) -> URIRef:
    return DIPR[f"article/{iri_segment(article_id)}"]


def event_iri(article_id: str, local_id: str) -> URIRef:
    return DIPR[f"event/{iri_segment(article_id)}/{iri_segment(local_id)}"]


def evidence_iri(article_id: str, start: int, end: int) -> URIRef:
    return DIPR[f"evidence/{iri_segment(article_id)}/{start}-{end}"]


def position_iri(actor_id: str, index: int) -> URIRef:
    return DIPR[f"position/{iri_segment(actor_id)}/{index}"]
