"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout30/build_gold.py``. Each annotation names the
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
P, PP = "percent", "percentage point"

# Conventions: those of tests/heldout5 .. tests/heldout29 (see README.md). Headline, standfirst
# and "Related" figures: optional / not annotated; the page's own voice and unnamed sources are
# speaker None, judged sentence by sentence; in a transcript the outlet speaks for its question,
# a bare QUESTION: is None, and a figure a question attributes is that source's (outlet an
# alias); "according to X" is X (the answering spokesperson an alias); a figure relayed from a
# minister, a governor or the Secretary is theirs, dated the day they said it; every sentence of
# a quote, "he said", "She added", "the agency said" carry the speaker and the day given before;
# date = the day the claim was stated; time spans that only date a figure, ages, compound
# adjectives and bracketed conversions are optional.

# 3000: MFA regular press conference (Monday 9 December 2030).
doc("3000_mfa-lin-jian-presscon-2030-12-09.txt", "2030-12-09", "Lin Jian")
a(
    "more than 1,600",
    1600,
    "count",
    "disaster management personnel trained by the Center",
    q="more_than",
)
a(
    "11",
    11,
    "count",
    "Pacific Island countries whose personnel were trained",
    after="personnel from ",
)
a("about 460", 460, "count", "members of the Antarctic expedition", q="approximate")
a("three", 3, "count", "vessels of the expedition", after="aboard ")
a(
    "roughly 190 days",
    190,
    "duration",
    "expected length of the expedition",
    q="approximate",
    unit="day",
)
a("more than 20", 20, "count", "countries in joint polar research with China", q="more_than")
a("six", 6, "count", "long-term monitoring stations sharing data", after="share data from ")
a(
    "29 days",
    29,
    "duration",
    "days Chinese coast guard ships were in the contiguous zone",
    unit="day",
    period="November",
    speaker="Japan Coast Guard",
    aliases=["Japan's Coast Guard", "AFP"],
    date="2030-12-07",
)
WY = dict(
    speaker="Wang Yi", aliases=["Foreign Minister Wang Yi", "Wang", "Lin Jian"], date="2030-12-08"
)
a(
    "982 billion US dollars",
    982e9,
    "money",
    "China-ASEAN trade",
    unit="USD",
    period="January to October",
    **WY,
)
a("7.4 percent", 7.4, "percent", "year-on-year growth of China-ASEAN trade", unit=P, **WY)
a(
    "six years",
    6,
    "duration",
    "years ASEAN has been China's largest trading partner",
    unit="year",
    **WY,
)
a(
    "over 90 percent",
    90,
    "percent",
    "share of goods with tariff reductions under the upgraded FTA",
    q="more_than",
    unit=P,
    **WY,
)
a(
    "more than 2,400",
    2400,
    "count",
    "weekly direct passenger flights between China and ASEAN",
    q="more_than",
)
a(
    "nearly 60 percent",
    60,
    "percent",
    "China's share of global renewable capacity additions",
    q="nearly",
    unit=P,
    period="this year",
    speaker="International Energy Agency",
    aliases=["IEA", "Reuters"],
)
a(
    "over 200",
    200,
    "count",
    "countries and regions importing Chinese wind and solar products",
    q="more_than",
)
a(
    "about 810 million tonnes",
    810e6,
    "measure",
    "carbon dioxide emissions cut abroad by Chinese wind and PV exports",
    q="approximate",
    unit="tonne",
    period="last year",
    speaker="China Electricity Council",
    aliases=["CEC", "Lin Jian"],
)
a(
    "60th anniversary",
    60,
    "anniversary",
    "anniversary of China-Chile diplomatic relations",
    speaker="CCTV",
    aliases=["China Central Television"],
)
a("six decades", 6, "duration", "period of China-Chile relations", unit="decade", opt=True)
a(
    "14 consecutive years",
    14,
    "duration",
    "years China has been Chile's largest trading partner",
    unit="year",
)
a(
    "71.3 billion US dollars",
    71.3e9,
    "money",
    "China-Chile bilateral trade",
    unit="USD",
    period="last year",
)
a(
    "More than 90 percent",
    90,
    "percent",
    "share of Chile's cherry exports going to China",
    q="more_than",
    unit=P,
    period="last season",
)

