"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout15/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout13, see README.md): headline figures optional;
# the page's own voice and unnamed sources ("two people familiar with the matter", "some
# analysts estimate", "officials in the region say", "industry insiders", "fishermen and buyers
# say") have speaker None, judged sentence by sentence; in a transcript an unattributed sentence
# of a turn is the turn's speaker, the outlet that asks speaks for its question, a bare Q: is
# None, and a figure a question attributes is that source's (the outlet an alias); "according
# to X" is X; a figure an official relays from a minister, the Secretary or a colleague is
# theirs, dated the day they said it; every sentence of a multi-sentence quote, and a quote's
# second paragraph, is the quoted speaker's; date = the day the claim was stated ("on Monday",
# "yesterday" resolved against the publication day; "last week", "last month", "earlier this
# month", "in January" keep the publication day); time spans that only date a figure, compound
# adjectives and ordinals of consecutive runs are optional.

# 1500: MFA regular press conference (Tuesday 14 March 2028).
doc("1500_mfa-mao-ning-presscon-2028-03-14.txt", "2028-03-14", "Mao Ning", ["Mao"])
a(
    "15 consecutive years",
    15,
    "duration",
    "years as Chile's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "68.4 billion US dollars",
    68.4e9,
    "money",
    "China-Chile bilateral trade",
    unit="USD",
    period="last year",
)
a(
    "close to 40 percent",
    40,
    "percent",
    "Chile's share of China's imported copper concentrate",
    q="nearly",
    unit="percent",
    subject="Chile",
)
a(
    "more than 70 percent",
    70,
    "percent",
    "Chile's share of China's imported fresh cherries",
    q="more_than",
    unit="percent",
    subject="Chile",
)
a(
    "more than 21,000",
    21000,
    "count",
    "consular protection and assistance cases handled",
    q="more_than",
    period="since the beginning of this year",
)
a("over 2,600", 2600, "count", "Chinese citizens in distress helped home", q="more_than")
a(
    "about 140,000",
    140000,
    "count",
    "calls to the consular emergency call center",
    q="approximate",
    period="January and February",
)
a("18 percent", 18, "percent", "year-on-year rise in calls", unit="percent")
a("Some 1,200", 1200, "count", "visitors at the ministry's open day", q="approximate")
a("36", 36, "count", "universities whose students visited")
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi", "Mao Ning"], date="2028-03-13")
a(
    "exceeded 180 billion US dollars",
    180e9,
    "money",
    "China-Brazil bilateral trade",
    q="more_than",
    unit="USD",
    period="last year",
    **WY,
)
a(
    "around 70 percent",
    70,
    "percent",
    "Brazil's share of China's soybean imports",
    q="approximate",
    unit="percent",
    subject="Brazil",
    **WY,
)
a("more than 200", 200, "count", "Chinese-invested projects in Brazil", q="more_than", **WY)
a("some 60,000", 60000, "count", "local jobs created in Brazil", q="approximate", **WY)
USC = dict(
    speaker="US Commerce Department",
    aliases=["US Department of Commerce", "Commerce Department", "Bloomberg"],
)
a("27", 27, "count", "Chinese companies added to the Entity List", **USC)
a("more than 900", 900, "count", "Chinese entities on the Entity List", q="more_than", **USC)
SIPRI = dict(
    speaker="Stockholm International Peace Research Institute",
    aliases=["SIPRI", "AFP", "Agence France-Presse"],
    date="2028-03-13",
)
a(
    "5.9 percent",
    5.9,
    "percent",
    "China's share of global arms exports",
    unit="percent",
    subject="China",
    period="past five years",
    **SIPRI,
)
a("five years", 5, "duration", "period of the arms export share", unit="year", opt=True, **SIPRI)
a("44 percent", 44, "percent", "drop in China's arms imports", unit="percent", **SIPRI)
a(
    "at least 1.5 million tonnes",
    1.5e6,
    "measure",
    "US wheat booked by Chinese state buyers",
    q="at_least",
    unit="tonne",
    period="since February",
    speaker=None,
)
MCT = dict(
    speaker="Ministry of Culture and Tourism",
    aliases=["China's Ministry of Culture and Tourism", "Global Times"],
    date="2028-03-12",
)
a("two months", 2, "duration", "period of the inbound trips figure", unit="month", opt=True, **MCT)
a(
    "5.8 million",
    5.8e6,
    "count",
    "inbound tourist trips",
    period="first two months of this year",
    **MCT,
)
a("32 percent", 32, "percent", "year-on-year rise in inbound tourist trips", unit="percent", **MCT)
a("55", 55, "count", "countries granted unilateral visa-free entry", subject="China")
a("240-hour", 240, "duration", "visa-free transit period", unit="hour", opt=True)
a("65", 65, "count", "ports of entry applying visa-free transit")
a(
    "40 percent",
    40,
    "percent",
    "year-on-year rise in visa-free entries by foreign nationals",
    unit="percent",
    period="January and February",
    after="by foreign nationals rose ",
)

