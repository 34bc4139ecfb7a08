"""Exports: GraphML, GEXF (with time intervals), Graphviz DOT, Mermaid, node-link JSON, CSV.

Every label is escaped for its format. GraphML, GEXF and JSON are written by
networkx from a flattened copy of the graph whose attributes are plain
strings; GEXF nodes and edges carry ``start``/``end`` dates so Gephi's
timeline plays the lineage. DOT and Mermaid are written here, with their
quoting rules applied to every label; DOT edges take their colours and line
styles from :mod:`lineage.views.palette`, as the drawn diagrams do.

>>> from lineage import load
>>> print(to_mermaid(load().graph).splitlines()[0])
flowchart LR
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from ..graph.index import index_of
from ..io.files import write_text_atomic
from ..model import MAX, MIN, SYMMETRIC_KINDS, BaseEvent, PartialDate
from .palette import EDGE_STYLES, EdgeStyle

__all__ = [
    "FORMATS",
    "export",
    "flat_graph",
    "to_csv",
    "to_dot",
    "to_gexf",
    "to_graphml",
    "to_json",
    "to_mermaid",
]


def _iso(date: PartialDate | None, end: bool) -> str | None:
    if date is None:
        return None
    day = date.latest if end else date.earliest
    return None if day in (MIN, MAX) else day.isoformat()


def flat_graph(G: nx.MultiDiGraph, *, dynamic: bool = False) -> nx.MultiDiGraph:
    """A copy of the lineage graph with only string attributes (and GEXF time bounds)."""
    F = nx.MultiDiGraph(name="lineage")
    for g, data in G.nodes(data=True):
        record = data["record"]
        attrs = {
            "label": data["name"],
            "names": "; ".join(dict.fromkeys(n.name for n in record.all_names())),
            "founded": str(data["founded"] or ""),
            "dissolved": str(data["dissolved"] or ""),
            "region": record.region or "",
        }
        if dynamic:
            start, stop = _iso(data["founded"], False), _iso(data["dissolved"], True)
            if start:
                attrs["start"] = start
            if stop:
                attrs["end"] = stop
        F.add_node(g, **attrs)
    for u, v, key, data in G.edges(keys=True, data=True):
        event: BaseEvent = data["record"]
        attrs = {
            "kind": data["kind"],
            "event": key,
            "date": str(data["start"]),
            "until": str(data["end"] or ""),
            "description": event.description,
            "quote": event.citations[0].quote,
            "source": event.citations[0].source,
        }
        if dynamic:
            start = _iso(data["start"], False) or _iso(data["start"], True)
            if start:
                attrs["start"] = start
            stop = _iso(data["end"], True)
            if stop:
                attrs["end"] = stop
        F.add_edge(u, v, key=key, **attrs)
    return F


def to_graphml(G: nx.MultiDiGraph) -> str:
    """GraphML text (networkx reads it back with ``read_graphml``)."""
    return "\n".join(nx.generate_graphml(flat_graph(G))) + "\n"


def to_gexf(G: nx.MultiDiGraph) -> str:
    """GEXF 1.2 text, dynamic: nodes and edges carry their dates for Gephi's timeline."""
    return "\n".join(nx.generate_gexf(flat_graph(G, dynamic=True))) + "\n"


def to_json(G: nx.MultiDiGraph) -> str:
    """node-link JSON (``networkx.node_link_graph`` reads it back)."""
    data = nx.node_link_data(flat_graph(G), edges="edges")
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _each_relation(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """Every edge, with each alliance or rivalry once (not once per direction)."""
    seen: set[str] = set()
    for u, v, key, data in G.edges(keys=True, data=True):
        if data["kind"] in SYMMETRIC_KINDS:
            if key in seen:
                continue
            seen.add(key)
        yield u, v, key, data


def _dot_quote(text: str) -> str:
    """A DOT double-quoted string: backslashes, quotes and line breaks escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return f'"{escaped}"'


def _dot_style(style: EdgeStyle) -> str:
    """DOT edge attributes for a palette style: ``style=…, [dir=none, ]color="…"``."""
    undirected = "" if style.directed else "dir=none, "
    return f'style={style.line}, {undirected}color="{style.colour}"'


_DOT_STYLE = {kind: _dot_style(style) for kind, style in EDGE_STYLES.items()}


def to_dot(G: nx.MultiDiGraph) -> str:
    """Graphviz DOT text; every id and label is a quoted, escaped string."""
    lines = ["digraph lineage {", "  rankdir=LR;", "  node [shape=box, fontname=Helvetica];"]
    for g, data in G.nodes(data=True):
        lines.append(f"  {_dot_quote(g)} [label={_dot_quote(data['name'])}];")
    for u, v, key, data in _each_relation(G):
        label = f"{data['kind']} {data['start']}"
        style = _DOT_STYLE.get(data["kind"], "")
        lines.append(
            f"  {_dot_quote(u)} -> {_dot_quote(v)} "
            f"[label={_dot_quote(label)}, id={_dot_quote(key)}, {style}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


_MERMAID_ESCAPES = [
    ("#", "#35;"),
    ('"', "#quot;"),
    ("<", "#lt;"),
    (">", "#gt;"),
    ("`", "#96;"),
    ("|", "#124;"),
    ("\r", " "),
    ("\n", " "),
]


def mermaid_escape(text: str) -> str:
    """Text safe inside a Mermaid quoted label (entity codes for the special characters).

    >>> mermaid_escape('a "b" <c> #d')
    'a #quot;b#quot; #lt;c#gt; #35;d'
    """
    for old, new in _MERMAID_ESCAPES:
        text = text.replace(old, new)
    return text


_MERMAID_ARROW = {
    "merger": "-->",
    "split": "-->",
    "absorption": "-->",
    "pledge": "-.->",
    "alliance": "<-.->",
    "rivalry": "x-.-x",
}


def to_mermaid(G: nx.MultiDiGraph) -> str:
    """A Mermaid flowchart (renders in GitHub Markdown inside a ```mermaid block)."""
    ids = {g: f"n{i}" for i, g in enumerate(G.nodes)}
    lines = ["flowchart LR"]
    for g, data in G.nodes(data=True):
        lines.append(f'  {ids[g]}["{mermaid_escape(data["name"])}"]')
    for u, v, _key, data in _each_relation(G):
        arrow = _MERMAID_ARROW.get(data["kind"], "-->")
        label = mermaid_escape(f"{data['kind']} {data['start']}")
        lines.append(f'  {ids[u]} {arrow}|"{label}"| {ids[v]}')
    return "\n".join(lines) + "\n"


CSV_COLUMNS = [
    "id",
    "kind",
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
    """Every event as a CSV row (RFC 4180 quoting), chronological."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in index_of(G).events.values():
        end = getattr(e, "end", None)
        writer.writerow(
            [
                e.id,
                e.kind,
                str(e.date),
                _iso(e.date, False) or "",
                _iso(e.date, True) or "",
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


FORMATS: dict[str, Callable[[nx.MultiDiGraph], str]] = {
    "graphml": to_graphml,
    "gexf": to_gexf,
    "dot": to_dot,
    "mermaid": to_mermaid,
    "json": to_json,
    "csv": to_csv,
}


def export(G: nx.MultiDiGraph, fmt: str, path: str | os.PathLike[str]) -> None:
    """Write the graph in ``fmt`` (one of :data:`FORMATS`) to ``path``, atomically."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} — use one of: {', '.join(FORMATS)}")
    write_text_atomic(Path(path), FORMATS[fmt](G))
