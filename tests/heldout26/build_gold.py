"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout26/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout5 to tests/heldout25, see README.md): headline and standfirst
# figures optional; the page's own voice and unnamed sources ("officials said", "a senior defense
# official told reporters", "an inspector ... speaking on condition of anonymity") have speaker
# None, judged sentence by sentence; in a transcript an unattributed sentence of a turn is the
# turn's speaker, a bare "Q:" is None, a questioner who names her outlet speaks for her question
# (the journalist an alias), and a figure a question attributes is that source's (the outlet an
# alias); "according to X" / "data from X show" / "X tells us" are X (in an answer, the official
# an alias); a figure an official relays from a minister, the Secretary or a chair is theirs,
# dated the day they said it; every sentence of a multi-sentence quote, and a quote's second
# paragraph, is the quoted speaker's; "he said" / "she says" / "X also said" are the one named
# before, carrying the day given before; date = the day the claim was stated ("on Tuesday",
# "yesterday", "late Tuesday", "on April 12" resolved against the publication day; "last week",
# "last month", "this morning" keep the publication day); time spans that only date a figure,
# thresholds, compound adjectives, ages and multipliers are optional; ranges keep both ends with
# value = low.

# 2600: MFA regular press conference (Thursday 11 April 2030).
doc("2600_mfa-guo-jiakun-presscon-2030-04-11.txt", "2030-04-11", "Guo Jiakun", ["Guo"])
a(
    "about 350",
    350,
    "count",
    "representatives of companies and research institutes attending the forum",
    q="approximate",
)
a(
    "4.6 billion US dollars",
    4.6e9,
    "money",
    "China's agricultural trade with Central Asia",
    unit="USD",
    subject="China",
    period="last year",
)
a(
    "21 percent",
    21,
    "percent",
    "year-on-year growth of agricultural trade with Central Asia",
    unit="percent",
    period="last year",
)
a("37", 37, "count", "cooperation documents signed during the visit")
LQ = dict(speaker="Li Qiang", aliases=["Premier Li Qiang", "Premier Li"], date="2030-04-09")
a(
    "more than 110 billion US dollars",
    110e9,
    "money",
    "China-Mexico bilateral trade",
    q="more_than",
    unit="USD",
    period="last year",
    **LQ,
)
a(
    "second-largest",
    2,
    "rank",
    "China's rank among Mexico's trading partners",
    subject="China",
    **LQ,
)
a(
    "16 consecutive years",
    16,
    "duration",
    "years as Mexico's second-largest trading partner",
    unit="year",
    subject="China",
    **LQ,
)
a(
    "more than 4,000 kilometers",
    4000,
    "measure",
    "power transmission lines built by Chinese companies in Latin America",
    q="more_than",
    unit="km",
    **LQ,
)
a("some 20 million", 20e6, "count", "people supplied with electricity", q="approximate", **LQ)
a(
    "26",
    26,
    "count",
    "Chinese companies and research institutes added to the Entity List",
    speaker="United States Department of Commerce",
    aliases=["US Commerce Department", "Commerce Department", "Department of Commerce", "Reuters"],
    date="2030-04-09",
)
a(
    "more than 1,100",
    1100,
    "count",
    "Chinese entities on US sanction and export control lists",
    q="more_than",
    speaker="Ministry of Commerce",
    aliases=[
        "Ministry of Commerce of the People's Republic of China",
        "MOFCOM",
        "Guo Jiakun",
        "Guo",
    ],
)
NIA = dict(speaker="National Immigration Administration", aliases=["NIA", "Global Times"])
a(
    "9.3 million",
    9.3e6,
    "count",
    "entries into China by foreign nationals",
    period="first quarter",
    **NIA,
)
a(
    "31 percent",
    31,
    "percent",
    "year-on-year rise in entries by foreign nationals",
    unit="percent",
    **NIA,
)
a("74 percent", 74, "percent", "share of foreign entries made visa-free", unit="percent", **NIA)
a("55", 55, "count", "countries granted unilateral visa-free entry", subject="China")
a("240-hour", 240, "duration", "length of the visa-free transit policy", unit="hour", opt=True)
a("65", 65, "count", "ports applying the 240-hour visa-free transit policy")
a(
    "about a tenth",
    10,
    "percent",
    "Japanese seafood exports to the Chinese mainland relative to before the suspension",
    q="approximate",
    unit="percent",
    speaker="Fisheries Agency of Japan",
    aliases=["Japan's Fisheries Agency", "Fisheries Agency", "Bloomberg"],
)
a(
    "at least 63",
    63,
    "count",
    "people killed by Cyclone Kesiah in Mozambique",
    q="at_least",
    speaker="National Institute for Disaster Risk Management and Reduction",
    aliases=[
        "INGD",
        "Mozambique's disaster management institute",
        "disaster management institute",
        "AFP",
    ],
)
a("20 million yuan", 20e6, "money", "emergency humanitarian assistance to Mozambique", unit="CNY")
a("45", 45, "count", "members of the Chinese medical team in Beira")
a(
    "more than 1,800",
    1800,
    "count",
    "patients treated by the Chinese medical team",
    q="more_than",
    period="since Sunday",
)
a("60 tonnes", 60, "measure", "relief supplies in the first batch", unit="tonne")
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2030-04-10")
a(
    "29 billion US dollars",
    29e9,
    "money",
    "direct investment brought to Pakistan by CPEC",
    unit="USD",
    **WY,
)
a("around 255,000", 255000, "count", "local jobs created by CPEC", q="approximate", **WY)
a(
    "80th anniversary",
    80,
    "anniversary",
    "anniversary of China-Pakistan diplomatic relations",
    period="next year",
)

