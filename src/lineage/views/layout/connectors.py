"""Connectors: the lineage events and pledges drawn between two lanes.

A connector joins two shown lanes at the event's date (see
:func:`~lineage.views.layout.window.event_x`), no later than the horizon of
the sources citing it (:func:`~lineage.views.layout.horizon.event_date`). Splits, mergers and
absorptions are lineage connectors; pledges are drawn too, lighter.
Alliances and rivalries (symmetric relations) are not connectors.

>>> from lineage import load
>>> G = load().graph
>>> [(c.kind, c.source, c.target) for c in find_connectors(G, {"mojwa", "jnim", "al-murabitoun"},
...                                                         2000.0, 2020.0)]
[('merger', 'mojwa', 'al-murabitoun'), ('merger', 'al-murabitoun', 'jnim')]
"""

from __future__ import annotations

from collections.abc import Container

import networkx as nx

from ...model import SYMMETRIC_KINDS, Pledge
from .horizon import event_date
from .model import Connector
from .window import event_x

__all__ = ["find_connectors"]


def find_connectors(
    G: nx.MultiDiGraph, shown: Container[str], lo: float, hi: float
) -> list[Connector]:
    """The connectors between ``shown`` groups dated inside ``[lo, hi]``, by date."""
    connectors: list[Connector] = []
    undirected: set[tuple[str, str, str]] = set()  # each undirected relation drawn once
    for u, v, key, data in G.edges(keys=True, data=True):
        if u not in shown or v not in shown:
            continue
        if data["kind"] == "undirected":
            pair = (key, min(u, v), max(u, v))
            if pair in undirected:
                continue
            undirected.add(pair)
        elif data["kind"] in SYMMETRIC_KINDS or (
            not data["lineage"] and not isinstance(data["record"], Pledge)
        ):
            continue
        x, x_lo, x_hi = event_x(event_date(G, data["record"]), lo, hi)
        if not lo <= x <= hi:
            continue
        connectors.append(Connector(data["kind"], key, u, v, x, x_lo, x_hi, bool(data["lineage"])))
    connectors.sort(key=lambda c: (c.x, c.event, c.source, c.target))
    return connectors
