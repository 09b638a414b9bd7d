"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout32/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout31 and /work/shared/corpus-extra, see README.md):
# headline and standfirst figures optional; the page's own voice and unnamed sources have speaker
# None, judged sentence by sentence; a release's narrative is the page's voice except "X announced
# today" / "the Home Office can confirm today" (X); in a transcript the turn's speaker speaks for
# the turn (including a figure he gives from an unnamed source inside his turn), the outlet that
# asks speaks for its question (including "Some analysts say" / "Industry sources say" inside it),
# and a figure a question attributes to a named source is that source's (the outlet an alias);
# "according to X" / "figures released by X show" / "X figures show" / "a study by X found" are X;
# a figure an official relays from a named minister or guest is theirs, dated the day said; every
# sentence of a multi-sentence quote, and a quote after "He added:", is the quoted speaker's;
# "he said" / "She also confirmed" / "He warned" carry the speaker and the day given before;
# date = the day the claim was stated ("on Sunday", "yesterday", "on Monday", "last Thursday",
# "this morning"), "last week" keeps the publication day; time spans that only date a figure,
# thresholds, rules of a scheme, compound adjectives, ages, multipliers and bracketed conversions
# are optional; dates, years, times, identifiers, phone numbers, Related / Most Read lines and
# the speaker key are not annotated.

