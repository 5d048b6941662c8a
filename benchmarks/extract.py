"""Extraction and ingest speed, and peak memory, on a generated corpus of news-like articles.

    python benchmarks/extract.py                  # 1,000 and 10,000 articles, 3 runs each
    python benchmarks/extract.py --sizes 1000 --repeat 1
    python benchmarks/extract.py --baseline e7fdd50    # side by side with that commit, run alternately

The corpus: Arabic and English articles (alternating) of 2-5 KB, built from templates over the
gazetteer's names (meetings under sponsorship, mediation, hosting, reports and denials) and officials
it lacks (a deputy minister, an ambassador, an adviser named with title and demonym), padded
with noise paragraphs without actors, and website furniture lines (skip to content, read also,
share). Every measurement runs in a fresh subprocess pinned to one CPU core, but the last:

- intake alone: reading the .jsonl into checked Articles (for reference);
- extraction alone: kg.extract.extract over Articles already in memory, one at a time, and
  kg.extract.extract_many, the batch API (the same extraction with the long-lived heap kept out
  of the garbage collector's full scans, as kg ingest runs it) (goal >= 500 articles/s);
- end to end: kg.ingest.ingest_paths from the .jsonl into a new embedded store on disk
  (intake, extraction, RDF mapping, batched writes; goal >= 200 articles/s);
- end to end with `--jobs` = every core of the machine (kg.workers: extraction in worker
  processes, the store written by the parent): what a user with more than one core gets;
- peak memory: the end-to-end subprocess's peak RSS (resource.getrusage), and its growth
  over the same process before ingesting; it must stay flat from 1k to 10k articles.

Rates are medians over --repeat runs. Not part of the test run.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOALS = {"extract": 500.0, "ingest": 200.0}
NEW_SHARE = 0.05

# -- the corpus ------------------------------------------------------------------------------

AR_FURNITURE = ["تخطى إلى المحتوى", "اقرأ أيضاً: {headline}", "شارك هذا المقال", "أخبار ذات صلة"]
EN_FURNITURE = ["Skip to content", "Read also: {headline}", "Share this article", "Related articles"]
AR_MEETING = [
    "التقى {p1} مع {p2} في {place}، بحسب ما أفادت {media}.",
    "استضافت {host} اجتماعاً بين {p1} و{p2} برعاية {sponsor}.",
    "عقد {p1} و{p2} لقاءً في {place} بوساطة {mediator}، وفق مصادر مطلعة.",
    "أجرى {p1} محادثات مع {p2} في {place} تناولت الملفات الأمنية والاقتصادية.",
    "قالت {media} إن {p1} اجتمع مع {p2} بإشراف {sponsor} في {place}.",
]
AR_NEW_MEETING = "التقى {new} مع {p2} في {place}."
AR_OTHER = [
    "وتلعب {mediator} دور الوسيط بين {s1} و{s2} منذ أشهر.",
    "ونفى {p3} الأخبار المتداولة عن لقاء مرتقب بين {p1} و{p2}.",
    "ويسعى {p3} إلى عقد اجتماع بين {p1} و{p2} في {place} خلال الأسابيع المقبلة.",
    "وأجرى {p1} اتصالاً هاتفياً مع {p2} بحثا خلاله العلاقات الثنائية.",
]
AR_NOISE = [
    "وشهدت الأسواق المحلية ارتفاعاً في أسعار المواد الغذائية خلال الأسبوع الماضي، وسط تراجع في قيمة العملة.",
    "وتتوقع مصادر اقتصادية أن تستمر موجة الغلاء حتى نهاية العام، في ظل غياب حلول حقيقية للأزمة.",
    "وكانت الأمطار الغزيرة قد تسببت بأضرار في عدد من القرى، بحسب السلطات المحلية.",
    "ويعاني السكان من انقطاع متكرر للتيار الكهربائي يصل إلى عشرين ساعة يومياً في بعض المناطق.",
    "وأشار التقرير إلى أن عدد الطلاب المسجلين في الجامعات ارتفع بنسبة ملحوظة مقارنة بالعام السابق.",
]
# Officials the gazetteer lacks, introduced by title and demonym, as real news names them: each
# article naming one extracts over a copy of the gazetteer that knows him (memory must stay flat),
# and takes about twice as long. A meeting line names one with chance NEW_SHARE, so that about 15%
# of the articles do (of the 356 annotated articles in tests/, 20 introduce new actors: 6%).
AR_NEW = ("{title} {adj} {first} {last}",
          ["نائب وزير الخارجية", "السفير", "مستشار الأمن الوطني"],
          ["العماني", "المصري", "الأردني", "التركي", "القطري", "العراقي"],
          ["سالم", "يوسف", "ماجد", "طارق", "نبيل", "فيصل", "هشام", "وليد", "عماد", "رامي"],
          ["الحارثي", "الزعبي", "النعيمي", "الشمري", "القاسمي", "البدري", "السعدي", "الكبيسي", "الجبوري", "الرواشدة"])
EN_NEW = ("{adj} {title} {first} {last}",
          ["Deputy Foreign Minister", "Ambassador", "National Security Adviser"],
          ["Omani", "Egyptian", "Jordanian", "Turkish", "Qatari", "Iraqi"],
          ["Salem", "Youssef", "Majed", "Tareq", "Nabil", "Faisal", "Hisham", "Walid", "Imad", "Rami"],
          ["al-Harthi", "al-Zoubi", "al-Nuaimi", "al-Shammari", "al-Qasimi", "al-Badri", "al-Saadi", "al-Kubaisi",
           "al-Jubouri", "al-Rawashdeh"])
EN_MEETING = [
    "{p1} met {p2} in {place}, {media} reported.",
    "{host} hosted talks between {p1} and {p2} under the auspices of {sponsor}.",
    "{p1} and {p2} held talks in {place} mediated by {mediator}, according to informed sources.",
    "{p1} received {p2} in {place} to discuss security and trade.",
    "According to {media}, {p1} met {p2} in {place} under {sponsor} sponsorship.",
]
EN_NEW_MEETING = "{new} met {p2} in {place}."
EN_OTHER = [
    "{mediator} has been mediating between {s1} and {s2} for months.",
    "{p3} denied reports of a planned meeting between {p1} and {p2}.",
    "{p3} is seeking a meeting between {p1} and {p2} in {place} in the coming weeks.",
    "{p1} spoke by phone with {p2} about bilateral relations.",
]
EN_NOISE = [
    "Food prices rose sharply in local markets last week as the currency continued to slide.",
    "Economists expect the wave of price rises to continue until the end of the year.",
    "Heavy rain damaged roads and homes in several villages, local authorities said.",
    "Residents face power cuts of up to twenty hours a day in some districts.",
    "The report said university enrolment rose noticeably compared with the previous year.",
]


def _pools(gaz) -> dict[str, dict[str, list[str]]]:
    """Names by kind and language, from the gazetteer."""
    pools: dict[str, dict[str, list[str]]] = {k: {"ar": [], "en": []} for k in ("person", "state", "media", "place")}
    for actor in gaz.actors.values():
        kind = "media" if actor.kind == "media" else actor.type if actor.type in ("person", "state") else None
        if kind is None:
            continue
        pools[kind]["en"].append(actor.name)
        if actor.name_ar:
            pools[kind]["ar"].append(actor.name_ar)
    for place in gaz.places.values():
        pools["place"]["en"].append(place.name)
        if place.name_ar:
            pools["place"]["ar"].append(place.name_ar)
    fallback = {"person": ("بشار الأسد", "Bashar al-Assad"), "state": ("روسيا", "Russia"),
                "media": ("سانا", "SANA"), "place": ("دمشق", "Damascus")}
    for kind, (ar, en) in fallback.items():
        for lang, name in (("ar", ar), ("en", en)):
            if len(pools[kind][lang]) < 2:
                pools[kind][lang] += [name, name]
    return pools


def article(n: int, rng: random.Random, pools) -> dict:
    """One article (a dict for a .jsonl line) of 2-5 KB in Arabic (even n) or English (odd n)."""
    lang = "ar" if n % 2 == 0 else "en"
    furniture, meeting, other, noise, new, new_meeting = (
        (AR_FURNITURE, AR_MEETING, AR_OTHER, AR_NOISE, AR_NEW, AR_NEW_MEETING) if lang == "ar"
        else (EN_FURNITURE, EN_MEETING, EN_OTHER, EN_NOISE, EN_NEW, EN_NEW_MEETING))

    def pick(kind: str) -> str:
        return rng.choice(pools[kind][lang])

    def fill(template: str) -> str:
        p1, p2, p3 = rng.sample(pools["person"][lang], 3) if len(pools["person"][lang]) >= 3 else [pick("person")] * 3
        s1, s2 = rng.sample(pools["state"][lang], 2)
        official = new[0].format(title=rng.choice(new[1]), adj=rng.choice(new[2]), first=rng.choice(new[3]),
                                 last=rng.choice(new[4]))
        return template.format(p1=p1, p2=p2, p3=p3, s1=s1, s2=s2, place=pick("place"), media=pick("media"),
                               host=pick("state"), sponsor=pick("state"), mediator=pick("state"), new=official)

    headline = fill(rng.choice(meeting)).rstrip(".")
    target = rng.randint(2000, 5000)
    lines = [furniture[0], headline, ""]
    while len("\n".join(lines).encode("utf-8")) < target - 300:
        kind = rng.random()
        if kind < 0.25:
            lines.append(fill(new_meeting if rng.random() < NEW_SHARE else rng.choice(meeting)))
        elif kind < 0.4:
            lines.append(fill(rng.choice(other)))
        elif kind < 0.45:
            lines.append(rng.choice(furniture[1:]).format(headline=fill(rng.choice(meeting)).rstrip(".")))
        else:
            lines.append(" ".join(rng.sample(noise, 3)))
        lines.append("")
    day = 1 + n % 28
    return {"id": f"bench-{n:06d}", "published": f"2023-{1 + n % 12:02d}-{day:02d}", "language": lang,
            "text": "\n".join(lines).strip()}


def write_corpus(path: Path, size: int, seed: int = 11) -> tuple[int, float]:
    """Write ``size`` articles as .jsonl; returns (bytes, mean KB per article's text)."""
    from kg.gazetteer import Gazetteer

    rng = random.Random(seed)
    pools = _pools(Gazetteer.default())
    total_text = 0
    with path.open("w", encoding="utf-8") as out:
        for n in range(size):
            item = article(n, rng, pools)
            total_text += len(item["text"].encode("utf-8"))
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path.stat().st_size, total_text / size / 1024


# -- workers (one fresh process per measurement) -----------------------------------------------

def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _rss_kb() -> int:
    """Current resident set size in KB (Linux /proc), for the baseline before the work."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def worker_read(corpus: Path) -> dict:
    from kg.gazetteer import Gazetteer
    from kg.intake import Incoming, read_path

    gaz = Gazetteer.default()
    start = time.perf_counter()
    items = [i for i in read_path(corpus, gaz) if isinstance(i, Incoming)]
    return {"n": len(items), "seconds": time.perf_counter() - start}


def worker_extract(corpus: Path, batch: bool = False) -> dict:
    """extract() one article at a time, or (batch) the batch API extract_many()."""
    from kg.gazetteer import Gazetteer
    from kg.intake import Incoming, read_path
    from kg.extract import extract

    gaz = Gazetteer.default()
    articles = [i.article for i in read_path(corpus, gaz) if isinstance(i, Incoming)]
    for art in articles[:20]:  # warm caches (lexicons, gazetteer index)
        extract(art, gaz)
    start = time.perf_counter()
    statements = 0
    if batch:
        from kg.extract import extract_many
        for result in extract_many(articles, gaz):
            statements += len(result.statements)
    else:
        for art in articles:
            statements += len(extract(art, gaz).statements)
    return {"n": len(articles), "seconds": time.perf_counter() - start, "statements": statements}


def worker_ingest(corpus: Path, store: Path, jobs: int = 1) -> dict:
    import inspect

    from kg.api import KnowledgeGraph
    from kg.gazetteer import Gazetteer
    from kg.ingest import ingest_paths
    if jobs > 1 and "jobs" not in inspect.signature(ingest_paths).parameters:
        return {"unsupported": True}      # (a baseline from before kg ingest --jobs)
    options = {"jobs": jobs} if jobs > 1 else {}

    gaz = Gazetteer.default()
    from kg.extract import extract  # noqa: F401  (imports count as baseline, not as growth)

    with KnowledgeGraph.open(store, gazetteer=gaz) as graph:
        baseline = _rss_kb()
        start = time.perf_counter()
        report = ingest_paths(graph, [corpus], progress=False, use_handcoded=False, **options)
        seconds = time.perf_counter() - start
        quads = graph.quad_count()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"n": report.succeeded, "failed": len(report.failed), "seconds": seconds, "quads": quads,
            "baseline_kb": baseline, "peak_kb": peak, "first_failures": report.failed[:3]}


def run_worker(kind: str, corpus: Path, store: Path | None = None, root: Path | None = None) -> dict:
    """One measurement in a fresh process; ``root``: a checkout whose ``kg`` package runs instead."""
    cmd = [sys.executable, __file__, "--worker", kind, "--corpus", str(corpus)]
    if store is not None:
        cmd += ["--store", str(store)]
    if root is not None:
        cmd += ["--root", str(root)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"worker {kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _use_checkout(root: Path) -> None:
    """Import ``kg`` from another checkout: its folder first on the path, and the editable
    install's finder (which maps ``kg`` to this checkout) removed."""
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, str(root))


