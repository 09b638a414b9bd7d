"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout6/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5, see README.md): headline, standfirst and related-link figures
# optional; the page's own voice and unnamed sources ("officials said", "local media reported",
# "a port official who spoke on condition of anonymity", "some foreign institutions expect") have
# speaker None, judged sentence by sentence; in a transcript the turn's speaker is the default,
# the outlet that asks speaks for its question, and a figure a question attributes is that
# source's (the outlet an alias); "according to X" / "data from X showed" / "X estimates" are X
# (in an answer or a speech, the speaker an alias), and so is a sentence that only continues X's
# data set ("Of this", "Among them"); a figure relayed from a minister or principal is theirs,
# dated the day they said it; every sentence of a multi-sentence quote is the quoted speaker's;
# date = the day the claim was stated, with "on Monday", "yesterday" resolved; "last week",
# "earlier this month" and undated reports keep the publication day (as heldout 205); a speech
# published the day after it was delivered is dated the delivery day; time spans that only date a
# figure are optional.

# 700: MOFCOM regular press conference (Thursday 16 July 2026).
HE = ["Spokesperson He Yadong", "He"]
doc("700_mofcom-he-yadong-presscon-2026-07-16.txt", "2026-07-16", "He Yadong", HE)
MOF = dict(speaker="Ministry of Commerce", aliases=["MOFCOM", "He Yadong", *HE])
a(
    "1.38 trillion yuan",
    1.38e12,
    "money",
    "services retail sales on key online platforms",
    unit="CNY",
    period="first half",
    **MOF,
)
a(
    "11.4%",
    11.4,
    "percent",
    "year-on-year growth of online services retail sales",
    unit="percent",
    **MOF,
)
a("23.6%", 23.6, "percent", "rise in online sales of travel services", unit="percent", **MOF)
a(
    "17.2%",
    17.2,
    "percent",
    "rise in sales of cultural and entertainment services",
    unit="percent",
    **MOF,
)
a(
    "more than 41 million",
    41e6,
    "count",
    "household appliances applied for under trade-in",
    q="more_than",
    period="by the end of June",
)
a("712", 712, "count", "companies and institutions confirmed for the Supply Chain Expo")
a("75", 75, "count", "countries and regions of the expo participants", after="institutions from ")
a("about a third", 33.33, "percent", "share of foreign exhibitors", q="approximate", unit="percent")
# "Some foreign institutions expect" in an outlet's question: an unnamed source.
a(
    "around 3%",
    3,
    "percent",
    "expected export growth in the second half",
    q="approximate",
    unit="percent",
    speaker=None,
    period="second half",
)
GAC = dict(
    speaker="General Administration of Customs",
    aliases=["customs", "GAC", "GACC", "He Yadong", *HE],
)
a(
    "21.9 trillion yuan",
    21.9e12,
    "money",
    "total imports and exports of goods",
    unit="CNY",
    subject="China",
    period="first half",
    **GAC,
)
a("3.1%", 3.1, "percent", "year-on-year growth of imports and exports", unit="percent", **GAC)
a("5.6%", 5.6, "percent", "growth of exports", unit="percent", **GAC)
a("0.7%", 0.7, "percent", "fall in imports", unit="percent", **GAC)
a("51.8%", 51.8, "percent", "share of trade with Belt and Road countries", unit="percent", **GAC)
a(
    "0.9 percentage points",
    0.9,
    "percent",
    "rise in the Belt and Road trade share",
    unit="percentage point",
    **GAC,
)
WW = dict(speaker="Wang Wentao", aliases=["Minister Wang Wentao", "Wang"], date="2026-07-13")
a(
    "more than 600,000",
    600000,
    "count",
    "enterprises with import and export activity",
    q="more_than",
    period="first half",
    **WW,
)
a("8.2%", 8.2, "percent", "rise in exports of private enterprises", unit="percent", **WW)
a(
    "about 400 million euros",
    400e6,
    "money",
    "annual imports covered by EU plywood duties",
    q="approximate",
    unit="EUR",
    speaker="European Union",
    aliases=["EU", "European Commission", "Bloomberg"],
    date="2026-07-14",
)
a(
    "five years",
    5,
    "duration",
    "period of the trade remedy investigations",
    unit="year",
    after="Over the past ",
    opt=True,
)
a(
    "27",
    27,
    "count",
    "EU trade remedy investigations against Chinese products",
    after="the EU has initiated ",
    period="past five years",
)
a("8,960", 8960, "count", "departure tax refund stores", period="as of the end of June")
a("87%", 87, "percent", "year-on-year rise in tax refund stores", unit="percent")
a(
    "64%",
    64,
    "percent",
    "rise in sales eligible for tax refunds",
    unit="percent",
    period="second quarter",
)
a(
    "12,000",
    12000,
    "count",
    "target number of tax refund stores by year end",
    speaker="Liu Wei",
    aliases=["Liu"],
    date="2026-07-09",
)
a(
    "more than 190 million",
    190e6,
    "count",
    "mobile payment transactions by foreign bank cards",
    q="more_than",
    period="first half",
)
a(
    "three",
    3,
    "count",
    "batches of treasury bond funds allocated for the trade-in",
    after="allocated ",
    opt=True,
)
a(
    "162 billion yuan",
    162e9,
    "money",
    "treasury bond funds for the trade-in programme",
    unit="CNY",
    period="this year",
)

