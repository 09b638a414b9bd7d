"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout33/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout31, see README.md): headline, standfirst and
# summary-bullet figures optional; the page's own voice and unnamed sources ("officials say",
# "Officials in Sichuan province said", "a local official, who asked not to be named", "people
# familiar with the matter", "Congressional aides say") have speaker None, judged sentence by
# sentence; a release's narrative is the page's voice except "X announced today"; in a transcript
# the turn's speaker speaks for the turn, the outlet that asks speaks for its question, and a
# figure a question attributes is that source's (the outlet and journalist aliases); "according
# to X" / "the report says" / "figures from X show" are X; a figure an official relays from a
# named superior (a minister, the Secretary) is the superior's, dated the day said; every sentence
# of a multi-sentence quote is the quoted speaker's; "he said" / "she added" carry the speaker
# and the day given before; date = the day the claim was stated ("on Monday", "yesterday", "last
# Thursday", "last Friday"), "last week", "last month", "earlier this month" keep the publication
# day; time spans that only date a figure, compound adjectives, ages, multipliers, thresholds and
# vote tallies are optional.

# 3300: MOFCOM regular press conference (Thursday 18 March 2032).
doc(
    "3300_mofcom-he-yongqian-presscon-2032-03-18.txt",
    "2032-03-18",
    "He Yongqian",
    ["Spokesperson of the Ministry of Commerce", "MOFCOM", "Ministry of Commerce"],
)
a("11", 11, "count", "other departments co-organizing the Spring Shopping Festival")
a("More than 3,000", 3000, "count", "promotional events planned", q="more_than")
a("180", 180, "count", "cities hosting events")
NBS = dict(speaker="National Bureau of Statistics", aliases=["NBS", "He Yongqian"])
a(
    "7.4 percent",
    7.4,
    "percent",
    "year-on-year rise in online retail sales of physical goods",
    unit="percent",
    period="first two months of this year",
    **NBS,
)
a(
    "two months",
    2,
    "duration",
    "period of the online sales figure",
    unit="month",
    opt=True,
    after="7.4 percent",
    **NBS,
)
a("41 million", 41e6, "count", "home appliances sold under the trade-in program")
a(
    "9,870",
    9870,
    "count",
    "new foreign-invested enterprises established",
    period="January to February",
)
a(
    "12.6 percent",
    12.6,
    "percent",
    "year-on-year rise in new foreign-invested enterprises",
    unit="percent",
)
a("142.3 billion yuan", 142.3e9, "money", "actual use of foreign capital", unit="CNY")
a("18 percent", 18, "percent", "growth of investment from ASEAN countries", unit="percent")
a("9.5 percent", 9.5, "percent", "growth of investment from the European Union", unit="percent")
GAC = dict(speaker="General Administration of Customs", aliases=["CCTV", "GAC"], date="2032-03-15")
a(
    "51.2 percent",
    51.2,
    "percent",
    "share of exports to Belt and Road partner countries",
    unit="percent",
    **GAC,
)
a(
    "two months",
    2,
    "duration",
    "period of the export share",
    unit="month",
    opt=True,
    after="51.2 percent",
    **GAC,
)
WW = dict(speaker="Wang Wentao", aliases=["Minister Wang Wentao", "He Yongqian"], date="2032-03-16")
a("31", 31, "count", "countries and regions with free trade agreements with China", **WW)
a(
    "more than 20 percent",
    20,
    "percent",
    "growth of services trade with partner countries",
    q="more_than",
    unit="percent",
    period="last year",
    **WW,
)
a(
    "some 150",
    150,
    "count",
    "trade fairs and matchmaking events abroad to be supported",
    q="approximate",
    **WW,
)
a(
    "38 percent",
    38,
    "percent",
    "share of EU Chamber members planning to cut costs in China",
    unit="percent",
    speaker="European Union Chamber of Commerce in China",
    aliases=["Bloomberg", "EU Chamber"],
)
a(
    "64 billion yuan",
    64e9,
    "money",
    "actual investment from the EU in China",
    unit="CNY",
    period="last year",
)
a("nearly 2,600", 2600, "count", "new enterprises set up by European companies", q="nearly")
a(
    "nearly doubled",
    2,
    "measure",
    "rise in vehicle shipments from Nansha port",
    q="nearly",
    unit="times",
    speaker="Phoenix TV",
    aliases=[],
    opt=True,
)
CAAM = dict(
    speaker="China Association of Automobile Manufacturers", aliases=["CAAM", "He Yongqian"]
)
a("1.12 million", 1.12e6, "count", "new energy vehicles exported", **CAAM)
a(
    "two months",
    2,
    "duration",
    "period of the NEV exports",
    unit="month",
    opt=True,
    after="1.12 million",
    **CAAM,
)
a("33 percent", 33, "percent", "year-on-year rise in NEV exports", unit="percent", **CAAM)
a(
    "about two-thirds",
    66.67,
    "percent",
    "share of NEV exports going to emerging markets",
    q="approximate",
    unit="percent",
)
a(
    "26",
    26,
    "count",
    "Chinese entities to be added to the US export control list",
    speaker="US Commerce Department",
    aliases=["Reuters", "U.S. Department of Commerce"],
    date="2032-03-17",
)
a(
    "more than 90",
    90,
    "count",
    "Chinese entities added to US restriction lists this year",
    q="more_than",
)
a("6.8 percent", 6.8, "percent", "growth of services retail sales", unit="percent")
a(
    "2.9 percentage points",
    2.9,
    "percent",
    "gap between services and goods retail sales growth",
    unit="percentage point",
)
a("nine days", 9, "duration", "length of the Spring Festival holiday", unit="day", opt=True)
a(
    "896 billion yuan",
    896e9,
    "money",
    "holiday sales of key retail and catering enterprises",
    unit="CNY",
)
SQ = dict(speaker="Sheng Qiuping", aliases=["Vice Minister Sheng Qiuping", "He Yongqian"])
a(
    "46 percent",
    46,
    "percent",
    "share of services in per capita consumer spending",
    unit="percent",
    **SQ,
)
a(
    "50 percent",
    50,
    "percent",
    "target share of services in consumer spending by 2035",
    q="more_than",
    unit="percent",
    **SQ,
)

