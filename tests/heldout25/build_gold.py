"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout25/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout23 and /work/shared/corpus-extra, see README.md):
# headline figures, time spans that only date a figure, compound adjectives, thresholds,
# multipliers and parenthesised currency conversions are optional; the page's own voice and
# unnamed sources have speaker None, judged sentence by sentence; in a transcript an unattributed
# sentence of a turn is the turn's speaker, a bare Question:/QUESTIONER: is None, an outlet that
# asks speaks for its question, and a figure a question attributes is that source's; "according
# to X" / "data from X showed" / "figures presented by X showed" are X; a figure relayed from a
# minister or superior is theirs, dated the day they said it; every sentence of a multi-sentence
# quote is the quoted speaker's, and "He said" / "She said" / "He added" carry the person named
# before, with the day given before; date = the day stated ("on Monday", "yesterday", "last
# night", "on November 22"), "last week" / "last month" / "earlier this month" / "today" keep the
# publication day; ranges keep both ends with value = low.

# 2500: Chinese Ministry of National Defense regular press conference (Thursday 29 November 2029).
doc(
    "2500_mnd-jiang-bin-presscon-2029-11-29.txt",
    "2029-11-29",
    "Jiang Bin",
    ["Senior Colonel Jiang Bin", "Jiang"],
)
a("187-day", 187, "duration", "length of the Peace Ark voyage", unit="day", opt=True)
a("13", 13, "count", "countries visited by the Peace Ark", subject="Peace Ark")
a("more than 52,000", 52000, "count", "people given medical services", q="more_than")
a("over 1,300", 1300, "count", "surgeries performed on the Peace Ark", q="more_than")
a("About 600", 600, "count", "personnel in the Blue Strike-2029 joint training", q="approximate")
JSO = dict(
    speaker="Joint Staff Office of Japan",
    aliases=["Japan's Joint Staff Office", "Joint Staff Office"],
    date="2029-11-26",
)
a("412", 412, "count", "scrambles by Japanese fighter jets against Chinese aircraft", **JSO)
a("71 percent", 71, "percent", "share of Chinese aircraft in all scrambles", unit="percent", **JSO)
a(
    "14 consecutive years",
    14,
    "duration",
    "years of growth in Japan's defense budget",
    unit="year",
    subject="Japan",
)
a(
    "exceeds 9 trillion yen",
    9e12,
    "money",
    "Japanese defense ministry budget request for the next fiscal year",
    q="more_than",
    unit="JPY",
)
a(
    "about 2.1 billion US dollars",
    2.1e9,
    "money",
    "possible US arms sale to the Taiwan region",
    q="approximate",
    unit="USD",
    speaker="Defense Security Cooperation Agency",
    aliases=["US Defense Security Cooperation Agency", "DSCA"],
)
a(
    "more than eight years",
    8,
    "duration",
    "period since a larger single arms package",
    q="more_than",
    unit="year",
    speaker=None,
    opt=True,
)
a(
    "more than 30 billion US dollars",
    30e9,
    "money",
    "US arms sales to the Taiwan region since 2017",
    q="more_than",
    unit="USD",
)
DJ = dict(
    speaker="Dong Jun",
    aliases=["Defense Minister Dong Jun", "Admiral Dong Jun"],
    date="2029-11-22",
)
a(
    "more than 3,000",
    3000,
    "count",
    "Cambodian military personnel trained by China",
    q="more_than",
    **DJ,
)
a("ten years", 10, "duration", "training period", unit="year", opt=True, **DJ)
a("seven", 7, "count", "Golden Dragon joint exercises held", **DJ)
a(
    "more than 4.5 million square meters",
    4.5e6,
    "measure",
    "land in Cambodia cleared of mines with Chinese help",
    q="more_than",
    unit="square meter",
    **DJ,
)
a(
    "38",
    38,
    "count",
    "Chinese vessels spotted near Ren'ai Jiao",
    speaker="Philippine Coast Guard",
    aliases=["PCG"],
    date="2029-11-27",
)
a("700", 700, "count", "officers and soldiers of the peacekeeping battalion")
a("more than 55,000", 55000, "count", "peacekeepers sent by the Chinese military", q="more_than")
a("over 25", 25, "count", "UN peacekeeping missions joined", q="more_than")
a("26", 26, "count", "Chinese peacekeepers killed", after="missions, and ")