# 701: SCIO press conference, several officials (Wednesday 10 June 2026).
LIN = ["Mr. Lin Haoran", "Mr. Lin", "Lin", "Vice Minister Lin"]
YAO = dict(speaker="Yao Wenjing", aliases=["Ms. Yao Wenjing", "Ms. Yao", "Yao"])
GAO = dict(speaker="Gao Ping", aliases=["Mr. Gao Ping", "Mr. Gao", "Gao"])
doc("701_scio-flood-season-presscon-2026-06-10.txt", "2026-06-10", "Lin Haoran", LIN)
a(
    "8%",
    8,
    "percent",
    "rainfall above the average for the period",
    unit="percent",
    period="since the start of the year",
)
a("213", 213, "count", "rivers with floods above the warning level")
a("19", 19, "count", "rivers with record floods", after="213 rivers")
a(
    "some 2.3 million mu",
    2.3e6,
    "measure",
    "farmland affected by drought",
    q="approximate",
    unit="mu",
)
a("14", 14, "count", "emergency responses launched", period="this year")
a("more than 4,700", 4700, "count", "rescue boats pre-positioned", q="more_than")
a(
    "1.2 million cubic meters",
    1.2e6,
    "measure",
    "stone materials pre-positioned",
    unit="cubic metre",
)
a("98,000", 98000, "count", "hydrological stations in the monitoring network")
a("at least 72 hours", 72, "duration", "flood forecast lead time", q="at_least", unit="hour")
a(
    "20% to 30%",
    20,
    "percent",
    "precipitation above normal in the Haihe and Songliao basins",
    q="range",
    unit="percent",
    low=20,
    high=30,
    speaker="China Meteorological Administration",
    aliases=["CMA", "Lin Haoran", *LIN],
)
a("more than 94,000", 94000, "count", "reservoirs in China", q="more_than", **YAO)
a("over 95%", 95, "percent", "share of small reservoirs", q="more_than", unit="percent", **YAO)
a("3,860", 3860, "count", "small reservoirs with safety risks removed", **YAO)
a("46,000", 46000, "count", "reservoirs with rain gauges and water-level monitoring", **YAO)
a(
    "about 620,000",
    620000,
    "count",
    "persons responsible for reservoir safety named and trained",
    q="approximate",
    date="2026-06-05",
)
a(
    "more than $20 billion",
    20e9,
    "money",
    "average annual flood losses in China",
    q="more_than",
    unit="USD",
    period="past decade",
    speaker="Asian Development Bank",
    aliases=["ADB", "Reuters"],
)
a(
    "1.18 trillion yuan",
    1.18e12,
    "money",
    "investment in water conservancy construction",
    unit="CNY",
    period="2025",
)
a(
    "fourth consecutive year",
    4,
    "duration",
    "years investment exceeded 1 trillion yuan",
    unit="year",
    opt=True,
)
a(
    "1 trillion yuan",
    1e12,
    "money",
    "threshold of annual water conservancy investment",
    unit="CNY",
    opt=True,
)
a(
    "0.21%",
    0.21,
    "percent",
    "direct flood losses as a share of GDP",
    unit="percent",
    period="last year",
)
a(
    "0.46%",
    0.46,
    "percent",
    "direct flood losses as a share of GDP in the previous decade",
    unit="percent",
    period="previous decade",
)
a("below 400", 400, "count", "flood death toll", q="less_than", period="most years since 2021")
a(
    "five months",
    5,
    "duration",
    "period of the disaster figures",
    unit="month",
    after="In the first ",
    opt=True,
    **GAO,
)
a(
    "12.6 million",
    12.6e6,
    "count",
    "people affected by natural disasters",
    period="first five months",
    **GAO,
)
a(
    "38.4 billion yuan",
    38.4e9,
    "money",
    "direct economic losses from natural disasters",
    unit="CNY",
    **GAO,
)
a("27%", 27, "percent", "fall in direct losses from the five-year average", unit="percent", **GAO)
a(
    "five years",
    5,
    "duration",
    "period of the loss average",
    unit="year",
    after="the past ",
    opt=True,
    **GAO,
)
a("51", 51, "count", "early warnings of disaster risk issued", **GAO)
MOH = dict(
    speaker="Ministry of Housing and Urban-Rural Development",
    aliases=["MOHURD", "the ministry", "Yao Wenjing", "Ms. Yao Wenjing", "Yao"],
)
a("about 1,500", 1500, "count", "waterlogging-prone spots in cities", q="approximate", **MOH)
a(
    "70%",
    70,
    "percent",
    "share of waterlogging-prone spots fixed",
    unit="percent",
    period="by the end of May",
    **MOH,
)

