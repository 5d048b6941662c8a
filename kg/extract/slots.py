"""Participant slots of a meeting trigger: the subject chain before it (or, Arabic verb first,
right after it), the object chain after it or after "with / مع / ب", "between X and Y" groups,
and a delegation "led by X" whose leader fills its slot. Only actors in a slot take part."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.dates import weekdays_in_at
from kg.extract.lexicon import lexicon
from kg.extract.matcher import Mention, _is_arabic, _match_title, last_mention_before
from kg.extract.tokens import Token, hyphened, phrase_key
from kg.extract.triggers import Hit

if TYPE_CHECKING:  # pragma: no cover
    from kg.extract.assemble import SentenceView

_SUBJECT_WINDOW = 2   # content words between a subject and its trigger, at most
_OBJECT_WINDOW = 2    # content words between a trigger and its object, at most
_STOP = ("meeting", "anaphoric_meeting", "speech", "subordinate", "negation", "between", "topic", "phone")
_LINK = {"and", "و", "&", "ثم"}
_STOP_KINDS = frozenset(_STOP)
_NO_KINDS: frozenset[str] = frozenset()        # a token of no lexicon kind (shared, never changed)
_SKIPPABLE = frozenset({"slot_skip", "locative", "agent_nouns", "side_words"})
_NOT_OFFICE = _STOP_KINDS | {"relative", "subordinate", "clause_breaks"}   # words that open a clause, not an office
_NOT_ITEM_OFFICE = frozenset({"meeting", "visit", "speech", "relative", "clause_breaks", "subordinate"})


def _kinds_at(view: "SentenceView") -> dict[int, set[str]]:
    """Lexicon kinds per token; a word inside a name is none ("غير" in "غير بيدرسون"), and a
    place or a location counts as a skippable word. Kept on the view until a role changes."""
    roles = tuple([m.role for m in view.mentions])
    cached = view.kinds_cache
    if cached is not None and cached[0] == roles:
        return cached[1]
    table = _kinds_table(view)
    view.kinds_cache = (roles, table)
    return table


def _kinds_table(view: "SentenceView") -> dict[int, set[str]]:
    inside = {k for m in view.mentions if m.actor for k in range(m.i, m.j)}
    table: dict[int, set[str]] = {}
    for h in view.hits:
        for k in range(h.i, h.j):
            if k not in inside:
                table.setdefault(k, set()).add(h.kind)
    for m in view.mentions:
        if (m.place and not m.actor) or m.role in ("location", "topic", "sponsor", "mediator", "host", "qualifier", "visited", "body_of"):
            for k in range(m.i, m.j + (m.role == "qualifier")):    # "Mossad chief": the title word too
                table[k] = {"slot_skip"}
    return table


def _gap_words(view: "SentenceView", a: int, b: int, kinds: dict[int, set[str]], allowed: tuple[str, ...]) -> int | None:
    """Content words in tokens [a, b) not of an allowed kind; None when a stopping word lies there."""
    n = 0
    tokens = view.tokens
    for k in range(a, b):
        tok = tokens[k]
        if tok.punct:
            continue
        here = kinds.get(k, _NO_KINDS)
        if not here.isdisjoint(_STOP_KINDS) or ("clause_breaks" in here and tok.key not in _LINK):
            return None
        if not here.isdisjoint(allowed):
            continue
        n += 1
    return n


def _titled_from(view: "SentenceView", k: int, end: int, kinds: dict[int, set[str]]) -> bool:
    """Tokens k..end are an office before a name (at ``end``): up to three plain words ("former",
    "parliament", "Popular Mobilization Forces") and a title phrase that ends right at the name, or
    that the name's mention begins with."""
    if end - k > 4:
        return False
    plain = lambda start: all(not t.punct and kinds.get(n, _NO_KINDS).isdisjoint(_NOT_OFFICE)  # noqa: E731
                              for n, t in enumerate(view.tokens[k:start], k))   # (not ", which President Y")
    if end - k <= 3 and _match_title(view.tokens, end) is not None:
        return plain(end)                   # the name's mention begins with its title: "former premier Y"
    for start in range(k, end):
        title = _match_title(view.tokens, start)
        if title is not None and title[0] == end:
            return plain(start)
        if title is not None and title[0] < end and view.tokens[title[0]].key in ("of", "for"):
            return plain(end)               # "Assistant Secretary of Defense Y": the office's "of" phrase
    return False


def _apposition_then_and(view: "SentenceView", gap: list["Token"], start: int, kinds: dict[int, set[str]],
                         opened: bool = False) -> bool:
    """An English gap of an apposition set off by commas, then "and" (or "and with"): ", head of
    Libya's Presidential Council, and with" (no verb or meeting word inside the apposition).
    ``opened``: the first comma and the apposition's title are inside the name's mention already."""
    ranks = lexicon().words("ranks")
    while len(gap) > 2 and not ranks.isdisjoint(gap[-1].variants):
        gap = gap[:-1]          # "..., and Maj Gen Y": the next item's rank
    if len(gap) < 2 or _is_arabic(gap[0].key) or gap[-1].key not in ("and", "with") \
            or not (opened or gap[0].punct == ","):
        return False
    close = max((k for k, t in enumerate(gap) if t.punct == ","), default=-1)
    tail = [t.key for t in gap[close + 1:]]
    if close < (0 if opened else 1) or tail not in (["and"], ["and", "with"]) or close > 9:
        return False
    inner = range(start + (0 if opened else 1), start + close)
    return not any(view.tokens[k].punct not in ("'", "’") and view.tokens[k].punct
                   or kinds.get(k, _NO_KINDS) & {"meeting", "visit", "speech", "relative", "clause_breaks"}
                   for k in inner)


def _linked(view: "SentenceView", left: Mention, right: Mention, kinds: dict[int, set[str]]) -> bool:
    """Two mentions are items of one slot: joined by 'and'/'و'/comma (or 'with'), or adjacent in
    Arabic ("التقى الأسد بزيلينسكي": subject then object, both after the verb)."""
    gap = view.tokens[left.j:right.i]
    if any(left.j <= h.i < right.i for h in view.of("participation")):
        return False                        # "مع العبادي، بحضور ولي العهد": who attends is no item of the slot
    owner = next((m for m in view.mentions if m.j == right.i - 2 and m.i >= left.j), None)
    if owner is not None and view.tokens[right.i - 2].punct in ("'", "’") and view.tokens[right.i - 1].key == "s" \
            and _of(view, right, owner):
        gap = view.tokens[left.j:owner.i]   # "and Iran's Zarif": the owner is part of the item
    if gap and _is_arabic(gap[0].key) and not gap[0].punct:
        title = _match_title(view.tokens, left.j)
        if title is not None and title[2] and right.i - title[0] <= 1:
            return True                     # "اجتماع X بالرئيس السوري Y": a title with its preposition
    if _apposition_then_and(view, gap, left.j, kinds,
                            opened=any(t.punct == "," for t in view.tokens[left.i:left.j])):
        return True                         # "with X, head of Libya's Presidential Council, and with Y"
    if gap and gap[0].key in ("of", "for") and len(gap) <= 4 and _kind(view, right) == "person" \
            and any(t.punct == "," for t in view.tokens[left.i:left.j]) \
            and all(not t.punct and kinds.get(k, _NO_KINDS).isdisjoint(_NOT_OFFICE) for k, t in enumerate(gap, left.j)):
        return True                         # "X, Under Secretary of Defense Y": the title read into X's mention is Y's
    # a body qualifying the next item's office ("والأمين العام لحركة الجهاد الإسلامي X"): part of that item
    qualified = {k for m in view.mentions if m.role == "qualifier" and left.j <= m.i and m.j <= right.i
                 for k in range(m.i, m.j)}
    if len(gap) - len(qualified) > 5:
        return False
    if len(gap) == 2 and gap[0].punct in ("'", "’") and gap[1].key == "s":
        return _of(view, right, left)      # "Iran's Mohammad Javad Zarif": one item
    skipped = 0
    ranks = lexicon().words("ranks")
    copulas = lexicon().words("clause_copulas")
    if any(k > 0 and not copulas.isdisjoint(tok.variants) and gap[k - 1].punct in (",", "،") for k, tok in enumerate(gap)):
        return False                        # "بين طهران وواشنطن، وكان البوسعيدي قد زار": a new clause, a new subject
    venue: set[int] = set()                 # "X في عين التينة، ثم Y": where he met X, a place the gazetteer lacks
    for k in range(left.j, right.i):
        if "locative" in kinds.get(k, _NO_KINDS) and _is_arabic(view.tokens[k].key):
            end = next((x for x in range(k + 1, min(k + 4, right.i)) if view.tokens[x].punct), None)
            if end is not None and end > k + 1 and all(not kinds.get(x) and not view.tokens[x].punct
                                                       for x in range(k + 1, end)):
                venue.update(range(k, end))
    for k, tok in enumerate(gap, left.j):
        if k in venue:
            skipped += 1
            continue
        if tok.punct in (",", "،") or tok.key in _LINK or "slot_glue" in kinds.get(k, ()) or _time_prefix(view, k):
            continue
        if "separately" in kinds.get(k, ()) and k > left.j and gap[k - left.j - 1].punct in (",", "،"):
            skipped += 2                    # "King Abdullah and, separately, Mahmoud Abbas": both objects, one each
            continue
        if k in qualified:
            skipped += 1
            continue
        if not kinds.get(k, _NO_KINDS).isdisjoint(_SKIPPABLE):   # "X في بغداد مع Y", "X مسؤولين من Y"
            skipped += 1
            continue
        if right.i - k <= 2 and not ranks.isdisjoint(tok.variants):
            skipped += 1                    # "Hamdok and General al-Burhan", "والفريق أول البرهان": the next item's rank
            continue
        if right.i - k <= 4 and _is_arabic(tok.key) and (
                _match_title(view.tokens, k) is not None
                or not lexicon().words_union("title_modifiers", "possessive_aides").isdisjoint(tok.variants)):
            skipped += 1                    # "X ورئيس جهاز الموساد Y", "X ومساعد الرئيس Y": the next item's office
            continue                        # ("X وكبير مساعديه Y": his own aide)
        if k > left.j and (gap[k - left.j - 1].punct in (",", "،") or gap[k - left.j - 1].key in _LINK
                           or _time_prefix(view, k - 1)) and _titled_from(view, k, right.i, kinds):
            skipped += right.i - k          # "X and former premier Y", "X, parliament speaker Y": the next item's office
            break
        return False
    if len(gap) - skipped > 2:
        return False
    if gap:
        return True
    if view.tokens[right.i].conj:
        return True
    text, off = view.sentence.text, view.sentence.start
    if text[view.tokens[left.j - 1].end - off:view.tokens[right.i].start - off].strip(" .") in ("-", "–", "/"):
        return True                          # "Saudi-Iranian talks", "U.S.-Iran talks"
    return _is_arabic(view.tokens[right.i].key)


