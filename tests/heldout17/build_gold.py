"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout17/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout15, see README.md): headline figures optional;
# the page's own voice and unnamed sources ("a Mumbai-based dealer ... who asked not to be
# named", "a Reuters survey") have speaker None, judged sentence by sentence; in a transcript an
# unattributed sentence of a turn is the turn's speaker, the outlet that asks speaks for its
# question, a bare Q is None, and a figure a question attributes is that source's (the outlet an
# alias); "according to X" / "data from X showed" / "the report says" are X; a figure an official
# relays from a superior ("Premier Li Qiang said ... He said", "Wang Yi said ... He noted",
# "the President said this morning") is theirs, dated the day they said it; a figure a director
# relays from an agency ("said the Medical Examiner's Office had confirmed") is the agency's; every
# sentence of a multi-sentence quote is the quoted speaker's; "He said", "she added", "He also
# said" are the person named before; date = the day the claim was stated ("on Monday",
# "yesterday", "on Sunday", "last Friday", "Tuesday"); "last week" keeps the publication day; a
# day that dates an event inside the content ("on July 10", "on Monday afternoon") does not date
# the claim; time spans that only date a figure, compound adjectives, runs and multipliers
# ("triple") are optional.

# 1700: SCIO press conference on summer energy supply (Thursday 13 July 2028).
doc("1700_scio-ndrc-summer-power-presscon-2028-07-13.txt", "2028-07-13", None)
XU = dict(speaker="Xu Mingyuan", aliases=["Xu", "Director Xu"])
a(
    "1.52 billion kilowatts",
    1.52e9,
    "measure",
    "national peak electricity load",
    unit="kilowatt",
    subject="China",
    **XU,
)
a("5.8 percent", 5.8, "percent", "rise in peak load over last year's peak", unit="percent", **XU)
a(
    "2.41 billion tonnes",
    2.41e9,
    "measure",
    "raw coal output by major producers",
    unit="tonne",
    period="first half of the year",
    **XU,
)
a("3.1 percent", 3.1, "percent", "year-on-year growth in raw coal output", unit="percent", **XU)
a(
    "more than 220 million tonnes",
    220e6,
    "measure",
    "coal stocks at power plants",
    q="more_than",
    unit="tonne",
    period="end of June",
    **XU,
)
a(
    "about 30 days",
    30,
    "duration",
    "days of use covered by power plant coal stocks",
    q="approximate",
    unit="day",
    **XU,
)
a("four", 4, "count", "ultra-high-voltage lines put into operation", period="this year", **XU)
a(
    "18 million kilowatts",
    18e6,
    "measure",
    "rise in inter-provincial transmission capacity",
    unit="kilowatt",
    **XU,
)
SL = dict(speaker="Song Lihua", aliases=["Song"])
a(
    "14.6 percent",
    14.6,
    "percent",
    "year-on-year rise in hydropower generation",
    unit="percent",
    period="June",
    speaker="China Electricity Council",
    aliases=["CEC", "Song Lihua"],
)
a(
    "about 8 percent",
    8,
    "percent",
    "Three Gorges water storage above same period last year",
    q="approximate",
    unit="percent",
    **SL,
)
a(
    "1.68 billion kilowatts",
    1.68e9,
    "measure",
    "installed wind and solar capacity",
    unit="kilowatt",
    period="end of June",
    **SL,
)
a(
    "46.2 percent",
    46.2,
    "percent",
    "share of wind and solar in total installed capacity",
    unit="percent",
    **SL,
)
a("412 million kilowatts", 412e6, "measure", "peak solar output", unit="kilowatt", **SL)
a(
    "nearly a quarter",
    25,
    "percent",
    "share of national load met by solar",
    q="nearly",
    unit="percent",
    **SL,
)
GJ = dict(speaker="Gao Jianping", aliases=["Gao"])
a("26", 26, "count", "provincial-level regions with demand response plans", **GJ)
a("65 million kilowatts", 65e6, "measure", "total adjustable load", unit="kilowatt", **GJ)
a(
    "more than 3,000",
    3000,
    "count",
    "enterprises in the Jiangsu demand response drill",
    q="more_than",
    **GJ,
)
a("4.3 million kilowatts", 4.3e6, "measure", "peak load cut in the drill", unit="kilowatt", **GJ)
a("two hours", 2, "duration", "time to cut the peak load", unit="hour", opt=True, **GJ)
a(
    "at least 80 percent",
    80,
    "percent",
    "share of thermal plants' needs under long-term contracts",
    q="at_least",
    unit="percent",
    **GJ,
)
a(
    "700 billion yuan",
    700e9,
    "money",
    "State Grid investment this year",
    q="more_than",
    unit="CNY",
    period="this year",
    speaker="State Grid Corporation of China",
    aliases=["State Grid", "Xinhua News Agency", "Xinhua"],
    date="2028-07-10",
)
a(
    "about 950 billion yuan",
    950e9,
    "money",
    "nationwide grid investment",
    q="approximate",
    unit="CNY",
    period="this year",
    **XU,
)
LQ = dict(speaker="Li Qiang", aliases=["Premier Li Qiang", "Premier Li"], date="2028-07-07")
a(
    "150 million kilowatts",
    150e6,
    "measure",
    "installed new-type energy storage capacity",
    q="more_than",
    unit="kilowatt",
    **LQ,
)
a(
    "30 percent",
    30,
    "percent",
    "required rise in peak-hour load shifting capacity",
    unit="percent",
    **LQ,
)
a(
    "three years",
    3,
    "duration",
    "period for the rise in load shifting capacity",
    unit="year",
    opt=True,
    **LQ,
)
a(
    "9.4 percent",
    9.4,
    "percent",
    "fall in coal imports",
    unit="percent",
    period="first half",
    speaker="General Administration of Customs",
    aliases=["GAC", "customs", "Bloomberg"],
)
a(
    "over 90 percent",
    90,
    "percent",
    "share of coal consumption met by domestic production",
    q="more_than",
    unit="percent",
    **GJ,
)