# 3301: Pentagon press briefing transcript (Tuesday 13 April 2032).
doc(
    "3301_pentagon-press-briefing-2032-04-13.txt",
    "2032-04-13",
    "Dana Whitcomb",
    ["Pentagon Press Secretary", "Whitcomb"],
)
a("1,400", 1400, "count", "additional troops deployed to Poland and the Baltic states")
a("nine-month", 9, "duration", "length of the rotation", unit="month", opt=True)
a("roughly 21,000", 21000, "count", "U.S. personnel on NATO's eastern flank", q="approximate")
RC = dict(
    speaker="Raymond Caldwell", aliases=["Secretary Caldwell", "Dana Whitcomb"], date="2032-04-12"
)
a(
    "more than doubled",
    2,
    "measure",
    "rise in monthly artillery shell production",
    q="more_than",
    unit="times",
    opt=True,
    **RC,
)
a("about 84,000", 84000, "count", "artillery rounds produced a month", q="approximate", **RC)
a("100,000", 100000, "count", "monthly artillery shell production goal", **RC)
a("41,300", 41300, "count", "new soldiers signed by the Army this fiscal year", **RC)
a("61,000", 61000, "count", "Army full-year recruiting goal", **RC)
MO = dict(speaker="Marcus Oyelaran", aliases=["Brig. Gen. Marcus Oyelaran", "Oyelaran"])
a("eight days", 8, "duration", "time since Typhoon Amihan's landfall", unit="day", opt=True, **MO)
a("312", 312, "count", "relief sorties flown by U.S. forces", **MO)
a(
    "more than 1.8 million pounds",
    1.8e6,
    "measure",
    "relief supplies delivered",
    q="more_than",
    unit="pound",
    **MO,
)
a("2,300", 2300, "count", "U.S. service members involved in the relief effort", **MO)
a("three", 3, "count", "locations the relief effort operates from", after="operating from ", **MO)
a(
    "some 640,000",
    640000,
    "count",
    "people displaced in the Philippines",
    q="approximate",
    speaker="Philippine government",
    aliases=["Marcus Oyelaran"],
)
a("1,150", 1150, "count", "people evacuated by U.S. helicopters", **MO)
a(
    "487",
    487,
    "count",
    "death toll of Typhoon Amihan",
    speaker="Philippine disaster agency",
    aliases=["Associated Press", "Lita Baptiste"],
    date="2032-04-11",
)
a(
    "at least 30 days",
    30,
    "duration",
    "planned further stay of U.S. forces",
    q="at_least",
    unit="day",
    **MO,
)
a(
    "about $46 million",
    46e6,
    "money",
    "cost of the relief effort so far",
    q="approximate",
    unit="USD",
    **MO,
)
a(
    "14 months",
    14,
    "duration",
    "delay of the Army's shell program",
    unit="month",
    speaker="Government Accountability Office",
    aliases=["GAO", "Breaking Defense", "Tom Rydell"],
)
a("40 years", 40, "duration", "period of comparison for shell production", unit="year", opt=True)
a(
    "more than $5 billion",
    5e9,
    "money",
    "industrial base investments so far",
    q="more_than",
    unit="USD",
)
a(
    "around $12.5 billion",
    12.5e9,
    "money",
    "size of the supplemental request",
    q="approximate",
    unit="USD",
    speaker=None,
)
NAVY = dict(speaker="U.S. Navy", aliases=["Navy", "Reuters", "Oren"])
a(
    "about 3,000",
    3000,
    "count",
    "sailors by which the Navy would miss its recruiting goal",
    q="approximate",
    **NAVY,
)
a(
    "fewer than 2,000",
    2000,
    "count",
    "Navy recruiting shortfall",
    q="less_than",
    speaker="U.S. Navy",
    aliases=["Navy", "Dana Whitcomb"],
)
a("four", 4, "count", "Marines on board the crashed Osprey", after="There were ")
a("four", 4, "count", "Marines taken to hospital", after="All ")
a("two", 2, "count", "Marines in serious condition", after="taken to hospital, and ")

