"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout34/build_gold.py``. Each annotation names the
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

# Conventions as tests/heldout5 to tests/heldout33 (see README.md): headline and standfirst
# figures optional; the page's own voice and unnamed sources have speaker None, judged sentence
# by sentence; in a transcript the outlet that asks speaks for its question, and a figure the
# question attributes is that source's; "according to X" is X; a figure relayed from a minister
# is the minister's, dated the day it was said; every sentence of a multi-sentence quote is the
# quoted speaker's; date = the day the claim was stated; time spans that only date a figure,
# thresholds, multipliers and currency conversions are optional.

# 3400: MFA regular press conference (Tuesday 15 March 2033).
doc("3400_mfa-guo-jiakun-presscon-2033-03-15.txt", "2033-03-15", "Guo Jiakun", ["Guo"])
a("More than 300", 300, "count", "representatives attending the fisheries forum", q="more_than")
a("11", 11, "count", "Pacific Island countries attending the forum", after="representatives from ")
GAC = dict(speaker="General Administration of Customs", aliases=["GAC", "CCTV"])
a(
    "812 billion yuan",
    812e9,
    "money",
    "China's trade with Central Asian countries",
    unit="CNY",
    period="last year",
    **GAC,
)
a(
    "14.6 percent",
    14.6,
    "percent",
    "year-on-year growth of China-Central Asia trade",
    unit="percent",
    **GAC,
)
a("five", 5, "count", "Central Asian countries", after="with the ", opt=True, **GAC)
a("six", 6, "count", "countries of the meeting", after="peoples of the ", opt=True)
a(
    "five consecutive years",
    5,
    "duration",
    "years as Central Asia's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "over 19,000",
    19000,
    "count",
    "China-Europe Railway Express trips through Central Asia",
    q="more_than",
    period="last year",
)
a("about 140,000", 140000, "count", "local jobs created by Chinese companies", q="approximate")
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2033-03-11")
a(
    "60 billion US dollars",
    60e9,
    "money",
    "China-Kazakhstan trade",
    q="more_than",
    unit="USD",
    period="this year",
    **WY,
)
a("12", 12, "count", "new direct flight routes", after="agreed to open ", **WY)
a(
    "27",
    27,
    "count",
    "Chinese vessels spotted near Sabina Shoal",
    speaker="Philippine Coast Guard",
    aliases=["AFP"],
    date="2033-03-13",
)
a(
    "19",
    19,
    "count",
    "Chinese entities added to the US export control list",
    after="added ",
    speaker="US Department of Commerce",
    aliases=["Commerce Department", "Bloomberg"],
    date="2033-03-14",
)
a(
    "two years",
    2,
    "duration",
    "period of the sanctions listings",
    unit="year",
    after="Over the past ",
    opt=True,
)
a("more than 700", 700, "count", "Chinese entities on US sanctions lists", q="more_than")
a(
    "38",
    38,
    "count",
    "Chinese military aircraft through the Miyako Strait",
    period="this month",
    speaker="Japan's Defense Ministry",
    aliases=["Japan Ministry of Defense", "Kyodo News"],
    date="2033-03-11",
)
GT = dict(speaker="Global Times", aliases=[])
a("1.9 million", 1.9e6, "count", "Malaysian visitors to China", period="last year", **GT)
a("46 percent", 46, "percent", "rise in Malaysian visitors to China", unit="percent", **GT)
a(
    "nearly two years",
    2,
    "duration",
    "time mutual visa exemption has been in place",
    q="nearly",
    unit="year",
    **GT,
)
a(
    "over 70 percent",
    70,
    "percent",
    "share of Malaysian visitors entering visa-free",
    q="more_than",
    unit="percent",
)

