"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout2/build_gold.py``. Each annotation names the
number as written and, when it occurs more than once, a text it follows (``after``); the
scaffolding is shared with the other held-out sets in ``tests/gold_tools.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_tools import GoldFile

GOLD = GoldFile(Path(__file__).parent)
doc, a = GOLD.doc, GOLD.a


# --------------------------------------------------------------------------- annotations
# Conventions (as tests/heldout and /work/shared/corpus-extra): headline figures optional; a bare
# "Q"/unnamed questioner, the page's own voice and unnamed sources ("a city official") have
# speaker None; "according to X" / "X estimates" is X; ages, counts of document parts and
# figures whose kind or unit is debatable are optional; dates, times, phone numbers, ordinal
# names and identifiers are not annotated (a prediction there is an extra).

# 300: White House briefing transcript (Tuesday 21 May 2024).
doc(
    "300_whitehouse-briefing-2024-05-21.txt",
    "2024-05-21",
    "Karine Jean-Pierre",
    ["MS. JEAN-PIERRE", "Jean-Pierre"],
)
P = "the President"
a("$3.2 billion", 3.2e9, "money", "funding to replace lead pipes", unit="USD", subject=P)
a("27", 27, "count", "states and territories helped to replace lead pipes", after="help ")
a("$15 billion", 15e9, "money", "Bipartisan Infrastructure Law funding for lead pipes", unit="USD")
a(
    "Roughly 9 million",
    9e6,
    "count",
    "households that get water through a lead service line",
    q="approximate",
)
a("15.4 million", 15.4e6, "count", "jobs added since the President took office", subject="economy")
a("below 4 percent", 4, "percent", "unemployment", q="less_than", unit="percent")
a("27 months", 27, "duration", "months in a row of unemployment below 4 percent", unit="month")
a("more than 50 years", 50, "duration", "longest such stretch", q="more_than", unit="year")
UN = ["UN", "the UN"]
a(
    "16.7 million",
    16.7e6,
    "count",
    "people in Syria who need humanitarian aid",
    subject="Syria",
    period="this year",
    speaker="United Nations",
    aliases=UN,
)
a("13 years", 13, "duration", "time since the war began", unit="year", speaker=None, opt=True)
a(
    "more than $18 billion",
    18e9,
    "money",
    "aid to the Syria response",
    q="more_than",
    unit="USD",
    subject="United States",
    period="since 2011",
)
a(
    "$593 million",
    593e6,
    "money",
    "additional aid announced by USAID",
    unit="USD",
    subject="USAID",
    aliases=[
        "MS. JEAN-PIERRE",
        "Jean-Pierre",
        "USAID",
        "U.S. Agency for International Development",
    ],
)
a(
    "50",
    50,
    "count",
    "aircraft in the F-35 sale to the UAE",
    subject="UAE",
    after="status of those ",
)
a(
    "nearly two-thirds",
    66.67,
    "percent",
    "Americans naming prices as their top concern",
    q="nearly",
    unit="percent",
    speaker="Gallup",
    aliases=["Gallup poll"],
)
a("$3.61", 3.61, "money", "average price of gas a gallon", unit="USD", speaker=None)
a(
    "about two thirds",
    66.67,
    "percent",
    "fall in inflation from its peak",
    q="approximate",
    unit="percent",
)
a("9.1 percent", 9.1, "percent", "peak inflation", unit="percent", period="June 2022")
a("more than a dollar", 1, "money", "fall in gas price from the peak", q="more_than", unit="USD")
a("1.1 percent", 1.1, "percent", "rise in real wages", unit="percent", period="over the past year")
a(
    "about $500",
    500,
    "money",
    "energy bill savings for a typical family a year",
    q="approximate",
    unit="USD",
    speaker="Department of Energy",
    aliases=["DOE", "Energy Department", "the Department of Energy"],
)
a("third", 3, "count", "visits to Georgia this year", after="his ", opt=True)
a("82", 82, "measure", "age of the President", unit="year", speaker=None, opt=True)
a("seven", 7, "count", "events held last week", subject=P)
a("four", 4, "count", "states visited last week", after="events in ", subject=P)

