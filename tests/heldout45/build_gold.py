"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout45/build_gold.py``. Each annotation names the
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
P = "percent"
N = dict(speaker=None, aliases=[])

# Conventions: those of tests/heldout5 to tests/heldout43 (see README.md), plus the new cases
# listed there.

# 4500: SCIO press conference on foreign trade (Tuesday 13 January 2037).
doc("4500_scio-foreign-trade-presscon-2037-01-13.txt", "2037-01-13", None)
MA_AL = ["Ma", "Mr. Ma Chengyu", "Ma Chengyu", "General Administration of Customs", "GACC"]
MA = dict(speaker="Ma Chengyu", aliases=MA_AL)
GUO_AL = ["Guo", "Mr. Guo Tinghai", "Guo Tinghai", "Ministry of Commerce", "MOFCOM"]
GUO = dict(speaker="Guo Tinghai", aliases=GUO_AL)
LIN_AL = ["Lin", "Ms. Lin Peishan", "Lin Peishan"]
LIN = dict(speaker="Lin Peishan", aliases=LIN_AL)
a(
    "45.27 trillion yuan",
    45.27e12,
    "money",
    "total imports and exports of goods",
    unit="CNY",
    period="2036",
    **MA,
)
a("3.8%", 3.8, "percent", "year-on-year rise in total imports and exports", unit=P, **MA)
a("5.6%", 5.6, "percent", "rise in exports", unit=P, **MA)
a("26.14 trillion yuan", 26.14e12, "money", "exports", unit="CNY", **MA)
a("1.3%", 1.3, "percent", "growth in imports", unit=P, **MA)
a("19.13 trillion yuan", 19.13e12, "money", "imports", unit="CNY", **MA)
a("6.31 trillion dollars", 6.31e12, "money", "total trade in U.S. dollar terms", unit="USD", **MA)
a("three", 3, "count", "features of foreign trade highlighted", opt=True, **MA)
a(
    "more than 736,000",
    736000,
    "count",
    "enterprises with import and export records",
    q="more_than",
    period="last year",
    **MA,
)
a("41,000", 41000, "count", "increase in enterprises with import and export records", **MA)
a("58.2%", 58.2, "percent", "private enterprises' share of total trade", unit=P, **MA)
a("60.9%", 60.9, "percent", "electromechanical products' share of total exports", unit=P, **MA)
a("14.7%", 14.7, "percent", "growth in exports of the new three products", unit=P, **MA)
a("7.38 trillion yuan", 7.38e12, "money", "trade with ASEAN", unit="CNY", **MA)
SONG = dict(
    speaker="Song Hanqing",
    aliases=["Song", "GACC Minister Song Hanqing", "General Administration of Customs", *MA_AL],
    date="2037-01-12",
)
a(
    "29.6 hours",
    29.6,
    "measure",
    "overall clearance time for imports",
    unit="hour",
    period="by December",
    **SONG,
)
a("40", 40, "count", "more ports for smart port pilots", period="this year", **SONG)
a(
    "2.84 trillion yuan",
    2.84e12,
    "money",
    "cross-border e-commerce imports and exports",
    unit="CNY",
    **GUO,
)
a("11.2%", 11.2, "percent", "rise in cross-border e-commerce trade", unit=P, **GUO)
a(
    "more than 160",
    160,
    "count",
    "overseas trade fairs attended with ministry support",
    q="more_than",
    **GUO,
)
a(
    "exceeding 8.1 trillion yuan",
    8.1e12,
    "money",
    "total imports and exports of services",
    q="more_than",
    unit="CNY",
    **GUO,
)
ZHAO = dict(
    speaker="Zhao Kerong",
    aliases=["Zhao", "Minister of Commerce Zhao Kerong", "Ministry of Commerce", *GUO_AL[:3]],
    date="2037-01-11",
)
a(
    "about 14.5%",
    14.5,
    "percent",
    "China's share of the international export market",
    q="approximate",
    unit=P,
    **ZHAO,
)
a(
    "1.2%",
    1.2,
    "percent",
    "expected growth in global merchandise trade volume",
    unit=P,
    period="this year",
    speaker="World Trade Organization",
    aliases=["WTO", "Bloomberg"],
)
a("12,000", 12000, "count", "key foreign trade enterprises surveyed", **GUO)
a(
    "nearly 60%",
    60,
    "percent",
    "share of surveyed enterprises with stable or rising orders",
    q="nearly",
    unit=P,
    **GUO,
)
a(
    "23.61 trillion yuan",
    23.61e12,
    "money",
    "trade with Belt and Road partner countries",
    unit="CNY",
    period="2036",
    **LIN,
)
a("6.1%", 6.1, "percent", "rise in trade with Belt and Road partner countries", unit=P, **LIN)
a("52.2%", 52.2, "percent", "Belt and Road partners' share of China's foreign trade", unit=P, **LIN)
a(
    "2.4 percentage points",
    2.4,
    "percent",
    "rise in the Belt and Road share from 2035",
    unit="percentage point",
    **LIN,
)
a("8.7%", 8.7, "percent", "growth in trade with Africa", unit=P, **LIN)
a("2.31 trillion yuan", 2.31e12, "money", "trade with Africa", unit="CNY", **LIN)
EUROSTAT = dict(speaker="Eurostat", aliases=["Reuters"], date="2037-01-09")
a(
    "17%",
    17,
    "percent",
    "fall in EU imports of Chinese electric vehicles",
    unit=P,
    period="first eleven months of last year",
    **EUROSTAT,
)
a(
    "eleven months",
    11,
    "duration",
    "period of the EU import figure",
    unit="month",
    opt=True,
    **EUROSTAT,
)
a(
    "about a quarter",
    25,
    "percent",
    "loss of Chinese carmakers' market share in Europe",
    q="approximate",
    unit=P,
    speaker=None,
    aliases=["Reuters"],
)
a("5.74 trillion yuan", 5.74e12, "money", "China-EU trade", unit="CNY", period="2036", **MA)
a("0.8%", 0.8, "percent", "decline in China-EU trade", unit=P, **MA)
a("7.12 million", 7.12e6, "count", "automobiles exported by China", **MA)
a("9.3%", 9.3, "percent", "rise in automobile exports", unit=P, **MA)
a(
    "about 40%",
    40,
    "percent",
    "rise in container freight rates from Shanghai to the US West Coast",
    q="approximate",
    unit=P,
    period="since November",
    speaker="Phoenix TV",
    aliases=[],
)
a(
    "1,382",
    1382,
    "measure",
    "China Containerized Freight Index",
    unit=None,
    speaker="Shanghai Shipping Exchange",
    aliases=["Lin Peishan", "Lin"],
)

