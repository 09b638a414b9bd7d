"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout24/build_gold.py``. Each annotation names the
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

# Conventions (those of tests/heldout5 to tests/heldout23, see README.md): headline, standfirst
# and bullet-summary figures optional; the page's own voice and unnamed sources ("officials
# said", "analysts polled by Bloomberg", "a Bloomberg survey", "delegates who asked not to be
# identified", "customs data showed") have speaker None, judged sentence by sentence; in a
# transcript an unattributed sentence of a turn is the turn's speaker, the outlet that asks
# speaks for its question, a bare "Q" is None, and a figure a question attributes is that
# source's (the outlet an alias); "according to X" / "X data show" / "the report found" are X;
# a figure relayed from a minister or secretary is theirs, dated the day they said it; every
# sentence of a multi-sentence quote, and a quote's second paragraph, is the quoted speaker's;
# "He said", "She added", "They still see", "She expects", "It kept" are the one named before;
# date = the day the claim was stated ("on Thursday", "yesterday", "last night", "last Friday",
# "on November 15" resolved against the publication day; "last week", "this morning", "today"
# keep the publication day); time spans that only date a figure are optional; ranges keep both
# ends with value = low.

# 2400: MFA regular press conference (Tuesday 20 November 2029).
doc("2400_mfa-hua-chunying-presscon-2029-11-20.txt", "2029-11-20", "Hua Chunying", ["Hua"])
a(
    "38",
    38,
    "count",
    "African countries attending the agricultural cooperation forum",
    after="senior officials from ",
)
a(
    "more than 200",
    200,
    "count",
    "cooperation agreements expected to be signed at the forum",
    q="more_than",
)
GACC = dict(
    speaker="General Administration of Customs of China",
    aliases=["Chinese customs", "GACC", "General Administration of Customs", "Hua Chunying"],
)
a(
    "19.6 billion US dollars",
    19.6e9,
    "money",
    "China-Cambodia bilateral trade",
    unit="USD",
    subject="China and Cambodia",
    period="first ten months of this year",
    **GACC,
)
a("ten months", 10, "duration", "period of the trade figure", unit="month", opt=True, **GACC)
a(
    "11.4 percent",
    11.4,
    "percent",
    "year-on-year growth of China-Cambodia trade",
    unit="percent",
    **GACC,
)
a(
    "more than 3,000 kilometers",
    3000,
    "measure",
    "roads built in Cambodia by Chinese companies",
    q="more_than",
    unit="km",
    subject="Cambodia",
)
a("nine", 9, "count", "bridges built in Cambodia by Chinese companies", after="roads and ")
a(
    "nearly 60 percent",
    60,
    "percent",
    "China's share of global solar installations",
    q="nearly",
    unit="percent",
    subject="China",
    period="last year",
    speaker="International Energy Agency",
    aliases=["IEA", "Reuters"],
    date="2029-11-15",
)
a(
    "about 810 million tonnes",
    810e6,
    "measure",
    "carbon emissions cut abroad by Chinese wind and solar exports",
    q="approximate",
    unit="tonne",
    period="last year",
)
a(
    "over 80 percent",
    80,
    "percent",
    "fall in the price of solar modules",
    q="more_than",
    unit="percent",
    period="past decade",
)
a(
    "14",
    14,
    "count",
    "EU anti-subsidy investigations into Chinese companies",
    period="this year",
    after="had opened ",
    speaker="European Commission",
    aliases=["AFP"],
    date="2029-11-16",
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2029-11-19")
a(
    "more than 180",
    180,
    "count",
    "Chinese enterprises in the Suez cooperation zone",
    q="more_than",
    **WY,
)
a(
    "over 2.5 billion US dollars",
    2.5e9,
    "money",
    "Chinese investment in the Suez cooperation zone",
    q="more_than",
    unit="USD",
    **WY,
)
a(
    "some 420,000",
    420000,
    "count",
    "trips to Egypt by Chinese tourists",
    q="approximate",
    period="first nine months of this year",
    **WY,
)
a("nine months", 9, "duration", "period of the tourist figure", unit="month", opt=True, **WY)
a(
    "four",
    4,
    "count",
    "batches of Chinese humanitarian assistance to Gaza",
    after="China has provided ",
)
a(
    "35%",
    35,
    "percent",
    "fall in US exports of chipmaking equipment to China",
    unit="percent",
    period="October",
    speaker="US Department of Commerce",
    aliases=["US Commerce Department", "Commerce Department", "Bloomberg"],
    date="2029-11-19",
)
a(
    "more than 140",
    140,
    "count",
    "Chinese entities added to US export control lists",
    q="more_than",
    period="past year",
)
HEI = dict(speaker="Horn Economic Institute", aliases=["Global Times"])
a(
    "more than 14 million",
    14e6,
    "count",
    "passengers carried by the Standard Gauge Railway",
    q="more_than",
    **HEI,
)
a(
    "40 million tonnes",
    40e6,
    "measure",
    "cargo carried by the Standard Gauge Railway",
    unit="tonne",
    **HEI,
)
KRC = dict(speaker="Kenya Railways Corporation", aliases=["Hua Chunying"])
a(
    "over 74,000",
    74000,
    "count",
    "local jobs created by the Standard Gauge Railway",
    q="more_than",
    **KRC,
)
a(
    "about 2 percent",
    2,
    "percent",
    "contribution of the railway to Kenya's GDP growth",
    q="approximate",
    unit="percent",
    **KRC,
)

# 2401: White House press briefing (Thursday 6 December 2029).
doc(
    "2401_whitehouse-castellanos-brennan-briefing-2029-12-06.txt",
    "2029-12-06",
    "Nina Castellanos",
    ["THE PRESS SECRETARY", "Castellanos", "Press Secretary"],
)
a(
    "up to 52 inches",
    52,
    "measure",
    "snowfall in parts of Michigan and Ohio",
    q="at_most",
    unit="inch",
)
a("1.2 million", 1.2e6, "count", "meals pre-positioned by FEMA")
a("900,000 liters", 900000, "measure", "water pre-positioned by FEMA", unit="litre")
DOE = dict(
    speaker="U.S. Department of Energy", aliases=["Department of Energy", "DOE", "Nina Castellanos"]
)
a("roughly 140,000", 140000, "count", "customers without power", q="approximate", **DOE)
a("610,000", 610000, "count", "peak number of customers without power", period="Tuesday", **DOE)
a("$2.87", 2.87, "money", "national average price of a gallon of regular gasoline", unit="USD")
a("41 cents", 0.41, "money", "fall in gas price from a year ago", unit="USD")
BR = dict(speaker="Paul Brennan", aliases=["Brennan", "MR. BRENNAN"])
COM = dict(
    speaker="U.S. Department of Commerce",
    aliases=["Commerce Department", "Paul Brennan", "Brennan"],
)
a("$58.3 billion", 58.3e9, "money", "U.S. trade deficit", unit="USD", period="October", **COM)
a(
    "more than six years",
    6,
    "duration",
    "period since a smaller trade deficit",
    q="more_than",
    unit="year",
    opt=True,
    **COM,
)
a("2.4 percent", 2.4, "percent", "rise in U.S. exports", unit="percent", **BR)
a("$301 billion", 301e9, "money", "U.S. exports", unit="USD", **BR)
a("19 percent", 19, "percent", "rise in soybean exports from a year ago", unit="percent", **BR)
a(
    "roughly 85,000",
    85000,
    "count",
    "American jobs supported by new trade agreements",
    q="approximate",
    **BR,
)
a(
    "about $2.1 trillion",
    2.1e12,
    "money",
    "revenue from the new tariff schedule",
    q="approximate",
    unit="USD",
    period="over ten years",
    speaker="Congressional Budget Office",
    aliases=["CBO"],
    date="2029-12-04",
)
a(
    "ten years",
    10,
    "duration",
    "period of the tariff revenue estimate",
    unit="year",
    opt=True,
    speaker="Congressional Budget Office",
    aliases=["CBO"],
    date="2029-12-04",
)
a("$34 billion", 34e9, "money", "customs receipts", unit="USD", period="November", **BR)
a(
    "3.1 percent",
    3.1,
    "percent",
    "rise in consumer prices from a year ago",
    unit="percent",
    speaker=None,
)
a(
    "four straight months",
    4,
    "duration",
    "months of falling core inflation",
    unit="month",
    opt=True,
    **BR,
)
a("1.3 percent", 1.3, "percent", "rise in real wages", unit="percent", period="past year", **BR)
a(
    "at least 11",
    11,
    "count",
    "deaths in the blizzard",
    q="at_least",
    speaker="Michigan State Police",
    aliases=[],
    date="2029-12-05",
)
TL = dict(
    speaker="Teresa Langford", aliases=["Langford", "Homeland Security Secretary Teresa Langford"]
)
a("100 percent", 100, "percent", "federal share of debris removal costs", unit="percent", **TL)
a(
    "30 days",
    30,
    "duration",
    "period of full federal debris removal coverage",
    unit="day",
    opt=True,
    **TL,
)
a("More than 600", 600, "count", "FEMA staff on the ground", q="more_than")
a(
    "119 million",
    119e6,
    "count",
    "Americans projected to travel over Christmas",
    speaker="AAA",
    aliases=[],
)
a(
    "about 52,000",
    52000,
    "count",
    "flights a day at the holiday peak",
    q="approximate",
    speaker="Federal Aviation Administration",
    aliases=["FAA", "Nina Castellanos"],
)
a("2,300", 2300, "count", "new air traffic controllers hired this year")
a("3.1 million", 3.1e6, "count", "passengers screened by the TSA on the Sunday after Thanksgiving")
a(
    "38 percent",
    38,
    "percent",
    "Americans approving of the President's handling of the economy",
    unit="percent",
    speaker="Gallup",
    aliases=[],
)

# 2402: NDRC regular press conference (Thursday 22 November 2029).
doc("2402_ndrc-november-presscon-2029-11-22.txt", "2029-11-22", None)
LC = dict(speaker="Li Chao", aliases=["NDRC"])
a(
    "172",
    172,
    "count",
    "fixed-asset investment projects approved by the NDRC",
    period="so far this year",
    **LC,
)
a("1.46 trillion yuan", 1.46e12, "money", "total investment of approved projects", unit="CNY", **LC)
a("700 billion yuan", 700e9, "money", "central budget investment for this year", unit="CNY", **LC)
a(
    "over 220 million tonnes",
    220e6,
    "measure",
    "coal stocks at power plants",
    q="more_than",
    unit="tonne",
    period="as of November 20",
    **LC,
)
a(
    "about 30 days",
    30,
    "duration",
    "days of consumption covered by coal stocks",
    q="approximate",
    unit="day",
    **LC,
)
a("9.3 percent", 9.3, "percent", "year-on-year increase in gas storage", unit="percent", **LC)
LD = dict(speaker="Liu Dehua", aliases=["NDRC"])
a(
    "118 million",
    118e6,
    "count",
    "home appliances bought under the trade-in program",
    period="as of the end of October",
    **LD,
)
a("412 billion yuan", 412e9, "money", "sales from the appliance trade-in program", unit="CNY", **LD)
a(
    "exceeded 9.6 million",
    9.6e6,
    "count",
    "applications for car trade-in subsidies",
    q="more_than",
    speaker="Ministry of Commerce",
    aliases=["MOFCOM", "Liu Dehua"],
)
a(
    "about 70 percent",
    70,
    "percent",
    "share of participating households replacing old products",
    q="approximate",
    unit="percent",
    **LD,
)
a(
    "more than ten years",
    10,
    "duration",
    "age of replaced products",
    q="more_than",
    unit="year",
    opt=True,
    **LD,
)
a(
    "2.9%",
    2.9,
    "percent",
    "growth of retail sales",
    unit="percent",
    period="October",
    speaker="National Bureau of Statistics",
    aliases=["NBS", "Reuters"],
    date="2029-11-15",
)
CH = dict(speaker="Chen Hongyan", aliases=["NDRC"])
a(
    "ten months",
    10,
    "duration",
    "period of the equipment manufacturing figure",
    unit="month",
    opt=True,
    **CH,
)
a(
    "8.7 percent",
    8.7,
    "percent",
    "growth of added value of equipment manufacturing",
    unit="percent",
    period="first ten months",
    **CH,
)
a(
    "6.5 percent",
    6.5,
    "percent",
    "growth of online retail sales of physical goods",
    unit="percent",
    period="first ten months",
    **CH,
)
LQ = dict(speaker="Li Qiang", aliases=["Premier Li Qiang"], date="2029-11-16")
a(
    "150 billion yuan",
    150e9,
    "money",
    "ultra-long special treasury bonds front-loaded for the trade-in program",
    unit="CNY",
    period="next year",
    **LQ,
)
a(
    "1 million",
    1e6,
    "count",
    "public childcare places to be added",
    period="by the end of 2030",
    **LQ,
)
a(
    "around 5 percent",
    5,
    "percent",
    "full-year growth target",
    q="approximate",
    unit="percent",
    **CH,
)
PMC = dict(
    speaker="Price Monitoring Center of the NDRC",
    aliases=["NDRC's price monitoring center", "NDRC", "21st Century Business Herald"],
)
a(
    "19.8 yuan",
    19.8,
    "money",
    "average wholesale price of pork per kilogram",
    unit="CNY",
    period="last week",
    **PMC,
)
a("16 percent", 16, "percent", "year-on-year fall in wholesale pork price", unit="percent", **PMC)
MARA = dict(speaker="Ministry of Agriculture and Rural Affairs", aliases=["Li Chao"])
a("40.1 million", 40.1e6, "count", "breeding sows", period="end of October", **MARA)
a(
    "about 103 percent",
    103,
    "percent",
    "breeding sows relative to the normal holding level",
    q="approximate",
    unit="percent",
    **MARA,
)
a(
    "12.7 million",
    12.7e6,
    "count",
    "college graduates expected next year",
    speaker="China National Radio",
    aliases=["CNR"],
)
a("11.02 million", 11.02e6, "count", "new urban jobs created", period="by the end of October", **LD)
a(
    "92 percent",
    92,
    "percent",
    "share of the annual urban jobs target fulfilled",
    unit="percent",
    **LD,
)

# 2403: Bloomberg story on OPEC+ and oil prices (Monday 3 December 2029).
doc("2403_bloomberg-opec-extends-cuts-oil-2029-12-03.txt", "2029-12-03", None)
a(
    "as much as 2.1%",
    2.1,
    "percent",
    "intraday rise in Brent",
    q="at_most",
    unit="percent",
    opt=True,
)
a("three weeks", 3, "duration", "period since a bigger intraday gain", unit="week", opt=True)
a("three months", 3, "duration", "extension of OPEC+ production cuts", unit="month")
a(
    "as much as 2.1%",
    2.1,
    "percent",
    "rise in Brent crude",
    q="at_most",
    unit="percent",
    after="settlement gained ",
)
a("$68.42", 68.42, "money", "Brent crude price per barrel", unit="USD")
a("$67.90", 67.90, "money", "Brent crude price per barrel", unit="USD")
a("1.8%", 1.8, "percent", "rise in West Texas Intermediate", unit="percent")
a("$64.15", 64.15, "money", "West Texas Intermediate price per barrel", unit="USD")
a(
    "about 2.2 million barrels",
    2.2e6,
    "measure",
    "OPEC+ voluntary cuts kept in place",
    q="approximate",
    unit="barrel per day",
    speaker="OPEC+",
    aliases=["OPEC", "Organization of Petroleum Exporting Countries"],
    date="2029-12-02",
)
a("23", 23, "count", "traders and analysts surveyed who predicted an extension")
AZ = dict(
    speaker="Abdulaziz bin Salman",
    aliases=["Prince Abdulaziz bin Salman", "Saudi Energy Minister"],
    date="2029-12-02",
)
a(
    "40 million barrels",
    40e6,
    "measure",
    "OECD inventories below the five-year average",
    unit="barrel",
    subject="OECD",
    **AZ,
)
a("five-year", 5, "duration", "averaging period of inventories", unit="year", opt=True, **AZ)
GS = dict(
    speaker="Goldman Sachs", aliases=["Goldman Sachs Group Inc.", "Lina Thomsen"], date="2029-12-02"
)
a(
    "about 500,000 barrels",
    500000,
    "measure",
    "supply removed by the extension",
    q="approximate",
    unit="barrel per day",
    period="next year",
    **GS,
)
a("$72", 72, "money", "Goldman Brent forecast for the second quarter", unit="USD", **GS)
a("$69", 69, "money", "previous Goldman Brent forecast for the second quarter", unit="USD", **GS)
a(
    "1.1 million barrels",
    1.1e6,
    "measure",
    "oil market surplus",
    unit="barrel per day",
    period="second half of 2030",
    **GS,
)
a(
    "27.4 million barrels",
    27.4e6,
    "measure",
    "OPEC crude production",
    unit="barrel per day",
    period="November",
)
a(
    "190,000 barrels",
    190000,
    "measure",
    "rise in OPEC production from October",
    unit="barrel per day",
)
a(
    "roughly 300,000 barrels",
    300000,
    "measure",
    "Kazakhstan production above its quota",
    q="approximate",
    unit="barrel per day",
    subject="Kazakhstan",
    speaker="Ole Hansen",
    aliases=["Hansen", "Saxo Bank"],
)
a(
    "120,000 barrels",
    120000,
    "measure",
    "additional Iraqi cut to compensate overproduction",
    unit="barrel per day",
    subject="Iraq",
    period="January",
)
a("about 9%", 9, "percent", "fall in crude prices this year", q="approximate", unit="percent")
a(
    "148,000",
    148000,
    "count",
    "hedge funds' net-long position on Brent in contracts",
    speaker="ICE Futures Europe",
    aliases=[],
)
IS = dict(speaker="Ingrid Solberg", aliases=["Solberg", "Rystad Energy"])
a(
    "about 700,000 barrels",
    700000,
    "measure",
    "oil demand growth next year",
    q="approximate",
    unit="barrel per day",
    **IS,
)
a("$66", 66, "money", "expected average Brent price in 2030", unit="USD", **IS)
a("6%", 6, "percent", "rise in Chinese crude imports", unit="percent", period="October")

# 2404: AFP story on a heatwave in Argentina and Paraguay (Tuesday 15 January 2030).
doc("2404_afp-argentina-paraguay-heatwave-2030-01-15.txt", "2030-01-15", None)
a(
    "topped 44 degrees Celsius",
    44,
    "measure",
    "temperatures in parts of Argentina and Paraguay",
    q="more_than",
    unit="degree Celsius",
)
SMN = dict(
    speaker="National Meteorological Service",
    aliases=["SMN", "Argentina's national weather service"],
    date="2030-01-14",
)
a(
    "44.7C",
    44.7,
    "measure",
    "temperature in Santiago del Estero",
    unit="degree Celsius",
    subject="Santiago del Estero",
    **SMN,
)
a("11", 11, "count", "provinces under red alert", after="in place for ", **SMN)
a("23", 23, "count", "provinces of Argentina", after="country's ", opt=True, **SMN)
LB = dict(speaker="Laura Benitez", aliases=["Benitez"])
a(
    "1,340",
    1340,
    "count",
    "people treated for heat-related illness in the capital",
    period="between Friday and Monday",
    **LB,
)
a("40 percent", 40, "percent", "increase in emergency calls", unit="percent", **LB)
a("eight", 8, "count", "heat-related deaths", period="since the start of the month", **LB)
a(
    "31,200 megawatts",
    31200,
    "measure",
    "record electricity demand",
    unit="MW",
    speaker="Cammesa",
    aliases=[],
)
a(
    "About 180,000",
    180000,
    "count",
    "households without power in greater Buenos Aires",
    q="approximate",
    speaker="ENRE",
    aliases=[],
)
a(
    "2,600",
    2600,
    "count",
    "heat-related consultations in Paraguayan hospitals in a week",
    speaker="Maria Teresa Baran",
    aliases=["Baran", "Health Minister Maria Teresa Baran"],
    date="2030-01-14",
)
PYH = dict(
    speaker="Ministry of Public Health and Social Welfare of Paraguay",
    aliases=["health ministry", "Paraguay's health ministry"],
)
a(
    "more than 21,000",
    21000,
    "count",
    "suspected dengue cases in Paraguay",
    q="more_than",
    period="since October",
    **PYH,
)
a(
    "nearly double",
    2,
    "measure",
    "dengue cases relative to a year earlier",
    q="nearly",
    unit="times",
    opt=True,
    **PYH,
)
a(
    "81",
    81,
    "count",
    "age of Rosa Gimenez",
    unit="year",
    speaker="Rosa Gimenez",
    aliases=["Gimenez"],
    opt=True,
)
CN = dict(speaker="Clare Nullis", aliases=["Nullis", "WMO", "World Meteorological Organization"])
a(
    "8 to 10 degrees Celsius",
    8,
    "measure",
    "daytime temperatures above normal",
    q="range",
    unit="degree Celsius",
    low=8,
    high=10,
    **CN,
)
a(
    "nine consecutive days",
    9,
    "duration",
    "consecutive days above 35 degrees in Buenos Aires",
    unit="day",
    subject="Buenos Aires",
    **CN,
)
a("35 degrees", 35, "measure", "temperature threshold", unit="degree Celsius", opt=True, **CN)
a(
    "about 100 times",
    100,
    "measure",
    "increase in likelihood of such heatwaves",
    q="approximate",
    unit="times",
    speaker="World Weather Attribution",
    aliases=[],
)
RBT = dict(speaker="Rosario Board of Trade", aliases=["Rosario grain exchange"])
a("3.5 million tonnes", 3.5e6, "measure", "cut in soybean harvest estimate", unit="tonne", **RBT)
a("46 million tonnes", 46e6, "measure", "soybean harvest estimate", unit="tonne", **RBT)
a(
    "up to 12 degrees",
    12,
    "measure",
    "expected drop in temperatures in Buenos Aires",
    q="at_most",
    unit="degree Celsius",
    speaker="National Meteorological Service",
    aliases=["SMN"],
)

# 2405: World Bank press release on a project approval (Wednesday 12 December 2029).
doc("2405_worldbank-nepal-irrigation-approval-2029-12-12.txt", "2029-12-12", None)
a(
    "$350 Million",
    350e6,
    "money",
    "World Bank financing for irrigation in Nepal",
    unit="USD",
    opt=True,
)
a("$350 million", 350e6, "money", "financing approved for the irrigation project", unit="USD")
a(
    "about 120,000 hectares",
    120000,
    "measure",
    "farmland to receive year-round water",
    q="approximate",
    unit="hectare",
)
a("more than 400,000", 400000, "count", "farming households benefiting", q="more_than")
a(
    "about 40 percent",
    40,
    "percent",
    "share of irrigable land receiving dry-season water",
    q="approximate",
    unit="percent",
    subject="Nepal",
    speaker="Ministry of Energy, Water Resources and Irrigation",
    aliases=[],
)
a(
    "30 to 50 percent",
    30,
    "percent",
    "crop yield gap of the Terai with neighboring India",
    q="range",
    unit="percent",
    low=30,
    high=50,
)
AM = dict(speaker="Anjali Mehra", aliases=["Mehra"])
a("14", 14, "count", "large irrigation systems to be modernized", after="modernizing ", **AM)
a("as much as 25 percent", 25, "percent", "rise in farm incomes", q="at_most", unit="percent", **AM)
NSO = dict(speaker="National Statistics Office", aliases=["Nepal's National Statistics Office"])
a(
    "about 60 percent",
    60,
    "percent",
    "share of Nepal's workforce employed in agriculture",
    q="approximate",
    unit="percent",
    subject="Nepal",
    **NSO,
)
a(
    "less than a quarter",
    25,
    "percent",
    "agriculture's share of GDP",
    q="less_than",
    unit="percent",
    subject="Nepal",
    **NSO,
)
a("some 9,000", 9000, "count", "members of water user associations to be trained", q="approximate")
TA = dict(speaker="Tomas Alvarado", aliases=["Alvarado"])
a("28 percent", 28, "percent", "rise in rice yields in Sunsari-Morang", unit="percent", **TA)
a(
    "about one-third",
    33.33,
    "percent",
    "share of construction jobs reserved for women",
    q="approximate",
    unit="percent",
    **TA,
)
a(
    "up to 7 percent",
    7,
    "percent",
    "possible GDP loss from floods and droughts",
    q="at_most",
    unit="percent",
    subject="Nepal",
    period="by 2050",
    speaker="World Bank",
    aliases=["Country Climate and Development Report"],
)
a("$200 million", 200e6, "money", "IDA credit", unit="USD")
a("$150 million", 150e6, "money", "IBRD loan", unit="USD")
a("38 years", 38, "duration", "maturity of the IDA credit", unit="year")
a("six years", 6, "duration", "grace period of the IDA credit", unit="year")
a("$42 million", 42e6, "money", "Government of Nepal contribution", unit="USD")
a("78", 78, "count", "poorest countries funded by IDA", after="the world's ")
a("$564 billion", 564e9, "money", "IDA funding provided since 1960", unit="USD")
a("115", 115, "count", "countries funded by IDA", after="billion to ")

# 2406: Irish Government (gov.ie) press release (Wednesday 28 November 2029).
doc("2406_govie-housing-q3-completions-2029-11-28.txt", "2029-11-28", None)
a("10,412", 10412, "count", "new homes completed in the third quarter", opt=True)
a(
    "14%",
    14,
    "percent",
    "rise in completions on the same quarter last year",
    unit="percent",
    opt=True,
)
a("31%", 31, "percent", "rise in apartment completions", unit="percent", opt=True)
a(
    "More than 3,100",
    3100,
    "count",
    "new social homes delivered in the quarter",
    q="more_than",
    opt=True,
)
CSO = dict(speaker="Central Statistics Office", aliases=["CSO"])
a(
    "10,412",
    10412,
    "count",
    "new homes completed",
    period="third quarter of 2029",
    after="show that ",
    **CSO,
)
a(
    "14%",
    14,
    "percent",
    "rise in completions on the same period last year",
    unit="percent",
    after="an increase of ",
    **CSO,
)
a("29,880", 29880, "count", "homes completed", period="first nine months of the year")
a("nine months", 9, "duration", "period of the completions figure", unit="month", opt=True)
a("41,000", 41000, "count", "Government housing target for 2029")
JB = dict(speaker="James Browne", aliases=["Browne", "Minister Browne", "the Minister"])
a("31%", 31, "percent", "rise in apartment completions", unit="percent", after="rose by ", **JB)
a("more than 3,100", 3100, "count", "social homes completed", q="more_than", **JB)
a(
    "52,000",
    52000,
    "count",
    "homes with commencement notices lodged",
    period="12 months to October",
    **JB,
)
a("12 months", 12, "duration", "period of the commencement figure", unit="month", opt=True, **JB)
a(
    "€275 million",
    275e6,
    "money",
    "allocation to local authorities for serviced sites",
    unit="EUR",
    period="next year",
    **JB,
)
a(
    "about 4%",
    4,
    "percent",
    "rise in construction costs",
    q="approximate",
    unit="percent",
    period="this year",
    speaker="James Browne",
    aliases=["Browne", "the Minister"],
    date="2029-11-26",
)
a(
    "11%",
    11,
    "percent",
    "rise in construction costs in 2022",
    unit="percent",
    period="2022",
    speaker="James Browne",
    aliases=["Browne", "the Minister"],
    date="2029-11-26",
)
ED = dict(speaker="Emer Doyle", aliases=["Doyle"])
a(
    "16 weeks",
    16,
    "duration",
    "average decision time for large residential developments",
    unit="week",
    **ED,
)
a("28 weeks", 28, "duration", "previous average decision time", unit="week", **ED)
a(
    "almost half",
    50,
    "percent",
    "fall in judicial review challenges to housing permissions",
    q="nearly",
    unit="percent",
    period="this year",
    **ED,
)
HA = dict(speaker="Housing Agency", aliases=[])
a(
    "more than 11,000",
    11000,
    "count",
    "buyers supported by the First Home scheme",
    q="more_than",
    **HA,
)
a("14.6%", 14.6, "percent", "average equity share of the First Home scheme", unit="percent", **HA)
a("2,940", 2940, "count", "apartments completed in the third quarter")
a("5,870", 5870, "count", "scheme houses completed in the third quarter")
a("300,000", 300000, "count", "new homes targeted by the housing plan", period="by the end of 2030")
a(
    "up to €70,000",
    70000,
    "money",
    "Croí Cónaithe grants for vacant property refurbishment",
    q="at_most",
    unit="EUR",
)

# 2407: South China Morning Post story on airline results (Thursday 8 November 2029).
doc("2407_scmp-harbour-pacific-q3-results-2029-11-08.txt", "2029-11-08", None)
a("38 per cent", 38, "percent", "rise in Harbour Pacific profit", unit="percent", opt=True)
a("HK$2.41 billion", 2.41e9, "money", "net profit", unit="HKD", opt=True)
a("three months", 3, "duration", "period of the profit figure", unit="month", opt=True)
HP = dict(speaker="Harbour Pacific Airways", aliases=["Harbour Pacific"])
a(
    "38 per cent",
    38,
    "percent",
    "rise in third-quarter net profit",
    unit="percent",
    after="posted a ",
    **HP,
)
a(
    "HK$2.41 billion",
    2.41e9,
    "money",
    "net profit",
    unit="HKD",
    period="three months to September",
    after="Net profit reached ",
    **HP,
)
a(
    "three months",
    3,
    "duration",
    "period of the profit figure",
    unit="month",
    opt=True,
    after="Net profit reached HK$2.41 billion in the ",
    **HP,
)
a("HK$1.75 billion", 1.75e9, "money", "net profit a year earlier", unit="HKD", **HP)
a("11.2 per cent", 11.2, "percent", "rise in revenue", unit="percent")
a("HK$28.6 billion", 28.6e9, "money", "revenue", unit="HKD")
a("HK$2.1 billion", 2.1e9, "money", "average analyst profit estimate", unit="HKD")
a("17 per cent", 17, "percent", "rise in passenger numbers", unit="percent", **HP)
a("7.9 million", 7.9e6, "count", "passengers carried", **HP)
a(
    "2.3 percentage points",
    2.3,
    "percent",
    "improvement in load factor",
    unit="percentage point",
    **HP,
)
a("86.4 per cent", 86.4, "percent", "passenger load factor", unit="percent", **HP)
RT = dict(speaker="Ronald Tse", aliases=["Tse"])
a(
    "more than 90 per cent",
    90,
    "percent",
    "load factor on London and Vancouver flights",
    q="more_than",
    unit="percent",
    period="since July",
    **RT,
)
a("14", 14, "count", "weekly frequencies to Europe to be added", after="adding ", **RT)
a(
    "about 8 per cent",
    8,
    "percent",
    "fall in yields on mainland routes",
    q="approximate",
    unit="percent",
    **RT,
)
a("six", 6, "count", "Airbus A350-1000 jets to be delivered next year", **RT)
a("about 1,500", 1500, "count", "pilots and cabin crew to be hired", q="approximate", **RT)
WC = dict(speaker="Winnie Chan", aliases=["Chan"])
a("31 per cent", 31, "percent", "fuel share of operating costs", unit="percent", **WC)
a(
    "about 45 per cent",
    45,
    "percent",
    "share of 2030 fuel needs hedged",
    q="approximate",
    unit="percent",
    **WC,
)
a("US$78", 78, "money", "average hedged fuel price per barrel", unit="USD", **WC)
a(
    "12.6 per cent",
    12.6,
    "percent",
    "growth of Asia-Pacific carriers' international traffic",
    unit="percent",
    period="September",
    speaker="International Air Transport Association",
    aliases=["IATA"],
)
AA = dict(speaker="Airport Authority Hong Kong", aliases=["Airport Authority"])
a(
    "5.1 million",
    5.1e6,
    "count",
    "passengers handled by Hong Kong International Airport",
    period="October",
    **AA,
)
a(
    "9 per cent",
    9,
    "percent",
    "year-on-year rise in airport passengers",
    unit="percent",
    after="October, up ",
    **AA,
)
DK = dict(speaker="Daniel Kwok", aliases=["Kwok", "Jefferies"])
a("HK$7.8 billion", 7.8e9, "money", "expected full-year profit", unit="HKD", **DK)
a(
    "about 9 per cent",
    9,
    "percent",
    "shortfall of expected profit from the 2028 record",
    q="approximate",
    unit="percent",
    **DK,
)
a("3.2 per cent", 3.2, "percent", "rise in the airline's shares", unit="percent")
a("HK$14.86", 14.86, "money", "closing share price", unit="HKD")

GOLD.build()
