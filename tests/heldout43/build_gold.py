"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout43/build_gold.py``. Each annotation names the
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

# Conventions: those of tests/heldout5 to tests/heldout41 (see README.md), plus the new cases
# listed there.

# 4300: Ministry of National Defense regular press conference (Thursday 25 September 2036).
XY = [
    "Xu",
    "Senior Colonel Xu Yanpeng",
    "spokesperson for the Ministry of National Defense",
    "Ministry of National Defense",
    "MND",
]
doc("4300_mnd-regular-presscon-2036-09-25.txt", "2036-09-25", "Xu Yanpeng", XY)
a("about 420", 420, "count", "Chinese officers and soldiers sent to the exercise", q="approximate")
a("36", 36, "count", "armored vehicles sent to the exercise", after="together with ")
a("8", 8, "count", "helicopters sent to the exercise", after="armored vehicles and ")
a("46th", 46, "anniversary", "anniversary of the Chinese military's UN peacekeeping")
a("46 years", 46, "duration", "period of UN peacekeeping participation", unit="year", opt=True)
a("more than 52,000", 52000, "count", "peacekeepers sent by the PLA", q="more_than")
a("26", 26, "count", "mission areas served", after="peacekeepers to ")
a("28", 28, "count", "peacekeepers who lost their lives", after="mission areas, and ")
a("2,240", 2240, "count", "Chinese peacekeepers on duty")
a("eight", 8, "count", "mission areas with Chinese peacekeepers", after="on duty in ")
JMOD = dict(
    speaker="Japanese Ministry of Defense",
    aliases=["Japan's Ministry of Defense", "Ministry of Defense of Japan", "Reuters"],
    date="2036-09-23",
)
a("312 times", 312, "count", "scrambles against Chinese military aircraft", **JMOD)
a("six months", 6, "duration", "period of the scrambles", unit="month", opt=True, **JMOD)
a("nearly 20 percent", 20, "percent", "rise in scrambles", q="nearly", unit=P, **JMOD)
a(
    "about 150 nautical miles",
    150,
    "measure",
    "distance of the carrier group from Miyako Island",
    q="approximate",
    unit="nautical mile",
    **JMOD,
)
a("11 consecutive days", 11, "duration", "carrier group operations", unit="day", **JMOD)
a("six", 6, "count", "vessels in the carrier group", after="consisted of ")
a("12 consecutive years", 12, "duration", "run of Japanese defense budget increases", unit="year")
a(
    "exceeds 9.4 trillion yen",
    9.4e12,
    "money",
    "Japan's defense budget request",
    q="more_than",
    unit="JPY",
    subject="Japan",
    period="fiscal year 2037",
)
USDOD = dict(
    speaker="US Department of Defense",
    aliases=["Department of Defense", "Pentagon", "Global Times"],
)
a(
    "40 to 90 percent",
    40,
    "percent",
    "excess of China's actual military spending over the official budget",
    q="range",
    unit=P,
    low=40,
    high=90,
    **USDOD,
)
a("more than 700", 700, "count", "Chinese operational nuclear warheads", q="more_than", **USDOD)
a(
    "1.86 trillion yuan",
    1.86e12,
    "money",
    "China's defense budget",
    unit="CNY",
    subject="China",
    period="2036",
)
a("7.2 percent", 7.2, "percent", "increase in the defense budget", unit=P)
a(
    "about 1.3 percent",
    1.3,
    "percent",
    "defense spending as a share of GDP",
    q="approximate",
    unit=P,
    speaker="Ministry of Finance",
    aliases=["Chinese Ministry of Finance", "budget report", *XY, "Xu Yanpeng"],
)
a(
    "less than one-fifth",
    20,
    "percent",
    "China's per capita defense expenditure relative to the United States",
    q="less_than",
    unit=P,
)
a("more than 5,000", 5000, "count", "US nuclear warheads", q="more_than", subject="United States")
ZH = dict(
    speaker="Zhou Hanmin",
    aliases=["Zhou", "Minister of National Defense", "Admiral Zhou Hanmin", "Xu Yanpeng", "Xu"],
    date="2036-09-19",
)
a(
    "more than 70",
    70,
    "count",
    "countries in joint exercises and training with the PLA",
    q="more_than",
    **ZH,
)
a("five years", 5, "duration", "period of the joint exercises", unit="year", opt=True, **ZH)
a("1,500", 1500, "count", "military personnel from developing countries to be trained", **ZH)
a("three years", 3, "duration", "period of the training pledge", unit="year", opt=True, **ZH)
a("more than 1,900", 1900, "count", "guests at the Xiangshan Forum", q="more_than")
a("104", 104, "count", "countries, regions and organizations at the forum")
a(
    "23",
    23,
    "count",
    "PLA Navy ships monitored near Huangyan Dao",
    speaker="Armed Forces of the Philippines",
    aliases=["Philippine armed forces", "AFP", "Bloomberg"],
    date="2036-09-22",
)
STC = dict(
    speaker="PLA Southern Theater Command",
    aliases=["Southern Theater Command", "Xu Yanpeng", "Xu"],
    date="2036-09-21",
)
a("four", 4, "count", "warships in the combat readiness patrol", after="involving ", **STC)
a("two", 2, "count", "early warning aircraft in the patrol", after="warships and ", **STC)
a("more than 100", 100, "count", "aircraft in reported exercises around Taiwan", q="more_than", **N)
a("more than 46,000", 46000, "count", "troops dispatched to flood-hit areas", q="more_than")
a("1,300", 1300, "count", "vehicles dispatched to flood-hit areas")
a("21,600", 21600, "count", "people evacuated or rescued")
a("about 380 kilometers", 380, "measure", "dikes reinforced", q="approximate", unit="km")
MEM = dict(
    speaker="Ministry of Emergency Management",
    aliases=["Xu Yanpeng", "Xu", "MND"],
)
a(
    "about 31 million",
    31e6,
    "count",
    "people affected by floods",
    q="approximate",
    period="this year",
    **MEM,
)
a("19", 19, "count", "provinces affected by floods", after="million people in ", **MEM)

