"""The closed unit vocabulary of the number grammar, mapped to QUDT unit local names.

A unit as written ("per cent", "kilometres", "GW", "yuan") maps to one canonical unit name
(the ``Quantity.unit`` string: ``percent``, ``km``, ``GW``, ``CNY``) and, where QUDT has one, the
local name of its QUDT unit IRI (``http://qudt.org/vocab/unit/<name>``). Currencies use their ISO
4217 codes; QUDT names them ``unit:CCY_<code>``.

>>> UNITS["percent"].qudt
'PERCENT'
>>> unit_for("kilometres").name
'km'
>>> currency_for("U.S. dollars")
'USD'
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AMBIGUOUS_CODES",
    "CURRENCY_PREFIX_RE",
    "GLUED_AMBIGUOUS",
    "CURRENCY_SUFFIX_RE",
    "ISO_CODES",
    "SHARED_CURRENCIES",
    "TIME_UNITS",
    "UNITS",
    "UNIT_RE",
    "Unit",
    "currency_for",
    "local_dollar",
    "local_rupee",
    "qudt_for",
    "shared_currency",
    "unit_for",
]

UnitKind = Literal["percent", "duration", "measure"]


class Unit(BaseModel):
    """One unit of the closed vocabulary."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(..., description="Canonical name, the value of Quantity.unit.")
    qudt: str | None = Field(None, description="QUDT unit local name, when QUDT has one.")
    kind: UnitKind = Field(..., description="The claim kind a number with this unit has.")
    factor: int = Field(1, description="Multiplier into the canonical unit (decade -> 10 years).")


def _u(name: str, qudt: str | None, kind: UnitKind, factor: int = 1) -> Unit:
    return Unit(name=name, qudt=qudt, kind=kind, factor=factor)


# Canonical units, keyed by name.
UNITS: dict[str, Unit] = {
    u.name: u
    for u in (
        _u("percent", "PERCENT", "percent"),
        _u("percentage point", None, "percent"),
        _u("basis point", None, "percent"),
        _u("year", "YR", "duration"),
        _u("month", "MO", "duration"),
        _u("quarter", None, "duration"),
        _u("week", "WK", "duration"),
        _u("day", "DAY", "duration"),
        _u("hour", "HR", "duration"),
        _u("minute", "MIN", "duration"),
        _u("second", "SEC", "duration"),
        _u("km", "KiloM", "measure"),
        _u("km/h", "KiloM-PER-HR", "measure"),
        _u("mph", "MI-PER-HR", "measure"),
        _u("m/s", "M-PER-SEC", "measure"),
        _u("m", "M", "measure"),
        _u("cm", "CentiM", "measure"),
        _u("mm", "MilliM", "measure"),
        _u("mile", "MI", "measure"),
        _u("nautical mile", "MI_N", "measure"),
        _u("km2", "KiloM2", "measure"),
        _u("m2", "M2", "measure"),
        _u("hectare", "HA", "measure"),
        _u("acre", "AC", "measure"),
        _u("mu", None, "measure"),
        _u("kg", "KiloGM", "measure"),
        _u("g", "GM", "measure"),
        _u("tonne", "TONNE", "measure"),
        _u("ton", "TON_SHORT", "measure"),
        _u("litre", "L", "measure"),
        _u("m3", "M3", "measure"),
        _u("barrel", "BBL", "measure"),
        _u("barrel per day", None, "measure"),
        _u("W", "W", "measure"),
        _u("kW", "KiloW", "measure"),
        _u("MW", "MegaW", "measure"),
        _u("GW", "GigaW", "measure"),
        _u("TW", "TeraW", "measure"),
        _u("kWh", "KiloW-HR", "measure"),
        _u("MWh", "MegaW-HR", "measure"),
        _u("GWh", "GigaW-HR", "measure"),
        _u("TWh", "TeraW-HR", "measure"),
        _u("TEU", None, "measure"),
        _u("degree Celsius", "DEG_C", "measure"),
        _u("degree Fahrenheit", "DEG_F", "measure"),
        _u("times", "UNITLESS", "measure"),
    )
}