# 2601: Pentagon press briefing (Tuesday 16 April 2030).
SP = dict(
    speaker="Sean Parnell",
    aliases=[
        "Parnell",
        "MR. PARNELL",
        "Pentagon Press Secretary Sean Parnell",
        "Department of Defense",
    ],
)
doc("2601_pentagon-parnell-delgado-briefing-2030-04-16.txt", "2030-04-16", **SP)
# The tranche "Secretary Hegseth approved" is told in Parnell's turn: Parnell's, Hegseth an alias.
SPH = dict(
    speaker="Sean Parnell", aliases=SP["aliases"] + ["Pete Hegseth", "Secretary Hegseth", "Hegseth"]
)
a(
    "$2.7 billion",
    2.7e9,
    "money",
    "first tranche of the Barracks Renewal Initiative",
    unit="USD",
    **SPH,
)
a("140", 140, "count", "unaccompanied housing facilities to be replaced or renovated", **SPH)
a("three years", 3, "duration", "period of the barracks programme", unit="year", opt=True, **SPH)
PH = dict(speaker="Pete Hegseth", aliases=["Secretary Hegseth", "Hegseth", "the Secretary"])
a(
    "nearly one in five",
    20,
    "percent",
    "share of barracks rooms rated poor or failing",
    q="nearly",
    unit="percent",
    **PH,
)
a("$1.1 billion", 1.1e9, "money", "contracts for small attack drones under Replicator", unit="USD")
a("more than 30,000", 30000, "count", "drone systems to be delivered to units", q="more_than")
MD = dict(
    speaker="Marisa Delgado",
    aliases=["Delgado", "LT. GEN. DELGADO", "Lt. Gen. Marisa Delgado", "LT. GEN. MARISA DELGADO"],
)
a(
    "approximately 17,000",
    17000,
    "count",
    "personnel taking part in Balikatan",
    q="approximate",
    **MD,
)
a("three weeks", 3, "duration", "remaining period of the exercise", unit="week", opt=True, **MD)
a(
    "more than 46,000",
    46000,
    "count",
    "people displaced by floods in Catanduanes",
    q="more_than",
    speaker="Government of the Philippines",
    aliases=["Philippine government", "Marisa Delgado", "Delgado"],
)
a(
    "12",
    12,
    "count",
    "U.S. and allied warships tracked near the Bashi Channel",
    speaker="Ministry of National Defense of the People's Republic of China",
    aliases=[
        "China's Defense Ministry",
        "Chinese Defense Ministry",
        "Eastern Theater Command",
        "Reuters",
        "Nadia Voss",
    ],
    date="2030-04-15",
)
a(
    "19",
    19,
    "count",
    "unsafe or unprofessional intercepts of U.S. aircraft",
    period="since January",
    **MD,
)
a(
    "fewer than 40 percent",
    40,
    "percent",
    "share of first-phase drones that reached operational units",
    q="less_than",
    unit="percent",
    speaker="Government Accountability Office",
    aliases=["GAO", "Breaking Defense", "Tom Ashby"],
)
a(
    "72 percent",
    72,
    "percent",
    "share of systems delivered since October that are with operational units",
    unit="percent",
)
a(
    "about 35 percent",
    35,
    "percent",
    "fall in drone unit cost compared with the first tranche",
    q="approximate",
    unit="percent",
)
a(
    "roughly 36,000",
    36000,
    "count",
    "service members living in rooms rated poor or failing",
    q="approximate",
)
a("$18 billion", 18e9, "money", "backlog of barracks maintenance", unit="USD", **PH)
a("about 400", 400, "count", "Japanese personnel participating in Balikatan", q="approximate", **MD)
a(
    "seven",
    7,
    "count",
    "missiles the Houthis said they fired at a U.S. destroyer",
    speaker="Houthis",
    aliases=["Ansar Allah", "Al Jazeera", "Layla Haddad"],
    date="2030-04-13",
)
a("two", 2, "count", "anti-ship ballistic missiles intercepted by USS Halsey", after="intercepted ")
a(
    "more than 260",
    260,
    "count",
    "commercial vessels escorted through the Bab el-Mandeb",
    q="more_than",
    period="since March",
)
a(
    "18 percent",
    18,
    "percent",
    "year-on-year rise in traffic through the Bab el-Mandeb",
    unit="percent",
    speaker="U.S. Central Command",
    aliases=["CENTCOM", "Central Command", "Sean Parnell", "Parnell"],
)
a(
    "up to six months",
    6,
    "duration",
    "stay of the Typhon launcher in the Philippines",
    q="at_most",
    unit="month",
    speaker=None,
    date="2030-04-15",
)
MT = dict(speaker="Military Times", aliases=["Priya Raman"])
a(
    "41 percent",
    41,
    "percent",
    "share of junior enlisted troops rating their barracks poor or very poor",
    unit="percent",
    date="2030-04-15",
    **MT,
)
a(
    "$2.7 billion",
    2.7e9,
    "money",
    "first tranche of barracks funding",
    unit="USD",
    after="Is ",
    **MT,
)
a(
    "at least 15 percent",
    15,
    "percent",
    "increase in facilities sustainment spending sought",
    q="at_least",
    unit="percent",
    speaker="Pete Hegseth",
    aliases=["Secretary Hegseth", "Hegseth", "the Secretary", "Sean Parnell", "Parnell"],
)

