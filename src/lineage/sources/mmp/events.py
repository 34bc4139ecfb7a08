"""Settled rows collapsed into lineage event records, one citation per row.

Rows that code one event twice (same pair, same date, same kind, or both
``spl`` and ``mer``; an undirected row goes with the directed rows of its
family) become one event and are reported; "X and Y merged to form Z" rows
with the same result and date become one merger with several parties. An
event of several rows takes its kind and direction from its first directed
row, and is undirected when its directed rows disagree on the direction.
Each event takes its id from its first row (``mmp-r<unique_id>``), cites MMP
once per row, with the row's ``unique_id`` as locator, and says in its
``note`` how its direction was decided.

>>> groups = {"a": {"name": "A"}, "b": {"name": "B"}}
>>> describe("split", {"parent": "a", "splinter": "b"}, groups)
'B split from A (MMP).'
>>> describe("undirected", {"members": ["a", "b"], "relation": "split"}, groups)
'A and B: a split, MMP does not say which way (MMP).'
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .csvfile import MMP_SOURCE
from .report import ImportReport
from .settle import UNDIRECTED, Settled

__all__ = ["build_events", "describe"]

Groups = dict[str, dict[str, Any]]
_LINEAGE = ("split", "merger", "absorption")
_ARTICLE = {"split": "a split", "merger": "a merger", "affiliation": "an affiliation"}


def build_events(
    settled: list[Settled], groups: Groups, report: ImportReport
) -> list[dict[str, Any]]:
    """One event dict per distinct event; the report maps every row to its event."""
    events: list[dict[str, Any]] = []
    quotes = {item.row.uid: item.row.quote for item in settled}
    for key, items in _buckets(settled).items():
        _flag_duplicates(key, items, report)
        lead = _lead(items, report)
        event = _event(lead, items, groups)
        if "end_row" in lead.fields:
            _add_end(event, lead.fields, quotes)
        events.append(event)
        kind = event["kind"]
        report.events_by_kind[kind] = report.events_by_kind.get(kind, 0) + 1
        for item in items:
            report.row_to_event[item.row.uid] = event["id"]
    return events


def _family(item: Settled) -> str:
    """Rows of one family and pair on one date code one event."""
    if item.kind in _LINEAGE:
        return "lineage"
    if item.kind == "undirected":
        return "affiliation" if item.fields["relation"] == "affiliation" else "lineage"
    return "affiliation" if item.kind == "pledge" else item.kind


def _buckets(settled: list[Settled]) -> dict[tuple[Any, ...], list[Settled]]:
    """Rows grouped by the event they record, in order of first row."""
    buckets: dict[tuple[Any, ...], list[Settled]] = defaultdict(list)
    for item in settled:
        r, fields = item.row, item.fields
        if fields.get("form"):
            key: tuple[Any, ...] = ("form", fields["result"], r.raw_date)
        else:
            key = (_family(item), frozenset((r.g1, r.g2)), r.raw_date)
        buckets[key].append(item)
    return buckets


def _lead(items: list[Settled], report: ImportReport) -> Settled:
    """The row an event takes its kind and direction from: its first directed row;
    an undirected one when its directed rows disagree."""
    directed = [item for item in items if item.pair is not None]
    if not directed:
        return items[0]
    pairs = {item.pair for item in directed if item.pair is not None}
    if any((b, a) in pairs for a, b in pairs):
        ids = ", ".join(item.row.uid for item in directed)
        report.flag(ids, "rows disagree on direction", f"rows {ids}", "one undirected event")
        first = items[0]
        relation = UNDIRECTED[first.row.type]
        fields = {"members": sorted((first.row.g1, first.row.g2)), "relation": relation}
        return first._replace(kind="undirected", fields=fields, pair=None)
    return directed[0]


def _flag_duplicates(key: tuple[Any, ...], items: list[Settled], report: ImportReport) -> None:
    if len(items) < 2:
        return
    kind = _lead(items, ImportReport()).kind
    ids = ", ".join(item.row.uid for item in items)
    action = f"one {kind} event with {len(items)} citations"
    if len({item.row.type for item in items}) > 1:
        report.flag(ids, "coded as both spl and mer", f"rows {ids}", action)
    elif key[0] != "form":
        report.flag(ids, "duplicate rows", f"rows {ids} code the same event", action)


def _event(lead: Settled, items: list[Settled], groups: Groups) -> dict[str, Any]:
    """The event the rows ``items`` record; its kind and fields come from ``lead``."""
    kind, fields = lead.kind, lead.fields
    event: dict[str, Any] = {
        "kind": kind,
        "id": f"mmp-r{items[0].row.uid}",
        "date": str(items[0].row.date),
        "description": describe(kind, fields, groups),
        "confidence": lead.confidence,
        "citations": [
            {
                "source": MMP_SOURCE["id"],
                "quote": item.row.quote,
                "locator": f"unique_id {item.row.uid}",
            }
            for item in items
        ],
    }
    if kind == "merger":
        event["parties"] = _merger_parties(items)
        event["result"] = fields["result"]
        event["result_is_new"] = False
    elif kind == "split":
        event.update(parent=fields["parent"], splinter=fields["splinter"], splinter_is_new=False)
    elif kind == "absorption":
        event.update(absorbed=fields["absorbed"], into=fields["into"])
    elif kind == "pledge":
        event.update(group=fields["group"], patron=fields["patron"])
    else:
        event["members"] = fields["members"]
        if kind == "undirected":
            event["relation"] = fields["relation"]
    event["note"] = _note(lead, items)
    return event


def _note(lead: Settled, items: list[Settled]) -> str:
    """'Imported from MMP', and how the event's direction was decided."""
    hows = [(item.row.uid, item.how) for item in items if item.how]
    if lead.kind == "undirected" and lead.pair is None and any(i.pair for i in items):
        hows.insert(0, ("", "MMP's rows disagree on which way, so none is taken"))
    if len({how for _, how in hows}) > 1:
        said = "; ".join(f"row {uid}: {how}" if uid else how for uid, how in hows)
    else:
        said = hows[0][1] if hows else ""
    note = "Imported from MMP" + (f"; {said}" if said else "") + "."
    if lead.kind == "split":
        note += " MMP does not say whether the splinter was a new group."
    return note


