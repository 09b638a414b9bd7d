"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout11/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout9, see README.md): headline, standfirst and
# summary-box figures (the weather box) optional; the page's own voice and unnamed sources
# ("Some economists expect", "Officials in Kyiv say", "Another ... analyst, who asked not to be
# named") have speaker None, judged sentence by sentence; in a transcript the outlet that asks
# speaks for its question, a bare Q: is None, and a figure a question attributes is that source's;
# "according to X" / "figures from X show" / "data from X showed" are X; a figure an official
# relays from a minister or colleague is theirs, dated the day they said it; every sentence of a
# multi-sentence quote, and a quote's second paragraph, is the quoted speaker's; "He said", "He
# added" are the person named before; date = the day the claim was stated ("on Friday",
# "yesterday", "on Monday", "Last Friday" resolved against the publication day; "last week",
# "last month", "in June" keep the publication day); time spans that only date a figure,
# compound adjectives, conversions in brackets, ordinals of consecutive runs and vote tallies
# are optional.

# 1100: SCIO press conference on foreign trade (Tuesday 13 July 2027).
doc("1100_scio-foreign-trade-presscon-2027-07-13.txt", "2027-07-13", None)
WL = dict(speaker="Wang Lingjun", aliases=["Wang", "Mr. Wang"])
a(
    "21.86 trillion yuan",
    21.86e12,
    "money",
    "total imports and exports of goods",
    unit="CNY",
    subject="China",
    period="first half of this year",
    **WL,
)
a("3.1%", 3.1, "percent", "year-on-year increase in total trade", unit="percent", **WL)
a("12.74 trillion yuan", 12.74e12, "money", "exports", unit="CNY", subject="China", **WL)
a("5.8%", 5.8, "percent", "growth in exports", unit="percent", **WL)
a("9.12 trillion yuan", 9.12e12, "money", "imports", unit="CNY", subject="China", **WL)
a("0.5%", 0.5, "percent", "decline in imports", unit="percent", **WL)
a("642,000", 642000, "count", "enterprises with import and export records", **WL)
a("about 31,000", 31000, "count", "rise in enterprises with trade records", q="approximate", **WL)
LD = dict(speaker="Lyu Daliang", aliases=["Lyu"])
a(
    "12.1 trillion yuan",
    12.1e12,
    "money",
    "imports and exports of private enterprises",
    unit="CNY",
    period="first half",
    **LD,
)
a("6.4%", 6.4, "percent", "growth in private enterprises' trade", unit="percent", **LD)
a("55.4%", 55.4, "percent", "private enterprises' share of foreign trade", unit="percent", **LD)
a(
    "1.6 percentage points",
    1.6,
    "percent",
    "rise in private enterprises' share of trade",
    unit="percentage point",
    **LD,
)
a(
    "seven consecutive years",
    7,
    "duration",
    "years of rising private enterprise share",
    unit="year",
    **LD,
)
CB = dict(speaker="U.S. Census Bureau", aliases=["Census Bureau", "Reuters"])
a(
    "14%",
    14,
    "percent",
    "fall in U.S. imports of Chinese goods",
    unit="percent",
    period="first five months of this year",
    **CB,
)
a("five months", 5, "duration", "period of the import figure", unit="month", opt=True, **CB)
GAC = dict(
    speaker="General Administration of Customs",
    aliases=["GAC", "customs", "Lyu Daliang", "Lyu"],
)
a(
    "2.04 trillion yuan",
    2.04e12,
    "money",
    "China-U.S. trade",
    unit="CNY",
    period="first half",
    **GAC,
)
a("2.3%", 2.3, "percent", "decline in China-U.S. trade", unit="percent", **GAC)
a("8.9%", 8.9, "percent", "growth in trade with ASEAN", unit="percent", **LD)
a("fifth", 5, "count", "consecutive years as China's largest trading partner", opt=True, **LD)
# Bloomberg cites unnamed economists: nobody's (tests/heldout6).
a(
    "below 3%",
    3,
    "percent",
    "expected export growth in the second half",
    q="less_than",
    unit="percent",
    speaker=None,
)
WW = dict(
    speaker="Wang Wentao",
    aliases=["Minister Wang Wentao", "Sheng Qiuping"],
    date="2027-07-09",
)
a("120", 120, "count", "key foreign trade enterprises monitored by the ministry", **WW)
a("4.5%", 4.5, "percent", "rise in third-quarter orders at key enterprises", unit="percent", **WW)
a(
    "more than 70%",
    70,
    "percent",
    "share of key enterprises expecting stable or growing exports",
    q="more_than",
    unit="percent",
    **WW,
)
a(
    "more than 30,000",
    30000,
    "count",
    "exhibitors expected at the Canton Fair",
    q="more_than",
    speaker="Sheng Qiuping",
    aliases=["Sheng"],
)
a(
    "1.8%",
    1.8,
    "percent",
    "expected growth in global merchandise trade volume",
    unit="percent",
    period="this year",
    speaker="World Trade Organization",
    aliases=["WTO", "Phoenix TV"],
)
a(
    "about 14%",
    14,
    "percent",
    "China's share of the international market",
    q="approximate",
    unit="percent",
    subject="China",
    **LD,
)

