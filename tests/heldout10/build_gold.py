"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout10/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout9, see README.md): headline and standfirst
# figures optional; the page's own voice and unnamed sources ("officials said", "volunteers
# said", "official data showed", "Japanese media reported") have speaker None, judged sentence by
# sentence; in a transcript the outlet that asks speaks for its question (the journalist an
# alias), a figure a question states with no source is the outlet's, and a figure a question
# attributes is that source's (the outlet an alias); an unattributed answer sentence is the
# answering official's; "according to X" / "X data showed" are X; a figure an official relays
# from a minister is the minister's, dated the day the minister said it; every sentence of a
# multi-sentence quote is the quoted speaker's; "she added" / "he said" are the person named
# before; "Quotes attributable to X:" makes the quotes that follow X's; a UNHCR briefing note's
# unattributed sentences are its spokesperson's (the note says so), UNHCR an alias; a company's
# "the Company expects" is the company; "N times" is optional (measure, unit times); compound
# adjectives, ages, thresholds defining a group, unit conversions in brackets and time spans that
# only date a figure are optional; "last week" / "last month" keep the publication day.

# 1000: MFA regular press conference (Tuesday 9 March 2027).
doc(
    "1000_mfa-mao-ning-presscon-2027-03-09.txt",
    "2027-03-09",
    "Mao Ning",
    ["Foreign Ministry Spokesperson Mao Ning"],
)
a(
    "48.6 billion US dollars",
    48.6e9,
    "money",
    "China-Kazakhstan bilateral trade",
    unit="USD",
    period="last year",
)
a("11.3 percent", 11.3, "percent", "year-on-year growth of China-Kazakhstan trade", unit="percent")
a(
    "more than 12,000",
    12000,
    "count",
    "China-Europe Railway Express trips through Kazakhstan",
    q="more_than",
    period="last year",
)
a("some 230", 230, "count", "European cities reached by the trains", q="approximate")
a("26", 26, "count", "European countries reached by the trains", after="cities in ")
a("52", 52, "count", "China-Kazakhstan industrial cooperation projects")
a(
    "about 24 billion US dollars",
    24e9,
    "money",
    "total investment of the cooperation projects",
    q="approximate",
    unit="USD",
)
a(
    "over 830,000",
    830000,
    "count",
    "consular protection and assistance cases handled",
    q="more_than",
    period="last year",
)
a("nearly 600,000", 600000, "count", "calls to the 12308 hotline", q="nearly", period="last year")
a(
    "under 20 seconds",
    20,
    "duration",
    "average response time of the consular hotline",
    q="less_than",
    unit="second",
)
a(
    "almost 60 percent",
    60,
    "percent",
    "China's share of new solar capacity installed worldwide",
    q="nearly",
    unit="percent",
    period="last year",
    speaker="International Energy Agency",
    aliases=["IEA", "AFP"],
    date="2027-03-08",
)
DX = dict(
    speaker="Ding Xuexiang", aliases=["Vice Premier Ding Xuexiang", "Ding"], date="2027-03-07"
)
a(
    "roughly 810 million tonnes",
    810e6,
    "measure",
    "carbon emissions avoided through China's wind and solar exports",
    q="approximate",
    unit="tonne",
    period="2026",
    **DX,
)
a(
    "about 11,000 gigawatts",
    11000,
    "measure",
    "wind and solar capacity needed worldwide by 2030",
    q="approximate",
    unit="gigawatt",
    **DX,
)
a(
    "3 billion dollars",
    3e9,
    "money",
    "Chinese electric vehicle makers' pledged investment in Türkiye",
    unit="USD",
    speaker="Ministry of Trade of Türkiye",
    aliases=["Türkiye's trade ministry", "Turkish trade ministry", "Anadolu Agency"],
)
a(
    "47 billion US dollars",
    47e9,
    "money",
    "China-Türkiye two-way trade",
    q="more_than",
    unit="USD",
    period="last year",
)
a("1.1 million", 1.1e6, "count", "visits to Türkiye by Chinese tourists", period="last year")
a("Around 1,700", 1700, "count", "participants expected at the Summer Davos", q="approximate")
a("over 90", 90, "count", "countries and regions of the participants", q="more_than")
a(
    "more than 200",
    200,
    "count",
    "sessions of the Annual Meeting of the New Champions",
    q="more_than",
)
a(
    "18,000 tonnes",
    18000,
    "measure",
    "Chinese imports of Japanese seafood",
    unit="tonne",
    period="February",
    speaker=None,
)
a("697", 697, "count", "Japanese companies registered by customs", period="since June last year")