# 1501: SCIO press conference of the General Administration of Customs (Friday 14 April 2028).
doc(
    "1501_scio-customs-q1-trade-presscon-2028-04-14.txt",
    "2028-04-14",
    "Wang Lingjun",
    ["Wang", "Mr. Wang", "Wang Lingjun, vice minister of the General Administration of Customs"],
)
a(
    "10.62 trillion yuan",
    10.62e12,
    "money",
    "total import and export value",
    unit="CNY",
    subject="China",
    period="first quarter",
)
a("3.2%", 3.2, "percent", "year-on-year growth of total trade", unit="percent")
a("5.4%", 5.4, "percent", "rise in exports", unit="percent")
a("6.11 trillion yuan", 6.11e12, "money", "exports", unit="CNY")
a("0.3%", 0.3, "percent", "rise in imports", unit="percent")
a("4.51 trillion yuan", 4.51e12, "money", "imports", unit="CNY")
a("6.8%", 6.8, "percent", "growth of foreign trade in March", unit="percent", period="March")
a(
    "nearly a year",
    1,
    "duration",
    "period since a faster monthly pace",
    q="nearly",
    unit="year",
    opt=True,
)
a("5.43 trillion yuan", 5.43e12, "money", "trade with Belt and Road countries", unit="CNY")
a("51.1%", 51.1, "percent", "Belt and Road share of total trade", unit="percent")
a("57.8%", 57.8, "percent", "private enterprises' share of trade", unit="percent")
a("612,000", 612000, "count", "enterprises with import and export records")
a("about 21,000", 21000, "count", "increase in enterprises with trade records", q="approximate")
a(
    "10 percent",
    10,
    "percent",
    "planned cut in import clearance time",
    unit="percent",
    period="this year",
    speaker="Sun Meijun",
    aliases=["Minister Sun Meijun", "Wang Lingjun", "General Administration of Customs"],
)
a("31.6 hours", 31.6, "measure", "average import clearance time", unit="hour", period="March")
a(
    "9.1%",
    9.1,
    "percent",
    "China's share of US goods imports",
    unit="percent",
    period="2027",
    speaker="US Census Bureau",
    aliases=["Census Bureau", "Reuters"],
)
LY = dict(speaker="Lyu Daliang", aliases=["Lyu", "Mr. Lyu", "GAC spokesperson"])
a(
    "4.6%",
    4.6,
    "percent",
    "fall in China's exports to the United States",
    unit="percent",
    period="first quarter",
    **LY,
)
a("11.3%", 11.3, "percent", "growth of exports to ASEAN", unit="percent", **LY)
a("14.7%", 14.7, "percent", "growth of exports to Africa", unit="percent", **LY)
a("16.2%", 16.2, "percent", "ASEAN's share of China's foreign trade", unit="percent", **LY)
a(
    "as much as a quarter",
    25,
    "percent",
    "fall in rare earth shipments in March",
    q="at_most",
    unit="percent",
    speaker=None,
)
a(
    "14,300 tonnes",
    14300,
    "measure",
    "rare earth exports",
    unit="tonne",
    period="first quarter",
    **LY,
)
a("8.7%", 8.7, "percent", "year-on-year fall in rare earth exports", unit="percent", **LY)
a(
    "an estimated 620 billion yuan",
    620e9,
    "money",
    "cross-border e-commerce trade",
    q="approximate",
    unit="CNY",
    period="first quarter",
)
a("7.9%", 7.9, "percent", "growth of cross-border e-commerce trade", unit="percent")
a("More than 3,500", 3500, "count", "overseas warehouses run by Chinese companies", q="more_than")
a(
    "over 30 million square meters",
    30e6,
    "measure",
    "area of overseas warehouses",
    q="more_than",
    unit="square metre",
)
a("12", 12, "count", "more ports piloting new clearance models", after="new clearance models at ")
a(
    "1.7%",
    1.7,
    "percent",
    "expected growth of global merchandise trade volume",
    unit="percent",
    period="this year",
    speaker="World Trade Organization",
    aliases=["WTO", "National Business Daily"],
    date="2028-04-12",
)
a(
    "38.5%",
    38.5,
    "percent",
    "share of exporters reporting increased new orders",
    unit="percent",
    period="March",
    **LY,
)