# 702: Pentagon press briefing (Tuesday 15 September 2026).
BR = ["Brandt", "MS. BRANDT", "Press Secretary Alicia Brandt", "PRESS SECRETARY ALICIA BRANDT"]
OD = dict(
    speaker="Marcus Odell",
    aliases=[
        "Odell",
        "General Odell",
        "GEN. ODELL",
        "Lt. Gen. Marcus Odell",
        "LT. GEN. MARCUS ODELL",
    ],
)
HEG = dict(speaker="Pete Hegseth", aliases=["Secretary Hegseth", "Hegseth"], date="2026-09-14")
doc("702_pentagon-press-briefing-2026-09-15.txt", "2026-09-15", "Alicia Brandt", BR)
a(
    "more than 6,200",
    6200,
    "count",
    "service members supporting relief in Puerto Rico",
    q="more_than",
)
a(
    "about 2,800",
    2800,
    "count",
    "Puerto Rico National Guard members supporting relief",
    q="approximate",
)
a("two", 2, "count", "additional amphibious ships kept on station", after="would keep ", **HEG)
a(
    "at least 30 days",
    30,
    "duration",
    "time the ships stay on station",
    q="at_least",
    unit="day",
    **HEG,
)
a("15", 15, "count", "more generators approved for hospitals", after="deployment of ", **HEG)
a("72 hours", 72, "duration", "period of the sorties", unit="hour", opt=True, **OD)
a("340", 340, "count", "sorties flown by Northern Command", **OD)
a("roughly 1.1 million", 1.1e6, "count", "meals delivered", q="approximate", **OD)
a("some 900,000 liters", 900000, "measure", "water delivered", q="approximate", unit="litre", **OD)
a("41", 41, "count", "bridges assessed by Army engineers", **OD)
a("12", 12, "count", "bridges closed to traffic", after="41 bridges, and ", **OD)
PREPA = dict(
    speaker="Puerto Rico Electric Power Authority",
    aliases=["PREPA", "Marcus Odell", "Odell", "General Odell", "GEN. ODELL"],
)
a("61%", 61, "percent", "share of customers without electricity", unit="percent", **PREPA)
a(
    "up to six weeks",
    6,
    "duration",
    "time to full power restoration",
    q="at_most",
    unit="week",
    **PREPA,
)
a("58", 58, "count", "temporary generators installed", **OD)
a(
    "75",
    75,
    "count",
    "temporary generators the Corps was tasked to deliver",
    after="58 of the ",
    **OD,
)
a("more than 1,300", 1300, "count", "patients treated by USNS Comfort teams", q="more_than", **OD)
GOV = dict(
    speaker="Jenniffer Gonzalez",
    aliases=[
        "Governor Gonzalez",
        "Gonzalez",
        "Jenniffer González-Colón",
        "Reuters",
        "Lucas Tremblay",
    ],
    date="2026-09-14",
)
a("at least 23", 23, "count", "deaths from Hurricane Delphine", q="at_least", **GOV)
a("some 40,000", 40000, "count", "residents in shelters", q="approximate", **GOV)
a(
    "6,200",
    6200,
    "count",
    "service members supporting relief",
    after="beyond the ",
    speaker="Reuters",
    aliases=["Lucas Tremblay"],
    opt=True,
)
a("about 1,500", 1500, "count", "troops on prepare-to-deploy orders", q="approximate", **OD)
a(
    "48 hours",
    48,
    "duration",
    "time to deploy the additional troops",
    unit="hour",
    after="within ",
    **OD,
)
a(
    "61,000",
    61000,
    "count",
    "Army recruits signed for the fiscal year",
    speaker="U.S. Army",
    aliases=["Army", "CNN", "Nadia Haddad"],
)
a("97%", 97, "percent", "share of the Navy's recruiting goal met", unit="percent")
a(
    "32,000",
    32000,
    "count",
    "Air Force target of active-duty airmen",
    speaker="U.S. Air Force",
    aliases=["Air Force", "Alicia Brandt", *BR],
)
a(
    "about 14%",
    14,
    "percent",
    "rise in military applicants from last year",
    q="approximate",
    unit="percent",
)
a(
    "around 40,000",
    40000,
    "count",
    "artillery shells produced a month",
    q="approximate",
    speaker=None,
)
a(
    "100,000",
    100000,
    "count",
    "department's monthly artillery shell production goal",
    speaker="Politico",
    aliases=["Sam Whitaker"],
)
a(
    "more than 120%",
    120,
    "percent",
    "rise in 155-millimeter round production",
    q="more_than",
    unit="percent",
    period="since 2024",
)
a("$3.2 billion", 3.2e9, "money", "Army contracts to expand shell production capacity", unit="USD")
a(
    "roughly 25,000",
    25000,
    "count",
    "rounds a month added by the new lines",
    q="approximate",
    speaker="Steve Feinberg",
    aliases=["Deputy Secretary Feinberg", "Feinberg"],
)
a(
    "two",
    2,
    "count",
    "service members injured in Puerto Rico",
    after="confirm that ",
    speaker="Fox News",
    aliases=["Jennifer Ruiz"],
    opt=True,
)
a(
    "two",
    2,
    "count",
    "soldiers injured in a debris-clearing operation",
    after="I can confirm that ",
    **OD,
)

