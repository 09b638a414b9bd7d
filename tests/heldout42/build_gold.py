"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout42/build_gold.py``. Each annotation names the
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
PP = "percentage point"
BP = "basis point"
N = dict(speaker=None, aliases=[])

# Conventions: those of tests/heldout5 to tests/heldout41 (see README.md), plus the new cases
# listed there.

# 4200: Bank of England Monetary Policy Summary and minutes (Thursday 6 August 2037).
BOE = ["Monetary Policy Committee", "MPC", "Bank of England"]
doc("4200_boe-monetary-policy-summary-2037-08-06.txt", "2037-08-06", None, BOE)
MPC = dict(speaker="Monetary Policy Committee", aliases=["MPC", "the Committee", "Bank of England"])
ONS = dict(speaker="Office for National Statistics", aliases=["ONS", *BOE])
AGENTS = dict(
    speaker="Bank of England Agents",
    aliases=["the Bank's Agents", "Agents", "Bank of England", "Monetary Policy Committee"],
)
AO = dict(speaker="Amara Osei", aliases=["Osei", "Ms Osei"])
JP = dict(speaker="Jonathan Pryce", aliases=["Pryce", "Mr Pryce"])
a("4%", 4, "percent", "Bank Rate", unit=P, opt=True)
a("2%", 2, "percent", "inflation target", unit=P, opt=True)
a("7–2", 7, "count", "MPC members voting to maintain Bank Rate", opt=True)
a("4%", 4, "percent", "Bank Rate", unit=P, after="to maintain Bank Rate at ")
a(
    "0.25 percentage points",
    0.25,
    "percent",
    "cut in Bank Rate preferred by one member",
    unit=PP,
)
a("3.75%", 3.75, "percent", "Bank Rate preferred by one member", unit=P)
a(
    "0.5 percentage points",
    0.5,
    "percent",
    "cut in Bank Rate preferred by another member",
    unit=PP,
)
a("3.5%", 3.5, "percent", "Bank Rate preferred by another member", unit=P)
a("One member", 1, "count", "MPC members voting for a 0.25 percentage point cut", opt=True)
a(
    "one member",
    1,
    "count",
    "MPC members preferring a 0.5 percentage point cut",
    after="3.75%, and ",
    opt=True,
)
a("Twelve-month", 12, "duration", "period of the CPI inflation rate", unit="month", opt=True)
a("2.9%", 2.9, "percent", "twelve-month CPI inflation", unit=P, period="June")
a("3.2%", 3.2, "percent", "twelve-month CPI inflation", unit=P, period="May")
a("3.0%", 3.0, "percent", "CPI inflation expected in the May Monetary Policy Report", unit=P)
a("4.1%", 4.1, "percent", "services CPI inflation", unit=P)
a("0.3%", 0.3, "percent", "GDP growth", unit=P, period="second quarter", **ONS)
a("5.2%", 5.2, "percent", "unemployment rate", unit=P, period="three months to May")
a(
    "three months",
    3,
    "duration",
    "period of the unemployment rate",
    unit="month",
    after="5.2% in the ",
    opt=True,
)
a(
    "around 3.4%",
    3.4,
    "percent",
    "average pay settlements for 2037",
    q="approximate",
    unit=P,
    period="2037",
    **AGENTS,
)
a(
    "3.1%",
    3.1,
    "percent",
    "firms' expected own-price growth over the coming year",
    unit=P,
    speaker="Decision Maker Panel",
    aliases=["DMP", "Decision Maker Panel survey", "Bank of England"],
    date="2037-08-03",
)
a("2.5%", 2.5, "percent", "projected CPI inflation in a year's time", unit=P, **MPC)
a("a year", 1, "duration", "projection horizon", unit="year", opt=True, **MPC)
a("2%", 2, "percent", "inflation target", unit=P, after="return to the ", opt=True, **MPC)
a("1¼%", 1.25, "percent", "projected GDP growth", unit=P, period="2038", **MPC)
a(
    "around 5½%",
    5.5,
    "percent",
    "projected peak unemployment rate",
    q="approximate",
    unit=P,
    period="next year",
    **MPC,
)
a(
    "1 percentage point",
    1,
    "percent",
    "cumulative reduction in Bank Rate",
    unit=PP,
    period="since August 2036",
)
a(
    "around 3.4%",
    3.4,
    "percent",
    "trough of the market-implied path for Bank Rate",
    q="approximate",
    unit=P,
    period="mid-2038",
    after="trough of ",
)
a(
    "around 30 basis points",
    30,
    "percent",
    "fall in the market-implied trough since the June meeting",
    q="approximate",
    unit=BP,
)
a("ten-year", 10, "duration", "gilt maturity", unit="year", opt=True)
a("15 basis points", 15, "percent", "rise in the ten-year gilt yield", unit=BP)
a("4.6%", 4.6, "percent", "ten-year gilt yield", unit=P)
a(
    "0.2%",
    0.2,
    "percent",
    "euro-area GDP growth",
    unit=P,
    period="second quarter",
    speaker="Eurostat",
    aliases=["Eurostat's preliminary flash estimate", *BOE],
)
a(
    "95,000",
    95000,
    "count",
    "rise in US payroll employment",
    period="June",
    speaker="Bureau of Labor Statistics",
    aliases=["BLS", "U.S. Bureau of Labor Statistics", *BOE],
)
a("around 8%", 8, "percent", "fall in Brent crude oil prices", q="approximate", unit=P)
a("$71", 71, "money", "Brent crude oil price per barrel", unit="USD")
a(
    "0.2%",
    0.2,
    "percent",
    "expected GDP growth",
    unit=P,
    period="third quarter",
    after="Bank staff expected GDP to grow by ",
    speaker="Bank of England staff",
    aliases=["Bank staff", "Bank of England", "Monetary Policy Committee"],
)
a("11.8%", 11.8, "percent", "household saving ratio", unit=P, period="first quarter")
a("68,000", 68000, "count", "mortgage approvals", period="June")
a(
    "nearly one in four",
    25,
    "percent",
    "Agents' business contacts planning to reduce headcount",
    q="nearly",
    unit=P,
    **AGENTS,
)
a("six months", 6, "duration", "horizon of the headcount plans", unit="month", opt=True, **AGENTS)
a(
    "3.9%",
    3.9,
    "percent",
    "annual growth in private sector regular average weekly earnings",
    unit=P,
    period="three months to May",
    **ONS,
)
a(
    "three months",
    3,
    "duration",
    "period of the earnings growth",
    unit="month",
    after="3.9% in the ",
    opt=True,
    **ONS,
)
a("about 6%", 6, "percent", "fall in household energy bills in October", q="approximate", unit=P)
a(
    "2%",
    2,
    "percent",
    "inflation target",
    unit=P,
    after="6: The MPC sets monetary policy to meet the ",
    opt=True,
)
a(
    "around 40%",
    40,
    "percent",
    "mortgage holders on fixed rates refinancing within two years",
    q="approximate",
    unit=P,
)
a("two years", 2, "duration", "refinancing horizon", unit="year", opt=True)
a(
    "around 1%",
    1,
    "percent",
    "margin of spare capacity in the economy as a share of GDP",
    q="approximate",
    unit=P,
    **AO,
)
a(
    "0.25 percentage points",
    0.25,
    "percent",
    "cut in Bank Rate preferred by Amara Osei",
    unit=PP,
    after="She voted against the proposition, preferring to reduce Bank Rate by ",
    **AO,
)
a(
    "3.75%",
    3.75,
    "percent",
    "Bank Rate preferred by Amara Osei",
    unit=P,
    after="She voted against the proposition, preferring to reduce Bank Rate by 0.25 percentage "
    "points, to ",
    **AO,
)
a(
    "some 60,000",
    60000,
    "count",
    "fall in employment since the start of the year",
    q="approximate",
    period="since the start of the year",
    **JP,
)
a(
    "0.5 percentage points",
    0.5,
    "percent",
    "cut in Bank Rate preferred by Jonathan Pryce",
    unit=PP,
    after="He voted against the proposition, preferring to reduce Bank Rate by ",
    **JP,
)
a(
    "3.5%",
    3.5,
    "percent",
    "Bank Rate preferred by Jonathan Pryce",
    unit=P,
    after="He voted against the proposition, preferring to reduce Bank Rate by 0.5 percentage "
    "points, to ",
    **JP,
)
a("4%", 4, "percent", "Bank Rate proposed", unit=P, after="should be maintained at ", opt=True)
a("Seven members", 7, "count", "MPC members voting to maintain Bank Rate", opt=True)
a("Two members", 2, "count", "MPC members voting against the proposition", opt=True)

