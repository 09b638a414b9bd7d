"""When each claim was stated: the briefing day, the publication day, or a day the text gives.

:func:`stated_dates` reads a document once (with its :func:`~claimgraph.extract.attribution.
attribute` answers) and :meth:`StatedDates.at` gives the day for an offset, with how it was
found:

- ``explicit``: a day written out near the cue ("On December 10, ... Guo Jiakun highlighted");
- ``weekday``: "said Thursday", "on Tuesday" (the latest such day on or before the anchor);
- ``relative``: "yesterday", "today" ("Statement given yesterday by ...");
- ``briefing``: the day in a transcript's title ("Regular Press Conference on July 22, 2025");
- ``published``: the publication day, for the page's own (dateline) story.

A news story appended under the dateline story does not inherit the page's date: its statements
are dated only by a day stated in that story for the same speaker, else null (stories above the
dateline story, and every turn of a transcript or speech, keep the page's day). A figure a
speaker relays from someone else, with no day for the original words, takes the day it was
relayed (else the page's day, as a vague "last week" does).

>>> from datetime import date
>>> resolve_relative("said Thursday", date(2022, 3, 4))
datetime.date(2022, 3, 3)
>>> resolve_relative("On December 10", date(2024, 12, 11))
datetime.date(2024, 12, 10)
>>> resolve_relative("last week", date(2024, 12, 11)) is None
True
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from claimgraph.extract.attribution import Attributions, AttributionSpan, attribute
from claimgraph.extract.names import ORG_HEADS
from claimgraph.models import BlockKind, Document

__all__ = [
    "DateSource",
    "StatedDates",
    "briefing_day",
    "find_days",
    "resolve_relative",
    "stated_dates",
]

DateSource = Literal["published", "weekday", "explicit", "relative", "briefing"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    m: i + 1
    for i, ms in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        )
    )
    for m in ms
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY_RE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?\b"
    rf"|\b(?:(?:on|last|this|past)\s+)?{_WEEKDAY}\b"
    r"|\b(?:the day before yesterday|yesterday|today|tonight|tomorrow|this (?:morning|"
    r"afternoon|evening))\b",
    re.IGNORECASE,
)
# The same pattern in lower case, run case-sensitively over the lower-cased text: the
# case-insensitive engine is several times slower. Offsets agree whenever lower-casing keeps
# the text's length (always, except for a few rare letters: then the slow pattern runs).
# The pattern holds no upper-case escape (\\D, \\S, \\W, \\B) that lower-casing would change.
_DAY_LOWER_RE = re.compile(_DAY_RE.pattern.lower())
_FULL_DAY_RE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b"
)
_BRIEFING_RE = re.compile(
    r"(?:press conference|news conference|press briefing|news briefing|media briefing|"
    r"briefing|remarks|transcript)[^\n]{0,80}?"
    rf"(?P<day>{_FULL_DAY_RE.pattern})"
    rf"|\b(?:Date|Delivered on|Date of speech|Speech date):\s*(?P<day2>{_FULL_DAY_RE.pattern})"
    # "a conversation recorded before an audience ... on Monday 20 April 2037"
    r"|\b(?:recorded|conducted|delivered)\b[^\n.]{0,100}?\bon\s+"
    rf"(?:[A-Z][a-z]+day,?\s+)?(?P<day3>{_FULL_DAY_RE.pattern})",
    re.IGNORECASE,
)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_relative(expression: str, anchor: date) -> date | None:
    """The day an expression names, read against an anchor day (publication or briefing).

    Args:
        expression: "on Tuesday", "said Thursday", "yesterday", "today", "On December 10",
            "December 10, 2024", "21 February 2020", "2024-12-10", "4/21/22".
        anchor: the day the text was written (the publication or briefing day).

    Returns:
        The day, or None when the expression names no single day ("last week", "next year").

    >>> resolve_relative("yesterday", date(2025, 9, 16))
    datetime.date(2025, 9, 15)
    >>> resolve_relative("on Tuesday", date(2013, 7, 10))
    datetime.date(2013, 7, 9)
    >>> resolve_relative("4/21/22", date(2022, 4, 24))
    datetime.date(2022, 4, 21)
    """
    text = " ".join(expression.lower().replace(",", " ").replace(".", " ").split())
    text = re.sub(r"^(?:said|says|on|here|there)\s+", "", text)
    text = re.sub(r"^(?:on)\s+", "", text)
    if text in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return anchor
    if text == "yesterday":
        return anchor - timedelta(days=1)
    if text == "the day before yesterday":
        return anchor - timedelta(days=2)
    if text == "tomorrow":
        return anchor + timedelta(days=1)
    m = re.fullmatch(r"(?:(last|this|past)\s+)?(\w+day)", text)
    if m and m.group(2) in _WEEKDAYS:
        back = (anchor.weekday() - _WEEKDAYS.index(m.group(2))) % 7
        if m.group(1) in {"last", "past"} and back == 0:
            back = 7
        return anchor - timedelta(days=back)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", text)
    if m:
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return _safe(year, int(m[1]), int(m[2]))
    m = re.fullmatch(r"([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(\d{4}))?", text)
    if not m:
        m2 = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)(?:\s+(\d{4}))?", text)
        if m2:
            month_word, day_s, year_s = m2[2], m2[1], m2[3]
        else:
            return None
    else:
        month_word, day_s, year_s = m[1], m[2], m[3]
    month = _MONTHS.get(month_word)
    if month is None:
        return None
    if year_s:
        return _safe(int(year_s), month, int(day_s))
    found = _safe(anchor.year, month, int(day_s))
    if found and found > anchor + timedelta(days=2):
        found = _safe(anchor.year - 1, month, int(day_s))
    return found


def _source_of(expression: str) -> DateSource:
    low = expression.lower()
    if any(d in low for d in _WEEKDAYS):
        return "weekday"
    if re.search(r"yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)", low):
        return "relative"
    return "explicit"


def find_days(text: str, start: int = 0) -> list[tuple[int, int, str]]:
    """Day expressions in a text: (start, end, expression), offsets shifted by ``start``.

    >>> find_days("Mao said on Tuesday that next year and last week matter.")
    [(9, 19, 'on Tuesday')]
    """
    low = text.lower()
    if len(low) != len(text):
        return [(start + m.start(), start + m.end(), m.group()) for m in _DAY_RE.finditer(text)]
    return [
        (start + m.start(), start + m.end(), text[m.start() : m.end()])
        for m in _DAY_LOWER_RE.finditer(low)
    ]


class _DayIndex:
    """The day expressions of a whole text, found once, queried per span by bisection."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._days = find_days(text)
        self._starts = [d[0] for d in self._days]

    def within(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Day expressions inside ``text[a:b]`` (offsets absolute), as a scan of it finds."""
        i = bisect.bisect_left(self._starts, a)
        if i > 0 and self._days[i - 1][1] > a:
            return find_days(self._text[a:b], a)  # one straddles the start: scan the span
        out: list[tuple[int, int, str]] = []
        for day in self._days[i:]:
            if day[0] >= b:
                break
            if day[1] > b:
                return find_days(self._text[a:b], a)  # straddles the end
            out.append(day)
        return out


def briefing_day(document: Document) -> date | None:
    """The day in a transcript's title or header ('Regular Press Conference on July 22, 2025').

    >>> from claimgraph.models import Document
    >>> briefing_day(Document(id="d", name="d", text="Kirby holds a news briefing 4/21/22"))
    datetime.date(2022, 4, 21)
    """
    head = document.text[:1500]
    anchor = document.published_day or date(2000, 1, 1)
    m = _BRIEFING_RE.search(head)
    if not m:
        return None
    if m.group("day3") and document.genre not in ("transcript", "speech"):
        return None  # "the highest reading recorded on ...": only a transcript is recorded
    return resolve_relative(m.group("day") or m.group("day2") or m.group("day3"), anchor)


def _published(document: Document) -> date | None:
    if document.published_day:
        return document.published_day
    m = _FULL_DAY_RE.search(document.text[:800])
    return resolve_relative(m.group(), date(2000, 1, 1)) if m else None


@dataclass(frozen=True)
class _Found:
    day: date | None
    source: DateSource | None
    pos: int = 0  # where the text states the day (an event day dates only what follows)


class StatedDates:
    """The day each part of one document was stated, queried per offset."""

    def __init__(self, document: Document, attributions: Attributions) -> None:
        self._doc = document
        self._attr = attributions
        self.published = _published(document)
        self.briefing = briefing_day(document)
        self.anchor = self.briefing or self.published
        stories = sorted({s.story for s in attributions.spans()})
        bounds = attributions.stories
        # the page's first story that reads as prose: a navigation line ("Local | Minneapolis |
        # St. Paul") ingest kept as content is no story of its own
        prose = [
            i
            for i in stories
            if i < len(bounds) and _PROSE_RE.search(document.text, bounds[i][0], bounds[i][1])
        ]
        self.dateline = prose[0] if prose else (stories[0] if stories else 0)
        # the story under the page's date line ("December 11, 2036 at 6:02AM") is the one the
        # publication day dates, when a header with a standfirst was cut off above it
        marks = [
            b.start
            for b in document.blocks
            if b.kind == BlockKind.FURNITURE and b.skip_reason == "dateline"
        ]
        if marks and attributions.story_of(marks[0]) is None:
            after = [i for i in stories if i < len(bounds) and bounds[i][0] > marks[0]]
            if after and after[0] == self.dateline + 1:
                self.dateline = after[0]
        self._days = _DayIndex(document.text)
        self._events = self._event_days()
        self._spans = [s for s in attributions.spans() if not s.quote]
        self._span_starts = [s.start for s in self._spans]

    def _first_day(
        self, a: int, b: int, *, last: bool = False, sources: frozenset[str] | None = None
    ) -> _Found | None:
        """The first (``last``: the last) day written in ``text[a:b]`` that resolves, of one of
        ``sources`` when given."""
        days = self._days.within(a, b)
        for _, _, expr in reversed(days) if last else days:
            found = self._resolve(expr)
            if found and (sources is None or found.source in sources):
                return found
        return None

    def _resolve(self, expression: str) -> _Found | None:
        if self.anchor is None:
            return None
        day = resolve_relative(expression, self.anchor)
        return _Found(day, _source_of(expression)) if day else None

    def _in_clause(self, a: int | None, b: int | None) -> _Found | None:
        if a is None or b is None:
            return None
        for at, _, expr in self._days.within(a, b):
            if _DATA_DAY_RE.search(self._doc.text, max(a, at - 12), at):
                continue  # "the fiscal year, which ended on 30 June, ... said on Tuesday"
            found = self._resolve(expr)
            if found:
                return found
        return None

    def _continued(self, span: AttributionSpan) -> _Found | None:
        """The day of the statement a 'He added that ...' sentence continues: the sentence
        right before it, by the same speaker, states its day in its cue."""
        i = bisect.bisect_left(self._span_starts, span.start)
        before = [s for s in self._spans[max(0, i - 8) : i] if s.end <= span.start]
        if not before:
            return None
        prev = max(before, key=lambda s: (s.end, s.end - s.start))  # the sentence just before
        if prev.story != span.story or prev.attribution.speaker != span.attribution.speaker:
            return None
        if self._doc.text[prev.end : span.start].count("\n\n") > 0 and prev.frame_start is None:
            return None  # a new paragraph of a news story starts afresh
        if prev.cue_end is None or prev.cue_end > span.start:
            return None  # a cue reaching past the sentence before: no day of its own words
        # "X told the court ... In one case, she said, ...": the day of X's setting too
        return self._in_clause(prev.cue_start, prev.cue_end) or self._setting_day(prev, False)

    def _same_source_day(self, span: AttributionSpan) -> _Found | None:
        """The day an earlier cue of the same story gave the same source, if any."""
        i = bisect.bisect_left(self._span_starts, span.start)
        who = span.attribution.speaker
        for prev in reversed(self._spans[max(0, i - 30) : i]):
            if prev.story != span.story:
                break
            if prev.attribution.speaker == who and prev.cue_start is not None:
                found = self._in_clause(prev.cue_start, prev.cue_end)
                if found is None:
                    # "according to data from the EPB released yesterday": the day after the cue
                    found = self._in_clause(prev.start, prev.end)
                    if found is not None and found.source not in _EVENT_SOURCES:
                        found = None
                if found:
                    return found
        return None

    def _vague_cue(self, span: AttributionSpan) -> bool:
        """Whether the cue names a time that is no day ("told MPs last week")."""
        if span.cue_start is None or span.cue_end is None:
            return False
        end = self._doc.text.find(".", span.cue_end)
        end = min(span.cue_end + 40, end if end >= 0 else len(self._doc.text))
        return _VAGUE_TIME_RE.search(self._doc.text, span.cue_start, end) is not None

    def _setting_day(self, span: AttributionSpan, fallback: bool = True) -> _Found | None:
        """The day of the event a cue names without a day of its own ("the NEA said at a press
        conference", "told the meeting").

        In order: the day of the event whose remarks the sentence opens with ("In her opening
        remarks, ..."); a day in a lead clause that names the setting ("at a meeting ... last
        Thursday, X said"); the day the story gave that event ("its meeting on Tuesday"); then,
        with ``fallback``, the last day a cue of the story gave, else a weekday or relative day
        in the story's lede ("Senators on Monday pressed ...")."""
        if span.cue_start is None or span.cue_end is None:
            return None
        text = self._doc.text
        remarks = self._remarks_day(span)
        if remarks is not None:
            return remarks
        end = text.find(".", span.cue_end)
        end = min(span.cue_end + 160, end if end >= 0 else len(text))
        # "At the hearing of the committee, Sen. X cited ...", "X told the panel": the setting
        # named before or after the cue
        m = _SETTING_RE.search(text, min(span.start, span.cue_start), max(end, span.cue_end))
        if m is None:
            return None
        if m.start() < span.cue_start:
            # "at a meeting with business leaders last Thursday, Minister X said": the lead
            # clause's own day first
            found = self._first_day(m.start(), span.cue_start)
            if found:
                return found
        earlier = [s for s in self._spans if s.story == span.story and s.end <= span.start]
        if not earlier:
            return None
        lo = min(s.start for s in earlier)
        noun = m.group("noun").lower()
        for at in reversed(
            [i.start() for i in re.finditer(re.escape(noun), text[lo : span.start].lower())]
        ):
            a = lo + at
            found = self._first_day(max(lo, a - 40), min(span.start, a + len(noun) + 40), last=True)
            if found:
                return found
        if not fallback:
            return None
        for s in sorted(earlier, key=lambda s: s.start, reverse=True):
            found = self._in_clause(s.cue_start, s.cue_end)
            if found:
                return found
        # "Senators on Monday pressed the department ... At the hearing, ...": the day the
        # story's lede gave its event
        lede = min(earlier, key=lambda s: s.start)
        return self._first_day(lede.start, lede.end, sources=_EVENT_SOURCES)

    def _remarks_day(self, span: AttributionSpan) -> _Found | None:
        """The day of the event whose remarks a sentence opens with: "The meeting was held in
        Tokyo yesterday. In her opening remarks, the Minister announced ..." (the last day the
        paragraph gave before the sentence)."""
        if span.cue_start is None or span.cue_end is None:
            return None
        text = self._doc.text
        para = text.rfind("\n", 0, span.cue_start) + 1
        head = text[para : span.cue_start]
        cut = max(head.rfind(". "), head.rfind('." '), head.rfind(".\u201d "))
        if cut < 0:
            return None
        if not _REMARKS_RE.match(text, para + cut + 2, span.cue_end):
            return None
        return self._first_day(para, para + cut, last=True, sources=_DAY_SOURCES)

    def _event(self, story: int, who: str, before: int) -> _Found | None:
        """The latest day the story stated for ``who`` before offset ``before``."""
        found = [e for e in self._events.get((story, who), ()) if e.pos < before]
        return max(found, key=lambda e: e.pos) if found else None

    def _event_days(self) -> dict[tuple[int, str], list[_Found]]:
        """(story, speaker) -> the days the story states for that speaker (cue or event)."""
        text = self._doc.text
        events: dict[tuple[int, str], list[_Found]] = {}
        people = self._attr.people()
        bodies = {
            s.attribution.speaker
            for s in self._attr.spans()
            if s.attribution.speaker_type == "organization"
        }

        def short_forms(name: str) -> set[str]:
            """A person's given name and surname; a body's own first word ("Salar" of "Salar
            Norte Minerals") and head noun ("the Mission"), never a generic first word
            ("Ministry" of "Ministry of ...") or a place ending it ("Tayside" of "NHS Tayside")."""
            first, last = name.split()[0], name.split()[-1]
            if name not in bodies:
                return {first, last}
            out = set() if first.lower() in ORG_HEADS else {first}
            if last.lower() in ORG_HEADS and first.lower() not in ORG_HEADS:
                out.add(last)
            return out

        forms = {
            name: {name, *aliases} | short_forms(name)
            for name, aliases in people.items()
            if name.split()
        }
        by_form: dict[str, set[str]] = {}
        for name, names in forms.items():
            for f in names:
                if len(f) > 1:
                    by_form.setdefault(f, set()).add(name)
        for span in self._attr.spans():
            who = span.attribution.speaker
            if who:
                found = self._in_clause(span.cue_start, span.cue_end)
                if found:
                    events.setdefault((span.story, who), []).append(
                        _Found(found.day, found.source, span.start)
                    )
                elif self._vague_cue(span):
                    # "The minister told MPs last week": no day, and the speaker's earlier
                    # day no longer holds for what follows
                    events.setdefault((span.story, who), []).append(_Found(None, None, span.start))
            if span.attribution.cue == "quote":
                continue
            inside = self._days.within(span.start, span.end)
            if not inside:
                continue
            chunk = text[span.start : span.end]
            days = [
                d
                for d in inside
                if not _quoted(chunk, d[0] - span.start)
                and not _DATA_DAY_RE.search(text, max(span.start, d[0] - 12), d[0])
            ]
            if not days:
                continue
            found = self._resolve(days[0][2])
            if not found:
                continue
            found = _Found(found.day, found.source, span.start)
            head = text[span.start : days[0][0]]
            lead = _LABEL_HEAD_RE.sub("", head)
            if not lead.strip(" \t\n,") or _LEAD_CLAUSE_RE.match(lead):
                # "Yesterday, Vice Premier He Lifeng attended ...", "At the summit on Saturday,
                # Premier Li Qiang elaborated ...": the day opens the sentence.
                cut = text.find(".", days[0][1], span.end)
                head = text[days[0][1] : cut if cut >= 0 else span.end]
            for form, names in by_form.items():
                if _has_word(head, form):
                    for name in names:
                        events.setdefault((span.story, name), []).append(found)
        return events

    def at(self, offset: int) -> tuple[date | None, str | None]:
        """The day what is written at ``offset`` was stated, and how that day was found.

        Returns:
            ``(day, source)``; source is "published", "weekday", "explicit", "relative" or
            "briefing"; ``(None, None)`` when the text gives no day for it.
        """
        span = self._attr.span_at(offset)
        story = span.story if span else self._attr.story_of(offset)
        if span is not None:
            found = self._in_clause(span.cue_start, span.cue_end)
            if found:
                return found.day, found.source
            who = span.attribution
            if who.speaker and who.cue in {"said", "pronoun", "quote", "carry_over"}:
                found = self._setting_day(span)
                if found:
                    return found.day, found.source  # "said at the press conference"
            if who.cue in {"pronoun", "said"} and who.speaker:
                found = self._continued(span)
                if found:
                    return found.day, found.source  # "He added that ...": the same day
                event = self._event(span.story, who.speaker, span.start)
                if (
                    event is not None
                    and event.day is not None
                    and event.pos < span.start
                    and (
                        self._doc.text.find("\n\n", event.pos, span.start) < 0
                        # a person the story dated speaks on in later paragraphs, on that
                        # day, unless the cue gives a vague time of its own ("last week")
                        or (who.speaker_type == "person" and not self._vague_cue(span))
                        # a relayed leader's words: the day the briefing gave the event
                        or (who.reported_by and self._doc.genre == "transcript")
                    )
                ):
                    # "Han Zheng attended the ceremony yesterday. He pointed out that ...":
                    # the day the paragraph gives the speaker.
                    return event.day, event.source
            if who.cue == "according_to":
                found = self._in_clause(span.frame_start, span.frame_end)
                if found is None and who.speaker:
                    # "The IMF on Tuesday raised its forecast to 4.6 percent, according to its
                    # latest outlook": the sentence's own day dates its source's figure.
                    # ", which on Friday put ..." after the figure dates only its own clause
                    rel = _RELATIVE_RE.search(self._doc.text, offset, span.end)
                    found = None
                    for at, _, expr in self._days.within(
                        span.start, rel.start() if rel else span.end
                    ):
                        if _COMPARED_DAY_RE.search(self._doc.text, max(span.start, at - 40), at):
                            continue  # "up from 45 per cent on Monday": the earlier value's day
                        found = self._resolve(expr)
                        if found:
                            break
                    if found is not None and found.source not in _EVENT_SOURCES:
                        found = None  # "rainfall from 1st June to 13th August": a period
                if (
                    found is None
                    and who.speaker
                    and who.cue_text
                    and (" also " in who.cue_text or who.cue_text.lower().startswith("the "))
                ):
                    # "The survey, released on Tuesday, showed ... The survey also showed",
                    # "... data from the EPB released yesterday. ..., the EPB data showed": the
                    # day the story gave that source's release
                    found = self._continued(span) or self._same_source_day(span)
                if found:
                    return found.day, found.source
            if (
                who.reported_by
                and who.speaker_type == "person"
                and who.cue in {"said", "pronoun", "carry_over", "quote"}
                and self._doc.genre == "transcript"
                and span.frame_start is not None
                and self.briefing
                and story is not None
                and story <= self.dateline
            ):
                return self.briefing, "briefing"  # relayed at the briefing, on its day
            if who.reported_by and span.frame_start is not None:
                # "Mao Ning said on Tuesday that Wang Yi stressed ...": with no day of their
                # own, relayed words are dated the day they were relayed.
                found = self._in_clause(span.frame_start, span.frame_end)
                if found:
                    return found.day, found.source
            # Otherwise relayed words the text gives no day for keep the page's day, as every
            # gold file dates them: the day the page reports them.
            if story is not None and story > self.dateline and who.speaker:
                event = self._event(span.story, who.speaker, span.start + 1)
                if event and event.day is not None and event.pos <= span.start:
                    return event.day, event.source
        if story is None or (
            story > self.dateline and self._doc.genre not in {"transcript", "speech"}
        ):
            return None, None  # a second story of a news page: its day is its own
        if self.briefing and (self._doc.genre in {"transcript", "speech"} or not self.published):
            return self.briefing, "briefing"  # a speech published the day after it was given
        if self.published:
            return self.published, "published"
        return None, None


# a day the text names relative to the page ("on Monday", "yesterday"), and also a written date
_EVENT_SOURCES = frozenset({"weekday", "relative"})
_DAY_SOURCES = _EVENT_SOURCES | {"explicit"}
_VAGUE_TIME_RE = re.compile(
    r"\b(?:last|earlier this|earlier in the|this)\s+(?:week|month|year|weekend)\b|\brecently\b|"
    r"\b(?:a few|several|two|three) days ago\b"
)
# A day that dates data, not an event: "as of July 20", "since Monday", "through June 30".
_DATA_DAY_RE = re.compile(
    r"\b(?:as\s+of|since|until|through|by|from|to|between|(?:ended|ending|ends)(?:\s+on)?)\s+$"
)
# A cue's setting: "at a press conference", "told the meeting", "during the briefing".
_SETTING_RE = re.compile(
    r"\b(?:at|during|told|to|in)\s+(?:the|a|an|its|this|that|Thursday's|the\s+same)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?P<noun>press conference|news conference|press briefing|briefing|"
    r"meeting|summit|forum|hearing|conference call|conference|ceremony|session|committee|"
    r"inquiry|panel|court|tribunal|inquest|trial|jury)\b",
    re.IGNORECASE,
)
_PROSE_RE = re.compile(r"[a-z]{2,}[.!?][\"”’]?(?:\s|$)")
_COMPARED_DAY_RE = re.compile(
    r"\b(?:from|with|against|versus|than)\s+[^,;.]{0,25}\d[^,;]{0,15}?\s*\Z", re.IGNORECASE
)
_RELATIVE_RE = re.compile(r",\s+(?:which|who)\b")
# A sentence that opens on someone's remarks at an event the paragraph has just dated.
_REMARKS_RE = re.compile(
    r"\s*(?:In|During|Throughout)\s+(?:his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:remarks|speech|address|statement|intervention|presentation)\b"
)
_LEAD_CLAUSE_RE = re.compile(
    # "Reviewing ...", but not a place: "Beijing", "Nanjing", "Chongqing"
    r"\s*(?:At|During|In|On|When|While|After|[A-Z][a-z]+(?<![jq])ing)\b[^,.]{0,100}$"
)
_LABEL_HEAD_RE = re.compile(r"^[^:\n]{1,60}:\s*")  # "Lin Jian: " before a sentence


def _has_word(text: str, form: str) -> bool:
    """Whether ``form`` occurs in ``text`` with no word character either side.

    >>> _has_word("Mao Ning said", "Mao"), _has_word("Maon said", "Mao")
    (True, False)
    """
    i = text.find(form)
    while i >= 0:
        j = i + len(form)
        if (i == 0 or not _is_word(text[i - 1])) and (j == len(text) or not _is_word(text[j])):
            return True
        i = text.find(form, i + 1)
    return False


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _quoted(chunk: str, pos: int) -> bool:
    return (chunk[:pos].count("“") > chunk[:pos].count("”")) or chunk[:pos].count('"') % 2 == 1


def stated_dates(document: Document, attributions: Attributions | None = None) -> StatedDates:
    """The day each claim in a document was stated.

    Args:
        document: a segmented document.
        attributions: the document's :func:`attribute` answers, when already computed.

    Returns:
        A :class:`StatedDates` to query with ``.at(offset)``.
    """
    return StatedDates(document, attributions or attribute(document))
