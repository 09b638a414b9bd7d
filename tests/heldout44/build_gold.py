"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout44/build_gold.py``. Each annotation names the
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
PP = "percentage point"
BP = "basis point"
N = dict(speaker=None, aliases=[])

# Conventions: those of tests/heldout5 to tests/heldout43 (see README.md), plus the new cases
# listed there.

# 4400: RBA media release and the Governor's media conference (Tuesday 4 November 2036).
RBA = ["Reserve Bank of Australia", "RBA", "Monetary Policy Board", "Board"]
doc("4400_rba-cash-rate-decision-presscon-2036-11-04.txt", "2036-11-04", None, RBA)
a("25 basis points", 25, "percent", "cut in the cash rate target", unit=BP)
a("3.35 per cent", 3.35, "percent", "cash rate target", unit=P)
a(
    "25 basis points",
    25,
    "percent",
    "cut in the interest rate paid on Exchange Settlement balances",
    unit=BP,
    after="Settlement balances by ",
)
a("3.25 per cent", 3.25, "percent", "interest rate paid on Exchange Settlement balances", unit=P)
ABS = dict(speaker="Australian Bureau of Statistics", aliases=["ABS"])
a(
    "2.6 per cent",
    2.6,
    "percent",
    "headline CPI inflation",
    unit=P,
    period="over the year to the September quarter",
    **ABS,
)
a("2.9 per cent", 2.9, "percent", "trimmed mean inflation", unit=P, **ABS)
a(
    "2–3 per cent",
    2,
    "percent",
    "inflation target range",
    q="range",
    unit=P,
    low=2,
    high=3,
    opt=True,
)
a("4.6 per cent", 4.6, "percent", "unemployment rate", unit=P, period="September")
a(
    "around 1 per cent",
    1,
    "percent",
    "employment growth",
    q="approximate",
    unit=P,
    period="over the year",
)
a("0.3 per cent", 0.3, "percent", "GDP growth", unit=P, period="the June quarter")
a("1.4 per cent", 1.4, "percent", "GDP growth over the year", unit=P, period="over the year")
MPB = dict(
    speaker="Monetary Policy Board",
    aliases=["Board", "Reserve Bank Board", "Reserve Bank of Australia", "RBA"],
)
a(
    "around 2.5 per cent",
    2.5,
    "percent",
    "forecast trimmed mean inflation",
    q="approximate",
    unit=P,
    period="by mid-2038",
    **MPB,
)
a(
    "about 4.8 per cent",
    4.8,
    "percent",
    "forecast peak unemployment rate",
    q="approximate",
    unit=P,
    period="late next year",
    **MPB,
)
a("0.1 per cent", 0.1, "percent", "household consumption growth", unit=P, period="the June quarter")
HD = [
    "Drummond",
    "Governor",
    "Governor Helen Drummond",
    "GOVERNOR",
    "Reserve Bank of Australia",
    "RBA",
]
GOV = dict(speaker="Helen Drummond", aliases=HD)
a(
    "a quarter of a percentage point",
    0.25,
    "percent",
    "cut in the cash rate",
    unit=PP,
    opt=True,
    **GOV,
)
a("75 basis points", 75, "percent", "total cut in the cash rate since February", unit=BP, **GOV)
a(
    "around one in three",
    33.33,
    "percent",
    "firms in the liaison program expecting to reduce headcount",
    q="approximate",
    unit=P,
    period="over the next year",
    **GOV,
)
a(
    "about $12 billion",
    12e9,
    "money",
    "expected budget deficit",
    q="approximate",
    unit="AUD",
    period="this financial year",
    speaker="Marcus Liew",
    aliases=["Liew", "Treasurer", "the Treasurer", "Helen Drummond", *HD],
    date="2036-11-03",
)
AFR = ["Australian Financial Review", "AFR", "Tom Quaid", "Quaid"]
a(
    "2.8 per cent",
    2.8,
    "percent",
    "monthly CPI indicator inflation",
    unit=P,
    period="in the year to September",
    speaker="Australian Bureau of Statistics",
    aliases=["ABS", *AFR],
    date="2036-10-29",
)
a(
    "14",
    14,
    "count",
    "economists expecting another cut by February",
    speaker="Australian Financial Review",
    aliases=AFR[1:],
)
a(
    "25",
    25,
    "count",
    "respondents to the survey of economists",
    after="14 of the ",
    opt=True,
    speaker="Australian Financial Review",
    aliases=AFR[1:],
)
WBC = dict(
    speaker="Westpac",
    aliases=["Westpac consumer sentiment survey", "Westpac-Melbourne Institute"],
)
a("84.6", 84.6, "measure", "consumer sentiment index", **WBC)
a("two years", 2, "duration", "period since a lower index level", unit="year", opt=True, **WBC)
a(
    "about 2 per cent",
    2,
    "percent",
    "owner-occupier borrowers 90 days or more behind on repayments",
    q="approximate",
    unit=P,
    **GOV,
)
a("90 days", 90, "duration", "arrears threshold", unit="day", opt=True, **GOV)
a(
    "1.3 per cent",
    1.3,
    "percent",
    "borrowers in arrears a year ago",
    unit=P,
    period="a year ago",
    **GOV,
)
a(
    "Around 40 per cent",
    40,
    "percent",
    "borrowers with repayment buffers of six months or more",
    q="approximate",
    unit=P,
    **GOV,
)
a("six months", 6, "duration", "repayment buffer threshold", unit="month", opt=True, **GOV)
a(
    "3.1 per cent",
    3.1,
    "percent",
    "Wage Price Index growth",
    unit=P,
    period="over the year",
    speaker="Australian Bureau of Statistics",
    aliases=["ABS", "Reuters", "Jessica Varga", "Varga"],
)
PR = dict(
    speaker="Priya Ramesh",
    aliases=[
        "Ramesh",
        "Assistant Governor",
        "Assistant Governor Priya Ramesh",
        "Helen Drummond",
        *HD,
    ],
    date="2036-10-30",
)
a(
    "0.4 per cent",
    0.4,
    "percent",
    "average annual productivity growth",
    unit=P,
    period="over the past five years",
    **PR,
)
a("five years", 5, "duration", "period of the productivity average", unit="year", opt=True, **PR)
a(
    "50 basis point",
    50,
    "percent",
    "larger cut some members reportedly wanted",
    unit=BP,
    opt=True,
    **N,
)
a("nine", 9, "count", "Board members supporting the decision", **GOV)
a(
    "25 basis point",
    25,
    "percent",
    "reduction supported by the Board",
    unit=BP,
    after="supported the ",
    opt=True,
    **GOV,
)
a("two weeks", 2, "duration", "time until the minutes are published", unit="week", opt=True, **GOV)

