"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout41/build_gold.py``. Each annotation names the
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

# Conventions: those of tests/heldout5 to tests/heldout39 (see README.md), plus the new cases
# listed there.

# 4100: Kremlin transcript of a meeting with the Minister of Agriculture (Tuesday 18 November
# 2036).
YK = [
    "Kostrova",
    "Ms Kostrova",
    "Minister of Agriculture",
    "Minister of Agriculture Yelena Kostrova",
]
doc("4100_kremlin-agriculture-meeting-2036-11-18.txt", "2036-11-18", "Yelena Kostrova", YK)
MA = dict(
    speaker="Mikhail Arbatov",
    aliases=["Arbatov", "President of Russia", "President of Russia Mikhail Arbatov", "President"],
)
a("98.6 percent", 98.6, "percent", "share of the sown area harvested", unit=P)
a("141.7 million tonnes", 141.7e6, "measure", "gross grain harvest", unit="tonne")
a("92.4 million tonnes", 92.4e6, "measure", "wheat harvest", unit="tonne")
a("third-largest", 3, "rank", "rank of the grain harvest in the country's history")
a("3.2 tonnes per hectare", 3.2, "measure", "average grain yield", unit="tonne per hectare")
a("31.4 million tonnes", 31.4e6, "measure", "oilseed harvest", unit="tonne")
a("9 percent", 9, "percent", "rise in the oilseed harvest", unit=P)
a("47 million tonnes", 47e6, "measure", "sugar beet production", unit="tonne")
a("11", 11, "count", "regions with a regional state of emergency", period="this year")
a(
    "18.6 billion rubles",
    18.6e9,
    "money",
    "direct losses of farmers in the drought regions",
    unit="RUB",
)
a("more than 2,300", 2300, "count", "agricultural enterprises compensated", q="more_than")
VG = dict(
    speaker="Vasily Grebenshchikov",
    aliases=["Grebenshchikov", "Governor of the Rostov Region", "Yelena Kostrova", "Kostrova"],
    date="2036-11-17",
)
a(
    "10.9 million tonnes",
    10.9e6,
    "measure",
    "grain gathered in the Rostov Region",
    unit="tonne",
    **VG,
)
a("4 percent", 4, "percent", "fall in the Rostov Region's grain harvest", unit=P, **VG)
a(
    "$39.2 billion",
    39.2e9,
    "money",
    "exports of agricultural products",
    unit="USD",
    period="January through October",
)
a("6 percent", 6, "percent", "rise in agricultural exports", unit=P)
a(
    "more than 160",
    160,
    "count",
    "countries supplied with Russian agricultural products",
    q="more_than",
)
a(
    "24.8 million tonnes",
    24.8e6,
    "measure",
    "grain exported since the start of the agricultural year",
    unit="tonne",
)
a(
    "about 15 percent",
    15,
    "percent",
    "fall in Black Sea freight rates for grain carriers",
    q="approximate",
    unit=P,
    speaker="Russian Grain Union",
    aliases=["the Union", "Yelena Kostrova", "Kostrova"],
)
a(
    "exceed 55 million tonnes",
    55e6,
    "measure",
    "grain exports for the season",
    q="more_than",
    unit="tonne",
    speaker="Pavel Zimin",
    aliases=["Zimin", "Russian Grain Union", "Yelena Kostrova", "Kostrova"],
)
a(
    "almost a quarter",
    25,
    "percent",
    "rise in fertiliser prices last year",
    q="nearly",
    unit=P,
    period="last year",
    **MA,
)
a("3 percent", 3, "percent", "fall in the price of ammonium nitrate", unit=P)
a(
    "5.9 million tonnes",
    5.9e6,
    "measure",
    "fertilisers purchased by agricultural producers",
    unit="tonne",
)
a(
    "1.26 trillion rubles",
    1.26e12,
    "money",
    "concessional loans issued by banks",
    unit="RUB",
    period="this year",
)
a("no more than 5 percent", 5, "percent", "rate on concessional loans", q="at_most", unit=P)
a(
    "About a third",
    33.33,
    "percent",
    "share of concessional lending to small businesses and family farms",
    q="approximate",
    unit=P,
)
a("seven working days", 7, "duration", "average time for a loan decision", unit="day")
a("Seven days", 7, "duration", "average time for a loan decision", unit="day", opt=True, **MA)
a("163 million tonnes", 163e6, "measure", "total grain storage capacity", unit="tonne")
a(
    "about 80 percent",
    80,
    "percent",
    "share of the harvest covered by storage in the Siberian Federal District",
    q="approximate",
    unit=P,
)
a("4.5 million tonnes", 4.5e6, "measure", "additional storage capacity planned", unit="tonne")
a("three years", 3, "duration", "period of the storage construction", unit="year", opt=True)
a(
    "14.8 percent",
    14.8,
    "percent",
    "profitability of agricultural organisations",
    unit=P,
    period="January–September",
    speaker="Rosstat",
    aliases=["Federal State Statistics Service", "Yelena Kostrova", "Kostrova"],
)

