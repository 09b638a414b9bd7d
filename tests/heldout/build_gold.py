"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout/build_gold.py``. Each annotation names the
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


# --------------------------------------------------------------------------- annotations
doc("200_state-dept-briefing-2023-03-14.txt", "2023-03-14", "Ned Price", ["MR PRICE", "Price"])
US = "United States"
a(
    "more than $185 million",
    185e6,
    "money",
    "additional humanitarian assistance for the people of Syria and Türkiye",
    q="more_than",
    unit="USD",
    subject=US,
)
a(
    "over $370 million",
    370e6,
    "money",
    "total humanitarian assistance for the earthquake response",
    q="more_than",
    unit="USD",
    subject=US,
)
a(
    "roughly 1.2 million",
    1.2e6,
    "count",
    "people reached with emergency shelter, clean water and health services",
    q="approximate",
    subject="Syria and Türkiye",
)
a(
    "some 8.8 million",
    8.8e6,
    "count",
    "people in Syria affected by the earthquake",
    q="approximate",
    subject="Syria",
    speaker="United Nations",
    aliases=["UN", "the UN"],
)
a(
    "40 percent",
    40,
    "percent",
    "share of the flash appeal funded",
    unit="percent",
    subject="Syria",
    speaker="United Nations",
    aliases=["UN", "the UN"],
)
a(
    "$185 million",
    185e6,
    "money",
    "additional humanitarian assistance",
    unit="USD",
    subject=US,
    speaker=None,
    after="Is the ",
)
a(
    "nearly $16 billion",
    16e9,
    "money",
    "humanitarian assistance for Syrians",
    q="nearly",
    unit="USD",
    subject=US,
    period="since the start of the conflict",
)
a(
    "more than four million",
    4e6,
    "count",
    "people in northwest Syria who depend on cross-border aid",
    q="more_than",
    subject="northwest Syria",
)
a(
    "upwards of 500",
    500,
    "count",
    "trucks moved through the crossings since the earthquake",
    q="more_than",
    subject="UN",
    period="since the earthquake",
)
a("three", 3, "count", "border crossings used", subject="UN", after="trucks through the ", opt=True)
a(
    "up to 60 percent",
    60,
    "percent",
    "enrichment level of Iran's uranium stockpile",
    q="at_most",
    unit="percent",
    subject="Iran",
    speaker="IAEA",
    aliases=["International Atomic Energy Agency"],
    opt=True,
)
a(
    "87.5 kilograms",
    87.5,
    "measure",
    "stockpile of uranium enriched up to 60 percent",
    unit="kg",
    subject="Iran",
    speaker="IAEA",
    aliases=["International Atomic Energy Agency", "The IAEA"],
)
a(
    "about 400 days",
    400,
    "duration",
    "wait time for a visa interview",
    q="approximate",
    unit="day",
    subject="some posts",
    speaker=None,
)
a(
    "almost 7 million",
    7e6,
    "count",
    "nonimmigrant visas issued",
    q="nearly",
    subject=US,
    period="last fiscal year",
)
a(
    "about a third",
    33.33,
    "percent",
    "decline in median wait times for interview appointments",
    q="approximate",
    unit="percent",
    subject=US,
    period="since last summer",
)
a(
    "1,200",
    1200,
    "count",
    "additional consular staff brought on",
    subject=US,
    period="first quarter",
)