# 4501: Bloomberg story on a Bank of Thailand rate decision (Wednesday 19 November 2036).
doc("4501_bloomberg-thailand-rate-cut-2036-11-19.txt", "2036-11-19", None)
BB = dict(speaker=None, aliases=["Bloomberg"])
BOT_AL = ["BOT", "the central bank", "Monetary Policy Committee", "the committee"]
BOT = dict(speaker="Bank of Thailand", aliases=BOT_AL)
a(
    "0.75%",
    0.75,
    "percent",
    "Thailand's key interest rate",
    unit=P,
    opt=True,
    speaker=None,
    aliases=["Bank of Thailand"],
)
a("four", 4, "count", "economists who predicted the cut", opt=True, **BB)
a("23", 23, "count", "economists surveyed", opt=True, **BB)
a(
    "quarter-point",
    0.25,
    "percent",
    "rate cut predicted by four economists",
    unit="percentage point",
    opt=True,
    **BB,
)
a("as much as 0.6%", 0.6, "percent", "fall in the baht", q="at_most", unit=P, opt=True, **N)
a("two weeks", 2, "duration", "period of the baht's biggest fall", unit="week", opt=True, **N)
a("second-largest", 2, "rank", "Thailand's rank among Southeast Asian economies", **N)
a("25 basis points", 25, "percent", "cut in the one-day repurchase rate", unit="basis point", **BOT)
a("0.75%", 0.75, "percent", "one-day repurchase rate", unit=P, after="basis points to ", **BOT)
a("four", 4, "count", "economists who predicted the move", after="statement. Only ", **BB)
a(
    "23",
    23,
    "count",
    "economists in the Bloomberg survey",
    after="statement. Only four of ",
    opt=True,
    **BB,
)
a("1%", 1, "percent", "rate level expected by the other economists", unit=P, after="stay at ", **BB)
a("Five", 5, "count", "committee members voting for the reduction", opt=True, **BOT)
a("seven", 7, "count", "members of the committee", opt=True, **BOT)
a("two", 2, "count", "members preferring to hold", after="reduction, with ", opt=True, **BOT)
a("1.8%", 1.8, "percent", "growth forecast for this year", unit=P, period="2036", **BOT)
a("2.3%", 2.3, "percent", "previous growth forecast for this year", unit=P, **BOT)
a("2.1%", 2.1, "percent", "growth forecast for 2037", unit=P, period="2037", **BOT)
a("2.6%", 2.6, "percent", "previous growth forecast for 2037", unit=P, **BOT)
a("0.4%", 0.4, "percent", "average headline inflation forecast", unit=P, period="2036", **BOT)
a("1%-3%", 1, "percent", "inflation target range", q="range", unit=P, low=1, high=3, opt=True, **N)
a(
    "11 straight months",
    11,
    "duration",
    "period of consumer prices below the target range",
    unit="month",
    **N,
)
PR = dict(
    speaker="Pornthip Rattanakul",
    aliases=["Pornthip", "Governor Pornthip Rattanakul", "Bank of Thailand"],
)
a(
    "three months",
    3,
    "duration",
    "time since the earlier export expectation",
    unit="month",
    opt=True,
    **PR,
)
a(
    "about 18 billion baht",
    18e9,
    "money",
    "annual cut in interest payments from the rate cut",
    q="approximate",
    unit="THB",
    **PR,
)
a(
    "$497 million",
    497e6,
    "money",
    "annual cut in interest payments, in dollars",
    unit="USD",
    opt=True,
    **PR,
)
a("86.4%", 86.4, "percent", "household debt as a share of GDP", unit=P, period="end of June", **PR)
CW = dict(
    speaker="Chayut Wongsakul",
    aliases=["Chayut", "Assistant Governor Chayut Wongsakul", "Bank of Thailand"],
)
a("2.5%", 2.5, "percent", "expected contraction in exports this year", unit=P, **CW)
a(
    "about 31 million",
    31e6,
    "count",
    "expected foreign tourist arrivals this year",
    q="approximate",
    **CW,
)
a("36 million", 36e6, "count", "government target for foreign tourist arrivals", opt=True, **CW)
a(
    "4.3%",
    4.3,
    "percent",
    "year-on-year fall in exports",
    unit=P,
    period="October",
    speaker="Ministry of Commerce",
    aliases=["Commerce Ministry"],
    date="2036-11-18",
)
a(
    "fifth",
    5,
    "rank",
    "straight monthly decline in exports",
    opt=True,
    speaker=None,
    aliases=["Ministry of Commerce", "Commerce Ministry"],
)
a(
    "120 billion baht",
    120e9,
    "money",
    "additional borrowing to fund a stimulus package",
    unit="THB",
    speaker="Anucha Thongdee",
    aliases=["Anucha", "Finance Minister Anucha Thongdee"],
)
a(
    "as much as 0.6%",
    0.6,
    "percent",
    "intraday fall in the baht",
    q="at_most",
    unit=P,
    after="The baht weakened ",
    **N,
)
a("36.21", 36.21, "money", "baht exchange rate per dollar", unit="THB", **N)
a(
    "two weeks",
    2,
    "duration",
    "period of the baht's biggest fall",
    unit="week",
    after="announcement, the most in ",
    opt=True,
    **N,
)
a("1.2%", 1.2, "percent", "rise in the SET Index", unit=P, **N)
a("10-year", 10, "duration", "maturity of government bonds", unit="year", opt=True, **N)
a(
    "7 basis points",
    7,
    "percent",
    "fall in the 10-year government bond yield",
    unit="basis point",
    **N,
)
a("1.68%", 1.68, "percent", "10-year government bond yield", unit=P, **N)
TK = dict(speaker="Tamsin Kerr", aliases=["Kerr", "Nomura Holdings Inc.", "Nomura"])
a(
    "25 basis points",
    25,
    "percent",
    "further rate cut expected in the first quarter",
    unit="basis point",
    after="cut by another ",
    **TK,
)
a("around 0.5%", 0.5, "percent", "real interest rates", q="approximate", unit=P, **TK)
a("below 2%", 2, "percent", "economic growth", q="less_than", unit=P, opt=True, **TK)
a(
    "about 0.1 percentage point",
    0.1,
    "percent",
    "boost to growth next year from the cut",
    q="approximate",
    unit="percentage point",
    speaker="Somchai Prasert",
    aliases=["Somchai", "Bloomberg Economics"],
)
a(
    "2%",
    2,
    "percent",
    "2037 growth forecast",
    unit=P,
    after="forecast at ",
    speaker="Kasikorn Research Center",
    aliases=["Kasikornbank"],
)

