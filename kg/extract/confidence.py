"""Calibrated confidence for extracted meetings: the chance, learned from the gold corpora, that a
meeting's participants are exactly right.

The rules give each meeting a score from the way it was found (0.55-0.95). Over the annotated
corpora those scores rank meetings only roughly, so a logistic model over the rule score and a few
plain facts of the statement (how many participants, of which kinds, its status, whether it has a
date, a place, a third party, a source, how many sentences tell it, where in the article) turns it
into a probability. Its weights live in ``data/confidence.yaml``, written by
``tools/train_confidence.py`` from the gold corpora; this module only scores.

>>> from kg.model import Article
>>> from kg.extract import extract
>>> st = extract(Article(id="a", text="Putin met Erdogan in Sochi on Monday.", language="en", published="2024-03-06"))
>>> 0 < st.statements[0].confidence < 1
True
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.extract.assemble import Candidate
from kg.gazetteer import Gazetteer
from kg.model import Article
from kg.resources import data_dir, load_data_yaml


_LEADING_SPACE = re.compile(r"\s*")


def meeting_features(meeting: Candidate, article: Article, gazetteer: Gazetteer, new_actors: set[str],
                     meetings_in_article: int) -> dict[str, float]:
    """The facts of one extracted meeting the model weighs, read from the candidate the rules made
    (its ``confidence`` is the rules' score; ``mentioned``, the actors named beside it)."""
    participants = meeting.participants
    kinds = [gazetteer.actors[a].type if a in gazetteer.actors else "person" for a in participants]
    n = len(participants)
    status = meeting.status.rstrip("!")
    first = meeting.sentences[0] if meeting.sentences else None
    text = article.text
    line_end = text.find("\n", _LEADING_SPACE.match(text).end())      # where the first line (the title) ends
    first_line = line_end if line_end >= 0 else len(text)
    third = meeting.third_ids()
    sourced = any(a not in participants or status == "confirmed" for a in meeting.reported_by)
    return {
        "rule_score": round(meeting.confidence, 3),
        "three_participants": float(n == 3),
        "four_or_more": float(n >= 4),
        "all_states": float(all(k == "state" for k in kinds)),
        "persons_share": kinds.count("person") / n,
        "organizations_share": kinds.count("organization") / n,
        "new_actor": float(any(a in new_actors for a in participants)),
        "reported": float(status == "reported"),
        "planned": float(status == "planned"),
        "proposed": float(status == "proposed"),
        "dated": float(meeting.date is not None),
        "placed": float(meeting.place is not None),
        "third_party": float(bool(third)),
        "sourced": float(sourced),
        "several_sentences": float(len(meeting.sentences) > 1),
        "in_title": float(first is not None and first.start < first_line),
        "position": (first.start / max(len(article.text), 1)) if first is not None else 0.0,
        "sentence_length": min(first.end - first.start, 400) / 400 if first is not None else 0.0,
        "others_named": min(len(meeting.mentioned - set(participants) - third), 5) / 5,
        "from_context": float(meeting.anaphoric),
        "visit": float(meeting.visit),
        "sideline": float(meeting.sideline),
        "series": float(meeting.series),
        "arabic": float(article.language == "ar"),
        "meetings_in_article": min(meetings_in_article, 10) / 10,
    }


FEATURES = (
    "rule_score", "three_participants", "four_or_more", "all_states", "persons_share", "organizations_share",
    "new_actor", "reported", "planned", "proposed", "dated", "placed", "third_party", "sourced",
    "several_sentences", "in_title", "position", "sentence_length", "others_named", "from_context", "visit",
    "sideline", "series", "arabic", "meetings_in_article")


@lru_cache(maxsize=1)
def model() -> dict[str, Any] | None:
    """The shipped weights (data/confidence.yaml, read once), or None when the file is absent: the
    rules' scores then stay."""
    path = data_dir() / "confidence.yaml"
    return load_model(path) if path.is_file() else None


def load_model(path: Path) -> dict[str, Any]:
    """A calibration file: ``meeting: {intercept, weights: {feature: weight}}``; weights of features
    this version does not compute are refused (the file was trained for another extractor)."""
    raw = load_data_yaml(path)
    unknown = set(raw["meeting"]["weights"]) - set(FEATURES)
    if unknown:
        raise ValueError(f"{path}: weights for unknown features {sorted(unknown)}; "
                         "retrain with tools/train_confidence.py")
    return raw


def probability(features: Mapping[str, float]) -> float | None:
    """The model's chance that a meeting with these features has its participants right (None
    without a model file: the rules' score then stays)."""
    raw = model()
    return None if raw is None else round(chance(raw["meeting"], features), 3)


def chance(meeting_model: Mapping[str, Any], features: Mapping[str, float]) -> float:
    """The logistic model ``{intercept, weights}`` applied to one meeting's features."""
    z = meeting_model["intercept"] + sum([w * features[name] for name, w in meeting_model["weights"].items()])
    return 1 / (1 + math.exp(-z))