# 3302: CGTN article on free preschool education (Wednesday 12 May 2032).
doc("3302_cgtn-free-preschool-policy-2032-05-12.txt", "2032-05-12", None)
a("two years", 2, "duration", "years of free preschool education", unit="year", opt=True)
a("24 million", 24e6, "count", "children covered by free preschool", opt=True)
a(
    "two years",
    2,
    "duration",
    "final years of public kindergarten made free",
    unit="year",
    after="final ",
)
a("4,800 yuan", 4800, "money", "average saving per child a year", unit="CNY")
a("about 24 million", 24e6, "count", "children in public kindergartens covered", q="approximate")
WJ = dict(
    speaker="Wang Jiayi",
    aliases=["Vice Minister of Education Wang Jiayi", "Wang"],
    date="2032-05-11",
)
a(
    "61.5 billion yuan",
    61.5e9,
    "money",
    "central government allocation for the policy",
    unit="CNY",
    period="2032",
    **WJ,
)
a(
    "92.6 percent",
    92.6,
    "percent",
    "gross enrollment rate for preschool education",
    unit="percent",
    period="last year",
    **WJ,
)
a("85.2 percent", 85.2, "percent", "gross enrollment rate five years ago", unit="percent", **WJ)
a("five years", 5, "duration", "comparison period", unit="year", opt=True, **WJ)
a(
    "two years",
    2,
    "duration",
    "years of fees removed",
    unit="year",
    after="Removing fees for ",
    **WJ,
)
a(
    "above 95 percent",
    95,
    "percent",
    "target preschool enrollment rate by 2035",
    q="more_than",
    unit="percent",
    **WJ,
)
a(
    "roughly 20,000",
    20000,
    "count",
    "fall in the number of kindergartens since 2028",
    q="approximate",
    **WJ,
)
LH = dict(speaker="Liu Haiyan", aliases=["Ministry of Finance", "Liu"], date="2032-05-11")
a(
    "80 percent",
    80,
    "percent",
    "central share of the cost in western provinces",
    unit="percent",
    **LH,
)
a(
    "60 percent",
    60,
    "percent",
    "central share of the cost in central provinces",
    unit="percent",
    **LH,
)
a("30 percent", 30, "percent", "central share of the cost in eastern provinces", unit="percent")
a(
    "1,200 yuan",
    1200,
    "money",
    "extra funding per pupil a year for public kindergartens",
    unit="CNY",
    **LH,
)
MOE = dict(speaker="Ministry of Education", aliases=[])
a("2.93 million", 2.93e6, "count", "kindergarten teachers in China", **MOE)
a("about 13", 13, "count", "children per kindergarten teacher", q="approximate", **MOE)
YF = dict(speaker="Yang Fan", aliases=["Yang"])
a(
    "10 to 15 percent",
    10,
    "percent",
    "share of disposable income spent on kindergarten fees",
    unit="percent",
    low=10,
    high=15,
    **YF,
)
a("six", 6, "count", "provinces covered by the survey", after="last year in ", **YF)
a(
    "nearly 40 percent",
    40,
    "percent",
    "share of one-child parents citing education costs for not having a second",
    q="nearly",
    unit="percent",
    **YF,
)
a(
    "18",
    18,
    "duration",
    "age to which child-raising costs are estimated",
    unit="year",
    opt=True,
    speaker="Zhou Ming",
    aliases=["Zhou"],
)
a(
    "more than 680,000 yuan",
    680000,
    "money",
    "cost of raising a child for an urban family",
    q="more_than",
    unit="CNY",
    speaker="Zhou Ming",
    aliases=["Zhou"],
)
a(
    "more than 9,000",
    9000,
    "count",
    "kindergartens in Sichuan to stop charging fees",
    q="more_than",
    date="2032-05-11",
)
NBS2 = dict(speaker="National Bureau of Statistics", aliases=["NBS"])
a(
    "eighth consecutive year",
    8,
    "duration",
    "consecutive years of population decline",
    unit="year",
    opt=True,
    **NBS2,
)
a("1.391 billion", 1.391e9, "count", "China's population", period="2031", **NBS2)
a("8.47 million", 8.47e6, "count", "births last year")

