"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout5/build_gold.py``. Each annotation names the
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

# Conventions (as tests/heldout4 and /work/shared/corpus-extra, see README.md): headline and
# standfirst figures optional; the page's own voice and unnamed sources ("official data showed",
# "two aid officials, speaking on condition of anonymity", "there are reports") have speaker None,
# judged sentence by sentence; in a transcript the outlet that asks speaks for its question, a
# bare QUESTION: is None, and a figure a question attributes ("The UN says", "According to the
# European Commission", "Germany has said") is that source's (the outlet an alias); "according
# to X" / "figures from X show" / "Department figures show" are X; a figure a spokesperson relays
# from a minister or the Secretary is theirs, dated the day they said it; every sentence of a
# multi-sentence quote, and a quote's second paragraph, is the quoted speaker's; "she added" /
# "she said" are the official named before; date = the day the claim was stated ("on Friday",
# "yesterday", "on Monday" resolved against the publication day); time spans that only date a
# figure ("over the past three years", "in the last three months") are optional.

# 600: MFA regular press conference (Tuesday 17 March 2026).
doc("600_mfa-mao-ning-presscon-2026-03-17.txt", "2026-03-17", "Mao Ning")
a("More than 400", 400, "count", "participants in Lancang-Mekong Cooperation Week", q="more_than")
a("over 30", 30, "count", "events of the cooperation week", q="more_than")
NIA = dict(
    speaker="National Immigration Administration", aliases=["NIA", "CCTV"], date="2026-03-13"
)
a(
    "6.2 million",
    6.2e6,
    "count",
    "entries into China by foreigners",
    period="first two months of this year",
    **NIA,
)
a("two months", 2, "duration", "period of the entries", unit="month", opt=True, **NIA)
a("38 percent", 38, "percent", "year-on-year rise in entries by foreigners", unit="percent", **NIA)
a("48", 48, "count", "countries granted unilateral visa-free treatment", subject="China")
a(
    "71.5 percent",
    71.5,
    "percent",
    "share of visa-free entries among foreign nationals' entries",
    unit="percent",
    period="since the beginning of this year",
)
a(
    "305 billion euros",
    305e9,
    "money",
    "EU trade deficit with China",
    unit="EUR",
    period="last year",
    speaker="European Commission",
    aliases=["Reuters"],
)
WY = dict(speaker="Wang Yi", aliases=["Foreign Minister Wang Yi"], date="2026-03-16")
a(
    "9 percent",
    9,
    "percent",
    "growth of China's imports of EU agricultural products",
    unit="percent",
    period="last year",
    **WY,
)
a(
    "more than 10 billion euros",
    10e9,
    "money",
    "Chinese investment in European manufacturing",
    q="more_than",
    unit="EUR",
    period="past three years",
    **WY,
)
a("three years", 3, "duration", "investment period", unit="year", after="the past ", opt=True, **WY)
a("some 60,000", 60000, "count", "local jobs created", q="approximate", **WY)
a(
    "27 percent",
    27,
    "percent",
    "fall in China's exports of rare earth magnets",
    unit="percent",
    period="February",
    speaker="Bloomberg",
    aliases=[],
)
a(
    "more than 1,200",
    1200,
    "count",
    "export license applications approved",
    q="more_than",
    period="since October",
)
a(
    "70th anniversary",
    70,
    "anniversary",
    "anniversary of China-Egypt diplomatic ties",
    speaker="China Daily",
    aliases=[],
)
a("70 years", 70, "duration", "years of China-Egypt relations", unit="year", opt=True)
a(
    "13 consecutive years",
    13,
    "duration",
    "years as Egypt's largest trading partner",
    unit="year",
    subject="China",
)
a(
    "17.2 billion US dollars",
    17.2e9,
    "money",
    "China-Egypt bilateral trade",
    unit="USD",
    period="2025",
)
a("Around 2,000", 2000, "count", "Chinese companies operating in Egypt", q="approximate")

