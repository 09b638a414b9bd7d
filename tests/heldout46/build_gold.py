"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout46/build_gold.py``. Each annotation names the
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

# Conventions: those of tests/heldout5 to tests/heldout45 (see README.md), plus the new cases
# listed there.

# 4600: BLS Employment Situation Summary (Friday 6 February 2037).
BLS_AL = ["BLS", "U.S. Bureau of Labor Statistics"]
NB = dict(speaker=None, aliases=["Bureau of Labor Statistics", "BLS"])
doc("4600_bls-employment-situation-2037-02-06.txt", "2037-02-06", None, NB["aliases"])
BLS = dict(speaker="Bureau of Labor Statistics", aliases=BLS_AL)
a(
    "148,000",
    148000,
    "count",
    "change in total nonfarm payroll employment",
    period="January",
    **BLS,
)
a("4.4 percent", 4.4, "percent", "unemployment rate", unit=P, period="January", **BLS)
a("two", 2, "count", "monthly surveys in the release", opt=True)
a("7.5 million", 7.5e6, "count", "unemployed people", period="January")
a("6.9 million", 6.9e6, "count", "unemployed people a year earlier")
a("3.9 percent", 3.9, "percent", "unemployment rate for adult women", unit=P)
a("7.4 percent", 7.4, "percent", "jobless rate for Blacks", unit=P)
a(
    "27 weeks or more",
    27,
    "duration",
    "definition of long-term unemployment",
    q="at_least",
    unit="week",
    opt=True,
)
a("1.8 million", 1.8e6, "count", "long-term unemployed", period="January")
a(
    "nearly one in four",
    25,
    "percent",
    "long-term unemployed share of all unemployed",
    q="nearly",
    unit=P,
)
a("62.4 percent", 62.4, "percent", "labor force participation rate", unit=P)
a("418,000", 418000, "count", "people not at work because of bad weather")
a(
    "about 260,000",
    260000,
    "count",
    "January average of people not at work because of bad weather",
    q="approximate",
)
a("10 years", 10, "duration", "period of the January average", unit="year", opt=True)
NWS = dict(speaker="National Weather Service", aliases=["NWS"])
a(
    "more than 18 inches",
    18,
    "measure",
    "snowfall from the storm",
    q="more_than",
    unit="inch",
    **NWS,
)
a("11", 11, "count", "states with more than 18 inches of snow", after="parts of ", **NWS)
a("162,000", 162000, "count", "average monthly payroll gain")
a("12 months", 12, "duration", "period of the average gain", unit="month", after="prior ", opt=True)
a("52,000", 52000, "count", "jobs added in health care", period="January")
a("31,000", 31000, "count", "increase in construction employment")
a("11,000", 11000, "count", "decline in federal government employment")
a("96,000", 96000, "count", "decline in federal government employment since its peak")
a("14 cents", 0.14, "money", "rise in average hourly earnings", unit="USD")
a("0.4 percent", 0.4, "percent", "rise in average hourly earnings", unit=P)
a("$38.62", 38.62, "money", "average hourly earnings", unit="USD")
a(
    "12 months",
    12,
    "duration",
    "period of the earnings increase",
    unit="month",
    after="Over the past ",
    opt=True,
)
a("3.7 percent", 3.7, "percent", "increase in average hourly earnings over the year", unit=P)
a("34.1 hours", 34.1, "measure", "average workweek", unit="hour")
a("19,000", 19000, "count", "downward revision to November payroll change")
a("201,000", 201000, "count", "November payroll change before revision")
a("182,000", 182000, "count", "November payroll change after revision")
NP = dict(
    speaker="Nathaniel Purcell",
    aliases=["Purcell", "BLS Commissioner Nathaniel Purcell", "Commissioner", "BLS"],
)
a("41 consecutive months", 41, "duration", "run of health care job gains", unit="month", **NP)
a(
    "roughly a third",
    33.33,
    "percent",
    "health care share of payroll gains",
    q="approximate",
    unit=P,
    period="2036",
    **NP,
)
a(
    "two months",
    2,
    "duration",
    "construction job losses before January",
    unit="month",
    opt=True,
    **NP,
)
a(
    "1.1 percent",
    1.1,
    "percent",
    "rise in construction spending",
    unit=P,
    period="December",
    speaker="Census Bureau",
    aliases=["U.S. Census Bureau", "Nathaniel Purcell", "Purcell"],
    date="2037-02-02",
)
a("44.6 percent", 44.6, "percent", "collection rate of the establishment survey", unit=P, **NP)
a("one week", 1, "duration", "delay of the state employment release", unit="week", **NP)
a("two", 2, "count", "regional data collection centers closed", after="by one week because ", **NP)
a(
    "about 21,000",
    21000,
    "count",
    "federal employees who left under deferred resignation agreements",
    q="approximate",
    speaker="Office of Personnel Management",
    aliases=["OPM", "Nathaniel Purcell", "Purcell"],
)
TB = "Total nonfarm ....."
a("143", 143000, "count", "total nonfarm change, December (table)", after=TB, opt=True)
a("148", 148000, "count", "total nonfarm change, January (table)", after=TB, opt=True)
HC = "Health care ....."
a("57", 57000, "count", "health care change, December (table)", after=HC, opt=True)
a("52", 52000, "count", "health care change, January (table)", after=HC, opt=True)
CO = "Construction ....."
a("4", 4000, "count", "construction change, December (table)", after=CO, opt=True)
a("31", 31000, "count", "construction change, January (table)", after=CO, opt=True)
FG = "Federal government ....."
a("9", 9000, "count", "federal government change, December (table)", after=FG, opt=True)
a("11", 11000, "count", "federal government change, January (table)", after=FG, opt=True)

