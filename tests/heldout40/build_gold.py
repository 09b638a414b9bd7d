"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout40/build_gold.py``. Each annotation names the
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
BP = "basis point"
PP = "percentage point"
N = dict(speaker=None, aliases=[])

# Conventions: those of tests/heldout5 to tests/heldout39 (see README.md), plus the new cases
# listed there.

# 4000: ECB monetary policy press conference (Thursday 22 January 2037).
HM = ["Maasland", "President of the ECB", "ECB President", "European Central Bank"]
doc("4000_ecb-press-conference-2037-01-22.txt", "2037-01-22", "Henrike Maasland", HM)
a("three", 3, "count", "key ECB interest rates", opt=True)
a("25 basis points", 25, "percent", "cut in the three key ECB interest rates", unit=BP)
a("1.75%", 1.75, "percent", "deposit facility rate", unit=P)
a("1.90%", 1.90, "percent", "interest rate on the main refinancing operations", unit=P)
a("2.15%", 2.15, "percent", "interest rate on the marginal lending facility", unit=P)
EUROSTAT = dict(speaker="Eurostat", aliases=["Henrike Maasland", "Maasland"])
a("2.3%", 2.3, "percent", "euro area annual inflation", unit=P, period="December", **EUROSTAT)
a("2.1%", 2.1, "percent", "euro area annual inflation", unit=P, period="November", **EUROSTAT)
a("2.6%", 2.6, "percent", "core inflation", unit=P, aliases=[*HM, "Eurostat"])
a("0.2%", 0.2, "percent", "euro area economic growth", unit=P, period="third quarter of 2036")
a("6.1%", 6.1, "percent", "euro area unemployment rate", unit=P, period="November")
a("about 180,000", 180000, "count", "rise in employment over the quarter", q="approximate")
a("3.4%", 3.4, "percent", "growth of negotiated wages", unit=P, period="third quarter")
a(
    "less than 3%",
    3,
    "percent",
    "wage growth indicated by the ECB wage tracker",
    q="less_than",
    unit=P,
    period="second half of 2037",
)
a("3.5%", 3.5, "percent", "services inflation", unit=P, period="December")
a("2.8%", 2.8, "percent", "annual growth of bank lending to firms", unit=P, period="November")
a("1.9%", 1.9, "percent", "growth in mortgage lending", unit=P)
a(
    "about €45 billion",
    45e9,
    "money",
    "monthly decline in Eurosystem APP and PEPP holdings",
    q="approximate",
    unit="EUR",
)
a("2%", 2, "percent", "ECB medium-term inflation target", unit=P, opt=True)
a(
    "two",
    2,
    "count",
    "further rate cuts priced in by markets by the summer",
    after="pricing in ",
    speaker="Reuters",
    aliases=["Anna Kowalczyk"],
)
a(
    "0.3%",
    0.3,
    "percent",
    "contraction of German output this year",
    period="this year",
    unit=P,
    speaker="Deutsche Bundesbank",
    aliases=["Bundesbank", "Handelsblatt", "Jens Hoffmann"],
    date="2037-01-19",
)
a("0.9%", 0.9, "percent", "projected euro area growth", unit=P, period="2037")
a("1.3%", 1.3, "percent", "projected euro area growth", unit=P, period="2038")
a(
    "as much as 4%",
    4,
    "percent",
    "possible cut in euro area exports from the new tariffs",
    q="at_most",
    unit=P,
    speaker=None,
    aliases=["Les Echos", "Claire Dumont"],
)
RE = dict(
    speaker="Rasmus Ekdahl",
    aliases=["Ekdahl", "Chief Economist", "Tomás Echeverría", "Echeverría"],
    date="2037-01-21",
)
a(
    "around 0.3 percentage points",
    0.3,
    "percent",
    "reduction in euro area growth from announced tariffs",
    q="approximate",
    unit=PP,
    **RE,
)
a("two years", 2, "duration", "period of the growth effect", unit="year", opt=True, **RE)
a(
    "about one in five",
    20,
    "percent",
    "euro area exporters relying on the US market",
    q="approximate",
    unit=P,
    **RE,
)
a(
    "more than a tenth",
    10,
    "percent",
    "threshold share of sales in the US market",
    q="more_than",
    unit=P,
    opt=True,
    **RE,
)
IL = dict(speaker="Il Sole 24 Ore", aliases=["Marco Bellini"])
a("ten-year", 10, "duration", "bond maturity", unit="year", opt=True, **IL)
a(
    "85 basis points",
    85,
    "percent",
    "spread between Italian and German ten-year bonds",
    unit=BP,
    **IL,
)
a(
    "€3,000",
    3000,
    "money",
    "possible digital euro holding limit per person",
    unit="EUR",
    speaker="European Commission",
    aliases=["Commission", "Financial Times", "Sarah Whitfield"],
)
a(
    "nearly two-thirds",
    66.67,
    "percent",
    "euro area citizens who would like a public digital means of payment",
    q="nearly",
    unit=P,
    speaker="Tomás Echeverría",
    aliases=[
        "Echeverría",
        "Vice-President of the ECB",
        "ECB Vice-President",
        "European Central Bank",
    ],
)