# 2602: National Health Commission press conference (Thursday 25 April 2030).
doc("2602_nhc-maternal-child-health-presscon-2030-04-25.txt", "2030-04-25", "Mi Feng", ["Mi"])
a(
    "2.14 billion",
    2.14e9,
    "count",
    "visits to medical and health institutions",
    period="first quarter",
)
a("3.2 percent", 3.2, "percent", "year-on-year rise in visits", unit="percent")
a(
    "94 percent",
    94,
    "percent",
    "share of county-level general hospitals providing pediatric services",
    unit="percent",
    period="end of March",
)
LH = dict(speaker="Lei Haichao", aliases=["Minister Lei Haichao", "Lei"], date="2030-04-12")
a("235,000", 235000, "count", "registered obstetricians", **LH)
a(
    "2,790",
    2790,
    "count",
    "counties with critical care centers for pregnant women and newborns",
    **LH,
)
SL = dict(speaker="Song Li", aliases=["Song", "Ms. Song"])
a(
    "13.9",
    13.9,
    "measure",
    "maternal mortality ratio per 100,000 live births",
    period="last year",
    **SL,
)
a("3.9", 3.9, "measure", "infant mortality rate per thousand", period="last year", **SL)
a(
    "97.5 percent",
    97.5,
    "percent",
    "share of pregnant women covered by free prenatal screening",
    unit="percent",
    **SL,
)
a(
    "12,000",
    12000,
    "count",
    "pediatricians to be trained at primary-level institutions",
    period="this year",
    **SL,
)
a(
    "8.71 million",
    8.71e6,
    "count",
    "babies born in China",
    period="last year",
    speaker="National Bureau of Statistics",
    aliases=["NBS", "Zhou Jianguo", "Zhou"],
)
ZJ = dict(speaker="Zhou Jianguo", aliases=["Zhou", "Mr. Zhou"])
a("28.6 million", 28.6e6, "count", "children who have received the childcare subsidy", **ZJ)
a(
    "three",
    3,
    "measure",
    "age limit of children receiving the subsidy",
    unit="year",
    after="under the age of ",
    opt=True,
    **ZJ,
)
a("3,600 yuan", 3600, "money", "annual childcare subsidy per child", unit="CNY", **ZJ)
a("6.9 million", 6.9e6, "count", "places offered by childcare institutions", **ZJ)
a(
    "38 percent",
    38,
    "percent",
    "share of affordable inclusive childcare places",
    unit="percent",
    **ZJ,
)
a("500,000", 500000, "count", "inclusive childcare places to be added", period="this year", **ZJ)
LY = dict(speaker="Liu Yan", aliases=["Professor Liu Yan", "Liu"])
a(
    "more than 11,000",
    11000,
    "count",
    "daily visits to Beijing Children's Hospital during the winter peak",
    q="more_than",
    **LY,
)
a(
    "about 40 percent",
    40,
    "percent",
    "share of visits after 6 p.m.",
    q="approximate",
    unit="percent",
    **LY,
)
a(
    "roughly one in four",
    25,
    "percent",
    "share of follow-up consultations handled online",
    q="approximate",
    unit="percent",
    **LY,
)
a(
    "63 percent",
    63,
    "percent",
    "share of families with infants citing childcare costs as the main reason",
    unit="percent",
    speaker="China Population and Development Research Center",
    aliases=["CCTV"],
)
a(
    "29",
    29,
    "count",
    "provinces covering assisted reproductive technology in medical insurance",
    **ZJ,
)
a(
    "39.6 percent",
    39.6,
    "percent",
    "national caesarean rate",
    unit="percent",
    period="last year",
    **SL,
)
a(
    "1.8 percentage points",
    1.8,
    "percent",
    "fall in the caesarean rate",
    unit="percentage point",
    **SL,
)

