"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout13/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout11, see README.md): headline, highlights and
# summary-box figures optional; the page's own voice and unnamed sources ("disaster officials
# said", "a provincial official told", "Early estimates suggest", "Humanitarian agencies say")
# have speaker None, judged sentence by sentence; in a transcript the outlet that asks speaks for
# its question, a figure a question attributes is that source's (the outlet an alias), an
# unattributed sentence of an answer is the answering official's; "according to X" / "data from
# X showed" / "X's report shows" are X; a figure an official relays from a superior is theirs,
# dated the day they said it; every sentence of a multi-sentence quote is the quoted speaker's;
# date = the day the claim was stated ("on Monday", "yesterday", "last Thursday", "published on
# Monday"); "last week", "earlier this month", "over the weekend" keep the publication day; time
# spans that only date a figure, compound adjectives, unit conversions in brackets, ordinals of
# consecutive runs and thresholds that define a group are optional.

# 1300: SCIO press conference on a white paper (Tuesday 16 November 2027).
doc("1300_scio-white-paper-desertification-2027-11-16.txt", "2027-11-16", None)
LG = dict(speaker="Liu Guohong", aliases=["Liu", "Mr. Liu"])
a(
    "about 2.57 million square kilometers",
    2.57e6,
    "measure",
    "area of desertified land",
    q="approximate",
    unit="square kilometre",
    subject="China",
    **LG,
)
a(
    "more than a quarter",
    25,
    "percent",
    "share of the land area once desertified",
    q="more_than",
    unit="percent",
    subject="China",
    **LG,
)
a(
    "33.6 million hectares",
    33.6e6,
    "measure",
    "desertified land treated",
    unit="hectare",
    subject="China",
    period="since 2012",
    **LG,
)
a(
    "14.1 million hectares",
    14.1e6,
    "measure",
    "sandy land brought under protection",
    unit="hectare",
    subject="China",
    **LG,
)
a("25.3%", 25.3, "percent", "forest coverage", unit="percent", subject="China", **LG)
a(
    "50.5%",
    50.5,
    "percent",
    "vegetation coverage of grasslands",
    unit="percent",
    subject="China",
    **LG,
)
a(
    "four",
    4,
    "count",
    "consecutive monitoring periods of shrinking desertified land",
    after="shrunk for ",
    **LG,
)
a(
    "roughly 4,300 square kilometers",
    4300,
    "measure",
    "average annual shrinkage of desertified land",
    q="approximate",
    unit="square kilometre",
    **LG,
)
LZ = dict(speaker="Liu Guozhong", aliases=["Vice Premier Liu Guozhong"], date="2027-11-11")
a(
    "three",
    3,
    "count",
    "major battles against desertification",
    after="he said that the ",
    opt=True,
    **LZ,
)
a(
    "62%",
    62,
    "percent",
    "share of current-phase tasks completed in the three major battles",
    unit="percent",
    **LZ,
)
a(
    "more than 1.2 million",
    1.2e6,
    "count",
    "local residents taking part in the work",
    q="more_than",
    period="since 2023",
    **LZ,
)
a(
    "less than 400 millimeters",
    400,
    "measure",
    "annual rainfall threshold for planting grass",
    q="less_than",
    unit="mm",
    opt=True,
    **LG,
)
a(
    "78%",
    78,
    "percent",
    "survival rate of new plantations in the three northern regions",
    unit="percent",
    **LG,
)
a(
    "less than 60%",
    60,
    "percent",
    "earlier survival rate of new plantations",
    q="less_than",
    unit="percent",
    **LG,
)
a(
    "a decade",
    10,
    "duration",
    "period since the earlier survival rate",
    unit="year",
    after="less than 60% ",
    opt=True,
    **LG,
)
a("1,360", 1360, "count", "state-owned sand control forest farms", **LG)
UNCCD = dict(
    speaker="United Nations Convention to Combat Desertification",
    aliases=["UN Convention to Combat Desertification", "UNCCD", "Reuters"],
)
a(
    "about 40 percent",
    40,
    "percent",
    "share of the world's land that is degraded",
    q="approximate",
    unit="percent",
    **UNCCD,
)
a(
    "some $300 billion",
    300e9,
    "money",
    "annual cost of drought to the global economy",
    q="approximate",
    unit="USD",
    **UNCCD,
)
a(
    "over 2,000",
    2000,
    "count",
    "officials and technicians trained in desertification control",
    q="more_than",
    **LG,
)
a("more than 80", 80, "count", "countries whose officials were trained", q="more_than", **LG)
ZY = dict(speaker="Zhao Yumei", aliases=["Zhao", "Ms. Zhao"])
NLS = dict(
    speaker="third national land survey",
    aliases=["Zhao Yumei", "Zhao", "Ministry of Natural Resources"],
)
a(
    "264 million hectares",
    264e6,
    "measure",
    "grassland area",
    unit="hectare",
    subject="China",
    **NLS,
)
a(
    "284 million hectares",
    284e6,
    "measure",
    "forest land area",
    unit="hectare",
    subject="China",
    **NLS,
)
a(
    "no less than 30%",
    30,
    "percent",
    "share of land area within ecological protection red lines",
    q="at_least",
    unit="percent",
    **ZY,
)
a(
    "three years",
    3,
    "duration",
    "period of returning farmland",
    unit="year",
    after="Over the past ",
    opt=True,
    **ZY,
)
a(
    "1.45 million hectares",
    1.45e6,
    "measure",
    "marginal farmland returned to grass and forest",
    unit="hectare",
    period="over the past three years",
    **ZY,
)
CW = dict(speaker="Chen Weidong", aliases=["Chen", "Mr. Chen"])
a(
    "126 billion yuan",
    126e9,
    "money",
    "central budget investment in sand control projects",
    unit="CNY",
    period="since 2021",
    **CW,
)
a(
    "38.5 billion yuan",
    38.5e9,
    "money",
    "investment earmarked this year",
    unit="CNY",
    period="this year",
    **CW,
)
a("12%", 12, "percent", "increase in earmarked investment over last year", unit="percent", **CW)
a("47 gigawatts", 47, "measure", "capacity of photovoltaic sand control projects", unit="GW", **CW)

