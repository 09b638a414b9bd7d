"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout29/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout27, see README.md): headline, standfirst and
# summary-bullet figures optional; the page's own voice and unnamed sources ("government data
# showed", "a village official who declined to be named", "A court clerk, who asked not to be
# named") have speaker None, judged sentence by sentence; in a transcript an unattributed sentence
# of a turn is the turn's speaker, an outlet label ("Question [Reuters]:", "CCTV:") speaks for the
# question, and a figure a question attributes is that source's (the outlet an alias); "according
# to X" / "data from X" / "X figures show" are X; a figure relayed from a minister, a president or
# a commander is theirs, dated the day they said it; every sentence of a multi-sentence quote is
# the quoted speaker's; "he said" / "She added" / "It said" carry the speaker and the day named
# before; date = the day the claim was stated ("on Monday", "yesterday", "on Oct. 24", "released
# Friday"); "last week", "earlier this month" and "today" keep the publication day; time spans that
# only date a figure, thresholds, compound adjectives, ages, multipliers and bracketed conversions
# are optional.

# 2900: MFA regular press conference (Wednesday 16 October 2030).
doc(
    "2900_mfa-mao-ning-presscon-2030-10-16.txt",
    "2030-10-16",
    "Mao Ning",
    ["Mao", "Spokesperson Mao Ning"],
)
a(
    "more than 1,300",
    1300,
    "count",
    "Chinese citizens helped to leave Sudan",
    q="more_than",
    subject="Chinese Embassy in Sudan",
)
a("86", 86, "count", "nationals of other countries assisted", subject="Chinese Embassy in Sudan")
a("Around 40", 40, "count", "Chinese citizens staying in Sudan", q="approximate")
MOFCOM_Q = dict(speaker="Ministry of Commerce", aliases=["MOFCOM", "CCTV"], date="2030-10-15")
a(
    "71.6 billion US dollars",
    71.6e9,
    "money",
    "trade between China and the Central Asian countries",
    unit="USD",
    period="first three quarters",
    **MOFCOM_Q,
)
a(
    "three quarters",
    3,
    "duration",
    "period of the trade figure",
    unit="quarter",
    after="in the first ",
    opt=True,
    **MOFCOM_Q,
)
a(
    "9.4 percent",
    9.4,
    "percent",
    "year-on-year growth of China-Central Asia trade",
    unit="percent",
    **MOFCOM_Q,
)
a(
    "over 14,800",
    14800,
    "count",
    "China-Europe freight train trips through Central Asia",
    q="more_than",
    period="since the start of this year",
)
WY = dict(
    speaker="Wang Yi",
    aliases=["Foreign Minister Wang Yi", "Wang"],
    date="2030-10-14",
)
a(
    "passed 3,000",
    3000,
    "count",
    "Chinese enterprises investing in Central Asia",
    q="more_than",
    **WY,
)
a(
    "45 percent",
    45,
    "percent",
    "growth of Chinese investment in Central Asian green energy projects",
    unit="percent",
    **WY,
)
a("two years", 2, "duration", "period of the investment growth", unit="year", opt=True, **WY)
a("more than 20", 20, "count", "cooperation documents expected to be signed", q="more_than", **WY)
a(
    "42",
    42,
    "count",
    "Chinese vessels monitored around Second Thomas Shoal",
    period="past week",
    speaker="Philippine Coast Guard",
    aliases=["PCG", "AFP", "Agence France-Presse"],
    date="2030-10-13",
)
a(
    "18 percent",
    18,
    "percent",
    "fall in China's rare earth exports",
    unit="percent",
    period="September",
    speaker="General Administration of Customs",
    aliases=["Customs", "GACC", "Bloomberg"],
)
MOFCOM_A = dict(
    speaker="Ministry of Commerce", aliases=["MOFCOM", "Mao Ning", "Mao", "Spokesperson Mao Ning"]
)
a(
    "more than 2,600",
    2600,
    "count",
    "export license applications approved for civilian use",
    q="more_than",
    period="first nine months",
    **MOFCOM_A,
)
a(
    "nine months",
    9,
    "duration",
    "period of the licence approvals",
    unit="month",
    after="compliant civilian use in the first ",
    opt=True,
    **MOFCOM_A,
)
a(
    "less than 45 working days",
    45,
    "duration",
    "average review time for an export license application",
    q="less_than",
    unit="day",
)
NIA = dict(
    speaker="National Immigration Administration",
    aliases=["NIA", "Mao Ning", "Mao", "Spokesperson Mao Ning"],
)
a(
    "about 1.05 million",
    1.05e6,
    "count",
    "visa-free entries into China by Japanese citizens",
    q="approximate",
    period="first nine months of this year",
    **NIA,
)
a(
    "nine months",
    9,
    "duration",
    "period of the entries",
    unit="month",
    after="visa-free entries into China in the first ",
    opt=True,
    **NIA,
)
a(
    "37 percent",
    37,
    "percent",
    "year-on-year rise in visa-free entries by Japanese citizens",
    unit="percent",
    **NIA,
)
a(
    "more than 2.4 million",
    2.4e6,
    "count",
    "visitors drawn by the National Zoo's giant pandas",
    q="more_than",
    period="since January",
    speaker="Smithsonian's National Zoo",
    aliases=["National Zoo", "Smithsonian", "Reuters"],
    date="2030-10-14",
)
a("22", 22, "count", "institutions in giant panda conservation cooperation with China")
a(
    "19",
    19,
    "count",
    "countries in giant panda conservation cooperation with China",
    after="institutions in ",
)
a("58", 58, "count", "giant pandas living overseas")

