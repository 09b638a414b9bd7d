"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout27/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout25, see README.md): headline, standfirst and
# summary-bullet figures optional; the page's own voice and unnamed sources ("Some analysts
# estimate", "There are reports that", "a shipping agent who asked not to be named", "new figures
# show") have speaker None, judged sentence by sentence; in a transcript an unattributed sentence
# of a turn is the turn's speaker, a bare Question: is None, a questioner who names an outlet
# speaks for the question, and a figure a question attributes is that source's (the outlet an
# alias); "according to X" / "data from X" / "figures from X show" are X; a figure relayed from a
# minister or the Secretary-General is theirs, dated the day they said it; every sentence of a
# multi-sentence quote is the quoted speaker's; "he said" / "He added" / "The force said" carry the
# speaker and the day named before; date = the day the claim was stated ("on Friday",
# "yesterday", "late Sunday", "on May 12"); "last week" keeps the publication day; time spans that
# only date a figure, thresholds, compound adjectives, ages, multipliers and bracketed
# conversions are optional.

# 2700: MOFCOM regular press conference (Thursday 18 April 2030).
doc(
    "2700_mofcom-he-yongqian-presscon-2030-04-18.txt",
    "2030-04-18",
    "He Yongqian",
    ["He", "Spokesperson He Yongqian"],
)
HY_MC = ["He Yongqian", "He", "Spokesperson He Yongqian", "Ministry of Commerce", "MOFCOM"]
a(
    "1.55 million square meters",
    1.55e6,
    "measure",
    "exhibition area of the Canton Fair's first phase",
    unit="square metre",
)
a("more than 10,600", 10600, "count", "exhibitors in the first phase", q="more_than")
a(
    "over 112,000",
    112000,
    "count",
    "overseas buyers pre-registered for the Canton Fair",
    q="more_than",
)
a("8.3 percent", 8.3, "percent", "rise in pre-registered overseas buyers", unit="percent")
a(
    "13.6 percent",
    13.6,
    "percent",
    "year-on-year growth in online retail sales of services",
    unit="percent",
    period="first quarter",
    speaker="Ministry of Commerce",
    aliases=HY_MC,
)
a(
    "1.72 trillion yuan",
    1.72e12,
    "money",
    "China's trade with ASEAN",
    unit="CNY",
    period="first quarter",
    speaker="General Administration of Customs",
    aliases=["GACC", "Customs", "CCTV"],
    date="2030-04-12",
)
a(
    "six consecutive years",
    6,
    "duration",
    "years as each other's largest trading partners",
    unit="year",
    subject="China and ASEAN",
)
a(
    "11.4 percent",
    11.4,
    "percent",
    "rise in China's agricultural imports from ASEAN",
    unit="percent",
    period="first quarter",
)
a(
    "up to 31.2 percent",
    31.2,
    "percent",
    "provisional anti-subsidy duties on Chinese hydraulic excavators",
    q="at_most",
    unit="percent",
    speaker="European Commission",
    aliases=["Commission", "Reuters"],
    date="2030-04-17",
)
a(
    "4.6 billion euros",
    4.6e9,
    "money",
    "EU imports of hydraulic excavators from China",
    unit="EUR",
    period="last year",
    speaker="European Union",
    aliases=["EU", "Reuters"],
)
a(
    "less than 0.3 percent",
    0.3,
    "percent",
    "share of the products concerned in China's exports to the EU",
    q="less_than",
    unit="percent",
)
WW = dict(
    speaker="Wang Wentao",
    aliases=["Minister Wang Wentao", "Minister Wang", "Wang"],
    date="2030-04-15",
)
a(
    "812 billion US dollars",
    812e9,
    "money",
    "China-EU trade in goods",
    unit="USD",
    period="last year",
    **WW,
)
a(
    "over 14,000",
    14000,
    "count",
    "jobs created in Europe by Chinese construction machinery makers",
    q="more_than",
    **WW,
)
a(
    "about 5 percent",
    5,
    "percent",
    "fall in China's outbound direct investment",
    q="approximate",
    unit="percent",
    period="March",
    speaker=None,
)
a(
    "37.9 billion US dollars",
    37.9e9,
    "money",
    "non-financial outbound direct investment",
    unit="USD",
    period="first quarter",
    aliases=HY_MC[1:],
)
a(
    "4.1 percent",
    4.1,
    "percent",
    "year-on-year growth in outbound direct investment",
    unit="percent",
    aliases=HY_MC[1:],
)
a(
    "9.6 billion US dollars",
    9.6e9,
    "money",
    "investment in Belt and Road countries",
    unit="USD",
    period="first quarter",
)
a(
    "25.3 percent",
    25.3,
    "percent",
    "Belt and Road share of outbound direct investment",
    unit="percent",
)
# The reporter quotes the spokesperson's own figure back: his (the outlet an alias).
a(
    "over 112,000",
    112000,
    "count",
    "overseas buyers registered for the Canton Fair",
    q="more_than",
    after="You mentioned that ",
    aliases=["He", "Spokesperson He Yongqian", "Nanfang Daily"],
)
a("About 3,100", 3100, "count", "first-time exhibitors in the first phase", q="approximate")
a(
    "around one in four",
    25,
    "percent",
    "share of specialized and sophisticated SMEs among new exhibitors",
    q="approximate",
    unit="percent",
)
a("48", 48, "count", "countries whose buyers can obtain visa-free entry")
a("five-day", 5, "duration", "visa-free entry period", unit="day", opt=True)
a(
    "about 26.4 million",
    26.4e6,
    "count",
    "consumers receiving home appliance trade-in subsidies",
    q="approximate",
)
a("198 billion yuan", 198e9, "money", "sales generated by appliance subsidies", unit="CNY")
a(
    "around 7 percentage points",
    7,
    "percent",
    "boost to home appliance retail sales growth from the program",
    q="approximate",
    unit="percentage point",
    period="first quarter",
    speaker="China Household Electrical Appliances Research Institute",
    aliases=["CHEARI", "He Yongqian", "He"],
)