# 1001: Australian ministerial media release (Thursday 11 March 2027).
doc("1001_dewr-giles-free-tafe-release-2027-03-11.txt", "2027-03-11", None)
AG = dict(
    speaker="Andrew Giles",
    aliases=["Minister for Skills and Training Andrew Giles", "Giles", "the Minister"],
)
GT = dict(speaker="Gayle Tierney", aliases=["Ms Tierney", "Tierney"])
a(
    "More than 600,000",
    600000,
    "count",
    "Australians enrolled in Free TAFE",
    q="more_than",
    opt=True,
)
a(
    "More than 600,000",
    600000,
    "count",
    "Australians enrolled in Free TAFE",
    q="more_than",
    after="Share this page",
)
a("20,000", 20000, "count", "extra fee-free places in building and construction courses")
a("1.2 million", 1.2e6, "count", "well-located new homes to be delivered")
NCVER = dict(speaker="National Centre for Vocational Education Research", aliases=["NCVER"])
a(
    "612,400",
    612400,
    "count",
    "Australians enrolled in a Free TAFE course",
    period="by the end of December 2026",
    **NCVER,
)
a(
    "Around 38 per cent",
    38,
    "percent",
    "share of Free TAFE students in skills priority fields",
    q="approximate",
    unit="percent",
)
a(
    "almost two-thirds",
    66.67,
    "percent",
    "women's share of Free TAFE enrolments",
    q="nearly",
    unit="percent",
)
a("more than 71,000", 71000, "count", "First Nations Free TAFE students", q="more_than")
a("five-year", 5, "duration", "term of the National Skills Agreement", unit="year", opt=True)
a(
    "$12.6 billion",
    12.6e9,
    "money",
    "Commonwealth funding of the National Skills Agreement",
    unit="AUD",
)
JSA = dict(speaker="Jobs and Skills Australia", aliases=["JSA"])
a("83,000", 83000, "count", "additional construction workers needed by mid-2028", **JSA)
a("31", 31, "count", "construction occupations in national shortage", **JSA)
a("45", 45, "count", "construction occupations assessed", after="31 of the ", **JSA)
a(
    "6 percentage points",
    6,
    "percent",
    "higher completion rate of Free TAFE students",
    unit="percentage point",
    **AG,
)
a(
    "More than 600,000",
    600000,
    "count",
    "Australians who have taken up a Free TAFE place",
    q="more_than",
    after="changing lives. ",
    **AG,
)
a(
    "almost half",
    50,
    "percent",
    "share of Free TAFE students who never studied after school",
    q="nearly",
    unit="percent",
    **AG,
)
a("20,000", 20000, "count", "new construction training places", after="these ", **AG)
a(
    "around 150,000",
    150000,
    "count",
    "fall in apprentice numbers under the Coalition",
    q="approximate",
    **AG,
)
a("184,000", 184000, "count", "Victorians who started a free TAFE course", **GT)
a(
    "Four in five",
    80,
    "percent",
    "share of Victorian graduates employed or in further study",
    unit="percent",
    **GT,
)
a("six months", 6, "duration", "period after finishing", unit="month", opt=True, **GT)
a("4,500", 4500, "count", "new places Victoria will add", **GT)
a("900", 900, "count", "new places in regional Victoria", **GT)
a(
    "about 70 per cent",
    70,
    "percent",
    "share of electrical apprentices trained by TAFEs",
    q="approximate",
    unit="percent",
    speaker="Craig Robertson",
    aliases=["TAFE Directors Australia", "Robertson"],
)
a(
    "up to $10,000",
    10000,
    "money",
    "Key Apprenticeship Program payment to apprentices",
    q="at_most",
    unit="AUD",
)

