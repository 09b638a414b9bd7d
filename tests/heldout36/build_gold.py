"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout36/build_gold.py``. Each annotation names the
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

# Conventions: those of tests/heldout5 to tests/heldout35 (see README.md).

# 3600: MFA regular press conference transcript (Tuesday 11 April 2034).
doc("3600_mfa-mao-ning-presscon-2034-04-11.txt", "2034-04-11", "Mao Ning", ["Mao"])
a("four days", 4, "duration", "length of the Boao Forum conference", unit="day", opt=True)
a("nearly 2,000", 2000, "count", "delegates at the Boao Forum", q="nearly")
a("62", 62, "count", "countries and regions at the Boao Forum")
a("47", 47, "count", "cooperation agreements signed at the Boao Forum")
a(
    "9.3 percent",
    9.3,
    "percent",
    "growth of China's imports from the least developed countries",
    unit=P,
    period="last year",
    speaker="Ding Xuexiang",
    aliases=["Vice Premier Ding Xuexiang", "Ding", "Mao Ning"],
    date="2034-04-09",
)
a("three years", 3, "duration", "years as Uzbekistan's largest trading partner", unit="year")
a("15.8 billion US dollars", 15.8e9, "money", "China-Uzbekistan trade", unit="USD", period="2033")
a("18 percent", 18, "percent", "year-on-year growth of China-Uzbekistan trade", unit=P)
a("more than 2,600", 2600, "count", "Chinese-invested companies in Uzbekistan", q="more_than")
a("around 20", 20, "count", "cooperation documents to be signed", q="approximate")
a(
    "about 1.3 million tonnes",
    1.3e6,
    "measure",
    "treated water released from Fukushima",
    q="approximate",
    unit="tonne",
    speaker="Government of Japan",
    aliases=["Japanese government", "Japan", "Reuters"],
    date="2034-04-10",
)
a(
    "22 percent",
    22,
    "percent",
    "fall in EU imports of Chinese electric vehicles",
    unit=P,
    period="first quarter",
    speaker="European Commission",
    aliases=["Bloomberg"],
)
a(
    "780 billion US dollars",
    780e9,
    "money",
    "China-EU trade in goods",
    q="more_than",
    unit="USD",
    period="last year",
)
WY = dict(
    speaker="Wang Yi", aliases=["Foreign Minister Wang Yi", "Wang", "Mao Ning"], date="2034-04-03"
)
a(
    "five consecutive years",
    5,
    "duration",
    "years as each other's largest trading partners",
    unit="year",
    **WY,
)
a("1 trillion US dollars", 1e12, "money", "China-ASEAN two-way trade", unit="USD", **WY)
a(
    "12 months",
    12,
    "duration",
    "time to finish FTA upgrade negotiations",
    unit="month",
    opt=True,
    **WY,
)
a(
    "more than 40",
    40,
    "count",
    "Chinese vessels seen near Tiexian Jiao",
    q="more_than",
    speaker=None,
    date="2034-04-10",
)
NIA = dict(
    speaker="National Immigration Administration",
    aliases=["NIA", "Global Times"],
)
a(
    "1.46 million",
    1.46e6,
    "count",
    "foreigners entering China visa-free",
    period="first quarter",
    **NIA,
)
a("41 percent", 41, "percent", "increase in visa-free entries", unit=P, **NIA)
a("52", 52, "count", "countries granted unilateral visa-free treatment")
a(
    "Some 72 percent",
    72,
    "percent",
    "share of foreign travellers entering visa-free",
    q="approximate",
    unit=P,
)

