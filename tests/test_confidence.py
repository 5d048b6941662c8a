"""Calibrated confidence of extracted meetings: the shipped model is what the gold corpora train,
extraction applies it, `--min-confidence` keeps exactly what reaches the threshold, and `kg eval`
shows what each threshold would keep."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from kg.api import KnowledgeGraph
from kg.extract import extract, extract_scored
from kg.extract.confidence import FEATURES, load_model, model
from kg.gazetteer import Gazetteer
from kg.intake import read_path
from kg.model import Meeting
from kg.resources import data_dir

from tests.conftest import run_kg

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = data_dir() / "articles" / "seed-ar.txt"


def seed_article():
    return next(read_path(SEED_TEXT, Gazetteer.default())).article


def test_the_shipped_calibration_is_what_the_gold_corpora_train():
    # retrain from tests/corpus* and compare byte for byte: the weights always match the extractor
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "train_confidence.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "data/confidence.yaml is current" in done.stdout
    blind = len(list(ROOT.glob("tests/corpus-blind*/gold")))     # every blind corpus is among those trained on
    assert "pooled, all corpora" in done.stdout and f"pooled, the {blind} blind corpora" in done.stdout


def test_a_meeting_s_confidence_is_the_model_s_probability_of_its_features():
    gaz = Gazetteer.default()
    art = seed_article()
    scored, features = extract_scored(art, gaz)
    final = extract(art, gaz)
    weights = model()["meeting"]
    rule = [s for s in scored.statements if isinstance(s, Meeting)]
    calibrated = [s for s in final.statements if isinstance(s, Meeting)]
    assert len(rule) == len(calibrated) == len(features) == 3
    for r, c, f in zip(rule, calibrated, features):
        assert set(f) == set(FEATURES)
        z = weights["intercept"] + sum(w * f[name] for name, w in weights["weights"].items())
        assert c.confidence == round(1 / (1 + math.exp(-z)), 3)
        assert f["rule_score"] == r.confidence
    # mediations and denials keep the rules' scores
    others = lambda st: [(s.id, s.confidence) for s in st.statements if not isinstance(s, Meeting)]  # noqa: E731
    assert others(final) == others(scored)


def test_a_model_file_naming_an_unknown_feature_is_refused_with_the_fix(tmp_path: Path):
    bad = tmp_path / "confidence.yaml"
    bad.write_text("meeting:\n  intercept: 0.1\n  weights:\n    rule_score: 1.0\n    moon_phase: 2.0\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"moon_phase.*retrain with tools/train_confidence.py"):
        load_model(bad)


def test_min_confidence_keeps_exactly_the_statements_that_reach_it(tmp_path: Path):
    meetings = sorted(s.confidence for s in extract(seed_article()).statements if isinstance(s, Meeting))
    threshold = meetings[1]                     # keeps the two most confident of the seed's three meetings
    store = tmp_path / "kg-store"
    done = run_kg("--store", str(store), "ingest", "--no-handcoded", "--min-confidence", str(threshold), str(SEED_TEXT))
    assert done.returncode == 0, done.stderr
    with KnowledgeGraph.open(store, create=False) as kg:
        rows = kg.query("SELECT ?c WHERE { ?m a dip:Meeting ; dip:confidence ?c }").to_python()
        assert sorted(float(r["c"]) for r in rows) == [c for c in meetings if c >= threshold]
        below = kg.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s dip:confidence ?c FILTER(?c < {threshold}) }}").to_python()
        assert int(below[0]["n"]) == 0
        # a denial is kept only with the meeting it denies
        dangling = kg.query("SELECT ?d WHERE { ?d a dip:Denial ; dip:denies ?m FILTER NOT EXISTS { ?m a dip:Meeting } }")
        assert dangling.to_python() == []


def test_min_confidence_outside_0_to_1_is_a_usage_error(tmp_path: Path):
    done = run_kg("--store", str(tmp_path / "s"), "ingest", "--min-confidence", "1.5", str(SEED_TEXT))
    assert done.returncode == 2
    assert "--min-confidence" in done.stderr and "1.5" in done.stderr


def test_kg_eval_shows_what_each_confidence_threshold_keeps():
    done = run_kg("eval", str(ROOT / "tests" / "corpus" / "gold"), "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)["meetings_by_confidence"]
    assert [r["threshold"] for r in rows] == [0.5, 0.6, 0.7, 0.8, 0.9]
    kept = [r["kept"] for r in rows]
    assert kept == sorted(kept, reverse=True) and kept[0] > 0     # a higher threshold never keeps more
    assert all(0 <= r["precision"] <= 1 and 0 <= r["recall"] <= 1 for r in rows if r["kept"])
