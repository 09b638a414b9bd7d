"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout22/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout21, see README.md): headline, standfirst and
# summary-bullet figures optional; the page's own voice and unnamed sources ("officials said",
# "people familiar with the matter said") have speaker None, judged sentence by sentence; in a
# transcript an unattributed sentence of a turn is the turn's speaker, the outlet that asks
# speaks for its question, a bare QUESTION: is None, and a figure a question attributes ("the UN
# says", "The European Commission said on Tuesday") is that source's; "according to X" is X; a
# figure a spokesperson relays from a minister, the Secretary or a colleague is theirs, dated the
# day they said it; every sentence of a quote, and a quote's second paragraph, is the quoted
# speaker's; date = the day the claim was stated ("on Tuesday", "yesterday", "last night", "on
# Sunday", "on July 9"); "last week", "last month", "earlier this month", "this morning" keep the
# publication day; time spans that only date a figure, unit conversions in brackets, thresholds,
# compound adjectives, series ordinals and descriptive ages are optional; a range's value is its
# low end.

# 2200: GOV.UK press release (Wednesday 11 July 2029).
doc("2200_govuk-dsit-rural-gigabit-2029-07-11.txt", "2029-07-11", None)
a("180,000", 180000, "count", "rural homes and businesses to get gigabit broadband", opt=True)
a("Nine", 9, "count", "new Project Gigabit contracts", opt=True)
a("£410 million", 410e6, "money", "value of the Project Gigabit contracts", unit="GBP", opt=True)
a("nine", 9, "count", "contracts signed", opt=True)
a(
    "£410 million",
    410e6,
    "money",
    "value of the contracts",
    unit="GBP",
    after="- nine contracts worth ",
    opt=True,
)
a("four", 4, "count", "suppliers", opt=True)
a(
    "around 180,000",
    180000,
    "count",
    "hard-to-reach premises to be connected",
    q="approximate",
    opt=True,
)
a(
    "87%",
    87,
    "percent",
    "share of UK premises that can get a gigabit-capable connection",
    unit="percent",
    opt=True,
)
RP = dict(speaker="Rhiannon Pryce", aliases=["Pryce", "Telecoms Minister Rhiannon Pryce"])
a(
    "Around 180,000",
    180000,
    "count",
    "homes and businesses able to get gigabit broadband",
    q="approximate",
    **RP,
)
a("nine", 9, "count", "new contracts signed", after="signed ", **RP)
a(
    "£410 million",
    410e6,
    "money",
    "value of the new contracts",
    unit="GBP",
    after="nine new contracts worth ",
    **RP,
)
BD = dict(speaker="Building Digital UK", aliases=["BDUK"])
a(
    "87%",
    87,
    "percent",
    "share of UK premises that can access a gigabit-capable connection",
    unit="percent",
    after="Figures published today",
    **BD,
)
a("78%", 78, "percent", "gigabit coverage two years ago", unit="percent", **BD)
a("two years", 2, "duration", "time since the earlier coverage figure", unit="year", opt=True, **BD)
a("64%", 64, "percent", "gigabit coverage in rural areas", unit="percent")
a(
    "more than 1.1 million",
    1.1e6,
    "count",
    "premises connected through Project Gigabit",
    q="more_than",
)
a(
    "Nearly one in three",
    33.33,
    "percent",
    "share of premises under the new contracts that are farms or small businesses",
    q="nearly",
    unit="percent",
)
RP10 = dict(RP, date="2029-07-10")
a(
    "180,000",
    180000,
    "count",
    "more households and businesses to get a fast, reliable connection",
    after="These contracts mean that ",
    **RP10,
)
a(
    "around 5%",
    5,
    "percent",
    "rise in turnover of rural firms that get connected",
    q="approximate",
    unit="percent",
    **RP10,
)
OF = dict(speaker="Ofcom", aliases=["Connected Nations report"])
a(
    "482 gigabytes",
    482,
    "measure",
    "average monthly data use of a UK home",
    unit="gigabyte",
    period="last year",
    **OF,
)
a("five years", 5, "duration", "comparison period", unit="year", opt=True, **OF)
a(
    "at least 99%",
    99,
    "percent",
    "targeted gigabit coverage of premises by 2032",
    q="at_least",
    unit="percent",
    **RP,
)
a("around 2,500", 2500, "count", "supply chain jobs created by the rollout", q="approximate", **RP)
OM = dict(speaker="Owen Maddox", aliases=["Maddox"])
a(
    "about £2,300",
    2300,
    "money",
    "average cost of connecting each premises",
    q="approximate",
    unit="GBP",
    **OM,
)
a(
    "less than £500",
    500,
    "money",
    "cost of connecting a premises in a typical town",
    q="less_than",
    unit="GBP",
    **OM,
)
a("more than 6,000 km", 6000, "measure", "new fibre to be laid", q="more_than", unit="km", **OM)
a("Four", 4, "count", "suppliers that won the contracts", after="new fibre.")
a(
    "140",
    140,
    "count",
    "engineers and apprentices to be hired",
    speaker="Fibrelink Rural",
    aliases=[],
)
a(
    "40,000",
    40000,
    "count",
    "premises connected by Fibrelink Rural in the north of England",
    speaker="Gwen Harker",
    aliases=["Harker"],
)
a(
    "£14 billion",
    14e9,
    "money",
    "investment in new fibre by alternative networks since 2020",
    unit="GBP",
    speaker="Independent Networks Cooperative Association",
    aliases=["INCA"],
)
a(
    "£410 million",
    410e6,
    "money",
    "combined value of the contracts",
    unit="GBP",
    after="a combined ",
)
a("£352 million", 352e6, "money", "government subsidy in the contracts", unit="GBP")