# 3601: Ministry of Water Resources press conference transcript (Thursday 20 July 2034).
doc("3601_mwr-flood-season-presscon-2034-07-20.txt", "2034-07-20", None)
XY = dict(speaker="Xu Yingjie", aliases=["Xu"])
CM = dict(speaker="Chen Minghua", aliases=["Chen", "Vice Minister Chen"])
GS = dict(speaker="Gu Shengli", aliases=["Gu", "Ministry of Water Resources"])
a("263", 263, "count", "rivers with floods above warning levels", **XY)
a("19", 19, "count", "rivers exceeding guaranteed levels", **XY)
a("214 millimetres", 214, "measure", "average nationwide rainfall since June", unit="mm", **CM)
a("17 percent", 17, "percent", "rainfall above normal", unit=P, **CM)
a(
    "more than 40 percent",
    40,
    "percent",
    "Pearl River basin rainfall above normal",
    q="more_than",
    unit=P,
    **CM,
)
a("54", 54, "count", "emergency responses launched this year", **CM)
a("131", 131, "count", "working groups sent", **CM)
a(
    "38.6 billion cubic metres",
    38.6e9,
    "measure",
    "floodwater intercepted by reservoirs",
    unit="m3",
    **CM,
)
a("about 1,200", 1200, "count", "towns spared from inundation", q="approximate", **CM)
a("2.1 million", 2.1e6, "count", "people spared relocation", **CM)
LG = dict(
    speaker="Li Guoying",
    aliases=["Minister Li Guoying", "Li", "Chen Minghua"],
    date="2034-07-15",
)
a("96 percent", 96, "percent", "share of dangerous small reservoirs reinforced", unit=P, **LG)
a("3,300", 3300, "count", "dangerous small reservoirs identified last winter", **LG)
a(
    "20 to 30 percent",
    20,
    "percent",
    "rain above usual in northern China",
    q="range",
    unit=P,
    low=20,
    high=30,
    speaker="China Meteorological Administration",
    aliases=["CMA", "Xinhua News Agency", "Xinhua"],
    date="2034-07-18",
)
a(
    "about 15 percent",
    15,
    "percent",
    "shortfall in Haihe basin reservoir storage",
    q="approximate",
    unit=P,
    **GS,
)
a("more than 127,000", 127000, "count", "hydrological stations nationwide", q="more_than", **GS)
a("seven days", 7, "duration", "forecast lead time for major rivers", unit="day", **GS)
a(
    "11",
    11,
    "count",
    "northern rivers above warning levels this month",
    after="According to our monitoring, ",
    **GS,
)
a(
    "less than half",
    50,
    "percent",
    "rainfall in parts of Yunnan and Guizhou relative to normal",
    q="less_than",
    unit=P,
    **CM,
)
a(
    "about 860,000",
    860000,
    "count",
    "people with temporary difficulty accessing drinking water",
    q="approximate",
    speaker="local water authorities",
    aliases=["Chen Minghua", "Chen"],
)
a("450 million yuan", 450e6, "money", "drought relief funds allocated", unit="CNY", **CM)
a("36", 36, "count", "reservoirs dispatching water", **CM)
a("below 300,000", 300000, "count", "people affected by drought", q="less_than", **CM)
PD = dict(
    speaker="planning department of the Ministry of Water Resources",
    aliases=["Ministry of Water Resources", "Xu Yingjie", "Xu"],
)
a(
    "612.4 billion yuan",
    612.4e9,
    "money",
    "investment in water conservancy construction",
    unit="CNY",
    period="first half of the year",
    **PD,
)
a(
    "5.8 percent",
    5.8,
    "percent",
    "year-on-year growth of water conservancy investment",
    unit=P,
    **PD,
)
XP = dict(
    speaker="Xu Yingjie",
    aliases=[
        "Xu",
        "Ministry of Water Resources",
        "planning department of the Ministry of Water Resources",
    ],
)
a("19,700", 19700, "count", "water projects under construction", **XP)
a("2.6 million", 2.6e6, "count", "workers employed on water projects", **XP)

