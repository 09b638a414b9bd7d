"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout48/build_gold.py``. Each annotation names the
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
N = dict(speaker=None, aliases=[])

# Conventions: those of tests/heldout5 to tests/heldout47 (see README.md), plus the new cases
# listed there.

# 4800: SCIO press conference on Gansu, held Wednesday 18 March 2037, posted 19 March. Every
# claim is dated the day of the conference; relative days resolve against it.
REN = ["Ren", "Governor Ren", "Governor of Gansu", "Gansu provincial government"]
ZHOU = [
    "Zhou",
    "Vice Minister Zhou",
    "vice minister of water resources",
    "Ministry of Water Resources",
]
doc("4800_scio-gansu-development-presscon-2037-03-19.txt", "2037-03-18", "Ren Zhaolin", REN)
a(
    "1.38 trillion yuan",
    1.38e12,
    "money",
    "GDP of Gansu",
    unit="CNY",
    subject="Gansu",
    period="last year",
)
a("5.9%", 5.9, "percent", "GDP growth of Gansu", unit=P, subject="Gansu", period="last year")
a(
    "0.7 percentage points",
    0.7,
    "percent",
    "margin of Gansu's GDP growth over the national average",
    unit=PP,
)
a("7.4%", 7.4, "percent", "growth in per capita disposable income of rural residents", unit=P)
a("15,620 yuan", 15620, "money", "per capita disposable income of rural residents", unit="CNY")
a(
    "exceeded 68 million kilowatts",
    68e6,
    "measure",
    "installed capacity of wind and solar power",
    q="more_than",
    unit="kW",
    period="by the end of 2036",
)
a("64%", 64, "percent", "share of wind and solar in total installed capacity", unit=P)
a(
    "61.2 billion kilowatt-hours",
    61.2e9,
    "measure",
    "electricity sent to other provinces",
    unit="kWh",
    period="last year",
)
a(
    "nearly a third",
    33.33,
    "percent",
    "share of outbound electricity sent to the eastern coastal region",
    q="nearly",
    unit=P,
)
HU = dict(
    speaker="Hu Jianmin",
    aliases=["Hu", "Party Secretary Hu Jianmin", "Party Secretary", "Ren Zhaolin", *REN],
    date="2037-03-13",
)
a(
    "210 billion yuan",
    210e9,
    "money",
    "investment in major projects in Gansu",
    unit="CNY",
    period="this year",
    **HU,
)
a("86", 86, "count", "major projects in new energy, water conservancy and transport", **HU)
doc("4800_scio-gansu-development-presscon-2037-03-19.txt", "2037-03-18", "Zhou Kaiming", ZHOU)
a(
    "three years",
    3,
    "duration",
    "period of central allocations for water projects",
    unit="year",
    after="Over the past ",
    opt=True,
)
a(
    "42.6 billion yuan",
    42.6e9,
    "money",
    "central allocations for water conservancy projects in Gansu",
    unit="CNY",
    period="over the past three years",
)
a(
    "about 440 million cubic meters",
    440e6,
    "measure",
    "annual water delivered by the first phase of the Yinda-Ruqin project",
    q="approximate",
    unit="cubic metre",
)
a(
    "1.6 billion cubic meters",
    1.6e9,
    "measure",
    "annual supply after the second phase of the Yinda-Ruqin project",
    unit="cubic metre",
)
a(
    "10,000 yuan",
    10000,
    "money",
    "GDP unit of the water-use intensity measure",
    unit="CNY",
    opt=True,
)
a(
    "21%",
    21,
    "percent",
    "fall in water use per 10,000 yuan of GDP in Gansu",
    unit=P,
    period="over the past five years",
)
a(
    "five years",
    5,
    "duration",
    "period of the fall in water intensity",
    unit="year",
    after="over the past ",
    opt=True,
)
TANG = dict(
    speaker="Tang Weiping",
    aliases=["Tang", "Minister Tang Weiping", "Minister of Water Resources", "Zhou Kaiming", *ZHOU],
    date="2037-03-16",
)
a(
    "exceed 1.1 trillion yuan",
    1.1e12,
    "money",
    "investment in water projects nationwide",
    q="more_than",
    unit="CNY",
    period="this year",
    **TANG,
)
a("38", 38, "count", "major water projects to start in the northwest", after="would start ", **TANG)
a(
    "5.6%",
    5.6,
    "percent",
    "GDP growth of the western region",
    unit=P,
    period="last year",
    speaker="National Bureau of Statistics",
    aliases=["NBS", "China Daily"],
)
doc("4800_scio-gansu-development-presscon-2037-03-19.txt", "2037-03-18", "Ren Zhaolin", REN)
a("1,140", 1140, "count", "investment projects signed with eastern enterprises", period="last year")
a("486 billion yuan", 486e9, "money", "contracted investment from eastern enterprises", unit="CNY")
a("more than 180,000", 180000, "count", "server racks at the Qingyang hub", q="more_than")
a("third-largest", 3, "rank", "rank of the Qingyang hub among computing hubs in western China")
a(
    "about 30%",
    30,
    "percent",
    "gap between data-center electricity prices in Qingyang and coastal cities",
    q="approximate",
    unit=P,
)
a(
    "9%",
    9,
    "percent",
    "curtailment rate of wind and solar power in northwest China",
    unit=P,
    period="last year",
    speaker="International Energy Agency",
    aliases=["IEA", "Reuters"],
)
a("4.8%", 4.8, "percent", "curtailment rate in Gansu", unit=P, period="last year")
a("1.7 percentage points", 1.7, "percent", "fall in Gansu's curtailment rate", unit=PP)
a(
    "6.5 million kilowatts",
    6.5e6,
    "measure",
    "new-type energy storage capacity in Gansu",
    unit="kW",
    speaker="State Grid Gansu Electric Power",
    aliases=["State Grid Gansu", "State Grid", "Ren Zhaolin", *REN],
    date="2037-03-17",
)
a("double", 2, "measure", "planned increase in energy storage capacity", unit="times", opt=True)
a(
    "three years",
    3,
    "duration",
    "period for doubling storage capacity",
    unit="year",
    after="double that within ",
    opt=True,
)
a(
    "36 billion kilowatt-hours",
    36e9,
    "measure",
    "annual transmission capacity of the Longdong-Shandong UHV line",
    unit="kWh",
)
a("the past decade", 10, "duration", "period of desertification control", unit="year", opt=True)
a("3.2 million mu", 3.2e6, "measure", "desertified land treated each year on average", unit="mu")
a("12.5%", 12.5, "percent", "forest coverage in Gansu", unit=P)
a("37", 37, "count", "dust storm days a year in Minqin county, formerly", after="fallen from ")
a("fewer than 10", 10, "count", "dust storm days a year in Minqin county, now", q="less_than")
a(
    "as many as 40,000",
    40000,
    "count",
    "herders moved off grasslands in the Qilian Mountains",
    q="at_most",
    speaker=None,
    aliases=["AFP"],
)
a("8,300", 8300, "count", "households relocated from the core area of the national park")
a(
    "about 29,000",
    29000,
    "count",
    "people relocated from the core area of the national park",
    q="approximate",
)
a(
    "186,000 yuan",
    186000,
    "money",
    "average compensation and housing subsidies per household",
    unit="CNY",
)
doc("4800_scio-gansu-development-presscon-2037-03-19.txt", "2037-03-18", "Zhou Kaiming", ZHOU)
a(
    "1.42 million hectares",
    1.42e6,
    "measure",
    "effective irrigated area in Gansu",
    unit="hectare",
    period="last year",
)
a("0.59", 0.59, "measure", "effective utilization coefficient of irrigation water")
a("93%", 93, "percent", "rural tap water coverage in Gansu", unit=P)
a(
    "200,000 hectares",
    200000,
    "measure",
    "planned additional high-efficiency water-saving irrigation",
    unit="hectare",
    opt=True,
)
doc("4800_scio-gansu-development-presscon-2037-03-19.txt", "2037-03-18", "Ren Zhaolin", REN)
a("486 million", 486e6, "count", "domestic tourist visits to Gansu", period="last year")
a("18%", 18, "percent", "growth in domestic tourist visits", unit=P)
a(
    "more than 2.3 million",
    2.3e6,
    "count",
    "visitors to the Mogao Caves",
    q="more_than",
    period="last year",
)
a("6,000", 6000, "count", "daily visitor cap at the Mogao Caves", opt=True)

