"""Benchmark of name resolution in bulk: ``Lineage.resolve_many`` vs rapidfuzz.

Run:  python bench/resolve.py [--names 10000] [--out bench/results/resolve.json]

10,000 names as a column of an event dataset holds them: the real spellings of
tests/test_names_spellings.py (each group's names as analysts, datasets and
designation lists write them), typos of those (a letter dropped, doubled or
swapped), and real groups the data does not hold, shuffled with repeats.

The baseline is the least a did-you-mean lookup costs: one
``rapidfuzz.process.extractOne`` per distinct name against the same list of
names (every name of every group), timed in the same process, interleaved with
ours, median of several runs. ``resolve_many`` does more per distinct name: the
exact, normalised, spelling-rule and shape tiers, then either the explanation
and two runners-up, or the suggestions; lineage's caches are cleared before
each run so every spelling is new to it. Target: at most 3x the baseline.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import process

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import lineage  # noqa: E402
import lineage.names.places  # noqa: E402
import lineage.names.rules  # noqa: E402
import lineage.names.shapes  # noqa: E402
from tests.test_names_spellings import ABSENT, SPELLINGS  # noqa: E402

TARGET = 3.0


def typo(rng: random.Random, text: str) -> str:
    """``text`` with one slip of the keyboard: a letter dropped, doubled or swapped."""
    if len(text) < 4:
        return text + text[-1]
    i = rng.randrange(1, len(text) - 2)
    slip = rng.choice(("drop", "double", "swap"))
    if slip == "drop":
        return text[:i] + text[i + 1 :]
    if slip == "double":
        return text[:i] + text[i] + text[i:]
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def names(count: int, seed: int = 7) -> list[str]:
    """``count`` names: 50% real spellings, 25% typos of them, 25% absent groups."""
    rng = random.Random(seed)
    real = [s.text for s in SPELLINGS]
    absent = [name for name, _ in ABSENT]
    out = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.5:
            out.append(rng.choice(real))
        elif roll < 0.75:
            out.append(typo(rng, rng.choice(real)))
        else:
            out.append(rng.choice(absent))
    return out


def clear_caches() -> None:
    """Forget every spelling lineage has seen (so each run resolves them anew)."""
    lineage.names.rules.clear_caches()
    for cached in (
        lineage.names.normalise,
        lineage.names.loose_key,
        lineage.names.shapes.acronym_spells,
        lineage.names.places.places_in,
        lineage.names.places.all_places_in,
        lineage.names.wording._counted,
    ):
        cached.cache_clear()


HOSTILE = {
    "300 slash-separated 'X (AQIM)' parts": "/".join(f"Group {i} (AQIM)" for i in range(300)),
    "200 owners ('of ... of AQIM')": " of ".join(["Sahara Emirate"] * 200) + " of AQIM",
    "100 nested brackets": "(" * 100 + "AQIM" + ")" * 100,
    "200 unit words": "Katiba " * 200 + "al-Mourabitoun",
    "a 131 KB name": "Islamic State " * 9400,
}
"""Inputs crafted against the shape rules, each timed alone against one extractOne."""


def hostile(lg: lineage.Lineage, choices: list[str], repeat: int) -> list[dict[str, Any]]:
    """Each hostile input: resolve_many on it alone, and one extractOne of it."""
    rows = []
    for label, text in HOSTILE.items():
        ours = [timed(lambda t=text: lg.resolve_many([t]), clear_caches) for _ in range(repeat)]
        base = [timed(lambda t=text: process.extractOne(t, choices)) for _ in range(repeat)]
        ours_s, base_s = statistics.median(ours), statistics.median(base)
        rows.append({"input": label, "chars": len(text), "resolve_s": ours_s,
                     "extractOne_s": base_s, "ratio": ours_s / base_s})  # fmt: skip
        print(f"  {label}: {ours_s * 1e3:.1f} ms, extractOne {base_s * 1e3:.2f} ms")
    return rows


def timed(fn: Callable[[], Any], before: Callable[[], None] = lambda: None) -> float:
    before()
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", default="bench/results/resolve.json")
    args = parser.parse_args()

    lg = lineage.load()
    column = names(args.names)
    distinct = list(dict.fromkeys(column))
    choices = [n.name for g in lg.groups for n in g.all_names()]
    lg.resolve_many(column[:50])  # imports and the rules tier, built once per dataset

    def ours() -> None:
        lg.resolve_many(column)

    def baseline() -> None:
        for name in distinct:
            process.extractOne(name, choices)

    our_times, base_times = [], []
    for _ in range(args.repeat):  # interleaved, so the machine's state cancels out
        our_times.append(timed(ours, clear_caches))
        base_times.append(timed(baseline))
    ours_s, base_s = statistics.median(our_times), statistics.median(base_times)
    found = lg.resolve_many(column)
    kinds = Counter(r.match for r in found)
    result = {
        "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
        "names": len(column),
        "distinct": len(distinct),
        "choices": len(choices),
        "matches": dict(kinds),
        "resolve_many_s": ours_s,
        "extractOne_per_distinct_s": base_s,
        "ratio": ours_s / base_s,
        "target": TARGET,
        "met": ours_s / base_s <= TARGET,
    }
    print(
        f"resolve_many: {len(column)} names ({len(distinct)} distinct) in {ours_s * 1e3:.1f} ms; "
        f"extractOne per distinct name: {base_s * 1e3:.1f} ms; "
        f"x{result['ratio']:.2f} (target <= {TARGET}) {'met' if result['met'] else 'MISSED'}"
    )
    print("matches:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("hostile inputs, each alone:")
    result["hostile"] = hostile(lg, choices, args.repeat)
    out = ROOT / args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
