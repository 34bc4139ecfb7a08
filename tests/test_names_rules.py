"""The spelling rules and shape rules, one table per rule, and what they must not do."""

from __future__ import annotations

import pickle

import pytest

import lineage
from lineage import AmbiguousNameError, UnknownNameError
from lineage.names import explain_rules, rule_key
from lineage.names.descriptors import descriptor
from lineage.names.places import agrees, place_of
from lineage.names.shapes import (
    acronym_spells,
    alternatives,
    bracketed,
    in_place,
    joined_owner,
    owner_rest,
    pair,
)

from .build import group
from .build import lineage as make

# Each rule: spellings that must meet, and the rule named when they do.
SAME = [
    # letters (DMG / ALA-LC) and marks
    ("letters", "Ǧamāʿat Nuṣrat", "Jama'at Nusrat", "Ǧ→J"),
    ("letters", "Ḫilāfa", "Khilafa", "Ḫ→Kh"),
    ("letters", "Anṣār al-Dīn", "Ansar al-Din", ""),
    ("letters", "al-Qæda", "al-Qaeda", "æ→ae"),
    ("French w", "Nosrat El-Islam Oual Mouslimine", "Nusrat al-Islam wal-Muslimin", "ou→w"),
    ("French w", "al islam oua al mouslimine", "al-Islam wa al-Muslimin", "-ine→-in"),
    # possessive
    ("possessive", "Islamic State's Sinai Province", "Islamic State Sinai Province", "possessive"),
    ("possessive", "AQIM’s Sahara branch", "AQIM Sahara branch", "possessive"),
    # the Arabic article and its sun-letter forms
    ("article", "Ansar al-Din", "Ansar Din", "al- dropped"),
    ("article", "Ansar el-Din", "Ansar Din", "el- dropped"),
    ("article", "Nusrat ul-Islam", "Nusrat Islam", "ul- dropped"),
    ("article", "Ansar ad-Din", "Ansar Din", "ad- dropped"),
    ("article", "Ansar ud-Din", "Ansar Din", "ud- dropped"),
    ("article", "Ahl as-Sunna", "Ahl Sunna", "as- dropped"),
    ("article", "Ansar ash-Sharia", "Ansar Sharia", "ash- dropped"),
    ("article", "Jabhat an-Nusra", "Jabhat Nusra", "an- dropped"),
    ("article", "Ansar Eddine", "Ansar Dine", "eddine→dine"),
    ("article", "wal-Jihad", "wa al-Jihad", "wal-→wa"),
    ("article", "wa-l-Jihad", "wa al-Jihad", "l- dropped"),
    ("article", "wa'l-Jihad", "wa al-Jihad", "wal-→wa"),
    ("article", "bil-Dima", "bi al-Dima", "bil-→bi"),
    ("article", "f'al-Iraq", "fi al-Iraq", "fal-→fi"),
    ("article", "lid-Da'wah", "li al-Da'wah", "lid-→li"),
    ("article", "Lidda'awati", "li al-Da'awati", "liddaawati→daawati"),
    ("article", "Ahlis Sunna", "Ahl as-Sunna", "ahlis→ahl"),
    ("article", "Ansaruddin", "Ansar ud-Din", "ansaruddin→ansar din"),
    ("article", "Ahlussunah", "Ahl as-Sunnah", "ahlussunah→ahl sunah"),
    ("article", "Ahlisunnah", "Ahlis Sunna", "ahlisunnah→ahl sunnah"),
    ("article", "Lida'awati", "Lidda'awati", "lidaawati→li daawati"),
    ("article", "wa L Jihâd", "wal-Jihad", "l- dropped"),  # a lone capital is a letter
    ("ending", "Lidawatti", "Lidda'awati", "-ah/-at ending"),
    ("ending", "Nousratou", "Nusrat", "-ah/-at ending"),
    ("article", "Ansareddine", "Ansar Dine", "ansareddine→ansar dine"),
    ("article", "Ahlus-Sunnah", "Ahl al-Sunnah", "ahlus→ahl"),
    ("article", "Al Qaeda", "Qaeda", "al- dropped"),
    ("article", "Qaidat a-Jihad", "Qaidat al-Jihad", ""),  # a- read as the article
    # a French article opening the name
    ("French article", "la katiba Macina", "Katiba Macina", "'la' dropped"),
    ("French article", "les Signataires par le sang", "Signataires par le sang", "'les' dropped"),
    ("French article", "L'État islamique", "État islamique", "l- dropped"),
    ("French article", "los Almorávides", "Les Almoravides", "'los' dropped"),
    ("French article", "Die mit Blut unterschreiben", "mit Blut unterschreiben", "'die'"),
    ("French article", "L’État islamique", "Etat islamique", "l- dropped"),
    # the English article
    ("the", "the Islamic State", "Islamic State", "'the' dropped"),
    # one word's spellings
    ("families", "Qaeda", "Qaida", "Qaeda/Qaida"),
    ("families", "fi l Iraq w Sham", "fil-Iraq wash-Sham", "wa/w"),
    ("families", "Ançar-Edine", "Ansar Dine", "Din/Dine"),
    ("families", "Wilaja Sinai", "Wilayat Sinai", "Wilayat/Province"),
    ("families", "Provinz Sinai", "Sinai Province", "Wilayat/Province"),
    ("families", "Provincie Sinai", "Sinai Province", "Wilayat/Province"),
    ("families", "Al-Kaidy", "al-Qaida", "Qaeda/Qaida"),
    ("families", "al Islam We al Muslimin", "al-Islam wal-Muslimin", "wa/w"),
    ("families", "Qa'ida", "Qaida", ""),
    ("families", "Qaïda", "Qaida", ""),
    ("families", "Qāʿidah", "Qaida", "Qaeda/Qaida"),
    ("families", "Jama'a", "Jamaat", "Jama'a/Jamaat"),
    ("families", "Jamāʿat", "Jamaat", ""),
    ("families", "Jama'atu", "Jamaat", "Jama'a/Jamaat"),
    ("families", "Djamaat", "Jamaat", "Jama'a/Jamaat"),
    ("families", "Khilafa", "Khalifa", "Khilafa/Khalifa"),
    ("families", "Khilafah", "Kalifah", "Khilafa/Khalifa"),
    ("families", "Din", "Dine", "Din/Dine"),
    ("families", "Deen", "Dine", "Din/Dine"),
    ("families", "Bayt", "Beit", "Bayt/Beit"),
    ("families", "Bait", "Bayt", "Bayt/Beit"),
    ("families", "Wilayat Sinai", "Wilayah Sinai", "Wilayat/Province"),
    ("families", "Wilaya Sinai", "Sinai Province", "Wilayat/Province"),
    ("families", "Al Quaida", "Al Qaida", "Qaeda/Qaida"),
    ("families", "Al Qaada", "Al Qaida", "Qaeda/Qaida"),
    ("families", "Al Qeada", "Al Qaeda", "Qaeda/Qaida"),  # a slip the press makes
    ("translit", "Mourabitounes", "Mourabitoun", "-ounes→-oun"),
    ("translit", "Moudjahidines", "Mujahidin", "-ines→-in"),
    ("families", "Bayt al-Maqdes", "Bayt al-Maqdis", "Maqdis/Maqdes"),
    ("families", "Beit al-Makdas", "Bayt al-Maqdis", "Maqdis/Maqdes"),
    ("families", "Ancar Dine", "Ansar Dine", "Ansar/Ancar"),
    ("families", "Islamic Maghrib", "Islamic Maghreb", "Maghreb/Maghrib"),
    ("families", "Sahil Province", "Sahel Province", "Sahel/Sahil"),
    ("families", "Grand Sahara", "Greater Sahara", "Grand/Greater"),
    ("families", "Organisation in the Maghreb", "Organization in the Maghreb", "Organization"),
    ("families", "Garb Ifriqiya", "Gharb Afrīqiyyah", "Ifriqiya/Afriqiya"),
    ("families", "ʾafrīqqīyā", "Ifriqiya", "Ifriqiya/Afriqiya"),
    ("families", "Wilayat Sayna", "Wilayat Sinai", "Sinai/Sayna"),
    ("families", "Wilayat Sina", "Wilayat Sinaa", "Sinai/Sayna"),
    ("families", "Daesh", "Da'ish", "Daesh/Da'ish"),
    ("families", "Daech", "Daesh", "Daesh/Da'ish"),
    ("families", "Dāʻish", "Daesh", "Daesh/Da'ish"),
    # Daesh in capitals is the word, not an acronym (the Library of Australia's
    # authority record lists 'DAISH' among its spellings). The held-out list's
    # capital spellings are not copied here.
    ("families", "DAISH", "Daesh", "Daesh/Da'ish"),
    ("families", "DAISH Sinai Province", "Daesh Sinai Province", "Daesh/Da'ish"),
    # the tāʾ marbūṭa
    ("ending", "Sunnah", "Sunna", "-ah/-at ending"),
    ("ending", "Nusrat", "Nusra", "-ah/-at ending"),
    ("ending", "Da'wah", "Da'wa", "-ah/-at ending"),
    ("ending", "Fateh", "Fatah", "-ah/-at ending"),
    # word order
    ("order", "Province of Sinai", "Sinai Province", "word order"),
    ("order", "Provincia de Sinai", "Sinai Province", "word order"),
    ("order", "Province du Sinaï", "Sinai Province", "word order"),
    ("order", "Sinai Province of the Islamic State", "Sinai Province", "word order"),
    ("order", "Islamic State – Sinai Province", "Sinai Province", "'Islamic State' dropped"),
    ("order", "IS Sinai Province", "Sinai Province", "'Islamic State' dropped"),
    ("order", "Islamic State in West Africa Province", "West Africa Province", "'in' dropped"),
    ("order", "Sahara branch of AQIM", "AQIM Sahara branch", "word order"),
    ("order", "Islamic State’s West Africa branch", "Islamic State West Africa Province", "branch"),
    (
        "order",
        "al-Dawlah al-Islāmiyah – Wilayah Sīnāʼ",
        "Sinai Province",
        "'Islamic State' dropped",
    ),
    ("order", "ad-Dawla al-Islamiyya Wilayat Sina", "Sinai Province", "'Islamic State' dropped"),
    ("families", "Tanzim Qa'idat al-Jihad in Bilad", "Tanzim Qa'idat al-Jihad fi Bilad", "fi/in"),
    ("families", "AQIM’s Saharan Emirate", "AQIM Sahara Emirate", "Sahara/Saharan"),
    ("families", "l'émirat saharien", "l'émirat sahara", "Sahara/Saharan"),
    ("place", "Jound el-Khalifa en Algérie", "Jound el-Khalifa en Algeria", "Algérie"),
    # a word for an armed unit, where it stands and in which language
    ("unit", "al-Mulathamun Brigade", "al-Mulathamun Battalion", "Katiba/Battalion"),
    ("unit", "Katibat al-Mulathamin", "al-Mulathamun Battalion", "word order"),
    ("unit", "Macina Battalion", "Katiba Macina", "word order"),
    ("unit", "Battalion of Those who Sign in Blood", "Those who Sign in Blood Brigade", "Katiba"),
    ("unit", "Bataillon Macina", "Katiba Macina", "Katiba/Battalion"),
    # transliteration schemes
    ("translit", "Mourabitoun", "Murabitun", "ou→u"),
    ("translit", "Mourabitoune", "Murabitoun", "-oune→-oun"),
    ("translit", "Charia", "Sharia", "ch→sh"),
    ("translit", "Katiba Massina", "Katiba Macina", "c→s"),
    ("families", "Ansar Beït al-Maqdess", "Ansar Bayt al-Maqdis", "Maqdis/Maqdes"),
    ("translit", "Djihad", "Jihad", "dj→j"),
    ("translit", "Nosrat", "Nusrat", "o→u"),
    ("translit", "Muslimeen", "Muslimin", "ee→i"),
    ("translit", "Ghali", "Ghaly", "y→i"),
    ("translit", "Muwaqqiun", "Muwaqiun", "doubled letters"),
    ("translit", "Dowlat al-Islamiyah", "Dawlat al-Islamiyah", "ow→aw"),
    ("translit", "Towhid", "Tawhid", "ow→aw"),
    ("translit", "at-tauhid", "al-Tawhid", "au→aw"),
    ("translit", "al-Mulathamin", "al-Mulathamun", "-in→-un"),
    ("translit", "Al-Mulathameen", "al-Mulathamun", "-in→-un"),
    ("translit", "Moudjahidine", "Mujahidun", "-in→-un"),
    # a place's other names
    (
        "place",
        "État islamique en Afrique occidentale",
        "État islamique en Afrique de l'Ouest",
        "Afrique occidentale",
    ),
    ("place", "Islamic State in Western Africa", "Islamic State in West Africa", "Western Africa"),
    # hyphens, spaces and camel case
    ("hyphens", "IS-GS", "ISGS", ""),
    ("hyphens", "AlQaida", "al-Qaeda", ""),
]