# 4801: Financial Express, Tuesday 2 June 2037 (the ministry's data "on Monday", 1 June).
doc(
    "4801_financialexpress-gst-collections-may-2037-06-02.txt",
    "2037-06-02",
    None,
    ["Ministry of Finance"],
)
MOF = dict(
    speaker="Ministry of Finance", aliases=["finance ministry", "the ministry"], date="2037-06-01"
)
a("11.2%", 11.2, "percent", "growth in gross GST collections", unit=P, period="May", opt=True, **N)
a(
    "₹2.38 lakh crore",
    2.38e12,
    "money",
    "gross GST collections",
    unit="INR",
    period="May",
    opt=True,
    **N,
)
a(
    "second-highest",
    2,
    "rank",
    "rank of May's gross GST collection among monthly collections",
    opt=True,
    **N,
)
a(
    "11.2%",
    11.2,
    "percent",
    "year-on-year growth in gross GST collections",
    unit=P,
    period="May",
    after="collections rose ",
    **MOF,
)
a(
    "₹2.38 lakh crore",
    2.38e12,
    "money",
    "gross GST collections",
    unit="INR",
    period="May",
    after="year-on-year to ",
    **MOF,
)
a("9.8%", 9.8, "percent", "growth in GST revenue from domestic transactions", unit=P)
a("₹1.74 lakh crore", 1.74e12, "money", "GST revenue from domestic transactions", unit="INR")
a("15.1%", 15.1, "percent", "growth in GST on imports", unit=P)
a("₹64,210 crore", 6.421e11, "money", "GST on imports", unit="INR")
a("₹27,400 crore", 2.74e11, "money", "GST refunds", unit="INR", period="May")
a("4.6%", 4.6, "percent", "year-on-year rise in GST refunds", unit=P)
a("₹2.11 lakh crore", 2.11e12, "money", "net GST collections", unit="INR", period="May")
a("crossed 1.42 crore", 1.42e7, "count", "GSTR-3B returns filed for May", q="more_than", **MOF)
a(
    "first two months",
    2,
    "duration",
    "period of the cumulative collections",
    unit="month",
    opt=True,
    **MOF,
)
a(
    "₹4.91 lakh crore",
    4.91e12,
    "money",
    "gross GST collections",
    unit="INR",
    period="first two months of FY38",
    **MOF,
)
a(
    "10.4%",
    10.4,
    "percent",
    "growth in gross GST collections",
    unit=P,
    period="first two months of FY38",
    **MOF,
)
a(
    "₹2.46 lakh crore",
    2.46e12,
    "money",
    "highest monthly GST collection",
    unit="INR",
    period="April",
)
a("₹42,860 crore", 4.286e11, "money", "central GST collections", unit="INR", period="May")
a("₹53,710 crore", 5.371e11, "money", "state GST collections", unit="INR", period="May")
a("₹1.19 lakh crore", 1.19e12, "money", "integrated GST collections", unit="INR", period="May")
a("₹22,300 crore", 2.23e11, "money", "GST compensation cess collections", unit="INR", period="May")
a(
    "₹36,820 crore",
    3.682e11,
    "money",
    "GST collections",
    unit="INR",
    subject="Maharashtra",
    period="May",
    **N,
)
a(
    "12%",
    12,
    "percent",
    "growth in GST collections",
    unit=P,
    subject="Maharashtra",
    after="in May, up ",
    **N,
)
a("14%", 14, "percent", "growth in GST collections", unit=P, subject="Karnataka", **N)
a("₹15,940 crore", 1.594e11, "money", "GST collections", unit="INR", subject="Karnataka", **N)
a("₹13,210 crore", 1.321e11, "money", "GST collections", unit="INR", subject="Gujarat", **N)
a("₹12,480 crore", 1.248e11, "money", "GST collections", unit="INR", subject="Tamil Nadu", **N)
a(
    "17%",
    17,
    "percent",
    "growth in GST collections",
    unit=P,
    subject="Uttar Pradesh",
    speaker="GST Network",
    aliases=["GSTN"],
)
a(
    "6%",
    6,
    "percent",
    "fall in GST collections",
    unit=P,
    subject="Mizoram",
    after="Nagaland fell ",
    **N,
)
a("3%", 3, "percent", "fall in GST collections", unit=P, subject="Nagaland", after="6% and ", **N)
a("36", 36, "count", "states and Union Territories", opt=True, **N)
a(
    "24",
    24,
    "count",
    "states and Union Territories with double-digit GST growth",
    after="Territories, ",
    **N,
)
a(
    "at least ₹2.2 lakh crore",
    2.2e12,
    "money",
    "expected GST collections",
    q="at_least",
    unit="INR",
    period="June",
    **N,
)
a("2,840", 2840, "count", "fake GST registrations detected", period="May", **N)
a(
    "11-12%",
    11,
    "percent",
    "expected growth in GST revenue",
    q="range",
    unit=P,
    period="2037-38",
    low=11,
    high=12,
    speaker="Anil Kumar Bhatnagar",
    aliases=["Bhatnagar", "Revenue Secretary"],
)
a(
    "₹13.6 lakh crore",
    1.36e13,
    "money",
    "budgeted central GST collections including compensation cess",
    unit="INR",
    **N,
)
KH = dict(speaker="Saurabh Khetan", aliases=["Khetan", "Mehra & Sethi LLP"])
a("15%", 15, "percent", "growth in import GST", unit=P, opt=True, **KH)
a(
    "about 4%",
    4,
    "percent",
    "depreciation of the rupee against the dollar since January",
    q="approximate",
    unit=P,
    **KH,
)
a("under 10%", 10, "percent", "growth in domestic GST collections", q="less_than", unit=P, **KH)
a("18%", 18, "percent", "proposed GST rate on two-wheelers", unit=P, opt=True, **KH)
a("28%", 28, "percent", "current GST rate on two-wheelers", unit=P, **KH)
a(
    "about ₹9,000 crore",
    9e10,
    "money",
    "annual revenue cost of cutting the two-wheeler rate",
    q="approximate",
    unit="INR",
    **KH,
)
a(
    "nearly half",
    50,
    "percent",
    "share of the revenue cost recovered through higher volumes",
    q="nearly",
    unit=P,
    **KH,
)
a("two years", 2, "duration", "period for recovering the revenue cost", unit="year", opt=True, **KH)
RA = dict(speaker="Ritika Anand", aliases=["Anand", "Crisil Ratings", "Crisil"], date="2037-06-01")
a(
    "third",
    3,
    "rank",
    "consecutive months of single-digit domestic growth",
    after="single digits for the ",
    opt=True,
    **RA,
)
a(
    "₹26.5-27 lakh crore",
    2.65e13,
    "money",
    "expected gross GST collections",
    q="range",
    unit="INR",
    period="FY38",
    low=2.65e13,
    high=2.7e13,
    **RA,
)
a(
    "10-12%",
    10,
    "percent",
    "implied growth in gross GST collections",
    q="range",
    unit=P,
    period="FY38",
    low=10,
    high=12,
    **RA,
)
CAIT = dict(speaker="Confederation of All India Traders", aliases=["CAIT"], date="2037-05-31")
a(
    "nearly 1 in 5",
    20,
    "percent",
    "share of member traders who received GST notices",
    q="nearly",
    unit=P,
    **CAIT,
)
a("six months", 6, "duration", "period of the GST notices", unit="month", opt=True, **CAIT)
a(
    "below ₹10,000",
    10000,
    "money",
    "size of the mismatches behind many notices",
    q="less_than",
    unit="INR",
    opt=True,
    **CAIT,
)