# 1301: MFA regular press conference (Monday 22 November 2027).
doc("1301_mfa-lin-jian-presscon-2027-11-22.txt", "2027-11-22", "Lin Jian", ["Lin"])
a(
    "over 600",
    600,
    "count",
    "business leaders expected at the China-Central Asia Business Forum",
    q="more_than",
)
FT = dict(speaker="Financial Times", aliases=["FT", "AFP"])
a(
    "as much as 30 percent",
    30,
    "percent",
    "cut in export prices of Chinese solar manufacturers",
    q="at_most",
    unit="percent",
    period="this year",
    **FT,
)
a("210 gigawatts", 210, "measure", "solar shipments to Europe", unit="GW", **FT)
a(
    "more than 80 percent",
    80,
    "percent",
    "fall in the global cost of solar power",
    q="more_than",
    unit="percent",
    period="over the past decade",
    speaker="International Energy Agency",
    aliases=["IEA", "Lin Jian", "Lin"],
)
a(
    "close to zero",
    0,
    "count",
    "China's purchases of Japanese seafood",
    q="nearly",
    speaker="Nikkei",
    aliases=["Bloomberg"],
    date="2027-11-21",
    opt=True,
)
a(
    "94%",
    94,
    "percent",
    "fall in Japanese seafood exports to China from 2022",
    unit="percent",
    speaker="Fisheries Agency of Japan",
    aliases=["Japan's Fisheries Agency", "Fisheries Agency", "Bloomberg"],
)
a("37", 37, "count", "Japanese exporters registered by customs")
LQ = dict(speaker="Li Qiang", aliases=["Premier Li Qiang", "Premier Li", "Li"], date="2027-11-20")
a(
    "more than 150",
    150,
    "count",
    "countries with Belt and Road cooperation documents",
    q="more_than",
    **LQ,
)
a(
    "over 30",
    30,
    "count",
    "international organizations with Belt and Road cooperation documents",
    q="more_than",
    **LQ,
)
a(
    "10 billion yuan",
    10e9,
    "money",
    "additional funding for the Global Development and South-South Cooperation Fund",
    unit="CNY",
    **LQ,
)
a(
    "7.3 percent",
    7.3,
    "percent",
    "China's average tariff level",
    unit="percent",
    subject="China",
    **LQ,
)
a(
    "100 percent",
    100,
    "percent",
    "share of tariff lines with zero-tariff treatment for LDCs",
    unit="percent",
    **LQ,
)
a(
    "nearly 80 percent",
    80,
    "percent",
    "Japanese respondents not feeling friendly toward China",
    q="nearly",
    unit="percent",
    speaker="Government of Japan",
    aliases=["Japanese government", "Kyodo News", "Kyodo"],
    date="2027-11-19",
)
a("more than 1.1 million", 1.1e6, "count", "trips to China by Japanese nationals", q="more_than")
a(
    "about 45 percent",
    45,
    "percent",
    "rise in trips to China by Japanese nationals",
    q="approximate",
    unit="percent",
)
a("at least 68,000", 68000, "count", "people killed in Gaza", q="at_least", speaker=None)
a("1,500 tonnes", 1500, "measure", "food in the latest batch of aid to Gaza", unit="tonne")
a(
    "two weeks",
    2,
    "duration",
    "time to deliver the aid through Rafah",
    unit="week",
    speaker=None,
    opt=True,
)
a("about 460", 460, "count", "members of the Antarctic expedition team", q="approximate")
a("five", 5, "count", "stations where the expedition will carry out research", after="research at ")