# 4001: UN Security Council meetings coverage (Tuesday 10 February 2037).
doc("4001_unsc-sahel-briefing-2037-02-10.txt", "2037-02-10", None)
a("31 Million", 31e6, "count", "people in need in the central Sahel", opt=True)
RO = dict(
    speaker="Ruth Okafor-Lindgren",
    aliases=["Okafor-Lindgren", "Assistant Secretary-General for Africa"],
)
a(
    "more than 2,100",
    2100,
    "count",
    "civilians killed in attacks in Burkina Faso, Mali and Niger",
    q="more_than",
    period="2036",
    **RO,
)
a("28 per cent", 28, "percent", "rise in civilians killed on the previous year", unit=P, **RO)
a(
    "14",
    14,
    "count",
    "aid workers killed in the region",
    period="last year",
    after="She added that ",
    **RO,
)
TW = dict(
    speaker="Tomasz Wierzbicki",
    aliases=["Wierzbicki", "Assistant Secretary-General for Humanitarian Affairs"],
)
a(
    "31 million",
    31e6,
    "count",
    "people in the central Sahel needing assistance",
    after="Relief Coordinator, said that ",
    **TW,
)
a("24 million", 24e6, "count", "people needing assistance two years ago", **TW)
a("two years", 2, "duration", "comparison period", unit="year", opt=True, **TW)
a("$4.7 billion", 4.7e9, "money", "humanitarian appeal for the central Sahel", unit="USD", **TW)
a("19 per cent", 19, "percent", "share of the appeal funded", unit=P, **TW)
a("nearly 8,400", 8400, "count", "schools closed because of insecurity", q="nearly", **TW)
a(
    "some 1.6 million",
    1.6e6,
    "count",
    "children without classes",
    q="approximate",
    **TW,
)
a(
    "900,000",
    900000,
    "count",
    "displaced people whose rations would be suspended",
    speaker="World Food Programme",
    aliases=["WFP", "Tomasz Wierzbicki", "Wierzbicki"],
)
AS = dict(speaker="Aminata Sawadogo", aliases=["Sawadogo"])
a(
    "more than 60 per cent",
    60,
    "percent",
    "displaced women interviewed with no access to a health centre",
    q="more_than",
    unit=P,
    **AS,
)
a(
    "10 kilometres",
    10,
    "measure",
    "distance threshold to a health centre",
    unit="km",
    opt=True,
    **AS,
)
a(
    "€92 million",
    92e6,
    "money",
    "French humanitarian assistance to the central Sahel",
    unit="EUR",
    period="2036",
    speaker="Representative of France",
    aliases=["France", "the representative of France"],
)
US = dict(
    speaker="Representative of the United States",
    aliases=["United States", "the representative of the United States"],
)
a("$310 million", 310e6, "money", "new US humanitarian assistance for the region", unit="USD", **US)
a(
    "more than $540 million",
    540e6,
    "money",
    "US total for the current fiscal year",
    q="more_than",
    unit="USD",
    **US,
)
SL = dict(
    speaker="Representative of Sierra Leone",
    aliases=["Sierra Leone", "Sierra Leone's delegate", "A3+"],
)
a(
    "some 4.2 million",
    4.2e6,
    "count",
    "internally displaced people in the central Sahel",
    q="approximate",
    **SL,
)
a(
    "one in three",
    33.33,
    "percent",
    "displaced people living in informal sites with no regular water supply",
    unit=P,
    **SL,
)
a(
    "5,000",
    5000,
    "count",
    "troops of the pledged joint force",
    speaker="Alliance of Sahel States",
    aliases=["AES", "Representative of Sierra Leone", "Sierra Leone's delegate"],
)
a(
    "more than 1,200 kilometres",
    1200,
    "measure",
    "roads built or repaired by China in the region",
    q="more_than",
    unit="km",
    speaker="Representative of China",
    aliases=["China", "China's representative"],
)
a(
    "25,000 tonnes",
    25000,
    "measure",
    "wheat delivered by Russia to the three countries",
    unit="tonne",
    period="since 2035",
    speaker="Representative of the Russian Federation",
    aliases=["Russian Federation", "Russia", "speaker for the Russian Federation"],
)
a(
    "doubled",
    2,
    "measure",
    "rise in attacks on aid convoys",
    unit="times",
    opt=True,
    speaker="Armed Conflict Location and Event Data Project",
    aliases=["ACLED", "Representative of the United Kingdom"],
)
a(
    "£38 million",
    38e6,
    "money",
    "UK funding through the Sahel Regional Fund",
    unit="GBP",
    speaker="Representative of the United Kingdom",
    aliases=["United Kingdom", "the representative of the United Kingdom"],
)
ML = dict(speaker="Representative of Mali", aliases=["Mali", "Mali's representative"])
a("14", 14, "count", "localities retaken by Mali's armed forces", after="had retaken ", **ML)
a("210,000", 210000, "count", "displaced persons who returned home", **ML)