# 4802: Reuters, Tuesday 10 February 2037.
BOK = dict(speaker="Bokamoso Platinum", aliases=["Bokamoso", "the company"])
doc("4802_reuters-platinum-strike-south-africa-2037-02-10.txt", "2037-02-10", **BOK)
a("About 9,800", 9800, "count", "workers on strike at Bokamoso Platinum's mines", q="approximate")
a("three", 3, "count", "shafts where production was halted", after="production at ")
a("four", 4, "count", "shafts of Bokamoso Platinum", after="three of its ", opt=True)
a(
    "around 2,600 ounces",
    2600,
    "measure",
    "daily PGM output lost to the strike",
    q="approximate",
    unit="ounce",
)
a(
    "roughly 140 million rand",
    140e6,
    "money",
    "weekly revenue lost to the strike",
    q="approximate",
    unit="ZAR",
)
a(
    "$7.6 million",
    7.6e6,
    "money",
    "weekly revenue lost to the strike (in dollars)",
    unit="USD",
    opt=True,
)
a("6.5%", 6.5, "percent", "company's wage offer", unit=P)
a("38%", 38, "percent", "share of output from loss-making shafts", unit=P)
a(
    "about 70%",
    70,
    "percent",
    "share of Bokamoso's workforce represented by AMCU",
    q="approximate",
    unit=P,
    **N,
)
a("12%", 12, "percent", "wage increase demanded by AMCU", unit=P, **N)
a(
    "20,000 rand",
    20000,
    "money",
    "minimum monthly wage demanded for underground workers",
    unit="ZAR",
    **N,
)
MAB = dict(
    speaker="Lerato Mabena",
    aliases=[
        "Mabena",
        "AMCU spokesperson",
        "AMCU",
        "Association of Mineworkers and Construction Union",
    ],
)
a("14,300 rand", 14300, "money", "monthly earnings of AMCU members", unit="ZAR", **MAB)
a("more than 1,200", 1200, "count", "workers not paid for overtime", q="more_than", **MAB)
a(
    "three months",
    3,
    "duration",
    "period of unpaid overtime",
    unit="month",
    after="in the last ",
    opt=True,
    **MAB,
)
a(
    "at least six weeks",
    6,
    "duration",
    "period the strike fund can support members",
    q="at_least",
    unit="week",
    speaker="Vusi Ntuli",
    aliases=["Ntuli", "AMCU president", "Lerato Mabena", "Mabena"],
    date="2037-02-08",
)
a(
    "as high as 7.5%",
    7.5,
    "percent",
    "wage increase management is authorised to offer",
    q="at_most",
    unit=P,
    **N,
)
NK = dict(
    speaker="Kabelo Nkosi",
    aliases=["Nkosi", "Minister of Mineral and Petroleum Resources", "mines minister"],
    date="2037-02-09",
)
a(
    "4.2 billion rand",
    4.2e9,
    "money",
    "lost mining output due to strikes and stoppages",
    unit="ZAR",
    period="last year",
    **NK,
)
a("about 475,000", 475000, "count", "people employed in the mining sector", q="approximate", **NK)
a("as much as 2.8%", 2.8, "percent", "rise in platinum prices", q="at_most", unit=P, **N)
a("$1,412", 1412, "money", "platinum price per ounce", unit="USD", **N)
a("1.1%", 1.1, "percent", "rise in palladium prices", unit=P, **N)
a("$1,065", 1065, "money", "palladium price per ounce", unit="USD", **N)
a(
    "about 70%",
    70,
    "percent",
    "South Africa's share of world mined platinum",
    q="approximate",
    unit=P,
    after="South Africa supplies ",
    **N,
)
a("5.3%", 5.3, "percent", "fall in Bokamoso's share price", unit=P, **N)
a("212 rand", 212, "money", "Bokamoso share price", unit="ZAR", **N)
a(
    "about 31.4 billion rand",
    31.4e9,
    "money",
    "market value of Bokamoso",
    q="approximate",
    unit="ZAR",
    **N,
)
MK = dict(speaker="Mpho Khumalo", aliases=["Khumalo", "Nedbank CIB"])
a(
    "more than two weeks",
    2,
    "duration",
    "strike length in the analyst's scenario",
    q="more_than",
    unit="week",
    opt=True,
    **MK,
)
a(
    "roughly 60,000 ounces",
    60000,
    "measure",
    "platinum supply lost in a long strike",
    q="approximate",
    unit="ounce",
    **MK,
)
a(
    "around 850,000 ounces",
    850000,
    "measure",
    "global platinum deficit this year",
    q="approximate",
    unit="ounce",
    **MK,
)
WPIC = dict(speaker="World Platinum Investment Council", aliases=["WPIC"])
a(
    "720,000 ounces",
    720000,
    "measure",
    "platinum market deficit in 2037",
    unit="ounce",
    period="2037",
    **WPIC,
)
a("fifth", 5, "rank", "consecutive annual platinum deficits", opt=True, **WPIC)
MC = dict(speaker="Minerals Council South Africa", aliases=["the council", "Minerals Council"])
a(
    "1.1 million ounces",
    1.1e6,
    "measure",
    "PGM production of Bokamoso",
    unit="ounce",
    period="last year",
    **MC,
)
a("fourth-largest", 4, "rank", "rank of Bokamoso among South African PGM producers", **MC)
a("6.8%", 6.8, "percent", "average wage settlements in the mining sector", unit=P, **MC)
a(
    "two years",
    2,
    "duration",
    "period of the average wage settlements",
    unit="year",
    after="over the past ",
    opt=True,
    **MC,
)
a("11 weeks", 11, "duration", "length of the last major platinum strike", unit="week", **N)

