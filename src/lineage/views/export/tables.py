"""node-link JSON (for networkx) and a CSV of events (for spreadsheets).

The CSV is made safe to open in a spreadsheet, as OWASP recommends against CSV
injection: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return (a name, a quote, a note...) gets a leading ``'``, so that the
spreadsheet shows it as text instead of running it as a formula; a plain
number such as ``-3.99`` is left a number. Every cell is in double quotes
(RFC 4180), so that no delimiter or line break in a cell can start another.

>>> print(formula_safe('=HYPERLINK("http://x","click")'), formula_safe("@SUM(A1)"))
'=HYPERLINK("http://x","click") '@SUM(A1)
>>> print(formula_safe("-3.99"), formula_safe("-2+3"), formula_safe("Boko Haram"))
-3.99 '-2+3 Boko Haram
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import networkx as nx

from ...graph.index import index_of
from ...model import BaseEvent
from .flat import flat_graph, iso

__all__ = ["CSV_COLUMNS", "formula_safe", "node_link", "roles", "to_csv", "to_json"]

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def formula_safe(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs it (see the module docstring)."""
    if text.startswith(_FORMULA) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


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
    "roles",
    "people",
    "description",
    "confidence",
    "sources",
    "quotes",
    "note",
]


def roles(event: BaseEvent) -> str:
    """Each group's part in an event, as a spreadsheet reader needs it.

    >>> from lineage import load
    >>> roles(load().event("mojwa-split"))
    'parent: aqim; splinter: mojwa'
    >>> roles(load().event("al-murabitoun-formed"))
    'party: mojwa (faction); party: those-who-sign-with-blood; result: al-murabitoun'
    """
    parts = []
    for field, gid in event.group_refs():
        label = field.split("[")[0].removesuffix("s") if "[" in field else field
        if field.startswith("parties["):
            index = int(field[len("parties[") : field.index("]")])
            faction = getattr(event, "parties")[index].faction  # noqa: B009 - a Merger's
            label = "party"
            gid = f"{gid} (faction)" if faction else gid
        parts.append(f"{label}: {gid}")
    for field in ("previous_name", "new_name", "relation"):
        value = getattr(event, field, None)
        if value:
            parts.append(f"{field.replace('_', ' ')}: {value}")
    return "; ".join(parts)


def to_csv(G: nx.MultiDiGraph) -> str:
    """Every event as a CSV row (RFC 4180 quoting), chronological; ``relation`` is an
    undirected event's (split, merger or affiliation). No cell can run as a formula
    (:func:`formula_safe`)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    for e in index_of(G).events.values():
        end = getattr(e, "end", None)
        row = [
            e.id,
            e.kind,
            getattr(e, "relation", None) or "",
            str(e.date),
            iso(e.date, False) or "",
            iso(e.date, True) or "",
            str(end or ""),
            "; ".join(e.groups),
            roles(e),
            "; ".join(e.people),
            e.description,
            e.confidence,
            "; ".join(dict.fromkeys(c.source for c in e.citations)),
            " | ".join(c.quote for c in e.citations),
            e.note or "",
        ]
        writer.writerow([formula_safe(cell) for cell in row])
    return buf.getvalue()