# 4502: European Parliament press release on a plenary vote (Wednesday 11 February 2037).
EP_AL = ["European Parliament", "Parliament", "MEPs"]
doc("4502_europarl-critical-medicines-vote-2037-02-11.txt", "2037-02-11", None, EP_AL)
a("around 270", 270, "count", "critical medicines on the Union list", q="approximate", opt=True)
a(
    "at least 30 days",
    30,
    "duration",
    "stocks to be held by member states",
    q="at_least",
    unit="day",
    opt=True,
)
a("€3.5 billion", 3.5e9, "money", "fund to co-finance production plants", unit="EUR", opt=True)
a("512", 512, "count", "votes in favour of Parliament's position")
a("87", 87, "count", "votes against Parliament's position")
a("40", 40, "count", "abstentions on Parliament's position")
a("301", 301, "count", "votes for the amendment removing the made-in-Europe preference")
a("322", 322, "count", "votes against the amendment")
a("16", 16, "count", "abstentions on the amendment")
a(
    "around 270",
    270,
    "count",
    "active substances on the Union list of critical medicines",
    q="approximate",
    after="expected to cover ",
)
a(
    "at least 30 days",
    30,
    "duration",
    "strategic stocks of medicines most at risk of shortage",
    q="at_least",
    unit="day",
    after="equal to ",
)
a(
    "up to 60 days",
    60,
    "duration",
    "strategic stocks of hospital antibiotics",
    q="at_most",
    unit="day",
)
a(
    "no less than 25%",
    25,
    "percent",
    "weight of security of supply in the award score",
    q="at_least",
    unit=P,
)
a(
    "€3.5 billion",
    3.5e9,
    "money",
    "budget of the EU Critical Medicines Fund",
    unit="EUR",
    period="2038-2044",
    after="budget of ",
)
IV = dict(
    speaker="Ilse Vandermeulen",
    aliases=["Vandermeulen", "rapporteur Ilse Vandermeulen", "rapporteur"],
)
a(
    "19",
    19,
    "count",
    "member states where pharmacies ran out of basic antibiotics for children",
    period="last winter",
    **IV,
)
a(
    "80%",
    80,
    "percent",
    "share of active ingredients for generic medicines from two countries",
    unit=P,
    **IV,
)
a("two", 2, "count", "countries supplying most active ingredients", after="come from just ", **IV)
TW = dict(
    speaker="Tomasz Wierzbicki",
    aliases=["Wierzbicki", "Health Commissioner Tomasz Wierzbicki", "European Commission"],
    date="2037-02-10",
)
a("1,140", 1140, "count", "shortage notifications recorded by the Commission", period="2036", **TW)
a(
    "almost twice",
    2,
    "measure",
    "increase in shortage notifications since 2032",
    q="nearly",
    unit="times",
    opt=True,
    **TW,
)
a("six months", 6, "duration", "deadline for publishing the Union list", unit="month", **TW)
a(
    "more than €600 million",
    600e6,
    "money",
    "cost of some planned antibiotic plants each",
    q="more_than",
    unit="EUR",
    speaker="Mateo Ibarra Solís",
    aliases=["Ibarra Solís", "Ibarra", "Shadow rapporteur Mateo Ibarra Solís"],
)
a("18 months", 18, "duration", "time before the regulation applies", unit="month")
a(
    "136",
    136,
    "count",
    "medicines with critical shortages reported at EU level",
    period="between 2033 and 2036",
    speaker="European Medicines Agency",
    aliases=["EMA"],
)
a(
    "around 70%",
    70,
    "percent",
    "share of active pharmaceutical ingredients the EU imports",
    q="approximate",
    unit=P,
    speaker="European Commission",
    aliases=["Commission"],
)
a(
    "about 840,000",
    840000,
    "count",
    "people employed directly by the pharmaceutical industry",
    q="approximate",
    speaker="European Federation of Pharmaceutical Industries and Associations",
    aliases=["EFPIA"],
)
EB = dict(speaker="Eurobarometer", aliases=["European Commission", "Eurobarometer survey"])
a(
    "one in three",
    33.33,
    "percent",
    "Europeans unable to obtain a prescribed medicine",
    unit=P,
    **EB,
)
a("twelve months", 12, "duration", "period of the survey question", unit="month", opt=True, **EB)

