"""The claim filter in context: which quantities are claims; their kind, metric, subject, period.

:func:`find_drafts` walks a segmented document sentence by sentence (skipping furniture), runs the
number grammar on each sentence and reads the words around each quantity:

- **metric**: the noun phrase after the number ("305 effective laws"), or the phrase before it
  for "X of N" / "X grew N%" / "X registered N" ("a life expectancy of 78.6 years").
- **subject**: the possessor of the metric ("China's exports"), the "of X" of an anniversary,
  the clause subject when it is a name, else the nearest earlier name in the sentence or
  paragraph.
- **period**: the time expression nearest the number in its sentence ("in 2023", "January to
  May 2021", "first three quarters of 2025", "since May 7").

>>> from claimgraph.models import Block, BlockKind, Document
>>> text = "China has 305 effective laws. Its exports grew by 7.1% in 2023."
>>> blocks = (Block(index=0, kind=BlockKind.STORY, start=0, end=len(text)),
...           Block(index=1, kind=BlockKind.SENTENCE, start=0, end=29, parent=0),
...           Block(index=2, kind=BlockKind.SENTENCE, start=30, end=len(text), parent=0))
>>> doc = Document(id="doc_x", name="x.txt", text=text, blocks=blocks)
>>> for d in find_drafts(doc):
...     print(d.quantity.text, d.kind, d.metric, d.subject, d.period, sep=" | ")
305 | count | effective laws | China | None
7.1% | percent | growth of exports | China | in 2023
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from pydantic import BaseModel, Field

from claimgraph.extract.numbers import find_quantities, number_hints
from claimgraph.extract.units import local_dollar, local_rupee
from claimgraph.models import Block, BlockKind, Document, Kind, Quantity, normalise_key

__all__ = ["Draft", "find_drafts"]


class Draft(BaseModel, frozen=True, extra="forbid"):
    """A quantity judged to be a claim, with what it measures; speaker and date come later."""

    quantity: Quantity = Field(..., description="The number expression.")
    kind: Kind = Field(..., description="count, measure, percent, duration, ...")
    metric: str = Field(..., description="What the number measures, a phrase from the text.")
    subject: str | None = Field(None, description="Who or what the metric is about.")
    period: str | None = Field(None, description="The time the figure refers to, as written.")
    confidence: float = Field(..., ge=0, le=1, description="How sure the extractor is.")
    sentence: Block = Field(..., description="The sentence block holding the quantity.")
    story: int = Field(0, ge=0, description="Index of the enclosing story (0-based).")


# --------------------------------------------------------------------------- word classes
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’.]\w+)*(?:['’]s?)?|[^\w\s]")
_DETERMINERS = frozenset(
    "the a an its their his her our your my this that these those all some such each every "
    "any both another other".split()
)
_PREPOSITIONS = frozenset(
    "in on at by from with since during over under through into out per than as across "
    "within between among against after before via including like such toward towards "
    "upon onto off around about despite beyond until till throughout amid along".split()
)
_CONJUNCTIONS = frozenset("and or but nor yet so while whereas because although if".split())
_RELATIVES = frozenset("that which who whom whose where when what how why".split())
_AUX = frozenset(
    "is are was were be been being am has have had will would can could may might must "
    "should shall do does did 's".split()
)
_PRONOUNS = frozenset("it they we he she i you them us him this those these there".split())
# Verbs after which the number is the value of the phrase before them.
_VALUE_VERBS = frozenset(
    "grew grow grows growing rose rise rises rising increased increase increases increasing "
    "decreased decrease decreases decreasing fell fall falls falling dropped drop drops "
    "declined decline declines declining reached reach reaches reaching registered register "
    "registers totaled totalled total totals totaling totalling stood stands stand hit hits "
    "amounted amount amounts was were is are be been jumped jump jumps surged surge surges "
    "expanded expand expands climbed climb climbs accounted account accounts accounting "
    "exceeded exceed exceeds exceeding topped top tops posted post recorded record records "
    "saw see sees contracted contract shrank shrink slid slipped edged improved improve "
    "improves averaged came reported up down gained gain gains lost "
    "increasing hitting soared plunged plummeted widened narrowed more than".split()
)
_DOWN_WORDS = frozenset(
    "decreased decrease decreases decreasing fell fall falls falling dropped drop drops "
    "declined decline declines declining down contracted shrank slid slipped plunged "
    "plummeted lost narrowed".split()
)
_UP_WORDS = frozenset(
    "grew grow grows growing rose rise rises rising increased increase increases increasing "
    "up jumped jump surged surge expanded climbed gained soared widened improved".split()
)
_CHANGE_NOUNS = frozenset(
    "rise increase growth decline drop fall decrease gain jump share stake cut reduction "
    "surge hike reductions increases rises declines".split()
)
_SKIP_BEFORE = frozenset(
    "by to at of from year-on-year respectively only just about some around nearly almost "
    "roughly approximately reaching an a the total for likely expected projected set forecast "
    "estimated now still already currently only also even again further remain remains "
    "remained stay stays stayed risen grown fallen hovered hovering stood".split()
)
_BEFORE_TIME = frozenset("this last next the same".split())
_MODALS = frozenset("will would can could may might must should shall".split())
_LEAD_SKIP = frozenset("in".split())
_POST_PREPS = frozenset("of to for in with from on outside across among by at".split())
_PERIOD_WORDS = frozenset("year-on-year respectively".split())
_CHANGE_OF: dict[str, str] = {
    **{
        w: "decrease"
        for w in "decreased decrease decreases decreasing fell fall falls falling dropped "
        "drop drops declined decline declines declining down contracted shrank slid slipped "
        "plunged plummeted lost narrowed".split()
    },
    **{
        w: "increase"
        for w in "increased increase increases increasing up rose rise rises rising "
        "surged surge widened gained soared climbed".split()
    },
    **{w: "growth" for w in "grew grow grows growing jumped jump expanded improved".split()},
}
_IRREGULAR: dict[str, str] = {
    "sent": "sent", "sending": "sent", "held": "held", "holding": "held", "built": "built",
    "building": "built", "made": "made", "making": "made", "gave": "given", "giving": "given",
    "spent": "spent", "spending": "spent", "paid": "paid", "paying": "paid", "won": "won",
    "brought": "brought", "bringing": "brought", "sold": "sold", "selling": "sold",
    "bought": "bought", "buying": "bought", "lent": "lent", "raised": "raised",
    "provides": "provided", "provide": "provided", "supply": "supplied", "supplies": "supplied",
    "reach": "reached", "serve": "served", "serves": "served", "include": "included",
    "includes": "included", "assist": "assisted", "employs": "employed", "employ": "employed",
    "trained": "trained", "train": "trained", "hosts": "hosted", "host": "hosted",
    "require": "required", "requires": "required", "need": "needed", "needs": "needed",
    "invest": "invested", "invests": "invested", "allocate": "allocated",
    "allocates": "allocated", "pledge": "pledged", "pledges": "pledged", "seek": "sought",
    "seeks": "sought", "request": "requested", "requests": "requested", "cost": "cost",
    "costs": "cost", "spend": "spent", "spends": "spent", "commit": "committed",
    "commits": "committed", "mobilize": "mobilized", "mobilise": "mobilised",
    # "-ing" forms whose participle is irregular or not "stem + ed"
    "leaving": "left", "left": "left", "losing": "lost", "lost": "lost", "taking": "taken",
    "keeping": "kept", "hitting": "hit", "cutting": "cut", "putting": "put", "setting": "set",
    "finding": "found", "leading": "led", "meeting": "met", "feeding": "fed",
    "teaching": "taught", "striking": "struck", "seeing": "seen", "drawing": "drawn",
}  # fmt: skip
_NOT_GOVERNING = frozenset(
    "has have had is are was were be been being will would can could may might must should "
    "shall do does did said says told tells saw see sees seen there here get got "
    "according during including excluding following regarding concerning".split()
)
_DASHES = frozenset("– — --".split())
# Nouns that the verb test would take for verbs: "the national total", "a record high".
_NOUNISH = frozenset(
    "total record increase decrease rise fall drop decline gain surge jump average level "
    "top post share amount stand balance".split()
)
_PRE_ADJ = frozenset(
    "new additional other total more fewer further extra previously newly recently".split()
)
_ADVERBS = frozenset(
    "already now still also all both just recently since then further better fully largely "
    "partly mostly only currently officially".split()
)
_TIME_WORDS = frozenset(
    "last next this past previous coming today yesterday ago earlier later year years month "
    "months week weeks day days".split()
)
_BOUNDARY_AFTER = (_PREPOSITIONS | _CONJUNCTIONS | _RELATIVES | _AUX | _DETERMINERS) - {
    "that",
    "such",
    "other",
}
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+\Z", re.IGNORECASE)
_ADVERBIAL = re.compile(
    r"(?:^|\s)(?:for\s+the\s+(?:first|second|third|\w+th)\s+time|in\s+a\s+row|so\s+far"
    r"|to\s+date|in\s+all)\b",
    re.IGNORECASE,
)
_YOY = re.compile(r"[\s,]*(?:year[- ]on[- ]year|from\s+a\s+year\s+(?:earlier|ago))", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_MEASURE_WORDS = re.compile(
    r"\b(?:expectancy|age|aged|lifespan|life span|interval|old|average|height|length|distance)\b",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNITW = r"(?:quarters?|months?|years?|weeks?|days?|hours?|half|decades?)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PERIOD = re.compile(
    rf"""
    \b(?:(?:in|during|for|over|throughout|within)\s+)?(?:the\s+)?
        (?:first|second|third|fourth|last|past|next|coming|previous|same)\s+(?:{_NUMW}\s+)?
        (?:consecutive\s+)?{_UNITW}
        (?:\s+(?:of|in)\s+(?:{_YEAR}|this\s+year|last\s+year|the\s+year))?
  | \b(?:(?:from|in|during|for|between)\s+)?{_MONTH}(?:\s*(?:-|–|to|through|and)\s*{_MONTH})
        (?:\s*,?\s*{_YEAR})?
  | \b(?:since|as\s+of|by|until|through|before|after)\s+(?:the\s+)?
        (?:(?:early|mid|late|end\s+of|beginning\s+of|start\s+of)[\s-]+)?
        (?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)
        (?:,?\s+{_YEAR})?
  | \b(?:this|last|next|the\s+previous|the\s+same\s+period\s+(?:of|last))\s+
        (?:year|month|week|quarter|{_YEAR})\b
  | \bsince\s+the\s+(?:beginning|start|outbreak|end)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}[\w-]+
  | \b(?:in|during|for|since|by|as\s+of|until|through|before|after)\s+(?:the\s+)?
        (?:(?:first|second|third|fourth)\s+(?:quarter|half)\s+of\s+)?
        (?:(?:early|mid|late|end\s+of)[\s-]+)?(?:{_MONTH}\s+)?(?:Q[1-4]\s+)?{_YEAR}s?\b
  | \bQ[1-4]\s+{_YEAR}\b
  | \b(?:in|within|over|after)\s+(?:the\s+)?(?:past\s+|last\s+|next\s+)?{_NUMW}\s+
        (?:years|months|weeks|days|decades)\b
  | \b(?:this|last)\s+(?:year|month|week)\b
  | \b(?:today|yesterday|currently|to\s+date|so\s+far\s+this\s+year)\b
  | \b{_YEAR}\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Every period expression starts with one of these words (or a year, or Q1-Q4): scanning for