# 1502: Pentagon press briefing (Tuesday 21 March 2028).
doc(
    "1502_pentagon-parnell-recruiting-briefing-2028-03-21.txt",
    "2028-03-21",
    "Sean Parnell",
    ["Parnell", "MR. PARNELL", "Chief Pentagon Spokesman Sean Parnell"],
)
a("three-day", 3, "duration", "length of the Secretary's trip", unit="day", opt=True)
PH = dict(
    speaker="Pete Hegseth",
    aliases=["Hegseth", "Secretary Hegseth", "Sean Parnell", "Parnell"],
    date="2028-03-19",
)
a(
    "$500 million",
    500e6,
    "money",
    "additional foreign military financing to the Philippines",
    unit="USD",
    **PH,
)
a(
    "more than 9,000",
    9000,
    "count",
    "U.S. service members in the Balikatan exercise",
    q="more_than",
    **PH,
)
a(
    "$961 billion",
    961e9,
    "money",
    "department budget request",
    unit="USD",
    period="fiscal year 2029",
)
a("$33 billion", 33e9, "money", "munitions in the budget request", unit="USD")
DW = dict(
    speaker="Dana Whitcombe",
    aliases=["Whitcombe", "General Whitcombe", "LT. GEN. WHITCOMBE", "Lt. Gen. Dana Whitcombe"],
)
a("61,500", 61500, "count", "Army recruiting goal", period="fiscal year 2028", **DW)
a(
    "four months",
    4,
    "duration",
    "time by which the goal was met early",
    unit="month",
    opt=True,
    **DW,
)
a("63,120", 63120, "count", "recruiting contracts", **DW)
a("roughly 66,000", 66000, "count", "expected recruits by year-end", q="approximate", **DW)
a(
    "more than 38,000",
    38000,
    "count",
    "Future Soldier Preparatory Course graduates",
    q="more_than",
    **DW,
)
a(
    "about 95%",
    95,
    "percent",
    "share of course graduates going on to basic training",
    q="approximate",
    unit="percent",
    **DW,
)
a("2,100", 2100, "count", "additional recruiters", **DW)
a(
    "about 77%",
    77,
    "percent",
    "young Americans not qualifying for service without a waiver",
    q="approximate",
    unit="percent",
    speaker="Government Accountability Office",
    aliases=["GAO", "Associated Press", "AP", "Lita Baldor"],
)
a(
    "13%",
    13,
    "percent",
    "propensity to serve among young Americans",
    unit="percent",
    period="this winter",
    **DW,
)
a("9%", 9, "percent", "propensity to serve two years ago", unit="percent", **DW)
a(
    "two years",
    2,
    "duration",
    "time since the earlier propensity figure",
    unit="year",
    opt=True,
    **DW,
)
a(
    "about $412 million",
    412e6,
    "money",
    "spending on enlistment bonuses",
    q="approximate",
    unit="USD",
    period="this fiscal year",
    **DW,
)
a("$50,000", 50000, "money", "largest single enlistment bonus", unit="USD", **DW)
a("14%", 14, "percent", "attrition in basic training", unit="percent", speaker=None)
a("about 11%", 11, "percent", "attrition in basic training", q="approximate", unit="percent", **DW)
a(
    "as many as 2,500",
    2500,
    "count",
    "U.S. troops that could move from Iraq to Erbil",
    q="at_most",
    speaker=None,
)

