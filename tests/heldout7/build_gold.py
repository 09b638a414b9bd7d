"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout7/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5, see README.md): headline figures optional; the page's own voice
# and unnamed sources ("officials said", "local residents said", "people familiar with the
# matter") have speaker None, judged sentence by sentence; in a transcript an unattributed
# sentence of an answer is the answering official's, the outlet that asks speaks for its question
# and a figure the question attributes ("The Philippine Coast Guard said on Sunday") is that
# source's (the outlet an alias); "according to X" / "figures from X show" / "X said in its
# bulletin" are X (in an answer, the official an alias); a figure an official relays from a
# leader, an ambassador or a colleague ("He pointed out that", "told me this morning that ...
# She said") is theirs, dated the day they said it; every sentence of a multi-sentence quote is
# the quoted speaker's; date = the day the claim was stated ("on Sunday", "yesterday" resolved
# against the publication day; "last week" and "earlier this month", which name no day, keep the
# publication day as in tests/heldout 205); time spans that only date a figure, unit conversions
# in brackets and compound adjectives are optional.

# 800: MFA regular press conference (Tuesday 15 September 2026).
doc("800_mfa-guo-jiakun-presscon-2026-09-15.txt", "2026-09-15", "Guo Jiakun")
a("More than 600", 600, "count", "registered guests of the Lanzhou Forum", q="more_than")
a("over 40", 40, "count", "countries and international organizations of the guests", q="more_than")
HZ = dict(speaker="Han Zheng", aliases=["Vice President Han Zheng"], date="2026-09-14")
a("five", 5, "count", "Central Asian countries", after="between China and the ", opt=True, **HZ)
a(
    "106.8 billion US dollars",
    106.8e9,
    "money",
    "trade between China and Central Asian countries",
    unit="USD",
    period="last year",
    **HZ,
)
a(
    "more than 4,500",
    4500,
    "count",
    "Chinese-invested enterprises operating in Central Asia",
    q="more_than",
    **HZ,
)
a("around 180,000", 180000, "count", "local jobs created", q="approximate", **HZ)
MOFCOM = dict(speaker="Ministry of Commerce", aliases=["MOFCOM", "Guo Jiakun"])
a("28.3 billion yuan", 28.3e9, "money", "agreements signed at the forum", unit="CNY", **MOFCOM)
a("62", 62, "count", "projects covered by the agreements", **MOFCOM)
a(
    "11,870",
    11870,
    "count",
    "China-Europe Railway Express trips through Central Asia",
    period="first eight months of this year",
)
a("eight months", 8, "duration", "period of the trips", unit="month", opt=True)
a(
    "9 percent",
    9,
    "percent",
    "year-on-year rise in China-Europe Railway Express trips",
    unit="percent",
)
a(
    "23",
    23,
    "count",
    "Chinese vessels spotted near Xianbin Jiao",
    speaker="Philippine Coast Guard",
    aliases=["AFP"],
    date="2026-09-13",
)
# Stated as a fact in the question, not as something the Department said: the outlet's.
a(
    "27",
    27,
    "count",
    "Chinese entities added to the Entity List",
    speaker="Reuters",
    aliases=["U.S. Commerce Department"],
)
a("over 1,100", 1100, "count", "Chinese entities on U.S. sanctions lists", q="more_than")
a(
    "nearly half",
    50,
    "percent",
    "share of the entities listed in the past three years",
    q="nearly",
    unit="percent",
)
a("three years", 3, "duration", "period of the listings", unit="year", opt=True)
a("312", 312, "count", "Chinese citizens helped to leave Tripoli", period="as of this morning")
MX = dict(speaker="Ma Xuejun", aliases=["Ambassador Ma Xuejun"])
a("about 90", 90, "count", "Chinese nationals staying in Libya", q="approximate", **MX)
a("two", 2, "count", "chartered flights to be arranged", after="He said ", **MX)
a(
    "3.9 million",
    3.9e6,
    "count",
    "entries into China by foreign nationals",
    period="August",
    speaker="National Immigration Administration",
    aliases=["NIA", "China News Service"],
    date="2026-09-14",
)
a("52", 52, "count", "countries granted unilateral visa-free treatment", subject="China")
a(
    "About 72 percent",
    72,
    "percent",
    "share of visa-free foreign entries",
    q="approximate",
    unit="percent",
    period="August",
    speaker="National Immigration Administration",
    aliases=["NIA", "Guo Jiakun"],
)