# them first and trying the full pattern only there is several times faster than finditer.
_PERIOD_START = re.compile(
    r"\b(?:in|during|for|over|throughout|within|the|first|second|third|fourth|last|past|next"
    r"|coming|previous|same|from|between|since|as|by|until|through|before|after|this|today"
    r"|yesterday|currently|to|so|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]"
    r"|1[89]\d\d|20\d\d)",
    re.IGNORECASE,
)


def _periods(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_PERIOD.finditer(text, start, end)``, tried only where a period can start."""
    out: list[re.Match[str]] = []
    pos = start
    while pos < end:
        hint = _PERIOD_START.search(text, pos, end)
        if hint is None:
            break
        m = _PERIOD.match(text, hint.start(), end)
        if m is None or m.end() == m.start():
            pos = hint.end()
            continue
        out.append(m)
        pos = m.end()
    return out


_ENTITY = re.compile(
    r"(?:[A-Z][\w'’.-]*|(?:[A-Z]\.){2,})(?:\s+(?:of\s+the\s+|of\s+|for\s+|and\s+|on\s+|de\s+)?"
    r"(?:[A-Z][\w'’.-]*|(?:[A-Z]\.){2,}))*"
)
_NOT_ENTITIES = frozenset(
    "the a an in on at by for from with since during as it this that these those there they "
    "we he she i you our their his her its mr ms mrs dr q a: according and but so also "
    "however meanwhile moreover besides furthermore today yesterday among of over more some "
    "nearly about around after before when while what how why where who if than last next "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def _strip_phrase(words: list[str]) -> list[str]:
    while words and (words[0].lower() in _DETERMINERS or words[0].lower() in ("of", "to")):
        words = words[1:]
    while words and words[-1].lower() in _STRIP_TAIL:
        words = words[:-1]
    return words


def _looks_verb(word: str) -> bool:
    w = word.lower()
    return w in _VALUE_VERBS or w in _AUX or (len(w) > 4 and w.endswith(("ed", "ing")))


def _phrase_after(
    toks: list[tuple[int, int, str]], i: int, quantities: set[int], *, obj: bool = False
) -> list[str]:
    """The noun phrase starting at token ``i`` with its modifiers: '[effective laws] in 2023'.

    Prepositional modifiers ("deputies to the National People's Congress", "patients with
    blast injuries") and noun conjuncts ("countries and international organizations") are kept;
    a verb, a clause boundary or another number ends the phrase. Past participles are kept as
    adjectives before a noun ("new confirmed cases") and, when the phrase is an object
    (``obj``), as post-modifiers ("vaccines administered outside China"); a passive predicate
    after the phrase is kept too ("Palestinians [...] have been displaced").
    """
    out: list[str] = []
    preps = 0
    j = i
    while j < len(toks) and len(out) < 14:
        s, _, w = toks[j]
        lw = w.lower()
        nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
        if out and w in _DASHES:
            close = next((k for k in range(j + 1, min(len(toks), j + 16)) if toks[k][2] == w), None)
            if close is not None:
                j = close + 1  # "over a million Palestinians – nearly half of ... – have"
                continue
        if s in quantities or (not _is_word(w) and w not in ("-", "'", "’")):
            break
        if lw.endswith(("'s", "’s")) and lw[:-2] in _RELATIVES | _PRONOUNS:
            break  # "that's tailored to ...", "it's"
        if out and lw in _AUX and not obj:
            # "500 schemes have already been completed", "one in three stocks is now fished"
            k = j + 1
            while k < len(toks) and toks[k][2].lower() in _ADVERBS_BE:
                k += 1
            verb = toks[k][2] if k < len(toks) and k > j + 1 else ""
            if verb and _participle(verb) == verb.lower() and toks[k][0] not in quantities:
                out.append(verb)
                j = k + 1
                continue
            if verb.lower() == "out" and k + 1 < len(toks) and toks[k + 1][2].lower() == "of":
                j = k  # "96,000 students have been out of school": the state they are in
                continue
        if out and lw in ("has", "have", "had"):
            break
        if lw in _PERIOD_WORDS or lw.startswith("year-on"):
            break
        if not out and (lw in _DETERMINERS or lw in _LEAD_SKIP):
            j += 1
            continue
        if out and lw in _AUX and lw not in ("has", "have", "had", "do", "does", "did"):
            # "students are studying in ...", "people will need assistance"
            if (
                nxt
                and _is_word(nxt)
                and nxt.lower() not in _DETERMINERS
                and (
                    _looks_verb(nxt) or lw in _MODALS or _IRREGULAR.get(nxt.lower()) == nxt.lower()
                )
                and toks[j + 1][0] not in quantities
            ):
                out.append(nxt)
                j += 2
                continue
            break
        if out and (lw in _POST_PREPS or (lw == "out" and nxt.lower() == "of")):
            if preps >= 3 or not nxt or not _is_word(nxt) or toks[j + 1][0] in quantities:
                break
            if lw == "to" and _looks_verb(nxt):
                break  # "vehicles to tow the howitzers": an infinitive ends the phrase
            preps += 1
            out.append(w)
            j += 1
            continue
        if lw == "and" and out and out[-1].lower() not in _POST_PREPS:
            if not nxt or not _is_word(nxt) or toks[j + 1][0] in quantities or _looks_verb(nxt):
                break
            if nxt.lower() in _AUX or nxt.lower() in _DETERMINERS or nxt.lower() in _PRONOUNS:
                break
            out.append(w)
            j += 1
            continue
        after_prep = bool(out) and out[-1].lower() in _PREP_LINKS
        if lw in _BOUNDARY_AFTER and not (lw in _DETERMINERS and after_prep):
            break
        if out and _looks_verb(w) and not w[0].isupper() and not after_prep:
            nl = nxt.lower()
            last = out[-1].lower()
            if lw in _NOUNISH and (
                not nxt
                or not _is_word(nxt)
                or nl in _POST_PREPS
                or last in _PRE_ADJ
                or last.endswith(("'s", "’s"))
                or last in ("national", "global", "world", "annual", "overall", "grand")
            ):
                out.append(w)  # "the national total", "a record"
                j += 1
                continue
            if (
                lw.endswith("ed")
                and (out[-1].lower() in _PRE_ADJ or out[-1].lower().endswith("ly"))
                and _is_word(nxt)
                and nl not in _BOUNDARY_AFTER
                and nl not in _TIME_WORDS
                and not _looks_verb(nxt)
            ):
                out.append(w)  # "new confirmed cases"
                j += 1
                continue
            if (
                obj
                and _participle(w) == lw
                and lw.endswith("ed")
                and (not nxt or nl in _POST_PREPS or nl in ("by", "outside", "since"))
            ):
                out.append(w)  # "[vaccines] administered outside China"
                j += 1
                continue
            if not obj and _participle(w) == lw and lw.endswith("ed"):
                out.append(w)  # "198 parties agreed to act": what the counted ones did
                if nl == "to" and j + 2 < len(toks) and _is_word(toks[j + 2][2]):
                    out.extend(("to", toks[j + 2][2]))
            break
        if lw in ("respectively", "annually", "yearly", "daily", "each", "ago", "just"):
            break
        out.append(w)
        j += 1
    return _strip_phrase(out)


def _participle(word: str) -> str | None:
    """'provided' for 'has provided', 'lifted' for 'lifting': the verb as a modifier."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _AUX or w in _VALUE_VERBS or w in _NOT_GOVERNING:
        return None
    if w.endswith("ed") and len(w) > 4:
        return w
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        return stem + ("d" if stem.endswith("e") else "ed")
    return None


def _phrase_before(
    toks: list[tuple[int, int, str]], i: int, quantities: set[int]
) -> tuple[list[str], str | None, str | None, int, str | None]:
    """The subject phrase of the clause ending before token ``i`` ('X grew by', 'X of').

    Returns:
        (phrase words, possessor such as 'China' in "China's exports", change noun seen
        ('growth', 'increase', 'decrease'), index of the last token of the phrase, the verb
        skipped as a participle, if any)
    """
    j = i - 1
    change: str | None = None
    verb: str | None = None
    listing = False
    while j >= 0:
        w = toks[j][2]
        lw = w.lower()
        if toks[j][0] in quantities:
            if listing:
                j -= 1
                continue  # "grew by [9.9 percent] and 12.3 percent"
            return [], None, change, j, verb
        if lw in ("and", ",") and j > 0 and toks[j - 1][0] in quantities:
            listing = True
            j -= 1
            continue
        listing = False
        if lw in _VALUE_VERBS or lw in _SKIP_BEFORE or lw in _AUX:
            change = change or _CHANGE_OF.get(lw)
            if lw == "of":
                j -= 1
                break
            j -= 1
            continue
        if lw in ("year", "month", "quarter", "week") and j > 0:
            if toks[j - 1][2].lower() in _BEFORE_TIME:
                j -= 2  # "for this year will increase by"
                continue
        if w == "," and j + 1 < i and toks[j + 1][2].lower() == "at":
            j -= 1  # "pay growth, at nearly 5 per cent"
            continue
        if lw in ("-", "‑", "on", "year", "record", "high", "new", "level", "all-time"):
            j -= 1
            continue
        if j == i - 1 and _participle(w):
            return [], None, change, j, _participle(w)  # the number is the verb's object
        break
    end = j
    k = j
    while k >= 0:
        s, _, w = toks[k]
        lw = w.lower()
        if w == ")":
            # "Core CPI (excluding energy, food and tobacco) rose": skip the parenthesis
            opening = next((n for n in range(k - 1, max(-1, k - 20), -1) if toks[n][2] == "("), -1)
            if opening > 0:
                k = opening - 1
                continue
        if s in quantities or w in (",", ";", ":", "—", "–", '"', "“", "”") or lw in _RELATIVES:
            break
        if lw in ("said", "says", "noted", "added", "according", "including", "while"):
            break
        k -= 1
    words = [t[2] for t in toks[k + 1 : end + 1]]
    if (
        k > 0
        and toks[k][2].lower() in ("that", "which", "whom")
        and words
        and (words[0].lower() in _PRONOUNS or words[0].lower() in _DETERMINERS)
    ):
        # "the additional drawdown [that you saw today] of $800 million": the noun phrase
        # before the relative clause, not the clause
        np_words: list[str] = []
        for n in range(k - 1, max(-1, k - 8), -1):
            w = toks[n][2]
            if not _is_word(w) or w.lower() in _DETERMINERS or w.lower() in _PREPOSITIONS:
                break
            if _looks_verb(w) and not w.lower().endswith("al"):
                break
            np_words.insert(0, w)
        if np_words:
            return _strip_phrase(np_words), None, change, end, verb
    # drop parentheses, and everything up to the last finite verb (not a subject phrase)
    cleaned: list[str] = []
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            cleaned.append(w)
    for n in range(len(cleaned) - 1, -1, -1):
        lw = cleaned[n].lower()
        pronoun = lw in _PRONOUNS and not cleaned[n].isupper()  # "US" is not "us"
        if lw in _AUX or pronoun or lw in _NOT_GOVERNING:
            cleaned = cleaned[n + 1 :]
            break
    phrase = " ".join(cleaned)
    phrase = _PERIOD.sub(" ", phrase) if phrase else phrase
    words = phrase.split()
    while words and (
        words[0].lower() in _PREPOSITIONS
        or words[0].lower() in _DETERMINERS
        or words[0].lower() in _CONJUNCTIONS
        or words[0].lower() in ("of", "to", "for")
    ):
        words = words[1:]
    owner: str | None = None
    for n, w in enumerate(words):
        if w.endswith(("'s", "’s")) and len(w) > 2 and n < len(words) - 1:
            owner = " ".join([*words[:n], w[:-2]])
            words = words[n + 1 :]
            break
    if len(words) > 14:
        words = words[-14:]
    return _strip_phrase(words), owner, change, end, verb


def _entity_before(text: str, start: int, end: int) -> str | None:
    """The last name-like phrase in ``text[start:end]`` that is not a function word."""
    best: str | None = None
    for m in _ENTITY.finditer(text, start, end):
        words = m.group(0).split()
        while words and words[0].lower().rstrip(".,:") in _NOT_ENTITIES and not words[0].isupper():
            words = words[1:]
        if not words:
            continue
        name = " ".join(words).rstrip(".,'’")
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        if len(name) > 1:
            best = name
    return best


def _entity_after(text: str, start: int, end: int) -> str | None:
    """The first name-like phrase in ``text[start:end]`` (a full name before its acronym)."""
    for m in _ENTITY.finditer(text, start, end):
        words = m.group(0).split()
        while words and words[0].lower().rstrip(".,:") in _NOT_ENTITIES and not words[0].isupper():
            words = words[1:]
        name = " ".join(words).rstrip(".,'’")
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        if len(name) > 1:
            return name
    return None


def _period(
    text: str, periods: list[tuple[int, int, str]], q: Quantity, others: Sequence[Quantity]
) -> str | None:
    """The time expression of the sentence nearest to ``q`` (not ``q`` itself)."""
    best: tuple[int, str] | None = None
    for a, b, words in periods:
        if a < q.end and q.start < b:
            continue  # the figure itself ("in 10 years" as the claim)
        if any(o.start <= a and b <= o.end for o in others):
            continue
        between = text[min(b, q.end) : max(a, q.start)]
        distance = len(between) + (40 if ";" in between else 0)
        if best is None or distance < best[0]:
            best = (distance, words)
    return best[1] if best else None


_DELEGATES_FROM = re.compile(
    r"\b(?:representatives|delegates|delegations|participants|officials|guests|athletes|envoys"
    r"|experts|scholars|leaders|ministers)\s+from\s+\Z",
    re.IGNORECASE,
)
_EVENT_HEADS = (
    "Workshop|Conference|Forum|Summit|Session|Meeting|Dialogue|Congress|Games|Expo|Symposium"
    "|Seminar|Festival|Assembly|Fair|Olympics"
)
_AGREEMENT_WORDS = frozenset(
    "pact agreement deal treaty accord programme program plan ceasefire truce arrangement "
    "mission mandate sanctions moratorium".split()
)
_AGREEMENT_HEADS = "Agreement|Pact|Treaty|Accord|Deal|Programme|Program|Plan|Arrangement|Mandate"
_EXTENDED_BY = re.compile(
    r"\b(?:extended|extends|extending|extend|prolonged|renewed|postponed|delayed)\s+"
    r"(?P<obj>(?:the|its|their|a)\s+[\w-]+(?:\s+[\w-]+)?)\b[^.;]*?\bby\s+\Z",
    re.IGNORECASE,
)


def _named_before(text: str, start: int, end: int, heads: str) -> str | None:
    """The last capitalised name in ``text[start:end]`` whose head is one of ``heads``."""
    pattern = re.compile(
        r"(?:[A-Z][\w'’.-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?)*(?:"
        + heads
        + r")\b(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*,?\s+(?:and\s+)?)*"
        r"[A-Z][\w'’.-]*)?"
    )
    found = [m.group(0) for m in pattern.finditer(text, start, end)]
    if not found:
        return None
    words = found[-1].split()
    while words and words[0].lower() in _NOT_ENTITIES:
        words = words[1:]
    return " ".join(words) or None


def _with_verb(phrase: list[str], verb: str | None) -> list[str]:
    """'protective gears' + 'provided' -> 'protective gears provided' (before any modifier)."""
    if verb is None:
        return phrase
    cut = next(
        (n for n, w in enumerate(phrase) if n and w.lower() in _CUT_PREPS),
        len(phrase),
    )
    return [*phrase[:cut], verb, *phrase[cut:]]


def _ancestors(blocks: Sequence[Block], block: Block) -> list[Block]:
    out = []
    seen = set()
    parent = block.parent
    while parent is not None and 0 <= parent < len(blocks) and parent not in seen:
        seen.add(parent)
        out.append(blocks[parent])
        parent = blocks[parent].parent
    return out


# Verbs that hand something to the recipients a "to/for N noun" phrase counts.
_GIVING: dict[str, str] = {
    **{w: "provided" for w in "provide provides provided providing".split()},
    **{w: "supplied" for w in "supply supplies supplied supplying".split()},
    **{w: "equipped" for w in "equip equips equipped equipping".split()},
    **{w: "offered" for w in "offer offers offered offering".split()},
    **{
        w: "receiving"
        for w in "send sends sent sending give gives gave given giving donate donates donated "
        "donating deliver delivers delivered delivering export exports exported exporting "
        "ship ships shipped shipping sell sells sold selling lend lends lent lending dispatch "
        "dispatches dispatched dispatching grant grants granted granting distribute "
        "distributes distributed distributing deploy deploys deployed deploying transfer "
        "transfers transferred transferring airlift airlifted extend extends extended "
        "extending issue issues issued issuing award awards awarded awarding".split()
    },
}
_FOR_GIVING = frozenset({"provided", "supplied", "equipped", "offered"})
_SHARE_VERB = re.compile(
    r"\b(?:accounting|accounted|accounts|account|making|made|makes|make|representing|"
    r"represented|represents|represent|constituting|constituted|constitutes|comprising|"
    r"comprised|comprises)\s+(?:for\s+|up\s+)?\Z",
    re.IGNORECASE,
)
_COMPARATIVE = re.compile(
    r"\s+(?P<cmp>higher|lower|more|less|greater|fewer|faster|slower|larger|smaller|above|below)"
    r"\s+than\s+(?:(?:that|those)\s+of\s+)?",
    re.IGNORECASE,
)
_BRINGS_TO = re.compile(
    r"\b(?:brings?|brought|bringing|raises?|raised|raising|pushe[sd]|pushing|puts?|putting|"
    r"lifts?|lifted|lifting)\s+(?:the\s+|its\s+|their\s+)?(?P<np>[^.;:]{3,160}?)\s+to\s+\Z",
    re.IGNORECASE,
)
_ONE_IN = re.compile(r"(?:\w+\s+)*?(?:one|1)\s+(?:in|out\s+of)\b", re.IGNORECASE)
_ANAPHOR_BEFORE = re.compile(r"\b(?:among|of)\s+(?:them|these|those)\s*,?\s*\Z", re.IGNORECASE)
_PREDICATE = re.compile(
    r"\s+(?:are|were|is|was|(?:have|has|had)\s+been)\s+(?P<pred>[^,;:.()]{3,80})", re.IGNORECASE
)
_RELATIVE_PASSIVE = re.compile(
    r"\s*,?\s*(?:that|which|who)(?:['’]s|\s+(?:is|are|was|were|will\s+be|(?:has|have|had)"
    r"\s+been))\s+(?P<v>[a-z]+ed)\b",
)
_SAME_METRIC_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:from\s+)?\Z"
    r"|\bfrom\s+\Z",
    re.IGNORECASE,
)
_DIMENSION_OF: dict[str, str] = {
    **dict.fromkeys(("km", "m", "cm", "mm", "mile", "nautical mile"), "length"),
    **dict.fromkeys(("km2", "m2", "hectare", "acre", "mu"), "area"),
    **dict.fromkeys(("W", "kW", "MW", "GW", "TW"), "capacity"),
}
_WORK_UNITS = frozenset({"hour", "day", "week", "month", "year"})
_WORKED = re.compile(
    r"\s+(?P<w>(?:of\s+)?(?:paid\s+|unpaid\s+|voluntary\s+)?(?:work|worked|labou?r|overtime"
    r"|volunteered|volunteering|lost|missed)\b)",
    re.IGNORECASE,
)
_ANAPHORS = frozenset("them these those they it".split())
_HEALTH_NOUNS = frozenset(
    "case cases death deaths infection infections fatality fatalities hospitalization "
    "hospitalizations hospitalisation hospitalisations patient patients".split()
)
_DISEASES = (
    r"cholera|measles|malaria|dengue|mpox|monkeypox|polio|ebola|influenza|diphtheria|"
    r"tuberculosis|typhoid|meningitis|hepatitis|anthrax|plague|zika|chikungunya|coronavirus"
)
_DISEASE = re.compile(
    rf"\b(?P<d>(?i:{_DISEASES})|[A-Z][A-Z0-9]+(?:-\d+)?)\s+(?:cases?|infections?|deaths?"
    rf"|outbreaks?|patients|epidemic|pandemic)\b"
    rf"|\b(?:cases|deaths|outbreak|infections)\s+of\s+(?P<d2>(?i:{_DISEASES})|[A-Z][A-Z0-9]+"
    rf"(?:-\d+)?)\b"
)