# 2501: UK PM's Official Spokesperson lobby briefing summary (Tuesday 15 January 2030).
doc(
    "2501_pmos-lobby-briefing-2030-01-15.txt",
    "2030-01-15",
    "Prime Minister's Official Spokesperson",
    ["PMOS", "PM's Official Spokesperson", "Prime Minister's spokesperson", "Downing Street"],
)
WS = dict(speaker="Wes Streeting", aliases=["Health and Social Care Secretary", "Streeting"])
a(
    "6.92 million",
    6.92e6,
    "count",
    "waiting list for routine hospital treatment in England",
    period="November",
    **WS,
)
a(
    "almost four years",
    4,
    "duration",
    "period since the list was lower",
    q="nearly",
    unit="year",
    opt=True,
    **WS,
)
a(
    "more than 52 weeks",
    52,
    "duration",
    "waiting time threshold",
    q="more_than",
    unit="week",
    opt=True,
    **WS,
)
a(
    "41,000",
    41000,
    "count",
    "fall in patients waiting more than 52 weeks",
    period="since the summer",
    **WS,
)
KS = dict(
    speaker="Keir Starmer",
    aliases=[
        "Prime Minister",
        "the Prime Minister",
        "PM",
        "Prime Minister Keir Starmer",
        "Starmer",
    ],
)
a("18", 18, "count", "new community diagnostic centres to open by the spring", **KS)
a("around 1.2 million", 1.2e6, "count", "extra tests and scans a year", q="approximate", **KS)
RR = dict(speaker="Rachel Reeves", aliases=["Chancellor", "Reeves"])
a("eight months", 8, "duration", "period of the borrowing figure", unit="month", opt=True, **RR)
a(
    "£11.2 billion",
    11.2e9,
    "money",
    "borrowing below the OBR forecast",
    unit="GBP",
    period="first eight months of the financial year",
    **RR,
)
NHSE = dict(speaker="NHS England", aliases=["NHS"])
a("5,120", 5120, "count", "average daily patients in hospital with flu", period="last week", **NHSE)
a("23 per cent", 23, "percent", "weekly rise in flu patients in hospital", unit="percent", **NHSE)
a("more than 17 million", 17e6, "count", "people vaccinated against flu this winter", q="more_than")
a("around 4 million", 4e6, "count", "people over 65 without a flu jab", q="approximate")
a("over 65", 65, "measure", "age threshold", q="more_than", unit="year", opt=True)
KSN = dict(KS, date="2030-01-14")
a(
    "£350 million",
    350e6,
    "money",
    "further UK military support to Ukraine",
    unit="GBP",
    period="this year",
    **KSN,
)
a("5,000", 5000, "count", "lightweight air defence missiles ordered", **KSN)
a(
    "£4.5 billion",
    4.5e9,
    "money",
    "UK military aid to Ukraine",
    unit="GBP",
    period="this financial year",
    speaker="John Healey",
    aliases=["Defence Secretary", "Healey"],
    date="2030-01-14",
)
# The target in the "Asked whether ..." clause is a journalist's paraphrase: optional.
a(
    "3 per cent",
    3,
    "percent",
    "defence spending target share of GDP",
    unit="percent",
    speaker=None,
    opt=True,
)
a("94", 94, "count", "flood warnings in place across England")
EA = dict(speaker="Environment Agency", aliases=["EA"], date="2030-01-14")
a("around 300", 300, "count", "properties flooded since Saturday", q="approximate", **EA)
a(
    "more than 6 kilometres",
    6,
    "measure",
    "temporary flood barriers deployed",
    q="more_than",
    unit="km",
    **EA,
)

