"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout47/build_gold.py``. Each annotation names the
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

# Conventions: those of tests/heldout5 to tests/heldout45 (see README.md), plus the new cases
# listed there.

# 4700: MOFCOM regular press conference (Thursday 19 March 2037).
HY = ["He Yadong", "Spokesperson He Yadong", "Ministry of Commerce", "MOFCOM"]
doc("4700_mofcom-presscon-2037-03-19.txt", "2037-03-19", "He Yadong", HY[1:])
a("two", 2, "count", "pieces of information released", after="I have ", opt=True)
a(
    "8,412",
    8412,
    "count",
    "new foreign-invested enterprises established",
    period="January and February",
)
a("6.8 percent", 6.8, P, "year-on-year rise in new foreign-invested enterprises", unit=P)
a("168.4 billion yuan", 168.4e9, "money", "actual use of foreign capital", unit="CNY")
a(
    "29.6 billion yuan",
    29.6e9,
    "money",
    "foreign investment in high-tech manufacturing",
    unit="CNY",
)
a("17.6 percent", 17.6, P, "high-tech manufacturing share of foreign investment", unit=P)
a(
    "24.1 percent",
    24.1,
    P,
    "rise in actual investment from Germany",
    unit=P,
    subject="Germany",
)
a(
    "15.3 percent",
    15.3,
    P,
    "rise in actual investment from the Republic of Korea",
    unit=P,
    subject="Republic of Korea",
)
TW = dict(
    speaker="Tang Wenhui",
    aliases=["Vice Minister Tang", "Vice Minister Tang Wenhui", "Tang", *HY],
    date="2037-03-16",
)
a(
    "1.02 trillion US dollars",
    1.02e12,
    "money",
    "trade between China and ASEAN",
    unit="USD",
    period="last year",
    **TW,
)
a(
    "17th",
    17,
    "rank",
    "consecutive years ASEAN has been China's largest trading partner",
    opt=True,
    **TW,
)
a(
    "12",
    12,
    "count",
    "pilot projects on cross-border digital payment and customs data exchange",
    after="agreed to launch ",
    **TW,
)
USDOC = dict(
    speaker="US Department of Commerce",
    aliases=["Department of Commerce", "US Commerce Department", "Reuters"],
    date="2037-03-17",
)
a("27", 27, "count", "Chinese entities added to the Entity List", after="had added ", **USDOC)
a(
    "more than 1,150",
    1150,
    "count",
    "Chinese companies and institutions on the Entity List",
    q="more_than",
    **USDOC,
)
a("two years", 2, "duration", "period of the US additions", unit="year", opt=True)
a("more than 300", 300, "count", "Chinese entities added to the list by the US", q="more_than")
a(
    "about 930,000",
    930000,
    "count",
    "US jobs supported by American exports to China",
    q="approximate",
    period="2036",
    speaker="US-China Business Council",
    aliases=["USCBC", *HY],
)
a(
    "618.7 billion US dollars",
    618.7e9,
    "money",
    "China-US trade in goods",
    unit="USD",
    period="last year",
)
a("3.2 percent", 3.2, P, "decline in China-US trade in goods", unit=P)
NBS = dict(
    speaker="National Bureau of Statistics",
    aliases=["NBS", "CCTV"],
    date="2037-03-16",
)
a(
    "4.6 percent",
    4.6,
    P,
    "year-on-year growth in total retail sales of consumer goods",
    unit=P,
    period="January and February",
    **NBS,
)
a("11.2 percent", 11.2, P, "rise in retail sales of household appliances", unit=P, **NBS)
LZ = dict(
    speaker="Lu Zhanpeng",
    aliases=["Minister Lu Zhanpeng", "Minister Lu", "Lu", *HY],
    date="2037-03-18",
)
a(
    "81 billion yuan",
    81e9,
    "money",
    "special treasury bond funds for the consumer goods trade-in program",
    unit="CNY",
    period="this year",
    **LZ,
)
a("8 billion yuan", 8e9, "money", "increase in trade-in funds over last year", unit="CNY", **LZ)
a(
    "about 4.3 billion euros",
    4.3e9,
    "money",
    "annual imports covered by the EU anti-subsidy investigation into Chinese wind turbines",
    q="approximate",
    unit="EUR",
    speaker="European Commission",
    aliases=["Commission", "Bloomberg"],
)
a(
    "nearly 40 percent",
    40,
    P,
    "share of new onshore turbines in the EU supplied by Chinese manufacturers",
    q="nearly",
    unit=P,
    speaker=None,
    aliases=["Bloomberg"],
)
a(
    "less than 9 percent",
    9,
    P,
    "Chinese turbines' share of new installations in the EU",
    q="less_than",
    unit=P,
    period="last year",
    speaker="Global Wind Energy Council",
    aliases=["GWEC", *HY],
)
a("three", 3, "count", "rounds of China-EU technical consultations", after="have held ")
a(
    "up to 31 percent",
    31,
    P,
    "reported provisional EU duties on Chinese wind turbines",
    q="at_most",
    unit=P,
    **N,
)
a(
    "11.8 billion US dollars",
    11.8e9,
    "money",
    "EU enterprises' investment in China",
    unit="USD",
    period="last year",
)
a(
    "more than 29 billion",
    29e9,
    "count",
    "parcels delivered in China",
    q="more_than",
    period="January and February",
    speaker="State Post Bureau",
    aliases=["China News Service"],
)
GAC = dict(speaker="General Administration of Customs", aliases=["GAC", "customs", *HY])
a(
    "412.6 billion yuan",
    412.6e9,
    "money",
    "cross-border e-commerce imports and exports",
    unit="CNY",
    period="January and February",
    **GAC,
)
a("9.3 percent", 9.3, P, "year-on-year rise in cross-border e-commerce trade", unit=P, **GAC)
a("176", 176, "count", "comprehensive pilot zones for cross-border e-commerce")
a("31", 31, "count", "provincial-level regions covered by pilot zones", after="covering all ")
a(
    "more than 2,800",
    2800,
    "count",
    "overseas warehouses operated by Chinese enterprises",
    q="more_than",
)
a(
    "exceeding 35 million square meters",
    35e6,
    "measure",
    "total area of overseas warehouses",
    q="more_than",
    unit="m2",
)
a(
    "23",
    23,
    "count",
    "items of semiconductor manufacturing equipment under tightened export controls",
    speaker="Ministry of Economy, Trade and Industry",
    aliases=["METI", "Japan's Ministry of Economy, Trade and Industry", "Caixin"],
    date="2037-03-18",
)
a("fourth-largest", 4, "rank", "Japan's rank among China's trading partners", subject="Japan")
a(
    "about 14 billion US dollars",
    14e9,
    "money",
    "China-Japan trade in semiconductor equipment and materials",
    q="approximate",
    unit="USD",
    period="last year",
)

