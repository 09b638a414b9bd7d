"""Page furniture: the lines of a saved page that are not the story.

Nothing here deletes or rewrites text. These functions only *name* a line's furniture kind (menu,
ticker, share, comments, related, copyright, promo, dateline, header); the segmenter turns the
named lines into ``Block(kind=FURNITURE, skip_reason=...)`` spans and later stages skip them.

>>> furniture_reason("-+ 0.00%")
'ticker'
>>> furniture_reason("Home > Press Release")
'menu'
>>> furniture_reason("China has provided 2.1 billion doses.") is None
True
"""

from __future__ import annotations

import re

from claimgraph.ingest.meta import find_dates

__all__ = [
    "HEADER_LABELS",
    "TAIL_MARKERS",
    "dateline_like",
    "furniture_reason",
    "is_prose",
    "line_key",
    "normalise_text",
    "words",
]

_QUOTE_PAIRS = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00b4", "'"))


def _straighten(text: str) -> str:
    # Chained str.replace is several times faster than str.translate with a mapping.
    for curly, straight in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def normalise_text(text: str) -> str:
    """Whitespace collapsed and curly quotes straightened: the text a document id is made from.

    >>> normalise_text("  Mao Ning’s\\n\\n  “remarks” ")
    'Mao Ning\\'s "remarks"'
    """
    return " ".join(_straighten(text).split())


def line_key(text: str) -> str:
    """The key two lines are compared by: lower case, words only (bullets, punctuation dropped).

    >>> line_key("• SCIO briefing, on China’s trade!") == line_key("SCIO briefing on China's trade")
    True
    """
    text = _straighten(text).lower()
    if len(text) > 200:
        # A paragraph: compared only with other paragraphs, whitespace and quotes suffice.
        return " ".join(text.split())
    return " ".join(_WORD.findall(text))


def words(text: str) -> list[str]:
    """The words of a line (letters and digits, inner apostrophes, dots and hyphens kept)."""
    return _WORD.findall(text)


_PROSE_END = re.compile(r"[.?!:;…][\"'”’)\]]*\s*$")


def is_prose(text: str) -> bool:
    """Whether a line reads as running text: it ends like a sentence, or it is long.

    Headlines, menus and labels end without punctuation.
    """
    if _PROSE_END.search(text[-12:]):
        return True
    return text.count(" ") >= 24 and len(words(text)) >= 25


# Labels that open a header section of a transcript page, never a speaker turn.
HEADER_LABELS = frozenset(
    {
        "speakers",
        "speaker",
        "chairperson",
        "chair",
        "moderator",
        "host",
        "date",
        "time",
        "venue",
        "location",
        "place",
        "source",
        "sources",
        "editor",
        "editors",
        "author",
        "tags",
        "keywords",
        "topics",
        "note",
        "notes",
        "photo",
        "photos",
        "video",
        "update",
        "updated",
        "published",
        "first published",
        "last updated",
        "delivered on",
        "attachments",
        "attachment",
        "format",
        "posted",
        "originally published",
        "download",
        "downloads",
        "contact",
        "contacts",
        "media contact",
        "press contact",
        "press contacts",
        "delivered",
        "from",
        "related",
        "attendees",
        "participants",
    }
)

# A line that opens a trailing block of links or sources: what follows is furniture too while it
# stays short or list-like.
TAIL_MARKERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"^(?:recommended|related|more|popular|latest|top|editor'?s? picks?)\b.{0,20}"
            r"(?:articles?|stories|news|reads?|links?|videos?)\s*:?$",
            re.I,
        ),
        "related",
    ),
    (re.compile(r"^references?(?:\(s\))?\s*:?$", re.I), "reference"),
    (re.compile(r"^(?:source|sources)\s*:\s*\S{0,40}$", re.I), "reference"),
)

_LANGUAGES = (
    "عربي",
    "العربية",
    "Español",
    "Русский",
    "Français",
    "简体中文",
    "繁體中文",
    "中文",
    "English",
    "Deutsch",
    "日本語",
    "한국어",
    "Português",
    "Italiano",
    "Türkçe",
    "فارسی",
    "Bahasa",
)

