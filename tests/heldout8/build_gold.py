"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout8/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to heldout7 and /work/shared/corpus-extra, see README.md):
# headline, standfirst and summary figures optional; the page's own voice and unnamed sources
# ("local officials said", "a nurse who asked not to be named") have speaker None, judged
# sentence by sentence; in a transcript an unattributed sentence of an answer is the answering
# official's, the outlet that asks speaks for its question, and a figure a question attributes
# is that source's (the outlet and journalist aliases); "according to X", "figures from X show",
# "X says", "X notes" are X (in an answer or a briefing, the spokesperson an alias); a figure an
# official relays from a minister or the Secretary is theirs, dated the day they said it; every
# sentence of a multi-sentence quote, and a quote's second paragraph, is the quoted speaker's;
# "He said", "He added", "She says", "According to Li" are the person named before; date = the
# day the claim was stated ("on Monday", "said Sunday", "late Saturday", "yesterday"), and
# "last week", "earlier this month", "in May", "last fall" keep the publication day. New cases
# for this set are listed in README.md.

# 900: MFA regular press conference (Thursday 14 January 2027).
doc(
    "900_mfa-lin-jian-presscon-2027-01-14.txt",
    "2027-01-14",
    "Lin Jian",
    ["Lin", "Spokesperson Lin Jian"],
)
a("More than 600", 600, "count", "guests expected at the opening ceremony", q="more_than")
a("53", 53, "count", "African countries sending guests")
a("over 150", 150, "count", "events of the China-Africa exchanges year", q="more_than")
GAC = dict(
    speaker="General Administration of Customs",
    aliases=["GAC", "General Administration of Customs of China", "China's customs", "CCTV"],
    date="2027-01-12",
)
a(
    "2.3 trillion yuan",
    2.3e12,
    "money",
    "China-Africa trade",
    unit="CNY",
    period="last year",
    **GAC,
)
a("6.8 percent", 6.8, "percent", "year-on-year rise in China-Africa trade", unit="percent", **GAC)
a(
    "18 consecutive years",
    18,
    "duration",
    "years as Africa's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "11.4 percent",
    11.4,
    "percent",
    "growth of China's agricultural imports from Africa",
    unit="percent",
    period="last year",
)
a(
    "more than 30",
    30,
    "count",
    "African countries enjoying zero-tariff treatment",
    q="more_than",
)
a("100 percent", 100, "percent", "share of tariff lines with zero tariffs", unit="percent")
HL = dict(speaker="He Lifeng", aliases=["Vice Premier He Lifeng", "He"], date="2027-01-13")
a(
    "more than 3,800",
    3800,
    "count",
    "companies set up by Chinese enterprises in Africa",
    q="more_than",
    **HL,
)
a("over 1.1 million", 1.1e6, "count", "local jobs created in Africa", q="more_than", **HL)
a(
    "52.6 billion US dollars",
    52.6e9,
    "money",
    "China's direct investment stock in Africa",
    unit="USD",
    period="end of last year",
    **HL,
)
a(
    "up to 28 percent",
    28,
    "percent",
    "provisional anti-subsidy duties on Chinese wind turbines",
    q="at_most",
    unit="percent",
    speaker="European Commission",
    aliases=["EC", "Commission", "EU", "AFP"],
    date="2027-01-11",
)
a(
    "less than 5 percent",
    5,
    "percent",
    "share of Chinese wind turbines in the EU market",
    q="less_than",
    unit="percent",
    period="last year",
    speaker="Ministry of Commerce",
    aliases=["MOFCOM", "Ministry of Commerce of China", "Lin Jian", "Lin"],
)
# "said last week": no day, the publication day.
a(
    "some 1,200",
    1200,
    "count",
    "takeoffs and landings from Chinese aircraft carriers",
    q="approximate",
    period="December",
    speaker="Ministry of Defense of Japan",
    aliases=[
        "Japan's Ministry of Defense",
        "Japanese Ministry of Defense",
        "Japan Ministry of Defense",
        "Ministry of Defense",
        "Bloomberg",
    ],
)
a(
    "55th anniversary",
    55,
    "anniversary",
    "anniversary of China-Mexico diplomatic relations",
    speaker="China News Service",
    aliases=["CNS"],
)
a("55 years", 55, "duration", "years of China-Mexico relations", unit="year", opt=True)
a(
    "less than 13 million US dollars",
    13e6,
    "money",
    "China-Mexico bilateral trade",
    q="less_than",
    unit="USD",
    period="1972",
)
a(
    "112.4 billion US dollars",
    112.4e9,
    "money",
    "China-Mexico bilateral trade",
    unit="USD",
    period="2026",
)
a("second-largest", 2, "rank", "trading partner of Mexico", subject="China")
a(
    "around 260,000",
    260000,
    "count",
    "visits to Mexico by Chinese travelers",
    q="approximate",
    period="last year",
    speaker="National Migration Institute",
    aliases=[
        "Mexico's National Migration Institute",
        "Instituto Nacional de Migración",
        "INM",
        "Lin Jian",
        "Lin",
    ],
)
a(
    "23 percent",
    23,
    "percent",
    "fall in visitors to Japan from the Chinese mainland",
    unit="percent",
    period="December",
    speaker="Japan Tourism Agency",
    aliases=["JTA", "Kyodo News", "Kyodo"],
)