_DISEASE_WORD = re.compile(rf"(?i:{_DISEASES})|[A-Z][A-Z0-9]+(?:-\d+)?")


class _Context:
    """What one document's earlier sentences leave for the later ones."""

    __slots__ = ("diseases", "earlier", "head", "names", "subjects", "tokens")

    def __init__(self, text: str) -> None:
        self.head: str | None = None  # the head noun of the last count: antecedent of "them"
        self.names = _Names(text)
        # the earlier sentences of the current paragraph, and their subjects once computed
        self.earlier: list[Block] = []
        self.subjects: dict[int, str | None] = {}
        # the tokens of each sentence read so far, by (start, end): tokenised once
        self.tokens: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self.diseases: list[tuple[int, str]] | None = None
        if "case" in text or "death" in text or "infection" in text:
            self.diseases = [
                (m.start(), m.group("d") or m.group("d2")) for m in _DISEASE.finditer(text)
            ]

    def disease_before(self, pos: int) -> str | None:
        """The last disease named before ``pos`` ('COVID-19' in 'cases of COVID-19')."""
        found = None
        for at, name in self.diseases or ():
            if at >= pos:
                break
            found = name
        return found


_IRREGULAR_BASE: dict[str, str] = {
    "build": "built", "feed": "fed", "make": "made", "give": "given", "keep": "kept",
    "bring": "brought", "buy": "bought", "sell": "sold", "send": "sent", "teach": "taught",
    "hold": "held", "win": "won", "lead": "led", "meet": "met", "spend": "spent",
    "lend": "lent", "cut": "cut", "put": "put", "set": "set", "hit": "hit", "take": "taken",
    "see": "seen", "find": "found", "grow": "grown", "draw": "drawn", "shelter": "sheltered",
}  # fmt: skip


