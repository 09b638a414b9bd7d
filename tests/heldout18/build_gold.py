"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout18/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout17, see README.md): headline figures optional;
# the page's own voice and unnamed sources ("health officials said", "a senior doctor, asking not
# to be named", "Reports say") have speaker None, judged sentence by sentence; in a transcript an
# unattributed sentence of a turn is the turn's speaker, the outlet that asks speaks for its
# question (a Pentagon reporter who names an outlet in the question: that outlet), and a figure a
# question attributes is that source's (the outlet an alias); "according to X" / "data from X
# showed" / "X estimates" / "recorded by X" are X; a figure an official relays from a superior or
# another body is theirs (the official an alias), dated the day they said it; every sentence of
# a quote, and a quote closed by a trailing "- Name, title" line, is the quoted speaker's;
# "He said" / "she added" / "she noted" are the person named before; date = the day the claim
# was stated ("on Sunday", "yesterday", "last Thursday", "at a meeting on Monday"); time spans
# that only date a figure, runs, multipliers, compound adjectives and ages are optional.

PCT = "percent"

# 1800: MFA regular press conference (Tuesday 12 September 2028).
doc("1800_mfa-mao-ning-presscon-2028-09-12.txt", "2028-09-12", "Mao Ning", ["Mao"])
a(
    "43.6 billion US dollars",
    43.6e9,
    "money",
    "China-Kazakhstan bilateral trade",
    unit="USD",
    period="last year",
)
a(
    "over 28,000",
    28000,
    "count",
    "China-Kazakhstan freight train trips",
    q="more_than",
    period="since 2011",
)
a(
    "65th anniversary",
    65,
    "anniversary",
    "anniversary of China's first medical team to Africa",
    speaker="Xinhua News Agency",
    aliases=["Xinhua"],
)
a(
    "around 30,000",
    30000,
    "count",
    "Chinese medical workers sent abroad",
    q="approximate",
    period="since 1963",
)
a("76", 76, "count", "countries and regions receiving Chinese medical teams")
a("close to 300 million", 300e6, "count", "patients treated by Chinese medical teams", q="nearly")
a("more than 1,000", 1000, "count", "Chinese doctors and nurses working abroad", q="more_than")
a("56", 56, "count", "countries with Chinese medical teams")
a("Fifty-one", 51, "count", "Chinese medical workers who died in the line of duty")
a("5,000", 5000, "count", "African health workers to be trained")
a("three years", 3, "duration", "period of the training plan", unit="year", opt=True)
PCG = dict(speaker="Philippine Coast Guard", aliases=["AFP"], date="2028-09-10")
a(
    "two",
    2,
    "count",
    "Philippine ships hit by water cannon",
    after="water cannon at ",
    opt=True,
    **PCG,
)
a("14", 14, "count", "Chinese ships present near Xianbin Jiao", after="and that ", **PCG)
WWT = dict(speaker="Wang Wentao", aliases=["Minister of Commerce Wang Wentao"], date="2028-09-07")
a(
    "11.4 percent",
    11.4,
    "percent",
    "growth of China's imports from Türkiye",
    unit=PCT,
    period="first seven months of this year",
    **WWT,
)
a("seven months", 7, "duration", "period of the import figure", unit="month", opt=True, **WWT)
a(
    "about 620,000",
    620000,
    "count",
    "trips to Türkiye by Chinese tourists",
    q="approximate",
    period="last year",
    **WWT,
)
a("20", 20, "count", "direct flights a week to be added", after="agreed to add ", **WWT)
a(
    "38 percent",
    38,
    "percent",
    "EU Chamber member companies planning to expand in China",
    unit=PCT,
    speaker="European Union Chamber of Commerce in China",
    aliases=["EU Chamber", "Bloomberg"],
)
a(
    "39,700",
    39700,
    "count",
    "new foreign-invested enterprises established in China",
    period="first eight months",
)
a("eight months", 8, "duration", "period of the foreign investment figure", unit="month", opt=True)
a("9.2 percent", 9.2, "percent", "year-on-year rise in new foreign-invested enterprises", unit=PCT)
a(
    "nearly a quarter",
    25,
    "percent",
    "European share of new foreign investment projects",
    q="nearly",
    unit=PCT,
    speaker="Ministry of Commerce",
    aliases=["MOFCOM", "Mao Ning"],
)
a("30 million yuan", 30e6, "money", "emergency humanitarian assistance to Cuba", unit="CNY")
a("500 tonnes", 500, "measure", "rice in the first batch of supplies to Cuba", unit="tonne")
a("2,000", 2000, "count", "tents in the first batch of supplies to Cuba", after="rice and ")
a(
    "two",
    2,
    "count",
    "Chinese nationals injured in the DRC attack",
    after="Reports say that ",
    speaker=None,
    aliases=[],
)
a(
    "three",
    3,
    "count",
    "Chinese citizens injured in the DRC attack",
    after="left ",
    speaker="Chinese Embassy in the DRC",
    aliases=["the embassy", "Mao Ning"],
)