# 4201: MEA weekly media briefing transcript (Friday 18 September 2037).
KB = [
    "Bhardwaj",
    "Shri Kunal Bhardwaj",
    "Official Spokesperson",
    "Ministry of External Affairs",
    "MEA",
]
doc("4201_mea-weekly-media-briefing-2037-09-18.txt", "2037-09-18", "Kunal Bhardwaj", KB)
a("three", 3, "count", "announcements at the briefing", opt=True)
a("2,146", 2146, "count", "Indian nationals brought back under Operation Setu")
a("11", 11, "count", "flights under Operation Setu")
a("one", 1, "count", "naval ships under Operation Setu", after="11 flights and ", opt=True)
a("37", 37, "count", "nationals of partner countries brought back")
a(
    "about 240",
    240,
    "count",
    "Indians who chose to stay back in Sudan",
    q="approximate",
)
EAM = dict(
    speaker="Aditya Rao",
    aliases=[
        "Dr. Aditya Rao",
        "EAM",
        "External Affairs Minister",
        "Rao",
        "Kunal Bhardwaj",
        "Official Spokesperson",
    ],
)
a(
    "crossed USD 9.4 billion",
    9.4e9,
    "money",
    "India-Kenya bilateral trade",
    q="more_than",
    unit="USD",
    period="last year",
    date="2037-09-16",
    **EAM,
)
a(
    "over USD 4 billion",
    4e9,
    "money",
    "Indian companies' investment in Kenya",
    q="more_than",
    unit="USD",
    date="2037-09-16",
    **EAM,
)
a(
    "USD 250 million",
    250e6,
    "money",
    "line of credit for agricultural mechanisation in Kenya",
    unit="USD",
    date="2037-09-16",
    **EAM,
)
PM = dict(
    speaker="Prime Minister of India",
    aliases=["Prime Minister", "PM", "Kunal Bhardwaj", "Official Spokesperson"],
    date="2037-09-15",
)
a(
    "500",
    500,
    "count",
    "additional ITEC training slots for African health professionals a year",
    **PM,
)
a(
    "nearly half",
    50,
    "percent",
    "share of generic medicines used in Africa supplied by Indian companies",
    q="nearly",
    unit=P,
    **PM,
)
a(
    "around 300",
    300,
    "count",
    "Indian workers stranded near Wadi Halfa",
    q="approximate",
    speaker=None,
    aliases=["WION", "Rohan Mehra"],
)
MISSION = ["Embassy of India, Khartoum", "our Mission"]
a(
    "58",
    58,
    "count",
    "Indian nationals registered with the Embassy from the Wadi Halfa area",
    aliases=[*KB, *MISSION],
)
a("41", 41, "count", "registered Indian nationals who crossed into Egypt", aliases=[*KB, *MISSION])
a(
    "two or three days",
    2,
    "duration",
    "expected time for the rest to cross",
    q="range",
    unit="day",
    low=2,
    high=3,
)
a(
    "USD 92 billion",
    92e9,
    "money",
    "India's trade deficit with China",
    unit="USD",
    period="2036-37",
    speaker="Ministry of Commerce and Industry",
    aliases=["Commerce Ministry", "Department of Commerce", "The Hindu", "Ananya Iyer"],
    date="2037-09-14",
)
a(
    "more than 70%",
    70,
    "percent",
    "share of India's imports of active pharmaceutical ingredients from one country",
    q="more_than",
    unit=P,
    date="2037-09-12",
    **EAM,
)
a(
    "one",
    1,
    "count",
    "countries supplying most of India's API imports",
    after="still come from ",
    opt=True,
    **EAM,
    date="2037-09-12",
)
a(
    "Over 1.3 million",
    1.3e6,
    "count",
    "Indian students studying abroad",
    q="more_than",
    speaker="Press Trust of India",
    aliases=["PTI", "Manish Tandon"],
)
a(
    "25%",
    25,
    "percent",
    "cut in study permits for international students next year",
    unit=P,
    period="next year",
    speaker="Government of Canada",
    aliases=["Canadian government", "Press Trust of India", "PTI", "Manish Tandon"],
    date="2037-09-15",
)
a("about 1.33 million", 1.33e6, "count", "Indian students abroad", q="approximate")
a("about 2.4 lakh", 240000, "count", "Indian students in Canada", q="approximate")
a(
    "18%",
    18,
    "percent",
    "rise in Indian arrivals in Nepal",
    unit=P,
    period="August",
    speaker="Nepal Tourism Board",
    aliases=["Hindustan Times", "Siddharth Roy"],
    date="2037-09-17",
)
a(
    "69 kilometres",
    69,
    "measure",
    "length of the second phase of the Motihari-Amlekhgunj pipeline",
    unit="km",
    speaker="Vikram Dutta",
    aliases=["Shri Vikram Dutta", "Foreign Secretary", "Dutta", *KB],
)
a(
    "more than 2.8 million tonnes",
    2.8e6,
    "measure",
    "petroleum products supplied by the first phase of the pipeline",
    q="more_than",
    unit="tonne",
    aliases=[*KB, "Vikram Dutta"],
)
a("1,75,025", 175025, "count", "Haj quota for India for next year", period="next year")