# 2901: GOV.UK press release (Thursday 24 October 2030).
doc("2901_desnz-warm-homes-grant-2030-10-24.txt", "2030-10-24", None)
a("£1.2 billion", 1.2e9, "money", "Warm Homes grants", unit="GBP", opt=True)
a("More than 300,000", 300000, "count", "households able to apply", q="more_than", opt=True)
a("£450", 450, "money", "average annual saving on energy bills", unit="GBP", opt=True)
a(
    "£1.2 billion",
    1.2e9,
    "money",
    "Warm Homes Local Grant",
    unit="GBP",
    after="on their bills.",
    opt=True,
)
a("196", 196, "count", "council areas where the grant opens", opt=True)
a(
    "£450",
    450,
    "money",
    "average annual saving for low-income households",
    unit="GBP",
    after="could save an average of ",
    opt=True,
)
a("up to 12,000", 12000, "count", "installer jobs supported", q="at_most", opt=True)
EM = dict(
    speaker="Ed Miliband",
    aliases=["Miliband", "Energy Secretary Ed Miliband", "The Rt Hon Ed Miliband MP"],
)
a(
    "£1.2 billion",
    1.2e9,
    "money",
    "Warm Homes Local Grant scheme",
    unit="GBP",
    after="opened applications for the ",
    **EM,
)
a(
    "up to £30,000",
    30000,
    "money",
    "value of free home upgrades per household",
    q="at_most",
    unit="GBP",
    **EM,
)
a(
    "more than 300,000",
    300000,
    "count",
    "homes to receive upgrades",
    q="more_than",
    after="heat pumps for ",
    period="over the next three years",
)
a("three years", 3, "duration", "period of the scheme", unit="year", opt=True)
a(
    "196",
    196,
    "count",
    "councils and combined authorities delivering the grant",
    after="delivered through ",
)
a(
    "£450",
    450,
    "money",
    "annual energy bill saving for a typical household",
    unit="GBP",
    after="package of upgrades will save ",
    speaker="Department for Energy Security and Net Zero",
    aliases=["DESNZ", "government", "Government analysis"],
)
a(
    "more than £900",
    900,
    "money",
    "annual saving in the worst-insulated homes",
    q="more_than",
    unit="GBP",
)
a(
    "Around 6.4 million",
    6.4e6,
    "count",
    "low-income homes in England rated D or below",
    q="approximate",
    subject="England",
    speaker="English Housing Survey",
    aliases=["Ministry of Housing, Communities and Local Government", "MHCLG"],
)
a(
    "Nearly one in five",
    20,
    "percent",
    "share of fuel-poor households living in the least efficient homes",
    q="nearly",
    unit="percent",
    **EM,
)
a("£1.2 billion", 1.2e9, "money", "investment in warming homes", unit="GBP", after='"This ', **EM)
a("12,000", 12000, "count", "skilled installers put to work", after="put ", **EM)
RA = dict(
    speaker="Rachel Adeyemi",
    aliases=["Adeyemi", "Ms Adeyemi", "Energy Saving Trust"],
)
a(
    "nine in ten",
    90,
    "percent",
    "share of pilot households reporting a warmer home",
    unit="percent",
    **RA,
)
a(
    "a third",
    33.33,
    "percent",
    "average fall in pilot households' bills",
    unit="percent",
    after="bills fell by ",
    **RA,
)
a("up to 5,000", 5000, "count", "advice line calls a day expected", q="at_most", **RA)
a("around 2,500", 2500, "count", "installers registered with the scheme", q="approximate", **RA)
a(
    "about a third",
    33.33,
    "percent",
    "share of registered installers new to government-funded work",
    q="approximate",
    unit="percent",
    **RA,
)
MM = dict(
    speaker="Martin McCluskey",
    aliases=["McCluskey", "Energy Consumers Minister Martin McCluskey"],
)
a("2.7 million", 2.7e6, "count", "additional households receiving the Warm Home Discount", **MM)
a(
    "around 6.1 million",
    6.1e6,
    "count",
    "households receiving the Warm Home Discount",
    q="approximate",
    **MM,
)
a("£13.2 billion", 13.2e9, "money", "Warm Homes Plan", unit="GBP")
OFGEM = dict(speaker="Ofgem", aliases=["Office of Gas and Electricity Markets"])
a("2%", 2, "percent", "rise in the energy price cap from 1 January", unit="percent", **OFGEM)
a(
    "£1,756",
    1756,
    "money",
    "annual price cap for a typical dual fuel household",
    unit="GBP",
    **OFGEM,
)
a(
    "below £36,000",
    36000,
    "money",
    "household income eligibility threshold",
    q="less_than",
    unit="GBP",
    opt=True,
)
a("up to £15,000", 15000, "money", "grant for energy efficiency upgrades", q="at_most", unit="GBP")
a(
    "up to £15,000",
    15000,
    "money",
    "grant for low carbon heating",
    q="at_most",
    unit="GBP",
    after="efficiency upgrades and ",
)

