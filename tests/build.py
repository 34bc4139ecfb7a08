"""Small hand-made datasets for tests: dict builders that read like the data."""

from __future__ import annotations

from typing import Any

from lineage import Dataset, Lineage

SOURCE = {"id": "s", "title": "Test source", "url": "https://example.org/s"}


def cite(quote: str = "as stated") -> list[dict[str, str]]:
    return [{"source": "s", "quote": quote}]


def group(gid: str, name: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"id": gid, "name": name or gid.upper(), **fields}


def event(kind: str, eid: str, date: str, **fields: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "id": eid,
        "date": date,
        "description": eid,
        "citations": cite(),
        **fields,
    }


def sourced(kind: str, eid: str, date: str, source: str, **fields: Any) -> dict[str, Any]:
    """An event citing ``source`` with the quote ``"<eid> in <source>"`` (datasets of
    several sources, each with its own source id)."""
    return {
        "kind": kind,
        "id": eid,
        "date": date,
        "description": eid,
        "citations": [{"source": source, "quote": f"{eid} in {source}"}],
        **fields,
    }


def split(eid: str, date: str, parent: str, splinter: str, **kw: Any) -> dict[str, Any]:
    return event("split", eid, date, parent=parent, splinter=splinter, **kw)


def merger(eid: str, date: str, parties: list[str], result: str, **kw: Any) -> dict[str, Any]:
    return event("merger", eid, date, parties=[{"group": p} for p in parties], result=result, **kw)


def absorption(eid: str, date: str, absorbed: str, into: str) -> dict[str, Any]:
    return event("absorption", eid, date, absorbed=absorbed, into=into)


def pledge(eid: str, date: str, grp: str, patron: str, end: str | None = None) -> dict[str, Any]:
    extra = {"end": end} if end else {}
    return event("pledge", eid, date, group=grp, patron=patron, **extra)


def person(pid: str, name: str | None = None, **fields: Any) -> dict[str, Any]:
    return {"id": pid, "name": name or pid.title(), **fields}


def role(rid: str, pid: str, gid: str, title: str = "leader", **fields: Any) -> dict[str, Any]:
    return {"id": rid, "person": pid, "group": gid, "title": title, "citations": cite(), **fields}


def doc(
    groups: list[dict[str, Any]],
    events: list[dict[str, Any]] = (),  # type: ignore[assignment]
    people: list[dict[str, Any]] = (),  # type: ignore[assignment]
    roles: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    return {
        "sources": [SOURCE],
        "groups": list(groups),
        "people": list(people),
        "roles": list(roles),
        "events": list(events),
    }


def dataset(*args: Any, **kwargs: Any) -> Dataset:
    return Dataset.model_validate(doc(*args, **kwargs))


def lineage(*args: Any, **kwargs: Any) -> Lineage:
    return Lineage(dataset(*args, **kwargs))


def ids(records: Any) -> list[str]:
    return [r.id for r in records]