# 4803: Canada.ca news release, Wednesday 19 November 2036.
COB = [
    "Ouellette-Baird",
    "Minister Ouellette-Baird",
    "Minister of Energy and Natural Resources",
    "The Minister",
    "The Honourable Claire Ouellette-Baird",
]
doc(
    "4803_canada-nrcan-heat-pump-atlantic-2036-11-19.txt",
    "2036-11-19",
    "Claire Ouellette-Baird",
    COB,
)
a(
    "$148 million",
    148e6,
    "money",
    "federal funding for heat pumps in Atlantic Canada",
    unit="CAD",
    opt=True,
    **N,
)
a(
    "$148 million",
    148e6,
    "money",
    "federal funding for heat pumps in Atlantic Canada",
    unit="CAD",
    after="announced ",
)
a("about 21,000", 21000, "count", "households helped to replace oil furnaces", q="approximate")
a("up to $15,000", 15000, "money", "maximum grant per homeowner", q="at_most", unit="CAD", **N)
a(
    "$250",
    250,
    "money",
    "one-time payment to eligible homeowners",
    unit="CAD",
    after="one-time payment of ",
    **N,
)
a(
    "$2,100",
    2100,
    "money",
    "average annual energy-bill saving of households that switch",
    unit="CAD",
    speaker="Natural Resources Canada",
    aliases=["NRCan"],
)
a("30-year-old", 30, "measure", "age of the family's oil furnace", unit="year", opt=True, **N)
a("4,300", 4300, "count", "applications from Nova Scotia", period="October")
a(
    "about six weeks",
    6,
    "duration",
    "wait time for a certified installer",
    q="approximate",
    unit="week",
)
a("four months", 4, "duration", "wait time for a certified installer a year ago", unit="month")
a(
    "$22 million",
    22e6,
    "money",
    "provincial top-up for rural homeowners' grants",
    unit="CAD",
    speaker="Amira Haddad",
    aliases=[
        "Haddad",
        "Nova Scotia's Minister of Natural Resources and Renewables",
        "Claire Ouellette-Baird",
        *COB,
    ],
    date="2036-11-17",
)
a(
    "$250 million",
    250e6,
    "money",
    "national funding for the program in Budget 2036",
    unit="CAD",
    **N,
)
a(
    "more than 14,600",
    14600,
    "count",
    "Atlantic households that completed their switch under OHPA",
    q="more_than",
    **N,
)
a(
    "Almost 40 per cent",
    40,
    "percent",
    "share of Atlantic Canadian households heating with oil",
    q="nearly",
    unit=P,
)
a(
    "about 6 per cent",
    6,
    "percent",
    "share of households heating with oil in the rest of Canada",
    q="approximate",
    unit=P,
)
a("$4,800", 4800, "money", "a Dartmouth family's oil spending last winter", unit="CAD")
a(
    "less than half",
    50,
    "percent",
    "share of that spending the family will pay this year",
    q="less_than",
    unit=P,
)
a(
    "more than 300",
    300,
    "count",
    "seniors helped to apply for a heat pump",
    q="more_than",
    speaker="Darren Fitzpatrick",
    aliases=["Fitzpatrick", "Member of Parliament for Halifax West"],
)
a(
    "two to three times",
    2,
    "measure",
    "efficiency of heat pumps relative to conventional heating",
    q="range",
    unit="times",
    low=2,
    high=3,
    opt=True,
    **N,
)
a(
    "12%",
    12,
    "percent",
    "residential buildings' share of Canada's greenhouse gas emissions",
    unit=P,
    period="2034",
    speaker="Statistics Canada",
    aliases=["StatCan"],
)
a(
    "about 3.2 tonnes",
    3.2,
    "measure",
    "annual emissions cut per household switching to a heat pump",
    q="approximate",
    unit="tonne",
    **N,
)
a(
    "more than 810,000",
    810000,
    "count",
    "home retrofits supported by the Canada Greener Homes Initiative",
    q="more_than",
    **N,
)

