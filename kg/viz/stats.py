"""`kg stats`: counts, most active actors, the brokers, and betweenness in the meeting network."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from kg.viz.data import STATUSES, VizData, activity

EXACT_BETWEENNESS_MAX = 2000
"""Above this many actors betweenness is estimated from a sample of 500 sources (networkx's k)."""


@dataclass
class Stats:
    """What `kg stats` prints; every list is (label, number) pairs, largest first."""

    meetings: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    actors: int = 0
    articles: int = 0
    active: list[tuple[str, int]] = field(default_factory=list)
    brokers: list[tuple[str, int, str]] = field(default_factory=list)
    betweenness: list[tuple[str, float]] = field(default_factory=list)
    sampled: bool = False

    def render(self) -> str:
        """Plain text for people."""
        lines = [f"meetings   {self.meetings}  ("
                 + ", ".join(f"{s} {n}" for s, n in self.by_status.items() if n) + ")",
                 f"actors     {self.actors} (taking part in or brokering a meeting)",
                 f"articles   {self.articles}", "", "Most active actors (meetings taken part in):"]
        lines += [f"  {n:>4}  {name}" for name, n in self.active] or ["  (none)"]
        lines += ["", "Most frequent third parties (sponsor, mediator, host):"]
        lines += [f"  {n:>4}  {name}  [{roles}]" for name, n, roles in self.brokers] or ["  (none)"]
        head = "Betweenness in the meeting network" + (" (estimated from 500 sources)" if self.sampled else "") + ":"
        lines += ["", head]
        lines += [f"  {value:.3f}  {name}" for name, value in self.betweenness] or ["  (none)"]
        return "\n".join(lines)


def meeting_network(data: VizData) -> nx.Graph:
    """Actors linked when they took part in one meeting, or one brokered a meeting the other attended."""
    graph = nx.Graph()
    for m in data.meetings.values():
        people = list(dict.fromkeys(m.participants))
        graph.add_nodes_from(people)
        graph.add_edges_from((a, b) for i, a in enumerate(people) for b in people[i + 1:])
        graph.add_edges_from((t, p) for t, _ in m.third_parties for p in people if t != p)
    return graph


def compute(data: VizData, top: int = 10) -> Stats:
    """All the numbers of `kg stats` for ``data`` (already filtered, if at all)."""
    met, brokered = activity(data)
    roles: dict[str, Counter] = {}
    for m in data.meetings.values():
        for actor, role in m.third_parties:
            roles.setdefault(actor, Counter())[role] += 1
    status = Counter(m.status for m in data.meetings.values())
    stats = Stats(meetings=len(data.meetings), by_status={s: status.get(s, 0) for s in STATUSES},
                  actors=len(data.involved_actors()),
                  articles=len({m.article for m in data.meetings.values() if m.article}))
    label = data.actor_label
    stats.active = [(label(a), n) for a, n in sorted(met.items(), key=lambda x: (-x[1], label(x[0])))[:top]]
    stats.brokers = [(label(a), n, ", ".join(f"{r} {c}" for r, c in sorted(roles[a].items())))
                     for a, n in sorted(brokered.items(), key=lambda x: (-x[1], label(x[0])))[:top]]
    graph = meeting_network(data)
    if graph.number_of_nodes():
        stats.sampled = graph.number_of_nodes() > EXACT_BETWEENNESS_MAX
        values = nx.betweenness_centrality(graph, k=500 if stats.sampled else None, seed=7 if stats.sampled else None)
        ranked = sorted(values.items(), key=lambda x: (-x[1], label(x[0])))
        stats.betweenness = [(label(a), round(v, 4)) for a, v in ranked[:top]]
    return stats
