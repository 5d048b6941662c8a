"""Rule-based extraction: an Article in, its statements out (meetings, mediations, denials).

Every extractor has this interface, ``extract(article, gazetteer) -> ArticleStatements``, so a
statistical or LLM extractor can sit beside this one. All language knowledge comes from the
gazetteer (data/actors.yaml) and the lexicons (data/lexicon/*.yaml).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache, partial
from operator import attrgetter

from kg.extract.assemble import (Candidate, SentenceView, apply_followers, apply_heads, expand_groups, hosts_take_part,
                                 merge_article, persons_for_states, sentence_candidates, sentence_people, spokesmen_deny,
                                 summit_host, two_sided, update_dyad, update_group, update_pair, update_persons_group,
                                 update_visitor, visit_counterpart)
from kg.extract.confidence import meeting_features, probability
from kg.extract.dates import clause_offset, sentence_date, shifted
from kg.extract.lexicon import lexicon, phrase_key
from kg.extract.matcher import (Mention, NameIndex, _is_arabic, TitleContext, _add_actor, add_capitals_only, add_surnames, apply_titles,
                                 as_written,
                                drop_common_words, drop_name_parts, drop_named_places, gazetteer_index, guarded_surnames, match_names,
                                guarded_demonyms, states_own_bodies, drop_kaf_names, named_apposition,
                                _may_name_kingdom, may_name_movement, place_or_state, refer_back, surname_index, title_starts,
                                untitled_names, aides_of, unknown_bodies, shared_surnames, kingdom_word, match_words,
                                short_forms, own_demonyms, paired_names, other_given_names, dual_offices)
from kg.extract.slots import delegation_heads
from kg.extract.sentences import Sentence, split_sentences
from kg.extract.tokens import DASHES, Token, WordTest, dash_between, hyphened, new_article, split_words, tokenize, words_with
from kg.extract.triggers import Hit, find_hits
from kg.gazetteer import Gazetteer
from kg.gctools import gc_paused, long_lived_frozen
from kg.model import Actor, Article, ArticleStatements, Denial, Evidence, Mediation, Meeting

__all__ = ["extract", "extract_many", "extract_scored"]


def extract(article: Article, gazetteer: Gazetteer | None = None) -> ArticleStatements:
    """The statements one article makes, each quoting the sentence(s) it came from; a meeting's
    confidence is the calibrated chance that its participants are right (kg.extract.confidence).

    The cyclic collector is paused for the call (its previous state restored after): the article's
    objects die with it by reference counting, and a collection midway only rescans the heap."""
    with gc_paused():
        return _extract(article, gazetteer, calibrated=True)[0]


def extract_scored(article: Article, gazetteer: Gazetteer | None = None
                   ) -> tuple[ArticleStatements, list[dict[str, float]]]:
    """The statements with the rules' own scores as confidence, and each meeting's features in
    statement order: what the calibration is trained on (tools/train_confidence.py)."""
    with gc_paused():
        return _extract(article, gazetteer, calibrated=False)


def _extract(article: Article, gazetteer: Gazetteer | None, calibrated: bool
             ) -> tuple[ArticleStatements, list[dict[str, float]]]:
    new_actors: dict[str, Actor] = {}
    views, tokenized, gaz = _read(article, gazetteer or Gazetteer.default(), new_actors)
    dyad: list[str] = []                         # the last two states ("the two sides")
    pair: list[str] = []                         # the last two persons who met ("the two ministers")
    group: list[str] = []                        # the states of the last meeting of three or four ("the three countries")
    persons: list[str] = []                      # the persons of the last meeting of three or four ("the three leaders")
    prev_subject: str | None = None              # the first person named in the sentence before ("He ...")
    prev_persons: list[str] = []                 # the persons free to take part in it ("each man")
    prev_visitor: str | None = None              # who came from abroad to the last meeting told ("the visit")
    cands: list[Candidate] = []
    heads: dict[int, dict[str, list[str]]] = {}   # sentence index -> state -> the persons leading its delegation
    people: dict[int, tuple[list[str], dict[str, list[str]]]] = {}   # sentence index -> free persons, third parties
    told: set[int] = set()                       # sentences that tell a meeting of their own
    dates: dict[int, str | None] = {}            # sentence index -> its date (each sentence read once)
    aheads: dict[int, str] = {}                  # sentence index -> it announces its meetings for later ("planned": all planned)
    lead: str | None = None                      # the last person of a sentence that opens a list (ends with ":")
    listed: str | None = None                    # the subject of a timeline's dated entries ("- 4 شباط: محادثات مع X")
    for view in views:
        if _dated_entry(view, article.published):
            listed = listed or lead     # "محطات الرئيس السوري، أحمد الشرع:" then "- 7 أيار: استقبله ماكرون": al-Sharaa's
        else:
            listed = None
        found = sentence_candidates(view, dyad, pair=pair, prev_subject=listed or prev_subject, states_group=group,
                                    persons_group=persons, prev_persons=prev_persons, prev_visitor=prev_visitor,
                                    listed=listed is not None)
        if found and view.of("anaphoric_meeting"):
            after = lexicon().words("after_talks")      # (a word set, not a hit kind)
            if any(h.i >= 1 and not after.isdisjoint(view.tokens[h.i - 1].variants) for h in view.of("anaphoric_meeting")):
                for c in found:
                    c.after_told = c.kind == "meeting"   # "عقب الاجتماع", "after the meeting": the one told before
        cands += [c for c in found if c.lone]       # kept aside: a meeting only if the next sentence completes it
        found = [c for c in found if not c.lone]
        people[view.sentence.index] = sentence_people(view)
        prev_persons = people[view.sentence.index][0]
        if any(c.kind == "meeting" and c.participants for c in found):
            told.add(view.sentence.index)
        if any(c.kind == "meeting" for c in found):     # dates matter to meetings only
            told_here = [c.status for c in found if c.kind == "meeting" and c.participants]
            aheads[view.sentence.index] = "" if not told_here or any(st not in ("planned", "proposed") for st in told_here) \
                or view.any("past_plan") else "planned" if all(st == "planned" for st in told_here) else "ahead"
            # ("قمة كانت مقررة يوم الأربعاء", "a summit that was scheduled for Wednesday": a plan of the past,
            # its weekday the one before the publication)
            cancel = view.of("cue:cancellation")
            if cancel and view.sentence.index not in dates and not any(
                    h.i < cancel[0].i for kind in ("meeting", "visit", "anaphoric_meeting") for h in view.of(kind)):
                # "Netanyahu on Monday called off a planned visit": the day told before the cue is when he
                # called it off; the meeting's day is only one told after it ("its visit due on Friday")
                # (not "a meeting that was due last week has been put off": the meeting told first, its time)
                ahead = aheads[view.sentence.index]
                dates[view.sentence.index] = sentence_date(view.tokens[cancel[0].j:], article.published, years=True,
                                                           ahead=bool(ahead), month_ahead=ahead == "planned")
            for c in found:
                c.published = article.published
                c.date_of = partial(_date_of, view.sentence.index, tokenized, article.published, dates, aheads)
                if c.stop_before:   # (its month only, see below)
                    c.date_of = partial(_month_of, c.date_of)
                if c.pair_told:
                    visit_counterpart(c, gaz, c.date or c.date_of() or article.published)
                if c.span is not None:      # "..., وكان الرجلان قد التقيا قبله في أبوظبي في أيار 2017": its clause's date
                    own = sentence_date(view.tokens[c.span[0]:c.date_end or c.span[1]], article.published, years=True,
                                        ahead=c.status in ("planned", "proposed"), month_ahead=c.status == "planned")
                    if own and own != c.told_date:
                        c.date = c.told_date = own
                    elif not own:           # "talks on Monday, a day after the two leaders met for dinner": Sunday
                        _offset_date(c, found, view.tokens)
        cands += found
        first = next((m for m in view.mentions if m.actor in gaz.actors and gaz.actors[m.actor].type == "person"), None)
        lead = next((m.actor for m in reversed(view.mentions) if m.actor in gaz.actors and gaz.actors[m.actor].type == "person"),
                    None) if first is not None and view.sentence.text.rstrip().endswith(":") else None
        # (the last person named: "مع حلول ذكرى سقوط بشار الأسد، ... محطات الرئيس السوري، أحمد الشرع:")
        if first is None:
            if view.tokens and _is_arabic(view.tokens[0].key):
                prev_subject = None      # (an English sentence with no person, "The UAE" as a heading, keeps him)
        elif not (prev_subject and _he_before(view, first)):
            prev_subject = first.actor
        # ("In his speech he thanked former prime minister Netanyahu": still the one "he" stood for)
        dyad = update_dyad(view, dyad, found)
        pair = update_pair(pair, found, gaz, article.published)
        prev_visitor = update_visitor(prev_visitor, found, gaz)
        group = update_group(group, found, gaz)
        persons = update_persons_group(persons, found, gaz)
        heads[view.sentence.index] = delegation_heads(view)
    expand_groups(cands, gaz)                   # "six world powers": its states, before meetings are merged
    events = merge_article(cands, gaz, summit_host(views, gaz) if any(c.absentee for c in cands) else None)
    # (the summit's host state is looked for only when someone will not attend one: most articles, none)
    apply_heads(events, heads, gaz)
    apply_followers(events, people, told, gaz)
    hosts_take_part(events, gaz)
    persons_for_states(events, gaz)             # "الحكومة اليمنية ... الرئيس اليمني هادي": Hadi stands for Yemen
    events = two_sided(events, gaz)
    spokesmen_deny(events, gaz)                 # "الكرملين: لا لقاء ..." and "قال بيسكوف إن لقاءً ...": Peskov's
    for e in events:
        if e.kind == "meeting":
            e.date = e.date or _event_date(e, tokenized, article.published, dates, aheads)   # set: an earlier visit's year
            if e.stop_before and e.date:
                e.date = e.date[:7]      # a tour's earlier stop: days before the sentence's date, so its month only
            if e.status.startswith("confirmed") and e.date and article.published and len(e.date) == 10 \
                    and e.date > article.published[:10]:
                e.status = "planned"    # "visits Sulaymaniyah next Wednesday": a day after publication has not come
    _same_day(events, tokenized)
    used = _used_actors(events)
    actors = [a for a in new_actors.values() if a.id in used]
    meetings = sorted((e for e in events if e.kind == "meeting"), key=_told_at)
    new_ids = {a.id for a in actors}
    features = [meeting_features(e, article, gaz, new_ids, len(meetings)) for e in meetings]
    scores = [probability(f) for f in features] if calibrated else []
    statements = _statements(article, events, [s for s in scores if s is not None] or None)
    return ArticleStatements(article=article, actors=actors, statements=statements), features


_YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _told_year_date(text: str, toks: list[Token], published: str | None) -> str | None:
    """The date titles are read on in this sentence (``text``, its ``toks``): the article's, or an earlier
    year's date the sentence tells first ("- April 27-29, 2021: ... the foreign ministers of Greece, Turkey
    and Britain" are those of 2021). The date is looked for only when a year before the article's is written."""
    if not published or not any(1990 <= int(y) < int(published[:4]) for y in _YEAR_WRITTEN.findall(text)):
        return published
    told = sentence_date(toks, published, years=True)
    return told if told and told[:4] < published[:4] else published


