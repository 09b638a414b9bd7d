"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout20/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout19, see README.md): headline figures optional;
# the page's own voice and unnamed sources ("government data showed", "some estimates put") have
# speaker None, judged sentence by sentence; in a transcript an unattributed sentence of a turn is
# the turn's speaker, the outlet that asks speaks for its question, and a figure a question
# attributes is that source's (the outlet an alias); "according to X" / "X data shows" / "the
# report shows" are X (in an answer, the official an alias); a figure relayed from a minister or
# superior is theirs, dated the day they said it; every sentence of a multi-sentence quote, and a
# quote's second paragraph, is the quoted speaker's; "He added", "She noted", "he wrote" are the
# person named before; date = the day the claim was stated ("on Friday", "yesterday", "on Feb.
# 22", "released on Monday"); "last week", "last month" keep the publication day; time spans
# that only date a figure, compound adjectives, descriptive counts, series ordinals and
# conversions are optional.

# 2000: MFA regular press conference (Monday 15 January 2029).
doc("2000_mfa-lin-jian-presscon-2029-01-15.txt", "2029-01-15", "Lin Jian", ["Lin"])
a("four", 4, "count", "countries on the foreign minister's visit", after="visit the ", opt=True)
a(
    "39 consecutive years",
    39,
    "duration",
    "years of the foreign minister's first overseas trip going to Africa",
    unit="year",
)
a(
    "312.6 billion US dollars",
    312.6e9,
    "money",
    "China-Africa trade",
    unit="USD",
    period="2028",
    speaker="Secretariat of the Forum on China-Africa Cooperation",
    aliases=["FOCAC secretariat", "Forum on China-Africa Cooperation", "CCTV"],
)
a(
    "16 consecutive years",
    16,
    "duration",
    "years as Africa's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "11.4 percent",
    11.4,
    "percent",
    "growth of China's agricultural imports from Africa",
    unit="percent",
    period="last year",
    speaker="General Administration of Customs",
    aliases=["GAC", "Lin Jian"],
)
a(
    "100 percent",
    100,
    "percent",
    "share of tariff lines under zero-tariff treatment",
    unit="percent",
)
a("53", 53, "count", "African countries having diplomatic relations with China")
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2029-01-12")
a(
    "more than 1.1 million",
    1.1e6,
    "count",
    "local jobs created in Africa by Chinese companies",
    q="more_than",
    period="past decade",
    **WY,
)
a(
    "nearly 10,000 kilometers",
    10000,
    "measure",
    "railways built in Africa with Chinese firms",
    q="nearly",
    unit="kilometer",
    **WY,
)
a(
    "close to 100,000 kilometers",
    100000,
    "measure",
    "highways built in Africa with Chinese firms",
    q="nearly",
    unit="kilometer",
    **WY,
)
a(
    "14",
    14,
    "count",
    "more types of chip-making equipment requiring export licenses",
    speaker="Dutch government",
    aliases=["Netherlands", "AFP"],
    date="2029-01-12",
)
IIE = dict(speaker="Institute of International Education", aliases=["IIE", "Bloomberg"])
a(
    "about 236,000",
    236000,
    "count",
    "Chinese students in the United States",
    q="approximate",
    period="2027-28 academic year",
    **IIE,
)
a("12 percent", 12, "percent", "fall in Chinese students in the US", unit="percent", **IIE)
a(
    "more than 300",
    300,
    "count",
    "Chinese students whose visas were revoked",
    q="more_than",
    period="since October",
    speaker="US State Department",
    aliases=["State Department", "Bloomberg"],
    date="2029-01-11",
)
a(
    "more than 21,000",
    21000,
    "count",
    "American students who came to China",
    q="more_than",
    period="last year",
)
a("50,000", 50000, "count", "young Americans invited to China")
a("five years", 5, "duration", "period of the invitation initiative", unit="year", opt=True)
JMOD = dict(
    speaker="Japanese Ministry of Defense",
    aliases=["Japan's Defense Ministry", "Defense Ministry", "Kyodo News"],
    date="2029-01-12",
)
a("512", 512, "count", "scrambles by Air Self-Defense Force jets", period="nine months", **JMOD)
a("nine months", 9, "duration", "period of the scrambles", unit="month", opt=True, **JMOD)
a(
    "about 70 percent",
    70,
    "percent",
    "share of scrambles against Chinese aircraft",
    q="approximate",
    unit="percent",
    **JMOD,
)
a("15 consecutive years", 15, "duration", "years of rising Japanese defense budget", unit="year")
a(
    "9 trillion yen",
    9e12,
    "money",
    "Japan's defense budget for the new fiscal year",
    q="more_than",
    unit="JPY",
)