# 301: Indian PIB press release (Ministry of Agriculture & Farmers Welfare), 14 Aug 2024.
doc("301_pib-kharif-sowing-2024-08-14.txt", "2024-08-14")
IN = "India"
a(
    "1,000 lakh hectare",
    1e8,
    "measure",
    "kharif sowing area",
    unit="hectare",
    q="more_than",
    opt=True,
)
a("7.5%", 7.5, "percent", "increase in area under pulses", unit="percent", opt=True)
a("1,008.45 lakh hectare", 100845000, "measure", "total kharif sowing area", unit="hectare")
a("980.52 lakh hectare", 98052000, "measure", "kharif sowing area last year", unit="hectare")
a("27.93 lakh hectare", 2793000, "measure", "increase in kharif sowing area", unit="hectare")
a("363.19 lakh hectare", 36319000, "measure", "area under paddy", unit="hectare")
a(
    "about 19 lakh hectare",
    1900000,
    "measure",
    "increase in area under paddy over last year",
    q="approximate",
    unit="hectare",
)
a("113.69 lakh hectare", 11369000, "measure", "area under pulses", unit="hectare")
a("7.5 per cent", 7.5, "percent", "increase in area under pulses", unit="percent")
a("43.12 lakh hectare", 4312000, "measure", "area under tur (arhar)", unit="hectare")
a("183.5 lakh hectare", 18350000, "measure", "coverage of oilseeds", unit="hectare")
a(
    "nearly 168 lakh hectare",
    16800000,
    "measure",
    "area under coarse cereals",
    q="nearly",
    unit="hectare",
)
SC = ["Chouhan", "Shri Shivraj Singh Chouhan", "Minister"]
a(
    "over Rs 20,000 crore",
    2e11,
    "money",
    "17th instalment of PM-KISAN",
    q="more_than",
    unit="INR",
    speaker="Shivraj Singh Chouhan",
    aliases=SC,
)
a(
    "more than 9.26 crore",
    92600000,
    "count",
    "farmers receiving the PM-KISAN instalment",
    q="more_than",
    speaker="Shivraj Singh Chouhan",
    aliases=SC,
)
a(
    "₹3.04 lakh crore",
    3.04e12,
    "money",
    "PM-KISAN transfers to farmers since the scheme began",
    unit="INR",
    subject="Government",
    speaker="Shivraj Singh Chouhan",
    aliases=SC,
)
a(
    "4 per cent",
    4,
    "percent",
    "monsoon rainfall above the Long Period Average",
    unit="percent",
    speaker="India Meteorological Department",
    aliases=["IMD", *SC],
)
a(
    "150",
    150,
    "count",
    "major reservoirs",
    speaker="Shivraj Singh Chouhan",
    aliases=SC,
    opt=True,
)
a(
    "67 per cent",
    67,
    "percent",
    "storage in major reservoirs as share of live capacity",
    unit="percent",
    speaker="Shivraj Singh Chouhan",
    aliases=SC,
)
a("2 lakh tonnes", 200000, "measure", "onion released from the buffer stock", unit="tonne")
a("Rs 2,300", 2300, "money", "Minimum Support Price of paddy per quintal", unit="INR")
a("Rs 117", 117, "money", "increase in Minimum Support Price of paddy", unit="INR")
a("22", 22, "count", "languages of Kisan Call Centre advisories")
a(
    "about Rs 1.65 lakh crore",
    1.65e12,
    "money",
    "claims paid under Pradhan Mantri Fasal Bima Yojana",
    q="approximate",
    unit="INR",
)
a(
    "around Rs 32,440 crore",
    3.244e11,
    "money",
    "premiums paid by farmers",
    q="approximate",
    unit="INR",
)
a(
    "roughly five times",
    5,
    "measure",
    "claims paid relative to the farmers' share of premiums",
    q="approximate",
    unit="times",
)