# 4202: Associated Press politics story with an AP-NORC poll (Tuesday 23 September 2036).
doc("4202_ap-housing-costs-poll-2036-09-23.txt", "2036-09-23", None)
APN = dict(
    speaker="AP-NORC Center for Public Affairs Research",
    aliases=[
        "The Associated Press-NORC Center for Public Affairs Research",
        "AP-NORC",
        "AP-NORC poll",
        "the poll",
        "NORC",
    ],
)
AP_PAGE = dict(speaker=None, aliases=["AP-NORC Center for Public Affairs Research", "AP-NORC"])
a(
    "About 6 in 10",
    60,
    "percent",
    "adults calling housing costs a major problem",
    q="approximate",
    unit=P,
    opt=True,
    **APN,
)
a(
    "About 6 in 10",
    60,
    "percent",
    "U.S. adults saying the cost of housing is a major problem in their community",
    q="approximate",
    unit=P,
    after="WASHINGTON (AP) — ",
    **APN,
)
a(
    "about one-third",
    33.33,
    "percent",
    "adults trusting Elena Marquez to handle housing costs",
    q="approximate",
    unit=P,
    **APN,
)
a(
    "about 3 in 10",
    30,
    "percent",
    "adults trusting Bradley Hollis to handle housing costs",
    q="approximate",
    unit=P,
    **APN,
)
a(
    "Roughly a quarter",
    25,
    "percent",
    "adults trusting neither candidate on housing",
    q="approximate",
    unit=P,
    **AP_PAGE,
)
a(
    "Nearly three-quarters",
    75,
    "percent",
    "adults under 30 calling housing a major problem",
    q="nearly",
    unit=P,
    **AP_PAGE,
)
a(
    "30",
    30,
    "measure",
    "age threshold",
    q="less_than",
    unit="year",
    after="those under ",
    opt=True,
    **AP_PAGE,
)
a(
    "about half",
    50,
    "percent",
    "adults 60 and older calling housing a major problem",
    q="approximate",
    unit=P,
    **AP_PAGE,
)
a(
    "60",
    60,
    "measure",
    "age threshold",
    q="at_least",
    unit="year",
    after="adults ",
    opt=True,
    **AP_PAGE,
)
a("six weeks", 6, "duration", "time left before Election Day", unit="week", opt=True)
DW = dict(
    speaker="Dana Whitfield",
    aliases=["Whitfield", "Marquez campaign", "campaign spokesperson"],
    date="2036-09-22",
)
a(
    "more than $48 million",
    48e6,
    "money",
    "Marquez campaign advertising in Pennsylvania, Michigan and Wisconsin since Labor Day",
    q="more_than",
    unit="USD",
    period="since Labor Day",
    **DW,
)
a("3 million", 3e6, "count", "homes in Marquez's building plan", **DW)
a("four years", 4, "duration", "period of the building plan", unit="year", opt=True, **DW)
BH = dict(
    speaker="Bradley Hollis",
    aliases=["Hollis", "Sen. Bradley Hollis"],
    date="2036-09-20",
)
a("doubled", 2, "measure", "rise in mortgage rates", unit="times", opt=True, **BH)
a(
    "Four years ago",
    4,
    "duration",
    "time since the earlier mortgage rate",
    unit="year",
    opt=True,
    **BH,
)
a("30-year", 30, "duration", "mortgage term", unit="year", opt=True, **BH)
a("5%", 5, "percent", "30-year mortgage rate four years ago", unit=P, **BH)
a("over 7%", 7, "percent", "mortgage rate today", q="more_than", unit=P, **BH)
FM = dict(speaker="Freddie Mac", aliases=["Federal Home Loan Mortgage Corporation"])
a("6.4%", 6.4, "percent", "average mortgage rate last week", unit=P, period="last week", **FM)
a("7.2%", 7.2, "percent", "peak mortgage rate", unit=P, period="March", **FM)
NAR = dict(
    speaker="National Association of Realtors",
    aliases=["NAR"],
    date="2036-09-22",
)
a(
    "$441,000",
    441000,
    "money",
    "median price of an existing home sold",
    unit="USD",
    period="August",
    **NAR,
)
a("4.8%", 4.8, "percent", "annual rise in the median existing-home price", unit=P, **NAR)
GO = dict(
    speaker="Grant Ostrowski",
    aliases=["Ostrowski", "Hollis campaign", "Hollis campaign spokesman"],
)
a(
    "about $600 billion",
    600e9,
    "money",
    "cost to taxpayers of the Democratic housing plan",
    q="approximate",
    unit="USD",
    period="over a decade",
    **GO,
)
a("a decade", 10, "duration", "period of the cost estimate", unit="year", opt=True, **GO)
a(
    "at least 20%",
    20,
    "percent",
    "cut in the cost of a new home from rolling back federal regulations",
    q="at_least",
    unit=P,
    speaker="Grant Ostrowski",
    aliases=["Ostrowski", "National Association of Home Builders", "NAHB"],
)
a(
    "about 2 points",
    2,
    "percent",
    "Hollis's deficit among suburban women in Michigan",
    q="approximate",
    unit=PP,
)
a("34", 34, "measure", "age of Kayla Jenkins", unit="year", opt=True)
KJ = dict(speaker="Kayla Jenkins", aliases=["Jenkins"])
a("$2,300", 2300, "money", "monthly rent for a two-bedroom apartment", unit="USD", **KJ)
a("two-bedroom", 2, "count", "bedrooms of the apartment", opt=True, **KJ)
a("maybe $200", 200, "money", "monthly savings", q="approximate", unit="USD", **KJ)
a(
    "78%",
    78,
    "percent",
    "Democrats saying the government should do more to make housing affordable",
    unit=P,
    **AP_PAGE,
)
a(
    "44%",
    44,
    "percent",
    "Republicans saying the government should do more to make housing affordable",
    unit=P,
    **AP_PAGE,
)
a(
    "About half",
    50,
    "percent",
    "independents saying the government should do more to make housing affordable",
    q="approximate",
    unit=P,
    **APN,
)
a(
    "31%",
    31,
    "percent",
    "adults naming housing or rent among the most important problems",
    unit=P,
    **APN,
)
a(
    "19%",
    19,
    "percent",
    "adults naming housing or rent in the March poll",
    unit=P,
    period="March",
    **APN,
)
RM = dict(speaker="Rafael Moreno", aliases=["Moreno", "Urban Institute"])
a(
    "roughly 4.5 million",
    4.5e6,
    "count",
    "shortage of homes in the country",
    q="approximate",
    **RM,
)
a(
    "five to seven years",
    5,
    "duration",
    "time for a building program to show up in rents",
    q="range",
    unit="year",
    low=5,
    high=7,
    **RM,
)
a("1,147", 1147, "count", "adults in the AP-NORC poll sample", **AP_PAGE)
a(
    "3.9 percentage points",
    3.9,
    "percent",
    "margin of sampling error for all respondents",
    unit=PP,
    **AP_PAGE,
)
a("second-term", 2, "rank", "term of Bradley Hollis as senator", opt=True)

