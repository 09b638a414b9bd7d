"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout9/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to heldout7, see README.md): headline, standfirst and summary-box
# figures optional; the page's own voice and unnamed sources ("Traders said", "exchange data
# showed", "Officials at two depots ... said") have speaker None, judged sentence by sentence; a
# press release's narrative is the page's voice, except "X today announced" (X); in a transcript
# the outlet that asks speaks for its question (the journalist an alias), an unattributed sentence
# of an answer is the answering official's, and a figure a question attributes is that source's;
# "according to X", "X data show", "the report finds" are X (in an answer, the official an
# alias); a figure an official relays from a minister is the minister's, dated the day said;
# every sentence of a multi-sentence quote is the quoted speaker's; "He adds", "she said", "Miss
# Law added" are the person named before; date = the day the claim was stated ("yesterday", "on
# Wednesday", "on the 8th", "on December 22", "At Thursday's briefing"); "last week", "last
# month", "earlier this month" keep the publication day; time spans that only date a figure,
# compound adjectives, unit conversions in brackets, ages and thresholds defining a group,
# ordinals of consecutive runs and counts of a list's items are optional.

# 950: MEE regular press conference transcript (Tuesday 29 December 2026).
doc("950_mee-regular-presscon-2026-12-29.txt", "2026-12-29", "Pei Xiaofei", ["Pei"])
LI = dict(speaker="Li Tianwei", aliases=["Li"])
a("18,642", 18642, "count", "public complaints received by the inspection teams")
a("17,905", 17905, "count", "public complaints handled", period="by December 20")
a("1,134", 1134, "count", "companies fined")
a("286 million yuan", 286e6, "money", "total fines on companies", unit="CNY")
a("97", 97, "count", "people detained")
a(
    "28.4 micrograms",
    28.4,
    "measure",
    "average PM2.5 concentration in cities at prefecture level and above",
    unit="microgram per cubic metre",
    period="January to November",
)
a("3.1 percent", 3.1, "percent", "year-on-year fall in PM2.5 concentration", unit="percent")
a("87.6 percent", 87.6, "percent", "proportion of days with good air quality", unit="percent")
a("214,000", 214000, "count", "old diesel trucks retired or upgraded", period="this year", **LI)
a(
    "about 590 million tonnes",
    590e6,
    "measure",
    "crude steel capacity with ultra-low emission transformation",
    q="approximate",
    unit="tonne",
    **LI,
)
a(
    "72 percent",
    72,
    "percent",
    "share of national crude steel capacity transformed",
    unit="percent",
    **LI,
)
a(
    "1.4 percent",
    1.4,
    "percent",
    "share of heavily polluted days in the 2+26 cities",
    unit="percent",
    **LI,
)
HR = dict(
    speaker="Huang Runqiu",
    aliases=["Minister Huang Runqiu", "Huang", "Pei Xiaofei"],
    date="2026-12-22",
)
a(
    "18.6 percent",
    18.6,
    "percent",
    "fall in carbon dioxide emissions per unit of GDP since 2020",
    unit="percent",
    subject="China",
    **HR,
)
a(
    "some 3,700",
    3700,
    "count",
    "key emitting enterprises covered by the national carbon market",
    q="approximate",
    **HR,
)
CEC = dict(speaker="China Electricity Council", aliases=["Reuters", "CEC"])
a("2.4 percent", 2.4, "percent", "rise in coal-fired power generation", unit="percent", **CEC)
a(
    "11 months",
    11,
    "duration",
    "period of the coal power figure",
    unit="month",
    opt=True,
    **CEC,
)
a(
    "28 micrograms",
    28,
    "measure",
    "2027 target for average PM2.5 concentration",
    q="less_than",
    unit="microgram per cubic metre",
    period="2027",
    **LI,
)
CNEMC = dict(
    speaker="China National Environmental Monitoring Centre",
    aliases=["CNEMC", "Li Tianwei", "Li"],
)
a(
    "41 micrograms",
    41,
    "measure",
    "average PM2.5 concentration in the three northeastern provinces",
    unit="microgram per cubic metre",
    period="November",
    **CNEMC,
)
a(
    "7.9 percent",
    7.9,
    "percent",
    "year-on-year rise in PM2.5 in the northeast",
    unit="percent",
    **CNEMC,
)
a(
    "about 30 percent",
    30,
    "percent",
    "contribution of straw burning to the increase",
    q="approximate",
    unit="percent",
    **LI,
)
a(
    "760 million tonnes",
    760e6,
    "measure",
    "cumulative emission allowances traded on the national carbon market",
    unit="tonne",
    period="as of December 25",
)
a("52.3 billion yuan", 52.3e9, "money", "total carbon market turnover", unit="CNY")