# 3602: New Mexico governor's press release (Tuesday 9 May 2034).
doc("3602_nm-governor-broadband-release-2034-05-09.txt", "2034-05-09", None)
EM = dict(
    speaker="Elena Marquez", aliases=["Governor Marquez", "Marquez", "Governor Elena Marquez"]
)
TB = dict(speaker="Thomas Begay", aliases=["Begay", "OBAE Director Thomas Begay", "OBAE"])
a("$212 million", 212e6, "money", "broadband grants", unit="USD", opt=True)
a("48,000", 48000, "count", "rural homes to be connected", opt=True)
a(
    "$212 million",
    212e6,
    "money",
    "broadband grants",
    unit="USD",
    after="on Tuesday announced ",
    **EM,
)
a("31", 31, "count", "broadband projects funded", **EM)
a("more than 48,000", 48000, "count", "homes and businesses to be connected", q="more_than", **EM)
a("$96 million", 96e6, "money", "matching funds from providers")
a("36 months", 36, "duration", "deadline to complete the projects", unit="month", opt=True)
a("Four years", 4, "duration", "time since the baseline", unit="year", opt=True, **EM)
a("one in five", 20, "percent", "share of New Mexicans lacking a reliable connection", unit=P, **EM)
a(
    "under 5 percent",
    5,
    "percent",
    "expected share without a reliable connection by 2036",
    q="less_than",
    unit=P,
    **EM,
)
a(
    "about 137,000",
    137000,
    "count",
    "locations without high-speed service",
    q="approximate",
    speaker="Federal Communications Commission",
    aliases=["FCC"],
)
a(
    "100 megabits per second",
    100,
    "measure",
    "speed threshold",
    q="at_least",
    unit="megabit per second",
    opt=True,
    speaker="Federal Communications Commission",
    aliases=["FCC"],
)
a("88", 88, "count", "applications received", **TB)
a("$540 million", 540e6, "money", "funding requested by applicants", unit="USD", **TB)
a(
    "twice",
    2,
    "measure",
    "requests relative to available funding",
    q="more_than",
    unit="times",
    opt=True,
    **TB,
)
a(
    "Nearly 60 percent",
    60,
    "percent",
    "share of locations on tribal lands",
    q="nearly",
    unit=P,
    **TB,
)
a("roughly 9,000", 9000, "count", "locations never wired", q="approximate", **TB)
a("$4,400", 4400, "money", "average cost per location", unit="USD", **TB)
a("$6,100", 6100, "money", "average cost per location in 2032", unit="USD", **TB)
a("about $75 million", 75e6, "money", "final grant round", q="approximate", unit="USD", **TB)
a("11", 11, "count", "grants to Navajo Nation chapters", after="will receive ")
a(
    "1,700 miles",
    1700,
    "measure",
    "fiber to be laid",
    unit="mile",
    speaker="Loretta Yazzie",
    aliases=["Yazzie", "Navajo Nation Telecommunications Regulatory Commission"],
)
a("$630 million", 630e6, "money", "state broadband commitments since 2029", unit="USD")
a("$40 million", 40e6, "money", "funding for device and digital-skills programs", unit="USD")

# 3603: Reuters story on airline results (Thursday 3 August 2034).
doc("3603_reuters-meridian-airlines-q2-2034-08-03.txt", "2034-08-03", None)
MA = dict(speaker="Meridian Airlines", aliases=["Meridian"])
KW = dict(speaker="Karen Whitfield", aliases=["Whitfield", "Chief Executive Karen Whitfield"])
LO = dict(speaker="Luis Ortega", aliases=["Ortega", "Chief Financial Officer Luis Ortega"])
a("9%", 9, "percent", "fall in Meridian shares", unit=P, opt=True)
a("31%", 31, "percent", "drop in second-quarter profit", unit=P, **MA)
a("9%", 9, "percent", "premarket fall in Meridian shares", unit=P, after="carrier fell ")
a(
    "between 2% and 3%",
    2,
    "percent",
    "capacity growth forecast",
    q="range",
    unit=P,
    low=2,
    high=3,
    **MA,
)
a(
    "4% to 5%",
    4,
    "percent",
    "earlier capacity growth forecast",
    q="range",
    unit=P,
    low=4,
    high=5,
    **MA,
)
a("14", 14, "count", "A320 jets to be retired", **MA)
a(
    "$1.38",
    1.38,
    "money",
    "adjusted earnings per share",
    unit="USD",
    period="quarter ended June 30",
    speaker="Meridian Airlines",
    aliases=["Meridian", "LSEG"],
)
a("$1.61", 1.61, "money", "analysts' average EPS estimate", unit="USD", speaker="LSEG")
a("2.4%", 2.4, "percent", "revenue growth", unit=P)
a("$6.9 billion", 6.9e9, "money", "quarterly revenue", unit="USD")
a("6%", 6, "percent", "fall in domestic unit revenue", unit=P, after="unit revenue was down ", **KW)
a(
    "about 4 percent",
    4,
    "percent",
    "fourth-quarter bookings ahead of last year",
    q="approximate",
    unit=P,
    **KW,
)
a("11%", 11, "percent", "growth in premium cabin revenue", unit=P, **LO)
a("roughly 35%", 35, "percent", "premium share of passenger sales", q="approximate", unit=P, **LO)
a(
    "between $2.55 and $2.75",
    2.55,
    "money",
    "expected fuel cost per gallon",
    q="range",
    unit="USD",
    low=2.55,
    high=2.75,
    **LO,
)
a("about 7,800", 7800, "count", "pilots represented by the union", q="approximate")
HB = dict(speaker="Helane Brooks", aliases=["Brooks", "Raymond Hart & Co"])
a(
    "around 12%",
    12,
    "percent",
    "seats added by low-cost carriers on Meridian routes",
    q="approximate",
    unit=P,
    **HB,
)
a("20", 20, "rank", "Meridian's top routes", after="Meridian's top ", opt=True, **HB)
MS = dict(speaker="Mark Sato", aliases=["Sato", "Jefferies"])
a("$41", 41, "money", "price target", unit="USD", **MS)
a("$48", 48, "money", "previous price target", unit="USD", **MS)
a("28.4 million", 28.4e6, "count", "passengers carried in the quarter", **MA)
a("86.1%", 86.1, "percent", "load factor", unit=P, **MA)
a(
    "3.1 million",
    3.1e6,
    "count",
    "travelers screened on a single day",
    speaker="Transportation Security Administration",
    aliases=["TSA"],
)