# 1701: MFA regular press conference (Tuesday 20 June 2028).
doc("1701_mfa-lin-jian-presscon-2028-06-20.txt", "2028-06-20", "Lin Jian", ["Lin"])
a(
    "11 consecutive years",
    11,
    "duration",
    "years as New Zealand's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "38.6 billion US dollars",
    38.6e9,
    "money",
    "China-New Zealand two-way trade in goods",
    unit="USD",
    period="last year",
)
a(
    "about 420,000",
    420000,
    "count",
    "Chinese tourists who visited New Zealand",
    q="approximate",
    period="last year",
)
GN = dict(
    speaker="Gen Nakatani",
    aliases=["Nakatani", "Japanese Defense Minister", "AFP"],
    date="2028-06-18",
)
a(
    "312 times",
    312,
    "count",
    "approaches to Japanese airspace by Chinese military aircraft",
    period="fiscal year that ended in March",
    **GN,
)
a("more than 460 times", 460, "count", "Japanese fighter jet scrambles", q="more_than", **GN)
a("14 years", 14, "duration", "years of growth in Japan's defense budget", unit="year")
a("9 trillion yen", 9e12, "money", "Japan's defense budget", q="more_than", unit="JPY")
a(
    "262 billion dollars",
    262e9,
    "money",
    "US trade deficit with China",
    unit="USD",
    period="last year",
    speaker="Office of the United States Trade Representative",
    aliases=["Office of the US Trade Representative", "USTR", "US Trade Representative", "Reuters"],
)
a(
    "30 percent",
    30,
    "percent",
    "shortfall of Chinese soybean purchases below the agreed level",
    unit="percent",
    speaker="Scott Bessent",
    aliases=["Bessent", "Treasury Secretary", "Reuters"],
    date="2028-06-19",
)
GAC = dict(speaker="General Administration of Customs", aliases=["Chinese customs", "Lin Jian"])
a(
    "11 percent",
    11,
    "percent",
    "rise in China's imports of US agricultural products",
    unit="percent",
    period="first five months of this year",
    **GAC,
)
a("five months", 5, "duration", "period of the import figure", unit="month", opt=True, **GAC)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi", "Wang"], date="2028-06-19")
a(
    "16 consecutive years",
    16,
    "duration",
    "years as ASEAN's largest trading partner",
    unit="year",
    subject="China",
    **WY,
)
a("7.1 trillion yuan", 7.1e12, "money", "China-ASEAN trade", unit="CNY", period="last year", **WY)
a(
    "more than 50 million",
    50e6,
    "count",
    "passengers carried by the China-Laos Railway",
    q="more_than",
    **WY,
)
a(
    "almost 60 percent",
    60,
    "percent",
    "China's share of global electric vehicle sales",
    q="nearly",
    unit="percent",
    period="last year",
    speaker="International Energy Agency",
    aliases=["IEA", "Bloomberg"],
)
a(
    "about 2.1 million",
    2.1e6,
    "count",
    "new energy vehicles exported by China",
    q="approximate",
    period="last year",
)
a(
    "more than 150",
    150,
    "count",
    "countries and regions receiving China's NEV exports",
    q="more_than",
)