# Surface forms -> (canonical unit, factor). Matched case-insensitively unless listed in
# _CASED (symbols whose case carries meaning: "MW" is not "mw" in running text).
_SURFACE: dict[str, tuple[str, int]] = {
    "%": ("percent", 1),
    "percent": ("percent", 1),
    "per cent": ("percent", 1),
    "pc": ("percent", 1),  # Pakistani and British papers: "4.6pc"
    "per-cent": ("percent", 1),
    "pct": ("percent", 1),
    "percentage points": ("percentage point", 1),
    "percentage point": ("percentage point", 1),
    "percent points": ("percentage point", 1),
    "pp": ("percentage point", 1),
    "basis points": ("basis point", 1),
    "basis point": ("basis point", 1),
    "bps": ("basis point", 1),
    "years": ("year", 1),
    "year": ("year", 1),
    "yrs": ("year", 1),
    "decades": ("year", 10),
    "decade": ("year", 10),
    "centuries": ("year", 100),
    "century": ("year", 100),
    "months": ("month", 1),
    "month": ("month", 1),
    "quarters": ("quarter", 1),
    "quarter": ("quarter", 1),
    "weeks": ("week", 1),
    "week": ("week", 1),
    "days": ("day", 1),
    "day": ("day", 1),
    "hours": ("hour", 1),
    "hour": ("hour", 1),
    "hrs": ("hour", 1),
    "minutes": ("minute", 1),
    "minute": ("minute", 1),
    "mins": ("minute", 1),
    "seconds": ("second", 1),
    "kilometres per hour": ("km/h", 1),
    "kilometers per hour": ("km/h", 1),
    "kilometres an hour": ("km/h", 1),
    "kilometers an hour": ("km/h", 1),
    "km per hour": ("km/h", 1),
    "km an hour": ("km/h", 1),
    "km/h": ("km/h", 1),
    "km/hr": ("km/h", 1),
    "kmph": ("km/h", 1),
    "kph": ("km/h", 1),
    "miles per hour": ("mph", 1),
    "miles an hour": ("mph", 1),
    "mph": ("mph", 1),
    "metres per second": ("m/s", 1),
    "meters per second": ("m/s", 1),
    "m/s": ("m/s", 1),
    "square kilometres": ("km2", 1),
    "square kilometers": ("km2", 1),
    "sq km": ("km2", 1),
    "km2": ("km2", 1),
    "km²": ("km2", 1),
    "square metres": ("m2", 1),
    "square meters": ("m2", 1),
    "sq m": ("m2", 1),
    "m2": ("m2", 1),
    "m²": ("m2", 1),
    "cubic metres": ("m3", 1),
    "cubic meters": ("m3", 1),
    "m3": ("m3", 1),
    "m³": ("m3", 1),
    "kilometres": ("km", 1),
    "kilometers": ("km", 1),
    "kilometre": ("km", 1),
    "kilometer": ("km", 1),
    "km": ("km", 1),
    "nautical miles": ("nautical mile", 1),
    "miles": ("mile", 1),
    "mile": ("mile", 1),
    "metres": ("m", 1),
    "meters": ("m", 1),
    "metre": ("m", 1),
    "meter": ("m", 1),
    "centimetres": ("cm", 1),
    "centimeters": ("cm", 1),
    "cm": ("cm", 1),
    "millimetres": ("mm", 1),
    "millimeters": ("mm", 1),
    "mm": ("mm", 1),
    "hectares": ("hectare", 1),
    "hectare": ("hectare", 1),
    "ha": ("hectare", 1),
    "acres": ("acre", 1),
    "mu": ("mu", 1),
    "kilograms": ("kg", 1),
    "kilogrammes": ("kg", 1),
    "kilogram": ("kg", 1),
    "kg": ("kg", 1),
    "grams": ("g", 1),
    # "MT" in Indian government releases is million tonnes ("243.4 MT of coal")
    "MT": ("tonne", 1_000_000),
    "MMT": ("tonne", 1_000_000),
    "metric tons": ("tonne", 1),
    "metric tonnes": ("tonne", 1),
    "tonnes": ("tonne", 1),
    "tonne": ("tonne", 1),
    # "tons" is read as the metric tonne: briefings and wire copy use it for metric tonnes
    # (grain, aid, emissions) and short tons are rare in this genre, so every spelling maps to
    # QUDT TONNE. ("ton" stays in UNITS for figures stored before this choice.)
    "metric ton": ("tonne", 1),
    "tons": ("tonne", 1),
    "ton": ("tonne", 1),
    "litres": ("litre", 1),
    "liters": ("litre", 1),
    "barrels per day": ("barrel per day", 1),
    "barrels a day": ("barrel per day", 1),
    "barrel per day": ("barrel per day", 1),
    "bpd": ("barrel per day", 1),
    "b/d": ("barrel per day", 1),
    "barrels": ("barrel", 1),
    "watts": ("W", 1),
    "kilowatts": ("kW", 1),
    "kilowatt": ("kW", 1),
    "kW": ("kW", 1),
    "megawatts": ("MW", 1),
    "megawatt": ("MW", 1),
    "MW": ("MW", 1),
    "gigawatts": ("GW", 1),
    "gigawatt": ("GW", 1),
    "GW": ("GW", 1),
    "terawatts": ("TW", 1),
    "kilowatt-hours": ("kWh", 1),
    "kilowatt hours": ("kWh", 1),
    "kWh": ("kWh", 1),
    "megawatt-hours": ("MWh", 1),
    "MWh": ("MWh", 1),
    "gigawatt-hours": ("GWh", 1),
    "GWh": ("GWh", 1),
    "terawatt-hours": ("TWh", 1),
    "TWh": ("TWh", 1),
    "TEUs": ("TEU", 1),
    "TEU": ("TEU", 1),
    "degrees Celsius": ("degree Celsius", 1),
    "°C": ("degree Celsius", 1),
    "degrees Fahrenheit": ("degree Fahrenheit", 1),
    "°F": ("degree Fahrenheit", 1),
    # bare "degrees": a temperature only where the sentence speaks of one (numbers.py)
    "degrees": ("degree Celsius", 1),
    "times": ("times", 1),
    "fold": ("times", 1),
}
_CASED = frozenset(
    {
        "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "TEU", "TEUs", "pp", "ha", "mu", "m2", "m3",
        "MT", "MMT", "pc",
    }
)  # fmt: skip

