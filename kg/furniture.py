"""Website furniture: lines that are page chrome, not statements (skip-to-content, read-also)."""
from __future__ import annotations

import re
from functools import lru_cache


from kg.normalize import name_key
from kg.resources import lexicon_data


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern[str]]:
    raw = lexicon_data("furniture")
    return [re.compile(r"^\s*" + re.escape(name_key(p)) + r"(\s|$)") for p in raw["line_prefixes"]]


def is_furniture(line: str) -> bool:
    """True for a line that starts like page chrome ('تخطى إلى المحتوى', 'Read also: ...').

    >>> is_furniture("اقرأ أيضاً: مصادر روسيّة تتحدث")
    True
    >>> is_furniture("Putin met Erdogan in Sochi.")
    False
    """
    key = name_key(line)
    return any(p.match(key) for p in _patterns())


@lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return frozenset(name_key(p) for p in lexicon_data("furniture").get("list_headings") or ())


def is_list_heading(line: str) -> bool:
    """True for a furniture line that heads a list of links: "Read more:" or "اقرأ أيضاً" alone.

    >>> is_list_heading("Read more:")
    True
    >>> is_list_heading("Read more: Putin meets Erdogan")
    False
    """
    return name_key(line.strip().rstrip(":：")) in _headings()