def _dated_entry(view: SentenceView, published: str | None) -> bool:
    """The sentence is a timeline's entry: a date, then a colon, opens it ("- 4 شباط 2025: ...",
    "Feb. 4: ...")."""
    if ":" not in view.sentence.text[:60]:
        return False            # (most sentences)
    colon = next((k for k, t in enumerate(view.tokens[:8]) if t.punct == ":"), None)
    return colon is not None and colon >= 1 and sentence_date(view.tokens[:colon], published, years=True) is not None


def _offset_date(c: Candidate, found: list[Candidate], tokens: list[Token]) -> None:
    """A clause that opens with "a day after", "غداة" ... (dates.clause_offset) is dated from the
    full date of the clause right before it in the sentence."""
    offset = clause_offset(tokens[max(0, c.span[0] - 2):c.span[1]])   # (the cut may fall inside "a day after")
    prev = next((x for x in found if x.span is not None and x.span[1] == c.span[0]), None) \
        if offset is not None else None
    if prev is not None and prev.told_date and len(prev.told_date) == 10:
        c.date = c.told_date = shifted(prev.told_date, offset)


def extract_many(articles: Iterable[Article], gazetteer: Gazetteer | None = None) -> Iterator[ArticleStatements]:
    """`extract` over a batch of articles, faster: the gazetteer, lexicons and indexes are built
    first and then kept out of the garbage collector's full scans while the batch runs.

    >>> from kg.model import Article
    >>> [len(s.statements) for s in extract_many([Article(id="a", text="Putin met Erdogan in Sochi.", language="en")])]
    [1]
    """
    gaz = gazetteer or Gazetteer.default()
    gazetteer_index(gaz)
    lexicon()
    with long_lived_frozen():
        for article in articles:
            yield extract(article, gaz)     # the collector paused within each article, run between them