# 4301: Australian Bureau of Statistics media release (Thursday 11 December 2036).
ABS = ["Australian Bureau of Statistics", "ABS"]
doc("4301_abs-population-june-quarter-2036-12-11.txt", "2036-12-11", None, ABS)
a(
    "1.4 per cent",
    1.4,
    "percent",
    "annual population growth",
    unit=P,
    subject="Australia",
    period="year to 30 June 2036",
    speaker="Australian Bureau of Statistics",
    aliases=["ABS"],
)
a(
    "28,962,400",
    28962400,
    "count",
    "population of Australia",
    subject="Australia",
    period="30 June 2036",
)
a("401,700", 401700, "count", "population growth over the year", subject="Australia")
a("272,300", 272300, "count", "net overseas migration", subject="Australia")
a("18 per cent", 18, "percent", "fall in net overseas migration", unit=P)
a("129,400", 129400, "count", "natural increase", subject="Australia")
KM = dict(
    speaker="Kerrin Mulvaney",
    aliases=["Mulvaney", "Ms Mulvaney", "ABS head of demography", *ABS],
)
a("1.4 per cent", 1.4, "percent", "annual population growth", unit=P, after='"Growth of ', **KM)
a("1.7 per cent", 1.7, "percent", "population growth a year earlier", unit=P, **KM)
a(
    "about two-thirds",
    66.67,
    "percent",
    "net overseas migration's share of growth",
    q="approximate",
    unit=P,
    **KM,
)
a("658,100", 658100, "count", "overseas migrant arrivals")
a("385,800", 385800, "count", "overseas migrant departures")
a("9 per cent", 9, "percent", "fall in arrivals", unit=P)
a("6 per cent", 6, "percent", "rise in departures", unit=P)
a(
    "about a quarter",
    25,
    "percent",
    "fall in new student visa grants",
    q="approximate",
    unit=P,
    speaker="Department of Home Affairs",
    aliases=["Home Affairs", "Kerrin Mulvaney", "Mulvaney", "Ms Mulvaney"],
)
a(
    "more than a decade",
    10,
    "duration",
    "period since departures of New Zealand citizens were this high",
    q="more_than",
    unit="year",
    opt=True,
    **KM,
)
a("306,800", 306800, "count", "births registered")
a("177,400", 177400, "count", "deaths registered")
a("1.46", 1.46, "measure", "total fertility rate", unit="baby per woman")
a("three years", 3, "duration", "run of falling births", unit="year", **KM)
a("38.9 years", 38.9, "measure", "median age of Australians", unit="year", **KM)
a("38.7 years", 38.7, "measure", "median age a year earlier", unit="year", **KM)
a(
    "2.3 per cent",
    2.3,
    "percent",
    "population growth in Western Australia",
    unit=P,
    subject="Western Australia",
)
a("1.9 per cent", 1.9, "percent", "population growth in Queensland", unit=P, subject="Queensland")
a("1.6 per cent", 1.6, "percent", "population growth in Victoria", unit=P, subject="Victoria")
a("0.3 per cent", 0.3, "percent", "population growth in Tasmania", unit=P, subject="Tasmania")
a("passed 6 million", 6e6, "count", "population of Queensland", q="more_than", subject="Queensland")
a("6,001,300", 6001300, "count", "population of Queensland", subject="Queensland")
a(
    "27,800",
    27800,
    "count",
    "net interstate migration gain of Queensland",
    subject="Queensland",
    **KM,
)
a(
    "31,200",
    31200,
    "count",
    "net interstate migration loss of New South Wales",
    subject="New South Wales",
    **KM,
)
a("8,912,000", 8912000, "count", "population of New South Wales", subject="New South Wales")
a("7,520,100", 7520100, "count", "population of Victoria", subject="Victoria")
a(
    "0.8 per cent",
    0.8,
    "percent",
    "population growth in the Northern Territory",
    unit=P,
    subject="Northern Territory",
)
a("268,300", 268300, "count", "population of the Northern Territory", subject="Northern Territory")
a(
    "1.5 per cent",
    1.5,
    "percent",
    "population growth in the Australian Capital Territory",
    unit=P,
    subject="Australian Capital Territory",
)
a(
    "495,400",
    495400,
    "count",
    "population of the Australian Capital Territory",
    subject="Australian Capital Territory",
)
a("Almost one in three", 33.33, "percent", "share of Australians born overseas", q="nearly", unit=P)
ABSS = dict(speaker="Australian Bureau of Statistics", aliases=["ABS"])
a("31.2 per cent", 31.2, "percent", "share of the population born overseas", unit=P, **ABSS)
a(
    "more than 120 years",
    120,
    "duration",
    "period since the overseas-born share was this high",
    q="more_than",
    unit="year",
    opt=True,
    **ABSS,
)
a(
    "12",
    12,
    "duration",
    "months in Australia counted in the 12/16 month rule",
    unit="month",
    after="in Australia for ",
    opt=True,
)
a("16 months", 16, "duration", "reference period of the 12/16 month rule", unit="month", opt=True)