# 302: Reserve Bank of Australia monetary policy statement, 24 Sep 2024 (the Bank's own voice).
doc("302_rba-monetary-policy-2024-09-24.txt", "2024-09-24")
AU = "Australia"
a("4.35 per cent", 4.35, "percent", "cash rate target", unit="percent")
a("4.25 per cent", 4.25, "percent", "interest rate on Exchange Settlement balances", unit="percent")
a("2–3 per cent", 2, "percent", "inflation target range", q="range", unit="percent", low=2, high=3)
a(
    "3.8 per cent",
    3.8,
    "percent",
    "headline inflation",
    unit="percent",
    period="over the year to the June quarter",
)
a("3.9 per cent", 3.9, "percent", "underlying inflation (trimmed mean)", unit="percent")
a(
    "more than 2½ percentage points",
    2.5,
    "percent",
    "fall in underlying inflation below its peak",
    q="more_than",
    unit="percentage point",
)
a(
    "between 2 and 3 per cent",
    2,
    "percent",
    "inflation target range",
    q="range",
    unit="percent",
    low=2,
    high=3,
)
a(
    "around 2¾ per cent",
    2.75,
    "percent",
    "forecast headline inflation by the end of this year",
    q="approximate",
    unit="percent",
)
a("$300", 300, "money", "energy rebate for every household", unit="AUD")
a(
    "1.0 per cent",
    1.0,
    "percent",
    "GDP growth",
    unit="percent",
    period="over the year to the June quarter",
)
a(
    "six consecutive quarters",
    6,
    "duration",
    "quarters of falling per capita consumption",
    unit="quarter",
)
a("4.2 per cent", 4.2, "percent", "unemployment rate", unit="percent", period="August")
a(
    "3.5 per cent",
    3.5,
    "percent",
    "low of the unemployment rate",
    unit="percent",
    period="late 2022",
)
a("about 47,500", 47500, "count", "jobs added", q="approximate", period="August")
a(
    "0.8 per cent",
    0.8,
    "percent",
    "rise in the Wage Price Index",
    unit="percent",
    period="June quarter",
)
a("4.1 per cent", 4.1, "percent", "rise in the Wage Price Index over the year", unit="percent")
a(
    "425 basis points",
    425,
    "percent",
    "rise in the cash rate",
    unit="basis point",
    period="since May 2022",
)
a("thirteen", 13, "count", "cash rate moves", period="since May 2022")
a("one or two", 1, "count", "rate cuts priced in", q="range", low=1, high=2, opt=True)
a("25 basis point", 25, "percent", "size of rate cuts priced in", unit="basis point")
a("about 5 per cent", 5, "percent", "housing credit growth", q="approximate", unit="percent")
a(
    "around one in five",
    20,
    "percent",
    "variable-rate borrowers spending more than 30 per cent of income on repayments",
    q="approximate",
    unit="percent",
)
a(
    "more than 30 per cent",
    30,
    "percent",
    "income spent on repayments",
    q="more_than",
    unit="percent",
    opt=True,
)