# 2701: UN Secretary-General's spokesperson's noon briefing (Tuesday 23 April 2030).
SD = ["Dujarric", "Stephane Dujarric", "Spokesman", "Spokesperson"]
doc("2701_un-noon-briefing-2030-04-23.txt", "2030-04-23", "Stéphane Dujarric", SD)
SG = dict(
    speaker="United Nations Secretary-General",
    aliases=["Secretary-General", "UN Secretary-General", "The Secretary-General"],
    date="2030-04-22",
)
a("2.1 billion", 2.1e9, "count", "people lacking safely managed drinking water", **SG)
a(
    "four times",
    4,
    "measure",
    "acceleration of progress needed for universal water access",
    unit="times",
    opt=True,
    **SG,
)
a(
    "some $110 billion",
    110e9,
    "money",
    "annual water and sanitation financing gap",
    q="approximate",
    unit="USD",
    **SG,
)
a(
    "about $4",
    4,
    "money",
    "return on every dollar invested in water and sanitation",
    q="approximate",
    unit="USD",
    **SG,
)
a(
    "more than 240,000",
    240000,
    "count",
    "people affected by flooding in Kachin and Sagaing",
    q="more_than",
    aliases=[*SD, "Office for the Coordination of Humanitarian Affairs", "OCHA"],
)
a(
    "At least 37",
    37,
    "count",
    "people killed by flooding in Myanmar",
    q="at_least",
    speaker="Department of Disaster Management",
    aliases=["Stéphane Dujarric", *SD],
)
a(
    "about 58,000",
    58000,
    "count",
    "people reached with food, water and hygiene kits",
    q="approximate",
)
a(
    "two",
    2,
    "count",
    "UNHAS helicopters on standby in Mandalay",
    after="hygiene kits to about 58,000",
)
WFP = dict(speaker="World Food Programme", aliases=["WFP", "Stéphane Dujarric", *SD])
a(
    "1.9 million",
    1.9e6,
    "count",
    "people reached with WFP food assistance in Sudan",
    period="March",
    **WFP,
)
a(
    "more than three years",
    3,
    "duration",
    "time since the war in Sudan began",
    q="more_than",
    unit="year",
    opt=True,
    **WFP,
)
a("$640 million", 640e6, "money", "WFP funding shortfall in Sudan", unit="USD", **WFP)
a("six months", 6, "duration", "period of the shortfall", unit="month", opt=True, **WFP)
a(
    "more than 15,000",
    15000,
    "count",
    "people crossing from Darfur into eastern Chad",
    q="more_than",
    period="last week",
    speaker="United Nations High Commissioner for Refugees",
    aliases=["UNHCR", "UN Refugee Agency", "Stéphane Dujarric", *SD],
    date="2030-04-22",
)
a(
    "Nearly nine in ten",
    90,
    "percent",
    "share of women and children among new arrivals in Chad",
    q="nearly",
    unit="percent",
)
a("94", 94, "count", "Member States on the honour roll")
a(
    "passed 4,000",
    4000,
    "count",
    "cholera cases in North Darfur",
    q="more_than",
    speaker="Federal Ministry of Health of Sudan",
    aliases=["Federal Ministry of Health", "Sudanese Ministry of Health"],
    date="2030-04-21",
)
a(
    "two weeks",
    2,
    "duration",
    "period of the cholera cases",
    unit="week",
    opt=True,
    speaker="Federal Ministry of Health of Sudan",
    aliases=["Federal Ministry of Health", "Sudanese Ministry of Health"],
    date="2030-04-21",
)
a(
    "some 500,000",
    500000,
    "count",
    "doses of oral cholera vaccine arriving in Port Sudan",
    q="approximate",
    speaker="World Health Organization",
    aliases=["WHO", "Stéphane Dujarric", *SD],
)
a(
    "about 420,000",
    420000,
    "count",
    "people to be vaccinated in the first round",
    q="approximate",
    aliases=[*SD, "World Health Organization", "WHO"],
)
a(
    "at least 60",
    60,
    "count",
    "aid trucks held at checkpoints near Tawila",
    q="at_least",
    speaker=None,
)
a(
    "more than a week",
    1,
    "duration",
    "time the trucks have been held",
    q="more_than",
    unit="week",
    opt=True,
    speaker=None,
)
a("22", 22, "count", "trucks reaching Tawila over the weekend")
a(
    "41 per cent",
    41,
    "percent",
    "share of assessed contributions paid by the end of March",
    unit="percent",
    speaker="United Nations Controller",
    aliases=["Controller", "UN Controller"],
)
a("94", 94, "count", "Member States paid in full", after="As I just said, ")
a("15 per cent", 15, "percent", "cut in posts in next year's budget proposal", unit="percent")