# 3001: US State Department press briefing (Monday 16 December 2030).
doc(
    "3001_state-dept-arden-briefing-2030-12-16.txt",
    "2030-12-16",
    "Paul Arden",
    ["Arden", "MR ARDEN"],
)
a(
    "nearly $84 million",
    84e6,
    "money",
    "additional humanitarian assistance for Hurricane Orla",
    q="nearly",
    unit="USD",
)
a(
    "more than $215 million",
    215e6,
    "money",
    "total US assistance for the hurricane response",
    q="more_than",
    unit="USD",
)
a("some 60,000", 60000, "count", "families to receive emergency shelter", q="approximate")
CL = dict(
    speaker="Christopher Landau",
    aliases=["Deputy Secretary Landau", "Landau", "Deputy Secretary", "Paul Arden", "Arden"],
    date="2030-12-13",
)
a(
    "1,340",
    1340,
    "count",
    "arrests of cartel operatives from joint operations",
    period="this year",
    **CL,
)
a(
    "roughly 40 percent",
    40,
    "percent",
    "fall in fentanyl seizures at the southwest border",
    q="approximate",
    unit=P,
    **CL,
)
a("$12 million", 12e6, "money", "new funding for Mexican forensic laboratories", unit="USD", **CL)
a("six", 6, "count", "Mexican states with funded laboratories", after="laboratories in ", **CL)
a("26.4 million", 26.4e6, "count", "passport books and cards issued", period="last fiscal year")
a(
    "four to six weeks",
    4,
    "duration",
    "routine passport processing time",
    q="range",
    unit="week",
    low=4,
    high=6,
)
a(
    "two to three weeks",
    2,
    "duration",
    "expedited passport processing time",
    q="range",
    unit="week",
    low=2,
    high=3,
)
a(
    "more than 30,000",
    30000,
    "count",
    "people who fled El Fasher in the past week",
    q="more_than",
    speaker="United Nations",
    aliases=["UN", "U.N."],
)
a(
    "more than $1.1 billion",
    1.1e9,
    "money",
    "US humanitarian assistance for the Sudan crisis",
    q="more_than",
    unit="USD",
)
MOH = dict(
    speaker="Palestinian Ministry of Health",
    aliases=["Ministry of Health", "Al-Quds", "Said Arikat"],
    date="2030-12-15",
)
a(
    "212",
    212,
    "count",
    "people injured in the West Bank",
    period="first two weeks of December",
    **MOH,
)
a("two weeks", 2, "duration", "period of the injuries", unit="week", opt=True, **MOH)
a(
    "$84 million",
    84e6,
    "money",
    "hurricane assistance announced",
    unit="USD",
    after="You said ",
    speaker=None,
)
a(
    "about $92 million",
    92e6,
    "money",
    "hurricane assistance gone to Haiti",
    q="approximate",
    unit="USD",
)
a(
    "around 70 percent",
    70,
    "percent",
    "share of damaged health facilities in southern Haiti reopened",
    q="approximate",
    unit=P,
    speaker="World Health Organization",
    aliases=["WHO", "Paul Arden", "Arden"],
)
a(
    "more than 4,000",
    4000,
    "count",
    "Venezuelans returned on deportation flights since October",
    q="more_than",
    speaker="Reuters",
    aliases=[],
)
MR = dict(
    speaker="Marco Rubio",
    aliases=["Secretary Rubio", "Rubio", "Secretary", "Paul Arden", "Arden"],
    date="2030-11-20",
)
a(
    "$65 million",
    65e6,
    "money",
    "US maritime security support for Papua New Guinea",
    unit="USD",
    period="over five years",
    **MR,
)
a(
    "five years",
    5,
    "duration",
    "period of the maritime security support",
    unit="year",
    opt=True,
    **MR,
)
a(
    "more than 300",
    300,
    "count",
    "PNG Defence Force personnel trained by the US embassy",
    q="more_than",
    period="this year",
)

