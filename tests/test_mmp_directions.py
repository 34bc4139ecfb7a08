"""The direction rules of the MMP importer, one table: what each rule reads, and what
no rule may read (cooperation is not fealty; an undated 'merged with' says no direction)."""

# ruff: noqa: E501  (table rows, like the fixture rows of test_mmp.py, read best unbroken)
from __future__ import annotations

import pytest

from lineage.sources.mmp.directions import RULES, apply_rule, read_direction
from lineage.sources.mmp.names import aliases_for

A, B = "Alpha Front", "Beta Brigade"


def names(description: str) -> dict[str, list[str]]:
    return {"a": aliases_for(A, description), "b": aliases_for(B, description)}


# (rule, description, (first, second)): first is the group that pledged, the splinter,
# the absorbed group or a merger's party; second its patron, parent, continuing group
# or the merger's result.
READS = [
    ("X pledged allegiance to Y", "Beta Brigade pledged allegiance to Alpha Front.", ("b", "a")),
    ("X pledged allegiance to Y", "In 2014, Beta Brigade swore bay'ah to the Alpha Front.", ("b", "a")),
    ("X pledged allegiance to Y", "Beta Brigade swore bay’ah to the Alpha Front.", ("b", "a")),
    ("X pledged allegiance to Y", "The Beta Brigade (BB) declared their allegiance to the Alpha Front.", ("b", "a")),
    ("X pledged allegiance to Y", "Beta Brigade formally pledged allegiance to Alpha Front in 2006.", ("b", "a")),
    ("X pledged allegiance to Y", "The leadership of Beta Brigade has sworn a loyalty oath to the Alpha Front.", ("b", "a")),
    ("X pledged allegiance to Y", "Beta Brigade vows allegiance to Alpha Front.", ("b", "a")),
    ("X pledged allegiance to Y", "Beta Brigade declared its loyalty to Alpha Front.", ("b", "a")),
    ("X's pledge of allegiance to Y", "Beta Brigade's pledge of allegiance to Alpha Front was welcomed.", ("b", "a")),
    ("X is a branch/wing/front/affiliate of Y", "Beta Brigade is a branch of Alpha Front.", ("b", "a")),
    ("X is a branch/wing/front/affiliate of Y", "Beta Brigade was the Yemeni branch of the Alpha Front franchise.", ("b", "a")),
    ("X is a branch/wing/front/affiliate of Y", "Beta Brigade acted as a semi-legal political wing of Alpha Front.", ("b", "a")),
    ("X is a branch/wing/front/affiliate of Y", "Beta Brigade is reportedly an affiliate of Alpha Front.", ("b", "a")),
    ("X is a branch/wing/front/affiliate of Y", "Beta Brigade, a front of the Alpha Front, struck.", ("b", "a")),
    ("X is a branch/wing/front/affiliate of Y", "Beta Brigade was allegedly created to be an affiliate to Alpha Front.", ("b", "a")),
    ("X takes orders from Y", "Beta Brigade takes orders from Alpha Front.", ("b", "a")),
    ("X falls under the umbrella of Y", "Beta Brigade falls under the umbrella of Alpha Front.", ("b", "a")),
    ("X split from Y", "In 2014 Beta Brigade split from Alpha Front.", ("b", "a")),
    ("X split from Y", "Beta Brigade split off from the Alpha Front in 2001.", ("b", "a")),
    ("X split from Y", "The Beta Brigade broke away from the Alpha Front.", ("b", "a")),
    ("X split from Y", "Beta Brigade defected from Alpha Front.", ("b", "a")),
    ("X split from Y", "Beta Brigade splinters from Alpha Front.", ("b", "a")),
    ("X split from Y", "Beta Brigade separated from the Alpha Front.", ("b", "a")),
    ("X split from Y", "Alpha Front was founded in 1990. In 2001 Beta Brigade split from Alpha Front.", ("b", "a")),
    ("X split from Y", "The Alpha Front (AF) grew. In 2001 Beta Brigade split from AF.", ("b", "a")),
    ("X split from Y", "Beta Brigade, made of the Naples wing of the Alpha Front, split from the Alpha Front.", ("b", "a")),
    ("X split from Y", "Beta Brigade split from al-Qaeda.", ("b", "q")),  # hyphen for a space
    ("X left Y", "Beta Brigade left Alpha Front in 1990.", ("b", "a")),
    ("X, a splinter of Y", "The Beta Brigade, a splinter group of the Alpha Front, emerged.", ("b", "a")),
    ("X, a splinter of Y", "Beta Brigade is a splinter of Alpha Front.", ("b", "a")),
    ("X, a splinter of Y", "Beta Brigade formed as a splinter group of the Alpha-Front.", ("b", "a")),
    ("members of Y split to form X", "Members of the Alpha Front decided to split and form the Beta Brigade.", ("b", "a")),
    ("members of Y split to form X", "Alpha Front fighters left to form Beta Brigade.", ("b", "a")),
    ("members of Y split to form X", "Alpha Front fragmented when its members split off to form Beta Brigade.", ("b", "a")),
    ("split from Y to form X", "Its leader left Alpha Front to form a separate group called the Beta Brigade.", ("b", "a")),
    ("split from Y to form X", "Veterans split from the Alpha Front in 1997, forming Beta Brigade.", ("b", "a")),
    ("members of Y formed X", "Members of the Alpha Front (AF) formed the Beta Brigade (BB).", ("b", "a")),
    ("members of Y formed X", "Dissident members of the Alpha Front helped found Beta Brigade.", ("b", "a")),
    ("members of Y formed X", "A breakaway faction of Alpha Front formed the Beta Brigade in 1980.", ("b", "a")),
    ("X merged into Y", "Alpha Front merged into Beta Brigade.", ("a", "b")),
    ("X merged into Y", "Alpha Front merged with Gamma into Beta Brigade.", ("a", "b")),
    ("X merged into Y", "Alpha Front was incorporated into the Beta Brigade.", ("a", "b")),
    ("X merged into Y", "The leaders of Alpha Front fled and merged their groups into Beta Brigade.", ("a", "b")),
    ("X merged into Y", "Alpha Front is believed to have merged into the Beta Brigade.", ("a", "b")),
    ("merged X into Y", "Its leaders officially merged Alpha Front into Beta Brigade.", ("a", "b")),
    ("X joined Y", "Alpha Front formally joined the Beta Brigade.", ("a", "b")),
    ("X joined Y", "After Alpha Front dissolved, some of its members joined Beta Brigade.", ("a", "b")),
    ("Y absorbed X", "Beta Brigade absorbed Alpha Front.", ("a", "b")),
    ("Y absorbed X", "The Beta Brigade absorbed the remaining membership of Alpha Front.", ("a", "b")),
    ("X and Y merged to form Z", "Alpha Front and Gamma merged to form Beta Brigade.", ("a", "b")),
    ("X and Y merged to form Z", "Alpha Front merged into a new organization called Beta Brigade.", ("a", "b")),
    ("X and Y merged to form Z", "Gamma and the Alpha Front merged together into a new organization called Beta Brigade.", ("a", "b")),
    ("Z was formed by the merger of X", "Beta Brigade was formed in 1999 by the merger of Gamma, Alpha Front, and Delta.", ("a", "b")),
]  # fmt: skip

