"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout23/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout21, see README.md): headline and standfirst
# figures optional; the page's own voice and unnamed sources ("officials say", "Local officials
# ... put", "data showed", "Economists said", "Council officers told the committee", "figures
# published yesterday show") have speaker None, judged sentence by sentence; in a transcript an
# unattributed sentence of a turn is the turn's speaker, the outlet that asks speaks for its
# question, and a figure a question attributes is that source's (the outlet an alias); "according
# to X" / "X's figures showed" / "the report finds" are X; a figure relayed from a minister,
# Premier or Commissioner is theirs, dated the day they said it; "He said" / "She added" are the
# person named before; date = the day the claim was stated ("yesterday", "on Monday", "last
# Friday", "last night" resolved against the publication day; "last week", "last month", "this
# morning", "today" keep the publication day); ranges keep both ends with value = low; time spans
# that only date a figure, compound adjectives, age thresholds, series ordinals and multipliers
# are optional.

# 2300: MFA regular press conference (Tuesday 17 July 2029).
doc("2300_mfa-guo-jiakun-presscon-2029-07-17.txt", "2029-07-17", "Guo Jiakun")
a(
    "102.4 billion US dollars",
    102.4e9,
    "money",
    "trade between China and the five Central Asian countries",
    unit="USD",
    period="last year",
)
a("8.1 percent", 8.1, "percent", "year-on-year growth of China-Central Asia trade", unit="percent")
a(
    "nearly three years",
    3,
    "duration",
    "time since the railway broke ground",
    q="nearly",
    unit="year",
    opt=True,
)
a(
    "63 percent",
    63,
    "percent",
    "share of tunnelling work completed on the China-Kyrgyzstan-Uzbekistan Railway",
    unit="percent",
)
a("more than 20", 20, "count", "cooperation documents expected to be signed", q="more_than")
CSRG = dict(
    speaker="China State Railway Group",
    aliases=["China Railway", "China News Service"],
    date="2029-07-16",
)
a(
    "10,240",
    10240,
    "count",
    "China-Europe Railway Express trips",
    period="first half of this year",
    **CSRG,
)
a(
    "5.6 percent",
    5.6,
    "percent",
    "year-on-year rise in China-Europe train trips",
    unit="percent",
    **CSRG,
)
a(
    "more than 115,000",
    115000,
    "count",
    "China-Europe Railway Express trips since launch",
    q="more_than",
)
a("232", 232, "count", "European cities reached by China-Europe trains")
a("26", 26, "count", "European countries reached by China-Europe trains", after="cities in ")
a("over 50,000", 50000, "count", "kinds of goods carried", q="more_than")
a(
    "14",
    14,
    "count",
    "Chinese coast guard and maritime militia vessels near Ren'ai Jiao",
    speaker="Philippine Coast Guard",
    aliases=["PCG", "AFP"],
    date="2029-07-15",
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2029-07-16")
a(
    "231 billion euros",
    231e9,
    "money",
    "China-Germany two-way trade",
    unit="EUR",
    period="last year",
    **WY,
)
a("more than 5,000", 5000, "count", "German companies operating in China", q="more_than", **WY)
a("30 days", 30, "duration", "visa-free stay for German citizens", unit="day", **WY)
a(
    "over 90 percent",
    90,
    "percent",
    "share of German companies in China planning to keep or expand investment",
    q="more_than",
    unit="percent",
    speaker="German Chamber of Commerce in China",
    aliases=["AHK Greater China", "Guo Jiakun"],
)
a(
    "as much as 187 percent",
    187,
    "percent",
    "US anti-dumping duties on Chinese solar wafers",
    q="at_most",
    unit="percent",
    speaker="US Department of Commerce",
    aliases=["US Commerce Department", "Commerce Department", "Bloomberg"],
    date="2029-07-16",
)
a(
    "66th anniversary",
    66,
    "anniversary",
    "anniversary of China's first medical team to Africa",
    speaker="Xinhua News Agency",
    aliases=["Xinhua"],
)
a("66 years", 66, "duration", "years of Chinese medical teams abroad", unit="year", opt=True)
a("more than 30,000", 30000, "count", "Chinese medical workers sent abroad", q="more_than")
a("76", 76, "count", "countries and regions receiving Chinese medical teams")
a("some 290 million", 290e6, "count", "patients treated by Chinese medical teams", q="approximate")
a("about 1,100", 1100, "count", "Chinese medical team members in Africa", q="approximate")
a("45", 45, "count", "African countries with Chinese medical teams", after="working in ")

# 2301: SCIO press conference on civil aviation (Thursday 19 July 2029).
doc(
    "2301_scio-caac-h1-civil-aviation-presscon-2029-07-19.txt",
    "2029-07-19",
    "Song Zhiyong",
    ["Song", "Mr. Song"],
)
a("384 million", 384e6, "count", "civil aviation passenger trips", period="first half of this year")
a("7.4 percent", 7.4, "percent", "year-on-year rise in passenger trips", unit="percent")
a("4.9 million tonnes", 4.9e6, "measure", "cargo and mail volume", unit="tonne")
a("13.1 percent", 13.1, "percent", "rise in cargo and mail volume", unit="percent")
a("88.3 percent", 88.3, "percent", "flight on-time performance rate", unit="percent")
a(
    "2.1 percentage points",
    2.1,
    "percent",
    "rise in the on-time performance rate",
    unit="percentage point",
)
a("7,150", 7150, "count", "international passenger flights per week", period="end of June")
a("118 percent", 118, "percent", "international flights relative to the 2019 level", unit="percent")
a(
    "15",
    15,
    "count",
    "new transport airports to start construction this year",
    speaker="Li Qiang",
    aliases=["Premier Li Qiang"],
    date="2029-07-13",
)
HQ = dict(speaker="Han Qingwei", aliases=["Han", "Mr. Han"])
HQ_CAAC = dict(
    speaker="Han Qingwei",
    aliases=["Han", "CAAC", "Civil Aviation Administration of China"],
)
a(
    "exceed 148 million",
    148e6,
    "count",
    "expected passenger trips in the summer travel season",
    q="more_than",
    **HQ,
)
a("2.39 million", 2.39e6, "count", "average daily passenger trips in the summer season", **HQ)
a("some 19,800", 19800, "count", "scheduled domestic flights a day", q="approximate", **HQ)
a("4 percent", 4, "percent", "rise in scheduled domestic flights", unit="percent", **HQ)
a(
    "812 yuan",
    812,
    "money",
    "average domestic economy fare",
    unit="CNY",
    period="June",
    **HQ_CAAC,
)
a(
    "6 percent",
    6,
    "percent",
    "year-on-year fall in the average domestic fare",
    unit="percent",
    **HQ_CAAC,
)
a(
    "4.2 billion yuan",
    4.2e9,
    "money",
    "combined losses of Chinese airlines",
    unit="CNY",
    period="first quarter",
    speaker="International Air Transport Association",
    aliases=["IATA", "Bloomberg"],
)
a(
    "3.6 billion yuan",
    3.6e9,
    "money",
    "civil aviation industry profit",
    unit="CNY",
    period="first half",
    **HQ_CAAC,
)
a("five years", 5, "duration", "years since the last half-year profit", unit="year", opt=True, **HQ)
ZM = dict(speaker="Zhou Mingyan", aliases=["Zhou", "Ms. Zhou"])
a("42", 42, "count", "C919 aircraft delivered to airlines", period="end of June", **ZM)
a("more than 3.8 million", 3.8e6, "count", "passengers carried by the C919", q="more_than", **ZM)
a("about 21,600", 21600, "count", "commercial C919 flights", q="approximate", **ZM)
a("99.6 percent", 99.6, "percent", "C919 dispatch reliability", unit="percent", **ZM)
a(
    "30",
    30,
    "count",
    "further C919 deliveries planned this year",
    after="plans to deliver ",
    speaker="COMAC",
    aliases=["Commercial Aircraft Corporation of China", "Zhou Mingyan"],
)
a("11", 11, "count", "eVTOL models with type certificates", after="certificates to ", **ZM)
a(
    "41 percent",
    41,
    "percent",
    "growth in drone logistics flights",
    unit="percent",
    period="first half",
)
a("more than 60", 60, "count", "cities with drone delivery routes", q="more_than")

# 2302: European Commission midday briefing transcript (Monday 23 July 2029).
doc(
    "2302_ec-midday-briefing-wildfires-steel-2029-07-23.txt",
    "2029-07-23",
    "Paula Pinho",
    ["Pinho", "European Commission"],
)
ECR = dict(
    speaker="European Commission",
    aliases=["Commission", "Paula Pinho", "Digital Decade report"],
)
a(
    "64%",
    64,
    "percent",
    "share of EU adults with at least basic digital skills",
    unit="percent",
    subject="EU",
    **ECR,
)
a("80%", 80, "percent", "2030 target for basic digital skills", unit="percent", **ECR)
a("89%", 89, "percent", "share of EU households covered by gigabit networks", unit="percent", **ECR)
a("€1.2 billion", 1.2e9, "money", "Italian renewable hydrogen aid scheme", unit="EUR")
a("850 megawatts", 850, "measure", "electrolyser capacity added by the scheme", unit="MW")
EH = dict(speaker="Eva Hrncirova", aliases=["Hrncirova", "European Commission"])
a("four times", 4, "count", "activations of the EU Civil Protection Mechanism", **EH)
a("14", 14, "count", "rescEU firefighting planes mobilised", **EH)
a("three", 3, "count", "rescEU helicopters mobilised", after="planes and ", **EH)
a("460", 460, "count", "firefighters pre-positioned in Greece", **EH)
a("nine", 9, "count", "Member States sending firefighters", after="firefighters from ", **EH)
HL = dict(
    speaker="Hadja Lahbib",
    aliases=["Commissioner Hadja Lahbib", "Lahbib", "Eva Hrncirova"],
    date="2029-07-21",
)
a(
    "more than 38,000 hectares",
    38000,
    "measure",
    "area burned in Greece since the start of July",
    q="more_than",
    unit="hectare",
    **HL,
)
a(
    "almost twice",
    2,
    "measure",
    "burned area relative to the average",
    q="nearly",
    unit="times",
    opt=True,
    **HL,
)
a("22", 22, "count", "planes in the expanded rescEU fleet", after="expanded to ", **HL)
a("27", 27, "count", "Copernicus satellite maps produced", **EH)
a(
    "310,000 hectares",
    310000,
    "measure",
    "area burned across the EU this year",
    unit="hectare",
    speaker="European Forest Fire Information System",
    aliases=["EFFIS", "Politico Europe"],
)
a(
    "about €600 million",
    600e6,
    "money",
    "cohesion funds for wildfire prevention",
    q="approximate",
    unit="EUR",
    **EH,
)
a(
    "9%",
    9,
    "percent",
    "rise in EU steel imports",
    unit="percent",
    period="first half",
    speaker="Financial Times",
    aliases=["FT", "Agence Europe"],
)
OG = dict(speaker="Olof Gill", aliases=["Gill", "European Commission"])
a("17", 17, "count", "steel product categories with exhausted quotas", **OG)
a("26", 26, "count", "steel product categories under the safeguard", after="17 of the ", **OG)
MS = dict(
    speaker="Maroš Šefčovič",
    aliases=["Executive Vice-President Maroš Šefčovič", "Šefčovič", "Maros Sefcovic", "Olof Gill"],
    date="2029-07-20",
)
a(
    "nearly half",
    50,
    "percent",
    "cut in tariff-free steel quota volumes",
    q="nearly",
    unit="percent",
    **MS,
)
a("50%", 50, "percent", "out-of-quota steel duty", unit="percent", **MS)
a(
    "around 65%",
    65,
    "percent",
    "capacity utilisation of EU steelmakers",
    q="approximate",
    unit="percent",
    **MS,
)
a("18,000", 18000, "count", "jobs lost in the EU steel sector", **MS)
a("two years", 2, "duration", "period of the steel job losses", unit="year", opt=True, **MS)
a(
    "around 40",
    40,
    "count",
    "projects interested in the Italian hydrogen scheme",
    q="approximate",
    speaker="Italian authorities",
    aliases=["Italy", "Italian government", "Paula Pinho"],
)
a(
    "around 10.5 million",
    10.5e6,
    "count",
    "ICT specialists employed in the EU",
    q="approximate",
    **ECR,
)
a("20 million", 20e6, "count", "2030 target for ICT specialists")

# 2303: Reuters story on a Philippine rate cut (Thursday 16 August 2029).
doc("2303_reuters-bsp-rate-cut-2029-08-16.txt", "2029-08-16", None)
a("third", 3, "count", "consecutive rate cuts", opt=True)
a("25 basis points", 25, "percent", "cut in the key interest rate", unit="basis point")
a("third", 3, "count", "consecutive rate cuts", after="its ", opt=True)
a("4.75%", 4.75, "percent", "overnight reverse repurchase rate", unit="percent")
a("19", 19, "count", "economists in the Reuters poll expecting the cut")
a("24", 24, "count", "economists polled by Reuters", after="19 of ")
BSP = dict(
    speaker="Bangko Sentral ng Pilipinas",
    aliases=["BSP", "Philippine central bank", "central bank"],
)
a("2.6%", 2.6, "percent", "forecast for average inflation this year", unit="percent", **BSP)
a("3.0%", 3.0, "percent", "previous forecast for average inflation", unit="percent", **BSP)
a("3.1%", 3.1, "percent", "inflation forecast for next year", unit="percent", **BSP)
a(
    "2%-4%",
    2,
    "percent",
    "inflation target range",
    q="range",
    unit="percent",
    low=2,
    high=4,
    **BSP,
)
a("2.2%", 2.2, "percent", "headline inflation", unit="percent", period="July")
a("14 months", 14, "duration", "period of the inflation low", unit="month", opt=True)
ER = dict(speaker="Eli Remolona", aliases=["Remolona", "Governor Eli Remolona"])
a("5.3%", 5.3, "percent", "expected economic growth this year", unit="percent", **ER)
a(
    "6%-7%",
    6,
    "percent",
    "government growth goal",
    q="range",
    unit="percent",
    low=6,
    high=7,
    **ER,
)
a("5.1%", 5.1, "percent", "second-quarter economic growth", unit="percent", **ER)
a("5%", 5, "percent", "banks' reserve requirement ratio", unit="percent", **ER)
MSA = dict(speaker="Mariano Santos", aliases=["Santos", "Deputy Governor Mariano Santos"])
a("3.4%", 3.4, "percent", "rise in remittances", unit="percent", **MSA)
a("$17.8 billion", 17.8e9, "money", "remittances from Filipinos abroad", unit="USD", **MSA)
a("$108.6 billion", 108.6e9, "money", "gross international reserves", unit="USD", **MSA)
a("7.6 months", 7.6, "duration", "import cover of the reserves", unit="month", **MSA)
a("0.3%", 0.3, "percent", "fall of the peso", unit="percent")
a("58.42", 58.42, "money", "peso exchange rate per dollar", unit="PHP")
a("0.8%", 0.8, "percent", "rise of the main stock index", unit="percent")
a("4.50%", 4.5, "percent", "policy rate after a December cut", unit="percent")
NC = dict(speaker="Nadia Corpuz", aliases=["Corpuz", "ING"])
a("25-basis-point", 25, "percent", "expected December rate cut", unit="basis point", opt=True, **NC)
a(
    "about three-quarters",
    75,
    "percent",
    "household spending share of the economy",
    q="approximate",
    unit="percent",
    **NC,
)
a(
    "4.50%",
    4.5,
    "percent",
    "expected policy rate at year-end",
    unit="percent",
    after="end the year at ",
    speaker="Capital Economics",
    aliases=[],
)
a(
    "nearly 4%",
    4,
    "percent",
    "fall of the peso against the dollar since March",
    q="nearly",
    unit="percent",
    speaker="Tomas Villareal",
    aliases=["Villareal", "Metrobank Research"],
    date="2029-08-15",
)
a("75 basis points", 75, "percent", "total BSP rate cuts since February", unit="basis point")

# 2304: Al Jazeera story on fighting in South Sudan (Tuesday 21 August 2029).
doc("2304_aljazeera-south-sudan-upper-nile-fighting-2029-08-21.txt", "2029-08-21", None)
a("more than 40,000", 40000, "count", "people crossing into Gambella", q="more_than", opt=True)
a("under two weeks", 2, "duration", "period of the crossings", q="less_than", unit="week", opt=True)
a("At least 83", 83, "count", "people killed in Upper Nile fighting", q="at_least")
a("more than 200", 200, "count", "people wounded in Upper Nile fighting", q="more_than")
PD = dict(
    speaker="Peter Chuol Deng",
    aliases=["Chuol Deng", "health minister"],
    date="2029-08-20",
)
a("146", 146, "count", "wounded received by Malakal hospital since August 12", **PD)
a("four", 4, "count", "surgeons in Upper Nile state", after="We have only ", **PD)
a("three days", 3, "duration", "time some wounded waited to reach hospital", unit="day", **PD)
a("more than 120", 120, "count", "death toll according to Nasir county officials", q="more_than")
UNHCR = dict(
    speaker="UNHCR",
    aliases=[
        "UN refugee agency",
        "United Nations High Commissioner for Refugees",
        "Office of the United Nations High Commissioner for Refugees",
    ],
)
a(
    "more than 40,000",
    40000,
    "count",
    "people crossed into Ethiopia's Gambella region since August 9",
    q="more_than",
    after="on Friday that ",
    date="2029-08-17",
    **UNHCR,
)
OS = dict(speaker="Olga Sarrado", aliases=["Sarrado", "UNHCR"], date="2029-08-17")
a("about 3,500", 3500, "count", "new arrivals registered a day", q="approximate", **OS)
a("5,000", 5000, "count", "capacity of the Pagak transit centre", after="built for ", **OS)
a("nearly 19,000", 19000, "count", "people in the Pagak transit centre", q="nearly", **OS)
a("about 390,000", 390000, "count", "South Sudanese refugees hosted in Gambella", q="approximate")
AT = dict(speaker="Abebe Tadesse", aliases=["Tadesse", "MSF", "Medecins Sans Frontieres"])
a("five days", 5, "duration", "period of the diarrhoea cases", unit="day", opt=True, **AT)
a("212", 212, "count", "children treated for acute watery diarrhoea", **AT)
a(
    "two weeks",
    2,
    "duration",
    "time without new medical supplies",
    unit="week",
    after="supplies for ",
    **AT,
)
OCHA = dict(
    speaker="OCHA",
    aliases=[
        "UN Office for the Coordination of Humanitarian Affairs",
        "Office for the Coordination of Humanitarian Affairs",
    ],
)
a("1.3 million", 1.3e6, "count", "people in Upper Nile needing humanitarian assistance", **OCHA)
a(
    "31 percent",
    31,
    "percent",
    "funding level of aid operations in Upper Nile",
    unit="percent",
    **OCHA,
)
a(
    "at least 11",
    11,
    "count",
    "aid workers forced to relocate",
    q="at_least",
    date="2029-08-20",
    **OCHA,
)
a(
    "23",
    23,
    "count",
    "soldiers lost in an ambush near Nasir",
    speaker="South Sudanese army",
    aliases=["army", "South Sudan People's Defence Forces", "SSPDF"],
)
LK = dict(speaker="Lul Ruai Koang", aliases=["Koang", "army"], date="2029-08-19")
a("37", 37, "count", "fighters killed in the latest clashes", **LK)
a("15", 15, "count", "fighters captured", after="killed in the latest clashes and ", **LK)
a(
    "An estimated 2.3 million",
    2.3e6,
    "count",
    "South Sudanese refugees in neighbouring countries",
    q="approximate",
    **UNHCR,
)
FO = dict(speaker="Farah Odhiambo", aliases=["Al Jazeera"])
a("50kg", 50, "measure", "weight of a sack of sorghum", unit="kg", opt=True, **FO)
a(
    "180,000 South Sudanese pounds",
    180000,
    "money",
    "price of a sack of sorghum in Malakal",
    unit="SSP",
    **FO,
)
a(
    "more than double",
    2,
    "measure",
    "rise in the sorghum price since June",
    q="more_than",
    unit="times",
    opt=True,
    **FO,
)
a("one", 1, "count", "meals a day eaten by families", after="eating ", opt=True, **FO)
a(
    "700,000",
    700000,
    "count",
    "people whose rations were halved",
    speaker="World Food Programme",
    aliases=["WFP"],
)

# 2305: OECD press release on the Interim Economic Outlook (Monday 24 September 2029).
doc("2305_oecd-interim-outlook-release-2029-09-24.txt", "2029-09-24", None)
OECD = dict(
    speaker="OECD",
    aliases=[
        "Organisation for Economic Co-operation and Development",
        "Interim Economic Outlook",
        "OECD Interim Economic Outlook",
    ],
)
a("3.1%", 3.1, "percent", "global GDP growth in 2028", unit="percent", period="2028", **OECD)
a("2.8%", 2.8, "percent", "projected global GDP growth", unit="percent", period="2029", **OECD)
a("2.7%", 2.7, "percent", "projected global GDP growth", unit="percent", period="2030", **OECD)
a(
    "2.4%",
    2.4,
    "percent",
    "projected headline inflation in G20 advanced economies",
    unit="percent",
    period="next year",
    **OECD,
)
a(
    "1.6%",
    1.6,
    "percent",
    "projected US growth",
    unit="percent",
    subject="United States",
    period="2029",
)
a("2.5%", 2.5, "percent", "US growth", unit="percent", subject="United States", period="2028")
a(
    "1.4%",
    1.4,
    "percent",
    "projected US growth",
    unit="percent",
    subject="United States",
    period="2030",
)
a(
    "1.1%",
    1.1,
    "percent",
    "projected euro area growth",
    unit="percent",
    subject="euro area",
    period="this year",
)
a(
    "1.3%",
    1.3,
    "percent",
    "projected euro area growth",
    unit="percent",
    subject="euro area",
    period="next year",
)
a("4.5%", 4.5, "percent", "projected growth", unit="percent", subject="China", period="2029")
a("4.2%", 4.2, "percent", "projected growth", unit="percent", subject="China", period="2030")
a(
    "6.5%",
    6.5,
    "percent",
    "projected growth",
    unit="percent",
    subject="India",
    period="fiscal year 2029-30",
)
MC = dict(speaker="Mathias Cormann", aliases=["Cormann", "Mr Cormann", "OECD"])
a(
    "almost a century",
    100,
    "duration",
    "period since tariff rates were last this high",
    q="nearly",
    unit="year",
    opt=True,
    **MC,
)
a(
    "1.2%",
    1.2,
    "percent",
    "growth in trade volumes",
    unit="percent",
    period="first half of this year",
    **MC,
)
a(
    "around 0.6%",
    0.6,
    "percent",
    "reduction in global output from tariff increases",
    q="approximate",
    unit="percent",
    period="by 2030",
    **OECD,
)
HV = dict(speaker="Helene Vasseur", aliases=["Vasseur", "Ms Vasseur", "OECD"])
a("50 basis points", 50, "percent", "expected further Fed rate cuts", unit="basis point", **HV)
a("1.75%", 1.75, "percent", "ECB policy rate", unit="percent", **HV)
a(
    "exceeds 112%",
    112,
    "percent",
    "public debt in OECD countries as a share of GDP",
    q="more_than",
    unit="percent",
    **HV,
)
a(
    "about 3.5%",
    3.5,
    "percent",
    "interest payments as a share of GDP",
    q="approximate",
    unit="percent",
    **HV,
)
a(
    "5.1%",
    5.1,
    "percent",
    "projected OECD unemployment rate",
    unit="percent",
    period="late 2030",
    **OECD,
)
a("4.9%", 4.9, "percent", "OECD unemployment rate today", unit="percent", **OECD)
a(
    "about two-thirds",
    66.67,
    "percent",
    "share of OECD countries where real wages recovered",
    q="approximate",
    unit="percent",
)
a(
    "an estimated USD 410 billion",
    410e9,
    "money",
    "cost of untargeted energy subsidies",
    q="approximate",
    unit="USD",
    period="last year",
    **OECD,
)
a("over 100", 100, "count", "countries the OECD works with", q="more_than")

# 2306: Australian Minister for Health media release (Wednesday 12 September 2029).
doc("2306_health-butler-urgent-care-clinics-release-2029-09-12.txt", "2029-09-12", None)
MB = dict(
    speaker="Mark Butler",
    aliases=["Minister Butler", "Butler", "The Hon Mark Butler MP", "Mark Butler MP"],
)
a("pass 4 million", 4e6, "count", "visits to Medicare Urgent Care Clinics", q="more_than", opt=True)
a("more than 4 million", 4e6, "count", "visits to Medicare Urgent Care Clinics", q="more_than")
a("102", 102, "count", "Medicare Urgent Care Clinics")
a("seven days", 7, "duration", "days a week the clinics open", unit="day", opt=True)
a("28", 28, "count", "further clinics to open by mid-2030", **MB)
a("11", 11, "count", "new clinics in regional and rural areas", after="including ", **MB)
a("$318 million", 318e6, "money", "Budget funding for new clinics", unit="AUD", **MB)
a(
    "More than a quarter",
    25,
    "percent",
    "share of visits for children",
    q="more_than",
    unit="percent",
    **MB,
)
a(
    "15",
    15,
    "measure",
    "age limit of children counted",
    unit="year",
    after="children under ",
    opt=True,
    **MB,
)
a(
    "around one in five",
    20,
    "percent",
    "share of visits on weekends or public holidays",
    q="approximate",
    unit="percent",
    **MB,
)
DH = dict(
    speaker="Department of Health, Disability and Ageing",
    aliases=["Department of Health", "independent evaluation"],
)
a(
    "52 per cent",
    52,
    "percent",
    "share of patients who would otherwise have gone to an emergency department",
    unit="percent",
    **DH,
)
a(
    "up to 9 per cent",
    9,
    "percent",
    "reduction in lower-urgency presentations at nearby hospitals",
    q="at_most",
    unit="percent",
    **DH,
)
AIHW = dict(speaker="Australian Institute of Health and Welfare", aliases=["AIHW"])
a(
    "9.1 million",
    9.1e6,
    "count",
    "presentations to public hospital emergency departments",
    period="2028-29",
    **AIHW,
)
a("2.4 million", 2.4e6, "count", "semi-urgent or non-urgent presentations", **AIHW)
EM = dict(speaker="Emma McBride", aliases=["Assistant Minister McBride", "McBride"])
a(
    "45-minute",
    45,
    "measure",
    "drive to the nearest emergency department",
    unit="minute",
    opt=True,
    **EM,
)
a(
    "more than 31,000",
    31000,
    "count",
    "patients seen at the Broken Hill clinic",
    q="more_than",
    **EM,
)
a(
    "nine in ten",
    90,
    "percent",
    "share of Broken Hill patients treated and sent home the same day",
    unit="percent",
    **EM,
)
a("41 minutes", 41, "duration", "average length of a clinic visit", unit="minute")
DM = dict(
    speaker="Danielle McMullen",
    aliases=["McMullen", "AMA", "Australian Medical Association"],
    date="2029-09-11",
)
a("27", 27, "count", "average patients seen by a GP a day", **DM)
a(
    "81.4 per cent",
    81.4,
    "percent",
    "bulk billing rate for standard consultations",
    unit="percent",
    **DM,
)
a("$8.5 billion", 8.5e9, "money", "investment in the bulk billing incentive", unit="AUD", **MB)
a(
    "4.9 million",
    4.9e6,
    "count",
    "additional bulk billed GP visits this year",
    **MB,
)

# 2307: local newspaper page, council and health stories (Wednesday 3 October 2029).
doc("2307_strathmore-advertiser-two-stories-2029-10-03.txt", "2029-10-03", None)
a("£4.2m", 4.2e6, "money", "school repair plan", unit="GBP", opt=True)
a("£4.2 million", 4.2e6, "money", "emergency school repairs package", unit="GBP")
a("three", 3, "count", "Forfar schools to be repaired", after="repairs to ")
a("640", 640, "count", "Whitehills Primary pupils in temporary classrooms", date="2029-10-02")
a("23", 23, "count", "school and nursery buildings with RAAC", date="2029-10-02")
a("111", 111, "count", "school and nursery buildings of the authority", date="2029-10-02")
a("Eleven", 11, "count", "buildings needing props or partial closures")
a(
    "about 16 weeks",
    16,
    "duration",
    "duration of the Whitehills repair work",
    q="approximate",
    unit="week",
    speaker="Lorna Mackie",
    aliases=["Councillor Lorna Mackie", "Mackie"],
    date="2029-10-02",
)
FC = dict(speaker="Fiona Carrick", aliases=["Carrick"], date="2029-10-02")
a(
    "an estimated £19 million",
    19e6,
    "money",
    "cost of remaining school repair work",
    q="approximate",
    unit="GBP",
    **FC,
)
a("five years", 5, "duration", "period of the remaining repair work", unit="year", opt=True, **FC)
a(
    "£2.1 million",
    2.1e6,
    "money",
    "Scottish Government funding received for repairs",
    unit="GBP",
    **FC,
)
AC = dict(
    speaker="Angus Council",
    aliases=["council", "Derek Souter", "Councillor Derek Souter"],
    date="2029-10-02",
)
a("38 per cent", 38, "percent", "share of school buildings rated poor or bad", unit="percent", **AC)
a(
    "12 per cent",
    12,
    "percent",
    "Scottish average share of poor or bad school buildings",
    unit="percent",
    **AC,
)
a(
    "£25 million",
    25e6,
    "money",
    "Scottish Government funding for RAAC this year",
    unit="GBP",
    speaker="Scottish Government",
    aliases=["Scottish Government spokesperson"],
    date="2029-10-02",
)
a(
    "Fewer than half",
    50,
    "percent",
    "share of people aged 65 and over in Tayside with a flu vaccine",
    q="less_than",
    unit="percent",
    date="2029-10-02",
)
a("65", 65, "measure", "age threshold of the flu vaccine group", unit="year", opt=True)
PHS = dict(speaker="Public Health Scotland", aliases=["PHS"])
a(
    "48.3 per cent",
    48.3,
    "percent",
    "flu vaccine uptake among residents aged 65 and over",
    unit="percent",
    period="2028-29 season",
    date="2029-10-02",
    **PHS,
)
a(
    "65",
    65,
    "measure",
    "age threshold of the flu vaccine group",
    unit="year",
    after="residents aged ",
    opt=True,
)
a(
    "56.9 per cent",
    56.9,
    "percent",
    "flu vaccine uptake two years earlier",
    unit="percent",
    date="2029-10-02",
    **PHS,
)
a(
    "two years",
    2,
    "duration",
    "comparison period",
    unit="year",
    after="56.9 per cent ",
    opt=True,
    date="2029-10-02",
    **PHS,
)
a(
    "29 per cent",
    29,
    "percent",
    "flu vaccine uptake among health and social care staff",
    unit="percent",
)
a("Around 118,000", 118000, "count", "people eligible for a free flu jab", q="approximate")
RS = dict(speaker="Ruth Sandison", aliases=["Dr Ruth Sandison", "Sandison", "NHS Tayside"])
a(
    "more than 1,400",
    1400,
    "count",
    "people admitted to hospital with flu last winter",
    q="more_than",
    **RS,
)
a("61", 61, "count", "flu patients who died", after="and ", **RS)
a(
    "around 10 minutes",
    10,
    "duration",
    "time it takes to get a jab",
    q="approximate",
    unit="minute",
    **RS,
)
a("14", 14, "count", "community venues offering flu appointments", after="Hospital and at ", **RS)
a(
    "61.8 per cent",
    61.8,
    "percent",
    "share of Ninewells emergency patients seen within four hours",
    unit="percent",
    period="August",
    **PHS,
)
a(
    "four hours",
    4,
    "duration",
    "emergency department waiting time standard",
    unit="hour",
    opt=True,
    **PHS,
)
a("95 per cent", 95, "percent", "four-hour emergency department target", unit="percent", **PHS)
a(
    "32",
    32,
    "count",
    "extra beds opened at Perth Royal Infirmary",
    speaker="NHS Tayside",
    aliases=["spokeswoman for NHS Tayside"],
)
AG = dict(speaker="Alan Guthrie", aliases=["Guthrie"])
a("78", 78, "measure", "age of Alan Guthrie", unit="year", opt=True, **AG)
a("three weeks", 3, "duration", "time Alan Guthrie was ill with flu", unit="week", opt=True, **AG)

GOLD.build()