# 1702: White House press briefing (Tuesday 11 July 2028).
doc(
    "1702_whitehouse-leavitt-rollins-briefing-2028-07-11.txt",
    "2028-07-11",
    "Karoline Leavitt",
    ["Leavitt", "MS LEAVITT"],
)
a(
    "more than 310,000 acres",
    310000,
    "measure",
    "area burned by New Mexico wildfires",
    q="more_than",
    unit="acre",
    period="since early June",
)
a("some 1,400", 1400, "count", "FEMA personnel deployed to New Mexico", q="approximate")
a(
    "0.4 percent",
    0.4,
    "percent",
    "fall in grocery prices",
    unit="percent",
    period="June",
    speaker="Bureau of Labor Statistics",
    aliases=["BLS", "Karoline Leavitt"],
)
a("38 percent", 38, "percent", "fall in egg prices from their March peak", unit="percent")
BR = dict(speaker="Brooke Rollins", aliases=["Rollins", "Secretary Rollins", "SECRETARY ROLLINS"])
a(
    "162 billion dollars",
    162e9,
    "money",
    "projected net farm income",
    unit="USD",
    period="this year",
    speaker="Economic Research Service",
    aliases=["ERS", "Brooke Rollins", "Department of Agriculture", "USDA"],
)
a(
    "$9.8 billion",
    9.8e9,
    "money",
    "bridge payments paid out to farmers",
    unit="USD",
    period="since January",
    **BR,
)
a("more than 220,000", 220000, "count", "farmers receiving bridge payments", q="more_than", **BR)
a(
    "75 years",
    75,
    "duration",
    "period since the cattle herd was this small",
    unit="year",
    opt=True,
    **BR,
)
a(
    "about 86.7 million",
    86.7e6,
    "count",
    "head of cattle in the American herd",
    q="approximate",
    **BR,
)
a("45 million dollars", 45e6, "money", "grants for new processing plants", unit="USD", **BR)
a(
    "22 percent",
    22,
    "percent",
    "rise in farm bankruptcies",
    unit="percent",
    period="first half of the year",
    speaker="American Farm Bureau Federation",
    aliases=["AFBF", "Farm Bureau"],
    date="2028-07-07",
)
a(
    "nearly 70 percent",
    70,
    "percent",
    "share of bridge money to small and mid-sized family farms",
    q="nearly",
    unit="percent",
    **BR,
)
NM = dict(
    speaker="New Mexico Department of Homeland Security and Emergency Management",
    aliases=["New Mexico's Department of Homeland Security and Emergency Management", "DHSEM"],
    date="2028-07-10",
)
a("2,600", 2600, "count", "homes destroyed by the New Mexico fires", **NM)
a("500 million dollars", 500e6, "money", "recovery funding New Mexico needs", unit="USD", **NM)
a(
    "more than 48 million dollars",
    48e6,
    "money",
    "FEMA individual assistance approved",
    q="more_than",
    unit="USD",
)
a(
    "300",
    300,
    "count",
    "additional federal firefighters to be sent",
    speaker="Donald Trump",
    aliases=["President Trump", "Trump", "the President", "President"],
)
a(
    "2.1 trillion dollars",
    2.1e12,
    "money",
    "federal deficit",
    unit="USD",
    period="this fiscal year",
    speaker="Congressional Budget Office",
    aliases=["CBO"],
)
a(
    "more than 190 billion dollars",
    190e9,
    "money",
    "tariff revenue",
    q="more_than",
    unit="USD",
    period="so far this fiscal year",
)