# 2603: AP story on a coal mine explosion (Wednesday 8 May 2030).
doc("2603_ap-colombia-coal-mine-blast-2030-05-08.txt", "2030-05-08", None)
a("9", 9, "count", "miners pulled alive", opt=True)
a("14", 14, "count", "death toll of the mine blast", opt=True)
a("nine", 9, "count", "miners pulled alive from the mine")
a("at least 14", 14, "count", "workers killed by the methane explosion", q="at_least")
a("five", 5, "count", "miners still missing", after="reach ")
a("some 600 meters", 600, "measure", "depth of the missing miners", q="approximate", unit="m")
a("three", 3, "count", "interconnected mines hit by the blast", after="tore through ")
a(
    "about 90 kilometers",
    90,
    "measure",
    "distance of Sutatausa from Bogota",
    q="approximate",
    unit="km",
)
a("55 miles", 55, "measure", "distance of Sutatausa from Bogota", unit="mile", opt=True)
a("around 40", 40, "count", "miners working the night shift", q="approximate")
HC = dict(speaker="Hernán Castañeda", aliases=["Castañeda"])
a("five", 5, "count", "colleagues still in the mine", after="We still have ", **HC)
a("above 4%", 4, "percent", "gas levels in the section", q="more_than", unit="percent", **HC)
a("62", 62, "count", "rescuers rotating into the mine", **HC)
JR = dict(
    speaker="Jorge Emilio Rey",
    aliases=["Rey", "Cundinamarca Gov. Jorge Emilio Rey"],
    date="2030-05-07",
)
a("twice", 2, "count", "sanctions for ventilation failures", **JR)
a("18 months", 18, "duration", "period of the sanctions", unit="month", opt=True, **JR)
a("23", 23, "count", "other mines where suspension will be requested", **JR)
CH = dict(
    speaker="Cundinamarca health department",
    aliases=["Cundinamarca Department of Health", "Secretaría de Salud de Cundinamarca"],
)
a("Eleven", 11, "count", "injured miners treated at the hospital", **CH)
a("two", 2, "count", "injured miners flown to Bogota", after="Wednesday, and ", **CH)
a(
    "21",
    21,
    "count",
    "workers killed in the March 2023 blast",
    speaker="National Unit for Disaster Risk Management",
    aliases=["UNGRD", "Colombia's disaster management agency"],
)
LM = dict(
    speaker="Ministry of Labor of Colombia",
    aliases=["Labor Ministry", "Colombia's Labor Ministry"],
    date="2030-05-07",
)
a("50 million pesos", 50e6, "money", "compensation per family of a miner killed", unit="COP", **LM)
a("$12,300", 12300, "money", "compensation per family in dollars", unit="USD", opt=True, **LM)
ANM = dict(speaker="National Mining Agency", aliases=["Agencia Nacional de Minería", "ANM"])
a("148", 148, "count", "people killed in mining accidents in Colombia", period="last year", **ANM)
a("112", 112, "count", "people killed in mining accidents the year before", **ANM)
a(
    "roughly 4,000",
    4000,
    "count",
    "coal mines registered in Cundinamarca and Boyacá",
    q="approximate",
    speaker=None,
)
a(
    "fewer than a third",
    33.33,
    "percent",
    "share of mines with an approved ventilation plan",
    q="less_than",
    unit="percent",
    speaker=None,
)
a(
    "almost 30 hours",
    30,
    "duration",
    "time Ana Lucía Poveda has waited at the mine",
    q="nearly",
    unit="hour",
    speaker="Ana Lucía Poveda",
    aliases=["Poveda"],
)

