"""The one palette: camp colours, the independent grey, and each event kind's line.

Both the matplotlib drawing (:mod:`lineage.views.plotting`) and the Graphviz
export (:mod:`lineage.views.export`) read their colours and line styles from
here, so a diagram and a DOT file draw a split, say, in the same purple.
Nothing here imports matplotlib: the values are plain strings and tuples.

>>> EDGE_STYLES["pledge"].line, EDGE_STYLES["pledge"].colour
('dashed', '#718096')
>>> CONNECTOR_STYLES["split"]["color"] == EDGE_STYLES["split"].colour
True
>>> camp_colour_map(["al-qaeda", "islamic-state"])
{'al-qaeda': '#2b6cb0', 'islamic-state': '#c53030'}
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "CAMP_COLOURS",
    "CONNECTOR_KINDS",
    "CONNECTOR_STYLES",
    "EDGE_STYLES",
    "GRID_COLOUR",
    "INDEPENDENT_COLOUR",
    "MATPLOTLIB_LINESTYLES",
    "NOTE_COLOUR",
    "TEXT_COLOUR",
    "EdgeStyle",
    "camp_colour_map",
]

CAMP_COLOURS = ["#2b6cb0", "#c53030", "#2f855a", "#b7791f", "#6b46c1", "#00838f"]
"""Colours of camps, in the order of the camps' names; independent groups are grey."""
INDEPENDENT_COLOUR = "#9aa0a6"
"""Lanes of groups in no camp."""

TEXT_COLOUR = "#1a202c"
"""Lane labels."""
GRID_COLOUR = "#e2e8f0"
"""The diagram's year grid."""
NOTE_COLOUR = "#4a5568"
"""The footnote naming the sources."""

Line = Literal["solid", "dashed", "dotted"]


@dataclass(frozen=True)
class EdgeStyle:
    """How one kind of event is drawn: colour, line, legend label, arrow or not."""

    colour: str
    line: Line
    label: str
    directed: bool = True


EDGE_STYLES: dict[str, EdgeStyle] = {
    "merger": EdgeStyle("#1a202c", "solid", "merger"),
    "split": EdgeStyle("#805ad5", "solid", "split"),
    "absorption": EdgeStyle("#975a16", "solid", "absorption"),
    "pledge": EdgeStyle("#718096", "dashed", "pledge of allegiance"),
    "alliance": EdgeStyle("#2f855a", "dotted", "alliance", directed=False),
    "rivalry": EdgeStyle("#c53030", "dotted", "rivalry", directed=False),
    "undirected": EdgeStyle("#a0aec0", "dashed", "direction unknown", directed=False),
}
"""Every event kind an edge can have, in legend order."""

MATPLOTLIB_LINESTYLES: dict[Line, Any] = {
    "solid": "-",
    "dashed": (0, (3, 2)),
    "dotted": (0, (1, 2)),
}
"""Each :data:`Line` as a matplotlib ``linestyle``."""

CONNECTOR_KINDS = ("merger", "split", "absorption", "pledge", "undirected")
"""The kinds a diagram draws as connectors between lanes (not alliances or rivalries);
an ``undirected`` relation (a split, merger or affiliation whose direction the source
does not state) is drawn without an arrowhead, as "direction unknown"."""

CONNECTOR_STYLES: dict[str, dict[str, Any]] = {
    kind: {
        "color": EDGE_STYLES[kind].colour,
        "linestyle": MATPLOTLIB_LINESTYLES[EDGE_STYLES[kind].line],
        "label": EDGE_STYLES[kind].label,
    }
    for kind in CONNECTOR_KINDS
}
"""matplotlib keyword arguments (``color``, ``linestyle``) and legend label per connector kind."""


def camp_colour_map(camps: Iterable[str]) -> dict[str, str]:
    """``{camp id: colour}`` for camps in order; past six camps the colours repeat.

    Groups in no camp are drawn in :data:`INDEPENDENT_COLOUR`.
    """
    return {camp: CAMP_COLOURS[i % len(CAMP_COLOURS)] for i, camp in enumerate(camps)}
