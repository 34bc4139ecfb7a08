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
>>> camp_colour_map({"islamic-state": "Islamic State"})  # alone, still red
{'islamic-state': '#c53030'}
>>> camp_colour_map({"mmp-g1": "The Islamic State"})  # known by its name too
{'mmp-g1': '#c53030'}
"""

from __future__ import annotations

import colorsys
import zlib
from collections.abc import Iterable, Mapping
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
    "WELL_KNOWN_CAMPS",
    "EdgeStyle",
    "camp_colour",
    "camp_colour_map",
]

CAMP_COLOURS = [
    "#2b6cb0",
    "#c53030",
    "#2f855a",
    "#b7791f",
    "#6b46c1",
    "#00838f",
    "#b83280",
    "#7b4a12",
    "#5f7a1a",
]
"""Colours of camps: the first two are Al Qaeda's and the Islamic State's
(:data:`WELL_KNOWN_CAMPS`); any other camp's is chosen from the rest by its id
(:func:`camp_colour`). Independent groups are grey."""
WELL_KNOWN_CAMPS: dict[str, str] = {
    "al-qaeda": CAMP_COLOURS[0],
    "al qaeda": CAMP_COLOURS[0],
    "islamic-state": CAMP_COLOURS[1],
    "islamic state": CAMP_COLOURS[1],
    "the islamic state": CAMP_COLOURS[1],
}
"""Fixed colours of the camps every diagram of this field shows, by id (without a
source's ``name:`` prefix) or by name in lower case: Al Qaeda blue, the Islamic State red."""
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


def _key(camp: str) -> str:
    """A camp's id without the source's qualifier: ``groups:al-qaeda`` → ``al-qaeda``."""
    return camp.rpartition(":")[2]


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _distance(a: str, b: str) -> float:
    """How far apart two colours look (a weighted RGB distance, "redmean")."""
    (r1, g1, b1), (r2, g2, b2) = _rgb(a), _rgb(b)
    mean = (r1 + r2) / 2
    dr, dg, db = r1 - r2, g1 - g2, b1 - b2
    return float(
        ((2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db) ** 0.5
    )


def _far_colour(camp: str, used: set[str]) -> str:
    """A colour past the palette, as far as can be from every one ``used`` and from grey:
    of 36 hues, at a lightness and saturation fixed by the camp."""
    seed = zlib.crc32(_key(camp).encode())
    lightness, saturation = 0.36 + seed % 10 / 100, 0.5 + (seed >> 4) % 20 / 100
    candidates = []
    for step in range(36):
        r, g, b = colorsys.hls_to_rgb(step / 36, lightness, saturation)
        candidates.append(f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}")
    avoid = [*used, INDEPENDENT_COLOUR]
    return max(
        (c for c in candidates if c not in used),
        key=lambda c: min(_distance(c, u) for u in avoid),
    )


def camp_colour(camp: str, name: str | None = None) -> str:
    """The colour a camp has in every figure, if no other camp of the figure has it.

    A well-known camp (:data:`WELL_KNOWN_CAMPS`, by id or name) has its fixed
    colour; any other one of the rest of :data:`CAMP_COLOURS`, chosen by a
    hash of its id, so that it does not depend on the other camps drawn.

    >>> camp_colour("al-qaeda"), camp_colour("groups:al-qaeda"), camp_colour("x", "Al Qaeda")
    ('#2b6cb0', '#2b6cb0', '#2b6cb0')
    >>> camp_colour("caucasus-emirate") == camp_colour("caucasus-emirate")
    True
    """
    known = WELL_KNOWN_CAMPS.get(_key(camp)) or WELL_KNOWN_CAMPS.get((name or "").lower())
    if known is not None:
        return known
    rest = CAMP_COLOURS[2:]
    return rest[zlib.crc32(_key(camp).encode()) % len(rest)]


def camp_colour_map(camps: Iterable[str] | Mapping[str, str]) -> dict[str, str]:
    """``{camp id: colour}``: each camp's own colour (:func:`camp_colour`), unless a
    camp of the same figure already has it.

    ``camps`` are camp ids, or ``{camp id: name}`` (names find the well-known
    camps of a source with other ids). Well-known camps choose first, then the
    others by id; a camp whose colour is taken has the next free one of
    :data:`CAMP_COLOURS` (never a well-known camp's), and past the palette a
    colour of its own, so no two camps of one figure share a colour. Groups in no camp are drawn in
    :data:`INDEPENDENT_COLOUR`.

    >>> camp_colour_map(["a", "b"]) == {"a": camp_colour("a"), "b": "#7b4a12"}
    True
    """
    names = dict(camps) if isinstance(camps, Mapping) else dict.fromkeys(camps)
    wanted = {camp: camp_colour(camp, name) for camp, name in names.items()}
    known = set(WELL_KNOWN_CAMPS.values())
    order = sorted(names, key=lambda camp: (wanted[camp] not in known, _key(camp), camp))
    taken: dict[str, str] = {}
    used: set[str] = set()
    for camp in order:
        colour = wanted[camp]
        if colour in used:  # the next free colour after it, never a well-known camp's
            rest = [c for c in CAMP_COLOURS if c not in known]
            start = rest.index(colour) if colour in rest else 0
            free = [c for c in rest[start:] + rest[:start] if c not in used]
            colour = free[0] if free else _far_colour(camp, used)
        taken[camp] = colour
        used.add(colour)
    return {camp: taken[camp] for camp in names}