# 3604: AP story on a volcanic eruption (Thursday 14 September 2034).
doc("3604_ap-indonesia-volcano-eruption-2034-09-14.txt", "2034-09-14", None)
AM = dict(speaker="Abdul Muhari", aliases=["Muhari", "National Disaster Mitigation Agency", "BNPB"])
a("11,000", 11000, "count", "people forced to flee", opt=True)
a("9 kilometers", 9, "measure", "height of the ash column", q="at_most", unit="km")
a("5.6 miles", 5.6, "measure", "height of the ash column", unit="mile", opt=True)
a("more than 11,000", 11000, "count", "villagers forced to flee", q="more_than")
a("At least four", 4, "count", "people killed", q="at_least", **AM)
a(
    "about 5 kilometers",
    5,
    "measure",
    "distance of Klatanlo from the crater",
    q="approximate",
    unit="km",
    **AM,
)
a("27", 27, "count", "people injured", **AM)
a("two", 2, "count", "residents missing", after="searching for ", **AM)
a("four", 4, "count", "alert levels", after="highest of its ", opt=True)
a("8 kilometers", 8, "measure", "exclusion zone radius", unit="km")
MW = dict(
    speaker="Muhammad Wafid",
    aliases=["Wafid", "Center for Volcanology and Geological Hazard Mitigation"],
)
a("146", 146, "count", "volcanic earthquakes before the eruption", **MW)
a("24 hours", 24, "duration", "period of the earthquake count", unit="hour", opt=True, **MW)
a("1,584-meter", 1584, "measure", "height of Lewotobi Laki-laki", unit="m", opt=True)
a("5,197-foot", 5197, "measure", "height of Lewotobi Laki-laki", unit="foot", opt=True)
a("nine", 9, "count", "people killed by eruptions last November")
MG = dict(speaker="Maria Goreti", aliases=["Goreti"])
a("52-year-old", 52, "measure", "age of the evacuee", unit="year", opt=True, **MG)
a("three", 3, "count", "grandchildren", after="with her ", opt=True, **MG)
a("third", 3, "count", "times fleeing this year", after="This is the ", opt=True, **MG)
a("17", 17, "count", "shelters set up")
a(
    "About 2,300",
    2300,
    "count",
    "displaced children",
    q="approximate",
    speaker="district government",
    aliases=["Sikka district government"],
)
a("four", 4, "count", "airports closed", after="closure of ")
a(
    "62",
    62,
    "count",
    "flights canceled",
    speaker="AirNav Indonesia",
    aliases=["AirNav"],
    date="2034-09-13",
)
a(
    "six hours",
    6,
    "duration",
    "interval of closure reviews",
    unit="hour",
    opt=True,
    speaker="Ernita Titis Dewi",
    aliases=["Transportation Ministry"],
)
a("more than 280 million", 280e6, "count", "population of Indonesia", q="more_than")
a("127", 127, "count", "active volcanoes in Indonesia")