# 1801: SCIO press conference transcript on the autumn harvest (Tuesday 19 September 2028).
doc("1801_scio-autumn-grain-farmland-presscon-2028-09-19.txt", "2028-09-19", "Zhao Lixin", ["Zhao"])
a(
    "about three-quarters",
    75,
    "percent",
    "autumn grain share of annual grain output",
    q="approximate",
    unit=PCT,
    subject="China",
)
a(
    "18 percent",
    18,
    "percent",
    "share of autumn grain area harvested",
    unit=PCT,
    period="as of Sept. 17",
)
a(
    "2 percentage points",
    2,
    "percent",
    "harvest progress ahead of last year",
    unit="percentage point",
)
a("two", 2, "count", "typhoons that hit the northeast", after="hit by ", opt=True)
a(
    "13.8 billion yuan",
    13.8e9,
    "money",
    "central funds for disaster prevention and yield",
    unit="CNY",
    period="this year",
)
a("More than 6,000", 6000, "count", "agricultural technicians sent to the fields", q="more_than")
a("149.8 million tonnes", 149.8e6, "measure", "summer grain output", unit="tonne")
a("1.1 percent", 1.1, "percent", "rise in early rice output", unit=PCT)
a(
    "700 million tonnes",
    700e6,
    "measure",
    "expected total grain output",
    q="more_than",
    unit="tonne",
    after="stay above ",
)
a(
    "fifth consecutive year",
    5,
    "duration",
    "run of grain output above the mark",
    unit="year",
    opt=True,
)
HJ = dict(speaker="Han Jiayu", aliases=["Han"])
a(
    "1.07 billion mu",
    1.07e9,
    "measure",
    "high-standard farmland built",
    unit="mu",
    period="by the end of last year",
    **HJ,
)
a(
    "about 0.067 hectares",
    0.067,
    "measure",
    "area of one mu",
    q="approximate",
    unit="hectare",
    opt=True,
    **HJ,
)
a(
    "10 to 20 percent",
    10,
    "percent",
    "higher grain yields on upgraded farmland",
    q="range",
    unit=PCT,
    low=10,
    high=20,
    **HJ,
)
a("80 million mu", 80e6, "measure", "farmland being built and upgraded this year", unit="mu", **HJ)
a("64 percent", 64, "percent", "completion of this year's farmland work", unit=PCT, **HJ)
a(
    "around 3,000 yuan",
    3000,
    "money",
    "investment per mu of high-standard farmland",
    q="approximate",
    unit="CNY",
    **HJ,
)
a(
    "about 1,500 yuan",
    1500,
    "money",
    "investment per mu five years ago",
    q="approximate",
    unit="CNY",
    **HJ,
)
a("five years", 5, "duration", "period of the investment comparison", unit="year", opt=True, **HJ)
a(
    "four years",
    4,
    "duration",
    "period of the corn price low",
    unit="year",
    opt=True,
    speaker="Bloomberg",
    aliases=[],
)
YQ = dict(speaker="Ye Qing", aliases=["Ye", "National Food and Strategic Reserves Administration"])
a(
    "4.2 million tonnes",
    4.2e6,
    "measure",
    "corn purchased by state-owned grain enterprises",
    unit="tonne",
    **YQ,
)
a("nine days", 9, "duration", "run of rising corn prices", unit="day", opt=True, **YQ)
LGZ = dict(
    speaker="Liu Guozhong", aliases=["Vice Premier Liu Guozhong", "Ye Qing"], date="2028-09-18"
)
a(
    "700 million tonnes",
    700e6,
    "measure",
    "national grain storage capacity",
    q="more_than",
    unit="tonne",
    after="capacity exceeded ",
    **LGZ,
)
a(
    "more than 80 percent",
    80,
    "percent",
    "share of storage capacity in modern facilities",
    q="more_than",
    unit=PCT,
    **LGZ,
)
a("about 4 million", 4e6, "count", "family farms", q="approximate")
a("2.2 million", 2.2e6, "count", "farmer cooperatives")
a(
    "more than 2.1 billion mu",
    2.1e9,
    "measure",
    "farmland covered by socialized services",
    q="more_than",
    unit="mu",
)
a("1 million", 1e6, "count", "high-quality farmers to be trained by 2030")

