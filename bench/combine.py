"""Combined load: two datasets read as one vs the sum of their separate loads.

Run:  python bench/combine.py [--groups 10000] [--out bench/results/combine.json]

A synthetic dataset and its perturbed twin (lineage.sources.synth), with the
twin's known truth written as a links file of 'same' judgements, so the
combination merges about 9k groups and corroborates the events both report.
Loads are cold (caches cleared), interleaved, medians of several runs, timed in
the same run: the ratio holds on any machine. Target: combined <= 1.3x the sum.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import lineage
import lineage.model.dates
import lineage.names
from lineage.identity import Link, Links, write_links
from lineage.sources.synth import write_synthetic
from lineage.sources.twin import write_synthetic_twin

TARGET = 1.3


def cold(load: object) -> float:
    lineage.names.normalise.cache_clear()
    lineage.names.loose_key.cache_clear()
    lineage.model.dates._parse.cache_clear()
    t = time.perf_counter()
    result = load()  # type: ignore[operator]
    elapsed = time.perf_counter() - t
    del result
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default="bench/results/combine.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        a, b, links = Path(tmp) / "orig.json", Path(tmp) / "twin.json", Path(tmp) / "links.json"
        write_synthetic(args.groups, a, seed=1)
        truth = write_synthetic_twin(args.groups, b, seed=1)
        today = dt.date(2026, 11, 25)
        judged = [
            Link(
                a=f"orig:{x}",
                b=f"twin:{y}",
                judgement="same",
                note="truth",
                decided_by="bench",
                date=today,
            )  # type: ignore[arg-type]
            for x, y in sorted(truth)
        ]
        write_links(Links(links=tuple(judged)), links)
        times: dict[str, list[float]] = {"a": [], "b": [], "both": []}
        for _ in range(args.runs):
            times["a"].append(cold(lambda: lineage.load(a)))
            times["b"].append(cold(lambda: lineage.load(b)))
            times["both"].append(cold(lambda: lineage.load([a, b], links=[links])))
        both = lineage.load([a, b], links=[links])
        merged = len(both.dataset.groups)
        corroborated = len(both.combined.corroborated) if both.combined else 0
        conflicts = len(both.conflicts())
    med = {k: statistics.median(v) for k, v in times.items()}
    ratio = med["both"] / (med["a"] + med["b"])
    result = {
        "groups": args.groups,
        "true_pairs": len(truth),
        "median_s": med,
        "combined_vs_sum": ratio,
        "target": TARGET,
        "met": ratio <= TARGET,
        "groups_after_merging": merged,
        "events_corroborated": corroborated,
        "conflicts": conflicts,
        "python": sys.version.split()[0],
    }
    print(
        f"{args.groups} groups + twin ({len(truth)} true pairs): separate "
        f"{med['a']:.2f} s + {med['b']:.2f} s, combined {med['both']:.2f} s -> "
        f"x{ratio:.2f} the sum (target <= {TARGET}); {merged} groups after merging, "
        f"{corroborated} events corroborated, {conflicts} conflicts"
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