# 4503: KSL.com story on a school district budget (Wednesday 17 September 2036).
doc("4503_ksl-school-district-budget-2036-09-17.txt", "2036-09-17", None)
a("3", 3, "count", "schools that could close", opt=True)
a("180", 180, "count", "jobs that could be cut", opt=True)
a("$41M", 41e6, "money", "budget hole", unit="USD", opt=True)
a(
    "$41.3 million",
    41.3e6,
    "money",
    "budget shortfall for the 2037-38 school year",
    unit="USD",
    opt=True,
)
a(
    "three",
    3,
    "count",
    "elementary schools proposed for closure",
    after="proposed closing ",
    opt=True,
)
a("about 180", 180, "count", "positions proposed for elimination", q="approximate", opt=True)
a(
    "$41.3 million",
    41.3e6,
    "money",
    "district shortfall next year",
    unit="USD",
    after="School District is facing a ",
)
KL = dict(
    speaker="Karen Lindgren",
    aliases=["Lindgren", "Superintendent Karen Lindgren"],
    date="2036-09-16",
)
a(
    "$41.3 million",
    41.3e6,
    "money",
    "spending above revenue in the 2037-38 school year",
    unit="USD",
    after="expects to spend ",
    **KL,
)
a(
    "three years",
    3,
    "duration",
    "period of using one-time money for ongoing costs",
    unit="year",
    opt=True,
    **KL,
)
a(
    "three",
    3,
    "count",
    "elementary schools to close under the proposal",
    after="Her proposal would close ",
)
a(
    "about 180",
    180,
    "count",
    "positions to be eliminated under the proposal",
    q="approximate",
    after="and eliminate ",
)
a(
    "roughly $16 million",
    16e6,
    "money",
    "annual savings from the proposal",
    q="approximate",
    unit="USD",
    **KL,
)
a("Nine", 9, "count", "elementary schools less than 60% full", **KL)
a("44", 44, "count", "elementary schools in the district", opt=True, **KL)
a(
    "less than 60%",
    60,
    "percent",
    "capacity threshold of elementary schools",
    q="less_than",
    unit=P,
    opt=True,
    **KL,
)
a(
    "about 4,300",
    4300,
    "count",
    "students lost by the district since 2030",
    q="approximate",
    speaker="Wasatch Valley School District",
    aliases=["the district", "district enrollment data"],
)
JA = dict(
    speaker="Jenna Aldridge",
    aliases=["Aldridge", "district spokeswoman Jenna Aldridge", "Wasatch Valley School District"],
)
a("31,870", 31870, "count", "district enrollment this fall", **JA)
a("2.1%", 2.1, "percent", "fall in district enrollment from a year ago", unit=P, **JA)
USBE = dict(speaker="Utah State Board of Education", aliases=["USBE"])
a("fourth", 4, "rank", "consecutive year of falling statewide enrollment", opt=True, **USBE)
a("about 668,000", 668000, "count", "students in Utah public schools", q="approximate", **USBE)
a(
    "More than 200",
    200,
    "count",
    "parents, students and teachers at the board meeting",
    q="more_than",
)
a("37", 37, "count", "people signed up for public comment")
a("nearly three hours", 3, "duration", "length of public comment", q="nearly", unit="hour")
CO = dict(
    speaker="Curtis Ohlsen",
    aliases=["Ohlsen", "Board member Curtis Ohlsen"],
    date="2036-09-16",
)
a(
    "$2.4 million",
    2.4e6,
    "money",
    "spending on software and office furniture for the district office",
    unit="USD",
    **CO,
)
a(
    "two years",
    2,
    "duration",
    "time since the district office spending",
    unit="year",
    after="district office ",
    opt=True,
    **CO,
)
AF = dict(speaker="Alicia Fernández", aliases=["Fernández", "Board President Alicia Fernández"])
a("two", 2, "count", "more public hearings before the vote", after="would hold ", **AF)
a("$6.8 million", 6.8e6, "money", "cuts to central administration last spring", unit="USD", **AF)
a(
    "seven",
    7,
    "count",
    "lanes of traffic on 9000 South",
    speaker="Rachel Nguyen",
    aliases=["Nguyen"],
)
a("two", 2, "count", "children of the parent at Oak Hollow Elementary", after="whose ", opt=True)
a("32 students or more", 32, "count", "expected class size next year", q="at_least")
WVEA = dict(speaker="Wasatch Valley Education Association", aliases=["the association"])
a("$54,200", 54200, "money", "district starting teacher salary", unit="USD", **WVEA)
a(
    "about $3,000",
    3000,
    "money",
    "gap in starting salary with neighboring districts",
    q="approximate",
    unit="USD",
    **WVEA,
)
a("4%", 4, "percent", "rise in the weighted pupil unit this year", unit=P)
a("$4,612", 4612, "money", "weighted pupil unit per student", unit="USD")