# 1802: Pentagon press briefing (Tuesday 10 October 2028).
doc(
    "1802_pentagon-hale-hurricane-recruiting-briefing-2028-10-10.txt",
    "2028-10-10",
    "Marcus Hale",
    ["Hale"],
)
a("more than 9,400", 9400, "count", "service members supporting hurricane relief", q="more_than")
a("about 6,100", 6100, "count", "National Guard troops on state orders", q="approximate")
a("212", 212, "count", "sorties flown by military aircraft")
a("roughly 1.8 million", 1.8e6, "count", "meals delivered", q="approximate")
a("2.3 million liters", 2.3e6, "measure", "water delivered", unit="litre")
HEG = dict(speaker="Pete Hegseth", aliases=["Secretary Hegseth", "Marcus Hale"], date="2028-10-09")
a("94,500", 94500, "count", "active-duty recruits signed", period="fiscal year 2028", **HEG)
a("61,200", 61200, "count", "new Army soldiers", **HEG)
a(
    "roughly 40 percent",
    40,
    "percent",
    "growth of the Delayed Entry Pool",
    q="approximate",
    unit=PCT,
    **HEG,
)
TL = dict(speaker="Teresa Lindqvist", aliases=["Lindqvist", "General Lindqvist"])
a("14", 14, "count", "helicopters flying from Moody Air Force Base", after="we have ", **TL)
a("two", 2, "count", "Navy ships off the coast", after="Moody Air Force Base, and ", opt=True, **TL)
a("118", 118, "count", "generators installed by Army Corps of Engineers teams", **TL)
a("over 1,300", 1300, "count", "people pulled out of floodwater", q="more_than", **TL)
DOE = dict(speaker="Department of Energy", aliases=["Teresa Lindqvist"])
a("roughly 410,000", 410000, "count", "customers without power", q="approximate", **DOE)
a("2.6 million", 2.6e6, "count", "peak number of customers without power", **DOE)
a("37", 37, "count", "hurricane death toll in Florida", speaker=None, aliases=[])
a("about 40", 40, "count", "mortuary affairs team personnel", q="approximate", **TL)
a(
    "at least 30 days",
    30,
    "duration",
    "planned duration of active-duty support",
    q="at_least",
    unit="day",
    **TL,
)
a("740", 740, "count", "Space Force Guardians recruited")
a(
    "100 percent",
    100,
    "percent",
    "share of the Space Force recruiting target met",
    unit=PCT,
    after="which was ",
)
GAO = dict(speaker="Government Accountability Office", aliases=["GAO", "Reuters", "Jack Pruitt"])
a("about 25,000", 25000, "count", "shortfall of non-commissioned officers", q="approximate", **GAO)
a(
    "$1.9 billion",
    1.9e9,
    "money",
    "cost of retention bonuses",
    unit="USD",
    period="last year",
    **GAO,
)
a(
    "100 percent",
    100,
    "percent",
    "reenlistment rates relative to goal",
    q="more_than",
    unit=PCT,
    after="rates are above ",
)
a("roughly 7,000", 7000, "count", "troops supporting the border mission", q="approximate")

