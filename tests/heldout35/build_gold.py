"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout35/build_gold.py``. Each annotation names the
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
P, PP = "percent", "percentage point"

# Conventions: those of tests/heldout5 to tests/heldout33 (see README.md).

# 3500: Ministry of Finance press conference transcript (Thursday 21 April 2033).
doc("3500_mof-q1-fiscal-presscon-2033-04-21.txt", "2033-04-21", None)
XH = dict(speaker="Xue Hongbo", aliases=["Xue", "Mr. Xue"])
a(
    "6.48 trillion yuan",
    6.48e12,
    "money",
    "national general public budget revenue",
    unit="CNY",
    period="first quarter",
    **XH,
)
a("2.3 percent", 2.3, "percent", "growth of general public budget revenue", unit=P, **XH)
a("5.31 trillion yuan", 5.31e12, "money", "tax revenue", unit="CNY", **XH)
a("1.8 percent", 1.8, "percent", "increase in tax revenue", unit=P, **XH)
a("4.6 percent", 4.6, "percent", "growth of non-tax revenue", unit=P, **XH)
a("3.1 percent", 3.1, "percent", "rise in domestic value-added tax", unit=P, **XH)
a("6.7 percent", 6.7, "percent", "rise in individual income tax", unit=P, **XH)
a("11.2 percent", 11.2, "percent", "fall in stamp duty on securities transactions", unit=P, **XH)
a(
    "7.36 trillion yuan",
    7.36e12,
    "money",
    "national general public budget spending",
    unit="CNY",
    period="first quarter",
    **XH,
)
a("4.1 percent", 4.1, "percent", "growth of general public budget spending", unit=P, **XH)
a(
    "6.9 percent",
    6.9,
    "percent",
    "increase in social security and employment spending",
    unit=P,
    **XH,
)
a("5.2 percent", 5.2, "percent", "rise in education spending", unit=P, **XH)
a("9.8 percent", 9.8, "percent", "rise in science and technology spending", unit=P, **XH)
a(
    "nearly a fifth",
    20,
    "percent",
    "drop in land-use right transfer revenue",
    q="nearly",
    unit=P,
    period="first quarter",
    speaker=None,
)
a(
    "1.02 trillion yuan",
    1.02e12,
    "money",
    "government-managed fund budget revenue",
    unit="CNY",
    period="first quarter",
    **XH,
)
a("8.4 percent", 8.4, "percent", "fall in government-managed fund budget revenue", unit=P, **XH)
a(
    "812.6 billion yuan",
    812.6e9,
    "money",
    "revenue from the transfer of state-owned land-use rights",
    unit="CNY",
    **XH,
)
a("12.7 percent", 12.7, "percent", "decrease in land-use right transfer revenue", unit=P, **XH)
a(
    "3.5 percentage points",
    3.5,
    "percent",
    "narrowing of the decline in land revenue",
    unit=PP,
    **XH,
)
ZM = dict(speaker="Zhao Minghui", aliases=["Zhao"])
a(
    "1.5 trillion yuan",
    1.5e12,
    "money",
    "ultra-long special treasury bonds arranged this year",
    unit="CNY",
    **ZM,
)
a("410 billion yuan", 410e9, "money", "ultra-long special treasury bonds issued", unit="CNY", **ZM)
a("81 billion yuan", 81e9, "money", "first batch of trade-in funds", unit="CNY", **ZM)
a(
    "more than 60 percent",
    60,
    "percent",
    "share of the year's funds allocated before the end of June",
    q="more_than",
    unit=P,
    speaker="Lan Fo'an",
    aliases=["Minister Lan Fo'an", "Lan", "Zhao Minghui"],
    date="2033-04-19",
)
a(
    "4.6 trillion yuan",
    4.6e12,
    "money",
    "local government special-purpose bond quota",
    unit="CNY",
    period="this year",
    **ZM,
)
a(
    "200 billion yuan",
    200e9,
    "money",
    "increase in the special-purpose bond quota",
    unit="CNY",
    **ZM,
)
LFD = dict(speaker="local finance departments", aliases=["Zhao Minghui", "Zhao"])
a(
    "about 1.1 trillion yuan",
    1.1e12,
    "money",
    "new special bonds issued",
    q="approximate",
    unit="CNY",
    period="first quarter",
    **LFD,
)
a(
    "roughly 24 percent",
    24,
    "percent",
    "share of the annual special bond quota issued",
    q="approximate",
    unit=P,
    **LFD,
)
a(
    "3.2 percent",
    3.2,
    "percent",
    "growth of retail sales",
    unit=P,
    period="March",
    speaker="National Bureau of Statistics",
    aliases=["NBS", "Reuters"],
)
a(
    "30 billion yuan",
    30e9,
    "money",
    "childcare subsidies in the central budget",
    unit="CNY",
    period="this year",
    **ZM,
)
a(
    "about 28 million",
    28e6,
    "count",
    "families benefiting from childcare subsidies",
    q="approximate",
    **ZM,
)
a(
    "20 yuan",
    20,
    "money",
    "rise in the basic pension subsidy per person per month",
    unit="CNY",
    **ZM,
)