# 1703: WFP news release on drought in southern Madagascar (Tuesday 13 June 2028).
doc("1703_wfp-madagascar-drought-release-2028-06-13.txt", "2028-06-13", None)
WFP = dict(speaker="World Food Programme", aliases=["WFP", "United Nations World Food Programme"])
a("1.6 million", 1.6e6, "count", "people in southern Madagascar facing hunger", opt=True, **WFP)
a("Three", 3, "count", "consecutive failed rainy seasons", opt=True, **WFP)
a(
    "1.6 million",
    1.6e6,
    "count",
    "people facing crisis levels of hunger or worse",
    subject="southern Madagascar",
    after="have left ",
    **WFP,
)
a(
    "some 410,000",
    410000,
    "count",
    "people in Emergency in the Grand Sud",
    q="approximate",
    speaker="Integrated Food Security Phase Classification",
    aliases=["IPC"],
)
a(
    "17 percent",
    17,
    "percent",
    "acute malnutrition among children in Ambovombe district",
    unit="percent",
)
HK = dict(speaker="Hanna Kessel", aliases=["Kessel"])
a("eight out of ten", 80, "percent", "households skipping meals every day", unit="percent", **HK)
a("US$68 million", 68e6, "money", "WFP funding need for the next six months", unit="USD")
a("six months", 6, "duration", "period of the funding need", unit="month", opt=True)
a("21 percent", 21, "percent", "share of 2028 requirements received", unit="percent")
a("50 percent", 50, "percent", "ration cut from July", unit="percent", **WFP)
a("450,000", 450000, "count", "people facing ration cuts", **WFP)
a("270,000", 270000, "count", "children reached by WFP school meals")
a("140", 140, "count", "schools where school meals would be suspended")
a(
    "23,000",
    23000,
    "count",
    "people who left the south since January",
    speaker="National Office for Risk and Disaster Management",
    aliases=["BNGRC"],
    date="2028-06-09",
)
a(
    "around 300,000",
    300000,
    "count",
    "people receiving WFP cash transfers",
    q="approximate",
    period="May",
    **HK,
)
a(
    "35 percent",
    35,
    "percent",
    "rise in the cost of a basic food basket in Ambovombe",
    unit="percent",
    period="since February",
    **HK,
)
MM = dict(speaker="Météo Madagascar", aliases=["national meteorological service"])
a(
    "40 percent",
    40,
    "percent",
    "rainfall deficit below the 30-year average",
    unit="percent",
    period="between November and March",
    **MM,
)
a("30-year", 30, "duration", "period of the rainfall average", unit="year", opt=True, **MM)
a(
    "more than 1.1 million",
    1.1e6,
    "count",
    "people who needed food assistance in 2021",
    q="more_than",
    period="2021",
)

