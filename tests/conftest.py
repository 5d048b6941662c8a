"""Shared fixtures: a store built from the project's own sample data, and a CLI runner."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.resources import data_dir

ROOT = Path(__file__).resolve().parent.parent
SEED_YAML = data_dir() / "statements" / "seed-ar.yaml"
SEED_TEXT = data_dir() / "articles" / "seed-ar.txt"


def run_kg(*args: str, cwd: Path | None = None, input: str | None = None, env: dict | None = None,
           timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real `kg` console script as a user would (a separate process)."""
    full_env = {**os.environ, **(env or {})}
    full_env.setdefault("KG_LOCK_TIMEOUT", "1")
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, input=input, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def require_tool(name: str, switch: str = "KG_REQUIRE_TOOLS") -> str:
    """The path of an external tool; a missing tool skips, or fails when ``switch`` is set to 1."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get(switch) == "1":
            pytest.fail(f"{name} is required ({switch}=1) but not installed")
        pytest.skip(f"{name} not installed")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """An empty store path (the folder is created by the first write)."""
    return tmp_path / "kg-store"


@pytest.fixture
def seed_store(store: Path) -> Path:
    """A store holding every hand-coded sample article (the seed included)."""
    result = run_kg("--store", str(store), "add", str(data_dir() / "statements"))
    assert result.returncode == 0, result.stderr
    return store