# 3501: White House press briefing transcript (Tuesday 14 June 2033).
doc(
    "3501_whitehouse-press-briefing-2033-06-14.txt",
    "2033-06-14",
    "Nora Whitcombe",
    ["Whitcombe", "MS. WHITCOMBE", "Press Secretary Nora Whitcombe"],
)
NW = ["Nora Whitcombe", "Whitcombe"]
a("$14 billion", 14e9, "money", "new loan guarantees for small businesses", unit="USD")
a("five years", 5, "duration", "period of the loan guarantees", unit="year", opt=True)
SBA = dict(
    speaker="Small Business Administration",
    aliases=["SBA", "U.S. Small Business Administration", *NW],
)
a("roughly 220,000", 220000, "count", "loans supported by the program", q="approximate", **SBA)
a("more than 400,000", 400000, "count", "jobs created or saved", q="more_than", **SBA)
a(
    "15",
    15,
    "count",
    "widely prescribed drugs with list price cuts",
    speaker="Department of Health and Human Services",
    aliases=["HHS", "Health and Human Services", *NW],
    date="2033-06-13",
)
SA = dict(
    speaker="Alvarez",
    aliases=["Secretary Alvarez", "Health and Human Services Secretary"],
    date="2033-06-13",
)
a("$640", 640, "money", "average annual savings for seniors on Medicare", unit="USD", **SA)
a(
    "about $9 billion",
    9e9,
    "money",
    "total savings for taxpayers",
    q="approximate",
    unit="USD",
    **SA,
)
a("3,000", 3000, "count", "workers at the semiconductor plant", subject="Ohio")
a(
    "3.4 percent",
    3.4,
    "percent",
    "rise in consumer prices over the past year",
    unit=P,
    speaker="Labor Department",
    aliases=["Department of Labor", "U.S. Department of Labor", "Bureau of Labor Statistics"],
)
a(
    "2.1 percent",
    2.1,
    "percent",
    "fall in gas prices",
    unit=P,
    period="last month",
    aliases=["Whitcombe", "Labor Department", "Department of Labor"],
)
a("14 straight months", 14, "duration", "months of wages growing faster than prices", unit="month")
a("15", 15, "count", "drugs in the price deal", after="actually take these ", speaker=None)
a("more than 11 million", 11e6, "count", "Medicare beneficiaries taking the drugs", q="more_than")
a(
    "48,200",
    48200,
    "count",
    "encounters at the southwest border",
    period="May",
    speaker="U.S. Customs and Border Protection",
    aliases=["Customs and Border Protection", "CBP"],
)
a("37 percent", 37, "percent", "fall in border encounters from May of last year", unit=P)
a(
    "more than a decade",
    10,
    "duration",
    "period since a lower May",
    q="more_than",
    unit="year",
    opt=True,
)
a(
    "2,700",
    2700,
    "count",
    "new Border Patrol agents hired since January",
    speaker="Secretary of Homeland Security",
    aliases=["Homeland Security Secretary", "Department of Homeland Security", *NW],
)
a(
    "around $1.2 billion",
    1.2e9,
    "money",
    "new Ukraine aid package",
    q="approximate",
    unit="USD",
    speaker=None,
)
a(
    "up to 21",
    21,
    "count",
    "named storms forecast",
    q="at_most",
    speaker="NOAA",
    aliases=["National Oceanic and Atmospheric Administration"],
)
a(
    "about $27 billion",
    27e9,
    "money",
    "funds available in the Disaster Relief Fund",
    q="approximate",
    unit="USD",
)
a("11 states", 11, "count", "states with pre-positioned FEMA supplies")
FA = dict(
    speaker="FEMA Administrator",
    aliases=["Administrator", "FEMA", "Federal Emergency Management Agency", *NW],
    date="2033-06-10",
)
a("4,800", 4800, "count", "FEMA staff ready to deploy", **FA)
a("48 hours", 48, "duration", "deployment time", unit="hour", opt=True, **FA)