# 4401: Dawn budget story (Saturday 13 June 2037; the speech was on Friday 12 June).
doc("4401_dawn-federal-budget-2037-06-13.txt", "2037-06-13", None, [])
a("Rs18.9tr", 18.9e12, "money", "federal budget outlay", unit="PKR", opt=True)
a("14pc", 14, "percent", "increase in defence spending", unit=P, opt=True)
a("5.1pc", 5.1, "percent", "growth target", unit=P, opt=True)
SAN = dict(
    speaker="Sardar Ali Nawaz",
    aliases=["Nawaz", "Mr Nawaz", "Finance Minister", "Finance Minister Sardar Ali Nawaz"],
    date="2037-06-12",
)
a(
    "Rs18.9 trillion",
    18.9e12,
    "money",
    "federal budget outlay",
    unit="PKR",
    period="2037-38",
    **SAN,
)
a("4.6pc", 4.6, "percent", "fiscal deficit target as a share of GDP", unit=P, **SAN)
a("Rs16.2tr", 16.2e12, "money", "tax collection target", unit="PKR", **SAN)
a(
    "5.1pc",
    5.1,
    "percent",
    "expected economic growth",
    unit=P,
    period="next fiscal year",
    after="grow by ",
    **SAN,
)
a(
    "3.4pc",
    3.4,
    "percent",
    "estimated economic growth",
    unit=P,
    period="the outgoing year",
    **SAN,
)
a("7.5pc", 7.5, "percent", "projected average inflation", unit=P, **SAN)
a("2.2pc", 2.2, "percent", "primary surplus as a share of GDP", unit=P, **SAN)
a(
    "two decades",
    2,
    "duration",
    "period since a higher primary surplus",
    unit="decade",
    opt=True,
    **SAN,
)
a("Rs9.7tr", 9.7e12, "money", "interest payments", unit="PKR", **SAN)
a(
    "more than half",
    50,
    "percent",
    "interest payments' share of the total outlay",
    q="more_than",
    unit=P,
    **SAN,
)
a("14pc", 14, "percent", "increase in the defence allocation", unit=P, after="raised by ", **SAN)
a("Rs2.4tr", 2.4e12, "money", "defence allocation", unit="PKR", **SAN)
a("Rs1.1tr", 1.1e12, "money", "federal Public Sector Development Programme", unit="PKR")
a(
    "Rs950bn",
    950e9,
    "money",
    "Public Sector Development Programme in the current year",
    unit="PKR",
    period="the current year",
)
a("10pc", 10, "percent", "rise in federal government salaries", unit=P, **SAN)
a("7pc", 7, "percent", "rise in pensions", unit=P, **SAN)
a("Rs42,000", 42000, "money", "minimum monthly wage", unit="PKR", **SAN)
FD = dict(speaker="Finance Division", aliases=["Ministry of Finance", "finance ministry"])
a("1pc", 1, "percent", "withholding tax on cash withdrawals by non-filers", unit=P, **FD)
a(
    "0.6pc",
    0.6,
    "percent",
    "current withholding tax on cash withdrawals by non-filers",
    unit=P,
    **FD,
)
a(
    "Rs1.3tr",
    1.3e12,
    "money",
    "expected profits from the State Bank of Pakistan",
    unit="PKR",
    period="next year",
    **FD,
)
a("20pc", 20, "percent", "sales tax on packaged milk the IMF initially sought", unit=P, **N)
SURVEY = dict(
    speaker="Finance Division",
    aliases=["Pakistan Economic Survey", "Ministry of Finance", "Sardar Ali Nawaz", "Nawaz"],
    date="2037-06-11",
)
a(
    "2.7pc",
    2.7,
    "percent",
    "large-scale manufacturing growth",
    unit=P,
    period="July-March",
    **SURVEY,
)
a("$1,910", 1910, "money", "per capita income", unit="USD", **SURVEY)
a(
    "about $3.1bn",
    3.1e9,
    "money",
    "disbursements received under the Extended Fund Facility",
    q="approximate",
    unit="USD",
    speaker="Ministry of Finance",
    aliases=["finance ministry", "Finance Division"],
)
a("$7bn", 7e9, "money", "size of the Extended Fund Facility", unit="USD")
IMF = dict(
    speaker="International Monetary Fund",
    aliases=["IMF", "the Fund", "IMF staff report"],
)
a(
    "$26bn",
    26e9,
    "money",
    "gross external financing needs",
    unit="USD",
    period="next year",
    **IMF,
)
a("10.8pc", 10.8, "percent", "tax revenue as a share of GDP", unit=P, **IMF)
a("seven", 7, "count", "structural benchmarks outstanding", **IMF)
EK = dict(
    speaker="Esther Kallio",
    aliases=["Kallio", "IMF resident representative", "International Monetary Fund", "IMF"],
    date="2037-06-11",
)
a(
    "at least 2pc",
    2,
    "percent",
    "committed primary surplus as a share of GDP",
    q="at_least",
    unit=P,
    opt=True,
    **EK,
)
a(
    "Fewer than four million",
    4e6,
    "count",
    "people filing tax returns",
    q="less_than",
    **EK,
)
a("250 million", 250e6, "count", "population of Pakistan", **EK)
RTM = dict(
    speaker="Rana Tahir Mehmood",
    aliases=["Mehmood", "Mr Mehmood", "Leader of the Opposition"],
    date="2037-06-12",
)
a(
    "40 million",
    40e6,
    "count",
    "people who slipped below the poverty line",
    period="in the last three years",
    **RTM,
)
a("three years", 3, "duration", "period of the rise in poverty", unit="year", opt=True, **RTM)
a("38pc", 38, "percent", "rise in petrol prices since the government took office", unit=P, **RTM)
a(
    "one in three",
    33.33,
    "percent",
    "Pakistanis living in poverty",
    unit=P,
    speaker="World Bank",
    aliases=["World Bank report", "Rana Tahir Mehmood", "Mehmood", "Mr Mehmood"],
    date="2037-06-12",
)
a(
    "29pc",
    29,
    "percent",
    "effective tax rate paid by chamber members",
    unit=P,
    speaker="Arif Habibullah Memon",
    aliases=[
        "Memon",
        "Federation of Pakistan Chambers of Commerce and Industry",
        "FPCCI",
    ],
    date="2037-06-12",
)
a(
    "$14.2bn",
    14.2e9,
    "money",
    "State Bank foreign exchange reserves",
    unit="USD",
    period="as of June 5",
)
a(
    "about two and a half months",
    2.5,
    "duration",
    "import cover of the reserves",
    q="approximate",
    unit="month",
)

