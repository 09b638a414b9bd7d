"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout37/build_gold.py``. Each annotation names the
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

# Conventions: those of tests/heldout5 to tests/heldout35 (see README.md), plus the new cases
# listed there.

# 3700: MOFCOM regular press conference (Thursday 16 March 2034).
doc("3700_mofcom-presscon-2034-03-16.txt", "2034-03-16", "He Yadong", ["Spokesperson He Yadong"])
a("more than 1,800", 1800, "count", "trade-in events", q="more_than")
a("31", 31, "count", "provinces holding trade-in events")
a("about 6.5 billion yuan", 6.5e9, "money", "consumption vouchers", q="approximate", unit="CNY")
a(
    "41.3 billion yuan",
    41.3e9,
    "money",
    "sales of household appliances under the trade-in program",
    unit="CNY",
    period="January and February",
)
a("17.6 percent", 17.6, "percent", "year-on-year rise in trade-in appliance sales", unit=P)
SQ = dict(
    speaker="Sheng Qiuping", aliases=["Vice Minister Sheng Qiuping", "He Yadong"], date="2034-03-14"
)
a("74", 74, "count", "countries of exhibitors signed up for the expo", **SQ)
a(
    "exceed 370,000 square meters",
    370000,
    "measure",
    "exhibition area",
    q="more_than",
    unit="m2",
    **SQ,
)
a(
    "almost 40 percent",
    40,
    "percent",
    "share of booths booked by Fortune Global 500 firms",
    q="nearly",
    unit=P,
    **SQ,
)
GAC = dict(speaker="General Administration of Customs", aliases=["Phoenix TV"])
a(
    "8.2 percent",
    8.2,
    "percent",
    "fall in China's exports of electric vehicles",
    unit=P,
    period="first two months",
    **GAC,
)
a("two months", 2, "duration", "period of the export figure", unit="month", opt=True, **GAC)
a(
    "more than 60 percent",
    60,
    "percent",
    "rise in electric vehicle exports a year earlier",
    q="more_than",
    unit=P,
)
a("2.9 million", 2.9e6, "count", "new energy vehicles exported", period="2033")
a("21 percent", 21, "percent", "increase in new energy vehicle exports", unit=P)
a("over 20", 20, "count", "countries with Chinese automakers' production facilities", q="more_than")
a(
    "14",
    14,
    "count",
    "new trade defense investigations into Chinese products",
    speaker="European Commission",
    aliases=["Bloomberg"],
    date="2034-03-15",
)
a("782 billion US dollars", 782e9, "money", "China-EU trade", unit="USD", period="last year")
a(
    "roughly 2.1 billion dollars",
    2.1e9,
    "money",
    "China-EU trade per day",
    q="approximate",
    unit="USD",
)
a(
    "two months",
    2,
    "duration",
    "period of the foreign investment figures",
    unit="month",
    speaker="CCTV",
    aliases=[],
    after="foreign investment in the first ",
    opt=True,
)
a("9,126", 9126, "count", "new foreign-invested enterprises", period="January and February")
a("5.4 percent", 5.4, "percent", "rise in new foreign-invested enterprises", unit=P)
a("171.2 billion yuan", 171.2e9, "money", "actual use of foreign capital", unit="CNY")
a("23.7 billion yuan", 23.7e9, "money", "foreign capital in high-tech manufacturing", unit="CNY")
a("13.8 percent", 13.8, "percent", "high-tech manufacturing share of foreign capital", unit=P)
a("31 percent", 31, "percent", "rise in investment from ASEAN countries", unit=P)
WW = dict(speaker="Wang Wentao", aliases=["Minister Wang", "He Yadong"], date="2034-03-15")
a(
    "more than 50 billion dollars",
    50e9,
    "money",
    "profits of US companies in China",
    q="more_than",
    unit="USD",
    period="2033",
    **WW,
)
a("about 70,000", 70000, "count", "American firms operating in China", q="approximate", **WW)