# 2201: US State Department press briefing (Tuesday 17 July 2029).
doc(
    "2201_state-dept-halloran-briefing-2029-07-17.txt",
    "2029-07-17",
    "Kevin Halloran",
    ["Halloran", "MR HALLORAN"],
)
a(
    "more than 4 million",
    4e6,
    "count",
    "people affected by monsoon flooding in Bangladesh",
    q="more_than",
    subject="Bangladesh",
)
a("$18 million", 18e6, "money", "additional US humanitarian assistance for Bangladesh", unit="USD")
a(
    "$31 million",
    31e6,
    "money",
    "total US assistance for the Bangladesh flood response",
    unit="USD",
    period="since June",
)
a("up to 600,000", 600000, "count", "people to receive water, food and shelter", q="at_most")
a(
    "at least 112",
    112,
    "count",
    "flood deaths in Bangladesh",
    q="at_least",
    speaker="Government of Bangladesh",
    aliases=["Bangladesh", "Kevin Halloran", "Halloran"],
)
SA = dict(speaker="Ashford", aliases=["Secretary Ashford", "Secretary"])
SA15 = dict(SA, date="2029-07-15")
a(
    "up to $2 billion",
    2e9,
    "money",
    "private investment unlocked by the minerals framework",
    q="at_most",
    unit="USD",
    **SA15,
)
a("five years", 5, "duration", "period of the investment", unit="year", opt=True, **SA15)
a(
    "about 14 percent",
    14,
    "percent",
    "Philippine share of world mined nickel",
    q="approximate",
    unit="percent",
    subject="Philippines",
    **SA15,
)
a(
    "four to six weeks",
    4,
    "duration",
    "routine passport processing time",
    q="range",
    unit="week",
    low=4,
    high=6,
)
a(
    "as long as 13 weeks",
    13,
    "duration",
    "passport processing time two years ago",
    q="at_most",
    unit="week",
)
a(
    "two years",
    2,
    "duration",
    "time since the longer processing times",
    unit="year",
    after="13 weeks ",
    opt=True,
)
a("2.7 million", 2.7e6, "count", "passports issued", period="June")
a(
    "almost 900,000",
    900000,
    "count",
    "people displaced in Bangladesh",
    q="nearly",
    speaker="United Nations",
    aliases=["UN"],
)
a(
    "$18 million",
    18e6,
    "money",
    "US assistance for Bangladesh",
    unit="USD",
    after="Is ",
    speaker=None,
)
a(
    "About a third",
    33.33,
    "percent",
    "share of children among the displaced",
    q="approximate",
    unit="percent",
    speaker="UNICEF",
    aliases=["Kevin Halloran", "Halloran"],
)
a(
    "as much as 20 percent",
    20,
    "percent",
    "possible fall in Philippine nickel export earnings",
    q="at_most",
    unit="percent",
    speaker="Philippine Chamber of Mines",
    aliases=[],
    date="2029-07-16",
)
a(
    "more than 1.6 million",
    1.6e6,
    "count",
    "internally displaced Haitians",
    q="more_than",
    speaker="International Organization for Migration",
    aliases=["IOM", "AFP", "Shaun Tandon"],
    date="2029-07-13",
)
a(
    "fewer than 1,000",
    1000,
    "count",
    "officers of the multinational mission in Haiti",
    q="less_than",
    speaker="AFP",
    aliases=["Agence France-Presse", "Shaun Tandon"],
)
a(
    "$40 million",
    40e6,
    "money",
    "additional US funding for the Haiti mission trust fund",
    unit="USD",
    **SA,
)
a(
    "more than $600 million",
    600e6,
    "money",
    "US support to the Haiti mission since 2024",
    q="more_than",
    unit="USD",
)
a(
    "18 percent",
    18,
    "percent",
    "fall in student visa issuance",
    unit="percent",
    period="first half of the year",
    speaker="Reuters",
    aliases=["Humeyra Pamuk"],
)
a(
    "more than 420,000",
    420000,
    "count",
    "student visas issued",
    q="more_than",
    period="fiscal year 2028",
)