# 4402: OCHA situation report (Thursday 19 February 2037).
OCHA = ["OCHA", "Office for the Coordination of Humanitarian Affairs", "OCHA Mozambique"]
doc("4402_ocha-mozambique-cyclone-sitrep-2037-02-19.txt", "2037-02-19", None, OCHA)
a(
    "More than 214,000",
    214000,
    "count",
    "people affected by the cyclone",
    q="more_than",
    opt=True,
)
a("87", 87, "count", "confirmed deaths", opt=True)
a("62,500", 62500, "count", "people sheltering in accommodation centres", opt=True)
a("23 per cent", 23, "percent", "Flash Appeal funding level", unit=P, opt=True)
INAM = dict(speaker="National Institute of Meteorology", aliases=["INAM"])
a("165 km/h", 165, "measure", "sustained wind speed at landfall", unit="km/h", **INAM)
a(
    "up to 210 km/h",
    210,
    "measure",
    "wind gusts at landfall",
    q="at_most",
    unit="km/h",
    **INAM,
)
a("four days", 4, "duration", "heavy rain after landfall", unit="day")
INGD = dict(
    speaker="National Institute for Disaster Risk Management and Reduction",
    aliases=["INGD"],
)
a(
    "more than 214,000",
    214000,
    "count",
    "people affected across the three provinces",
    q="more_than",
    **INGD,
)
a("87", 87, "count", "confirmed death toll", after="risen to ", date="2037-02-17", **INGD)
a("35", 35, "count", "people missing", date="2037-02-17", **INGD)
a("Some 18,400", 18400, "count", "houses destroyed", q="approximate")
a("about 41,000", 41000, "count", "houses partially damaged", q="approximate")
a(
    "62,500",
    62500,
    "count",
    "people sheltering in accommodation centres",
    period="as of 18 February",
    after="As of 18 February, ",
)
a("74", 74, "count", "accommodation centres")
a(
    "at least 40,000",
    40000,
    "count",
    "people cut off by floodwaters along the Búzi River",
    q="at_least",
)
a(
    "more than 40 per cent",
    40,
    "percent",
    "roads in Sofala still impassable",
    q="more_than",
    unit=P,
    speaker="Governor of Sofala",
    aliases=[
        "Amina Sadiq-Owusu",
        "Sadiq-Owusu",
        "UN Resident Coordinator",
        "Resident Coordinator",
    ],
    date="2037-02-16",
)
SC = dict(speaker="Shelter Cluster", aliases=[])
a("9,800", 9800, "count", "households given emergency shelter kits", **SC)
a(
    "around one in four",
    25,
    "percent",
    "share of households with destroyed homes given shelter kits",
    q="approximate",
    unit=P,
    **SC,
)
a("10 days", 10, "duration", "time until shelter stocks in Beira run out", unit="day")
a(
    "96,000",
    96000,
    "count",
    "people given food assistance",
    period="since 12 February",
    aliases=[*OCHA, "WFP", "World Food Programme"],
)
a(
    "48,000 hectares",
    48000,
    "measure",
    "crops lost",
    unit="hectare",
    speaker="Ministry of Agriculture and Rural Development",
    aliases=["Ministry of Agriculture"],
)
MOH = dict(speaker="Ministry of Health", aliases=[])
a(
    "312",
    312,
    "count",
    "suspected cholera cases in Beira and Buzi",
    period="between 9 and 18 February",
    **MOH,
)
a("six", 6, "count", "cholera deaths in Beira and Buzi", **MOH)
HC = dict(speaker="Health Cluster", aliases=[])
a("double", 2, "measure", "possible rise in cholera cases", unit="times", opt=True, **HC)
a("two weeks", 2, "duration", "period of the possible rise", unit="week", opt=True, **HC)
a("Two", 2, "count", "health facilities functioning in Buzi district")
a("14", 14, "count", "health facilities in Buzi district", after="Two of the ", opt=True)
a(
    "about 60 per cent",
    60,
    "percent",
    "water points non-functional in the affected districts",
    q="approximate",
    unit=P,
)
a(
    "1.2 million",
    1.2e6,
    "count",
    "water purification tablets delivered",
    speaker="UNICEF",
    aliases=["United Nations Children's Fund"],
)
MINED = dict(
    speaker="Ministry of Education and Human Development", aliases=["Ministry of Education"]
)
a("1,140", 1140, "count", "classrooms damaged", **MINED)
a("some 86,000", 86000, "count", "students whose learning was disrupted", q="approximate", **MINED)
a("US$118 million", 118e6, "money", "Flash Appeal requirements", unit="USD")
a("380,000", 380000, "count", "people targeted by the Flash Appeal")
a("three months", 3, "duration", "duration of the Flash Appeal", unit="month", opt=True)
FTS = dict(speaker="Financial Tracking Service", aliases=["FTS", *OCHA])
a(
    "$27.4 million",
    27.4e6,
    "money",
    "Flash Appeal funding received",
    unit="USD",
    period="as of 18 February",
    **FTS,
)
a(
    "23 per cent",
    23,
    "percent",
    "share of Flash Appeal requirements funded",
    unit=P,
    after="had been received, or ",
    **FTS,
)
a("$8 million", 8e6, "money", "CERF allocation", unit="USD", aliases=[*OCHA, "CERF"])

