"""GTD's own group names (tests/gtd_names.tsv): the article's groups as GTD names them
resolve to them, and every other GTD group sharing a distinctive word with one of our
names never resolves, on any date (issue 21: a wrong match is worse than none)."""

from __future__ import annotations

from pathlib import Path

import pytest

import lineage

TABLE = Path(__file__).with_name("gtd_names.tsv")


def _rows() -> list[tuple[str, str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [(name, group) for name, group in rows]


ROWS = _rows()
OURS = [(name, group) for name, group in ROWS if group]
ABSENT = [name for name, group in ROWS if not group]


def test_the_table_is_what_it_says() -> None:
    assert len(OURS) >= 15
    assert len(ABSENT) >= 200
    assert len({name for name, _ in ROWS}) == len(ROWS)
    ids = {g.id for g in lineage.load().groups}
    assert {group for _, group in OURS} <= ids


def test_gtds_names_of_our_groups_resolve(lg: lineage.Lineage) -> None:
    found = lg.resolve_many([name for name, _ in OURS])
    assert [(r.query, r.id) for r in found] == OURS


@pytest.mark.parametrize("at", [None, "2005", "2013", "2017"])
def test_no_other_gtd_group_resolves(lg: lineage.Lineage, at: str | None) -> None:
    found = lg.resolve_many(ABSENT, at=at)
    assert [r.line() for r in found if r.record is not None] == []