# 2902: Global Times article (Tuesday 8 October 2030).
doc("2902_globaltimes-national-day-tourism-2030-10-08.txt", "2030-10-08", None)
a("2.41 billion", 2.41e9, "count", "domestic trips over the National Day holiday", opt=True)
a("seven-day", 7, "duration", "length of the National Day holiday", unit="day", opt=True)
MCT = dict(
    speaker="Ministry of Culture and Tourism",
    aliases=["MCT", "ministry"],
    date="2030-10-07",
)
a(
    "2.41 billion",
    2.41e9,
    "count",
    "domestic trips during the National Day holiday",
    after="residents made ",
    **MCT,
)
a(
    "812.5 billion yuan",
    812.5e9,
    "money",
    "domestic tourism spending during the holiday",
    unit="CNY",
    **MCT,
)
a(
    "$114.2 billion",
    114.2e9,
    "money",
    "domestic tourism spending in US dollars",
    unit="USD",
    opt=True,
    **MCT,
)
a(
    "6.8 percent",
    6.8,
    "percent",
    "year-on-year rise in domestic tourism spending",
    unit="percent",
    **MCT,
)
a("5.9 percent", 5.9, "percent", "rise in holiday trips from last year", unit="percent")
NIA2 = dict(speaker="National Immigration Administration", aliases=["NIA"], date="2030-10-08")
a("2.17 million", 2.17e6, "count", "average daily cross-border trips during the holiday", **NIA2)
a("28.4 percent", 28.4, "percent", "rise in entries by foreign nationals", unit="percent", **NIA2)
WR = dict(speaker="Wu Ruoshan", aliases=["Wu"], date="2030-10-08")
a(
    "more than 30 percent",
    30,
    "percent",
    "rise in hotel bookings in county-level cities",
    q="more_than",
    unit="percent",
    **WR,
)
a("about 337 yuan", 337, "money", "average spending per trip", q="approximate", unit="CNY", **WR)
a(
    "63 percent",
    63,
    "percent",
    "rise in inbound travel bookings to China",
    unit="percent",
    speaker="Trip.com",
    aliases=["Trip.com Group"],
)
QUNAR = dict(speaker="Qunar", aliases=["Qunar.com"])
a(
    "8 percent",
    8,
    "percent",
    "year-on-year fall in average domestic air ticket price",
    unit="percent",
    **QUNAR,
)
a(
    "786 yuan",
    786,
    "money",
    "average price of a domestic economy-class air ticket",
    unit="CNY",
    **QUNAR,
)
MAOYAN = dict(speaker="Maoyan", aliases=["Maoyan Entertainment"])
a("2.36 billion yuan", 2.36e9, "money", "holiday box office", unit="CNY", **MAOYAN)
a(
    "nearly 40 percent",
    40,
    "percent",
    "share of the holiday box office taken by one animated feature",
    q="nearly",
    unit="percent",
    **MAOYAN,
)
a(
    "4.6 million",
    4.6e6,
    "count",
    "visitors to Zibo during the holiday",
    subject="Zibo",
    speaker="Zibo Municipal Bureau of Culture and Tourism",
    aliases=["Zibo culture and tourism bureau", "city's culture and tourism bureau"],
    date="2030-10-08",
)
a("87 percent", 87, "percent", "average hotel occupancy in Zibo", unit="percent", subject="Zibo")
LS = dict(speaker="Liu Simin", aliases=["Liu"])
a(
    "46.1 percent",
    46.1,
    "percent",
    "share of service consumption in per capita consumption spending",
    unit="percent",
    period="first half of the year",
    **LS,
)
a(
    "above 50 percent",
    50,
    "percent",
    "possible future share of service consumption",
    q="more_than",
    unit="percent",
    period="by 2035",
    **LS,
)
a(
    "about 60 percent",
    60,
    "percent",
    "share of employees who take all their paid annual leave",
    q="approximate",
    unit="percent",
    **LS,
)
MCT2 = dict(speaker="Ministry of Culture and Tourism", aliases=["MCT"], date="2030-10-08")
a("1,342", 1342, "count", "tourist complaints received during the holiday", **MCT2)
a("11 percent", 11, "percent", "fall in tourist complaints from last year", unit="percent", **MCT2)