# Spellings that must stay apart: a word, a qualifier or an owner tells them apart.
APART = [
    ("Al Qaeda in the Arabian Peninsula", "Al Qaeda"),
    ("Al Qaeda in the Islamic Maghreb", "Al Qaeda in Iraq"),
    ("Islamic State in Libya", "Islamic State"),
    ("Islamic State – Khorasan Province", "Sinai Province"),
    ("Islamic State Province", "Islamic State"),
    ("Province de Sinai", "Province of Tunis"),  # 'de' is 'of' only
    ("Katiba de Macina", "Macina Katiba"),  # beside a province
    ("Ansar al-Sharia (Libya)", "Ansar al-Sharia (Tunisia)"),
    ("Ansar al-Islam", "Ansar Dine"),
    ("Ansaru", "Ansar"),
    ("Jabhat Ansar al-Din", "Ansar Dine"),
    ("Jemaah Islamiyah", "Jama'a Nusrat ul-Islam"),
    ("Jund al-Khilafah in Tunisia", "Jund al-Khilafa"),
    ("Nusra", "Jama'a Nusrat ul-Islam wa al-Muslimin"),
    ("IS Sahel", "Sahel"),
    ("IS Somalia", "Somalia"),
    ("Ansar al-Sunna", "Ansar al-Din"),
    ("Al Qada", "Al Qaida"),  # too short to be sure of: qada is a word of its own
    ("Front la", "Front"),  # only a French article opening a name is dropped
    ("Sahara", "Greater Sahara"),
    ("Ansar", "Ansaru"),
    ("DASH", "Daesh"),  # no vowel after Da-: an acronym, not a spelling of Daesh
    ("DAS", "Daesh"),
    ("Dash", "Daesh"),
    ("Ansaruddin", "Ansaru"),  # a fused ud-Din is split, not cut
    ("Muddin", "Din"),  # a fused ud-Din needs a word of four letters before it
    ("Al Qaeda West Africa branch", "West Africa Province"),  # only IS's branches are provinces
    ("Dawla West Africa Province", "West Africa Province"),  # 'state' alone is no owner
    ("AKMI", "AQMI"),  # an acronym keeps its letters: a k is not a q there
    ("AKMI", "Aqmi"),
    # a unit word is never dropped by the rules: "Macina" is a place, not the katiba
    ("Katiba Macina", "Macina"),
    ("al-Mulathamun Battalion", "al-Mulathamun"),
    ("Kataib Hezbollah", "Hezbollah Brigades"),  # kata'ib is not read as a unit word
    ("Wilayat Sanaa", "Wilayat Sinai"),  # Yemen's capital, not the Sinai
    ("Wilayat Sana'a", "Wilayat Sayna"),
    ("Mourabitoun", "Murabitawn"),  # ou is French u, never the diphthong
    # the plural ending needs a word of five letters or more before it
    ("Din", "Dun"),
    ("Amin", "Amun"),
]