# 4403: Canadian Press wildfire story (Wednesday 16 July 2036).
doc("4403_cp-manitoba-wildfire-flin-flon-2036-07-16.txt", "2036-07-16", None, [])
a("42,000 hectares", 42000, "measure", "size of the Flin Flon wildfire", unit="hectare", opt=True)
a(
    "More than 6,000",
    6000,
    "count",
    "people ordered out of their homes in and around Flin Flon",
    q="more_than",
)
a(
    "nearly 42,000 hectares",
    42000,
    "measure",
    "size of the wildfire north of Flin Flon",
    q="nearly",
    unit="hectare",
)
MWS = dict(speaker="Manitoba Wildfire Service", aliases=[])
a(
    "about eight kilometres",
    8,
    "measure",
    "distance of the fire from the city's northern edge",
    q="approximate",
    unit="km",
    **MWS,
)
a(
    "up to 50 kilometres an hour",
    50,
    "measure",
    "wind gusts",
    q="at_most",
    unit="km/h",
    **MWS,
)
JL = dict(
    speaker="Jordan Lafreniere",
    aliases=["Lafreniere", "fire information officer", "Manitoba Wildfire Service"],
)
a("doubled", 2, "measure", "overnight growth of the fire", unit="times", opt=True, **JL)
a("140", 140, "count", "firefighters on the ground", **JL)
a("11", 11, "count", "water bombers working the fire", **JL)
a(
    "about 90",
    90,
    "count",
    "crew members from Ontario and Quebec expected",
    q="approximate",
    **JL,
)
a("132", 132, "count", "fires burning across Manitoba", **JL)
a("41", 41, "count", "fires considered out of control", **JL)
MB = dict(
    speaker="Government of Manitoba",
    aliases=["provincial data", "Province of Manitoba", "Manitoba"],
)
a(
    "910,000 hectares",
    910000,
    "measure",
    "area burned in Manitoba this season",
    unit="hectare",
    period="so far this season",
    **MB,
)
a("10-year", 10, "duration", "averaging period", unit="year", opt=True, **MB)
a(
    "about 180,000 hectares",
    180000,
    "measure",
    "10-year average area burned by mid-July",
    q="approximate",
    unit="hectare",
    **MB,
)
a(
    "26",
    26,
    "count",
    "in-patients moved from the Flin Flon hospital",
    speaker="Carla Dubnik",
    aliases=["Dubnik", "Flin Flon Mayor Carla Dubnik", "Mayor"],
    date="2036-07-15",
)
RW = dict(
    speaker="Rhea Whitford",
    aliases=["Whitford", "Premier Rhea Whitford", "Premier"],
    date="2036-07-15",
)
a(
    "$18 million",
    18e6,
    "money",
    "emergency fund for evacuees and host municipalities",
    unit="CAD",
    **RW,
)
a(
    "more than 2,300",
    2300,
    "count",
    "evacuees registered in Winnipeg",
    q="more_than",
    **RW,
)
a(
    "200",
    200,
    "count",
    "Canadian Armed Forces members Ottawa would send",
    speaker="Élise Tremblay",
    aliases=[
        "Tremblay",
        "Prime Minister",
        "Prime Minister Élise Tremblay",
        "Rhea Whitford",
        "Whitford",
    ],
    date="2036-07-14",
)
CIFFC = dict(
    speaker="Canadian Interagency Forest Fire Centre",
    aliases=["CIFFC"],
)
a(
    "more than 4.1 million hectares",
    4.1e6,
    "measure",
    "area burned across Canada this year",
    q="more_than",
    unit="hectare",
    period="so far this year",
    **CIFFC,
)
a(
    "about three times",
    3,
    "measure",
    "burned area against the 10-year average",
    q="approximate",
    unit="times",
    opt=True,
    **CIFFC,
)
a(
    "10-year",
    10,
    "duration",
    "averaging period",
    unit="year",
    after="three times the ",
    opt=True,
    **CIFFC,
)
a("617", 617, "count", "active fires in Canada", **CIFFC)
STC = dict(speaker="Statistics Canada", aliases=["StatCan", "the agency"])
a(
    "6.2 per cent",
    6.2,
    "percent",
    "fall in Manitoba forestry and logging output",
    unit=P,
    period="April",
    **STC,
)
a("4,870", 4870, "count", "residents of Flin Flon", period="2031 census", **STC)
a(
    "about 750 kilometres",
    750,
    "measure",
    "distance from Flin Flon to Winnipeg",
    q="approximate",
    unit="km",
)
a("four hours", 4, "duration", "wait for a bus seat", unit="hour", opt=True)
a("two", 2, "count", "grandchildren of an evacuee", after="herself and her ", opt=True)
a("58", 58, "measure", "age of Dale Moosomin", unit="year", opt=True)
a(
    "20 metres",
    20,
    "measure",
    "visibility in smoke during the 2032 fire",
    unit="m",
    opt=True,
    speaker="Dale Moosomin",
    aliases=["Moosomin"],
)
a(
    "34 C",
    34,
    "measure",
    "forecast temperature in the region on Thursday",
    unit="degree Celsius",
    speaker="Environment and Climate Change Canada",
    aliases=["ECCC", "Environment Canada"],
)
a(
    "about 60 kilometres",
    60,
    "measure",
    "distance of Cranberry Portage from Flin Flon",
    q="approximate",
    unit="km",
)

