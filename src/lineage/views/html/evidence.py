"""The evidence behind what the interactive view draws, as plain JSON-able data.

:class:`Evidence` collects, once each, the sources, events and conflicts
that the view's lanes and connectors point to, by index: an event carries
its kind, the groups it names (by name), its date as written with what that
date means, its confidence, its description and every citation (the
source's index and the verbatim quote). Evidence is found through the
graph's index (:func:`~lineage.graph.index.index_of`), as the static
diagram's footnote finds its sources.

>>> from lineage import load
>>> ev = Evidence(load().graph)
>>> i = ev.event("mojwa-split")
>>> e = ev.events[i]
>>> e["kind"], e["date"], e["meaning"], e["confidence"]
('split', '2011', 'year precision: some day in 2011', 'high')
>>> e["parties"][1]
['splinter', 'Movement for the Oneness and Jihad in West Africa']
>>> ev.sources[e["citations"][0]["source"]]["title"]
'The North Africa fight between AQIM and IS.'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from ...graph.index import index_of
from ...model import MAX, MIN, BaseEvent, Citation, Group, PartialDate, Rename

if TYPE_CHECKING:
    from ...combine import Conflict

__all__ = ["Evidence", "date_meaning"]

_OWN_KINDS = ("founding", "dissolution", "rename")
"""The events a lane's tooltip lists as its group's own (the others are connectors)."""

_QUALIFIED = {
    "~": "approximate",
    "?": "uncertain",
    "%": "uncertain and approximate",
}


def _day(day: dt.date) -> str:
    return day.isoformat()


def date_meaning(date: PartialDate) -> str:
    """What a date as written means, in words: its precision and the days it may be.

    >>> from lineage import parse_date
    >>> date_meaning(parse_date("2013-08"))
    'month precision: some day in August 2013'
    >>> date_meaning(parse_date("[2013..2015]"))
    'one day between 2013-01-01 and 2015-12-31'
    >>> date_meaning(parse_date("[..2014]"))
    'on or before 2014-12-31'
    >>> date_meaning(parse_date("2012~"))
    'approximate, year precision: some day between 2011-01-01 and 2013-12-31'
    >>> date_meaning(parse_date("2017-03-02"))
    'day precision: on 2017-03-02'
    """
    lo, hi = date.earliest, date.latest
    if date.text.startswith("["):
        if lo == MIN:
            return f"on or before {_day(hi)}"
        if hi == MAX:
            return f"on or after {_day(lo)}"
        return f"one day between {_day(lo)} and {_day(hi)}"
    if date.qualifier:
        return (
            f"{_QUALIFIED[date.qualifier]}, {date.precision} precision: "
            f"some day between {_day(lo)} and {_day(hi)}"
        )
    if date.precision == "day":
        return f"day precision: on {_day(lo)}"
    if date.precision == "month":
        return f"month precision: some day in {lo.strftime('%B')} {lo.year}"
    return f"year precision: some day in {lo.year}"


def _role(field: str) -> str:
    """A field path as a role: ``parties[0].group`` → ``party``, ``members[1]`` → ``member``."""
    base = re.sub(r"\[\d+\]", "", field).removesuffix(".group")
    return {"parties": "party", "members": "member"}.get(base, base)


def _date(date: PartialDate | None) -> dict[str, str] | None:
    return None if date is None else {"date": date.text, "meaning": date_meaning(date)}


class Evidence:
    """Sources, events and conflicts, each stored once and referred to by index.

    ``conflicts`` are those of a combination (:attr:`lineage.Lineage.conflicts`);
    ``corroborated`` maps an event made one with another to the event kept (as
    :attr:`lineage.combine.Combined.corroborated`), so that a conflict naming
    the absorbed event marks the event drawn.
    """

    def __init__(
        self,
        G: nx.MultiDiGraph,
        conflicts: Iterable[Conflict] = (),
        corroborated: Mapping[str, str] | None = None,
    ) -> None:
        self.G = G
        self.index = index_of(G)
        self.sources: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []
        self._source_ids: dict[str, int] = {}
        self._event_ids: dict[str, int] = {}
        self._by_record: dict[str, list[int]] = {}
        for conflict in conflicts:
            self._add_conflict(conflict, corroborated or {})

    # sources and citations ----------------------------------------------
    def source(self, sid: str) -> int:
        """The index of source ``sid`` (added on first use)."""
        found = self._source_ids.get(sid)
        if found is not None:
            return found
        record = self.index.sources.get(sid)
        self._source_ids[sid] = len(self.sources)
        self.sources.append(
            {
                "id": sid,
                "title": record.title if record else sid,
                "author": record.author if record else None,
                "url": record.url if record else None,
                "covers_until": _date(record.covers_until) if record else None,
            }
        )
        return self._source_ids[sid]

    def citations(self, cited: Iterable[Citation]) -> list[dict[str, Any]]:
        """Each citation as ``{source, quote, locator}``, the source by index."""
        return [
            {"source": self.source(c.source), "quote": c.quote, "locator": c.locator} for c in cited
        ]

    # events ----------------------------------------------------------------
    def name(self, gid: str) -> str:
        """A group's name (its id if the graph has no such group)."""
        return str(self.G.nodes[gid]["name"]) if gid in self.G.nodes else gid

    def event(self, eid: str) -> int:
        """The index of event ``eid`` (added on first use)."""
        found = self._event_ids.get(eid)
        if found is not None:
            return found
        record: BaseEvent = self.index.events[eid]
        self._event_ids[eid] = len(self.events)
        self.events.append(
            {
                "id": eid,
                "kind": record.kind,
                "relation": getattr(record, "relation", None),
                **(_date(record.date) or {}),
                "end": _date(getattr(record, "end", None)),
                "confidence": record.confidence,
                "description": record.description,
                "note": record.note,
                "parties": self._parties(record),
                "citations": self.citations(record.citations),
                "sources": sorted({self.source(c.source) for c in record.citations}),
                "conflicts": self._by_record.get(eid, []),
            }
        )
        return self._event_ids[eid]

    def _parties(self, record: BaseEvent) -> list[list[str]]:
        """``[role, group name]`` for each group the event names (and a rename's names)."""
        out = [[_role(field), self.name(g)] for field, g in record.group_refs()]
        if isinstance(record, Rename):
            out += [["previous name", record.previous_name], ["new name", record.new_name]]
        return out

    # groups ----------------------------------------------------------------
    def group(self, gid: str) -> dict[str, Any]:
        """What a lane's tooltip says of its group: names, dates, citations, sources."""
        record: Group = self.G.nodes[gid]["record"]
        events = [self.index.events[e] for e in self.G.nodes[gid]["events"]]
        own = [
            self.event(e.id)
            for e in events
            if e.kind in _OWN_KINDS and getattr(e, "group", None) == gid
        ]
        return {
            "name": record.name,
            "names": [
                {"name": n.name, "kind": n.kind, "start": _date(n.start), "end": _date(n.end)}
                for n in record.all_names()
            ],
            "founded": _date(self.G.nodes[gid]["founded"]),
            "dissolved": _date(self.G.nodes[gid]["dissolved"]),
            "region": record.region,
            "citations": self.citations(_group_citations(record)),
            "events": own,
            "sources": sorted(
                {self.source(s) for s in _cited(record)}
                | {self.source(c.source) for e in events for c in e.citations}
            ),
            "conflicts": self._by_record.get(gid, []),
        }

    # conflicts -------------------------------------------------------------
    def _add_conflict(self, conflict: Conflict, corroborated: Mapping[str, str]) -> None:
        i = len(self.conflicts)
        sides = []
        for dataset, rid, says in (conflict.first, conflict.second):
            kept = corroborated.get(rid, rid)
            shown = kept if kept in self.index.events else None
            sides.append({"dataset": dataset, "id": rid, "says": says, "event": shown})
        marked = {side["event"] for side in sides if side["event"] is not None}
        if conflict.kind in ("founded", "dissolved"):
            marked.update(conflict.subject)
        for record in sorted(marked):
            self._by_record.setdefault(record, []).append(i)
        self.conflicts.append({"kind": conflict.kind, "summary": conflict.summary, "sides": sides})

    def finish(self) -> dict[str, list[dict[str, Any]]]:
        """Sources, events and conflicts; each conflict's sides name their events by index."""
        for conflict in self.conflicts:
            for side in conflict["sides"]:
                if isinstance(side["event"], str):
                    side["event"] = self.event(side["event"])
        return {"sources": self.sources, "events": self.events, "conflicts": self.conflicts}


def _group_citations(record: Group) -> list[Citation]:
    """The group's own citations and its names', each source and quote once."""
    found = {(c.source, c.quote): c for c in record.citations}
    for name in record.names:
        for c in name.citations:
            found.setdefault((c.source, c.quote), c)
    return list(found.values())


def _cited(record: Group) -> Iterator[str]:
    return (c.source for c in _group_citations(record))