# 1503: UN News story on displacement in Haiti (Tuesday 4 April 2028).
doc("1503_un-news-haiti-displacement-2028-04-04.txt", "2028-04-04", None)
IOM = dict(
    speaker="International Organization for Migration",
    aliases=["IOM", "Displacement Tracking Matrix"],
)
a(
    "More than 1.4 million",
    1.4e6,
    "count",
    "people displaced inside Haiti",
    q="more_than",
    subject="Haiti",
    **IOM,
)
a(
    "24 per cent",
    24,
    "percent",
    "rise in internally displaced people",
    unit="percent",
    period="since October",
    **IOM,
)
a(
    "Over half",
    50,
    "percent",
    "share of displaced people who are children",
    q="more_than",
    unit="percent",
)
a(
    "some 78,000",
    78000,
    "count",
    "people who fled homes in Artibonite",
    q="approximate",
    period="March",
    **IOM,
)
a("nearly 200,000", 200000, "count", "displaced people sheltering in Port-au-Prince", q="nearly")
a("142", 142, "count", "spontaneous displacement sites in the capital")
OCHA = dict(
    speaker="UN Office for the Coordination of Humanitarian Affairs",
    aliases=["OCHA", "Stéphane Dujarric", "Dujarric", "UN Spokesperson"],
    date="2028-04-03",
)
a("5.7 million", 5.7e6, "count", "Haitians facing acute food insecurity", **OCHA)
a(
    "roughly half",
    50,
    "percent",
    "share of the population facing acute food insecurity",
    q="approximate",
    unit="percent",
    **OCHA,
)
a(
    "nine days",
    9,
    "duration",
    "suspension of humanitarian flights",
    unit="day",
    period="last month",
    speaker="Stéphane Dujarric",
    aliases=["Dujarric", "Mr. Dujarric", "UN Spokesperson"],
    date="2028-04-03",
)
UR = dict(
    speaker="Ulrika Richardson",
    aliases=["Resident Coordinator", "Stéphane Dujarric", "Dujarric"],
    date="2028-04-03",
)
a("31", 31, "count", "health centres closed in the capital", period="since January", **UR)
a(
    "about 40 per cent",
    40,
    "percent",
    "share of remaining facilities fully functional",
    q="approximate",
    unit="percent",
    **UR,
)
UNICEF = dict(speaker="UNICEF", aliases=["UN Children's Fund"])
a(
    "70 per cent",
    70,
    "percent",
    "rise in child recruitment by armed groups",
    unit="percent",
    period="past year",
    **UNICEF,
)
a(
    "as much as half",
    50,
    "percent",
    "share of children in some gangs' membership",
    q="at_most",
    unit="percent",
    **UNICEF,
)
a("$908 million", 908e6, "money", "humanitarian response plan requirement", unit="USD")
a("3.9 million", 3.9e6, "count", "people targeted by the response plan")
a(
    "9 per cent",
    9,
    "percent",
    "share of the response plan funded",
    unit="percent",
    speaker="Financial Tracking Service",
    aliases=[
        "OCHA's Financial Tracking Service",
        "OCHA",
        "UN Office for the Coordination of Humanitarian Affairs",
    ],
)
WFP = dict(speaker="World Food Programme", aliases=["WFP"])
a("300,000", 300000, "count", "people whose rations were reduced", period="March", **WFP)
a("150,000", 150000, "count", "children facing suspension of school meals", **WFP)
a("around 2,300", 2300, "count", "Gang Suppression Force personnel", q="approximate")
a("eight", 8, "count", "countries contributing personnel")
a("5,500", 5500, "count", "personnel authorized by the Security Council")