# 3605: UNICEF regional press release (Tuesday 6 June 2034).
doc("3605_unicef-eapro-heatwave-children-2034-06-06.txt", "2034-06-06", None)
UN = dict(speaker="UNICEF", aliases=["United Nations Children's Fund"])
JK = dict(speaker="June Kunugi", aliases=["Kunugi", "UNICEF"])
a("243 million", 243e6, "count", "children at risk from heatwaves", opt=True)
a("three weeks", 3, "duration", "school closures", q="at_most", unit="week", opt=True)
a("At least 243 million", 243e6, "count", "children exposed to heatwaves", q="at_least", **UN)
a(
    "more than 7,000",
    7000,
    "count",
    "Philippine schools suspending in-person classes",
    q="more_than",
)
a("one day", 1, "duration", "minimum suspension", q="at_least", unit="day", opt=True)
a("an estimated 3.6 million", 3.6e6, "count", "learners affected", q="approximate")
KK = dict(speaker="Kyungsun Kim", aliases=["Kim", "UNICEF"], date="2034-06-02")
a("nearly 40 per cent", 40, "percent", "classrooms without electric fans", q="nearly", unit=P, **KK)
a("2,500", 2500, "count", "classrooms to be retrofitted this year", **KK)
a("42°C", 42, "measure", "temperature threshold", q="more_than", unit="degree Celsius", opt=True)
a("11", 11, "count", "provinces with temperatures above 42°C")
a(
    "four times",
    4,
    "measure",
    "heatwave days relative to grandparents",
    unit="times",
    opt=True,
    **JK,
)
a(
    "one in three",
    33.33,
    "percent",
    "children living in areas with frequent extreme heat",
    unit=P,
    **UN,
)
a(
    "83 or more days",
    83,
    "duration",
    "days a year above 35°C",
    q="at_least",
    unit="day",
    opt=True,
    **UN,
)
a(
    "35°C",
    35,
    "measure",
    "temperature threshold",
    q="more_than",
    unit="degree Celsius",
    opt=True,
    **UN,
)
a("under 5", 5, "measure", "age threshold", q="less_than", unit="year", opt=True)
a("540", 540, "count", "Viet Nam schools with cooling installed")
a("some 1,200", 1200, "count", "health workers trained in Mongolia", q="approximate")
a("US$38 million", 38e6, "money", "funding needed to scale up programmes", unit="USD", **JK)
a("two years", 2, "duration", "funding period", unit="year", opt=True, **JK)
a("14", 14, "count", "countries for scaled-up programmes", after="across ", **JK)
a(
    "68 per cent",
    68,
    "percent",
    "rise in heat-related deaths among over-65s in the Western Pacific",
    unit=P,
    speaker="World Health Organization",
    aliases=["WHO"],
)
a(
    "65",
    65,
    "measure",
    "age threshold",
    q="more_than",
    unit="year",
    opt=True,
    speaker="World Health Organization",
    aliases=["WHO"],
)
a("28", 28, "count", "countries and territories in the analysis", opt=True)
a(
    "more than 190",
    190,
    "count",
    "countries and territories where UNICEF works",
    q="more_than",
    opt=True,
)