def _time_prefix(view: "SentenceView", k: int) -> bool:
    """Token k dates the office after it by a hyphen: "then-British Foreign Secretary X"."""
    toks = view.tokens
    return k + 1 < len(toks) and toks[k].key in lexicon().words("office_time_prefixes") \
        and hyphened(view.sentence.text, toks[k], toks[k + 1], view.sentence.start)


def _of(view: "SentenceView", person: Mention, state: Mention) -> bool:
    actor = view.actor(person)
    return actor is not None and actor.type == "person" and actor.affiliation == state.actor


def _chain(view: "SentenceView", start: Mention, pool: list[Mention], forward: bool,
           kinds: dict[int, set[str]]) -> list[Mention]:
    out = [start]
    ordered = pool if forward else list(reversed(pool))
    cur = start
    for m in ordered:
        if m is cur or (forward and m.i < cur.j) or (not forward and m.j > cur.i):
            continue
        left, right = (cur, m) if forward else (m, cur)
        if _linked(view, left, right, kinds):
            out.append(m)
            cur = m
            continue
        held = _office_holder_item(view, cur, ordered, forward, kinds)
        if held is not None:     # "X and the commander of U.S. Africa Command, General Y,": Y, past the body
            out.append(held)
            cur = held
            continue
        break
    return out


def _office_holder_item(view: "SentenceView", cur: Mention, ordered: list[Mention], forward: bool,
                        kinds: dict[int, set[str]]) -> Mention | None:
    """The next list item after (or before) ``cur`` when it is a person whose office is told first, set
    off by commas: "A, B and the commander of U.S. Africa Command, General Y, met Z" (English). The
    mentions inside the office (its body, its state) are no items."""
    toks = view.tokens
    if not toks or _is_arabic(toks[0].key):
        return None
    persons = [m for m in ordered if (m.i >= cur.j if forward else m.j <= cur.i) and _kind(view, m) == "person"]
    if not persons:
        return None
    left, right = (cur, persons[0]) if forward else (persons[0], cur)
    gap = toks[left.j:right.i]
    k = 1 if gap and gap[0].punct == "," else 0
    if len(gap) < k + 5 or gap[k].key != "and" or gap[k + 1].key != "the" \
            or right.j >= len(toks) or toks[right.j].punct != ",":
        return None
    close = max(n for n, t in enumerate(gap) if t.punct == "," or n == k)
    ranks = lexicon().words("ranks")
    inner = range(left.j + k + 2, left.j + close)
    if close <= k + 2 or len(inner) > 8 or any(ranks.isdisjoint(t.variants) for t in gap[close + 1:]) \
            or not any(toks[n].key == "of" for n in inner):
        return None
    if any(toks[n].punct and toks[n].punct not in ("'", "’") or kinds.get(n, _NO_KINDS) & _NOT_ITEM_OFFICE for n in inner):
        return None
    return right if forward else left


def _led_by(view: "SentenceView", items: list[Mention], pool: list[Mention], kinds: dict[int, set[str]]) -> list[Mention]:
    """Items plus the leaders of a delegation among them ("وفد روسي برئاسة X", "a delegation led by X")."""
    out = list(items)
    for h in view.of("led_by"):
        if not any(0 <= h.i - m.j <= 2 for m in items):
            continue
        after = [m for m in pool if m.i >= h.j and m not in out]
        gap = _gap_words(view, h.j, after[0].i, kinds, ("slot_glue", "slot_skip")) if after else None
        titled = gap is not None and gap <= 6 and _kind(view, after[0]) == "person" \
            and not any(t.punct for t in view.tokens[h.j:after[0].i])   # "ترأسه أمين المجلس الأعلى ... علي شمخاني"
        if after and (gap == 0 or titled):
            leaders = [m for m in pool if _kind(view, m) == "person"] if _kind(view, after[0]) == "person" else pool
            for m in _chain(view, after[0], leaders, True, kinds):     # "led by X and Y", not the next delegation
                if m not in out:
                    out.append(m)
    return out


def between_items(view: "SentenceView", first: Mention, pool: list[Mention]) -> list[Mention]:
    """The items of a "between" list starting at `first`, a delegation's leader with it."""
    kinds = _kinds_at(view)
    items = [first]
    cur = first
    while True:
        led = _led_by(view, [cur], pool, kinds)
        last = max(led, key=lambda m: m.j)
        items += [m for m in led if m not in items]
        nxt = next((m for m in pool if m.i >= last.j and m not in items), None)
        if nxt is None or not _linked(view, last, nxt, kinds):
            return items
        items.append(nxt)
        cur = nxt


def _first_after(view: "SentenceView", j: int, pool: list[Mention], kinds: dict[int, set[str]], window: int) -> Mention | None:
    for m in pool:
        if m.i >= j:
            gap = _gap_words(view, j, m.i, kinds, ("slot_glue", "slot_skip", "led_by", "agent_nouns",
                                                   "cue:host", "cue:sponsor", "cue:mediator"))
            venue = _venue_words(view, j, m.i, kinds) if _kind(view, m) == "person" else 0
            return m if gap is not None and gap - venue <= window else None
    return None


def _venue_words(view: "SentenceView", a: int, b: int, kinds: dict[int, set[str]]) -> int:
    """Words of a venue the gazetteer does not know, "في قصر بعبدا" ("at Baabda palace"), in tokens
    [a, b): a locative, a place noun and the one word naming it; a time-and-place aside, not content."""
    nouns = lexicon().words("named_place_nouns")
    for k in range(a, b - 2):
        if "locative" in kinds.get(k, _NO_KINDS) and not nouns.isdisjoint(view.tokens[k + 1].variants) \
                and not view.tokens[k + 2].punct and not kinds.get(k + 2):
            return 3
    return 0


def aside_end(view: "SentenceView", i: int, kinds: dict[int, set[str]] | None = None) -> int | None:
    """A time aside between commas opened by the subordinate word at ``i`` ("، بعد ساعات من
    وصوله،", ", hours after his arrival,"): the token after its closing comma; None when the word
    opens no closed aside (no comma before it or soon after it, a name or a clause-opening word inside)."""
    kinds = _kinds_at(view) if kinds is None else kinds
    tokens = view.tokens
    if i < 1 or tokens[i - 1].punct not in (",", "،") or "subordinate" not in kinds.get(i, _NO_KINDS):
        return None
    for k in range(i + 1, min(i + 7, len(tokens))):
        if tokens[k].punct in (",", "،"):
            if any(m.actor and m.i < k and m.j > i for m in view.mentions) \
                    or any(not kinds.get(x, _NO_KINDS).isdisjoint(_STOP_KINDS) for x in range(i + 1, k)):
                return None
            return k + 1
        if tokens[k].punct:
            return None
    return None