@pytest.mark.parametrize(("rule", "one", "other", "named"), SAME)
def test_a_rule_makes_two_spellings_meet(rule: str, one: str, other: str, named: str) -> None:
    assert rule_key(one) == rule_key(other), rule
    said = ", ".join(explain_rules(one, other) + explain_rules(other, one))
    assert named in said, said


@pytest.mark.parametrize(("one", "other"), APART)
def test_a_rule_never_joins_two_names_a_word_tells_apart(one: str, other: str) -> None:
    assert rule_key(one) != rule_key(other)


@pytest.mark.parametrize("text", sorted({t for _, a, b, _ in SAME for t in (a, b) if " " in t}))
def test_a_name_in_capitals_folds_as_it_does_in_mixed_case(text: str) -> None:
    assert rule_key(text.upper()) == rule_key(text)


def test_no_two_groups_of_the_data_share_a_rule_key_but_by_design(lg: lineage.Lineage) -> None:
    owners: dict[str, set[str]] = {}
    for g in lg.groups:
        for n in g.all_names():
            owners.setdefault(rule_key(n.name), set()).add(g.id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    # the names the data gives two groups, told apart by date: ISWAP's Arabic name
    # (Boko Haram's in 2015-16), 'Tawhid wal Jihad' (Zarqawi's group to 2004, MUJAO
    # in 2011-13), and al-Murabitoun's katiba (Belmokhtar's; al-Sahrawi's from 2016)
    assert sorted(sorted(v) for v in shared.values()) == [
        ["al-murabitoun", "isgs"],
        ["boko-haram", "iswap"],
        ["islamic-state", "mojwa"],
    ]


# places -------------------------------------------------------------------------------

PLACE_CASES = [
    ("Mali", "Mali", True),
    ("Sahel", "Mali", True),
    ("West Africa", "Mali", True),
    ("Burkina Faso", "Mali", False),
    ("Algeria", "North Africa (born in Algeria)", True),
    ("Algérie", "North Africa (born in Algeria)", True),
    ("Maghreb", "North Africa (born in Algeria)", True),
    ("Mali", "North Africa (born in Algeria)", False),
    ("Libya", "North Africa", False),  # narrower than the region: not known to be its place
    ("Nigeria", "Nigeria (Borno state)", True),
    ("Borno", "Nigeria (Borno state)", True),
    ("Lake Chad", "Nigeria (Borno state)", True),
    ("Cameroon", "Nigeria (Borno state)", False),
    ("Chad", "Lake Chad", False),  # the lake is not the country
    ("Egypt", "Egypt", True),
    ("Tunisia", "Libya", False),
    ("Mali", None, False),  # no region: no qualifier agrees
]


@pytest.mark.parametrize(("qualifier", "region", "expected"), PLACE_CASES)
def test_a_qualifier_agrees_only_with_its_region(
    qualifier: str, region: str | None, expected: bool
) -> None:
    place = place_of(qualifier)
    assert place is not None
    assert agrees(place, region) is expected


@pytest.mark.parametrize("text", ["Macina", "Shekau faction", "Ansar Jerusalem", "ISGS", ""])
def test_what_is_not_a_place(text: str) -> None:
    assert place_of(text) is None


# shapes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ansar al-Dine (Mali)", ("Ansar al-Dine", "Mali")),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin [JNIM]",
            ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
        ),
        ("Islamic State (West Africa) - Lake Chad Faction", None),
        ("(Mali)", None),
        ("Boko Haram ()", None),
    ],
)
def test_brackets(text: str, expected: tuple[str, str] | None) -> None:
    assert bracketed(text) == expected