# 2702: Xinhua report on the government work report (Tuesday 5 March 2030).
doc("2702_xinhua-government-work-report-2030-03-05.txt", "2030-03-05", None)
LQ = dict(
    speaker="Li Qiang",
    aliases=["Premier Li Qiang", "Li", "government work report", "State Council"],
)
a("around 5 pct", 5, "percent", "2030 growth target", q="approximate", unit="percent", opt=True)
a(
    "around 5 percent",
    5,
    "percent",
    "economic growth target",
    q="approximate",
    unit="percent",
    subject="China",
    period="2030",
    **LQ,
)
a("nearly 3,000", 3000, "count", "deputies hearing the report", q="nearly")
a(
    "over 12 million",
    12e6,
    "count",
    "new urban jobs target",
    q="more_than",
    period="this year",
    **LQ,
)
a(
    "around 5.5 percent",
    5.5,
    "percent",
    "surveyed urban unemployment rate target",
    q="approximate",
    unit="percent",
    **LQ,
)
a(
    "around 2 percent",
    2,
    "percent",
    "projected rise in the consumer price index",
    q="approximate",
    unit="percent",
    **LQ,
)
a(
    "over 700 million tonnes",
    700e6,
    "measure",
    "grain output target",
    q="more_than",
    unit="tonne",
    **LQ,
)
a("5.1 percent", 5.1, "percent", "GDP growth", unit="percent", period="2029", **LQ)
a(
    "152.6 trillion yuan",
    152.6e12,
    "money",
    "gross domestic product",
    unit="CNY",
    period="2029",
    **LQ,
)
a(
    "about 21.4 trillion US dollars",
    21.4e12,
    "money",
    "gross domestic product in US dollars",
    q="approximate",
    unit="USD",
    period="2029",
    opt=True,
    **LQ,
)
a("3.4 percent", 3.4, "percent", "fall in energy consumption per unit of GDP", unit="percent", **LQ)
a("4 percent", 4, "percent", "deficit-to-GDP ratio", unit="percent", **LQ)
a(
    "1.5 trillion yuan",
    1.5e12,
    "money",
    "ultra-long special treasury bonds to be issued",
    unit="CNY",
    period="this year",
    **LQ,
)
a("4.8 trillion yuan", 4.8e12, "money", "local government special-purpose bonds", unit="CNY")
a(
    "350 billion yuan",
    350e9,
    "money",
    "central funds for the consumer goods trade-in",
    unit="CNY",
    **LQ,
)
a("three", 3, "measure", "age limit for the childcare subsidy", unit="year", opt=True, **LQ)
a("400 yuan", 400, "money", "monthly childcare subsidy", unit="CNY", **LQ)
a("four years", 4, "duration", "period of the R&D spending figure", unit="year", opt=True)
a(
    "exceeded 2.8 percent",
    2.8,
    "percent",
    "research and development spending as a share of GDP",
    q="more_than",
    unit="percent",
)
a("surpassed 560,000", 560000, "count", "high-tech enterprises", q="more_than")
MOF = dict(
    speaker="Ministry of Finance",
    aliases=["MOF", "Ministry of Finance of China", "draft budget report", "draft budget"],
)
a(
    "exceed 31 trillion yuan",
    31e12,
    "money",
    "national general public budget expenditure",
    q="more_than",
    unit="CNY",
    period="this year",
    **MOF,
)
a("6.9 percent", 6.9, "percent", "growth of the defense budget", unit="percent", **MOF)
a("1.96 trillion yuan", 1.96e12, "money", "defense budget", unit="CNY", period="2030", **MOF)
ZS = dict(speaker="Zheng Shanjie", aliases=["Zheng", "National Development and Reform Commission"])
a("780 billion yuan", 780e9, "money", "central government budget investment", unit="CNY", **ZS)
a("about 1,700", 1700, "count", "major projects identified", q="approximate", **ZS)
a(
    "More than 60 percent",
    60,
    "percent",
    "share of major projects in advanced manufacturing, new infrastructure and urban renewal",
    q="more_than",
    unit="percent",
    **ZS,
)
LY = dict(speaker="Liu Yuanchun", aliases=["Liu"])
a(
    "about 5 percent",
    5,
    "percent",
    "China's potential growth rate",
    q="approximate",
    unit="percent",
    **LY,
)
a(
    "58 percent",
    58,
    "percent",
    "contribution of final consumption to economic growth",
    unit="percent",
    period="last year",
    **LY,
)
a(
    "4.5 percent",
    4.5,
    "percent",
    "growth target expected by foreign investment banks",
    unit="percent",
)

