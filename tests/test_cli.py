"""The two commands a new user types: the demo works from any folder and is idempotent."""
from __future__ import annotations

import re

from tests.conftest import run_kg


def quad_count(stderr: str) -> int:
    match = re.search(r"(\d+) quads in", stderr)
    assert match, stderr
    return int(match.group(1))


def test_demo_from_any_folder_twice_changes_nothing(tmp_path):
    first = run_kg("demo", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "kg-store" / "CURRENT").exists()
    assert (tmp_path / "out" / "diplomatic-kg.ttl").stat().st_size > 1000
    assert (tmp_path / "out" / "diplomatic-kg.trig").stat().st_size > 1000
    assert "Counts by class" in first.stdout
    assert "Ali Mamlouk" in first.stdout and "Russia (sponsor)" in first.stdout
    second = run_kg("demo", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert quad_count(second.stderr) == quad_count(first.stderr)
    assert (tmp_path / "out" / "diplomatic-kg.trig").read_bytes() == (tmp_path / "out" / "diplomatic-kg.trig").read_bytes()


def test_version_and_quiet(tmp_path, seed_store):
    assert run_kg("--version").stdout.startswith("kg, version ")
    quiet = run_kg("--quiet", "--store", str(seed_store), "add", str(seed_store.parent / "missing.yaml"))
    assert quiet.returncode == 2
    loud = run_kg("--store", str(seed_store), "export", "-o", str(tmp_path / "x.ttl"))
    silent = run_kg("-q", "--store", str(seed_store), "export", "-o", str(tmp_path / "y.ttl"))
    assert "wrote" in loud.stderr and silent.stderr == ""


def test_update_endpoint_needs_endpoint():
    result = run_kg("--update-endpoint", "http://127.0.0.1:9/update", "query", "who-met-whom")
    assert result.returncode == 2
    assert "--update-endpoint needs --endpoint" in result.stderr
