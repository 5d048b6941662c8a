"""Deterministic resource IRIs. Text from articles is percent-encoded, never spliced raw."""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from rdflib.term import URIRef

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
    """A readable id from a name: ASCII words joined by '-', else the encoded name.

    >>> slug("Hakan Fidan")
    'hakan-fidan'
    """
    ascii_form = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_form.lower())
    if words and len("".join(words)) >= max(2, len(re.sub(r"\W", "", name)) // 2):
        return "-".join(words)
    return iri_segment(name.strip())


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
