"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout38/build_gold.py``. Each annotation names the
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
P = "percent"
N = dict(speaker=None, aliases=[])

# Conventions: those of tests/heldout5 to tests/heldout37 (see README.md), plus the new cases
# listed there.

# 3800: Japanese MOFA Press Secretary press conference (Wednesday 17 January 2035).
SAKURADA = ["SAKURADA Tetsuya", "Tetsuya Sakurada", "Sakurada", "Press Secretary SAKURADA"]
doc("3800_mofa-japan-presscon-2035-01-17.txt", "2035-01-17", "Sakurada Tetsuya", SAKURADA)
a("3.5 million US dollars", 3.5e6, "money", "Emergency Grant Aid to Mozambique", unit="USD")
INGD = dict(
    speaker="National Institute for Disaster Risk Management of Mozambique",
    aliases=["INGD", "Sakurada Tetsuya", "Press Secretary SAKURADA"],
)
a("more than 260,000", 260000, "count", "people affected by the cyclone", q="more_than", **INGD)
a("at least 48", 48, "count", "people who lost their lives in the cyclone", q="at_least", **INGD)
a("18", 18, "count", "countries and regions at the Foreign Ministers' Meeting")
HR = dict(
    speaker="Hayama Reiko",
    aliases=["HAYAMA Reiko", "Reiko Hayama", "Minister Hayama", "Sakurada Tetsuya"],
    date="2035-01-16",
)
a("1,500", 1500, "count", "Pacific officials to be trained by Japan", **HR)
a("three years", 3, "duration", "period of the training programme", unit="year", opt=True, **HR)
a(
    "68 billion yen",
    68e9,
    "money",
    "Japan's ODA to the Pacific Island countries",
    unit="JPY",
    period="last fiscal year",
    **HR,
)
a(
    "about 12 percent",
    12,
    "percent",
    "increase in ODA to the Pacific",
    q="approximate",
    unit=P,
    **HR,
)
a(
    "351 days",
    351,
    "duration",
    "days of China Coast Guard patrols around the Senkaku Islands",
    unit="day",
    period="last year",
    speaker="China Coast Guard",
    aliases=["Kyodo News"],
    date="2035-01-15",
)
JCG = dict(speaker="Japan Coast Guard", aliases=["Sakurada Tetsuya", "Press Secretary SAKURADA"])
a(
    "355 days",
    355,
    "duration",
    "days Chinese government vessels were in the contiguous zone",
    unit="day",
    period="2034",
    **JCG,
)
a("41 times", 41, "count", "intrusions into Japan's territorial waters", **JCG)
a("9 times", 9, "count", "protests lodged since the beginning of December")
a(
    "7.4 percent",
    7.4,
    "percent",
    "fall in Japan's exports to the United States",
    unit=P,
    period="December",
    speaker="Ministry of Finance of Japan",
    aliases=["Ministry of Finance", "Nikkei"],
)
TK = dict(
    speaker="Takemura Koji",
    aliases=["TAKEMURA Koji", "Koji Takemura", "Chief Cabinet Secretary", "Sakurada Tetsuya"],
)
a(
    "more than 40 billion dollars",
    40e9,
    "money",
    "Japanese investments announced in the United States",
    q="more_than",
    unit="USD",
    period="since last April",
    **TK,
)
a("around 26,000", 26000, "count", "jobs created in the United States", q="approximate", **TK)
a("around 120", 120, "count", "Japanese nationals remaining in Sudan", q="approximate", **N)
a("87", 87, "count", "Japanese nationals in Sudan whose safety was confirmed")
a("six", 6, "count", "officials dispatched to Djibouti")
a("two", 2, "count", "chartered flights secured", after="secured ")
a(
    "seven years",
    7,
    "duration",
    "time since a Japanese Foreign Minister visited Sri Lanka",
    unit="year",
    opt=True,
)
a(
    "about 1.1 trillion yen",
    1.1e12,
    "money",
    "yen loans provided to Sri Lanka",
    q="approximate",
    unit="JPY",
    period="since 1958",
)
a("11", 11, "count", "suspended projects in Sri Lanka", after="resumption of ")

