"""Import Stanford's Mapping Militant Organizations (MMP) relationship files.

:func:`import_mmp` reads ``Militant-Group-Relationships-clean.csv`` and
``Militant-Group-Key.csv`` and returns a normal :class:`~lineage.Dataset`
plus an :class:`ImportReport` that accounts for every row. Nothing is dropped
silently, no date or direction is invented:

* ``mer`` → an absorption where the description says X merged *into* Y (or Y
  absorbed X, X joined Y) and MMP shows no later act of X; otherwise a merger
  that ends no group (MMP often records the "merged" group acting later).
  "X and Y merged to form Z" rows with the same result and date become one
  merger with several parties.
* ``spl`` → a split. Its direction is settled from the description where it
  says so ("X split from Y", "X broke away from Y", "X, a splinter of Y",
  "members of Y split to form X"); otherwise MMP's order (group1 the parent)
  is kept and flagged. MMP never says whether the splinter was new, so
  ``splinter_is_new`` is false.
* ``aff`` → a pledge, group1 to group2 unless the description says who
  pledged to whom; ``all`` → an alliance; ``riv`` → a rivalry.
* Dates: ``YYYY-MM-DD`` with ``00`` for an unknown month or day becomes
  ``YYYY`` or ``YYYY-MM``; ``M/D/YY`` becomes that day (two-digit years up to
  the data's 2019 horizon are 20YY, later ones 19YY); a ``1/1/YY`` date may be
  a placeholder for a year and is flagged.
* Rows coded twice (same pair, same date, same kind, or both ``spl`` and
  ``mer``) become one event with one citation per row.
* Every event cites MMP with the row's ``unique_id`` as locator and its
  description (``\\'`` and HTML entities unescaped) as the quote.
"""

from __future__ import annotations

import csv
import html
import io
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..exceptions import DataError, Problem
from ..model import Dataset, PartialDate, parse_date
from ..names.fold import normalise, strip_marks

__all__ = ["MMP_SOURCE", "ImportReport", "import_mmp", "read_mmp"]

MMP_SOURCE = {
    "id": "mmp",
    "title": "MMP Dataset and Codebook",
    "author": "Mapping Militant Organizations, Stanford University",
    "published": "2019-07",
    "url": "https://cisac.fsi.stanford.edu/mappingmilitants",
    "citation": 'Mapping Militant Organizations. "MMP Dataset and Codebook." Stanford '
    "University. Last modified July 2019. https://cisac.fsi.stanford.edu/mappingmilitants",
    "note": "Relationship dyads among 262 groups (data scraped July 31, 2019). The codebook "
    "warns the data were not systematically collected and may hold small errors.",
}
HORIZON_YY = 19  # the data end in 2019: '19 and earlier two-digit years are 20YY
REL_COLUMNS = [
    "unique_id",
    "type",
    "group1_id",
    "group2_id",
    "date",
    "description",
    "group1_name",
    "group2_name",
]
TYPES = {"mer": "merger", "spl": "split", "aff": "pledge", "all": "alliance", "riv": "rivalry"}


@dataclass
class ImportReport:
    """What the import did with every row: counts, anomalies and actions."""

    rows: int = 0
    groups: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    events_by_kind: dict[str, int] = field(default_factory=dict)
    row_to_event: dict[str, str] = field(default_factory=dict)
    anomalies: list[dict[str, str]] = field(default_factory=list)

    def flag(self, row: str, kind: str, detail: str, action: str) -> None:
        self.anomalies.append({"row": row, "kind": kind, "detail": detail, "action": action})

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for a in self.anomalies:
            out[a["kind"]] += 1
        return dict(sorted(out.items()))

    def summary(self) -> str:
        lines = [
            f"{self.rows} rows, {self.groups} groups -> "
            f"{sum(self.events_by_kind.values())} events; every row accounted for: "
            f"{len(self.row_to_event) == self.rows}",
            "rows by type: " + ", ".join(f"{k} {v}" for k, v in sorted(self.by_type.items())),
            "events by kind: "
            + ", ".join(f"{k} {v}" for k, v in sorted(self.events_by_kind.items())),
            "anomalies: " + ", ".join(f"{k} {v}" for k, v in self.counts().items()),
        ]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "groups": self.groups,
            "rows_by_type": dict(sorted(self.by_type.items())),
            "events_by_kind": dict(sorted(self.events_by_kind.items())),
            "anomaly_counts": self.counts(),
            "anomalies": self.anomalies,
            "row_to_event": self.row_to_event,
        }