# 951: Japanese Chief Cabinet Secretary press conference (Wednesday 13 January 2027).
KIHARA = ["KIHARA Minoru", "Minoru Kihara", "Kihara", "Chief Cabinet Secretary"]
doc("951_kantei-ccs-presscon-2027-01-13.txt", "2027-01-13", "Kihara Minoru", KIHARA)
a("three", 3, "count", "people killed in the earthquake", after="today, ")
a("46", 46, "count", "people injured in the earthquake")
a("About 1,200", 1200, "count", "people in evacuation centers", q="approximate")
a("31", 31, "count", "evacuation centers")
a("4.7 billion yen", 4.7e9, "money", "reserve funds disbursed for the affected areas", unit="JPY")
a(
    "up to 800",
    800,
    "count",
    "households to get temporary housing by the end of February",
    q="at_most",
    speaker="Sanae Takaichi",
    aliases=["Takaichi", "Prime Minister Takaichi", "Takaichi Sanae", "Prime Minister"],
    date="2027-01-12",
)
a(
    "2,140",
    2140,
    "count",
    "houses fully or partially destroyed",
    speaker="Fire and Disaster Management Agency",
    aliases=["FDMA", "Kihara Minoru", *KIHARA],
)
a(
    "some 9,500",
    9500,
    "count",
    "households with water supply cut off",
    q="approximate",
    aliases=[*KIHARA, "Fire and Disaster Management Agency"],
)
a("four", 4, "count", "municipalities with water cut off", after="households in ")
a("a week", 1, "duration", "time to restore water supply", unit="week", opt=True)
a(
    "42.7 million",
    42.7e6,
    "count",
    "foreign visitors to Japan",
    period="2026",
    speaker="Japan National Tourism Organization",
    aliases=["JNTO", "Nikkei", "Sato"],
    date="2027-01-08",
)
a(
    "9.8 trillion yen",
    9.8e12,
    "money",
    "spending by foreign visitors",
    unit="JPY",
    period="last year",
    speaker="Japan Tourism Agency",
    aliases=KIHARA,
)
a("60 million", 60e6, "count", "target for annual foreign visitors by 2030", period="2030")
a("35", 35, "count", "model areas designated against overtourism")
a(
    "4,380 yen",
    4380,
    "money",
    "average retail price of a bag of rice",
    unit="JPY",
    speaker="Asahi Shimbun",
    aliases=["Kobayashi"],
)
a(
    "5-kilogram",
    5,
    "measure",
    "size of the rice bag",
    unit="kg",
    opt=True,
    speaker="Asahi Shimbun",
    aliases=["Kobayashi"],
)
a(
    "210,000 tons",
    210000,
    "measure",
    "stockpiled rice released",
    unit="tonne",
    period="this fiscal year",
)
a(
    "three consecutive weeks",
    3,
    "duration",
    "run of falling retail rice prices",
    unit="week",
    speaker="Minister of Agriculture, Forestry and Fisheries",
    aliases=["Agriculture Minister", "Suzuki Norikazu", "Norikazu Suzuki"],
    date="2027-01-12",
)
MOD = dict(speaker="Ministry of Defense", aliases=["MOD", *KIHARA])
a(
    "about 350 km",
    350,
    "measure",
    "distance flown by the missile",
    q="approximate",
    unit="km",
    **MOD,
)
a(
    "about 50 km",
    50,
    "measure",
    "maximum altitude of the missile",
    q="approximate",
    unit="km",
    **MOD,
)
a(
    "5 percent or more",
    5,
    "percent",
    "wage increases sought in spring negotiations",
    q="at_least",
    unit="percent",
    speaker="Rengo",
    aliases=["Japanese Trade Union Confederation", "Jiji Press", "Nakamura"],
)
MHLW = dict(speaker="Ministry of Health, Labour and Welfare", aliases=["MHLW", *KIHARA])
a(
    "0.6 percent",
    0.6,
    "percent",
    "year-on-year rise in real wages",
    unit="percent",
    period="November",
    **MHLW,
)
a("third consecutive", 3, "count", "consecutive monthly increases in real wages", opt=True, **MHLW)
a(
    "about 70 percent",
    70,
    "percent",
    "share of workers employed by SMEs",
    q="approximate",
    unit="percent",
)