# 1803: AFP wire story (Tuesday 17 October 2028).
doc("1803_afp-bangladesh-dengue-2028-10-17.txt", "2028-10-17", None)
a("400", 400, "count", "dengue deaths in Bangladesh", q="more_than", opt=True)
a("five years", 5, "duration", "period of the deadliest season comparison", unit="year", opt=True)
a("more than 400", 400, "count", "dengue deaths in Bangladesh", q="more_than")
DGHS = dict(speaker="Directorate General of Health Services", aliases=["DGHS", "the directorate"])
a("At least 412", 412, "count", "dengue deaths since January", q="at_least", **DGHS)
a("86,700", 86700, "count", "dengue hospital admissions since January", **DGHS)
a("Nearly 60 percent", 60, "percent", "share of dengue deaths in Dhaka", q="nearly", unit=PCT)
a("24 hours", 24, "duration", "period of the daily bulletin", unit="hour", opt=True, **DGHS)
a("1,482", 1482, "count", "new dengue patients hospitalised in 24 hours", **DGHS)
a("nine", 9, "count", "dengue deaths in 24 hours", **DGHS)
AHM = dict(speaker="Abu Hossain Mollah", aliases=["Mollah"])
a(
    "Around a third",
    33.33,
    "percent",
    "dengue patients who die arriving in shock",
    q="approximate",
    unit=PCT,
    **AHM,
)
a(
    "about 25 percent",
    25,
    "percent",
    "rise in dengue cases in October over last year",
    q="approximate",
    unit=PCT,
    **AHM,
)
a("500", 500, "count", "beds in the dengue wards", after="built for ")
a("two", 2, "count", "patients per bed", after="Every bed has ", opt=True)
a("16-hour", 16, "duration", "nurses' shift length", unit="hour", opt=True)
a("34", 34, "measure", "age of Shirin Akter", unit="year", opt=True)
a("eight-year-old", 8, "measure", "age of her son", unit="year", opt=True)
WHO = dict(speaker="World Health Organization", aliases=["WHO"], date="2028-10-16")
a("doubled", 2, "measure", "rise in dengue cases worldwide", unit="times", opt=True, **WHO)
a(
    "more than 10 million",
    10e6,
    "count",
    "dengue cases reported worldwide",
    q="more_than",
    period="this year",
    **WHO,
)
a(
    "about 15 percent",
    15,
    "percent",
    "Bangladesh's share of dengue deaths in South-East Asia",
    q="approximate",
    unit=PCT,
    speaker="WHO South-East Asia Regional Office",
    aliases=["World Health Organization", "WHO"],
    date="2028-10-16",
)
DCC = dict(speaker="Dhaka city corporations", aliases=["Dhaka's two city corporations"])
a(
    "two",
    2,
    "count",
    "Dhaka city corporations",
    after="Dhaka's ",
    opt=True,
    speaker=None,
    aliases=[],
)
a("some 3,500", 3500, "count", "workers deployed to spray insecticide", q="approximate", **DCC)
a("1,200", 1200, "count", "property owners fined", **DCC)
KB = dict(speaker="Kabirul Bashar", aliases=["Bashar"])
a(
    "less than 2 percent",
    2,
    "percent",
    "share of the city budget spent on mosquito control",
    q="less_than",
    unit=PCT,
    **KB,
)
a(
    "two decades",
    20,
    "duration",
    "years Bashar has studied the Aedes mosquito",
    unit="year",
    opt=True,
    speaker=None,
    aliases=[],
)
a(
    "at least five times",
    5,
    "measure",
    "real infections relative to the official count",
    q="at_least",
    unit="times",
    opt=True,
    **KB,
)
a("1,705", 1705, "count", "dengue deaths in Bangladesh in 2023", period="2023")

# 1804: IOM press release (Tuesday 24 October 2028).
doc("1804_iom-atlantic-route-deaths-release-2028-10-24.txt", "2028-10-24", None)
MMP = dict(
    speaker="Missing Migrants Project", aliases=["International Organization for Migration", "IOM"]
)
a(
    "At least 1,290",
    1290,
    "count",
    "deaths and disappearances on the Atlantic route",
    q="at_least",
    period="since January",
    **MMP,
)
a(
    "almost double",
    2,
    "measure",
    "rise in deaths on the Atlantic route",
    q="nearly",
    unit="times",
    opt=True,
)
a("680", 680, "count", "deaths and disappearances by the end of October last year")
a("more than 10 days", 10, "duration", "time some pirogues spend at sea", q="more_than", unit="day")
MIN = dict(
    speaker="Spain's Ministry of the Interior",
    aliases=["Spanish Ministry of the Interior", "Ministry of the Interior"],
)
a("41,300", 41300, "count", "sea arrivals in the Canary Islands", **MIN)
a("37 per cent", 37, "percent", "rise in sea arrivals in the Canary Islands", unit=PCT, **MIN)
a("Around one in five", 20, "percent", "children among arrivals", q="approximate", unit=PCT)
a(
    "2,470",
    2470,
    "count",
    "people intercepted by the Senegalese Navy in September",
    speaker="Senegalese Navy",
    aliases=["Fatou Diallo Sarr", "Sarr"],
)
FDS = dict(speaker="Fatou Diallo Sarr", aliases=["Sarr"])
a(
    "two to four days",
    2,
    "duration",
    "added journey time from Guinea and Sierra Leone",
    q="range",
    unit="day",
    low=2,
    high=4,
    **FDS,
)
a(
    "almost 70 per cent",
    70,
    "percent",
    "young men in coastal villages who thought of leaving",
    q="nearly",
    unit=PCT,
    **FDS,
)
a("3,200", 3200, "count", "stranded migrants helped to return home", period="this year", **FDS)
a(
    "more than 5,000",
    5000,
    "count",
    "deaths on the Atlantic route since January",
    q="more_than",
    speaker="Caminando Fronteras",
    aliases=[],
)
a("USD 46 million", 46e6, "money", "IOM appeal for the region", unit="USD")
a("12 months", 12, "duration", "period of the appeal", unit="month", opt=True)
a("18 per cent", 18, "percent", "share of the appeal funded", unit=PCT)
a(
    "more than 72,000",
    72000,
    "count",
    "deaths and disappearances on migration routes worldwide",
    q="more_than",
    period="since 2014",
    **MMP,
)
a("nearly half", 50, "percent", "share of deaths in the Mediterranean", q="nearly", unit=PCT, **MMP)

