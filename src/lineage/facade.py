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

import os
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import networkx as nx

from .answers import DateLike, Queries
from .check import check_dataset
from .exceptions import DataError, Problem, UnknownNameError
from .graph import GraphIndex, build_graph, effective_spans, index_of
from .graph import queries as q
from .io import write_dataset
from .model import BaseEvent, Dataset, Group, PartialDate, Person, Role, Source, parse_date
from .names import NameIndex, NameMatch

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from .combine import Combined, ConflictList
    from .names.table import SeriesLike
    from .views.html import HtmlView
    from .views.plotting import Diagram

__all__ = ["Lineage"]

_MAX_HITS = 1 << 16


class Lineage(Queries):
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
        combined: Combined | None = None,
        checked: bool = False,
        source_dirs: Iterable[str | Path] = (),
    ) -> None:
        self.dataset = dataset
        self.file = file
        self.base_dir = base_dir
        self.combined = combined
        """How several datasets became this one (``None`` for one dataset): see :func:`load`."""
        self._group_index: NameIndex[Group] = NameIndex(
            "group",
            exists=self._group_exists,  # a bound method, so a Lineage pickles
            describe=self._describe_group,
            loose=True,  # not people: a letter or the word order tells two apart
        )
        for g in dataset.groups:
            self._group_index.add(g)
        self._groups = self._group_index.records  # groups by id (the index's: no copy)
        spans = [effective_spans(dataset)]  # handed over to the graph, which frees them
        self._parts: list[tuple[Dataset, str, Path | None]] = []  # a combination's files
        self.source_dirs = tuple(source_dirs)
        """Folders besides the dataset's own that source texts may be read from."""
        if combined is None and not checked:  # a combination's parts were each checked alone
            problems = check_dataset(
                dataset,
                file,
                base_dir=base_dir,
                verify_quotes=verify_quotes,
                spans=spans[0],
                shared_names=self._group_index.shared(),
                source_dirs=self.source_dirs,
            )
            if problems:
                raise DataError(problems)
        elif combined is not None:
            for key, targets in combined.aliases.items():
                if targets[0] in self._groups:
                    self._group_index.alias(key, targets)
        self.graph: nx.MultiDiGraph = build_graph(dataset, spans=spans)  # frees the spans
        self._group_index.affiliates = partial(q.pledged_to, self.graph)  # pickles
        self._people = index_of(self.graph).people  # the graph's: no copy
        self._hits: dict[str, Group] = {}  # names already resolved without a date
        self._people_index: NameIndex[Person] | None = None  # built on the first person() call

    @property
    def _person_index(self) -> NameIndex[Person]:
        if self._people_index is None:
            index: NameIndex[Person] = NameIndex("person")
            for p in self.dataset.people:
                index.add(p)
            for key, targets in (self.combined.aliases if self.combined else {}).items():
                if targets[0] in self._people:
                    index.alias(key, targets)
            self._people_index = index
        return self._people_index

    @property
    def _index(self) -> GraphIndex:
        return index_of(self.graph)

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
        return list(index_of(self.graph).events.values())

    @property
    def sources(self) -> list[Source]:
        return list(self.dataset.sources)

    @property
    def roles(self) -> list[Role]:
        return list(self.dataset.roles)

    def event(self, event_id: str) -> BaseEvent:
        """The event with this id."""
        events = index_of(self.graph).events
        if event_id not in events and self.combined is not None:
            targets = self.combined.aliases.get(event_id, ())
            event_id = targets[0] if len(targets) == 1 else event_id
        try:
            return events[event_id]
        except KeyError:
            raise UnknownNameError(event_id, "event") from None

    # names ---------------------------------------------------------------
    def group(self, name: str, at: DateLike | None = None) -> Group:
        """The group with this id or name (the one that bore it at ``at``, if given).

        >>> from lineage import load

        >>> lg = load()
        >>> lg.group("Wilayat al-Islamiyya Gharb Afriqiyyah", at="2015-06").id
        'boko-haram'
        >>> lg.group("Wilāyat al-Islāmiyya Gharb Afrīqiyyah", at="2017").id
        'iswap'
        """
        _name_type(name, "group")
        if at is None:
            hit = self._hits.get(name)
            if hit is not None:
                return hit
            found = self._groups[self._group_index.resolve(name)]
            if len(self._hits) < _MAX_HITS:
                self._hits[name] = found
            return found
        return self._groups[self._group_index.resolve(name, parse_date(at))]

    def resolve(self, name: str, at: DateLike | None = None) -> NameMatch[Group]:
        """The group ``name`` names (as :meth:`group` finds it), with why: the name
        that matched, the tier or spelling rules, a similarity score and the
        runners-up (see :class:`~lineage.names.NameMatch`). Raises the errors
        :meth:`group` raises; similarity alone never resolves a name.

        >>> from lineage import load
        >>> found = load().resolve("Jama'at Nosrat al-Islam wal-Mouslimin")
        >>> found.id, found.match, found.rules
        ('jnim', 'rule', ('-ah/-at ending', 'o→u', 'ou→u'))
        """
        _name_type(name, "group")
        return self._group_index.explain(name, parse_date(at) if at is not None else None)

    @overload
    def resolve_many(self, names: SeriesLike, at: object = None) -> pd.DataFrame: ...

    @overload
    def resolve_many(
        self, names: Iterable[object], at: object = None
    ) -> list[NameMatch[Group]]: ...

    def resolve_many(
        self, names: Iterable[object] | SeriesLike, at: object = None
    ) -> list[NameMatch[Group]] | pd.DataFrame:
        """:meth:`resolve` for many names, never raising for one: a list of results
        in order, or for a pandas Series a DataFrame (same index) with the columns
        ``lineage_id``, ``lineage_name``, ``match``, ``score``, ``why``. ``at``: one
        date for all, or one per name. See :mod:`lineage.names.table`."""
        from .names.table import resolve_many

        return resolve_many(self._group_index, names, at)

    def person(self, name: str) -> Person:
        """The person with this id or name.

        >>> from lineage import load

        >>> load().person("Ag Ghaly").name
        'Iyad Ag Ghali'
        """
        _name_type(name, "person")
        return self._people[self._person_index.resolve(name)]

    def _gid(self, name: str | Group, at: PartialDate | None = None) -> str:
        if isinstance(name, Group):
            return name.id
        _name_type(name, "group")
        return self._group_index.resolve(name, at)

    def lookup(self, name: str, at: DateLike | None = None) -> Group | Person:
        """The group with this id or name (at ``at``), else the person; suggestions name both.

        >>> from lineage import load

        >>> load().lookup("Belmokhtar").id
        'mokhtar-belmokhtar'
        """
        try:
            return self.group(name, at)
        except UnknownNameError as group_error:
            try:
                return self.person(name)
            except UnknownNameError as person_error:
                suggestions = [*group_error.suggestions, *person_error.suggestions][:3]
                raise UnknownNameError(name, "group or person", suggestions) from None

    def roles_of(self, name: str | Group | Person) -> list[Role]:
        """The roles a person held, or the roles held in a group, by start date.

        >>> from lineage import load

        >>> [(r.title, r.group) for r in load().roles_of("Iyad Ag Ghali")][:1]
        [('leader', 'ansar-dine')]
        """
        found = name if isinstance(name, Group | Person) else self.lookup(name)
        if isinstance(found, Group):
            return q.roles_of(self.graph, found.id)
        return q.roles_of_person(self.graph, found.id)

    # diagrams ------------------------------------------------------------
    def draw(
        self,
        focus: str | Group | None = None,
        *,
        direction: str = "both",
        start: DateLike | None = None,
        end: DateLike | None = None,
        ax: Axes | None = None,
        poster: bool = False,
    ) -> Axes:
        """Draw the family tree (of ``focus``'s lineage, or of every group); returns the Axes.

        ``direction`` is ``"both"``, ``"became"`` or ``"origins"``; ``start``/``end``
        clip the time axis. Creates a figure when ``ax`` is None. Past 60 lanes a
        drawing is refused, saying what to draw instead, unless ``poster`` is true.
        """
        from .views.plotting import draw

        return draw(
            self.graph,
            self._gid(focus) if focus is not None else None,
            direction=direction,
            start=parse_date(start) if start is not None else None,
            end=parse_date(end) if end is not None else None,
            ax=ax,
            poster=poster,
        )

    def diagram(self, focus: str | Group | None = None, **kwargs: Any) -> Diagram:
        """Like :meth:`draw`, wrapped to display itself in Jupyter and ``save(path)``."""
        from .views.plotting import Diagram

        return Diagram(self.draw(focus, **kwargs))

    def view(self, focus: str | Group | None = None, **kwargs: Any) -> HtmlView:
        """Like :meth:`diagram` (``direction``, ``start``, ``end``), as one interactive,
        self-contained HTML page: hover an arrow or a lane for its evidence, click a
        group for its lineage, zoom, filter; conflicts outlined (:mod:`lineage.views.html`).

        >>> from lineage import load
        >>> "Macina Liberation Front" in load().view("JNIM", direction="origins").html
        True
        """
        from .views.html import lineage_view

        return lineage_view(self, self._gid(focus) if focus is not None else None, **kwargs)

    # tables and exports ----------------------------------------------------
    def events_frame(self) -> pd.DataFrame:
        """Every event as a pandas DataFrame, one row each (needs the ``notebook`` extra)."""
        from .views.frames import events_frame

        return events_frame(self)

    def groups_frame(self) -> pd.DataFrame:
        """Every group as a pandas DataFrame (needs the ``notebook`` extra)."""
        from .views.frames import groups_frame

        return groups_frame(self)

    def export(self, fmt: str, path: str | os.PathLike[str]) -> None:
        """Write the graph as graphml, gexf, dot, mermaid, json or csv."""
        from .views.export import export

        export(self.graph, fmt, path)

    # files ---------------------------------------------------------------
    def check(self) -> list[Problem]:
        """Every problem, quotes verified against the sources' texts included (each
        dataset of a combination on its own)."""
        if self._parts:
            return [
                problem
                for dataset, file, base in self._parts
                for problem in check_dataset(
                    dataset, file, base_dir=base, verify_quotes=True, source_dirs=self.source_dirs
                )
            ]
        return check_dataset(
            self.dataset,
            self.file,
            base_dir=self.base_dir,
            verify_quotes=True,
            source_dirs=self.source_dirs,
        )

    def conflicts(self) -> ConflictList:
        """Where the combined sources disagree (empty for one dataset): both sides of each.

        >>> from lineage import load
        >>> load().conflicts()
        []
        """
        from .combine import ConflictList  # combinations load their code when used

        return self.combined.conflicts if self.combined is not None else ConflictList()

    def restricted(self, sources: Iterable[str]) -> Lineage:
        """The facts of chosen sources only: events and roles citing one of them
        (keeping only those citations), every group and person.

        A source is named by its id, qualified (``mmp:mmp``) or not, or by its
        dataset's name (``mmp``) for all of that dataset's sources.
        """
        from .combine.restrict import restrict

        subset = restrict(self.dataset, sources)
        return Lineage(subset, file=self.file, combined=self.combined, checked=True)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the dataset in canonical form, atomically."""
        write_dataset(self.dataset, path)


def _name_type(name: object, what: str) -> None:
    if not isinstance(name, str):
        raise TypeError(
            f"a {what} is asked for by its name or id, as a string (or a Group record), "
            f"not {type(name).__name__}: e.g. lg.{what}('Boko Haram')"
            if what == "group"
            else f"a {what} is asked for by name or id, as a string, not {type(name).__name__}"
        )