# 2001: SCIO press conference of the NFGA on national parks (Tuesday 23 January 2029).
doc("2001_scio-nfga-national-parks-presscon-2029-01-23.txt", "2029-01-23", "Guan Zhiou", ["Guan"])
a("13", 13, "count", "national parks formally established", subject="China", after="established ")
a(
    "about 370,000 square kilometers",
    370000,
    "measure",
    "total area of national parks",
    q="approximate",
    unit="square kilometer",
)
a(
    "more than 40 percent",
    40,
    "percent",
    "share of key protected terrestrial wild species in national parks",
    q="more_than",
    unit="percent",
)
a("25.3 percent", 25.3, "percent", "forest coverage rate", unit="percent", subject="China")
a(
    "20 billion cubic meters",
    20e9,
    "measure",
    "forest stock volume",
    q="more_than",
    unit="cubic meter",
)
a("3.8 million hectares", 3.8e6, "measure", "land afforested", unit="hectare", period="last year")
a("2.9 million hectares", 2.9e6, "measure", "degraded grassland restored", unit="hectare")
DX = dict(speaker="Ding Xuexiang", aliases=["Vice Premier Ding Xuexiang"], date="2029-01-16")
a("five", 5, "count", "additional national parks to be set up by 2030", after="another ", **DX)
a("18 percent", 18, "percent", "share of land territory in nature reserves", unit="percent", **DX)
a(
    "nearly 1,900",
    1900,
    "count",
    "wild giant panda population",
    q="nearly",
    speaker="Giant Panda National Park Administration",
    aliases=["Giant Panda National Park", "Tang Xiaoyun"],
)
TX = dict(speaker="Tang Xiaoyun", aliases=["Tang"])
a(
    "More than 70 percent",
    70,
    "percent",
    "share of wild pandas living within the park",
    q="more_than",
    unit="percent",
    **TX,
)
a("13", 13, "count", "ecological corridors set up", after="set up ", **TX)
a("some 6,000", 6000, "count", "local residents employed as rangers", q="approximate", **TX)
a(
    "about 12,000 yuan",
    12000,
    "money",
    "extra household income from ranger jobs a year",
    q="approximate",
    unit="CNY",
    **TX,
)
NETLP = dict(
    speaker="Northeast China Tiger and Leopard National Park",
    aliases=["Hong Kong Commercial Daily"],
)
a(
    "about 70",
    70,
    "count",
    "wild Amur tigers recorded",
    q="approximate",
    after="recorded ",
    **NETLP,
)
a("80", 80, "count", "Amur leopards recorded", **NETLP)
FD = dict(speaker="Feng Dewei", aliases=["Feng"])
a("27", 27, "count", "wild Amur tigers when the pilot program started", **FD)
a("about 70", 70, "count", "wild Amur tigers in the park", q="approximate", after="27 ", **FD)
a("more than 30,000", 30000, "count", "infrared cameras installed", q="more_than", **FD)
a(
    "42 million yuan",
    42e6,
    "money",
    "compensation paid to farmers for losses to wild animals",
    unit="CNY",
    period="last year",
    **FD,
)
a("five years", 5, "duration", "period without tiger killings", unit="year", opt=True, **FD)
a(
    "13",
    13,
    "count",
    "national parks",
    after="You mentioned ",
    speaker="Guan Zhiou",
    aliases=["Guan", "Bloomberg"],
)
a(
    "About 1.2 million",
    1.2e6,
    "count",
    "people living within national park boundaries",
    q="approximate",
)
a("17,200", 17200, "count", "herders who became ecological rangers in Sanjiangyuan")
a("21,600 yuan", 21600, "money", "annual subsidy per ranger", unit="CNY")