def test_alternatives_pairs_and_owners() -> None:
    assert alternatives("ISIS / ISIL") == ["ISIS", "ISIL"]
    assert alternatives("ISIS/") == []
    assert len(alternatives("/".join(["ISIS"] * 12))) == 12
    assert alternatives("/".join(["ISIS"] * 13)) == []  # a longer list is no name
    assert pair("Boko Haram - JAS") == ("Boko Haram", "JAS")
    assert pair("Islamic State–Sinai") is None  # an unspaced dash is part of a name
    assert owner_rest("IS Sinai") == "Sinai"
    assert owner_rest("Islamic State's Sinai Province") == "Sinai Province"
    assert owner_rest("ISIS") is None
    assert owner_rest("Islamist militants") is None
    # the full names, French prepositions, an acronym joined to ISIS
    assert owner_rest("Islamic State of Iraq and the Levant-West Africa") == "West Africa"
    assert owner_rest("Islamic State of Iraq and Syria West Africa Province") == (
        "West Africa Province"
    )
    assert owner_rest("Daech dans le grand Sahara") == "grand Sahara"
    assert owner_rest("ISIL-WA") == "WA"
    assert joined_owner("ISISWAP") == "WAP"
    assert joined_owner("ISIS") is None
    assert joined_owner("ISIL") is None
    # Arabic 'fi' (in), 'fi Ard' (in the land of) before a place
    assert in_place("Jund al-Khilafah fi Ard al-Jazayer") == ("Jund al-Khilafah", "al-Jazayer")
    assert in_place("Qaedat al-Jihad fi Bilad al-Maghrib") == ("Qaedat al-Jihad", "al-Maghrib")
    assert descriptor("militant group")
    assert not descriptor("brigade")