TIME_UNITS = frozenset({"year", "month", "quarter", "week", "day", "hour", "minute", "second"})


def _alternation(forms: list[str]) -> str:
    out = []
    for form in sorted(forms, key=len, reverse=True):
        esc = re.escape(form).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]?")
        out.append(esc if form in _CASED else f"(?i:{esc})")
    return "|".join(out)


# A unit right after a number: "5%", "30-percent", "2,000 km", "1.5 gigawatts", "3.5 times".
# The group ``unit`` holds the surface form; the unit must end at a word boundary (or be a
# symbol), so "10 kms" or "5 mileage" do not match.
UNIT_RE = re.compile(
    r"(?:\s*-\s*|\s*)(?:(?i:consecutive|straight|successive|full|whole)\s+)?(?P<unit>"
    + _alternation(list(_SURFACE))
    + r")(?![\w%])",
)

# Currencies written before the amount: "$", "US$", "£", "RMB", "USD"...
_PREFIX_CURRENCIES: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "USD": "USD",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "$US": "USD",
    "$A": "AUD",
    "$": "USD",
    "£": "GBP",
    "GBP": "GBP",
    "€": "EUR",
    "EUR": "EUR",
    "¥": "CNY",
    "RMB": "CNY",
    "CNY": "CNY",
    "JPY": "JPY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "INR": "INR",
    "₩": "KRW",
    "KRW": "KRW",
    "CHF": "CHF",
    "₽": "RUB",
    # South Africa's rand as its press writes it: "R14.6 billion", "R1 500" (glued, and kept
    # only for large or scaled amounts: "R2" is a road)
    "R": "ZAR",
    # Nigeria's naira as its press writes it: "N1,240 per litre", "N2.3tn"
    "N": "NGN",
    # the African Development Bank's unit of account: "UA 137.4 million"
    "UA": "XUA",
    # Malaysia's ringgit and the Philippine peso as their press writes them
    "RM": "MYR",
    "₱": "PHP",
    "P": "PHP",
    # financial-press abbreviations glued to the amount: "Won4.28tn", "Rmb3bn", "Rp5tn"
    "Won": "KRW",
    "Rmb": "CNY",
    "Rp": "IDR",
    "SFr": "CHF",
    # East African shillings as the region's press writes them: "Sh1.29 trillion", "KSh 5m"
    "KSh": "KES",
    "Ksh": "KES",
    "Sh": "KES",
    "TSh": "TZS",
    "USh": "UGX",
}
# ISO 4217 codes written before ("SDG 120,000") or after ("4.28 trillion KRW") an amount,
# upper case only. Codes that also name other things ("SDG 16" is a Sustainable Development
# Goal, "COP 28" a climate conference) are in AMBIGUOUS_CODES: the caller keeps them as money
# only for large or scaled amounts.
ISO_CODES = frozenset(
    """USD EUR GBP JPY CNY INR KRW CHF AUD CAD NZD SGD HKD TWD BRL RUB ZAR MXN IDR MYR THB PHP KZT
    VND PKR BDT LKR NPR EGP NGN KES ETB GHS UGX TZS TRY SAR AED QAR KWD BHD OMR ILS IRR IQD SYP MMK
    LBP JOD SDG SSP YER AFN UAH PLN SEK NOK DKK CZK HUF RON ARS CLP COP PEN XOF XAF""".split()
)
AMBIGUOUS_CODES = frozenset({"SDG", "COP", "UA"})
# Glued-only forms must touch the amount: "Won4.28tn" is money, "Won 5 games" is not.
_GLUED_ONLY = frozenset({"Won", "Sh", "R", "N", "P"})
# Glued forms that name other things too: money only for large or scaled amounts.
GLUED_AMBIGUOUS = frozenset({"R", "N", "P"})
_PREFIX_FORMS = sorted({*_PREFIX_CURRENCIES, *ISO_CODES}, key=len, reverse=True)
CURRENCY_PREFIX_RE = re.compile(
    r"(?P<cur>"
    + "|".join(re.escape(c) + (r"(?=\Z)" if c in _GLUED_ONLY else "") for c in _PREFIX_FORMS)
    + r")\s?\Z"
)

