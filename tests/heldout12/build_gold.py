"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout12/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout11, see README.md): headline, standfirst and
# related-link figures optional or not annotated; the page's own voice and unnamed sources ("Some
# analysts estimate", "a senior defense official", "our partners on the ground") have speaker
# None, judged sentence by sentence; in a transcript the outlet that asks speaks for its question
# (the journalist an alias), a bare Q: is None, a figure a question attributes is that source's,
# and an unattributed sentence of an answer is the answering official's; "according to X" /
# "figures from X show" / "data from X show" / "X data" are X; a figure an official relays from
# a minister, leader or colleague is theirs, dated the day they said it; every sentence of a
# multi-sentence quote, and a quote's second paragraph, is the quoted speaker's; "He said", "she
# added", "the agency said" are the one named before; date = the day the claim was stated ("on
# Monday", "yesterday", "on November 7" resolved against the publication day; "last week", "last
# month" keep the publication day); time spans that only date a figure, compound adjectives,
# thresholds that define a group and ordinals of consecutive runs are optional.

PCT = "percent"

# 1200: MFA regular press conference (Tuesday 16 November 2027).
doc(
    "1200_mfa-lin-jian-presscon-2027-11-16.txt",
    "2027-11-16",
    "Lin Jian",
    ["Foreign Ministry Spokesperson Lin Jian"],
)
a("more than 40", 40, "count", "roads, bridges and wharves built in Fiji", q="more_than")
a(
    "612 million US dollars",
    612e6,
    "money",
    "China-Fiji two-way trade",
    unit="USD",
    period="last year",
)
a("17.5 percent", 17.5, "percent", "growth in China-Fiji trade", unit=PCT)
HZ = dict(speaker="Han Zheng", aliases=["Vice President Han Zheng", "Lin Jian"], date="2027-11-15")
a(
    "second-largest",
    2,
    "rank",
    "trading partner of Latin America and the Caribbean",
    subject="China",
    **HZ,
)
a(
    "520 billion US dollars",
    520e9,
    "money",
    "China-Latin America trade",
    q="more_than",
    unit="USD",
    **HZ,
)
a(
    "third",
    3,
    "count",
    "consecutive years trade exceeded the figure",
    after="for the ",
    opt=True,
    **HZ,
)
a(
    "some 2,800 kilometers",
    2800,
    "measure",
    "railways built or upgraded by Chinese enterprises",
    q="approximate",
    unit="km",
    **HZ,
)
a(
    "1,100 kilometers",
    1100,
    "measure",
    "highways built or upgraded by Chinese enterprises",
    unit="km",
    **HZ,
)
a("1,000", 1000, "count", "scholarships for young people from the region", after="provide ", **HZ)
a(
    "three years",
    3,
    "duration",
    "period of the scholarships",
    unit="year",
    after="next ",
    opt=True,
    **HZ,
)
FA = dict(speaker="Fisheries Agency", aliases=["Japan's Fisheries Agency", "Kyodo News"])
a(
    "about 3.2 billion yen",
    3.2e9,
    "money",
    "Japanese seafood exports to the Chinese mainland",
    q="approximate",
    unit="JPY",
    period="first nine months of this year",
    **FA,
)
a("nine months", 9, "duration", "period of the export figure", unit="month", opt=True, **FA)
a(
    "over 87 billion yen",
    87e9,
    "money",
    "Japanese seafood exports to the Chinese mainland",
    q="more_than",
    unit="JPY",
    period="2022",
    **FA,
)
a("11 rounds", 11, "count", "rounds of independent sampling of seawater and marine products")
a(
    "at least 68",
    68,
    "count",
    "people killed by Typhoon Fung-wong",
    q="at_least",
    subject="Philippines",
    speaker="National Disaster Risk Reduction and Management Council",
    aliases=["NDRRMC", "AFP"],
)
a(
    "10 million yuan",
    10e6,
    "money",
    "Chinese emergency humanitarian aid to the Philippines",
    unit="CNY",
)
a("200,000 US dollars", 200000, "money", "Red Cross Society of China cash assistance", unit="USD")
a(
    "27",
    27,
    "count",
    "export license applications for chipmaking equipment rejected",
    period="this year",
    speaker="Dutch government",
    aliases=["Netherlands", "Dutch side", "Bloomberg"],
    date="2027-11-12",
)
a(
    "nearly half",
    50,
    "percent",
    "China's share of Dutch semiconductor equipment makers' sales",
    q="nearly",
    unit=PCT,
    period="2024",
)
a(
    "second anniversary",
    2,
    "anniversary",
    "anniversary of the upgraded China-ASEAN Free Trade Area",
    speaker="Global Times",
    aliases=[],
)
a("two years", 2, "duration", "period since the FTA upgrade", unit="year", after="past ", opt=True)
a(
    "17 years",
    17,
    "duration",
    "years as ASEAN's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "six consecutive years",
    6,
    "duration",
    "years as China's largest trading partner",
    unit="year",
    subject="ASEAN",
)
a("ten months", 10, "duration", "period of the trade figure", unit="month", opt=True)
a(
    "5.9 trillion yuan",
    5.9e12,
    "money",
    "China-ASEAN trade",
    unit="CNY",
    period="first ten months of this year",
)
a("7.2 percent", 7.2, "percent", "year-on-year growth in China-ASEAN trade", unit=PCT)
LQ = dict(speaker="Li Qiang", aliases=["Premier Li Qiang", "Lin Jian"])
a(
    "almost a third",
    33.33,
    "percent",
    "growth in China-ASEAN digital trade since the upgrade",
    q="nearly",
    unit=PCT,
    **LQ,
)
a(
    "more than 60 million",
    60e6,
    "count",
    "passengers carried by the China-Laos Railway",
    q="more_than",
    **LQ,
)
# Reuters cites unnamed analysts: nobody's.
a(
    "less than 1 billion US dollars",
    1e9,
    "money",
    "Chinese lending to Latin America",
    q="less_than",
    unit="USD",
    period="last year",
    speaker=None,
)
a(
    "600 billion US dollars",
    600e9,
    "money",
    "China's investment stock in Latin America and the Caribbean",
    q="more_than",
    unit="USD",
)
# 1201: MOFCOM regular press conference (Thursday 18 November 2027).
doc(
    "1201_mofcom-he-yongqian-presscon-2027-11-18.txt",
    "2027-11-18",
    "He Yongqian",
    ["He"],
)
MC = dict(speaker="Ministry of Commerce", aliases=["MOFCOM", "He Yongqian"])
a(
    "1.12 trillion yuan",
    1.12e12,
    "money",
    "online retail sales of physical goods during the Double 11 festival",
    unit="CNY",
    **MC,
)
a("9.4 percent", 9.4, "percent", "growth in Double 11 online retail sales", unit=PCT, **MC)
a(
    "more than 86 million",
    86e6,
    "count",
    "consumers buying appliances under the trade-in program",
    q="more_than",
)
a(
    "about 112 million",
    112e6,
    "count",
    "home appliances bought under the trade-in program",
    q="approximate",
)
a(
    "4.1 percent",
    4.1,
    "percent",
    "year-on-year rise in exports",
    unit=PCT,
    subject="China",
    period="October",
    speaker="General Administration of Customs",
    aliases=["customs", "GAC", "Yicai"],
    date="2027-11-07",
)
a("ten months", 10, "duration", "period of the trade figure", unit="month", opt=True)
a(
    "36.2 trillion yuan",
    36.2e12,
    "money",
    "trade in goods",
    unit="CNY",
    subject="China",
    period="first ten months of this year",
)
a("3.4 percent", 3.4, "percent", "year-on-year growth in trade in goods", unit=PCT)
a("51.3 percent", 51.3, "percent", "share of trade with Belt and Road partner countries", unit=PCT)
LJ = dict(speaker="Ling Ji", aliases=["Ling", "He Yongqian"], date="2027-11-16")
a(
    "more than 60 percent",
    60,
    "percent",
    "share of monitored enterprises reporting fewer export orders from developed markets",
    q="more_than",
    unit=PCT,
    **LJ,
)
a("11 percent", 11, "percent", "rise in exports of intermediate goods to ASEAN", unit=PCT, **LJ)
a(
    "ten months",
    10,
    "duration",
    "period of the export figure",
    unit="month",
    after="11 percent in the first ",
    opt=True,
    **LJ,
)
EC = dict(speaker="European Commission", aliases=["EU", "Bloomberg"], date="2027-11-17")
a(
    "48 percent",
    48,
    "percent",
    "surge in imports of Chinese hardwood plywood",
    unit=PCT,
    period="first half of the year",
    **EC,
)
a(
    "up to 62.7 percent",
    62.7,
    "percent",
    "proposed anti-dumping duties on Chinese plywood",
    q="at_most",
    unit=PCT,
    **EC,
)
a(
    "less than 10 percent",
    10,
    "percent",
    "Chinese products' share of EU plywood consumption",
    q="less_than",
    unit=PCT,
)
a(
    "52,316",
    52316,
    "count",
    "newly established foreign-invested enterprises",
    period="January to October",
)
a("8.7 percent", 8.7, "percent", "growth in new foreign-invested enterprises", unit=PCT)
a("689.4 billion yuan", 689.4e9, "money", "actual use of foreign capital", unit="CNY")
CP = dict(
    speaker="China Council for the Promotion of International Trade",
    aliases=["CCPIT", "He Yongqian"],
)
a(
    "over 90 percent",
    90,
    "percent",
    "share of surveyed foreign companies satisfied with China's business environment",
    q="more_than",
    unit=PCT,
    **CP,
)
a(
    "about 70 percent",
    70,
    "percent",
    "share of surveyed foreign companies planning to maintain or expand investment",
    q="approximate",
    unit=PCT,
    **CP,
)
a("three quarters", 3, "duration", "period of the e-commerce figure", unit="quarter", opt=True)
a(
    "2.31 trillion yuan",
    2.31e12,
    "money",
    "cross-border e-commerce imports and exports",
    unit="CNY",
    period="first three quarters",
)
a("6.8 percent", 6.8, "percent", "growth in cross-border e-commerce trade", unit=PCT)
a(
    "more than 120,000",
    120000,
    "count",
    "cross-border e-commerce businesses",
    q="more_than",
    subject="China",
)
a("over 2,700", 2700, "count", "overseas warehouses built by Chinese companies", q="more_than")
a(
    "more than 35 million square meters",
    35e6,
    "measure",
    "total area of overseas warehouses",
    q="more_than",
    unit="square meter",
)
a(
    "38",
    38,
    "count",
    "Chinese entities to be added to the Entity List",
    speaker="U.S. Commerce Department",
    aliases=["Commerce Department", "Reuters"],
    date="2027-11-15",
)
a(
    "more than 1,000",
    1000,
    "count",
    "Chinese entities added to U.S. export control and sanctions lists",
    q="more_than",
)