# 2502: China Daily article on Hainan Free Trade Port trade (Wednesday 19 December 2029).
doc("2502_chinadaily-hainan-ftp-trade-2029-12-19.txt", "2029-12-19", None)
HC = dict(speaker="Haikou Customs", aliases=["the customs"])
a(
    "18.6 percent",
    18.6,
    "percent",
    "year-on-year growth of Hainan's foreign trade",
    unit="percent",
    subject="Hainan",
    **HC,
)
a(
    "289.4 billion yuan",
    289.4e9,
    "money",
    "Hainan's foreign trade",
    unit="CNY",
    period="first 11 months of this year",
    **HC,
)
a("$40.6 billion", 40.6e9, "money", "Hainan's foreign trade in dollars", unit="USD", opt=True, **HC)
a("11 months", 11, "duration", "period of the trade figure", unit="month", opt=True, **HC)
a("fourth anniversary", 4, "anniversary", "anniversary of Hainan's special customs operations")
HCM = dict(HC, date="2029-12-17")
a("24.3 percent", 24.3, "percent", "rise in Hainan's exports", unit="percent", **HCM)
a("121.7 billion yuan", 121.7e9, "money", "Hainan's exports", unit="CNY", **HCM)
a("14.8 percent", 14.8, "percent", "rise in Hainan's imports", unit="percent", **HCM)
CW = dict(speaker="Chen Wen", aliases=["Chen"])
a(
    "9.8 billion yuan",
    9.8e9,
    "money",
    "goods entering Hainan under the zero-tariff policy",
    unit="CNY",
    **CW,
)
a(
    "about 1.35 billion yuan",
    1.35e9,
    "money",
    "duties saved by businesses",
    q="approximate",
    unit="CNY",
    **CW,
)
a("about 6,600", 6600, "count", "tariff lines on the zero-tariff list", q="approximate", **CW)
a(
    "74 percent",
    74,
    "percent",
    "share of all tariff lines on the zero-tariff list",
    unit="percent",
    **CW,
)
a(
    "roughly 1,900",
    1900,
    "count",
    "tariff lines on the list before the special customs operations",
    q="approximate",
    **CW,
)
a("More than 210", 210, "count", "enterprises using the processing policy", q="more_than", **CW)
a(
    "17.2 billion yuan",
    17.2e9,
    "money",
    "processed goods sold duty-free to the mainland",
    unit="CNY",
    period="this year",
    **CW,
)
a(
    "more than double",
    2,
    "measure",
    "processed goods sales relative to last year",
    q="more_than",
    unit="times",
    opt=True,
    **CW,
)
a(
    "at least 30 percent",
    30,
    "percent",
    "value-added threshold for tariff exemption",
    q="at_least",
    unit="percent",
    opt=True,
)
DOC = dict(speaker="Hainan Provincial Department of Commerce", aliases=["the department"])
a(
    "38.2 billion yuan",
    38.2e9,
    "money",
    "offshore duty-free sales in Hainan",
    unit="CNY",
    period="January-November",
    **DOC,
)
a(
    "3.1 percent",
    3.1,
    "percent",
    "year-on-year fall in offshore duty-free sales",
    unit="percent",
    **DOC,
)
DOCT = dict(DOC, date="2029-12-18")
a("7 percent", 7, "percent", "fall in the number of duty-free shoppers", unit="percent", **DOCT)
a("7,460 yuan", 7460, "money", "average spending per duty-free shopper", unit="CNY", **DOCT)
a(
    "2,318",
    2318,
    "count",
    "new foreign-invested enterprises registered in Hainan",
    period="first 10 months",
    **DOC,
)
a("10 months", 10, "duration", "period of the enterprise figure", unit="month", opt=True, **DOC)
a("21 percent", 21, "percent", "rise in new foreign-invested enterprises", unit="percent", **DOC)
a(
    "About 40 percent",
    40,
    "percent",
    "share of new enterprises in trade and logistics",
    q="approximate",
    unit="percent",
    speaker="Liang Haiming",
    aliases=["Liang"],
)
HPS = dict(speaker="Hainan Port and Shipping Holding Co", aliases=["Hainan Port and Shipping"])
a(
    "2.46 million twenty-foot equivalent units",
    2.46e6,
    "measure",
    "container throughput of Yangpu port",
    unit="TEU",
    period="January-November",
    **HPS,
)
a(
    "16.9 percent",
    16.9,
    "percent",
    "year-on-year rise in Yangpu container throughput",
    unit="percent",
    **HPS,
)
WJ = dict(speaker="Wu Jie", aliases=["Wu"])
a(
    "nearly 60 percent",
    60,
    "percent",
    "growth of Hainan Yuhai Biotech's sales to the mainland",
    q="nearly",
    unit="percent",
    **WJ,
)
a(
    "around 12 million yuan",
    12e6,
    "money",
    "tariffs saved by Hainan Yuhai Biotech",
    q="approximate",
    unit="CNY",
    period="last year",
    **WJ,
)