# 4404: Destatis press release on industrial production (Friday 8 May 2037).
DESTATIS = ["Destatis", "Federal Statistical Office", "Statistisches Bundesamt"]
doc("4404_destatis-industrial-production-2037-05-08.txt", "2037-05-08", None, DESTATIS)
a("1.9%", 1.9, "percent", "fall in production on the previous month", unit=P, opt=True)
a(
    "1.9%",
    1.9,
    "percent",
    "fall in production on the previous month",
    unit=P,
    after="(provisional)\n-",
    opt=True,
)
a("4.3%", 4.3, "percent", "fall in production on the same month a year earlier", unit=P, opt=True)
a(
    "1.9%",
    1.9,
    "percent",
    "fall in real production in industry on the previous month",
    unit=P,
    period="March 2037",
    after="was down ",
    speaker="Federal Statistical Office",
    aliases=["Destatis", "Federal Statistical Office (Destatis)", "Statistisches Bundesamt"],
)
a("0.7%", 0.7, "percent", "rise in production in February", unit=P, period="February 2037")
a("0.4%", 0.4, "percent", "earlier estimate of the February rise in production", unit=P)
a(
    "three-month",
    3,
    "duration",
    "comparison period",
    unit="month",
    opt=True,
)
a(
    "1.2%",
    1.2,
    "percent",
    "fall in production in January to March on the previous three months",
    unit=P,
    period="January to March 2037",
)
a("three months", 3, "duration", "comparison period", unit="month", opt=True)
a(
    "4.3%",
    4.3,
    "percent",
    "fall in production on March 2036",
    unit=P,
    after="production fell by ",
)
a("2.4%", 2.4, "percent", "fall in production excluding energy and construction", unit=P)
a("2.8%", 2.8, "percent", "fall in production of capital goods", unit=P)
a("1.1%", 1.1, "percent", "fall in production of intermediate goods", unit=P)
a("0.5%", 0.5, "percent", "rise in production of consumer goods", unit=P)
a("4.6%", 4.6, "percent", "fall in energy production", unit=P)
a("1.3%", 1.3, "percent", "rise in construction output", unit=P)
a(
    "6.4%",
    6.4,
    "percent",
    "fall in production of motor vehicles, trailers and semi-trailers",
    unit=P,
)
a("3.0%", 3.0, "percent", "fall in manufacture of machinery and equipment", unit=P)
a("2.2%", 2.2, "percent", "fall in the pharmaceutical industry", unit=P)
KW = dict(
    speaker="Katharina Wendtland",
    aliases=[
        "Wendtland",
        "Dr Katharina Wendtland",
        "head of the Industry and Energy division",
        "Destatis",
        "Federal Statistical Office",
    ],
)
a(
    "3.2%",
    3.2,
    "percent",
    "fall in production in energy-intensive industrial branches",
    unit=P,
    **KW,
)
a("five", 5, "count", "months of falling energy-intensive production", **KW)
a("six months", 6, "duration", "period of the comparison", unit="month", opt=True, **KW)
a(
    "almost a fifth",
    20,
    "percent",
    "production in industry below its pre-crisis level of February 2018",
    q="nearly",
    unit=P,
    **KW,
)
a(
    "38.5%",
    38.5,
    "percent",
    "manufacturers reporting a lack of orders",
    unit=P,
    period="April",
    speaker="ifo Institute",
    aliases=["ifo", "Katharina Wendtland", "Wendtland"],
)
a("6.9 months", 6.9, "duration", "production covered by the order backlog", unit="month", **KW)
a(
    "2.6%",
    2.6,
    "percent",
    "fall in new orders in manufacturing",
    unit=P,
    period="March",
    speaker="Federal Statistical Office",
    aliases=["Destatis", "Federal Statistical Office (Destatis)", "Statistisches Bundesamt"],
    date="2037-05-07",
)
a("0.9%", 0.9, "percent", "fall in new orders excluding large-scale orders", unit=P)
a("1.5%", 1.5, "percent", "fall in real turnover in manufacturing", unit=P, period="March 2037")
a("100", 100, "measure", "index base value in 2021", opt=True)
a("86.4", 86.4, "measure", "production index", period="March 2037")
ROWS = [
    ("Industry, total", "industry", ["0.3", "0.7", "1.9"]),
    ("Capital goods", "capital goods", ["0.8", "1.2", "2.8"]),
    ("Intermediate goods", "intermediate goods", ["0.2", "0.3", "1.1"]),
    ("Consumer goods", "consumer goods", ["0.6", "0.1", "0.5"]),
    ("Energy   ", "energy", ["1.9", "2.4", "4.6"]),
]
for label, what, cells in ROWS:
    for month, cell in zip(["January 2037", "February 2037", "March 2037"], cells, strict=True):
        a(
            cell,
            float(cell),
            "percent",
            f"change in production of {what} on the previous month",
            unit=P,
            period=month,
            after=label,
            opt=True,
        )