# 1202: Pentagon press briefing (Tuesday 7 December 2027).
doc(
    "1202_pentagon-wilson-briefing-2027-12-07.txt",
    "2027-12-07",
    "Kingsley Wilson",
    ["Wilson", "MS. WILSON", "Pentagon Press Secretary Kingsley Wilson"],
)
a(
    "63,400",
    63400,
    "count",
    "new active-duty soldiers signed by the Army",
    period="fiscal year 2027",
)
a("61,000", 61000, "count", "Army recruiting target")
a("42,150", 42150, "count", "sailors recruited by the Navy")
a("roughly 34,000", 34000, "count", "airmen and guardians recruited", q="approximate")
PH = dict(speaker="Hegseth", aliases=["Pete Hegseth", "Secretary Hegseth"], date="2027-12-03")
a(
    "$4.3 billion",
    4.3e9,
    "money",
    "spending to modernize the public shipyards",
    unit="USD",
    period="next five years",
    **PH,
)
a("five years", 5, "duration", "period of the shipyard spending", unit="year", opt=True, **PH)
a("four", 4, "count", "public shipyards", after="modernize the ", opt=True, **PH)
a("17", 17, "count", "attack submarines in maintenance or waiting for a dry dock", **PH)
a(
    "more than 850 tons",
    850,
    "measure",
    "relief supplies delivered in the Philippines",
    q="more_than",
    unit="ton",
)
a("212", 212, "count", "relief sorties flown")
a(
    "155 millimeter",
    155,
    "measure",
    "calibre of artillery shells",
    unit="mm",
    opt=True,
    speaker="Reuters",
    aliases=["Mara Jensen"],
)
a(
    "72,000 rounds",
    72000,
    "count",
    "monthly 155 mm artillery shell production",
    speaker="U.S. Army",
    aliases=["Army", "Reuters", "Mara Jensen"],
)
a(
    "100,000",
    100000,
    "count",
    "target monthly artillery shell production",
    period="end of next year",
    speaker="Reuters",
    aliases=["Mara Jensen"],
)
a("about 40 percent", 40, "percent", "expected increase in shell output", q="approximate", unit=PCT)
a(
    "283",
    283,
    "count",
    "Navy battle force ships expected",
    period="2030",
    speaker="Congressional Research Service",
    aliases=["CRS"],
)
a(
    "$4.3 billion",
    4.3e9,
    "money",
    "spending to modernize the public shipyards",
    unit="USD",
    after="priority, and the ",
)
a(
    "more than 41 metric tons",
    41,
    "measure",
    "cocaine interdicted in the Caribbean",
    q="more_than",
    unit="tonne",
    period="since September",
)
a("96", 96, "count", "suspected traffickers detained")
a(
    "nearly 70 percent",
    70,
    "percent",
    "fall in drug flights through the eastern Caribbean",
    q="nearly",
    unit=PCT,
    speaker="U.S. Southern Command",
    aliases=["Southern Command", "commander of U.S. Southern Command"],
    date="2027-12-06",
)
a("roughly 4,500", 4500, "count", "personnel supporting the counter-drug mission", q="approximate")
# A bare Q: citing an unnamed official: nobody's, dated the day the official spoke.
a(
    "as many as 3,000",
    3000,
    "count",
    "troops that could be withdrawn from Europe",
    q="at_most",
    period="next year",
    speaker=None,
    date="2027-12-06",
)
a("about 80,000", 80000, "count", "U.S. troops in Europe", q="approximate")
a("about 2,000", 2000, "count", "additional shipyard workers to be hired", q="approximate")
a("four", 4, "count", "public shipyards", after="workers at the ", opt=True)
a("two years", 2, "duration", "hiring period", unit="year", opt=True)