# 3801: India PIB release, Ministry of New and Renewable Energy (Wednesday 21 February 2035).
doc("3801_pib-mnre-renewable-capacity-2035-02-21.txt", "2035-02-21", None)
AKS = dict(
    speaker="Arvind Kumar Sethi",
    aliases=["Shri Arvind Kumar Sethi", "Sethi", "Shri Sethi", "Union Minister", "the Minister"],
)
a("36.8 GW", 36.8, "measure", "renewable energy capacity added", unit="GW", opt=True)
a("1.2 crore", 12e6, "count", "households under PM Surya Ghar", opt=True, **AKS)
a(
    "36.8 GW",
    36.8,
    "measure",
    "renewable energy capacity added",
    unit="GW",
    after="India added a record ",
    period="April 2034 to January 2035",
)
a("418.6 GW", 418.6, "measure", "installed non-fossil fuel capacity", unit="GW")
a("27.4 GW", 27.4, "measure", "solar capacity added", unit="GW")
a("7.1 GW", 7.1, "measure", "wind capacity added", unit="GW")
a(
    "500 GW",
    500,
    "measure",
    "non-fossil fuel capacity target",
    unit="GW",
    period="before 2030",
    **AKS,
)
a(
    "more than 1.2 crore",
    12e6,
    "count",
    "households with rooftop solar under PM Surya Ghar",
    q="more_than",
    **AKS,
)
a("₹1,850", 1850, "money", "average monthly saving on electricity bills", unit="INR", **AKS)
a("Five years", 5, "duration", "time since investors' doubts", unit="year", opt=True, **AKS)
a("20 GW", 20, "measure", "annual capacity build investors doubted", unit="GW", **AKS)
a(
    "almost twice",
    2,
    "measure",
    "current build rate relative to 20 GW",
    q="nearly",
    unit="times",
    opt=True,
    **AKS,
)
a(
    "more than 140 GW",
    140,
    "measure",
    "domestic solar module manufacturing capacity",
    q="more_than",
    unit="GW",
    **AKS,
)
a("₹28,400 crore", 2.84e11, "money", "central financial assistance released", unit="INR", **AKS)
a("3.6 lakh", 360000, "count", "vendors registered on the national portal", **AKS)
a("19 days", 19, "duration", "average processing time for rooftop loans", unit="day", **AKS)
KB = dict(
    speaker="Kailash Bhandari",
    aliases=["Shri Kailash Bhandari", "Bhandari", "Minister of State"],
)
a(
    "9,300 circuit kilometres",
    9300,
    "measure",
    "transmission lines under Green Energy Corridor Phase-III",
    unit="km",
    **KB,
)
a("11", 11, "count", "States covered by Green Energy Corridor Phase-III", after="lines in ", **KB)
a(
    "₹11,200 crore",
    1.12e11,
    "money",
    "contracts awarded",
    unit="INR",
    period="current financial year",
    **KB,
)
NP = dict(
    speaker="Nitin Prasad",
    aliases=["Shri Nitin Prasad", "Prasad", "Secretary, MNRE", "Secretary"],
    date="2035-02-20",
)
a(
    "19",
    19,
    "count",
    "States and Union Territories ahead on rooftop targets",
    after="Shri Nitin Prasad informed that ",
    **NP,
)
a(
    "more than 75 per cent",
    75,
    "percent",
    "threshold of rooftop targets achieved",
    q="more_than",
    unit=P,
    opt=True,
    **NP,
)
a("30 days", 30, "duration", "deadline to clear subsidy claims", unit="day", opt=True, **NP)
CEA = dict(speaker="Central Electricity Authority", aliases=["CEA"])
a(
    "24.6 per cent",
    24.6,
    "percent",
    "renewable share of electricity generation",
    unit=P,
    period="April-January",
    **CEA,
)
a("21.9 per cent", 21.9, "percent", "renewable share a year earlier", unit=P, **CEA)
a("over 600", 600, "count", "delegates at the Conclave", q="more_than")
a("22", 22, "count", "countries of the delegates", after="delegates from ")
a("45 days", 45, "duration", "extension of the bid deadline", unit="day")

