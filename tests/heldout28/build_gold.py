"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout28/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout27, see README.md): headline, standfirst and
# summary figures optional; the page's own voice and unnamed sources ("data showed", "Economists
# polled by Reuters", "An analyst at a foreign brokerage, who asked not to be named") have speaker
# None, judged sentence by sentence; in a transcript an unattributed sentence of a turn is the
# turn's speaker, and a figure a question attributes is that source's (the outlet an alias);
# "according to X" / "data from X" / "X figures show" are X; a figure relayed from a minister or
# an ambassador is theirs, dated the day they said it; every sentence of a multi-sentence quote
# is the quoted speaker's; "he said" / "She added" / "it added" carry the speaker and the day
# named before; date = the day the claim was stated ("on Monday", "last Friday", "on Sunday");
# "last week", "last month", "today" keep the publication day; time spans that only date a
# figure, thresholds, ages, multipliers and bracketed conversions are optional.

# 2800: MFA regular press conference (Tuesday 16 July 2030).
doc(
    "2800_mfa-lin-jian-presscon-2030-07-16.txt",
    "2030-07-16",
    "Lin Jian",
    ["Lin", "Spokesperson Lin Jian"],
)
a("11", 11, "count", "Pacific Island countries attending the ministerial meeting")
a(
    "nearly 600",
    600,
    "count",
    "emergency management personnel trained by the cooperation center",
    q="nearly",
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi", "Wang"], date="2030-07-12")
a(
    "21 consecutive years",
    21,
    "duration",
    "years as ASEAN's largest trading partner",
    unit="year",
    subject="China",
    **WY,
)
a(
    "1.02 trillion US dollars",
    1.02e12,
    "money",
    "China-ASEAN two-way trade",
    unit="USD",
    period="last year",
    **WY,
)
a(
    "more than 90 percent",
    90,
    "percent",
    "share of China-ASEAN goods trade at zero tariff",
    q="more_than",
    unit="percent",
    **WY,
)
a(
    "more than 80 million",
    80e6,
    "count",
    "trips between China and ASEAN countries",
    q="more_than",
    period="last year",
    **WY,
)
a("over 3,000", 3000, "count", "weekly direct flights China aims for", q="more_than", **WY)
a(
    "48.2 billion US dollars",
    48.2e9,
    "money",
    "China-Kazakhstan bilateral trade",
    unit="USD",
    period="last year",
)
a("9.6 percent", 9.6, "percent", "year-on-year rise in bilateral trade", unit="percent")
a(
    "over 14,000",
    14000,
    "count",
    "China-Europe Railway Express trips through Kazakhstan",
    q="more_than",
    period="2029",
)
a(
    "about one in every three",
    33.33,
    "percent",
    "share of China-Europe trips passing through Kazakhstan",
    q="approximate",
    unit="percent",
)
a(
    "more than 1.1 million",
    1.1e6,
    "count",
    "cross-border trips under the visa exemption agreement",
    q="more_than",
)
IIE = dict(speaker="Institute of International Education", aliases=["IIE", "Reuters"])
a(
    "9 percent",
    9,
    "percent",
    "fall in Chinese students in the United States",
    unit="percent",
    period="last academic year",
    **IIE,
)
a("about 247,000", 247000, "count", "Chinese students in the United States", q="approximate", **IIE)
MOE = dict(
    speaker="Ministry of Education of the People's Republic of China",
    aliases=["Ministry of Education", "Lin Jian", "Lin"],
)
a(
    "more than 520,000",
    520000,
    "count",
    "Chinese students who went to study overseas",
    q="more_than",
    period="last year",
    **MOE,
)
a(
    "over 80 percent",
    80,
    "percent",
    "share of overseas students returning to China",
    q="more_than",
    unit="percent",
    **MOE,
)
a(
    "34",
    34,
    "count",
    "Chinese vessels monitored near Xianbin Jiao",
    speaker="Philippine Coast Guard",
    aliases=["PCG", "AFP"],
    date="2030-07-15",
)
a("1,360", 1360, "count", "stranded Chinese tourists helped home from Nepal")
a("six", 6, "count", "chartered flights", after="including on ")
a(
    "about 150",
    150,
    "count",
    "Chinese nationals remaining in the Mustang area",
    q="approximate",
    speaker="Chen Song",
    aliases=["Ambassador Chen Song", "Chen"],
    date="2030-07-15",
)
a(
    "almost 60 percent",
    60,
    "percent",
    "China's share of new solar capacity installed worldwide",
    q="nearly",
    unit="percent",
    period="first half",
    speaker="International Energy Agency",
    aliases=["IEA", "Bloomberg"],
)
a(
    "about 90 percent",
    90,
    "percent",
    "fall in the cost of solar power",
    q="approximate",
    unit="percent",
)

# 2801: SCIO press conference with MIIT officials (Thursday 18 July 2030).
doc("2801_scio-miit-h1-industry-presscon-2030-07-18.txt", "2030-07-18", None)
XG = dict(speaker="Xin Guobin", aliases=["Xin", "Mr. Xin", "Mr. Xin Guobin"])
XG_MIIT = dict(
    speaker="Xin Guobin",
    aliases=[
        "Xin",
        "Mr. Xin",
        "Ministry of Industry and Information Technology",
        "MIIT",
    ],
)
TQ = dict(speaker="Tao Qing", aliases=["Tao", "Mr. Tao Qing"])
ZL = dict(speaker="Zhao Lijuan", aliases=["Zhao", "Ms. Zhao Lijuan"])
a(
    "6.3%",
    6.3,
    "percent",
    "rise in value-added output of industrial enterprises above designated size",
    unit="percent",
    period="first half of the year",
    **XG,
)
a("26.9%", 26.9, "percent", "manufacturing share of GDP", unit="percent", **XG)
a("31.4%", 31.4, "percent", "rise in output of industrial robots", unit="percent", **XG)
a("5.12 million", 5.12e6, "count", "5G base stations", subject="China", **XG)
a("topped 1.23 billion", 1.23e9, "count", "5G users", q="more_than", **XG)
a(
    "more than 20,000",
    20000,
    "count",
    "small and medium-sized enterprises to get equipment upgrades",
    q="more_than",
    period="this year",
    speaker="Li Lecheng",
    aliases=["Minister Li Lecheng", "Li"],
    date="2030-07-15",
)
a(
    "8.46 million",
    8.46e6,
    "count",
    "new energy vehicles produced",
    period="first half",
    **TQ,
)
a("24.5%", 24.5, "percent", "year-on-year rise in NEV production", unit="percent", **TQ)
a("54.7%", 54.7, "percent", "NEV share of new cars sold", unit="percent", **TQ)
a(
    "41%",
    41,
    "percent",
    "share of plug-in hybrids in NEV output",
    unit="percent",
    period="June",
    speaker="Tao Qing",
    aliases=["Tao", "Ministry of Industry and Information Technology", "MIIT"],
)
a("exceeded 6,800", 6800, "count", "battery-swap stations", q="more_than", **TQ)
a(
    "below 50%",
    50,
    "percent",
    "capacity utilization in China's lithium battery industry",
    q="less_than",
    unit="percent",
    speaker="European Union Chamber of Commerce in China",
    aliases=["EU Chamber of Commerce in China", "EU Chamber", "Phoenix TV"],
)
a(
    "two years",
    2,
    "duration",
    "period of industry standards",
    unit="year",
    after="Over the past ",
    opt=True,
    **XG,
)
a(
    "roughly a third",
    33.33,
    "percent",
    "fall in new lithium battery projects approved",
    q="approximate",
    unit="percent",
    period="last year",
    **XG,
)
a("241 million", 241e6, "count", "gigabit broadband users", period="end of June", **ZL)
a("33.2%", 33.2, "percent", "gigabit users' share of fixed broadband users", unit="percent", **ZL)
a("330 EFLOPS", 330, "measure", "total computing power", unit="EFLOPS", subject="China", **ZL)
a("second", 2, "rank", "world rank in computing power", after="ranking ", **ZL)
a(
    "Over 96%",
    96,
    "percent",
    "share of administrative villages with 5G access",
    q="more_than",
    unit="percent",
    **ZL,
)
a("10-gigabit", 10, "measure", "optical network speed", unit="gigabit", opt=True, **ZL)
a("50", 50, "count", "cities for 10-gigabit optical networks", after="networks in ", **ZL)
a(
    "doubled",
    2,
    "measure",
    "rise in China's legacy chip exports to Japan",
    unit="times",
    opt=True,
    speaker="Government of Japan",
    aliases=["Japanese government", "Japan", "Bloomberg"],
    date="2030-07-16",
)
a(
    "Around 60%",
    60,
    "percent",
    "share of Chinese-made integrated circuits used by foreign firms or exported",
    q="approximate",
    unit="percent",
    **TQ,
)
a("100", 100, "count", "cities in the digital transformation pilot", after="last year in ", **XG)
a(
    "about 43,000",
    43000,
    "count",
    "SMEs that completed digital transformation",
    q="approximate",
    **XG,
)
a("12.5%", 12.5, "percent", "average improvement in production efficiency", unit="percent", **XG)
a(
    "less than 500,000 yuan",
    500000,
    "money",
    "average cost of going digital for a small manufacturer",
    q="less_than",
    unit="CNY",
    **XG_MIIT,
)
a("100", 100, "count", "additional cities in the pilot", after="another ", **XG)

# 2802: US Department of Labor news release (Wednesday 24 July 2030).
doc("2802_dol-apprenticeship-grants-release-2030-07-24.txt", "2030-07-24", None)
DOL = dict(
    speaker="U.S. Department of Labor",
    aliases=["US Department of Labor", "Department of Labor", "DOL", "the department"],
)
a("$186M", 186e6, "money", "apprenticeship grants", unit="USD", opt=True)
a("up to 42,000", 42000, "count", "apprentices to be trained", q="at_most", opt=True)
a("23 states", 23, "count", "states with employers reached", opt=True)
a("1 million", 1e6, "count", "new apprentices goal", opt=True)
a("$186 million", 186e6, "money", "apprenticeship grants awarded", unit="USD", **DOL)
a("31", 31, "count", "organizations receiving grants", after="grants to ", **DOL)
a("23", 23, "count", "states with supported programs", after="programs in ")
a(
    "up to 42,000",
    42000,
    "count",
    "apprentices to be trained",
    q="at_most",
    after="expected to train ",
)
a("four years", 4, "duration", "training period", unit="year", opt=True)
a(
    "About $52 million",
    52e6,
    "money",
    "grants for shipyard partnerships",
    q="approximate",
    unit="USD",
)
LCD = dict(
    speaker="Lori Chavez-DeRemer",
    aliases=["Secretary of Labor Lori Chavez-DeRemer", "Chavez-DeRemer", "Secretary"],
)
a(
    "9 out of 10",
    90,
    "percent",
    "share of apprentices who keep their jobs after finishing",
    unit="percent",
    **LCD,
)
KS = dict(
    speaker="Keith Sonderling",
    aliases=["Deputy Secretary of Labor Keith Sonderling", "Sonderling"],
    date="2030-07-23",
)
a(
    "about 250,000",
    250000,
    "count",
    "workers shipyards need to hire",
    q="approximate",
    period="over the next decade",
    **KS,
)
a(
    "fewer than one in five",
    20,
    "percent",
    "share of shipyard workers who entered through an apprenticeship",
    q="less_than",
    unit="percent",
    **KS,
)
a(
    "more than 680,000",
    680000,
    "count",
    "people active in Registered Apprenticeship programs",
    q="more_than",
    period="end of the last fiscal year",
    **DOL,
)
a("11 percent", 11, "percent", "rise in active apprentices", unit="percent", **DOL)
a("two years", 2, "duration", "comparison period", unit="year", after="from ", opt=True, **DOL)
a(
    "about 14 percent",
    14,
    "percent",
    "women's share of new apprentices",
    q="approximate",
    unit="percent",
)
a(
    "roughly 8 percent",
    8,
    "percent",
    "veterans' share of new apprentices",
    q="approximate",
    unit="percent",
)
BLS = dict(speaker="Bureau of Labor Statistics", aliases=["BLS"])
a("162,400", 162400, "count", "employment in ship and boat building", period="June", **BLS)
a(
    "411,000",
    411000,
    "count",
    "monthly job openings in durable goods manufacturing",
    period="first half of the year",
    **BLS,
)
a(
    "$80,000",
    80000,
    "money",
    "average starting wage of a Registered Apprenticeship graduate",
    unit="USD",
    **DOL,
)
a("$3,500", 3500, "money", "employer saving per apprentice", unit="USD", **DOL)
a("$9.4 million", 9.4e6, "money", "award to the Gulf Coast Maritime Training Alliance", unit="USD")
a("2,600", 2600, "count", "apprentices the alliance plans to enroll")
DA = dict(speaker="Denise Arceneaux", aliases=["Arceneaux"])
a("400", 400, "count", "open positions the alliance cannot fill", after='"We have ', **DA)
a("double", 2, "measure", "growth of the welding school", unit="times", opt=True, **DA)
a("120", 120, "count", "apprentices in the first class", **DA)
a(
    "at least 25 percent",
    25,
    "percent",
    "required match of federal funds",
    q="at_least",
    unit="percent",
)
a("214", 214, "count", "grant applications received")
a("1 million", 1e6, "count", "new active apprentices goal", after="reaching ")
a("1,140", 1140, "count", "new apprenticeship programs registered", period="since January", **DOL)

# 2803: Reuters story on South African inflation (Wednesday 21 August 2030).
doc("2803_reuters-south-africa-inflation-2030-08-21.txt", "2030-08-21", None)
SSA = dict(
    speaker="Statistics South Africa",
    aliases=["Stats SA", "statistics agency"],
)
a("3.1%", 3.1, "percent", "headline consumer inflation", unit="percent", opt=True)
a(
    "3.1%",
    3.1,
    "percent",
    "headline consumer inflation",
    unit="percent",
    subject="South Africa",
    period="July",
    after="slowed to ",
)
a("3.5%", 3.5, "percent", "headline consumer inflation in June", unit="percent", after="from ")
a(
    "more than five years",
    5,
    "duration",
    "period since inflation was lower",
    q="more_than",
    unit="year",
    opt=True,
)
a("3.3%", 3.3, "percent", "inflation expected by economists", unit="percent", aliases=["Reuters"])
a("0.2%", 0.2, "percent", "month-on-month rise in prices", unit="percent", period="July", **SSA)
a("3.0%", 3.0, "percent", "core inflation", unit="percent", after="eased to ", **SSA)
a("3.2%", 3.2, "percent", "previous core inflation", unit="percent", **SSA)
a("6.8%", 6.8, "percent", "year-on-year fall in fuel prices", unit="percent")
a("2.9%", 2.9, "percent", "food and non-alcoholic beverage inflation", unit="percent")
a("3%", 3, "percent", "SARB inflation target", unit="percent", after="adopted a ")
a("3%-6%", 3, "percent", "previous inflation target range", unit="percent", low=3, high=6)
a("25 basis points", 25, "percent", "cut in the main lending rate", unit="basis point")
a("6.25%", 6.25, "percent", "SARB main lending rate", unit="percent")
a(
    "50 basis points",
    50,
    "percent",
    "further repo rate cut expected by year-end",
    unit="basis point",
    speaker="Annabel Bishop",
    aliases=["Bishop", "Investec"],
)
NW = dict(speaker="Nicky Weimar", aliases=["Weimar", "Nedbank"])
a(
    "almost 13%",
    13,
    "percent",
    "rise in municipal electricity tariffs",
    q="nearly",
    unit="percent",
    **NW,
)
a("above 3.5%", 3.5, "percent", "inflation early next year", q="more_than", unit="percent", **NW)
a(
    "about 4%",
    4,
    "percent",
    "rand's fall against the dollar since June",
    q="approximate",
    unit="percent",
    **NW,
)
LK = dict(
    speaker="Lesetja Kganyago",
    aliases=["Kganyago", "SARB Governor Lesetja Kganyago", "South African Reserve Bank"],
    date="2030-08-20",
)
a(
    "two decades",
    2,
    "duration",
    "time since inflation was last this low",
    unit="decade",
    opt=True,
    **LK,
)
a(
    "1.5 percentage points",
    1.5,
    "percent",
    "fall in households' interest payments",
    unit="percentage point",
    **LK,
)
a(
    "about 30 basis points",
    30,
    "percent",
    "rate cuts priced in by forward rate agreements",
    q="approximate",
    unit="basis point",
    period="by the end of the year",
    speaker="LSEG",
    aliases=["London Stock Exchange Group"],
)
a("0.6%", 0.6, "percent", "rise in the rand", unit="percent")
a("17.42 per dollar", 17.42, "measure", "rand exchange rate", unit="ZAR per USD")
a(
    "4.1%",
    4.1,
    "percent",
    "year-on-year rise in retail sales",
    unit="percent",
    period="June",
    speaker="Statistics South Africa",
    aliases=["Stats SA", "statistics agency"],
    date="2030-08-20",
)
a(
    "2.8%",
    2.8,
    "percent",
    "Reuters forecast for retail sales growth",
    unit="percent",
    aliases=["Reuters"],
)
a("9.3%", 9.3, "percent", "rise in clothing and footwear sales", unit="percent")
a("0.4%", 0.4, "percent", "quarter-on-quarter GDP growth", unit="percent", subject="South Africa")
a("three months", 3, "duration", "period of the growth figure", unit="month", opt=True)
a("32.1%", 32.1, "percent", "unemployment rate", unit="percent", subject="South Africa")

# 2804: Al Jazeera story on drought displacement in Somalia (Tuesday 6 August 2030).
doc("2804_aljazeera-somalia-drought-displacement-2030-08-06.txt", "2030-08-06", None)
OCHA = dict(
    speaker="UN Office for the Coordination of Humanitarian Affairs",
    aliases=["OCHA", "United Nations", "UN"],
)
a("fourth", 4, "count", "failed rainy seasons in three years", opt=True)
a("three years", 3, "duration", "period of failed rainy seasons", unit="year", opt=True)
a(
    "More than 410,000",
    410000,
    "count",
    "people displaced by drought in Somalia",
    q="more_than",
    period="since April",
    date="2030-08-05",
    **OCHA,
)
a(
    "nearly double",
    2,
    "measure",
    "displacement compared with the same period last year",
    q="nearly",
    unit="times",
    opt=True,
    date="2030-08-05",
    **OCHA,
)
a(
    "nearly one child in three",
    33.33,
    "percent",
    "share of children acutely malnourished in some districts",
    q="nearly",
    unit="percent",
    speaker="Paolo Mansi",
    aliases=["Mansi"],
)
IPC = dict(
    speaker="Integrated Food Security Phase Classification",
    aliases=["IPC"],
)
a(
    "About 4.6 million",
    4.6e6,
    "count",
    "people facing crisis levels of hunger or worse",
    q="approximate",
    subject="Somalia",
    **IPC,
)
a("a quarter", 25, "percent", "share of the population facing crisis hunger", unit="percent", **IPC)
WFP = dict(speaker="World Food Programme", aliases=["WFP", "The agency"])
a("1.2 million", 1.2e6, "count", "people whose rations were cut", **WFP)
a("half", 50, "percent", "cut in rations", unit="percent", after="by ", **WFP)
a("$118m", 118e6, "money", "funding received for Somalia", unit="USD", **WFP)
a("$520m", 520e6, "money", "funding WFP needs for Somalia", unit="USD", period="this year", **WFP)
LB = dict(speaker="Laurent Bukera", aliases=["Bukera"])
a("$1", 1, "money", "aid received now", unit="USD", opt=True, **LB)
a(
    "about $3",
    3,
    "money",
    "emergency response cost saved per dollar",
    q="approximate",
    unit="USD",
    **LB,
)
UNICEF = dict(
    speaker="UNICEF",
    aliases=["United Nations Children's Fund", "UN children's agency"],
    date="2030-08-04",
)
a("1.7 million", 1.7e6, "count", "children expected to be acutely malnourished", **UNICEF)
a("under five", 5, "duration", "age of children", q="less_than", unit="year", opt=True, **UNICEF)
a("12 months", 12, "duration", "projection period", unit="month", opt=True, **UNICEF)
a(
    "some 480,000",
    480000,
    "count",
    "children facing severe acute malnutrition",
    q="approximate",
    **UNICEF,
)
HN = dict(speaker="Halima Abdi Nur", aliases=["Nur", "Halima"])
a("34", 34, "duration", "age of Halima Abdi Nur", unit="year", opt=True, **HN)
a("11 days", 11, "duration", "time spent walking to the camp", unit="day", **HN)
a("six", 6, "count", "children of Halima Abdi Nur", after="her ", **HN)
a("40", 40, "count", "goats the family lost", **HN)
a("three days", 3, "duration", "time without water", unit="day", **HN)
MA = dict(speaker="Mohamed Aden", aliases=["Aden"])
a(
    "about 2,300",
    2300,
    "count",
    "new families arriving at the camp",
    q="approximate",
    period="July",
    **MA,
)
a("two", 2, "count", "boreholes at the camp", after="camp's ", **MA)
a(
    "at least 86",
    86,
    "count",
    "deaths from cholera and acute watery diarrhoea",
    q="at_least",
    period="since June",
    speaker="Somalia Disaster Management Agency",
    aliases=["SoDMA", "Disaster Management Agency"],
    date="2030-08-03",
)
a(
    "$1.4bn",
    1.4e9,
    "money",
    "UN humanitarian appeal for Somalia",
    unit="USD",
    period="this year",
    **OCHA,
)
a("19 percent", 19, "percent", "share of the appeal funded", unit="percent", **OCHA)
a(
    "about 40 percent",
    40,
    "percent",
    "share of last year's appeal funded",
    q="approximate",
    unit="percent",
)
a(
    "35 percent",
    35,
    "percent",
    "rise in arrivals at displacement sites in Banadir",
    unit="percent",
    period="past month",
    speaker="International Organization for Migration",
    aliases=["IOM"],
)
a(
    "An estimated 43,000",
    43000,
    "count",
    "deaths during the 2022 drought",
    q="approximate",
    speaker="London School of Hygiene and Tropical Medicine",
    aliases=["LSHTM"],
)

# 2805: UNICEF press release on WHO/UNICEF immunization estimates (Monday 15 July 2030).
doc("2805_unicef-who-immunization-coverage-2030-07-15.txt", "2030-07-15", None)
WU = dict(
    speaker="UNICEF",
    aliases=[
        "WHO",
        "World Health Organization",
        "WHO and UNICEF",
        "United Nations Children's Fund",
        "WUENIC",
        "the agencies",
    ],
)
a("14.2 million", 14.2e6, "count", "zero-dose children", period="2029", opt=True)
a("61 countries", 61, "count", "countries reporting measles outbreaks", opt=True)
a(
    "An estimated 14.2 million",
    14.2e6,
    "count",
    "children who did not receive a single dose of any routine vaccine",
    q="approximate",
    period="2029",
    **WU,
)
a("13.8 million", 13.8e6, "count", "zero-dose children the year before", **WU)
a("84 per cent", 84, "percent", "global DTP3 coverage", unit="percent", **WU)
a("third", 3, "count", "consecutive years of stalled coverage", after="for a ", opt=True, **WU)
a(
    "Just over half",
    50,
    "percent",
    "share of zero-dose children living in nine countries",
    q="more_than",
    unit="percent",
)
a("nine", 9, "count", "countries with most zero-dose children", after="live in ")
a(
    "Nearly one in four",
    25,
    "percent",
    "share of missed children living in conflict-affected countries",
    q="nearly",
    unit="percent",
    speaker="Catherine Russell",
    aliases=["Russell", "UNICEF Executive Director Catherine Russell"],
)
a("83 per cent", 83, "percent", "coverage with the first dose of measles vaccine", unit="percent")
a(
    "95 per cent",
    95,
    "percent",
    "measles coverage needed to prevent outbreaks",
    unit="percent",
    opt=True,
)
a(
    "61",
    61,
    "count",
    "countries with large or disruptive measles outbreaks",
    after="outbreaks were reported in ",
)
a("47", 47, "count", "countries with measles outbreaks in 2025")
TAG = dict(
    speaker="Tedros Adhanom Ghebreyesus",
    aliases=["Dr Tedros", "Tedros", "WHO Director-General"],
)
a("at least 154 million", 154e6, "count", "lives saved by vaccines", q="at_least", **TAG)
a("50 years", 50, "duration", "period of lives saved", unit="year", opt=True, **TAG)
a("31 per cent", 31, "percent", "HPV vaccine coverage among girls", unit="percent", **WU)
a("27 per cent", 27, "percent", "HPV vaccine coverage a year earlier", unit="percent", **WU)
a(
    "19",
    19,
    "count",
    "countries introducing the HPV vaccine",
    after="They said ",
    period="2029",
    **WU,
)
a(
    "more than 70",
    70,
    "count",
    "countries giving a single-dose HPV schedule",
    q="more_than",
    **WU,
)
a("24", 24, "count", "African countries with malaria vaccine coverage")
a(
    "more than 11 million",
    11e6,
    "count",
    "malaria vaccine doses delivered",
    q="more_than",
    period="2029",
)
KO = dict(
    speaker="Kate O'Brien",
    aliases=["O'Brien", "Dr Kate O'Brien"],
    date="2030-07-12",
)
a(
    "at least 38",
    38,
    "count",
    "countries reporting immunization funding shortfalls",
    q="at_least",
    **KO,
)
a(
    "roughly 1 in 3",
    33.33,
    "percent",
    "share of those countries that delayed vaccination campaigns",
    q="approximate",
    unit="percent",
    **KO,
)
GAVI = dict(speaker="Gavi, the Vaccine Alliance", aliases=["Gavi"])
a("72 million", 72e6, "count", "children vaccinated with Gavi support", period="2029", **GAVI)
a(
    "about US$ 2.9 billion",
    2.9e9,
    "money",
    "Gavi funding shortfall for its 2026-2030 strategy",
    q="approximate",
    unit="USD",
    date="2030-07-02",
    **GAVI,
)
a(
    "6 percentage points",
    6,
    "percent",
    "rise in DTP3 coverage in Gavi-supported countries since 2019",
    unit="percentage point",
    speaker="Sania Nishtar",
    aliases=["Dr Sania Nishtar", "Nishtar", "Gavi"],
)
a("195", 195, "count", "countries covered by WUENIC estimates")
a(
    "more than 190",
    190,
    "count",
    "countries and territories where UNICEF works",
    q="more_than",
    opt=True,
    speaker="UNICEF",
    aliases=["United Nations Children's Fund"],
)

# 2806: City of Calgary news release (Wednesday 14 August 2030).
doc("2806_calgary-transit-ridership-release-2030-08-14.txt", "2030-08-14", None)
CITY = dict(
    speaker="City of Calgary",
    aliases=["The City of Calgary", "The City", "City", "Calgary Transit"],
)
a(
    "66.8 million",
    66.8e6,
    "count",
    "Calgary Transit customer trips",
    period="first half of 2030",
    **CITY,
)
a("7.4 per cent", 7.4, "percent", "rise in transit trips", unit="percent", **CITY)
a("318,000", 318000, "count", "average weekday CTrain boardings", period="June")
a("42,000", 42000, "measure", "added hours of bus service", unit="hour")
a("10", 10, "count", "busiest routes getting added service", after="on the ")
a("$6.9 million", 6.9e6, "money", "annual cost of added service", unit="CAD")
DO = dict(speaker="Danielle Okafor", aliases=["Mayor Danielle Okafor", "Okafor", "Mayor"])
a(
    "more than 50,000",
    50000,
    "count",
    "population growth of Calgary",
    q="more_than",
    period="last year",
    **DO,
)
ML = dict(
    speaker="Marcus Lindqvist",
    aliases=["Councillor Marcus Lindqvist", "Lindqvist", "Ward 12 Councillor Marcus Lindqvist"],
)
a("pass 130 million", 130e6, "count", "expected transit trips in 2030", q="more_than", **ML)
a(
    "under 10 minutes",
    10,
    "duration",
    "average wait time on Route 300",
    q="less_than",
    unit="minute",
    **ML,
)
SURVEY = dict(
    speaker="City of Calgary",
    aliases=["The City of Calgary", "The City", "City", "2030 customer satisfaction survey"],
)
a("81 per cent", 81, "percent", "share of transit users satisfied", unit="percent", **SURVEY)
a(
    "74 per cent",
    74,
    "percent",
    "share of transit users satisfied in 2028",
    unit="percent",
    **SURVEY,
)
a(
    "About two-thirds",
    66.67,
    "percent",
    "share of respondents saying safety improved",
    q="approximate",
    unit="percent",
)
a("60", 60, "count", "peace officers added", after="has added ")
a("25", 25, "count", "community outreach workers added")
SF = dict(
    speaker="Sharon Fleming",
    aliases=["Fleming", "Calgary Transit director Sharon Fleming"],
    date="2030-08-13",
)
a("104 per cent", 104, "percent", "fare revenue relative to 2019 levels", unit="percent", **SF)
a(
    "about 38 per cent",
    38,
    "percent",
    "share of operating costs recovered from fares",
    q="approximate",
    unit="percent",
    **SF,
)
a(
    "89.6 per cent",
    89.6,
    "percent",
    "bus on-time performance",
    unit="percent",
    period="second quarter",
    **CITY,
)
a(
    "48,500",
    48500,
    "count",
    "participants in the Calgary Transit Access fare program",
    period="end of June",
    **CITY,
)
a("1,150", 1150, "count", "buses operated by Calgary Transit")
a("210", 210, "count", "light rail vehicles")
a("45", 45, "count", "CTrain stations")
a("59.9 kilometres", 59.9, "measure", "CTrain track length", unit="km")
a("$118", 118, "money", "monthly adult pass price", unit="CAD")

# 2807: Korea Herald business story on a telecom's quarterly results (Wednesday 7 August 2030).
doc("2807_koreaherald-nuri-telecom-q2-results-2030-08-07.txt", "2030-08-07", None)
NURI = dict(speaker="Nuri Telecom", aliases=["Nuri", "the company"])
a("18%", 18, "percent", "rise in Q2 profit", unit="percent", opt=True)
a("third-largest", 3, "rank", "rank among South Korea's mobile carriers", opt=True, **NURI)
a(
    "18.4 percent",
    18.4,
    "percent",
    "on-year rise in operating profit",
    unit="percent",
    period="second quarter",
    **NURI,
)
a("412.3 billion won", 412.3e9, "money", "operating profit", unit="KRW", period="April-June period")
a("$298 million", 298e6, "money", "operating profit in dollars", unit="USD", opt=True)
a(
    "385 billion won",
    385e9,
    "money",
    "market consensus for operating profit",
    unit="KRW",
    speaker="Yonhap Infomax",
    aliases=[],
)
a("3.1 percent", 3.1, "percent", "rise in sales", unit="percent", **NURI)
a("3.87 trillion won", 3.87e12, "money", "sales", unit="KRW", **NURI)
a("6 percent", 6, "percent", "fall in net profit", unit="percent", **NURI)
a("241 billion won", 241e9, "money", "net profit", unit="KRW", **NURI)
a("41 percent", 41, "percent", "rise in data center and cloud revenue", unit="percent")
a("286 billion won", 286e9, "money", "data center and cloud revenue", unit="KRW")
a("three", 3, "count", "mobile carriers in South Korea", after="country's ", opt=True)
a(
    "92 percent",
    92,
    "percent",
    "utilization rate of the Gasan-dong data center",
    unit="percent",
    **NURI,
)
a("eight months", 8, "duration", "time since the facility opened", unit="month", opt=True, **NURI)
LJ = dict(speaker="Lee Jae-won", aliases=["Lee", "Chief Financial Officer Lee Jae-won"])
a("7.4 percent", 7.4, "percent", "data centers' share of revenue", unit="percent", **LJ)
a("4.9 percent", 4.9, "percent", "data centers' share of revenue a year ago", unit="percent", **LJ)
a(
    "above 10 percent",
    10,
    "percent",
    "target share of revenue from data centers by 2032",
    q="more_than",
    unit="percent",
    **LJ,
)
a(
    "about 1.2 trillion won",
    1.2e12,
    "money",
    "capital expenditure this year",
    q="approximate",
    unit="KRW",
    **LJ,
)
a("96,000", 96000, "count", "mobile subscribers lost in the quarter")
a("17.9 million", 17.9e6, "count", "Nuri mobile subscribers")
MSIT = dict(speaker="Ministry of Science and ICT", aliases=["the ministry", "MSIT"])
a(
    "10.1 million",
    10.1e6,
    "count",
    "budget carrier (MVNO) subscribers",
    period="end of June",
    **MSIT,
)
a("17.6 percent", 17.6, "percent", "MVNO share of the mobile market", unit="percent", **MSIT)
a("41.2 million", 41.2e6, "count", "5G subscribers", date="2030-08-05", **MSIT)
a("4.7 percent", 4.7, "percent", "rise in Nuri's share price", unit="percent")
a("38,250 won", 38250, "money", "Nuri closing share price", unit="KRW")
KM = dict(speaker="Kim Min-seo", aliases=["Kim", "Shinhan Securities"])
a("47,000 won", 47000, "money", "target price for Nuri shares", unit="KRW", **KM)
a(
    "at least doubling",
    2,
    "measure",
    "growth in data center revenue by 2032",
    q="at_least",
    unit="times",
    opt=True,
    **KM,
)
a(
    "more than 10 percent",
    10,
    "percent",
    "annual rise in data center electricity costs",
    q="more_than",
    unit="percent",
)
a("600 won", 600, "money", "quarterly dividend per share", unit="KRW", **NURI)
a("150 billion won", 150e9, "money", "planned share buyback", unit="KRW", **NURI)

GOLD.build()