# 2903: Reuters wire story on floods and landslides (Monday 4 November 2030).
doc("2903_reuters-sumatra-floods-2030-11-04.txt", "2030-11-04", None)
a(
    "at least 47",
    47,
    "count",
    "people killed by floods and landslides in West Sumatra",
    q="at_least",
    opt=True,
)
BNPB = dict(
    speaker="National Disaster Management Agency",
    aliases=["BNPB", "disaster mitigation agency", "Badan Nasional Penanggulangan Bencana"],
)
a(
    "at least 47",
    47,
    "count",
    "people killed by flash floods and landslides",
    q="at_least",
    after="have killed ",
    **BNPB,
)
a("29", 29, "count", "people missing", **BNPB)
AM = dict(speaker="Abdul Muhari", aliases=["Muhari", "BNPB"])
a("More than 4,200", 4200, "count", "people evacuated to temporary shelters", q="more_than", **AM)
a("1,380", 1380, "count", "houses damaged", **AM)
a("212", 212, "count", "houses severely damaged", **AM)
a("more than 900", 900, "count", "personnel deployed", q="more_than", **AM)
BAS = dict(
    speaker="Basarnas",
    aliases=["National Search and Rescue Agency", "national search and rescue agency"],
    date="2030-11-03",
)
a("163", 163, "count", "people rescued from flooded homes and rooftops", **BAS)
a("24", 24, "count", "children rescued", after="including ", **BAS)
a("11", 11, "count", "bodies recovered from Salareh Aia", subject="Salareh Aia", after="recovered ")
a(
    "at least 15",
    15,
    "count",
    "people from an Agam village unaccounted for",
    q="at_least",
    after="said ",
)
MA = dict(
    speaker="Mahyeldi Ansharullah",
    aliases=["Mahyeldi", "West Sumatra Governor Mahyeldi Ansharullah"],
)
a("14-day", 14, "duration", "emergency response period", unit="day", opt=True, **MA)
a("25 billion rupiah", 25e9, "money", "provincial relief funds", unit="IDR", **MA)
a(
    "$1.6 million",
    1.6e6,
    "money",
    "provincial relief funds in US dollars",
    unit="USD",
    opt=True,
    **MA,
)
PH = dict(speaker="Prasetyo Hadi", aliases=["Prasetyo"], date="2030-11-03")
a("50 tonnes", 50, "measure", "rice sent to the affected areas", unit="tonne", **PH)
a("3,000", 3000, "count", "tarpaulins sent to the affected areas", **PH)
BMKG = dict(
    speaker="BMKG",
    aliases=[
        "Meteorology, Climatology and Geophysical Agency",
        "Indonesia's meteorology agency",
        "meteorology agency",
    ],
    date="2030-11-03",
)
a(
    "at least three more days",
    3,
    "duration",
    "further duration of heavy rain",
    q="at_least",
    unit="day",
    **BMKG,
)
a("230 mm", 230, "measure", "rainfall in parts of Agam", unit="mm", period="24 hours", **BMKG)
a("24 hours", 24, "duration", "period of the rainfall", unit="hour", opt=True, **BMKG)
a("a month", 1, "duration", "period of usual rainfall compared", unit="month", opt=True, **BMKG)
a(
    "more than 60",
    60,
    "count",
    "people killed by lava flows and floods in May last year",
    q="more_than",
)