# 4504: World Food Programme news release, Madagascar (Tuesday 24 March 2037).
WFP_AL = ["World Food Programme", "WFP"]
doc("4504_wfp-madagascar-ration-cuts-2037-03-24.txt", "2037-03-24", None, WFP_AL)
WFP = dict(speaker="World Food Programme", aliases=["WFP", "the agency"])
a("900,000", 900000, "count", "people whose rations will be halved", opt=True)
a("half", 50, "percent", "cut in food rations from April", unit=P, **WFP)
a(
    "nearly 900,000",
    900000,
    "count",
    "people in southern Madagascar facing ration cuts",
    q="nearly",
    **WFP,
)
a(
    "US$68 million",
    68e6,
    "money",
    "funding required for emergency operations in the Grand Sud",
    unit="USD",
)
a("six months", 6, "duration", "period of the funding requirement", unit="month", opt=True)
a("21 percent", 21, "percent", "share of the requirement secured", unit=P)
a(
    "about 1,050 kilocalories",
    1050,
    "measure",
    "daily ration per person under halved rations",
    q="approximate",
    unit="kcal",
)
MS = dict(
    speaker="Mariela Santangelo",
    aliases=[
        "Santangelo",
        "WFP Representative and Country Director in Madagascar",
        "World Food Programme",
        "WFP",
    ],
)
a("four", 4, "count", "failed rainy seasons", after="lived through ", **MS)
a("five years", 5, "duration", "period of the failed rainy seasons", unit="year", opt=True, **MS)
a(
    "1.14 million",
    1.14e6,
    "count",
    "people reached with food and cash assistance",
    period="February",
    **MS,
)
a("186,000", 186000, "count", "children receiving specialized nutritious foods", **MS)
a(
    "under five",
    5,
    "measure",
    "age of children receiving specialized nutritious foods",
    q="less_than",
    unit="year",
    opt=True,
    **MS,
)
a("92,000 ariary", 92000, "money", "monthly cash transfer per household", unit="MGA", **MS)
a(
    "about US$20",
    20,
    "money",
    "monthly cash transfer per household, in dollars",
    q="approximate",
    unit="USD",
    opt=True,
    **MS,
)
a(
    "74 percent",
    74,
    "percent",
    "rise in the price of dried cassava in Ambovombe",
    unit=P,
    period="since October",
    **WFP,
)
a(
    "about a third",
    33.33,
    "percent",
    "rise in the price of imported rice",
    q="approximate",
    unit=P,
    **WFP,
)
IPC = dict(
    speaker="Integrated Food Security Phase Classification",
    aliases=["IPC", "IPC analysis"],
)
a(
    "1.7 million",
    1.7e6,
    "count",
    "people facing high levels of acute food insecurity",
    period="through April",
    **IPC,
)
a("410,000", 410000, "count", "people in Emergency (IPC Phase 4)", **IPC)
a(
    "passed 15 percent",
    15,
    "percent",
    "global acute malnutrition rate",
    q="more_than",
    unit=P,
    opt=True,
)
a(
    "four",
    4,
    "count",
    "districts with malnutrition above the emergency threshold",
    after="15 percent in ",
)
a(
    "58 percent",
    58,
    "percent",
    "rainfall deficit in Androy and Anosy",
    period="between November and February",
    unit=P,
    speaker="Météo Madagascar",
    aliases=["national meteorological service"],
)
a(
    "312",
    312,
    "count",
    "schools closed in Androy and Anosy since January",
    speaker="National Bureau for Risk and Disaster Management",
    aliases=["BNGRC"],
    date="2037-03-23",
)
UNICEF = dict(speaker="UNICEF", aliases=["United Nations Children's Fund"])
a(
    "96,000",
    96000,
    "count",
    "children needing treatment for severe acute malnutrition",
    period="this year",
    **UNICEF,
)
a(
    "under five",
    5,
    "measure",
    "age of children needing treatment",
    q="less_than",
    unit="year",
    after="96,000 children ",
    opt=True,
    **UNICEF,
)
a(
    "nearly double",
    2,
    "measure",
    "increase in children needing treatment since 2035",
    q="nearly",
    unit="times",
    opt=True,
    **UNICEF,
)
a(
    "340,000",
    340000,
    "count",
    "people to be prioritized if rations are cut further",
    speaker="Tendai Mushonga",
    aliases=[
        "Mushonga",
        "WFP's Regional Director for Southern Africa",
        "World Food Programme",
        "WFP",
    ],
    date="2037-03-21",
)
a(
    "US$14.2 million",
    14.2e6,
    "money",
    "donor contributions to the drought response since January",
    unit="USD",
)
a("118,000", 118000, "count", "households covered by the national social protection programme")

