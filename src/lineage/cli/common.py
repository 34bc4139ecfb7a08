"""What every command shares: options, error handling and plain-text output.

Errors are turned into exit codes in one place (:func:`handle_errors`):

====  ==================================================================
0     success
1     an unknown or ambiguous name (with suggestions), or ``fmt --check``
      found a file not in canonical form
2     bad input: a dataset's problems (one line each), a bad date or
      argument, a file that cannot be read or written, a usage error
3     a bug in lineage: one line naming it and asking to report it
====  ==================================================================

Never a traceback.

Nothing from a dataset reaches the terminal as a control (see :mod:`.safe`).

"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from ..exceptions import AmbiguousNameError, DataError, LineageError, Problem, UnknownNameError
from .safe import UNSAFE_IN_JSON, safe_cell, safe_output, terminal_safe

if TYPE_CHECKING:
    from ..facade import Lineage
    from ..io.files import Output
    from ..model import Group, Person

__all__ = [
    "BAD_INPUT",
    "BUG",
    "NOT_FOUND",
    "DataChoice",
    "Exit",
    "certainty_options",
    "check_output",
    "closed_pipe",
    "common_options",
    "data_option",
    "dump",
    "events_out",
    "groups_out",
    "handle_errors",
    "inputs_of",
    "open_data",
    "people_out",
    "plan",
    "record",
    "refuse_devices",
    "say_written",
    "show_table",
    "table",
    "terminal_safe",
]

F = TypeVar("F", bound=Callable[..., Any])
NOT_FOUND, BAD_INPUT, BUG = 1, 2, 3
REPORT = "please report it to the lineage developers, with the command you ran"


class Exit(click.ClickException):
    """Print lines to stderr and exit with a code (no 'Error:' prefix)."""

    def __init__(self, lines: Sequence[str], code: int) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)
        self.exit_code = code  # type: ignore[misc]  # click declares it on the class

    def show(self, file: Any = None) -> None:  # noqa: ARG002 - click's signature
        for line in self.lines:
            click.echo(terminal_safe(line), err=True)


def name_error_line(exc: UnknownNameError | AmbiguousNameError) -> str:
    """A name error in the CLI's words (``--at``, ``lineage show``)."""
    if isinstance(exc, AmbiguousNameError):
        fix = (
            f"use the {exc.what}'s id"
            if exc.dated
            else f"pass --at DATE to pick the {exc.what} that bore the name then, or use its id"
        )
        return f"lineage: {exc.name!r} could mean: {exc.listed} — {fix}"
    if exc.suggestions:
        return f"lineage: {exc}"
    return (
        f"lineage: no {exc.what} is called {exc.name!r} — "
        "run `lineage show` with no name to list every group and person"
    )


def closed_pipe() -> NoReturn:
    """The reader of our output went away (``lineage show | head -1``): stop quietly, 0.

    Python would complain again when it flushes stdout at exit, so stdout is
    pointed at the null device first.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # no real stdout (a test runner's): nothing will be flushed
    raise SystemExit(0)


def plan(outputs: Iterable[Path | None], inputs: Iterable[Path] = ()) -> list[Output]:
    """Check a command's outputs (``-`` is standard output) before any work is done:
    see :func:`lineage.io.files.plan_outputs`."""
    from ..io.files import STDOUT, plan_outputs

    given = [STDOUT if str(p) == "-" else p for p in outputs if p is not None]
    return plan_outputs(given, inputs=inputs)


def say_written(line: str, targets: Sequence[Output]) -> None:
    """Say what was written, where it cannot mix with what was written: on standard
    output, unless an output is standard output (then on standard error) or
    standard error (then not at all)."""
    hows = {t.how for t in targets}
    if "stderr" not in hows:
        click.echo(terminal_safe(line, keep="\n"), err="stdout" in hows)


def check_output(path: Path) -> None:
    """Check one output before any work is done (kept for commands that write their
    own files; new code plans every output with :func:`plan`)."""
    plan([path])


def inputs_of(data: DataChoice) -> list[Path]:
    """The files a command reading ``data`` reads: its datasets (the bundled one by
    default) and links files."""
    from ..io.files import bundled_path

    return [*(data.paths or [bundled_path()]), *data.links]


def handle_errors(func: F) -> F:
    """Turn errors into exit codes and one-line messages (see the module docstring)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            closed_pipe()
        except DataError as exc:
            raise Exit([str(p) for p in exc.problems], BAD_INPUT) from None
        except (UnknownNameError, AmbiguousNameError) as exc:
            raise Exit([name_error_line(exc)], NOT_FOUND) from None
        except LineageError as exc:
            raise Exit([f"lineage: {exc}"], BAD_INPUT) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            raise Exit([f"lineage: {where}{exc.strerror or exc}"], BAD_INPUT) from None
        except Exception as exc:  # anything else is lineage's own fault
            raise Exit(
                [f"lineage: internal error: {type(exc).__name__}: {exc} — {REPORT}"], BUG
            ) from None

    return wrapper  # type: ignore[return-value]