_FURNITURE: tuple[tuple[re.Pattern[str], str], ...] = (
    # Stock tickers and market strips: "-+ 0.00%", "+1.25 %  -0.4%".
    (re.compile(r"^[-+\s]*[-+]?\s*\d[\d.,]*\s*%(?:\s+[-+\s]*[-+]?\s*\d[\d.,]*\s*%)*$"), "ticker"),
    # Market strips with names: "SSE Composite 3,291.43 +0.52%   HSI 21,562.32 -0.19%".
    (
        re.compile(
            r"^(?:[A-Z][\w/&.\-]*(?: [A-Z\d][\w/&.\-]*){0,3}\s+\d[\d,]*(?:\.\d+)?\s+"
            r"[-+]\d[\d.,]*\s*%\s*){2,}$"
        ),
        "ticker",
    ),
    # Any strip of quotes with two or more signed changes and no prose: "NSE 20 2,011.45 +0.62%
    # NASI 141.87 -0.10%   USD/KES 129.20   Gold $2,611 +0.4%".
    (
        re.compile(
            r"^(?=(?:.*?[-+]\d[\d.,]*\s*%){2})(?!.*\b[a-z]{2,}\s+[a-z]{2,}\b)(?!.*[.!?]\s*$)"
            r".{0,300}$"
        ),
        "ticker",
    ),
    # "Reading time: 3 min (741 words)", "4 min read": the sharing bar's furniture.
    (re.compile(r"^(?:reading time|read time|estimated reading time)\b.{0,40}$", re.I), "share"),
    (re.compile(r"^\d{1,2}\s+min(?:ute)?s?\s+read\b.{0,30}$", re.I), "share"),
    # Breadcrumbs and navigation.
    (
        re.compile(r"^(?:skip to (?:main )?content|skip navigation|main menu|menu|search)\b", re.I),
        "menu",
    ),
    (re.compile(r"^\W{0,3}home\s*(?:>>?|›|»|\|)|\s(?:>>|›|»)\s*\S|(?:>>|›|»)\s*$", re.I), "menu"),
    (re.compile(r"^\S[^.?!]{0,60}\s>\s\S[^.?!]{0,60}$"), "menu"),
    (re.compile(r"^home\b(?!.*[.?!]$).{20,}$", re.I), "menu"),
    # Three or more short entries between bars: "News | Press Conferences | Speeches".
    (
        re.compile(r"^[^|.?!\s]+(?: [^|.?!\s]+){0,2}(?: ?\| ?[^|.?!\s]+(?: [^|.?!\s]+){0,2}){2,}$"),
        "menu",
    ),
    (
        re.compile(
            r"^(?:latest news|breaking news|read in (?:chinese|english)|print|e-?mail)\s*:?$", re.I
        ),
        "menu",
    ),
    # Sharing, fonts, apps.
    (
        re.compile(
            r"\b(?:print\s*e-?mail|bookmark and share|adjust font size|share this|share on|"
            r"suggest to a friend|app download|listen to the news|font size)\b",
            re.I,
        ),
        "share",
    ),
    (
        re.compile(
            r"^(?:share|tweet|facebook|twitter|whatsapp|linkedin|weibo|wechat|email)"
            r"(?:\s+(?:share|tweet|facebook|twitter|whatsapp|linkedin|weibo|wechat|email|"
            r"feature image))*\s*$",
            re.I,
        ),
        "share",
    ),
    (re.compile(r"^follow [\w.]+ on (?:twitter|facebook|x|weibo|wechat)\b", re.I), "share"),
    (re.compile(r"^分享"), "share"),
    # Comment boxes.
    (
        re.compile(
            r"\b\d+\s*comment\(?s\)?|\bgo to forum\b|^no comments\.?$|^add your comments|"
            r"^\W*user name required|^\W*your comment\s*$|^\W*enter the words you see|"
            r"comments may be removed by the moderator",
            re.I,
        ),
        "comments",
    ),
    # Footers.
    (
        re.compile(
            r"\bcopyright\b|©|\ball rights reserved\b|^about [\w' ]+\s*\|\s*|"
            r"^\(web editor:|^\(editor:|^send your stories|\bnewsletter\s*$",
            re.I,
        ),
        "copyright",
    ),
    # Advertising for the site itself.
    (
        re.compile(
            r"^(?:try|download|subscribe|sign up|get)\b.{0,60}\b(?:free|app|newsletter|"
            r"save time|trial)\b|^transcribe your own content$|read the (?:full )?"
            r"(?:transcript|story|article) here\.?$",
            re.I,
        ),
        "promo",
    ),
    # Single-word site sections printed above a story ("Photos", "Video").
    (re.compile(r"^(?:photos?|videos?|gallery|audio|advertisement|ad)\s*$", re.I), "menu"),
)


def _anchored(pattern: str) -> bool:
    """Whether every branch of a pattern starts at ``^``: it can only match at offset 0."""
    if not pattern.startswith("^"):
        return False
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
        i += 1
    return True


class _Combined:
    """Patterns sharing one search; the name of the group that matched is the reason.

    One alternation per group is far faster than one search per pattern. Most patterns are
    anchored at ``^``: trying them all at every offset of a line wasted most of the time. So the
    full alternation is tried at offset 0 only, then the unanchored patterns alone search the
    rest of the line. This finds exactly the match ``full.search`` would: the leftmost, and at
    that offset the first pattern in table order.
    """

    __slots__ = ("full", "rest")

    def __init__(self, reasons: tuple[str, ...]) -> None:
        self.full = self._compile(reasons, anchored_too=True)
        self.rest = self._compile(reasons, anchored_too=False)

    @staticmethod
    def _compile(reasons: tuple[str, ...], *, anchored_too: bool) -> re.Pattern[str] | None:
        parts: list[str] = []
        for reason in reasons:
            pats = [
                p
                for p, r in _FURNITURE
                if r == reason and (anchored_too or not _anchored(p.pattern))
            ]
            if pats:
                inner = "|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" for p in pats)
                parts.append(f"(?P<{reason}>{inner})")
        return re.compile("|".join(parts)) if parts else None

    def search(self, line: str) -> re.Match[str] | None:
        """The leftmost match in ``line``, as ``self.full.search(line)`` would find it."""
        assert self.full is not None
        m = self.full.match(line)
        if m is None and self.rest is not None and len(line) > 1:
            m = self.rest.search(line, 1)
        return m