def _read(article: Article, gaz: Gazetteer, new_actors: dict[str, Actor]
          ) -> tuple[list[SentenceView], list[list[Token]], Gazetteer]:
    """The article's sentences read for names and lexicon hits: the views of those that may state
    something, their tokens by sentence index, and the gazetteer with the persons the article
    introduces (added to ``new_actors``). Everything else made on the way (all sentences' tokens,
    the first name pass) is let go when this returns, before assembly."""
    sentences = split_sentences(article.text)
    new_article()
    pieces = [split_words(article.text, s.start, s.end) for s in sentences]
    base = gazetteer_index(gaz)
    first = [match_words(p[1::2], base) for p in pieces]   # names need no offsets
    surnames = surname_index([m for ms in first for m in ms], gaz, base)
    tokenized: list[list[Token] | None] = [None] * len(sentences)      # tokenized by _views where needed
    hits_of: dict[int, list[Hit]] = {}     # sentence -> its lexicon hits (they do not depend on names)
    views = _views(article, gaz, sentences, tokenized, [base, surnames], new_actors, first, pieces, None, hits_of)
    if new_actors:
        local = NameIndex()
        for actor in new_actors.values():
            _add_actor(local, actor)
        work = gaz.add_local_actors([a for a in new_actors.values() if a.id not in gaz.actors])
        surnames = surname_index([m for v in views for m in v.mentions], work, base)
        views = _views(article, work, sentences, tokenized, [base, local, surnames], new_actors,
                       [match_words(p[1::2], base) for p in pieces], pieces, local, hits_of)
        gaz = work
    return (*_stating(_shared_city_names(views, gaz), tokenized), gaz)


def _shared_city_names(views: list[SentenceView], gaz: Gazetteer) -> list[SentenceView]:
    """Drop the mentions of a city whose name another state's city shares ("طرابلس": Libya's capital,
    Lebanon's second city) when the article names that other state and never the city's own."""
    shared = {str(k): str(v) for k, v in (lexicon().raw.get("shared_city_names") or {}).items()}
    found = {m.place for v in views for m in v.mentions if m.place in shared}
    if not found:
        return views
    states = {m.actor for v in views for m in v.mentions if m.actor and not m.place}
    lost = {p for p in found if shared[p] in states and gaz.places[p].country not in states}
    for v in views if lost else ():
        v.mentions[:] = [m for m in v.mentions if m.place not in lost]
    return views


