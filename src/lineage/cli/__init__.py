"""The ``lineage`` command line: a thin layer over the library.

Every command takes ``--data PATH`` (default: the bundled dataset) and
``--json`` (machine-readable output). Exit codes: 0 success, 1 an unknown or
ambiguous name (with suggestions), 2 bad data or usage (one line per problem),
3 an internal error (one line, never a traceback).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from ..exceptions import AmbiguousNameError, DataError, LineageError, UnknownNameError
from ..facade import Lineage, load
from ..io import bundled_path, canonical_json, read_dataset, write_dataset
from ..model import BaseEvent, Group, Person

__all__ = ["cli", "main"]

F = TypeVar("F", bound=Callable[..., Any])


class _Exit(click.ClickException):
    """Print lines to stderr and exit with a code (no 'Error:' prefix)."""

    exit_code = 2

    def __init__(self, lines: Sequence[str], code: int) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)
        self.exit_code = code  # type: ignore[misc]

    def show(self, file: Any = None) -> None:  # noqa: ARG002 - click's signature
        for line in self.lines:
            click.echo(line, err=True)


def _errors(func: F) -> F:
    """Turn library errors into exit codes and one-line messages."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DataError as exc:
            raise _Exit([str(p) for p in exc.problems], 2) from None
        except (UnknownNameError, AmbiguousNameError) as exc:
            raise _Exit([f"lineage: {exc}"], 1) from None
        except LineageError as exc:
            raise _Exit([f"lineage: {exc}"], 2) from None
        except (ValueError, TypeError) as exc:
            raise _Exit([f"lineage: {exc}"], 2) from None
        except OSError as exc:
            raise _Exit([f"lineage: {exc.filename or ''}: {exc.strerror or exc}"], 2) from None

    return wrapper  # type: ignore[return-value]


_data_option = click.option(
    "--data",
    "data",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Dataset file to read (default: the bundled data/groups.json).",
)


def _common(func: F) -> F:
    func = click.option(
        "--json", "as_json", is_flag=True, help="Print machine-readable JSON instead of a table."
    )(func)
    return _errors(_data_option(func))


def _load(data: Path | None, **kwargs: Any) -> Lineage:
    return load(data, **kwargs)


def _dump(obj: Any) -> None:
    click.echo(json.dumps(obj, indent=2, ensure_ascii=False))


def _rec(model: Any) -> Any:
    return model.model_dump(mode="json", exclude_defaults=True, by_alias=True)


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    cells = [[str(h) for h in headers]] + [[("" if c is None else str(c)) for c in r] for r in rows]
    if len(cells) == 1:
        click.echo("(none)")
        return
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            click.echo("  ".join("-" * w for w in widths))


def _groups_out(lg: Lineage, groups: list[Group], as_json: bool) -> None:
    if as_json:
        _dump([_rec(g) for g in groups])
        return
    G = lg.graph
    _table(
        ("id", "name", "founded", "dissolved"),
        ((g.id, g.name, G.nodes[g.id]["founded"], G.nodes[g.id]["dissolved"]) for g in groups),
    )


def _events_out(events: list[BaseEvent], as_json: bool, quotes: bool = False) -> None:
    if as_json:
        _dump([_rec(e) for e in events])
        return
    if not events:
        click.echo("(none)")
    for e in events:
        click.echo(f"{e.date!s:<20} {e.kind:<12} {e.id}: {e.description}")
        if quotes:
            for c in e.citations:
                click.echo(f"{'':<20} “{c.quote}” ({c.source})")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lineage")
def cli() -> None:
    """How militant organisations descend from one another, traced to quoted sources.

    Example: lineage became MOJWA
    """


@cli.command()
@click.argument("name")
@_common
def became(name: str, data: Path | None, as_json: bool) -> None:
    """Every group NAME turned into through mergers, splits and absorptions.

    Example: lineage became MOJWA
    """
    lg = _load(data)
    _groups_out(lg, lg.became(name), as_json)


@cli.command()
@click.argument("name")
@_common
def origins(name: str, data: Path | None, as_json: bool) -> None:
    """Every group that turned into NAME, nearest in time first.

    Example: lineage origins JNIM
    """
    lg = _load(data)
    _groups_out(lg, lg.origins(name), as_json)


@cli.command()
@click.argument("source")
@click.argument("target")
@_common
def explain(source: str, target: str, data: Path | None, as_json: bool) -> None:
    """The chain of events from SOURCE to TARGET, each with its quotes.

    Example: lineage explain AQIM ISGS
    """
    lg = _load(data)
    _events_out(lg.explain(source, target), as_json, quotes=True)


@cli.command()
@click.argument("name")
@click.option("--at", "at", required=True, help="Date (EDTF), e.g. 2015-06.")
@_common
def allegiance(name: str, at: str, data: Path | None, as_json: bool) -> None:
    """The groups NAME was pledged to on a date.

    Example: lineage allegiance "Boko Haram" --at 2015-06
    """
    lg = _load(data)
    _groups_out(lg, lg.allegiance(name, at), as_json)