# 4302: Financial Times markets story (Tuesday 17 February 2037).
doc("4302_ft-sterling-wage-growth-2037-02-17.txt", "2037-02-17", None)
a("10-month", 10, "duration", "period since sterling was this low", unit="month", opt=True)
a("0.9%", 0.9, "percent", "fall of the pound against the dollar", unit=P, opt=True)
a("10 months", 10, "duration", "period since sterling was this low", unit="month", opt=True)
a("0.9 per cent", 0.9, "percent", "fall of sterling against the dollar", unit=P)
a("$1.2140", 1.214, "money", "sterling exchange rate against the dollar", unit="USD")
a("one-day", 1, "duration", "period of the fall", unit="day", opt=True)
a("0.6 per cent", 0.6, "percent", "fall of sterling against the euro", unit=P)
ONS = dict(speaker="Office for National Statistics", aliases=["ONS"])
a(
    "3.1 per cent",
    3.1,
    "percent",
    "UK regular pay growth excluding bonuses",
    unit=P,
    subject="UK",
    period="three months to December",
    **ONS,
)
a("three months", 3, "duration", "period of the pay data", unit="month", opt=True, **ONS)
a("3.6 per cent", 3.6, "percent", "regular pay growth in the previous period", unit=P, **ONS)
a(
    "3.4 per cent",
    3.4,
    "percent",
    "expected regular pay growth",
    unit=P,
    speaker=None,
    aliases=["Reuters"],
)
a("5.2 per cent", 5.2, "percent", "UK unemployment rate", unit=P, subject="UK", **ONS)
LSEG = dict(speaker="LSEG", aliases=["London Stock Exchange Group"])
a(
    "roughly 70 per cent",
    70,
    "percent",
    "market-implied chance of a March rate cut",
    q="approximate",
    unit=P,
    **LSEG,
)
a(
    "quarter-point",
    0.25,
    "percent",
    "size of the expected rate cut",
    unit="percentage point",
    opt=True,
    **LSEG,
)
a("45 per cent", 45, "percent", "market-implied chance of a March cut on Monday", unit=P, **LSEG)
MK = dict(speaker="Marta Kowalczyk", aliases=["Kowalczyk", "ING"])
a("2 per cent", 2, "percent", "further downside for sterling against the euro", unit=P, **MK)
a("88p", 0.88, "money", "forecast sterling exchange rate against the euro", unit="GBP", **MK)
SH = dict(
    speaker="Simon Haverill",
    aliases=["Haverill", "Bank of England deputy governor", "Bank of England"],
    date="2037-02-11",
)
a("about 3 per cent", 3, "percent", "UK pay settlements", q="approximate", unit=P, **SH)
a("2 per cent", 2, "percent", "inflation target", unit=P, after="with the ", opt=True, **SH)
GS = dict(speaker="Goldman Sachs", aliases=["Analysts at Goldman Sachs"], date="2037-02-16")
a("three times", 3, "count", "expected BoE rate cuts this year", period="this year", **GS)
a("3 per cent", 3, "percent", "expected Bank Rate by December", unit=P, after="Bank Rate to ", **GS)
a("Two-year", 2, "duration", "maturity of the gilts", unit="year", opt=True)
a(
    "0.11 percentage points",
    0.11,
    "percent",
    "fall in two-year gilt yields",
    unit="percentage point",
)
a("3.48 per cent", 3.48, "percent", "two-year gilt yield", unit=P)
a("1.1 per cent", 1.1, "percent", "rise of the FTSE 250", unit=P)
a("24,612.3", 24612.3, "measure", "FTSE 250 record close")
a("0.4 per cent", 0.4, "percent", "rise of the FTSE 100", unit=P)
a(
    "almost £9bn",
    9e9,
    "money",
    "market value added by housebuilders since the start of the year",
    q="nearly",
    unit="GBP",
    speaker=None,
    aliases=["Financial Times", "FT"],
)
a("7.8 per cent", 7.8, "percent", "rise in Harcastle shares", unit=P)
HC = dict(speaker="Harcastle", aliases=["Harcastle Group", "the company"])
a("4.6 per cent", 4.6, "percent", "rise in like-for-like sales", unit=P, **HC)
a("10 weeks", 10, "duration", "period of the trading statement", unit="week", opt=True, **HC)
a(
    "£1.12bn-£1.15bn",
    1.12e9,
    "money",
    "expected underlying pre-tax profit",
    q="range",
    unit="GBP",
    low=1.12e9,
    high=1.15e9,
    **HC,
)
a("about £1.05bn", 1.05e9, "money", "previous profit guidance", q="approximate", unit="GBP", **HC)
a(
    "19 per cent",
    19,
    "percent",
    "growth of the premium own-label range",
    unit=P,
    speaker="Nadia Fairbrother",
    aliases=["Fairbrother", "chief executive", "Harcastle"],
)
OT = dict(speaker="Oliver Trent", aliases=["Trent", "Jefferies"])
a("412p", 4.12, "money", "price target on Harcastle", unit="GBP", **OT)
a("365p", 3.65, "money", "previous price target on Harcastle", unit="GBP", **OT)
a("5.3 per cent", 5.3, "percent", "fall in Rheinwald shares", unit=P)
a(
    "€640mn",
    640e6,
    "money",
    "first-quarter operating profit last year",
    unit="EUR",
    speaker="Rheinwald",
    aliases=[],
)
a("about £200mn", 200e6, "money", "addition to gilt positions", q="approximate", unit="GBP", **N)