# 3802: Al Jazeera news story (Tuesday 13 March 2035).
doc("3802_aljazeera-somalia-floods-2035-03-13.txt", "2035-03-13", None)
a("more than 300,000", 300000, "count", "people displaced by floods", q="more_than", opt=True)
a("four decades", 4, "duration", "period since heavier March rains", unit="decade", opt=True)
SD = dict(
    speaker="Somali Disaster Management Agency",
    aliases=["SoDMA", "the country's disaster management agency"],
)
a("more than 310,000", 310000, "count", "people forced from their homes", q="more_than", **SD)
SD1 = dict(SD, date="2035-03-12")
a("at least 34", 34, "count", "people who died in the floods", q="at_least", **SD1)
a("17", 17, "count", "children among the victims", after="and that ", **SD1)
a("roughly 70 percent", 70, "percent", "homes under water in Beledweyne", q="approximate", unit=P)
a("41", 41, "measure", "age of Halima Abdi Warsame", unit="year", opt=True)
a("six", 6, "count", "children of Halima Abdi Warsame", after="mother of ", opt=True)
a(
    "four days",
    4,
    "duration",
    "time sleeping under trees",
    unit="day",
    speaker="Halima Abdi Warsame",
    aliases=["Warsame"],
)
AD = dict(speaker="Abdullahi Dheere", aliases=["Dheere", "Hiiraan's governor"])
a("14", 14, "count", "camps for displaced families", **AD)
a("60", 60, "count", "beds at the hospital", after="hospital has ", **AD)
a("more than 200", 200, "count", "patients at the hospital", q="more_than", **AD)
a(
    "at least three",
    3,
    "count",
    "places where the main road was cut",
    q="at_least",
    speaker="Farah Omar",
    aliases=["Al Jazeera's Farah Omar", "Omar", "Al Jazeera"],
)
a(
    "about 90km",
    90,
    "measure",
    "distance of stuck food trucks from the town",
    q="approximate",
    unit="km",
    speaker=None,
    aliases=["Farah Omar", "Al Jazeera's Farah Omar"],
)
OC = dict(
    speaker="OCHA",
    aliases=["United Nations Office for the Coordination of Humanitarian Affairs"],
)
a(
    "1,240",
    1240,
    "count",
    "cases of acute watery diarrhoea",
    period="since the start of the month",
    **OC,
)
a("$42m", 42e6, "money", "flash appeal for the floods", unit="USD", **OC)
a("9 percent", 9, "percent", "funding level of the flash appeal", unit=P, **OC)
a(
    "$5m",
    5e6,
    "money",
    "funds released from the national contingency fund",
    unit="USD",
    speaker="Abdirahman Hirsi",
    aliases=["Prime Minister Abdirahman Hirsi", "Hirsi", "Prime Minister"],
    date="2035-03-11",
)
a(
    "up to three times",
    3,
    "measure",
    "rainfall relative to the seasonal average",
    q="at_most",
    unit="times",
    speaker="World Meteorological Organization",
    aliases=["WMO"],
)
a("18 months", 18, "duration", "time since the end of the drought", unit="month", opt=True)
UN = dict(speaker="United Nations", aliases=["UN"])
a("an estimated 43,000", 43000, "count", "people killed by the drought", q="approximate", **UN)
a("half", 50, "percent", "share of children under five among drought deaths", unit=P, **UN)
a(
    "five",
    5,
    "measure",
    "age threshold of children",
    unit="year",
    after="children under ",
    opt=True,
    **UN,
)
a(
    "more than 3.8 million",
    3.8e6,
    "count",
    "internally displaced Somalis before the floods",
    q="more_than",
    speaker="Norwegian Refugee Council",
    aliases=["NRC"],
)

