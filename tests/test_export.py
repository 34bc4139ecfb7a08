"""Every export reads back with every group and event; hostile labels survive escaping."""

from __future__ import annotations

import csv
import inspect
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
    edge_id,
    mermaid,
    mermaid_escape,
    to_csv,
    to_dot,
    to_gexf,
    to_graphml,
    to_json,
    to_mermaid,
)
from lineage.views.export.flat import each_relation
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
    assert '<gexf xmlns="http://www.gexf.net/1.2draft"' in text
    assert 'version="1.2"' in text
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
        lbl[1:-1]
        .replace('\\"', '"')
        .replace("\\n", "\n")
        .replace("\\\\", "\\")
        .replace("&amp;", "&")
        for lbl in labels
    }
    assert unescaped == {d["name"] for _, d in source.graph.nodes(data=True)}
    ids = [e.get("id").strip('"') for e in graph.get_edges()]
    assert sorted(ids) == sorted(edge_id(u, v, k) for u, v, k, _ in each_relation(source.graph))


LABEL = r'"(?:[^"\n<>`|%\\&]|<br>)*"'
MERMAID_NODE = re.compile(rf"^  n\d+\[{LABEL}\]$")
MERMAID_EDGE = re.compile(rf"^  n\d+ (-->|-\.->|<-\.->|x-\.-x|---)\|{LABEL}\| n\d+$")


def _mermaid_lines(text: str) -> tuple[list[str], list[str]]:
    """A flowchart's node and edge lines; fails on a line that is neither."""
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    nodes = [line for line in lines[1:] if MERMAID_NODE.match(line)]
    edges = [line for line in lines[1:] if MERMAID_EDGE.match(line)]
    assert len(nodes) + len(edges) == len(lines) - 1  # every line is one or the other
    return nodes, edges


@pytest.mark.parametrize("which", ["bundled", "hostile"])
def test_mermaid_follows_the_grammar(
    lg: lineage.Lineage, hostile: lineage.Lineage, which: str
) -> None:
    source = lg if which == "bundled" else hostile
    nodes, edges = _mermaid_lines(to_mermaid(source.graph))
    assert len(nodes) == source.graph.number_of_nodes()
    pairs = {
        (k, *sorted((u, v))) if d["kind"] in SYMMETRIC_KINDS else (k, u, v)
        for u, v, k, d in source.graph.edges(keys=True, data=True)
    }
    assert len(edges) == len(pairs)


def test_each_relation_draws_every_pair_of_an_alliance_of_three() -> None:
    lg = make(
        [group("a"), group("b"), group("c")],
        [event("alliance", "al", "2013", members=["a", "b", "c"])],
    )
    pairs = [tuple(sorted((u, v))) for u, v, _, _ in each_relation(lg.graph)]
    assert sorted(pairs) == [("a", "b"), ("a", "c"), ("b", "c")]
    assert len(_mermaid_lines(to_mermaid(lg.graph))[1]) == 3
    assert to_dot(lg.graph).count(" -> ") == 3


@pytest.mark.parametrize(("edges", "text"), [(4, 50_000), (500, 700)])
def test_mermaid_splits_past_its_limits(
    lg: lineage.Lineage, monkeypatch: pytest.MonkeyPatch, edges: int, text: int
) -> None:
    """Past Mermaid's limits (shrunk here), Markdown with one flowchart per part, each
    within both; every relation drawn once; a group keeps its node id in every part."""
    monkeypatch.setattr(mermaid, "MAX_EDGES", edges)
    monkeypatch.setattr(mermaid, "MAX_TEXT", text)
    out = to_mermaid(lg.graph)
    assert out.startswith("<!-- lineage: ")
    blocks = re.findall(r"^## ([^\n]+)\n\n```mermaid\n(.*?)\n```$", out, flags=re.M | re.S)
    assert [(title, body + "\n") for title, body in blocks] == mermaid.mermaid_diagrams(lg.graph)
    titles = [title.split(" (")[0] for title, _ in blocks]
    assert titles == sorted(titles, key=mermaid.FAMILIES.index)  # families in order
    ids = {f"n{i}": g for i, g in enumerate(lg.graph.nodes)}
    declared: dict[str, str] = {}
    drawn: list[str] = []
    for _, body in blocks:
        nodes, part_edges = _mermaid_lines(body)
        assert 0 < len(part_edges) <= edges
        assert len((body + "\n").encode("utf-16-le")) // 2 <= text
        here = {line.split("[")[0].strip(): line.strip() for line in nodes}
        for line in part_edges:
            assert {line.split()[0], line.split()[-1]} <= set(here)  # declared in this part
        for node, line in here.items():
            assert declared.setdefault(node, line) == line  # the same id, the same group
        drawn += part_edges
    assert set(declared) == set(ids)  # every group, even one in no relation
    assert len(drawn) == len(set(drawn)) == sum(1 for _ in each_relation(lg.graph))