# 1101: White House press briefing (Wednesday 18 August 2027).
doc(
    "1101_whitehouse-leavitt-briefing-2027-08-18.txt",
    "2027-08-18",
    "Karoline Leavitt",
    ["Leavitt", "MS. LEAVITT"],
)
a(
    "$2.89",
    2.89,
    "money",
    "national average price of a gallon of gasoline",
    unit="USD",
    period="this week",
    speaker="Department of Energy",
    aliases=["Karoline Leavitt", "Leavitt"],
)
a("1.9 million", 1.9e6, "count", "new private sector jobs since the President took office")
a("2.4 percent", 2.4, "percent", "rise in real wages", unit="percent")
a(
    "$31 billion",
    31e9,
    "money",
    "customs duties collected",
    unit="USD",
    period="July",
    speaker="Bessent",
    aliases=["Scott Bessent", "Treasury Secretary Bessent"],
)
a(
    "2,400",
    2400,
    "count",
    "jobs at the new steel mill",
    speaker="Ridgeline Steel",
    aliases=["Karoline Leavitt", "Leavitt"],
)
CBO = dict(speaker="Congressional Budget Office", aliases=["CBO"])
a("$2.8 trillion", 2.8e12, "money", "deficit reduction from tariffs", unit="USD", **CBO)
a("10 years", 10, "duration", "period of the deficit reduction", unit="year", opt=True, **CBO)
a("$1,700", 1700, "money", "annual cost of tariffs for the average household", unit="USD", **CBO)
a("2.6 percent", 2.6, "percent", "inflation", unit="percent")
a(
    "more than $4,000",
    4000,
    "money",
    "annual savings from tax cuts for the typical family",
    q="more_than",
    unit="USD",
    speaker="Council of Economic Advisers",
    aliases=["White House Council of Economic Advisers", "Karoline Leavitt", "Leavitt"],
)
a(
    "fewer than 6,000",
    6000,
    "count",
    "Border Patrol apprehensions at the southern border",
    q="less_than",
    period="July",
    speaker="U.S. Customs and Border Protection",
    aliases=["Customs and Border Protection", "CBP"],
    date="2027-08-16",
)
a("5,812", 5812, "count", "border apprehensions last month", period="last month")
a(
    "more than 310,000",
    310000,
    "count",
    "illegal aliens removed since January",
    q="more_than",
    speaker="Noem",
    aliases=["Kristi Noem", "Secretary Noem"],
    date="2027-08-17",
)
a(
    "46 percent",
    46,
    "percent",
    "President's approval rating",
    unit="percent",
    speaker="Gallup",
    aliases=["Fox News", "Jacqui Heinrich"],
)
a("312", 312, "count", "electoral votes won by the President")
a(
    "more than 500",
    500,
    "count",
    "drones launched at Ukrainian cities overnight",
    q="more_than",
    speaker=None,
)
a(
    "about 40 minutes",
    40,
    "duration",
    "length of the call with President Zelensky",
    q="approximate",
    unit="minute",
)