# 3303: AFP story on reverse migration through Panama (Thursday 3 June 2032).
doc("3303_afp-panama-reverse-migration-2032-06-03.txt", "2032-06-03", None)
PAN = dict(
    speaker="Panamanian government",
    aliases=["National Migration Service", "Panama's National Migration Service"],
)
a(
    "Nearly 14,000",
    14000,
    "count",
    "migrants crossing Panama from north to south since January",
    q="nearly",
    **PAN,
)
a(
    "almost five times",
    5,
    "measure",
    "southbound crossings relative to last year",
    q="nearly",
    unit="times",
    opt=True,
)
a(
    "more than 520,000",
    520000,
    "count",
    "people who crossed the Darien northward at the peak",
    q="more_than",
)
RM = dict(speaker="Roger Mojica", aliases=["Mojica", "National Migration Service"])
a(
    "About 70 percent",
    70,
    "percent",
    "share of southbound migrants who are Venezuelan",
    q="approximate",
    unit="percent",
    **RM,
)
a(
    "two or three years",
    2,
    "duration",
    "time migrants spent trying to get north",
    unit="year",
    low=2,
    high=3,
    **RM,
)
a("46", 46, "count", "chartered boat trips organized since March", **RM)
a("up to 200", 200, "count", "passengers per boat trip", q="at_most", **RM)
a("$3.8 million", 3.8e6, "money", "government spending on the boat operation", unit="USD", **RM)
a("1,120", 1120, "count", "people crossing the Darien northward this year", **PAN)
a("five months", 5, "duration", "period of the northbound crossings", unit="month", opt=True, **PAN)
a(
    "more than 150,000",
    150000,
    "count",
    "northbound Darien crossings in the same period of 2030",
    q="more_than",
    **PAN,
)
ABC = dict(speaker="Ana Beatriz Correa", aliases=["UNHCR", "Correa"])
a(
    "312",
    312,
    "count",
    "cases of robbery, extortion or sexual violence on the southbound route",
    **ABC,
)
a(
    "One in four",
    25,
    "percent",
    "share of returning migrants with no home to go back to",
    unit="percent",
    **ABC,
)
IOM = dict(speaker="International Organization for Migration", aliases=["IOM"])
a("about 9,500", 9500, "count", "returning migrants helped by the IOM", q="approximate", **IOM)
a("$18 million", 18e6, "money", "IOM funding need through December", unit="USD", **IOM)
a("22 percent", 22, "percent", "share of the IOM appeal funded", unit="percent", **IOM)
a("more than 600", 600, "count", "migrants received in Necocli last week", q="more_than")
a("four days", 4, "duration", "period of the arrivals", unit="day", opt=True)
a("150", 150, "count", "capacity of the Necocli shelter", after="room for ")
CMA = dict(speaker="Colombia's Migration Agency", aliases=["Migracion Colombia"], date="2032-05-28")
a("around 2.8 million", 2.8e6, "count", "Venezuelans living in Colombia", q="approximate", **CMA)
a("2.9 million", 2.9e6, "count", "peak number of Venezuelans in Colombia", period="2024", **CMA)
a("120,000", 120000, "count", "Venezuelans expected to return from the north", **CMA)
YM = dict(speaker="Yusneidy Marcano", aliases=["Marcano"])
a("27", 27, "duration", "age of Yusneidy Marcano", unit="year", opt=True)
a(
    "nine months",
    9,
    "duration",
    "time spent in Mexico waiting for an asylum appointment",
    unit="month",
    **YM,
)
a("$4,000", 4000, "money", "amount paid to get to the US border", unit="USD", **YM)
a("three-year-old", 3, "duration", "age of Marcano's son", unit="year", opt=True)
a(
    "More than 7.9 million",
    7.9e6,
    "count",
    "Venezuelans who have left their country since 2014",
    q="more_than",
    speaker="United Nations",
    aliases=["UN"],
)