# 801: SCIO white-paper press conference, transcript (Monday 21 September 2026).
doc("801_scio-white-paper-water-security-2026-09-21.txt", "2026-09-21", "Chen Minghai")
SX = dict(speaker="Shou Xiaoli", aliases=["Ms. Shou Xiaoli", "Ms. Shou"])
a("some 18,000", 18000, "count", "Chinese characters of the white paper", q="approximate", **SX)
a("six", 6, "count", "chapters of the white paper", opt=True, **SX)
CM = dict(speaker="Chen Minghai", aliases=["Mr. Chen Minghai", "Mr. Chen", "Chen"])
a(
    "nearly 20 percent",
    20,
    "percent",
    "share of world population fed",
    q="nearly",
    unit="percent",
    **CM,
)
a(
    "about 6 percent",
    6,
    "percent",
    "share of world freshwater resources",
    q="approximate",
    unit="percent",
    **CM,
)
a("more than 98,000", 98000, "count", "reservoirs", q="more_than", subject="China", **CM)
a(
    "986 billion cubic meters",
    986e9,
    "measure",
    "total reservoir storage capacity",
    unit="cubic metre",
    **CM,
)
a("320,000 kilometers", 320000, "measure", "length of river embankments", unit="km", **CM)
a(
    "under 610 billion cubic meters",
    610e9,
    "measure",
    "total annual water consumption",
    q="less_than",
    unit="cubic metre",
    **CM,
)
a("41.7 percent", 41.7, "percent", "fall in water use per 10,000 yuan of GDP", unit="percent", **CM)
NBS = dict(speaker="National Bureau of Statistics", aliases=["NBS", "Chen Minghai"])
a(
    "72.5 million hectares",
    72.5e6,
    "measure",
    "effective irrigated area of farmland",
    unit="hectare",
    period="last year",
    **NBS,
)
a(
    "more than 75 percent",
    75,
    "percent",
    "share of the country's grain from irrigated farmland",
    q="more_than",
    unit="percent",
    **NBS,
)
ZL = dict(speaker="Zhao Lirong", aliases=["Ms. Zhao Lirong", "Ms. Zhao", "Zhao"])
a("94 percent", 94, "percent", "rural tap water coverage", unit="percent", **ZL)
a("80 percent", 80, "percent", "rural tap water coverage in 2015", unit="percent", **ZL)
a(
    "63 percent",
    63,
    "percent",
    "share of rural population served by large-scale water supply projects",
    unit="percent",
    **ZL,
)
a(
    "146 billion yuan",
    146e9,
    "money",
    "central funds allocated to rural water supply projects",
    unit="CNY",
    period="since 2021",
    **ZL,
)
a(
    "more than 81 billion cubic meters",
    81e9,
    "measure",
    "water transferred by the South-to-North Water Diversion Project",
    q="more_than",
    unit="cubic metre",
    **CM,
)
a(
    "over 185 million",
    185e6,
    "count",
    "people benefiting from the diverted water",
    q="more_than",
    **CM,
)
a(
    "9.2 billion cubic meters",
    9.2e9,
    "measure",
    "water supplied by the middle route",
    unit="cubic metre",
    period="last water year",
    **ZL,
)
a(
    "over 70 percent",
    70,
    "percent",
    "share of diverted water in urban supply of some northern cities",
    q="more_than",
    unit="percent",
    **ZL,
)
FY = dict(speaker="Fang Yu", aliases=["Mr. Fang Yu", "Mr. Fang"])
a(
    "82 billion yuan",
    82e9,
    "money",
    "central budget investment for water conservancy",
    unit="CNY",
    period="this year",
    **FY,
)
a(
    "1.35 trillion yuan",
    1.35e12,
    "money",
    "investment in water conservancy construction",
    unit="CNY",
    period="last year",
    speaker="Ministry of Water Resources",
    aliases=["Fang Yu"],
)
a(
    "About a quarter",
    25,
    "percent",
    "share of the investment from local government special-purpose bonds",
    q="approximate",
    unit="percent",
    **FY,
)