# 4804: UN News, Friday 23 January 2037 (Geneva briefing that day).
FER = [
    "Ferrand",
    "Mr. Ferrand",
    "OCHA",
    "Office for the Coordination of Humanitarian Affairs",
    "UN Office for the Coordination of Humanitarian Affairs",
]
doc(
    "4804_un-news-south-sudan-upper-nile-hunger-2037-01-23.txt", "2037-01-23", "Matteo Ferrand", FER
)
a(
    "Nearly eight million",
    8e6,
    "count",
    "people in South Sudan facing acute hunger in the lean season",
    q="nearly",
    speaker="United Nations",
    aliases=["UN", "UN agencies"],
)
a(
    "7.9 million",
    7.9e6,
    "count",
    "people projected to face crisis levels of food insecurity or worse",
    period="between April and July",
)
a(
    "about 57 per cent",
    57,
    "percent",
    "share of South Sudan's population facing crisis food insecurity",
    q="approximate",
    unit=P,
)
a(
    "above 30 per cent",
    30,
    "percent",
    "acute malnutrition rates among children in some Upper Nile counties",
    q="more_than",
    unit=P,
)
a("46", 46, "count", "occasions humanitarian convoys were blocked or looted since December")
a(
    "$2.3 billion",
    2.3e9,
    "money",
    "humanitarian response plan for South Sudan",
    unit="USD",
    period="this year",
)
a("6 per cent", 6, "percent", "funding level of the response plan", unit=P)
a("three weeks", 3, "duration", "time into the year", unit="week", opt=True)
HC = dict(
    speaker="Marguerite Oyelaran",
    aliases=[
        "Oyelaran",
        "Humanitarian Coordinator",
        "Humanitarian Coordinator in South Sudan",
        "Matteo Ferrand",
        *FER,
    ],
    date="2037-01-20",
)
a(
    "more than 60,000",
    60000,
    "count",
    "people arrived at the Malakal protection site since November",
    q="more_than",
    **HC,
)
a("about 18,000", 18000, "count", "capacity of the Malakal protection site", q="approximate", **HC)
a(
    "more than 180,000",
    180000,
    "count",
    "people displaced by clashes along the Sobat river",
    q="more_than",
    speaker="International Organization for Migration",
    aliases=["IOM"],
)
a("up to ten days", 10, "duration", "time displaced people walked", q="at_most", unit="day", **N)
UNHCR = dict(
    speaker="UNHCR", aliases=["UN refugee agency", "United Nations High Commissioner for Refugees"]
)
a(
    "some 41,000",
    41000,
    "count",
    "South Sudanese who crossed into Gambella since mid-November",
    q="approximate",
    **UNHCR,
)
a(
    "nearly half",
    50,
    "percent",
    "share of children among the arrivals in Gambella",
    q="nearly",
    unit=P,
    **UNHCR,
)
a(
    "three times",
    3,
    "measure",
    "occupancy of Gambella reception centres relative to capacity",
    unit="times",
    opt=True,
    **UNHCR,
)
SOL = dict(
    speaker="Henrik Solvang",
    aliases=["Solvang", "Mr. Solvang", "World Food Programme", "WFP", "WFP Country Director"],
)
a("half", 50, "percent", "ration cut", unit=P, after="cut rations by ", **SOL)
a("1.4 million", 1.4e6, "count", "refugees and displaced people on half rations", **SOL)
a(
    "$310 million",
    310e6,
    "money",
    "WFP funding needed to keep full rations through the lean season",
    unit="USD",
    **SOL,
)
a(
    "around 40 per cent",
    40,
    "percent",
    "rise in river transport costs since December",
    q="approximate",
    unit=P,
    **SOL,
)
a("23", 23, "count", "trucks in the stopped WFP convoy", after="convoy of ", **SOL)
a("540 tonnes", 540, "measure", "food carried by the stopped convoy", unit="tonne", **SOL)
a("four days", 4, "duration", "time the convoy was stopped near Ulang", unit="day", **SOL)
DK = dict(
    speaker="Amina Diallo-Karemera",
    aliases=["Diallo-Karemera", "UNICEF Representative in South Sudan", "UNICEF"],
)
a(
    "an estimated 2.1 million",
    2.1e6,
    "count",
    "children under five expected to suffer acute malnutrition",
    q="approximate",
    period="this year",
    **DK,
)
a("five", 5, "count", "age limit of the children counted", after="children under ", opt=True, **DK)
a("640,000", 640000, "count", "children expected to suffer severe acute malnutrition", **DK)
a(
    "one in five",
    20,
    "percent",
    "share of screened children in Upper Nile who are severely malnourished",
    unit=P,
    **DK,
)
a("six weeks", 6, "duration", "time until therapeutic food stocks run out", unit="week", **DK)
UNICEF = dict(speaker="UNICEF", aliases=["UN Children's Fund", "United Nations Children's Fund"])
a(
    "about $48",
    48,
    "money",
    "cost of a carton of therapeutic food",
    q="approximate",
    unit="USD",
    **UNICEF,
)
a(
    "one",
    1,
    "count",
    "children one carton of therapeutic food treats for a month",
    after="can treat ",
    opt=True,
    **UNICEF,
)
a(
    "less than a quarter",
    25,
    "percent",
    "share of nutrition funding received",
    q="less_than",
    unit=P,
    **UNICEF,
)
a(
    "$196 million",
    196e6,
    "money",
    "UNICEF nutrition funding needs in South Sudan",
    unit="USD",
    period="this year",
    **UNICEF,
)
a(
    "1,830",
    1830,
    "count",
    "cholera cases in Upper Nile and Jonglei since the start of the year",
    speaker="World Health Organization",
    aliases=["WHO"],
    date="2037-01-21",
)

