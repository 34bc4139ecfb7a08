"""The ``lineage`` command line: a thin layer over the library.

Every command that reads data takes ``--data PATH`` (default: the bundled
dataset) and the query commands ``--json`` (machine-readable output). A
command's module is imported only when that command runs, so start-up pays
for no drawing, export or import code it does not use. Exit codes are listed
in :mod:`lineage.cli.common`: 0 success, 1 an unknown or ambiguous name,
2 bad input (one line per problem), 3 a bug in lineage (one line, asking
for a report); never a traceback.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

import click

from .common import BUG, REPORT, closed_pipe

__all__ = ["COMMANDS", "cli", "main"]

COMMANDS: dict[str, tuple[str, str]] = {
    "allegiance": ("queries", "allegiance"),
    "became": ("queries", "became"),
    "camp": ("queries", "camp"),
    "check": ("files", "check"),
    "conflicts": ("queries", "conflicts"),
    "draw": ("make", "draw"),
    "explain": ("queries", "explain"),
    "export": ("make", "export_cmd"),
    "fmt": ("files", "fmt"),
    "import": ("make", "import_group"),
    "leaders": ("queries", "leaders"),
    "origins": ("queries", "origins"),
    "resolve": ("resolve", "resolve"),
    "schema": ("files", "schema"),
    "show": ("queries", "show"),
    "snapshot": ("queries", "snapshot"),
    "sources": ("queries", "sources"),
    "synth": ("make", "synth"),
    "timeline": ("queries", "timeline"),
    "xref": ("xref", "xref"),
}
"""Each command's module (in this package) and function."""


class _LazyGroup(click.Group):
    """A group whose commands are imported when they are asked for (click's lazy pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:  # noqa: ARG002 - click API
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:  # noqa: ARG002
        found = COMMANDS.get(cmd_name)
        if found is None:
            return None
        module = importlib.import_module(f"{__name__}.{found[0]}")
        command: click.Command = getattr(module, found[1])
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lineage")
def cli() -> None:
    """How militant organisations descend from one another, traced to quoted sources.

    Example: lineage became MOJWA
    """


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``lineage`` script and ``python -m lineage``."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="lineage")
    except SystemExit:
        raise
    except BrokenPipeError:
        closed_pipe()
    except Exception as exc:  # a bug outside any command (commands report their own)
        click.echo(f"lineage: internal error: {type(exc).__name__}: {exc} — {REPORT}", err=True)
        sys.exit(BUG)
