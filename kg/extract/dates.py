"""The date of an event from its sentence, resolved against the article's publication date:
an explicit day-month-year, a month (with or without year), a weekday ("on Wednesday", "يوم
الأحد") or a relative day ("yesterday", "أمس"). A month or a multi-day span gives YYYY-MM; when
the sentence gives no date, or two that disagree, there is none."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache


from kg.extract.lexicon import lexicon
from kg.extract.tokens import Token, phrase_key
from kg.resources import lexicon_data

Phrase = tuple[str, ...]


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, list[tuple[Phrase, int]]]]:
    """Each date lexicon as {first token: [(token phrase, value), longest first]}."""
    raw = lexicon_data("dates")
    flat: dict[str, dict[Phrase, int]] = {}
    for kind in ("months", "weekdays", "relative", "relative_months", "relative_weeks", "relative_years", "ordinal_days",
                 "clause_offsets"):
        table: dict[Phrase, int] = {}
        for value, entry in raw[kind].items():
            for lang in ("ar", "en"):
                for w in entry.get(lang) or []:
                    if phrase_key(str(w)):
                        table[phrase_key(str(w))] = int(value)
        flat[kind] = table
    for kind in ("future", "past_weekday", "span", "not_after", "needs_number", "month_openers", "year_words", "body_before_date",
                 "body_after_date", "told_day", "denial_verbs", "arrival_after", "name_particles", "visit_span"):
        entries = raw[kind] if isinstance(raw[kind], list) else [w for lang in ("ar", "en") for w in (raw[kind].get(lang) or [])]
        flat[kind] = {phrase_key(str(w)): 1 for w in entries if phrase_key(str(w))}
    out: dict[str, dict[str, list[tuple[Phrase, int]]]] = {}
    for kind, table in flat.items():
        index: dict[str, list[tuple[Phrase, int]]] = {}
        for phrase, value in sorted(table.items(), key=lambda x: -len(x[0])):
            index.setdefault(phrase[0], []).append((phrase, value))
        out[kind] = index
    return out


def _at(tokens: list[Token], i: int, table: dict[str, list[tuple[Phrase, int]]]) -> tuple[int, int] | None:
    """(value, end) of the longest phrase of the table starting at token i."""
    if not 0 <= i < len(tokens) or tokens[i].punct:
        return None
    tok = tokens[i]
    for variant in tok.variants:
        for phrase, value in table.get(variant, ()):
            n = len(phrase)
            if i + n <= len(tokens) and all(phrase[k] in tokens[i + k].variants for k in range(1, n)):
                return value, i + n
    return None


def weekdays_in(tokens: list[Token], a: int, b: int) -> set[int]:
    """The weekdays tokens [a, b) name ("on Wednesday", "يوم الأحد"), as numbers.

    >>> from kg.extract.tokens import tokenize
    >>> weekdays_in(tokenize("met A on Wednesday and B on Sunday"), 0, 8)
    {2, 6}
    """
    table = _words()["weekdays"]
    return {found[0] for k in range(a, b) if (found := _at(tokens, k, table)) is not None}


def weekdays_in_at(tokens: list[Token], a: int, b: int) -> list[int]:
    """The token positions in [a, b) where a weekday's name begins.

    >>> from kg.extract.tokens import tokenize
    >>> weekdays_in_at(tokenize("met A on Wednesday and B on Sunday"), 0, 8)
    [3, 7]
    """
    table = _words()["weekdays"]
    return [k for k in range(a, b) if _at(tokens, k, table) is not None]


def _starts(tokens: list[Token], table: dict[str, list[tuple[Phrase, int]]],
            present: frozenset[str] | None = None) -> set[int]:
    """Positions where some phrase of the table may start (elsewhere `_at` is None): a quick pre-filter,
    skipped at once when no word of the sentence (`present`: all its token variants) starts one."""
    keys = table.keys()
    if present is not None and keys.isdisjoint(present):
        return set()
    return {i for i, tok in enumerate(tokens) if not tok.punct and not keys.isdisjoint(tok.variants)}


def _number(tok: Token | None, low: int, high: int) -> int | None:
    if tok is None or tok.punct or not tok.key.isdigit():
        return None
    value = int(tok.key)
    return value if low <= value <= high else None


def _tok(tokens: list[Token], k: int) -> Token | None:
    return tokens[k] if 0 <= k < len(tokens) else None


def _blocked(tokens: list[Token], words, present: frozenset[str] | None = None) -> set[int]:
    """Tokens from "since", "منذ", "after" ... to the next comma, and just after a speech verb
    ("said on Wednesday", "أعلن مساء الاثنين"): dates there are of something else."""
    out: set[int] = set()
    speech = lexicon().words("speech")       # the one-word speech verbs
    if present is None or not speech.isdisjoint(present):     # (none of the sentence's words: no token has one)
        for k, tok in enumerate(tokens):
            if not speech.isdisjoint(tok.variants[:2]) and not (k and tokens[k - 1].key in words["name_particles"]):
                out.update(range(k + 1, min(len(tokens), k + 5)))   # "said on Wednesday": when it was said
                # (not "Sultan Qaboos bin Said in Muscat on Sunday": a name)
    meeting = lexicon().words("meeting")
    for k in _starts(tokens, words["denial_verbs"], present):
        # "نفى X، أمس الجمعة، أن ...", "X on Friday denied that ...": up to its "that", when it was denied
        # (from the sentence's start when no meeting word comes before the verb)
        that = next((x for x in range(k + 1, min(len(tokens), k + 15)) if tokens[x].key in ("ان", "that")), None)
        if that is not None:
            told = any(not meeting.isdisjoint(t.variants) for t in tokens[:k])
            out.update(range(k + 1 if told else 0, that))
    for k in _starts(tokens, words["body_before_date"], present):    # "حركة 23 مارس": a body's name
        if k + 1 < len(tokens) and tokens[k + 1].key.isdigit() and _at(tokens, k, words["body_before_date"]) is not None:
            out.update(range(k + 1, min(len(tokens), k + 3)))
    for k in _starts(tokens, words["body_after_date"], present):     # "the March 14 alliance"
        if k >= 2 and tokens[k - 1].key.isdigit() and _at(tokens, k, words["body_after_date"]) is not None:
            out.update(range(k - 2, k))
    for k in _starts(tokens, words["told_day"], present):    # "في اليوم التالي": not today
        if (span := _at(tokens, k, words["told_day"])) is not None:
            out.update(range(k, span[1]))
    for k, tok in enumerate(tokens) if present is None or "who" in present or "whose" in present else ():
        if tok.key in ("who", "whose") and k > 0 and tokens[k - 1].punct == ",":
            # "Salam, who was named prime minister in April last year, received ...": when he was named
            end = next((x for x in range(k + 1, len(tokens)) if tokens[x].punct in (",", "،")), None)
            if end is not None and not any(not meeting.isdisjoint(t.variants) for t in tokens[k:end]):
                out.update(range(k, end))
    starts = _starts(tokens, words["not_after"], present)
    if not starts:
        return out
    arrival = words["arrival_after"]
    k = 0
    while k < len(tokens):
        if k in starts and (hit := _at(tokens, k, words["not_after"])) is not None \
                and (hit[1] >= len(tokens) or not any(v in arrival for v in tokens[hit[1]].variants)):
            # (not "after landing in Erbil on Sunday", "عقب وصوله إلى أربيل يوم الأحد": the day he came and met)
            while k < len(tokens) and tokens[k].punct not in (",", "،"):
                if any(v in meeting for v in tokens[k].variants):
                    break        # "بعد ... من زيارة رئيسي إلى الدوحة في شباط": the date of that visit
                out.add(k)
                k += 1
        k += 1
    return out


def _explicit(tokens: list[Token], published: dt.date | None, words, blocked: set[int],
              present: frozenset[str] | None = None, ahead: bool = False) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    starts = _starts(tokens, words["months"], present)
    if not starts:              # no month named: the loop below finds none
        return found
    i = 0
    while i < len(tokens):
        hit = _at(tokens, i, words["months"]) if i in starts else None
        if hit is None:
            i += 1
            continue
        month, end = hit
        while (nxt := _at(tokens, end, words["months"])) is not None and nxt[0] == month:
            end = nxt[1]                 # "نيسان/أبريل": one month, two names
        before = _number(_tok(tokens, i - 1), 1, 31)
        if before is None and i >= 2 and tokens[i - 1].key in ("من", "of"):
            before = _ordinal_before(tokens, i - 1, words)     # "الأول من أيار", "the first of May"
        day = before or _number(_tok(tokens, end), 1, 31)
        year_at = end + 1 if _number(_tok(tokens, end), 1, 31) else end
        if before is None and day and (last_day := _number(_tok(tokens, end + 1), 1, 31)) is not None and last_day > day:
            day, year_at = None, end + 2  # "March 27-28, 2022": days of a span, its month (and the year after them)
        elif before is not None and i >= 3 and tokens[i - 2].key in ("الي", "to", "until") \
                and (first_day := _number(_tok(tokens, i - 3), 1, 31)) is not None and first_day < before:
            day = None                    # "من 3 إلى 5 مايو", "from 3 to 5 May": the month of the span
        if year_at > end and (comma := _tok(tokens, year_at)) is not None and comma.punct == ",":
            year_at += 1                 # "May 25, 2022": the year after the day's comma
        year = _number(_tok(tokens, year_at), 1900, 2100)
        if not day and year is None and end - i == 1 and any(v in words["needs_number"] for v in tokens[i].variants) \
                and not (i > 0 and tokens[i - 1].key in words["month_openers"]):
            i = end                      # "may" the verb, not May ("in May" is the month); "باب" (a door),
            continue                     # not "ب" + "آب"
        if year is None and published is not None:    # "في مايو من العام الماضي", "in May last year"
            k = year_at + 1 if _tok(tokens, year_at) is not None and _tok(tokens, year_at).key in ("من", "of") else year_at
            rel = _at(tokens, k, words["relative_years"])
            if rel is not None:
                year = published.year + rel[0]
        if year is None and ((i > 0 and tokens[i - 1].key == "that") or any(
                t.key in ("نفسه", "ذاته") for t in tokens[end:end + 4])):
            # "in 2008, ... that December", "في كانون الأول من العام نفسه": the year the sentence named before
            prior = [y for t in tokens[:i] if (y := _number(t, 1900, 2100)) is not None]
            year = prior[-1] if prior else None
        if i in blocked:
            i = end
            continue
        last = _at(tokens, end, words["past_weekday"]) is not None or (i > 0 and tokens[i - 1].key == "last")
        if year is None and published is not None and not last and (
                ahead or _at(tokens, end, words["future"]) is not None
                or (i > 0 and _at(tokens, i - 1, words["future"]) is not None)):
            # "invited him to visit in April", "سبتمبر المقبل", "next September": the next one
            year = published.year if month >= published.month else published.year + 1
        elif year is None and published is not None:
            year = published.year if month <= published.month else published.year - 1
        if year is not None:
            if day:
                try:
                    found.append((i, dt.date(year, month, day).isoformat()))
                except ValueError:
                    pass
            else:
                found.append((i, f"{year:04d}-{month:02d}"))
        i = end
    return found


def _days(tokens: list[Token], published: dt.date, words, blocked: set[int], ahead: bool = False,
          present: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """Weekdays and relative days; "أمس الثلاثاء" (yesterday, Tuesday) is one date when they agree.
    With `ahead` (the sentence announces a meeting to come) a bare weekday is the next one."""
    found: list[tuple[int, str]] = []
    rel_starts = _starts(tokens, words["relative"], present)
    wd_starts = _starts(tokens, words["weekdays"], present)
    if not rel_starts and not wd_starts:     # no day named: the loop below finds none
        return found
    i = 0
    while i < len(tokens):
        rel = _at(tokens, i, words["relative"]) if i in rel_starts else None
        wd = _at(tokens, i, words["weekdays"]) if i in wd_starts else None
        if i in blocked or (rel is None and wd is None):
            i += 1
            continue
        if rel is not None:
            found.append((i, (published + dt.timedelta(days=rel[0])).isoformat()))
            i = rel[1]
            continue
        day, end = wd
        past = _at(tokens, end, words["past_weekday"]) is not None or (
            i > 0 and _at(tokens, i - 1, words["past_weekday"]) is not None)
        future = ahead and not past or _at(tokens, end, words["future"]) is not None or (
            i > 0 and _at(tokens, i - 1, words["future"]) is not None)
        # ("اتفقا ... يوم الجمعة الماضي على تنظيم الزيارة": last Friday, in a sentence of a visit to come)
        if future:
            delta = (day - published.weekday()) % 7
            date = published + dt.timedelta(days=delta)
        else:
            back = (published.weekday() - day) % 7
            if back == 0 and past:
                back = 7         # "last Wednesday" told on a Wednesday: the week before
            date = published - dt.timedelta(days=back)
        if found and found[-1][0] >= i - 2 and found[-1][1] != date.isoformat():
            found[-1] = (found[-1][0], "")     # "yesterday" and a weekday that disagree: unsure
        elif not (found and found[-1][0] >= i - 2):
            found.append((i, date.isoformat()))
        i = end
    return found


@lru_cache(maxsize=4096)
def _published(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        parts = [int(p) for p in text.split("-")]
        return dt.date(parts[0], parts[1], parts[2]) if len(parts) == 3 else None
    except (ValueError, IndexError):
        return None


def sentence_date(tokens: list[Token], published: str | None, *, years: bool = False, ahead: bool = False,
                  month_ahead: bool = False) -> str | None:
    """The date the sentence gives first for its event ('YYYY-MM-DD' or 'YYYY-MM'), else None;
    with `years`, a bare year ("عام 2021", "in 2013") too, as 'YYYY'. `ahead`: a bare weekday is
    the next one; `month_ahead`: a month without a year is the next one ("will visit in April")."""
    words = _words()
    pub = _published(published)
    present = frozenset([v for tok in tokens for v in tok.variants])   # read once for every table
    blocked = _blocked(tokens, words, present)
    found = _explicit(tokens, pub, words, blocked, present, month_ahead)
    if pub is not None:
        days = _days(tokens, pub, words, blocked, ahead, present)
        if found and days:      # "يوم الاثنين 7 تموز", "on Monday, July 7": the date the weekday names
            days = [(k, d) for k, d in days if not any(0 < e - k <= 3 and len(x) == 10 for e, x in found)]
        found += days
        found += _relative_months(tokens, pub, words, blocked, present)
        if not found:           # a week is the coarsest: "reported this week that they met on Monday"
            found = _relative_weeks(tokens, pub, words, blocked, present)
    if not found and years and not words["year_words"].keys().isdisjoint(present):   # (else no year word before any)
        found = [(k, tok.key) for k, tok in enumerate(tokens) if k and len(tok.key) == 4 and k not in blocked
                 and _number(tok, 1900, 2100) and _at(tokens, k - 1, words["year_words"]) is not None]
    if not found and years and pub is not None:     # "last year", "العام الماضي" with no month: that year
        found = [(k, f"{pub.year + hit[0]:04d}") for k in sorted(_starts(tokens, words["relative_years"], present))
                 if k not in blocked and (hit := _at(tokens, k, words["relative_years"])) is not None]
    if not found:
        return None
    date = min(found)[1]
    if not date:
        return None
    if len(date) == 10 and any(_at(tokens, k, words["span"]) is not None for k in sorted(_starts(tokens, words["span"], present))
                               if k not in blocked and k not in _visit_spans(tokens, words, present)):
        date = date[:7]         # (not "بعد أيام من سقوط النظام": days after something else; nor "في زيارة تستغرق
                                # يومين", "a two-day visit": the visit lasts, its meetings are of a day)
    return date


def _visit_spans(tokens: list[Token], words, present) -> set[int]:
    """The tokens a visit's length covers ("زيارة تستغرق يومين", "a two-day visit"), and the one right after it."""
    out: set[int] = set()
    for k in _starts(tokens, words["visit_span"], present):
        hit = _at(tokens, k, words["visit_span"])
        if hit is not None:
            out.update(range(k, hit[1] + 1))
    return out