# 4701: Guardian Australia, housing affordability report (Tuesday 16 September 2036).
doc("4701_guardian-au-housing-affordability-2036-09-16.txt", "2036-09-16", None)
GI = dict(speaker="Grattan Institute", aliases=["Grattan", "the report"])
a(
    "a third",
    33.33,
    P,
    "share of income a typical renter spends on rent",
    unit=P,
    opt=True,
    **GI,
)
a("40-year", 40, "duration", "period of the affordability low", unit="year", opt=True, **GI)
a(
    "more than 14 years",
    14,
    "duration",
    "time for a Sydney household to save a deposit",
    q="more_than",
    unit="year",
    opt=True,
    **GI,
)
a(
    "at least four decades",
    4,
    "duration",
    "period since affordability was this poor",
    q="at_least",
    unit="decade",
    opt=True,
    **GI,
)
a(
    "14.2 years",
    14.2,
    "duration",
    "time for a median-income Sydney household to save a deposit",
    unit="year",
    subject="Sydney",
    **GI,
)
a("20%", 20, P, "deposit on a median-priced home", unit=P, opt=True, **GI)
a(
    "32.8%",
    32.8,
    P,
    "share of disposable income a typical renting household spends on rent",
    unit=P,
    **GI,
)
a("27%", 27, P, "share of income spent on rent a decade ago", unit=P, **GI)
a("a decade", 10, "duration", "period of the rent comparison", unit="year", opt=True, **GI)
a("about 172,000", 172000, "count", "shortfall of homes in Australia", q="approximate", **GI)
a(
    "between 5% and 8%",
    5,
    P,
    "forecast rise in capital city rents over the next year",
    q="range",
    unit=P,
    low=5,
    high=8,
    **GI,
)
CT = dict(speaker="Cotality", aliases=["CoreLogic", "Grattan Institute"])
a(
    "7.4%",
    7.4,
    P,
    "rise in the national median dwelling price",
    unit=P,
    period="year to August",
    **CT,
)
a("$891,000", 891000, "money", "national median dwelling price", unit="AUD", **CT)
ABS = dict(speaker="Australian Bureau of Statistics", aliases=["ABS"])
a("174,600", 174600, "count", "homes completed", period="12 months to June", **ABS)
a("12 months", 12, "duration", "period of the completions figure", unit="month", opt=True, **ABS)
a(
    "240,000",
    240000,
    "count",
    "homes a year needed to meet the national housing accord target",
    opt=True,
    **ABS,
)
LF = dict(
    speaker="Lachlan Ferrier",
    aliases=["Ferrier", "Grattan Institute"],
)
a("38%", 38, P, "share of median income spent on rent in Sydney", unit=P, subject="Sydney", **LF)
a("35%", 35, P, "share of median income spent on rent in Hobart", unit=P, subject="Hobart", **LF)
a("50,000", 50000, "count", "extra homes built a year in the modelling", **LF)
a("about 9%", 9, P, "modelled fall in rents", q="approximate", unit=P, **LF)
a("five years", 5, "duration", "period of the modelled rent fall", unit="year", opt=True, **LF)
BT = dict(
    speaker="Bec Trevaskis",
    aliases=["Trevaskis", "federal housing minister", "Housing Minister Bec Trevaskis"],
)
a(
    "$10bn",
    10e9,
    "money",
    "Housing Australia future fund",
    unit="AUD",
    date="2036-09-15",
    **BT,
)
a(
    "55,000",
    55000,
    "count",
    "social and affordable homes under construction or contracted",
    date="2036-09-15",
    **BT,
)
a("11%", 11, P, "rise in building approvals", unit=P, period="year to July", **BT)
a(
    "more than 210,000",
    210000,
    "count",
    "first-home buyers who used the deposit guarantee",
    q="more_than",
    **BT,
)
a("19,000", 19000, "count", "people doing free Tafe construction courses", period="this year", **BT)
a("$2bn", 2e9, "money", "further social housing funding under consideration", unit="AUD", **N)
AP = dict(speaker="Angus Pemberton", aliases=["Pemberton", "opposition housing spokesperson"])
a("three years", 3, "duration", "period of the government's term", unit="year", opt=True, **AP)
a("41%", 41, P, "rise in rents under the government", unit=P, **AP)
a("60,000", 60000, "count", "cut in permanent migration places a year", **AP)
a("31-year-old", 31, "measure", "age of the renter", unit="year", opt=True, **N)
a("two-bedroom", 2, "count", "bedrooms in the rented unit", opt=True, **N)
a("$85", 85, "money", "weekly rent increase for the Parramatta unit", unit="AUD", **N)
MH = dict(speaker="Mei Ling Ho", aliases=["Ho"])
a("$720", 720, "money", "weekly rent paid", unit="AUD", **MH)
a("more than half", 50, P, "share of take-home pay spent on rent", q="more_than", unit=P, **MH)
a("30", 30, "count", "rental properties inspected since July", after="We've looked at ", **MH)
a(
    "40 or 50",
    40,
    "count",
    "people at each inspection",
    q="range",
    low=40,
    high=50,
    **MH,
)
AA = dict(speaker="Anglicare Australia", aliases=["Anglicare"])
a(
    "0.4%",
    0.4,
    P,
    "share of listings affordable for a single person on jobseeker",
    unit=P,
    **AA,
)
a("46,000", 46000, "count", "rental listings surveyed", **AA)
RBA = dict(speaker="Reserve Bank of Australia", aliases=["Reserve Bank", "RBA"])
a("1%", 1, P, "increase in the housing stock", unit=P, after="estimated that a ", opt=True, **RBA)
a(
    "about 2.5%",
    2.5,
    P,
    "fall in rents from a 1% rise in housing stock",
    q="approximate",
    unit=P,
    **RBA,
)
a("1.7%", 1.7, P, "growth of Australia's population", unit=P, period="year to March", **N)
a("about 463,000", 463000, "count", "people added to Australia's population", q="approximate", **N)