# 952: World Bank press release on the Global Economic Prospects report (Tuesday 12 January 2027).
doc("952_worldbank-gep-launch-2027-01-12.txt", "2027-01-12", None)
WB = dict(speaker="World Bank", aliases=["Global Economic Prospects", "World Bank Group"])
IG = dict(speaker="Indermit Gill", aliases=["Gill"])
a("2.6%", 2.6, "percent", "global growth forecast", unit="percent", period="this year", **WB)
a(
    "1.2 billion",
    1.2e9,
    "count",
    "young people reaching working age in developing economies",
    period="over the next decade",
)
a("4.0%", 4.0, "percent", "growth forecast for developing economies", unit="percent", period="2027")
a("4.2%", 4.2, "percent", "growth of developing economies", unit="percent", period="last year")
a(
    "3.7%",
    3.7,
    "percent",
    "growth forecast for developing economies excluding China",
    unit="percent",
)
a(
    "one in four",
    25,
    "percent",
    "share of developing economies with lower per capita income than in 2019",
    unit="percent",
    **WB,
)
a("third year", 3, "count", "years in a row of steady but weak growth", opt=True, **IG)
a(
    "about 60%",
    60,
    "percent",
    "developing economies' share of global growth",
    q="approximate",
    unit="percent",
    **IG,
)
a(
    "more than 40%",
    40,
    "percent",
    "share of developing economies losing ground on income per person",
    q="more_than",
    unit="percent",
    **IG,
)
a(
    "roughly five times",
    5,
    "measure",
    "new trade-restricting measures relative to the 2010-2019 average",
    q="approximate",
    unit="times",
    period="last year",
    **WB,
)
a("2.1%", 2.1, "percent", "global trade growth forecast", unit="percent", period="2027")
a(
    "about half",
    50,
    "percent",
    "global trade growth relative to its pre-pandemic pace",
    q="approximate",
    unit="percent",
    after="2.1% in 2027, ",
)
a("6%", 6, "percent", "investment growth threshold", unit="percent", opt=True, **WB)
a(
    "twice",
    2,
    "measure",
    "pace of job creation in high-investment economies",
    unit="times",
    opt=True,
    **WB,
)
a(
    "an estimated $1.5 trillion",
    1.5e12,
    "money",
    "additional annual investment needed to close the gap",
    q="approximate",
    unit="USD",
)
AK = dict(speaker="Ayhan Kose", aliases=["Kose"])
a("14", 14, "count", "developing economies with regulatory reforms", **AK)
a(
    "a third",
    33.33,
    "percent",
    "cut in the time to start a business since 2020",
    unit="percent",
    **AK,
)
a(
    "5.4%",
    5.4,
    "percent",
    "growth forecast for low-income countries",
    unit="percent",
    period="this year",
)
a(
    "about half",
    50,
    "percent",
    "share of low-income countries in or at high risk of debt distress",
    q="approximate",
    unit="percent",
    after="report warns that ",
    **WB,
)
a(
    "more than 15%",
    15,
    "percent",
    "share of government revenues absorbed by interest payments",
    q="more_than",
    unit="percent",
    **WB,
)
for number, region in [
    ("4.4%", "East Asia and Pacific"),
    ("2.3%", "Europe and Central Asia"),
    ("2.5%", "Latin America and the Caribbean"),
    ("3.9%", "Middle East and North Africa"),
    ("6.1%", "South Asia"),
    ("4.3%", "Sub-Saharan Africa"),
]:
    a(
        number,
        float(number[:-1]),
        "percent",
        "growth forecast",
        unit="percent",
        subject=region,
        period="2027",
    )