# 802: WHO news release (Tuesday 13 October 2026).
doc("802_who-road-safety-report-2026-10-13.txt", "2026-10-13", None)
WHO = dict(
    speaker="World Health Organization",
    aliases=["WHO", "Global status report on road safety 2026"],
)
a(
    "an estimated 1.12 million",
    1.12e6,
    "count",
    "annual road traffic deaths",
    q="approximate",
    **WHO,
)
a("6%", 6, "percent", "drop in road traffic deaths since 2015", unit="percent", **WHO)
a(
    "54%",
    54,
    "percent",
    "share of pedestrians, cyclists and riders in deaths",
    unit="percent",
    **WHO,
)
a(
    "around 30%",
    30,
    "percent",
    "share of car occupants in deaths",
    q="approximate",
    unit="percent",
    **WHO,
)
# The age band that defines the group, not a figure of its own: optional.
a(
    "5-29 years",
    5,
    "measure",
    "age band of children and young people",
    q="range",
    unit="year",
    low=5,
    high=29,
    opt=True,
)
TED = dict(
    speaker="Tedros Adhanom Ghebreyesus",
    aliases=["Dr Tedros Adhanom Ghebreyesus", "Dr Tedros", "Tedros"],
)
a("28 seconds", 28, "duration", "interval between road deaths", unit="second", **TED)
a("Ten", 10, "count", "countries that halved their road death toll", **TED)
a(
    "more than half",
    50,
    "percent",
    "cut in death toll in those countries",
    q="more_than",
    unit="percent",
    **TED,
)
a("35", 35, "count", "countries with best-practice laws on all key risk factors")
a("five", 5, "count", "key risk factors", after="all ", opt=True)
a(
    "17%",
    17,
    "percent",
    "share of countries requiring UN vehicle safety standards",
    unit="percent",
)
a("18%", 18, "percent", "decline in road deaths in the WHO European Region", unit="percent")
HK = dict(
    speaker="Hans Henri P. Kluge",
    aliases=["Dr Hans Henri P. Kluge", "Kluge", "Hans Kluge"],
)
a("23", 23, "count", "European countries that reduced deaths by more than a quarter", **HK)
a("more than a quarter", 25, "percent", "reduction in deaths", q="more_than", unit="percent", **HK)
a(
    "17%",
    17,
    "percent",
    "rise in road deaths in the African Region",
    unit="percent",
    after="deaths rose by ",
    speaker="WHO Regional Office for Africa",
    aliases=["WHO's Regional Office for Africa", "WHO AFRO", "Regional Office for Africa"],
)
a(
    "about 3%",
    3,
    "percent",
    "African Region share of world vehicles",
    q="approximate",
    unit="percent",
)
a("19%", 19, "percent", "African Region share of road deaths", unit="percent")
a(
    "almost 56%",
    56,
    "percent",
    "share of South-East Asia and Western Pacific regions in road deaths",
    q="nearly",
    unit="percent",
)
a(
    "more than 170,000",
    170000,
    "count",
    "road crash deaths in India",
    q="more_than",
    subject="India",
    period="last year",
    speaker="Ministry of Road Transport and Highways",
    aliases=[],
)
a("92%", 92, "percent", "share of low- and middle-income countries in the burden", unit="percent")
a(
    "around 60%",
    60,
    "percent",
    "share of low- and middle-income countries in world vehicles",
    q="approximate",
    unit="percent",
)
a(
    "around 3%",
    3,
    "percent",
    "cost of road crashes as share of GDP",
    q="approximate",
    unit="percent",
)
EK = dict(speaker="Etienne Krug", aliases=["Dr Etienne Krug", "Krug"])
a(
    "US$ 2.6 billion",
    2.6e9,
    "money",
    "extra annual spending needed for safer infrastructure",
    unit="USD",
    **EK,
)
a("50", 50, "count", "worst-affected countries", after="infrastructure in the ", **EK)
a("more than 100,000", 100000, "count", "deaths prevented annually", q="more_than", **EK)
a("168", 168, "count", "countries providing data for the report")
a("98%", 98, "percent", "share of world population covered by the report", unit="percent")