# 3502: Xinhua article on May Day holiday consumption (Friday 6 May 2033).
doc("3502_xinhua-mayday-holiday-consumption-2033-05-06.txt", "2033-05-06", None)
a("312 mln", 312e6, "count", "domestic trips during May Day holiday", opt=True)
MCT = dict(speaker="Ministry of Culture and Tourism", aliases=["the ministry"])
a("312 million", 312e6, "count", "domestic trips during the May Day holiday", **MCT)
a("five-day", 5, "duration", "length of the May Day holiday", unit="day", opt=True, **MCT)
a("6.8 percent", 6.8, "percent", "rise in domestic trips", unit=P, **MCT)
a("176.4 billion yuan", 176.4e9, "money", "total spending by domestic tourists", unit="CNY", **MCT)
a(
    "about 24.5 billion U.S. dollars",
    24.5e9,
    "money",
    "total spending by domestic tourists in dollars",
    q="approximate",
    unit="USD",
    **MCT,
)
a("8.1 percent", 8.1, "percent", "increase in domestic tourist spending", unit=P, **MCT)
a("565 yuan", 565, "money", "per capita spending per trip", unit="CNY", **MCT)
NIA = dict(speaker="National Immigration Administration", aliases=["NIA"], date="2033-05-05")
a("2.21 million", 2.21e6, "count", "average daily inbound and outbound trips", **NIA)
a("14.3 percent", 14.3, "percent", "rise in daily cross-border trips", unit=P, **NIA)
a("36 percent", 36, "percent", "jump in inbound trips by foreign nationals", unit=P)
a("71 percent", 71, "percent", "share of visa-free entries", unit=P)
a(
    "about 25 percent",
    25,
    "percent",
    "rise in bookings in county-level areas",
    q="approximate",
    unit=P,
    speaker="Dai Bin",
    aliases=["Dai"],
)
a(
    "7.2 percent",
    7.2,
    "percent",
    "rise in sales at key retail and catering enterprises",
    unit=P,
    speaker="Ministry of Commerce",
    aliases=["MOFCOM"],
)
a(
    "1.05 billion yuan",
    1.05e9,
    "money",
    "holiday box office revenue",
    q="more_than",
    unit="CNY",
    speaker="China Film Administration",
    aliases=[],
)
TC = dict(speaker="Trip.com", aliases=["Trip.com Group"])
a(
    "more than doubled",
    2,
    "measure",
    "growth of inbound travel bookings",
    q="more_than",
    unit="times",
    opt=True,
    **TC,
)
a("6.4 nights", 6.4, "duration", "average length of stay of inbound travelers", unit="night", **TC)
a(
    "around 40 percent",
    40,
    "percent",
    "rise in orders from Europe",
    q="approximate",
    unit=P,
    speaker="Chen Xiaowen",
    aliases=["Chen", "Trip.com"],
)
a(
    "more than 1.6 million",
    1.6e6,
    "count",
    "visits to the West Lake scenic area",
    q="more_than",
    subject="West Lake scenic area",
)
a(
    "about 18 percent",
    18,
    "percent",
    "share of Hangzhou hotels fully booked",
    q="approximate",
    unit=P,
)
a("five days", 5, "duration", "days fully booked", unit="day", opt=True)
a(
    "between 4 and 5 percent",
    4,
    "percent",
    "growth of retail sales of consumer goods in the second quarter",
    q="range",
    unit=P,
    low=4,
    high=5,
    speaker="Wang Qing",
    aliases=["Wang"],
)
a("around 5 percent", 5, "percent", "growth target for this year", q="approximate", unit=P)
a("55 countries", 55, "count", "countries covered by unilateral visa-free policy")
a("240-hour", 240, "duration", "visa-free transit period", unit="hour", opt=True)
a("65", 65, "count", "ports offering 240-hour visa-free transit")