# 953: Reuters story on oil markets (Thursday 14 January 2027).
doc("953_reuters-oil-iea-surplus-2027-01-14.txt", "2027-01-14", None)
a("46 cents", 0.46, "money", "fall in Brent crude futures", unit="USD")
a("0.6%", 0.6, "percent", "fall in Brent crude futures", unit="percent")
a("$71.38", 71.38, "money", "Brent crude price per barrel", unit="USD")
a("41 cents", 0.41, "money", "fall in WTI crude futures", unit="USD")
a("0.6%", 0.6, "percent", "fall in WTI crude futures", unit="percent", after="41 cents, or ")
a("$67.92", 67.92, "money", "WTI crude price per barrel", unit="USD")
IEA = dict(speaker="International Energy Agency", aliases=["IEA"])
a(
    "2.9 million barrels",
    2.9e6,
    "measure",
    "forecast global oil surplus",
    unit="barrel per day",
    period="2027",
    **IEA,
)
a("2.5 million bpd", 2.5e6, "measure", "previous surplus forecast", unit="barrel per day", **IEA)
a(
    "830,000 bpd",
    830000,
    "measure",
    "forecast growth in world oil demand",
    unit="barrel per day",
    period="this year",
    **IEA,
)
a("1.6 million bpd", 1.6e6, "measure", "forecast rise in oil supply", unit="barrel per day", **IEA)
a(
    "38 million barrels",
    38e6,
    "measure",
    "rise in observed global oil stocks",
    unit="barrel",
    period="November",
    **IEA,
)
OPEC = dict(
    speaker="Organization of the Petroleum Exporting Countries", aliases=["OPEC"], date="2027-01-13"
)
a(
    "1.3 million bpd",
    1.3e6,
    "measure",
    "forecast oil demand growth",
    unit="barrel per day",
    period="2027",
    **OPEC,
)
a(
    "210,000 bpd",
    210000,
    "measure",
    "fall in OPEC+ output",
    unit="barrel per day",
    period="December",
    **OPEC,
)
a(
    "42.6 million bpd",
    42.6e6,
    "measure",
    "OPEC+ output",
    unit="barrel per day",
    period="December",
    **OPEC,
)
a(
    "more than a year",
    1,
    "duration",
    "period of the widest forecast gap",
    q="more_than",
    unit="year",
    opt=True,
)
a(
    "$68",
    68,
    "money",
    "expected average Brent price in the first half",
    unit="USD",
    speaker="Tamsin Weller",
    aliases=["Weller", "Halbrook Capital"],
)
a(
    "3.1 million barrels",
    3.1e6,
    "measure",
    "fall in U.S. crude inventories",
    unit="barrel",
    period="last week",
    speaker="U.S. Energy Information Administration",
    aliases=["EIA", "Energy Information Administration"],
    date="2027-01-13",
)
a(
    "1.2 million-barrel",
    1.2e6,
    "measure",
    "expected draw in U.S. crude inventories",
    unit="barrel",
    speaker="Reuters",
)
CUSTOMS = dict(
    speaker="General Administration of Customs",
    aliases=["customs", "China's customs", "GACC"],
    date="2027-01-13",
)
a(
    "7%",
    7,
    "percent",
    "year-on-year rise in China's crude imports",
    unit="percent",
    period="December",
    **CUSTOMS,
)
a("11.8 million bpd", 11.8e6, "measure", "China's crude imports", unit="barrel per day", **CUSTOMS)
a("two weeks", 2, "duration", "period of teapot refiners' buying", unit="week", opt=True)
a("about 24,000", 24000, "count", "lots of net long Brent positions cut", q="approximate")