# 1704: Reuters commodity story on Malaysian palm oil data (Thursday 10 August 2028).
doc("1704_reuters-malaysia-palm-oil-stocks-2028-08-10.txt", "2028-08-10", None)
MPOB = dict(speaker="Malaysian Palm Oil Board", aliases=["MPOB"])
a("15-month", 15, "duration", "palm oil stocks high", unit="month", opt=True)
a("fourth", 4, "duration", "straight months of rising inventories", unit="month", opt=True, **MPOB)
a("15 months", 15, "duration", "inventories at their highest in", unit="month", opt=True, **MPOB)
a(
    "11.2%",
    11.2,
    "percent",
    "month-on-month rise in end-July palm oil stocks",
    unit="percent",
    **MPOB,
)
a("2.31 million tonnes", 2.31e6, "measure", "end-July palm oil stocks", unit="tonne", **MPOB)
a(
    "2.22 million tonnes",
    2.22e6,
    "measure",
    "forecast end-July stocks in a Reuters survey",
    unit="tonne",
)
a("18.6%", 18.6, "percent", "fall in palm oil exports", unit="percent", **MPOB)
a("1.18 million tonnes", 1.18e6, "measure", "palm oil exports", unit="tonne", **MPOB)
a("4.1%", 4.1, "percent", "rise in crude palm oil production", unit="percent", **MPOB)
a("1.94 million tonnes", 1.94e6, "measure", "crude palm oil production", unit="tonne", **MPOB)
a("about $40", 40, "money", "soyoil discount to palm oil per tonne", q="approximate", unit="USD")
SEA = dict(speaker="Solvent Extractors' Association of India", aliases=["SEA"])
a(
    "612,000 tonnes",
    612000,
    "measure",
    "India's palm oil imports",
    unit="tonne",
    period="July",
    **SEA,
)
a("27%", 27, "percent", "fall in India's palm oil imports from June", unit="percent", **SEA)
a(
    "as much as 2.3%",
    2.3,
    "percent",
    "fall in benchmark palm oil futures",
    q="at_most",
    unit="percent",
)
a("3,872 ringgit", 3872, "money", "benchmark palm oil futures price per tonne", unit="MYR")
DN = dict(speaker="David Ng", aliases=["Ng"])
a(
    "2.6 million tonnes",
    2.6e6,
    "measure",
    "expected palm oil stocks by end of October",
    unit="tonne",
    **DN,
)
a("six years", 6, "duration", "period since stocks were that high", unit="year", opt=True, **DN)
a(
    "more than 30,000",
    30000,
    "count",
    "foreign workers hired by plantation companies",
    q="more_than",
    period="this year",
    **DN,
)
a(
    "9.8%",
    9.8,
    "percent",
    "fall in palm oil product exports for Aug 1-10",
    unit="percent",
    speaker="Intertek Testing Services",
    aliases=["Intertek", "ITS"],
)
a(
    "12.4%",
    12.4,
    "percent",
    "estimated fall in palm oil product exports",
    unit="percent",
    speaker="AmSpec Agri Malaysia",
    aliases=["AmSpec"],
)
JAG = dict(speaker="Johari Abdul Ghani", aliases=["Johari"], date="2028-08-09")
a("10%", 10, "percent", "export duty on crude palm oil for September", unit="percent", **JAG)
a(
    "320 million ringgit",
    320e6,
    "money",
    "funds approved for smallholder replanting",
    unit="MYR",
    period="this year",
    **JAG,
)
a(
    "6%",
    6,
    "percent",
    "rise in Indonesia's palm oil exports",
    unit="percent",
    period="June",
    speaker="Indonesian Palm Oil Association",
    aliases=["GAPKI"],
)