def _base_participle(word: str) -> str | None:
    """'treated' for the base form 'treat' after 'to' or a modal; None for other words."""
    w = word.lower()
    if not w.isalpha() or w != word or len(w) < 3:
        return None
    if w in _AUX or w in _VALUE_VERBS or w in _NOT_GOVERNING or w in _SKIP_BEFORE:
        return None
    if w in _IRREGULAR_BASE or w in _IRREGULAR:
        return _IRREGULAR_BASE.get(w) or _IRREGULAR[w]
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ied"
    return w + "ed"


def _head(words: list[str]) -> str:
    """The noun phrase without its post-modifiers: 'U.S. companies' of '... operating in X'."""
    out: list[str] = []
    for w in words:
        lw = w.lower()
        if out and (lw in _POST_PREPS or lw == "and" or _participle(w) or lw in _AUX):
            break
        out.append(w)
    return " ".join(out)


def _giving(
    toks: list[tuple[int, int, str]], i: int, quantities: set[int]
) -> tuple[str, list[str]] | None:
    """'sent [37 medical expert teams] to' before token ``i``: (participle, object words)."""
    prep = i - 1
    if prep < 1 or toks[prep][2].lower() not in ("to", "for"):
        return None
    for k in range(prep - 1, max(-1, prep - 40), -1):
        w = toks[k][2]
        lw = w.lower()
        if w in (";", ":", "(", ")", ".") or lw in _RELATIVES:
            return None
        if w == "," and not (k + 1 < prep and toks[k + 1][0] in quantities):
            if k + 1 < prep and toks[k + 1][2].lower() == "and":
                continue
            return None
        part = _GIVING.get(lw)
        if part is None:
            continue
        if toks[prep][2].lower() == "for" and part not in _FOR_GIVING:
            return None
        j = k + 1
        while j < prep and toks[j][0] in quantities:
            j += 1
        obj = _phrase_after(toks[:prep], j, quantities, obj=True)
        return (part, obj) if obj else None
    return None


def _prev_before(
    toks: list[tuple[int, int, str]], prev: list[Quantity], quantities: set[int]
) -> list[str]:
    """The phrase before the sentence's previous quantity ('exports' of 'exports rose 3%')."""
    if not prev:
        return []
    i = next((k for k, t in enumerate(toks) if t[1] > prev[-1].start), len(toks))
    return _phrase_before(toks, i, quantities)[0]


_SPACED_JOINER = re.compile(r"\s+([-'’])\s+")


# Words that say nothing of what a number measures on their own.
_FILLER = frozenset(
    "figure figures number numbers total therefore concern available worth valued offer amount "
    "meaning still so thus also however that's it's this that these those".split()
)
_VALUE_WORDS = frozenset("worth valued value".split())


def _bad_metric(words: list[str]) -> bool:
    """Whether a metric is a lone verb, adverb, pronoun or filler ('grew', 'partially')."""
    if not words:
        return True
    first = words[0].lower()
    if first in ("that's", "it's", "meaning", "this", "that", "it"):
        return True
    if len(words) != 1:
        return False
    return (
        first in _FILLER
        or first in _PRONOUNS
        or first in _ADVERBS
        or first.endswith("ly")
        or first in _VALUE_VERBS
        or first in _CHANGE_OF
        or _participle(first) is not None
    )


def _clause_np(toks: list[tuple[int, int, str]], iq: int, quantities: set[int]) -> list[str]:
    """The subject noun phrase of the clause holding token ``iq``: up to its first verb."""
    k = _skip_intro(toks, _clause_start(toks, iq), iq)
    out: list[str] = []
    for s, _, w in toks[k:iq]:
        lw = w.lower()
        if s in quantities or not _is_word(w) or lw in _AUX or lw in _MODALS:
            break
        if out and (_looks_verb(w) or _participle(w) is not None or lw in _SAYS):
            break
        if not out and lw in _DETERMINERS:
            continue
        out.append(w)
    return _strip_phrase(out)[-5:]


def _last_np(toks: list[tuple[int, int, str]]) -> list[str]:
    """The noun phrase that ends a sentence ('The government cut spending.' -> spending)."""
    out: list[str] = []
    for _, _, w in reversed(toks):
        lw = w.lower()
        if not _is_word(w):
            if out:
                break
            continue
        if lw in _BOUNDARY_AFTER or (out and (_looks_verb(w) or _participle(w) is not None)):
            break  # the last word is the head even when it looks like a verb ("spending")
        out.insert(0, w)
    return out[-4:]


def _repair_metric(
    text: str,
    toks: list[tuple[int, int, str]],
    i_before: int,
    qstarts: set[int],
    kind: Kind,
    words: list[str],
    after: list[str],
    ctx: _Context,
) -> list[str]:
    """A metric for a number whose phrase is a verb or filler: the clause's subject + verb."""
    if after and not _bad_metric(after):
        return after  # "That's about 34,000 troops"
    word = words[0].lower() if len(words) == 1 else ""
    np = _clause_np(toks, i_before, qstarts)
    if not np or np[0].lower() in _PRONOUNS or np[0].lower() in ("that", "that's", "it's"):
        earlier = ctx.earlier[-1] if ctx.earlier else None
        np = _last_np(_tokens(text, earlier.start, earlier.end)) if earlier is not None else []
    if not np:
        return words
    if word in _VALUE_WORDS:
        return ["value", "of", *np]  # "the loan is worth 50 billion naira"
    if word in _CHANGE_OF:
        change = _CHANGE_OF[word]
        return [change, "of" if change == "growth" else "in", *np]
    part = _participle(word) if word else None
    if part is not None:
        return ["share", "of", *np, part] if kind == "percent" else [*np, part]
    return np


