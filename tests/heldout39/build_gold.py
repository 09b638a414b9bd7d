"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout39/build_gold.py``. Each annotation names the
number as written and, when it occurs more than once, a text it follows (``after``); the
scaffolding is shared with the other held-out sets in ``tests/gold_tools.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_tools import GoldFile

GOLD = GoldFile(Path(__file__).parent)
doc, a = GOLD.doc, GOLD.a
P = "percent"
N = dict(speaker=None, aliases=[])

# Conventions: those of tests/heldout5 to tests/heldout37 (see README.md), plus the new cases
# listed there.

# 3900: UN noon briefing (Tuesday 12 February 2036).
AL = ["Lindqvist", "Spokesperson", "Spokesperson for the Secretary-General"]
doc("3900_un-noon-briefing-2036-02-12.txt", "2036-02-12", "Adaeze Lindqvist", AL)
SG = dict(
    speaker="United Nations Secretary-General",
    aliases=["Secretary-General", "UN Secretary-General", "The Secretary-General"],
)
a(
    "around $340 billion",
    340e9,
    "money",
    "adaptation finance needed by developing countries a year",
    q="approximate",
    unit="USD",
    period="by the end of the decade",
    **SG,
)
a(
    "$31 billion",
    31e9,
    "money",
    "international public finance for adaptation",
    unit="USD",
    period="last year",
    **SG,
)
a(
    "at least double",
    2,
    "measure",
    "requested increase in adaptation finance",
    q="at_least",
    unit="times",
    opt=True,
    **SG,
)
a(
    "some 26,000",
    26000,
    "count",
    "people displaced by violence in Artibonite",
    q="approximate",
    period="since the start of the month",
    aliases=[*AL, "Office for the Coordination of Humanitarian Affairs", "OCHA"],
)
a(
    "nearly 1.3 million",
    1.3e6,
    "count",
    "internally displaced people in Haiti",
    q="nearly",
    speaker="International Organization for Migration",
    aliases=["IOM", "Adaeze Lindqvist", *AL],
)
a(
    "More than half",
    50,
    "percent",
    "share of children among the displaced in Haiti",
    q="more_than",
    unit=P,
    speaker="UNICEF",
    aliases=["United Nations Children's Fund", "Adaeze Lindqvist", *AL],
)
a(
    "$912 million",
    912e6,
    "money",
    "funding sought by the Haiti humanitarian response plan",
    unit="USD",
    period="this year",
)
a("6 per cent", 6, "percent", "funding level of the Haiti response plan", unit=P)
WFP = dict(
    speaker="World Food Programme",
    aliases=["WFP", "the agency", "Adaeze Lindqvist", *AL],
    date="2036-02-11",
)
a(
    "about 450,000",
    450000,
    "count",
    "people whose food assistance was suspended in Centre-Nord",
    q="approximate",
    **WFP,
)
a("$78 million", 78e6, "money", "funding needed to resume distributions", unit="USD", **WFP)
a("four months", 4, "duration", "period of the distributions", unit="month", opt=True, **WFP)
a("35 per cent", 35, "percent", "rise in malnutrition admissions in the region", unit=P, **WFP)
SA = dict(
    speaker="Sven Albrektsen",
    aliases=["Albrektsen", "Special Envoy for Yemen", "Adaeze Lindqvist", *AL],
    date="2036-02-11",
)
a("620", 620, "count", "detainees to be released in Yemen", **SA)
a("three", 3, "count", "destinations of commercial flights from Sana'a", **SA)
a("41", 41, "count", "Member States paid in full")
a(
    "14",
    14,
    "count",
    "police officers killed in Artibonite in January",
    period="January",
    speaker="Haitian National Police",
    aliases=["Haitian police"],
    date="2036-02-10",
)
a(
    "about 2,600",
    2600,
    "count",
    "personnel of the Gang Suppression Force deployed",
    q="approximate",
)
a("5,500", 5500, "count", "authorized strength of the Gang Suppression Force")
a(
    "two",
    2,
    "count",
    "contingents expected by the end of March",
    after="tell us that ",
    speaker="United Nations Integrated Office in Haiti",
    aliases=["BINUH", "UN Integrated Office", "Adaeze Lindqvist", *AL],
)
a("$96 million", 96e6, "money", "pledges to the trust fund", unit="USD")
a(
    "more than 40",
    40,
    "count",
    "schools closed in Port-au-Prince",
    q="more_than",
    period="in the last two weeks",
    **N,
)
a("two weeks", 2, "duration", "period of the school closures", unit="week", opt=True, **N)
a(
    "close to 1,000",
    1000,
    "count",
    "schools closed or used as shelters in Haiti",
    q="nearly",
    speaker="UNICEF",
    aliases=["United Nations Children's Fund", "Adaeze Lindqvist", *AL],
)
a(
    "$2.4 billion",
    2.4e9,
    "money",
    "unpaid assessments at the end of January",
    unit="USD",
    speaker="United Nations Controller",
    aliases=["Controller", "UN Controller"],
)
a("12 per cent", 12, "percent", "cut in posts in next year's proposed budget", unit=P)