# (MMP type, description): no rule may read a direction here.
READS_NOTHING = [
    ("aff", "Beta Brigade fought alongside Alpha Front."),
    ("aff", "Beta Brigade and Alpha Front claimed the attack."),
    ("aff", "Alpha Front provided Beta Brigade training."),
    ("aff", "Beta Brigade received weapons, training, and financial support from Alpha Front."),
    ("aff", "Beta Brigade pledged support to Alpha Front."),
    ("aff", "Beta Brigade declared support for Alpha Front."),
    ("aff", "Beta Brigade announced its support for the Alpha Front."),
    ("aff", "Beta Brigade was affiliated with the Alpha Front."),
    ("aff", "Beta Brigade and Alpha Front are affiliates."),
    ("aff", "Beta Brigade was designated as linked to Alpha Front."),
    ("aff", "Beta Brigade formally joined Alpha Front as an ally."),  # joining is no fealty
    ("aff", "Beta Brigade may have served as the Genovese branch of Alpha Front."),
    ("aff", "A senior leader of Beta Brigade, Mr X, posted a video declaring allegiance to Alpha Front."),
    ("aff", "Beta Brigade controls many Alpha Front fighters."),
    ("aff", "Beta Brigade received the pledge of Alpha Front."),
    ("aff", "Beta Brigade split from Alpha Front."),  # an aff row is read for fealty only
    ("aff", "They cooperate."),
    ("spl", "Beta Brigade separated itself from Alpha Front."),  # distancing, not a splinter
    ("spl", "Beta Brigade split from a faction of Alpha Front."),  # object not the group
    ("spl", "Alpha Front was founded in 1990. In 2001 Beta Brigade split from it."),
    ("spl", "The BB split from the Alpha Front."),  # two-letter initials are no name
    ("spl", "Trouble between Alpha Front and Beta Brigade."),
    ("spl", "Beta Brigade joined Alpha Front."),  # a spl row is read for splits only
    ("spl", "Alpha Front renounced any affiliation with Beta Brigade."),
    ("mer", "Alpha Front and Beta Brigade merged."),
    ("mer", "Alpha Front merged with Beta Brigade."),
    ("mer", "Alpha Front merged with Beta Brigade to create Gamma."),
    ("mer", "Alpha Front and Gamma merged into Delta; Beta Brigade rejected it."),
    ("mer", "Beta Brigade joined with members of Gamma."),
    ("mer", ""),
]  # fmt: skip