# 3401: SCIO press conference on the rural economy (Thursday 21 April 2033).
doc("3401_scio-rural-economy-q1-presscon-2033-04-21.txt", "2033-04-21", "Zhao Jianmin", ["Zhao"])
a(
    "7,260 yuan",
    7260,
    "money",
    "per capita disposable income of rural residents",
    unit="CNY",
    period="first quarter",
)
a(
    "6.8 percent",
    6.8,
    "percent",
    "nominal growth of rural per capita disposable income",
    unit="percent",
)
a(
    "1.4 percentage points",
    1.4,
    "percent",
    "gap between rural and urban income growth",
    unit="percentage point",
)
a("22.4 million hectares", 22.4e6, "measure", "area planted with winter wheat", unit="hectare")
a(
    "around 92 percent",
    92,
    "percent",
    "share of wheat in good or fairly good condition",
    q="approximate",
    unit="percent",
)
a("408 million", 408e6, "count", "hog inventory", period="end of March")
a("2.1 percent", 2.1, "percent", "year-on-year fall in hog inventory", unit="percent")
a(
    "191 million",
    191e6,
    "count",
    "rural migrant workers",
    speaker="National Bureau of Statistics",
    aliases=["NBS", "Zhao Jianmin"],
)
a(
    "7.3 percent",
    7.3,
    "percent",
    "growth of rural residents' wage income",
    unit="percent",
    period="first quarter",
    speaker="National Bureau of Statistics",
    aliases=["NBS", "China Daily"],
)
HW = dict(speaker="Hu Weiqing", aliases=["Hu"])
a(
    "182 billion yuan",
    182e9,
    "money",
    "central funds for high-standard farmland",
    unit="CNY",
    period="this year",
    **HW,
)
a(
    "3 million hectares",
    3e6,
    "measure",
    "high-standard farmland to be built or upgraded",
    unit="hectare",
    **HW,
)
a(
    "above 30 million",
    30e6,
    "count",
    "people lifted out of poverty in employment",
    q="more_than",
    period="this year",
    speaker="Liu Guozhong",
    aliases=["Vice Premier Liu Guozhong", "Hu Weiqing"],
    date="2033-04-18",
)
SL = dict(speaker="Song Lixia", aliases=["Song"])
a(
    "3.2 percent",
    3.2,
    "percent",
    "fall in the wholesale price index of agricultural products",
    unit="percent",
    period="March",
    **SL,
)
a("19.8 yuan", 19.8, "money", "average pork price per kilogram", unit="CNY", **SL)
a(
    "162 billion yuan",
    162e9,
    "money",
    "online retail sales of agricultural products",
    unit="CNY",
    period="first quarter",
    **SL,
)
a(
    "11.5 percent",
    11.5,
    "percent",
    "growth of online retail sales of agricultural products",
    unit="percent",
    **SL,
)
a(
    "40 percent",
    40,
    "percent",
    "rural young people who would consider starting a business",
    unit="percent",
    speaker="Chinese Academy of Agricultural Sciences",
    aliases=["CAAS", "Xinhua News Agency", "Xinhua"],
)
a(
    "more than 1.3 million",
    1.3e6,
    "count",
    "people who returned to rural areas to start businesses",
    q="more_than",
    period="last year",
)
a("six to seven", 6, "count", "people employed per returnee business", low=6, high=7)