@pytest.mark.parametrize(
    ("query", "expected", "why"),
    [
        ("ISIL-WA", "iswap", "read as 'ISIS-WA'"),
        ("ISISWAP", "iswap", "read as 'ISWAP'"),
        ("Islamic State of Iraq and the Levant-West Africa", "iswap", "read as"),
        ("Daech dans le grand Sahara", "isgs", "read as 'Islamic State in grand Sahara'"),
        ("Jund al-Khilafah fi Ard al-Jazayer", "jund-al-khilafa", "qualifier 'in al-Jazayer'"),
        ("Al-Mourabitoun (militant group)", "al-murabitoun", "descriptor"),
        ("L’État islamique (EI)", "islamic-state", ""),
        ("EI au Sahel", "isgs", "read as 'Sahel Province'"),  # French owner
        ("EI-Sahel", "isgs", "read as 'Sahel Province'"),
        ("Jund al-Khilāfah fī Arḍ al-Jazāʾir", "jund-al-khilafa", "qualifier 'in al-Jazāʾir'"),
        ("Jund al-Khilafa fi Ard al-Jaza'ir", "jund-al-khilafa", "qualifier"),
        ("EI-Sinaï", "wilayat-sinai", "read as 'Sinaï Province'"),
        ("the Islamic State group", "islamic-state", "'the … group' dropped"),
        ("le groupe État islamique", "islamic-state", "'le groupe …' dropped"),
        ("the so-called Islamic State", "islamic-state", "'the so-called …' dropped"),
        ("the jihadist group Ansar Dine", "ansar-dine", "'the jihadist group …' dropped"),
        ("la secte Boko Haram", "boko-haram", "'la secte …' dropped"),  # the French press
        ("la secte islamiste Boko Haram", "boko-haram", "'la secte islamiste …' dropped"),
        ("la nébuleuse Al-Qaïda", "al-qaeda", "'la nébuleuse …' dropped"),
        ("l'émirat du Sahara d'Aqmi", "aqim-sahara", '"d\'Aqmi" dropped, naming Al Qaeda in'),
        ("AQIM’s Sahara Emirate", "aqim-sahara", "'AQIM’s' dropped, naming"),
        ("Sahara Emirate of AQIM", "aqim-sahara", "'of AQIM' dropped"),
        ("katiba Macina d'Ansar Dine", "macina-liberation-front", "naming Ansar Dine"),
        ("Ansar Dine (sometimes Ansar Eddine)", "ansar-dine", "lists other names of it"),
        ("Al Qaeda in the Islamic Maghreb (AQIM, sometimes alternatively AQMI)", "aqim", "lists"),
        ("Boko Haram (aka JAS)", "boko-haram", "'(aka JAS)' lists other names of it"),
        ("Islamic State (ISIS, ISIL, Daesh)", "islamic-state", "lists other names of it"),
        # ACLED names a group's wings "A - X Faction"
        (
            "Islamic State (West Africa) - Greater Sahara Faction",
            "isgs",
            "the Greater Sahara faction",
        ),
        ("Islamic State (West Africa) - Lake Chad Faction", "iswap", "in its own region"),
        ("Al Mourabitoun (QDe.141)", "al-murabitoun", "reference '(QDe.141)' set aside"),
        ("Boko Haram[1]", "boko-haram", "reference '(1)' set aside"),  # a footnote mark
        (
            "katiba Al-Mouakaoune Biddam",
            "those-who-sign-with-blood",
            "unit word 'katiba' set aside beside its name",
        ),
        ("Al Qaida de Mésopotamie", "islamic-state", "'de' in place of 'en'"),
        ("Al Mouakaoune Biddam brigade", "those-who-sign-with-blood", "unit word 'brigade'"),
        # a table exported in the wrong encoding (UTF-8 read as Windows-1252 or -1250)
        ("Groupe Salafiste pour la PrĂ©dication et le Combat", "aqim", "its encoding repaired"),
        ("Groupe Salafiste pour la PrÃ©dication et le Combat", "aqim", "its encoding repaired"),
        ("Front de Libération de Macina FLM", "macina-liberation-front", "'FLM' is another"),
        ("Boko Haram JAS", "boko-haram", "'JAS' is another of its names"),
        ("The Boko Haram Sect", "boko-haram", "'The … Sect' dropped"),
        ("Tanzim ad Dawla al Islamiya", "islamic-state", "'Tanzim …' dropped"),
        ("Islamic State in the Great Sahara", "isgs", "Grand/Greater"),
        ("Al-Mouwakoune Bi-Dima Battalion", "those-who-sign-with-blood", "unit word 'Battal"),
        ("l'Aqmi", "aqim", "l- dropped, the acronym 'AQMI' read as a word"),
        ("al-Mulathameen (Masked) Brigade", "those-who-sign-with-blood", "the gloss '(Masked)'"),
        ("al-Qaeda in the so-called Islamic Maghreb", "aqim", "'so-called' set aside"),
        ("Sahara Branch of al-Qaida in the Islamic Maghreb (AQIM)", "aqim-sahara", "Sahara"),
        ("BH (Boko Haram)", "boko-haram", "'BH' abbreviates '(Boko Haram)'"),
        ("al Qaeda in the Islamic Maghreb (AGIM)", "aqim", "'(AGIM)' read as 'AQIM'"),
        ("Jama'at al - Tawhid wa L Jihâd fî gharb Ifriqiya", "mojwa", "at- dropped"),
        ("le Mujao", "mojwa", "'le' dropped"),
        (
            "al-Mua’qi’oon Biddam Battalion (Those Who Sign in Blood)",
            "those-who-sign-with-blood",
            "'Battalion'",
        ),
    ],
)
def test_shape_rules_on_the_bundled_data(
    lg: lineage.Lineage, query: str, expected: str, why: str
) -> None:
    found = lg.resolve(query)
    assert found.id == expected
    assert found.match == "rule"
    assert why in found.why


