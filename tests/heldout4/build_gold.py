"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout4/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout3 and /work/shared/corpus-extra): headline figures optional; the
# page's own voice and unnamed sources ("a government official ... who asked not to be named",
# "one pensioner, who did not want to be named", "officials said") have speaker None, judged
# sentence by sentence (a sentence without attribution after an attributed one is the page's
# voice); in a transcript the outlet that asks speaks for its question, a bare QUESTION: is None,
# and a figure a question attributes ("The UN says", "According to the IEA", "UNICEF said on
# Monday") is that source's (the outlet an alias); "according to X" inside a spokesperson's answer
# is X (the spokesperson an alias); a figure a spokesperson quotes from a minister or the
# Secretary is theirs, dated the day they said it; every sentence of a multi-sentence quote, and
# the second paragraph of a quote spanning two paragraphs, is the quoted speaker's; "X reported"
# and "X said in a statement" are X; date = the day the claim was stated ("said on Sunday" is
# resolved against the publication day); "exceeded" -> more_than, "close to" -> nearly, "an
# estimated"/"some"/"about" -> approximate; a range has qualifier "range", value = low; time
# spans that only date a figure ("over the next three years", "within two weeks") and compound
# adjectives ("eight-day", "10-minute") are optional; dates, times, years, phone numbers,
# ordinal names ("the 80th session"), "Band D", "the two sides" and "number one mission" are not
# annotated (a prediction there is an extra).