# 3002: SCIO press conference on 2030 financial statistics (Wednesday 15 January 2031).
doc(
    "3002_scio-pboc-2030-financial-data-presscon-2031-01-15.txt",
    "2031-01-15",
    "Zou Lan",
    ["Zou", "Mr. Zou"],
)
a(
    "356.2 trillion yuan",
    356.2e12,
    "money",
    "broad money supply (M2)",
    unit="CNY",
    period="end of December",
)
a("7.6%", 7.6, "percent", "year-on-year growth of M2", unit=P)
a("278.4 trillion yuan", 278.4e12, "money", "outstanding yuan loans", unit="CNY")
a("7.1%", 7.1, "percent", "growth of outstanding yuan loans", unit=P, after="an increase of ")
a("17.9 trillion yuan", 17.9e12, "money", "new yuan loans in 2030", unit="CNY", period="2030")
a("twice", 2, "count", "reserve requirement ratio cuts in 2030")
a("0.75 percentage points", 0.75, "percent", "total reserve requirement ratio cut", unit=PP)
a(
    "about 1.6 trillion yuan",
    1.6e12,
    "money",
    "long-term liquidity released",
    q="approximate",
    unit="CNY",
)
a("seven-day", 7, "duration", "term of the reverse repo", unit="day", opt=True)
a("20 basis points", 20, "percent", "cut in the seven-day reverse repo rate", unit="basis point")
a("1.2%", 1.2, "percent", "seven-day reverse repo rate", unit=P)
a(
    "7.1%",
    7.1,
    "percent",
    "loan growth last year",
    unit=P,
    after="Loan growth slowed to ",
    speaker="China Business Network",
    aliases=["CBN"],
)
RJ = dict(speaker="Ruan Jianhong", aliases=["Ruan"])
a(
    "18.3%",
    18.3,
    "percent",
    "growth of loans to technology-based SMEs",
    unit=P,
    period="last year",
    **RJ,
)
a("11.9%", 11.9, "percent", "growth of inclusive loans to small and micro businesses", unit=P, **RJ)
a(
    "about 3.1%",
    3.1,
    "percent",
    "weighted average interest rate on new corporate loans",
    q="approximate",
    unit=P,
    period="December",
    **RJ,
)
a(
    "35 basis points",
    35,
    "percent",
    "year-on-year fall in corporate loan rates",
    unit="basis point",
    **RJ,
)
a(
    "about 2.3%",
    2.3,
    "percent",
    "yuan depreciation against the US dollar",
    q="approximate",
    unit=P,
    period="last year",
    speaker="Bloomberg",
    aliases=[],
)
a("1.4%", 1.4, "percent", "rise of the CFETS RMB index", unit=P)
a(
    "4.6 trillion yuan",
    4.6e12,
    "money",
    "Chinese bonds held by foreign institutions",
    unit="CNY",
    period="end of December",
    speaker="China Central Depository & Clearing",
    aliases=["CCDC", "China Central Depository and Clearing", "Zou Lan", "Zou"],
)
PG = dict(
    speaker="Pan Gongsheng",
    aliases=["Governor Pan Gongsheng", "Pan", "Wang Xin"],
    date="2031-01-09",
)
a(
    "800 billion yuan",
    800e9,
    "money",
    "quota of relending for technological innovation and upgrading",
    unit="CNY",
    **PG,
)
a(
    "more than 5,200",
    5200,
    "count",
    "projects with signed loan contracts under the relending program",
    q="more_than",
    **PG,
)
WX = dict(speaker="Wang Xin", aliases=["Wang"])
a(
    "500 billion yuan",
    500e9,
    "money",
    "quota of relending for elderly care and consumer services",
    unit="CNY",
    **WX,
)
a(
    "one year",
    1,
    "duration",
    "extension of the elderly care and consumer relending",
    unit="year",
    **WX,
)
a(
    "25 basis points",
    25,
    "percent",
    "policy rate cut expected by analysts",
    unit="basis point",
    period="first quarter",
    speaker=None,
    aliases=["Reuters"],
)
a(
    "about 5.8%",
    5.8,
    "percent",
    "average reserve requirement ratio of financial institutions",
    q="approximate",
    unit=P,
)

