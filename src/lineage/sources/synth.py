"""Synthetic datasets for benchmarks and scale tests: valid, realistic, deterministic.

:func:`synthesize` makes ``groups`` groups born in order over a century, each
created by a split, a merger or a founding, with about three events per group
in all (splits, mergers, absorptions, renames, pledges, alliances, rivalries),
dates at every precision (day, month, year, circa, "on or before") that
always contain the true day so the dataset validates, several names per
group (accented, unaccented, acronym) and a leader for each.

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
from ..names.fold import strip_accents

__all__ = ["synthesize", "write_synthetic"]

_FIRST = [
    "Jamāʿat",
    "Ansār",
    "Liwāʾ",
    "Katāʾib",
    "Jabhat",
    "Ḥarakat",
    "Jaysh",
    "Sarāyā",
    "Ahl",
    "Nuṣrat",
    "Majlis",
    "Tanẓīm",
]
_SECOND = [
    "al-Furqān",
    "al-Shām",
    "al-Tawḥīd",
    "al-Islām",
    "al-Naṣr",
    "al-Ḥaqq",
    "al-Gharb",
    "al-Sāḥil",
    "al-Fatḥ",
    "al-Muhājirīn",
    "al-Jihād",
    "al-Quds",
]
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
    rng = random.Random(seed)
    out_groups: list[dict[str, Any]] = []
    people: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    alive: list[int] = []  # indices of groups not ended
    busy_until: dict[int, dt.date] = {}  # a group renamed later must not end before then
    step = _SPAN_DAYS / groups

    def eid(kind: str) -> str:
        return f"e{len(events)}-{kind}"

    for i in range(groups):
        day = _START + dt.timedelta(days=int(i * step))
        first, second = rng.choice(_FIRST), rng.choice(_SECOND)
        name = f"{first} {second} {i}"
        acronym = f"{first[0]}{second[4].upper()}-{i}"
        names = [
            {"name": name, "kind": "transliteration", "note": "synthetic"},
            {"name": _plain(name), "kind": "transliteration", "note": "synthetic, unaccented"},
            {"name": acronym, "kind": "acronym", "note": "synthetic"},
        ]
        group: dict[str, Any] = {"id": f"g{i}", "name": name, "names": names}
        out_groups.append(group)
        date = _date(rng, day)

        # how the group came to be
        roll = rng.random()
        if alive and roll < 0.45:
            parent = rng.choice(alive)
            events.append(
                {
                    "kind": "split",
                    "id": eid("split"),
                    "date": date,
                    "description": "split",
                    "citations": _CITE,
                    "parent": f"g{parent}",
                    "splinter": f"g{i}",
                }
            )
        elif len(alive) >= 2 and roll < 0.65:
            parties = rng.sample(alive, k=min(len(alive), rng.choice((2, 2, 3))))
            ended = [p for p in parties if rng.random() < 0.3 and busy_until.get(p, day) <= day]
            events.append(
                {
                    "kind": "merger",
                    "id": eid("merger"),
                    "date": date,
                    "description": "merger",
                    "citations": _CITE,
                    "result": f"g{i}",
                    "parties": [
                        {"group": f"g{p}", **({} if p in ended else {"faction": True})}
                        for p in parties
                    ],
                }
            )
            alive = [a for a in alive if a not in ended]
        else:
            events.append(
                {
                    "kind": "founding",
                    "id": eid("founding"),
                    "date": date,
                    "description": "founding",
                    "citations": _CITE,
                    "group": f"g{i}",
                }
            )
        alive.append(i)

        # a leader
        pid = f"p{i}"
        people.append(
            {
                "id": pid,
                "name": f"Abū {rng.choice(_PEOPLE)} {rng.choice(_PLACES)} {i}",
                "names": [{"name": f"Abu {i}", "kind": "nickname", "note": "synthetic"}],
            }
        )
        roles.append(
            {
                "id": f"r{i}",
                "person": pid,
                "group": f"g{i}",
                "title": "leader",
                "start": date,
                "citations": _CITE,
            }
        )

        # what it does later, dated on its own birth day (all parties exist by then)
        if len(alive) >= 2:
            other = rng.choice(alive[:-1])
            roll = rng.random()
            if roll < 0.7:
                end = None
                if rng.random() < 0.3:
                    end = f"{day.year + rng.randint(1, 10):04d}"
                events.append(
                    {
                        "kind": "pledge",
                        "id": eid("pledge"),
                        "date": date,
                        "description": "pledge",
                        "citations": _CITE,
                        "group": f"g{i}",
                        "patron": f"g{other}",
                        **({"end": end} if end else {}),
                    }
                )
            if rng.random() < 0.6:
                kind = "alliance" if rng.random() < 0.6 else "rivalry"
                events.append(
                    {
                        "kind": kind,
                        "id": eid(kind),
                        "date": date,
                        "description": kind,
                        "citations": _CITE,
                        "members": [f"g{other}", f"g{i}"],
                    }
                )
            if rng.random() < 0.15 and other != i:
                # an older group's faction joins this one (lineage, not creation)
                events.append(
                    {
                        "kind": "split",
                        "id": eid("split"),
                        "date": date,
                        "description": "faction joins",
                        "citations": _CITE,
                        "parent": f"g{other}",
                        "splinter": f"g{i}",
                        "splinter_is_new": False,
                    }
                )
            if rng.random() < 0.12 and len(alive) > 3:
                absorbed = rng.choice(alive[:-2])
                if absorbed != other and busy_until.get(absorbed, day) <= day:
                    events.append(
                        {
                            "kind": "absorption",
                            "id": eid("absorption"),
                            "date": date,
                            "description": "absorption",
                            "citations": _CITE,
                            "absorbed": f"g{absorbed}",
                            "into": f"g{i}",
                        }
                    )
                    alive.remove(absorbed)
        if rng.random() < 0.25:
            # renamed a little later: the old name ends, a new one starts
            later = day + dt.timedelta(days=rng.randint(30, 3000))
            when = f"{later.year:04d}"
            new = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {i}R"
            group["name"] = new
            names[0]["end"] = when
            names[1]["end"] = when
            names.append({"name": new, "kind": "official", "start": when, "note": "synthetic"})
            busy_until[i] = dt.date(later.year + 1, 1, 1)
            if i in alive:
                events.append(
                    {
                        "kind": "rename",
                        "id": eid("rename"),
                        "date": when,
                        "description": "rename",
                        "citations": _CITE,
                        "group": f"g{i}",
                        "previous_name": name,
                        "new_name": new,
                    }
                )
    return {
        "sources": [
            {
                "id": "synthetic",
                "title": "Synthetic data",
                "url": "https://example.invalid/lineage-synthetic",
                "note": f"lineage.synth.synthesize({groups}, seed={seed})",
            }
        ],
        "groups": out_groups,
        "people": people,
        "roles": roles,
        "events": events,
    }


def write_synthetic(groups: int, path: str | os.PathLike[str], *, seed: int = 0) -> None:
    """Write a synthetic dataset file (compact JSON), atomically."""
    text = json.dumps(synthesize(groups, seed=seed), ensure_ascii=False, separators=(",", ":"))
    write_text_atomic(path, text + "\n")