def _past_aside(view: "SentenceView", j: int, kinds: dict[int, set[str]]) -> int | None:
    """Where a verb's object may start after a time aside ("التقى السبت، عقب وصوله، Y"): after the
    aside that opens at most two skippable words after the verb; None when there is none."""
    tokens = view.tokens
    c = j
    while c < len(tokens) and not tokens[c].punct and "slot_skip" in kinds.get(c, _NO_KINDS) and c - j < 2:
        c += 1
    return aside_end(view, c + 1, kinds) if c + 1 < len(tokens) else None


def _last_before(view: "SentenceView", i: int, pool: list[Mention], kinds: dict[int, set[str]], window: int) -> Mention | None:
    best = last_mention_before(pool, i)
    if best is None:
        return None
    then = i - 1 >= best.j and view.tokens[i - 1].key == "then"    # (and "Wang then held talks")
    if then:
        i -= 1                  # "The three ministers, A, B and C, then held talks": 'then' opens no clause here
    # ("بنس يعتزم، وفق البيت الأبيض، لقاء X": an attribution aside stands outside the slot's gap)
    gap, aside = _gap_outside_aside(view, best.j, i, kinds, ("slot_skip", "agent_nouns", "slot_glue")) \
        if view.of("attribution_after") else (_gap_words(view, best.j, i, kinds, ("slot_skip", "agent_nouns", "slot_glue")), None)
    toks = view.tokens[best.j:i] if aside is None else view.tokens[best.j:aside[0]] + view.tokens[aside[1]:i]
    if any(t.key in ("ان", "that") or t.punct in (";", "؛") for t in toks):
        return None             # "أعلن X أن لقاء A وB ...", "X said that talks with B ...": who says it is no subject;
        # nor is a name before a semicolon ("زيارة غوتيريش لليبيا؛ إذ التقى غوتيريش ... السراج")
    if toks and toks[-1].punct in (",", "،") and not then \
            and not any("slot_skip" in kinds.get(k, ()) for k in range(best.j, i)):
        return None             # "... after the fall of Assad, meeting Sharaa": not the subject
    if cancelled_between(view, best.j, i):
        return None             # "أعلنت X أمس تأجيل زيارة Y": who announces the postponement is no side of the visit
    if len(toks) >= 2 and toks[0].punct in (",", "،") and not then and all(
            not t.punct and "slot_skip" in kinds.get(best.j + k, ()) for k, t in enumerate(toks) if k):
        return None             # "X, secretary of the Council, had met Y": the apposition's body is no subject
    return best if gap is not None and gap <= window else None


def attribution_verbs(tokens: list[Token], by_kind) -> set[int]:
    """The tokens of the verbs an attribution cue tells with "ما" ("بحسب ما ذكرت رويترز", "وفق ما أعلن X"):
    the attribution's own verb, no speech of the sentence's."""
    skips = {h.i for h in by_kind["attribution_skip"]}
    return {h.j + 1 for h in by_kind["attribution_after"] if h.j in skips and h.j + 1 < len(tokens)}


def _attribution_aside(view: "SentenceView", a: int, b: int) -> tuple[int, int] | None:
    """The span [start, end) of an attribution set off by commas inside tokens [a, b) ("، وفق البيت
    الأبيض،", ", according to the White House,"): its opening comma, the cue, its sources, the closing comma."""
    for h in view.of("attribution_after"):
        if not (a < h.i <= b) or view.tokens[h.i - 1].punct not in (",", "،"):
            continue
        close = next((k for k in range(h.j, b) if view.tokens[k].punct in (",", "،")), None)
        if close is None:
            continue
        inside = {k for m in view.mentions if m.role == "source" and h.j <= m.i and m.j <= close for k in range(m.i, m.j)}
        if not inside:
            continue
        inside |= {k for kind in ("attribution_skip", "slot_glue") for x in view.of(kind) for k in range(x.i, x.j)}
        inside |= attribution_verbs(view.tokens, view.by_kind)
        if all(k in inside for k in range(h.j, close)):
            return h.i - 1, close + 1
    return None


def _gap_outside_aside(view: "SentenceView", a: int, b: int, kinds: dict[int, set[str]],
                       allowed: tuple[str, ...]) -> tuple[int | None, tuple[int, int] | None]:
    """_gap_words over tokens [a, b) without an attribution aside inside them, and that aside's span (called
    only where the sentence has an attribution cue)."""
    aside = _attribution_aside(view, a, b)
    if aside is None:
        return _gap_words(view, a, b, kinds, allowed), None
    left, right = _gap_words(view, a, aside[0], kinds, allowed), _gap_words(view, aside[1], b, kinds, allowed)
    return (None if left is None or right is None else left + right), aside


def _sides(view: "SentenceView", items: list[Mention]) -> set[str]:
    """The sides items stand for: a person's state, else the actor ("الإيرانيين علي باقري كني" is one side)."""
    out = set()
    for m in items:
        actor = view.actor(m)
        out.add(actor.affiliation if actor is not None and actor.type == "person" and actor.affiliation else m.actor)
    return out


def _main_subject(view: "SentenceView", t: Hit, pool: list[Mention], taken: list[Mention],
                  earlier: list[Mention]) -> Mention | None:
    """The dropped subject of a later verb ("X arrived ... and held talks with Y", "زار X تركيا
    حيث التقى Y"): the first person in an earlier trigger's slots, else the sentence's first person."""
    own = {m.actor for m in taken}
    persons = [m for m in earlier + pool if m.j <= t.i and m.actor not in own
               and (a := view.actor(m)) is not None and a.type == "person"]
    that = max((k for k in range(t.i) if view.tokens[k].key in ("that", "ان")), default=-1)
    inner = [m for m in persons if m.i > that]   # "remarks by X that Y might accept a meeting with Z": Y
    persons = inner or persons
    quiet = [m for m in persons if not _speaker(view, m)]   # "X said the agenda of Y holds no meeting with Z"
    quiet = [m for m in quiet if not in_subordinate_phrase(view, m)] or quiet   # not "منذ سقوط الأسد، اختار الشرع": Sharaa
    return (quiet or persons)[0] if persons else None


def _speaker(view: "SentenceView", m: Mention) -> bool:
    """The mention says something: right before a speech verb, or right after one that may have its
    speaker after it (speaks_after)."""
    return any(0 <= h.i - m.j <= 1 or 0 <= m.i - h.j <= 1 and speaks_after(view, h) for h in view.of("speech"))


def speaks_after(view: "SentenceView", h: Hit) -> bool:
    """A name right after this speech verb may be its speaker: always in Arabic ("قال X"), in English
    only after a quote or a comma ('"...," said Peskov'; "Haley said Trump might ..." is Trump's)."""
    toks = view.tokens
    return _is_arabic(toks[h.i].key) or (h.i > 0 and bool(toks[h.i - 1].punct))


def _subject_before_aside(view: "SentenceView", t: Hit, pool: list[Mention], kinds: dict[int, set[str]]) -> Mention | None:
    """"عقد X، اليوم الاثنين، في مدينة العلمين، قمة مع Y": the person right before a time-and-place
    aside set off by commas is the subject of the meeting noun after it."""
    prev = next((m for m in reversed(pool) if m.j < t.i), None)
    if prev is None or _kind(view, prev) != "person" or not view.tokens[prev.j].punct:
        return None
    gap = _gap_words(view, prev.j, t.i, kinds, ("slot_skip", "locative", "slot_glue"))
    places = sum(1 for m in view.mentions if m.place and not m.actor and prev.j <= m.i < t.i)
    return prev if gap is not None and gap - places <= 2 else None