# 3701: State Department press briefing (Tuesday 11 April 2034).
doc(
    "3701_state-dept-briefing-2034-04-11.txt", "2034-04-11", "Tommy Pigott", ["Pigott", "MR PIGOTT"]
)
SEC = dict(
    speaker="Secretary of State", aliases=["The Secretary", "Tommy Pigott"], date="2034-04-09"
)
a(
    "$215 million",
    215e6,
    "money",
    "additional emergency food and health assistance for Sudan",
    unit="USD",
    **SEC,
)
a(
    "nearly $1.4 billion",
    1.4e9,
    "money",
    "US assistance for Sudan and its neighbors",
    q="nearly",
    unit="USD",
    period="this fiscal year",
    **SEC,
)
a("some 3 million", 3e6, "count", "people reached by the assistance", q="approximate")
a("four-day", 4, "duration", "length of the Deputy Secretary's visit", unit="day", opt=True)
a("$340 million", 340e6, "money", "agreements to upgrade port security", unit="USD")
a(
    "640,000",
    640000,
    "count",
    "people facing famine conditions in North Darfur",
    speaker="World Food Programme",
    aliases=["WFP", "AP", "Matt Brennan"],
)
a(
    "more than 45 percent",
    45,
    "percent",
    "US share of funding of the UN appeal for Sudan",
    q="more_than",
    unit=P,
    period="since 2023",
)
a("11 percent", 11, "percent", "funding level of the appeal", unit=P, speaker=None, aliases=[])
a(
    "4,800",
    4800,
    "count",
    "people crossing the border into Colombia",
    period="last week",
    speaker=None,
    aliases=[],
)
a(
    "more than 2.8 million",
    2.8e6,
    "count",
    "Venezuelans hosted by Colombia",
    q="more_than",
    speaker="UNHCR",
    aliases=["UN refugee agency", "Tommy Pigott"],
)
a(
    "9",
    9,
    "count",
    "ballistic missiles fired this year",
    speaker="Joint Chiefs of Staff",
    aliases=["South Korea's Joint Chiefs of Staff", "Yonhap"],
)
SECF = dict(
    speaker="Secretary of State", aliases=["The Secretary", "Tommy Pigott"], date="2034-04-07"
)
a("12", 12, "count", "trilateral exercises held", period="over the past year", **SECF)
a(
    "twelve months",
    12,
    "duration",
    "period of the expected increase",
    unit="month",
    opt=True,
    **SECF,
)
a(
    "up to 10 weeks",
    10,
    "duration",
    "passport processing times",
    q="at_most",
    unit="week",
    speaker=None,
    aliases=[],
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
a("6.2 million", 6.2e6, "count", "passports issued", period="first quarter")
a(
    "about 90",
    90,
    "count",
    "aid trucks entering Gaza a day",
    q="approximate",
    speaker=None,
    aliases=[],
)
a("at least 600", 600, "count", "target of aid trucks a day", q="at_least")

# 3702: China Daily business article (Tuesday 9 May 2034).
doc("3702_chinadaily-ningbo-exports-2034-05-09.txt", "2034-05-09", None)
NC = dict(speaker="Ningbo Customs", aliases=["the city's customs"], date="2034-05-08")
a(
    "118.4 billion yuan",
    118.4e9,
    "money",
    "Ningbo exports to Belt and Road countries",
    unit="CNY",
    period="first four months",
    **NC,
)
a("four months", 4, "duration", "period of the export figure", unit="month", opt=True, **NC)
a(
    "14.2 percent",
    14.2,
    "percent",
    "year-on-year rise in exports to Belt and Road countries",
    unit=P,
    **NC,
)
NC2 = dict(speaker="Ningbo Customs", aliases=["the city's customs"])
a("52 percent", 52, "percent", "Belt and Road share of Ningbo's total exports", unit=P, **NC2)
a(
    "topped half",
    50,
    "percent",
    "threshold of the Belt and Road share",
    q="more_than",
    unit=P,
    opt=True,
    **NC2,
)
a("19.5 percent", 19.5, "percent", "rise in exports of auto parts", unit=P)
a("16.7 billion yuan", 16.7e9, "money", "exports of auto parts", unit="CNY")
CL = dict(speaker="Chen Lifang", aliases=["Chen"])
a("Three years", 3, "duration", "time since the earlier sales share", unit="year", opt=True, **CL)
a(
    "less than 10 percent",
    10,
    "percent",
    "share of Middle East and Central Asia in sales",
    q="less_than",
    unit=P,
    **CL,
)
a(
    "close to 35 percent",
    35,
    "percent",
    "current share of those markets in sales",
    q="nearly",
    unit=P,
    **CL,
)
a("about 2,300", 2300, "count", "workers employed by the company", q="approximate", **CL)
a("two", 2, "count", "automated assembly lines added", after="added ", **CL)
a("45 days", 45, "duration", "earlier time to fill a standard order", unit="day", **CL)
a("28 days", 28, "duration", "time to fill a standard order", unit="day", **CL)
ZW = dict(speaker="Zhang Wei", aliases=["Zhang"])
a(
    "1,260",
    1260,
    "count",
    "manufacturers helped to attend trade fairs overseas",
    period="last year",
    **ZW,
)
a(
    "more than 80",
    80,
    "count",
    "overseas exhibitions planned",
    q="more_than",
    period="this year",
    **ZW,
)
a(
    "over 100 million yuan",
    100e6,
    "money",
    "threshold of goods sold per export market",
    q="more_than",
    unit="CNY",
    opt=True,
    **ZW,
)
a("97", 97, "count", "export markets with over 100 million yuan of sales", **ZW)
a(
    "15th consecutive year",
    15,
    "duration",
    "years as the world's busiest port",
    unit="year",
    opt=True,
)
a(
    "12.6 million",
    12.6e6,
    "measure",
    "container throughput of Ningbo-Zhoushan Port",
    unit="TEU",
    period="between January and April",
)
GA = dict(speaker="General Administration of Customs", aliases=[], date="2034-05-05")
a("6.3 percent", 6.3, "percent", "rise in China's exports in yuan terms", unit=P, **GA)
a(
    "four months",
    4,
    "duration",
    "period of the national export figure",
    unit="month",
    after="yuan terms in the first ",
    opt=True,
    **GA,
)
LH = dict(speaker="Liang Haoran", aliases=["Liang"])
a(
    "about half",
    50,
    "percent",
    "emerging markets' share of China's exports",
    q="approximate",
    unit=P,
    **LH,
)
a(
    "around 45 percent",
    45,
    "percent",
    "emerging markets' share of exports in 2020",
    q="approximate",
    unit=P,
    period="2020",
    **LH,
)
a(
    "4 to 5 percent",
    4,
    "percent",
    "expected export growth for the whole year",
    q="range",
    unit=P,
    low=4,
    high=5,
    **LH,
)

# 3703: Reuters story (Tuesday 20 June 2034).
doc(
    "3703_reuters-congo-refugees-uganda-2034-06-20.txt",
    "2034-06-20",
    "UNHCR",
    ["United Nations refugee agency", "UN refugee agency", "the agency"],
)
a(
    "a decade",
    10,
    "duration",
    "period of comparison for the pace of arrivals",
    unit="year",
    opt=True,
)
a(
    "More than 68,000",
    68000,
    "count",
    "people who fled eastern Congo into Uganda",
    q="more_than",
    period="since the start of May",
)
a(
    "ten years",
    10,
    "duration",
    "period of comparison for the rate of arrivals",
    unit="year",
    opt=True,
)
a("Around 1,900", 1900, "count", "people arriving every day last week", q="approximate")
a("about 400", 400, "count", "people arriving a day in April", q="approximate")
a(
    "about 1.8 million",
    1.8e6,
    "count",
    "refugees hosted by Uganda",
    q="approximate",
    speaker=None,
    aliases=[],
)
MW = dict(speaker="Mathias Wanyama", aliases=["Wanyama"])
a("2,000", 2000, "count", "capacity of the transit centres", **MW)
a("more than 9,000", 9000, "count", "people sleeping in the transit centres", q="more_than", **MW)
a("37", 37, "count", "cholera cases among new arrivals", period="since June 1", **MW)
a("two", 2, "count", "cholera treatment units opened", after="had opened ", **MW)
a(
    "12,000 hectares",
    12000,
    "measure",
    "additional land for settlements",
    unit="hectare",
    speaker="Hilary Onek",
    aliases=["Onek"],
    date="2034-06-19",
)
a("150,000", 150000, "count", "expected arrivals by the end of August", speaker=None, aliases=[])
WFP = dict(speaker="World Food Programme", aliases=["WFP", "A WFP spokesperson"])
a("40%", 40, "percent", "cut in rations for refugees in Uganda", unit=P, **WFP)
a("$96 million", 96e6, "money", "funding needed to maintain full rations", unit="USD", **WFP)
a("six months", 6, "duration", "period of the rations funding", unit="month", opt=True, **WFP)
a(
    "more than 7.2 million",
    7.2e6,
    "count",
    "internally displaced people in Congo",
    q="more_than",
    speaker="OCHA",
    aliases=["U.N. humanitarian office"],
)
a("17%", 17, "percent", "funding level of UNHCR's response plan for Uganda", unit=P)
a(
    "roughly $610 million",
    610e6,
    "money",
    "funding gap of the response plan",
    q="approximate",
    unit="USD",
)
a(
    "126 million",
    126e6,
    "count",
    "people forced to flee their homes globally",
    period="end of last year",
)

# 3704: ADB news release on the Asian Development Outlook (Tuesday 25 April 2034).
doc("3704_adb-outlook-april-2034-04-25.txt", "2034-04-25", "Asian Development Bank", ["ADB"])
a("4.7%", 4.7, "percent", "forecast growth of developing Asia this year", unit=P, opt=True)
a(
    "4.7%",
    4.7,
    "percent",
    "forecast growth of developing Asia and the Pacific",
    unit=P,
    after="forecast to grow ",
    period="this year",
)
a(
    "4.6%",
    4.6,
    "percent",
    "forecast growth of developing Asia and the Pacific",
    unit=P,
    period="2035",
)
a(
    "4.9%",
    4.9,
    "percent",
    "earlier 2034 growth forecast",
    unit=P,
    aliases=["ADB", "Asian Development Outlook"],
)
N = dict(speaker=None, aliases=[])
a("2.4%", 2.4, "percent", "expected inflation in the region", unit=P, period="this year", **N)
a("2.9%", 2.9, "percent", "inflation in the region", unit=P, period="2033", **N)
AP = dict(speaker="Albert Park", aliases=["Mr. Park", "Park"])
a(
    "about 12 percentage points",
    12,
    "percent",
    "rise in public debt in the region",
    q="approximate",
    unit="percentage point",
    period="since 2019",
    **AP,
)
a("4.3%", 4.3, "percent", "forecast growth of the People's Republic of China", unit=P, **N)
a("4.8%", 4.8, "percent", "growth of the People's Republic of China", unit=P, period="2033", **N)
a(
    "6.8%",
    6.8,
    "percent",
    "projected growth of India's economy",
    unit=P,
    period="fiscal year 2034",
    **N,
)
a("4.5%", 4.5, "percent", "expected growth of Southeast Asia", unit=P, **N)
a("6.2%", 6.2, "percent", "growth of Viet Nam", unit=P, **N)
a("2.6%", 2.6, "percent", "forecast growth of Thailand", unit=P, **N)
a("3.1%", 3.1, "percent", "projected growth in the Pacific", unit=P, **N)
a(
    "surpassed 1 million",
    1e6,
    "count",
    "visitor arrivals in Fiji",
    q="more_than",
    period="last year",
    opt=True,
    **N,
)
a("65", 65, "measure", "age threshold of older people", unit="year", opt=True)
a("10%", 10, "percent", "share of people aged 65 and older today", unit=P)
a(
    "nearly 18%",
    18,
    "percent",
    "share of people aged 65 and older by 2050",
    q="nearly",
    unit=P,
    period="2050",
)
a(
    "5 percentage points",
    5,
    "percent",
    "rise in labor force participation of older workers",
    unit="percentage point",
)
a("as much as 1.5%", 1.5, "percent", "possible lift to output", q="at_most", unit=P)
a(
    "about two-thirds",
    66.67,
    "percent",
    "share of older workers in informal jobs",
    q="approximate",
    unit=P,
    **AP,
)
a("69", 69, "count", "ADB members", **N)
a("49", 49, "count", "ADB members from the region", **N)

# 3705: gov.ie press release (Monday 3 July 2034).
doc("3705_govie-forestry-scheme-2034-07-03.txt", "2034-07-03", None)
MH = dict(speaker="Martin Heydon", aliases=["Minister Heydon", "Heydon", "Michael Healy-Rae"])
a("€62 million", 62e6, "money", "new farm forestry payments", unit="EUR", opt=True, **MH)
a(
    "€62 million",
    62e6,
    "money",
    "package of new forestry payments",
    unit="EUR",
    after="today announced a ",
    **MH,
)
a("15 per cent", 15, "percent", "increase in the native woodland premium", unit=P)
a("€1,500", 1500, "money", "once-off payment per hectare for broadleaf planting", unit="EUR")
FS = dict(speaker="Forest Service", aliases=[])
a(
    "Some 3,450 hectares",
    3450,
    "measure",
    "area approved for planting",
    q="approximate",
    unit="hectare",
    period="first half of 2034",
    **FS,
)
a(
    "2,100 hectares",
    2100,
    "measure",
    "area approved for planting a year earlier",
    unit="hectare",
    period="same period last year",
    **FS,
)
MH2 = dict(speaker="Martin Heydon", aliases=["Minister Heydon", "Heydon"])
a(
    "up to 20 years",
    20,
    "duration",
    "period of premiums for farmers",
    q="at_most",
    unit="year",
    **MH2,
)
a("six months", 6, "duration", "period of the licence approvals", unit="month", opt=True, **MH2)
a("71 days", 71, "duration", "average time to process a licence", unit="day", **MH2)
HR = dict(speaker="Michael Healy-Rae", aliases=["Minister Healy-Rae", "Healy-Rae"])
a(
    "almost a third",
    33.33,
    "percent",
    "rise in farmers applying to plant",
    q="nearly",
    unit=P,
    period="since January",
    **HR,
)
a(
    "84 per cent",
    84,
    "percent",
    "share of new applications for native or broadleaf species",
    unit=P,
    **HR,
)
a("8,000 hectares", 8000, "measure", "annual planting target", unit="hectare", **HR)
a(
    "€4.8 million",
    4.8e6,
    "money",
    "budget of the Woodland Improvement Scheme round",
    unit="EUR",
    **HR,
)
a(
    "about 11.6 per cent",
    11.6,
    "percent",
    "Ireland's forest cover",
    q="approximate",
    unit=P,
    subject="Ireland",
)
a(
    "close to 38 per cent",
    38,
    "percent",
    "average forest cover in the European Union",
    q="nearly",
    unit=P,
)
a("€1.3 billion", 1.3e9, "money", "budget of the Forestry Programme 2023-2027", unit="EUR")

# 3706: Bloomberg company-results story (Tuesday 22 August 2034).
doc(
    "3706_bloomberg-veldmark-results-2034-08-22.txt",
    "2034-08-22",
    "Veldmark Minerals",
    ["Veldmark Minerals Plc", "Veldmark", "the company"],
)
a("41%", 41, "percent", "jump in profit", unit=P, opt=True)
a(
    "as much as 6.3%",
    6.3,
    "percent",
    "intraday share rise",
    q="at_most",
    unit=P,
    opt=True,
    speaker=None,
    aliases=[],
)
a(
    "three months",
    3,
    "duration",
    "period of the biggest share gain",
    unit="month",
    opt=True,
    speaker=None,
    aliases=[],
)
a("41%", 41, "percent", "jump in first-half profit", unit=P, after="first-half profit jumped ")
a(
    "$1.86 billion",
    1.86e9,
    "money",
    "underlying EBITDA",
    unit="USD",
    period="six months through June",
)
a("six months", 6, "duration", "reporting period", unit="month", opt=True)
a("$1.71 billion", 1.71e9, "money", "average analyst estimate of EBITDA", unit="USD", **N)
a(
    "as much as 6.3%",
    6.3,
    "percent",
    "intraday rise of the shares in London trading",
    unit=P,
    after="The shares rose ",
    q="at_most",
    **N,
)
a("about 28%", 28, "percent", "share gain this year", q="approximate", unit=P, **N)
a(
    "roughly £9.4 billion",
    9.4e9,
    "money",
    "market value of the company",
    q="approximate",
    unit="GBP",
    **N,
)
a("7%", 7, "percent", "fall in copper production", unit=P)
a("214,000 tons", 214000, "measure", "copper production in the half", unit="tonne")
PR = dict(speaker="Pieter van Rensburg", aliases=["van Rensburg"])
a(
    "about 90%",
    90,
    "percent",
    "power supply relative to normal levels",
    q="approximate",
    unit=P,
    **PR,
)
a(
    "roughly 11,000 tons",
    11000,
    "measure",
    "copper output lost to power cuts",
    q="approximate",
    unit="tonne",
    **PR,
)
a("150 megawatts", 150, "measure", "imported power from Mozambique", unit="MW", **PR)
a(
    "430,000 to 460,000 tons",
    430000,
    "measure",
    "full-year production guidance",
    q="range",
    unit="tonne",
    low=430000,
    high=460000,
    **N,
)
a("$1.92", 1.92, "money", "unit costs per pound", unit="USD", **N)
a("$1.78", 1.78, "money", "unit costs per pound a year earlier", unit="USD", **N)
a("24 cents", 0.24, "money", "interim dividend per share", unit="USD", **N)
a("18 cents", 0.18, "money", "previous interim dividend per share", unit="USD", **N)
AO = dict(speaker="Amara Osei", aliases=["Osei"])
a("$2.3 billion", 2.3e9, "money", "net debt", unit="USD", **AO)
a(
    "about $1.1 billion",
    1.1e9,
    "money",
    "planned spending on the Zambian expansion",
    q="approximate",
    unit="USD",
    **AO,
)
a(
    "three years",
    3,
    "duration",
    "period of the expansion spending",
    unit="year",
    after="over the next ",
    opt=True,
    **AO,
)
a("80,000 tons", 80000, "measure", "annual output added by the project", unit="tonne", **AO)
a("about 19%", 19, "percent", "copper price gain this year", q="approximate", unit=P, **N)
a("near $11,400", 11400, "money", "copper price per ton", q="approximate", unit="USD", **N)
RA = dict(speaker="Ruth Akindele", aliases=["Akindele"])
a(
    "more than $500 million",
    500e6,
    "money",
    "possible buybacks next year",
    q="more_than",
    unit="USD",
    **RA,
)
a(
    "above $10,000",
    10000,
    "money",
    "copper price threshold",
    q="more_than",
    unit="USD",
    opt=True,
    **RA,
)

# 3707: local newspaper page, courts and health (Thursday 14 September 2034).
doc("3707_lakeland-courier-local-2034-09-14.txt", "2034-09-14", None)
a(
    "more than £38,000",
    38000,
    "money",
    "money taken from elderly homeowners",
    q="more_than",
    unit="GBP",
)
a("two years", 2, "duration", "prison sentence", unit="year", after="jailed for ")
a("eight months", 8, "duration", "prison sentence (months part)", unit="month", opt=True)
a("46", 46, "measure", "age of Darren Pickthall", unit="year", opt=True)
a("nine", 9, "count", "counts of fraud admitted")
ER = dict(speaker="Emma Routledge", aliases=["Ms Routledge", "Routledge"], date="2034-09-12")
a("11", 11, "count", "customers targeted", **ER)
a("91", 91, "measure", "age of the oldest customer", unit="year", opt=True, **ER)
a("£9,600", 9600, "money", "payment for a roof never started", unit="GBP", **ER)
a(
    "around £60,000",
    60000,
    "money",
    "gambling debts",
    q="approximate",
    unit="GBP",
    speaker="Tom Ashworth",
    aliases=["Ashworth"],
    date="2034-09-12",
)
a("£12,500", 12500, "money", "compensation order", unit="GBP")
a("seven years", 7, "duration", "ban from acting as a company director", unit="year")
a(
    "a quarter",
    25,
    "percent",
    "rise in doorstep fraud reports",
    unit=P,
    speaker="Cumbria Police",
    aliases=[],
    date="2034-09-12",
)
NE = dict(speaker="NHS England", aliases=[])
a(
    "Some 81 per cent",
    81,
    "percent",
    "patients seen within four hours",
    q="approximate",
    unit=P,
    period="August",
    **NE,
)
a(
    "four hours",
    4,
    "duration",
    "waiting time threshold",
    unit="hour",
    after="seen within ",
    opt=True,
    **NE,
)
a(
    "72 per cent",
    72,
    "percent",
    "patients seen within four hours in May",
    unit=P,
    period="May",
    **NE,
)
TR = dict(
    speaker="University Hospitals of Morecambe Bay NHS Foundation Trust", aliases=["the trust"]
)
a("46", 46, "count", "new nurses recruited", after="recruited ", period="since April", **TR)
a("12-bed", 12, "count", "beds in the same-day emergency care unit", opt=True, **TR)
CH = dict(speaker="Claire Huddleston", aliases=["Huddleston"], date="2034-09-13")
a(
    "about 70",
    70,
    "count",
    "patients medically fit to leave but not discharged",
    q="approximate",
    **CH,
)
a("three", 3, "count", "hospitals of the trust", after="the trust's ", **CH)
a("two", 2, "count", "full wards equivalent", after="equivalent of ", **CH)
a("below 40", 40, "count", "target of delayed discharges by Christmas", q="less_than", **CH)
WF = dict(speaker="Westmorland and Furness Council", aliases=["A council spokeswoman"])
a(
    "£2.1 million",
    2.1e6,
    "money",
    "extra spending on home care",
    unit="GBP",
    period="this year",
    **WF,
)
a("30 per cent", 30, "percent", "cut in the waiting list for assessments", unit=P, **WF)
a(
    "58 per cent",
    58,
    "percent",
    "flu vaccination uptake among eligible over-65s",
    unit=P,
    period="last winter",
)

GOLD.build()