def _stating(views: list[SentenceView], tokenized: list[list[Token]]) -> tuple[list[SentenceView], list[list[Token]]]:
    """The views of the sentences with lexicon hits (the others state nothing), and the tokens of
    those sentences only (by sentence index; dates are read from the sentences of statements). The
    other sentences' tokens, two thirds of an article's, are let go before assembly, the longest
    step, so the collector does not carry them from generation to generation."""
    kept = [v for v in views if v.hits]
    tokens: list[list[Token]] = [[] for _ in tokenized]
    for v in kept:
        tokens[v.sentence.index] = v.tokens
    return kept, tokens


def _views(article: Article, gaz: Gazetteer, sentences: list[Sentence], tokenized: list[list[Token]],
           indexes: list[NameIndex], new_actors: dict[str, Actor],
           base_mentions: list[list[Mention]] | None = None, pieces: list[list[str]] | None = None,
           local: NameIndex | None = None, hits_of: dict[int, list[Hit]] | None = None) -> list[SentenceView]:
    """The views of an article's sentences. First pass (``base_mentions``: the gazetteer's names by
    sentence, ``pieces``: the sentences' words): sentences with nothing to read are let go. Second
    pass, when the first found persons the gazetteer lacks (``local``: their names): a sentence that
    has none of their words is read as in the first pass; one that has is matched afresh. ``hits_of``:
    the lexicon hits of sentences read before, by sentence index (filled in here)."""
    ctx = TitleContext(gaz=gaz, date=article.published, text=article.text, new_actors=new_actors, lex=lexicon())
    common = _not_names()
    state_cues = lexicon().words("state_cues")
    capitals = {str(k): str(v) for k, v in (lexicon().raw.get("capitals_only") or {}).items() if str(v) in gaz.actors}
    capitals_here = any(name in article.text for name in capitals)      # most articles name none
    last_person: dict[str, list[str]] = {}      # state -> its persons in the order last named
    recent: dict[str, int] = ctx.recent          # person -> the last sentence naming him
    long_forms: list = []                        # the bodies named so far, by the words of their names
    surnames, titles = indexes[-1], title_starts()
    # first pass: `tokenized` holds None for the sentences not tokenized yet, `pieces` their words.
    # One with no name and none of the words the test below looks for (the words of the article's
    # surnames, and those of _LOUD) is let go untokenized: the test would let it go too
    named = words_with(surnames.first.keys() | surnames.guarded.keys() | surnames.shared.keys()
                       | (local.first.keys() if local is not None else set())) \
        if base_mentions is not None and pieces is not None and not capitals_here else None
    views = []
    for n, (sentence, toks) in enumerate(zip(sentences, tokenized)):
        if toks is None:
            if named is not None and not base_mentions[n]:
                raw = pieces[n][1::2]
                if named.isdisjoint(raw) and _LOUD.none(raw) and (not last_person.get("*") or _HONORIFIC.none(raw)):
                    continue
            toks = tokenized[n] = tokenize(article.text, sentence.start, sentence.end, pieces[n])
        words = [v for t in toks for v in t.variants]
        plain = base_mentions is not None and (local is None or local.first.keys().isdisjoint(words))
        if plain and not base_mentions[n] and not capitals_here \
                and surnames.first.keys().isdisjoint(words) and surnames.guarded.keys().isdisjoint(words) \
                and surnames.shared.keys().isdisjoint(words) \
                and titles.isdisjoint(words) and not _names_a_pair(toks) \
                and not (last_person.get("") and _may_name_kingdom(ctx, toks)) \
                and not may_name_movement(last_person, words) \
                and not (last_person.get("*") and not lexicon().words("honorifics").isdisjoint(words)):
            # most sentences: no name, surname, title, pair word or "the kingdom" after a kingdom was
            # named, so no actor and nothing to assemble (the steps below would find none): no view
            continue
        # the date this sentence's titles are read on: "في نيسان 2021 ... وزراء خارجية تركيا" are that year's
        ctx.date = _told_year_date(sentence.text, toks, article.published)
        if plain:   # the gazetteer pass is done: add the one-word surnames only
            found = add_surnames(toks, base_mentions[n], indexes[-1], words)
        else:
            found = match_names(toks, indexes)
        found = guarded_surnames(toks, found, indexes[-1], words, article.text)
        found = shared_surnames(toks, found, indexes[-1], recent)
        found = drop_common_words(article.text, toks, place_or_state(article.text, toks, found, gaz, state_cues), common,
                                  _not_names_after())
        found = paired_names(toks, found, words)     # "فتح وحماس": Fatah, not "opened"
        found = drop_kaf_names(toks, found, gaz)               # "كاكار": Kakar, not "ك" + Akar
        found = guarded_demonyms(toks, found, ctx, words)     # "المالي": Malian after a title, else financial
        found = states_own_bodies(toks, found, ctx)            # "Russia's Security Council": not the UN's
        if found:
            found = drop_name_parts(toks, found, gaz)
        if capitals_here:
            found = add_capitals_only(article.text, toks, found, capitals)
        found = other_given_names(toks, found, ctx)          # "إبراهيم الدبيبة": a relative, not the known Dbeibah
        found = apply_titles(toks, found, ctx, words)        # titles, and the new persons they introduce
        found = dual_offices(toks, found, ctx)                # "الرئيسين الروسي والتركي": Putin and Erdogan
        found = named_apposition(toks, found, gaz)           # "the head of X's council, Mahdi Al Mashat,": al-Mashat
        found = untitled_names(toks, found, ctx, words)      # names without a title ("Abdel Aziz al-Hilu")
        found = aides_of(toks, found, ctx, words)            # "مستشار سلفاكير ... توت قلواك": the aide
        found = unknown_bodies(toks, found, ctx, words)      # bodies the gazetteer lacks
        found = drop_named_places(toks, found, gaz, words, article.text)   # "King Hussein Bridge": a place, not the king
        if "demonym" in map(_VIA_OF, found):
            found = own_demonyms(found, gaz)                  # "الروسي فلاديمير بوتين والتركي رجب طيب أردوغان"
        found = _outside_dateline(article.text, toks, found, gaz)   # "GLION, Switzerland (AP) -": where it was filed
        mentions = refer_back(toks, found, last_person, ctx, words)
        mentions = short_forms(toks, mentions, gaz, long_forms)   # "الجيش الوطني" after "الجيش الوطني الليبي"
        for m in mentions:
            if m.actor in gaz.actors and gaz.actors[m.actor].type == "person":
                recent[m.actor] = n
        if not any(map(_ACTOR_OF, mentions)) and not _names_a_pair(toks):
            views.append(SentenceView(sentence, toks, mentions, [], gaz))   # no actor, no statement: no cue search
            continue
        if hits_of is None:
            hits = find_hits(toks)
        else:
            hits = hits_of.get(n)
            if hits is None:
                hits = hits_of[n] = find_hits(toks)
        kinds = set(map(_KIND_OF, hits))      # (the kinds before the filters below: each drops a few hits of its own kind)
        if "meeting" in kinds:  # "X received 51 (votes)": a count, not a guest
            hits = [h for h in hits if not (h.kind == "meeting" and h.j - h.i == 1 and h.j < len(toks) and toks[h.j].key[:1].isdigit()
                                            and not _is_arabic(toks[h.i].key))]
        if "planned" in kinds and "earlier_markers" in kinds:
            # "وكان الرئيس شي قد أقام لسموه مراسم استقبال، قبل أن يعقد الجانبان المباحثات": the imperfect after
            # "قبل أن"/"بعد أن" in a story told in the past is past too, no plan
            first_past = min(h.i for h in hits if h.kind == "earlier_markers")
            hits = [h for h in hits if not (h.kind == "planned" and h.i >= 2 and h.i > first_past + 2
                                            and toks[h.i - 1].key == "ان" and toks[h.i - 2].key.lstrip("و") in ("قبل", "بعد"))]
        if "subordinate" in kinds:
            # "قبل انطلاق المحادثات": a time, not a clause (the talks no trigger of their own)
            starts = lexicon().words("start_nouns")
            at = {h.i for h in hits if h.kind == "subordinate" and toks[h.i].key in ("قبل", "قبيل") and h.j + 1 < len(toks)
                  and not starts.isdisjoint(toks[h.j].variants)}
            if at:
                hits = [h for h in hits if not (h.i in at and h.kind == "subordinate")
                        and not (h.i - 2 in at and h.kind in ("meeting", "anaphoric_meeting"))]
            # "his first trip as envoy": a capacity, not a clause
            capacity = lexicon().words("as_capacity")
            as_at = {h.j for h in hits if h.kind == "subordinate" and toks[h.i].key == "as" and h.j < len(toks)
                     and toks[h.j].key in capacity}
            if as_at:
                hits = [h for h in hits if not (h.kind == "subordinate" and h.j in as_at)]
                mentions = [m for m in mentions if not (m.via == "title" and m.i in as_at)]   # his own office
        if "in_turn" in kinds:        # "then-British Foreign Secretary X": his office then, not "met A, then B"
            at = {h.i for h in hits if h.kind == "in_turn" and toks[h.i].key in lexicon().words("office_time_prefixes")
                  and h.j < len(toks) and hyphened(article.text, toks[h.i], toks[h.j])}
            if at:
                hits = [h for h in hits if h.i not in at]
        if "phone" in kinds:          # "دائرة الاتصال في الرئاسة التركية": the communications office, no call
            offices = lexicon().words("phone_not_after")
            hits = [h for h in hits if not (h.kind == "phone" and h.i > 0 and not offices.isdisjoint(toks[h.i - 1].variants))]
        if "dyad_persons" in kinds:   # "بحثاً عن توافق": in search of, not "the two discussed"
            nots = lexicon().words("dyad_not_before")
            hits = [h for h in hits if not (h.kind == "dyad_persons" and h.j < len(toks)
                                            and not nots.isdisjoint(toks[h.j].variants))]
        if "speech" in kinds:   # "Qaboos bin Said": a name, not "said"
            hits = [h for h in hits if not (h.kind == "speech" and h.i > 0 and article.text[toks[h.i].start].isupper())]
        if "cue:refusal" in kinds and "reports_of" in kinds:   # 'rejected as "ridiculous" media reports': a denial
            hits = _rejected_reports(toks, hits, {k for m in mentions if m.actor for k in range(m.i, m.j)})
        if "cue:cancellation" in kinds:   # "أُجّلت" written with its damma: put off (passive), not "she put off"
            hits = [Hit(h.i, h.j, h.kind, "passive") if h.kind == "cue:cancellation" and h.look == "either"
                    and _written_passive(article.text, toks[h.i]) else h for h in hits]
        honorifics_written = _written_honorifics()     # "حضرة صاحب الجلالة": His Majesty, not "attended it"
        at = {h.i for h in hits if toks[h.i].key in honorifics_written
              and as_written(article.text, toks[h.i]).endswith("ة")}
        if at:
            hits = [h for h in hits if h.i not in at]
        if "cue:host" in kinds:  # "Qatar, which hosts Hamas's political office": no meeting hosted
            things = lexicon().words("hosted_things")
            hits = [h for h in hits if not (h.kind == "cue:host" and h.look == "before" and any(
                not things.isdisjoint(t.variants) for t in toks[h.j:h.j + 7]))]
        mentions = _own_country(mentions, hits, gaz)
        views.append(SentenceView(sentence, toks, mentions, hits, gaz))
    return views


