"""Write gold.jsonl from the hand annotations below (offsets computed, never typed).

Run from the repository root: ``python tests/heldout49/build_gold.py``. Each annotation names the
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
PP = "percentage point"
N = dict(speaker=None, aliases=[])

# Conventions: those of tests/heldout5 to tests/heldout47 (see README.md), plus the new cases
# listed there.

# 4900: Chinese Foreign Ministry regular press conference (Wednesday 18 March 2037).
TAN = [
    "Tan",
    "Spokesperson Tan Yuqing",
    "Foreign Ministry Spokesperson",
    "Ministry of Foreign Affairs",
]
doc("4900_mfa-regular-presscon-2037-03-18.txt", "2037-03-18", "Tan Yuqing", TAN)
a("7.2", 7.2, "measure", "magnitude of the earthquake in southern Peru")
a("30 million yuan", 30e6, "money", "Chinese emergency humanitarian assistance to Peru", unit="CNY")
a("1,200", 1200, "count", "tents in the first batch of aid")
a("80", 80, "count", "water purification units in the first batch of aid")
PERU = dict(
    speaker="Government of Peru", aliases=["Peruvian government", "Peru", "Tan Yuqing", *TAN]
)
a("at least 146", 146, "count", "people killed by the earthquake", q="at_least", **PERU)
a("more than 38,000", 38000, "count", "people left homeless", q="more_than", **PERU)
USDA = dict(
    speaker="United States Department of Agriculture",
    aliases=["US Department of Agriculture", "USDA", "Bloomberg"],
    date="2037-03-16",
)
a(
    "4.1 million tonnes",
    4.1e6,
    "measure",
    "China's purchases of American soybeans",
    unit="tonne",
    period="first five months of the marketing year",
    **USDA,
)
a("five months", 5, "duration", "period of the purchase figure", unit="month", opt=True, **USDA)
a("19 years", 19, "duration", "span of the low in purchases", unit="year", opt=True, **USDA)
GAC = dict(
    speaker="General Administration of Customs",
    aliases=["General Administration of Customs of China", "Chinese customs", "Tan Yuqing", *TAN],
)
a(
    "103.8 million tonnes",
    103.8e6,
    "measure",
    "China's soybean imports",
    unit="tonne",
    period="2036",
    **GAC,
)
a("2.6 percent", 2.6, "percent", "year-on-year fall in soybean imports", unit=P, **GAC)
a(
    "about 71 percent",
    71,
    "percent",
    "Brazil's share of soybean imports",
    q="approximate",
    unit=P,
    **GAC,
)
a(
    "23",
    23,
    "count",
    "Chinese coast guard and maritime militia vessels spotted near Ren'ai Jiao",
    after="said yesterday that ",
    speaker="Philippine Coast Guard",
    aliases=["AFP", "Agence France-Presse"],
    date="2037-03-17",
)
a("38 years", 38, "duration", "time the Philippine warship has been grounded", unit="year")
FA = dict(
    speaker="Fisheries Agency of Japan",
    aliases=["Japan's Fisheries Agency", "Fisheries Agency", "Kyodo News", "Kyodo"],
    date="2037-03-16",
)
a(
    "18.6 billion yen",
    18.6e9,
    "money",
    "Japanese seafood exports to the Chinese mainland",
    unit="JPY",
    period="last year",
    **FA,
)
a(
    "about a third",
    33.33,
    "percent",
    "seafood exports relative to the level before the suspension",
    q="approximate",
    unit=P,
    **FA,
)
a(
    "9",
    9,
    "count",
    "Japanese processing facilities China will soon approve",
    after="approve another ",
    speaker=None,
    aliases=["Kyodo News", "Kyodo"],
)
a("57", 57, "count", "Japanese facilities registered by the General Administration of Customs")
QW = dict(
    speaker="Qian Weidong",
    aliases=["Foreign Minister Qian Weidong", "Qian", "Tan Yuqing", *TAN],
    date="2037-03-17",
)
a("14", 14, "count", "rounds of technical consultations", after="had held ", **QW)
a(
    "9.6 million",
    9.6e6,
    "count",
    "personnel exchanges between China and Japan",
    period="last year",
    **QW,
)
FCS = dict(
    speaker="Federal Customs Service of Russia",
    aliases=["Russia's Federal Customs Service", "Federal Customs Service", "TASS"],
)
a("$246 billion", 246e9, "money", "Russia-China trade", unit="USD", period="2036", **FCS)
a("3.4 percent", 3.4, "percent", "rise in Russia-China trade", unit=P, **FCS)
a(
    "a quarter",
    25,
    "percent",
    "fall in China's purchases of Russian crude",
    unit=P,
    period="since January",
    speaker=None,
    aliases=["TASS"],
)
a(
    "1.74 trillion yuan",
    1.74e12,
    "money",
    "China-Russia trade",
    unit="CNY",
    period="last year",
    **GAC,
)
a("fifth", 5, "rank", "consecutive years Russia was China's largest crude source", opt=True)
WFP0 = dict(
    speaker="World Food Programme",
    aliases=["WFP", "Reuters"],
    date="2037-03-13",
)
a(
    "nearly 3.7 million",
    3.7e6,
    "count",
    "people in Rakhine and Chin states facing acute food insecurity",
    q="nearly",
    **WFP0,
)
a("22 percent", 22, "percent", "funding level of WFP operations in Myanmar", unit=P, **WFP0)
a(
    "more than 15,000 tonnes",
    15000,
    "measure",
    "rice and emergency supplies China provided to Myanmar",
    q="more_than",
    unit="tonne",
    period="since 2035",
)
a("some 42,000", 42000, "count", "patients treated by Chinese medical teams", q="approximate")

# 4901: AP story on Hurricane Tobias in the Bahamas (Tuesday 14 October 2036).
doc("4901_ap-hurricane-tobias-bahamas-2036-10-14.txt", "2036-10-14")
CW = ["Cartwright", "Prime Minister Leonard Cartwright", "Prime Minister of the Bahamas"]
a("27", 27, "count", "death toll from Hurricane Tobias in the Bahamas", opt=True)
a(
    "27",
    27,
    "count",
    "death toll from Hurricane Tobias",
    after="rose to ",
    speaker="Leonard Cartwright",
    aliases=CW,
)
NHC = dict(
    speaker="National Hurricane Center",
    aliases=["U.S. National Hurricane Center", "NHC"],
)
a("145 mph", 145, "measure", "maximum sustained winds of Tobias at landfall", unit="mph", **NHC)
a("230 kph", 230, "measure", "maximum sustained winds in kph", unit="km/h", opt=True, **NHC)
a(
    "nearly 20 hours",
    20,
    "duration",
    "time Tobias stalled over Grand Bahama",
    q="nearly",
    unit="hour",
    **NHC,
)
a(
    "about 380 miles",
    380,
    "measure",
    "distance of Tobias northeast of Bermuda",
    q="approximate",
    unit="mile",
)
a("610 kilometers", 610, "measure", "distance northeast of Bermuda in km", unit="km", opt=True)
a(
    "$1.2 billion",
    1.2e9,
    "money",
    "damage to public infrastructure",
    unit="USD",
    speaker="Leonard Cartwright",
    aliases=[*CW, "Government of the Bahamas"],
)
a(
    "roughly a tenth",
    10,
    "percent",
    "damage relative to the country's economy",
    q="approximate",
    unit=P,
    speaker="Leonard Cartwright",
    aliases=CW,
)
JM = dict(
    speaker="Julia Marsh",
    aliases=[
        "U.S. Secretary of State Julia Marsh",
        "Secretary of State",
        "Marsh",
        "Leonard Cartwright",
        *CW,
    ],
    date="2036-10-13",
)
a("$15 million", 15e6, "money", "U.S. emergency aid to the Bahamas", unit="USD", **JM)
a(
    "two",
    2,
    "count",
    "Coast Guard cutters sent by the United States",
    after="emergency aid and ",
    **JM,
)
NEMA = dict(
    speaker="National Emergency Management Agency",
    aliases=["NEMA", "the agency"],
    date="2036-10-13",
)
a("about 4,300", 4300, "count", "people staying in shelters", q="approximate", **NEMA)
a("31", 31, "count", "shelters", after="people were staying in ", **NEMA)
a(
    "more than 9,000",
    9000,
    "count",
    "homes destroyed or badly damaged",
    q="more_than",
    **NEMA,
)
a("62", 62, "count", "people unaccounted for", **NEMA)
AF = dict(
    speaker="Aretha Forbes",
    aliases=[
        "Forbes",
        "NEMA director Aretha Forbes",
        "National Emergency Management Agency",
        "NEMA",
    ],
)
a("41", 41, "count", "people unaccounted for by Tuesday", **AF)
a(
    "85,000 gallons",
    85000,
    "measure",
    "drinking water delivered to Abaco",
    unit="gallon",
    period="since Sunday",
    **AF,
)
a("Half", 50, "percent", "share of Marsh Harbour without water pressure", unit=P, **AF)
a(
    "at least 1,500",
    1500,
    "count",
    "people on Man-O-War and Guana cays who had received no help",
    q="at_least",
)
a(
    "12 metric tons",
    12,
    "measure",
    "ready-to-eat meals flown in",
    unit="tonne",
    speaker="World Food Programme",
    aliases=["U.N. World Food Programme", "WFP"],
)
CC = dict(
    speaker="Caribbean Catastrophe Risk Insurance Facility",
    aliases=["CCRIF", "CCRIF SPC"],
)
a("$28.7 million", 28.7e6, "money", "CCRIF payout to the Bahamian government", unit="USD", **CC)
a("14 days", 14, "duration", "time within which CCRIF will pay", unit="day", **CC)
a(
    "between $3.5 billion and $5 billion",
    3.5e9,
    "money",
    "insured losses in the Bahamas and the Turks and Caicos Islands",
    q="range",
    unit="USD",
    low=3.5e9,
    high=5e9,
    speaker="Karen Clark & Co.",
    aliases=["Karen Clark", "Karen Clark & Co"],
    date="2036-10-13",
)
a("about 70%", 70, "percent", "tourism's share of the Bahamas' economy", q="approximate", unit=P)
GB = dict(speaker="Government of the Bahamas", aliases=["the government", "Bahamian government"])
a(
    "9.8 million",
    9.8e6,
    "count",
    "visitors arriving in the Bahamas",
    period="first eight months of the year",
    **GB,
)
a("eight months", 8, "duration", "period of the visitor count", unit="month", opt=True, **GB)
a(
    "at least three weeks",
    3,
    "duration",
    "closure of the Freeport cruise port",
    q="at_least",
    unit="week",
)
a("58", 58, "measure", "age of Delroy Pinder", unit="year", after="Delroy Pinder, ", opt=True)
DP = dict(speaker="Delroy Pinder", aliases=["Pinder"])
a("Twenty-two years", 22, "duration", "time spent building his house", unit="year", opt=True, **DP)
a("six", 6, "count", "members of Pinder's family", after="family of ", opt=True, **DP)
a("two days", 2, "duration", "time the family drank rainwater", unit="day", opt=True, **DP)
a("34", 34, "measure", "age of Shantelle Rolle", unit="year", after="Shantelle Rolle, ", opt=True)
a(
    "about 90",
    90,
    "count",
    "patients treated a day in tents at the hospital",
    q="approximate",
    speaker="Shantelle Rolle",
    aliases=["Rolle", "nurse Shantelle Rolle"],
)
a("fourth", 4, "rank", "hurricanes to strike the Bahamas since 2019", opt=True)
a("at least 74", 74, "count", "people killed by Dorian", q="at_least")
a("more than 280", 280, "count", "people left missing by Dorian", q="more_than")

# 4902: ECB Economic Bulletin box (Thursday 9 April 2037).
ECB = ["European Central Bank", "ECB", "Lena Hofbauer", "Matteo Crivelli"]
doc("4902_ecb-economic-bulletin-box-services-inflation-2037-04-09.txt", "2037-04-09", None, ECB)
a("two years", 2, "duration", "period of the slow decline", unit="year", opt=True)
ES = dict(speaker="Eurostat", aliases=["Eurostat's flash estimate", "European Central Bank", "ECB"])
a("3.6%", 3.6, "percent", "euro area services inflation", unit=P, period="March 2037", **ES)
a("1.1%", 1.1, "percent", "non-energy industrial goods inflation", unit=P, **ES)
a("around 46%", 46, "percent", "services share of the HICP basket", q="approximate", unit=P)
a("above 2.7%", 2.7, "percent", "core inflation", q="more_than", unit=P)
a("14 consecutive months", 14, "duration", "time core inflation stayed above 2.7%", unit="month")
a("three", 3, "count", "factors examined in the box", after="looks at ", opt=True)
a("roughly 50%", 50, "percent", "labour share of services firms' costs", q="approximate", unit=P)
a("about 25%", 25, "percent", "labour share of costs in manufacturing", q="approximate", unit=P)
a("3.4%", 3.4, "percent", "negotiated wage growth", unit=P, period="2037")
a("4.7%", 4.7, "percent", "peak negotiated wage growth", unit=P, period="2036")
a(
    "around 3%",
    3,
    "percent",
    "wage growth consistent with the inflation target",
    q="approximate",
    unit=P,
)
a("2%", 2, "percent", "inflation target", after="inflation at our ", unit=P, opt=True)
a(
    "3.2%",
    3.2,
    "percent",
    "expected selling price increase of services firms",
    unit=P,
    period="next 12 months",
)
a("12 months", 12, "duration", "horizon of the price expectations", unit="month", opt=True)
a("2.1%", 2.1, "percent", "expected selling price increase of industrial firms", unit=P)
DI = dict(
    speaker="Dragan Ilievski",
    aliases=["Ilievski", "Executive Board member Dragan Ilievski", "European Central Bank", "ECB"],
    date="2037-03-24",
)
a("close to 4%", 4, "percent", "wage growth in services", q="nearly", unit=P, **DI)
a(
    "0.4%",
    0.4,
    "percent",
    "average annual productivity growth in services",
    unit=P,
    period="since 2019",
    **DI,
)
a("5.8%", 5.8, "percent", "rise in administered prices", unit=P, period="year to March")
a(
    "around 0.3 percentage points",
    0.3,
    "percent",
    "contribution of administered prices to services inflation",
    q="approximate",
    unit=PP,
)
EC = dict(
    speaker="European Commission",
    aliases=["Commission", "Tax and Tariff Monitor", "European Central Bank", "ECB"],
)
a(
    "seven",
    7,
    "count",
    "euro area countries raising regulated tariffs",
    after="Tariff Monitor, ",
    **EC,
)
a("more than 10%", 10, "percent", "rise in regulated tariffs", q="more_than", unit=P, **EC)
a(
    "0.2 percentage points",
    0.2,
    "percent",
    "effect of ending the ticket discount on German services inflation",
    unit=PP,
    speaker="Deutsche Bundesbank",
    aliases=["Bundesbank", "European Central Bank", "ECB"],
)
STAFF = dict(speaker="ECB staff", aliases=["European Central Bank", "ECB", "ECB staff estimates"])
a(
    "about 0.15 percentage points",
    0.15,
    "percent",
    "contribution of energy pass-through to services inflation",
    q="approximate",
    unit=PP,
    period="second half of 2036",
    **STAFF,
)
a(
    "below 3%",
    3,
    "percent",
    "services inflation level needed to declare victory",
    q="less_than",
    unit=P,
    opt=True,
    speaker="Hélène Vasseur",
    aliases=["Vasseur", "President Hélène Vasseur", "ECB President", "European Central Bank"],
)
a("3.1%", 3.1, "percent", "projected services inflation", unit=P, period="2037", **STAFF)
a("2.4%", 2.4, "percent", "projected services inflation", unit=P, period="2038", **STAFF)
a("5.6%", 5.6, "percent", "peak services inflation", unit=P, period="July 2023")
a("around 7 million", 7e6, "count", "employees covered by the ECB wage tracker", q="approximate")
a("seven", 7, "count", "countries covered by the ECB wage tracker", after="employees in ")
a(
    "about one-third",
    33.33,
    "percent",
    "share of employees covered by collective agreements in the tracker",
    q="approximate",
    unit=P,
)

# 4903: Inquirer story on a Senate hearing on rice prices (Tuesday 19 August 2036; the
# hearing was on Monday 18 August).
doc("4903_inquirer-senate-rice-prices-hearing-2036-08-19.txt", "2036-08-19")
H = "2036-08-18"
a("P58", 58, "money", "retail price of rice per kilo", unit="PHP", opt=True)
a("5.1 million metric tons", 5.1e6, "measure", "rice imports", unit="tonne", period="last year")
MA = ["Arellano", "Sen. Marites Arellano"]
PSA_MA = dict(
    speaker="Philippine Statistics Authority",
    aliases=["PSA", "Marites Arellano", *MA],
    date=H,
)
a(
    "P53.40",
    53.4,
    "money",
    "average retail price of regular-milled rice per kilo",
    unit="PHP",
    period="first week of August",
    **PSA_MA,
)
a(
    "P47.90",
    47.9,
    "money",
    "retail price of regular-milled rice a year earlier",
    unit="PHP",
    **PSA_MA,
)
ARL = dict(speaker="Marites Arellano", aliases=MA, date=H)
a("35 percent", 35, "percent", "former tariff on imported rice", unit=P, **ARL)
a("15 percent", 15, "percent", "current tariff on imported rice", unit=P, **ARL)
a("at least P7", 7, "money", "expected price cut per kilo", q="at_least", unit="PHP", **ARL)
RM = ["Magbanua", "Agriculture Secretary Rodolfo Magbanua", "Department of Agriculture", "DA"]
MAG = dict(speaker="Rodolfo Magbanua", aliases=RM, date=H)
a("5-percent", 5, "percent", "broken grade of Vietnamese rice", unit=P, opt=True, **MAG)
a("$612 per ton", 612, "money", "world price of Vietnamese rice", unit="USD", period="July", **MAG)
a(
    "14 months",
    14,
    "duration",
    "span of the high in world rice prices",
    unit="month",
    opt=True,
    **MAG,
)
a(
    "P60 to P62",
    60,
    "money",
    "price of regular-milled rice without the tariff cut",
    q="range",
    unit="PHP",
    low=60,
    high=62,
    **MAG,
)
a(
    "P3 to P4",
    3,
    "money",
    "expected easing of rice prices per kilo",
    q="range",
    unit="PHP",
    low=3,
    high=4,
    **MAG,
)
LC = dict(
    speaker="Larry Casimiro",
    aliases=["Casimiro", "National Food Authority", "NFA"],
    date=H,
)
a("412,000 metric tons", 412000, "measure", "NFA buffer stock", unit="tonne", **LC)
a(
    "about nine days",
    9,
    "duration",
    "national consumption covered by the buffer stock",
    q="approximate",
    unit="day",
    **LC,
)
PSA = dict(speaker="Philippine Statistics Authority", aliases=["PSA"])
a("6.8 percent", 6.8, "percent", "rice inflation", unit=P, period="July", **PSA)
a("9.1 percent", 9.1, "percent", "rice inflation", unit=P, period="June", **PSA)
a(
    "1.2 percentage points",
    1.2,
    "percent",
    "rice contribution to headline inflation",
    unit=PP,
    **PSA,
)
a("4.1 percent", 4.1, "percent", "headline inflation rate", unit=P, **PSA)
JS = ["Salcedo", "Sen. Joaquin Salcedo"]
PSA_JS = dict(
    speaker="Philippine Statistics Authority",
    aliases=["PSA", "Joaquin Salcedo", *JS],
    date=H,
)
a("P17.60", 17.6, "money", "average farmgate price of palay per kilo", unit="PHP", **PSA_JS)
a("P21.30", 21.3, "money", "farmgate price of palay a year earlier", unit="PHP", **PSA_JS)
a(
    "one kilo",
    1,
    "measure",
    "unit of palay production cost",
    unit="kg",
    opt=True,
    speaker="Joaquin Salcedo",
    aliases=JS,
    date=H,
)
a(
    "P14.80",
    14.8,
    "money",
    "cost of producing a kilo of palay",
    unit="PHP",
    speaker="Department of Agriculture",
    aliases=["DA", "Joaquin Salcedo", *JS],
    date=H,
)
a(
    "an estimated P38 billion",
    38e9,
    "money",
    "income lost by palay farmers in the dry-season harvest",
    q="approximate",
    unit="PHP",
    speaker="Federation of Free Farmers",
    aliases=["FFF"],
    date=H,
)
a(
    "about one in five",
    20,
    "percent",
    "rice farmers in Nueva Ecija who leased out or sold their land",
    q="approximate",
    unit=P,
    speaker="Ernesto Dalisay",
    aliases=["Dalisay", "Federation of Free Farmers", "FFF"],
    date=H,
)
a("17", 17, "count", "warehouses suspected of hoarding imported rice")
BOC = dict(speaker="Bureau of Customs", aliases=["BOC"], date="2036-08-17")
a(
    "P24.6 billion",
    24.6e9,
    "money",
    "rice tariff collections",
    unit="PHP",
    period="January to July",
    **BOC,
)
a("11 percent", 11, "percent", "fall in rice tariff collections", unit=P, **BOC)
a("P49", 49, "money", "maximum suggested retail price of imported rice per kilo", unit="PHP")
a(
    "at least 60 percent",
    60,
    "percent",
    "share of imported rice to be sold through Kadiwa stores and accredited retailers",
    q="at_least",
    unit=P,
    speaker="Rodolfo Magbanua",
    aliases=[*RM, "Benjamin Tolentino", "Tolentino"],
)
a(
    "P9.5 billion",
    9.5e9,
    "money",
    "DA budget request for post-harvest facilities",
    unit="PHP",
    **MAG,
)
a("2 in 10", 20, "percent", "farmers with access to a mechanical dryer", unit=P, **MAG)

# 4904: Stoke-on-Trent City Council press release (Thursday 26 February 2037; full council met
# on the evening of Wednesday 25 February).
CITY = ["Stoke-on-Trent City Council"]
doc("4904_stoke-council-budget-2037-02-26.txt", "2037-02-26", None, CITY)
M = "2037-02-25"
a("£1.1bn", 1.1e9, "money", "council budget", unit="GBP", opt=True)
a("£14m", 14e6, "money", "boost for children's services", unit="GBP", opt=True)
a("£14.2 million", 14.2e6, "money", "increase in spending on children's social care", unit="GBP")
a("4.99 per cent", 4.99, "percent", "council tax rise", unit=P)
a("34 votes", 34, "count", "councillors voting for the budget", opt=True)
a("19", 19, "count", "councillors voting against the budget", after="34 votes to ", opt=True)
a("£318.6 million", 318.6e6, "money", "net revenue budget", unit="GBP", period="2037/38")
a("£1.12 billion", 1.12e9, "money", "gross budget including schools funding", unit="GBP")
a(
    "2 per cent",
    2,
    "percent",
    "adult social care precept",
    after="Of the council tax increase, ",
    unit=P,
)
a("£84.52", 84.52, "money", "rise in the Band D council tax", unit="GBP")
a("£1,778.41", 1778.41, "money", "Band D council tax a year", unit="GBP")
a("about £1.63", 1.63, "money", "Band D rise a week", q="approximate", unit="GBP")
a("Around 78 per cent", 78, "percent", "households in Bands A and B", q="approximate", unit=P)
JA = dict(
    speaker="Jane Ashworth", aliases=["Ashworth", "Cllr Jane Ashworth", "Council leader", *CITY]
)
a(
    "more than a decade",
    10,
    "duration",
    "span of the hardest budget",
    q="more_than",
    unit="year",
    opt=True,
    **JA,
)
a("38 per cent", 38, "percent", "rise in demand for children's social care", unit=P, **JA)
a("five years", 5, "duration", "period of the demand rise", unit="year", opt=True, **JA)
a("1,046", 1046, "count", "children in the council's care", **JA)
a("£21.7 million", 21.7e6, "money", "savings found", unit="GBP", **JA)
a(
    "5 per cent",
    5,
    "percent",
    "council tax rise the government assumes",
    after="rise below the ",
    unit=P,
    opt=True,
    **JA,
)
IS = dict(
    speaker="Imran Siddique",
    aliases=["Siddique", "Cllr Imran Siddique", "Cabinet member for finance"],
    date=M,
)
a("5.6 per cent", 5.6, "percent", "rise in the council's core spending power", unit=P, **IS)
a("6.1 per cent", 6.1, "percent", "national average rise in core spending power", unit=P, **IS)
a(
    "around £96 million",
    96e6,
    "money",
    "real-terms loss of government funding a year",
    q="approximate",
    unit="GBP",
    period="since 2010",
    **IS,
)
a(
    "27 per cent",
    27,
    "percent",
    "rise in Band D bills",
    unit=P,
    period="since 2032",
    speaker="Peter Wainwright",
    aliases=["Wainwright", "Cllr Peter Wainwright", "Conservative group leader"],
    date=M,
)
a(
    "10 per cent",
    10,
    "percent",
    "proposed cut in councillors' allowances",
    after="allowances by ",
    unit=P,
    opt=True,
)
a("4,800", 4800, "count", "council's directly employed staff")
UN = dict(speaker="Unison", aliases=["the union"], date="2037-02-24")
a("about 140", 140, "count", "posts lost under the savings plan", q="approximate", **UN)
a(
    "exceeded 20",
    20,
    "count",
    "compulsory redundancies that would trigger a ballot",
    q="more_than",
    opt=True,
    **UN,
)
a("£3.4 million", 3.4e6, "money", "Ward Investment Fund", unit="GBP")
a("37", 37, "count", "wards in the city", after="each of the city's ")
a(
    "between £60,000 and £120,000",
    60000,
    "money",
    "Ward Investment Fund allocation per ward",
    q="range",
    unit="GBP",
    low=60000,
    high=120000,
)
ONS = dict(speaker="Office for National Statistics", aliases=["ONS", *CITY])
a("9", 9, "count", "wards among the most deprived areas in England", after="Statistics, ", **ONS)
a("37", 37, "count", "wards in the city", after="9 of the city's ", opt=True, **ONS)
a(
    "10 per cent",
    10,
    "percent",
    "most deprived areas threshold",
    after="among the ",
    unit=P,
    opt=True,
    **ONS,
)
CC4 = dict(speaker="Stoke-on-Trent City Council", aliases=["the council"])
a(
    "44 per cent",
    44,
    "percent",
    "children in low-income households in Bentilee and Ubberley",
    unit=P,
    **CC4,
)
a("29 per cent", 29, "percent", "children in low-income households across the city", unit=P, **CC4)
a("73.1 years", 73.1, "measure", "male life expectancy in Bentilee and Ubberley", unit="year")
a(
    "almost six years",
    6,
    "measure",
    "gap in male life expectancy below the national average",
    q="nearly",
    unit="year",
)
LGA = dict(speaker="Local Government Association", aliases=["LGA"])
a(
    "£6.2 billion",
    6.2e9,
    "money",
    "funding gap of councils in England",
    unit="GBP",
    period="over the next three years",
    **LGA,
)
a("three years", 3, "duration", "period of the funding gap", unit="year", opt=True, **LGA)
a("one in five", 20, "percent", "councils that could need emergency support", unit=P, **LGA)
a("£186 million", 186e6, "money", "capital programme", unit="GBP", period="over four years")
a("four years", 4, "duration", "period of the capital programme", unit="year", opt=True)
a("£42 million", 42e6, "money", "road repair and resurfacing", unit="GBP")
a("£25 million", 25e6, "money", "new special educational needs school", unit="GBP")
a("150", 150, "count", "places at the new school", after="Fenton with ")
a("£112.40", 112.40, "money", "fire authority precept on a Band D bill", unit="GBP")
a(
    "£276.91",
    276.91,
    "money",
    "police, fire and crime commissioner precept on a Band D bill",
    unit="GBP",
)
a("around 262,000", 262000, "count", "population of Stoke-on-Trent", q="approximate", **ONS)

# 4905: Bernama story on palm oil exports (Monday 11 May 2037).
doc("4905_bernama-palm-oil-exports-mpob-2037-05-11.txt", "2037-05-11")
MPOB = dict(speaker="Malaysian Palm Oil Board", aliases=["MPOB", "the board"])
a("9.4 pct", 9.4, "percent", "fall in palm oil exports", unit=P, opt=True, **MPOB)
a("1.94 mln tonnes", 1.94e6, "measure", "palm oil stocks", unit="tonne", opt=True, **MPOB)
a("9.4 per cent", 9.4, "percent", "fall in palm oil exports", unit=P, period="April", **MPOB)
a(
    "1.21 million tonnes",
    1.21e6,
    "measure",
    "palm oil exports",
    unit="tonne",
    period="April",
    **MPOB,
)
a(
    "1.34 million tonnes",
    1.34e6,
    "measure",
    "palm oil exports",
    unit="tonne",
    period="March",
    **MPOB,
)
a("6.2 per cent", 6.2, "percent", "month-on-month rise in palm oil stocks", unit=P, **MPOB)
a(
    "1.94 million tonnes",
    1.94e6,
    "measure",
    "palm oil stocks at the end of April",
    unit="tonne",
    **MPOB,
)
a("11.3 per cent", 11.3, "percent", "rise in crude palm oil production", unit=P, **MPOB)
a("1.68 million tonnes", 1.68e6, "measure", "crude palm oil production", unit="tonne", **MPOB)
a(
    "48,716 tonnes",
    48716,
    "measure",
    "palm oil imports",
    unit="tonne",
    period="April",
    aliases=["MPOB"],
)
a(
    "71,302 tonnes",
    71302,
    "measure",
    "palm oil imports",
    unit="tonne",
    period="March",
    aliases=["MPOB"],
)
a(
    "1.87 million tonnes",
    1.87e6,
    "measure",
    "palm oil stocks forecast in a Reuters survey",
    unit="tonne",
    aliases=["Reuters"],
)
ITS = dict(
    speaker="Intertek Testing Services",
    aliases=["ITS", "Intertek"],
    date="2037-05-10",
)
a(
    "4.8 per cent",
    4.8,
    "percent",
    "rise in palm oil product exports",
    unit=P,
    period="May 1-10",
    **ITS,
)
a(
    "382,150 tonnes",
    382150,
    "measure",
    "palm oil product exports",
    unit="tonne",
    period="May 1-10",
    **ITS,
)
a(
    "364,660 tonnes",
    364660,
    "measure",
    "palm oil product exports",
    unit="tonne",
    period="April 1-10",
    **ITS,
)
AMS = dict(speaker="AmSpec Agri Malaysia", aliases=["AmSpec"])
a(
    "376,904 tonnes",
    376904,
    "measure",
    "palm oil product exports",
    unit="tonne",
    period="May 1-10",
    **AMS,
)
a("3.1 per cent", 3.1, "percent", "rise in palm oil product exports", unit=P, **AMS)
RK = ["Rosnah", "Datuk Seri Rosnah Kamaruddin", "Plantation and Commodities Minister"]
ROS = dict(speaker="Rosnah Kamaruddin", aliases=RK)
a(
    "about 31 per cent",
    31,
    "percent",
    "India's and China's share of Malaysia's palm oil exports",
    q="approximate",
    unit=P,
    period="last year",
    **ROS,
)
a(
    "about 2.1 million tonnes",
    2.1e6,
    "measure",
    "India's edible oil stocks",
    q="approximate",
    unit="tonne",
    **ROS,
)
a("three years", 3, "duration", "span of the low in Indian stocks", unit="year", opt=True, **ROS)
a("16.5 million tonnes", 16.5e6, "measure", "palm oil export target", unit="tonne", opt=True, **ROS)
a("16.2 million tonnes", 16.2e6, "measure", "palm oil exports", unit="tonne", period="2036", **ROS)
a(
    "10 per cent",
    10,
    "percent",
    "Indian import duty on crude palm oil",
    unit=P,
    speaker="Ramesh Kulkarni",
    aliases=["Kulkarni", "India's Food and Public Distribution Minister", "Rosnah Kamaruddin", *RK],
    date="2037-05-07",
)
a(
    "RM120 million",
    120e6,
    "money",
    "allocation for the smallholder replanting scheme",
    unit="MYR",
    **ROS,
)
a(
    "some 18,000",
    18000,
    "count",
    "smallholders benefiting from the replanting scheme",
    q="approximate",
    **ROS,
)
MPOA = dict(speaker="Malaysian Palm Oil Association", aliases=["MPOA"])
a("about 24,000", 24000, "count", "shortage of foreign workers", q="approximate", **MPOA)
a("up to 8 per cent", 8, "percent", "yield cut in some Sabah estates", q="at_most", unit=P, **MPOA)
a("RM37", 37, "money", "fall in the benchmark CPO contract", unit="MYR")
a("RM4,126 per tonne", 4126, "money", "benchmark CPO contract price", unit="MYR")
a(
    "below 1.9 million tonnes",
    1.9e6,
    "measure",
    "stocks figure the market expected",
    q="less_than",
    unit="tonne",
)
a("RM4,000", 4000, "money", "price level CPO could test", unit="MYR")
a(
    "between 1.85 million and 1.9 million tonnes",
    1.85e6,
    "measure",
    "expected end-May palm oil stocks",
    q="range",
    unit="tonne",
    low=1.85e6,
    high=1.9e6,
    speaker="Teoh Wei Ling",
    aliases=["Teoh", "Kenanga Investment Bank"],
)
HZ = dict(
    speaker="Harun Zulkifli",
    aliases=["Harun", "Datuk Dr Harun Zulkifli", "Malaysian Palm Oil Council", "MPOC"],
    date="2037-05-10",
)
a(
    "about 3 million tonnes",
    3e6,
    "measure",
    "palm oil taken off the export market by Indonesia's B50 mandate",
    q="approximate",
    unit="tonne",
    period="this year",
    **HZ,
)
a("second-largest", 2, "rank", "Malaysia's rank among palm oil producers and exporters", **HZ)
a(
    "about 24 per cent",
    24,
    "percent",
    "Malaysia's share of global palm oil production",
    q="approximate",
    unit=P,
    **HZ,
)

# 4906: NPR Morning Edition transcript on the May jobs report (Friday 5 June 2037).
doc("4906_npr-morning-edition-jobs-report-2037-06-05.txt", "2037-06-05")
MQ = ["QUINTERO", "Quintero", "MARISA QUINTERO", "NPR"]
OM = ["MBEKI", "Mbeki", "OWEN MBEKI", "NPR"]
RT = ["TANAKA-FROST", "Tanaka-Frost", "RACHEL TANAKA-FROST", "Indeed Hiring Lab", "Indeed"]
a("148,000", 148000, "count", "jobs added in May", opt=True)
a("4.7%", 4.7, "percent", "unemployment rate", unit=P, opt=True)
DOL = dict(
    speaker="U.S. Department of Labor",
    aliases=[
        "Labor Department",
        "Department of Labor",
        "Bureau of Labor Statistics",
        "BLS",
        "Marisa Quintero",
        *MQ,
    ],
)
a(
    "148,000",
    148000,
    "count",
    "jobs added by employers",
    after="employers added ",
    period="May",
    **DOL,
)
a("4.7%", 4.7, "percent", "unemployment rate", after="unemployment rate rose to ", unit=P, **DOL)
a(
    "148,000",
    148000,
    "count",
    "jobs added in May",
    after="QUINTERO: So ",
    opt=True,
    speaker="Marisa Quintero",
    aliases=MQ,
)
MB = dict(speaker="Owen Mbeki", aliases=OM)
a(
    "closer to 180,000",
    180000,
    "count",
    "jobs forecasters expected",
    q="approximate",
    speaker=None,
    aliases=["Owen Mbeki", *OM],
)
a("61,000", 61000, "count", "combined downward revision for March and April", **MB)
a("three months", 3, "duration", "period of the job-gain average", unit="month", opt=True, **MB)
a("about 112,000", 112000, "count", "average monthly job gains", q="approximate", **MB)
a("two-tenths of a point", 0.2, "percent", "rise in the unemployment rate", unit=PP, **MB)
a(
    "4.7%",
    4.7,
    "percent",
    "unemployment rate",
    after="two-tenths of a point, to ",
    unit=P,
    opt=True,
    **MB,
)
a(
    "nearly four years",
    4,
    "duration",
    "span of the high in unemployment",
    q="nearly",
    unit="year",
    opt=True,
    **MB,
)
a("About 7.9 million", 7.9e6, "count", "people looking for work", q="approximate", **MB)
a("3.4%", 3.4, "percent", "annual wage growth", unit=P, **MB)
a("57,000", 57000, "count", "health care jobs added", **MB)
a(
    "roughly 4 in every 10",
    40,
    "percent",
    "health care share of new jobs",
    q="approximate",
    unit=P,
    **MB,
)
a("22,000", 22000, "count", "jobs added by restaurants and bars", **MB)
a("14,000", 14000, "count", "manufacturing jobs cut", **MB)
a("sixth", 6, "rank", "consecutive monthly decline in manufacturing jobs", opt=True, **MB)
a("9,000", 9000, "count", "federal government jobs shed", **MB)
DW = dict(
    speaker="Dolores Whitman",
    aliases=[
        "Whitman",
        "DOLORES WHITMAN",
        "Labor Secretary Dolores Whitman",
        "U.S. Department of Labor",
    ],
)
a("58 months", 58, "duration", "consecutive months of job gains", unit="month", **DW)
a("more than 400", 400, "count", "new plants under construction", q="more_than", **DW)
PM = dict(speaker=None, aliases=["Owen Mbeki", *OM], date="2037-06-04")
a("one", 1, "count", "shifts cut by the Ohio plant", after="company has cut ", opt=True, **PM)
a("three", 3, "count", "shifts at the Ohio plant", after="one of its ", opt=True, **PM)
ISM = dict(
    speaker="Institute for Supply Management",
    aliases=["ISM", "Owen Mbeki", *OM],
    date="2037-06-01",
)
a("eighth", 8, "rank", "consecutive month of factory employment contraction", opt=True, **ISM)
a("31%", 31, "percent", "purchasing managers saying they were hiring", unit=P, **ISM)
RTF = dict(speaker="Rachel Tanaka-Frost", aliases=RT)
a("about 6%", 6, "percent", "job postings below pre-pandemic level", q="approximate", unit=P, **RTF)
a(
    "more than a third",
    33.33,
    "percent",
    "fall in postings for software developers",
    q="more_than",
    unit=P,
    **RTF,
)
a("around 235,000", 235000, "count", "weekly jobless claims", q="approximate", **RTF)
a(
    "two weeks",
    2,
    "duration",
    "time until the Federal Reserve meeting",
    unit="week",
    opt=True,
    speaker="Daniel Achterberg",
    aliases=["ACHTERBERG", "Achterberg", "DANIEL ACHTERBERG", "NPR"],
)
GN = dict(
    speaker="Gregory Naylor",
    aliases=[
        "Naylor",
        "Fed Chair Gregory Naylor",
        "Federal Reserve",
        "Daniel Achterberg",
        "ACHTERBERG",
    ],
    date="2037-06-03",
)
a("2.6%", 2.6, "percent", "inflation", unit=P, **GN)
a(
    "above 5%",
    5,
    "percent",
    "unemployment threshold for a rate cut",
    q="more_than",
    unit=P,
    opt=True,
    **GN,
)
CME = dict(
    speaker="CME Group",
    aliases=["CME FedWatch", "CME FedWatch tool", "Rachel Tanaka-Frost", *RT],
)
a(
    "about a 70%",
    70,
    "percent",
    "market-implied chance of a July rate cut",
    q="approximate",
    unit=P,
    **CME,
)
a("quarter-point", 0.25, "percent", "size of the expected rate cut", unit=PP, opt=True, **CME)
a(
    "closer to 45%",
    45,
    "percent",
    "market-implied chance of a cut a week earlier",
    q="approximate",
    unit=P,
    **RTF,
)
HM = dict(speaker=None, aliases=["Rachel Tanaka-Frost", *RT])
a("900", 900, "count", "applications for warehouse jobs", **HM)
a("12", 12, "count", "warehouse jobs on offer", after="applications for ", **HM)

# 4907: WHO/Europe joint news release on measles (Thursday 20 November 2036).
WHO = ["World Health Organization", "WHO/Europe", "WHO Regional Office for Europe", "UNICEF"]
doc("4907_who-europe-measles-cases-2036-11-20.txt", "2036-11-20", None, WHO)
a("top 94 000", 94000, "count", "measles cases in the European Region", q="more_than", opt=True)
a("10 months", 10, "duration", "period of the case count", unit="month", opt=True)
WE = dict(
    speaker="WHO Regional Office for Europe",
    aliases=["WHO/Europe", "World Health Organization", "WHO"],
)
a(
    "94 318",
    94318,
    "count",
    "measles cases in the WHO European Region",
    period="January to October 2036",
    **WE,
)
a(
    "almost twice",
    2,
    "measure",
    "cases relative to the whole of 2035",
    q="nearly",
    unit="times",
    opt=True,
    **WE,
)
a("48 702", 48702, "count", "measles cases reported in 2035", period="2035", **WE)
a("At least 61", 61, "count", "measles deaths", q="at_least")
a("38", 38, "count", "measles deaths in Romania and Kazakhstan", after="died, ")
a("21 406", 21406, "count", "measles cases in Romania")
a("14 950", 14950, "count", "measles cases in Kazakhstan")
a("9 812", 9812, "count", "measles cases in Türkiye")
a("6 233", 6233, "count", "measles cases in Azerbaijan")
a("four", 4, "count", "countries with the most cases", after="Together, these ", opt=True)
a(
    "more than half",
    50,
    "percent",
    "four countries' share of cases in the Region",
    q="more_than",
    unit=P,
)
ECDC = dict(
    speaker="European Centre for Disease Prevention and Control",
    aliases=["ECDC"],
)
a(
    "18 904",
    18904,
    "count",
    "measles cases in the EU and EEA",
    period="12 months to September",
    **ECDC,
)
a("12 months", 12, "duration", "period of the ECDC case count", unit="month", opt=True, **ECDC)
a("under 5 years", 5, "measure", "age of children", q="less_than", unit="year", opt=True)
a("43%", 43, "percent", "children under 5 among reported cases", unit=P)
a("20 years", 20, "measure", "age of adults", q="at_least", unit="year", opt=True)
a("27%", 27, "percent", "adults among reported cases", unit=P)
a(
    "More than half",
    50,
    "percent",
    "cases requiring hospitalization",
    q="more_than",
    unit=P,
    opt=True,
)
a("55%", 55, "percent", "cases requiring hospitalization", unit=P)
MD = dict(
    speaker="Mirela Dumitrescu",
    aliases=[
        "Dumitrescu",
        "Dr Mirela Dumitrescu",
        "WHO Regional Director for Europe",
        "WHO/Europe",
    ],
)
a(
    "92%",
    92,
    "percent",
    "first-dose measles vaccine coverage in the Region",
    unit=P,
    period="2035",
    **MD,
)
a(
    "89%",
    89,
    "percent",
    "second-dose measles vaccine coverage in the Region",
    unit=P,
    period="2035",
    **MD,
)
a("95%", 95, "percent", "coverage needed to stop the virus spreading", unit=P, opt=True, **MD)
a("roughly 620 000", 620000, "count", "children who missed their first dose", q="approximate", **MD)
a(
    "1 in 3",
    33.33,
    "percent",
    "paediatric beds in Bucharest occupied by children with measles",
    unit=P,
    speaker="Minister of Health of Romania",
    aliases=["health minister", "Romanian health minister", "Mirela Dumitrescu", "Dumitrescu"],
)
RC = dict(
    speaker="Regina Castellano-Moore",
    aliases=["Castellano-Moore", "UNICEF Regional Director for Europe and Central Asia", "UNICEF"],
)
a(
    "2.4 million",
    2.4e6,
    "count",
    "doses of measles-rubella vaccine delivered",
    period="since January",
    **RC,
)
a("11", 11, "count", "countries receiving vaccine doses", after="vaccine to ", **RC)
a("700 000", 700000, "count", "further vaccine doses to ship before the end of the year", **RC)
a(
    "more than 310 000",
    310000,
    "count",
    "children vaccinated in Kazakhstan's catch-up campaign",
    q="more_than",
    speaker="Ministry of Health of Kazakhstan",
    aliases=["Kazakhstan's Ministry of Health"],
    date="2036-11-18",
)
NIPH = dict(
    speaker="National Institute of Public Health of Romania",
    aliases=["National Institute of Public Health"],
    date="2036-11-17",
)
a("2 years", 2, "measure", "age at which coverage is measured", unit="year", opt=True, **NIPH)
a("78%", 78, "percent", "measles vaccination coverage at age 2 in Romania", unit=P, **NIPH)
a("71%", 71, "percent", "measles vaccination coverage a year earlier", unit=P, **NIPH)
a("US$ 3.5 million", 3.5e6, "money", "WHO Contingency Fund for Emergencies release", unit="USD")
a("6", 6, "count", "countries supported by the release", after="outbreak response in ")
a("42", 42, "count", "experts deployed")
a(
    "more than 150 000",
    150000,
    "count",
    "measles cases the Region could see in 2037",
    q="more_than",
    speaker="European Immunization Technical Advisory Group of Experts",
    aliases=["ETAGE"],
)
a(
    "up to 9 out of 10",
    90,
    "percent",
    "unvaccinated close contacts one person can infect",
    q="at_most",
    unit=P,
)
a("Two", 2, "count", "doses of measles-containing vaccine", after="close contacts. ", opt=True)
a("about 97%", 97, "percent", "effectiveness of two doses", q="approximate", unit=P)
a("53", 53, "count", "Member States served by WHO/Europe", after="serves ")
a("nearly 930 million", 930e6, "count", "people in the WHO European Region", q="nearly")

GOLD.build()