# 901: US State Department press briefing (Tuesday 9 February 2027).
doc(
    "901_state-dept-pigott-briefing-2027-02-09.txt",
    "2027-02-09",
    "Tommy Pigott",
    ["Pigott", "MR PIGOTT"],
)
a("$68 million", 68e6, "money", "additional US humanitarian assistance to Bolivia", unit="USD")
a(
    "more than $91 million",
    91e6,
    "money",
    "total US assistance for the Bolivia flood response",
    q="more_than",
    unit="USD",
)
a("1,200 metric tons", 1200, "measure", "emergency food in the new funding", unit="tonne")
a(
    "an estimated 420,000",
    420000,
    "count",
    "people to be reached in Beni and Pando",
    q="approximate",
)
MR = dict(speaker="Marco Rubio", aliases=["Secretary Rubio", "Rubio", "Secretary", "The Secretary"])
a(
    "at least 60,000",
    60000,
    "count",
    "families displaced by the floods in Bolivia",
    q="at_least",
    **MR,
)
# "last week the Secretary announced": no day, the publication day.
a(
    "40 percent",
    40,
    "percent",
    "reduction in average visa interview wait times in Mexico",
    unit="percent",
    **MR,
)
a(
    "38 percent",
    38,
    "percent",
    "share of requested aid convoys allowed to move in Gaza",
    unit="percent",
    period="last month",
    speaker="Office for the Coordination of Humanitarian Affairs",
    aliases=[
        "OCHA",
        "UN humanitarian office",
        "United Nations Office for the Coordination of Humanitarian Affairs",
    ],
)
# The figure is attributed by the following sentence ("That's according to ...").
a(
    "more than 4,200",
    4200,
    "count",
    "trucks entering Gaza through the crossings",
    q="more_than",
    period="January",
    speaker="Civil-Military Coordination Center",
    aliases=["CMCC", "Tommy Pigott", "Pigott", "MR PIGOTT"],
)
a(
    "4,900",
    4900,
    "count",
    "trucks entering Gaza through the crossings",
    period="January",
    speaker="COGAT",
    aliases=["Coordinator of Government Activities in the Territories"],
)
a(
    "870",
    870,
    "count",
    "political prisoners in Venezuela",
    speaker="Foro Penal",
    aliases=["AFP", "Agence France-Presse", "Laura Kessler"],
)
a(
    "14",
    14,
    "count",
    "wrongfully detained Americans released from Venezuela",
    after="release of ",
    period="past year",
)
a(
    "22 percent",
    22,
    "percent",
    "cut in State Department funding in the budget request",
    unit="percent",
    period="next fiscal year",
    speaker="White House",
    aliases=["Office of Management and Budget", "OMB"],
    date="2027-02-08",
)
a("$2.4 billion", 2.4e9, "money", "budget request for global health security", unit="USD")
WFP = dict(speaker="World Food Programme", aliases=["WFP", "Tommy Pigott", "Pigott", "MR PIGOTT"])
a(
    "14",
    14,
    "count",
    "areas of Sudan with confirmed famine conditions",
    after="confirmed in ",
    **WFP,
)
a("about 21 million", 21e6, "count", "people facing acute hunger in Sudan", q="approximate", **WFP)
a(
    "more than $1.1 billion",
    1.1e9,
    "money",
    "US assistance to the Sudan response",
    q="more_than",
    unit="USD",
    period="since October 2025",
)