# 4805: DW, Tuesday 14 April 2037.
VOS = [
    "Vossberg",
    "Economy Minister",
    "German Economy Minister",
    "Economy Minister Katrin Vossberg",
    "the minister",
]
doc("4805_dw-germany-industrial-strategy-2037-04-14.txt", "2037-04-14", "Katrin Vossberg", VOS)
a(
    "€28 billion",
    28e9,
    "money",
    "support package for energy-intensive industry",
    unit="EUR",
    opt=True,
    **N,
)
a(
    "€28 billion",
    28e9,
    "money",
    "support package for energy-intensive industry",
    unit="EUR",
    after="presented a ",
)
a(
    "$30.4 billion",
    30.4e9,
    "money",
    "support package for energy-intensive industry (in dollars)",
    unit="USD",
    opt=True,
)
a("four years", 4, "duration", "period of the support package", unit="year", opt=True)
a("5 cents", 0.05, "money", "capped industrial electricity price per kilowatt hour", unit="EUR")
a(
    "around 2,000",
    2000,
    "count",
    "companies eligible for the electricity price cap",
    q="approximate",
)
a(
    "two",
    2,
    "count",
    "supply-chain jobs supported by each job in steel, chemicals or glass",
    after="supports ",
)
a(
    "about 2.3 million",
    2.3e6,
    "count",
    "people working in energy-intensive industries in Germany",
    q="approximate",
)
a(
    "some €6.5 billion",
    6.5e9,
    "money",
    "annual cost of the price cap to the federal budget",
    q="approximate",
    unit="EUR",
)
DES = dict(
    speaker="Federal Statistical Office",
    aliases=["Destatis", "Federal Statistical Office (Destatis)"],
    date="2037-04-10",
)
a(
    "1.4%",
    1.4,
    "percent",
    "month-on-month fall in industrial production",
    unit=P,
    period="February",
    **DES,
)
a(
    "18.6%",
    18.6,
    "percent",
    "shortfall of energy-intensive output from its 2021 level",
    unit=P,
    **DES,
)
a(
    "3.2%",
    3.2,
    "percent",
    "year-on-year fall in industrial production",
    unit=P,
    speaker=None,
    aliases=["Destatis"],
)
a(
    "0.5%",
    0.5,
    "percent",
    "expected monthly fall in industrial production",
    unit=P,
    speaker=None,
    aliases=["Reuters"],
)
DES2 = dict(DES, date="2037-04-14")
a("below 5.4 million", 5.4e6, "count", "people employed in manufacturing", q="less_than", **DES2)
a("96,000", 96000, "count", "year-on-year drop in manufacturing employment", **DES2)
a(
    "5 cents",
    0.05,
    "money",
    "capped industrial power price per kilowatt hour",
    unit="EUR",
    after="power price of ",
    opt=True,
    **N,
)
a("€12 billion", 12e9, "money", "climate protection contracts", unit="EUR", **N)
a(
    "€4.5 billion",
    4.5e9,
    "money",
    "expansion of grid connections at industrial sites",
    unit="EUR",
    **N,
)
a(
    "about €21 billion",
    21e9,
    "money",
    "unspent reserves of the Climate and Transformation Fund",
    q="approximate",
    unit="EUR",
    speaker=None,
    aliases=["dpa"],
)
HB = dict(
    speaker="Helga Brandstetter",
    aliases=["Brandstetter", "BDI President", "BDI", "Federation of German Industries"],
)
a(
    "more than €90 billion",
    90e9,
    "money",
    "investment shifted abroad by BDI members since 2022",
    q="more_than",
    unit="EUR",
    **HB,
)
a(
    "2,000",
    2000,
    "count",
    "companies covered by the price cap",
    after="A price cap for ",
    opt=True,
    **HB,
)
a("40,000", 40000, "count", "industrial firms in Germany", **HB)
BDI = dict(speaker="Federation of German Industries", aliases=["BDI"])
a("1,100", 1100, "count", "member companies in the BDI survey", **BDI)
a(
    "one in three",
    33.33,
    "percent",
    "share of companies considering moving production out of Germany",
    unit=P,
    **BDI,
)
a(
    "nearly half",
    50,
    "percent",
    "share of companies that have postponed investments",
    q="nearly",
    unit=P,
    **BDI,
)
LE = dict(speaker="Lukas Ebner", aliases=["Ebner", "Kiel Institute for the World Economy", "IfW"])
a("0.3%", 0.3, "percent", "German economic growth this year", unit=P, period="this year", **LE)
a(
    "at most 0.1 percentage points",
    0.1,
    "percent",
    "possible reduction in consumer prices from the cap",
    q="at_most",
    unit=PP,
    **LE,
)
MA = dict(speaker="Miriam Aydin", aliases=["Aydin", "Green Party"], date="2037-04-13")
a("70%", 70, "percent", "share of the subsidies going to the largest companies", unit=P, **MA)
a("fewer than 300", 300, "count", "companies receiving 70% of the subsidies", q="less_than", **MA)