# 1705: Korean Ministry of Oceans and Fisheries press release (Wednesday 19 July 2028).
doc("1705_mof-korea-seafood-exports-release-2028-07-19.txt", "2028-07-19", None)
MOF = dict(speaker="Ministry of Oceans and Fisheries", aliases=["MOF"])
a("US$1.7 billion", 1.7e9, "money", "seafood exports in the first half", unit="USD", opt=True)
a(
    "US$1.71 billion",
    1.71e9,
    "money",
    "seafood exports",
    unit="USD",
    subject="Korea",
    period="first half of this year",
    **MOF,
)
a("8.4 percent", 8.4, "percent", "year-on-year rise in seafood exports", unit="percent", **MOF)
a("12.7 percent", 12.7, "percent", "rise in dried laver exports", unit="percent")
a("US$594 million", 594e6, "money", "dried laver exports", unit="USD")
a(
    "about 35 percent",
    35,
    "percent",
    "laver share of total seafood exports",
    q="approximate",
    unit="percent",
)
a("5.2 percent", 5.2, "percent", "rise in tuna exports", unit="percent", **MOF)
a("US$338 million", 338e6, "money", "tuna exports", unit="USD", **MOF)
a("21.9 percent", 21.9, "percent", "rise in oyster exports", unit="percent", **MOF)
a("14.1 percent", 14.1, "percent", "rise in seafood exports to the United States", unit="percent")
a("US$312 million", 312e6, "money", "seafood exports to the United States", unit="USD")
a("second-largest", 2, "rank", "rank of the United States among seafood export markets")
a("4.2 percent", 4.2, "percent", "fall in seafood exports to China", unit="percent")
a("US$287 million", 287e6, "money", "seafood exports to China", unit="USD")
a("9.6 percent", 9.6, "percent", "growth in shipments to Southeast Asia", unit="percent")
YS = dict(speaker="Yoon Sang-jin", aliases=["Yoon", "Minister Yoon Sang-jin"])
a("124", 124, "count", "countries where Korean laver is sold", **YS)
a(
    "US$4 billion",
    4e9,
    "money",
    "annual seafood export target",
    q="more_than",
    unit="USD",
    period="by 2030",
    **YS,
)
a("20", 20, "count", "new export-dedicated laver farms to be added", period="this year", **YS)
a(
    "11 percent",
    11,
    "percent",
    "fall in logistics costs",
    unit="percent",
    period="since January",
    speaker="Choi Hyun-woo",
    aliases=["Choi", "Vice Minister Choi Hyun-woo"],
    date="2028-07-17",
)
a(
    "US$3.2 billion",
    3.2e9,
    "money",
    "projected global laver market",
    unit="USD",
    period="by 2030",
    speaker="Korea Maritime Institute",
    aliases=["KMI"],
)
a("48.5 billion won", 48.5e9, "money", "export marketing budget", unit="KRW", period="this year")
a("15", 15, "count", "overseas trade fairs supported")
KCS = dict(speaker="Korea Customs Service", aliases=["KCS"])
a("3.6 percent", 3.6, "percent", "fall in fish and shellfish imports", unit="percent", **KCS)
a("US$3.05 billion", 3.05e9, "money", "fish and shellfish imports", unit="USD", **KCS)

# 1706: BBC News article on an Environment Agency report (Wednesday 26 July 2028).
doc("1706_bbc-ea-water-pollution-report-2028-07-26.txt", "2028-07-26", None)
EA = dict(speaker="Environment Agency", aliases=["EA"])
a(
    "a third",
    33.33,
    "percent",
    "rise in serious pollution incidents",
    unit="percent",
    opt=True,
    **EA,
)
a(
    "a third",
    33.33,
    "percent",
    "rise in serious pollution incidents by water companies",
    unit="percent",
    subject="England",
    period="last year",
    after="rose by ",
    **EA,
)
a("63", 63, "count", "serious pollution incidents", period="2027", **EA)
a("47", 47, "count", "serious pollution incidents the year before", **EA)
a(
    "3.2 million hours",
    3.2e6,
    "duration",
    "total duration of storm overflow sewage spills",
    unit="hour",
    **EA,
)
a("11%", 11, "percent", "fall in spill hours on 2026", unit="percent", **EA)
a("two", 2, "count", "companies achieving the top environmental performance rating")
a("nine", 9, "count", "water companies in England")
a(
    "81",
    81,
    "count",
    "criminal investigations opened by the Environment Agency",
    period="since April 2026",
    speaker="Philip Duffy",
    aliases=["Duffy"],
)
a(
    "about 16 million",
    16e6,
    "count",
    "Thames Water customers",
    q="approximate",
    subject="Thames Water",
)
a("14", 14, "count", "serious incidents caused by Thames Water", subject="Thames Water")
EH = dict(speaker="Emma Hardy", aliases=["Hardy", "Water Minister"])
a("£104bn", 104e9, "money", "private investment secured for water infrastructure", unit="GBP", **EH)
a("five years", 5, "duration", "period of the investment", unit="year", opt=True, **EH)
a("70%", 70, "percent", "share of fines going back into local water projects", unit="percent", **EH)
a(
    "triple",
    3,
    "measure",
    "rise in spending on storm overflows by 2030",
    unit="times",
    opt=True,
    speaker="Water UK",
    aliases=[],
)
a(
    "1,850",
    1850,
    "count",
    "people who reported falling ill after swimming",
    period="last year",
    speaker="Surfers Against Sewage",
    aliases=[],
    date="2028-07-25",
)
a(
    "more than 40%",
    40,
    "percent",
    "share of spill hours in south-west England rivers",
    q="more_than",
    unit="percent",
    speaker="Liberal Democrats",
    aliases=["Lib Dems"],
)
a("£138m", 138e6, "money", "Ofwat fines on water companies", unit="GBP", period="last year")

