"""Ingest: read articles, extract their statements (a hand-coded file wins), write one graph each.

The store ends up holding exactly the articles that succeeded: a file that cannot be read, or
an article whose statements cannot be built, is reported with its reason and the batch goes on.
Articles are written in batches, each article's named graph replaced atomically, so re-ingesting
the same files changes nothing.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.api import KnowledgeGraph
from kg.errors import KGError, StoreError
from kg.gazetteer import Gazetteer
from kg.gctools import long_lived_frozen
from kg.handcoded import load_statements
from kg.intake import DEFAULT_MAX_BYTES, Incoming, Unreadable, find_article_files, read_path
from kg.model import Article, ArticleStatements, Denial, Evidence, Mediation, Meeting
from kg.resources import data_dir
from kg.workers import build_all

Extractor = Callable[[Article, Gazetteer], ArticleStatements]
"""What an extractor is: an Article (and the gazetteer) in, its statements out."""

_ACTOR_LISTS = ("participants", "sponsors", "mediators", "hosts", "parties", "reported_by")
_PLURAL = {"meeting": "meetings", "mediation": "mediations", "denial": "denials"}


# -- the report ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleResult:
    """What one article gave: its id, where it came from, statements by type, and how."""

    id: str
    source: str
    counts: dict[str, int]
    handcoded: str | None = None
    notes: tuple[str, ...] = ()

    def describe(self) -> str:
        found = _describe_counts(self.counts)
        how = f" [hand-coded: {self.handcoded}]" if self.handcoded else ""
        return f"{self.id} ({self.source}): {found}{how}"


@dataclass
class IngestReport:
    """The outcome of one ingest run: per-article results, failures with reasons, totals."""

    articles: list[ArticleResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def succeeded(self) -> int:
        """How many articles were written."""
        return len(self.articles)

    @property
    def ok(self) -> bool:
        return not self.failed

    def totals(self) -> Counter:
        total: Counter = Counter()
        for result in self.articles:
            total.update(result.counts)
        return total

    def summary(self) -> str:
        """One line: articles written (hand-coded / extracted), failed, skipped, statements found."""
        hand = sum(1 for r in self.articles if r.handcoded)
        parts = [f"{self.succeeded} article{'s' if self.succeeded != 1 else ''} ingested "
                 f"({self.succeeded - hand} extracted, {hand} hand-coded)",
                 f"{len(self.failed)} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        return ", ".join(parts) + f"; found {_describe_counts(self.totals())}"

    def render(self, *, per_article: bool = True) -> str:
        """Per-article lines, then the failures with their reasons, then the totals."""
        lines = [f"ok      {r.describe()}" for r in self.articles] if per_article else []
        lines += [f"warning {w}" for w in self.warnings]
        lines += [f"FAILED  {source}: {reason}" for source, reason in self.failed]
        lines.append(self.summary())
        return "\n".join(lines)


def _describe_counts(counts: Counter | dict[str, int]) -> str:
    parts = [f"{counts[k]} {k if counts[k] == 1 else _PLURAL[k]}" for k in ("meeting", "mediation", "denial")
             if counts.get(k)]
    return ", ".join(parts) or "no statements"


# -- hand-coded files ------------------------------------------------------------------------

class HandcodedIndex:
    """Which hand-coded YAML file codes which article id, over some folders (first folder wins)."""

    def __init__(self, dirs: Iterable[str | os.PathLike] = ()):
        self.paths: dict[str, Path] = {}
        self.warnings: list[str] = []
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        for folder in dirs:
            folder = Path(folder)
            if not folder.is_dir():
                continue
            for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".yaml", ".yml") and p.is_file()):
                try:
                    doc = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
                except (OSError, UnicodeDecodeError, yaml.YAMLError):
                    self.warnings.append(f"{path}: hand-coded file could not be read; ignored here "
                                         f"(`kg add {path}` shows the problem)")
                    continue
                article = doc.get("article") if isinstance(doc, dict) else None
                article_id = article.get("id") if isinstance(article, dict) else None
                if article_id is not None:
                    self.paths.setdefault(str(article_id), path)

    def get(self, article_id: str) -> Path | None:
        return self.paths.get(article_id)


def handcoded_index(handcoded_dirs: Iterable[str | os.PathLike] = (), *, packaged: bool = True) -> HandcodedIndex:
    """The folders given (--handcoded), then the package's data/statements unless ``packaged`` is off."""
    dirs: list[Path] = []
    for d in handcoded_dirs:
        if not Path(d).is_dir():
            raise KGError("hand-coded folder not found", where=str(d), hint="give --handcoded a folder of .yaml files")
        dirs.append(Path(d))
    if packaged:
        dirs.append(data_dir() / "statements")
    return HandcodedIndex(dirs)