# 3503: AFP story on a cholera outbreak (Monday 14 February 2033).
doc("3503_afp-angola-cholera-2033-02-14.txt", "2033-02-14", None)
a("more than 300", 300, "count", "cholera deaths in Angola", q="more_than", opt=True)
MH = dict(
    speaker="Ministry of Health of Angola",
    aliases=["health ministry", "Angolan health ministry", "Ministry of Health"],
)
a("318", 318, "count", "cholera deaths since early January", subject="Angola", **MH)
a("14", 14, "count", "provinces reached by the outbreak", after="spread to ", **MH)
a("21", 21, "count", "provinces of Angola", **MH)
a("9,412", 9412, "count", "suspected cholera cases", **MH)
a("nearly half", 50, "percent", "share of cases in Luanda", q="nearly", unit=P, **MH)
a("3.4 percent", 3.4, "percent", "cholera case fatality rate", unit=P)
a("1 percent", 1, "percent", "acceptable case fatality threshold", unit=P, opt=True)
SL = dict(speaker="Silvia Lutucuta", aliases=["Lutucuta", "Health Minister Silvia Lutucuta"])
a("more than 1,900", 1900, "count", "new cholera cases in the past week", q="more_than", **SL)
a("42", 42, "count", "treatment centres opened", after="She said ", **SL)
a("1.2 million", 1.2e6, "count", "doses of oral cholera vaccine received", **SL)
a(
    "about 60 percent",
    60,
    "percent",
    "share of Angolans with basic drinking water",
    q="approximate",
    unit=P,
    speaker="UNICEF",
    aliases=["United Nations Children's Fund"],
)
TJ = dict(speaker="Tarik Jasarevic", aliases=["Jasarevic", "WHO", "World Health Organization"])
a("25", 25, "count", "WHO experts deployed", **TJ)
a(
    "doubled",
    2,
    "measure",
    "growth of case numbers",
    unit="times",
    opt=True,
    date="2033-02-11",
    **TJ,
)
a(
    "two weeks",
    2,
    "duration",
    "period of the doubling",
    unit="week",
    opt=True,
    date="2033-02-11",
    **TJ,
)
a(
    "1.5 million dollars",
    1.5e6,
    "money",
    "release from the WHO emergency fund",
    unit="USD",
    date="2033-02-11",
    **TJ,
)
WHO = dict(speaker="World Health Organization", aliases=["WHO"])
a("Around 3.8 million", 3.8e6, "count", "doses in the emergency stockpile", q="approximate", **WHO)
a("5 million", 5e6, "count", "minimum stockpile of doses", opt=True, after="below the ", **WHO)
a(
    "about 250",
    250,
    "count",
    "patients treated a day",
    q="approximate",
    speaker="Medecins Sans Frontieres",
    aliases=["MSF", "Doctors Without Borders", "Médecins Sans Frontières"],
)
a("at least 11", 11, "count", "deaths at a Cacuaco clinic over the weekend", q="at_least")
a("31", 31, "count", "countries reporting cholera last year", **WHO)
a("more than 600,000", 600000, "count", "cholera cases worldwide last year", q="more_than", **WHO)
a("over 7,600", 7600, "count", "cholera deaths worldwide last year", q="more_than", **WHO)

