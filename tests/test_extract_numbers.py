# ruff: noqa: E501 -- the case tables are one case per line, kept aligned and unwrapped
"""The number grammar: spans, values, bounds, qualifiers, units and what is not a statistic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from claimgraph.extract.numbers import find_quantities, parse_number
from claimgraph.extract.units import currency_for, qudt_for, unit_for
from claimgraph.models import Quantity

# (sentence, expected span, value, qualifier, unit, kind from the grammar)
# fmt: off
POSITIVE: list[tuple[str, str, str, str, str | None, str | None]] = [
    # counts, digits and separators
    ("China has 305 effective laws.", "305", "305", "exact", None, None),
    ("with around 3,000 deputies to the NPC", "around 3,000", "3000", "approximate", None, None),
    ("more than 2.7 million deputies", "more than 2.7 million", "2700000", "more_than", None, None),
    ("lifting nearly 100 million poor rural residents", "nearly 100 million", "100000000", "nearly", None, None),
    ("over 300 reform measures were adopted", "over 300", "300", "more_than", None, None),
    ("There are now 1152 cases in 26 countries.", "1152", "1152", "exact", None, None),
    ("China has reported 75,567 cases of COVID-19.", "75,567", "75567", "exact", None, None),
    ("Some 22 million more people need help.", "Some 22 million", "22000000", "approximate", None, None),
    ("About 194,000 Chinese students study here.", "About 194,000", "194000", "approximate", None, None),
    ("at least 22 UN personnel were detained", "at least 22", "22", "at_least", None, None),
    ("More than 120 Phoenix Ghost systems", "More than 120", "120", "more_than", None, None),
    ("over 110 thousand freight train services", "over 110 thousand", "110000", "more_than", None, None),
    ("provided over 2.1 bln doses", "over 2.1 bln", "2100000000", "more_than", None, None),
    ("4.6 billion protective gears", "4.6 billion", "4600000000", "exact", None, None),
    ("fewer than 500 staff remain", "fewer than 500", "500", "less_than", None, None),
    ("less than 10,000 tests a day", "less than 10,000", "10000", "less_than", None, None),
    ("under 40 applicants were accepted", "under 40", "40", "less_than", None, None),
    ("below 1,000 cases per week", "below 1,000", "1000", "less_than", None, None),
    ("up to 500 troops will deploy", "up to 500", "500", "at_most", None, None),
    ("as many as 80 vessels took part", "as many as 80", "80", "at_most", None, None),
    ("at most 12 members sit on it", "at most 12", "12", "at_most", None, None),
    ("no fewer than 30 hospitals were hit", "no fewer than 30", "30", "at_least", None, None),
    ("no less than 7,500 households", "no less than 7,500", "7500", "at_least", None, None),
    ("upwards of 40,000 people marched", "upwards of 40,000", "40000", "more_than", None, None),
    ("in excess of 9,000 homes were lost", "in excess of 9,000", "9000", "more_than", None, None),
    ("almost 60,000 migrants crossed", "almost 60,000", "60000", "nearly", None, None),
    ("roughly 1.5 million barrels", "roughly 1.5 million barrels", "1500000", "approximate", "barrel", "measure"),
    ("approximately 250 schools reopened", "approximately 250", "250", "approximate", None, None),
    ("an estimated 3.4 million children", "an estimated 3.4 million", "3400000", "approximate", None, None),
    ("above 90 vessels sailed", "above 90", "90", "more_than", None, None),
    ("50,000 or more people", "50,000 or more", "50000", "at_least", None, None),
    ("It hired 2.5k engineers last spring.", "2.5k", "2500", "exact", None, None),
    ("a record 168 million people will need aid", "168 million", "168000000", "exact", None, None),
    ("18 billion testing kits", "18 billion", "18000000000", "exact", None, None),
    ("Outside China, 8 deaths were reported.", "8", "8", "exact", None, None),
    ("The 387-strong delegation arrived.", "387", "387", "exact", None, None),
    ("72 155 mm howitzers and 144,000 rounds", "72", "72", "exact", None, None),
    ("72 155 mm howitzers and 144,000 rounds", "144,000", "144000", "exact", None, None),
    ("It employs 1.2 mln workers.", "1.2 mln", "1200000", "exact", None, None),
    ("about 10,000 people cross every day", "about 10,000", "10000", "approximate", None, None),
    ("The camp holds 12,345.5 tonnes of grain.", "12,345.5 tonnes", "12345.5", "exact", "tonne", "measure"),
    # numbers in words
    ("the deal was extended by six months", "six months", "6", "exact", "month", "duration"),
    ("twenty-five nations signed the pact", "twenty-five", "25", "exact", None, None),
    ("Twenty five nations signed the pact.", "Twenty five", "25", "exact", None, None),
    ("a dozen ministers resigned", "a dozen", "12", "exact", None, None),
    ("a million people marched", "a million", "1000000", "exact", None, None),
    ("over a million Palestinians were displaced", "over a million", "1000000", "more_than", None, None),
    ("hundreds of thousands lack shelter", "hundreds of thousands", "200000", "at_least", None, None),
    ("Hundreds of thousands lack shelter", "Hundreds of thousands", "200000", "at_least", None, None),
    ("tens of thousands fled the city", "tens of thousands", "20000", "at_least", None, None),
    ("20 are from nine ethnic minority groups", "nine", "9", "exact", None, None),
    ("there are now 18 cases and four deaths", "four", "4", "exact", None, None),
    ("equip five battalions for Ukraine", "five", "5", "exact", None, None),
    ("eight hours of meetings", "eight hours", "8", "exact", "hour", "duration"),
    ("a session of six and a half days", "six and a half days", "6.5", "exact", "day", "duration"),
    ("half a million doses arrived", "half a million", "500000", "exact", None, None),
    ("three hundred thousand tonnes", "three hundred thousand tonnes", "300000", "exact", "tonne", "measure"),
    ("seventeen ships docked", "seventeen", "17", "exact", None, None),
    ("ninety-nine projects began", "ninety-nine", "99", "exact", None, None),
    # fractions as percent
    ("accounting for one-third of the total", "one-third", "33.33", "exact", "percent", "percent"),
    ("accounting for one third of the total", "one third", "33.33", "exact", "percent", "percent"),
    ("a two-thirds majority", "two-thirds", "66.67", "exact", "percent", "percent"),
    ("our two peoples one-fourth of the world", "one-fourth", "25", "exact", "percent", "percent"),
    ("our trade one-fifth of the global total", "one-fifth", "20", "exact", "percent", "percent"),
    ("one in every 45 people needs help", "one in every 45", "2.22", "exact", "percent", "percent"),
    ("one in five children is stunted", "one in five", "20", "exact", "percent", "percent"),
    ("1 in 4 adults smoke", "1 in 4", "25", "exact", "percent", "percent"),
    ("nearly half of Gaza's population", "nearly half", "50", "nearly", "percent", "percent"),
    ("half of the budget went to health", "half", "50", "exact", "percent", "percent"),
    ("about a third of the wheat", "about a third", "33.33", "approximate", "percent", "percent"),
    ("three quarters of the votes", "three quarters", "75", "exact", "percent", "percent"),
    ("almost a quarter of exports", "almost a quarter", "25", "nearly", "percent", "percent"),
    # percent spellings
    ("by over 200 percent", "over 200 percent", "200", "more_than", "percent", "percent"),
    ("5.2 per cent growth", "5.2 per cent", "5.2", "exact", "percent", "percent"),
    ("a 3% rise in prices", "3%", "3", "exact", "percent", "percent"),
    ("inflation of 2.4 pct in May", "2.4 pct", "2.4", "exact", "percent", "percent"),
    ("saw a 30-percent growth", "30-percent", "30", "exact", "percent", "percent"),
    ("a 12-per-cent cut", "12-per-cent", "12", "exact", "percent", "percent"),
    ("exports were down 9.6%", "9.6%", "9.6", "exact", "percent", "percent"),
    ("rose 1.4 percentage points", "1.4 percentage points", "1.4", "exact", "percentage point", "percent"),
    ("cut by 25 basis points", "25 basis points", "25", "exact", "basis point", "percent"),
    ("nearly 70 percent of companies", "nearly 70 percent", "70", "nearly", "percent", "percent"),
    ("GDP grew 5.3% year-on-year", "5.3%", "5.3", "exact", "percent", "percent"),
    ("unemployment of about 4 per cent", "about 4 per cent", "4", "approximate", "percent", "percent"),
    ("a 500 percent increase", "500 percent", "500", "exact", "percent", "percent"),
    ("exports fell 0.9 percen", "0.9 percen", "0.9", "exact", "percent", "percent"),
    ("more than 50 % of voters", "more than 50 %", "50", "more_than", "percent", "percent"),
    # money
    ("$1.2 billion in aid", "$1.2 billion", "1200000000", "exact", "USD", "money"),
    ("nearly $29 billion is required", "nearly $29 billion", "29000000000", "nearly", "USD", "money"),
    ("registered 481 billion yuan", "481 billion yuan", "481000000000", "exact", "CNY", "money"),
    ("reached RMB 21.8 trillion", "RMB 21.8 trillion", "21800000000000", "exact", "CNY", "money"),
    ("1.2 trillion U.S. dollars last year", "1.2 trillion U.S. dollars", "1200000000000", "exact", "USD", "money"),
    ("more than $4 billion in assistance", "more than $4 billion", "4000000000", "more_than", "USD", "money"),
    ("£350m a week for the NHS", "£350m", "350000000", "exact", "GBP", "money"),
    ("a €2bn fund", "€2bn", "2000000000", "exact", "EUR", "money"),
    ("US$43.29 billion of ODI", "US$43.29 billion", "43290000000", "exact", "USD", "money"),
    ("¥500 billion of bonds", "¥500 billion", "500000000000", "exact", "CNY", "money"),
    ("4.12 trillion yuan of imports", "4.12 trillion yuan", "4120000000000", "exact", "CNY", "money"),
    ("3 million euros for schools", "3 million euros", "3000000", "exact", "EUR", "money"),
    ("500 million pounds of funding", "500 million pounds", "500000000", "exact", "GBP", "money"),
    ("2 trillion yen in stimulus", "2 trillion yen", "2000000000000", "exact", "JPY", "money"),
    ("HK$12 billion of relief", "HK$12 billion", "12000000000", "exact", "HKD", "money"),
    ("RMB21.8 trillion in trade", "RMB21.8 trillion", "21800000000000", "exact", "CNY", "money"),
    ("14.76 trillion yuan in trade", "14.76 trillion yuan", "14760000000000", "exact", "CNY", "money"),
    ("600 million dollars in loans", "600 million dollars", "600000000", "exact", "USD", "money"),
    ("USD 5 billion in credit", "USD 5 billion", "5000000000", "exact", "USD", "money"),
    ("$79 million this year", "$79 million", "79000000", "exact", "USD", "money"),
    ("up to $500,000 per firm", "up to $500,000", "500000", "at_most", "USD", "money"),
    ("1.5 trillion won in aid", "1.5 trillion won", "1500000000000", "exact", "KRW", "money"),
    # measures and units
    ("a life expectancy of 78.6 years", "78.6 years", "78.6", "exact", "year", "duration"),
    ("2,000 km of railway", "2,000 km", "2000", "exact", "km", "measure"),
    ("over 1.5 gigawatts of solar", "over 1.5 gigawatts", "1.5", "more_than", "GW", "measure"),
    ("a 300 MW plant", "300 MW", "300", "exact", "MW", "measure"),
    ("1,200 kilometres of road", "1,200 kilometres", "1200", "exact", "km", "measure"),
    ("40 kg of rice", "40 kg", "40", "exact", "kg", "measure"),
    ("5 million tonnes of grain", "5 million tonnes", "5000000", "exact", "tonne", "measure"),
    ("3.5 times the funds requested", "3.5 times", "3.5", "exact", "times", "measure"),
    ("a 10-fold rise", "10-fold", "10", "exact", "times", "measure"),
    ("80 square kilometres of forest", "80 square kilometres", "80", "exact", "km2", "measure"),
    ("12,000 hectares burned", "12,000 hectares", "12000", "exact", "hectare", "measure"),
    ("45 TWh of electricity", "45 TWh", "45", "exact", "TWh", "measure"),
    ("1 million barrels a day", "1 million barrels a day", "1000000", "exact", "barrel per day", "measure"),
    ("20 million TEUs handled", "20 million TEUs", "20000000", "exact", "TEU", "measure"),
    ("temperatures of 45 degrees Celsius", "45 degrees Celsius", "45", "exact", "degree Celsius", "measure"),
    ("a 400-mile pipeline", "400-mile", "400", "exact", "mile", "measure"),
    ("skiers as young as 17 years old", "17 years old", "17", "exact", "year", "measure"),
    ("a flight every 24 minutes", "24 minutes", "24", "exact", "minute", "measure"),
    # durations
    ("adopted the UDHR 77 years ago", "77 years ago", "77", "exact", "year", "duration"),
    ("a full decade ahead of schedule", "a full decade", "10", "exact", "year", "duration"),
    ("more than a decade of work", "more than a decade", "10", "more_than", "year", "duration"),
    ("two decades of growth", "two decades", "20", "exact", "year", "duration"),
    ("in the more than 40 years since", "more than 40 years", "40", "more_than", "year", "duration"),
    ("for two consecutive quarters", "two consecutive quarters", "2", "exact", "quarter", "duration"),
    ("for four consecutive months", "four consecutive months", "4", "exact", "month", "duration"),
    ("a 90-day pause on tariffs", "90-day", "90", "exact", "day", "duration"),
    ("a 10-year plan", "10-year", "10", "exact", "year", "duration"),
    ("within 48 hours of arrival", "48 hours", "48", "exact", "hour", "duration"),
    ("three weeks of talks", "three weeks", "3", "exact", "week", "duration"),
    ("a century ago", "a century", "100", "exact", "year", "duration"),
    # anniversaries and ranks
    ("the 76th Anniversary of the UDHR", "76th Anniversary", "76", "exact", None, "anniversary"),
    ("marks the 80th anniversary of the UN", "80th anniversary", "80", "exact", None, "anniversary"),
    ("the 75th anniversary of ties", "75th anniversary", "75", "exact", None, "anniversary"),
    ("the fiftieth anniversary of ties", "fiftieth anniversary", "50", "exact", None, "anniversary"),
    ("the twenty-fifth anniversary of the pact", "twenty-fifth anniversary", "25", "exact", None, "anniversary"),
    ("the world's second-largest economy", "second-largest", "2", "exact", None, "rank"),
    ("the third largest trading partner", "third largest", "3", "exact", None, "rank"),
    ("Britain ranked 12th in the index", "12th", "12", "exact", None, "rank"),
    ("the 2nd biggest market", "2nd biggest", "2", "exact", None, "rank"),
    # thousands grouped by spaces (WHO, UN style); a calibre after a count stays apart
    ("a total of 412 905 measles cases", "412 905", "412905", "exact", None, None),
    ("almost 45 000 suspected cases", "almost 45 000", "45000", "nearly", None, None),
    ("some 1 250 300 doses", "some 1 250 300", "1250300", "approximate", None, None),
    # a change then the new level is not a range
    ("vacancies fell by 12,000 to 640,000", "12,000", "12000", "exact", None, None),
    ("vacancies fell by 12,000 to 640,000", "640,000", "640000", "exact", None, None),
    # "by a third" is a fraction even without "of"
    ("wait times fell by about a third", "about a third", "33.33", "approximate", "percent", "percent"),
    # counts between 1800 and 2100 followed by a count noun; a capitalised line word is no furniture
    ("Police deployed 2000 officers.", "2000", "2000", "exact", None, None),
    ("Up 5% on the year", "5%", "5", "exact", "percent", "percent"),
    # Indian digit grouping (lakh, crore) and East African shillings glued to the amount
    ("a quota of 1,75,025 pilgrims", "1,75,025", "175025", "exact", None, None),
    ("Rs 12,34,56,789 was spent", "Rs 12,34,56,789", "123456789", "exact", "INR", "money"),
    ("revenue of Sh1.29 trillion", "Sh1.29 trillion", "1290000000000", "exact", "KES", "money"),
    # a scale word printed without a space ("£212million")
    ("profit of £212million this year", "£212million", "212000000", "exact", "GBP", "money"),
    # "N in M" shares beyond "one in"
    ("nearly 4 in 10 parents cut hours", "nearly 4 in 10", "40", "nearly", "percent", "percent"),
    ("three out of four voters agreed", "three out of four", "75", "exact", "percent", "percent"),
    ("at over 30 in seven Member States", "over 30", "30", "more_than", None, None),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span", "value", "qualifier", "unit", "kind"), POSITIVE)
def test_numbers_find_quantities_parses_expression(
    sentence: str, span: str, value: str, qualifier: str, unit: str | None, kind: str | None
) -> None:
    found = [q for q in find_quantities(sentence) if q.text == span]
    got = [q.text for q in find_quantities(sentence)]
    assert len(found) == 1, f"{span!r} not found in {got}"
    q = found[0]
    assert q.start == sentence.index(span)
    assert q.value == Decimal(value)
    assert q.qualifier == qualifier
    assert q.unit == unit
    assert q.kind == kind


# (sentence, expected span, low, high, unit)
# fmt: off
RANGES: list[tuple[str, str, str, str, str | None]] = [
    ("growth of 3-5% is expected", "3-5%", "3", "5", "percent"),
    ("growth of 3–5 percent is expected", "3–5 percent", "3", "5", "percent"),
    ("between 3 and 5 percent", "between 3 and 5 percent", "3", "5", "percent"),
    ("from 3 to 5 years", "from 3 to 5 years", "3", "5", "year"),
    ("1.2-1.5 million jobs", "1.2-1.5 million", "1200000", "1500000", None),
    ("10 to 15 people were hurt", "10 to 15", "10", "15", None),
    ("between 200 and 300 trucks a day", "between 200 and 300", "200", "300", None),
    ("$5-10 billion in loans", "$5-10 billion", "5000000000", "10000000000", "USD"),
    ("prices rose 4 to 6 per cent", "4 to 6 per cent", "4", "6", "percent"),
    ("a 2-3 day visit", "2-3 day", "2", "3", "day"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span", "low", "high", "unit"), RANGES)
def test_numbers_find_quantities_reads_ranges(
    sentence: str, span: str, low: str, high: str, unit: str | None
) -> None:
    found = [q for q in find_quantities(sentence) if q.text == span]
    assert len(found) == 1, [q.text for q in find_quantities(sentence)]
    q = found[0]
    assert (q.low, q.high, q.value) == (Decimal(low), Decimal(high), Decimal(low))
    assert q.qualifier == "range"
    assert q.unit == unit


# (sentence, text that must not be (part of) a quantity)
# fmt: off
NEGATIVE: list[tuple[str, str]] = [
    # dates and times
    ("Published 2024-12-10 16:52 by CGTN", "2024-12-10 16:52"),
    ("Regular Press Conference on February 27, 2024", "February 27, 2024"),
    ("The treaty was signed in August 2023.", "August 2023"),
    ("Zhitongcaijing·12/10/2025 08:17:04", "12/10/2025 08:17:04"),
    ("Posted 4/21/22 by the desk", "4/21/22"),
    ("announced on the 13th of April", "13th of April"),
    ("since May 7 the clinics have been full", "May 7"),
    ("on 24 February the invasion began", "24 February"),
    ("The meeting starts at 16:30 local time.", "16:30"),
    ("KIRBY: (00:52) Good afternoon.", "00:52"),
    ("As of 6am Geneva time this morning", "6am"),
    ("at 9 p.m. on Tuesday", "9 p.m."),
    ("Last Updated At:22:17 today", "22:17"),
    ("on Dec. 10 the day is marked", "Dec. 10"),
    # bare years
    ("Exports rose in 2023 by a wide margin.", "2023"),
    ("It has grown since 2021 steadily.", "2021"),
    ("the UN's 2030 Agenda for Sustainable Development", "2030"),
    ("in light of the 2025 economic outlooks", "2025"),
    ("during the 2021-2025 plan period", "2021-2025"),
    ("trade boomed in the 1990s and after", "1990s"),
    # ordinal names and identifiers
    ("the 20th Central Committee of the CPC", "20th"),
    ("the 14th Five-Year Plan period", "14th"),
    ("the 14th Five-Year Plan period", "Five-Year"),
    ("the 55th Session of the Human Rights Council", "55th"),
    ("the third plenary session of the committee", "third"),
    ("the fifth session of the 13th National Committee", "fifth"),
    ("the fifth session of the 13th National Committee", "13th"),
    ("leaders of the G20 met in Rio", "G20"),
    ("the COVID-19 pandemic", "19"),
    ("External Situation Report #18 is out.", "18"),
    ("72 155 mm howitzers", "155 mm"),
    ("under Article 5 of the treaty", "5"),
    ("as stated in paragraph 3 of the text", "3"),
    ("Security Council Resolution 2231 endorsed it", "2231"),
    ("Call +86-10-6596-1114 for details", "+86-10-6596-1114"),
    ("Call 020 7946 0958 for details", "020 7946 0958"),
    ("the F-16 fighters arrived", "16"),
    ("the new 5G network launched", "5G"),
    ("shares of Tencent (00700.HK) rose", "00700"),
    ("for the first time in history", "first"),
    ("the Group of Seven summit", "Seven"),
    ("a Boeing 737 jet", "737"),
    ("see version 2.1.3 notes", "2.1.3"),
    # page furniture
    ("-+ 0.00%", "0.00%"),
    ("Xinhua 0 Comment(s) Print E-mail", "0"),
    ("1. China supports the UN", "1."),
    # numbers that are not facts
    ("the two sides agreed to talk", "two"),
    ("the two countries signed deals", "two"),
    ("two countries signed deals", "two"),
    ("China adheres to the one-China principle", "one"),
    ("on the one hand, we cooperate", "one"),
    ("one of the major markets", "one"),
    ("It was the first visit.", "first"),
    ("the three parties met", "three"),
    ("one day we will succeed", "one day"),
    ("in the first three quarters of 2025", "three quarters"),
    ("in the first six months of this year", "six months"),
    ("in the first half of the year", "half"),
    ("a third party mediated", "third"),
    ("both nations' two leaders met", "two"),
    ("in the past 24 hours", "24 hours"),
    # addresses, date ranges, age brackets, periods named by their span, discourse counts
    ("From: the Cabinet Office, 70 Whitehall Place, London", "70"),
    ("talks in Geneva from June 3 to 5", "5"),
    ("The rate for people aged 18 to 24 years was 9.1%.", "18 to 24 years"),
    ("The rate for people aged 18 to 24 years was 9.1%.", "24 years"),
    ("The rate for those aged 65 and over rose.", "65"),
    ("Deaths among children under five years fell.", "under five years"),
    ("Prices rose by 3% in the 12 months to March 2024.", "12 months"),
    ("Let me start with three numbers.", "three"),
    ("I will make four points today.", "four"),
    ("Payments are in 2000 and since 2015 under the 2025 outlook.", "2000"),
    # phone numbers written in short groups
    ("Europe Direct by phone 00 800 67 89 10 11", "67"),
    ("Europe Direct by phone 00 800 67 89 10 11", "800"),
    ("Phone: +32 2 295 41 07", "295"),
    ("Media contact: 02 6277 7920", "6277"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "forbidden"), NEGATIVE)
def test_numbers_find_quantities_rejects_non_claims(sentence: str, forbidden: str) -> None:
    a = sentence.index(forbidden)
    b = a + len(forbidden)
    clash = [q.text for q in find_quantities(sentence) if q.start < b and a < q.end]
    assert clash == []


def test_numbers_find_quantities_respects_window() -> None:
    text = "Alpha had 12 boats. Beta had 30 boats. Gamma had 7 boats."
    start = text.index("Beta")
    end = text.index("Gamma")
    got = find_quantities(text, start, end)
    assert [(q.text, q.start) for q in got] == [("30", text.index("30"))]


def test_numbers_find_quantities_keeps_cut_off_scale() -> None:
    text = "Specifically, exports grew by 7.1% to 19.95 tri"
    q = find_quantities(text)[-1]
    assert (q.text, q.value) == ("19.95 tri", Decimal("19950000000000"))


# (text, value)
# fmt: off
PARSE: list[tuple[str, str | None]] = [
    ("2.7 million", "2700000"), ("six", "6"), ("a dozen", "12"), ("two-thirds", "66.67"),
    ("twenty-five", "25"), ("1,152", "1152"), ("4.12 trillion", "4120000000000"),
    ("one in every 45", "2.22"), ("a million", "1000000"), ("78.6", "78.6"),
    ("six and a half", "6.5"), ("10k", "10000"), ("three hundred", "300"),
    ("hello", None), ("", None), ("2.7 million people", None), ("million", None),
]
# fmt: on


@pytest.mark.parametrize(("text", "value"), PARSE)
def test_numbers_parse_number(text: str, value: str | None) -> None:
    assert parse_number(text) == (None if value is None else Decimal(value))


# fmt: off
UNITS: list[tuple[str, str | None, str | None]] = [
    ("per cent", "percent", "PERCENT"), ("kilometres", "km", "KiloM"), ("GW", "GW", "GigaW"),
    ("years", "year", "YR"), ("months", "month", "MO"), ("tonnes", "tonne", "TONNE"),
    ("percentage points", "percentage point", None), ("parsecs", None, None),
]
# fmt: on


@pytest.mark.parametrize(("surface", "name", "qudt"), UNITS)
def test_units_unit_for_maps_to_qudt(surface: str, name: str | None, qudt: str | None) -> None:
    unit = unit_for(surface)
    assert (unit.name if unit else None) == name
    assert (qudt_for(unit.name) if unit else None) == qudt


@pytest.mark.parametrize(
    ("surface", "code"),
    [("$", "USD"), ("US$", "USD"), ("£", "GBP"), ("€", "EUR"), ("¥", "CNY"), ("RMB", "CNY"),
     ("yuan", "CNY"), ("U.S. dollars", "USD"), ("euros", "EUR"), ("pounds", "GBP"),
     ("yen", "JPY"), ("florins", None)],
)  # fmt: skip
def test_units_currency_for_gives_iso_code(surface: str, code: str | None) -> None:
    assert currency_for(surface) == code


def _check(text: str, found: list[Quantity]) -> None:
    last_end = 0
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.start < q.end
        assert q.start >= last_end  # in order, never overlapping
        last_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.value <= q.high


_PIECES = st.sampled_from(
    [
        "more than", "nearly", "2.7 million", "$", "RMB", "3-5%", "between", "and", "one in every",
        "45", "-", "percent", "per cent", "twenty-five", "76th", "Anniversary", "the", "two",
        "years ago", "2024", "May 7,", "G20", "COVID-19", "(00:52)", "half", "of", "a dozen",
        "hundreds of thousands", ",", ".", " ", "\n", "0.9 percen", "tri", "+", "k", "bn", "£",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_numbers_find_quantities_never_crashes_on_any_text(text: str) -> None:
    _check(text, find_quantities(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join), st.integers(0, 40), st.integers(0, 400))
def test_numbers_find_quantities_spans_are_exact(text: str, start: int, end: int) -> None:
    found = find_quantities(text, start, end)
    _check(text, found)
    for q in found:
        assert start <= q.start and q.end <= max(start, min(end, len(text)))


# Round 4: vulgar fractions, glued currencies, compound durations, qualifier verbs, tons.
# (sentence, expected span, value, qualifier, unit, kind from the grammar)
# fmt: off
ROUND4: list[tuple[str, str, str, str, str | None, str | None]] = [
    # vulgar fractions after digits and alone
    ("The bank cut its forecast by 1½ percentage points.", "1½ percentage points", "1.5", "exact", "percentage point", "percent"),
    ("Wages grew around 4¾ per cent this spring.", "around 4¾ per cent", "4.75", "approximate", "percent", "percent"),
    ("Rents climbed 6¼ percent in the capital.", "6¼ percent", "6.25", "exact", "percent", "percent"),
    ("The lake is 3½ km wide at its widest.", "3½ km", "3.5", "exact", "km", "measure"),
    ("Inspectors found ½ of the bridges unsafe.", "½", "50", "exact", "percent", "percent"),
    # currencies glued to the amount, scale suffixes, ISO codes before and after
    ("The chipmaker booked Won7.1tn in profit.", "Won7.1tn", "7100000000000", "exact", "KRW", "money"),
    ("The lender wrote off Rmb12bn of loans.", "Rmb12bn", "12000000000", "exact", "CNY", "money"),
    ("Jakarta set aside Rp45tn for subsidies.", "Rp45tn", "45000000000000", "exact", "IDR", "money"),
    ("The airline lost $2.3bn last year.", "$2.3bn", "2300000000", "exact", "USD", "money"),
    ("The bridge will cost £640m to repair.", "£640m", "640000000", "exact", "GBP", "money"),
    ("The utility raised HK$8.5bn in bonds.", "HK$8.5bn", "8500000000", "exact", "HKD", "money"),
    ("Canberra pledged A$75m for the reef.", "A$75m", "75000000", "exact", "AUD", "money"),
    ("Ottawa will spend C$1.1bn on housing.", "C$1.1bn", "1100000000", "exact", "CAD", "money"),
    ("Each household receives SDG 45,000 a month.", "SDG 45,000", "45000", "exact", "SDG", "money"),
    ("Kenya borrowed KES 80 billion from banks.", "KES 80 billion", "80000000000", "exact", "KES", "money"),
    ("The budget rose to 9.6 trillion KRW this year.", "9.6 trillion KRW", "9600000000000", "exact", "KRW", "money"),
    ("The budget rose to 9.6 trillion won this year.", "9.6 trillion won", "9600000000000", "exact", "KRW", "money"),
    ("A Sydney paper says the ticket costs $40.", "$40", "40", "exact", "USD", "money"),
    ("Won 5 games in a row, the coach said.", "5", "5", "exact", None, None),
    # Indian lakh and crore
    ("Nearly 2 lakh pilgrims attended the fair.", "Nearly 2 lakh", "200000", "nearly", None, None),
    ("The state released Rs 750 crore for schools.", "Rs 750 crore", "7500000000", "exact", "INR", "money"),
    ("The scheme cost 4.5 crore rupees in all.", "4.5 crore rupees", "45000000", "exact", "INR", "money"),
    # compound durations are one duration in the larger unit
    ("The ambulance arrived after 9 minutes 30 seconds.", "9 minutes 30 seconds", "9.5", "exact", "minute", "duration"),
    ("The flight took 3 hours and 45 minutes.", "3 hours and 45 minutes", "3.75", "exact", "hour", "duration"),
    ("The blockade lasted 2 years and 3 months.", "2 years and 3 months", "2.25", "exact", "year", "duration"),
    ("Crews needed 5 minutes 20 seconds on average.", "5 minutes 20 seconds", "5.333", "exact", "minute", "duration"),
    # verbs that say a figure was passed; motion verbs before "up to"
    ("Visitor numbers exceeded 3 million in July.", "3 million", "3000000", "more_than", None, None),
    ("Bilateral trade topped $80 billion last year.", "$80 billion", "80000000000", "more_than", "USD", "money"),
    ("Applications surpassed 12,000 by Friday.", "12,000", "12000", "more_than", None, None),
    ("The harvest is expected to exceed 40 million tonnes.", "40 million tonnes", "40000000", "more_than", "tonne", "measure"),
    ("Inflation climbed up to 7.2% in March.", "7.2%", "7.2", "exact", "percent", "percent"),
    ("Growth should pick up to 2.4 percent next year.", "2.4 percent", "2.4", "exact", "percent", "percent"),
    ("The jobless rate ticked up to 5.1% in June.", "5.1%", "5.1", "exact", "percent", "percent"),
    ("Fines can reach up to 5,000 euros.", "up to 5,000 euros", "5000", "at_most", "EUR", "money"),
    ("Exports fell to 1.9 million tonnes.", "1.9 million tonnes", "1900000", "exact", "tonne", "measure"),
    ("Stocks dropped to 40 days of supply.", "40 days", "40", "exact", "day", "duration"),
    # "a dollar" with a qualifier is one dollar
    ("Bread now costs more than a dollar a loaf.", "more than a dollar", "1", "more_than", "USD", "money"),
    ("Workers earn less than a euro an hour.", "less than a euro", "1", "less_than", "EUR", "money"),
    # tons are metric tonnes; basis points are a percent kind
    ("The port handled 4 million tons of coal.", "4 million tons", "4000000", "exact", "tonne", "measure"),
    ("Farmers sold 90,000 metric tons of maize.", "90,000 metric tons", "90000", "exact", "tonne", "measure"),
    ("The central bank raised rates by 50 basis points.", "50 basis points", "50", "exact", "basis point", "percent"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span", "value", "qualifier", "unit", "kind"), ROUND4)
def test_numbers_find_quantities_reads_round4_expressions(
    sentence: str, span: str, value: str, qualifier: str, unit: str | None, kind: str | None
) -> None:
    found = [q for q in find_quantities(sentence) if q.text == span]
    got = [(q.text, str(q.value), q.qualifier, q.unit) for q in find_quantities(sentence)]
    assert len(found) == 1, f"{span!r} not found in {got}"
    q = found[0]
    assert q.start == sentence.index(span)
    assert q.value == Decimal(value), got
    assert (q.qualifier, q.unit, q.kind) == (qualifier, unit, kind)


# fmt: off
ROUND4_NEGATIVE: list[tuple[str, str]] = [
    # a lone vulgar fraction that is neither a share nor a measure
    ("Add ½ to the total, the recipe says.", "½"),
    # identifiers that look like currency codes, glued-only currency abbreviations
    ("Progress on SDG 16 has stalled, the report says.", "16"),
    ("Delegates met at COP 28 in Dubai last year.", "28"),
    ("Bread costs a dollar in the market here.", "a dollar"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "forbidden"), ROUND4_NEGATIVE)
def test_numbers_find_quantities_rejects_round4_non_claims(sentence: str, forbidden: str) -> None:
    a = sentence.index(forbidden)
    b = a + len(forbidden)
    clash = [q.text for q in find_quantities(sentence) if q.start < b and a < q.end]
    assert clash == []


def test_units_round4_currency_codes_and_tons() -> None:
    assert [currency_for(s) for s in ("KES", "Won", "Rmb", "SDG", "XYZ")] == [
        "KES", "KRW", "CNY", "SDG", None,
    ]  # fmt: skip
    units = [unit_for(s) for s in ("tons", "ton", "metric tons", "tonnes")]
    assert [u.name if u else None for u in units] == ["tonne"] * 4


# Round 4: what is not a claim (date ranges, datelines, identifiers, phones, addresses, scores)
# fmt: off
ROUND4_NOT_CLAIMS: list[tuple[str, str]] = [
    ("The forum met on 9–11 October 2023 in Lima.", "9–11"),
    ("Ministers gather on 2-3 June in Oslo.", "2-3"),
    ("The exhibition runs 21–23 April at the hall.", "21–23"),
    ("Updated 7. Feb 2025 by the newsroom staff", "7"),
    ("Last modified: 19 Sep 2024 by the web desk team", "19"),
    ("Officials confirmed the figure (Press Release ID: 1987654).", "1987654"),
    ("Under Resolution 1701 the zone stays demilitarised.", "1701"),
    ("Article 24 of the statute was invoked.", "24"),
    ("The MiG-29 fleet was grounded.", "29"),
    ("The firm filed a Form 8-K with regulators.", "8"),
    ("For details call (03) 8123 4567 during office hours.", "8123"),
    ("For details call (03) 8123 4567 during office hours.", "4567"),
    ("For details call +44 20 7946 0321 during office hours.", "7946"),
    ("The clinic at 48 High St. opened last week.", "48"),
    ("Protesters gathered at 350 Fifth Avenue on Monday.", "350"),
    ("The hosts won 4-1 against the champions.", "4"),
    ("They lost 2–0 in the final, the coach said.", "2"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "forbidden"), ROUND4_NOT_CLAIMS)
def test_numbers_find_quantities_rejects_round4_identifiers(sentence: str, forbidden: str) -> None:
    a = sentence.index(forbidden)
    b = a + len(forbidden)
    clash = [q.text for q in find_quantities(sentence) if q.start < b and a < q.end]
    assert clash == []


# (sentence, span that must be found, value): numbers that must not be hidden
# fmt: off
ROUND4_RECALL: list[tuple[str, str, str]] = [
    ("• Repaired 52 boreholes across the region", "52", "52"),
    ("▪ Vaccinated 14,300 children against measles", "14,300", "14300"),
    ("* Trained 85 health workers in the camps", "85", "85"),
    ("two of the four bridges had been destroyed, the army said.", "two", "2"),
    ("Inspectors said one of the six reactors was offline.", "one", "1"),
    ("The forum met on 9–11 October 2023 and drew 300 delegates.", "300", "300"),
    ("The hosts won 4-1 before a crowd of 52,000.", "52,000", "52000"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span", "value"), ROUND4_RECALL)
def test_numbers_find_quantities_keeps_round4_counts(sentence: str, span: str, value: str) -> None:
    found = [q for q in find_quantities(sentence) if q.start == sentence.index(span)]
    assert [(q.text, q.value) for q in found] == [(span, Decimal(value))]


# fmt: off
ROUND4_NOT_FACTS: list[tuple[str, str]] = [
    ("One of the two sides walked out.", "One"),
    ("Two of the three parties signed the accord.", "Two"),
    ("The two sides agreed to meet again.", "two"),
    ("Two countries abstained from the vote.", "Two"),
    ("One of the reasons is cost.", "One"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "forbidden"), ROUND4_NOT_FACTS)
def test_numbers_find_quantities_rejects_round4_not_facts(sentence: str, forbidden: str) -> None:
    a = sentence.index(forbidden)
    assert [q.text for q in find_quantities(sentence) if q.start == a] == []


# Round 5: ranges with the unit or currency written on both ends are one range
# (sentence, span, low, high, unit)
# fmt: off
ROUND5_RANGES: list[tuple[str, str, str, str, str | None]] = [
    ("Awards range from £2.5 million to £80 million per region.", "from £2.5 million to £80 million", "2500000", "80000000", "GBP"),
    ("The plan will cost between $3 billion and $3.4 billion in total.", "between $3 billion and $3.4 billion", "3000000000", "3400000000", "USD"),
    ("A package of €6 billion to €7.5 billion is under discussion.", "€6 billion to €7.5 billion", "6000000000", "7500000000", "EUR"),
    ("Unemployment is seen from 5.5% to 6% by the end of the year.", "from 5.5% to 6%", "5.5", "6", "percent"),
    ("Yields of between 2 percent and 2.5 percent were offered.", "between 2 percent and 2.5 percent", "2", "2.5", "percent"),
    ("Officials expect a rise of 1.5%-2% in wages.", "1.5%-2%", "1.5", "2", "percent"),
    ("Queues stretched from 3 km to 7 km at the border.", "from 3 km to 7 km", "3", "7", "km"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span", "low", "high", "unit"), ROUND5_RANGES)
def test_numbers_find_quantities_reads_round5_repeated_unit_ranges(
    sentence: str, span: str, low: str, high: str, unit: str | None
) -> None:
    got = find_quantities(sentence)
    assert [q.text for q in got] == [span]
    q = got[0]
    assert (q.low, q.high, q.value, q.qualifier) == (
        Decimal(low),
        Decimal(high),
        Decimal(low),
        "range",
    )
    assert q.unit == unit


# a change then a level, a fall, or two units: two figures, no range
# (sentence, expected spans)
# fmt: off
ROUND5_NOT_RANGES: list[tuple[str, list[str]]] = [
    ("Revenue fell $2 billion to $40 billion last year.", ["$2 billion", "$40 billion"]),
    ("Growth slowed from 5% to 4.5% in the quarter.", ["5%", "4.5%"]),
    ("The grid grew from 2 km to 3 miles of cable.", ["2 km", "3 miles"]),
    ("Exports rose 3% to 4% of output, the ministry said.", ["3%", "4%"]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "spans"), ROUND5_NOT_RANGES)
def test_numbers_find_quantities_keeps_round5_changes_apart(
    sentence: str, spans: list[str]
) -> None:
    assert [(q.text, q.qualifier) for q in find_quantities(sentence)] == [
        (s, "exact") for s in spans
    ]


# Round 5: "two" before a plural noun that a factual verb counts is a count
# (sentence, span that must be found)
# fmt: off
ROUND5_PAIR_COUNTS: list[tuple[str, str]] = [
    ("The landslide cut the highway, leaving two villages without water.", "two"),
    ("The destroyer sailed along with two supply ships into the gulf.", "two"),
    ("Two schools were flooded overnight, the mayor said.", "Two"),
    ("Rebels seized two border towns in the north.", "two"),
    ("The strike killed two aid workers near the crossing.", "two"),
]
# (sentence, "two" that is no count: formulas, discourse, no factual verb)
ROUND5_PAIR_NOT_COUNTS: list[tuple[str, str]] = [
    ("The two delegations met in Geneva.", "two"),
    ("Talks with two countries are planned, the envoy said.", "two"),
    ("Two questions. First, on the budget.", "Two"),
    ("The method can bring close two distant fields of study.", "two"),
    ("He met them during two visits to the capital.", "two"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span"), ROUND5_PAIR_COUNTS)
def test_numbers_find_quantities_counts_round5_pairs(sentence: str, span: str) -> None:
    found = [q for q in find_quantities(sentence) if q.start == sentence.index(span)]
    assert [(q.text, q.value, q.unit) for q in found] == [(span, Decimal(2), None)]


@pytest.mark.parametrize(("sentence", "span"), ROUND5_PAIR_NOT_COUNTS)
def test_numbers_find_quantities_rejects_round5_pair_formulas(sentence: str, span: str) -> None:
    a = sentence.index(span)
    assert [q.text for q in find_quantities(sentence) if q.start == a] == []


# Round 5: identifiers at berths, gates and platforms, service numbers to call, measures inside
# compound adjectives before a unit-like noun
# (sentence, text that must not be (part of) a quantity)
# fmt: off
ROUND5_NOT_CLAIMS: list[tuple[str, str]] = [
    ("The tanker moored at Berth 4 and 5 on Friday.", "5"),
    ("Ferries leave from Piers 2-3 every hour.", "2-3"),
    ("Boarding moved to Gates 21, 22 and 24 after the alarm.", "24"),
    ("Trains to the coast depart from Platform 6 or 7 tonight.", "7"),
    ("Residents should call the hotline at 1669 for help.", "1669"),
    ("In an emergency, dial 999 immediately.", "999"),
    ("Anyone with information should call 111, police said.", "111"),
    ("The yard stacks forty-foot containers three high.", "forty"),
    ("Throughput is measured in twenty-foot equivalent units.", "twenty"),
    ("Its 45-foot containers arrived by rail.", "45"),
]
# what stays a count or a duration beside them
# (sentence, span that must be found)
ROUND5_STILL_CLAIMS: list[tuple[str, str]] = [
    ("The port added 3 berths and handled 1.2 million containers.", "3"),
    ("The hotline took 1,200 calls on Monday.", "1,200"),
    ("Staff call 40 families a day to check on them.", "40"),
    ("Drivers faced a 90-minute delay at the border.", "90-minute"),
    ("The port handled 2.1 million TEUs last year.", "2.1 million TEUs"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "forbidden"), ROUND5_NOT_CLAIMS)
def test_numbers_find_quantities_rejects_round5_non_claims(sentence: str, forbidden: str) -> None:
    a = sentence.index(forbidden)
    b = a + len(forbidden)
    assert [q.text for q in find_quantities(sentence) if q.start < b and a < q.end] == []


@pytest.mark.parametrize(("sentence", "span"), ROUND5_STILL_CLAIMS)
def test_numbers_find_quantities_keeps_round5_claims(sentence: str, span: str) -> None:
    assert [q.text for q in find_quantities(sentence) if q.start == sentence.index(span)] == [span]


# round 6: speeds, currencies by a name only one country uses, names several countries share
# fmt: off
ROUND6_UNITS = [
    ("Gusts reached 185 km/h on the coast.", "185 km/h", "km/h", "measure", "KiloM-PER-HR"),
    ("Trains will run at 350 kilometres per hour.", "350 kilometres per hour", "km/h", "measure", "KiloM-PER-HR"),
    ("The wind blew at 60 miles an hour.", "60 miles an hour", "mph", "measure", "MI-PER-HR"),
    ("The bank lent 50 billion naira to farmers.", "50 billion naira", "NGN", "money", "CCY_NGN"),
    ("Growers now get 48,000 cedis a tonne.", "48,000 cedis", "GHS", "money", "CCY_GHS"),
    ("The fine was 2 million rand.", "2 million rand", "ZAR", "money", "CCY_ZAR"),
    ("Fuel costs 11,000 rupiah a litre.", "11,000 rupiah", "IDR", "money", "CCY_IDR"),
    ("Workers earn 5 million dong a month.", "5 million dong", "VND", "money", "CCY_VND"),
    ("Kyiv set aside 30 billion hryvnias for repairs.", "30 billion hryvnias", "UAH", "money", "CCY_UAH"),
    ("Warsaw pledged 4 billion zlotys.", "4 billion zlotys", "PLN", "money", "CCY_PLN"),
    ("The loan totals 800 billion forints.", "800 billion forints", "HUF", "money", "CCY_HUF"),
    ("Ankara budgeted 90 billion lira for housing.", "90 billion lira", "TRY", "money", "CCY_TRY"),
    ("Mexico's central bank sold 5 billion pesos.", "5 billion pesos", "MXN", "money", "CCY_MXN"),
    ("Kenyan farmers lost 3 billion shillings.", "3 billion shillings", "KES", "money", "CCY_KES"),
    ("The fund paid out 5,000 shillings per family.", "5,000 shillings", None, "money", None),
    ("The contract is worth 20 million dinars.", "20 million dinars", None, "money", None),
    ("Geneva spent 12 million francs on the event.", "12 million francs", None, "money", None),
    ("Swiss voters approved 12 million francs for schools.", "12 million francs", "CHF", "money", "CCY_CHF"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span", "unit", "kind", "qudt"), ROUND6_UNITS)
def test_numbers_find_quantities_reads_round6_units(
    sentence: str, span: str, unit: str | None, kind: str, qudt: str | None
) -> None:
    q = next(q for q in find_quantities(sentence) if q.text == span)
    assert (q.unit, q.kind, qudt_for(q.unit)) == (unit, kind, qudt)
    assert q.unit_text is not None and q.unit_text.lower() in span.lower()


# fmt: off
SUBUNITS_AND_RATES = [
    # hundredths of a currency: the value is in the currency itself
    ("It will pay a dividend of 14 cents a share.", "14 cents", "0.14", "USD", "money"),
    ("Shares fell 11.6p to 264.8p.", "11.6p", "0.116", "GBP", "money"),
    ("Stamps cost 85 pence more.", "85 pence", "0.85", "GBP", "money"),
    # a written-out dollar of another country and the Brazilian real
    ("Spodumene fell below $US800 a tonne.", "below $US800", "800", "USD", "money"),
    ("The state freed 800 million reais in aid.", "800 million reais", "800000000", "BRL", "money"),
    # a rate of oil output
    ("Output rose by 1.1 million barrels per day.", "1.1 million barrels per day", "1100000",
     "barrel per day", "measure"),
    ("OPEC cut 500,000 bpd.", "500,000 bpd", "500000", "barrel per day", "measure"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "span", "value", "unit", "kind"), SUBUNITS_AND_RATES)
def test_numbers_subunits_and_rates(
    sentence: str, span: str, value: str, unit: str, kind: str
) -> None:
    q = next(q for q in find_quantities(sentence) if q.text == span)
    assert (q.value, q.unit, q.kind) == (Decimal(value), unit, kind)


def test_numbers_a_screen_resolution_is_no_money() -> None:
    assert [q.text for q in find_quantities("The stream runs at 1080p for 2 hours.")] == ["2 hours"]


def test_numbers_huge_scaled_values_do_not_crash() -> None:
    # hypothesis found "45 bn bn bn": a value past decimal's 28 digits is kept, not an error
    assert [q.text for q in find_quantities("45 bn bn bn")] == ["45 bn bn bn"]


def test_numbers_mt_in_indian_releases_is_million_tonnes() -> None:
    q = next(q for q in find_quantities("Railways loaded 152.6 MT of freight in December."))
    assert (q.text, q.value, q.unit) == ("152.6 MT", Decimal("152600000"), "tonne")


# fmt: off
@pytest.mark.parametrize(("sentence", "span", "unit", "kind"), [
    # "N times" counts occurrences unless a comparison follows or growth precedes it
    ("Russian drones violated Polish airspace 19 times in September.", "19 times", None, "count"),
    ("The Fed has cut rates three times this year.", "three times", None, "count"),
    ("The mechanism has been activated four times, by Greece.", "four times", None, "count"),
    ("Heatwaves are now about 35 times more likely.", "about 35 times", "times", "measure"),
    ("PM2.5 density is 1.4 times the national average.", "1.4 times", "times", "measure"),
    ("Exports rose nearly three times, the report said.", "nearly three times", "times",
     "measure"),
    ("The shares trade at 4.5 times earnings.", "4.5 times", "times", "measure"),
    # "-er" words that are no comparison
    ("He was detained three times after the protest.", "three times", None, "count"),
    ("Prices are five times higher.", "five times", "times", "measure"),
    # currencies only one country names: Peru's soles, Bangladesh's taka, Ethiopia's birr
    ("Each fisherman gets a bonus of 1,500 soles.", "1,500 soles", "PEN", "money"),
    ("The fund holds 3 million taka.", "3 million taka", "BDT", "money"),
    ("Farmers were paid 12,000 birr.", "12,000 birr", "ETB", "money"),
    # the rand as South African releases write it, glued to a large or scaled amount
    ("Revenue was R14.6 billion above the estimate.", "R14.6 billion", "ZAR", "money"),
    ("Fees are R1 500 a month.", "R1 500", "ZAR", "money"),
])
# fmt: on
def test_numbers_occurrences_and_more_currencies(
    sentence: str, span: str, unit: str | None, kind: str
) -> None:
    q = next(q for q in find_quantities(sentence) if q.text == span)
    assert (q.unit, q.kind) == (unit, kind)


def test_numbers_a_road_named_r2_is_no_rand() -> None:
    assert [q.text for q in find_quantities("Take the R2 towards Durban.")] == []


# fmt: off
@pytest.mark.parametrize(("sentence", "kept"), [
    # "two" counts things, except the sources of a report, vague pairs and compounds
    ("Rebels shot down two military drones.", ["two"]),
    ("Two aid officials said 40 trucks arrived.", ["40"]),
    ("Two people familiar with the matter told Reuters.", []),
    ("The Government dispatched a team of six officials to Djibouti.", ["six"]),
    ("Markets price in one or two cuts.", []),
    ("Many have spent two or three years trying to get north.", []),
    ("The queue lasted three or four days.", []),
    ("Riders of two- and three-wheelers make up 54% of deaths.", ["54%"]),
    ("Luis Herrera, whose two children attend Thurston, spoke.", []),
    # a Hansard question's reference number
    ("What assessment she has made of the rate of delivery. [908114]", []),
])
# fmt: on
def test_numbers_small_counts_and_references(sentence: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(sentence)] == kept



# fmt: off
@pytest.mark.parametrize(("sentence", "span", "unit"), [
    # bare "degrees" is a temperature where the sentence speaks of one
    ("Temperatures reached 41.3 degrees in Hamamatsu.", "41.3 degrees", "degree Celsius"),
    ("The heat index hit 104 degrees on Monday.", "104 degrees", "degree Fahrenheit"),
    ("The ship turned 90 degrees to port.", "90", None),
    # the heat is named before an earlier figure of the same sentence
    ("Heat records fell: highs of 40 and then 41 degrees.", "41 degrees", "degree Celsius"),
])
# fmt: on
def test_numbers_bare_degrees(sentence: str, span: str, unit: str | None) -> None:
    q = next(q for q in find_quantities(sentence) if q.text == span)
    assert q.unit == unit



# fmt: off
@pytest.mark.parametrize("sentence", [
    "Visitors: 48,912,304",
    "1: Before turning to its immediate policy decision, the Committee met.",
    "The next summary will be published at 12 noon on Thursday.",
    "Press Office: +44 (0)20 3461 4411 | press@bankofengland.co.uk",
    "Bundesregierung, Dorotheenstraße 84, 10117 Berlin",
])
# fmt: on
def test_numbers_counters_paragraph_numbers_noon_phones_and_addresses(sentence: str) -> None:
    assert [q.text for q in find_quantities(sentence)] == []


def test_numbers_a_postcode_needs_a_capitalised_town_after_it() -> None:
    # "10117 Berlin" is an address; five digits after a comma before a lowercase word count
    found = find_quantities("In the north, 12000 people fled.")
    assert [q.text for q in found] == ["12000"]



# fmt: off
@pytest.mark.parametrize(("sentence", "span", "qualifier"), [
    ("The number of vehicles passed 40 million.", "40 million", "more_than"),
    ("Trade crossed USD 9.4 billion.", "USD 9.4 billion", "more_than"),
    # laws passed are laws enacted, not a threshold
    ("The NPC passed 305 laws in five years.", "305", "exact"),
    # "pass" and "cross" mark a bound before a measure or a large count, not small counts
    ("The convoy crossed two checkpoints.", "two", "exact"),
    ("Inflation passed 5% in June.", "5%", "more_than"),
    ("Arrivals crossed 10,000 in May.", "10,000", "more_than"),
    ("Revenue topped 300 in the quarter.", "300", "more_than"),
])
# fmt: on
def test_numbers_passing_a_threshold(sentence: str, span: str, qualifier: str) -> None:
    q = next(q for q in find_quantities(sentence) if q.text == span)
    assert q.qualifier == qualifier



# fmt: off
@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    # Pakistani and British papers write "pc" and glue "tr" to rupees
    ("The deficit target is 4.6pc of GDP.", "4.6pc", "4.6", "percent"),
    ("Tax collection is set at Rs16.2tr.", "Rs16.2tr", "16200000000000", "INR"),
])
# fmt: on
def test_numbers_pc_and_glued_trillions(sentence: str, span: str, value: str, unit: str) -> None:
    q = next(q for q in find_quantities(sentence) if q.text == span)
    assert (q.value, q.unit) == (Decimal(value), unit)


def test_numbers_a_page_timestamp_is_no_figure() -> None:
    assert [q.text for q in find_quantities("Published June 13, 2037 Updated about 5 hours ago")] == []



# fmt: off
@pytest.mark.parametrize(("sentence", "span", "unit"), [
    ("NNPC raised the pump price to N1,240 per litre.", "N1,240", "NGN"),
    ("Under-recoveries reached N2.3tn.", "N2.3tn", "NGN"),
    ("The Bank approved a loan of UA 137.4 million.", "UA 137.4 million", "XUA"),
    # Philippine pesos and Malaysian ringgit
    ("Rice sold at P53.40 a kilo.", "P53.40", "PHP"),
    ("Farmers lost an estimated P38 billion.", "an estimated P38 billion", "PHP"),
    ("The replanting scheme got RM120 million.", "RM120 million", "MYR"),
])
# fmt: on
def test_numbers_naira_pesos_ringgit_and_units_of_account(
    sentence: str, span: str, unit: str
) -> None:
    q = next(q for q in find_quantities(sentence) if q.text == span)
    assert (q.unit, q.kind) == (unit, "money")


# fmt: off
@pytest.mark.parametrize(("sentence", "kept"), [
    # a glued "N" or "P" is money only as a price or a large or scaled amount
    ("Wear N95 masks indoors.", []),
    ("The P2 priority list had 40 items.", ["40"]),
])
# fmt: on
def test_numbers_glued_letters_that_are_no_currency(sentence: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(sentence)] == kept



# fmt: off
@pytest.mark.parametrize(("sentence", "kept"), [
    ("Sensex 81,240.15 ▲342.60 (0.42%) | Nifty 24,716.30 ▲93.15 (0.38%)", []),
    ("Services inflation stayed above 2.7%.[2] Wages rose 4%.", ["above 2.7%", "4%"]),
])
# fmt: on
def test_numbers_tickers_and_footnote_markers(sentence: str, kept: list[str]) -> None:
    assert [q.text for q in find_quantities(sentence)] == kept