# 4601: MOFA press conference by the Foreign Minister (Tuesday 10 March 2037).
TK = [
    "TAKANASHI Kaori",
    "Kaori Takanashi",
    "Takanashi",
    "Minister TAKANASHI",
    "Foreign Minister TAKANASHI Kaori",
    "Foreign Minister",
]
doc("4601_mofa-japan-fm-presscon-2037-03-10.txt", "2037-03-10", "Takanashi Kaori", TK)
a("two", 2, "count", "announcements in the opening remarks", opt=True)
a("5 million US dollars", 5e6, "money", "Emergency Grant Aid to the Philippines", unit="USD")
PH = dict(
    speaker="Government of the Philippines",
    aliases=["Philippine government", "Takanashi Kaori", "Minister TAKANASHI"],
)
a("at least 214", 214, "count", "people killed in the Mindanao earthquake", q="at_least", **PH)
a("more than 380,000", 380000, "count", "people displaced by the earthquake", q="more_than", **PH)
a("42", 42, "count", "members of the Japan Disaster Relief medical team")
MB = dict(
    speaker="Maria Lourdes Bautista",
    aliases=[
        "Bautista",
        "Secretary of Foreign Affairs Maria Lourdes Bautista",
        "Takanashi Kaori",
        "Minister TAKANASHI",
    ],
    date="2037-03-09",
)
a("17", 17, "count", "hospitals damaged in the affected provinces", **MB)
a(
    "some 60,000",
    60000,
    "count",
    "households without access to safe water",
    q="approximate",
    **MB,
)
a(
    "about 1.3 trillion yen",
    1.3e12,
    "money",
    "Japan's direct investment in India",
    q="approximate",
    unit="JPY",
    period="last year",
)
a("more than 1,500", 1500, "count", "Japanese companies operating in India", q="more_than")
a(
    "38 percent",
    38,
    "percent",
    "fall in Chinese exports of rare earth magnets to Japan",
    unit=P,
    period="February",
    speaker="Ministry of Commerce of China",
    aliases=["China's Ministry of Commerce", "MOFCOM", "Kyodo News", "NISHIDA"],
    date="2037-03-08",
)
a(
    "about 60 percent",
    60,
    "percent",
    "share of Japan's rare earth imports from China",
    q="approximate",
    unit=P,
    aliases=[*TK, "Ministry of Foreign Affairs of Japan"],
)
a(
    "about 90 percent",
    90,
    "percent",
    "share of Japan's rare earth imports from China in 2010",
    q="approximate",
    unit=P,
    period="2010",
    aliases=[*TK, "Ministry of Foreign Affairs of Japan"],
)
a(
    "23",
    23,
    "count",
    "companies asked to report rare earth stockpiles",
    aliases=[*TK, "Ministry of Economy, Trade and Industry", "METI"],
)
a(
    "between two and four months",
    2,
    "duration",
    "rare earth inventories held by companies",
    q="range",
    unit="month",
    low=2,
    high=4,
)
a(
    "three weeks",
    3,
    "duration",
    "time before automakers may halt production lines",
    unit="week",
    **N,
)
UA = dict(
    speaker="Government of Ukraine",
    aliases=["Ukrainian government", "Takanashi Kaori", "Minister TAKANASHI"],
)
a(
    "590 billion US dollars",
    590e9,
    "money",
    "Ukraine's reconstruction needs",
    unit="USD",
    speaker="Government of Ukraine",
    aliases=["Ukrainian government", "NHK", "KUDO"],
)
a(
    "about 12 billion US dollars",
    12e9,
    "money",
    "Japan's committed assistance to Ukraine",
    q="approximate",
    unit="USD",
)
a(
    "more than 1,400",
    1400,
    "count",
    "schools destroyed or damaged in Ukraine",
    q="more_than",
    **UA,
)
a(
    "2.5 billion dollars",
    2.5e9,
    "money",
    "additional US assistance package to Ukraine",
    unit="USD",
    speaker="United States government",
    aliases=["US government", "United States", "Takanashi Kaori", "Minister TAKANASHI"],
    date="2037-03-06",
)
a(
    "about 1,000 kilometers",
    1000,
    "measure",
    "flight distance of the North Korean missile",
    q="approximate",
    unit="km",
    speaker="Joint Chiefs of Staff",
    aliases=["South Korea's Joint Chiefs of Staff", "JCS", "Reuters", "Hannah LOWE", "Hannah Lowe"],
    date="2037-03-09",
)
MOD = dict(
    speaker="Ministry of Defense of Japan",
    aliases=[
        "Ministry of Defense",
        "Japanese Ministry of Defense",
        "Japan's Ministry of Defense",
        "Takanashi Kaori",
        "Minister TAKANASHI",
    ],
)
a(
    "approximately 950 kilometers",
    950,
    "measure",
    "flight distance of the ballistic missile",
    q="approximate",
    unit="km",
    **MOD,
)
a(
    "about 70 kilometers",
    70,
    "measure",
    "maximum altitude of the ballistic missile",
    q="approximate",
    unit="km",
    **MOD,
)
a(
    "fourth",
    4,
    "rank",
    "North Korean launches this year",
    aliases=[*TK, "Ministry of Defense of Japan"],
    opt=True,
)
IN = dict(
    speaker="Government of India",
    aliases=["Indian government", "Asahi Shimbun", "MORIYAMA"],
)
a(
    "5 trillion yen",
    5e12,
    "money",
    "Japanese investment pledged in India",
    unit="JPY",
    period="over the next five years",
    **IN,
)
a("five years", 5, "duration", "period of the investment pledges", unit="year", opt=True, **IN)
a(
    "30,000",
    30000,
    "count",
    "Indian engineers to be offered semiconductor training",
    speaker="Kurosawa Shingo",
    aliases=[
        "KUROSAWA Shingo",
        "Shingo Kurosawa",
        "Prime Minister KUROSAWA",
        "Prime Minister of Japan",
        "Takanashi Kaori",
        "Minister TAKANASHI",
    ],
)

