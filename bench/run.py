"""lineage benchmarks: medians and ratios against baselines measured in the same run.

Run:  python bench/run.py [--sizes 1000,10000,100000] [--out bench/results/latest.json]

Every figure is a ratio to a baseline timed in the same process, interleaved
with it, so the machine's speed cancels out:

* load: lineage.load (pydantic shape checks, cross-record checks, graph, name
  index) vs json.loads of the same file plus building a networkx.MultiDiGraph
  of its lineage and pledge edges with no validation -- timed as a user would
  run it (garbage collector on), and again with the collector paused, as
  lineage.load pauses it, which is the stricter comparison;
* became / origins from the oldest group vs networkx.descendants / ancestors
  on the same graph (which ignore time);
* group(name) with an exact and with a messy spelling vs a plain dict lookup;
  a did-you-mean suggestion vs one rapidfuzz.process.extractOne over all names;
* draw of a 50- and a 200-group dataset to PNG vs plain matplotlib drawing the
  same number of bars, arrows and labels to PNG;
* snapshot (every group's names, leaders, allegiance and camp on a date) vs a
  linear floor: one pass over the groups reading each node and its out-edges;
  its growth with size shows it linear (10k over 1k, 100k over 10k);
* peak memory (tracemalloc) of load per event, and against the baseline's peak.

CLI start-up is measured apart, in bench/startup.py.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
from rapidfuzz import process

import lineage
import lineage.graph.queries
import lineage.model.dates
import lineage.names
import lineage.views.layout
from lineage.sources.synth import synthesize, write_synthetic

TARGETS = {
    "load_vs_baseline@100000": 3.0,
    "load_growth_100k_over_10k": 12.0,
    "became_vs_descendants": 2.0,
    "origins_vs_ancestors": 2.0,
    "group_exact_vs_dict": 3.0,
    "group_messy_vs_dict": 3.0,
    "suggest_vs_extractOne": 2.0,
    "memory_bytes_per_event@100000": 2048.0,
    "snapshot_growth_10k_over_1k": 20.0,
}


def timed(fn: Callable[[], Any], repeat: int) -> float:
    """Median seconds of ``repeat`` calls (garbage collected before each).

    The result is kept until the clock stops: freeing a large graph is not part
    of building it, and the baseline's plain dicts and lists are freed at once
    by reference counting while a ``Lineage`` waits for the collector.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        del result
    return statistics.median(times)


def per_call(fn: Callable[[], Any], calls: int, repeat: int = 5) -> float:
    def loop() -> None:
        for _ in range(calls):
            fn()

    return timed(loop, repeat) / calls