# Currencies written after the amount: "yuan", "U.S. dollars", "euros", "RMB".
_SUFFIX_CURRENCIES: dict[str, str] = {
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "american dollars": "USD",
    "hong kong dollars": "HKD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "singapore dollars": "SGD",
    "new taiwan dollars": "TWD",
    "dollars": "USD",
    "dollar": "USD",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "usd": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "yen": "JPY",
    "jpy": "JPY",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "won": "KRW",
    # names only one country's currency has
    "naira": "NGN",
    "reais": "BRL",
    "cedis": "GHS",
    "cedi": "GHS",
    "rand": "ZAR",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "dong": "VND",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "hryvnas": "UAH",
    "hryvna": "UAH",
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "forint": "HUF",
    "turkish lira": "TRY",
    "turkish liras": "TRY",
    "liras": "TRY",
    "lira": "TRY",
    "lebanese pounds": "LBP",
    "lebanese lira": "LBP",
    "egyptian pounds": "EGP",
    "kenyan shillings": "KES",
    "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS",
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "argentine pesos": "ARS",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "uae dirhams": "AED",
    "emirati dirhams": "AED",
    "moroccan dirhams": "MAD",
    "iraqi dinars": "IQD",
    "jordanian dinars": "JOD",
    "kuwaiti dinars": "KWD",
    "swedish kronor": "SEK",
    "swedish krona": "SEK",
    "norwegian kroner": "NOK",
    "norwegian krone": "NOK",
    "danish kroner": "DKK",
    "danish krone": "DKK",
    "soles": "PEN",
    "nuevos soles": "PEN",
    "bolivianos": "BOB",
    "guaranies": "PYG",
    "quetzales": "GTQ",
    "lempiras": "HNL",
    "taka": "BDT",
    "kyats": "MMK",
    "kyat": "MMK",
    "tenge": "KZT",
    "birr": "ETB",
    "shekels": "ILS",
    "afghanis": "AFN",
    "lari": "GEL",
    "pula": "BWP",
    "leones": "SLE",
}
# Currency names several countries use: money either way, but the ISO code only when the
# country is named nearby (``currency_in_context``); otherwise the unit text is kept alone.
SHARED_CURRENCIES: dict[str, dict[str, str]] = {
    "peso": {
        "mexic": "MXN",
        "philippin": "PHP",
        "filipino": "PHP",
        "argentin": "ARS",
        "chile": "CLP",
        "colombia": "COP",
        "cuba": "CUP",
        "dominican": "DOP",
        "urugua": "UYU",
    },
    "shilling": {
        "kenya": "KES",
        "uganda": "UGX",
        "tanzania": "TZS",
        "somali": "SOS",
    },
    "dirham": {"emirat": "AED", "uae": "AED", "dubai": "AED", "abu dhabi": "AED", "morocc": "MAD"},
    "riyal": {"saudi": "SAR", "qatar": "QAR", "oman": "OMR", "yemen": "YER"},
    "dinar": {
        "iraq": "IQD",
        "jordan": "JOD",
        "kuwait": "KWD",
        "bahrain": "BHD",
        "libya": "LYD",
        "tunisia": "TND",
        "algeria": "DZD",
        "serbia": "RSD",
    },
    "franc": {
        "switzerland": "CHF",
        "swiss": "CHF",
        "rwanda": "RWF",
        "congo": "CDF",
        "burundi": "BIF",
        "senegal": "XOF",
        "ivory coast": "XOF",
        "côte d'ivoire": "XOF",
        "cote d'ivoire": "XOF",
        "mali": "XOF",
        "burkina": "XOF",
        "benin": "XOF",
        "togo": "XOF",
        "cameroon": "XAF",
        "chad": "XAF",
        "gabon": "XAF",
    },
    "krona": {"swed": "SEK", "iceland": "ISK"},
    "krone": {"norw": "NOK", "denmark": "DKK", "danish": "DKK"},
}
_SHARED_FORMS: dict[str, str] = {
    form: base
    for base, forms in {
        "peso": ("pesos", "peso"),
        "shilling": ("shillings", "shilling"),
        "dirham": ("dirhams", "dirham"),
        "riyal": ("riyals", "riyal", "rials", "rial"),
        "dinar": ("dinars", "dinar"),
        "franc": ("francs", "franc"),
        "krona": ("kronor", "krona"),
        "krone": ("kroner", "krone"),
    }.items()
    for form in forms
}
CURRENCY_SUFFIX_RE = re.compile(
    r"\s*(?P<cur>"
    + "|".join(
        re.escape(c).replace(r"\ ", r"\s+")
        for c in sorted({*_SUFFIX_CURRENCIES, *_SHARED_FORMS}, key=len, reverse=True)
    )
    + "|(?-i:"
    + "|".join(sorted(ISO_CODES - {c.upper() for c in _SUFFIX_CURRENCIES} - AMBIGUOUS_CODES))
    + r"))(?!\w)",
    re.IGNORECASE,
)