# 2002: Federal Reserve Chair's FOMC press conference (Wednesday 31 January 2029).
doc("2002_fed-fomc-presscon-2029-01-31.txt", "2029-01-31", "Marsh", ["Chair Marsh"])
a(
    "a quarter percentage point",
    0.25,
    "percent",
    "cut in the policy rate",
    unit="percentage point",
)
a(
    "3-1/4 to 3-1/2 percent",
    3.25,
    "percent",
    "target range for the federal funds rate",
    q="range",
    unit="percent",
    low=3.25,
    high=3.5,
)
a("2.1 percent", 2.1, "percent", "real GDP growth", unit="percent", period="last year")
a("85,000", 85000, "count", "average monthly payroll job gains", period="past three months")
a("three months", 3, "duration", "period of the payroll average", unit="month", opt=True)
a("4.4 percent", 4.4, "percent", "unemployment rate", unit="percent", period="December")
a("4.1 percent", 4.1, "percent", "unemployment rate a year earlier", unit="percent")
a("2.6 percent", 2.6, "percent", "rise in total PCE prices", unit="percent")
a("12 months", 12, "duration", "period of the PCE figures", unit="month", opt=True)
a("2.9 percent", 2.9, "percent", "rise in core PCE prices", unit="percent")
a("2 percent", 2, "percent", "inflation goal", unit="percent", after="inflation to our ")
a(
    "3.4 percent",
    3.4,
    "percent",
    "annual rate of economic growth in the fourth quarter",
    unit="percent",
    speaker="Commerce Department",
    aliases=["Wall Street Journal", "Dana Kowalski"],
    date="2029-01-26",
)
a(
    "about 1.8 percent",
    1.8,
    "percent",
    "growth of final sales to private domestic purchasers",
    q="approximate",
    unit="percent",
)
a("1.9 percent", 1.9, "percent", "projected growth this year", unit="percent")
a(
    "roughly 1.5 million",
    1.5e6,
    "count",
    "fall in job openings over the past year",
    q="approximate",
)
a(
    "above 2.5 percent",
    2.5,
    "percent",
    "expected inflation through 2030",
    q="more_than",
    unit="percent",
    speaker="Teresa Alvarez",
    aliases=["Bloomberg", "Rafael Ortiz"],
)
a(
    "about half a percentage point",
    0.5,
    "percent",
    "contribution of tariffs to core goods inflation",
    q="approximate",
    unit="percentage point",
)
a("3.6 percent", 3.6, "percent", "shelter inflation", unit="percent", period="December")
a("four years", 4, "duration", "years since shelter inflation was as low", unit="year", opt=True)
FM = dict(speaker="Freddie Mac", aliases=["CNBC", "Edward Liang"], date="2029-01-25")
a("30-year", 30, "duration", "term of the fixed mortgage", unit="year", opt=True, **FM)
a("6.1 percent", 6.1, "percent", "average 30-year fixed mortgage rate", unit="percent", **FM)
a("about 8 percent", 8, "percent", "fall in housing starts", q="approximate", unit="percent")
# "which some estimates put at roughly 4 million" inside the Chair's answer: an unnamed source.
a(
    "roughly 4 million",
    4e6,
    "count",
    "structural housing shortage",
    q="approximate",
    speaker=None,
    aliases=[],
)
a(
    "Two",
    2,
    "count",
    "FOMC members who dissented",
    speaker="Associated Press",
    aliases=["Jenny Park"],
    opt=True,
)
a("two", 2, "count", "rate cuts projected for this year by the median participant")