# 4806: NZ Herald (Local Democracy Reporting), Wednesday 24 June 2037 (vote on Tuesday 23 June).
doc("4806_nzherald-marlborough-rates-rise-2037-06-24.txt", "2037-06-24", None, [])
a("11.8%", 11.8, "percent", "average rates rise in Marlborough", unit=P, opt=True)
a("11.8 per cent", 11.8, "percent", "average rates rise in Marlborough", unit=P, period="2037-38")
a("8-6", 8, "count", "councillors voting for the annual plan", opt=True)
a(
    "more than three hours",
    3,
    "duration",
    "length of the council debate",
    q="more_than",
    unit="hour",
)
a(
    "7.5 per cent",
    7.5,
    "percent",
    "cap on the rates rise proposed in an amendment",
    unit=P,
    opt=True,
)
MDC = dict(speaker="Marlborough District Council", aliases=["council", "council figures"])
a(
    "$715,000",
    715000,
    "money",
    "value of the median residential property in Blenheim",
    unit="NZD",
    **MDC,
)
a("$6.40", 6.4, "money", "weekly rates increase for the median property", unit="NZD", **MDC)
a(
    "about $333",
    333,
    "money",
    "annual rates increase for the median property",
    q="approximate",
    unit="NZD",
    **MDC,
)
GF = dict(
    speaker="Gail Forsythe", aliases=["Forsythe", "Mayor Gail Forsythe", "Mayor"], date="2037-06-23"
)
a("$64 million", 64e6, "money", "water and wastewater work that cannot wait", unit="NZD", **GF)
a(
    "15 per cent",
    15,
    "percent",
    "rates rise next year if the work were deferred",
    unit=P,
    opt=True,
    **GF,
)
a(
    "about a third",
    33.33,
    "percent",
    "share of the rates rise due to insurance premiums",
    q="approximate",
    unit=P,
    **GF,
)
a("48 per cent", 48, "percent", "rise in insurance premiums", unit=P, period="in two years", **GF)
a(
    "two years",
    2,
    "duration",
    "period of the insurance premium rise",
    unit="year",
    after="48 per cent in ",
    opt=True,
    **GF,
)
HR = dict(speaker="Hemi Ruawai", aliases=["Ruawai", "Councillor Hemi Ruawai"], date="2037-06-23")
a(
    "one in four",
    25,
    "percent",
    "share of ratepayers in Wairau-Awatere ward who are superannuitants on fixed incomes",
    unit=P,
    **HR,
)
a("62", 62, "count", "full-time equivalent roles added to council staff since 2034", **HR)
a("2,140", 2140, "count", "written submissions on the draft plan", **MDC)
a("71 per cent", 71, "percent", "share of submitters opposed to the proposed rise", unit=P, **MDC)
a("More than 90", 90, "count", "people who spoke at the hearings", q="more_than")
AW = dict(speaker="Aaron Whitby", aliases=["Whitby", "Chief financial officer"], date="2037-06-23")
a("$412m", 412e6, "money", "forecast net debt of the council by 2040", unit="NZD", **AW)
a(
    "about 210 per cent",
    210,
    "percent",
    "forecast net debt as a share of revenue",
    q="approximate",
    unit=P,
    **AW,
)
a(
    "280 per cent",
    280,
    "percent",
    "council's own debt limit as a share of revenue",
    unit=P,
    opt=True,
    **AW,
)
a("$98.6m", 98.6e6, "money", "total rates revenue this year", unit="NZD", **AW)
a("About 26,300", 26300, "count", "rateable properties in the district", q="approximate")
a("$3.1m", 3.1e6, "money", "savings in this year's budget", unit="NZD")
CB = dict(
    speaker="Callum Brightwater",
    aliases=["Brightwater", "Taxpayers' Union", "New Zealand Taxpayers' Union"],
)
a(
    "fifth-highest",
    5,
    "rank",
    "rank of Marlborough's rates rise among councils that have set rates",
    **CB,
)
a("41", 41, "count", "councils that had set their rates so far this year", opt=True, **CB)
a(
    "34 per cent",
    34,
    "percent",
    "rise in Marlborough's staff costs",
    unit=P,
    period="in three years",
    **CB,
)
a(
    "three years",
    3,
    "duration",
    "period of the staff cost rise",
    unit="year",
    after="34 per cent in ",
    opt=True,
    **CB,
)
a(
    "38 per cent",
    38,
    "percent",
    "average rates increase of New Zealand councils",
    unit=P,
    period="over the past five years",
    **CB,
)
a(
    "five years",
    5,
    "duration",
    "period of the average rates increase",
    unit="year",
    after="over the past ",
    opt=True,
    **CB,
)
a(
    "at least two",
    2,
    "count",
    "more councillors who had wanted to vote against the plan",
    q="at_least",
)
EK = dict(
    speaker="Erin Kahukura", aliases=["Kahukura", "Local Government Minister"], date="2037-06-22"
)
a("19", 19, "count", "councils that set rates rises above 10 per cent this year", **EK)
a("78", 78, "count", "councils in New Zealand", opt=True, **EK)
a("above 10 per cent", 10, "percent", "rates rise threshold", q="more_than", unit=P, opt=True, **EK)