@cli.command()
@click.argument("name")
@click.option("--at", "at", required=True, help="Date (EDTF), e.g. 2014.")
@_common
def camp(name: str, at: str, data: Path | None, as_json: bool) -> None:
    """The top of NAME's allegiance chain on a date (itself if independent).

    Example: lineage camp JNIM --at 2017
    """
    lg = _load(data)
    top = lg.camp(name, at)
    if as_json:
        _dump(None if top is None else _rec(top))
    else:
        click.echo("(did not exist then)" if top is None else f"{top.id}  {top.name}")


@cli.command()
@click.argument("name")
@click.option("--at", "at", default=None, help="Date (EDTF); default: every leader ever.")
@_common
def leaders(name: str, at: str | None, data: Path | None, as_json: bool) -> None:
    """Who led NAME (on a date, or ever), with their roles.

    Example: lineage leaders JNIM --at 2017
    """
    lg = _load(data)
    people = lg.leaders(name, at)
    _people_out(people, as_json)


def _people_out(people: list[Person], as_json: bool) -> None:
    if as_json:
        _dump([_rec(p) for p in people])
        return
    _table(("id", "name", "origin"), ((p.id, p.name, p.origin) for p in people))


@cli.command()
@click.argument("name")
@_common
def timeline(name: str, data: Path | None, as_json: bool) -> None:
    """Every event of a group or a person, chronological.

    Example: lineage timeline "Mokhtar Belmokhtar"
    """
    lg = _load(data)
    _events_out(lg.timeline(name), as_json)


@cli.command()
@click.argument("at")
@_common
def snapshot(at: str, data: Path | None, as_json: bool) -> None:
    """The groups that existed on a date: names, leaders, allegiance and camp.

    Example: lineage snapshot 2016
    """
    lg = _load(data)
    states = lg.snapshot(at)
    if as_json:
        _dump(
            [
                {
                    "group": s.group.id,
                    "names": list(s.names),
                    "leaders": [p.id for p in s.leaders],
                    "allegiance": [g.id for g in s.allegiance],
                    "camp": s.camp.id,
                }
                for s in states
            ]
        )
        return
    _table(
        ("group", "names then", "leaders", "pledged to", "camp"),
        (
            (
                s.group.id,
                "; ".join(s.names),
                ", ".join(p.name for p in s.leaders),
                ", ".join(g.id for g in s.allegiance),
                s.camp.id if s.camp.id != s.group.id else "(independent)",
            )
            for s in states
        ),
    )


@cli.command()
@click.argument("name", required=False)
@click.option(
    "--at", "at", default=None, help="Resolve a name borne by different groups at different dates."
)
@_common
def show(name: str | None, at: str | None, data: Path | None, as_json: bool) -> None:
    """One group or person in full; with no NAME, list every group and person.

    Example: lineage show "Boko Haram"
    """
    lg = _load(data)
    if name is None:
        if as_json:
            _dump({"groups": [_rec(g) for g in lg.groups], "people": [_rec(p) for p in lg.people]})
            return
        _groups_out(lg, lg.groups, False)
        click.echo()
        _people_out(lg.people, False)
        return
    try:
        group = lg.group(name, at)
    except UnknownNameError as group_error:
        try:
            person = lg.person(name)
        except UnknownNameError as person_error:
            suggestions = [*group_error.suggestions, *person_error.suggestions][:3]
            raise UnknownNameError(name, "group or person", suggestions) from None
        if as_json:
            _dump(_rec(person))
            return
        click.echo(f"{person.name} ({person.id})")
        if person.origin:
            click.echo(f"origin: {person.origin}")
        for n in person.names:
            click.echo(f"  also: {n.name} [{n.kind}]")
        for r in lg.roles:
            if r.person == person.id:
                click.echo(f"  {r.title} of {r.group}: {r.start or '…'} to {r.end or '…'}")
        return
    if as_json:
        _dump(_rec(group))
        return
    node = lg.graph.nodes[group.id]
    click.echo(f"{group.name} ({group.id})")
    click.echo(f"founded: {node['founded'] or 'unknown'}   dissolved: {node['dissolved'] or '-'}")
    if group.region:
        click.echo(f"region: {group.region}")
    for n in group.all_names():
        span = f" {n.start or '…'} to {n.end or '…'}" if (n.start or n.end) else ""
        click.echo(f"  name: {n.name} [{n.kind}]{span}")
    for p in lg.leaders(group):
        click.echo(f"  leader: {p.name}")
    if group.note:
        click.echo(f"note: {group.note}")
    _events_out(lg.timeline(group.id), False)