# 4702: Federal Reserve Chair's press conference (Wednesday 10 December 2036).
DW = ["Whitacre", "Chair Whitacre", "CHAIR WHITACRE", "Federal Reserve Chair", "Federal Reserve"]
doc("4702_fed-chair-presscon-2036-12-10.txt", "2036-12-10", "Daniel Whitacre", DW)
DWF = [*DW, "Federal Open Market Committee", "FOMC"]
FOMC = dict(
    speaker="Federal Open Market Committee",
    aliases=["FOMC", "the Committee", "Committee participants", "Daniel Whitacre", *DW],
)
a(
    "1/4 percentage point",
    0.25,
    P,
    "cut in the policy interest rate",
    unit="percentage point",
)
a(
    "3-1/4 to 3-1/2 percent",
    3.25,
    P,
    "target range for the federal funds rate",
    q="range",
    unit=P,
    low=3.25,
    high=3.5,
)
a("2.1 percent", 2.1, P, "annualized real GDP growth", unit=P, period="third quarter")
a("1.8 percent", 1.8, P, "projected GDP growth", unit=P, period="next year", **FOMC)
a(
    "58,000",
    58000,
    "count",
    "average monthly payroll job gains",
    period="past three months",
)
a("three months", 3, "duration", "period of the payroll average", unit="month", opt=True)
a("4.6 percent", 4.6, P, "unemployment rate", unit=P, period="November")
a("2 percent", 2, P, "longer-run inflation goal", unit=P, after="relative to our ", opt=True)
a(
    "2.7 percent",
    2.7,
    P,
    "total PCE price inflation",
    unit=P,
    period="12 months ending in October",
)
a("12 months", 12, "duration", "period of the PCE figures", unit="month", opt=True)
a("2.9 percent", 2.9, P, "core PCE price inflation", unit=P)
a(
    "about 0.4 percentage point",
    0.4,
    P,
    "tariff contribution to core inflation",
    q="approximate",
    unit="percentage point",
)
a("9", 9, "count", "voting members supporting the decision", after="supported by ", opt=True)
a("12", 12, "count", "voting members of the FOMC", after="9 of the ", opt=True)
a("three", 3, "count", "members preferring no change", after="voting members; ", opt=True)
a(
    "3.1 percent",
    3.1,
    P,
    "median projected federal funds rate",
    unit=P,
    period="end of next year",
    **FOMC,
)
a("3.0 percent", 3.0, P, "median longer-run federal funds rate", unit=P, **FOMC)
a("Twelve", 12, "count", "participants projecting further cuts next year", aliases=DWF)
a("19", 19, "count", "FOMC participants", after="Twelve of the ", opt=True)
a(
    "about $30 billion",
    30e9,
    "money",
    "initial monthly pace of reserve management purchases",
    q="approximate",
    unit="USD",
)
BLS = dict(
    speaker="Bureau of Labor Statistics",
    aliases=["BLS", "Reuters", "Greg Alderton"],
    date="2036-12-05",
)
a("41,000", 41000, "count", "jobs added", period="November", **BLS)
a("67,000", 67000, "count", "combined downward revision to payrolls", **BLS)
a("two months", 2, "duration", "period of the revisions", unit="month", opt=True, **BLS)
a(
    "Three",
    3,
    "count",
    "dissenting FOMC members",
    opt=True,
    speaker="Reuters",
    aliases=["Greg Alderton"],
)
a(
    "between 30,000 and 50,000",
    30000,
    "count",
    "breakeven monthly pace of job growth",
    q="range",
    low=30000,
    high=50000,
)
a(
    "perhaps 40,000",
    40000,
    "count",
    "possible monthly overstatement of payroll gains",
    q="approximate",
)
a(
    "roughly two",
    2,
    "count",
    "further quarter-point cuts priced by markets next year",
    q="approximate",
    speaker="Bloomberg",
    aliases=["Ana Okafor"],
)
a(
    "quarter-point",
    0.25,
    P,
    "size of the priced cuts",
    unit="percentage point",
    opt=True,
    speaker="Bloomberg",
    aliases=["Ana Okafor"],
)
a(
    "5.1 percent",
    5.1,
    P,
    "expected federal deficit as a share of GDP",
    unit=P,
    period="next year",
    speaker="Maria Callahan",
    aliases=[
        "Callahan",
        "Treasury Secretary",
        "Treasury Secretary Maria Callahan",
        "Bloomberg",
        "Ana Okafor",
    ],
    date="2036-12-08",
)
a("Seven", 7, "count", "participants projecting no cuts next year", aliases=DWF)
a(
    "four",
    4,
    "count",
    "participants projecting three or more cuts",
    after="no cuts next year, and ",
    aliases=DWF,
)
a(
    "three or more",
    3,
    "count",
    "cuts projected by four participants",
    q="at_least",
    opt=True,
    aliases=DWF,
)
a(
    "as high as 3.75 percent",
    3.75,
    P,
    "possible neutral interest rate",
    q="at_most",
    unit=P,
    speaker="Stella Marquand",
    aliases=[
        "Marquand",
        "Governor Marquand",
        "Governor Stella Marquand",
        "The Wall Street Journal",
        "Jonah Perlman",
    ],
    date="2036-11-20",
)
a(
    "2.5 percent",
    2.5,
    P,
    "median estimate of the longer-run rate three years ago",
    unit=P,
    aliases=DWF,
)
a("three years", 3, "duration", "period of the rise in the neutral estimate", unit="year", opt=True)
a(
    "30-year",
    30,
    "duration",
    "mortgage term",
    unit="year",
    opt=True,
    speaker="Freddie Mac",
    aliases=["CNBC", "Priya Desai"],
)
a(
    "6.2 percent",
    6.2,
    P,
    "average 30-year mortgage rate",
    unit=P,
    period="last week",
    speaker="Freddie Mac",
    aliases=["CNBC", "Priya Desai"],
)
a(
    "as much as $40 billion",
    40e9,
    "money",
    "reported monthly purchases of mortgage-backed securities sought by the administration",
    q="at_most",
    unit="USD",
    speaker=None,
    aliases=["CNBC", "Priya Desai"],
)
a(
    "about $6.4 trillion",
    6.4e12,
    "money",
    "Federal Reserve balance sheet",
    q="approximate",
    unit="USD",
)
a("nearly $9 trillion", 9e12, "money", "peak of the balance sheet", q="nearly", unit="USD")
a("two weeks", 2, "duration", "time since the Cleveland meeting", unit="week", opt=True)
a(
    "about 15 percent",
    15,
    P,
    "rise in a homebuilder's lot and material costs",
    q="approximate",
    unit=P,
    speaker=None,
    aliases=DW,
)
a(
    "$1.3 trillion",
    1.3e12,
    "money",
    "net interest payments on the federal debt",
    unit="USD",
    period="this fiscal year",
    speaker="Congressional Budget Office",
    aliases=["CBO", "Fox Business", "Mark Dwyer"],
)