# 4505: The Daily Star story on garment exports (Monday 8 December 2036).
doc("4505_dailystar-garment-exports-2036-12-08.txt", "2036-12-08", None)
EPB = dict(speaker="Export Promotion Bureau", aliases=["EPB"], date="2036-12-07")
NE = dict(speaker=None, aliases=["Export Promotion Bureau", "EPB"])
a("6.2pc", 6.2, "percent", "fall in apparel exports in November", unit=P, opt=True, **NE)
a(
    "6.2 percent",
    6.2,
    "percent",
    "year-on-year decline in garment exports",
    unit=P,
    period="November",
    **EPB,
)
a("$3.64 billion", 3.64e9, "money", "garment exports", unit="USD", period="November", **EPB)
a("8.1 percent", 8.1, "percent", "fall in knitwear shipments", unit=P, **EPB)
a("$1.98 billion", 1.98e9, "money", "knitwear shipments", unit="USD", **EPB)
a("3.9 percent", 3.9, "percent", "drop in woven garment exports", unit=P, **EPB)
a("$1.66 billion", 1.66e9, "money", "woven garment exports", unit="USD", **EPB)
a(
    "five months",
    5,
    "duration",
    "period of the cumulative export figure",
    unit="month",
    opt=True,
    **NE,
)
a(
    "$19.84 billion",
    19.84e9,
    "money",
    "garment exports in July-November",
    unit="USD",
    period="July-November",
    **NE,
)
a("2.7 percent", 2.7, "percent", "fall in garment exports from a year ago", unit=P, **NE)
a("9.4 percent", 9.4, "percent", "shortfall of garment exports against the target", unit=P, **NE)
a("$21.9 billion", 21.9e9, "money", "export target for July-November", unit="USD", opt=True, **NE)
MKC_AL = ["Chowdhury", "BGMEA President Mahmudul Karim Chowdhury", "BGMEA"]
MKC = dict(speaker="Mahmudul Karim Chowdhury", aliases=MKC_AL, date="2036-12-07")
a("at least 47", 47, "count", "factories shut down since July", q="at_least", **MKC)
a("around 38,000", 38000, "count", "workers left jobless", q="approximate", **MKC)
a("nearly 18 percent", 18, "percent", "rise in production cost", q="nearly", unit=P, **MKC)
a("one year", 1, "duration", "period of the production cost rise", unit="year", opt=True, **MKC)
a(
    "2 cents",
    0.02,
    "money",
    "extra price per piece buyers will not pay",
    unit="USD",
    opt=True,
    **MKC,
)
a(
    "less than half",
    50,
    "percent",
    "gas pressure relative to requirement",
    q="less_than",
    unit=P,
    **MKC,
)
a(
    "10 to 12 hours",
    10,
    "duration",
    "daily hours of low gas pressure",
    q="range",
    unit="hour",
    low=10,
    high=12,
    **MKC,
)
a(
    "about 15 percent",
    15,
    "percent",
    "expected fall in a European brand's orders from Bangladesh",
    q="approximate",
    unit=P,
    speaker=None,
    aliases=["Mahmudul Karim Chowdhury", *MKC_AL],
    date="2036-12-07",
)
a(
    "20 to 25 percent",
    20,
    "percent",
    "fall in knitwear work orders for the spring season",
    q="range",
    unit=P,
    low=20,
    high=25,
    speaker="Mohammad Shamsul Alam",
    aliases=["Shamsul Alam", "BKMEA"],
)
a(
    "as much as 30 percent",
    30,
    "percent",
    "share of orders shifted to Vietnam by some US buyers",
    q="at_most",
    unit=P,
)
BBK = dict(speaker="Bangladesh Bank", aliases=[])
a(
    "12.6 percent",
    12.6,
    "percent",
    "fall in back-to-back LC opening",
    unit=P,
    period="October",
    **BBK,
)
a("$1.07 billion", 1.07e9, "money", "back-to-back LCs opened", unit="USD", period="October", **BBK)
NNB = dict(
    speaker="Nurun Nahar Begum",
    aliases=["Begum", "Commerce Secretary Nurun Nahar Begum", "Commerce Secretary"],
    date="2036-12-06",
)
a(
    "11.3 percent",
    11.3,
    "percent",
    "growth in exports to non-traditional markets",
    period="July-October",
    unit=P,
    **NNB,
)
a("seven", 7, "count", "countries in trade agreement talks", **NNB)
a("at least two", 2, "count", "agreements hoped to be signed by June", q="at_least", **NNB)
a(
    "Tk 3,200 crore",
    3.2e10,
    "money",
    "cash incentives for exporters this fiscal year",
    unit="BDT",
    **NNB,
)
a("Tk 4,100 crore", 4.1e10, "money", "cash incentives for exporters last year", unit="BDT", **NNB)
FA = dict(
    speaker="Fahmida Anwar",
    aliases=["Anwar", "Centre for Policy Dialogue", "CPD"],
)
a(
    "81 percent",
    81,
    "percent",
    "garments' share of total export earnings",
    period="last fiscal year",
    unit=P,
    **FA,
)
a("four of every five", 80, "percent", "share of export dollars from one product", unit=P, **FA)