# 2604: WFP news release (Tuesday 14 May 2030).
doc("2604_wfp-dry-corridor-drought-release-2030-05-14.txt", "2030-05-14", None)
a(
    "4.2 million",
    4.2e6,
    "count",
    "people facing acute food insecurity in the Dry Corridor",
    speaker="World Food Programme",
    aliases=["WFP", "United Nations World Food Programme"],
)
LC = dict(speaker="Lola Castro", aliases=["Castro"])
a("two years running", 2, "duration", "years of lost maize and bean crops", unit="year", **LC)
a("600,000", 600000, "count", "people whose assistance would be cut in June", **LC)
a(
    "1.1 million",
    1.1e6,
    "count",
    "people in Emergency (IPC Phase 4)",
    speaker="Integrated Food Security Phase Classification",
    aliases=["IPC"],
)
a(
    "40 to 60 percent",
    40,
    "percent",
    "rainfall shortfall below average",
    q="range",
    unit="percent",
    low=40,
    high=60,
    period="between May and October last year",
)
a(
    "as much as 70 percent",
    70,
    "percent",
    "rise in maize prices in local markets",
    q="at_most",
    unit="percent",
    period="since January",
)
a(
    "nearly half",
    50,
    "percent",
    "share of children under five chronically malnourished in Guatemala",
    q="nearly",
    unit="percent",
)
a(
    "five",
    5,
    "measure",
    "age threshold of the children",
    unit="year",
    after="children under ",
    opt=True,
)
a(
    "up to three hours",
    3,
    "duration",
    "walk to reach a distribution point",
    q="at_most",
    unit="hour",
    **LC,
)
a(
    "8 out of 10",
    80,
    "percent",
    "share of families who ate only once the day before",
    unit="percent",
    **LC,
)
a(
    "27 percent",
    27,
    "percent",
    "rise in irregular departures from the four countries",
    unit="percent",
    period="first quarter",
    speaker="International Organization for Migration",
    aliases=["IOM"],
)
SES = dict(
    speaker="Secretariat for Food and Nutrition Security",
    aliases=["SESAN", "Guatemala's Secretariat for Food and Nutrition Security"],
    date="2030-05-10",
)
a("114", 114, "count", "municipalities under a state of alert", **SES)
a("340", 340, "count", "municipalities in Guatemala", **SES)
a("1.3 million", 1.3e6, "count", "people WFP plans to reach", period="this year")
a("US$187 million", 187e6, "money", "WFP response plan", unit="USD")
a("23 percent", 23, "percent", "share of the response plan funded", unit="percent")
a("310,000", 310000, "count", "children receiving WFP school meals in Honduras")