def _add_end(event: dict[str, Any], fields: dict[str, Any], quotes: dict[str, str]) -> None:
    """A pledge's end, citing the row that states it."""
    row = fields["end_row"]
    event["end"] = fields["end"]
    event["citations"].append(
        {"source": MMP_SOURCE["id"], "quote": quotes[row], "locator": f"unique_id {row}"}
    )


def _merger_parties(items: list[Settled]) -> list[dict[str, Any]]:
    """The parties of all the merger rows; a party is a faction unless every row ends it."""
    parties: dict[str, bool] = {}
    for item in items:
        kind, fields = item.kind, item.fields
        if kind == "merger":
            for gid, faction in fields["parties"]:
                if gid != fields["result"]:
                    parties[gid] = parties.get(gid, True) and faction
    return [{"group": g, "faction": True} if fac else {"group": g} for g, fac in parties.items()]


def describe(kind: str, fields: dict[str, Any], groups: Groups) -> str:
    """A one-line description of a settled event, in the groups' names."""

    def n(gid: str) -> str:
        return str(groups[gid]["name"])

    if kind == "split":
        return f"{n(fields['splinter'])} split from {n(fields['parent'])} (MMP)."
    if kind == "absorption":
        return f"{n(fields['absorbed'])} merged into {n(fields['into'])} (MMP)."
    if kind == "merger":
        parts = " and ".join(n(g) for g, _ in fields["parties"])
        return f"{parts} merged with {n(fields['result'])} (MMP)."
    if kind == "pledge":
        return f"{n(fields['group'])} pledged to {n(fields['patron'])} (MMP)."
    if kind == "undirected":
        members = " and ".join(n(g) for g in fields["members"])
        said = _ARTICLE[fields["relation"]]
        return f"{members}: {said}, MMP does not say which way (MMP)."
    members = " and ".join(n(g) for g in fields["members"])
    return f"{members}: {'allies' if kind == 'alliance' else 'rivals'} (MMP)."