# 3901: NATO Secretary General's press conference (Wednesday 19 March 2036).
IS = [
    "Solheim",
    "NATO Secretary General Ingrid Solheim",
    "Secretary General",
    "NATO Secretary General",
]
doc("3901_nato-sg-presscon-2036-03-19.txt", "2036-03-19", "Ingrid Solheim", IS)
a(
    "roughly fivefold",
    5,
    "measure",
    "required increase in ground-based air defence",
    q="approximate",
    unit="times",
    opt=True,
)
a("Nineteen", 19, "count", "Allies in the European Sky Shield Initiative")
a(
    "more than 1,100",
    1100,
    "count",
    "interceptors ordered since last summer",
    q="more_than",
    period="since last summer",
)
a("2%", 2, "percent", "defence spending guideline", unit=P, opt=True)
a(
    "612 billion euros",
    612e9,
    "money",
    "defence investment of European Allies and Canada",
    unit="EUR",
    period="this year",
)
a("11%", 11, "percent", "real increase in defence investment", unit=P)
OD = dict(
    speaker="Olena Dovzhenko",
    aliases=["Dovzhenko", "Ukraine's Defence Minister", "Ingrid Solheim", *IS],
    date="2036-03-18",
)
a(
    "more than 4,300",
    4300,
    "count",
    "glide bombs fired at Ukrainian positions",
    q="more_than",
    period="February",
    **OD,
)
a(
    "around 40%",
    40,
    "percent",
    "share of weapons produced by Ukraine's own industry",
    q="approximate",
    unit=P,
    **OD,
)
SIPRI = dict(
    speaker="Stockholm International Peace Research Institute",
    aliases=["SIPRI", "AFP", "Agence France-Presse"],
    date="2036-03-17",
)
a(
    "nearly tripled",
    3,
    "measure",
    "increase in arms imports by European states",
    q="nearly",
    unit="times",
    opt=True,
    **SIPRI,
)
a(
    "five years",
    5,
    "duration",
    "period of the rise in arms imports",
    unit="year",
    after="nearly tripled in ",
    opt=True,
    **SIPRI,
)
a(
    "Around two-thirds",
    66.67,
    "percent",
    "share of European Allies' purchases from the United States",
    q="approximate",
    unit=P,
)
a(
    "five years",
    5,
    "duration",
    "period of the purchases",
    unit="year",
    after="in the last ",
    opt=True,
)
a(
    "about 2 million",
    2e6,
    "count",
    "shells produced in Europe a year",
    q="approximate",
)
a("7", 7, "count", "Allies meeting their stockpile targets", **N)
a("32", 32, "count", "Allies", after="only 7 of the ", opt=True, **N)
a(
    "a quarter",
    25,
    "percent",
    "rise in stockpiles of key munitions since the Washington Summit",
    unit=P,
    speaker="Giuseppe Cavallaro",
    aliases=[
        "Cavallaro",
        "Admiral Giuseppe Cavallaro",
        "Chair of the Military Committee",
        "Ingrid Solheim",
        *IS,
    ],
)
a(
    "4,800",
    4800,
    "count",
    "troops of the German brigade in Lithuania by the end of the year",
    speaker="Prime Minister of Lithuania",
    aliases=["Lithuania's Prime Minister", "LRT"],
    date="2036-03-18",
)
a("eight", 8, "count", "multinational forward land forces", opt=True)
a("more than 17,000", 17000, "count", "troops in the forward land forces", q="more_than")