# 2003: Reuters wire story on Japan's rice stockpile (Tuesday 13 February 2029).
doc("2003_reuters-japan-rice-stockpile-2029-02-13.txt", "2029-02-13", None)
KM = dict(speaker="Kenji Morimoto", aliases=["Morimoto"])
a("300,000", 300000, "measure", "stockpiled rice to be released", unit="ton", opt=True, **KM)
a(
    "300,000 metric tons",
    300000,
    "measure",
    "rice to be released from the government stockpile",
    unit="metric ton",
    **KM,
)
a("sixth", 6, "count", "straight weeks of record rice prices", opt=True)
MAFF = dict(
    speaker="Ministry of Agriculture, Forestry and Fisheries",
    aliases=["agriculture ministry", "MAFF"],
    date="2029-02-09",
)
a("5-kilogram", 5, "measure", "size of a bag of rice", unit="kilogram", opt=True, **MAFF)
a(
    "4,612 yen",
    4612,
    "money",
    "average supermarket price of a 5-kilogram bag of rice",
    unit="JPY",
    period="week to Feb. 4",
    **MAFF,
)
a("$30.40", 30.40, "money", "average rice price in dollars", unit="USD", opt=True, **MAFF)
a("2.3%", 2.3, "percent", "week-on-week rise in the average rice price", unit="percent", **MAFF)
a("100,000 tons", 100000, "measure", "first batch of stockpiled rice", unit="ton", **KM)
MAFF_PUB = dict(MAFF, date="2029-02-13")
a(
    "610,000 tons",
    610000,
    "measure",
    "reserve rice sold through auctions",
    unit="ton",
    period="since March last year",
    **MAFF_PUB,
)
a(
    "about 290,000 tons",
    290000,
    "measure",
    "rice left in storage",
    q="approximate",
    unit="ton",
    **MAFF_PUB,
)
a(
    "6.79 million tons",
    6.79e6,
    "measure",
    "harvest of table rice",
    unit="ton",
    period="last year",
    **MAFF_PUB,
)
a("14 consecutive months", 14, "duration", "months of rising rice prices", unit="month")
a("3.1%", 3.1, "percent", "core consumer inflation", unit="percent", period="December")
a("6.8%", 6.8, "percent", "rise in food prices excluding fresh items", unit="percent")
a(
    "10%",
    10,
    "percent",
    "price cut on private-brand rice",
    unit="percent",
    speaker="Aeon",
    aliases=[],
    date="2029-02-12",
)
HN = dict(speaker="Hiroshi Noda", aliases=["Noda"])
a(
    "about 40%",
    40,
    "percent",
    "rise in what consumers pay for rice",
    q="approximate",
    unit="percent",
    **HN,
)
a("two years", 2, "duration", "comparison period", unit="year", opt=True, **HN)
a("above 4,000 yen", 4000, "money", "expected rice price floor", q="more_than", unit="JPY", **HN)
MOF = dict(speaker="Ministry of Finance", aliases=[])
a("341 yen", 341, "money", "tariff per kilogram on private rice imports", unit="JPY", **MOF)
a("96,000 tons", 96000, "measure", "private-sector rice imports", unit="ton", **MOF)
JA = dict(speaker="JA Zen-Noh", aliases=[])
a("27,000 yen", 27000, "money", "advance paid to growers per bag", unit="JPY", **JA)
a("60-kilogram", 60, "measure", "size of a bag of rice", unit="kilogram", opt=True, **JA)
a("17,000 yen", 17000, "money", "advance paid to growers a year earlier", unit="JPY", **JA)
a("151.7200 yen", 151.72, "money", "exchange rate of the dollar", unit="JPY", opt=True)