def _key(text: str) -> str:
    return " ".join(text.split())


def unit_for(surface: str) -> Unit | None:
    """The canonical unit of a surface form, or None when it is not in the vocabulary.

    Args:
        surface: the unit as written ("per cent", "km", "gigawatts").

    Returns:
        The unit; its ``factor`` is 1 except for multiples (decade, century).

    >>> unit_for("per cent").name, unit_for("decades").factor
    ('percent', 10)
    """
    key = _key(surface.replace("-", " ")).strip()
    hit = _SURFACE.get(key) or _SURFACE.get(key.lower())
    if hit is None:
        hit = _SURFACE.get(surface.strip()) or _SURFACE.get(surface.strip().lower())
    if hit is None:
        for form, value in _SURFACE.items():
            if form.lower().replace("-", " ") == key.lower():
                hit = value
                break
    if hit is None:
        return None
    base = UNITS[hit[0]]
    return base if hit[1] == 1 else base.model_copy(update={"factor": hit[1]})


def currency_for(surface: str) -> str | None:
    """The ISO 4217 code of a currency as written before or after an amount.

    >>> currency_for("RMB"), currency_for("£"), currency_for("euros")
    ('CNY', 'GBP', 'EUR')
    """
    text = _key(surface)
    found = _PREFIX_CURRENCIES.get(text) or _SUFFIX_CURRENCIES.get(text.lower())
    return found or (text if text in ISO_CODES else None)