# 3304: WTO press release on the Global Trade Outlook (Thursday 15 April 2032).
doc("3304_wto-global-trade-outlook-2032-04-15.txt", "2032-04-15", None)
WTO = dict(speaker="World Trade Organization", aliases=["WTO"])
a(
    "1.8%",
    1.8,
    "percent",
    "world merchandise trade volume growth in 2032",
    unit="percent",
    opt=True,
    **WTO,
)
a(
    "1.8%",
    1.8,
    "percent",
    "world merchandise trade volume growth",
    unit="percent",
    period="2032",
    after="grow by ",
    **WTO,
)
a(
    "3.1%",
    3.1,
    "percent",
    "world merchandise trade volume growth",
    unit="percent",
    period="2031",
    **WTO,
)
a("2.6%", 2.6, "percent", "projected trade growth", unit="percent", period="2033")
a(
    "US$ 26.4 trillion",
    26.4e12,
    "money",
    "value of world merchandise exports",
    unit="USD",
    period="2031",
    **WTO,
)
a("7%", 7, "percent", "rise in commercial services exports", unit="percent", **WTO)
a("US$ 9.1 trillion", 9.1e12, "money", "commercial services exports", unit="USD", **WTO)
a("five consecutive years", 5, "duration", "years services trade outgrew goods trade", unit="year")
AD = dict(speaker="Amina Diallo", aliases=["Director-General Amina Diallo", "WTO"])
a(
    "more than tripled",
    3,
    "measure",
    "rise in share of imports covered by new restrictions",
    q="more_than",
    unit="times",
    opt=True,
    **AD,
)
a(
    "around 14%",
    14,
    "percent",
    "share of world imports covered by new restrictive measures",
    q="approximate",
    unit="percent",
    **AD,
)
a(
    "4.7%",
    4.7,
    "percent",
    "export growth of developing economies",
    unit="percent",
    period="last year",
    **AD,
)
a(
    "nearly 30%",
    30,
    "percent",
    "share of trade among developing economies in world trade",
    q="nearly",
    unit="percent",
    **AD,
)
a("3.2%", 3.2, "percent", "rise in Asia's export volumes", unit="percent", period="this year")
a("2.4%", 2.4, "percent", "fall in North America's imports", unit="percent")
a("0.6%", 0.6, "percent", "rise in Europe's exports", unit="percent")
a("2.9%", 2.9, "percent", "growth of Africa's exports", unit="percent", **WTO)
MK = dict(speaker="Matthias Keller", aliases=["WTO Chief Economist Matthias Keller", "Keller"])
a(
    "24%",
    24,
    "percent",
    "growth of trade in AI-related goods in value terms",
    unit="percent",
    period="2031",
    **MK,
)
a(
    "about 15%",
    15,
    "percent",
    "share of AI-related goods in global goods trade",
    q="approximate",
    unit="percent",
    **MK,
)
a(
    "roughly 0.5%",
    0.5,
    "percent",
    "contraction of world goods trade excluding AI products",
    q="approximate",
    unit="percent",
    period="last year",
    **MK,
)
a(
    "1.5 percentage points",
    1.5,
    "percent",
    "cut to trade growth in the downside scenario",
    unit="percentage point",
    **MK,
)
a(
    "up to 0.8%",
    0.8,
    "percent",
    "rise in global GDP from a tariff rollback",
    q="at_most",
    unit="percent",
    speaker="Matthias Keller",
    aliases=["Keller", "WTO", "WTO economists"],
)
a("9%", 9, "percent", "rise in digitally delivered services exports", unit="percent", **WTO)
a("US$ 5.2 trillion", 5.2e12, "money", "digitally delivered services exports", unit="USD", **WTO)
a(
    "57%",
    57,
    "percent",
    "share of digitally delivered services in services exports",
    unit="percent",
    **WTO,
)
a("1%", 1, "percent", "growth of transport services", unit="percent", after="grew only ")
a("11%", 11, "percent", "rise in travel receipts", unit="percent")
a("141", 141, "count", "economies covered by the Global Trade Model")