# 3606: NHS England press release (Wednesday 18 October 2034).
doc("3606_nhse-cancer-checks-record-2034-10-18.txt", "2034-10-18", None)
NE = dict(speaker="NHS England", aliases=["NHS"])
PJ = dict(speaker="Peter Johnson", aliases=["Professor Peter Johnson", "Johnson"])
WS = dict(
    speaker="Wes Streeting",
    aliases=["Streeting", "Health and Social Care Secretary Wes Streeting"],
    date="2034-10-16",
)
a("3.2 million", 3.2e6, "count", "people checked for cancer", opt=True)
a("3.2 million", 3.2e6, "count", "people checked for cancer", after="A record ", **NE)
a("12 months", 12, "duration", "period of the count", unit="month", opt=True, **NE)
a("294,000", 294000, "count", "urgent cancer referrals in August", **NE)
a("8%", 8, "percent", "rise in urgent referrals", unit=P, **NE)
a(
    "More than three quarters",
    75,
    "percent",
    "share diagnosed or ruled out within 28 days",
    q="more_than",
    unit=P,
    **NE,
)
a("77.4%", 77.4, "percent", "share diagnosed or ruled out within 28 days", unit=P, **NE)
a(
    "28 days",
    28,
    "duration",
    "faster diagnosis standard",
    unit="day",
    opt=True,
    after="within ",
    **NE,
)
a("80%", 80, "percent", "faster diagnosis target", unit=P, opt=True, **NE)
a("171", 171, "count", "community diagnostic centres opened")
a("over 9 million", 9e6, "count", "tests, checks and scans carried out", q="more_than")
a(
    "Around 1,000",
    1000,
    "count",
    "people a day diagnosed or given the all-clear",
    q="approximate",
    **PJ,
)
a(
    "more than 5,000",
    5000,
    "count",
    "early-stage cancers found by screening trucks",
    q="more_than",
    **PJ,
)
a("1.5 million", 1.5e6, "count", "additional scans funded next year", **WS)
a("nearly 120,000", 120000, "count", "fall in diagnostic test waiting lists", q="nearly", **WS)
MC = dict(speaker="Macmillan Cancer Support", aliases=["Macmillan"])
a(
    "around 14,000",
    14000,
    "count",
    "people waiting more than two months to start treatment",
    q="approximate",
    **MC,
)
a(
    "two months",
    2,
    "duration",
    "waiting time threshold",
    q="more_than",
    unit="month",
    opt=True,
    **MC,
)
CR = dict(speaker="Cancer Research UK", aliases=["CRUK"])
a("10-year", 10, "duration", "survival period", unit="year", opt=True, **CR)
a("around 50%", 50, "percent", "10-year cancer survival in England", q="approximate", unit=P, **CR)
a(
    "three quarters",
    75,
    "percent",
    "target share of cancers diagnosed at stage one or two",
    unit=P,
    after="diagnosing ",
)
a("12 hours", 12, "duration", "daily opening hours", q="at_most", unit="hour", opt=True)
a("seven days", 7, "duration", "opening days a week", unit="day", opt=True)

# 3607: local newspaper page, transit and parks stories (Wednesday 22 March 2034).
doc("3607_fox-river-sentinel-transit-parks-2034-03-22.txt", "2034-03-22", None)
FV = dict(speaker="Fox Valley Transit", aliases=["the agency"], date="2034-03-21")
JR = dict(
    speaker="Janelle Ruiz", aliases=["Ruiz", "Executive Director Janelle Ruiz"], date="2034-03-20"
)
SH = dict(speaker="Sue Hanley", aliases=["Hanley", "Geneva Park District"])
a("1.87 million", 1.87e6, "count", "bus trips last year", **FV)
a("12%", 12, "percent", "rise in ridership from 2032", unit=P)
a("about 410,000", 410000, "count", "Route 14 passengers", q="approximate")
a("15 minutes", 15, "duration", "Route 14 wait between buses", unit="minute", **JR)
a("a third", 33.33, "percent", "jump in Route 14 ridership", unit=P, **JR)
a("six months", 6, "duration", "period of the ridership jump", unit="month", opt=True, **JR)
a(
    "roughly $640,000",
    640000,
    "money",
    "annual cost of weekend service",
    q="approximate",
    unit="USD",
    **JR,
)
a(
    "fewer than nine",
    9,
    "count",
    "average riders per trip on suburban routes",
    q="less_than",
    speaker="Dale Kowalski",
    aliases=["Kowalski"],
)
a("$1.75", 1.75, "money", "bus fare", unit="USD")
a("6", 6, "count", "battery-electric buses to be delivered", after="delivery of ")
a("$8.3 million", 8.3e6, "money", "riverfront plan cost", unit="USD", opt=True)
a("$8.3 million", 8.3e6, "money", "riverfront plan cost", unit="USD", after="wants to spend ")
a("five years", 5, "duration", "plan period", unit="year", opt=True)
a("2.4 miles", 2.4, "measure", "trail path to be replaced", unit="mile")
a("About 40%", 40, "percent", "share of cost from a state grant", q="approximate", unit=P, **SH)
a("something like 230,000", 230000, "count", "Island Park visits last year", q="approximate", **SH)
a("1,150", 1150, "count", "residents surveyed", **SH)
a("71%", 71, "percent", "residents ranking the riverfront top priority", unit=P, **SH)
a("$2.1 million", 2.1e6, "money", "first phase budget", unit="USD")
a(
    "about 9 cents",
    0.09,
    "money",
    "park levy share of each tax dollar",
    q="approximate",
    unit="USD",
    **SH,
)

GOLD.build()