# 2202: MOFCOM regular press conference (Thursday 26 July 2029).
doc("2202_mofcom-shu-jueting-presscon-2029-07-26.txt", "2029-07-26", "Shu Jueting", ["Shu"])
H1 = "first half of the year"
a("31,540", 31540, "count", "newly established foreign-invested enterprises", period=H1)
a(
    "9.4 percent",
    9.4,
    "percent",
    "year-on-year rise in new foreign-invested enterprises",
    unit="percent",
    period=H1,
)
a("498.6 billion yuan", 498.6e9, "money", "actual use of foreign capital", unit="CNY", period=H1)
a(
    "11.2 percent",
    11.2,
    "percent",
    "rise in foreign capital used in high-tech manufacturing",
    unit="percent",
)
a(
    "13.8 percent",
    13.8,
    "percent",
    "high-tech manufacturing share of foreign capital used",
    unit="percent",
)
MC = dict(speaker="Ministry of Commerce", aliases=["MOFCOM", "Shu Jueting", "Shu"])
a(
    "more than 38 million",
    38e6,
    "count",
    "consumers buying appliances under the trade-in program",
    q="more_than",
    **MC,
)
a("61.2 million", 61.2e6, "count", "household appliances bought under the trade-in program", **MC)
a(
    "214 billion yuan",
    214e9,
    "money",
    "sales generated by the appliance trade-in program",
    unit="CNY",
    **MC,
)
a(
    "3.4 million",
    3.4e6,
    "count",
    "automobile exports",
    q="more_than",
    period=H1,
    speaker="Ministry of Industry and Information Technology",
    aliases=["MIIT", "CCTV"],
)
a(
    "1.9 million",
    1.9e6,
    "count",
    "applications for vehicle scrappage subsidies",
    q="more_than",
    period="by the end of June",
)
a(
    "about 58 percent",
    58,
    "percent",
    "share of new energy vehicles among new cars bought",
    q="approximate",
    unit="percent",
)
a(
    "420,000",
    420000,
    "count",
    "additional vehicle sales driven by the program",
    period="second quarter",
    speaker="China Automobile Dealers Association",
    aliases=["CADA", "Shu Jueting", "Shu"],
)
a(
    "up to 27.5 percent",
    27.5,
    "percent",
    "provisional anti-dumping duties on Chinese plywood",
    q="at_most",
    unit="percent",
    speaker="European Commission",
    aliases=["Bloomberg"],
    date="2029-07-24",
)
a(
    "310 million US dollars",
    310e6,
    "money",
    "Chinese exports of the products concerned to the EU",
    unit="USD",
    period="last year",
)
a(
    "less than 0.1 percent",
    0.1,
    "percent",
    "share of the products in China-EU trade in goods",
    q="less_than",
    unit="percent",
)
WW = dict(speaker="Wang Wentao", aliases=["Minister Wang Wentao", "Wang"], date="2029-07-22")
a(
    "100 percent",
    100,
    "percent",
    "share of tariff lines given zero-tariff treatment",
    unit="percent",
    **WW,
)
a("53", 53, "count", "African countries having diplomatic relations with China", **WW)
a("2.1 trillion yuan", 2.1e12, "money", "China-Africa trade", unit="CNY", period="last year", **WW)
a(
    "16 consecutive years",
    16,
    "duration",
    "years as Africa's largest trading partner",
    unit="year",
    subject="China",
    **WW,
)
a("23 billion US dollars", 23e9, "money", "deals signed during the expo", unit="USD", **WW)
GA = dict(
    speaker="General Administration of Customs", aliases=["GACC", "Customs", "Shu Jueting", "Shu"]
)
a(
    "1.31 trillion yuan",
    1.31e12,
    "money",
    "cross-border e-commerce imports and exports",
    unit="CNY",
    period="first half",
    **GA,
)
a("10.6 percent", 10.6, "percent", "growth of cross-border e-commerce trade", unit="percent", **GA)
a(
    "more than 2,500",
    2500,
    "count",
    "overseas warehouses built by Chinese enterprises",
    q="more_than",
)
a(
    "30 million square meters",
    30e6,
    "measure",
    "total area of overseas warehouses",
    q="more_than",
    unit="square metre",
)

