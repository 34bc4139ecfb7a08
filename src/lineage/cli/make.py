"""Commands that write files from data: draw, export, synth and import."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import DataChoice, check_output, data_option, handle_errors, open_data

__all__ = ["draw", "export_cmd", "import_group", "synth"]

_output = click.Path(dir_okay=False, path_type=Path)


@click.command()
@click.argument("name", required=False)
@click.option("-o", "--output", type=_output, required=True, help="Image file: .png, .svg or .pdf.")
@click.option(
    "--direction",
    type=click.Choice(["both", "became", "origins"]),
    default="both",
    show_default=True,
    help="With NAME: what it became, where it came from, or both.",
)
@click.option("--start", default=None, help="First date on the time axis (EDTF), e.g. 2010.")
@click.option("--end", default=None, help="Last date on the time axis (EDTF), e.g. 2018.")
@data_option
@handle_errors
def draw(
    name: str | None,
    output: Path,
    direction: str,
    start: str | None,
    end: str | None,
    data: DataChoice,
) -> None:
    """Draw the family tree of NAME's lineage (or of every group) to an image.

    Example: lineage draw JNIM -o jnim.png
    """
    from ..views.plotting import image_type

    suffix = image_type(output)
    check_output(output)
    lg = open_data(data)
    diagram = lg.diagram(name, direction=direction, start=start, end=end)
    tmp = output.with_name(f".{output.name}.tmp{suffix}")
    try:
        diagram.save(tmp)
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)
    click.echo(f"wrote {output}")


@click.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "dot", "mermaid", "json", "csv"]),
    required=True,
    help="Output format.",
)
@click.option(
    "-o", "--output", type=_output, default=None, help="File to write (default: standard output)."
)
@data_option
@handle_errors
def export_cmd(fmt: str, output: Path | None, data: DataChoice) -> None:
    """Export the lineage graph for Gephi, Graphviz, Mermaid, networkx or a spreadsheet.

    Example: lineage export --format gexf -o lineage.gexf
    """
    from ..views.export import FORMATS, export

    if output is not None:
        check_output(output)
    lg = open_data(data)
    if output is None:
        click.echo(FORMATS[fmt](lg.graph), nl=False)
    else:
        export(lg.graph, fmt, output)
        click.echo(f"wrote {output}")


@click.command()
@click.option("--groups", "n", type=click.IntRange(min=1), required=True, help="How many groups.")
@click.option(
    "--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same file)."
)
@click.option("-o", "--output", type=_output, required=True, help="Dataset file to write.")
@handle_errors
def synth(n: int, seed: int, output: Path) -> None:
    """Write a valid synthetic dataset for benchmarks: about three events per group.

    Example: lineage synth --groups 10000 --seed 1 -o synthetic.json
    """
    from ..sources.synth import write_synthetic

    check_output(output)
    write_synthetic(n, output, seed=seed)
    click.echo(f"wrote {output}")


@click.group(name="import")
def import_group() -> None:
    """Import an outside dataset into a lineage dataset file.

    Example: lineage import mmp REL.csv KEY.csv -o mmp.json
    """


@import_group.command(name="mmp")
@click.argument("relationships", type=_output)
@click.argument("key", type=_output)
@click.option(
    "-o",
    "--output",
    type=_output,
    required=True,
    help="Dataset file to write (canonical JSON, written atomically).",
)
@click.option(
    "--report",
    "report_path",
    type=_output,
    default=None,
    help="Also write the full import report (JSON): every anomaly and "
    "what was done, and the event each row became.",
)
@handle_errors
def import_mmp_cmd(relationships: Path, key: Path, output: Path, report_path: Path | None) -> None:
    """Stanford's Mapping Militant Organizations relationships and group key.

    Example: lineage import mmp REL.csv KEY.csv -o mmp.json --report report.json
    """
    from ..facade import Lineage
    from ..io import write_dataset, write_text_atomic
    from ..sources.mmp import import_mmp

    for path in (output, report_path):
        if path is not None:
            check_output(path)
    dataset, report = import_mmp(relationships, key)
    Lineage(dataset, file=str(output))  # refuse to write a dataset that does not validate
    write_dataset(dataset, output)
    if report_path is not None:
        write_text_atomic(
            report_path, json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"
        )
    click.echo(report.summary())
    click.echo(f"wrote {output}" + (f" and {report_path}" if report_path else ""))