# 4602: Irish Times health story (Wednesday 14 January 2037).
doc("4602_irishtimes-trolley-record-2037-01-14.txt", "2037-01-14")
INMO = dict(
    speaker="Irish Nurses and Midwives Organisation",
    aliases=["INMO", "the union", "nurses' union"],
)
a("712", 712, "count", "patients on trolleys", **INMO, opt=True)
a("121", 121, "count", "patients on trolleys at University Hospital Limerick", **INMO, opt=True)
a("712", 712, "count", "patients waiting on trolleys for a hospital bed", after="A record ", **INMO)
a(
    "almost two decades",
    2,
    "duration",
    "time since the union began its daily count",
    q="nearly",
    unit="decade",
    opt=True,
    **INMO,
)
a("486", 486, "count", "patients on trolleys in emergency departments", **INMO)
a("226", 226, "count", "patients on trolleys in wards", **INMO)
NI = dict(speaker=None, aliases=["Irish Nurses and Midwives Organisation", "INMO"])
a(
    "121",
    121,
    "count",
    "patients on trolleys at University Hospital Limerick",
    after="was the worst affected, with ",
    **NI,
)
a("74", 74, "count", "patients on trolleys at Cork University Hospital", **NI)
a("58", 58, "count", "patients on trolleys at University Hospital Galway", **NI)
FG2 = dict(
    speaker="Fiona Gallagher",
    aliases=["Gallagher", "INMO general secretary Fiona Gallagher", "INMO"],
)
a(
    "more than 40 hours",
    40,
    "duration",
    "wait for a bed in Limerick",
    q="more_than",
    unit="hour",
    **FG2,
)
a("11,900", 11900, "count", "patients on trolleys in January so far", **FG2)
a("13 days", 13, "duration", "period of the trolley count", unit="day", opt=True, **FG2)
a("19 per cent", 19, "percent", "rise in patients on trolleys on a year earlier", unit=P, **FG2)
HSE = dict(
    speaker="Health Service Executive",
    aliases=["HSE", "A spokesperson for the HSE", "the spokesperson"],
)
a("5,380", 5380, "count", "people attending emergency departments on Monday", **HSE)
a("31 per cent", 31, "percent", "share of ED attendees aged 75 or over", unit=P, **HSE)
a("75 or over", 75, "measure", "age of attendees", q="at_least", unit="year", opt=True, **HSE)
a("260", 260, "count", "additional beds opened since October", **HSE)
HPSC = dict(speaker="Health Protection Surveillance Centre", aliases=["HPSC"])
a("1,146", 1146, "count", "people with flu in hospital", period="last week", **HPSC)
a("38", 38, "count", "flu patients in intensive care", **HPSC)
EC = dict(
    speaker="Eimear Costigan",
    aliases=[
        "Ms Costigan",
        "Costigan",
        "Minister for Health",
        "Minister for Health Eimear Costigan",
    ],
    date="2037-01-13",
)
a("€1.4 billion", 1.4e9, "money", "allocation to urgent and emergency care", unit="EUR", **EC)
a("1,100", 1100, "count", "new acute beds to open by the end of 2038", **EC)
a(
    "more than 24 hours",
    24,
    "duration",
    "ED waiting-time threshold",
    q="more_than",
    unit="hour",
    opt=True,
    **EC,
)
a(
    "12 per cent",
    12,
    "percent",
    "fall in patients waiting more than 24 hours in EDs",
    unit=P,
    period="December",
    **EC,
)
a("2,400", 2400, "count", "additional nurses working in hospitals", **EC)
a(
    "two years ago",
    2,
    "duration",
    "comparison period for nurse numbers",
    unit="year",
    opt=True,
    **EC,
)
PO = dict(
    speaker="Pádraig Ó Conghaile",
    aliases=["Mr Ó Conghaile", "Ó Conghaile", "Sinn Féin health spokesman", "Sinn Féin"],
    date="2037-01-13",
)
a(
    "one in five",
    20,
    "percent",
    "share of Limerick ED patients waiting more than 24 hours",
    unit=P,
    period="last month",
    **PO,
)
a(
    "more than 24 hours",
    24,
    "duration",
    "ED waiting-time threshold",
    q="more_than",
    unit="hour",
    after="had waited ",
    opt=True,
    **PO,
)
a("2,600", 2600, "count", "extra beds promised by the Government", **PO)
a("five years ago", 5, "duration", "time since the bed promise", unit="year", opt=True, **PO)
a("fewer than half", 50, "percent", "share of promised beds delivered", q="less_than", unit=P, **PO)
a(
    "between 4,000 and 6,000",
    4000,
    "count",
    "additional acute beds needed by 2040",
    q="range",
    low=4000,
    high=6000,
    speaker="Economic and Social Research Institute",
    aliases=["ESRI"],
)
a(
    "14",
    14,
    "count",
    "patients in the UHL emergency department for more than two days",
    after="who asked not to be named, said ",
    **N,
)
a(
    "more than two days",
    2,
    "duration",
    "time spent in the emergency department",
    q="more_than",
    unit="day",
    opt=True,
    **N,
)
DOH = dict(speaker="Department of Health", aliases=["the Department"])
a(
    "about 103 per cent",
    103,
    "percent",
    "average hospital occupancy",
    q="approximate",
    unit=P,
    **DOH,
)
a("85 per cent", 85, "percent", "recommended occupancy level", unit=P, opt=True, **DOH)

