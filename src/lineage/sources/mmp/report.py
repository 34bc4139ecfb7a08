"""The import report: what the MMP import did with every row.

An :class:`ImportReport` counts rows and events, maps each relationship row
to the event it became (or to why it was not imported), says how the
direction of each ``aff``, ``spl`` and ``mer`` row was decided (by the rules,
by a judgement, or not at all: undirected), and lists every anomaly found
with what was done about it.

>>> report = ImportReport(rows=2)
>>> report.flag("17", "1/1 date", "1/1/95", "kept as the day 1995-01-01")
>>> report.flag("18", "1/1 date", "1/1/96", "kept as the day 1996-01-01")
>>> report.counts()
{'1/1 date': 2}
>>> report.as_dict()["anomalies"][0]["row"]
'17'
>>> report.count_direction("19", "spl", "rules", "X split from Y")
>>> report.count_direction("20", "spl", "undirected")
>>> report.direction_line()
'directions (rules / judgements / undirected): spl 1/0/1'
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ImportReport"]


@dataclass
class ImportReport:
    """What the import did with every row: counts, anomalies and actions."""

    rows: int = 0
    groups: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    events_by_kind: dict[str, int] = field(default_factory=dict)
    row_to_event: dict[str, str] = field(default_factory=dict)
    anomalies: list[dict[str, str]] = field(default_factory=list)
    directions: dict[str, dict[str, int]] = field(default_factory=dict)
    row_direction: dict[str, str] = field(default_factory=dict)
    judgements_applied: int = 0
    judgements_unused: list[str] = field(default_factory=list)

    def count_direction(self, row: str, mmp_type: str, how: str, rule: str = "") -> None:
        """Record how row ``row``'s direction was decided: ``rules`` (by ``rule``),
        ``judgements`` or ``undirected``."""
        counts = self.directions.setdefault(
            mmp_type, {"rules": 0, "judgements": 0, "undirected": 0}
        )
        counts[how] += 1
        self.row_direction[row] = f"rule: {rule}" if rule else how.rstrip("s")
        if how == "judgements":
            self.judgements_applied += 1

    def direction_line(self) -> str:
        """Rows directed by rules, by judgements, and left undirected, by MMP type."""
        parts = [
            f"{t} {c['rules']}/{c['judgements']}/{c['undirected']}"
            for t, c in sorted(self.directions.items())
        ]
        return "directions (rules / judgements / undirected): " + ", ".join(parts)

    def flag(self, row: str, kind: str, detail: str, action: str) -> None:
        """Record an anomaly of ``kind`` in ``row``: what was seen and what was done."""
        self.anomalies.append({"row": row, "kind": kind, "detail": detail, "action": action})

    def counts(self) -> dict[str, int]:
        """How many anomalies of each kind, by kind."""
        out: dict[str, int] = defaultdict(int)
        for a in self.anomalies:
            out[a["kind"]] += 1
        return dict(sorted(out.items()))

    def summary(self) -> str:
        """A few lines for a person: rows, events, anomalies."""
        lines = [
            f"{self.rows} rows, {self.groups} groups -> "
            f"{sum(self.events_by_kind.values())} events; every row accounted for: "
            f"{len(self.row_to_event) == self.rows}",
            "rows by type: " + ", ".join(f"{k} {v}" for k, v in sorted(self.by_type.items())),
            "events by kind: "
            + ", ".join(f"{k} {v}" for k, v in sorted(self.events_by_kind.items())),
            self.direction_line(),
            f"judgements: {self.judgements_applied} applied, "
            f"{len(self.judgements_unused)} for rows not in the file",
            "anomalies: " + ", ".join(f"{k} {v}" for k, v in self.counts().items()),
        ]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data."""
        return {
            "rows": self.rows,
            "groups": self.groups,
            "rows_by_type": dict(sorted(self.by_type.items())),
            "events_by_kind": dict(sorted(self.events_by_kind.items())),
            "directions": dict(sorted(self.directions.items())),
            "judgements_applied": self.judgements_applied,
            "judgements_unused": self.judgements_unused,
            "anomaly_counts": self.counts(),
            "anomalies": self.anomalies,
            "row_to_event": self.row_to_event,
            "row_direction": self.row_direction,
        }
