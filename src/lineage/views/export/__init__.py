"""Exports: GEXF (with time intervals), GraphML, Graphviz DOT, Mermaid, node-link JSON, CSV.

Each format is written for the tool that receives it, and the tests hand each
file to that tool: GEXF 1.2 and GraphML validate against their official XML
Schemas (:mod:`.xmlgraph`), ``dot -Tsvg`` renders the DOT without a warning
(:mod:`.dot`), mermaid-cli renders the Mermaid, split into several diagrams
past Mermaid's limits (:mod:`.mermaid`), and ``networkx.node_link_graph``
reads the JSON on every networkx version lineage allows (:mod:`.tables`).
Every label is escaped for its own format, and every edge id is unique
(:func:`~.flat.edge_id`).

>>> sorted(FORMATS)
['csv', 'dot', 'gexf', 'graphml', 'json', 'mermaid']
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from ...io.files import write_text_atomic
from .dot import to_dot
from .flat import edge_id, flat_graph
from .mermaid import mermaid_escape, to_mermaid
from .tables import to_csv, to_json
from .xmlgraph import to_gexf, to_graphml

__all__ = [
    "FORMATS",
    "edge_id",
    "export",
    "flat_graph",
    "mermaid_escape",
    "to_csv",
    "to_dot",
    "to_gexf",
    "to_graphml",
    "to_json",
    "to_mermaid",
]

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