# 4603: UNICEF press release (Tuesday 24 March 2037).
UN_AL = ["UNICEF"]
doc("4603_unicef-central-sahel-malnutrition-2037-03-24.txt", "2037-03-24", None, UN_AL)
UNICEF = dict(speaker="UNICEF", aliases=["United Nations Children's Fund"])
a(
    "Nearly 1.9 million",
    1.9e6,
    "count",
    "children at risk of severe acute malnutrition",
    q="nearly",
    opt=True,
    **UNICEF,
)
a("US$312 million", 312e6, "money", "funding gap", unit="USD", opt=True)
a(
    "Nearly 1.9 million",
    1.9e6,
    "count",
    "children expected to suffer from severe acute malnutrition",
    q="nearly",
    period="this year",
    after="DAKAR/NEW YORK",
    **UNICEF,
)
a(
    "under the age of five",
    5,
    "measure",
    "age of the children",
    q="less_than",
    unit="year",
    opt=True,
    **UNICEF,
)
a("14 per cent", 14, "percent", "increase in projected caseload on last year", unit=P)
a(
    "up to 11 times",
    11,
    "measure",
    "higher risk of death for a child with SAM",
    q="at_most",
    unit="times",
    opt=True,
)
a(
    "27 per cent",
    27,
    "percent",
    "rise in SAM admissions in Niger",
    unit=P,
    period="January and February",
    speaker="Ministry of Public Health of Niger",
    aliases=["Ministry of Public Health", "Niger's Ministry of Public Health"],
)
a(
    "one in three",
    33.33,
    "percent",
    "health centres not fully functional in Mopti and Ségou",
    unit=P,
)
BF = dict(speaker="Government of Burkina Faso", aliases=["Burkina Faso government"])
a(
    "more than 2.1 million",
    2.1e6,
    "count",
    "internally displaced people in Burkina Faso",
    q="more_than",
    **BF,
)
a("more than half", 50, "percent", "children among the displaced", q="more_than", unit=P, **BF)
SA = dict(
    speaker="Sofia Andrade",
    aliases=["Andrade", "UNICEF Executive Director Sofia Andrade", "Executive Director", "UNICEF"],
)
a(
    "about US$60",
    60,
    "money",
    "cost of a course of therapeutic food",
    q="approximate",
    unit="USD",
    **SA,
)
a(
    "more than 90 per cent",
    90,
    "percent",
    "cure rate of children completing treatment",
    q="more_than",
    unit=P,
    **SA,
)
a(
    "US$468 million",
    468e6,
    "money",
    "UNICEF appeal for the Central Sahel",
    unit="USD",
    period="2037",
)
a("19 per cent", 19, "percent", "share of the appeal received", unit=P)
a(
    "US$312 million",
    312e6,
    "money",
    "funding gap for nutrition",
    unit="USD",
    after="nutrition alone stands at ",
)
a("210,000", 210000, "count", "cartons of therapeutic food prepositioned")
a(
    "about 40 per cent",
    40,
    "percent",
    "share of children needing treatment covered by stocks",
    q="approximate",
    unit=P,
)
a("150", 150, "count", "sachets in each carton")
a("one", 1, "count", "children treated per carton", after="sachets, enough to treat ", opt=True)
a(
    "six to eight weeks",
    6,
    "duration",
    "treatment period per carton",
    q="range",
    unit="week",
    low=6,
    high=8,
)
MD = dict(
    speaker="Marie-Claire Diallo",
    aliases=[
        "Diallo",
        "UNICEF Regional Director for West and Central Africa",
        "Regional Director",
        "UNICEF",
    ],
    date="2037-03-21",
)
a(
    "three",
    3,
    "count",
    "children per bed at the stabilization centre",
    after="were caring for ",
    **MD,
)
a("40", 40, "count", "capacity of the stabilization centre", after="built for ", **MD)
a("112", 112, "count", "children at the stabilization centre", **MD)
STAFF = dict(
    speaker=None,
    aliases=["Marie-Claire Diallo", "Diallo"],
    date="2037-03-21",
)
a(
    "two in every five",
    40,
    "percent",
    "share of children arriving with complications",
    unit=P,
    **STAFF,
)
a(
    "more than a day",
    1,
    "duration",
    "walk to reach care",
    q="more_than",
    unit="day",
    **STAFF,
)
WFP = dict(speaker="World Food Programme", aliases=["WFP"])
a(
    "6.8 million",
    6.8e6,
    "count",
    "people facing crisis or worse food insecurity",
    period="between June and August",
    **WFP,
)
a("5.9 million", 5.9e6, "count", "people facing crisis or worse food insecurity last year", **WFP)
a(
    "more than 480,000",
    480000,
    "count",
    "people reached with safe water",
    q="more_than",
    period="since January",
    **UNICEF,
)
a(
    "less than 115 millimetres",
    115,
    "measure",
    "mid-upper arm circumference threshold for SAM",
    q="less_than",
    unit="mm",
    opt=True,
)
a("more than 190", 190, "count", "countries and territories where UNICEF works", q="more_than")

