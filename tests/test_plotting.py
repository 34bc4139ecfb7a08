"""Figures: a real render, artists read back, no two labels overlapping."""

from __future__ import annotations

import io
import itertools
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from matplotlib.axes import Axes
from matplotlib.text import Text

import lineage
from lineage.cli import cli
from lineage.views.layout import compute_layout
from lineage.views.plotting import CAMP_COLOURS, INDEPENDENT_COLOUR

from .build import group, split
from .build import lineage as make


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
    lane_colours = {
        tuple(round(x, 3) for x in c.get_facecolor()[0][:3])
        for c in ax.collections
        if (c.get_gid() or "").startswith("lane:")
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


def test_draw_on_given_axes_and_render(lg: lineage.Lineage) -> None:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12, 8))
    ax = fig.add_subplot()
    assert lg.draw("JNIM", ax=ax) is ax
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    assert buf.getvalue().startswith(b"\x89PNG")


def test_diagram_reprs(lg: lineage.Lineage) -> None:
    d = lg.diagram("JNIM")
    assert d._repr_png_().startswith(b"\x89PNG")
    assert "<svg" in d._repr_svg_()


def test_hostile_labels_are_escaped_in_svg() -> None:
    lg = make(
        [group("a", "<script>alert(1)</script>"), group("b", 'B & "co"')],
        [split("sp", "2010", "a", "b")],
    )
    svg = lg.diagram()._repr_svg_()
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg or "script" not in svg


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_cli_draw(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"jnim{suffix}"
    result = CliRunner().invoke(
        cli, ["draw", "JNIM", "-o", str(out), "--start", "2010", "--end", "2018"]
    )
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 1000
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_cli_draw_bad_type(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["draw", "JNIM", "-o", str(tmp_path / "x.gif")])
    assert result.exit_code == 2
    assert "use .png, .svg or .pdf" in result.stderr