# 4101: Chief Cabinet Secretary's press conference, summary (Tuesday 9 December 2036).
MD = [
    "MIZUHARA Daisuke",
    "Daisuke Mizuhara",
    "Mizuhara",
    "Chief Cabinet Secretary",
    "CHIEF CABINET SECRETARY",
]
doc("4101_kantei-ccs-presscon-2036-12-09.txt", "2036-12-09", "Mizuhara Daisuke", MD)
a("13.8 trillion yen", 13.8e12, "money", "FY2036 supplementary budget", unit="JPY")
a("4.2 trillion yen", 4.2e12, "money", "budget for measures against rising prices", unit="JPY")
KR = dict(
    speaker="Kanzaki Ryoko",
    aliases=[
        "KANZAKI Ryoko",
        "Ryoko Kanzaki",
        "Prime Minister",
        "Prime Minister KANZAKI Ryoko",
        "Mizuhara Daisuke",
        "Chief Cabinet Secretary",
    ],
)
a(
    "around 1.1 percent",
    1.1,
    "percent",
    "rise in real GDP from the package",
    q="approximate",
    unit=P,
    **KR,
)
a("three years", 3, "duration", "period of the GDP effect", unit="year", opt=True, **KR)
FDMA = dict(
    speaker="Fire and Disaster Management Agency",
    aliases=["FDMA", "NHK"],
    date="2036-12-08",
)
a("seven", 7, "count", "people who died in the heavy snowfall", **FDMA)
a("64", 64, "count", "people injured in the heavy snowfall", **FDMA)
a(
    "more than 180 centimeters",
    180,
    "measure",
    "snow accumulation in parts of Aomori Prefecture",
    q="more_than",
    unit="cm",
)
a(
    "about 9,400",
    9400,
    "count",
    "households in Hokkaido without power",
    q="approximate",
    speaker="Hokkaido Electric Power",
    aliases=["Mizuhara Daisuke", "Chief Cabinet Secretary"],
)
a("around 1,200", 1200, "count", "Self-Defense Forces personnel dispatched", q="approximate")
a("three", 3, "count", "prefectural governors who requested SDF dispatch", after="request of ")
a(
    "0.6 percent",
    0.6,
    "percent",
    "fall in real wages in October",
    unit=P,
    period="October",
    speaker="Ministry of Health, Labour and Welfare",
    aliases=["MHLW", "Monthly Labour Survey", "Nikkei"],
)
a("2.7 percent", 2.7, "percent", "rise in nominal wages", unit=P)
a(
    "4.9 percent",
    4.9,
    "percent",
    "average pay increase in the spring wage negotiations",
    unit=P,
    speaker="Rengo",
    aliases=["Japanese Trade Union Confederation", "Mizuhara Daisuke", "Chief Cabinet Secretary"],
)
a("6.1 percent", 6.1, "percent", "rise in the minimum wage", unit=P)
a("1,214 yen", 1214, "money", "national average minimum wage per hour", unit="JPY")
a(
    "about 70 percent",
    70,
    "percent",
    "share of workers employed by small and medium-sized enterprises",
    q="approximate",
    unit=P,
)
a(
    "about 70 minutes",
    70,
    "duration",
    "flight time of the missile",
    q="approximate",
    unit="minute",
    **N,
)
MOD = dict(
    speaker="Ministry of Defense",
    aliases=["Ministry of Defense of Japan", "Mizuhara Daisuke", "Chief Cabinet Secretary"],
)
a(
    "about 1,100 kilometers",
    1100,
    "measure",
    "flight distance of the missile",
    q="approximate",
    unit="km",
    **MOD,
)
a(
    "about 6,000 kilometers",
    6000,
    "measure",
    "maximum altitude of the missile",
    q="approximate",
    unit="km",
    **MOD,
)
a(
    "approximately 200 kilometers",
    200,
    "measure",
    "distance of the impact point west of Okushiri Island",
    q="approximate",
    unit="km",
    aliases=[*MD, "Ministry of Defense"],
)
a(
    "12",
    12,
    "count",
    "occasions North Korea launched ballistic missiles this year",
    after="ballistic missiles on ",
    period="this year",
)
MAFF = dict(
    speaker="Ministry of Agriculture, Forestry and Fisheries",
    aliases=["MAFF", "Asahi Shimbun"],
)
a("4,380 yen", 4380, "money", "average supermarket price of a bag of rice", unit="JPY", **MAFF)
a("5-kilogram", 5, "measure", "size of the rice bag", unit="kg", opt=True, **MAFF)
AT = dict(
    speaker="Akiba Tomoya",
    aliases=[
        "AKIBA Tomoya",
        "Tomoya Akiba",
        "Akiba",
        "Minister of Agriculture, Forestry and Fisheries",
        "Mizuhara Daisuke",
        "Chief Cabinet Secretary",
    ],
)
a(
    "210,000 tons",
    210000,
    "measure",
    "additional stockpiled rice to be released",
    unit="tonne",
    **AT,
)
a("7.02 million tons", 7.02e6, "measure", "rice harvest this year", unit="tonne", **AT)
a("3 percent", 3, "percent", "rise in the rice harvest", unit=P, **AT)
a(
    "exceeded 43 million",
    43e6,
    "count",
    "foreign visitors to Japan from January to November",
    q="more_than",
    speaker="Jiji Press",
    aliases=[],
)
a(
    "7.9 trillion yen",
    7.9e12,
    "money",
    "spending by foreign visitors",
    unit="JPY",
    period="January-September",
)
a("35", 35, "count", "model areas designated against overtourism")
a("1,000 yen", 1000, "money", "international tourist tax per departure", unit="JPY", **N)
a(
    "about 52 billion yen",
    52e9,
    "money",
    "revenue from the international tourist tax",
    q="approximate",
    unit="JPY",
    period="FY2035",
)

