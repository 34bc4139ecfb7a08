"""The name index: every name of a set of records, ready to resolve.

A name is looked up in tiers, the first that finds something deciding:

1. the record's id (or, in a combination, another id of it);
2. a name as written, then but for case, accents and punctuation (:mod:`.fold`);
3. the spelling rules (:mod:`.rules`): articles, transliterations, word order;
4. the shape rules (:mod:`.structure`): brackets, qualifiers, alternatives;
5. another wording (:mod:`.wording`): small words, word order and endings aside;
6. slips (:mod:`.typos`): one of its names with one or two words misspelt.

Several records found by one tier are told apart by date (``at``), else the
name is ambiguous. Nothing found: rapidfuzz suggests the closest names, which
are never taken for a match. :meth:`NameIndex.explain` says which tier and rules
found the record (a :class:`~.result.NameMatch`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Generic

from ..exceptions import AmbiguousNameError, UnknownNameError
from ..model import Name, PartialDate, holds_at
from .fold import normalise, normalise_uncached
from .result import Candidate, Match, Named, NameMatch, R, bearers, out_of_time, similarity

if TYPE_CHECKING:
    from .typos import Correction, Vocabulary

__all__ = ["NameIndex", "Named"]


_Entry = tuple[str, Name]  # (record id, the Name)
WORD = "\x00"  # the rules table's mark on an acronym's key as a word (:func:`.rules.word_key`)


class NameIndex(Generic[R]):
    """Every name of a set of records (groups or people), ready to resolve.

    ``what`` is the word used in messages (``"group"``, ``"person"``);
    ``exists(record_id, at)`` says whether a record existed at a date; ``loose``
    whether the loose tiers read a name: another wording (:mod:`.wording`) and a
    misspelt word (:mod:`.typos`). Groups only: in a person's name word order and
    a letter tell people apart ("Ghali Ag Iyad" is not "Iyad Ag Ghali").
    ``records`` holds the indexed records by id.
    """

    def __init__(
        self,
        what: str,
        *,
        exists: Callable[[str, PartialDate], bool] | None = None,
        describe: Callable[[str], str] | None = None,
        loose: bool = False,
    ) -> None:
        self.what = what
        self.loose = loose
        self._exists = exists
        self._describe = describe or str  # not a lambda: an index must pickle
        self._exact: dict[str, str | None] = {}  # name as written -> id (None: several)
        self.records: dict[str, R] = {}
        # normalised name -> its entry, or a list when several share it (a third less memory)
        self._by_key: dict[str, _Entry | list[_Entry]] = {}
        self._by_rule: dict[str, list[_Entry]] | None = None  # the tiers: built on first use
        self._vocabulary: Vocabulary | None = None
        self._by_wording: dict[str, list[_Entry]] | None = None
        self._most: int | None = None  # the longest text a loose tier reads
        self._aliases: dict[str, tuple[str, ...]] = {}  # other ids (a combination's) -> ids
        self.affiliates: Callable[[str, PartialDate | None], list[str]] | None = None
        """The records pledged to a record (at a date): set by :class:`~lineage.Lineage`."""

    def add(self, item: R) -> None:
        """Index a record under its id and every one of its names."""
        record = item.id
        self.records[record] = item
        exact = self._exact
        by_key = self._by_key
        key_of = normalise_uncached
        for name in item.all_names():
            text = name.name
            if exact.setdefault(text, record) != record:
                exact[text] = None
            key = key_of(text)
            if not key:
                continue
            entry = (record, name)
            found = by_key.get(key)
            if found is None:
                by_key[key] = entry
            elif isinstance(found, list):
                found.append(entry)
            else:
                by_key[key] = [found, entry]

    def _entries(self, key: str) -> list[_Entry]:
        found = self._by_key.get(key)
        if found is None:
            return []
        return found if isinstance(found, list) else [found]

    def shared(self) -> Iterator[list[_Entry]]:
        """``[(record id, Name), ...]`` for every normalised name two or more entries share."""
        for found in self._by_key.values():
            if isinstance(found, list):
                yield found

    def alias(self, key: str, targets: tuple[str, ...]) -> None:
        """Let ``key`` (another id) name the record ``targets[0]``; several: ambiguous."""
        self._aliases[key] = targets

    def _rules(self) -> dict[str, list[_Entry]]:
        """The spelling-rules tier (:mod:`.rules`), built the first time a name misses."""
        from .rules import rule_key, word_key  # the rules load when a name first misses

        if self._by_rule is None:
            self._by_rule = table = self._keyed(rule_key)
            for entry in self._every_entry():  # an acronym as a word too: l'Aqmi, le Mujao
                if key := word_key(entry[1].name):
                    table.setdefault(WORD + key, []).append(entry)  # after an article only
        return self._by_rule

    def _every_entry(self) -> Iterator[_Entry]:
        for key in self._by_key:
            yield from self._entries(key)

    def _keyed(self, key_of: Callable[[str], str | None]) -> dict[str, list[_Entry]]:
        """Every entry under ``key_of(its name)`` (none where that is empty): a tier's table."""
        table: dict[str, list[_Entry]] = {}
        for entry in self._every_entry():
            key = key_of(entry[1].name)
            if key:
                table.setdefault(key, []).append(entry)
        return table

    def find(
        self, query: str, at: PartialDate | None, depth: int = 0, notes: list[str] | None = None
    ) -> Match | None:
        """How ``query`` names one record (at ``at``): every tier, shapes last; None
        if it names none. Raises :class:`~lineage.AmbiguousNameError`.

        ``notes`` collects why a close reading was refused (a qualifier that does
        not agree with the record's region, ...).
        """
        if query in self.records:  # a record id
            return Match(query, query, "id")
        targets = self._aliases.get(query)
        if targets is not None:
            if len(targets) == 1:
                return Match(targets[0], query, "alias")
            candidates = [(t, self._describe(t)) for t in targets]
            raise AmbiguousNameError(query, candidates, what=self.what, dated=at is not None)
        exact = self._exact.get(query) if at is None else None
        entries = self._entries(normalise(query))
        dated = at is not None or any(n.start or n.end for _, n in entries)
        if exact is not None and not dated:
            return Match(exact, query, "exact")
        if entries and dated and (rivals := self._rivals(query, entries)):  # MUJAO's, Zarqawi's
            return self._pick(query, entries + rivals, at, "rules")  # 'Tawhid wal Jihad'
        if entries:
            return self._pick(query, entries, at, "normalised")
        from .rules import rule_key
        from .shapes import opens_with_article
        from .structure import shape

        folded = rule_key(query)
        entries = self._rules().get(folded, []) if folded else []
        if not entries and folded and opens_with_article(query):  # l'Aqmi: the word Aqmi
            entries = self._rules().get(WORD + folded, [])
        if entries:
            return self._pick(query, entries, at, "rules")
        found = shape(self, query, at, depth, [] if notes is None else notes)
        if found is not None or not self.loose or len(query) > self._longest():
            return found  # a text longer than any name with room to spare is none
        found = self._worded(query, at)
        if found is None and depth == 0:
            return self._slip(query, at)
        return found

    def _rivals(self, query: str, entries: list[_Entry]) -> list[_Entry]:
        """Other records' names the spelling rules read as ``query`` (dated: one time's)."""
        from .rules import rule_key

        mine = {record for record, _ in entries}
        return [e for e in self._rules().get(rule_key(query), []) if e[0] not in mine]

    def _longest(self) -> int:
        """Twice the longest name, in characters, and some: the most a loose tier reads."""
        if self._most is None:
            self._most = 2 * max((len(k) for k in self._exact), default=0) + 40
        return self._most

    def _worded(self, query: str, at: PartialDate | None) -> Match | None:
        """One of the names, worded another way (:mod:`.wording`)."""
        from .wording import explain_wording, reads, wording_key

        if not reads(query):
            return None
        if self._by_wording is None:
            self._by_wording = self._keyed(wording_key)
        worded = wording_key(query)
        entries = self._by_wording.get(worded, []) if worded else []
        if not entries:
            return None
        found = self._pick(query, entries, at, "wording")
        return Match(found.id, found.name, "wording", tuple(explain_wording(query, found.name)))

    def _slip(self, query: str, at: PartialDate | None) -> Match | None:
        """One of the names, with one or two words of ``query`` read as slips."""
        from .rules import run_steps, tokens
        from .typos import Vocabulary

        if self._vocabulary is None:
            self._vocabulary = Vocabulary.of(name.name for _, name in self._every_entry())
        rules = self._rules()
        hits: list[tuple[Correction, _Entry]] = []
        for reading in self._vocabulary.corrections(query):
            entries = rules.get("".join(run_steps(list(reading.words))).lower(), [])
            hits.extend((reading, entry) for entry in entries)
        if not hits:
            return None
        unique = list({(rec, id(name)): (rec, name) for _, (rec, name) in hits}.values())
        record = self._choose(query, unique, at)
        found = self._pick(query, [entry for entry in unique if entry[0] == record], at, "slip")
        written = {w.casefold() for w in tokens(found.name)}
        readings = [r for r, (rec, _) in hits if rec == record]
        # the reading whose corrections the name matched holds, as written there
        reading = next((r for r in readings if {c for _, c in r.slips} <= written), readings[0])
        why = tuple(f"{w!r} read as {c!r}" for w, c in reading.slips)
        return Match(found.id, found.name, "slip", why)

    def _pick(self, query: str, entries: list[_Entry], at: PartialDate | None, tier: str) -> Match:
        record = self._choose(query, entries, at)
        mine = [name for rec, name in entries if rec == record]
        dated = [n.name for n in mine if at is None or holds_at(n.start, n.end, at)]
        names = dated or [n.name for n in mine]
        name = names[0] if len(names) == 1 else max(names, key=lambda n: similarity(query, n))
        if tier == "rules" and normalise(query) == normalise(name):
            tier = "normalised"  # a rival's reading chose it: the same name but for case
        if tier != "rules":
            return Match(record, name, "exact" if tier == "normalised" and name == query else tier)
        from .rules import explain_rules, rule_key

        if name.isupper() and rule_key(query) != rule_key(name):  # the acronym as a word
            why = [*explain_rules(query, name.lower()), f"the acronym {name!r} read as a word"]
            return Match(record, name, tier, tuple(why))
        return Match(record, name, tier, tuple(explain_rules(query, name)))

    def resolve(self, query: str, at: PartialDate | None = None) -> str:
        """The id of the one record ``query`` names (at ``at`` when given).

        Raises :class:`~lineage.UnknownNameError` with suggestions, or
        :class:`~lineage.AmbiguousNameError` listing the candidates.
        """
        found = self.find(query, at)
        if found is None or self._not_yet(found, at):
            raise UnknownNameError(query, self.what, self.suggest(query))
        return found.id

    def _not_yet(self, found: Match, at: PartialDate | None) -> str:
        """Why ``found`` is no match at ``at``: a name its record took later, the record
        not there yet (``ISWAP`` in mid-2015); "" when it is one."""
        if at is None or self._exists is None or self._exists(found.id, at):
            return ""
        late = out_of_time(self.records[found.id], found, at)
        if not late:
            return ""
        return f"{found.id} ({self._describe(found.id)}) did not exist at {at}; {late[-1]}"

    def _choose(self, query: str, entries: list[_Entry], at: PartialDate | None) -> str:
        records = list(dict.fromkeys(rec for rec, _ in entries))
        if len(records) == 1:
            return records[0]
        if at is not None:
            now, sure, within = bearers(entries, at, self._exists)
            if len(now) == 1 and sure <= set(now):  # the one holder as of its end, unless
                return now[0]  # another surely bore it within the date too (March 2017)
            if len(within) == 1:  # else the one that may have borne it within the date
                return within[0]
            records = within or records
        candidates = []
        for rid in records:
            spans = [
                f"{name.start or '…'} to {name.end or '…'}"
                for rec, name in entries
                if rec == rid and (name.start or name.end)
            ]
            desc = self._describe(rid) + (f", named so {'; '.join(spans)}" if spans else "")
            candidates.append((rid, desc))
        raise AmbiguousNameError(query, candidates, what=self.what, dated=at is not None)

    # what the shape rules ask (structure.Finder) ---------------------------------
    def region(self, record: str) -> str | None:
        region = getattr(self.records[record], "region", None)
        return region if isinstance(region, str) else None

    def label(self, record: str) -> str:
        return self.records[record].name

    def conflict(
        self, query: str, records: list[str], at: PartialDate | None
    ) -> AmbiguousNameError:
        candidates = [(rid, self._describe(rid)) for rid in records]
        return AmbiguousNameError(query, candidates, what=self.what, dated=at is not None)

    def closest(self, text: str) -> list[tuple[str, str, float]]:
        """The records whose names are closest to ``text`` under the spelling rules
        (rapidfuzz ratio of the rule keys), best first, one line per record."""
        from rapidfuzz import fuzz, process

        from .rules import rule_key

        folded = rule_key(text)
        rules = self._rules()
        found = process.extract(folded, rules.keys(), scorer=fuzz.ratio, limit=12)
        best: dict[str, tuple[str, str, float]] = {}
        for key, score, _ in found:
            for record, name in rules[key]:
                best.setdefault(record, (record, name.name, float(score)))
        return list(best.values())

    # suggestions and explanations ---------------------------------------------------
    def nearest(self, query: str, limit: int = 3, exclude: str = "") -> list[Candidate]:
        """The records with names closest to ``query`` (rapidfuzz WRatio ≥ 70), best first."""
        from rapidfuzz import fuzz, process  # only a miss pays for the import

        key = normalise(query)
        if not key:
            return []
        found = process.extract(
            key, self._by_key.keys(), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70
        )
        out: list[Candidate] = []
        seen = {exclude}
        for match, score, _ in found:
            record, name = self._entries(match)[0]
            if record not in seen:
                seen.add(record)
                out.append(Candidate(record, name.name, round(float(score), 1)))
                if len(out) == limit:
                    break
        return out

    def suggest(self, query: str, limit: int = 3) -> list[str]:
        """The names closest to ``query`` (rapidfuzz WRatio, score ≥ 70), best first."""
        return [c.name for c in self.nearest(query, limit)]

    def explain(self, query: str, at: PartialDate | None = None) -> NameMatch[R]:
        """What ``query`` resolves to and why (see :class:`~.result.NameMatch`).

        Raises :class:`~lineage.UnknownNameError` (with suggestions) or
        :class:`~lineage.AmbiguousNameError`, as :meth:`resolve` does.
        """
        found = self._result(query, at)
        if found.record is None:
            raise UnknownNameError(query, self.what, [c.name for c in found.runners_up])
        return found

    def attempt(self, query: str, at: PartialDate | None = None) -> NameMatch[R]:
        """:meth:`explain`, with an unknown or ambiguous name a result, not an error."""
        try:
            return self._result(query, at)
        except AmbiguousNameError as exc:
            return NameMatch(query, "ambiguous", candidates=exc.candidates)

    def _result(self, query: str, at: PartialDate | None) -> NameMatch[R]:
        notes: list[str] = []
        found = self.find(query, at, 0, notes)
        if found is not None and (why := self._not_yet(found, at)):
            notes.insert(0, why)  # a name the record took later, the record not yet there
            found = None
        if found is None:
            near = tuple(self.nearest(query))
            return NameMatch(
                query,
                "none",
                score=near[0].score if near else 0.0,
                runners_up=near,
                note=notes[0] if notes else "",
            )
        record = self.records[found.id]
        return NameMatch(
            query,
            found.kind,
            record,
            found.name,
            found.tier,
            (*found.rules, *out_of_time(record, found, at)),
            similarity(query, found.name),
            tuple(self.nearest(query, 2, exclude=found.id)),
        )