def slot_mentions(view: "SentenceView", triggers: list[Hit], pool: list[Mention],
                  subject: Mention | None = None) -> list[Mention]:
    """The mentions standing in the subject or object slot of the triggers: each trigger's
    subject and object chains; a trigger with an object but no subject takes the sentence's
    first person as its subject. Only triggers whose slots hold two actors count."""
    kinds = _kinds_at(view)
    out: list[Mention] = []
    earlier: list[Mention] = []
    for t in triggers:
        window = 1 if _is_arabic(view.tokens[t.i].key) else _SUBJECT_WINDOW   # Arabic: VSO, or S right before V
        subj = _last_before(view, t.i, pool, kinds, window)
        if subj is None and window == 1 and t.i > 0 and view.tokens[t.i - 1].punct in (",", "،"):
            subj = _subject_before_aside(view, t, pool, kinds)
        subjects = _chain(view, subj, pool, False, kinds) if subj is not None else []
        obj = _first_after(view, t.j, pool, kinds, _OBJECT_WINDOW)
        if obj is None and (past := _past_aside(view, t.j, kinds)) is not None:
            obj = _first_after(view, past, pool, kinds, _OBJECT_WINDOW)   # "التقى السبت، عقب وصوله، Y"
        if obj is not None and _kind(view, obj) != "person":
            # "with EU foreign policy chief Josep Borrell and ...": the body qualifies its official's office
            own = next((m for m in pool if m.i >= obj.j), None)
            if own is not None and own.i - obj.j <= 4 and _of(view, own, obj) \
                    and not any(tok.punct or tok.key in _LINK for tok in view.tokens[obj.j:own.i]):
                obj = own
        objects = _chain(view, obj, pool, True, kinds) if obj is not None else []
        if len(objects) == 1 and not subjects and _is_arabic(view.tokens[t.i].key):
            # "التقى X، أمس الأحد في صنعاء، Y": verb, subject, a time-and-place aside, then the object
            nxt = next((m for m in pool if m.i >= objects[0].j), None)
            if nxt is not None and _kind(view, nxt) == "person":
                # ("التقى X، بحسب ما ذكرت رويترز، Y": the attribution aside is no gap word)
                gap = _gap_outside_aside(view, objects[0].j, nxt.i, kinds, ("slot_skip", "locative", "slot_glue"))[0] \
                    if view.of("attribution_after") else _gap_words(view, objects[0].j, nxt.i, kinds,
                                                                    ("slot_skip", "locative", "slot_glue"))
                places = sum(1 for m in view.mentions if m.place and not m.actor and objects[0].j <= m.i < nxt.i)
                attend = any(objects[0].j <= h.i < nxt.i for h in view.of("participation"))
                # (not "مع العبادي، بحضور ولي العهد": who attends is no object of the verb)
                aside = any(tok.punct for tok in view.tokens[objects[0].j:nxt.i]) and gap - places <= 1 if gap is not None \
                    else False
                # "التقى غوتيريش في طرابلس يوم الخميس رئيس المجلس الرئاسي فايز السراج": an aside of time and place
                # only, without commas, also sets the object off from the subject
                aside = aside or gap == places and nxt.i > objects[0].j and _kind(view, objects[0]) == "person"
                if aside and not attend:
                    objects = objects + _chain(view, nxt, pool, True, kinds)
        items = _led_by(view, subjects + objects, pool, kinds)
        said_self = any(0 <= t.i - r.j <= 1 for r in view.of("self_reference"))   # "X said he met Y"
        own = self_trigger(view, t)                                                # "لقائه مع Y", "في استقباله"
        apart = not subjects and len(items) >= 2 and (any(t.i - 1 <= h.i <= t.j for h in view.of("separately")) or (
            len(objects) >= 2 and any(objects[0].j <= h.i < objects[-1].i for h in view.of("in_turn") + view.of("separately"))))
        # "سيعقد لقاءين منفصلين مع A وB", "will hold separate talks with A and B", "والتقى A ثم B", "and met
        # A, then B": the dropped subject met each
        purpose = not subjects and _trip_purpose(view, t)   # "travelled to Tehran for talks with A and B": his
        # an English verb's objects never hold its subject ("Burns makes Libya visit, meets Dbeibah and Haftar")
        verb_objects = not subjects and bool(objects) and any(v.i == t.i for v in view.of("meeting_verbs"))
        # "تزامن مع زيارة غوتيريش لليبيا": a visit noun's genitive visits the state after it; the sentence's
        # first person takes no part in that visit
        visit_to = bool(objects) and not subjects and any(v.i == t.i for v in view.of("visit")) and any(
            (m.i == objects[-1].j or (m.i == objects[-1].j + 1 and view.tokens[objects[-1].j].key in ("الى", "الي", "to")))
            and _destination(view, m) for m in view.mentions)     # (or "زيارة ولي العهد إلى تركيا")
        # "باجتماع مع السيسي، حضره رجي": who attends it joins the meeting but is no side of the verb's
        core = [m for m in items if not any(t.j <= h.i < m.i for h in view.of("joined_it"))]
        if (not subjects and not visit_to and (len(_sides(view, core)) == 1 or said_self or apart or purpose
                                               or verb_objects)) or own:
            main = (_main_subject(view, t, pool, items, [] if said_self else earlier) if not said_self
                    else next((m for m in pool if m.j <= t.i and _speaker(view, m) and m not in items), None)
                    or _main_subject(view, t, pool, items, earlier)) or (subject if subject not in items else None)
            if main is not None:
                items.append(main)
                if main in pool and not said_self:   # "X and Y would arrive ... for talks with Z": both its subject
                    items += [m for m in _chain(view, main, pool, True, kinds)[1:]
                              if m.j <= t.i and m not in items and _kind(view, m) == "person"]
        earlier += subjects + objects
        if len({m.actor for m in items}) >= 2:
            out += [m for m in items if m not in out]
    if out:
        for m in _attending(view, pool, kinds):
            if m not in out:
                out.append(m)
    return sorted(out, key=lambda m: m.i)


def cancelled_between(view: "SentenceView", a: int, b: int) -> bool:
    """A cancellation noun in tokens [a, b) ("أعلنت X أمس تأجيل زيارة Y"): what follows is called off, and
    who announces it is no side of it."""
    nouns = lexicon().words("cancellation_nouns")
    return any(a <= c.i < b and not nouns.isdisjoint(view.tokens[c.i].variants) for c in view.of("cue:cancellation"))


def self_trigger(view: "SentenceView", t: Hit) -> bool:
    """The trigger names its owner's meeting by a pronoun suffix ("لقائه", "محادثاته", "في استقباله"), or
    by its own verb's ("لقاء جمعه بـX", "قمة ثلاثية جمعته بـA وB")."""
    return any(r.i <= t.i < r.j for r in view.of("self_triggers")) or any(
        t.j <= g.i <= t.j + 2 and not any(tok.punct for tok in view.tokens[t.j:g.i]) for g in view.of("gathered_him"))


def _trip_purpose(view: "SentenceView", t: "Hit") -> bool:
    """The meeting noun says what a trip told before it in the sentence is for: "travel to Tehran
    for a summit with A and B", "توجه إلى طهران لإجراء محادثات مع A وB"."""
    trips = [v for v in view.of("visit") if v.j <= t.i]
    if not trips:
        return False
    purpose = lexicon().words("trip_purpose")
    if all(purpose.isdisjoint(view.tokens[k].variants) for k in range(max(0, t.i - 3), t.i)):
        return False
    pool = [m for m in view.mentions if m.actor or m.place]
    dests = {d for m in _visit_after(view, trips[-1].j, pool, _kinds_at(view)) if (d := _destination(view, m))}
    return len(dests) <= 1      # (a trip to Abu Dhabi and Riyadh "for talks with A and B": one host each)


def attendees(view: "SentenceView", pool: list[Mention]) -> list[Mention]:
    """The actors of the sentence's attendance lists ("بمشاركة وفود روسيا وتركيا", "attended by X and Y")."""
    return _attending(view, pool, _kinds_at(view)) if view.any("participation") else []


def _attending(view: "SentenceView", pool: list[Mention], kinds: dict[int, set[str]]) -> list[Mention]:
    """Actors said to attend ("بمشاركة X", "in the presence of X", "accompanied by X")."""
    out: list[Mention] = []
    if not view.of("participation") and not view.of("led_by") and not view.of("accompanied") \
            and not view.of("in_attendance"):
        return out          # (none of the cues below)
    persons = [m for m in pool if _kind(view, m) == "person"]
    for h in view.of("participation"):
        if _later_trip(view, h):
            continue
        first = _first_after(view, h.j, pool, kinds, 3)
        if first is None:       # "بمشاركة مدير مكتب لجنة الشؤون الخارجية ... وانغ يي": a long unknown title
            far = next((m for m in persons if m.i >= h.j), None)
            if far is not None and far.i - h.j <= 12 and not any(t.punct for t in view.tokens[h.j:far.i]):
                first = far
        if first is not None:
            items = _chain(view, first, pool, True, kinds)
            nxt = _after_relative(view, items[-1], pool)
            if nxt is not None:   # "بحضور X الذي تولى التفاوض، ووزير الخارجية Y": the list goes on after the aside
                items += _chain(view, nxt, pool, True, kinds)
            out += _led_by(view, items, pool, kinds)
    meeting_ends = {t.j for t in view.of("meeting") + view.of("anaphoric_meeting")}
    relatives = {r.i for r in view.of("relative")}
    for h in view.of("led_by"):            # "القمة التي ترأسها X", "the summit chaired by X": the chair attends
        k = h.i - 1 if h.i - 1 in relatives else h.i
        end = max((e for e in meeting_ends if e <= k), default=None)
        if end is not None and end < k and k - end <= 10 and _is_arabic(view.tokens[h.i].key) and not any(
                m.actor and end <= m.i < k for m in view.mentions) and not any(
                t.punct in (",", "،") for t in view.tokens[end:k]) and not any(
                end <= b.i < k for b in view.of("clause_breaks")):
            k = end    # "الاجتماع الثاني للجنة في 20 تشرين الثاني 2024 برئاسة X": its time between, X chairs it
        if k in meeting_ends:
            chair = next((m for m in persons if m.i >= h.j), None)
            if chair is not None and chair.i - h.j <= 3 and chair not in out:
                out.append(chair)
    for h in view.of("accompanied"):
        companion = next((m for m in reversed(pool) if m.j <= h.i), None)
        if companion is not None and all(t.punct for t in view.tokens[companion.j:h.i]):
            out.append(companion)
    for h in view.of("in_attendance"):     # "..., with External Affairs Minister S. Jaishankar in attendance"
        present = next((m for m in reversed(pool) if m.j == h.i), None)
        if present is not None and with_before(view, present, 5) and present not in out:
            out.append(present)          # (its title between: "with External Affairs Minister S. Jaishankar")
    return out