_TITLE_WORDS = frozenset(
    "minister president secretary governor mayor chairman chairwoman chair director spokesperson "
    "spokesman spokeswoman ambassador commissioner premier senator chancellor".split()
)
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday year years today yesterday".split()
)
_TRAIL_WORDS = frozenset("worth valued additional further extra another".split())
_LEAD_TIME = frozenset("today yesterday now currently".split())
_GENERIC_HEADS = frozenset(
    "countries people votes provinces states regions districts cities nations members "
    "companies firms schools hospitals villages towns municipalities counties".split()
)
_STATE_AFTER_BE = re.compile(
    r"\s+(?P<part>complete|completed|done|finished|funded|built|vaccinated|full|occupied|"
    r"installed|paid|spent|used|disbursed|implemented|delivered|sold)\b(?!\s+(?:by|of|to)\b)",
    re.IGNORECASE,
)
_BE_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|now|stood\s+at)\s+(?:(?:just|only|about|around|nearly|almost|"
    r"roughly|some|over|under|less\s+than|more\s+than|barely|now)\s+)*\Z",
    re.IGNORECASE,
)


def _title_or_name(words: list[str]) -> bool:
    """Whether a phrase is a person's title and name ('Finance Minister Kofi Asante')."""
    ws = " ".join(words).split()
    return all(w[:1].isupper() for w in ws) and any(w.lower() in _TITLE_WORDS for w in ws)


def _calendar(words: list[str]) -> bool:
    """Whether a phrase is only a month, weekday or year word ('January', 'year')."""
    return all(w.lower() in _CALENDAR_WORDS or w.isdigit() for w in " ".join(words).split())


def _trim_metric(words: list[str]) -> tuple[list[str], bool]:
    """Drop time words that open a metric and verbs, prepositions or filler that end it.

    Returns the trimmed words and whether a value word ('worth') was dropped.

    >>> _trim_metric("Mexico agreed a deal worth".split())
    (['deal'], True)
    >>> _trim_metric("members of".split())
    (['members'], False)
    """
    out = list(words)
    while len(out) > 1 and out[0].lower() in _LEAD_TIME:
        out = out[1:]
    value = False
    while len(out) > 1 and (
        (low := out[-1].lower()) in _TRAIL_WORDS
        or low in _PREPOSITIONS
        or low in _DETERMINERS
        or low in _CONJUNCTIONS
        or low in _ADVERBS
        or low in ("of", "to")
    ):
        value = value or low in _VALUE_WORDS
        out = out[:-1]
    if value or (len(out) > 2 and out != words):
        # "Mexico agreed a deal": what follows the clause's last article is the thing
        dets = [k for k, w in enumerate(out) if w.lower() in ("a", "an", "the")]
        if dets and dets[-1] + 1 < len(out):
            out = out[dets[-1] + 1 :]
    return out, value


def _object_of_verb(words: list[str]) -> list[str]:
    """The object of a subject + verb + object phrase: 'storm brought winds' -> winds.

    >>> _object_of_verb("storm brought winds".split())
    ['winds']
    >>> _object_of_verb("countries provided with supplies".split())
    ['countries', 'provided', 'with', 'supplies']
    """
    if len(words) < 3:
        return words
    # A one-word subject only: in longer phrases the "verb" is often part of a compound.
    low, nxt = words[1].lower(), words[2].lower()
    if (
        _participle(low) is not None
        and not low.endswith("ing")
        and nxt not in _PREPOSITIONS
        and nxt not in _CONJUNCTIONS
        and nxt not in _RELATIVES
        and nxt != "to"
    ):
        return words[2:]
    return words


def _subject_verb(toks: list[tuple[int, int, str]], i_before: int, qstarts: set[int]) -> list[str]:
    """The noun phrase and verb just before a number ('cocoa exports would earn' -> + earn)."""
    k = i_before - 1
    while k >= 0 and not _is_word(toks[k][2]):
        k -= 1  # an opening quote mark
    if k < 0 or toks[k][0] in qstarts:
        return []
    verb = toks[k][2]
    k -= 1
    while k >= 0 and (low := toks[k][2].lower()) in _MODALS | _AUX | _ADVERBS | {"to"}:
        k -= 1
    np: list[str] = []
    while k >= 0 and len(np) < 4:
        s, _, w = toks[k]
        low = w.lower()
        if (
            not _is_word(w)
            or s in qstarts
            or low in _BOUNDARY_AFTER
            or low in ("that", "of")
            or low in _SAYS
            or _looks_verb(w)
        ):
            break
        np.insert(0, w)
        k -= 1
    if not np or _title_or_name(np) or np[0].lower() in _PRONOUNS:
        return []
    return [*np, verb]


def _defined_generic(
    toks: list[tuple[int, int, str]], i_after: int, qstarts: set[int], words: list[str]
) -> list[str]:
    """A generic head with what the clause says of it ('countries signed pledge').

    Only when the metric is the bare head or head + verb and the verb's object follows
    within five words.
    """
    head = words[0]
    k = i_after
    if k >= len(toks) or toks[k][2].lower() != head.lower():
        return words
    k += 1
    out = [head]
    end = min(len(toks), k + 5)
    saw_verb = False
    while k < end:
        s, _, w = toks[k]
        lw = w.lower()
        if not _is_word(w) or s in qstarts:
            break
        if not saw_verb:
            if lw in _AUX or not (_looks_verb(w) or _participle(w) is not None):
                return words
            saw_verb = True
            out.append(w)
        elif lw in _DETERMINERS:
            pass
        elif lw in _STRIP_TAIL or lw in _PREPOSITIONS or lw in _CONJUNCTIONS or lw in _RELATIVES:
            break
        else:
            out.append(w)
        k += 1
    if not saw_verb or len(out) < 3:
        return words
    return out[:5]


def _draft(
    text: str,
    sent: Block,
    paragraph: Block | None,
    q: Quantity,
    others: list[Quantity],
    story: int,
    metrics: dict[int, str],
    toks: list[tuple[int, int, str]],
    periods: list[tuple[int, int, str]],
    ctx: _Context,
) -> Draft:
    qstarts = {o.start for o in others if o is not q}
    # tokens inside other quantities break phrases; tokens of q itself are skipped
    starts = [t[0] for t in toks]
    inside_other = {
        starts[k]
        for o in others
        if o is not q
        for k in range(bisect_left(starts, o.start), bisect_left(starts, o.end))
    }
    qstarts |= inside_other
    i_after = bisect_left(starts, q.end)
    i_before = next(
        (
            k
            for k in range(max(0, bisect_left(starts, q.start) - 1), len(toks))
            if toks[k][1] > q.start
        ),
        len(toks),
    )

    kind: Kind = q.kind or "count"
    after_i = i_after
    if after_i < len(toks) and toks[after_i][2].lower() == "of" and q.unit is not None:
        after_i += 1  # "2,000 km of railway"
    prev_tok = toks[i_before - 1][2] if i_before > 0 else ""
    in_object = _is_word(prev_tok) and (i_before - 1 not in qstarts)
    after = _phrase_after(toks, after_i, qstarts, obj=in_object)
    if after and _PERIOD.fullmatch(" ".join(after)):
        after = []  # "over 18 million in the next six months": the period, not the metric
    cut = _ADVERBIAL.search(" ".join(after)) if after else None
    if cut is not None:  # "3 million units for the first time": the adverbial is no metric
        after = " ".join(after)[: cut.start()].split()
    anaphor = bool(after) and len(after) == 1 and after[0].lower() in _ANAPHORS
    if anaphor:
        after = ctx.head.split() if ctx.head else []  # "109 million of them"
    before, owner, change, b_end, _ = _phrase_before(toks, i_before, qstarts)
    verb = _participle(toks[i_before - 1][2]) if i_before > 0 else None
    if verb is None and i_before > 1 and toks[i_before - 2][2].lower() in _MODALS_TO:
        verb = _base_participle(toks[i_before - 1][2])  # "kits to treat 90,000 people"
    tail = text[q.end : sent.end]
    yoy = (
        ["year-on-year"]
        if _YOY.match(tail)
        or _YOY.search(text, toks[b_end][1] if 0 <= b_end < len(toks) else q.start, q.start)
        else []
    )
    if before and " and " in f" {' '.join(before).lower()} " and _RESPECTIVELY.search(tail):
        parts = re.split(r"\s+and\s+", " ".join(before), flags=re.IGNORECASE)
        lo = toks[b_end][1] if 0 <= b_end < len(toks) else sent.start
        idx = sum(1 for o in others if lo <= o.start < q.start and o.kind == q.kind)
        head = parts[0].split(" of ", 1)
        chosen = parts[min(idx, len(parts) - 1)]
        if idx > 0 and len(head) == 2 and " of " not in chosen:
            chosen = f"{head[0]} of {chosen}"  # "export of A and B" -> "export of B"
        before = chosen.split()

    subject: str | None = None
    extended: str | None = None
    confidence = 0.9
    metric_words: list[str]
    prev = [o for o in others if o.end <= q.start and o.start in metrics]
    head = text[sent.start : q.start]
    giving = _giving(toks, i_before, qstarts) if kind == "count" and after else None
    comparative = _COMPARATIVE.match(tail)
    brings = _BRINGS_TO.search(head)
    if kind == "anniversary":
        of_chain = _phrase_after(toks, i_after, qstarts)
        metric_words = ["anniversary", "of", *of_chain] if of_chain else ["anniversary"]
        # the thing whose anniversary it is, by its full name: "of the founding of the United
        # Nations" -> United Nations; "of the Universal Declaration ... (UDHR)" -> the name
        subject = _entity_after(text, q.end, sent.end)
    elif (
        prev
        and prev[-1].kind == q.kind
        and _SAME_METRIC_BEFORE.search(head[-30:])
        and not re.match(r"\s+of\s", tail)
    ):
        metric_words = metrics[prev[-1].start].split()  # "2.3%, up from 1.7% in September"
    elif (
        kind == "percent"
        and tail.startswith(" in ")
        and after
        and (
            (len(before) == 1 and before[0].lower() in _CHANGE_NOUNS)
            or (prev and metrics[prev[-1].start].split()[0] in _CHANGE_NOUNS)
        )
    ):
        # "a decrease of 15% in cases and 20% in deaths"
        own = len(before) == 1 and before[0].lower() in _CHANGE_NOUNS
        change_noun = before[0] if own else metrics[prev[-1].start].split()[0]
        metric_words = [change_noun.lower(), "in", *after]
    elif len(before) == 1 and before[0].lower() in _CHANGE_NOUNS and prev and not after:
        # "1.52 million unemployed people, an increase of 44,000"
        metric_words = [before[0].lower(), "in", *metrics[prev[-1].start].split()]
    elif kind == "duration" and q.unit in _WORK_UNITS and (hw := _WORKED.match(tail)):
        # "8.2 million hours worked": a volume of work, not how long something lasted
        kind = "measure"
        metric_words = [f"{q.unit}s", *hw.group("w").split()]
    elif q.unit in _DIMENSION_OF and after and "-" in q.text:
        metric_words = [_DIMENSION_OF[q.unit or ""], "of", *after]  # "the 299-km line"
    elif giving is not None:
        # "sent 37 teams to 34 countries": the countries receiving the teams
        part, thing = giving
        metric_words = [*after, part, *(["with"] if part != "receiving" else []), *thing]
    elif brings is not None and kind != "percent":
        metric_words = brings.group("np").split()  # "bringing the death toll to 45"
    elif comparative is not None and kind in ("percent", "measure", "count"):
        i_than = next((k for k, t in enumerate(toks) if t[0] >= q.end + comparative.end()), 0)
        than = _phrase_after(toks, i_than, qstarts, obj=True) if i_than else []
        base = metrics[prev[-1].start] if prev else " ".join(before)
        metric_words = [*base.split(), comparative.group("cmp").lower(), "than", *than]
    elif kind == "percent" and _ONE_IN.match(q.text) and after:
        metric_words = ["share", "of", *after]  # "one in every 45 people"
    elif kind == "percent" and _SHARE_VERB.search(head) and re.match(r"\s+of\b", tail):
        whole = _phrase_after(toks, i_after + 1, qstarts, obj=True)
        part_words = ctx_before if (ctx_before := _prev_before(toks, prev, qstarts)) else before
        metric_words = ["share", "of", *part_words, *(["in", *whole] if part_words else whole)]
    elif kind == "measure" and q.unit == "times" and after:
        base_words = metrics[prev[-1].start].split() if prev else before
        metric_words = [*(base_words or ["size"]), "relative", "to", *after]
    elif not after and not before and (rel := _RELATIVE_PASSIVE.match(tail)):
        # "$400 million that's earmarked for schools": what the relative clause says of it
        pp = _phrase_after(
            toks,
            next(k for k, t in enumerate(toks) if t[0] >= q.end + rel.end()),
            qstarts,
            obj=True,
        )
        metric_words = [*(["funding"] if kind == "money" else []), rel.group("v"), *pp[:6]]
    elif not after and not before and (pm := _PREDICATE.match(tail)) and not prev:
        # "only about 8 percent is protected", "less than $10 billion was invested in X"
        a, b = q.end + pm.start("pred"), q.end + pm.end("pred")
        pred = [w for s, _, w in toks if a <= s < b and s not in qstarts]
        lead = ctx.head.split() if ctx.head and _ANAPHOR_BEFORE.search(head) else []
        if not lead and kind in ("percent", "money"):
            lead = ["share"] if kind == "percent" else ["funding"]
        metric_words = [*lead, *_strip_phrase(pred[:8])]
    elif not after and _ANAPHOR_BEFORE.search(head) and (pm := _PREDICATE.match(tail)):
        # "Among them, 20 are from nine ethnic minority groups"
        a, b = q.end + pm.start("pred"), q.end + pm.end("pred")
        pred = [w for s, _, w in toks if a <= s < b and s not in qstarts]
        metric_words = [*(ctx.head.split() if ctx.head else []), *_strip_phrase(pred[:8])]
    elif (
        kind == "count"
        and after
        and prev_tok.lower() in ("in", "across")
        and prev
        and prev[-1].kind is None
        and len(_tokens(text, prev[-1].end, q.start)) <= 6
    ):
        # "1152 cases in 26 countries": the countries with cases
        metric_words = [*after, "with", *metrics[prev[-1].start].split()]
    elif kind == "count" and after and re.match(r"-\s*strong\b", tail):
        metric_words = ["members", "of", *after[1:]]
    elif kind == "count" and after and _DELEGATES_FROM.search(text, sent.start, q.start):
        # "representatives from over 40 countries" at the event the clause names
        event = _named_before(text, sent.start, q.start, _EVENT_HEADS)
        metric_words = [*after, "represented", *(["at", event] if event else [])]
    elif kind == "count" and after:
        metric_words = _with_verb(after, verb)
    elif kind == "duration" and (ext := _EXTENDED_BY.search(text, sent.start, q.start)):
        # "extended the pact ... by six months": the extension of the named agreement
        obj = ext.group("obj")
        floor = paragraph.start if paragraph is not None else sent.start
        named = _named_before(text, floor, ext.start("obj"), _AGREEMENT_HEADS)
        if named and any(w.lower() in _AGREEMENT_WORDS for w in obj.split()):
            obj = named
            extended = named
        metric_words = ["extension", "of", *obj.split()]
    elif (
        kind in ("money", "measure")
        and after
        and (
            _ARTICLE_BEFORE.search(text, max(sent.start, q.start - 6), q.start)
            or sent.parent is None  # a headline drops its articles: "announces £2bn boost"
        )
    ):
        metric_words = after
    elif kind == "duration" and re.match(r"\s+since\b", tail):
        clause: re.Match[str] | None = re.match(r"\s+(since\b[^,;.]*)", tail)
        unit_word = (q.unit or "time") + "s"
        metric_words = [unit_word, *(clause.group(1).split() if clause else [])]
    elif kind == "percent" and after and after[0].lower() in _CHANGE_NOUNS:
        rest = after
        if len(after) == 1 and before:
            rest = [*after, "of", *before]
        metric_words = [*yoy, *rest]
    elif kind == "percent" and re.match(r"\s+of\b", tail):
        metric_words = ["share", "of", *after] if after else before
    elif before:
        metric_words = before
        if change and kind == "percent":
            metric_words = [*yoy, change, "of" if change == "growth" else "in", *before]
    elif change and kind == "percent" and prev:
        metric_words = [*yoy, change, "in", metrics[prev[-1].start]]
    elif verb and kind == "money" and not after:
        metric_words = ["funding", verb]  # "will require nearly $29 billion"
    elif verb and after:
        metric_words = [verb, *after] if kind == "money" else _with_verb(after, verb)
    elif after:
        metric_words = after
    else:
        metric_words = []
    if not metric_words and prev:
        metric_words = [metrics[prev[-1].start]]
        confidence = 0.5
    if not metric_words:
        around = _entity_before(text, sent.start, q.start)
        metric_words = [around] if around else ["figure"]
        confidence = 0.3
    if _bad_metric(metric_words):
        metric_words = _repair_metric(text, toks, i_before, qstarts, kind, metric_words, after, ctx)
    metric_words = _finish_metric(text, toks, i_before, i_after, qstarts, q, kind, metric_words)
    if _bad_metric(metric_words):
        metric_words = _repair_metric(text, toks, i_before, qstarts, kind, metric_words, after, ctx)
    if metric_words and (_calendar(metric_words) or _title_or_name(metric_words)):
        metric_words = _subject_verb(toks, i_before, qstarts)
    if not metric_words:
        around = _entity_before(text, sent.start, q.start)
        metric_words = [around] if around else ["figure"]
        confidence = 0.3
    lone = _participle(metric_words[0]) if len(metric_words) == 1 else None
    if kind == "money" and lone:
        metric_words = ["funding", lone]  # "will require nearly $29 billion"
    if ctx.diseases and metric_words and len(metric_words) <= 4:
        lowered = [w.lower() for w in metric_words]
        if any(w in _HEALTH_NOUNS for w in lowered) and not _DISEASE_WORD.search(
            " ".join(metric_words)
        ):
            disease = ctx.disease_before(q.start)
            if disease:
                n = next(k for k, w in enumerate(lowered) if w in _HEALTH_NOUNS)
                metric_words = [*metric_words[:n], disease, *metric_words[n:]]
    metric = " ".join(metric_words)
    metric = _SPACED_JOINER.sub(r"\1", metric)
    counted = kind == "count" or (
        kind == "percent" and (_ONE_IN.match(q.text) is not None or tail.startswith(" of "))
    )
    if counted and after and not anaphor and after[0].lower() not in _ANAPHORS:
        ctx.head = _head(after)

    if kind == "duration" and _MEASURE_WORDS.search(" ".join(before) + " " + metric):
        kind = "measure"
    if q.unit is None and kind == "count" and re.search(r"\bage\b", " ".join(before), re.I):
        q = q.model_copy(update={"unit": "year"})
        kind = "measure"
    if q.unit is None and kind == "count" and not after and q.value >= 10**6:
        money = [o for o in others if o.end <= q.start and o.kind == "money"]
        if money:
            q = q.model_copy(update={"unit": money[-1].unit, "kind": "money"})
            kind = "money"

    if subject is None and kind == "duration" and q.text.lower().endswith(" ago"):
        # "adopted the UDHR 77 years ago": the age is the object's, not the clause subject's
        floor = max([sent.start, *(o.end for o in others if o.end <= q.start)])
        subject = _entity_before(text, floor, q.start)
    if subject is None and extended is not None:
        subject = extended  # "the US extended the Agreement by six months": the agreement
    if subject is None:
        subject = _subject(text, toks, i_before, owner, ctx)
    if kind == "duration" and subject and q.text.lower().endswith(" ago"):
        # The figure is the age of the thing: "recalled the adoption of the UDHR 77 years ago" and
        # "adopted the UDHR 77 years ago" are one metric, so two reports of it are one claim.
        metric = f"{q.unit or 'year'}s since {subject}"

    if q.unit is None and kind == "count":
        confidence -= 0.2
    if q.text.strip().isalpha():
        confidence -= 0.1
    if len(metric_words) == 1 and kind == "count":
        confidence -= 0.1
    return Draft(
        quantity=q,
        kind=kind,
        metric=metric,
        subject=subject,
        period=_period(text, periods, q, others),
        confidence=round(max(0.05, min(1.0, confidence)), 3),
        sentence=sent,
        story=story,
    )


def _finish_metric(
    text: str,
    toks: list[tuple[int, int, str]],
    i_before: int,
    i_after: int,
    qstarts: set[int],
    q: Quantity,
    kind: Kind,
    words: list[str],
) -> list[str]:
    """General repairs of a drafted metric: a state after 'is', trailing verbs, names, dates."""
    if not words:
        return words
    state = _STATE_AFTER_BE.match(text, q.end)
    if (
        kind == "percent"
        and state is not None
        and _BE_BEFORE.search(text, max(0, q.start - 60), q.start)
        and words[0].lower() != "share"
    ):
        # "The appeal is 22 per cent funded": the share of the appeal funded. The clause's
        # subject names the thing ("WHO's appeal for $50 million under the X Plan is 24% funded").
        part = state.group("part").lower()
        whole = words[:-1] if words[-1].lower() == part else words
        named = all(w[:1].isupper() for w in " ".join(whole).split())
        np = _clause_np(toks, i_before, qstarts) if named else []
        if np and np[0].lower() not in _PRONOUNS:
            whole = np  # a name ending the subject is its modifier: "the appeal under the X Plan"
        return ["share", "of", *whole, part] if whole else words
    trimmed, value = _trim_metric(words)
    if value and trimmed:
        return ["value", "of", *trimmed]
    words = _object_of_verb(trimmed) if kind == "measure" else trimmed
    if _calendar(words) or _title_or_name(words):
        return []
    if kind == "count" and words[0].lower() in _GENERIC_HEADS and len(words) <= 2:
        return _defined_generic(toks, i_after, qstarts, words)
    return words


def find_drafts(document: Document) -> list[Draft]:
    """Every quantity in the document's sentences that is a statistical claim, with its metric.

    Furniture is skipped, and a sentence repeated word for word in one document (a page that
    prints its story twice) is read once, so one document gives one mention per claim.

    Args:
        document: a segmented document (SENTENCE blocks under PARAGRAPH/TURN/STORY blocks).

    Returns:
        The drafts in document order; an empty list when there are none.
    """
    blocks = document.blocks
    text = document.text
    furniture = [(b.start, b.end) for b in blocks if b.kind == BlockKind.FURNITURE]
    story_index = {
        b.index: k
        for k, b in enumerate(sorted(document.blocks_of(BlockKind.STORY), key=lambda b: b.start))
    }
    seen: set[str] = set()
    drafts: list[Draft] = []
    ctx = _Context(text)
    current: int | None = -1
    # one cheap scan of the whole text: sentences without a digit or number word are skipped
    hints = number_hints(text)
    sentences = document.blocks_of(BlockKind.SENTENCE)
    headline = _headline(document)
    if headline is not None:
        sentences.append(headline)
    for sent in sorted(sentences, key=lambda b: b.start):
        if sent.parent != current or sent is headline:
            current = sent.parent
            ctx.earlier = []
        h = bisect_left(hints, sent.start)
        if h == len(hints) or hints[h] >= sent.end:
            ctx.earlier.append(sent)
            continue
        chain = _ancestors(blocks, sent) if sent is not headline else []
        if sent is not headline and (
            any(b.kind == BlockKind.FURNITURE for b in chain)
            or any(a <= sent.start and sent.end <= b for a, b in furniture)
        ):
            continue
        key = " ".join(text[sent.start : sent.end].split())
        if key in seen:
            continue
        seen.add(key)
        story = next((story_index[b.index] for b in chain if b.kind == BlockKind.STORY), 0)
        paragraph = next(
            (b for b in chain if b.kind in (BlockKind.PARAGRAPH, BlockKind.TURN)),
            chain[0] if chain else None,
        )
        quantities = find_quantities(text, sent.start, sent.end)
        metrics: dict[int, str] = {}
        if not quantities:
            ctx.earlier.append(sent)
            continue
        toks = ctx.tokens[sent.start, sent.end] = _tokens(text, sent.start, sent.end)
        periods = [
            (m.start(), m.end(), m.group(0).strip()) for m in _periods(text, sent.start, sent.end)
        ]
        for q in quantities:
            d = _draft(text, sent, paragraph, q, quantities, story, metrics, toks, periods, ctx)
            metrics[q.start] = d.metric
            if sent is headline:
                # headlines are terse and clipped: the figure is less sure than in prose
                d = d.model_copy(update={"confidence": round(d.confidence * _HEADLINE_TRUST, 3)})
            drafts.append(d)
        ctx.earlier.append(sent)
    return _local_currencies(document, drafts)


# Signs several countries share, written with the default the number grammar gives them: the
# page's country decides (``local_dollar``, ``local_rupee``).
_SHARED_SIGNS: tuple[
    tuple[str, frozenset[str], Callable[[str | None, str | None, str], str | None]], ...
] = (
    ("USD", frozenset({"$", "dollars", "dollar", "cents", "cent"}), local_dollar),
    ("INR", frozenset({"Rs", "Rs."}), local_rupee),
)


def _local_currencies(document: Document, drafts: list[Draft]) -> list[Draft]:
    """A bare "$" on a Canadian, Australian or New Zealand page is that country's dollar; "Rs"
    on a Pakistani, Sri Lankan or Nepali page is that country's rupee."""
    for default, signs, local_for in _SHARED_SIGNS:

        def shared(d: Draft, default: str = default, signs: frozenset[str] = signs) -> bool:
            return d.quantity.unit == default and d.quantity.unit_text in signs

        if not any(shared(d) for d in drafts):
            continue
        local = local_for(document.publisher, document.url, document.text)
        if local is None:
            continue
        drafts = [
            d.model_copy(update={"quantity": d.quantity.model_copy(update={"unit": local})})
            if shared(d)
            else d
            for d in drafts
        ]
    return drafts


_HEADLINE_TRUST = 0.7


def _headline(document: Document) -> Block | None:
    """The first occurrence of the document's title line, as a sentence of its own.

    Ingest marks title lines as furniture (``skip_reason`` "headline"), so their figures
    ("Minister announces £2.5 billion boost") would never be read; the first one that holds
    the title (else the first headline line) is read once, its repeats never.
    """
    heads = sorted(
        (
            b
            for b in document.blocks
            if b.kind == BlockKind.FURNITURE and b.skip_reason == "headline"
        ),
        key=lambda b: b.start,
    )
    if not heads:
        return None
    text = document.text
    title = document.title
    chosen, start, end = heads[0], heads[0].start, heads[0].end
    if title:
        key = normalise_key(title)
        for b in heads:
            if key in normalise_key(text[b.start : b.end]):
                chosen, start, end = b, b.start, b.end
                at = text.find(title, b.start, b.end)
                if at >= 0:
                    start, end = at, at + len(title)  # not the menu glued to it
                break
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Block(index=chosen.index, kind=BlockKind.SENTENCE, start=start, end=end, parent=None)


# --------------------------------------------------------------------------- subjects
_REPORTING = frozenset(
    "said says say told tells noted notes added adds stressed stresses stated states announced "
    "announces reported reports estimated estimates showed shows revealed reveals warned warns "
    "explained explains confirmed confirms expects expect believes believe saying "
    "continued".split()
)
_SAYS = frozenset("said says say estimates estimate expects believes told".split())
_INTRO = frozenset(
    "however meanwhile furthermore moreover specifically first second third finally also yet "
    "still today currently overall now so then thus therefore besides additionally indeed "
    "instead likewise similarly notably again together".split()
)
_NAME_POSSESSORS = frozenset("people peoples children women workers men youth nations".split())
_NAME_LINKS = frozenset("of and for on de du la del van von".split())
# Unions and differences of the word sets above, built once (not per token).
_STRIP_TAIL = _BOUNDARY_AFTER | {"of", "to", "for", "that"}
_ADVERBS_BE = _ADVERBS | {"been", "being", "be"}
_PREP_LINKS = _POST_PREPS | {"of", "the", "and"}
_CUT_PREPS = _POST_PREPS - {"of"} | {"out"}
_MODALS_TO = _MODALS | {"to"}
_SUBJECT_VERBS = _VALUE_VERBS - {"more", "than", "up", "down"}
_NAME_LINKS_THE = _NAME_LINKS | {"the"}
_QUOTES = frozenset("\" “ ” ‘ ’ ' - – — • * ( )".split())
_DEMONYMS: dict[str, str] = {
    "chinese": "China", "american": "United States", "british": "United Kingdom",
    "danish": "Denmark", "ghanaian": "Ghana", "french": "France", "german": "Germany",
    "japanese": "Japan", "indian": "India", "russian": "Russia", "ukrainian": "Ukraine",
    "italian": "Italy", "spanish": "Spain", "kenyan": "Kenya", "nigerian": "Nigeria",
    "vietnamese": "Vietnam", "indonesian": "Indonesia", "brazilian": "Brazil",
    "canadian": "Canada", "australian": "Australia", "korean": "Korea", "dutch": "Netherlands",
    "swedish": "Sweden", "norwegian": "Norway", "polish": "Poland", "turkish": "Türkiye",
    "egyptian": "Egypt", "mexican": "Mexico", "pakistani": "Pakistan", "iranian": "Iran",
    "israeli": "Israel", "syrian": "Syria", "yemeni": "Yemen", "greek": "Greece",
    "portuguese": "Portugal", "irish": "Ireland", "scottish": "Scotland", "welsh": "Wales",
    "european": "EU", "african": "Africa",
}  # fmt: skip
# Head nouns after a demonym that make the country the subject: "the Danish authorities".
_STATE_HEADS = frozenset(
    "authorities government people economy military side state nation navy army ministry".split()
)
_PRONOUN_SUBJECTS = frozenset("it its they their this these those he she".split())
_LOWER_WORD = re.compile(r"\b[a-z][a-z]+\b")
_COMMON_ENDINGS = (
    "ly", "ed", "ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "al", "ies",
    "ers", "ors", "ive", "ous", "ful", "less", "ism", "ists",
)  # fmt: skip
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty hundred hundreds thousand thousands million millions billion half double "
    "dozens".split()
)


