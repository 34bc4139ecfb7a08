r"""Graphviz DOT: every id and label a quoted string, escaped for what Graphviz reads.

Graphviz reads a quoted label in two passes: the DOT lexer (``\"`` is a quote),
then the label's own escapes (``\\`` a backslash, ``\n`` a line break) and HTML
character entities (``&amp;``, ``&lt;``, ``&#38;``), so a bare ``&`` that
happens to start an entity would show as another character. Each label is
escaped for both passes: ``dot -Tsvg`` draws every name exactly as written
(the tests read the names back out of the SVG). Edges take their colours and
lines from :mod:`lineage.views.palette`, as the drawn diagrams do.

>>> print(dot_quote('Ansar & "Dine" \\ x'))
"Ansar &amp; \"Dine\" \\ x"
"""

from __future__ import annotations

import networkx as nx

from ...model import SYMMETRIC_KINDS
from ..palette import EDGE_STYLES, EdgeStyle
from .flat import each_relation, edge_id, relation_label

__all__ = ["dot_quote", "to_dot"]


def dot_quote(text: str) -> str:
    """A DOT double-quoted label that Graphviz shows as ``text``."""
    escaped = text.replace("&", "&amp;").replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return f'"{escaped}"'


def _dot_style(style: EdgeStyle) -> str:
    """DOT edge attributes for a palette style: ``style=…, [dir=none, ]color="…"``."""
    undirected = "" if style.directed else "dir=none, "
    return f'style={style.line}, {undirected}color="{style.colour}"'


_DOT_STYLE = {kind: _dot_style(style) for kind, style in EDGE_STYLES.items()}


def _style_of(kind: str) -> str:
    """The palette's style; a kind it lacks is drawn plain, without arrows if symmetric."""
    if kind in _DOT_STYLE:
        return _DOT_STYLE[kind]
    return "dir=none" if kind in SYMMETRIC_KINDS else "style=solid"


def to_dot(G: nx.MultiDiGraph) -> str:
    """Graphviz DOT text; ``dot -Tsvg`` renders it without a warning.

    Each edge's ``id`` is :func:`~.flat.edge_id`, unique in the file (and so in
    the SVG); an alliance, rivalry or undirected event is one edge without
    arrows per pair.
    """
    lines = ["digraph lineage {", "  rankdir=LR;", "  node [shape=box, fontname=Helvetica];"]
    for g, data in G.nodes(data=True):
        lines.append(f"  {dot_quote(g)} [label={dot_quote(data['name'])}];")
    for u, v, key, data in each_relation(G):
        label = relation_label(data)
        style = _style_of(data["kind"])
        lines.append(
            f"  {dot_quote(u)} -> {dot_quote(v)} "
            f"[label={dot_quote(label)}, id={dot_quote(edge_id(u, v, key))}, {style}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"
