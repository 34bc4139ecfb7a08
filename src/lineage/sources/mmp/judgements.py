"""Judgements: directions a careful reader takes from descriptions the rules cannot read.

The rules of :mod:`.directions` read only a few phrasings. Where a row's
description states a direction in other words ("Omar Barziani subsequently
re-formed Kurdish Hamas with his followers"), a person may record it as a
*judgement*, kept apart from the import like an identity link, in the
package's ``judgements.json``::

    {"about": "...", "judgements": [
      {"row": "975", "relation": "pledge", "from": "133", "to": "217",
       "words": "Asian Tigers is a front of Hakat-ul-Jiahdi-Islami(HuJI)",
       "note": "a front of HuJI: fealty", "decided_by": "...", "date": "2026-11-25"}]}

``row`` is the row's ``unique_id``; ``from`` and ``to`` are MMP ``group_id``\\ s
with the meaning of ``A`` and ``B`` in :mod:`.directions` (the group that
pledged and its patron; the splinter and its parent; the absorbed group and
the one it merged into; a merger's party and the group it formed);
``words`` are the exact words of the row's (cleaned) description that state
it; ``confidence`` (``medium`` unless given) may be lowered where the words
hedge. One judgement per row, and only for rows the rules do not read.

MMP gives no end to an affiliation; where another row of the same two groups
states that a pledge ended, a pledge judgement may say so with ``end`` (a
date), ``end_row`` (that row) and ``end_words`` (its words that say so), and
the pledge cites that row too: otherwise a pledge holds to the data's end.

A judgement that does not fit its row is an error naming it: ``words`` not
in the description, ``from``/``to`` not the row's two groups, a pledge for a
row that is not ``aff`` (or a split, absorption or merger for one that is),
a row the rules already read, or an end whose row is not of the same two
groups or does not hold ``end_words``.

>>> j = Judgement.model_validate({"row": "7", "relation": "split", "from": "2", "to": "1",
...     "words": "Beta left", "note": "n", "decided_by": "me", "date": "2026-11-25"})
>>> j.first, j.second
('mmp-g2', 'mmp-g1')
>>> print(load_judgements()["975"].words)
Asian Tigers is a front of Hakat-ul-Jiahdi-Islami(HuJI)
"""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ...exceptions import DataError, Problem

__all__ = ["SHIPPED", "Judgement", "RowText", "fit_problems", "load_judgements"]

SHIPPED = "judgements.json"
"""The judgements shipped with the package (next to this module)."""

_FITS = {"aff": {"pledge"}, "spl": {"split", "absorption", "merger"}}
_FITS["mer"] = _FITS["spl"]


class Judgement(BaseModel):
    """A person's reading of which way one MMP row goes, with the words that say so."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    row: str = Field(pattern=r"^\d+$")
    relation: Literal["pledge", "split", "absorption", "merger"]
    from_: str = Field(alias="from", pattern=r"^(?:\d+|mmp-x-[a-z0-9-]+)$")
    to: str = Field(pattern=r"^(?:\d+|mmp-x-[a-z0-9-]+)$")
    words: str = Field(min_length=3)
    note: str = Field(min_length=1)
    decided_by: str = Field(min_length=1)
    date: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    confidence: Literal["high", "medium", "low"] = "medium"
    end: str | None = Field(None, pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
    end_row: str | None = Field(None, pattern=r"^\d+$")
    end_words: str | None = Field(None, min_length=3)

    @model_validator(mode="after")
    def _end_is_whole(self) -> Judgement:
        ends = (self.end, self.end_row, self.end_words)
        if any(e is not None for e in ends) and (
            any(e is None for e in ends) or self.relation != "pledge"
        ):
            raise ValueError("end, end_row and end_words go together, and only on a pledge")
        return self

    @property
    def first(self) -> str:
        """The lineage id of ``from`` (A)."""
        return _gid(self.from_)

    @property
    def second(self) -> str:
        """The lineage id of ``to`` (B)."""
        return _gid(self.to)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = ""
    judgements: list[Judgement]


def _gid(value: str) -> str:
    return f"mmp-g{value}" if value.isdigit() else value


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load_judgements(path: str | os.PathLike[str] | None = None) -> dict[str, Judgement]:
    """The judgements in ``path`` (the shipped file by default), by row."""
    name = str(path) if path is not None else SHIPPED
    if path is None:
        text = resources.files(__package__).joinpath(SHIPPED).read_text(encoding="utf-8")
    else:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise DataError(
                [Problem(name, "-", "-", f"cannot be read ({exc.strerror})", "give a file")]
            ) from None
    try:
        judgements = _File.model_validate(json.loads(text)).judgements
    except (ValueError, ValidationError) as exc:
        raise DataError([_problem(name, exc)]) from None
    out: dict[str, Judgement] = {}
    for j in judgements:
        if j.row in out:
            raise DataError(
                [Problem(name, f"judgement for row {j.row}", "row", "row judged twice", "keep one")]
            )
        out[j.row] = j
    return out


def _problem(name: str, exc: ValueError) -> Problem:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        loc = err["loc"]
        where = f"judgements[{loc[1]}]" if len(loc) > 1 and loc[0] == "judgements" else "-"
        field = ".".join(str(p) for p in loc[2:]) or "-"
        return Problem(name, where, field, err["msg"], "see the fields in lineage.sources.mmp")
    return Problem(name, "-", "-", f"is not JSON ({exc})", "fix the JSON")


class RowText(NamedTuple):
    """What a judgement is checked against: a row's type, groups and description."""

    type: str
    groups: tuple[str, str]
    description: str


def fit_problems(j: Judgement, rows: dict[str, RowText], source: str) -> list[Problem]:
    """What keeps judgement ``j`` from fitting its row (nothing when it fits)."""
    mmp_type, groups, description = rows[j.row]
    where = f"judgement for row {j.row}"
    out = _end_problems(j, rows, source)
    if j.relation not in _FITS.get(mmp_type, set()):
        out.append(
            Problem(source, where, "relation", f"a {j.relation} for a {mmp_type} row",
                    "a pledge fits an aff row; a split, absorption or merger a spl or mer row")
        )  # fmt: skip
    if {j.first, j.second} != set(groups) or j.first == j.second:
        out.append(
            Problem(source, where, "from/to", f"not the row's two groups {sorted(groups)}",
                    "give the MMP group_id of each of the row's groups")
        )  # fmt: skip
    if _squash(j.words) not in _squash(description):
        out.append(
            Problem(source, where, "words", "not in the row's description",
                    "quote the description's words exactly")
        )  # fmt: skip
    return out


def _end_problems(j: Judgement, rows: dict[str, RowText], source: str) -> list[Problem]:
    if j.end_row is None or j.end_words is None:
        return []
    where = f"judgement for row {j.row}"
    end = rows.get(j.end_row)
    if end is None or set(end.groups) != {j.first, j.second}:
        return [
            Problem(source, where, "end_row", f"row {j.end_row} is not a row of the same groups",
                    "give a row of the pledge's two groups that states the end")
        ]  # fmt: skip
    if _squash(j.end_words) not in _squash(end.description):
        return [
            Problem(source, where, "end_words", f"not in row {j.end_row}'s description",
                    "quote the description's words exactly")
        ]  # fmt: skip
    return []