def _read_csv(path: str | os.PathLike[str], columns: list[str], what: str) -> list[dict[str, str]]:
    file = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise DataError(
            [Problem(file, "-", "-", "no such file", f"give the MMP {what} CSV")]
        ) from None
    except UnicodeDecodeError as exc:
        raise DataError(
            [Problem(file, "-", "-", f"is not UTF-8 ({exc.reason})", "re-save it as UTF-8")]
        ) from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise DataError(
            [
                Problem(
                    file,
                    "-",
                    ", ".join(missing),
                    "column missing",
                    f"this does not look like the MMP {what} file",
                )
            ]
        )
    return list(reader)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_marks(text)).strip("-") or "group"


_C1 = re.compile("[\u0080-\u009f]")
_UTF8_AS_LATIN1 = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")


def _repair(text: str) -> str:
    """Undo mojibake: UTF-8 read as Latin-1 ('groupâ\x80\x99s'), cp1252 bytes kept as
    C1 control characters ('l\x92Unification')."""

    def utf8(m: re.Match[str]) -> str:
        try:
            return m.group(0).encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return m.group(0)

    text = _UTF8_AS_LATIN1.sub(utf8, text)
    return _C1.sub(lambda m: bytes([ord(m.group(0))]).decode("cp1252", errors="replace"), text)


def _clean(text: str) -> str:
    """Undo MMP's escaping (backslash quotes, HTML entities) and mojibake; trim."""
    text = text.replace("\\&#039;", "'").replace("\\'", "'").replace('\\"', '"')
    return _repair(html.unescape(text)).strip()


def _date(raw: str) -> tuple[PartialDate | None, str | None]:
    """MMP's date as a PartialDate, or None and the reason."""
    raw = raw.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if m:
        y, mo, d = m.groups()
        if y == "0000":
            return None, "year 0000"
        text = y if mo == "00" else (f"{y}-{mo}" if d == "00" else f"{y}-{mo}-{d}")
        if mo == "00" and d != "00":
            return None, "day given without a month"
    else:
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", raw)
        if not m:
            return None, "not YYYY-MM-DD or M/D/YY"
        mo_i, d_i, yy = (int(x) for x in m.groups())
        year = 2000 + yy if yy <= HORIZON_YY else 1900 + yy
        text = f"{year:04d}-{mo_i:02d}-{d_i:02d}"
    try:
        return parse_date(text), None
    except ValueError as exc:
        return None, str(exc)


_PAREN = re.compile(r"\s*\(([^)]*)\)\s*$")


def _group_names(name: str) -> tuple[str, list[dict[str, Any]]]:
    """Canonical name and extra names from an MMP key name such as 'X (ABC)'.

    An acronym or a "Formerly X" in parentheses gives extra names (and the name
    without them); any other parenthesis is a qualifier such as a country, and
    gives none.
    """
    extras: list[dict[str, Any]] = []
    m = _PAREN.search(name)
    if m:
        inner = m.group(1).strip()
        base = name[: m.start()].strip()
        if inner.lower().startswith("formerly "):
            extras.append(
                {
                    "name": inner[9:].strip(),
                    "kind": "official",
                    "note": "former name, from MMP's group key",
                }
            )
        elif re.fullmatch(r"[A-Z][A-Za-z0-9\-]{1,9}", inner) and any(
            c.isupper() for c in inner[1:]
        ):
            extras.append({"name": inner, "kind": "acronym", "note": "from MMP's group key"})
        else:
            return name, []
        if base:
            extras.append({"name": base, "kind": "official", "note": "from MMP's group key"})
    return name, extras


