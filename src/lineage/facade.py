"""The :class:`Lineage` facade: one object a notebook user holds.

It wraps a validated dataset and its graph, resolves names, and calls the plain
functions of :mod:`lineage.queries`, returning records instead of ids.

>>> import lineage
>>> lg = lineage.load()
>>> [g.name for g in lg.became("MOJWA")]
['Al Murabitoun', 'Islamic State in Greater Sahara', 'Jama’a Nusrat ul-Islam wa al-Muslimin']
>>> [g.name for g in lg.allegiance("Boko Haram", at="2015-06")]
['Islamic State']
>>> lg.camp("JNIM", at="2017").name
'Al Qaeda'
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from . import queries as q
from .dates import PartialDate, parse_date
from .exceptions import (
    DataError,
    LineageError,
    MissingDependencyError,
    Problem,
    UnknownNameError,
)
from .graph import _build_graph_freeing, effective_spans
from .io import MAX_BYTES, bundled_path, read_dataset, write_dataset
from .models import BaseEvent, Dataset, Group, Person, Role, Source
from .names import NameIndex
from .results import EventList, GroupList, PersonList, html_table
from .validate import check_dataset

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from .plotting import Diagram

__all__ = ["GroupState", "Lineage", "Snapshot", "load"]

DateLike = PartialDate | str | int | dt.date
_MAX_HITS = 1 << 16


@dataclass(frozen=True)
class GroupState:
    """A group as it stood on a date: its names, leaders and allegiances then."""

    group: Group
    names: tuple[str, ...]
    leaders: tuple[Person, ...]
    allegiance: tuple[Group, ...]
    camp: Group


class Snapshot(list[GroupState]):
    """The groups on a date, as a list of :class:`GroupState`; an HTML table in notebooks."""

    def _repr_html_(self) -> str:
        return html_table(
            ("group", "names then", "leaders", "pledged to", "camp"),
            (
                (
                    s.group.name,
                    "; ".join(s.names),
                    ", ".join(p.name for p in s.leaders),
                    ", ".join(g.name for g in s.allegiance),
                    s.camp.name if s.camp.id != s.group.id else "independent",
                )
                for s in self
            ),
        )


class Lineage:
    """A validated dataset with its graph and name index.

    Build one with :func:`load`, or ``Lineage(dataset)`` for a dataset built in
    Python. Raises :class:`~lineage.DataError` listing every problem when the
    dataset contradicts itself.
    """

    def __init__(
        self,
        dataset: Dataset,
        *,
        file: str = "<dataset>",
        base_dir: Path | None = None,
        verify_quotes: bool = False,
    ) -> None:
        self.dataset = dataset
        self.file = file
        self.base_dir = base_dir
        self._group_index: NameIndex[Group] = NameIndex(
            "group",
            exists=self._group_exists,  # a bound method, so a Lineage pickles
            describe=self._describe_group,
        )
        for g in dataset.groups:
            self._group_index.add(g)
        self._groups = self._group_index.records  # groups by id (the index's: no copy)
        spans = [effective_spans(dataset)]  # handed over to the graph, which frees them
        problems = check_dataset(
            dataset,
            file,
            base_dir=base_dir,
            verify_quotes=verify_quotes,
            spans=spans[0],
            shared_names=self._group_index.shared(),
        )
        if problems:
            raise DataError(problems)
        self.graph: nx.MultiDiGraph = _build_graph_freeing(dataset, spans)
        self._people: dict[str, Person] = self.graph.graph["people"]  # the graph's: no copy
        self._hits: dict[str, Group] = {}  # names already resolved without a date
        self._people_index: NameIndex[Person] | None = None  # built on the first person() call

    @property
    def _person_index(self) -> NameIndex[Person]:
        if self._people_index is None:
            index: NameIndex[Person] = NameIndex("person")
            for p in self.dataset.people:
                index.add(p)
            self._people_index = index
        return self._people_index

    def _group_exists(self, gid: str, at: PartialDate) -> bool:
        return q.exists(self.graph, gid, at)

    def _describe_group(self, gid: str) -> str:
        node = self.graph.nodes[gid]
        span = f"{node['founded'] or '…'} to {node['dissolved'] or '…'}"
        return f"{node['name']}, {span}"

    def __repr__(self) -> str:
        return (
            f"<Lineage {self.file}: {len(self._groups)} groups, {len(self._people)} people, "
            f"{len(self.dataset.events)} events>"
        )

    # records -------------------------------------------------------------
    @property
    def groups(self) -> list[Group]:
        """Every group, in file order."""
        return list(self.dataset.groups)

    @property
    def people(self) -> list[Person]:
        return list(self.dataset.people)

    @property
    def events(self) -> list[BaseEvent]:
        """Every event, chronological."""
        return list(self.graph.graph["events"].values())

    @property
    def sources(self) -> list[Source]:
        return list(self.dataset.sources)

    @property
    def roles(self) -> list[Role]:
        return list(self.dataset.roles)

    def event(self, event_id: str) -> BaseEvent:
        """The event with this id."""
        try:
            return self.graph.graph["events"][event_id]  # type: ignore[no-any-return]
        except KeyError:
            raise UnknownNameError(event_id, "event") from None

    # names ---------------------------------------------------------------
    def group(self, name: str, at: DateLike | None = None) -> Group:
        """The group with this id or name (the one that bore it at ``at``, if given).

        >>> lg = load()
        >>> lg.group("Wilayat al-Islamiyya Gharb Afriqiyyah", at="2015-06").id
        'boko-haram'
        >>> lg.group("Wilāyat al-Islāmiyya Gharb Afrīqiyyah", at="2017").id
        'iswap'
        """
        if at is None:
            hit = self._hits.get(name)
            if hit is not None:
                return hit
            found = self._groups[self._group_index.resolve(name)]
            if len(self._hits) < _MAX_HITS:
                self._hits[name] = found
            return found
        return self._groups[self._group_index.resolve(name, parse_date(at))]

    def person(self, name: str) -> Person:
        """The person with this id or name.

        >>> load().person("Ag Ghaly").name
        'Iyad Ag Ghali'
        """
        return self._people[self._person_index.resolve(name)]

    def _gid(self, name: str | Group, at: PartialDate | None = None) -> str:
        if isinstance(name, Group):
            return name.id
        return self._group_index.resolve(name, at)

    # queries -------------------------------------------------------------
    def became(self, name: str | Group) -> GroupList:
        """Every group ``name`` turned into, in the order first reached.

        >>> [g.id for g in load().became("Ansar Dine")]
        ['jnim']
        """
        return GroupList(self._groups[g] for g in q.became(self.graph, self._gid(name)))

    def origins(self, name: str | Group) -> GroupList:
        """Every group that turned into ``name``, nearest in time first.

        >>> [g.id for g in load().origins("ISGS")]
        ['al-murabitoun', 'aqim', 'mojwa', 'those-who-sign-with-blood']
        """
        return GroupList(self._groups[g] for g in q.origins(self.graph, self._gid(name)))

    def explain(self, a: str | Group, b: str | Group) -> EventList:
        """The chain of events from ``a`` to ``b`` (empty if ``b`` is not in ``became(a)``)."""
        return EventList(q.explain(self.graph, self._gid(a), self._gid(b)))

    def allegiance(self, name: str | Group, at: DateLike) -> GroupList:
        """The groups ``name`` was pledged to on ``at``."""
        when = parse_date(at)
        found = q.allegiance(self.graph, self._gid(name, when), when)
        return GroupList(self._groups[g] for g in found)

    def camp(self, name: str | Group, at: DateLike) -> Group | None:
        """The top of ``name``'s allegiance chain on ``at``.

        The group itself if it was independent then; ``None`` if it did not exist.
        """
        when = parse_date(at)
        top = q.camp(self.graph, self._gid(name, when), when)
        return None if top is None else self._groups[top]

    def leaders(self, name: str | Group, at: DateLike | None = None) -> PersonList:
        """Who led ``name`` (on ``at``, or ever).

        >>> [p.name for p in load().leaders("JNIM", at="2017")]
        ['Iyad Ag Ghali']
        """
        when = parse_date(at) if at is not None else None
        found = q.leaders(self.graph, self._gid(name, when), when)
        return PersonList(self._people[p] for p in found)

    def timeline(self, name: str) -> EventList:
        """Every event of a group or a person, chronological."""
        try:
            gid = self._group_index.resolve(name)
        except UnknownNameError as group_error:
            try:
                pid = self._person_index.resolve(name)
            except UnknownNameError as person_error:
                suggestions = [*group_error.suggestions, *person_error.suggestions][:3]
                raise UnknownNameError(name, "group or person", suggestions) from None
            return EventList(q.timeline(self.graph, person=pid))
        return EventList(q.timeline(self.graph, group=gid))

    def snapshot(self, at: DateLike) -> Snapshot:
        """The groups that may have existed on ``at``: names, leaders and allegiance then."""
        when = parse_date(at)
        G = self.graph
        out = Snapshot()
        for g in sorted(self.dataset.groups, key=lambda g: g.name.casefold()):
            camp = q.camp(G, g.id, when)
            if camp is None:
                continue
            out.append(
                GroupState(
                    group=g,
                    names=tuple(dict.fromkeys(n.name for n in q.names_at(G, g.id, when))),
                    leaders=tuple(self._people[p] for p in q.leaders(G, g.id, when)),
                    allegiance=tuple(self._groups[p] for p in q.allegiance(G, g.id, when)),
                    camp=self._groups[camp],
                )
            )
        return out

    def camps(self, at: DateLike) -> dict[str, GroupList]:
        """The groups of each camp on ``at``, keyed by the camp's top group's name.

        Groups pledged to no one and followed by no one are under ``"independent"``.

        >>> sorted(g.id for g in load().camps("2017")["Al Qaeda"])
        ['al-qaeda', 'aqim', 'jnim']
        """
        states = self.snapshot(at)
        tops = {s.camp.id for s in states if s.camp.id != s.group.id}
        out: dict[str, GroupList] = {}
        for s in states:
            key = s.camp.name if s.camp.id in tops else "independent"
            out.setdefault(key, GroupList()).append(s.group)
        return dict(sorted(out.items()))

    # diagrams ------------------------------------------------------------
    def draw(
        self,
        focus: str | Group | None = None,
        *,
        direction: str = "both",
        start: DateLike | None = None,
        end: DateLike | None = None,
        ax: Axes | None = None,
    ) -> Axes:
        """Draw the family tree (of ``focus``'s lineage, or of every group); returns the Axes.

        ``direction`` is ``"both"``, ``"became"`` or ``"origins"``; ``start``/``end``
        clip the time axis. Creates a figure when ``ax`` is None.
        """
        from .plotting import draw

        return draw(
            self.graph,
            self._gid(focus) if focus is not None else None,
            direction=direction,
            start=parse_date(start) if start is not None else None,
            end=parse_date(end) if end is not None else None,
            ax=ax,
        )

    def diagram(self, focus: str | Group | None = None, **kwargs: Any) -> Diagram:
        """Like :meth:`draw`, wrapped to display itself in Jupyter and ``save(path)``."""
        from .plotting import Diagram

        return Diagram(self.draw(focus, **kwargs))

    # tables and exports ----------------------------------------------------
    def events_frame(self) -> pd.DataFrame:
        """Every event as a pandas DataFrame, one row each (needs the ``notebook`` extra)."""
        pd = _pandas("events_frame()")
        rows = []
        for e in self.events:
            rows.append(
                {
                    "id": e.id,
                    "kind": e.kind,
                    "date": str(e.date),
                    "earliest": e.date.earliest,
                    "latest": e.date.latest,
                    "end": str(getattr(e, "end", None) or "") or None,
                    "groups": list(e.groups),
                    "people": list(e.people),
                    "description": e.description,
                    "confidence": e.confidence,
                    "quotes": [c.quote for c in e.citations],
                }
            )
        return pd.DataFrame(rows).set_index("id")

    def groups_frame(self) -> pd.DataFrame:
        """Every group as a pandas DataFrame (needs the ``notebook`` extra)."""
        pd = _pandas("groups_frame()")
        G = self.graph
        rows = [
            {
                "id": g.id,
                "name": g.name,
                "founded": str(G.nodes[g.id]["founded"] or "") or None,
                "dissolved": str(G.nodes[g.id]["dissolved"] or "") or None,
                "region": g.region,
                "names": [n.name for n in g.all_names()],
                "leaders": [p.name for p in self.leaders(g)],
            }
            for g in self.groups
        ]
        return pd.DataFrame(rows).set_index("id")

    def export(self, fmt: str, path: str | os.PathLike[str]) -> None:
        """Write the graph as graphml, gexf, dot, mermaid, json or csv."""
        from .export import export

        export(self.graph, fmt, path)

    # files ---------------------------------------------------------------
    def check(self) -> list[Problem]:
        """Every problem, quotes verified against the sources' texts included."""
        return check_dataset(self.dataset, self.file, base_dir=self.base_dir, verify_quotes=True)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the dataset in canonical form, atomically."""
        write_dataset(self.dataset, path)


def load(
    path: str | os.PathLike[str] | None = None,
    *,
    verify_quotes: bool = False,
    max_bytes: int = MAX_BYTES,
) -> Lineage:
    """Load a dataset file (the bundled ``data/groups.json`` by default).

    Shape is checked by pydantic straight from the JSON text, then meaning
    across records; every problem is reported at once in a
    :class:`~lineage.DataError`. ``verify_quotes`` also checks each quote
    against its source's text.

    >>> load()
    <Lineage groups.json: 15 groups, 9 people, 29 events>
    """
    p = Path(path) if path is not None else bundled_path()
    file = str(path) if path is not None else p.name
    # The cyclic garbage collector would scan the hundreds of thousands of objects
    # a large load allocates, again and again, for no garbage (profiling showed
    # over half of load time there). Pause it for the bulk build.
    paused = gc.isenabled()
    gc.disable()
    try:
        dataset = read_dataset(p, max_bytes=max_bytes)
        return Lineage(dataset, file=file, base_dir=p.resolve().parent, verify_quotes=verify_quotes)
    finally:
        if paused:
            gc.enable()


def _pandas(feature: str) -> Any:
    try:
        import pandas
    except ImportError:
        raise MissingDependencyError("pandas", "notebook", feature) from None
    return pandas


def _error_lines(error: LineageError) -> list[str]:  # used by the CLI
    if isinstance(error, DataError):
        return [str(p) for p in error.problems]
    return [str(error)]