# 4506: Lowy Institute interview transcript (published Tuesday 21 April 2037; recorded on
# Monday 20 April 2037, the day the claims were stated).
AW_AL = ["WICAKSONO", "Wicaksono", "Minister Wicaksono", "Minister of Energy and Mineral Resources"]
doc(
    "4506_lowy-interview-indonesia-energy-minister-2037-04-21.txt",
    "2037-04-20",
    "Arief Wicaksono",
    AW_AL,
)
HC = dict(speaker="Hannah Corbett", aliases=["INTERVIEWER", "Corbett", "Lowy Institute"])
HC_AL = ["Hannah Corbett", "INTERVIEWER", "Corbett"]
AWN = ["Arief Wicaksono", *AW_AL]
a(
    "about 480 million tonnes",
    480e6,
    "measure",
    "coal exported by Indonesia",
    q="approximate",
    unit="tonne",
    period="last year",
    **HC,
)
a(
    "well over half",
    50,
    "percent",
    "coal's share of Indonesia's electricity",
    q="more_than",
    unit=P,
    **HC,
)
a("58%", 58, "percent", "coal's share of electricity generation", unit=P, period="last year")
a("67%", 67, "percent", "coal's share of electricity generation in 2030", unit=P, period="2030")
a("4.8 gigawatts", 4.8, "measure", "coal capacity to be retired before 2040", unit="GW")
a("two", 2, "count", "first coal plants to close next year", after="the first ", opt=True)
IEA = dict(speaker="International Energy Agency", aliases=["IEA", *HC_AL])
a(
    "around US$35 billion",
    35e9,
    "money",
    "clean energy investment Indonesia needs a year",
    q="approximate",
    unit="USD",
    **IEA,
)
a(
    "roughly three times",
    3,
    "measure",
    "needed investment relative to current flows",
    q="approximate",
    unit="times",
    opt=True,
    **IEA,
)
a(
    "between US$30 billion and US$38 billion",
    30e9,
    "money",
    "Indonesia's estimated clean energy investment needs a year",
    q="range",
    unit="USD",
    low=30e9,
    high=38e9,
)
a(
    "US$13.6 billion",
    13.6e9,
    "money",
    "renewable energy investment in Indonesia",
    unit="USD",
    period="last year",
)
a(
    "about US$4.1 billion",
    4.1e9,
    "money",
    "Just Energy Transition Partnership disbursements",
    q="approximate",
    unit="USD",
)
a("US$21.5 billion", 21.5e9, "money", "Just Energy Transition Partnership pledges", unit="USD")
ESDM = dict(
    speaker="Ministry of Energy and Mineral Resources",
    aliases=["ESDM", "your own ministry", *HC_AL],
)
a(
    "14.2%",
    14.2,
    "percent",
    "renewables' share of Indonesia's power",
    unit=P,
    period="last year",
    **ESDM,
)
a("23%", 23, "percent", "renewables target for 2025", unit=P, opt=True, **ESDM)
a(
    "about 9 gigawatts",
    9,
    "measure",
    "solar and wind projects waiting for grid connection",
    q="approximate",
    unit="GW",
    speaker="PLN",
    aliases=["Perusahaan Listrik Negara", *AWN],
)
a(
    "47,000 kilometres",
    47000,
    "measure",
    "new transmission lines PLN plans by 2040",
    unit="km",
    aliases=[*AW_AL, "PLN"],
)
a(
    "roughly 60%",
    60,
    "percent",
    "Indonesia's share of world nickel mining",
    q="approximate",
    unit=P,
    speaker="US Geological Survey",
    aliases=["USGS", *HC_AL],
)
a(
    "more than 20,000 hectares",
    20000,
    "measure",
    "forest cleared in Central Sulawesi",
    q="more_than",
    unit="hectare",
    speaker=None,
    aliases=HC_AL,
)
a("112", 112, "count", "mining permits revoked for environmental violations", period="since 2035")
a("more than 300,000", 300000, "count", "jobs created by the nickel industry", q="more_than")
a(
    "30%",
    30,
    "percent",
    "planned cut in the Morowali park's coal consumption by 2040",
    unit=P,
    speaker="Hendra Gunawan",
    aliases=["Gunawan", *AWN],
    date="2037-04-19",
)
a(
    "200 million tonnes",
    200e6,
    "measure",
    "reported cap on nickel ore output",
    unit="tonne",
    speaker=None,
    aliases=HC_AL,
)
a("240 million wet tonnes", 240e6, "measure", "nickel ore production quota this year", unit="tonne")
a(
    "US$41 billion",
    41e9,
    "money",
    "exports of downstream nickel products",
    unit="USD",
    period="last year",
    speaker="President of Indonesia",
    aliases=["The President", *AWN],
)
MOF = dict(
    speaker="Ministry of Finance",
    aliases=["Finance Ministry", "Indonesia's Finance Ministry", *HC_AL],
    date="2037-04-17",
)
a(
    "386 trillion rupiah",
    386e12,
    "money",
    "cost of fuel and electricity subsidies",
    unit="IDR",
    period="last year",
    **MOF,
)
a(
    "about 11%",
    11,
    "percent",
    "subsidies' share of central government spending",
    q="approximate",
    unit=P,
    **MOF,
)
a(
    "Around 40%",
    40,
    "percent",
    "share of the electricity subsidy going to households that do not need it",
    q="approximate",
    unit=P,
)
a("9.6 million", 9.6e6, "count", "households to move to direct cash transfers from July")
a(
    "roughly 28 trillion rupiah",
    28e12,
    "money",
    "annual savings from the subsidy reform",
    q="approximate",
    unit="IDR",
)
a(
    "about A$22 billion",
    22e9,
    "money",
    "two-way trade between Australia and Indonesia",
    q="approximate",
    unit="AUD",
    period="last year",
    speaker="Department of Foreign Affairs and Trade",
    aliases=["DFAT", *HC_AL],
)
a(
    "About 35%",
    35,
    "percent",
    "share of Indonesia's lithium hydroxide imports from Western Australia",
    q="approximate",
    unit=P,
)