# 4604: Korea JoongAng Daily business story (Wednesday 1 April 2037).
doc("4604_joongang-chip-exports-record-2037-04-01.txt", "2037-04-01")
MOTIE_AL = ["Ministry of Trade, Industry and Energy", "the ministry", "trade ministry"]
NM = dict(speaker=None, aliases=MOTIE_AL)
MOTIE = dict(
    speaker="Ministry of Trade, Industry and Energy",
    aliases=["MOTIE", "the ministry", "trade ministry"],
)
a("$19.6 billion", 19.6e9, "money", "semiconductor exports", unit="USD", opt=True, **N)
a(
    "nearly a third",
    33.33,
    "percent",
    "semiconductor share of outbound shipments",
    q="nearly",
    unit=P,
    opt=True,
    **N,
)
a("31.4 percent", 31.4, "percent", "on-year rise in semiconductor exports", unit=P, **NM)
a(
    "$19.6 billion",
    19.6e9,
    "money",
    "semiconductor exports",
    unit="USD",
    period="March",
    after="on year to a record ",
    **NM,
)
a("9.8 percent", 9.8, "percent", "rise in overall exports", unit=P, **MOTIE)
a("$64.3 billion", 64.3e9, "money", "overall exports", unit="USD", period="March", **MOTIE)
a("17th", 17, "rank", "consecutive month of on-year export growth", opt=True, **MOTIE)
a("4.2 percent", 4.2, "percent", "rise in imports", unit=P, **NM)
a("$57.1 billion", 57.1e9, "money", "imports", unit="USD", **NM)
a("$7.2 billion", 7.2e9, "money", "trade surplus", unit="USD", **NM)
a("30.5 percent", 30.5, "percent", "chip share of total exports", unit=P, **NM)
a("second-largest", 2, "rank", "automobiles among export items", **NM)
a("2.7 percent", 2.7, "percent", "fall in automobile exports", unit=P, **NM)
a("$6.1 billion", 6.1e9, "money", "automobile exports", unit="USD", **NM)
a("11.3 percent", 11.3, "percent", "fall in petrochemical exports", unit=P, **MOTIE)
a("6.1 percent", 6.1, "percent", "rise in exports to China", unit=P, **MOTIE)
a("$11.8 billion", 11.8e9, "money", "exports to China", unit="USD", **MOTIE)
a("3.4 percent", 3.4, "percent", "fall in exports to the United States", unit=P, **MOTIE)
a("$10.2 billion", 10.2e9, "money", "exports to the United States", unit="USD", **MOTIE)
YS = dict(
    speaker="Yoon Seo-jin",
    aliases=["Yoon", "Trade Minister Yoon Seo-jin", "Ministry of Trade, Industry and Energy"],
    date="2037-03-31",
)
a(
    "4.5 trillion won",
    4.5e12,
    "money",
    "policy loans to small and midsize chip suppliers",
    unit="KRW",
    period="this year",
    **YS,
)
a("$3.3 billion", 3.3e9, "money", "policy loans in dollars", unit="USD", opt=True, **YS)
a("$740 billion", 740e9, "money", "expected annual exports", unit="USD", **YS)
KCS = dict(speaker="Korea Customs Service", aliases=["KCS"], date="2037-03-23")
a("20 days", 20, "duration", "period of the customs data", unit="day", opt=True, **KCS)
a("35.8 percent", 35.8, "percent", "rise in chip exports in the first 20 days", unit=P, **KCS)
a(
    "second-largest",
    2,
    "rank",
    "Haneul Semiconductor among memory chipmakers",
    after="Haneul Semiconductor, the country's ",
    **NM,
)
HA = dict(speaker="Haneul Semiconductor", aliases=["Haneul", "the company"])
a("21 trillion won", 21e12, "money", "investment in a new fabrication plant", unit="KRW", **HA)
a("about 3,000", 3000, "count", "employees of the new plant", q="approximate", **HA)
a("two years", 2, "duration", "advance period of customer contracts", unit="year", **HA)
a(
    "about 45 percent",
    45,
    "percent",
    "HBM share of DRAM revenue",
    q="approximate",
    unit=P,
    period="first quarter",
    **HA,
)
KT = dict(
    speaker="Kim Tae-hyun",
    aliases=["Kim", "Kiwoom Securities"],
)
a(
    "8 to 10 percent",
    8,
    "percent",
    "expected rise in DRAM contract prices",
    q="range",
    unit=P,
    low=8,
    high=10,
    period="second quarter",
    **KT,
)
a("top $210 billion", 210e9, "money", "chip exports this year", q="more_than", unit="USD", **KT)
a("$173 billion", 173e9, "money", "chip exports last year", unit="USD", period="last year", **KT)
a(
    "roughly 60 percent",
    60,
    "percent",
    "conventional memory share of chip export volume",
    q="approximate",
    unit=P,
    **KT,
)
a(
    "$9.8 billion",
    9.8e9,
    "money",
    "current account surplus",
    unit="USD",
    period="February",
    speaker="Bank of Korea",
    aliases=["BOK"],
)
a(
    "about 14 months",
    14,
    "duration",
    "lead times for advanced packaging equipment",
    q="approximate",
    unit="month",
    **N,
)
a("1,368.5 won", 1368.5, "money", "won-dollar exchange rate", unit="KRW", **N)