def shared_currency(surface: str, context: str) -> str | None:
    """The ISO code of a currency name several countries use, when the context names the country.

    Args:
        surface: the currency as written after the amount ("pesos", "shillings").
        context: text that may name the country (the sentence, the title, the publisher).

    Returns:
        The ISO 4217 code, or None when the name is not a shared one or no country is named.

    >>> shared_currency("pesos", "Mexico's central bank sold 5 billion pesos.")
    'MXN'
    >>> shared_currency("shillings", "The fund paid 5,000 shillings.") is None
    True
    """
    base = _SHARED_FORMS.get(_key(surface).lower())
    if base is None:
        return None
    lowered = context.lower()
    for stem, code in SHARED_CURRENCIES[base].items():
        if re.search(rf"\b{re.escape(stem)}", lowered):
            return code
    return None


def qudt_for(unit: str | None) -> str | None:
    """The QUDT unit local name of a canonical unit or currency code, or None.

    >>> qudt_for("year"), qudt_for("USD"), qudt_for(None)
    ('YR', 'CCY_USD', None)
    """
    if unit is None:
        return None
    if unit in UNITS:
        return UNITS[unit].qudt
    if re.fullmatch(r"[A-Z]{3}", unit):
        return f"CCY_{unit}"
    return None


# Countries whose own currency is written "$": the code, the address endings, publisher words
# and the words of a page that place it in the country.
_DOLLAR_LANDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "CAD",
        (".ca",),
        ("canada", "canadian", "globe and mail", "toronto star", "national post", "cbc"),
        (
            "canada",
            "canadian",
            "ottawa",
            "toronto",
            "ontario",
            "quebec",
            "alberta",
            "british columbia",
            "vancouver",
            "montreal",
            "halifax",
            "nova scotia",
            "manitoba",
            "saskatchewan",
            "tsx",
        ),
    ),
    (
        "AUD",
        (".au",),
        ("australia", "australian", "sydney morning herald", "the age"),
        (
            "australia",
            "australian",
            "sydney",
            "melbourne",
            "canberra",
            "perth",
            "brisbane",
            "queensland",
            "new south wales",
            "adelaide",
            "tasmania",
            "asx",
        ),
    ),
    (
        "NZD",
        (".nz",),
        ("new zealand", "nz herald", "rnz", "beehive"),
        ("new zealand", "wellington", "auckland", "christchurch", "aotearoa", "nz"),
    ),
    ("SGD", (".sg",), ("singapore", "straits times"), ("singapore",)),
    ("HKD", (".hk",), ("hong kong", "south china morning post"), ("hong kong",)),
)
# Countries whose currency is written "Rs" besides India's.
_RUPEE_LANDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "PKR",
        (".pk",),
        ("dawn", "express tribune", "geo", "the news international", "business recorder",
         "associated press of pakistan", "app"),
        ("pakistan", "islamabad", "karachi", "lahore", "rawalpindi", "peshawar", "quetta"),
    ),
    ("LKR", (".lk",), ("daily mirror sri lanka", "daily ft", "sunday times sri lanka"),
     ("sri lanka", "colombo", "kandy")),
    ("NPR", (".np",), ("kathmandu post", "himalayan times"), ("nepal", "kathmandu")),
)  # fmt: skip
_INDIA_WORDS_RE = re.compile(
    r"\b(?:India|Indian|New Delhi|Delhi|Mumbai|Bengaluru|Kolkata|Chennai)\b"
)
_US_WORDS_RE = re.compile(r"\b(?:U\.S\.|United States|American|Americans|Washington|US\$|\$US)")
_HOST_RE = re.compile(r"^[a-z][a-z0-9+.\-]*://([^/:?#]+)", re.IGNORECASE)