doc(
    "201_uk-gov-flood-defences-2023-11-09.txt",
    "2023-11-09",
    "Prime Minister",
    ["The Prime Minister", "Prime Minister's Office"],
)
EN = "England"
a("£2.5 billion", 2.5e9, "money", "boost for flood defences", unit="GBP", subject=EN)
a(
    "an estimated 66,000",
    66000,
    "count",
    "more homes protected by the new funding",
    q="approximate",
    subject=EN,
    period="by 2027",
)
a(
    "£2.5 billion",
    2.5e9,
    "money",
    "funding to build and repair flood defences",
    unit="GBP",
    subject=EN,
    period="next two years",
    speaker=None,
    after="Published 9 November 2023",
)
a(
    "two years",
    2,
    "duration",
    "period of the flood defence funding",
    unit="year",
    subject=EN,
    speaker=None,
    after="over the next ",
    opt=True,
)
a(
    "more than 200",
    200,
    "count",
    "new flood schemes to begin construction",
    q="more_than",
    subject=EN,
    speaker=None,
)
a(
    "around 1 in 6",
    16.67,
    "percent",
    "share of properties in England at risk of flooding",
    q="approximate",
    unit="percent",
    subject=EN,
    speaker=None,
)
a(
    "£5.2 billion",
    5.2e9,
    "money",
    "flood defence programme announced in 2020",
    unit="GBP",
    subject=EN,
    speaker=None,
)
a("more than 500", 500, "count", "flood schemes completed", q="more_than", subject=EN, speaker=None)
a(
    "some 314,000",
    314000,
    "count",
    "properties better protected",
    q="approximate",
    subject=EN,
    period="since 2020",
    speaker=None,
)
a(
    "thousands",
    1000,
    "count",
    "families whose homes flooded last winter",
    q="at_least",
    subject=EN,
    opt=True,
)
a(
    "£2.5bn",
    2.5e9,
    "money",
    "investment in flood defences",
    unit="GBP",
    subject=EN,
    period="over two years",
)
a(
    "two years",
    2,
    "duration",
    "period of the flood defence investment",
    unit="year",
    subject=EN,
    after="£2.5bn over ",
    opt=True,
)
WH = ("Claire Whitmore", ["Environment Secretary Claire Whitmore", "Whitmore"])
a(
    "Around 5.2 million",
    5.2e6,
    "count",
    "properties in England at risk of flooding",
    q="approximate",
    subject=EN,
    speaker=WH[0],
    aliases=WH[1],
)
a(
    "about 16 centimetres",
    16,
    "measure",
    "sea level rise around the coast",
    q="approximate",
    unit="cm",
    subject=EN,
    period="since 1900",
    speaker=WH[0],
    aliases=WH[1],
)
a(
    "up to a further 1.1 metres",
    1.1,
    "measure",
    "possible further sea level rise",
    q="at_most",
    unit="m",
    subject=EN,
    period="by 2100",
    speaker=WH[0],
    aliases=WH[1],
)
EA = ("Environment Agency", ["The Environment Agency"])
a(
    "more than 3,000 km",
    3000,
    "measure",
    "watercourses cleared",
    q="more_than",
    unit="km",
    subject=EN,
    period="past 12 months",
    speaker=EA[0],
    aliases=EA[1],
)
a(
    "12 months",
    12,
    "duration",
    "period of watercourse clearance",
    unit="month",
    speaker=EA[0],
    aliases=EA[1],
    opt=True,
)
a(
    "1.6 million",
    1.6e6,
    "count",
    "people reached by flood warnings",
    subject=EN,
    speaker=EA[0],
    aliases=EA[1],
)
a(
    "15 minutes",
    15,
    "duration",
    "time for flood warnings to reach people",
    unit="minute",
    speaker=EA[0],
    aliases=EA[1],
    opt=True,
)
CH = ("Chancellor", ["The Chancellor", "Chancellor of the Exchequer"])
a(
    "£25 million",
    25e6,
    "money",
    "Flood Recovery Framework funding",
    unit="GBP",
    subject=EN,
    speaker=CH[0],
    aliases=CH[1],
)
a(
    "up to £500",
    500,
    "money",
    "flood recovery grant per household",
    q="at_most",
    unit="GBP",
    subject=EN,
    speaker=CH[0],
    aliases=CH[1],
)
a(
    "up to £2,500",
    2500,
    "money",
    "flood recovery grant per business",
    q="at_most",
    unit="GBP",
    subject=EN,
    speaker=CH[0],
    aliases=CH[1],
)
a(
    "up to £25,000",
    25000,
    "money",
    "Farming Recovery Fund grant per eligible farmer",
    q="at_most",
    unit="GBP",
    subject=EN,
    speaker=CH[0],
    aliases=CH[1],
)
GV = ("Government", ["The Government", "UK Government", "HM Government"])
a(
    "4 per cent",
    4,
    "percent",
    "fall in average household flood insurance premium",
    unit="percent",
    subject="Flood Re",
    period="next year",
    speaker=GV[0],
    aliases=GV[1],
)
a(
    "10.5 per cent",
    10.5,
    "percent",
    "rise in average household flood insurance premium",
    unit="percent",
    subject="Flood Re",
    period="2022-23",
    speaker=GV[0],
    aliases=GV[1],
)