# 3402: DOE press release (Tuesday 10 May 2033).
doc("3402_doe-grid-transmission-loans-2033-05-10.txt", "2033-05-10", None)
a("$1.8 Billion", 1.8e9, "money", "loans to rebuild transmission lines", unit="USD", opt=True)
a("Nine", 9, "count", "states with the transmission projects", opt=True)
CW = dict(speaker="Chris Wright", aliases=["Secretary Wright", "Wright", "Department of Energy"])
a("$1.8 billion", 1.8e9, "money", "loans closed for transmission lines", unit="USD", **CW)
a("three", 3, "count", "utilities receiving the loans", after="loans to ", **CW)
a(
    "2,400 miles",
    2400,
    "measure",
    "transmission lines to be rebuilt and upgraded",
    unit="mile",
    **CW,
)
a("nine", 9, "count", "states with the transmission projects", after="lines across ", **CW)
a("25%", 25, "percent", "expected rise in electricity demand by 2040", unit="percent", **CW)
a("14 gigawatts", 14, "measure", "transfer capacity added", unit="GW", **CW)
a("3.4 million", 3.4e6, "count", "homes the added capacity can supply", **CW)
a("three", 3, "count", "projects", after="The ", opt=True)
a("about 6,500", 6500, "count", "construction jobs supported", q="approximate")
a("more than $3 billion", 3e9, "money", "private investment attracted", q="more_than", unit="USD")
CWF = dict(CW, date="2033-05-06")
a(
    "nearly half",
    50,
    "percent",
    "share of transmission lines more than 40 years old",
    q="nearly",
    unit="percent",
    **CWF,
)
a(
    "more than 40 years",
    40,
    "duration",
    "age threshold of transmission lines",
    q="more_than",
    unit="year",
    opt=True,
    **CWF,
)
a("a decade", 10, "duration", "average time to permit a new interstate line", unit="year", **CWF)
EIA = dict(
    speaker="U.S. Energy Information Administration",
    aliases=["EIA", "Energy Information Administration"],
)
a(
    "4,310 billion kilowatt-hours",
    4.31e12,
    "measure",
    "US electricity consumption",
    unit="kWh",
    period="last year",
    **EIA,
)
a("4.8%", 4.8, "percent", "growth of commercial-sector electricity demand", unit="percent", **EIA)
AP_ = dict(speaker="Alan Pruitt", aliases=["Pruitt", "Loan Programs Office", "LPO"])
a("11", 11, "count", "loans closed this fiscal year", after="has closed ", **AP_)
a("$7.6 billion", 7.6e9, "money", "total of loans closed this fiscal year", unit="USD", **AP_)
a("64", 64, "count", "active loan applications in the pipeline", **AP_)
MS = dict(speaker="Maria Soto", aliases=["Soto", "Great Plains Transmission Cooperative"])
a("1.2 million", 1.2e6, "count", "customers served by the cooperative's members", **MS)
a("30%", 30, "percent", "expected cut in outage hours", unit="percent", **MS)
a(
    "more than $9 billion",
    9e9,
    "money",
    "LPO loans and commitments for grid projects",
    q="more_than",
    unit="USD",
    period="since January 2025",
)

# 3403: Reuters results story (Thursday 26 May 2033).
doc("3403_reuters-aravis-pharma-q1-results-2033-05-26.txt", "2033-05-26", None)
AR = dict(speaker="Aravis Pharma", aliases=["Aravis"])
a("6%", 6, "percent", "rise in Aravis shares in early trade", unit="percent")
a(
    "14%",
    14,
    "percent",
    "group sales growth at constant exchange rates",
    unit="percent",
    period="first quarter",
    **AR,
)
a(
    "8.42 billion Swiss francs",
    8.42e9,
    "money",
    "group sales",
    unit="CHF",
    period="first quarter",
    **AR,
)
a("$9.3 billion", 9.3e9, "money", "group sales in dollars", unit="USD", opt=True, **AR)
a(
    "8.1 billion francs",
    8.1e9,
    "money",
    "analysts' average sales expectation",
    unit="CHF",
    speaker="LSEG",
    aliases=[],
)
a("1.37 billion francs", 1.37e9, "money", "Veltra sales", unit="CHF", subject="Veltra")
a("410 million", 410e6, "money", "Veltra sales a year earlier", unit="CHF", subject="Veltra")
a("second-largest", 2, "rank", "Veltra's rank among the group's products", subject="Veltra")
a("16%", 16, "percent", "Veltra's share of group sales", unit="percent", subject="Veltra")
a(
    "11% to 13%",
    11,
    "percent",
    "forecast growth of core operating profit",
    unit="percent",
    period="this year",
    low=11,
    high=13,
    **AR,
)
a(
    "8% to 10%",
    8,
    "percent",
    "previous forecast of core operating profit growth",
    unit="percent",
    low=8,
    high=10,
    **AR,
)
LM = dict(speaker="Lukas Meier", aliases=["Meier", "Aravis Pharma"])
a("1.5 million", 1.5e6, "count", "patients Aravis has capacity for", **LM)
a("3 million", 3e6, "count", "patient capacity by the end of next year", after="will reach ", **LM)
a(
    "about 2 billion francs",
    2e9,
    "money",
    "investment in a new filling plant",
    q="approximate",
    unit="CHF",
    **LM,
)
a(
    "roughly 300 million francs",
    300e6,
    "money",
    "sales lost to U.S. list price cuts",
    q="approximate",
    unit="CHF",
    period="2033",
    **LM,
)
a(
    "7 billion francs",
    7e9,
    "money",
    "Veltra peak sales potential",
    unit="CHF",
    speaker="Stefan Schneider",
    aliases=["Schneider", "Vontobel"],
)
a(
    "18%",
    18,
    "percent",
    "Veltra's share of new U.S. obesity prescriptions",
    unit="percent",
    period="April",
    speaker="Jefferies",
    aliases=["IQVIA"],
)
a("top-20", 20, "rank", "rank of the unnamed shareholder", opt=True)
a("up to six months", 6, "duration", "delay from supply problems", q="at_most", unit="month")
a("5.8%", 5.8, "percent", "rise in Aravis shares", unit="percent")
a("0.3%", 0.3, "percent", "rise in the STOXX Europe 600 healthcare index", unit="percent")
a("31%", 31, "percent", "gain in Aravis shares this year", unit="percent")
a("0.9054 Swiss francs", 0.9054, "money", "exchange rate of the dollar", unit="CHF", opt=True)