# 4102: BBC News live page (Wednesday 21 January 2037).
doc("4102_bbc-live-storm-isolde-2037-01-21.txt", "2037-01-21", None)
MO = dict(speaker="Met Office", aliases=[])
a("up to 96mph", 96, "measure", "wind gusts recorded", q="at_most", unit="mph", opt=True, **MO)
a("About 160,000", 160000, "count", "homes and businesses without power", q="approximate", opt=True)
a("162,000", 162000, "count", "homes without power", opt=True)
ENA = dict(speaker="Energy Networks Association", aliases=["ENA"])
a(
    "about 162,000",
    162000,
    "count",
    "homes and businesses without power",
    q="approximate",
    **ENA,
)
a("118,000", 118000, "count", "homes and businesses without power at lunchtime", **ENA)
ENW = dict(speaker="Electricity North West", aliases=["a spokesperson for the company"])
a(
    "more than 40,000",
    40000,
    "count",
    "customers whose supplies were restored",
    q="more_than",
    **ENW,
)
a("600", 600, "count", "staff in the field", **ENW)
a("150", 150, "count", "staff on their way from other parts of the country", **ENW)
CR = dict(
    speaker="Callum Rennie",
    aliases=["Rennie", "BBC", "BBC environment correspondent"],
)
a("Nine", 9, "count", "storms named since September", **CR)
a("Three", 3, "count", "red warnings for wind issued for this part of England", **CR)
a(
    "less than two years",
    2,
    "duration",
    "period of the red warnings",
    q="less_than",
    unit="year",
    opt=True,
    **CR,
)
a(
    "Nearly 70%",
    70,
    "percent",
    "share of the rural Cumbria network on overhead lines",
    q="nearly",
    unit=P,
    speaker="Electricity North West",
    aliases=["Callum Rennie", "Rennie"],
)
MOCR = dict(speaker="Met Office", aliases=["Callum Rennie", "Rennie"])
a("140%", 140, "percent", "Cumbria's January rainfall relative to the average", unit=P, **MOCR)
a("10 days", 10, "duration", "days of the month still to go", unit="day", opt=True, **MOCR)
a(
    "67-year-old",
    67,
    "measure",
    "age of the man who died",
    unit="year",
    opt=True,
    speaker="Cumbria Police",
    aliases=["the force"],
)
a("More than 40", 40, "count", "trees on the line", q="more_than", opt=True)
a(
    "more than 40",
    40,
    "count",
    "trees fallen on railway lines in the North West",
    q="more_than",
    after="Network Rail says ",
    speaker="Network Rail",
    aliases=[],
)
PL = dict(speaker="Priya Lalvani", aliases=["Lalvani", "Environment Secretary"])
a("£25m", 25e6, "money", "emergency funding for councils", unit="GBP", **PL)
a("More than 2,000", 2000, "count", "Environment Agency staff on the ground", q="more_than", **PL)
a("some 31,000", 31000, "count", "properties protected by flood defences", q="approximate", **PL)
EA = dict(speaker=None, aliases=["Environment Agency"])
a("87", 87, "count", "flood warnings in England", **EA)
a("214", 214, "count", "flood alerts in England", **EA)
AM = dict(
    speaker="Alasdair Munro",
    aliases=["Munro", "First Minister", "Scotland's First Minister"],
)
a("twice", 2, "count", "meetings of the resilience committee since Monday", opt=True, **AM)
a(
    "about 4,000",
    4000,
    "count",
    "homes in Dumfries and Galloway without electricity",
    q="approximate",
    **AM,
)
a(
    "132",
    132,
    "count",
    "flights cancelled at Manchester Airport",
    speaker="Manchester Airport",
    aliases=[],
)
a(
    "about a fifth",
    20,
    "percent",
    "share of Glasgow Airport departures cancelled or delayed",
    q="approximate",
    unit=P,
    speaker="Glasgow Airport",
    aliases=[],
)
a("96mph", 96, "measure", "gust recorded", unit="mph", after="13:15 GMT", opt=True, **MO)
a("96mph", 96, "measure", "gust recorded at Great Dun Fell", unit="mph", after="a gust of ", **MO)
a(
    "up to 120mm",
    120,
    "measure",
    "rain that could fall on high ground",
    q="at_most",
    unit="mm",
    **MO,
)
a(
    "15 years",
    15,
    "duration",
    "time Sarah Holt has lived in her home",
    unit="year",
    opt=True,
    speaker="Sarah Holt",
    aliases=["Holt"],
)
a(
    "£573m",
    573e6,
    "money",
    "storm claims last winter",
    unit="GBP",
    period="last winter",
    speaker="Association of British Insurers",
    aliases=["ABI"],
    date="2037-01-19",
)
a(
    "well over £100m",
    100e6,
    "money",
    "expected insurance bill for Isolde",
    q="more_than",
    unit="GBP",
    **N,
)