# 4203: Philippine News Agency story on a typhoon (Monday 27 October 2036).
doc("4203_pna-typhoon-rosal-2036-10-27.txt", "2036-10-27", None)
a("14", 14, "count", "deaths from Typhoon Rosal", opt=True)
a("nearly 700K", 700000, "count", "persons affected by Typhoon Rosal", q="nearly", opt=True)
NDRRMC = dict(
    speaker="National Disaster Risk Reduction and Management Council",
    aliases=["NDRRMC", "the council"],
)
a("14", 14, "count", "people killed by Typhoon Rosal", after="has risen to ", **NDRRMC)
a("nine", 9, "count", "people missing", **NDRRMC)
a("27", 27, "count", "people injured", after="the NDRRMC said ", **NDRRMC)
a("186,450", 186450, "count", "families affected", **NDRRMC)
a("672,310", 672310, "count", "persons affected", **NDRRMC)
a("1,214", 1214, "count", "barangays affected", **NDRRMC)
NP = dict(
    speaker=None, aliases=["National Disaster Risk Reduction and Management Council", "NDRRMC"]
)
a("58,300", 58300, "count", "persons staying in evacuation centers", **NP)
a("611", 611, "count", "evacuation centers in use", **NP)
a("PHP2.86 billion", 2.86e9, "money", "initial damage to infrastructure", unit="PHP")
a("143", 143, "count", "roads damaged")
a("37", 37, "count", "bridges damaged")
a(
    "Some 38",
    38,
    "count",
    "road sections impassable to all vehicles",
    q="approximate",
    speaker="Department of Public Works and Highways",
    aliases=["DPWH"],
)
DA = dict(speaker="Department of Agriculture", aliases=["DA"])
a("PHP1.37 billion", 1.37e9, "money", "losses to crops", unit="PHP", **DA)
a(
    "about 52,400 hectares",
    52400,
    "measure",
    "farmland affected",
    q="approximate",
    unit="hectare",
    **DA,
)
a(
    "More than 80 percent",
    80,
    "percent",
    "share of crop damage in rice fields about to be harvested",
    q="more_than",
    unit=P,
    speaker=None,
    aliases=["Department of Agriculture", "DA"],
)
PAGASA = dict(
    speaker="PAGASA",
    aliases=[
        "Philippine Atmospheric, Geophysical and Astronomical Services Administration",
        "the weather bureau",
    ],
)
a("245 km", 245, "measure", "distance of Rosal west of Laoag City", unit="km", **PAGASA)
a("150 km per hour", 150, "measure", "maximum sustained winds of Rosal", unit="km/h", **PAGASA)
a("up to 185 km per hour", 185, "measure", "gustiness of Rosal", q="at_most", unit="km/h", **PAGASA)
a("20 km per hour", 20, "measure", "speed of Rosal's movement", unit="km/h", **PAGASA)
JS = dict(speaker="Jericho Santiago", aliases=["Santiago", "PAGASA"])
a(
    "up to 200 millimeters",
    200,
    "measure",
    "rain that may still fall over the Ilocos provinces",
    q="at_most",
    unit="mm",
    period="within the next 24 hours",
    **JS,
)
a("24 hours", 24, "duration", "period of the rainfall forecast", unit="hour", opt=True, **JS)
ML = dict(
    speaker="Ma. Teresa Lazaro",
    aliases=["Lazaro", "Cagayan Governor", "Governor Lazaro"],
    date="2036-10-26",
)
a("42,000", 42000, "count", "residents pre-emptively evacuated in Cagayan", **ML)
a("26", 26, "count", "towns where the zero-casualty target was met", **ML)
a("29", 29, "count", "towns in Cagayan", opt=True, **ML)
a(
    "PHP45 million",
    45e6,
    "money",
    "quick response fund released by the provincial government",
    unit="PHP",
    **ML,
)
RG = dict(
    speaker="Roberto Galvez",
    aliases=["Galvez", "DSWD Secretary", "Department of Social Welfare and Development"],
)
a("PHP112 million", 112e6, "money", "assistance provided to affected families", unit="PHP", **RG)
a("1.2 million", 1.2e6, "count", "family food packs prepositioned nationwide", **RG)
a("about 340,000", 340000, "count", "family food packs in Northern Luzon", q="approximate", **RG)
a("six kilos", 6, "measure", "rice in each family food pack", unit="kg", **RG)
a("five", 5, "count", "members of a family", after="a family of ", opt=True, **RG)
a("two days", 2, "duration", "time a family food pack lasts", unit="day", **RG)
a(
    "PHP10,000",
    10000,
    "money",
    "emergency cash transfer per family with a totally damaged house",
    unit="PHP",
    **RG,
)
DSWD = dict(
    speaker="Department of Social Welfare and Development",
    aliases=["DSWD", "Roberto Galvez", "Galvez"],
)
a("3,870", 3870, "count", "houses totally destroyed", **DSWD)
a("21,640", 21640, "count", "houses partially damaged", **DSWD)
a(
    "about 65 percent",
    65,
    "percent",
    "share of Cagayan Valley with power restored",
    q="approximate",
    unit=P,
    speaker="Rodolfo Paguio",
    aliases=["Paguio", "Office of Civil Defense", "OCD"],
)
a(
    "18th",
    18,
    "rank",
    "order of Rosal among tropical cyclones entering the PAR this year",
    opt=True,
    **PAGASA,
)
a(
    "20",
    20,
    "count",
    "average number of tropical cyclones entering the country a year",
    after="An average of ",
    speaker=None,
    aliases=["PAGASA"],
)

