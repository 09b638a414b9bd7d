"""Metadata found in the text itself: publication date, publisher, genre.

Pages saved from news sites and ministries print their metadata as text: a dateline near the
top ("2024-12-10 16:52", "(Xinhua) 16:30, March 03, 2022", "Zhitongcaijing·12/10/2025 08:17:04"),
the publisher in a dateline or a reference line ("Reference(s): ... cgtn.com"), and the genre in
the title ("Speech by ...", "Statement given by ...").

>>> find_dates("Zhitongcaijing·12/10/2025 08:17:04")[0].value
datetime.datetime(2025, 12, 10, 8, 17, 4)
>>> find_dates("Regular Press Conference on February 27, 2024")[0].value
datetime.date(2024, 2, 27)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from claimgraph.models import Genre

__all__ = [
    "DateMatch",
    "find_dates",
    "find_publisher",
    "genre_cue",
    "infer_genre",
    "parse_iso_datetime",
    "transcript_cue",
]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_TIME = r"(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?"
_TIME_BEFORE = r"(?:(?P<bh>[01]?\d|2[0-3]):(?P<bm>[0-5]\d),?\s+)?"

_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # 2024-12-10 16:52 / 2024-12-10T16:52:00
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"
        r"(?:[ T]" + _TIME + r")?"
    ),
    # 12/10/2025 08:17:04 (month/day/year, as US-style and Chinese financial sites print it)
    re.compile(
        r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])"
        r"(?:\s+" + _TIME + r")?"
    ),
    # 16:30, March 03, 2022 / Wednesday, June 5, 2024 / Oct. 13, 2025
    re.compile(
        _TIME_BEFORE
        + r"\b"
        + _WEEKDAY
        + _MONTH
        + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
    ),
    # 21 February 2020
    re.compile(
        r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
    ),
)


_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class DateMatch:
    """A calendar date (with its time, when written) found in a line of text."""

    start: int
    end: int
    value: datetime | date


def find_dates(text: str) -> list[DateMatch]:
    """Every full date (day, month and year) in ``text``, in order, without overlaps.

    Args:
        text: a line or short span of text.

    Returns:
        The dates found; a datetime when a time is written next to the date.
    """
    if _YEAR.search(text) is None:
        return []  # every form needs a year: most lines leave here, cheaply
    found: list[DateMatch] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            value = _to_value(m)
            if value is not None:
                found.append(DateMatch(m.start(), m.end(), value))
    return sorted(found, key=lambda f: f.start)


def _to_value(m: re.Match[str]) -> datetime | date | None:
    groups = m.groupdict()
    month = _MONTHS[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["m"])
    try:
        day = date(int(groups["y"]), month, int(groups["d"]))
    except ValueError:
        return None
    hour, minute, second = groups.get("hh"), groups.get("mi"), groups.get("ss")
    if hour is None and groups.get("bh") is not None:
        hour, minute = groups["bh"], groups["bm"]
    if hour is None or minute is None:
        return day
    return datetime(day.year, day.month, day.day, int(hour), int(minute), int(second or 0))


def parse_iso_datetime(value: str) -> datetime | date:
    """Parse a date ("2024-12-10") or a date and time ("2024-12-10T16:52:00+08:00").

    >>> parse_iso_datetime("2024-12-10")
    datetime.date(2024, 12, 10)

    Raises:
        ValueError: when the value is not ISO 8601.
    """
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


# --------------------------------------------------------------------------- publishers
# (pattern, canonical name, weight): the strongest signal wins, then the earliest. A dateline or a
# reference line names the publisher outright; a site name in a footer only says where the page
# was copied from.
_MFA = "Ministry of Foreign Affairs of the People's Republic of China"
_PUBLISHERS: tuple[tuple[str, re.Pattern[str], str, int], ...] = (
    # (a word every match holds, lower case, at most _NEEDLE_REACH characters from the match's
    # start: a fast pre-check and where to start searching; pattern; publisher; weight)
    ("cgtn.com", re.compile(r"Reference\(s\):[\s\S]{0,300}?\bcgtn\.com", re.I), "CGTN", 9),
    ("zhitongcaijing", re.compile(r"\bZhitongcaijing\s*·"), "Zhitongcaijing", 9),
    ("xinhua", re.compile(r"\(Xinhua\)|\bXinhua,\s+\w+\.? \d"), "Xinhua", 8),
    ("press release", re.compile(r"^[ \t]*Home\s*>\s*Press Release", re.I | re.M), _MFA, 7),
    (
        "foreign ministry spokesperson",
        re.compile(r"Foreign Ministry Spokesperson[^\n]{0,60}Regular Press Conference"),
        _MFA,
        7,
    ),
    (
        "spokesperson's remarks of the foreign ministry",
        re.compile(r"Spokesperson's Remarks of the Foreign Ministry"),
        _MFA,
        6,
    ),
    (
        "foreign ministry spokesman's remarks",
        re.compile(r"Foreign Ministry Spokesman's Remarks"),
        _MFA,
        6,
    ),
    ("(reuters)", re.compile(r"\(Reuters\)\s+-"), "Reuters", 8),
    ("(ap)", re.compile(r"\(AP\)\s+[-—]"), "Associated Press", 8),
    ("cgtn", re.compile(r"\bcgtn\.com\b|\bCGTN\b"), "CGTN", 3),
    ("zhitongcaijing", re.compile(r"\bZhitongcaijing\b"), "Zhitongcaijing", 3),
    ("china.org.cn", re.compile(r"\bChina\.org\.cn\b"), "China.org.cn", 2),
    ("daily online", re.compile(r"\bPeople's Daily Online\b"), "People's Daily Online", 2),
    ("china daily", re.compile(r"\bChina Daily\b(?=[^:\n]*$)", re.M), "China Daily", 1),
)


_NEEDLE_REACH = 400  # the longest prefix before a needle: "Reference(s):" + 300 characters


def find_publisher(text: str) -> str | None:
    """The publisher a page names, from a small table of known publishers and their patterns.

    >>> find_publisher("BEIJING, March 3 (Xinhua) -- China has provided ...")
    'Xinhua'
    >>> find_publisher("Some text.\\nReference(s):\\nA headline\\ncgtn.com")
    'CGTN'
    """
    # Publishers are named in the datelines at the top or the reference lines at the bottom.
    if len(text) > 8000:
        text = text[:5000] + "\n" + text[-3000:]
    lowered = text.lower()
    best: tuple[int, int, str] | None = None
    for needle, pattern, name, weight in _PUBLISHERS:
        at = lowered.find(needle)
        if at < 0:
            continue
        # Every match holds its needle within _NEEDLE_REACH characters of its start, so no match
        # starts before that: searching from there finds the same leftmost match, faster.
        m = pattern.search(text, max(0, at - _NEEDLE_REACH))
        if m is None:
            continue
        key = (-weight, m.start(), name)
        if best is None or key < best:
            best = key
    return best[2] if best else None


# --------------------------------------------------------------------------- genre
_STATEMENT_CUE = re.compile(
    r"\bStatement\s+(?:(?:given|made|delivered)\b[^.\n]{0,40}?\s)?by\b|^\s*Statements?\s*$", re.I
)
# An issuing body's own publication: its voice is the byline's, like a statement's.
_RELEASE_CUE = re.compile(
    r"^\W*(?:press|news|media)\s+releases?\b|^\W*(?:statistical|official statistics)\s+"
    r"(?:bulletin|release)\b|\bsituation\s+report\b|^\W*(?:joint\s+)?communiqu[eé]\b",
    re.I,
)
_SPEECH_CUE = re.compile(
    r"\b(?:Speech|Remarks|Address|Keynote)\b(?:\s+(?:by|of|at|delivered)\b|\s*$)", re.I
)
# A press conference or briefing named in a title ("Regular Press Conference of the Ministry of
# Commerce (December 9, 2016)", "Opening Remarks at the Media Briefing on ...", "Daily Press
# Briefing by ..."), a transcript named as such, or the speaker addressing the press.
_TRANSCRIPT_TITLE = re.compile(
    r"\b(?:press|news|media)\s+(?:conference|briefing)s?\b|\bnoon\s+briefing\b|"
    r"\bbriefs?\s+the\s+(?:press|media)\b|\btranscript\b",
    re.I,
)
_PRESS_ADDRESS = re.compile(
    r"^\W*(?:(?:dear|good\s+(?:morning|afternoon|evening)),?\s+)?(?:friends|members|"
    r"ladies\s+and\s+gentlemen)\s+(?:from|of)\s+the\s+(?:media|press)\b",
    re.I,
)
_PROSE_END = re.compile(r"[.?!;…][\"'”’)\]]*\s*$")
# Every genre cue above holds one of these words.
_GENRE_WORDS = (
    "press",
    "media",
    "briefing",
    "transcript",
    "conference",
    "statement",
    "release",
    "bulletin",
    "situation",
    "communiqu",
    "speech",
    "remarks",
    "address",
    "keynote",
)


def transcript_cue(head_lines: Iterable[str]) -> bool:
    """Whether the first lines say the page is a transcript, with or without speaker turns.

    A cue counts in a title-like line (a headline names a press conference or a briefing, or
    calls itself a transcript) or as an address to the press. A sentence that mentions a press
    conference ("..., he said at a press conference.") is not a cue.

    >>> transcript_cue(["Regular Press Conference of the Ministry of Commerce (December 9, 2016)"])
    True
    >>> transcript_cue(["Guo Jiakun said so at a regular press conference on Tuesday."])
    False
    """
    return any(genre_cue(line) == "transcript" for line in head_lines)


def genre_cue(line: str) -> Genre | None:
    """The genre one line names, if any (see :func:`infer_genre` for the cues).

    >>> genre_cue("Press release"), genre_cue("China's exports rose 5%")
    ('statement', None)
    """
    if len(line) > 300:
        return None  # a paragraph, not a title or a label
    lowered = line.lower()
    if not any(word in lowered for word in _GENRE_WORDS):
        return None  # most lines: cheaper than five searches
    if _PRESS_ADDRESS.search(line):
        return "transcript"
    if _STATEMENT_CUE.search(line) or _RELEASE_CUE.search(line):
        return "statement"
    title_like = len(line) <= 200 and _PROSE_END.search(line[-12:]) is None
    if title_like and _TRANSCRIPT_TITLE.search(line):
        return "transcript"
    if _SPEECH_CUE.search(line):
        return "speech"
    return None


def infer_genre(head_lines: list[str], turns: int) -> Genre:
    """The genre from the shape of the text: transcript, statement, speech or article.

    Two speaker turns make a transcript. Otherwise the first line of the page with a cue
    decides: an address to the press ("Friends from the media:") is a transcript; "Statement by
    ...", "Press release", a statistical bulletin or a situation report is a statement; a press
    conference or briefing named in a title is a transcript (so is "Opening Remarks at the Media
    Briefing"); "Speech by ...", "Remarks by ..." or "Remarks" alone is a speech.

    Args:
        head_lines: the first few lines of the document (title, datelines, labels).
        turns: the number of speaker turns found.

    >>> infer_genre(["Speech by Cai Wu, minister of the State Council Information Office"], 0)
    'speech'
    >>> infer_genre(["Opening Remarks at the Media Briefing on COVID-19"], 0)
    'transcript'
    """
    if turns >= 2:
        return "transcript"
    for line in head_lines:
        genre = genre_cue(line)
        if genre is not None:
            return genre
    return "article"