# 4002: Reuters energy market story (Wednesday 4 March 2037).
doc("4002_reuters-europe-gas-prices-2037-03-04.txt", "2037-03-04", None)
a("9%", 9, "percent", "rise in European gas prices", unit=P, opt=True)
a("4.05 euros", 4.05, "money", "rise in the TTF front-month contract", unit="EUR")
a("9%", 9, "percent", "rise in the TTF front-month contract", unit=P, after="4.05 euros, or ")
a("48.60 euros", 48.6, "money", "TTF front-month price per megawatt hour", unit="EUR")
a("11%", 11, "percent", "rise in the British day-ahead contract", unit=P)
a("118 pence", 1.18, "money", "British day-ahead gas price per therm", unit="GBP")
a(
    "about 38 million cubic metres",
    38e6,
    "measure",
    "cut in Norwegian gas flows per day",
    q="approximate",
    unit="cubic metre",
    speaker="Gassco",
    aliases=[],
    date="2037-03-03",
)
GIE = dict(speaker="Gas Infrastructure Europe", aliases=["GIE"])
a("31%", 31, "percent", "EU gas storage fill level", unit=P, after="storage sites were ", **GIE)
a("five-year", 5, "duration", "averaging period", unit="year", opt=True, **GIE)
a("42%", 42, "percent", "five-year average storage level for the date", unit=P, **GIE)
a(
    "exceeded 600 gigawatt hours",
    600,
    "measure",
    "daily storage withdrawals",
    q="more_than",
    unit="GWh",
)
HV = dict(speaker="Hanna Vestergaard", aliases=["Vestergaard", "Nordhavn Energy"])
a("25%", 25, "percent", "possible storage level at the end of winter", unit=P, **HV)
a("30%", 30, "percent", "storage level for comparison", unit=P, opt=True, **HV)
a(
    "55 billion cubic metres",
    55e9,
    "measure",
    "gas purchases needed over the summer to refill storage",
    q="approximate",
    unit="cubic metre",
    **HV,
)
a(
    "around 10%",
    10,
    "percent",
    "additional LNG imports needed this summer",
    q="approximate",
    unit=P,
    **HV,
)
a(
    "about 31%",
    31,
    "percent",
    "Norway's share of EU gas imports",
    q="approximate",
    unit=P,
    period="last year",
    speaker="Eurostat",
    aliases=[],
)
a("$14.20", 14.2, "money", "Asian spot LNG price per mmBtu", unit="USD")
LSEG = dict(speaker="LSEG", aliases=["LSEG shipping data"])
a(
    "11.4 million tonnes",
    11.4e6,
    "measure",
    "European LNG imports",
    unit="tonne",
    period="February",
    **LSEG,
)
a("more than half", 50, "percent", "US share of LNG cargoes", q="more_than", unit=P, **LSEG)
a("at least three", 3, "count", "Qatari cargoes diverted to Europe", q="at_least")
EC = dict(speaker="European Commission", aliases=["Commission"])
a("90%", 90, "percent", "EU storage target", unit=P, opt=True, **EC)
a(
    "up to 10 percentage points",
    10,
    "percent",
    "permitted shortfall against the storage target",
    q="at_most",
    unit=PP,
    **EC,
)
a("about a dozen", 12, "count", "countries expected to use the flexibility", q="approximate")
a(
    "27%",
    27,
    "percent",
    "German gas storage level",
    unit=P,
    speaker="Federal Network Agency",
    aliases=["Bundesnetzagentur", "Germany's Federal Network Agency"],
    date="2037-03-02",
)
a(
    "about 7%",
    7,
    "percent",
    "German gas consumption above the level of a year earlier",
    q="approximate",
    unit=P,
    speaker="Klaus Reinholdt",
    aliases=["Reinholdt", "Federal Network Agency", "Bundesnetzagentur"],
    date="2037-03-03",
)
a(
    "around 4 degrees Celsius",
    4,
    "measure",
    "forecast temperatures below normal in northwest Europe",
    q="approximate",
    unit="degree Celsius",
)
a(
    "about a third",
    33.33,
    "percent",
    "rise in front-month prices since mid-January",
    q="approximate",
    unit=P,
)
a(
    "more than 300 euros",
    300,
    "money",
    "peak gas price per MWh in August 2022",
    q="more_than",
    unit="EUR",
)