# 3305: New Zealand Government media release, two ministers (Monday 19 July 2032).
doc("3305_beehive-flood-resilience-fund-2032-07-19.txt", "2032-07-19", None)
a("$420 million", 420e6, "money", "Flood Resilience Co-investment Fund", unit="NZD", opt=True)
a(
    "$420 million",
    420e6,
    "money",
    "Government commitment to flood protection",
    unit="NZD",
    after="committing ",
    speaker="Mere Tapsell",
    aliases=["Grant Holloway"],
)
a(
    "four years",
    4,
    "duration",
    "period of the commitment",
    unit="year",
    opt=True,
    speaker="Mere Tapsell",
    aliases=["Grant Holloway"],
)
a(
    "up to 60 per cent",
    60,
    "percent",
    "share of project costs the fund will pay",
    q="at_most",
    unit="percent",
)
a("Around 35", 35, "count", "priority projects identified", q="approximate")
a("14", 14, "count", "regions with priority projects", after="projects in ")
MT = dict(speaker="Mere Tapsell", aliases=["Ms Tapsell", "Tapsell"])
a(
    "more than $14 billion",
    14e9,
    "money",
    "losses from severe weather since 2023",
    q="more_than",
    unit="NZD",
    **MT,
)
a(
    "More than 750,000",
    750000,
    "count",
    "New Zealanders living in areas of high flood risk",
    q="more_than",
    **MT,
)
a(
    "one-in-100-year",
    100,
    "duration",
    "return period of the flood risk",
    unit="year",
    opt=True,
    **MT,
)
a(
    "between $4 and $7",
    4,
    "money",
    "recovery costs saved per dollar spent on protection",
    unit="NZD",
    low=4,
    high=7,
    speaker="Treasury",
    aliases=["Mere Tapsell", "New Zealand Treasury", "The Treasury"],
)
GH = dict(speaker="Grant Holloway", aliases=["Mr Holloway", "Holloway"])
a("12,000", 12000, "count", "ratepayers of a district council", **GH)
a("$60 million", 60e6, "money", "cost of a stopbank upgrade", unit="NZD", **GH)
a(
    "fewer than 20,000",
    20000,
    "count",
    "ratepayer threshold for lower co-funding",
    q="less_than",
    opt=True,
    **GH,
)
a(
    "up to 80 per cent",
    80,
    "percent",
    "share of project costs available to small councils",
    q="at_most",
    unit="percent",
    **GH,
)
a(
    "about $2.3 billion",
    2.3e9,
    "money",
    "local government spending on flood protection",
    q="approximate",
    unit="NZD",
    period="past ten years",
    **GH,
)
a("ten years", 10, "duration", "period of the spending", unit="year", opt=True, **GH)
a(
    "9.8 per cent",
    9.8,
    "percent",
    "average rates rise in affected districts",
    unit="percent",
    period="last year",
    **GH,
)
a(
    "$1.1 billion",
    1.1e9,
    "money",
    "funding committed to recovery from the 2023 weather events",
    unit="NZD",
)
a("18", 18, "count", "engineers and analysts working on the fund", after="a team of ")
ICNZ = dict(speaker="Insurance Council of New Zealand", aliases=["ICNZ"])
a(
    "$612 million",
    612e6,
    "money",
    "weather-related insurance claims",
    unit="NZD",
    period="2031",
    **ICNZ,
)
a("third-highest", 3, "rank", "rank of 2031 for weather-related claims", **ICNZ)
a("35", 35, "count", "priority projects", after="A list of the ")

