"""`kg viz` (the interactive network page) and `kg stats` (counts, activity, brokers, betweenness)."""
from __future__ import annotations

import click

from kg.cli import Env, main, pass_env, write_output

_STATUS = click.Choice(["confirmed", "reported", "planned", "proposed", "denied"])


def _filter_options(func):
    """The options `kg viz` and `kg stats` share: ego network, date range, status, language."""
    for option in reversed([
        click.option("--actor", metavar="NAME", help="Only the ego network of this actor (name, alias or id)."),
        click.option("--depth", type=click.IntRange(0, None), default=1, show_default=True,
                     help="Steps from --actor (0: only its own meetings)."),
        click.option("--since", metavar="DATE", help="Meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); undated ones drop out."),
        click.option("--until", metavar="DATE", help="Meetings on or before DATE."),
        click.option("--status", "statuses", type=_STATUS, multiple=True, help="Only these statuses (repeatable)."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True, metavar="P",
                     help="Only extracted meetings of at least this confidence (hand-coded ones always stay)."),
        click.option("--lang", type=click.Choice(["en", "ar"]), default="en", show_default=True, help="Language of the labels."),
    ]):
        func = option(func)
    return func


@main.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="graph.html", show_default=True,
              help="The HTML page to write ('-' for stdout).")
@_filter_options
@click.option("--mode", type=click.Choice(["actors", "events"]), default="actors", show_default=True,
              help="actors: actors are nodes, meetings edges; events: meetings are nodes too.")
@click.option("--title", default="diplomatic-kg: who met whom", show_default=True, help="Page title.")
@pass_env
def viz(env: Env, output: str, actor: str | None, depth: int, since: str | None, until: str | None,
        statuses: tuple[str, ...], min_confidence: float, lang: str, mode: str, title: str) -> None:
    """Draw the graph as one interactive HTML page that works offline.

    \b
    kg viz -o graph.html
    kg viz --actor "Hakan Fidan" --depth 2 --lang ar -o fidan.html
    kg viz --since 2023 --status confirmed --mode events
    """
    from kg.viz import render

    kg = env.open()
    net = render(kg, None, actor=actor, depth=depth, since=since, until=until, status=statuses or None,
                 lang=lang, mode=mode, title=title, min_confidence=min_confidence)
    from kg.viz.render import page_html

    write_output(output, page_html(net).encode("utf-8"))
    if output not in (None, "-"):
        env.say(f"wrote {output}: {net.meta['nodes']} nodes, {net.meta['edges']} edges, "
                f"{net.meta['meetings']} meetings")


@main.command()
@_filter_options
@click.option("--top", type=click.IntRange(1, None), default=10, show_default=True, help="Rows per list.")
@pass_env
def stats(env: Env, actor: str | None, depth: int, since: str | None, until: str | None,
          statuses: tuple[str, ...], min_confidence: float, lang: str, top: int) -> None:
    """Counts, most active actors, most frequent third parties, betweenness (networkx)."""
    from kg.viz.data import VizFilter, apply_filter, load
    from kg.viz.stats import compute

    data = apply_filter(load(env.open(), lang), VizFilter(actor=actor, depth=depth, since=since, until=until,
                                                          statuses=statuses or None, min_confidence=min_confidence))
    click.echo(compute(data, top=top).render())