# 3902: European Commission press release (Tuesday 22 April 2036).
doc("3902_ec-heat-pumps-press-release-2036-04-22.txt", "2036-04-22", None)
a("€4.2 billion", 4.2e9, "money", "Clean Heat Facility", unit="EUR", opt=True)
a("€4.2 billion", 4.2e9, "money", "Clean Heat Facility", unit="EUR", after="Facility worth ")
a(
    "up to €15,000",
    15000,
    "money",
    "zero-interest loans per household",
    q="at_most",
    unit="EUR",
)
a(
    "up to 70%",
    70,
    "percent",
    "share of installation costs covered by top-up grants",
    q="at_most",
    unit=P,
)
a(
    "At least 35%",
    35,
    "percent",
    "share of the Facility ring-fenced for households at risk of energy poverty",
    q="at_least",
    unit=P,
)
a("two years", 2, "duration", "years of falling heat pump sales", unit="year", opt=True)
ES = dict(speaker="Eurostat", aliases=[])
a(
    "around 3.1 million",
    3.1e6,
    "count",
    "heat pumps installed in the EU",
    q="approximate",
    period="last year",
    **ES,
)
a("18%", 18, "percent", "rise in heat pump installations", unit=P, **ES)
a(
    "roughly half",
    50,
    "percent",
    "heating and cooling share of EU final energy consumption",
    q="approximate",
    unit=P,
)
a("about 60%", 60, "percent", "share of heat produced from fossil fuels", q="approximate", unit=P)
JRC = dict(
    speaker="Joint Research Centre",
    aliases=["JRC", "Commission's Joint Research Centre", "European Commission"],
)
a(
    "1.6 million",
    1.6e6,
    "count",
    "additional heat pumps the Facility could support",
    period="by 2040",
    **JRC,
)
a(
    "some 9 billion cubic metres",
    9e9,
    "measure",
    "possible cut in EU gas imports a year",
    q="approximate",
    unit="cubic metre",
    **JRC,
)
HL = dict(
    speaker="Henrik Lauritsen",
    aliases=["Lauritsen", "Commissioner for Energy and Housing Henrik Lauritsen"],
)
a(
    "around €600",
    600,
    "money",
    "annual energy bill saving per household from a heat pump",
    q="approximate",
    unit="EUR",
    **HL,
)
a(
    "more than 170,000",
    170000,
    "count",
    "people employed by the heat pump sector in the EU",
    q="more_than",
    **HL,
)
a(
    "14",
    14,
    "count",
    "Member States signalling interest in the Facility",
    speaker="European Commission",
    aliases=["the Commissioner's spokesperson", "Henrik Lauritsen", "Lauritsen"],
)
EHPA = dict(speaker="European Heat Pump Association", aliases=["EHPA"])
a(
    "€7 billion",
    7e9,
    "money",
    "manufacturers' investment in new European factories",
    unit="EUR",
    period="since 2030",
    **EHPA,
)
a(
    "about six weeks",
    6,
    "duration",
    "waiting time for heat pump installation",
    q="approximate",
    unit="week",
    **EHPA,
)
a(
    "about 36%",
    36,
    "percent",
    "buildings' share of EU energy-related greenhouse gas emissions",
    q="approximate",
    unit=P,
)

