"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout16/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout15, see README.md): headline and standfirst
# figures optional; the page's own voice and unnamed sources ("officials said", "several
# diplomats", "some industry insiders", "industry estimates suggest", "analysts polled by",
# "forecasters said", "parents ... said") have speaker None, judged sentence by sentence; in a
# transcript an unattributed sentence of a turn is the turn's speaker, the outlet that asks
# speaks for its question, and a figure a question attributes is that source's (the outlet an
# alias); "according to X" / "data from X show" / "X data published today show" are X; a figure
# an official relays from a minister is the minister's, dated the day they said it; every
# sentence of a multi-sentence quote is the quoted speaker's; "he said", "she added", "Tang
# said" are the person named before; date = the day the claim was stated ("on Monday",
# "yesterday", "last Thursday", "in an interview Tuesday" resolved against the publication day;
# "last week" keeps the publication day; a day that dates the event inside the statement, not
# the statement, keeps the publication day); time spans that only date a figure, compound
# adjectives, ordinals of a run, age thresholds that define a group, a count describing a person,
# a vote tally and a unit conversion in brackets are optional.

# 1600: MFA regular press conference (Tuesday 13 June 2028).
doc("1600_mfa-guo-jiakun-presscon-2028-06-13.txt", "2028-06-13", "Guo Jiakun", ["Guo"])
a(
    "46.8 billion US dollars",
    46.8e9,
    "money",
    "China-Kazakhstan bilateral trade",
    unit="USD",
    period="last year",
)
a("12 percent", 12, "percent", "year-on-year growth of bilateral trade", unit="percent")
a(
    "nearly 9,500",
    9500,
    "count",
    "China-Europe freight train trips crossing Kazakhstan",
    q="nearly",
    period="last year",
)
a("more than 20", 20, "count", "cooperation documents to be signed", q="more_than")
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi", "Wang"], date="2028-06-12")
a(
    "more than 3,000 tonnes",
    3000,
    "measure",
    "relief supplies delivered to Gaza through the Rafah crossing",
    q="more_than",
    unit="tonne",
    subject="China",
    period="since last October",
    **WY,
)
a(
    "100 million yuan",
    100e6,
    "money",
    "further emergency humanitarian assistance",
    unit="CNY",
    subject="China",
    **WY,
)
a("About 1.9 million", 1.9e6, "count", "people in Gaza depending on aid", q="approximate", **WY)
JMOD = dict(
    speaker="Ministry of Defense of Japan",
    aliases=["Japan's Ministry of Defense", "Ministry of Defense", "AFP"],
    date="2028-06-11",
)
a(
    "29 days",
    29,
    "duration",
    "days Chinese coast guard vessels were in the contiguous zone",
    unit="day",
    period="May",
    **JMOD,
)
a(
    "17 consecutive days",
    17,
    "duration",
    "days a Chinese carrier group operated in the Western Pacific",
    unit="day",
    **JMOD,
)
IEA = dict(speaker="International Energy Agency", aliases=["IEA", "CCTV"])
a(
    "nearly two-thirds",
    66.67,
    "percent",
    "China's share of global electric car sales",
    q="nearly",
    unit="percent",
    subject="China",
    period="last year",
    **IEA,
)
a(
    "16.2 million",
    16.2e6,
    "count",
    "new energy vehicles produced",
    subject="China",
    period="last year",
)
a(
    "roughly one fifth",
    20,
    "percent",
    "exports' share of new energy vehicle output",
    q="approximate",
    unit="percent",
)
a(
    "45 million",
    45e6,
    "count",
    "expected global demand for electric vehicles by 2030",
    speaker="International Energy Agency",
    aliases=["IEA", "Guo Jiakun"],
)
a(
    "around 30,000 euros",
    30000,
    "money",
    "minimum import price per Chinese electric car",
    q="approximate",
    unit="EUR",
    speaker="Financial Times",
    aliases=["Bloomberg"],
    date="2028-06-12",
)
a("more than 10", 10, "count", "rounds of China-EU price undertaking consultations", q="more_than")
a(
    "over 70",
    70,
    "count",
    "countries signing a joint statement supporting China",
    q="more_than",
    speaker=None,
)
a("76", 76, "count", "countries on whose behalf Cuba delivered the joint statement")
a("20-plus", 20, "count", "countries supporting through separate statements", q="more_than")
a(
    "50th anniversary",
    50,
    "anniversary",
    "anniversary of China-Oman diplomatic relations",
    speaker="Global Times",
    aliases=[],
)
a("50 years", 50, "duration", "years of China-Oman relations", unit="year", opt=True)
a(
    "12 consecutive years",
    12,
    "duration",
    "years as Oman's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "about 40 million tonnes",
    40e6,
    "measure",
    "crude oil supplied by Oman to China",
    q="approximate",
    unit="tonne",
    subject="Oman",
    period="last year",
)