_ANY_LENGTH = _Combined(("ticker", "menu"))
_SHORT_ONLY = _Combined(("share", "comments", "copyright", "promo"))


# Site boilerplate that is furniture at any length, as long as it states no figure: cookie
# banners, newsletter and app promotions, "follow us" bars, copyright footers.
_BOILERPLATE = re.compile(
    r"(?P<cookies>\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b|"
    r"\b(?:accept|reject|manage) (?:all |our )?cookies\b|\bcookie (?:policy|settings|"
    r"preferences|notice)\b)|"
    r"(?P<promo>\b(?:sign up|subscribe|register) (?:now |today )?(?:for|to) (?:our|the|a)\b"
    r"[\w\s'’-]{0,40}\bnewsletters?\b|\bfollow us on\b|\bdownload (?:our|the) [\w ]{0,20}app\b|"
    r"\bget (?:the|our) latest (?:news|headlines|stories)\b.{0,40}\b(?:inbox|email)\b)|"
    r"(?P<copyright>\ball rights reserved\b|^(?:copyright|©))",
    re.I,
)
# A figure a claim could state: any number but a year ("© 2024 ...").
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DIGIT = re.compile(r"\d")


# Every boilerplate pattern holds one of these words: a cheap test that most lines fail.
_BOILERPLATE_WORDS = (
    "cookie",
    "newsletter",
    "follow us",
    "download",
    "latest",
    "rights reserved",
    "copyright",
    "©",
)


def _boilerplate(line: str) -> str | None:
    lowered = line.lower()
    if not any(word in lowered for word in _BOILERPLATE_WORDS):
        return None
    m = _BOILERPLATE.search(line)
    if m is None:
        return None
    if _DIGIT.search(_YEARS.sub(" ", line)):
        return None  # it states a figure: leave it to the extractors
    return m.lastgroup


def furniture_reason(line: str) -> str | None:
    """Why a line is page furniture (menu, ticker, share, comments, copyright, promo), if it is.

    Short lines match a wide set of menu and footer phrases. Long lines are furniture only when
    they are navigation or site boilerplate (a cookie banner, "Sign up for our newsletter ...",
    "All rights reserved", "Follow us on ...") that states no figure.

    >>> furniture_reason("We use cookies to improve your experience on our website. By "
    ...     "continuing to browse, you agree to our use of cookies. Read our cookie policy.")
    'cookies'

    Args:
        line: one line of the page, stripped.

    Returns:
        The skip reason, or None when the line may be content.
    """
    if len(line) > 120 or len(line.split()) > 14:
        if len(line) > 300:
            return _boilerplate(line) if len(line) <= 2000 else None
        # Short-line phrases only count on short lines (a question may well ask to "share
        # this"), and a long line that ends like a sentence is never a menu.
        m = None if _PROSE_END.search(line[-12:]) else _ANY_LENGTH.search(line)
        return m.lastgroup if m else _boilerplate(line)
    if sum(lang in line for lang in _LANGUAGES) >= 3:
        return "menu"
    m = _ANY_LENGTH.search(line) or _SHORT_ONLY.search(line)
    return m.lastgroup if m else None


_DATELINE_NOISE = frozenset(
    {
        "date",
        "last",
        "updated",
        "update",
        "at",
        "published",
        "posted",
        "on",
        "by",
        "time",
        "source",
        "print",
        "e-mail",
        "email",
        "comment",
        "comments",
        "s",
        "home",
        "xinhua",
        "am",
        "pm",
        "gmt",
        "utc",
        "bjt",
        "edt",
        "est",
        "cst",
    }
)


def dateline_like(line: str) -> bool:
    """Whether a line is a dateline: a date with little else (a publisher, "Last Updated At").

    >>> dateline_like("2024-12-10 16:52 Last Updated At:22:17")
    True
    >>> dateline_like("Regular Press Conference on February 27, 2024")
    False
    """
    dates = find_dates(line)
    if not dates:
        return False
    rest = line
    for d in reversed(dates):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", " ", rest)
    leftover = [w for w in words(rest) if w.lower() not in _DATELINE_NOISE and not w.isdigit()]
    return len(leftover) <= 1 or (len(leftover) <= 2 and len(rest.strip()) <= 30)
