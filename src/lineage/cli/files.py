"""Commands on dataset files: check, fmt and schema."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..exceptions import DataError, Problem
from .common import BAD_INPUT, Exit, dump, handle_errors, plan, refuse_devices

if TYPE_CHECKING:
    from ..facade import Lineage
    from ..io.files import Output

__all__ = ["check", "fmt", "schema"]

NOT_CANONICAL = 1


@click.command()
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@click.option(
    "--sources-dir",
    "sources_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A folder the dataset's source texts may also be read from (repeatable); "
    "by default only the dataset's own folder is read.",
)
@handle_errors
def check(path: Path | None, as_json: bool, sources_dirs: tuple[Path, ...]) -> None:
    """Validate a dataset, quotes against their sources included.

    Source texts are read only from the dataset's folder and each --sources-dir.
    Exits 2 with one line per problem: FILE: RECORD: FIELD: what — what to do.

    Example: lineage check data/groups.json --sources-dir ../texts
    """
    from ..check import cited

    try:
        lg = _checked(path, sources_dirs)
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


def _checked(path: Path | None, sources_dirs: tuple[Path, ...]) -> Lineage:
    """The dataset at ``path`` (the bundled one by default), checked with its quotes,
    its source texts read only from its folder and ``sources_dirs``."""
    from ..check import check_dataset
    from ..facade import Lineage
    from ..io import bundled_path, read_dataset

    p = path if path is not None else bundled_path()
    file = str(path) if path is not None else p.name
    refuse_devices([p])
    dataset = read_dataset(p)
    base = p.resolve().parent
    problems = check_dataset(
        dataset, file, base_dir=base, verify_quotes=True, source_dirs=sources_dirs
    )
    if problems:
        raise DataError(problems)
    return Lineage(dataset, file=file, base_dir=base, checked=True)


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
    from ..io import bundled_path, canonical_json, read_dataset
    from ..io.files import write_outputs

    files = list(paths) or [bundled_path()]
    refuse_devices(files)
    # every file checked writable before the first is written (--check writes none)
    targets = [None] * len(files) if check_only else plan(files)
    unformatted = []
    changed: list[tuple[Output, str]] = []
    for path, target in zip(files, targets, strict=True):
        dataset = read_dataset(path)
        Lineage(dataset, file=str(path), base_dir=path.resolve().parent)
        text = canonical_json(dataset)
        if path.read_bytes() == text.encode("utf-8"):
            continue
        if check_only:
            unformatted.append(f"{path}: not in canonical form — run `lineage fmt {path}`")
        elif target is not None:
            changed.append((target, text))
    write_outputs(changed)  # in place: through a link, keeping the mode and hard links
    for target, _ in changed:
        click.echo(f"formatted {target.shown}")
    if unformatted:
        raise Exit(unformatted, NOT_CANONICAL)


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    default=None,
    help="Write to this file instead of standard output.",
)
@handle_errors
def schema(output: Path | None) -> None:
    """Print the JSON Schema of a dataset file, generated from the models.

    Example: lineage schema -o data/groups.schema.json
    """
    from ..io.files import write_outputs
    from ..io.schema import schema_json

    targets = plan([output])
    text = schema_json()
    if not targets:
        click.echo(text, nl=False)
    else:
        write_outputs([(targets[0], text)])