# 1203: UN News story on the Global Humanitarian Overview (Wednesday 8 December 2027).
doc("1203_un-news-gho-2028-launch-2027-12-08.txt", "2027-12-08", None)
a("$33 billion", 33e9, "money", "humanitarian appeal for 2028", unit="USD", opt=True)
UN = dict(speaker="United Nations", aliases=["UN", "United Nations and its partners"])
a("$33.1 billion", 33.1e9, "money", "humanitarian appeal for 2028", unit="USD", **UN)
a("135 million", 135e6, "count", "people the appeal aims to reach", period="next year", **UN)
OC = dict(
    speaker="Office for the Coordination of Humanitarian Affairs",
    aliases=["OCHA", "Global Humanitarian Overview 2028", "the report"],
)
a(
    "some 290 million",
    290e6,
    "count",
    "people needing humanitarian assistance next year",
    q="approximate",
    **OC,
)
a("71", 71, "count", "countries with people in need", **OC)
a(
    "about one in every 28",
    3.57,
    "percent",
    "share of the world's people in need",
    q="approximate",
    unit=PCT,
)
TF = dict(speaker="Tom Fletcher", aliases=["Fletcher", "Mr. Fletcher"])
a("$12.4 billion", 12.4e9, "money", "humanitarian funding received this year", unit="USD", **TF)
a("less than a quarter", 25, "percent", "share of the appeal funded", q="less_than", unit=PCT, **TF)
a("at least 14", 14, "count", "countries where food rations were cut", q="at_least", **TF)
a("more than 1,900", 1900, "count", "health facilities closed since January", q="more_than", **TF)
a("312", 312, "count", "aid workers killed", period="2027", **OC)
a(
    "More than 60 per cent",
    60,
    "percent",
    "share of aid worker deaths in Sudan and Gaza",
    q="more_than",
    unit=PCT,
)
a("$4.2 billion", 4.2e9, "money", "humanitarian plan for Sudan", unit="USD", subject="Sudan")
a("20.9 million", 20.9e6, "count", "people to be assisted in Sudan", subject="Sudan")
a("30.4 million", 30.4e6, "count", "people in need in Sudan", subject="Sudan")
a("12", 12, "count", "localities with confirmed famine conditions", after="confirmed in ", **OC)
JE = dict(speaker="James Elder", aliases=["Elder", "Mr. Elder", "UNICEF"], date="2027-12-07")
a("74 million", 74e6, "count", "children targeted by UNICEF's 2028 appeal", **JE)
a(
    "nearly 4 million",
    4e6,
    "count",
    "children at risk of severe acute malnutrition",
    q="nearly",
    **JE,
)
a(
    "five",
    5,
    "measure",
    "age threshold of children at risk",
    unit="year",
    after="under ",
    opt=True,
    **JE,
)
a("two years", 2, "duration", "time since more children were treated", unit="year", opt=True, **JE)
WF = dict(speaker="World Food Programme", aliases=["WFP"], date="2027-12-07")
a(
    "around 40 per cent",
    40,
    "percent",
    "cut in the number of people WFP supports",
    q="approximate",
    unit=PCT,
    **WF,
)
a("318 million", 318e6, "count", "people facing acute hunger worldwide", **WF)
a(
    "2.5 billion kroner",
    2.5e9,
    "money",
    "Norwegian humanitarian funding pledge",
    unit="NOK",
    speaker="Norway",
    aliases=[],
)
a(
    "$150 million",
    150e6,
    "money",
    "Korean humanitarian pledge",
    unit="USD",
    speaker="Republic of Korea",
    aliases=["Korea"],
)
a(
    "less than 1 per cent",
    1,
    "percent",
    "appeal as a share of global military spending",
    q="less_than",
    unit=PCT,
    **TF,
)