# 1102: PIB release, Ministry of Jal Shakti (Wednesday 21 July 2027).
doc(
    "1102_pib-jal-jeevan-mission-2027-07-21.txt",
    "2027-07-21",
    "C R Patil",
    ["Shri C R Patil", "Patil", "Minister"],
)
a(
    "over 15.6 crore",
    1.56e8,
    "count",
    "rural households with tap water connections",
    q="more_than",
    opt=True,
)
a(
    "over 15.6 crore",
    1.56e8,
    "count",
    "rural households with tap water connections",
    q="more_than",
    after="today said",
)
a("80.7 per cent", 80.7, "percent", "share of rural households with tap water", unit="percent")
a("19.34 crore", 1.934e8, "count", "rural households in the country")
a("3.23 crore", 3.23e7, "count", "households with tap connections in August 2019")
a(
    "16.8 per cent",
    16.8,
    "percent",
    "share of households with tap connections in 2019",
    unit="percent",
)
a(
    "less than eight years",
    8,
    "duration",
    "period of the new connections",
    q="less_than",
    unit="year",
    opt=True,
)
a("more than 12 crore", 1.2e8, "count", "new tap connections provided", q="more_than")
a("11", 11, "count", "States and Union Territories with full coverage")
a("100 per cent", 100, "percent", "tap water coverage", unit="percent")
a("₹67,000 crore", 6.7e11, "money", "outlay for the extension of the Mission", unit="INR")
a(
    "₹2,08,652 crore",
    2.08652e12,
    "money",
    "funds released by the Centre to States under the Mission",
    unit="INR",
    speaker=None,
)
VS = dict(speaker="V. Somanna", aliases=["Shri V. Somanna", "Somanna", "Minister of State"])
a("2.41 lakh", 2.41e5, "count", "villages certified as Har Ghar Jal", **VS)
a("over 2,100", 2100, "count", "water quality testing laboratories", q="more_than", **VS)
a("1,580", 1580, "count", "NABL-accredited laboratories", **VS)
a(
    "38.6 lakh",
    3.86e6,
    "count",
    "water samples tested in laboratories",
    period="2026-27",
    speaker="Department of Drinking Water and Sanitation",
    aliases=["DDWS"],
)
a(
    "nearly 4 lakh",
    4e5,
    "count",
    "deaths from diarrhoeal disease averted by safe drinking water",
    q="nearly",
    speaker="World Health Organization",
    aliases=["WHO"],
)
AM = dict(speaker="Ashok K.K. Meena", aliases=["Shri Ashok K.K. Meena", "Meena"])
a(
    "87 per cent",
    87,
    "percent",
    "share of households receiving water of prescribed quality",
    unit="percent",
    **AM,
)
a(
    "83 per cent",
    83,
    "percent",
    "share of households receiving at least 55 litres per person per day",
    unit="percent",
    **AM,
)
a(
    "at least 55 litres",
    55,
    "measure",
    "daily water supply norm per person",
    q="at_least",
    unit="litre",
    opt=True,
    **AM,
)
a("24", 24, "count", "States and Union Territories at the meeting", speaker=None)

# 1103: Nigerian newspaper, CBN MPC decision (Wednesday 22 September 2027; the MPC met
# "yesterday", Tuesday 21 September, and Cardoso spoke to journalists at its end).
doc("1103_punch-cbn-mpc-holds-rate-2027-09-22.txt", "2027-09-22", None)
a("24.5%", 24.5, "percent", "Monetary Policy Rate", unit="percent", opt=True)
a("17.9%", 17.9, "percent", "headline inflation", unit="percent", opt=True)
# A policy setting the page states is the page's voice, dated the day of the decision.
a(
    "24.5 per cent",
    24.5,
    "percent",
    "Monetary Policy Rate",
    unit="percent",
    subject="Central Bank of Nigeria",
    date="2027-09-21",
)
a("six months", 6, "duration", "period of disinflation", unit="month", opt=True, date="2027-09-21")
a("two-day", 2, "duration", "length of the MPC meeting", unit="day", opt=True, date="2027-09-21")
OC = dict(
    speaker="Olayemi Cardoso",
    aliases=["Cardoso", "Mr Olayemi Cardoso", "Governor of the CBN"],
    date="2027-09-21",
)
a("12", 12, "count", "MPC members who voted to hold the rate", **OC)
a("45 per cent", 45, "percent", "Cash Reserve Ratio for commercial banks", unit="percent", **OC)
a("30 per cent", 30, "percent", "liquidity ratio", unit="percent", **OC)
NBS = dict(speaker="National Bureau of Statistics", aliases=["NBS"])
a(
    "17.9 per cent",
    17.9,
    "percent",
    "headline inflation",
    unit="percent",
    subject="Nigeria",
    period="August",
    **NBS,
)
a("18.6 per cent", 18.6, "percent", "headline inflation", unit="percent", period="July", **NBS)
a("19.2 per cent", 19.2, "percent", "food inflation", unit="percent", period="August", **NBS)
a("1.41 per cent", 1.41, "percent", "month-on-month inflation rate", unit="percent", **NBS)
a(
    "0.2 percentage points",
    0.2,
    "percent",
    "fall in the month-on-month inflation rate",
    unit="percentage point",
    **NBS,
)
a(
    "about half",
    50,
    "percent",
    "share of food in the Consumer Price Index basket",
    q="approximate",
    unit="percent",
)
a(
    "3.9 per cent",
    3.9,
    "percent",
    "economic growth",
    unit="percent",
    period="second quarter",
    **NBS,
)
a("four years", 4, "duration", "period since faster growth", unit="year", opt=True, **NBS)
a("$44.6bn", 44.6e9, "money", "external reserves", unit="USD", **OC)
a(
    "nearly six years",
    6,
    "duration",
    "period since reserves were as high",
    q="nearly",
    unit="year",
    opt=True,
    **OC,
)
a(
    "about N1,480",
    1480,
    "money",
    "naira exchange rate to the dollar",
    q="approximate",
    unit="NGN",
    period="since March",
    **OC,
)
a(
    "38 per cent",
    38,
    "percent",
    "rise in foreign portfolio inflows",
    unit="percent",
    period="second quarter",
    **OC,
)
a(
    "up to 1.5 percentage points",
    1.5,
    "percent",
    "possible addition to inflation from electricity tariffs",
    q="at_most",
    unit="percentage point",
    **OC,
)
a(
    "above 32 per cent",
    32,
    "percent",
    "average lending rate for businesses",
    q="more_than",
    unit="percent",
    speaker="Muda Yusuf",
    aliases=["Yusuf", "Dr Muda Yusuf"],
)
a(
    "about 51 per cent",
    51,
    "percent",
    "capacity utilisation in manufacturing",
    q="approximate",
    unit="percent",
    speaker="Manufacturers Association of Nigeria",
    aliases=["Muda Yusuf", "Yusuf"],
)
a(
    "at least 100 basis points",
    100,
    "percent",
    "expected cut in the Monetary Policy Rate",
    q="at_least",
    unit="basis point",
    speaker=None,
)