# 3504: IMF end-of-mission press release (Thursday 10 March 2033).
doc("3504_imf-kenya-staff-level-agreement-2033-03-10.txt", "2033-03-10", None)
a("38-month", 38, "duration", "length of the EFF arrangement", unit="month", opt=True)
a(
    "about US$415 million",
    415e6,
    "money",
    "access on Board approval",
    q="approximate",
    unit="USD",
    opt=True,
)
a("4.6 percent", 4.6, "percent", "growth in 2033", unit=P, opt=True)
a("SDR 1.2 billion", 1.2e9, "money", "total access under the EFF", unit="XDR")
a(
    "about US$1.6 billion",
    1.6e9,
    "money",
    "total access under the EFF in dollars",
    q="approximate",
    unit="USD",
)
a("222 percent", 222, "percent", "access as a share of quota", unit=P)
HT = dict(speaker="Haimanot Teferra", aliases=["Ms. Teferra", "Teferra", "IMF", "IMF staff"])
a("SDR 312 million", 312e6, "money", "disbursement on completion of the review", unit="XDR", **HT)
a(
    "about US$415 million",
    415e6,
    "money",
    "disbursement on completion of the review",
    q="approximate",
    unit="USD",
    after="SDR 312 million (",
    **HT,
)
a("4.9 percent", 4.9, "percent", "real GDP growth", unit=P, period="2032", subject="Kenya", **HT)
a(
    "4.6 percent",
    4.6,
    "percent",
    "projected growth",
    unit=P,
    period="2033",
    after="projected at ",
    **HT,
)
a("5.1 percent", 5.1, "percent", "inflation", unit=P, period="February", **HT)
a(
    "2.5 to 7.5 percent",
    2.5,
    "percent",
    "Central Bank of Kenya target range",
    q="range",
    unit=P,
    low=2.5,
    high=7.5,
    **HT,
)
a("US$8.9 billion", 8.9e9, "money", "foreign exchange reserves", unit="USD", **HT)
a(
    "about 4.2 months",
    4.2,
    "duration",
    "import cover of reserves",
    q="approximate",
    unit="month",
    **HT,
)
a("14.8 percent", 14.8, "percent", "tax revenue as a share of GDP", unit=P, **HT)
a("4.3 percent", 4.3, "percent", "fiscal deficit target", unit=P, period="FY2033/34", **HT)
a("5.2 percent", 5.2, "percent", "fiscal deficit in the current year", unit=P, **HT)
a(
    "about 0.8 percent",
    0.8,
    "percent",
    "measures needed as a share of GDP",
    q="approximate",
    unit=P,
    **HT,
)
a("KSh 460 billion", 460e9, "money", "annual cost of tax exemptions", unit="KES", **HT)
a("about 68 percent", 68, "percent", "public debt as a share of GDP", q="approximate", unit=P, **HT)
a(
    "nearly one-third",
    33.33,
    "percent",
    "share of revenue absorbed by interest payments",
    q="nearly",
    unit=P,
    **HT,
)
a("KSh 512 billion", 512e9, "money", "pending bills at end-December", unit="KES", **HT)
a("about 1.7 million", 1.7e6, "count", "households reached by Inua Jamii", q="approximate", **HT)
a(
    "KSh 45 billion",
    45e9,
    "money",
    "cut in recurrent spending",
    unit="KES",
    speaker="National Treasury",
    aliases=["Treasury", "The Treasury", "Kenya National Treasury"],
)