# 2004: ILO press release on the WESO Trends report (Wednesday 17 January 2029).
doc("2004_ilo-weso-trends-release-2029-01-17.txt", "2029-01-17", None)
ILO = dict(speaker="International Labour Organization", aliases=["ILO"])
a("5.1 per cent", 5.1, "percent", "global unemployment rate", unit="percent", opt=True, **ILO)
a(
    "5.1 per cent",
    5.1,
    "percent",
    "projected global unemployment rate",
    unit="percent",
    period="2029",
    after="rise slightly to ",
    **ILO,
)
a("5.0 per cent", 5.0, "percent", "global unemployment rate", unit="percent", **ILO)
a(
    "about 3 million",
    3e6,
    "count",
    "increase in unemployed people worldwide",
    q="approximate",
    **ILO,
)
a("186 million", 186e6, "count", "unemployed people worldwide", **ILO)
a("412 million", 412e6, "count", "global jobs gap")
a("12.9 per cent", 12.9, "percent", "youth unemployment rate", unit="percent")
a("one in five", 20, "percent", "share of young people not in employment", unit="percent")
a("15 to 24", 15, "count", "age band of young people", q="range", low=15, high=24, opt=True)
a("28 per cent", 28, "percent", "share of NEET youth in low-income countries", unit="percent")
a(
    "Some 57.8 per cent",
    57.8,
    "percent",
    "share of workers in informal employment",
    q="approximate",
    unit="percent",
)
GH = dict(speaker="Gilbert F. Houngbo", aliases=["Houngbo", "ILO"])
a("1.2 per cent", 1.2, "percent", "real wage growth in advanced economies", unit="percent", **GH)
a("52.3 per cent", 52.3, "percent", "labour income share of global income", unit="percent", **GH)
a(
    "1.6 percentage points",
    1.6,
    "percent",
    "fall in labour income share since 2004",
    unit="percentage point",
    **GH,
)
MO = dict(speaker="Marta Okonjo", aliases=["Okonjo"], date="2029-01-16")
a(
    "0.4 per cent",
    0.4,
    "percent",
    "employment growth in Northern America and Europe",
    unit="percent",
    **MO,
)
a(
    "almost 18 million",
    18e6,
    "count",
    "growth of sub-Saharan Africa's labour force",
    q="nearly",
    **MO,
)
a(
    "around 1.5 million",
    1.5e6,
    "count",
    "jobs a month needed in sub-Saharan Africa",
    q="approximate",
    **MO,
)
a("48.7 per cent", 48.7, "percent", "women's labour force participation", unit="percent")
a("72.9 per cent", 72.9, "percent", "men's labour force participation", unit="percent")
a(
    "more than 130 years",
    130,
    "duration",
    "time to close the participation gap",
    q="more_than",
    unit="year",
    **ILO,
)
a("189", 189, "count", "countries and territories covered by the report")

# 2005: China News Service article on EV charging (Friday 23 February 2029).
doc("2005_ecns-ev-charging-points-2029-02-23.txt", "2029-02-23", None)
NEA = dict(speaker="National Energy Administration", aliases=["NEA"], date="2029-02-22")
a("20 million", 20e6, "count", "EV charging points", q="more_than", opt=True, **NEA)
a("20.46 million", 20.46e6, "count", "electric vehicle charging facilities", **NEA)
a(
    "41.2 percent",
    41.2,
    "percent",
    "year-on-year growth of charging facilities",
    unit="percent",
    **NEA,
)
a("4.73 million", 4.73e6, "count", "public charging points", **NEA)
a("15.7 million", 15.7e6, "count", "private charging points", q="more_than", **NEA)
ZH = dict(speaker="Zhang Haiming", aliases=["Zhang"], date="2029-02-22")
a(
    "98 percent",
    98,
    "percent",
    "share of expressway service areas with charging",
    unit="percent",
    **ZH,
)
a("860,000", 860000, "count", "charging points added in January", **ZH)
a(
    "below 60 percent",
    60,
    "percent",
    "charging coverage of rural counties two years ago",
    q="less_than",
    unit="percent",
    **ZH,
)
a("two years", 2, "duration", "comparison period", unit="year", opt=True, **ZH)
a("87 percent", 87, "percent", "charging coverage of rural counties", unit="percent", **ZH)
a("28 million", 28e6, "count", "charging facilities targeted by year-end", **ZH)
a(
    "11.5 percent",
    11.5,
    "percent",
    "average utilization rate of public fast chargers",
    unit="percent",
    period="January",
    speaker="China Electric Vehicle Charging Infrastructure Promotion Alliance",
    aliases=["EVCIPA"],
)
a("41.5 million", 41.5e6, "count", "new energy vehicles on the road", subject="China")
SG = dict(speaker="State Grid", aliases=[])
a(
    "31.2 million kilowatt-hours",
    31.2e6,
    "measure",
    "electricity delivered by expressway chargers on the busiest day",
    unit="kilowatt-hour",
    **SG,
)
a("36 percent", 36, "percent", "rise in electricity delivered by chargers", unit="percent", **SG)
a(
    "more than 4,200",
    4200,
    "count",
    "megawatt-class fast-charging stations built",
    q="more_than",
    speaker="BYD",
    aliases=[],
    date="2029-02-21",
)
WL = dict(speaker="Wu Lin", aliases=["Wu"])
a(
    "about 120 billion yuan",
    120e9,
    "money",
    "investment in charging infrastructure this year",
    q="approximate",
    unit="CNY",
    **WL,
)
a(
    "around 30 percent",
    30,
    "percent",
    "share of public chargers in five provincial-level regions",
    q="approximate",
    unit="percent",
    **WL,
)
a("five", 5, "count", "provincial-level regions", after="in the ", opt=True, **WL)

