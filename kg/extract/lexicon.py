"""Read the trigger and title lexicons (data/lexicon/*.yaml) into normalised token phrases."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
import re
from typing import Any

from kg.extract.tokens import phrase_key
from kg.resources import lexicon_data

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    """One trigger phrase: its tokens, its category (e.g. 'sponsor') and where its actor stands."""

    tokens: Phrase
    category: str
    look: str = "after"


@dataclass
class Lexicon:
    """Every cue list the extractor uses, keyed by what it signals."""

    raw: dict[str, Any]
    titles: dict[str, Any]
    phrases: dict[str, set[Phrase]] = field(default_factory=dict)
    cues: list[Cue] = field(default_factory=list)
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _finders: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def has(self, kind: str, phrase: Phrase) -> bool:
        return phrase in self.phrases.get(kind, ())

    def words(self, kind: str) -> frozenset[str]:
        """Single-token entries of a phrase list (computed once per kind)."""
        cached = self._words.get(kind)
        if cached is None:
            if kind not in self.phrases:     # a misspelt list name fails here, not as a rule that never fires
                raise KeyError(f"no lexicon list {kind!r}")
            cached = self._words[kind] = frozenset(p[0] for p in self.phrases[kind] if len(p) == 1)
        return cached

    def words_union(self, *kinds: str) -> frozenset[str]:
        """Single-token entries of several lists together (computed once per combination: the
        union of two large word sets, made anew per sentence, costs more than the test it serves)."""
        key = "union:" + ",".join(kinds)
        cached = self._words.get(key)
        if cached is None:
            cached = self._words[key] = frozenset().union(*(self.words(kind) for kind in kinds))
        return cached

    def last_words(self, kind: str) -> frozenset[str]:
        """The last token of every phrase of a list ("sides" of "the two sides"): a quick test of
        whether a sentence may hold one (computed once per kind)."""
        key = "last:" + kind
        cached = self._words.get(key)
        if cached is None:
            cached = self._words[key] = frozenset(p[-1] for p in self.phrases.get(kind, ()))
        return cached

    def last_word_finder(self, *kinds: str) -> re.Pattern[str]:
        """One regular expression finding any phrase's last word of these lists inside a text (a
        substring test, as one search instead of one per word)."""
        key = "finder:" + ",".join(kinds)
        cached = self._finders.get(key)
        if cached is None:
            words = sorted({w for kind in kinds for w in self.last_words(kind)}, key=lambda w: (-len(w), w))
            cached = self._finders[key] = re.compile("|".join(map(re.escape, words)) or "(?!)")
        return cached


def _both(entry: Any) -> list[str]:
    if isinstance(entry, dict):
        return [str(x) for lang in ("ar", "en") for x in (entry.get(lang) or [])]
    return [str(x) for x in (entry or [])]


# Lexicon entries that are plain word lists (ar/en), read as they are.
PLAIN_KINDS = ("meeting", "anaphoric_meeting", "mediation", "planned", "proposed", "confirmed", "dyad_words",
               "between", "speech", "own_country", "generic", "phone", "topic", "clause_breaks", "conjunctions",
               "locative", "non_actor_nouns", "agent_nouns", "subordinate", "message_from", "joined",
               "self_reference", "first_person", "passive_aux", "denied_objects", "denied_things", "meaning_verbs", "invite_verbs", "stay_away_words", "travel_words", "apposed_openers", "ahead_of", "joiner_verbs", "passive_cancellation", "scheduled_words", "denier_words", "quoting_verbs", "ordinal_after", "start_nouns", "after_talks", "state_cues", "slot_glue", "led_by", "slot_skip", "participation", "accompanied",
               "self_triggers", "uncertain", "question_words", "heads_delegation", "delegation_nouns", "invitation",
               "invitation_from", "invitation_to", "shuttle", "visit", "visit_glue", "relative", "new_round", "agreement", "sidelines", "dyad_persons", "series", "backing", "separately", "premises", "own_visit", "joint_words", "when_words", "handover", "documents", "pair_glue", "agree_verbs", "adverbs", "pronoun_subject", "delegation_includes", "the_kingdom", "the_movement", "the_movement_not_after", "to_attend", "trip_origin", "tour_stop_nouns", "assemblies", "not_denial", "discussed_with", "signing", "group3_words", "group4_words",
               "meeting_included", "reports_of", "official_nouns", "object_triggers",
               "persons3_words", "persons4_words", "frame_words", "tour_ahead", "tour_past",
               "earlier_markers", "aide_nouns_after", "dyad_heads", "dyad_ministers", "process_words", "welcome_verbs", "host_joins", "call_on", "signing_nouns", "joined_it", "chairs", "own_tour", "visit_told_before", "visit_pronoun", "own_first_letter", "subjunctive",
               "first_visit", "past_visit_since", "generic_visitors", "own_visitor", "each_of_them", "first_after_visit",
               "named_place_nouns", "in_turn", "spoke_with", "accompanies", "press_conference", "joint_press", "meeting_verbs", "met_verbs", "past_plan", "clause_copulas", "death_of", "topic_fillers", "followed_by", "hyphen_prefixes", "guest_words", "delegation_adjectives", "the_government",
               "dropped_subject_openers", "in_attendance", "joined_them",
               "departure", "contrast_openers", "trip_purpose", "body_heads", "same_day", "next_day", "reception_verbs", "office_held", "subject_fillers", "adjective_cues", "participle_openers", "speaking_words", "with_words", "visit_made_by", "talks_in", "told_verbs", "clause_auxiliaries", "spokesman_words",
               "bring_together", "bring_together_sought", "bring_together_done", "bring_together_tried", "bring_together_pair", "claim_copula", "held_words", "denial_participles", "cancellation_nouns",
               "announce_verbs", "announce_fillers", "denial_plural", "invite_back", "summit_words", "hosted_things", "dyad_movements", "side_words",
               "description_asides", "requested_by", "request_verbs", "plural_meetings",
               "cancel_it", "each_of", "as_capacity", "dyad_not_before", "office_time_prefixes", "hyphen_suffixes", "flight_nouns", "phone_not_after", "occasion_qualifiers", "before_event_words", "unnamed_official_nouns", "report_verbs", "each_object", "counterfactual", "stops_before", "media_nouns", "visit_pair_words", "summons_verbs", "summoned_envoys", "own_envoy", "gathered_him", "credentials_verbs", "credentials_nouns", "co_mediators", "other_time_words", "met_during", "joint_objects", "also_words", "invitation_answered")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicons, parsed once."""
    raw = lexicon_data("extraction")
    titles = lexicon_data("titles")
    names = lexicon_data("names")
    lex = Lexicon(raw=raw, titles=titles)

    def add(kind: str, words: list[str]) -> None:
        bucket = lex.phrases.setdefault(kind, set())
        for w in words:
            key = phrase_key(w)
            if key:
                bucket.add(key)

    for kind in PLAIN_KINDS:
        add(kind, _both(raw.get(kind)))
    add("meeting", [w for w in _both(raw.get("self_triggers")) if len(phrase_key(w)) == 1])
    add("meeting", [w for w in _both(raw.get("object_triggers")) if len(phrase_key(w)) == 1])
    add("meeting", _both(raw.get("object_meeting_phrases")))
    neg = raw["negation"]
    add("negation", _both(neg))
    add("negation_exceptions", _both(neg.get("exceptions")))
    add("negation_false", _both(neg.get("not_negations")))
    att = raw["attribution"]
    add("attribution_after", _both(att.get("after")))
    add("attribution_before", _both(att.get("before")))
    add("attribution_skip", _both(att.get("skip")))
    add("name_stops", _both(titles.get("name_stops")))
    add("name_first_words", _both(titles.get("name_first_words")))
    add("name_joiners", _both(titles.get("name_joiners")))
    add("patronymics", _both(titles.get("patronymics")))
    add("name_never_first", _both(titles.get("name_never_first")))
    add("body_nouns", _both(titles.get("body_nouns")))
    add("body_tails", _both(titles.get("body_tails")))
    add("aide_words", _both(titles.get("aide_words")))
    add("master_words", _both(titles.get("master_words")))
    add("master_links", _both(titles.get("master_links")))
    add("title_fillers", _both(titles.get("title_fillers")))
    add("title_army_words", _both(titles.get("title_army_words")))
    add("ambassador_titles", _both(titles.get("ambassador_titles")))
    add("political_bodies", _both(titles.get("political_bodies")))
    add("people_adjectives", _both(titles.get("people_adjectives")))
    add("given_names", _both(names.get("given_names")))
    add("not_person_words", _both(names.get("not_person_words")))
    add("body_last_words", _both(names.get("body_last_words")))
    add("guarded_demonyms", _both(names.get("guarded_demonyms")))
    add("guarded_demonym_heads", _both(names.get("guarded_demonym_heads")))
    add("given_names_ar", _both(names.get("given_names_ar")))
    add("title_links", _both(titles.get("title_links")))
    add("counterpart", _both(titles.get("counterpart")))
    add("title_modifiers", _both(titles.get("title_modifiers")))
    add("possessive_aides", _both(titles.get("possessive_aides")))
    add("person_nouns", _both(titles.get("person_nouns")))
    add("minister_nouns", _both(titles.get("minister_nouns")))
    add("envoy_nouns", _both(titles.get("envoy_nouns")))
    add("title_complements", _both(titles.get("title_complements")))
    add("accredited_to", _both(titles.get("accredited_to")))
    add("ambassador_new", _both(titles.get("ambassador_new")))
    add("ambassador_post", _both(titles.get("ambassador_post")))
    add("envoy_remits", _both(titles.get("envoy_remits")))
    add("remit_nouns", _both(titles.get("remit_nouns")))
    add("title_qualifiers", _both(titles.get("title_qualifiers")))
    add("title_then", _both(titles.get("title_then")))
    add("bare_ranks", _both(titles.get("bare_ranks")))
    add("bare_monarchs", _both(titles.get("bare_monarchs")))
    add("late_words", _both(titles.get("late_words")))
    add("owned_by_king", _both(titles.get("owned_by_king")))
    add("plural_titles", _both(titles.get("plural_titles")))
    add("group_titles", _both(titles.get("group_titles")))
    add("agency_heads", _both(titles.get("agency_heads")))
    add("ranks", _both(titles.get("ranks")))
    add("honorifics", _both(titles.get("honorifics")))
    add("courtesy_honorifics", _both(titles.get("courtesy_honorifics")))
    add("designate_words", _both(titles.get("designate_words")))
    add("one_holder_offices", _both(titles.get("one_holder_offices")))
    for role, entries in raw["third_party"].items():
        for entry in entries:
            for w in _both(entry):
                lex.cues.append(Cue(phrase_key(w), role, entry.get("look", "after")))
    for entry in raw["arranger"]:
        for w in _both(entry):
            lex.cues.append(Cue(phrase_key(w), "arranger", entry.get("look", "before")))
    for category in ("denial", "cancellation", "refusal", "absent"):
        for entry in raw[category]:
            for w in _both(entry):
                lex.cues.append(Cue(phrase_key(w), category, entry.get("look", "before")))
    for role, entry in titles["titles"].items():
        add(f"title:{role}", _both(entry))
    return lex