# 4003: Statistics Canada, The Daily (Friday 20 March 2037).
doc("4003_statcan-daily-retail-trade-2037-03-20.txt", "2037-03-20", None)
a("0.6%", 0.6, "percent", "decrease in retail sales", unit=P, period="January")
a("$71.8 billion", 71.8e9, "money", "retail sales", unit="CAD", period="January")
a("5", 5, "count", "subsectors with lower sales", after="Sales were down in ")
a("9", 9, "count", "retail subsectors", after="5 of ", opt=True)
a("0.3%", 0.3, "percent", "rise in core retail sales", unit=P)
a("0.9%", 0.9, "percent", "fall in retail sales in volume terms", unit=P)
a("0.4%", 0.4, "percent", "advance estimate of retail sales growth", unit=P, period="February")
a("3.4%", 3.4, "percent", "fall in sales at motor vehicle and parts dealers", unit=P)
a("4.1%", 4.1, "percent", "decline in sales at new car dealers", unit=P)
a("1.8%", 1.8, "percent", "decrease in sales at gasoline stations and fuel vendors", unit=P)
a("1.2%", 1.2, "percent", "gain in sales at food and beverage retailers", unit=P)
a("0.2%", 0.2, "percent", "decrease in sales at general merchandise retailers", unit=P)
TOPT = dict(opt=True)
a("71,805", 71805e6, "money", "total retail trade", unit="CAD", **TOPT)
a("0.6", 0.6, "percent", "change in total retail trade", unit=P, after="71,805", **TOPT)
a("18,750", 18750e6, "money", "sales of motor vehicle and parts dealers", unit="CAD", **TOPT)
a(
    "3.4",
    3.4,
    "percent",
    "change in motor vehicle and parts dealers sales",
    unit=P,
    after="18,750",
    **TOPT,
)
a("12,930", 12930e6, "money", "sales of food and beverage retailers", unit="CAD", **TOPT)
a(
    "1.2",
    1.2,
    "percent",
    "change in food and beverage retailers sales",
    unit=P,
    after="12,930",
    **TOPT,
)
a("6,120", 6120e6, "money", "sales of gasoline stations and fuel vendors", unit="CAD", **TOPT)
a("1.8", 1.8, "percent", "change in gasoline station sales", unit=P, after="6,120", **TOPT)
a("6", 6, "count", "provinces with lower retail sales", after="Sales down in ", opt=True)
a("6", 6, "count", "provinces with lower retail sales", after="Retail sales were down in ")
a("10", 10, "count", "provinces", after="Retail sales were down in 6 of ", opt=True)
a("1.1%", 1.1, "percent", "decline in Ontario retail sales", unit=P, subject="Ontario")
a(
    "0.4%",
    0.4,
    "percent",
    "rise in Quebec retail sales",
    unit=P,
    after="Sales in Quebec rose ",
    subject="Quebec",
)
a("$4.9 billion", 4.9e9, "money", "retail e-commerce sales", unit="CAD", period="January")
a("6.8%", 6.8, "percent", "e-commerce share of total retail trade", unit=P)
a("6.3%", 6.3, "percent", "e-commerce share a year earlier", unit=P)
a(
    "Roughly 1 in 10",
    10,
    "percent",
    "retailers reporting sales affected by the ice storms",
    q="approximate",
    unit=P,
)
ETR = dict(
    speaker="Émilie Tremblay-Roy",
    aliases=["Tremblay-Roy", "Statistics Canada"],
    date="2037-03-18",
)
a(
    "about 7.9%",
    7.9,
    "percent",
    "average interest rate on new vehicle loans",
    q="approximate",
    unit=P,
    **ETR,
)
a("eight consecutive months", 8, "duration", "run of grocery sales growth", unit="month", **ETR)
a("four", 4, "count", "months with falling motor vehicle sales", after="had fallen in ", **ETR)
a("six months", 6, "duration", "period considered", unit="month", opt=True, **ETR)
a("about 10,000", 10000, "count", "retail businesses in the survey sample", q="approximate")
a("86.5%", 86.5, "percent", "survey response rate", unit=P, period="January reference month")
a("51.2%", 51.2, "percent", "share of retail sales covered by advance estimate responses", unit=P)