# 1601: Ministry of Transport regular press conference (Tuesday 27 June 2028).
doc("1601_mot-regular-presscon-2028-06-27.txt", "2028-06-27", None)
XU = dict(speaker="Xu Chenglin", aliases=["Xu"])
a("5.02 billion", 5.02e9, "count", "cross-regional passenger trips", period="May", **XU)
a("4.1%", 4.1, "percent", "year-on-year growth of passenger trips", unit="percent", **XU)
a("1.53 billion tonnes", 1.53e9, "measure", "port cargo throughput", unit="tonne", **XU)
a("3.6%", 3.6, "percent", "growth of port cargo throughput", unit="percent", **XU)
a("29.8 million TEUs", 29.8e6, "measure", "container throughput", unit="TEU", **XU)
a(
    "281.6 billion yuan",
    281.6e9,
    "money",
    "fixed-asset investment in transport",
    unit="CNY",
    period="May",
    **XU,
)
ZH = dict(speaker="Zhang Hui", aliases=["Zhang"])
a(
    "exceed 11 billion",
    11e9,
    "count",
    "expected cross-regional passenger trips in the summer season",
    q="more_than",
    **ZH,
)
a(
    "about 80 percent",
    80,
    "percent",
    "self-driving trips' share of the total",
    q="approximate",
    unit="percent",
    **ZH,
)
a("148 million", 148e6, "count", "expected civil aviation passengers", **ZH)
a("1,200", 1200, "count", "extra trains on peak days", **ZH)
a(
    "passed 40 million",
    40e6,
    "count",
    "new energy vehicles on China's roads",
    q="more_than",
    speaker="China Association of Automobile Manufacturers",
    aliases=["CAAM", "China Economic Daily"],
)
a(
    "98.6 percent",
    98.6,
    "percent",
    "share of expressway service areas with charging facilities",
    unit="percent",
    **ZH,
)
a("36,000", 36000, "count", "charging piles at expressway service areas", **ZH)
a(
    "5,000",
    5000,
    "count",
    "ultra-fast chargers to be added along expressways",
    speaker="Liu Wei",
    aliases=["Minister Liu Wei"],
    date="2028-06-22",
)
a(
    "more than 3,000",
    3000,
    "count",
    "service areas with real-time queue information",
    q="more_than",
    **ZH,
)
a(
    "about 40 percent",
    40,
    "percent",
    "fall in the cost of shipping a container to Rotterdam",
    q="approximate",
    unit="percent",
    period="since March",
    speaker=None,
)
SSE = dict(speaker="Shanghai Shipping Exchange", aliases=["Qiao Ning"])
a("18%", 18, "percent", "fall in the China Containerized Freight Index", unit="percent", **SSE)
a(
    "three consecutive months",
    3,
    "duration",
    "months the freight index rose before May",
    unit="month",
    **SSE,
)
QN = dict(speaker="Qiao Ning", aliases=["Qiao"])
a("more than 600", 600, "count", "ports connected with China's ports", q="more_than", **QN)
a("over 200", 200, "count", "countries and regions connected", q="more_than", **QN)
a("1,020", 1020, "count", "international container liner routes", **QN)
a(
    "five months",
    5,
    "duration",
    "period of the coastal container figure",
    unit="month",
    opt=True,
    **QN,
)
a(
    "7.2%",
    7.2,
    "percent",
    "growth of container throughput at coastal ports",
    unit="percent",
    period="first five months",
    **QN,
)
a("about 17 million", 17e6, "count", "truck drivers nationwide", q="approximate", **XU)
a(
    "9,200 yuan",
    9200,
    "money",
    "average monthly income of truck drivers",
    unit="CNY",
    period="first quarter",
    speaker="China Federation of Logistics and Purchasing",
    aliases=["CFLP", "Xu Chenglin"],
)
a(
    "1,860",
    1860,
    "count",
    "drivers' homes built or upgraded",
    period="since the beginning of the year",
    **XU,
)
a("500", 500, "count", "drivers' homes to be added this year", after="add another ", **XU)