# 3903: Xinhua wire story (Wednesday 14 May 2036).
doc("3903_xinhua-inland-waterway-cargo-2036-05-14.txt", "2036-05-14", None)
MOT = dict(speaker="Ministry of Transport", aliases=["the ministry"])
a("7.4 pct", 7.4, "percent", "rise in inland waterway cargo throughput", unit=P, opt=True, **MOT)
a(
    "7.4 percent",
    7.4,
    "percent",
    "year-on-year rise in inland waterway cargo throughput",
    unit=P,
    **MOT,
)
a(
    "1.52 billion tonnes",
    1.52e9,
    "measure",
    "cargo throughput on inland waterways",
    unit="tonne",
    period="first four months of 2036",
    **MOT,
)
a("four months", 4, "duration", "period of the throughput figure", unit="month", opt=True, **MOT)
ZX = dict(speaker="Zhou Xinyan", aliases=["Zhou", "Ministry of Transport"])
a(
    "four months",
    4,
    "duration",
    "period of the throughput figure",
    unit="month",
    after="tonnes in the first ",
    opt=True,
    **MOT,
)
a(
    "1.18 billion tonnes",
    1.18e9,
    "measure",
    "cargo handled by the Yangtze River trunk line",
    unit="tonne",
    **ZX,
)
a("6.9 percent", 6.9, "percent", "rise in Yangtze trunk line cargo", unit=P, **ZX)
a("9.6 million", 9.6e6, "measure", "container throughput at inland ports", unit="TEU", **ZX)
a("12.3 percent", 12.3, "percent", "year-on-year rise in inland container throughput", unit=P, **ZX)
a(
    "more than 480",
    480,
    "count",
    "new-energy vessels entering service on inland waterways",
    q="more_than",
    period="since January",
    **ZX,
)
a(
    "41.6 billion yuan",
    41.6e9,
    "money",
    "investment in inland waterway construction",
    unit="CNY",
    period="January-April",
    **MOT,
)
a(
    "exceeds 19,000 km",
    19000,
    "measure",
    "length of high-grade channels",
    q="more_than",
    unit="km",
    **MOT,
)
GR = dict(
    speaker="Gao Ruiming",
    aliases=["Gao", "Vice Minister of Transport Gao Ruiming", "Ministry of Transport"],
    date="2036-05-08",
)
a("2,500 km", 2500, "measure", "high-grade waterways to build or upgrade", unit="km", **GR)
a(
    "about 45 percent",
    45,
    "percent",
    "share of freight carried by water in the Yangtze River Economic Belt",
    q="approximate",
    unit=P,
    **GR,
)
a("five years", 5, "duration", "period of the freight share target", unit="year", opt=True, **GR)
TW = dict(speaker="Tan Weiguo", aliases=["Tan"])
a(
    "Three years",
    3,
    "duration",
    "time since vessels could not reach Chongqing",
    unit="year",
    opt=True,
    **TW,
)
a("5,000-tonne", 5000, "measure", "vessel size", unit="tonne", opt=True, **TW)
a(
    "nearly a third",
    33.33,
    "percent",
    "growth of the company's freight volume",
    q="nearly",
    unit=P,
    period="first quarter",
    **TW,
)
a(
    "roughly one-fifth",
    20,
    "percent",
    "cost of water transport relative to road haulage",
    q="approximate",
    unit=P,
)
LQ = dict(speaker="Li Qinghe", aliases=["Li"])
a("16 percent", 16, "percent", "inland waterways' share of domestic freight volume", unit=P, **LQ)
a("20 percent", 20, "percent", "possible future share of inland waterways", unit=P, **LQ)
a(
    "more than 128,000 km",
    128000,
    "measure",
    "length of navigable inland waterways",
    q="more_than",
    unit="km",
)