# 4004: House of Commons Hansard, oral questions (Monday 11 May 2037).
doc("4004_hansard-commons-housing-questions-2037-05-11.txt", "2037-05-11", None)
DO = dict(
    speaker="Daniel Okoro",
    aliases=["Okoro", "Minister for Housing and Planning", "The Minister for Housing and Planning"],
)
a("58,400", 58400, "count", "affordable homes completed in England", period="2036-37", **DO)
a("14%", 14, "percent", "increase in affordable home completions", unit=P, **DO)
a(
    "more than a third",
    33.33,
    "percent",
    "share of completions for social rent",
    q="more_than",
    unit=P,
    **DO,
)
RA = dict(speaker="Rachel Ashdown", aliases=["Ashdown"])
a("2,300", 2300, "count", "households on the Stroud housing register", subject="Stroud", **RA)
a("three-bedroom", 3, "count", "bedrooms of the council home", opt=True, **RA)
a(
    "more than seven years",
    7,
    "duration",
    "average wait for a three-bedroom council home",
    q="more_than",
    unit="year",
    **RA,
)
CONST = dict(speaker=None, aliases=["Rachel Ashdown", "Ashdown"])
a("two", 2, "count", "children of the constituent", after="she and her ", opt=True, **CONST)
a(
    "19 months",
    19,
    "duration",
    "time the family spent in temporary accommodation",
    unit="month",
    **CONST,
)
a(
    "£12.6 million",
    12.6e6,
    "money",
    "affordable homes programme funding for Stroud District Council",
    unit="GBP",
    **DO,
)
a("around 240", 240, "count", "homes the funding should support", q="approximate", **DO)
a(
    "9%",
    9,
    "percent",
    "fall in starts of new social rent homes",
    unit=P,
    period="last year",
    speaker="House of Commons Library",
    aliases=["Geoffrey Maitland-Hale", "Sir Geoffrey Maitland-Hale", "Maitland-Hale"],
)
a(
    "nearly 11,000",
    11000,
    "count",
    "homes on which housing associations paused work",
    q="nearly",
    speaker="National Housing Federation",
    aliases=["NHF", "Geoffrey Maitland-Hale", "Sir Geoffrey Maitland-Hale", "Maitland-Hale"],
)
a(
    "17%",
    17,
    "percent",
    "rise in affordable housing starts",
    unit=P,
    period="first three months of this year",
    **DO,
)
a("three months", 3, "duration", "period of the rise in starts", unit="month", opt=True, **DO)
PK = dict(
    speaker="Priya Kaur-Bennett",
    aliases=["Kaur-Bennett", "Secretary of State for Housing, Communities and Local Government"],
)
a("131,000", 131000, "count", "households in temporary accommodation in England", **PK)
a("about 165,000", 165000, "count", "children in temporary accommodation", q="approximate", **PK)
CH = dict(
    speaker="Chancellor of the Exchequer",
    aliases=["the Chancellor", "Chancellor", "Priya Kaur-Bennett", "Kaur-Bennett"],
    date="2037-05-06",
)
a("£1.1 billion", 1.1e9, "money", "extra funding for homelessness prevention", unit="GBP", **CH)
a("three years", 3, "duration", "period of the extra funding", unit="year", opt=True, **CH)
a(
    "at least 40%",
    40,
    "percent",
    "share of the funding for councils with the highest B&B use",
    q="at_least",
    unit=P,
    **PK,
)
a(
    "20",
    20,
    "count",
    "councils with the highest use of bed and breakfast accommodation",
    after="go to the ",
    **PK,
)
IS = dict(speaker="Imogen Shaw", aliases=["Shaw"])
a(
    "£31 million",
    31e6,
    "money",
    "Leeds annual spending on temporary accommodation",
    unit="GBP",
    subject="Leeds",
    **IS,
)
a(
    "almost double",
    2,
    "measure",
    "rise in Leeds spending on temporary accommodation",
    q="nearly",
    unit="times",
    opt=True,
    **IS,
)
a("four years", 4, "duration", "comparison period", unit="year", opt=True, **IS)
a(
    "as much as 40%",
    40,
    "percent",
    "cost cut by councils that bought homes",
    q="at_most",
    unit=P,
    **PK,
)
a(
    "£700 million",
    700e6,
    "money",
    "expected council overspend on homelessness this year",
    unit="GBP",
    speaker="Local Government Association",
    aliases=["LGA", "Helen Baptiste", "Baptiste"],
)
a(
    "more than a decade",
    10,
    "duration",
    "period since a larger increase in homelessness funding",
    q="more_than",
    unit="year",
    opt=True,
    **PK,
)