# 2904: ADB news release on the Asian Development Outlook (Wednesday 25 September 2030).
doc("2904_adb-asian-development-outlook-2030-09-25.txt", "2030-09-25", None)
ADB = dict(
    speaker="Asian Development Bank",
    aliases=["ADB", "Asian Development Outlook", "ADO"],
)
a("4.6%", 4.6, "percent", "developing Asia growth this year", unit="percent", opt=True)
a(
    "4.6%",
    4.6,
    "percent",
    "growth forecast for developing Asia and the Pacific",
    unit="percent",
    period="this year",
    after="will grow ",
    **ADB,
)
a(
    "4.8%",
    4.8,
    "percent",
    "previous growth forecast in July",
    unit="percent",
    after="down from the ",
    **ADB,
)
a(
    "4.5%",
    4.5,
    "percent",
    "regional growth forecast for 2031",
    unit="percent",
    period="2031",
    after="for 2031 to ",
    **ADB,
)
a("4.7%", 4.7, "percent", "previous regional growth forecast for 2031", unit="percent", **ADB)
a("2.1%", 2.1, "percent", "inflation forecast this year", unit="percent", period="this year")
a("2.3%", 2.3, "percent", "inflation forecast next year", unit="percent", period="next year")
AP = dict(speaker="Albert Park", aliases=["Park", "ADB Chief Economist Albert Park"])
a(
    "about a quarter",
    25,
    "percent",
    "share of exports in the region's output",
    q="approximate",
    unit="percent",
    **AP,
)
a(
    "as much as 0.5 percentage point",
    0.5,
    "percent",
    "possible cut to growth from further escalation",
    q="at_most",
    unit="percentage point",
    period="next year",
    **AP,
)
a(
    "3.8%",
    3.8,
    "percent",
    "growth of the region's exports",
    unit="percent",
    period="first half of 2030",
    **ADB,
)
a(
    "three consecutive months",
    3,
    "duration",
    "months of falling new export orders",
    unit="month",
    **ADB,
)
a(
    "4.5%",
    4.5,
    "percent",
    "growth forecast for the People's Republic of China this year",
    unit="percent",
    subject="People's Republic of China",
    after="is forecast at ",
)
a("4.2%", 4.2, "percent", "growth forecast for the PRC in 2031", unit="percent", period="2031")
a(
    "6.6%",
    6.6,
    "percent",
    "growth forecast for India",
    unit="percent",
    subject="India",
    period="fiscal year 2030",
    **ADB,
)
a(
    "4.3%",
    4.3,
    "percent",
    "Southeast Asia growth forecast",
    unit="percent",
    subject="Southeast Asia",
)
a(
    "4.6%",
    4.6,
    "percent",
    "previous Southeast Asia growth forecast",
    unit="percent",
    subject="Southeast Asia",
    after="4.3% from ",
)
a("3.4%", 3.4, "percent", "Pacific growth forecast", unit="percent", subject="Pacific")
a(
    "about 3.6 times",
    3.6,
    "measure",
    "women's unpaid care work hours relative to men's",
    q="approximate",
    unit="times",
    **ADB,
)
a(
    "up to $1.3 trillion",
    1.3e12,
    "money",
    "possible gain to regional output from closing the paid work gap",
    q="at_most",
    unit="USD",
    period="by 2040",
    **ADB,
)
MK = dict(
    speaker="Masato Kanda",
    aliases=["Kanda", "ADB President Masato Kanda"],
    date="2030-09-23",
)
a(
    "$3 billion",
    3e9,
    "money",
    "annual ADB financing for trade and supply chain projects",
    unit="USD",
    **MK,
)
a(
    "$7.6 billion",
    7.6e9,
    "money",
    "trade supported by the Trade and Supply Chain Finance Program",
    unit="USD",
    period="last year",
    **MK,
)
a("69", 69, "count", "ADB members")
a("49", 49, "count", "ADB members from the region")
a("$26.4 billion", 26.4e9, "money", "ADB commitments", unit="USD", period="2029")