# 3803: AFP wire story (Tuesday 10 April 2035).
doc("3803_afp-peru-anchovy-season-2035-04-10.txt", "2035-04-10", None)
a("two", 2, "count", "annual anchovy fishing seasons", after="first of its ", opt=True)
a(
    "more than a decade",
    10,
    "duration",
    "period since stocks were as low",
    q="more_than",
    unit="year",
    opt=True,
)
IM = dict(
    speaker="IMARPE",
    aliases=["Peruvian Sea Institute", "production ministry", "Ministry of Production of Peru"],
)
a("3.2 million tonnes", 3.2e6, "measure", "estimated anchovy biomass", unit="tonne", **IM)
a("10.1 million tonnes", 10.1e6, "measure", "anchovy biomass a year earlier", unit="tonne", **IM)
a(
    "84 percent",
    84,
    "percent",
    "share of juvenile fish in the sampled catch",
    unit=P,
    speaker="Ministry of Production of Peru",
    aliases=["production ministry", "Ministry of Production"],
)
RL = dict(speaker="Rosa Linares", aliases=["Linares", "Production Minister Rosa Linares"])
a("1,500 soles", 1500, "money", "one-off bonus per artisanal fisherman", unit="PEN", **RL)
a(
    "roughly 14,000",
    14000,
    "count",
    "registered artisanal fishermen affected",
    q="approximate",
    **RL,
)
a("60 days", 60, "duration", "time until the situation is reviewed", unit="day", opt=True, **N)
a(
    "around $1.6 billion",
    1.6e9,
    "money",
    "possible cost of a cancelled season in lost exports",
    q="approximate",
    unit="USD",
    speaker="National Fisheries Society",
    aliases=["SNP"],
    date="2035-04-09",
)
a(
    "half",
    50,
    "percent",
    "share of workers some plants sent home",
    unit=P,
    opt=True,
    speaker="Cayetana Ruiz",
    aliases=["Ruiz"],
    date="2035-04-09",
)
a(
    "$2.3 billion",
    2.3e9,
    "money",
    "Peru's fishmeal and fish oil exports",
    unit="USD",
    period="last year",
)
a("some 70,000", 70000, "count", "people employed directly by the anchovy fishery", q="approximate")
a(
    "up to 0.4 percentage point",
    0.4,
    "percent",
    "possible cut to Peru's economic growth",
    q="at_most",
    unit="percentage point",
    period="this year",
    speaker="Julio Paredes",
    aliases=["Paredes", "Macroconsult"],
)
a(
    "3.1 percent",
    3.1,
    "percent",
    "central bank growth forecast",
    unit=P,
    period="2035",
    speaker="Central Reserve Bank of Peru",
    aliases=["central bank", "BCRP"],
)
EN = dict(speaker="ENFEN", aliases=["national El Nino study commission"])
a(
    "as much as 2.8 degrees Celsius",
    2.8,
    "measure",
    "sea surface temperature anomaly off the northern coast",
    q="at_most",
    unit="degree Celsius",
    period="March",
    **EN,
)
a(
    "65 percent",
    65,
    "percent",
    "probability of a moderate El Nino by mid-year",
    unit=P,
    date="2035-04-06",
    speaker="ENFEN",
    aliases=["national El Nino study commission"],
)
a(
    "some 420 kilometers",
    420,
    "measure",
    "distance of Chimbote from Lima",
    q="approximate",
    unit="km",
)
a("260 miles", 260, "measure", "distance of Chimbote from Lima in miles", unit="mile", opt=True)
WQ = dict(speaker="Walter Quispe", aliases=["Quispe"])
a("three", 3, "count", "children of Walter Quispe", after="We have ", opt=True, **WQ)
a("52", 52, "measure", "age of Walter Quispe", unit="year", opt=True)
a("30 years", 30, "duration", "years Walter Quispe has fished", unit="year", opt=True)
a("about 40,000 soles", 40000, "money", "boat loan still owed", q="approximate", unit="PEN", **WQ)