# 4204: German Federal Government press conference (Regierungspressekonferenz), English
# translation (Wednesday 11 February 2037).
AK = ["Keller", "SRS Keller", "deputy government spokesperson", "Federal Government"]
doc("4204_regpk-government-press-conference-2037-02-11.txt", "2037-02-11", "Anja Keller", AK)
a("0.9 percent", 0.9, "percent", "expected GDP growth", unit=P, period="this year")
a("0.4 percent", 0.4, "percent", "GDP growth", unit=P, period="2036")
a("2.98 million", 2.98e6, "count", "expected average number of unemployed", period="this year")
KA = dict(
    speaker="Katrin Albers",
    aliases=["Albers", "Chancellor", "Federal Chancellor", "Anja Keller", "SRS Keller"],
)
a(
    "EUR 118 billion",
    118e9,
    "money",
    "federal investment this year",
    unit="EUR",
    period="this year",
    **KA,
)
a(
    "roughly every sixth",
    16.67,
    "percent",
    "share of the federal budget going into investment",
    q="approximate",
    unit=P,
    **KA,
)
IFO = dict(speaker="Ifo Institute", aliases=["Ifo", "ifo Institute"], date="2037-02-09")
a(
    "third",
    3,
    "count",
    "consecutive months of falling business sentiment",
    after="for the ",
    opt=True,
    **IFO,
)
a("0.5 percent", 0.5, "percent", "expected growth this year", unit=P, period="this year", **IFO)
a(
    "around 0.3 percentage points",
    0.3,
    "percent",
    "reduction in growth from US tariffs",
    q="approximate",
    unit=PP,
)
LH = dict(
    speaker="Lukas Hartmann",
    aliases=["Hartmann", "Economics Minister", "Selin Aydin", "Dr. Aydin", "BMWE"],
    date="2037-02-09",
)
a(
    "around EUR 3.4 billion",
    3.4e9,
    "money",
    "annual cost of the industrial electricity price relief",
    q="approximate",
    unit="EUR",
    **LH,
)
a(
    "about 2,100",
    2100,
    "count",
    "energy-intensive companies eligible for the relief",
    q="approximate",
    **LH,
)
a(
    "11 percent",
    11,
    "percent",
    "share of planned 2036 special-fund money paid out",
    unit=P,
    period="2036",
    speaker="Federal Court of Auditors",
    aliases=["Bundesrechnungshof"],
)
JW = dict(
    speaker="Jonas Wendt",
    aliases=["Wendt", "Federal Ministry of Finance", "BMF"],
)
a(
    "EUR 5.2 billion",
    5.2e9,
    "money",
    "outflows from the special fund for infrastructure",
    unit="EUR",
    period="last year",
    **JW,
)
a("EUR 36 billion", 36e9, "money", "planned outflows from the special fund", unit="EUR", **JW)
a(
    "a little over 14 percent",
    14,
    "percent",
    "share of planned special-fund money paid out",
    q="more_than",
    unit=P,
    **JW,
)
FB = dict(
    speaker="Felix Brenner",
    aliases=["Brenner", "Finance Minister", "the minister", "Jonas Wendt", "Wendt"],
    date="2037-02-10",
)
a(
    "at least double",
    2,
    "measure",
    "expected rise in special-fund outflows this year",
    q="at_least",
    unit="times",
    opt=True,
    **FB,
)
a(
    "3.8 percent",
    3.8,
    "percent",
    "rise in tax revenues of the Federation and the Länder",
    unit=P,
    period="January",
    **JW,
)
a(
    "EUR 71.6 billion",
    71.6e9,
    "money",
    "tax revenues of the Federation and the Länder",
    unit="EUR",
    period="January",
    **JW,
)
a(
    "around EUR 17 billion",
    17e9,
    "money",
    "remaining gap in the 2038 budget",
    q="approximate",
    unit="EUR",
    **FB,
)
BA = dict(
    speaker="Federal Employment Agency",
    aliases=["Bundesagentur für Arbeit", "Miriam Brockmann", "Brockmann"],
)
a("3.12 million", 3.12e6, "count", "people registered as unemployed", period="January", **BA)
MB = dict(
    speaker="Miriam Brockmann",
    aliases=["Brockmann", "BMAS", "Federal Employment Agency"],
)
a("186,000", 186000, "count", "annual rise in registered unemployment", **MB)
a("6.7 percent", 6.7, "percent", "unemployment rate", unit=P, period="January", **MB)
a(
    "about 310,000",
    310000,
    "count",
    "refugees from Ukraine in jobs subject to social insurance contributions",
    q="approximate",
    **MB,
)
a(
    "almost twice",
    2,
    "measure",
    "Ukrainian refugees in jobs compared with two years ago",
    q="nearly",
    unit="times",
    opt=True,
    **MB,
)
a("two years ago", 2, "duration", "time of the comparison", unit="year", opt=True, **MB)
a("EUR 900 million", 900e6, "money", "reported cut in funding for job centres", unit="EUR", **N)
NOB = dict(
    speaker="Nora Okonkwo-Berger",
    aliases=["Okonkwo-Berger", "Foreign Minister", "Paul Fischer-Lanz", "Fischer-Lanz"],
    date="2037-02-10",
)
a(
    "EUR 120 million",
    120e6,
    "money",
    "further German humanitarian aid for Sudan and its neighbours",
    unit="EUR",
    **NOB,
)
a(
    "more than 12 million",
    12e6,
    "count",
    "people displaced by the war in Sudan",
    q="more_than",
    **NOB,
)
a("around 4 million", 4e6, "count", "people who fled Sudan abroad", q="approximate", **NOB)
a(
    "more than EUR 1.1 billion",
    1.1e9,
    "money",
    "German humanitarian aid for the region since the start of the war",
    q="more_than",
    unit="EUR",
    speaker="Paul Fischer-Lanz",
    aliases=["Fischer-Lanz", "Federal Foreign Office", "AA"],
)

