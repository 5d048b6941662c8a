"""`kg eval`: run the extractor on an annotated corpus and score it against the gold statements."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli import main
from kg.errors import InputError, KGError


def _gold_files(paths: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
        elif path.is_file():
            out.append(path)
        else:
            raise InputError("no such file or folder", where=raw)
    if not out:
        raise InputError("no gold YAML files found", where=" ".join(paths),
                         hint="give hand-coded statement files (.yaml) or folders of them")
    return out


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(gold: tuple[str, ...], fmt: str) -> None:
    """Score automatic extraction against gold statement files (hand-coding YAML) or folders.

    Prints precision, recall and F1 per statement type and per language, how many of the
    meetings found also agree on status, date, place and sources, how near the extraction comes
    to each gold meeting (exact, participants missing or extra, overlapping, not found), then the
    misses (gold statements not found) and false hits (extracted statements not in the gold),
    each with its sentence.
    """
    from kg.evaluate import compare, describe
    from kg.extract import extract
    from kg.gazetteer import Gazetteer
    from kg.handcoded import load_statements

    gaz = Gazetteer.default()
    pairs = []
    names: dict[str, str] = {}
    failed: list[str] = []
    for path in _gold_files(gold):
        try:
            g = load_statements(path, gaz)
        except KGError as exc:  # one bad gold file must not hide the scores of the rest
            click.echo(f"skipped {exc.render()}", err=True)
            failed.append(str(path))
            continue
        p = extract(g.article, gaz)
        names.update({a.id: a.name for a in g.actors + p.actors})
        pairs.append((g, p))
    report = compare(pairs)
    if fmt == "json":
        data = report.as_dict(lambda item: describe(item, gaz, names))
        data["unreadable"] = failed
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        if failed:
            raise SystemExit(1)
        return
    click.echo(f"{report.articles} articles")
    click.echo(report.table())
    for title, items in (("misses", report.misses), ("false hits", report.false_hits)):
        click.echo(f"\n{title} ({len(items)}):")
        for item in items:
            click.echo(f"  [{item.article}] {describe(item, gaz, names)}")
            click.echo(f"      {item.sentence}")
    if failed:
        click.echo(f"\n{len(failed)} gold file(s) could not be read: {', '.join(failed)}", err=True)
        raise SystemExit(1)