# 2503: AFP wire story on migrant arrivals on Crete (Monday 4 February 2030).
doc("2503_afp-crete-libya-migrant-arrivals-2030-02-04.txt", "2030-02-04", None)
UNHCR = dict(
    speaker="United Nations High Commissioner for Refugees",
    aliases=["UNHCR", "UN refugee agency", "U.N. refugee agency", "the agency"],
)
a(
    "more than triple",
    3,
    "measure",
    "rise in migrant arrivals on Crete",
    q="more_than",
    unit="times",
    opt=True,
)
a(
    "More than 19,400",
    19400,
    "count",
    "migrants reaching Crete from Libya",
    q="more_than",
    period="last year",
    **UNHCR,
)
a(
    "over three times",
    3,
    "measure",
    "arrivals relative to 2028",
    q="more_than",
    unit="times",
    opt=True,
    **UNHCR,
)
a(
    "41 percent",
    41,
    "percent",
    "share of Crete and Gavdos in Greek sea arrivals",
    unit="percent",
    period="2029",
    **UNHCR,
)
a(
    "12 percent",
    12,
    "percent",
    "share of Crete and Gavdos in Greek sea arrivals two years earlier",
    unit="percent",
    **UNHCR,
)
a("two years earlier", 2, "duration", "comparison period", unit="year", opt=True, **UNHCR)
a(
    "around one in six",
    16.67,
    "percent",
    "share of unaccompanied children among arrivals",
    q="approximate",
    unit="percent",
    **UNHCR,
)
HCG = dict(
    speaker="Hellenic Coast Guard",
    aliases=["Greek coast guard", "coast guard"],
    date="2030-02-03",
)
a("312", 312, "count", "people rescued south of Gavdos", **HCG)
a("three", 3, "count", "boats the people were rescued from", after="312 people from ", **HCG)
TP = dict(
    speaker="Thanos Plevris",
    aliases=["Migration Minister Thanos Plevris", "Plevris"],
    date="2030-01-31",
)
a("four", 4, "count", "additional navy vessels to patrol between Crete and Libya", **TP)
a("2,150", 2150, "count", "people intercepted by the coast guard since January 1", **TP)
a(
    "about 300 kilometres",
    300,
    "measure",
    "length of the crossing from Tobruk to Crete",
    q="approximate",
    unit="km",
)
a("more than 30 hours", 30, "duration", "time the crossing can take", q="more_than", unit="hour")
a(
    "At least 147",
    147,
    "count",
    "people dead or missing on the route",
    q="at_least",
    period="last year",
    speaker="International Organization for Migration",
    aliases=["IOM"],
)
a(
    "some 8,900",
    8900,
    "count",
    "Sudanese arriving in Kufra",
    q="approximate",
    period="January",
    speaker="Kennedy Okoth",
    aliases=["Okoth", "IOM"],
)
FX = dict(speaker="Frontex", aliases=["European Union's border agency", "EU border agency"])
a(
    "14 percent",
    14,
    "percent",
    "fall in irregular crossings into the EU",
    unit="percent",
    period="2029",
    **FX,
)
a(
    "about 170,000",
    170000,
    "count",
    "irregular crossings into the EU",
    q="approximate",
    period="2029",
    **FX,
)
a("9 percent", 9, "percent", "rise on the eastern Mediterranean route", unit="percent", **FX)
EM = dict(speaker="Eleni Markaki", aliases=["Markaki"])
a("250", 250, "count", "capacity of the Chania reception centre", **EM)
a(
    "more than 600",
    600,
    "count",
    "people sleeping in the Chania centre last week",
    q="more_than",
    **EM,
)
a("4,800", 4800, "count", "blankets handed out by volunteers since December", **EM)
a("three months", 3, "duration", "suspension of asylum applications", unit="month")
a(
    "38 percent",
    38,
    "percent",
    "share of UNHCR's Greece funding received",
    unit="percent",
    period="this year",
    speaker="Laura Pellegrini",
    aliases=["Pellegrini", "UNHCR"],
)