# 2605: Japanese Cabinet Office press release (Tuesday 4 June 2030).
doc("2605_cao-japan-nankai-damage-estimate-2030-06-04.txt", "2030-06-04", None)
WG = dict(
    speaker="Working Group on Nankai Trough Megaquake Countermeasures",
    aliases=["working group", "Central Disaster Management Council"],
)
a("up to 241,000", 241000, "count", "deaths in the worst-case scenario", q="at_most", **WG)
a("30", 30, "count", "prefectures with deaths", after="killed across ", **WG)
a("2.1 million", 2.1e6, "count", "buildings destroyed in the worst-case scenario", **WG)
a("261 trillion yen", 261e12, "money", "estimated economic losses", unit="JPY")
a(
    "19 percent",
    19,
    "percent",
    "fall in the estimated death toll from the 2025 estimates",
    unit="percent",
)
a("16,400", 16400, "count", "tsunami evacuation towers and designated buildings")
a("14,800", 14800, "count", "tsunami evacuation towers and designated buildings five years ago")
a("five years", 5, "duration", "period of the comparison", unit="year", opt=True)
NM = dict(speaker="Nakai Michiko", aliases=["NAKAI Michiko", "Professor NAKAI Michiko", "Nakai"])
a(
    "38 percent",
    38,
    "percent",
    "share of residents at risk who took part in an evacuation drill",
    unit="percent",
    period="past year",
    **NM,
)
a("more than 10 meters", 10, "measure", "height of tsunami waves", q="more_than", unit="m", **NM)
a(
    "less than 5 minutes",
    5,
    "duration",
    "time for tsunami waves to reach the coast",
    q="less_than",
    unit="minute",
    **NM,
)
WGH = dict(
    speaker="Working Group on Nankai Trough Megaquake Countermeasures",
    aliases=["working group", "Hirano Kenta", "HIRANO Kenta", "Minister HIRANO", "Hirano"],
)
a(
    "about 90 percent",
    90,
    "percent",
    "share of residents evacuating quickly in the scenario",
    q="approximate",
    unit="percent",
    **WGH,
)
a(
    "10 minutes",
    10,
    "duration",
    "evacuation start time in the scenario",
    unit="minute",
    opt=True,
    **WGH,
)
a(
    "around 70 percent",
    70,
    "percent",
    "possible cut in tsunami deaths",
    q="approximate",
    unit="percent",
    **WGH,
)
HK = dict(speaker="Hirano Kenta", aliases=["HIRANO Kenta", "Minister HIRANO", "Hirano", "HIRANO"])
a("1,200", 1200, "count", "additional evacuation facilities to be built", **HK)
a(
    "double",
    2,
    "measure",
    "target increase in households keeping supplies",
    unit="times",
    opt=True,
    **HK,
)
a(
    "three days",
    3,
    "duration",
    "stockpile threshold for households",
    q="at_least",
    unit="day",
    opt=True,
    **HK,
)
a(
    "as many as 12 million",
    12e6,
    "count",
    "people in evacuation centres or with relatives one week after",
    q="at_most",
    **HK,
)
a("one week", 1, "duration", "time after the earthquake", unit="week", opt=True, **HK)
a("35 million meals", 35e6, "count", "meals stockpiled by the government", **HK)
a(
    "30 years",
    30,
    "duration",
    "period of the earthquake probability",
    unit="year",
    opt=True,
    speaker="Headquarters for Earthquake Research Promotion",
    aliases=["HERP"],
)
a(
    "60 to 90 percent",
    60,
    "percent",
    "probability of a Nankai Trough megaquake within 30 years",
    q="range",
    unit="percent",
    low=60,
    high=90,
    speaker="Headquarters for Earthquake Research Promotion",
    aliases=["HERP"],
)