# -- one article -----------------------------------------------------------------------------

class ArticleFailure(Exception):
    """One article's statements could not be built; the message says why."""


def default_extractor() -> Extractor:
    """The package's rule-based extractor (kg.extract.extract)."""
    try:
        from kg.extract import extract
    except ImportError as exc:
        raise ArticleFailure(f"automatic extraction is not available in this installation ({exc}); "
                             "only articles with a hand-coded file can be ingested") from None
    return extract


def statements_for(incoming: Incoming, gazetteer: Gazetteer, handcoded: HandcodedIndex | None = None,
                   extractor: Extractor | None = None, min_confidence: float = 0.0) -> tuple[ArticleStatements, Path | None]:
    """The statements for one article: its hand-coded file if one exists, else extraction, less
    the extracted statements whose confidence is below ``min_confidence`` (and denials of those)."""
    hand_path = handcoded.get(incoming.article.id) if handcoded else None
    if hand_path is not None:
        try:
            return load_statements(hand_path, gazetteer), hand_path
        except KGError as exc:
            raise ArticleFailure(f"its hand-coded file is invalid: {exc.render()}") from None
    extract = extractor or default_extractor()
    local = gazetteer.add_local_actors(list(incoming.actors)) if incoming.actors else gazetteer
    try:
        result = extract(incoming.article, local)
    except KGError as exc:
        raise ArticleFailure(f"extraction failed: {exc.render()}") from None
    except Exception as exc:  # an extractor bug must not stop the batch
        raise ArticleFailure(f"extraction failed: {type(exc).__name__}: {exc}") from None
    known = {a.id for a in incoming.actors}
    actors = list(incoming.actors) + [a for a in result.actors if a.id not in known]
    kept = [s for s in result.statements if s.confidence is None or s.confidence >= min_confidence]
    try:
        statements = ArticleStatements(article=incoming.article, actors=actors, statements=kept)
        return canonical(statements, gazetteer), None
    except (ValueError, KGError) as exc:
        raise ArticleFailure(f"extraction gave unusable statements: {exc}") from None


