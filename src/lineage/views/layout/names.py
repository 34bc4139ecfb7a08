"""Lane labels: a group's name, or its acronym when the name is too long to fit.

A name longer than :data:`MAX_LABEL` characters is replaced by an acronym
in use over the same dates, else cut short with an ellipsis.

>>> from lineage import load
>>> G = load().graph
>>> lane_label(G.nodes["jnim"]["record"])
'JNIM'
>>> short_name(G.nodes["al-murabitoun"]["record"], "A name much too long to fit on a lane", None)
'A name much too long to fi…'
"""

from __future__ import annotations

from ...model import Group, PartialDate

__all__ = ["MAX_LABEL", "lane_label", "short_name"]

MAX_LABEL = 28
"""The most characters a lane label has before an acronym or ellipsis replaces it."""


def short_name(group: Group, name: str, at: PartialDate | None) -> str:
    """``name`` of ``group`` short enough for a label (``at``: the rename's date, if any)."""
    if len(name) <= MAX_LABEL:
        return name
    for n in group.all_names():
        if n.name == name:
            span = (n.start, n.end)
            break
    else:
        span = (None, None)
    for n in group.all_names():
        if n.kind == "acronym" and (n.start, n.end) == span:
            return n.name
    if at is not None:
        for n in group.all_names():
            if n.kind == "acronym" and n.start is None and n.end is None and name == group.name:
                return n.name
    return name[: MAX_LABEL - 2].rstrip() + "…"


def lane_label(group: Group) -> str:
    """The label at the start of a group's lane: its name, or an acronym it had throughout."""
    if len(group.name) <= MAX_LABEL:
        return group.name
    for n in group.all_names():
        if n.kind == "acronym" and (
            n.start is None or any(m.name == group.name and m.start == n.start for m in group.names)
        ):
            return n.name
    return short_name(group, group.name, None)