def paused_gc(fn: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        gc.disable()
        try:
            return fn()
        finally:
            gc.enable()

    return run


def peak_memory(fn: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    held = fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del held
    return peak


def cold_load(path: Path) -> lineage.Lineage:
    """lineage.load as a user's first load of a file runs it: the name and
    date caches emptied (repeated loads of one file would otherwise find every
    name already normalised and flatter the smaller sizes)."""
    lineage.names.normalise.cache_clear()
    lineage.names.loose_key.cache_clear()
    lineage.model.dates._parse.cache_clear()
    return lineage.load(path)


def baseline_load(path: Path) -> nx.MultiDiGraph:
    doc = json.loads(path.read_text(encoding="utf-8"))
    G = nx.MultiDiGraph()
    G.add_nodes_from((g["id"], g) for g in doc["groups"])
    for e in doc["events"]:
        kind = e["kind"]
        if kind == "split":
            G.add_edge(e["parent"], e["splinter"], key=e["id"], kind=kind)
        elif kind == "merger":
            for p in e["parties"]:
                G.add_edge(p["group"], e["result"], key=e["id"], kind=kind)
        elif kind == "absorption":
            G.add_edge(e["absorbed"], e["into"], key=e["id"], kind=kind)
        elif kind == "pledge":
            G.add_edge(e["group"], e["patron"], key=e["id"], kind=kind)
    return G


def messy(name: str) -> str:
    """The same name as a hurried analyst types it: no accents, odd case and spacing."""
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain.upper().replace("-", " ").replace(" ", "  ")


def bench_size(n: int, tmp: Path, results: dict[str, Any]) -> None:
    path = tmp / f"synthetic-{n}.json"
    write_synthetic(n, path, seed=1)
    repeat = 9 if n <= 10000 else 5  # growth 100k/10k is a ratio of medians: keep both steady
    load_t = timed(lambda: cold_load(path), repeat)
    base_t = timed(lambda: baseline_load(path), repeat)
    base_nogc_t = timed(paused_gc(lambda: baseline_load(path)), repeat)
    # Memory before any dataset is kept alive: a live one would already hold the
    # interned ids, and the load measured would not pay for them.
    peak = peak_memory(lambda: cold_load(path))
    base_peak = peak_memory(lambda: baseline_load(path))
    lg = lineage.load(path)
    events = len(lg.dataset.events)
    row: dict[str, Any] = {
        "groups": n,
        "events": events,
        "load_s": load_t,
        "baseline_s": base_t,
        "load_vs_baseline": load_t / base_t,
        "baseline_nogc_s": base_nogc_t,
        "load_vs_baseline_nogc": load_t / base_nogc_t,
    }

    G = lg.graph
    # networkx gets the same lineage edges our search follows (a fair floor: on
    # the whole graph it would also wander along pledges and alliances).
    L = nx.MultiDiGraph()
    L.add_nodes_from(G)
    L.add_edges_from((u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d["lineage"])
    root = "g0"
    last = max((f"g{i}" for i in range(max(0, n - 50), n)), key=lambda g: len(nx.ancestors(L, g)))
    calls = 20 if n <= 10000 else 3
    row["became_s"] = per_call(lambda: lineage.graph.queries.became(G, root), calls)
    row["descendants_s"] = per_call(lambda: nx.descendants(L, root), calls)
    row["became_vs_descendants"] = row["became_s"] / row["descendants_s"]
    row["origins_s"] = per_call(lambda: lineage.graph.queries.origins(G, last), calls)
    row["ancestors_s"] = per_call(lambda: nx.ancestors(L, last), calls)
    row["origins_vs_ancestors"] = row["origins_s"] / row["ancestors_s"]
    row["became_reached"] = len(lineage.graph.queries.became(G, root))
    row["descendants_reached"] = len(nx.descendants(L, root))
    row["origins_reached"] = len(lineage.graph.queries.origins(G, last))
    row["ancestors_reached"] = len(nx.ancestors(L, last))

    names = [g.name for g in lg.groups[:: max(1, n // 1000)]]
    table = {g.name: g for g in lg.groups}
    messy_names = [messy(x) for x in names]
    for x in names + messy_names:
        lg.group(x)  # first resolution (warms the per-name cache)

    def exact() -> None:
        for x in names:
            lg.group(x)

    def dict_lookup() -> None:
        for x in names:
            table.get(x)

    def messy_lookup() -> None:
        for x in messy_names:
            lg.group(x)

    k = len(names)
    row["dict_s"] = timed(dict_lookup, 7) / k
    row["group_exact_s"] = timed(exact, 7) / k
    row["group_messy_s"] = timed(messy_lookup, 7) / k
    row["group_exact_vs_dict"] = row["group_exact_s"] / row["dict_s"]
    row["group_messy_vs_dict"] = row["group_messy_s"] / row["dict_s"]
    # Spellings never looked up before (a trailing space makes each a new string),
    # so neither the facade's hits nor the normalise cache has them.
    fresh = [messy(x) + " " for x in names[:200]]
    row["group_messy_cold_s"] = timed(lambda: [lg.group(x) for x in fresh], 1) / len(fresh)
    row["group_messy_cold_vs_dict"] = row["group_messy_cold_s"] / row["dict_s"]

    all_names = [nm.name for g in lg.groups for nm in g.all_names()]
    typo = names[len(names) // 2][:-3] + "xq"
    index = lg._group_index
    index.suggest(typo)  # warm
    row["suggest_s"] = timed(lambda: index.suggest(typo), 5)
    row["extractOne_s"] = timed(lambda: process.extractOne(typo, all_names), 5)
    row["suggest_vs_extractOne"] = row["suggest_s"] / row["extractOne_s"]

    bench_snapshot(lg, row)
    row["peak_bytes"] = peak
    row["memory_bytes_per_event"] = peak / events
    row["baseline_peak_bytes"] = base_peak
    row["baseline_memory_bytes_per_event"] = base_peak / events
    row["memory_vs_baseline"] = peak / base_peak
    results["sizes"][str(n)] = row
    print(
        f"{n:>7} groups {events:>7} events | load {load_t:7.2f}s  x{row['load_vs_baseline']:.2f}"
        f" (gc paused in both x{row['load_vs_baseline_nogc']:.2f})"
        f" | became x{row['became_vs_descendants']:.2f} ({row['became_reached']}/"
        f"{row['descendants_reached']}) origins x{row['origins_vs_ancestors']:.2f}"
        f" ({row['origins_reached']}/{row['ancestors_reached']})"
        f" | group exact x{row['group_exact_vs_dict']:.2f} messy x{row['group_messy_vs_dict']:.2f}"
        f" (cold x{row['group_messy_cold_vs_dict']:.0f})"
        f" | suggest x{row['suggest_vs_extractOne']:.2f}"
        f" | snapshot {row['snapshot_s']:.3f}s x{row['snapshot_vs_floor']:.1f} floor"
        f" | {row['memory_bytes_per_event']:.0f} B/event"
        f" x{row['memory_vs_baseline']:.2f} baseline's peak",
        flush=True,
    )


def bench_snapshot(lg: lineage.Lineage, row: dict[str, Any]) -> None:
    """A snapshot in the middle of the data's century, vs a linear pass over the graph."""
    G = lg.graph
    at = lineage.parse_date("1970")

    def floor() -> int:
        return sum(len(G.nodes[g]["events"]) + len(G.out_edges(g)) for g in G)

    repeat = 5 if len(G) <= 10000 else 3
    row["snapshot_s"] = timed(lambda: lg.snapshot(at), repeat)
    row["snapshot_floor_s"] = timed(floor, repeat)
    row["snapshot_vs_floor"] = row["snapshot_s"] / row["snapshot_floor_s"]
    row["snapshot_groups"] = len(lg.snapshot(at))


def plain_matplotlib(lanes: int, arrows: int) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 1.6 + 0.46 * lanes))
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for i in range(lanes):
        ax.broken_barh([(i, 50)], (i - 0.1, 0.2))
        ax.text(i, i - 0.2, f"lane {i}")
    for j in range(arrows):
        ax.annotate(
            "",
            xy=(j % 50, (j * 7) % lanes),
            xytext=(j % 50, (j * 3) % lanes),
            arrowprops={"arrowstyle": "-|>"},
        )
    fig.savefig(io.BytesIO(), format="png", dpi=100)


def bench_draw(results: dict[str, Any]) -> None:
    from lineage import Dataset, Lineage

    for n in (50, 200):
        lg = Lineage(Dataset.model_validate(synthesize(n, seed=2)))

        def ours(lg: Lineage = lg) -> None:
            ax = lg.draw(poster=True)
            ax.figure.savefig(io.BytesIO(), format="png", dpi=100)

        layout = lineage.views.layout.compute_layout(lg.graph)
        ours_t = timed(ours, 3)
        lanes, arrows = len(layout.lanes), len(layout.connectors)
        base_t = timed(lambda lanes=lanes, arrows=arrows: plain_matplotlib(lanes, arrows), 3)
        results["draw"][str(n)] = {
            "groups": n,
            "draw_png_s": ours_t,
            "plain_matplotlib_s": base_t,
            "draw_vs_plain": ours_t / base_t,
            "crossings": layout.crossings,
            "naive_crossings": layout.naive_crossings,
        }
        print(
            f"draw {n:>4} groups: {ours_t:.2f}s  x{ours_t / base_t:.2f} plain matplotlib; "
            f"crossings {layout.naive_crossings} -> {layout.crossings}",
            flush=True,
        )


def check_targets(results: dict[str, Any]) -> dict[str, Any]:
    sizes = results["sizes"]
    got: dict[str, float] = {}
    if "100000" in sizes:
        got["load_vs_baseline@100000"] = sizes["100000"]["load_vs_baseline"]
        got["memory_bytes_per_event@100000"] = sizes["100000"]["memory_bytes_per_event"]
    if "100000" in sizes and "10000" in sizes:
        got["load_growth_100k_over_10k"] = sizes["100000"]["load_s"] / sizes["10000"]["load_s"]
        results["baseline_growth_100k_over_10k"] = {
            "gc_on": sizes["100000"]["baseline_s"] / sizes["10000"]["baseline_s"],
            "gc_paused": sizes["100000"]["baseline_nogc_s"] / sizes["10000"]["baseline_nogc_s"],
        }
    if "1000" in sizes and "10000" in sizes:
        got["snapshot_growth_10k_over_1k"] = (
            sizes["10000"]["snapshot_s"] / sizes["1000"]["snapshot_s"]
        )
    if "10000" in sizes and "100000" in sizes:
        results["snapshot_growth_100k_over_10k"] = (
            sizes["100000"]["snapshot_s"] / sizes["10000"]["snapshot_s"]
        )
    largest = sizes[max(sizes, key=int)]
    for key in (
        "became_vs_descendants",
        "origins_vs_ancestors",
        "group_exact_vs_dict",
        "group_messy_vs_dict",
        "suggest_vs_extractOne",
    ):
        got[key] = largest[key]
    return {k: {"value": v, "target": TARGETS[k], "met": v <= TARGETS[k]} for k, v in got.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--out", default="bench/results/latest.json")
    parser.add_argument("--no-draw", action="store_true")
    parser.add_argument(
        "--merge", action="store_true", help="add to the results already in --out (same machine)"
    )
    args = parser.parse_args()
    out = Path(args.out)
    results: dict[str, Any] = {
        "machine": {
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpus": os.cpu_count(),
        },
        "sizes": {},
        "draw": {},
    }
    if args.merge and out.exists():
        results = json.loads(out.read_text(encoding="utf-8"))

    def save() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in args.sizes.split(",") if x):
            bench_size(n, Path(tmp), results)
            save()  # a long run keeps the sizes already done
    if not args.no_draw:
        bench_draw(results)
    results["targets"] = check_targets(results)
    for key, t in results["targets"].items():
        print(
            f"{'met ' if t['met'] else 'MISSED'}  {key}: {t['value']:.2f} (target <= {t['target']})"
        )
    save()
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