# 1504: Reuters story on Canada's March jobs report (Friday 7 April 2028).
doc("1504_reuters-canada-jobs-march-2028-04-07.txt", "2028-04-07", None)
SC = dict(speaker="Statistics Canada", aliases=["StatCan", "the statistics agency"])
a("41,000", 41000, "count", "jobs shed in March", opt=True, **SC)
a("7.3%", 7.3, "percent", "unemployment rate", unit="percent", opt=True, **SC)
a("41,200", 41200, "count", "jobs lost in March", subject="Canada", period="March", **SC)
a(
    "7.3%",
    7.3,
    "percent",
    "unemployment rate",
    unit="percent",
    after="unemployment rate rose to ",
    **SC,
)
a("12,000", 12000, "count", "forecast job gain")
a("7.1%", 7.1, "percent", "forecast jobless rate", unit="percent")
a("28,600", 28600, "count", "manufacturing positions shed", **SC)
a(
    "four straight months",
    4,
    "duration",
    "consecutive months of falling manufacturing employment",
    unit="month",
)
a("9,400", 9400, "count", "jobs lost in wholesale and retail trade")
GR = dict(speaker="Andrew Grantham", aliases=["Grantham", "CIBC Capital Markets"])
a(
    "25 basis points",
    25,
    "percent",
    "expected Bank of Canada rate cut",
    unit="basis point",
    period="June",
    **GR,
)
a("3.1%", 3.1, "percent", "year-on-year rise in average hourly wages", unit="percent", **SC)
a("3.6%", 3.6, "percent", "wage growth in February", unit="percent", period="February", **SC)
a("14.8%", 14.8, "percent", "youth unemployment rate", unit="percent")
a("0.4%", 0.4, "percent", "fall in the Canadian dollar", unit="percent")
a("1.3920", 1.392, "money", "Canadian dollar exchange rate to the US dollar", unit="CAD")
TM = dict(
    speaker="Tiff Macklem",
    aliases=["Macklem", "Bank of Canada Governor Tiff Macklem", "Bank of Canada"],
    date="2028-04-05",
)
a(
    "about 8%",
    8,
    "percent",
    "fall in exports to the United States",
    q="approximate",
    unit="percent",
    period="last six months",
    **TM,
)
a("six months", 6, "duration", "period of the export fall", unit="month", opt=True, **TM)
a(
    "more than a decade",
    10,
    "duration",
    "period since investment intentions were as weak",
    q="more_than",
    unit="year",
    opt=True,
    **TM,
)
LSEG = dict(speaker="LSEG", aliases=["LSEG data"])
a(
    "roughly 70%",
    70,
    "percent",
    "market-implied chance of an April rate cut",
    q="approximate",
    unit="percent",
    **LSEG,
)
a(
    "about 45%",
    45,
    "percent",
    "market-implied chance of a rate cut before the data",
    q="approximate",
    unit="percent",
    **LSEG,
)
FC = dict(speaker="François-Philippe Champagne", aliases=["Champagne", "Finance Minister"])
a("C$5 billion", 5e9, "money", "government workforce fund", unit="CAD", **FC)
a(
    "over 60,000",
    60000,
    "count",
    "workers helped to retrain",
    q="more_than",
    period="since October",
    **FC,
)
RM = dict(speaker="Royce Mendes", aliases=["Mendes", "Desjardins"])
a("about 28,000", 28000, "count", "standard error of the labor force survey", q="approximate", **RM)
a("3,000", 3000, "count", "average monthly job gains", period="since the start of the year", **RM)

