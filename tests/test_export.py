"""Every export reads back with every group and event; hostile labels survive escaping."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pydot
import pytest
from click.testing import CliRunner

import lineage
from lineage.cli import cli
from lineage.model import SYMMETRIC_KINDS
from lineage.views.export import (
    FORMATS,
    mermaid_escape,
    to_csv,
    to_dot,
    to_gexf,
    to_graphml,
    to_json,
    to_mermaid,
)
from lineage.views.palette import CONNECTOR_STYLES, EDGE_STYLES

from .build import event, group, pledge, split
from .build import lineage as make

HOSTILE = [
    'Quote " double',
    "back\\slash",
    "[brackets] {braces} (parens)",
    "<script>alert('x')</script>",
    "line\nbreak",
    "pipe | hash # amp & semi;",
    "جماعة أنصار الدين",
    "`tick` -->arrow",
]


@pytest.fixture(scope="module")
def hostile() -> lineage.Lineage:
    groups = [group(f"h{i}", name) for i, name in enumerate(HOSTILE)]
    events = [split(f"e{i}", str(2000 + i), f"h{i}", f"h{i + 1}") for i in range(len(HOSTILE) - 1)]
    events.append(pledge("p", "2012", "h0", "h1"))
    events.append(event("alliance", "al", "2013", members=["h2", "h3"]))
    return make(groups, events)


def _event_keys(G: nx.MultiDiGraph) -> set[str]:
    return {k for _, _, k in G.edges(keys=True)}


@pytest.mark.parametrize("which", ["bundled", "hostile"])
def test_graphml_and_gexf_read_back(
    lg: lineage.Lineage, hostile: lineage.Lineage, which: str
) -> None:
    source = lg if which == "bundled" else hostile
    G = source.graph
    for text, reader in ((to_graphml(G), nx.read_graphml), (to_gexf(G), nx.read_gexf)):
        back = reader(io.BytesIO(text.encode("utf-8")))
        assert set(back.nodes) == set(G.nodes)
        assert _event_keys(back) == _event_keys(G) or {
            d.get("event") for *_, d in back.edges(data=True)
        } == _event_keys(G)
        labels = {d.get("label") for _, d in back.nodes(data=True)}
        assert labels == {d["name"] for _, d in G.nodes(data=True)}


def test_gexf_is_dynamic_with_dates(lg: lineage.Lineage) -> None:
    text = to_gexf(lg.graph)
    assert 'mode="dynamic"' in text
    assert 'timeformat="date"' in text
    back = nx.read_gexf(io.BytesIO(text.encode()))
    assert back.nodes["jnim"]["start"] == "2017-03-02"
    assert back.nodes["those-who-sign-with-blood"]["end"] == "2013-12-31"


@pytest.mark.parametrize("which", ["bundled", "hostile"])
def test_dot_parses_with_pydot(lg: lineage.Lineage, hostile: lineage.Lineage, which: str) -> None:
    source = lg if which == "bundled" else hostile
    [graph] = pydot.graph_from_dot_data(to_dot(source.graph))
    nodes = {n.get_name().strip('"') for n in graph.get_nodes()} - {"node"}
    assert nodes == set(source.graph.nodes)
    labels = {n.get("label") for n in graph.get_nodes() if n.get_name() != "node"}
    unescaped = {
        lbl[1:-1].replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\") for lbl in labels
    }
    assert unescaped == {d["name"] for _, d in source.graph.nodes(data=True)}
    ids = {e.get("id").strip('"') for e in graph.get_edges()}
    assert ids == _event_keys(source.graph)


MERMAID_NODE = re.compile(r'^  n\d+\["[^"\n<>`|]*"\]$')
MERMAID_EDGE = re.compile(r'^  n\d+ (-->|-\.->|<-\.->|x-\.-x)\|"[^"\n<>`|]*"\| n\d+$')


@pytest.mark.parametrize("which", ["bundled", "hostile"])
def test_mermaid_follows_the_grammar(
    lg: lineage.Lineage, hostile: lineage.Lineage, which: str
) -> None:
    source = lg if which == "bundled" else hostile
    lines = to_mermaid(source.graph).splitlines()
    assert lines[0] == "flowchart LR"
    nodes = [line for line in lines[1:] if MERMAID_NODE.match(line)]
    edges = [line for line in lines[1:] if MERMAID_EDGE.match(line)]
    assert len(nodes) + len(edges) == len(lines) - 1  # every line is one or the other
    assert len(nodes) == source.graph.number_of_nodes()
    symmetric = (
        sum(1 for *_, d in source.graph.edges(data=True) if d["kind"] in SYMMETRIC_KINDS) // 2
    )
    plain = sum(1 for *_, d in source.graph.edges(data=True) if d["kind"] not in SYMMETRIC_KINDS)
    assert len(edges) == plain + symmetric


def test_mermaid_escape_round_trips_entities() -> None:
    for name in HOSTILE:
        escaped = mermaid_escape(name)
        assert not set('"<>`|\n') & set(escaped)
        back = (
            escaped.replace("#quot;", '"')
            .replace("#lt;", "<")
            .replace("#gt;", ">")
            .replace("#96;", "`")
            .replace("#124;", "|")
            .replace("#35;", "#")
        )
        assert back == name.replace("\n", " ")


def test_json_node_link_reads_back(hostile: lineage.Lineage) -> None:
    back = nx.node_link_graph(json.loads(to_json(hostile.graph)), edges="edges")
    assert set(back.nodes) == set(hostile.graph.nodes)
    assert {d["label"] for _, d in back.nodes(data=True)} == set(HOSTILE)


def test_csv_has_every_event(lg: lineage.Lineage, hostile: lineage.Lineage) -> None:
    for source in (lg, hostile):
        rows = list(csv.DictReader(io.StringIO(to_csv(source.graph))))
        assert [r["id"] for r in rows] == [e.id for e in source.events]
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv(lg.graph)))}
    assert rows["jnim-formed"]["date"] == "2017-03-02"
    assert "ansar-dine" in rows["jnim-formed"]["groups"]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_cli_export(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == FORMATS[fmt](lineage.load().graph)


def test_unknown_format(lg: lineage.Lineage, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="use one of"):
        lg.export("xlsx", tmp_path / "x")


def test_dot_edges_are_drawn_from_the_palette(hostile: lineage.Lineage) -> None:
    """Each DOT edge has its kind's colour and line from the one palette the diagrams use."""
    [graph] = pydot.graph_from_dot_data(to_dot(hostile.graph))
    kinds = {k: d["kind"] for _, _, k, d in hostile.graph.edges(keys=True, data=True)}
    seen = set()
    for edge in graph.get_edges():
        kind = kinds[edge.get("id").strip('"')]
        style = EDGE_STYLES[kind]
        assert edge.get("color").strip('"') == style.colour
        assert edge.get("style") == style.line
        assert edge.get("dir") == (None if style.directed else "none")
        seen.add(kind)
    assert seen == {"split", "pledge", "alliance"}
    for kind in CONNECTOR_STYLES:  # the diagram's connectors match the DOT edges
        assert CONNECTOR_STYLES[kind]["color"] == EDGE_STYLES[kind].colour