# 303: IMF World Economic Outlook Update summary, 16 Jul 2024 (the IMF's own voice).
doc("303_imf-weo-update-2024-07-16.txt", "2024-07-16")
W = "world"
a("3.2 percent", 3.2, "percent", "global growth", unit="percent", subject=W, period="2024")
a("3.3 percent", 3.3, "percent", "global growth", unit="percent", subject=W, period="2025")
a("2.6 percent", 2.6, "percent", "growth", unit="percent", subject="United States", period="2024")
a(
    "0.1 percentage point",
    0.1,
    "percent",
    "downward revision of growth forecast",
    unit="percentage point",
    subject="United States",
    after="revised down by ",
)
a("0.9 percent", 0.9, "percent", "growth", unit="percent", subject="euro area", period="this year")
a(
    "0.1 percentage point",
    0.1,
    "percent",
    "upward revision of growth forecast",
    unit="percentage point",
    subject="euro area",
    after="0.9 percent this year, revised up by ",
)
a("1.5 percent", 1.5, "percent", "growth", unit="percent", subject="euro area", period="2025")
a(
    "0.2 percentage point",
    0.2,
    "percent",
    "downward revision of growth forecast",
    unit="percentage point",
    subject="Japan",
)
a("0.7 percent", 0.7, "percent", "growth forecast", unit="percent", subject="Japan")
a(
    "0.1 percentage point",
    0.1,
    "percent",
    "upward revision of growth forecast",
    unit="percentage point",
    subject="emerging market and developing economies",
    after="the forecast has been revised up by ",
)
a(
    "4.3 percent",
    4.3,
    "percent",
    "growth forecast",
    unit="percent",
    subject="emerging market and developing economies",
    period="2024",
)
a("5 percent", 5, "percent", "growth", unit="percent", subject="China")
a(
    "0.4 percentage point",
    0.4,
    "percent",
    "upgrade of growth forecast",
    unit="percentage point",
    subject="China",
)
a(
    "0.2 percentage points",
    0.2,
    "percent",
    "upward revision of growth forecast",
    unit="percentage point",
    subject="India",
)
a(
    "7.0 percent",
    7.0,
    "percent",
    "growth",
    unit="percent",
    subject="India",
    period="fiscal year 2024/25",
)
a("3.7 percent", 3.7, "percent", "growth", unit="percent", subject="sub-Saharan Africa")
a("2.4 percent", 2.4, "percent", "growth", unit="percent", subject="Middle East and Central Asia")
a(
    "6.7 percent",
    6.7,
    "percent",
    "global headline inflation",
    unit="percent",
    subject=W,
    period="2023",
)
a(
    "5.9 percent",
    5.9,
    "percent",
    "global headline inflation",
    unit="percent",
    subject=W,
    period="2024",
)
a(
    "4.4 percent",
    4.4,
    "percent",
    "global headline inflation",
    unit="percent",
    subject=W,
    period="2025",
)
a(
    "around two years",
    2,
    "duration",
    "how much earlier advanced economies return to inflation targets",
    q="approximate",
    unit="year",
    subject="advanced economies",
)
a("3¼ percent", 3.25, "percent", "world trade growth", unit="percent", subject=W, period="2024")
a(
    "about half",
    50,
    "percent",
    "world trade growth relative to its pre-pandemic average",
    q="approximate",
    unit="percent",
    subject=W,
)
a(
    "more than 3,000",
    3000,
    "count",
    "new trade-restricting measures imposed",
    q="more_than",
    subject=W,
    period="2023",
)
a(
    "nearly three times",
    3,
    "measure",
    "trade-restricting measures relative to 2019",
    q="nearly",
    unit="times",
    subject=W,
)
a(
    "up to 7 percent",
    7,
    "percent",
    "reduction in global output from geoeconomic fragmentation",
    q="at_most",
    unit="percent",
    subject=W,
    speaker="IMF staff",
    aliases=["IMF", "International Monetary Fund"],
)
PG = ["Gourinchas", "Pierre-Olivier Gourinchas"]
a(
    "100 percent",
    100,
    "percent",
    "public debt of the G20 economies as share of GDP",
    q="more_than",
    unit="percent",
    subject="G20 economies",
    speaker="Pierre-Olivier Gourinchas",
    aliases=PG,
)
a(
    "one-third",
    33.33,
    "percent",
    "low-income countries in or at high risk of debt distress",
    unit="percent",
    speaker="Pierre-Olivier Gourinchas",
    aliases=PG,
)
a("3.1 percent", 3.1, "percent", "medium-term growth", unit="percent", subject=W)