# 4205: PR Newswire corporate press release (Monday 9 March 2037).
KG = ["Kestrel Grid Solutions", "Kestrel Grid Solutions, Inc.", "Kestrel"]
doc("4205_prnewswire-kestrel-grid-q4-results-2037-03-09.txt", "2037-03-09", None, KG)
KGS = dict(speaker="Kestrel Grid Solutions", aliases=["Kestrel Grid Solutions, Inc.", "Kestrel"])
a("$250 Million", 250e6, "money", "share repurchase program", unit="USD", opt=True)
a("$4.21 billion", 4.21e9, "money", "full-year revenue", unit="USD", period="2036", opt=True)
a("17%", 17, "percent", "rise in full-year revenue", unit=P, opt=True)
a("$9.8 billion", 9.8e9, "money", "record backlog", unit="USD", opt=True)
a(
    "$4.6 billion to $4.8 billion",
    4.6e9,
    "money",
    "2037 revenue guidance",
    q="range",
    unit="USD",
    period="2037",
    low=4.6e9,
    high=4.8e9,
    opt=True,
)
a("21%", 21, "percent", "rise in fourth-quarter revenue", unit=P)
a(
    "$1.16 billion",
    1.16e9,
    "money",
    "fourth-quarter revenue",
    unit="USD",
    period="fourth quarter of 2036",
)
a(
    "$959 million",
    959e6,
    "money",
    "revenue in the fourth quarter of 2035",
    unit="USD",
    period="fourth quarter of 2035",
)
a("$138 million", 138e6, "money", "fourth-quarter net income", unit="USD")
a("$2.04", 2.04, "money", "fourth-quarter earnings per diluted share", unit="USD")
a("17%", 17, "percent", "rise in full-year revenue", unit=P, after="revenue increased ")
a(
    "$4.21 billion",
    4.21e9,
    "money",
    "full-year revenue",
    unit="USD",
    period="2036",
    after="revenue increased 17% to ",
)
a("180 basis points", 180, "percent", "expansion of adjusted EBITDA margin", unit=BP)
a("16.4%", 16.4, "percent", "adjusted EBITDA margin", unit=P, period="2036")
a("$1.7 billion", 1.7e9, "money", "orders in the fourth quarter", unit="USD")
a(
    "$9.8 billion",
    9.8e9,
    "money",
    "backlog at year-end",
    unit="USD",
    after="bringing backlog to a record ",
)
a(
    "About 60%",
    60,
    "percent",
    "share of the backlog to be delivered in 2037",
    q="approximate",
    unit=P,
)
MS = dict(
    speaker="Maria Sandoval",
    aliases=["Sandoval", "President and Chief Executive Officer of Kestrel Grid", *KG],
)
a(
    "more than 40 years",
    40,
    "measure",
    "age of utility equipment being replaced",
    q="more_than",
    unit="year",
    **MS,
)
a("third", 3, "count", "shifts at the Waco plant", after="adding a ", opt=True, **MS)
a(
    "roughly 35%",
    35,
    "percent",
    "rise in large power transformer capacity",
    q="approximate",
    unit=P,
    **MS,
)
a(
    "around 120 weeks",
    120,
    "duration",
    "earlier customer lead times",
    q="approximate",
    unit="week",
    **MS,
)
a("about 90", 90, "duration", "current customer lead times", q="approximate", unit="week", **MS)
IEA = dict(speaker="International Energy Agency", aliases=["IEA"])
a(
    "$480 billion",
    480e9,
    "money",
    "global investment in electricity grids",
    unit="USD",
    period="2036",
    **IEA,
)
a(
    "nearly double",
    2,
    "measure",
    "grid investment compared with a decade ago",
    q="nearly",
    unit="times",
    opt=True,
    **IEA,
)
a("a decade", 10, "duration", "time of the comparison", unit="year", opt=True, **IEA)
a(
    "8% to 10%",
    8,
    "percent",
    "annual growth of Kestrel's addressable market in North America",
    q="range",
    unit=P,
    period="through 2040",
    low=8,
    high=10,
    **KGS,
)
a("up to $250 million", 250e6, "money", "new share repurchase program", q="at_most", unit="USD")
a("$0.32", 0.32, "money", "quarterly dividend per share", unit="USD")
a("14%", 14, "percent", "increase in the quarterly dividend", unit=P)
DO = dict(
    speaker="Daniel Ortega",
    aliases=["Ortega", "Chief Financial Officer", *KG],
)
a("$512 million", 512e6, "money", "free cash flow", unit="USD", period="2036", **DO)
a("0.8 times", 0.8, "measure", "net leverage at year-end", unit="times", **DO)
a(
    "at least half",
    50,
    "percent",
    "share of free cash flow to be returned to shareholders",
    q="at_least",
    unit=P,
    **DO,
)
a("three years", 3, "duration", "period of the cash return", unit="year", opt=True, **DO)
a(
    "$4.6 billion to $4.8 billion",
    4.6e9,
    "money",
    "full-year 2037 revenue guidance",
    q="range",
    unit="USD",
    period="2037",
    low=4.6e9,
    high=4.8e9,
    after="Kestrel expects full-year 2037 revenue of ",
    **KGS,
)
a(
    "approximately 17%",
    17,
    "percent",
    "expected adjusted EBITDA margin",
    q="approximate",
    unit=P,
    period="2037",
    **KGS,
)
a(
    "about $310 million",
    310e6,
    "money",
    "expected capital expenditures",
    q="approximate",
    unit="USD",
    period="2037",
)
a("approximately 8,400", 8400, "count", "Kestrel employees", q="approximate")
a("19", 19, "count", "Kestrel manufacturing sites", after="people at ")
a("six", 6, "count", "countries with Kestrel manufacturing sites", after="manufacturing sites in ")

