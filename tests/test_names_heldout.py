"""A held-out list of real-world spellings of the article's groups (issue 21).

Every spelling below was found, written so, in a real source through the project's
search tool: a dataset's group or actor names (GTD, ACLED, UCDP), a designation
list (the US State Department's Country Reports on Terrorism, the UN sanctions
list), a reference profile (Stanford's Mapping Militants, START's BAAD, TRAC), an
encyclopedia, a library authority record, or the English- and French-language
press. Each line says where. None was used to design the spelling rules, and none
is a copy of a name added to the data from the same page: spellings that
``test_names_spellings.py`` (the rules' design list) already holds, as lookups
compare names, were left out.

Each spelling has a category, judged when it was written down:

* ``variant``: a form a reader takes for a name the data holds: another spelling,
  transliteration or punctuation, another word order, an article, a place or a
  descriptor in brackets, an acronym beside it, the Islamic State's name before a
  province's, a short form;
* ``other``: another name (another translation or wording, an alias the data does
  not hold); only a sourced alias can make it resolve;
* ``typo``: a misspelling in the source.

The test measures, at ``at`` when given: the share resolving to the right group,
the wrong matches (there must be none), the ambiguous and the unresolved. Real
groups the data does not hold (``ABSENT``, from GTD's list mostly) must never
resolve. ``pytest -s`` prints the figures.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import lineage
from lineage import normalise

from .test_names_spellings import ABSENT as DESIGN_ABSENT
from .test_names_spellings import SPELLINGS as DESIGN


class Held(NamedTuple):
    text: str
    group: str
    category: str  # variant, other or typo
    where: str
    at: str | None = None


GTD = "GTD gname (the 1997–2019 group list in a public GitHub file, find_string id 39848871828)"
ACLED = "ACLED actor name, as public analysis scripts on GitHub write it (find_string)"
CRT15 = "https://www.refworld.org/reference/annualreport/usdos/2016/en/110324"
CRT14_AAD = "https://www.refworld.org/reference/annualreport/usdos/2015/en/105467"
CRT13_AMB = "https://www.refworld.org/reference/annualreport/usdos/2014/en/98932"
CRT18 = "https://www.ecoi.net/en/document/2019451.html"
CRT19 = "https://www.ecoi.net/de/dokument/2032639.html"
CRT21 = "https://ecoi.net/en/document/2088085.html"
BAAD_AQ = "https://www.start.umd.edu/baad/narratives/al-qaida.html"
BAAD_AQLIM = "https://start.umd.edu/baad/narratives/al-qaida-lands-islamic-maghreb-aqlim.html"
BAAD_ISIS = "https://www.start.umd.edu/baad/narratives/islamic-state-iraq-and-al-sham-isis.html"
TRAC = "https://www.trackingterrorism.org/group/boko-haram"
NLA = "https://librariesaustralia.nla.gov.au/search/display?dbid=auth&id=53928808"
ARMY = "http://usacac.army.mil/cac2/call/thesaurus/toc.asp?id=2194"
ADL = "http://archive.adl.org/terrorism/symbols/al_qaeda_maghreb.html"
CBS = "https://cbsn2.cbsistatic.com/news/al-qaeda-in-the-islamic-maghreb-to-release-training-video/"
ICIAS = "http://i-cias.com/e.o/qaida_islamic_north_africa.htm"
ISS = "https://www.africaportal.org/publications/terrorism-in-the-maghreb-the-transnationalisation-of-domestic-terrorism/"
GUINEE = "https://www.guineevision.info/uncategorized/la-mort-du-chef-dal-qaida-au-maghreb-bouleverse-les-cartes-des-terroristes-au-sahel/"
EN_WP_MOURABITOUN = "https://en.wikipedia.org/wiki/Al-Mourabitoun_(militant_group)"
EN_WP_ISSP = "https://en.wikipedia.org/wiki/Islamic_State_%E2%80%93_Sahel_Province"
RFJ = "https://rewardsforjustice.net:443/rewards/al-mourabitoun/"
REFLECTII = "https://reflectiigeopolitice.ro/the-jigsaw-puzzle-formed-by-jnim-and-militant-islamist-groups-in-the-sahel/"
JIHADOLOGY = "http://jihadology.net/2017/03/27/guest-post-jihadist-groups-in-the-sahel-region-formalize-merger"
SAHELBLOG = "https://sahelblog.wordpress.com/tag/yahya-abu-al-hammam/"
EXPLICA = "https://www.explica.co/the-largest-jihadist-group-in-the-sahel-is-born-international/"
OPEX360 = "http://www.opex360.com/tag/ikadagotane/"
PULSE = "https://www.pulse.ng/news/local/breaking-isis-claims-responsibility-for-attack-on-military-patrol-in-borno/yv3mmyk"
AFRAN = "http://afran.ir/en/modules/news/article.php?storyid=14960"
FR_WP_EIAO = "https://iiab.me/kiwix/wikipedia_fr_all_maxi_2022-09/A/%C3%89tat_islamique_en_Afrique_de_l'Ouest"
EN_WP_JAK_2015 = (
    "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Jund_al-Khilafah.html"
)
F24_JAK = "https://www.france24.com/en/20140923-terrorism-france-algeria-jund-al-khalifa-kidnapping-islamic-state"
ZEROHEDGE = "https://www.zerohedge.com/news/2014-09-24/isis-splinter-group-caliphate-soldiers-beheads-french-hostage-algeria"
GREY = "https://greydynamics.com/islamic-state-in-sinai-a-deep-dive-on-wilayat-sinai/"
BLOG_2015 = "https://le-blog-sam-la-touch.over-blog.com/2015/05/"

VAR, OTHER, TYPO = "variant", "other", "typo"
H = Held
HELD: list[Held] = [
    # al-qaeda
    H("Qaidat a-Jihad", "al-qaeda", VAR, BAAD_AQ),
    H("Al Qaada", "al-qaeda", VAR, ARMY),
    H("Al Qada", "al-qaeda", VAR, ARMY),
    H("Al Quaida", "al-qaeda", VAR, ARMY),
    # aqim
    H("AQIM: Al Qaeda in the Islamic Maghreb", "aqim", VAR, ACLED),
    H("Al-Qaeda Committee in the Islamic Maghreb (AQIM)", "aqim", OTHER, BAAD_AQLIM),
    H("Al-Qa’ida Organization is the Islamic Maghreb", "aqim", TYPO, BAAD_AQLIM),
    H("al Qaeda in the Lands of the Islamic Maghreb (AQIM)", "aqim", VAR, TRAC),
    H("Al-Qaida Committee in the Islamic Maghreb", "aqim", OTHER, TRAC),
    H("al Qaeda Organization in the Islamic Maghreb", "aqim", VAR, TRAC),
    H("Al-Qa’eda in the Islamic Maghreb (AQIM)", "aqim", VAR, TRAC),
    H("Tanzim al-Qaeda bi Balad al Maghrib al Islami (AQIM)", "aqim", VAR, TRAC),
    H("Al Qaeda in the Maghreb", "aqim", VAR, ADL),
    H(
        "Al-Qaeda in the Islamic Maghrib",
        "aqim",
        VAR,
        "https://www.britannica.com/topic/al-Qaeda-in-the-Islamic-Maghrib",
    ),
    H("Al-Qa'ida in Islamic Maghreb", "aqim", VAR, ICIAS),
    H("Al-Qa'ida in Islamic North Africa (AQIM)", "aqim", OTHER, ICIAS),
    H("al Qaeda Organisation in the Islamic Maghreb", "aqim", VAR, CBS),
    H("Al-Qaida au Maghreb (AQMI)", "aqim", VAR, GUINEE),
    H("al-Qa’eda in the Land of the Islamic Maghreb (AQLIM)", "aqim", VAR, ISS),
    H(
        "Qaedat al-Jihad fi Bilad al-Maghrib al-Islami",
        "aqim",
        OTHER,
        "https://wiki-gateway.eudic.net/wikipedia_en/Al-Qaeda_in_Islamic_Maghreb.html",
    ),
    # aqim: the GSPC's names, asked in 2005 (AQIM's names until January 2007, after the UN)
    H("Salafist Group for Call and Combat (GSPC)", "aqim", VAR, ADL, "2005"),
    H("Groupe Salafiste pour la Prédication et le Combat (GSPC)", "aqim", VAR, TRAC, "2005"),
    H("Salafist Group for Combat and Preaching (GSPC)", "aqim", VAR, ISS, "2005"),
    H("Salafi Group of Preaching and Combat (GSPC)", "aqim", VAR, CBS, "2005"),
    H("Salafist Group for Preaching and Fighting (GSPC)", "aqim", OTHER, GTD, "2005"),
    # aqim-sahara
    H("Al-Qaeda in the Islamic Maghreb‘s (AQIM) Sahara Region", "aqim-sahara", OTHER, JIHADOLOGY),
    H(
        "AQIM’s Sahara region",
        "aqim-sahara",
        OTHER,
        "https://acleddata.com/2023/11/13/actor-profile-jamaat-nusrat-al-islam-wal-muslimin-jnim",
    ),
    H(
        "the Saharan branch of Al-Qaeda in the Islamic Maghreb",
        "aqim-sahara",
        OTHER,
        EN_WP_MOURABITOUN,
    ),
    # ansar-dine
    H("Ancar Dine", "ansar-dine", VAR, CRT14_AAD),
    H("Ansar ul-Din", "ansar-dine", VAR, CRT14_AAD),
    # al-murabitoun
    H("Al Mourabitoune Battalion", "al-murabitoun", OTHER, ACLED),
    H("al-Murabitoun", "al-murabitoun", VAR, RFJ),
    H(
        "al-Morabitoune",
        "al-murabitoun",
        VAR,
        "https://www.pressafrik.com/Terrorisme-le-groupe-EI-dans-le-Grand-Sahara-sur-la-liste-noire-americaine_a183381.html",
    ),
    H("Al-Mourabitoun (militant group)", "al-murabitoun", VAR, EN_WP_MOURABITOUN),
    # those-who-sign-with-blood
    H(
        "Al-Mua'qi'oon Biddam Brigade (Those who Sign with Blood)",
        "those-who-sign-with-blood",
        VAR,
        GTD,
    ),
    H(
        "Those Who Sign in Blood Brigade",
        "those-who-sign-with-blood",
        OTHER,
        "https://cisac.fsi.stanford.edu/mappingmilitants/profiles/al-mulathamun-battalion",
    ),
    H("Those Signed in Blood Battalion", "those-who-sign-with-blood", OTHER, CRT13_AMB),
    H("Signed-in-Blood Battalion", "those-who-sign-with-blood", OTHER, CRT13_AMB),
    H("al-Mulathamun Brigade", "those-who-sign-with-blood", OTHER, CRT13_AMB),
    H("Al-Mulathameen", "those-who-sign-with-blood", VAR, EN_WP_MOURABITOUN),
    H(
        "les signataires par le sang",
        "those-who-sign-with-blood",
        VAR,
        "https://djazairess.com/fr/lexpression/170209",
    ),
    H(
        "Ceux qui signent par le sang",
        "those-who-sign-with-blood",
        OTHER,
        "https://main.un.org/securitycouncil/fr/sanctions/1267/aq_sanctions_list/summaries/entity/al-mourabitoun",
    ),
    # mojwa
    H("MUJAO: Movement for Unity and Jihad in West Africa", "mojwa", VAR, ACLED),
    H(
        "Movement for Tawhid and Jihad in West Africa (MUJAO)",
        "mojwa",
        OTHER,
        "http://sgt-jim.blogspot.com/2012/12/mali-un-blacklists-mujao.html",
    ),
    H(
        "Mouvement pour l'Unicite et le Jihad en Afrique de l'Ouest (MUJAO)",
        "mojwa",
        VAR,
        "https://www.onwar.com/actors/type46/mojwa.htm",
    ),
    H(
        "Mouvement pour l’unicité et le djihad en Afrique de l’Ouest (Mujao)",
        "mojwa",
        VAR,
        "https://www.algerie1.com/letat-islamique-dans-le-grand-sahara-un-nouveau-groupe-arme-au-sahel",
    ),
    H("Movement for Unity and Jihad in West Africa (MUJWA)", "mojwa", VAR, RFJ),
    H(
        "MOJAO",
        "mojwa",
        VAR,
        "https://themoornextdoor.wordpress.com/2012/05/30/somethings-we-think-about-mujwa/",
    ),
    H(
        "Ǧamā'at at-tauhid wa-l-ǧihād fī Garb IFRIQIYA",
        "mojwa",
        VAR,
        "https://de.zxc.wiki/wiki/Bewegung_f%C3%BCr_Einheit_und_Dschihad_in_Westafrika",
    ),
    # jnim
    H(
        "Jamaat Nusrat al-Islam wal Muslimeen (JNIM)",
        "jnim",
        VAR,
        "https://cisac.fsi.stanford.edu/mappingmilitants/profiles/al-mourabitoun",
    ),
    H("Jama’at Nusrat ul-Islam wal-Muslimin", "jnim", VAR, JIHADOLOGY),
    H("Jama’at Nusrat al-Islam wa-l-Muslimin", "jnim", VAR, SAHELBLOG),
    H("Group for Supporting Islam and Muslims", "jnim", OTHER, SAHELBLOG),
    H(
        "Jamaat Nasr al-islam wal mouslimin",
        "jnim",
        VAR,
        "http://yvesdaoudal.hautetfort.com/archive/2017/03/04/au-mali-5917711.html",
    ),
    H("Jamaat Nasr al Islam wa al Mouslimin", "jnim", VAR, EXPLICA),
    H("Jama’at Nasr al-Islam wal Muslimin (JNIM)", "jnim", VAR, RFJ),
    H("Groupe pour le soutien de l’islam et des musulmans", "jnim", OTHER, OPEX360),
    H("Group of Support to Islam and Muslims", "jnim", OTHER, REFLECTII),
    H(
        "Groupe de soutien à l'islam et aux musulmans (GSIM)",
        "jnim",
        VAR,
        "https://fr.sputniknews.com/afrique/202109171046145880-elimination-du-chef-de-leigs-le-baroud-dhonneur-de-paris-au-mali/",
    ),
    H("Group to Support Islam and Muslims", "jnim", OTHER, CRT21),
    H("GNIM", "jnim", OTHER, CRT21),
    H("Nusrat al-Islam wal-Muslimeen", "jnim", OTHER, CRT21),
    # isgs
    H(
        "Islamic State – Sahil Province",
        "isgs",
        VAR,
        "https://www.wikizero.com/en/Islamic_State_in_the_Greater_Sahara",
    ),
    H("ISWAP-Greater Sahara", "isgs", OTHER, EN_WP_ISSP),
    H(
        "Islamic State in the Grand Sahara",
        "isgs",
        VAR,
        "https://wikisum.wiki/wiki/Islamic_State_%E2%80%93_Sahil_Province",
    ),
    H("Islamic State (West Africa) - Greater Sahara Faction", "isgs", OTHER, ACLED),
    H(
        "IS Sahel",
        "isgs",
        VAR,
        "ACLED, 'Actor Profile: The Islamic State Sahel Province' (January 2023), as CIAO lists it",
    ),
    H(
        "Etat islamique dans le Grand Sahara",
        "isgs",
        VAR,
        "https://www.pressafrik.com/Terrorisme-le-groupe-EI-dans-le-Grand-Sahara-sur-la-liste-noire-americaine_a183381.html",
    ),
    H("État islamique dans le grand Sahara (EIGS)", "isgs", VAR, OPEX360),
    H(
        "Daech dans le grand Sahara",
        "isgs",
        VAR,
        "https://fr.le360.ma/politique/terrorisme-suite-et-fin-pour-lemir-polisarien-abou-walid-al-sahraoui-245802",
    ),
    # islamic-state
    H("ISIL (Islamic State of Iraq and the Levant)", "islamic-state", VAR, PULSE),
    H("Islamic State (IS)", "islamic-state", VAR, BAAD_ISIS),
    H("Al-Qa’ida in Mesopotamina", "islamic-state", TYPO, BAAD_ISIS),
    H(
        "Islamic State in Iraq and the Levant (ISIL)",
        "islamic-state",
        VAR,
        "http://derechos.org/peace/syria/doc/unalq1.html (UN Monitoring Team, S/2015/441)",
    ),
    H("Islamic State of Irag and the Levant", "islamic-state", TYPO, NLA),
    H("Al-Dawla Al-Islamiya fi al-Iraq wa al-Sham", "islamic-state", VAR, NLA),
    H("DAIISH", "islamic-state", VAR, NLA),
    H("DAASH", "islamic-state", VAR, NLA),
    H(
        "ad-Dawlah al-Islāmiyah fī 'l-ʿIrāq wa-sh-Shām",
        "islamic-state",
        VAR,
        "https://simple.m.wikipedia.org/wiki/Islamic_State_of_Iraq_and_the_Levant",
    ),
    H(
        "ad-Dawla al-Islāmiyya fi al-'Irāq wa-sh-Shām",
        "islamic-state",
        VAR,
        "https://intuitivefred888.blogspot.com/2014/06/isis-or-isil-which-is-correct.html"
        " (quoting English Wikipedia, 2014)",
    ),
    H("Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn", "islamic-state", OTHER, NLA),
    H(
        "L’État islamique (EI)",
        "islamic-state",
        VAR,
        "https://ustepuje.pl/fr/tag/etat-islamique-fr",
    ),
    H("Islamic State of Iraq (ISI)", "islamic-state", VAR, GTD),
    H("al-Qa'ida in the Land of the Two Rivers", "islamic-state", OTHER, CRT15),
    # boko-haram
    H("Boko Haram", "boko-haram", VAR, GTD),
    H(
        "Jama'tu Ahlis Sunna Lidda'awati wal-Jihad (JAS)",
        "boko-haram",
        VAR,
        "https://allafrica.com/stories/202404010004.html (International Crisis Group)",
    ),
    H("Jama’atu Ahlis Sunna Lidda’adati wal-Jihad (JAS)", "boko-haram", TYPO, AFRAN),
    H("Jamahatu Ali Sunna li Dawatul Jihad", "boko-haram", TYPO, AFRAN),
    H("Jama'atu Ahlis Sunna wal-Jihad Lidda'awati", "boko-haram", TYPO, BLOG_2015),
    H(
        "Sunni Muslim Group for Preaching and Jihad (JASDJ)",
        "boko-haram",
        OTHER,
        "https://fmso.tradoc.army.mil/tag/islamic-state/",
    ),
    H("JASDJ", "boko-haram", OTHER, "https://threadreaderapp.com/thread/1440381117912158213.html"),
    H("Groupe sunnite pour la prédication et le djihad", "boko-haram", OTHER, FR_WP_EIAO),
    H(
        "Etat islamique de la Province d'Afrique Occidentale",
        "boko-haram",
        OTHER,
        BLOG_2015 + " (May 2015)",
        "2015-05",
    ),
    # iswap
    H("Islamic State West Africa (ISWA)", "iswap", VAR, TRAC),
    H("Islamic State – West Africa (ISIS-WA)", "iswap", VAR, AFRAN),
    H("ISISWAP", "iswap", VAR, CRT19),
    H("Islamic State of Iraq and the Levant-West Africa", "iswap", VAR, CRT19),
    H("ISIL-WA", "iswap", VAR, CRT19),
    H("Islamic State of Iraq and Syria West Africa Province", "iswap", VAR, CRT19),
    H("PAOEI", "iswap", VAR, FR_WP_EIAO),
    H("Wilāyat al-Sūdān al-Gharbī", "iswap", OTHER, FR_WP_EIAO),
    # jund-al-khilafa
    H("Jund al-Khalifah fi Ard al-Jazayer", "jund-al-khilafa", VAR, EN_WP_JAK_2015),
    H("Jund al-Khilafah fi Ard al-Jazayer", "jund-al-khilafa", VAR, EN_WP_JAK_2015),
    H("Jund al-Khalifa fi Ard al-Jazayer", "jund-al-khilafa", VAR, F24_JAK),
    H("Jound al Khilafa fi Ard al Jazayer", "jund-al-khilafa", VAR, ZEROHEDGE + " (Reuters)"),
    H("Jund al-Khilifa", "jund-al-khilafa", VAR, ZEROHEDGE + " (AP)"),
    H(
        "Jund al Khilifah",
        "jund-al-khilafa",
        VAR,
        "http://www.longwarjournal.org/today-in/2014/09/jund_al_khilifah_a_splinter.php",
    ),
    H("Caliphate Soldiers of Algeria", "jund-al-khilafa", VAR, F24_JAK),
    H("Jund al-Khalifa in Algeria", "jund-al-khilafa", VAR, F24_JAK),
    # macina-liberation-front
    H("Front of Liberation of Macina", "macina-liberation-front", OTHER, EXPLICA),
    H("la katiba Macina", "macina-liberation-front", VAR, GUINEE),
    H(
        "Katibas du Macina",
        "macina-liberation-front",
        OTHER,
        "http://www.france24.com/fr/20170303-sommet-jihadisme-sahel-trois-groupes-annoncent-fusion-islamistes-aqmi",
    ),
    # wilayat-sinai
    H(
        "The Islamic State - Sinai Province (IS-IP)",
        "wilayat-sinai",
        VAR,
        "https://web.stanford.edu/group/mappingmilitants/cgi-bin/groups/view/557",
    ),
    H("Ansar Byat al-Maqdis", "wilayat-sinai", TYPO, GREY),
    H("ISIS-Sinai", "wilayat-sinai", VAR, GREY),
    H("ISIL Sinai Province", "wilayat-sinai", VAR, CRT18),
    H("Jamaat Ansar Beit al-Maqdis", "wilayat-sinai", VAR, CRT18),
    H("Jamaat Ansar Beit al-Maqdis fi Sinaa", "wilayat-sinai", VAR, CRT18),
    H("Ansar Bayt al-Maqdes", "wilayat-sinai", VAR, CRT18),
    H("Province of Sinai", "wilayat-sinai", VAR, "https://style.grasswire.com/w/wilayat-sinai/"),
]

ABSENT: list[tuple[str, str]] = [
    ("Algeria Province of the Islamic State", GTD),
    ("Barqa Province of the Islamic State", GTD),
    ("Tripoli Province of the Islamic State", GTD),
    ("Fezzan Province of the Islamic State", GTD),
    ("Hijaz Province of the Islamic State", GTD),
    ("Najd Province of the Islamic State", GTD),
    ("Caucasus Province of the Islamic State", GTD),
    ("Bahrain Province of the Islamic State", GTD),
    ("Lahij Province of the Islamic State", GTD),
    ("Shabwah Province of the Islamic State", GTD),
    ("Sanaa Province of the Islamic State", GTD),
    ("Adan-Abyan Province of the Islamic State", GTD),
    ("Hadramawt Province of the Islamic State", GTD),
    ("Al Bayda Province of the Islamic State", GTD),
    (
        "Central Africa Province of the Islamic State",
        "GTD gname (a public GitHub list, find_string id 66268863796)",
    ),
    ("Islamic State in Egypt", GTD),
    ("Islamic State in Bangladesh", GTD),
    ("Ahfad al-Sahaba-Aknaf Bayt al-Maqdis", GTD),
    ("Ansar al-Din Front", GTD),
    ("Ansar Al-Khilafa (Philippines)", GTD),
    ("Jundul Khilafah (Philippines)", GTD),
    ("Al-Qaida in Saudi Arabia", GTD),
    ("Al-Qaida in Lebanon", GTD),
    ("Al-Qaida in Yemen", GTD),
    ("Al-Qaida in the Indian Subcontinent", GTD),
    ("Al-Qaida Kurdish Battalions (AQKB)", GTD),
    ("Islambouli Brigades of al-Qaida", GTD),
    ("Sympathizers of Al-Qaida Organization", GTD),
    ("Jadid Al-Qaida Bangladesh (JAQB)", GTD),
    ("Egyptian Tawhid and Jihad", GTD),
    ("Supporters of the Islamic State in Jerusalem", GTD),
    ("Ansar al-Islam (Egypt)", GTD),
    ("Al Zawahiri Loyalists", GTD),
    ("Ansar al-Sharia (Pakistan)", GTD),
    ("Ansar al-Sunna (Mozambique)", GTD),
    ("Ansaru (Jama'atu Ansarul Muslimina Fi Biladis Sudan)", GTD),
    ("Ansaroul Islam", ACLED),
    ("Vanguards of the Caliphate", GTD),
    ("Coordination of Azawad Movements (CMA)", GTD),
    ("High Council for the Unity of Azawad (HCUA)", GTD),
    ("Arab Movement of Azawad (MAA)", GTD),
    ("Self-Defense Group of Imghad Tuaregs and Allies (GATIA)", GTD),
    ("Fulani extremists", GTD),
    ("Jund Ansar Allah", GTD),
    ("Jund al-Sham for Tawhid and Jihad", GTD),
    ("Jamaat Tauhid Wal Jihad (Pakistan)", GTD),
    ("Tawhid and Jihad (Palestine)", GTD),
]

TARGET = 0.95  # issue 21: the share of a held-out list that must resolve


class Figures(NamedTuple):
    n: int
    right: int
    wrong: list[str]
    ambiguous: list[str]
    unresolved: list[str]

    @property
    def rate(self) -> float:
        return self.right / self.n

    def line(self, label: str) -> str:
        return (
            f"{label}: n={self.n}, right {self.right} ({self.rate:.1%}), wrong "
            f"{len(self.wrong)}, ambiguous {len(self.ambiguous)}, unresolved "
            f"{len(self.unresolved)}"
        )


def measure(lg: lineage.Lineage, held: list[Held]) -> Figures:
    found = lg.resolve_many([h.text for h in held], at=[h.at for h in held])
    pairs = list(zip(found, held, strict=True))
    return Figures(
        len(held),
        sum(r.id == h.group for r, h in pairs),
        [f"{h.text!r} → {r.id} (not {h.group})" for r, h in pairs if r.id not in (None, h.group)],
        [h.text for r, h in pairs if r.match == "ambiguous"],
        [h.text for r, h in pairs if r.record is None and r.match != "ambiguous"],
    )


def rates(
    lg: lineage.Lineage, held: list[Held], label: str, capsys: pytest.CaptureFixture[str]
) -> tuple[Figures, dict[str, Figures]]:
    """The figures of a held-out list, all and by category, printed (``pytest -s``)."""
    everything = measure(lg, held)
    by_category = {c: measure(lg, [h for h in held if h.category == c]) for c in (VAR, OTHER, TYPO)}
    with capsys.disabled():
        print()
        print(everything.line(f"{label}, all"))
        for category, figures in by_category.items():
            print(figures.line(f"  {category}"))
    return everything, by_category


def test_the_list_is_held_out_and_real() -> None:
    assert len(HELD) >= 100
    keys = [normalise(h.text) for h in HELD]
    assert len(set(keys)) == len(keys)  # no spelling twice, as lookups compare them
    design = {normalise(s.text) for s in DESIGN} | {normalise(n) for n, _ in DESIGN_ABSENT}
    assert not [h.text for h in HELD if normalise(h.text) in design]
    assert {h.category for h in HELD} == {"variant", "other", "typo"}
    assert all(h.where for h in HELD)
    assert {h.group for h in HELD} == {g.id for g in lineage.load().groups}
    assert len(ABSENT) >= 40
    assert not {normalise(n) for n, _ in ABSENT} & design


def test_no_held_out_spelling_resolves_to_another_group(lg: lineage.Lineage) -> None:
    figures = measure(lg, HELD)
    assert figures.wrong == []


@pytest.mark.parametrize("at", [None, "2010", "2017"])
def test_no_absent_group_resolves(lg: lineage.Lineage, at: str | None) -> None:
    found = lg.resolve_many([name for name, _ in ABSENT], at=at)
    assert [r.line() for r in found if r.record is not None] == []


def test_held_out_resolution_rates(lg: lineage.Lineage, capsys: pytest.CaptureFixture[str]) -> None:
    everything, by_category = rates(lg, HELD, "held-out", capsys)
    assert everything.wrong == []
    # What is measured today (issue 21's closing note), kept from slipping back:
    # variants 76 of 81, typos 5 of 7 (read as slips), all 98 of 120.
    assert by_category[VAR].rate >= 0.96
    assert by_category[TYPO].rate >= 0.70
    assert everything.rate >= 0.85


@pytest.mark.xfail(
    strict=True,
    reason="issue 21's target (95% of a held-out list) is not met: other names need "
    "aliases no independent source was found for",
)
def test_the_target_is_met(lg: lineage.Lineage) -> None:
    assert measure(lg, [h for h in HELD if h.category == VAR]).rate >= TARGET
    assert measure(lg, HELD).rate >= TARGET