# 304: Norwegian Refugee Council situation update on Sudan, 12 Jun 2024 (NRC's own voice).
doc("304_nrc-sudan-update-2024-06-12.txt", "2024-06-12")
SD = "Sudan"
a("one year", 1, "duration", "time since the crisis began", unit="year", subject=SD, opt=True)
a(
    "Fourteen months",
    14,
    "duration",
    "time since fighting erupted",
    unit="month",
    subject=SD,
    opt=True,
)
a("10 million", 10e6, "count", "people internally displaced or fled across borders", subject=SD)
a(
    "more than one in five",
    20,
    "percent",
    "share of Sudanese displaced",
    q="more_than",
    unit="percent",
    subject=SD,
)
a("1.9 million", 1.9e6, "count", "people who crossed into neighbouring countries", subject=SD)
a("25.6 million", 25.6e6, "count", "people facing acute food insecurity", subject=SD)
a(
    "over half",
    50,
    "percent",
    "share of the population facing acute food insecurity",
    q="more_than",
    unit="percent",
    subject=SD,
)
a("755,000", 755000, "count", "people at risk of famine", subject=SD)
a("14", 14, "count", "areas at risk of famine", after="famine in ", subject=SD)
a("16%", 16, "percent", "share of the humanitarian appeal funded", unit="percent", subject=SD)
a("US$2.7 billion", 2.7e9, "money", "humanitarian appeal", unit="USD", subject=SD)
NRC = "Norwegian Refugee Council"
a("41,200", 41200, "count", "households receiving cash assistance", subject=NRC)
a(
    "SDG 120,000",
    120000,
    "money",
    "average cash assistance per household per month",
    unit="SDG",
    subject=NRC,
)
a(
    "about US$95",
    95,
    "money",
    "average cash assistance per household per month",
    q="approximate",
    unit="USD",
    subject=NRC,
)
a("37", 37, "count", "water points rehabilitated in Central Darfur", subject=NRC)
a(
    "at least 60,000",
    60000,
    "count",
    "people served by rehabilitated water points",
    q="at_least",
    subject=NRC,
)
a(
    "some 8,500",
    8500,
    "count",
    "children enrolled in emergency education",
    q="approximate",
    subject=NRC,
)
a("2,300", 2300, "count", "people provided legal counselling", subject=NRC)
HS = ["Solberg", "Hanne Solberg"]
a(
    "up to 1,500",
    1500,
    "count",
    "new arrivals a day in Adre",
    q="at_most",
    subject="Adre",
    speaker="Hanne Solberg",
    aliases=HS,
)
a(
    "three days",
    3,
    "duration",
    "days families walked without water",
    unit="day",
    speaker="Hanne Solberg",
    aliases=HS,
)
a(
    "two",
    2,
    "count",
    "NRC warehouses in El Fasher looted",
    subject=NRC,
    after="She said ",
    speaker="Hanne Solberg",
    aliases=HS,
)
a(
    "three",
    3,
    "count",
    "NRC warehouses in El Fasher",
    after="two of NRC's ",
    speaker="Hanne Solberg",
    aliases=HS,
    opt=True,
)
a(
    "fewer than 10 per cent",
    10,
    "percent",
    "people facing emergency levels of hunger reached regularly",
    q="less_than",
    unit="percent",
    subject=SD,
    speaker="World Food Programme",
    aliases=["WFP", "the World Food Programme"],
)
a(
    "3.7 million",
    3.7e6,
    "count",
    "children under five acutely malnourished",
    subject=SD,
    period="this year",
    speaker="UNICEF",
    aliases=["United Nations Children's Fund"],
)
a("€45 million", 45e6, "money", "NRC appeal to scale up its response", unit="EUR", subject=NRC)
a("12 months", 12, "duration", "period of the appeal", unit="month", opt=True)