# 2504: IMF press briefing transcript (Thursday 24 January 2030).
doc(
    "2504_imf-kozack-press-briefing-2030-01-24.txt",
    "2030-01-24",
    "Julie Kozack",
    ["Kozack", "MS. KOZACK", "Ms Kozack"],
)
WEO = dict(
    speaker="International Monetary Fund",
    aliases=[
        "IMF",
        "World Economic Outlook",
        "World Economic Outlook Update",
        "Julie Kozack",
        "Kozack",
    ],
    date="2030-01-22",
)
a(
    "3.2 percent",
    3.2,
    "percent",
    "projected global growth this year",
    unit="percent",
    period="this year",
    **WEO,
)
a(
    "3.3 percent",
    3.3,
    "percent",
    "projected global growth in 2031",
    unit="percent",
    period="2031",
    **WEO,
)
KG = dict(
    speaker="Kristalina Georgieva",
    aliases=["Managing Director", "Georgieva", "the Managing Director"],
    date="2030-01-23",
)
a(
    "about US$2.4 trillion",
    2.4e12,
    "money",
    "goods affected by trade restrictions",
    q="approximate",
    unit="USD",
    **KG,
)
a(
    "0.4 percentage point",
    0.4,
    "percent",
    "estimated loss of global output from trade restrictions",
    unit="percentage point",
    period="by 2031",
    **KG,
)
a(
    "about US$1 billion",
    1e9,
    "money",
    "IMF financing available to Argentina after the review",
    q="approximate",
    unit="USD",
)
a(
    "18 billion dollars",
    18e9,
    "money",
    "increase in Ukraine's budget gap over the program assumption",
    unit="USD",
    speaker="Ministry of Finance of Ukraine",
    aliases=[
        "finance ministry in Kyiv",
        "Ukrainian finance ministry",
        "Ukraine's Ministry of Finance",
    ],
    date="2030-01-23",
)
a("48-month", 48, "duration", "length of the Ukraine arrangement", unit="month", opt=True)
a(
    "about $15.5 billion",
    15.5e9,
    "money",
    "size of the Ukraine program",
    q="approximate",
    unit="USD",
)
a(
    "about $10.6 billion",
    10.6e9,
    "money",
    "IMF financing received by Ukraine to date",
    q="approximate",
    unit="USD",
)
GG = dict(speaker="Gavin Gray", aliases=["mission chief", "Gray"], date="2029-12-12")
a(
    "around 2 percent",
    2,
    "percent",
    "Ukraine's economic growth",
    q="approximate",
    unit="percent",
    period="2029",
    **GG,
)
a("7.8 percent", 7.8, "percent", "Ukraine's inflation", unit="percent", **GG)
INDEC = dict(
    speaker="INDEC",
    aliases=["National Institute of Statistics and Censuses", "EFE", "Marta Quiroga"],
)
a(
    "1.6 percent",
    1.6,
    "percent",
    "Argentina's monthly inflation",
    unit="percent",
    period="December",
    **INDEC,
)
a(
    "six years",
    6,
    "duration",
    "period since monthly inflation was lower",
    unit="year",
    opt=True,
    **INDEC,
)
a(
    "over 200 percent",
    200,
    "percent",
    "Argentina's annual inflation in early 2024",
    q="more_than",
    unit="percent",
)
a(
    "about 24 percent",
    24,
    "percent",
    "Argentina's annual inflation at the end of last year",
    q="approximate",
    unit="percent",
)
a(
    "more than $6 billion",
    6e9,
    "money",
    "rise in Argentina's net international reserves",
    q="more_than",
    unit="USD",
    period="last year",
)
a(
    "about two-thirds",
    66.67,
    "percent",
    "share of the reserve accumulation target met",
    q="approximate",
    unit="percent",
)
a(
    "17.4 billion dollars",
    17.4e9,
    "money",
    "Pakistan's foreign exchange reserves",
    unit="USD",
    period="December",
    speaker="State Bank of Pakistan",
    aliases=["Pakistan's central bank", "SBP", "Bloomberg"],
)
a("about $1.1 billion", 1.1e9, "money", "IMF disbursement to Pakistan", q="approximate", unit="USD")
a(
    "about $4.3 billion",
    4.3e9,
    "money",
    "total IMF disbursements to Pakistan",
    q="approximate",
    unit="USD",
)
a(
    "26 percent",
    26,
    "percent",
    "growth of Pakistan's tax revenues",
    unit="percent",
    period="first half of the fiscal year",
)
a("about $1.2 billion", 1.2e9, "money", "IMF disbursement to Egypt", q="approximate", unit="USD")

