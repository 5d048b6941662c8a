"""The examples in the package's docstrings run and show what they claim (networkx-style docs
that cannot drift from the code)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kg

MODULES = sorted(m.name for m in pkgutil.walk_packages(kg.__path__, "kg.") if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed (see output above)"


def test_the_batch_extractor_has_an_example():
    assert doctest.DocTestFinder().find(importlib.import_module("kg.extract").extract_many)[0].examples
