"""`kg ingest --jobs N` (kg/workers.py): statements built in worker processes give the same store,
the same report and the same failures as one process, in reading order."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.api import KnowledgeGraph
from kg.errors import KGError
from kg.gazetteer import Gazetteer
from kg.ingest import ingest_paths
from kg.intake import Incoming
from kg.model import Article
from kg.workers import build_all

from tests.conftest import run_kg
from tests.test_ingest import ARTICLE_IDS, bad_batch, needs_extractor

CORPUS = Path(__file__).parent / "corpus" / "articles"

ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!isBlank(?s) && !isBlank(?o)) }"


def _quads(store: Path) -> set[tuple]:
    with KnowledgeGraph.open(store, create=False) as kg:
        return set(kg.query(ALL_QUADS).rows)


def _failed_lines(stderr: str) -> list[str]:
    return sorted(line for line in stderr.splitlines() if line.startswith("FAILED"))


@needs_extractor
def test_two_jobs_write_the_same_store_and_report_as_one(tmp_path: Path):
    batch = bad_batch(tmp_path / "batch")          # the seed article among files that cannot be read
    for path in sorted(CORPUS.glob("*.txt"))[:24]:
        shutil.copy(path, batch / path.name)
    one = run_kg("--store", str(tmp_path / "one"), "ingest", "--no-handcoded", str(batch))
    two = run_kg("--store", str(tmp_path / "two"), "ingest", "--no-handcoded", "--jobs", "2", str(batch))
    assert one.returncode == two.returncode == 1, two.stderr
    assert one.stdout == two.stdout                              # the same totals, to the statement
    assert "25 articles ingested" in two.stdout and "7 failed" in two.stdout
    assert _failed_lines(one.stderr) == _failed_lines(two.stderr)
    ok = lambda err: [line for line in err.splitlines() if line.startswith("ok ")]  # noqa: E731
    assert ok(one.stderr) == ok(two.stderr)                      # written in reading order
    assert _quads(tmp_path / "one") == _quads(tmp_path / "two")
    # and the graph holds what a user asks of it: every ingested article's meetings quote it
    with KnowledgeGraph.open(tmp_path / "two", create=False) as kg:
        rows = kg.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?m a dip:Meeting ; prov:wasDerivedFrom ?a }").rows
    assert int(rows[0][0].value) >= 20


@needs_extractor
def test_zero_jobs_means_one_per_core_and_reingest_is_idempotent(tmp_path: Path):
    store = tmp_path / "s"
    articles = sorted(CORPUS.glob("*.txt"))[:6]
    first = run_kg("--store", str(store), "ingest", "-j", "0", *map(str, articles))
    assert first.returncode == 0, first.stderr
    before = _quads(store)
    again = run_kg("--store", str(store), "ingest", "-j", "0", *map(str, articles))
    assert again.returncode == 0 and _quads(store) == before


def test_negative_jobs_is_a_usage_error(tmp_path: Path):
    result = run_kg("--store", str(tmp_path / "s"), "ingest", "--jobs", "-1", str(CORPUS))
    assert result.returncode == 2 and "--jobs" in result.stderr
    assert not (tmp_path / "s").exists()


def failing_extractor(article: Article, gazetteer: Gazetteer):
    """A module-level extractor (so it can go to a worker) that breaks on one article."""
    if "Sochi" in article.text:
        raise RuntimeError("broken on purpose")
    from kg.extract import extract
    return extract(article, gazetteer)


@needs_extractor
def test_an_extractor_failure_in_a_worker_fails_its_article_only(tmp_path: Path):
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "text": "Putin met Erdogan in Sochi."}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "b", "text": "Putin met Erdogan in Ankara."}), encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "s") as kg:
        report = ingest_paths(kg, [tmp_path / "a.json", tmp_path / "b.json"], progress=False,
                              use_handcoded=False, extractor=failing_extractor, jobs=2)
        assert [r.id for r in report.articles] == ["b"]
        assert report.failed == [(str(tmp_path / "a.json"), "extraction failed: RuntimeError: broken on purpose")]
        assert [r["id"] for r in kg.query(ARTICLE_IDS).to_python()] == ["b"]


def test_an_extractor_that_cannot_go_to_a_worker_is_refused_before_anything_runs():
    art = Incoming(article=Article(id="a", text="Putin met Erdogan.", language="en"), actors=(), source="a",
                   path=Path("a"))
    with pytest.raises(KGError, match="cannot be sent to worker processes"):
        next(build_all([art], Gazetteer.default(), extractor=lambda a, g: None, jobs=2))


def dying_extractor(article: Article, gazetteer: Gazetteer):
    """An extractor whose process dies on one article (as a worker killed for memory would)."""
    import os
    if "Sochi" in article.text:
        os._exit(3)
    from kg.extract import extract
    return extract(article, gazetteer)


@needs_extractor
def test_a_worker_that_dies_stops_the_run_with_a_clear_error(tmp_path: Path):
    for n, place in enumerate(["Ankara", "Sochi", "Tehran"]):
        (tmp_path / f"{n}.json").write_text(json.dumps({"id": f"a{n}", "text": f"Putin met Erdogan in {place}."}),
                                            encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "s") as kg:
        with pytest.raises(KGError, match="worker processes stopped") as info:
            ingest_paths(kg, [tmp_path], progress=False, use_handcoded=False, extractor=dying_extractor, jobs=2)
        assert "--jobs 1" in info.value.render()
        assert "a1" not in [r["id"] for r in kg.query(ARTICLE_IDS).to_python()]
