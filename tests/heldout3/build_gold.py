"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout3/build_gold.py``. Each annotation names the
number as written and, when it occurs more than once, a text it follows (``after``); the
scaffolding is shared with the other held-out sets in ``tests/gold_tools.py``. For the ``.html``
page the offsets are into ``claimgraph.ingest.load_document(path).text``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_tools import GoldFile

GOLD = GoldFile(Path(__file__).parent)
doc, a = GOLD.doc, GOLD.a

# Conventions (as tests/heldout, tests/heldout2 and /work/shared/corpus-extra): headline figures
# optional; a bare "Q", the page's own voice and unnamed sources have speaker None, judged
# sentence by sentence; an outlet asking in a transcript speaks for its question, but "according
# to X" / "X said" inside a question is X (the outlet an alias); a figure a spokesperson quotes
# from a minister is the minister's; date = the day the claim was stated ("said on Monday" is
# resolved against the publication day); "an estimated" -> approximate, "exceeded" -> more_than,
# "close to" -> nearly; ages, time spans that only date a figure and figures whose kind or unit is
# debatable are optional; dates, times, years, phone numbers, ordinal names ("the 63rd
# drawdown", "the 136th ... Fair"), identifiers ("Article 11", "F-35", "N1", "Category 3") and
# population bands ("aged 16 to 64") are not annotated (a prediction there is an extra).