# 3200: MFA regular press conference (Tuesday 8 April 2031).
doc(
    "3200_mfa-lin-jian-presscon-2031-04-08.txt",
    "2031-04-08",
    "Lin Jian",
    ["Lin", "Foreign Ministry Spokesperson Lin Jian"],
)
a("480-kilometer", 480, "measure", "length of the railway extension", unit="km", opt=True)
a("Around 600", 600, "count", "guests at the agricultural cooperation conference", q="approximate")
a("53", 53, "count", "African countries sending guests")
a("more than 500", 500, "count", "agricultural experts sent to Africa", q="more_than")
a("some 7,000", 7000, "count", "agricultural technicians trained", q="approximate")
a("12 years", 12, "duration", "years as Kenya's largest trading partner", unit="year")
a(
    "9.6 billion U.S. dollars",
    9.6e9,
    "money",
    "China-Kenya bilateral trade",
    unit="USD",
    period="last year",
)
a("11.4 percent", 11.4, "percent", "growth of China-Kenya trade", unit="percent")
a(
    "more than doubled",
    2,
    "measure",
    "growth of Kenyan avocado exports to China",
    q="more_than",
    unit="times",
    opt=True,
)
a("over 14 million", 14e6, "count", "passengers of the Mombasa-Nairobi railway", q="more_than")
PCG = dict(speaker="Philippine Coast Guard", aliases=["AFP", "PCG"], date="2031-04-06")
a("two", 2, "count", "Philippine boats hit by water cannon", after="water cannon at ", **PCG)
a("three", 3, "count", "crew members injured", after="injuring ", **PCG)
a(
    "27",
    27,
    "count",
    "Chinese entities added to the export control list",
    speaker="U.S. Commerce Department",
    aliases=["Commerce Department", "Bloomberg"],
    date="2031-04-03",
)
a(
    "about 40 percent",
    40,
    "percent",
    "share of China's imports of advanced lithography parts affected",
    q="approximate",
    unit="percent",
    speaker="Bloomberg",
    aliases=[],
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2031-04-07")
a("five consecutive years", 5, "duration", "years as largest trading partners", unit="year", **WY)
a(
    "nearly 1 trillion U.S. dollars",
    1e12,
    "money",
    "China-ASEAN two-way trade",
    q="nearly",
    unit="USD",
    period="last year",
    **WY,
)
a(
    "nine",
    9,
    "count",
    "member states where FTA 3.0 has taken effect",
    after="taken effect in ",
    **WY,
)
a(
    "22 million",
    22e6,
    "count",
    "trips by Chinese tourists to ASEAN countries",
    period="last year",
    speaker="Kao Kim Hourn",
    aliases=["Secretary-General Kao Kim Hourn", "ASEAN"],
    date="2031-04-07",
)
a(
    "184 times",
    184,
    "count",
    "fighter jet scrambles against Chinese aircraft",
    speaker="Japan's Ministry of Defense",
    aliases=["Ministry of Defense", "Reuters"],
)
a(
    "58 percent",
    58,
    "percent",
    "China's share of global new solar installations",
    unit="percent",
    period="last year",
    speaker="International Energy Agency",
    aliases=["IEA", "CCTV"],
)
a(
    "about 810 million tonnes",
    810e6,
    "measure",
    "carbon emission cuts from Chinese wind and solar exports",
    q="approximate",
    unit="tonne",
    period="last year",
)

# 3201: SCIO press conference of the MIIT (Thursday 17 April 2031).
doc(
    "3201_scio-miit-q1-industry-presscon-2031-04-17.txt",
    "2031-04-17",
    "Tao Qing",
    ["Tao", "MIIT", "Ministry of Industry and Information Technology"],
)
a(
    "6.1 percent",
    6.1,
    "percent",
    "growth of value-added industrial output",
    unit="percent",
    period="first quarter",
)
a(
    "0.4 percentage points",
    0.4,
    "percent",
    "acceleration of industrial growth from the fourth quarter",
    unit="percentage point",
)
a("27.3 percent", 27.3, "percent", "manufacturing value added share of GDP", unit="percent")
a("9.8 percent", 9.8, "percent", "growth of high-tech manufacturing", unit="percent")
a(
    "17.2 percent",
    17.2,
    "percent",
    "high-tech manufacturing share of industrial value added",
    unit="percent",
)
a("3.9 million", 3.9e6, "count", "new energy vehicle production and sales", q="more_than")
a("34 percent", 34, "percent", "rise in new energy vehicle exports", unit="percent")
a("5.12 million", 5.12e6, "count", "5G base stations")
a("1.3 billion", 1.3e9, "count", "5G users", q="more_than")
a("11 percent", 11, "percent", "growth of software and IT services revenue", unit="percent")
a("3.1 trillion yuan", 3.1e12, "money", "software and IT services revenue", unit="CNY")
LJ = dict(speaker="Liu Jianrong", aliases=["Liu", "MIIT"])
a(
    "243 million tonnes",
    243e6,
    "measure",
    "crude steel output",
    unit="tonne",
    period="first quarter",
    **LJ,
)
a("3.5 percent", 3.5, "percent", "fall in crude steel output", unit="percent", **LJ)
a(
    "more than 150 million tonnes",
    150e6,
    "measure",
    "outdated steel capacity retired",
    q="more_than",
    unit="tonne",
    period="since 2021",
    **LJ,
)
a(
    "About 55 percent",
    55,
    "percent",
    "share of crude steel capacity with ultra-low emission retrofits",
    q="approximate",
    unit="percent",
    **LJ,
)
a(
    "2.1 percent",
    2.1,
    "percent",
    "average profit margin of member steel mills",
    unit="percent",
    period="March",
    speaker="China Iron and Steel Association",
    aliases=["CISA", "Liu Jianrong"],
)
CX = dict(speaker="Caixin", aliases=[])
a(
    "3.5 million tonnes",
    3.5e6,
    "measure",
    "total polysilicon capacity",
    q="more_than",
    unit="tonne",
    **CX,
)
a(
    "more than twice",
    2,
    "measure",
    "polysilicon capacity relative to global demand",
    q="more_than",
    unit="times",
    opt=True,
    **CX,
)
a(
    "around 52 percent",
    52,
    "percent",
    "utilization rate of polysilicon capacity",
    q="approximate",
    unit="percent",
    period="first quarter",
)
GM = dict(speaker="Gao Min", aliases=["Gao", "MIIT"])
a("410 EFLOPS", 410, "measure", "computing power of data centers in service", unit="EFLOPS", **GM)
a(
    "about 45 percent",
    45,
    "percent",
    "share of intelligent computing",
    q="approximate",
    unit="percent",
    **GM,
)
a("10", 10, "count", "national computing hub nodes", after="We now have ", **GM)
a(
    "30 more",
    30,
    "count",
    "additional large intelligent computing centers to be supported",
    speaker="Li Lecheng",
    aliases=["Minister Li Lecheng"],
    date="2031-04-14",
)
a(
    "under 20 milliseconds",
    20,
    "measure",
    "average latency between hub nodes",
    q="less_than",
    unit="ms",
    **GM,
)
a("over 14,600", 14600, "count", "little giant firms", q="more_than")
a("89.6", 89.6, "measure", "SME development index", period="first quarter")
a("0.7 points", 0.7, "measure", "rise in the SME development index", unit="point")
a("42.3 billion yuan", 42.3e9, "money", "overdue payments recovered for SMEs", unit="CNY")

# 3202: GOV.UK Home Office press release (Tuesday 22 April 2031).
doc("3202_homeoffice-knife-surrender-2031-04-22.txt", "2031-04-22", None)
a("over 41,000", 41000, "count", "blades handed in", q="more_than", opt=True)
a("6-week", 6, "duration", "length of the surrender scheme", unit="week", opt=True)
a(
    "More than 41,000",
    41000,
    "count",
    "knives and offensive weapons handed in",
    q="more_than",
    speaker="Home Office",
    aliases=[],
)
a("380", 380, "count", "designated police stations")
a("£15", 15, "money", "compensation per item handed in", unit="GBP", opt=True)
a("9,870", 9870, "count", "compensation claims paid")
a(
    "just under £410,000",
    410000,
    "money",
    "value of compensation claims paid",
    q="less_than",
    unit="GBP",
)
a(
    "up to 6 months",
    6,
    "duration",
    "maximum prison term for possessing a ninja sword",
    q="at_most",
    unit="month",
    opt=True,
)
HO = dict(speaker="Home Office", aliases=[])
a(
    "7%",
    7,
    "percent",
    "fall in police-recorded knife crime offences",
    unit="percent",
    period="year to December",
    **HO,
)
a("around 46,300", 46300, "count", "knife crime offences", q="approximate", **HO)
a("4%", 4, "percent", "fall in hospital admissions for assault by a sharp object", unit="percent")
SJ = dict(speaker="Sarah Jones", aliases=["Policing Minister Sarah Jones"])
a("41,000", 41000, "count", "weapons handed in", after="Every one of these ", **SJ)
a("3,400", 3400, "count", "fewer knife crime offences", period="last year", **SJ)
SM = dict(speaker="Shabana Mahmood", aliases=["Home Secretary Shabana Mahmood"], date="2031-04-21")
a("1,200", 1200, "count", "extra neighbourhood officers tackling knife crime", **SM)
a("£25 million", 25e6, "money", "funding for violence reduction units", unit="GBP", **SM)
NPCC = dict(speaker="National Police Chiefs' Council", aliases=["NPCC"])
a("10,842", 10842, "count", "weapons collected by the Metropolitan Police", **NPCC)
a("4,317", 4317, "count", "weapons collected by West Midlands Police", **NPCC)
BR = dict(speaker="Ben Rowe", aliases=["Assistant Chief Constable Ben Rowe", "NPCC"])
a(
    "more than 2,600",
    2600,
    "count",
    "weapons sweeps carried out",
    q="more_than",
    period="since January",
    **BR,
)
a("over 1,100", 1100, "count", "knives seized in sweeps", q="more_than", **BR)
a(
    "around 1 in 5",
    20,
    "percent",
    "share of surveyed teenagers who knew someone who carried a knife",
    q="approximate",
    unit="percent",
    speaker="Safer Streets Now",
    aliases=[],
)
a(
    "14 to 17",
    14,
    "measure",
    "age range of teenagers surveyed",
    unit="year",
    low=14,
    high=17,
    opt=True,
    speaker="Safer Streets Now",
    aliases=[],
)
a(
    "nearly a third",
    33.33,
    "percent",
    "real-terms fall in funding for youth services",
    q="nearly",
    unit="percent",
    period="over the past decade",
    speaker="Denise Okoro",
    aliases=["Safer Streets Now"],
)
a("18", 18, "measure", "minimum age to use the scheme", unit="year", after="aged ", opt=True)

# 3203: Reuters company results story (Wednesday 7 May 2031).
doc("3203_reuters-nordvik-bulk-q1-results-2031-05-07.txt", "2031-05-07", None)
NB = dict(speaker="Nordvik Bulk", aliases=[])
a("38%", 38, "percent", "drop in first-quarter net profit", unit="percent", **NB)
a("$61.4 million", 61.4e6, "money", "first-quarter net profit", unit="USD", **NB)
a("$99.2 million", 99.2e6, "money", "net profit a year earlier", unit="USD", **NB)
a("$70 million", 70e6, "money", "average analyst forecast for net profit", unit="USD")
a("five", 5, "count", "analysts polled by LSEG", after="forecast of ")
a("12%", 12, "percent", "fall in revenue", unit="percent")
a("$287 million", 287e6, "money", "first-quarter revenue", unit="USD")
a("74", 74, "count", "vessels operated by the company", **NB)
a("15 cents", 0.15, "money", "quarterly dividend per share", unit="USD", **NB)
a("40 cents", 0.40, "money", "previous quarterly dividend per share", unit="USD", **NB)
a("6.3%", 6.3, "percent", "fall in Nordvik shares", unit="percent")
a("0.4%", 0.4, "percent", "rise of the Oslo benchmark index", unit="percent")
IH = dict(speaker="Ingrid Halvorsen", aliases=["Halvorsen", "Nordvik Bulk"])
a(
    "about $14,500",
    14500,
    "money",
    "average daily rate for Capesize vessels",
    q="approximate",
    unit="USD",
    **IH,
)
a(
    "almost a third",
    33.33,
    "percent",
    "year-on-year fall in Capesize rates",
    q="nearly",
    unit="percent",
    **IH,
)
a("four months", 4, "duration", "period of flat iron ore imports", unit="month", opt=True, **IH)
a(
    "at most 1%",
    1,
    "percent",
    "expected growth of Chinese iron ore imports",
    q="at_most",
    unit="percent",
    **IH,
)
a("four", 4, "count", "old ships sold since January", after="Nordvik has sold ", **IH)
a("another two", 2, "count", "further ships to be sold by end of June", **IH)
a(
    "roughly 8%",
    8,
    "percent",
    "shortening of average voyage distances",
    q="approximate",
    unit="percent",
    speaker="Clarksons",
    aliases=[],
)
a("1,312 points", 1312, "measure", "Baltic Exchange dry bulk index", unit="point")
ES = dict(speaker="Erik Stavseth", aliases=["Stavseth", "Pareto Securities"])
a("142 Norwegian crowns", 142, "money", "price target for Nordvik shares", unit="NOK", **ES)
a("165 crowns", 165, "money", "previous price target", unit="NOK", **ES)
a(
    "around 25%",
    25,
    "percent",
    "expected fall in full-year earnings per share",
    q="approximate",
    unit="percent",
    **ES,
)
HL = dict(speaker="Hanna Lie", aliases=["Lie", "DNB Markets"])
a(
    "60 million tonnes",
    60e6,
    "measure",
    "expected Simandou iron ore shipments",
    unit="tonne",
    period="this year",
    **HL,
)
a("2%", 2, "percent", "addition to Capesize tonne-mile demand from Simandou", unit="percent", **HL)
a(
    "29%",
    29,
    "percent",
    "fall in Golden Ocean quarterly profit",
    unit="percent",
    speaker="Golden Ocean",
    aliases=[],
)

# 3204: AP story on floods (Monday 12 May 2031).
doc("3204_ap-brazil-floods-rio-grande-do-sul-2031-05-12.txt", "2031-05-12", None)
a("47", 47, "count", "flood death toll", after="rises to ", opt=True)
a("47", 47, "count", "flood death toll", after="Rio Grande do Sul rose to ")
a("at least 21", 21, "count", "people missing", q="at_least")
a("seven years", 7, "duration", "time since the Guaiba record", unit="year", opt=True)
CD = dict(
    speaker="Rio Grande do Sul Civil Defense",
    aliases=["civil defense agency", "state's civil defense agency", "Civil Defense"],
)
a("more than 62,000", 62000, "count", "people forced from their homes", q="more_than", **CD)
a("148", 148, "count", "municipalities affected", **CD)
a("about 9,400", 9400, "count", "people in public shelters", q="approximate", **CD)
EL = dict(speaker="Eduardo Leite", aliases=["Gov. Eduardo Leite", "Leite"])
a("320 millimeters", 320, "measure", "rainfall in Taquari valley towns", unit="mm", **EL)
a("12.6 inches", 12.6, "measure", "rainfall in Taquari valley towns", unit="inch", opt=True, **EL)
a("48 hours", 48, "duration", "period of the rainfall", unit="hour", opt=True, **EL)
a(
    "roughly half",
    50,
    "percent",
    "share of usual annual rainfall",
    q="approximate",
    unit="percent",
    **EL,
)
a("4 billion reais", 4e9, "money", "federal emergency funds requested", unit="BRL", **EL)
a("$720 million", 720e6, "money", "federal emergency funds requested", unit="USD", opt=True, **EL)
RC = dict(speaker="Rui Costa", aliases=["chief of staff"], date="2031-05-11")
a("1,500", 1500, "count", "soldiers sent to help with rescues", **RC)
a("40", 40, "count", "military helicopters sent", after="soldiers and ", **RC)
PA = dict(speaker="Porto Alegre", aliases=["city of Porto Alegre"])
a("4.9 meters", 4.9, "measure", "level of the Guaiba river", unit="m", **PA)
a("16 feet", 16, "measure", "level of the Guaiba river", unit="foot", opt=True, **PA)
a("45 centimeters", 45, "measure", "gap below the 2024 record", unit="cm", **PA)
a("63", 63, "measure", "age of Maria da Graça Schmitt", unit="year", after="Schmitt, ", opt=True)
a(
    "about 30",
    30,
    "count",
    "families who left their street for good",
    q="approximate",
    speaker="Joel Brum",
    aliases=["Brum"],
)
FB = dict(
    speaker="Rio Grande do Sul Military Fire Brigade",
    aliases=["military fire brigade", "state's military fire brigade"],
)
a("more than 3,800", 3800, "count", "people rescued from flooded areas", q="more_than", **FB)
a("900", 900, "count", "animals rescued", **FB)
a(
    "100 to 150 millimeters",
    100,
    "measure",
    "forecast additional rainfall",
    unit="mm",
    low=100,
    high=150,
    speaker="INMET",
    aliases=["National Institute of Meteorology", "Brazil's national weather institute"],
    date="2031-05-10",
)
a(
    "about 40%",
    40,
    "percent",
    "increase in intensity of heavy rainfall events",
    q="approximate",
    unit="percent",
    period="since the 1960s",
    speaker="Federal University of Rio Grande do Sul",
    aliases=[],
)
a("183", 183, "count", "deaths in the 2024 floods")
a("more than 600,000", 600000, "count", "people displaced in the 2024 floods", q="more_than")

# 3205: WFP news release (Tuesday 29 April 2031).
doc("3205_wfp-mozambique-cabo-delgado-2031-04-29.txt", "2031-04-29", None)
WFP = dict(speaker="World Food Programme", aliases=["WFP", "United Nations World Food Programme"])
a("50 percent", 50, "percent", "cut in food rations", unit="percent", **WFP)
a("480,000", 480000, "count", "displaced people facing ration cuts", **WFP)
a(
    "more than 110,000",
    110000,
    "count",
    "people displaced by renewed attacks",
    q="more_than",
    period="since January",
)
a("eight years", 8, "duration", "length of the conflict", unit="year")
a("US$62 million", 62e6, "money", "funding needed for full assistance", unit="USD")
a("six months", 6, "duration", "period of the funding need", unit="month", opt=True)
a("18 percent", 18, "percent", "share of the operation funded", unit="percent")
EM = dict(speaker="Elena Marchetti", aliases=["WFP"])
a("15 days", 15, "duration", "days a monthly food basket lasts", unit="day", **EM)
a(
    "one child in seven",
    14.29,
    "percent",
    "share of children acutely malnourished in Mecufi",
    unit="percent",
    **EM,
)
IPC = dict(speaker="Integrated Food Security Phase Classification", aliases=["IPC"])
a(
    "some 1.3 million",
    1.3e6,
    "count",
    "people facing crisis-level food insecurity",
    q="approximate",
    **IPC,
)
a(
    "around 260,000",
    260000,
    "count",
    "people facing crisis-level food insecurity in Cabo Delgado",
    q="approximate",
    **IPC,
)
UN = dict(speaker="UNICEF", aliases=[])
a(
    "14 percent",
    14,
    "percent",
    "global acute malnutrition rate among children under five",
    unit="percent",
    **UN,
)
a(
    "five",
    5,
    "measure",
    "age limit of children screened",
    unit="year",
    after="children under ",
    opt=True,
    **UN,
)
a(
    "15 percent",
    15,
    "percent",
    "emergency threshold for acute malnutrition",
    unit="percent",
    opt=True,
    **UN,
)
a(
    "nearly 38,000 hectares",
    38000,
    "measure",
    "crops destroyed in Nampula",
    q="nearly",
    unit="hectare",
    speaker="National Institute for Disaster Risk Management",
    aliases=["INGD"],
    date="2031-04-25",
)
EP = dict(speaker="Eric Perdison", aliases=["WFP"], date="2031-04-28")
a(
    "four",
    4,
    "count",
    "other countries where assistance was reduced",
    after="reduced assistance in ",
    **EP,
)
a(
    "about 40 percent",
    40,
    "percent",
    "fall in WFP funding for southern Africa",
    q="approximate",
    unit="percent",
    **EP,
)
a("1.9 million", 1.9e6, "count", "people reached in Mozambique", period="2030")
a("more than 210,000", 210000, "count", "children supported through school meals", q="more_than")

# 3206: City of Tucson news release (Wednesday 14 May 2031).
doc("3206_tucson-homelessness-count-2031-05-14.txt", "2031-05-14", None)
a("12 percent", 12, "percent", "fall in unsheltered homelessness", unit="percent", opt=True)
a(
    "12 percent",
    12,
    "percent",
    "fall in people sleeping unsheltered",
    unit="percent",
    after="fell by ",
    speaker="Regina Romero",
    aliases=[
        "Mayor Regina Romero",
        "Romero",
        "Tucson Pima Collaboration to End Homelessness",
        "TPCEH",
    ],
)
a("1,086", 1086, "count", "people living unsheltered in the city", after="Volunteers counted ")
a("1,234", 1234, "count", "people living unsheltered a year earlier")
a("2,417", 2417, "count", "people experiencing homelessness in Pima County")
RR = dict(speaker="Regina Romero", aliases=["Mayor Romero", "Romero"])
a("Two years", 2, "duration", "time since the city set out", unit="year", opt=True, **RR)
a("1,086", 1086, "count", "neighbors who slept outside", after='"But ', **RR)
a("1,340", 1340, "count", "people moved into permanent or long-term housing", period="since 2029")
a("150 beds", 150, "count", "beds at the navigation center")
a("41 days", 41, "duration", "average stay at the navigation center", unit="day")
TT = dict(speaker="Tim Thomure", aliases=["Thomure", "City Manager Tim Thomure"], date="2031-05-13")
a("two-bedroom", 2, "count", "bedrooms", opt=True, **TT)
a("$1,480", 1480, "money", "median monthly rent for a two-bedroom apartment", unit="USD", **TT)
a(
    "about 35 percent",
    35,
    "percent",
    "rise in median rent over five years",
    q="approximate",
    unit="percent",
    **TT,
)
a("five years", 5, "duration", "comparison period for rents", unit="year", opt=True, **TT)
a("two more motels", 2, "count", "motels to be converted into transitional housing", **TT)
a(
    "roughly 180 units",
    180,
    "count",
    "transitional housing units to be added",
    q="approximate",
    **TT,
)
PC = dict(speaker="Pima County", aliases=[])
a(
    "55",
    55,
    "measure",
    "age threshold of older homeless people",
    unit="year",
    after="aged ",
    opt=True,
    **PC,
)
a(
    "nearly 20 percent",
    20,
    "percent",
    "growth in homelessness among people 55 and older",
    q="nearly",
    unit="percent",
    period="since 2029",
    **PC,
)
a(
    "$4.5 million",
    4.5e6,
    "money",
    "rental assistance for older adults",
    unit="USD",
    speaker="Jan Lesher",
    aliases=["County Administrator Jan Lesher", "Pima County"],
)
KD = dict(speaker="Kevin Dahl", aliases=["Dahl", "Council Member Kevin Dahl"])
a("88", 88, "count", "unsheltered veterans", **KD)
a("Three years", 3, "duration", "comparison period for veterans count", unit="year", opt=True, **KD)
a("more than 200", 200, "count", "unsheltered veterans three years ago", q="more_than", **KD)
a("$22 million", 22e6, "money", "American Rescue Plan Act funding for Housing First", unit="USD")
a("More than 700", 700, "count", "volunteers in the count", q="more_than")

# 3207: Australian local newspaper page, two stories (Wednesday 21 May 2031).
doc("3207_riverina-leader-two-stories-2031-05-21.txt", "2031-05-21", None)
a(
    "more than five hours",
    5,
    "duration",
    "median wait before admission to a ward",
    q="more_than",
    unit="hour",
)
BHI = dict(speaker="Bureau of Health Information", aliases=["BHI"], date="2031-05-20")
a(
    "52 per cent",
    52,
    "percent",
    "emergency patients treated within four hours",
    unit="percent",
    **BHI,
)
a("four hours", 4, "duration", "emergency treatment time target", unit="hour", opt=True, **BHI)
a(
    "61 per cent",
    61,
    "percent",
    "state average of patients treated within four hours",
    unit="percent",
    **BHI,
)
a("24 beds", 24, "count", "unopened beds in the new wing")
a("$48 million", 48e6, "money", "cost of the new building", unit="AUD")
JL = dict(speaker="Jill Ludford", aliases=["Ludford"], date="2031-05-19")
a("37", 37, "count", "vacant nursing positions", **JL)
a("19 nurses", 19, "count", "nurses made offers", **JL)
a("11", 11, "count", "nurses from overseas", after="including ", **JL)
MLHD = dict(
    speaker="Murrumbidgee Local Health District", aliases=["district spokesman"], date="2031-05-20"
)
a("14,960", 14960, "count", "emergency presentations in the quarter", **MLHD)
a("8 per cent", 8, "percent", "rise in emergency presentations", unit="percent", **MLHD)
a(
    "more than 420 hours",
    420,
    "duration",
    "unpaid overtime recorded at the hospital",
    q="more_than",
    unit="hour",
    period="April",
    speaker="Tom Grealy",
    aliases=["Nurses and Midwives' Association"],
)
JM = dict(speaker="Joe McGirr", aliases=["McGirr"], date="2031-05-15")
a(
    "about one in three",
    33.33,
    "percent",
    "share of patients who left without being seen and came back",
    q="approximate",
    unit="percent",
    **JM,
)
a(
    "a week",
    1,
    "duration",
    "period for return to the emergency department",
    unit="week",
    opt=True,
    **JM,
)
WCC = dict(speaker="Wagga Wagga City Council", aliases=["Council"])
a(
    "more than $30 million",
    30e6,
    "money",
    "cost to repair the rural road network",
    q="more_than",
    unit="AUD",
    **WCC,
)
a(
    "at least four years",
    4,
    "duration",
    "time to repair the rural road network",
    q="at_least",
    unit="year",
    **WCC,
)
WCR = dict(speaker="Wagga Wagga City Council", aliases=["Council"], date="2031-05-19")
a("640 kilometres", 640, "measure", "rural roads damaged", unit="km", **WCR)
a("1,250km", 1250, "measure", "council's rural road network", unit="km", **WCR)
a("more than 9,000", 9000, "count", "potholes filled since October", q="more_than", **WCR)
WF = dict(speaker="Warren Faulkner", aliases=["Faulkner"], date="2031-05-19")
a(
    "around 30 per cent",
    30,
    "percent",
    "rise in the cost of bitumen",
    q="approximate",
    unit="percent",
    period="since 2029",
    **WF,
)
a(
    "about 45 kilometres",
    45,
    "measure",
    "roads resealed each year",
    q="approximate",
    unit="km",
    **WF,
)
a(
    "$18.5 million",
    18.5e6,
    "money",
    "disaster recovery funding applied for",
    unit="AUD",
    speaker="Dallas Tout",
    aliases=["Mayor Dallas Tout", "Tout"],
)
a(
    "more than $2.1 billion",
    2.1e9,
    "money",
    "funding committed to flood-damaged council roads across NSW",
    q="more_than",
    unit="AUD",
    period="since 2022",
    speaker="Transport for NSW",
    aliases=[],
    date="2031-05-20",
)
LC = dict(speaker="Lisa Coddington", aliases=["Coddington"])
a(
    "1,800-hectare",
    1800,
    "measure",
    "size of the Coddington property",
    unit="hectare",
    opt=True,
    **LC,
)
a("three weeks", 3, "duration", "time the school bus could not use Keajura Road", unit="week", **LC)
a("nine days", 9, "duration", "school days missed", unit="day", **LC)
a("4.9 per cent", 4.9, "percent", "rate rise in the draft budget", unit="percent")

GOLD.build()