# 2006: Globe and Mail story on a grocer's quarterly results (Thursday 8 March 2029).
doc("2006_globeandmail-maplecrest-q4-results-2029-03-08.txt", "2029-03-08", None)
a("7.4 per cent", 7.4, "percent", "fall in Maplecrest Foods shares", unit="percent")
a("$61.20", 61.20, "money", "Maplecrest Foods share price", unit="CAD")
a(
    "more than three years",
    3,
    "duration",
    "period since a bigger drop",
    q="more_than",
    unit="year",
    opt=True,
)
MF = dict(speaker="Maplecrest Foods", aliases=["Maplecrest", "Maplecrest Foods Inc."])
a("$212-million", 212e6, "money", "net earnings", unit="CAD", period="16 weeks ended Dec. 30", **MF)
a("$1.38", 1.38, "money", "earnings per share", unit="CAD", **MF)
a("16 weeks", 16, "duration", "length of the quarter", unit="week", opt=True, **MF)
a("$198-million", 198e6, "money", "net earnings a year earlier", unit="CAD", **MF)
a("$1.27", 1.27, "money", "earnings per share a year earlier", unit="CAD", **MF)
a("3.1 per cent", 3.1, "percent", "revenue growth", unit="percent")
a("$6.94-billion", 6.94e9, "money", "revenue", unit="CAD")
a("1.6 per cent", 1.6, "percent", "same-store sales growth", unit="percent")
LSEG = dict(speaker="LSEG", aliases=[])
a("$1.42", 1.42, "money", "expected earnings per share", unit="CAD", **LSEG)
a("3 per cent", 3, "percent", "expected same-store sales growth", unit="percent", **LSEG)
PR = dict(speaker="Priya Raman", aliases=["Raman", "Ms. Raman"])
a("31 per cent", 31, "percent", "private label share of grocery sales", unit="percent", **PR)
a("26 per cent", 26, "percent", "private label share two years ago", unit="percent", **PR)
a("two years", 2, "duration", "comparison period", unit="year", opt=True, **PR)
a("14", 14, "count", "discount stores to open this year", **PR)
a("$650-million", 650e6, "money", "capital spending this year", unit="CAD", **PR)
a("about 400", 400, "count", "head-office jobs to be cut", q="approximate", **PR)
a(
    "roughly 12 per cent",
    12,
    "percent",
    "share of corporate staff to be cut",
    q="approximate",
    unit="percent",
    **PR,
)
MT = dict(speaker="Marc Tremblay", aliases=["Tremblay"])
a("29.8 per cent", 29.8, "percent", "gross margin", unit="percent", **MT)
a("30.6 per cent", 30.6, "percent", "gross margin a year earlier", unit="percent", **MT)
a(
    "4.2 per cent",
    4.2,
    "percent",
    "year-on-year rise in prices of food purchased from stores",
    unit="percent",
    period="January",
    speaker="Statistics Canada",
    aliases=[],
)
a(
    "3.6 per cent",
    3.6,
    "percent",
    "same-store food sales growth",
    unit="percent",
    speaker="Loblaw Cos. Ltd.",
    aliases=["Loblaw"],
    date="2029-02-22",
)
JW = dict(speaker="Jordan Whitlock", aliases=["Whitlock"])
a("$66", 66, "money", "price target on Maplecrest", unit="CAD", **JW)
a("$74", 74, "money", "previous price target", unit="CAD", **JW)
a(
    "about 20 per cent",
    20,
    "percent",
    "fall in Maplecrest share value since October",
    q="approximate",
    unit="percent",
    **JW,
)
a("612", 612, "count", "stores operated by Maplecrest")
a("seven", 7, "count", "provinces where Maplecrest operates", opt=True)
a("about 48,000", 48000, "count", "people employed by Maplecrest", q="approximate")

