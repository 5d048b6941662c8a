"""Synthetic article graphs shaped like kg's own output, for store and remote benchmarks.

Each meeting has ~17 quads (type, label, two or three participants, status, date, a sponsor with its
dip:thirdParty twin, evidence with quote, offsets and article); one named graph holds 3 meetings;
actors are drawn from a Zipf-like pool so a few are hubs, as in real news.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

DIP = "https://w3id.org/dipkg/ontology#"
ID = "https://w3id.org/dipkg/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
XSD = "http://www.w3.org/2001/XMLSchema#"
STATUSES = ("confirmed", "reported", "planned", "proposed", "denied")
HUB = "actor-0"  # the most frequent actor: the ego query's subject


def _actor_pool(n_actors: int, rng: random.Random) -> list[int]:
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(n_actors)]
    return rng.choices(range(n_actors), weights=weights, k=200_000)


def quads(meetings: int, seed: int = 7) -> Iterator[str]:
    """N-Quads lines for ``meetings`` meetings plus an actors graph."""
    rng = random.Random(seed)
    n_actors = max(50, meetings // 20)
    pool = _actor_pool(n_actors, rng)
    actors_graph = f"<{ID}graph/actors>"
    for a in range(n_actors):
        s = f"<{ID}actor/actor-{a}>"
        yield f"{s} {RDF_TYPE} <{DIP}Actor> {actors_graph} .\n"
        yield f"{s} {RDF_TYPE} <{DIP}{'State' if a % 5 == 0 else 'Person'}> {actors_graph} .\n"
        yield f'{s} {LABEL} "Actor {a}"@en {actors_graph} .\n'
        yield f'{s} {LABEL} "الفاعل {a}"@ar {actors_graph} .\n'
    for m in range(meetings):
        art = m // 3
        g = f"<{ID}graph/article/a{art}>"
        article = f"<{ID}article/a{art}>"
        e = f"<{ID}event/a{art}/m{m % 3 + 1}>"
        ev = f"<{ID}evidence/a{art}/{m % 3 * 100}-{m % 3 * 100 + 80}>"
        if m % 3 == 0:
            yield f"{article} {RDF_TYPE} <{DIP}Article> {g} .\n"
        parts = {pool[rng.randrange(len(pool))] for _ in range(rng.choice((2, 2, 2, 3)))}
        while len(parts) < 2:
            parts.add(rng.randrange(n_actors))
        yield f"{e} {RDF_TYPE} <{DIP}Meeting> {g} .\n"
        yield f'{e} {LABEL} "Meeting {m}"@en {g} .\n'
        for p in sorted(parts):
            yield f"{e} <{DIP}participant> <{ID}actor/actor-{p}> {g} .\n"
        yield f"{e} <{DIP}status> <{DIP}{STATUSES[rng.randrange(5)]}> {g} .\n"
        year, month, day = 2011 + rng.randrange(15), 1 + rng.randrange(12), 1 + rng.randrange(28)
        yield f'{e} <{DIP}date> "{year}-{month:02d}-{day:02d}"^^<{XSD}date> {g} .\n'
        if rng.random() < 0.5:
            t = pool[rng.randrange(len(pool))]
            role = ("sponsor", "mediator", "host")[rng.randrange(3)]
            yield f"{e} <{DIP}{role}> <{ID}actor/actor-{t}> {g} .\n"
            yield f"{e} <{DIP}thirdParty> <{ID}actor/actor-{t}> {g} .\n"
        if rng.random() < 0.6:
            yield f"{e} <{DIP}place> <{ID}place/place-{rng.randrange(200)}> {g} .\n"
        if rng.random() < 0.5:
            yield f"{e} <{DIP}reportedBy> <{ID}actor/actor-{pool[rng.randrange(len(pool))]}> {g} .\n"
        yield f"{e} {DERIVED} {article} {g} .\n"
        yield f"{e} <{DIP}evidence> {ev} {g} .\n"
        yield f"{ev} {RDF_TYPE} <{DIP}Evidence> {g} .\n"
        yield f'{ev} <{DIP}quote> "التقى الطرفان في الاجتماع رقم {m} بحضور الوسيط"@ar {g} .\n'
        yield f"{ev} <{DIP}inArticle> {article} {g} .\n"
        yield f'{ev} <{DIP}charStart> "{m % 3 * 100}"^^<{XSD}integer> {g} .\n'
        yield f'{ev} <{DIP}charEnd> "{m % 3 * 100 + 80}"^^<{XSD}integer> {g} .\n'


def write_nquads(path: Path, meetings: int) -> int:
    """Write the dataset to ``path``; return the number of quads."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        buffer = []
        for line in quads(meetings):
            buffer.append(line)
            if len(buffer) >= 50_000:
                out.writelines(buffer)
                count += len(buffer)
                buffer.clear()
        out.writelines(buffer)
        count += len(buffer)
    return count


def hub_name() -> str:
    return "Actor 0"


def point_event() -> str:
    return f"{ID}event/a1/m2"
