"""A second source's account of a synthetic world, with the truth: for identity benchmarks.

:func:`synthesize_twin` describes :func:`~lineage.sources.synth.synthesize`'s
world as a second source would: other ids, names spelt, shortened or
abbreviated otherwise, some groups missing and some others added, dates
looser; with the true pairs, to measure :func:`~lineage.identity.xref.xref`
and combination against.

>>> twin, truth = synthesize_twin(50, seed=1)
>>> len(truth), len(twin["groups"]), sorted(truth)[:2]
(45, 48, [('g0', 't2'), ('g1', 't7')])
"""

from __future__ import annotations

import datetime as dt
import os
import random
from typing import Any

from ..io.files import write_text_atomic
from ..model import PartialDate
from ..names.fold import normalise
from .synth import (
    _CITE,
    _FIRST,
    _REGIONS,
    _SECOND,
    _SPAN_DAYS,
    _SPELLINGS,
    _START,
    _date,
    _plain,
    cite_names,
    compact_json,
    synthesize,
)

__all__ = ["synthesize_twin", "write_synthetic_twin"]

# The twin: a second source's account of the same world (see the module docstring).
_MISSING, _EXTRA = 0.08, 0.06  # shares of groups the twin lacks, and adds
_HOW = ["as is", "unaccented", "el-", "word dropped", "reordered", "acronym only", "respelt"]
_HOW_WEIGHTS = [25, 15, 10, 12, 8, 8, 22]
_FOUNDING = {"kind": "founding", "description": "founding", "citations": _CITE}
_ONE_GROUP = ("group", "parent", "splinter", "absorbed", "into", "patron", "result")
_WHEN = ["{y}", "{y}~", "{y1}~", "{y0}~", "{y}-{m}", "{y}-{m}~", "[..{y1}]", "{y}%"]


def synthesize_twin(
    groups: int, *, seed: int = 0
) -> tuple[dict[str, Any], frozenset[tuple[str, str]]]:
    """``synthesize(groups, seed=seed)`` as another source tells it, and the true pairs.

    About 92% of the groups, as ``t<k>`` (``k`` shuffled), named as sources differ
    (:data:`_HOW`: respelt as in :data:`_SPELLINGS`, a word dropped...), a renamed group
    under one or both names; 6% more, ``x<k>``, named like one of them (its number with
    other words, or its name and a region: "X fī Lībiyā"). Events lose missing groups
    and may have looser dates that hold the original's (the twin validates); renames,
    people and roles are left out. ``truth``: ``(original id, twin id)`` pairs.
    """
    doc = synthesize(groups, seed=seed)
    rng = random.Random(f"twin:{groups}:{seed}")
    kept = [g for g in doc["groups"] if rng.random() >= _MISSING]
    order = rng.sample(range(len(kept)), len(kept))
    ids = {g["id"]: f"t{k}" for g, k in zip(kept, order, strict=True)}
    twins = [_twin_group(rng, g, ids[g["id"]]) for g in kept]
    events = [e for e in (_twin_event(rng, e, ids) for e in doc["events"]) if e]
    twins += _extras(rng, doc["groups"], twins, events)
    rng.shuffle(twins)
    cite_names(twins)
    source = {
        **doc["sources"][0],
        "note": f"lineage.sources.twin.synthesize_twin({groups}, seed={seed})",
    }
    twin = {"sources": [source], "groups": twins, "events": events}
    return twin, frozenset(ids.items())


def _respell(rng: random.Random, name: str, how: str) -> str:
    words = name.split(" ")
    if how == "unaccented":
        return _plain(name)
    if how == "el-":
        return name.replace("al-", "el-")
    if how == "word dropped":
        return " ".join(words[:1] + words[2:] if rng.random() < 0.5 else words[1:])
    if how == "reordered":
        return " ".join([words[1], words[0], *words[2:]])
    if how == "respelt":
        plain = _plain(name)
        for old, new in rng.sample(_SPELLINGS, k=len(_SPELLINGS)):
            if old in plain and (plain == _plain(name) or rng.random() < 0.5):
                plain = plain.replace(old, new)
        return plain
    return name


