"""Hostile-input benchmark: the cycle and chain checks against a linear baseline.

Run:  python bench/hostile.py [--out bench/results/hostile.json]

Each row times lineage's lineage and pledge rules (a group made by its own
offspring, created twice, made before its parent, and pledge cycles) over a
crafted dataset, against a baseline timed in the same run, interleaved with
it: networkx building a DiGraph of the same lineage and pledge edges and
listing its strongly connected components (Tarjan, linear). The ratio is
therefore machine-independent. The full ``check_dataset`` (every rule) is
timed too, and peak memory (tracemalloc) of the rules against the baseline's.

The datasets (``tests/hostile/crafted.py``): a lineage chain of 10,000 groups
(each split from the one before), a pledge chain of 10,000, a dense cycle of
50 groups each made by a merger of the other 49 (2,450 lineage edges) and a
dense pledge cycle of 50 groups each pledged to every other (2,450 pledges).
Before issue 18, the cycle check listed every cycle: 27 s and 1.57 GB for a
10-group merger clique, a MemoryError for 12.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' crafted data

from lineage.check import Checker, check_dataset
from lineage.check.lineage import (
    created_twice,
    lineage_cycles,
    lineage_direction,
    pledge_cycles,
)
from lineage.exceptions import DataError
from lineage.graph import effective_spans
from lineage.io import parse_dataset
from lineage.model import Dataset, Pledge
from tests.hostile import crafted

RULES = (lineage_direction, created_twice, lineage_cycles, pledge_cycles)
CASES: dict[str, Callable[[], dict[str, Any]]] = {
    "lineage chain, 10,000 groups": lambda: crafted.split_chain(10_000),
    "pledge chain, 10,000 groups": lambda: crafted.pledge_chain(10_000),
    "dense lineage cycle, 50 groups": lambda: crafted.merger_clique(50),
    "dense pledge cycle, 50 groups": lambda: crafted.pledge_clique(50),
}


def parse(doc: dict[str, Any]) -> Dataset:
    try:
        return parse_dataset(json.dumps(doc))
    except DataError as exc:  # pragma: no cover - the crafted data are well formed
        raise SystemExit(str(exc)) from None


def edges(ds: Dataset) -> list[tuple[str, str]]:
    found = [pair for e in ds.events for pair in e.lineage_edges()]
    found += [(e.group, e.patron) for e in ds.events if isinstance(e, Pledge)]
    return found


def rules(ds: Dataset, spans: Any) -> list[Any]:
    ck = Checker(ds, verify_quotes=True, spans=spans)
    for rule in RULES:
        rule(ck)
    return ck.problems


def baseline(pairs: list[tuple[str, str]]) -> list[set[str]]:
    G = nx.DiGraph(pairs)
    return [c for c in nx.strongly_connected_components(G) if len(c) > 1]


def interleaved(a: Callable[[], Any], b: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Medians of ``a`` and ``b``, each run ``repeat`` times in turn."""
    ta: list[float] = []
    tb: list[float] = []
    for _ in range(repeat):
        for fn, times in ((a, ta), (b, tb)):
            gc.collect()
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


def peak(fn: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    held = fn()
    top = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del held
    return top


def bench(name: str, make: Callable[[], dict[str, Any]], repeat: int) -> dict[str, Any]:
    ds = parse(make())
    spans = effective_spans(ds)
    pairs = edges(ds)
    t_rules, t_base = interleaved(lambda: rules(ds, spans), lambda: baseline(pairs), repeat)
    t_check, _ = interleaved(lambda: check_dataset(ds, verify_quotes=True), lambda: None, repeat)
    return {
        "case": name,
        "groups": len(ds.groups),
        "events": len(ds.events),
        "edges": len(pairs),
        "problems": len(rules(ds, spans)),
        "rules_s": t_rules,
        "baseline_s": t_base,
        "rules_vs_baseline": t_rules / t_base,
        "check_s": t_check,
        "peak_vs_baseline_peak": peak(lambda: rules(ds, spans)) / peak(lambda: baseline(pairs)),
    }


def table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| case | groups | edges | problems | rules | rules ÷ baseline | whole check "
        "| peak ÷ baseline peak |\n|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    lines = [
        f"| {r['case']} | {r['groups']:,} | {r['edges']:,} | {r['problems']} "
        f"| {r['rules_s'] * 1000:.1f} ms | {r['rules_vs_baseline']:.2f} "
        f"| {r['check_s'] * 1000:.0f} ms | {r['peak_vs_baseline_peak']:.2f} |"
        for r in rows
    ]
    return "\n".join([head, *lines])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="bench/results/hostile.json")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rows = [bench(name, make, args.repeat) for name, make in CASES.items()]
    results = {
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(),
        },
        "rows": rows,
    }
    print(table(rows))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