# 703: Reuters wire story on Banxico's rate decision (Thursday 13 August 2026).
doc("703_reuters-banxico-rate-cut-2026-08-13.txt", "2026-08-13", None)
a("6.75%", 6.75, "percent", "benchmark interest rate", unit="percent", opt=True)
a("25 basis points", 25, "percent", "cut in the benchmark interest rate", unit="basis point")
a("6.75%", 6.75, "percent", "benchmark interest rate", unit="percent", after="basis points to ")
a("ninth", 9, "count", "consecutive rate reductions", after="its ", opt=True)
# A Reuters poll reported by Reuters: the poll is named as the source.
a(
    "24",
    24,
    "count",
    "analysts polled who expected the cut",
    speaker="Reuters",
    aliases=["Reuters poll"],
)
a(
    "quarter-point",
    0.25,
    "percent",
    "expected rate cut",
    unit="percentage point",
    speaker="Reuters",
    aliases=["Reuters poll"],
    opt=True,
)
a(
    "3.81%",
    3.81,
    "percent",
    "headline inflation",
    unit="percent",
    period="July",
    speaker="National Institute of Statistics and Geography",
    aliases=["INEGI", "national statistics agency INEGI"],
)
a(
    "one percentage point",
    1,
    "percent",
    "central bank tolerance range around its target",
    unit="percentage point",
)
a("3%", 3, "percent", "central bank inflation target", unit="percent", after="around its ")
a("third straight month", 3, "duration", "months core inflation has risen", unit="month", opt=True)
a("4.12%", 4.12, "percent", "core inflation", unit="percent")
VRC = dict(
    speaker="Victoria Rodriguez Ceja",
    aliases=["Rodriguez Ceja", "Governor Victoria Rodriguez Ceja", "Victoria Rodríguez Ceja"],
)
a(
    "3%",
    3,
    "percent",
    "level core inflation is expected to return to",
    unit="percent",
    after="return to ",
    **VRC,
)
a(
    "425 basis points",
    425,
    "percent",
    "cumulative rate cuts since the easing cycle began",
    unit="basis point",
    **VRC,
)
a(
    "1.2%",
    1.2,
    "percent",
    "intraday fall of the peso against the dollar",
    q="at_most",
    unit="percent",
)
a("19.43", 19.43, "measure", "peso exchange rate per dollar", unit="MXN per USD")
a("about 6%", 6, "percent", "peso's fall since early June", q="approximate", unit="percent")
a(
    "25%",
    25,
    "percent",
    "US tariffs on Mexican steel and aluminum",
    unit="percent",
    speaker="United States",
    aliases=["Washington", "U.S. government", "US government"],
)
a(
    "6.75%",
    6.75,
    "percent",
    "expected year-end policy rate",
    unit="percent",
    after="end the year at ",
    speaker="Gabriela Siller",
    aliases=["Siller"],
)
CE = dict(speaker="Capital Economics", aliases=[])
a("twice", 2, "count", "further rate cuts expected", **CE)
a(
    "6.25%",
    6.25,
    "percent",
    "expected policy rate by the first quarter of next year",
    unit="percent",
    **CE,
)
a(
    "0.3%",
    0.3,
    "percent",
    "quarterly contraction of the economy",
    unit="percent",
    period="second quarter",
    speaker=None,
)
a(
    "three months",
    3,
    "duration",
    "comparison period of the contraction",
    unit="month",
    speaker=None,
    opt=True,
)
BX = dict(speaker="Bank of Mexico", aliases=["Banxico", "central bank", "the bank"])
a("0.6%", 0.6, "percent", "2026 growth forecast", unit="percent", period="2026", **BX)
a("1.1%", 1.1, "percent", "previous 2026 growth forecast", unit="percent", **BX)
EA = dict(
    speaker="Edgar Amador", aliases=["Amador", "Finance Minister Edgar Amador"], date="2026-08-12"
)
a(
    "about 9%",
    9,
    "percent",
    "real rise in public investment next year",
    q="approximate",
    unit="percent",
    period="next year",
    **EA,
)
a("3.2%", 3.2, "percent", "budget deficit target as a share of GDP", unit="percent", **EA)
a(
    "up to 50 billion pesos",
    50e9,
    "money",
    "special fund for exporters hit by tariffs",
    q="at_most",
    unit="MXN",
    speaker=None,
)
a(
    "more than 80%",
    80,
    "percent",
    "share of Mexico's exports sent to the United States",
    q="more_than",
    unit="percent",
    subject="Mexico",
)