# 2703: AFP story on Colombia's presidential first round (Monday 27 May 2030).
doc("2703_afp-colombia-election-first-round-2030-05-27.txt", "2030-05-27", None)
a("20-year", 20, "duration", "period of the turnout high", unit="year", opt=True)
a("three", 3, "count", "soldiers killed in Cauca", opt=True)
REG = dict(
    speaker="National Civil Registry",
    aliases=["Registraduria Nacional del Estado Civil", "Registraduría", "Registry"],
    date="2030-05-26",
)
a("99.8 percent", 99.8, "percent", "share of polling stations counted", unit="percent", **REG)
a("41.3 percent", 41.3, "percent", "Duque's share of the vote", unit="percent", **REG)
a("36.9 percent", 36.9, "percent", "Ortega's share of the vote", unit="percent", **REG)
a("third", 3, "rank", "Lleras's place in the first round")
a("12.4 percent", 12.4, "percent", "Lleras's share of the vote", unit="percent")
JC = dict(speaker="Julio Cardenas", aliases=["Cardenas", "National Civil Registry"])
a("58.2 percent", 58.2, "percent", "turnout", unit="percent", **JC)
a("41.6 million", 41.6e6, "count", "eligible voters", **JC)
a("two decades", 2, "duration", "period of the turnout high", unit="decade", opt=True, **JC)
a("More than 24 million", 24e6, "count", "people casting ballots", q="more_than", **JC)
a(
    "some 2.7 million",
    2.7e6,
    "count",
    "rise in voters from the previous first round",
    q="approximate",
    **JC,
)
a("four years", 4, "duration", "time since the previous first round", unit="year", opt=True, **JC)
a(
    "three",
    3,
    "count",
    "soldiers killed in an attack on an electoral convoy",
    after="In the department of Cauca, ",
    speaker="National Army of Colombia",
    aliases=["army", "Colombian army"],
)
RS = dict(speaker="Ricardo Salgado", aliases=["Salgado", "Defense Minister Ricardo Salgado"])
a("47", 47, "count", "incidents of violence or intimidation on election day", **RS)
a(
    "More than 290,000",
    290000,
    "count",
    "police officers and soldiers deployed",
    q="more_than",
    **RS,
)
a("14", 14, "count", "polling stations moved for security reasons", **RS)
a("21", 21, "count", "people arrested for electoral crimes", **RS)
MOE = dict(
    speaker="Electoral Observation Mission",
    aliases=["MOE", "Mision de Observacion Electoral"],
)
a("1,214", 1214, "count", "complaints received by the MOE", **MOE)
a(
    "nearly a third",
    33.33,
    "percent",
    "share of complaints about vote buying",
    q="nearly",
    unit="percent",
    **MOE,
)
BM = dict(speaker="Mayor's Office of Bogota", aliases=["Bogota mayor's office"])
a("Four", 4, "count", "police officers injured in Bogota protest", **BM)
a("11", 11, "count", "people detained in Bogota protest", **BM)
a(
    "more than 4 million",
    4e6,
    "count",
    "votes that did not go to the right",
    q="more_than",
    speaker="Camilo Ortega",
    aliases=["Ortega"],
)
a("almost 55 percent", 55, "percent", "Ortega's vote share in Cali", q="nearly", unit="percent")
a("third-largest", 3, "rank", "Cali's size rank among Colombian cities", subject="Cali")
a("52", 52, "measure", "Duque's age", unit="year", opt=True)
MD = dict(speaker="Mariana Duque", aliases=["Duque"])
a("more than 900", 900, "count", "social leaders killed in Colombia", q="more_than", **MD)
a("five years", 5, "duration", "period of the killings", unit="year", opt=True, **MD)
a(
    "15 percent",
    15,
    "percent",
    "Lleras's support in the Invamer poll",
    unit="percent",
    speaker="Invamer",
    aliases=[],
    date="2030-05-12",
)
a(
    "less than nine points",
    9,
    "percent",
    "centrist votes Duque needs",
    q="less_than",
    unit="percentage point",
    speaker="Andrea Vargas Rincon",
    aliases=["Vargas", "Vargas Rincon"],
)
a("four-year", 4, "duration", "presidential term", unit="year", opt=True)