def _drop_shared_names(groups: dict[str, dict[str, Any]], report: ImportReport) -> None:
    """An extra name that two groups would share is dropped from both (and reported)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for gid, g in groups.items():
        for n in [g["name"], *(x["name"] for x in g["names"])]:
            owners[normalise(n)].add(gid)
    for gid, g in groups.items():
        kept = []
        for extra in g["names"]:
            others = owners[normalise(extra["name"])] - {gid}
            if others:
                report.flag(
                    gid,
                    "shared name",
                    f"{extra['name']!r} also names {sorted(others)}",
                    "not recorded as a name of either group",
                )
            else:
                kept.append(extra)
        g["names"] = kept


# -- reading directions from descriptions ------------------------------------------------

_SPLIT_FROM = re.compile(
    r"\b(?:split(?:s)?(?: off)?|splinter(?:ed|s)?|broke away|breaks away|separated(?: itself)?|"
    r"defected|seceded|left)\b(?:\s+from)+\b",
    re.I,
)
_SPLINTER_OF = re.compile(r"\bsplinter(?: group| faction)? of\b", re.I)
_SPLIT_TO_FORM = re.compile(
    r"\b(?:split|splits|broke away|splinter(?:ed)?|left)\b[^.]{0,80}?"
    r"\b(?:to|and) (?:form|found|create)\b",
    re.I,
)
_INTO = re.compile(
    r"\b(?:merged|merges|merge|was incorporated|were incorporated|incorporated|"
    r"formally joined|joined)"
    r"(?: together)?\s+(?:with\s+\S+\s+)?into\b|\b(?:formally )?joined\b",
    re.I,
)
_ABSORBED = re.compile(r"\babsorbed\b", re.I)
_TO_FORM = re.compile(r"\bto (?:form|create)\b|\binto a new organi[sz]ation(?: called)?\b", re.I)
_PLEDGED_TO = re.compile(
    r"\b(?:pledged|declared|swore|sworn)\b[^.]{0,40}?\b(?:allegiance|loyalty|bay'?ah?)\b[^.]{0,15}?\bto\b"
    r"|\bformally joined\b|\bjoined\b",
    re.I,
)


_NOT_A_NAME_START = {"The", "A", "An", "In", "When", "After", "Members", "Some", "Its", "Former"}


class _Aliases:
    """Occurrences of the two groups' names in one sentence of a description.

    An alias is skipped when it sits inside a longer proper name (preceded by a
    capitalised word, as 'Irish Republican Army' in 'Provisional Irish
    Republican Army'); where two aliases overlap the longer wins.
    """

    def __init__(self, text: str, groups: dict[str, list[str]]) -> None:
        found: list[tuple[int, int, str]] = []
        for gid, names in groups.items():
            for alias in names:
                if len(alias) < 2:
                    continue
                flags = 0 if alias.isupper() else re.I
                for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text, flags):
                    prev = re.search(r"([A-Z][\w'’-]*)\s+$", text[: m.start()])
                    if prev and prev.group(1) not in _NOT_A_NAME_START:
                        continue
                    found.append((m.start(), m.end(), gid))
        found.sort(key=lambda o: (-(o[1] - o[0]), o[0]))
        kept: list[tuple[int, int, str]] = []
        for s, e, gid in found:
            if all(e <= ks or s >= ke for ks, ke, _ in kept):
                kept.append((s, e, gid))
        self.spans = sorted(kept)

    def first_before(self, pos: int) -> str | None:
        """The sentence's first group, if it comes before ``pos`` (the subject)."""
        prior = [o for o in self.spans if o[1] <= pos]
        return prior[0][2] if prior else None

    def nearest_before(self, pos: int) -> str | None:
        prior = [o for o in self.spans if o[1] <= pos]
        return prior[-1][2] if prior else None

    def right_after(self, text: str, pos: int) -> str | None:
        """The group named right after ``pos`` (only 'the'/'its' may come between)."""
        for s, _, gid in self.spans:
            if s >= pos:
                gap = text[pos:s].strip().lower()
                return gid if gap in ("", "the", "its", "of the", "from the") else None
        return None


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]


def _aliases_for(name: str, description: str) -> list[str]:
    """A group's names as a description may write them, including '(ABC)' acronyms."""
    base = _PAREN.sub("", name).strip()
    out = {name.strip(), base, re.sub(r"^The\s+", "", base)}
    m = _PAREN.search(name)
    if m and not m.group(1).lower().startswith("formerly"):
        out.add(m.group(1).strip())
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", base) if w != "The")
    if len(initials) >= 3:
        out.add(initials)  # 'Second Soran Unit' is written 'SSU'
    for variant in list(out):
        pattern = rf"{re.escape(variant)}\s*\(([A-Z][A-Za-z\-]{{1,9}})\)"
        for acr in re.finditer(pattern, description, re.I):
            out.add(acr.group(1))
    return [a for a in out if a]


