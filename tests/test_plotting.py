"""Figures: a real render, artists read back, no two labels overlapping."""

from __future__ import annotations

import io
import itertools
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner
from matplotlib.axes import Axes
from matplotlib.text import Text

import lineage
from lineage.cli import cli
from lineage.views.layout import compute_layout
from lineage.views.palette import EDGE_STYLES
from lineage.views.plotting import (
    CAMP_COLOURS,
    CONNECTOR_STYLES,
    FADED,
    INDEPENDENT_COLOUR,
    camp_colours,
)

from .build import group, split
from .build import lineage as make

SVG = "{http://www.w3.org/2000/svg}"


def _texts(ax: Axes) -> list[Text]:
    fig: Any = ax.figure
    out = [t for t in ax.texts if t.get_text()]
    out += [ax.title] if ax.title.get_text() else []
    legend = ax.get_legend()
    if legend is not None:
        out += [t for t in legend.get_texts() if t.get_text()]
    out += [t for t in fig.texts if t.get_text()]
    out += [t for t in ax.get_xticklabels() if t.get_text() and t.get_visible()]
    return out


def _overlaps(ax: Axes) -> list[tuple[str, str]]:
    fig: Any = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    texts = _texts(ax)
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    return [
        (a, b)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2)
        if box_a.overlaps(box_b)
    ]


@pytest.mark.parametrize("focus", [None, "jnim", "mojwa", "boko-haram", "islamic-state"])
def test_no_two_labels_overlap(lg: lineage.Lineage, focus: str | None) -> None:
    ax = lg.draw(focus)
    assert _overlaps(ax) == []
    lanes = {t.get_text() for t in ax.texts}
    assert len(lanes) >= 2


def test_artists_read_back(lg: lineage.Lineage) -> None:
    ax = lg.draw("JNIM")
    layout = compute_layout(lg.graph, "jnim")
    labels = {t.get_text() for t in ax.texts}
    assert {lane.label for lane in layout.lanes} <= labels
    assert ax.get_title(loc="left") == "Lineage of Jama’a Nusrat ul-Islam wa al-Muslimin"
    assert ax.get_xlim() == (layout.x_min, layout.x_max)
    gids = [c.get_gid() for c in ax.get_children() if c.get_gid()]
    for connector in layout.connectors:
        assert f"connector:{connector.kind}:{connector.event}" in gids
    # JNIM's pledge to Al Qaeda is dated no closer than its article's horizon
    # (2017-04), so its blue is faded: read solid and faded bars alike
    lane_colours = {
        tuple(round(x, 3) for x in c.get_facecolor()[0][:3])
        for c in ax.collections
        if (c.get_gid() or "").startswith(("lane:", "fuzz:"))
    }
    blue = tuple(round(int(CAMP_COLOURS[0][i : i + 2], 16) / 255, 3) for i in (1, 3, 5))
    grey = tuple(round(int(INDEPENDENT_COLOUR[i : i + 2], 16) / 255, 3) for i in (1, 3, 5))
    assert {blue, grey} <= lane_colours
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Al Qaeda camp" in legend
    assert "merger" in legend
    assert "pledge of allegiance" in legend
    fig: Any = ax.figure
    assert any("Andrea Carbonari" in t.get_text() for t in fig.texts)


def test_uncertain_dates_are_faded(lg: lineage.Lineage) -> None:
    ax = lg.draw("MOJWA")
    faded = [c for c in ax.collections if (c.get_gid() or "").startswith("fuzz:mojwa")]
    assert faded
    assert all(c.get_alpha() is not None and c.get_alpha() < 0.5 for c in faded)


def _rgb(colour: str) -> tuple[int, int, int]:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return r, g, b


def _png_pixels(png: bytes) -> np.ndarray[Any, Any]:
    """The PNG decoded to an (height, width, 3) array of 0-255 ints."""
    from matplotlib.image import imread

    assert png.startswith(b"\x89PNG")
    return np.round(imread(io.BytesIO(png))[..., :3] * 255).astype(int)