# 803: AP story on Nepal landslides (Wednesday 5 August 2026).
doc("803_ap-nepal-landslide-toll-2026-08-05.txt", "2026-08-05", None)
a("63", 63, "count", "death toll from Nepal landslides", opt=True)
a("63", 63, "count", "death toll from Nepal landslides", after="rose to ")
RB = dict(
    speaker="Ram Prasad Bhandari",
    aliases=["Bhandari", "Home Ministry", "Home Ministry spokesperson Ram Prasad Bhandari"],
)
a("41", 41, "count", "people unaccounted for", **RB)
a("27", 27, "count", "people taken to hospitals", **RB)
a("38", 38, "count", "death toll", period="Tuesday evening", date="2026-08-04")
a("more than 300 millimeters", 300, "measure", "rainfall", q="more_than", unit="mm")
a("12 inches", 12, "measure", "rainfall", unit="inch", opt=True)
a("24 hours", 24, "duration", "period of the rainfall", unit="hour", opt=True)
a("11", 11, "count", "initial death toll", speaker="Police", aliases=["Nepal Police"])
KT = dict(speaker="Kiran Thapa", aliases=["Thapa"])
a("19", 19, "count", "bodies recovered from one slope", **KT)
a(
    "more than 1,200",
    1200,
    "count",
    "soldiers, police and volunteers in the search",
    q="more_than",
    **KT,
)
APF = dict(speaker="Armed Police Force", aliases=["APF"])
a("Two", 2, "count", "buses swept into the river", **APF)
a("at least 50", 50, "count", "bus passengers", q="at_least", **APF)
a(
    "three",
    3,
    "count",
    "bus passengers found alive",
    speaker="Shailendra Khadka",
    aliases=["Khadka", "Armed Police Force"],
    date="2026-08-04",
)
a("about 90", 90, "count", "houses in the settlement before the disaster", q="approximate")
a("Fewer than 20", 20, "count", "houses still standing", q="less_than")
SK = dict(
    speaker="Sushila Karki",
    aliases=["Karki", "Prime Minister Sushila Karki"],
    date="2026-08-04",
)
a("200,000 rupees", 200000, "money", "compensation for each victim's family", unit="NPR", **SK)
a("$1,500", 1500, "money", "compensation for each victim's family", unit="USD", opt=True, **SK)
a(
    "50 million rupees",
    50e6,
    "money",
    "government relief funds released",
    unit="NPR",
    speaker="Prime Minister's Office",
    aliases=["Sushila Karki", "Her office"],
)
NDRRMA = dict(
    speaker="National Disaster Risk Reduction and Management Authority",
    aliases=["NDRRMA", "the authority"],
)
a(
    "More than 250",
    250,
    "count",
    "people killed in rain-related disasters",
    q="more_than",
    period="since mid-June",
    **NDRRMA,
)
a("1.7 million", 1.7e6, "count", "people living in high-risk landslide areas", **NDRRMA)
BR = dict(speaker="Binita Rai", aliases=["Rai"])
a(
    "Nearly 60 percent",
    60,
    "percent",
    "share of mapped landslides near a new road",
    q="nearly",
    unit="percent",
    period="last year",
    **BR,
)
a("200 meters", 200, "measure", "distance from a new road", unit="m", **BR)
a(
    "some 2,400",
    2400,
    "count",
    "displaced people in Red Cross shelters",
    q="approximate",
    speaker="Nepal Red Cross Society",
    aliases=["Red Cross"],
)

