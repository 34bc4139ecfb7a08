"""``lineage xref``: candidate identity links between two datasets (or within one)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from .common import dump, handle_errors, table

__all__ = ["xref"]

_file = click.Path(dir_okay=False, path_type=Path)


@click.command()
@click.argument("first", type=_file)
@click.argument("second", type=_file)
@click.option(
    "--accept-above",
    type=click.FloatRange(0, 1),
    default=None,
    help="With -o: write candidates scoring above this as 'same' links (default 0.8).",
)
@click.option(
    "-o",
    "--output",
    type=_file,
    default=None,
    help="Links file to add the accepted candidates to (pairs it already judges are skipped).",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="List only candidates scoring at least this.",
)
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@handle_errors
def xref(
    first: Path,
    second: Path,
    accept_above: float | None,
    output: Path | None,
    min_score: float,
    as_json: bool,
) -> None:
    """Candidate pairs of groups that may be one organisation, scored from names,
    dates and shared neighbours; the same file twice finds duplicates within it.

    Without -o the candidates are listed for review; with -o those above
    --accept-above are added to the links file as 'same' judgements.

    Example: lineage xref data/groups.json mmp.json -o links.json
    """
    from ..identity import Links, dataset_name, read_links, write_links
    from ..identity.xref import DEFAULT_ACCEPT, candidates_to_links
    from ..identity.xref import xref as find
    from ..io import read_dataset

    a, b = read_dataset(first), read_dataset(second)
    known = read_links(output) if output is not None and output.exists() else None
    found = find(
        a,
        b,
        a_name=dataset_name(first),
        b_name=dataset_name(second),
        known=known,
        min_score=min_score,
    )
    if output is None:
        rows = [(f"{c.score:.2f}", c.a, c.b, "; ".join(c.reasons)) for c in found]
        if as_json:
            dump([{"a": c.a, "b": c.b, "score": c.score, "why": list(c.reasons)} for c in found])
        else:
            table(("score", "first", "second", "why"), rows)
        return
    threshold = DEFAULT_ACCEPT if accept_above is None else accept_above
    accepted = candidates_to_links(
        found,
        accept_above=threshold,
        decided_by=f"lineage xref {first.name} {second.name} --accept-above {threshold}",
        date=dt.date.today(),
    )
    before = known.links if known is not None else ()
    write_links(Links(links=(*before, *accepted.links)), output)
    click.echo(
        f"{len(accepted.links)} links written to {output}; "
        f"{len(found) - len(accepted.links)} candidates left for review"
    )