# 1002: AP wildfire story with shifting tolls (Wednesday 3 March 2027).
doc("1002_ap-texas-panhandle-wildfire-2027-03-03.txt", "2027-03-03", None)
TFS = dict(speaker="Texas A&M Forest Service", aliases=["Forest Service", "Texas Forest Service"])
LJ = dict(speaker="Lisa Johnson", aliases=["Hemphill County Judge Lisa Johnson", "Johnson"])
GA = dict(speaker="Greg Abbott", aliases=["Gov. Greg Abbott", "Abbott", "Governor Greg Abbott"])
EO = dict(speaker="Erin O'Connor", aliases=["O'Connor", "Texas A&M Forest Service"])
a("4", 4, "count", "people killed by the wildfire", opt=True)
a("at least four", 4, "count", "people killed by the wildfire", q="at_least")
a("about 300", 300, "count", "homes destroyed by the wildfire", q="approximate")
a(
    "roughly 410,000 acres",
    410000,
    "measure",
    "area burned by the Red Deer Creek fire",
    q="approximate",
    unit="acre",
    **TFS,
)
a(
    "166,000 hectares",
    166000,
    "measure",
    "area burned by the Red Deer Creek fire",
    unit="hectare",
    opt=True,
    **TFS,
)
a("15%", 15, "percent", "containment of the Red Deer Creek fire", unit="percent", **TFS)
a(
    "about 250,000 acres",
    250000,
    "measure",
    "area burned by Tuesday morning",
    q="approximate",
    unit="acre",
    period="Tuesday morning",
    date="2027-03-02",
    **TFS,
)
a("two", 2, "count", "dead found in a burned-out pickup", after="said ", **LJ)
a("about 2,300", 2300, "count", "population of Canadian", q="approximate")
a("83-year-old", 83, "measure", "age of a woman who died", unit="year", opt=True, **LJ)
a("two", 2, "count", "earlier death toll", after="stood at ")
a(
    "a hundred years",
    100,
    "duration",
    "time families have been on the land",
    unit="year",
    opt=True,
    **LJ,
)
a("14", 14, "count", "counties in the disaster declaration", date="2027-03-02", **GA)
a(
    "more than 600",
    600,
    "count",
    "firefighters sent by the state",
    q="more_than",
    date="2027-03-02",
    **GA,
)
a("90", 90, "count", "fire engines sent by the state", date="2027-03-02", **GA)
a(
    "nearly 1.5 million gallons",
    1.5e6,
    "measure",
    "retardant and water dropped by aircraft",
    q="nearly",
    unit="gallon",
    period="since Monday",
    **GA,
)
a("up to 60 mph", 60, "measure", "wind gusts expected Thursday", q="at_most", unit="mph", **EO)
a("97 kph", 97, "measure", "wind gusts expected Thursday", unit="km/h", opt=True, **EO)
a(
    "near 8%",
    8,
    "percent",
    "relative humidity expected Thursday",
    q="approximate",
    unit="percent",
    **EO,
)
a(
    "four or five miles",
    4,
    "measure",
    "distance a fire can move in an hour",
    q="range",
    unit="mile",
    low=4,
    high=5,
    opt=True,
    **EO,
)
XE = dict(speaker="Xcel Energy", aliases=["Xcel"])
a("about 7,800", 7800, "count", "Xcel customers without power", q="approximate", **XE)
a(
    "more than 20,000",
    20000,
    "count",
    "Xcel customers without power on Tuesday",
    q="more_than",
    **XE,
)
a(
    "at least 5,000",
    5000,
    "count",
    "cattle killed by the fire",
    q="at_least",
    speaker="Texas Department of Agriculture",
    aliases=["Department of Agriculture"],
)
a(
    "five figures",
    10000,
    "count",
    "possible cattle losses",
    q="at_least",
    opt=True,
    speaker="Sid Miller",
    aliases=["Agriculture Commissioner Sid Miller", "Miller"],
)
KD = dict(speaker="Kelly Dowd", aliases=["Dowd"])
a("57", 57, "measure", "age of Kelly Dowd", unit="year", opt=True)
a("140", 140, "count", "cows Kelly Dowd lost", **KD)
a("400", 400, "count", "cows in Kelly Dowd's herd", after="140 of his ", **KD)
a(
    "about 1,100",
    1100,
    "count",
    "meals served at the Red Cross shelter",
    q="approximate",
    period="since Tuesday",
)
a(
    "86",
    86,
    "count",
    "people who slept at the shelter Tuesday night",
    speaker="Tanya Ruiz",
    aliases=["Ruiz"],
)
a(
    "more than 1 million acres",
    1e6,
    "measure",
    "area scorched by the Smokehouse Creek fire",
    q="more_than",
    unit="acre",
    period="2024",
)
a("two", 2, "count", "people killed by the Smokehouse Creek fire", after="That fire killed ")
a(
    "an estimated 15,000",
    15000,
    "count",
    "cattle killed by the Smokehouse Creek fire",
    q="approximate",
)
a(
    "less than a quarter",
    25,
    "percent",
    "share of normal rainfall in parts of the Panhandle",
    q="less_than",
    unit="percent",
    period="since October",
    speaker="National Weather Service",
    aliases=["NWS"],
)