# 2905: NATO pre-ministerial press conference (Wednesday 9 October 2030).
doc(
    "2905_nato-rutte-preministerial-presscon-2030-10-09.txt",
    "2030-10-09",
    "Mark Rutte",
    ["Rutte", "NATO Secretary General Mark Rutte", "Secretary General", "NATO Secretary General"],
)
a("3.5% of GDP", 3.5, "percent", "agreed investment in core defence requirements", unit="percent")
a("27", 27, "count", "Allies expected to spend at least 2.5% of GDP on core defence")
a(
    "at least 2.5% of GDP",
    2.5,
    "percent",
    "core defence spending threshold",
    q="at_least",
    unit="percent",
)
a("16", 16, "count", "Allies spending at least 2.5% of GDP two years ago")
a("two years", 2, "duration", "period of the comparison", unit="year", after="16 just ", opt=True)
a(
    "14%",
    14,
    "percent",
    "real rise in European Allies' and Canada's defence spending",
    unit="percent",
)
a(
    "fourfold",
    4,
    "measure",
    "increase in Allied artillery ammunition production",
    unit="times",
    opt=True,
)
a(
    "more than 38 billion euros",
    38e9,
    "money",
    "Allied security assistance to Ukraine since January",
    q="more_than",
    unit="EUR",
)
a(
    "over 9 billion euros",
    9e9,
    "money",
    "assistance through packages bought from the United States",
    q="more_than",
    unit="EUR",
)
a(
    "more than 5,600",
    5600,
    "count",
    "Russian drones launched against Ukrainian cities in September",
    q="more_than",
    period="September",
    speaker="Volodymyr Zelenskyy",
    aliases=["Zelenskyy", "President Zelenskyy", "Mark Rutte", "Rutte"],
    date="2030-10-08",
)
a(
    "43%",
    43,
    "percent",
    "fall in European military aid to Ukraine in July and August",
    unit="percent",
    speaker="Kiel Institute",
    aliases=["Kiel Institute for the World Economy", "Reuters"],
)
a(
    "more than 50 billion euros",
    50e9,
    "money",
    "Allied support to Ukraine over the whole year",
    q="more_than",
    unit="EUR",
)
a("eight", 8, "count", "Allies committing new funding this month")
a(
    "19 times",
    19,
    "count",
    "violations of Polish airspace by Russian drones in September",
    period="September",
    speaker="Operational Command of the Polish Armed Forces",
    aliases=["Poland's Operational Command", "Operational Command", "Deutsche Welle", "DW"],
)
a("Eleven", 11, "count", "Allies contributing to Eastern Sentry")
a("around 60", 60, "count", "aircraft in Eastern Sentry", q="approximate")
a(
    "roughly a third",
    33.33,
    "percent",
    "cut in response time to incursions on the eastern flank",
    q="approximate",
    unit="percent",
    period="since March",
    speaker="Supreme Allied Commander Europe",
    aliases=["SACEUR", "Supreme Allied Commander", "Alexus Grynkewich", "Mark Rutte", "Rutte"],
)
PH2 = dict(
    speaker="Pete Hegseth",
    aliases=["Hegseth", "US Defense Secretary Pete Hegseth", "Politico Europe"],
    date="2030-10-07",
)
a(
    "around 10,000",
    10000,
    "count",
    "planned reduction in US rotational forces in Europe",
    q="approximate",
    **PH2,
)
a(
    "two years",
    2,
    "duration",
    "period of the reduction",
    unit="year",
    after="over the next ",
    opt=True,
    **PH2,
)
a("more than 80,000", 80000, "count", "US troops in Europe", q="more_than")
a(
    "at least 12",
    12,
    "count",
    "additional Patriot systems Ukraine needs",
    q="at_least",
    speaker="Denys Shmyhal",
    aliases=["Shmyhal", "Ukraine's Defence Minister Denys Shmyhal", "Kyiv Independent"],
    date="2030-10-08",
)
a(
    "two",
    2,
    "count",
    "additional Patriot systems financed by Germany and the Netherlands",
    after="have financed ",
)