def with_before(view: "SentenceView", m: Mention, reach: int) -> bool:
    """"with" stands at most ``reach`` words before the mention, no punctuation between: "with External
    Affairs Minister S. Jaishankar in attendance", "with EU foreign policy chief Catherine Ashton chairing"."""
    k = next((k for k in range(m.i - 1, max(-1, m.i - 1 - reach), -1)
              if view.tokens[k].key == "with" or view.tokens[k].punct), None)
    return k is not None and view.tokens[k].key == "with"


def _later_trip(view: "SentenceView", h: Hit) -> bool:
    """The cue stands in a clause of a later trip ("التقى X Y، قبل أن يتوجه إلى الموصل برفقة Z", "then flew to
    Mosul with Z"): a subordinate word and a trip verb between the last meeting word and the cue."""
    before = [t for t in view.of("meeting") if t.j <= h.i and not any(v.i == t.i for v in view.of("visit"))]
    if not before:
        return False
    t = before[-1]
    return any(t.j <= s.i < h.i for s in view.of("subordinate")) and any(t.j <= v.i < h.i for v in view.of("visit"))


def _after_relative(view: "SentenceView", last: Mention, pool: list[Mention]) -> Mention | None:
    """The list item after a relative clause on the last one ("X الذي تولى التفاوض غير المباشر،
    ووزير الخارجية Y", "X, who led the talks, and Y"): the next mention, when only the clause (no
    meeting word, at most eight words) and a comma with "and" stand between."""
    k = last.j
    toks = view.tokens
    if k >= len(toks) or not any(r.i == k or (r.i == k + 1 and toks[k].punct) for r in view.of("relative")):
        return None
    nxt = next((m for m in pool if m.i > k), None)
    if nxt is None or nxt.i - k > 10 or any(k <= h.i < nxt.i for h in view.of("meeting")):
        return None
    before = toks[nxt.i - 1]
    comma = toks[nxt.i - 2].punct in (",", "،") if nxt.i - 2 > k else False
    if toks[nxt.i].conj and toks[nxt.i - 1].punct in (",", "،") or comma and before.key in ("and", "و"):
        return nxt
    return None


def dyad_subject(view: "SentenceView", triggers: list[Hit], kind: str = "dyad_words") -> bool:
    """"The two sides have met", "واتفق الجانبان على عقد جولة", "the two ministers first met": the
    subject is the article's last pair (of states, or with kind "dyad_persons" of persons)."""
    kinds = _kinds_at(view)
    pairs = {w.i for w in view.of("dyad_words")} if kind == "dyad_persons" else ()
    for h in view.of(kind):
        if h.i in pairs:
            continue         # "the two countries": the pair of states, not of persons
        for t in triggers:
            glue = lexicon().words("pair_glue")      # "الوزراء الأربعة اتفقوا على الالتقاء": words read, not hits
            aside = _time_and_place(view, h.j, t.i)
            if h.j <= t.i and sum(1 for k in range(h.j, t.i) if glue.isdisjoint(view.tokens[k].variants)
                                  and not view.tokens[k].punct and not kinds.get(k, set()) & {"slot_skip", "slot_glue"}
                                  and k not in aside) <= 1 \
                    and _gap_words(view, h.j, t.i, kinds, ("slot_skip", "slot_glue", "locative")) is not None:
                return True
            if t.j <= h.i and _gap_words(view, t.j, h.i, kinds, ("slot_skip",)) == 0:
                return True                  # Arabic verb first: "والتقى الجانبان"
            if h.i == t.i and not any(m.actor and m.j <= t.i for m in view.mentions):
                return True                  # a dual verb, its own subject: "والتقيا في أيار"
            if any(b.j == h.i and 0 <= b.i - t.j <= 3 for b in view.of("between")):
                return True                  # "a meeting between the two presidents", "لقاء بين الرئيسين"
    return False


def _time_and_place(view: "SentenceView", a: int, b: int) -> set[int]:
    """Tokens in [a, b) of a weekday ("يوم الأربعاء", "on Wednesday") or of "في"/"in" before a place:
    an aside between a pair and its meeting ("وكان الوزيران قد عقدا يوم الأربعاء في جنيف جلستي محادثات")."""
    out: set[int] = set()
    for k in weekdays_in_at(view.tokens, a, b):
        out.add(k)
        if k - 1 >= a and view.tokens[k - 1].key in ("يوم", "on"):
            out.add(k - 1)
    places = {m.i for m in view.mentions if m.place}
    out |= {h.i for h in view.of("locative") if a <= h.i < b and h.j in places}
    return out


def delegation_heads(view: "SentenceView") -> dict[str, list[str]]:
    """State -> the persons said to lead (first) or make up its delegation in this sentence ("X
    headed his country's team", "led the American side", "وترأس الوفد الروسي X", "X على رأس وفد
    يضم Y وZ", "a delegation led by X and including Y")."""
    out: dict[str, list[str]] = {}
    if not view.of("delegation_nouns") or (
            not view.of("heads_delegation") and not view.of("led_by") and not view.of("delegation_includes")):
        return out                       # every pattern names a delegation
    named = [m for m in view.mentions if m.actor]
    nouns = [h for h in view.of("delegation_nouns")]
    kinds = _kinds_at(view)

    def add(state: str, person: str) -> None:
        if person not in out.setdefault(state, []):
            out[state].append(person)

    persons = [m for m in named if _kind(view, m) == "person"]
    led = view.of("led_by")
    for h in view.of("delegation_includes"):   # "وضم الوفد الأمريكي A وB", "the US delegation included A and B"
        noun = next((n for n in nouns if 0 <= n.i - h.j <= 1 or 0 <= h.i - n.j <= 1), None) or next(
            (n for n in nouns for l in led if 0 <= l.i - n.j <= 4 and any(
                m.i >= l.j and h.i - 2 <= m.j <= h.i and _kind(view, m) == "person" for m in named)), None)
        # ("وفداً روسياً ... برئاسة X، ضم Y وZ": the delegation led by X, who come with him)
        if noun is None:
            continue
        side = next((m for m in named if _kind(view, m) == "state" and (m.i == noun.j or m.j == noun.i)), None)
        start = max(h.j, side.j if side is not None and side.i >= h.j else noun.j if noun.i >= h.j else h.j)
        first = next((m for m in persons if start - 1 <= m.i <= start + 1), None) \
            or _first_after(view, start, persons, kinds, 1)
        if first is None:
            continue
        state = side.actor if side is not None else view.actor(first).affiliation   # "الوفد الأمريكي وزير الخارجية X"
        for member in _chain(view, first, persons, True, kinds):
            if state and (view.actor(member).affiliation == state
                          or view.actor(member).affiliation is None):
                add(state, member.actor)     # (a person new to the gazetteer, his state untold, comes with it)
    covered = {k for m in named for k in range(m.i, m.j)}
    for h in view.of("led_by"):       # "الوفد السعودي ترأسه X", "a Saudi delegation led by X"
        # "وفداً من جماعة أنصار الله (الحوثيين) يرأسه ...": the delegation, "from" and its body, then the cue
        adjectives = lexicon().words("delegation_adjectives")
        noun = next((n for n in nouns if n.j <= h.i and (h.i - n.j <= 2 or all(
            k in covered or view.tokens[k].punct or view.tokens[k].key in ("من", "of", "from")
            or not adjectives.isdisjoint(view.tokens[k].variants)      # "وفداً روسياً رفيع المستوى برئاسة X"
            for k in range(n.j, h.i)))), None)
        person = _first_after(view, h.j, [m for m in named if _kind(view, m) == "person"], kinds, 0)
        if person is None:      # "يرأسه المتحدث باسم الجماعة ورئيس وفدها المفاوض X": offices, then the name
            person = _first_after(view, h.j, [m for m in named if _kind(view, m) == "person"], kinds, 6)
            if person is not None and any(t.punct for t in view.tokens[h.j:person.i]):
                person = None
        if noun is None or person is None:
            continue
        near = [m for m in named if (noun.j <= m.i < h.i or m.j == noun.i) and _kind(view, m) in ("state", "organization")]
        state = near[0].actor if near else view.actor(person).affiliation
        if state and view.actor(person).affiliation == state:
            add(state, person.actor)
    for h in view.of("heads_delegation"):
        noun = next((n for n in nouns if n.i >= h.j and sum(1 for t in view.tokens[h.j:n.i] if not t.punct) <= 3), None)
        if noun is None:
            continue
        if _is_arabic(view.tokens[h.i].key):      # "..., والوفد الأمريكي X": the same verb, another delegation
            for n in nouns:
                if n.i > noun.j and view.tokens[n.i].conj:
                    person = next((m for m in named if m.i >= n.j and m.i - n.j <= 10 and _kind(view, m) == "person"), None)
                    state = next((m.actor for m in named if n.i <= m.i <= n.j + 1 and _kind(view, m) == "state"), None)
                    if person is not None and (state or view.actor(person).affiliation) == view.actor(person).affiliation:
                        add(view.actor(person).affiliation, person.actor)
        person = None
        before = [m for m in named if m.j <= h.i and _kind(view, m) == "person"
                  and (h.i - m.j <= 1 or (view.tokens[h.i - 1].key in ("على", "علي") and _no_person_between(view, named, m, h.i)))]
        if before:
            person = before[-1]                    # "X ..., على رأس وفد": the sentence's subject leads it
        elif _is_arabic(view.tokens[h.i].key):     # verb first: "وترأس الوفد الروسي المبعوث ... X"
            person = next((m for m in named if m.i >= noun.j and m.i - noun.j <= 10 and _kind(view, m) == "person"), None)
        if person is None:
            continue
        state = next((m.actor for m in named if noun.i <= m.i <= noun.j + 1 and m is not person
                      and _kind(view, m) == "state"), None)
        actor = view.actor(person)
        state = state or actor.affiliation
        if state and actor.affiliation == state:
            add(state, person.actor)
            for member in _members(view, noun, named, kinds):
                if view.actor(member).affiliation == state:
                    add(state, member.actor)
    return out