# 1003: NATO press conference transcript (Wednesday 17 March 2027).
doc(
    "1003_nato-rutte-defmin-presscon-2027-03-17.txt",
    "2027-03-17",
    "Mark Rutte",
    ["NATO Secretary General Mark Rutte", "Rutte", "NATO Secretary General", "Secretary General"],
)
a("5%", 5, "percent", "defence and security spending target by 2035", unit="percent")
a("at least 3.5%", 3.5, "percent", "core defence spending target", q="at_least", unit="percent")
a(
    "19%",
    19,
    "percent",
    "real-terms rise in European and Canadian defence spending",
    unit="percent",
    period="last year",
    speaker="NATO",
    aliases=["North Atlantic Treaty Organization", "Mark Rutte", "Rutte"],
)
a("32", 32, "count", "Allies spending at least 2% of GDP on defence")
a("at least 2%", 2, "percent", "defence spending as a share of GDP", q="at_least", unit="percent")
a("Ten years", 10, "duration", "time since few Allies met the 2% guideline", unit="year", opt=True)
a("three", 3, "count", "Allies spending 2% of GDP ten years ago", after="only ")
a("five times", 5, "measure", "increase needed in air and missile defence", unit="times", opt=True)
a(
    "more than 50 billion euros",
    50e9,
    "money",
    "Allied security assistance to Ukraine",
    q="more_than",
    unit="EUR",
    period="last year",
)
a("more than 20", 20, "count", "Allies and partners funding PURL packages", q="more_than")
a(
    "around 6 billion dollars",
    6e9,
    "money",
    "value of PURL packages of US equipment",
    q="approximate",
    unit="USD",
)
a(
    "over 4,100",
    4100,
    "count",
    "drones Russia fired at Ukrainian cities",
    q="more_than",
    period="February",
    speaker="Ukrainian Defence Minister",
    aliases=[
        "Defence Minister of Ukraine",
        "Minister of Defence of Ukraine",
        "Ukraine's Defence Minister",
        "Ministry of Defence of Ukraine",
    ],
)
a(
    "an estimated 2 million",
    2e6,
    "count",
    "artillery shells produced a year by NATO industry",
    q="approximate",
)
a(
    "about 300,000",
    300000,
    "count",
    "artillery shells produced a year in 2022",
    q="approximate",
    period="2022",
)
a(
    "around three times",
    3,
    "measure",
    "Russia's ammunition output relative to NATO's",
    q="approximate",
    unit="times",
    opt=True,
)
a(
    "3.5%",
    3.5,
    "percent",
    "German core defence spending goal for 2029",
    unit="percent",
    after="Berlin will reach ",
    speaker="Federal Ministry of Defence of Germany",
    aliases=[
        "German defence ministry",
        "German Ministry of Defence",
        "Germany",
        "Deutsche Welle",
        "Anja Feldmann",
    ],
    date="2027-03-16",
)
a(
    "almost a third",
    33.33,
    "percent",
    "fall in European aid to Ukraine",
    q="nearly",
    unit="percent",
    period="second half of last year",
    speaker="Kiel Institute",
    aliases=["Kiel Institute for the World Economy", "Deutsche Welle", "Anja Feldmann"],
)
a(
    "4.8%",
    4.8,
    "percent",
    "Poland's defence spending as a share of GDP",
    unit="percent",
    period="this year",
    speaker="Polish Press Agency",
    aliases=["PAP", "Marek Zielinski"],
)
a("over 500,000", 500000, "count", "NATO troops at high readiness", q="more_than")
a(
    "30 days",
    30,
    "duration",
    "time within which high-readiness troops can move",
    unit="day",
    opt=True,
)
a(
    "up to 10,000",
    10000,
    "count",
    "US troops that could be withdrawn from Europe",
    q="at_most",
    period="next year",
    speaker="United States Secretary of Defense",
    aliases=[
        "US Defense Secretary",
        "Secretary of Defense",
        "Pete Hegseth",
        "Department of Defense",
        "Reuters",
        "Sabine Laurent",
    ],
)
a("around 80,000", 80000, "count", "US troops in Europe", q="approximate")