# 305: local news article with named and unnamed sources and a correction, 8 Oct 2024.
doc("305_local-council-budget-2024-10-08.txt", "2024-10-08")
M = "Millbrook"
a("$48.6M", 48.6e6, "money", "budget", unit="USD", subject=M, opt=True)
a("3.9%", 3.9, "percent", "property tax increase", unit="percent", subject=M, opt=True)
a("4-hour", 4, "duration", "length of the meeting", unit="hour", opt=True)
a("5-2", 5, "count", "council votes for the budget", opt=True)
a(
    "$48.6 million",
    48.6e6,
    "money",
    "general fund budget",
    unit="USD",
    subject=M,
    period="fiscal 2025",
)
a(
    "3.9%",
    3.9,
    "percent",
    "increase in the property tax levy",
    unit="percent",
    subject=M,
    after="levy by ",
)
RD = ["Delgado", "Rosa Delgado", "Finance Director Rosa Delgado"]
a(
    "about $112",
    112,
    "money",
    "increase in the tax bill on the median home a year",
    q="approximate",
    unit="USD",
    subject=M,
    speaker="Rosa Delgado",
    aliases=RD,
)
a(
    "$285,000",
    285000,
    "money",
    "assessed value of the city's median home",
    unit="USD",
    subject=M,
    speaker="Rosa Delgado",
    aliases=RD,
)
a("6.2%", 6.2, "percent", "increase in the budget from last year", unit="percent", subject=M)
a("$45.8 million", 45.8e6, "money", "last year's budget", unit="USD", subject=M)
a("14%", 14, "percent", "jump in health insurance premiums", unit="percent", subject=M)
a("61", 61, "count", "city firefighters", subject=M)
a(
    "nearly $1.4 million",
    1.4e6,
    "money",
    "cuts to the departments' requests",
    q="nearly",
    unit="USD",
    subject=M,
    speaker="Rosa Delgado",
    aliases=RD,
)
a("67", 67, "measure", "age of Tom Brandt", unit="year", opt=True)
a(
    "23",
    23,
    "count",
    "positions added by the city",
    subject=M,
    speaker="Tom Brandt",
    aliases=["Brandt"],
)
a(
    "three years",
    3,
    "duration",
    "period of the added positions",
    unit="year",
    speaker="Tom Brandt",
    aliases=["Brandt"],
    opt=True,
)
a("More than 80", 80, "count", "residents who packed the chambers", q="more_than")
a("31", 31, "count", "residents who spoke during public comment")
a(
    "almost a third",
    33.33,
    "percent",
    "rise in a retired teacher's tax bill since 2019",
    q="nearly",
    unit="percent",
    period="since 2019",
)
a("9", 9, "count", "vacant sworn officer positions in the police department", subject=M)
a("52", 52, "count", "sworn officer positions in the police department", subject=M)
MH = ["Hill", "Marcus Hill", "Police Chief Marcus Hill"]
a(
    "7 minutes 40 seconds",
    7.6667,
    "duration",
    "average response time to priority calls",
    unit="minute",
    subject=M,
    period="August",
    speaker="Marcus Hill",
    aliases=MH,
    date="2024-09-24",
)
a(
    "under six minutes",
    6,
    "duration",
    "average response time to priority calls two years ago",
    q="less_than",
    unit="minute",
    subject=M,
    period="two years ago",
    speaker="Marcus Hill",
    aliases=MH,
    date="2024-09-24",
)
a(
    "two years",
    2,
    "duration",
    "time since the earlier response times",
    unit="year",
    after="six minutes ",
    speaker="Marcus Hill",
    aliases=MH,
    date="2024-09-24",
    opt=True,
)
a("$750,000", 750000, "money", "budget for road repairs", unit="USD", subject=M)
a("$2.1 million", 2.1e6, "money", "budget for the Riverside Park project", unit="USD", subject=M)
a("54", 54, "measure", "age of Mayor Jean Ouellette", unit="year", after="Ouellette, ", opt=True)
a("5-2", 5, "count", "council votes for the budget", after="approved the budget ", opt=True)
a("61", 61, "count", "city firefighters", subject=M, after="the city employs ")

