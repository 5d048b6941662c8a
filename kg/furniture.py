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