# 704: UN News story on UNCTAD's Review of Maritime Transport (Thursday 22 October 2026).
UNCTAD = dict(
    speaker="UNCTAD",
    aliases=[
        "United Nations Conference on Trade and Development",
        "UN Trade and Development",
        "UN trade and development agency",
        "Review of Maritime Transport",
    ],
)
RG = dict(speaker="Rebeca Grynspan", aliases=["Ms. Grynspan", "Grynspan"])
doc("704_un-news-unctad-maritime-2026-10-22.txt", "2026-10-22", None)
a(
    "2.1 per cent",
    2.1,
    "percent",
    "growth of seaborne trade",
    unit="percent",
    period="last year",
    **UNCTAD,
)
a("12.6 billion tons", 12.6e9, "measure", "seaborne trade volume", unit="tonne", **UNCTAD)
a(
    "5,300 nautical miles",
    5300,
    "measure",
    "average distance travelled by each ton of cargo",
    unit="nautical mile",
    **UNCTAD,
)
a("90 per cent", 90, "percent", "share of food a small island imports", unit="percent", **RG)
a(
    "68 per cent",
    68,
    "percent",
    "rise in container shipping cost from Shanghai to West Africa",
    unit="percent",
    period="since 2023",
    **RG,
)
a(
    "about 55 per cent",
    55,
    "percent",
    "shortfall of Suez Canal transits from two years ago",
    q="approximate",
    unit="percent",
    **RG,
)
a("two years", 2, "duration", "comparison period for Suez transits", unit="year", opt=True, **RG)
a(
    "3.4 per cent",
    3.4,
    "percent",
    "growth of the world fleet",
    unit="percent",
    period="2025",
    **UNCTAD,
)
a("1.9 days", 1.9, "duration", "average container ship waiting time at anchor", unit="day")
a("1.3 days", 1.3, "duration", "average waiting time a year earlier", unit="day")
a(
    "nearly 3 per cent",
    3,
    "percent",
    "shipping's share of global greenhouse gas emissions",
    q="nearly",
    unit="percent",
    **UNCTAD,
)
a(
    "some 60 million tons",
    60e6,
    "measure",
    "carbon dioxide added by longer voyages",
    q="approximate",
    unit="tonne",
    period="last year",
    **UNCTAD,
)
a(
    "fewer than 5 per cent",
    5,
    "percent",
    "share of ships on order able to run on zero-emission fuels",
    q="less_than",
    unit="percent",
    speaker="Jan Hoffmann",
    aliases=["Hoffmann"],
)
a(
    "22 per cent",
    22,
    "percent",
    "freight costs as a share of SIDS import value",
    unit="percent",
    **UNCTAD,
)
a(
    "more than three times",
    3,
    "measure",
    "SIDS freight cost share relative to global average",
    q="more_than",
    unit="times",
    **UNCTAD,
)
a(
    "a quarter",
    25,
    "percent",
    "fall in container calls in Fiji",
    unit="percent",
    period="this year",
    speaker=None,
)
a(
    "at least $12 billion",
    12e9,
    "money",
    "annual need to make island ports climate-resilient",
    q="at_least",
    unit="USD",
    speaker="António Guterres",
    aliases=["Antonio Guterres", "Guterres", "Mr. Guterres", "Secretary-General"],
    date="2026-10-21",
)
a(
    "between $40 billion and $60 billion",
    40e9,
    "money",
    "annual revenue of a global carbon price for shipping",
    q="range",
    unit="USD",
    low=40e9,
    high=60e9,
    **UNCTAD,
)

