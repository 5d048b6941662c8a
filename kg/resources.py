"""Locate the ontology and data folders, in a checkout or inside an installed wheel."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_HERE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Return the folder ``ontology`` or ``data``: the wheel's copy first, else the checkout's.

    >>> resource_dir("ontology").joinpath("dipkg.ttl").is_file()
    True
    """
    for candidate in (_HERE / "_res" / name, _HERE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the package's '{name}' folder is missing; reinstall diplomatic-kg")


def ontology_path() -> Path:
    return resource_dir("ontology") / "dipkg.ttl"


def shapes_path() -> Path:
    return resource_dir("ontology") / "shapes.ttl"


def queries_dir() -> Path:
    return resource_dir("ontology") / "queries"


def data_dir() -> Path:
    return resource_dir("data")


@lru_cache(maxsize=None)
def lexicon_data(name: str) -> Any:
    """The parsed lexicon file ``data/lexicon/<name>.yaml``, read once per process (shared: do not change it).

    Several modules read the same file; parsing it once, with libyaml where installed, takes a
    quarter of a second off every command that extracts.

    >>> "months" in lexicon_data("dates")
    True
    """
    return load_data_yaml(data_dir() / "lexicon" / f"{name}.yaml")


def load_data_yaml(path: Path) -> Any:
    """A packaged data file parsed, with libyaml where installed (the files are ours and valid;
    user files go through kg.yamlio, which names the line of an error)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def gazetteer_path() -> Path:
    return data_dir() / "actors.yaml"
