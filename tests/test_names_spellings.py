"""Real spellings of the article's groups, and real groups the data does not hold.

Each spelling is marked with where such a spelling is used: an event dataset
(GTD, UCDP, ACLED, MMP), a designation list (UN, US FTO, UK), the French-language
press, a romanisation scheme applied to the Arabic name (ALA-LC, DMG), or
analysts' writing generally. The forms were written down from memory of those
sources (no search was available), and only where the form was remembered with
confidence; a scheme's form is the scheme applied.

``needs`` says what the data lacks for the spelling to resolve: ``""`` (the
rules suffice: it must resolve to the group), an alias (it must not resolve to
another group meanwhile), or ``region=…`` (the qualifier rule needs the
group's region). :func:`with_needs` builds the data with those aliases and
regions added, and checks they suffice.

``ABSENT`` holds real groups the data does not hold, many sharing words with
ours: none may resolve, ever.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

import pytest

import lineage
from lineage import Dataset, Lineage

from .conftest import ROOT


class Spelling(NamedTuple):
    text: str
    group: str
    used_in: str
    needs: str = ""


S = Spelling
SPELLINGS: list[Spelling] = [
    # al-qaeda
    S("al-Qaeda", "al-qaeda", "press, analysts"),
    S("Al-Qaida", "al-qaeda", "GTD, UN list"),
    S("al-Qa'ida", "al-qaeda", "US FTO list"),
    S("Al Qaïda", "al-qaeda", "French press"),
    S("Al-Qaïda", "al-qaeda", "French press"),
    S("al-Qāʿidah", "al-qaeda", "ALA-LC"),
    S("al-Qāʿida", "al-qaeda", "DMG"),
    S("Al Qaida", "al-qaeda", "analysts"),
    S("Al-Qaeda Central", "al-qaeda", "analysts", "Al-Qaeda Central"),
    S("AQC", "al-qaeda", "analysts", "AQC"),
    S("Qaidat al-Jihad", "al-qaeda", "analysts (name after 2001)", "Qaidat al-Jihad"),
    # aqim
    S("AQIM", "aqim", "article, analysts"),
    S("Al-Qaida in the Islamic Maghreb (AQIM)", "aqim", "GTD"),
    S("al-Qa'ida in the Islamic Maghreb (AQIM)", "aqim", "US FTO list"),
    S("al-Qaeda in the Islamic Maghreb", "aqim", "press"),
    S("AQIM (Algeria)", "aqim", "GTD-style country qualifier"),
    S("Al-Qaïda au Maghreb islamique", "aqim", "French press", "Al-Qaïda au Maghreb islamique"),
    S("Al-Qaïda au Maghreb islamique (AQMI)", "aqim", "French press", "AQMI"),
    S("AQMI", "aqim", "French press", "AQMI"),
    S("Aqmi", "aqim", "French press (Le Monde casing)", "AQMI"),
    S(
        "Organization of Al-Qaida in the Islamic Maghreb",
        "aqim",
        "UN list",
        "Organization of Al-Qaida in the Islamic Maghreb",
    ),
    S(
        "Tanẓīm al-Qāʿidah fī Bilād al-Maghrib al-Islāmī",
        "aqim",
        "ALA-LC",
        "Tanzim al-Qa'ida fi Bilad al-Maghrib al-Islami",
    ),
    S("GSPC", "aqim", "analysts (name until 2007)", "GSPC"),
    S(
        "Salafist Group for Preaching and Combat",
        "aqim",
        "analysts (name until 2007)",
        "Salafist Group for Preaching and Combat",
    ),
    S(
        "Groupe salafiste pour la prédication et le combat",
        "aqim",
        "French press (name until 2007)",
        "Groupe salafiste pour la prédication et le combat",
    ),
    # aqim-sahara
    S("AQIM's Sahara branch", "aqim-sahara", "analysts"),
    S("Sahara branch of AQIM", "aqim-sahara", "analysts"),
    S("AQIM Sahara Emirate", "aqim-sahara", "analysts", "AQIM Sahara Emirate"),
    # ansar-dine
    S("Ansar Dine", "ansar-dine", "article, MMP, UCDP"),
    S("Ansar al-Din", "ansar-dine", "analysts"),
    S("Ansar al-Dine", "ansar-dine", "US FTO list"),
    S("Ansar al-Dine (Mali)", "ansar-dine", "GTD"),
    S("Ansar al-Dine (AAD)", "ansar-dine", "US FTO list"),
    S("Ansar Eddine", "ansar-dine", "UN list, French press"),
    S("Ansar ed-Dine", "ansar-dine", "French press"),
    S("Ansar ad-Din", "ansar-dine", "analysts"),
    S("Anṣār ad-Dīn", "ansar-dine", "DMG"),
    S("Anṣār al-Dīn", "ansar-dine", "ALA-LC"),
    S("Ansar Deen", "ansar-dine", "press"),
    S("Ansar Dine (Mali)", "ansar-dine", "GTD-style country qualifier"),
    S("AAD", "ansar-dine", "US FTO list", "AAD"),
    # al-murabitoun
    S("Al-Murabitun", "al-murabitoun", "analysts"),
    S("al-Murābiṭūn", "al-murabitoun", "ALA-LC"),
    S("Al-Mourabitoun", "al-murabitoun", "UCDP, French press"),
    S("Al Mourabitoun", "al-murabitoun", "UN list, MMP"),
    S("Al-Mourabitoune", "al-murabitoun", "French press"),
    S("Al-Mourabitoun (Mali)", "al-murabitoun", "GTD-style country qualifier", "region=Mali"),
    # those-who-sign-with-blood
    S("Those Who Sign with Blood", "those-who-sign-with-blood", "article"),
    S("al-Muwaqqiʿūn bi-al-Dimāʾ", "those-who-sign-with-blood", "ALA-LC"),
    S("al-Muwaqqi'un bi-l-Dima", "those-who-sign-with-blood", "analysts"),
    S(
        "Those Who Sign in Blood",
        "those-who-sign-with-blood",
        "analysts",
        "Those Who Sign in Blood",
    ),
    S(
        "Signatories in Blood",
        "those-who-sign-with-blood",
        "press",
        "Signatories in Blood",
    ),
    S(
        "Signataires par le sang",
        "those-who-sign-with-blood",
        "French press",
        "Signataires par le sang",
    ),
    # mojwa
    S("Mujao", "mojwa", "French press"),
    S("Movement for Oneness and Jihad in West Africa", "mojwa", "GTD, analysts"),
    S("Movement for Oneness and Jihad in West Africa (MUJAO)", "mojwa", "GTD"),
    S("Movement for Unity and Jihad in West Africa (MUJAO)", "mojwa", "MMP"),
    S(
        "Movement for Unity and Jihad in West Africa",
        "mojwa",
        "US FTO list, MMP",
        "Movement for Unity and Jihad in West Africa",
    ),
    S(
        "Mouvement pour l'unicité et le jihad en Afrique de l'Ouest",
        "mojwa",
        "French press",
        "Mouvement pour l'unicité et le jihad en Afrique de l'Ouest",
    ),
    S(
        "Mouvement pour l'Unification et le Jihad en Afrique de l'Ouest (MUJAO)",
        "mojwa",
        "UN list",
        "Mouvement pour l'Unification et le Jihad en Afrique de l'Ouest",
    ),
    S(
        "Jama'at at-Tawhid wal-Jihad fi Gharb Afriqiya",
        "mojwa",
        "analysts (Arabic name)",
        "Jama'at al-Tawhid wal-Jihad fi Gharb Afriqiya",
    ),
    S("MUJWA", "mojwa", "analysts", "MUJWA"),
    # jnim
    S("Jamaat Nusrat al-Islam wal Muslimin (JNIM)", "jnim", "GTD"),
    S("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "jnim", "US FTO list, UN list"),
    S("Jamāʿat Nuṣrat al-Islām wa-al-Muslimīn", "jnim", "ALA-LC"),
    S("Ǧamāʿat Nuṣrat al-Islām wa-l-Muslimīn", "jnim", "DMG"),
    S("Jamaat Nosrat al-Islam wal-Mouslimin", "jnim", "French press"),
    S("Jama'a Nusrat ul-Islam wa al-Muslimin", "jnim", "article (straight apostrophe)"),
    S("Jama'at Nasr al-Islam wal Muslimin", "jnim", "press", "Jama'at Nasr al-Islam wal Muslimin"),
    S(
        "Groupe de soutien à l'islam et aux musulmans",
        "jnim",
        "French press",
        "Groupe de soutien à l'islam et aux musulmans",
    ),
    S("GSIM", "jnim", "French press", "GSIM"),
    S("JNIM/GSIM", "jnim", "French press", "GSIM"),
    S(
        "Group for the Support of Islam and Muslims",
        "jnim",
        "analysts",
        "Group for the Support of Islam and Muslims",
    ),
    S(
        "JNIM: Group for Support of Islam and Muslims",
        "jnim",
        "ACLED",
        "Group for Support of Islam and Muslims",
    ),
    # isgs
    S("Islamic State in the Greater Sahara (ISGS)", "isgs", "GTD, UN list"),
    S("IS-GS", "isgs", "analysts"),
    S("ISIS-GS", "isgs", "US FTO list"),
    S("ISIS-Greater Sahara", "isgs", "US FTO list"),
    S("Islamic State (Greater Sahara)", "isgs", "ACLED"),
    S("EIGS", "isgs", "French press", "EIGS"),
    S("État islamique au Grand Sahara", "isgs", "French press", "État islamique au Grand Sahara"),
    S(
        "Etat islamique au Grand Sahara (EIGS)",
        "isgs",
        "French press",
        "État islamique au Grand Sahara",
    ),
    S("Islamic State of the Greater Sahara", "isgs", "press"),
    S(
        "Islamic State Sahel Province",
        "isgs",
        "analysts (name from 2022)",
        "Islamic State Sahel Province",
    ),
    S("Islamic State (Sahel)", "isgs", "ACLED (from 2022)", "Islamic State Sahel Province"),
    S("ISSP", "isgs", "analysts (from 2022)", "ISSP"),
    # islamic-state
    S("the Islamic State", "islamic-state", "press"),
    S("ISIS/ISIL", "islamic-state", "press"),
    S("Daech", "islamic-state", "French press"),
    S("Da'ish", "islamic-state", "analysts"),
    S("DAESH", "islamic-state", "press"),
    S("Al-Qaida in Iraq", "islamic-state", "GTD (its name until 2006)"),
    S("al-Qa'ida in Iraq", "islamic-state", "US FTO list"),
    S("Al-Qaeda in Iraq (AQI)", "islamic-state", "analysts"),
    S(
        "Islamic State of Iraq and the Levant (ISIL)",
        "islamic-state",
        "GTD",
        "Islamic State of Iraq and the Levant",
    ),
    S(
        "Islamic State of Iraq and the Levant",
        "islamic-state",
        "UN list, US FTO list",
        "Islamic State of Iraq and the Levant",
    ),
    S(
        "Islamic State of Iraq and Syria",
        "islamic-state",
        "press",
        "Islamic State of Iraq and Syria",
    ),
    S(
        "Islamic State of Iraq and al-Sham",
        "islamic-state",
        "analysts",
        "Islamic State of Iraq and al-Sham",
    ),
    S("Islamic State of Iraq", "islamic-state", "analysts (2006–2013)", "Islamic State of Iraq"),
    S("État islamique", "islamic-state", "French press", "État islamique"),
    S("Etat islamique (EI)", "islamic-state", "French press", "État islamique"),
    S("al-Dawla al-Islamiya", "islamic-state", "analysts (Arabic name)", "al-Dawla al-Islamiyya"),
    # boko-haram
    S("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "boko-haram", "UCDP, UN list"),
    S("Jama'atu Ahlus-Sunnah Lidda'Awati Wal Jihad", "boko-haram", "Nigerian press"),
    S(
        "Boko Haram (Jama'atu Ahlis Sunna Lidda'awati wal-Jihad)",
        "boko-haram",
        "designation lists",
    ),
    S("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "boko-haram", "ACLED"),
    S("Jamāʿat Ahl al-Sunnah lil-Daʿwah wa-al-Jihād", "boko-haram", "ALA-LC"),
    S("Jamāʿat Ahl as-Sunna li-d-Daʿwa wa-l-Ǧihād", "boko-haram", "DMG"),
    S("Jama'at Ahl al-Sunna li-l-Da'wa wa-l-Jihad", "boko-haram", "analysts"),
    S("Boko Haram (Nigeria)", "boko-haram", "GTD-style country qualifier"),
    # iswap
    S("Islamic State West Africa Province (ISWAP)", "iswap", "UN list, GTD"),
    S("Islamic State's West Africa Province", "iswap", "press"),
    S("Islamic State in West Africa Province", "iswap", "press"),
    S("Islamic State West Africa", "iswap", "press"),
    S("Islamic State (West Africa)", "iswap", "ACLED"),
    S("ISIS-West Africa", "iswap", "US FTO list"),
    S("Iswap", "iswap", "French press"),
    S("ISIS-WA", "iswap", "US FTO list", "ISIS-WA"),
    S("Wilayat Gharb Afriqiya", "iswap", "analysts (Arabic name)", "Wilayat Gharb Afriqiya"),
    S(
        "État islamique en Afrique de l'Ouest",
        "iswap",
        "French press",
        "État islamique en Afrique de l'Ouest",
    ),
    # jund-al-khilafa
    S("Jund al-Khilafah", "jund-al-khilafa", "analysts"),
    S("Jund al-Khalifa", "jund-al-khilafa", "press"),
    S("Jund al-Khilafah in Algeria", "jund-al-khilafa", "US designation"),
    S("Jund al-Khilafah in Algeria (JAK-A)", "jund-al-khilafa", "US designation, UN list"),
    S("Jund al-Khalifa (Algeria)", "jund-al-khilafa", "GTD-style country qualifier"),
    S("Jund Al-Khilafa", "jund-al-khilafa", "French press"),
    S(
        "Soldiers of the Caliphate in Algeria",
        "jund-al-khilafa",
        "press",
        "Soldiers of the Caliphate in Algeria",
    ),
    # macina-liberation-front
    S("Macina Liberation Front (FLM)", "macina-liberation-front", "GTD"),
    S(
        "Front de libération du Macina",
        "macina-liberation-front",
        "French press",
        "Front de libération du Macina",
    ),
    S(
        "Front de libération du Macina (FLM)",
        "macina-liberation-front",
        "French press",
        "Front de libération du Macina",
    ),
    S("Katiba Macina", "macina-liberation-front", "French press", "Katiba Macina"),
    # wilayat-sinai
    S("Wilayah Sinai", "wilayat-sinai", "press"),
    S("Sinai Province of the Islamic State", "wilayat-sinai", "GTD"),
    S("Islamic State – Sinai Province", "wilayat-sinai", "press"),
    S("Islamic State's Sinai Province", "wilayat-sinai", "press"),
    S("ISIS-Sinai Province", "wilayat-sinai", "US FTO list"),
    S("Islamic State in Sinai", "wilayat-sinai", "press"),
    S("Wilayat Sinai (Egypt)", "wilayat-sinai", "GTD-style country qualifier"),
    S("ISIS-SP", "wilayat-sinai", "US FTO list", "ISIS-SP"),
    S("Wilāyat Sīnāʾ", "wilayat-sinai", "ALA-LC", "Wilayat Sina'"),
    S("Ansar Bayt al-Maqdis", "wilayat-sinai", "MMP, analysts"),
    S("Ansar Beit al-Maqdis", "wilayat-sinai", "press, French press"),
    S("Ansar Bait al-Maqdis", "wilayat-sinai", "press"),
    S("Anṣār Bayt al-Maqdis", "wilayat-sinai", "ALA-LC"),
    S("Ansar Bayt al-Maqdis (ABM)", "wilayat-sinai", "UK list, press"),
    S("Ansar Bayt al-Maqdis (Ansar Jerusalem)", "wilayat-sinai", "GTD", "Ansar Jerusalem"),
    S("ABM", "wilayat-sinai", "analysts", "ABM"),
]

ABSENT: list[tuple[str, str]] = [
    # shares a word or a form with one of ours
    ("Ansar al-Sharia in Libya", "US FTO list"),
    ("Ansar al-Sharia (Libya)", "GTD"),
    ("Ansar al-Sharia (Tunisia)", "GTD"),
    ("Ansar al-Sharia in Tunisia", "US FTO list"),
    ("Ansar al-Sharia", "press"),
    ("Ansar Al Sharia-Tunisia", "UK list"),
    ("Al-Qaeda in the Arabian Peninsula", "press"),
    ("Al-Qaida in the Arabian Peninsula (AQAP)", "GTD"),
    ("al-Qa'ida in the Arabian Peninsula", "US FTO list"),
    ("AQAP", "analysts"),
    ("Al-Qaeda in the Indian Subcontinent", "press"),
    ("AQIS", "analysts"),
    ("Al Qaeda in Yemen", "analysts"),
    ("Al-Qaeda in Syria", "press (of al-Nusra)"),
    ("Islamic State – Khorasan Province", "press"),
    ("Islamic State Khorasan Province (ISKP)", "analysts"),
    ("ISKP", "analysts"),
    ("IS-K", "press"),
    ("ISIS-K", "US FTO list"),
    ("Khorasan Chapter of the Islamic State", "GTD"),
    ("Wilayat Khorasan", "analysts"),
    ("Islamic State in Libya", "press"),
    ("Islamic State (Libya)", "ACLED-style"),
    ("Islamic State – Libya", "press"),
    ("Wilayat Barqa", "analysts"),
    ("Islamic State Central Africa Province", "analysts"),
    ("ISCAP", "analysts"),
    ("Islamic State – Mozambique Province", "analysts"),
    ("Islamic State Somalia Province", "analysts"),
    ("Islamic State in Somalia", "press"),
    ("Islamic State East Asia Province", "analysts"),
    ("Jabhat al-Nusra", "analysts"),
    ("Al-Nusrah Front", "GTD"),
    ("Nusra Front", "press"),
    ("Jabhat Fateh al-Sham", "analysts"),
    ("Hayat Tahrir al-Sham", "analysts"),
    ("HTS", "analysts"),
    ("Ansaru", "UK list, analysts"),
    ("Jama'atu Ansarul Muslimina fi Biladis Sudan", "UN list"),
    ("Ansar al-Islam", "press (Burkina Faso)"),
    ("Ansarul Islam", "analysts (Burkina Faso)"),
    ("Jabhat Ansar al-Din", "analysts (Syria)"),
    ("Jund al-Khilafah in Tunisia", "analysts"),
    ("Jund al-Khilafah (Tunisia)", "GTD-style"),
    ("Jund al-Aqsa", "analysts"),
    ("Jund al-Islam", "analysts"),
    ("Jama'at Ansar al-Sunna (JAS)", "analysts (Iraq)"),
    ("Ansar al-Sunna", "analysts (Iraq)"),
    ("Al-Mourabitoun (Lebanon)", "analysts (Lebanese militia)"),
    ("Armed Islamic Group (GIA)", "GTD"),
    ("Groupe islamique armé", "French press"),
    ("National Movement for the Liberation of Azawad (MNLA)", "GTD"),
    ("MNLA", "press"),
    ("Okba Ibn Nafaa Brigade", "analysts"),
    ("Jemaah Islamiyah", "analysts"),
    ("Al-Gama'a al-Islamiyya", "analysts"),
    ("Egyptian Islamic Jihad", "analysts"),
    ("Ajnad Misr", "analysts"),
    ("Al-Shabaab", "GTD"),
    ("Harakat al-Shabaab al-Mujahideen", "analysts"),
    ("Tehrik-i-Taliban Pakistan (TTP)", "GTD"),
    ("Lashkar-e-Taiba", "analysts"),
    ("Ansar Allah", "analysts (Houthis)"),
    # one word of ours, or a place of ours
    ("Ansar", "a word"),
    ("Nusra", "a word"),
    ("Province", "a word"),
    ("Islamic", "a word"),
    ("Jihad", "a word"),
    ("Sinai", "a place"),
    ("Macina", "a place"),
    ("Sahara", "a place"),
    ("Islamic State in", "a fragment"),
    # ours with a qualifier that does not agree with the group's region
    ("Boko Haram (Cameroon)", "GTD-style qualifier"),
    ("Ansar Dine (Burkina Faso)", "GTD-style qualifier"),
    ("Jund al-Khalifa (Libya)", "GTD-style qualifier"),
    ("AQIM (Mali)", "GTD-style qualifier, narrower than its region"),
    ("Islamic State (Iraq)", "a qualifier the Islamic State has no region for"),
]

RULES_ONLY = [s for s in SPELLINGS if not s.needs]
NEEDS_DATA = [s for s in SPELLINGS if s.needs]


def _id(s: Spelling) -> str:
    return s.text


def test_the_lists_are_long_enough() -> None:
    assert len(SPELLINGS) >= 100
    assert len({s.text for s in SPELLINGS}) == len(SPELLINGS)
    assert len(ABSENT) >= 50
    assert {s.group for s in SPELLINGS} >= {g.id for g in lineage.load().groups} - {"al-qaeda"}


@pytest.mark.parametrize("spelling", RULES_ONLY, ids=_id)
def test_a_spelling_resolves_by_the_rules(lg: lineage.Lineage, spelling: Spelling) -> None:
    found = lg.resolve(spelling.text)
    assert found.id == spelling.group, found.line()
    assert found.match in ("exact", "rule")
    assert lg.group(spelling.text).id == spelling.group


@pytest.mark.parametrize("spelling", NEEDS_DATA, ids=_id)
def test_a_spelling_the_data_lacks_is_never_another_group(
    lg: lineage.Lineage, spelling: Spelling
) -> None:
    (found,) = lg.resolve_many([spelling.text])
    assert found.id in (None, spelling.group), found.line()


@pytest.mark.parametrize(("name", "used_in"), ABSENT)
@pytest.mark.parametrize("at", [None, "2010", "2017"])
def test_an_absent_group_never_resolves(
    lg: lineage.Lineage, name: str, used_in: str, at: str | None
) -> None:
    (found,) = lg.resolve_many([name], at=at)
    assert found.record is None, f"{found.line()} ({used_in})"
    assert found.match in ("fuzzy", "none", "ambiguous")


def with_needs() -> Lineage:
    """The bundled data with every alias and region the spellings need."""
    doc: dict[str, Any] = json.loads((ROOT / "data" / "groups.json").read_text(encoding="utf-8"))
    groups = {g["id"]: g for g in doc["groups"]}
    for s in NEEDS_DATA:
        record = groups[s.group]
        if s.needs.startswith("region="):
            record["region"] = s.needs.removeprefix("region=")
        elif s.needs not in [n["name"] for n in record.get("names", [])]:
            kind = "acronym" if s.needs.replace("-", "").isupper() else "translation"
            record.setdefault("names", []).append(
                {"name": s.needs, "kind": kind, "note": f"used in {s.used_in}"}
            )
    return Lineage(Dataset.model_validate(doc), checked=True)


@pytest.fixture(scope="module")
def needed() -> Lineage:
    return with_needs()


@pytest.mark.parametrize("spelling", SPELLINGS, ids=_id)
def test_with_the_aliases_every_spelling_resolves(needed: Lineage, spelling: Spelling) -> None:
    assert needed.resolve(spelling.text).id == spelling.group


@pytest.mark.parametrize(("name", "used_in"), ABSENT)
def test_with_the_aliases_no_absent_group_resolves(
    needed: Lineage, name: str, used_in: str
) -> None:
    (found,) = needed.resolve_many([name])
    assert found.record is None, f"{found.line()} ({used_in})"


def test_resolution_rates(lg: lineage.Lineage) -> None:
    found = lg.resolve_many([s.text for s in SPELLINGS])
    right = sum(r.id == s.group for r, s in zip(found, SPELLINGS, strict=True))
    wrong = sum(r.id not in (None, s.group) for r, s in zip(found, SPELLINGS, strict=True))
    assert wrong == 0
    # every spelling the rules alone handle, and more through the data's sourced aliases
    assert right >= len(RULES_ONLY)
    assert right / len(SPELLINGS) >= 0.85
    absent = lg.resolve_many([name for name, _ in ABSENT])
    assert sum(r.record is not None for r in absent) == 0