# 1104: Reuters story on a company's job cuts (Tuesday 14 September 2027).
doc("1104_reuters-kessler-job-cuts-2027-09-14.txt", "2027-09-14", "Kessler", [])
a("6,500", 6500, "count", "jobs to be cut", subject="Kessler", opt=True)
a("6,500", 6500, "count", "jobs to be cut worldwide", subject="Kessler", after="it would cut ")
a("about 7%", 7, "percent", "share of workforce to be cut", q="approximate", unit="percent")
a(
    "as much as 9%",
    9,
    "percent",
    "fall in Kessler shares",
    q="at_most",
    unit="percent",
    speaker=None,
)
a("Around 3,800", 3800, "count", "job cuts in Germany", q="approximate")
a("about 41,000", 41000, "count", "Kessler employees in Germany", q="approximate")
AK = dict(speaker="Annette Krauss", aliases=["Krauss", "Kessler"])
a("850 million euros", 850e6, "money", "annual savings from the programme", unit="EUR", **AK)
a("$1.0 billion", 1.0e9, "money", "annual savings from the programme", unit="USD", opt=True, **AK)
a(
    "up to 600 million euros",
    600e6,
    "money",
    "restructuring costs",
    q="at_most",
    unit="EUR",
    **AK,
)
a(
    "30%",
    30,
    "percent",
    "shortfall of electric drive order intake against plan",
    unit="percent",
    **AK,
)
a("two years", 2, "duration", "time since the plan", unit="year", opt=True, **AK)
a(
    "1.2 billion euros",
    1.2e9,
    "money",
    "Kessler profit last year",
    unit="EUR",
    subject="Kessler",
    period="last year",
    speaker="Juergen Kerner",
    aliases=["Kerner", "IG Metall"],
)
a(
    "roughly 29,000",
    29000,
    "count",
    "workers covered by the job security agreement",
    q="approximate",
    speaker="IG Metall",
    aliases=[],
)
a(
    "more than 55,000",
    55000,
    "count",
    "jobs shed by the auto sector since 2023",
    q="more_than",
    speaker="VDA",
    aliases=["German Association of the Automotive Industry"],
)
HM = dict(speaker="Harald Moeller", aliases=["Moeller", "Bernstein"])
a("2.1%", 2.1, "percent", "operating margin of the powertrain unit", unit="percent", **HM)
a("5.4%", 5.4, "percent", "powertrain operating margin a year earlier", unit="percent", **HM)
a("6.8%", 6.8, "percent", "fall in Kessler shares", unit="percent", speaker=None)
a("0.3%", 0.3, "percent", "rise in the mid-cap index", unit="percent", speaker=None)
# The relative clause "which had sales of ... last year" is the page's description.
a("19.4 billion euros", 19.4e9, "money", "Kessler sales last year", unit="EUR", speaker=None)
a(
    "3.5% to 4.5%",
    3.5,
    "percent",
    "guidance for adjusted operating margin",
    q="range",
    unit="percent",
    period="2027",
    low=3.5,
    high=4.5,
)