# 3404: AP blizzard story (Tuesday 8 February 2033).
doc("3404_ap-north-dakota-blizzard-2033-02-08.txt", "2033-02-08", None)
a("at least 4", 4, "count", "deaths in the blizzard", q="at_least", opt=True)
a("up to 70 mph", 70, "measure", "wind gusts", q="at_most", unit="mph")
a("at least four", 4, "count", "people killed by the blizzard", q="at_least")
KA = dict(speaker="Kelly Armstrong", aliases=["Gov. Kelly Armstrong", "Armstrong"])
a("212", 212, "count", "people rescued from vehicles by the National Guard", **KA)
a("40", 40, "count", "plows stuck", after="We have ", **KA)
NWS = dict(speaker="National Weather Service", aliases=["NWS"])
a("19 inches", 19, "measure", "snowfall in Minot", unit="inch", **NWS)
a("as high as 8 feet", 8, "measure", "snow drifts", q="at_most", unit="foot", **NWS)
a(
    "260 miles",
    260,
    "measure",
    "length of Interstate 94 closed",
    unit="mile",
    speaker="North Dakota Department of Transportation",
    aliases=["state Department of Transportation", "NDDOT"],
)
a(
    "two",
    2,
    "count",
    "dead found in a pickup",
    after="Roed said ",
    speaker="Bob Roed",
    aliases=["Roed", "Ward County Sheriff"],
)
a("two", 2, "count", "Nygaard's children", after="Nygaard and her ", opt=True)
TN = dict(speaker="Tasha Nygaard", aliases=["Nygaard"])
a("14 hours", 14, "duration", "time stranded in the van", unit="hour", **TN)
a("10 minutes", 10, "duration", "engine running time each hour", unit="minute", **TN)
a(
    "more than 60",
    60,
    "count",
    "rigs parked at a rest area",
    q="more_than",
    speaker="Manuel Ortega",
    aliases=["Ortega"],
)
a(
    "More than 38,000",
    38000,
    "count",
    "customers without power",
    q="more_than",
    speaker="PowerOutage.us",
    aliases=[],
)
GS = dict(speaker="Gordon Shank", aliases=["Lt. Gordon Shank", "Shank", "Minnesota State Patrol"])
a("317", 317, "count", "crashes troopers responded to", **GS)
a("nine", 9, "count", "crashes with injuries", after="317 crashes", **GS)
a(
    "48",
    48,
    "count",
    "school districts closed",
    speaker="North Dakota Department of Public Instruction",
    aliases=["Department of Public Instruction"],
    date="2033-02-07",
)
a("45 below zero", 45, "measure", "forecast wind chills", unit="degree Fahrenheit", opt=True)