# 1004: Xinhua article on quarterly customs trade data (Tuesday 13 April 2027).
doc("1004_xinhua-customs-q1-trade-2027-04-13.txt", "2027-04-13", None)
GAC = dict(speaker="General Administration of Customs", aliases=["GAC", "customs"])
LD = dict(speaker="Lyu Daliang", aliases=["Lyu"])
ZM = dict(speaker="Zhou Mi", aliases=["Zhou"])
a("4.1 pct", 4.1, "percent", "growth of foreign trade in Q1", unit="percent", opt=True)
a(
    "4.1 percent",
    4.1,
    "percent",
    "year-on-year growth of foreign trade in goods",
    unit="percent",
    subject="China",
    period="first quarter of 2027",
)
a(
    "10.87 trillion yuan",
    10.87e12,
    "money",
    "foreign trade in goods",
    unit="CNY",
    period="first quarter of 2027",
)
a(
    "about 1.51 trillion U.S. dollars",
    1.51e12,
    "money",
    "foreign trade in goods",
    q="approximate",
    unit="USD",
    opt=True,
)
a("6.7 percent", 6.7, "percent", "year-on-year rise in exports", unit="percent", **GAC)
a("6.28 trillion yuan", 6.28e12, "money", "exports", unit="CNY", **GAC)
a("0.8 percent", 0.8, "percent", "rise in imports", unit="percent", **GAC)
a("4.59 trillion yuan", 4.59e12, "money", "imports", unit="CNY", **GAC)
a(
    "9.2 percent",
    9.2,
    "percent",
    "year-on-year export growth in March",
    unit="percent",
    period="March",
    **GAC,
)
a(
    "3.4-percent",
    3.4,
    "percent",
    "export growth in January-February",
    unit="percent",
    period="January-February",
    opt=True,
    **GAC,
)
a(
    "583,000",
    583000,
    "count",
    "enterprises with actual import and export performance",
    period="first quarter",
    **LD,
)
a("7.6 percent", 7.6, "percent", "increase in trading enterprises", unit="percent", **LD)
a(
    "51.8 percent",
    51.8,
    "percent",
    "share of trade with Belt and Road partner countries",
    unit="percent",
    **LD,
)
a(
    "0.9 percentage points",
    0.9,
    "percent",
    "rise in the Belt and Road share of trade",
    unit="percentage point",
    **LD,
)
a("8.3 percent", 8.3, "percent", "growth of trade with ASEAN", unit="percent")
a("1.79 trillion yuan", 1.79e12, "money", "trade with ASEAN", unit="CNY")
a("14.5 percent", 14.5, "percent", "growth of trade with Africa", unit="percent")
a(
    "60.4 percent",
    60.4,
    "percent",
    "share of electromechanical products in exports",
    unit="percent",
    **LD,
)
a("7.9 percent", 7.9, "percent", "growth of electromechanical exports", unit="percent", **LD)
a("41.2 percent", 41.2, "percent", "rise in industrial robot exports", unit="percent")
a("18.6 percent", 18.6, "percent", "rise in integrated circuit exports", unit="percent")
a("2.2 percent", 2.2, "percent", "growth of trade with the European Union", unit="percent", **GAC)
a("5.7 percent", 5.7, "percent", "fall in trade with the United States", unit="percent", **GAC)
a(
    "nearly 10 percentage points",
    10,
    "percent",
    "rise in emerging markets' share of exports",
    q="nearly",
    unit="percentage point",
    **ZM,
)
a("five years", 5, "duration", "period of the rise", unit="year", opt=True, **ZM)
a(
    "around 3 percent",
    3,
    "percent",
    "expected full-year foreign trade growth",
    q="approximate",
    unit="percent",
    period="the whole year",
    **ZM,
)
MOF = dict(
    speaker="Ministry of Commerce", aliases=["MOFCOM", "Commerce Ministry"], date="2027-04-12"
)
a(
    "680 billion yuan",
    680e9,
    "money",
    "cross-border e-commerce imports and exports",
    unit="CNY",
    period="first quarter",
    **MOF,
)
a("12 percent", 12, "percent", "growth of cross-border e-commerce trade", unit="percent", **MOF)
a("45.5 trillion yuan", 45.5e12, "money", "China's total foreign trade", unit="CNY", period="2026")
a(
    "ninth consecutive year",
    9,
    "duration",
    "consecutive years of trade growth",
    unit="year",
    opt=True,
)

