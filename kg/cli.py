"""The `kg` command: a thin shell over the library. Commands live in kg/commands/*.py.

Global options come before the command: ``kg --store PATH query who-met-whom``.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from kg import __version__
from kg.api import KnowledgeGraph, default_store_path
from kg.errors import KGError


@dataclass
class Env:
    """What the global options chose; commands open the graph through it."""

    store: str
    endpoint: str | None = None
    update_endpoint: str | None = None
    quiet: bool = False
    _kg: KnowledgeGraph | None = field(default=None, repr=False)

    def open(self, *, create: bool = False) -> KnowledgeGraph:
        """The graph: the remote endpoint if one was given, else the embedded store."""
        if self._kg is None:
            if self.endpoint:
                self._kg = KnowledgeGraph.connect(self.endpoint, self.update_endpoint)
            else:
                self._kg = KnowledgeGraph.open(self.store, create=create)
        return self._kg

    def close(self) -> None:
        if self._kg is not None:
            self._kg.close()
            self._kg = None

    def say(self, message: str = "", **kwargs) -> None:
        """Progress and summaries on stderr (stdout stays clean for data); silent with --quiet."""
        if not self.quiet:
            click.echo(message, err=True, **kwargs)


class KGGroup(click.Group):
    """Turns every KGError into one clear message and exit code 2 (1 for partial batch failures)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"error: {exc.render()}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store", type=click.Path(file_okay=False), default=None,
              help="Embedded store folder [env KG_STORE; default ./kg-store].")
@click.option("--endpoint", metavar="QUERY_URL", envvar="KG_ENDPOINT",
              help="Use a remote SPARQL 1.1 query endpoint instead of the embedded store.")
@click.option("--update-endpoint", metavar="URL", envvar="KG_UPDATE_ENDPOINT",
              help="SPARQL 1.1 Update endpoint for writes to the remote store.")
@click.option("-q", "--quiet", is_flag=True, help="Print only results and errors.")
@click.version_option(__version__, "--version", prog_name="kg")
@click.pass_context
def main(ctx: click.Context, store: str | None, endpoint: str | None, update_endpoint: str | None, quiet: bool) -> None:
    """diplomatic-kg: news about diplomacy as a knowledge graph.

    Who met whom, under whose sponsorship, mediation or hosting, according to which source,
    and who denied what; every fact quotes the sentence it came from.
    """
    if update_endpoint and not endpoint:
        raise click.UsageError("--update-endpoint needs --endpoint (the query URL) as well")
    env = Env(store=store or default_store_path(), endpoint=endpoint, update_endpoint=update_endpoint, quiet=quiet)
    ctx.obj = env
    ctx.call_on_close(env.close)


pass_env = click.make_pass_decorator(Env)


def _register_commands() -> None:
    """Import every module of kg.commands (each adds its commands to `main`), then plugins."""
    import kg.commands as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        importlib.import_module(f"kg.commands.{info.name}")
    from importlib.metadata import entry_points

    for ep in entry_points(group="diplomatic_kg.commands"):
        ep.load()


def write_output(path: str | None, data: bytes) -> None:
    """Write to a file atomically (temp file then rename), or to stdout for None or '-'."""
    if path in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise KGError(f"cannot write output: {exc.strerror or exc}", where=str(target),
                      hint="choose a folder you can write to with -o") from None


_register_commands()