doc("202_nso-quarterly-bulletin-2024-11-14.txt", "2024-11-14")
E, Q3 = "economy", "Quarter 3 2024"
P = dict(unit="percent", subject=E)
a("0.4%", 0.4, "percent", "GDP growth", period=Q3, **P)
a("0.5%", 0.5, "percent", "first estimate of GDP growth", period=Q3, **P)
a("1.2%", 1.2, "percent", "year-on-year GDP growth", period=Q3, **P)
a("0.2%", 0.2, "percent", "growth in real GDP per head", period=Q3, **P)
a("0.8%", 0.8, "percent", "real GDP per head below its Quarter 4 2019 level", period=Q3, **P)
a("2.3%", 2.3, "percent", "CPI inflation", period="12 months to October 2024", **P)
a("1.7%", 1.7, "percent", "CPI inflation", period="September 2024", **P)
a(
    "9.5%",
    9.5,
    "percent",
    "rise in household energy prices on the month",
    period="October 2024",
    **P,
)
a("3.3%", 3.3, "percent", "core CPI inflation", period="October 2024", **P)
a("4.3%", 4.3, "percent", "unemployment rate", period=Q3, **P)
a(
    "0.2 percentage points",
    0.2,
    "percent",
    "rise in the unemployment rate on the previous quarter",
    unit="percentage point",
    subject=E,
    period=Q3,
)
a("74.8%", 74.8, "percent", "employment rate for people aged 16 to 64", period=Q3, **P)
a(
    "0.5%",
    0.5,
    "percent",
    "services output growth",
    period=Q3,
    after="Services output grew by ",
    **P,
)
a("1.9%", 1.9, "percent", "information and communication output growth", period=Q3, **P)
a("0.3%", 0.3, "percent", "fall in production output", period=Q3, **P)
a("2.1%", 2.1, "percent", "fall in manufacturing output", period=Q3, **P)
a(
    "Around two-thirds",
    66.67,
    "percent",
    "share of quarterly growth from household consumption",
    q="approximate",
    period=Q3,
    **P,
)
a(
    "second",
    2,
    "count",
    "consecutive quarters of falling business investment",
    subject=E,
    after="fell for the ",
    opt=True,
)
a(
    "an estimated 1.52 million",
    1.52e6,
    "count",
    "unemployed people",
    q="approximate",
    subject=E,
    period=Q3,
)
a("44,000", 44000, "count", "increase in unemployed people on the quarter", subject=E, period=Q3)
a("35,000", 35000, "count", "fall in job vacancies", subject=E, period=Q3)
a("831,000", 831000, "count", "job vacancies", subject=E, period=Q3)
a("tenth", 10, "count", "consecutive quarterly falls in vacancies", subject=E, opt=True)
a("4.8%", 4.8, "percent", "annual growth in regular pay", period=Q3, **P)
a(
    "over two years",
    2,
    "duration",
    "time since regular pay growth was this low",
    q="more_than",
    unit="year",
    subject=E,
    opt=True,
)
a(
    "2.1%",
    2.1,
    "percent",
    "regular pay growth adjusted for inflation",
    period=Q3,
    after="Adjusted for inflation",
    **P,
)
a("0.9%", 0.9, "percent", "central estimate of annual GDP growth", period="2024", **P)
a(
    "between 0.7 and 1.1 per cent",
    0.7,
    "percent",
    "likely range of annual GDP growth",
    q="range",
    low=0.7,
    high=1.1,
    period="2024",
    **P,
)
a(
    "between 2.5 and 3 per cent",
    2.5,
    "percent",
    "average CPI inflation expected by forecasters",
    q="range",
    low=2.5,
    high=3,
    period="2025",
    speaker="Treasury",
    aliases=["HM Treasury", "the Treasury", "Treasury's survey of independent forecasters"],
    **P,
)
HM = ("Helen Marsh", ["Dr Helen Marsh", "Deputy National Statistician Dr Helen Marsh"])
a(
    "4.3%",
    4.3,
    "percent",
    "unemployment rate",
    period=Q3,
    speaker=HM[0],
    aliases=HM[1],
    after="Unemployment edged up to ",
    **P,
)
a(
    "nearly 5 per cent",
    5,
    "percent",
    "pay growth",
    q="nearly",
    period=Q3,
    speaker=HM[0],
    aliases=HM[1],
    **P,
)

doc("203_who-cholera-situation-2024-08-22.txt", "2024-08-22")
G, YTD, JUL = "global", "2024 as of 28 July", "July 2024"
a("307 433", 307433, "count", "cumulative cholera cases", subject=G, period=YTD)
a("2 326", 2326, "count", "cumulative cholera deaths", subject=G, period=YTD)
a(
    "26",
    26,
    "count",
    "countries reporting cholera cases",
    subject=G,
    period=YTD,
    after="reported from ",
)
a(
    "five",
    5,
    "count",
    "WHO regions reporting cholera cases",
    subject=G,
    period=YTD,
    after="26 countries across ",
)
a("27 212", 27212, "count", "new cholera cases", subject=G, period=JUL)
a("163", 163, "count", "cholera deaths", subject=G, period=JUL)
a("19", 19, "count", "countries reporting cholera cases", subject=G, period=JUL)
a(
    "15%",
    15,
    "percent",
    "decrease in cholera cases compared with June",
    unit="percent",
    subject=G,
    period=JUL,
)
a(
    "20%",
    20,
    "percent",
    "decrease in cholera deaths compared with June",
    unit="percent",
    subject=G,
    period=JUL,
)
a(
    "at least 14 500",
    14500,
    "count",
    "cholera cases in the African Region",
    q="at_least",
    subject="African Region",
    period=JUL,
)
a(
    "An estimated one in five",
    20,
    "percent",
    "share of reported cases that were children under five",
    q="approximate",
    unit="percent",
    subject=G,
    period=YTD,
)
a(
    "5 million",
    5e6,
    "count",
    "emergency threshold of the oral cholera vaccine stockpile",
    subject=G,
    opt=True,
)
a(
    "12 consecutive weeks",
    12,
    "duration",
    "time the vaccine stockpile has been below the emergency threshold",
    unit="week",
    subject=G,
    opt=True,
)
a(
    "18",
    18,
    "count",
    "requests for oral cholera vaccine submitted to the ICG",
    subject=G,
    period="since January 2024",
    after="Since January, ",
)
a(
    "some 26 million",
    26e6,
    "count",
    "oral cholera vaccine doses requested",
    q="approximate",
    subject=G,
    period="since January 2024",
)
a(
    "1.9%",
    1.9,
    "percent",
    "case fatality rate",
    unit="percent",
    subject="African Region",
    period=JUL,
)
a(
    "1%",
    1,
    "percent",
    "target case fatality rate for adequate case management",
    unit="percent",
    opt=True,
)
a(
    "at least 390",
    390,
    "count",
    "cholera deaths",
    q="at_least",
    subject="Sudan",
    period="since the start of 2024",
)
a(
    "nearly half",
    50,
    "percent",
    "share of deaths occurring in the community",
    q="nearly",
    unit="percent",
    subject="Sudan",
)
a(
    "almost 60 000",
    60000,
    "count",
    "suspected cholera cases",
    q="nearly",
    subject="Yemen",
    period="January to July 2024",
)
a(
    "roughly a quarter",
    25,
    "percent",
    "share of all cholera cases reported globally",
    q="approximate",
    unit="percent",
    subject="Yemen",
    period="January to July 2024",
)
a("1 870", 1870, "count", "cholera cases", subject="Afghanistan", period=JUL)
a(
    "9%",
    9,
    "percent",
    "increase in cholera cases on June",
    unit="percent",
    subject="Afghanistan",
    period=JUL,
)
a(
    "fewer than 40%",
    40,
    "percent",
    "share of districts covered by surveillance in conflict-affected areas",
    q="less_than",
    unit="percent",
    subject="conflict-affected areas",
    speaker="Ana Ruiz",
    aliases=["Dr Ana Ruiz"],
)
a("over 120", 120, "count", "experts deployed to affected countries", q="more_than", subject="WHO")
a(
    "more than 350 tonnes",
    350,
    "measure",
    "supplies shipped",
    q="more_than",
    unit="tonne",
    subject="WHO",
)
a(
    "90,000",
    90000,
    "count",
    "people who can be treated with the cholera kits shipped",
    subject="WHO",
)
a(
    "US$ 2.4 million",
    2.4e6,
    "money",
    "Contingency Fund for Emergencies release for the cholera response",
    unit="USD",
    subject="WHO",
)
a("US$ 50 million", 50e6, "money", "WHO appeal for the cholera response", unit="USD", subject="WHO")
a("24%", 24, "percent", "share of WHO appeal funded", unit="percent", subject="WHO")