def canonical(st: ArticleStatements, gazetteer: Gazetteer) -> ArticleStatements:
    """Statements exactly as `kg add` would read them back from `kg extract`'s YAML.

    Quotes are stripped and anchored at their first occurrence, actor lists lose duplicates,
    confidences keep three decimals; statements the hand-coding checks would refuse (a meeting
    with fewer than two participants, a denial of nothing) are dropped. Unknown actor or place
    ids raise ValueError.
    """
    text = st.article.text
    gaz = gazetteer.add_local_actors(st.actors) if st.actors else gazetteer
    kept: list[Meeting | Mediation | Denial] = []
    for s in st.statements:
        update: dict = {}
        evidence = []
        for ev in s.evidence:
            quote = ev.quote.strip()
            start = text.find(quote) if quote else -1
            if start < 0:
                raise ValueError(f"statement {s.id}: evidence quote not in the article text: {quote[:60]!r}")
            if quote == ev.quote and start == ev.start and ev.end == start + len(quote):
                evidence.append(ev)                     # already anchored at its first occurrence
            else:
                evidence.append(Evidence(quote=quote, start=start, end=start + len(quote)))
        if any(new is not old for new, old in zip(evidence, s.evidence)):
            update["evidence"] = evidence
        for key in _ACTOR_LISTS:
            values = getattr(s, key, None)
            if values is not None:
                unique = list(dict.fromkeys(values))
                if len(unique) != len(values):
                    update[key] = unique
                for actor_id in values:
                    if actor_id not in gaz.actors:
                        raise ValueError(f"statement {s.id}: unknown actor id '{actor_id}'")
        if isinstance(s, Denial) and s.denier not in gaz.actors:
            raise ValueError(f"statement {s.id}: unknown actor id '{s.denier}'")
        if s.place is not None and s.place not in gaz.places:
            raise ValueError(f"statement {s.id}: unknown place id '{s.place}'")
        if s.confidence is not None and round(s.confidence, 3) != s.confidence:
            update["confidence"] = round(s.confidence, 3)
        if update:
            s = s.model_copy(update=update)
        if isinstance(s, Meeting) and (len(s.participants) < 2 or s.status == "denied"):
            continue
        if isinstance(s, Mediation) and not (s.sponsors or s.mediators or s.hosts):
            continue
        kept.append(s)
    while True:  # drop denials of dropped events and occasions that point nowhere
        events = {s.id for s in kept if not isinstance(s, Denial)}
        meetings = {s.id for s in kept if isinstance(s, Meeting)}
        before = len(kept)
        kept = [s for s in kept if not (isinstance(s, Denial) and s.denies not in events)]
        kept = [s.model_copy(update={"occasion": None}) if isinstance(s, Meeting) and s.occasion
                and s.occasion not in meetings else s for s in kept]
        if len(kept) == before:
            break
    return st.model_copy(update={"statements": kept})


# -- a batch ---------------------------------------------------------------------------------

def ingest_paths(kg: KnowledgeGraph, paths: Iterable[str | os.PathLike], *, skip_ids: Iterable[str] = frozenset(),
                 progress: bool = True, handcoded_dirs: Iterable[str | os.PathLike] = (),
                 use_handcoded: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, batch_size: int = 200,
                 flush_every: int = 1000, extractor: Extractor | None = None,
                 min_confidence: float = 0.0, jobs: int = 1) -> IngestReport:
    """`kg ingest`: read article files and folders, build each article's statements, write them.

    A hand-coded file (in ``handcoded_dirs``, then data/statements) wins over extraction for
    its article id; ids in ``skip_ids`` are left alone; extracted statements below ``min_confidence``
    are left out. With ``jobs`` > 1, statements are built by that many worker processes (kg.workers)
    and written here in reading order, as with one. Missing paths raise KGError before
    anything is written; every other problem is a per-article failure in the report.
    """
    files = find_article_files(paths)
    if not files:
        raise KGError("no article files found", where=", ".join(str(p) for p in paths),
                      hint="kg ingest reads .txt .md .json .jsonl .html files")
    hand = handcoded_index(handcoded_dirs, packaged=use_handcoded) if (use_handcoded or handcoded_dirs) else None
    report = IngestReport(warnings=list(hand.warnings) if hand else [])
    skip = set(skip_ids)
    gaz = kg.gazetteer
    seen: dict[str, str] = {}
    batch: list[tuple[ArticleStatements, ArticleResult]] = []
    writer = _BatchWriter(kg, report, flush_every)
    streams = any(p.suffix.lower() in (".jsonl", ".ndjson", ".json") for p in files)
    bar = _progress_bar(None if streams else len(files), progress and (streams or len(files) >= 20))
    def readable() -> Iterator[Incoming]:
        """The articles to build, in reading order; unreadable records and skipped ids are counted here."""
        for path in files:
            for item in read_path(path, gaz, max_bytes=max_bytes):
                if bar is not None:
                    bar.update(1)
                if isinstance(item, Unreadable):
                    report.failed.append((item.source, item.reason))
                elif item.article.id in skip:
                    report.skipped += 1
                else:
                    yield item
            if bar is not None:
                bar.set_postfix(ok=report.succeeded + len(batch), failed=len(report.failed), refresh=False)

    with long_lived_frozen():      # the gazetteer, lexicons and store stay out of the collector's full scans
        try:
            for built in build_all(readable(), gaz, hand, extractor, min_confidence, jobs):
                item = built.incoming
                article_id = item.article.id
                if article_id in seen:
                    report.failed.append((item.source, f"article id '{article_id}' is also used by {seen[article_id]}; "
                                                       "give each article its own id (field 'id')"))
                    continue
                if built.failure is not None:
                    report.failed.append((item.source, built.failure))
                    continue
                statements, hand_path = built.statements, built.handcoded
                seen[article_id] = item.source
                counts = dict(Counter(s.type for s in statements.statements))
                result = ArticleResult(article_id, item.source, counts,
                                       str(hand_path) if hand_path else None, item.notes)
                batch.append((statements, result))
                if len(batch) >= batch_size:
                    writer.write(batch)
                    batch = []
            writer.write(batch)
            writer.flush()
        finally:
            if bar is not None:
                bar.close()
    return report