# 4303: UNHCR briefing note, Geneva (Friday 16 May 2036).
EM = [
    "Marchetti",
    "UNHCR",
    "UNHCR spokesperson",
    "UN Refugee Agency",
    "UNHCR, the UN Refugee Agency",
]
doc("4303_unhcr-briefing-coastal-west-africa-2036-05-16.txt", "2036-05-16", "Elodie Marchetti", EM)
a(
    "more than 58,000",
    58000,
    "count",
    "refugees crossed from Burkina Faso into coastal countries",
    q="more_than",
    period="since the beginning of January",
)
a("34,800", 34800, "count", "new arrivals in Côte d'Ivoire", subject="Côte d'Ivoire")
a(
    "96,500",
    96500,
    "count",
    "refugees and asylum-seekers from Burkina Faso in Côte d'Ivoire",
    subject="Côte d'Ivoire",
)
a("12,300", 12300, "count", "new arrivals in Ghana", subject="Ghana")
a("7,900", 7900, "count", "new arrivals in Togo", subject="Togo")
a("3,400", 3400, "count", "new arrivals in Benin", subject="Benin")
a(
    "more than half",
    50,
    "percent",
    "share of children among new arrivals in northern Côte d'Ivoire",
    q="more_than",
    unit=P,
    speaker="Ivorian authorities",
    aliases=["Government of Côte d'Ivoire", "Elodie Marchetti", *EM],
)
AS = dict(
    speaker="Amadou Sissoko",
    aliases=["Sissoko", "UNHCR's Representative in Côte d'Ivoire", "UNHCR"],
    date="2036-05-14",
)
a("up to five days", 5, "duration", "time walked to reach safety", q="at_most", unit="day", **AS)
a("1,900", 1900, "count", "people at the transit centre", **AS)
a("600", 600, "count", "capacity of the transit centre", **AS)
GRB = dict(speaker="Ghana Refugee Board", aliases=["the board", "Elodie Marchetti", *EM])
a("4,100", 4100, "count", "people registered in northern Ghana", period="April", **GRB)
a("up to 15,000", 15000, "count", "capacity of a second settlement site", q="at_most", **GRB)
a(
    "nearly doubled",
    2,
    "measure",
    "population growth in some villages in northern Togo",
    q="nearly",
    unit="times",
    opt=True,
    speaker="Fatoumata Camara",
    aliases=["Camara", "UNHCR's Director for West and Central Africa", "UNHCR"],
    date="2036-05-15",
)
a(
    "some 2.3 million",
    2.3e6,
    "count",
    "internally displaced people in Burkina Faso",
    q="approximate",
    speaker=None,
    aliases=["Elodie Marchetti", *EM],
)
WFP = dict(
    speaker="World Food Programme",
    aliases=["WFP", "Elodie Marchetti", *EM],
    date="2036-05-13",
)
a("40 per cent", 40, "percent", "planned cut in food rations for refugees", unit=P, **WFP)
a("US$27 million", 27e6, "money", "funding needed to maintain full rations", unit="USD", **WFP)
JV = dict(
    speaker="Jonas Vettergren",
    aliases=[
        "Vettergren",
        "UN High Commissioner for Refugees",
        "High Commissioner",
        "Elodie Marchetti",
        *EM,
    ],
    date="2036-05-15",
)
a("US$6 million", 6e6, "money", "release from UNHCR's emergency reserve", unit="USD", **JV)
a(
    "double",
    2,
    "measure",
    "increase in UNHCR field staff in northern Ghana",
    unit="times",
    opt=True,
    **JV,
)
a("25,000", 25000, "count", "people covered by pre-positioned relief items", **JV)
a("four", 4, "count", "countries receiving refugees", after="across the ", opt=True, **JV)
a(
    "US$418 million",
    418e6,
    "money",
    "UNHCR appeal for the Central Sahel and coastal states",
    unit="USD",
    period="2036",
)
a("14 per cent", 14, "percent", "funding level of the appeal", unit=P)
a(
    "about one in three",
    33.33,
    "percent",
    "families who would lack shelter",
    q="approximate",
    unit=P,
)