# 705: FCDO speech, delivered Wednesday 18 November 2026, published the next day.
YC = ["Foreign Secretary", "Cooper", "The Rt Hon Yvette Cooper MP"]
doc("705_fcdo-illicit-finance-speech-2026-11-19.txt", "2026-11-18", "Yvette Cooper", YC)
a("25", 25, "count", "individuals and entities sanctioned", opt=True)
a("more than 40", 40, "count", "countries represented at the summit", q="more_than")
a(
    "more than £100 billion",
    100e9,
    "money",
    "money laundered through or within the UK a year",
    q="more_than",
    unit="GBP",
    speaker="National Crime Agency",
    aliases=["NCA", "Yvette Cooper", *YC],
)
AU = dict(
    speaker="African Union",
    aliases=["African Union's panel on illicit flows", "AU", "Yvette Cooper", *YC],
)
a(
    "around $88 billion",
    88e9,
    "money",
    "annual illicit financial outflows from Africa",
    q="approximate",
    unit="USD",
    **AU,
)
a(
    "about 3.7%",
    3.7,
    "percent",
    "illicit outflows as a share of Africa's GDP",
    q="approximate",
    unit="percent",
    **AU,
)
a("25", 25, "count", "individuals and entities sanctioned", after="imposing sanctions on ")
a(
    "over £600 million",
    600e6,
    "money",
    "money moved by the sanctioned network",
    q="more_than",
    unit="GBP",
)
a(
    "60%",
    60,
    "percent",
    "increase in funding for the Anti-Corruption Coordination Centre",
    unit="percent",
)
a("£330 million", 330e6, "money", "assets frozen or seized with the Centre's help", unit="GBP")
a(
    "£18 million",
    18e6,
    "money",
    "additional funding for the Centre",
    unit="GBP",
    period="next three years",
)
a("three years", 3, "duration", "period of the additional funding", unit="year", opt=True)
a("up to 80", 80, "count", "investigations the Centre can support a year", q="at_most")
CH = dict(speaker="Companies House", aliases=["Yvette Cooper", *YC])
a(
    "around 11,000",
    11000,
    "count",
    "overseas entities without declared beneficial owners",
    q="approximate",
    **CH,
)
a(
    "some 52,000",
    52000,
    "count",
    "properties held by undeclared overseas entities",
    q="approximate",
    **CH,
)
DJ = dict(speaker="Dan Jarvis", aliases=["Security Minister", "Jarvis"], date="2026-11-16")
a(
    "872,000",
    872000,
    "count",
    "suspicious activity reports filed by banks",
    period="last year",
    **DJ,
)
a("14%", 14, "percent", "rise in suspicious activity reports", unit="percent", **DJ)
a(
    "400",
    400,
    "count",
    "more HMRC specialist investigators",
    speaker="Rachel Reeves",
    aliases=["Chancellor", "Reeves"],
)
a(
    "at least 12",
    12,
    "count",
    "reporters investigating corruption killed worldwide",
    q="at_least",
    period="last year",
    speaker="Committee to Protect Journalists",
    aliases=["CPJ", "Yvette Cooper", *YC],
)
a("£5 million", 5e6, "money", "UK contribution to the Stolen Asset Recovery Initiative", unit="GBP")