# 306: SCIO press conference on a white paper, 26 Sep 2024 (turns by speaker; outlets ask).
doc("306_scio-white-paper-rural-2024-09-26.txt", "2024-09-26")
CN = "China"
LH: dict[str, Any] = dict(speaker="Liu Huanxin", aliases=["Liu"])
ZL: dict[str, Any] = dict(speaker="Zhao Lan", aliases=["Zhao"])
a("six", 6, "count", "chapters of the white paper", speaker="Xu Lin", opt=True)
a(
    "about 21,000",
    21000,
    "count",
    "Chinese characters in the white paper",
    q="approximate",
    speaker="Xu Lin",
    opt=True,
)
a(
    "above 650 million metric tons",
    650e6,
    "measure",
    "grain output",
    q="more_than",
    unit="tonne",
    subject=CN,
    **LH,
)
a(
    "nine consecutive years",
    9,
    "duration",
    "years of grain output above 650 million tons",
    unit="year",
    subject=CN,
    **LH,
)
a(
    "695.41 million tons",
    695.41e6,
    "measure",
    "grain output",
    unit="tonne",
    subject=CN,
    period="2023",
    **LH,
)
a(
    "8,389 yuan",
    8389,
    "money",
    "per capita disposable income of rural residents",
    unit="CNY",
    subject=CN,
    period="2012",
    **LH,
)
a(
    "20,133 yuan",
    20133,
    "money",
    "per capita disposable income of rural residents",
    unit="CNY",
    subject=CN,
    period="2022",
    **LH,
)
a(
    "7.6 percent",
    7.6,
    "percent",
    "average annual growth of rural per capita disposable income",
    unit="percent",
    subject=CN,
    period="from 2012 to 2022",
    **LH,
)
a(
    "1.7 percentage points",
    1.7,
    "percent",
    "rural income growth above that of urban residents",
    unit="percentage point",
    subject=CN,
    **LH,
)
a(
    "2.88",
    2.88,
    "measure",
    "income ratio between urban and rural residents",
    unit="times",
    subject=CN,
    **LH,
    opt=True,
)
a(
    "2.45",
    2.45,
    "measure",
    "income ratio between urban and rural residents",
    unit="times",
    subject=CN,
    **LH,
    opt=True,
)
a(
    "more than 90 percent",
    90,
    "percent",
    "administrative villages with access to 5G",
    q="more_than",
    unit="percent",
    subject=CN,
    period="by the end of 2023",
    **LH,
)
a(
    "90 percent",
    90,
    "percent",
    "coverage rate of tap water in rural areas",
    unit="percent",
    subject=CN,
    after="had reached ",
    **LH,
)
a(
    "some 1.6 million kilometers",
    1.6e6,
    "measure",
    "rural roads built or upgraded",
    q="approximate",
    unit="km",
    subject=CN,
    period="since 2012",
    **LH,
)
a(
    "74 percent",
    74,
    "percent",
    "comprehensive mechanization rate of crop farming",
    q="more_than",
    unit="percent",
    subject=CN,
    period="last year",
    **LH,
)
a(
    "57 percent",
    57,
    "percent",
    "comprehensive mechanization rate of crop farming",
    unit="percent",
    subject=CN,
    period="2012",
    **LH,
)
a(
    "over 97 percent",
    97,
    "percent",
    "mechanization rate for wheat",
    q="more_than",
    unit="percent",
    subject=CN,
    **LH,
)
a("around 2.2 million", 2.2e6, "count", "farmer cooperatives", q="approximate", subject=CN, **LH)
a("nearly 4 million", 4e6, "count", "family farms", q="nearly", subject=CN, **LH)
a(
    "98.99 million",
    98.99e6,
    "count",
    "rural residents lifted out of poverty",
    subject=CN,
    period="by the end of 2020",
    **ZL,
)
a("832", 832, "count", "poverty-stricken counties that shed the label", subject=CN, **ZL)
a("five-year", 5, "duration", "transition period", unit="year", subject=CN, **ZL, opt=True)
a(
    "175 billion yuan",
    175e9,
    "money",
    "central government subsidies for rural revitalization",
    unit="CNY",
    subject=CN,
    period="last year",
    **ZL,
)
a(
    "5 billion yuan",
    5e9,
    "money",
    "year-on-year increase in subsidies for rural revitalization",
    unit="CNY",
    subject=CN,
    **ZL,
)
a(
    "More than 65 percent",
    65,
    "percent",
    "share of the funds for developing industries",
    q="more_than",
    unit="percent",
    subject=CN,
    **ZL,
)
a(
    "about 6.5 million",
    6.5e6,
    "count",
    "people at risk of falling back into poverty",
    q="approximate",
    subject=CN,
    **ZL,
)
a(
    "over 60 percent",
    60,
    "percent",
    "people at risk who have seen risks eliminated",
    q="more_than",
    unit="percent",
    subject=CN,
    **ZL,
)
a("37", 37, "count", "African countries China has sent agricultural experts to", subject=CN, **LH)
a(
    "about 9,000",
    9000,
    "count",
    "agricultural professionals trained",
    q="approximate",
    subject=CN,
    **LH,
)
a("24", 24, "count", "agricultural technology demonstration centers in Africa", subject=CN, **LH)

