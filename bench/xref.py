"""xref benchmark: two synthetic datasets of one world, against all-pairs name matching.

Run:  python bench/xref.py [--groups 10000] [--seed 1] [--runs 5] [--out bench/results/xref.json]

The original is ``synthesize(groups, seed)``; the other its twin,
``synthesize_twin(groups, seed)``: the same world as another source tells it
(other ids and spellings, groups missing and added, looser dates), with the
true pairs known. Figures, as in bench/run.py, are ratios to a baseline timed
in the same process, interleaved with it, medians of ``--runs``:

* time: ``xref(original, twin)`` (blocking, then names, dates and neighbours
  of the pairs blocked) vs one all-pairs ``rapidfuzz.process.cdist`` of the
  two datasets' canonical names, normalised (``normalise``, as xref's names
  are; rapidfuzz's default scorer and one worker, as xref has one) -- which
  only compares the names. Target: ratio <= 1.0. Each xref run starts with
  the name caches emptied, as a user's first run does.
* quality against the truth: precision and recall of the candidates scoring
  above the default threshold (``DEFAULT_ACCEPT``), and above the threshold
  that gives the best F1; and of the links ``candidates_to_links`` writes at
  the default (one link per record). Targets: precision >= 0.99, recall >= 0.95.
* work: the pairs xref scored against all pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import process

import lineage.identity.profiles
import lineage.names
from lineage import Dataset
from lineage.identity.xref import DEFAULT_ACCEPT, Candidate, candidates_to_links, xref
from lineage.names import normalise_uncached
from lineage.sources.synth import synthesize
from lineage.sources.twin import synthesize_twin

TARGETS = {"time_ratio": 1.0, "precision": 0.99, "recall": 0.95}
A, B = "synthetic", "twin"


def clear_caches() -> None:
    lineage.names.normalise.cache_clear()
    lineage.names.loose_key.cache_clear()
    lineage.identity.profiles._fold.cache_clear()


def ours(a: Dataset, b: Dataset) -> list[Candidate]:
    clear_caches()
    return xref(a, b, a_name=A, b_name=B, min_score=0.0)


def baseline(a: Dataset, b: Dataset) -> Any:
    names_a = [normalise_uncached(g.name) for g in a.groups]
    names_b = [normalise_uncached(g.name) for g in b.groups]
    return process.cdist(names_a, names_b)


def interleaved(runs: int, **fns: Callable[[], Any]) -> dict[str, float]:
    """Median seconds of each function, run in turn ``runs`` times (order alternating)."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for r in range(runs):
        order = list(fns.items())
        for name, fn in order if r % 2 == 0 else reversed(order):
            t = time.perf_counter()
            result = fn()
            times[name].append(time.perf_counter() - t)
            del result
    return {name: statistics.median(ts) for name, ts in times.items()}


def quality(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> dict[str, float]:
    hits = len(found & truth)
    return {
        "precision": hits / len(found) if found else 1.0,
        "recall": hits / len(truth),
        "false_positives": len(found) - hits,
        "false_negatives": len(truth) - hits,
    }


def best_threshold(candidates: list[Candidate], truth: set[tuple[str, str]]) -> dict[str, Any]:
    """The threshold (accepting scores above it) with the best F1, and its figures."""
    best: dict[str, Any] = {"f1": -1.0}
    hits = 0
    ranked = sorted(candidates, key=lambda c: -c.score)
    for k, c in enumerate(ranked):
        hits += (c.a, c.b) in truth
        if k + 1 < len(ranked) and ranked[k + 1].score == c.score:
            continue  # a threshold accepts every candidate of one score, or none
        precision, recall = hits / (k + 1), hits / len(truth)
        f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
        if f1 > best["f1"]:
            below = ranked[k + 1].score if k + 1 < len(ranked) else 0.0
            best = {"f1": f1, "threshold": below, "precision": precision, "recall": recall}
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default="bench/results/xref.json")
    args = parser.parse_args()
    a = Dataset.model_validate(synthesize(args.groups, seed=args.seed))
    twin, pairs = synthesize_twin(args.groups, seed=args.seed)
    b = Dataset.model_validate(twin)
    truth = {(f"{A}:{x}", f"{B}:{y}") for x, y in pairs}
    ours(a, b)  # warm the imports (rapidfuzz's scorers, lineage's modules)
    med = interleaved(args.runs, xref=lambda: ours(a, b), cdist=lambda: baseline(a, b))
    candidates = ours(a, b)
    all_pairs = len(a.groups) * len(b.groups)
    default = {(c.a, c.b) for c in candidates if c.score > DEFAULT_ACCEPT}
    links = candidates_to_links(
        candidates, accept_above=DEFAULT_ACCEPT, decided_by="bench", date="2026-01-01"
    )
    result: dict[str, Any] = {
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "groups": [len(a.groups), len(b.groups)],
        "true_pairs": len(truth),
        "runs": args.runs,
        "median_s": med,
        "time_ratio": med["xref"] / med["cdist"],
        "pairs_scored": len(candidates),
        "all_pairs": all_pairs,
        "pairs_scored_share": len(candidates) / all_pairs,
        "default_threshold": DEFAULT_ACCEPT,
        "at_default": quality(default, truth),
        "links_at_default": quality({(k.a, k.b) for k in links.links}, truth),
        "at_best": best_threshold(candidates, truth),
    }
    result["targets"] = targets(result)
    report(result)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


def targets(result: dict[str, Any]) -> dict[str, Any]:
    got = {
        "time_ratio": result["time_ratio"],
        "precision@default": result["at_default"]["precision"],
        "recall@default": result["at_default"]["recall"],
        "precision@best": result["at_best"]["precision"],
        "recall@best": result["at_best"]["recall"],
    }
    out = {}
    for key, value in got.items():
        target = TARGETS[key.split("@")[0]]
        met = value <= target if key == "time_ratio" else value >= target
        out[key] = {"value": value, "target": target, "met": met}
    return out


def report(result: dict[str, Any]) -> None:
    med, d, best = result["median_s"], result["at_default"], result["at_best"]
    print(
        f"xref {result['groups'][0]} x {result['groups'][1]} groups: {med['xref']:.3f}s vs "
        f"cdist {med['cdist']:.3f}s (x{result['time_ratio']:.2f}); scored "
        f"{result['pairs_scored']:,} of {result['all_pairs']:,} pairs "
        f"({result['pairs_scored_share']:.5%})"
    )
    print(
        f"above {result['default_threshold']}: precision {d['precision']:.4f} recall "
        f"{d['recall']:.4f} ({d['false_positives']} false, {d['false_negatives']} missed); "
        f"best F1 above {best['threshold']:.3f}: precision {best['precision']:.4f} "
        f"recall {best['recall']:.4f}"
    )
    for key, t in result["targets"].items():
        bound = "<=" if key == "time_ratio" else ">="
        met = "met   " if t["met"] else "MISSED"
        print(f"{met}  {key}: {t['value']:.4f} (target {bound} {t['target']})")


if __name__ == "__main__":
    main()