# 902: UN noon briefing (Wednesday 3 March 2027).
doc(
    "902_un-noon-briefing-2027-03-03.txt",
    "2027-03-03",
    "Marta Lindqvist",
    ["Lindqvist", "Spokesperson"],
)
ML = ["Marta Lindqvist", "Lindqvist", "Spokesperson"]
# "our humanitarian colleagues tell us": the spokesperson, OCHA an alias.
a(
    "nearly 18,000",
    18000,
    "count",
    "people displaced by gang violence in Artibonite",
    q="nearly",
    period="since Friday",
    aliases=[*ML, "Office for the Coordination of Humanitarian Affairs", "OCHA"],
)
a(
    "more than 1.5 million",
    1.5e6,
    "count",
    "internally displaced people in Haiti",
    q="more_than",
    speaker="International Organization for Migration",
    aliases=["IOM", *ML],
)
a("some 9,000", 9000, "count", "people receiving hot meals in Saint-Marc", q="approximate")
a("three", 3, "count", "displacement sites with mobile clinics", after="operating in ")
WFP2 = dict(speaker="World Food Programme", aliases=["WFP", *ML])
a("1.2 million", 1.2e6, "count", "people in Darfur facing ration cuts", period="next month", **WFP2)
a("$210 million", 210e6, "money", "new funding WFP needs for Darfur", unit="USD", **WFP2)
a("six weeks", 6, "duration", "time until WFP food stocks in Darfur run out", unit="week", **WFP2)
a(
    "at least 340",
    340,
    "count",
    "children killed or injured in North Darfur",
    q="at_least",
    period="since the start of the year",
    speaker="UNICEF",
    aliases=["United Nations Children's Fund", *ML],
)
OCHA = dict(
    speaker="Office for the Coordination of Humanitarian Affairs",
    aliases=["OCHA", "United Nations Office for the Coordination of Humanitarian Affairs", *ML],
)
a(
    "$2.4 billion",
    2.4e9,
    "money",
    "humanitarian response plan for Afghanistan",
    unit="USD",
    period="this year",
    **OCHA,
)
a("6 per cent", 6, "percent", "share of the Afghanistan plan funded", unit="percent", **OCHA)
a("22.9 million", 22.9e6, "count", "people in Afghanistan needing assistance", **OCHA)
a(
    "roughly half",
    50,
    "percent",
    "share of Afghanistan's population needing assistance",
    q="approximate",
    unit="percent",
    **OCHA,
)
HRMMU = dict(
    speaker="UN Human Rights Monitoring Mission in Ukraine",
    aliases=["HRMMU", "Human Rights Monitoring Mission in Ukraine", *ML],
    date="2027-03-02",
)
a("61", 61, "count", "civilian deaths in Ukraine", period="February", after="recorded ", **HRMMU)
a("312", 312, "count", "civilian injuries in Ukraine", period="February", **HRMMU)
a(
    "4 in 10",
    40,
    "percent",
    "share of civilian casualties caused by short-range drones",
    unit="percent",
    **HRMMU,
)
a("61st", 61, "count", "Member States that have paid regular budget dues in full")
a(
    "about 9,500",
    9500,
    "count",
    "active officers of the Haitian National Police",
    q="approximate",
    speaker="Government of Haiti",
    aliases=["Haitian Government", "Haiti"],
)
a("about 2,100", 2100, "count", "Gang Suppression Force personnel on the ground", q="approximate")
a("5,550", 5550, "count", "authorized strength of the Gang Suppression Force")