# 400: MFA regular press conference (Tuesday 17 June 2025).
doc("400_mfa-mao-ning-presscon-2025-06-17.txt", "2025-06-17", "Mao Ning")
CA = "China and Central Asian countries"
a("two years ago", 2, "duration", "time since the first summit", unit="year", opt=True)
a("five", 5, "count", "Central Asian countries", after="China and the ", opt=True)
a(
    "94.8 billion US dollars",
    94.8e9,
    "money",
    "trade between China and Central Asian countries",
    unit="USD",
    subject=CA,
    period="last year",
)
a(
    "5.3 percent",
    5.3,
    "percent",
    "year-on-year growth in trade",
    unit="percent",
    subject=CA,
    period="last year",
)
a(
    "9.2 percent",
    9.2,
    "percent",
    "growth in trade",
    unit="percent",
    subject=CA,
    period="first five months of this year",
)
a(
    "More than 60",
    60,
    "count",
    "Chinese-funded industrial projects under construction",
    q="more_than",
    subject="Central Asia",
)
a(
    "over 11,000",
    11000,
    "count",
    "China-Europe Railway Express trips through Central Asia",
    q="more_than",
    period="since the start of 2024",
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2025-06-16")
a("nearly 50", 50, "count", "cooperation documents signed during the summit", q="nearly", **WY)
a(
    "1.5 billion yuan",
    1.5e9,
    "money",
    "grant assistance to the region for livelihood projects",
    unit="CNY",
    subject="China",
    period="this year",
    **WY,
)
a("6.8", 6.8, "measure", "earthquake magnitude", speaker="Reuters", opt=True)
ND = dict(
    speaker="National Disaster Risk Reduction and Management Authority",
    aliases=["Nepal's National Disaster Risk Reduction and Management Authority", "Reuters"],
)
a(
    "at least 1,240",
    1240,
    "count",
    "people killed in the earthquake",
    q="at_least",
    subject="Nepal",
    **ND,
)
a("about 85,000", 85000, "count", "homes damaged", q="approximate", subject="Nepal", **ND)
a(
    "30 million yuan",
    30e6,
    "money",
    "emergency humanitarian assistance to Nepal",
    unit="CNY",
    subject="China",
)
a("42", 42, "count", "members of the rescue team")
a(
    "some 20 tonnes",
    20,
    "measure",
    "equipment and supplies brought by the rescue team",
    q="approximate",
    unit="tonne",
)
a(
    "up to 42.7 percent",
    42.7,
    "percent",
    "anti-dumping duties on seamless steel pipes from China",
    q="at_most",
    unit="percent",
    speaker="European Commission",
    aliases=["Bloomberg"],
    date="2025-06-16",
)
a(
    "50th anniversary",
    50,
    "anniversary",
    "anniversary of diplomatic relations between China and the EU",
)
a(
    "less than 3 percent",
    3,
    "percent",
    "share of EU imports of seamless pipes from China",
    q="less_than",
    unit="percent",
    period="last year",
)
a(
    "more than 1,300",
    1300,
    "count",
    "Chinese citizens helped to leave the country",
    q="more_than",
    subject="Chinese Embassy",
)
a(
    "around two-thirds",
    66.67,
    "percent",
    "share of evacuated citizens returned to China",
    q="approximate",
    unit="percent",
)
a("Over 1,700", 1700, "count", "participants expected at the Summer Davos forum", q="more_than")
a("some 90", 90, "count", "countries and regions of the participants", q="approximate")
a("three-day", 3, "duration", "length of the meeting", unit="day", opt=True)

# 401: Xinhua report of an SCIO briefing on trade (Monday 14 October 2024).
doc("401_xinhua-scio-trade-2024-10-14.txt", "2024-10-14", None)
GAC = dict(
    speaker="General Administration of Customs",
    aliases=["General Administration of Customs (GAC)", "GAC"],
)
WL = dict(speaker="Wang Lingjun", aliases=["Wang"])
LD = dict(speaker="Lyu Daliang", aliases=["Lyu"])
Q3 = "first three quarters of 2024"
a("5.3 pct", 5.3, "percent", "growth in foreign trade", unit="percent", opt=True)
a(
    "5.3 percent",
    5.3,
    "percent",
    "year-on-year growth in foreign trade in goods",
    unit="percent",
    subject="China",
    period=Q3,
    **GAC,
)
a(
    "32.33 trillion yuan",
    32.33e12,
    "money",
    "foreign trade in goods",
    unit="CNY",
    subject="China",
    period=Q3,
    **GAC,
)
a(
    "about 4.55 trillion U.S. dollars",
    4.55e12,
    "money",
    "foreign trade in goods",
    q="approximate",
    unit="USD",
    subject="China",
    period=Q3,
    opt=True,
    **GAC,
)
a(
    "6.2 percent",
    6.2,
    "percent",
    "year-on-year growth in exports",
    unit="percent",
    subject="China",
    period=Q3,
    **WL,
)
a("18.62 trillion yuan", 18.62e12, "money", "exports", unit="CNY", subject="China", period=Q3, **WL)
a(
    "4.1 percent",
    4.1,
    "percent",
    "increase in imports",
    unit="percent",
    subject="China",
    period=Q3,
    **WL,
)
a("13.71 trillion yuan", 13.71e12, "money", "imports", unit="CNY", subject="China", period=Q3, **WL)
a(
    "4.6 percent",
    4.6,
    "percent",
    "growth in trade",
    unit="percent",
    subject="China",
    period="third quarter",
    **WL,
)
a("fourth", 4, "count", "consecutive quarters of trade growth", opt=True, **WL)
a(
    "five straight quarters",
    5,
    "duration",
    "consecutive quarters of growth in foreign trade",
    unit="quarter",
    subject="China",
    **WL,
)
a(
    "15.96 trillion yuan",
    15.96e12,
    "money",
    "trade with Belt and Road partner countries",
    unit="CNY",
    subject="China",
)
a(
    "50.3 percent",
    50.3,
    "percent",
    "share of trade with Belt and Road partner countries in total foreign trade",
    unit="percent",
    subject="China",
)
a("8.6 percent", 8.6, "percent", "growth in trade with ASEAN", unit="percent", subject="China")
a("second-largest", 2, "rank", "trading partner", subject="European Union")
a(
    "4.2 trillion yuan",
    4.2e12,
    "money",
    "bilateral trade with the European Union",
    unit="CNY",
    subject="China",
)
a(
    "55.2 percent",
    55.2,
    "percent",
    "share of private enterprises in total foreign trade value",
    unit="percent",
    subject="private enterprises",
)
a(
    "1.4 percentage points",
    1.4,
    "percent",
    "rise in private enterprises' share of foreign trade",
    unit="percentage point",
    subject="private enterprises",
)
a("exceeded 600,000", 600000, "count", "firms with import and export records", q="more_than")
a(
    "8 percent",
    8,
    "percent",
    "growth in exports of mechanical and electrical products",
    unit="percent",
    **WL,
)
a(
    "nearly 60 percent",
    60,
    "percent",
    "share of mechanical and electrical products in exports",
    q="nearly",
    unit="percent",
    **WL,
)
a("22 percent", 22, "percent", "growth in shipments of integrated circuits", unit="percent", **WL)
a(
    "almost one-fifth",
    20,
    "percent",
    "increase in exports of automobiles",
    q="nearly",
    unit="percent",
    **WL,
)
a(
    "about 30,600",
    30600,
    "count",
    "exhibitors at the China Import and Export Fair",
    q="approximate",
    **WL,
)
a("3.3 percent", 3.3, "percent", "decline in crude oil imports", unit="percent", **LD)
a("408 million tonnes", 408e6, "measure", "crude oil imports", unit="tonne", **LD)
a(
    "roughly 2 to 3 percent",
    2,
    "percent",
    "decline in grain import volume",
    q="range",
    unit="percent",
    low=2,
    high=3,
    **LD,
)
a(
    "4-5 percent",
    4,
    "percent",
    "expected trade growth in the fourth quarter",
    q="range",
    unit="percent",
    low=4,
    high=5,
    period="fourth quarter",
    speaker="Lyu Daliang",
    aliases=["Lyu", "GAC", "General Administration of Customs"],
)
a(
    "4.91 trillion yuan",
    4.91e12,
    "money",
    "trade surplus",
    unit="CNY",
    subject="China",
    period=Q3,
    **GAC,
)

# 402: ONS labour market bulletin (12 November 2024); the bulletin's own voice is None.
doc("402_ons-labour-market-2024-11-12.txt", "2024-11-12", None)
UK = "UK"
a(
    "74.8%",
    74.8,
    "percent",
    "employment rate",
    unit="percent",
    subject=UK,
    period="July to September 2024",
)
a(
    "4.3%",
    4.3,
    "percent",
    "unemployment rate",
    unit="percent",
    subject=UK,
    period="three months to September 2024",
)
a(
    "0.2 percentage points",
    0.2,
    "percent",
    "rise in the unemployment rate on the quarter",
    unit="percentage point",
    subject=UK,
)
a("21.8%", 21.8, "percent", "economic inactivity rate", unit="percent", subject=UK)
a(
    "0.3 percentage points",
    0.3,
    "percent",
    "fall in the economic inactivity rate",
    unit="percentage point",
    subject=UK,
)
a(
    "5,000",
    5000,
    "count",
    "fall in payrolled employees on the month",
    subject=UK,
    period="October 2024",
)
a("30.3 million", 30.3e6, "count", "payrolled employees", subject=UK, period="October 2024")
a("35,000", 35000, "count", "fall in vacancies on the quarter", after="fell by ", subject=UK)
a("831,000", 831000, "count", "vacancies", subject=UK, period="August to October 2024")
a("28th", 28, "count", "consecutive periods of quarterly decline in vacancies", opt=True)
a(
    "4.8%",
    4.8,
    "percent",
    "annual growth in employees' average regular earnings",
    unit="percent",
    subject=UK,
    period="July to September 2024",
)
a(
    "more than two years",
    2,
    "duration",
    "time since the lowest rate",
    q="more_than",
    unit="year",
    opt=True,
)
a(
    "4.3%",
    4.3,
    "percent",
    "annual growth in total earnings",
    unit="percent",
    subject=UK,
    after="including bonuses) was ",
)
a("1.9%", 1.9, "percent", "annual growth in real regular pay", unit="percent", subject=UK)
a(
    "an estimated 47,000",
    47000,
    "count",
    "working days lost because of labour disputes",
    q="approximate",
    subject=UK,
    period="September 2024",
)
a(
    "61,000",
    61000,
    "count",
    "working days lost because of labour disputes",
    subject=UK,
    period="August 2024",
)
HM = dict(
    speaker="Helen Marsh", aliases=["Marsh", "ONS Director of Economic Statistics Helen Marsh"]
)
a(
    "over two years",
    2,
    "duration",
    "time since wage growth was this low",
    q="more_than",
    unit="year",
    opt=True,
    **HM,
)
a(
    "around 2 per cent",
    2,
    "percent",
    "real wage growth above inflation",
    q="approximate",
    unit="percent",
    **HM,
)
a(
    "more than two years",
    2,
    "duration",
    "time vacancies have been falling",
    q="more_than",
    unit="year",
    after="fallen for ",
    **HM,
)
a("4.3 per cent", 4.3, "percent", "unemployment rate", unit="percent", **HM)
a(
    "about 35,000",
    35000,
    "count",
    "households in the Labour Force Survey sample",
    q="approximate",
    **HM,
)
a(
    "220,000",
    220000,
    "count",
    "rise in people in employment",
    subject=UK,
    period="three months to September 2024",
)
a(
    "Around one in eight",
    12.5,
    "percent",
    "share of workers self-employed",
    q="approximate",
    unit="percent",
)
a("3.6", 3.6, "measure", "redundancy rate per thousand employees", opt=True)
a(
    "8.2 million hours",
    8.2e6,
    "measure",
    "increase in total actual weekly hours worked",
    unit="hour",
)
a("1.07 billion hours", 1.07e9, "measure", "total actual weekly hours worked", unit="hour")

# 403: OCHA flash update (18 March 2025); the update's own voice is None.
doc("403_ocha-flash-update-mozambique-2025-03-18.txt", "2025-03-18", None)
INGD = dict(
    speaker="National Institute for Disaster Risk Management and Reduction",
    aliases=["INGD", "National Institute for Disaster Risk Management and Reduction (INGD)"],
)
MZ = "Mozambique"
a(
    "An estimated 410,000",
    410000,
    "count",
    "people affected",
    q="approximate",
    subject="Nampula and Zambézia provinces",
)
a("At least 37", 37, "count", "people who have died", q="at_least", subject=MZ, **INGD)
a("214", 214, "count", "people injured", subject=MZ, **INGD)
a("22 per cent", 22, "percent", "share of the Flash Appeal funded", unit="percent")
a(
    "up to 185 km/h",
    185,
    "measure",
    "sustained winds",
    q="at_most",
    unit="km/h",
    subject="Tropical Cyclone Lerato",
)
a(
    "200-300 mm",
    200,
    "measure",
    "rainfall in 24 hours",
    q="range",
    unit="mm",
    low=200,
    high=300,
    subject="Nampula province",
)
a("24 hours", 24, "duration", "period of the rainfall", unit="hour", opt=True)
a("more than 62,000", 62000, "count", "people displaced", q="more_than", subject=MZ, **INGD)
a("84", 84, "count", "accommodation centres", **INGD)
a("Nearly 9,000", 9000, "count", "houses destroyed", q="nearly")
a("23,500", 23500, "count", "houses partially damaged")
a("Some 1,200", 1200, "count", "classrooms damaged", q="approximate")
a("approximately 96,000", 96000, "count", "students whose education is disrupted", q="approximate")
a("two", 2, "count", "districts inaccessible by road", after="cut off, leaving ")
a(
    "About half",
    50,
    "percent",
    "share of water points damaged in the affected districts",
    q="approximate",
    unit="percent",
)
a(
    "112",
    112,
    "count",
    "suspected cholera cases",
    period="since 15 March",
    speaker="Ministry of Health",
    aliases=["the Ministry of Health"],
)
a(
    "at least 3,000",
    3000,
    "count",
    "pregnant women in the accommodation centres needing care",
    q="at_least",
    speaker="Catarina Mbeki",
    aliases=["Mbeki", "Humanitarian Coordinator"],
    date="2025-03-17",
)
a("over 48,000", 48000, "count", "people who received food", q="more_than")
a("6,700", 6700, "count", "households that received emergency shelter kits")
a("more than 2,500", 2500, "count", "health consultations by mobile teams", q="more_than")
a(
    "180,000",
    180000,
    "count",
    "people needing food assistance",
    speaker="World Food Programme",
    aliases=["WFP", "The World Food Programme (WFP)", "World Food Programme (WFP)"],
)
a(
    "three months",
    3,
    "duration",
    "period of food assistance need",
    unit="month",
    after="for the next ",
    opt=True,
)
a("US$96.3 million", 96.3e6, "money", "funding sought by the Flash Appeal", unit="USD")
a("350,000", 350000, "count", "most vulnerable people the appeal seeks to reach")
a(
    "three months",
    3,
    "duration",
    "period of the appeal",
    unit="month",
    after="people over ",
    opt=True,
)
a(
    "$21.4 million",
    21.4e6,
    "money",
    "funding received for the appeal",
    unit="USD",
    period="as of 18 March",
)
a(
    "22 per cent",
    22,
    "percent",
    "share of the Flash Appeal funded",
    unit="percent",
    after="appeal is only ",
)
a(
    "$8 million",
    8e6,
    "money",
    "CERF allocation",
    unit="USD",
    subject="Central Emergency Response Fund",
)

# 404: Pentagon press briefing transcript (Tuesday 10 September 2024).
doc(
    "404_pentagon-ryder-briefing-2024-09-10.txt",
    "2024-09-10",
    "Pat Ryder",
    ["MR. RYDER", "Ryder", "Maj. Gen. Pat Ryder", "Air Force Maj. Gen. Pat Ryder"],
)
a(
    "$250 million",
    250e6,
    "money",
    "security assistance package for Ukraine",
    unit="USD",
    subject="Ukraine",
)
a("more than 30", 30, "count", "armored vehicles in the package", q="more_than")
a(
    "more than $56 billion",
    56e9,
    "money",
    "security assistance committed to Ukraine",
    q="more_than",
    unit="USD",
    subject="United States",
)
a(
    "73rd anniversary",
    73,
    "anniversary",
    "anniversary of the Mutual Defense Treaty with the Philippines",
)
a("approximately 40,000", 40000, "count", "U.S. troops in the Middle East", q="approximate")
a("two", 2, "count", "carrier strike groups in the Middle East", after="along with ")
a(
    "about 34,000",
    34000,
    "count",
    "U.S. troops in the Middle East before October last year",
    q="approximate",
)
a("roughly 2,500", 2500, "count", "U.S. troops in Iraq", q="approximate")
a("some 900", 900, "count", "U.S. troops in Syria", q="approximate")
a(
    "more than 80",
    80,
    "count",
    "Houthi attacks on commercial shipping",
    q="more_than",
    subject="Houthis",
    speaker="CENTCOM",
    aliases=["U.S. Central Command"],
)
a(
    "over 190",
    190,
    "count",
    "strikes on Houthi targets in Yemen",
    q="more_than",
    period="since January",
)
a(
    "about $1.1 billion",
    1.1e9,
    "money",
    "cost of the Red Sea operations",
    q="approximate",
    unit="USD",
)
a(
    "roughly a fifth",
    20,
    "percent",
    "share of recruiting offices the Army is cutting",
    q="approximate",
    unit="percent",
    subject="Army",
    speaker=None,
)
a(
    "55,000",
    55000,
    "count",
    "Army recruiting goal of active-duty soldiers",
    subject="Army",
    period="fiscal 2024",
)
a("two months", 2, "duration", "how early the Army met its recruiting goal", unit="month", opt=True)
a(
    "between 40,000 and 41,000",
    40000,
    "count",
    "sailors the Navy expects to recruit",
    q="range",
    low=40000,
    high=41000,
    subject="Navy",
)
a("23", 23, "measure", "age of the sailor", unit="year", speaker=None, opt=True)
a(
    "$1.58 trillion",
    1.58e12,
    "money",
    "lifetime cost of the F-35 program",
    unit="USD",
    subject="F-35 program",
    speaker="GAO",
    aliases=["Government Accountability Office"],
)
a(
    "less than 2 percent",
    2,
    "percent",
    "share of the department's annual budget request",
    q="less_than",
    unit="percent",
    subject="F-35 program",
)
a("$849.8 billion", 849.8e9, "money", "department's annual budget request", unit="USD")

# 405: European Commission press release (Brussels, 3 December 2024); its own voice is None.
doc("405_ec-innovation-fund-2024-12-03.txt", "2024-12-03", None)
IF = "Innovation Fund"
a("€4.8 billion", 4.8e9, "money", "Innovation Fund investment", unit="EUR", opt=True)
a("85", 85, "count", "net-zero technology projects", opt=True)
a("85", 85, "count", "innovative net-zero projects selected", after="has selected ")
a(
    "up to €4.8 billion",
    4.8e9,
    "money",
    "grants from the Innovation Fund",
    q="at_most",
    unit="EUR",
    subject=IF,
)
a("18", 18, "count", "countries where the projects are located")
a(
    "around 476 million tonnes",
    476e6,
    "measure",
    "cut in greenhouse gas emissions",
    q="approximate",
    unit="tonne",
)
a("ten years", 10, "duration", "first years of operation", unit="year", opt=True)
a(
    "€4.5 million to €250 million",
    4.5e6,
    "money",
    "individual grants",
    q="range",
    unit="EUR",
    low=4.5e6,
    high=250e6,
)
a(
    "Almost one in three",
    33.33,
    "percent",
    "share of selected projects led by an SME",
    q="nearly",
    unit="percent",
)
a("31", 31, "count", "projects in energy-intensive industries")
a("19", 19, "count", "projects concerning hydrogen")
a(
    "12",
    12,
    "count",
    "projects manufacturing components for solar panels, batteries and heat pumps",
    after="hydrogen and ",
)
PV = dict(
    speaker="Pieter Vandamme",
    aliases=["Vandamme", "Commissioner for Climate Action Pieter Vandamme"],
)
a(
    "close to €5 billion",
    5e9,
    "money",
    "Innovation Fund backing for European manufacturers",
    q="nearly",
    unit="EUR",
    **PV,
)
a("an estimated 12,000", 12000, "count", "jobs created", q="approximate", **PV)
a(
    "more than 200",
    200,
    "count",
    "projects supported by the Innovation Fund",
    q="more_than",
    subject=IF,
    period="since 2020",
    **PV,
)
a(
    "over €12 billion",
    12e9,
    "money",
    "Innovation Fund support",
    q="more_than",
    unit="EUR",
    subject=IF,
    period="since 2020",
    **PV,
)
a("337", 337, "count", "applications to the call for proposals")
a("€21.8 billion", 21.8e9, "money", "funding requested by applications", unit="EUR")
a(
    "more than four times",
    4,
    "measure",
    "requested funding relative to the budget available",
    q="more_than",
    unit="times",
)
a("Around 60%", 60, "percent", "share of first-time applicants", q="approximate", unit="percent")
a("roughly 25%", 25, "percent", "success rate", q="approximate", unit="percent")
a("four years", 4, "duration", "deadline to enter into operation", unit="year", opt=True)
a("€2.4 billion", 2.4e9, "money", "budget of the next Innovation Fund call", unit="EUR", subject=IF)
a(
    "€1 billion to €1.2 billion",
    1e9,
    "money",
    "renewable hydrogen pilot auction",
    q="range",
    unit="EUR",
    low=1e9,
    high=1.2e9,
    subject="European Hydrogen Bank",
)
a("€4", 4, "money", "bid cap per kilogram of hydrogen", unit="EUR", opt=True)
a(
    "some €40 billion",
    40e9,
    "money",
    "funding available to the Innovation Fund",
    q="approximate",
    unit="EUR",
    subject=IF,
    period="2020-2030",
)

# 406: saved news page (Thursday 20 June 2024); annotated on load_document(path).text.
doc("406_manila-courier-dengue-2024-06-20.html", "2024-06-20", None)
DOH = dict(speaker="Department of Health", aliases=["DOH", "Department of Health (DOH)"])
PH = "Philippines"
a("17%", 17, "percent", "rise in dengue cases", unit="percent", opt=True)
a(
    "123,845",
    123845,
    "count",
    "dengue cases recorded",
    subject=PH,
    period="January 1 to June 8 this year",
    date="2024-06-19",
    **DOH,
)
a(
    "17 percent",
    17,
    "percent",
    "increase in dengue cases on the same period of 2023",
    unit="percent",
    subject=PH,
    date="2024-06-19",
    **DOH,
)
a(
    "105,853",
    105853,
    "count",
    "dengue cases in the same period of 2023",
    subject=PH,
    period="same period of 2023",
    date="2024-06-19",
    **DOH,
)
a(
    "At least 317",
    317,
    "count",
    "people who died of dengue",
    q="at_least",
    subject=PH,
    period="so far this year",
    **DOH,
)
a("0.26 percent", 0.26, "percent", "case fatality rate", unit="percent", subject=PH, **DOH)
RV = dict(speaker="Ramon Villareal", aliases=["Villareal", "Health Secretary Ramon Villareal"])
a("two weeks", 2, "duration", "how early the rainy season came", unit="week", opt=True, **RV)
a("Nine", 9, "count", "regions above the epidemic threshold", **RV)
a("17", 17, "count", "regions", after="Nine of our ", **RV)
a(
    "nearly 40 percent",
    40,
    "percent",
    "share of cases among children aged 5 to 14",
    q="nearly",
    unit="percent",
    **RV,
)
a(
    "350 million pesos",
    350e6,
    "money",
    "funds released to regional offices",
    unit="PHP",
    subject="Department of Health",
    **RV,
)
a("Around 1,200", 1200, "count", "dengue fast lanes operating in public hospitals", q="approximate")
a("about 200", 200, "count", "more nurses to be hired", q="approximate")
a("three-month", 3, "duration", "length of the nurses' contracts", unit="month", opt=True)
a(
    "more than doubled",
    2,
    "measure",
    "rise in cases in Central Visayas",
    q="more_than",
    unit="times",
    opt=True,
)
a(
    "14,210",
    14210,
    "count",
    "dengue cases in Central Visayas",
    subject="Central Visayas",
    speaker="Central Visayas regional health office",
    aliases=["regional health office", "the regional health office"],
)
a("3,075", 3075, "count", "dengue cases in Cebu City", subject="Cebu City")
a(
    "roughly one in every five",
    20,
    "percent",
    "Cebu City's share of cases in the region",
    q="approximate",
    unit="percent",
    subject="Cebu City",
)

# 407: portal page with two unrelated stories (Tuesday 6 May 2025), ticker and repeated headline.
doc("407_portal-two-stories-2025-05-06.txt", "2025-05-06", None)
HP = dict(speaker="Hutchison Ports", aliases=["Hutchison Ports, the port's operator"])
CD = dict(speaker="Clare Donnelly", aliases=["Donnelly", "Chief executive Clare Donnelly"])
FX = "Port of Felixstowe"
a(
    "4.2 million",
    4.2e6,
    "count",
    "containers handled",
    subject=FX,
    after="Felixstowe handles record ",
    opt=True,
)
a(
    "4.2 million",
    4.2e6,
    "count",
    "containers handled",
    subject=FX,
    after="Felixstowe handles record 4.2 million containers\n\nPort of Felixstowe handles record ",
    opt=True,
)
a(
    "4.2 million",
    4.2e6,
    "count",
    "twenty-foot equivalent units handled",
    subject=FX,
    period="last year",
    after="handled a record ",
    **HP,
)
a(
    "6.1 per cent",
    6.1,
    "percent",
    "rise in containers handled on 2023",
    unit="percent",
    subject=FX,
    **HP,
)
a(
    "about 36 per cent",
    36,
    "percent",
    "share of the country's container freight",
    q="approximate",
    unit="percent",
    subject=FX,
    **CD,
)
a("2,015", 2015, "count", "vessel calls", subject=FX, period="2024", **CD)
a("41 minutes", 41, "duration", "average truck turnaround time", unit="minute", subject=FX, **CD)
a(
    "£300 million",
    300e6,
    "money",
    "investment in new cranes and a rail terminal",
    unit="GBP",
    subject=FX,
    period="over the next five years",
    **CD,
)
a(
    "five years",
    5,
    "duration",
    "period of the investment",
    unit="year",
    after="over the next ",
    opt=True,
    **CD,
)
a("up to 40", 40, "count", "trains a day the rail terminal can handle", q="at_most", **CD)
a("around 400", 400, "count", "jobs the expansion is expected to create", q="approximate", **CD)
a("a dozen", 12, "count", "fall in staff numbers at Berth 8 and 9", period="since January")
DFT = dict(speaker="Department for Transport", aliases=["DfT"])
a(
    "a third",
    33.33,
    "percent",
    "share of the port's containers carried inland by rail",
    unit="percent",
    subject=FX,
    **DFT,
)
a(
    "roughly 25%",
    25,
    "percent",
    "share of the port's containers carried inland by rail",
    q="approximate",
    unit="percent",
    subject=FX,
    period="a decade ago",
    **DFT,
)
a("a decade", 10, "duration", "time since the earlier rail share", unit="year", opt=True)
a("10", 10, "count", "busiest ports in Europe", after="Related\n- ", opt=True)
a("five years", 5, "duration", "time since Brexit", unit="year", after="Brexit ", opt=True)
DEFRA = dict(
    speaker="Department for Environment, Food and Rural Affairs",
    aliases=["Defra", "Department for Environment, Food and Rural Affairs (Defra)"],
)
a("27,000", 27000, "count", "birds to be culled", opt=True)
a("27,000", 27000, "count", "birds to be culled", after="all ", date="2025-05-05", **DEFRA)
a("3 km", 3, "measure", "protection zone", unit="km")
a("10 km", 10, "measure", "surveillance zone", unit="km")
AR = dict(speaker="Alan Royce", aliases=["Royce", "Chief Veterinary Officer Alan Royce"])
a(
    "more than 1.3 million",
    1.3e6,
    "count",
    "birds culled",
    q="more_than",
    period="2022-23 season",
    **AR,
)
a(
    "over 300",
    300,
    "count",
    "bird flu cases at the peak",
    q="more_than",
    period="2022-23 season",
    **AR,
)
a(
    "4.2 million",
    4.2e6,
    "count",
    "containers handled",
    after="Most read\n1. Port of Felixstowe handles record ",
    opt=True,
)
a(
    "24C",
    24,
    "measure",
    "temperature forecast for the bank holiday",
    unit="degree Celsius",
    opt=True,
)


if __name__ == "__main__":
    GOLD.build()