# 2906: Yonhap story on October exports (Friday 1 November 2030).
doc("2906_yonhap-korea-exports-october-2030-11-01.txt", "2030-11-01", None)
a("7.8 pct", 7.8, "percent", "rise in October exports", unit="percent", opt=True)
a(
    "five consecutive months",
    5,
    "duration",
    "months of export growth",
    unit="month",
    subject="South Korea",
)
MOTIR = dict(
    speaker="Ministry of Trade, Industry and Resources",
    aliases=["ministry", "Trade Ministry"],
)
a(
    "US$63.4 billion",
    63.4e9,
    "money",
    "outbound shipments in October",
    unit="USD",
    period="last month",
    **MOTIR,
)
a("7.8 percent", 7.8, "percent", "year-on-year rise in exports", unit="percent", **MOTIR)
a("2.1 percent", 2.1, "percent", "fall in imports", unit="percent")
a("$56.9 billion", 56.9e9, "money", "imports", unit="USD")
a("$6.5 billion", 6.5e9, "money", "trade surplus", unit="USD")
a(
    "18 consecutive months",
    18,
    "duration",
    "months of trade surplus",
    unit="month",
    subject="South Korea",
)
a("24.6 percent", 24.6, "percent", "on-year rise in chip exports", unit="percent", **MOTIR)
a("$16.2 billion", 16.2e9, "money", "chip exports", unit="USD", **MOTIR)
a("9.3 percent", 9.3, "percent", "decline in automobile exports", unit="percent")
a("$5.1 billion", 5.1e9, "money", "automobile exports", unit="USD")
a("15 percent", 15, "percent", "US tariff on Korean automobiles", unit="percent")
a("4.2 percent", 4.2, "percent", "rise in shipments to China", unit="percent", **MOTIR)
a("$11.8 billion", 11.8e9, "money", "shipments to China", unit="USD", **MOTIR)
a("3.7 percent", 3.7, "percent", "fall in shipments to the United States", unit="percent", **MOTIR)
a("$10.3 billion", 10.3e9, "money", "shipments to the United States", unit="USD", **MOTIR)
KJ = dict(
    speaker="Kim Jung-kwan",
    aliases=["Kim", "Trade Minister Kim Jung-kwan"],
    date="2030-10-31",
)
a(
    "more than a quarter",
    25,
    "percent",
    "share of chips in total exports",
    q="more_than",
    unit="percent",
    **KJ,
)
a("2 trillion won", 2e12, "money", "expansion of trade insurance next year", unit="KRW", **KJ)
a(
    "38 percent",
    38,
    "percent",
    "share of exporters expecting shipments to shrink next year",
    unit="percent",
    speaker="Korea International Trade Association",
    aliases=["KITA"],
    date="2030-10-31",
)
BOK = dict(speaker="Bank of Korea", aliases=["BOK", "the bank"], date="2030-10-24")
a(
    "fourth-largest",
    4,
    "rank",
    "size of South Korea's economy in Asia",
    subject="South Korea",
    opt=True,
    **BOK,
)
a(
    "0.6 percent",
    0.6,
    "percent",
    "quarter-on-quarter GDP growth",
    unit="percent",
    period="third quarter",
    **BOK,
)
a("three months", 3, "duration", "comparison period", unit="month", opt=True, **BOK)
a(
    "1.8 percent",
    1.8,
    "percent",
    "growth forecast for this year",
    unit="percent",
    period="this year",
    **BOK,
)
a(
    "around $720 billion",
    720e9,
    "money",
    "forecast full-year exports",
    q="approximate",
    unit="USD",
    speaker="Lee Ji-won",
    aliases=["Lee", "Kiwoom Securities"],
)