# 804: Bloomberg-style markets story (Tuesday 20 October 2026).
doc("804_bloomberg-yen-intervention-warning-2026-10-20.txt", "2026-10-20", None)
a("158", 158, "money", "yen per dollar exchange rate", q="more_than", unit="JPY", opt=True)
a(
    "158",
    158,
    "money",
    "yen per dollar exchange rate",
    q="more_than",
    unit="JPY",
    after="weakened past ",
)
a("as much as 0.8%", 0.8, "percent", "fall of the yen", q="at_most", unit="percent")
a("158.34", 158.34, "money", "yen per dollar exchange rate", unit="JPY")
a("3.1%", 3.1, "percent", "slide of the yen this month", unit="percent", period="this month")
a("2.1%", 2.1, "percent", "Japan's core inflation", unit="percent", period="September")
MOF = dict(speaker="Ministry of Finance", aliases=["Japan's Ministry of Finance", "MOF"])
a("9.8 trillion yen", 9.8e12, "money", "spending on yen support", unit="JPY", period="2024", **MOF)
a(
    "$62 billion",
    62e9,
    "money",
    "spending on yen support",
    unit="USD",
    period="2024",
    opt=True,
    **MOF,
)
a("5.5 trillion yen", 5.5e12, "money", "interventions", unit="JPY", period="last year", **MOF)
BB = dict(speaker="Bloomberg", aliases=["Bloomberg calculations"])
a(
    "roughly 40%",
    40,
    "percent",
    "priced chance that the yen touches 160 within a month",
    q="approximate",
    unit="percent",
    **BB,
)
a("160", 160, "money", "yen per dollar level", unit="JPY", after="touch ", opt=True, **BB)
a("one-month", 1, "duration", "tenor of risk reversals", unit="month", opt=True, **BB)
a(
    "about 112,000",
    112000,
    "count",
    "net short yen contracts held by leveraged funds",
    q="approximate",
    period="last week",
    speaker="Commodity Futures Trading Commission",
    aliases=["CFTC"],
)
KO = dict(speaker="Kenji Oda", aliases=["Oda"])
a(
    "160",
    160,
    "money",
    "yen level the ministry will defend",
    unit="JPY",
    after="My sense is that ",
    **KO,
)
a("152", 152, "money", "forecast year-end yen per dollar", unit="JPY", **KO)
a(
    "as much as five yen",
    5,
    "money",
    "possible one-day move of the yen on intervention",
    q="at_most",
    unit="JPY",
    **KO,
)
KJ = dict(speaker="Kit Juckes", aliases=["Juckes", "Societe Generale"], date="2026-10-19")
a(
    "about 3.4 percentage points",
    3.4,
    "percent",
    "US-Japan interest-rate gap on two-year bonds",
    q="approximate",
    unit="percentage point",
    **KJ,
)
a("two-year", 2, "duration", "bond maturity", unit="year", opt=True, **KJ)
a("161", 161, "money", "forecast yen per dollar by March", unit="JPY", **KJ)
a("1.2%", 1.2, "percent", "rise of the Topix index", unit="percent")
a("10-year", 10, "duration", "bond maturity", unit="year", opt=True)
a("1.66%", 1.66, "percent", "yield on 10-year Japanese government bonds", unit="percent")
a("0.75%", 0.75, "percent", "Bank of Japan benchmark rate", unit="percent")
a(
    "about 5%",
    5,
    "percent",
    "wage growth at major companies",
    q="approximate",
    unit="percent",
    period="this year",
    speaker="Kazuo Ueda",
    aliases=["Ueda", "Governor Kazuo Ueda", "Bank of Japan"],
)
a("46%", 46, "percent", "priced probability of a December rate increase", unit="percent")