# 1302: US Embassy press release (Thursday 2 December 2027).
doc("1302_us-embassy-lusaka-drought-aid-2027-12-02.txt", "2027-12-02", None)
a(
    "$46 Million",
    46e6,
    "money",
    "new drought and health assistance for Zambia",
    unit="USD",
    opt=True,
)
a("second", 2, "count", "consecutive years of drought", after="hit by a ", opt=True)
a(
    "$46 million",
    46e6,
    "money",
    "new assistance for Zambia",
    unit="USD",
    speaker="U.S. Embassy in Zambia",
    aliases=["U.S. Embassy", "Embassy"],
)
a("an estimated 850,000", 850000, "count", "people the funding will reach", q="approximate")
a("12", 12, "count", "hardest-hit districts reached", after="people in ")
LK = dict(speaker="Laura Kettering", aliases=["Ambassador Kettering", "Kettering"])
a(
    "more than 60 years",
    60,
    "duration",
    "years the United States has stood with Zambia",
    q="more_than",
    unit="year",
    **LK,
)
a(
    "nearly half",
    50,
    "percent",
    "share of the maize harvest destroyed in the south",
    q="nearly",
    unit="percent",
    **LK,
)
a("one", 1, "count", "meals a day eaten by families", after="now eating ", opt=True, **LK)
a("$46 million", 46e6, "money", "new U.S. assistance", unit="USD", after="Our ", **LK)
a(
    "$31 million",
    31e6,
    "money",
    "funding for emergency food and cash transfers through WFP",
    unit="USD",
)
a("$9.5 million", 9.5e6, "money", "funding for the cholera preparedness plan", unit="USD")
a("400,000", 400000, "count", "doses of oral cholera vaccine prepositioned")
a("$5.5 million", 5.5e6, "money", "funding to rehabilitate boreholes and hand pumps", unit="USD")
a("about 300", 300, "count", "boreholes and hand pumps to be rehabilitated", q="approximate")
DMMU = dict(
    speaker="Disaster Management and Mitigation Unit",
    aliases=["DMMU", "Zambia's Disaster Management and Mitigation Unit"],
)
a("84", 84, "count", "districts declared drought-affected", subject="Zambia", **DMMU)
a("116", 116, "count", "districts in Zambia", subject="Zambia", **DMMU)
a("some 6.6 million", 6.6e6, "count", "people needing food assistance", q="approximate", **DMMU)
ZN = dict(speaker="Zambia National Public Health Institute", aliases=["ZNPHI"], date="2027-11-29")
a("1,940", 1940, "count", "suspected cholera cases", period="since October", **ZN)
a("27", 27, "count", "cholera deaths", after="cases and ", **ZN)
a(
    "more than $190 million",
    190e6,
    "money",
    "total U.S. humanitarian assistance to Zambia",
    q="more_than",
    unit="USD",
    period="since the start of the 2024 drought",
    **LK,
)
a("210,000", 210000, "count", "children screened for malnutrition", period="this year", **LK)
a("five", 5, "count", "age limit of children screened", after="children under ", opt=True, **LK)
a("60,000", 60000, "count", "smallholder farmers to receive drought-tolerant seed", **LK)
a(
    "35 percent",
    35,
    "percent",
    "larger harvest of farmers using drought-tolerant varieties",
    unit="percent",
    **LK,
)
a(
    "1.3 million",
    1.3e6,
    "count",
    "bags of relief maize distributed",
    period="since July",
    speaker="Reuben Mtolo Phiri",
    aliases=["Phiri", "Mtolo", "Minister of Agriculture"],
)
a(
    "more than $6 billion",
    6e9,
    "money",
    "American investment in Zambia's health, agriculture and education",
    q="more_than",
    unit="USD",
    period="since 2000",
)

