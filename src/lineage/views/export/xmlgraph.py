"""GEXF 1.2 and GraphML 1.0, written with :mod:`xml.etree.ElementTree`.

Both validate against their official XML Schemas (the tests check the bundled
data, an MMP import, hostile names and generated datasets). networkx's writers
are not used: across the networkx versions lineage allows they wrote a
``name`` attribute on GEXF's ``<graph>`` (not in the schema), took an edge's
key (its event id, shared by every edge of a merger or alliance) as its XML
id (GraphML requires unique edge ids), stamped the day's date into each file
and changed their output between releases. Writing the few elements here
makes the files valid, deterministic and independent of the networkx version.

GEXF is version 1.2 (``1.2draft``), not 1.3: Gephi reads both, but networkx
reads 1.3 only from 3.6 on, and lineage allows networkx 3.2. The one 1.3
feature that would help, an edge ``kind`` (Gephi 0.10 keeps parallel edges of
different kinds apart), is not worth a file that networkx 3.2–3.5 cannot open.

Every edge's id is :func:`~.flat.edge_id` (``event:source:target``); its
event id stays in the ``event`` attribute. Empty values are left out (a
missing ``<attvalue>`` or ``<data>`` means "no value" to Gephi and yEd).

>>> import re
>>> from lineage import load
>>> ids = re.findall(r'<edge id="([^"]+)"', to_graphml(load().graph))
>>> len(ids) == len(set(ids)) == load().graph.number_of_edges()
True
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx

from .flat import edge_id, flat_graph, relation_label

__all__ = ["GEXF_NS", "GRAPHML_NS", "to_gexf", "to_graphml"]

GEXF_NS = "http://www.gexf.net/1.2draft"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

NODE_ATTRIBUTES = ("names", "founded", "dissolved", "region")
"""The node columns Gephi shows, besides the label (the group's name)."""
EDGE_ATTRIBUTES = (
    "kind",
    "relation",
    "event",
    "date",
    "until",
    "description",
    "quote",
    "source",
)
"""The edge columns: the event's kind (and, for an undirected event, its
relation: split, merger or affiliation), id and date, the end of a pledge or
alliance, and what it is and its first citation."""
_TIME = ("start", "end")


def _text(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return _DECLARATION + ET.tostring(root, encoding="unicode") + "\n"


def _root(tag: str, namespace: str, schema: str, **attrs: str) -> ET.Element:
    # The default namespace is written as a plain attribute and every tag left
    # unprefixed: ElementTree then neither invents ``ns0:`` prefixes nor needs
    # its process-wide ``register_namespace``.
    return ET.Element(
        tag,
        {
            "xmlns": namespace,
            "xmlns:xsi": _XSI,
            "xsi:schemaLocation": f"{namespace} {schema}",
            **attrs,
        },
    )


def _attvalues(parent: ET.Element, data: dict[str, str], names: tuple[str, ...]) -> None:
    values = [(name, data[name]) for name in names if data.get(name)]
    if values:
        holder = ET.SubElement(parent, "attvalues")
        for name, value in values:
            ET.SubElement(holder, "attvalue", {"for": name, "value": value})


def _gexf_columns(graph: ET.Element, cls: str, names: tuple[str, ...]) -> None:
    holder = ET.SubElement(graph, "attributes", {"class": cls, "mode": "static"})
    for name in names:
        ET.SubElement(holder, "attribute", {"id": name, "title": name, "type": "string"})


def to_gexf(G: nx.MultiDiGraph) -> str:
    """GEXF 1.2, dynamic: groups and edges carry ``start``/``end`` days for Gephi's timeline.

    A group lives from its founding to its dissolution; an edge from its event's
    date (to the end of a pledge, alliance or rivalry). An edge's label is its
    event's kind and date, as in the DOT and Mermaid exports
    (:func:`~.flat.relation_label`).
    """
    F = flat_graph(G, dynamic=True)
    root = _root("gexf", GEXF_NS, f"{GEXF_NS}/gexf.xsd", version="1.2")
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "lineage"
    ET.SubElement(meta, "description").text = (
        "How militant organisations descend from one another: groups, and the "
        "splits, mergers, absorptions, pledges, alliances and rivalries between them."
    )
    graph = ET.SubElement(
        root,
        "graph",
        defaultedgetype="directed",
        mode="dynamic",
        timeformat="date",
    )
    _gexf_columns(graph, "node", NODE_ATTRIBUTES)
    _gexf_columns(graph, "edge", EDGE_ATTRIBUTES)
    nodes = ET.SubElement(graph, "nodes", count=str(F.number_of_nodes()))
    for g, data in F.nodes(data=True):
        attrs = {"id": g, "label": data["label"]}
        attrs.update((t, data[t]) for t in _TIME if t in data)
        _attvalues(ET.SubElement(nodes, "node", attrs), data, NODE_ATTRIBUTES)
    edges = ET.SubElement(graph, "edges", count=str(F.number_of_edges()))
    labels = {(u, v, k): relation_label(d) for u, v, k, d in G.edges(keys=True, data=True)}
    for u, v, key, data in F.edges(keys=True, data=True):
        attrs = {"id": edge_id(u, v, key), "source": u, "target": v, "label": labels[u, v, key]}
        attrs.update((t, data[t]) for t in _TIME if t in data)
        _attvalues(ET.SubElement(edges, "edge", attrs), data, EDGE_ATTRIBUTES)
    return _text(root)


def _graphml_keys(root: ET.Element, domain: str, names: tuple[str, ...]) -> dict[str, str]:
    """Declare one string ``<key>`` per attribute; return each name's key id."""
    ids = {name: f"{domain[0]}_{name}" for name in names}
    for name, kid in ids.items():
        ET.SubElement(
            root, "key", {"id": kid, "for": domain, "attr.name": name, "attr.type": "string"}
        )
    return ids


def _data(parent: ET.Element, data: dict[str, str], keys: dict[str, str]) -> None:
    for name, kid in keys.items():
        if data.get(name):
            ET.SubElement(parent, "data", key=kid).text = data[name]


def to_graphml(G: nx.MultiDiGraph) -> str:
    """GraphML 1.0 (networkx reads it back with ``read_graphml``; yEd and Gephi open it).

    Node data: ``label`` (the group's name) and :data:`NODE_ATTRIBUTES`; edge
    data: :data:`EDGE_ATTRIBUTES`. Every edge id is unique, as the schema requires.
    """
    F = flat_graph(G)
    root = _root("graphml", GRAPHML_NS, "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
    node_keys = _graphml_keys(root, "node", ("label", *NODE_ATTRIBUTES))
    edge_keys = _graphml_keys(root, "edge", EDGE_ATTRIBUTES)
    graph = ET.SubElement(root, "graph", id="lineage", edgedefault="directed")
    for g, data in F.nodes(data=True):
        _data(ET.SubElement(graph, "node", id=g), data, node_keys)
    for u, v, key, data in F.edges(keys=True, data=True):
        edge = ET.SubElement(graph, "edge", id=edge_id(u, v, key), source=u, target=v)
        _data(edge, data, edge_keys)
    return _text(root)