# 4304: The Times of India, Mumbai (Wednesday 8 July 2037).
doc("4304_toi-mumbai-rains-flooding-2037-07-08.txt", "2037-07-08", None)
a("198mm", 198, "measure", "rainfall at Santacruz", unit="mm", opt=True)
a("12 hours", 12, "duration", "period of the rainfall", unit="hour", opt=True)
a(
    "nearly seven hours",
    7,
    "duration",
    "closure of the Andheri subway",
    q="nearly",
    unit="hour",
    after="MUMBAI:",
)
IMD = dict(speaker="India Meteorological Department", aliases=["IMD"])
a("198mm", 198, "measure", "rainfall at Santacruz", unit="mm", after="recorded ", **IMD)
a(
    "12 hours",
    12,
    "duration",
    "period of the rainfall",
    unit="hour",
    after="rainfall in the ",
    opt=True,
    **IMD,
)
a("86mm", 86, "measure", "rainfall at Colaba", unit="mm", **IMD)
a("1,276mm", 1276, "measure", "Mumbai rainfall so far this monsoon", unit="mm")
a(
    "about 58%",
    58,
    "percent",
    "share of the season's average rainfall received",
    q="approximate",
    unit=P,
)
a("2,205mm", 2205, "measure", "season's average rainfall", unit="mm")
SK = dict(
    speaker="Sanjay Kulkarni",
    aliases=["Kulkarni", "Additional municipal commissioner (projects)", "BMC"],
)
a("481", 481, "count", "dewatering pumps installed across the city", **SK)
a("six", 6, "count", "storm water pumping stations", **SK)
a(
    "about 1,800 million litres",
    1.8e9,
    "measure",
    "water pumped out",
    q="approximate",
    unit="litre",
    **SK,
)
BMC = dict(
    speaker="Brihanmumbai Municipal Corporation",
    aliases=["BMC", "BMC's disaster management cell", "disaster management cell"],
)
a("47", 47, "count", "complaints of waterlogging", **BMC)
a("23", 23, "count", "complaints of tree falls", after="waterlogging, ", **BMC)
a("9", 9, "count", "complaints of partial house collapses", after="tree falls and ", **BMC)
AD = dict(
    speaker="Ashwini Deshmukh",
    aliases=["Deshmukh", "Municipal commissioner", "BMC"],
    date="2037-07-07",
)
a("14", 14, "count", "underground holding tanks built", after="told reporters that the ", **AD)
a("more than half", 50, "percent", "cut in the duration of flooding", q="more_than", unit=P, **AD)
a("four", 4, "count", "new holding tanks planned", after="start work on ", **AD)
a("Rs 412 crore", 4.12e9, "money", "cost of the new tanks", unit="INR", **AD)
RS = dict(speaker="Rajesh Shirodkar", aliases=["Shirodkar", "Former corporator"])
a(
    "Rs 316 crore",
    3.16e9,
    "money",
    "BMC spending on flood mitigation in F-North ward",
    unit="INR",
    **RS,
)
a("five years", 5, "duration", "period of the spending", unit="year", opt=True, **RS)
a(
    "30 to 40",
    30,
    "count",
    "buildings with water in the ground floor",
    q="range",
    low=30,
    high=40,
    **RS,
)
a("3.9 metres", 3.9, "measure", "level of the Mithi river at Kranti Nagar", unit="m", **N)
a("about 350", 350, "count", "residents shifted to a municipal school", q="approximate", **N)
a(
    "20-25 minutes",
    20,
    "duration",
    "delay of main line services",
    q="range",
    unit="minute",
    low=20,
    high=25,
    speaker="Central Railway",
    aliases=[],
)
a("38", 38, "count", "services cancelled", speaker="Western Railway", aliases=[])
a("Over 2,100", 2100, "count", "passengers stranded at Kurla station", q="more_than")
a("more than two hours", 2, "duration", "time passengers were stranded", q="more_than", unit="hour")
SG = dict(speaker="Sunita Gawde", aliases=["Gawde"])
a("54", 54, "measure", "age of Sunita Gawde", unit="year", opt=True, **N)
a("Rs 8,000", 8000, "money", "value of stock lost", unit="INR", **SG)
SN = dict(speaker="Sushma Nair", aliases=["Nair", "IMD Mumbai", "IMD"])
a(
    "150-200mm",
    150,
    "measure",
    "expected further rainfall at isolated places",
    q="range",
    unit="mm",
    low=150,
    high=200,
    **SN,
)
a("48 hours", 48, "duration", "forecast period", unit="hour", opt=True, **SN)
a("up to 50 kmph", 50, "measure", "gusty winds expected", q="at_most", unit="km/h", **SN)
a("167mm", 167, "measure", "rainfall last Thursday", unit="mm", **SN)
a(
    "four years",
    4,
    "duration",
    "period since a wetter first week of July",
    unit="year",
    opt=True,
    **SN,
)
a(
    "4.71 metres",
    4.71,
    "measure",
    "expected high tide",
    unit="m",
    speaker="Brihanmumbai Municipal Corporation",
    aliases=["BMC"],
)