doc(
    "204_wire-ghana-cocoa-2024-10-03.txt",
    "2024-10-03",
    "Ghana Cocoa Board",
    ["COCOBOD", "Ghana Cocoa Board (COCOBOD)", "Ghana Cocoa Board officials"],
)
GH = "Ghana"
a(
    "third",
    3,
    "count",
    "consecutive seasons of falling cocoa output",
    subject=GH,
    speaker=None,
    opt=True,
)
a(
    "around 650,000 tonnes",
    650000,
    "measure",
    "cocoa output",
    q="approximate",
    unit="tonne",
    subject=GH,
    period="2024/25 season",
)
a(
    "1.05 million tonnes",
    1.05e6,
    "measure",
    "cocoa output",
    unit="tonne",
    subject=GH,
    period="three years ago",
)
a(
    "three years ago",
    3,
    "duration",
    "time since output was 1.05 million tonnes",
    unit="year",
    subject=GH,
    opt=True,
)
a("second-largest", 2, "rank", "cocoa producer", subject=GH, opt=True)
a(
    "more than 500,000 hectares",
    500000,
    "measure",
    "farmland infected with swollen shoot disease",
    q="more_than",
    unit="hectare",
    subject=GH,
)
SO = ("Samuel Owusu-Ansah", ["Owusu-Ansah"])
a(
    "100,000 hectares",
    100000,
    "measure",
    "farmland to be rehabilitated",
    unit="hectare",
    subject="Ghana Cocoa Board",
    period="next year",
    speaker=SO[0],
    aliases=SO[1],
)
a(
    "almost a fifth",
    20,
    "percent",
    "share of cocoa farms being lost to swollen shoot disease",
    q="nearly",
    unit="percent",
    subject=GH,
    speaker=SO[0],
    aliases=SO[1],
)
a(
    "40 years",
    40,
    "duration",
    "period in which swollen shoot is the biggest threat",
    unit="year",
    subject=GH,
    speaker=SO[0],
    aliases=SO[1],
    opt=True,
)
a(
    "$1.3 billion",
    1.3e9,
    "money",
    "syndicated loan to buy cocoa beans",
    unit="USD",
    subject="Ghana Cocoa Board",
    speaker=SO[0],
    aliases=SO[1],
)
a(
    "about 30%",
    30,
    "percent",
    "shortfall of the loan relative to the amount sought",
    q="approximate",
    unit="percent",
    subject="Ghana Cocoa Board",
    speaker=SO[0],
    aliases=SO[1],
)
a(
    "an estimated 150,000 tonnes",
    150000,
    "measure",
    "cocoa lost to smuggling",
    q="approximate",
    unit="tonne",
    subject=GH,
    period="last season",
    speaker=SO[0],
    aliases=SO[1],
)
a(
    "at least $2.8 billion",
    2.8e9,
    "money",
    "cocoa export earnings",
    q="at_least",
    unit="USD",
    subject=GH,
    period="2024",
    speaker="Kofi Asante",
    aliases=["Finance Minister Kofi Asante"],
)
a(
    "more than doubled",
    2,
    "measure",
    "rise in New York cocoa futures",
    q="more_than",
    unit="times",
    subject="cocoa futures",
    period="past 12 months",
    speaker=None,
    opt=True,
)
a(
    "12 months",
    12,
    "duration",
    "period of the rise in cocoa futures",
    unit="month",
    speaker=None,
    opt=True,
)
a(
    "$12,000",
    12000,
    "money",
    "New York cocoa futures price per tonne",
    unit="USD",
    subject="cocoa futures",
    period="April 2024",
    speaker=None,
)
a(
    "48,000 cedis",
    48000,
    "money",
    "price paid to farmers per tonne of cocoa",
    unit="GHS",
    subject=GH,
    period="current crop",
    date="2024-10-01",
)
a(
    "45 percent",
    45,
    "percent",
    "increase in the price paid to farmers",
    unit="percent",
    subject=GH,
    period="current crop",
    date="2024-10-01",
)
MK = ("Marta Kowalczyk", ["Kowalczyk"])
a(
    "350 to 400 kg",
    350,
    "measure",
    "Ghanaian cocoa yields per hectare",
    q="range",
    low=350,
    high=400,
    unit="kg",
    subject=GH,
    speaker=MK[0],
    aliases=MK[1],
)
a(
    "less than half",
    50,
    "percent",
    "Ghanaian yields relative to those in Ivory Coast",
    q="less_than",
    unit="percent",
    subject=GH,
    speaker=MK[0],
    aliases=MK[1],
)
a(
    "462,000 tonnes",
    462000,
    "measure",
    "global cocoa supply deficit",
    unit="tonne",
    subject="world",
    period="2023/24 season",
    speaker="International Cocoa Organization",
    aliases=["ICCO"],
)
a(
    "more than 60 years",
    60,
    "duration",
    "period in which the deficit is the largest",
    q="more_than",
    unit="year",
    subject="world",
    speaker="International Cocoa Organization",
    aliases=["ICCO"],
    opt=True,
)
a(
    "nearly 60%",
    60,
    "percent",
    "share of global cocoa supply from Ghana and Ivory Coast",
    q="nearly",
    unit="percent",
    subject="Ghana and Ivory Coast",
    speaker=None,
)
a(
    "$400",
    400,
    "money",
    "living income differential per tonne",
    unit="USD",
    subject="Ghana and Ivory Coast",
    speaker=None,
)
a("15.7 cedis", 15.7, "money", "cedis per US dollar", unit="GHS", speaker=None, opt=True)