# 954: BBC-style live page on a storm (Tuesday 19 January 2027).
doc("954_bbc-live-storm-hollis-2027-01-19.txt", "2027-01-19", None)
SSEN = dict(speaker="Scottish and Southern Electricity Networks", aliases=["SSEN"])
a("Tens of thousands", 10000, "count", "people without power", q="at_least", opt=True)
a("Thousands", 1000, "count", "homes reconnected", q="at_least", opt=True, **SSEN)
a("More than 80,000", 80000, "count", "homes without power", q="more_than", opt=True)
a("61,000", 61000, "count", "customers reconnected since the storm hit", **SSEN)
a("About 48,000", 48000, "count", "SSEN customers still off supply", q="approximate")
a("1,400", 1400, "count", "SSEN staff working in the field", **SSEN)
ML = dict(speaker="Matthew Lehnert", aliases=["Lehnert", "Met Office"])
a("103mph", 103, "measure", "gust recorded at Cairnwell", unit="mph", **ML)
a("166km/h", 166, "measure", "gust recorded at Cairnwell", unit="km/h", opt=True, **ML)
a(
    "more than 20 years",
    20,
    "duration",
    "period since a stronger low-level gust in Scotland",
    q="more_than",
    unit="year",
    opt=True,
    **ML,
)
a("more than 70mm", 70, "measure", "rain in parts of Argyll", q="more_than", unit="mm", **ML)
a("24 hours", 24, "duration", "period of the rainfall", unit="hour", opt=True, **ML)
a(
    "60-70mph",
    60,
    "measure",
    "gusts still possible on exposed coasts",
    q="range",
    unit="mph",
    low=60,
    high=70,
    **ML,
)
a("60s", 60, "measure", "age of the man who died", unit="year", opt=True, speaker="Police Scotland")
JS = dict(
    speaker="John Swinney", aliases=["Swinney", "First Minister John Swinney", "First Minister"]
)
a("312", 312, "count", "schools closed today", **JS)
a("£5m", 5e6, "money", "funding released for councils' clean-up", unit="GBP", **JS)
a(
    "thousands",
    1000,
    "count",
    "families affected",
    q="at_least",
    after="today has been for ",
    opt=True,
    **JS,
)
a(
    "about 23,500",
    23500,
    "count",
    "homes without electricity in Northumberland, County Durham and Cumbria",
    q="approximate",
    speaker="Northern Powergrid",
)
a(
    "42",
    42,
    "count",
    "flood warnings issued",
    after="had issued ",
    speaker="Environment Agency",
    aliases=["EA"],
    date="2027-01-18",
)
a("57", 57, "count", "flood warnings in force")
a("four", 4, "count", "lorries blown over on the A66", speaker="National Highways")
SK = dict(speaker="Simon King", aliases=["King"])
a("eighth", 8, "count", "named storms of the season", opt=True, **SK)
a("11", 11, "count", "named storms in the busiest season", **SK)
a(
    "about 20%",
    20,
    "percent",
    "jet stream speed above normal",
    q="approximate",
    unit="percent",
    **SK,
)
a(
    "more than 150",
    150,
    "count",
    "trees found on the lines",
    q="more_than",
    speaker="ScotRail",
    aliases=["Network Rail"],
)
a("96", 96, "count", "departures and arrivals cancelled today", speaker="Edinburgh Airport")