# 4703: South China Morning Post, Lunar New Year visitors (Friday 20 February 2037).
doc("4703_scmp-lunar-new-year-visitors-2037-02-20.txt", "2037-02-20", None)
HKTB = dict(
    speaker="Hong Kong Tourism Board",
    aliases=["Tourism Board", "HKTB", "the board"],
)
a("18 per cent", 18, P, "rise in Lunar New Year visitor numbers", unit=P, opt=True, **N)
a(
    "more than 1.6 million",
    1.6e6,
    "count",
    "visitors over the first five days of the holiday",
    q="more_than",
    opt=True,
    **HKTB,
)
a("five days", 5, "duration", "period of the visitor count", unit="day", opt=True, **HKTB)
a(
    "more than 1.6 million",
    1.6e6,
    "count",
    "visitors over the first five days of the Lunar New Year holiday",
    q="more_than",
    after="Hong Kong drew ",
    **HKTB,
)
a(
    "five days",
    5,
    "duration",
    "period of the visitor count",
    unit="day",
    after="Hong Kong drew more than 1.6 million visitors over the first ",
    opt=True,
    **HKTB,
)
a(
    "18 per cent",
    18,
    P,
    "increase in holiday visitors on last year",
    unit=P,
    after="holiday, an ",
    **HKTB,
)
a(
    "nearly nine in 10",
    90,
    P,
    "share of arrivals from mainland China",
    q="nearly",
    unit=P,
    **HKTB,
)
a("46 per cent", 46, P, "overnight visitors' share of arrivals", unit=P, **HKTB)
a("41 per cent", 41, P, "overnight visitors' share a year earlier", unit=P, **HKTB)
IMM = dict(speaker="Immigration Department", aliases=["Hong Kong Immigration Department"])
a("about 371,000", 371000, "count", "visitors on the busiest day", q="approximate", **IMM)
a(
    "142,000",
    142000,
    "count",
    "visitors through the bridge and the West Kowloon rail terminus",
    **IMM,
)
KT = dict(
    speaker="Kenneth Tse Wing-hong",
    aliases=["Kenneth Tse", "Tse", "Secretary for Culture, Sports and Tourism"],
    date="2037-02-19",
)
a("HK$6,840", 6840, "money", "average spending per overnight visitor", unit="HKD", **KT)
a(
    "about HK$1,200",
    1200,
    "money",
    "average spending per same-day visitor",
    q="approximate",
    unit="HKD",
    **KT,
)
a("94 per cent", 94, P, "hotel occupancy over the holiday", unit=P, **KT)
a("more than 80", 80, "count", "holiday events", q="more_than", **KT)
a("18", 18, "count", "districts hosting events", after="events across ", **KT)
a("about 420,000", 420000, "count", "people at the fireworks", q="approximate", **KT)
WL = dict(
    speaker="Wendy Lam Ka-yan",
    aliases=["Wendy Lam", "Lam", "Hong Kong Tourism Board"],
)
a(
    "about 52 million",
    52e6,
    "count",
    "expected visitor arrivals",
    q="approximate",
    period="this year",
    **WL,
)
a("20 per cent", 20, P, "shortfall of expected arrivals from the record", unit=P, **WL)
a("65.1 million", 65.1e6, "count", "record visitor arrivals", period="2018", **WL)
a("49.3 million", 49.3e6, "count", "visitor arrivals", period="last year", **N)
a("7 per cent", 7, P, "rise in visitor arrivals on 2035", unit=P, **N)
CP = dict(
    speaker="Cheryl Pang Wai-man",
    aliases=["Cheryl Pang", "Pang", "Hong Kong Retail Management Association"],
)
a(
    "between 5 and 8 per cent",
    5,
    P,
    "rise in members' holiday sales",
    q="range",
    unit=P,
    low=5,
    high=8,
    **CP,
)
a(
    "10 to 15 per cent",
    10,
    P,
    "fall in takings of high-end retailers",
    q="range",
    unit=P,
    low=10,
    high=15,
    **CP,
)
CSD = dict(speaker="Census and Statistics Department", aliases=["C&SD"])
a(
    "2.3 per cent",
    2.3,
    P,
    "year-on-year fall in retail sales value",
    unit=P,
    period="December",
    **CSD,
)
a("HK$35.8 billion", 35.8e9, "money", "value of retail sales", unit="HKD", period="December", **CSD)
a("21st", 21, "rank", "consecutive monthly decline in retail sales", opt=True, **CSD)
FR = dict(
    speaker="Hong Kong Federation of Restaurants and Related Trades",
    aliases=["Federation of Restaurants and Related Trades"],
)
a("about 4 per cent", 4, P, "rise in restaurant takings", q="approximate", unit=P, **FR)
a("2.1 million", 2.1e6, "count", "trips out of the city by Hong Kong residents", **FR)
a(
    "five days",
    5,
    "duration",
    "period of the outbound trips",
    unit="day",
    after="same ",
    opt=True,
    **FR,
)
a(
    "up to HK$4,500",
    4500,
    "money",
    "nightly rate for standard hotel rooms in Tsim Sha Tsui",
    q="at_most",
    unit="HKD",
    **N,
)
a(
    "more than double",
    2,
    "measure",
    "holiday room rates against usual",
    q="more_than",
    unit="times",
    opt=True,
    **N,
)
VH = dict(speaker="Vincent Ho Kin-fai", aliases=["Vincent Ho", "Ho"])
a(
    "10",
    10,
    "count",
    "additional mainland cities for the multiple-entry permit scheme",
    after="another ",
    **VH,
)
a("1 per cent", 1, P, "extra share of overnight visitors", unit=P, opt=True, **VH)
a(
    "about HK$900 million",
    900e6,
    "money",
    "economic value of each extra 1 per cent of overnight visitors",
    q="approximate",
    unit="HKD",
    **VH,
)