# 3306: Bloomberg story on an insurer's half-year results (Thursday 5 August 2032).
doc("3306_bloomberg-harcourt-life-results-2032-08-05.txt", "2032-08-05", None)
a("£750 Million", 750e6, "money", "new share buyback", unit="GBP", opt=True)
a("14%", 14, "percent", "rise in first-half operating profit", unit="percent", opt=True)
a("£1.92 billion", 1.92e9, "money", "first-half operating profit", unit="GBP", opt=True)
a(
    "£750 million",
    750e6,
    "money",
    "new share buyback",
    unit="GBP",
    opt=True,
    after="share buyback of ",
)
a("31%", 31, "percent", "rise in Asia sales", unit="percent", opt=True)
HL = dict(
    speaker="Harcourt Life Group", aliases=["Harcourt Life", "Harcourt", "Harcourt Life Group Plc"]
)
a(
    "£750 million",
    750e6,
    "money",
    "additional return to shareholders",
    unit="GBP",
    after="return another ",
    **HL,
)
a(
    "14%",
    14,
    "percent",
    "rise in adjusted operating profit",
    unit="percent",
    after="Adjusted operating profit rose ",
    **HL,
)
a(
    "£1.92 billion",
    1.92e9,
    "money",
    "adjusted operating profit",
    unit="GBP",
    period="six months through June",
    after="Adjusted operating profit rose ",
    **HL,
)
a("six months", 6, "duration", "reporting period", unit="month", opt=True, **HL)
a("£1.81 billion", 1.81e9, "money", "average analyst estimate of operating profit", unit="GBP")
a("11", 11, "count", "analysts surveyed by Bloomberg", after="estimate of ")
a("8%", 8, "percent", "rise in the interim dividend", unit="percent")
a("11.6 pence", 0.116, "money", "interim dividend per share", unit="GBP")
a(
    "as much as 6.3%",
    6.3,
    "percent",
    "intraday rise in Harcourt shares",
    q="at_most",
    unit="percent",
)
a(
    "about £17.4 billion",
    17.4e9,
    "money",
    "market value of Harcourt Life",
    q="approximate",
    unit="GBP",
)
a("22%", 22, "percent", "gain in Harcourt shares this year", unit="percent")
HLi = dict(speaker="Hannah Lindgren", aliases=["Lindgren", "Harcourt Life Group"])
a(
    "31%",
    31,
    "percent",
    "rise in new business profit in Asia",
    unit="percent",
    after="region jumped ",
    **HLi,
)
a("£486 million", 486e6, "money", "new business profit in Asia", unit="GBP", **HLi)
a(
    "more than doubled",
    2,
    "measure",
    "rise in Hong Kong sales to mainland Chinese visitors",
    q="more_than",
    unit="times",
    opt=True,
)
a("about 4,200", 4200, "count", "agents added in India in the half", q="approximate")
a("19,000", 19000, "count", "Harcourt agents in India")
a("15 years", 15, "duration", "time since such demand was last seen", unit="year", opt=True, **HLi)
a(
    "more than half",
    50,
    "percent",
    "Asia's share of group new business profit by 2034",
    q="more_than",
    unit="percent",
    **HLi,
)
DO = dict(speaker="Daniel Osei", aliases=["Osei", "Harcourt Life Group"])
a("204%", 204, "percent", "Solvency II capital ratio", unit="percent", **DO)
a(
    "160% to 180%",
    160,
    "percent",
    "target range of the Solvency II ratio",
    unit="percent",
    low=160,
    high=180,
    **DO,
)
a("12 months", 12, "duration", "time to complete the buyback", unit="month", **DO)
a("£3.4 billion", 3.4e9, "money", "bulk annuity deals written in the half", unit="GBP")
a("£5.1 billion", 5.1e9, "money", "bulk annuity deals a year earlier", unit="GBP")
a(
    "about £2 billion",
    2e9,
    "money",
    "possible value of a pension buyout deal",
    q="approximate",
    unit="GBP",
)
JEF = dict(speaker="Jefferies", aliases=["Farooq Hanif", "Analysts at Jefferies"])
a("£1.1 billion", 1.1e9, "money", "cash generation", unit="GBP", **JEF)
a(
    "about 10%",
    10,
    "percent",
    "cash generation ahead of the Jefferies forecast",
    q="approximate",
    unit="percent",
    **JEF,
)
a(
    "roughly 40%",
    40,
    "percent",
    "share of illiquid assets in annuity portfolios",
    q="approximate",
    unit="percent",
    speaker="Prudential Regulation Authority",
    aliases=["PRA"],
    date="2032-08-04",
)