# 3003: AP wildfire story (Tuesday 4 February 2031).
doc("3003_ap-chile-valparaiso-wildfires-2031-02-04.txt", "2031-02-04", None)
a("at least 19", 19, "count", "people killed by the wildfires", q="at_least", opt=True)
a("at least 19", 19, "count", "people killed by the wildfires", q="at_least", after="killing ")
a("more than 1,100", 1100, "count", "homes destroyed", q="more_than")
FA = dict(
    speaker="Felipe Araya", aliases=["Araya", "Interior Minister Felipe Araya", "Interior Minister"]
)
a("112", 112, "count", "people unaccounted for", **FA)
a("38", 38, "count", "active fires in the region", after="There are ", **FA)
a("14", 14, "count", "fires out of control", after="right now, and ", **FA)
CF = dict(
    speaker="Corporación Nacional Forestal",
    aliases=["CONAF", "national forestry agency", "the agency"],
    date="2031-02-03",
)
a(
    "roughly 26,000 hectares",
    26000,
    "measure",
    "area burned in the Valparaíso region",
    q="approximate",
    unit="hectare",
    period="since Saturday",
    **CF,
)
a(
    "About 2,300",
    2300,
    "count",
    "firefighters, soldiers and volunteers battling the flames",
    q="approximate",
    **CF,
)
a("47", 47, "count", "aircraft supporting firefighters", **CF)
MET = dict(
    speaker="Dirección Meteorológica de Chile",
    aliases=["Chile's meteorological service", "meteorological service"],
)
a(
    "38 degrees Celsius",
    38,
    "measure",
    "temperature in parts of the region",
    unit="degree Celsius",
    period="Monday",
    **MET,
)
a(
    "100 degrees Fahrenheit",
    100,
    "measure",
    "temperature in parts of the region",
    unit="degree Fahrenheit",
    opt=True,
    **MET,
)
a("60 kph", 60, "measure", "wind gusts", unit="km/h", period="Monday", **MET)
a("37 mph", 37, "measure", "wind gusts", unit="mph", opt=True, **MET)
JC = dict(speaker="Juana Castillo", aliases=["Castillo"])
a("31 years", 31, "duration", "years Castillo lived in El Olivar", unit="year", **JC)
a("20 minutes", 20, "duration", "time in which Castillo lost everything", unit="minute", **JC)
a("67", 67, "duration", "age of Juana Castillo", unit="year", opt=True)
a(
    "maybe 15",
    15,
    "count",
    "residents fighting the fire with buckets",
    q="approximate",
    speaker="Rodrigo Méndez",
    aliases=["Méndez", "Mendez"],
)
CR = dict(
    speaker="Catalina Reyes",
    aliases=["Reyes", "Mayor Catalina Reyes", "Viña del Mar Mayor"],
    date="2031-02-03",
)
a("around 4,000", 4000, "count", "people in shelters in Viña del Mar", q="approximate", **CR)
a("22", 22, "count", "shelters across the city", after="refuge in ", **CR)
a(
    "1.5 million pesos",
    1.5e6,
    "money",
    "emergency grant to each affected family",
    unit="CLP",
    speaker="Ignacio Salinas",
    aliases=["President Ignacio Salinas", "Salinas", "President"],
)
a(
    "two",
    2,
    "count",
    "people arrested over the fires",
    after="Police arrested ",
    speaker="Ministry of the Interior of Chile",
    aliases=["Interior Ministry"],
)
a("more than 130", 130, "count", "people killed by the February 2024 fires", q="more_than")
HM = dict(
    speaker="Ministry of Health of Chile", aliases=["Chile's Health Ministry", "Health Ministry"]
)
a("76", 76, "count", "people treated in hospitals for burns and smoke inhalation", **HM)
a("9", 9, "count", "patients in critical condition", after="inhalation, ", **HM)