# 2505: Pennsylvania Governor's press release (Tuesday 12 February 2030).
doc("2505_pa-governor-pennvest-water-funding-2030-02-12.txt", "2030-02-12", None)
JS = dict(speaker="Josh Shapiro", aliases=["Governor Shapiro", "Governor Josh Shapiro", "Shapiro"])
a("$214 Million", 214e6, "money", "PENNVEST water infrastructure funding", unit="USD", opt=True)
a("31", 31, "count", "water infrastructure projects funded", opt=True)
a("22", 22, "count", "counties with funded projects", opt=True)
a("$41.7 Million", 41.7e6, "money", "funding to replace lead service lines", unit="USD", opt=True)
a("$214 million", 214e6, "money", "PENNVEST funding approved", unit="USD", **JS)
a(
    "31",
    31,
    "count",
    "drinking water, wastewater and stormwater projects funded",
    after="funding for ",
    **JS,
)
a("22", 22, "count", "counties with funded projects", after="projects in ", **JS)
a("$41.7 million", 41.7e6, "money", "funding to replace lead service lines", unit="USD")
a("six", 6, "count", "communities replacing lead service lines", after="lead service lines in ")
a(
    "more than $1.9 billion",
    1.9e9,
    "money",
    "PENNVEST investment since the Governor took office",
    q="more_than",
    unit="USD",
    **JS,
)
a("over 500", 500, "count", "projects funded through PENNVEST", q="more_than", **JS)
a("14,000", 14000, "count", "lead service lines replaced across Pennsylvania", **JS)
a("$168.4 million", 168.4e6, "money", "low-interest loans in the funding", unit="USD")
a("$45.6 million", 45.6e6, "money", "grants in the funding", unit="USD")
a("1 percent", 1, "percent", "interest rate of PENNVEST loans", unit="percent")
a("five years", 5, "duration", "period of the 1 percent rate", unit="year", opt=True)
MD = dict(speaker="Maria Delgado", aliases=["Delgado", "PENNVEST"])
a("$612 million", 612e6, "money", "funding applications received this round", unit="USD", **MD)
a(
    "nearly three times",
    3,
    "measure",
    "applications relative to the money available",
    q="nearly",
    unit="times",
    opt=True,
    **MD,
)
a(
    "more than 100 years",
    100,
    "duration",
    "age of the pipes being replaced",
    q="more_than",
    unit="year",
    opt=True,
    **MD,
)
a(
    "an estimated 157,000",
    157000,
    "count",
    "lead service lines still in use in Pennsylvania",
    q="approximate",
    speaker="Pennsylvania Department of Environmental Protection",
    aliases=["DEP", "Department of Environmental Protection"],
)
a("$23.5 million", 23.5e6, "money", "loan to Erie Water Works", unit="USD")
a("about 2,100", 2100, "count", "lead service lines to be replaced in Erie", q="approximate")
a(
    "About one in four",
    25,
    "percent",
    "share of east side homes in Erie with a lead line",
    q="approximate",
    unit="percent",
    speaker="Daria Devlin",
    aliases=["Erie Mayor Daria Devlin", "Mayor Devlin", "Devlin"],
)
a("$38 million", 38e6, "money", "loan to Pittsburgh Water", unit="USD")
a(
    "approximately 3,400",
    3400,
    "count",
    "lead service lines to be replaced in Pittsburgh",
    q="approximate",
)
a("$12.8 million", 12.8e6, "money", "loan to Reading Area Water Authority", unit="USD")
a("20-million-gallon", 20e6, "measure", "reservoir capacity", unit="gallon", opt=True)
a("4.2 miles", 4.2, "measure", "transmission main to be upgraded", unit="mile")
a("$6.3 million", 6.3e6, "money", "loan to the City of Nanticoke", unit="USD")
a("$1.9 million", 1.9e6, "money", "grant to the City of Nanticoke", unit="USD")
a(
    "more than 300",
    300,
    "count",
    "homes affected by stormwater flooding in Nanticoke",
    q="more_than",
)
a(
    "$100 million",
    100e6,
    "money",
    "additional water and sewer funding in the budget proposal",
    unit="USD",
)