# 307: company earnings story (wire/FT style), 25 Jul 2024.
doc("307_earnings-hyundai-2024-07-25.txt", "2024-07-25")
H = "Hyundai Motor"
HM: dict[str, Any] = dict(
    speaker="Hyundai Motor", aliases=["Hyundai", "South Korea's largest carmaker"]
)
LS: dict[str, Any] = dict(speaker="Lee Seung-jo", aliases=["Lee"])
Q2 = "April to June quarter"
a(
    "0.8 per cent",
    0.8,
    "percent",
    "rise in operating profit",
    unit="percent",
    subject=H,
    period=Q2,
    **HM,
)
a("Won4.28tn", 4.28e12, "money", "operating profit", unit="KRW", subject=H, period=Q2, **HM)
a("$3.1bn", 3.1e9, "money", "operating profit", unit="USD", subject=H, period=Q2, **HM)
a(
    "Won4.1tn",
    4.1e12,
    "money",
    "average of analyst estimates of operating profit",
    unit="KRW",
    subject=H,
    speaker="LSEG",
    aliases=["Hyundai Motor", "Hyundai"],
)
a(
    "18",
    18,
    "count",
    "analyst estimates compiled by LSEG",
    speaker="LSEG",
    aliases=["Hyundai Motor", "Hyundai"],
)
a("12%", 12, "percent", "rise in revenue year on year", unit="percent", subject=H, period=Q2)
a("Won45tn", 45e12, "money", "revenue", unit="KRW", subject=H, period=Q2)
a("$32.5bn", 32.5e9, "money", "revenue", unit="USD", subject=H, period=Q2)
a("7%", 7, "percent", "rise in net profit", unit="percent", subject=H, period=Q2)
a("Won3.6tn", 3.6e12, "money", "net profit", unit="KRW", subject=H, period=Q2)
a("1.06 million", 1.06e6, "count", "vehicles sold worldwide", subject=H, period="the quarter")
a("2.6%", 2.6, "percent", "fall in vehicles sold", unit="percent", subject=H)
a("40%", 40, "percent", "rise in hybrid sales", unit="percent", subject=H)
a("more than 143,000", 143000, "count", "hybrid sales units", q="more_than", subject=H)
a("roughly a fifth", 20, "percent", "fall in EV sales", q="approximate", unit="percent", subject=H)
a("57,000", 57000, "count", "EV sales units", subject=H)
a("225,000", 225000, "count", "US sales units in the second quarter", subject=H, **HM)
a(
    "1.2 million",
    1.2e6,
    "count",
    "expected US sales units this year",
    subject=H,
    period="this year",
    **HM,
)
a(
    "about $4.5bn",
    4.5e9,
    "money",
    "spending on expanding hybrid production at the Georgia plant",
    q="approximate",
    unit="USD",
    subject=H,
    period="over the next three years",
    **LS,
)
a("three years", 3, "duration", "period of the hybrid investment", unit="year", **LS, opt=True)
a("300,000", 300000, "count", "annual capacity of the Georgia plant in vehicles", subject=H, **LS)
a("Won2,000", 2000, "money", "interim dividend a share", unit="KRW", subject=H)
a("up to Won500bn", 500e9, "money", "share buyback", q="at_most", unit="KRW", subject=H)
a("1.9 per cent", 1.9, "percent", "rise in shares", unit="percent", subject=H)
a("about $43bn", 43e9, "money", "market value", q="approximate", unit="USD", subject=H)
a("14 per cent", 14, "percent", "shares below their June peak", unit="percent", subject=H)
KJ: dict[str, Any] = dict(speaker="Kim Jin-woo", aliases=["Kim"])
a("10 per cent", 10, "percent", "move in the won", unit="percent", **KJ, opt=True)
a(
    "roughly Won1tn",
    1e12,
    "money",
    "reduction in annual operating profit",
    q="approximate",
    unit="KRW",
    subject=H,
    **KJ,
)
a(
    "up to 20 per cent",
    20,
    "percent",
    "US margin of Korean carmakers lost to tariffs",
    q="at_most",
    unit="percent",
    subject="Korean carmakers",
)
a("third-largest", 3, "rank", "carmaker by sales", subject="Hyundai and Kia")
a(
    "4-5 per cent",
    4,
    "percent",
    "revenue growth target",
    q="range",
    unit="percent",
    low=4,
    high=5,
    subject=H,
    period="2024",
    **HM,
)
a(
    "8-9 per cent",
    8,
    "percent",
    "operating margin target",
    q="range",
    unit="percent",
    low=8,
    high=9,
    subject=H,
    period="2024",
    **HM,
)


if __name__ == "__main__":
    GOLD.build()
