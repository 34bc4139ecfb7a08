"""Commands that ask the data: became, origins, explain, allegiance, camp,
leaders, timeline, snapshot and show — each mirrors a :class:`~lineage.Lineage`
method."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..model import Group, Person
from .common import (
    common_options,
    dump,
    events_out,
    groups_out,
    open_data,
    people_out,
    record,
    table,
)

if TYPE_CHECKING:
    from ..facade import Lineage

__all__ = [
    "allegiance",
    "became",
    "camp",
    "explain",
    "leaders",
    "origins",
    "show",
    "snapshot",
    "timeline",
]


@click.command()
@click.argument("name")
@common_options
def became(name: str, data: Path | None, as_json: bool) -> None:
    """Every group NAME turned into through mergers, splits and absorptions.

    Example: lineage became MOJWA
    """
    lg = open_data(data)
    groups_out(lg, lg.became(name), as_json)


@click.command()
@click.argument("name")
@common_options
def origins(name: str, data: Path | None, as_json: bool) -> None:
    """Every group that turned into NAME, nearest in time first.

    Example: lineage origins JNIM
    """
    lg = open_data(data)
    groups_out(lg, lg.origins(name), as_json)


@click.command()
@click.argument("source")
@click.argument("target")
@common_options
def explain(source: str, target: str, data: Path | None, as_json: bool) -> None:
    """The chain of events from SOURCE to TARGET, each with its quotes.

    Example: lineage explain AQIM ISGS
    """
    lg = open_data(data)
    events_out(lg.explain(source, target), as_json, quotes=True)


@click.command()
@click.argument("name")
@click.option("--at", "at", required=True, help="Date (EDTF), e.g. 2015-06.")
@common_options
def allegiance(name: str, at: str, data: Path | None, as_json: bool) -> None:
    """The groups NAME was pledged to on a date.

    Example: lineage allegiance "Boko Haram" --at 2015-06
    """
    lg = open_data(data)
    groups_out(lg, lg.allegiance(name, at), as_json)


@click.command()
@click.argument("name")
@click.option("--at", "at", required=True, help="Date (EDTF), e.g. 2014.")
@common_options
def camp(name: str, at: str, data: Path | None, as_json: bool) -> None:
    """The top of NAME's allegiance chain on a date (itself if independent).

    Example: lineage camp JNIM --at 2017
    """
    lg = open_data(data)
    top = lg.camp(name, at)
    if as_json:
        dump(None if top is None else record(top))
    else:
        click.echo("(did not exist then)" if top is None else f"{top.id}  {top.name}")


@click.command()
@click.argument("name")
@click.option("--at", "at", default=None, help="Date (EDTF); default: every leader ever.")
@common_options
def leaders(name: str, at: str | None, data: Path | None, as_json: bool) -> None:
    """Who led NAME (on a date, or ever), with their roles.

    Example: lineage leaders JNIM --at 2017
    """
    lg = open_data(data)
    people_out(lg.leaders(name, at), as_json)


@click.command()
@click.argument("name")
@common_options
def timeline(name: str, data: Path | None, as_json: bool) -> None:
    """Every event of a group or a person, chronological.

    Example: lineage timeline "Mokhtar Belmokhtar"
    """
    lg = open_data(data)
    events_out(lg.timeline(name), as_json)


@click.command()
@click.argument("at")
@common_options
def snapshot(at: str, data: Path | None, as_json: bool) -> None:
    """The groups that existed on a date: names, leaders, allegiance and camp.

    Example: lineage snapshot 2016
    """
    states = open_data(data).snapshot(at)
    if as_json:
        dump(
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
    table(*states.table())


@click.command()
@click.argument("name", required=False)
@click.option(
    "--at", "at", default=None, help="Resolve a name borne by different groups at different dates."
)
@common_options
def show(name: str | None, at: str | None, data: Path | None, as_json: bool) -> None:
    """One group or person in full; with no NAME, list every group and person.

    Example: lineage show "Boko Haram"
    """
    lg = open_data(data)
    if name is None:
        if as_json:
            dump(
                {"groups": [record(g) for g in lg.groups], "people": [record(p) for p in lg.people]}
            )
            return
        groups_out(lg, lg.groups, False)
        click.echo()
        people_out(lg.people, False)
        return
    found = lg.lookup(name, at)
    if as_json:
        dump(record(found))
    elif isinstance(found, Group):
        _show_group(lg, found)
    else:
        _show_person(lg, found)


def _show_group(lg: Lineage, group: Group) -> None:
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
    events_out(lg.timeline(group.id), False)


def _show_person(lg: Lineage, person: Person) -> None:
    click.echo(f"{person.name} ({person.id})")
    if person.origin:
        click.echo(f"origin: {person.origin}")
    for n in person.names:
        click.echo(f"  also: {n.name} [{n.kind}]")
    for r in lg.roles_of(person):
        click.echo(f"  {r.title} of {r.group}: {r.start or '…'} to {r.end or '…'}")
