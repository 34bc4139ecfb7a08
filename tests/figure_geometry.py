"""What a rendered diagram shows, read back from its artists in display coordinates.

A *label* is a text the diagram draws from the data: a lane's name
(gid ``label:GROUP``), a rename (``rename:GROUP``) or an edge mark
(``mark:SIDE:GROUP``). A *line* is a connector's arrow (``connector:…``,
its shaft and arrowhead), an event's date range (``range:…``, with its caps)
or an edge chevron (``edge:…``). A crossing is a line segment that passes
through a label's box; the boxes are the rendered text's extent.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.text import Annotation, Text
from matplotlib.transforms import Bbox

LABEL_PREFIXES = ("label:", "rename:", "mark:")
LINE_PREFIXES = ("connector:", "range:", "edge:")

Segment = tuple[float, float, float, float]


def _renderer(ax: Axes) -> Any:
    """The canvas's renderer, after a real draw (unless nothing changed since the last)."""
    fig: Any = ax.figure
    if fig.stale or not getattr(fig, "_drawn_for_geometry", False):
        fig.canvas.draw()
        fig._drawn_for_geometry = True
    return fig.canvas.get_renderer()


def labels(ax: Axes) -> list[Text]:
    """Every text drawn from the data, in drawing order."""
    return [
        t
        for t in ax.texts
        if (t.get_gid() or "").startswith(LABEL_PREFIXES) and not isinstance(t, Annotation)
    ]


def label_boxes(ax: Axes) -> list[tuple[Text, Bbox]]:
    """Each label with its rendered box (a real draw first)."""
    renderer = _renderer(ax)
    return [(t, t.get_window_extent(renderer)) for t in labels(ax)]


def _polyline_segments(points: np.ndarray[Any, Any]) -> Iterator[Segment]:
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        yield float(x0), float(y0), float(x1), float(y1)


def _line2d_segments(line: Line2D, ax: Axes) -> Iterator[Segment]:
    points = line.get_transform().transform(np.asarray(line.get_xydata(), dtype=float))
    yield from _polyline_segments(points)
    marker = line.get_marker()
    if marker in ("|", "<", ">"):
        fig: Any = ax.figure
        half = line.get_markersize() * fig.dpi / 72 / 2  # points to pixels, each side
        for x, y in points:  # a marker as its bounding square's sides
            x0, x1, y0, y1 = x - half, x + half, y - half, y + half
            if marker == "|":
                yield x, y0, x, y1
            else:
                yield from _polyline_segments(
                    np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)])
                )


def line_segments(ax: Axes) -> list[tuple[str, Segment]]:
    """Every segment of every connector, date range and edge chevron, in pixels."""
    _renderer(ax)
    out: list[tuple[str, Segment]] = []
    for t in ax.texts:
        gid = t.get_gid() or ""
        if isinstance(t, Annotation) and gid.startswith(LINE_PREFIXES):
            patch = t.arrow_patch
            if patch is None:
                continue
            path = patch.get_transform().transform_path(patch.get_path())
            for polygon in path.to_polygons(closed_only=False):
                out += [(gid, s) for s in _polyline_segments(np.asarray(polygon))]
    for line in ax.lines:
        gid = line.get_gid() or ""
        if gid.startswith(LINE_PREFIXES):
            out += [(gid, s) for s in _line2d_segments(line, ax)]
    return out


def segment_hits_box(segment: Segment, box: Bbox) -> bool:
    """Whether the segment passes through the box (Liang–Barsky clipping)."""
    x0, y0, x1, y1 = segment
    dx, dy = x1 - x0, y1 - y0
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x0 - box.x0), (dx, box.x1 - x0), (-dy, y0 - box.y0), (dy, box.y1 - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        r = q / p
        if p < 0:
            lo = max(lo, r)
        else:
            hi = min(hi, r)
        if lo > hi:
            return False
    return True


def crossings(ax: Axes) -> list[tuple[str, str]]:
    """``(label text, line gid)`` for every line that passes through a label."""
    boxes = label_boxes(ax)
    segments = line_segments(ax)
    found = []
    for text, box in boxes:
        for gid in dict.fromkeys(g for g, s in segments if segment_hits_box(s, box)):
            found.append((text.get_text(), gid))
    return found


def off_their_lane(ax: Axes, rows: dict[str, int]) -> list[str]:
    """Labels whose box reaches past their own lane's band (half a row either side)."""
    to_display = ax.transData
    wrong = []
    for text, box in label_boxes(ax):
        group = (text.get_gid() or "").rsplit(":", 1)[1]
        row = rows[group]
        (_, top), (_, bottom) = to_display.transform([(0, row - 0.5), (0, row + 0.5)])
        if not (bottom - 0.5 <= box.y0 and box.y1 <= top + 0.5):
            wrong.append(text.get_text())
    return wrong