# 955: City of Spokane news release (Monday 25 January 2027).
doc("955_spokane-housing-release-2027-01-25.txt", "2027-01-25", None)
LB = dict(speaker="Lisa Brown", aliases=["Mayor Lisa Brown", "Mayor Brown", "Brown"])
a("$12.6 million", 12.6e6, "money", "affordable housing funding", unit="USD", opt=True, **LB)
a("310", 310, "count", "affordable homes", opt=True, **LB)
a("four", 4, "count", "projects funded", opt=True, after="Funding will support ")
a(
    "$12.6 million",
    12.6e6,
    "money",
    "City funding for affordable housing developments",
    unit="USD",
    after="today announced ",
    **LB,
)
a("four", 4, "count", "affordable housing developments", after="City funding for ", **LB)
a("310", 310, "count", "homes for low-income households", after="create ", **LB)
a("85", 85, "count", "apartments set aside for people leaving homelessness", **LB)
a("0.1%", 0.1, "percent", "sales tax supporting the Affordable Housing Fund", unit="percent")
a("four", 4, "count", "projects", opt=True, after="federal HOME funds. The ")
a(
    "more than $96 million",
    96e6,
    "money",
    "private and state investment leveraged",
    q="more_than",
    unit="USD",
)
a("1,000", 1000, "count", "goal for new affordable homes", **LB)
a("four years", 4, "duration", "period of the affordable homes goal", unit="year", opt=True, **LB)
a("640", 640, "count", "affordable homes funded", **LB)
a("two years", 2, "duration", "period of the funded homes", unit="year", opt=True, **LB)
CITY = dict(speaker="City of Spokane", aliases=["City"])
a(
    "$1,480",
    1480,
    "money",
    "median rent for a two-bedroom apartment",
    unit="USD",
    period="last year",
    **CITY,
)
a("38%", 38, "percent", "rise in median rent since 2019", unit="percent", **CITY)
a("21%", 21, "percent", "rise in median household income since 2019", unit="percent")
COC = dict(
    speaker="Spokane Regional Continuum of Care",
    aliases=["Continuum of Care", "Point-in-Time Count"],
)
a("2,390", 2390, "count", "people experiencing homelessness in Spokane County", **COC)
a("1,120", 1120, "count", "unsheltered people", **COC)
a(
    "$9.8 million",
    9.8e6,
    "money",
    "money collected by the fund in its first full year",
    unit="USD",
    speaker="Betsy Wilkerson",
    aliases=["Wilkerson", "Council President Betsy Wilkerson"],
    date="2027-01-21",
)
a("$4.2 million", 4.2e6, "money", "funding for Nevada Commons", unit="USD")
a("128", 128, "count", "apartments at Nevada Commons")
a("40", 40, "count", "apartments for seniors at Nevada Commons")
a(
    "about 18 months",
    18,
    "duration",
    "construction time of Nevada Commons",
    q="approximate",
    unit="month",
)
RH = dict(speaker="Renata Holloway", aliases=["Holloway"])
a("11", 11, "count", "funding applications", **RH)
a("almost $31 million", 31e6, "money", "funding requested", q="nearly", unit="USD", **RH)
a(
    "about four in every ten",
    40,
    "percent",
    "share of requested dollars funded",
    q="approximate",
    unit="percent",
    **RH,
)
a("6-1", 6, "count", "council votes in favour of the awards", opt=True)

# 956: Hong Kong government press release (Wednesday 20 January 2027).
doc("956_hkgov-visitor-arrivals-2027-01-20.txt", "2027-01-20", None)
HKTB = dict(speaker="Hong Kong Tourism Board", aliases=["HKTB"])
RL = dict(speaker="Rosanna Law", aliases=["Miss Rosanna Law", "Miss Law", "Law"])
a("51 million", 51e6, "count", "visitor arrivals in 2026", opt=True)
a(
    "about 51.3 million",
    51.3e6,
    "count",
    "visitor arrivals",
    q="approximate",
    subject="Hong Kong",
    period="2026",
    **HKTB,
)
a("3.4 per cent", 3.4, "percent", "year-on-year rise in visitor arrivals", unit="percent", **HKTB)
a("some 38.9 million", 38.9e6, "count", "arrivals from the Mainland", q="approximate")
a("11 per cent", 11, "percent", "rise in non-Mainland arrivals", unit="percent")
a("about 12.4 million", 12.4e6, "count", "non-Mainland arrivals", q="approximate")
a("47 per cent", 47, "percent", "overnight visitors' share of arrivals", unit="percent")
a("$118 billion", 118e9, "money", "total spending by overnight visitors", unit="HKD", **HKTB)
a(
    "6 per cent",
    6,
    "percent",
    "rise in overnight visitor spending over 2025",
    unit="percent",
    **HKTB,
)
a("19 per cent", 19, "percent", "rise in arrivals from Europe", unit="percent", **RL)
a("42 per cent", 42, "percent", "rise in arrivals from the Middle East", unit="percent", **RL)
a("more than 230", 230, "count", "mega events staged last year", q="more_than", **RL)
a("1.1 million", 1.1e6, "count", "cruise passengers at the Kai Tak Cruise Terminal", **RL)
a("20", 20, "count", "tourism projects to take forward this year", after="forward ", **RL)
AA = dict(speaker="Airport Authority Hong Kong", aliases=["Airport Authority"], date="2027-01-19")
a(
    "60.2 million",
    60.2e6,
    "count",
    "passengers at Hong Kong International Airport",
    period="2026",
    **AA,
)
a("13 per cent", 13, "percent", "rise in airport passengers", unit="percent", **AA)
a("5.1 million tonnes", 5.1e6, "measure", "cargo handled", unit="tonne", **AA)
CSTB = dict(speaker="Culture, Sports and Tourism Bureau", aliases=["CSTB", "Bureau"])
a(
    "over 900",
    900,
    "count",
    "applications for the Tourism Services Quality Scheme",
    q="more_than",
    **CSTB,
)
a(
    "About 70 per cent",
    70,
    "percent",
    "share of applications from SMEs",
    q="approximate",
    unit="percent",
)
a("$50,000", 50000, "money", "subsidy per travel agent", q="at_most", unit="HKD", **CSTB)
a("25", 25, "count", "source markets of the global campaign")