# 3804: IMF press briefing transcript (Thursday 17 May 2035).
ADEBAYO = ["Adebayo", "MS. ADEBAYO", "Ms. Adebayo"]
doc("3804_imf-press-briefing-2035-05-17.txt", "2035-05-17", "Funmi Adebayo", ADEBAYO)
MD = dict(
    speaker="IMF Managing Director",
    aliases=["Managing Director", "the Managing Director", "Funmi Adebayo"],
    date="2035-05-15",
)
a(
    "exceed 100 percent",
    100,
    "percent",
    "global public debt relative to GDP",
    q="more_than",
    unit=P,
    period="by 2029",
    **MD,
)
a(
    "up to 7 percent",
    7,
    "percent",
    "possible cost of trade fragmentation to world GDP",
    q="at_most",
    unit=P,
    **MD,
)
a(
    "as much as $12 billion",
    12e9,
    "money",
    "Fund lending to low-income countries",
    q="at_most",
    unit="USD",
    period="this year",
    **MD,
)
FM = dict(
    speaker="International Monetary Fund",
    aliases=["IMF", "Fiscal Monitor", "Funmi Adebayo"],
)
a(
    "about 9 percentage points",
    9,
    "percent",
    "projected rise in advanced economies' public debt",
    q="approximate",
    unit="percentage point",
    **FM,
)
a("five years", 5, "duration", "projection horizon", unit="year", opt=True, **FM)
TR = dict(speaker="Tomas Rueda", aliases=["Mr. Rueda", "Rueda", "mission chief"], date="2035-05-03")
a("4.9 percent", 4.9, "percent", "Kenya's economic growth", unit=P, period="2034", **TR)
a("4.6 percent", 4.6, "percent", "Kenya's fiscal deficit relative to GDP", unit=P, **TR)
a(
    "about one-third",
    33.33,
    "percent",
    "share of revenue absorbed by interest payments",
    q="approximate",
    unit=P,
    **TR,
)
a(
    "6.7 percent",
    6.7,
    "percent",
    "Reserve Bank of India growth forecast",
    unit=P,
    period="this fiscal year",
    speaker="Reserve Bank of India",
    aliases=["RBI", "Mint", "Priya Raman"],
)
ADI = ["Adebayo", "MS. ADEBAYO", "International Monetary Fund", "IMF"]
a(
    "6.4 percent",
    6.4,
    "percent",
    "IMF growth forecast for India",
    unit=P,
    period="this fiscal year",
    aliases=ADI,
)
a(
    "around 11 percent",
    11,
    "percent",
    "real growth of private investment in India",
    q="approximate",
    unit=P,
    period="last year",
)
GSS = dict(
    speaker="Ghana Statistical Service",
    aliases=["Joy Business", "Kwame Asante"],
    date="2035-05-16",
)
a("8.9 percent", 8.9, "percent", "Ghana's inflation", unit=P, period="April", **GSS)
a(
    "four years",
    4,
    "duration",
    "time since inflation was in single digits",
    unit="year",
    opt=True,
    **GSS,
)
a(
    "about $2.4 billion",
    2.4e9,
    "money",
    "IMF financing received by Ghana",
    q="approximate",
    unit="USD",
)
a(
    "8 percent",
    8,
    "percent",
    "Bank of Ghana inflation target",
    unit=P,
    aliases=["Adebayo", "MS. ADEBAYO", "Bank of Ghana"],
)
a(
    "2 percentage points",
    2,
    "percent",
    "band around the inflation target",
    unit="percentage point",
    opt=True,
    aliases=["Adebayo", "MS. ADEBAYO", "Bank of Ghana"],
)
a("37 percent", 37, "percent", "cut in the face value of Ghana's Eurobonds", unit=P, **N)
a(
    "below 55 percent",
    55,
    "percent",
    "Ghana's public debt relative to GDP by 2028",
    q="less_than",
    unit=P,
    period="by 2028",
    aliases=ADI,
)
a(
    "41.2 billion dollars",
    41.2e9,
    "money",
    "Argentina's gross reserves",
    unit="USD",
    speaker="Central Bank of the Argentine Republic",
    aliases=["Argentina's central bank", "BCRA", "Reuters", "Erik Halvorsen"],
    date="2035-05-14",
)
a(
    "about $1 billion",
    1e9,
    "money",
    "disbursement to Argentina after the second review",
    q="approximate",
    unit="USD",
)
a("$15.3 billion", 15.3e9, "money", "total disbursements to Argentina", unit="USD")
a(
    "$3 billion",
    3e9,
    "money",
    "additional financing sought by Egypt",
    unit="USD",
    speaker=None,
    aliases=["Al-Ahram", "Erik Halvorsen"],
)
a("two weeks", 2, "duration", "length of the IMF team's stay in Cairo", unit="week", opt=True)

