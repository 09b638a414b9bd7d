"""Segmentation: a text becomes a flat tuple of blocks with exact offsets.

Stories > transcript turns > paragraphs > sentences, plus furniture (menus, tickers, headlines
and their repeats, datelines, repeated paragraphs) that later stages skip. Nothing is copied or
moved: ``text[block.start:block.end]`` is always the block, stripped of surrounding whitespace.

>>> seg = segment("Reuters: How many?\\n\\nMao Ning: About 3,000. That is all.")
>>> [(b.kind.value, b.speaker_label, b.turn_role) for b in seg.blocks if b.kind.value == "turn"]
[('turn', 'Reuters', 'question'), ('turn', 'Mao Ning', 'answer')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from claimgraph.ingest.clean import (
    HEADER_LABELS,
    TAIL_MARKERS,
    dateline_like,
    furniture_reason,
    is_prose,
    line_key,
    normalise_text,
    words,
)
from claimgraph.ingest.meta import genre_cue, transcript_cue
from claimgraph.ingest.sentences import split_sentences
from claimgraph.models import Block, BlockKind, TurnRole, make_id, trusted

__all__ = ["Segmentation", "classify_turn", "parse_label", "segment"]


# --------------------------------------------------------------------------- turn labels
@dataclass(frozen=True)
class Label:
    """A speaker label at the start of a line: ``Mao Ning:``, ``[Gao Feng]:``, ``Q:``."""

    text: str  # cleaned: no brackets, no timestamp
    end: int  # offset (in the line) just after the label, its colon and any timestamp
    strong: bool  # a shape that only transcripts use (timestamp, brackets, ALL CAPS, Q/A)
    alone: bool  # nothing follows the label on its line
    role: TurnRole | None = field(default=None, repr=False)
    """The role the label itself states: "QUESTION (Reuters):" asks, whatever it says."""


_LABEL = re.compile(
    r"^(?:\[(?P<br>[^\[\]\n]{1,60})\]|(?P<name>[^\W\d_][^:：\n]{0,59}?))\s*[:：]"
    r"(?:\s*(?P<ts>\(\d{1,2}:\d{2}(?::\d{2})?\)))?[ \t]*"
)
# The Federal Reserve's style: "CHAIR MARSH. Good afternoon.", "MICHELLE SMITH. Dana.": a
# name of two to four capitalised words and a full stop, then the words spoken.
_CAPS_PERIOD = re.compile(
    r"(?P<name>(?:MR|MS|MRS|DR)\.\s+[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2}|"
    r"[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){1,3})\.[ \t]+(?=[A-Z\"“])"
)
# Congressional hearing records: "The Chairman. Good morning.", "Senator Okafor. Thank you.",
# "Ms. Frost. Between two and three years." (weak: a turn only beside other labels).
_HEARING_LABEL = re.compile(
    r"(?P<name>The\s+(?:Chairman|Chairwoman|Chair|Vice\s+Chair(?:man|woman)?|Ranking\s+Member|"
    r"Acting\s+Chair(?:man|woman)?|Presiding\s+Officer|Clerk)|"
    r"(?:Senator|Representative|Congressman|Congresswoman|Chairman|Chairwoman|Mr\.|Ms\.|Mrs\.|"
    r"Dr\.|Admiral|General|Secretary|Administrator|Commissioner|Judge)"
    r"\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\.[ \t]+(?=[A-Z\"“])"
)
# Hansard: "The Minister for Housing and Planning (Daniel Okoro):" (an office, then the member in
# brackets) and "1. Rachel Ashdown (Stroud) (Lab):" (a member, the seat and the party).
_HANSARD_OFFICE = re.compile(
    r"(?:\d{1,3}\.\s+)?The\s+[A-Z][^():\n]{3,120}?\s+\((?P<name>[A-ZÀ-Þ][^()\n:]{2,40})\)\s*:[ \t]*"
)
_HANSARD_MEMBER = re.compile(
    r"(?:\d{1,3}\.\s+)?(?P<name>[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){1,4})"
    r"\s+\([A-ZÀ-Þ][^()\n:]{1,60}\)\s+\([A-Za-z][A-Za-z/&\- ]{0,14}\)\s*:[ \t]*"
)
_SQUARE_NOTE = re.compile(r"(?<=\S)\s*\[([^\[\]]{1,40})\]$")
_QUOTED_HEADLINE = re.compile(r"\s*['‘\"“][^'’\"”\n]{2,90}['’\"”]\s*$")
_TABLE_ROW = re.compile(r"\s*[€$£¥]?\s?[\d.,]+%?(?:\s*[|;].{0,60})?\s*$")
_NAME_LIST = re.compile(
    r"(?:the\s+)?[A-ZÀ-Þ][\w'’\- ]{0,30}"
    r"(?:,\s*(?:and\s+)?(?:the\s+)?[A-ZÀ-Þ][\w'’\- ]{0,30}){3,}[.;]?\s*$"
)
# Headings of a hearing record in capitals: "OPENING STATEMENT OF HON. MARGARET ELLERY".
_CAPS_NOT_LABEL = frozenset({"statement", "testimony", "hon", "prepared", "opening", "remarks"})
_SPEECH_END = re.compile(r"\b(?:said|says|added|adds|explained|commented|stated|noted)\s*$")
_LONG_TITLED_LABEL = re.compile(
    r"^(?P<label>(?P<name>[A-ZÀ-Þ][\w'’\-]+(?:\s+[A-ZÀ-Þ][\w'’\-]+){1,3}),\s+[^:\n]{10,160}?)"
    r"\s*[:：]\s*$"
)
# "Q" or "A" without a colon, set off by a tab or several spaces; "Q" also by one space before
# a capital ("Q Nina, on the blizzard."), the way White House transcripts read as plain text.
_BARE_QA = re.compile(r"([QA])(?:\t|[ \u00a0]{2,})[ \t\u00a0]*(?=\S)|(Q) (?=[A-Z][a-z])")
_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "de",
        "du",
        "da",
        "la",
        "le",
        "von",
        "van",
        "der",
        "den",
        "al",
        "el",
        "bin",
        "and",
        "for",
        "&",
        "on",
        "y",
        "di",
        "news",
    }
)
_NOT_SPEAKERS = frozenset(
    {
        "beijing",
        "washington",
        "geneva",
        "warning",
        "example",
        "watch",
        "listen",
        "read more",
        "also read",
        "see also",
        "breaking",
        "exclusive",
        "opinion",
        "analysis",
        "explainer",
        "full text",
        "transcript",
        "summary",
        "background",
        "contact",
        "email",
        "tel",
        "fax",
        "website",
        "phone",
        "telephone",
        "mobile",
        "readout",
        "for immediate release",
        "immediate release",
        "embargoed",
        "media contact",
        "press contact",
        "read-out",
        "editor's note",
        "correction",
        "update",
        "share",
        "share this",
        "share this article",
        "follow",
        "follow us",
        "tags",
        "topics",
        "print",
        "subscribe",
        "url",
        "http",
        "https",
        "www",
        "topic",
        "subject",
        "theme",
        "venue",
        "location",
        "agenda",
        "note",
        "notes",
        "attendees",
        "participants",
    }
)
_QA = frozenset({"q", "a", "question", "answer", "questioner", "moderator", "reporter"})


def parse_label(line: str) -> Label | None:
    """The speaker label a line starts with, if it has the shape of one.

    >>> parse_label("John Kirby: (00:52)")
    Label(text='John Kirby', end=19, strong=True, alone=True)
    >>> parse_label("China urges certain countries to stop: spokeswoman") is None
    True
    """
    head = line[:64]
    if line.rstrip().endswith((":", "：")) and len(line) > 64:
        long = _LONG_TITLED_LABEL.match(line)
        if (
            long is not None
            and _name_tokens(long.group("name").split())
            # "Councillor Robin Currie, Leader of Argyll and Bute Council, said:": a lead-in
            and not _SPEECH_END.search(long.group("label"))
        ):
            # "Mi Feng, deputy director of the Publicity Department and spokesperson of the
            # National Health Commission:" alone on its line: a speaker and a long title
            return Label(" ".join(long.group("label").split()), long.end(), False, True)
    stop_label = _CAPS_PERIOD.match(line)
    if stop_label is not None:
        label = stop_label.group("name")
        low_label = label.lower()
        if not (
            low_label in _NOT_SPEAKERS
            or any(w in _NOT_SPEAKERS for w in low_label.split())
            or _geographic(low_label)
            or any(w in _HEADING_WORDS or w in _CAPS_NOT_LABEL for w in low_label.split())
        ):
            # weak: a turn only beside other labels, never a lone capitalised sentence
            return Label(" ".join(label.split()), stop_label.end(), False, False)
    hearing = _HEARING_LABEL.match(line)
    if hearing is not None:
        return Label(" ".join(hearing.group("name").split()), hearing.end(), False, False)
    hansard = _HANSARD_OFFICE.match(line) or _HANSARD_MEMBER.match(line)
    if hansard is not None:
        return Label(" ".join(hansard.group("name").split()), hansard.end(), True, False)
    if ":" not in head and "：" not in head:
        bare = _BARE_QA.match(line) if line[:1] in "QA" else None
        if bare is not None:
            # "Q    Mr. President, ..." (White House style): weak, a turn only beside others.
            return Label(bare.group(1) or bare.group(2), bare.end(), False, False)
        return None  # most lines: no colon where a label could end
    m = _LABEL.match(line)
    if m is None:
        return None
    raw = m.group("br") if m.group("br") is not None else m.group("name")
    label = " ".join(raw.split()).strip(" .-")
    if not label or len(label) > 50:
        return None
    rest = line[m.end() :]
    alone = not rest.strip()
    if _QUOTED_HEADLINE.match(rest):
        return None  # "Minister: 'This is a dangerous storm'": a headline quoting someone
    if _TABLE_ROW.match(rest) and label.lower() not in _QA:
        return None  # "Border: 11.3", "Dublin: €480,000 | 14,215 purchases": a table row
    if _NAME_LIST.match(rest.strip()):
        return None  # "European Union (EU27): Belgium, Bulgaria, Czechia, ...": a definition
    # "NISHIDA [Kyodo News]": square brackets hold the same note as round ones
    bracketed = _bracketed_label(_SQUARE_NOTE.sub(r"(\1)", label))
    if bracketed is not None:
        text, role = bracketed
        return Label(text, m.end(), True, alone, role)
    low_label = label.lower()
    if alone and any(w in _HEADING_WORDS for w in low_label.split()):
        return None  # "Regional Outlooks:", "Key findings:": a heading over a list
    if (
        _IDENT_LABEL.search(low_label)
        or _geographic(low_label)
        or low_label in _DAY_LABELS
        or low_label.split()[0] in _WEATHER_NAMES  # "Storm Hollis: Pictures of the damage"
    ):
        # "PRESS RELEASE NO: 2027/041", "East Asia and Pacific: Growth is projected ...".
        return None
    titled = _titled_label(label)
    if titled:
        # "Shri Randhir Jaiswal, Official Spokesperson": a name and a title, both capitalised.
        return Label(label, m.end(), False, alone)
    tokens = label.split()
    if len(tokens) > 6 or label.lower() in _NOT_SPEAKERS:
        return None
    if label.lower() not in HEADER_LABELS:
        for i, tok in enumerate(tokens):
            head = tok[0]
            if tok.lower() in _CONNECTORS and i > 0:
                continue
            if not (head.isupper() or (head.isalpha() and not head.isascii())):
                return None
            if not re.fullmatch(r"[^\W\d_][\w.'’&\-]*", tok):
                return None
    caps = label.isupper() and len(tokens) >= 2
    strong = bool(m.group("ts") or m.group("br") or caps or label.lower() in _QA)
    return Label(label, m.end(), strong, alone)


# "QUESTION (Reuters)", "Q (NHK)", "Jo Hale (Con)": a label and a short note in brackets.
_BRACKETED = re.compile(r"(?P<head>[^()]{1,40}?)\s*\((?P<inner>[^\W\d_][^()]{0,39})\)")
_ASKING_HEADS = frozenset(
    {"q", "question", "questioner", "reporter", "journalist", "correspondent", "audience"}
)


_HEADING_WORDS = frozenset(
    "outlook outlooks highlight highlights finding findings fact facts note notes background "
    "summary overview figures points takeaways details statistics results trends forecasts "
    "projections table chart timeline contents methodology".split()
)
# "Thursday: Clear, frost possible.": a weather box or an agenda, never a speaker.
_DAY_LABELS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow "
    "weekend morning afternoon evening overnight".split()
)
_WEATHER_NAMES = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical", "tornado"})
_IDENT_LABEL = re.compile(r"\b(?:no|no\.|number|ref|reference|id|issue|vol|volume|serial)$")
_GEO_WORDS = frozenset(
    "asia africa europe america americas pacific caribbean atlantic arctic antarctica oceania "
    "middle east west north south central eastern western northern southern sub-saharan latin "
    "and the of region regions gulf island islands mediterranean".split()
)
_GEO_HEADS = frozenset(
    "asia africa europe america americas pacific caribbean atlantic oceania east gulf "
    "mediterranean".split()
)


def _geographic(label: str) -> bool:
    """Whether a label only names a world region ("East Asia and Pacific", "South Asia"): a
    heading of a list, never a speaker.

    >>> _geographic("east asia and pacific"), _geographic("south asia"), _geographic("asia times")
    (True, True, False)
    """
    words = label.replace(",", " ").split()
    return (
        bool(words) and all(w in _GEO_WORDS for w in words) and any(w in _GEO_HEADS for w in words)
    )


def _titled_label(label: str) -> bool:
    """Whether a label is "Name, Title" (or "Title, Name"): two capitalised parts, one a title.

    >>> _titled_label("Shri Randhir Jaiswal, Official Spokesperson")
    True
    >>> _titled_label("Beijing, China")
    False
    """
    parts = [p.strip() for p in label.split(",")]
    if len(parts) != 2 or not all(parts) or label.lower() in _NOT_SPEAKERS:
        return False
    toks = [p.split() for p in parts]
    if not all(1 <= len(t) <= 5 and _name_tokens(t) for t in toks):
        return False
    return any(w.lower().strip(".") in _PERSON_ROLE_WORDS for t in toks for w in t)


def _name_tokens(tokens: list[str]) -> bool:
    # Every word capitalised (connectors aside) and made of name characters.
    for i, tok in enumerate(tokens):
        if i > 0 and tok.lower() in _CONNECTORS:
            continue
        if not (tok[0].isupper() or (tok[0].isalpha() and not tok[0].isascii())):
            return False
        if not re.fullmatch(r"[^\W\d_][\w.'’&\-]*", tok):
            return False
    return True


def _bracketed_label(label: str) -> tuple[str, TurnRole | None] | None:
    """The speaker of a label with a note in brackets, and the role the label states.

    A question word before the brackets makes the note the asking outlet ("QUESTION (Reuters)"
    is Reuters asking); a name before them makes the note an affiliation ("Jo Hale (Con)" is Jo
    Hale, of a party).

    >>> _bracketed_label("Q (NHK)")
    ('NHK', 'question')
    >>> _bracketed_label("Jo Hale (Con)")
    ('Jo Hale', None)
    """
    m = _BRACKETED.fullmatch(label)
    if m is None:
        return None
    head = m.group("head").strip(" .-")
    inner = " ".join(m.group("inner").split()).strip(" .-")
    inner_tokens = inner.replace(",", " ").split()
    if not inner or len(inner_tokens) > 8 or not _name_tokens(inner_tokens) or inner.count(",") > 1:
        return None
    if head.lower() in _ASKING_HEADS:
        return inner, "question"
    head_tokens = head.split()
    if not head_tokens or len(head_tokens) > 5 or head.lower() in _NOT_SPEAKERS:
        return None
    if not _name_tokens(head_tokens):
        return None
    return head, None


# --------------------------------------------------------------------------- turn roles
_MODERATOR_WORDS = frozenset({"moderator", "chairperson", "chair", "host", "presenter", "mc"})
_QUESTION_WORDS = frozenset(
    {
        "q",
        "question",
        "reporter",
        "journalist",
        "correspondent",
        "audience",
        "questioner",
        "participant",
        "unidentified",
    }
)
_PERSON_ROLE_WORDS = frozenset(
    {
        "secretary",
        "minister",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "administrator",
        "director",
        "president",
        "chairman",
        "governor",
        "general",
        "commissioner",
        "deputy",
        "vice",
        "senator",
        "mr",
        "mr.",
        "ms",
        "ms.",
        "mrs",
        "mrs.",
        "dr",
        "dr.",
        "admiral",
        "prime",
        "premier",
        "mayor",
        "chief",
        "head",
        "official",
        "a",
        "answer",
    }
)
# News outlets that ask questions at briefings; others are recognised by their shape below.
_OUTLETS = frozenset(
    {
        "reuters",
        "afp",
        "ap",
        "bloomberg",
        "cctv",
        "cgtn",
        "xinhua",
        "tass",
        "sputnik",
        "efe",
        "ansa",
        "dpa",
        "kyodo",
        "nhk",
        "yonhap",
        "bernama",
        "anadolu",
        "al jazeera",
        "bbc",
        "cnn",
        "cnbc",
        "abc",
        "nbc",
        "cbs",
        "fox",
        "npr",
        "global times",
        "the paper",
        "china daily",
        "caixin",
        "nikkei",
        "asahi",
        "mainichi",
        "yomiuri",
        "prensa latina",
        "lusa",
        "pti",
        "ani",
        "rt",
        "voa",
        "rfi",
        "dw",
        "euronews",
        "arirang",
        "phoenix tv",
        "ria novosti",
        "the hindu",
        "china news service",
        "associated press",
        "politico",
        "axios",
        "the guardian",
        "le monde",
        "the economist",
        "financial times",
        "wall street journal",
        "new york times",
        "washington post",
        "south china morning post",
        "straits times",
        "channel newsasia",
        "beijing youth daily",
        "hubei media group",
        "cnr",
        "chinanews",
        "the beijing news",
    }
)
_OUTLET_WORDS = frozenset(
    {
        "tv",
        "television",
        "news",
        "newsasia",
        "daily",
        "times",
        "post",
        "press",
        "agency",
        "radio",
        "broadcasting",
        "broadcast",
        "network",
        "channel",
        "journal",
        "media",
        "herald",
        "tribune",
        "telegraph",
        "gazette",
        "wire",
        "paper",
        "observer",
        "magazine",
        "weekly",
        "online",
        "newspaper",
        "review",
        "chronicle",
        "group",
        "corporation",
        "service",
        "bureau",
    }
)


def classify_turn(label: str, text: str, moderators: frozenset[str] = frozenset()) -> TurnRole:
    """Whether a turn asks (an outlet or reporter), answers, moderates; remarks come later.

    Args:
        label: the cleaned speaker label.
        text: the text of the turn (used for its shape: a turn that ends in "?" asks).
        moderators: normalised names the page lists as chairperson or moderator.

    >>> classify_turn("Swedish Television", "Sweden is about to join NATO. How?")
    'question'
    >>> classify_turn("Mao Ning", "China hopes that all parties will work for peace.")
    'answer'
    """
    key = label.lower()
    tokens = key.split()
    if key in moderators or any(t in _MODERATOR_WORDS for t in tokens[:1]):
        return "moderator"
    if key in _QUESTION_WORDS or tokens[0] in _QUESTION_WORDS:
        return "question"
    if any(t.strip(".") in _PERSON_ROLE_WORDS for t in tokens):
        return "question" if text.rstrip().endswith("?") else "answer"
    if key in _OUTLETS or any(t in _OUTLET_WORDS for t in tokens):
        return "question"
    if label.isupper() and len(tokens) == 1 and 2 <= len(label) <= 6:
        return "question"  # an acronym: AFP, NHK, TASS
    if text.rstrip().rstrip("\"'”’)").endswith("?"):
        return "question"
    return "answer"


# --------------------------------------------------------------------------- units
@dataclass
class _Unit:
    """A line (or soft-wrapped run of lines) of the page, stripped."""

    start: int
    end: int
    text: str
    reason: str | None = None
    label: Label | None = None
    key: str = ""
    nwords: int = 0
    prose: bool = False
    children: list[_Unit] = field(default_factory=list)


_DATE_PREFIX = re.compile(r"^date\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?(?=\s)", re.I)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return end, end
    start += len(piece) - len(piece.lstrip())
    return start, start + len(stripped)


def _hard_wrapped(lengths: list[int]) -> bool:
    # Text wrapped at a fixed width (e-mail, plain-text releases): every line is short and most
    # are nearly full. Then paragraphs are separated by blank lines, not by line breaks.
    if len(lengths) < 8 or max(lengths) > 100:
        return False
    full = sum(1 for n in lengths if n >= 45)
    return full >= 0.6 * len(lengths)


# A line stripped of its surrounding whitespace: from its first to its last non-space character
# (``[^\n]`` never crosses a line break and ``\S`` is never one). One pass over the text.
_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def _units(text: str) -> list[_Unit]:
    lines: list[tuple[int, int, bool]] = []  # (start, end, blank line before)
    prev_end = -1
    for found in _LINE.finditer(text):
        s, e = found.span()
        # A blank line lies between two lines when two line breaks separate them.
        blank = prev_end < 0 or text.count("\n", prev_end, s) >= 2
        lines.append((s, e, blank))
        prev_end = e
    wrapped = _hard_wrapped([e - s for s, e, _ in lines])
    units: list[_Unit] = []
    for s, e, blank in lines:
        line = text[s:e]
        label = parse_label(line)
        if wrapped and not blank and units and label is None and line[0] not in "-•*":
            prev = units[-1]
            prev.end = e
            prev.text = text[prev.start : e]
            continue
        unit = _Unit(s, e, line, label=label)
        m = _DATE_PREFIX.match(line)
        if m and e - s > m.end() + 20:
            # " date 2025-09-16 Statement given ...": the dateline is furniture, the rest not.
            units.append(_Unit(s, s + m.end(), text[s : s + m.end()], reason="dateline"))
            rs, re_ = _strip_span(text, s + m.end(), e)
            unit = _Unit(rs, re_, text[rs:re_], label=parse_label(text[rs:re_]))
        units.append(unit)
    for unit in units:
        unit.key = line_key(unit.text)
        unit.nwords = unit.key.count(" ") + 1 if unit.key else 0  # the key is single-spaced
        unit.prose = is_prose(unit.text)
    return units


# --------------------------------------------------------------------------- furniture
_TITLE_SPLIT = re.compile(r"\s*\|\s*")
_BULLET = re.compile(r"^[•·\-–*»>\s]+")
_HONORIFIC = re.compile(r"^(?:mr|ms|mrs|dr|madam|mme|prof)\.?\s+", re.I)
_MODERATOR_HEADERS = frozenset({"chairperson", "chair", "moderator", "host"})
_DATE_LABEL = re.compile(
    r"(?:last\s+)?(?:updated|modified|published|posted|released?)(?:\s+(?:at|on|date))?|"
    r"(?:release|publication|next\s+release)(?:\s+date)?|date\s+(?:published|posted|updated)",
    re.I,
)


def _mark_furniture(
    units: list[_Unit],
) -> tuple[str | None, frozenset[str], tuple[str, ...]]:
    """Name the furniture units; return the title, the moderators the header lists and the
    first lines that are not menus (where the genre is named)."""
    moderators: set[str] = set()
    tail: str | None = None
    header: str | None = None
    seen_prose = False
    for unit in units:
        if unit.reason:
            continue
        label = unit.label
        if label and _DATE_LABEL.fullmatch(label.text) and len(unit.text) <= 120:
            # "Last Updated At: 22:17", "Release date: 14 November 2024": a dateline.
            unit.reason = "dateline"
            unit.label = None
            continue
        if label and label.text.lower() in HEADER_LABELS:
            rest = unit.text[label.end :]
            short = len(words(rest)) <= 8 and not is_prose(rest) and _introduced(rest) is None
            if label.alone or short:
                unit.reason = "header"
                unit.label = None
                header = label.text.lower()
                continue
            if _introduced(rest) is None:
                unit.label = None  # a moderator introducing the next asker speaks a turn
        if header in _MODERATOR_HEADERS and unit.label is None:
            name = _HONORIFIC.sub("", unit.text.split(",")[0]).strip()
            if 0 < len(name.split()) <= 4:
                moderators.add(name.lower())
        header = None
        if tail is not None:
            if unit.label is None and (not unit.prose or unit.nwords < 15 or unit.text[0] in "-•"):
                unit.reason = tail
                continue
            tail = None
        for pattern, marker in TAIL_MARKERS:
            if pattern.match(unit.text):
                # Above the story such a line is a menu entry; below it, it opens a tail.
                unit.reason = marker if seen_prose else "menu"
                unit.label = None
                tail = marker if seen_prose else None
                break
        if unit.reason:
            continue
        reason: str | None = furniture_reason(unit.text)
        if reason is None and unit.label is None and len(unit.text) <= 120:
            reason = "dateline" if dateline_like(unit.text) else None
        if reason is not None:
            unit.reason = reason
            unit.label = None
        elif unit.prose or unit.label is not None:
            seen_prose = True

    # Lines that may name the genre: the first lines, less the menus and share bars.
    genre_lines = tuple(u.text for u in units[:12] if u.reason is None or u.reason == "dateline")
    title_unit = _find_title(units)
    title = _clean_title(title_unit.text) if title_unit else None
    counts = Counter(u.key for u in units if u.reason is None and u.label is None and u.key)
    title_key = line_key(title) if title else ""
    seen: set[str] = set()
    headlines: set[str] = set()
    top = True
    for unit in units:
        if unit.reason == "header":
            top = False
        if unit.reason:
            if unit.key:
                seen.add(unit.key)
            continue
        if unit.label is not None:
            top = False
            if not unit.label.alone and unit.key in seen and unit.nwords >= 4:
                unit.reason = "repeated"
                unit.label = None
            seen.add(unit.key)
            continue
        key = unit.key
        if not key:
            unit.reason = "menu"  # symbols only
        elif title_key and _contains_title(key, title_key):
            unit.reason = "headline"
        elif not unit.prose and unit.nwords >= 4 and counts[key] >= 2:
            unit.reason = "headline"
            headlines.add(key)
        elif key in seen and unit.nwords >= 4:
            unit.reason = "headline" if key in headlines else "repeated"
        elif top and not unit.prose and (unit.nwords <= 3 or _before(unit, title_unit)):
            unit.reason = "menu"
        elif unit.prose:
            top = False
        seen.add(key)
    return title, frozenset(moderators), genre_lines


def _before(unit: _Unit, other: _Unit | None) -> bool:
    return other is not None and unit.start < other.start


def _contains_title(key: str, title_key: str) -> bool:
    # The title, maybe glued to a menu ("RevBlogTranscriptsJohn KirbyPentagon press ...") or
    # followed by a few words.
    return title_key in key and key.count(" ") - title_key.count(" ") <= 8


def _find_title(units: list[_Unit]) -> _Unit | None:
    # Headline-like lines above the story: not prose, not a label. A line that only names the
    # genre ("Press release", "Remarks") is not a title; a short line of two or three words is
    # one when it opens the page. A first sentence is never a title: it is prose.
    candidates: list[_Unit] = []
    first = True
    followed = False  # a title stands above content; a lone line is not one
    for unit in units:
        if unit.reason == "header" or unit.label is not None:
            followed = True
            break
        if unit.reason:
            continue
        if unit.prose:
            followed = True
            break
        if unit.nwords <= 3 and genre_cue(unit.text) is not None:
            continue
        if unit.nwords >= 4 or (first and unit.nwords >= 2 and _headline_start(unit.text)):
            candidates.append(unit)
        first = False
    if not followed:
        candidates = []
    if not candidates:
        # No headline above the story: the headline printed in a reference section below it.
        candidates = [
            u for u in units if not u.prose and u.nwords >= 5 and u.reason == "reference"
        ][:1]
    if not candidates:
        return None
    counts = Counter(u.key for u in units)
    return max(candidates, key=lambda u: (counts[u.key], u.nwords, -u.start))


def _headline_start(text: str) -> bool:
    return text[0].isupper() or text[0].isdigit()


def _clean_title(text: str) -> str:
    parts = [p for p in _TITLE_SPLIT.split(_BULLET.sub("", text)) if p.strip()]
    best = max(parts, key=len) if parts else text
    return " ".join(best.split())


# --------------------------------------------------------------------------- segmentation
@dataclass(frozen=True)
class Segmentation:
    """The blocks of a text, and what segmenting it learnt about the page."""

    blocks: tuple[Block, ...]
    title: str | None
    turns: int
    head_lines: tuple[str, ...]
    genre_lines: tuple[str, ...] = ()
    """The first lines less menus and share bars: where a page names its genre."""


@dataclass
class _Spec:
    kind: BlockKind
    start: int
    end: int
    parent: _Spec | None = None
    speaker_label: str | None = None
    turn_role: TurnRole | None = None
    skip_reason: str | None = None
    fingerprint: str | None = None
    depth: int = 0
    index: int = 0


def _spec_order(spec: _Spec) -> tuple[int, int]:
    return spec.start, spec.depth


def _trusted_block(index: int, spec: _Spec) -> Block:
    """The block of a spec, without validation: ``segment`` made every value itself.

    Validating ~10,000 blocks per MB was an eighth of the ingest time; a test checks that every
    block of the sample corpus equals ``Block.model_validate`` of its own dump.
    """
    return trusted(
        Block,
        {
            "index": index,
            "kind": spec.kind,
            "start": spec.start,
            "end": spec.end,
            "parent": spec.parent.index if spec.parent is not None else None,
            "speaker_label": spec.speaker_label,
            "turn_role": spec.turn_role,
            "skip_reason": spec.skip_reason,
            "fingerprint": spec.fingerprint,
        },
    )


def segment(text: str) -> Segmentation:
    """Split a text into stories, turns, paragraphs, sentences and furniture blocks.

    Args:
        text: the document text exactly as saved.

    Returns:
        The blocks in document order (``index`` = position, ``parent`` = enclosing block), the
        title found, the number of speaker turns and the first lines (for metadata).
    """
    units = _units(text)
    title, moderators, genre_lines = _mark_furniture(units)
    labels = [u for u in units if u.label is not None and u.reason is None]
    if labels and _dateline_label(labels):
        labels[0].label = None  # "MUMBAI: Incessant rain lashed the city ...": a dateline
        labels = labels[1:]
    # One "Name: text" line is a quote-like line, unless the page says it is a transcript
    # ("Regular Press Conference ...", "Friends from the media:") or the label has a shape only
    # transcripts use.
    if (
        len(labels) == 1
        and not any(u.label.strong for u in labels if u.label)
        and not transcript_cue(genre_lines)
    ):
        for u in labels:
            u.label = None
        labels = []

    if labels or transcript_cue(genre_lines):
        units = _split_introductions(units)

    stories = _split_stories(units)
    specs: list[_Spec] = []
    turn_specs: list[tuple[_Spec, str, TurnRole | None]] = []
    for story_units in stories:
        content = [u for u in story_units if u.reason is None]
        story: _Spec | None = None
        if content:
            story = _Spec(BlockKind.STORY, content[0].start, content[-1].end)
            body = normalise_text(" ".join(u.text for u in content))
            story.fingerprint = make_id("sty", body)
            specs.append(story)
        turn: _Spec | None = None
        turn_text: list[str] = []
        stated: TurnRole | None = None
        for unit in story_units:
            if unit.reason is not None:
                continue
            if unit.label is not None:
                if turn is not None:
                    turn_specs.append((turn, " ".join(turn_text), stated))
                turn = _Spec(BlockKind.TURN, unit.start, unit.end, parent=story, depth=1)
                turn.speaker_label = unit.label.text
                stated = unit.label.role
                turn_text = [unit.text[unit.label.end :]]
                specs.append(turn)
                if unit.label.alone:
                    continue
            elif turn is not None:
                turn.end = unit.end
                turn_text.append(unit.text)
            parent = turn or story
            para = _Spec(BlockKind.PARAGRAPH, unit.start, unit.end, parent=parent)
            para.depth = parent.depth + 1 if parent else 0
            specs.append(para)
            for s, e in split_sentences(text, unit.start, unit.end):
                specs.append(_Spec(BlockKind.SENTENCE, s, e, parent=para, depth=para.depth + 1))
        if turn is not None:
            turn_specs.append((turn, " ".join(turn_text), stated))

    _assign_roles(turn_specs, moderators)
    # Furniture belongs to the innermost story or turn around it. Stories do not overlap, nor do
    # turns: the last one starting at or before the furniture is the only one that can hold it.
    levels = [
        [c for c in specs if c.kind is BlockKind.TURN],
        [c for c in specs if c.kind is BlockKind.STORY],
    ]
    starts = [[c.start for c in level] for level in levels]
    for unit in units:
        if unit.reason is None:
            continue
        parent = None
        for level, level_starts in zip(levels, starts, strict=True):
            i = bisect_right(level_starts, unit.start) - 1
            if i >= 0 and unit.end <= level[i].end:
                parent = level[i]
                break
        specs.append(
            _Spec(
                BlockKind.FURNITURE,
                unit.start,
                unit.end,
                parent=parent,
                skip_reason=unit.reason,
                depth=parent.depth + 1 if parent else 0,
            )
        )

    specs.sort(key=_spec_order)
    for i, spec in enumerate(specs):
        spec.index = i
    blocks = tuple(_trusted_block(i, s) for i, s in enumerate(specs))
    head = tuple(u.text for u in units[:12])
    return Segmentation(blocks, title, len(turn_specs), head, genre_lines)


def _dateline_label(labels: list[_Unit]) -> bool:
    """Whether the first label is a city in capitals opening a news story ("MUMBAI: Incessant
    rain ..."): one word, used once, before a long paragraph, with no other label in capitals."""
    first = labels[0]
    assert first.label is not None
    word = first.label.text
    return (
        word.isupper()
        and " " not in word
        and len(word) > 2
        and word.lower() not in _QA
        and len(first.text) - first.label.end > 150
        and not any(u.label is not None and u.label.text.isupper() for u in labels[1:])
    )


def _split_stories(units: list[_Unit]) -> list[list[_Unit]]:
    """Split at runs of furniture holding a headline, when content stands on both sides.

    A heading between two speaker turns ("2. Japan-Pacific Islands Foreign Ministers' Meeting"
    in a press conference) is a topic of the same transcript, not a new story.
    """
    stories: list[list[_Unit]] = [[]]
    run: list[_Unit] = []
    seen_content = False
    in_turns = False
    for unit in units:
        if unit.reason is not None:
            run.append(unit)
            continue
        heads = [u for u in run if u.reason == "headline"]
        if (
            seen_content
            and heads
            and not (in_turns and unit.label is not None)
            # "(2) Visit to India" between two paragraphs of a minister's turn: a topic of the
            # same transcript, which the speaker goes on with
            and not (in_turns and len(heads) == 1 and not any(u.reason == "dateline" for u in run))
        ):
            stories.append([])
            in_turns = False
        stories[-1].extend(run)
        run = []
        stories[-1].append(unit)
        # "Main topics:" before a list of headings introduces them; it is no story of its own
        lead_in = unit.nwords < 4 and unit.text.endswith(":")
        seen_content = seen_content or (unit.prose and not lead_in) or unit.label is not None
        in_turns = in_turns or unit.label is not None
    stories[-1].extend(run)
    return stories


def _assign_roles(
    turns: list[tuple[_Spec, str, TurnRole | None]], moderators: frozenset[str]
) -> None:
    # A page that labels its questions as such ("QUESTION (Reuters):", "Q:") names the askers in
    # those labels: the turn answering one ("WANG:", "DR TEDROS:") is no outlet asking.
    explicit = any(
        stated == "question" or (spec.speaker_label or "").lower() in _ASKING_HEADS
        for spec, _, stated in turns
    )
    asked = False
    previous: TurnRole | None = None
    for spec, body, stated in turns:
        label = spec.speaker_label or ""
        role = stated or classify_turn(label, body, moderators)
        if (
            role == "question"
            and stated is None
            and explicit
            and label.lower() not in _ASKING_HEADS
            and (previous == "question" or not body.rstrip().endswith("?"))
        ):
            role = "answer"
        if role == "question":
            asked = True
        elif role == "answer" and not asked:
            role = "remarks"
        spec.turn_role = role
        previous = role


# "Next question from Reuters." / "We'll take a question from NHK.": a short sentence naming who
# asks next; the question follows in the same paragraph or opens the next one.
_INTRO = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<sent>[^.!?\n]{0,60}?\bquestion\s+"
    r"(?:(?:is|comes|will\s+come)\s+)?(?:from|goes\s+to)\s+(?P<who>[^.!?:,;()\n]{1,60}?))"
    r"\s*(?:[.:!]|$)",
    re.I,
)
_TOPIC_TAIL = re.compile(r"\s+(?:on|about|regarding)\s+.*$")
_AFFILIATION = re.compile(r".*\s(?:of|from|at|with)\s+(?P<outlet>.+)$")