# 1303: AFP story on an earthquake (Sunday 12 December 2027).
doc("1303_afp-mindanao-earthquake-toll-2027-12-12.txt", "2027-12-12", None)
a("74", 74, "count", "earthquake death toll", opt=True)
a("74", 74, "count", "earthquake death toll", after="rose to ")
PV = dict(speaker="Philippine Institute of Volcanology and Seismology", aliases=["Phivolcs"])
a("6.9", 6.9, "measure", "earthquake magnitude", **PV)
a("23 kilometres", 23, "measure", "depth of the earthquake", unit="km", **PV)
a("more than 1,100", 1100, "count", "aftershocks recorded", q="more_than", **PV)
a("5.8", 5.8, "measure", "magnitude of the strongest aftershock", **PV)
ND = dict(
    speaker="National Disaster Risk Reduction and Management Council",
    aliases=["NDRRMC", "the council"],
)
a("74", 74, "count", "people confirmed dead", after="latest report that ", **ND)
a("412", 412, "count", "people injured", **ND)
a("19", 19, "count", "people missing", after="injured and ", **ND)
a("51", 51, "count", "earlier death toll", date="2027-12-11")
a("Nearly 38,000", 38000, "count", "families affected", q="nearly", **ND)
a("about 142,000", 142000, "count", "people affected", q="approximate", **ND)
a("three", 3, "count", "provinces affected", after="affected across ", **ND)
a("more than 9,400", 9400, "count", "houses damaged", q="more_than", **ND)
a("About 2,600", 2600, "count", "houses completely destroyed", q="approximate")
ND2 = dict(speaker="Nelson Dayanghirang", aliases=["Dayanghirang", "governor"])
a("58", 58, "count", "people dead in Davao Oriental", **ND2)
a("23", 23, "count", "people dead in the village of Kalapagan", after="including ", **ND2)
a("two", 2, "count", "backhoes that have reached the village", after="Only ", **ND2)
PNP = dict(speaker="Philippine National Police", aliases=["PNP", "police"])
a("1,800", 1800, "count", "police officers deployed", **PNP)
PRC = dict(speaker="Philippine Red Cross", aliases=["Red Cross"])
a("some 11,000", 11000, "count", "evacuees served hot meals", q="approximate", **PRC)
RG = dict(speaker="Richard Gordon", aliases=["Gordon", "Philippine Red Cross"])
a("90 million pesos", 90e6, "money", "Red Cross appeal for relief", unit="PHP", **RG)
a("$1.6 million", 1.6e6, "money", "Red Cross appeal in dollars", unit="USD", opt=True, **RG)
a("three months", 3, "duration", "period of the relief", unit="month", opt=True, **RG)
a("second", 2, "count", "nights residents slept outside", after="outside for a ", opt=True)
MA = dict(speaker="Marites Abella", aliases=["Abella"])
a("two", 2, "count", "daughters of the vendor", after="grabbed my ", opt=True, **MA)
a("41", 41, "measure", "age of the vendor", unit="year", opt=True, speaker=None)
a("four", 4, "count", "other families sharing the tent", after="tent with ", opt=True, speaker=None)
a(
    "11",
    11,
    "count",
    "towns where schools stay closed",
    speaker="Department of Education",
    aliases=["education department"],
    date="2027-12-11",
)
a("20", 20, "count", "average earthquakes a day in the Philippines", after="average of ")
a("7.4", 7.4, "measure", "magnitude of the December 2023 earthquake")
a("three", 3, "count", "people killed in the December 2023 earthquake", after="killed ")
a(
    "500 million pesos",
    500e6,
    "money",
    "quick-response funds released",
    unit="PHP",
    speaker="Ferdinand Marcos",
    aliases=["Marcos", "Ferdinand Marcos Jr.", "President"],
    date="2027-12-11",
)