# 1707: City news release on the heat wave response (Wednesday 2 August 2028).
doc("1707_ashford-springs-heat-response-release-2028-08-02.txt", "2028-08-02", None)
a("second", 2, "duration", "weeks of the heat wave", unit="week", opt=True)
DC = dict(speaker="Denise Carrow", aliases=["Carrow", "Mayor Denise Carrow", "Mayor Carrow"])
a("14", 14, "count", "city cooling centers", **DC)
a(
    "above 100 degrees",
    100,
    "measure",
    "forecast temperatures",
    q="more_than",
    unit="degree Fahrenheit",
    **DC,
)
a(
    "more than 5,600",
    5600,
    "count",
    "cooling center visits since the heat wave began",
    q="more_than",
)
a("1,240", 1240, "count", "heat-related calls to the 311 line")
a("60%", 60, "percent", "rise in heat-related calls on the same period last year", unit="percent")
a("more than 3,000", 3000, "count", "free fans handed out", q="more_than", **DC)
a("9,500", 9500, "count", "bottles of water handed out", **DC)
a("over 700", 700, "count", "seniors living alone checked on", q="more_than", **DC)
MO = dict(speaker="Marcus Oyelaran", aliases=["Oyelaran", "Public Health Director"])
a(
    "two",
    2,
    "count",
    "heat-related deaths in the city this summer",
    speaker="Ridgeway County Medical Examiner's Office",
    aliases=["Ridgeway County Medical Examiner", "Marcus Oyelaran", "Oyelaran"],
)
a("three", 3, "count", "city hospitals", opt=True, **MO)
a("about 45", 45, "count", "daily emergency room visits for heat illness", q="approximate", **MO)
a(
    "roughly triple",
    3,
    "measure",
    "heat illness visits relative to the usual August rate",
    q="approximate",
    unit="times",
    opt=True,
    **MO,
)
NWS = dict(speaker="National Weather Service", aliases=["NWS"], date="2028-08-01")
a("104 degrees", 104, "measure", "temperature reached on Monday", unit="degree Fahrenheit", **NWS)
a(
    "around 82 degrees",
    82,
    "measure",
    "forecast overnight lows",
    q="approximate",
    unit="degree Fahrenheit",
    **NWS,
)
APL = dict(speaker="Ashford Springs Power & Light", aliases=[])
a("1,930 megawatts", 1930, "measure", "record electricity demand", unit="megawatt", **APL)
a(
    "78 degrees",
    78,
    "measure",
    "recommended thermostat setting",
    q="at_least",
    unit="degree Fahrenheit",
    opt=True,
    **APL,
)
a("seven", 7, "count", "city outdoor pools")
a(
    "11,000",
    11000,
    "count",
    "pool attendance last weekend",
    q="more_than",
    speaker="Parks and Recreation Department",
    aliases=["Ashford Springs Parks and Recreation Department"],
)

GOLD.build()
