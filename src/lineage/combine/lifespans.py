"""Groups one source ends before another has them act: a ``lifespan`` conflict.

Two reports of one event are compared in :mod:`.events`; this compares what
the combined events say of a group's life. When one source ends a group (it is
absorbed, merged whole into another, dissolved) on a date certainly before an
event another source has the group take part in, the two cannot both hold:
MMP has Al Murabitoun absorbed into AQIM in December 2015, the article has it
merge into JNIM in March 2017. Both facts stay; the disagreement is listed
once per ending, with the earliest later event. A source that says both is in
tension with itself, not with another source, and is not listed.

>>> from lineage.model import Citation, Absorption, Merger, Party, parse_date
>>> def cite(ds):
...     return (Citation(source=f"{ds}:s", quote="q"),)
>>> absorbed = Absorption(kind="absorption", id="b:r1", date=parse_date("2015-12-04"),
...     absorbed="a:m", into="a:aqim", description="d", citations=cite("b"))
>>> merged = Merger(kind="merger", id="a:jnim-formed", date=parse_date("2017-03-02"),
...     parties=(Party(group="a:m"),), result="a:jnim", description="d", citations=cite("a"))
>>> [c.summary for c in after_endings([absorbed, merged])]
['a:m ends in b (absorption 2015-12-04) but takes part in a merger in a (2017-03-02)']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import Event
from .conflicts import Conflict

__all__ = ["after_endings"]


def _datasets(event: Event) -> frozenset[str]:
    """The datasets that report an event: its citations' sources' qualifiers."""
    return frozenset(c.source.partition(":")[0] for c in event.citations)


def after_endings(events: Sequence[Event]) -> list[Conflict]:
    """Every group a source ends before an event another source has it take part in."""
    ends: defaultdict[str, list[Event]] = defaultdict(list)
    acts: defaultdict[str, list[Event]] = defaultdict(list)
    for e in events:
        for g in e.ends():
            ends[g].append(e)
        for g in e.groups:
            acts[g].append(e)
    found: list[Conflict] = []
    for g, enders in ends.items():
        for end in enders:
            conflict = _first_after(g, end, acts[g])
            if conflict is not None:
                found.append(conflict)
    return sorted(found, key=lambda c: (c.subject, c.first, c.second))


def _first_after(g: str, end: Event, acts: list[Event]) -> Conflict | None:
    """The conflict with the earliest event another source has ``g`` take part in after
    ``end``, if any."""
    said = _datasets(end)
    later = [
        a
        for a in acts
        if a is not end and end.date.definitely_before(a.date) and not _datasets(a) & said
    ]
    if not later:
        return None
    act = min(later, key=lambda a: (a.date.earliest, a.date.latest, a.id))
    ds_end, ds_act = min(said), min(_datasets(act))
    return Conflict(
        "lifespan",
        (g,),
        (ds_end, end.id, f"{g} ends: {end.kind} {end.date.text}"),
        (ds_act, act.id, f"{act.kind} {act.date.text}, {g} taking part"),
        f"{g} ends in {ds_end} ({end.kind} {end.date.text}) but takes part in a "
        f"{act.kind} in {ds_act} ({act.date.text})",
    )
