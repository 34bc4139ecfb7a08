"""A group named with what it belongs to (``Al-Mourabitoun d'Aqmi``, ``al-Murabitoun
branch of AQIM``) and a group called a movement (``the Boko Haram movement``): the
owner must be one the data has the group pledged to by the date asked, or one its
names hold; the movement's name must be the group's own, not a translation."""

from __future__ import annotations

import pytest

import lineage


@pytest.mark.parametrize(
    ("query", "at", "expected", "why"),
    [
        ("Al-Mourabitoun d'Aqmi", "2016", "al-murabitoun", "pledged to Al Qaeda in the Islamic"),
        ("al-Murabitoun branch of AQIM", "2016-07", "al-murabitoun", "'branch of AQIM' dropped"),
        (
            "al-Murabitoon branch of Al-Qaeda in the Islamic Maghreb (AQIM)",
            "2016-07",
            "al-murabitoun",
            "'(AQIM)' abbreviates the group it belongs to",
        ),
        ("AQIM branch of al-Qaeda", None, "aqim", "pledged to Al Qaeda"),
        ("ISGS faction of the Islamic State", "2016", "isgs", "'faction of the Islamic State'"),
        ("AQIM's Sahara Emirate", None, "aqim-sahara", "naming Al Qaeda in the Islamic Maghreb"),
        ("the Boko Haram movement", None, "boko-haram", "'movement' set aside"),
        ("le mouvement Ansar Dine", None, "ansar-dine", "'movement' set aside"),
        ("Al-Murabitoun movement", None, "al-murabitoun", "'movement' set aside"),
    ],
)
def test_an_owner_or_a_movement_word_beside_a_name(
    lg: lineage.Lineage, query: str, at: str | None, expected: str, why: str
) -> None:
    found = lg.resolve(query, at=at)
    assert found.id == expected
    assert why in found.why


@pytest.mark.parametrize(
    ("query", "at"),
    [
        ("Al-Mourabitoun d'Aqmi", "2013"),  # pledged to AQIM in 2015-12, not before
        ("al-Murabitoun branch of AQIM", "2014"),
        ("AQIM branch of al-Qaeda", "2016"),  # the article dates that pledge only '[..2017]'
        ("Ansar Dine branch of AQIM", None),  # the data has no such pledge
        ("JNIM branch of the Islamic State", None),
        ("Sahara Emirate of the Islamic State", None),
        ("Al Qaeda in Iraq Brigade", None),  # a unit word after a place: no qualifier dropped
        # a translation's words may be another group's: GTD's 'Base Movement'
        ("Base Movement", None),
        ("Sentinels Movement", None),
        ("The Almoravids movement", None),
    ],
)
def test_no_owner_or_movement_the_data_does_not_bear_out(
    lg: lineage.Lineage, query: str, at: str | None
) -> None:
    (found,) = lg.resolve_many([query], at=at)
    assert found.record is None, found.line()
