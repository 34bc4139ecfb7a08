"""A name written without its word for group (``Tawhid and Jihad`` for Zarqawi's
``Tawhid and Jihad Group``) resolves only when the query gives a date and one group
bore such a name within it. And a short name two groups bore at different times
(``Tawhid wal Jihad``: Zarqawi's group to 2004, MUJAO in 2011-13; ``Katibat
al-Murabitoun``) is ambiguous undated, and the one that bore it when a date is
given."""

from __future__ import annotations

import pytest

import lineage
from lineage.names.group_word import short_keys

from .build import group
from .build import lineage as make


@pytest.mark.parametrize(
    ("query", "at", "expected"),
    [
        ("Tawhid and Jihad", "2004-09", "islamic-state"),  # 'Tawhid and Jihad Group'
        ("Ahl as-Sunnah lid-Da’wah wa’l-Jihad", "2021", "boko-haram"),
    ],
)
def test_a_dated_name_without_its_group_word(
    lg: lineage.Lineage, query: str, at: str, expected: str
) -> None:
    found = lg.resolve(query, at=at)
    assert found.id == expected
    assert "without its word for group" in found.why


@pytest.mark.parametrize(
    ("query", "at"),
    [
        ("Tawhid and Jihad", None),
        ("Tawhid and Jihad", "2006"),
        ("Ahl as-Sunnah lid-Da’wah wa’l-Jihad", None),
        ("Nusrat al-Muslimin", "2018"),  # not what is left of a name
    ],
)
def test_no_short_name_without_a_date_that_says_whose(
    lg: lineage.Lineage, query: str, at: str | None
) -> None:
    (found,) = lg.resolve_many([query], at=at)
    assert found.record is None, found.line()


def test_two_groups_so_called_within_the_date_make_no_match() -> None:
    named = [
        {"name": "Jama'at al-Ansar wal-Jihad", "kind": "official", "start": "2010", "note": "n"},
    ]
    two = make(
        [
            group("a", "Group A", names=named),
            group("b", "Group B", names=[{**named[0], "name": "Ansar wal Jihad Group"}]),
        ]
    )
    (found,) = two.resolve_many(["Ansar wal Jihad"], at="2012")
    assert found.record is None, found.line()
    (found,) = two.resolve_many(["Ansar wal Jihad"], at="2005")  # neither bore it yet
    assert found.record is None, found.line()
    one = make([group("a", "Group A", names=named)])
    assert one.resolve("Ansar wal Jihad", at="2012").id == "a"


def test_short_keys_need_a_name_of_two_words_left() -> None:
    assert short_keys("Jama'at al-Jihad") == frozenset()
    assert short_keys("Groupe Salafiste pour la Prédication et le Combat") != frozenset()


@pytest.mark.parametrize(
    ("query", "at", "expected"),
    [
        ("Tawhid wal Jihad", "2004", "islamic-state"),  # borne to 2004-10: within 2004
        ("al-Tawhid wal Jihad", "2004-06", "islamic-state"),
        ("Tawhid wal Jihad", "2012", "mojwa"),
        ("al-Tawhid wal-Jihad", "2012", "mojwa"),  # the exact spelling is Zarqawi's
        ("Tawhid wal Jihad", None, None),  # both bore it: ambiguous
        ("al-Tawhid wal-Jihad", None, None),
        ("Tawhid wal Jihad", "2005", None),  # neither then
        # a place only one of them was in says which
        ("Al-Tawhid Wal-Jihad en Afrique de l’Ouest", None, "mojwa"),
        ("Tawhid wal Jihad in Mali", None, "mojwa"),
        ("Tawhid wal Jihad in Iraq", None, None),  # the Islamic State's region is not recorded
        # Belmokhtar's al-Murabitoun, a brigade from 2013 and an AQIM katiba from 2015-12;
        # al-Sahrawi's faction, 'Katibat Murabitoon' to the Islamic State from 2016-10
        ("Al-Murabitoun brigade", "2014", "al-murabitoun"),
        ("Al-Murabitoun brigade", None, None),
        ("Katibat al-Mourabitoun", "2016", None),  # both then
        ("katiba Al-Mourabitoune", None, None),
    ],
)
def test_a_name_two_groups_bore_at_two_times(
    lg: lineage.Lineage, query: str, at: str | None, expected: str | None
) -> None:
    (found,) = lg.resolve_many([query], at=at)
    assert (found.record.id if found.record else None) == expected, found.line()
    if expected is None and at is None:
        assert found.match == "ambiguous"