# 1005: Guardian-style article on a government report (Thursday 18 March 2027).
doc("1005_guardian-school-absence-report-2027-03-18.txt", "2027-03-18", None)
DFE = dict(speaker="Department for Education", aliases=["DfE", "government"])
BP = dict(speaker="Bridget Phillipson", aliases=["Phillipson", "education secretary"])
LT = dict(speaker="Laura Trott", aliases=["Trott", "shadow education secretary"])
LP = dict(speaker="Lynn Perry", aliases=["Perry", "Barnardo's"])
a("One in six", 16.67, "percent", "share of pupils persistently absent", unit="percent", opt=True)
a(
    "Almost one in six",
    16.67,
    "percent",
    "share of pupils persistently absent",
    q="nearly",
    unit="percent",
    period="last year",
    **DFE,
)
a(
    "at least a tenth",
    10,
    "percent",
    "share of lessons missed defining persistent absence",
    q="at_least",
    unit="percent",
    opt=True,
    **DFE,
)
a(
    "16.4%",
    16.4,
    "percent",
    "share of pupils persistently absent",
    unit="percent",
    period="2025-26 school year",
    **DFE,
)
a("22.5%", 22.5, "percent", "persistent absence rate at the 2021-22 peak", unit="percent", **DFE)
a("10.9%", 10.9, "percent", "pre-pandemic persistent absence rate", unit="percent", **DFE)
a("About 142,000", 142000, "count", "children severely absent", q="approximate", **DFE)
a(
    "half or more",
    50,
    "percent",
    "share of school time missed defining severe absence",
    q="at_least",
    unit="percent",
    opt=True,
    **DFE,
)
a(
    "nearly double",
    2,
    "measure",
    "severe absence relative to before Covid",
    q="nearly",
    unit="times",
    opt=True,
)
a(
    "more than twice",
    2,
    "measure",
    "likelihood of persistent absence of free school meal pupils",
    q="more_than",
    unit="times",
    opt=True,
)
a("34%", 34, "percent", "persistent absence rate of secondary pupils on free meals", unit="percent")
a("around 95,000", 95000, "count", "more children in school every day", q="approximate", **BP)
a("400", 400, "count", "further schools in the attendance mentors programme", **BP)
a("£28m", 28e6, "money", "funding of the attendance mentors extension", unit="GBP", **BP)
a(
    "about 30",
    30,
    "count",
    "families each attendance mentor works with a year",
    q="approximate",
    **BP,
)
a(
    "41%",
    41,
    "percent",
    "fall in fines for unauthorised holidays since the election",
    unit="percent",
    **LT,
)
a(
    "1.3 million",
    1.3e6,
    "count",
    "school days lost to term-time holidays",
    period="last autumn",
    **LT,
)
a("a third", 33.33, "percent", "rise in referrals for school-related anxiety", unit="percent", **LP)
a("two years", 2, "duration", "period of the rise in referrals", unit="year", opt=True, **LP)
a("more than 4 million", 4e6, "count", "children living in poverty in the UK", q="more_than", **LP)
a(
    "1 in 5",
    20,
    "percent",
    "share of persistently absent children surveyed with an unmet special educational need",
    unit="percent",
    speaker="Rachel de Souza",
    aliases=["Children's Commissioner for England", "Children's Commissioner", "de Souza"],
)
a(
    "62%",
    62,
    "percent",
    "share of NAHT members who cut pastoral staff",
    unit="percent",
    period="past year",
    speaker="Paul Whiteman",
    aliases=["Whiteman", "NAHT"],
)
a(
    "three years",
    3,
    "duration",
    "period of the attendance programme cost",
    unit="year",
    opt=True,
    **DFE,
)
a("£112m", 112e6, "money", "total cost of the attendance programme", unit="GBP", **DFE)

