"""Synthetic datasets for benchmarks and scale tests: valid, realistic, deterministic.

:func:`synthesize` makes ``groups`` groups born in order over a century, each
created by a split, a merger or a founding, with about three events per group
in all (splits, mergers, absorptions, renames, pledges, alliances, rivalries),
dates at every precision (day, month, year, circa, "on or before") that
always contain the true day so the dataset validates, several names per
group (accented, unaccented, acronym) and a leader for each.

:func:`~lineage.sources.twin.synthesize_twin` describes the same world as a
second source would, with the true pairs (:mod:`lineage.sources.twin`).

>>> doc = synthesize(50, seed=1)
>>> len(doc["groups"]), 100 <= len(doc["events"]) <= 200
(50, True)
>>> synthesize(50, seed=1) == doc
True
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
from typing import Any

from ..io.files import write_text_atomic
from ..names.fold import normalise, strip_accents

__all__ = ["cite_names", "compact_json", "synthesize", "write_synthetic"]

# fmt: off
_FIRST = [
    "Jamāʿat", "Ansār", "Liwāʾ", "Katāʾib", "Jabhat", "Ḥarakat", "Jaysh", "Sarāyā", "Ahl",
    "Nuṣrat", "Majlis", "Tanẓīm",
]
_SECOND = [
    "al-Furqān", "al-Shām", "al-Tawḥīd", "al-Islām", "al-Naṣr", "al-Ḥaqq", "al-Gharb", "al-Sāḥil",
    "al-Fatḥ", "al-Muhājirīn", "al-Jihād", "al-Quds",
]
_REGIONS = [  # for the twin's other groups: "X fī Lībiyā"
    "Lībiyā", "Tūnis", "Sīnāʾ", "Miṣr", "al-Yaman", "al-ʿIrāq", "Khurāsān", "al-Hind", "al-Ṣūmāl",
    "Mālī", "Nījīriyā", "al-Jazāʾir", "Filasṭīn", "Lubnān", "Sūriyā", "Kashmīr", "Dāghistān",
    "Shīshān",
]
_SPELLINGS = [  # how the twin respells a name
    ("q", "k"), ("J", "Dj"), ("sh", "ch"), ("u", "ou"), ("i", "ee"), ("'", ""), ("al-", "al "),
    ("aa", "a"), ("Kh", "H"), ("kh", "k"),
]
# fmt: on
_PEOPLE = ["ʿAbd al-Raḥmān", "Muḥammad", "Yūsuf", "Ibrāhīm", "ʿUmar", "Khālid", "Ḥamza", "Mūsā"]
_PLACES = ["al-Ṣaḥrāwī", "al-Barnāwī", "al-Maghribī", "al-Tūnisī", "al-Lībī", "al-Mālī"]
_START = dt.date(1920, 1, 1)
_SPAN_DAYS = 100 * 365
_CITE = [{"source": "synthetic", "quote": "synthetic"}]


def _plain(text: str) -> str:
    return strip_accents(text).replace("ʿ", "'").replace("ʾ", "'")


def _date(rng: random.Random, day: dt.date) -> str:
    """A partial date that contains ``day``, at a random precision."""
    roll = rng.random()
    if roll < 0.35:
        return day.isoformat()
    if roll < 0.65:
        return f"{day.year:04d}-{day.month:02d}"
    if roll < 0.85:
        return f"{day.year:04d}"
    if roll < 0.95:
        return f"{day.year:04d}~"
    return f"[..{day.year:04d}]"


def synthesize(groups: int, *, seed: int = 0) -> dict[str, Any]:
    """A valid dataset (as JSON-ready data) with ``groups`` groups; same seed, same data."""
    if groups < 1:
        raise ValueError("groups must be at least 1 — ask for one group or more")
    world = _World(random.Random(seed))
    step = _SPAN_DAYS / groups
    for i in range(groups):
        world.add_group(i, _START + dt.timedelta(days=int(i * step)))
    cite_names([*world.groups, *world.people])
    return {
        "sources": [
            {
                "id": "synthetic",
                "title": "Synthetic data",
                "url": "https://example.invalid/lineage-synthetic",
                "note": f"lineage.synth.synthesize({groups}, seed={seed})",
            }
        ],
        "groups": world.groups,
        "people": world.people,
        "roles": world.roles,
        "events": world.events,
    }


def compact_json(doc: object) -> str:
    """A dataset as compact JSON text, one line (a synthetic file is for machines)."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def cite_names(records: list[dict[str, Any]]) -> None:
    """Every listed name cites the synthetic source, as every name must cite one."""
    for record in records:
        for name in record["names"]:
            name.setdefault("citations", [{"source": "synthetic", "quote": name["name"]}])