# 3805: Australian joint ministerial media release (Tuesday 19 June 2035).
doc("3805_au-joint-release-bruce-highway-2035-06-19.txt", "2035-06-19", None)
DW = dict(
    speaker="Daniel Whitlock",
    aliases=["Minister Whitlock", "Whitlock", "The Hon Daniel Whitlock MP"],
)
DWK = dict(speaker="Daniel Whitlock", aliases=DW["aliases"] + ["Kate Morrissey"])
a("$1.4 billion", 1.4e9, "money", "Bruce Highway upgrade package", unit="AUD", opt=True)
a(
    "$1.4 billion",
    1.4e9,
    "money",
    "Bruce Highway upgrade package",
    unit="AUD",
    after="today announced a ",
    **DWK,
)
a("62 kilometres", 62, "measure", "length of highway to be upgraded", unit="km", **DWK)
a("$1.12 billion", 1.12e9, "money", "Australian Government contribution", unit="AUD")
a("$280 million", 280e6, "money", "Queensland Government contribution", unit="AUD")
a("38 kilometres", 38, "measure", "four-lane divided road to be delivered", unit="km")
a("four-lane", 4, "count", "lanes of the divided road", opt=True)
a("11", 11, "count", "new overtaking lanes", after="road and ")
a("around 1,900", 1900, "count", "jobs supported by the project", q="approximate")
a(
    "27",
    27,
    "count",
    "people who died in crashes on the section",
    period="since 2030",
    speaker="Bureau of Infrastructure and Transport Research Economics",
    aliases=["BITRE"],
)
a("27", 27, "count", "deaths on the section", after="Every one of those ", opt=True, **DW)
a("more than 14,000", 14000, "count", "vehicles a day on the stretch", q="more_than", **DW)
a("around one in five", 20, "percent", "share of heavy vehicles", q="approximate", unit=P, **DW)
a(
    "more than $13 billion",
    13e9,
    "money",
    "committed to the Bruce Highway",
    q="more_than",
    unit="AUD",
    **DW,
)
a("10 years", 10, "duration", "period of the Bruce Highway commitment", unit="year", opt=True, **DW)
KM = dict(
    speaker="Kate Morrissey",
    aliases=["Minister Morrissey", "Morrissey", "Queensland Government"],
)
a(
    "18 per cent",
    18,
    "percent",
    "rise in serious injuries on the section",
    unit=P,
    period="last year",
    **KM,
)
a("12 kilometres", 12, "measure", "first section of duplicated road to open", unit="km", **KM)
a("four", 4, "count", "stages of project delivery", after="delivered in ", **DW)
a("$96 million", 96e6, "money", "planning and design funding already allocated", unit="AUD", **DW)
TH = dict(speaker="Tom Harcourt", aliases=["Harcourt", "Federal Member for Wide Bay"])
a(
    "more than two decades",
    2,
    "duration",
    "time the duplication has been a priority",
    q="more_than",
    unit="decade",
    opt=True,
    **TH,
)
a("8,400", 8400, "count", "signatures in support of the upgrade", date="2035-06-18", **TH)
a(
    "around 45 per cent",
    45,
    "percent",
    "share of Queensland's road freight on the highway",
    q="approximate",
    unit=P,
)

# 3806: TASS report of a meeting (Tuesday 24 July 2035).
MALKOV = ["Malkov", "Governor Sergei Malkov", "the governor"]
doc("3806_tass-primorye-ports-meeting-2035-07-24.txt", "2035-07-24", "Sergei Malkov", MALKOV)
a("6.3%", 6.3, "percent", "growth of cargo turnover at Primorye ports", unit=P, opt=True)
a(
    "6.3%",
    6.3,
    "percent",
    "growth of cargo turnover at Primorye ports",
    unit=P,
    after="grew by ",
    period="first six months of 2035",
)
a("six months", 6, "duration", "period of the cargo figure", unit="month", opt=True)
a("112.8 million tonnes", 112.8e6, "measure", "cargo turnover at Primorye ports", unit="tonne")
a("about 40%", 40, "percent", "coal share of port volume", q="approximate", unit=P)
a("14%", 14, "percent", "growth of container volumes", unit=P)
a(
    "1.1 million TEU",
    1.1e6,
    "measure",
    "expected container throughput of Vladivostok port",
    unit="TEU",
    period="this year",
    speaker="Igor Sedykh",
    aliases=["Sedykh", "Sergei Malkov", "Malkov"],
)
a("46", 46, "count", "ships waiting at the anchorage in January", period="January")
a("12", 12, "count", "ships waiting at the anchorage now", after="in January to ")
a(
    "three weeks",
    3,
    "duration",
    "wait for refrigerated wagons",
    unit="week",
    speaker=None,
    aliases=["Sergei Malkov", "Malkov"],
)
AV = dict(
    speaker="Alexei Voronov",
    aliases=["Voronov", "Deputy Prime Minister Alexei Voronov", "deputy prime minister"],
)
a(
    "195 million tonnes",
    195e6,
    "measure",
    "cargo of the Eastern Operating Domain",
    unit="tonne",
    period="this year",
    after="would carry ",
    **AV,
)
a(
    "420 billion rubles",
    420e9,
    "money",
    "federal budget allocation for the eastern rail network",
    unit="RUB",
    **AV,
)
a("three years", 3, "duration", "period of the budget allocation", unit="year", opt=True, **AV)
a(
    "20%",
    20,
    "percent",
    "targeted increase in border crossing throughput",
    unit=P,
    period="by the end of 2036",
    **AV,
)
a(
    "85%",
    85,
    "percent",
    "completion of the Baikal-Amur Mainline second track by December",
    unit=P,
    speaker="Nikolai Yermakov",
    aliases=["Yermakov", "Russian Railways", "Alexei Voronov", "Voronov"],
)
a(
    "5 million tonnes",
    5e6,
    "measure",
    "annual capacity of the Zarubino grain terminal",
    unit="tonne",
    speaker="TASS",
    aliases=[],
)
a("38 billion rubles", 38e9, "money", "estimated investment in the grain terminal", unit="RUB", **N)
a(
    "4.2%",
    4.2,
    "percent",
    "growth of Russia's trade with China",
    unit=P,
    period="January-May",
    speaker="Federal Customs Service",
    aliases=["FCS"],
)
a(
    "about a third",
    33.33,
    "percent",
    "China's share of Russia's foreign trade",
    q="approximate",
    unit=P,
    period="last year",
    **N,
)
a("around 1.8 million", 1.8e6, "count", "population of the Primorye Region", q="approximate", **N)

