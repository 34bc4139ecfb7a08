"""Settled rows collapsed into lineage event records, one citation per row.

Rows that code one event twice (same pair, same date, same kind, or both
``spl`` and ``mer``) become one event and are reported; "X and Y merged to
form Z" rows with the same result and date become one merger with several
parties. Each event takes its id from its first row (``mmp-r<unique_id>``)
and cites MMP once per row, with the row's ``unique_id`` as locator.

>>> describe("split", {"parent": "a", "splinter": "b"}, {"a": {"name": "A"}, "b": {"name": "B"}})
'B split from A (MMP).'
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .csvfile import MMP_SOURCE
from .report import ImportReport
from .settle import Settled

__all__ = ["build_events", "describe"]

Groups = dict[str, dict[str, Any]]
_LINEAGE = ("split", "merger", "absorption")


def build_events(
    settled: list[Settled], groups: Groups, report: ImportReport
) -> list[dict[str, Any]]:
    """One event dict per distinct event; the report maps every row to its event."""
    events: list[dict[str, Any]] = []
    for key, items in _buckets(settled).items():
        _flag_duplicates(key, items, report)
        event = _event(items, groups)
        events.append(event)
        kind = event["kind"]
        report.events_by_kind[kind] = report.events_by_kind.get(kind, 0) + 1
        for item in items:
            report.row_to_event[item.row.uid] = event["id"]
    return events


def _buckets(settled: list[Settled]) -> dict[tuple[Any, ...], list[Settled]]:
    """Rows grouped by the event they record, in order of first row."""
    buckets: dict[tuple[Any, ...], list[Settled]] = defaultdict(list)
    for item in settled:
        r, kind, fields = item
        family = "lineage" if kind in _LINEAGE else kind
        if fields.get("form"):
            key: tuple[Any, ...] = ("form", fields["result"], r.raw_date)
        else:
            key = (family, frozenset((r.g1, r.g2)), r.raw_date)
        buckets[key].append(item)
    return buckets


def _flag_duplicates(key: tuple[Any, ...], items: list[Settled], report: ImportReport) -> None:
    if len(items) < 2:
        return
    kind = items[0].kind
    ids = ", ".join(item.row.uid for item in items)
    action = f"one {kind} event with {len(items)} citations"
    if len({item.row.type for item in items}) > 1:
        report.flag(ids, "coded as both spl and mer", f"rows {ids}", action)
    elif key[0] != "form":
        report.flag(ids, "duplicate rows", f"rows {ids} code the same event", action)


def _event(items: list[Settled], groups: Groups) -> dict[str, Any]:
    """The event the rows ``items`` record; its kind and fields come from the first row."""
    first, kind, fields = items[0]
    event: dict[str, Any] = {
        "kind": kind,
        "id": f"mmp-r{first.uid}",
        "date": str(first.date),
        "description": describe(kind, fields, groups),
        "confidence": "medium",
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
        if fields["low"]:
            event["confidence"] = "low"
    else:
        event["members"] = fields["members"]
    event["note"] = (
        "Imported from MMP; MMP does not say whether the splinter was a new group."
        if kind == "split"
        else "Imported from MMP."
    )
    return event


def _merger_parties(items: list[Settled]) -> list[dict[str, Any]]:
    """The parties of all the merger rows; a party is a faction unless every row ends it."""
    parties: dict[str, bool] = {}
    for _, kind, fields in items:
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
        return f"{n(fields['group'])} affiliated with {n(fields['patron'])} (MMP)."
    members = " and ".join(n(g) for g in fields["members"])
    return f"{members}: {'allies' if kind == 'alliance' else 'rivals'} (MMP)."
