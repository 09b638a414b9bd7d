"""Tables and small parsers for the names attribution reads: people, roles, outlets, bodies.

Nothing here knows a document: these are word lists and pure functions over short strings.

>>> clean_label("ADMINISTRATOR SAMANTHA POWER")
('Samantha Power', 'Administrator')
>>> split_title("Chinese Foreign Ministry spokeswoman Mao Ning")
('Mao Ning', 'spokeswoman', 'Foreign Ministry')
>>> is_organization("Office for the Coordination of Humanitarian Affairs")
True
>>> is_organization("Stéphane Dujarric")
False
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "ARTICLE_NAME_RE",
    "CORPORATE_END_RE",
    "PORTFOLIO_WORDS",
    "FIRST_NAME_COUNTRIES",
    "COUNTRIES",
    "FEMALE_WORDS",
    "GROUP_NOUNS",
    "MALE_WORDS",
    "NAME_PARTICLES",
    "DESCRIBED_BODY",
    "ORG_ALIASES",
    "OUTLETS",
    "PLACE_ENDS",
    "ROLE_SINGLE_WORDS",
    "ROLE_WORDS",
    "SPEECH_VERBS",
    "canonical_org",
    "clean_label",
    "gender_of",
    "is_name_token",
    "is_organization",
    "looks_like_person",
    "split_title",
    "strip_stop",
    "with_corporate_stop",
]

# News outlets and agencies that ask questions at briefings or report statements.
OUTLETS: frozenset[str] = frozenset(
    s.lower()
    for s in (
        "Reuters",
        "AFP",
        "Agence France-Presse",
        "AP",
        "Associated Press",
        "Bloomberg",
        "China Daily",
        "CCTV",
        "CGTN",
        "Xinhua",
        "Xinhua News Agency",
        "The Paper",
        "Global Times",
        "People's Daily",
        "China News Service",
        "China News Network",
        "CNS",
        "Phoenix TV",
        "Hubei Media Group",
        "Shenzhen TV",
        "Dragon TV",
        "Beijing Daily",
        "Swedish Television",
        "Channel NewsAsia",
        "CNA",
        "BBC",
        "CNN",
        "NHK",
        "Kyodo",
        "Kyodo News",
        "Yonhap",
        "Yonhap News Agency",
        "TASS",
        "RIA Novosti",
        "Sputnik",
        "Anadolu Agency",
        "Al Jazeera",
        "Asahi Shimbun",
        "Nikkei",
        "Financial Times",
        "The New York Times",
        "The Wall Street Journal",
        "Wall Street Journal",
        "The Washington Post",
        "Washington Post",
        "Bloomberg News",
        "EFE",
        "dpa",
        "ANSA",
        "Prensa Latina",
        "Lianhe Zaobao",
        "South China Morning Post",
        "SCMP",
        "Fox News",
        "NBC",
        "CBS",
        "ABC",
        "NPR",
        "Politico",
        "Axios",
        "The Guardian",
        "The Hindu",
        "Press Trust of India",
        "PTI",
        "Associated Press of Pakistan",
        "APP",
        "RIA",
        "Shanghai Media Group",
        "China Media Group",
        "CRI",
        "China Radio International",
        "Arab News",
        "Bernama",
        "Antara",
        "Vietnam News Agency",
        "Prasar Bharati",
    )
)

# Head words that make a capitalised phrase an organisation rather than a person.
ORG_HEADS: frozenset[str] = frozenset(
    (
        "watch",
        "affairs",
        "centers",
        "centres",
        "convention",
        "unit",
        "station",
        "initiative",
        "project",
        "observatory",
        "registry",
        "trust",
        "institution",
        "guard",
        "geological",
        "reserve",
        "exchange",
        "tribunal",
        "ministry",
        "office",
        "bank",
        "fund",
        "administration",
        "bureau",
        "department",
        "organization",
        "organisation",
        "council",
        "commission",
        "agency",
        "chamber",
        "committee",
        "institute",
        "association",
        "customs",
        "congress",
        "conference",
        "group",
        "company",
        "co.",
        "corporation",
        "corp",
        "corp.",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "university",
        "academy",
        "center",
        "centre",
        "service",
        "federation",
        "union",
        "programme",
        "program",
        "forum",
        "court",
        "parliament",
        "government",
        "embassy",
        "consulate",
        "news",
        "times",
        "post",
        "daily",
        "television",
        "tv",
        "network",
        "authority",
        "board",
        "secretariat",
        "mission",
        "alliance",
        "party",
        "police",
        "army",
        "navy",
        "pentagon",
        "cabinet",
        "assembly",
        "society",
        "foundation",
        "coalition",
        "partnership",
        "system",
        "statistics",
        "unicef",
        "who",
        "nations",
        "treasury",
        "ministries",
    )
)

# Words that end a company's name ("Halverton Foods", "Nordvik Steel", "Orion Airlines").
_COMPANY_ENDS = frozenset(
    (
        "foods steel motors airlines airways holdings industries energy pharmaceuticals pharma "
        "chemicals electronics technologies logistics mining resources petroleum telecom "
        "telecommunications insurance capital partners ventures labs brewing breweries stores "
        "shipping railways utilities construction engineering software semiconductor "
        "semiconductors securities investments therapeutics biotech automotive aerospace "
        "plc llc gmbh ag sa nv bv"
    ).split()
)

# Well-known bodies: alias key (lower case) -> canonical name.
ORG_ALIASES: dict[str, str] = {
    "customs": "General Administration of Customs",
    "the customs": "General Administration of Customs",
    "china customs": "General Administration of Customs",
    "gacc": "General Administration of Customs",
    "general administration of customs of china": "General Administration of Customs",
    "general administration of customs": "General Administration of Customs",
    "nbs": "National Bureau of Statistics",
    "national bureau of statistics of china": "National Bureau of Statistics",
    "who": "World Health Organization",
    "unicef": "United Nations Children's Fund",
    "ocha": "Office for the Coordination of Humanitarian Affairs",
    "un ocha": "Office for the Coordination of Humanitarian Affairs",
    "imf": "International Monetary Fund",
    "wto": "World Trade Organization",
    "wfp": "World Food Programme",
    "unhcr": "United Nations High Commissioner for Refugees",
    "undp": "United Nations Development Programme",
    "mofcom": "Ministry of Commerce",
    "scio": "State Council Information Office",
    "ndrc": "National Development and Reform Commission",
    "pboc": "People's Bank of China",
    "amcham china": "American Chamber of Commerce in the People's Republic of China",
    "usaid": "U.S. Agency for International Development",
    "dod": "Department of Defense",
    "world food program": "World Food Programme",
    "unrwa": "United Nations Relief and Works Agency for Palestine Refugees",
    "iom": "International Organization for Migration",
    "iaea": "International Atomic Energy Agency",
    "unesco": "United Nations Educational, Scientific and Cultural Organization",
    "unfpa": "United Nations Population Fund",
    "fao": "Food and Agriculture Organization",
    "ilo": "International Labour Organization",
    "iea": "International Energy Agency",
    "opec": "Organization of the Petroleum Exporting Countries",
    "eia": "U.S. Energy Information Administration",
    "energy information administration": "U.S. Energy Information Administration",
    "hrw": "Human Rights Watch",
}

# The way wire copy describes the U.N.'s agencies instead of naming them ("the U.N. refugee
# agency said"): description -> the body's canonical name. Spelled "U.N.", "UN" or "United
# Nations" in the text; every spelling is added below.
_UN_DESCRIBED: dict[str, str] = {
    "refugee agency": "United Nations High Commissioner for Refugees",
    "refugees agency": "United Nations High Commissioner for Refugees",
    "children's agency": "United Nations Children's Fund",
    "children's fund": "United Nations Children's Fund",
    "food agency": "World Food Programme",
    "food aid agency": "World Food Programme",
    "health agency": "World Health Organization",
    "migration agency": "International Organization for Migration",
    "nuclear watchdog": "International Atomic Energy Agency",
    "atomic watchdog": "International Atomic Energy Agency",
    "atomic energy agency": "International Atomic Energy Agency",
    "cultural agency": "United Nations Educational, Scientific and Cultural Organization",
    "agency for palestinian refugees": (
        "United Nations Relief and Works Agency for Palestine Refugees"
    ),
    "humanitarian office": "Office for the Coordination of Humanitarian Affairs",
    "humanitarian agency": "Office for the Coordination of Humanitarian Affairs",
    "aid coordination office": "Office for the Coordination of Humanitarian Affairs",
    "development agency": "United Nations Development Programme",
    "development program": "United Nations Development Programme",
    "development programme": "United Nations Development Programme",
    "population agency": "United Nations Population Fund",
    "population fund": "United Nations Population Fund",
    "labor agency": "International Labour Organization",
    "labour agency": "International Labour Organization",
    "food and agriculture agency": "Food and Agriculture Organization",
    "weather agency": "World Meteorological Organization",
    "trade and development agency": "UN Trade and Development",
}
# A described U.N. body as written: "the U.N. refugee agency", "UN children's agency".
DESCRIBED_BODY = (
    r"(?:[Tt]he\s+)?(?:U\.N\.|UN|United\s+Nations)(?:['’]s?)?\s+(?:"
    + "|".join(
        re.escape(d).replace("'", "['’]").replace(r"\ ", r"\s+")
        for d in sorted(_UN_DESCRIBED, key=len, reverse=True)
    )
    + r")\b"
)
ORG_ALIASES.update(
    {
        f"{prefix} {description}": name
        for description, name in _UN_DESCRIBED.items()
        for prefix in ("u.n.", "un", "united nations", "u.n.'s", "un's", "united nations'")
    }
)

# Role and title words, as they precede a name or head an appositive. Longest first matters.
ROLE_WORDS: tuple[str, ...] = tuple(
    sorted(
        (
            "spokeswoman",
            "spokesman",
            "spokesperson",
            "detective",
            "prosecutor",
            "coroner",
            "magistrate",
            "barrister",
            "solicitor",
            "lawyer",
            "attorney",
            "judge",
            "librarian",
            "planner",
            "engineer",
            "treasurer",
            "clerk",
            "auditor",
            "warden",
            "convener",
            "registrar",
            "commander",
            "sergeant",
            "inspector",
            "constable",
            "spokespersons",
            "minister",
            "foreign minister",
            "vice minister",
            "deputy minister",
            "prime minister",
            "deputy prime minister",
            "vice premier",
            "premier",
            "president",
            "vice president",
            "vice-president",
            "executive vice-president",
            "executive vice president",
            "vice-premier",
            "vice-minister",
            "vice-chair",
            "vice-chairman",
            "vice-chancellor",
            "manager",
            "incident manager",
            "general manager",
            "deputy general manager",
            "state councilor",
            "state councillor",
            "councilor",
            "ambassador",
            "director-general",
            "director general",
            "deputy director general",
            "secretary-general",
            "secretary general",
            "general secretary",
            "secretary",
            "press secretary",
            "administrator",
            "ceo",
            "chief executive",
            "lt",
            "gen",
            "lieutenant general",
            "major general",
            "brigadier general",
            "rear admiral",
            "vice admiral",
            "admiral",
            "col",
            "colonel",
            "maj",
            "adm",
            "brig",
            "capt",
            "cmdr",
            "sgt",
            "foreign secretary",
            "home secretary",
            "defence secretary",
            "defense secretary",
            "health secretary",
            "transport secretary",
            "external affairs minister",
            "commissioner-general",
            "commissioner general",
            "cllr",
            "chief executive officer",
            "chief medical officer",
            "chief veterinary officer",
            "chief nursing officer",
            "chief scientific officer",
            "chief financial officer",
            "chief operating officer",
            "chief investment officer",
            "chief information officer",
            "officer",
            "chairman",
            "chairwoman",
            "chairperson",
            "chair",
            "director",
            "deputy director",
            "governor",
            "mayor",
            "senator",
            "chancellor",
            "founder",
            "co-founder",
            "expert",
            "professor",
            "commissioner",
            "envoy",
            "coordinator",
            "humanitarian coordinator",
            "resident coordinator",
            "emergency relief coordinator",
            "special envoy",
            "official",
            "head",
            "chief",
            "economist",
            "analyst",
            "researcher",
            "statistician",
            "rapporteur",
            "shadow rapporteur",
            "co-rapporteur",
            "senior statistician",
            "chief statistician",
            "demographer",
            "actuary",
            "representative",
            "deputy permanent representative",
            "permanent representative",
            "under-secretary-general",
            "usg",
            "king",
            "queen",
            "leader",
            "lawmaker",
            "deputy",
            "vice chairman",
            "vice chairperson",
            "adviser",
            "advisor",
            "scientist",
            "dean",
            "general",
            "admiral",
            "colonel",
            "captain",
            "dr.",
            "dr",
            "mr.",
            "mr",
            "ms.",
            "ms",
            "mrs.",
            "mrs",
            "madam",
            "sir",
            "h.e.",
            "comrade",
            "member",
            "delegate",
            "spokesperson's",
            "alderman",
            "alderwoman",
            "councillor",
            "councilman",
            "councilwoman",
            "council member",
            "councilmember",
            "board member",
            "trustee",
            "supervisor",
            "superintendent",
            "sheriff",
            "congressman",
            "congresswoman",
            "assemblyman",
            "assemblywoman",
        ),
        key=len,
        reverse=True,
    )
)
ROLE_SINGLE_WORDS: frozenset[str] = frozenset(w for r in ROLE_WORDS for w in r.split())

FEMALE_WORDS: frozenset[str] = frozenset(
    (
        "spokeswoman",
        "chairwoman",
        "alderwoman",
        "councilwoman",
        "congresswoman",
        "assemblywoman",
        "ms.",
        "ms",
        "mrs.",
        "mrs",
        "madam",
        "queen",
        "she",
        "her",
    )
)
MALE_WORDS: frozenset[str] = frozenset(
    (
        "spokesman",
        "chairman",
        "alderman",
        "councilman",
        "congressman",
        "assemblyman",
        "mr.",
        "mr",
        "sir",
        "king",
        "he",
        "his",
        "him",
    )
)

# Countries, places and other capitalised words that are never a speaker's name on their own.
COUNTRIES: frozenset[str] = frozenset(
    s.lower()
    for s in (
        "China",
        "Chinese",
        "Vietnam",
        "Vietnamese",
        "US",
        "U.S.",
        "USA",
        "America",
        "American",
        "United States",
        "UK",
        "British",
        "Britain",
        "Japan",
        "Japanese",
        "Russia",
        "Russian",
        "India",
        "Indian",
        "France",
        "French",
        "Germany",
        "German",
        "Sweden",
        "Swedish",
        "Serbia",
        "Serbian",
        "Israel",
        "Israeli",
        "Gaza",
        "Ukraine",
        "Ukrainian",
        "Yemen",
        "Iran",
        "Korea",
        "Korean",
        "Beijing",
        "Shanghai",
        "Washington",
        "Geneva",
        "Pakistan",
        "Africa",
        "Asia",
        "Europe",
        "European",
        "Taiwan",
        "Hong Kong",
        "Philippines",
        "Philippine",
        "Australia",
        "Australian",
        "Canada",
        "Canadian",
        "EU",
        "Palestinian",
        "Palestinians",
        "Saudi",
        "Arabia",
        "Brazil",
        "Mexico",
        "Italy",
        "Spain",
        "Turkey",
        "Egypt",
        "Indonesia",
        "Singapore",
        "Malaysia",
        "Thailand",
        "Cambodia",
        "Laos",
        "Myanmar",
        "Nepal",
        "Sri",
        "Lanka",
        "Bangladesh",
        "Kenya",
        "Nigeria",
        "Ethiopia",
        "Hubei",
        "Wuhan",
        "Xinjiang",
        "Tibet",
        "Harbin",
        "Rafah",
        "Shandong",
        "Donbas",
        "Chancay",
        "Jakarta",
        "Bandung",
        "Eurasia",
        "Latin",
    )
)

# Every other UN member state and the common short forms, so that no country reads as a person
# or a speaker label ("Fiji: Tropical Cyclone Tama").
COUNTRIES = COUNTRIES | frozenset(
    (
        "afghanistan albania algeria andorra angola antigua barbuda argentina armenia austria "
        "azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan "
        "bolivia bosnia herzegovina botswana brunei bulgaria burkina faso burundi cabo verde "
        "cambodia cameroon chad chile colombia comoros congo croatia cuba cyprus czechia "
        "denmark djibouti dominica ecuador egypt el salvador eritrea estonia eswatini ethiopia "
        "fiji finland gabon gambia georgia ghana greece grenada guatemala guinea guyana haiti "
        "honduras hungary iceland iraq ireland jamaica jordan kazakhstan kenya kiribati kuwait "
        "kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg "
        "madagascar malawi malaysia maldives mali malta mauritania mauritius micronesia moldova "
        "monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands "
        "nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru "
        "philippines poland portugal qatar romania rwanda samoa senegal serbia seychelles "
        "singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria "
        "tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu "
        "uganda ukraine uruguay uzbekistan vanuatu venezuela yemen zambia zimbabwe"
    ).split()
    + [
        "sierra leone",
        "sri lanka",
        "south sudan",
        "south africa",
        "south korea",
        "north korea",
        "new zealand",
        "papua new guinea",
        "solomon islands",
        "marshall islands",
        "saudi arabia",
        "costa rica",
        "dominican republic",
        "east timor",
        "timor-leste",
        "united arab emirates",
        "ivory coast",
        "côte d'ivoire",
        "equatorial guinea",
        "guinea-bissau",
        "san marino",
        "trinidad and tobago",
        "north macedonia",
        "burkina faso",
        "central african republic",
        "democratic republic of the congo",
    ]
)

# Capitalised words that start sentences or name things, never part of a speaker's name.
# Common nouns for unnamed groups: "Officials said ...", "Economists expect ..." name nobody.
GROUP_NOUNS: frozenset[str] = frozenset(
    (
        "officials analysts economists experts authorities residents sources observers "
        "diplomats investors traders scientists researchers doctors police witnesses critics "
        "lawmakers legislators activists organisers organizers officers spokespeople ministers "
        "leaders executives bankers forecasters hospitals firefighters rescuers medics locals "
        "villagers farmers workers students teachers people protesters insiders aides "
        "regulators prosecutors engineers officials' analysts' survivors staff donors lenders "
        "creditors insurers shoppers consumers households employers voters citizens parents "
        "nurses patients volunteers negotiators delegates participants members exporters "
        "importers manufacturers retailers producers growers suppliers buyers sellers owners "
        "landlords tenants drivers passengers travellers travelers tourists visitors migrants "
        "refugees militants rebels troops soldiers monitors inspectors auditors campaigners "
        "advocates"
    ).split()
)
_NOT_NAME: frozenset[str] = frozenset(
    w.lower()
    for w in (
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "Our",
        "His",
        "Her",
        "Their",
        "In",
        "On",
        "At",
        "As",
        "And",
        "But",
        "Or",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "For",
        "From",
        "With",
        "By",
        "To",
        "Of",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Today",
        "Yesterday",
        "Also",
        "Noting",
        "According",
        "Meanwhile",
        "However",
        "Currently",
        "Recently",
        "Looking",
        "Domestically",
        "Reference",
        "Please",
        "Thank",
        "Good",
        "Ladies",
        "Friends",
        "Home",
        "Press",
        "Release",
        "Q",
        "A",
        "Question",
        "Answer",
        "Remarks",
        "Statement",
        "Speech",
        "Transcript",
        "Speakers",
        "Chairperson",
        "Date",
        "Photos",
        "Related",
        "Stories",
        "Spokesperson",
        "Hon",
        "Honourable",
        "Honorable",
        "New",  # "New York", "New Delhi": places, never a first name
        "Miss",
        # capitalised verbs of headlines and questions: "Wilson Holds a Briefing", "Will China"
        "Holds",
        "Says",
        "Briefs",
        "Delivers",
        "Announces",
        "Speaks",
        "Meets",
        "Hosts",
        "Will",
        "Would",
        "Can",
        "Could",
        "Should",
        "Does",
        "Did",
        "Is",
        "Are",
        "Has",
        "Have",
        "Madam",
        "Yesterday",
        "Earlier",
        "I'd",
        "I'm",
        "I've",
        "I'll",
        "We'd",
        "We've",
        "We'll",
        "We're",
        "What",
        "Why",
        "How",
        "Where",
        "Who",
        "Shri",
        "Smt",
        "Storm",
        "Hurricane",
        "Typhoon",
        "Cyclone",
        "Tropical",
        "Shrimati",
        # Numbers and quantifiers open a phrase about nobody in particular ("Two aid officials").
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Dozens",
        "Hundreds",
        "Thousands",
        "Millions",
        "Several",
        "Few",
        "Most",
        "Both",
        "Half",
        "Other",
        "Others",
        "Another",
        "Some",
        "Many",
        "All",
        "Every",
        "Each",
        "Human",
        "Rights",
        "Day",
        "Year",
        "Foreign",
        "Ministry",
        "Secretary",
        "General",
        "Olympic",
        "Games",
        "Winter",
        "Spring",
        "Festival",
        "Belt",
        "Road",
        "Initiative",
        "COVID-19",
        "COVID",
        "Communist",
        "Party",
        "Central",
        "Committee",
        "National",
        "People's",
        "Republic",
        "Congress",
        "Council",
        "State",
        "Global",
        "International",
        "Universal",
        "Declaration",
        "Agenda",
        "Plan",
        "Five-Year",
        "Sustainable",
        "Development",
        "Council's",
        "Overview",
        "Humanitarian",
        "Security",
        "Second",
        "First",
        "Third",
        "Fourth",
        "Fifth",
    )
)

# Portfolio words: never part of a person's name ("Disaster Management HIRANO Kenta" holds the
# name "HIRANO Kenta", not "Management HIRANO").
PORTFOLIO_WORDS: frozenset[str] = frozenset(
    """
    management resources finance health education defence defense environment energy
    agriculture trade commerce industry transport housing welfare labour infrastructure
    planning communications tourism disaster emergency relations services innovation
    technology fisheries forestry treasury revenue statistics economy interior opposition
    """.split()
)

# Verbs that report speech; a cue is "<subject> <verb>" or "<verb> <subject>".
SPEECH_VERBS: tuple[str, ...] = tuple(
    sorted(
        (
            "said",
            "says",
            "say",
            "told",
            "tells",
            "added",
            "adds",
            "noted",
            "notes",
            "stressed",
            "stresses",
            "pointed out",
            "points out",
            "announced",
            "announces",
            "urged",
            "urges",
            "continued",
            "emphasized",
            "emphasised",
            "stated",
            "explained",
            "highlighted",
            "recalled",
            "reiterated",
            "praised",
            "criticized",
            "criticised",
            "warned",
            "claimed",
            "insisted",
            "acknowledged",
            "confirmed",
            "confirm",
            "confirms",
            "revealed",
            "remarked",
            "underlined",
            "underscored",
            "asserted",
            "argued",
            "estimated",
            "wrote",
            "replied",
            "answered",
            "responded",
            "observed",
            "mentioned",
            "suggested",
            "declared",
            "affirmed",
            "predicted",
            "projected",
            "disclosed",
            "briefed",
            "introduced",
            "called on",
            "expressed",
            "hoped",
            "welcomed",
            "condemned",
            "believes",
            "believed",
            "outlined",
            "commented",
            "indicated",
            "reported",
            "reports",
            "proposed",
            # announcing or promising a figure: the subject states it
            "appealed",
            "conveyed",
            "informed",
            "informs",
            "testified",
            "testifies",
            "conveys",
            "appeals",
            "pledged",
            "pledges",
            "promised",
            "promises",
            "committed",
            "commits",
            "unveiled",
            "unveils",
            "presented",
            "presents",
            "judged",
            "reckoned",
            "tabled",
            "tables",
            "launches",
            "set out",
            "sets out",
        ),
        key=len,
        reverse=True,
    )
)

_ROLE_SINGLE_BARE: frozenset[str] = frozenset(r.rstrip(".") for r in ROLE_SINGLE_WORDS)
_LABEL_TIME = re.compile(r"\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$")


_REGIONS = frozenset(
    "africa asia europe america americas pacific arab sino euro latin caribbean arctic".split()
)


ARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|ar|as|an|ash|at|az)-[A-ZÀ-ÞĀ-ž][\w'’\-]*")


@lru_cache(maxsize=16384)
def is_name_token(token: str) -> bool:
    """Whether a token can be part of a person's name (capitalised, not a stop word).

    >>> is_name_token("Jiakun"), is_name_token("The"), is_name_token("China")
    (True, False, False)
    """
    t = token.strip(",.;:()[]\"“”'’")
    if ARTICLE_NAME_RE.fullmatch(t):
        return True  # "al-Aiser", "el-Sisi"
    if not t or not t[0].isupper():
        return False
    if any(ch.isdigit() for ch in t):
        return False
    low = t.lower()
    if low.endswith("'s") or low.endswith("’s"):
        return False
    if low in _NOT_NAME or low in COUNTRIES or low in ORG_HEADS or low in OUTLETS:
        return False
    if low in GROUP_NOUNS:
        return False
    if "-" in low and all(part in ROLE_SINGLE_WORDS for part in low.split("-")):
        return False  # "Commissioner-General", "Director-General"
    if "-" in low and any(part in COUNTRIES or part in _REGIONS for part in low.split("-")):
        return False  # "China-Africa", "Asia-Pacific", "Sino-US"
    return low not in ROLE_SINGLE_WORDS


def _smart_case(word: str) -> str:
    if word.isupper() and len(word) > 1 and not word.startswith("MC"):
        parts = re.split(r"([-'’])", word)
        return "".join(p.capitalize() if p.isalpha() else p for p in parts)
    return word


_LABEL_HONORIFICS = frozenset({"shri", "smt", "sri", "shrimati", "h.e", "he"})


def _is_title(words: str) -> bool:
    """Whether a capitalised phrase is a title ("Official Spokesperson", "Foreign Secretary")."""
    return any(w.lower().strip(".,") in _ROLE_SINGLE_BARE for w in words.split())


_ASKER_LABEL = re.compile(
    r"(?i:q|question|questioner|reporter|journalist)\s*\(\s*(?P<outlet>[A-ZÀ-ÞĀ-ž][^()]{0,40})\)"
)


def clean_label(label: str) -> tuple[str, str | None]:
    """A turn label as a name and a role: titles dropped, capitals fixed, brackets removed.

    Args:
        label: the label as written ('MR PRICE', '[Gao Feng]', 'John Kirby: (00:00)').

    Returns:
        ``(name, role)``; ``role`` is the title the label carried, if any.

    >>> clean_label("[Gao Feng]")
    ('Gao Feng', None)
    >>> clean_label("MR PRICE")
    ('Price', 'Mr')
    >>> clean_label("QUESTION (NHK)")
    ('NHK', None)
    """
    text = label.strip().rstrip(":").strip()
    text = _LABEL_TIME.sub("", text).strip().rstrip(":").strip()
    text = text.strip("[]【】 ").strip()
    asker = _ASKER_LABEL.fullmatch(text)
    if asker:
        # "QUESTION (Reuters)", "Q (NHK)": the outlet asking is the speaker.
        outlet = asker.group("outlet").strip()
        if "," in outlet:
            outlet = outlet.rsplit(",", 1)[1].strip()  # "Ananya Iyer, The Hindu": the outlet
        return (_smart_case(outlet) if len(outlet) > 5 else outlet), None
    if text.count(",") == 1:
        # "Shri Randhir Jaiswal, Official Spokesperson" / "Official Spokesperson, Jo Lee".
        first, second = (p.strip() for p in text.split(","))
        name, title = (
            (second, first) if _is_title(first) and not _is_title(second) else (first, second)
        )
        if _is_title(title):
            words = [w for w in name.split() if w.lower().rstrip(".") not in _LABEL_HONORIFICS]
            return " ".join(_smart_case(w) for w in words), title
    words = [_smart_case(w) for w in text.split()]
    if len(words) >= 3 and not any(w.lower().rstrip(".") in _ROLE_SINGLE_BARE for w in words[:1]):
        name, role, org = split_title(" ".join(words))
        if role and name and len(name.split()) >= 2:
            # "PENTAGON PRESS SECRETARY KINGSLEY WILSON": the name after the title.
            return name, " ".join(x for x in (org, role) if x)
    while len(words) > 2 and words[0].lower().rstrip(".") in _LABEL_HONORIFICS:
        words.pop(0)  # "Shri Randhir Jaiswal"
    if len(words) >= 4 and words[1].lower() in {"of", "for", "on"}:
        name, role, org = split_title(" ".join(words))
        if role and name and len(name.split()) >= 2:
            # "Minister of Agriculture Yelena Kostrova": a portfolio, then the name
            return name, " ".join(words[: len(words) - len(name.split())])
    role_words: list[str] = []
    while len(words) > 1 and words[0].lower().rstrip(".") in _ROLE_SINGLE_BARE:
        role_words.append(words.pop(0))
    role = " ".join(role_words) or None
    if len(words) >= 3:
        name, inner_role, org = split_title(" ".join(words))
        if inner_role and name and len(name.split()) >= 2:
            # "DEPUTY PENTAGON PRESS SECRETARY MARCUS HALE": the rest of the title, then the name
            title = " ".join(x for x in (role, org, inner_role) if x)
            return name, title
    return " ".join(words), role


CORPORATE_END_RE = re.compile(r"\b(?:Inc|Ltd|Co|Cos|Corp|Pty|Bros|Plc|LLC|S\.A|N\.V)\.$")


def strip_stop(name: str) -> str:
    """``name`` without a sentence's full stop; a company's "Inc." or "Cos." keeps its own.

    >>> strip_stop("the ministry."), strip_stop("Loblaw Cos.")
    ('the ministry', 'Loblaw Cos.')
    """
    return name.rstrip(".") if name.endswith(".") and not CORPORATE_END_RE.search(name) else name


def with_corporate_stop(name: str, following: str) -> str:
    """``name`` with the full stop that ``following`` opens on when it ends a company's suffix.

    >>> with_corporate_stop("Maplecrest Foods Inc", ". fell"), with_corporate_stop("Acme", ".")
    ('Maplecrest Foods Inc.', 'Acme')
    """
    return name + "." if following[:1] == "." and CORPORATE_END_RE.search(name + ".") else name


_COUNTRY_OWNER_RE = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)['’]s\s+(?=[A-Z])")


@lru_cache(maxsize=16384)
def canonical_org(name: str) -> str:
    """An organisation's canonical name: known aliases mapped, a leading 'the' dropped.

    >>> canonical_org("the Customs")
    'General Administration of Customs'
    >>> canonical_org("the World Bank")
    'World Bank'
    """
    text = strip_stop(" ".join(name.split()).strip(" ,;:").replace("’", "'"))
    owner = _COUNTRY_OWNER_RE.match(text)
    if (
        owner
        and owner.group(1).lower() in COUNTRIES
        and text[owner.end() :].split()[0].lower() not in ORG_HEADS  # "Japan's Ministry of ..."
    ):
        text = text[owner.end() :]  # "Kenya's Horn Economic Institute": the institute
    key = text.lower()
    if key in ORG_ALIASES:
        return ORG_ALIASES[key]
    if key.startswith("the "):
        text = text[4:]
        key = key[4:]
    if key in ORG_ALIASES:
        return ORG_ALIASES[key]
    return text


@lru_cache(maxsize=16384)
def is_organization(name: str) -> bool:
    """Whether a capitalised phrase names an organisation (outlet, body, acronym).

    >>> is_organization("Reuters"), is_organization("GACC"), is_organization("Mao Ning")
    (True, True, False)
    >>> is_organization("China"), is_organization("the Overview")
    (False, False)
    """
    text = name.strip().replace("’", "'")
    low = text.lower()
    if low.startswith("the "):
        low = low[4:]
        text = text[4:]
    if not text or low in COUNTRIES:
        return False
    if low in OUTLETS or low in ORG_ALIASES:
        return True
    if re.fullmatch(r"[A-Z][A-Z&]{1,7}", text):
        return True
    if re.fullmatch(r"[A-Z]{2,4}(?:\s+[A-Z][a-z][\w\-]*){1,3}", text):
        return True  # "NHS Tayside", "UBS Group": an acronym leading a body's name
    words = [w.strip(",.()").lower() for w in text.split()]
    if any(w in ORG_HEADS for w in words):
        return True
    if len(words) >= 2 and (words[-1] in _COMPANY_ENDS or "&" in words[1:-1]):
        return True  # "Halverton Foods", "Nordvik Steel", "Bryant & Cole"
    return any(w.endswith("'s") and w[:-2] in OUTLETS for w in words)


@lru_cache(maxsize=16384)
def looks_like_person(name: str) -> bool:
    """Whether a phrase looks like a person's name: 1-4 name tokens, no organisation word.

    >>> looks_like_person("Tedros Adhanom Ghebreyesus"), looks_like_person("World Bank")
    (True, False)
    """
    words = name.split()
    if not 1 <= len(words) <= 4 or is_organization(name):
        return False
    if len(words) > 1 and words[-1].lower() in PLACE_ENDS:
        return False  # "Rakhine State", "Hebei Province", "Upper Nile Region"
    return all(
        is_name_token(w)
        or (i > 0 and w[:1].isupper())
        or (i == 0 and len(words) > 1 and w.lower() in FIRST_NAME_COUNTRIES)  # "Jordan Hale"
        or (0 < i < len(words) - 1 and w in NAME_PARTICLES)  # "Ursula von der Leyen"
        for i, w in enumerate(words)
    )


def gender_of(words: str) -> str | None:
    """'f', 'm' or None from the role and honorific words around a name."""
    toks = {w.lower().strip(",.") for w in words.split()}
    if toks & FEMALE_WORDS:
        return "f"
    if toks & MALE_WORDS:
        return "m"
    return None


_ORG_CUT = re.compile(r"\b(?:of|for|at|with)\s+(?:the\s+)?", re.IGNORECASE)
_HONORIFICS = frozenset(
    {"mr.", "mr", "ms.", "ms", "mrs.", "mrs", "miss", "dr.", "dr", "sir", "madam", "dame"}
)
# One compiled pattern per role word, longest first (the order split_title prefers).
_ROLE_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (r, re.compile(rf"(?:^|\s){re.escape(r)}(?:\s|$)")) for r in ROLE_WORDS if r not in _HONORIFICS
)
_POSSESSIVE_END = re.compile(r"'s$|’s$")


# Last words of place names, never of a person's: "Rakhine State", "Kern County".
PLACE_ENDS = frozenset(
    "state province region county district city island islands river valley prefecture "
    "territory oblast governorate municipality mountains sea lake bay coast peninsula desert "
    "basin strait township village".split()
)
# Titles written short before a name: "Gov. Greg Abbott", "Sen. Ted Cruz", "Lt. Gen. Ann Ray".
_TITLE_ABBREVIATIONS = frozenset(
    "gov. sen. rep. gen. lt. col. capt. adm. sgt. maj. supt. insp. cmdr. amb. pres. atty. "
    "cllr. coun. det. const. brig.".split()
)
NAME_PARTICLES = frozenset(
    {"da", "das", "dos", "do", "de", "del", "della", "di", "van", "von", "der"}
)
# Countries whose names are also common first names.
FIRST_NAME_COUNTRIES = frozenset({"jordan", "chad", "georgia", "israel", "india"})


@lru_cache(maxsize=16384)
def split_title(phrase: str) -> tuple[str, str | None, str | None]:
    """Split '[nationality] [organisation] [role] Name' into (name, role, organisation).

    Args:
        phrase: a name with its leading titles, as written before a speech verb.

    Returns:
        ``(name, role, organisation)``; role and organisation are None when absent.

    >>> split_title("Foreign Minister Wang Yi")
    ('Wang Yi', 'Foreign Minister', None)
    >>> split_title("Pentagon press secretary John Kirby")
    ('John Kirby', 'press secretary', 'Pentagon')
    >>> split_title("Commissioner for Climate Action Pieter Vandamme")
    ('Pieter Vandamme', 'Commissioner for Climate Action', None)
    """
    words = phrase.split()
    # The name: the longest run of name tokens at the end.
    i = len(words)
    while (
        i > 0
        and len(words) - i < 5
        and (
            (
                is_name_token(words[i - 1])
                and words[i - 1].lower() not in _TITLE_ABBREVIATIONS
                # "Secretary of Energy Chris Wright": the portfolio ends the title
                and not (i < len(words) and words[i - 1].lower() in PORTFOLIO_WORDS)
            )
            # "Luiz Inacio Lula da Silva", "Ursula von der Leyen": a particle inside a name
            or (
                words[i - 1] in NAME_PARTICLES
                and i < len(words)
                and i > 1
                and (is_name_token(words[i - 2]) or words[i - 2] in NAME_PARTICLES)
            )
        )
    ):
        i -= 1
    name_words = words[i:]
    if not name_words:
        return phrase.strip(), None, None
    head = words[:i]
    if len(name_words) == 1 and head and head[-1].lower() in FIRST_NAME_COUNTRIES:
        # "analyst Jordan Whitlock", "Chad Morris": a first name, not a nationality
        head, name_words = head[:-1], [head[-1], *name_words]
    if len(name_words) >= 3 and name_words[0].isupper() and len(name_words[0]) > 1:
        # "Minister for Skills and TAFE Gayle Tierney", "KRA Commissioner Jane Doe": an
        # acronym of the portfolio or body, never a first name.
        head, name_words = head + name_words[:1], name_words[1:]
    if len(name_words) == 1 and len(head) >= 2 and head[-1] == "He":
        # "Vice Premier He Lifeng": the surname He after a title, not the pronoun.
        head, name_words = head[:-1], ["He", *name_words]
    if (
        head
        and (
            head[-1].lower() in {"for", "of", "on"}
            or (head[-1].lower() == "and" and any(w.lower() in {"for", "of", "on"} for w in head))
        )
        and len(name_words) > 2
    ):
        # "Commissioner for Climate Action Pieter Vandamme": the portfolio ends the title.
        head, name_words = head + name_words[:-2], name_words[-2:]
    # Drop a leading article and nationality words.
    while head and (head[0].lower() in {"the", "a", "an"} or head[0].lower() in COUNTRIES):
        head = head[1:]
    while head and head[0].lower().rstrip("'s").rstrip("’s") in COUNTRIES:
        head = head[1:]
    role: str | None = None
    org: str | None = None
    if head:
        text = " ".join(head)
        low = text.lower()
        for r, rx in _ROLE_RES:
            m = rx.search(low) if r in low else None
            if m:
                start = m.start() + (1 if low[m.start()] == " " else 0)
                role = text[start : start + len(r)]
                before = text[:start].strip().strip(",")
                before = _POSSESSIVE_END.sub("", before).strip()
                if before and before[0].isupper():
                    org = before
                after = text[start + len(r) :].strip()
                m2 = _ORG_CUT.match(after)
                if m2 and after[m2.end() :][:1].isupper():
                    org = after[m2.end() :].strip(", ")
                    role = f"{role} {after[: m2.end()].split()[0]} {org}".split(" of ")[0]
                    role = text[start : start + len(r)]
                    if not is_organization(org):
                        # A portfolio, not a body: "Commissioner for Climate Action".
                        role, org = text[start:].strip(", "), None
                break
    return " ".join(w.strip(",") for w in name_words), role, org