# 1602: Defra / Environment Agency press release (Tuesday 4 July 2028).
doc("1602_defra-water-penalties-release-2028-07-04.txt", "2028-07-04", None)
ER = dict(speaker="Emma Reynolds", aliases=["Environment Secretary Emma Reynolds", "Reynolds"])
a("£142 million", 142e6, "money", "water company penalties", unit="GBP", opt=True)
a("85", 85, "count", "local projects funded by fines", opt=True)
a(
    "£142 million",
    142e6,
    "money",
    "fines and enforcement undertakings ordered on water companies",
    unit="GBP",
    period="over the past year",
    after="pay a record ",
    **ER,
)
a("85", 85, "count", "projects supported by the Water Restoration Fund", after="will support ")
a("up to £500,000", 500000, "money", "maximum grant", q="at_most", unit="GBP")
EA = dict(speaker="Environment Agency", aliases=["EA"])
a("11%", 11, "percent", "fall in sewage spills from storm overflows", unit="percent", **EA)
a("412,000", 412000, "count", "sewage spills from storm overflows", period="last year", **EA)
a("four years", 4, "duration", "period since the last fall in spills", unit="year", opt=True, **EA)
a("2.9 million hours", 2.9e6, "measure", "total duration of spills", unit="hour")
a(
    "Around two-thirds",
    66.67,
    "percent",
    "share of overflows fitted with real-time monitors",
    q="approximate",
    unit="percent",
)
a("81", 81, "count", "criminal investigations into water companies", period="last year", **ER)
PD = dict(speaker="Philip Duffy", aliases=["Duffy"])
a("500", 500, "count", "additional Environment Agency officers recruited", after="recruited ", **PD)
a(
    "around 4,000",
    4000,
    "count",
    "inspections of water company sites a year",
    q="approximate",
    **PD,
)
a(
    "9",
    9,
    "count",
    "water company executives whose bonuses were blocked",
    speaker="UK Government",
    aliases=["the government", "HM Government", "Department for Environment, Food & Rural Affairs"],
)
RT = dict(speaker="The Rivers Trust", aliases=["Rivers Trust"])
a(
    "14%",
    14,
    "percent",
    "share of rivers in England in good ecological health",
    unit="percent",
    **RT,
)
a(
    "more than 1,500 miles",
    1500,
    "measure",
    "bathing-quality river stretches affected by sewage",
    q="more_than",
    unit="mile",
    **RT,
)
WU = dict(speaker="Water UK", aliases=[])
a("£104 billion", 104e9, "money", "planned water company investment", unit="GBP", **WU)
a("five years", 5, "duration", "investment period", unit="year", opt=True, **WU)
a("halve", 50, "percent", "expected fall in spills by 2030", unit="percent", opt=True, **WU)
a("three years", 3, "duration", "deadline for completing projects", unit="year", opt=True)
a("10%", 10, "percent", "maximum fine as a share of annual turnover", unit="percent")