# 4206: Ahram Online news item on Suez Canal revenues (Wednesday 15 July 2037).
doc("4206_ahram-suez-canal-revenues-2037-07-15.txt", "2037-07-15", None)
TM = dict(
    speaker="Tarek Mansour",
    aliases=[
        "Mansour",
        "Admiral Tarek Mansour",
        "Chairman of the Suez Canal Authority",
        "SCA chairman",
        "Suez Canal Authority",
    ],
    date="2037-07-14",
)
a("14%", 14, "percent", "rise in Suez Canal revenues", unit=P, period="FY2036/37", opt=True, **TM)
a("$8.3 bln", 8.3e9, "money", "Suez Canal revenues", unit="USD", period="FY2036/37", opt=True, **TM)
a(
    "14 percent",
    14,
    "percent",
    "year-on-year rise in Suez Canal revenues",
    unit=P,
    period="fiscal year 2036/2037",
    **TM,
)
a(
    "$8.3 billion",
    8.3e9,
    "money",
    "Suez Canal revenues",
    unit="USD",
    period="fiscal year 2036/2037",
    **TM,
)
a("21,480", 21480, "count", "vessels that transited the canal in the year", **TM)
a("19,950", 19950, "count", "vessels that transited the canal in the previous fiscal year", **TM)
a("1.18 billion tonnes", 1.18e9, "measure", "net tonnage of transiting vessels", unit="tonne", **TM)
a("1,902", 1902, "count", "vessels that transited the canal in June", period="June", **TM)
a(
    "four years",
    4,
    "duration",
    "period of the monthly record comparison",
    unit="year",
    opt=True,
    **TM,
)
a("$742 million", 742e6, "money", "canal revenues in June", unit="USD", period="June", **TM)
a(
    "up to 15 percent",
    15,
    "percent",
    "discounts for container ships from northwest European ports",
    q="at_most",
    unit=P,
    **TM,
)
a(
    "more than 300",
    300,
    "count",
    "vessels brought back from the Cape of Good Hope route",
    q="more_than",
    **TM,
)
SCA = dict(speaker="Suez Canal Authority", aliases=["SCA", "the authority"])
a("31 percent", 31, "percent", "container ships' share of canal traffic", unit=P, **SCA)
a("27 percent", 27, "percent", "tankers' share of canal traffic", unit=P, **SCA)
a(
    "59",
    59,
    "count",
    "average daily vessels through the canal",
    speaker=None,
    aliases=["Suez Canal Authority", "SCA"],
)
a(
    "72",
    72,
    "count",
    "record daily vessels through the canal",
    period="2023",
    speaker=None,
    aliases=["Suez Canal Authority", "SCA"],
)
a(
    "$9.5 billion",
    9.5e9,
    "money",
    "expected canal revenues in the current fiscal year",
    unit="USD",
    **SCA,
)
a(
    "around $4 billion",
    4e9,
    "money",
    "canal revenues in FY2023/24",
    q="approximate",
    unit="USD",
    period="FY2023/24",
)
AAW = dict(
    speaker="Ayman Abdel-Wahab",
    aliases=["Abdel-Wahab", "Cabinet spokesman"],
    date="2037-07-13",
)
a(
    "$52.6 billion",
    52.6e9,
    "money",
    "Egypt's foreign currency reserves at the end of June",
    unit="USD",
    **AAW,
)
a(
    "half",
    50,
    "percent",
    "share of additional canal revenues to go to the Suez Canal Economic Zone",
    unit=P,
    after="to channel ",
    speaker="Hazem Lotfy",
    aliases=[
        "Lotfy",
        "Prime Minister",
        "Prime Minister Hazem Lotfy",
        "Ayman Abdel-Wahab",
        "Abdel-Wahab",
    ],
    date="2037-07-13",
)
a(
    "$4.9 billion",
    4.9e9,
    "money",
    "investments attracted by the Suez Canal Economic Zone",
    unit="USD",
    period="since July 2036",
    **AAW,
)
a("about 38,000", 38000, "count", "direct jobs provided by the zone", q="approximate", **AAW)
IMF = dict(speaker="International Monetary Fund", aliases=["IMF", "the Fund"])
a(
    "$8 billion",
    8e9,
    "money",
    "Egypt's Extended Fund Facility",
    unit="USD",
    speaker=None,
    aliases=["International Monetary Fund", "IMF"],
)
a("3.1 percent", 3.1, "percent", "Egypt's current account deficit as a share of GDP", unit=P, **IMF)
a("4.6 percent", 4.6, "percent", "projected real GDP growth", unit=P, period="FY2037/38", **IMF)
a("4.2 percent", 4.2, "percent", "real GDP growth in the year just ended", unit=P, **IMF)
a(
    "around 11 percent",
    11,
    "percent",
    "expected annual urban inflation",
    q="approximate",
    unit=P,
    period="by June 2038",
    **IMF,
)
a(
    "about $1.2 billion",
    1.2e9,
    "money",
    "funds made available by the completion of the review",
    q="approximate",
    unit="USD",
    **IMF,
)
a(
    "0.5 percentage points",
    0.5,
    "percent",
    "possible addition to growth from the canal next year",
    unit=PP,
    period="next year",
    speaker="Nadia El-Sayed",
    aliases=["El-Sayed"],
)