# 4103: Eurostat euro indicators news release (Tuesday 3 February 2037).
doc("4103_eurostat-unemployment-december-2037-02-03.txt", "2037-02-03", None, ["Eurostat"])
a(
    "6.1%",
    6.1,
    "percent",
    "euro area unemployment rate",
    unit=P,
    subject="euro area",
    period="December 2036",
    opt=True,
)
a(
    "5.7%",
    5.7,
    "percent",
    "EU unemployment rate",
    unit=P,
    subject="EU",
    period="December 2036",
    opt=True,
)
a(
    "6.1%",
    6.1,
    "percent",
    "euro area seasonally-adjusted unemployment rate",
    unit=P,
    subject="euro area",
    period="December 2036",
    after="unemployment rate was ",
)
a(
    "6.2%",
    6.2,
    "percent",
    "euro area unemployment rate in November 2036",
    unit=P,
    subject="euro area",
    period="November 2036",
)
a(
    "5.7%",
    5.7,
    "percent",
    "EU unemployment rate",
    unit=P,
    subject="EU",
    period="December 2036",
    after="The EU unemployment rate was ",
)
ES = dict(speaker="Eurostat", aliases=[])
a(
    "12.714 million",
    12.714e6,
    "count",
    "unemployed persons in the EU",
    subject="EU",
    period="December 2036",
    **ES,
)
a(
    "10.386 million",
    10.386e6,
    "count",
    "unemployed persons in the euro area",
    subject="euro area",
    period="December 2036",
    **ES,
)
a("58 000", 58000, "count", "monthly decrease in unemployed persons in the EU", subject="EU")
a(
    "71 000",
    71000,
    "count",
    "monthly decrease in unemployed persons in the euro area",
    subject="euro area",
)
a(
    "2.683 million",
    2.683e6,
    "count",
    "unemployed young persons in the EU",
    subject="EU",
    period="December 2036",
)
a("under 25", 25, "measure", "age threshold of young persons", q="less_than", unit="year", opt=True)
a("13.9%", 13.9, "percent", "youth unemployment rate in the EU", unit=P, subject="EU")
a("13.6%", 13.6, "percent", "youth unemployment rate in the euro area", unit=P, subject="euro area")
a("36 000", 36000, "count", "monthly decrease in youth unemployment in the EU", subject="EU")
a("6.0%", 6.0, "percent", "unemployment rate for women in the EU", unit=P, subject="EU")
a("5.4%", 5.4, "percent", "unemployment rate for men in the EU", unit=P, subject="EU")
a(
    "just under half",
    50,
    "percent",
    "women's share of unemployed persons in the EU",
    q="less_than",
    unit=P,
    subject="EU",
)
a("2.4%", 2.4, "percent", "unemployment rate in Malta", unit=P, subject="Malta")
a("2.7%", 2.7, "percent", "unemployment rate in Czechia", unit=P, subject="Czechia")
a("2.9%", 2.9, "percent", "unemployment rate in Poland", unit=P, subject="Poland")
a("10.2%", 10.2, "percent", "unemployment rate in Spain", unit=P, subject="Spain")
a("8.3%", 8.3, "percent", "unemployment rate in Greece", unit=P, subject="Greece")
a("8.0%", 8.0, "percent", "unemployment rate in Finland", unit=P, subject="Finland")
a("19", 19, "count", "Member States where the unemployment rate fell", after="rate fell in ")
a(
    "three",
    3,
    "count",
    "Member States where the unemployment rate remained stable",
    after="remained stable in ",
)
a("five", 5, "count", "Member States where the unemployment rate increased", after="increased in ")
a(
    "15 to 74",
    15,
    "measure",
    "ages of persons in the unemployment definition",
    q="range",
    unit="year",
    low=15,
    high=74,
    opt=True,
    **ES,
)
a(
    "6.3%",
    6.3,
    "percent",
    "first estimate of the euro area unemployment rate for November 2036",
    unit=P,
    subject="euro area",
)
a(
    "6.2%",
    6.2,
    "percent",
    "revised euro area unemployment rate for November 2036",
    unit=P,
    subject="euro area",
    after="revised from 6.3% to ",
)
IS = dict(speaker="Istat", aliases=["Italian National Institute of Statistics", "Eurostat"])
a(
    "6.9%",
    6.9,
    "percent",
    "Italian unemployment rate for November 2036",
    unit=P,
    subject="Italy",
    **IS,
)
a(
    "7.2%",
    7.2,
    "percent",
    "first estimate of the Italian unemployment rate",
    unit=P,
    subject="Italy",
    **IS,
)

