r"""Names in MMP's files: text cleaning, names from the group key, names as written.

MMP's text carries escapes (``\'``, ``\&#039;``, HTML entities) and mojibake
(UTF-8 read as Latin-1, cp1252 bytes kept as C1 control characters);
:func:`clean` undoes both.

>>> print(clean("Beta\\'s men &amp; the group\u00e2\u0080\u0099s ally, l\u0092Ouest "))
Beta's men & the group’s ally, l’Ouest

A key name such as ``X (ABC)`` gives the extra names ``ABC`` and ``X``
(:func:`group_names`); a parenthesis that is neither an acronym nor a
"Formerly X" is a qualifier and gives none.

>>> group_names("Gamma Army (GA)")[1]  # doctest: +NORMALIZE_WHITESPACE
[{'name': 'GA', 'kind': 'acronym', 'note': "from MMP's group key"},
 {'name': 'Gamma Army', 'kind': 'official', 'note': "from MMP's group key"}]
>>> group_names("Hezbollah (Lebanon)")
('Hezbollah (Lebanon)', [])

:func:`aliases_for` lists the ways a description may write a group's name.

>>> sorted(aliases_for("The Second Soran Unit", "It left the Second Soran Unit (SSRU)."))
['SSRU', 'SSU', 'Second Soran Unit', 'The Second Soran Unit']
>>> sorted(aliases_for("Óglaigh na hÉireann 1", ""))  # MMP's number that tells two apart
['Óglaigh na hÉireann', 'Óglaigh na hÉireann 1']
>>> sorted(aliases_for("Beta (Formerly Alpha Front)", ""))
['Alpha Front', 'Beta', 'Beta (Formerly Alpha Front)']
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import Any

from ...names.fold import normalise, strip_marks
from .report import ImportReport

__all__ = ["PAREN", "aliases_for", "clean", "drop_shared_names", "group_names", "repair", "slug"]

PAREN = re.compile(r"\s*\(([^)]*)\)\s*$")  # a trailing parenthesis, e.g. ' (AQIM)'
_C1 = re.compile("[\u0080-\u009f]")
_UTF8_AS_LATIN1 = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]{1,3}")


def slug(text: str) -> str:
    """``text`` folded to lowercase ASCII words joined by hyphens, for an id.

    >>> slug("Jamāʿat Nuṣrat al-Islām")
    'jama-at-nusrat-al-islam'
    """
    return re.sub(r"[^a-z0-9]+", "-", strip_marks(text)).strip("-") or "group"


def repair(text: str) -> str:
    """Undo mojibake: UTF-8 read as Latin-1 ('groupâ\x80\x99s'), cp1252 bytes kept as
    C1 control characters ('l\x92Unification')."""

    def utf8(m: re.Match[str]) -> str:
        try:
            return m.group(0).encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return m.group(0)

    text = _UTF8_AS_LATIN1.sub(utf8, text)
    return _C1.sub(lambda m: bytes([ord(m.group(0))]).decode("cp1252", errors="replace"), text)


def clean(text: str) -> str:
    """Undo MMP's escaping (backslash quotes, HTML entities) and mojibake; trim."""
    text = text.replace("\\&#039;", "'").replace("\\'", "'").replace('\\"', '"')
    return repair(html.unescape(text)).strip()


def group_names(name: str) -> tuple[str, list[dict[str, Any]]]:
    """Canonical name and extra names from an MMP key name such as 'X (ABC)'.

    An acronym or a "Formerly X" in parentheses gives extra names (and the name
    without them); any other parenthesis is a qualifier such as a country, and
    gives none.
    """
    extras: list[dict[str, Any]] = []
    m = PAREN.search(name)
    if m:
        inner = m.group(1).strip()
        base = name[: m.start()].strip()
        if inner.lower().startswith("formerly "):
            extras.append(
                {
                    "name": inner[9:].strip(),
                    "kind": "official",
                    "note": "former name, from MMP's group key",
                }
            )
        elif re.fullmatch(r"[A-Z][A-Za-z0-9\-]{1,9}", inner) and any(
            c.isupper() for c in inner[1:]
        ):
            extras.append({"name": inner, "kind": "acronym", "note": "from MMP's group key"})
        else:
            return name, []
        if base:
            extras.append({"name": base, "kind": "official", "note": "from MMP's group key"})
    return name, extras


def drop_shared_names(groups: dict[str, dict[str, Any]], report: ImportReport) -> None:
    """An extra name that two groups would share is dropped from both (and reported)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for gid, g in groups.items():
        for n in [g["name"], *(x["name"] for x in g["names"])]:
            owners[normalise(n)].add(gid)
    for gid, g in groups.items():
        kept = []
        for extra in g["names"]:
            others = owners[normalise(extra["name"])] - {gid}
            if others:
                report.flag(
                    gid,
                    "shared name",
                    f"{extra['name']!r} also names {sorted(others)}",
                    "not recorded as a name of either group",
                )
            else:
                kept.append(extra)
        g["names"] = kept


def aliases_for(name: str, description: str) -> list[str]:
    """A group's names as a description may write them, including '(ABC)' acronyms."""
    base = PAREN.sub("", name).strip()
    out = {name.strip(), base, re.sub(r"^The\s+", "", base), re.sub(r"\s+\d+$", "", base)}
    m = PAREN.search(name)
    if m and m.group(1).lower().startswith("formerly "):
        out.add(m.group(1)[9:].strip())  # the group's former name
    elif m:
        out.add(m.group(1).strip())
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", base) if w != "The")
    if len(initials) >= 3:
        out.add(initials)  # 'Second Soran Unit' is written 'SSU'
    for variant in list(out):
        pattern = rf"{re.escape(variant)}\s*\(([A-Z][A-Za-z\-]{{1,9}})\)"
        for acr in re.finditer(pattern, description, re.I):
            out.add(acr.group(1))
    return [a for a in out if a]
