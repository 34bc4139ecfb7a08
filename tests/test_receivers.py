"""Every export handed to the tool that receives it, as a user's tool would read it.

On three datasets — the bundled data, an MMP import (built here from
``../shared/mmp``) and names full of characters each format treats specially:

* GEXF and GraphML validate against the official XML Schemas in
  ``../shared/specs``, with the ``xmlschema`` package and with ``xmllint``;
* ``dot -Tsvg`` renders the DOT with nothing on stderr, and the SVG shows
  every group's name and every edge id exactly;
* mermaid-cli (``mmdc``, driving a headless Chromium) renders every Mermaid
  diagram, and the SVGs show every name and relation;
* ``networkx.node_link_graph`` reads the JSON with the keyword the installed
  networkx has (``.ci/run`` runs these tests again under networkx 3.2).

Each test skips, saying what to install, where its tool or data are absent.
"""

from __future__ import annotations

import functools
import inspect
import io
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import lineage
from lineage.views.export import (
    edge_id,
    flat_graph,
    to_dot,
    to_gexf,
    to_graphml,
    to_json,
    to_mermaid,
)
from lineage.views.export.flat import each_relation, relation_label
from lineage.views.export.mermaid import mermaid_diagrams

from .build import cite, event, group, merger, pledge, split
from .build import lineage as make
from .conftest import ROOT

SPECS = ROOT.parent / "shared" / "specs"
MMP = ROOT.parent / "shared" / "mmp"
SCHEMAS = {
    "gexf": SPECS / "gexf" / "1.2draft" / "gexf.xsd",
    "graphml": SPECS / "graphml" / "graphml.xsd",
}
WRITERS = {"gexf": to_gexf, "graphml": to_graphml}
SVG = "{http://www.w3.org/2000/svg}"
XHTML = "{http://www.w3.org/1999/xhtml}"

HOSTILE = [
    "Ansar & Sons",
    "AT&amp;T &lt;not a tag&gt; &#38;",
    "Quote \" double and ' single",
    "<script>alert('x')</script>",
    "hash # pipe | semi;",
    "#quot; #35; entity codes",
    "back\\slash C:\\new \\N",
    "line\nbreak",
    "%%{init: {'theme': 'forest'}}%%",
    "[brackets] {braces} (parens) `tick` -->arrow",
    "*star* _under_ ~tilde~",
    "جماعة أنصار الدين",
    "Ünïcödé Grüppe Nº 7 — “curly” ‘quotes’",
    "emoji 🏴 and CJK 伊斯兰国",
]


def hostile_lineage() -> lineage.Lineage:
    """Each name a group's; descriptions and quotes as hostile; every kind of edge,
    including an event of several edges (a merger of two, an alliance of three)."""
    n = len(HOSTILE)
    groups = [group(f"h{i}", name) for i, name in enumerate(HOSTILE)]
    events = [split(f"s{i}", str(1980 + i), f"h{i}", f"h{i + 1}") for i in range(n - 3)]
    events += [
        merger("m", "2000", [f"h{n - 3}", "h0"], f"h{n - 2}"),
        pledge("p", "2001", f"h{n - 1}", "h1", end="2003"),
        event("alliance", "a", "2002", members=["h2", "h3", "h4"]),
        event("rivalry", "r", "2002-05", members=["h5", "h6"], end="2004"),
        event("undirected", "u", "2003", members=["h7", "h8"], relation="split"),
    ]
    for i, e in enumerate(events):
        e["description"] = HOSTILE[i % n]
        e["citations"] = cite(HOSTILE[-1 - i % n])
    return make(groups, events)


@pytest.fixture(scope="module")
def mmp() -> lineage.Lineage:
    rel, key = MMP / "Militant-Group-Relationships-clean.csv", MMP / "Militant-Group-Key.csv"
    if not (rel.exists() and key.exists()):
        pytest.skip("the MMP files are not in ../shared/mmp")
    dataset, _report = lineage.import_mmp(rel, key)
    return lineage.Lineage(dataset)


@pytest.fixture(scope="module")
def hostile() -> lineage.Lineage:
    return hostile_lineage()


@pytest.fixture(scope="module")
def combined(mmp: lineage.Lineage, tmp_path_factory: pytest.TempPathFactory) -> lineage.Lineage:
    """The bundled data and the MMP import read as one (qualified ids, shipped links)."""
    path = tmp_path_factory.mktemp("combined") / "mmp.json"
    lineage.write_dataset(mmp.dataset, path)
    return lineage.load([lineage.BUNDLED, path])


@pytest.fixture(params=["bundled", "mmp", "hostile", "combined"])
def data(request: pytest.FixtureRequest, lg: lineage.Lineage) -> lineage.Lineage:
    if request.param == "bundled":
        return lg
    found: lineage.Lineage = request.getfixturevalue(request.param)
    return found


def names(G: nx.MultiDiGraph) -> Counter[str]:
    return Counter(name for _, name in G.nodes(data="name"))


# --- GEXF and GraphML: the official XML Schemas ------------------------------------------


