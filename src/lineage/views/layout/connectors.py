"""Connectors: the lineage events and pledges drawn between two lanes.

A connector joins two shown lanes at the event's date (see
:func:`~lineage.views.layout.window.event_x`), no later than the horizon of
the sources citing it (:func:`~lineage.views.layout.horizon.event_date`). Splits, mergers and
absorptions are lineage connectors; pledges are drawn too, lighter.
Alliances and rivalries (symmetric relations) are not connectors. An event
wholly outside the window is no connector: it is marked at the window's edge
(:mod:`.edges`), never drawn as if it happened there.

>>> from lineage import load
>>> G = load().graph
>>> [(c.kind, c.source, c.target) for c in find_connectors(G, {"mojwa", "jnim", "al-murabitoun"},
...                                                         2000.0, 2020.0)]
[('merger', 'mojwa', 'al-murabitoun'), ('merger', 'al-murabitoun', 'jnim')]
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from typing import Any

import networkx as nx

from ...model import SYMMETRIC_KINDS, Pledge
from .horizon import event_date
from .model import Connector
from .window import event_x, outside

__all__ = ["connector_edges", "find_connectors"]


def connector_edges(
    G: nx.MultiDiGraph, members: Container[str]
) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """``(u, v, event id, edge data)`` of each edge drawn as a connector between
    ``members``, at any date (an undirected relation once)."""
    undirected: set[tuple[str, str, str]] = set()
    for u, v, key, data in G.edges(keys=True, data=True):
        if u not in members or v not in members:
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
        yield u, v, key, data


def find_connectors(
    G: nx.MultiDiGraph, shown: Container[str], lo: float, hi: float
) -> list[Connector]:
    """The connectors between ``shown`` groups that may be dated inside ``[lo, hi]``, by date."""
    connectors: list[Connector] = []
    for u, v, key, data in connector_edges(G, shown):
        date = event_date(G, data["record"])
        if outside(date, lo, hi) is not None:
            continue  # marked at the window's edge instead
        x, x_lo, x_hi = event_x(date, lo, hi)
        connectors.append(Connector(data["kind"], key, u, v, x, x_lo, x_hi, bool(data["lineage"])))
    connectors.sort(key=lambda c: (c.x, c.event, c.source, c.target))
    return connectors