def _no_person_between(view: "SentenceView", named: list[Mention], m: Mention, i: int) -> bool:
    return not any(x is not m and m.j <= x.i and x.j <= i and _kind(view, x) == "person" for x in named)


def _members(view: "SentenceView", noun: Hit, named: list[Mention], kinds: dict[int, set[str]]) -> list[Mention]:
    """The persons a delegation is said to include ("وفد يضم X وY", "a delegation including X and Y")."""
    glue = view.of("slot_glue") + view.of("participation")
    start = next((g.j for g in glue if 0 <= g.i - noun.j <= 1), None)
    if start is None:
        return []
    first = _first_after(view, start, [m for m in named if _kind(view, m) == "person"], kinds, 1)
    return _chain(view, first, [m for m in named if _kind(view, m) == "person"], True, kinds) if first else []


def _kind(view: "SentenceView", m: Mention | None) -> str:
    """The type of the actor a mention names ("person", "state", ...; "" for none or no mention)."""
    actor = view.actor(m) if m is not None else None
    return actor.type if actor is not None else ""


def invitation(view: "SentenceView", pool: list[Mention]) -> list[Mention]:
    """Inviter and invitees of an invitation ("X invited Y", "Y received an invitation from X",
    "يوجه X دعوة إلى Y، وربما إلى Z", "تلقى Y دعوة من X"); empty when either side is missing."""
    kinds = _kinds_at(view)
    froms = {h.i for h in view.of("invitation_from")}
    tos = {h.i for h in view.of("invitation_to")}
    for h in view.of("invitation"):
        inviter: Mention | None = None
        invitees: list[Mention] = []
        if h.j in froms or h.j + 1 in froms:                    # "invitation from X"
            k = h.j if h.j in froms else h.j + 1
            near = [m for m in pool if k < m.i <= k + 5]       # "دعوة من ولي العهد السعودي محمد بن سلمان"
            inviter = next((m for m in near if _kind(view, m) == "person"), near[0] if near else None)
            before = [m for m in pool if m.j <= h.i and h.i - m.j <= 3]   # "Y received an invitation", "تلقى Y دعوة"
            invitees = [before[-1]] if before else []
        else:
            start = h.j + 1 if h.j in tos else h.j
            first = _first_after(view, start, pool, kinds, 1)
            if first is not None:
                invitees = _chain(view, first, pool, True, kinds)
                for m in pool:                                   # "..., وربما إلى الرئيس الروسي Z"
                    if m.i > invitees[-1].j and m not in invitees and any(0 <= m.i - t - 1 <= 0 for t in tos if t >= invitees[-1].j):
                        invitees.append(m)
            persons = [m for m in pool if m.j <= h.i and _kind(view, m) == "person" and m not in invitees]
            inviter = persons[-1] if persons else None
            author = next((m for m in reversed(view.mentions) if m.actor and m.j <= h.i and _kind(view, m) == "person"
                           and any(0 <= m.i - f.j <= 1 for f in view.of("message_from"))), None)
            if author is not None and (inviter is None or inviter.j <= author.i):
                inviter = author      # "carried a letter from X inviting Y": X invites, not who carries it
        if inviter is not None and invitees and all(m.actor != inviter.actor for m in invitees):
            return [inviter] + invitees
    return []