a(
    "0.3 percentage points",
    0.3,
    "percent",
    "upward revision of the February result",
    unit=PP,
)
a("fewer than 20", 20, "count", "persons employed threshold for inclusion", q="less_than", opt=True)

# 4405: VOA story on the Thai election (Monday 23 March 2037; the vote was on Sunday 22 March).
EC = ["Election Commission", "Election Commission of Thailand", "the commission", "EC"]
doc("4405_voa-thailand-election-results-2037-03-23.txt", "2037-03-23", None, [])
a(
    "500-seat",
    500,
    "count",
    "seats in the House of Representatives",
    opt=True,
    speaker="Election Commission of Thailand",
    aliases=EC,
)
ECT = dict(speaker="Election Commission of Thailand", aliases=EC)
a("98.6%", 98.6, "percent", "ballots counted", unit=P, **ECT)
a("183", 183, "count", "seats won by the People's Party", **ECT)
a("121", 121, "count", "seats won by Pheu Thai", aliases=EC)
a("78", 78, "count", "seats won by Bhumjaithai", aliases=EC)
SR = dict(
    speaker="Somchai Rattanakorn",
    aliases=["Somchai", "secretary-general of the Election Commission", *EC],
)
a("71.2%", 71.2, "percent", "turnout", unit=P, **SR)
a("75.2%", 75.2, "percent", "turnout at the previous election", unit=P, **SR)
a("about 52.4 million", 52.4e6, "count", "eligible voters", q="approximate", **SR)
a("about 1.1 million", 1.1e6, "count", "ballots declared invalid", q="approximate", **SR)
a("60 days", 60, "duration", "deadline for official results", unit="day", opt=True, **SR)
a("2.3 million", 2.3e6, "count", "advance voters", **ECT)
NK = dict(
    speaker="Natthaphon Kiatsiri",
    aliases=["Natthaphon", "People's Party spokesperson", "People's Party"],
    date="2037-03-22",
)
a("68", 68, "count", "more seats the People's Party needs for a majority", **NK)
a("33", 33, "count", "Bangkok constituency seats won by the People's Party", **NK)
a(
    "more than 10 million",
    10e6,
    "count",
    "party-list votes won by Pheu Thai",
    q="more_than",
    speaker="Kanokwan Srisuk",
    aliases=["Kanokwan", "Pheu Thai deputy spokesperson", "Pheu Thai"],
)
a("at least five", 5, "count", "Cabinet posts Bhumjaithai would demand", q="at_least", **N)
a("64", 64, "count", "international observers deployed by ANFREL")
ANFREL = dict(speaker="Asian Network for Free Elections", aliases=["ANFREL"])
a("212", 212, "count", "polling stations with recorded irregularities", **ANFREL)
a("3,100", 3100, "count", "polling stations visited by observers", opt=True, **ANFREL)
LO = dict(speaker=None, aliases=["Dilrukshi Perera", "Perera"])
a(
    "at least 40",
    40,
    "count",
    "ballot boxes that arrived late in Nakhon Ratchasima",
    q="at_least",
    **LO,
)
a(
    "more than two hours",
    2,
    "duration",
    "delay of the late ballot boxes",
    q="more_than",
    unit="hour",
    **LO,
)
WW = dict(speaker="We Watch", aliases=[])
a("more than 1,800", 1800, "count", "complaints received by We Watch", q="more_than", **WW)
a(
    "about a third",
    33.33,
    "percent",
    "complaints involving alleged vote-buying",
    q="approximate",
    unit=P,
    **WW,
)
NS = dict(
    speaker="Napat Sirimongkol",
    aliases=["Napat", "Chulalongkorn University"],
)
a(
    "at least three",
    3,
    "count",
    "smaller partners the People's Party would need without Pheu Thai",
    q="at_least",
    **NS,
)
a("251", 251, "count", "seats needed for a majority", opt=True, **NS)
a(
    "41 days",
    41,
    "duration",
    "time taken to choose a prime minister in 2031",
    unit="day",
    period="2031",
)
a("three", 3, "count", "rounds of voting to choose a prime minister in 2031", after="41 days and ")
a("Some 1,900", 1900, "count", "candidates", q="approximate")
a("67", 67, "count", "parties contesting the election")
a("400", 400, "count", "constituency seats")
a("100", 100, "count", "party-list seats")