# 4704: MSF press release, cholera in South Kivu (Wednesday 22 October 2036).
MSF = ["Médecins Sans Frontières", "MSF"]
doc("4704_msf-cholera-south-kivu-2036-10-22.txt", "2036-10-22", None, MSF)
a("nearly 4,900", 4900, "count", "patients treated since September", q="nearly", opt=True)
a("4,873", 4873, "count", "patients with suspected cholera treated since 1 September")
a("1,290", 1290, "count", "children under five among cholera patients")
a(
    "five",
    5,
    "measure",
    "age limit of the children counted",
    unit="year",
    after="the age of ",
    opt=True,
)
a("two", 2, "count", "cholera treatment centres opened by MSF", after="MSF has opened ")
a("260", 260, "count", "beds in the two treatment centres")
a("11", 11, "count", "oral rehydration points supported", after="supporting ")
IM = dict(
    speaker="Isabelle Marchand",
    aliases=["Marchand", "MSF emergency coordinator", *MSF],
)
a("912", 912, "count", "patients admitted to the Uvira treatment centre in the past week", **IM)
a("120", 120, "count", "beds the Uvira centre was built for", **IM)
a(
    "more than six hours",
    6,
    "duration",
    "walk to reach the treatment centre",
    q="more_than",
    unit="hour",
    **IM,
)
PHD = dict(
    speaker="South Kivu Provincial Health Division",
    aliases=["provincial health division"],
)
a("63", 63, "count", "cholera deaths in South Kivu since September", **PHD)
a("1.9 per cent", 1.9, P, "cholera case fatality rate", unit=P, **PHD)
WHO = dict(speaker="World Health Organization", aliases=["WHO"])
a("14", 14, "count", "health zones reached by the outbreak", after="spread to ", **WHO)
a("34", 34, "count", "health zones in South Kivu", opt=True, **WHO)
EB = dict(
    speaker="Espoir Bahati Mugisho",
    aliases=["Dr Espoir Bahati Mugisho", "Bahati", "Dr Bahati", "Bahati Mugisho"],
)
a("38", 38, "count", "beds in the hospital's cholera ward", **EB)
a("157", 157, "count", "patients in the cholera ward this morning", **EB)
a("35", 35, "count", "patients per nurse on some nights", opt=True, **EB)
a("three", 3, "count", "hospital nurses infected with cholera", after="exhaustion, and ", **EB)
a(
    "about one in three",
    33.33,
    P,
    "share of households in affected Uvira neighbourhoods with safe water",
    q="approximate",
    unit=P,
    **IM,
)
a("as many as 40", 40, "count", "people sharing a single latrine in Kalundu", q="at_most")
a(
    "some 380,000",
    380000,
    "count",
    "children at risk of cholera and severe acute malnutrition",
    q="approximate",
    speaker="UNICEF",
    aliases=["United Nations Children's Fund"],
)
a("around 210,000", 210000, "count", "people reached by the vaccination campaign", q="approximate")
a("1.4 million", 1.4e6, "count", "people targeted by the vaccination campaign", opt=True)
a(
    "fewer than 3 million",
    3e6,
    "count",
    "doses in the global oral cholera vaccine stockpile",
    q="less_than",
    speaker="International Coordinating Group on Vaccine Provision",
    aliases=["ICG"],
)
a(
    "28 per cent",
    28,
    P,
    "funding of the DRC humanitarian response plan",
    unit=P,
    speaker="UN Office for the Coordination of Humanitarian Affairs",
    aliases=["OCHA"],
)
a("14", 14, "count", "affected health zones", after="all ", opt=True)
a(
    "at least 2 million",
    2e6,
    "count",
    "additional oral cholera vaccine doses demanded",
    q="at_least",
    opt=True,
)
a(
    "a minimum of 15 litres",
    15,
    "measure",
    "safe water per person per day demanded",
    q="at_least",
    unit="litre",
    opt=True,
)
a(
    "more than 2.9 million",
    2.9e6,
    "count",
    "outpatient consultations by MSF in DRC",
    q="more_than",
    period="2035",
)
a(
    "more than 41,000",
    41000,
    "count",
    "cholera patients treated by MSF in DRC",
    q="more_than",
    period="2035",
)