# 903: CGTN report of an MEE press conference (Thursday 25 February 2027).
doc("903_cgtn-mee-air-quality-2027-02-25.txt", "2027-02-25", None)
MEE = dict(
    speaker="Ministry of Ecology and Environment",
    aliases=["MEE", "Ministry of Ecology and Environment of China", "the ministry"],
)
a("4.1%", 4.1, "percent", "fall in PM2.5 density", unit="percent", period="2026", opt=True)
a(
    "28.1 micrograms per cubic meter",
    28.1,
    "measure",
    "average PM2.5 concentration in cities at prefecture level and above",
    unit="microgram per cubic metre",
    subject="China",
    period="2026",
    **MEE,
)
a("4.1 percent", 4.1, "percent", "year-on-year fall in PM2.5 concentration", unit="percent", **MEE)
PX = dict(speaker="Pei Xiaofei", aliases=["Pei"])
a(
    "87.9 percent",
    87.9,
    "percent",
    "share of days with good or excellent air quality",
    unit="percent",
    **PX,
)
a(
    "0.6 percentage points",
    0.6,
    "percent",
    "rise in the share of good air quality days",
    unit="percentage point",
    **PX,
)
a("31 percent", 31, "percent", "drop in heavy pollution days", unit="percent", **PX)
a("14", 14, "count", "worst-air cities meeting their annual targets", after="and that ", **PX)
a("20", 20, "count", "cities with the worst air quality", after="14 of the ", opt=True, **PX)
a(
    "1.4 times",
    1.4,
    "measure",
    "PM2.5 density in Beijing-Tianjin-Hebei relative to the national average",
    unit="times",
    **PX,
)
a(
    "More than 60 percent",
    60,
    "percent",
    "share of heavy pollution days between November and February",
    q="more_than",
    unit="percent",
    **PX,
)
LT = dict(speaker="Li Tianwei", aliases=["Li"])
a(
    "about 720 million tonnes",
    720e6,
    "measure",
    "steel production capacity with ultra-low emission retrofits",
    q="approximate",
    unit="tonne",
    **LT,
)
a("82 percent", 82, "percent", "share of national steel capacity retrofitted", unit="percent", **LT)
a(
    "more than 380,000",
    380000,
    "count",
    "heavy-duty diesel trucks phased out",
    q="more_than",
    period="last year",
    **LT,
)
a(
    "33 billion yuan",
    33e9,
    "money",
    "central funds for air pollution prevention and control",
    unit="CNY",
    period="2027",
    **LT,
)
a(
    "30.5 billion yuan",
    30.5e9,
    "money",
    "central funds for air pollution prevention and control",
    unit="CNY",
    period="last year",
    **LT,
)
a(
    "below 25 micrograms per cubic meter",
    25,
    "measure",
    "target national average PM2.5 concentration",
    q="less_than",
    unit="microgram per cubic metre",
    subject="China",
    period="by 2030",
)
MEE_MON = dict(MEE, date="2027-02-22")
a("26", 26, "count", "inspection teams sent", after="sent ", **MEE_MON)
a("11", 11, "count", "provinces visited by inspection teams", after="teams to ", **MEE_MON)
a(
    "58 gigawatts",
    58,
    "measure",
    "newly approved coal power capacity",
    unit="GW",
    subject="China",
    period="2026",
    speaker="Greenpeace East Asia",
    aliases=["Greenpeace"],
)

# 904: AFP wire story on fighting in eastern DR Congo (Monday 12 April 2027).
doc("904_afp-drc-uvira-fighting-2027-04-12.txt", "2027-04-12", None)
a(
    "at least 47",
    47,
    "count",
    "people killed in fighting near Uvira",
    q="at_least",
    period="since Thursday",
    date="2027-04-11",
)
FARDC = dict(
    speaker="Armed Forces of the Democratic Republic of the Congo",
    aliases=["FARDC", "Congolese army", "army"],
    date="2027-04-11",
)
a("112", 112, "count", "rebels killed by the army", **FARDC)
a("three days", 3, "duration", "period of the clashes", unit="day", opt=True, **FARDC)
SE = dict(speaker="Sylvain Ekenge", aliases=["Ekenge", "Major General Sylvain Ekenge"])
a("nine", 9, "count", "Congolese soldiers killed", **SE)
a("27", 27, "count", "Congolese soldiers wounded", **SE)
LK = dict(speaker="Lawrence Kanyuka", aliases=["Kanyuka", "M23"], date="2027-04-10")
a(
    "more than 200",
    200,
    "count",
    "fighters lost by government forces and allied militias",
    q="more_than",
    **LK,
)
a("two", 2, "count", "military drones shot down", after="shot down ", **LK)
a("at least 15", 15, "count", "civilians killed in bombing around Kamanyola", q="at_least", **LK)
UGH = dict(speaker="Uvira General Hospital", aliases=["Uvira general hospital"])
a("64", 64, "count", "wounded received at Uvira general hospital", period="since Thursday", **UGH)
a("19", 19, "count", "children among the wounded", **UGH)
a("40", 40, "count", "beds at the hospital", after="We have ")
a("more than 100", 100, "count", "patients at the hospital", q="more_than")
a(
    "at least 30",
    30,
    "count",
    "bodies counted in the Kiliba area",
    q="at_least",
    speaker="Jean-Paul Mwamba",
    aliases=["Mwamba"],
)
a(
    "some 85,000",
    85000,
    "count",
    "people who fled the fighting",
    q="approximate",
    period="past week",
    speaker="Office for the Coordination of Humanitarian Affairs",
    aliases=["OCHA", "UN humanitarian office"],
)
a(
    "23,000",
    23000,
    "count",
    "Congolese who crossed into Burundi at Gatumba",
    period="since Thursday",
    speaker="Ministry of the Interior of Burundi",
    aliases=["Burundi's interior ministry", "Burundian interior ministry", "Burundi"],
    date="2027-04-10",
)
a(
    "some 7,000",
    7000,
    "count",
    "people killed in the M23 offensive of early 2025",
    q="approximate",
    speaker="Government of the Democratic Republic of the Congo",
    aliases=["Congolese government", "Kinshasa", "DR Congo"],
)
a(
    "more than 5.7 million",
    5.7e6,
    "count",
    "people displaced in eastern DR Congo",
    q="more_than",
    speaker="United Nations High Commissioner for Refugees",
    aliases=["UNHCR", "UN refugee agency", "U.N. refugee agency"],
)