# 2203: Bloomberg company results story (Thursday 2 August 2029).
doc("2203_bloomberg-tessaro-half-year-results-2029-08-02.txt", "2029-08-02", None)
a(
    "as much as 9.2%",
    9.2,
    "percent",
    "intraday rise in Tessaro shares",
    q="at_most",
    unit="percent",
    subject="Tessaro",
)
TS = dict(speaker="Tessaro SpA", aliases=["Tessaro"])
a("7.4%", 7.4, "percent", "first-half revenue growth", unit="percent", subject="Tessaro", **TS)
a(
    "€2.86 billion",
    2.86e9,
    "money",
    "first-half revenue",
    unit="EUR",
    subject="Tessaro",
    period="six months through June",
    **TS,
)
a("six months", 6, "duration", "reporting period", unit="month", opt=True, **TS)
a(
    "€2.79 billion",
    2.79e9,
    "money",
    "analysts' revenue estimate",
    unit="EUR",
    speaker="Bloomberg",
    aliases=[],
)
a("€512 million", 512e6, "money", "adjusted operating profit", unit="EUR", subject="Tessaro")
a("17.9%", 17.9, "percent", "adjusted operating margin", unit="percent", subject="Tessaro")
a("11%", 11, "percent", "constant-currency sales growth in North America", unit="percent")
a("4%", 4, "percent", "fall in revenue in China", unit="percent")
a("third", 3, "count", "consecutive quarterly declines in China", opt=True)
MF = dict(speaker="Marco Ferrandi", aliases=["Ferrandi"])
a(
    "more than 14%",
    14,
    "percent",
    "growth of Tessaro's own stores in the US",
    q="more_than",
    unit="percent",
    **MF,
)
a("38", 38, "count", "new stores opened in the half", **MF)
a("40", 40, "count", "further stores to open before year-end", after="open another ", **MF)
a(
    "about €45 million",
    45e6,
    "money",
    "cost of US tariffs to the company this year",
    q="approximate",
    unit="EUR",
    **MF,
)
a("€60 million", 60e6, "money", "tariff cost flagged in February", unit="EUR", **MF)
a("3%", 3, "percent", "average increase in Tessaro's US prices", unit="percent", **MF)
a("22%", 22, "percent", "gain in Tessaro shares this year", unit="percent")
a("about €14 billion", 14e9, "money", "market value of Tessaro", q="approximate", unit="EUR")
a(
    "41%",
    41,
    "percent",
    "US share of Tessaro group revenue",
    unit="percent",
    speaker="Nadia Ricci",
    aliases=["Ricci", "Bloomberg Intelligence"],
)
a(
    "as much as €1.5 billion",
    1.5e9,
    "money",
    "possible value of a sale of the contact lens unit",
    q="at_most",
    unit="EUR",
)
a("as much as €300 million", 300e6, "money", "planned share buyback", q="at_most", unit="EUR", **TS)
EV = dict(speaker="Elena Vitali", aliases=["Vitali"])
a("€1.9 billion", 1.9e9, "money", "net debt at the end of June", unit="EUR", **EV)
a("€2.3 billion", 2.3e9, "money", "net debt a year earlier", unit="EUR", **EV)