# 1805: CGTN article (Tuesday 7 November 2028); the bureau spoke at Monday's press conference.
SPB = dict(speaker="State Post Bureau", aliases=["the bureau"], date="2028-11-06")
doc("1805_cgtn-express-parcels-singles-day-2028-11-07.txt", "2028-11-07", None)
a("150 billion", 150e9, "count", "parcels handled", q="more_than", opt=True, **SPB)
a(
    "more than 150 billion",
    150e9,
    "count",
    "parcels handled by courier companies",
    q="more_than",
    period="first ten months of 2028",
    **SPB,
)
a("ten months", 10, "duration", "period of the parcel figure", unit="month", opt=True, **SPB)
a("two months", 2, "duration", "time left in the year", unit="month", opt=True, **SPB)
ZY = dict(speaker="Zhang Yuan", aliases=["Zhang", "State Post Bureau"], date="2028-11-06")
a("17.6 percent", 17.6, "percent", "year-on-year rise in parcel volume", unit=PCT, **ZY)
a("11.2 percent", 11.2, "percent", "growth of courier business revenue", unit=PCT, **ZY)
a("1.21 trillion yuan", 1.21e12, "money", "courier business revenue", unit="CNY", **ZY)
a(
    "about 28 percent",
    28,
    "percent",
    "share of parcels from rural areas",
    q="approximate",
    unit=PCT,
    **ZY,
)
a("95 percent", 95, "percent", "villages with direct courier services", unit=PCT, **ZY)
a(
    "around 6.8 billion",
    6.8e9,
    "count",
    "parcels expected during the Singles Day period",
    q="approximate",
    **ZY,
)
a("14 percent", 14, "percent", "expected rise in Singles Day parcel volume", unit=PCT, **ZY)
a("820 million", 820e6, "count", "peak daily parcel volume", q="more_than", **ZY)
a(
    "15 consecutive years",
    15,
    "duration",
    "years China's express market has ranked first",
    unit="year",
    opt=True,
)
a("54 hours", 54, "duration", "average delivery time between major cities", unit="hour", **SPB)
a("nearly six hours", 6, "duration", "improvement in delivery time", q="nearly", unit="hour", **SPB)
a(
    "five years",
    5,
    "duration",
    "period of the delivery time comparison",
    unit="year",
    after="faster than ",
    opt=True,
    **SPB,
)
a("some 60,000", 60000, "count", "parcels sorted per hour at ZTO's Qingpu center", q="approximate")
LHW = dict(speaker="Li Hongwei", aliases=["Li"])
a("Five years", 5, "duration", "period of the staffing comparison", unit="year", opt=True, **LHW)
a("300", 300, "count", "workers needed on the sorting floor five years ago", **LHW)
a("about 80", 80, "count", "workers needed on the sorting floor now", q="approximate", **LHW)
a("1.6 billion", 1.6e9, "count", "deliveries a year using recyclable boxes", **SPB)
a("91 percent", 91, "percent", "share of parcels sent without extra packaging", unit=PCT, **SPB)
GAC = dict(speaker="General Administration of Customs", aliases=["Chinese customs"])
a(
    "2.3 trillion yuan",
    2.3e12,
    "money",
    "cross-border e-commerce imports and exports",
    unit="CNY",
    period="first three quarters",
    **GAC,
)
a("12.4 percent", 12.4, "percent", "growth of cross-border e-commerce trade", unit=PCT, **GAC)
IRE = dict(speaker="iResearch", aliases=[])
a("about 110", 110, "count", "parcels received per capita a year in China", q="approximate", **IRE)
a(
    "roughly 60",
    60,
    "count",
    "parcels received per capita a year in the United States",
    q="approximate",
    **IRE,
)
a("8 yuan", 8, "money", "average revenue per parcel", q="less_than", unit="CNY")
a("12 yuan", 12, "money", "average revenue per parcel in 2018", unit="CNY", period="2018")
a("five", 5, "count", "leading courier firms summoned by the bureau", after="summoned ")

