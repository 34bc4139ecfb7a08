"""Commands that write files from data: draw, export, synth and import."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .common import (
    DataChoice,
    data_option,
    handle_errors,
    inputs_of,
    open_data,
    plan,
    say_written,
    terminal_safe,
)

if TYPE_CHECKING:
    from ..io.files import Output

__all__ = ["draw", "export_cmd", "import_group", "synth"]

_output = click.Path(dir_okay=False, path_type=Path, allow_dash=True)
_input = click.Path(dir_okay=False, path_type=Path)

HTML_TYPES = (".html", ".htm")
"""Output names that make ``draw`` write the interactive page instead of an image."""


@click.command()
@click.argument("name", required=False)
@click.option(
    "-o",
    "--output",
    type=_output,
    required=True,
    help="Image file: .png, .svg or .pdf; or .html for the interactive view.",
)
@click.option(
    "--direction",
    type=click.Choice(["both", "became", "origins"]),
    default="both",
    show_default=True,
    help="With NAME: what it became, where it came from, or both.",
)
@click.option("--start", default=None, help="First date on the time axis (EDTF), e.g. 2010.")
@click.option("--end", default=None, help="Last date on the time axis (EDTF), e.g. 2018.")
@click.option(
    "--poster",
    is_flag=True,
    help="Draw an image of more than 60 groups all the same (a tall sheet to print); "
    "an .html view needs none: it scrolls and zooms.",
)
@data_option
@handle_errors
def draw(
    name: str | None,
    output: Path,
    direction: str,
    start: str | None,
    end: str | None,
    poster: bool,
    data: DataChoice,
) -> None:
    """Draw the family tree of NAME's lineage (or of every group) to an image, or to
    an interactive page (.html: hover an arrow for its sources' quotes, click a group
    for its lineage, zoom; one file that opens offline).

    Example: lineage draw JNIM -o jnim.png
    """
    from ..io.files import write_outputs

    page = output.suffix.lower() in HTML_TYPES
    if not page:
        from ..views.plotting import image_type

        suffix = image_type(output, page=True)  # Diagram.save's refusal, .html named
    [target] = plan([output], inputs_of(data))
    lg = open_data(data)
    if page:
        content: str | bytes = lg.view(name, direction=direction, start=start, end=end).html
    else:
        diagram = lg.diagram(name, direction=direction, start=start, end=end, poster=poster)
        content = diagram.image(suffix)
    write_outputs([(target, content)])
    say_written(f"wrote {output}", [target])


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
    from ..io.files import write_outputs
    from ..views.export import FORMATS

    targets = plan([output], inputs_of(data))
    lg = open_data(data)
    text = FORMATS[fmt](lg.graph)
    if not targets or targets[0].how == "stdout":
        # the file's text as it is, unless shown on a terminal, which must not obey it
        click.echo(terminal_safe(text, keep="\n\t") if sys.stdout.isatty() else text, nl=False)
        return
    write_outputs([(targets[0], text)])
    say_written(f"wrote {output}", targets)


@click.command()
@click.option("--groups", "n", type=click.IntRange(min=1), required=True, help="How many groups.")
@click.option(
    "--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same file)."
)
@click.option("-o", "--output", type=_output, required=True, help="Dataset file to write.")
@click.option(
    "--twin",
    type=_output,
    default=None,
    help="Also write the same world as a second source tells it (other ids and "
    "spellings, some groups missing or added, looser dates).",
)
@click.option(
    "--truth",
    type=_output,
    default=None,
    help="With --twin: a links file of 'same' judgements pairing OUTPUT's groups with "
    "the twin's (the known truth, for lineage xref and combined loads).",
)
@handle_errors
def synth(n: int, seed: int, output: Path, twin: Path | None, truth: Path | None) -> None:
    """Write a valid synthetic dataset for benchmarks: about three events per group.

    Example: lineage synth --groups 10000 --seed 1 -o a.json --twin b.json --truth links.json
    """
    from ..io.files import write_outputs
    from ..sources.synth import compact_json, synthesize

    if truth is not None and twin is None:
        from ..exceptions import ArgumentError

        raise ArgumentError(
            "--truth needs --twin", "add --twin FILE: the truth pairs OUTPUT with it"
        )
    targets = plan([output, twin, truth])
    if truth is not None and twin is not None:
        _truth_names(output, twin)  # before any work: a truth file must be usable
    items: list[tuple[Output, str]] = [(targets[0], compact_json(synthesize(n, seed=seed)))]
    if twin is not None:
        from ..sources.twin import synthesize_twin

        doc, pairs = synthesize_twin(n, seed=seed)
        items.append((targets[1], compact_json(doc)))
        if truth is not None:
            items.append((targets[2], _truth_links(output, twin, pairs)))
    write_outputs(items)
    shown = ", ".join(str(p) for p in (output, twin, truth) if p is not None)
    say_written(f"wrote {shown}", targets)


def _truth_names(output: Path, twin: Path) -> tuple[str, str]:
    """The names the truth's links give the two files (their stems), which must differ."""
    from ..exceptions import ArgumentError
    from ..identity import dataset_name

    a, b = dataset_name(output), dataset_name(twin)
    if a == b:
        raise ArgumentError(
            f"the dataset and its twin would both be named {a!r} (a file's stem names it)",
            "give the twin a file name of its own, e.g. --twin twin.json",
        )
    return a, b


def _truth_links(output: Path, twin: Path, pairs: frozenset[tuple[str, str]]) -> str:
    """The twin's truth as a links file: each pair judged the same, by lineage synth."""
    import datetime as dt

    from ..identity import Link, Links, links_json

    a, b = _truth_names(output, twin)
    today = dt.date.today()
    note = "the synthetic twin's truth: both records are one synthetic group"
    return links_json(
        Links(
            links=tuple(
                Link(
                    a=f"{a}:{x}",
                    b=f"{b}:{y}",
                    judgement="same",
                    note=note,
                    decided_by="lineage synth",
                    date=today,
                )
                for x, y in sorted(pairs)
            )
        )
    )


@click.group(name="import")
def import_group() -> None:
    """Import an outside dataset into a lineage dataset file.

    Example: lineage import mmp REL.csv KEY.csv -o mmp.json
    """


@import_group.command(name="mmp")
@click.argument("relationships", type=_input)
@click.argument("key", type=_input)
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
    from ..io import canonical_json
    from ..io.files import write_outputs
    from ..sources.mmp import import_mmp

    targets = plan([output, report_path], [relationships, key])
    dataset, report = import_mmp(relationships, key)
    Lineage(dataset, file=f"{relationships} + {key}")  # refuse a dataset that does not validate
    items: list[tuple[Output, str]] = [(targets[0], canonical_json(dataset))]
    if report_path is not None:
        text = json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"
        items.append((targets[1], text))
    write_outputs(items)
    say_written(report.summary(), targets)  # never mixed into a dataset on stdout
    say_written(f"wrote {output}" + (f" and {report_path}" if report_path else ""), targets)