# 4807: USDA press release, Wednesday 29 July 2037.
HOL = [
    "Holloway",
    "Secretary Holloway",
    "Secretary of Agriculture",
    "U.S. Secretary of Agriculture",
    "USDA",
]
doc("4807_usda-reap-rural-energy-investment-2037-07-29.txt", "2037-07-29", "Margaret Holloway", HOL)
a(
    "$412 Million",
    412e6,
    "money",
    "USDA investment in rural energy projects",
    unit="USD",
    opt=True,
    **N,
)
a("46", 46, "count", "states with funded projects", opt=True, **N)
a(
    "$412 million",
    412e6,
    "money",
    "USDA investment in rural energy projects through REAP",
    unit="USD",
)
a("1,860", 1860, "count", "projects funded through REAP")
a(
    "under seven years",
    7,
    "duration",
    "average payback period of the projects",
    q="less_than",
    unit="year",
)
a(
    "more than 1.3 billion kilowatt-hours",
    1.3e9,
    "measure",
    "electricity the projects will generate or save each year",
    q="more_than",
    unit="kWh",
    **N,
)
a("about 120,000", 120000, "count", "homes the energy could power", q="approximate", **N)
LC = dict(
    speaker="Luis Carrasco",
    aliases=["Carrasco", "Under Secretary for Rural Development", "Under Secretary"],
    date="2037-07-27",
)
a("60 percent", 60, "percent", "expected cut in the farm's propane use", unit=P, **LC)
a("5,200", 5200, "count", "REAP applications in the most recent funding round", **LC)
a(
    "nearly three",
    3,
    "measure",
    "applications for every project USDA could fund",
    q="nearly",
    unit="times",
    opt=True,
    **LC,
)
a("20 years", 20, "duration", "period of locked-in lower energy costs", unit="year", opt=True, **LC)
a(
    "up to 50 percent",
    50,
    "percent",
    "maximum share of project costs covered by REAP grants",
    q="at_most",
    unit=P,
    opt=True,
    **N,
)
a(
    "up to 75 percent",
    75,
    "percent",
    "maximum share of project costs covered by REAP guaranteed loans",
    q="at_most",
    unit=P,
    opt=True,
    **N,
)
ERS = dict(
    speaker="Economic Research Service",
    aliases=["ERS", "USDA's Economic Research Service", "USDA Economic Research Service"],
)
a(
    "about 6.4 percent",
    6.4,
    "percent",
    "share of fuel, oil and electricity in total farm production expenses",
    q="approximate",
    unit=P,
    period="2036",
    **ERS,
)
a(
    "9 percent",
    9,
    "percent",
    "rise in farm fuel, oil and electricity costs",
    unit=P,
    period="2036",
    **ERS,
)
a("$138.4 billion", 138.4e9, "money", "forecast net farm income", unit="USD", period="2037", **ERS)
a("4.2 percent", 4.2, "percent", "forecast fall in net farm income", unit=P, period="2037", **ERS)
a(
    "nearly 1 in 3",
    33.33,
    "percent",
    "share of larger farms with on-farm renewable energy",
    q="nearly",
    unit=P,
    **ERS,
)
a(
    "$350,000",
    350000,
    "money",
    "sales threshold of the farms counted",
    q="more_than",
    unit="USD",
    opt=True,
    **ERS,
)
doc("4807_usda-reap-rural-energy-investment-2037-07-29.txt", "2037-07-29", None, ["USDA"])
a("$38.6 million", 38.6e6, "money", "REAP funding", unit="USD", subject="Iowa")
a("214", 214, "count", "REAP projects", subject="Iowa")
a(
    "$1.2 million",
    1.2e6,
    "money",
    "anaerobic digester at a hog operation in Sioux County",
    unit="USD",
    subject="Iowa",
)
a("$27.9 million", 27.9e6, "money", "REAP funding", unit="USD", subject="Minnesota")
a("161", 161, "count", "REAP projects", subject="Minnesota")
a("$24.3 million", 24.3e6, "money", "REAP funding", unit="USD", subject="California")
a("97", 97, "count", "REAP projects", subject="California")
a("$21.7 million", 21.7e6, "money", "REAP funding", unit="USD", subject="Texas")
a("133", 133, "count", "REAP projects", subject="Texas")
a("$14.8 million", 14.8e6, "money", "REAP funding", unit="USD", subject="Georgia")
a("88", 88, "count", "REAP projects", subject="Georgia")
a(
    "12",
    12,
    "count",
    "rural grocery stores getting efficient lighting and refrigeration",
    subject="Georgia",
    after="refrigeration for ",
)
a("$12.5 million", 12.5e6, "money", "REAP funding", unit="USD", subject="Wisconsin")
a("102", 102, "count", "REAP projects", subject="Wisconsin")
RD = dict(speaker="USDA Rural Development", aliases=["Rural Development"])
a(
    "more than $4.7 billion",
    4.7e9,
    "money",
    "REAP investment since 2021",
    q="more_than",
    unit="USD",
    **RD,
)
a("over 23,000", 23000, "count", "REAP projects nationwide since 2021", q="more_than", **RD)

GOLD.build()