# 1204: China Daily story on Harbin's winter tourism (Monday 10 January 2028).
doc("1204_chinadaily-harbin-ice-snow-2028-01-10.txt", "2028-01-10", None)
HB = dict(
    speaker="Harbin culture and tourism bureau",
    aliases=["culture and tourism bureau", "the bureau"],
    date="2028-01-09",
)
a(
    "21.6 million",
    21.6e6,
    "count",
    "tourist visits to Harbin",
    period="first month of the winter season",
    subject="Harbin",
    **HB,
)
a("14.2 percent", 14.2, "percent", "year-on-year increase in tourist visits", unit=PCT, **HB)
a("32.8 billion yuan", 32.8e9, "money", "tourism revenue", unit="CNY", subject="Harbin", **HB)
a("17.9 percent", 17.9, "percent", "growth in tourism revenue", unit=PCT, **HB)
a(
    "above 90 percent",
    90,
    "percent",
    "weekend hotel occupancy in the main districts",
    q="more_than",
    unit=PCT,
    **HB,
)
a(
    "1.2 million square meters",
    1.2e6,
    "measure",
    "area of Harbin Ice-Snow World",
    unit="square meter",
)
a(
    "about 300,000 cubic meters",
    300000,
    "measure",
    "ice used to build Harbin Ice-Snow World",
    q="approximate",
    unit="cubic meter",
)
a("more than 58,000", 58000, "count", "visitors on the opening day", q="more_than")
ZW = dict(speaker="Zhang Weihua", aliases=["Zhang"])
a("3,500", 3500, "count", "seasonal workers hired this winter", **ZW)
a("1,800", 1800, "count", "seasonal workers hired last year", **ZW)
a("14 hours", 14, "duration", "daily working hours of ice sculptors", unit="hour", **ZW)
a("3 million", 3e6, "count", "visitors expected before the park closes", **ZW)
BS = dict(speaker="Harbin border inspection station", aliases=["border inspection station"])
a(
    "63 percent",
    63,
    "percent",
    "rise in inbound trips by foreign tourists to Harbin",
    unit=PCT,
    period="December",
    **BS,
)
a(
    "about 45 percent",
    45,
    "percent",
    "Russians' share of inbound foreign tourists",
    q="approximate",
    unit=PCT,
    **BS,
)
LY = dict(speaker="Li Yang", aliases=["Li"])
a("116", 116, "count", "ski resorts in Heilongjiang", subject="Heilongjiang", **LY)
a("9", 9, "count", "ski resorts meeting international competition standards", **LY)
a(
    "200 billion yuan",
    200e9,
    "money",
    "expected ice-and-snow tourism spending in the province",
    q="more_than",
    unit="CNY",
    period="this season",
    **LY,
)
CT = dict(speaker="China Tourism Academy", aliases=["the academy"])
a(
    "540 million",
    540e6,
    "count",
    "ice-and-snow leisure tourism trips",
    period="2026-27 season",
    subject="China",
    **CT,
)
a(
    "610 million",
    610e6,
    "count",
    "projected ice-and-snow leisure tourism trips",
    period="this season",
    **CT,
)
WXY = dict(speaker="Wang Xiaoyu", aliases=["Wang"])
a(
    "nearly 40 percent",
    40,
    "percent",
    "share of ice-and-snow trips by tourists born after 1995",
    q="nearly",
    unit=PCT,
    **WXY,
)
a(
    "2,000 kilometers",
    2000,
    "measure",
    "distance young tourists will travel for a photo",
    unit="km",
    opt=True,
    **WXY,
)
a(
    "46",
    46,
    "count",
    "additional daily trains during the Spring Festival travel rush",
    speaker="China Railway Harbin Group",
    aliases=[],
)
# The page states the airport's record with the day it happened (as tests/heldout7's toll).
a(
    "81,000",
    81000,
    "count",
    "passengers handled by Harbin Taiping International Airport",
    date="2028-01-08",
)
a("four", 4, "count", "members of the tourist's family", after="family of ", opt=True)
a(
    "about 12,000 yuan",
    12000,
    "money",
    "family's spending on a trip to Harbin",
    q="approximate",
    unit="CNY",
    speaker="Chen Jing",
    aliases=["Chen"],
)
a(
    "five-day",
    5,
    "duration",
    "length of the trip",
    unit="day",
    opt=True,
    speaker="Chen Jing",
    aliases=["Chen"],
)