def _baseline_checkout(rev: str, tmp: Path) -> Path:
    """A detached git worktree of ``rev`` (a commit, tag or branch of this repository) under tmp."""
    repo = Path(__file__).resolve().parent.parent
    where = tmp / "baseline"
    done = subprocess.run(["git", "-C", str(repo), "worktree", "add", "--detach", str(where), rev],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"--baseline {rev}: git worktree add failed: {done.stderr.strip()}")
    return where


def _measure(kind: str, corpus: Path, tmp: Path, codes: dict[str, Path | None], repeat: int) -> dict[str, list[dict]]:
    """``repeat`` runs of one measurement for each code, alternating (this, baseline, this, ...) so
    that a busy spell of the machine falls on both."""
    results: dict[str, list[dict]] = {name: [] for name in codes}
    for i in range(repeat):
        for name, root in codes.items():
            store = tmp / f"store-{kind}-{name}-{corpus.stem}-{i}" if kind.startswith("ingest") else None
            results[name].append(run_worker(kind, corpus, store, root))
    return results


def _rate(runs: list[dict]) -> float | None:
    if any(r.get("unsupported") for r in runs):
        return None
    return statistics.median(r["n"] / r["seconds"] for r in runs)


# -- the table -------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median reported)")
    parser.add_argument("--baseline", metavar="REV",
                        help="also measure this git revision (run alternately with this checkout, same corpus)")
    parser.add_argument("--worker", choices=("read", "extract", "extract_many", "ingest", "ingest_jobs"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        if args.root:
            _use_checkout(args.root)
        if args.worker != "ingest_jobs":
            _pin_one_core()
        result = {"read": lambda: worker_read(args.corpus), "extract": lambda: worker_extract(args.corpus),
                  "extract_many": lambda: worker_extract(args.corpus, batch=True),
                  "ingest": lambda: worker_ingest(args.corpus, args.store),
                  "ingest_jobs": lambda: worker_ingest(args.corpus, args.store, jobs=_cores())}[args.worker]()
        print(json.dumps(result))
        return
    try:
        import kg.extract as _ext  # noqa: F401
        extractor = "kg.extract.extract" if hasattr(_ext, "extract") else None
    except ImportError:
        extractor = None
    if extractor is None:
        raise SystemExit("kg.extract.extract is not available: nothing to measure")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rows: list[list[str]] = []
    memory: dict[int, dict[str, tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmpname:
        tmp = Path(tmpname)
        codes: dict[str, Path | None] = {"this checkout": None}
        if args.baseline:
            codes[f"baseline {args.baseline}"] = _baseline_checkout(args.baseline, tmp)
        try:
            for size in sizes:
                corpus = tmp / f"corpus-{size}.jsonl"
                nbytes, kb = write_corpus(corpus, size)
                print(f"corpus: {size:,} articles, {nbytes / 1e6:.1f} MB, {kb:.1f} KB of text each on average "
                      f"(Arabic and English alternating)", file=sys.stderr)
                measured = [("read", "intake alone (reference)", None),
                            ("extract", "extraction alone: extract(), one article at a time", GOALS["extract"]),
                            ("extract_many", "extraction alone: extract_many(), the batch API", GOALS["extract"]),
                            ("ingest", "end to end into the embedded store", GOALS["ingest"]),
                            ("ingest_jobs", f"end to end, --jobs {_cores()} (all {_cores()} cores, not pinned)", GOALS["ingest"])]
                for kind, label, goal in measured:
                    runs = _measure(kind, corpus, tmp, codes, args.repeat)
                    rates = {name: _rate(r) for name, r in runs.items()}
                    this = rates["this checkout"]
                    if kind.startswith("extract"):
                        label += f" ({runs['this checkout'][0]['statements'] / max(runs['this checkout'][0]['n'], 1):.1f} statements/article)"
                    row = [label, f"{size:,}", f"{this:,.0f}"]
                    if args.baseline:
                        base = list(rates.values())[1]
                        row += [f"{base:,.0f}", f"{this / base:.2f}x"] if base else ["-", "-"]
                    row += [f"{goal:.0f}", f"{this / goal:.2f}x"] if goal else ["-", "-"]
                    rows.append(row)
                    if kind == "ingest":
                        for name, r in runs.items():
                            if any(x["failed"] for x in r):
                                bad = next(x for x in r if x["failed"])
                                print(f"warning ({name}): {bad['failed']} articles failed, e.g. {bad['first_failures']}",
                                      file=sys.stderr)
                        memory[size] = {name: (statistics.median(x["peak_kb"] for x in r) / 1024,
                                               statistics.median(x["peak_kb"] - x["baseline_kb"] for x in r) / 1024)
                                        for name, r in runs.items()}
        finally:
            if args.baseline:
                repo = Path(__file__).resolve().parent.parent
                subprocess.run(["git", "-C", str(repo), "worktree", "remove", "--force", str(tmp / "baseline")],
                               capture_output=True)
    print(f"\nextractor: {extractor}; one CPU core per measurement (but --jobs); medians of {args.repeat} runs"
          + (f", alternating with the baseline {args.baseline} on the same corpus" if args.baseline else "") + "\n")
    header = ["measurement", "articles", "articles/s"]
    if args.baseline:
        header += ["baseline/s", "vs baseline"]
    header += ["goal/s", "vs goal"]
    _print_table(header, rows)
    print("\npeak memory of the end-to-end run (RSS; growth = peak minus the same process before ingesting)")
    mem_header = ["articles"] + [f"{h} {name}" for name in memory[sizes[0]] for h in ("peak MB", "growth MB")]
    _print_table(mem_header, [[f"{size:,}"] + [f"{v:.0f}" for name in m for v in m[name]] for size, m in memory.items()],
                 first_left=False)
    if len(memory) > 1:
        small, large = min(memory), max(memory)
        for name in memory[small]:
            print(f"{name}: peak at {large:,} / peak at {small:,}: "
                  f"{memory[large][name][0] / memory[small][name][0]:.2f}x (flat means close to 1)")


def _print_table(header: list[str], rows: list[list[str]], first_left: bool = True) -> None:
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(c.ljust(w) if i == 0 and first_left else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))


if __name__ == "__main__":
    main()