# 2704: ECB monetary policy press conference (Thursday 11 April 2030).
IM = ["Moreau", "ECB President Isabel Moreau", "ECB", "European Central Bank"]
doc("2704_ecb-monetary-policy-presscon-2030-04-11.txt", "2030-04-11", "Isabel Moreau", IM)
a("2.25%", 2.25, "percent", "deposit facility rate", unit="percent")
a("2%", 2, "percent", "ECB inflation target", unit="percent")
ES = dict(speaker="Eurostat", aliases=["Isabel Moreau", "Moreau"])
a("2.3%", 2.3, "percent", "annual inflation in the euro area", unit="percent", period="March", **ES)
a(
    "2.4%",
    2.4,
    "percent",
    "annual inflation in the euro area",
    unit="percent",
    period="February",
    **ES,
)
a("3.1%", 3.1, "percent", "services inflation", unit="percent")
a("1.8%", 1.8, "percent", "fall in energy prices", unit="percent")
a("twelve months", 12, "duration", "period of the energy price fall", unit="month", opt=True)
a("0.3%", 0.3, "percent", "euro area GDP growth", unit="percent", period="fourth quarter of 2029")
a("6.1%", 6.1, "percent", "unemployment rate", unit="percent", period="February")
a("3.0%", 3.0, "percent", "negotiated wage growth", unit="percent", period="this year")
a("3.6%", 3.6, "percent", "negotiated wage growth", unit="percent", period="2029")
ECB = dict(speaker="European Central Bank", aliases=["ECB", "ECB staff", "Isabel Moreau", "Moreau"])
a("1.1%", 1.1, "percent", "projected euro area GDP growth", unit="percent", period="2030", **ECB)
a("1.3%", 1.3, "percent", "projected euro area GDP growth", unit="percent", period="2031", **ECB)
a("2.1%", 2.1, "percent", "projected headline inflation", unit="percent", period="2030", **ECB)
a(
    "0.9%",
    0.9,
    "percent",
    "IMF euro area growth forecast",
    unit="percent",
    period="this year",
    speaker="International Monetary Fund",
    aliases=["IMF", "Reuters", "Pieter Claes"],
    date="2030-04-09",
)
a(
    "about 0.2 percentage points",
    0.2,
    "percent",
    "possible hit to euro area growth from US tariffs",
    q="approximate",
    unit="percentage point",
)
EC = dict(
    speaker="European Commission",
    aliases=["Commission", "Commission's consumer survey"],
    date="2030-04-05",
)
a("2.8%", 2.8, "percent", "households' expected price rise", unit="percent", **EC)
a(
    "twelve months",
    12,
    "duration",
    "horizon of household price expectations",
    unit="month",
    after="rise by 2.8% over the next ",
    opt=True,
    **EC,
)
a(
    "twelve months",
    12,
    "duration",
    "horizon of inflation expectations",
    unit="month",
    after="expectations for inflation over the next ",
    opt=True,
)
a("2.6%", 2.6, "percent", "median one-year-ahead inflation expectations", unit="percent")
a("three years", 3, "duration", "horizon of inflation expectations", unit="year", opt=True)
a("2.2%", 2.2, "percent", "median three-year-ahead inflation expectations", unit="percent")
TW = dict(speaker="Tomasz Wierzbicki", aliases=["Wierzbicki", "Vice-President"])
a(
    "around 9%",
    9,
    "percent",
    "share of commercial real estate loans in significant banks' loan books",
    q="approximate",
    unit="percent",
    **TW,
)
a(
    "4.7%",
    4.7,
    "percent",
    "non-performing commercial real estate loans",
    unit="percent",
    **TW,
)
a(
    "9.4%",
    9.4,
    "percent",
    "euro area banks' return on equity",
    unit="percent",
    period="last year",
    **TW,
)
a("15.9%", 15.9, "percent", "common equity tier one ratio", unit="percent", **TW)
a(
    "two",
    2,
    "count",
    "rate cuts priced in by markets by year-end",
    speaker="Joachim Nagel",
    aliases=["Nagel", "Bundesbank President Joachim Nagel", "Bundesbank"],
    date="2030-04-08",
)
a(
    "200 basis points",
    200,
    "percent",
    "total cut in ECB rates since June 2024",
    unit="basis point",
)
a(
    "3.6%",
    3.6,
    "percent",
    "average interest rate on new loans to firms",
    unit="percent",
    after="new loans to firms has fallen to ",
)