# 4305: US Treasury press release with the Secretary's remarks (Thursday 13 November 2036).
TR = ["Department of the Treasury", "Treasury", "Office of Foreign Assets Control", "OFAC"]
doc("4305_treasury-sanctions-remarks-2036-11-13.txt", "2036-11-13", None, TR)
a("19", 19, "count", "entities sanctioned", after="sanctioned ")
a("7", 7, "count", "individuals sanctioned", after="19 entities, ")
a("11", 11, "count", "vessels sanctioned", after="individuals and ")
a(
    "more than $2.6 billion",
    2.6e9,
    "money",
    "value of cargoes moved by the network",
    q="more_than",
    unit="USD",
    period="since early 2035",
)
a(
    "212",
    212,
    "count",
    "vessels sanctioned in the shadow fleet",
    speaker="Lena Castellanos",
    aliases=["Castellanos", "OFAC Director", "OFAC"],
)
RQ = dict(
    speaker="Raymond Quist",
    aliases=["Quist", "Deputy Secretary", "Deputy Secretary Quist", "Treasury"],
    date="2036-11-11",
)
a("more than 40", 40, "count", "front companies used to launder proceeds", q="more_than", **RQ)
a("6", 6, "count", "exchange houses whose licenses were suspended", after="licenses of ", **RQ)
ME = ["Ellsworth", "Secretary Ellsworth", "Secretary of the Treasury", "Treasury Secretary"]
MEL = dict(speaker="Marian Ellsworth", aliases=ME)
a("37", 37, "count", "targets designated in the action", **MEL)
a("Eleven", 11, "count", "tankers among the targets", **MEL)
a(
    "roughly 14 million barrels",
    14e6,
    "measure",
    "combined capacity of the tankers",
    q="approximate",
    unit="barrel",
    **MEL,
)
a(
    "more than 640",
    640,
    "count",
    "individuals, entities and vessels designated in connection with Iran and its proxies",
    q="more_than",
    period="since January",
    **MEL,
)
a(
    "nearly twice",
    2,
    "measure",
    "designations compared with last year",
    q="nearly",
    unit="times",
    opt=True,
    **MEL,
)
a(
    "about 35 percent",
    35,
    "percent",
    "fall in suspicious transactions linked to the Houthi procurement network",
    q="approximate",
    unit=P,
    speaker="FinCEN",
    aliases=["Financial Crimes Enforcement Network", *ME, "Marian Ellsworth"],
)
a(
    "six months",
    6,
    "duration",
    "period after the designations",
    unit="month",
    opt=True,
    speaker="FinCEN",
    aliases=["Financial Crimes Enforcement Network", *ME, "Marian Ellsworth"],
)
a(
    "at least a quarter",
    25,
    "percent",
    "drop in Houthi oil revenue",
    q="at_least",
    unit=P,
    speaker="Marian Ellsworth",
    aliases=[*ME, "Treasury", "Department of the Treasury"],
)
MG = dict(
    speaker="Mei Lin Goh",
    aliases=["Goh", "Singapore's Second Minister for Finance", "Marian Ellsworth", *ME],
)
a("$310 million", 310e6, "money", "assets frozen by Singaporean authorities", unit="USD", **MG)
a(
    "12",
    12,
    "count",
    "companies under investigation in Singapore",
    after="investigations into ",
    **MG,
)
a(
    "between $1 trillion and $1.6 trillion",
    1e12,
    "money",
    "annual cost of illicit financial flows to developing economies",
    q="range",
    unit="USD",
    low=1e12,
    high=1.6e12,
    speaker="International Monetary Fund",
    aliases=["IMF", "Marian Ellsworth", *ME],
)
a("three", 3, "count", "next steps announced", after="I am announcing ", opt=True, **MEL)
a("45", 45, "count", "analysts and investigators added to the task force", **MEL)
a(
    "$180 million",
    180e6,
    "money",
    "funding requested for the maritime sanctions initiative",
    unit="USD",
    **MEL,
)
a(
    "more than 30",
    30,
    "count",
    "countries whose finance ministers will be hosted",
    q="more_than",
    **MEL,
)
a(
    "one in five",
    20,
    "percent",
    "sanctioned tankers under a legitimate flag when she took office",
    unit=P,
    **MEL,
)
a(
    "fewer than one in twenty",
    5,
    "percent",
    "sanctioned tankers under a legitimate flag today",
    q="less_than",
    unit=P,
    **MEL,
)
a(
    "zero",
    0,
    "percent",
    "target share of sanctioned tankers under a legitimate flag",
    unit=P,
    opt=True,
    **MEL,
)