# 4406: GOV.UK news story (Thursday 18 September 2036).
GOVUK = ["Department for Transport", "DfT", "Driver and Vehicle Standards Agency", "DVSA"]
doc("4406_govuk-driving-test-waiting-times-2036-09-18.txt", "2036-09-18", None, GOVUK)
a("9 weeks", 9, "duration", "average driving test waiting time", unit="week", opt=True)
a("450", 450, "count", "new driving examiners", opt=True)
DVSA = dict(speaker="Driver and Vehicle Standards Agency", aliases=["DVSA"])
a(
    "more than halved",
    50,
    "percent",
    "fall in the average wait for a car driving test",
    q="more_than",
    unit=P,
    period="in a year",
    opt=True,
    **DVSA,
)
a("9.4 weeks", 9.4, "duration", "average waiting time for a car driving test", unit="week", **DVSA)
a(
    "21.8 weeks",
    21.8,
    "duration",
    "average waiting time a year ago",
    unit="week",
    period="a year ago",
    **DVSA,
)
a("450", 450, "count", "additional driving examiners recruited since January", after="recruited ")
a(
    "2 months",
    2,
    "duration",
    "time by which the recruitment target was met early",
    unit="month",
    opt=True,
)
a(
    "Around 1.9 million",
    1.9e6,
    "count",
    "car tests booked this year",
    q="approximate",
    period="so far this year",
)
SK = dict(
    speaker="Sophie Kettering",
    aliases=["Kettering", "Roads Minister", "Roads Minister Sophie Kettering", "the minister"],
)
a("half a year", 6, "duration", "wait for a test nobody should face", unit="month", opt=True, **SK)
a("23", 23, "count", "test centres with waits of more than 16 weeks", **SK)
a(
    "more than 16 weeks",
    16,
    "duration",
    "waiting time at the worst test centres",
    q="more_than",
    unit="week",
    **SK,
)
a(
    "about a third",
    33.33,
    "percent",
    "fall in last-minute cancellations at Chadderton",
    q="approximate",
    unit=P,
    speaker=None,
    aliases=["Sophie Kettering", "Kettering", "the minister"],
    date="2036-09-15",
)
MH = dict(
    speaker="Marcus Hale",
    aliases=["Hale", "DVSA Chief Executive", "Driver and Vehicle Standards Agency", "DVSA"],
)
a("512,000", 512000, "count", "car tests carried out", period="between April and June", **MH)
a("1.8%", 1.8, "percent", "tests cancelled at short notice by DVSA", unit=P, **MH)
a("6 weeks", 6, "duration", "target waiting time by next summer", unit="week", opt=True, **MH)
OA = dict(
    speaker="Olufemi Adeyinka",
    aliases=["Adeyinka", "Transport Secretary", "Transport Secretary Olufemi Adeyinka"],
    date="2036-09-16",
)
a(
    "£28 million",
    28e6,
    "money",
    "investment to refurbish and reopen test centres",
    unit="GBP",
    period="over the next two years",
    **OA,
)
a("two years", 2, "duration", "period of the investment", unit="year", opt=True, **OA)
a("11", 11, "count", "test centres to reopen by April", **OA)
RAC = dict(speaker="RAC Foundation", aliases=[])
a(
    "£1,740",
    1740,
    "money",
    "average spent on lessons before passing the test",
    unit="GBP",
    period="last year",
    **RAC,
)
a("12%", 12, "percent", "rise in spending on lessons on 2034", unit=P, **RAC)
a(
    "more than 40 miles",
    40,
    "measure",
    "distance some rural pupils travel to a test centre",
    q="more_than",
    unit="mile",
    speaker="Colin Barraclough",
    aliases=["Barraclough", "Driving Instructors Association", "DIA"],
)
a("412,000", 412000, "count", "learners waiting for a car test", period="at the end of August")
a("48.7%", 48.7, "percent", "pass rate for car tests", unit=P, period="2035 to 2036")
a("2,140", 2140, "count", "driving examiners employed by DVSA")
a("7,300", 7300, "count", "extra tests a week through overtime and weekend testing")
a("1 in 5", 20, "percent", "tests booked at the busiest centres", unit=P)
a("30", 30, "count", "busiest test centres", opt=True)
a("£62", 62, "money", "standard weekday fee for a car test", unit="GBP")
a("a maximum of 2 times", 2, "count", "allowed changes to a booked test", q="at_most", opt=True)
a(
    "at least 17",
    17,
    "measure",
    "minimum age for a car driving test",
    q="at_least",
    unit="year",
    opt=True,
)