# 2705: NSW Government joint media release (Tuesday 14 May 2030).
doc("2705_nsw-jackson-scully-hunter-homes-release-2030-05-14.txt", "2030-05-14", None)
a("1,400", 1400, "count", "new homes for the Hunter", opt=True)
a("1,400", 1400, "count", "homes approved", after="- ", opt=True)
a("five", 5, "count", "sites approved", after="homes approved across ", opt=True)
a("420", 420, "count", "social and affordable homes", after="Lake Macquarie\n- ", opt=True)
a("1,400", 1400, "count", "new homes approved", after="clearing the way for ")
a("five", 5, "count", "sites covered by the approval", after="The approval covers ")
a("1,400", 1400, "count", "homes approved", after="Of the ")
a("420", 420, "count", "social and affordable homes", after="Of the 1,400 homes, ")
a("180", 180, "count", "build-to-rent homes")
a("up to 10 years", 10, "duration", "length of build-to-rent leases", q="at_most", unit="year")
a("11 months", 11, "duration", "average cut in approval times", unit="month")
DCJ = dict(
    speaker="Department of Communities and Justice",
    aliases=["DCJ", "Rent and Sales Report", "NSW Department of Communities and Justice"],
)
a(
    "7.4 per cent",
    7.4,
    "percent",
    "rise in median weekly rent in Newcastle",
    unit="percent",
    period="year to December",
    **DCJ,
)
a("$640", 640, "money", "median weekly rent in Newcastle", unit="AUD", **DCJ)
a(
    "More than 6,200",
    6200,
    "count",
    "Hunter households on the social housing waiting list",
    q="more_than",
)
RJ = dict(speaker="Rose Jackson", aliases=["Jackson", "Minister for Housing Rose Jackson"])
a(
    "more than half",
    50,
    "percent",
    "share of income Hunter families pay in rent",
    q="more_than",
    unit="percent",
    **RJ,
)
a("420", 420, "count", "social and affordable homes", after="These ", **RJ)
a("160", 160, "count", "homes in the first stage at Cardiff", **RJ)
a("seven-star", 7, "rank", "energy rating of the homes", opt=True, **RJ)
PS = dict(
    speaker="Paul Scully", aliases=["Scully", "Mr Scully", "Minister for Planning Paul Scully"]
)
a(
    "more than 96,000",
    96000,
    "count",
    "homes approved through fast-track pathways since July 2024",
    q="more_than",
    **PS,
)
a("up to 9,000", 9000, "count", "homes the Broadmeadow precinct could deliver", q="at_most", **PS)
a("20 years", 20, "duration", "period of the precinct build-out", unit="year", opt=True, **PS)
a(
    "around 2,300",
    2300,
    "count",
    "construction jobs supported",
    q="approximate",
    speaker="Tim Crakanthorp",
    aliases=["Crakanthorp", "Mr Crakanthorp"],
)
a("$48 million", 48e6, "money", "funding for water and sewer connections", unit="AUD")
a(
    "about 12,000",
    12000,
    "count",
    "additional homes the works can serve",
    q="approximate",
    speaker="Hunter Water",
    aliases=[],
    date="2030-05-10",
)
a(
    "3,900",
    3900,
    "count",
    "new homes needed in the Hunter each year",
    speaker="Property Council of Australia",
    aliases=["Property Council"],
)

