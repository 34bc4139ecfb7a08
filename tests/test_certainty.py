"""Certainty: an answer marked certain holds however its uncertain dates turn out.

Each generated dataset is narrowed: every date that is a range becomes one
day inside it, drawn at random. Every certain answer on the original must
still be an answer on the narrowed data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from lineage import DataError, Dataset, Lineage, parse_date

from .test_properties import datasets

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _day(draw: st.DrawFn, text: str) -> str:
    date = parse_date(text)
    lo, hi = date.earliest.toordinal(), date.latest.toordinal()
    if date.earliest == dt.date.min:
        lo = hi - 3650
    if date.latest == dt.date.max:
        hi = lo + 3650
    return dt.date.fromordinal(draw(st.integers(lo, hi))).isoformat()


@st.composite
def narrowed(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    doc = draw(datasets())
    events = [
        {k: (_day(draw, v) if k in ("date", "end") else v) for k, v in e.items()}
        for e in doc["events"]
    ]
    return doc, {**doc, "events": events}


def _build(doc: dict[str, Any]) -> Lineage:
    return Lineage(Dataset.model_validate(doc))


@SETTINGS
@given(narrowed(), st.integers(1988, 2030))
def test_certain_answers_survive_any_narrowing(
    docs: tuple[dict[str, Any], dict[str, Any]], year: int
) -> None:
    original = _build(docs[0])
    try:
        exact = _build(docs[1])
    except DataError:
        reject()  # this narrowing contradicts a founding: not a possible reading
    at = str(year)
    for g in original.groups:
        assert {x.id for x in original.became(g, certain=True)} <= {x.id for x in exact.became(g)}
        assert {x.id for x in original.origins(g, certain=True)} <= {x.id for x in exact.origins(g)}
        sure = {x.id for x in original.allegiance(g, at, certain=True)}
        assert sure <= {x.id for x in exact.allegiance(g, at)}
        top = original.camp(g, at, certain=True)
        if top is not None:
            assert exact.camp(g, at) == top
    sure_groups = {s.group.id for s in original.snapshot(at, certain=True)}
    assert sure_groups <= {s.group.id for s in exact.snapshot(at)}


@SETTINGS
@given(datasets(), st.integers(1988, 2030))
def test_certain_answers_are_among_the_possible_ones(doc: dict[str, Any], year: int) -> None:
    lg = _build(doc)
    at = str(year)
    for g in lg.groups:
        became = lg.became(g)
        assert {x.id for x in lg.became(g, certain=True)} == {
            x.id for x in became if became.certain(x)
        }
        pledged = lg.allegiance(g, at)
        assert {x.id for x in lg.allegiance(g, at, certain=True)} == {
            x.id for x in pledged if pledged.certain(x)
        }
        state = lg.standing(g, at)
        if state is not None:
            assert state.camp_certain == (lg.camp(g, at, certain=True) is not None)
