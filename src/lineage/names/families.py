"""Word families: one Arabic, French or English word's spellings, which never tell
two organisations apart (Qaeda/Qaida/Qa'ida, Bayt/Beit, Wilayat/Province), each
folded to one spelling by the families step of the spelling rules (:mod:`.rules`).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["DAESH", "FAMILIES", "family"]

# Daesh (داعش, the Arabic acronym turned word) in its vowel spellings, in capitals too
DAESH = re.compile(r"^da(?:a|e|i|ii|ee|ai|ei)[sc]h$")
FAMILIES = (
    # and the Slavic cases Al-Kaidy, Al Káidu
    (
        "Qaeda/Qaida",
        re.compile(r"^[qk]u?(?:a+(?:e|i|ei|ie|ee|ai)|aa+|ea?)d(?:a[ht]?|[yu])$"),
        "qaida",
    ),
    ("Daesh/Da'ish", DAESH, "daesh"),
    ("Jama'a/Jamaat", re.compile(r"^(?:dj|j|g)[ae]m[ae]{1,2}(?:h|t|tu|ti|tou)?$"), "jamaa"),
    ("Khilafa/Khalifa", re.compile(r"^kh?[ai]l[ai]ff?ah?t?$"), "khilafa"),
    ("Din/Dine", re.compile(r"^e?d(?:i|ee|ii|y)ne?$"), "din"),  # and Ançar-Edine
    ("Bayt/Beit", re.compile(r"^b(?:a|e)(?:y|i)t$"), "bayt"),
    (
        "Wilayat/Province",
        re.compile(r"^(?:wila[yj](?:a|ah|at|et)|provinc(?:e|ia|ie)|provinz|prowincja)$"),
        "province",
    ),
    ("Maqdis/Maqdes", re.compile(r"^ma[qk]d[aei]s+$"), "maqdis"),
    ("Ansar/Ancar", re.compile(r"^an[sc]ar$"), "ansar"),
    ("Maghreb/Maghrib", re.compile(r"^magh?r[ei]b$"), "maghreb"),
    ("Sahel/Sahil", re.compile(r"^sah[ei]l$"), "sahel"),
    ("Grand/Greater", re.compile(r"^(?:grand|great|greater|gran|grande)$"), "greater"),
    ("Organization/Organisation", re.compile(r"^organi[sz]ation$"), "organization"),
    ("Ifriqiya/Afriqiya", re.compile(r"^[ai]fri[qk]+i?y+a+h?$"), "ifriqiya"),
    ("Sinai/Sayna", re.compile(r"^s(?:i|ay|ai|ei)naa?i?$"), "sinai"),
    ("fi/in", re.compile(r"^f[iy]$"), "in"),  # Arabic fī is in: Qa'idat al-Jihad in Bilad
    ("wa/w", re.compile(r"^we?$"), "wa"),  # and: fi l-Iraq w Sham, al-Islam we al-Muslimin
    ("Sahara/Saharan", re.compile(r"^sahar(?:a|an|ien|ienne)$"), "sahara"),
    ("Katiba/Battalion", re.compile(r"^(?:katibat?|battalions?|brigades?|bataillons?)$"), "katiba"),
)
"""(label, pattern, the one spelling): a word the pattern matches is that spelling."""


@lru_cache(maxsize=1 << 14)
def family(word: str) -> tuple[str, tuple[str, ...]]:
    """``word`` as its family's one spelling, and the event (``label:word``) when it
    changed; a word of no family as it is.

    >>> family("quaida"), family("islam")
    (('qaida', ('Qaeda/Qaida:quaida',)), ('islam', ()))
    """
    for label, pattern, canonical in FAMILIES:
        if pattern.match(word):
            return canonical, ((f"{label}:{word}",) if word != canonical else ())
    return word, ()