# 500: MFA regular press conference (Tuesday 23 September 2025).
doc("500_mfa-lin-jian-presscon-2025-09-23.txt", "2025-09-23", "Lin Jian")
a("53", 53, "count", "African countries attending the expo")
a("100 percent", 100, "percent", "share of tariff lines with zero tariffs", unit="percent")
a(
    "53",
    53,
    "count",
    "African countries with diplomatic relations with China",
    after="lines to the ",
)
a(
    "16 consecutive years",
    16,
    "duration",
    "years as Africa's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "1.58 trillion yuan",
    1.58e12,
    "money",
    "China-Africa trade",
    unit="CNY",
    period="first eight months of this year",
)
a(
    "14.2 percent",
    14.2,
    "percent",
    "year-on-year growth in China-Africa trade",
    unit="percent",
    period="first eight months of this year",
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2025-09-22")
a("5,000", 5000, "count", "agricultural experts to be trained for Africa", subject="China", **WY)
a("three years", 3, "duration", "training period", unit="year", opt=True, **WY)
a("at least 20", 20, "count", "vocational schools to be built", q="at_least", **WY)
a(
    "almost 60 percent",
    60,
    "percent",
    "decline in shipments of US soybeans to China",
    q="nearly",
    unit="percent",
    period="first eight months",
    speaker="Bloomberg",
)
a("four rounds", 4, "count", "rounds of China-US economic and trade consultations")
a(
    "around 60 percent",
    60,
    "percent",
    "China's share of global electric vehicle sales",
    q="approximate",
    unit="percent",
    subject="China",
    period="last year",
    speaker="International Energy Agency",
    aliases=["IEA", "AFP"],
)
a(
    "1.28 million",
    1.28e6,
    "count",
    "electric vehicles exported",
    subject="China",
    period="last year",
)
a("more than 90", 90, "count", "countries and regions importing Chinese EVs", q="more_than")
a(
    "three",
    3,
    "count",
    "crew members injured",
    after="injuring ",
    speaker="Philippine Coast Guard",
    aliases=["Reuters"],
    date="2025-09-21",
)
a("11", 11, "count", "entries of Philippine vessels into the waters", period="since June")
a("80th anniversary", 80, "anniversary", "anniversary of the founding of the United Nations")

# 501: US State Department press briefing (Tuesday 12 March 2024).
doc(
    "501_state-dept-miller-briefing-2024-03-12.txt",
    "2024-03-12",
    "Matthew Miller",
    ["Miller", "MR MILLER"],
)
a("two", 2, "count", "announcements at the top", after="I have ", opt=True)
a(
    "nearly $47 million",
    47e6,
    "money",
    "additional humanitarian assistance for Sudan",
    q="nearly",
    unit="USD",
)
a(
    "more than $1 billion",
    1e9,
    "money",
    "total U.S. humanitarian funding for the Sudan crisis",
    q="more_than",
    unit="USD",
)
a("Nearly 8 million", 8e6, "count", "people who fled their homes", q="nearly", subject="Sudan")
a(
    "some 1.8 million",
    1.8e6,
    "count",
    "people who crossed into neighboring countries",
    q="approximate",
    # Fixed after the first run: the spec wants the full canonical name, not the acronym.
    speaker="United Nations High Commissioner for Refugees",
    aliases=["UNHCR", "UN refugee agency", "Matthew Miller"],
)
AB = dict(
    speaker="Antony Blinken",
    aliases=["Blinken", "Secretary Blinken", "the Secretary"],
    date="2024-03-11",
)
a(
    "$120 million",
    120e6,
    "money",
    "support for the Multinational Security Support mission",
    unit="USD",
    **AB,
)
a("$40 million", 40e6, "money", "additional humanitarian assistance for Haiti", unit="USD", **AB)
a("$320 million", 320e6, "money", "total U.S. pledge for the mission", unit="USD", **AB)
a(
    "more than 15,000",
    15000,
    "count",
    "people displaced in Port-au-Prince",
    q="more_than",
    period="past week",
    speaker="United Nations",
    aliases=["UN"],
)
a("1,000", 1000, "count", "police officers committed by Kenya", subject="Kenya")
a("five", 5, "count", "other countries intending to contribute personnel", after="officers, and ")
a("Over 400", 400, "count", "aid trucks stuck on the Chad border", q="more_than", speaker=None)
a("12", 12, "count", "trucks that crossed at Adre", period="last week", after="Only ")
a(
    "$250 million",
    250e6,
    "money",
    "contract savings found to fund a new Ukraine package",
    unit="USD",
    speaker="Pentagon",
    aliases=["Department of Defense"],
    date="2024-03-11",
)
a(
    "about $60 billion",
    60e9,
    "money",
    "supplemental funding for Ukraine",
    q="approximate",
    unit="USD",
)
a("70", 70, "count", "Senate votes for the supplemental")
a(
    "67 percent",
    67,
    "percent",
    "decline in container traffic through the Suez Canal",
    unit="percent",
    period="since December",
    speaker="Lloyd's List",
)
a("more than 20", 20, "count", "countries in Operation Prosperity Guardian", q="more_than")

# 502: Reuters wire story (Tuesday 18 February 2025).
doc("502_reuters-chile-port-strike-2025-02-18.txt", "2025-02-18", None)
a("ninth day", 9, "duration", "length of the strike", unit="day", opt=True)
a(
    "About 30,000 tonnes",
    30000,
    "measure",
    "copper cathode stranded at the port",
    q="approximate",
    unit="tonne",
    speaker="Cochilco",
    aliases=["Chilean Copper Commission", "state copper commission"],
)
a(
    "roughly 12%",
    12,
    "percent",
    "Antofagasta's share of Chile's copper exports",
    q="approximate",
    unit="percent",
    subject="Antofagasta",
)
IV = dict(speaker="Ignacio Valdes", aliases=["Valdes", "Mining Minister Ignacio Valdes"])
a(
    "about $40 million",
    40e6,
    "money",
    "daily cost of the port closure in lost exports",
    q="approximate",
    unit="USD",
    **IV,
)
a("6%", 6, "percent", "wage increase offered by the operators", unit="percent", **IV)
a("11%", 11, "percent", "wage increase demanded by the union", unit="percent", **IV)
a(
    "more than 8%",
    8,
    "percent",
    "fall in copper prices",
    q="more_than",
    unit="percent",
    period="since November",
    **IV,
)
a("some 1,400", 1400, "count", "workers the union represents", q="approximate")
RQ = dict(speaker="Rosa Quispe", aliases=["Quispe"])
a(
    "nearly 9%",
    9,
    "percent",
    "purchasing power lost by union members",
    q="nearly",
    unit="percent",
    period="since 2022",
    **RQ,
)
a("11%", 11, "percent", "raise", unit="percent", after="An ", **RQ)
a("95%", 95, "percent", "members voting to continue the strike", unit="percent", **RQ)
a(
    "about 2 percentage points",
    2,
    "percent",
    "gap between the two sides",
    q="approximate",
    unit="percentage point",
)
a("three-month", 3, "duration", "copper delivery term", unit="month", opt=True)
a("1.2%", 1.2, "percent", "rise in the copper price", unit="percent")
a("$9,350", 9350, "money", "copper price per tonne", unit="USD", opt=True)
CM = dict(speaker="Carlos Mendoza", aliases=["Mendoza"])
a(
    "at least half",
    50,
    "percent",
    "volume miners can divert through other ports",
    q="at_least",
    unit="percent",
    **CM,
)
a("two weeks", 2, "duration", "time to divert the volume", unit="week", opt=True, **CM)

# 503: UK government press release (Wednesday 26 March 2025).
doc("503_hmt-planning-package-2025-03-26.txt", "2025-03-26", None)
RR = dict(
    speaker="Rachel Reeves",
    aliases=["Reeves", "The Chancellor", "Chancellor of the Exchequer", "Chancellor"],
)
a("£3.4 billion", 3.4e9, "money", "planning and skills package", unit="GBP", opt=True)
a("1,800", 1800, "count", "extra planning officers", opt=True)
a("60,000", 60000, "count", "construction trainees", opt=True)
a(
    "£3.4 billion",
    3.4e9,
    "money",
    "package to speed up planning and train construction workers",
    unit="GBP",
    after="today announced a ",
    **RR,
)
a("£1.1 billion", 1.1e9, "money", "funding for local planning authorities", unit="GBP")
a("four years", 4, "duration", "funding period", unit="year", opt=True)
a("around 1,800", 1800, "count", "additional planning officers", q="approximate")
a("£600 million", 600e6, "money", "funding to train construction workers", unit="GBP")
a(
    "up to 60,000",
    60000,
    "count",
    "more construction workers trained",
    q="at_most",
    period="by 2029",
)
HMT = dict(speaker="HM Treasury", aliases=["Treasury"])
a(
    "0.4%",
    0.4,
    "percent",
    "rise in the size of the economy from the planning reforms",
    unit="percent",
    **HMT,
)
a(
    "around £6.8 billion",
    6.8e9,
    "money",
    "annual value of the planning reforms",
    q="approximate",
    unit="GBP",
    **HMT,
)
a(
    "37 weeks",
    37,
    "duration",
    "average decision time for a major planning application",
    unit="week",
    period="last year",
    **RR,
)
a("1.5 million", 1.5e6, "count", "homes to be delivered", period="this Parliament", **RR)
a(
    "around 80",
    80,
    "count",
    "new homes a year unlocked per planning officer",
    q="approximate",
    speaker="Helen Ashworth",
    aliases=["Ashworth"],
)
MH = dict(
    speaker="Ministry of Housing, Communities and Local Government",
    aliases=["MHCLG"],
)
a(
    "a quarter",
    25,
    "percent",
    "fall in the number of council planners",
    unit="percent",
    period="since 2010",
    **MH,
)
a(
    "41%",
    41,
    "percent",
    "local authorities with difficulty filling planning roles",
    unit="percent",
    **MH,
)
a(
    "250,000",
    250000,
    "count",
    "extra construction workers needed",
    period="by 2028",
    speaker="Construction Industry Training Board",
    aliases=["CITB"],
)
a(
    "£1.1 billion",
    1.1e9,
    "money",
    "funding for local planning authorities",
    unit="GBP",
    after="Of the ",
    opt=True,
)
a("£220 million", 220e6, "money", "funding for authorities with the largest backlogs", unit="GBP")
a("20", 20, "count", "authorities with the largest backlogs", after="set aside for the ")

# 504: WHO media briefing (Wednesday 9 April 2025).
doc(
    "504_who-media-briefing-2025-04-09.txt",
    "2025-04-09",
    "Tedros Adhanom Ghebreyesus",
    ["WHO Director-General", "Director-General", "Dr Tedros", "Tedros"],
)
a(
    "close to 300,000",
    300000,
    "count",
    "women dying from pregnancy or childbirth each year",
    q="nearly",
)
a("more than 2 million", 2e6, "count", "babies dying in their first month", q="more_than")
a("31", 31, "count", "countries reporting cholera outbreaks", period="this year")
a("more than 120,000", 120000, "count", "cholera cases", q="more_than", period="this year")
a("1,350", 1350, "count", "cholera deaths", period="this year")
a("5 million", 5e6, "count", "emergency threshold of oral cholera vaccine doses")
a("two years", 2, "duration", "budget period", unit="year", after="the next ", opt=True)
a("21%", 21, "percent", "reduction in WHO's budget", unit="percent")
a("4.2 billion US dollars", 4.2e9, "money", "WHO budget for the next two years", unit="USD")
a(
    "about half",
    50,
    "percent",
    "reduction in senior management positions",
    q="approximate",
    unit="percent",
)
a(
    "about 15%",
    15,
    "percent",
    "US share of WHO's funding",
    q="approximate",
    unit="percent",
    speaker="Reuters",
    aliases=["Laura Bianchi"],
)
a(
    "14",
    14,
    "count",
    "countries with suspended measles vaccination campaigns",
    speaker="UNICEF",
    aliases=["United Nations Children's Fund", "Reuters", "Laura Bianchi"],
    date="2025-04-07",
)
a(
    "about 1.7 billion US dollars",
    1.7e9,
    "money",
    "funding gap for the next biennium",
    q="approximate",
    unit="USD",
)
a("60%", 60, "percent", "cut in WHO's travel budget", unit="percent")
a(
    "26",
    26,
    "count",
    "cases of severe fever with thrombocytopenia syndrome",
    subject="Japan",
    period="this year",
    speaker="NHK",
    aliases=["Kenji Mori", "Japan"],
)
KO = dict(speaker="Kate O'Neill", aliases=["O'Neill", "Dr Kate O'Neill"])
a("at least five", 5, "count", "countries reporting SFTS", q="at_least", **KO)
a(
    "between 12 and 30 percent",
    12,
    "percent",
    "case fatality rate of SFTS",
    q="range",
    unit="percent",
    low=12,
    high=30,
    **KO,
)
a(
    "more than 1,100",
    1100,
    "count",
    "SFTS cases recorded in China",
    q="more_than",
    subject="China",
    period="last year",
    speaker="National Disease Control and Prevention Administration",
    aliases=["China's National Disease Control and Prevention Administration", "Kate O'Neill"],
)

# 505: newspaper report of a company statement (Thursday 24 July 2025).
doc("505_courier-halverton-jobs-2025-07-24.txt", "2025-07-24", None)
HF = dict(speaker="Halverton Foods", aliases=["Halverton"])
a("three", 3, "count", "factories to close", opt=True)
a("1,100", 1100, "count", "jobs lost", opt=True)
a("third-largest", 3, "rank", "biscuit maker in Britain", subject="Halverton Foods")
a("three", 3, "count", "UK factories to close", after="is to close ")
a("11", 11, "count", "UK factories", after="three of its ")
a("about 1,100", 1100, "count", "jobs at risk", q="approximate")
a("£38 million", 38e6, "money", "rise in energy costs", unit="GBP", date="2025-07-23", **HF)
a(
    "two years",
    2,
    "duration",
    "period of the energy cost rise",
    unit="year",
    after="£38 million over ",
    opt=True,
    date="2025-07-23",
    **HF,
)
a(
    "£12 million",
    12e6,
    "money",
    "addition to the wage bill from employer national insurance",
    unit="GBP",
    period="this year",
    date="2025-07-23",
    **HF,
)
a(
    "about £45 million",
    45e6,
    "money",
    "annual savings from the closures",
    q="approximate",
    unit="GBP",
    date="2025-07-23",
    **HF,
)
MO = dict(speaker="Martin Oduya", aliases=["Oduya"])
a(
    "9%",
    9,
    "percent",
    "growth in demand for own-label biscuits",
    unit="percent",
    period="past year",
    **MO,
)
a("4%", 4, "percent", "fall in branded volumes", unit="percent", period="first half", **MO)
a("11", 11, "count", "factories", after="cannot run ", **MO)
a("£60 million", 60e6, "money", "investment in automation", unit="GBP", **MO)
a("two", 2, "count", "largest plants", after="automating its ", opt=True, **MO)
a("about 5,200", 5200, "count", "people employed in the UK", q="approximate", subject="Halverton")
a("7%", 7, "percent", "fall in Halverton's shares", unit="percent")
a(
    "90 years",
    90,
    "duration",
    "years Paisley has made biscuits",
    unit="year",
    speaker="Louise Carr",
    aliases=["Carr"],
)
a("more than 300", 300, "count", "people told of the decision at Kettering", q="more_than")
a("10-minute", 10, "duration", "length of the meeting", unit="minute", opt=True)
a(
    "about 65%",
    65,
    "percent",
    "Halverton's capacity use",
    q="approximate",
    unit="percent",
    speaker="Nadia Pereira",
    aliases=["Pereira"],
)
a(
    "two years",
    2,
    "duration",
    "period of running at 65% capacity",
    unit="year",
    after="capacity for ",
    opt=True,
    speaker="Nadia Pereira",
    aliases=["Pereira"],
)
a("£23.6 million", 23.6e6, "money", "pre-tax loss", unit="GBP", period="year to March", **HF)

# 506: Xinhua report of an SCIO press conference (Thursday 9 October 2025).
doc("506_xinhua-scio-holiday-travel-2025-10-09.txt", "2025-10-09", None)
a("6.3 pct", 6.3, "percent", "rise in domestic trips", unit="percent", opt=True)
MCT = dict(speaker="Ministry of Culture and Tourism", aliases=[])
a("888 million", 888e6, "count", "domestic trips during the holiday", **MCT)
a("eight-day", 8, "duration", "length of the holiday", unit="day", opt=True)
a("6.3 percent", 6.3, "percent", "year-on-year rise in domestic trips", unit="percent", **MCT)
RQN = dict(speaker="Rao Quan", aliases=["Rao"])
a("809 billion yuan", 809e9, "money", "domestic tourist spending", unit="CNY", **RQN)
a("7.1 percent", 7.1, "percent", "increase in tourist spending", unit="percent", **RQN)
a(
    "nearly 40 percent",
    40,
    "percent",
    "share of trips to county-level destinations",
    q="nearly",
    unit="percent",
    **RQN,
)
a(
    "more than 3,000",
    3000,
    "count",
    "scenic spots waiving or cutting ticket prices",
    q="more_than",
    **RQN,
)
ZM = dict(speaker="Zhou Min", aliases=["Zhou"])
a("2.43 billion", 2.43e9, "count", "cross-regional passenger trips", **ZM)
a("eight days", 8, "duration", "holiday period", unit="day", opt=True, **ZM)
a("153 million", 153e6, "count", "railway passengers", **ZM)
a(
    "about 79 percent",
    79,
    "percent",
    "share of self-driving trips",
    q="approximate",
    unit="percent",
    **ZM,
)
a("64 million", 64e6, "count", "average daily expressway traffic", q="more_than", **ZM)
a(
    "13.6 percent",
    13.6,
    "percent",
    "share of new energy vehicles in expressway traffic",
    unit="percent",
    **ZM,
)
a(
    "3.2 percentage points",
    3.2,
    "percent",
    "rise in the share of new energy vehicles",
    unit="percentage point",
    **ZM,
)
LJ = dict(speaker="Liu Jing", aliases=["Liu"])
a(
    "some 16.2 million",
    16.2e6,
    "count",
    "inbound and outbound trips through border ports",
    q="approximate",
    **LJ,
)
a("over 2 million", 2e6, "count", "daily average of cross-border trips", q="more_than", **LJ)
a("41.5 percent", 41.5, "percent", "rise in trips by foreign nationals", unit="percent", **LJ)
a(
    "about 60 percent",
    60,
    "percent",
    "share of foreign nationals entering visa-free",
    q="approximate",
    unit="percent",
    **LJ,
)
a(
    "4.8 percent",
    4.8,
    "percent",
    "sales growth at key retail and catering enterprises",
    unit="percent",
    speaker="Ministry of Commerce",
    aliases=["MOFCOM"],
)
MJ = dict(speaker="Ma Jianhua", aliases=["Ma"])
a("29", 29, "count", "provinces issuing consumption vouchers", **MJ)
a(
    "more than 1.5 billion yuan",
    1.5e9,
    "money",
    "value of consumption vouchers",
    q="more_than",
    unit="CNY",
    **MJ,
)
a("second-largest", 2, "rank", "consumer market in the world", subject="China")

# 507: local news report on a council budget (Thursday 30 January 2025).
doc("507_northmoor-echo-council-budget-2025-01-30.txt", "2025-01-30", None)
NBC = dict(
    speaker="Northmoor Borough Council",
    aliases=[
        "Northmoor council",
        "the council",
        "council",
        "borough council",
        "the borough council",
    ],
)
a("4.99%", 4.99, "percent", "council tax rise", unit="percent", opt=True)
a("£14.6m", 14.6e6, "money", "budget gap", unit="GBP", opt=True)
a("4.99%", 4.99, "percent", "council tax rise", unit="percent", after="are set to rise by ")
a("£14.6 million", 14.6e6, "money", "gap in next year's budget", unit="GBP", **NBC)
a("£96.12", 96.12, "money", "annual addition to a Band D bill", unit="GBP")
a("£2,022.48", 2022.48, "money", "Band D bill", unit="GBP")
ME = dict(speaker="Mark Ellison", aliases=["Ellison"])
a("£9.8 million", 9.8e6, "money", "rise in adult social care spending", unit="GBP", **ME)
a("46%", 46, "percent", "share of the net budget spent on adult social care", unit="percent", **ME)
a("412", 412, "count", "children in the council's care", period="2022", **ME)
a("468", 468, "count", "children in the council's care", **ME)
a("£4 million", 4e6, "money", "drawing from reserves", unit="GBP")
a("£6.3 million", 6.3e6, "money", "savings", unit="GBP")
a("around 85", 85, "count", "posts lost", q="approximate")
JH = dict(speaker="Janet Hollis", aliases=["Hollis", "Cllr Janet Hollis"])
a(
    "38%",
    38,
    "percent",
    "real-terms fall in government funding",
    unit="percent",
    period="since 2010",
    **JH,
)
a("£2.5 million", 2.5e6, "money", "investment in road repairs", unit="GBP", **JH)
SM = dict(speaker="Sanjay Mehta", aliases=["Mehta", "Cllr Sanjay Mehta"])
a(
    "Two years ago",
    2,
    "duration",
    "time since reserves stood at £31 million",
    unit="year",
    opt=True,
    **SM,
)
a("£31 million", 31e6, "money", "usable reserves two years ago", unit="GBP", **SM)
a(
    "less than £12 million",
    12e6,
    "money",
    "usable reserves left after this budget",
    q="less_than",
    unit="GBP",
    **SM,
)
a(
    "more than £200",
    200,
    "money",
    "rise in a pensioner's council tax bill",
    q="more_than",
    unit="GBP",
)
a("three years", 3, "duration", "period of the bill rise", unit="year", after="£200 in ", opt=True)
a("2,700", 2700, "count", "households receiving council tax support", **NBC)
a(
    "about 7%",
    7,
    "percent",
    "population growth since the 2021 census",
    q="approximate",
    unit="percent",
    subject="Northmoor",
)
a(
    "an estimated 183,000",
    183000,
    "count",
    "population of Northmoor",
    q="approximate",
    subject="Northmoor",
)


if __name__ == "__main__":
    GOLD.build()