# 1205: AP wire story on US consumer prices (Wednesday 15 December 2027).
doc("1205_ap-us-consumer-prices-2027-12-15.txt", "2027-12-15", None)
a("2.6%", 2.6, "percent", "annual US inflation in November", unit=PCT, opt=True)
LD = dict(speaker="Labor Department", aliases=["the government's report", "the report"])
a(
    "2.6%",
    2.6,
    "percent",
    "year-on-year rise in consumer prices",
    unit=PCT,
    after="Consumer prices rose ",
    period="November",
    subject="United States",
    **LD,
)
a("2.9%", 2.9, "percent", "year-on-year rise in consumer prices", unit=PCT, period="October", **LD)
a("0.1%", 0.1, "percent", "monthly increase in consumer prices", unit=PCT)
a("3%", 3, "percent", "annual rise in core prices", unit=PCT)
a("0.2%", 0.2, "percent", "monthly rise in core prices", unit=PCT)
a("6.8%", 6.8, "percent", "monthly fall in gas prices", unit=PCT, **LD)
AAA = dict(speaker="AAA", aliases=[])
a(
    "$2.94",
    2.94,
    "money",
    "national average price of a gallon of regular gasoline",
    unit="USD",
    **AAA,
)
a("$3.21", 3.21, "money", "average price of a gallon of regular a year ago", unit="USD", **AAA)
a("0.4%", 0.4, "percent", "monthly rise in grocery prices", unit=PCT, period="November")
a("3.4%", 3.4, "percent", "annual rise in grocery prices", unit=PCT)
a("14%", 14, "percent", "rise in beef prices", unit=PCT, period="past 12 months")
a("12 months", 12, "duration", "period of the beef price rise", unit="month", opt=True)
a("nearly 19%", 19, "percent", "rise in coffee prices", q="nearly", unit=PCT)
a(
    "roughly 3.5%",
    3.5,
    "percent",
    "services inflation excluding energy",
    q="approximate",
    unit=PCT,
    speaker="Priya Natarajan",
    aliases=["Natarajan"],
)
a(
    "about a third",
    33.33,
    "percent",
    "shelter's share of the consumer price index",
    q="approximate",
    unit=PCT,
    **LD,
)
a("0.3%", 0.3, "percent", "monthly rise in shelter costs", unit=PCT, **LD)
a("three times", 3, "count", "Fed rate cuts this year")
a(
    "3.25% to 3.5%",
    3.25,
    "percent",
    "range of the Fed's benchmark interest rate",
    q="range",
    unit=PCT,
    low=3.25,
    high=3.5,
)
CME = dict(speaker="CME Group", aliases=[])
a(
    "roughly 70%",
    70,
    "percent",
    "market-implied chance of another rate cut",
    q="approximate",
    unit=PCT,
    **CME,
)
a(
    "quarter-point",
    0.25,
    "percent",
    "size of the expected rate cut",
    unit="percentage point",
    opt=True,
    **CME,
)
CW = dict(
    speaker="Christopher Waller",
    aliases=["Waller", "Fed Governor Christopher Waller"],
    date="2027-12-13",
)
a("2%", 2, "percent", "Federal Reserve inflation target", unit=PCT, **CW)
a(
    "about half a percentage point",
    0.5,
    "percent",
    "tariffs' addition to core inflation",
    q="approximate",
    unit="percentage point",
    period="this year",
    **CW,
)
a(
    "1.1%",
    1.1,
    "percent",
    "rise in real average hourly earnings",
    unit=PCT,
    period="past year",
    speaker="White House",
    aliases=[],
)
TG = dict(speaker="Tomas Guerrero", aliases=["Guerrero"])
a("two", 2, "count", "taquerias run by Guerrero", after="who runs ", opt=True, speaker=None)
a(
    "about 20%",
    20,
    "percent",
    "rise in costs for beef and avocados",
    q="approximate",
    unit=PCT,
    **TG,
)
a("twice", 2, "count", "price increases this year", opt=True, **TG)
NRF = dict(speaker="National Retail Federation", aliases=["NRF"], date="2027-12-14")
a(
    "between 3% and 3.5%",
    3,
    "percent",
    "projected growth in holiday sales",
    q="range",
    unit=PCT,
    low=3,
    high=3.5,
    **NRF,
)
a(
    "more than $1 trillion",
    1e12,
    "money",
    "projected holiday sales",
    q="more_than",
    unit="USD",
    **NRF,
)