def _direction(
    pattern: re.Pattern[str], text: str, groups: dict[str, list[str]], form: str
) -> tuple[str, str] | None:
    """(subject, object) of a verb pattern, when both are the dyad's two groups.

    ``form`` ``"subject-verb-object"``: the sentence's first group is the subject
    and the group right after the verb the object ("X split from Y").
    ``"object-verb-subject"``: the nearest group before the verb is the object
    and the group right after is the subject ("members of Y split to form X").
    """
    for sentence in _sentences(text):
        aliases = _Aliases(sentence, groups)
        for m in pattern.finditer(sentence):
            after = aliases.right_after(sentence, m.end())
            if form == "subject-verb-object":
                # the nearest group before the verb, else the sentence's first
                for before in (aliases.nearest_before(m.start()), aliases.first_before(m.start())):
                    if before and after and before != after:
                        return before, after
            else:
                before = aliases.nearest_before(m.start())
                if before and after and before != after:
                    return after, before
    return None


@dataclass
class _Row:
    uid: str
    type: str
    g1: str
    g2: str
    date: PartialDate
    raw_date: str
    quote: str
    description: str


def import_mmp(
    relationships_csv: str | os.PathLike[str], group_key_csv: str | os.PathLike[str]
) -> tuple[Dataset, ImportReport]:
    """Read the two MMP files into a dataset and a report of every decision."""
    report = ImportReport()
    key_rows = _read_csv(group_key_csv, ["group_id", "name"], "group key")
    rel_rows = _read_csv(relationships_csv, REL_COLUMNS, "relationships")

    groups: dict[str, dict[str, Any]] = {}
    names_by_id: dict[str, str] = {}
    for i, row in enumerate(key_rows, start=2):
        raw_id, raw_name = (row.get("group_id") or "").strip(), row.get("name") or ""
        name = _clean(raw_name)
        extra_cols = {
            k: v for k, v in row.items() if k not in ("group_id", "name") and (v or "").strip()
        }
        if extra_cols:
            report.flag(f"key line {i}", "extra key columns", str(extra_cols), "ignored")
        if not name:
            report.flag(f"key line {i}", "empty name", raw_id, "skipped: a group needs a name")
            continue
        if raw_name != raw_name.strip():
            report.flag(f"key line {i}", "trailing spaces", repr(raw_name), "trimmed")
        if raw_id == "-99":
            gid = f"mmp-x-{_slug(name)}"
            report.flag(
                f"key line {i}",
                "group id -99",
                name,
                f"not placed on a map by MMP; given the id {gid}",
            )
        elif re.fullmatch(r"\d+", raw_id):
            gid = f"mmp-g{raw_id}"
        else:
            report.flag(f"key line {i}", "bad group id", raw_id, "skipped")
            continue
        if gid in groups:
            report.flag(f"key line {i}", "duplicate group id", raw_id, "kept the first")
            continue
        canonical, extras = _group_names(name)
        groups[gid] = {
            "id": gid,
            "name": canonical,
            "names": extras,
            "note": f"MMP group_id {raw_id}",
        }
        names_by_id[raw_id if raw_id != "-99" else gid] = canonical

    _drop_shared_names(groups, report)
    rows: list[_Row] = []
    report.rows = len(rel_rows)
    for row in rel_rows:
        uid = (row["unique_id"] or "").strip()
        rtype = (row["type"] or "").strip()
        report.by_type[rtype] = report.by_type.get(rtype, 0) + 1
        g1, g2 = f"mmp-g{row['group1_id'].strip()}", f"mmp-g{row['group2_id'].strip()}"
        if rtype not in TYPES:
            report.flag(uid, "unknown type", rtype, "row not imported")
            report.row_to_event[uid] = "(not imported: unknown type)"
            continue
        if g1 not in groups or g2 not in groups:
            report.flag(
                uid,
                "unknown group",
                f"{row['group1_id']} / {row['group2_id']}",
                "row not imported: its group is not in the key",
            )
            report.row_to_event[uid] = "(not imported: unknown group)"
            continue
        if g1 == g2:
            report.flag(uid, "self relation", g1, "row not imported")
            report.row_to_event[uid] = "(not imported: a group related to itself)"
            continue
        date, why = _date(row["date"])
        if date is None:
            report.flag(uid, "bad date", f"{row['date']!r}: {why}", "row not imported")
            report.row_to_event[uid] = "(not imported: bad date)"
            continue
        if re.fullmatch(r"1/1/\d{2}", row["date"].strip()):
            report.flag(
                uid,
                "1/1 date",
                row["date"],
                f"kept as the day {date}; it may stand for the year only",
            )
        for col in ("group1_name", "group2_name"):
            if row[col] != row[col].strip():
                report.flag(uid, "trailing spaces", f"{col} {row[col]!r}", "trimmed")
        raw_desc = row["description"] or ""
        description = _clean(raw_desc)
        if description != raw_desc.strip():
            report.flag(
                uid, "escaped text", "backslash quotes or HTML entities", "unescaped in the quote"
            )
        quote = description
        if not description:
            quote = (
                f"{rtype} {names_by_id.get(row['group1_id'].strip(), g1)} / "
                f"{names_by_id.get(row['group2_id'].strip(), g2)} {row['date'].strip()}"
            )
            report.flag(uid, "no description", "", "the quote is the row's coded fields")
        rows.append(_Row(uid, rtype, g1, g2, date, row["date"].strip(), quote, description))

    events = _events(rows, groups, report)
    dataset = Dataset.model_validate(
        {"sources": [MMP_SOURCE], "groups": list(groups.values()), "events": events}
    )
    report.groups = len(groups)
    return dataset, report


