"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout19/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout17, see README.md): headline figures optional;
# the page's own voice and unnamed sources ("local authorities said", "traders said", "Partners
# estimate", "councillors heard") have speaker None, judged sentence by sentence; in a transcript
# an unattributed sentence of a turn is the turn's speaker, the outlet that asks speaks for its
# question, and a figure a question attributes is that source's (the outlet an alias);
# "according to X" / "data from X showed" / "X's ... survey found" are X; a figure an official
# relays from a superior or counterpart ("Wang Yi said ... He said ...", "Minister Lei Haichao
# said ... He said", "the Minister ... had told her") is theirs, dated the day they said it; every
# sentence of a multi-sentence quote is the quoted speaker's; "he said", "she noted", "He added"
# are the person named before; date = the day the claim was stated ("on Friday", "yesterday",
# "last Friday", "said Wednesday"); "last week", "last month", "this morning" keep the publication
# day; a day that dates an event inside the content ("yesterday morning", "on Sunday", "peaked
# ... on Nov. 1") does not date the claim; time spans that only date a figure, compound
# adjectives, thresholds, descriptive counts and series ordinals are optional.

# 1900: MFA regular press conference (Tuesday 12 September 2028).
doc("1900_mfa-mao-ning-presscon-2028-09-12.txt", "2028-09-12", "Mao Ning", ["Mao"])
a(
    "43.8 billion US dollars",
    43.8e9,
    "money",
    "China-Kazakhstan bilateral trade",
    unit="USD",
    period="last year",
)
a("6.5 percent", 6.5, "percent", "year-on-year growth of bilateral trade", unit="percent")
a(
    "more than 1.1 million",
    1.1e6,
    "count",
    "trips between China and Kazakhstan after visa exemption",
    q="more_than",
)
a(
    "2.3 billion yuan",
    2.3e9,
    "money",
    "orders handled by the China-Central Asia cross-border e-commerce platform",
    unit="CNY",
    period="first year of operation",
    speaker="Secretariat of the China-Central Asia mechanism",
    aliases=["China-Central Asia secretariat", "China News Service"],
    date="2028-09-08",
)
a("more than 14,000", 14000, "count", "China-Central Asia freight train trips", q="more_than")
a(
    "nearly 1.5 million TEUs",
    1.5e6,
    "measure",
    "goods carried by China-Central Asia freight trains",
    q="nearly",
    unit="TEU",
)
a("12", 12, "count", "new air routes between China and Central Asia", after="end of this year, ")
a("five", 5, "count", "Central Asian countries", after="work with the ", opt=True)
PCG = dict(speaker="Philippine Coast Guard", aliases=["PCG", "Reuters"], date="2028-09-10")
a("23", 23, "count", "Chinese vessels spotted near Xianbin Jiao", after="on Sunday that ", **PCG)
a("4", 4, "count", "China Coast Guard ships spotted", after="including ", **PCG)
RMED = dict(
    speaker="Russian Ministry of Economic Development",
    aliases=["Ministry of Economic Development", "TASS"],
    date="2028-09-11",
)
a(
    "4 percent",
    4,
    "percent",
    "fall in Russia-China trade",
    unit="percent",
    period="first eight months of this year",
    **RMED,
)
a("eight months", 8, "duration", "period of the trade figure", unit="month", opt=True, **RMED)
GAC = dict(
    speaker="General Administration of Customs",
    aliases=["GAC", "Chinese customs", "Mao Ning"],
)
a(
    "1.58 trillion yuan",
    1.58e12,
    "money",
    "China-Russia trade",
    unit="CNY",
    period="first eight months",
    **GAC,
)
a(
    "eight months",
    8,
    "duration",
    "period of the trade figure",
    unit="month",
    after="1.58 trillion yuan in the first ",
    opt=True,
    **GAC,
)
a("17 percent", 17, "percent", "growth of trade in agricultural products", unit="percent", **GAC)
a(
    "about 1.9 million",
    1.9e6,
    "count",
    "trips to Russia by Chinese tourists",
    q="approximate",
    period="first eight months",
)
a(
    "29 percent",
    29,
    "percent",
    "China's share of ASML sales",
    unit="percent",
    subject="ASML",
    period="second quarter",
    speaker="ASML",
    aliases=["AFP"],
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2028-09-11")
a(
    "100 million yuan",
    100e6,
    "money",
    "emergency humanitarian assistance to Gaza",
    unit="CNY",
    subject="China",
    **WY,
)
a("500 tonnes", 500, "measure", "food in the first aid batch", unit="tonne", **WY)
a("two weeks", 2, "duration", "time for the food to arrive", unit="week", opt=True, **WY)
a("more than 65,000", 65000, "count", "people killed in Gaza", q="more_than", **WY)
a(
    "more than 40 percent",
    40,
    "percent",
    "share of aid for Gaza passing through Egypt",
    q="more_than",
    unit="percent",
    speaker="Badr Abdelatty",
    aliases=["Abdelatty", "Egyptian Foreign Minister"],
    date="2028-09-11",
)
a(
    "18 percent",
    18,
    "percent",
    "shortfall of China-Europe passenger traffic below 2019 levels",
    unit="percent",
    period="July",
    speaker="International Air Transport Association",
    aliases=["IATA", "Bloomberg"],
)
a("47", 47, "count", "countries covered by the unilateral visa-free policy", subject="China")
a(
    "13.6 million",
    13.6e6,
    "count",
    "trips into China by foreign nationals",
    period="first half of this year",
)
a("31.2 percent", 31.2, "percent", "year-on-year rise in foreign nationals' trips", unit="percent")

# 1901: NHC press conference transcript (Thursday 19 October 2028).
doc("1901_nhc-respiratory-season-presscon-2028-10-19.txt", "2028-10-19", None)
MF = dict(speaker="Mi Feng", aliases=["Mi"])
a("17,600", 17600, "count", "fever clinics in secondary and higher hospitals", **MF)
a("41,000", 41000, "count", "fever consultation rooms in primary health centers", **MF)
LU = dict(speaker="Lu Jianhong", aliases=["Lu"])
a("52 million", 52e6, "count", "influenza vaccine doses released", **LU)
a(
    "about 8 million",
    8e6,
    "count",
    "more vaccine doses than at the same point last year",
    q="approximate",
    **LU,
)
a("23", 23, "count", "provinces with free vaccination for older people", after="In ", **LU)
a("60", 60, "measure", "age threshold for free vaccination", unit="year", opt=True, **LU)
a(
    "9.7 percent",
    9.7,
    "percent",
    "flu vaccination rate among older people",
    unit="percent",
    period="last season",
    **LU,
)
LEI = dict(
    speaker="Lei Haichao",
    aliases=["Minister Lei Haichao", "Lei"],
    date="2028-10-13",
)
a(
    "more than 300,000",
    300000,
    "count",
    "primary-level doctors trained in respiratory infections",
    q="more_than",
    **LEI,
)
a(
    "at least one",
    1,
    "count",
    "hospitals per county able to treat severe cases",
    q="at_least",
    opt=True,
    **LEI,
)
a(
    "96 percent",
    96,
    "percent",
    "share of counties with a hospital for severe cases",
    unit="percent",
    **LEI,
)
ZW = dict(speaker="Zhou Wenqing", aliases=["Zhou"])
a(
    "6.8 percent",
    6.8,
    "percent",
    "influenza positive rate in southern provinces",
    unit="percent",
    period="last week",
    **ZW,
)
a("3.1 percent", 3.1, "percent", "influenza positive rate the week before", unit="percent", **ZW)
a(
    "more than 80 percent",
    80,
    "percent",
    "share of influenza A(H3N2) in positive samples",
    q="more_than",
    unit="percent",
    **ZW,
)
a("21 percent", 21, "percent", "rhinovirus share of respiratory samples", unit="percent", **ZW)
a("8.4 percent", 8.4, "percent", "RSV share of respiratory samples", unit="percent", **ZW)
a(
    "four to six weeks",
    4,
    "duration",
    "period of further influenza rise",
    q="range",
    unit="week",
    low=4,
    high=6,
    opt=True,
    **ZW,
)
a(
    "44",
    44,
    "count",
    "Northern Hemisphere countries with increasing influenza activity",
    speaker="World Health Organization",
    aliases=["WHO", "CGTN"],
    date="2028-10-17",
)
a("554", 554, "count", "sentinel hospitals in China's surveillance network", **ZW)
a("410", 410, "count", "network laboratories", **ZW)
TM = dict(speaker="Tang Ming", aliases=["Tang"])
a("24,000", 24000, "count", "increase in pediatric beds since 2023", **TM)
a("about 590,000", 590000, "count", "pediatric beds nationwide", q="approximate", **TM)
a(
    "89 percent",
    89,
    "percent",
    "community health service centers offering pediatric services",
    unit="percent",
    **TM,
)
a("more than 3,300", 3300, "count", "internet hospitals", q="more_than", **TM)
MIIT = dict(
    speaker="Ministry of Industry and Information Technology",
    aliases=["MIIT", "Tang Ming"],
)
a(
    "60 million",
    60e6,
    "count",
    "annual production capacity of influenza antiviral treatment courses",
    q="more_than",
    **MIIT,
)
a(
    "about 45 days",
    45,
    "duration",
    "antiviral stocks at wholesalers",
    q="approximate",
    unit="day",
    **MIIT,
)

# 1902: European Commission press conference transcript (Tuesday 14 November 2028).
doc(
    "1902_ec-autumn-forecast-presscon-2028-11-14.txt",
    "2028-11-14",
    "Valdis Dombrovskis",
    ["Dombrovskis", "Commissioner Dombrovskis", "European Commission"],
)
a("1.4%", 1.4, "percent", "EU GDP growth", unit="percent", subject="EU", period="this year")
a("1.6%", 1.6, "percent", "EU GDP growth", unit="percent", subject="EU", period="2029")
a(
    "1.2%",
    1.2,
    "percent",
    "euro area growth",
    unit="percent",
    subject="euro area",
    period="this year",
)
a(
    "1.5%",
    1.5,
    "percent",
    "euro area growth",
    unit="percent",
    subject="euro area",
    period="next year",
)
a("2.3%", 2.3, "percent", "euro area inflation", unit="percent", period="this year")
a("2.0%", 2.0, "percent", "euro area inflation", unit="percent", period="2029")
a("5.8%", 5.8, "percent", "EU unemployment rate", unit="percent")
a(
    "more than 2 million",
    2e6,
    "count",
    "jobs created since the start of last year",
    q="more_than",
    subject="EU",
)
a(
    "around 3.5%",
    3.5,
    "percent",
    "wage growth",
    q="approximate",
    unit="percent",
    period="this year",
    speaker="Christine Lagarde",
    aliases=["Lagarde", "ECB President Christine Lagarde", "ECB"],
    date="2028-11-09",
)
a(
    "about 0.3 percentage points",
    0.3,
    "percent",
    "reduction of EU GDP by US tariffs",
    q="approximate",
    unit="percentage point",
)
a("3.1%", 3.1, "percent", "aggregate deficit", unit="percent", period="this year")
a("around 83%", 83, "percent", "debt ratio", q="approximate", unit="percent")
a("Eight", 8, "count", "Member States under the excessive deficit procedure")
a(
    "0.1%",
    0.1,
    "percent",
    "euro area GDP growth",
    unit="percent",
    period="third quarter",
    speaker="Eurostat",
    aliases=["Agence Europe"],
)
a("around 0.4%", 0.4, "percent", "quarterly growth", q="approximate", unit="percent")
a(
    "0.7%",
    0.7,
    "percent",
    "German growth expected next year",
    unit="percent",
    subject="Germany",
    speaker="German government",
    aliases=["Government of Germany", "Handelsblatt"],
    date="2028-11-08",
)
a(
    "1.1%",
    1.1,
    "percent",
    "Commission growth forecast for Germany",
    unit="percent",
    subject="Germany",
    speaker="European Commission",
    aliases=["Handelsblatt", "Valdis Dombrovskis", "Commission"],
)
a("500 billion euros", 500e9, "money", "German infrastructure and defence fund", unit="EUR")
a("3.2%", 3.2, "percent", "German investment growth", unit="percent", period="2029")
a(
    "2.8%",
    2.8,
    "percent",
    "Italian deficit",
    unit="percent",
    subject="Italy",
    period="this year",
    speaker="Giancarlo Giorgetti",
    aliases=["Giorgetti", "Economy Minister Giancarlo Giorgetti", "ANSA"],
)
a("2.9%", 2.9, "percent", "Italian deficit forecast", unit="percent", subject="Italy")
a("2.7%", 2.7, "percent", "Italian deficit forecast", unit="percent", subject="Italy")
a(
    "140 billion euros",
    140e9,
    "money",
    "unspent Recovery and Resilience Facility funds",
    unit="EUR",
    speaker="European Commission",
    aliases=["Commission", "Politico"],
)
a(
    "about 70%",
    70,
    "percent",
    "share of RRF funds covered by payment requests",
    q="approximate",
    unit="percent",
)

# 1903: OCHA flash update (Wednesday 27 September 2028); the report's narrative is the page voice.
doc("1903_ocha-coxs-bazar-floods-flash-update-2028-09-27.txt", "2028-09-27", None)
a("At least 12", 12, "count", "people killed in landslides", q="at_least", opt=True)
a("five", 5, "count", "children killed", after="including ", opt=True)
a("More than 38,000", 38000, "count", "refugees affected", q="more_than", opt=True)
a("6,400", 6400, "count", "shelters damaged or destroyed", opt=True)
a("US$8.5 million", 8.5e6, "money", "funds sought for the immediate response", unit="USD", opt=True)
BMD = dict(
    speaker="Bangladesh Meteorological Department",
    aliases=["BMD"],
)
a("347 mm", 347, "measure", "rainfall in Cox's Bazar", unit="mm", **BMD)
a("24 hours", 24, "duration", "period of the rainfall", unit="hour", opt=True, **BMD)
a("eight years", 8, "duration", "period of the rainfall record", unit="year", opt=True, **BMD)
a(
    "at least two more days",
    2,
    "duration",
    "continuation of heavy rain",
    q="at_least",
    unit="day",
    opt=True,
    speaker="Bangladesh Meteorological Department",
    aliases=["BMD"],
    date="2028-09-26",
)
RRRC = dict(
    speaker="Refugee Relief and Repatriation Commissioner",
    aliases=["RRRC", "Office of the Refugee Relief and Repatriation Commissioner"],
)
a("at least 12", 12, "count", "people killed in landslides and flash floods", q="at_least", **RRRC)
a("five", 5, "count", "children killed", after="since 24 September, including ", **RRRC)
a("38,200", 38200, "count", "refugees affected")
a("some 6,400", 6400, "count", "shelters damaged", q="approximate")
a("about 1,150", 1150, "count", "shelters completely destroyed", q="approximate")
a("More than 4,300", 4300, "count", "people temporarily relocated", q="more_than")
a("14", 14, "count", "learning centres damaged", after="reported that ")
a("nine", 9, "count", "health facilities damaged", after="learning centres and ")
a(
    "about 21,000",
    21000,
    "count",
    "people displaced in host communities",
    q="approximate",
    date="2028-09-25",
)
a("60 km", 60, "measure", "roads under water", unit="km", date="2028-09-25")
a("35", 35, "count", "flood shelters opened")
a("31,500", 31500, "count", "people given high-energy biscuits")
a("18", 18, "count", "community kitchens providing hot meals")
UNICEF = dict(speaker="UNICEF", aliases=["United Nations Children's Fund"])
a("1.2 million", 1.2e6, "count", "water purification tablets delivered", **UNICEF)
a("140", 140, "count", "latrines repaired", **UNICEF)
a(
    "about a quarter",
    25,
    "percent",
    "share of latrines flooded or unusable",
    q="approximate",
    unit="percent",
)
HS = dict(speaker="Health Sector", aliases=["Bangladesh Health Sector"])
a("420", 420, "count", "cases of acute watery diarrhoea", period="week to 24 September", **HS)
a(
    "35 per cent",
    35,
    "percent",
    "weekly increase in acute watery diarrhoea cases",
    unit="percent",
    **HS,
)
a("11", 11, "count", "camps with mobile medical teams")
a("5,200", 5200, "count", "tarpaulins and rope kits distributed")
ME = dict(speaker="Marta Ekdahl", aliases=["Ekdahl", "UN Resident Coordinator"], date="2028-09-26")
a("Nearly one million", 1e6, "count", "refugees in the camps", q="nearly", **ME)
a(
    "24 square kilometres",
    24,
    "measure",
    "area of hillside the refugees live on",
    unit="square kilometre",
    **ME,
)
a("$934 million", 934e6, "money", "funds sought by the 2028 Joint Response Plan", unit="USD")
a("41 per cent", 41, "percent", "funding of the Joint Response Plan", unit="percent")
a("$2 million", 2e6, "money", "CERF allocation", unit="USD")

# 1904: Bloomberg markets story (Friday 6 October 2028); market narration is the page voice.
doc("1904_bloomberg-arabica-frost-record-2028-10-06.txt", "2028-10-06", None)
a("as much as 6.2%", 6.2, "percent", "rise in arabica futures", q="at_most", unit="percent")
a("$4.87", 4.87, "money", "arabica futures price per pound", unit="USD")
a("about 38%", 38, "percent", "arabica price gain this year", q="approximate", unit="percent")
a(
    "1C",
    1,
    "measure",
    "low temperature in southern Minas Gerais",
    unit="degree Celsius",
    speaker="Climatempo",
    aliases=[],
)
RS = dict(speaker="Rodrigo Salles", aliases=["Salles", "StoneX"])
a(
    "About 15%",
    15,
    "percent",
    "share of arabica area affected by frost",
    q="approximate",
    unit="percent",
    **RS,
)
a(
    "4 million to 5 million",
    4e6,
    "count",
    "bags the 2029 crop could lose",
    q="range",
    low=4e6,
    high=5e6,
    **RS,
)
CONAB = dict(speaker="Conab", aliases=["Brazil's crop agency"], date="2028-10-05")
a("55.3 million", 55.3e6, "count", "bags in Brazil's harvest estimate", **CONAB)
a("3.4%", 3.4, "percent", "cut from the May forecast", unit="percent", **CONAB)
a("60 kilograms", 60, "measure", "weight of a coffee bag", unit="kg")
a(
    "402,118",
    402118,
    "count",
    "bags of arabica in ICE-monitored stockpiles",
    speaker="ICE Futures U.S.",
    aliases=["ICE"],
)
a(
    "25 years",
    25,
    "duration",
    "period of the stockpile low",
    unit="year",
    opt=True,
    speaker="ICE Futures U.S.",
    aliases=["ICE"],
)
CEC = dict(speaker="Cecafe", aliases=["exporters' group Cecafe"], date="2028-10-04")
a(
    "2.9 million",
    2.9e6,
    "count",
    "bags of green coffee shipped by Brazil",
    period="September",
    **CEC,
)
a("11%", 11, "percent", "year-on-year fall in Brazil's coffee shipments", unit="percent", **CEC)
a(
    "8%",
    8,
    "percent",
    "rise in hedge funds' net-long arabica position",
    unit="percent",
    speaker="Commodity Futures Trading Commission",
    aliases=["CFTC"],
)
a("3.1%", 3.1, "percent", "gain in robusta futures", unit="percent")
a("$5,210", 5210, "money", "robusta futures price per metric ton", unit="USD")
a("118,000 dong", 118000, "money", "farm-gate price of robusta per kilogram", unit="VND")
a("about 95,000 dong", 95000, "money", "robusta price a month ago", q="approximate", unit="VND")
a(
    "9%",
    9,
    "percent",
    "rise in JM Smucker's US list prices",
    unit="percent",
    subject="JM Smucker Co.",
)
a(
    "more than 50%",
    50,
    "percent",
    "rise in Nestle's green coffee costs",
    q="more_than",
    unit="percent",
    subject="Nestle SA",
    speaker="Nestle SA",
    aliases=["Nestle"],
)
a(
    "about 6 million",
    6e6,
    "count",
    "bags of global coffee deficit",
    q="approximate",
    period="2028-29 season",
    speaker="Lena Whitcombe",
    aliases=["Whitcombe", "Whitcombe Commodity Advisors"],
)
a(
    "fourth",
    4,
    "rank",
    "consecutive deficit",
    opt=True,
    speaker="Lena Whitcombe",
    aliases=["Whitcombe"],
)

# 1905: People's Daily Online article (Wednesday 8 November 2028).
doc("1905_peoplesdaily-express-delivery-150-billion-2028-11-08.txt", "2028-11-08", None)
a("150 billion", 150e9, "count", "parcels handled by China's express delivery sector", opt=True)
SPB = dict(
    speaker="State Post Bureau",
    aliases=["SPB", "the bureau"],
    date="2028-11-07",
)
a(
    "more than 150 billion",
    150e9,
    "count",
    "parcels handled by China's express delivery sector",
    q="more_than",
    period="this year",
    subject="China",
    **SPB,
)
a(
    "41 days",
    41,
    "duration",
    "days earlier than last year the milestone was reached",
    unit="day",
    **SPB,
)
CL = dict(speaker="Chen Liying", aliases=["Chen", "State Post Bureau"], date="2028-11-07")
a("490 million", 490e6, "count", "average daily parcel volume", period="October", **CL)
a("780 million", 780e6, "count", "peak daily parcel volume", **CL)
a("36 percent", 36, "percent", "share of rural parcels in total", unit="percent")
a("2.4 percentage points", 2.4, "percent", "rise in rural parcel share", unit="percentage point")
a("420,000", 420000, "count", "village-level delivery service points", **CL)
a("95 percent", 95, "percent", "share of administrative villages covered", unit="percent", **CL)
a(
    "1.8 days",
    1.8,
    "duration",
    "average delivery time between county towns and villages",
    unit="day",
    **CL,
)
LJ = dict(speaker="Liu Jiang", aliases=["Liu"])
a(
    "7.8 percent",
    7.8,
    "percent",
    "growth of online retail sales of physical goods",
    unit="percent",
    period="first three quarters",
    **LJ,
)
a("three quarters", 3, "duration", "period of the sales growth", unit="quarter", opt=True, **LJ)
a(
    "more than 20 percent",
    20,
    "percent",
    "annual growth of instant retail",
    q="more_than",
    unit="percent",
    **LJ,
)
NBS = dict(speaker="National Bureau of Statistics", aliases=["NBS"])
a(
    "10.9 trillion yuan",
    10.9e12,
    "money",
    "online retail sales of physical goods",
    unit="CNY",
    period="first three quarters",
    **NBS,
)
a(
    "three quarters",
    3,
    "duration",
    "period of the sales figure",
    unit="quarter",
    after="10.9 trillion yuan in the first ",
    opt=True,
    **NBS,
)
a(
    "26.4 percent",
    26.4,
    "percent",
    "share of online sales in total retail sales of consumer goods",
    unit="percent",
    **NBS,
)
SF = dict(speaker="SF Express", aliases=[], date="2028-11-06")
a(
    "2.6 million",
    2.6e6,
    "count",
    "parcels delivered by SF Express drones",
    period="first 10 months",
    **SF,
)
a("10 months", 10, "duration", "period of the drone deliveries", unit="month", opt=True, **SF)
a("31", 31, "count", "cities with regular drone routes", after="operating in ", **SF)
JD = dict(speaker="JD Logistics", aliases=[])
a("more than 1,600", 1600, "count", "JD Logistics warehouses nationwide", q="more_than", **JD)
a(
    "over 32 million square meters",
    32e6,
    "measure",
    "total area of JD Logistics warehouses",
    q="more_than",
    unit="square metre",
    **JD,
)
SPB2 = dict(speaker="State Post Bureau", aliases=["SPB", "the bureau"])
a(
    "About 90 percent",
    90,
    "percent",
    "e-commerce parcels without secondary packaging",
    q="approximate",
    unit="percent",
    **SPB2,
)
a(
    "some 12 million",
    12e6,
    "count",
    "recyclable transit boxes in circulation",
    q="approximate",
    **SPB2,
)
a(
    "28.5 percent",
    28.5,
    "percent",
    "growth of cross-border parcels",
    unit="percent",
    period="first 10 months",
    **SPB2,
)
a(
    "10 months",
    10,
    "duration",
    "period of the cross-border parcel figure",
    unit="month",
    after="28.5 percent in the first ",
    opt=True,
    **SPB2,
)

# 1906: Singapore LTA news release (Tuesday 24 October 2028); the release narrative is null.
doc("1906_lta-rail-reliability-release-2028-10-24.txt", "2028-10-24", None)
a("20 Minutes", 20, "duration", "time to resolve disruptions", unit="minute", opt=True)
LTA = dict(speaker="Land Transport Authority", aliases=["LTA"])
a(
    "2.1 million train-km",
    2.1e6,
    "measure",
    "MRT Mean Kilometres Between Failure",
    unit="train-km",
    period="12 months ending September 2028",
    **LTA,
)
a(
    "12 months",
    12,
    "duration",
    "period of the MKBF figure",
    unit="month",
    after="train-km in the ",
    opt=True,
    **LTA,
)
a("1.8 million train-km", 1.8e6, "measure", "MKBF a year earlier", unit="train-km")
a("six", 6, "count", "MRT lines", after="All ", opt=True)
a("1 million train-km", 1e6, "measure", "industry benchmark MKBF", unit="train-km")
a("3.4 million train-km", 3.4e6, "measure", "North-South Line MKBF", unit="train-km")
JS = dict(
    speaker="Jeffrey Siow",
    aliases=["Siow", "Mr Siow", "Minister for Transport"],
    date="2028-10-23",
)
a(
    "30 minutes",
    30,
    "duration",
    "threshold of long delays",
    q="more_than",
    unit="minute",
    opt=True,
    **JS,
)
a("seven", 7, "count", "delays longer than 30 minutes this year", after="fallen to ", **JS)
a("15", 15, "count", "delays longer than 30 minutes in 2023", after="this year, from ", **JS)
a(
    "about $3.2 billion",
    3.2e9,
    "money",
    "Government investment in renewing rail assets",
    q="approximate",
    unit="SGD",
    **JS,
)
a(
    "five years",
    5,
    "duration",
    "investment period",
    unit="year",
    after="over the next ",
    opt=True,
    **JS,
)
a("nine in 10", 90, "percent", "disruptions resolved within 20 minutes", unit="percent", **JS)
a(
    "20 minutes",
    20,
    "duration",
    "disruption resolution time",
    unit="minute",
    after="resolved within ",
    opt=True,
    **JS,
)
a(
    "Five years",
    5,
    "duration",
    "time since the earlier figure",
    unit="year",
    after="minutes. ",
    opt=True,
    **JS,
)
a(
    "six in 10",
    60,
    "percent",
    "disruptions resolved within 20 minutes five years ago",
    unit="percent",
    **JS,
)
a(
    "3.6 million",
    3.6e6,
    "count",
    "average daily MRT journeys",
    period="first nine months of 2028",
    **LTA,
)
a("nine months", 9, "duration", "period of the ridership figure", unit="month", opt=True, **LTA)
a(
    "about 4 per cent",
    4,
    "percent",
    "year-on-year rise in MRT ridership",
    q="approximate",
    unit="percent",
    **LTA,
)
a(
    "2.9 million train-km",
    2.9e6,
    "measure",
    "Downtown Line MKBF",
    unit="train-km",
    speaker="SBS Transit",
    aliases=[],
)
SMRT = dict(speaker="SMRT Trains", aliases=["SMRT"])
a("38 per cent", 38, "percent", "fall in track-related faults", unit="percent", **SMRT)
a("some 42 km", 42, "measure", "third rail replaced", q="approximate", unit="km", **SMRT)
PTC = dict(speaker="Public Transport Council", aliases=["PTC"])
a("96.7 per cent", 96.7, "percent", "commuters satisfied with MRT services", unit="percent", **PTC)
a("94.1 per cent", 94.1, "percent", "satisfaction in the previous survey", unit="percent", **PTC)
a("two", 2, "count", "stations in the remaining Thomson-East Coast Line stretch", after="with ")
a("about 5 km", 5, "measure", "length added to the rail network", q="approximate", unit="km")
a("32", 32, "count", "new Circle Line trains to be tendered", after="tender for ")
a("12-month", 12, "duration", "moving average period", unit="month", opt=True)

# 1907: Irish local newspaper page with two stories (Tuesday 5 December 2028).
doc("1907_midland-clarion-two-stories-2028-12-05.txt", "2028-12-05", None)
INMO = dict(
    speaker="Irish Nurses and Midwives Organisation",
    aliases=["INMO", "the union"],
)
a("41", 41, "count", "patients on trolleys at Mullingar hospital", after="There were ", **INMO)
a("612", 612, "count", "patients waiting for a bed nationally", **INMO)
SF2 = dict(speaker="Sinead Fallon", aliases=["Fallon", "INMO"])
a("23", 23, "count", "nursing vacancies in the emergency department", **SF2)
a("13-hour", 13, "duration", "length of nurses' shifts", unit="hour", opt=True, **SF2)
HSE = dict(speaker="HSE", aliases=["Health Service Executive"])
a("58 per cent", 58, "percent", "rise in flu admissions in the Midlands", unit="percent", **HSE)
a("37", 37, "count", "people treated for influenza at the hospital", **HSE)
a("14", 14, "count", "additional beds to open", after="It said ", **HSE)
a("seven days a week", 7, "count", "days a week the injury unit is open", opt=True, **HSE)
JCM = dict(
    speaker="Jennifer Carroll MacNeill",
    aliases=["Carroll MacNeill", "Minister for Health", "Aoife Daly"],
)
a("€4.5 million", 4.5e6, "money", "allocation for a modular ward", unit="EUR", **JCM)
a("40-bed", 40, "count", "beds in the modular ward", opt=True, **JCM)
a(
    "60",
    60,
    "count",
    "vacant homes the council plans to buy",
    after="Council plans to buy ",
    opt=True,
)
a(
    "60",
    60,
    "count",
    "vacant and derelict properties to be bought",
    after="intends to buy ",
    date="2028-12-04",
)
BK = dict(speaker="Barry Kehoe", aliases=["Kehoe", "Mr Kehoe"], date="2028-12-04")
a("2,314", 2314, "count", "households on the social housing waiting list", **BK)
a("9 per cent", 9, "percent", "annual increase in the waiting list", unit="percent", **BK)
a("three-bedroom", 3, "count", "bedrooms", opt=True, **BK)
a(
    "more than six years",
    6,
    "duration",
    "average wait for a three-bedroom home",
    q="more_than",
    unit="year",
    **BK,
)
GEO = dict(speaker="GeoDirectory", aliases=[])
a(
    "4.7 per cent",
    4.7,
    "percent",
    "vacant residential addresses in Westmeath",
    unit="percent",
    period="third quarter",
    **GEO,
)
a("3.9 per cent", 3.9, "percent", "national residential vacancy rate", unit="percent", **GEO)
a(
    "11",
    11,
    "count",
    "derelict houses on one street in Moate",
    speaker="Frank McDermott",
    aliases=["McDermott", "Cllr Frank McDermott"],
)
a(
    "one",
    1,
    "count",
    "street with 11 derelict houses",
    after="derelict houses on ",
    opt=True,
    speaker="Frank McDermott",
    aliases=["McDermott"],
)
a(
    "€18.6 million",
    18.6e6,
    "money",
    "council spending on social homes",
    unit="EUR",
    period="this year",
)
a("212", 212, "count", "new homes delivered")

GOLD.build()