# 2506: Financial Times story on a UK bank's annual results (Wednesday 20 February 2030).
doc("2506_ft-ashcombe-bank-annual-results-2030-02-20.txt", "2030-02-20", None)
ASH = dict(speaker="Ashcombe Banking Group", aliases=["Ashcombe", "the bank"])
a("14 per cent", 14, "percent", "rise in annual pre-tax profit", unit="percent", **ASH)
a(
    "£6.9bn",
    6.9e9,
    "money",
    "annual pre-tax profit",
    unit="GBP",
    subject="Ashcombe Banking Group",
    **ASH,
)
a("£6.5bn", 6.5e9, "money", "analysts' consensus for pre-tax profit", unit="GBP", **ASH)
a("fourth-largest", 4, "rank", "rank of Ashcombe among UK lenders by assets", opt=True, **ASH)
a("£3.2bn", 3.2e9, "money", "return to shareholders for the year", unit="GBP", **ASH)
a("£1.5bn", 1.5e9, "money", "new share buyback", unit="GBP", **ASH)
HK = dict(speaker="Helen Kirby", aliases=["Kirby"])
a(
    "two years",
    2,
    "duration",
    "period of margin squeeze",
    unit="year",
    after="margins after ",
    opt=True,
    **HK,
)
a(
    "3.12 per cent",
    3.12,
    "percent",
    "net interest margin in the fourth quarter",
    unit="percent",
    **HK,
)
a(
    "above 3.15 per cent",
    3.15,
    "percent",
    "expected net interest margin for 2030",
    q="more_than",
    unit="percent",
    **HK,
)
RM = dict(speaker="Rajiv Mehta", aliases=["Mehta"])
a("22 per cent", 22, "percent", "fall in impairment charges", unit="percent", **RM)
a("£980mn", 980e6, "money", "impairment charges", unit="GBP", **RM)
a("14.3 per cent", 14.3, "percent", "common equity tier one ratio", unit="percent", **RM)
a(
    "more than 15 per cent",
    15,
    "percent",
    "target return on tangible equity in 2031",
    q="more_than",
    unit="percent",
    **ASH,
)
a("13 per cent", 13, "percent", "previous return on tangible equity target", unit="percent", **ASH)
a("£14bn", 14e9, "money", "net new assets in the wealth division", unit="GBP")
a(
    "about £112bn",
    112e9,
    "money",
    "client assets managed by the wealth division",
    q="approximate",
    unit="GBP",
)
a(
    "£14bn",
    14e9,
    "money",
    "net new assets in a single year",
    unit="GBP",
    after="Net new assets of ",
    speaker="Priya Natarajan",
    aliases=["Natarajan"],
)
a(
    "below 50 per cent",
    50,
    "percent",
    "Ashcombe's cost-to-income ratio",
    q="less_than",
    unit="percent",
    speaker="Jefferies",
    aliases=["Analysts at Jefferies"],
)
a("4.2 per cent", 4.2, "percent", "rise in Ashcombe shares by midday", unit="percent")
a("12 months", 12, "duration", "period of the share gain", unit="month", opt=True)
a("38 per cent", 38, "percent", "gain in Ashcombe shares over 12 months", unit="percent")
a("£210mn", 210e6, "money", "further provision for motor finance compensation", unit="GBP")
a("£1.1bn", 1.1e9, "money", "total motor finance provision", unit="GBP")
a(
    "about £8.2bn",
    8.2e9,
    "money",
    "cost to lenders of the motor finance redress scheme",
    q="approximate",
    unit="GBP",
    speaker="Financial Conduct Authority",
    aliases=["FCA"],
)
a("about 1,800", 1800, "count", "roles to be cut", q="approximate", **HK)
a(
    "two years",
    2,
    "duration",
    "period of the job cuts",
    unit="year",
    after="over the next ",
    opt=True,
    **HK,
)
a("120", 120, "count", "branches to close", **HK)
a(
    "About 70 per cent",
    70,
    "percent",
    "share of customers using only the app",
    q="approximate",
    unit="percent",
    **HK,
)
a(
    "more than 4,000",
    4000,
    "count",
    "jobs cut by Ashcombe since 2026",
    q="more_than",
    speaker="Accord",
    aliases=["Accord union"],
    date="2030-02-19",
)