# 2204: AP wire story on an earthquake (Tuesday 14 August 2029).
doc("2204_ap-western-turkey-earthquake-2029-08-14.txt", "2029-08-14", None)
a("at least 23", 23, "count", "people killed by the earthquake", q="at_least", opt=True)
a("6.3", 6.3, "measure", "earthquake magnitude")
a("at least 23", 23, "count", "people killed by the earthquake", q="at_least", after="killing ")
KY = dict(speaker="Kemal Yurtsever", aliases=["Yurtsever", "Interior Minister Kemal Yurtsever"])
a("412", 412, "count", "people injured", **KY)
a("38", 38, "count", "people seriously injured", **KY)
a("61", 61, "count", "people pulled alive from the rubble", **KY)
a("at least nine", 9, "count", "collapsed buildings still being searched", q="at_least", **KY)
a("more than 4,800", 4800, "count", "rescue personnel in the region", q="more_than", **KY)
a("1,200", 1200, "count", "further personnel on their way", **KY)
AF = dict(speaker="Disaster and Emergency Management Authority", aliases=["AFAD"])
a("11 kilometers", 11, "measure", "depth of the earthquake", unit="km", **AF)
a("7 miles", 7, "measure", "depth of the earthquake", unit="mile", opt=True, **AF)
a("more than 140", 140, "count", "aftershocks", q="more_than")
a("5.1", 5.1, "measure", "magnitude of the strongest aftershock")
a(
    "6.1",
    6.1,
    "measure",
    "earthquake magnitude",
    speaker="U.S. Geological Survey",
    aliases=["USGS", "United States Geological Survey"],
)
a(
    "about 350 kilometers",
    350,
    "measure",
    "distance from Istanbul to the epicenter",
    q="approximate",
    unit="km",
)
a("220 miles", 220, "measure", "distance from Istanbul to the epicenter", unit="mile", opt=True)
NA = dict(speaker="Nurcan Aydemir", aliases=["Aydemir", "Manisa Governor Nurcan Aydemir"])
a("around 3,000", 3000, "count", "people who spent the night in tents", q="approximate", **NA)
a("190", 190, "count", "buildings damaged", **NA)
a("27", 27, "count", "buildings damaged beyond repair", **NA)
a("68", 68, "measure", "age of Huseyin Dogan", unit="year", opt=True)
a("Fifteen", 15, "count", "houses destroyed in Kayacik", speaker="Huseyin Dogan", aliases=["Dogan"])
a("five", 5, "count", "stories of the apartment block", after="a ", opt=True)
a("about 105,000", 105000, "count", "population of Soma", q="approximate", subject="Soma")
a("301", 301, "count", "miners killed in the 2014 Soma disaster")
a("two", 2, "count", "powerful earthquakes in February 2023", after="In February 2023, ", opt=True)
a(
    "more than 53,000",
    53000,
    "count",
    "people killed by the February 2023 earthquakes",
    q="more_than",
)
KO = dict(speaker="Kandilli Observatory", aliases=["Istanbul's Kandilli Observatory"])
a("5.5", 5.5, "measure", "aftershock magnitude threshold", opt=True, **KO)
a(
    "about 10%",
    10,
    "percent",
    "probability of a strong aftershock in the coming week",
    q="approximate",
    unit="percent",
    **KO,
)