doc("205_mfa-lin-jian-presscon-2025-03-12.txt", "2025-03-12", "Lin Jian")
CN = "China"
a(
    "7.2 percent",
    7.2,
    "percent",
    "increase in defense budget",
    unit="percent",
    subject=CN,
    period="2025",
    speaker="AFP",
)
a(
    "about 1.78 trillion yuan",
    1.78e12,
    "money",
    "defense budget",
    q="approximate",
    unit="CNY",
    subject=CN,
    period="2025",
    speaker="AFP",
)
a(
    "below 1.5 percent",
    1.5,
    "percent",
    "defense spending as a percentage of GDP",
    q="less_than",
    unit="percent",
    subject=CN,
    period="many years",
)
a(
    "about one fifth",
    20,
    "percent",
    "per capita defense spending relative to the United States",
    q="approximate",
    unit="percent",
    subject=CN,
)
a(
    "nine",
    9,
    "count",
    "next countries whose combined military budgets the US exceeds",
    subject="United States",
    opt=True,
)
a(
    "11.4%",
    11.4,
    "percent",
    "decline in exports to the US",
    unit="percent",
    subject=CN,
    period="first two months of 2025",
    speaker="General Administration of Customs",
    aliases=["Bloomberg", "GACC"],
)
a(
    "688.3 billion US dollars",
    688.3e9,
    "money",
    "China-US trade",
    unit="USD",
    subject="China-US",
    period="2024",
)
a(
    "80th anniversary",
    80,
    "anniversary",
    "anniversary of the victory of the Chinese People's War of Resistance Against Japanese Aggression",  # noqa: E501
    subject=CN,
    speaker="CCTV",
)
a("14 years", 14, "duration", "length of the war", unit="year", subject=CN, opt=True)
a(
    "more than 35 million",
    35e6,
    "count",
    "military and civilian casualties in the war",
    q="more_than",
    subject=CN,
)
a("64.88 million", 64.88e6, "count", "entries and exits by foreigners", subject=CN, period="2024")
a(
    "78.6 percent",
    78.6,
    "percent",
    "year-on-year increase in entries and exits by foreigners",
    unit="percent",
    subject=CN,
    period="2024",
)
a("20.12 million", 20.12e6, "count", "visa-free entries", subject=CN, period="2024")
a(
    "112.3 percent",
    112.3,
    "percent",
    "increase in visa-free entries",
    unit="percent",
    subject=CN,
    period="2024",
)
a("38", 38, "count", "countries offered unilateral visa-free treatment", subject=CN)
a("240 hours", 240, "duration", "transit visa-free stay", unit="hour", subject=CN)
a(
    "two",
    2,
    "count",
    "Chinese vessels that used water cannon",
    subject=CN,
    speaker="Philippine coast guard",
    aliases=["Reuters"],
    after="coast guard said ",
    opt=True,
)
a(
    "295 billion dollars",
    295e9,
    "money",
    "China-Africa trade",
    q="more_than",
    unit="USD",
    subject="China-Africa",
    period="2024",
    speaker="Ministry of Commerce",
    aliases=["Shenzhen TV", "MOFCOM"],
)
a(
    "16 consecutive years",
    16,
    "duration",
    "time China has been Africa's largest trading partner",
    unit="year",
    subject=CN,
)
a("ten", 10, "count", "partnership actions announced at the FOCAC Summit", subject=CN, opt=True)

