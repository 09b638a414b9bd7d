"""The number grammar: every number expression that can be a statistic, as a ``Quantity``.

A hand-written scanner over compiled regular expressions. One pass of :data:`_CORE` finds
number cores (digits, number words, fractions, ordinals); each core is then extended to the
right (scale words, ranges, currency, unit, "ago", "or more") and to the left (currency symbol,
qualifier, "between") and checked against its immediate neighbours, which decide what is not a
statistic: dates and times, bare years, identifiers ("G20", "COVID-19", "Article 5"), ordinal
names ("the 20th Central Committee"), phone numbers, tickers and page furniture, and number
words that are not facts ("the two sides", "one of", "on the one hand").

>>> for q in find_quantities("Exports rose nearly 7.1% to RMB 12.5 trillion on February 27, 2024."):
...     print(q.text, q.value, q.qualifier, q.unit)
nearly 7.1% 7.1 nearly percent
RMB 12.5 trillion 12500000000000 exact CNY
>>> parse_number("2.7 million"), parse_number("a dozen"), parse_number("two-thirds")
(Decimal('2700000'), Decimal('12'), Decimal('66.67'))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from claimgraph.extract.units import (
    AMBIGUOUS_CODES,
    CURRENCY_PREFIX_RE,
    CURRENCY_SUFFIX_RE,
    GLUED_AMBIGUOUS,
    TIME_UNITS,
    UNIT_RE,
    currency_for,
    shared_currency,
    unit_for,
)
from claimgraph.models import Kind, Qualifier, Quantity

__all__ = ["QUALIFIERS", "find_quantities", "number_hints", "parse_number"]

# --------------------------------------------------------------------------- vocabularies
_CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
_SCALES: dict[str, int] = {
    "hundred": 10**2, "thousand": 10**3, "million": 10**6, "billion": 10**9,
    "trillion": 10**12, "lakh": 10**5, "crore": 10**7, "bn": 10**9, "bln": 10**9,
    "mln": 10**6, "mn": 10**6, "tn": 10**12, "trn": 10**12, "k": 10**3,
}  # fmt: skip
# Unicode vulgar fractions, written alone ("½ of") or after digits ("2½ per cent" = 2.5).
_VULGAR: dict[str, Decimal] = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal("0.3333"),
    "⅔": Decimal("0.6667"), "⅕": Decimal("0.2"), "⅖": Decimal("0.4"), "⅗": Decimal("0.6"),
    "⅘": Decimal("0.8"), "⅙": Decimal("0.1667"), "⅚": Decimal("0.8333"), "⅛": Decimal("0.125"),
    "⅜": Decimal("0.375"), "⅝": Decimal("0.625"), "⅞": Decimal("0.875"),
}  # fmt: skip
_VF = "".join(_VULGAR)
# Currency nouns after "a": "more than a dollar" is 1 USD (only with a qualifier).
_A_CURRENCY: dict[str, str] = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yuan": "CNY", "rupee": "INR", "yen": "JPY",
}  # fmt: skip
_ARTICLE_WORDS: dict[str, tuple[int, str | None]] = {
    "dozen": (12, None), "hundred": (100, None), "thousand": (1000, None),
    "million": (10**6, None), "billion": (10**9, None), "trillion": (10**12, None),
    "decade": (10, "decades"), "century": (100, "centuries"),
}  # fmt: skip

QUALIFIERS: dict[str, Qualifier] = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly",
    "around": "approximate", "about": "approximate", "some": "approximate",
    "roughly": "approximate", "approximately": "approximate", "an estimated": "approximate",
    "estimated": "approximate", "circa": "approximate", "approx.": "approximate",
    "~": "approximate", "an average of": "approximate", "on average": "approximate",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "in excess of": "more_than", "upwards of": "more_than", "upward of": "more_than",
    "exceeding": "more_than", "well over": "more_than", "just over": "more_than",
    "greater than": "more_than", "higher than": "more_than", "well above": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "less than": "less_than", "under": "less_than", "fewer than": "less_than",
    "below": "less_than", "lower than": "less_than", "well below": "less_than",
    "up to": "at_most", "at most": "at_most", "as many as": "at_most",
    "as much as": "at_most", "no more than": "at_most", "not more than": "at_most",
    "a maximum of": "at_most",
}  # fmt: skip
# "an average of" and "on average" describe the figure, they do not bound it.
_NOT_BOUNDS = frozenset({"an average of", "on average"})


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((str(w) for w in words), key=len, reverse=True))


_CARD = _alt(_CARDINALS)
_TEN = _alt(_TENS)
_WORDNUM = rf"(?:(?:{_TEN})(?:[- ](?:{_CARD}))?|(?:{_CARD}))"
_UNIT_ORD = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDW = rf"(?:(?:{_TEN})[- ](?:{_UNIT_ORD})|{_alt(_ORDINALS)})"
_DEN = _alt(_DENOMINATORS)

# One pass finds every number core. Order matters: at one position the first alternative wins.
_CORE = re.compile(
    rf"""
    (?P<onein>\b(?:(?P<num>one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+
        (?:every\s+)?(?P<den>(?!(?:19|20)\d\d\b)\d[\d,]*|{_WORDNUM})
        |(?P<num2>\d{{2}})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den2>\d{{3}}|1,000|10,000))
        \b(?!\s*(?:%|per\s*cent|percent)))
  | (?P<halfa>\bhalf\s+an?\s+(?P<halfw>million|billion|trillion|dozen|century|decade)\b)
  | (?P<frac>\b(?P<fnum>one|an?|two|three|four|five|six|seven|eight|nine|ten)
        (?P<fsep>-|\s+)(?P<fden>{_DEN})\b)
  | (?P<half>\bhalf\b)
  | (?P<vague>\b(?P<vmul>hundreds|tens|thousands)\s+of\s+(?P<vsc>thousands|millions|billions)\b)
  | (?P<art>\ban?\s+(?:(?:full|whole|single)\s+)?(?P<artw>{_alt(_ARTICLE_WORDS)})\b)
  | (?P<acur>\ban?\s+(?P<acw>{_alt(_A_CURRENCY)})\b)
  | (?P<ordd>(?<![\d.,])\d+(?P<suf>st|nd|rd|th)\b)
  | (?P<dig>(?<![\d.,])(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?![\d,])
        |\d{{1,3}}(?:,\d{{3}})+
        |\d{{1,3}}(?:[ \u00a0\u202f\u2009]\d{{3}})+(?![\d.,]|\s*(?:mm|cm|km|kg|m|g|calib)\b)
        |\d+)(?:\.\d+|[{_VF}](?!\d))?)
  | (?P<vf>(?<![\d.,])[{_VF}](?!\d))
  | (?P<ordw>\b{_ORDW}\b)
  | (?P<wn>\b{_WORDNUM}\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# --------------------------------------------------------------------------- neighbour patterns
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s+(?:the\s+)?\Z")
_MONTH_AFTER = re.compile(
    rf"(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?:[-–—]\s*\d+(?:st|nd|rd|th)?\.?\s+)?{_MONTH}\b"
)
# Spans that are dates, times or phone numbers: no number inside them is a statistic.
_EXCLUDED = re.compile(
    r"""
    \d{4}-\d{1,2}-\d{1,2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?
  | \d{1,4}[/.]\d{1,2}[/.]\d{2,4}
  | \d{1,2}/\d{1,2}\b
  | \b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|hrs|GMT|UTC))?
  | \b\d{1,2}(?:\s*[ap]\.m\.|\s*[ap]m\b|\s+o'clock)
  | (?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[.-]\d{3,5}
  | \+\d{1,3}[\s.-]\d+(?:[\s.-]\d+)+
  | \b0\d{1,4}\s\d{3,4}\s\d{3,4}\b
  | \b00\s?\d{1,3}(?:\s\d{1,4}){2,}\b
  | \b\d{2,4}(?:\s\d{2}){3,}\b
  | \(\d{1,5}\)\s?\d{3,4}[\s.-]?\d{3,5}\b
  | \[\d{1,9}\]
  | \b\d{1,2}\s+(?:noon|midnight)\b
  | \+\d{1,3}\s*\(0\)\s*\d{1,4}(?:[\s.-]\d{2,4}){1,3}
  | (?-i:(?<=,\s)\d{5}(?=\s+[A-ZÄÖÜ][a-zäöüß]+\b))
  | (?:(?<=straße\s)|(?<=strasse\s)|(?<=platz\s)|(?<=allee\s))\d{1,4}[a-z]?\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Every alternative of ``_EXCLUDED`` opens on a digit, "+", "(" or "[" (``\b`` before a digit);
# "[908114]" is a Hansard question's reference number, "[3]" a footnote.
_EXCLUDED_START = re.compile(r"[\d+(\[]")
_CURRENCY_SCALE = re.compile(r"(?P<s>bn|m|mn|tn|trn|tr|b|k)\b", re.IGNORECASE)
_SCALE_RE = re.compile(
    rf"(?:\s*-\s*|\s+|(?=(?:million|billion|trillion)\b))(?P<s>{_alt(_SCALES)})\b", re.IGNORECASE
)  # "2.7 million", "30-million", and "£212million" as some papers print it
_ATTACHED_K = re.compile(r"[kK]\b")
_AND_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to)\s*", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_AGO_OLD = re.compile(r"(?:\s+|-)(?P<w>ago|old)\b", re.IGNORECASE)
_POST_QUAL = re.compile(r"\s+or\s+(?P<w>more|so)\b|(?P<plus>\+(?![\d\w])|-plus\b)", re.IGNORECASE)
_ANNIVERSARY = re.compile(r"[\s-]+anniversary\b", re.IGNORECASE)
_SUPERLATIVE = re.compile(
    r"(?:-|\s+)(?:(?:most|least)\s+\w+|largest|biggest|highest|lowest|greatest|fastest"
    r"|richest|poorest|smallest|busiest|strongest|oldest|youngest|best|worst|leading)\b",
    re.IGNORECASE,
)
_RANKED = re.compile(r"\b(?:rank(?:ed|s|ing)?|placed|came|finished)\s+(?:No\.\s*)?\Z", re.I)
_QUAL_BEFORE = re.compile(
    r"(?:(?<=\W)|\A)(?P<q>"
    + _alt(re.escape(q) for q in QUALIFIERS).replace(r"\ ", r"\s+")
    + r")\s*\Z",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = re.compile(r"\b(?P<w>between|from)\s+\Z", re.IGNORECASE)
_IDENT_BEFORE = re.compile(
    r"\b(?:articles?|paragraphs?|paras?|sections?|chapters?|clauses?|rules?|resolutions?"
    r"|nos?\.|number|page|pages|pp?\.|items?|annex|appendix|phase|room|flight|route|line|level"
    r"|category|class|title|volume|vol\.|issue|episode|part|step|figure|fig\.|table|version"
    r"|quarter|q"
    r"|model|grade|tier|batch|district|zone|gates?|platforms?|terminals?|building|highway"
    r"|lanes?|berths?|piers?|docks?|bays?|routes|lines|rooms"
    r"|channel|block|unit|floor|suite|box|code|id|ref\.?)\s*[#:]?\s*\Z",
    re.IGNORECASE,
)
# a number listed after an identifier: "Berth 8 and 9", "Gates 12, 14 and 15", "Piers 3-4"
_IDENT_LIST_BEFORE = re.compile(
    r"\b(?:gates?|platforms?|terminals?|lanes?|berths?|piers?|docks?|bays?|routes?|lines?"
    r"|rooms?)\s*\d+[A-Za-z]?(?:\s*(?:,|and|or|&|-|–|to)\s*\d+[A-Za-z]?)*"
    r"\s*(?:,|and|or|&|-|–|to)\s*\Z",
    re.IGNORECASE,
)
# a short service number to call: "call 911", "dial 112", "the hotline at 1555"
_HOTLINE_BEFORE = re.compile(
    r"\b(?:(?:call|dial|ring|text|sms)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:hotline|helpline"
    r"|number|line)\s+)?(?:at\s+|on\s+)?|(?:hotline|helpline|short\s+code|toll-free\s+number)"
    r"\s*(?:at|on|number|:)?\s*)\Z",
    re.IGNORECASE,
)
# a measure inside a compound adjective before a unit-like noun is part of the unit's name, not
# a figure: "twenty-foot equivalent units", "40-foot containers" (a span before other nouns, "a
# 10-year plan", "a 90-minute delay", stays a duration)
_COMPOUND_UNIT_AFTER = re.compile(
    r"-(?:foot|feet|ft|metre|meter|inch|tonne|ton)\s+(?:equivalents?|containers?|boxes|TEUs?)\b",
    re.IGNORECASE,
)
_CAP_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<w>[A-Z][A-Za-z]*)\s+\Z")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|these|those|both|all|our|their|its|his|her|my|your|whose|on\s+the)\s+\Z", re.I
)
_PAIR_FRAME_BEFORE = re.compile(r"\b(?:during|close|between|over)\s+\Z", re.I)
# A vague pair of small numbers ("one or two cuts", "two or three years") or a compound
# adjective ("two- and three-wheelers"): no count.
_VAGUE_PAIR_AFTER = re.compile(r"\s+or\s+(?:two|three|four|five|more|so)\b|-\s", re.I)
_VAGUE_PAIR_BEFORE = re.compile(r"\b(?:one|two|three)(?:\s+or|-\s+(?:and|or|to))\s+\Z", re.I)
_NOT_FACT_AFTER = re.compile(
    r"\s+(?:sides?|countries|nations|peoples|parties|leaders|presidents|heads|governments"
    r"|militaries|ministers|sessions|hands?|another|way|thing|things)\b"
    r"|\s+of\s+(?!every\b)|-[A-Z]",
    re.IGNORECASE,
)
_CALIBRE_AFTER = re.compile(
    r"\s*(?:[-\s]?calib(?:re|er))?\s+(?:self-propelled\s+|towed\s+)?(?:howitzers?|artillery"
    r"|rounds?|shells?|guns?|mortars?|cannons?|ammunition|munitions?|rockets?|rifles?)\b",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"[.)]\s")
_ALPHA_WORD = re.compile(r"[A-Za-z]{2,}")
_TICKER_AFTER = re.compile(r"\.[A-Z]{1,3}\b")
_HALF_BLOCKERS = re.compile(r"\b(?:first|second|latter|other|the|a|one|and)\s+\Z", re.I)
_COUNTER_AFTER = re.compile(
    r"\s*(?:comments?|comment\(s\)|views?|likes?|replies|reads|clicks|shares)\b", re.I
)
_PRICE_SHAPE = re.compile(
    r"[^\n]{0,3}?(?:\.\d{2}\b|\s+(?:per|a)\s+(?:kilo|kg|litre|liter)|\s+to\s+P\d)"
)
_STAMP_BEFORE = re.compile(
    r"\b(?:updated|published|posted|edited|modified)\s*:?\s*(?:about\s+|around\s+|over\s+)?\Z",
    re.I,
)
_COUNTER_BEFORE = re.compile(
    r"\b(?:visitors|visits|page\s+views|views|hits|followers|subscribers)\s*:\s*\Z", re.I
)
_PARAGRAPH_NUMBER = re.compile(r"[:.)]\s+[A-Z]")
_PERIOD_BEFORE = re.compile(
    r"\b(?:first|last|past|next|previous|coming|following|recent|final|initial|latest)\s+\Z",
    re.IGNORECASE,
)
_COUNT_NOUN_AFTER = re.compile(r"\s+[a-z]{2,}(?<!ss)s\b(?!['’])")
_YEAR_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|before|after|during|of|to|through|between|and|or"
    r"|the|for|year|fiscal|FY|early|late|mid|spring|summer|autumn|fall|winter|end)\s*|[,(]\s*|^\s*)\Z",
    re.IGNORECASE,
)
_DISCOURSE_AFTER = re.compile(
    r"\s+(?:(?:key|main|simple|short|important|quick)\s+)?(?:numbers|points|questions|things"
    r"|reasons|ways|examples|lessons|messages|words|remarks|observations|comments|topics"
    r"|issues|matters|options|scenarios|possibilities|sentences|parts|items|announcements)\b"
    # the sources of a report, not a count: "Two aid officials said", "two people familiar"
    r"|\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?(?:officials|sources|diplomats)\b"
    r"(?=,|\s+(?:said|say|says|told|familiar|close|speaking|who|with\s+knowledge))"
    r"|\s+people\s+(?:familiar|close|with\s+knowledge)\b",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# a part of a counted whole: "two of the three warehouses" counts warehouses
_OF_THE_N_AFTER = re.compile(
    rf"\s+of\s+(?:the|its|their|these|those)\s+(?:\d+|{_WORDNUM})\s+"
    r"(?!(?:sides|countries|nations|parties|leaders|presidents|governments)\b)[a-z]{2,}s\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?\Z", re.I)
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)+(?:(?:Street|Road|Avenue|Lane|Square|Place|Boulevard|Drive|Way"
    r"|Terrace|Crescent|Court|Highway|Parkway)\b|(?:St|Rd|Ave|Blvd|Dr)\b\.?)"
)
# a score or tally: "won 5-2", "a 3–1 defeat" (the first figure is not lower, so no range)
_SCORE_AFTER = re.compile(r"[-–]\d{1,3}(?![\d.,%])")
_DATE_RANGE_BEFORE = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*\Z"
)
_AGED_BEFORE = re.compile(
    r"\b(?:aged|ages|age\s+group|age\s+range)\s+(?:between\s+)?(?:\d+\s*(?:-|–|to|and)\s*)?\Z",
    re.IGNORECASE,
)
_AGE_BRACKET_AFTER = re.compile(
    r"(?:\s+years?)?(?:\s+(?:and|or)\s+(?:over|older|above|under|younger|below)\b|\s*(?:-|–|to)\s*\d)",
    re.IGNORECASE,
)
_GROUP_BEFORE = re.compile(
    r"\b(?:children|adults|people|persons|those|girls|boys|women|men|infants|patients)"
    r"(?:\s+aged)?\s+\Z",
    re.IGNORECASE,
)
_IN_THE_BEFORE = re.compile(r"\b(?:in|over|during|for|within)\s+the\s+\Z", re.IGNORECASE)
_PERIOD_END_AFTER = re.compile(
    r"\s+(?:to|ending|ended|through|until|up\s+to)\s+(?:the\s+)?(?:end\s+of\s+)?[A-Z0-9]"
)
_TEMPERATURE_RE = re.compile(
    r"\b(?:temperatures?|heat(?:wave)?|hot(?:test)?|warm(?:er|est)?|cold(?:er|est)?|cool(?:er)?|"
    r"celsius|fahrenheit|thermometers?|mercury|freezing|chill|degrees? above|degrees? below)\b",
    re.IGNORECASE,
)
_TICKER_ARROW = re.compile("[▲▼]")
_FAHRENHEIT = unit_for("degrees Fahrenheit")
_EVERY_BEFORE = re.compile(r"\bevery\s+\Z", re.IGNORECASE)
# "N times" is a multiple ("five times the level of 2012", "three times as many", "ten times
# more likely", "4.5 times earnings") before a comparison; elsewhere it counts occurrences
# ("intruded into the waters 41 times", "cut rates three times this year").
_MULTIPLE_AFTER = re.compile(
    r"\s*(?:the|their|its|his|her|our|your|that|those|as|more|less|fewer|likely|what|"
    r"earnings|sales|revenue|(?!(?:after|ever|never|other|under|over)\b)[a-z]+er)\b",
    re.IGNORECASE,
)
_GROWTH_BEFORE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?"
    r"|multipl(?:y|ies|ied)|jump(?:s|ed)?|(?:up|larger|higher|by)(?:\s+(?:to|by))?)\s+"
    r"(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|up\s+to|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)
# verbs after which "up to" is the level reached, not a bound: "rose up to", "picked up to"
_MOTION_BEFORE = re.compile(
    r"\b(?:rose|risen|rise[sn]?|rising|climb(?:s|ed|ing)?|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?"
    r"|pick(?:s|ed|ing)?|tick(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?"
    r"|went|mov(?:e|es|ed|ing)|shot|crept|creep(?:s|ing)?|grew|grow(?:s|n|ing)?"
    r"|increas(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|ramp(?:s|ed|ing)?|push(?:es|ed|ing)?"
    r"|bounc(?:e|es|ed|ing)|spik(?:e|es|ed|ing)|leap(?:s|t|ed|ing)?)\s+\Z",
    re.IGNORECASE,
)
# verbs that say the figure was passed: "exceeded 20 million", "topped $295 billion". "Pass" and
# "cross" also take things that are no threshold ("passed 305 laws", "crossed two rivers"), so
# they mark a bound only before a measure or a large round count ("crossed 10,000").
_EXCEED_BEFORE = re.compile(
    r"\b(?:exceed(?:s|ed)?|topp(?:ed|ing)|tops|surpass(?:es|ed|ing)?|outstripp(?:ed|ing)"
    r"|(?P<weak>pass(?:ed|es)|cross(?:ed|es)))\s+\Z",
    re.IGNORECASE,
)

# verbs of change before a figure: "fell $2 billion to $40 billion" is a change, then a level
_CHANGE_BEFORE = re.compile(
    _MOTION_BEFORE.pattern[:-6]
    + r"|f[ae]ll(?:s|en|ing)?|dropp?(?:s|ed|ing)?|declin(?:e|es|ed|ing)|slump(?:s|ed|ing)?"
    r"|shr[ai]nk(?:s|ing)?|shrunk|cut(?:s|ting)?|slid(?:e|es|ing)?|plung(?:e|es|ed|ing)"
    r"|rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|boost(?:s|ed|ing)?)\s+\Z",
    re.IGNORECASE,
)


def _repeated_unit_at(text: str, pos: int, hi: int) -> re.Match[str] | None:
    """A unit right at ``pos`` that can be written on both ends of a range ("3.5% to 4%")."""
    um = UNIT_RE.match(text, pos, hi)
    if um is None or unit_for(um.group("unit")) is None:
        return None
    return um


def _range_sep(text: str, pos: int, hi: int, word: str) -> re.Match[str] | None:
    """The separator of a range opened by ``word``: "between ... and", "from ... to", or a dash
    when no word opens it ("3%-4%")."""
    if word == "between":
        return _BETWEEN_AND.match(text, pos, hi)
    sep = _RANGE_SEP.match(text, pos, hi)
    if sep is None or ("to" in sep.group(0).lower()) != (word == "from"):
        return None
    return sep


_TWO_PLACES = Decimal("0.01")


# Hundredths of a currency after an amount: "14 cents", "20 pence", "11.6p" (glued only).
_SUBUNIT_RE = re.compile(r"\s*(?P<word>cents|cent|pence)\b|(?P<p>p)\b")
_VIDEO_LINES = frozenset(Decimal(n) for n in (240, 360, 480, 576, 720, 1080, 1440, 2160, 4320))


@dataclass
class _Cand:
    """A number expression under construction."""

    start: int
    end: int
    value: Decimal
    core_end: int
    words: bool = False  # written in words
    ordinal: bool = False
    percent_fraction: bool = False
    low: Decimal | None = None
    high: Decimal | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    unit_text: str | None = None
    kind: Kind | None = None
    scaled: bool = False
    currency_before: bool = False
    plain_int: bool = False


def _clean(value: Decimal) -> Decimal:
    """Integral values without a fractional part, others with their written digits."""
    if value == value.to_integral_value():
        try:
            return value.quantize(Decimal(1))
        except InvalidOperation:  # beyond 28 digits ("45 bn bn bn"): kept as it is
            return value
    return value


def _words_value(text: str) -> Decimal | None:
    """Value of a cardinal in words: 'six', 'twenty-five', 'twenty five'."""
    total = 0
    for part in re.split(r"[-\s]+", text.lower()):
        if part in _CARDINALS:
            total += _CARDINALS[part]
        elif part in _TENS:
            total += _TENS[part]
        else:
            return None
    return Decimal(total)


def _ordinal_value(text: str) -> int | None:
    parts = re.split(r"[-\s]+", text.lower())
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORDINALS:
        return _TENS[parts[0]] + _ORDINALS[parts[1]]
    return _ORDINALS.get(parts[0]) if len(parts) == 1 else None


def _percent_of(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    if denominator == 0:
        return None
    return _clean((numerator * 100 / denominator).quantize(_TWO_PLACES))


_DIGIT_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")
_PLAIN_INT = re.compile(r"\d+")


def _digits(text: str) -> Decimal | None:
    frac = _VULGAR.get(text[-1:])
    if frac is not None:
        text = text[:-1]
    try:
        value = Decimal(_DIGIT_SEPARATORS.sub("", text))
    except InvalidOperation:
        return None
    return value + frac if frac is not None else value


def _core_value(m: re.Match[str]) -> _Cand | None:
    """The candidate a core match starts, before any extension."""
    s, e = m.start(), m.end()
    g = m.lastgroup
    if g == "onein":
        num_text = (m.group("num") or m.group("num2")).lower()
        den_text = m.group("den") or m.group("den2")
        num = Decimal(num_text) if num_text.isdigit() else Decimal(_CARDINALS[num_text])
        den = _digits(den_text) if den_text[0].isdigit() else _words_value(den_text)
        pct = _percent_of(num, den) if den is not None and num < den else None
        if pct is None:
            return None
        return _Cand(s, e, pct, e, percent_fraction=True)
    if g == "halfa":
        w = m.group("halfw").lower()
        return _Cand(s, e, Decimal(_ARTICLE_WORDS[w][0]) / 2, e, words=True, scaled=True)
    if g == "frac":
        num_text = m.group("fnum").lower()
        num = Decimal(1) if num_text in ("a", "an") else Decimal(_CARDINALS[num_text])
        pct = _percent_of(num, Decimal(_DENOMINATORS[m.group("fden").lower()]))
        if pct is None:
            return None
        return _Cand(s, e, pct, e, words=True, percent_fraction=True)
    if g == "half":
        return _Cand(s, e, Decimal(50), e, words=True, percent_fraction=True)
    if g == "vague":
        mul = {"hundreds": 200, "tens": 20, "thousands": 2000}[m.group("vmul").lower()]
        sc = _SCALES[m.group("vsc").lower().rstrip("s")]
        return _Cand(s, e, Decimal(mul * sc), e, words=True, qualifier="at_least", scaled=True)
    if g == "vf":
        return _Cand(s, e, _VULGAR[m.group("vf")], e)
    if g == "acur":
        w = m.group("acw").lower()
        return _Cand(
            s, e, Decimal(1), e, words=True, unit=_A_CURRENCY[w], unit_text=w, kind="money"
        )
    if g == "art":
        w = m.group("artw").lower()
        return _Cand(s, e, Decimal(_ARTICLE_WORDS[w][0]), e, words=True, scaled=w != "dozen")
    if g == "ordd":
        return _Cand(s, e, Decimal(m.group("ordd")[:-2]), e, ordinal=True)
    if g == "dig":
        value = _digits(m.group("dig"))
        if value is None:
            return None
        plain = _PLAIN_INT.fullmatch(m.group("dig")) is not None
        return _Cand(s, e, value, e, plain_int=plain)
    if g == "ordw":
        ov = _ordinal_value(m.group("ordw"))
        return None if ov is None else _Cand(s, e, Decimal(ov), e, words=True, ordinal=True)
    if g == "wn":
        wv = _words_value(m.group("wn"))
        return None if wv is None else _Cand(s, e, wv, e, words=True)
    return None


def _scale_at(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A scale word right after ``pos``: (multiplier, end of the word)."""
    m = _SCALE_RE.match(text, pos, end)
    if m is None:
        return None
    word = m.group("s").lower()
    if word == "k":  # "10 k" with a space is too ambiguous; attached "10k" is handled apart
        return None
    return _SCALES[word], m.end()


_TRUNCATED = re.compile(r"(?:\s+|-)(?P<w>[A-Za-z]{3,})\s*\Z")
_TRAILING_SPACE = re.compile(r"\s*\Z")


def _truncated_tail(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """A word cut off by the end of the document: '0.9 percen', '19.95 tri'."""
    if end < len(text) and _TRAILING_SPACE.match(text, end) is None:
        return None  # not the end of the document (tested first: it is cheap)
    m = _TRUNCATED.match(text, pos, end)
    if m is None:
        return None
    word = m.group("w").lower()
    for full in ("percent", "percentage", "thousand", "million", "billion", "trillion"):
        if full.startswith(word) and full != word:
            return full, m.end("w")
    return None


_BULLETS = "•●▪◦‣∙·*-–—"


def _is_sentence_start(text: str, pos: int, floor: int) -> bool:
    i = pos - 1
    while i >= floor and text[i] in " \t\"'“‘(":
        i -= 1
    if i >= floor and text[i] in _BULLETS:  # "• Rehabilitated 37 ...": a list item starts
        j = i - 1
        while j >= floor and text[j] in " \t":
            j -= 1
        if j < floor or text[j] in "\n\r":
            return True
    return i < floor or text[i] in ".!?:;\n\r"


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


# How many of the larger time unit one of the smaller makes: "2 hours and 15 minutes".
_SUBUNIT: dict[tuple[str, str], Decimal] = {
    ("year", "month"): Decimal(12), ("year", "week"): Decimal(52), ("year", "day"): Decimal(365),
    ("month", "week"): Decimal("4.345"), ("month", "day"): Decimal("30.44"),
    ("week", "day"): Decimal(7), ("day", "hour"): Decimal(24), ("hour", "minute"): Decimal(60),
    ("hour", "second"): Decimal(3600), ("minute", "second"): Decimal(60),
}  # fmt: skip
_COMPOUND_NEXT = re.compile(
    r"\s*,?\s*(?:and\s+)?(?P<n>\d+(?:\.\d+)?)(?=\s*[-\s]?[A-Za-z])", re.IGNORECASE
)
_THOUSANDTH = Decimal("0.001")


def _compound_duration(text: str, c: _Cand, pos: int, hi: int) -> int:
    """Fold a smaller time unit into the duration before it: '7 minutes 40 seconds' = 7.667 min.

    Returns the end of the compound (``pos`` when there is none); ``c.value`` grows in place.
    """
    m = _COMPOUND_NEXT.match(text, pos, hi)
    if m is None or c.unit is None:
        return pos
    um = UNIT_RE.match(text, m.end("n"), hi)
    unit = unit_for(um.group("unit")) if um is not None else None
    if um is None or unit is None or unit.factor != 1:
        return pos
    per = _SUBUNIT.get((c.unit, unit.name))
    if per is None:
        return pos
    total = (c.value + Decimal(m.group("n")) / per).quantize(_THOUSANDTH)
    c.value = _clean(total) if total == total.to_integral_value() else total.normalize()
    c.unit_text = f"{c.unit_text} {text[m.start('n') : um.end()]}"
    return um.end()


def _extend(text: str, c: _Cand, lo: int, hi: int, g: str) -> _Cand | None:
    """Grow a core to its full expression; None when its neighbours say it is no statistic."""
    left = text[max(lo, c.start - 60) : c.start]
    if g == "vf" and _OF_AFTER.match(text, c.core_end, hi):
        c.value, c.percent_fraction = c.value * 100, True  # "½ of the homes": 50%

    # ---- left: currency symbol
    if not c.ordinal and not c.percent_fraction:
        cm = CURRENCY_PREFIX_RE.search(left)
        if cm is not None:
            code = currency_for(cm.group("cur"))
            before = left[: cm.start()]
            if code and (not before or not before[-1].isalpha()):
                c.unit, c.unit_text, c.kind = code, cm.group("cur"), "money"
                c.start -= len(left) - cm.start()
                c.currency_before = True

    pos = c.core_end
    # ---- right: "six and a half", scale words, attached "k"/"m"/"bn"
    if not c.ordinal and not c.percent_fraction:
        ah = _AND_HALF.match(text, pos, hi)
        if ah is not None and g in ("wn", "dig"):
            c.value += Decimal("0.5")
            pos = ah.end()
        if c.currency_before and g == "dig":
            am = _CURRENCY_SCALE.match(text, pos, hi)
            if am is not None:
                word = am.group("s").lower()
                c.value *= {"bn": 10**9, "b": 10**9, "m": 10**6, "mn": 10**6, "tn": 10**12,
                            "trn": 10**12, "tr": 10**12, "k": 10**3}[word]  # fmt: skip
                c.scaled, pos = True, am.end()
        if g == "dig" and not c.scaled:
            km = _ATTACHED_K.match(text, pos, hi)
            if km is not None:
                c.value *= 1000
                c.scaled, pos = True, km.end()
        while True:
            sc = _scale_at(text, pos, hi)
            if sc is None:
                break
            c.value *= sc[0]
            c.scaled, pos = True, sc[1]
        tail = _truncated_tail(text, pos, hi)
        if tail is not None and tail[0] in ("thousand", "million", "billion", "trillion"):
            c.value *= _SCALES[tail[0]]
            c.scaled, pos = True, tail[1]
    if (
        c.currency_before
        and (c.unit_text in AMBIGUOUS_CODES or c.unit_text in GLUED_AMBIGUOUS)
        and not c.scaled
        and c.value < 1000
        # "P53.40 per kilo", "P60 to P62": a peso price, with its cents or its unit of sale
        and not (c.unit_text == "P" and _PRICE_SHAPE.match(text, c.core_end - 3, hi))
    ):
        return None  # "SDG 16" is a development goal, "COP 28" a conference; "SDG 120,000" money

    # ---- right: ranges "3-5%", "3 to 5 million", "between 3 and 5"
    if not c.ordinal and not c.percent_fraction and g in ("dig", "wn"):
        # before the currency symbol when there is one: "between $1 billion and $1.2 billion"
        left = text[max(lo, c.start - 60) : c.start] if c.currency_before else left
        bm = _BETWEEN_BEFORE.search(left)
        sep = (
            _BETWEEN_AND.match(text, pos, hi) if bm and bm.group("w").lower() == "between" else None
        )
        if sep is None and (bm is None or bm.group("w").lower() == "from"):
            sep = _RANGE_SEP.match(text, pos, hi)
            if sep is not None and "to" in sep.group(0).lower() and _BY_BEFORE.search(left):
                sep = None  # "fell by 35,000 to 831,000": a change, then the new level
            if sep is not None and g == "wn" and "-" in sep.group(0):
                sep = None
        same = None
        if sep is None and c.unit is None and g == "dig":
            # the unit written on both ends: "from 3.5% to 4%", "3%-4%" (a dash alone)
            same = _repeated_unit_at(text, pos, hi)
            if same is not None:
                sep = _range_sep(text, same.end(), hi, bm.group("w").lower() if bm else "")
        if sep is not None:
            ostart = sep.end()
            if c.currency_before and c.unit_text and text.startswith(c.unit_text, ostart):
                # the currency written on both ends: "€4.5 million to €250 million"; not after a
                # verb of change ("fell $2 billion to $40 billion": a change, then a level)
                head = text[max(lo, c.start - 30) : c.start]
                if bm is not None or not _CHANGE_BEFORE.search(head):
                    ostart += len(c.unit_text)
                    ostart += 1 if text.startswith(" ", ostart) else 0
            other = _CORE.match(text, ostart, hi)
            if other is not None and other.lastgroup in ("dig", "wn") and (other.lastgroup == g):
                oc = _core_value(other)
                if oc is not None:
                    opos, oscale = oc.core_end, Decimal(1)
                    while True:
                        sc = _scale_at(text, opos, hi)
                        if sc is None:
                            break
                        oscale *= sc[0]
                        opos = sc[1]
                    low, high = c.value, oc.value * oscale
                    if not c.scaled:
                        low *= oscale
                    if same is not None:
                        um2 = _repeated_unit_at(text, opos, hi)
                        if um2 is None or unit_for(um2.group("unit")) != unit_for(
                            same.group("unit")
                        ):
                            low = high  # "from 3.5% to 4 km": no range
                    if low < high and not (
                        c.plain_int
                        and oc.plain_int
                        and 1800 <= low <= 2100
                        and 1800 <= high <= 2100
                    ):
                        c.low, c.high, c.value = low, high, low
                        c.qualifier = "range"
                        pos = opos
                        if bm is not None:
                            c.start -= len(left) - bm.start()

    # ---- right: currency word or unit
    if c.unit is None and not c.ordinal and not c.percent_fraction:
        cur = CURRENCY_SUFFIX_RE.match(text, pos, hi)
        sub = _SUBUNIT_RE.match(text, pos, hi) if cur is None and not c.scaled else None
        if sub is not None and sub.group("p") and c.value in _VIDEO_LINES:
            sub = None  # "1080p": a screen, not pence
        if cur is not None and (cur.group("cur").lower() != "won" or c.scaled):
            c.unit, c.unit_text, c.kind = currency_for(cur.group("cur")), cur.group("cur"), "money"
            pos = cur.end()
        elif sub is not None:
            # "14 cents a share", "11.6p": a hundredth of the dollar or the pound
            word = sub.group("word") or "p"
            c.unit, c.unit_text, c.kind = (
                ("GBP" if word in ("p", "pence") else "USD"),
                word,
                "money",
            )
            c.value = _clean(c.value / 100)
            if c.low is not None and c.high is not None:
                c.low, c.high = _clean(c.low / 100), _clean(c.high / 100)
            pos = sub.end()
        else:
            um = UNIT_RE.match(text, pos, hi)
            unit = unit_for(um.group("unit")) if um is not None else None
            if um is not None and unit is not None and um.group("unit").lower() == "degrees":
                # "41.3 degrees": a temperature where the context speaks of heat or cold (in
                # Fahrenheit where it names that scale), else an angle or a degree of something.
                # The context reaches back past an earlier figure: "highs of 40 and 41 degrees".
                window = text[max(0, c.start - 160) : min(hi, um.end() + 80)].lower()
                if not _TEMPERATURE_RE.search(window):
                    um, unit = None, None
                elif c.value > 60 or ("fahrenheit" in window and "celsius" not in window):
                    unit = _FAHRENHEIT  # no air is 95 degrees Celsius
            if um is not None and unit is not None:
                if unit.name == "mm" and _CALIBRE_AFTER.match(text, um.end(), hi):
                    return None
                if unit.name in TIME_UNITS and c.words and c.value == 1 and g == "wn":
                    if unit.name in ("day", "week"):  # "one day", "one week": idioms
                        return None
                c.unit, c.unit_text = unit.name, um.group("unit")
                c.kind = unit.kind
                if unit.factor != 1:
                    c.value *= unit.factor
                    if c.low is not None and c.high is not None:
                        c.low, c.high = c.low * unit.factor, c.high * unit.factor
                pos = um.end()
                if (
                    um.group("unit").lower() == "times"
                    and not _MULTIPLE_AFTER.match(text, pos, hi)
                    and not _GROWTH_BEFORE.search(left)
                ):
                    c.unit, c.kind = None, "count"  # occurrences: "violated airspace 19 times"
                if unit.name in TIME_UNITS and c.qualifier != "range":
                    pos = _compound_duration(text, c, pos, hi)
                if unit.name in TIME_UNITS:
                    ao = _AGO_OLD.match(text, pos, hi)
                    if ao is not None:
                        pos = ao.end()
                        if ao.group("w").lower() == "old":
                            c.kind = "measure"
                    elif _EVERY_BEFORE.search(left):
                        c.kind = "measure"
            else:
                tail = _truncated_tail(text, pos, hi)
                if tail is not None and tail[0].startswith("percent"):
                    c.unit = "percentage point" if tail[0] == "percentage" else "percent"
                    c.unit_text, c.kind = text[pos : tail[1]].strip(" -"), "percent"
                    pos = tail[1]
    elif g == "art" and c.unit is None:
        pass
    if g == "art":
        w = text[c.start : c.core_end].split()[-1].lower()
        if w in ("decade", "century"):
            c.unit, c.unit_text, c.kind = "year", w, "duration"
    if c.percent_fraction:
        c.unit, c.kind = "percent", "percent"

    # ---- right: ordinals are kept only as anniversaries and ranks
    if c.ordinal:
        an = _ANNIVERSARY.match(text, pos, hi)
        if an is not None:
            c.kind, pos = "anniversary", an.end()
        else:
            sup = _SUPERLATIVE.match(text, pos, hi)
            if sup is not None:
                c.kind, pos = "rank", sup.end()
            elif _RANKED.search(left):
                c.kind = "rank"
            else:
                return None

    # ---- right: "or more", "50-plus"
    pq = _POST_QUAL.match(text, pos, hi)
    if pq is not None and c.qualifier == "exact":
        c.qualifier = (
            "approximate" if pq.group("w") and pq.group("w").lower() == "so" else "at_least"
        )
        pos = pq.end()

    # ---- left: qualifier
    window = text[max(lo, c.start - 40) : c.start]
    qm = _qualifier_before(window)
    if qm is not None and c.qualifier in ("exact", "at_least"):
        word = " ".join(qm.group("q").lower().split())
        q = QUALIFIERS.get(word)
        if word == "up to" and _MOTION_BEFORE.search(window, 0, qm.start("q")):
            q = None  # "rose up to 5%", "edged up to 4.3%": the new level, not a bound
        if q is not None and word not in _NOT_BOUNDS:
            c.qualifier = q
            c.start -= len(qm.group(0))
    elif qm is None and c.qualifier == "exact" and (ex := _EXCEED_BEFORE.search(window)):
        if not ex.group("weak") or c.unit is not None or c.scaled or c.value >= 1000:
            c.qualifier = "more_than"  # "exports topped $3 billion": the verb stays outside
    c.end = pos
    return c


def _rejected(text: str, c: _Cand, core: re.Match[str], lo: int, hi: int) -> bool:
    """Whether the neighbours of a core say it is not a statistic."""
    s, e = core.start(), core.end()
    g = core.lastgroup or ""
    prev = text[s - 1] if s > 0 else " "
    prev2 = text[s - 2] if s > 1 else " "
    nxt = text[e] if e < len(text) else " "
    bare = c.unit is None and not c.scaled and c.qualifier == "exact" and c.kind is None

    # identifiers glued to letters: "G20", "COVID-19", "5G", "1990s", "one-China"
    if g in ("dig", "ordd") and prev in "#№":
        return True  # "Situation Report #18": a number that names, not one that counts
    if g in ("dig", "ordd"):
        if (prev.isalpha() and not c.currency_before) or (prev in "-‐" and (prev2.isalnum())):
            return True
        glued = text[e : c.end] if c.end > e else ""
        if nxt.isalpha() and not glued[:1].isalpha() and not c.ordinal:
            return True
        if nxt == "-" and e + 1 < len(text) and text[e + 1].isupper() and c.unit is None:
            if not c.scaled:
                return True  # "737-MAX"; "387-strong" is a count
        if (
            _TICKER_AFTER.match(text, e)
            or text.startswith(("/", ".", ":"), e)
            and (e + 1 < len(text) and text[e + 1].isdigit())
        ):
            return True
        if prev in "/:" or (prev == "." and prev2.isdigit()):
            return True
        if prev in "+-" and c.value == 0:
            return True
    if g in ("wn", "frac") and nxt == "-" and e + 1 < len(text) and text[e + 1].isupper():
        return True

    # dates: "May 7", "27 February", "the 13th of April"
    if g in ("dig", "ordd", "ordw"):
        if _MONTH_BEFORE.search(text, max(lo, s - 20), s):
            return True
        if _MONTH_AFTER.match(text, e, hi) and c.unit is None:
            return True
    # bare years: "in 2023", "2030 Agenda", "2021-2025"
    if g == "dig" and c.plain_int and 1800 <= c.value <= 2100 and not c.scaled:
        if c.unit is None and c.qualifier in ("exact", "range"):
            counted = _COUNT_NOUN_AFTER.match(text, e, hi) is not None and (
                _YEAR_CONTEXT_BEFORE.search(text, max(lo, s - 16), s) is None
            )
            if not counted:  # "in 2000", "2025 outlook"; "deployed 2000 officers" is a count
                return True
    # identifiers named by the word before: "Article 5", "Resolution 2231", "No. 3"
    if g == "dig" and bare:
        window = text[max(lo, s - 30) : s]
        if _IDENT_BEFORE.search(window):
            return True
        cw = _CAP_WORD_BEFORE.search(window)
        if (
            cw is not None
            and c.plain_int
            and not _is_sentence_start(text, s - len(window) + cw.start(), lo)
            and cw.group("w").lower() not in QUALIFIERS
            and cw.group("w").lower() not in ("in", "of", "by", "at", "to", "and", "since")
        ):
            return True
        # list numbering: "1. China ..." at the start of a line, "(2)"
        a, _ = _line_bounds(text, s)
        if not text[a:s].strip() and _LIST_MARK.match(text, e):
            return True
        if prev == "(" and nxt == ")":
            return True
    if g == "dig" and c.plain_int and c.unit is None and not c.scaled:
        window = text[max(lo, c.start - 40) : c.start]
        if c.qualifier in ("exact", "range") and _IDENT_LIST_BEFORE.search(window):
            return True  # "Berth 8 and 9": the second berth is named, not counted
        if c.qualifier == "range" and _IDENT_BEFORE.search(window):
            return True  # "Berths 8-9"
        if (
            c.qualifier == "exact"
            and _HOTLINE_BEFORE.search(window)
            and not _COUNT_NOUN_AFTER.match(text, e, hi)
        ):
            return True  # "call 911", "the hotline at 1555"
    if g in ("dig", "wn") and _COMPOUND_UNIT_AFTER.match(text, e, hi):
        return True  # "twenty-foot equivalent units", "40-foot containers"
    # addresses and date ranges: "10 Downing Street", "March 14 to 16"
    if g == "dig" and bare and _ADDRESS_AFTER.match(text, e, hi):
        return True
    if g == "dig" and bare and c.plain_int and _SCORE_AFTER.match(text, e, hi):
        return True  # "won 5-2": a score, not two figures
    if g in ("dig", "ordd") and _DATE_RANGE_BEFORE.search(text, max(lo, s - 30), s):
        return True
    # age brackets that define a group: "people aged 16 to 64", "children under five years"
    if c.unit in (None, "year") and not c.scaled:
        before_q = text[max(lo, c.start - 30) : c.start]
        aged = _AGED_BEFORE.search(before_q)
        if aged is not None and (
            c.qualifier == "range"
            or re.search(r"\d", aged.group(0)) is not None
            or _AGE_BRACKET_AFTER.match(text, c.end, hi)
        ):
            return True
        if _GROUP_BEFORE.search(before_q) and c.qualifier in ("less_than", "more_than"):
            return True
    # a span of time that names the period: "in the 12 months to October"
    if (
        c.unit in TIME_UNITS
        and _IN_THE_BEFORE.search(text, max(lo, c.start - 20), c.start)
        and _PERIOD_END_AFTER.match(text, c.end, hi)
    ):
        return True
    # page furniture: tickers, comment counters (lines with almost no words)
    a, b = _line_bounds(text, s)
    words = _ALPHA_WORD.finditer(text, a, b)  # two words are enough: no full count
    if next(words, None) is None or next(words, None) is None:
        return True
    if _TICKER_ARROW.search(text, a, b):
        return True  # a market ticker: "Sensex 81,240.15 ▲342.60 (0.42%) | Nifty ..."
    if bare and _COUNTER_AFTER.match(text, e, hi):
        return True
    if bare and _COUNTER_BEFORE.search(text, max(lo, s - 24), s):
        return True  # "Visitors: 48,912,304": a page counter
    if bare and _PARAGRAPH_NUMBER.match(text, e, hi) and (s == 0 or text[s - 1] == "\n"):
        return (
            True  # "1: Before turning to its immediate policy decision, ...": a numbered paragraph
        )
    # a page's timestamp: "Updated about 5 hours ago", "Posted 2 days ago"
    if c.unit in TIME_UNITS and _STAMP_BEFORE.search(text, max(lo, s - 30), s):
        return True
    # a time span that is the period, not the figure: "in the first three quarters"
    if (
        c.unit in TIME_UNITS
        and c.qualifier == "exact"
        and _PERIOD_BEFORE.search(text, max(lo, s - 20), s)
    ):
        return True
    # number words that are not facts
    if c.words and g in ("wn", "ordw"):
        if text[s].isupper() and not _is_sentence_start(text, s, lo):
            return True  # part of a name: "Five-Year Plan", "Group of Seven"
        if (c.value <= 3 and _VAGUE_PAIR_AFTER.match(text, e, hi)) or _VAGUE_PAIR_BEFORE.search(
            text, max(lo, s - 14), s
        ):
            return True  # "one or two cuts", "two or three years", "two- and three-wheelers"
        if bare:
            if c.value <= 1 and g == "wn" and not _OF_THE_N_AFTER.match(text, e, hi):
                return True  # "one of", "on the one hand"
            if _DETERMINER_BEFORE.search(text, max(lo, s - 12), s):
                return True  # "the two sides", "both three ..."
            if c.value == 2 and _PAIR_FRAME_BEFORE.search(text, max(lo, s - 12), s):
                return True  # "during two visits", "bring close two distant fields"
            if (
                c.value <= 2
                and _NOT_FACT_AFTER.match(text, e, hi)
                and not _OF_THE_N_AFTER.match(text, e, hi)
            ):
                return True  # "two countries", "two sides"
            if c.value <= 10 and _DISCOURSE_AFTER.match(text, e, hi):
                return True  # "let me make three points"

    if g == "vf" and c.unit is None:
        return True  # a lone "½" that is neither a share ("½ of") nor a measure
    if g == "acur" and c.qualifier == "exact":
        return True  # "a dollar store"; "more than a dollar" is a claim
    if g == "half":
        if c.qualifier == "exact" and not _OF_AFTER.match(text, e, hi):
            return True
        if _HALF_BLOCKERS.search(text, max(lo, s - 12), s):
            return True
    if g == "frac":
        if _PERIOD_BEFORE.search(text, max(lo, s - 20), s):
            return True  # "the first three quarters of 2025" is a period
        sep = core.group("fsep")
        if "-" not in sep and not _OF_AFTER.match(text, e, hi) and c.qualifier == "exact":
            return True
        if core.group("fnum").lower() in ("a", "an") and not _OF_AFTER.match(text, e, hi):
            if not _BY_BEFORE.search(text, max(lo, c.start - 12), c.start):
                return True  # "a third party"; "fell by about a third" is a claim
    return False


# Every qualifier ends on one of these (lower-cased) characters: a window whose last non-space
# character is another ASCII one cannot end on a qualifier, and the scan is skipped.
_QUAL_ENDS = frozenset(q[-1].lower() for q in QUALIFIERS)


def _qualifier_before(window: str) -> re.Match[str] | None:
    """``_QUAL_BEFORE.search(window)``, without the scan when the window's end rules it out."""
    tail = window.rstrip()
    if not tail:
        return None
    last = tail[-1]
    if last.isascii() and last.lower() not in _QUAL_ENDS:
        return None
    return _QUAL_BEFORE.search(window)


def _excluded(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """Whether ``text[s:e]`` lies in a date, a time or a phone number."""
    a = max(lo, s - 24)
    while a > lo and not text[a - 1].isspace():
        a -= 1
    b = min(hi, e + 24)
    # ``_EXCLUDED.finditer(text, a, b)``, tried only where a match can start (a digit, "+" or
    # "("): the same matches, several times faster than letting the alternation scan
    pos = a
    while pos < b:
        hint = _EXCLUDED_START.search(text, pos, b)
        if hint is None or hint.start() >= e:
            return False  # matches come in text order: none further along can overlap
        x = _EXCLUDED.match(text, hint.start(), b)
        if x is None:
            pos = hint.start() + 1
            continue
        if s < x.end():
            return True
        pos = x.end()
    return False


def _trie(words: Iterable[str]) -> str:
    """A regular expression alternation of ``words`` factored as a trie (fast to scan)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(root)


_TRIGGER_WORDS = {
    *_CARDINALS, *_TENS, *_ORDINALS, "a", "an", "half", "hundreds", "tens", "thousands",
}  # fmt: skip
_TRIGGER = re.compile(rf"\d|[{_VF}]|\b{_trie(_TRIGGER_WORDS)}\b", re.IGNORECASE)
# Every core holds a digit or one of these words ("a third" and "a dozen" hold their noun):
# a text without any of them holds no quantity.
_HINT = re.compile(
    rf"\d|[{_VF}]|\b"
    + _trie((_TRIGGER_WORDS - {"a", "an"}) | {*_DENOMINATORS, *_ARTICLE_WORDS, *_A_CURRENCY})
    + r"\b"
)


_HINT_ANY_CASE = re.compile(_HINT.pattern, re.IGNORECASE)


def number_hints(text: str) -> list[int]:
    """Offsets of every digit or number word in ``text``: where a quantity may be, sorted.

    A span of the text with no hint holds no quantity, so callers can skip it unread.

    >>> number_hints("A third of 12 ships")
    [2, 11, 12]
    >>> number_hints("İstanbul got TWO")
    [13]
    """
    # lower-casing once and matching case-sensitively is faster than re.IGNORECASE (when
    # lower-casing keeps every offset: "İ" becomes two characters)
    lowered = text.lower()
    if len(lowered) != len(text):
        return [m.start() for m in _HINT_ANY_CASE.finditer(text)]
    return [m.start() for m in _HINT.finditer(lowered)]


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number expression in ``text[start:end]`` that can be a statistic.

    Offsets are absolute into ``text`` and ``q.text == text[q.start:q.end]`` includes the
    qualifier, the currency and the unit ("more than 2.7 million", "RMB 21.8 trillion",
    "30-percent", "77 years ago"). Dates, times, bare years, ordinal names, identifiers,
    phone numbers and tickers are not returned.

    Args:
        text: the whole document text (context outside the window is never consumed).
        start: offset where the search starts.
        end: offset where it stops (default: the end of the text).

    Returns:
        The quantities in text order, never overlapping.

    >>> [q.text for q in find_quantities("The 20th Central Committee adopted over 300 reforms.")]
    ['over 300']
    """
    hi = len(text) if end is None else max(0, min(end, len(text)))
    lo = max(0, min(start, hi))
    out: list[Quantity] = []
    pos = lo
    while pos < hi:
        # A cheap trigger (a digit or a number word) finds where the full core may start.
        t = _TRIGGER.search(text, pos, hi)
        if t is None:
            break
        m = _CORE.match(text, t.start(), hi)
        if m is None:
            pos = t.end()
            continue
        pos = m.end()
        if _excluded(text, m.start(), m.end(), lo, hi):
            continue
        cand = _core_value(m)
        if cand is None:
            continue
        if out and cand.start < out[-1].end:
            continue
        grown = _extend(text, cand, max(lo, out[-1].end if out else lo), hi, m.lastgroup or "")
        if grown is None or _rejected(text, grown, m, lo, hi):
            continue
        if out and grown.start < out[-1].end:
            continue
        if grown.kind == "money" and grown.unit is None and grown.unit_text:
            # "5 billion pesos": the ISO code only when the sentence names the country
            grown.unit = shared_currency(grown.unit_text, text[lo:hi])
        out.append(_to_quantity(text, grown))
        pos = max(pos, grown.end)
    return out


def _to_quantity(text: str, c: _Cand) -> Quantity:
    value = _clean(c.value)
    low = _clean(c.low) if c.low is not None else None
    high = _clean(c.high) if c.high is not None else None
    return Quantity(
        text=text[c.start : c.end],
        start=c.start,
        end=c.end,
        value=value,
        low=low,
        high=high,
        qualifier=c.qualifier,
        unit=c.unit,
        kind=c.kind,
        unit_text=c.unit_text,
    )


def parse_number(text: str) -> Decimal | None:
    """The value of a number expression without qualifier or unit, or None.

    Fractions are returned as percent ("two-thirds" -> 66.67, "one in every 45" -> 2.22); the
    caller decides the unit.

    Args:
        text: a number as written: "2.7 million", "six", "a dozen", "twenty-five", "1,152".

    Returns:
        The value, or None when ``text`` is not (only) a number.

    >>> parse_number("one in every 45"), parse_number("4.12 trillion"), parse_number("hello")
    (Decimal('2.22'), Decimal('4120000000000'), None)
    """
    s = text.strip()
    m = _CORE.match(s)
    if m is None:
        return None
    c = _core_value(m)
    if c is None:
        return None
    pos = m.end()
    ah = _AND_HALF.match(s, pos)
    if ah is not None:
        c.value += Decimal("0.5")
        pos = ah.end()
    km = _ATTACHED_K.match(s, pos) if m.lastgroup == "dig" else None
    if km is not None:
        c.value *= 1000
        pos = km.end()
    while True:
        sc = _scale_at(s, pos, len(s))
        if sc is None:
            break
        c.value *= sc[0]
        pos = sc[1]
    if s[pos:].strip():
        return None
    return _clean(c.value)
