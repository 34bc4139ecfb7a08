"""Lane labels: a group's name, or its acronym when the name is too long to fit.

A name longer than :data:`MAX_LABEL` characters is replaced by an acronym
in use over the same dates, else wrapped onto as few lines as it needs of
about that length. A name is never cut short: every word of it is drawn.

>>> from lineage import load
>>> G = load().graph
>>> lane_label(G.nodes["jnim"]["record"])
'JNIM'
>>> short_name(G.nodes["al-murabitoun"]["record"], "A name much too long to fit on a lane", None)
'A name much too long\\nto fit on a lane'
>>> print(wrap("The Group of the Very Long Name That Has No Acronym at All"))
The Group of the Very Long Name
That Has No Acronym at All
"""

from __future__ import annotations

import math
import re
import textwrap

from ...model import Group, PartialDate

__all__ = ["LINE_WIDTH", "MAX_LABEL", "lane_label", "range_note", "short_name", "wrap"]

MAX_LABEL = 28
"""The most characters a lane label has on one line before an acronym replaces it
or it is wrapped."""
LINE_WIDTH = 34
"""A wrapped label has as many lines as lines of this many characters need."""


def wrap(name: str) -> str:
    """``name`` on as few lines as lines of :data:`LINE_WIDTH` characters need, of
    about equal length, broken only between words (a longer word keeps its line)."""
    if len(name) <= MAX_LABEL:
        return name
    lines = math.ceil(len(name) / LINE_WIDTH)
    for width in range(math.ceil(len(name) / lines), len(name) + 1):
        out = textwrap.wrap(name, width, break_long_words=False, break_on_hyphens=False)
        if len(out) <= lines:
            return "\n".join(out)
    return name  # not reached: at the full width, one line


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
    return wrap(name)


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


_RANGE = re.compile(r"^\[(?P<lo>[^\].]*)\.\.(?P<hi>[^\]]*)\]$")


def range_note(date: PartialDate) -> str:
    """A label's note for a date that is a range (a label sits where the range opens,
    which alone would read as the date): ``by 2014``, ``2016–2017``, ``2014 or later``;
    ``""`` for a date at a precision the label's place already shows.

    >>> from lineage.model import parse_date
    >>> [range_note(parse_date(t)) for t in ("[..2014]", "[2016..2017]", "[2014..]", "2015-03")]
    ['by 2014', '2016–2017', '2014 or later', '']
    """
    found = _RANGE.match(date.text)
    if found is None:
        return ""
    lo, hi = found["lo"], found["hi"]
    if lo and hi:
        return f"{lo}–{hi}"
    return f"by {hi}" if hi else f"{lo} or later"