# 2606: Guardian long read on housing (Monday 20 May 2030).
doc("2606_guardian-spain-young-renters-feature-2030-05-20.txt", "2030-05-20", None)
LF = dict(speaker="Lucía Ferrer", aliases=["Ferrer"])
a("Half", 50, "percent", "share of salary spent on a room", unit="percent", opt=True, **LF)
a("60%", 60, "percent", "rise in rents in a decade", unit="percent", opt=True)
a("a decade", 10, "duration", "period of the rent rise", unit="year", after="60% in ", opt=True)
a("29", 29, "measure", "age of Lucía Ferrer", unit="year", opt=True)
a("five-bedroom", 5, "count", "bedrooms in the shared flat", opt=True)
a("€650", 650, "money", "monthly rent for a room", unit="EUR")
a(
    "about 45%",
    45,
    "percent",
    "share of take-home pay spent on rent",
    q="approximate",
    unit="percent",
)
ES = dict(speaker="Eurostat", aliases=[])
a("30.4", 30.4, "measure", "average age of leaving the parental home in Spain", unit="year", **ES)
a("26.2", 26.2, "measure", "EU average age of leaving the parental home", unit="year", **ES)
ID = dict(speaker="Idealista", aliases=[])
a(
    "€23.4",
    23.4,
    "money",
    "average asking rent per square metre in Barcelona",
    unit="EUR",
    period="April",
    **ID,
)
a("9%", 9, "percent", "year-on-year rise in Barcelona asking rents", unit="percent", **ID)
a("€21.1", 21.1, "money", "average asking rent per square metre in Madrid", unit="EUR")
JO = dict(speaker="Javier Oliva", aliases=["Oliva", "BBVA Research"])
a("about 100,000", 100000, "count", "homes completed a year in Spain", q="approximate", **JO)
a("roughly 250,000", 250000, "count", "new households formed a year", q="approximate", **JO)
a(
    "a decade",
    10,
    "duration",
    "time the gap has been opening",
    unit="year",
    after="That gap has been opening for ",
    opt=True,
    **JO,
)
a(
    "about 700,000",
    700000,
    "count",
    "accumulated housing shortfall in Spain",
    q="approximate",
    speaker="Bank of Spain",
    aliases=["Banco de España"],
)
a("2.4 million", 2.4e6, "count", "growth of Spain's population since 2020")
a(
    "less than 3%",
    3,
    "percent",
    "share of social rental housing in all homes in Spain",
    q="less_than",
    unit="percent",
)
a(
    "about 17%",
    17,
    "percent",
    "share of social rental housing in France",
    q="approximate",
    unit="percent",
)
JC = dict(speaker="Jordi Castells", aliases=["Castells"])
a(
    "around 15%",
    15,
    "percent",
    "fall in long-term rental contracts in capped neighbourhoods",
    q="approximate",
    unit="percent",
    **JC,
)
a(
    "two years",
    2,
    "duration",
    "period after the rent cap",
    unit="year",
    after="in the first ",
    opt=True,
    **JC,
)
a(
    "more than doubled",
    2,
    "measure",
    "growth of seasonal contracts",
    q="more_than",
    unit="times",
    opt=True,
    **JC,
)
a(
    "6%",
    6,
    "percent",
    "fall in rents in the capped areas",
    unit="percent",
    speaker="Carme Puig",
    aliases=["Puig", "Sindicat de Llogateres"],
)
SLL = dict(
    speaker="Sindicat de Llogateres",
    aliases=["Barcelona's tenants' union", "tenants' union", "Carme Puig", "Puig"],
)
a("14,000", 14000, "count", "members of the tenants' union", **SLL)
a(
    "double",
    2,
    "measure",
    "growth of union membership since 2025",
    unit="times",
    after="14,000 members, ",
    opt=True,
    **SLL,
)
a(
    "8,900",
    8900,
    "count",
    "former tourist flats returned to the long-term rental market",
    speaker="Barcelona City Council",
    aliases=["Barcelona's city council", "Ajuntament de Barcelona"],
)
MV = dict(
    speaker="Ministry of Housing and Urban Agenda",
    aliases=["housing ministry", "the ministry"],
    date="2030-05-16",
)
a("21,000", 21000, "count", "affordable rental homes started by Casa 47", **MV)
a("30,000", 30000, "count", "further affordable rental homes to be launched", **MV)
a("38,500", 38500, "count", "mortgages backed by the young buyers' guarantee scheme", **MV)
a(
    "two years",
    2,
    "duration",
    "Ferrer's deadline before leaving",
    unit="year",
    after="within ",
    opt=True,
    **LF,
)
a(
    "Half",
    50,
    "percent",
    "share of Ferrer's university friends who have left",
    unit="percent",
    after='Rotterdam. "',
    **LF,
)