# 2706: Reuters story on the Panama Canal (Tuesday 4 June 2030).
doc("2706_reuters-panama-canal-transits-2030-06-04.txt", "2030-06-04", None)
RV = dict(
    speaker="Ricaurte Vasquez",
    aliases=["Vasquez", "canal administrator", "Panama Canal Authority", "ACP"],
    date="2030-06-03",
)
a("36", 36, "count", "daily transit slots from June 15", **RV)
a("32", 32, "count", "current daily transit slots", **RV)
ACP = dict(speaker="Panama Canal Authority", aliases=["ACP"])
a("81.9 feet", 81.9, "measure", "water level of Gatun Lake", unit="foot", **ACP)
a("25 meters", 25, "measure", "water level of Gatun Lake in meters", unit="m", opt=True, **ACP)
a("79.6 feet", 79.6, "measure", "water level of Gatun Lake at the end of April", unit="foot", **ACP)
a("47 feet", 47, "measure", "maximum draft for Neopanamax locks", unit="foot", **ACP)
a(
    "about 60%",
    60,
    "percent",
    "share of lost water volume recovered",
    q="approximate",
    unit="percent",
    **RV,
)
a("38", 38, "count", "full daily transit slots", **RV)
a("9,870", 9870, "count", "canal transits", period="first eight months of the fiscal year", **RV)
a("eight months", 8, "duration", "period of the transit figure", unit="month", opt=True, **RV)
a("4%", 4, "percent", "fall in canal transits", unit="percent", **RV)
a("$3.3 billion", 3.3e9, "money", "canal toll revenue", unit="USD", **RV)
a(
    "Some 5%",
    5,
    "percent",
    "share of global seaborne trade through the canal",
    q="approximate",
    unit="percent",
)
a("80-kilometer", 80, "measure", "length of the canal", unit="km", opt=True)
a("50-mile", 50, "measure", "length of the canal in miles", unit="mile", opt=True)
a("22", 22, "count", "daily transits during the drought")
HL = dict(speaker="Hapag-Lloyd", aliases=[])
a("$250", 250, "money", "low-water surcharge per container", unit="USD", **HL)
a("about 140,000", 140000, "count", "containers charged the surcharge", q="approximate", **HL)
a(
    "about two days",
    2,
    "duration",
    "waiting time for unbooked vessels",
    q="approximate",
    unit="day",
)
a("nine days", 9, "duration", "waiting time for unbooked vessels in March", unit="day")
DR = dict(speaker="Drewry", aliases=["Drewry World Container Index"], date="2030-05-30")
a("40-foot", 40, "measure", "container size", unit="foot", opt=True, **DR)
a("6%", 6, "percent", "fall in Shanghai-New York container freight cost", unit="percent", **DR)
a(
    "$3,480",
    3480,
    "money",
    "cost of shipping a container from Shanghai to New York",
    unit="USD",
    **DR,
)
a(
    "around $300",
    300,
    "money",
    "peak canal risk premium per container",
    q="approximate",
    unit="USD",
    speaker="Tomas Lindgren",
    aliases=["Lindgren"],
)
a(
    "three",
    3,
    "count",
    "LNG tankers crossing the canal in May",
    after="Only ",
    speaker="Kpler",
    aliases=[],
)

