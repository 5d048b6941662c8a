"""Core commands: demo, add, load, query, export, validate."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import Env, main, pass_env, write_output
from kg.errors import InputError, QueryError
from kg.export import SUFFIXES, export_bytes, formats
from kg.queries import named_queries
from kg.results import FORMATS


@main.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Folder for the exported files.")
@pass_env
def demo(env: Env, out_dir: str) -> None:
    """Build the sample graph (seed article and sample corpus) and summarise it.

    Writes the store, OUT/diplomatic-kg.ttl and OUT/diplomatic-kg.trig; running it again
    changes nothing.
    """
    from kg.demo import run_demo, summary

    kg = env.open(create=True)
    result = run_demo(kg, Path(out_dir), say=env.say)
    for path in result.files:
        env.say(f"wrote {path}")
    env.say(f"{result.quads} quads in {kg.backend.description}")
    click.echo(summary(kg))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@pass_env
def add(env: Env, files: tuple[str, ...]) -> None:
    """Load hand-coded statement files (YAML, one per article) or folders of them.

    Every file is checked first; if any has an error, nothing is written.
    Re-adding a file replaces that article's graph, so it is idempotent.
    """
    kg = env.open(create=True)
    statements = kg.add_files(files)
    for st in statements:
        kinds = {}
        for s in st.statements:
            kinds[s.type] = kinds.get(s.type, 0) + 1
        detail = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(kinds.items())) or "no statements"
        env.say(f"added {st.article.id}: {detail}")
    env.say(f"{kg.quad_count()} quads in {kg.backend.description}")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--optimize/--no-optimize", default=False, help="Compact the store after loading.")
@pass_env
def load(env: Env, file: str, optimize: bool) -> None:
    """Bulk-load an RDF dataset file (.nq, .trig, .ttl, .nt), replacing the named graphs it holds."""
    kg = env.open(create=True)
    count = kg.load(file)
    if optimize and hasattr(kg.backend, "optimize"):
        kg.backend.optimize()
    env.say(f"loaded {count} quads from {file}; {kg.quad_count()} quads in {kg.backend.description}")


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        if "=" not in item:
            raise QueryError(f"--param '{item}' is not name=value", hint="e.g. --param name='Hakan Fidan'")
        key, value = item.split("=", 1)
        out[key.strip()] = value
    return out


@main.command()
@click.argument("query", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Parameter of a named query.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
@pass_env
def query(env: Env, query: str | None, params: tuple[str, ...], fmt: str, list_queries: bool, output: str | None) -> None:
    """Run a named query, a .rq file, or SPARQL from stdin ('-').

    \b
    kg query who-met-whom
    kg query actor --param name="هاكان فيدان" --format csv
    kg query my-query.rq
    echo 'SELECT * WHERE { ?s a dip:Meeting }' | kg query -
    """
    if list_queries:
        for q in named_queries().values():
            click.echo(f"{q.name}\n  {q.title}: {q.description}")
            for p in q.params.values():
                flags = ", ".join(x for x in ("required" if p.required else "optional",
                                              p.kind if p.kind != "string" else "",
                                              f"default {p.default}" if p.default else "") if x)
                click.echo(f"  --param {p.name}=…  ({flags}) {p.doc}")
        return
    if not query:
        raise click.UsageError("give a named query, a .rq file or '-' (see kg query --list)")
    origin = None
    if query == "-":
        text, origin = sys.stdin.read(), "stdin"
    elif query.endswith((".rq", ".sparql")) or Path(query).is_file():
        path = Path(query)
        try:
            text, origin = path.read_text(encoding="utf-8"), str(path)
        except OSError as exc:
            raise InputError(f"cannot read query file: {exc.strerror}", where=str(path)) from None
        except UnicodeDecodeError:
            raise InputError("the query file is not UTF-8 text", where=str(path)) from None
    else:
        text = query
    if origin is not None and not text.strip():
        raise QueryError("the query is empty", where=origin)
    kg = env.open()
    result = kg.query(text, _parse_params(params) or None, origin=origin)
    data = (result.table() + "\n").encode() if fmt == "table" else result.serialize(fmt)
    write_output(output, data)


@main.command("export")
@click.option("--format", "-f", "fmt", type=click.Choice(sorted(SUFFIXES)), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@pass_env
def export_cmd(env: Env, fmt: str, output: str | None) -> None:
    """Write the whole graph: turtle, trig, nt, nq, jsonld, csv, graphml or gexf."""
    if fmt not in formats():
        raise QueryError(f"the '{fmt}' exporter is not available in this installation")
    kg = env.open()
    write_output(output, export_bytes(kg, fmt))
    if output:
        env.say(f"wrote {output}")


@main.command()
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@pass_env
def validate(env: Env, file: str | None) -> None:
    """Check the store (or an RDF FILE) against the dipkg SHACL shapes; exit 1 when invalid."""
    from kg.validate import load_file, validate_graph

    report = validate_graph(load_file(file)) if file else env.open().validate()
    click.echo(report.render())
    if not report.conforms:
        sys.exit(1)