# 1806: Canadian government news release (Tuesday 14 November 2028).
doc("1806_canada-hicc-halifax-housing-release-2028-11-14.txt", "2028-11-14", None)
GR = dict(speaker="Gregor Robertson", aliases=["Robertson", "the Minister"])
a(
    "more than $84 million",
    84e6,
    "money",
    "federal investment in Halifax",
    q="more_than",
    unit="CAD",
    opt=True,
    **GR,
)
a("1,900", 1900, "count", "homes to be fast-tracked", opt=True, **GR)
a(
    "$84.6 million",
    84.6e6,
    "money",
    "federal investment in Halifax infrastructure",
    unit="CAD",
    **GR,
)
a("11", 11, "count", "projects supported by the fund")
a("3.2-kilometre", 3.2, "measure", "length of the Bedford West trunk sewer", unit="km", opt=True)
a("two", 2, "count", "water treatment plants upgraded", after="upgrades to ", opt=True)
a("approximately 1,900", 1900, "count", "new homes enabled", q="approximate")
a("ten years", 10, "duration", "period for the new homes", unit="year", opt=True)
a(
    "about a third",
    33.33,
    "percent",
    "share of new homes in apartment buildings near transit",
    q="approximate",
    unit=PCT,
)
a("$56.4 million", 56.4e6, "money", "Halifax Regional Municipality contribution", unit="CAD")
a("$12 million", 12e6, "money", "Halifax Water contribution", unit="CAD")
a(
    "more than 8,300",
    8300,
    "count",
    "homes fast-tracked by the Housing Accelerator Fund",
    q="more_than",
    period="since 2023",
    **GR,
)
CMHC = dict(speaker="Canada Mortgage and Housing Corporation", aliases=["CMHC"])
a(
    "21 per cent",
    21,
    "percent",
    "rise in housing starts in the Halifax region",
    unit=PCT,
    period="first nine months of this year",
    speaker="Canada Mortgage and Housing Corporation",
    aliases=["CMHC", "Gregor Robertson", "Robertson"],
)
a(
    "nine months",
    9,
    "duration",
    "period of the housing starts figure",
    unit="month",
    opt=True,
    speaker="Canada Mortgage and Housing Corporation",
    aliases=["CMHC", "Gregor Robertson"],
)
a(
    "$84.6-million",
    84.6e6,
    "money",
    "federal investment in Halifax infrastructure",
    unit="CAD",
    opt=True,
    **GR,
)
a("close to 2,000", 2000, "count", "homes unlocked in Halifax", q="nearly", **GR)
a(
    "over $4.3 billion",
    4.3e9,
    "money",
    "committed through the Canada Housing Infrastructure Fund",
    q="more_than",
    unit="CAD",
    **GR,
)
CP = dict(speaker="Colin Pryor", aliases=["Pryor", "Mayor of Halifax"])
a("almost 100,000", 100000, "count", "Halifax population growth", q="nearly", **CP)
a("six years", 6, "duration", "period of the population growth", unit="year", opt=True, **CP)
JM = dict(speaker="Jennifer MacIsaac", aliases=["MacIsaac", "Halifax Water"])
a("more than 460,000", 460000, "count", "people served by Halifax Water", q="more_than", **JM)
a("30 per cent", 30, "percent", "increase in treatment capacity at Mill Cove", unit=PCT, **JM)
a("$6 billion", 6e9, "money", "size of the Canada Housing Infrastructure Fund", unit="CAD")
a("$1 billion", 1e9, "money", "fund delivered directly to municipalities", unit="CAD")
a("$5 billion", 5e9, "money", "fund delivered through provinces and territories", unit="CAD")
CEN = dict(speaker="2026 Census", aliases=["Statistics Canada", "Census"])
a(
    "9.4 per cent",
    9.4,
    "percent",
    "Halifax population growth",
    unit=PCT,
    period="2021 to 2026",
    **CEN,
)
a(
    "more than twice",
    2,
    "measure",
    "Halifax growth relative to the national rate",
    q="more_than",
    unit="times",
    opt=True,
    **CEN,
)
a(
    "1.8 per cent",
    1.8,
    "percent",
    "Halifax rental vacancy rate",
    unit=PCT,
    period="October 2027",
    **CMHC,
)

