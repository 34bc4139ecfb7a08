"""One palette: a camp keeps its colour in every figure, and no two camps of one
figure share a colour."""

from __future__ import annotations

import pytest
from matplotlib.axes import Axes

import lineage
from lineage.views.palette import (
    CAMP_COLOURS,
    INDEPENDENT_COLOUR,
    camp_colour,
    camp_colour_map,
)
from lineage.views.plotting import draw

BLUE, RED = CAMP_COLOURS[0], CAMP_COLOURS[1]


def _legend_colours(ax: Axes) -> dict[str, str]:
    """``{camp name: colour}`` read back from the drawn legend's patches."""
    from matplotlib.colors import to_hex

    legend = ax.get_legend()
    assert legend is not None
    return {
        text.get_text().removesuffix(" camp"): to_hex(handle.get_facecolor())
        for text, handle in zip(legend.get_texts(), legend.legend_handles, strict=True)
        if text.get_text().endswith(" camp")
    }


def _lane_colours(ax: Axes, group: str) -> set[str]:
    from matplotlib.colors import to_hex

    return {
        to_hex(tuple(c.get_facecolor()[0]), keep_alpha=False)
        for c in ax.collections
        if (c.get_gid() or "") in (f"lane:{group}", f"fuzz:{group}")
    }


@pytest.mark.parametrize(
    ("camp", "colour", "figures"),
    [
        ("Islamic State", RED, [("boko-haram", "both"), ("iswap", "origins"),
                                ("isgs", "both"), ("mojwa", "both"), (None, "both")]),
        ("Al Qaeda", BLUE, [("jnim", "both"), ("islamic-state", "both"), ("aqim", "both"),
                            ("mojwa", "both"), (None, "both")]),
    ],
)  # fmt: skip
def test_a_camp_has_one_colour_in_every_figure(
    lg: lineage.Lineage, camp: str, colour: str, figures: list[tuple[str | None, str]]
) -> None:
    seen = set()
    for focus, direction in figures:
        ax = draw(lg.graph, focus, direction=direction)
        seen.add(_legend_colours(ax)[camp])
    assert seen == {colour}


def test_the_islamic_states_lanes_are_red_alone_and_beside_al_qaeda(lg: lineage.Lineage) -> None:
    alone = draw(lg.graph, "boko-haram")  # the one camp of the figure
    beside = draw(lg.graph)  # with Al Qaeda's
    assert list(_legend_colours(alone)) == ["Islamic State"]
    assert RED in _lane_colours(alone, "boko-haram")
    assert RED in _lane_colours(beside, "boko-haram")
    assert BLUE not in _lane_colours(alone, "boko-haram")


def test_well_known_camps_by_id_qualified_id_or_name() -> None:
    assert camp_colour("al-qaeda") == camp_colour("groups:al-qaeda") == BLUE
    assert camp_colour("mmp-g21", "Al Qaeda") == BLUE  # MMP's Al Qaeda
    assert camp_colour("mmp-g1", "The Islamic State") == RED
    assert camp_colour("islamic-state") == RED
    assert camp_colour_map({"mmp-g1": "The Islamic State", "mmp-g21": "Al Qaeda"}) == {
        "mmp-g1": RED,
        "mmp-g21": BLUE,
    }


def test_another_camps_colour_depends_on_itself_not_on_the_others() -> None:
    mine = camp_colour("caucasus-emirate")
    assert mine not in (BLUE, RED)
    for others in ([], ["al-qaeda"], ["islamic-state", "al-qaeda"], ["zz-front"]):
        colours = camp_colour_map([*others, "caucasus-emirate"])
        if colours["caucasus-emirate"] != mine:  # only if an earlier camp had it first
            assert mine in {colours[o] for o in others}
    assert camp_colour_map(["b", "a"]) == camp_colour_map(["a", "b"])  # order given is no matter


def test_no_two_camps_of_a_figure_share_a_colour() -> None:
    camps = [f"camp-{i}" for i in range(30)] + ["al-qaeda", "islamic-state", "x:al-qaeda"]
    colours = camp_colour_map(camps)
    assert list(colours) == camps  # in the order given
    assert len(set(colours.values())) == len(camps)
    assert INDEPENDENT_COLOUR not in colours.values()
    assert (colours["al-qaeda"], colours["islamic-state"]) == (BLUE, RED)
    others = [colours[c] for c in camps if c not in ("al-qaeda", "islamic-state")]
    assert BLUE not in others  # blue always means Al Qaeda...
    assert RED not in others  # ...and red the Islamic State
    assert all(len(c) == 7 and c.startswith("#") for c in colours.values())