def _share(pixels: np.ndarray[Any, Any], colour: str) -> float:
    """The share of pixels within 1/255 of ``colour``."""
    return float((np.abs(pixels - _rgb(colour)).max(axis=2) <= 1).mean())


def _faded_share(pixels: np.ndarray[Any, Any], colour: str) -> float:
    """The share of pixels within 2/255 of ``colour`` faded (``FADED``) over white."""
    faded = np.array(_rgb(colour)) * FADED + 255 * (1 - FADED)
    return float((np.abs(pixels - faded).max(axis=2) <= 2).mean())


def test_draw_on_given_axes_and_render(lg: lineage.Lineage) -> None:
    """The PNG read back has the figure's size, and each lane's camp colour where its lane is."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 8), dpi=100)
    ax = fig.add_subplot()
    assert lg.draw(ax=ax) is ax  # every group: Al Qaeda's own lane is solid blue
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    pixels = _png_pixels(buf.getvalue())
    assert pixels.shape == (800, 1200, 3)
    assert 0.03 < 1 - _share(pixels, "#ffffff") < 0.5  # drawn on, but not smeared
    layout = compute_layout(lg.graph)
    colours = camp_colours(layout)
    checked = 0
    for lane in layout.lanes:
        for a, b, camp, sure in lane.segments:
            a, b = max(a, lane.start), min(b, lane.end)
            if not sure or b - a < 1:
                continue
            # a line along the lane, in pixels (display y runs up, image rows down),
            # a little off its centre, where an error bar between two lanes may run
            (x0, y), (x1, _) = ax.transData.transform([(a, lane.row), (b, lane.row)])
            line = pixels[800 - round(y) + 2, round(x0) + 2 : round(x1) - 2]
            matches = (np.abs(line - _rgb(colours[camp])).max(axis=1) <= 1).mean()
            assert matches > 0.8, (lane.group, camp, matches)
            checked += 1
    assert checked >= 4
    assert _share(pixels, CAMP_COLOURS[0]) > 0.001  # Al Qaeda's camp, in blue
    assert _share(pixels, INDEPENDENT_COLOUR) > 0.002  # the solid years of MOJWA, Al Murabitoun
    assert _share(pixels, CONNECTOR_STYLES["merger"]["color"]) > 0


def _svg_tree(svg: str) -> ET.Element:
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))
    return ET.fromstring(svg.encode("utf-8"), parser=parser)


def _svg_groups(root: ET.Element) -> dict[str, list[ET.Element]]:
    groups: dict[str, list[ET.Element]] = {}
    for g in root.iter(f"{SVG}g"):
        groups.setdefault(g.get("id") or "", []).append(g)
    return groups


def test_diagram_reprs(lg: lineage.Lineage) -> None:
    """PNG and SVG agree on size; the SVG has every lane, in order, labelled and coloured."""
    d = lg.diagram("JNIM")
    layout = compute_layout(lg.graph, "jnim")
    root = _svg_tree(d._repr_svg_())
    width_pt = float(root.get("width", "").removesuffix("pt"))
    height_pt = float(root.get("height", "").removesuffix("pt"))
    pixels = _png_pixels(d._repr_png_())
    assert abs(pixels.shape[1] - width_pt * 110 / 72) < 2  # both rendered at 110 dpi
    assert abs(pixels.shape[0] - height_pt * 110 / 72) < 2
    assert _faded_share(pixels, CAMP_COLOURS[0]) > 0.0005  # JNIM, faded Al Qaeda blue
    assert _share(pixels, INDEPENDENT_COLOUR) > 0.002  # the solid years of MOJWA, Al Murabitoun
    groups = _svg_groups(root)
    colours = camp_colours(layout)
    tops = []
    for lane in sorted(layout.lanes, key=lambda lane: lane.row):
        [label] = groups[f"label:{lane.group}"]
        texts = [c.text.strip() for c in label.iter() if c.tag is ET.Comment and c.text]
        assert lane.label in texts
        bars = groups.get(f"lane:{lane.group}", []) + groups.get(f"fuzz:{lane.group}", [])
        paths = [p for bar in bars for p in bar.iter(f"{SVG}path")]
        assert paths, lane.group
        fills = {re.search(r"fill: (#[0-9a-f]{6})", p.get("style", "")).group(1) for p in paths}
        assert fills <= {colours[camp] for *_, camp, _ in lane.segments}
        tops.append(min(float(p.get("d", "").split()[2]) for p in paths))
    assert tops == sorted(tops)  # rows run down the page in layout order
    assert len(set(tops)) == len(tops)


def test_importing_views_leaves_matplotlib_unloaded() -> None:
    """matplotlib is imported by the drawing functions only (the CLI starts faster)."""
    imports = [f"import lineage.views.{m}" for m in ("layout", "palette", "placement", "plotting")]
    imports.append("import lineage.views.export")
    report = "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))"
    code = "; ".join(["import sys", *imports, report])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_connectors_and_legend_use_the_palette(lg: lineage.Lineage) -> None:
    ax = lg.draw("JNIM")
    layout = compute_layout(lg.graph, "jnim")
    arrows = [a for a in ax.texts if (a.get_gid() or "").startswith("connector:")]
    assert sorted(a.get_gid() or "" for a in arrows) == sorted(
        f"connector:{c.kind}:{c.event}" for c in layout.connectors
    )
    for arrow in arrows:
        kind = (arrow.get_gid() or "").split(":")[1]
        assert arrow.arrow_patch is not None
        colour = arrow.arrow_patch.get_edgecolor()[:3]
        assert tuple(round(v * 255) for v in colour) == _rgb(EDGE_STYLES[kind].colour)
    legend = ax.get_legend()
    handles = dict(
        zip([t.get_text() for t in legend.get_texts()], legend.legend_handles, strict=True)
    )
    for kind in {c.kind for c in layout.connectors}:
        line = handles[EDGE_STYLES[kind].label]
        assert line.get_color() == EDGE_STYLES[kind].colour


def test_hostile_labels_are_escaped_in_svg() -> None:
    lg = make(
        [group("a", "<script>alert(1)</script>"), group("b", 'B & "co"')],
        [split("sp", "2010", "a", "b")],
    )
    svg = lg.diagram()._repr_svg_()
    assert "<script>" not in svg
    root = _svg_tree(svg)  # well-formed XML
    assert not list(root.iter(f"{SVG}script"))
    groups = _svg_groups(root)
    texts = {
        gid: [
            c.text.strip() for g in groups[f"label:{gid}"] for c in g.iter() if c.tag is ET.Comment
        ]
        for gid in ("a", "b")
    }
    assert texts == {"a": ["&lt;script&gt;alert(1)&lt;/script&gt;"], "b": ['B &amp; "co"']}


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_cli_draw(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"jnim{suffix}"
    result = CliRunner().invoke(
        cli, ["draw", "JNIM", "-o", str(out), "--start", "2010", "--end", "2018"]
    )
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    data = out.read_bytes()
    if suffix == ".png":
        pixels = _png_pixels(data)
        assert pixels.shape[1] > 1000  # 11 inches at the CLI's dpi, less the trimmed margin
        assert _faded_share(pixels, CAMP_COLOURS[0]) > 0.0005  # JNIM, faded Al Qaeda blue
    elif suffix == ".svg":
        groups = _svg_groups(_svg_tree(data.decode("utf-8")))
        assert {"label:jnim", "fuzz:jnim"} <= set(groups)
    else:
        assert data.startswith(b"%PDF-")
        assert data.rstrip().endswith(b"%%EOF")


def test_cli_draw_bad_type(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["draw", "JNIM", "-o", str(tmp_path / "x.gif")])
    assert result.exit_code == 2
    assert "use .png, .svg or .pdf, or .html for the interactive view" in result.stderr
    assert not (tmp_path / "x.gif").exists()