# 1304: Bloomberg markets story (Tuesday 11 January 2028).
doc("1304_bloomberg-lithium-salar-norte-2028-01-11.txt", "2028-01-11", None)
a("Three Years", 3, "duration", "period since a bigger lithium price jump", unit="year", opt=True)
a(
    "three years",
    3,
    "duration",
    "period since a bigger lithium price jump",
    unit="year",
    after="biggest jump in ",
    opt=True,
)
SN = dict(
    speaker="Salar Norte Minerals",
    aliases=["Salar Norte", "Salar Norte Minerals Inc."],
    date="2028-01-10",
)
a(
    "at least another two months",
    2,
    "duration",
    "extension of the Chilean operation's shutdown",
    q="at_least",
    unit="month",
    **SN,
)
a("as much as 9%", 9, "percent", "rise in lithium carbonate futures", q="at_most", unit="percent")
a("98,400 yuan", 98400, "money", "lithium carbonate futures price per ton", unit="CNY")
FM = dict(speaker="Fastmarkets", aliases=[])
a("6.5%", 6.5, "percent", "rise in spodumene concentrate prices", unit="percent", **FM)
a("$1,180", 1180, "money", "spodumene concentrate price per ton", unit="USD", **FM)
a(
    "about 62,000 tons",
    62000,
    "measure",
    "Salar Norte lithium carbonate equivalent output",
    q="approximate",
    unit="tonne",
    period="last year",
)
a(
    "between 48,000 and 52,000 tons",
    48000,
    "measure",
    "2028 output guidance",
    q="range",
    unit="tonne",
    low=48000,
    high=52000,
    period="2028",
    **SN,
)
a("14%", 14, "percent", "fall in Salar Norte shares", unit="percent", date="2028-01-10")
MT = dict(speaker="Mei Lin Teo", aliases=["Teo", "Bloomberg Intelligence"])
a(
    "roughly 4%",
    4,
    "percent",
    "Salar Norte's share of global supply",
    q="approximate",
    unit="percent",
    **MT,
)
a(
    "about three weeks",
    3,
    "duration",
    "converter inventories in weeks of consumption",
    q="approximate",
    unit="week",
    **MT,
)
a(
    "15,000 tons",
    15000,
    "measure",
    "expected lithium market deficit",
    unit="tonne",
    period="this year",
    **MT,
)
a(
    "about 80,000 tons",
    80000,
    "measure",
    "lithium market surplus",
    q="approximate",
    unit="tonne",
    period="2027",
    **MT,
)
a(
    "22%",
    22,
    "percent",
    "rise in Chinese lithium output",
    unit="percent",
    period="fourth quarter",
    speaker="China Nonferrous Metals Industry Association",
    aliases=[],
)
a(
    "about 80%",
    80,
    "percent",
    "lithium prices below their 2022 peak",
    q="approximate",
    unit="percent",
)
ML = dict(speaker="Marcus Lindqvist", aliases=["Lindqvist", "SEB"])
a(
    "more than 100,000 tons",
    100000,
    "measure",
    "new capacity from Argentine projects",
    q="more_than",
    unit="tonne",
    period="2028",
    **ML,
)
a(
    "half",
    50,
    "percent",
    "share of today's gain the price could give back",
    unit="percent",
    after="give back ",
    **ML,
)
a(
    "a month",
    1,
    "duration",
    "time to give back the gain",
    unit="month",
    after="within ",
    opt=True,
    **ML,
)
BNEF = dict(speaker="BloombergNEF", aliases=["BNEF"])
a("19%", 19, "percent", "growth in global EV sales", unit="percent", period="last year", **BNEF)
a("21.5 million", 21.5e6, "count", "global EV sales", period="last year", **BNEF)
a("25%", 25, "percent", "growth in global EV sales in 2026", unit="percent", period="2026", **BNEF)
a(
    "almost two-thirds",
    66.67,
    "percent",
    "China's share of global EV sales",
    q="nearly",
    unit="percent",
)
a("7.2%", 7.2, "percent", "rise in Albemarle shares in premarket trading", unit="percent")
a("as much as 11%", 11, "percent", "rise in Pilbara Minerals shares", q="at_most", unit="percent")
AV = dict(speaker="Andres Valdivieso", aliases=["Valdivieso"], date="2028-01-10")
a(
    "about 18 months",
    18,
    "duration",
    "operating costs covered by cash",
    q="approximate",
    unit="month",
    **AV,
)
a(
    "as much as $120 million",
    120e6,
    "money",
    "repair bill covered by insurance",
    q="at_most",
    unit="USD",
    **AV,
)