# 4104: US Senate committee hearing transcript (Wednesday 11 March 2037).
ME = dict(
    speaker="Margaret Ellery",
    aliases=["The Chairman", "Chairman Ellery", "Ellery", "Senator Ellery", "Madam Chairman"],
)
RO = dict(speaker="Raymond Okafor", aliases=["Senator Okafor", "Okafor", "Ranking Member"])
DF = [
    "Ms. Frost",
    "Frost",
    "Deputy Administrator",
    "Federal Aviation Administration",
    "FAA",
]
doc("4104_senate-commerce-atc-hearing-2037-03-11.txt", "2037-03-11", "Danielle Frost", DF)
a(
    "Two years ago",
    2,
    "duration",
    "time since the committee's earlier hearing",
    unit="year",
    opt=True,
    **ME,
)
FAA = dict(
    speaker="Federal Aviation Administration",
    aliases=["FAA", "Margaret Ellery", "The Chairman"],
)
a("11,240", 11240, "count", "certified professional controllers employed by the FAA", **FAA)
a(
    "about 3,000",
    3000,
    "count",
    "shortfall of controllers against the staffing target",
    q="approximate",
    **FAA,
)
IG = dict(
    speaker="Department of Transportation Inspector General",
    aliases=["Inspector General", "DOT Inspector General", "Margaret Ellery", "The Chairman"],
)
a(
    "20",
    20,
    "count",
    "critical facilities staffed below the FAA's threshold",
    after="found that ",
    **IG,
)
a("26", 26, "count", "most critical facilities", opt=True, **IG)
BTS = dict(
    speaker="Bureau of Transportation Statistics",
    aliases=["BTS", "Margaret Ellery", "The Chairman"],
)
a(
    "21.4 percent",
    21.4,
    "percent",
    "share of domestic flights arriving late",
    unit=P,
    period="2036",
    **BTS,
)
a(
    "a decade",
    10,
    "duration",
    "period of comparison for on-time performance",
    unit="year",
    opt=True,
    **BTS,
)
a(
    "$12.5 billion",
    12.5e9,
    "money",
    "funding provided by Congress for modernization",
    unit="USD",
    **RO,
)
a(
    "less than a third",
    33.33,
    "percent",
    "share of the modernization money obligated",
    q="less_than",
    unit=P,
    **RO,
)
a(
    "two",
    2,
    "count",
    "people working the approach scopes on some overnight shifts at Newark",
    after="shifts only ",
    speaker=None,
    aliases=["Raymond Okafor", "Senator Okafor"],
)
a("five minutes", 5, "duration", "time for the witness's statement", unit="minute", opt=True, **ME)
a(
    "2,150",
    2150,
    "count",
    "air traffic controllers hired in fiscal year 2036",
    period="fiscal year 2036",
)
a(
    "more than a decade",
    10,
    "duration",
    "period of comparison for hiring",
    q="more_than",
    unit="year",
    opt=True,
)
a("27 percent", 27, "percent", "failure rate at the FAA academy", unit=P)
a("36 percent", 36, "percent", "failure rate at the academy three years ago", unit=P)
a("three years ago", 3, "duration", "time of the earlier failure rate", unit="year", opt=True)
TK = dict(
    speaker="Thomas Kessler",
    aliases=[
        "Kessler",
        "Administrator Thomas Kessler",
        "Administrator",
        "Danielle Frost",
        "Ms. Frost",
    ],
    date="2037-03-05",
)
a("618", 618, "count", "radars to be replaced under signed contracts", **TK)
a("40", 40, "count", "new radars in service by the end of this year", after="the first ", **TK)
a("more than 45,000", 45000, "count", "flights handled on an average day", q="more_than")
a("138", 138, "count", "systems identified as unsustainable")
a("41", 41, "count", "unsustainable systems replaced or under contract", after="unsustainable, ")
a("1,900", 1900, "count", "sites converted from copper wire to fiber")
a("roughly 4,600", 4600, "count", "telecommunications sites", q="approximate")
a(
    "Between two and three years",
    2,
    "duration",
    "time to certify a new controller",
    q="range",
    unit="year",
    low=2,
    high=3,
)
a(
    "31 years",
    31,
    "measure",
    "average age of the systems GAO reviewed",
    unit="year",
    speaker="Government Accountability Office",
    aliases=["GAO", "Margaret Ellery", "The Chairman"],
)
a("24", 24, "count", "certified controllers at the Philadelphia area control facility")
a("17", 17, "count", "trainees at the Philadelphia area control facility")
a("38", 38, "count", "target number of controllers for the area")
SB = dict(speaker="Senator Brandt", aliases=["Brandt"])
a("four", 4, "count", "controllers Wichita lost last year", after="Wichita lost ", **SB)
a("19", 19, "count", "controllers at Wichita", after="four of its ", opt=True, **SB)
a(
    "up to 20 percent",
    20,
    "percent",
    "retention incentive as a share of base pay",
    q="at_most",
    unit=P,
)
a("58", 58, "count", "hard-to-staff facilities paying a retention incentive")
a(
    "more than 1.2 million hours",
    1.2e6,
    "measure",
    "overtime worked by controllers last year",
    q="more_than",
    unit="hour",
    speaker="National Air Traffic Controllers Association",
    aliases=["NATCA", "Senator Suarez", "Suarez"],
    date="2037-03-09",
)
a("half", 50, "percent", "targeted cut in mandatory overtime", after="overtime in ", unit=P)
SW = dict(speaker="Senator Whitcombe", aliases=["Whitcombe"])
a("41", 41, "count", "systems replaced or put under contract", after="You said ", opt=True, **SW)
a(
    "$12.5 billion",
    12.5e9,
    "money",
    "modernization funding",
    unit="USD",
    after="share of the ",
    opt=True,
    **SW,
)
a(
    "About $3.9 billion",
    3.9e9,
    "money",
    "share of the modernization funding represented",
    q="approximate",
    unit="USD",
)
a(
    "roughly 60 percent",
    60,
    "percent",
    "share of the total obligated by the end of the fiscal year",
    q="approximate",
    unit=P,
)