class _World:
    """The groups, people, roles and events made so far, and who is still alive.

    Every random draw goes through ``rng`` in a fixed order, so a seed gives
    one dataset: the methods below must keep the order of their draws.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.groups: list[dict[str, Any]] = []
        self.people: list[dict[str, Any]] = []
        self.roles: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.alive: list[int] = []  # indices of groups not ended
        self.busy_until: dict[int, dt.date] = {}  # renamed later: must not end before then

    def event(self, kind: str, date: str, description: str, **fields: Any) -> None:
        """Append an event; its id counts the events made before it."""
        self.events.append(
            {
                "kind": kind,
                "id": f"e{len(self.events)}-{kind}",
                "date": date,
                "description": description,
                "citations": _CITE,
                **fields,
            }
        )

    def free(self, g: int, day: dt.date) -> bool:
        """Whether group ``g`` may end on ``day`` (no later rename depends on it)."""
        return self.busy_until.get(g, day) <= day

    def add_group(self, i: int, day: dt.date) -> None:
        """Group ``i``, born on ``day``: its names, origin, leader, acts and rename."""
        rng = self.rng
        first, second = rng.choice(_FIRST), rng.choice(_SECOND)
        name = f"{first} {second} {i}"
        names = [{"name": name, "kind": "transliteration", "note": "synthetic"}]
        plain = _plain(name)
        if normalise(plain) != normalise(name):  # else one name to lineage: listed once
            names.append(
                {"name": plain, "kind": "transliteration", "note": "synthetic, unaccented"}
            )
        names.append(
            {"name": f"{first[0]}{second[4].upper()}-{i}", "kind": "acronym", "note": "synthetic"}
        )
        group: dict[str, Any] = {"id": f"g{i}", "name": name, "names": names}
        self.groups.append(group)
        date = _date(rng, day)
        self.origin(i, day, date)
        self.alive.append(i)
        self.leader(i, date)
        if len(self.alive) >= 2:
            self.later_acts(i, day, date)
        if rng.random() < 0.25:
            self.rename(i, day, group)

    def origin(self, i: int, day: dt.date, date: str) -> None:
        """How group ``i`` came to be: a split, a merger or a founding."""
        rng, alive = self.rng, self.alive
        roll = rng.random()
        if alive and roll < 0.45:
            parent = rng.choice(alive)
            self.event("split", date, "split", parent=f"g{parent}", splinter=f"g{i}")
        elif len(alive) >= 2 and roll < 0.65:
            parties = rng.sample(alive, k=min(len(alive), rng.choice((2, 2, 3))))
            ended = [p for p in parties if rng.random() < 0.3 and self.free(p, day)]
            self.event(
                "merger",
                date,
                "merger",
                result=f"g{i}",
                parties=[
                    {"group": f"g{p}", **({} if p in ended else {"faction": True})} for p in parties
                ],
            )
            self.alive = [a for a in alive if a not in ended]
        else:
            self.event("founding", date, "founding", group=f"g{i}")

    def leader(self, i: int, date: str) -> None:
        """A leader of group ``i`` from its start."""
        rng, pid = self.rng, f"p{i}"
        self.people.append(
            {
                "id": pid,
                "name": f"Abū {rng.choice(_PEOPLE)} {rng.choice(_PLACES)} {i}",
                "names": [{"name": f"Abu {i}", "kind": "nickname", "note": "synthetic"}],
            }
        )
        self.roles.append(
            {
                "id": f"r{i}",
                "person": pid,
                "group": f"g{i}",
                "title": "leader",
                "start": date,
                "citations": _CITE,
            }
        )

    def later_acts(self, i: int, day: dt.date, date: str) -> None:
        """What group ``i`` does later, dated on its own birth day (all parties exist by then)."""
        rng = self.rng
        other = rng.choice(self.alive[:-1])
        if rng.random() < 0.7:
            end = None
            if rng.random() < 0.3:
                end = f"{day.year + rng.randint(1, 10):04d}"
            extra = {"end": end} if end else {}
            self.event("pledge", date, "pledge", group=f"g{i}", patron=f"g{other}", **extra)
        if rng.random() < 0.6:
            kind = "alliance" if rng.random() < 0.6 else "rivalry"
            self.event(kind, date, kind, members=[f"g{other}", f"g{i}"])
        if rng.random() < 0.15 and other != i:
            # an older group's faction joins this one (lineage, not creation)
            self.event(
                "split",
                date,
                "faction joins",
                parent=f"g{other}",
                splinter=f"g{i}",
                splinter_is_new=False,
            )
        if rng.random() < 0.12 and len(self.alive) > 3:
            absorbed = rng.choice(self.alive[:-2])
            if absorbed != other and self.free(absorbed, day):
                self.event("absorption", date, "absorption", absorbed=f"g{absorbed}", into=f"g{i}")
                self.alive.remove(absorbed)

    def rename(self, i: int, day: dt.date, group: dict[str, Any]) -> None:
        """Group ``i`` renamed a little later: the old name ends, a new one starts."""
        rng, names, old = self.rng, group["names"], group["name"]
        later = day + dt.timedelta(days=rng.randint(30, 3000))
        when = f"{later.year:04d}"
        new = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {i}R"
        group["name"] = new
        for listed in names:
            if listed["kind"] == "transliteration":
                listed["end"] = when
        names.append({"name": new, "kind": "official", "start": when, "note": "synthetic"})
        self.busy_until[i] = dt.date(later.year + 1, 1, 1)
        if i in self.alive:
            self.event("rename", when, "rename", group=f"g{i}", previous_name=old, new_name=new)


def write_synthetic(groups: int, path: str | os.PathLike[str], *, seed: int = 0) -> None:
    """Write a synthetic dataset file (compact JSON), atomically."""
    write_text_atomic(path, compact_json(synthesize(groups, seed=seed)))