# 1006: UNHCR Geneva briefing note (Friday 19 March 2027).
doc(
    "1006_unhcr-afghan-returns-briefing-2027-03-19.txt",
    "2027-03-19",
    "Marta Delgado",
    ["Delgado", "UNHCR", "UN Refugee Agency", "UNHCR spokesperson Marta Delgado"],
)
a(
    "more than 410,000",
    410000,
    "count",
    "Afghans returned or deported from Iran and Pakistan",
    q="more_than",
    period="since 1 January",
)
a(
    "almost three times",
    3,
    "measure",
    "returns relative to the same period last year",
    q="nearly",
    unit="times",
    opt=True,
)
a(
    "some 38,000",
    38000,
    "count",
    "people who crossed back through the border points",
    q="approximate",
    period="past week",
)
a(
    "around 60 per cent",
    60,
    "percent",
    "share of women and children among arrivals",
    q="approximate",
    unit="percent",
)
a("one in four", 25, "percent", "share of returnee households headed by a woman", unit="percent")
AJ = dict(
    speaker="Arafat Jamal",
    aliases=["Jamal", "UNHCR's Representative in Afghanistan"],
    date="2027-03-17",
)
a(
    "up to 7,000",
    7000,
    "count",
    "people received a day at Herat reception centres",
    q="at_most",
    **AJ,
)
a(
    "more than double",
    2,
    "measure",
    "arrivals relative to reception centre capacity",
    q="more_than",
    unit="times",
    opt=True,
    **AJ,
)
a(
    "below minus 5 degrees Celsius",
    -5,
    "measure",
    "night temperatures in border areas",
    q="less_than",
    unit="degree Celsius",
    **AJ,
)
a(
    "about 150 US dollars",
    150,
    "money",
    "one-time cash grant per returnee",
    q="approximate",
    unit="USD",
)
a("45 per cent", 45, "percent", "share of eligible families assisted", unit="percent")
a(
    "612 million US dollars",
    612e6,
    "money",
    "UNHCR 2027 appeal for the Afghanistan situation",
    unit="USD",
)
a("11 per cent", 11, "percent", "share of the appeal funded", unit="percent")
a("14", 14, "count", "health and protection facilities closed", after="already closed ")
a("52", 52, "count", "health and protection facilities run with partners", after="14 of our ")
a(
    "more than 2.4 million",
    2.4e6,
    "count",
    "Afghans who returned from Iran and Pakistan",
    q="more_than",
    period="2026",
    speaker="International Organization for Migration",
    aliases=["IOM"],
)
HNRP = dict(
    speaker="United Nations", aliases=["UN", "Humanitarian Needs and Response Plan", "OCHA"]
)
a(
    "22.9 million",
    22.9e6,
    "count",
    "people in Afghanistan needing humanitarian assistance",
    period="this year",
    **HNRP,
)
a(
    "roughly half",
    50,
    "percent",
    "share of Afghanistan's population needing assistance",
    q="approximate",
    unit="percent",
    **HNRP,
)