# 4005: Kenyan daily (Nation) county health story (Tuesday 9 June 2037).
doc("4005_nation-kakamega-drug-stockouts-2037-06-09.txt", "2037-06-09", None)
a("40", 40, "count", "health centres run dry", opt=True)
a("Sh460 million", 460e6, "money", "county spending on medicines and medical supplies", unit="KES")
a(
    "more than double",
    2,
    "measure",
    "rise on this year's allocation",
    q="more_than",
    unit="times",
    opt=True,
)
JW = dict(
    speaker="Janet Wanyonyi",
    aliases=["Wanyonyi", "Ms Wanyonyi", "Governor Janet Wanyonyi", "Governor"],
    date="2037-06-08",
)
a("40", 40, "count", "health centres without antimalarials", after="We have ", **JW)
a(
    "at least three weeks",
    3,
    "duration",
    "time without antimalarials",
    q="at_least",
    unit="week",
    **JW,
)
a("Sh187 million", 187e6, "money", "county debt to Kemsa", unit="KES", **JW)
a(
    "14 days",
    14,
    "duration",
    "promised delivery time for orders",
    unit="day",
    speaker="Kenya Medical Supplies Authority",
    aliases=["Kemsa", "Janet Wanyonyi", "Ms Wanyonyi"],
    date="2037-06-08",
)
MS = dict(
    speaker="Moses Shikuku",
    aliases=[
        "Dr Moses Shikuku",
        "Shikuku",
        "Dr Shikuku",
        "County Executive Committee Member for Health",
    ],
)
a(
    "about 62 per cent",
    62,
    "percent",
    "public health facilities reporting a stock-out",
    q="approximate",
    unit=P,
    period="May",
    **MS,
)
a("218", 218, "count", "public health facilities in the county", **MS)
a("at least one", 1, "count", "essential medicines out of stock", q="at_least", opt=True, **MS)
a("1,150", 1150, "count", "community health promoters recruited", **MS)
a("Sh2,500", 2500, "money", "monthly stipend of a community health promoter", unit="KES", **MS)
a(
    "half",
    50,
    "percent",
    "share of the stipend paid by the national government",
    unit=P,
    after="Sh2,500, ",
    **MS,
)
CHD = dict(
    speaker="Kakamega County Department of Health",
    aliases=["county health department", "Kakamega County"],
)
a(
    "81 per cent",
    81,
    "percent",
    "mothers delivering in health facilities",
    unit=P,
    period="last year",
    **CHD,
)
a(
    "74 per cent",
    74,
    "percent",
    "mothers delivering in health facilities in 2034",
    unit=P,
    period="2034",
    **CHD,
)
a(
    "Sh3.2 billion",
    3.2e9,
    "money",
    "national funds released to counties for community health promoters",
    unit="KES",
    period="this year",
    speaker="Ministry of Health",
    aliases=["MoH"],
    date="2037-06-08",
)
a(
    "19",
    19,
    "count",
    "counties that fully remitted their share of the stipends",
    speaker="Grace Atieno",
    aliases=["Dr Grace Atieno", "Atieno", "Dr Atieno", "Ministry of Health"],
    date="2037-06-08",
)
a(
    "1.2 million",
    1.2e6,
    "count",
    "additional doses of antimalarial medicines for Western Kenya",
    speaker="Global Fund",
    aliases=["The Global Fund"],
)
a(
    "nearly one in five",
    20,
    "percent",
    "Kakamega's share of malaria cases in the region",
    q="nearly",
    unit=P,
    speaker="Tobias Lindqvist",
    aliases=["Lindqvist", "Mr Lindqvist", "Global Fund"],
    date="2037-06-07",
)
a(
    "about Sh450",
    450,
    "money",
    "cost of a full course of antimalarials",
    q="approximate",
    unit="KES",
)
a("some 300", 300, "count", "nurses lost to hospitals abroad", q="approximate", period="since 2033")
AN = dict(
    speaker="Alice Nabwire",
    aliases=["Dr Alice Nabwire", "Nabwire", "KMPDU"],
    date="2037-06-05",
)
a("96", 96, "count", "doctors in county public service", **AN)
a("19,800", 19800, "count", "residents per doctor", opt=True, **AN)
a(
    "at least 30 per cent",
    30,
    "percent",
    "share of the health budget sought for primary healthcare",
    q="at_least",
    unit=P,
    speaker="Peter Makokha",
    aliases=["Mr Peter Makokha", "Makokha", "Mr Makokha"],
)