# 4605: White House press gaggle aboard Air Force One (Thursday 21 May 2037).
SD_AL = ["Delacroix", "MS. DELACROIX", "Press Secretary Simone Delacroix", "Press Secretary"]
doc("4605_whitehouse-af1-gaggle-2037-05-21.txt", "2037-05-21", "Simone Delacroix", SD_AL)
a("2,300", 2300, "count", "employees of the Ardent Cells plant")
a("$3.4 billion", 3.4e9, "money", "additional investment in the plant", unit="USD")
a("double", 2, "measure", "planned increase in plant capacity", unit="times", opt=True)
a("1,100", 1100, "count", "workers to be hired")
a(
    "more than $410 billion",
    410e9,
    "money",
    "new manufacturing investment announced",
    q="more_than",
    unit="USD",
    period="since January",
)
BLS2 = dict(speaker="Bureau of Labor Statistics", aliases=["BLS", *SD_AL, "Simone Delacroix"])
a("38,000", 38000, "count", "factory jobs added", period="over the last three months", **BLS2)
a("three months", 3, "duration", "period of the factory job gains", unit="month", opt=True, **BLS2)
POTUS = dict(
    speaker="President of the United States",
    aliases=["The President", "the President", "Simone Delacroix", *SD_AL],
)
a(
    "about 25 percent",
    25,
    "percent",
    "rise in American LNG shipments to Europe",
    q="approximate",
    unit=P,
    period="this year",
    **POTUS,
)
SAO = dict(
    speaker=None,
    aliases=["Senior Administration Official", "SENIOR ADMINISTRATION OFFICIAL"],
)
a("$1.2 billion", 1.2e9, "money", "new humanitarian assistance for Sudan", unit="USD", **SAO)
a(
    "About $700 million",
    700e6,
    "money",
    "emergency food assistance",
    q="approximate",
    unit="USD",
    **SAO,
)
UNO = dict(
    speaker="United Nations",
    aliases=["UN", "the UN", "Senior Administration Official"],
)
a("25.6 million", 25.6e6, "count", "people in Sudan facing acute hunger", **UNO)
a(
    "more than 11 million",
    11e6,
    "count",
    "people forced from their homes in Sudan",
    q="more_than",
    **UNO,
)
a(
    "at least half",
    50,
    "percent",
    "share of the new US food contribution Saudi Arabia would match",
    q="at_least",
    unit=P,
    speaker="Foreign Minister of Saudi Arabia",
    aliases=[
        "Saudi Foreign Minister",
        "the Minister",
        "Secretary Aldana",
        "Senior Administration Official",
    ],
    date="2037-05-20",
)
a(
    "40",
    40,
    "count",
    "trucks that crossed at Adre last month",
    speaker="World Food Programme",
    aliases=["WFP"],
)
a(
    "maybe one in three",
    33.33,
    "percent",
    "share of convoys cleared on schedule",
    q="approximate",
    unit=P,
    **SAO,
)
a("two", 2, "count", "additional crossings sought", after="to open ", **SAO)
a("30 days", 30, "duration", "deadline for opening the crossings", unit="day", **SAO)
a(
    "18 percent",
    18,
    "percent",
    "cut in humanitarian accounts under the House bill",
    unit=P,
    speaker="Congressional Budget Office",
    aliases=["CBO"],
    date="2037-05-19",
)
a("400", 400, "count", "jobs Ardent may cut at its Georgia site", **N)
a(
    "more than 90,000",
    90000,
    "count",
    "battery manufacturing jobs created nationwide",
    q="more_than",
)
a(
    "$62 billion",
    62e9,
    "money",
    "cost of U.S. tariffs to Chinese exporters",
    unit="USD",
    speaker="Ministry of Commerce of China",
    aliases=["China's Commerce Ministry", "MOFCOM"],
    date="2037-05-20",
)
a("21 percent", 21, "percent", "fall in the trade deficit with China", unit=P, period="last year")
a("$14 billion", 14e9, "money", "farm aid in the bill", unit="USD")
a("60 days", 60, "duration", "time for farm aid payments to go out", unit="day", **POTUS)
a(
    "6,000",
    6000,
    "count",
    "auto parts jobs lost in Ohio this year",
    speaker="Governor Hale",
    aliases=["Hale", "Governor of Ohio"],
    date="2037-05-18",
)