# 957: Al Jazeera story on immigration detention in Malaysia (Thursday 4 February 2027).
doc("957_aljazeera-malaysia-detention-2027-02-04.txt", "2027-02-04", None)
HRW = dict(speaker="Human Rights Watch", aliases=["HRW"], date="2027-02-02")
MR = dict(speaker="Mohammad Rafiq", aliases=["Rafiq"])
LM = dict(speaker="Lena Marwick", aliases=["Marwick"])
a("at least 14", 14, "count", "deaths in detention last year", q="at_least", opt=True, **HRW)
a("19 months", 19, "duration", "time Rafiq spent in the depot", unit="month")
a("more than 60", 60, "count", "men sharing the block", q="more_than")
a("two", 2, "count", "toilets for the whole block", after="There were ", **MR)
a("24-year-old", 24, "measure", "age of the refugee", unit="year", opt=True, **MR)
a("12", 12, "measure", "age of boys in detention", unit="year", opt=True, **MR)
a("13", 13, "measure", "age of boys in detention", unit="year", opt=True, **MR)
a("about 1,500", 1500, "count", "children held in immigration depots", q="approximate", **HRW)
a(
    "at least 14",
    14,
    "count",
    "people who died in immigration detention",
    q="at_least",
    period="2026",
    after="New York-based group said ",
    **HRW,
)
a("two", 2, "count", "children who died in detention", after="including ", **HRW)
a("57", 57, "count", "former detainees interviewed", **HRW)
a(
    "up to three times",
    3,
    "measure",
    "depot occupancy relative to capacity",
    q="at_most",
    unit="times",
    **HRW,
)
a(
    "fewer than 300",
    300,
    "count",
    "children moved to community placements",
    q="less_than",
    **LM,
)
a("10", 10, "count", "places in the pilot scheme", **LM)
SN = dict(
    speaker="Saifuddin Nasution Ismail",
    aliases=["Saifuddin", "Home Minister Saifuddin Nasution Ismail", "Home Minister"],
)
a("16,240", 16240, "count", "foreigners held in depots", **SN)
a("20", 20, "count", "immigration depots", after="country's ", **SN)
a("more than 18,000", 18000, "count", "foreigners held a year earlier", q="more_than", **SN)
a(
    "72 million ringgit",
    72e6,
    "money",
    "spending on food and healthcare in detention",
    unit="MYR",
    period="2026",
    **SN,
)
IMM = dict(
    speaker="Immigration Department",
    aliases=["Immigration Department of Malaysia"],
    date="2027-02-03",
)
a("58,300", 58300, "count", "undocumented migrants deported", period="last year", **IMM)
a("9 percent", 9, "percent", "increase in deportations on 2025", unit="percent", **IMM)
UNHCR = dict(
    speaker="United Nations High Commissioner for Refugees",
    aliases=["UNHCR", "UN refugee agency", "U.N. refugee agency"],
)
a(
    "about 196,000",
    196000,
    "count",
    "refugees and asylum seekers registered in Malaysia",
    q="approximate",
    **UNHCR,
)
a(
    "roughly 88 percent",
    88,
    "percent",
    "share of refugees from Myanmar",
    q="approximate",
    unit="percent",
    **UNHCR,
)
a("more than 100", 100, "count", "detainees per guard", q="more_than")
a("50 ringgit", 50, "money", "Rafiq's daily pay at a car wash", unit="MYR")

GOLD.build()