# 1603: AFP wire story on a heatwave (Friday 2 June 2028).
doc("1603_afp-pakistan-heatwave-2028-06-02.txt", "2028-06-02", None)
a("at least 68", 68, "count", "heatwave deaths in Sindh", q="at_least", subject="Sindh")
a(
    "topped 50 degrees Celsius",
    50,
    "measure",
    "temperatures",
    q="more_than",
    unit="degree Celsius",
)
a("122 degrees Fahrenheit", 122, "measure", "temperatures", unit="degree Fahrenheit", opt=True)
a(
    "112",
    112,
    "count",
    "bodies collected from the streets of Karachi",
    period="since Monday",
    speaker="Edhi Foundation",
    aliases=[],
)
FE = dict(speaker="Faisal Edhi", aliases=["Edhi"])
a("200", 200, "count", "bodies the cold storage can hold", **FE)
a("180", 180, "count", "bodies in cold storage", **FE)
a("60", 60, "count", "ambulances on duty", **FE)
a("35", 35, "count", "water distribution points", **FE)
a(
    "more than 2,300",
    2300,
    "count",
    "patients treated for heatstroke in government hospitals",
    q="more_than",
    speaker="Azra Fazal Pechuho",
    aliases=["Pechuho"],
    date="2028-06-01",
)
PMD = dict(speaker="Pakistan Meteorological Department", aliases=["PMD"])
a("51.5C", 51.5, "measure", "temperature recorded in Jacobabad", unit="degree Celsius", **PMD)
a(
    "at least four more days",
    4,
    "duration",
    "expected persistence of the heat",
    q="at_least",
    unit="day",
    **PMD,
)
a("more than 20 million", 20e6, "count", "population of Karachi", q="more_than")
a("up to 12 hours", 12, "duration", "length of daily blackouts", q="at_most", unit="hour")
a(
    "3,900 megawatts",
    3900,
    "measure",
    "record electricity demand in Karachi",
    unit="MW",
    speaker="K-Electric",
    aliases=[],
)
a("nearly a week", 1, "duration", "time without piped water", q="nearly", unit="week", opt=True)
a("41-year-old", 41, "measure", "age of the resident", unit="year", opt=True)
a("five", 5, "count", "children of the resident", after="mother of ", opt=True)
a("more than 1,200", 1200, "count", "deaths in the 2015 Karachi heatwave", q="more_than")
a("around 240 million", 240e6, "count", "population of Pakistan", q="approximate")
a(
    "less than one percent",
    1,
    "percent",
    "Pakistan's share of global greenhouse gas emissions",
    q="less_than",
    unit="percent",
)
a(
    "about 35 times",
    35,
    "measure",
    "increase in likelihood of the April heatwave due to warming",
    q="approximate",
    unit="times",
    speaker="World Weather Attribution",
    aliases=["WWA"],
)

# 1604: FAO news release (Friday 7 July 2028).
doc("1604_fao-food-price-index-2028-07-07.txt", "2028-07-07", None)
FAO = dict(speaker="Food and Agriculture Organization of the United Nations", aliases=["FAO"])
a("second", 2, "count", "consecutive months of rising food prices", opt=True, **FAO)
a("128.4 points", 128.4, "measure", "FAO Food Price Index", unit="point", period="June")
a("1.2 percent", 1.2, "percent", "monthly rise in the Food Price Index", unit="percent")
a("5.7 percent", 5.7, "percent", "annual rise in the Food Price Index", unit="percent")
a(
    "about 20 percent",
    20,
    "percent",
    "gap between the index and its March 2022 peak",
    q="approximate",
    unit="percent",
)
a("4.8 percent", 4.8, "percent", "rise in the Vegetable Oil Price Index", unit="percent")
MT = dict(speaker="Maximo Torero", aliases=["Torero"])
a("third", 3, "count", "straight months of rising palm oil prices", opt=True, **MT)
a(
    "almost 20 percent",
    20,
    "percent",
    "rise in the vegetable oil index over the past year",
    q="nearly",
    unit="percent",
    **MT,
)
a("2.1 percent", 2.1, "percent", "rise in the Dairy Price Index", unit="percent")
a("0.9 percent", 0.9, "percent", "decline in the Cereal Price Index", unit="percent")
a("third", 3, "count", "months of falling wheat prices", after="fell for the ", opt=True)
a("2.4 percent", 2.4, "percent", "drop in the All Rice Price Index", unit="percent")
a("3.3 percent", 3.3, "percent", "fall in the Sugar Price Index", unit="percent")
a(
    "2 897 million tonnes",
    2.897e9,
    "measure",
    "forecast world cereal production",
    unit="tonne",
    period="2028",
    **FAO,
)
a("1.1 percent", 1.1, "percent", "rise in cereal production from last year", unit="percent", **FAO)
a("904 million tonnes", 904e6, "measure", "expected world cereal stocks", unit="tonne")
a("30.9 percent", 30.9, "percent", "global cereal stocks-to-use ratio", unit="percent")
LB = dict(speaker="Lorenzo Bellini", aliases=["Bellini"], date="2028-07-06")
a("some 45", 45, "count", "low-income food-deficit countries", q="approximate", **LB)
a(
    "an estimated 12 percent",
    12,
    "percent",
    "rise in food import spending from 2026",
    q="approximate",
    unit="percent",
    **LB,
)
a(
    "58 million tonnes",
    58e6,
    "measure",
    "global rice trade",
    unit="tonne",
    speaker="Agricultural Market Information System",
    aliases=["AMIS"],
)