@dataclass(frozen=True)
class DataChoice:
    """The datasets a command reads (``--data``, repeatable) and the links to apply."""

    paths: tuple[Path, ...] = ()
    links: tuple[Path, ...] = ()
    sources: tuple[str, ...] = ()


def data_option(func: F) -> F:
    """``--data PATH`` (repeatable: several datasets read as one), ``--links PATH`` and
    ``--source NAME`` (repeatable: only those sources' facts)."""

    @wraps(func)
    def wrapper(
        *args: Any,
        data: tuple[Path, ...],
        links: tuple[Path, ...],
        only_sources: tuple[str, ...],
        **kwargs: Any,
    ) -> Any:
        choice = DataChoice(tuple(data), tuple(links), tuple(only_sources))
        return func(*args, data=choice, **kwargs)

    wrapper = click.option(
        "--source",
        "only_sources",
        multiple=True,
        help="Keep only the facts of this source (its id, or a dataset's name such as "
        "mmp; repeatable). lineage sources lists them.",
    )(wrapper)
    wrapper = click.option(
        "--links",
        "links",
        type=click.Path(dir_okay=False, path_type=Path),
        multiple=True,
        help="Identity links file to apply when reading several datasets (repeatable); "
        "lineage's own links apply whenever the bundled data is one of them.",
    )(wrapper)
    return click.option(  # type: ignore[return-value]
        "--data",
        "data",
        type=click.Path(dir_okay=False, path_type=Path),
        multiple=True,
        help="Dataset file to read (default: the bundled data/groups.json); "
        "repeat it to read several datasets as one.",
    )(wrapper)


def common_options(func: F) -> F:
    """``--data`` and ``--json``, with errors handled."""
    func = click.option(
        "--json", "as_json", is_flag=True, help="Print machine-readable JSON instead of a table."
    )(func)
    return handle_errors(data_option(safe_output(func)))


def certainty_options(func: F) -> F:
    """``--certain`` and ``--min-confidence``."""
    func = click.option(
        "--min-confidence",
        type=click.Choice(["low", "medium", "high"]),
        default="low",
        show_default=True,
        help="Ignore facts of lower confidence.",
    )(func)
    return click.option(
        "--certain", is_flag=True, help="Only answers that hold for certain, whatever the dates."
    )(func)


def refuse_devices(paths: Iterable[Path]) -> None:
    """A device given as a dataset (``/dev/zero``, ``/dev/urandom``) is refused before
    it is read: it would be read without end."""
    import stat

    problems = []
    for p in paths:
        with contextlib.suppress(OSError):
            mode = p.stat().st_mode
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
                problems.append(
                    Problem(str(p), "-", "-", "is a device, not a file", "give the path of a file")
                )
    if problems:
        raise DataError(problems)


def open_data(data: DataChoice, **kwargs: Any) -> Lineage:
    """Load the datasets a command was given (the bundled one by default)."""
    from ..loading import load

    refuse_devices([*data.paths, *data.links])
    if not data.paths:
        lg = load(None, **kwargs)  # the bundled data alone: any links are inert
    else:
        lg = load(list(data.paths), links=data.links, **kwargs)
    return lg.restricted(data.sources) if data.sources else lg


def dump(obj: Any) -> None:
    """``obj`` as JSON; DEL, C1 controls and the bidirectional overrides are escaped
    too (``json.dumps`` escapes the C0 controls itself)."""
    text = json.dumps(obj, indent=2, ensure_ascii=False)
    click.echo(UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def record(model: Any) -> Any:
    """A record as JSON data, defaults left out."""
    return model.model_dump(mode="json", exclude_defaults=True, by_alias=True)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A plain-text table with aligned columns, or ``(none)``."""
    from ..views.results import text_table

    safe_rows = ([safe_cell(c) for c in row] for row in rows)
    click.echo(text_table([terminal_safe(h) for h in headers], safe_rows))


def show_table(found: tuple[Sequence[str], Iterable[Sequence[object]]]) -> None:
    """A result's :meth:`table`, as plain text."""
    table(*found)


def groups_out(lg: Lineage, groups: Sequence[Group], as_json: bool) -> None:
    if as_json:
        dump([record(g) for g in groups])
        return
    nodes = lg.graph.nodes
    table(
        ("id", "name", "founded", "dissolved"),
        ((g.id, g.name, nodes[g.id]["founded"], nodes[g.id]["dissolved"]) for g in groups),
    )


def people_out(people: Sequence[Person], as_json: bool) -> None:
    if as_json:
        dump([record(p) for p in people])
        return
    table(("id", "name", "origin"), ((p.id, p.name, p.origin) for p in people))


def events_out(events: Sequence[Any], as_json: bool, quotes: bool = False) -> None:
    """Events (or timeline entries) one a line: date, kind, id and what happened."""
    if as_json:
        dump([record(e) for e in events])
        return
    if not events:
        click.echo("(none)")
    safe = terminal_safe
    for e in events:
        date = "(date not given)" if e.date is None else str(e.date)
        click.echo(f"{safe(date):<20} {safe(e.kind):<12} {safe(e.id)}: {safe(e.description)}")
        if quotes:
            for c in e.citations:
                click.echo(f"{'':<20} “{safe(c.quote)}” ({safe(c.source)})")