# 2707: Welsh weekly newspaper page, hospital and police stories (Wednesday 12 June 2030).
doc("2707_teifi-valley-observer-two-stories-2030-06-12.txt", "2030-06-12", None)
a(
    "Fewer than two-thirds",
    66.67,
    "percent",
    "share of Glangwili A&E patients seen within four hours",
    q="less_than",
    unit="percent",
    period="May",
)
a("four hours", 4, "duration", "A&E waiting time threshold", unit="hour", opt=True)
WG = dict(speaker="Welsh Government", aliases=[], date="2030-06-06")
a(
    "61.3 per cent",
    61.3,
    "percent",
    "share of Glangwili A&E patients seen within four hours",
    unit="percent",
    period="May",
    **WG,
)
a(
    "four hours",
    4,
    "duration",
    "A&E waiting time threshold",
    unit="hour",
    after="61.3 per cent",
    opt=True,
    **WG,
)
a("95 per cent", 95, "percent", "national four-hour A&E target", unit="percent", **WG)
a(
    "1,180",
    1180,
    "count",
    "patients spending 12 hours or more in Glangwili A&E",
    period="May",
    **WG,
)
a(
    "12 hours or more",
    12,
    "duration",
    "A&E long-wait threshold",
    q="at_least",
    unit="hour",
    opt=True,
    **WG,
)
a("940", 940, "count", "patients spending 12 hours or more in A&E", period="April", **WG)
a(
    "66.8 per cent",
    66.8,
    "percent",
    "share of A&E patients in Wales seen within four hours",
    unit="percent",
    subject="Wales",
)
a(
    "four hours",
    4,
    "duration",
    "A&E waiting time threshold",
    unit="hour",
    after="66.8 per cent",
    opt=True,
)
a(
    "6,540",
    6540,
    "count",
    "A&E attendances at Glangwili",
    period="May",
    speaker="Hywel Dda University Health Board",
    aliases=["Hywel Dda"],
)
SP = dict(speaker="Siân Prydderch", aliases=["Sian Prydderch", "Prydderch"])
a("about 40", 40, "count", "medically fit patients waiting each day", q="approximate", **SP)
a("18", 18, "count", "extra beds opened at Glangwili", **SP)
a("35", 35, "count", "nurses being recruited from overseas", **SP)
a("up to 25", 25, "count", "patients treated on trolleys in corridors", q="at_most")
ER = dict(speaker="Elin Rowlands", aliases=["Rowlands"])
a(
    "40 miles or more",
    40,
    "measure",
    "distance Teifi valley patients travel to Glangwili",
    q="at_least",
    unit="mile",
    **ER,
)
a("ten-hour", 10, "duration", "A&E wait", unit="hour", opt=True, **ER)
a(
    "£8 million",
    8e6,
    "money",
    "extra funding for Hywel Dda to reduce delayed discharges",
    unit="GBP",
    period="this year",
    speaker="Welsh Government",
    aliases=["Welsh Government spokesperson"],
)
a("312", 312, "count", "drivers caught speeding on the A487", opt=True)
DPP = dict(speaker="Dyfed-Powys Police", aliases=["the force"], date="2030-06-11")
a("More than 300", 300, "count", "drivers caught speeding on the A487", q="more_than", **DPP)
a("two-week", 2, "duration", "length of the speed operation", unit="week", opt=True, **DPP)
a("312", 312, "count", "drivers stopped or recorded by camera vans", after="The force said ", **DPP)
a("97mph", 97, "measure", "highest speed recorded", unit="mph", **DPP)
a(
    "60mph",
    60,
    "measure",
    "speed limit where the highest speed was recorded",
    unit="mph",
    opt=True,
    **DPP,
)
a("Nineteen", 19, "count", "drivers summonsed to court")
RB = dict(speaker="Rhys Batten", aliases=["Inspector Rhys Batten", "Batten"])
a("Seven", 7, "count", "deaths on the A487 stretch", **RB)
a("three years", 3, "duration", "period of the deaths", unit="year", opt=True, **RB)
a("seven", 7, "count", "bereaved families", after="That is ", opt=True, **RB)
BR = dict(speaker="Brake", aliases=["road safety charity Brake"])
a(
    "around 60 per cent",
    60,
    "percent",
    "share of road deaths in Wales on rural roads",
    q="approximate",
    unit="percent",
    subject="Wales",
    **BR,
)
a(
    "less than a third",
    33.33,
    "percent",
    "rural roads' share of traffic",
    q="less_than",
    unit="percent",
    **BR,
)
CCC = dict(speaker="Ceredigion County Council", aliases=["council spokesperson"])
a("40mph", 40, "measure", "proposed speed limit through Penparc", unit="mph", opt=True, **CCC)
a("eight weeks", 8, "duration", "length of the speed limit consultation", unit="week", **CCC)
a("14", 14, "count", "vehicles seized for having no insurance")

GOLD.build()
