"""`kg ingest` and `kg extract`: exit codes, the store holds exactly what succeeded, idempotence,
hand-coded files win, and `kg add` of `kg extract`'s YAML gives the graph `kg ingest` gives."""
from __future__ import annotations

import importlib
import json
import os
import shutil
from pathlib import Path

import pytest

from kg.api import KnowledgeGraph
from kg.gazetteer import Gazetteer
from kg.handcoded import dump_statements, load_statements
from kg.ingest import canonical, ingest_paths
from kg.resources import data_dir

from tests.conftest import run_kg

ARTICLES = data_dir() / "articles"
STATEMENTS = data_dir() / "statements"
SEED_TEXT = ARTICLES / "seed-ar.txt"
ENGLISH = ("Turkish and Syrian defence ministers met in Moscow on Wednesday under Russian auspices, "
           "according to the Russian defence ministry, in the first such meeting since 2011.")

ARTICLE_IDS = """SELECT ?id WHERE {
  ?a a dip:Article .
  BIND(STRAFTER(STR(?a), "https://w3id.org/dipkg/id/article/") AS ?id)
} ORDER BY ?id"""


def has_extractor() -> bool:
    try:
        return hasattr(importlib.import_module("kg.extract"), "extract")
    except ImportError:
        return False


needs_extractor = pytest.mark.skipif(not has_extractor(), reason="kg.extract (the extractor) is not installed yet")


def article_ids(store: Path) -> list[str]:
    with KnowledgeGraph.open(store, create=False) as kg:
        return [row["id"] for row in kg.query(ARTICLE_IDS).to_python()]


def graph_quads(store: Path, article_id: str) -> set[tuple]:
    """Every quad of one article's named graph, as a user would fetch it with SPARQL."""
    with KnowledgeGraph.open(store, create=False) as kg:
        result = kg.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <https://w3id.org/dipkg/id/graph/article/{article_id}> "
                          "{ ?s ?p ?o } }")
        return set(result.rows)


def quad_count(store: Path) -> int:
    with KnowledgeGraph.open(store, create=False) as kg:
        return kg.quad_count()


