"""Commands that ask the data: became, origins, explain, allegiance, camp,
leaders, timeline, snapshot and show — each mirrors a :class:`~lineage.Lineage`
method. Every answer says whether it is certain: a ``certain`` column in the
tables, ``"certain": true|false`` in ``--json``; ``--certain`` keeps only
certain answers and ``--min-confidence`` ignores facts below a level."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from ..model import Group, Person
from ..model.records import Confidence
from ..names import match_line
from ..views.results import certainty
from .common import (
    DataChoice,
    certainty_options,
    common_options,
    dump,
    events_out,
    groups_out,
    open_data,
    people_out,
    record,
    show_table,
    table,
)

if TYPE_CHECKING:
    from ..facade import Lineage
    from ..views.results import GroupList, PersonList

__all__ = [
    "allegiance",
    "became",
    "camp",
    "conflicts",
    "explain",
    "leaders",
    "origins",
    "show",
    "snapshot",
    "timeline",
]


def _answers_out(found: GroupList | PersonList, as_json: bool) -> None:
    if not as_json:
        show_table(found.table())
        return
    out: list[dict[str, Any]] = []
    for item in found:
        answer = found.answers.get(item.id)
        row = record(item)
        if answer is not None:
            row["certain"] = answer.certain
            via = answer.via
            row["via"] = via.id if via is not None else None
            row["date"] = str(answer.date) if answer.date is not None else None
            if isinstance(item, Person) and via is not None:
                row["role"] = record(via)
        out.append(row)
    dump(out)


@click.command()
@click.argument("name")
@certainty_options
@common_options
def became(
    name: str, certain: bool, min_confidence: Confidence, data: DataChoice, as_json: bool
) -> None:
    """Every group NAME turned into through mergers, splits and absorptions,
    with the event of each step and whether it is certain.

    Example: lineage became MOJWA
    """
    lg = open_data(data)
    _answers_out(lg.became(name, certain=certain, min_confidence=min_confidence), as_json)


@click.command()
@click.argument("name")
@certainty_options
@common_options
def origins(
    name: str, certain: bool, min_confidence: Confidence, data: DataChoice, as_json: bool
) -> None:
    """Every group that turned into NAME, nearest in time first, with the event
    of each step and whether it is certain.

    Example: lineage origins JNIM
    """
    lg = open_data(data)
    _answers_out(lg.origins(name, certain=certain, min_confidence=min_confidence), as_json)


@click.command()
@click.argument("source")
@click.argument("target")
@certainty_options
@common_options
def explain(
    source: str,
    target: str,
    certain: bool,
    min_confidence: Confidence,
    data: DataChoice,
    as_json: bool,
) -> None:
    """The chain of events from SOURCE to TARGET, each with its quotes; if there is
    none, says whether TARGET led to SOURCE instead.

    Example: lineage explain AQIM ISGS
    """
    lg = open_data(data)
    chain = lg.explain(source, target, certain=certain, min_confidence=min_confidence)
    if as_json:
        dump([{**record(e), "certain": chain.certain} for e in chain])
        return
    events_out(chain, False, quotes=True)
    if chain:
        click.echo(
            f"certain: {certainty(chain.certain)} (a chain is as certain as its weakest link)"
        )
    elif chain.hint:
        click.echo(f"({chain.hint})")


@click.command()
@click.argument("name")
@click.option("--at", "at", required=True, help="Date (EDTF), e.g. 2015-06.")
@certainty_options
@common_options
def allegiance(
    name: str, at: str, certain: bool, min_confidence: Confidence, data: DataChoice, as_json: bool
) -> None:
    """The groups NAME was pledged to on a date, with each pledge and whether it
    certainly held throughout that date.

    Example: lineage allegiance "Boko Haram" --at 2015-06
    """
    lg = open_data(data)
    found = lg.allegiance(name, at, certain=certain, min_confidence=min_confidence)
    _answers_out(found, as_json)


@click.command()
@click.argument("name")
@click.option("--at", "at", required=True, help="Date (EDTF), e.g. 2014.")
@certainty_options
@common_options
def camp(
    name: str, at: str, certain: bool, min_confidence: Confidence, data: DataChoice, as_json: bool
) -> None:
    """The top of NAME's allegiance chain on a date (itself if independent), and
    whether that is certain.

    Example: lineage camp JNIM --at 2017
    """
    lg = open_data(data)
    state = lg.standing(name, at, min_confidence=min_confidence)
    shown = state is not None and (state.camp_certain or not certain)
    if as_json:
        top = state.camp if state is not None and shown else None
        dump(None if top is None else {**record(top), "certain": state.camp_certain})  # type: ignore[union-attr]
    elif state is None:
        click.echo("(did not exist then)")
    elif not shown:
        click.echo(f"(not certain: possibly {state.camp.id}  {state.camp.name})")
    else:
        click.echo(f"{state.camp.id}  {state.camp.name}  ({certainty(state.camp_certain)})")


@click.command()
@click.argument("name")
@click.option("--at", "at", default=None, help="Date (EDTF); default: every leader ever.")
@click.option("--certain", is_flag=True, help="Only leaders who certainly led then.")
@common_options
def leaders(name: str, at: str | None, certain: bool, data: DataChoice, as_json: bool) -> None:
    """Who led NAME (on a date, or ever), with each role's title, dates and source.

    Example: lineage leaders JNIM --at 2017
    """
    lg = open_data(data)
    _answers_out(lg.leaders(name, at, certain=certain), as_json)


@click.command()
@click.argument("name")
@common_options
def timeline(name: str, data: DataChoice, as_json: bool) -> None:
    """Every event of a group, or of a person with the starts and ends of his
    roles, chronological.

    Example: lineage timeline "Mokhtar Belmokhtar"
    """
    lg = open_data(data)
    entries = lg.timeline(name)
    if not as_json:
        events_out(entries, False)
        return
    dump([_entry(e) for e in entries])


def _entry(entry: Any) -> dict[str, Any]:
    if hasattr(entry, "model_dump"):
        event: dict[str, Any] = record(entry)  # an event
        return event
    return {
        "id": entry.id,
        "kind": entry.kind,
        "date": str(entry.date) if entry.date is not None else None,
        "description": entry.description,
        "role": record(entry.record),
    }


@click.command()
@click.argument("at")
@certainty_options
@common_options
def snapshot(
    at: str, certain: bool, min_confidence: Confidence, data: DataChoice, as_json: bool
) -> None:
    """The groups that existed on a date: names, leaders, allegiance and camp,
    with what is only possible marked.

    Example: lineage snapshot 2016
    """
    states = open_data(data).snapshot(at, certain=certain, min_confidence=min_confidence)
    if not as_json:
        show_table(states.table())
        return
    dump(
        [
            {
                "group": s.group.id,
                "names": list(s.names),
                "leaders": [p.id for p in s.leaders],
                "allegiance": [g.id for g in s.allegiance],
                "camp": s.camp.id,
                "certain": s.certain,
                "exists_certain": s.exists_certain,
                "certain_leaders": [p.id for p in s.certain_leaders],
                "certain_allegiance": [g.id for g in s.certain_allegiance],
                "camp_certain": s.camp_certain,
            }
            for s in states
        ]
    )


@click.command()
@click.argument("name", required=False)
@click.option(
    "--at", "at", default=None, help="Resolve a name borne by different groups at different dates."
)
@common_options
def show(name: str | None, at: str | None, data: DataChoice, as_json: bool) -> None:
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
        line = match_line(lg.resolve(name, at))
        if line:
            click.echo(line)  # how the name was matched, when not as written
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
    for role in lg.roles_of(group):
        person = lg.person(role.person)
        click.echo(f"  {role.title}: {person.name}, {role.start or '…'} to {role.end or '…'}")
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


@click.command()
@common_options
def sources(data: DataChoice, as_json: bool) -> None:
    """The sources of the data read: id, title, author, how far each sees, where it is.

    Example: lineage sources --data data/groups.json --data mmp.json
    """
    found = open_data(data).sources
    if as_json:
        dump([record(s) for s in found])
        return
    rows = [
        (s.id, s.title, s.author or "", s.covers_until or "", s.url or s.path or "") for s in found
    ]
    table(("id", "title", "author", "covers until", "url or path"), rows)


@click.command()
@common_options
def conflicts(data: DataChoice, as_json: bool) -> None:
    """Where the datasets read together disagree: each disagreement with both sides
    and their sources (none for one dataset).

    Example: lineage conflicts --data data/groups.json --data mmp.json
    """
    found = open_data(data).conflicts()
    if not as_json:
        show_table(found.table())
        return
    dump(
        [
            {
                "kind": c.kind,
                "about": list(c.subject),
                "summary": c.summary,
                "sides": [
                    {"dataset": d, "record": r, "says": says} for d, r, says in (c.first, c.second)
                ],
            }
            for c in found
        ]
    )