# 3904: The Guardian news story (Monday 9 June 2036).
doc("3904_guardian-child-tooth-extractions-2036-06-09.txt", "2036-06-09", None)
a("a fifth", 20, "percent", "rise in hospital tooth removals in children", unit=P, opt=True)
a("52,000", 52000, "count", "tooth removal operations in England", opt=True)
a(
    "a fifth",
    20,
    "percent",
    "rise in children having teeth removed in hospital",
    unit=P,
    after="has risen by ",
)
a("two years", 2, "duration", "period of the rise", unit="year", after="a fifth in ", opt=True)
a(
    "almost four times",
    4,
    "measure",
    "relative likelihood of an operation in the poorest areas",
    q="nearly",
    unit="times",
    opt=True,
)
NHSE = dict(speaker="NHS England", aliases=[])
a(
    "52,140",
    52140,
    "count",
    "tooth extractions under general anaesthetic among under-18s",
    period="2035",
    **NHSE,
)
a(
    "under-18s",
    18,
    "measure",
    "age threshold of children",
    q="less_than",
    unit="year",
    opt=True,
    **NHSE,
)
a("43,300", 43300, "count", "tooth extractions among under-18s in 2033", period="2033", **NHSE)
a(
    "six to 10",
    6,
    "measure",
    "ages of children",
    q="range",
    unit="year",
    low=6,
    high=10,
    opt=True,
)
a("about £1,100", 1100, "money", "cost of each procedure", q="approximate", unit="GBP")
a("more than £57m", 57e6, "money", "cost of the extractions", q="more_than", unit="GBP")
PR = dict(speaker="Priya Ramanathan", aliases=["Ramanathan", "Dr Priya Ramanathan"])
a(
    "two years",
    2,
    "duration",
    "time since the teeth could have been saved",
    unit="year",
    after="with a filling ",
    opt=True,
    **PR,
)
a(
    "20 or 30",
    20,
    "count",
    "practices families have rung",
    q="range",
    low=20,
    high=30,
    opt=True,
    **PR,
)
BDA = dict(speaker="British Dental Association", aliases=["BDA"])
a(
    "about 4 million",
    4e6,
    "count",
    "children in England who had not seen an NHS dentist",
    q="approximate",
    **BDA,
)
a(
    "9%",
    9,
    "percent",
    "fall in the number of dentists doing NHS work",
    unit=P,
    period="since 2030",
    **BDA,
)
a(
    "14 months",
    14,
    "duration",
    "waiting list for extractions in Bradford",
    unit="month",
    speaker="Helen Markham",
    aliases=["Markham", "Dr Helen Markham", "Malcolm Ferriday", "Ferriday"],
)
a(
    "about eight months",
    8,
    "duration",
    "average national wait for extractions",
    q="approximate",
    unit="month",
    speaker="Malcolm Ferriday",
    aliases=["Ferriday", "Sir Malcolm Ferriday"],
)
a(
    "one in three",
    33.33,
    "percent",
    "five-year-olds in Blackpool with visible decay",
    unit=P,
    subject="Blackpool",
)
a("five-year-olds", 5, "measure", "age of children", unit="year", opt=True)
KO = dict(speaker="Karen Oyelowo", aliases=["Oyelowo"])
a(
    "around 17%",
    17,
    "percent",
    "cut in decay rates from supervised toothbrushing",
    q="approximate",
    unit=P,
    **KO,
)
a("68", 68, "count", "primary schools in the town", **KO)
a("900,000", 900000, "count", "extra urgent NHS dental appointments pledged a year")
a(
    "almost 610,000",
    610000,
    "count",
    "extra urgent dental appointments delivered",
    q="nearly",
    date="2036-06-08",
)
DHSC = dict(
    speaker="Department of Health and Social Care",
    aliases=["DHSC", "A Department of Health and Social Care spokesperson"],
)
a("300", 300, "count", "new dentists being recruited", **DHSC)
a("3- to 5-year-olds", 3, "measure", "ages of children", unit="year", opt=True, **DHSC)
a(
    "£400m",
    400e6,
    "money",
    "proposed emergency fund for dentistry",
    unit="GBP",
    speaker="Tom Fairbairn",
    aliases=["Fairbairn", "Tom Fairbairn MP"],
)

# 3905: New Zealand Government (Beehive) release (Wednesday 23 July 2036).
doc("3905_beehive-rural-gp-training-2036-07-23.txt", "2036-07-23", None)
AW = dict(
    speaker="Aroha Whitlock",
    aliases=["Ms Whitlock", "Whitlock", "Health Minister Aroha Whitlock"],
)
a("300", 300, "count", "general practice training places", opt=True)
a(
    "300",
    300,
    "count",
    "new general practice training places a year",
    after="will fund ",
    period="from 2037",
    **AW,
)
a("240", 240, "count", "current general practice training places", **AW)
a(
    "at least 90",
    90,
    "count",
    "training places ring-fenced for rural and provincial practices",
    q="at_least",
    **AW,
)
a("$64 million", 64e6, "money", "GP training package", unit="NZD")
a("four years", 4, "duration", "period of the package", unit="year", opt=True)
a(
    "up to $40,000",
    40000,
    "money",
    "student loan paid off under the bonding scheme",
    q="at_most",
    unit="NZD",
)
a("five years", 5, "duration", "required service in a rural community", unit="year", opt=True)
a(
    "Around one in four",
    25,
    "percent",
    "share of GPs planning to retire",
    q="approximate",
    unit=P,
    **AW,
)
a(
    "five years",
    5,
    "duration",
    "period of the planned retirements",
    unit="year",
    after="within the next ",
    opt=True,
    **AW,
)
NZHS = dict(
    speaker="New Zealand Health Survey",
    aliases=["Aroha Whitlock", "Ms Whitlock", "Ministry of Health"],
)
a(
    "more than a week",
    1,
    "duration",
    "waiting time threshold",
    q="more_than",
    unit="week",
    opt=True,
    **NZHS,
)
a(
    "38 per cent",
    38,
    "percent",
    "enrolled patients who waited more than a week for an appointment",
    unit=P,
    period="last year",
    **NZHS,
)
a(
    "about 650",
    650,
    "count",
    "shortfall of full-time GPs",
    q="approximate",
    speaker="Royal New Zealand College of General Practitioners",
    aliases=["RNZCGP", "the College"],
)
a(
    "11 months",
    11,
    "duration",
    "average time rural practices carry vacancies",
    unit="month",
    speaker="Sione Fakatava",
    aliases=["Fakatava", "Dr Sione Fakatava", "Aroha Whitlock", "Ms Whitlock"],
    date="2036-07-21",
)
a(
    "58",
    58,
    "count",
    "rural practices registered as training sites",
    speaker="Health New Zealand",
    aliases=["Te Whatu Ora"],
)
a("$1.2 billion", 1.2e9, "money", "investment in primary and community care", unit="NZD")
RP = dict(speaker="Rawiri Pōtae", aliases=["Mr Pōtae", "Pōtae", "Associate Health Minister"])
a("17", 17, "count", "GPs lost in Northland", period="since 2033", **RP)
a("about 25,000", 25000, "count", "patients served by the lost GPs", q="approximate", **RP)
a(
    "9 out of 10",
    90,
    "percent",
    "pilot participants still in rural practice after three years",
    unit=P,
    **RP,
)
a("three years", 3, "duration", "period of the pilot follow-up", unit="year", opt=True, **RP)