# 905: Financial Times company results story (Thursday 29 April 2027).
doc("905_ft-calloway-results-2027-04-29.txt", "2027-04-29", None)
CAL = dict(speaker="Calloway", aliases=["Calloway plc", "the company", "the group"])
a(
    "up to 8%",
    8,
    "percent",
    "fall in home completions",
    q="at_most",
    unit="percent",
    period="this year",
    opt=True,
    **CAL,
)
a(
    "as much as 11 per cent",
    11,
    "percent",
    "fall in Calloway's share price",
    q="at_most",
    unit="percent",
)
a(
    "between 9,200 and 9,600",
    9200,
    "count",
    "expected home completions",
    q="range",
    low=9200,
    high=9600,
    period="2027",
    **CAL,
)
a("10,150", 10150, "count", "home completions", period="last year", **CAL)
a(
    "10,000",
    10000,
    "count",
    "analysts' expected home completions",
    period="2027",
    speaker="LSEG",
    aliases=["London Stock Exchange Group", "LSEG data"],
)
a(
    "14 per cent",
    14,
    "percent",
    "fall in pre-tax profit",
    unit="percent",
    period="year to March",
    **CAL,
)
a("£386mn", 386e6, "money", "pre-tax profit", unit="GBP", period="year to March", **CAL)
a("£3.2bn", 3.2e9, "money", "revenue", unit="GBP", period="year to March", **CAL)
RO = dict(speaker="Richard Okoye", aliases=["Okoye"])
a("0.52", 0.52, "measure", "weekly private sales rate per outlet", **RO)
a("0.61", 0.61, "measure", "weekly private sales rate per outlet a year ago", **RO)
a(
    "41 per cent",
    41,
    "percent",
    "share of take-home pay a first-time buyer spends on the mortgage",
    unit="percent",
    **RO,
)
a("about a fifth", 20, "percent", "cut in land spending", q="approximate", unit="percent", **RO)
a("£450mn", 450e6, "money", "land spending", unit="GBP", period="this year", **RO)
a("12", 12, "count", "sites where work was paused", after="work on ", **RO)
a("2.3 per cent", 2.3, "percent", "rise in average selling price", unit="percent")
a("£318,000", 318000, "money", "average selling price", unit="GBP")
a("£1.9bn", 1.9e9, "money", "forward order book", unit="GBP")
a("£2.2bn", 2.2e9, "money", "forward order book a year earlier", unit="GBP")
JEF = dict(speaker="Jefferies", aliases=["Analysts at Jefferies"])
a("9 per cent", 9, "percent", "cut in 2028 pre-tax profit forecast", unit="percent", **JEF)
a("£341mn", 341e6, "money", "2028 pre-tax profit forecast", unit="GBP", period="2028", **JEF)
a(
    "about 10 per cent",
    10,
    "percent",
    "shortfall of housebuilding volumes below pre-pandemic levels",
    q="approximate",
    unit="percent",
    speaker="Sarah Whitcombe",
    aliases=["Whitcombe", "Peel Hunt"],
)
BOE = dict(speaker="Bank of England", aliases=["BoE"], date="2027-04-27")
a("58,400", 58400, "count", "mortgage approvals", period="March", subject="UK", **BOE)
a("14 months", 14, "duration", "period since approvals were lower", unit="month", opt=True, **BOE)
a(
    "almost a third",
    33.33,
    "percent",
    "fall in Calloway's share price",
    q="nearly",
    unit="percent",
    period="past 12 months",
)
a("12 months", 12, "duration", "period of the share price fall", unit="month", opt=True)