# 4606: Punch business story (Wednesday 17 June 2037).
NN = dict(speaker=None, aliases=["Nigerian National Petroleum Company Limited", "NNPC"])
doc("4606_punch-petrol-price-hike-2037-06-17.txt", "2037-06-17", None, NN["aliases"])
a("N1,240", 1240, "money", "petrol pump price per litre", unit="NGN", opt=True)
a(
    "N1,240",
    1240,
    "money",
    "NNPC pump price of petrol per litre in Abuja",
    unit="NGN",
    after="popularly called petrol, to ",
)
a("N1,105", 1105, "money", "previous NNPC pump price per litre", unit="NGN")
a("second", 2, "rank", "price adjustment in less than a month", opt=True)
a(
    "less than a month",
    1,
    "duration",
    "period of the two adjustments",
    q="less_than",
    unit="month",
    opt=True,
)
a(
    "between N1,260 and N1,300",
    1260,
    "money",
    "independent marketers' petrol price per litre",
    q="range",
    unit="NGN",
    low=1260,
    high=1300,
    **N,
)
AO = dict(
    speaker="Adewale Ogunbiyi",
    aliases=["Ogunbiyi", "NNPC", "Nigerian National Petroleum Company Limited"],
    date="2037-06-15",
)
a(
    "about N1,030",
    1030,
    "money",
    "NNPC landing cost of petrol per litre",
    q="approximate",
    unit="NGN",
    **AO,
)
a("32 days", 32, "duration", "petrol stock sufficiency", unit="day", **AO)
NBS = dict(
    speaker="National Bureau of Statistics", aliases=["NBS", "the bureau"], date="2037-06-15"
)
a("24.8 per cent", 24.8, "percent", "headline inflation", unit=P, period="May", **NBS)
a("23.9 per cent", 23.9, "percent", "headline inflation", unit=P, period="April", **NBS)
a("third", 3, "rank", "consecutive monthly increase in inflation", opt=True, **NBS)
a("27.6 per cent", 27.6, "percent", "food inflation", unit=P, period="May", **NBS)
a(
    "41.2 per cent",
    41.2,
    "percent",
    "year-on-year rise in average retail petrol price",
    unit=P,
    period="May",
    **NBS,
)
a("N1,612", 1612, "money", "naira exchange rate to the dollar", unit="NGN", **N)
CO2 = dict(
    speaker="Chinedu Okafor",
    aliases=["Okafor", "Independent Petroleum Marketers Association of Nigeria", "IPMAN"],
    date="2037-06-16",
)
a(
    "about N1,195",
    1195,
    "money",
    "depot price of petrol per litre",
    q="approximate",
    unit="NGN",
    **CO2,
)
a(
    "about N1,250",
    1250,
    "money",
    "real cost of petrol per litre before margin",
    q="approximate",
    unit="NGN",
    **CO2,
)
a(
    "about 30 per cent",
    30,
    "percent",
    "share of members who shut filling stations in the North-East",
    q="approximate",
    unit=P,
    **CO2,
)
a("4,500", 4500, "count", "members of the association", opt=True, **CO2)
a("N50", 50, "money", "possible further rise in ex-depot price per litre", unit="NGN", **N)
a(
    "650,000 barrels per day",
    650000,
    "measure",
    "capacity of the Dangote Petroleum Refinery",
    unit="barrel per day",
    **N,
)
BA = dict(
    speaker="Benson Adeyemi",
    aliases=["Adeyemi", "Comrade Benson Adeyemi", "Nigeria Labour Congress", "NLC"],
    date="2037-06-16",
)
a("N85,000", 85000, "money", "minimum wage", unit="NGN", **BA)
a(
    "more than half",
    50,
    "percent",
    "share of a minimum-wage worker's salary spent on transport",
    q="more_than",
    unit=P,
    **BA,
)
a("14 days", 14, "duration", "ultimatum to reverse the increase", unit="day", **BA)
a("36", 36, "count", "state governors written to", opt=True, **BA)
a(
    "N2.3tn",
    2.3e12,
    "money",
    "under-recoveries paid by the government",
    unit="NGN",
    period="first quarter",
    speaker="Habib Sule",
    aliases=[
        "Sule",
        "Mr Habib Sule",
        "Minister of State for Petroleum Resources (Oil)",
        "Benson Adeyemi",
        "Adeyemi",
    ],
    date="2037-06-11",
)
a(
    "more than N4tn",
    4e12,
    "money",
    "cost of fuel subsidies",
    q="more_than",
    unit="NGN",
    period="2022",
    **N,
)
a(
    "between 15 and 20 per cent",
    15,
    "percent",
    "rise in commercial transport fares",
    q="range",
    unit=P,
    low=15,
    high=20,
    speaker="Nigerian Association of Road Transport Owners",
    aliases=["NARTO"],
)