@pytest.mark.parametrize(
    "query",
    [
        "Islamic State in Libya (ISIL)",  # the acronym is the parent's, the place is not
        "Islamic State in Somalia (ISIS)",
        "Moro Liberation Front (MLF)",  # one word from Macina Liberation Front: two shared
        "Tunisian Group for Preaching and Combat (GSPC)",
        "Macina",  # a place: 'Katiba Macina' without its unit word is no name
        "Massina",
        "AMB Battalion",  # an acronym with a unit word is another thing
        # words that may own a name: the rest must name a group, the owner too
        # a review's cases: a faction named for the group it followed is left alone,
        # an owner must be named in the group's own names, the acronym rules refuse a
        # place, a people or a faith the name does not hold
        "Al Qaeda - AQIM faction",
        "AQIM (Islamic State faction)",
        "Boko Haram - Daesh Faction",
        "AQIM - Sahara Faction",  # the data holds AQIM's Sahara branch apart
        "Boko Haram - West Africa Faction",
        "Islamic State's Sahara Emirate",
        "Sinai Province of al-Qaeda",
        "Islamic State of Boko Haram",
        "West Africa Province of Al Qaeda",
        "Islamic State in Greater Senegal (ISGS)",
        "Islamic State of Iraq and Iran (ISIS)",
        "Groupe de soutien à l'islam et aux Touaregs (GSIM)",
        "Group for the Support of Islam and Christians (GSIM)",
        "Front de libération du Sénégal (FLM)",
        "Al Qaeda in Iran (AQI)",
        "Soldiers of the Caliphate in Russia (JAK-A)",
        "Jamaat Ansar Beit al-Maqdis fi Ghazza (JABM)",
        "État islamique dans le Grand Khorassan (EIGS)",
        "Shia Group for Preaching and Jihad (JAS)",
        "Akmi",  # an acronym is read as a word only after an article
        "ail",
        "Aki",
        "Islamic State (K)",  # a letter is no footnote here: IS-K is another group
        "Ansar Dine (Mali) Brigade",  # a place inside is no gloss
        "Islamic State (Libya) Province",
        "AB (Boko Haram)",  # not its initials
        "Boko Haram (BAHM)",  # no acronym of it a letter off
        "Al Qaeda (AQIM) Brigade",
        "Boko Haram (a)",
        "Katiba al-Furqan",  # a unit word before a name that is not ours
        "Al-Qaeda Brigade",  # a unit of a group others are named after, not the group
        "Ansar Dine AQIM",  # an acronym after a name must name the same group
        "Tanzim al-Jihad",  # 'organisation of al-Jihad': not a name of ours
        "Base Movement",  # 'movement' is part of names: no descriptor
        "Katibat al-Qaeda",
        "Boko Haram (Shekau faction)",  # a person's faction: the data holds no such wing
        "Ansar Dine - Macina faction",  # a place outside its region names no wing it has
        "Islamic State (Iraq) - Libya Faction",
        "Ansar Dine (AQIM, MUJAO)",  # a bracket that lists other groups
        "Islamic State (ISIS, Libya)",  # every part of a list must name it
        "Ansar Dine du Macina",  # Macina is a place, not a group: no owner
        "Supporters of the Islamic State",
        "Sons of Boko Haram",
        "Emir of AQIM",
        "Ansar al-Islam of Al-Qaeda",
        "Belmokhtar's Al-Mourabitoun",  # a person is no group's owner here
        "AKMI",  # another acronym, though 'Akmi' is a spelling of the word 'Aqmi'
        "le AKMI",
    ],
)
def test_a_bracketed_acronym_does_not_carry_a_name_that_says_another_place(
    lg: lineage.Lineage, query: str
) -> None:
    with pytest.raises(UnknownNameError):
        lg.resolve(query)


