"""Tiny crafted datasets, as an attacker or a clumsy user would write them, and
what the hostile tests share: running the CLI, and bounds on time and memory.

Each builder returns the dataset as a dict (``json.dumps`` it to a file); the
benchmark (``bench/hostile.py``) builds its inputs with the same functions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import signal
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from lineage.cli import cli

BUG = 3


def run(*args: str | Path) -> tuple[int, str, str]:
    """Run the CLI: ``(exit code, stdout, stderr)``; never a traceback nor a bug."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert "Traceback" not in result.output + result.stderr
    assert "internal error" not in result.stderr, result.stderr
    assert result.exit_code != BUG, result.stderr
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@contextlib.contextmanager
def budget(seconds: float, megabytes: float | None) -> Iterator[None]:
    """Fail unless the block ends within ``seconds`` (it is interrupted past twice
    that, so that a regression fails instead of hanging) and its peak of traced
    memory stays under ``megabytes`` (not traced when ``None``: tracing slows
    allocation-heavy code several times over)."""

    def late(_signum: int, _frame: Any) -> None:
        raise TimeoutError(f"still running after {2 * seconds} s")

    alarm = hasattr(signal, "setitimer")  # not on Windows: the time is still checked
    if alarm:
        old = signal.signal(signal.SIGALRM, late)
        signal.setitimer(signal.ITIMER_REAL, 2 * seconds)
    if megabytes is not None:
        tracemalloc.start()
    start = time.perf_counter()
    try:
        yield
        took = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 1e6 if megabytes is not None else 0.0
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        if megabytes is not None:
            tracemalloc.stop()
    assert took < seconds, f"took {took:.2f} s, over the budget of {seconds} s"
    if megabytes is not None:
        assert peak < megabytes, f"peaked at {peak:.1f} MB, over the budget of {megabytes} MB"


QUOTE = {"source": "s", "quote": "q"}


def dataset(
    groups: list[dict[str, Any]],
    events: list[dict[str, Any]] = (),  # type: ignore[assignment]
    *,
    path: str | None = None,
) -> dict[str, Any]:
    """A dataset with one source ``s`` (read from ``path`` when given)."""
    source: dict[str, Any] = {"id": "s", "title": "S"}
    if path is not None:
        source["path"] = path
    return {"sources": [source], "groups": groups, "events": list(events)}


def group(gid: str, name: str | None = None, **more: Any) -> dict[str, Any]:
    return {"id": gid, "name": name if name is not None else gid.upper(), **more}


def merger_clique(n: int) -> dict[str, Any]:
    """``n`` groups, each made by a merger of the other ``n - 1``."""
    ids = [f"g{i:02d}" for i in range(n)]
    events = [
        {
            "kind": "merger",
            "id": f"m{i:02d}",
            "date": "2010",
            "description": "d",
            "citations": [QUOTE],
            "parties": [{"group": o} for o in ids if o != gid],
            "result": gid,
        }
        for i, gid in enumerate(ids)
    ]
    return dataset([group(g) for g in ids], events)


def pledge(eid: str, who: str, patron: str, date: str = "2010", **more: Any) -> dict[str, Any]:
    return {
        "kind": "pledge",
        "id": eid,
        "date": date,
        "description": "d",
        "citations": [QUOTE],
        "group": who,
        "patron": patron,
        **more,
    }


def pledge_cycle(n: int = 3) -> dict[str, Any]:
    """``n`` groups, each pledged to the next, the last to the first."""
    ids = [f"g{i}" for i in range(n)]
    events = [pledge(f"p{i}", ids[i], ids[(i + 1) % n]) for i in range(n)]
    return dataset([group(g) for g in ids], events)


def pledge_clique(n: int) -> dict[str, Any]:
    """``n`` groups, each pledged to every other (a dense pledge cycle)."""
    ids = [f"g{i:02d}" for i in range(n)]
    events = [pledge(f"p{a}-{b}", a, b) for a in ids for b in ids if a != b]
    return dataset([group(g) for g in ids], events)


def pledge_chain(n: int) -> dict[str, Any]:
    """``n`` groups, each pledged to the one before it (a chain ``n`` deep)."""
    ids = [f"g{i}" for i in range(n)]
    events = [pledge(f"p{i}", ids[i], ids[i - 1]) for i in range(1, n)]
    return dataset([group(g, founded="2000") for g in ids], events)


def split_chain(n: int) -> dict[str, Any]:
    """``n`` groups, each split from the one before it (a lineage ``n`` deep)."""
    ids = [f"g{i}" for i in range(n)]
    events = [
        {
            "kind": "split",
            "id": f"s{i}",
            "date": (dt.date(1000, 1, 1) + dt.timedelta(days=i)).isoformat(),
            "description": "d",
            "citations": [QUOTE],
            "parent": ids[i - 1],
            "splinter": ids[i],
        }
        for i in range(1, n)
    ]
    return dataset([group(ids[0], founded="1000-01-01"), *(group(g) for g in ids[1:])], events)


def write(folder: Path, doc: dict[str, Any], name: str = "data.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path