# 3004: UNHCR press release (Wednesday 22 January 2031).
doc("3004_unhcr-rohingya-jrp-launch-2031-01-22.txt", "2031-01-22", None)
LEAD = dict(
    aliases=["UNHCR", "UN Refugee Agency", "International Organization for Migration", "IOM"]
)
a("US$ 934 million", 934e6, "money", "2031 Joint Response Plan appeal", unit="USD", opt=True)
a("more than 110", 110, "count", "humanitarian partners in the plan", q="more_than", **LEAD)
a(
    "US$ 934 million",
    934e6,
    "money",
    "2031 Joint Response Plan appeal",
    unit="USD",
    after="seeking ",
    **LEAD,
)
a("nearly 1.5 million", 1.5e6, "count", "people to be supported in Bangladesh", q="nearly", **LEAD)
a(
    "some 1.1 million",
    1.1e6,
    "count",
    "Rohingya refugees in Cox's Bazar and Bhasan Char",
    q="approximate",
)
a("390,000", 390000, "count", "Bangladeshis in host communities to be assisted")
a("54 per cent", 54, "percent", "share of last year's plan funded", unit=P, period="last year")
a("US$ 10", 10, "money", "monthly food assistance per person after cuts", unit="USD")
BS = dict(
    speaker="Barham Salih",
    aliases=["Salih", "High Commissioner", "UN High Commissioner for Refugees"],
)
a(
    "more than seven years",
    7,
    "duration",
    "time the Rohingya have spent in the camps",
    q="more_than",
    unit="year",
    **BS,
)
a("Half", 50, "percent", "share of children in the camp population", unit=P, **BS)
a("around 800", 800, "count", "shelters destroyed by the Camp 11 fire", q="approximate")
a("more than 4,000", 4000, "count", "refugees left homeless by the fire", q="more_than")
a(
    "more than 150,000",
    150000,
    "count",
    "Rohingya who crossed into Bangladesh since 2024",
    q="more_than",
    speaker="Government of Bangladesh",
    aliases=["Bangladesh"],
)
UD = dict(speaker="Ugochi Daniels", aliases=["Daniels", "IOM Deputy Director General"])
a(
    "at least 620",
    620,
    "count",
    "Rohingya dead or missing at sea",
    q="at_least",
    period="last year",
    **UD,
)
a(
    "a decade",
    1,
    "duration",
    "period of comparison for deaths at sea",
    unit="decade",
    opt=True,
    **UD,
)
a(
    "Nearly 70 per cent",
    70,
    "percent",
    "share of women and children among boat departures",
    q="nearly",
    unit=P,
    period="last year",
    **UD,
)
MZ = dict(
    speaker="Mohammed Mizanur Rahman",
    aliases=["Rahman", "Refugee Relief and Repatriation Commissioner"],
    date="2031-01-21",
)
a(
    "about US$ 1.2 billion",
    1.2e9,
    "money",
    "Bangladesh's annual spending on hosting refugees",
    q="approximate",
    unit="USD",
    **MZ,
)
a(
    "some 6,800 acres",
    6800,
    "measure",
    "forest land cleared for the camps",
    q="approximate",
    unit="acre",
    **MZ,
)
a(
    "five",
    5,
    "duration",
    "age limit of children in the malnutrition survey",
    q="less_than",
    unit="year",
    after="children under ",
    opt=True,
)
a(
    "15.4 per cent",
    15.4,
    "percent",
    "global acute malnutrition among children under five in the camps",
    unit=P,
)
a("US$ 88 million", 88e6, "money", "education and skills funding in the 2031 plan", unit="USD")