# 4705: Anadolu Agency, third anniversary of the Malatya earthquake (Tuesday 11 November 2036).
doc("4705_aa-malatya-quake-anniversary-2036-11-11.txt", "2036-11-11", None)
MK = dict(
    speaker="Mehmet Emin Kılıçarslan",
    aliases=[
        "Kılıçarslan",
        "Environment Minister",
        "Environment, Urbanization and Climate Change Minister",
    ],
)
a("151,000", 151000, "count", "quake homes completed", opt=True, **N)
a("3rd", 3, "anniversary", "anniversary of the Malatya earthquake", opt=True, **N)
a("16,400", 16400, "count", "remaining homes to be handed over", opt=True, **MK)
a(
    "151,000",
    151000,
    "count",
    "homes completed after the 2033 Malatya earthquake",
    after="has completed ",
    **MK,
)
a("167,400", 167400, "count", "homes pledged after the earthquake", opt=True, **MK)
a("third", 3, "anniversary", "anniversary of the Malatya earthquake", after="marking the ", **N)
a("7.1", 7.1, "measure", "magnitude of the Malatya earthquake", **N)
a(
    "16,400",
    16400,
    "count",
    "remaining homes to be handed over by the end of next year",
    after="the remaining ",
    **MK,
)
a("9 out of 10", 90, P, "share of families whose housing promise was kept", unit=P, **MK)
a("1,240", 1240, "count", "schools in the reconstruction", **MK)
a("48", 48, "count", "hospitals in the reconstruction", **MK)
a("6,300", 6300, "count", "village homes in the reconstruction", **MK)
a(
    "1.62 trillion Turkish liras",
    1.62e12,
    "money",
    "cost of the reconstruction so far",
    unit="TRY",
    **MK,
)
AFAD = dict(
    speaker="Disaster and Emergency Management Authority",
    aliases=["AFAD"],
)
a("9.6 kilometers", 9.6, "measure", "depth of the earthquake", unit="km", **AFAD)
a("2,184", 2184, "count", "people killed by the earthquake", **AFAD)
a("more than 11,700", 11700, "count", "people injured by the earthquake", q="more_than", **AFAD)
a("four", 4, "count", "provinces affected by the earthquake", after="11,700 across ", **AFAD)
AFADM = dict(AFAD, date="2036-11-10")
a("8,900", 8900, "count", "people still living in container cities", **AFADM)
a(
    "214,000",
    214000,
    "count",
    "peak number of container city residents",
    period="early 2034",
    **AFADM,
)
a(
    "exceeded 31,000",
    31000,
    "count",
    "aftershocks recorded since the earthquake",
    q="more_than",
    **AFADM,
)
TOKI = dict(speaker="Housing Development Administration", aliases=["TOKİ", "TOKI"])
a("about 42,000", 42000, "count", "workers at the peak of construction", q="approximate", **TOKI)
a("3,800", 3800, "count", "construction machines at the peak of construction", **TOKI)
a("about 812,000", 812000, "count", "population of Malatya province", q="approximate", **N)
a(
    "3,500",
    3500,
    "count",
    "container units kept ready at the Elazığ base",
    after="where ",
    speaker="Murat Ekinci",
    aliases=["Ekinci", "AFAD President Murat Ekinci", "AFAD"],
)
KA = dict(
    speaker="Kerem Aydınlı",
    aliases=[
        "Aydınlı",
        "President Kerem Aydınlı",
        "President of Türkiye",
        "Mehmet Emin Kılıçarslan",
        "Kılıçarslan",
    ],
    date="2036-11-08",
)
a(
    "more than 680,000",
    680000,
    "count",
    "disaster-resistant homes built nationwide",
    q="more_than",
    period="over the past decade",
    **KA,
)
a("decade", 10, "duration", "period of the nationwide building", unit="year", opt=True, **KA)
a(
    "50 percent",
    50,
    P,
    "state share of the cost of reinforcing private buildings",
    unit=P,
    **KA,
)
a("81", 81, "count", "provinces covered by the reinforcement support", after="all ", **KA)
a(
    "1.5 million",
    1.5e6,
    "count",
    "risky housing units targeted for urban transformation by 2040",
    opt=True,
    speaker="Kerem Aydınlı",
    aliases=KA["aliases"],
)
a("54", 54, "measure", "age of the resident", unit="year", opt=True, **N)
HD = dict(speaker="Hatice Demir", aliases=["Demir"])
a("31 months", 31, "duration", "time the family lived in a container", unit="month", **HD)
a("two", 2, "count", "relatives lost in the earthquake", after="our home and ", **HD)
a(
    "tripled",
    3,
    "measure",
    "rise in city-centre rents since the earthquake",
    unit="times",
    opt=True,
    **N,
)
a(
    "7 or greater",
    7,
    "measure",
    "possible earthquake magnitude on the East Anatolian Fault",
    q="at_least",
    opt=True,
    speaker="Kandilli Observatory",
    aliases=["Boğaziçi University's Kandilli Observatory"],
)