doc("206_scio-white-paper-energy-2024-08.txt", "2024-08-29")
D = "2012 to 2022"
a(
    "3 percent",
    3,
    "percent",
    "average annual growth of total energy consumption",
    unit="percent",
    subject=CN,
    period=D,
)
a(
    "6.2 percent",
    6.2,
    "percent",
    "average annual economic growth",
    unit="percent",
    subject=CN,
    period=D,
)
a(
    "26.4 percent",
    26.4,
    "percent",
    "fall in energy consumption per unit of GDP",
    unit="percent",
    subject=CN,
    period=D,
)
a(
    "about 1.4 billion tonnes",
    1.4e9,
    "measure",
    "standard coal saved",
    q="approximate",
    unit="tonne",
    subject=CN,
    period=D,
)
a(
    "68.5 percent",
    68.5,
    "percent",
    "share of coal in primary energy consumption",
    unit="percent",
    subject=CN,
    period="2012",
)
a(
    "56.2 percent",
    56.2,
    "percent",
    "share of coal in primary energy consumption",
    unit="percent",
    subject=CN,
    period="2022",
)
a(
    "12.3 percentage points",
    12.3,
    "percent",
    "fall in coal's share of primary energy consumption",
    unit="percentage point",
    subject=CN,
    period=D,
)
a(
    "25.9 percent",
    25.9,
    "percent",
    "share of clean energy in energy consumption",
    unit="percent",
    subject=CN,
    period="2022",
)
a(
    "more than 1,000 GW",
    1000,
    "measure",
    "coal-fired units meeting ultra-low emission standards",
    q="more_than",
    unit="GW",
    subject=CN,
)
a(
    "over 90 percent",
    90,
    "percent",
    "share of coal-fired units meeting ultra-low emission standards",
    q="more_than",
    unit="percent",
    subject=CN,
)
a(
    "1,050 GW",
    1050,
    "measure",
    "installed capacity of wind and solar power",
    unit="GW",
    subject=CN,
    period="end of 2023",
)
a(
    "nearly ten times",
    10,
    "measure",
    "wind and solar capacity relative to 2012",
    q="nearly",
    unit="times",
    subject=CN,
    period="end of 2023",
)
a(
    "more than a third",
    33.33,
    "percent",
    "share of wind and solar in total installed capacity",
    q="more_than",
    unit="percent",
    subject=CN,
    period="end of 2023",
)
a(
    "first",
    1,
    "rank",
    "nuclear power capacity under construction",
    subject=CN,
    after="ranks ",
    opt=True,
)
NEA = ("National Energy Administration", ["NEA"])
a(
    "20 million",
    20e6,
    "count",
    "new energy vehicles",
    q="more_than",
    subject=CN,
    period="end of 2023",
    speaker=NEA[0],
    aliases=NEA[1],
)
a(
    "more than half",
    50,
    "percent",
    "share of the global new energy vehicle fleet",
    q="more_than",
    unit="percent",
    subject=CN,
    period="end of 2023",
    speaker=NEA[0],
    aliases=NEA[1],
)
a(
    "some 48,000 km",
    48000,
    "measure",
    "length of ultra-high voltage power lines",
    q="approximate",
    unit="km",
    subject=CN,
    period=D,
)
a(
    "up to 3,000 km",
    3000,
    "measure",
    "transmission distance of ultra-high voltage lines",
    q="at_most",
    unit="km",
    subject=CN,
)
a(
    "676 billion US dollars",
    676e9,
    "money",
    "investment in the energy transition",
    unit="USD",
    subject=CN,
    period="2023",
)
a(
    "over 80 percent",
    80,
    "percent",
    "fall in the cost of solar photovoltaic generation",
    q="more_than",
    unit="percent",
    subject=CN,
    period="2013 to 2023",
)
a(
    "about 60 percent",
    60,
    "percent",
    "fall in the cost of onshore wind generation",
    q="approximate",
    unit="percent",
    subject=CN,
    period="2013 to 2023",
)
a(
    "around 20 percent",
    20,
    "percent",
    "target share of non-fossil fuels in energy consumption",
    q="approximate",
    unit="percent",
    subject=CN,
    period="14th Five-Year Plan period",
)
a(
    "between 25 and 30 percent",
    25,
    "percent",
    "target share of non-fossil fuels in energy consumption",
    q="range",
    low=25,
    high=30,
    unit="percent",
    subject=CN,
    period="by 2030",
)
a(
    "6 billion cubic metres",
    6e9,
    "measure",
    "pledged increase in forest stock volume over the 2005 level",
    unit="cubic metre",
    subject=CN,
    period="by 2030",
)

