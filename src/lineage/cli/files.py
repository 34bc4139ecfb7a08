"""Commands on dataset files: check, fmt and schema."""

from __future__ import annotations

from pathlib import Path

import click

from ..exceptions import DataError, Problem
from .common import BAD_INPUT, Exit, dump, handle_errors

__all__ = ["check", "fmt", "schema"]

NOT_CANONICAL = 1


@click.command()
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@handle_errors
def check(path: Path | None, as_json: bool) -> None:
    """Validate a dataset, quotes against their sources included.

    Exits 2 with one line per problem: FILE: RECORD: FIELD: what — what to do.

    Example: lineage check data/groups.json
    """
    from ..check import cited
    from ..loading import load

    try:
        lg = load(path, verify_quotes=True)
    except DataError as exc:
        if as_json:
            dump({"ok": False, "problems": [_problem_dict(p) for p in exc.problems]})
            raise Exit([], BAD_INPUT) from None
        raise
    ds = lg.dataset
    quotes = sum(1 for _ in cited(ds))
    if as_json:
        dump({"ok": True, "problems": [], "quotes": quotes})
        return
    click.echo(
        f"ok: {lg.file}: {len(ds.groups)} groups, {len(ds.people)} people, {len(ds.roles)} roles, "
        f"{len(ds.events)} events; {quotes} quotes verified"
    )


def _problem_dict(p: Problem) -> dict[str, str]:
    return {k: getattr(p, k) for k in ("file", "record", "field", "message", "fix")}


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--check", "check_only", is_flag=True, help="Exit 1 if a file is not canonical; write nothing."
)
@handle_errors
def fmt(paths: tuple[Path, ...], check_only: bool) -> None:
    """Rewrite dataset files in canonical form (validated first; written atomically).

    Example: lineage fmt --check data/groups.json
    """
    from ..facade import Lineage
    from ..io import bundled_path, canonical_json, read_dataset, write_dataset

    targets = list(paths) or [bundled_path()]
    unformatted = []
    for path in targets:
        dataset = read_dataset(path)
        Lineage(dataset, file=str(path), base_dir=path.resolve().parent)
        text = canonical_json(dataset)
        if path.read_text(encoding="utf-8") == text:
            continue
        if check_only:
            unformatted.append(f"{path}: not in canonical form — run `lineage fmt {path}`")
        else:
            write_dataset(dataset, path)
            click.echo(f"formatted {path}")
    if unformatted:
        raise Exit(unformatted, NOT_CANONICAL)


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
@handle_errors
def schema(output: Path | None) -> None:
    """Print the JSON Schema of a dataset file, generated from the models.

    Example: lineage schema -o data/groups.schema.json
    """
    from ..io import write_text_atomic
    from ..io.schema import schema_json

    text = schema_json()
    if output is None:
        click.echo(text, nl=False)
    else:
        write_text_atomic(output, text)
