"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout14/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout13, see README.md): headline and standfirst
# figures optional; the page's own voice and unnamed sources ("officials said", "a customs
# official said", "There are reports that", "Some analysts estimate") have speaker None, judged
# sentence by sentence; in a transcript an unattributed answer sentence is the answering
# official's, the outlet that asks speaks for its question, a bare QUESTION: is None, and a figure
# a question attributes is that source's (the outlet an alias); "according to X" / "figures
# released by X show" / "X said" are X; a figure a spokesperson relays from a minister or the
# Secretary is theirs, dated the day they said it; every sentence and paragraph of a quote is the
# quoted speaker's; date = the day the claim was stated ("on Monday", "yesterday", "late on
# Saturday"); "last week", "over the weekend", "earlier this month", "in January", "this morning"
# keep the publication day; time spans that only date a figure, compound adjectives, unit
# conversions in brackets and ordinals of consecutive runs are optional.

# 1400: MFA regular press conference (Tuesday 14 March 2028).
doc("1400_mfa-guo-jiakun-presscon-2028-03-14.txt", "2028-03-14", "Guo Jiakun", ["Guo"])
a("about 2,000", 2000, "count", "delegates to the Boao Forum", q="approximate")
a("over 60", 60, "count", "countries and regions of the delegates", q="more_than")
a("more than 70", 70, "count", "sessions of the conference", q="more_than")
a(
    "6.9 trillion yuan",
    6.9e12,
    "money",
    "China-ASEAN trade",
    unit="CNY",
    period="last year",
    speaker="Ministry of Commerce",
    aliases=["MOFCOM", "CCTV"],
    date="2028-03-13",
)
a(
    "fifth",
    5,
    "count",
    "consecutive years as China's largest trading partner",
    after="partner for the ",
    opt=True,
    speaker="Ministry of Commerce",
    aliases=["MOFCOM", "CCTV"],
    date="2028-03-13",
)
a(
    "Over 90 percent",
    90,
    "percent",
    "share of goods traded at zero tariffs",
    q="more_than",
    unit="percent",
)
PCG = dict(speaker="Philippine Coast Guard", aliases=["PCG", "AFP"], date="2028-03-13")
a("43", 43, "count", "Chinese vessels near Second Thomas Shoal", period="last week", **PCG)
a(
    "28",
    28,
    "count",
    "Chinese vessels near Second Thomas Shoal the week before",
    after="up from ",
    **PCG,
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2028-03-10")
a(
    "above 200 billion US dollars",
    200e9,
    "money",
    "China-Russia bilateral trade",
    q="more_than",
    unit="USD",
    **WY,
)
a(
    "three consecutive years",
    3,
    "duration",
    "years of trade above 200 billion dollars",
    unit="year",
    **WY,
)
a(
    "more than 95 percent",
    95,
    "percent",
    "share of settlements in local currencies",
    q="more_than",
    unit="percent",
    **WY,
)
a(
    "26 percent",
    26,
    "percent",
    "rise in mutual visits by Chinese and Russian citizens",
    unit="percent",
    period="last year",
    **WY,
)
a(
    "nearly 4.5 million",
    4.5e6,
    "count",
    "mutual visits by Chinese and Russian citizens",
    q="nearly",
    period="last year",
    **WY,
)
JE = dict(speaker="Japan External Trade Organization", aliases=["JETRO", "Kyodo News", "Kyodo"])
a(
    "42 percent",
    42,
    "percent",
    "share of Japanese companies in China planning to expand",
    unit="percent",
    **JE,
)
a(
    "one to two years",
    1,
    "duration",
    "horizon of expansion plans",
    q="range",
    unit="year",
    low=1,
    high=2,
    opt=True,
    **JE,
)
a(
    "59,000",
    59000,
    "count",
    "newly established foreign-invested enterprises",
    q="more_than",
    period="last year",
)
a(
    "9.8 percent",
    9.8,
    "percent",
    "rise in newly established foreign-invested enterprises",
    unit="percent",
)
a(
    "roughly a third",
    33.33,
    "percent",
    "fall in China's purchases of US soybeans",
    q="approximate",
    unit="percent",
    period="first two months of this year",
    speaker=None,
)
a("two months", 2, "duration", "period of the soybean figure", unit="month", opt=True, speaker=None)
a(
    "50th anniversary",
    50,
    "anniversary",
    "anniversary of China-Fiji diplomatic ties",
    speaker="China Daily",
    aliases=[],
)
a("five decades", 50, "duration", "years of China-Fiji relations", unit="year", opt=True)
a("18", 18, "count", "roads and bridges China helped build in Fiji")
a(
    "more than 1,500",
    1500,
    "count",
    "Fijian officials and technicians trained in China",
    q="more_than",
)
a(
    "some 120,000",
    120000,
    "count",
    "patients treated by Chinese medical teams in Fiji",
    q="approximate",
    period="since 2015",
)
a(
    "50th anniversary",
    50,
    "anniversary",
    "anniversary of China-Fiji diplomatic ties",
    after="take the ",
)
a(
    "at least 1,100",
    1100,
    "count",
    "people killed in eastern Myanmar",
    q="at_least",
    period="since January",
    speaker="UN Office for the Coordination of Humanitarian Affairs",
    aliases=["OCHA", "Reuters"],
    date="2028-03-13",
)
a("30 million yuan", 30e6, "money", "humanitarian supplies to Myanmar", unit="CNY")
a("two batches", 2, "count", "batches of relief materials sent by the Red Cross Society of China")

# 1401: SCIO press conference on April economic data (Tuesday 16 May 2028).
doc(
    "1401_scio-nbs-april-economy-presscon-2028-05-16.txt",
    "2028-05-16",
    "Fu Linghui",
    ["Fu", "Mr. Fu", "National Bureau of Statistics", "NBS"],
)
P = dict(unit="percent")
a(
    "6.3%",
    6.3,
    "percent",
    "growth of value added of industry above designated size",
    period="April",
    **P,
)
a(
    "0.4 percentage points",
    0.4,
    "percent",
    "acceleration of industrial growth from March",
    unit="percentage point",
)
a("9.1%", 9.1, "percent", "growth of equipment manufacturing value added", **P)
a(
    "nearly half",
    50,
    "percent",
    "equipment manufacturing's share of industrial growth",
    q="nearly",
    **P,
)
a("31.7%", 31.7, "percent", "growth in output of industrial robots", **P)
a("18.2%", 18.2, "percent", "growth in output of integrated circuits", **P)
a(
    "3,962.4 billion yuan",
    3962.4e9,
    "money",
    "total retail sales of consumer goods",
    unit="CNY",
    period="April",
)
a("5.1%", 5.1, "percent", "growth of retail sales of consumer goods", **P)
a("14.6%", 14.6, "percent", "growth of retail sales of household appliances", **P)
a(
    "6.8%",
    6.8,
    "percent",
    "growth of online retail sales of physical goods",
    period="January to April",
    **P,
)
a("24.9%", 24.9, "percent", "share of online sales in total retail sales", **P)
a("5.1%", 5.1, "percent", "surveyed urban unemployment rate", after="stood at ", **P)
a(
    "0.1 percentage points",
    0.1,
    "percent",
    "fall in the unemployment rate from March",
    unit="percentage point",
)
a(
    "16-24",
    16,
    "measure",
    "age group of the youth unemployment rate",
    q="range",
    unit="year",
    low=16,
    high=24,
    opt=True,
)
a("15.8%", 15.8, "percent", "unemployment rate for the 16-24 age group", **P)
a(
    "9.4%",
    9.4,
    "percent",
    "fall in real estate development investment",
    period="first four months",
    speaker="National Bureau of Statistics",
    aliases=["NBS", "CNBC", "Fu Linghui"],
    **P,
)
a(
    "four months",
    4,
    "duration",
    "period of the investment figure",
    unit="month",
    after="9.4% in the first ",
    opt=True,
    speaker="National Bureau of Statistics",
    aliases=["NBS", "CNBC", "Fu Linghui"],
)
a("2.3%", 2.3, "percent", "fall in floor space of new commercial housing sold", **P)
a(
    "3.1 percentage points",
    3.1,
    "percent",
    "narrowing of the decline in housing sales",
    unit="percentage point",
)
a("70", 70, "count", "large and medium-sized cities surveyed", after="In the ", opt=True)
a("19", 19, "count", "cities where second-hand home prices rose month on month")
MC = dict(speaker="Ministry of Commerce", aliases=["MOFCOM", "Fu Linghui"])
a(
    "7.2%",
    7.2,
    "percent",
    "rise in sales revenue of key retail and catering enterprises",
    period="May Day holiday",
    **MC,
    **P,
)
MT = dict(speaker="Ministry of Culture and Tourism", aliases=["Fu Linghui"])
a("312 million", 312e6, "count", "domestic trips during the May Day holiday", **MT)
a("five-day", 5, "duration", "length of the May Day holiday", unit="day", opt=True, **MT)
a(
    "21%",
    21,
    "percent",
    "fall in exports to the United States",
    period="April",
    speaker="General Administration of Customs",
    aliases=["Customs", "customs data", "Reuters"],
    date="2028-05-12",
    **P,
)
a(
    "four months",
    4,
    "duration",
    "period of the trade figures",
    unit="month",
    after="In the first ",
    opt=True,
)
a("3.5%", 3.5, "percent", "growth of goods imports and exports", period="first four months", **P)
a("8.7%", 8.7, "percent", "growth of exports to Belt and Road countries", **P)
a("over 51%", 51, "percent", "Belt and Road countries' share of exports", q="more_than", **P)
a("around 5%", 5, "percent", "annual growth target", q="approximate", **P)

# 1402: US State Department press briefing (Tuesday 21 March 2028).
doc(
    "1402_state-dept-bruce-briefing-2028-03-21.txt",
    "2028-03-21",
    "Tammy Bruce",
    ["Bruce", "MS BRUCE", "Department Spokesperson"],
)
a(
    "nearly $95 million",
    95e6,
    "money",
    "additional humanitarian assistance for Sudan",
    q="nearly",
    unit="USD",
)
a(
    "more than 1.2 million",
    1.2e6,
    "count",
    "people to receive emergency food assistance",
    q="more_than",
)
a(
    "over $1.1 billion",
    1.1e9,
    "money",
    "US humanitarian assistance for the Sudan response",
    q="more_than",
    unit="USD",
    period="since the start of the last fiscal year",
)
MR = dict(speaker="Marco Rubio", aliases=["Secretary Rubio", "Rubio", "Secretary"])
a(
    "$500 million",
    500e6,
    "money",
    "US foreign military financing for the Philippines",
    unit="USD",
    **MR,
)
a(
    "some 17,000",
    17000,
    "count",
    "personnel in this year's Balikatan exercises",
    q="approximate",
    **MR,
)
WFP = dict(speaker="World Food Programme", aliases=["WFP"])
a(
    "14",
    14,
    "count",
    "areas with confirmed famine conditions in Sudan",
    after="confirmed in ",
    **WFP,
)
a("about 25 million", 25e6, "count", "people facing acute hunger in Sudan", q="approximate", **WFP)
a(
    "$95 million",
    95e6,
    "money",
    "US humanitarian assistance for Sudan",
    unit="USD",
    after="Isn't ",
    speaker=None,
)
a(
    "roughly 40 percent",
    40,
    "percent",
    "US share of humanitarian funding for Sudan",
    q="approximate",
    unit="percent",
    period="last year",
)
a(
    "up to 10 days",
    10,
    "duration",
    "waiting time of trucks at the Adre crossing",
    q="at_most",
    unit="day",
)
a(
    "11 percent",
    11,
    "percent",
    "share of the 2028 Sudan appeal funded",
    unit="percent",
    speaker="UN Humanitarian Coordinator",
    aliases=["United Nations", "UN"],
)
a(
    "some 8,000",
    8000,
    "count",
    "Venezuelans who crossed into Colombia",
    q="approximate",
    period="last week",
    speaker=None,
)
a(
    "more than 6,000",
    6000,
    "count",
    "student visas revoked",
    q="more_than",
    speaker="U.S. Department of State",
    aliases=["Department", "State Department"],
)
a("over 7,400", 7400, "count", "student visas revoked", q="more_than", period="as of this week")
a(
    "more than 40 years",
    40,
    "duration",
    "years the Balikatan exercises have been conducted",
    q="more_than",
    unit="year",
)

# 1403: Reuters wire on Thai-Cambodian border clashes (Monday 24 April 2028).
doc("1403_reuters-thai-cambodia-border-clashes-2028-04-24.txt", "2028-04-24", None)
a("fourth", 4, "count", "days of fighting", after="entered its ", opt=True)
a("more than 86,000", 86000, "count", "civilians fleeing their homes", q="more_than")
TH = dict(
    speaker="Thai health ministry",
    aliases=["Thailand's health ministry", "Ministry of Public Health"],
)
a(
    "14",
    14,
    "count",
    "civilians killed on the Thai side",
    after="said on Monday that ",
    period="since Friday",
    **TH,
)
a("46", 46, "count", "civilians wounded on the Thai side", **TH)
a(
    "six",
    6,
    "count",
    "Thai soldiers killed",
    after="army said ",
    speaker="Thai army",
    aliases=["Royal Thai Army"],
)
MS = dict(
    speaker="Maly Socheata",
    aliases=[
        "Lieutenant General Maly Socheata",
        "Cambodia's defence ministry",
        "Cambodian defence ministry",
    ],
    date="2028-04-23",
)
a("nine", 9, "count", "Cambodian civilians killed", **MS)
a("five", 5, "count", "Cambodian soldiers killed", after="civilians and ", **MS)
a("More than 2,300", 2300, "count", "Cambodian families forced to leave", q="more_than", **MS)
TI = dict(
    speaker="Thai interior ministry",
    aliases=["Thailand's interior ministry", "Ministry of Interior"],
)
a("58,400", 58400, "count", "people moved to temporary shelters", **TI)
a("290", 290, "count", "temporary shelters", **TI)
a("four", 4, "count", "border provinces with shelters", after="shelters in ", **TI)
a(
    "about 28,000",
    28000,
    "count",
    "people evacuated on the Cambodian side",
    q="approximate",
    speaker="Oddar Meanchey provincial administration",
    aliases=["provincial administration in Oddar Meanchey", "Cambodian officials"],
)
PW = dict(speaker="Phumtham Wechayachai", aliases=["Phumtham"], date="2028-04-23")
a(
    "three",
    3,
    "count",
    "points where the army pushed back Cambodian forces",
    after="forces at ",
    **PW,
)
a("11", 11, "count", "points where fighting had broken out", **PW)
a(
    "at least 12",
    12,
    "count",
    "sorties by Thai F-16 jets over Cambodian territory",
    q="at_least",
    speaker="Hun Manet",
    aliases=["Cambodian Prime Minister Hun Manet"],
    date="2028-04-22",
)
a("at least 20", 20, "count", "people killed in the 2011 fighting", q="at_least")
a("900-year-old", 900, "measure", "age of the Preah Vihear temple", unit="year", opt=True)
TC = dict(speaker="Thai commerce ministry", aliases=["Ministry of Commerce"])
a(
    "about 190 billion baht",
    190e9,
    "money",
    "annual Thai-Cambodian border trade",
    q="approximate",
    unit="THB",
    **TC,
)
a("$5.7 billion", 5.7e9, "money", "annual Thai-Cambodian border trade", unit="USD", opt=True, **TC)
a(
    "more than 7 km",
    7,
    "measure",
    "truck queues at the Aranyaprathet crossing",
    q="more_than",
    unit="km",
)
a("0.6%", 0.6, "percent", "fall of the baht against the dollar", unit="percent")
a("1.8%", 1.8, "percent", "fall of Thailand's main stock index", unit="percent")
a("three months", 3, "duration", "period of the biggest daily drop", unit="month", opt=True)
TL = dict(speaker="Tim Leelahaphan", aliases=["Leelahaphan", "Standard Chartered"])
a(
    "0.3 percentage point",
    0.3,
    "percent",
    "cut to Thailand's growth from a prolonged conflict",
    unit="percentage point",
    **TL,
)
a("1.9%", 1.9, "percent", "forecast growth of Thailand", unit="percent", period="this year", **TL)

# 1404: UNICEF press release (Thursday 4 May 2028).
doc("1404_unicef-sahel-malnutrition-release-2028-05-04.txt", "2028-05-04", None)
a("Nearly 1.9 million", 1.9e6, "count", "children at risk of severe wasting", q="nearly", opt=True)
U = dict(speaker="UNICEF", aliases=["United Nations Children's Fund"])
a(
    "Nearly 1.9 million",
    1.9e6,
    "count",
    "children under five suffering acute malnutrition",
    q="nearly",
    after="2028 - ",
    period="this year",
    **U,
)
a(
    "five",
    5,
    "measure",
    "age threshold of the children",
    q="less_than",
    unit="year",
    after="under ",
    opt=True,
    **U,
)
a("640,000", 640000, "count", "children needing treatment for severe wasting", **U)
a("18 per cent", 18, "percent", "increase in malnutrition figures on last year", unit="percent")
a(
    "27 per cent",
    27,
    "percent",
    "rise in admissions of severely wasted children in Niger",
    unit="percent",
    period="first quarter of 2028",
)
a(
    "less than US$ 60",
    60,
    "money",
    "cost of a treatment",
    q="less_than",
    unit="USD",
    speaker="Catherine Russell",
    aliases=["Russell", "UNICEF Executive Director"],
)
a("about 310,000", 310000, "count", "children the RUTF stocks can treat", q="approximate")
a(
    "less than half",
    50,
    "percent",
    "RUTF stocks as a share of projected need",
    q="less_than",
    unit="percent",
)
a("150", 150, "count", "sachets in a carton of RUTF")
a(
    "six to eight weeks",
    6,
    "duration",
    "treatment time of one child",
    q="range",
    unit="week",
    low=6,
    high=8,
)
a("US$ 53", 53, "money", "cost of a carton of RUTF delivered in Niger", unit="USD")
OC = dict(speaker="UN Office for the Coordination of Humanitarian Affairs", aliases=["OCHA"])
a("more than 6,100", 6100, "count", "schools closed because of violence", q="more_than", **OC)
a(
    "some 2.6 million",
    2.6e6,
    "count",
    "internally displaced people in Burkina Faso",
    q="approximate",
    **OC,
)
GF = dict(speaker="Gilles Fagninou", aliases=["Fagninou", "UNICEF Regional Director"])
a("three weeks", 3, "duration", "travel time of convoys to Djibo", unit="week", **GF)
a("two days", 2, "duration", "time mothers walked to reach a clinic", unit="day", **GF)
a(
    "One in three",
    33.33,
    "percent",
    "share of health centres no longer functioning",
    unit="percent",
    **GF,
)
a(
    "more than 412,000",
    412000,
    "count",
    "children treated for severe wasting",
    q="more_than",
    period="2027",
    **GF,
)
a("above 90 per cent", 90, "percent", "recovery rate", q="more_than", unit="percent", **GF)
a("US$ 437 million", 437e6, "money", "UNICEF 2028 appeal for the central Sahel", unit="USD")
a("14 per cent", 14, "percent", "share of the appeal funded", unit="percent")
a("US$ 112 million", 112e6, "money", "funding gap of the nutrition component", unit="USD")
a(
    "more than 190",
    190,
    "count",
    "countries and territories where UNICEF works",
    q="more_than",
    opt=True,
)

# 1405: Australian ministerial media release (Wednesday 10 May 2028).
doc("1405_dcceew-bowen-home-batteries-release-2028-05-10.txt", "2028-05-10", None)
a("250,000", 250000, "count", "homes with a battery under the program", opt=True)
a("A quarter of a million", 250000, "count", "households that installed a battery")
a("less than two years", 2, "duration", "time since the program began", q="less_than", unit="year")
CER = dict(speaker="Clean Energy Regulator", aliases=["CER"])
a("251,380", 251380, "count", "batteries installed under the program", period="by 30 April", **CER)
a(
    "more than 4.1 gigawatt hours",
    4.1,
    "measure",
    "combined storage capacity",
    q="more_than",
    unit="GWh",
    **CER,
)
a(
    "four hours",
    4,
    "duration",
    "equivalent running time of a coal-fired power station",
    unit="hour",
    opt=True,
    **CER,
)
a("78,900", 78900, "count", "battery installations in New South Wales")
a("61,200", 61200, "count", "battery installations in Queensland")
a("52,450", 52450, "count", "battery installations in Victoria")
a(
    "around 30 per cent",
    30,
    "percent",
    "cut in the upfront cost of a battery",
    q="approximate",
    unit="percent",
)
a(
    "$1,150",
    1150,
    "money",
    "average annual saving on power bills",
    unit="AUD",
    speaker="Australian Energy Market Operator",
    aliases=["AEMO"],
)
CB = dict(speaker="Chris Bowen", aliases=["Minister Bowen", "Bowen"])
a(
    "A quarter of a million",
    250000,
    "count",
    "households that installed a battery",
    after="sign up. ",
    **CB,
)
a(
    "almost 9 per cent",
    9,
    "percent",
    "home batteries' share of demand in South Australia",
    q="nearly",
    unit="percent",
    **CB,
)
JW = dict(speaker="Josh Wilson", aliases=["Mr Wilson", "Wilson"])
a("more than 6,800", 6800, "count", "accredited battery installers", q="more_than", **JW)
a("about 3,500", 3500, "count", "accredited battery installers at the start", q="approximate", **JW)
a(
    "nearly two in five",
    40,
    "percent",
    "share of installations in regional areas",
    q="nearly",
    unit="percent",
    **JW,
)
AG = dict(speaker="Australian Government", aliases=["Albanese Government", "Government"])
a(
    "$320 million",
    320e6,
    "money",
    "funding to extend the program to small businesses",
    unit="AUD",
    **AG,
)
a(
    "four years",
    4,
    "duration",
    "period of the additional funding",
    unit="year",
    after="million over ",
    opt=True,
    **AG,
)
a(
    "around 1,500",
    1500,
    "count",
    "batteries installed every working day",
    q="approximate",
    speaker="John Grimes",
    aliases=["Grimes", "Smart Energy Council"],
    date="2028-05-09",
)

# 1406: China Daily article (Monday 17 April 2028).
doc("1406_chinadaily-marine-economy-2028-04-17.txt", "2028-04-17", None)
a(
    "11 trillion yuan",
    11e12,
    "money",
    "gross output value of the marine economy",
    q="more_than",
    unit="CNY",
    period="last year",
)
MNR = dict(
    speaker="Ministry of Natural Resources", aliases=["MNR", "the ministry"], date="2028-04-14"
)
a("11.2 trillion yuan", 11.2e12, "money", "gross ocean product", unit="CNY", period="2027", **MNR)
a("5.9 percent", 5.9, "percent", "growth of gross ocean product", unit="percent", **MNR)
a("7.8 percent", 7.8, "percent", "marine economy's share of GDP", unit="percent", **MNR)
WH = dict(speaker="Wang Hong", aliases=["Wang"], date="2028-04-14")
a(
    "12.4 percent",
    12.4,
    "percent",
    "growth of added value of emerging marine industries",
    unit="percent",
    period="last year",
    **WH,
)
a(
    "more than twice",
    2,
    "measure",
    "emerging industries' growth relative to the marine economy",
    q="more_than",
    unit="times",
    **WH,
)
a(
    "9.6 gigawatts",
    9.6,
    "measure",
    "newly installed offshore wind capacity",
    unit="GW",
    period="last year",
    **WH,
)
a("54 GW", 54, "measure", "total offshore wind capacity", unit="GW", **WH)
a(
    "more than half",
    50,
    "percent",
    "China's share of world offshore wind capacity",
    q="more_than",
    unit="percent",
    **WH,
)
a(
    "2.1 million",
    2.1e6,
    "count",
    "cruise passenger trips handled by Chinese ports",
    period="last year",
)
a("67 percent", 67, "percent", "increase in cruise passenger trips from 2026", unit="percent")
a("second", 2, "rank", "domestically built large cruise ship", after="country's ", opt=True)
a("3.2 percent", 3.2, "percent", "rise in marine aquaculture output", unit="percent", **MNR)
a("24.5 million metric tons", 24.5e6, "measure", "marine aquaculture output", unit="tonne", **MNR)
a("189", 189, "count", "national-level modern marine ranches", **MNR)
a("10", 10, "count", "marine economic demonstration zones to be built", period="this year", **WH)
a(
    "about 5.5 percent",
    5.5,
    "percent",
    "expected growth of the marine economy",
    q="approximate",
    unit="percent",
    period="2028",
    **WH,
)
GD = dict(
    speaker="Guangdong Provincial Department of Natural Resources",
    aliases=["provincial natural resources department"],
)
a(
    "2 trillion yuan",
    2e12,
    "money",
    "Guangdong's gross ocean product",
    q="more_than",
    unit="CNY",
    period="last year",
    **GD,
)
a("first", 1, "rank", "Guangdong's rank in gross ocean product", after="ranking ", opt=True, **GD)
a("33rd consecutive year", 33, "count", "consecutive years ranking first", opt=True, **GD)
LD = dict(speaker="Liu Dahai", aliases=["Liu"])
a(
    "About 70 percent",
    70,
    "percent",
    "share of key deep-sea components imported",
    q="approximate",
    unit="percent",
    **LD,
)
a(
    "five to 10 years",
    5,
    "duration",
    "time to fix the weak link",
    q="range",
    unit="year",
    low=5,
    high=10,
    opt=True,
    **LD,
)
a(
    "less than 2 percent",
    2,
    "percent",
    "marine research investment as a share of output",
    q="less_than",
    unit="percent",
    **LD,
)
a(
    "3 to 4 percent",
    3,
    "percent",
    "research share in leading maritime countries",
    q="range",
    unit="percent",
    low=3,
    high=4,
    **LD,
)

# 1407: Nikkei Asia business story (Tuesday 23 May 2028).
doc("1407_nikkei-kaneda-robotics-results-2028-05-23.txt", "2028-05-23", None)
J = dict(unit="JPY")
KR = dict(speaker="Kaneda Robotics", aliases=["Kaneda", "the company"], date="2028-05-22")
a("50 billion yen", 50e9, "money", "share buyback", opt=True, **KR, **J)
a(
    "as much as 11%",
    11,
    "percent",
    "intraday fall in Kaneda Robotics shares",
    q="at_most",
    unit="percent",
)
a(
    "more than two years",
    2,
    "duration",
    "period of the steepest drop",
    q="more_than",
    unit="year",
    opt=True,
)
a(
    "142 billion yen",
    142e9,
    "money",
    "expected operating profit",
    period="year ending March 2029",
    **KR,
    **J,
)
a("$910 million", 910e6, "money", "expected operating profit", unit="USD", opt=True, **KR)
a("8%", 8, "percent", "expected fall in operating profit", unit="percent", **KR)
a(
    "171 billion yen",
    171e9,
    "money",
    "analysts' average operating profit forecast",
    speaker="QUICK",
    aliases=["Kaneda Robotics"],
    **J,
)
a(
    "154.6 billion yen",
    154.6e9,
    "money",
    "record operating profit",
    period="fiscal year through March",
    **J,
)
a("12%", 12, "percent", "rise in operating profit", unit="percent")
a("1.03 trillion yen", 1.03e12, "money", "revenue", **J)
a(
    "roughly a third",
    33.33,
    "percent",
    "China's share of Kaneda's sales",
    q="approximate",
    unit="percent",
    **KR,
)
a(
    "19%",
    19,
    "percent",
    "fall in orders from China",
    unit="percent",
    period="January-March quarter",
    **KR,
)
HK = dict(speaker="Hiroshi Kaneda", aliases=["Kaneda"], date="2028-05-22")
a("14%", 14, "percent", "rise in orders from the United States", unit="percent", **HK)
a("6%", 6, "percent", "rise in orders from Europe", unit="percent", **HK)
a("30%", 30, "percent", "planned capacity increase at the Yamanashi plant", unit="percent")
a("about 60 billion yen", 60e9, "money", "spending on the capacity expansion", q="approximate", **J)
a("up to 50 billion yen", 50e9, "money", "share buyback", q="at_most", **KR, **J)
a("2.4%", 2.4, "percent", "buyback as a share of outstanding shares", unit="percent", **KR)
a("10 yen", 10, "money", "dividend increase", **KR, **J)
a("96 yen", 96, "money", "annual dividend", **KR, **J)
MSA = dict(speaker="Mariko Sato", aliases=["Sato", "Mizuho Securities"])
a(
    "around 13%",
    13,
    "percent",
    "implied second-half margins",
    q="approximate",
    unit="percent",
    **MSA,
)
a("6,200 yen", 6200, "money", "new price target", **MSA, **J)
a("7,400 yen", 7400, "money", "previous price target", **MSA, **J)
IFR = dict(speaker="International Federation of Robotics", aliases=["IFR", "the federation"])
a(
    "about 57%",
    57,
    "percent",
    "Chinese makers' share of robots sold in China",
    q="approximate",
    unit="percent",
    **IFR,
)
a("36%", 36, "percent", "Chinese makers' share five years ago", unit="percent", **IFR)
a(
    "five years",
    5,
    "duration",
    "period of the share comparison",
    unit="year",
    after="36% ",
    opt=True,
    **IFR,
)
a("562,000", 562000, "count", "global installations of industrial robots", period="2027", **IFR)
a("9.3%", 9.3, "percent", "fall in Kaneda shares at the close", unit="percent")
a("5,318 yen", 5318, "money", "closing price of Kaneda shares", **J)
a("0.4%", 0.4, "percent", "fall of the Nikkei Stock Average", unit="percent")
a("3.1%", 3.1, "percent", "fall of Yaskawa Electric shares", unit="percent")

GOLD.build()
