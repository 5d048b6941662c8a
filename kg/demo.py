"""`kg demo`: build the sample graph into the store, export it, and summarise it."""
from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.api import KnowledgeGraph, expand_paths
from kg.export import export_bytes
from kg.resources import data_dir

COUNT_QUERY = """
PREFIX dip: <https://w3id.org/dipkg/ontology#>
SELECT ?class (COUNT(DISTINCT ?x) AS ?count) WHERE {
  VALUES ?class { dip:Article dip:Meeting dip:Mediation dip:Denial dip:Evidence dip:Person dip:State dip:Organization dip:Place }
  ?x a ?class .
} GROUP BY ?class ORDER BY ?class
"""


@dataclass
class DemoResult:
    articles: int = 0
    files: list[Path] = field(default_factory=list)
    quads: int = 0


def _has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def run_demo(kg: KnowledgeGraph, out_dir: Path, say: Callable[[str], None] = print) -> DemoResult:
    """Hand-coded sample statements (and, where no hand-coded file exists, automatic extraction
    of the sample articles) into the store; then Turtle, TriG and the HTML view into ``out_dir``."""
    result = DemoResult()
    hand = kg.read_statements(expand_paths([data_dir() / "statements"], (".yaml", ".yml")))
    kg.write(hand)
    result.articles = len(hand)
    say(f"added {len(hand)} hand-coded articles from {data_dir() / 'statements'}")
    if _has("kg.ingest"):
        from kg.ingest import ingest_paths

        done = {st.article.id for st in hand}
        report = ingest_paths(kg, [data_dir() / "articles"], skip_ids=done, progress=False)
        result.articles += report.succeeded
        say(f"extracted {report.succeeded} more articles automatically from {data_dir() / 'articles'}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for fmt, name in (("turtle", "diplomatic-kg.ttl"), ("trig", "diplomatic-kg.trig")):
        target = out_dir / name
        target.write_bytes(export_bytes(kg, fmt))
        result.files.append(target)
    if _has("kg.viz"):
        from kg.viz import render

        target = out_dir / "graph.html"
        render(kg, target, title="diplomatic-kg demo")
        result.files.append(target)
    result.quads = kg.quad_count()
    return result


def summary(kg: KnowledgeGraph) -> str:
    """Counts by class, then who met whom under whose sponsorship."""
    counts = kg.query(COUNT_QUERY)
    lines = ["Counts by class:"]
    for row in counts.to_python():
        lines.append(f"  {row['class'].rsplit('#', 1)[-1]:<13} {row['count']:>5}")
    lines += ["", "Who met whom, under whose sponsorship, mediation or hosting:"]
    rows = kg.query("who-met-whom").to_python()
    width = max([len(r.get("participants", "")) for r in rows] + [12])
    lines.append(f"  {'participants':<{width}}  {'third parties':<34}  {'status':<9}  date")
    for r in rows:
        third = r.get("thirdParties", "-")
        lines.append(f"  {r.get('participants', ''):<{width}}  {third:<34}  {r['status']:<9}  {r.get('date', '')}")
    return "\n".join(lines)