# 3906: DOD News story (Wednesday 27 August 2036).
doc("3906_dod-news-shipyard-workforce-2036-08-27.txt", "2036-08-27", None)
a("four", 4, "count", "Navy public shipyards", opt=True)
a(
    "about 6,500",
    6500,
    "count",
    "workers to be hired by the public shipyards",
    q="approximate",
    period="fiscal year 2037",
)
EC = dict(
    speaker="Evelyn Carrow",
    aliases=["Carrow", "Deputy Secretary of Defense Evelyn Carrow"],
)
a("17", 17, "count", "attack submarines in or waiting for maintenance", **EC)
a(
    "below 10",
    10,
    "count",
    "target of submarines in or waiting for maintenance",
    q="less_than",
    **EC,
)
a("$21 billion", 21e9, "money", "Shipyard Infrastructure Optimization Program", unit="USD")
a("20 years", 20, "duration", "period of the investment", unit="year", opt=True)
a("four", 4, "count", "yards", after="workshops at all ", opt=True)
a("three", 3, "count", "new dry docks at Portsmouth Naval Shipyard", **EC)
a("14 months", 14, "duration", "time ahead of schedule of the first dry dock", unit="month", **EC)
RO = dict(
    speaker="Robert Okonjo",
    aliases=["Okonjo", "Vice Adm. Robert Okonjo"],
    date="2036-08-26",
)
a(
    "93 days",
    93,
    "duration",
    "shortening of the average submarine maintenance period",
    unit="day",
    **RO,
)
a("about 18%", 18, "percent", "overtime rates at the yards", q="approximate", unit=P, **RO)
a("26%", 26, "percent", "peak overtime rate", unit=P, **RO)
LK = dict(
    speaker="Leilani Kahale",
    aliases=["Kahale", "Robert Okonjo", "Okonjo"],
    date="2036-08-26",
)
a("11 months", 11, "duration", "time for new hires to reach full productivity", unit="month", **LK)
a(
    "two years",
    2,
    "duration",
    "earlier time for new hires to reach full productivity",
    unit="year",
    **LK,
)
a(
    "1,460 days",
    1460,
    "duration",
    "days attack submarines spent idle waiting for maintenance",
    unit="day",
    period="last year",
    speaker="Government Accountability Office",
    aliases=["GAO"],
)
NAVY = dict(speaker="U.S. Navy", aliases=["Navy", "the Navy"])
a("six", 6, "count", "submarines idle at the pier", after="had fallen to ", **NAVY)
a("nine", 9, "count", "submarines idle at the pier a year earlier", after="from ", **NAVY)
a(
    "$4.3 billion",
    4.3e9,
    "money",
    "budget request for ship depot maintenance at public yards",
    unit="USD",
    period="fiscal year 2037",
)
a("9%", 9, "percent", "increase in the ship depot maintenance request", unit=P)
IFPTE = dict(
    speaker="International Federation of Professional and Technical Engineers",
    aliases=["IFPTE", "the union"],
)
a(
    "roughly 1 in 5",
    20,
    "percent",
    "share of shipyard workers with less than five years of experience",
    q="approximate",
    unit=P,
    **IFPTE,
)
a(
    "less than five years",
    5,
    "duration",
    "experience threshold",
    q="less_than",
    unit="year",
    opt=True,
    **IFPTE,
)