# 4105: South African Government (gov.za) ministry statement (Thursday 16 April 2037).
doc(
    "4105_govza-youth-employment-compact-2037-04-16.txt",
    "2037-04-16",
    None,
    ["Department of Employment and Labour"],
)
a("500 000", 500000, "count", "work and training opportunities for young people under the Compact")
a("three years", 3, "duration", "period of the Compact", unit="year", opt=True)
a("R14.2 billion", 14.2e9, "money", "funding of the Compact", unit="ZAR")
SSA = dict(
    speaker="Statistics South Africa",
    aliases=["Stats SA", "Quarterly Labour Force Survey", "QLFS"],
    date="2037-02-17",
)
a(
    "15 to 34 years",
    15,
    "measure",
    "ages of young people",
    q="range",
    unit="year",
    low=15,
    high=34,
    opt=True,
    **SSA,
)
a(
    "44.1%",
    44.1,
    "percent",
    "youth unemployment rate",
    unit=P,
    period="fourth quarter of 2036",
    **SSA,
)
a(
    "30.4%",
    30.4,
    "percent",
    "official national unemployment rate",
    unit=P,
    period="fourth quarter of 2036",
    **SSA,
)
a("3.7 million", 3.7e6, "count", "young people not in employment, education or training", **SSA)
a(
    "15 to 24 years",
    15,
    "measure",
    "ages of young people",
    q="range",
    unit="year",
    low=15,
    high=24,
    opt=True,
    **SSA,
)
ND = dict(
    speaker="Nomvula Dlamini",
    aliases=[
        "Ms Nomvula Dlamini",
        "Minister Dlamini",
        "Dlamini",
        "Minister of Employment and Labour",
    ],
)
a("3.6 million", 3.6e6, "count", "work-seekers registered on the ESSA database", **ND)
a(
    "about 62%",
    62,
    "percent",
    "share of registered work-seekers younger than 35",
    q="approximate",
    unit=P,
    **ND,
)
a("younger than 35", 35, "measure", "age threshold", q="less_than", unit="year", opt=True, **ND)
a(
    "187 000",
    187000,
    "count",
    "beneficiaries placed by the Labour Activation Programme",
    period="since 2034",
    **ND,
)
KM = dict(
    speaker="Kagiso Mokwena",
    aliases=["Mr Kagiso Mokwena", "Mokwena", "Minister of Finance"],
    date="2037-04-15",
)
a("R6.8 billion", 6.8e9, "money", "Compact funding from the national budget", unit="ZAR", **KM)
a(
    "R1.1 billion",
    1.1e9,
    "money",
    "funding reprioritised from under-spending programmes",
    unit="ZAR",
    **KM,
)
UIF = dict(speaker="Unemployment Insurance Fund", aliases=["UIF", "the Fund"], date="2037-04-15")
a("R7.4 billion", 7.4e9, "money", "UIF allocation to the Compact", unit="ZAR", **UIF)
a("R182 billion", 182e9, "money", "UIF reserves at the end of March", unit="ZAR", **UIF)
SN = dict(
    speaker="Sizwe Ntuli",
    aliases=[
        "Mr Sizwe Ntuli",
        "Ntuli",
        "Deputy Minister of Employment and Labour",
        "Deputy Minister",
    ],
)
a(
    "more than half",
    50,
    "percent",
    "share of young people in Limpopo and the Eastern Cape who cannot find a job",
    q="more_than",
    unit=P,
    **SN,
)
a(
    "at least 40%",
    40,
    "percent",
    "share of placements in rural districts",
    q="at_least",
    unit=P,
    **SN,
)
a("one in ten", 10, "percent", "share of municipal internship posts to be set aside", unit=P, **SN)
a(
    "1 240",
    1240,
    "count",
    "companies that signed pledges under the Compact",
    speaker="Business Unity South Africa",
    aliases=["BUSA"],
)
a(
    "about 30%",
    30,
    "percent",
    "share of participants in earlier youth programmes who found lasting work",
    q="approximate",
    unit=P,
    speaker="Congress of South African Trade Unions",
    aliases=["COSATU", "the federation"],
)
a("40 000", 40000, "count", "first placements expected by September", **N)
a(
    "more than 2.1 million",
    2.1e6,
    "count",
    "work and livelihood opportunities created by the Presidential Employment Stimulus",
    q="more_than",
)
a("126", 126, "count", "labour centres of the department")