# 4006: earnings call transcript on an aggregator page (Wednesday 29 July 2037).
ME = ["Ellery", "President and Chief Executive Officer", "Norvane Logistics"]
doc("4006_norvane-q2-earnings-call-2037-07-29.txt", "2037-07-29", "Marcus Ellery", ME)
a("8%", 8, "percent", "revenue growth", unit=P, after="Revenue rose ")
a("$3.42 billion", 3.42e9, "money", "quarterly revenue", unit="USD")
a("41.6 million", 41.6e6, "count", "parcels handled in the quarter")
a("six", 6, "count", "new fulfilment centres opened")
a("74", 74, "count", "sites in the network")
a("About 70%", 70, "percent", "parcels sorted without a human touch", q="approximate", unit=P)
a("52%", 52, "percent", "parcels sorted without a human touch two years ago", unit=P)
a("two years", 2, "duration", "comparison period", unit="year", opt=True)
a("5%", 5, "percent", "fall in cost per parcel", unit=P, after="cost per parcel fell ")
a(
    "97.8%",
    97.8,
    "percent",
    "Norvane on-time rate",
    unit=P,
    speaker=None,
    aliases=["Marcus Ellery", "Ellery"],
)
PV = dict(
    speaker="Priya Venkataraman",
    aliases=["Venkataraman", "Chief Financial Officer", "Norvane Logistics"],
)
a("$512 million", 512e6, "money", "adjusted EBITDA", unit="USD", **PV)
a("15.0%", 15.0, "percent", "adjusted EBITDA margin", unit=P, **PV)
a("120 basis points", 120, "percent", "rise in EBITDA margin from a year ago", unit=BP, **PV)
a("$1.47", 1.47, "money", "adjusted earnings per share", unit="USD", **PV)
a("$286 million", 286e6, "money", "free cash flow", unit="USD", **PV)
a("2.1 times", 2.1, "measure", "net leverage", unit="times", **PV)
a("$150 million", 150e6, "money", "stock repurchased in the quarter", unit="USD", **PV)
a(
    "between $13.6 billion and $13.9 billion",
    13.6e9,
    "money",
    "full-year revenue outlook",
    q="range",
    unit="USD",
    low=13.6e9,
    high=13.9e9,
    **PV,
)
a(
    "about $700 million",
    700e6,
    "money",
    "expected capital expenditure",
    q="approximate",
    unit="USD",
    **PV,
)
a(
    "9.1%",
    9.1,
    "percent",
    "rise in e-commerce sales",
    unit=P,
    period="second quarter",
    speaker="U.S. Census Bureau",
    aliases=["Census Bureau", "Morgan Stanley", "Jonathan Reyes"],
    date="2037-07-27",
)
a(
    "6%",
    6,
    "percent",
    "growth of Norvane B2C volumes",
    unit=P,
    after="grew only ",
    speaker="Morgan Stanley",
    aliases=["Jonathan Reyes", "Reyes"],
)
a(
    "about $90 million",
    90e6,
    "money",
    "low-margin volume walked away from",
    q="approximate",
    unit="USD",
)
a("more than 9%", 9, "percent", "volume growth excluding exited business", q="more_than", unit=P)
a(
    "roughly 300 basis points",
    300,
    "percent",
    "pricing contribution to revenue growth",
    q="approximate",
    unit=BP,
    speaker="Goldman Sachs",
    aliases=["Olivia Brandt", "Brandt"],
)
a("5.9%", 5.9, "percent", "average general rate increase this year", unit=P, **PV)
a(
    "about a quarter",
    25,
    "percent",
    "share of revenue covered by fourth-quarter contract renewals",
    q="approximate",
    unit=P,
    **PV,
)
a(
    "as much as $1.2 billion",
    1.2e9,
    "money",
    "reported price for a regional carrier",
    q="at_most",
    unit="USD",
    speaker=None,
    aliases=["JPMorgan", "Samuel Achterberg", "Achterberg"],
)
a("below 2.5 times", 2.5, "measure", "board's leverage target", q="less_than", unit="times")
a(
    "Around 18,000",
    18000,
    "count",
    "drivers covered by the Teamsters contract",
    q="approximate",
    **PV,
)
a(
    "roughly 60%",
    60,
    "percent",
    "share of drivers covered by the Teamsters contract",
    q="approximate",
    unit=P,
    **PV,
)

