"""Statements for a stream of articles, built in worker processes (`kg ingest --jobs N`) and given
back in reading order.

Building an article's statements is a function of the article and the gazetteer alone, so it runs
in parallel across processes; the store is written by the parent alone (one writer, transactional
batches, as with one job). A few chunks per worker are in flight at a time, so memory stays bounded
however long the input. With one job everything runs in this process, as before.
"""
from __future__ import annotations

import gc
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

from kg.errors import KGError
from kg.gazetteer import Gazetteer
from kg.intake import Incoming
from kg.model import ArticleStatements

CHUNK = 16          # articles per task: large enough that pickling and queueing cost little beside extraction
IN_FLIGHT = 4       # tasks queued per worker: enough to keep each busy, few enough to keep memory flat


@dataclass(frozen=True)
class Built:
    """One article's outcome: its statements (and the hand-coded file they came from), or why not."""

    incoming: Incoming
    statements: ArticleStatements | None = None
    handcoded: Path | None = None
    failure: str | None = None


def cpu_count() -> int:
    """The CPU cores this process may run on (its affinity where the system tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def build_all(items: Iterable[Incoming], gazetteer: Gazetteer, handcoded=None, extractor=None,
              min_confidence: float = 0.0, jobs: int = 1) -> Iterator[Built]:
    """Each article's statements, as `kg.ingest.statements_for` builds them, in the order read;
    with ``jobs`` > 1, built by that many worker processes (``extractor`` must then be picklable:
    a module-level function; a script that calls this must do so under ``if __name__ == "__main__":``,
    as multiprocessing requires).

    >>> from pathlib import Path
    >>> from kg.model import Article
    >>> art = Incoming(article=Article(id="a", text="Putin met Erdogan in Sochi.", language="en"),
    ...                actors=(), source="a.txt", path=Path("a.txt"))
    >>> [len(b.statements.statements) for b in build_all([art], Gazetteer.default())]
    [1]
    """
    if jobs <= 1:
        for item in items:
            yield _build(item, gazetteer, handcoded, extractor, min_confidence)
        return
    if extractor is not None:
        try:
            pickle.dumps(extractor)
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            raise KGError(f"this extractor cannot be sent to worker processes ({exc})",
                          hint="use one job, or give a module-level function as the extractor") from None
    method = "forkserver" if "forkserver" in get_all_start_methods() else "spawn"
    # (not fork: the parent holds the store's threads and locks, which a forked child must not inherit)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context(method), initializer=_start,
                                 initargs=(gazetteer, handcoded, extractor, min_confidence)) as pool:
            pending: deque[tuple[list[Incoming], Future]] = deque()
            stream = iter(items)
            while chunk := list(islice(stream, CHUNK)):
                pending.append((chunk, pool.submit(_build_chunk, chunk)))
                if len(pending) >= jobs * IN_FLIGHT:
                    yield from _collect(*pending.popleft())
            while pending:
                yield from _collect(*pending.popleft())
    except (BrokenProcessPool, BrokenPipeError) as exc:  # a worker died (killed, out of memory, could not start)
        raise KGError(f"the worker processes stopped ({type(exc).__name__}: {exc})",
                      hint="the articles written so far stay in the store; run again with one job (--jobs 1), "
                           "and from a Python script call ingest under `if __name__ == \"__main__\":`") from None


def _collect(chunk: list[Incoming], future: Future) -> Iterator[Built]:
    try:
        outcomes = future.result()
    except BrokenProcessPool:
        raise
    except Exception as exc:  # this chunk's results could not come back: its articles fail, the batch goes on
        reason = f"its worker process failed: {type(exc).__name__}: {exc}"
        outcomes = [(None, None, reason)] * len(chunk)
    for item, (statements, hand, failure) in zip(chunk, outcomes):
        yield Built(item, statements, hand, failure)


def _build(item: Incoming, gazetteer: Gazetteer, handcoded, extractor, min_confidence: float) -> Built:
    from kg.ingest import ArticleFailure, statements_for
    try:
        statements, hand = statements_for(item, gazetteer, handcoded, extractor, min_confidence)
    except ArticleFailure as exc:
        return Built(item, failure=str(exc))
    return Built(item, statements, hand)


# -- in a worker process -----------------------------------------------------------------------

_WORKER: dict = {}


def _start(gazetteer: Gazetteer, handcoded, extractor, min_confidence: float) -> None:
    """Set a worker up once: its gazetteer, indexes and lexicons built, then kept out of the
    collector's full scans (as `extract_many` does in one process)."""
    from kg.extract.lexicon import lexicon
    from kg.extract.matcher import gazetteer_index
    gazetteer_index(gazetteer)
    lexicon()
    gc.freeze()
    _WORKER.update(gazetteer=gazetteer, handcoded=handcoded, extractor=extractor, min_confidence=min_confidence)


def _build_chunk(chunk: list[Incoming]) -> list[tuple[ArticleStatements | None, Path | None, str | None]]:
    built = [_build(item, _WORKER["gazetteer"], _WORKER["handcoded"], _WORKER["extractor"], _WORKER["min_confidence"])
             for item in chunk]
    return [(b.statements, b.handcoded, b.failure) for b in built]