def _rejected_reports(toks: list[Token], hits: list[Hit], named: set[int]) -> list[Hit]:
    """A one-word refusal verb whose object is reports ("rejected as 'ridiculous' media reports that ...",
    "رفض وزير الخارجية X التقارير"): it denies what they report, as "denied reports" does. Only a quoted word,
    "as" or the subject's name between (not "refused to comment on reports")."""
    starts = {h.i for h in hits if h.kind == "reports_of"}

    def object_reports(h: Hit) -> bool:
        k, quoted = h.j, False
        while k < len(toks) and k - h.j <= 5 + len(named.intersection(range(h.j, k))):
            if k in named:
                k += 1
                continue
            if k in starts and not quoted:
                return True
            if toks[k].punct in ('"', "«", "»", "“", "”"):
                quoted = not quoted
            elif not toks[k].punct and not quoted and toks[k].key != "as":
                return False
            k += 1
        return False
    return [Hit(h.i, h.j, "cue:denial", h.look) if h.kind == "cue:refusal" and h.j - h.i == 1 and object_reports(h)
            else h for h in hits]


def _written_passive(text: str, tok: Token) -> bool:
    """An Arabic verb written with a damma on its first letter ("أُجّلت", "أُلغيت"): a passive, as the writer
    marks it where the active is spelt alike."""
    raw = text[tok.start:tok.end].lstrip("وف")
    return len(raw) > 2 and raw[0] in "أا" and raw[1] == "\u064f"