@pytest.mark.parametrize("query", ["al-Furqan", "el-Furqan", "Katiba al-Furqan"])
def test_a_unit_named_by_a_word_is_found_without_its_unit_word(query: str) -> None:
    units = make([group("furqan", "al-Furqan Battalion"), group("macina", "Katiba Macina")])
    found = units.resolve(query)
    assert found.id == "furqan"
    assert "without its unit word" in found.why or "Katiba/Battalion" in found.why
    with pytest.raises(UnknownNameError):
        units.resolve("Macina")  # a place: not the katiba without its unit word


@pytest.mark.parametrize(
    ("query", "at", "expected"),
    [
        ("Islamic State’s Egyptian affiliate", None, "wilayat-sinai"),
        ("branche égyptienne de l'EI", None, "wilayat-sinai"),
        ("al Qaeda’s North African branch", None, "aqim"),
        ("branche de Daech en Algérie", "2015", "jund-al-khilafa"),
        ("Al Qaeda branch in Algeria", None, "aqim"),
        # or a name it bore then names the place
        ("filiale maghrébine d’Al-Qaïda", None, "aqim"),
        ("branche ouest-africaine du groupe Etat islamique", "2021-10", "iswap"),
        ("branche sahélienne du groupe État islamique", "2022", "isgs"),
    ],
)
def test_an_owners_branch_somewhere_is_the_one_group_pledged_to_it_there(
    lg: lineage.Lineage, query: str, at: str | None, expected: str
) -> None:
    found = lg.resolve(query, at=at)
    assert found.id == expected
    assert "the one group pledged to" in found.why


@pytest.mark.parametrize(
    ("query", "at"),
    [
        ("Islamic State's Libyan affiliate", None),  # the data holds none there
        ("Islamic State’s Nigerian branch", "2017"),  # two: ISWAP, and Boko Haram's pledge
        ("branche sahélienne d'Aqmi", None),  # two: its Sahara branch and Al Murabitoun
        ("Algeria Province of the Islamic State", None),  # a wilayat is a name of its own
        ("Al Qaeda's Egyptian affiliate", None),
        # a review's cases: a place wider than the region, a pledge not yet made
        ("the Islamic State's Maghrebi affiliate", None),
        ("branche de Daech au Maghreb", None),
        # a place the owner's own names hold ('Islamic State of Iraq and the Levant - Sinai')
        ("the Islamic State's Iraqi branch", None),
        ("Islamic State's African affiliate", "2021"),  # wider than any region or name
        ("AQIM's West African affiliate", "2013"),
        ("the Islamic State's Egyptian affiliate", "2005"),
        ("al-Qaeda's Algerian affiliate", "2005"),
        ("Islamic State's Nigerien affiliate", "2015-06"),
        # a gloss naming a people, an acronym another letter off
        ("al-Murabitoun (Lebanese) Brigade", None),
        # a gloss of two words, or with an article, names something else
        ("Macina (Ansaroul Islam) Liberation Front", None),
        ("Ansar (Ansar al-Sharia) Dine", None),
        ("Jund (Tunisian) al-Khilafa", None),
        ("Islamic State West Africa Province (ISCAP)", None),
        ("Al-Qaeda in the Islamic Maghreb (AQIS)", None),
    ],
)
def test_an_owners_branch_is_none_unless_one_group(
    lg: lineage.Lineage, query: str, at: str | None
) -> None:
    (found,) = lg.resolve_many([query], at=at)
    assert found.record is None, found.line()


def test_pledged_to_lists_an_owners_affiliates(lg: lineage.Lineage) -> None:
    from lineage.graph.queries import pledged_to
    from lineage.model import parse_date

    assert "wilayat-sinai" in pledged_to(lg.graph, "islamic-state")
    assert "jund-al-khilafa" in pledged_to(lg.graph, "islamic-state", parse_date("2015"))
    assert "jund-al-khilafa" not in pledged_to(lg.graph, "islamic-state", parse_date("2012"))


@pytest.mark.parametrize(
    "query",
    [
        "Etat islamique en Libye",
        "EI en Libye",
        "L'État islamique en Égypte",
        "EI-Libye",
        "the Islamic State in Libya group",  # a descriptor dropped, the rest is no name
        "Islamic Group",  # al-Gama'a al-Islamiyya: 'group' is its name's word
    ],
)
def test_a_french_branch_of_the_islamic_state_is_not_the_islamic_state(
    lg: lineage.Lineage, query: str
) -> None:
    with pytest.raises(UnknownNameError):
        lg.resolve(query)


@pytest.mark.parametrize(
    ("acronym", "phrase", "expected"),
    [
        ("ISIL", "Islamic State of Iraq and the Levant", True),
        ("ISIS", "Islamic State of Iraq and al-Sham", True),
        ("AQIM", "Al-Qaeda in the Islamic Maghreb", True),
        ("AQAP", "Al-Qaeda in the Arabian Peninsula", True),
        ("MUJAO", "Mouvement pour l'unicité et le jihad en Afrique de l'Ouest", True),
        ("IS", "Islamic State in Libya", False),
        ("JAS", "Jamaa Ahl as-Sunnah lid-Da'wah wa'l-Jihad", False),
        ("AQ", "Al Qaeda in Iraq", False),
    ],
)
def test_an_acronym_spells_every_word_but_small_ones(
    acronym: str, phrase: str, expected: bool
) -> None:
    assert acronym_spells(acronym, phrase) is expected


# shape rules on data built for them -----------------------------------------------------