# 1305: UN OCHA flash update (Tuesday 8 February 2028).
doc("1305_ocha-fiji-cyclone-flash-update-2028-02-08.txt", "2028-02-08", None)
a("Nearly 96,000", 96000, "count", "people affected", q="nearly", opt=True)
a("8", 8, "count", "deaths confirmed", after="Northern divisions\n- ", opt=True)
a("5", 5, "count", "people missing", after="confirmed; ", opt=True)
a("Over 11,000", 11000, "count", "people sheltering in evacuation centres", q="more_than", opt=True)
a("187", 187, "count", "evacuation centres", after="sheltering in ", opt=True)
a("4", 4, "rank", "cyclone category at landfall", after="Category ", opt=True)
a("165 km/h", 165, "measure", "sustained wind speed", unit="km/h")
a("up to 230 km/h", 230, "measure", "wind gust speed", q="at_most", unit="km/h")
a("2", 2, "rank", "cyclone category over Vanua Levu", after="Category ", opt=True)
NDMO = dict(speaker="National Disaster Management Office", aliases=["NDMO"])
a("nearly 96,000", 96000, "count", "people affected", q="nearly", **NDMO)
a("11,240", 11240, "count", "people remaining in evacuation centres")
a("187", 187, "count", "evacuation centres", after="people remain in ")
a("eight", 8, "count", "deaths confirmed", **NDMO)
a("five", 5, "count", "people missing", after="said ", **NDMO)
MH = dict(speaker="Ministry of Housing", aliases=[])
a("3,870", 3870, "count", "houses damaged", **MH)
a("910", 910, "count", "houses destroyed", **MH)
a(
    "62 per cent",
    62,
    "percent",
    "Energy Fiji Limited customers with power restored",
    unit="percent",
    speaker="Energy Fiji Limited",
    aliases=["the company"],
    date="2028-02-07",
)
a(
    "FJ$48 million",
    48e6,
    "money",
    "crop losses",
    q="more_than",
    unit="FJD",
    speaker="Ministry of Agriculture",
    aliases=[],
    date="2028-02-07",
)
a(
    "around 40 per cent",
    40,
    "percent",
    "share of Western Division sugarcane crop flattened",
    q="approximate",
    unit="percent",
)
a(
    "30 days",
    30,
    "duration",
    "duration of the state of natural disaster",
    unit="day",
    date="2028-02-06",
)
SR = dict(speaker="Sitiveni Rabuka", aliases=["Rabuka", "Prime Minister"], date="2028-02-07")
a("11,000", 11000, "count", "people still in evacuation centres", after="priority is the ", **SR)
a(
    "two weeks",
    2,
    "duration",
    "time to give evacuees water and a roof",
    unit="week",
    after="within ",
    opt=True,
    **SR,
)
DW = dict(speaker="Dirk Wagener", aliases=["Wagener", "UN Resident Coordinator"], date="2028-02-07")
a("US$2.5 million", 2.5e6, "money", "CERF allocation", unit="USD", **DW)
a("4,000", 4000, "count", "households to receive shelter kits", **DW)
a("about 35,000", 35000, "count", "people to receive safe water", q="approximate", **DW)
a("three months", 3, "duration", "period of the CERF-funded response", unit="month", opt=True, **DW)
a("at least 5,000", 5000, "count", "households needing emergency shelter assistance", q="at_least")
UC = dict(speaker="UNICEF", aliases=[])
a("26", 26, "count", "evacuation centres lacking adequate toilets", **UC)
a("187", 187, "count", "evacuation centres", after="26 of the ", **UC)
MOH = dict(speaker="Ministry of Health and Medical Services", aliases=["Ministry of Health"])
a("30 per cent", 30, "percent", "rise in diarrhoea cases", unit="percent", **MOH)
a("2", 2, "count", "non-functional health centres", after="The Ministry said ", **MOH)
a("18", 18, "count", "health centres in the Western Division", after="2 of the ", **MOH)
WFP = dict(speaker="World Food Programme", aliases=["WFP"])
a("7,500", 7500, "count", "households to receive cash assistance", **WFP)
a("two months", 2, "duration", "period of cash assistance", unit="month", **WFP)

