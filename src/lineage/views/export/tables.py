"""node-link JSON (for networkx) and a CSV of events (for spreadsheets)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import networkx as nx

from ...graph.index import index_of
from .flat import flat_graph, iso

__all__ = ["CSV_COLUMNS", "node_link", "to_csv", "to_json"]


def node_link(G: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link dict that ``networkx.node_link_data(flat_graph(G), edges="edges")``
    returns on networkx 3.4 and later, built here so that no networkx version's
    keywords matter (3.2 and 3.3 have no ``edges=``, 3.6 no ``link=``)."""
    F = flat_graph(G)
    return {
        "directed": True,
        "multigraph": True,
        "graph": dict(F.graph),
        "nodes": [{**data, "id": g} for g, data in F.nodes(data=True)],
        "edges": [
            {**data, "source": u, "target": v, "key": key}
            for u, v, key, data in F.edges(keys=True, data=True)
        ],
    }


def to_json(G: nx.MultiDiGraph) -> str:
    """node-link JSON, its edges under ``"edges"``.

    Read it back with ``networkx.node_link_graph(data, edges="edges")`` on
    networkx 3.4 and later (the default from 3.6), or
    ``networkx.node_link_graph(data, link="edges")`` on networkx 3.2 and 3.3.
    """
    return json.dumps(node_link(G), indent=2, ensure_ascii=False) + "\n"


CSV_COLUMNS = [
    "id",
    "kind",
    "relation",
    "date",
    "earliest",
    "latest",
    "end",
    "groups",
    "people",
    "description",
    "confidence",
    "sources",
    "quotes",
    "note",
]


def to_csv(G: nx.MultiDiGraph) -> str:
    """Every event as a CSV row (RFC 4180 quoting), chronological; ``relation`` is an
    undirected event's (split, merger or affiliation)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in index_of(G).events.values():
        end = getattr(e, "end", None)
        writer.writerow(
            [
                e.id,
                e.kind,
                getattr(e, "relation", None) or "",
                str(e.date),
                iso(e.date, False) or "",
                iso(e.date, True) or "",
                str(end or ""),
                "; ".join(e.groups),
                "; ".join(e.people),
                e.description,
                e.confidence,
                "; ".join(dict.fromkeys(c.source for c in e.citations)),
                " | ".join(c.quote for c in e.citations),
                e.note or "",
            ]
        )
    return buf.getvalue()
