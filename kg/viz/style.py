"""How things look: edge style by status and role, node shape by actor type, colour by state."""
from __future__ import annotations

STATUS_EDGE = {
    "confirmed": {},
    "reported": {"dashes": [8, 6]},
    "planned": {"dashes": [2, 5]},
    "proposed": {"dashes": [2, 5]},
    "denied": {"color": "#d62728", "dashes": [8, 6]},
}
"""vis-network edge options per meeting status (confirmed solid, reported dashed, planned or
proposed dotted, denied red)."""

EDGE_COLOUR = "#8c8c8c"
ROLE_COLOUR = {"sponsor": "#ff7f0e", "mediator": "#9467bd", "host": "#17becf"}
"""Third parties: an arrow from the third party, coloured by its role."""

TYPE_SHAPE = {"person": "dot", "state": "square", "organization": "triangle", "unknown": "star",
              "meeting": "diamond"}
TYPE_SYMBOL = {"person": "●", "state": "■", "organization": "▲", "unknown": "★", "meeting": "◆"}

STATE_PALETTE = ["#1f77b4", "#2ca02c", "#e377c2", "#8c564b", "#bcbd22", "#17a589", "#d4ac0d",
                 "#5b2c6f", "#c0392b", "#2e86c1", "#7d3c98", "#117a65"]
OTHER_STATE = "#a6a6a6"
NO_STATE = "#d9d9d9"
STATUS_NODE_COLOUR = {"confirmed": "#4d4d4d", "reported": "#7f7f7f", "planned": "#b3b3b3",
                      "proposed": "#b3b3b3", "denied": "#d62728"}


def state_colours(counts: dict[str, int]) -> dict[str, str]:
    """A colour for the most frequent states (by actors drawn); the rest share 'other'."""
    ranked = sorted(counts, key=lambda s: (-counts[s], s))
    return {state: STATE_PALETTE[i] for i, state in enumerate(ranked[:len(STATE_PALETTE)])}


def node_size(activity: int, base: float = 10.0) -> float:
    """Bigger for actors in more meetings (square-root scale so one hub does not dwarf the rest)."""
    return round(base + 6.0 * activity ** 0.5, 1)