# 2205: UNICEF Geneva Palais briefing note (Tuesday 7 August 2029).
doc(
    "2205_unicef-myanmar-floods-briefing-note-2029-08-07.txt",
    "2029-08-07",
    "Anna-Lena Hoffer",
    ["Hoffer", "UNICEF"],
)
a("Two weeks", 2, "duration", "duration of the torrential rain", unit="week", opt=True)
OC = dict(
    speaker="Office for the Coordination of Humanitarian Affairs",
    aliases=[
        "OCHA",
        "UN Office for the Coordination of Humanitarian Affairs",
        "Anna-Lena Hoffer",
        "Hoffer",
        "UNICEF",
    ],
)
a(
    "more than 1.3 million",
    1.3e6,
    "count",
    "people affected by the floods",
    q="more_than",
    subject="Myanmar",
    **OC,
)
a("around 540,000", 540000, "count", "children affected by the floods", q="approximate", **OC)
# The sentence after "According to OCHA" is inside the spokesperson's quote: hers, OCHA an alias.
HO_OC = dict(
    aliases=[
        "Hoffer",
        "UNICEF",
        "OCHA",
        "Office for the Coordination of Humanitarian Affairs",
        "UN Office for the Coordination of Humanitarian Affairs",
    ]
)
a("At least 86", 86, "count", "people killed in the floods", q="at_least", **HO_OC)
a("31", 31, "count", "children killed in the floods", **HO_OC)
a("three", 3, "count", "displacement sites visited outside Sittwe", opt=True)
JR = dict(speaker="Julia Rees", aliases=["Rees"], date="2029-08-06")
a("more than 4,000", 4000, "count", "people in one displacement site", q="more_than", **JR)
a("12", 12, "count", "latrines shared in the site", **JR)
a(
    "2,140",
    2140,
    "count",
    "suspected cholera cases in Rakhine and Magway",
    period="since the start of July",
)
a("28", 28, "count", "cholera deaths")
a(
    "Almost half",
    50,
    "percent",
    "share of cholera cases among children under five",
    q="nearly",
    unit="percent",
)
a(
    "five",
    5,
    "measure",
    "age threshold of the children",
    unit="year",
    after="children under ",
    opt=True,
)
a("1.8 million", 1.8e6, "count", "water purification tablets delivered")
a("26,000", 26000, "count", "family hygiene kits delivered")
a("around 95,000", 95000, "count", "people with safe water restored", q="approximate")
a("Some 1,150", 1150, "count", "schools damaged or used as shelters", q="approximate")
a("some 210,000", 210000, "count", "students affected by school damage", q="approximate")
a("US$34 million", 34e6, "money", "UNICEF appeal for Myanmar", unit="USD")
a("600,000", 600000, "count", "people to be reached by the appeal")
a("three months", 3, "duration", "period of the appeal", unit="month", opt=True)
a("9 per cent", 9, "percent", "share of the appeal funded", unit="percent")
a(
    "2.2 million",
    2.2e6,
    "count",
    "people facing acute food insecurity in flood-affected areas",
    speaker="World Food Programme",
    aliases=["WFP", "Anna-Lena Hoffer", "Hoffer"],
)
a(
    "more than 190",
    190,
    "count",
    "countries and territories where UNICEF works",
    q="more_than",
    speaker=None,
    opt=True,
)

# 2206: Straits Times economy story (Monday 16 July 2029).
doc("2206_straitstimes-singapore-q2-gdp-2029-07-16.txt", "2029-07-16", None)
a("3.1%", 3.1, "percent", "Q2 economic growth", unit="percent", subject="Singapore", opt=True)
MTI = dict(speaker="Ministry of Trade and Industry", aliases=["MTI"])
a(
    "3.1 per cent",
    3.1,
    "percent",
    "year-on-year GDP growth",
    unit="percent",
    subject="Singapore",
    period="second quarter of 2029",
    **MTI,
)
a(
    "2.6 per cent",
    2.6,
    "percent",
    "year-on-year GDP growth",
    unit="percent",
    subject="Singapore",
    period="first quarter",
    **MTI,
)
a(
    "2.4 per cent",
    2.4,
    "percent",
    "expected growth in the Bloomberg poll",
    unit="percent",
    speaker="Bloomberg",
    aliases=[],
)
a("1.2 per cent", 1.2, "percent", "quarter-on-quarter seasonally adjusted growth", unit="percent")
a("0.4 per cent", 0.4, "percent", "contraction in the previous quarter", unit="percent")
a("6.8 per cent", 6.8, "percent", "manufacturing growth", unit="percent")
a("4.5 per cent", 4.5, "percent", "construction sector growth", unit="percent")
a("2.2 per cent", 2.2, "percent", "services producing industries growth", unit="percent")
a(
    "1.5 to 2.5 per cent",
    1.5,
    "percent",
    "full-year growth forecast",
    q="range",
    unit="percent",
    low=1.5,
    high=2.5,
    **MTI,
)
a(
    "0.5 percentage point",
    0.5,
    "percent",
    "contribution of front-loading to growth",
    unit="percentage point",
    period="first half",
    speaker="Tan Wei Ling",
    aliases=["Tan", "OCBC"],
)
MG = dict(speaker="Marcus Goh", aliases=["Goh", "DBS"])
a("2.8 per cent", 2.8, "percent", "forecast economic growth this year", unit="percent", **MG)
a(
    "2 per cent",
    2,
    "percent",
    "earlier growth forecast",
    unit="percent",
    after="earlier forecast of ",
    **MG,
)
LW = dict(
    speaker="Lawrence Wong", aliases=["Wong", "Prime Minister Lawrence Wong"], date="2029-07-09"
)
a("S$1.1 billion", 1.1e9, "money", "support package for firms hit by US tariffs", unit="SGD", **LW)
a("about 30,000", 30000, "count", "workers helped to retrain or move jobs", q="approximate", **LW)
a(
    "2 to 4 per cent",
    2,
    "percent",
    "forecast growth in non-oil domestic exports",
    q="range",
    unit="percent",
    period="2029",
    low=2,
    high=4,
    speaker="Enterprise Singapore",
    aliases=[],
)
a(
    "2 per cent",
    2,
    "percent",
    "overall unemployment rate",
    unit="percent",
    period="May",
    after="stood at ",
    speaker="Ministry of Manpower",
    aliases=["MOM"],
)