def visits(view: "SentenceView", pool: list[Mention], prev_subject: str | None = None,
           prev_visitor: str | None = None) -> list[tuple[Hit, str, list[str], list[Mention]]]:
    """(cue, visitor, visited states) of each visit the sentence tells: "زار X دمشق", "X visited
    Damascus", "جولة الشيباني ... قطر والإمارات", "after visits to Saudi Arabia and Turkey". The
    visitor is the genitive or subject of the cue, else the nearest person before it, else, for a
    visit named as told before ("the tour"), who came from abroad to the last meeting told
    (`prev_visitor`), else the previous sentence's subject. The last item is the destinations' mentions."""
    out: list[tuple[Hit, str, list[str], list[Mention]]] = []
    kinds = _kinds_at(view)
    attend = [a.i for a in view.of("to_attend")]
    talks_in = view.of("talks_in")
    if talks_in and (any(not lexicon().words("with_words").isdisjoint(t.variants) for t in view.tokens)
                     or len({m.actor for m in pool if m.actor and m.j <= talks_in[0].i}) > 1
                     or any(_kind(view, m) != "person" for m in pool if m.actor and m.j <= talks_in[0].i)):
        talks_in = []    # "held talks in Cairo with Elaraby", "Iran and the US held talks in Muscat": no visit
    for h in view.of("visit") + talks_in:
        if any(0 < a - h.j <= 8 for a in attend):
            continue                     # "إلى القاهرة للمشاركة في القمة": the summit is the meeting
        after = _visit_after(view, h.j, pool, kinds)
        visitor = next((m for m in after if m.actor and (_destination(view, m) is None or _delegation_by(view, m, kinds))),
                       None)
        dests = [m for m in after if m is not visitor and _destination(view, m)
                 and not (m.via == "demonym" and not _is_arabic(view.tokens[m.i].key))]
        # (not "the first visit by an Indian prime minister": an English adjective names no state visited;
        # "السعودية" is the kingdom's name itself)
        if not dests and (told := _visited_before(view, h, pool, kinds)) is not None:
            visitor, dests = told   # "from Qatar and Oman, which Erdogan visited last week", "الذي زارها"
        if not dests:
            continue
        maker = _visit_made_by(view, dests[-1].j, pool)
        if maker is not None:
            visitor = maker     # "آخر زيارة لرئيس إيراني إلى باكستان قام بها روحاني": Rouhani, not any president
        own = any(o.i <= h.i < o.j for o in view.of("own_visit"))
        right_before = next((m for m in pool if m.j == h.i and m.actor and _kind(view, m) == "person"), None)
        if visitor is None and out and right_before is None:   # (not "فيما يواصل قريشي زيارة للإمارات": his own)
            visitor = next((m for m in pool if m.actor == out[-1][1]),   # "زار شكري تركيا ... في جولة شملت سوريا"
                           Mention(h.i, h.i, actor=out[-1][1], via="context"))   # (or "He was due in Doha ...,
            # the second stop of a tour that ends in the UAE": the one the sentence before named)
        if visitor is None and own:     # "قبل أن يختتم جولته في أنقرة": the sentence's subject, not the last named
            visitor = next((m for m in pool if m.j <= h.i and m.actor and _kind(view, m) == "person"), None)
        back = h.i - 1         # (past "was due to", "is expected to", "would": "and was due to go on to Amman")
        auxiliaries = lexicon().words("clause_auxiliaries")
        while back > 0 and view.tokens[back].key in auxiliaries:
            back -= 1
        if visitor is None and (view.tokens[h.i].conj or (h.i > 0 and view.tokens[h.i - 1].key in ("and", "then"))
                                or (back < h.i - 1 and view.tokens[back].key == "and")):
            # "هوكشتاين يلتقي بري ويتوجه إلى إسرائيل", "X met Y and then flew to Z": the first verb's subject
            first = next((t for t in view.of("meeting") if t.i < h.i), None)
            if first is not None:
                visitor = next((m for m in pool if m.j <= first.i and m.actor and _kind(view, m) == "person"), None)
        aux = lexicon().words("passive_aux")
        if visitor is None and any(p.j == h.i or (p.j + 1 == h.i and (view.tokens[p.j].key in ("then", "later", "also")
                                                                       or view.tokens[p.j].key in aux))
                                   for p in view.of("pronoun_subject")):    # ("he was expected in Algiers")
            # "when Xi held talks with King Salman, before he travelled on to Cairo": the clause's subject,
            # the sentence's first person (else the sentence before's)
            visitor = next((m for m in pool if m.j <= h.i and m.actor and _kind(view, m) == "person"), None)
            if visitor is None and prev_subject:
                visitor = Mention(h.i, h.i, actor=prev_subject, via="context")
        if visitor is None and prev_subject and any(p.i == 0 for p in view.of("pronoun_subject")) \
                and not any(m.j <= h.i and m.actor and _kind(view, m) == "person" for m in pool):
            # "He is scheduled to travel on to Bahrain": the previous sentence's subject
            visitor = Mention(h.i, h.i, actor=prev_subject, via="context")
        if visitor is None and view.tokens[h.i].key.endswith("ing") and h.i > 0 \
                and not lexicon().words("participle_openers").isdisjoint(view.tokens[h.i - 1].variants):
            # "X held talks with Y in Ankara, a day after visiting the UAE": the main clause's subject
            visitor = next((m for m in pool if m.j <= h.i and m.actor and _kind(view, m) == "person"), None)
        if visitor is None and view.sentence.headline and h.i > 0 and view.tokens[h.i - 1].punct in (",", "،"):
            # "Sunak urges Saudi crown prince to ..., heads to Egypt": the headline's subject
            visitor = next((m for m in pool if m.j <= h.i and m.actor and _kind(view, m) == "person"), None)
        if visitor is None:      # "on Wang's annual tour of Africa": the owner of the tour, whatever "on" made him
            visitor = next((m for m in view.mentions if m.actor and _kind(view, m) == "person" and 0 < h.i - m.j <= 5
                            and view.tokens[m.j].punct in ("'", "’") and m.j + 1 < h.i
                            and view.tokens[m.j + 1].key == "s"), None)
        if visitor is None and h.i >= 1 and any(w.j in (h.i, h.i - 1) for w in view.of("when_words")) \
                and not any(m.actor and h.i - 2 <= m.i < h.i for m in pool):
            # "وكان أوباما قد التقى الملك سلمان ...، حين قطع زيارة إلى الهند": the sentence's subject, whose time it tells
            visitor = next((m for m in pool if m.j <= h.i and m.actor and _kind(view, m) == "person"), None)
        if visitor is None and h.i >= 2 and view.tokens[h.i - 1].key == "ان" \
                and any(s.j == h.i - 1 for s in view.of("subordinate")):
            # "وكان X قد زار جدة والتقى Y، قبل أن يتوجه إلى الدوحة": the sentence's subject went on, not Y
            visitor = next((m for m in pool if m.j <= h.i and m.actor and _kind(view, m) == "person"), None)
        if visitor is None:
            before = _last_before(view, h.i, pool, kinds, 1)
            if before is None or _in_subordinate(view, before):
                persons = [m for m in pool if m.j <= h.i and m.actor and _kind(view, m) == "person"]
                # not a person inside a subordinate phrase ("جولاته منذ عزل الرئيس البشير بزيارة القاهرة")
                persons = [m for m in persons if not _in_subordinate(view, m)] or persons
                before = persons[-1] if persons else None
            visitor = before
        told_before = prev_visitor or prev_subject
        if visitor is None and told_before and any(t.i <= h.i < t.j for t in view.of("visit_told_before")):
            visitor = Mention(h.i, h.i, actor=told_before, via="context")    # "تشمل الجولة البحرين": his tour
        if visitor is None and told_before and not any(m.actor and _kind(view, m) == "person" for m in pool) \
                and (view.of("visit_told_before") or any(0 <= p.i - h.j <= 2 for p in view.of("visit_pronoun"))):
            # "وتأتي الزيارة ضمن جولة شملت السعودية وتركيا", "بعد جولة خليجية قادته إلى الرياض": the one told before
            visitor = Mention(h.i, h.i, actor=told_before, via="context")
        if visitor is None or (visitor.place and visitor not in after):
            continue
        if visitor.i > 0 and view.tokens[visitor.i - 1].key == "by" and visitor not in after:
            continue                     # "citizens released by Iran landed in Doha": the agent of a passive travels not
        actor = view.actor(visitor)
        home = {visitor.actor, actor.affiliation if actor is not None else None}
        states = [s for m in dests if (s := _destination(view, m)) not in home]
        if states:
            out.append((h, visitor.actor or "", list(dict.fromkeys(states)), dests))
    return out


def _delegation_by(view: "SentenceView", m: Mention, kinds: dict[int, set[str]]) -> bool:
    """"a visit to Washington by a high-level Israeli delegation": a demonym before a delegation noun,
    after "by", names who makes the visit, not where it goes; so does one after a delegation or officials
    noun right after an Arabic verb of travel, "إلى" after it ("وصل وفد عراقي إلى الدوحة")."""
    if _travelling_delegation(view, m, kinds):
        return True      # "وصل وفد عراقي إلى الدوحة", "توجه مسؤولون عراقيون إلى": who travels
    return m.via == "demonym" and "delegation_nouns" in kinds.get(m.j, ()) \
        and any(view.tokens[k].key == "by" for k in range(max(0, m.i - 4), m.i))


def _travelling_delegation(view: "SentenceView", m: Mention, kinds: dict[int, set[str]]) -> bool:
    """The demonym names a delegation or officials that a verb of travel right before sends somewhere
    ("وصل وفد عراقي إلى الدوحة"; not the noun "زيارة لمسؤول أردني إلى إيران", a visit described)."""
    return m.via == "demonym" and m.i > 1 and _is_arabic(view.tokens[m.i].key) \
        and bool(kinds.get(m.i - 1, set()) & {"delegation_nouns", "official_nouns"}) \
        and any(v.j == m.i - 1 and "meeting" not in kinds.get(v.i, set()) for v in view.of("visit")) \
        and any(t.key in ("الى", "الي") for t in view.tokens[m.j:m.j + 4])


def _visited_before(view: "SentenceView", h: Hit, pool: list[Mention],
                    kinds: dict[int, set[str]]) -> tuple[Mention, list[Mention]] | None:
    """A visit verb in a relative clause whose antecedent is the states visited: "Qatar and Oman,
    which Erdogan visited last week", "قطر وعُمان اللتين زارهما أردوغان": (the visitor named between
    the relative and the verb, the states right before the relative); None otherwise."""
    visitor = next((m for m in pool if m.j == h.i and _kind(view, m) == "person"), None)     # "which X visited"
    rel = next((r for r in view.of("relative") if r.j == visitor.i), None) if visitor is not None else None
    if rel is None:      # "اللتين زارهما X": the verb right after the relative, its subject after it
        visitor = next((m for m in pool if m.i == h.j and _kind(view, m) == "person"), None)
        rel = next((r for r in view.of("relative") if r.j == h.i), None) if visitor is not None else None
    if rel is None or visitor is None:
        return None
    k = rel.i - 1 if rel.i > 0 and view.tokens[rel.i - 1].punct else rel.i
    last = next((m for m in pool if m.j == k and _destination(view, m)), None)
    if last is None:
        return None
    dests = [m for m in _chain(view, last, pool, False, kinds) if _destination(view, m)]
    return visitor, sorted(dests, key=lambda m: m.i)


def _visit_made_by(view: "SentenceView", j: int, pool: list[Mention]) -> Mention | None:
    """The person a visit noun's clause says made it, soon after its destination ("... إلى باكستان
    قام بها حسن روحاني", "... to Pakistan was made by Hassan Rouhani"); None when not told so."""
    for h in view.of("visit_made_by"):
        if 0 <= h.i - j <= 3:
            return next((m for m in pool if 0 <= m.i - h.j <= 1 and m.actor and _kind(view, m) == "person"), None)
    return None