# 1105: WHO Director-General's opening remarks (speech, Wednesday 6 October 2027).
doc(
    "1105_who-dg-tb-report-remarks-2027-10-06.txt",
    "2027-10-06",
    "Tedros Adhanom Ghebreyesus",
    ["Tedros", "Director-General", "WHO Director-General"],
)
a("an estimated 10.6 million", 10.6e6, "count", "people who fell ill with TB", q="approximate")
a("1.23 million", 1.23e6, "count", "TB deaths", period="last year")
a("8.3 million", 8.3e6, "count", "people newly diagnosed with TB and notified")
a("88 percent", 88, "percent", "TB treatment success rate", unit="percent")
a("About 400,000", 400000, "count", "people who developed drug-resistant TB", q="approximate")
a(
    "2 in 5",
    40,
    "percent",
    "share of drug-resistant TB patients diagnosed and treated",
    unit="percent",
)
a(
    "90 percent",
    90,
    "percent",
    "committed share of people with TB reached with care",
    unit="percent",
)
PH = dict(
    speaker="Department of Health of the Philippines",
    aliases=[
        "Philippines' Department of Health",
        "Department of Health",
        "Tedros Adhanom Ghebreyesus",
        "Tedros",
    ],
)
a("more than 2 million", 2e6, "count", "people screened with chest X-rays", q="more_than", **PH)
a("three times", 3, "measure", "screening relative to the year before", unit="times", **PH)
a(
    "under seven days",
    7,
    "duration",
    "time from TB diagnosis to treatment",
    q="less_than",
    unit="day",
    speaker="Indonesia",
    aliases=["Tedros Adhanom Ghebreyesus", "Tedros"],
)
a("5.9 billion US dollars", 5.9e9, "money", "funding available for TB services", unit="USD")
a(
    "just over a quarter",
    25,
    "percent",
    "share of needed TB funding available",
    q="more_than",
    unit="percent",
)
a("22 billion dollars", 22e9, "money", "annual TB funding needed", unit="USD")
a(
    "43 dollars",
    43,
    "money",
    "return on each dollar invested in TB",
    unit="USD",
    speaker="Stop TB Partnership",
    aliases=["Tedros Adhanom Ghebreyesus", "Tedros"],
)
a("27", 27, "count", "countries reporting disruptions to TB services")
a("9", 9, "count", "countries that ran short of TB medicines", after="services, and ")
a("21 percent", 21, "percent", "shortfall of WHO's budget", unit="percent")
a(
    "almost a quarter",
    25,
    "percent",
    "reduction of WHO headquarters staff",
    q="nearly",
    unit="percent",
)

# 1106: Met Office news release, summer statistics (Wednesday 1 September 2027).
doc("1106_metoffice-summer-2027-statistics-2027-09-01.txt", "2027-09-01", None)
MO = dict(speaker="Met Office", aliases=[])
a("third", 3, "rank", "rank of summer 2027 among the UK's warmest", opt=True, **MO)
a("third", 3, "rank", "rank of summer 2027 among the UK's warmest", after="was the ", **MO)
a("15.8°C", 15.8, "measure", "UK mean summer temperature", unit="degree Celsius", **MO)
a("1.1°C", 1.1, "measure", "mean temperature above the average", unit="degree Celsius", **MO)
a("35.7°C", 35.7, "measure", "highest temperature of the season", unit="degree Celsius")
a("198.4mm", 198.4, "measure", "UK summer rainfall", unit="mm", subject="UK")
a("82%", 82, "percent", "UK rainfall as share of summer average", unit="percent")
a("142mm", 142, "measure", "summer rainfall in England", unit="mm", subject="England")
a("69%", 69, "percent", "England rainfall as share of average", unit="percent")
a("121%", 121, "percent", "Scotland rainfall as share of average", unit="percent")
a("611 hours", 611, "measure", "UK summer sunshine", unit="hour")
a("124%", 124, "percent", "sunshine as share of average", unit="percent")
MK = dict(speaker="Mike Kendon", aliases=["Kendon"])
a("31%", 31, "percent", "England June rainfall as share of average", unit="percent", **MK)
a("Eight", 8, "count", "warmest summers since 2003", **MK)
a("ten", 10, "count", "warmest summers in the UK series", after="Eight of the ", opt=True, **MK)
a(
    "around 10 times",
    10,
    "measure",
    "increased likelihood of so warm a summer",
    q="approximate",
    unit="times",
    **MK,
)
EA = dict(speaker="Environment Agency", aliases=[], date="2027-08-30")
a("68%", 68, "percent", "reservoir stocks in England", unit="percent", **EA)
a("about 4.3 million", 4.3e6, "count", "customers under hosepipe bans", q="approximate", **EA)