# 3005: PIB press release, Ministry of Railways (Monday 20 January 2031).
doc("3005_pib-railways-freight-loading-2031-01-20.txt", "2031-01-20", None)
AV = dict(
    speaker="Ashwini Vaishnaw",
    aliases=["Shri Ashwini Vaishnaw", "Vaishnaw", "Shri Vaishnaw", "Minister"],
)
a(
    "1,268 Million Tonnes",
    1.268e9,
    "measure",
    "freight loading in April-December 2030",
    unit="tonne",
    opt=True,
)
a("Rs 1.32 lakh crore", 1.32e12, "money", "freight revenue", unit="INR", opt=True)
a("3", 3, "count", "new Dedicated Freight Corridors", opt=True, after="rising steadily; ", **AV)
a(
    "1,268 Million Tonnes",
    1.268e9,
    "measure",
    "cumulative freight loading in April-December",
    unit="tonne",
    after="cumulative freight loading of ",
)
a("1,191 MT", 1.191e9, "measure", "freight loading in the same period last year", unit="tonne")
a("6.5 per cent", 6.5, "percent", "growth in freight loading", unit=P)
a("Rs 1,32,480 crore", 1.3248e12, "money", "freight earnings in April-December", unit="INR")
a("Rs 7,950 crore", 7.95e10, "money", "increase in freight earnings", unit="INR")
a(
    "152.6 MT",
    152.6e6,
    "measure",
    "freight loaded in December 2030",
    unit="tonne",
    period="December 2030",
)
a("about 47 per cent", 47, "percent", "coal's share of total loading", q="approximate", unit=P)
a("11.2 per cent", 11.2, "percent", "growth in container loading", unit=P)
a("8.4 per cent", 8.4, "percent", "rise in cement and clinker loading", unit=P)
a("29 per cent", 29, "percent", "railways' share of freight transport", unit=P, **AV)
a(
    "26 per cent",
    26,
    "percent",
    "railways' share of freight transport three years ago",
    unit=P,
    **AV,
)
a(
    "three years",
    3,
    "duration",
    "period of the share comparison",
    unit="year",
    after="from 26 per cent ",
    opt=True,
    **AV,
)
a(
    "45 per cent",
    45,
    "percent",
    "target share of rail in freight transport",
    unit=P,
    period="by 2035",
    **AV,
)
a(
    "2,843 route km",
    2843,
    "measure",
    "length of the Eastern and Western Dedicated Freight Corridors",
    unit="km",
    **AV,
)
a("over 400", 400, "count", "trains handled daily on the freight corridors", q="more_than", **AV)
a(
    "3",
    3,
    "count",
    "new Dedicated Freight Corridors with detailed project reports",
    after="detailed project reports for ",
    **AV,
)
a(
    "about 4,000 km",
    4000,
    "measure",
    "total length of the new freight corridors",
    q="approximate",
    unit="km",
    **AV,
)
a("134", 134, "count", "Gati Shakti Cargo Terminals commissioned", **AV)
a("86", 86, "count", "cargo terminals under construction", **AV)
a(
    "more than Rs 24,000 crore",
    2.4e11,
    "money",
    "private investment in cargo terminals",
    q="more_than",
    unit="INR",
    **AV,
)
SK = dict(
    speaker="Satish Kumar",
    aliases=["Shri Satish Kumar", "Kumar", "Chairman and CEO of the Railway Board"],
)
a(
    "48.2 km per hour",
    48.2,
    "measure",
    "average speed of freight trains",
    unit="km/h",
    period="December",
    **SK,
)
a(
    "41.5 km per hour",
    41.5,
    "measure",
    "average speed of freight trains a year earlier",
    unit="km/h",
    **SK,
)
a("4.3 days", 4.3, "duration", "wagon turnaround time", unit="day", **SK)
a(
    "18,750",
    18750,
    "count",
    "wagons procured in April-December 2030",
    speaker="Railway Board",
    aliases=[],
)
a(
    "nine-month",
    9,
    "duration",
    "period of the wagon record",
    unit="month",
    opt=True,
    speaker="Railway Board",
    aliases=[],
)
a("1,120", 1120, "count", "locomotives manufactured in April-December 2030")
a(
    "100",
    100,
    "count",
    "more coal mines to be connected with rail sidings",
    after="ports and ",
    **AV,
)