# 4306: NHK World-Japan news story (Monday 4 August 2036).
doc("4306_nhkworld-heatwave-heatstroke-2036-08-04.txt", "2036-08-04", None)
a(
    "top 41 degrees",
    41,
    "measure",
    "temperature topped in central Japan",
    q="more_than",
    unit="degree Celsius",
    opt=True,
)
a(
    "above 40 degrees Celsius",
    40,
    "measure",
    "temperature threshold",
    q="more_than",
    unit="degree Celsius",
    opt=True,
)
a("three", 3, "count", "cities with temperatures above 40 degrees", after="recorded in ")
JMA = dict(
    speaker="Japan Meteorological Agency", aliases=["JMA", "the agency", "Meteorological Agency"]
)
a("41.3 degrees", 41.3, "measure", "temperature in Hamamatsu", unit="degree Celsius", **JMA)
a(
    "0.6 degrees",
    0.6,
    "measure",
    "gap to Japan's highest recorded temperature",
    unit="degree Celsius",
)
a(
    "35 degrees or higher",
    35,
    "measure",
    "temperature threshold",
    q="at_least",
    unit="degree Celsius",
    opt=True,
)
a("286", 286, "count", "observation points with 35 degrees or higher")
a("roughly 915", 915, "count", "observation points of the agency", q="approximate", opt=True)
a(
    "38 degrees",
    38,
    "measure",
    "expected high in central Tokyo on Tuesday",
    unit="degree Celsius",
    **JMA,
)
a("39", 39, "count", "prefectures with heatstroke alerts", after="issued for ")
a("47", 47, "count", "prefectures of Japan", after="39 of Japan's ", opt=True)
FD = dict(speaker="Fire and Disaster Management Agency", aliases=["the agency", "FDMA"])
a(
    "9,412",
    9412,
    "count",
    "people taken to hospital with suspected heatstroke",
    period="week through Sunday",
    **FD,
)
a(
    "about 60 percent",
    60,
    "percent",
    "weekly rise in heatstroke hospitalizations",
    q="approximate",
    unit=P,
    speaker=None,
    aliases=["Fire and Disaster Management Agency"],
)
a("17", 17, "count", "heatstroke deaths", after="shows that ", **FD)
a("65", 65, "measure", "age threshold of older people", unit="year", opt=True, **FD)
a(
    "more than half",
    50,
    "percent",
    "share of older people among those taken to hospital",
    q="more_than",
    unit=P,
    **FD,
)
TS = dict(
    speaker="Tachibana Shiho",
    aliases=["Tachibana", "Environment Minister", "Shiho Tachibana"],
    date="2036-08-01",
)
a("about 31,000", 31000, "count", "cooling shelters designated nationwide", q="approximate", **TS)
a("24,000", 24000, "count", "cooling shelters last summer", period="last summer", **TS)
a(
    "about one in four",
    25,
    "percent",
    "share of cooling shelters open at night",
    q="approximate",
    unit=P,
    **TS,
)
a(
    "95 percent",
    95,
    "percent",
    "expected power usage rate in the Tokyo area",
    unit=P,
    speaker="TEPCO Power Grid",
    aliases=["TEPCO"],
)
a("60s", 60, "measure", "age of the construction worker", unit="year", opt=True, **N)
a("two liters", 2, "measure", "water drunk before lunch", unit="litre", opt=True, **N)
a("30 minutes", 30, "duration", "interval between breaks", unit="minute", opt=True, **N)
a("70s", 70, "measure", "age of the woman in Kumagaya", unit="year", opt=True, **N)
a(
    "more than 8,000",
    8000,
    "count",
    "portable fans handed out to elderly residents",
    q="more_than",
    speaker="Kumagaya City",
    aliases=["Kumagaya City Hall", "Officials at Kumagaya City Hall"],
)
a("14-year-old", 14, "measure", "age of the student", unit="year", opt=True, **N)
a(
    "126",
    126,
    "count",
    "schools that cancelled outdoor club activities",
    speaker="Ministry of Education",
    aliases=["education ministry"],
)
a(
    "4.5 billion yen",
    4.5e9,
    "money",
    "reserve funds for shelters and school air conditioners",
    unit="JPY",
    speaker="Shirasaka Kenji",
    aliases=["Shirasaka", "Chief Cabinet Secretary", "Kenji Shirasaka"],
)
MAFF = dict(
    speaker="Ministry of Agriculture, Forestry and Fisheries",
    aliases=["agriculture ministry"],
)
a(
    "about 12,000 hectares",
    12000,
    "measure",
    "crop area damaged by heat",
    q="approximate",
    unit="hectare",
    **MAFF,
)
a("23", 23, "count", "prefectures with heat-damaged crops", after="hectares in ", **MAFF)
SHI = dict(speaker="Sato Hiroyuki", aliases=["Sato", "Hiroyuki Sato"])
a(
    "About 30 percent",
    30,
    "percent",
    "share of rice grains turning white and chalky",
    q="approximate",
    unit=P,
    **SHI,
)
a("40 years", 40, "duration", "time Sato Hiroyuki has been farming", unit="year", opt=True, **SHI)
a("one-month", 1, "duration", "forecast period", unit="month", opt=True, date="2036-07-31", **JMA)
a(
    "70 percent",
    70,
    "percent",
    "chance of higher than normal temperatures in eastern and western Japan",
    unit=P,
    date="2036-07-31",
    **JMA,
)

