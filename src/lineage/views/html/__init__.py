"""The interactive view: one self-contained HTML page of a lineage diagram.

:func:`view` computes the same layout as the static diagram
(:func:`~lineage.views.layout.compute_layout`: one layout, two renderers)
and writes it, with the evidence behind every lane and connector, into one
HTML file that loads nothing from the network and opens from disk offline.
In the page, hovering (or tapping) an arrow or a lane shows its kind, the
groups, the date as written and what it means, the confidence and, for each
source, its title and the verbatim quote; clicking a group's name refocuses
on its lineage; a time window zooms; sources and event kinds can be turned
off; facts sources disagree on are outlined in red.

The modules: :mod:`.evidence` (sources, events and conflicts as JSON-able
data), :mod:`.payload` (the layout and its evidence as one dict),
:mod:`.page` (the page and :class:`HtmlView`); ``view.js`` and ``view.css``
are the page's script and style, shipped as package data.

>>> from lineage import load
>>> page = view(load().graph, "jnim", direction="origins")
>>> page.html.startswith("<!DOCTYPE html>"), "Ansar Dine" in page.html
(True, True)
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ...exceptions import ArgumentError
from ...model import PartialDate, parse_date
from ..layout import compute_layout, select_groups
from ..layout.lanes import extents
from ..layout.window import window
from .page import HtmlView, render_page
from .payload import build_payload

if TYPE_CHECKING:
    from ...combine import Conflict
    from ...facade import Lineage

__all__ = ["MAX_LANES", "HtmlView", "lineage_view", "view"]

When = PartialDate | str | int | dt.date
"""A date as :func:`~lineage.parse_date` reads it."""

MAX_LANES = 2000
"""The most lanes one page holds (``max_lanes=`` raises it). A whole MMP import
(about 260 groups) is well within it; past a few thousand, the layout takes
minutes and the page is too tall to read."""


def _date(value: When | None) -> PartialDate | None:
    return None if value is None else parse_date(value)


def _check_size(
    G: nx.MultiDiGraph,
    focus: str | None,
    direction: str,
    window_: tuple[PartialDate | None, PartialDate | None],
    most: int,
) -> None:
    """Refuse a page of more than ``most`` lanes, before any layout is computed."""
    groups = select_groups(G, focus, direction)
    if len(groups) <= most:
        return
    lo, hi = window(G, groups, *window_)
    lanes = len(extents(G, groups, lo, hi))
    if lanes > most:
        raise ArgumentError(
            f"{lanes:,} groups are too many for one interactive view (at most {most:,})",
            "view one group's lineage (give a NAME, and --direction), narrow the years "
            "(--start, --end), or export the graph for Gephi (lineage export --format gexf)",
        )


def view(
    G: nx.MultiDiGraph,
    focus: str | None = None,
    *,
    direction: str = "both",
    start: When | None = None,
    end: When | None = None,
    title: str | None = None,
    conflicts: Iterable[Conflict] = (),
    corroborated: Mapping[str, str] | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
    max_lanes: int = MAX_LANES,
) -> HtmlView:
    """The interactive page of ``focus``'s lineage (or of every group).

    ``focus`` is a group id; ``direction`` (``"both"``, ``"became"``,
    ``"origins"``), ``start`` and ``end`` choose what is drawn, as for the
    static diagram. ``conflicts`` (and ``corroborated``, the events made one
    with another) come from a combination of datasets
    (:meth:`lineage.Lineage.conflicts`); the facts they name are marked.
    ``inputs`` are the files the data came from, which :meth:`HtmlView.save`
    will not overwrite. More than ``max_lanes`` groups is an
    :class:`~lineage.ArgumentError`.
    """
    dates = (_date(start), _date(end))
    _check_size(G, focus, direction, dates, max_lanes)
    layout = compute_layout(G, focus, direction=direction, start=dates[0], end=dates[1])
    if title is None:
        name = G.nodes[focus]["name"] if focus is not None else None
        title = f"Lineage of {name}" if name is not None else "Lineage of every group"
    data: dict[str, Any] = build_payload(
        G, layout, title=title, focus=focus, conflicts=conflicts, corroborated=corroborated
    )
    return HtmlView(render_page(data), inputs=inputs)


def _inputs(lg: Lineage) -> list[Path]:
    """The dataset files ``lg`` was read from (none for a dataset built in Python)."""
    parts = [Path(file) for _, file, _ in lg._parts]
    if parts or lg.base_dir is None:
        return parts
    return [lg.base_dir / Path(lg.file).name]


def lineage_view(
    lg: Lineage,
    focus: str | None = None,
    *,
    direction: str = "both",
    start: When | None = None,
    end: When | None = None,
    title: str | None = None,
    max_lanes: int = MAX_LANES,
) -> HtmlView:
    """:func:`view` of a loaded :class:`~lineage.Lineage` (``focus`` a group id): with
    the conflicts of its combined sources marked, and never saved over its files."""
    combined = lg.combined
    return view(
        lg.graph,
        focus,
        direction=direction,
        start=start,
        end=end,
        title=title,
        conflicts=combined.conflicts if combined is not None else (),
        corroborated=combined.corroborated if combined is not None else None,
        inputs=_inputs(lg),
        max_lanes=max_lanes,
    )
