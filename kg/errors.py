"""One error type for every mistake a user can fix: where it is, what is wrong, what to do."""
from __future__ import annotations


class KGError(Exception):
    """A user-facing error. The CLI prints it as one message and exits with ``exit_code``."""

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class InputError(KGError):
    """A malformed input file (YAML, article, query)."""


class StoreError(KGError):
    """The store cannot be opened, is locked, or refused a write."""


class QueryError(KGError):
    """A SPARQL query that does not parse or run, or a bad named query / parameter."""