# 2207: PIB release of the Ministry of Coal (Monday 2 July 2029).
doc("2207_pib-coal-q1-production-2029-07-02.txt", "2029-07-02", None)
a("7.8 per cent", 7.8, "percent", "growth in coal production", unit="percent", opt=True)
a(
    "262.4 million tonnes",
    262.4e6,
    "measure",
    "coal production in the first quarter",
    unit="tonne",
    opt=True,
)
a("21 per cent", 21, "percent", "growth of captive and commercial mines", unit="percent", opt=True)
MoC = dict(speaker="Ministry of Coal", aliases=[])
a(
    "262.4 million tonnes",
    262.4e6,
    "measure",
    "coal production",
    unit="tonne",
    subject="India",
    period="first quarter of FY 2029-30",
    after="rose to ",
    **MoC,
)
a(
    "7.8 per cent",
    7.8,
    "percent",
    "growth in coal production",
    unit="percent",
    after="growth of ",
    **MoC,
)
a("243.4 MT", 243.4e6, "measure", "coal production a year earlier", unit="tonne", **MoC)
a("198.6 MT", 198.6e6, "measure", "Coal India production", unit="tonne", subject="Coal India")
a("51.3 MT", 51.3e6, "measure", "captive and commercial mines output", unit="tonne")
a(
    "21 per cent",
    21,
    "percent",
    "growth of captive and commercial mines output",
    unit="percent",
    after="51.3 MT, a growth of ",
)
a("268.9 MT", 268.9e6, "measure", "coal dispatch", unit="tonne")
GK = dict(
    speaker="G Kishan Reddy",
    aliases=["G. Kishan Reddy", "Shri G Kishan Reddy", "Kishan Reddy", "Reddy", "Shri Reddy"],
    date="2029-07-01",
)
a("118 MT", 118e6, "measure", "pithead coal stock", unit="tonne", period="end of June", **GK)
a(
    "over 40 days",
    40,
    "duration",
    "days of thermal plant requirement covered by stock",
    q="more_than",
    unit="day",
    **GK,
)
a("56.7 MT", 56.7e6, "measure", "coal stock at thermal power plants", unit="tonne", **GK)
a(
    "about 72 per cent",
    72,
    "percent",
    "coal share of electricity generation",
    q="approximate",
    unit="percent",
    **GK,
)
a("5.2 per cent", 5.2, "percent", "rise in coal-based power generation", unit="percent", **GK)
a(
    "1.15 billion tonnes",
    1.15e9,
    "measure",
    "target domestic coal production this year",
    unit="tonne",
    **GK,
)
RS = dict(
    speaker="Rajesh Kumar Sinha", aliases=["Shri Rajesh Kumar Sinha", "Sinha"], date="2029-07-01"
)
a("14", 14, "count", "new coal mines started production since April", **RS)
a("172", 172, "count", "operational captive and commercial mines", **RS)
a("9", 9, "count", "coal blocks auctioned", after="auctioned ", **RS)
a(
    "38.5 MT",
    38.5e6,
    "measure",
    "combined peak rated capacity of the blocks per annum",
    unit="tonne",
    **RS,
)
a(
    "₹4,620 crore",
    46.2e9,
    "money",
    "annual revenue for the States from the blocks",
    unit="INR",
    **RS,
)
a("over 52,000", 52000, "count", "direct and indirect jobs from the blocks", q="more_than", **RS)
a(
    "11.6 per cent",
    11.6,
    "percent",
    "decline in coal imports",
    unit="percent",
    period="April-May",
    **MoC,
)
a("41.3 MT", 41.3e6, "measure", "coal imports", unit="tonne", period="April-May", **MoC)
a(
    "about ₹9,800 crore",
    98e9,
    "money",
    "foreign exchange savings",
    q="approximate",
    unit="INR",
    **MoC,
)

GOLD.build()