# "Word" capitalised after a lower-case word or a comma: the character before the space, and
# what may follow the word (a possessive, then no word character).
_MID_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz,")
_MID_TAIL = re.compile(r"(?:['’]s)?(?![\w'’-])")
_WORD_CHAR = re.compile(r"\w")


class _Names:
    """Which capitalised words one document treats as names (looked up lazily, cached)."""

    __slots__ = ("_lower", "_mid", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._mid: dict[str, bool] = {}
        self._lower: dict[str, bool] = {}

    def _written_mid(self, word: str) -> bool:
        """Whether ``word`` is written capitalised after a lower-case word or a comma."""
        found = self._mid.get(word)
        if found is None:
            # str.find and two checks: a pattern opening on a look-behind is scanned slowly
            text = self.text
            found = False
            at = text.find(word, 2)
            while at >= 0:
                if (
                    text[at - 1] == " "
                    and text[at - 2] in _MID_BEFORE
                    and _MID_TAIL.match(text, at + len(word)) is not None
                ):
                    found = True
                    break
                at = text.find(word, at + 1)
            self._mid[word] = found
        return found

    def _written_lower(self, word: str) -> bool:
        """Whether ``word`` (lower case) is written in lower case in the document."""
        if not _LOWER_WORD.fullmatch(word):
            return False
        found = self._lower.get(word)
        if found is None:
            text = self.text
            found = False
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or _WORD_CHAR.match(text, at - 1) is None) and (
                    end == len(text) or _WORD_CHAR.match(text, end) is None
                ):
                    found = True
                    break
                at = text.find(word, at + 1)
            self._lower[word] = found
        return found

    def proper(self, word: str, initial: bool, multi: bool = False) -> bool:
        """Whether ``word`` is a name: capitalised mid-sentence, or an acronym, or seen so.

        ``initial``: the word opens the sentence, so its capital proves nothing;
        ``multi``: a capitalised word follows it ("United States").
        """
        if not word[:1].isupper():
            return False
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        low = bare.lower()
        if len(bare) > 1 and bare.isupper() and bare.isalpha():
            return True  # "US", "WHO": acronyms, not function words
        if low in _NOT_ENTITIES or low in _PRONOUNS or low in _INTRO or low in _DETERMINERS:
            return False
        if not initial:
            return True
        if len(bare) > 1 and (bare.isupper() or any(c.isupper() for c in bare[1:])):
            return True  # "US", "COVID-19", "US-China", "McKinsey"
        if low in _DEMONYMS or low in _NUMBER_WORDS or len(bare) < 3:
            return False
        if self._written_mid(bare):
            return True
        # a sentence-initial word never written mid-sentence: a name unless it reads as a
        # common word (written in lower case elsewhere, or with a common-noun/adverb ending)
        if low.endswith(_COMMON_ENDINGS) or self._written_lower(low):
            return False
        if low.endswith("s") and not low.endswith("ss") and not multi:
            return False  # "Hospitals in Seville": a plural common noun
        return not (low.endswith("s") and self._written_lower(low[:-1]))