# 4207: New York City Mayor's Office press release (Wednesday 20 May 2037).
doc("4207_nyc-mayor-street-resurfacing-2037-05-20.txt", "2037-05-20", None, ["Office of the Mayor"])
RQ = dict(
    speaker="Renata Quiñones",
    aliases=["Mayor Quiñones", "Quiñones", "Mayor Renata Quiñones", "Mayor of New York City"],
)
LM = "lane mile"
a("$412 MILLION", 412e6, "money", "street resurfacing investment", unit="USD", opt=True)
a("1,300", 1300, "measure", "lane miles to be repaved", unit=LM, opt=True)
a("FIVE", 5, "count", "boroughs", opt=True)
a("Under Two Days", 2, "duration", "pothole repair time", q="less_than", unit="day", opt=True)
a("Nearly Four", 4, "duration", "pothole repair time last year", q="nearly", unit="day", opt=True)
a("$412 million", 412e6, "money", "street resurfacing investment", unit="USD", **RQ)
a(
    "1,300 lane miles",
    1300,
    "measure",
    "city streets to be resurfaced this construction season",
    unit=LM,
    **RQ,
)
a("59", 59, "count", "community boards reached by the investment")
a("$38 million", 38e6, "money", "new fleet of pothole repair trucks", unit="USD")
a("24", 24, "count", "new pothole repair trucks")
a(
    "380 lane miles",
    380,
    "measure",
    "lane miles to be resurfaced in Queens",
    unit=LM,
    subject="Queens",
)
a("340", 340, "measure", "lane miles to be resurfaced in Brooklyn", unit=LM, subject="Brooklyn")
a(
    "210",
    210,
    "measure",
    "lane miles to be resurfaced in the Bronx",
    unit=LM,
    subject="the Bronx",
    after="340 in Brooklyn, ",
)
a(
    "200",
    200,
    "measure",
    "lane miles to be resurfaced on Staten Island",
    unit=LM,
    subject="Staten Island",
    after="210 in the Bronx, ",
)
a("170", 170, "measure", "lane miles to be resurfaced in Manhattan", unit=LM, subject="Manhattan")
DOT = dict(
    speaker="New York City Department of Transportation",
    aliases=["DOT", "NYC DOT"],
)
a("186,000", 186000, "count", "potholes filled last year", period="last year", **DOT)
a("1.8 days", 1.8, "duration", "average time to repair a reported pothole", unit="day", **DOT)
a("3.7 days", 3.7, "duration", "average pothole repair time a year earlier", unit="day", **DOT)
a("under two days", 2, "duration", "promised pothole repair time", q="less_than", unit="day", **RQ)
a(
    "About one in five",
    20,
    "percent",
    "city lane miles rated in fair or poor condition",
    q="approximate",
    unit=P,
    **RQ,
)
a("19,300 lane miles", 19300, "measure", "city street network", unit=LM, **RQ)
a(
    "nearly 30 percent",
    30,
    "percent",
    "lane miles in fair or poor condition in 2032",
    q="nearly",
    unit=P,
    period="2032",
    **RQ,
)
a("150", 150, "count", "additional paving crew members to be hired by July", **RQ)
HV = dict(
    speaker="Hector Villanueva",
    aliases=["Villanueva", "DOT Commissioner", "New York City Department of Transportation"],
)
a("six days", 6, "duration", "days a week paving crews work", unit="day", opt=True, **HV)
a(
    "Roughly 40 percent",
    40,
    "percent",
    "cyclist injuries on resurfacing corridors involving a pavement defect",
    q="approximate",
    unit=P,
    **HV,
)
HVT = dict(**HV, date="2037-05-19")
a("two", 2, "count", "municipal asphalt plants", after="the city's ", opt=True, **HVT)
a(
    "1.1 million tons",
    1.1e6,
    "measure",
    "asphalt produced by the city's plants last year",
    unit="tonne",
    **HVT,
)
a(
    "about 23 percent",
    23,
    "percent",
    "share of asphalt from recycled material",
    q="approximate",
    unit=P,
    **HVT,
)
a(
    "up to 70 percent",
    70,
    "percent",
    "share of old pavement the Hunts Point plant can recycle",
    q="at_most",
    unit=P,
    **HVT,
)
a(
    "48 miles",
    48,
    "measure",
    "streets rebuilt by DDC with new water mains and sewers this year",
    unit="mile",
)
a(
    "at least five years",
    5,
    "duration",
    "time before a newly paved street is dug up again",
    q="at_least",
    unit="year",
    speaker="Aisha Rahman",
    aliases=["Rahman", "Department of Design and Construction Commissioner", "DDC"],
)
a(
    "Two hundred lane miles",
    200,
    "measure",
    "lane miles for Staten Island",
    unit=LM,
    opt=True,
    speaker="Michael Costa",
    aliases=["Costa", "Staten Island Borough President"],
)
a(
    "210 lane miles",
    210,
    "measure",
    "lane miles for the Bronx",
    unit=LM,
    opt=True,
    speaker="Yvette Baptiste",
    aliases=["Baptiste", "Council Member Yvette Baptiste"],
)
IBO = dict(
    speaker="Independent Budget Office", aliases=["IBO", "New York City Independent Budget Office"]
)
a(
    "about $2.6 billion",
    2.6e9,
    "money",
    "cost of deferred street maintenance if left unaddressed",
    q="approximate",
    unit="USD",
    period="over the next decade",
    **IBO,
)
a(
    "decade",
    10,
    "duration",
    "period of the cost estimate",
    unit="year",
    after="over the next ",
    opt=True,
    **IBO,
)
CO = dict(
    speaker="New York City Comptroller",
    aliases=["Comptroller's office", "New York City Comptroller's office"],
)
a(
    "12 percent",
    12,
    "percent",
    "fall in claims against the city for pothole damage",
    unit=P,
    period="last year",
    **CO,
)
a("3,140", 3140, "count", "claims against the city for pothole damage", period="last year", **CO)

# END
GOLD.build()