def _introduced(text: str) -> tuple[str, int] | None:
    """The asker a moderator's sentence introduces, and where that sentence ends.

    >>> _introduced("Next question from Reuters. How many?")
    ('Reuters', 27)
    >>> _introduced("She dodged a question from the senator about the budget and left.") is None
    True
    """
    for m in _INTRO.finditer(text):
        if len(m.group("sent").split()) > 12:
            continue
        who = " ".join(m.group("who").split())
        who = _TOPIC_TAIL.sub("", who)  # "Bloomberg on Pakistan": Bloomberg asks, about Pakistan
        outlet = _AFFILIATION.match(who)
        if outlet is not None:
            who = outlet.group("outlet")  # "Jane Doe of NHK": the outlet asks
        tokens = who.split()
        if tokens and tokens[0].lower() == "the" and len(tokens) > 1:
            tokens = tokens[1:]
        if not tokens or len(tokens) > 5 or not _name_tokens(tokens):
            continue
        return " ".join(tokens), m.end()
    return None


def _refresh(unit: _Unit) -> None:
    unit.key = line_key(unit.text)
    unit.nwords = unit.key.count(" ") + 1 if unit.key else 0
    unit.prose = is_prose(unit.text)


def _split_introductions(units: list[_Unit]) -> list[_Unit]:
    """Open a question turn of the introduced outlet after each moderator's introduction."""
    out: list[_Unit] = []
    pending: str | None = None
    host: Label | None = None  # the label of the turn that introduced the last question
    resume: Label | None = None  # who answers after an introduced question
    for unit in units:
        if unit.reason is not None:
            out.append(unit)
            continue
        if resume is not None and pending is None:
            if unit.label is None:
                # "I have a question from Bloomberg: '...?'" then, unlabelled, the answer:
                # the host who read the question out speaks again.
                unit.label = Label(resume.text, 0, resume.strong, False, None)
            resume = None
        if pending is not None:
            label = unit.label
            if label is None:
                unit.label = Label(pending, 0, True, False, "question")
                resume = host if _ASKS_END.search(unit.text) else None
            elif label.role == "question" or label.text.lower() in _ASKING_HEADS:
                unit.label = Label(pending, label.end, True, label.alone, "question")
            pending = None
        elif unit.label is not None and unit.label.role != "question":
            host = unit.label
        out.append(unit)
        offset = unit.label.end if unit.label is not None else 0
        found = _introduced(unit.text[offset:])
        if found is None:
            continue
        who, end = found
        rs, re_ = _strip_span(unit.text, offset + end, len(unit.text))
        rest = unit.text[rs:re_]
        if not any(c.isalpha() for c in rest):
            pending = who
            continue
        # The question goes on in the same paragraph: it becomes a paragraph of its own.
        head_end = len(unit.text[: offset + end].rstrip())
        question = _Unit(unit.start + rs, unit.start + re_, rest)
        question.label = Label(who, 0, True, False, "question")
        unit.end = unit.start + head_end
        unit.text = unit.text[:head_end]
        _refresh(unit)
        _refresh(question)
        out.append(question)
        if host is not None and _ASKS_END.search(rest):
            resume = host
    return out


# The end of a question read out: a question mark, perhaps inside its closing quote.
_ASKS_END = re.compile(r"\?[\"”’']?\s*$")