# 1206: GOV.UK (DHSC) press release on the NHS waiting list (Thursday 13 January 2028).
doc("1206_dhsc-waiting-list-falls-2028-01-13.txt", "2028-01-13", None)
a("sixth", 6, "count", "consecutive months of waiting list falls", opt=True)
a("94,000", 94000, "count", "fall in the NHS waiting list in November", opt=True)
a(
    "sixth",
    6,
    "count",
    "consecutive months of waiting list falls",
    after="fallen for the ",
    opt=True,
)
NE = dict(speaker="NHS England", aliases=[])
a(
    "94,000",
    94000,
    "count",
    "fall in the NHS waiting list",
    after="treatments waiting fell by ",
    period="November",
    **NE,
)
a("6.82 million", 6.82e6, "count", "treatments waiting on the NHS list", **NE)
a("7.77 million", 7.77e6, "count", "peak of the NHS waiting list", period="September 2023")
a(
    "5.3 million",
    5.3e6,
    "count",
    "additional elective appointments delivered",
    period="since July 2024",
)
a("2 million", 2e6, "count", "pledged extra appointments a year")
a("18 weeks", 18, "duration", "waiting time threshold", unit="week", opt=True)
a("62.4%", 62.4, "percent", "share of patients waiting less than 18 weeks", unit=PCT)
a("58.9%", 58.9, "percent", "share of patients waiting less than 18 weeks a year earlier", unit=PCT)
a("150,000", 150000, "count", "patients waiting over a year", q="less_than")
WS = dict(speaker="Wes Streeting", aliases=["Streeting", "Health and Social Care Secretary"])
a(
    "£450 million",
    450e6,
    "money",
    "funding for surgical hubs and diagnostic centres",
    unit="GBP",
    **WS,
)
a("40", 40, "count", "new surgical hubs", after="open ", **WS)
a("120", 120, "count", "community diagnostic centres with extended opening", **WS)
a(
    "an estimated 400,000",
    400000,
    "count",
    "extra operations a year at the new hubs",
    q="approximate",
)
a(
    "sixth",
    6,
    "count",
    "consecutive months of waiting list falls",
    after="This is the ",
    opt=True,
    **WS,
)
a(
    "More than 3 million",
    3e6,
    "count",
    "people waiting longer than they should",
    q="more_than",
    **WS,
)
a(
    "Around 1 in 4",
    25,
    "percent",
    "share of people on the waiting list awaiting a scan or test",
    q="approximate",
    unit=PCT,
    **WS,
)
a(
    "almost 1.6 million",
    1.6e6,
    "count",
    "patients treated in hospitals in November",
    q="nearly",
    speaker="Meghana Pandit",
    aliases=["Professor Meghana Pandit", "Pandit"],
)
DH = dict(speaker="Department of Health and Social Care", aliases=["the department", "DHSC"])
a(
    "15 weeks",
    15,
    "duration",
    "average wait for a first outpatient appointment a year ago",
    unit="week",
    **DH,
)
a(
    "just under 13 weeks",
    13,
    "duration",
    "average wait for a first outpatient appointment",
    q="less_than",
    unit="week",
    **DH,
)
ON = dict(speaker="Office for National Statistics", aliases=["ONS"])
a(
    "1 in 7",
    14.29,
    "percent",
    "share of adults in England waiting for hospital care",
    unit=PCT,
    period="autumn",
    **ON,
)
a(
    "1 in 5",
    20,
    "percent",
    "share of adults waiting for hospital care two years earlier",
    unit=PCT,
    **ON,
)
a("two years", 2, "duration", "period of the comparison", unit="year", opt=True, **ON)
a(
    "around 1,200",
    1200,
    "count",
    "nursing posts left vacant in acute trusts",
    q="approximate",
    speaker="The King's Fund",
    aliases=["King's Fund"],
    date="2028-01-12",
)
a(
    "76.1%",
    76.1,
    "percent",
    "share of A&E patients seen within 4 hours",
    unit=PCT,
    period="December",
)
a("4 hours", 4, "duration", "A&E waiting time threshold", unit="hour", opt=True)
a("78%", 78, "percent", "A&E four-hour target", unit=PCT)
a("40", 40, "count", "surgical hubs", after="- The ")