# 3505: PIB release, Ministry of Ports, Shipping and Waterways (Monday 17 January 2033).
doc("3505_pib-ports-cargo-sagarmala-2033-01-17.txt", "2033-01-17", None)
SS = dict(
    speaker="Sarbananda Sonowal",
    aliases=["Shri Sarbananda Sonowal", "Sonowal", "Shri Sonowal", "Union Minister"],
)
a("642 million tonnes", 642e6, "measure", "cargo handled by Major Ports", unit="tonne", opt=True)
a("₹1.4 lakh crore", 1.4e12, "money", "Sagarmala projects completed", unit="INR", opt=True, **SS)
a(
    "642.3 million tonnes",
    642.3e6,
    "measure",
    "cargo handled by Major Ports",
    unit="tonne",
    period="April-December 2032",
)
a("5.9 per cent", 5.9, "percent", "increase in Major Ports cargo", unit=P)
a("9.4 per cent", 9.4, "percent", "rise in container traffic", unit=P)
a("9.1 million TEUs", 9.1e6, "measure", "container traffic at Major Ports", unit="TEU")
a("48.6 hours", 48.6, "duration", "average turnaround time of ships", unit="hour", **SS)
a("94 hours", 94, "duration", "average turnaround time in 2014", unit="hour", **SS)
a("Eight", 8, "count", "Indian ports in the top 100 of the Container Port Performance Index", **SS)
a("top 100", 100, "rank", "Container Port Performance Index threshold", opt=True, **SS)
a("272", 272, "count", "Sagarmala projects completed", **SS)
a("₹1.41 lakh crore", 1.41e12, "money", "value of completed Sagarmala projects", unit="INR", **SS)
a("238", 238, "count", "Sagarmala projects under implementation", **SS)
a(
    "over ₹2.9 lakh crore",
    2.9e12,
    "money",
    "value of projects under implementation",
    q="more_than",
    unit="INR",
    **SS,
)
a("118 per cent", 118, "percent", "growth of coastal cargo traffic", unit=P, **SS)
a("ten years", 10, "duration", "period of coastal cargo growth", unit="year", opt=True, **SS)
a(
    "5 per cent",
    5,
    "percent",
    "target share of inland waterways in cargo movement",
    unit=P,
    period="by 2030",
    **SS,
)
a("over 1 lakh", 100000, "count", "jobs from maritime clusters", q="more_than", **SS)
a("₹25,000 crore", 2.5e11, "money", "Maritime Development Fund", unit="INR", **SS)
a("top five", 5, "rank", "target shipbuilding rank", opt=True, **SS)
ST = dict(
    speaker="Shantanu Thakur", aliases=["Shri Shantanu Thakur", "Thakur", "Minister of State"]
)
a("118 million tonnes", 118e6, "measure", "cargo on National Waterways", unit="tonne", **ST)
a(
    "nine months",
    9,
    "duration",
    "period of the waterways cargo figure",
    unit="month",
    opt=True,
    **ST,
)
a("14 per cent", 14, "percent", "rise in National Waterways cargo", unit=P, **ST)
a("20", 20, "count", "new Ro-Pax and ferry services", **ST)
TKR = dict(
    speaker="T. K. Ramachandran", aliases=["Shri T. K. Ramachandran", "Ramachandran", "Secretary"]
)
a(
    "113.6 million tonnes",
    113.6e6,
    "measure",
    "cargo handled by Paradip Port Authority",
    unit="tonne",
    **TKR,
)
a(
    "110.2 million tonnes",
    110.2e6,
    "measure",
    "cargo handled by Deendayal Port Authority",
    unit="tonne",
    **TKR,
)
a(
    "over 95 per cent",
    95,
    "percent",
    "share of vessels berthed without pre-berthing detention",
    q="more_than",
    unit=P,
    **TKR,
)
DGS = dict(speaker="Directorate General of Shipping", aliases=["DG Shipping"])
a("3.2 lakh", 320000, "count", "Indian seafarers", period="2032", **DGS)
a("about 1.5 lakh", 150000, "count", "Indian seafarers a decade ago", q="approximate", **DGS)
a("a decade", 10, "duration", "period of the seafarer comparison", unit="year", opt=True, **DGS)
a("12", 12, "count", "Major Ports", after="of all ")