# 3405: IOM press release (Monday 20 June 2033).
doc("3405_iom-eastern-route-arrivals-2033-06-20.txt", "2033-06-20", None)
IOM = dict(speaker="International Organization for Migration", aliases=["IOM"])
a(
    "28 per cent",
    28,
    "percent",
    "rise in migrant arrivals in Yemen",
    unit="percent",
    period="first five months of the year",
    **IOM,
)
a("five months", 5, "duration", "period of the arrivals figure", unit="month", opt=True, **IOM)
a(
    "96,400",
    96400,
    "count",
    "arrivals on Yemen's coasts",
    period="between January and May",
    speaker="International Organization for Migration",
    aliases=["IOM", "Displacement Tracking Matrix", "DTM"],
)
AW = dict(speaker="Amina Waweru", aliases=["Waweru"])
a(
    "Nearly nine in ten",
    90,
    "percent",
    "migrants in Obock who left because of drought or lack of work",
    q="nearly",
    unit="percent",
    **AW,
)
MMP = dict(
    speaker="International Organization for Migration", aliases=["IOM", "Missing Migrants Project"]
)
a(
    "At least 187",
    187,
    "count",
    "migrants dead or missing on the route",
    q="at_least",
    period="between January and May",
    **MMP,
)
a("61", 61, "count", "migrants drowned off Djibouti", **MMP)
a("two", 2, "count", "boats capsized off Djibouti", after="drowned when ", opt=True, **MMP)
a(
    "US$ 42 million",
    42e6,
    "money",
    "IOM funding needs on the route",
    unit="USD",
    period="this year",
    **AW,
)
a("19 per cent", 19, "percent", "share of funding received", unit="percent", **AW)
a("two", 2, "count", "Migrant Response Centres that could close", after="warned that ", **AW)
a("8,750", 8750, "count", "stranded migrants returned from Yemen to Ethiopia", period="last year")
a("six", 6, "count", "Migrant Response Centres run by IOM", after="runs ")
a("31,200", 31200, "count", "people assisted by the centres", period="2032")
a(
    "more than 15,000",
    15000,
    "count",
    "migrants in transit hosted by Djibouti",
    q="more_than",
    speaker="Said Nouh Hassan",
    aliases=["Djibouti's Minister of Interior"],
)
a(
    "12,000",
    12000,
    "count",
    "returnees to receive reintegration support",
    speaker="Government of Ethiopia",
    aliases=["Ethiopian government spokesperson"],
    date="2033-06-17",
)
a("a quarter", 25, "percent", "returnees who would try the journey again", unit="percent", **AW)
a(
    "within a year",
    1,
    "duration",
    "time within which returnees would migrate again",
    unit="year",
    opt=True,
    **AW,
)

# 3406: Scottish Government news release (Wednesday 13 July 2033).
doc("3406_scotgov-rural-islands-housing-2033-07-13.txt", "2033-07-13", None)
a(
    "£38 million",
    38e6,
    "money",
    "expansion of the Rural and Islands Housing Fund",
    unit="GBP",
    opt=True,
)
a("Around 600", 600, "count", "new homes for key workers", q="approximate")
a(
    "£38 million",
    38e6,
    "money",
    "expansion of the Rural and Islands Housing Fund",
    unit="GBP",
    after="through a ",
)
MM = dict(
    speaker="Màiri McAllan", aliases=["Ms McAllan", "McAllan", "Cabinet Secretary for Housing"]
)
a("14", 14, "count", "homes for rent being built on Tiree", **MM)
a("up to £95,000", 95000, "money", "grant per home", q="at_most", unit="GBP")
a("£80,000", 80000, "money", "previous maximum grant per home", unit="GBP")
a(
    "more than 1,100",
    1100,
    "count",
    "homes supported by the fund",
    q="more_than",
    period="since 2022",
    **MM,
)
a("9,240", 9240, "count", "affordable homes completed in Scotland", period="year to March")
a("6%", 6, "percent", "fall in affordable home completions", unit="percent")
a(
    "around 7,000",
    7000,
    "count",
    "hard-to-fill vacancies in the region",
    q="approximate",
    speaker="Highlands and Islands Enterprise",
    aliases=["HIE"],
)
a(
    "one in five",
    20,
    "percent",
    "share of homes that are second homes or holiday lets",
    unit="percent",
    speaker="Robin Currie",
    aliases=["Councillor Robin Currie", "Argyll and Bute Council"],
)
a("110,000", 110000, "count", "affordable homes committed", period="by 2040")
a(
    "at least 70%",
    70,
    "percent",
    "share of affordable homes for social rent",
    q="at_least",
    unit="percent",
)
a(
    "10%",
    10,
    "percent",
    "share of affordable homes in remote, rural and island communities",
    unit="percent",
)
a("£2.1 million", 2.1e6, "money", "fund support for the Tiree homes", unit="GBP")