# 4706: Star Tribune, Minneapolis budget vote (Thursday 11 December 2036; vote late Wednesday).
doc("4706_startribune-minneapolis-budget-2036-12-11.txt", "2036-12-11", None)
a("$1.94B", 1.94e9, "money", "Minneapolis budget", unit="USD", opt=True)
a("6.8%", 6.8, P, "property tax levy increase", unit=P, opt=True)
a("9-4", 9, "count", "council votes for the budget", opt=True)
a("$1.94 billion", 1.94e9, "money", "Minneapolis budget for 2037", unit="USD", period="2037")
a("6.8%", 6.8, P, "increase in the city's property tax levy", unit=P, after="levy by ")
a("four years", 4, "duration", "period since a larger levy increase", unit="year", opt=True)
a("nearly seven hours", 7, "duration", "council debate before the vote", q="nearly", unit="hour")
a("more than 230", 230, "count", "speakers at the truth-in-taxation hearing", q="more_than")
FIN = dict(
    speaker="Minneapolis Finance Department",
    aliases=["city's finance department", "finance department", "City of Minneapolis"],
)
a("$497.6 million", 497.6e6, "money", "adopted property tax levy", unit="USD", **FIN)
a(
    "about $336,000",
    336000,
    "money",
    "value of a median-value home",
    q="approximate",
    unit="USD",
    **FIN,
)
a(
    "about $2,010",
    2010,
    "money",
    "city property taxes on a median-value home",
    q="approximate",
    unit="USD",
    period="next year",
    **FIN,
)
a("$141", 141, "money", "increase in city property taxes on a median-value home", unit="USD", **FIN)
a("5.9%", 5.9, P, "levy increase proposed by the mayor", unit=P, after="who proposed a ")
a(
    "about $8.3 million",
    8.3e6,
    "money",
    "spending added by the council's changes",
    q="approximate",
    unit="USD",
    speaker="Elena Ruiz",
    aliases=["Ruiz", "Dana Thorsgaard", "mayor's office"],
)
a(
    "roughly $60 million",
    60e6,
    "money",
    "structural budget gap",
    q="approximate",
    unit="USD",
    period="2038",
    speaker="Dana Thorsgaard",
    aliases=["Thorsgaard", "Mayor Dana Thorsgaard", "Elena Ruiz", "Ruiz"],
)
a("5%", 5, P, "proposed cap on the levy increase", unit=P, after="increase at ", opt=True)
a("5-8", 5, "count", "council votes for the levy cap amendment", opt=True)
RL = dict(
    speaker="Rob Lindahl",
    aliases=["Lindahl", "Council Member Rob Lindahl"],
    date="2036-12-10",
)
a("nearly 7%", 7, P, "tax increase on fixed-income residents", q="nearly", unit=P, opt=True, **RL)
a("maybe 3%", 3, P, "wage growth this year", q="approximate", unit=P, **RL)
a(
    "third",
    3,
    "rank",
    "consecutive year of homeowner-funded budgets",
    after="This is the ",
    opt=True,
    **RL,
)
SO = dict(
    speaker="Sam Okonkwo",
    aliases=["Okonkwo", "Council Member Sam Okonkwo"],
    date="2036-12-10",
)
a("112", 112, "count", "city positions cut", period="over the past two years", **SO)
a("two years", 2, "duration", "period of the position cuts", unit="year", opt=True, **SO)
a("$231 million", 231e6, "money", "Police Department budget", unit="USD", **SO)
a("45", 45, "count", "new police recruits funded", **SO)
MPD = dict(
    speaker="Minneapolis Police Department",
    aliases=["Police Department", "the department"],
)
a("612", 612, "count", "sworn police officers", period="as of last month", **MPD)
a("731", 731, "count", "officers required under the city charter", opt=True, **MPD)
a("$12 million", 12e6, "money", "reserves drawn to limit the levy increase", unit="USD")
a("below 7%", 7, P, "levy increase limit", q="less_than", unit=P, opt=True)
a(
    "9.2%",
    9.2,
    P,
    "average increase in city taxes for apartment building owners",
    unit=P,
    speaker="Minneapolis Regional Chamber",
    aliases=["Regional Chamber"],
)
HC = dict(
    speaker="Hennepin County Assessor",
    aliases=["Hennepin County", "Hennepin County's assessor"],
)
a("2.1%", 2.1, P, "rise in residential values in Minneapolis", unit=P, period="last year", **HC)
a(
    "about 18%",
    18,
    P,
    "fall in the value of downtown office buildings",
    q="approximate",
    unit=P,
    **HC,
)
a("7.5%", 7.5, P, "levy increase in St. Paul's proposed budget", unit=P, subject="St. Paul")