# 3307: Canadian local newspaper page, council housing and police stories (Thursday 9 September
# 2032).
doc("3307_port-ardent-courier-two-stories-2032-09-09.txt", "2032-09-09", None)
a("64-unit", 64, "count", "units in the modular housing project", opt=True)
a(
    "64-unit",
    64,
    "count",
    "units in the modular housing development",
    opt=True,
    after="go-ahead to a ",
)
a("7-2", 7, "count", "council votes in favour of the plan", opt=True)
a(
    "more than two hours",
    2,
    "duration",
    "length of the council debate",
    q="more_than",
    unit="hour",
    opt=True,
)
a("11", 11, "count", "residents who made presentations", after="presentations from ")
a(
    "$23.6 million",
    23.6e6,
    "money",
    "estimated cost of the building",
    unit="CAD",
    speaker="City of Port Ardent staff",
    aliases=["staff report", "staff"],
)
a("$9.2 million", 9.2e6, "money", "Housing Accelerator Fund contribution", unit="CAD")
a("$4 million", 4e6, "money", "provincial contribution", unit="CAD")
DF = dict(speaker="Daniel Fortier", aliases=["Fortier"], date="2032-09-07")
a("1,340", 1340, "count", "households on the rent-geared-to-income waiting list", **DF)
a("910", 910, "count", "households on the waiting list three years ago", **DF)
a("three years", 3, "duration", "comparison period", unit="year", opt=True, **DF)
a(
    "more than six years",
    6,
    "duration",
    "average wait for a one-bedroom unit",
    q="more_than",
    unit="year",
    **DF,
)
a("Twenty", 20, "count", "units set aside for seniors")
a("40", 40, "count", "units with capped rents", after="rents for ")
a("80 per cent", 80, "percent", "rent cap as share of local market rate", unit="percent")
LN = dict(speaker="Lisa Ng", aliases=["Coun. Lisa Ng", "Ng"], date="2032-09-07")
a(
    "roughly half",
    50,
    "percent",
    "cut in construction time from the modular approach",
    q="approximate",
    unit="percent",
    **LN,
)
a("30 months", 30, "duration", "construction time of a conventional build", unit="month", **LN)
a(
    "14",
    14,
    "duration",
    "construction time of the modular build",
    unit="month",
    after="This will take ",
    **LN,
)
BT = dict(speaker="Bob Tremblay", aliases=["Coun. Bob Tremblay", "Tremblay"], date="2032-09-08")
a("38", 38, "count", "parking spaces in the plan", after="The plan has ", **BT)
a("64", 64, "count", "units in the plan", after="38 spaces for ", **BT)
PAPS = dict(speaker="Port Ardent Police Service", aliases=["police", "Police"])
a("118", 118, "count", "rural break-ins reported between January and August", **PAPS)
a("71", 71, "count", "rural break-ins in the same period last year", date="2032-09-02", **PAPS)
AK = dict(speaker="Andrea Kowal", aliases=["Staff Sgt. Andrea Kowal", "Kowal"])
a(
    "about a third",
    33.33,
    "percent",
    "share of break-ins where property was left unlocked",
    q="approximate",
    unit="percent",
    **AK,
)
a(
    "over $870,000",
    870000,
    "money",
    "total value of property stolen",
    q="more_than",
    unit="CAD",
    **AK,
)
a(
    "roughly $210,000",
    210000,
    "money",
    "value of stolen property recovered",
    q="approximate",
    unit="CAD",
    **AK,
)
a("46", 46, "count", "charges laid since May", after="laid ", **AK)
a("nine", 9, "count", "people charged since May", after="charges against ", **AK)
a("two", 2, "count", "men arrested on Monday", after="Police said ", **PAPS)
a("34", 34, "duration", "age of one arrested man", unit="year", opt=True, **PAPS)
a(
    "41",
    41,
    "duration",
    "age of the other arrested man",
    unit="year",
    opt=True,
    after="aged 34 and ",
    **PAPS,
)
a(
    "over $5,000",
    5000,
    "money",
    "threshold of the stolen-property charge",
    q="more_than",
    unit="CAD",
    opt=True,
    speaker=None,
)

GOLD.build()
