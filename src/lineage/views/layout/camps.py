"""Camps: colour each lane, over time, by the top of the group's allegiance chain.

Each lane is sampled month by month (year by year when it spans more than
thirty years). In each sample the group's camp is the group it answers to
at the top of its pledges of medium or high confidence; a pledge of low
confidence colours no camp. A stretch is *certain* when the camp is the
same whichever exact dates the pledges had. A group is a camp in the
diagram only if some other group shown belongs to it; everything else is
:data:`~lineage.views.layout.model.INDEPENDENT`.

>>> [(round(a, 3), round(b, 3), str(d)) for a, b, d in sample_points(2015.5, 2015.7)]
[(2015.5, 2015.583, '2015-07'), (2015.583, 2015.667, '2015-08'), (2015.667, 2015.7, '2015-09')]
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from ...graph import queries as q
from ...model import PartialDate, parse_date
from .model import INDEPENDENT

__all__ = ["camp_segments", "sample_points"]

Segment = tuple[float, float, str, bool]
"""``(x0, x1, camp, certain)``."""


def sample_points(x0: float, x1: float) -> list[tuple[float, float, PartialDate]]:
    """Sub-intervals of [x0, x1] with the date whose end they are judged by."""
    step_months = 1 if x1 - x0 <= 30 else 12
    out = []
    year, month = int(x0), 1 + int((x0 - int(x0)) * 12)
    while True:
        a = max(x0, year + (month - 1) / 12)
        if a >= x1:
            break
        if step_months == 1:
            b = min(x1, year + month / 12)
            text = f"{year:04d}-{month:02d}"
            month += 1
            if month > 12:
                year, month = year + 1, 1
        else:
            b = min(x1, year + 1.0)
            text = f"{year:04d}"
            year, month = year + 1, 1
        if 1 <= year <= 9998:
            out.append((a, b, parse_date(text)))
    return out


def _segments(G: nx.MultiDiGraph, g: str, x0: float, x1: float) -> list[Segment]:
    """``g``'s camp over ``[x0, x1]``, neighbouring samples with the same camp merged."""
    segs: list[Segment] = []
    for a, b, when in sample_points(x0, x1):
        top = q.camp(G, g, when, min_confidence="medium")
        if top is None:
            continue  # not yet (or no longer) in existence within this month
        sure = q.camp(G, g, when, certain=True, min_confidence="medium") == top
        if segs and segs[-1][2:] == (top, sure) and abs(segs[-1][1] - a) < 1e-9:
            segs[-1] = (segs[-1][0], b, top, sure)
        else:
            segs.append((a, b, top, sure))
    return segs


def camp_segments(
    G: nx.MultiDiGraph, spans: Mapping[str, tuple[float, float]]
) -> tuple[dict[str, tuple[Segment, ...]], dict[str, str]]:
    """Each lane's camp segments, and ``{camp id: name}`` of the camps, by name.

    ``spans`` maps each shown group to the ``(x0, x1)`` its lane occupies.
    """
    pieces = {g: _segments(G, g, *spans[g]) for g in spans}
    tops = {top for g, segs in pieces.items() for _, _, top, _ in segs if top != g}
    camps = {t: G.nodes[t]["name"] for t in sorted(tops, key=lambda t: G.nodes[t]["name"])}
    coloured = {
        g: tuple((a, b, top if top in tops else INDEPENDENT, sure) for a, b, top, sure in segs)
        for g, segs in pieces.items()
    }
    return coloured, camps