# 4707: IEA press release, World Energy Investment 2037 (Thursday 11 June 2037).
IEA = ["International Energy Agency", "IEA"]
doc("4707_iea-world-energy-investment-2037-06-11.txt", "2037-06-11", None, IEA)
R = dict(
    speaker="International Energy Agency",
    aliases=["IEA", "World Energy Investment 2037", "the report"],
)
a(
    "USD 3.6 trillion",
    3.6e12,
    "money",
    "global energy investment",
    unit="USD",
    period="2037",
    opt=True,
)
a("two-thirds", 66.67, P, "clean energy share of energy investment", unit=P, opt=True)
a(
    "USD 3.6 trillion",
    3.6e12,
    "money",
    "global energy investment",
    unit="USD",
    period="2037",
    after="set to rise to ",
    **R,
)
a("4%", 4, P, "rise in global energy investment", unit=P, after="up ", **R)
a(
    "Around USD 2.4 trillion",
    2.4e12,
    "money",
    "investment in clean energy technologies and infrastructure",
    q="approximate",
    unit="USD",
)
a(
    "about twice",
    2,
    "measure",
    "clean energy investment against fossil fuels",
    q="approximate",
    unit="times",
    opt=True,
)
a(
    "USD 520 billion",
    520e9,
    "money",
    "investment in electricity grids",
    unit="USD",
    period="this year",
    **R,
)
a(
    "exceed USD 90 billion",
    90e9,
    "money",
    "spending on battery storage",
    q="more_than",
    unit="USD",
    **R,
)
a(
    "nearly four times",
    4,
    "measure",
    "battery storage spending against 2030",
    q="nearly",
    unit="times",
    opt=True,
    **R,
)
a("around USD 470 billion", 470e9, "money", "investment in solar PV", q="approximate", unit="USD")
a("6%", 6, P, "fall in global upstream oil and gas investment", unit=P, after="fall by ", **R)
a(
    "around USD 505 billion",
    505e9,
    "money",
    "global upstream oil and gas investment",
    q="approximate",
    unit="USD",
    **R,
)
a("third", 3, "rank", "annual decline in upstream investment in a row", opt=True, **R)
HA = dict(
    speaker="Henrik Aaltonen",
    aliases=["Aaltonen", "IEA Executive Director Henrik Aaltonen", "Executive Director", *IEA],
)
a(
    "almost two",
    2,
    "measure",
    "clean energy dollars per fossil fuel dollar",
    q="nearly",
    unit="times",
    opt=True,
    **HA,
)
a("20%", 20, P, "Africa's share of the world's population", unit=P, subject="Africa", **HA)
a(
    "less than 3%",
    3,
    P,
    "Africa's share of global clean energy investment",
    q="less_than",
    unit=P,
    subject="Africa",
    **HA,
)
BNEF = dict(speaker="BloombergNEF", aliases=["BNEF", "Henrik Aaltonen", "Aaltonen"])
a(
    "USD 78",
    78,
    "money",
    "average price of lithium-ion battery packs per kilowatt-hour",
    unit="USD",
    period="last year",
    **BNEF,
)
a("12%", 12, P, "fall in battery pack prices from 2035", unit=P, **BNEF)
a(
    "almost a third",
    33.33,
    P,
    "China's share of global clean energy investment",
    q="nearly",
    unit=P,
    subject="China",
)
a(
    "USD 780 billion",
    780e9,
    "money",
    "clean energy investment in China",
    unit="USD",
    subject="China",
)
a(
    "7%",
    7,
    P,
    "rise in EU clean energy investment",
    unit=P,
    subject="European Union",
    after="expected to rise ",
)
a(
    "USD 410 billion",
    410e9,
    "money",
    "clean energy investment in the EU",
    unit="USD",
    subject="European Union",
)
a("3%", 3, P, "fall in US clean energy investment", unit=P, subject="United States", after="dip ")
a(
    "USD 345 billion",
    345e9,
    "money",
    "clean energy investment in the US",
    unit="USD",
    subject="United States",
)
a(
    "more than doubled",
    2,
    "measure",
    "growth of India's clean energy investment since 2030",
    q="more_than",
    unit="times",
    opt=True,
    subject="India",
)
a(
    "USD 95 billion",
    95e9,
    "money",
    "clean energy investment in India",
    unit="USD",
    subject="India",
    period="this year",
)
a(
    "more than 40%",
    40,
    P,
    "national oil companies' share of global upstream spending",
    q="more_than",
    unit=P,
    subject="Middle East",
    **R,
)
MV = dict(
    speaker="Marisol Vidal-Keane",
    aliases=["Vidal-Keane", "Chief Energy Economist", *IEA],
    date="2037-06-09",
)
a(
    "two to three times",
    2,
    "measure",
    "cost of capital in emerging economies against advanced economies",
    q="range",
    unit="times",
    low=2,
    high=3,
    opt=True,
    **MV,
)
a(
    "2 percentage points",
    2,
    P,
    "reduction in the cost of capital",
    unit="percentage point",
    opt=True,
    **MV,
)
a(
    "USD 150 billion",
    150e9,
    "money",
    "annual saving in the cost of reaching climate goals",
    unit="USD",
    **MV,
)
a("9%", 9, P, "rise in spending on critical minerals mining", unit=P, period="last year")
a(
    "over 85%",
    85,
    P,
    "share of global lithium refining in a handful of countries",
    q="more_than",
    unit=P,
    **R,
)
a("more than 150", 150, "count", "countries covered by the report", q="more_than")
a("11", 11, "count", "languages of the executive summary", after="summary in ")
a("33", 33, "count", "IEA member countries")
a("13", 13, "count", "IEA association countries", after="countries and ")
a(
    "about 80%",
    80,
    P,
    "share of global energy demand of IEA member and association countries",
    q="approximate",
    unit=P,
)

GOLD.build()