# 4106: The Straits Times news story (Tuesday 12 May 2037).
doc("4106_straitstimes-bto-waiting-times-2037-05-12.txt", "2037-05-12", None)
a("More than 19,000", 19000, "count", "BTO flats to be launched in 2037", q="more_than", opt=True)
a("3.2 years", 3.2, "duration", "median waiting time for BTO flats", unit="year", opt=True)
a("S$80,000", 80000, "money", "housing grant", unit="SGD", opt=True)
OK = dict(
    speaker="Ong Kai Sheng",
    aliases=[
        "Mr Ong",
        "Ong",
        "Minister for National Development",
        "Minister for National Development Ong Kai Sheng",
    ],
    date="2037-05-11",
)
a(
    "more than 19,000",
    19000,
    "count",
    "BTO flats to be launched in 2037",
    q="more_than",
    period="2037",
    **OK,
)
a(
    "3.2 years",
    3.2,
    "duration",
    "median waiting time for new flats",
    unit="year",
    after="has fallen to ",
    **OK,
)
a("19,400", 19400, "count", "flats to be offered this year", **OK)
a("four", 4, "count", "BTO sales exercises this year", after="across the ", **OK)
a(
    "About 5,600",
    5600,
    "count",
    "flats with waiting times of under three years",
    q="approximate",
    **OK,
)
a(
    "under three years",
    3,
    "duration",
    "waiting time threshold",
    q="less_than",
    unit="year",
    opt=True,
    **OK,
)
a(
    "3.2 years",
    3.2,
    "duration",
    "median waiting time for BTO flats launched in 2036",
    unit="year",
    after="launched in 2036 was ",
)
a("4.4 years", 4.4, "duration", "median waiting time for flats launched in 2022", unit="year")
a("92", 92, "count", "BTO projects delayed by the pandemic and completed", **OK)
a("about 61,000", 61000, "count", "applications for flats offered in 2036", q="approximate", **OK)
a("19,800", 19800, "count", "flats offered in 2036", **OK)
a("71 per cent", 71, "percent", "share of first-timer families among applicants", unit=P, **OK)
HDB = dict(
    speaker="Housing and Development Board",
    aliases=["HDB", "HDB survey", "Ong Kai Sheng", "Mr Ong"],
    date="2037-05-11",
)
a("about 8,000", 8000, "count", "households in the HDB survey", q="approximate", **HDB)
a("87 per cent", 87, "percent", "share of residents satisfied with their flats", unit=P, **HDB)
a(
    "up to $9,000",
    9000,
    "money",
    "monthly income ceiling for the grant",
    q="at_most",
    unit="SGD",
    opt=True,
)
a("up to $80,000", 80000, "money", "Enhanced CPF Housing Grant", q="at_most", unit="SGD")
a("three years", 3, "duration", "extension of the grant", unit="year", after="for another ", **OK)
a(
    "About 24,000",
    24000,
    "count",
    "households that received the grant in 2036",
    q="approximate",
    period="2036",
)
a("$1.3 billion", 1.3e9, "money", "cost of the grant in 2036", unit="SGD", period="2036")
RT = dict(speaker="Rachel Tan", aliases=["Ms Tan", "Tan"], date="2037-05-11")
a("four-room", 4, "count", "rooms of the flat", opt=True, **RT)
a(
    "about $3,400",
    3400,
    "money",
    "monthly rent for a four-room HDB flat in Tampines",
    q="approximate",
    unit="SGD",
    **RT,
)
HDBR = dict(speaker="Housing and Development Board", aliases=["HDB"], date="2037-04-24")
a(
    "1.6 per cent",
    1.6,
    "percent",
    "rise in resale prices",
    unit=P,
    period="first three months of 2037",
    **HDBR,
)
a(
    "three months",
    3,
    "duration",
    "period of the resale price figure",
    unit="month",
    opt=True,
    **HDBR,
)
a("2.3 per cent", 2.3, "percent", "rise in resale prices in the previous quarter", unit=P, **HDBR)
a("391", 391, "count", "flats sold for at least $1 million in the quarter")
a("at least $1 million", 1e6, "money", "resale price threshold", q="at_least", unit="SGD", opt=True)
LM = dict(
    speaker="Leong Mei Fen",
    aliases=["Associate Professor Leong Mei Fen", "Prof Leong", "Leong"],
)
a(
    "four or five years",
    4,
    "duration",
    "earlier BTO waiting time",
    q="range",
    unit="year",
    low=4,
    high=5,
    opt=True,
    **LM,
)
a(
    "three years",
    3,
    "duration",
    "current BTO waiting time",
    q="nearly",
    unit="year",
    after="closer to ",
    opt=True,
    **LM,
)
a(
    "10 to 15 per cent",
    10,
    "percent",
    "expected rise in demand for BTO flats in mature estates",
    q="range",
    unit=P,
    low=10,
    high=15,
    **LM,
)
a(
    "about one in four",
    25,
    "percent",
    "couples buying resale who had applied unsuccessfully for a BTO flat",
    q="approximate",
    unit=P,
    **LM,
)
NT = dict(speaker="Nicholas Toh", aliases=["Toh", "Mr Toh", "ERA Singapore"])
a("2,410", 2410, "count", "resale flats sold in April", period="April", **NT)
a("8 per cent", 8, "percent", "year-on-year rise in resale volumes", unit=P, **NT)
a("five-room", 5, "count", "rooms of the flats", opt=True, **N)
a(
    "about 3,200",
    3200,
    "count",
    "flats under the Prime Location Public Housing model",
    q="approximate",
    **OK,
)