# 601: Xinhua report of an SCIO press conference (Thursday 16 April 2026).
doc("601_xinhua-scio-q1-economy-2026-04-16.txt", "2026-04-16", None)
a("5.2 pct", 5.2, "percent", "GDP growth in Q1", unit="percent", opt=True)
a(
    "5.2 percent",
    5.2,
    "percent",
    "year-on-year GDP growth",
    unit="percent",
    subject="China",
    period="first quarter of 2026",
)
a(
    "33.4 trillion yuan",
    33.4e12,
    "money",
    "GDP",
    unit="CNY",
    period="January-March period",
    speaker="National Bureau of Statistics",
    aliases=["NBS"],
)
QB = dict(speaker="Qiu Baohua", aliases=["Qiu"])
a(
    "6.1 percent",
    6.1,
    "percent",
    "rise in value-added industrial output",
    unit="percent",
    period="first quarter",
    **QB,
)
a("4.7 percent", 4.7, "percent", "rise in retail sales of consumer goods", unit="percent", **QB)
a(
    "5.2 percent",
    5.2,
    "percent",
    "surveyed urban unemployment rate",
    unit="percent",
    after="stood at ",
    period="March",
    **QB,
)
a(
    "0.1 percentage points",
    0.1,
    "percent",
    "fall in the unemployment rate",
    unit="percentage point",
    **QB,
)
a(
    "3.8 percent",
    3.8,
    "percent",
    "growth in fixed-asset investment",
    unit="percent",
    period="first three months of the year",
)
a("three months", 3, "duration", "period of the investment figure", unit="month", opt=True)
WX = dict(speaker="Wen Xiaoqing", aliases=["Wen"])
a(
    "12,350 yuan",
    12350,
    "money",
    "per capita disposable income",
    unit="CNY",
    period="first quarter",
    **WX,
)
a(
    "5.4 percent",
    5.4,
    "percent",
    "nominal growth of per capita disposable income",
    unit="percent",
    **WX,
)
a(
    "61.2 percent",
    61.2,
    "percent",
    "contribution of final consumption to growth",
    unit="percent",
    **WX,
)
a("5.6 percent", 5.6, "percent", "growth of services retail sales", unit="percent", **WX)
a("28.5 percent", 28.5, "percent", "rise in new energy vehicle output", unit="percent", **WX)
a(
    "9.1 percent",
    9.1,
    "percent",
    "increase in high-tech manufacturing value-added output",
    unit="percent",
    **WX,
)
a(
    "17.3 percent",
    17.3,
    "percent",
    "share of high-tech manufacturing in industrial output",
    unit="percent",
    **WX,
)
# The target in the "Asked whether ..." clause is a journalist's paraphrase: optional.
a(
    "around 5 percent",
    5,
    "percent",
    "full-year growth target",
    q="approximate",
    unit="percent",
    opt=True,
)
a(
    "around 5 percent",
    5,
    "percent",
    "full-year growth target",
    q="approximate",
    unit="percent",
    after="the target of ",
    **QB,
)
a(
    "0.4 percent",
    0.4,
    "percent",
    "rise in the consumer price index",
    unit="percent",
    period="March",
    **QB,
)
a(
    "4.6 percent",
    4.6,
    "percent",
    "IMF 2026 growth forecast for China",
    unit="percent",
    subject="China",
    period="2026",
    speaker="International Monetary Fund",
    aliases=["IMF", "World Economic Outlook"],
    date="2026-04-14",
)
a(
    "more than 60 percent",
    60,
    "percent",
    "share of special-purpose bonds yet to be issued",
    q="more_than",
    unit="percent",
    speaker="Zhang Liqun",
    aliases=["Zhang"],
)

# 602: US State Department press briefing (Tuesday 10 February 2026).
doc(
    "602_state-dept-briefing-2026-02-10.txt",
    "2026-02-10",
    "Dana Whitfield",
    ["Whitfield", "MS WHITFIELD"],
)
a("$120 million", 120e6, "money", "new humanitarian assistance for Haiti", unit="USD")
a("more than 750,000", 750000, "count", "people to receive food, water and shelter", q="more_than")
MR = dict(speaker="Marco Rubio", aliases=["Secretary Rubio", "Rubio", "Secretary"])
a(
    "more than $310 million",
    310e6,
    "money",
    "US assistance for the Haitian people since October",
    q="more_than",
    unit="USD",
    **MR,
)
a("2,500", 2500, "count", "personnel of the Gang Suppression Force by the summer", **MR)
UN = dict(speaker="United Nations", aliases=["UN", "U.N."])
a("1.4 million", 1.4e6, "count", "people forced from their homes in Haiti", **UN)
a(
    "about 90 percent",
    90,
    "percent",
    "share of Port-au-Prince controlled by gangs",
    q="approximate",
    unit="percent",
    **UN,
)
a(
    "$120 million",
    120e6,
    "money",
    "humanitarian assistance for Haiti",
    unit="USD",
    after="Is ",
    speaker=None,
)
a(
    "24 percent",
    24,
    "percent",
    "rise in displacement in Haiti",
    unit="percent",
    speaker="International Organization for Migration",
    aliases=["IOM", "Dana Whitfield", "Whitfield"],
)
a(
    "more than 400",
    400,
    "count",
    "drones launched at Ukrainian cities",
    q="more_than",
    speaker="Ministry of Foreign Affairs of Ukraine",
    aliases=["Ukrainian Foreign Ministry", "Ukraine's Foreign Ministry", "Foreign Ministry"],
    date="2026-02-09",
)
a(
    "$45 million",
    45e6,
    "money",
    "US energy assistance to Ukraine",
    unit="USD",
    period="since January",
)
a(
    "a fifth",
    20,
    "percent",
    "fall in student visa issuance",
    unit="percent",
    period="last year",
    speaker=None,
)
a(
    "more than 10.4 million",
    10.4e6,
    "count",
    "nonimmigrant visas issued",
    q="more_than",
    period="fiscal year 2025",
)
a("under 30 days", 30, "duration", "average visa interview wait time", q="less_than", unit="day")
a("roughly 1,000", 1000, "count", "personnel deployed in Haiti", q="approximate")
a("six", 6, "count", "countries contributing personnel", after="personnel from ")