def _twin_group(rng: random.Random, group: dict[str, Any], tid: str) -> dict[str, Any]:
    """The group as the twin names it (see :func:`synthesize_twin`)."""
    how = rng.choices(_HOW, _HOW_WEIGHTS)[0]
    acronym = next(n["name"] for n in group["names"] if n["kind"] == "acronym")
    if how == "acronym only":
        names = [(acronym, "acronym")]
    else:
        old = [n["name"] for n in group["names"] if "end" in n]  # before a rename
        known = rng.sample([group["name"], *old], k=rng.randint(1, 1 + len(old)))
        names = [(_respell(rng, n, how), "transliteration") for n in known]
        names += [(acronym, "acronym")] * (rng.random() < 0.5)
    listed = {normalise(n): (n, k) for n, k in names}  # each name once
    note = f"synthetic twin: {how}"
    entries = [{"name": n, "kind": k, "note": note} for n, k in listed.values()]
    return {"id": tid, "name": entries[0]["name"], "names": entries}


def _looser(rng: random.Random, text: str) -> str:
    """``text``, or a looser date holding every day it may be."""
    if rng.random() < 0.5:
        return text
    date = PartialDate.parse(text)
    y = date.earliest.year if date.earliest.year > 1 else date.latest.year
    m = f"{date.earliest.month:02d}"
    looser = rng.choice(_WHEN).format(y=y, y0=y - 1, y1=y + 1, m=m)
    wide = PartialDate.parse(looser)
    if wide.earliest <= date.earliest and date.latest <= wide.latest:
        return looser
    return text


def _twin_event(rng: random.Random, event: dict[str, Any], ids: dict[str, str]) -> Any:
    """The event with the twin's ids and looser dates; ``None`` if it names a missing group."""
    fields = [f for f in _ONE_GROUP if f in event]
    if event["kind"] == "rename" or any(event[f] not in ids for f in fields):
        return None
    out = {**event, **{f: ids[event[f]] for f in fields}}
    if "parties" in out:
        out["parties"] = [
            {**p, "group": ids[p["group"]]} for p in out["parties"] if p["group"] in ids
        ]
    if "members" in out:
        out["members"] = [ids[m] for m in out["members"] if m in ids]
    if not out.get("parties", True) or len(out.get("members", "..")) < 2:
        return None
    out["date"] = _looser(rng, out["date"])
    if "end" in out:
        out["end"] = _looser(rng, out["end"])
    return out


def _extras(
    rng: random.Random, originals: list[Any], twins: list[Any], events: list[Any]
) -> list[dict[str, Any]]:
    """Groups the original lacks, each named like one of its groups, and their foundings."""
    taken = {normalise(n["name"]) for g in [*originals, *twins] for n in g["names"]}
    out: list[dict[str, Any]] = []
    for k in range(round(len(originals) * _EXTRA)):
        like = rng.choice(originals)["name"]
        if rng.random() < 0.5:  # other words, its number
            name = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {like.split()[-1].rstrip('R')}"
        else:
            name = f"{like} fī {rng.choice(_REGIONS)}"
        date = _date(rng, _START + dt.timedelta(days=rng.randrange(_SPAN_DAYS)))
        if normalise(name) not in taken:
            taken.add(normalise(name))
            listed = [{"name": name, "kind": "official", "note": "synthetic twin: another group"}]
            out.append({"id": f"x{k}", "name": name, "names": listed})
            events.append({**_FOUNDING, "id": f"x{k}-founding", "date": date, "group": f"x{k}"})
    return out


def write_synthetic_twin(
    groups: int, path: str | os.PathLike[str], *, seed: int = 0
) -> frozenset[tuple[str, str]]:
    """Write :func:`synthesize_twin`'s dataset (compact JSON), atomically; return the truth."""
    twin, truth = synthesize_twin(groups, seed=seed)
    write_text_atomic(path, compact_json(twin))
    return truth