# 2507: Irish regional newspaper page, school and transport stories (Tuesday 5 March 2030).
doc("2507_suir-valley-champion-two-stories-2030-03-05.txt", "2030-03-05", None)
a("€9.4m", 9.4e6, "money", "cost of the school extension", unit="EUR", opt=True)
a(
    "€9.4 million",
    9.4e6,
    "money",
    "cost of the Scoil Mhuire Community College extension",
    unit="EUR",
    speaker="Declan Fitzgerald",
    aliases=["Deputy Fitzgerald", "Fitzgerald"],
    date="2030-03-01",
)
a("812", 812, "count", "students at Scoil Mhuire Community College")
a("11", 11, "count", "prefabricated classrooms in use", after="relied on ")
GW = dict(speaker="Gráinne Walsh", aliases=["Walsh", "principal Gráinne Walsh"])
a("140", 140, "count", "rise in enrolment", **GW)
a("five years", 5, "duration", "period of the enrolment rise", unit="year", opt=True, **GW)
a("36", 36, "count", "first-year applicants turned away", **GW)
a("16", 16, "count", "classrooms to be added", **GW)
a("two", 2, "count", "science laboratories to be added", after="16 classrooms, ", **GW)
a("12", 12, "count", "places in the special class", after="special class for ", **GW)
DE = dict(
    speaker="Department of Education", aliases=["spokesperson for the Department of Education"]
)
a("27", 27, "count", "school building projects approved nationally", **DE)
a(
    "€186 million",
    186e6,
    "money",
    "combined value of the approved school projects",
    unit="EUR",
    **DE,
)
a(
    "about 18 months",
    18,
    "duration",
    "expected length of the building work",
    q="approximate",
    unit="month",
)
a(
    "almost double",
    2,
    "measure",
    "rise in Local Link passenger numbers",
    q="nearly",
    unit="times",
    opt=True,
)
a(
    "almost doubled",
    2,
    "measure",
    "rise in passenger numbers on the Local Link route",
    q="nearly",
    unit="times",
    date="2030-03-04",
    opt=True,
)
NTA = dict(speaker="National Transport Authority", aliases=["NTA"], date="2030-03-04")
a("61,300", 61300, "count", "journeys on the Local Link route", period="2029", **NTA)
a("33,900", 33900, "count", "journeys on the Local Link route the year before", **NTA)
a("22 per cent", 22, "percent", "share of journeys on weekend services", unit="percent")
a(
    "three",
    3,
    "count",
    "daily buses on the Carrick to Kilkenny road",
    after="only ",
    speaker="Kieran Bourke",
    aliases=["Cllr Kieran Bourke", "Bourke"],
    date="2030-03-04",
)
OK = dict(speaker="Orla Keane", aliases=["Keane"], date="2030-03-04")
a("40-seat", 40, "count", "seats on the new electric bus", opt=True, **OK)
a(
    "€2.3 million",
    2.3e6,
    "money",
    "spending on bus shelters and signs in south Tipperary",
    unit="EUR",
    **OK,
)
a("14", 14, "count", "new bus shelters and real-time signs", after="on ", **OK)
MP = dict(speaker="Marie Phelan", aliases=["Cllr Marie Phelan", "Phelan"], date="2030-03-04")
a(
    "One in every eight",
    12.5,
    "percent",
    "share of buses running late last autumn",
    unit="percent",
    **MP,
)
a(
    "more than 10 minutes",
    10,
    "duration",
    "lateness threshold",
    q="more_than",
    unit="minute",
    opt=True,
    **MP,
)
IE = dict(speaker="Iarnród Éireann", aliases=["Irish Rail"])
a(
    "118,000",
    118000,
    "count",
    "passengers on the Limerick Junction to Waterford line",
    period="last year",
    **IE,
)
a("9 per cent", 9, "percent", "increase in passengers on the line", unit="percent", **IE)

GOLD.build()