@lru_cache(maxsize=1)
def _written_honorifics() -> frozenset[str]:
    """The normalised keys of honorifics that read as verbs once normalised (read once per process)."""
    return frozenset(k for w in lexicon().raw.get("written_honorifics", {}).get("ar", []) for k in phrase_key(str(w))[:1])


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """The Arabic common words that a one-word name must not be as written (read once per process:
    the lexicon is fixed)."""
    return frozenset(str(w) for w in lexicon().raw.get("not_names", {}).get("ar", []))


@lru_cache(maxsize=1)
def _not_names_after() -> dict[str, frozenset[str]]:
    """Arabic one-word names that are an adjective after certain words, with those words (read once)."""
    raw = lexicon().raw.get("not_names_after", {}).get("ar", {}) or {}
    return {str(k): frozenset(str(w) for w in v) for k, v in raw.items()}


_ACTOR_OF, _KIND_OF, _VIA_OF = attrgetter("actor"), attrgetter("kind"), attrgetter("via")   # (for any(map(...)) without a generator)
_PAIR_KEYS: dict[str, bool] = {}   # token key -> one of the pair words' last words is inside it


def _names_a_pair(tokens: list[Token]) -> bool:
    """The sentence may speak of the last pair with no name ("the two sides have met"): one of the
    pair words' last words is in its normalised text. A substring test; the words have no spaces, so
    a word is in the text only inside one token's key, and each distinct key is searched once (the
    lexicon is fixed for the process)."""
    known = _PAIR_KEYS
    for tok in tokens:
        found = known.get(tok.key)
        if found is None:
            if len(known) > 200_000:
                known.clear()
            finder = lexicon().last_word_finder("dyad_words", "dyad_persons")
            found = known[tok.key] = finder.search(tok.key) is not None
        if found:
            return True
    return False


def _loud(tok: Token) -> bool:
    """A word for which the test in _views keeps a sentence with no name and no surname: a title's
    first word, a pair word, a "the kingdom" word (keep the two in step)."""
    return not title_starts().isdisjoint(tok.variants) or _names_a_pair([tok]) or kingdom_word(tok)


_LOUD = WordTest(_loud)
# "Sheikh Mohamed hosted him": an honorific with a given name names the person named before (matcher's
# _honorific_given_names), so a sentence with one is kept once someone has been named
_HONORIFIC = WordTest(lambda tok: not lexicon().words("honorifics").isdisjoint(tok.variants))


def _he_before(view: SentenceView, first: Mention) -> bool:
    """The sentence's subject is a pronoun ("he", "she") that comes before its first named person."""
    return any(h.i < first.i and not _is_arabic(view.tokens[h.i].key) for h in view.of("pronoun_subject")) \
        if view.hits else False      # (an Arabic verb comes before its named subject: "توجه بوتين")


_SLASHED_DATELINE = re.compile(r"[^\s/]+(?: [^\s/]+){0,4} ?/[^/\n]{2,30}/")
_BRACKETED_DATELINE = re.compile(r"[^\s()]+(?: [^\s()]+)? ?\([^()]{2,30}\)\s*$")


