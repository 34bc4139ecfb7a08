"""CLI start-up: `lineage became MOJWA` cold, against importing its dependencies.

Run:  python bench/startup.py [--runs 21] [--out bench/results/startup.json]

Each run is a fresh interpreter (no import is cached in memory; the files are
in the page cache, as on any second run of a command), with compiled bytecode
as an installed package has it (pip compiles it on install): the runs do not
inherit ``PYTHONDONTWRITEBYTECODE``, and keep their ``.pyc`` files in a
temporary ``PYTHONPYCACHEPREFIX`` (nothing written into the tree), warmed once.
Without that, an editable checkout recompiles lineage's ~40 modules on every
run while the dependencies' bytecode is installed: 1.84x instead of 1.70x.
Both wall-clock and CPU time (user + system, which other load on the machine
disturbs less) are reported. The three commands are
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
import os
import statistics
import subprocess
import sys
import tempfile
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


def once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of ``argv``."""
    t = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if status != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({status})")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--out", default="bench/results/startup.json")
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    cpu: dict[str, list[float]] = {name: [] for name in COMMANDS}
    with tempfile.TemporaryDirectory() as pycache:
        env["PYTHONPYCACHEPREFIX"] = pycache
        for argv in COMMANDS.values():  # warm the page cache and the .pyc files
            once(argv, env)
        for _ in range(args.runs):
            for name, argv in COMMANDS.items():
                wall, used = once(argv, env)
                times[name].append(wall)
                cpu[name].append(used)
    med = {name: statistics.median(ts) for name, ts in times.items()}
    med_cpu = {name: statistics.median(ts) for name, ts in cpu.items()}
    result = {
        "runs": args.runs,
        "median_s": med,
        "median_cpu_s": med_cpu,
        "cpu_became_vs_imports": med_cpu["became"] / med_cpu["imports"],
        "became_vs_imports": med["became"] / med["imports"],
        "became_vs_imports_with_models": med["became"] / med["imports_models"],
        "target": TARGET,
    }
    result["met"] = result["became_vs_imports"] <= TARGET
    print(
        f"lineage became MOJWA {med['became']:.3f}s | import networkx+pydantic+click "
        f"{med['imports']:.3f}s (x{result['became_vs_imports']:.2f}, target <= {TARGET}) | "
        f"with pydantic.BaseModel {med['imports_models']:.3f}s "
        f"(x{result['became_vs_imports_with_models']:.2f}) | CPU time "
        f"x{result['cpu_became_vs_imports']:.2f}"
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