class _BatchWriter:
    """Writes batches of articles, one transaction each (if a batch is refused, its articles one by
    one), and flushes an embedded store to disk every ``flush_every`` articles.

    Measured on 10,000 generated articles, one core (benchmarks/extract.py): flushing after every
    200-article batch left many small files for the store to compact as it grew (158 articles/s,
    peak RSS 171 MB); every 1,000 articles, 201/s at 246 MB; memory stays bounded either way."""

    def __init__(self, kg: KnowledgeGraph, report: IngestReport, flush_every: int = 1000):
        self.kg = kg
        self.report = report
        self.base_written = False
        self.flush_every = flush_every
        self.unflushed = 0

    def write(self, batch: list[tuple[ArticleStatements, ArticleResult]]) -> None:
        if not batch:
            return
        if not self.base_written:
            self.kg.ensure_base()
            self.base_written = True
        try:
            self.kg.write([st for st, _ in batch], with_base=False)
            self.report.articles.extend(result for _, result in batch)
        except StoreError:
            raise
        except Exception:
            self._one_by_one(batch)
        self.unflushed += len(batch)
        if self.unflushed >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        if self.unflushed:
            _flush_to_disk(self.kg)
            self.unflushed = 0

    def _one_by_one(self, batch: list[tuple[ArticleStatements, ArticleResult]]) -> None:
        for st, result in batch:
            try:
                self.kg.write([st], with_base=False)
                self.report.articles.append(result)
            except StoreError:
                raise
            except Exception as exc:  # one article's graph could not be built: report it, go on
                reason = exc.render() if isinstance(exc, KGError) else f"{type(exc).__name__}: {exc}"
                self.report.failed.append((result.source, f"could not be written: {reason}"))


def _flush_to_disk(kg: KnowledgeGraph) -> None:
    """Persist an embedded store's write buffers after each batch.

    Measured with pyoxigraph 0.5: without a flush, a store on disk keeps every write in memory
    (RSS grows by ~80 KB per 3 KB article, without bound); with one per batch it stays flat.
    """
    flush = getattr(kg.backend, "flush", None)
    if callable(flush):
        flush()
        return
    store = getattr(kg.backend, "oxigraph", None)
    if store is not None and getattr(kg.backend, "path", None) is not None:
        try:
            store.flush()
        except OSError as exc:
            raise StoreError(f"could not flush {kg.backend.description} to disk: {exc}") from None


def _progress_bar(total: int | None, enabled: bool):
    """A tqdm bar on stderr counting articles (only on a terminal); None when off."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=None, dynamic_ncols=True, leave=False)