doc("207_ec-press-release-offshore-wind-2024-06-18.html", "2024-06-18")
DK = "Denmark"
a("€3.2 billion", 3.2e9, "money", "Danish scheme to support offshore wind", unit="EUR", subject=DK)
a(
    "€3.2 billion",
    3.2e9,
    "money",
    "Danish scheme to support offshore wind",
    unit="EUR",
    subject=DK,
    after="The European Commission has approved",
)
a(
    "approximately DKK 23.9 billion",
    23.9e9,
    "money",
    "Danish scheme to support offshore wind",
    q="approximate",
    unit="DKK",
    subject=DK,
)
a(
    "at least 3 GW",
    3,
    "measure",
    "offshore wind capacity to be built",
    q="at_least",
    unit="GW",
    subject=DK,
)
a(
    "20 years",
    20,
    "duration",
    "period of the contract for difference",
    unit="year",
    subject=DK,
    opt=True,
)
DA = ("Danish authorities", ["The Danish authorities"])
a(
    "around 12 terawatt hours",
    12,
    "measure",
    "electricity generated by the new wind farms per year",
    q="approximate",
    unit="TWh",
    subject=DK,
    speaker=DA[0],
    aliases=DA[1],
)
a(
    "more than 3 million",
    3e6,
    "count",
    "households whose annual consumption is covered",
    q="more_than",
    subject=DK,
    speaker=DA[0],
    aliases=DA[1],
)
a(
    "some 4.5 million tonnes",
    4.5e6,
    "measure",
    "CO2 emissions avoided every year",
    q="approximate",
    unit="tonne",
    subject=DK,
    speaker=DA[0],
    aliases=DA[1],
)
ML = ("Margrethe Lindqvist", ["Executive Vice-President Margrethe Lindqvist", "Lindqvist"])
a(
    "€3.2 billion",
    3.2e9,
    "money",
    "Danish scheme to support offshore wind",
    unit="EUR",
    subject=DK,
    speaker=ML[0],
    aliases=ML[1],
    after="This ",
)
a(
    "nearly double",
    2,
    "measure",
    "increase in Denmark's offshore wind capacity",
    q="nearly",
    unit="times",
    subject=DK,
    speaker=ML[0],
    aliases=ML[1],
    opt=True,
)
a(
    "2.7 GW",
    2.7,
    "measure",
    "Denmark's current offshore wind capacity",
    unit="GW",
    subject=DK,
    speaker=ML[0],
    aliases=ML[1],
)
a(
    "more than 15%",
    15,
    "percent",
    "share of electricity demand covered by offshore wind in coastal Member States",
    q="more_than",
    unit="percent",
    subject="EU coastal Member States",
    speaker=ML[0],
    aliases=ML[1],
)
a(
    "over 40",
    40,
    "count",
    "renewable energy schemes approved by the Commission",
    q="more_than",
    subject="European Commission",
    period="since the start of 2023",
    speaker=ML[0],
    aliases=ML[1],
)
a(
    "€78 billion",
    78e9,
    "money",
    "combined value of approved renewable energy schemes",
    unit="EUR",
    subject="European Commission",
    period="since the start of 2023",
    speaker=ML[0],
    aliases=ML[1],
)
WE = ("WindEurope", [])
a(
    "16.2 GW",
    16.2,
    "measure",
    "new wind capacity installed",
    unit="GW",
    subject="EU",
    period="2023",
    speaker=WE[0],
    aliases=WE[1],
)
a(
    "3.8 GW",
    3.8,
    "measure",
    "new offshore wind capacity installed",
    unit="GW",
    subject="EU",
    period="2023",
    speaker=WE[0],
    aliases=WE[1],
)
a(
    "42.5%",
    42.5,
    "percent",
    "renewables target",
    unit="percent",
    subject="EU",
    period="2030",
    speaker=WE[0],
    aliases=WE[1],
)
a(
    "33 GW",
    33,
    "measure",
    "average annual wind installations needed",
    unit="GW",
    subject="EU",
    period="to 2030",
    speaker=WE[0],
    aliases=WE[1],
)

doc("208_portal-two-stories-2025-04-22.txt", "2025-04-22")
RO = ("China State Railway Group", ["the national railway operator", "national railway operator"])
a(
    "48,000 km",
    48000,
    "measure",
    "length of the high-speed rail network",
    q="more_than",
    unit="km",
    subject=CN,
    opt=True,
)
a(
    "more than 48,000 km",
    48000,
    "measure",
    "length of the high-speed railway network",
    q="more_than",
    unit="km",
    subject=CN,
    speaker=RO[0],
    aliases=RO[1],
)
a(
    "about 2.5 hours",
    2.5,
    "duration",
    "previous journey time between Xi'an and Yan'an",
    q="approximate",
    unit="hour",
    subject="Xi'an-Yan'an line",
    speaker=RO[0],
    aliases=RO[1],
)
a(
    "60 minutes",
    60,
    "duration",
    "new journey time between Xi'an and Yan'an",
    unit="minute",
    subject="Xi'an-Yan'an line",
    speaker=RO[0],
    aliases=RO[1],
)
a("299-km", 299, "measure", "length of the new line", unit="km", subject="Xi'an-Yan'an line")
a(
    "42.7 billion yuan",
    42.7e9,
    "money",
    "construction cost of the line",
    unit="CNY",
    subject="Xi'an-Yan'an line",
)
a("six", 6, "count", "stations on the line", subject="Xi'an-Yan'an line", after="has ")
a(
    "350 km per hour",
    350,
    "measure",
    "design speed of the line",
    unit="km/h",
    subject="Xi'an-Yan'an line",
)
ZM = ("Zhao Ming", ["Zhao"])
a(
    "More than 90 percent",
    90,
    "percent",
    "share of cities with over 500,000 people served by high-speed rail",
    q="more_than",
    unit="percent",
    subject=CN,
    speaker=ZM[0],
    aliases=ZM[1],
)
a(
    "over 500,000",
    500000,
    "count",
    "population threshold of cities",
    q="more_than",
    subject=CN,
    speaker=ZM[0],
    aliases=ZM[1],
    opt=True,
)
a(
    "4.3 billion",
    4.3e9,
    "count",
    "railway passenger trips",
    subject=CN,
    period="2024",
    speaker=ZM[0],
    aliases=ZM[1],
)
a(
    "12 percent",
    12,
    "percent",
    "increase in railway passenger trips",
    unit="percent",
    subject=CN,
    period="2024",
    speaker=ZM[0],
    aliases=ZM[1],
)
a(
    "around RMB 800 billion",
    800e9,
    "money",
    "investment in fixed railway assets",
    q="approximate",
    unit="CNY",
    subject=CN,
    period="2025",
    speaker=ZM[0],
    aliases=ZM[1],
)
a(
    "3,000 km",
    3000,
    "measure",
    "new railway lines to be put into operation",
    unit="km",
    subject=CN,
    period="2025",
    speaker=ZM[0],
    aliases=ZM[1],
)
a(
    "44C",
    44,
    "measure",
    "temperature in southern Europe",
    q="nearly",
    unit="degree Celsius",
    subject="southern Europe",
    opt=True,
)
AE = ("AEMET", ["Spain's state weather agency AEMET", "Spain's state weather agency"])
a(
    "44 degrees Celsius",
    44,
    "measure",
    "possible temperature in parts of Andalusia this week",
    unit="degree Celsius",
    subject="Andalusia",
    speaker=AE[0],
    aliases=AE[1],
)
a(
    "at least 12",
    12,
    "count",
    "wildfires firefighters were battling",
    q="at_least",
    subject="Portugal and Greece",
)
a(
    "some 2,300 hectares",
    2300,
    "measure",
    "forest burned",
    q="approximate",
    unit="hectare",
    subject="Portugal and Greece",
    period="since Saturday",
)
a(
    "around 600",
    600,
    "count",
    "residents evacuated from villages near Athens",
    q="approximate",
    subject="Greece",
)
a(
    "20%",
    20,
    "percent",
    "rise in admissions for heat-related illness",
    unit="percent",
    subject="Seville",
    period="weekend",
    speaker="Hospitals in Seville",
    aliases=["Seville hospitals"],
)
a(
    "More than 1,000",
    1000,
    "count",
    "deaths each year in Spain linked to extreme heat",
    q="more_than",
    subject="Spain",
    speaker="Carlos III Health Institute",
    aliases=[],
)