# 906: HM Treasury press release on inflation (Wednesday 19 May 2027).
doc("906_hmt-inflation-falls-2027-05-19.txt", "2027-05-19", None)
ONS = dict(speaker="Office for National Statistics", aliases=["ONS"])
a("2.4%", 2.4, "percent", "CPI inflation", unit="percent", period="April", opt=True)
a(
    "2.4%",
    2.4,
    "percent",
    "CPI inflation",
    unit="percent",
    period="April",
    after="fell to ",
    opt=True,
    **ONS,
)
a("2.9%", 2.9, "percent", "CPI inflation", unit="percent", period="March", opt=True, **ONS)
a("fourth", 4, "count", "consecutive monthly falls in inflation", after="fallen for the ", opt=True)
a(
    "2.4%",
    2.4,
    "percent",
    "CPI inflation",
    unit="percent",
    period="12 months to April 2027",
    after="(CPI) fell to ",
    **ONS,
)
a(
    "12 months",
    12,
    "duration",
    "period of the CPI measure",
    unit="month",
    after="2.4% in the ",
    opt=True,
    **ONS,
)
a(
    "2.9%",
    2.9,
    "percent",
    "CPI inflation",
    unit="percent",
    period="March",
    after="April 2027, down from ",
    **ONS,
)
a("3.1%", 3.1, "percent", "food and non-alcoholic beverage inflation", unit="percent")
a("£129", 129, "money", "fall in the typical household energy bill a year", unit="GBP")
RR = dict(
    speaker="Rachel Reeves",
    aliases=["Reeves", "Chancellor", "Chancellor of the Exchequer", "The Chancellor"],
)
a(
    "four months",
    4,
    "duration",
    "consecutive months of falling inflation",
    unit="month",
    opt=True,
    **RR,
)
a("4.6%", 4.6, "percent", "annual growth in regular pay", unit="percent", **RR)
a(
    "around £1,100",
    1100,
    "money",
    "real-terms gain of the typical worker over a year",
    q="approximate",
    unit="GBP",
    **RR,
)
a("£150", 150, "money", "energy bill rebate from July", unit="GBP", after="we will take ", **RR)
a("6 million", 6e6, "count", "households receiving the Warm Home Discount", after="bills of ", **RR)
a(
    "1.2%",
    1.2,
    "percent",
    "average annual real-terms growth of day-to-day departmental budgets",
    unit="percent",
    speaker="James Murray",
    aliases=["Murray", "Chief Secretary to the Treasury"],
)
a("3.8%", 3.8, "percent", "services inflation", unit="percent", period="April", **ONS)
a("4.3%", 4.3, "percent", "services inflation", unit="percent", period="March", **ONS)
a("3.25%", 3.25, "percent", "Bank Rate", unit="percent", subject="Bank of England")
OBR = dict(speaker="Office for Budget Responsibility", aliases=["OBR"])
a("2.2%", 2.2, "percent", "forecast average CPI inflation", unit="percent", period="2027", **OBR)
a("2%", 2, "percent", "inflation target", unit="percent", after="returning to the ", **OBR)
a("£150", 150, "money", "Warm Home Discount rebate", unit="GBP", after="provide a ")
a("around 6 million", 6e6, "count", "households receiving the rebate", q="approximate")
a("3.0%", 3.0, "percent", "CPIH inflation", unit="percent", period="12 months to April 2027")
a(
    "12 months",
    12,
    "duration",
    "period of the CPIH measure",
    unit="month",
    after="3.0% in the ",
    opt=True,
)