# 4607: African Development Bank press release (Wednesday 8 July 2037).
AFDB_AL = ["African Development Bank Group", "African Development Bank", "AfDB", "the Bank"]
doc("4607_afdb-zambia-tanzania-interconnector-2037-07-08.txt", "2037-07-08", None, AFDB_AL)
a("$186 million", 186e6, "money", "financing for the interconnector", unit="USD", opt=True)
a("3.1 million", 3.1e6, "count", "people to get reliable electricity", opt=True)
a("UA 137.4 million", 137.4e6, "money", "loan to Zambia", unit="XUA")
a("$186.2 million", 186.2e6, "money", "loan to Zambia in dollars", unit="USD", opt=True)
a("620 kilometres", 620, "measure", "high-voltage transmission line", unit="km")
a("three", 3, "count", "new substations")
a("1,450 kilometres", 1450, "measure", "distribution lines", unit="km")
a("About 3.1 million", 3.1e6, "count", "expected beneficiaries", q="approximate")
a("some 210,000", 210000, "count", "households to be connected", q="approximate")
a("at least 41,000", 41000, "count", "small businesses to be connected", q="at_least")
a("an estimated 4,800", 4800, "count", "jobs during construction", q="approximate")
a("35 per cent", 35, "percent", "share of jobs reserved for women and young people", unit=P)
a("$398 million", 398e6, "money", "total cost of the project", unit="USD")
a("€48 million", 48e6, "money", "European Union grant", unit="EUR")
a("$75 million", 75e6, "money", "JICA loan", unit="USD")
a("$22.5 million", 22.5e6, "money", "Government of Zambia contribution", unit="USD")
AK = dict(
    speaker="Aminata Koné-Sissoko",
    aliases=[
        "Dr Aminata Koné-Sissoko",
        "Koné-Sissoko",
        "Vice-President for Power, Energy, Climate and Green Growth",
        "African Development Bank",
    ],
)
a("47 per cent", 47, "percent", "share of Zambians with access to electricity", unit=P, **AK)
a(
    "fewer than one in seven",
    14.29,
    "percent",
    "rural access to electricity in Zambia",
    q="less_than",
    unit=P,
    **AK,
)
a(
    "up to 800 megawatts",
    800,
    "measure",
    "power tradable over the interconnector",
    q="at_most",
    unit="MW",
    **AK,
)
a(
    "almost 40 per cent",
    40,
    "percent",
    "cut in Zambia's hydropower output",
    q="nearly",
    unit=P,
    period="last year",
    **AK,
)
CM = dict(
    speaker="Charles Mwansa",
    aliases=["Mr Charles Mwansa", "Mwansa", "Minister of Energy", "Zambia's Minister of Energy"],
    date="2037-07-06",
)
a(
    "about $1.6 billion",
    1.6e9,
    "money",
    "cost of load-shedding to the economy",
    q="approximate",
    unit="USD",
    period="last year",
    **CM,
)
a(
    "up to 17 hours",
    17,
    "duration",
    "daily outages in the Copperbelt",
    q="at_most",
    unit="hour",
    **CM,
)
a(
    "about a quarter",
    25,
    "percent",
    "cut in the cost of imported power",
    q="approximate",
    unit=P,
    **CM,
)
SAPP = dict(speaker="Southern African Power Pool", aliases=["SAPP"])
a(
    "31 per cent",
    31,
    "percent",
    "rise in electricity traded on the competitive market",
    unit=P,
    period="2036",
    **SAPP,
)
a(
    "more than 1,200 megawatts",
    1200,
    "measure",
    "available capacity left unsold",
    q="more_than",
    unit="MW",
    **SAPP,
)
a(
    "11 months",
    11,
    "duration",
    "time from concept note to Board approval",
    unit="month",
    speaker="Ruth Nakamba",
    aliases=["Ms Ruth Nakamba", "Nakamba", "Country Manager for Zambia"],
)
a(
    "300 million",
    300e6,
    "count",
    "Africans to be connected under Mission 300",
    after="World Bank Group to connect ",
    opt=True,
)
a(
    "more than $9 billion",
    9e9,
    "money",
    "Bank approvals for energy access since the launch of Mission 300",
    q="more_than",
    unit="USD",
    speaker="African Development Bank Group",
    aliases=["African Development Bank", "AfDB", "the Bank"],
)
a("41", 41, "count", "African countries with a Bank presence", after="On the ground in ")
a("54", 54, "count", "regional member states")

GOLD.build()