def _clause_start(toks: list[tuple[int, int, str]], iq: int) -> int:
    """Index of the first token of the clause that holds token ``iq``."""
    for k in range(iq - 1, -1, -1):
        w = toks[k][2]
        lw = w.lower()
        if w in (";", ":"):
            return k + 1
        if (
            lw == "that"
            and k > 0
            and (
                toks[k - 1][2] in _REPORTING
                or toks[k - 1][2].lower() in ("is", "was")
                or (k > 1 and toks[k - 2][2] in _REPORTING)
            )
        ):
            return k + 1  # "said that", "told reporters that"
        if w in _SAYS and k + 1 < iq and toks[k + 1][2] not in (",", "that"):
            if k > 0 and toks[k - 1][2].lower() in ("as", "has", "have", "had"):
                continue
            return k + 1  # "the UN says some 8.8 million people"
        if lw == "according":
            comma = next((n for n in range(k + 1, iq) if toks[n][2] == ","), None)
            return comma + 1 if comma is not None else iq
    return 0


def _skip_intro(toks: list[tuple[int, int, str]], k: int, iq: int) -> int:
    """Past quotes, bullets, datelines and introductory phrases ('In 2024,', 'Specifically,')."""
    if k == 0:
        colon = next((n for n in range(1, min(iq, 6)) if toks[n][2] == ":"), None)
        if colon is not None and all(t[2][:1].isupper() for t in toks[:colon]):
            k = colon + 1  # "Lin Jian: ...", "CCTV: ...": a turn label
    if k == 0 and iq > 3 and toks[1][2] == "," and _MONTH_START.match(toks[2][2]):
        # "BEIJING, March 3 (Xinhua) -- China has ...": the dateline is no subject
        dash = next((n for n in range(3, min(iq, 16)) if toks[n][2] in _DATELINE_DASH), None)
        if dash is not None:
            k = dash + 1
            while k < iq and toks[k][2] in _DATELINE_DASH:
                k += 1
    for _ in range(3):
        while k < iq and toks[k][2] in _QUOTES:
            k += 1
        if k >= iq:
            return k
        lw = toks[k][2].lower()
        intro = (
            lw in _PREPOSITIONS
            or lw in _INTRO
            or lw in _CONJUNCTIONS
            or lw.endswith("ly")
            or (toks[k][2][:1].isupper() and lw.endswith(("ed", "ing")))
            or lw in ("yesterday", "tomorrow", "recently", "outside")
            or lw in ("per", "to", "after", "before", "once", "when", "as")
        )
        if not intro:
            return k
        comma = next((n for n in range(k + 1, min(iq, k + 14)) if toks[n][2] == ","), None)
        if comma is None:
            if lw in _CONJUNCTIONS or lw in _INTRO:
                k += 1  # "And the UK has ...", "Also China ..."
                continue
            return k
        k = comma + 1
    return k