def _outside_dateline(text: str, toks: list[Token], found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions of a sentence less the states of its dateline ("GLION, Switzerland (AP) -", "TEHRAN -",
    "سوتشي –"): the city and state a story was filed from take no part in what it tells, nor is the agency
    that filed it a source (the story speaks in its own voice), nor does a mention read across the dash
    ("TEHRAN - President Erdogan" is no president of Tehran's)."""
    if found and toks and "/" in text[toks[0].start:toks[min(len(toks), 9) - 1].end] and found[0].i == 0 and found[0].place:
        # "مسقط في 28 ديسمبر /العُمانية/ استقبل ...": the Omani agency's dateline ends at its name in slashes
        slashed = _SLASHED_DATELINE.match(text, toks[0].start)
        if slashed is not None:      # (the agency's name in it is no party either: "العُمانية" is no Oman)
            cut = next((k for k, t in enumerate(toks) if t.start >= slashed.end()), len(toks))
            return _past_dateline(found, cut, gaz, demonyms=True)
    if not found or not toks or not any(d in text[toks[0].start:toks[min(len(toks), 9) - 1].end] for d in DASHES):
        return found       # (most sentences: no dash near the start, no dateline)
    dash = next((k for k in range(1, min(len(toks), 9)) if dash_between(text, toks[k - 1], toks[k])), None)
    if dash is None or found[0].i >= dash:
        return found
    covered = {k for m in found if m.j <= dash for k in range(m.i, m.j)}
    # "بوزنيقة (المغرب) -": a word or two, then a state in brackets, then the dash (a town the gazetteer lacks)
    bracketed = _BRACKETED_DATELINE.match(text, toks[0].start, toks[dash - 1].end) is not None
    if not bracketed and not all(t.punct or k in covered or text[t.start:t.start + 1].isupper()
                                 or text[t.start:t.start + 1].isdigit() for k, t in enumerate(toks[:dash])):
        return found       # a word of the sentence itself before the dash: no dateline
    if not (bracketed or text[toks[0].start:toks[0].end].isupper() or any(m.i == 0 and m.place for m in found)):
        return found       # (a dateline opens with its city: in capitals, or a place the gazetteer knows)
    return _past_dateline(found, dash, gaz)


def _past_dateline(found: list[Mention], cut: int, gaz: Gazetteer, demonyms: bool = False) -> list[Mention]:
    """The mentions after a dateline that ends at token ``cut``, and the ones in it that are neither states
    nor media (nor, with ``demonyms``, a demonym); none read across its end."""
    return [m for m in found if m.i >= cut or (m.j <= cut and not (demonyms and m.via == "demonym") and (
        not m.actor or m.actor not in gaz.actors or gaz.actors[m.actor].type != "state"
        and gaz.actors[m.actor].kind != "media"))]


def _own_country(mentions: list[Mention], hits, gaz: Gazetteer) -> list[Mention]:
    """"بلاده", "his government": the affiliation of the person named before in the sentence."""
    extra = []
    for h in hits:
        if h.kind != "own_country" or any(m.i <= h.i < m.j for m in mentions):
            continue
        persons = [m for m in mentions if m.j <= h.i and m.actor in gaz.actors and gaz.actors[m.actor].type == "person"]
        if persons and gaz.actors[persons[-1].actor].affiliation:
            extra.append(Mention(h.i, h.j, actor=gaz.actors[persons[-1].actor].affiliation, via="pronoun"))
    return sorted(mentions + extra, key=lambda m: m.i) if extra else mentions


def _date_of(index: int, tokenized: list[list[Token]], published: str | None, dates: dict[int, str | None],
             aheads: dict[int, str]) -> str | None:
    """The date sentence `index` gives (read once per sentence)."""
    if index not in dates:
        ahead = aheads.get(index, "")      # a bare weekday of a meeting to come is the next one; a bare month too if planned
        dates[index] = sentence_date(tokenized[index], published, years=True, ahead=bool(ahead),
                                     month_ahead=ahead == "planned")
    return dates[index]


def _event_date(e: Candidate, tokenized: list[list[Token]], published: str | None,
                dates: dict[int, str | None], aheads: dict[int, str]) -> str | None:
    """The date of the first of the event's sentences that gives one (body before headline)."""
    for s in sorted(e.sentences, key=lambda s: (s.headline, s.start)):
        date = _date_of(s.index, tokenized, published, dates, aheads)
        if date:
            return date
    return None


def _same_day(events: list[Candidate], tokenized: list[list[Token]]) -> None:
    """An undated meeting told after a dated one of the same person, in a sentence that names no
    other time ("كما عقد الصفدي محادثات مع نظيره", "He also met ..."), is of the same day and, when
    its sentence names no city, in the same place; not one told as earlier ("وكان X قد زار", "Last
    month, ...") or still to come. One told "on the same day" takes the date told before, whoever met."""
    earlier = lexicon().words("earlier_markers")
    meeting = lexicon().words_union("meeting", "before_event_words")
    last: Candidate | None = None
    dated: Candidate | None = None
    for e in sorted((e for e in events if e.kind == "meeting" and not e.earlier), key=lambda e: e.sentences[0].start):
        if e.same_day and dated is not None and dated.status.startswith("confirmed"):
            e.date = dated.date    # "وفي اليوم نفسه استقبل ...", "on the same day": whoever met, the date told before
                                   # (its "اليوم" is that day, not today)
        elif e.next_day and dated is not None and dated.status.startswith("confirmed") and dated.date \
                and len(dated.date) == 10:
            e.date = shifted(dated.date, 1)     # "ثم التقى حفتر في اليوم التالي", "the next day"
        if e.date:
            if e.place is None and not e.visit and dated is not None and dated.date == e.date and dated.place \
                    and len(e.date) == 10 and set(e.participants) & set(dated.participants) \
                    and e.sentences[0].paragraph - dated.sentences[-1].paragraph <= 3:
                e.place = dated.place    # "X arrived in Jeddah on Wednesday ... X also held talks on Wednesday with Y"
            last = e if e.status.startswith(("confirmed", "reported")) else None   # (a visit an agency reports too)
            dated = e
            continue
        if last is None or not e.status.startswith("confirmed") or e.sentences[0].headline:
            continue
        # ("قبل أن يتوجه إلى الموصل": before what he did next; "Before the session", "قبيل الاجتماع": before the
        # meeting told, that day; neither before the main event)
        words = {v for s in e.sentences for k, t in enumerate(tokenized[s.index])
                 if not _before_next(tokenized[s.index], k, meeting) for v in t.variants}
        shared = bool(set(e.participants) & set(last.participants))
        if earlier.isdisjoint(words) and (shared or _same_scene(e, last, words)):
            e.date = last.date
            if not e.visit:                      # (a tour's next stop is elsewhere)
                e.place = e.place or last.place  # the same visit: its city (corpus README, coding decision 7)


def _same_scene(e: Candidate, last: Candidate, words: set[str]) -> bool:
    """An undated meeting of other people told right after a dated one (its paragraph or the next), in
    a sentence with no word placing it before or after something else ("وعلى هامش الاجتماع التقى A B",
    "Rouhani later held talks with X", "The pontiff also met Y"): the same day's scene, not a visit
    or a tour's stop, not "the visit comes days after X met Y"."""
    return not e.visit and e.sentences[0].paragraph - last.sentences[-1].paragraph <= 1 \
        and lexicon().words("other_time_words").isdisjoint(words)


def _before_next(toks: list[Token], k: int, meeting: frozenset[str]) -> bool:
    """Token k is "before" ("قبل", "قبيل") followed by "أن" and a verb, or by a meeting or session word within
    three tokens: what came next that day, not an earlier time."""
    if toks[k].key not in ("قبل", "قبيل", "before"):
        return False
    nxt = toks[k + 1:k + 4]
    return bool(nxt) and (nxt[0].key == "ان" or any(not meeting.isdisjoint(t.variants) for t in nxt))


def _month_of(date_of) -> str | None:
    """The month of the date ``date_of`` gives (None stays None)."""
    return (date_of() or "")[:7] or None


def _used_actors(events: list[Candidate]) -> set[str]:
    used: set[str] = set()
    for e in events:
        used |= set(e.participants) | set(e.parties) | e.third_ids() | set(e.reported_by)
        if e.denier:
            used.add(e.denier)
    return used


def _evidence(article: Article, sentences: list[Sentence]) -> list[Evidence]:
    return [Evidence(quote=article.text[s.start:s.end], start=s.start, end=s.end) for s in sentences]


def _told_at(c: Candidate) -> int:
    return c.sentences[0].start


def _statements(article: Article, events: list[Candidate], meeting_confidence: list[float] | None = None
                ) -> list[Meeting | Mediation | Denial]:
    """The candidates as statements, in text order; meetings take ``meeting_confidence`` (in the
    order of their first sentence) instead of the rules' scores when given."""
    order = _told_at
    meetings = sorted((e for e in events if e.kind == "meeting"), key=order)
    mediations = sorted((e for e in events if e.kind == "mediation"), key=order)
    denials = sorted((e for e in events if e.kind == "denial"), key=order)
    ids: dict[int, str] = {}
    out: list[tuple[int, Meeting | Mediation | Denial]] = []
    for n, e in enumerate(meetings, 1):
        ids[id(e)] = f"m{n}"
        out.append((order(e), Meeting(
            id=f"m{n}", participants=e.participants, sponsors=e.third["sponsor"], mediators=e.third["mediator"],
            hosts=e.third["host"], status=e.status.rstrip("!"), reported_by=[a for a in e.reported_by if a not in e.participants or e.status.startswith("confirmed")],
            place=e.place, date=e.date, evidence=_evidence(article, e.sentences),
            confidence=meeting_confidence[n - 1] if meeting_confidence else round(e.confidence, 3))))
    for n, e in enumerate(mediations, 1):
        out.append((order(e), Mediation(
            id=f"med{n}", parties=e.parties, sponsors=e.third["sponsor"], mediators=e.third["mediator"],
            hosts=e.third["host"], reported_by=e.reported_by, evidence=_evidence(article, e.sentences),
            confidence=round(e.confidence, 3))))
    for n, e in enumerate(denials, 1):
        out.append((order(e), Denial(
            id=f"d{n}", denier=e.denier, denies=ids[id(e.target)], evidence=_evidence(article, e.sentences),
            confidence=round(e.confidence, 3))))
    out.sort(key=lambda x: x[0])
    return [s for _, s in out]