# 1107: regional news page, two stories and a weather box (Tuesday 19 October 2027).
doc("1107_okanagan-sentinel-two-stories-2027-10-19.txt", "2027-10-19", None)
IH = dict(speaker="Interior Health", aliases=[], date="2027-10-15")
a(
    "7.4 hours",
    7.4,
    "duration",
    "median wait for a bed in the emergency department",
    unit="hour",
    **IH,
)
a("5.9 hours", 5.9, "duration", "median wait for a bed a year earlier", unit="hour")
a(
    "one in six",
    16.67,
    "percent",
    "share of patients who left without being seen",
    q="approximate",
    unit="percent",
    **IH,
)
KT = dict(speaker="Kelsey Tran", aliases=["Tran", "Interior Health"])
a("312", 312, "count", "average daily emergency department visits", **KT)
a(
    "about 18 per cent",
    18,
    "percent",
    "rise in emergency visits",
    q="approximate",
    unit="percent",
    **KT,
)
a("14", 14, "count", "beds added in a temporary unit", **KT)
a("22", 22, "count", "new nurses hired since July", **KT)
a("16 years", 16, "duration", "physician's years at the hospital", unit="year", opt=True)
a(
    "as many as 40",
    40,
    "count",
    "admitted patients in hallways and waiting areas",
    q="at_most",
    speaker="Hanna Ostrowski",
    aliases=["Ostrowski", "Dr. Hanna Ostrowski"],
)
a(
    "about 5,000",
    5000,
    "count",
    "shortage of nurses in the province",
    q="approximate",
    speaker="B.C. Nurses' Union",
    aliases=["BCNU"],
)
a(
    "more than 3,100",
    3100,
    "count",
    "nurses hired by the province this year",
    q="more_than",
    speaker="Josie Osborne",
    aliases=["Osborne", "Health Minister Josie Osborne"],
    date="2027-10-18",
)
WX = dict(opt=True, unit="degree Celsius")
a("11C", 11, "measure", "forecast high today", **WX)
a("4C", 4, "measure", "forecast low today", **WX)
a("60 per cent", 60, "percent", "chance of rain today", unit="percent", opt=True)
a("13C", 13, "measure", "forecast high Wednesday", **WX)
a("3C", 3, "measure", "forecast low Wednesday", **WX)
a("10C", 10, "measure", "forecast high Thursday", **WX)
a("1C", 1, "measure", "forecast low Thursday", **WX)
a("$3.4M", 3.4e6, "money", "cost of pier repairs", unit="CAD", opt=True)
DP = dict(speaker="District of Peachland", aliases=["Peachland"], date="2027-10-18")
a("$3.4 million", 3.4e6, "money", "cost of rebuilding the pier", unit="CAD", **DP)
a("$1.8-million", 1.8e6, "money", "original estimate for pier repairs", unit="CAD", **DP)
a("46", 46, "count", "pier piles to be replaced", **DP)
a("62", 62, "count", "piles of the pier", **DP)
a("about 30 metres", 30, "measure", "pier decking ripped away", q="approximate", unit="m")
MV = dict(
    speaker="Patrick Van Minsel",
    aliases=["Van Minsel", "Mayor Patrick Van Minsel"],
    date="2027-10-18",
)
a("up to $1.5 million", 1.5e6, "money", "provincial grant sought", q="at_most", unit="CAD", **MV)
a("About 60,000", 60000, "count", "people walking on the pier every summer", q="approximate", **MV)
a(
    "$2.1 million",
    2.1e6,
    "money",
    "district reserves",
    speaker="Terry Condon",
    aliases=["Condon", "Coun. Terry Condon"],
    date="2027-10-18",
)
a("5-2", 5, "count", "council votes in favour", opt=True)

GOLD.build()