def schema_path(fmt: str) -> Path:
    path = SCHEMAS[fmt]
    if not path.exists():
        pytest.skip(f"the official XML Schemas are not in ../shared/specs ({path.name})")
    return path


@functools.cache
def _schema(path: Path) -> Any:
    import xmlschema

    return xmlschema.XMLSchema(str(path))


def xmlschema_errors(fmt: str, text: str) -> list[str]:
    """What the ``xmlschema`` package finds wrong with ``text`` (empty if it validates)."""
    pytest.importorskip("xmlschema", reason="pip install xmlschema (it is in the [test] extra)")
    schema = _schema(schema_path(fmt))
    return [str(error.reason) for error in schema.iter_errors(text)]


def xmllint_errors(fmt: str, text: str, tmp_path: Path) -> list[str]:
    """What ``xmllint --schema`` reports (empty if the file validates)."""
    xmllint = shutil.which("xmllint")
    if xmllint is None:
        pytest.skip("xmllint is not installed: apt-get install libxml2-utils")
    xsd = schema_path(fmt)
    path = tmp_path / f"export.{fmt}"
    path.write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [xmllint, "--noout", "--schema", str(xsd), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode == 0 and proc.stderr.strip() == f"{path} validates":
        return []
    return proc.stderr.splitlines() or [f"xmllint exited {proc.returncode}"]


@pytest.mark.parametrize("validator", ["xmlschema", "xmllint"])
@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_xml_validates_against_the_official_schema(
    data: lineage.Lineage, fmt: str, validator: str, tmp_path: Path
) -> None:
    text = WRITERS[fmt](data.graph)
    if validator == "xmlschema":
        assert xmlschema_errors(fmt, text) == []
    else:
        assert xmllint_errors(fmt, text, tmp_path) == []


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_xml_edge_ids_are_unique_and_name_their_event(data: lineage.Lineage, fmt: str) -> None:
    G = data.graph
    root = ET.fromstring(WRITERS[fmt](G))
    edges = [e for e in root.iter() if e.tag.endswith("}edge")]
    ids = [e.get("id") for e in edges]
    assert len(ids) == len(set(ids)) == G.number_of_edges()
    assert set(ids) == {edge_id(u, v, k) for u, v, k in G.edges(keys=True)}


def test_gexf_is_dynamic_and_reads_back(data: lineage.Lineage) -> None:
    """Groups and edges carry ``start``/``end`` days; networkx reads names and events back."""
    G, text = data.graph, to_gexf(data.graph)
    F = flat_graph(G, dynamic=True)
    root = ET.fromstring(text)
    graph = next(e for e in root.iter() if e.tag.endswith("}graph"))
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    for tag, expected in (("node", F.nodes(data=True)), ("edge", F.edges(data=True))):
        timed = Counter(
            (e.get("start"), e.get("end")) for e in root.iter() if e.tag.endswith("}" + tag)
        )
        assert timed == Counter((d.get("start"), d.get("end")) for *_, d in expected)
    assert any(start for start, _ in timed)
    back = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    # GEXF labels are xs:token, so a reader may fold whitespace; nothing else changes
    assert Counter(" ".join(label.split()) for _, label in back.nodes(data="label")) == Counter(
        " ".join(name.split()) for name in names(G).elements()
    )
    assert Counter(d["event"] for *_, d in back.edges(data=True)) == Counter(
        k for *_, k in G.edges(keys=True)
    )


def test_graphml_reads_back(data: lineage.Lineage) -> None:
    G = data.graph
    back = nx.read_graphml(io.BytesIO(to_graphml(G).encode("utf-8")))
    assert set(back.nodes) == set(G.nodes)
    assert Counter(label for _, label in back.nodes(data="label")) == names(G)
    assert sorted(back.edges(data="event")) == sorted(G.edges(keys=True))


# --- DOT: Graphviz -----------------------------------------------------------------------


def render_dot(text: str, tmp_path: Path) -> ET.Element:
    dot = shutil.which("dot")
    if dot is None:
        pytest.skip("Graphviz is not installed: apt-get install graphviz")
    path = tmp_path / "export.dot"
    path.write_text(text, encoding="utf-8")
    proc = subprocess.run([dot, "-Tsvg", str(path)], capture_output=True, check=False)
    assert proc.stderr.decode("utf-8", "replace") == ""  # not a warning
    assert proc.returncode == 0
    return ET.fromstring(proc.stdout)


def test_dot_renders_every_name_without_a_warning(data: lineage.Lineage, tmp_path: Path) -> None:
    G = data.graph
    svg = render_dot(to_dot(G), tmp_path)
    shown: dict[str, str] = {}
    edge_ids = []
    for g in svg.iter(f"{SVG}g"):
        if g.get("class") == "node":
            title = "".join(g.find(f"{SVG}title").itertext())  # type: ignore[union-attr]
            shown[title] = "\n".join("".join(t.itertext()) for t in g.iter(f"{SVG}text"))
        elif g.get("class") == "edge":
            edge_ids.append(g.get("id"))
    assert shown == dict(G.nodes(data="name"))
    assert Counter(edge_ids) == Counter(edge_id(u, v, k) for u, v, k, _ in each_relation(G))


# --- Mermaid: mermaid-cli ----------------------------------------------------------------


def _browser() -> str | None:
    configured = os.environ.get("PUPPETEER_EXECUTABLE_PATH")
    if configured and Path(configured).exists():
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return found
    return None


def _ci_mmdc() -> str | None:
    """Where ``.ci/run`` installs mermaid-cli, if it has."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    found = cache / "lineage-ci" / "mermaid-cli" / "node_modules" / ".bin" / "mmdc"
    return str(found) if found.exists() else None


def render_mermaid(text: str, tmp_path: Path) -> list[ET.Element]:
    """Render with mmdc ($LINEAGE_MMDC, on PATH, or where .ci/run puts it) in a headless
    Chromium; one SVG per diagram."""
    mmdc = os.environ.get("LINEAGE_MMDC") or shutil.which("mmdc") or _ci_mmdc()
    if not mmdc:
        pytest.skip(
            "mermaid-cli is not installed: PUPPETEER_SKIP_DOWNLOAD=1 npm install "
            "@mermaid-js/mermaid-cli, then put its node_modules/.bin on PATH or set LINEAGE_MMDC "
            "(.ci/run does this in ~/.cache/lineage-ci/mermaid-cli)"
        )
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium for mermaid-cli: apt-get install chromium")
    config = tmp_path / "puppeteer.json"
    args = ["--no-sandbox", "--headless", "--disable-gpu"]
    config.write_text(json.dumps({"executablePath": browser, "args": args}), encoding="utf-8")
    markdown = text.startswith("<!--")  # several diagrams, as Markdown
    source = tmp_path / ("export.md" if markdown else "export.mmd")
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out.svg"
    proc = subprocess.run(
        [mmdc, "-p", str(config), "-i", str(source), "-o", str(out), "-q"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    files = sorted(tmp_path.glob("out-*.svg"), key=lambda p: int(p.stem[4:])) if markdown else [out]
    return [ET.parse(path).getroot() for path in files]


def _label(span: ET.Element) -> str:
    """A label's text as Mermaid shows it: ``<br>`` a line break."""
    parts = [span.text or ""]
    for child in span:
        parts.append("\n" if child.tag == f"{XHTML}br" else _label(child))
        parts.append(child.tail or "")
    return "".join(parts)


def test_mermaid_renders_every_name_and_relation(data: lineage.Lineage, tmp_path: Path) -> None:
    G = data.graph
    text = to_mermaid(G)
    diagrams = mermaid_diagrams(G)
    svgs = render_mermaid(text, tmp_path)
    assert len(svgs) == len(diagrams)
    node = re.compile(r"flowchart-(n\d+)-")
    ids = {f"n{i}": g for i, g in enumerate(G.nodes)}
    shown: dict[str, str] = {}
    relations: Counter[str] = Counter()
    for svg in svgs:
        assert "error" not in (svg.get("aria-roledescription") or "")
        for g in svg.iter(f"{SVG}g"):
            if "node" in (g.get("class") or "").split() and (m := node.search(g.get("id", ""))):
                [span] = [s for s in g.iter(f"{XHTML}span") if s.get("class") == "nodeLabel"]
                shown.setdefault(ids[m.group(1)], _label(span))
        for span in svg.iter(f"{XHTML}span"):
            if span.get("class") == "edgeLabel":
                relations[_label(span)] += 1
    assert shown == dict(G.nodes(data="name"))
    assert relations == Counter(relation_label(d) for *_, d in each_relation(G))


# --- JSON: networkx ----------------------------------------------------------------------


@pytest.mark.parametrize("keyword", ["edges", "link"])
def test_json_reads_back_with_this_networkx(data: lineage.Lineage, keyword: str) -> None:
    """networkx 3.4+ reads the file with ``edges="edges"`` (3.4 and 3.5 deprecate
    ``link=``); 3.2 and 3.3, which have no ``edges=``, with ``link="edges"``."""
    reads = "edges" if "edges" in inspect.signature(nx.node_link_graph).parameters else "link"
    if keyword != reads:
        pytest.skip(
            f"networkx {nx.__version__} reads with node_link_graph({reads}=), not {keyword}= "
            "(.ci/run reads the file under networkx 3.2 too)"
        )
    G = data.graph
    back = nx.node_link_graph(json.loads(to_json(G)), **{keyword: "edges"})
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data="label")) == dict(G.nodes(data="name"))
    assert sorted(back.edges(keys=True)) == sorted(G.edges(keys=True))
    assert {d["kind"] for *_, d in back.edges(data=True)} == {
        d["kind"] for *_, d in G.edges(data=True)
    }


def test_json_is_what_networkx_writes(data: lineage.Lineage) -> None:
    """Where networkx has ``node_link_data(..., edges=)``, our file is exactly its output."""
    if "edges" not in inspect.signature(nx.node_link_data).parameters:
        pytest.skip(f"networkx {nx.__version__} has no node_link_data(edges=)")
    expected = nx.node_link_data(flat_graph(data.graph), edges="edges")
    assert json.loads(to_json(data.graph)) == expected