_PRONOUN = "\x00pronoun"
_ORG = re.compile(
    r"^[A-Z]{2,}$|\b(?:Agency|Ministry|Office|Organi[sz]ation|Bank|Fund|Board|Commission|Council"
    r"|Government|Department|Bureau|Institute|Programme|Program|Authority|Service|Administration"
    r"|Nations|Union|Committee|Corporation|Company|Group)\b"
)
_MONTH_START = re.compile(_MONTH + r"\Z")
_DATELINE_DASH = frozenset("- -- – — ‑".split())


def _np_subject(toks: list[tuple[int, int, str]], k: int, iq: int, names: _Names) -> str | None:
    """The entity a clause's subject noun phrase names, starting at token ``k``.

    A proper-noun phrase (with "of", "and", "'s", hyphens) is the subject itself; "the" +
    name + common nouns keeps the nouns ("the Jakarta-Bandung high speed railway"); a
    demonym before a state noun is its country; a common noun phrase gives the name it
    contains ("the revenue of China's industries" -> China); a pronoun gives the marker
    ``_PRONOUN`` (the caller carries the previous sentence's subject over); else None.
    """
    det = False
    initial = k == 0 or toks[k - 1][2] in (":", '"', "“", "-", "–", "—", "•", "*")
    while k < iq and toks[k][2].lower() in ("the", "a", "an"):
        det, initial, k = True, False, k + 1
    if k >= iq:
        return None
    first = toks[k][2]
    lf = first.lower()
    if lf in _PRONOUN_SUBJECTS and not first.isupper():
        return _PRONOUN
    if lf in _DEMONYMS and k + 1 < iq and toks[k + 1][2].lower() in _STATE_HEADS:
        return _DEMONYMS[lf]
    # the phrase: up to a verb, a clause boundary or a number
    phrase: list[str] = []
    n = k
    while n < iq and len(phrase) < 10:
        w = toks[n][2]
        lw = w.lower()
        if w == "(":
            close = next((m for m in range(n + 1, min(iq, n + 12)) if toks[m][2] == ")"), None)
            if close is not None:
                n = close + 1  # "The case fatality rate (CFR) in the African Region"
                continue
        acronym = len(w) > 1 and w.isupper()
        if not _is_word(w) or (not acronym and (lw in _AUX or lw in _MODALS or lw in _RELATIVES)):
            break
        if w.islower() and (lw in _SUBJECT_VERBS or lw in _REPORTING):
            break
        if phrase and not w[:1].isupper() and lw not in _NAME_LINKS and lw not in _PREPOSITIONS:
            if _looks_verb(w) and "-" not in w and not lw.endswith("eed"):
                break  # ("speed" is no participle)
        phrase.append(w)
        n += 1
    if not phrase:
        return None
    multi = len(phrase) > 1 and phrase[1][:1].isupper() and names.proper(phrase[1], False)
    if names.proper(phrase[0], initial, multi) or (
        initial and multi and phrase[0].lower() not in _NOT_ENTITIES | _INTRO
    ):
        name = [phrase[0]]
        for w in phrase[1:]:
            if name[-1].endswith(("'s", "’s")) and (
                not w[:1].isupper()
                or (name[-1][:-2].lower() not in _NAME_POSSESSORS and names.proper(name[-1], True))
            ):
                break  # "China's exports": the possessor; "People's Congress": a name
            if w[:1].isupper() or (w.lower() in _NAME_LINKS and w.islower()):
                name.append(w)
            elif w.lower() == "the" and name[-1].lower() in _NAME_LINKS:
                name.append(w)
            else:
                break
        possessive = name[-1].endswith(("'s", "’s"))
        if possessive:
            name[-1] = name[-1][:-2]
        while name and name[-1].lower() in _NAME_LINKS_THE:
            name.pop()
        if det and not possessive and len(name) < len(phrase):
            rest = phrase[len(name) :]
            tail = []
            for w in rest:
                if w.lower() in _PREPOSITIONS or w.lower() in _NAME_LINKS or w.lower() == "the":
                    break
                tail.append(w)
            if tail and all(w.islower() for w in tail) and len(tail) <= 4:
                name.extend(tail)  # "the Jakarta-Bandung high speed railway"
        return " ".join(name) or None
    # a common noun phrase: the name it holds ("the revenue of China's industries")
    for m, w in enumerate(phrase):
        if m and w[:1].isupper() and names.proper(w, False):
            before = phrase[m - 1].lower()
            if before == "the" and m > 1:
                before = phrase[m - 2].lower()
            if before not in ("of", "in", "for") and not w.endswith(("'s", "’s")):
                continue
            name = [w]
            for v in phrase[m + 1 :]:
                if name[-1].endswith(("'s", "’s")) or not (v[:1].isupper() or v in _NAME_LINKS):
                    break
                name.append(v)
            if name[-1].endswith(("'s", "’s")):
                name[-1] = name[-1][:-2]
            while name and name[-1].lower() in _NAME_LINKS:
                name.pop()
            return " ".join(name)
    return None


def _sentence_subject(
    text: str, toks: list[tuple[int, int, str]], iq: int, names: _Names
) -> str | None:
    """The entity subject of the clause holding token ``iq`` (or _PRONOUN, or None)."""
    start = _clause_start(toks, iq)
    k = _skip_intro(toks, start, iq)
    found = _np_subject(toks, k, iq, names)
    if found is None and k > start:
        found = _intro_place(toks, start, k, names)  # "In Sudan, at least 390 deaths"
    if found is None and start > 6 and toks[start - 1][2] in (":", ";"):
        # "China has built ...: more than 1,000 GW of units": the main clause's subject
        found = _np_subject(toks, _skip_intro(toks, 0, start - 1), start - 1, names)
    elif found is None and start > 1 and toks[start - 1][2] not in (":", ";"):
        # "WHO said 1,152 cases were confirmed": a reporting body speaks of its own figures
        sayer = _np_subject(toks, _skip_intro(toks, 0, start - 1), start - 1, names)
        if sayer and sayer is not _PRONOUN and _ORG.search(sayer):
            found = sayer
    return found


def _intro_place(
    toks: list[tuple[int, int, str]], start: int, end: int, names: _Names
) -> str | None:
    """The name an introductory 'In X,' / 'Outside X,' phrase gives, if any."""
    for n in range(start, end - 1):
        if toks[n][2].lower() not in ("in", "outside", "across", "for", "within"):
            continue
        m = n + 1
        if toks[m][2].lower() == "the":
            m += 1
        words: list[str] = []
        while m < end and (
            (toks[m][2][:1].isupper() and names.proper(toks[m][2], False))
            or (words and toks[m][2] in _NAME_LINKS)
        ):
            words.append(toks[m][2])
            m += 1
        while words and words[-1] in _NAME_LINKS:
            words.pop()
        if words and m < end and toks[m][2] == ",":
            return " ".join(words)
    return None


def _subject(
    text: str,
    toks: list[tuple[int, int, str]],
    iq: int,
    owner: str | None,
    ctx: _Context,
) -> str | None:
    """Who or what the metric of the quantity at token ``iq`` is about, or None.

    The possessor of the metric when it is a name ("China's exports"), else the clause's
    grammatical subject when it names an entity, else (a pronoun, a common noun, no subject)
    the subject of the paragraph's nearest earlier sentence that has one; null rather than a
    guess.
    """
    names = ctx.names
    head = text[toks[0][0] : toks[iq - 1][1]] if 0 < iq <= len(toks) else ""
    if owner and re.search(re.escape(owner) + r"['’]s\s+[A-Z]", head):
        owner = None  # "the National People's Congress": a name, not a possessor
    if owner:
        first = owner.split()[0]
        if names.proper(first, True) or names.proper(first, False) and first != owner:
            return owner
    found = _sentence_subject(text, toks, iq, names)
    if found is not None and found is not _PRONOUN:
        return found
    for sent in reversed(ctx.earlier[-3:]):
        if sent.start not in ctx.subjects:
            stoks = ctx.tokens.get((sent.start, sent.end))
            if stoks is None:
                stoks = _tokens(text, sent.start, sent.end)
            k = _skip_intro(stoks, 0, len(stoks))
            ctx.subjects[sent.start] = _np_subject(stoks, k, len(stoks), names)
        earlier = ctx.subjects[sent.start]
        if earlier is not None and earlier is not _PRONOUN:
            return earlier
        if earlier is None:
            break
    return None