# 706: Global Times article with an official and experts (Sunday 2 August 2026).
doc("706_globaltimes-low-altitude-economy-2026-08-02.txt", "2026-08-02", None)
ZX = dict(speaker="Zhang Xiaoping", aliases=["Zhang"])
a(
    "2-trillion-yuan",
    2e12,
    "money",
    "low-altitude economy market size by 2030",
    unit="CNY",
    opt=True,
)
HJ = dict(speaker="Han Jun", aliases=["Han"], date="2026-07-31")
a("six months", 6, "duration", "period of the delivery flights", unit="month", opt=True, **HJ)
a(
    "4.7 million",
    4.7e6,
    "count",
    "commercial drone delivery flights",
    period="first six months",
    **HJ,
)
a(
    "118 percent",
    118,
    "percent",
    "year-on-year rise in drone delivery flights",
    unit="percent",
    **HJ,
)
a(
    "more than 2.6 million",
    2.6e6,
    "count",
    "registered civilian drones",
    q="more_than",
    period="by the end of June",
    **HJ,
)
a("31,000", 31000, "count", "drone operators with business licenses", **HJ)
a("168", 168, "count", "low-altitude delivery routes approved", period="this year", **HJ)
a("57", 57, "count", "cities with approved delivery routes", **HJ)
SZ = dict(speaker="Shenzhen Municipal Bureau of Transport", aliases=[])
a(
    "about 920,000",
    920000,
    "count",
    "drone delivery orders in Shenzhen",
    q="approximate",
    period="first half",
    **SZ,
)
a(
    "roughly one in every five",
    20,
    "percent",
    "Shenzhen's share of national drone delivery orders",
    q="approximate",
    unit="percent",
    **SZ,
)
a("410", 410, "count", "drone take-off and landing points in Shenzhen", speaker=None)
a(
    "780 billion yuan",
    780e9,
    "money",
    "market size of China's low-altitude economy",
    unit="CNY",
    period="2025",
    speaker="China Center for Information Industry Development",
    aliases=["CCID"],
)
a(
    "more than 20 percent",
    20,
    "percent",
    "expected annual growth of the market",
    q="more_than",
    unit="percent",
    **ZX,
)
a("five years", 5, "duration", "forecast period", unit="year", opt=True, **ZX)
a(
    "2-trillion-yuan",
    2e12,
    "money",
    "low-altitude economy market size by 2030",
    unit="CNY",
    after="By 2030, a ",
    **ZX,
)
a(
    "nearly 40 percent",
    40,
    "percent",
    "fall in battery costs",
    q="nearly",
    unit="percent",
    period="in three years",
    **ZX,
)
a(
    "three years",
    3,
    "duration",
    "period of the battery cost fall",
    unit="year",
    after="40 percent in ",
    opt=True,
    **ZX,
)
GA = dict(speaker="General Administration of Customs", aliases=["GAC", "GACC", "customs"])
a(
    "5.6 billion yuan",
    5.6e9,
    "money",
    "exports of unmanned aircraft",
    unit="CNY",
    period="first half",
    **GA,
)
a("9.3 percent", 9.3, "percent", "year-on-year growth of drone exports", unit="percent", **GA)
a(
    "about 70 percent",
    70,
    "percent",
    "Chinese brands' share of the global consumer drone market",
    q="approximate",
    unit="percent",
    speaker="Chen Jia",
    aliases=["Chen"],
)
a("390 million", 390e6, "count", "civil aviation passenger trips in H1", opt=True)