# 1306: Global Times article (Thursday 20 January 2028).
doc("1306_globaltimes-ice-snow-tourism-2028-01-20.txt", "2028-01-20", None)
a(
    "1 trillion yuan",
    1e12,
    "money",
    "size of the ice-and-snow industry",
    q="more_than",
    unit="CNY",
    opt=True,
)
CTA = dict(speaker="China Tourism Academy", aliases=[], date="2028-01-18")
a("560 million", 560e6, "count", "ice-and-snow leisure trips", period="2027-28 snow season", **CTA)
a(
    "about 720 billion yuan",
    720e9,
    "money",
    "ice-and-snow tourism revenue",
    q="approximate",
    unit="CNY",
    **CTA,
)
a(
    "$100.3 billion",
    100.3e9,
    "money",
    "ice-and-snow tourism revenue in dollars",
    unit="USD",
    opt=True,
    **CTA,
)
a(
    "1 trillion yuan",
    1e12,
    "money",
    "total size of the ice-and-snow economy",
    q="more_than",
    unit="CNY",
    after="exceed ",
    **CTA,
)
a(
    "18.6 percent",
    18.6,
    "percent",
    "rise in domestic trips to ice-and-snow destinations",
    unit="percent",
    period="New Year's Day holiday",
    speaker="Ministry of Culture and Tourism",
    aliases=[],
    date="2028-01-19",
)
a("three", 3, "duration", "length of the holiday", unit="day", after="over the ", opt=True)
HB = dict(
    speaker="Harbin culture and tourism bureau",
    aliases=["the city's culture and tourism bureau", "Harbin"],
)
a("3.9 million", 3.9e6, "count", "visits to Harbin over the holiday", **HB)
a("5.6 billion yuan", 5.6e9, "money", "Harbin tourism revenue over the holiday", unit="CNY", **HB)
TC = dict(speaker="Trip.com", aliases=[])
a(
    "46 percent",
    46,
    "percent",
    "rise in ski resort bookings",
    unit="percent",
    period="January",
    **TC,
)
a(
    "130 percent",
    130,
    "percent",
    "rise in searches from Southeast Asian tourists",
    unit="percent",
    **TC,
)
a(
    "nearly 40 percent",
    40,
    "percent",
    "share of bookings by travelers born after 2000",
    q="nearly",
    unit="percent",
)
WD = dict(speaker="Wang Dawei", aliases=["Wang"])
a("about 200", 200, "count", "ski resorts in China 15 years ago", q="approximate", **WD)
a(
    "15 years",
    15,
    "duration",
    "time since China had about 200 ski resorts",
    unit="year",
    opt=True,
    **WD,
)
a("more than 900", 900, "count", "ski resorts in China", q="more_than", **WD)
a("over 300", 300, "count", "ski resorts upgraded with indoor facilities", q="more_than", **WD)
a("346 million", 346e6, "count", "people who took part in ice and snow sports", q="more_than", **WD)
a(
    "300 million",
    300e6,
    "count",
    "target for people involved in winter sports",
    after="getting ",
    **WD,
)
a(
    "around 60 percent",
    60,
    "percent",
    "share of skier visits in Heilongjiang, Jilin and Xinjiang",
    q="approximate",
    unit="percent",
    **WD,
)
a("1.8 days", 1.8, "duration", "average stay of ski tourists", unit="day", **WD)
a(
    "5 to 7 days",
    5,
    "duration",
    "stays common in Alpine resorts",
    q="range",
    unit="day",
    low=5,
    high=7,
    **WD,
)
a(
    "32 billion yuan",
    32e9,
    "money",
    "Jilin investment in ice-and-snow projects",
    unit="CNY",
    period="this year",
)
a("56", 56, "count", "ice-and-snow projects in Jilin")
a("4.2 million", 4.2e6, "count", "tourists received by Altay Prefecture", period="December")
CLIC = dict(speaker="China Light Industry Council", aliases=[])
a(
    "27 percent",
    27,
    "percent",
    "rise in China's output of ski equipment",
    unit="percent",
    period="last year",
    **CLIC,
)
a(
    "more than 50 percent",
    50,
    "percent",
    "rise in exports of snow-making machines",
    q="more_than",
    unit="percent",
    **CLIC,
)
a(
    "more than 85 percent",
    85,
    "percent",
    "share of the sector's revenue from consumer spending",
    q="more_than",
    unit="percent",
    **WD,
)