# 3807: South African Cabinet statement issued by GCIS (Thursday 23 August 2035).
doc("3807_gcis-cabinet-statement-2035-08-23.txt", "2035-08-23", None, ["Cabinet"])
SSA = dict(
    speaker="Statistics South Africa",
    aliases=["Stats SA", "Quarterly Labour Force Survey"],
    date="2035-08-21",
)
a("212 000", 212000, "count", "jobs added", period="second quarter of 2035", **SSA)
a("29.8%", 29.8, "percent", "official unemployment rate", unit=P, **SSA)
a("31.1%", 31.1, "percent", "unemployment rate in the previous quarter", unit=P, **SSA)
a("25 basis points", 25, "percent", "cut in the repurchase rate", unit="basis point")
a("6.25%", 6.25, "percent", "repurchase rate", unit=P)
NT = dict(
    speaker="National Treasury",
    aliases=["Treasury officials", "Treasury"],
    date="2035-08-22",
)
a("four months", 4, "duration", "period of the revenue figure", unit="month", opt=True, **NT)
a("R14.6 billion", 14.6e9, "money", "gross tax revenue above the budget estimate", unit="ZAR", **NT)
SN = dict(
    speaker="Sipho Ndlovu",
    aliases=["Mr Sipho Ndlovu", "Ndlovu", "Minister of Electricity and Energy"],
    date="2035-08-22",
)
a("214 consecutive days", 214, "duration", "days without load-shedding", unit="day", **SN)
a(
    "4 200 megawatts",
    4200,
    "measure",
    "new generation capacity connected to the grid",
    unit="MW",
    period="since April",
    **SN,
)
a("2 900 MW", 2900, "measure", "capacity from private renewable energy projects", unit="MW", **SN)
LM = dict(
    speaker="Lindiwe Mahlangu",
    aliases=[
        "Ms Lindiwe Mahlangu",
        "Mahlangu",
        "Minister of Police",
        "South African Police Service",
    ],
    date="2035-08-17",
)
a("7.3%", 7.3, "percent", "decrease in murders", unit=P, **LM)
a("11 480", 11480, "count", "illegal firearms removed from circulation", **LM)
TKH = dict(
    speaker="Themba Khumalo",
    aliases=["President Themba Khumalo", "Khumalo", "The President", "President"],
    date="2035-08-20",
)
a(
    "more than 1.9 million",
    1.9e6,
    "count",
    "work and livelihood opportunities created",
    q="more_than",
    **TKH,
)
a("84%", 84, "percent", "share of young people among participants", unit=P, **TKH)
a("2 200", 2200, "count", "schools reached by the school assistants programme", **TKH)
CAB = dict(speaker=None, aliases=["Cabinet"])
a("R48 billion", 48e9, "money", "investment in bulk water infrastructure", unit="ZAR", **CAB)
a("five years", 5, "duration", "period of the water investment", unit="year", opt=True, **CAB)
a("27", 27, "count", "municipalities prioritised", after="prioritises ", **CAB)
a("exceed 40%", 40, "percent", "threshold of water losses", q="more_than", unit=P, opt=True, **CAB)
a("79th", 79, "anniversary", "anniversary of the 1956 Women's March", **CAB)
a("more than 20 000", 20000, "count", "women who marched in 1956", q="more_than", **CAB)
a("17", 17, "count", "people who died in the bus accident", after="families of the ", **CAB)
a("31", 31, "count", "passengers remaining in hospital", after="Officials said ", **N)

GOLD.build()
