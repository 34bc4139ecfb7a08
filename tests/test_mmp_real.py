"""Directions never guessed, checked on MMP's real files (skipped when they are absent).

Done when: the Islamic State's camp in 2005 is Al Qaeda (or itself), never a
group that pledged to Al Qaeda; Al Qaeda pledged to no one in 2005; no event
makes Al Qaeda a splinter of the Islamic State; AQIM's 2006 pledge to Al Qaeda
stays a directed pledge; the import validates and accounts for every row.
"""

from __future__ import annotations

import pytest

import lineage
from lineage import Lineage, import_mmp
from lineage.sources.mmp.judgements import load_judgements

from .conftest import ROOT

MMP = ROOT.parent / "shared" / "mmp"
REL, KEY = MMP / "Militant-Group-Relationships-clean.csv", MMP / "Militant-Group-Key.csv"
HOW = (
    "direction from the description: '",
    "direction from judgement ",
    "MMP does not say which way",
)
HOW_KEYS = ("rules", "judgements", "undirected")


@pytest.fixture(scope="module")
def imported() -> tuple[lineage.Dataset, lineage.ImportReport, Lineage]:
    if not (REL.exists() and KEY.exists()):
        pytest.skip("the MMP files are not in ../shared/mmp")
    dataset, report = import_mmp(REL, KEY)
    return dataset, report, Lineage(dataset)  # the import validates


def test_the_islamic_state_was_in_al_qaedas_camp_in_2005(
    imported: tuple[lineage.Dataset, lineage.ImportReport, Lineage],
) -> None:
    lg = imported[2]
    camp = lg.camp("The Islamic State", at="2005")
    assert camp is not None
    assert camp.name in {"Al Qaeda", "The Islamic State"}
    pledged_to_aq = {
        e.group  # type: ignore[attr-defined]
        for e in lg.dataset.events
        if e.kind == "pledge" and e.patron == lg.group("Al Qaeda").id  # type: ignore[attr-defined]
    }
    assert camp.id not in pledged_to_aq


def test_the_islamic_states_pledge_ended_when_al_qaeda_renounced_it(
    imported: tuple[lineage.Dataset, lineage.ImportReport, Lineage],
) -> None:
    lg = imported[2]
    assert lg.camp("The Islamic State", at="2013") == lg.group("Al Qaeda")
    assert lg.camp("The Islamic State", at="2015") == lg.group("The Islamic State")
    assert "The Islamic State" not in {g.name for g in lg.camps("2015")["Al Qaeda"]}


def test_al_qaeda_pledged_to_no_one_in_2005(
    imported: tuple[lineage.Dataset, lineage.ImportReport, Lineage],
) -> None:
    assert list(imported[2].allegiance("Al Qaeda", at="2005")) == []


def test_al_qaeda_is_no_splinter_of_the_islamic_state(
    imported: tuple[lineage.Dataset, lineage.ImportReport, Lineage],
) -> None:
    lg = imported[2]
    aq, state = lg.group("Al Qaeda").id, lg.group("The Islamic State").id
    for e in lg.timeline("Al Qaeda"):
        if e.kind == "split":
            assert (e.parent, e.splinter) != (state, aq)  # type: ignore[attr-defined]
    assert state not in {g.id for g in lg.origins("Al Qaeda")}


def test_aqims_pledge_to_al_qaeda_stays_directed(
    imported: tuple[lineage.Dataset, lineage.ImportReport, Lineage],
) -> None:
    lg = imported[2]
    [event] = [e for e in lg.dataset.events if e.id == "mmp-r647"]
    assert event.kind == "pledge"
    assert (event.group, event.patron) == (  # type: ignore[attr-defined]
        lg.group("Al Qaeda in the Islamic Maghreb").id,
        lg.group("Al Qaeda").id,
    )
    assert str(event.date) == "2006"
    assert "direction from the description: 'AQIM formally pledged allegiance" in (event.note or "")
    assert [g.name for g in lg.allegiance("Al Qaeda in the Islamic Maghreb", at="2007")] == [
        "Al Qaeda"
    ]


def test_every_row_is_accounted_for_and_every_judgement_used(
    imported: tuple[lineage.Dataset, lineage.ImportReport, Lineage],
) -> None:
    report = imported[1]
    assert report.rows == 638
    assert len(report.row_to_event) == 638
    assert "every row accounted for: True" in report.summary()
    assert report.judgements_unused == []
    assert report.judgements_applied == len(load_judgements())
    assert sum(report.directions[t][k] for t in ("aff", "spl", "mer") for k in HOW_KEYS) == 276
    directed = {t: c["rules"] + c["judgements"] for t, c in report.directions.items()}
    assert directed["aff"] >= 20
    assert report.directions["aff"]["undirected"] >= 90  # most aff rows state no fealty
    assert directed["spl"] >= 70
    assert directed["mer"] >= 40


def test_every_event_of_an_undirected_type_says_how_its_direction_was_decided(
    imported: tuple[lineage.Dataset, lineage.ImportReport, Lineage],
) -> None:
    dataset = imported[0]
    for e in dataset.events:
        if e.kind in ("alliance", "rivalry"):
            continue
        assert any(h in (e.note or "") for h in HOW), e.id
        assert "MMP order" not in (e.note or "")
        if e.kind == "undirected":
            assert e.relation in ("affiliation", "split", "merger")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        ("553", "undirected"),  # JI contacts al-Qaeda: no pledge
        ("555", "undirected"),  # Haqqani hosts al-Qaeda: no pledge
        ("583", "undirected"),  # bombings claimed by JI and al-Qaeda
        ("721", "undirected"),  # an 'alliance' between al-Qaeda and the IMU
        ("1987", "undirected"),  # the LIFG 'rumored' to have joined AQ 'as an ally'
        ("1803", "undirected"),  # AQ renounced affiliation with IS: no splinter named
        ("567", "undirected"),  # the Taliban 'separated itself' from an ally
        ("265", "pledge"),  # Zarqawi 'formally joined Al Qaeda' (judgement)
        ("1641", "pledge"),  # 'Al Shabaab officially pledged allegiance to Al Qaeda'
        ("1737", "split"),  # the GSPC split from the GIA (judgement)
    ],
)
def test_rows_read_as_their_words_say(
    imported: tuple[lineage.Dataset, lineage.ImportReport, Lineage], row: str, kind: str
) -> None:
    dataset, report, _ = imported
    [event] = [e for e in dataset.events if e.id == report.row_to_event[row]]
    assert event.kind == kind