def local_dollar(publisher: str | None, url: str | None, text: str) -> str | None:
    """The currency a bare "$" means on a page from a country with its own dollar, else None.

    The page's address ending (".ca") or its publisher ("The Globe and Mail") decides. A page
    with neither must name the country at least three times, and more than twice as often as
    the United States.

    >>> local_dollar("The Globe and Mail", None, "Shares fell to $61.20.")
    'CAD'
    >>> local_dollar(None, "https://www.beehive.govt.nz/release/x", "")
    'NZD'
    >>> local_dollar("Reuters", None, "Toronto, Ontario and Canada: $5.") is None
    True
    >>> local_dollar(None, None, "Canada's Ontario and Toronto paid $5.")
    'CAD'
    """
    return _local_currency(_DOLLAR_LANDS, _US_WORDS_RE, publisher, url, text)


def local_rupee(publisher: str | None, url: str | None, text: str) -> str | None:
    """The currency "Rs" means on a Pakistani, Sri Lankan or Nepali page (else India's, None).

    >>> local_rupee("Dawn", None, "The budget is Rs18.9 trillion.")
    'PKR'
    >>> local_rupee(None, None, "Islamabad, Karachi and Pakistan's Lahore spent Rs5bn.")
    'PKR'
    >>> local_rupee("The Hindu", None, "Rs500 crore") is None
    True
    """
    return _local_currency(_RUPEE_LANDS, _INDIA_WORDS_RE, publisher, url, text)


def _local_currency(
    lands: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...],
    rival: re.Pattern[str],
    publisher: str | None,
    url: str | None,
    text: str,
) -> str | None:
    host = _HOST_RE.match(url or "")
    if host is not None:
        name = host.group(1).lower()
        for code, endings, _, _ in lands:
            if name.endswith(endings):
                return code
    pub = f" {publisher.lower()} " if publisher else ""
    for code, _, publishers, _ in lands:
        if pub and any(re.search(rf"\b{re.escape(p)}\b", pub) for p in publishers):
            return code
    if publisher:
        return None  # a known publisher from elsewhere: the text's places are its news
    low = text.lower()
    others = len(rival.findall(text))
    best: tuple[int, str] | None = None
    for code, _, _, words in lands:
        count = sum(len(re.findall(rf"\b{re.escape(w)}\b", low)) for w in words)
        if count >= 3 and count > 2 * others and (best is None or count > best[0]):
            best = (count, code)
    return best[1] if best else None