# 805: Kenyan news portal page with two unrelated stories (Wednesday 4 November 2026).
doc("805_rift-observer-two-stories-2026-11-04.txt", "2026-11-04", None)
a("Sh1.29 trillion", 1.29e12, "money", "KRA revenue collection", unit="KES", opt=True)
a("four months", 4, "duration", "collection period", unit="month", opt=True)
KRA = dict(
    speaker="Kenya Revenue Authority",
    aliases=["KRA", "Humphrey Wattanga"],
    date="2026-11-03",
)
a(
    "Sh1.29 trillion",
    1.29e12,
    "money",
    "revenue collected",
    unit="KES",
    period="July to October",
    after="collected ",
    **KRA,
)
a("Sh64 billion", 64e9, "money", "revenue shortfall against target", unit="KES", **KRA)
HW = dict(
    speaker="Humphrey Wattanga",
    aliases=["Wattanga", "KRA", "Kenya Revenue Authority"],
    date="2026-11-03",
)
a("11.6 per cent", 11.6, "percent", "growth of revenue collection", unit="percent", **HW)
a("Sh874 billion", 874e9, "money", "domestic tax revenue", unit="KES", **KRA)
a("Sh402 billion", 402e9, "money", "customs and border control revenue", unit="KES", **KRA)
a("Sh218 billion", 218e9, "money", "PAYE revenue", unit="KES")
a("7.4 million", 7.4e6, "count", "taxpayers filing returns on time", **HW)
a("6.1 million", 6.1e6, "count", "taxpayers filing returns on time two years ago", **HW)
a("two years", 2, "duration", "comparison period", unit="year", opt=True, **HW)
a(
    "4.5 per cent",
    4.5,
    "percent",
    "expected budget deficit as share of GDP",
    unit="percent",
    speaker="John Mbadi",
    aliases=["Mbadi", "Treasury Cabinet Secretary John Mbadi"],
    date="2026-11-02",
)
a(
    "Sh200 billion",
    200e9,
    "money",
    "possible revenue gap by June",
    unit="KES",
    speaker="Nancy Otieno",
    aliases=["Otieno"],
)
a("third", 3, "count", "straight counts with rising elephant numbers", opt=True)
KWS = dict(
    speaker="Kenya Wildlife Service",
    aliases=["KWS", "the service"],
    date="2026-11-03",
)
a("15,121", 15121, "count", "elephants in the Tsavo-Mkomazi ecosystem", **KWS)
a("14,573", 14573, "count", "elephants in the Tsavo-Mkomazi ecosystem in 2023", **KWS)
a("three-week", 3, "duration", "length of the census", unit="week", opt=True, **KWS)
a(
    "47,000 square kilometres",
    47000,
    "measure",
    "area covered by the census",
    unit="square kilometre",
    **KWS,
)
a("four", 4, "count", "light aircraft used in the census", after="used ", **KWS)
a("6,322", 6322, "count", "buffaloes counted", **KWS)
a("12", 12, "count", "black rhinos counted", after="buffaloes and ", **KWS)
RM = dict(
    speaker="Rebecca Miano",
    aliases=["Miano", "Wildlife Cabinet Secretary Rebecca Miano"],
    date="2026-11-03",
)
a("98 per cent", 98, "percent", "fall in elephant poaching since 2013", unit="percent", **RM)
a("three", 3, "count", "elephants lost to poachers last year", after="only ", **RM)
a(
    "1,420",
    1420,
    "count",
    "human-wildlife conflict cases in Taita Taveta County",
    period="past year",
    **RM,
)
# "a researcher with Save the Elephants": the named organisation, not an unnamed source.
a(
    "more than 170",
    170,
    "count",
    "elephants that died in Tsavo in the 2022 drought",
    q="more_than",
    speaker="Save the Elephants",
    aliases=[],
)
a(
    "about 4 per cent",
    4,
    "percent",
    "elephant carcass ratio",
    q="approximate",
    speaker="Kenya Wildlife Service",
    aliases=["KWS", "KWS rangers"],
)

# 806: Indian MEA weekly media briefing, transcript (Thursday 12 November 2026).
RJ = ["Shri Randhir Jaiswal", "Official Spokesperson", "Jaiswal"]
doc("806_mea-weekly-briefing-2026-11-12.txt", "2026-11-12", "Randhir Jaiswal", RJ)
a("three", 3, "count", "announcements at the top", after="I have ", opt=True)
a(
    "over 12 billion US dollars",
    12e9,
    "money",
    "Indian lines of credit to African countries",
    q="more_than",
    unit="USD",
)
a("more than 42,000", 42000, "count", "African students on Indian scholarships", q="more_than")
a("3,150", 3150, "count", "pilgrims through the Kartarpur corridor in one day", period="Monday")
a(
    "more than 1.8 lakh",
    180000,
    "count",
    "pilgrims using the Kartarpur corridor since March",
    q="more_than",
)
a("36", 36, "count", "Indian-flagged merchant vessels escorted", period="last six weeks")
a("six weeks", 6, "duration", "period of the escorts", unit="week", opt=True)
SLN = dict(
    speaker="Sri Lankan Navy",
    aliases=["The Hindu", "Ananya Iyer"],
    date="2026-11-10",
)
a("14", 14, "count", "Indian fishermen arrested near Delft island", **SLN)
a("two", 2, "count", "trawlers seized", after="seized ", **SLN)
a(
    "around 136 billion dollars",
    136e9,
    "money",
    "India-EU trade",
    q="approximate",
    unit="USD",
    period="last year",
    speaker="WION",
    aliases=["Rohit Malhotra"],
)
a("97", 97, "count", "Indian fishermen in Sri Lankan custody")
a("146", 146, "count", "Indian boats held in Sri Lanka")
a(
    "61",
    61,
    "count",
    "Sri Lankan fishermen released by India this year",
    speaker="S. Jaishankar",
    aliases=["Jaishankar", "Dr. S. Jaishankar", "External Affairs Minister Dr. S. Jaishankar"],
    date="2026-11-11",
)
a(
    "8.2 percent",
    8.2,
    "percent",
    "growth of India's exports to the EU",
    unit="percent",
    period="first half of this fiscal year",
    speaker="Department of Commerce",
    aliases=["Randhir Jaiswal"],
)
a("127", 127, "count", "Indian nationals recruited into the Russian army")
a("98", 98, "count", "recruited Indians discharged and returned home")
a("Twelve", 12, "count", "recruited Indians confirmed dead")
a("about 16", 16, "count", "recruited Indians unaccounted for", q="approximate")
VM = dict(
    speaker="Vikram Misri",
    aliases=["Misri", "Foreign Secretary Vikram Misri", "Doordarshan", "Foreign Secretary"],
    date="2026-11-09",
)
a("2,000", 2000, "count", "Indian trucks crossing into Bangladesh every day", **VM)
a(
    "about 13 billion dollars",
    13e9,
    "money",
    "India-Bangladesh bilateral trade",
    q="approximate",
    unit="USD",
    period="last year",
    **VM,
)
a(
    "around 1,160 megawatts",
    1160,
    "measure",
    "power supplied by India to Bangladesh",
    q="approximate",
    unit="MW",
    **VM,
)
a("1,75,025", 175025, "count", "Haj quota for India", period="Haj 2027")