@cli.command()
@click.argument("name", required=False)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Image file to write: .png, .svg or .pdf.",
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
@_data_option
@_errors
def draw(
    name: str | None,
    output: Path,
    direction: str,
    start: str | None,
    end: str | None,
    data: Path | None,
) -> None:
    """Draw the family tree of NAME's lineage (or of every group) to an image.

    Example: lineage draw JNIM -o jnim.png
    """
    suffix = output.suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        raise _Exit(
            [f"lineage: {output}: unknown image type {suffix!r} — use .png, .svg or .pdf"], 2
        )
    lg = _load(data)
    diagram = lg.diagram(name, direction=direction, start=start, end=end)
    tmp = output.with_name(f".{output.name}.tmp{suffix}")
    try:
        diagram.save(tmp)
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)
    click.echo(f"wrote {output}")


@cli.command(name="export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "dot", "mermaid", "json", "csv"]),
    required=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File to write (default: standard output).",
)
@_data_option
@_errors
def export_cmd(fmt: str, output: Path | None, data: Path | None) -> None:
    """Export the lineage graph for Gephi, Graphviz, Mermaid, networkx or a spreadsheet.

    Example: lineage export --format gexf -o lineage.gexf
    """
    from ..views.export import FORMATS, export

    lg = _load(data)
    if output is None:
        click.echo(FORMATS[fmt](lg.graph), nl=False)
    else:
        export(lg.graph, fmt, output)
        click.echo(f"wrote {output}")


@cli.command()
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@_errors
def check(path: Path | None, as_json: bool) -> None:
    """Validate a dataset, quotes against their sources included.

    Exits 2 with one line per problem: FILE: RECORD: FIELD: what — what to do.

    Example: lineage check data/groups.json
    """
    try:
        lg = load(path, verify_quotes=True)
    except DataError as exc:
        if as_json:
            _dump({"ok": False, "problems": [_problem_dict(p) for p in exc.problems]})
            raise _Exit([], 2) from None
        raise
    ds = lg.dataset
    quotes = sum(1 for _ in _all_citations(lg))
    if as_json:
        _dump({"ok": True, "problems": [], "quotes": quotes})
        return
    click.echo(
        f"ok: {lg.file}: {len(ds.groups)} groups, {len(ds.people)} people, {len(ds.roles)} roles, "
        f"{len(ds.events)} events; {quotes} quotes verified"
    )


def _problem_dict(p: Any) -> dict[str, str]:
    return {k: getattr(p, k) for k in ("file", "record", "field", "message", "fix")}


def _all_citations(lg: Lineage) -> Iterable[object]:
    from ..check.rules import _cited

    return (c for _, _, c in _cited(lg.dataset))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--check", "check_only", is_flag=True, help="Exit 1 if a file is not canonical; write nothing."
)
@_errors
def fmt(paths: tuple[Path, ...], check_only: bool) -> None:
    """Rewrite dataset files in canonical form (validated first; written atomically).

    Example: lineage fmt --check data/groups.json
    """
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
        raise _Exit(unformatted, 1)


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
@_errors
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


@cli.command()
@click.option("--groups", "n", type=click.IntRange(min=1), required=True, help="How many groups.")
@click.option(
    "--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same file)."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Dataset file to write.",
)
@_errors
def synth(n: int, seed: int, output: Path) -> None:
    """Write a valid synthetic dataset for benchmarks: about three events per group.

    Example: lineage synth --groups 10000 --seed 1 -o synthetic.json
    """
    from ..sources.synth import write_synthetic

    write_synthetic(n, output, seed=seed)
    click.echo(f"wrote {output}")


@cli.group(name="import")
def import_group() -> None:
    """Import an outside dataset into a lineage dataset file.

    Example: lineage import mmp REL.csv KEY.csv -o mmp.json
    """


@import_group.command(name="mmp")
@click.argument("relationships", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("key", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Dataset file to write (canonical JSON, written atomically).",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the full import report (JSON): every anomaly and "
    "what was done, and the event each row became.",
)
@_errors
def import_mmp_cmd(relationships: Path, key: Path, output: Path, report_path: Path | None) -> None:
    """Stanford's Mapping Militant Organizations relationships and group key.

    Example: lineage import mmp REL.csv KEY.csv -o mmp.json --report report.json
    """
    from ..io import write_text_atomic
    from ..sources.mmp import import_mmp

    dataset, report = import_mmp(relationships, key)
    Lineage(dataset, file=str(output))  # refuse to write a dataset that does not validate
    write_dataset(dataset, output)
    if report_path is not None:
        write_text_atomic(
            report_path, json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"
        )
    click.echo(report.summary())
    click.echo(f"wrote {output}" + (f" and {report_path}" if report_path else ""))


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``lineage`` script and ``python -m lineage``."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="lineage")
    except SystemExit:
        raise
    except Exception as exc:
        click.echo(
            f"lineage: internal error: {type(exc).__name__}: {exc} — please report it", err=True
        )
        sys.exit(3)