def test_mermaid_escape_round_trips_entities() -> None:
    for name in [*HOSTILE, "50% & C:\\new &amp; #quot;"]:
        escaped = mermaid_escape(name)
        assert not set('"<>`|%&\\\n') & set(escaped.replace("<br>", ""))
        back = (
            escaped.replace("<br>", "\n")
            .replace("#quot;", '"')
            .replace("#lt;", "<")
            .replace("#gt;", ">")
            .replace("#96;", "`")
            .replace("#124;", "|")
            .replace("#37;", "%")
            .replace("#92;", "\\")
            .replace("#amp;", "&")
            .replace("#35;", "#")
        )
        assert back == name


def test_exports_are_deterministic(lg: lineage.Lineage) -> None:
    """The same data give the same bytes (no date stamp): exports diff cleanly."""
    for fmt, write in FORMATS.items():
        assert write(lg.graph) == write(lineage.load().graph), fmt


def test_json_node_link_reads_back(hostile: lineage.Lineage) -> None:
    data = json.loads(to_json(hostile.graph))
    keyword = "edges" if "edges" in inspect.signature(nx.node_link_graph).parameters else "link"
    back = nx.node_link_graph(data, **{keyword: "edges"})  # link= on networkx 3.2 and 3.3
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
    kinds = {
        edge_id(u, v, k): d["kind"] for u, v, k, d in hostile.graph.edges(keys=True, data=True)
    }
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


def test_mermaid_cuts_groups_in_no_relation_within_the_text_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(mermaid, "MAX_TEXT", 400)
    lg = make([group(f"g{i}", f"Group number {i}") for i in range(40)], [])
    diagrams = mermaid.mermaid_diagrams(lg.graph)
    assert len(diagrams) > 1
    declared = []
    for title, text in diagrams:
        assert title.startswith(mermaid.FAMILIES[0])
        assert len(text) <= 400
        nodes, edges = _mermaid_lines(text)
        assert edges == []
        declared += nodes
    assert len(declared) == len(set(declared)) == 40


def test_an_undirected_event_is_drawn_without_a_direction() -> None:
    """An event whose direction the source leaves open: no arrows, "direction unknown"."""
    lg = make(
        [group("a"), group("b")],
        [event("undirected", "u", "2009", members=["a", "b"], relation="split")],
    )
    [edge] = [line for line in to_dot(lg.graph).splitlines() if " -> " in line]
    assert "dir=none" in edge
    assert 'label="split (direction unknown) 2009"' in edge
    [line] = _mermaid_lines(to_mermaid(lg.graph))[1]
    assert line == '  n0 ---|"split (direction unknown) 2009"| n1'
    back = nx.read_graphml(io.BytesIO(to_graphml(lg.graph).encode("utf-8")))
    assert {(d["kind"], d["relation"]) for *_, d in back.edges(data=True)} == {
        ("undirected", "split")
    }
    assert 'label="split (direction unknown) 2009"' in to_gexf(lg.graph)
    [row] = csv.DictReader(io.StringIO(to_csv(lg.graph)))
    assert (row["kind"], row["relation"]) == ("undirected", "split")


def test_csv_keeps_each_partys_role(lg: lineage.Lineage) -> None:
    import csv
    import io

    from lineage.views.export import to_csv

    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(to_csv(lg.graph)))}
    assert rows["mojwa-split"]["roles"] == "parent: aqim; splinter: mojwa"
    assert rows["al-murabitoun-formed"]["roles"] == (
        "party: mojwa (faction); party: those-who-sign-with-blood; result: al-murabitoun"
    )
    renamed = next(r for r in rows.values() if r["kind"] == "rename")
    assert "previous name: " in renamed["roles"]
    assert "new name: " in renamed["roles"]