@pytest.mark.parametrize(("rule_name", "description", "expected"), READS)
def test_each_rule_reads_its_phrasings(
    rule_name: str, description: str, expected: tuple[str, str]
) -> None:
    [rule] = [r for r in RULES if r.name == rule_name]
    groups = names(description)
    if "q" in expected:
        groups = {"b": groups["b"], "q": aliases_for("Al Qaeda", description)}
    reading = apply_rule(rule, description, groups)
    assert reading is not None
    assert (reading.first, reading.second) == expected
    assert reading.words in description  # the words, as written
    assert read_direction(rule.type, description, groups)[:3] == (rule.relation, *expected)  # type: ignore[index]


@pytest.mark.parametrize(("mmp_type", "description"), READS_NOTHING)
def test_no_rule_reads_a_direction_that_is_not_stated(mmp_type: str, description: str) -> None:
    assert read_direction(mmp_type, description, names(description)) is None


def test_every_rule_has_examples() -> None:
    assert {name for name, _, _ in READS} == {r.name for r in RULES}


@pytest.mark.parametrize(
    ("description", "hedged"),
    [
        ("Beta Brigade is reportedly an affiliate of Alpha Front.", True),
        ("Beta Brigade is allegedly an affiliate of Alpha Front.", True),
        ("Beta Brigade is an affiliate of Alpha Front.", False),
    ],
)
def test_a_hedged_reading_says_so(description: str, hedged: bool) -> None:
    reading = read_direction("aff", description, names(description))
    assert reading is not None
    assert reading.hedged is hedged


def test_a_name_inside_a_longer_name_is_not_that_group() -> None:
    description = (
        "In 1969 the Provisional Irish Republican Army split from the Irish Republican Army."
    )
    groups = {
        "ira": aliases_for("Irish Republican Army", description),
        "pira": aliases_for("Provisional Irish Republican Army", description),
    }
    reading = read_direction("spl", description, groups)
    assert reading is not None
    assert (reading.first, reading.second) == ("pira", "ira")