# 1307: local news page with two stories (Tuesday 15 February 2028).
doc("1307_tamar-valley-gazette-two-stories-2028-02-15.txt", "2028-02-15", None)
a("40", 40, "duration", "length of detours", unit="minute", after="face ", opt=True)
a("up to 40 minutes", 40, "duration", "length of detours", q="at_most", unit="minute")
CC = dict(speaker="Cornwall Council", aliases=["the council"])
a("500", 500, "duration", "age of the bridge", unit="year", after="the ", opt=True, **CC)
a("about 7,800", 7800, "count", "vehicles crossing the bridge a day", q="approximate", **CC)
a("two", 2, "count", "arches found cracked", after="cracking in ", **CC)
a("seven", 7, "count", "arches of the bridge", **CC)
a(
    "an estimated £3.4 million",
    3.4e6,
    "money",
    "cost of the bridge repairs",
    q="approximate",
    unit="GBP",
)
RJ = dict(speaker="Ruth Jago", aliases=["Jago", "Councillor Ruth Jago"])
a(
    "around 20 weeks",
    20,
    "duration",
    "length of the full closure",
    q="approximate",
    unit="week",
    **RJ,
)
a("30 minutes", 30, "duration", "interval of the free shuttle bus", unit="minute", **RJ)
DT = dict(speaker="Derek Tremayne", aliases=["Tremayne"])
a(
    "up to a third",
    33.33,
    "percent",
    "takings lost by village businesses in the 2025 closure",
    q="at_most",
    unit="percent",
    **DT,
)
a("three weeks", 3, "duration", "length of the 2025 closure", unit="week", opt=True, **DT)
a("five months", 5, "duration", "length of this closure", unit="month", **DT)
TV = dict(speaker="Tamar Valley Chamber of Commerce", aliases=["Chamber of Commerce"])
a(
    "64 per cent",
    64,
    "percent",
    "members expecting the closure to hurt their business",
    unit="percent",
    **TV,
)
a("one in five", 20, "percent", "members who might cut staff", unit="percent", **TV)
a("11 miles", 11, "measure", "length added by the diversion", unit="mile")
a(
    "four",
    4,
    "count",
    "junctions with retimed traffic lights",
    speaker="Devon County Council",
    aliases=[],
    date="2028-02-11",
)
FB = dict(speaker="Tamar Valley Food Bank", aliases=["food bank"], date="2028-02-14")
a("4,312", 4312, "count", "food parcels handed out", period="year to January", **FB)
a("17 per cent", 17, "percent", "rise in food parcels handed out", unit="percent", **FB)
a("Around 1,450", 1450, "count", "parcels given to families with children", q="approximate")
CH = dict(speaker="Claire Hoskin", aliases=["Hoskin", "Ms Hoskin"])
a("Two years", 2, "duration", "time since most users were on benefits", unit="year", opt=True, **CH)
a(
    "roughly four in ten",
    40,
    "percent",
    "share of food bank users in work",
    q="approximate",
    unit="percent",
    **CH,
)
a(
    "more than one",
    1,
    "count",
    "jobs held by working food bank users",
    q="more_than",
    opt=True,
    **CH,
)
a("about 90", 90, "count", "food bank volunteers", q="approximate")
a("38 tonnes", 38, "measure", "donated food collected", unit="tonne", period="last year")
a(
    "about 12 per cent",
    12,
    "percent",
    "fall in donations since the summer",
    q="approximate",
    unit="percent",
    **CH,
)
a(
    "3.1 million",
    3.1e6,
    "count",
    "emergency parcels distributed by the Trussell Trust network",
    period="most recent financial year",
    speaker="Trussell Trust",
    aliases=[],
)

GOLD.build()