# 707: USDA press release (Wednesday 20 May 2026).
doc("707_usda-screwworm-facility-2026-05-20.txt", "2026-05-20", None)
BRR = dict(
    speaker="Brooke Rollins",
    aliases=["Secretary Rollins", "Rollins", "U.S. Secretary of Agriculture Brooke Rollins"],
)
a("$300 Million", 300e6, "money", "cost of the sterile fly facility", unit="USD", opt=True)
a("300 million", 300e6, "count", "sterile flies produced a week", opt=True)
a("100 million", 100e6, "count", "current weekly sterile fly production", opt=True)
a(
    "$300 million",
    300e6,
    "money",
    "investment in the sterile fly facility",
    unit="USD",
    after="Edinburg, Texas, a ",
    **BRR,
)
a(
    "up to 300 million",
    300e6,
    "count",
    "sterile flies the facility can produce each week",
    q="at_most",
)
a("roughly 400 million", 400e6, "count", "regional sterile fly production a week", q="approximate")
a(
    "more than 86 million",
    86e6,
    "count",
    "head of cattle raised by US producers",
    q="more_than",
    **BRR,
)
a(
    "2,500 square miles",
    2500,
    "measure",
    "area of sterile fly releases a week",
    unit="square mile",
    **BRR,
)
a(
    "more than $100 billion",
    100e9,
    "money",
    "annual contribution of the cattle industry",
    q="more_than",
    unit="USD",
)
MX = dict(speaker="Mexican authorities", aliases=["Mexico", "Government of Mexico", "SENASICA"])
a(
    "more than 7,800",
    7800,
    "count",
    "confirmed NWS cases in animals in Mexico",
    q="more_than",
    period="since November 2024",
    **MX,
)
a("310", 310, "count", "NWS cases in Nuevo Leon", **MX)
a(
    "less than 70 miles",
    70,
    "measure",
    "distance of the Nuevo Leon cases from the US border",
    q="less_than",
    unit="mile",
    **MX,
)
DH = dict(speaker="Dudley Hoskins", aliases=["Dr. Dudley Hoskins", "Hoskins"])
a(
    "more than 1.1 billion",
    1.1e9,
    "count",
    "sterile flies released in Mexico",
    q="more_than",
    period="this year",
    **DH,
)
a("1,400", 1400, "count", "surveillance traps along the southern border", **DH)
a(
    "$21 million",
    21e6,
    "money",
    "funding for research into traps, lures and treatments",
    unit="USD",
    speaker="U.S. Department of Agriculture",
    aliases=["USDA"],
)
a("two", 2, "count", "southern ports reopened to live cattle imports", after="reopened ")
a("five", 5, "count", "southern ports of entry for live cattle", after="two of the ")
BC = dict(speaker="Buddy Ray Collins", aliases=["Collins"])
a(
    "nearly two years",
    2,
    "duration",
    "time Texas ranchers have lived with the threat",
    q="nearly",
    unit="year",
    **BC,
)
a("$1.8 billion", 1.8e9, "money", "cost of an outbreak in Texas", unit="USD", **BC)
a(
    "some 3,000",
    3000,
    "count",
    "veterinarians, agents and inspectors trained",
    q="approximate",
    speaker="Texas Department of Agriculture",
    aliases=[],
    date="2026-05-18",
)
a(
    "more than 188 million",
    188e6,
    "count",
    "sterile flies released in the 2016-2017 outbreak",
    q="more_than",
    speaker="Animal and Plant Health Inspection Service",
    aliases=["APHIS", "USDA"],
)
a(
    "18 to 24 months",
    18,
    "duration",
    "expected facility construction time",
    q="range",
    unit="month",
    low=18,
    high=24,
)
a("$300 million", 300e6, "money", "facility investment", unit="USD", after="- The ")
a("$100 million", 100e6, "money", "contribution from the Commodity Credit Corporation", unit="USD")

GOLD.build()