# 603: UK government news story (Thursday 5 March 2026).
doc("603_dft-potholes-funding-2026-03-05.txt", "2026-03-05", None)
EM = dict(speaker="Ellen Marsh", aliases=["Transport Secretary Ellen Marsh", "Marsh"])
a("£1.8 billion", 1.8e9, "money", "pothole repair funding", unit="GBP", opt=True)
a(
    "£1.8 billion",
    1.8e9,
    "money",
    "road repair funding for councils",
    unit="GBP",
    after="will share ",
    opt=True,
)
a(
    "£1.8 billion",
    1.8e9,
    "money",
    "pothole repair and resurfacing funding for councils",
    unit="GBP",
    after="share a record ",
    **EM,
)
a("25%", 25, "percent", "increase over this year's settlement", unit="percent")
a("around 9 million", 9e6, "count", "potholes the funding can fill", q="approximate")
a("10%", 10, "percent", "share of the increase withheld", unit="percent")
DFT = dict(speaker="Department for Transport", aliases=["DfT"])
a(
    "12%",
    12,
    "percent",
    "rise in potholes reported to councils",
    unit="percent",
    period="2025",
    **DFT,
)
a("1.9 million", 1.9e6, "count", "potholes reported to councils", period="2025", **DFT)
a(
    "more than £500",
    500,
    "money",
    "cost of pothole repairs to a motorist",
    q="more_than",
    unit="GBP",
    **EM,
)
a(
    "Two in every three",
    66.67,
    "percent",
    "share of funding going to areas with the worst roads",
    unit="percent",
    **EM,
)
a(
    "8,400",
    8400,
    "count",
    "pothole-related breakdowns attended by RAC patrols",
    period="last three months of 2025",
    speaker="RAC",
    aliases=["Royal Automobile Club"],
)
a(
    "three months",
    3,
    "duration",
    "period of the breakdowns",
    unit="month",
    opt=True,
    speaker="RAC",
    aliases=["Royal Automobile Club"],
)
TH = dict(speaker="Tom Hadley", aliases=["Hadley", "Councillor Tom Hadley"])
a("£16.8 billion", 16.8e9, "money", "backlog of road repairs", unit="GBP", subject="England", **TH)
a("11 years", 11, "duration", "time to clear the repair backlog", unit="year", **TH)
a("£1.8 billion", 1.8e9, "money", "pothole funding", unit="GBP", after="Notes to editors")
a("£500 million", 500e6, "money", "funding from fuel duty freeze savings", unit="GBP")
a(
    "£1.44 billion",
    1.44e9,
    "money",
    "pothole funding in 2025 to 2026",
    unit="GBP",
    period="2025 to 2026",
)
a("98%", 98, "percent", "share of local roads in England's road network", unit="percent")