@pytest.fixture(scope="module")
def sahel() -> lineage.Lineage:
    return make(
        [
            group("mourabitoun", "Al Murabitoun", region="Mali"),
            group("asl", "Ansar al-Shariah", region="Libya"),
            group("ast", "Ansar al-Shariah in Tunisia", region="Tunisia"),
            group("aq", "Al Qaeda"),
            group(
                "aqi",
                "Al Qaeda in Iraq",
                names=[{"name": "AQI", "kind": "acronym", "note": "n"}],
                region="Iraq",
            ),
            group(
                "gspc",
                "Salafist Group for Preaching and Combat",
                names=[{"name": "GSPC", "kind": "acronym", "note": "n"}],
                region="Algeria",
            ),
        ]
    )


@pytest.mark.parametrize(
    ("query", "expected", "why"),
    [
        ("Al-Mourabitoun (Mali)", "mourabitoun", "qualifier '(Mali)' dropped, ou→u"),
        ("Al-Mourabitoun (Sahel)", "mourabitoun", "qualifier '(Sahel)' dropped"),
        ("Al-Mourabitoun in Mali", "mourabitoun", "qualifier 'in Mali' dropped"),
        ("Ansar al-Shariah (Libya)", "asl", "qualifier '(Libya)' dropped"),
        ("Ansar al-Shariah (Tunisia)", "ast", "'(Tunisia)' read as 'in Tunisia'"),
        ("Al Qaeda (Iraq)", "aqi", "'(Iraq)' read as 'in Iraq'"),
        ("Al Qaeda in Iraq (AQI)", "aqi", "'(AQI)' is another of its names"),
        ("AQI / Al-Qaida in Iraq", "aqi", "alternatives"),
        ("Al-Mourabitoun (militant group)", "mourabitoun", "descriptor '(militant group)' dropped"),
        ("Al Murabitoun (organisation)", "mourabitoun", "descriptor '(organisation)' dropped"),
        ("Al Qaeda fi al-Iraq", "aqi", "fi/in"),
        ("Al-Murabitun fi Mali", "mourabitoun", "qualifier 'in Mali' dropped"),
        ("Salafist Group for Preaching and Fighting (GSPC)", "gspc", "'Fighting' for 'Combat'"),
        ("Salafist Group for Call and Combat (GSPC)", "gspc", "'Call' for 'Preaching'"),
    ],
)
def test_shape_rules(sahel: lineage.Lineage, query: str, expected: str, why: str) -> None:
    found = sahel.resolve(query)
    assert found.id == expected
    assert found.match == "rule"
    assert why in found.why


@pytest.mark.parametrize(
    "query",
    [
        "Al-Mourabitoun (Lebanon)",
        "Ansar al-Shariah (Derna)",  # not a place the rule knows: never dropped
        "Ansar al-Shariah (Egypt)",
        "Al Qaeda (Yemen)",
        "Al Qaeda in the Arabian Peninsula",
        "Al Qaeda (AQAP)",
        "Al-Mourabitoun fi Lubnan",  # not a place the rule knows
        "Ansar al-Shariah fi Ard Tunis",
        "Al Murabitoun (brigade)",  # a word that tells units apart is no descriptor
        "Gunmen (AQ)",  # an acronym in brackets needs the rest to be close to its name
        "Khorasan Province (Al Qaeda in Iraq)",  # a bracket may name a parent, not the group
        "Al Qaeda Brigade (Al Qaeda in Iraq)",  # without its unit word, the rest names another
        "Al Qaeda in Iraq Brigade",  # a unit word is dropped only beside a bracket naming it
        # the acronym names a group, the rest one of its names with one word changed,
        # but that word is a place or a people: another group, whatever the acronym says
        "Salafist Group for Preaching in Tunisia (GSPC)",
        "Libyan Group for Preaching and Combat (GSPC)",
        "Al Qaeda in Syria (AQI)",  # close to 'Al Qaeda in Iraq', but another place
        "Salafist Front for Call and Combat (GSPC)",  # two words changed
    ],
)
def test_a_qualifier_is_never_dropped_blindly(sahel: lineage.Lineage, query: str) -> None:
    with pytest.raises(UnknownNameError):
        sahel.resolve(query)
    with pytest.raises(UnknownNameError):
        sahel.group(query)


@pytest.mark.parametrize("query", ["Al Qaeda (AQI)", "AQI/Al Qaeda", "Al Qaeda - AQI"])
def test_parts_naming_two_groups_are_ambiguous(sahel: lineage.Lineage, query: str) -> None:
    with pytest.raises(AmbiguousNameError) as info:
        sahel.resolve(query)
    assert {cid for cid, _ in info.value.candidates} == {"aq", "aqi"}
    with pytest.raises(AmbiguousNameError):
        sahel.group(query)
    (found,) = sahel.resolve_many([query])
    assert found.match == "ambiguous"
    assert found.record is None


def test_an_index_with_the_rules_tier_built_still_pickles(sahel: lineage.Lineage) -> None:
    sahel.resolve("Al-Mourabitoun (Mali)")
    again = pickle.loads(pickle.dumps(sahel))
    assert again.resolve("Al-Mourabitoun (Mali)").id == "mourabitoun"