# 3407: Irish local newspaper page, two stories (Thursday 15 September 2033).
doc("3407_midland-chronicle-library-fire-2033-09-15.txt", "2033-09-15", None)
a("22%", 22, "percent", "rise in library visits", unit="percent", opt=True)
a(
    "22%",
    22,
    "percent",
    "rise in library visits",
    unit="percent",
    after="risen by",
    date="2033-09-12",
)
SK = dict(
    speaker="Siobhán Kerrigan",
    aliases=["Ms Kerrigan", "Kerrigan", "County Librarian"],
    date="2033-09-12",
)
a("seven", 7, "count", "library branches in the county", **SK)
a("412,000", 412000, "count", "library visits", period="first eight months of the year", **SK)
a("eight months", 8, "duration", "period of the visits figure", unit="month", opt=True, **SK)
a("more than 18,500", 18500, "count", "library members", q="more_than", **SK)
a("4%", 4, "percent", "fall in book loans", unit="percent", **SK)
a("doubled", 2, "measure", "multiplier of e-book and audiobook loans", unit="times", opt=True, **SK)
a("1,150", 1150, "count", "children's events run by the libraries", period="last year", **SK)
a("365 days", 365, "duration", "days a year the open library runs", unit="day", opt=True)
PB = dict(speaker="Paraic Brady", aliases=["Cllr Paraic Brady", "Brady"], date="2033-09-12")
a("€1.2 million", 1.2e6, "money", "refurbishment of the Ballymahon branch", unit="EUR", **PB)
a(
    "almost three years",
    3,
    "duration",
    "time without a full-time librarian",
    q="nearly",
    unit="year",
    **PB,
)
a("1,046", 1046, "count", "fire service call-outs", opt=True)
FS = dict(
    speaker="Longford Fire and Rescue Service",
    aliases=["annual report", "Longford Fire and Rescue Service annual report"],
    date="2033-09-14",
)
a("1,046", 1046, "count", "incidents responded to", period="last year", after="a record ", **FS)
a("17%", 17, "percent", "increase in incidents", unit="percent", **FS)
a(
    "Almost a third",
    33.33,
    "percent",
    "share of call-outs to gorse and grass fires",
    q="nearly",
    unit="percent",
    **FS,
)
a("31%", 31, "percent", "share of call-outs that were false alarms", unit="percent", **FS)
DR = dict(speaker="Declan Ruane", aliases=["Chief Fire Officer Declan Ruane", "Ruane"])
a("five", 5, "count", "fire stations in the service", after="the service's ", **DR)
a("14", 14, "count", "firefighters the service is short of", **DR)
a(
    "five minutes",
    5,
    "duration",
    "distance from the station required of retained firefighters",
    unit="minute",
    opt=True,
    **DR,
)
a(
    "11 minutes",
    11,
    "duration",
    "average time for the first appliance to reach an incident",
    unit="minute",
    **DR,
)
DH = dict(speaker="Department of Housing", aliases=["Department of Housing spokesperson"])
a(
    "€4.6 million",
    4.6e6,
    "money",
    "approved funding for a new fire station in Lanesborough",
    unit="EUR",
    **DH,
)
a("18 months", 18, "duration", "expected construction time of the fire station", unit="month", **DH)

GOLD.build()