# 807: European Commission press release (Wednesday 9 December 2026).
doc("807_ec-affordable-housing-plan-2026-12-09.txt", "2026-12-09", None)
a("up to €10 billion", 10e9, "money", "funds mobilised by the Plan", q="at_most", unit="EUR")
a("three years", 3, "duration", "period of the funding", unit="year", opt=True)
a("650,000", 650000, "count", "homes built or renovated by 2030")
EST = dict(speaker="Eurostat", aliases=[])
a("53%", 53, "percent", "rise in EU house prices", unit="percent", period="2015 to Q2 2026", **EST)
a("27%", 27, "percent", "rise in EU rents", unit="percent", period="2015 to Q2 2026", **EST)
a("8.2%", 8.2, "percent", "share of EU population overburdened by housing costs", unit="percent")
# The threshold that defines the overburden rate, not a figure of its own: optional.
a(
    "40%",
    40,
    "percent",
    "share of disposable income spent on housing",
    q="at_least",
    unit="percent",
    opt=True,
)
a(
    "more than 25%",
    25,
    "percent",
    "overburden rate among tenants at market rents",
    q="more_than",
    unit="percent",
)
a("26.4 years", 26.4, "measure", "average age of leaving the parental home", unit="year", **EST)
a(
    "over 30",
    30,
    "measure",
    "age of leaving home in some Member States",
    q="more_than",
    unit="year",
    **EST,
)
a("seven", 7, "count", "Member States where young people leave home after 30", **EST)
a(
    "12 months",
    12,
    "duration",
    "permitting time for a residential project",
    q="more_than",
    unit="month",
)
DJ = dict(
    speaker="Dan Jørgensen",
    aliases=["Jørgensen", "Commissioner for Energy and Housing Dan Jørgensen", "the Commissioner"],
)
a(
    "almost half",
    50,
    "percent",
    "share of a nurse's salary spent on rent",
    q="nearly",
    unit="percent",
    **DJ,
)
a(
    "Around 85%",
    85,
    "percent",
    "share of housing money from private investors",
    q="approximate",
    unit="percent",
    **DJ,
)
a(
    "some 2 million",
    2e6,
    "count",
    "additional homes needed each year",
    q="approximate",
    date="2026-12-07",
    **DJ,
)
a(
    "nearly one in five",
    20,
    "percent",
    "share of short-term rentals among homes in some city centres",
    q="nearly",
    unit="percent",
    date="2026-12-07",
    **DJ,
)
a(
    "18 months",
    18,
    "duration",
    "deadline for national housing strategy reports",
    unit="month",
    opt=True,
)
a("around 13 million", 13e6, "count", "people employed in EU construction", q="approximate")
a(
    "21%",
    21,
    "percent",
    "fall in building permits for dwellings",
    unit="percent",
    period="2021 to 2024",
    **EST,
)

GOLD.build()