# 2007: New Zealand local newspaper page, two stories (Wednesday 14 March 2029).
doc("2007_ruahine-ledger-two-stories-2029-03-14.txt", "2029-03-14", None)
a("9,000", 9000, "count", "water meters to be installed", opt=True)
a("three", 3, "count", "largest towns of the district", opt=True)
TR = dict(speaker="Tama Rangi", aliases=["Rangi"], date="2029-03-13")
a("$7.8 million", 7.8e6, "money", "cost of installing water meters", unit="NZD", **TR)
a("three years", 3, "duration", "installation period", unit="year", opt=True, **TR)
a("about 9,000", 9000, "count", "properties to be fitted with meters", q="approximate", **TR)
a("2,300", 2300, "count", "properties on the Dannevirke network", **TR)
RDC = dict(speaker="Ruahine District Council", aliases=["council"])
a("285 litres", 285, "measure", "average household water use a day", unit="litre", **RDC)
a("227 litres", 227, "measure", "national average household water use", unit="litre", **RDC)
a(
    "an estimated 18 per cent",
    18,
    "percent",
    "share of water lost to leaks on private property",
    q="approximate",
    unit="percent",
)
HT = dict(speaker="Helen Trask", aliases=["Trask", "Mayor Helen Trask"], date="2029-03-13")
a(
    "nearly a quarter",
    25,
    "percent",
    "share of treated water lost before the tap",
    q="nearly",
    unit="percent",
    **HT,
)
a("$400,000", 400000, "money", "treatment costs saved a year", unit="NZD", **HT)
a("About 60", 60, "count", "people in the public gallery", q="approximate")
a("more than 1,100", 1100, "count", "signatures on the petition", q="more_than")
CB = dict(speaker="Colin Barrett", aliases=["Barrett"], date="2029-03-13")
a("five", 5, "count", "members of the Barrett family", after="family of ", opt=True, **CB)
a("$1,420", 1420, "money", "water rates paid last year", unit="NZD", **CB)
ERT = dict(speaker="Eastern Ranges Air Rescue Trust", aliases=["the trust"], date="2029-03-12")
a("1,148", 1148, "count", "rescue helicopter missions", period="year to January 31", **ERT)
a("9 per cent", 9, "percent", "rise in missions", unit="percent", **ERT)
a(
    "Almost half",
    50,
    "percent",
    "share of missions that were inter-hospital transfers",
    q="nearly",
    unit="percent",
    **ERT,
)
a("212", 212, "count", "missions to road crash scenes", **ERT)
LM = dict(speaker="Lisa Moana", aliases=["Moana"])
a("11", 11, "count", "missions flown on the busiest day", **LM)
a("14 hours", 14, "duration", "period of the 11 missions", unit="hour", opt=True, **LM)
a("three", 3, "count", "helicopters of the trust", after="We have ", **LM)
a("26", 26, "count", "paramedics and pilots on the roster", **LM)
a("$6.9 million", 6.9e6, "money", "running costs a year", unit="NZD", **LM)
a(
    "about 70 per cent",
    70,
    "percent",
    "share of running costs covered by the government contract",
    q="approximate",
    unit="percent",
    **LM,
)
a("$2.4 million", 2.4e6, "money", "donations and sponsorship needed this year", unit="NZD", **LM)

if __name__ == "__main__":
    GOLD.build()