# 3506: Financial Times story on an energy company's annual results (Thursday 24 February 2033).
doc("3506_ft-corrin-energy-results-2033-02-24.txt", "2033-02-24", None)
a("31%", 31, "percent", "fall in profits", unit=P, opt=True)
a("$1.5bn", 1.5e9, "money", "shareholder returns", unit="USD", opt=True)
a("a third", 33.33, "percent", "cut in the share buyback programme", unit=P)
a("31 per cent", 31, "percent", "fall in annual profits", unit=P)
CE = dict(speaker="Corrin Energy", aliases=["Corrin"])
a("$3.8bn", 3.8e9, "money", "underlying replacement cost profit", unit="USD", period="2032", **CE)
a("$5.5bn", 5.5e9, "money", "underlying replacement cost profit a year earlier", unit="USD", **CE)
a("$3.95bn", 3.95e9, "money", "average analyst profit forecast", unit="USD", **CE)
a("12 per cent", 12, "percent", "fall in revenue", unit=P)
a("$21.4bn", 21.4e9, "money", "revenue", unit="USD")
a("4.7 per cent", 4.7, "percent", "fall in Corrin shares", unit=P)
a("412p", 4.12, "money", "Corrin share price", unit="GBP")
a("almost a fifth", 20, "percent", "fall in shares over 12 months", q="nearly", unit=P)
a("12 months", 12, "duration", "period of the share fall", unit="month", opt=True)
a("$1.5bn", 1.5e9, "money", "buybacks this year", unit="USD", after="would return ", **CE)
a("$2.25bn", 2.25e9, "money", "buybacks in 2032", unit="USD", **CE)
a("4 per cent", 4, "percent", "rise in the final dividend", unit=P, **CE)
a("9.1 cents", 0.091, "money", "final dividend per share", unit="USD", **CE)
AP = dict(speaker="Alasdair Penhaligon", aliases=["Penhaligon"])
a("412,000", 412000, "measure", "record production", unit="barrel of oil equivalent per day", **AP)
a("$14.20", 14.2, "money", "unit operating costs per barrel", unit="USD", **AP)
a(
    "about $4bn",
    4e9,
    "money",
    "annual capital expenditure until 2035",
    q="approximate",
    unit="USD",
    **AP,
)
a(
    "roughly 40 per cent",
    40,
    "percent",
    "share of capital expenditure going to the North Sea",
    q="approximate",
    unit=P,
    **AP,
)
a(
    "$1.1bn",
    1.1e9,
    "money",
    "cost of the Energy Profits Levy to the group",
    unit="USD",
    period="last year",
    **AP,
)
a("three years", 3, "duration", "period of UK tax payments", unit="year", opt=True, **AP)
a("38 per cent", 38, "percent", "Energy Profits Levy rate", unit=P, **AP)
MF = dict(speaker="Mei-Ling Farrow", aliases=["Farrow"])
a("$6.7bn", 6.7e9, "money", "net debt at the end of December", unit="USD", **MF)
a("$5.9bn", 5.9e9, "money", "previous net debt", unit="USD", **MF)
a("22 per cent", 22, "percent", "gearing", unit=P, **MF)
a(
    "15 to 25 per cent",
    15,
    "percent",
    "target gearing range",
    q="range",
    unit=P,
    low=15,
    high=25,
    **MF,
)
a(
    "between 3 and 5 per cent",
    3,
    "percent",
    "expected fall in production this year",
    q="range",
    unit=P,
    low=3,
    high=5,
    **MF,
)
a(
    "about €34",
    34,
    "money",
    "average Dutch TTF gas price per megawatt hour",
    q="approximate",
    unit="EUR",
    period="2032",
)
a("roughly half", 50, "percent", "gas price relative to two years earlier", q="approximate", unit=P)
a("two years", 2, "duration", "comparison period", unit="year", opt=True)
a(
    "4.5 times",
    4.5,
    "measure",
    "price-earnings multiple of the shares",
    unit="times",
    speaker="Jefferies",
    aliases=["Analysts at Jefferies"],
)
a("about 6,200", 6200, "count", "Corrin employees", q="approximate")
a("two-thirds", 66.67, "percent", "share of employees in Aberdeen and Norway", unit=P)
a(
    "25 per cent",
    25,
    "percent",
    "stake in the Norwegian business considered for sale",
    unit=P,
    after="sale of a ",
)
a(
    "up to $2bn",
    2e9,
    "money",
    "possible sale proceeds of the Norwegian stake",
    q="at_most",
    unit="USD",
)