# 4007: CDC press release (Thursday 10 September 2037).
doc("4007_cdc-kindergarten-exemptions-2037-09-10.txt", "2037-09-10", None)
CDC = dict(
    speaker="Centers for Disease Control and Prevention",
    aliases=["CDC", "the report", "MMWR", "Morbidity and Mortality Weekly Report"],
)
a("4.1%", 4.1, "percent", "kindergartners with a vaccine exemption", unit=P, opt=True)
a("exceed 1,400", 1400, "count", "measles cases this year", q="more_than", opt=True)
a(
    "4.1%",
    4.1,
    "percent",
    "kindergartners with an exemption from required vaccines",
    unit=P,
    period="2036-37 school year",
    after="rose to ",
    **CDC,
)
a("sixth", 6, "count", "consecutive years of falling MMR coverage", opt=True)
LW = dict(
    speaker="Lorraine Whitaker",
    aliases=["Whitaker", "Dr. Whitaker", "CDC Director", "CDC Director Lorraine Whitaker"],
)
a(
    "more than 300",
    300,
    "count",
    "children hospitalized with measles this year",
    q="more_than",
    **LW,
)
a("91.8%", 91.8, "percent", "national MMR coverage among kindergartners", unit=P, **CDC)
a("95%", 95, "percent", "Healthy People 2030 target for MMR coverage", unit=P, opt=True, **CDC)
a("exceeded 5%", 5, "percent", "exemption threshold", q="more_than", unit=P, opt=True, **CDC)
a("17", 17, "count", "states with exemptions above 5%", **CDC)
a("14", 14, "count", "states with exemptions above 5% a year earlier", after="up from ", **CDC)
a(
    "About 296,000",
    296000,
    "count",
    "kindergartners not documented as fully vaccinated against measles",
    q="approximate",
    **CDC,
)
a("11", 11, "count", "states with MMR two-dose coverage below 90%", after="In ", **CDC)
a("fewer than 90%", 90, "percent", "coverage threshold", q="less_than", unit=P, opt=True, **CDC)
a("two", 2, "count", "doses of MMR vaccine", after="had received ", opt=True, **CDC)
a("49", 49, "count", "states submitting data")
a("1,426", 1426, "count", "confirmed measles cases this year")
a("38", 38, "count", "jurisdictions with confirmed measles cases")
a(
    "About 87%",
    87,
    "percent",
    "measles cases in unvaccinated people or with unknown status",
    q="approximate",
    unit=P,
)
RO2 = dict(
    speaker="Raymond Ochoa",
    aliases=["Dr. Ochoa", "Ochoa", "CDC"],
    date="2037-09-09",
)
a("three", 3, "count", "children who died of measles this year", after="said that ", **RO2)
a("9", 9, "count", "states where CDC sent staff", **RO2)
a(
    "fewer than 8 in 10",
    80,
    "percent",
    "vaccination threshold of schools",
    q="less_than",
    unit=P,
    opt=True,
    **RO2,
)
a("212", 212, "count", "people sickened in the Holmes County outbreak", period="since June")
KF = dict(speaker="Karen Feld", aliases=["Feld", "Dr. Feld"], date="2037-09-08")
a("about 6,800", 6800, "count", "MMR doses given by vaccination clinics", q="approximate", **KF)
a("under 5", 5, "measure", "age of children", q="less_than", unit="year", opt=True, **KF)
a(
    "Nearly two-thirds",
    66.67,
    "percent",
    "exemptions granted for non-medical reasons",
    q="nearly",
    unit=P,
    **CDC,
)
a(
    "about one in four",
    25,
    "percent",
    "immunization staff lost by member programs",
    q="approximate",
    unit=P,
    period="since 2033",
    speaker="Association of Immunization Managers",
    aliases=["AIM"],
)
a("95%", 95, "percent", "coverage target", unit=P, after="a return to ", opt=True)
a("140,000", 140000, "count", "additional kindergartners to vaccinate each year")
a("Two", 2, "count", "doses of MMR vaccine", after="each year.\n\n", opt=True)
a(
    "about 97%",
    97,
    "percent",
    "effectiveness of two MMR doses against measles",
    q="approximate",
    unit=P,
)
a(
    "12 through 15 months",
    12,
    "measure",
    "age for the first dose",
    q="range",
    unit="month",
    low=12,
    high=15,
    opt=True,
)
a(
    "4 through 6 years",
    4,
    "measure",
    "age for the second dose",
    q="range",
    unit="year",
    low=4,
    high=6,
    opt=True,
)

GOLD.build()