# 604: AP wire story on a UN agency appeal (Tuesday 12 May 2026).
doc("604_ap-wfp-sudan-appeal-2026-05-12.txt", "2026-05-12", None)
WFP = dict(speaker="World Food Programme", aliases=["WFP"])
a("$1.2 billion", 1.2e9, "money", "WFP appeal for Sudan", unit="USD", opt=True)
a("$1.2 billion", 1.2e9, "money", "WFP appeal for Sudan", unit="USD", after="Tuesday for ", **WFP)
a("2 million", 2e6, "count", "people facing ration cuts", period="next month", **WFP)
AH = dict(speaker="Abeer Haddad", aliases=["Haddad"])
a("4.1 million", 4.1e6, "count", "people reached by WFP in Sudan", period="April", **AH)
a(
    "about 15%",
    15,
    "percent",
    "monthly rise in the cost of reaching people",
    q="approximate",
    unit="percent",
    **AH,
)
a("About 25 million", 25e6, "count", "people facing acute hunger in Sudan", q="approximate")
a(
    "more than half",
    50,
    "percent",
    "share of Sudan's population facing acute hunger",
    q="more_than",
    unit="percent",
)
a("about 40", 40, "count", "food trucks stuck at the Adre crossing", q="approximate")
a(
    "more than a week",
    1,
    "duration",
    "time the trucks have been stuck",
    q="more_than",
    unit="week",
    opt=True,
)
a("200%", 200, "percent", "rise in fuel prices in El Fasher", unit="percent")
a(
    "more than 12 million",
    12e6,
    "count",
    "people displaced by Sudan's war",
    q="more_than",
    speaker="United Nations High Commissioner for Refugees",
    aliases=["UNHCR", "U.N. refugee agency", "UN refugee agency", "UN Refugee Agency"],
)
a(
    "150",
    150,
    "count",
    "new travel permits for aid workers",
    period="past month",
    speaker="Ibrahim Khater",
    aliases=["Khater"],
    date="2026-05-11",
)
UC = dict(speaker="UNICEF", aliases=["United Nations Children's Fund", "U.N. children's agency"])
a(
    "730,000",
    730000,
    "count",
    "young children expected to suffer severe acute malnutrition",
    period="this year",
    **UC,
)
a(
    "640,000",
    640000,
    "count",
    "young children with severe acute malnutrition",
    period="last year",
    **UC,
)
a(
    "38%",
    38,
    "percent",
    "share of WFP's Sudan appeal funded",
    unit="percent",
    period="last year",
    **WFP,
)
a(
    "about a quarter",
    25,
    "percent",
    "cut in WFP staff worldwide",
    q="approximate",
    unit="percent",
    subject="World Food Programme",
)
a(
    "nearly half",
    50,
    "percent",
    "US share of WFP funding",
    q="nearly",
    unit="percent",
    period="2024",
)
a("$1.5 billion", 1.5e9, "money", "donor pledges for Sudan", unit="USD")

# 605: WHO press conference transcript (Wednesday 3 June 2026).
doc(
    "605_who-cholera-mpox-presser-2026-06-03.txt",
    "2026-06-03",
    "Tedros Adhanom Ghebreyesus",
    ["Dr Tedros", "Tedros", "TAG", "WHO Director-General", "Director-General"],
)
a("27", 27, "count", "countries reporting cholera", period="this year")
a("more than 210,000", 210000, "count", "cholera cases", q="more_than", period="this year")
a("almost 2,600", 2600, "count", "cholera deaths", q="nearly", period="this year")
a("above 1%", 1, "percent", "cholera case fatality rate", q="more_than", unit="percent")
a(
    "35%",
    35,
    "percent",
    "fall in weekly confirmed mpox cases in Africa",
    unit="percent",
    period="since February",
)
a("60%", 60, "percent", "share of pledged mpox vaccine doses delivered", unit="percent")
a(
    "4.5 million US dollars",
    4.5e6,
    "money",
    "release from the Contingency Fund for Emergencies",
    unit="USD",
)
a("six", 6, "count", "countries supported", after="response in ")
a(
    "40%",
    40,
    "percent",
    "fall in vaccine deliveries to eastern Congo",
    unit="percent",
    period="since January",
    speaker="Medecins Sans Frontieres",
    aliases=[
        "Médecins Sans Frontières",
        "MSF",
        "Doctors Without Borders",
        "Health Policy Watch",
        "Priya Raman",
    ],
)
AK = dict(speaker="Amara Kone", aliases=["Dr Amara Kone", "Kone", "Dr Kone", "AK"])
a(
    "more than 1.3 million",
    1.3e6,
    "count",
    "people vaccinated against mpox",
    q="more_than",
    speaker="Ministry of Health of the Democratic Republic of the Congo",
    aliases=["Ministry of Health", "Amara Kone", "Dr Amara Kone", "Kone", "AK"],
)
a(
    "around 3,000",
    3000,
    "count",
    "health workers trained in North and South Kivu",
    q="approximate",
    period="this year",
    **AK,
)
a("62%", 62, "percent", "testing coverage of suspected mpox cases", unit="percent", **AK)
a(
    "30 million euros",
    30e6,
    "money",
    "cut in Germany's voluntary contribution to WHO",
    unit="EUR",
    period="next year",
    speaker="Germany",
    aliases=[
        "German government",
        "Government of Germany",
        "Deutsche Presse-Agentur",
        "dpa",
        "Markus Brandt",
    ],
)
a("18%", 18, "percent", "share of the cholera emergency appeal funded", unit="percent")
a("47 million US dollars", 47e6, "money", "cholera funding gap", unit="USD")
a(
    "at least four",
    4,
    "count",
    "most affected countries where presence would be reduced",
    q="at_least",
)

GOLD.build()