# 907: feature article on rural child care (Tuesday 8 June 2027).
doc("907_prairie-ledger-childcare-feature-2027-06-08.txt", "2027-06-08", None)
NPI = dict(speaker="Northstar Policy Institute", aliases=["Northstar", "the institute"])
a(
    "nearly 1 in 6",
    16.67,
    "percent",
    "share of licensed family child care providers lost",
    q="nearly",
    unit="percent",
    opt=True,
    **NPI,
)
a("five years", 5, "duration", "period of the provider losses", unit="year", opt=True, **NPI)
a("three", 3, "count", "daycare waiting lists Brandt's son is on", after="son on ")
a(
    "Fourteen months",
    14,
    "duration",
    "time Brandt's son has waited for a daycare slot",
    unit="month",
)
KB = dict(speaker="Kaylee Brandt", aliases=["Brandt"])
a("30 miles", 30, "measure", "radius of Brandt's search for providers", unit="mile", opt=True, **KB)
a("11", 11, "count", "providers within 30 miles", after="There were ", **KB)
a(
    "1,780",
    1780,
    "count",
    "licensed family child care providers lost",
    subject="Minnesota",
    period="between 2021 and 2026",
    **NPI,
)
a(
    "16 percent",
    16,
    "percent",
    "decline in licensed family child care providers",
    unit="percent",
    **NPI,
)
a(
    "4.3",
    4.3,
    "measure",
    "children under 5 per available licensed slot in greater Minnesota",
    **NPI,
)
a(
    "under 5",
    5,
    "measure",
    "age band of children counted",
    q="less_than",
    unit="year",
    opt=True,
    **NPI,
)
AR = dict(speaker="Aisha Rahimi", aliases=["Rahimi"])
a("$31,400", 31400, "money", "median annual earnings of child care providers", unit="USD", **AR)
a(
    "roughly 9,500",
    9500,
    "count",
    "infant and toddler slots needed in rural counties",
    q="approximate",
    **AR,
)
CEED = dict(
    speaker="Center for Early Education and Development",
    aliases=[
        "University of Minnesota",
        "University of Minnesota's Center for Early Education and Development",
        "CEED",
    ],
)
a("1,040", 1040, "count", "parents surveyed", **CEED)
a(
    "nearly 4 in 10",
    40,
    "percent",
    "share of rural parents who cut hours or left a job over child care",
    q="nearly",
    unit="percent",
    **CEED,
)
a(
    "27 percent",
    27,
    "percent",
    "share of Twin Cities parents who cut hours or left a job over child care",
    unit="percent",
    **CEED,
)
a("about 40 miles", 40, "measure", "distance from Perham to Wadena", q="approximate", unit="mile")
a("12", 12, "count", "children Delgado is licensed for", after="licensed for ")
a("26", 26, "count", "families on Delgado's waiting list")
a(
    "$14",
    14,
    "money",
    "Delgado's hourly earnings after expenses",
    unit="USD",
    speaker="Rosa Delgado",
    aliases=["Delgado"],
)
TB = dict(speaker="Tikki Brown", aliases=["Brown", "Commissioner Tikki Brown"])
a(
    "$316 million",
    316e6,
    "money",
    "child care stabilization grants approved by the Legislature",
    unit="USD",
    period="2025",
    **TB,
)
a("48", 48, "count", "rural family child care hubs opened", period="since January", **TB)
a(
    "22 percent",
    22,
    "percent",
    "rise in new license applications",
    unit="percent",
    period="this year",
    **TB,
)
OLA = dict(
    speaker="Office of the Legislative Auditor",
    aliases=["Minnesota Office of the Legislative Auditor", "Legislative Auditor", "OLA"],
)
a(
    "about a third",
    33.33,
    "percent",
    "share of rural grant recipients that closed",
    q="approximate",
    unit="percent",
    **OLA,
)
a(
    "two years",
    2,
    "duration",
    "period within which grant recipients closed",
    unit="year",
    opt=True,
    **OLA,
)
a("$1,290", 1290, "money", "monthly cost of full-time care in Detroit Lakes", unit="USD", **KB)
a(
    "nearly a quarter",
    25,
    "percent",
    "share of Brandt's take-home pay the care would cost",
    q="nearly",
    unit="percent",
    **KB,
)

GOLD.build()