# 1505: European Commission press release (Wednesday 29 March 2028).
doc("1505_ec-rrf-payment-romania-2028-03-29.txt", "2028-03-29", None)
a("€2.1 billion", 2.1e9, "money", "RRF disbursement to Romania", unit="EUR", opt=True)
a(
    "€2.1 billion",
    2.1e9,
    "money",
    "RRF disbursement to Romania",
    unit="EUR",
    after="European Commission disbursed ",
)
a("fourth", 4, "rank", "payment number under the RRF", opt=True)
a("€1.3 billion", 1.3e9, "money", "grants in the payment", unit="EUR")
a("€0.8 billion", 0.8e9, "money", "loans in the payment", unit="EUR")
a("eight", 8, "count", "thematic components of Romania's plan")
a("€28.5 billion", 28.5e9, "money", "total support for Romania's plan", unit="EUR")
a("€13.6 billion", 13.6e9, "money", "grants allocated to Romania", unit="EUR")
a("€14.9 billion", 14.9e9, "money", "loans allocated to Romania", unit="EUR")
a("€12.4 billion", 12.4e9, "money", "RRF funds received by Romania", unit="EUR")
a("43%", 43, "percent", "share of Romania's allocation received", unit="percent")
EC = dict(speaker="European Commission", aliases=["Commission", "Commission estimates"])
a(
    "passed €400 billion",
    400e9,
    "money",
    "RRF payments across Member States",
    q="more_than",
    unit="EUR",
    **EC,
)
a(
    "roughly two-thirds",
    66.67,
    "percent",
    "share of RRF funds paid",
    q="approximate",
    unit="percent",
    **EC,
)
a("64", 64, "count", "milestones and targets in the payment request")
a("6,800", 6800, "count", "rural households getting high-speed broadband")
a("420", 420, "count", "schools renovated for energy efficiency")
a(
    "about 15%",
    15,
    "percent",
    "expected reduction of special pensions",
    q="approximate",
    unit="percent",
)
a("61", 61, "count", "milestones and targets satisfactorily fulfilled")
a("three", 3, "count", "remaining milestones", after="For the remaining ")
a("€231 million", 231e6, "money", "payment suspended", unit="EUR")
a("six months", 6, "duration", "period to recover the suspended amount", unit="month", opt=True)
RF = dict(
    speaker="Raffaele Fitto",
    aliases=["Fitto", "Executive Vice-President Raffaele Fitto", "Executive Vice-President"],
)
a("almost 200,000", 200000, "count", "pupils in renovated classrooms", q="nearly", **RF)
a(
    "more than half",
    50,
    "percent",
    "share of Romania's plan still to complete",
    q="more_than",
    unit="percent",
    **RF,
)
a("five months", 5, "duration", "time left to complete the plan", unit="month", opt=True, **RF)
a(
    "around 0.3%",
    0.3,
    "percent",
    "annual budget saving from the pension reform (of GDP)",
    q="approximate",
    unit="percent",
    subject="Romania",
    speaker="Valdis Dombrovskis",
    aliases=["Dombrovskis", "Commissioner Dombrovskis"],
)
a("up to €650 billion", 650e9, "money", "RRF grants and loans", q="at_most", unit="EUR")
a(
    "up to 0.9%",
    0.9,
    "percent",
    "potential rise in EU GDP from the Facility",
    q="at_most",
    unit="percent",
    period="by 2026",
    **EC,
)

# 1506: Global Times article on commercial space launches (Tuesday 18 April 2028).
doc("1506_globaltimes-commercial-space-launches-2028-04-18.txt", "2028-04-18", None)
CNSA = dict(speaker="China National Space Administration", aliases=["CNSA"])
a("19", 19, "count", "commercial launches", subject="China", period="first quarter of 2028", **CNSA)
a(
    "more than double",
    2,
    "measure",
    "commercial launches relative to a year earlier",
    q="more_than",
    unit="times",
    opt=True,
    **CNSA,
)
a("46 percent", 46, "percent", "commercial share of Chinese launches", unit="percent", **CNSA)
a("31 percent", 31, "percent", "commercial share a year earlier", unit="percent", **CNSA)
a("214", 214, "count", "satellites sent into orbit", period="the quarter")
a("at least three", 3, "count", "companies planning booster recovery at sea", q="at_least")
a(
    "45-second",
    45,
    "duration",
    "Zhuque-3 static fire test",
    unit="second",
    opt=True,
    speaker="LandSpace",
    aliases=[],
    date="2028-04-17",
)
WYN = dict(speaker="Wang Ya'nan", aliases=["Wang", "Aerospace Knowledge"])
a("ten times", 10, "count", "flights of a reusable first stage", **WYN)
a(
    "around 20,000 yuan",
    20000,
    "money",
    "cost of sending a kilogram to low Earth orbit",
    q="approximate",
    unit="CNY",
    **WYN,
)
a(
    "roughly a third",
    33.33,
    "percent",
    "future launch cost relative to today",
    q="approximate",
    unit="percent",
    **WYN,
)
a(
    "more than 12 billion yuan",
    12e9,
    "money",
    "orders signed by commercial launch providers",
    q="more_than",
    unit="CNY",
    period="2027",
    **WYN,
)
a("165", 165, "count", "SpaceX launches", subject="SpaceX", period="last year", **WYN)
a(
    "11",
    11,
    "count",
    "missions at the Wenchang commercial launch site",
    period="this year",
    speaker="Hainan provincial government",
    aliases=["Hainan"],
)
a("exceed 40", 40, "count", "expected missions by year-end", q="more_than")
BJ = dict(
    speaker="Beijing Municipal Commission of Development and Reform",
    aliases=["Beijing Municipal Commission of Development and Reform (notice)"],
)
a(
    "up to 50 million yuan",
    50e6,
    "money",
    "subsidy per reusable rocket recovery",
    q="at_most",
    unit="CNY",
    **BJ,
)
a("more than 60", 60, "count", "commercial space companies in Yizhuang", q="more_than", **BJ)
a(
    "over 3 billion yuan",
    3e9,
    "money",
    "largest single funding round",
    q="more_than",
    unit="CNY",
    speaker="Song Zhongping",
    aliases=["Song"],
)
a("Two", 2, "count", "commercial launches that failed", period="2027")

