"""`kg ingest` (articles into the graph) and `kg extract` (one article's statements as YAML)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg.cli import Env, main, pass_env, write_output
from kg.errors import InputError
from kg.intake import DEFAULT_MAX_BYTES, Incoming, Unreadable, read_path

_HANDCODED = click.option("--handcoded", "handcoded_dirs", multiple=True, metavar="DIR",
                          type=click.Path(exists=True, file_okay=False),
                          help="Folder of hand-coded .yaml files that win over extraction for their article ids "
                               "(repeatable; data/statements too, unless --no-handcoded).")
_NO_HANDCODED = click.option("--no-handcoded", is_flag=True,
                             help="Extract every article, even those with a hand-coded file in data/statements.")
_MIN_CONFIDENCE = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True, metavar="P",
    help="Leave out extracted statements whose confidence is below P (for a meeting, the calibrated chance "
         "that its participants are right; see the README); hand-coded statements are always kept.")
_MAX_BYTES = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                          help="Largest article accepted, in bytes; larger files are refused and reported.")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@_HANDCODED
@_NO_HANDCODED
@_MIN_CONFIDENCE
@_MAX_BYTES
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Extract in N worker processes (0: one per CPU core); the store is still written by one "
                   "process, in reading order. Pays off from a few hundred articles.")
@pass_env
def ingest(env: Env, paths: tuple[str, ...], handcoded_dirs: tuple[str, ...], no_handcoded: bool,
           min_confidence: float, max_bytes: int, jobs: int) -> None:
    """Extract statements from articles and write them into the graph.

    PATHS are files or folders of .txt and .md (optional YAML front matter), .json (one
    article), .jsonl (one article a line) and .html. Fields: id, url, outlet, published (ISO
    date), language, title, text; all optional but text. Without an id, one is derived from the
    url, else the file name, else a hash of the text. Where a hand-coded file exists for an
    article id, it wins. Bad files are reported and the rest go on: exit 0 when every article
    was ingested, 1 when some failed (the store then holds exactly the ones that succeeded).
    """
    from kg.ingest import ingest_paths
    from kg.workers import cpu_count

    kg = env.open(create=True)
    report = ingest_paths(kg, paths, progress=not env.quiet, handcoded_dirs=handcoded_dirs,
                          use_handcoded=not no_handcoded, max_bytes=max_bytes, min_confidence=min_confidence,
                          jobs=jobs or cpu_count())
    for result in report.articles:
        env.say(f"ok      {result.describe()}")
    for warning in report.warnings:
        env.say(f"warning {warning}")
    for source, reason in report.failed:
        click.echo(f"FAILED  {source}: {reason}", err=True)
    click.echo(report.summary())
    env.say(f"{kg.quad_count()} quads in {kg.backend.description}")
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("article", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="YAML file to write (default: stdout).")
@click.option("--id", "article_id", metavar="ID", help="Which article of a .jsonl (or JSON list) file.")
@_HANDCODED
@_NO_HANDCODED
@_MIN_CONFIDENCE
@_MAX_BYTES
@pass_env
def extract(env: Env, article: str, output: str | None, article_id: str | None, handcoded_dirs: tuple[str, ...],
            no_handcoded: bool, min_confidence: float, max_bytes: int) -> None:
    """Show the statements `kg ingest` would write for ARTICLE, as hand-coding YAML.

    Review or edit the file, then `kg add` it: that gives exactly the graph `kg ingest ARTICLE`
    gives. A .txt or .md article is referenced with text_file (relative to the output file, or
    to the current folder when writing to stdout); other formats carry their text inline.
    """
    from kg.gazetteer import Gazetteer
    from kg.handcoded import dump_statements
    from kg.ingest import ArticleFailure, handcoded_index, statements_for

    gaz = Gazetteer.default()
    incoming = _one_article(Path(article), gaz, article_id, max_bytes)
    hand = handcoded_index(handcoded_dirs, packaged=not no_handcoded) if (handcoded_dirs or not no_handcoded) else None
    try:
        statements, hand_path = statements_for(incoming, gaz, hand, min_confidence=min_confidence)
    except ArticleFailure as exc:
        raise InputError(str(exc), where=incoming.source) from None
    if hand_path is not None:
        env.say(f"{incoming.article.id}: the hand-coded file {hand_path} wins over extraction "
                "(--no-handcoded shows the extraction)")
    text_file = _text_file_ref(incoming, statements.article.text, output)
    header = (f"# Statements for {_comment(incoming.source)}, "
              f"{'from its hand-coded file' if hand_path else 'extracted by kg extract'}.\n"
              "# Review and edit, then load with `kg add` (docs/formats.md describes this format).\n")
    body = dump_statements(statements, gaz, text_file=text_file)
    write_output(output, (header + body).encode("utf-8"))
    for note in incoming.notes:
        env.say(f"note: {note}")
    kinds: dict[str, int] = {}
    for s in statements.statements:
        kinds[s.type] = kinds.get(s.type, 0) + 1
    found = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(kinds.items())) or "no statements"
    env.say(f"{statements.article.id}: {found}" + (f"; wrote {output}" if output else ""))


def _one_article(path: Path, gaz, article_id: str | None, max_bytes: int) -> Incoming:
    items = list(read_path(path, gaz, max_bytes=max_bytes))
    articles = [i for i in items if isinstance(i, Incoming)]
    if article_id is not None:
        chosen = [a for a in articles if a.article.id == article_id]
        if not chosen:
            known = ", ".join(a.article.id for a in articles[:10]) or "none readable"
            raise InputError(f"no article with id '{article_id}' in this file", where=str(path), hint=f"ids: {known}")
        return chosen[0]
    problems = [i for i in items if isinstance(i, Unreadable)]
    if len(items) == 1 and problems:
        raise InputError(problems[0].reason, where=problems[0].source)
    if len(articles) != 1 or problems:
        raise InputError(f"this file holds {len(articles)} readable articles and {len(problems)} unreadable ones; "
                         "kg extract writes one", where=str(path),
                         hint="choose one with --id ID, or use kg ingest for the whole file")
    return articles[0]


def _text_file_ref(incoming: Incoming, text: str, output: str | None) -> str | None:
    """A path to the article file, relative to the output's folder, if the file *is* the text."""
    path = incoming.path
    if path.suffix.lower() not in (".txt", ".md", ".markdown") or incoming.source != str(path):
        return None
    try:
        if path.read_text(encoding="utf-8").strip() != text:
            return None  # front matter, a byte-order mark, ...: the text goes inline
    except (OSError, UnicodeDecodeError):
        return None
    base = Path(output).resolve().parent if output not in (None, "-") else Path.cwd()
    try:
        return Path(os.path.relpath(path.resolve(), base)).as_posix()
    except ValueError:  # another drive (Windows)
        return path.resolve().as_posix()


def _comment(text: str) -> str:
    return " ".join(text.split())