# 4107: WHO Disease Outbreak News (Wednesday 24 June 2037).
doc(
    "4107_who-don-marburg-uganda-2037-06-24.txt",
    "2037-06-24",
    None,
    ["World Health Organization", "WHO"],
)
a("19", 19, "count", "Marburg virus disease cases", period="as of 21 June")
a("15", 15, "count", "confirmed cases", after="including ")
a("four", 4, "count", "probable cases", after="confirmed and ")
a("eight", 8, "count", "deaths")
a("two", 2, "count", "districts reporting cases", after="reported from ")
a("29-year-old", 29, "measure", "age of the index case", unit="year", opt=True)
MOH = dict(
    speaker="Ministry of Health of Uganda",
    aliases=[
        "Ministry of Health",
        "MoH",
        "Uganda Ministry of Health",
        "World Health Organization",
        "WHO",
    ],
    date="2037-06-21",
)
a("15", 15, "count", "confirmed cases recorded", after="situation report of 21 June, ", **MOH)
a("four", 4, "count", "deaths among confirmed cases", after="have been recorded, including ", **MOH)
a("four", 4, "count", "probable cases who died", after="All ")
a("one", 1, "count", "confirmed cases on 11 June", after="rose from ")
a("six", 6, "count", "confirmed cases on 15 June", after="on 11 June to ")
a("15", 15, "count", "confirmed cases on 21 June", after="on 15 June and ")
a("12", 12, "count", "confirmed cases in Kasese district", subject="Kasese district")
a(
    "three",
    3,
    "count",
    "probable cases in Kasese district",
    after="confirmed and ",
    subject="Kasese district",
)
a(
    "three",
    3,
    "count",
    "confirmed cases in Bundibugyo district",
    after="Bundibugyo district ",
    subject="Bundibugyo district",
)
a(
    "one",
    1,
    "count",
    "probable case in Bundibugyo district",
    after="cases and ",
    subject="Bundibugyo district",
)
a("27%", 27, "percent", "case fatality ratio among confirmed cases", unit=P)
a("nine", 9, "count", "female confirmed cases")
a("31 years", 31, "measure", "median age of confirmed cases", unit="year")
a("Three", 3, "count", "confirmed cases who are health workers", after="median age is 31 years. ")
GN = dict(
    speaker="Grace Akello Namanda",
    aliases=[
        "Dr Grace Akello Namanda",
        "Namanda",
        "Minister of Health",
        "Ministry of Health of Uganda",
    ],
    date="2037-06-19",
)
a("486", 486, "count", "contacts listed", **GN)
a("93%", 93, "percent", "share of contacts followed up daily", unit=P, **GN)
a("seven", 7, "count", "confirmed patients receiving care in Kasese", **GN)
a("four", 4, "count", "confirmed patients discharged", after="and that ", **GN)
a("twice", 2, "count", "negative tests before discharge", opt=True, **GN)
a(
    "US$ 1.5 million",
    1.5e6,
    "money",
    "release from the Contingency Fund for Emergencies",
    unit="USD",
)
a("14", 14, "count", "experts deployed by WHO")
a("24-bed", 24, "count", "beds in the Marburg treatment unit", opt=True)
ACDC = dict(
    speaker="Africa CDC",
    aliases=["Africa Centres for Disease Control and Prevention"],
    date="2037-06-20",
)
a("5,000", 5000, "count", "sets of personal protective equipment sent", **ACDC)
a("two", 2, "count", "mobile laboratories sent", after="equipment and ", **ACDC)
a("16", 16, "count", "points of entry with screening")
a(
    "24% to 88%",
    24,
    "percent",
    "case fatality ratio in past Marburg outbreaks",
    q="range",
    unit=P,
    low=24,
    high=88,
)
a(
    "more than a week",
    1,
    "duration",
    "delay between the index case's first symptoms and the alert",
    q="more_than",
    unit="week",
)
a(
    "about 2,000",
    2000,
    "count",
    "people crossing daily at the Mpondwe border post",
    q="approximate",
    speaker="International Organization for Migration",
    aliases=["IOM", "IOM flow monitoring"],
)
a(
    "2 to 21 days",
    2,
    "duration",
    "incubation period of Marburg virus disease",
    q="range",
    unit="day",
    low=2,
    high=21,
)
a(
    "21 days",
    21,
    "duration",
    "monitoring period for contacts",
    unit="day",
    after="monitored for ",
    opt=True,
)

GOLD.build()