# 4407: Central Bank of Kenya MPC press release and post-MPC briefing (Tuesday 6 October 2037).
CBK = ["Central Bank of Kenya", "CBK", "Monetary Policy Committee", "MPC", "Wanjiru Kiprono"]
doc("4407_cbk-mpc-press-release-briefing-2037-10-06.txt", "2037-10-06", None, CBK)
a("4.3 percent", 4.3, "percent", "overall inflation", unit=P, period="September 2037")
a("4.1 percent", 4.1, "percent", "overall inflation in August", unit=P, period="August")
a("5 percent", 5, "percent", "mid-point of the inflation target", unit=P, opt=True)
a("5.8 percent", 5.8, "percent", "food inflation", unit=P, period="September")
a("6.9 percent", 6.9, "percent", "food inflation in August", unit=P, period="August")
a("2.6 percent", 2.6, "percent", "non-food non-fuel inflation", unit=P)
a(
    "below 5 percent",
    5,
    "percent",
    "projected overall inflation in the near term",
    q="less_than",
    unit=P,
    speaker="Monetary Policy Committee",
    aliases=["MPC", "Central Bank of Kenya", "CBK"],
)
KNBS = dict(speaker="Kenya National Bureau of Statistics", aliases=["KNBS"])
a(
    "4.6 percent",
    4.6,
    "percent",
    "economic growth",
    unit=P,
    period="the second quarter of 2037",
    **KNBS,
)
a(
    "5.0 percent",
    5.0,
    "percent",
    "economic growth a year earlier",
    unit=P,
    period="second quarter of 2036",
    **KNBS,
)
a(
    "1.6 percent",
    1.6,
    "percent",
    "current account deficit as a share of GDP",
    unit=P,
    period="in the 12 months to August 2037",
)
a(
    "12 months",
    12,
    "duration",
    "period of the current account deficit",
    unit="month",
    after="1.6 percent of GDP in the ",
    opt=True,
)
a("3.9 percent", 3.9, "percent", "current account deficit a year earlier", unit=P)
a(
    "USD 11,840 million",
    11.84e9,
    "money",
    "usable foreign exchange reserves",
    unit="USD",
    period="as at October 1",
)
a("5.2 months", 5.2, "duration", "import cover of the reserves", unit="month")
a(
    "7.9 percent",
    7.9,
    "percent",
    "private sector credit growth",
    unit=P,
    period="in the 12 months to September",
)
a(
    "12 months",
    12,
    "duration",
    "period of the credit growth",
    unit="month",
    after="7.9 percent in the ",
    opt=True,
)
a("5.4 percent", 5.4, "percent", "private sector credit growth in June", unit=P, period="June")
a("16.1 percent", 16.1, "percent", "gross non-performing loans ratio", unit=P, period="August")
a(
    "16.8 percent",
    16.8,
    "percent",
    "gross non-performing loans ratio in June",
    unit=P,
    period="June",
)
a(
    "74 percent",
    74,
    "percent",
    "survey respondents expecting economic activity to improve",
    unit=P,
)
a(
    "12 months",
    12,
    "duration",
    "horizon of the survey question",
    unit="month",
    after="over the next ",
    opt=True,
)
a("25 basis points", 25, "percent", "cut in the Central Bank Rate", unit=BP)
a("8.75 percent", 8.75, "percent", "previous Central Bank Rate", unit=P)
a("8.50 percent", 8.5, "percent", "Central Bank Rate", unit=P)
WK = ["Kiprono", "Dr. Wanjiru Kiprono", "Governor", "GOVERNOR", "Central Bank of Kenya", "CBK"]
GK = dict(speaker="Wanjiru Kiprono", aliases=WK)
a(
    "about KSh 128.9",
    128.9,
    "money",
    "exchange rate of the shilling to the US dollar",
    q="approximate",
    unit="KES",
    period="since January",
    **GK,
)
a("8.41 percent", 8.41, "percent", "interbank rate", unit=P, **GK)
a("91-day", 91, "duration", "Treasury bill tenor", unit="day", opt=True, **GK)
a("7.8 percent", 7.8, "percent", "91-day Treasury bill rate", unit=P, **GK)
a("8.6 percent", 8.6, "percent", "91-day Treasury bill rate at the start of August", unit=P, **GK)
a(
    "USD 5,120 million",
    5.12e9,
    "money",
    "diaspora remittances",
    unit="USD",
    period="in the 12 months to August",
    **GK,
)
a(
    "12 months",
    12,
    "duration",
    "period of the remittances",
    unit="month",
    after="USD 5,120 million in the ",
    opt=True,
    **GK,
)
a("6.3 percent", 6.3, "percent", "rise in diaspora remittances", unit=P, **GK)
BD = ["Business Daily", "Brian Otieno", "Otieno"]
a(
    "1.9 percent",
    1.9,
    "percent",
    "manufacturing growth",
    unit=P,
    period="the second quarter",
    speaker="Kenya National Bureau of Statistics",
    aliases=["KNBS", *BD],
    date="2037-10-02",
)
a(
    "above 15 percent",
    15,
    "percent",
    "average lending rates",
    q="more_than",
    unit=P,
    speaker="Kenya Bankers Association",
    aliases=["KBA", *BD],
)
a(
    "14.6 percent",
    14.6,
    "percent",
    "weighted average lending rate",
    unit=P,
    period="September",
    **GK,
)
a(
    "16.9 percent",
    16.9,
    "percent",
    "weighted average lending rate in November 2036",
    unit=P,
    period="November 2036",
    **GK,
)
a("31", 31, "count", "commercial banks that moved to risk-based loan pricing", **GK)
a("39", 39, "count", "commercial banks", opt=True, **GK)
a(
    "eight",
    8,
    "count",
    "remaining banks to move to risk-based pricing by the end of November",
    speaker=None,
    aliases=["Wanjiru Kiprono", *WK],
    date="2037-10-05",
)
DN = ["Daily Nation", "Faith Wambui", "Wambui", "Nation"]
a(
    "4.4 percent",
    4.4,
    "percent",
    "fiscal deficit as a share of GDP this year",
    unit=P,
    period="this year",
    speaker="Cabinet Secretary for the National Treasury",
    aliases=["Treasury Cabinet Secretary", "National Treasury", *DN],
    date="2037-10-01",
)
a(
    "KSh 620 billion",
    620e9,
    "money",
    "net domestic borrowing",
    unit="KES",
    speaker="Daily Nation",
    aliases=DN[1:],
)
HA = dict(
    speaker="Halima Abdi",
    aliases=[
        "Abdi",
        "Dr. Halima Abdi",
        "Deputy Governor",
        "DEPUTY GOVERNOR",
        "Central Bank of Kenya",
        "CBK",
    ],
)
a(
    "about 28 percent",
    28,
    "percent",
    "government securities' share of banks' total assets",
    q="approximate",
    unit=P,
    **HA,
)
a("10-year", 10, "duration", "bond tenor", unit="year", opt=True, **HA)
a("140 basis points", 140, "percent", "fall in 10-year bond yields since March", unit=BP, **HA)
a("USD 780 million", 780e6, "money", "IMF disbursement reportedly delayed", unit="USD", **N)
a(
    "5.3 percent",
    5.3,
    "percent",
    "IMF projection of Kenya's growth next year",
    unit=P,
    period="next year",
    speaker="Julien Fortier",
    aliases=[
        "Fortier",
        "Mr. Julien Fortier",
        "mission chief",
        "International Monetary Fund",
        "IMF",
        "Wanjiru Kiprono",
        *WK,
    ],
    date="2037-10-02",
)

GOLD.build()
