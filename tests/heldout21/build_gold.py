"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout21/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout19, see README.md): headline figures optional;
# the page's own voice and unnamed sources ("civil defense officials said", "according to
# volunteers", "people familiar with the matter said", "Reports from the region say", "according
# to industry data", "Analysts expect") have speaker None, judged sentence by sentence; in a
# transcript an unattributed sentence of a turn is the turn's speaker, the outlet that asks speaks
# for its question, a bare "Q:" is None, and a figure a question attributes is that source's (the
# outlet an alias); "according to X" / "data from X showed" / "X's survey found" / "the report
# finds" are X; a figure relayed from a minister or Secretary is theirs, dated the day they said
# it; "He said" / "She said" / "Chen added" are the person named before; date = the day the
# claim was stated; "last week" / "last month" / "this morning" keep the publication day; time
# spans that only date a figure, compound adjectives and series ordinals are optional.

# 2100: MFA regular press conference (Tuesday 13 March 2029).
doc("2100_mfa-lin-jian-presscon-2029-03-13.txt", "2029-03-13", "Lin Jian")
a(
    "17.6 billion US dollars",
    17.6e9,
    "money",
    "China-Cambodia trade",
    unit="USD",
    period="last year",
)
a("11.4 percent", 11.4, "percent", "increase in China-Cambodia trade", unit="percent")
a("more than 1.3 million", 1.3e6, "count", "visits to Cambodia by Chinese tourists", q="more_than")
a("about 8,000", 8000, "count", "local jobs created by the Funan Techo Canal", q="approximate")
a(
    "about 9 percent",
    9,
    "percent",
    "fall in Cambodian rice exports to China",
    q="approximate",
    unit="percent",
    period="January and February",
    speaker="Cambodian Ministry of Commerce",
    aliases=["AFP"],
    date="2029-03-11",
)
a("12", 12, "count", "Cambodian agricultural products granted market access", after="access to ")
a(
    "8.7 percent",
    8.7,
    "percent",
    "share of Chinese-made cars in new EU electric car registrations",
    unit="percent",
    period="last year",
    speaker="European Automobile Manufacturers' Association",
    aliases=["ACEA", "Bloomberg"],
)
CAAM = dict(speaker="China Association of Automobile Manufacturers", aliases=["CAAM", "Lin Jian"])
a(
    "2.1 million",
    2.1e6,
    "count",
    "new energy vehicles exported by China",
    period="last year",
    **CAAM,
)
a(
    "over 60 percent",
    60,
    "percent",
    "share of NEV exports going to markets outside Europe",
    q="more_than",
    unit="percent",
    **CAAM,
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2029-03-12")
a("180 billion US dollars", 180e9, "money", "China-Brazil trade", q="more_than", unit="USD", **WY)
a("third", 3, "count", "consecutive years of trade above 180 billion dollars", opt=True, **WY)
a(
    "nearly 70 percent",
    70,
    "percent",
    "Brazil's share of China's soybean imports",
    q="nearly",
    unit="percent",
    **WY,
)
a(
    "more than 40",
    40,
    "count",
    "Chinese-invested renewable energy projects in Brazil",
    q="more_than",
    **WY,
)
a("162 days", 162, "duration", "length of the Antarctic expedition voyage", unit="day")
a("11 countries", 11, "count", "countries of researchers in the Antarctic expedition")
a(
    "34 times",
    34,
    "count",
    "Chinese military aircraft sightings near Japan's airspace",
    period="February",
    speaker="Japan's Ministry of Defense",
    aliases=["Japanese Ministry of Defense", "Reuters"],
    date="2029-03-12",
)
a(
    "over 60 percent",
    60,
    "percent",
    "rise in Japan's defense spending",
    q="more_than",
    unit="percent",
    after="risen by ",
)
a("five years", 5, "duration", "period of the defense spending rise", unit="year", opt=True)
a("more than 2,000", 2000, "count", "delegates registered for the Boao Forum", q="more_than")
a(
    "over 60",
    60,
    "count",
    "countries and regions of registered delegates",
    q="more_than",
    after="delegates from ",
)

# 2101: Ministry of Emergency Management press conference (Thursday 19 April 2029).
doc("2101_mem-q1-disasters-presscon-2029-04-19.txt", "2029-04-19", "Shen Hongwei")
a("6.8 million", 6.8e6, "count", "people affected by natural disasters", period="first quarter")
a(
    "21.4 billion yuan",
    21.4e9,
    "money",
    "direct economic losses from natural disasters",
    unit="CNY",
    period="first quarter",
)
a("five years", 5, "duration", "averaging period", unit="year", opt=True)
a("37 percent", 37, "percent", "fall in people dead or missing", unit="percent")
GJ = dict(speaker="Gao Jian")
a("11 provinces", 11, "count", "provinces hit by low temperature, freezing and snow", **GJ)
a(
    "about 430,000 hectares",
    430000,
    "measure",
    "crops damaged",
    q="approximate",
    unit="hectare",
    **GJ,
)
a("5.9", 5.9, "measure", "magnitude of the Dingri earthquake", unit="magnitude", opt=True, **GJ)
a("more than 3,200", 3200, "count", "houses damaged by the Dingri earthquake", q="more_than", **GJ)
CMA = dict(speaker="China Meteorological Administration", aliases=["Gao Jian"])
a(
    "20 to 30 percent",
    25,
    "percent",
    "summer rainfall above normal in the Haihe and Songhua basins",
    q="range",
    unit="percent",
    low=20,
    high=30,
    **CMA,
)
a(
    "two to three",
    2.5,
    "count",
    "typhoons expected to make landfall",
    q="range",
    low=2,
    high=3,
    **CMA,
)
PL = dict(speaker="Pei Lijuan")
a("97", 97, "count", "forest fires nationwide", period="January to March", **PL)
a("42 percent", 42, "percent", "year-on-year drop in forest fires", unit="percent", **PL)
a("about 560 hectares", 560, "measure", "burned area", q="approximate", unit="hectare", **PL)
a("more than 5,000", 5000, "count", "drones deployed for fire patrols", q="more_than", **PL)
WX = dict(speaker="Wang Xiangxi", aliases=["Minister Wang Xiangxi"], date="2029-04-12")
a("95 percent", 95, "percent", "share of fires caused by human activities", unit="percent", **WX)
a("more than 110,000", 110000, "count", "professional firefighters on standby", q="more_than", **WX)
a(
    "18.3 percent",
    18.3,
    "percent",
    "year-on-year fall in production safety accidents",
    unit="percent",
)
a("15.6 percent", 15.6, "percent", "year-on-year fall in production safety deaths", unit="percent")
a("31", 31, "count", "coal mine deaths", after="dropped to ")
a("24", 24, "count", "inspection teams sent to key provinces", after="has sent ")
a("1,870", 1870, "count", "hidden hazards found")
a("Some 46", 46, "count", "mines ordered to halt production", q="approximate")
a(
    "14",
    14,
    "count",
    "Songhua basin reservoirs above flood control levels",
    speaker="Ministry of Water Resources",
    aliases=["Xinhua News Agency", "Xinhua"],
    date="2029-04-17",
    after="on Tuesday that ",
)
a("1.2 billion yuan", 1.2e9, "money", "emergency materials pre-positioned", unit="CNY", **GJ)
a("300,000", 300000, "count", "tents pre-positioned", **GJ)
a("1.5 million", 1.5e6, "count", "quilts pre-positioned", **GJ)

# 2102: Pentagon press briefing (Tuesday 8 May 2029).
doc("2102_pentagon-wilson-munitions-briefing-2029-05-08.txt", "2029-05-08", "Kingsley Wilson")
a("72,000", 72000, "count", "155-millimeter artillery shells produced a month")
a("155-millimeter", 155, "measure", "shell calibre", unit="millimeter", opt=True)
a("28,000", 28000, "count", "artillery shells produced a month in early 2023")
PH = dict(speaker="Pete Hegseth", aliases=["Secretary Hegseth", "Hegseth"], date="2029-05-04")
a("100,000", 100000, "count", "target artillery rounds a month", **PH)
a("$3.4 billion", 3.4e9, "money", "contracts awarded to expand capacity", unit="USD", **PH)
a("six plants", 6, "count", "plants with expanded capacity", **PH)
a("About 14,000", 14000, "count", "troops in exercise Balikatan", q="approximate")
a("more than 500", 500, "count", "personnel sent by Japan and Australia", q="more_than")
ARMY = dict(speaker="U.S. Army", aliases=["Army", "Kingsley Wilson"])
a("61,500", 61500, "count", "Army recruiting goal", **ARMY)
a("nearly five months", 5, "duration", "time ahead of schedule", q="nearly", unit="month", **ARMY)
a(
    "more than two decades",
    2,
    "duration",
    "time since the Army met its goal so early",
    q="more_than",
    unit="decade",
    opt=True,
)
CBO = dict(speaker="Congressional Budget Office", aliases=["CBO"])
a(
    "about $40 billion",
    40e9,
    "money",
    "annual cost of the Navy's shipbuilding plan",
    q="approximate",
    unit="USD",
    **CBO,
)
a(
    "roughly a third",
    33.33,
    "percent",
    "CBO estimate above the Navy estimate",
    q="approximate",
    unit="percent",
    **CBO,
)
NAVY = dict(speaker="U.S. Navy", aliases=["Navy", "Kingsley Wilson"])
a("$30.5 billion", 30.5e9, "money", "Navy estimate of annual shipbuilding cost", unit="USD", **NAVY)
a("30 years", 30, "duration", "period of the shipbuilding estimate", unit="year", opt=True, **NAVY)
a(
    "41 percent",
    41,
    "percent",
    "share of F-35 aircraft mission-capable",
    unit="percent",
    period="last year",
    speaker="Government Accountability Office",
    aliases=["GAO"],
    date="2029-05-07",
)
SF = dict(speaker="Steve Feinberg", aliases=["Deputy Secretary Feinberg", "Feinberg"])
a("1,200", 1200, "count", "maintainers to be added to the F-35 program", **SF)
a("20 percent", 20, "percent", "cut in spare-parts delivery times", unit="percent", **SF)
a("about 8,600", 8600, "count", "troops at the southern border", q="approximate")
a("11,000", 11000, "count", "peak troops at the southern border")
a(
    "at least 15",
    15,
    "count",
    "missiles fired by Houthi forces at commercial ships",
    q="at_least",
    speaker=None,
)
a("9", 9, "count", "missiles intercepted in the Red Sea", after="intercepted ")
a("23", 23, "count", "drones intercepted in the Red Sea", after="missiles and ")

# 2103: AFP wire story on floods in Parana, Brazil (Monday 14 May 2029).
doc("2103_afp-brazil-parana-floods-2029-05-14.txt", "2029-05-14", None)
a("58", 58, "count", "flood death toll", opt=True)
a("58", 58, "count", "flood death toll in Parana", after="rose to ")
CD = dict(
    speaker="state civil defense agency",
    aliases=["Parana civil defense agency", "civil defense agency"],
)
a("41", 41, "count", "people missing", after="Another ", **CD)
a("more than 27,000", 27000, "count", "people forced from their homes", q="more_than", **CD)
a("94", 94, "count", "municipalities declaring a state of emergency", **CD)
a("399", 399, "count", "municipalities in Parana", **CD)
SGB = dict(speaker="national geological service", aliases=["Geological Service of Brazil", "SGB"])
a(
    "9.8 meters",
    9.8,
    "measure",
    "level of the Iguacu river at Uniao da Vitoria",
    unit="meter",
    **SGB,
)
a(
    "nearly four meters",
    4,
    "measure",
    "river level above flood level",
    q="nearly",
    unit="meter",
    **SGB,
)
RJ = dict(
    speaker="Ratinho Junior", aliases=["Carlos Massa Ratinho Junior", "Ratinho"], date="2029-05-13"
)
a("450 millimeters", 450, "measure", "rainfall in some towns", unit="millimeter", **RJ)
a("five days", 5, "duration", "period of the rainfall", unit="day", opt=True, **RJ)
a("three months", 3, "duration", "equivalent months of rain", unit="month", opt=True, **RJ)
a("800 million reais", 800e6, "money", "state emergency aid", unit="BRL", **RJ)
a(
    "1.5 billion reais",
    1.5e9,
    "money",
    "federal pledge for reconstruction",
    unit="BRL",
    speaker="Luiz Inacio Lula da Silva",
    aliases=["Lula"],
    date="2029-05-12",
)
a(
    "up to 150 millimeters",
    150,
    "measure",
    "further rain expected in the west of the state",
    q="at_most",
    unit="millimeter",
    speaker="INMET",
    aliases=["national meteorological institute"],
)
a("about 55,000", 55000, "count", "population of Uniao da Vitoria", q="approximate")
a("two nights", 2, "duration", "time residents spent on rooftops", unit="night", opt=True)
a("46", 46, "measure", "age of Marcia Kowalski", unit="year", opt=True, after="Kowalski, ")
a("about 600", 600, "count", "people sleeping at the shelter", q="approximate")
a(
    "around 14 percent",
    14,
    "percent",
    "Parana's share of Brazil's soybeans",
    q="approximate",
    unit="percent",
)
a(
    "about 180,000 hectares",
    180000,
    "measure",
    "farmland flooded",
    q="approximate",
    unit="hectare",
    speaker="state agriculture secretariat",
    aliases=["Parana agriculture secretariat"],
    date="2029-05-11",
)
a("12 points", 12, "count", "highway closure points")
a("up to seven days", 7, "duration", "delay to chicken shipments", q="at_most", unit="day")
a("more than 180", 180, "count", "deaths in Rio Grande do Sul floods", q="more_than", period="2024")

# 2104: World Bank press release on the Commodity Markets Outlook (Monday 23 April 2029).
doc("2104_worldbank-commodity-outlook-2029-04-23.txt", "2029-04-23", None)
WB = dict(speaker="World Bank", aliases=["Commodity Markets Outlook"])
a("Six-Year", 6, "duration", "years since prices were this low", unit="year", opt=True)
a(
    "9 percent",
    9,
    "percent",
    "fall in global commodity prices",
    unit="percent",
    period="this year",
    **WB,
)
a(
    "3 percent",
    3,
    "percent",
    "further fall in commodity prices",
    unit="percent",
    period="2030",
    **WB,
)
a("six years", 6, "duration", "years since prices were this low", unit="year", opt=True, **WB)
a(
    "roughly two-thirds",
    66.67,
    "percent",
    "share of developing countries depending on commodity exports",
    q="approximate",
    unit="percent",
)
a("13 percent", 13, "percent", "drop in energy prices", unit="percent", period="2029")
a("$61", 61, "money", "average Brent crude price this year", unit="USD", **WB)
a("$69", 69, "money", "average Brent crude price in 2028", unit="USD", **WB)
a(
    "1.1 million barrels per day",
    1.1e6,
    "measure",
    "oil supply exceeding demand",
    unit="barrels per day",
    **WB,
)
a("4 percent", 4, "percent", "easing of agricultural prices", unit="percent")
IG = dict(speaker="Indermit Gill", aliases=["Gill"])
a("More than 90", 90, "count", "developing economies relying on commodities", q="more_than", **IG)
a(
    "at least 60 percent",
    60,
    "percent",
    "commodities' share of exports",
    q="at_least",
    unit="percent",
    **IG,
)
a("two years", 2, "duration", "period of lower revenues", unit="year", opt=True, **IG)
a(
    "about 710 million",
    710e6,
    "count",
    "people facing acute or chronic hunger",
    q="approximate",
    period="last year",
    **WB,
)
a(
    "nearly 40 million",
    40e6,
    "count",
    "increase in hungry people since before the pandemic",
    q="nearly",
    **WB,
)
a(
    "a third",
    33.33,
    "percent",
    "fall in fertilizer prices since the 2022 peak",
    unit="percent",
    after="fallen by ",
)
a("18 percent", 18, "percent", "fertilizer prices above their 2015-2019 average", unit="percent")
a("$85", 85, "money", "oil price in a Middle East escalation", q="more_than", unit="USD", **WB)
a("as much as 15 percent", 15, "percent", "rise in grain prices", q="at_most", unit="percent")
AK = dict(speaker="Ayhan Kose", aliases=["Kose"])
a("21 percent", 21, "percent", "rise in gold prices", unit="percent", period="first quarter", **AK)
a(
    "1,150 tons",
    1150,
    "measure",
    "gold bought by central banks",
    unit="ton",
    period="last year",
    **AK,
)
a("7 percent", 7, "percent", "annual growth in copper demand", unit="percent", **AK)
a("five", 5, "count", "institutions of the World Bank Group", after="comprises ")
a(
    "$117 billion",
    117e9,
    "money",
    "World Bank Group commitments",
    unit="USD",
    period="fiscal year 2028",
)

# 2105: Global Times article on NEV exports (Tuesday 22 May 2029).
doc("2105_globaltimes-nev-exports-q1-2029-05-22.txt", "2029-05-22", None)
CAAM2 = dict(speaker="China Association of Automobile Manufacturers", aliases=["CAAM"])
a("34%", 34, "percent", "growth in NEV exports", unit="percent", opt=True, **CAAM2)
a("34 percent", 34, "percent", "year-on-year growth in NEV exports", unit="percent", **CAAM2)
a(
    "1.02 million",
    1.02e6,
    "count",
    "NEV units exported",
    period="first four months of 2029",
    **CAAM2,
)
a(
    "four months",
    4,
    "duration",
    "period of the export figures",
    unit="month",
    opt=True,
    after="in the first ",
    **CAAM2,
)
a("283,000", 283000, "count", "NEV units exported in April")
a("29 percent", 29, "percent", "year-on-year growth in April NEV exports", unit="percent")
a("47 percent", 47, "percent", "NEV share of total vehicle exports", unit="percent", **CAAM2)
CS = dict(speaker="Chen Shihua", aliases=["Chen"])
a(
    "more than half",
    50,
    "percent",
    "emerging markets' share of NEV exports",
    q="more_than",
    unit="percent",
    **CS,
)
a("96,000", 96000, "count", "NEV units exported to Brazil", **CS)
a("14", 14, "count", "overseas plants opened by Chinese brands", after="had opened ", **CS)
CD2 = dict(speaker="Cui Dongshu", aliases=["Cui"])
a(
    "about 8 percent",
    8,
    "percent",
    "rise in average NEV export price",
    q="approximate",
    unit="percent",
    **CD2,
)
a(
    "about 35 percent",
    35,
    "percent",
    "mid- and high-end share of NEV exports to Europe",
    q="approximate",
    unit="percent",
    **CD2,
)
a(
    "6 percent",
    6,
    "percent",
    "fall in European sales of Chinese-brand cars",
    unit="percent",
    period="April",
    speaker="Reuters",
    aliases=["Dataforce"],
)
ZX = dict(speaker="Zhang Xiang", aliases=["Zhang"], date="2029-05-21")
a("150,000", 150000, "count", "annual capacity of BYD's Hungary plant", **ZX)
a("three years", 3, "duration", "horizon of the forecast", unit="year", opt=True, **ZX)
a(
    "one in every four",
    25,
    "percent",
    "share of Chinese NEVs sold in Europe made in Hungary",
    unit="percent",
    **ZX,
)
GAC = dict(speaker="General Administration of Customs", aliases=["GAC"])
a(
    "49.6 billion US dollars",
    49.6e9,
    "money",
    "value of China's automobile exports",
    unit="USD",
    **GAC,
)
a(
    "four months",
    4,
    "duration",
    "period of the customs figures",
    unit="month",
    opt=True,
    after="US dollars in the first ",
    **GAC,
)
a(
    "18.5 percent",
    18.5,
    "percent",
    "year-on-year growth in automobile export value",
    unit="percent",
    **GAC,
)
a("78", 78, "count", "vessels in China's car-carrier fleet")
a("7 million", 7e6, "count", "China's total vehicle exports for the full year", q="more_than")
a("fourth", 4, "count", "consecutive years as largest auto exporter", opt=True, after="for the ")

# 2106: New Zealand Government (Beehive) release (Tuesday 5 June 2029).
doc("2106_nz-beehive-literacy-results-2029-06-05.txt", "2029-06-05", None)
ES = dict(speaker="Erica Stanford", aliases=["Ms Stanford", "Education Minister Erica Stanford"])
a(
    "More than 19,000",
    19000,
    "count",
    "additional Year 3 students reading at the expected level",
    q="more_than",
)
a("two years", 2, "duration", "comparison period", unit="year", opt=True, after="compared with ")
a("58,400", 58400, "count", "students taking the Phonics Check", **ES)
a("40 weeks", 40, "duration", "time at school before the check", unit="week", opt=True, **ES)
a("Two years", 2, "duration", "comparison period", unit="year", opt=True, **ES)
a(
    "44 percent",
    44,
    "percent",
    "new entrants on track with reading two years ago",
    unit="percent",
    **ES,
)
a("61 percent", 61, "percent", "new entrants on track with reading", unit="percent", **ES)
a(
    "21",
    21,
    "percent",
    "improvement for Maori students",
    unit="percentage point",
    after="improved by ",
)
a(
    "19 percentage points",
    19,
    "percent",
    "improvement for Pacific students",
    unit="percentage point",
)
a("$67 million", 67e6, "money", "investment in structured literacy", unit="NZD", **ES)
a("more than 23,000", 23000, "count", "teachers trained", q="more_than", **ES)
a("1.1 million", 1.1e6, "count", "books delivered to schools", period="last year", **ES)
a("$12 million", 12e6, "money", "further funding for Years 4 to 8", unit="NZD", **ES)
ERO = dict(speaker="Education Review Office", aliases=["ERO"])
a(
    "83 percent",
    83,
    "percent",
    "principals saying the approach improved reading",
    unit="percent",
    **ERO,
)
a("1 in 5", 20, "percent", "schools lacking trained reading specialists", unit="percent", **ERO)
a(
    "68 percent",
    68,
    "percent",
    "charter school new entrants on track",
    unit="percent",
    speaker="David Seymour",
    aliases=["Seymour", "Associate Education Minister David Seymour"],
)
NZEI = dict(speaker="New Zealand Educational Institute", aliases=["NZEI"], date="2029-06-04")
a("1,400", 1400, "count", "members surveyed", **NZEI)
a("34 hours", 34, "duration", "average own time spent on literacy training", unit="hour", **NZEI)
a("20-week", 20, "duration", "Phonics Check point", unit="week", opt=True)
a("40-week", 40, "duration", "Phonics Check point", unit="week", opt=True)
a(
    "seven",
    7,
    "measure",
    "typical age of Year 3 students",
    unit="year",
    opt=True,
    after="typically aged ",
)
a("1,912", 1912, "count", "schools results were collected from")

# 2107: Australian Financial Review company story (Tuesday 20 February 2029).
doc("2107_afr-yarrabee-half-year-results-2029-02-20.txt", "2029-02-20", None)
YR = dict(speaker="Yarrabee Resources", aliases=["Yarrabee"])
a("38pc", 38, "percent", "fall in first-half profit", unit="percent", opt=True)
a("38 per cent", 38, "percent", "fall in first-half underlying profit", unit="percent")
a("$412 million", 412e6, "money", "first-half underlying profit", unit="AUD")
a("six months", 6, "duration", "reporting period", unit="month", opt=True, **YR)
a("12 per cent", 12, "percent", "fall in revenue", unit="percent", **YR)
a("$2.9 billion", 2.9e9, "money", "revenue for the half", unit="AUD", **YR)
a("14 cents", 0.14, "money", "interim dividend per share", unit="AUD")
a("31 cents", 0.31, "money", "interim dividend per share a year earlier", unit="AUD")
a(
    "$431 million",
    431e6,
    "money",
    "consensus profit forecast",
    unit="AUD",
    speaker="Visible Alpha",
    aliases=[],
)
a("4.3 per cent", 4.3, "percent", "fall in Yarrabee shares", unit="percent")
a("$12.86", 12.86, "money", "Yarrabee share price", unit="AUD")
a("12 months", 12, "duration", "period of the share decline", unit="month", opt=True)
a("27 per cent", 27, "percent", "decline in Yarrabee shares over 12 months", unit="percent")
AL = dict(speaker="Andrea Lindqvist", aliases=["Ms Lindqvist", "Lindqvist"])
a("$US800", 800, "money", "spodumene price per tonne", q="less_than", unit="USD", **AL)
a(
    "about a third",
    33.33,
    "percent",
    "share of the industry losing money",
    q="approximate",
    unit="percent",
    **AL,
)
a("17 per cent", 17, "percent", "cut in unit costs at Mount Carnage", unit="percent", **AL)
a("$350 million", 350e6, "money", "capital spending deferred", unit="AUD", **AL)
a("About 240", 240, "count", "jobs cut at Mount Carnage", q="approximate")
RM = dict(speaker="Raj Menon", aliases=["Menon"])
a("$1.6 billion", 1.6e9, "money", "net debt", unit="AUD", **RM)
a("21 per cent", 21, "percent", "gearing ratio", unit="percent", **RM)
a(
    "between 480,000 and 520,000 tonnes",
    500000,
    "measure",
    "expected spodumene concentrate sales",
    q="range",
    unit="tonne",
    low=480000,
    high=520000,
    **RM,
)
a("58 per cent", 58, "percent", "iron ore share of underlying earnings", unit="percent")
a("6 per cent", 6, "percent", "rise in Pilbara shipments", unit="percent")
a("19.4 million tonnes", 19.4e6, "measure", "iron ore shipments from the Pilbara", unit="tonne")
a(
    "as much as 40 per cent",
    40,
    "percent",
    "possible rise in lithium prices",
    q="at_most",
    unit="percent",
    speaker="Hugo Brennan",
    aliases=["Macquarie"],
    date="2029-02-19",
)
UBS = dict(speaker="UBS", aliases=[])
a(
    "about 90,000 tonnes",
    90000,
    "measure",
    "lithium carbonate equivalent surplus",
    q="approximate",
    unit="tonne",
    **UBS,
)
a("$11.50", 11.5, "money", "UBS price target on Yarrabee", unit="AUD", **UBS)
a(
    "22 per cent",
    22,
    "percent",
    "fall in Pilbara Minerals half-year revenue",
    unit="percent",
    speaker="Pilbara Minerals",
    aliases=[],
)
a("19.9 per cent", 19.9, "percent", "Eastbrook Capital's stake in Yarrabee", unit="percent")

GOLD.build()