# 1605: China Daily article (Tuesday 20 June 2028).
doc("1605_chinadaily-silver-economy-care-2028-06-20.txt", "2028-06-20", None)
MCA = dict(speaker="Ministry of Civil Affairs", aliases=["MCA", "the ministry"])
a("318 million", 318e6, "count", "people aged 60 and above", subject="China", **MCA)
a("60", 60, "measure", "age threshold of older people", unit="year", after="aged ", opt=True)
a("22.6 percent", 22.6, "percent", "older people's share of the population", unit="percent", **MCA)
a("about 45 million", 45e6, "count", "people aged 80 or older", q="approximate")
a("80", 80, "measure", "age threshold", unit="year", after="million are ", opt=True)
TC = dict(
    speaker="Tang Chengpei",
    aliases=["Tang", "Vice-Minister of Civil Affairs Tang Chengpei"],
    date="2028-06-19",
)
a("410,000", 410000, "count", "elderly care institutions and community facilities", **TC)
a("8.2 million", 8.2e6, "count", "elderly care beds", **TC)
a(
    "about 62 percent",
    62,
    "percent",
    "share of institutional beds designed for nursing care",
    q="approximate",
    unit="percent",
    **TC,
)
a("48 percent", 48, "percent", "share of nursing-care beds five years ago", unit="percent", **TC)
a(
    "five years",
    5,
    "duration",
    "period of comparison",
    unit="year",
    after="48 percent ",
    opt=True,
    **TC,
)
a("1 million", 1e6, "count", "more elderly care workers to be trained by 2030", **TC)
a(
    "at least one",
    1,
    "count",
    "nursing homes with a dementia unit per county",
    q="at_least",
    opt=True,
    **TC,
)
a("More than 72,000", 72000, "count", "community canteens for seniors", q="more_than", **MCA)
a("6 million", 6e6, "count", "meals served a day by community canteens", **MCA)
LH = dict(speaker="Li Hong", aliases=["Li"])
a("around 450", 450, "count", "lunches served a day by the canteen", q="approximate", **LH)
a("over 75", 75, "measure", "age of most diners", q="more_than", unit="year", opt=True, **LH)
a("two", 2, "count", "dishes in a set lunch", after="set lunch with ", opt=True, **LH)
a("12 yuan", 12, "money", "price of a set lunch after subsidy", unit="CNY", **LH)
a("3 yuan", 3, "money", "district payment per meal", unit="CNY", **LH)
a(
    "over 80",
    80,
    "measure",
    "age of residents qualifying for payment",
    q="more_than",
    unit="year",
    opt=True,
    **LH,
)
a(
    "about 7 trillion yuan",
    7e12,
    "money",
    "value of the silver economy",
    q="approximate",
    unit="CNY",
)
a("30 trillion yuan", 30e12, "money", "possible value of the silver economy by 2035", unit="CNY")
DP = dict(speaker="Du Peng", aliases=["Du"])
a("40 million", 40e6, "count", "older people in rural areas", after="for the ", **DP)
a(
    "more than 30 percent",
    30,
    "percent",
    "share of Chinese aged 60 or older by 2035",
    q="more_than",
    unit="percent",
    **DP,
)
a("60", 60, "measure", "age threshold", unit="year", after="will be ", opt=True, **DP)
SH = dict(
    speaker="Shanghai Civil Affairs Bureau",
    aliases=["Shanghai's civil affairs bureau", "Shanghai Municipal Civil Affairs Bureau"],
)
a("5,000", 5000, "count", "family care beds to be added this year", **SH)
a("nearly 30,000", 30000, "count", "family care beds in Shanghai", q="nearly", **SH)
NHSA = dict(speaker="National Healthcare Security Administration", aliases=["NHSA"])
a("190 million", 190e6, "count", "people covered by long-term care insurance pilots", **NHSA)
a("49", 49, "count", "cities with long-term care insurance pilots", **NHSA)