# 1507: local newspaper page with two stories (Thursday 20 April 2028).
doc("1507_harbour-point-herald-two-stories-2028-04-20.txt", "2028-04-20", None)
a("Two", 2, "count", "library branches cutting evening hours")
a("four", 4, "count", "county library branches")
a("$186,000", 186000, "money", "cut in the library board's grant", unit="CAD")
LIB = dict(
    speaker="South Shore Public Libraries",
    aliases=["South Shore Public Libraries board", "library board"],
)
a("7 per cent", 7, "percent", "cut as share of library operating funding", unit="percent", **LIB)
a(
    "about 41,000",
    41000,
    "count",
    "evening visits at two branches",
    q="approximate",
    period="last year",
    speaker="Anita Corkum",
    aliases=["Corkum"],
    date="2028-04-18",
)
EH = dict(
    speaker="Errol Hiltz",
    aliases=["Hiltz", "Warden Errol Hiltz", "the warden"],
    date="2028-04-19",
)
a("$2.4 million", 2.4e6, "money", "county budget shortfall", unit="CAD", **EH)
a("third year", 3, "rank", "consecutive year of frozen equalization grant", opt=True, **EH)
a("$74", 74, "money", "average rise in residential tax bills", unit="CAD", **EH)
a(
    "$58,000",
    58000,
    "money",
    "cost of keeping evening hours at the Bridgewater branch",
    unit="CAD",
    speaker="Shelley Young",
    aliases=["Young", "Deputy warden Shelley Young"],
)
a("four", 4, "count", "library branches", after="usage at all ", opt=True, **LIB)
a("12 per cent", 12, "percent", "rise in library usage", unit="percent", period="since 2025", **LIB)
a("roughly a fifth", 20, "percent", "fall in lobster landings", q="approximate", unit="percent")
DFO = dict(
    speaker="Fisheries and Oceans Canada",
    aliases=["DFO", "Department of Fisheries and Oceans"],
    date="2028-04-17",
)
a("3.8 million pounds", 3.8e6, "measure", "lobster landings in LFA 33", unit="pound", **DFO)
a("4.7 million pounds", 4.7e6, "measure", "lobster landings a year earlier", unit="pound", **DFO)
a("three", 3, "count", "crew members", opt=True)
TP = dict(speaker="Travis Publicover", aliases=["Publicover"])
a(
    "about 900 pounds",
    900,
    "measure",
    "daily catch in December",
    q="approximate",
    unit="pound",
    **TP,
)
a("300", 300, "measure", "daily catch now", unit="pound", **TP)
a("nearly $1,000", 1000, "money", "bait cost per trip", q="nearly", unit="CAD", **TP)
DM = dict(speaker="Dale Mosher", aliases=["Mosher", "South Shore Seafoods"])
a("$7.25", 7.25, "money", "lobster shore price", unit="CAD", **DM)
a("$8.50", 8.5, "money", "shore price at the start of the month", unit="CAD", **DM)
a(
    "about 40 per cent",
    40,
    "percent",
    "China's share of Nova Scotia's live lobster exports",
    q="approximate",
    unit="percent",
    period="2027",
    **DM,
)

GOLD.build()