# 3507: US local newspaper page with two stories (Thursday 13 October 2033).
doc("3507_mckenzie-valley-ledger-two-stories-2033-10-13.txt", "2033-10-13", None)
a("9%", 9, "percent", "water rate rise", unit=P, opt=True)
a("9 percent", 9, "percent", "rise in water bills in January", unit=P)
a("4-1", 4, "count", "board vote in favour of the rate increase", opt=True)
a("6,000 gallons", 6000, "measure", "monthly use of a typical household", unit="gallon", opt=True)
WD = dict(speaker="McKenzie Valley Water District", aliases=["district staff", "the district"])
a("about $5.40", 5.4, "money", "increase in the monthly bill", q="approximate", unit="USD", **WD)
a("$65.40", 65.4, "money", "typical monthly water bill", unit="USD", **WD)
KL = dict(
    speaker="Karen Lindqvist",
    aliases=["Lindqvist", "General manager Karen Lindqvist"],
    date="2033-10-11",
)
a(
    "roughly 38 miles",
    38,
    "measure",
    "cast-iron mains to replace",
    q="approximate",
    unit="mile",
    **KL,
)
a("112", 112, "count", "main breaks last year", **KL)
a(
    "almost double",
    2,
    "measure",
    "main breaks compared with five years ago",
    q="nearly",
    unit="times",
    opt=True,
    **KL,
)
a(
    "five years",
    5,
    "duration",
    "comparison period of main breaks",
    unit="year",
    opt=True,
    after="we saw ",
    **KL,
)
a("$46 million", 46e6, "money", "cost of the pipe replacement program", unit="USD")
a("10 years", 10, "duration", "length of the replacement program", unit="year", opt=True)
a("$12 million", 12e6, "money", "low-interest state loan", unit="USD", **KL)
RQ = dict(
    speaker="Ray Quintero", aliases=["Quintero", "Board member Ray Quintero"], date="2033-10-11"
)
a("1 in 5", 20, "percent", "share of households earning less than $35,000", unit=P, **RQ)
a(
    "$35,000",
    35000,
    "money",
    "household income threshold",
    q="less_than",
    unit="USD",
    opt=True,
    **RQ,
)
a("about 21,000", 21000, "count", "connections served by the water district", q="approximate")
a(
    "an estimated 14 percent",
    14,
    "percent",
    "share of treated water lost to leaks",
    q="approximate",
    unit=P,
)
a("25 percent", 25, "percent", "discount on the base charge for low-income customers", unit=P)
a("600", 600, "count", "Thurston Elementary enrollment", q="more_than", opt=True)
a("two", 2, "count", "portable classrooms planned", after="plans to bring in ")
JP = dict(speaker="Jenna Pike", aliases=["Pike", "Springfield School District"], date="2033-10-12")
a("614", 614, "count", "students enrolled at Thurston Elementary", **JP)
a("548", 548, "count", "Thurston Elementary enrollment a year ago", **JP)
a("525", 525, "count", "students the building was designed for")
a(
    "29 or 30",
    29,
    "count",
    "students per class",
    q="range",
    low=29,
    high=30,
    speaker="Dana Okafor",
    aliases=["Okafor", "Principal Dana Okafor"],
)
a("about $410,000", 410000, "money", "cost of the two portables", q="approximate", unit="USD", **JP)
a(
    "around 300",
    300,
    "count",
    "districtwide enrollment growth over three years",
    q="approximate",
    speaker="Springfield School District",
    aliases=["Jenna Pike", "Pike"],
)
a(
    "three years",
    3,
    "duration",
    "period of expected enrollment growth",
    unit="year",
    opt=True,
    speaker="Springfield School District",
    aliases=["Jenna Pike", "Pike"],
)
a(
    "$58 million",
    58e6,
    "money",
    "estimated cost of a new elementary school",
    unit="USD",
    speaker="Todd Hamlin",
    aliases=["Hamlin", "Superintendent Todd Hamlin"],
    date="2033-10-10",
)

GOLD.build()