# 1606: The Economic Times (ETMarkets) results story (Tuesday 11 July 2028).
doc("1606_et-varuna-infotech-q1-results-2028-07-11.txt", "2028-07-11", None)
VI = dict(speaker="Varuna Infotech", aliases=["Varuna"])
a("8%", 8, "percent", "rise in net profit", unit="percent", opt=True)
a("Rs 1,248 crore", 12.48e9, "money", "net profit", unit="INR", opt=True)
a("14", 14, "count", "large deals signed", after="firm signs ", opt=True)
a(
    "5-7%",
    5,
    "percent",
    "FY29 revenue growth guidance",
    q="range",
    unit="percent",
    low=5,
    high=7,
    opt=True,
    **VI,
)
a("2,100", 2100, "count", "employees added during the quarter", opt=True, **VI)
a("8.4%", 8.4, "percent", "year-on-year rise in consolidated net profit", unit="percent", **VI)
a(
    "Rs 1,248 crore",
    12.48e9,
    "money",
    "consolidated net profit",
    unit="INR",
    period="quarter ended June 30",
    after="net profit to ",
    **VI,
)
a("6.1%", 6.1, "percent", "growth in revenue from operations", unit="percent", **VI)
a("Rs 9,870 crore", 98.7e9, "money", "revenue from operations", unit="INR", **VI)
a("$1.16 billion", 1.16e9, "money", "revenue in dollar terms", unit="USD")
a("4.3%", 4.3, "percent", "constant-currency revenue growth", unit="percent")
a("Rs 1,205 crore", 12.05e9, "money", "expected net profit", unit="INR")
a("Rs 9,790 crore", 97.9e9, "money", "expected revenue", unit="INR")
AR = dict(speaker="Anand Raghavan", aliases=["Raghavan"])
a("14", 14, "count", "large deals closed this quarter", after="We closed ", **AR)
a("$2.3 billion", 2.3e9, "money", "total contract value of large deals", unit="USD", **AR)
a(
    "Nearly half",
    50,
    "percent",
    "share of deal value from clients using AI to rebuild core systems",
    q="nearly",
    unit="percent",
    **AR,
)
MI = dict(speaker="Meera Iyer", aliases=["Iyer"])
a(
    "60 basis points",
    60,
    "percent",
    "sequential operating margin expansion",
    unit="basis point",
    **MI,
)
a("21.4%", 21.4, "percent", "operating margin", unit="percent", **MI)
a("6%", 6, "percent", "average wage hike from October", unit="percent", **MI)
a(
    "about 100 basis points",
    100,
    "percent",
    "expected margin impact of wage hikes",
    q="approximate",
    unit="basis point",
    **MI,
)
a("12.9%", 12.9, "percent", "attrition", unit="percent")
a("14.1%", 14.1, "percent", "attrition a year ago", unit="percent")
a("1,18,400", 118400, "count", "headcount at the end of June")
a("about 9,000", 9000, "count", "freshers to be hired this fiscal", q="approximate", **AR)
a("6,500", 6500, "count", "freshers hired last year", **AR)
a("three years", 3, "duration", "period the pipeline was weaker", unit="year", opt=True, **AR)
KIE = dict(speaker="Kotak Institutional Equities", aliases=["Kotak"])
a(
    "7-8%",
    7,
    "percent",
    "expected FY29 revenue growth",
    q="range",
    unit="percent",
    low=7,
    high=8,
    **KIE,
)
a("Rs 1,850", 1850, "money", "target price", unit="INR", **KIE)
a("3.2%", 3.2, "percent", "rise in Varuna Infotech shares", unit="percent")
a("Rs 1,642.50", 1642.5, "money", "closing share price", unit="INR")
a("0.4%", 0.4, "percent", "rise in the Nifty 50", unit="percent")
a("about 11%", 11, "percent", "year-to-date gain in the stock", q="approximate", unit="percent")