# 2607: Reuters results story (Tuesday 30 April 2030).
doc("2607_reuters-veltrix-q1-results-2030-04-30.txt", "2030-04-30", None)
VX = dict(speaker="Veltrix Systems", aliases=["Veltrix"])
a("9%", 9, "percent", "rise in Veltrix shares in extended trading", unit="percent")
a(
    "$2.41 billion",
    2.41e9,
    "money",
    "first-quarter revenue",
    unit="USD",
    period="quarter ended March 31",
    **VX,
)
a("19%", 19, "percent", "year-on-year revenue growth", unit="percent", **VX)
LSEG = dict(speaker="LSEG", aliases=["London Stock Exchange Group"])
a("$2.36 billion", 2.36e9, "money", "analysts' average revenue estimate", unit="USD", **LSEG)
a("87 cents", 0.87, "money", "adjusted profit per share", unit="USD")
a("81 cents", 0.81, "money", "estimated adjusted profit per share", unit="USD")
DO = dict(speaker="Dana Okoye", aliases=["Okoye"])
a(
    "more than 300",
    300,
    "count",
    "new deals for the model-security platform",
    q="more_than",
    period="the quarter",
    **DO,
)
a(
    "roughly twice",
    2,
    "measure",
    "new deals relative to plan",
    q="approximate",
    unit="times",
    opt=True,
    **DO,
)
a("3,100", 3100, "count", "customers paying more than $100,000 a year", **DO)
a(
    "$100,000",
    100000,
    "money",
    "annual spending threshold of large customers",
    unit="USD",
    q="more_than",
    opt=True,
    **DO,
)
a(
    "passed $900 million",
    900e6,
    "money",
    "annual recurring revenue from AI security products",
    q="more_than",
    unit="USD",
    **DO,
)
a(
    "between $2.48 billion and $2.52 billion",
    2.48e9,
    "money",
    "second-quarter revenue forecast",
    q="range",
    unit="USD",
    low=2.48e9,
    high=2.52e9,
    **VX,
)
a("$2.49 billion", 2.49e9, "money", "analysts' second-quarter revenue estimate", unit="USD", **LSEG)
MF = dict(speaker="Mark Feld", aliases=["Feld"])
a("24%", 24, "percent", "rise in remaining performance obligations", unit="percent", **MF)
a("$14.2 billion", 14.2e9, "money", "remaining performance obligations", unit="USD", **MF)
a("22%", 22, "percent", "fall in Veltrix shares this year", unit="percent")
a(
    "4%",
    4,
    "percent",
    "gain in the Nasdaq Composite this year",
    unit="percent",
    after="compared with a ",
)
ML = dict(speaker="Mara Lindqvist", aliases=["Lindqvist", "Jefferies"])
a(
    "about 17%",
    17,
    "percent",
    "revenue growth implied for the second half",
    q="approximate",
    unit="percent",
    **ML,
)
a("six quarters", 6, "duration", "period of the ARR comparison", unit="quarter", opt=True, **ML)
a("$310", 310, "money", "new price target", unit="USD", **ML)
a("$285", 285, "money", "previous price target", unit="USD", **ML)
a(
    "about 1.5 percentage points",
    1.5,
    "percent",
    "gross margin lost to price discounts",
    q="approximate",
    unit="percentage point",
    speaker="Carlos Urena",
    aliases=["Urena", "D.A. Davidson"],
)
a("76.8%", 76.8, "percent", "gross margin", unit="percent")
a("78.1%", 78.1, "percent", "gross margin a year earlier", unit="percent")
a(
    "about 6%",
    6,
    "percent",
    "share of workforce cut",
    q="approximate",
    unit="percent",
    period="February",
)

GOLD.build()
