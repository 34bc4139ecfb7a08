"""CLI start-up: `lineage became MOJWA` cold, against importing its dependencies.

Run:  python bench/startup.py [--runs 21] [--out bench/results/startup.json]

Each run is a fresh interpreter (no import is cached in memory; the files are
in the page cache, as on any second run of a command). The three commands are
interleaved, run after run, so the machine's speed cancels out of the ratios:

* ``lineage became MOJWA`` (the installed script's entry point, loading the
  bundled dataset, validating it, building the graph and answering);
* baseline: ``python -c "import networkx, pydantic, click"`` (the issue's
  yardstick; note that ``import pydantic`` alone loads little of pydantic);
* baseline with pydantic's models: ``... from pydantic import BaseModel``
  (what any use of pydantic loads).

Target: the first ratio at most 1.3.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET = 1.3
COMMANDS = {
    "became": [sys.executable, "-m", "lineage", "became", "MOJWA"],
    "imports": [sys.executable, "-c", "import networkx, pydantic, click"],
    "imports_models": [
        sys.executable,
        "-c",
        "import networkx, pydantic, click; from pydantic import BaseModel",
    ],
}


def once(argv: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--out", default="bench/results/startup.json")
    args = parser.parse_args()
    for argv in COMMANDS.values():  # warm the page cache and the .pyc files
        once(argv)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, argv in COMMANDS.items():
            times[name].append(once(argv))
    med = {name: statistics.median(ts) for name, ts in times.items()}
    result = {
        "runs": args.runs,
        "median_s": med,
        "became_vs_imports": med["became"] / med["imports"],
        "became_vs_imports_with_models": med["became"] / med["imports_models"],
        "target": TARGET,
    }
    result["met"] = result["became_vs_imports"] <= TARGET
    print(
        f"lineage became MOJWA {med['became']:.3f}s | import networkx+pydantic+click "
        f"{med['imports']:.3f}s (x{result['became_vs_imports']:.2f}, target <= {TARGET}) | "
        f"with pydantic.BaseModel {med['imports_models']:.3f}s "
        f"(x{result['became_vs_imports_with_models']:.2f})"
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