# 1607: regional newspaper page with two stories (Thursday 15 June 2028).
doc("1607_cedar-valley-courier-two-stories-2028-06-15.txt", "2028-06-15", None)
a("$48.6 million", 48.6e6, "money", "school district budget", unit="USD", opt=True)
a("3%", 3, "percent", "teacher raises", unit="percent", opt=True)
a(
    "$48.6 million",
    48.6e6,
    "money",
    "general fund budget for the 2028-29 school year",
    unit="USD",
    after="approved a ",
)
a("5-2", 5, "count", "board votes in favour of the budget", opt=True)
a(
    "more than two hours",
    2,
    "duration",
    "length of public comment",
    q="more_than",
    unit="hour",
    opt=True,
)
a("3%", 3, "percent", "pay raise for teachers", unit="percent", after="includes a ")
a("312", 312, "count", "teachers in the district")
a("two-year", 2, "duration", "length of the teachers' contract", unit="year", opt=True)
a("14", 14, "count", "positions cut")
a("96", 96, "count", "students enrolled at Pine Hollow")
DO = dict(speaker="Dana Okafor", aliases=["Okafor"], date="2028-06-13")
a("about 400", 400, "count", "fall in enrollment over the past decade", q="approximate", **DO)
a("3,850", 3850, "count", "district enrollment", **DO)
a("roughly $7,600", 7600, "money", "state aid lost per student", q="approximate", unit="USD", **DO)
a("half", 50, "percent", "capacity at which buildings run", after="at ", opt=True, **DO)
a(
    "about $410,000",
    410000,
    "money",
    "annual operating cost of Pine Hollow",
    q="approximate",
    unit="USD",
    **DO,
)
GT = dict(speaker="Greg Tillman", aliases=["Tillman"])
a("4.2%", 4.2, "percent", "rise in the property tax levy", unit="percent", **GT)
a("11 miles", 11, "measure", "distance to the next school", unit="mile", **GT)
a("more than 1,100", 1100, "count", "petition signatures opposing the closure", q="more_than")
a("fourth", 4, "count", "weeks of the dry spell", opt=True)
a("fourth", 4, "count", "weeks of the dry spell", after="stretches into its ", opt=True)
USDA = dict(
    speaker="U.S. Department of Agriculture",
    aliases=["USDA", "Agriculture Department", "United States Department of Agriculture"],
    date="2028-06-12",
)
a(
    "54%",
    54,
    "percent",
    "share of Iowa corn in good to excellent condition",
    unit="percent",
    subject="Iowa",
    **USDA,
)
a(
    "71%",
    71,
    "percent",
    "share of corn in good to excellent condition a week earlier",
    unit="percent",
    **USDA,
)
a("62%", 62, "percent", "share of the state with short topsoil moisture", unit="percent")
NWS = dict(speaker="National Weather Service", aliases=["NWS"])
a("0.8 inches", 0.8, "measure", "rain received in Cedar Rapids since May 15", unit="inch", **NWS)
a(
    "about a quarter",
    25,
    "percent",
    "rain as a share of normal",
    q="approximate",
    unit="percent",
    **NWS,
)
a("30%", 30, "percent", "chance of showers this weekend", unit="percent", date="2028-06-14")
DH = dict(speaker="Dale Henning", aliases=["Henning"])
a("1,200 acres", 1200, "measure", "land farmed by Henning", unit="acre", opt=True, **DH)
a("10 days", 10, "duration", "window for rain", unit="day", opt=True, **DH)
a("10%", 10, "percent", "cut in yield", unit="percent", **DH)
a("about $90,000", 90000, "money", "cost of a 10% yield cut", q="approximate", unit="USD", **DH)

GOLD.build()
