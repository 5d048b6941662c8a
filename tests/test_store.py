"""The embedded store: persistent, locked against a second writer with a clear message, and
every failure to open it explained."""
from __future__ import annotations

import subprocess
import sys
import time

from tests.conftest import SEED_YAML, run_kg


def test_store_persists_across_processes(seed_store):
    result = run_kg("--store", str(seed_store), "query", "-f", "csv", "-",
                    input="SELECT (COUNT(*) AS ?n) WHERE { ?m a dip:Meeting }")
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.splitlines()[1]) >= 3


def test_locked_store_gives_clear_message_without_hanging(seed_store):
    holder = subprocess.Popen([sys.executable, "-c", (
        "import pyoxigraph, sys, time; s = pyoxigraph.Store(sys.argv[1]); print('open', flush=True); time.sleep(60)"),
        str(seed_store)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        started = time.monotonic()
        result = run_kg("--store", str(seed_store), "add", str(SEED_YAML), env={"KG_LOCK_TIMEOUT": "1"})
        assert time.monotonic() - started < 30
        assert result.returncode == 2
        assert "in use by another process" in result.stderr
        assert "--endpoint" in result.stderr
    finally:
        holder.kill()
        holder.wait()
    # the store is intact afterwards
    assert run_kg("--store", str(seed_store), "query", "who-met-whom").returncode == 0


def test_missing_store_is_not_created_by_a_query(tmp_path):
    missing = tmp_path / "nope"
    result = run_kg("--store", str(missing), "query", "who-met-whom")
    assert result.returncode == 2
    assert "no store at" in result.stderr and "kg demo" in result.stderr
    assert not missing.exists()


def test_store_path_that_is_a_file(tmp_path):
    path = tmp_path / "file"
    path.write_text("x")
    result = run_kg("--store", str(path), "query", "who-met-whom")
    assert result.returncode == 2
    assert "is a file" in result.stderr


def test_folder_that_is_not_a_store(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    result = run_kg("--store", str(folder), "add", str(SEED_YAML))
    assert result.returncode == 2
    assert "not an Oxigraph store" in result.stderr
    assert (folder / "notes.txt").read_text() == "hello"


def test_kg_store_environment_variable(tmp_path):
    store = tmp_path / "env-store"
    assert run_kg("add", str(SEED_YAML), env={"KG_STORE": str(store)}, cwd=tmp_path).returncode == 0
    assert (store / "CURRENT").exists()