# 3006: Financial Times company results story (Wednesday 12 February 2031).
doc("3006_ft-brennholt-annual-results-2031-02-12.txt", "2031-02-12", None)
BH = dict(speaker="Brennholt", aliases=[])
a("a third", 33.33, "percent", "fall in operating profit", unit=P, opt=True)
a("a third", 33.33, "percent", "fall in annual operating profit", unit=P, after="down by ")
a("third-largest", 3, "rank", "Brennholt's rank among German carmakers by sales")
a("34 per cent", 34, "percent", "fall in operating profit", unit=P, period="2030", **BH)
a("€6.1bn", 6.1e9, "money", "operating profit", unit="EUR", period="2030", **BH)
a("4.2 per cent", 4.2, "percent", "fall in revenue", unit=P, **BH)
a("€118.7bn", 118.7e9, "money", "revenue", unit="EUR", period="2030", **BH)
a("5.1 per cent", 5.1, "percent", "operating margin", unit=P, **BH)
a("7.4 per cent", 7.4, "percent", "operating margin a year earlier", unit=P, **BH)
a("€2.30", 2.3, "money", "dividend per share", unit="EUR")
a("as much as 6 per cent", 6, "percent", "intraday fall in Brennholt shares", q="at_most", unit=P)
a("3.8 per cent", 3.8, "percent", "fall in Brennholt shares at the close", unit=P)
a(
    "€5bn",
    5e9,
    "money",
    "planned cost cuts by the end of 2032",
    unit="EUR",
    speaker="Markus Feldhaus",
    aliases=["Feldhaus", "Chief executive"],
)
a("27 per cent", 27, "percent", "fall in deliveries in China", unit=P, period="last year")
a(
    "less than a quarter",
    25,
    "percent",
    "China's share of Brennholt's global sales",
    q="less_than",
    unit=P,
)
a(
    "almost 40 per cent",
    40,
    "percent",
    "China's share of Brennholt's sales in 2022",
    q="nearly",
    unit=P,
    period="2022",
)
AVG = dict(speaker="Annette Vogt", aliases=["Vogt", "Finance chief"])
a(
    "between 4.5 and 6 per cent",
    4.5,
    "percent",
    "expected operating margin this year",
    q="range",
    unit=P,
    low=4.5,
    high=6,
    period="this year",
    **AVG,
)
a(
    "about €1.2bn",
    1.2e9,
    "money",
    "cost of US tariffs",
    q="approximate",
    unit="EUR",
    period="2031",
    **AVG,
)
a("14,000", 14000, "count", "planned job cuts in Germany")
a("about 1,900", 1900, "count", "employees of the Kassel engine plant", q="approximate", **BH)
DR = dict(speaker="Daniel Roeske", aliases=["Roeske", "Bernstein"])
a(
    "€420mn",
    420e6,
    "money",
    "earnings contribution of Chinese joint ventures",
    unit="EUR",
    period="last year",
    **DR,
)
a(
    "19 per cent",
    19,
    "percent",
    "rise in European orders for the electric saloon",
    unit=P,
    period="fourth quarter",
    speaker="Philippe Houchois",
    aliases=["Houchois", "Jefferies"],
)
a("21 per cent", 21, "percent", "battery-electric share of deliveries", unit=P, **BH)
a(
    "16 per cent",
    16,
    "percent",
    "battery-electric share of deliveries in 2029",
    unit=P,
    period="2029",
    **BH,
)
a(
    "28 per cent",
    28,
    "percent",
    "fall in Volkswagen's fourth-quarter operating profit",
    unit=P,
    speaker="Volkswagen",
    aliases=["VW"],
    date="2031-02-05",
)
a(
    "up to €15bn",
    15e9,
    "money",
    "potential CO2 fines for the industry",
    q="at_most",
    unit="EUR",
    speaker=None,
    aliases=["European carmakers"],
)