doc("209_speech-unep-halvorsen-2024-03-05.txt", "2024-03-05", "Ingrid Halvorsen", ["Halvorsen"])
W = "world"
a(
    "11 million",
    11e6,
    "measure",
    "plastic entering the ocean every year",
    unit="tonne",
    subject="ocean",
)
a(
    "nearly triple",
    3,
    "measure",
    "projected growth in plastic entering the ocean",
    q="nearly",
    unit="times",
    subject="ocean",
    period="by 2040",
    opt=True,
)
a(
    "one in three",
    33.33,
    "percent",
    "share of fish stocks fished beyond sustainable levels",
    unit="percent",
    subject="fish stocks",
    opt=True,
)
a(
    "One in three",
    33.33,
    "percent",
    "share of fish stocks fished beyond biologically sustainable levels",
    unit="percent",
    subject="fish stocks",
)
a(
    "one in ten",
    10,
    "percent",
    "share of fish stocks fished beyond sustainable levels",
    unit="percent",
    subject="fish stocks",
    period="1970s",
)
a(
    "$175 billion",
    175e9,
    "money",
    "annual financing needed to meet Sustainable Development Goal 14",
    unit="USD",
    subject=W,
)
a(
    "less than $10 billion",
    10e9,
    "money",
    "investment in ocean conservation",
    q="less_than",
    unit="USD",
    subject=W,
    period="between 2013 and 2018",
)
a(
    "one percent",
    1,
    "percent",
    "share of official development assistance invested in ocean conservation",
    q="less_than",
    unit="percent",
    subject=W,
    opt=True,
)
a(
    "roughly a quarter",
    25,
    "percent",
    "share of emitted carbon dioxide absorbed by the ocean",
    q="approximate",
    unit="percent",
    subject="ocean",
)
a(
    "more than 90%",
    90,
    "percent",
    "share of excess heat absorbed by the ocean",
    q="more_than",
    unit="percent",
    subject="ocean",
)
a(
    "Three billion",
    3e9,
    "count",
    "people who depend on the ocean for their livelihoods",
    subject="ocean",
)
a("198", 198, "count", "parties that agreed to transition away from fossil fuels", subject="COP28")
a(
    "2 degrees",
    2,
    "measure",
    "warming limit",
    q="less_than",
    unit="degree Celsius",
    subject=W,
    opt=True,
)
a(
    "30 percent",
    30,
    "percent",
    "share of the ocean to be protected",
    unit="percent",
    subject="ocean",
    period="by 2030",
)
a(
    "about 8 percent",
    8,
    "percent",
    "share of the ocean protected",
    q="approximate",
    unit="percent",
    subject="ocean",
)
a(
    "less than 3 percent",
    3,
    "percent",
    "share of the ocean fully or highly protected",
    q="less_than",
    unit="percent",
    subject="ocean",
)
a("five years", 5, "duration", "time to double blue finance", unit="year", subject=W, opt=True)
a(
    "$50 million",
    50e6,
    "money",
    "Programme's first contribution to blue finance",
    unit="USD",
    subject="Global Environment Programme",
)
a(
    "14",
    14,
    "count",
    "countries pledged to match the contribution",
    subject=W,
    after="announce that ",
)


if __name__ == "__main__":
    GOLD.build()