def bad_batch(folder: Path) -> Path:
    """The seed article (hand-coded) among files that cannot be read."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED_TEXT, folder / "seed-ar.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (folder / "latin1.txt").write_bytes("Réunion à Genève".encode("latin-1"))
    (folder / "huge.md").write_text(ENGLISH * 30000, encoding="utf-8")
    (folder / "dated-wrong.md").write_text(f"---\npublished: 25/08/2022\n---\n{ENGLISH}\n", encoding="utf-8")
    (folder / "feed.jsonl").write_text('{"text": \n[]\n', encoding="utf-8")
    return folder


# -- exit codes ------------------------------------------------------------------------------

def test_ingest_all_ok_exits_0(store: Path):
    result = run_kg("--store", str(store), "ingest", str(ARTICLES))
    assert result.returncode == 0, result.stderr
    expected = sorted(p.stem for p in ARTICLES.glob("*.txt"))
    assert article_ids(store) == expected
    assert f"{len(expected)} articles ingested" in result.stdout
    assert "0 failed" in result.stdout
    assert "ok      seed-ar" in result.stderr and "[hand-coded:" in result.stderr


def test_some_failed_exits_1_and_the_store_holds_exactly_the_successes(store: Path, tmp_path: Path):
    folder = bad_batch(tmp_path / "batch")
    result = run_kg("--store", str(store), "ingest", str(folder))
    assert result.returncode == 1, result.stderr
    err = result.stderr
    for name, reason in [("empty.txt", "empty file"), ("binary.txt", "binary file"), ("latin1.txt", "not UTF-8"),
                         ("huge.md", "too large"), ("dated-wrong.md", "not an ISO date"),
                         ("feed.jsonl:1", "line 1 is not valid JSON"), ("feed.jsonl:2", "expected a JSON object")]:
        assert f"FAILED  {folder / name}: " in err and reason in err, (name, err)
    assert "1 article ingested" in result.stdout and "7 failed" in result.stdout
    assert article_ids(store) == ["seed-ar"]
    # every event in the store comes from the one article that succeeded
    with KnowledgeGraph.open(store, create=False) as kg:
        sources = kg.query("SELECT DISTINCT ?a WHERE { ?e prov:wasDerivedFrom ?a }").to_python()
    assert [r["a"] for r in sources] == ["https://w3id.org/dipkg/id/article/seed-ar"]


def test_max_bytes_is_configurable(store: Path, tmp_path: Path):
    folder = bad_batch(tmp_path / "batch")
    result = run_kg("--store", str(store), "ingest", "--max-bytes", "100", str(folder / "seed-ar.txt"))
    assert result.returncode == 1 and "over the limit of 100 bytes" in result.stderr
    assert not store.exists() or article_ids(store) == []


@pytest.mark.parametrize("args", [[], ["does-not-exist.txt"], ["--max-bytes", "0", "x"], ["--handcoded", "nowhere", "."]])
def test_usage_errors_exit_2(store: Path, tmp_path: Path, args: list[str]):
    result = run_kg("--store", str(store), "ingest", *args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert not store.exists()


def test_folder_without_articles_is_a_usage_error(store: Path, tmp_path: Path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    result = run_kg("--store", str(store), "ingest", str(tmp_path))
    assert result.returncode == 2 and "no article files found" in result.stderr


# -- idempotence and hand-coded files ----------------------------------------------------------

def test_reingest_is_idempotent(store: Path, tmp_path: Path):
    assert run_kg("--store", str(store), "ingest", str(ARTICLES)).returncode == 0
    before = quad_count(store)
    seed_before = graph_quads(store, "seed-ar")
    assert run_kg("--store", str(store), "ingest", str(ARTICLES)).returncode == 0
    assert quad_count(store) == before
    assert graph_quads(store, "seed-ar") == seed_before


def test_handcoded_file_wins_and_equals_kg_add(store: Path, tmp_path: Path):
    ingested = run_kg("--store", str(store), "ingest", str(SEED_TEXT))
    assert ingested.returncode == 0, ingested.stderr
    added = tmp_path / "added"
    assert run_kg("--store", str(added), "add", str(STATEMENTS / "seed-ar.yaml")).returncode == 0
    assert graph_quads(store, "seed-ar") == graph_quads(added, "seed-ar")


def test_handcoded_folder_overrides_the_packaged_one(store: Path, tmp_path: Path):
    mine = tmp_path / "mine"
    mine.mkdir()
    text = (STATEMENTS / "seed-ar.yaml").read_text(encoding="utf-8")
    text = text.replace("text_file: ../articles/seed-ar.txt", f"text_file: {SEED_TEXT.as_posix()}")
    cut = text.index("  - id: med1")                 # keep only the first meeting
    (mine / "seed.yaml").write_text(text[:cut], encoding="utf-8")
    result = run_kg("--store", str(store), "ingest", "--handcoded", str(mine), str(SEED_TEXT))
    assert result.returncode == 0, result.stderr
    assert f"[hand-coded: {mine / 'seed.yaml'}]" in result.stderr
    with KnowledgeGraph.open(store, create=False) as kg:
        assert len(kg.query("SELECT ?m WHERE { ?m a dip:Meeting }")) == 1


def test_skip_ids_and_api_report(tmp_path: Path):
    with KnowledgeGraph.open(tmp_path / "s") as kg:
        report = ingest_paths(kg, [ARTICLES], skip_ids={"seed-ar"}, progress=False)
        assert report.skipped == 1 and report.failed == []
        assert report.succeeded == len(list(ARTICLES.glob("*.txt"))) - 1
        assert all(r.handcoded for r in report.articles)
        assert report.totals()["meeting"] >= 1
        assert "seed-ar" not in [r["id"] for r in kg.query(ARTICLE_IDS).to_python()]
        assert report.render().splitlines()[-1] == report.summary()


def test_duplicate_article_ids_in_one_batch(tmp_path: Path):
    (tmp_path / "a.json").write_text(json.dumps({"id": "same", "text": ENGLISH}), encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"id": "same", "text": ENGLISH + " More."}), encoding="utf-8")
    hand = tmp_path / "hand"
    hand.mkdir()
    (hand / "same.yaml").write_text(f"article:\n  id: same\n  text: {json.dumps(ENGLISH)}\nstatements: []\n",
                                    encoding="utf-8")
    with KnowledgeGraph.open(tmp_path / "s") as kg:
        report = ingest_paths(kg, [tmp_path / "a.json", tmp_path / "b.json"], handcoded_dirs=[hand], progress=False)
    assert report.succeeded == 1
    assert report.failed == [(str(tmp_path / "b.json"),
                              f"article id 'same' is also used by {tmp_path / 'a.json'}; "
                              "give each article its own id (field 'id')")]


# -- kg extract → kg add gives exactly what kg ingest gives -------------------------------------

def test_extract_of_handcoded_article_roundtrips(store: Path, tmp_path: Path):
    out = tmp_path / "review" / "seed.yaml"
    result = run_kg("extract", str(SEED_TEXT), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "hand-coded file" in result.stderr
    text = out.read_text(encoding="utf-8")
    relative = Path(os.path.relpath(SEED_TEXT.resolve(), out.parent.resolve())).as_posix()
    assert f"text_file: {relative}\n" in text         # the .txt, relative to the output file
    added = tmp_path / "added"
    assert run_kg("--store", str(added), "add", str(out)).returncode == 0
    assert run_kg("--store", str(store), "ingest", str(SEED_TEXT)).returncode == 0
    assert graph_quads(added, "seed-ar") == graph_quads(store, "seed-ar")


def test_dump_then_load_equals_the_statements(tmp_path: Path):
    """The YAML that `kg extract` writes reads back to the same graph, inline text or text_file."""
    gaz = Gazetteer.default()
    for path in sorted(STATEMENTS.glob("*.yaml")):
        st = canonical(load_statements(path, gaz), gaz)
        inline = tmp_path / f"{path.stem}-inline.yaml"
        inline.write_text(dump_statements(st, gaz), encoding="utf-8")
        by_file = tmp_path / f"{path.stem}-file.yaml"
        by_file.write_text(dump_statements(st, gaz, text_file=str(ARTICLES / f"{path.stem}.txt")), encoding="utf-8")
        with KnowledgeGraph.open(None) as a, KnowledgeGraph.open(None) as b, KnowledgeGraph.open(None) as c:
            a.write([st])
            b.add_files([inline])
            c.add_files([by_file])
            q = f"SELECT ?s ?p ?o WHERE {{ GRAPH <https://w3id.org/dipkg/id/graph/article/{st.article.id}> {{ ?s ?p ?o }} }}"
            expected = set(a.query(q).rows)
            assert expected and set(b.query(q).rows) == expected and set(c.query(q).rows) == expected, path


@needs_extractor
@pytest.mark.parametrize("make", ["txt", "english-md", "json", "html"])
def test_extract_then_add_equals_ingest(store: Path, tmp_path: Path, make: str):
    folder = tmp_path / "in"
    folder.mkdir()
    if make == "txt":
        article = folder / "seed-copy.txt"
        shutil.copy(SEED_TEXT, article)
    elif make == "english-md":
        article = folder / "english.md"
        article.write_text("---\npublished: 2023-04-05\noutlet: Some New Outlet\n---\n"
                           + (ARTICLES / "quad-deputies-2023-04.txt").read_text(encoding="utf-8"), encoding="utf-8")
    elif make == "json":
        article = folder / "seed.json"
        article.write_text(json.dumps({"id": "seed-json", "published": "2022-08-25",
                                       "text": SEED_TEXT.read_text(encoding="utf-8")}, ensure_ascii=False),
                           encoding="utf-8")
    else:
        article = folder / "page.html"
        paragraphs = "".join(f"<p>{p}</p>" for p in SEED_TEXT.read_text(encoding="utf-8").split("\n") if p.strip())
        article.write_text(f"<html><body><nav>x</nav><article>{paragraphs}</article>"
                           "<script>bad()</script></body></html>", encoding="utf-8")
    out = tmp_path / "out.yaml"
    extracted = run_kg("extract", "--no-handcoded", str(article), "-o", str(out))
    assert extracted.returncode == 0, extracted.stderr
    added = tmp_path / "added"
    assert run_kg("--store", str(added), "add", str(out)).returncode == 0
    ingested = run_kg("--store", str(store), "ingest", "--no-handcoded", str(article))
    assert ingested.returncode == 0, ingested.stderr
    (article_id,) = article_ids(store)
    assert article_ids(added) == [article_id]
    assert graph_quads(added, article_id) == graph_quads(store, article_id)


@needs_extractor
def test_undated_article_still_gives_statements(store: Path, tmp_path: Path):
    article = tmp_path / "seed-undated.txt"
    shutil.copy(SEED_TEXT, article)
    result = run_kg("--store", str(store), "ingest", "--no-handcoded", str(article))
    assert result.returncode == 0, result.stderr
    with KnowledgeGraph.open(store, create=False) as kg:
        assert len(kg.query("SELECT ?m WHERE { ?m a dip:Meeting }")) >= 1
        assert not kg.query("ASK { ?a schema:datePublished ?d }").boolean


def test_extract_refuses_a_file_of_many_articles(tmp_path: Path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": ENGLISH}) + "\n" + json.dumps({"id": "b", "text": ENGLISH}) + "\n",
                    encoding="utf-8")
    result = run_kg("extract", str(path))
    assert result.returncode == 2 and "--id" in result.stderr


def test_extract_of_a_bad_file_is_one_clear_error(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run_kg("extract", str(path))
    assert result.returncode == 2
    assert result.stderr.strip().startswith(f"error: {path}: empty file")
    assert "Traceback" not in result.stderr