# 4507: gov.br news item on Bolsa Família (Wednesday 27 May 2037).
MDS = "Ministry of Development and Social Assistance, Family and Fight Against Hunger"
doc("4507_govbr-bolsa-familia-may-2037-05-27.txt", "2037-05-27", None, [MDS, "MDS"])
RF_AL = ["Falcão", "Minister Renato Falcão", "the minister", MDS]
RF = dict(speaker="Renato Falcão", aliases=RF_AL)
a("20.1 million", 20.1e6, "count", "families reached by Bolsa Família in May", opt=True)
a("R$ 718", 718, "money", "average Bolsa Família benefit", unit="BRL", opt=True)
a("45%", 45, "percent", "Northeast share of beneficiary families", unit=P, opt=True)
a(
    "20.1 million",
    20.1e6,
    "count",
    "families receiving Bolsa Família benefits in May",
    after="pay benefits to ",
    **RF,
)
a(
    "R$ 14.43 billion",
    14.43e9,
    "money",
    "federal investment in Bolsa Família this month",
    unit="BRL",
    period="May",
)
a("R$ 718.26", 718.26, "money", "average benefit per family", unit="BRL")
a("8.9 million", 8.9e6, "count", "children receiving the Early Childhood Benefit", **RF)
a(
    "up to six",
    6,
    "measure",
    "age of children eligible for the Early Childhood Benefit",
    q="at_most",
    unit="year",
    opt=True,
    **RF,
)
a("R$ 150", 150, "money", "Early Childhood Benefit per child", unit="BRL", **RF)
IBGE_AL = ["IBGE", "Brazilian Institute of Geography and Statistics"]
a(
    "3.2%",
    3.2,
    "percent",
    "extreme poverty rate",
    unit=P,
    period="2036",
    speaker="Brazilian Institute of Geography and Statistics",
    aliases=["IBGE", "Falcão", "Renato Falcão"],
)
PNAD = dict(
    speaker="Brazilian Institute of Geography and Statistics",
    aliases=["IBGE", "PNAD Contínua"],
    date="2037-05-22",
)
a("23.1%", 23.1, "percent", "share of Brazilians living in poverty", unit=P, **PNAD)
a(
    "2.4 percentage points",
    2.4,
    "percent",
    "fall in the poverty rate from the previous year",
    unit="percentage point",
    **PNAD,
)
a("9.05 million", 9.05e6, "count", "beneficiary families in the Northeast")
a(
    "45%",
    45,
    "percent",
    "Northeast share of beneficiary families",
    unit=P,
    after="9.05 million families, or ",
)
a("R$ 6.6 billion", 6.6e9, "money", "investment in the Northeast in May", unit="BRL")
a("5.71 million", 5.71e6, "count", "beneficiary families in the Southeast")
a("2.52 million", 2.52e6, "count", "beneficiary families in the North")
a("1.49 million", 1.49e6, "count", "beneficiary families in the South")
a("1.33 million", 1.33e6, "count", "beneficiary families in the Centre-West")
a("2.41 million", 2.41e6, "count", "beneficiary families in Bahia")
a("2.38 million", 2.38e6, "count", "beneficiary families in São Paulo")
a("1.62 million", 1.62e6, "count", "beneficiary families in Pernambuco")
LP = dict(
    speaker="Luciana Paiva",
    aliases=["Paiva", "National Secretary of Citizenship Income", "the secretary"],
)
a("2.87 million", 2.87e6, "count", "families covered by the Protection Rule", **LP)
a("R$ 218", 218, "money", "per capita poverty line", unit="BRL", opt=True, **LP)
a(
    "up to two years",
    2,
    "duration",
    "time families may remain under the Protection Rule",
    q="at_most",
    unit="year",
    **LP,
)
a("50%", 50, "percent", "share of the benefit paid under the Protection Rule", unit=P, **LP)
a(
    "more than 3.4 million",
    3.4e6,
    "count",
    "families that left the programme as income rose",
    q="more_than",
    **LP,
)
a(
    "400,000",
    400000,
    "count",
    "families to be added to the programme by December",
    speaker="President of Brazil",
    aliases=["President of the Republic", "Renato Falcão", *RF_AL],
    date="2037-05-25",
)
a(
    "1.1%",
    1.1,
    "percent",
    "severe food insecurity in Brazil",
    unit=P,
    period="2034-2036",
    speaker="Food and Agriculture Organization of the United Nations",
    aliases=["FAO"],
)
a(
    "41.7 million",
    41.7e6,
    "count",
    "families in the Single Registry (CadÚnico)",
    speaker=MDS,
    aliases=["the ministry", "MDS", "CadÚnico"],
)

GOLD.build()
