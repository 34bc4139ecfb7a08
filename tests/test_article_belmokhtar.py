"""Issue 19: what a reader of the seed article answers about Belmokhtar, the group he
created (Those Who Sign with Blood) and the group he led (Al Murabitoun).

Each test asks the question through the library and asserts the article's answer:

* "‘Those Who Sign with Blood’, a group created by Belmokhtar after he left AQIM";
* "In 2013 a faction of MOJWA blended with ‘Those Who Sign with Blood’ ... The result
  of this blend was Al Murabitoun, which in 2017 joined JNIM";
* "Al Murabitoun (led by Mokhtar Belmokhtar)";
* "Mokhtar Belmokhtar ... decided to bury the hatchet with Droukdel and to join AQIM
  again in December 2015", and JNIM is "AQIM’s new branch".
"""

from __future__ import annotations

import pytest

import lineage
from lineage import parse_date
from lineage.model import Pledge, Role, holds_at

TWSB = "Those Who Sign with Blood"


def _pledge(lg: lineage.Lineage, eid: str) -> Pledge:
    [event] = [e for e in lg.events if e.id == eid]
    assert isinstance(event, Pledge)
    return event


def _roles(lg: lineage.Lineage, name: str) -> dict[tuple[str, str], Role]:
    return {(r.title, r.group): r for r in lg.roles_of(name)}


# "a group created by Belmokhtar" ------------------------------------------------


def test_who_led_those_who_sign_with_blood(lg: lineage.Lineage) -> None:
    assert [p.id for p in lg.leaders(TWSB)] == ["mokhtar-belmokhtar"]
    assert [p.id for p in lg.leaders(TWSB, at="2012")] == ["mokhtar-belmokhtar"]


def test_who_created_those_who_sign_with_blood(lg: lineage.Lineage) -> None:
    founders = [r for r in lg.roles_of(TWSB) if r.title == "founder"]
    assert [r.person for r in founders] == ["mokhtar-belmokhtar"]
    assert any("a group created by Belmokhtar" in c.quote for c in founders[0].citations)


def test_those_who_sign_with_blood_is_his_from_its_creation_to_the_2013_blend(
    lg: lineage.Lineage,
) -> None:
    roles = _roles(lg, TWSB)
    for title in ("founder", "leader"):
        role = roles[title, "those-who-sign-with-blood"]
        # created after he left AQIM, undated: only "on or before the 2013 blend" is known
        assert (str(role.start), str(role.end)) == ("[..2013]", "2013")
    # the group ended in the blend, so it has no leader after it
    assert lg.leaders(TWSB, at="2014") == []
    # the leadership is a reading of "created by": the note says so
    note = roles["leader", "those-who-sign-with-blood"].note
    assert note is not None
    assert "created" in note
    assert "not stated" in note


# "Al Murabitoun (led by Mokhtar Belmokhtar)" ---------------------------------------


@pytest.mark.parametrize("at", ["2014", "2016", "2016-06", "2017-03-01"])
def test_who_led_al_murabitoun(lg: lineage.Lineage, at: str) -> None:
    assert [p.id for p in lg.leaders("Al Murabitoun", at=at)] == ["mokhtar-belmokhtar"]


def test_al_murabitouns_leader_is_dated_as_loosely_as_the_text(lg: lineage.Lineage) -> None:
    role = _roles(lg, "Al Murabitoun")["leader", "al-murabitoun"]
    # named its leader at the merger into JNIM; the group dates from the 2013 blend
    assert (str(role.start), str(role.end)) == ("[2013..2017-03-02]", "2017-03-02")
    assert any("led by Mokhtar Belmokhtar" in c.quote for c in role.citations)
    assert lg.leaders("Al Murabitoun", at="2017-06") == []  # merged into JNIM


# The years between leaving AQIM and joining it again --------------------------------


def test_what_belmokhtar_did_between_leaving_aqim_and_rejoining_it(
    lg: lineage.Lineage,
) -> None:
    roles = _roles(lg, "Mokhtar Belmokhtar")
    assert set(roles) == {
        ("member", "aqim"),
        ("founder", "those-who-sign-with-blood"),
        ("leader", "those-who-sign-with-blood"),
        ("leader", "al-murabitoun"),
        ("senior member", "aqim"),
    }

    def held(at: str) -> set[tuple[str, str]]:
        when = parse_date(at)
        return {k for k, r in roles.items() if holds_at(r.start, r.end, when)}

    assert held("2014") == {("leader", "al-murabitoun")}
    assert held("2016") == {("leader", "al-murabitoun"), ("senior member", "aqim")}


# "to join AQIM again in December 2015" ----------------------------------------------


@pytest.mark.parametrize(
    ("at", "patrons", "camp"),
    [
        ("2014", [], "al-murabitoun"),
        ("2015-06", [], "al-murabitoun"),
        ("2016-06", ["aqim"], "al-qaeda"),
        ("2016", ["aqim"], "al-qaeda"),
        ("2017-02", ["aqim"], "al-qaeda"),
    ],
)
def test_whom_al_murabitoun_answered_to(
    lg: lineage.Lineage, at: str, patrons: list[str], camp: str
) -> None:
    assert [g.id for g in lg.allegiance("Al Murabitoun", at=at)] == patrons
    found = lg.camp("Al Murabitoun", at=at)
    assert found is not None
    assert found.id == camp


def test_the_return_under_aqim_is_read_from_the_man_and_said_so(lg: lineage.Lineage) -> None:
    pledge = _pledge(lg, "al-murabitoun-pledge-to-aqim")
    assert (pledge.group, pledge.patron, str(pledge.date)) == ("al-murabitoun", "aqim", "2015-12")
    assert pledge.confidence == "medium"
    assert pledge.people == ("mokhtar-belmokhtar",)
    quotes = [c.quote for c in pledge.citations]
    assert any("to join AQIM again in December 2015" in q for q in quotes)
    assert any("led by Mokhtar Belmokhtar" in q for q in quotes)
    assert pledge.note is not None
    assert "speaks of the man" in pledge.note
    # only a high-confidence reading: then the group answers to no one in 2016
    assert lg.allegiance("Al Murabitoun", at="2016", min_confidence="high") == []


def test_the_pledge_ends_when_al_murabitoun_joins_jnim(lg: lineage.Lineage) -> None:
    pledge = _pledge(lg, "al-murabitoun-pledge-to-aqim")
    assert str(pledge.end) == "2017-03-02"
    assert pledge.note is not None
    assert "AQIM’s new branch" in pledge.note
    # the tie to AQIM goes on through JNIM, "AQIM's new branch"
    assert "aqim" in [g.id for g in lg.allegiance("JNIM", at="2017")]
    camp = lg.camp("JNIM", at="2017")
    assert camp is not None
    assert camp.id == "al-qaeda"
    assert "jnim" in [g.id for g in lg.became("Al Murabitoun")]


def test_the_rejoining_event_points_to_the_pledge(lg: lineage.Lineage) -> None:
    [joining] = [e for e in lg.events if e.id == "belmokhtar-rejoins-aqim"]
    assert joining.note is not None
    assert "al-murabitoun-pledge-to-aqim" in joining.note