# 1807: This is Money results story (Tuesday 21 November 2028).
doc("1807_thisismoney-brindleys-half-year-results-2028-11-21.txt", "2028-11-21", "Brindley's")
a("18%", 18, "percent", "rise in half-year profits", unit=PCT, opt=True)
a("18 per cent", 18, "percent", "rise in half-year profits", unit=PCT)
a(
    "£212million",
    212e6,
    "money",
    "underlying pre-tax profit",
    unit="GBP",
    period="26 weeks to 5 October",
)
a("26 weeks", 26, "duration", "reporting period", unit="week", opt=True)
a("£180million", 180e6, "money", "underlying pre-tax profit a year earlier", unit="GBP")
a("6.3 per cent", 6.3, "percent", "rise in group sales", unit=PCT, speaker=None, aliases=[])
a("£7.9billion", 7.9e9, "money", "group sales", unit="GBP", speaker=None, aliases=[])
a("4.1 per cent", 4.1, "percent", "rise in like-for-like sales", unit=PCT, speaker=None, aliases=[])
RO = dict(speaker="Rachel Osei", aliases=["Osei"])
a(
    "nearly one in every four",
    25,
    "percent",
    "Reserve range share of own-label food spending",
    q="nearly",
    unit=PCT,
    **RO,
)
a("22 per cent", 22, "percent", "growth of online orders", unit=PCT, **RO)
a(
    "more than 1.2 million",
    1.2e6,
    "count",
    "Reserve Christmas puddings sold last year",
    q="more_than",
    **RO,
)
a("14", 14, "count", "new stores to open", after="would open ", **RO)
a("around 1,500", 1500, "count", "jobs to be created", q="approximate", **RO)
NUL = dict(speaker=None, aliases=[])
TA = dict(speaker="Tom Ashworth", aliases=["Ashworth"])
a("£160million", 160e6, "money", "cut in net debt since February", unit="GBP", **TA)
a("£100million", 100e6, "money", "share buyback", unit="GBP", **TA)
KAN = dict(speaker="Kantar", aliases=[], date="2028-11-20")
a(
    "7.4 per cent",
    7.4,
    "percent",
    "Brindley's grocery market share",
    unit=PCT,
    period="12 weeks to 2 November",
    **KAN,
)
a("12 weeks", 12, "duration", "period of the market share figure", unit="week", opt=True, **KAN)
a("7.1 per cent", 7.1, "percent", "Brindley's grocery market share a year ago", unit=PCT, **KAN)
a("2.9 per cent", 2.9, "percent", "grocery price inflation", unit=PCT, **KAN)
a("4.2 per cent", 4.2, "percent", "fall in Brindley's shares", unit=PCT, **NUL)
a("11.6p", 0.116, "money", "fall in Brindley's share price", unit="GBP", **NUL)
a("264.8p", 2.648, "money", "Brindley's share price", unit="GBP", **NUL)
a(
    "about £2.6billion",
    2.6e9,
    "money",
    "Brindley's market value",
    q="approximate",
    unit="GBP",
    **NUL,
)
a(
    "at least £430million",
    430e6,
    "money",
    "full-year profit guidance investors expected",
    q="at_least",
    unit="GBP",
    speaker="Clive Black",
    aliases=["Black", "Shore Capital"],
)
a(
    "£415million to £425million",
    415e6,
    "money",
    "full-year profit forecast",
    q="range",
    unit="GBP",
    low=415e6,
    high=425e6,
)
a("£250million", 250e6, "money", "promised savings", unit="GBP", **NUL)
a("three years", 3, "duration", "period of the savings programme", unit="year", opt=True, **NUL)
a("about £90million", 90e6, "money", "savings found so far", q="approximate", unit="GBP", **NUL)

GOLD.build()