def _later_acts(rows: list[_Row]) -> dict[str, list[PartialDate]]:
    acts: dict[str, list[PartialDate]] = defaultdict(list)
    for r in rows:
        acts[r.g1].append(r.date)
        acts[r.g2].append(r.date)
    return acts


def _events(
    rows: list[_Row], groups: dict[str, dict[str, Any]], report: ImportReport
) -> list[dict[str, Any]]:
    acts = _later_acts(rows)

    def acts_after(gid: str, date: PartialDate) -> bool:
        return any(date.definitely_before(d) for d in acts[gid])

    # settle each row's meaning: (kind, fields) ------------------------------------
    settled: list[tuple[_Row, str, dict[str, Any]]] = []
    for r in rows:
        al = {
            r.g1: _aliases_for(groups[r.g1]["name"], r.description),
            r.g2: _aliases_for(groups[r.g2]["name"], r.description),
        }
        if r.type == "spl":
            d = (
                _direction(_SPLIT_FROM, r.description, al, "subject-verb-object")
                or _direction(_SPLINTER_OF, r.description, al, "subject-verb-object")
                or _direction(_SPLIT_TO_FORM, r.description, al, "object-verb-subject")
            )
            if d is None:
                parent, splinter = r.g1, r.g2
                report.flag(
                    r.uid,
                    "split direction not stated",
                    "the description does not say which group split from which",
                    "MMP order kept: group1 the parent, group2 the splinter",
                )
            else:
                splinter, parent = d
                if (parent, splinter) != (r.g1, r.g2):
                    report.flag(
                        r.uid,
                        "split direction reversed",
                        f"the description says {groups[splinter]['name']} split from "
                        f"{groups[parent]['name']}",
                        "direction taken from the description",
                    )
            settled.append((r, "split", {"parent": parent, "splinter": splinter}))
        elif r.type == "mer":
            into = _direction(_INTO, r.description, al, "subject-verb-object")
            absorbed = _direction(_ABSORBED, r.description, al, "subject-verb-object")
            form = _direction(_TO_FORM, r.description, al, "subject-verb-object")
            if into is None and absorbed is not None:
                into = (absorbed[1], absorbed[0])
            if into is not None:
                x, y = into
                if acts_after(x, r.date):
                    report.flag(
                        r.uid,
                        "merged group acts later",
                        f"{groups[x]['name']} merged into {groups[y]['name']} but MMP "
                        "records it acting later",
                        "recorded as a merger that does not end it",
                    )
                    settled.append((r, "merger", {"parties": [(x, True)], "result": y}))
                else:
                    settled.append((r, "absorption", {"absorbed": x, "into": y}))
            elif form is not None:
                x, z = form
                fields_ = {"parties": [(x, acts_after(x, r.date))], "result": z, "form": True}
                settled.append((r, "merger", fields_))
            else:
                report.flag(
                    r.uid,
                    "merger direction not stated",
                    "the description does not say which group continued",
                    "MMP order kept: group1 merged with group2; no group ended",
                )
                settled.append((r, "merger", {"parties": [(r.g1, True)], "result": r.g2}))
        elif r.type == "aff":
            d = _direction(_PLEDGED_TO, r.description, al, "subject-verb-object")
            if d is None:
                grp, patron = r.g1, r.g2
                report.flag(
                    r.uid,
                    "affiliation direction not stated",
                    "the description does not say who pledged to whom",
                    "MMP order kept: group1 pledged to group2",
                )
            else:
                grp, patron = d
            settled.append((r, "pledge", {"group": grp, "patron": patron, "low": d is None}))
        else:
            settled.append((r, TYPES[r.type], {"members": sorted((r.g1, r.g2))}))

    # collapse duplicates: same pair, same date, same (lineage-)kind ---------------
    buckets: dict[tuple[Any, ...], list[tuple[_Row, str, dict[str, Any]]]] = defaultdict(list)
    for item in settled:
        r, kind, fields = item
        family = "lineage" if kind in ("split", "merger", "absorption") else kind
        if fields.get("form"):
            key: tuple[Any, ...] = ("form", fields["result"], r.raw_date)
        else:
            key = (family, frozenset((r.g1, r.g2)), r.raw_date)
        buckets[key].append(item)

    events: list[dict[str, Any]] = []
    for key, items in buckets.items():
        first, kind, fields = items[0]
        if len(items) > 1:
            ids = ", ".join(r.uid for r, _, _ in items)
            if len({r.type for r, _, _ in items}) > 1:
                report.flag(
                    ids,
                    "coded as both spl and mer",
                    f"rows {ids}",
                    f"one {kind} event with {len(items)} citations",
                )
            elif key[0] != "form":
                report.flag(
                    ids,
                    "duplicate rows",
                    f"rows {ids} code the same event",
                    f"one {kind} event with {len(items)} citations",
                )
        eid = f"mmp-r{first.uid}"
        citations = [
            {"source": "mmp", "quote": r.quote, "locator": f"unique_id {r.uid}"}
            for r, _, _ in items
        ]
        event: dict[str, Any] = {
            "kind": kind,
            "id": eid,
            "date": str(first.date),
            "description": _describe(kind, fields, groups),
            "confidence": "medium",
            "citations": citations,
        }
        if kind == "merger":
            parties: dict[str, bool] = {}
            for _, k, f in items:
                if k == "merger":
                    for gid, faction in f["parties"]:
                        if gid != f["result"]:
                            parties[gid] = parties.get(gid, True) and faction
            event["parties"] = [
                {"group": g, "faction": True} if fac else {"group": g} for g, fac in parties.items()
            ]
            event["result"] = fields["result"]
            event["result_is_new"] = False
        elif kind == "split":
            event.update(
                parent=fields["parent"], splinter=fields["splinter"], splinter_is_new=False
            )
        elif kind == "absorption":
            event.update(absorbed=fields["absorbed"], into=fields["into"])
        elif kind == "pledge":
            event.update(group=fields["group"], patron=fields["patron"])
            if fields["low"]:
                event["confidence"] = "low"
        else:
            event["members"] = fields["members"]
        note = (
            "Imported from MMP; MMP does not say whether the splinter was a new group."
            if kind == "split"
            else "Imported from MMP."
        )
        event["note"] = note
        events.append(event)
        report.events_by_kind[kind] = report.events_by_kind.get(kind, 0) + 1
        for r, _, _ in items:
            report.row_to_event[r.uid] = eid
    return events


def _describe(kind: str, fields: dict[str, Any], groups: dict[str, dict[str, Any]]) -> str:
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


def read_mmp(
    relationships_csv: str | os.PathLike[str], group_key_csv: str | os.PathLike[str]
) -> Dataset:
    """The MMP files as a lineage :class:`~lineage.Dataset` (see :func:`import_mmp`)."""
    return import_mmp(relationships_csv, group_key_csv)[0]