# 3907: British Columbia government news release (Wednesday 8 October 2036).
doc("3907_bcgov-wildfire-season-funding-2036-10-08.txt", "2036-10-08", None)
a("$185 million", 185e6, "money", "wildfire preparedness funding", unit="CAD", opt=True)
a(
    "$185 million",
    185e6,
    "money",
    "funding for wildfire risk reduction",
    unit="CAD",
    after="support to reduce wildfire risk, with ",
)
a("three years", 3, "duration", "period of the funding", unit="year", opt=True)
NR = dict(
    speaker="Nadia Rutherford",
    aliases=["Rutherford", "Minister of Emergency Management and Climate Readiness"],
)
a("third-most", 3, "rank", "rank of the 2036 wildfire season by destructiveness", **NR)
a(
    "more than 1.9 million hectares",
    1.9e6,
    "measure",
    "area burned this year",
    q="more_than",
    unit="hectare",
    period="this year",
    **NR,
)
a("214", 214, "count", "structures lost to wildfires", **NR)
a("twice", 2, "count", "times some people had to leave their homes", opt=True, **NR)
BCWS = dict(speaker="BC Wildfire Service", aliases=["the service"])
a(
    "2,380",
    2380,
    "count",
    "wildfires responded to",
    period="between April 1 and Sept. 30",
    **BCWS,
)
a(
    "about 40%",
    40,
    "percent",
    "wildfires above the 10-year average",
    q="approximate",
    unit=P,
    **BCWS,
)
a("10-year", 10, "duration", "period of the average", unit="year", opt=True, **BCWS)
a("64%", 64, "percent", "share of fires caused by lightning", unit=P, **BCWS)
a(
    "More than 48,000",
    48000,
    "count",
    "people ordered to evacuate at the peak of the season",
    q="more_than",
    speaker="Province of British Columbia",
    aliases=["the Province", "Government of British Columbia"],
)
a("31,500", 31500, "count", "evacuees helped by Emergency Support Services")
MT = dict(speaker="Marlene Tom", aliases=["Chief Marlene Tom", "Tsq'escen' First Nation"])
a("1,200 hectares", 1200, "measure", "cultural burning next spring", unit="hectare", **MT)
a(
    "more than double",
    2,
    "measure",
    "cultural burning compared with this year",
    q="more_than",
    unit="times",
    opt=True,
    **MT,
)
a(
    "more than 60",
    60,
    "count",
    "communities with shovel-ready fuel-reduction projects",
    q="more_than",
    speaker="Lindsay Pratt",
    aliases=["Pratt", "Union of B.C. Municipalities", "UBCM"],
)
a(
    "$1.1 billion",
    1.1e9,
    "money",
    "Ottawa's share of disaster costs for the season",
    unit="CAD",
    date="2036-10-06",
    **NR,
)
a(
    "more than $640 million",
    640e6,
    "money",
    "provincial investment in wildfire prevention",
    q="more_than",
    unit="CAD",
    period="since 2018",
)
a("1,750", 1750, "count", "permanent and seasonal firefighters")
a("1,320", 1320, "count", "firefighters in 2032", period="2032")
a("$92 million", 92e6, "money", "Community Resiliency Investment program", unit="CAD")
a("$48 million", 48e6, "money", "Indigenous-led cultural and prescribed burning", unit="CAD")
a("$45 million", 45e6, "money", "FireSmart program expansion", unit="CAD")
a("120", 120, "count", "neighbourhoods added to the FireSmart program")
a("under 5,000", 5000, "count", "population threshold for full funding", q="less_than", opt=True)
a(
    "up to 100%",
    100,
    "percent",
    "share of project costs available to small communities",
    q="at_most",
    unit=P,
)

GOLD.build()