def in_subordinate_phrase(view: "SentenceView", m: Mention) -> bool:
    """The mention stands inside a subordinate phrase, past its first word and before its comma ("بعد
    أسابيع من سقوط الأسد،", "since the fall of Assad,"): no subject of the sentence's verbs."""
    toks = view.tokens
    return any(s.j < m.i and not any(t.punct for t in toks[s.j:m.i]) and m.i - s.j <= 8 for s in view.of("subordinate"))


def _in_subordinate(view: "SentenceView", m: Mention) -> bool:
    """The mention is the object of a subordinate phrase's noun ("منذ عزل الرئيس البشير", "since the
    ousting of Bashir"), not the subject right after its opener ("as Kuwait's emir visits")."""
    return any(1 <= m.i - s.j <= 2 for s in view.of("subordinate"))


def _visit_after(view: "SentenceView", j: int, pool: list[Mention], kinds: dict[int, set[str]]) -> list[Mention]:
    """The mentions right after a visit cue, glue words and list links skipped, up to the first other word."""
    out: list[Mention] = []
    starts = {m.i: m for m in pool}
    glue = lexicon().words("visit_glue")
    k = j
    while k < len(view.tokens):
        tok = view.tokens[k]
        m = starts.get(k)
        if m is not None:
            out.append(m)
            k = m.j
            continue
        here = kinds.get(k, set())
        if tok.punct in (",", "،") and "relative" in kinds.get(k + 1, set()):
            # "جولة وانغ، التي تستمر حتى نهاية الشهر، تركيا وإيران": a relative clause set off by commas
            close = next((n for n in range(k + 2, min(len(view.tokens), k + 12)) if view.tokens[n].punct in (",", "،")), None)
            if close is not None and not any(k < i < close for i in starts):
                k = close + 1
                continue
        if starts.get(k + 1) is not None and not lexicon().words("trip_origin").isdisjoint(tok.variants):
            k = starts[k + 1].j          # "من الرياض إلى القاهرة": where the trip starts is not visited
            continue
        if tok.punct in (",", "،") or tok.key in _LINK or here & {"locative", "slot_skip", "adverbs"} \
                or not glue.isdisjoint(tok.variants) or tok.key in ("by", "of") \
                or (k == j and (nxt := starts.get(k + 1)) is not None and _travelling_delegation(view, nxt, kinds)):
            k += 1
            continue
        break
    return out


def _destination(view: "SentenceView", m: Mention) -> str | None:
    """The state a mention names as a place to visit: a state, or its capital."""
    actor = view.actor(m)
    if actor is not None and actor.type == "state" and m.role not in ("qualifier", "topic"):
        return actor.id
    if m.place:
        return _capitals(view.gaz).get(m.place) or _countries(view.gaz).get(m.place)
    return None


def _countries(gaz) -> dict[str, str]:
    """The state of each city of the gazetteer: a visit to Istanbul or Jeddah is a visit to Turkey or
    Saudi Arabia (coding rule 4), as one to Ankara or Riyadh is."""
    def build(g) -> dict[str, str]:
        seats = set(lexicon().raw.get("seat_cities") or ())
        return {p.id: p.country for p in g.places.values() if p.country and p.country in g.actors and p.id not in seats}

    return gaz.memo("place_countries", build)


def _capitals(gaz) -> dict[str, str]:
    return gaz.memo("capitals", lambda g: {a.capital: a.id for a in g.actors.values() if a.type == "state" and a.capital})


def past_visits(view: "SentenceView", pool: list[Mention],
                toured: list[tuple[Hit, str, list[str], list[Mention]]]) -> list[tuple[Hit, str, str, str]]:
    """(cue, visitor, state, year) of each earlier visit that "the first visit since <year>" tells:
    "في أول زيارة له إلى هذا البلد منذ عام 2004", "the Emirati leader's first visit to Turkey since
    2012", "وهي أول زيارة يقوم بها بوتين إلى إيران منذ عام 2007". The visitor is the person the phrase
    names, else (by "له", "his") the sentence's traveller; the state the one the phrase names, else
    the one visited now. Nothing when whose visit it is goes unsaid, for an office-holder in general ("أول زيارة لوزير خارجية سعودي منذ 2011", "the
    first visit by an Iranian president since 2010": that was someone else) or a year not given."""
    out: list[tuple[Hit, str, str, str]] = []
    after_visit = [h for h in view.of("first_after_visit") if any(0 <= h.i - v.j <= 3 for v in view.of("visit"))
                   and not any(o.i < h.i and h.j <= o.j for o in view.of("first_after_visit"))]   # "هي الأولى": once
    for h in view.of("first_visit") + after_visit:
        found = _since_year(view.tokens, h.j)
        if found is None:
            continue
        end, year = found
        span = [m for m in pool if h.j <= m.i and m.j <= end]
        if _generic_visitor(view, h.j, end):
            continue
        visitor = next((m.actor for m in span if _kind(view, m) == "person"), None) or _owner(view, h, pool)
        if visitor is None and not _possessed(view, h, end):
            continue                # "في أول زيارة منذ 2011": whose first visit is not said (often any minister's)
        states = list(dict.fromkeys(s for m in span if (s := _destination(view, m))))
        if not states:              # "إلى هذا البلد", "his first visit since": where he is now
            states = list(dict.fromkeys(s for _, v, ss, _ in toured if v == visitor or visitor is None for s in ss))
        if not states:
            states = list(dict.fromkeys(s for m in view.mentions if m.place and (s := _capitals(view.gaz).get(m.place))))
        if visitor is None:
            visitor = next((v for _, v, ss, _ in toured if ss == states), None)
        if visitor is None and len(states) == 1:     # "يستقبل أردوغان في القاهرة في أول زيارة منذ 2012": the guest
            guests = {m.actor for m in pool if m.actor and _kind(view, m) == "person"
                      and (a := view.actor(m)) is not None and a.affiliation and a.affiliation != states[0]}
            visitor = guests.pop() if len(guests) == 1 else None
        actor = view.gaz.actors.get(visitor or "")
        if actor is None or actor.type != "person" or len(states) != 1 or states[0] == actor.affiliation:
            continue
        out.append((h, actor.id, states[0], year))
    return out


def _since_year(tokens: list[Token], j: int) -> tuple[int, str] | None:
    """Where "since" starts after token j and the year it names ("منذ عام 2004", "since 2012"), or
    None when it names none ("منذ توليه منصبه", "since the war")."""
    since = lexicon().words("past_visit_since")
    for k in range(j, min(len(tokens), j + 12)):
        if tokens[k].punct in (",", "،", ";", "؛"):
            return None
        if tokens[k].key not in since:
            continue
        n = k
        while n < len(tokens) and tokens[n].key in since:
            n += 1
        key = tokens[n].key if n < len(tokens) else ""
        return (k, key) if len(key) == 4 and key.isdigit() and 1900 <= int(key) <= 2100 else None
    return None


def _generic_visitor(view: "SentenceView", a: int, b: int) -> bool:
    """Tokens [a, b) name the visitor as any holder of an office: English "a"/"an"; an Arabic office
    noun not made definite by the next word ("لوزير خارجية سعودي", "رئيس إيراني"; but "لأمير قطر",
    "لوزير الخارجية السعودي" name one man)."""
    generic = lexicon().words("generic_visitors")
    toks = view.tokens
    for k in range(a, b):
        if toks[k].key not in generic:
            continue
        if not _is_arabic(toks[k].key):
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is None or not (nxt.key.startswith("ال") or nxt.key in _state_words(view.gaz)):
            return True
    return False


def _state_words(gaz) -> frozenset[str]:
    """The one-word names of states ("قطر", "Qatar"): a noun before one names one office-holder."""
    return gaz.memo("state_words", lambda g: frozenset(
        key[0] for a in g.actors.values() if a.type == "state"
        for label in [a.name, a.name_ar or "", *a.aliases.en, *a.aliases.ar] if len(key := phrase_key(label)) == 1))


def _possessed(view: "SentenceView", h: Hit, end: int) -> bool:
    """The visit is the traveller's own: "أول زيارة له", "his first visit", "the Emirati leader's first visit"."""
    toks = view.tokens
    own = lexicon().words("own_visitor")
    return (h.i > 0 and toks[h.i - 1].key in own) or any(toks[k].key in own for k in range(h.j, min(end, h.j + 3))) \
        or _after_possessive(toks, h)


def _after_possessive(toks: list[Token], h: Hit) -> bool:
    """The hit follows an English "'s": "the Emirati leader's first visit"."""
    return h.i >= 2 and toks[h.i - 1].key == "s" and toks[h.i - 2].punct in ("'", "’")


def _owner(view: "SentenceView", h: Hit, pool: list[Mention]) -> str | None:
    """The person whose visit it is by an English possessive: "the Emirati leader's first visit"."""
    if _after_possessive(view.tokens, h):
        owner = next((m for m in pool if m.j == h.i - 2), None)
        if owner is not None and _kind(view, owner) == "person":
            return owner.actor
    return None