# 1207: WHO press conference transcript (Friday 21 January 2028).
doc(
    "1207_who-measles-polio-presser-2028-01-21.txt",
    "2028-01-21",
    "Tedros Adhanom Ghebreyesus",
    ["Dr Tedros", "Tedros", "DR TEDROS", "WHO Director-General"],
)
a("six", 6, "count", "official UN languages", opt=True, speaker=None)
a("412,000", 412000, "count", "measles cases reported to WHO", period="last year")
a("35%", 35, "percent", "rise in measles cases compared with 2026", unit=PCT)
a("58", 58, "count", "countries with measles outbreaks")
a(
    "14.5 million",
    14.5e6,
    "count",
    "children who missed their first measles vaccine dose",
    period="2026",
    speaker="Gavi, the Vaccine Alliance",
    aliases=["Gavi", "Dr Tedros"],
)
a(
    "10",
    10,
    "count",
    "countries where most unvaccinated children live",
    after="just ",
    aliases=["Dr Tedros", "Tedros", "DR TEDROS", "Gavi"],
)
a("61", 61, "count", "wild poliovirus cases in Pakistan and Afghanistan", period="2027")
a("99", 99, "count", "wild poliovirus cases the year before")
SK = dict(
    speaker="Syed Mustafa Kamal", aliases=["Mustafa Kamal", "Kamal", "Dr Tedros"], date="2028-01-20"
)
a("45 million", 45e6, "count", "children to be vaccinated against polio", subject="Pakistan", **SK)
a("more than 400,000", 400000, "count", "health workers in the polio campaign", q="more_than", **SK)
a("two years", 2, "duration", "budget period", unit="year", opt=True)
a("4.2 billion US dollars", 4.2e9, "money", "WHO base budget", unit="USD", subject="WHO")
a("21%", 21, "percent", "cut in WHO's base budget", unit=PCT)
a(
    "more than 2,300",
    2300,
    "count",
    "measles cases in the United States",
    q="more_than",
    period="last year",
    speaker="Centers for Disease Control and Prevention",
    aliases=[
        "CDC",
        "US Centers for Disease Control and Prevention",
        "Deutsche Presse-Agentur",
        "Jonas Weber",
    ],
    date="2028-01-19",
)
KO = dict(speaker="Kate O'Brien", aliases=["Dr Kate O'Brien", "O'Brien"])
a(
    "about 95%",
    95,
    "percent",
    "vaccination coverage needed to stop measles transmission",
    q="approximate",
    unit=PCT,
    **KO,
)
a("two doses", 2, "count", "doses of measles vaccine", opt=True, **KO)
a(
    "79%",
    79,
    "percent",
    "second-dose measles vaccine coverage in the Americas",
    unit=PCT,
    period="2026",
    **KO,
)
a("50%", 50, "percent", "vaccine coverage in some communities", q="less_than", unit=PCT, **KO)
a(
    "more than 1,150",
    1150,
    "count",
    "measles deaths in Darfur since October",
    q="more_than",
    speaker="Sudan's Federal Ministry of Health",
    aliases=["Federal Ministry of Health", "Al Jazeera", "Aisha Rahman"],
    date="2028-01-18",
)
MV = dict(speaker="Maria Van Kerkhove", aliases=["Dr Maria Van Kerkhove", "Van Kerkhove"])
a("22", 22, "count", "experts deployed to Darfur", **MV)
a(
    "around 600,000",
    600000,
    "count",
    "children for whom vaccines were delivered",
    q="approximate",
    **MV,
)
# "our partners on the ground": an unnamed source, nobody's.
a(
    "fewer than one in three",
    33.33,
    "percent",
    "share of health facilities functioning in North Darfur",
    q="less_than",
    unit=PCT,
    speaker=None,
)
a(
    "20%",
    20,
    "percent",
    "agreed rise in assessed contributions",
    unit=PCT,
    speaker="Health Policy Watch",
    aliases=[],
)
a(
    "about 27%",
    27,
    "percent",
    "assessed contributions' share of WHO's base budget",
    q="approximate",
    unit=PCT,
)
a("16%", 16, "percent", "assessed contributions' share five years ago", unit=PCT)
a("five years", 5, "duration", "period of the comparison", unit="year", opt=True)
a("half", 50, "percent", "cut in senior management positions", unit=PCT, after="by ")
a("about 2,300", 2300, "count", "reduction in WHO's workforce since 2025", q="approximate")

GOLD.build()