# 1007: company earnings press release (Thursday 4 March 2027).
doc("1007_cascade-outdoor-q4-results-2027-03-04.txt", "2027-03-04", None)
COB = dict(
    speaker="Cascade Outdoor Brands",
    aliases=["Cascade Outdoor Brands, Inc.", "Cascade", "the Company", "COB"],
)
MH = dict(speaker="Melissa Harlan", aliases=["Harlan"])
DO = dict(speaker="David Okafor", aliases=["Okafor"])
a("$412.6 million", 412.6e6, "money", "fourth quarter net sales", unit="USD", opt=True)
a("8.4%", 8.4, "percent", "growth of fourth quarter net sales", unit="percent", opt=True)
a("$2.31", 2.31, "money", "full-year adjusted EPS", unit="USD", opt=True)
a("$150 million", 150e6, "money", "share repurchase authorization", unit="USD", opt=True)
a(
    "8.4%",
    8.4,
    "percent",
    "increase in fourth quarter net sales",
    unit="percent",
    after="Net sales increased ",
)
a(
    "$412.6 million",
    412.6e6,
    "money",
    "fourth quarter net sales",
    unit="USD",
    after="Net sales increased ",
)
a("$380.6 million", 380.6e6, "money", "net sales in the fourth quarter of 2025", unit="USD")
a("$0.87", 0.87, "money", "fourth quarter diluted earnings per share", unit="USD")
a("$0.61", 0.61, "money", "diluted earnings per share a year ago", unit="USD")
a("$300 million", 300e6, "money", "annual sales of the Ridgeline footwear brand", unit="USD", **MH)
a("11", 11, "count", "new stores opened", after="we opened ", **MH)
a("94", 94, "count", "stores at year-end", **MH)
a("5.1%", 5.1, "percent", "growth of fiscal 2026 net sales", unit="percent")
a("$1.38 billion", 1.38e9, "money", "fiscal 2026 net sales", unit="USD")
a("$96 million", 96e6, "money", "cash returned to shareholders", unit="USD", **DO)
a(
    "approximately 90 basis points",
    90,
    "percent",
    "gross margin reduction from tariff costs",
    q="approximate",
    unit="basis point",
    **DO,
)
a(
    "about two-thirds",
    66.67,
    "percent",
    "share of the tariff impact mitigated",
    q="approximate",
    unit="percent",
    **DO,
)
a(
    "up to $150 million",
    150e6,
    "money",
    "new share repurchase authorization",
    q="at_most",
    unit="USD",
)
a("$0.24", 0.24, "money", "quarterly dividend per share", unit="USD")
a("9%", 9, "percent", "dividend increase", unit="percent", after="an increase of ")
a(
    "$1.44 billion to $1.47 billion",
    1.44e9,
    "money",
    "fiscal 2027 net sales outlook",
    q="range",
    unit="USD",
    low=1.44e9,
    high=1.47e9,
    **COB,
)
a(
    "4% to 6%",
    4,
    "percent",
    "fiscal 2027 net sales growth outlook",
    q="range",
    unit="percent",
    low=4,
    high=6,
    **COB,
)
a(
    "approximately 44%",
    44,
    "percent",
    "fiscal 2027 gross margin outlook",
    q="approximate",
    unit="percent",
    **COB,
)
a(
    "$2.45 to $2.60",
    2.45,
    "money",
    "fiscal 2027 adjusted diluted EPS outlook",
    q="range",
    unit="USD",
    low=2.45,
    high=2.60,
    **COB,
)
a(
    "about $55 million",
    55e6,
    "money",
    "fiscal 2027 capital expenditures outlook",
    q="approximate",
    unit="USD",
    **COB,
)
a("12 to 14", 12, "count", "new stores planned in fiscal 2027", q="range", low=12, high=14, **COB)
a("more than 40", 40, "count", "countries where Cascade sells its brands", q="more_than")

GOLD.build()