# 3007: regional newspaper page, two stories (Tuesday 18 February 2031).
doc("3007_harlan-ridge-register-two-stories-2031-02-18.txt", "2031-02-18", None)
a("$48.6 million", 48.6e6, "money", "city operating budget", unit="USD", opt=True)
a(
    "$48.6 million",
    48.6e6,
    "money",
    "operating budget for the 2031-32 fiscal year",
    unit="USD",
    after="approved a ",
)
a("two-hour", 2, "duration", "length of the council debate", unit="hour", opt=True)
a("5-2", 5, "count", "council votes for the budget", opt=True)
a("$4", 4, "money", "monthly increase in the residential trash fee", unit="USD")
a("3.9%", 3.9, "percent", "budget increase over the current year", unit=P)
a("six", 6, "count", "new firefighter positions", after="money for ")
AP = dict(speaker="Alan Pruitt", aliases=["Pruitt", "City Manager"], date="2031-02-17")
a(
    "nearly $1.4 million",
    1.4e6,
    "money",
    "health insurance and pension cost increase",
    q="nearly",
    unit="USD",
    **AP,
)
a(
    "about 17%",
    17,
    "percent",
    "general fund reserve as a share of spending",
    q="approximate",
    unit=P,
    **AP,
)
a("$22", 22, "money", "current monthly trash fee", unit="USD")
a("$26", 26, "money", "new monthly trash fee", unit="USD")
SG = dict(speaker="Sheila Gantt", aliases=["Gantt", "Public Works Director"], date="2031-02-17")
a(
    "31%",
    31,
    "percent",
    "rise in the city's waste hauling and disposal cost since 2027",
    unit=P,
    **SG,
)
a("twice", 2, "count", "county landfill tipping fee increases", **SG)
a(
    "$48 a year",
    48,
    "money",
    "annual cost of the trash fee increase",
    unit="USD",
    speaker="Dana Whitcomb",
    aliases=["Whitcomb", "Councilwoman Dana Whitcomb"],
)
a(
    "$29.50",
    29.5,
    "money",
    "Millbrook's monthly trash fee",
    unit="USD",
    speaker="Rick Osei",
    aliases=["Osei", "Councilman Rick Osei"],
    date="2031-02-17",
)
a(
    "fourth straight year",
    4,
    "duration",
    "years the property tax rate has stayed unchanged",
    unit="year",
)
a("sixth year in a row", 6, "duration", "years of district enrollment decline", unit="year")
a("3,412", 3412, "count", "district enrollment", period="this year")
a("4,050", 4050, "count", "district enrollment in 2020", period="2020")
a("450", 450, "count", "pupils Westfield was built for")
a("188", 188, "count", "Westfield pupils")
GH = dict(speaker="Gloria Haines", aliases=["Haines", "Superintendent"])
a(
    "about $1.1 million",
    1.1e6,
    "money",
    "annual savings from closing Westfield",
    q="approximate",
    unit="USD",
    **GH,
)
a("about two", 2, "count", "rise in class sizes at Lincoln and Bayview", q="approximate", **GH)
a("More than 300", 300, "count", "signatures on the petition opposing the closure", q="more_than")
EK = dict(speaker="Erin Kowalski", aliases=["Kowalski"])
a("10 minutes", 10, "duration", "walk to Westfield", unit="minute", **EK)
a("two", 2, "count", "Kowalski's children at the school", after="whose ", opt=True)
a("25-minute", 25, "duration", "bus ride to Bayview", unit="minute", opt=True, **EK)
TR = dict(speaker="Tom Reddick", aliases=["Reddick", "Board President"])
a(
    "about 8%",
    8,
    "percent",
    "projected further enrollment decline",
    q="approximate",
    unit=P,
    period="next five years",
    **TR,
)
a(
    "five years",
    5,
    "duration",
    "projection period",
    unit="year",
    after="over the next ",
    opt=True,
    **TR,
)
a(
    "2.7%",
    2.7,
    "percent",
    "drop in statewide public school enrollment since 2020",
    unit=P,
    speaker="Department of Education",
    aliases=["state Department of Education"],
)

GOLD.build()