# 4307: Irish Central Statistics Office release (Wednesday 18 March 2037).
CSO = ["Central Statistics Office", "CSO"]
doc("4307_cso-residential-property-prices-2037-03-18.txt", "2037-03-18", None, CSO)
a("6.4%", 6.4, "percent", "annual increase in residential property prices", unit=P, opt=True)
a(
    "6.4%",
    6.4,
    "percent",
    "annual increase in residential property prices",
    unit=P,
    subject="Ireland",
    period="12 months to January 2037",
    after="Key Findings",
)
a("12 months", 12, "duration", "period of the price change", unit="month", opt=True)
a(
    "7.1%",
    7.1,
    "percent",
    "annual increase in prices to December 2036",
    unit=P,
    period="12 months to December 2036",
)
a(
    "12 months",
    12,
    "duration",
    "period of the price change",
    unit="month",
    after="7.1% in the ",
    opt=True,
)
a("5.2%", 5.2, "percent", "annual rise in Dublin property prices", unit=P, subject="Dublin")
a(
    "7.5%",
    7.5,
    "percent",
    "annual rise in property prices outside Dublin",
    unit=P,
    subject="outside Dublin",
)
a("€361,000", 361000, "money", "median dwelling price", unit="EUR")
a("€797,500", 797500, "money", "median price in A94 Blackrock", unit="EUR", subject="A94 Blackrock")
a("€162,000", 162000, "money", "median price in F45 Castlerea", unit="EUR", subject="F45 Castlerea")
a("3,612", 3612, "count", "dwelling purchases by household buyers", period="January 2037")
a("4.2%", 4.2, "percent", "annual decrease in dwelling purchases", unit=P)
a("1,469", 1469, "count", "purchases by first-time buyers")
a(
    "about two in five",
    40,
    "percent",
    "first-time buyers' share of purchases",
    q="approximate",
    unit=P,
)
AN = dict(
    speaker="Aoife Ní Dhonnchadha",
    aliases=["Ní Dhonnchadha", "Statistician in the Prices Division", *CSO],
)
a("0.3%", 0.3, "percent", "monthly increase in property prices", unit=P, **AN)
a(
    "6.4%",
    6.4,
    "percent",
    "annual increase in property prices",
    unit=P,
    after="in the month and by ",
    **AN,
)
a("4.9%", 4.9, "percent", "annual rise in Dublin house prices", unit=P, subject="Dublin", **AN)
a("6.1%", 6.1, "percent", "annual rise in Dublin apartment prices", unit=P, subject="Dublin", **AN)
a("11.3%", 11.3, "percent", "annual rise in Border region prices", unit=P, subject="Border", **AN)
a("4.0%", 4.0, "percent", "annual rise in Mid-East prices", unit=P, subject="Mid-East", **AN)
a("19.8%", 19.8, "percent", "national prices above the April 2007 peak", unit=P, **AN)
a(
    "more than doubled",
    2,
    "measure",
    "rise in prices since the 2013 low",
    q="more_than",
    unit="times",
    opt=True,
    **AN,
)
a("€335,000", 335000, "money", "median price paid by first-time buyers", unit="EUR", **AN)
a("€398,250", 398250, "money", "median price paid by former owner-occupiers", unit="EUR", **AN)
a(
    "fewer than one in five",
    20,
    "percent",
    "apartments' share of household purchases",
    q="less_than",
    unit=P,
    **AN,
)
TOPT = dict(opt=True)
a("6.4", 6.4, "percent", "national annual % change", unit=P, after="Table 1", **TOPT)
a("5.2", 5.2, "percent", "Dublin annual % change", unit=P, after="Table 1", **TOPT)
a("7.5", 7.5, "percent", "annual % change excluding Dublin", unit=P, after="Table 1", **TOPT)
a("11.3", 11.3, "percent", "Border annual % change", unit=P, after="Border: ", **TOPT)
a("4.0", 4.0, "percent", "Mid-East annual % change", unit=P, after="Mid-East: ", **TOPT)
a("€361,000", 361000, "money", "national median price", unit="EUR", after="Table 2", **TOPT)
a("49,806", 49806, "count", "national household dwelling purchases", **TOPT)
a("€480,000", 480000, "money", "Dublin median price", unit="EUR", **TOPT)
a("14,215", 14215, "count", "Dublin household dwelling purchases", **TOPT)
a("€315,000", 315000, "money", "median price in the rest of Ireland", unit="EUR", **TOPT)
a("35,591", 35591, "count", "household dwelling purchases in the rest of Ireland", **TOPT)
a("191.6", 191.6, "measure", "Residential Property Price Index level", period="January 2037")
a("100", 100, "measure", "index base", after="a base of ", opt=True)
a(
    "4.8%",
    4.8,
    "percent",
    "annual rise in EU house prices",
    unit=P,
    subject="EU",
    period="year to the third quarter of 2036",
    speaker="Eurostat",
    aliases=["Eurostat's House Price Index"],
)

GOLD.build()