def _ordinal_before(tokens: list[Token], end: int, words) -> int | None:
    """The day an ordinal ("الأول", "الحادي عشر", "الخامس والعشرين") or a number written right before
    token ``end`` gives ("... من أيار", "... من الشهر الجاري"), else None."""
    for start in range(max(0, end - 3), end):       # the longest first: "الخامس والعشرين", not "العشرين"
        ordinal = _at(tokens, start, words["ordinal_days"])
        if ordinal is not None and ordinal[1] == end:
            return ordinal[0]
    return _number(_tok(tokens, end - 1), 1, 31) if end >= 1 else None


def _relative_months(tokens: list[Token], published: dt.date, words, blocked: set[int],
                     present: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """"الشهر الماضي", "last month", "next month": that month of the publication date; with a day
    before it ("في الحادي عشر من الشهر الجاري", "في 3 من الشهر الماضي"), that day."""
    found: list[tuple[int, str]] = []
    for k in sorted(_starts(tokens, words["relative_months"], present)):
        hit = _at(tokens, k, words["relative_months"])
        if hit is None or k in blocked:
            continue
        month = published.month + hit[0]
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        day = _ordinal_before(tokens, k - 1, words) if k >= 2 and tokens[k - 1].key == "من" else None
        try:
            found.append((k, dt.date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"))
        except ValueError:
            found.append((k, f"{year:04d}-{month:02d}"))
    return found


def _relative_weeks(tokens: list[Token], published: dt.date, words, blocked: set[int],
                    present: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """"الأسبوع المقبل", "later this week", "last week": that week's month when the week (Monday to
    Sunday) lies in one month; a week across two months gives no date."""
    found: list[tuple[int, str]] = []
    for k in sorted(_starts(tokens, words["relative_weeks"], present)):
        hit = _at(tokens, k, words["relative_weeks"])
        if hit is None or k in blocked:
            continue
        start = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=hit[0])
        end = start + dt.timedelta(days=6)
        if start.month == end.month:
            found.append((k, f"{start.year:04d}-{start.month:02d}"))
    return found


def clause_offset(tokens: list[Token]) -> int | None:
    """Days between the event of a clause that opens with "a day after", "غداة", "the day before"...
    (data/lexicon/dates.yaml, clause_offsets) and the event of the clause before it: -1 when it came a
    day earlier. None when the clause opens with none of them (its first four words looked at: the
    caller passes the words before the clause's cut too, as "a day" stays before a cut at "after").

    >>> from kg.extract.tokens import tokenize
    >>> text = "a day after the two leaders met"
    >>> clause_offset(tokenize(text, 0, len(text)))
    -1
    """
    table = _words()["clause_offsets"]
    for k in range(min(4, len(tokens))):
        found = _at(tokens, k, table)
        if found is not None:
            return found[0]
    return None


def shifted(date: str, days: int) -> str:
    """A full date (YYYY-MM-DD) moved by some days.

    >>> shifted("2024-10-21", -1)
    '2024-10-20'
    """
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()

