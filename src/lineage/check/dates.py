"""Rules on dates across records: group spans, event dates and name periods.

* :func:`group_dates`: a group does not dissolve before it is founded;
* :func:`event_dates`: no event is dated definitely before a group it names was
  founded or after it dissolved (the events that found or end the group excepted);
* :func:`name_conflicts`: no name (as :func:`~lineage.names.normalise` compares
  them) is claimed by two groups over a period when both certainly bore it.

Spans are the effective ones (:func:`~lineage.graph.effective_spans`): a
group's own dates, else those of the events that create and end it.

>>> from lineage import parse_date
>>> from lineage.model import Name
>>> _definite(Name(name="N", kind="official"), parse_date("2015"), None)
(datetime.date(2015, 12, 31), datetime.date(9999, 12, 31))
"""

from __future__ import annotations

import datetime as dt

from ..model import MAX, MIN, SHAPING_KINDS, Name, PartialDate
from .context import Checker, end_before_start

__all__ = ["event_dates", "group_dates", "name_conflicts"]


def group_dates(ck: Checker) -> None:
    """Each group's own dissolution is not before its own founding."""
    for g in ck.ds.groups:
        end_before_start(ck, g.id, "dissolved", g.founded, g.dissolved, "the dissolution")


def event_dates(ck: Checker) -> None:
    """Events dated definitely outside the span of a group they name."""
    spans = ck.spans
    for event in ck.ds.events:
        date = event.date
        earliest, latest = date.earliest, date.latest
        shapes = event.kind in SHAPING_KINDS
        created = event.creates() if shapes else None
        ended = set(event.ends()) if shapes else ()
        for gid in event.group_ids():
            span = spans.get(gid)
            if span is None:
                continue
            founded, dissolved = span
            if founded is not None and latest < founded.earliest and gid != created:
                ck.add(
                    event.id,
                    "date",
                    f"{date} is before {gid!r} was founded ({founded})",
                    f"correct the date, or {gid!r}'s founding",
                )
            if dissolved is not None and dissolved.latest < earliest and gid not in ended:
                ck.add(
                    event.id,
                    "date",
                    f"{date} is after {gid!r} dissolved ({dissolved})",
                    f"correct the date, or {gid!r}'s dissolution",
                )


def _definite(
    name: Name, founded: PartialDate | None, dissolved: PartialDate | None
) -> tuple[dt.date, dt.date]:
    """The days a group certainly bore a name: [start.latest, end.earliest)."""
    start = name.start or founded
    end = name.end or dissolved
    lo = start.latest if start is not None else MIN
    hi = end.earliest if end is not None else MAX
    return lo, hi


def name_conflicts(ck: Checker) -> None:
    """Two groups certainly bearing one name over a common period."""
    spans = ck.spans
    for claims in ck.shared_names:
        if len({gid for gid, _ in claims}) < 2:
            continue
        for i, (ga, na) in enumerate(claims):
            for gb, nb in claims[i + 1 :]:
                if ga == gb or ga not in spans or gb not in spans:
                    continue
                lo_a, hi_a = _definite(na, *spans[ga])
                lo_b, hi_b = _definite(nb, *spans[gb])
                if max(lo_a, lo_b) < min(hi_a, hi_b):
                    ck.add(
                        gb,
                        "names",
                        f"the name {nb.name!r} is also {ga!r}'s over the same period",
                        "give each group's name a start and end that do not overlap, "
                        "or drop it from one group",
                    )