# 2907: local newspaper page, housing and courts (Thursday 14 November 2030).
doc("2907_marlow-county-sentinel-two-stories-2030-11-14.txt", "2030-11-14", None)
a("180-unit", 180, "count", "units in the affordable complex", opt=True)
a("180", 180, "count", "apartments in the complex", after="will have ")
a("144", 144, "count", "apartments reserved for lower-income households")
a(
    "60 percent or less",
    60,
    "percent",
    "income threshold for reserved apartments",
    q="at_most",
    unit="percent",
    opt=True,
)
a("$62 million", 62e6, "money", "cost of the mill site housing project", unit="USD")
a(
    "more than 1,100",
    1100,
    "count",
    "families on the subsidized housing waiting list",
    q="more_than",
    speaker="Denise Arsenault",
    aliases=["Arsenault", "Mayor Denise Arsenault"],
)
TG = dict(
    speaker="Tom Greeley",
    aliases=["Greeley", "City Planner Tom Greeley"],
    date="2030-11-12",
)
a(
    "38 percent",
    38,
    "percent",
    "rise in rents in Port Haldane",
    unit="percent",
    period="past five years",
    **TG,
)
a("five years", 5, "duration", "period of the rent rise", unit="year", opt=True, **TG)
a("14 percent", 14, "percent", "rise in median household income", unit="percent", **TG)
a("57", 57, "count", "permits issued for new homes last year", period="last year", **TG)
a(
    "about 400",
    400,
    "count",
    "additional car trips a day from the project",
    q="approximate",
    speaker="Mark Pelletier",
    aliases=["Pelletier", "Councilor Mark Pelletier"],
    date="2030-11-12",
)
a(
    "about 2,300",
    2300,
    "count",
    "additional homes needed in Marlow County by 2035",
    q="approximate",
    subject="Marlow County",
    speaker="MaineHousing",
    aliases=["Maine State Housing Authority"],
)
a(
    "$9.4 million",
    9.4e6,
    "money",
    "low-income housing tax credits awarded to the project",
    unit="USD",
)
MJB = dict(speaker="Maine Judicial Branch", aliases=["Judicial Branch"], date="2030-11-08")
a(
    "612",
    612,
    "count",
    "felony cases pending in Marlow County Superior Court",
    period="end of September",
    **MJB,
)
a("845", 845, "count", "felony cases pending a year earlier", **MJB)
a("14 months", 14, "duration", "median time from indictment to trial", unit="month")
a("nine months", 9, "duration", "state goal for time from indictment to trial", unit="month")
KB = dict(
    speaker="Karen Beaulieu",
    aliases=["Beaulieu", "District Attorney Karen Beaulieu"],
)
a("two", 2, "count", "prosecutors added", after="added ", **KB)
a("14 months", 14, "duration", "time a victim waits for trial", unit="month", after='"But ', **KB)
a("under 10 months", 10, "duration", "goal for time to trial", q="less_than", unit="month", **KB)
MCPDS = dict(
    speaker="Maine Commission on Public Defense Services",
    aliases=["public defense agency"],
)
a("41", 41, "count", "county defendants waiting for a lawyer", **MCPDS)
a("about 390", 390, "count", "defendants waiting for a lawyer statewide", q="approximate", **MCPDS)
a("about 30", 30, "count", "hearings a day at the courthouse", q="approximate")
a(
    "nearly double",
    2,
    "measure",
    "hearings relative to before the pandemic",
    q="nearly",
    unit="times",
    opt=True,
)
a("six years", 6, "duration", "prison sentence for fentanyl trafficking", unit="year")
a("three years", 3, "duration", "unsuspended part of the prison sentence", unit="year")
a("34", 34, "measure", "age of the defendant", unit="year", opt=True)
a("four years", 4, "duration", "probation ordered", unit="year")
a("$2,000", 2000, "money", "fine ordered", unit="USD")

GOLD.build()
