"""Who asserts what: attribute every offset of a document to its speaker.

:func:`attribute` reads a segmented :class:`~claimgraph.models.Document` once and returns an
:class:`Attributions`, queried per number with :meth:`Attributions.at`. The cues it reads, in
order of strength: transcript turns (``Mao Ning: ...``, ``Reuters: ...``), direct quotes with a
named speaker (``"...," said Mao``), reported speech (``Guo Jiakun said that ...``,
``..., Guo told a press conference``), sources (``according to X``, ``data from X showed``,
``X released a report``), a byline (``Speech by Cai Wu, ...``), pronouns (``He noted that``)
and carry-over to the following sentences. The page's own voice has no speaker.

Attribution never crosses a story. Inside a turn or a bylined text, a sentence reporting
someone else's words is nested reporting: that person speaks, ``reported_by`` the turn's
speaker.

>>> from claimgraph.models import Document
>>> text = 'GDP grew 5% last year, said Foreign Ministry spokeswoman Mao Ning on Tuesday.'
>>> who = attribute(Document(id="d", name="d.txt", text=text)).at(9)
>>> (who.speaker, who.role, who.organization, who.cue)
('Mao Ning', 'spokeswoman', 'Foreign Ministry', 'said')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from claimgraph.extract.names import (
    ARTICLE_NAME_RE,
    CORPORATE_END_RE,
    COUNTRIES,
    DESCRIBED_BODY,
    FIRST_NAME_COUNTRIES,
    GROUP_NOUNS,
    NAME_PARTICLES,
    ORG_ALIASES,
    ORG_HEADS,
    OUTLETS,
    PLACE_ENDS,
    PORTFOLIO_WORDS,
    ROLE_SINGLE_WORDS,
    ROLE_WORDS,
    SPEECH_VERBS,
    canonical_org,
    clean_label,
    gender_of,
    is_name_token,
    is_organization,
    looks_like_person,
    split_title,
    strip_stop,
    with_corporate_stop,
)
from claimgraph.ingest.segment import parse_label
from claimgraph.models import BlockKind, Cue, Document, normalise_key

__all__ = ["Attribution", "AttributionSpan", "Attributions", "attribute"]

SpeakerType = Literal["person", "organization"]

CONFIDENCE: dict[str, float] = {
    "turn": 0.95,
    "quote": 0.95,
    "said": 0.9,
    "question": 0.9,
    "according_to": 0.85,
    "byline": 0.85,
    "pronoun": 0.75,
    "carry_over": 0.7,
    "none": 0.0,
}


class Attribution(BaseModel):
    """Who asserts what is written at one offset, and the cue that says so."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    speaker: str | None = Field(None, description="Canonical full name, or null (page voice).")
    speaker_type: SpeakerType | None = Field(None, description="person or organization.")
    role: str | None = Field(None, description="Role as the text gives it ('spokeswoman').")
    organization: str | None = Field(None, description="Organisation the text gives.")
    reported_by: str | None = Field(None, description="Who relays the speaker's words.")
    cue: Cue = Field("none", description="Which cue attributed the speaker.")
    cue_text: str | None = Field(None, description="The words of the cue as written.")
    confidence: float = Field(0.0, ge=0, le=1, description="How sure the attribution is.")


NONE = Attribution()


class AttributionSpan(BaseModel):
    """A span of text with one attribution, and where its cue was read (for dates)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(..., ge=0, description="First offset covered.")
    end: int = Field(..., ge=0, description="One past the last offset covered.")
    story: int = Field(0, ge=0, description="Index of the story (0-based) the span is in.")
    quote: bool = Field(False, description="Whether the span is a direct quote.")
    attribution: Attribution = Field(..., description="Who speaks in the span.")
    cue_start: int | None = Field(None, description="Start of the clause holding the cue.")
    cue_end: int | None = Field(None, description="End of the clause holding the cue.")
    frame_start: int | None = Field(
        None, description="Start of the cue of the turn or byline that relays a nested span."
    )
    frame_end: int | None = Field(None, description="End of that frame cue.")


class Attributions:
    """The attribution of one document, built once by :func:`attribute`, queried per offset."""

    def __init__(
        self,
        spans: list[AttributionSpan],
        people: dict[str, tuple[str, ...]],
        stories: list[tuple[int, int]],
    ) -> None:
        self._spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
        self._people = people
        self._stories = stories
        self._starts = [s.start for s in self._spans]
        self._story_index = _StoryIndex(stories)

    def span_at(self, offset: int) -> AttributionSpan | None:
        """The innermost span covering ``offset`` (a quote inside a sentence wins), or None."""
        i = bisect.bisect_right(self._starts, offset)
        best: AttributionSpan | None = None
        for span in reversed(self._spans[max(0, i - 64) : i]):
            if span.start <= offset < span.end and (
                best is None
                or (span.quote, best.end - best.start) > (best.quote, span.end - span.start)
            ):
                best = span
        return best

    def at(self, offset: int) -> Attribution:
        """Who asserts what is written at ``offset`` (the page's voice when nobody does)."""
        span = self.span_at(offset)
        return span.attribution if span else NONE

    def story_of(self, offset: int) -> int | None:
        """Index of the story holding ``offset``, or None outside every story."""
        return self._story_index(offset)

    @property
    def stories(self) -> list[tuple[int, int]]:
        """The (start, end) of each story, in document order."""
        return list(self._stories)

    def spans(self) -> Iterator[AttributionSpan]:
        """Every span, in document order."""
        return iter(self._spans)

    def people(self) -> dict[str, tuple[str, ...]]:
        """Canonical name -> the aliases seen for it in this document."""
        return dict(self._people)


class _StoryIndex:
    """The first story (in document order) holding an offset, found by bisection."""

    def __init__(self, stories: list[tuple[int, int]]) -> None:
        self._stories = stories
        self._sorted = sorted((a, b, i) for i, (a, b) in enumerate(stories))
        self._starts = [a for a, _, _ in self._sorted]
        self._nested = any(
            x[1] > y[0] for x, y in zip(self._sorted, self._sorted[1:], strict=False)
        )

    def __call__(self, offset: int) -> int | None:
        if self._nested:  # overlapping stories (never made by ingest): the plain scan
            return next((i for i, (a, b) in enumerate(self._stories) if a <= offset < b), None)
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and offset < self._sorted[k][1]:
            return self._sorted[k][2]
        return None


# =========================================================================== layout
@dataclass
class _Sentence:
    start: int
    end: int


@dataclass
class _Para:
    start: int
    end: int
    story: int
    turn: int | None
    sentences: list[_Sentence] = field(default_factory=list)


@dataclass
class _Turn:
    start: int
    end: int
    label: str
    role: str | None


@dataclass
class _Layout:
    stories: list[tuple[int, int]]
    turns: list[_Turn]
    paras: list[_Para]


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|St|Co|Cos|Corp|Pty|Plc|Bros|Ltd|Inc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"vs|etc|Gen|Col|Lt|Sen|Rep|Gov|Prof|approx)|\b[A-Z]|\b(?:U\.S|U\.K|U\.N|e\.g|i\.e))\.$"
)
_SENT_END = re.compile(r"[.!?]+[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9À-Þ])")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Split a paragraph into sentence spans (absolute offsets), keeping abbreviations whole.

    >>> t = 'Mr. Wang said 5%. "It rose," he said. U.S. data came.'
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Wang said 5%.', '"It rose," he said.', 'U.S. data came.']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        head = text[pos : m.start() + 1]
        if _ABBREV.search(head):
            continue
        end = m.end()
        while end > pos and text[end - 1].isspace():
            end -= 1
        spans.append((start + pos, start + end))
        pos = m.end()
    tail_end = len(text.rstrip())
    if tail_end > pos:
        spans.append((start + pos, start + tail_end))
    return spans


_LABEL_RE = re.compile(
    r"^[ \t]*(?P<label>\[?[A-ZÀ-ÞĀ-ž][\w .'’\-]{0,48}?\]?(?:[ \t]*\([A-ZÀ-ÞĀ-ž][^()\n]{0,40}\))?)"
    r"[ \t]*:[ \t]*"
    r"(?:\(\d{1,2}:\d{2}(?::\d{2})?\))?"
)


def _label_of(line: str) -> tuple[str, int] | None:
    """A turn label at the start of a line: (label, length of the label part)."""
    m = _LABEL_RE.match(line)
    if not m:
        return None
    label = m.group("label").strip()
    if label in {"Q", "A"}:
        return label, m.end()
    if parse_label(line) is None:
        return None  # ingest's grammar says no label: "PRESS RELEASE NO:", "South Asia:"
    words = label.strip("[]").split()
    if not 1 <= len(words) <= 5:
        return None
    name, _ = clean_label(label)
    if "(" in label:
        # "QUESTION (Reuters):", "Q (NHK):" (an outlet asking), never "Jo Hale (Con):"
        return (label, m.end()) if is_organization(name) else None
    if is_organization(label) or (label.isupper() and len(label) > 3) or label.startswith("["):
        return label, m.end()
    if looks_like_person(name) and len(name.split()) >= 2:
        return label, m.end()
    return None


# The sector headings of humanitarian situation reports and flash updates.
_SECTOR_HEADINGS = frozenset(
    "wash shelter health nutrition protection education logistics telecommunications "
    "coordination livelihoods agriculture cccm".split()
    + [
        "food security",
        "early recovery",
        "camp coordination",
        "emergency telecommunications",
        "water, sanitation and hygiene",
        "gender-based violence",
        "child protection",
    ]
)


@lru_cache(maxsize=4)
def _lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case (read once a document)."""
    return frozenset(_LOWER_WORD_RE.findall(text))


@lru_cache(maxsize=4)
def _inner_caps(text: str) -> frozenset[str]:
    """The capitalised words a text writes inside a sentence (read once a document)."""
    return frozenset(_INNER_CAP_RE.findall(text))


def _plausible_label(label: str | None, lower_words: frozenset[str]) -> bool:
    """Whether a turn label in a news page can name a speaker (not a list heading)."""
    if not label:
        return True
    name, _ = clean_label(label)
    words = [w for w in name.split() if w[:1].isalpha()]
    low = name.lower()
    if low in COUNTRIES or low in _SECTOR_HEADINGS:
        return False  # "Fiji: Tropical Cyclone ...", "WASH: ...", "Food Security: ..."
    if not words or name.upper() in _ANONYMOUS_LABELS or is_organization(name):
        return True
    if len(words) == 1 and words[0].endswith("s") and not words[0].endswith("ss"):
        return False  # "Partners:", "Attachments:": a plural common noun heads a list
    return not any(
        w.lower() in lower_words and w.lower() not in _ROLE_SET and w.lower() not in _CONNECT
        for w in words
    )


def _layout(document: Document) -> _Layout:
    """Stories, turns, paragraphs and sentences from the blocks, filling what ingest left out."""
    text = document.text
    blocks = document.blocks
    stories = [(b.start, b.end) for b in blocks if b.kind == BlockKind.STORY]
    if not stories:
        stories = [(0, len(text))]
    furniture = sorted((b.start, b.end) for b in blocks if b.kind == BlockKind.FURNITURE)
    f_starts = [fa for fa, _ in furniture]
    f_reach: list[int] = []  # the furthest end of any furniture block starting at or before
    for _, fb in furniture:
        f_reach.append(max(fb, f_reach[-1]) if f_reach else fb)
    story_of = _StoryIndex(stories)
    turn_blocks = [b for b in blocks if b.kind == BlockKind.TURN]
    para_blocks = [(b.start, b.end) for b in blocks if b.kind == BlockKind.PARAGRAPH]
    sent_blocks = sorted((b.start, b.end) for b in blocks if b.kind == BlockKind.SENTENCE)

    def in_furniture(a: int, b: int) -> bool:
        k = bisect.bisect_right(f_starts, a) - 1
        return k >= 0 and f_reach[k] >= b

    if not para_blocks:
        para_blocks = []
        for sa, sb in stories:
            pos = sa
            for line in text[sa:sb].split("\n"):
                a, b = pos, pos + len(line)
                pos = b + 1
                stripped = line.strip()
                if stripped:
                    lead = len(line) - len(line.lstrip())
                    para_blocks.append((a + lead, a + lead + len(stripped)))
    para_blocks = sorted(p for p in para_blocks if not in_furniture(*p))

    news = document.genre not in ("transcript", "speech")
    had_turns = bool(turn_blocks)
    if turn_blocks and news:
        # In a news page, "Attachments:", "Bridge Closure:" or "Partners:" head lists: a label
        # made of words the page also writes in lower case names nobody.
        lower = _lower_words(text)
        turn_blocks = [tb for tb in turn_blocks if _plausible_label(tb.speaker_label, lower)]
    turns: list[_Turn] = []
    if turn_blocks:
        for tb in turn_blocks:
            turns.append(_Turn(tb.start, tb.end, tb.speaker_label or "", tb.turn_role))
        # A question labelled with its outlet ("QUESTION (Reuters):") that ingest left inside
        # another turn or outside every turn opens a turn of its own, to the next turn.
        starts = {t.start for t in turns}
        for a, b in para_blocks:
            found = _label_of(text[a:b]) if a not in starts and "(" in text[a : a + 60] else None
            if not found or "(" not in found[0]:
                continue
            end = b
            for t in turns:
                if t.start < a < t.end:
                    end, t.end = t.end, a
            turns.append(_Turn(a, end, found[0], "question"))
    elif not had_turns and (
        document.genre in ("transcript", "speech", "statement")
        or sum(1 for a, b in para_blocks if _label_of(text[a:b])) >= 2
    ):
        current: _Turn | None = None
        for a, b in para_blocks:
            found = _label_of(text[a:b])
            if found and news and not _plausible_label(found[0], _lower_words(text)):
                found = None
            if found:
                if current:
                    turns.append(current)
                current = _Turn(a, b, found[0], None)
            elif current:
                current.end = b
        if current:
            turns.append(current)
        # A turn never runs past its story.
        for t in turns:
            k = story_of(t.start)
            if k is not None:
                t.end = min(t.end, stories[k][1])

    turns.sort(key=lambda t: t.start)
    turn_starts = [t.start for t in turns]
    paras: list[_Para] = []
    for a, b in para_blocks:
        story = story_of(a)
        if story is None:
            continue
        k = bisect.bisect_right(turn_starts, a) - 1
        turn = k if k >= 0 and turns[k].start <= a < turns[k].end else None
        para = _Para(a, b, story, turn)
        lo = bisect.bisect_left(sent_blocks, (a, -1))
        hi = bisect.bisect_right(sent_blocks, (b, b))
        inside = [(x, y) for x, y in sent_blocks[lo:hi] if y <= b and not in_furniture(x, y)]
        if not inside:
            inside = split_sentences(text[a:b], a)
        para.sentences = [_Sentence(x, y) for x, y in inside]
        paras.append(para)
    return _Layout(stories, turns, paras)


# =========================================================================== people
@dataclass
class _Person:
    name: str
    kind: SpeakerType
    role: str | None = None
    org: str | None = None
    gender: str | None = None
    aliases: set[str] = field(default_factory=set)


def _named_person(phrase: str) -> bool:
    """Whether a phrase is a titled person ("Minister Whitlock", "Queensland Minister Kate
    Morrissey"), not a portfolio ("Minister of Agriculture", "Commissioner for Energy")."""
    phrase = _TRAILING_LOWER_RE.sub("", phrase.strip())
    name, title, _ = split_title(phrase)
    if title is None or not looks_like_person(name) or not phrase.endswith(name):
        return False
    before = phrase[: len(phrase) - len(name)].split()
    return not before or before[-1].lower() not in {"of", "for", "and", "the", "on", "to"}


def _first_of_pair(phrase: str) -> str | None:
    """The first of two people a subject joins with "and", else None.

    >>> _first_of_pair("Minister Whitlock and Queensland Minister Morrissey")
    'Minister Whitlock'
    >>> _first_of_pair("Health and Social Care Secretary Wes Streeting") is None
    True
    """
    at = phrase.find(" and ")
    while at >= 0:
        left, right = phrase[:at], phrase[at + 5 :]
        if _named_person(left) and _named_person(right):
            return left
        at = phrase.find(" and ", at + 5)
    return None


_TRAILING_LOWER_RE = re.compile(r"(?:\s+[a-z][\w\-]*)+$")


class _Registry:
    """The people and organisations of one document, with their aliases."""

    def __init__(self) -> None:
        self.people: dict[str, _Person] = {}
        self.changes = 0  # bumped on every new name or alias, to refresh the indexes
        self._forms: dict[str, set[str]] = {}
        self._keys: dict[str, str] = {}
        self._tokens: dict[str, set[str]] = {}
        self.order: dict[str, int] = {}
        self._built = -1

    def alias(self, person: _Person, alias: str) -> None:
        """Record another written form of a person's or organisation's name."""
        if alias not in person.aliases:
            person.aliases.add(alias)
            self.changes += 1

    def _index(self) -> None:
        if self._built == self.changes:
            return
        self._forms, self._keys, self._tokens = {}, {}, {}
        self.order = {name: k for k, name in enumerate(self.people)}
        for p in self.people.values():
            for form in {p.name, *p.aliases}:
                self._keys.setdefault(form.lower(), p.name)
            if p.kind != "person":
                continue
            tokens = p.name.split()
            for t in tokens:
                self._tokens.setdefault(t, set()).add(p.name)
            for form in {p.name, *p.aliases, tokens[0], tokens[-1]}:
                if len(form) > 1:
                    self._forms.setdefault(form.replace("’", "'"), set()).add(p.name)
        self._built = self.changes

    def forms(self) -> dict[str, set[str]]:
        """Every written form of each person (name, aliases, first and last token) -> names."""
        self._index()
        return self._forms

    def add(
        self,
        name: str,
        kind: SpeakerType,
        role: str | None = None,
        org: str | None = None,
        gender: str | None = None,
    ) -> _Person:
        name = strip_stop(" ".join(name.split()).strip(" ,;:").replace("’", "'"))
        if kind == "person":
            name = _MEMBER_RE.sub("", name) or name  # "James Browne TD"
            words = name.split()
            while len(words) > 1 and words[0].lower().rstrip(".") in _NAME_HONORIFICS:
                words = words[1:]  # "Shri Sonowal", "Dr Amara Kone": the person
            while (
                len(words) > 2
                and words[0].lower() in PORTFOLIO_WORDS
                and looks_like_person(" ".join(words[1:]))
            ):
                words = words[1:]  # "Energy Chris Wright": the end of "Secretary of Energy"
            name = " ".join(words)
        canonical = self.resolve(name, kind) or name
        if canonical != name and len(name.split()) > len(canonical.split()) and (kind == "person"):
            # A fuller name for someone seen by surname first.
            old = self.people.pop(canonical)
            old.aliases.add(old.name)
            old.name = name
            self.people[name] = old
            canonical = name
            self.changes += 1
        if canonical not in self.people:
            self.people[canonical] = _Person(canonical, kind)
            self.changes += 1
        person = self.people[canonical]
        if canonical != name:
            self.alias(person, name)
        person.role = person.role or role
        person.org = person.org or org
        person.gender = person.gender or gender
        return person

    def resolve(self, surface: str, kind: SpeakerType | None = None) -> str | None:
        """The canonical name a surface form refers to, if a known entry matches."""
        surface = strip_stop(" ".join(surface.split()).strip(" ,;:"))
        if surface in self.people:
            return surface
        self._index()
        known = self._keys.get(surface.lower())
        if known is not None:
            return known
        if kind == "organization":
            return None
        tokens = surface.split()
        if not tokens:
            return None
        pool = self._tokens.get(tokens[0], set())
        matches = sorted(
            name
            for name in pool
            if len(tokens) < len(name.split()) and all(t in name.split() for t in tokens)
        )
        if len(matches) == 1:
            return matches[0]
        return None

    def person(self, name: str | None) -> _Person | None:
        return self.people.get(name) if name else None


_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Madam|Prof|Shri|Smt|Shrimati|Sri)\.?[ \t]+)"
_CAP = r"[A-ZÀ-ÞĀ-ž][\w'’\-]*"
# A capitalised name word, never a possessive ("Guo Jiakun's Regular Press Conference").
_CAP_NAME = r"[A-ZÀ-ÞĀ-ž][\w\-]*(?:['’][A-Za-z][\w\-]*)?(?<!['’]s)"
_INITIAL = r"[A-Z]\."  # "S. Jaishankar", "Hans Henri P. Kluge"
_NAME = rf"{_HONORIFIC}?(?:(?:{_INITIAL}|{_CAP})[ \t]+){{1,3}}{_CAP}"
_APPOS_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME}),\s+(?i:(?:(?:a|an|the)\s+)?(?P<role>(?:[\w\-]+\s+){{0,3}}?"
    r"(?:spokesperson|spokesman|spokeswoman|minister|vice minister|ceo|director|director general|"
    r"director-general|secretary|secretary-general|ambassador|representative|chairman|"
    r"chairperson|president|founder|expert|head|chief|administrator|official|governor|"
    r"commissioner|deputy director general|professor|economist))"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>[^,;:()\n]+?))?)"
    r"(?=\s*(?:[,;:()\n]|\.(?:\s|$)|$))"
)
_ROLE_NAME_RE = re.compile(
    r"(?P<phrase>(?:[A-Z][\w’'\-]*[ \t]+){0,4}?"
    r"(?:spokeswoman|spokesman|spokesperson|[Mm]inister|[Pp]resident|[Pp]remier|"
    r"[Ss]tate [Cc]ouncilor|[Aa]mbassador|[Ss]ecretary|[Aa]dministrator|[Dd]irector-General|"
    r"[Ss]ecretary-General|[Cc]hairman|[Gg]overnor|[Ss]pokesperson)[ \t]+"
    rf"(?:{_HONORIFIC})?(?:{_INITIAL}[ \t]*{_CAP_NAME}|{_CAP_NAME}(?:[ \t]+{_CAP_NAME}){{0,2}}"
    r"(?![\w.])))"
)


_PORTFOLIO_BEFORE_RE = re.compile(r"\b(?:of|for|and|to)\s+$")
_BARE_NAME_RE = re.compile(rf"(?<![\w'’-]){_CAP}(?:[ \t]+{_CAP}){{1,2}}(?![\w'’-])")


def _tidy_org(org: str | None) -> str | None:
    if not org:
        return None
    org = _ACRONYM_END_RE.sub("", org.strip(" ,.;:"))
    org = _CO_END_RE.sub("", org)
    return org or None


# A role word _ROLE_NAME_RE needs; its matches never cross a line, so only lines holding
# one of these words are searched (the full pattern is slow where nothing can match).
_ROLE_HINT_RE = re.compile(
    r"[Ss]pokes(?:wo)?(?:man|person)|[Mm]inister|[Pp]resident|[Pp]remier|[Cc]ouncilor|"
    r"[Aa]mbassador|[Ss]ecretary|[Aa]dministrator|[Dd]irector-General|[Cc]hairman|[Gg]overnor"
)


def _role_name_matches(text: str) -> Iterator[re.Match[str]]:
    """``_ROLE_NAME_RE.finditer(text)``, searching only near the role words.

    A match holds at most four title words before its role word and a short name after it,
    all on one line: each role word is searched from a little before it (on a word boundary)
    to a little after it, and a match reaching the window's end is re-read to the line's end.
    """
    done = 0
    for hint in _ROLE_HINT_RE.finditer(text):
        h = hint.start()
        if h < done:
            continue
        line_start = text.rfind("\n", 0, h) + 1
        line_end = text.find("\n", hint.end())
        line_end = len(text) if line_end < 0 else line_end
        a = max(line_start, done)
        if h - a > _ROLE_REACH:
            space = text.find(" ", h - _ROLE_REACH, h)
            a = h if space < 0 else space + 1
        b = min(line_end, hint.end() + _ROLE_REACH)
        m = _ROLE_NAME_RE.search(text, a, b)
        if m is None:
            continue
        if m.end() == b < line_end:
            m = _ROLE_NAME_RE.match(text, m.start(), line_end) or m
        yield m
        done = m.end()


_ROLE_REACH = 160


def _collect_people(text: str, registry: _Registry) -> None:
    """Full names with their roles seen anywhere in the document (for 'Mao' -> 'Mao Ning')."""
    for m in _APPOS_RE.finditer(text):
        raw = m.group("name")
        honor = _HONORIFIC_RE.match(raw)
        name = raw[honor.end() :] if honor else raw
        if not looks_like_person(name):
            continue
        registry.add(
            name,
            "person",
            role=m.group("role").strip(),
            org=_tidy_org(m.group("org")),
            gender=gender_of(f"{raw} {m.group('role')}"),
        )
    surnames: list[tuple[str, str | None, str | None, str | None]] = []
    for m in _role_name_matches(text):
        name, role, org = split_title(m.group("phrase"))
        he = name.startswith("He ") and looks_like_person(name[3:])  # "Vice Premier He Lifeng"
        if (looks_like_person(name) or he) and len(name.split()) >= 2:
            registry.add(name, "person", role=role, org=_tidy_org(org), gender=gender_of(m[0]))
        elif role and looks_like_person(name):
            surnames.append((name, role, org, gender_of(m[0])))
    for name, role, org, gender in surnames:
        # "Secretary Blinken": the title of the full name the text gives elsewhere.
        full = registry.resolve(name, "person")
        if full is None:
            # "Antony Blinken ... Secretary Blinken": the full name the text gives, else the
            # surname alone.
            found = re.search(rf"\b((?:[A-ZÀ-ÞĀ-ž][\w'’\-]+\s+){{1,2}}){re.escape(name)}\b", text)
            # "the Honourable Claire Ouellette-Baird ... Minister Ouellette-Baird": no style
            given = _STYLE_RE.sub("", found.group(0)) if found else ""
            full = (
                given if given and looks_like_person(given) and not split_title(given)[1] else name
            )
        registry.add(full, "person", role=role, org=_tidy_org(org), gender=gender)
    if "(" in text:
        # "the Kenya Wildlife Service (KWS)": the acronym names the body wherever it is used.
        for m in _ORG_ACRONYM_RE.finditer(text):
            raw, acr = m.group("name"), m.group("acr")
            if not _initials_match(raw, acr):
                # "Chairman of the Suez Canal Authority (SCA)": the words the acronym spells
                words = raw.split()
                raw = next(
                    (
                        " ".join(words[i:])
                        for i in range(1, len(words) - 1)
                        if words[i][:1].isupper() and _initials_match(" ".join(words[i:]), acr)
                    ),
                    raw,
                )
            name = canonical_org(raw)
            if is_organization(name) and not looks_like_person(name):
                body = registry.add(registry.resolve(name, "organization") or name, "organization")
                registry.alias(body, m.group("acr"))


_ORG_ACRONYM_RE = re.compile(
    r"(?P<name>[A-ZÀ-ÞĀ-ž][\w'’&\-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-ZÀ-ÞĀ-ž][\w'’&\-]*){1,8})"
    r"\s+\((?P<acr>[A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÞĀ-ž]{1,7})\)"
)


# =========================================================================== cues
_VERBS = "|".join(re.escape(v) for v in SPEECH_VERBS)
_RELEASE = (
    r"released|publishe[sd]|issued|showed|shows|show|found|reported|estimated|projected|"
    r"recorded|registered|estimates|estimate|expects|expect|forecasts|forecast|projects|predicts|"
    r"guided|guides|projecting|forecasting|expecting|estimating|predicting|posted|posts"
)
# Verbs of expecting a figure: any named subject (a company, a person) states it, not only a
# body with an office ("Nordvik Steel forecast 5% growth", "Acme guided for margins of 8%").
_EXPECT_VERBS = frozenset(
    "estimated estimates estimate expects expect forecasts forecast projects projected predicts "
    "guided guides projecting forecasting expecting estimating predicting".split()
)
# Verbs whose subject is a source only when it is an organisation with an office, never a
# place ("Chile reported 1,200 cases", "The Western Region recorded").
_TALLY_VERBS = frozenset({"reported", "recorded", "registered", "posted", "posts"})
# "X reported an 8.4% rise in net profit", "reported a record loss": results, stated by X.
_RESULTS_AFTER_RE = re.compile(
    r"\s+(?:an?|its|record|net|quarterly|annual|first-quarter|second-quarter|third-quarter|"
    r"fourth-quarter)\b"
)
_LISTENER_VERBS = frozenset({"told", "tells", "briefed", "informed", "informs"})
# "X reported on Monday that ...": a statement, whoever X is.
_REPORTED_THAT_RE = re.compile(r"\s+(?:(?:on|last|this)\s+\w+\s+|yesterday\s+|today\s+)?that\b")
# Verbs of making something public: a source only when what is made public is data.
_PUBLISH_VERBS = frozenset({"released", "published", "publishes", "issued"})
_GEO_HEADS = frozenset(
    "region regions province state county district city country territory area zone "
    "municipality prefecture island islands".split()
)
_VERB_RE = re.compile(rf"\b(?P<verb>{_VERBS}|{_RELEASE})\b")
_AUX = {
    "has", "have", "had", "also", "then", "further", "again", "once", "solemnly", "later",
    "previously", "repeatedly", "already", "publicly", "recently", "earlier", "often",
    "today", "yesterday", "tonight", "separately", "jointly", "now", "still", "too",
    "meanwhile", "likewise", "similarly", "officially", "formally", "privately", "initially",
    "can", "could",
}  # fmt: skip
_CONNECT = {"of", "the", "for", "and", "in", "on", "al", "bin", "du", "to"} | NAME_PARTICLES
_CONNECT_NOT_THE = frozenset(_CONNECT - {"the"})
_PRONOUNS = {"he": "m", "she": "f", "it": "org"}
_ROLE_SET = {r.lower() for r in ROLE_WORDS}
# Words that open a phrase naming nobody in particular ("another analyst", "one resident").
_UNNAMED_LEADS = frozenset(
    "another one some several many other two three each any every certain".split()
)
# Labels of turns that name nobody: a reporter's question, an answer, the audience.
_ANONYMOUS_LABELS = frozenset(
    {"Q", "A", "", "QUESTION", "QUESTIONER", "REPORTER", "JOURNALIST", "AUDIENCE", "PARTICIPANT",
     # officials briefing on background: nobody named stands behind their figures
     "SENIOR ADMINISTRATION OFFICIAL", "ADMINISTRATION OFFICIAL", "SENIOR OFFICIAL",
     "SENIOR STATE DEPARTMENT OFFICIAL", "SENIOR DEFENSE OFFICIAL", "OFFICIAL"}
)  # fmt: skip
_SOURCE_NOUNS = (
    r"(?:survey|surveys|report|reports|data|statistics|figures|estimates?|study|poll|census|"
    r"analysis|assessment|forecast|calculations?|findings|modelling|modeling|research|"
    r"projections?|review|audit|maps?|tally|dashboard|database)"
)
_ACCORDING_RE = re.compile(
    r"\b(?i:according to)\s+(?:(?:a|an|the|its|latest|new|recent|official|preliminary|annual)\s+)*"
    rf"(?:(?:[a-z][\w\-]*\s+){{0,2}}{_SOURCE_NOUNS}\s+(?:of\s+[^,;A-Z]*?\s+)?"
    r"(?:by|from|of|(?:released|published|issued|compiled)\s+(?:(?:today|yesterday|on\s+\w+|"
    r"(?:last|this)\s+\w+|[A-Z][a-z]+day)\s+)?by)\s+(?:(?:the\s+)?(?:research|consultancy|data|analytics|"
    r"market\s+research|polling|analysis)\s+(?:firm|group|company|house|agency)\s+)?)?"
    r"(?P<src>(?:the\s+)?[A-ZÀ-ÞĀ-ž][^,;:()\n]*?(?:\s*\([A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÞĀ-ž]{1,7}\))?)"
    r"(?=\s*(?:[,;:()\n]|\.(?:\s|$)|$|\s+(?:and(?!\s+[A-ZÀ-ÞĀ-ž])|that|which|who|as|showed|shows)\s"
    r"|\s+(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today)\b))"
)
# "according to Peru's national El Nino study commission, ENFEN,": a description, then in
# apposition the body's own name (kept only when the description ends on a body or role noun).
_ACCORDING_APPOS_RE = re.compile(
    r"\b(?i:according to)\s+(?P<desc>(?:the\s+|its\s+|[A-ZÀ-ÞĀ-ž][\w\-]*['’]s\s+)"
    r"(?:[\w\-'’]+\s+){0,6}?(?P<head>[A-Za-z][\w\-]*)),\s+"
    r"(?P<src>[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+(?:of\s+)?[A-ZÀ-ÞĀ-ž][\w&\-]*){0,4})"
    r"(?=\s*[,.;:](?:\s|$)|\s*$)"
)
# "according to the U.N. refugee agency": a body wire copy describes instead of naming.
_ACCORDING_DESCRIBED_RE = re.compile(rf"\b(?i:according to)\s+(?P<src>{DESCRIBED_BODY})")
# "according to the national statistics agency INEGI": a description, then the body's name.
_ACCORDING_TITLED_RE = re.compile(
    r"\b(?i:according to)\s+(?:(?:the|its)\s+)?(?!(?:the|its)\s)(?:[a-z][\w'’\-]*\s+){1,4}"
    r"(?P<src>[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w&\-]*){0,3})(?=\s*[,;:.()\n]|\s*$)"
)
# "The Department for Education's annual attendance review, published on Thursday, found that
# ...": a body's own report states its figures.
_OWNER_REPORT_RE = re.compile(
    r"(?P<src>(?:[Tt]he\s+)?[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-ZÀ-ÞĀ-ž][\w&\-]*){0,6})"
    r"['’]s?\s+(?:(?:[a-z][\w\-]*|(?:[A-ZÀ-ÞĀ-ž][\w\-]*|and|of|on|for)(?=\s[\w\s]{0,60}?"
    r"(?i:report|review|survey|study|outlook|index|assessment)\b))\s+){0,8}"
    r"(?i:report|review|survey|study|analysis|data|figures|statistics|census|index|outlook|"
    r"assessment|estimates|bulletin|update|records|forecast|projections)"
    r"(?:\s+(?:for|on)\s+[A-ZÀ-ÞĀ-ž][\w\-]*)?"
    r"(?:\s*\([A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÞĀ-ž]{1,7}\))?"
    r"(?:,[^,\n]{0,80},)?\s+(?:which\s+|that\s+)?(?:also\s+)?(?:found|finds|shows|showed|show|"
    r"trims|trimmed|cuts|raises|raised|lowers|lowered|revises|revised|keeps|kept|"
    r"says|said|estimates|"
    r"estimated|projects|projected|warns|warned|suggests|suggested|revealed|reveals|indicates|"
    r"indicated)\b"
)
# "1,290 deaths were recorded by IOM's Missing Migrants Project": the passive's agent.
_PASSIVE_BY_RE = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:recorded|reported|estimated|counted|"
    r"documented|registered|confirmed|verified)\s+by\s+"
    r"(?P<src>(?:the\s+)?[A-ZÀ-ÞĀ-ž][^,;:()\n]*?(?:\s*\([A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÞĀ-ž]{1,7}\))?)"
    r"(?=\s*(?:[,;:()\n]|\.(?:\s|$)|$|\s+(?:since|in|on|during|this|last|so)\b))"
)
# "The IMF raised its growth forecast to 3.2%", "the central bank on Thursday lowered its
# 2026 growth forecast": a body revising its own forecast states the figure.
_REVISE_RE = re.compile(
    r"\b(?P<verb>raised|lowered|cut|revised|lifted|trimmed|upgraded|downgraded|kept|maintained|"
    r"raises|lowers|cuts|revises|lifts|trims|upgrades|downgrades)\s+(?:up\s+|down\s+)?"
    r"(?:its|their|his|her)\s+(?:[\w\-]+\s+){0,4}?(?:forecasts?|projections?|estimates?|outlook|"
    r"targets?|guidance)\b"
)
_DESCRIBED_END_RE = re.compile(rf"{DESCRIBED_BODY}\s*$")
# "the National Weather Service office in Davenport said": the body, not the place.
_OFFICE_WORD_RE = re.compile(r"\b(?:office|bureau|branch|station|headquarters)\b")
_OFFICE_IN_RE = re.compile(
    r"(?:the\s+)?[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+(?:of|for|and|the|[A-ZÀ-ÞĀ-ž][\w&\-]*))*"
    r"(?=\s+(?:office|bureau|branch|station|headquarters)\s+in\s+[A-ZÀ-ÞĀ-ž][\w\-]*"
    r"(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]*)?\s*$)"
)
# "according to the ministry's latest report": a body the text named before.
_ACCORDING_BODY_RE = re.compile(
    r"\b(?i:according to)\s+"
    # "according to preliminary figures from the agriculture ministry"
    r"(?:(?:[a-z][\w\-]*\s+){0,2}(?:figures|data|statistics|estimates)\s+(?:from|by|of)\s+)?"
    r"(?P<src>(?:the|its)\s+(?:[a-z][\w\-]*\s+){0,3}?"
    r"(?:ministry|agency|department|office|bureau|authority|authorities|institute|commission|"
    r"council|government|service|observatory|regulator|board|company|bank|fund|police|group|"
    r"division|directorate|"
    r"working group|panel|committee|task force))"
    r"(?=['’]s\s|\s*[,;:.\n]|\s*$|\s+(?:released|published|issued)\b)"
)
_FROM_SOURCE_RE = re.compile(
    rf"\b(?i:{_SOURCE_NOUNS})\s+(?:(?:released|published|issued)\s+(?:(?:today|yesterday|"
    r"on\s+\w+|this\s+\w+|last\s+\w+)\s+)?)?(?:by|from)\s+"
    r"(?:(?:online|travel|research|data|analytics|consultancy|industry|market|trade|ratings?|"
    r"property|consulting|brokerage|agency|firm|group|company)\s+){0,3}"
    r"(?P<src>(?:the\s+)?[A-ZÀ-ÞĀ-ž][^,;:()\n]*?)(?:\s*\([A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÞĀ-ž]{1,7}\))?"
    r"(?:\s+(?:on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\w+)|(?:last|this)\s+\w+|yesterday|today))?"
    r"\s+(?:showed|shows|show|indicated|indicate|found)\b"
)
# "Public Health Scotland data show that ...": a body's own figures.
_BODY_DATA_RE = re.compile(
    r"(?P<src>(?:[Tt]he\s+)?[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-ZÀ-ÞĀ-ž][\w&\-]*){0,6})"
    r"\s+(?:data|figures|statistics|estimates|numbers)\s+(?:also\s+)?(?:show|shows|showed|"
    r"suggest|suggests|indicate|indicates|reveal|reveals|revealed)\b"
)
# "An independent evaluation of the program, released last week by the Department of Health,
# Disability and Ageing, found that ...": the body that released the report.
_REPORT_RELEASED_BY_RE = re.compile(
    r"\b(?:report|review|evaluation|study|survey|analysis|assessment|audit|census|paper)\b"
    r"[^,.;]{0,60},\s+(?:released|published|commissioned|issued|conducted)\s+"
    r"(?:[^,.;]{0,30}?\s+)?by\s+"
    r"(?P<src>(?:the\s+)?[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-ZÀ-ÞĀ-ž][\w&\-]*)*"
    r"(?:,\s+[A-ZÀ-ÞĀ-ž][\w&\-]*)*(?:,?\s+and\s+[A-ZÀ-ÞĀ-ž][\w&\-]*)?),\s+"
    r"(?:found|finds|shows|showed|says|said|estimated|estimates|concluded|concludes)\b"
)
# "According to a report by the council's director of finance, Mark Ellison, ...": the author.
_REPORT_BY_PERSON_RE = re.compile(
    r"\b(?i:according to)\s+(?:a|an|the)\s+(?:(?:new|latest|recent|draft|internal|annual)\s+)*"
    rf"{_SOURCE_NOUNS}\s+(?:by|from)\s+(?P<appos>(?:the|a|an)\s+[^,;()\n]{{3,120}}?),\s+"
    rf"(?P<src>{_NAME})(?=\s*[,;.])"
)
# "According to the report, ...": the report the story named before, by its author or body.
_ACCORDING_REPORT_RE = re.compile(
    r"\b(?i:according to)\s+(?:the|its|this|that)\s+(?:same\s+|new\s+|latest\s+)?"
    r"(?:report|study|survey|review|data|figures|analysis|assessment|statement|release|"
    r"forecast|projections)(?=\s*[,;:.]|\s*$)"
)
# "The report says ...": the report a person was named the author of before.
_REPORT_SUBJECT_RE = re.compile(
    r"\b[Tt]he\s+(?:same\s+|draft\s+|council['’]s\s+)?(?:report|paper|data|figures|statistics|"
    r"survey|study|census|evaluation|review|audit|assessment|analysis)"
    # "The figures, published today, show": an aside on when it came out
    r"(?:,\s+(?:published|released|issued|out)\b[^,.;]{0,40},)?\s+(?:also\s+)?"
    r"(?:says|said|warns|warned|estimates|estimated|shows|showed|show|finds|found|find|notes|"
    r"noted|predicts|projects|concludes|adds|added|states|stated|suggest|suggests|indicate|"
    r"indicates)\b"
)
# "Home Office figures show", "Treasury analysis published today estimates that": the body.
_BODY_SOURCE_RE = re.compile(
    r"(?<![\w'’-])(?P<src>(?:U\.S\.\s+|U\.K\.\s+)?(?:[A-ZÀ-ÞĀ-ž][\w&'’\-]*\s+(?:(?:of|for|and)\s+"
    r"(?:the\s+)?)?){1,5}?|"
    r"customs\s+)"
    # "LSEG shipping data showed", "Kpler tanker-tracking data show"
    r"(?:(?:shipping|trade|tracking|tanker-tracking|ship-tracking|flight-tracking|survey|"
    r"market|industry|customs|government|official|preliminary|provisional)\s+)?"
    r"(?:analysis|figures|data|statistics|estimates|research|modelling|modeling|projections)\s+"
    r"(?:(?:published|released|out|issued)\s+)?(?:(?:today|yesterday|on\s+\w+|this\s+\w+|"
    r"last\s+\w+)\s+)?"
    r"(?P<verb>shows?|showed|showing|estimates?|estimated|suggests?|suggested|finds|found|"
    r"indicates?|indicated|indicating|reveals?|revealed|projects|predicts)\b"
)
# "A Harris poll released Tuesday has ...", "a new Ipsos survey shows": the pollster speaks.
_POLL_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:(?:new|latest|recent|fresh|separate|national|online|"
    r"weekly|monthly|annual)\s+)*(?P<src>[A-ZÀ-ÞĀ-ž][\w&/\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w&/\-]*){0,3})"
    r"(?:['’]s)?\s+(?:poll|survey|opinion poll|study)\b"
)
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_CONTINUATION_RE = re.compile(
    r"^\s*(?:Among (?:these|them|which)|Of (?:these|them|this|which)|In particular|"
    r"Specifically|Including|Of the total)\b"
)
_SUBORDINATORS = frozenset(
    "As When While Although Though Because Since After Before Once Unless Until If".split()
)
# A subject opening a subordinate clause after the main one: "..., after the council warned".
_SUBORDINATE_END_RE = re.compile(
    r",?\s+(?:after|when|while|because|since|before|until|once|although|though)\s+(?:the\s+)?$"
)
_COORDINATE_END_RE = re.compile(r",\s+(?:and|but)\s+(?:the\s+)?$")
# Verbs by which a country, as a state, states a figure ("Germany has said", "Japan pledged").
_COUNTRY_SPEECH_VERBS = frozenset(
    "said says say announced announces warned warns stated claimed insisted confirmed "
    "declared told".split()
)
_RELATIVE_END_RE = re.compile(r"\b(?:that|which)\s+(?:the\s+)?$")
# Words opening a sentence before its subject ("Yesterday the IEA said"): never the name's.
_TIME_OPENERS = frozenset(
    "Yesterday Today Tonight Earlier Later Meanwhile Separately However Also Now Then Still "
    "Overnight Recently But And Yet So Instead Indeed Nonetheless Nevertheless".split()
)
_AS_CLAUSE_RE = re.compile(
    r"^\s*(?:As|When|While|With|After|Before|Since|Although|Though|Because|Given)\b"
)
_QUOTE_RE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


# Patterns the cue readers use, compiled once.
_ACRONYM_END_RE = re.compile(r"\s*\([A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÞĀ-ž]{1,7}\)\s*$")  # "(GAC)", "(Defra)"
_CO_END_RE = re.compile(r"\s+Co$")
_HONORIFIC_RE = re.compile(_HONORIFIC)
# Words of address before a surname that no role list holds: "Detective Brown", "Sheikh Ali".
_FORMS_OF_ADDRESS = frozenset(
    "coach justice father sister rabbi imam pastor bishop cardinal sheikh prince princess lord "
    "lady dame brother reverend corporal private trooper agent nurse doctor".split()
)
_DEFINITE_ROLE_RE = re.compile(r"(?:the|this|that)\s+([\w\-\s]+)")
_LEADING_THE_RE = re.compile(r"^the\s+")
_INDEFINITE_RE = re.compile(r"\b(?:a|an)\s")
_ACRONYM_TAIL_RE = re.compile(r"\s*\(([A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÞĀ-ž]{1,7})\)$")
_ARTICLE_END_RE = re.compile(r"\b(?:the|a|an)\s*$")
_TIME_LEAD_RE = re.compile(r"\s*(?:On|At|In|Yesterday|Today|Last|This|Earlier|Later)\b")
_RELEASE_RE = re.compile(_RELEASE)
_QUOTE_AHEAD_RE = re.compile(r"[^“\"]{0,30}?[,:]?\s*[“\"]")
_THAT_RE = re.compile(r"\s+that\b")
_BE_END_RE = re.compile(r"\s+(?:is|are|was|were)(?:\s+(?:now|also|still))?\s*$")
_AUX_END_RE = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(_AUX)) + r")|,\s*(?:however|meanwhile|though|too|also|"
    r"in turn|for (?:his|her|its|their) part),)+\s*$"
)
_REPORT_END_RE = re.compile(rf"['’]s\s+(?:latest\s+|new\s+|annual\s+)?{_SOURCE_NOUNS}\s*$")
_APPOS_ROLES = "|".join(
    sorted(
        (
            re.escape(r)
            for r in ROLE_WORDS
            if r[:1].isalpha() and not r.endswith(".") and len(r) > 3
        ),
        key=len,
        reverse=True,
    )
)
_APPOS_END_RE = re.compile(
    # an age may precede the apposition: "Tom Brandt, 67, who voted against it, said"
    r"(?:,\s+\d{1,3}(?=,)|\s*\(\d{1,3}\)(?=,))?"  # "Sunita Gawde (54), who runs ..."
    r",\s+((?:a|an|the)\s+[^,]{3,160}?|(?:who|which|in charge of|responsible for|speaking|"
    r"writing|head of|chair of|\d{1,3})\b[^,]{0,160}?|whose\b(?:[^,]|,(?=\d)){0,160}?|"
    # a bare role of a body: "Lyu Dalin, director of the statistics department, said"
    rf"(?:(?i:deputy|chief|senior|acting|assistant|principal)\s+)?(?:[a-z][\w\-]*\s+){{0,2}}"
    rf"(?i:{_APPOS_ROLES})\s+(?:of|for|at|in)\s+[^,]{{2,120}}?|"
    rf"(?:[A-ZÀ-ÞĀ-ž][\w'’&\-]*\s+){{1,4}}(?:[a-z][\w\-]*\s+){{0,2}}(?:{_APPOS_ROLES})\b[^,]{{0,100}}?|"
    # a body described by its place and rank: "Nuri Telecom, South Korea's third-largest
    # mobile carrier, said"
    rf"[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]*)?['’]s\s+(?:[a-z][\w\-]*\s+){{0,3}}(?:carrier|airline|bank|lender|company|firm|group|operator|producer|[a-z]*maker|retailer|"
    r"insurer|miner|exporter|conglomerate|giant|supplier|developer|refiner|telecom))"
    r",?\s*$"
)
_PRONOUN_END_RE = re.compile(r"\b(He|She|he|she|It|it)\s*$")
_ROLE_END_RE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+([\w\-]+)\s*$")
# Nouns for a body referred back to ("the board said", "the national railway operator said").
_BODY_NOUNS = (
    "board|ministry|company|agency|operator|bank|group|government|commission|department|"
    "council|authority|regulator|firm|institute|office|fund|union|organi[sz]ation|association|"
    "corporation|utility|insurer|airline|carrier|lender|miner|producer|exporter|retailer|"
    "manufacturer|bureau|observatory|service|programme|program|secretariat|court|police|army|"
    "[a-z]*maker|conglomerate|giant|brand|chain|supplier|refiner|developer|builder|shipper|"
    "broker|startup|grocer|supermarket|broadcaster|publisher|consultancy|watchdog|charity|"
    "exchange|force|guard|administration"
)
_BODY_NOUN_RE = re.compile(_BODY_NOUNS)
# Names of any kind of body ('Nordic Ferry Group' may be 'the national ferry operator').
_ANY_KIND_NOUNS = frozenset({"group", "company", "corporation", "firm", "conglomerate", "giant"})
_LAST_WORD_RE = re.compile(r"[\w\-]+\s*$")
_BODY_END_RE = re.compile(
    rf"\b[Tt]he\s+((?:(?:[a-z][\w\-]*(?:['’]s)?|(?:[A-ZÀ-ÞĀ-ž][\w\-]*,?\s+)?[A-ZÀ-ÞĀ-ž][\w\-]*-(?:based|listed|"
    r"headquartered|owned)|"
    r"[A-ZÀ-ÞĀ-ž][a-z]+(?:ese|ian|an|ish|i)|[A-Z]{2,6}(?:\s+\d{2,3})?)\s+)"
    rf"{{0,3}}(?:{_BODY_NOUNS}))\s*$"
)
# A body described by its place and rank: "South Korea's largest carmaker said".
_RANKED_BODY_END_RE = re.compile(
    r"(?:\b[Tt]he\s+)?(?:[A-ZÀ-ÞĀ-ž][\w\-]*\s+){0,2}[A-ZÀ-ÞĀ-ž][\w\-]*['’]s\s+"
    rf"(?P<body>(?:[a-z][\w\-]*\s+|No\.\s*\d+\s+){{0,3}}(?:{_BODY_NOUNS}))\s*$"
)
# People speaking for a body or a country: "Ghana Cocoa Board officials", "the Danish
# authorities".
_BODY_PEOPLE_END_RE = re.compile(
    r"(?:\b[Tt]he\s+)?(?P<body>(?:[A-ZÀ-ÞĀ-ž][\w'’&\-]*\s+(?:(?:of|for|and|the)\s+)*){1,6})"
    r"(?P<group>officials|authorities|staff|economists|analysts|researchers|experts|rangers|"
    r"inspectors|scientists|engineers|spokespeople|investigators|doctors)\s*$"
)
_BODY_PEOPLE = frozenset(
    {
        "officials",
        "authorities",
        "staff",
        "economists",
        "analysts",
        "researchers",
        "experts",
        "rangers",
        "inspectors",
        "scientists",
        "engineers",
        "spokespeople",
        "investigators",
        "doctors",
    }
)
_ORG_RUN_RE = re.compile(
    r"[A-ZÀ-ÞĀ-ž][\w'’&\-]*(?:[ \t]+(?:(?:of|for|and|on|the|de)[ \t]+)*[A-ZÀ-ÞĀ-ž][\w'’&\-]*)*"
)
# A name built on a possessive, with no title: "Lloyd's List", "Moody's Analytics".
_THE_START_RE = re.compile(r"^[Tt]he\s+")
_BODY_NAME_HEADS = frozenset(
    "college university institute institution school academy society association federation "
    "council commission committee board bank fund foundation centre center agency authority "
    "office bureau department ministry service union league chamber court tribunal".split()
)
_OFFICE_OF_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<role>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-ZÀ-Þ][\w&'’\-]*(?:\s+(?:of|for|and|the|[A-ZÀ-Þ][\w&'’\-]*)){0,6})"
)
_PERSON_OF_ORG_RE = re.compile(
    r"(?P<who>(?:[A-ZÀ-ÞĀ-ž][\w'’\-]*\s+){1,4}[A-ZÀ-ÞĀ-ž][\w'’\-]*)\s+(?:of|at|from)\s+"
    r"(?P<org>(?:the\s+)?[A-ZÀ-ÞĀ-ž][\w&'’\-]*(?:\s+(?:of|for|and|the|[A-ZÀ-ÞĀ-ž][\w&'’\-]*)){0,6})"
)
_DESCRIPTOR_WORDS = frozenset(
    "brokerage lender insurer carmaker automaker retailer miner producer exporter developer "
    "regulator operator broker consultancy consultant researcher pollster watchdog "
    # people described by what they do: "Farmer Lisa Coddington said"
    "farmer resident teacher nurse pensioner shopkeeper driver student worker villager owner "
    "fisherman rancher grower trader vendor shopper commuter parent retiree".split()
)
_INITIAL_RE = re.compile(r"[A-Z]\.")
_RANK_WORD_RE = re.compile(
    r"\b(?:largest|biggest|top|leading|No\.|second|third|main|state-run|state-owned|"
    r"[a-z]+est)\b"
)
_PLACE_BODY_RE = re.compile(
    r"(?P<place>[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]*)?)['’]s\s+"
    rf"(?P<body>(?:[a-z][\w\-]*\s+){{0,3}}(?:{_BODY_NOUNS}))"
)
_INSTITUTIONAL_LEAD_RE = re.compile(
    r"(?:the\s+)?(?:National|Federal|Royal|Central|International)\s"
)
# A name with a lowercase connector inside: a body, never a person ("Save the Elephants").
_CONNECTED_NAME_RE = re.compile(
    r"[A-ZÀ-ÞĀ-ž][\w'’\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w'’\-]*)*\s+(?:the|of|for|of\s+the|for\s+the)\s+"
    r"[A-ZÀ-ÞĀ-ž][\w'’\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w'’\-]*)*"
)
_PUBLICATION_WORDS = frozenset(
    "outlook report review survey index monitor update bulletin statistics data forecast "
    "yearbook census study plan strategy programme program prospects brief paper".split()
)
# Membership letters around a name: "James Browne TD", "Rachel Reeves MP", "TD Ann Lee".
_MEMBER_RE = re.compile(
    r"(?:\s+(?:MP|TD|MEP|MSP|MLA|MLC|MHA|MPP|KC|QC|MBE|OBE|CBE|KBE|DBE))+$|"
    r"^(?:(?:[Ll]ocal|[Ff]ormer)\s+|(?:[A-ZÀ-ÞĀ-ž][\w\-]*\s+){1,3}(?=(?:MS|MP|TD|MLA|MSP|MLC)\s))?"
    r"(?:TD|MP|MEP|MSP|MLA|MLC|MS)\s+(?=[A-ZÀ-ÞĀ-ž])"
)
# An outlet's or a body's person: "Al Jazeera's Farah Odhiambo", "the BBC's Lyse Doucet".
_OUTLET_PERSON_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<org>(?:Al\s+|The\s+)?[A-ZÀ-ÞĀ-ž][\w&.\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w&.\-]*){0,3})"
    r"['’]s\s+(?P<name>[A-ZÀ-ÞĀ-ž][\w\-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]+){1,2})"
)
# A named thing an organisation owns (a report, an office): "the ILO's World Employment and
# Social Outlook", "the World Bank's Beijing Office". The organisation speaks.
_OWNED_NAME_RE = re.compile(
    r"(?:[Tt]he\s+)?([A-ZÀ-ÞĀ-ž][\w&.\-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-ZÀ-ÞĀ-ž][\w&.\-]*){0,6})"
    r"['’]s\s+[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-ZÀ-ÞĀ-ž0-9][\w\-]*){0,6}"
)
# A subject that is a name ending in "'s" (a possessive needs a head): a company named for
# its founder.
_NAME_WITH_S_RE = re.compile(r"([A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]*){0,2})['’]s")
_POSSESSIVE_NAME_RE = re.compile(
    r"([A-ZÀ-ÞĀ-ž][\w\-]*)['’]s\s+[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]*)?"
)
# A subject naming nobody in particular, right before its speech verb (an appositive between):
# "Officials said", "Two aid officials, speaking on condition of anonymity, said", "a senior
# ministry official who asked not to be named said".
_UNNAMED_NOUNS = "|".join(
    sorted(
        GROUP_NOUNS
        | {"official", "analyst", "economist", "source", "diplomat", "resident", "witness",
           "expert", "person", "them"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_UNNAMED_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[\s,;:(\"“]))(?P<lead>"
    # "An EU official, who asked not to be named": capitals after an indefinite lead
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Aa]nother)\s+"
    rf"(?:(?:[a-z][\w\-]*|[A-Z][\w\-.]*)\s+){{1,4}}(?i:{_UNNAMED_NOUNS})(?=\s*,\s*who\b)|"
    r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]ome|"
    r"[Ss]everal|[Mm]any|[Oo]ther|[Aa]nother|[Mm]ost|[Tt]he)\s+(?:of\s+(?:the\s+)?)?)?"
    rf"(?:[a-z][\w\-]*\s+){{0,4}}(?i:{_UNNAMED_NOUNS}))"
    r"(?:\s+in\s+(?:the\s+)?[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]*)?"  # "Officials in Kyiv"
    # "Analysts at several foreign banks"
    r"|\s+(?:at|from|with)\s+(?:several|some|many|other|two|three|four|major|foreign|big|"
    r"large|global|local|leading|[a-z]+)(?:\s+[a-z][\w\-]*){0,3})?"
    # "people familiar with the matter", "sources close to the talks"
    r"(?:\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|involved\s+in|"
    r"knowledgeable\s+about|aware\s+of)\s+(?:[\w'’\-]+\s+){0,5}?[\w'’\-]+)?"
    r"(?:\s*,\s*(?:who|speaking|citing|because|as)\b[^,]{0,160},)?"
    r"(?:\s+(?:have|has|had|also|later|privately|separately))*\s*$"
)
# Verbs by which "it" (an organisation) states a figure: "..., it added", "It expects ...".
_IT_VERBS = frozenset(
    "said says added adds noted notes warned warns estimated estimates expects expected "
    "reported reports stated told forecast forecasts projects projected predicted predicts "
    "showed shows".split()
)
_STYLE_RE = re.compile(r"^(?:[Tt]he\s+)?(?:Rt\.?\s+)?(?:Hon(?:ourable|orable)?\.?)\s+")
# Commons courtesies before a member's office: "my right hon. Friend the Chancellor".
_FRIEND_RE = re.compile(
    r"^(?:(?:[Mm]y|[Tt]he|[Hh]is|[Hh]er|[Oo]ur)\s+)?(?:right\s+)?(?:hon\.?\s+)?"
    r"(?:and\s+(?:gallant|learned)\s+)?(?:Friend|Gentleman|Lady)\s+(?:the\s+)?(?=[A-Z])"
)
_BASED_RE = re.compile(
    r"^(?:the\s+)?(?:[A-ZÀ-ÞĀ-ž][\w\-]*,?\s+){0,2}[A-ZÀ-ÞĀ-ž][\w\-]*-(?:based|headquartered)\s+",
    re.I,
)
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "&", "de"})


_HEAD_OF_RE = re.compile(
    r"^(?:Chairman|Chairwoman|Chairperson|Chair|President|Director|Director-General|Head|"
    r"Governor|Minister|Secretary|Commissioner|Spokesperson|Spokesman|Spokeswoman)"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_COUNTRY_DELEGATE_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<c>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})['’]s\s+"
    r"(?:permanent\s+|deputy\s+permanent\s+)?(?:representative|delegate|delegation)"
)
_DOCTOR_RE = re.compile(
    r"(?:Dr|Prof|Professor|(?:Vice|Rear|Lt\.?|Maj\.?|Brig\.?)\s+(?:Adm|Gen)|Adm|Gen|Col|"
    r"Lt\.?\s+Col|Capt|Cmdr|Cdr|Sgt|Maj)\.?\s+(?=[A-ZÀ-Þ])"
)
_SITE_ENDS = frozenset(
    "park view hollow heights hill hills creek gardens square street road avenue bridge station "
    "airport harbour harbor port school hospital campus estate estates beach falls springs "
    "mall centre center market plaza".split()
)
# the heads of a body's units that ORG_HEADS and PLACE_ENDS do not already hold
_UNIT_HEADS = frozenset("division section branch directorate team desk".split())
_OPENING_NON_NAMES = frozenset(
    "outside inside across beyond despite meanwhile however elsewhere nationally overall "
    "separately nationwide besides throughout within without outwith along around "
    "among amid during after before under over".split()
)
_NUMBERED_WORDS = frozenset({"No", "Nos", "Vol", "Art", "Sec", "Para", "Ch"})
_COMMA_NAME_ACR_RE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w\-]*(?:,?\s+(?:and\s+|of\s+|for\s+|the\s+)*[A-ZÀ-Þ][\w\-]*){2,9})"
    r"\s*\((?P<acr>[A-Z][A-Za-z]{2,9})\)\s*$"
)


def _initials_match(name: str, acronym: str) -> bool:
    """Whether an acronym spells a name's capitalised words ("Human Rights Watch", "HRW").

    >>> _initials_match("Scottish and Southern Electricity Networks", "SSEN")
    True
    """
    words = [w for w in name.replace("the ", " ").split() if w.lower() not in _NAME_CONNECTORS]
    return len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym.upper()


# "<title> <Name> at|from <Org> said": the person before the body.
_PERSON_AT_RE = re.compile(
    r"(?P<name>(?:[A-Za-z][\w\-]*\s+){0,3}?[A-ZÀ-ÞĀ-ž][\w'’\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w'’\-]*){1,2})"
    r"\s+(?P<prep>at|from)\s+(?:the\s+)?$"
)
# A word ending in a full stop that does not end a sentence: "U.S.", "Mr.", "J.", "Gen.".
_ABBREVIATION_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z][a-z]?\.|"
    r"(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Co|Gen|Sen|Rep|Gov|Col|Lt|Capt|Prof|Rev|Sgt|Adm|Maj|Corp|Inc|"
    r"Ltd|Cos|Pty|Plc|PLC|LLC|Bros|No|Hon|Amb|Supt|Insp|Cmdr|Brig)\."
)
# Heads of public bodies, which a story names as bodies (unlike "the carmaker", "the company",
# which refer to the firm a story is about, whatever its name looks like).
_INSTITUTION_HEADS = frozenset(
    "bank ministry agency department office bureau authority government commission council "
    "court police army service fund institute observatory regulator secretariat board union "
    "association organisation organization".split()
)
_CONTINUES_RE = re.compile(
    r"\s*(?:[\"“]|(?:He|She|They|It|This|These|That|Such|Also|And|But|So)\b|"
    r"[A-Z][a-z]+ly,|[A-Z][a-z]+ing\b(?:\s+[a-z][\w'’\-]*){0,5},|(?:In|Of|On|At|By|For|With|From|Among|Over|Under|After|Before|During|Since|Across|Besides|"
    r"Including|Excluding|Meanwhile|However|Still|Overall|Altogether|Together|Separately|"
    r"Elsewhere|Additionally|Moreover|Furthermore|Similarly|Likewise|Last|This|Next|Earlier|"
    r"Later|As|Once|Until|Within|Apart|Compared|Despite|Instead|Previously|Currently|Today|"
    r"Now|Then|Beyond|Above|Below|Between|Through|Throughout|Against)\b"
    r"(?:\s+(?:[a-z\d][\w'’\-]*|[A-Z]\w*-\w+)){0,7},)"
)
# A reporter naming herself and her outlet at the start of a bare question: "Sam Whitaker,
# Politico.", "Hi, Nadia Haddad with CNN."
_SELF_INTRO_RE = re.compile(
    r"\s*(?:(?:Hi|Hello|Yes|Thanks|Thank you|Good morning|Good afternoon|Sir|Ma'am|Madam)"
    r"[,.!]?\s+)?"
    r"(?:(?:this is|I'm|it's|I am|my name is)\s+)?"
    r"(?P<name>[A-ZÀ-ÞĀ-ž][\w'’\-]+(?:\s+[A-ZÀ-ÞĀ-ž][\w'’\-]+){1,2})"
    r"(?:,\s*|\s+(?:with|from|of)\s+)"
    r"(?P<outlet>[A-ZÀ-ÞĀ-ž][\w&'’\-]*(?:\s+(?:of\s+)?[A-ZÀ-ÞĀ-ž][\w&'’\-]*){0,3})"
    r"\s*[.,]"
)
# Paragraphs that go on under a lead-in ("X said:", "Quotes attributable to X:", "The Company
# expects:"): another quote, another bullet.
_QUOTE_OPENERS = frozenset({'"', "“"})
_QUOTE_CLOSERS = frozenset({".", '"', "”", "?", "!"})
_LEAD_ON_OPENERS = frozenset({'"', "“", "-", "•", "*", "–", "—", "·"})
# "Quotes attributable to Minister for Skills Andrew Giles:" (Australian and UK releases).
_ATTRIBUTABLE_RE = re.compile(
    r"^\s*Quotes?\s+(?:attributable|attributed)\s+to\s+(?P<who>[^:\n]{3,120}?)\s*:\s*$"
)
# A corporate release's capitalised self-reference: "the Company expects", "the Group said".
_CAPITAL_BODY_RE = re.compile(r"(?:[Tt]he\s+)?(Company|Group|Firm|Corporation)")
# Heads that refer back to whatever organisation was named last ("the group said").
_LABEL_NEXT_RE = re.compile(r"[ \t]*[.:(]")
_LABEL_WORDS = frozenset({"MS", "MR", "MRS", "DR", "Q", "A", "QUESTION", "ANSWER"})
_ANY_BODY_HEADS = frozenset(
    {
        "group",
        "organisation",
        "organization",
        "charity",
        "watchdog",
        "body",
        "agency",
        "institute",
        "force",
    }
)
# A speech verb coordinated with the sentence's first verb: "... issued a declaration and said".
_AND_END_RE = re.compile(r"[^,;:]\s+and\s*$")
# The named subject opening a sentence, before its (past or present) verb: "Gov. Greg Abbott on
# Tuesday issued", "On Monday, Mayor Jane Ortiz visited".
_SENTENCE_SUBJECT_RE = re.compile(
    r"\s*(?:(?:On|In|At|During|After|Before|Speaking)\b[^,\n]{0,60},\s*)?"
    r"(?P<subj>(?:[A-ZÀ-ÞĀ-ž][\w'’\-]*\.?\s+){0,5}[A-ZÀ-ÞĀ-ž][\w'’\-]*)"
    r"(?=\s+(?:(?:on|last|this)\s+[A-Z]?\w+\s+|yesterday\s+|today\s+|also\s+)?"
    r"[a-z]+(?:ed|s)\b)"
)
_ORG_SUBJECT_RE = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<subj>[A-ZÀ-Þ][\w'’\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-ZÀ-Þ][\w'’\-]*){0,7})"
    r"\s+(?:on\s+[A-Z][a-z]+day\s+|yesterday\s+|today\s+|unexpectedly\s+|also\s+)?"
    r"(?:[a-z]+(?:ed|s)|cut|set|put|kept|held|left|made|took|gave|sold|bought|paid|spent|won|"
    r"lost|hit|rose|fell|grew|saw)\b"
)
_PARTICLE_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(NAME_PARTICLES | {'du', 'la', 'le'}, key=len, reverse=True))})\s+$"
)
_POSSESSIVE_SPLIT_RE = re.compile(r"(.+?)['’]s\s+([A-ZÀ-ÞĀ-ž].+)$")
_NAMED_THE_SUBJECT_RE = re.compile(
    r"\s*The\s+[A-ZÀ-ÞĀ-ž][\w\-]*\s+(?:[\w\-]+\s+){0,3}?(?:has|have|is|was|will)\b"
)
_PLACE_PREP_BEFORE_RE = re.compile(r"\b(?:at|in|from|near|outside|inside|across)\s+$")
# "- The Honourable Heath MacDonald, Minister of Agriculture": a quote's signature line.
_SIGNED_RE = re.compile(
    rf"[ \t]*[-–—][ \t]*(?:The\s+Honourable\s+|Hon\.?\s+)?(?P<name>{_NAME})"
    r"(?:,\s*(?P<title>[^\n]{2,160}))?[ \t]*$"
)
_SIGNED_NAME_RE = re.compile(rf"[ \t]*(?:The\s+Honourable\s+|Hon\.?\s+)?(?P<name>{_NAME})[ \t]*$")
_FORECASTERS_RE = re.compile(
    r"(?i:analysts|economists|experts|traders|strategists|observers|forecasters|investors|"
    r"sources|officials)"
)
_LOOSE_BODY_RE = re.compile(rf"(?:the|a|an)\s+(?:[\w\-]+\s+){{0,4}}(?:{_BODY_NOUNS})")
_DEMONYM_RE = re.compile(
    r"[A-Z][a-z]+(?:ian|ese|ish|an|i|ic)|Swiss|Dutch|French|Thai|Greek|Czech|Welsh|Scots"
)
_COMPOUND_SUBJECT_RE = re.compile(r"\d[^.;:]*\band\s+(?:the\s+)?$")
_FIRST_PERSON_ANY_RE = re.compile(r"\b(?:we|our|us|I|my)\b")


def _has_name(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


_NAME_HONORIFICS = frozenset(
    {"shri", "smt", "shrimati", "sri", "mr", "ms", "mrs", "miss", "dr", "prof", "professor"}
)
_STOP_RE = re.compile(r"[.!?](?:\s|$)")
# "UNHCR's representative in Greece, Laura Pellegrini, urged ...": a role, then the name.
_APPOS_SUBJECT_RE = re.compile(
    rf"\s*[^,\n]{{3,80}},\s+(?P<subj>{_NAME}),\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)
_NAMED_BODY_SUBJECT_RE = re.compile(
    rf"\s*(?P<body>[Tt]he\s+[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+[\w\-]+){{0,3}}\s+(?:{_BODY_NOUNS}))\s*"
)
_BODY_COMMA_NAME_RE = re.compile(
    rf"\b[Tt]he\s+(?:[a-z][\w\-]*\s+){{0,5}}(?:{_BODY_NOUNS}),\s+"
    r"(?P<name>[A-ZÀ-ÞĀ-ž][\w.\-]*(?:\s+(?:of\s+|and\s+)?[A-ZÀ-ÞĀ-ž][\w.\-]*){0,5}),?\s*$"
)
_STATEMENT_ASIDE_RE = re.compile(
    r",\s+(?:in|via|through)\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:statement|release|post|notice|circular|letter|update|bulletin)\b"
)
_TRAILING_APPOS_RE = re.compile(r",\s+[^,\n]{3,80}?,?\s*$")
_BODY_REPORT_RE = re.compile(
    r"\b[Aa]n?\s+(?P<body>council|ministry|department|government|agency|board|district|"
    r"company|commission|authority)\s+(?:report|review|study|survey|audit|analysis)\b"
    r"[^.;]{0,80}?\b(?:found|finds|shows|showed|says|said|estimated|estimates)\b"
)
_A_BODY_ROLE_END_RE = re.compile(
    r"\b[Aa]n?\s+[a-z][\w\-]*\s+(?:spokesman|spokeswoman|spokesperson|official|representative)"
    r"\s*$"
)
_AS_REPORTED_RE = re.compile(
    r"\s*As\s+(?P<src>(?:the\s+)?[A-ZÀ-Þ][\w&\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-ZÀ-Þ][\w&\-]*){0,6})"
    r"\s+(?:has\s+|had\s+)?(?:reported|said|announced|noted|stated|revealed|estimated|"
    r"forecast|reports|says)"
    r"(?:\s+(?:yesterday|today|earlier|last\s+\w+|on\s+[A-Z][a-z]+day|this\s+\w+))?\s*,"
    r"(?!\s*[\"“‘'])"  # "As President Biden said last week, “...”": the quote is his, no more
)
_THERE_ARE_REPORTS_RE = re.compile(
    r"\b[Tt]here\s+(?:are|have\s+been|were)\s+(?:(?:media|news|press|some|unconfirmed|"
    r"several|many)\s+)*reports\b(?:\s+(?:in|from)\s+[^,]{1,40}?)?\s+that\b"
)
_REMARKS_FOLLOW_RE = re.compile(
    r"\b(?P<who>[Hh]is|[Hh]er)\s+(?:full\s+)?(?:remarks|statement|speech|testimony|address)"
    r"(?:,\s+as\s+(?:prepared\s+for\s+delivery|delivered),)?\s+(?:follows?|(?:is|are)\s+below)"
    r"\s*:\s*$"
)
_FOLLOWING_STATEMENT_RE = re.compile(
    r"\s+(?:issued|made|released|delivered|gave)\s+the\s+following\s+(?:statement|remarks)\b"
)
_SAYING_RE = re.compile(
    r",\s+(?P<saying>saying|adding|noting|warning|arguing|insisting|explaining|stressing|"
    r"claiming|stating|asserting|pointing\s+out|revealing|disclosing|preferring|proposing)\b"
    r"|\btoday\s+(?:opened|launched|unveiled|set out|confirmed|announced)\b"
)
_COMPANY_INTRO_RE = re.compile(
    r"\b[Ss]hares\s+(?:in|of)\s+(?P<a>[A-ZÀ-Þ][\w&'’\-]*(?:\s+[A-ZÀ-Þ][\w&'’\-]*){0,3})"
    r"|(?P<b>[A-ZÀ-Þ][\w&'’\-]*(?:\s+[A-ZÀ-Þ][\w&'’\-]*){0,3}),\s+(?:the|a|an)\s+[^,.]{0,60}?"
    r"(?:company|chain|group|firm|maker|retailer|lender|insurer|operator|supplier|developer|"
    r"producer|miner|carrier|airline|bank|grocer|brewer|conglomerate),"
)
_COMPANY_HEADS = frozenset({"company", "group", "firm", "chain", "retailer", "lender", "insurer"})
_SHARES_OF_RUN_RE = re.compile(r"^(?:Shares|Stocks?)\s+(?:in|of)\s+")
_SHARES_IN_RE = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+$")
# A sentence in the speaker's own first person: "I'd add that ...", "We have asked ...".
_FIRST_PERSON_RE = re.compile(
    r"\s*(?:(?:I|I'd|I'm|I'll|I've|We|We'd|We're|We've|We'll|Let me|Our)\b|"
    # "This year, we will also ...": a short lead, then the speaker's own first person
    r"[A-Z][^,.;\n]{0,30},\s+(?:I|I'd|I'm|I'll|I've|we|we'd|we're|we've|we'll|let me|our)\b)"
)
# The verb after a story's opening name: "Brindley's has reported", "Acme's posted".
_ACTOR_VERB_RE = re.compile(
    r"has|had|is|was|will|said|says|reported|posted|announced|raised|cut|expects|plans|"
    r"lifted|lowered|kept|warned|beat|missed|recorded|swung|made|sold|delivered"
)
_LOWER_NEXT_RE = re.compile(r"\s+([a-z][\w\-]*)")
_SENTENCE_CLOSE_RE = re.compile(r"[.!?][\"”’)\]]*\s*$")
# A run of capitals that goes on, after "and", to a person: "X and The Rt Hon Ellen Marsh MP".
_AND_PERSON_RE = re.compile(r"\s+and\s+(?:The\s+)?(?:Rt\s+Hon|Mr|Ms|Mrs|Dr|Sir|Dame|Lord)\b.*$")
_DATA_OBJECT_RE = re.compile(
    r"\s+(?:on\s+\w+\s+)?(?:(?:a|an|the|its|their|his|her|new|latest|fresh|annual|monthly|"
    r"quarterly|weekly|official|preliminary|final|revised)\s+)*(?:[\w\-]+\s+){0,2}?"
    rf"{_SOURCE_NOUNS}\b"
)
_SOURCE_POSSESSIVE_RE = re.compile(
    rf"['’]s\s+(?:[\w\-]+\s+){{0,5}}?{_SOURCE_NOUNS}\b.*$", re.DOTALL
)
_QUOTED_AS_RE = re.compile(
    r"\b(?P<verb>quoted|cited)\s+(?=\S[^.;]{0,120}?\s+as\s+(?:saying|telling|stating|"
    r"estimating|predicting|warning))"
)
# "..., a union representative said.": someone unnamed speaks, not the speaker before.
_UNNAMED_TRAILING_RE = re.compile(
    r",\s+(?:a|an|one|another)\s+(?:[a-z][\w\-]*\s+){0,4}?"
    r"(?:said|says|told\s+[\w\s]{1,40}?|added|stated|noted)\s*[.!?][\"”’]?\s*$"
    # "..., officials said.": people nobody names, in the plural
    r"|,\s+(?:[a-z][\w\-]*\s+){0,3}?(?:officials|analysts|experts|economists|sources|"
    r"authorities|observers|residents)\s+(?:said|say|says|added|noted|estimated|estimate)"
    r"\s*[.!?][\"”’]?\s*$"
)
# "Antofagasta handles roughly 12% of ...": a sentence whose subject is one proper name with a
# present-tense verb after it; in a news article the page's own voice, no carried speaker.
_NAMED_SUBJECT_RE = re.compile(
    r"\s*(?P<name>[A-ZÀ-ÞĀ-ž][a-zà-ÿ]{2,})\s+(?P<verb>[a-z]{3,}s)\s+"
    # "Berth fees will rise": a plural noun before a verb, not a verb itself
    r"(?!(?:will|would|could|should|may|might|can|are|were|have|had|rose|fell|grew|jumped|"
    r"climbed|dropped|increased|declined|reached|hit|stood|remain|remained|now|also)\b)"
)
_QUESTION_END_RE = re.compile(r"\?[\"”’)\]]*\s*$")
# A sentence opening a frame of its own ("Over the same decade, ...", "Meanwhile"): the
# writer's narration again, not the source named in the sentence before.
_NEW_FRAME_RE = re.compile(
    r"\s*(?:Over|In|Since|During|By|Between|From|At|On|Meanwhile|Separately|Elsewhere|"
    r"Overall|However|But|Yet|By contrast|At the same time|Last|This|Next)\b"
)
_SINGLE_SOURCE_RE = re.compile(r"(?:[A-Z][a-z]+){2,3}|[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_OBJECT_OF_RE = re.compile(r"\b(?:by|from|of|in|at|with|for|to)\s+$")
_CITING_RE = re.compile(r",\s+(?P<verb>citing)\s+")
_REPORTER_END_RE = re.compile(rf"(?P<name>{_NAME}),?\s*$")
_POSSESSIVE_REST_RE = re.compile(r"['’]s\s.*")
_CLAUSE_TAIL_RE = re.compile(r"[^,;]*[.!?”\"]?\s*")
_TRAIL_LEAD_RE = re.compile(r"[^\"“”]*,\s*$")  # "..., Mao said": a comma, no quote before
_QUOTE_END_RE = re.compile(r"[\"”]\s*$")
_SPACES_RE = re.compile(r"\s+")
_COMMA_QUOTE_END_RE = re.compile(r"[,”\"]\s*$")
_APPOS_AFTER_RE = re.compile(r",\s+((?:a|an|the)?\s*[^,]{2,160}?)(?=,|\.\s*$|\.$|$)")
_OF_RE = re.compile(r"\b(?:of|for|at)\b")
_VERB_AFTER_QUOTE_RE = re.compile(rf"\s*,?\s*(?P<verb>{_VERBS})\s+")
_APPOS_AFTER_QUOTE_RE = re.compile(r",\s+((?:a|an|the)?\s*[^,]{2,160}?)(?=,|\.\s|\.$|$)")
_COMMA_SPACE_RE = re.compile(r"\s*,?\s*")
_VERB_START_RE = re.compile(rf"(?P<verb>{_VERBS})\b")
_PARA_END_RE = re.compile(r"[.!?\"”’)…:]\s*\S{0,3}$")
_LOWER_WORD_RE = re.compile(r"\b[a-z][a-z\-]+\b")
_FIGURE_NEXT_RE = re.compile(r"[ \t]+[\d$£€¥]")  # "About 3,000 homes": a modifier
_INNER_CAP_RE = re.compile(r"(?<=[a-z,;] )[A-ZÀ-ÞĀ-ž][\w'’\-]+")
_DATELINE_RE = re.compile(
    r"[A-ZÀ-ÞĀ-ž][\w.'’\-]*(?:[ \t]+[A-ZÀ-ÞĀ-ž][\w.'’\-]*){0,3}"
    r"(?:[ \t]*\([A-Z][A-Za-z]{1,10}\)[ \t]*[-–—]+[ \t]*|[ \t]+--[ \t]+|"  # "Manila (AFP) - "
    r",(?:[^–—\n]{0,40}?\s[-–—]+\s+|"
    r"[^\n]{0,30}?--\s*\([A-Z][A-Za-z ]{2,30}\)\s*--\s*))"  # "PORTLAND, Ore.--(BUSINESS WIRE)--"
)
_LABEL_TIME_RE = re.compile(r"\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$")


_FORWARD_RE = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?:[A-ZÀ-ÞĀ-ž][\w'’\-\.]*|[a-z\-]+)\s+){0,6}?"
    r"(?!(?:Mr|Ms|Mrs|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Adm|Maj|Sgt|Hon|[A-Z])\.)[A-ZÀ-ÞĀ-ž][\w'’\-]*"
    r"(?=\s*(?:[,;:.()\n]|$|\s+(?:at|on|in|during|to|when|while|after|before|here|there|"
    r"today|yesterday|tonight|this|last|that|who|as|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b))"
)
# "said chief executive Nadia Fairbrother": each word of a role written in lower case
_FORWARD_OK = _ROLE_SET | ROLE_SINGLE_WORDS | _CONNECT | {"the", "a", "an", "press"}

_POSSESSOR_RE = re.compile(
    r"(?:the\s+)?(.+?)['’]s\s+(?:[A-Z][\w\-]+\s+)?"
    r"(?:Office|Branch|Division|Mission|Department|Bureau|Team|Unit)$"
)

_POSSESSIVE_ROLE_RE = re.compile(r"[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]*)?['’]s\s+[a-z]")
_APPOS_PARTS_RE = re.compile(
    r"(?:(?:a|an|the)\s+)?(?P<role>[^,]*?(?:\s+of\s+State)?)(?:\s+(?:of|for|at)\s+(?:the\s+)?"
    r"(?P<org>[A-ZÀ-ÞĀ-ž\d][^,]*?))?\s*$"
)

_NAME_VERB_RE = re.compile(
    rf"((?:[A-ZÀ-ÞĀ-ž][\w'’\-]*\s+){{1,4}}|(?:he|she)\s+)(?:also\s+)?({_VERBS})\b"
)

# '"...," Wang Ya'nan, chief editor of Aerospace Knowledge, told ...': name, title, verb.
_NAME_APPOS_VERB_RE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?P<appos>[^,\"“”\n]{{3,120}}?),\s+(?P<verb>{_VERBS})\b"
)
# '"...," the Humanitarian Coordinator in Mozambique, Catarina Mbeki, said': title, name, verb.
_TITLE_NAME_VERB_RE = re.compile(
    rf"(?P<title>(?:the|a|an)\s+[^,\"“”\n]{{3,90}}?),\s+(?P<name>{_NAME}),\s+(?P<verb>{_VERBS})\b"
)
_NAME_VERB_COLON_RE = re.compile(
    rf"(?P<np>(?:[A-ZÀ-ÞĀ-ž][\w'’\-]*\s+){{1,5}}|(?:he|she|He|She)\s+)(?:also\s+)?"
    rf"(?P<verb>{_VERBS})(?P<rest>\s+[^,“\"]{{0,30}})?\s*[,:]\s*$"
)

# "NHS national clinical director for cancer, Professor Peter Johnson, said:" before a quote.
_TITLED_LEAD_RE = re.compile(
    r"(?:^|(?<=[\s;:]))(?P<role>[\w'’\-&]+(?:[ \t]+[\w'’\-&]+){0,8}),[ \t]+"
    rf"(?P<name>(?:(?:Professor|Prof\.|Sir|Dame)[ \t]+)?{_NAME}),[ \t]+(?:also[ \t]+)?"
    rf"(?P<verb>{_VERBS})\s*:\s*$"
)


@dataclass
class _Cue:
    kind: Cue  # said, according_to, quote, pronoun
    speaker: str | None
    speaker_type: SpeakerType | None
    role: str | None
    org: str | None
    start: int  # start of the cue words (absolute)
    end: int
    clause_start: int
    clause_end: int
    text: str
    subject_start: int
    pronoun: str | None = None  # 'm'/'f' for He/She; 'role:<word>' for 'the spokesperson'
    quote_form: bool = False  # the verb introduces a direct quote: no carry-over
    reported_by: str | None = None  # 'X quoted Y as saying': X relays Y
    act: bool = False  # an organisation acting ('released US$ 2 million'): dates, no speaker


_CAP_RUN_RE = re.compile(r"[A-ZÀ-ÞĀ-ž][\w'’\-]*(?:[ \t]+[A-ZÀ-ÞĀ-ž][\w'’\-]*)*")
_WORD_RE = re.compile(
    r"[\w'’\-\.&]+|\([A-ZÀ-ÞĀ-ž][A-Za-zÀ-ÞĀ-ž]{1,7}\)|\([A-Z]{1,6}\.[A-Z]{1,3}\)|"
    r"\((?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|HKEX|SGX|SIX|XETRA):\s*[A-Z.]{1,8}\)"
)
_TICKER_RE = re.compile(
    r"\s*\((?:[A-Z]{1,6}\.[A-Z]{1,3}|(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|HKEX|SGX|SIX|XETRA):"
    r"\s*[A-Z.]{1,8})\)"
)


_ORG_LIST_TAIL_RE = re.compile(
    r"(?:,\s+[A-ZÀ-ÞĀ-ž][\w'’\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w'’\-]*)*)+,?\s+and\s+"
    r"[A-ZÀ-ÞĀ-ž][\w'’\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w'’\-]*)*"
    r"(?=\s*(?:[,;:.)\n]|$)|\s+[a-z])"  # "..., Industry and Energy said", "... this morning"
)
_ORG_LIST_HEAD_RE = re.compile(
    r"(?<![\w'’\-])((?:[A-ZÀ-ÞĀ-ž][\w'’&\-]*\s+)+(?:of|for|on)\s+(?:[A-ZÀ-ÞĀ-ž][\w'’&\-]*,\s+){1,4})$"
)


# Words that open a sentence as a modifier, never as a name ("Early estimates indicate").
_OPENING_MODIFIERS = frozenset(
    "early initial preliminary latest recent new official final revised further current "
    "previous provisional separate other more most such these those some many several both all "
    "first last next annual monthly weekly quarterly overall total average recently currently "
    "only nearly roughly approximately additionally similarly likewise".split()
)


# A plural noun followed by its verb: "estimates indicate", "forecasts show".
_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:beat|beats|missed|misses|topped|tops|exceeded|exceeds|met|meets|above|below|than|"
    r"against|under|over|with)\s+(?:the\s+)?$"
)
_DETERMINER_END_RE = re.compile(r"\b(?:their|its|his|her|our|my|your)\s+$")
_ANALYSTS_INCLUDING_RE = re.compile(
    r"(?P<body>[A-ZÀ-ÞĀ-ž][\w&.\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w&.\-]*){0,4})\s+(?:analysts|economists|"
    r"strategists|researchers)\s+(?:including|led by)\s+$"
)


def _person_possessor(phrase: str) -> bool:
    """Whether a name before "'s" is a person's: titled ("Governor Shapiro") or a full name
    ("Mao Ning"), never one bare word ("Brindley", a company named for its founder)."""
    name, role, _ = split_title(phrase)
    if not looks_like_person(name) or is_organization(phrase):
        return False
    return bool(role) or len(name.split()) >= 2


_PARTICIPLE_ADJECTIVES = frozenset({"proposed", "released", "published", "reported", "planned"})
_EXPECT_OR_PARTICIPLE = _EXPECT_VERBS | _PARTICIPLE_ADJECTIVES
_POSTED = frozenset({"posted", "posts"})  # "posted a loss": results, not speech
# What follows a verb with an object: "reported an 18 per cent jump", "forecast 5% growth".
_VERB_OBJECT_RE = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|that|on|in|last|this|net|record|more|less|about|"
    r"around|nearly|almost|some|up|down|growth|profits?|revenue|sales|\w+ly)\b|\s+[\d$€£¥]"
)
_NOUN_USE_RE = re.compile(
    r"\s+(?:of|indicate|indicated|show|showed|shown|suggest|suggested|put|point|pointed|are|were|"
    r"have|had|say|said|see|saw|vary|range|ranged)\b"
)


_PLACE_PREP_END_RE = re.compile(r"\b(?:in|at|near|across|from|to)\s+(?:the\s+)?$")


_MODIFIER_BEFORE_RE = re.compile(r"\b(?:on|of|by|from|with|for|the)\s+$")
_LOWER_AFTER_RE = re.compile(r"\s+[a-z]")


def _proper_body_before(line: str, end: int, registry: _Registry) -> str | None:
    """The proper name of several words that a bare 'the agency' refers back to in its own
    sentence ("trips on Fox Valley Transit buses ..., the agency reported"): never a person, a
    place, a date or an outlet; None when the sentence holds none or several. A name that could
    be a person's counts only as the modifier of an object ("on Fox Valley Transit buses")."""
    stops = list(_STOP_RE.finditer(line, 0, end))
    lo = stops[-1].end() if stops else 0
    found: list[str] = []
    for m in _ORG_RUN_RE.finditer(line, lo, end):
        words = m.group().split()
        low = [w.lower() for w in words]
        if (
            len(words) < 2
            or m.start() == lo + (len(line[lo:end]) - len(line[lo:end].lstrip()))
            or (reg := registry.person(m.group())) is not None
            and reg.kind == "person"
            or looks_like_person(m.group())
            and not (
                _MODIFIER_BEFORE_RE.search(line, max(lo, m.start() - 6), m.start())
                and _LOWER_AFTER_RE.match(line, m.end())
            )
            or m.group().lower() in COUNTRIES
            or m.group().lower() in OUTLETS
            or any(w in _MONTHS_DAYS or w in COUNTRIES for w in low)
            or low[-1] in PLACE_ENDS
            or _PLACE_PREP_END_RE.search(line, max(lo, m.start() - 12), m.start())
        ):
            continue
        found.append(m.group())
    return found[0] if len(found) == 1 else None


def _common_opening(text: str, s_start: int, subj_start: int, phrase: str) -> bool:
    """Whether a one-word subject opening its sentence is a modifier or an adverb ('Early',
    'Recently'), not a name."""
    word = phrase.strip()
    if " " in word or text[s_start:subj_start].strip(" \t\n\"“‘'("):
        return False
    low = word.lower()
    if low in _OPENING_MODIFIERS:
        return True
    # "Capacity added last year reached 52 GW": a common noun the text also writes in lower
    # case inside a sentence (not a logo line such as "eurostat"), opening its sentence
    if len(low) <= 3 or is_organization(word):
        return False
    if low.isalnum():
        return low in _inner_words(text)
    return re.search(rf"[a-z,]\s+{re.escape(low)}\b", text) is not None  # "capacity-building"


_INNER_WORD_RE = re.compile(r"(?<=[a-z,])\s+(\w+)")


@lru_cache(maxsize=4)
def _inner_words(text: str) -> frozenset[str]:
    """The words a text writes after a lowercase word or a comma: inside a sentence. Read once
    a document, not once a sentence."""
    return frozenset(_INNER_WORD_RE.findall(text))


def _tokens_back(text: str, end: int, floor: int = 0) -> tuple[int, str]:
    """The capitalised name phrase (with its titles) that ends at ``end``: (start, phrase).

    The phrase never starts before ``floor`` (the start of its sentence).
    """
    floor = max(floor, end - 400)
    words = list(_WORD_RE.finditer(text, floor, end))
    i = len(words)
    start = end
    last_cap = False
    while i > 0:
        w = words[i - 1]
        gap = text[w.end() : start]
        if gap.strip():
            break
        tok = w.group()
        if tok.endswith(".") and i == len(words) and not CORPORATE_END_RE.search(tok):
            tok = tok.rstrip(".")  # a stop, not "Loblaw Cos. Ltd."
        low = tok.lower()
        if i < len(words) and tok.endswith(".") and not _ABBREVIATION_RE.fullmatch(tok):
            break  # "... in Haiti. As the Secretary said": a sentence ends before the name
        if tok.startswith("("):
            pass
        elif tok[:1].isupper() or ARTICLE_NAME_RE.fullmatch(tok):
            last_cap = True  # "Khalid al-Aiser"
        elif low in _ROLE_SET or (low.rstrip("s") in _ROLE_SET) or low in {"press", "vice"}:
            pass
        elif (
            (low in _CONNECT or low == "&")
            and last_cap
            and i > 1
            and (
                words[i - 2].group()[:1].isupper()
                # "Office for the Coordination of ...": two connectors between capitals
                or (
                    i > 2
                    and words[i - 2].group().lower() in _CONNECT
                    and words[i - 3].group()[:1].isupper()
                )
            )
        ):
            pass
        elif low in {"'s", "’s"}:
            pass
        else:
            break
        start = w.start()
        i -= 1
    phrase = text[start:end].strip()
    if " and " in phrase and phrase[:1].isupper():
        # "the Department for Environment, Food and Rural Affairs (Defra)": one name.
        head = _ORG_LIST_HEAD_RE.search(text, max(floor, start - 160), start)
        if head:
            start = head.start(1)
            phrase = text[start:end].strip()
    lead = phrase.split(maxsplit=1)
    if len(lead) > 1 and (lead[0] in _SUBORDINATORS or lead[0] in _TIME_OPENERS):
        # "As the Secretary said yesterday, ...": the clause's opening word names nobody.
        start += len(phrase) - len(lead[1])
        phrase = lead[1]
    # Never start on a connector.
    while phrase and phrase.split()[0].lower() in _CONNECT_NOT_THE:
        cut = phrase.split(maxsplit=1)
        start += len(phrase) - len(cut[1] if len(cut) > 1 else "")
        phrase = cut[1] if len(cut) > 1 else ""
    return start, phrase


def _tokens_forward(text: str, start: int) -> tuple[int, str]:
    """The name phrase (titles first) that starts at ``start``: (end, phrase)."""
    m = _FORWARD_RE.match(text, start)
    if not m:
        return start, ""
    phrase = m.group()
    lowers = [w for w in phrase.split() if not w[:1].isupper()]
    if any(w.lower() not in _FORWARD_OK for w in lowers):
        return start, ""
    return m.end(), phrase


class _Reader:
    """Turns subject phrases into speakers, using the document's registry."""

    def __init__(self, registry: _Registry) -> None:
        self.registry = registry

    def organization(
        self, phrase: str
    ) -> tuple[str | None, SpeakerType | None, str | None, str | None, str | None]:
        """An organisation as a speaker, registered under its canonical name."""
        name = canonical_org(_ACRONYM_TAIL_RE.sub("", phrase))
        known = self.registry.resolve(name, "organization")
        if not known:
            person = self.registry.add(name, "organization")
            acr = _ACRONYM_TAIL_RE.search(phrase)
            if acr:
                self.registry.alias(person, acr.group(1))
            known = person.name
        return known, "organization", None, None, None

    def speaker_of(
        self, phrase: str, appos: str | None = None
    ) -> tuple[str | None, SpeakerType | None, str | None, str | None, str | None]:
        """(canonical, type, role, org, pronoun marker) for a subject phrase."""
        phrase = _BASED_RE.sub("the ", _TICKER_RE.sub("", phrase).strip(" ,"))  # "Paris-based"
        phrase = _STYLE_RE.sub("", phrase)  # "The Honourable Gregor Robertson", "The Rt Hon"
        phrase = _FRIEND_RE.sub("", phrase)  # "my right hon. Friend the Chancellor"
        doctor = _DOCTOR_RE.match(phrase)
        if doctor and len(phrase[doctor.end() :].split()) >= 2:
            if looks_like_person(phrase[doctor.end() :]):
                phrase = phrase[doctor.end() :]  # "Dr Grace Akello Namanda": the person
        first = _first_of_pair(phrase)
        if first is not None:
            # "Minister Whitlock and Queensland Minister Morrissey announced": a joint
            # statement is given under the first name
            return self.speaker_of(first, appos)
        bare = _MEMBER_RE.sub("", phrase)
        if bare != phrase and looks_like_person(split_title(bare.split(", ")[0].strip())[0]):
            phrase = bare  # "James Browne TD", "Rachel Reeves MP", "local TD Declan Fitzgerald"
        low = phrase.lower()
        acr = _ACRONYM_TAIL_RE.search(phrase)
        if acr and _initials_match(phrase[: acr.start()], acr.group(1)):
            return self.organization(phrase)  # "Human Rights Watch (HRW)"
        if acr and looks_like_person(split_title(phrase[: acr.start()].strip())[0]):
            phrase = phrase[: acr.start()].strip()  # "Frank McDermott (FF)": a party, no body
            low = phrase.lower()
        if _LEADING_THE_RE.sub("", low).replace("’", "'") in ORG_ALIASES:
            return self.organization(phrase)  # "the U.N. refugee agency": a known body
        outlet_person = _OUTLET_PERSON_RE.fullmatch(phrase)
        if (
            outlet_person
            and looks_like_person(outlet_person.group("name"))
            and not any(
                w.lower() in _PUBLICATION_WORDS for w in outlet_person.group("name").split()
            )
            and outlet_person.group("org").lower() not in COUNTRIES
        ):
            # "Al Jazeera's Farah Odhiambo": the outlet's reporter, a person
            return self.speaker_of(outlet_person.group("name"), f"of {outlet_person.group('org')}")
        delegate = _COUNTRY_DELEGATE_RE.fullmatch(phrase)
        if delegate and delegate.group("c").lower() in COUNTRIES:
            # "China's representative said": the country speaks in the Council, as "the
            # representative of China" does
            return self.organization(delegate.group("c"))
        pn = _POSSESSIVE_NAME_RE.fullmatch(phrase)
        if pn and pn.group(1).lower() not in COUNTRIES and not _ends_with_role(low):
            return self.organization(phrase)  # "Lloyd's List", "Moody's Analytics"
        if low in _PRONOUNS:
            return None, None, None, None, _PRONOUNS[low]
        owned = _OWNED_NAME_RE.fullmatch(phrase)
        if (
            owned
            and is_organization(owned.group(1))
            and not looks_like_person(owned.group(1))
            and not is_organization(phrase[owned.end(1) :].lstrip("'’s "))
        ):
            # "the IMF's World Economic Outlook": a publication, its owner speaks (but "WHO's
            # Regional Office for Africa" is a body of its own).
            return self.organization(owned.group(1))
        named = _NAME_WITH_S_RE.fullmatch(phrase)
        if named and named.group(1).lower() not in COUNTRIES and not _ends_with_role(low):
            return self.organization(phrase)  # "Sainsbury's said", "Brindley's has reported"
        if (
            low.split(maxsplit=1)[0:1]
            and low.split(maxsplit=1)[0] in _UNNAMED_LEADS
            and (_ends_with_role(low) or not is_organization(phrase))
        ):
            return None, None, None, None, None  # "Another analyst", "One resident": nobody
        if low.startswith(("a ", "an ")) and _ends_with_role(low):
            # "A Ministry of Health spokesman said": the body speaks, never the phrase itself.
            words = phrase.split()[1:]
            while words and _ends_with_role(" ".join(words).lower()):
                words.pop()
            body = " ".join(words)
            if body and body.islower() and " " not in body:
                # "A district spokesman said", "A council spokesperson said": the district or
                # the council the story named
                return None, None, None, None, f"rep:{body}"
            if body and is_organization(body) and not looks_like_person(body):
                return self.organization(body)
            return None, None, None, None, None
        m = _DEFINITE_ROLE_RE.fullmatch(low)
        if m and m.group(1) in _ROLE_SET:
            office = phrase.split(maxsplit=1)[1]
            if office[:1].isupper() and m.group(0).startswith("the"):
                return None, None, None, None, f"office:{office}"  # "The Chancellor"
            return None, None, None, None, f"role:{m.group(1)}"
        if (
            low in _ROLE_SET
            and phrase[:1].isupper()
            and all(w[:1].isupper() for w in phrase.split())
        ):
            return None, None, None, None, f"office:{phrase}"  # "Prime Minister announces"
        if low in _ROLE_SET and phrase.islower() and " " not in low:
            return None, None, None, None, f"role:{low}"  # "..., the spokesman said"
        bp = _BODY_PEOPLE_END_RE.fullmatch(phrase)
        if bp:
            body = bp.group("body").strip()
            if is_organization(body) and not looks_like_person(body):
                return self.organization(body)  # "Ghana Cocoa Board officials said"
            if bp.group("group") == "authorities" and not any(
                is_organization(w) for w in body.split()
            ):
                return self.organization(f"{body} authorities")  # "the Danish authorities"
        bm = _BODY_END_RE.fullmatch(phrase)
        if bm:
            return None, None, None, None, f"body:{bm.group(1)}"  # "the board said"
        cap = _CAPITAL_BODY_RE.fullmatch(phrase)
        if cap:
            return None, None, None, None, f"body:{cap.group(1).lower()}"  # "the Company"
        rb = _RANKED_BODY_END_RE.fullmatch(phrase)
        if rb and _RANK_WORD_RE.search(phrase):
            return None, None, None, None, f"body:{rb.group('body')}"  # "Korea's largest bank"
        pb = _PLACE_BODY_RE.fullmatch(phrase)
        if pb and not is_organization(pb.group("place")):
            # "Shanghai's civil affairs bureau", "Thailand's health ministry": a body of a place.
            return self.organization(f"{pb.group('place')} {pb.group('body')}")
        if low.split()[-1:] and low.split()[-1] in GROUP_NOUNS:
            words = _LEADING_THE_RE.sub("", phrase).split()
            if (
                len(words) >= 2
                and words[0][:1].isupper()
                and all(w[:1].isupper() or w in {"of", "for", "and"} for w in words)
            ):
                # "Michigan State Police", "Metropolitan Police", "Federal Court of Auditors"
                return self.organization(phrase)
            return None, None, None, None, None  # "Officials said": an unnamed group
        if not phrase or not any(ch.isupper() for ch in phrase):
            return None, None, None, None, None
        if _LEADING_THE_RE.sub("", low) in COUNTRIES:
            return None, None, None, None, None
        if _INDEFINITE_RE.search(f"{low} ") and not is_organization(phrase):
            return None, None, None, None, None
        # An organisation, possibly '<Org>'s <unit>' or '<Org> (ACR)'.
        org_phrase = _ACRONYM_TAIL_RE.sub("", phrase)
        possessor = _POSSESSOR_RE.match(org_phrase)
        if possessor and is_organization(possessor.group(1)):
            org_phrase = possessor.group(1)
        # The title test reads the name without its acronym: "(GAC)" is no person.
        t_name, t_role, _ = split_title(_ACRONYM_TAIL_RE.sub("", phrase))
        titled_person = bool(t_role) and bool(t_name) and looks_like_person(t_name)
        office_of = _OFFICE_OF_RE.fullmatch(phrase)
        if (
            office_of is not None
            and office_of.group("role").lower() in _ROLE_SET
            and is_organization(office_of.group("org"))
            and not looks_like_person(" ".join(office_of.group("org").split()[-2:]))
        ):
            # "The Governor of the Bank of England said": the office, held by whoever the
            # text names to it
            return None, None, None, None, f"office:{_THE_START_RE.sub('', phrase)}"
        titled_of = _PERSON_OF_ORG_RE.fullmatch(phrase)
        if titled_of is not None and is_organization(titled_of.group("org")):
            tw_name, tw_role, _ = split_title(titled_of.group("who"))
            if tw_role and looks_like_person(tw_name) and len(tw_name.split()) >= 2:
                # "Economist Rafael Moreno of the Urban Institute": the person, of the body
                return self.speaker_of(titled_of.group("who"), f"of {titled_of.group('org')}")
        if is_organization(org_phrase) and not looks_like_person(org_phrase) and not titled_person:
            acr = _ACRONYM_TAIL_RE.search(phrase)
            return self.organization(org_phrase + (acr.group() if acr else ""))
        rest = phrase.split()
        lead = rest[0].lower() if rest else ""
        if (
            not t_role
            and (lead == "the" or lead in COUNTRIES)
            and len(rest) >= 3
            and all(w[:1].isupper() for w in rest[1:])
        ):
            # "the Philippine Coast Guard": an article or a nationality before a capitalised
            # name without a title is a body, never a person.
            return self.organization(phrase)
        of_org = titled_of
        if of_org and of_org.group("who").split()[-1].lower() in _BODY_NAME_HEADS:
            # "the Royal New Zealand College of General Practitioners": one body's name
            return self.organization(phrase)
        if (
            of_org
            and (
                is_organization(of_org.group("org"))
                or (
                    len(of_org.group("org").split()) >= 2
                    and _LEADING_THE_RE.sub("", of_org.group("org").lower()) not in COUNTRIES
                )
            )
            and not _ends_with_role(of_org.group("who").lower())
        ):
            o_name, o_role, _ = split_title(of_org.group("who"))
            if looks_like_person(o_name) and len(o_name.split()) >= 2 and not o_role:
                # "Buyer Dale Mosher of South Shore Seafoods": the person, of the body.
                return self.speaker_of(of_org.group("who"), f"of {of_org.group('org')}")
        lead_word = phrase.split(maxsplit=1)
        if len(lead_word) == 2 and lead_word[0].lower() in _DESCRIPTOR_WORDS:
            return self.speaker_of(lead_word[1], appos)  # "Brokerage Kotak Institutional Equities"
        bare = _LEADING_THE_RE.sub(
            "", _ACRONYM_TAIL_RE.sub("", phrase).strip().replace("The ", "the ", 1)
        )
        caps = [w for w in bare.split() if w[:1].isupper() and not _INITIAL_RE.fullmatch(w)]
        if len(caps) >= 4 and not t_role and len(caps) == len(bare.split()):
            return self.organization(phrase)  # "Integrated Food Security Phase Classification"
        if (
            _INSTITUTIONAL_LEAD_RE.match(phrase)
            and len(phrase.split()) >= 2
            and not t_role
            and not (len(phrase.split()) >= 3 and looks_like_person(" ".join(phrase.split()[1:])))
        ):
            return self.organization(phrase)  # "National Highways", "Federal Reserve"
        if _CONNECTED_NAME_RE.fullmatch(phrase) and not t_role and not _ends_with_role(low):
            return self.organization(phrase)  # "Save the Elephants", "Friends of the Earth"
        name, role, org = split_title(phrase)
        if not name or not (
            is_name_token(name.split()[0])
            or (len(name.split()) > 1 and name.split()[0].lower() in FIRST_NAME_COUNTRIES)
        ):
            return None, None, None, None, None
        head_words = phrase.split()[: -len(name.split())]
        if (
            role is None
            and org is None
            and len(name.split()) == 1
            and head_words
            and all(w[:1].isupper() or w.lower() in _CONNECT for w in head_words)
            and not _HONORIFIC_RE.match(phrase)
            and head_words[-1].lower() not in _FORMS_OF_ADDRESS
            and not _ends_with_role(head_words[-1].lower())
            and self.registry.resolve(name, "person") is None
        ):
            return self.organization(phrase)  # "State Grid", "... National Park": no title
        if appos:
            am = _APPOS_PARTS_RE.match(appos.strip(" ,"))
            if am:
                head = am.group("role").split(" and ")[0].strip()
                role = role or (head if head.lower().split()[-1:] and len(head) < 40 else None)
                org = org or am.group("org")
                if am.group("org") and " and " in am.group("role"):
                    org = am.group("org")
        canonical = self.registry.resolve(name, "person")
        gender = gender_of(phrase + " " + (appos or ""))
        if canonical is None:
            if len(name.split()) == 1 and name.isupper():
                return None, None, None, None, None
            person = self.registry.add(name, "person", role, _tidy_org(org), gender)
        else:
            person = self.registry.add(canonical, "person", role, _tidy_org(org), gender)
            if name != canonical:
                self.registry.alias(person, name)
        return person.name, "person", person.role, person.org, None


_KEY_LINE_RE = re.compile(
    r"^[ \t]*(?:(?P<a>[A-Z]{2,4})[ \t]*(?:[-–=][ \t]*)?[ \t](?P<an>[^\n()]{4,60}?)"
    r"|(?P<bn>[^\n()]{4,60}?)[ \t]*\((?P<b>[A-Z]{2,4})\))[ \t]*$",
    re.MULTILINE,
)
_KEY_HONORIFICS = frozenset({"dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof", "prof."})


def _speaker_key(text: str) -> dict[str, str]:
    """A transcript's speaker key: initials -> name ("TAG Dr Tedros Adhanom Ghebreyesus",
    "Amara Kone (AK)"), kept only where the initials are those of the name."""
    key: dict[str, str] = {}
    for m in _KEY_LINE_RE.finditer(text, 0, min(len(text), 6000)):
        initials, name = (
            (m.group("a"), m.group("an")) if m.group("a") else (m.group("b"), m.group("bn"))
        )
        words = [w for w in name.split() if w.lower() not in _KEY_HONORIFICS]
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        letters = "".join(w[0] for w in words).upper()
        if initials in {letters, letters[0] + letters[-1]}:
            key[initials] = name.strip()
    return key


def role_free(label: str) -> bool:
    """Whether no part of a comma-separated label is a title ("Ananya Iyer, The Hindu")."""
    return not any(_ends_with_role(part) for part in label.lower().split(","))


def _outside_quotes(text: str, a: int, b: int, quotes: list[tuple[int, int]]) -> bool:
    return not any(qa <= a and b <= qb for qa, qb in quotes)


# Times that name no single day, kept in a cue's clause so that dates can tell them.
_VAGUE_DAY = (
    r"(?:earlier (?:this|in the) (?:week|month|year)|last (?:week|month|year)|"
    r"(?:this|last) weekend|(?:a few|several|two|three) days ago|recently)\b"
)
_DATEISH = re.compile(
    r"^\s*(?:here\s+|there\s+)?(?:(?:late|early|earlier|later)\s+)?(?:on\s+|last\s+|this\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|today|yesterday|tonight|morning|afternoon|evening|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b[^,.;]*"
    rf"|^\s*{_VAGUE_DAY}"
)


_DAY_SETTING = (
    r"(?:(?:in|at|during)\s+(?:an?|the|its|his|her|their)\s+(?:[\w\-]+\s+){1,3}?)?(?:on\s+)?"
)
# The day after a listener or a setting: "told the council on Sept. 24", "told Reuters in an
# interview on Tuesday", "said at a news conference on Monday" (never a day inside the words).
_DATEISH_AFTER_OBJECT_RE = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!that\b|in\b|at\b)[A-Za-z][\w\-'’]*\s+)"
    rf"{{1,3}}?{_DAY_SETTING}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\b|"
    rf"{_VAGUE_DAY})"
)
_DATEISH_AFTER_SETTING_RE = re.compile(
    rf"\s+(?=in\b|at\b|during\b){_DAY_SETTING}(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?\b)"
)


def _clause_prefix(text: str, s_start: int, subj: int) -> int:
    """Where the cue's clause starts: the date-like lead-in before the subject, if any."""
    prefix = _ARTICLE_END_RE.sub("", text[s_start:subj])
    subj = s_start + len(prefix)
    if not prefix.strip():
        return s_start
    if _TIME_LEAD_RE.match(prefix) and len(prefix) < 70:
        return s_start
    chunks = prefix.rstrip().rstrip(",").rsplit(",", 1)
    last = chunks[-1]
    if len(last.strip()) <= 30 or (
        len(last.strip()) <= 120 and _LEAD_DAY_RE.search(last) and _LEAD_SETTING_RE.match(last)
    ):
        # "When meeting the EU's envoy in Brussels on Monday, Wang Yi noted": the day of the
        # words, set before the subject.
        return subj - len(prefix) + len(prefix.rstrip().rstrip(",")) - len(last)
    return subj


_SUBJECT_REACH = 300
_LEAD_DAY_RE = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"today|this\s+(?:morning|afternoon|evening))\b"
)
_LEAD_SETTING_RE = re.compile(
    r"(?:[^:\n]{1,40}:\s+)?\s*(?:When|While|During|Speaking|Meeting|Addressing|Visiting|Talking|Writing|In|At|After)\b"
)


def _sentence_subject(text: str, start: int, end: int) -> re.Match[str] | None:
    """The subject (group "subj") opening the sentence ``text[start:end]``, with or without an
    apposition after it."""
    return _SENTENCE_SUBJECT_RE.match(text, start, end) or _APPOS_SUBJECT_RE.match(text, start, end)


def _has_role_word(phrase: str) -> bool:
    """Whether any word of ``phrase`` is a role word ("Deputy Governor", "the spokesman")."""
    return any(w.lower() in _ROLE_SET for w in phrase.split())


def _ends_with_role(words: str) -> bool:
    """Whether a phrase ends with a role ('chief executive', 'finance ministry spokesperson')."""
    toks = words.lower().split()
    if toks[-2:] == ["of", "state"]:
        toks = toks[:-2]  # "Secretary of State", "Minister of State": the role before it
    return any(" ".join(toks[i:]) in _ROLE_SET for i in range(len(toks)))


_OPENING_SUBJECT_RE = re.compile(
    r"[\W_]*(?:(?:[Tt]he|An?|Some|Many|Other|Several)\s+)?(?:[\w\-]+\s+){0,2}?(?P<head>[\w\-]+)"
    r"(?=\s+(?:for|of|at|from|in|were|was|are|is|have|has|had|said|say|says)\b|,)"
)
_OPENING_FIGURE_RE = re.compile(
    r"[^\w\"“”‘’']*(?:(?:About|Around|Some|Nearly|Almost|Roughly|Only|Just|Over|Under|More than|"
    r"Fewer than|Less than|At least|Up to)\s+)?(?:[$€£¥₹]\s?)?\d"
)
_HONORED_RE = re.compile(
    rf"\b(?P<title>Mr|Ms|Mrs|Miss)\.?[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
)
_ROLE_THEN_NAME_RE = re.compile(
    r"(?:^|(?<=[\s,;]))(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother)\s+"
    r"(?P<role>[\w\-]+(?:\s+[\w\-]+){0,3}?)"
    # "an analyst at Bryant & Cole, Nadia Pereira, said": the body the role serves
    rf"(?:\s+(?:at|of|for|with)\s+(?P<org>(?:the\s+)?{_CAP}"
    rf"(?:[ \t]+(?:&|and|of|{_CAP})|,[ \t]+{_CAP}){{0,6}}))?"
    r",\s+"
    rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,3}}),?\s*$"
)


# A described role, then the name: "The state's health minister, Peter Chuol Deng, said",
# "Hiiraan's governor, Abdullahi Dheere, told".
_ROLE_COMMA_NAME_RE = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<role>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
    r"[A-ZÀ-ÞĀ-ž][\w\-]*['’]s)\s+"
    r"(?:[\w'’\-]+\s+){0,5}?[\w\-]+),"
    rf"\s+(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?(?P<name>{_NAME})"
    r"(?:\s+(?:of|at|from)\s+[A-ZÀ-ÞĀ-ž][^,\n]{2,60})?,?\s*$"
)
_LONG_TITLE_NAME_RE = re.compile(
    r"(?:^|(?<=[\s,;:]))[Tt]he\s+(?P<role>[A-Z][\w\-'’]*(?:,?\s+(?:of|for|and|the|to|[A-ZÀ-Þ][\w\-]*)){1,14}),"
    rf"\s+(?P<name>{_NAME}),?\s*$"
)
_PARTY_TAIL_RE = re.compile(
    r"\s*\([A-Z][A-Za-z&/\-]{0,11}(?:\s*[,/–]\s*[A-Z][A-Za-z&/\-]{0,11}){1,3}\)\s*$"
)
_NATIVE_NAME_TAIL_RE = re.compile(r"\s*\([A-ZÀ-Þ][\w\-]{8,40}\)\s*$")
_TITLE_COMMA_NAME_RE = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<role>[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+(?:of|for|the|and|to|[A-ZÀ-ÞĀ-ž][\w\-]*)){0,6}),"
    rf"\s+(?P<name>{_NAME}),?\s*$"
)


# "The figure of 75.2 per cent, published by NHS England last Thursday, compares with ...".
_FIGURE_PUBLISHED_BY_RE = re.compile(
    r",\s+(?:published|released|issued|compiled|collected)\s+(?:(?:today|yesterday|on\s+\w+|"
    r"(?:last|this)\s+\w+|[A-Z][a-z]+day)\s+)?by\s+"
    r"(?P<src>(?:the\s+)?[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+(?:(?:of|for|and)\s+)?[A-ZÀ-ÞĀ-ž][\w&\-]*){0,5})"
    r"(?:\s*\([A-Z][A-Za-z ]{1,9}\))?"
    r"(?:\s+(?:on\s+|last\s+)?(?:[A-Z][a-z]+day|today|yesterday))?\s*,"
)
# Source cues and the words without which they cannot match.


def _appositive_source(m: re.Match[str], src: str) -> bool:
    """ "according to the agency, Statistics Korea," names a source; "according to the data,
    Finance Minister X said" has no apposition."""
    head = m.group("head")
    return (
        head.lower() in ORG_HEADS
        or head in _ROLE_SET
        # "the National Secretary of Citizenship Income, Luciana Paiva,"
        or (head[:1].isupper() and _has_role_word(m.group("desc")))
    )


def _data_owner(m: re.Match[str], src: str) -> bool:
    """ "Home Office figures show" names a body; "Department figures show" (the department named
    before, found by the walker) and "Early estimates indicate" (an adjective) do not."""
    return _LEADING_THE_RE.sub("", src.lower()) not in ORG_HEADS and (
        is_organization(src) or len(src.split()) >= 2
    )


def _any_source(m: re.Match[str], src: str) -> bool:
    return True


# Each source pattern with words one of which a sentence must hold for it to match (a cheap
# test first: most sentences hold none) and a test of what it matched.
_SOURCE_PATTERNS: tuple[
    tuple[re.Pattern[str], tuple[str, ...], Callable[[re.Match[str], str], bool]], ...
] = (
    (_ACCORDING_APPOS_RE, ("according",), _appositive_source),
    (_ACCORDING_RE, ("according",), _any_source),
    (_FROM_SOURCE_RE, (" by ", " from "), _any_source),
    (_ACCORDING_DESCRIBED_RE, ("according",), _any_source),
    (_ACCORDING_TITLED_RE, ("according",), _any_source),
    (_PASSIVE_BY_RE, (" by ",), _any_source),
    (_OWNER_REPORT_RE, ("'s", "’s", "s' "), _any_source),
    (_BODY_DATA_RE, ("data", "figures", "statistics", "estimates", "numbers"), _data_owner),
    (_REPORT_RELEASED_BY_RE, (" by ",), _any_source),
    (_FIGURE_PUBLISHED_BY_RE, (" by ",), _any_source),
)


def _find_cues(
    text: str, s_start: int, s_end: int, quotes: list[tuple[int, int]], reader: _Reader
) -> list[_Cue]:
    """Speech and source cues in one sentence, in order of position."""
    sent = text[s_start:s_end]
    cues: list[_Cue] = []
    if sent.lstrip().startswith("Quote"):
        qa = _ATTRIBUTABLE_RE.match(sent)
        if qa is not None:
            who, kind, role, org, pron = reader.speaker_of(qa.group("who"))
            if who:
                a, b = s_start + qa.start("who"), s_start + qa.end("who")
                return [_Cue("said", who, kind, role, org, a, b, a, b, sent.strip(), a, pron)]
    # Sources: according to X, data from X showed.
    low_sent = sent.lower()
    for rx, hints, accept in _SOURCE_PATTERNS:
        if not any(h in low_sent for h in hints):
            continue
        for m in rx.finditer(sent):
            a, b = s_start + m.start(), s_start + m.end()
            if not _outside_quotes(text, a, b, quotes):
                continue
            src = _source_name(_SOURCE_POSSESSIVE_RE.sub("", m.group("src").strip()))
            if not accept(m, src):
                continue
            listed = _ORG_LIST_TAIL_RE.match(sent, m.end()) if _OF_RE.search(src) else None
            if listed:
                # "the Ministry of Housing, Communities and Local Government": one name.
                src += listed.group()
                b = s_start + listed.end()
            who, kind, role, org, _ = reader.speaker_of(src)
            if who is None and _SINGLE_SOURCE_RE.fullmatch(src) and not looks_like_person(src):
                who, kind, role, org, _ = reader.organization(src)  # "according to WindEurope"
            if who is None:
                continue
            cues.append(_Cue("according_to", who, kind, role, org, a, b, a, b, m.group(), a))
    if "ccording to" in sent:
        for m in _ACCORDING_REPORT_RE.finditer(sent):
            a, b = s_start + m.start(), s_start + m.end()
            if _outside_quotes(text, a, b, quotes):
                cues.append(
                    _Cue(
                        "according_to", None, None, None, None, a, b, a, b, m.group(), a, "report:"
                    )
                )
        for m in _REPORT_BY_PERSON_RE.finditer(sent):
            a, b = s_start + m.start(), s_start + m.end()
            if not _outside_quotes(text, a, b, quotes):
                continue
            who, kind, role, org, _ = reader.speaker_of(m.group("src"), m.group("appos"))
            if who is not None and kind == "person":
                cues.append(_Cue("according_to", who, kind, role, org, a, b, a, b, m.group(), a))
        for m in _ACCORDING_BODY_RE.finditer(sent):
            a, b = s_start + m.start(), s_start + m.end()
            if not _outside_quotes(text, a, b, quotes):
                continue
            body = _LEADING_THE_RE.sub("", m.group("src").replace("its ", "the ", 1))
            marker = f"body:{body}"  # resolved against the story by the walker
            cues.append(
                _Cue("according_to", None, None, None, None, a, b, a, b, m.group(), a, marker)
            )
    if "poll" in sent or "survey" in sent or "study" in sent:
        for m in _POLL_RE.finditer(sent):
            a, b = s_start + m.start(), s_start + m.end()
            src = m.group("src")
            words = src.lower().split()
            if (
                not _outside_quotes(text, a, b, quotes)
                or src.lower() in COUNTRIES
                or any(w in _MONTHS_DAYS or w in COUNTRIES for w in words)
                or len(words) == 1
                and src.endswith(("an", "ish", "ese"))  # "a Kenyan survey": a place's, no body
                and not is_organization(src)
            ):
                continue
            who, kind, role, org, _ = reader.organization(src)
            cues.append(_Cue("according_to", who, kind, role, org, a, b, a, b, m.group(), a))
    if any(
        w in sent
        for w in (
            "report", "paper", "data", "figures", "statistics", "survey", "study", "census",
            "evaluation", "review", "audit", "assessment", "analysis",
        )
    ):  # fmt: skip
        for m in _REPORT_SUBJECT_RE.finditer(sent):
            a, b = s_start + m.start(), s_start + m.end()
            if _outside_quotes(text, a, b, quotes):
                cues.append(
                    _Cue(
                        "according_to", None, None, None, None, a, b, a, b, m.group(), a, "report:"
                    )
                )
        for m in _BODY_REPORT_RE.finditer(sent):
            # "A council report tabled at Monday night's meeting found that ...": that body's
            a, b = s_start + m.start(), s_start + m.end()
            if _outside_quotes(text, a, b, quotes):
                marker = f"head:{m.group('body').lower()}"
                cues.append(
                    _Cue("according_to", None, None, None, None, a, b, a, b, m.group(), a, marker)
                )
    for m in _BODY_SOURCE_RE.finditer(sent):
        a, b = s_start + m.start(), s_start + m.end()
        src = m.group("src").strip()
        if not _outside_quotes(text, a, b, quotes) or not (
            is_organization(src) or _single_body_name(src)
        ):
            continue
        if src.lower() in ORG_ALIASES:
            who, kind, role, org, _ = reader.organization(src)  # "customs data showed"
            cues.append(_Cue("according_to", who, kind, role, org, a, b, a, b, m.group(), a))
            continue
        if src.lower() in ORG_HEADS:
            # "Department figures show": the department the page named before, never a body
            # called "Department".
            marker = f"head:{src.lower()}"
            cues.append(
                _Cue("according_to", None, None, None, None, a, b, a, b, m.group(), a, marker)
            )
            continue
        who, kind, role, org, _ = reader.organization(src)
        cues.append(_Cue("according_to", who, kind, role, org, a, b, a, b, m.group(), a))
    if "its " in sent or "their " in sent or "his " in sent or "her " in sent:
        for m in _REVISE_RE.finditer(sent):
            va = s_start + m.start()
            if not _outside_quotes(text, va, s_start + m.end(), quotes):
                continue
            back_end = va
            day = _DAY_TAIL_RE.search(text, max(s_start, va - 40), back_end)
            if day:
                back_end = day.start()  # "the central bank on Thursday lowered"
            bm = _BODY_END_RE.search(text, max(s_start, back_end - 80), back_end)
            if bm is not None:
                start, phrase = bm.start(), bm.group()
            else:
                start, phrase = _tokens_back(text, back_end, s_start)
            if not phrase:
                whole = _NAMED_BODY_SUBJECT_RE.fullmatch(text, s_start, back_end)
                if whole is not None:
                    # "The Rosario grain exchange cut its ... estimate": a named body
                    start, phrase = whole.start("body"), whole.group("body")
            if not phrase:
                continue
            who, kind, role, org, pron = reader.speaker_of(phrase)
            if who or pron:
                end = s_start + m.end()
                cues.append(
                    _Cue(
                        "pronoun" if pron else "said", who, kind, role, org, start, end,
                        start, end, text[start:end], start, pron,
                    )
                )  # fmt: skip
    cues.extend(_relay_cues(text, s_start, s_end, quotes, reader))
    if sent.lstrip().startswith("As "):
        ar = _AS_REPORTED_RE.match(sent)
        if ar is not None:
            # "As Destatis reported yesterday, new orders fell by 2.6%": the source's figures
            who, kind, role, org, pron = reader.speaker_of(ar.group("src"))
            if who or pron:
                a, b = s_start + ar.start("src"), s_start + ar.end()
                cues.append(
                    _Cue("said", who, kind, role, org, a, b, a, b, ar.group().strip(), a, pron)
                )
    if "reports" in sent:
        for m in _THERE_ARE_REPORTS_RE.finditer(sent):
            # "There are reports that ...": nobody named stands behind the figure
            a, b = s_start + m.start(), s_start + m.end()
            if _outside_quotes(text, a, b, quotes):
                cues.append(
                    _Cue("said", None, None, None, None, a, b, a, b, m.group(), a, "nobody:")
                )
    for m in _REMARKS_FOLLOW_RE.finditer(sent) if sent.rstrip().endswith(":") else ():
        # "Her remarks, as prepared for delivery, follow:": the person just named speaks next
        a, b = s_start + m.start(), s_start + m.end()
        pron = "f" if m.group("who").lower() == "her" else "m"
        cues.append(_Cue("pronoun", None, None, None, None, a, b, a, b, m.group(), a, pron))
    for m in _FOLLOWING_STATEMENT_RE.finditer(sent) if "following" in sent else ():
        # "At the conclusion of the visit, Ms. Teferra issued the following statement:"
        va = s_start + m.start()
        a, phrase = _tokens_back(text, va, s_start)
        if not phrase:
            continue
        who, kind, role, org, _ = reader.speaker_of(phrase)
        if who is None:
            continue
        b = s_start + m.end()
        cues.append(_Cue("said", who, kind, role, org, a, b, a, b, text[a:b], a))
    for m in _SAYING_RE.finditer(sent):
        # "Councilor Mark Pelletier voted against the project, saying ...", "Energy Secretary
        # Ed Miliband today opened applications for the £1.2 billion scheme": the sentence's
        # subject states what follows
        va = s_start + m.start()
        if not _outside_quotes(text, va, s_start + m.end(), quotes):
            continue
        if any(v.group("verb") in SPEECH_VERBS for v in _VERB_RE.finditer(sent, 0, m.start())):
            continue  # "..., Winnie Chan said, adding that ...": that speaker adds it
        sm = _sentence_subject(text, s_start, s_end)
        if sm is None or sm.end("subj") > va:
            continue
        who, kind, role, org, pron = reader.speaker_of(sm.group("subj"))
        if who is None or kind != "person" and m.group("saying") is None:
            continue  # "Shares fell, saying ...": no one; "The firm today opened": a body acts
        a = s_start + sm.start("subj")
        b = s_start + m.end()
        cues.append(_Cue("said", who, kind, role, org, a, b, a, s_end, text[a:b], a))
    for m in _VERB_RE.finditer(sent):
        va, vb = s_start + m.start(), s_start + m.end()
        if not _outside_quotes(text, va, vb, quotes):
            continue
        verb = m.group("verb")
        release = _RELEASE_RE.fullmatch(verb) is not None and verb not in SPEECH_VERBS
        after = text[vb:s_end]
        # "The Fund released US$ 2 million": an act, not a source (it only dates the words).
        act = verb in _PUBLISH_VERBS and not _DATA_OBJECT_RE.match(after)
        quote_form = bool(_QUOTE_AHEAD_RE.match(after)) and not _THAT_RE.match(after)
        # 1. Subject before the verb: "Guo Jiakun said", "..., Guo Weimin, a spokesperson for
        #    ..., said Thursday", "the World Bank's China Office released", "X's report showed".
        back_end = va
        # The subject and its titles sit right before the verb: the end-anchored patterns
        # below read only the last stretch of the sentence (they are slow on long ones).
        tail = max(s_start, va - _SUBJECT_REACH)
        pre = text[tail:va]
        aux = _AUX_END_RE.search(pre)
        if aux:
            back_end = tail + aux.start()
        else:
            back_end = tail + len(pre.rstrip())
        if verb.endswith("ing"):
            be = _BE_END_RE.search(text, tail, back_end)
            if be is None:
                continue  # "the forecasting agency": no verb
            back_end = be.start()  # "AAA is projecting that ..."
        day = _DAY_TAIL_RE.search(text, tail, back_end)
        if day:
            back_end = day.start()  # "The Commerce Department on Friday said"
        closes = text[tail:back_end].rstrip().endswith(")")  # the tails below end in ")"
        native = closes and (
            _NATIVE_NAME_TAIL_RE.search(text, tail, back_end)
            or _PARTY_TAIL_RE.search(text, tail, back_end)
        )
        if native:
            # "the Federal Network Agency (Bundesnetzagentur) said", "rapporteur Ilse
            # Vandermeulen (EPP, BE) said": a name in another language, a party and a country
            back_end = native.start()
        appos: str | None = None
        lead_start: int | None = None  # where a title before the name begins
        rep = _REPORT_END_RE.search(text, tail, back_end)
        if rep:
            back_end = rep.start()
        closes = text[tail:back_end].rstrip().endswith(")")
        described = _DESCRIBED_END_RE.search(text, tail, back_end)
        if described is None and _OFFICE_WORD_RE.search(text, tail, back_end):
            described = _OFFICE_IN_RE.search(text, tail, back_end)
        if described is None and closes:
            acr_tail = _ACRONYM_END_RE.search(text, tail, back_end)
            if acr_tail is not None:
                # "The UN refugee agency (UNHCR) said": the description, without its acronym
                described = _DESCRIBED_END_RE.search(text, tail, acr_tail.start())
        if described:
            subj_start, phrase = described.start(), described.group().strip()
        else:
            subj_start, phrase = _tokens_back(text, back_end, s_start)
            comma_name = (
                _COMMA_NAME_ACR_RE.search(text, tail, back_end) if phrase and closes else None
            )
            if comma_name is not None and comma_name.start("name") < subj_start:
                # "the Philippine Atmospheric, Geophysical and Astronomical Services
                # Administration (PAGASA) said": a comma inside the name its acronym spells
                for w in re.finditer(r"\b[A-ZÀ-Þ]", text[comma_name.start("name") : subj_start]):
                    start = comma_name.start("name") + w.start()
                    name = text[start : comma_name.end("name")].replace(",", "")
                    if _initials_match(name, comma_name["acr"]):
                        subj_start, phrase = start, text[start:back_end].strip()
                        break
        if phrase.lower() in _ROLE_SET:
            ab = _A_BODY_ROLE_END_RE.search(text, tail, back_end)
            if ab is not None:
                subj_start, phrase = ab.start(), ab.group()  # "A district spokesman said"
        am = None if phrase else _APPOS_END_RE.search(text, tail, back_end)
        pre_start, pre_appos = _tokens_back(text, am.start(), s_start) if am else (0, "")
        if (
            am
            and (
                _BODY_END_RE.fullmatch(am.group(1).strip())
                or (
                    pre_appos.lower() in _ROLE_SET and _LOOSE_BODY_RE.fullmatch(am.group(1).strip())
                )
            )
            # "Hutchison Ports, the port's operator, said": a name with its description, and
            # "Today, the department announced": a lead-in; but "... Argelia on Saturday, the
            # army said" and "General, the agency said" (a vocative) name no body
            and (
                (am.start() - s_start > 12 and re.search(r"\b(?:on|in|at|near)\b", pre_appos))
                or pre_appos.lower() in _ROLE_SET
                # "in the Ilocos Region, ..., the Cordillera Administrative Region and Central
                # Luzon, the council added": the last place of a list, no name of the council
                or (
                    pre_appos
                    and text[max(s_start, pre_start - 2) : pre_start] == ", "
                    and re.search(
                        r"\b[A-Z][\w\-]*$", text[max(s_start, pre_start - 40) : pre_start - 2]
                    )
                    is not None
                )
            )
        ):
            am = None  # "... near Argelia on Saturday, the army said": the body speaks
        if am is not None:
            role_end = _ROLE_END_RE.fullmatch(am.group(1).strip())
            if (
                role_end is not None
                and role_end.group(1).lower() in _ROLE_SET
                and not (pre_appos and (looks_like_person(pre_appos) or is_organization(pre_appos)))
            ):
                am = None  # "Exports rose 5%, the spokesman said": the spokesman speaks
        if am and not phrase:
            subj_start, phrase = pre_start, pre_appos
            if (
                phrase.lower() in _MONTHS_DAYS
                or _LEADING_THE_RE.sub("", phrase.lower()) in COUNTRIES
            ):
                # "... through June, the Milan-based company said": no name before a body
                phrase = ""
            if phrase and (
                (am.group(1)[:1].islower() and am.group(1).split()[0] in {"a", "an", "the"})
                or (_POSSESSIVE_ROLE_RE.match(am.group(1)) and _ends_with_role(am.group(1)))
            ):
                appos = am.group(1)  # "..., a spokesman for X,", "..., Sudan's aid commissioner,"
        at = _PERSON_AT_RE.search(text, max(tail, subj_start - 80), subj_start) if phrase else None
        if at is not None:
            at_name, at_role, _ = split_title(at.group("name"))
            if looks_like_person(at_name) and (is_organization(phrase) or at_role):
                # "Retail analyst Nadia Pereira at Bryant & Cole said": the person speaks.
                appos = f"{at.group('prep')} {phrase}"
                subj_start, phrase = at.start("name"), at.group("name")
        if (
            phrase.split(maxsplit=1)[:1]
            and phrase.split(maxsplit=1)[0].lower() in _UNNAMED_LEADS
            and (_ends_with_role(phrase.lower()) or not is_organization(phrase))
        ):
            phrase = ""  # "One economist, Lars Berg, said": the name that follows speaks
        if not phrase:
            rn = _ROLE_THEN_NAME_RE.search(text, tail, back_end)
            if rn and _ends_with_role(rn.group("role")):
                subj_start, phrase = rn.start("name"), rn.group("name")
                appos = rn.group("role")
        if not phrase:
            tn = _TITLE_COMMA_NAME_RE.search(text, tail, back_end)
            if tn and _has_role_word(tn.group("role")):
                # "Chancellor of the Exchequer, Rachel Reeves, said:"
                subj_start, phrase = tn.start("name"), tn.group("name")
                appos = tn.group("role")
        if not phrase:
            bn = _BODY_COMMA_NAME_RE.search(text, tail, back_end)
            if bn is not None:
                # "The national search and rescue agency, Basarnas, said": the body's name
                subj_start, phrase = bn.start("name"), bn.group("name")
        if not phrase:
            dn = _ROLE_COMMA_NAME_RE.search(text, tail, back_end)
            if dn and any(w in _ROLE_SET for w in dn.group("role").lower().split()):
                # "The state's health minister, Peter Chuol Deng, told ..."
                subj_start, phrase = dn.start("name"), dn.group("name")
                appos = dn.group("role")
                lead_start = dn.start("role")
        if not phrase:
            ln = _LONG_TITLE_NAME_RE.search(text, max(tail, back_end - 240), back_end)
            if ln is not None and _has_role_word(ln.group("role")):
                # "..., the Minister of Development and Social Assistance, Family and Fight
                # Against Hunger, Renato Falcão, announced": a title with commas, then the name
                subj_start, phrase = ln.start("name"), ln.group("name")
                appos = ln.group("role")
        if not phrase:
            pm = _PRONOUN_END_RE.search(text, tail, back_end)
            if pm:
                subj_start, phrase = pm.start(1), pm.group(1)
        if not phrase:
            rm = _ROLE_END_RE.search(text, tail, back_end)
            if rm and rm.group(1).lower() in _ROLE_SET:
                subj_start, phrase = rm.start(), rm.group()
        if not phrase and not release and _AND_END_RE.search(text, tail, back_end):
            # "Mayor Jane Ortiz visited the site and said ...": the sentence's subject
            sm = _sentence_subject(text, s_start, back_end)
            if sm is not None:
                subj_start, phrase = sm.start("subj"), sm.group("subj")
        last_word = _LAST_WORD_RE.search(text, max(tail, back_end - 24), back_end)
        last = last_word.group().lower() if last_word else ""
        if not phrase and last in _BODY_PEOPLE:
            gm = _BODY_PEOPLE_END_RE.search(text, max(tail, back_end - 160), back_end)
            if gm:
                subj_start, phrase = gm.start(), gm.group()
        if not phrase:
            ap = _TRAILING_APPOS_RE.search(text, max(tail, back_end - 100), back_end)
            if ap is not None and not _UNNAMED_SUBJECT_RE.search(text, ap.start(), back_end):
                bm = _BODY_END_RE.search(text, max(tail, ap.start() - 80), ap.start())
                if bm is not None:
                    # "The Stuttgart-based carmaker, Germany's third-largest by sales, said"
                    subj_start, phrase = bm.start(), bm.group()
                elif _STATEMENT_ASIDE_RE.match(text, ap.start(), back_end):
                    # "The Ministry of Health, in a statement sent to newsrooms yesterday, said"
                    ns, named = _tokens_back(text, ap.start(), s_start)
                    if (
                        named
                        and is_organization(named)
                        and ns == s_start + (len(text[s_start:ns]) - len(text[s_start:ns].lstrip()))
                    ):
                        subj_start, phrase = ns, named
        if not phrase and _BODY_NOUN_RE.fullmatch(last):
            bm = _BODY_END_RE.search(text, max(tail, back_end - 80), back_end)
            if bm is None:
                bm = _RANKED_BODY_END_RE.search(text, max(tail, back_end - 80), back_end)
            if bm:
                subj_start, phrase = bm.start(), bm.group()
        if (
            phrase
            and release
            and _OBJECT_OF_RE.search(text, max(s_start, subj_start - 12), subj_start)
        ):
            continue  # "Economists polled by Reuters had forecast": Reuters is no subject
        if phrase and _common_opening(text, s_start, subj_start, phrase):
            continue  # "Early estimates indicate ...": an adjective, no speaker "Early"
        if phrase and _COMPOUND_SUBJECT_RE.search(text, s_start, subj_start):
            # "Around 600 guests from 53 countries and the African Union Commission have
            # confirmed": the last of a counted compound subject, no speaker
            continue
        if (
            phrase
            and (verb in _EXPECT_VERBS or release)
            and (
                _DETERMINER_END_RE.search(text, max(s_start, subj_start - 8), subj_start)
                # "beat Wall Street estimates", "below the consensus forecast": an object
                or _OBJECT_BEFORE_RE.search(text, max(s_start, subj_start - 12), subj_start)
            )
        ):
            continue  # "raised their Brent forecast": a noun after a determiner, no verb
        if phrase and not release:
            inc = _ANALYSTS_INCLUDING_RE.search(text, max(s_start, subj_start - 120), subj_start)
            if inc is not None and is_organization(inc.group("body")):
                # "Goldman Sachs Group Inc. analysts including Lina Thomsen wrote": the bank
                subj_start, phrase = inc.start("body"), inc.group("body")
        if (
            phrase
            and phrase.endswith(("'s", "’s"))
            and (
                _person_possessor(phrase[:-2])
                or (verb in _EXPECT_OR_PARTICIPLE and not _VERB_OBJECT_RE.match(text, vb, s_end))
            )
        ):
            # "the Office for Budget Responsibility's forecast.", "Governor Shapiro's proposed
            # budget": a possessive before a noun, no subject of a verb
            continue
        if verb in _EXPECT_VERBS and _NOUN_USE_RE.match(text, vb, s_end):
            continue  # "Early estimates indicate": a noun, not the verb "estimates"
        if verb in _POSTED and not _RESULTS_AFTER_RE.match(text, vb, s_end):
            continue  # "posted 40 notices online": an act; "posted a 38 per cent jump": results
        if (
            phrase
            and verb in _TALLY_VERBS
            and not _is_office(phrase)
            and not _REPORTED_THAT_RE.match(text, vb, s_end)
            and not (_RESULTS_AFTER_RE.match(text, vb, s_end) and phrase.lower() not in COUNTRIES)
        ):
            continue  # "Chile reported 1,200 cases": the page's data, not a speaker
        if act:
            if phrase and _is_source(_POSSESSIVE_REST_RE.sub("", phrase)):
                clause_start = _clause_prefix(text, s_start, subj_start)
                cues.append(
                    _Cue(
                        "none",
                        None,
                        None,
                        None,
                        None,
                        subj_start,
                        vb,
                        clause_start,
                        vb,
                        text[subj_start:vb],
                        subj_start,
                        act=True,
                    )  # fmt: skip
                )
            continue
        if (not release and verb in SPEECH_VERBS) or verb in _EXPECT_VERBS:
            nobody = _UNNAMED_SUBJECT_RE.search(text, max(s_start, back_end - 220), back_end)
            if (
                nobody is not None
                and verb in _EXPECT_VERBS
                and not _FORECASTERS_RE.search(nobody.group("lead"))
            ):
                nobody = None  # "The organizers expect": no forecasters, the speaker relays
            if nobody is not None and (not phrase or subj_start >= nobody.start("lead")):
                # "Officials said", "A senior finance ministry official, who asked not to be
                # named, said": nobody named speaks, and no earlier speaker carries on.
                a = nobody.start("lead")
                dated = _DATEISH.match(text[vb:s_end])  # "Officials said yesterday that"
                ce = vb + dated.end() if dated else vb
                cues.append(
                    _Cue("said", None, None, None, None, a, vb, a, ce, text[a:vb], a, "nobody:")
                )
                continue
        if (
            phrase
            and (
                not release
                or verb in _EXPECT_VERBS
                or _is_source(_POSSESSIVE_REST_RE.sub("", phrase))
                # "Nordvik Bulk posted a 38% drop in net profit": a company's results
                or (verb in _POSTED and phrase[:1].isupper())
            )
        ):
            who, kind, role, org, pron = reader.speaker_of(phrase, appos)
            if pron == "org" and verb not in _IT_VERBS:
                continue  # "It also sets out a strategy": a plan, a law, not a speaker
            country = _LEADING_THE_RE.sub("", phrase.lower())
            if (
                who is None
                and not pron
                and not release
                and country in COUNTRIES
                and verb in _COUNTRY_SPEECH_VERBS
                and not _RELATIVE_END_RE.search(text, max(s_start, subj_start - 12), subj_start)
            ):
                # "Germany has said it will cut ...": a state speaks through its government.
                who, kind, role, org, pron = reader.organization(_LEADING_THE_RE.sub("", phrase))
            if who or pron:
                clause_start = _clause_prefix(text, s_start, subj_start)
                dated = _DATEISH.match(text[vb:s_end])
                if dated is None:
                    # "told the council on Sept. 24 that", "said in an interview on Monday"
                    dated = _DATEISH_AFTER_SETTING_RE.match(text, vb, s_end)
                    if dated is None and verb in {"told", "tells", "briefed"}:
                        dated = _DATEISH_AFTER_OBJECT_RE.match(text, vb, s_end)
                    dated_end = dated.end() - vb if dated else 0
                else:
                    dated_end = dated.end() if dated else 0
                clause_end = vb + dated_end
                if _CLAUSE_TAIL_RE.fullmatch(text[vb:s_end]) and _COMMA_QUOTE_END_RE.search(
                    text, s_start, subj_start
                ):
                    # "..., Yang said here Saturday.": the tail of a trailing cue is its clause;
                    # "Yang said 40 more would go on Monday" is no day of the words.
                    clause_end = s_end
                after_quote = bool(
                    _QUOTE_END_RE.search(
                        text[s_start : subj_start if lead_start is None else lead_start]
                    )
                )
                cues.append(
                    _Cue(
                        "pronoun" if pron else ("according_to" if release else "said"),
                        who,
                        kind,
                        role,
                        org,
                        subj_start,
                        vb,
                        clause_start,
                        clause_end,
                        text[subj_start:vb],
                        subj_start,
                        pron,
                        quote_form or after_quote,
                    )
                )
                continue
        # 2. Subject after the verb: "said Mao", "said Chinese ... spokeswoman Mao Ning at".
        if release or verb in _LISTENER_VERBS:
            continue  # "told the Global Times": whoever follows "told" listens
        fwd = _SPACES_RE.match(after)
        if not fwd:
            continue
        f_end, phrase = _tokens_forward(text, vb + fwd.end())
        if (
            not phrase
            or text[va - 2 : va].strip() not in {",", "", "”", '"'}
            and not _COMMA_QUOTE_END_RE.search(text[s_start:va])
        ):
            continue
        appos = None
        am2 = _APPOS_AFTER_RE.match(text[f_end:s_end])
        if am2 and _OF_RE.search(am2.group(1)):
            appos = am2.group(1)
        who, kind, role, org, pron = reader.speaker_of(phrase, appos)
        if who or pron:
            after_quote = bool(_QUOTE_END_RE.search(text[s_start:va]))
            cues.append(
                _Cue(
                    "pronoun" if pron else "said",
                    who,
                    kind,
                    role,
                    org,
                    va,
                    f_end,
                    va,
                    s_end,
                    text[va:f_end],
                    vb + fwd.end(),
                    pron,
                    quote_form or after_quote,
                )
            )
    cues.sort(key=lambda c: c.start)
    return cues


def _single_body_name(word: str) -> bool:
    """Whether one capitalised word before "data show" names a body ("Eurostat", "Ofgem"),
    not a people or a place ("Japanese", "Chinese", "Kenya")."""
    return (
        " " not in word
        and is_name_token(word)
        and word.lower() not in COUNTRIES
        and word.lower() not in _OPENING_MODIFIERS
        and not word.lower().endswith(("ese", "ian", "ish", "an", "ch", "i"))
    )


def _is_office(phrase: str) -> bool:
    """Whether a subject is an organisation with an office (a ministry, an agency), not a
    place ("Chile", "the Western Region") that figures are reported from."""
    words = _LEADING_THE_RE.sub("", phrase.strip().lower()).split()
    if not words or words[-1] in _GEO_HEADS:
        return False
    return _is_source(phrase) or bool(_BODY_END_RE.search(phrase))


def _is_source(phrase: str) -> bool:
    """Whether a subject can be a source of figures: an organisation, a body referred back
    to ("the board"), or a body's officials ("the Danish authorities")."""
    return (
        is_organization(phrase)
        or bool(_BODY_PEOPLE_END_RE.fullmatch(phrase.strip()))
        or bool(_BODY_END_RE.fullmatch(phrase.strip()))
        or bool(_RANKED_BODY_END_RE.fullmatch(phrase.strip()))
    )


def _relay_cues(
    text: str, s_start: int, s_end: int, quotes: list[tuple[int, int]], reader: _Reader
) -> list[_Cue]:
    """'X quoted Y as saying', 'X cited Y as saying', 'X, citing Y, said': Y relayed by X."""
    out: list[_Cue] = []
    if "quoted" not in text[s_start:s_end] and "cit" not in text[s_start:s_end]:
        return out
    for rx in (_QUOTED_AS_RE, _CITING_RE):
        for m in rx.finditer(text, s_start, s_end):
            va, vb = m.start("verb"), m.end()
            if not _outside_quotes(text, va, vb, quotes):
                continue
            f_end, phrase = _tokens_forward(text, vb)
            if not phrase:
                continue
            who, kind, role, org, _ = reader.speaker_of(phrase)
            if who is None:
                continue
            rm = _REPORTER_END_RE.search(text, max(s_start, m.start() - 120), m.start())
            reporter = None
            r_start = va
            if rm:
                reporter, *_ = reader.speaker_of(rm.group("name"))
                r_start = rm.start()
            out.append(
                _Cue(
                    "said",
                    who,
                    kind,
                    role,
                    org,
                    r_start,
                    f_end,
                    r_start,
                    s_end,
                    text[r_start:f_end],
                    r_start,
                    quote_form=True,
                    reported_by=reporter,
                )  # fmt: skip
            )
    return out


_SCOPE_BREAK_RE = re.compile(
    r"(?:,\s*(?:while|whereas)\b|;\s+|"
    r",\s+and\s+(?=(?:(?:the|its|their)\s+[\w\-]+|[A-ZÀ-ÞĀ-ž][\w\-]*)\s+[a-z]))"
)


_PP_END_RE = re.compile(
    r"\b(?:through|via|with|to|for|from|by|into|under|among|alongside)\s+(?:the\s+)?$"
)


def _in_object_phrase(text: str, cue: _Cue, s_start: int) -> bool:
    """Whether a cue's subject sits in a prepositional phrase of the sentence ('we provided $4
    billion through the Relief Agency, which reported ...'): the words before it are not its."""
    if cue.subject_start <= s_start or cue.kind == "quote":
        return False
    return (
        _PP_END_RE.search(text, max(s_start, cue.subject_start - 24), cue.subject_start) is not None
    )


_PUBLISHED_BY_RE = re.compile(
    r"^.*?\s(?:published|released|issued|compiled|produced|conducted|carried out)\s+by\s+"
)
_PUBLICATION_FROM_RE = re.compile(
    r"^.*?\b(?i:report|survey|index|outlook|review|bulletin|statement|figures|data|statistics|"
    r"study|analysis)\s+(?:from|of|by)\s+(?=(?:the\s+)?[A-ZÀ-ÞĀ-ž])"
)
_DAY_TAIL_RE = re.compile(
    r"\s+(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)


_OWNER_TITLE_RE = re.compile(
    r"(?:the\s+)?(?P<owner>[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w&\-]*)*)['’]s\s+"
    r"(?:latest|new|annual|monthly|quarterly|weekly|biannual|flagship)\s+[A-ZÀ-ÞĀ-ž]"
    # "NBS's Petrol Price Watch for May": an acronym's titled publication
    r"|(?P<acr_owner>[A-Z]{2,8})['’]s\s+"
    r"(?!(?:Regional|Country|Office|Bureau|Department|Division|Agency|Service)\b)[A-ZÀ-ÞĀ-ž]"
)
# "the BMC's disaster management cell": a unit of the body, which speaks for it
_OWNER_UNIT_RE = re.compile(
    r"(?:the\s+)?(?P<owner>[A-ZÀ-ÞĀ-ž][\w&\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w&\-]*){0,4})['’]s\s+"
    r"(?:[a-z][\w\-]*\s+){0,3}(?:cell|unit|department|division|office|team|desk|wing|branch|"
    r"control\s+room|secretariat)$"
)
_OFFICE_IN_TAIL_RE = re.compile(r"\s+(?:office|bureau|branch|station)\s+in\s+.*$")
_REPORT_OF_DAY_TAIL_RE = re.compile(
    r"\s+(?:[a-z][\w\-]*\s+){0,2}(?:report|update|bulletin|sitrep|release|statement|briefing)"
    r"(?:\s+(?:of|dated|for)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?$"
)
_DATA_TAIL_RE = re.compile(
    r"\s+(?:published|released|issued|out)(?:\s+(?:on|last|this|earlier|today|yesterday|"
    r"in)\b[\w\s]{0,20})?$|"
    r"(?:\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|quarter))?(?:\s+also)?$|"
    r"\s+(?:data|figures|statistics|estimates|calculations|analysis)$|"
    # "NHS England data released under freedom of information laws"
    r"\s+(?:data|figures|statistics)\s+(?:released|published|obtained|issued|cited|quoted|used)"
    r"\s+(?:under|through|via|by|to|in)\b.*$"
)


def _source_name(src: str) -> str:
    """A source phrase without what only describes it: "the Global status report published by
    the World Health Organization" -> the organisation; "the NIA on Monday" -> the NIA; "FAO's
    latest Food Outlook" -> FAO."""
    owner = _OWNER_TITLE_RE.match(src) or _OWNER_UNIT_RE.match(src)
    if owner:
        return owner.group("owner") or owner.group("acr_owner")
    src = _PUBLISHED_BY_RE.sub("", src) if " by " in src else src
    src = _PUBLICATION_FROM_RE.sub("", src)  # "Rent and Sales Report from the Department"
    src = _DATA_TAIL_RE.sub("", _DATA_TAIL_RE.sub("", src))  # "LSEG data", "X data published"
    src = _OFFICE_IN_TAIL_RE.sub("", src)  # "the National Weather Service office in Davenport"
    # "the MoH situation report of 21 June", "the OCHA flash update of 3 May": the owner
    src = _REPORT_OF_DAY_TAIL_RE.sub("", src)
    return _DAY_TAIL_RE.sub("", src).strip()


def _source_scope_end(text: str, cue: _Cue, s_start: int, s_end: int) -> int | None:
    """Where an according-to source's clause gives way to a clause of its own ('...,
    according to X, while storage stood at 67%'): the offset of the break, or None. A source
    opening its sentence ('According to X, ..., while ...') speaks for all of it."""
    if cue.kind != "according_to" or cue.pronoun or not cue.text.lower().startswith("according"):
        return None
    if not text[s_start : cue.start].strip(' \t\n"“'):
        semi = text.find("; ", cue.end, s_end)  # only a new sentence within the sentence
        return semi if semi >= 0 else None
    m = _SCOPE_BREAK_RE.search(text, cue.end, s_end)
    return m.start() if m else None


def _quote_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The quotes of a paragraph; one opened and never closed runs to the paragraph's end
    (the next paragraph reopens it)."""
    chunk = text[a:b]
    spans = [(a + m.start(), a + m.end()) for m in _QUOTE_RE.finditer(chunk)]
    last = spans[-1][1] - a if spans else 0
    rest = chunk[last:]
    opener = min((i for i in (rest.find("“"), rest.find('"')) if i >= 0), default=-1)
    if opener >= 0 and "”" not in rest[opener:] and rest[opener + 1 :].count('"') == 0:
        start = a + last + opener
        if text[start + 1 : b].strip():
            spans.append((start, b))
    return spans


def _quote_cue(text: str, qa: int, qb: int, para: _Para, reader: _Reader) -> _Cue | None:
    """The speaker named right after ('," said Mao') or before ('Mao said: "') a quote."""
    after = text[qb : para.end]
    m = _VERB_AFTER_QUOTE_RE.match(after)
    if m:
        f_end, phrase = _tokens_forward(text, qb + m.end())
        if phrase:
            am = _APPOS_AFTER_QUOTE_RE.match(text[f_end : para.end])
            appos = am.group(1) if am and _OF_RE.search(am.group(1)) else None
            who, kind, role, org, pron = reader.speaker_of(phrase, appos)
            if who or pron:
                end = para.end if appos else f_end
                sent_end = text.find(".", f_end)
                clause_end = sent_end + 1 if 0 <= sent_end < para.end else para.end
                return _Cue(
                    "quote",
                    who,
                    kind,
                    role,
                    org,
                    qb,
                    end,
                    qb,
                    clause_end,
                    text[qb:f_end].strip(" ,"),
                    qb + m.end(),
                    pron,
                    True,
                )
    m2 = _COMMA_SPACE_RE.match(after)
    assert m2 is not None
    pos = qb + m2.end()
    na = _NAME_APPOS_VERB_RE.match(text, pos, para.end)
    if na and looks_like_person(na.group("name")):
        # '"...," Wang Ya'nan, chief editor of Aerospace Knowledge, told the Global Times'
        who, kind, role, org, pron = reader.speaker_of(na.group("name"), na.group("appos"))
        if who:
            sent_end = text.find(".", na.end())
            clause_end = sent_end + 1 if 0 <= sent_end < para.end else para.end
            return _Cue(
                "quote", who, kind, role, org, qb, na.end(), qb, clause_end,
                text[pos : na.end()], na.start("name"), None, True,
            )  # fmt: skip
    tn = _TITLE_NAME_VERB_RE.match(text, pos, para.end)
    if tn and _ends_with_role(tn.group("title").split(" in ")[0].split(" at ")[0]):
        who, kind, role, org, pron = reader.speaker_of(tn.group("name"), tn.group("title"))
        if who:
            sent_end = text.find(".", tn.end())
            clause_end = sent_end + 1 if 0 <= sent_end < para.end else para.end
            return _Cue(
                "quote", who, kind, role, org, qb, tn.end(), qb, clause_end,
                text[pos : tn.end()], tn.start("name"), None, True,
            )  # fmt: skip
    vm = _VERB_START_RE.match(text, pos, para.end)
    if pos < para.end and not vm:
        # '" Mao continued' / '," he said'.
        words = _NAME_VERB_RE.match(text, pos)
        if words:
            phrase = words.group(1).strip()
            who, kind, role, org, pron = reader.speaker_of(phrase)
            if who or pron:
                end = words.end()
                return _Cue(
                    "quote",
                    who,
                    kind,
                    role,
                    org,
                    qb,
                    end,
                    qb,
                    end,
                    text[pos:end],
                    pos,
                    pron,
                    True,
                )
    lead = max(para.start, qa - 300)  # the cue sits right before the quote
    bm = _NAME_VERB_COLON_RE.search(text[lead:qa])
    if bm:
        np_start, phrase = _tokens_back(text, lead + bm.start("verb"), para.start)
        if not phrase:
            phrase = bm.group("np").strip()
            np_start = lead + bm.start("np")
        who, kind, role, org, pron = reader.speaker_of(phrase)
        if who or pron:
            return _Cue(
                "quote",
                who,
                kind,
                role,
                org,
                np_start,
                qa,
                np_start,
                qa,
                text[np_start:qa].strip(" ,:"),
                np_start,
                pron,
                True,
            )
        return None
    tl = _TITLED_LEAD_RE.search(text, lead, qa)
    if tl and _has_role_word(tl.group("role")):
        who, kind, role, org, pron = reader.speaker_of(tl.group("name"), tl.group("role"))
        if who:
            return _Cue(
                "quote", who, kind, role, org, tl.start(), qa, tl.start(), qa,
                text[tl.start() : qa].strip(" ,:"), tl.start("name"), None, True,
            )  # fmt: skip
    return None


# =========================================================================== bylines
_BYLINE_RES = (
    # Statement given yesterday by Ambassador James Kariuki, UK Deputy Permanent Representative
    re.compile(
        r"\b(?:Statement|Speech|Remarks|Address|Keynote speech|Opening remarks|Briefing|"
        r"Transcript|briefing|remarks|statement|speech|transcript|[Pp]ress [Cc]onference|"
        r"[Nn]ews [Cc]onference)\b[^.\n]{0,60}?\bby\s+"
        r"(?P<np>(?:[A-Z][\w\-]*\.?\s+){0,3}?" + _CAP + r"(?:\s+" + _CAP + r"){1,3})"
        r"(?:,\s+(?P<appos>[^.\n]*?))?(?=\.\s|\.$|\n|$|\s+at\s|\s+on\s)"
    ),
    # Chinese State Councilor Yang Jiechi published on Tuesday a signed article
    re.compile(
        r"(?P<np>(?:[A-Z][\w\-]*\s+){0,4}?" + _CAP + r"(?:\s+" + _CAP + r"){1,2})\s+"
        r"(?:published|wrote|penned|authored)\b[^.\n]{0,80}?\b(?:signed\s+)?"
        r"(?:article|op-ed|commentary|essay)\b[^\n]*?(?:\n[^\n]*?){0,3}?"
        r"full text of the (?:article|op-ed|commentary|essay)"
    ),
    # UN briefing notes: "This is a summary of what was said by UNHCR spokesperson Marta
    # Delgado – to whom quoted text may be attributed – at today's press briefing"
    re.compile(
        r"\bsummary of what was said by\s+"
        r"(?P<np>(?:[A-Z][\w\-]*\.?\s+|[a-z][\w\-]*\s+){0,5}?"
        + _CAP
        + r"(?:\s+"
        + _CAP
        + r"){1,3})"
        r"(?=\s*[–—,(]|\s+-\s|\s+to whom\b|\s+at\s)"
    ),
)
# Cheap tests that a byline pattern can match at all (each pattern is slow on long heads).
_BYLINE_HINTS = (
    re.compile(r"\bby\s"),
    re.compile(r"full text of the"),
    re.compile(r"summary of what was said by"),
)
_REMARKS_HINT = re.compile(
    r"['’]s\s+(?:[Oo]pening\s+)?(?:[Rr]emarks|[Ss]peech|[Ss]tatement|[Aa]ddress)\b"
)
_REMARKS_OF = re.compile(
    r"(?:following\s+)?(?P<who>(?:[A-Z][\w\-]*\s+){0,5}?(?:[A-Z][\w\-]*))['’]s\s+"
    r"(?:[Oo]pening\s+)?(?:[Rr]emarks|[Ss]peech|[Ss]tatement|[Aa]ddress)\b"
)


# The office holder a GOV.UK page is from: "From: <department> and The Rt Hon <Name> MP".
_FROM_HOLDER_RE = re.compile(
    r"^From:[^\n]*?\b(?:The\s+)?Rt\.?\s+Hon\.?\s+(?:(?:Sir|Dame|Dr|Lord|Baroness)\s+)?"
    r"(?P<name>[A-ZÀ-ÞĀ-ž][\w'’\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w'’\-]*){1,3}?)(?:\s+(?:MP|KC|MBE|OBE|CBE))*\s*$",
    re.MULTILINE,
)


@dataclass
class _Byline:
    attribution: Attribution
    start: int  # where the byline's text begins to speak (end of the byline line)
    cue_start: int
    cue_end: int


def _find_byline(text: str, head_end: int, reader: _Reader) -> _Byline | None:
    head = text[:head_end]
    for rx, hint in zip(_BYLINE_RES, _BYLINE_HINTS, strict=True):
        m = rx.search(head) if hint.search(head) else None
        if not m:
            continue
        appos = m.groupdict().get("appos")
        name, role, org = split_title(m.group("np"))
        if not looks_like_person(name):
            continue
        # "Chief Cabinet Secretary KIHARA Minoru": a surname in capitals, written as a name.
        name = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in name.split())
        if appos:
            am = re.match(
                r"(?P<role>[^,]*?)(?:\s+(?:of|for|to|at)\s+(?:the\s+)?(?P<org>[^,]+))?$",
                appos.strip(),
            )
            if am:
                role = role or am.group("role").strip() or None
                org = org or _tidy_org(am.group("org"))
        person = reader.registry.add(name, "person", role, org, gender_of(m.group("np")))
        line_end = text.find("\n", m.end())
        start = m.end() if "full text" in m.group() else (line_end if line_end >= 0 else m.end())
        attr = Attribution(
            speaker=person.name,
            speaker_type="person",
            role=person.role,
            organization=person.org,
            cue="byline",
            cue_text=m.group().strip()[:120],
            confidence=CONFIDENCE["byline"],
        )
        return _Byline(attr, start, m.start(), m.end())
    for m in _REMARKS_OF.finditer(head) if _REMARKS_HINT.search(head) else ():
        who = m.group("who").strip()
        title_words = who.split()
        if not any(w.lower() in _ROLE_SET for w in title_words[-2:]):
            continue
        org_words = " ".join(title_words[:-1])
        short = {
            v.lower(): k.upper() for k, v in ORG_ALIASES.items() if k.isalpha() and len(k) <= 6
        }
        acr = (
            re.search(rf"{re.escape(org_words)}\s*\(([A-Z]{{2,8}})\)", text) if org_words else None
        )
        if acr or org_words.lower() in short:
            abbreviation = acr.group(1) if acr else short[org_words.lower()]
            who = f"{abbreviation} {title_words[-1]}"
        named = re.search(
            rf"{re.escape(who)}\s+(?P<name>[A-ZÀ-ÞĀ-ž][\w\-]*(?:\s+[A-ZÀ-ÞĀ-ž][\w\-]*){{1,2}}?)"
            r"(?:['’]s\b|\s*[,:;\n])",
            head,
        )
        if named is not None and looks_like_person(named.group("name")):
            # "Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference": the name.
            who = named.group("name")
            role_words = title_words
        holder = _FROM_HOLDER_RE.search(head)
        if holder is not None and looks_like_person(holder.group("name")):
            # GOV.UK: "From: Foreign, Commonwealth & Development Office and The Rt Hon Yvette
            # Cooper MP": the office's holder gives the speech.
            who = holder.group("name")
        if named is None or not looks_like_person(named.group("name")):
            role_words = title_words if holder is not None else title_words[-1:]
        line_end = text.find("\n", m.end())
        attr = Attribution(
            speaker=who,
            speaker_type="person",
            role=" ".join(role_words),
            organization=" ".join(title_words[:-1]) or None,
            cue="byline",
            cue_text=m.group().strip(),
            confidence=CONFIDENCE["byline"] - 0.1,
        )
        reader.registry.add(who, "person", role=" ".join(role_words))
        return _Byline(attr, line_end if line_end >= 0 else m.end(), m.start(), m.end())
    return None


def _publisher_name(publisher: str) -> str:
    """'Ministry of Commerce of the People's Republic of China' -> 'Ministry of Commerce'."""
    name = re.sub(r"\s*\([^)]*\)\s*", " ", publisher).strip()
    name = re.sub(r"\s+of the People['’]s Republic of China$", "", name)
    name = re.sub(r",.*$", "", name)
    return canonical_org(name)


# =========================================================================== the walk
def _make(
    cue: _Cue, kind: Cue, reported_by: str | None = None, conf: float | None = None
) -> Attribution:
    return Attribution(
        speaker=cue.speaker,
        speaker_type=cue.speaker_type,
        role=cue.role,
        organization=cue.org,
        reported_by=reported_by if reported_by != cue.speaker else None,
        cue=kind,
        cue_text=" ".join(cue.text.split()) or None,
        confidence=CONFIDENCE[kind] if conf is None else conf,
    )


def _with(attr: Attribution, **changes: object) -> Attribution:
    return attr.model_copy(update=changes)


@dataclass
class _Mentioned:
    name: str
    gender: str | None
    role: str | None
    pos: int


class _Walker:
    def __init__(self, document: Document) -> None:
        self.doc = document
        self.text = document.text
        self.registry = _Registry()
        self.reader = _Reader(self.registry)
        self.layout = _layout(document)
        self.spans: list[AttributionSpan] = []
        self.last_clause: dict[int, tuple[int, int] | None] = {}
        # The author of the last report a person was named to ('a report by ..., Mark
        # Ellison'): 'The report says ...' later in the story is theirs.
        self.report_author: dict[int, Attribution] = {}
        # The last source a story cited by "according to X" / "X data show": "the data show",
        # "the report finds" later in the story are its.
        self.last_source: dict[int, Attribution] = {}
        self.here = 0  # the sentence being read, for phrases that refer back
        self._para_index: dict[int, int] | None = None
        self.here_story = 0
        self.speaker_key: dict[str, str] | None = None  # initials -> name, read when needed
        self.host: Attribution | None = None  # who a bylined transcript's "A:" turns are
        self.quote_speaker: dict[int, Attribution] = {}  # the story's last quoted person

    # ------------------------------------------------------------------ helpers
    def emit(
        self,
        a: int,
        b: int,
        story: int,
        attr: Attribution,
        clause: tuple[int, int] | None,
        frame: tuple[int, int] | None = None,
        quote: bool = False,
    ) -> None:
        if b <= a:
            return
        self.spans.append(
            AttributionSpan(
                start=a,
                end=b,
                story=story,
                attribution=attr,
                cue_start=clause[0] if clause else None,
                cue_end=clause[1] if clause else None,
                frame_start=frame[0] if frame else None,
                frame_end=frame[1] if frame else None,
                quote=quote,
            )
        )

    def resolve_pronoun(
        self, marker: str, seen: list[_Mentioned], current: Attribution | None, exclude: str | None
    ) -> Attribution | None:
        """He/She/'the spokesperson' -> the person meant, or None when it cannot be told."""
        if marker.startswith("body:"):
            head = marker[5:].split()[-1] if marker[5:].split() else ""
            if (
                current is not None
                and current.speaker
                and current.speaker_type == "organization"
                and head in _ANY_BODY_HEADS
                and " " not in marker[5:].strip()
            ):
                # "The World Food Programme said ... The agency said": the body just speaking
                return _with(current, cue="said", confidence=CONFIDENCE["said"] - 0.1)
            return self.resolve_body(marker[5:])
        if marker.startswith("head:"):
            return self.resolve_body(marker[5:], strict=True)
        if marker.startswith("rep:"):
            # "A union representative said": the union the story named, else nobody
            body = self.resolve_body(marker[4:], strict=True)
            if body.speaker:
                return _with(body, cue="said")
            return Attribution(cue="none", confidence=0.6)
        if marker == "nobody:":
            return Attribution(cue="none", confidence=0.6)
        if marker == "report:":
            return self.report_author.get(self.here_story) or self.last_source.get(self.here_story)
        if marker.startswith("office:"):
            office = marker[7:]
            found = self.resolve_pronoun(f"role:{office.lower()}", seen, current, exclude)
            if found is not None and found.speaker:
                return found
            holder = self.registry.person(current.speaker) if current and current.speaker else None
            if (
                current is not None
                and holder is not None
                and holder.kind == "person"
                and current.speaker != exclude
                and (holder.role is None or office.lower().split()[-1] in holder.role.lower())
            ):
                # "Shri Sonowal said ... '...,' the Minister said": the speaker just named
                return _with(current, cue="pronoun", confidence=CONFIDENCE["pronoun"] - 0.1)
            # An office nobody in the text is named to: the office speaks ("the Chancellor").
            return Attribution(
                speaker=office,
                speaker_type="person",
                role=office,
                cue="said",
                confidence=CONFIDENCE["said"] - 0.3,
            )
        if marker.startswith("role:"):
            word = marker[5:]
            for m in reversed(seen):
                if m.name != exclude and m.role and word in m.role.lower():
                    return self.person_attr(m.name, "pronoun")
            for p in self.registry.people.values():
                titled = f"{p.org or ''} {p.role or ''}".lower()
                if p.name != exclude and p.role and (word in p.role.lower() or word in titled):
                    return self.person_attr(p.name, "pronoun")
            return None

        if marker == "org":
            # "..., it added": the organisation speaking, else the story's last source.
            if current and current.speaker and current.speaker_type == "organization":
                relay = self.registry.person(current.reported_by) if current.reported_by else None
                if relay is not None and relay.kind == "organization":
                    # "The central bank estimated ..., the finance ministry said. It added":
                    # the body that spoke last
                    return self.person_attr(relay.name, "pronoun")
                return _with(current, cue="pronoun", confidence=CONFIDENCE["pronoun"])
            source = self.last_source.get(self.here_story)
            if source is not None and source.speaker_type == "organization":
                return _with(source, cue="pronoun", confidence=CONFIDENCE["pronoun"] - 0.1)
            return Attribution(cue="pronoun", confidence=0.2)

        def fits(name: str) -> bool:
            p = self.registry.person(name)
            return (
                p is not None
                and p.kind == "person"
                and name != exclude
                and (p.gender is None or p.gender == marker)
            )

        if current and current.speaker and fits(current.speaker):
            return _with(current, cue="pronoun", confidence=CONFIDENCE["pronoun"])
        cands = [m for m in seen if fits(m.name)]
        if not cands:
            return Attribution(cue="pronoun", confidence=0.2)
        last = cands[-1]
        rivals = {m.name for m in cands if m.pos == last.pos}
        if len(rivals) > 1:
            holders = [
                r
                for r in sorted(rivals)
                if self.has_role(r) and len(r.split()) >= 2  # a full name, not a first name
            ]
            if len(holders) == 1:
                # "Minister X made the announcement at the home of the MacIsaac family. She
                # said ...": the one titled speaker of the sentence
                return self.person_attr(holders[0], "pronoun")
            return Attribution(cue="pronoun", confidence=0.2)
        return self.person_attr(last.name, "pronoun")

    def has_role(self, name: str) -> bool:
        """Whether a person of the registry holds a titled role ("Minister", "Governor")."""
        holder = self.registry.person(name)
        return bool(holder is not None and holder.role and _has_role_word(holder.role))

    def resolve_body(self, phrase: str, strict: bool = False) -> Attribution:
        """'the board', 'the national railway operator': the organisation of the story the
        phrase refers back to (named earlier with that head noun, else named anywhere in the
        story with one of its words), else the phrase itself. ``strict``: only a body named
        with that head noun, else nobody ("Department figures show" on a page naming none)."""
        words = phrase.lower().split()
        head = words[-1]
        a, b = self.layout.stories[self.here_story]
        here = self.here

        def runs(lo: int, hi: int) -> list[str]:
            out = []
            for m in _ORG_RUN_RE.finditer(self.text, lo, hi):
                run = _LEADING_THE_RE.sub("", m.group().replace("’", "'")).removeprefix("The ")
                run = _AND_PERSON_RE.sub("", run)  # "Department for Transport and The Rt Hon"
                run = _DAY_TAIL_RE.sub("", run)  # "the Ministry of Natural Resources on Friday"
                run = _HEAD_OF_RE.sub("", run)  # "Chairman of the Suez Canal Authority"
                if run.lower() in ORG_HEADS:
                    continue  # "Council tax bills ...": a common noun opening a sentence
                if self.text[m.start() - 1 : m.start()] == "(" and run.lower() in OUTLETS:
                    continue  # "MEXICO CITY (Reuters) -": the wire, no body of the story
                if (m.start() == 0 or self.text[m.start() - 1] == "\n") and _DATELINE_RE.match(
                    self.text, m.start()
                ):
                    continue  # "CURITIBA, Brazil - ": the dateline's city, no body
                if run.upper() in _LABEL_WORDS or (
                    run.isupper() and _LABEL_NEXT_RE.match(self.text, m.end()) is not None
                ):
                    continue  # "MS. LEE:", "Q:": a turn label, no body
                if " of " in run:
                    listed = _ORG_LIST_TAIL_RE.match(self.text, m.end())
                    if listed:
                        run += listed.group()  # "Ministry of Trade, Industry and Resources"
                owned = _POSSESSIVE_SPLIT_RE.match(run)
                if owned is not None and is_organization(owned.group(2)):
                    # "the Council's Working Group on ...": the working group is a body too
                    if owned.group(1).lower() not in ORG_HEADS:  # "The Company's Board"
                        out.append(owned.group(1))
                    run = owned.group(2)
                if is_organization(run) and not looks_like_person(run):
                    out.append(run)
            # "The FTSE 100 group": the phrase's own words name no other body
            return [r for r in out if r.lower() not in phrase.lower()]

        marks = [w[:3].lower() for w in phrase.split()[:-1] if w[:1].isupper() and w != "The"]

        def fits(run: str) -> bool:
            """'the Japanese government' is never the 'Government of Uzbekistan' named before."""
            return all(any(w.lower().startswith(m) for w in run.split()) for m in marks)

        before_here = runs(a, here)
        earlier = [r for r in before_here if head in r.lower().split() and fits(r)]
        name = earlier[-1] if earlier else None
        if name is None:
            known = [
                p.name
                for p in self.registry.people.values()
                if p.kind == "organization"
                and head in p.name.lower().split()
                and fits(p.name)
                and p.name.lower() != head  # "the Ministry" names no body of its own
                # "IT services company": a description, not a name
                and not any(w.islower() and w not in _CONNECT for w in p.name.split()[1:])
            ]
            name = known[-1] if known else None
        if strict and name is None:
            return Attribution(cue="according_to", confidence=0.3)

        def other_kind(run: str) -> bool:
            """A body of another kind ('Ministry of Health' for 'the regional health office')."""
            nouns = {w for w in run.lower().split() if _BODY_NOUN_RE.fullmatch(w)}
            return bool(nouns) and head not in nouns and not nouns & _ANY_KIND_NOUNS

        if name is None and len(words) > 1:
            content = set(words) - {"national", "state", "local", "new", "main", "public"}
            near = [
                r
                for r in runs(a, b)
                if content & set(r.lower().split()) and not other_kind(r) and fits(r)
            ]
            name = near[0] if near else None
        if name is None and head in _ANY_BODY_HEADS:
            # "The New York-based group said": the organisation the story named last.
            name = before_here[-1] if before_here else None
        if name is None and head in _COMPANY_HEADS:
            # "Shares in Harcastle, the supermarket chain, jumped ... The company said": the
            # company its paragraph introduced, before the one the story opened on
            intro = list(_COMPANY_INTRO_RE.finditer(self.text, a, here))
            if intro:
                last = intro[-1]
                group = "a" if last.group("a") else "b"
                # "Shares of Maplecrest Foods Inc. fell"
                stop = last.end(group)
                name = with_corporate_stop(last.group(group), self.text[stop : stop + 1])
        if name is None:
            name = self.story_actor(a, here)  # "Nordvik Steel posted ... the company said"
            if (
                name is not None
                and len(words) > 1
                and head in _INSTITUTION_HEADS
                and not is_organization(name)
            ):
                name = None  # "the central bank": never "Headline" opening a sentence
            if name is None:
                # "Palmer Foods will cut 400 jobs, the company said": the actor opening the
                # sentence that names the body.
                line = self.text[here:b].split("\n", 1)[0]
                at = re.search(rf"\b(?:the|this|that)\s+{re.escape(phrase)}\b", line, re.I)
                if (
                    at is not None
                    and at.start() > 0
                    and not _STOP_RE.search(line, 0, at.start())  # "9.2%" is no stop
                ):
                    name = self.story_actor(a, here + at.start())
            if name is not None and len(words) > 1 and other_kind(name):
                name = None  # "the regional health office said": that office, not the ministry
            if name is not None and head in _INSTITUTION_HEADS and not is_organization(name):
                name = None  # "the health ministry": never a city opening the sentence
            if name is None and len(words) == 1:
                line = self.text[here:b].split("\n", 1)[0]
                at = re.search(rf"\b(?:the|this|that)\s+{re.escape(phrase)}\b", line, re.I)
                if at is not None:
                    name = _proper_body_before(line, at.start(), self.registry)
        who, kind, *_ = self.reader.organization(name or phrase)
        return Attribution(
            speaker=who,
            speaker_type=kind,
            cue="said",
            confidence=CONFIDENCE["said"] - (0.1 if name else 0.3),
        )

    def story_actor(self, a: int, here: int) -> str | None:
        """The proper name the story opens its sentences on before ``here`` (the company a
        later "the Oslo-based company" refers back to): never a known person, a place after a
        preposition, or a capitalised common word (one the text also writes in lower case)."""
        for para in self.layout.paras:
            if para.start >= here or para.end <= a:
                continue
            for sent in para.sentences:
                if sent.start >= here:
                    return None
                if not _SENTENCE_CLOSE_RE.search(self.text, sent.start, sent.end):
                    continue  # a byline, a dateline or a heading: no sentence, no actor
                lo = sent.start
                dateline = _DATELINE_RE.match(self.text, lo, sent.end)
                if dateline:
                    lo = dateline.end()
                for m in _ORG_RUN_RE.finditer(self.text, lo, min(sent.end, here)):
                    if m.start() >= lo + 80:
                        break  # the actor opens its sentence
                    run = _POSSESSIVE_REST_RE.sub("", m.group().replace("’", "'"))
                    if self.text[m.end() : m.end() + 1].isalnum():
                        continue  # cut by the reading window: "Mo" of "Monday"
                    if _PARTICLE_BEFORE_RE.search(self.text, max(lo, m.start() - 5), m.start()):
                        continue  # "at Uniao da Vitoria": the tail of a place's name
                    run = _SHARES_OF_RUN_RE.sub("", run)  # "Shares of Maplecrest Foods Inc."
                    run = with_corporate_stop(run, self.text[m.end() : m.end() + 1])
                    if run.startswith("The ") and is_organization(run):
                        run = run[4:]  # "The World Food Programme appealed"
                    if "-based" in run or "-headquartered" in run:
                        continue  # "Bengaluru-based IT services firm Varuna Infotech"
                    run = _DAY_TAIL_RE.sub("", run)  # "Varuna Infotech on Tuesday reported"
                    nxt = _LOWER_NEXT_RE.match(self.text, m.end())
                    if nxt is not None and nxt.group(1) in _ROLE_SET:
                        continue  # "Trade minister Ana Lopes": a portfolio, no actor
                    first = run.split()[0] if run.split() else ""
                    if (
                        _NAME_WITH_S_RE.fullmatch(run)
                        and nxt is not None
                        and (_ACTOR_VERB_RE.fullmatch(nxt.group(1)))
                    ):
                        return run  # "Brindley's has reported": a company named for its founder
                    if (
                        not first
                        or not (is_name_token(first) or is_organization(run))
                        or _HONORIFIC_RE.match(run)
                        or split_title(run)[1]
                        or first.lower() in _lower_words(self.text)
                        or (
                            # "Households will pay ...": one plural or generic word,
                            # capitalised only where it opens a sentence, is no actor.
                            " " not in run
                            and m.start() == lo
                            and run not in _inner_caps(self.text)
                            and (
                                (run.endswith("s") and not run.endswith("ss"))
                                or run.lower() in ORG_HEADS  # "Council tax will rise"
                                or run.lower() in _OPENING_MODIFIERS
                                or _FIGURE_NEXT_RE.match(self.text, m.end()) is not None
                                # "Supermarket chain Brindley's": a descriptor of the name
                                or (nxt is not None and _BODY_NOUN_RE.fullmatch(nxt.group(1)))
                            )
                        )
                        or first.lower() in COUNTRIES
                        # "Norwegian dry bulk shipper Nordvik Bulk": a nationality
                        or (" " not in run and nxt is not None and _DEMONYM_RE.fullmatch(run))
                        or run.lower() in OUTLETS
                        or run.isupper()
                        or (
                            _OBJECT_OF_RE.search(self.text, max(lo, m.start() - 8), m.start())
                            # "Shares in Kaneda Robotics fell": the company the story is about
                            and not _SHARES_IN_RE.search(
                                self.text, max(lo, m.start() - 12), m.start()
                            )
                        )
                    ):
                        continue
                    known = self.registry.person(self.registry.resolve(run))
                    if (
                        known is not None
                        and known.kind == "person"
                        and (known.role or known.gender)
                    ):
                        continue
                    return run
        return None

    def person_attr(self, name: str, cue: Cue) -> Attribution:
        p = self.registry.person(name)
        return Attribution(
            speaker=name,
            speaker_type=p.kind if p else "person",
            role=p.role if p else None,
            organization=p.org if p else None,
            cue=cue,
            cue_text=None,
            confidence=CONFIDENCE[cue],
        )

    def named_subject(self, a: int, b: int, kind: str | None) -> bool:
        """Whether a news sentence opens with a place or body of its own as subject and a
        present-tense verb ('Antofagasta handles roughly 12% of ...'): narration, after a
        speaker's reported words."""
        m = _NAMED_SUBJECT_RE.match(self.text, a, b)
        if m is None or kind != "said" or self.doc.genre != "article":
            return False
        name, verb = m.group("name"), m.group("verb")
        return (
            verb not in SPEECH_VERBS
            and not verb.endswith("ss")  # "Business grew": no verb
            and name.lower() not in _OPENING_MODIFIERS
            and name.lower() not in _lower_words(self.text)  # a common noun: "Copper accounts for"
            and not self.names_in(m.start("name"), m.end("name"))
        )

    def names_in(self, a: int, b: int) -> list[str]:
        """Canonical people named in a span (by full name, alias or surname)."""
        index = self.registry.forms()
        hits: set[str] = set()
        for run in _CAP_RUN_RE.finditer(self.text, a, b):
            words = run.group().replace("’", "'").split()
            words = [w[:-2] if w.endswith("'s") else w for w in words]
            for i in range(len(words)):
                for n in range(1, min(4, len(words) - i) + 1):
                    hits.update(index.get(" ".join(words[i : i + n]), ()))
        order = self.registry.order
        return sorted(hits, key=lambda name: order.get(name, 0))

    def signed_by(self, para: _Para) -> Attribution | None:
        """The person a "- Name, Title" line right after a quote paragraph signs it for."""
        if self._para_index is None:
            self._para_index = {p.start: i for i, p in enumerate(self.layout.paras)}
        i = self._para_index.get(para.start)
        if i is None or i + 1 >= len(self.layout.paras):
            return None
        # the signature may come after the quote's further paragraphs ('"..."' '"..."' then
        # the name and the title, each on its own line)
        m = None
        title: str | None = None
        paras = self.layout.paras
        for j in range(i + 1, min(i + 4, len(paras))):
            nxt = paras[j]
            if nxt.story != para.story:
                return None
            m = _SIGNED_RE.match(self.text, nxt.start, nxt.end)
            if m is not None:
                title = m.group("title")
                break
            m = _SIGNED_NAME_RE.match(self.text, nxt.start, nxt.end)
            if m is not None and j + 1 < len(paras):
                # "The Honourable Claire Ouellette-Baird" / "Minister of Energy and ...": the
                # name and the title on lines of their own (Canada.ca)
                line = self.text[paras[j + 1].start : paras[j + 1].end].strip()
                if _has_role_word(line):
                    title = line
                    break
            m = None
            if self.text[nxt.start : nxt.start + 1] not in _QUOTE_OPENERS:
                return None
        if m is None:
            return None
        who, kind, role, org, _ = self.reader.speaker_of(m.group("name"), title)
        if who is None or kind != "person":
            return None
        return Attribution(
            speaker=who,
            speaker_type=kind,
            role=role,
            organization=org,
            cue="quote",
            cue_text=self.text[nxt.start : min(nxt.end, nxt.start + 120)].strip(),
            confidence=CONFIDENCE["quote"] - 0.1,
        )

    def is_publisher(self, name: str | None) -> bool:
        """Whether a body is the page's own publisher ("Federal Statistical Office" on a
        release by "Federal Statistical Office (Destatis)")."""
        publisher = self.doc.publisher
        if not publisher or not name or self.doc.genre != "article":
            return False
        pub = normalise_key(_publisher_name(publisher))
        key = normalise_key(name)
        return bool(key) and (key == pub or pub.startswith(f"{key} ") or key.startswith(f"{pub} "))

    def own_outlet(self, name: str) -> bool:
        """Whether a source is the page's own outlet ("a Reuters poll" on a Reuters story)."""
        publisher = self.doc.publisher
        if not publisher or self.doc.genre != "article" or not is_organization(name):
            return False
        pub = normalise_key(_publisher_name(publisher))
        if pub not in OUTLETS and pub.split()[0] not in OUTLETS:
            return False  # a ministry's or a bank's own release speaks for it
        key = normalise_key(name)
        return key == pub or pub.startswith(f"{key} ") or key.startswith(f"{pub} ")

    def turn_attr(self, turn: _Turn) -> Attribution:
        raw = _LABEL_TIME_RE.sub("", turn.label.strip().rstrip(":"))
        raw = raw.strip("[]【】 ")
        if self.speaker_key is None:
            self.speaker_key = _speaker_key(self.text)
        keyed = raw in self.speaker_key
        raw = self.speaker_key.get(raw, raw)  # "TAG:" in a transcript with a speaker key
        if turn.role == "question" and raw.count(",") == 1 and role_free(raw):
            raw = raw.split(",")[1].strip()  # "Ananya Iyer, The Hindu" asking: the outlet
            if not looks_like_person(raw):
                raw = canonical_org(raw)
                self.registry.add(raw, "organization")
        titled = split_title(" ".join(w.capitalize() if w.isupper() else w for w in raw.split()))
        if (
            is_organization(raw)
            and "(" not in raw
            and not (titled[1] and looks_like_person(titled[0]))
            # "Mi Feng, ... spokesperson of the National Health Commission": a person
            and not ("," in raw and looks_like_person(raw.split(",")[0].strip()))
        ):
            name, role = raw, None
        else:
            name, role = clean_label(raw)  # "DEPUTY PENTAGON PRESS SECRETARY MARCUS HALE"
        if raw in self.registry.people and self.registry.people[raw].kind == "organization":
            name, role = raw, None
        label_text = f"{turn.label.strip()}:"
        if name.upper() in {"A", "ANSWER"} and self.host is not None:
            # "A:" in a press conference "by Chief Cabinet Secretary KIHARA Minoru": the host.
            return _with(self.host, cue="turn", cue_text=label_text, confidence=CONFIDENCE["turn"])
        if name.upper() in _ANONYMOUS_LABELS:
            question = name.upper() != "A"
            intro = (
                _SELF_INTRO_RE.match(self.text, turn.start + len(turn.label) + 1, turn.end)
                if question
                else None
            )
            if intro is not None and looks_like_person(intro.group("name")):
                # "Q: Sam Whitaker, Politico. On munitions ...": the outlet asks.
                outlet = canonical_org(intro.group("outlet"))
                self.registry.add(outlet, "organization")
                return Attribution(
                    speaker=outlet,
                    speaker_type="organization",
                    cue="question",
                    cue_text=f"{label_text} {intro.group(0).strip()}",
                    confidence=CONFIDENCE["question"],
                )
            return Attribution(cue="question" if question else "turn", cue_text=label_text)
        if name.lower().startswith("the ") and name[4:].lower() in _ROLE_SET:
            name, role = name[4:], role or name[4:]  # "THE PRESIDENT:" -> President
            holder = next(
                (
                    p
                    for p in self.registry.people.values()
                    if p.kind == "person" and p.role and p.role.lower() == name.lower()
                ),
                None,
            )
            if holder is not None:
                # "THE PRESS SECRETARY:" on a briefing "by Press Secretary Nina Castellanos"
                return _with(self.person_attr(holder.name, "turn"), cue_text=label_text)
        question = turn.role == "question" or (
            turn.role is None and (name.lower() in OUTLETS or is_organization(name))
        )
        if keyed and question:
            # Initials read as an outlet's acronym: a person of the key asks only with a "?".
            question = bool(_QUESTION_END_RE.search(self.text, turn.start, turn.end))
        if is_organization(name) and not looks_like_person(name):
            canon = self.registry.resolve(canonical_org(name), "organization") or canonical_org(
                name
            )
            self.registry.add(canon, "organization")
            return Attribution(
                speaker=canon,
                speaker_type="organization",
                cue="question" if question else "turn",
                cue_text=label_text,
                confidence=CONFIDENCE["question" if question else "turn"],
            )
        canonical = self.registry.resolve(name, "person")
        person = self.registry.add(canonical or name, "person", role)
        if canonical and name != canonical:
            self.registry.alias(person, name)
        return Attribution(
            speaker=person.name,
            speaker_type="person",
            role=person.role,
            organization=person.org,
            cue="question" if question else "turn",
            cue_text=label_text,
            confidence=CONFIDENCE["question" if question else "turn"],
        )

    # ------------------------------------------------------------------ main
    def run(self) -> Attributions:
        text = self.text
        _collect_people(text, self.registry)
        first_body = self.layout.paras[0].start if self.layout.paras else 0
        head_end = min(len(text), max(1200, first_body + 600))
        byline = _find_byline(text, head_end, self.reader)
        base_doc: Attribution | None = None
        if (
            byline is None
            and not self.layout.turns
            and self.doc.genre == "transcript"
            and (self.doc.publisher)
        ):
            name = _publisher_name(self.doc.publisher)
            self.registry.add(name, "organization")
            base_doc = Attribution(
                speaker=name,
                speaker_type="organization",
                cue="byline",
                cue_text=None,
                confidence=0.6,
            )
        byline_stories: set[int] = set()
        if byline and self.doc.genre == "transcript":
            self.host = byline.attribution
        if byline:
            bstory = next(
                (i for i, (a, b) in enumerate(self.layout.stories) if a <= byline.start < b), 0
            )
            byline_stories = {bstory, bstory + 1}

        opening = self.opening_speaker() if byline is None and base_doc is None else None
        self.headlines()
        # Per story state.
        story_state: dict[int, tuple[Attribution | None, str | None]] = {}
        seen: dict[int, list[_Mentioned]] = {}
        speeches: dict[int, Attribution] = {}
        for para in self.layout.paras:
            story = para.story
            current, current_kind = story_state.get(story, (None, None))
            mentioned = seen.setdefault(story, [])
            base: Attribution | None = None
            base_clause: tuple[int, int] | None = None
            if para.turn is not None:
                turn = self.layout.turns[para.turn]
                base = self.turn_attr(turn)
                label = _label_of(text[para.start : para.end]) if para.start == turn.start else None
                if para.start == turn.start and turn.label:
                    base_clause = (turn.start, turn.start + len(turn.label))
                if label:
                    self.emit(para.start, para.start + label[1], story, base, base_clause)
            elif byline and story in byline_stories and para.start >= byline.start:
                base = byline.attribution
                base_clause = (byline.cue_start, byline.cue_end)
            elif base_doc is not None:
                base = base_doc
            elif opening is not None and opening[0] <= para.start < opening[1]:
                # an introductory statement read before the questions, unlabelled
                base = opening[2]
            elif story in speeches:
                base = speeches[story]  # prepared remarks run to the end of the story
            if base is not None:
                self.walk_framed(para, base, base_clause, mentioned)
                story_state[story] = (None, None)
                continue
            current, current_kind = self.walk_article(para, current, current_kind, mentioned)
            story_state[story] = (current, current_kind)
            if (
                current_kind == "lead_in"
                and current is not None
                and _REMARKS_FOLLOW_RE.search(text, para.start, para.end)
            ):
                # "Her remarks, as prepared for delivery, follow:": a speech, read as one turn
                speeches[story] = _with(current, cue="quote", confidence=CONFIDENCE["quote"])
        people = {
            p.name: tuple(sorted(a for a in p.aliases if a != p.name))
            for p in self.registry.people.values()
        }
        return Attributions(self.spans, people, self.layout.stories)

    def opening_speaker(self) -> tuple[int, int, Attribution] | None:
        """An unlabelled introductory statement before a transcript's first turn ("Good
        afternoon, the Vice-President and I welcome you ..."): from its first paragraph in the
        first person to the first turn, the first answering turn's person, named in the header.
        """
        turns = self.layout.turns
        if self.doc.genre != "transcript" or not turns:
            return None
        first = turns[0].start
        start = next(
            (
                p.start
                for p in self.layout.paras
                if p.turn is None
                and p.end <= first
                and _PARA_END_RE.search(self.text[p.start : p.end])
                and _FIRST_PERSON_ANY_RE.search(self.text, p.start, p.end)
            ),
            None,
        )
        if start is None:
            return None
        for turn in turns:
            if turn.role == "question":
                continue
            attr = self.turn_attr(turn)
            if (
                attr.speaker
                and attr.speaker_type == "person"
                and attr.cue == "turn"
                and _has_name(self.text[:start], attr.speaker.split()[-1])
            ):
                return start, first, _with(attr, confidence=CONFIDENCE["turn"] - 0.2)
            return None
        return None

    def quotes_of(self, para: _Para) -> list[tuple[tuple[int, int], _Cue | None]]:
        out: list[tuple[tuple[int, int], _Cue | None]] = []
        for qa, qb in _quote_spans(self.text, para.start, para.end):
            out.append(((qa, qb), _quote_cue(self.text, qa, qb, para, self.reader)))
        return out

    def note_mentions(self, a: int, b: int, *lists: list[_Mentioned]) -> None:
        """Record the people a sentence names in each list (for pronouns to point to)."""
        # "Mr Berg", "Ms Lind": the honorific tells the gender a later he/she needs.
        for m in _HONORED_RE.finditer(self.text, a, b):
            name = m.group("name")
            if looks_like_person(name):
                gender = "m" if m.group("title") == "Mr" else "f"
                known = self.registry.resolve(name, "person")
                self.registry.add(known or name, "person", gender=gender)
        # Bare names ("Wen Tao met Bo Yang") are people a pronoun may point to.
        for m in _BARE_NAME_RE.finditer(self.text, a, b):
            name = m.group()
            if _PLACE_PREP_BEFORE_RE.search(self.text, max(a, m.start() - 8), m.start()):
                continue  # "at Rail Bhawan", "in Phnom Penh": a place, no person
            if name.split()[-1] in _NUMBERED_WORDS:
                continue  # "Wind Signal No. 1", "Resolution No. 12": a numbered thing
            if name.split()[0].lower() in _OPENING_NON_NAMES:
                continue  # "Outside Dublin, the Border region saw ...": a place, no person
            if len(name.split()) >= 2 and (
                name.split()[-1].lower() in PLACE_ENDS or name.split()[-1].lower() in _SITE_ENDS
            ):
                continue  # "Canyon View", "Millcreek Park", "Oak Hollow": places, no people
            if len(name.split()) > 2 and _PORTFOLIO_BEFORE_RE.search(
                self.text, max(a, m.start() - 12), m.start()
            ):
                name = name.split(maxsplit=1)[1]  # "Secretary of Agriculture Brooke Rollins"
            elif len(name.split()) > 2 and name.split()[0].isupper():
                name = name.split(maxsplit=1)[1]  # "Minister for Skills and TAFE Gayle Tierney"
            titled, title, _ = split_title(name)
            if title and len(titled.split()) >= 2:
                name = titled  # "Warden Errol Hiltz": the person, without the title
            if (
                looks_like_person(name)
                and not _ends_with_role(name.lower())  # "Homeland Security Secretary"
                and not any(w.lower() in PORTFOLIO_WORDS for w in name.split())
                and not is_organization(name)
                and name.split()[-1].lower() not in _UNIT_HEADS  # "the Prices Division"
                and not self.registry.resolve(name)
            ):
                self.registry.add(name, "person")
        for name in self.names_in(a, b):
            p = self.registry.person(name)
            seen = _Mentioned(name, p.gender if p else None, p.role if p else None, a)
            for mentioned in lists:
                mentioned.append(seen)

    def headlines(self) -> None:
        """Headline lines ingest set aside before the first story: the page's voice on the
        first story's day, or the person or office announcing in them."""
        if not self.layout.stories:
            return
        first = min(a for a, _ in self.layout.stories)
        story = next(i for i, (a, _) in enumerate(self.layout.stories) if a == first)
        for block in self.doc.blocks:
            if block.kind != BlockKind.FURNITURE or block.end > first:
                continue
            line = self.text[block.start : block.end]
            if "\n" in line.strip() or len(line) > 200 or len(line.split()) < 3:
                continue
            para = _Para(block.start, block.end, story, None, [_Sentence(block.start, block.end)])
            self.here, self.here_story = block.start, story
            self.emit(block.start, block.end, story, self.headline_speaker(para), None)

    def headline_speaker(self, para: _Para) -> Attribution:
        """'Prime Minister announces £2.5 billion ...': the office or person announcing."""
        if not para.sentences:
            return NONE
        first = para.sentences[0]
        for cue in _find_cues(self.text, first.start, first.end, [], self.reader):
            if cue.kind not in {"said", "pronoun"} or cue.subject_start != first.start:
                continue
            if cue.pronoun and cue.pronoun.startswith("office:"):
                found = self.resolve_pronoun(cue.pronoun, [], None, None)
                return found if found is not None and found.speaker else NONE
            if cue.speaker and cue.speaker_type == "person":
                return _make(cue, "said")
            return NONE
        return NONE

    def opens_with_actor(self, para: _Para, current: Attribution) -> bool:
        """Whether a paragraph opens on an actor of its own ("Firefighters were battling",
        "A spokesperson for ...", another named person): reported speech does not carry in."""
        first = para.sentences[0]
        if self.doc.genre == "article" and _OPENING_FIGURE_RE.match(
            self.text, first.start, first.end
        ):
            return True  # "4,000 people attended": the page's narration opens on a figure
        m = _OPENING_SUBJECT_RE.match(self.text, first.start, first.end)
        if m and (m.group("head").lower() in GROUP_NOUNS or _ends_with_role(m.group(0))):
            return True
        lead = min(first.end, first.start + 60)
        return any(name != current.speaker for name in self.names_in(first.start, lead))

    def trailing_relayer(
        self,
        cue: _Cue,
        cues: list[_Cue],
        sent: _Sentence,
        attr: Attribution | None,
        mentioned: list[_Mentioned],
        current: Attribution | None,
    ) -> tuple[tuple[int, int], str] | None:
        """The frame and speaker of a trailing cue relaying a leading speaker's reported words.

        "Foreign Minister Wang Yi said on Monday that ..., spokeswoman Mao Ning told reporters."
        The leading cue must be reported speech (not a quote) by a named person, the trailing
        one a comma-led '<someone> said' closing the sentence with no clause of its own.
        """
        if (
            attr is None
            or not attr.speaker
            or attr.speaker_type not in {"person", "organization"}
            or cue.kind != "said"
            or cue.quote_form
            or cue.pronoun
        ):
            return None
        text = self.text
        for trail in reversed(cues):
            if trail.start <= cue.end or trail.kind not in {"said", "pronoun"}:
                continue
            if not _TRAIL_LEAD_RE.search(text, cue.end, trail.start):
                return None
            if not _CLAUSE_TAIL_RE.fullmatch(text, trail.end, sent.end):
                return None
            if trail.pronoun:
                found = self.resolve_pronoun(trail.pronoun, mentioned, current, attr.speaker)
                relay = found.speaker if found is not None else None
            else:
                relay = trail.speaker
            if not relay or relay == attr.speaker:
                return None
            return (trail.clause_start, trail.clause_end), relay
        return None

    def office_cue(self, cue: _Cue, outer: str) -> _Cue:
        """An office relayed by another speaker, as the person who holds it: "Dujarric said the
        Secretary-General had told ministers that ..." (the office itself when nobody named
        in the text holds it)."""
        if not cue.pronoun or not cue.pronoun.startswith("office:"):
            return cue
        found = self.resolve_pronoun(cue.pronoun, [], None, outer)
        if found is None or not found.speaker or found.speaker == outer:
            return cue
        return replace(
            cue, kind="said", speaker=found.speaker, speaker_type=found.speaker_type,
            role=found.role, pronoun=None,
        )  # fmt: skip

    def second_statement(
        self, cue: _Cue, cues: list[_Cue], sent: _Sentence, story: int, attr: Attribution
    ) -> None:
        """'X said ..., while Y said 30 ...': from the break on, the second speaker speaks."""
        text = self.text
        for c in cues:
            if c.start < cue.end or c.kind != "said" or not c.speaker:
                continue
            brk = _SCOPE_BREAK_RE.search(text, cue.end, c.start)
            if brk is None or c.speaker == attr.speaker:
                return
            self.emit(
                brk.start(), sent.end, story, _make(c, "said"), (c.clause_start, c.clause_end)
            )
            return

    def walk_article(
        self,
        para: _Para,
        current: Attribution | None,
        current_kind: str | None,
        mentioned: list[_Mentioned],
    ) -> tuple[Attribution | None, str | None]:
        text = self.text
        story = para.story
        ptext = text[para.start : para.end].strip()
        quotes = self.quotes_of(para)
        qspans = [q for q, _ in quotes]
        clause: tuple[int, int] | None = None
        if ptext[:1] in _QUOTE_OPENERS and all(found is None for _, found in quotes):
            signed = self.signed_by(para)
            if signed is not None:
                # a quote, then "- The Honourable Heath MacDonald, Minister of ...": the
                # Canadian release style that signs each quote on the line below it
                return self.walk_introduced(para, signed, mentioned)
        if current_kind == "quote_next":
            if (
                current is not None
                and para.sentences
                and ptext[:1] in _QUOTE_OPENERS
                and all(found is None for _, found in quotes)
                and not _find_cues(text, para.start, para.end, qspans, self.reader)
            ):
                return self.walk_introduced(para, current, mentioned)
            current, current_kind = None, None
        if current_kind in {"lead_in", "lead_on"}:
            opener = text[para.start : para.start + 1]
            if (
                current is not None
                and para.sentences
                and (
                    current_kind == "lead_in"
                    or opener in _LEAD_ON_OPENERS
                    # GOV.UK prints the words after "X said:" without quote marks: they go on
                    # while the paragraph speaks in the first person and names no one else
                    or (
                        _FIRST_PERSON_ANY_RE.search(ptext) is not None
                        and not _find_cues(text, para.start, para.end, qspans, self.reader)
                    )
                )
                # '"...," said Rachel Adeyemi': a quote paragraph with a speaker of its own
                and not any(
                    found is not None and found.speaker and found.speaker != current.speaker
                    for _, found in quotes
                )
            ):
                return self.walk_introduced(para, current, mentioned)
            current, current_kind = None, None
        if not _PARA_END_RE.search(ptext) and len(ptext) < 200:
            # A heading, a menu line, a caption: the page speaks, and any carry-over ends;
            # a headline's subject speaks when it is a person or an office that announces.
            self.emit(para.start, para.end, story, self.headline_speaker(para), None)
            return None, None
        if current is not None and para.sentences and self.opens_with_actor(para, current):
            current, current_kind = None, None  # a new paragraph with its own actor
        if (
            current is not None
            and current_kind in {"said", "pronoun"}
            and self.doc.genre == "article"
            and para.sentences
            and not _CONTINUES_RE.match(text, para.sentences[0].start, para.sentences[0].end)
        ):
            # Reported speech goes on into a paragraph that continues the message
            # ("Domestically, ...", "Looking ahead, ...", "He also ..."), not into narration
            # that opens on a subject of its own ("Japanese stocks rose on the weak yen.").
            current, current_kind = None, None
        current_clause = self.last_clause.get(story) if current else None
        trailing = False
        according_here = False  # an according-to source named in this paragraph
        for sent in para.sentences:
            self.here, self.here_story = sent.start, story
            cues = _find_cues(text, sent.start, sent.end, qspans, self.reader)
            quote_cues = [c for q, c in quotes if c and sent.start <= q[1] <= sent.end]
            cue = next((c for c in cues if c.speaker or c.pronoun), None)
            attr: Attribution | None = None
            if cue is not None:
                if cue.pronoun:
                    seen = mentioned
                    if cue.pronoun in ("m", "f") and cue.start > sent.start:
                        # "Shabana Mahmood visited ..., where she said": the subject named
                        # earlier in the same sentence
                        seen = list(mentioned)
                        self.note_mentions(sent.start, cue.start, seen)
                    attr = self.resolve_pronoun(cue.pronoun, seen, current, None)
                    last_quote = self.quote_speaker.get(story)
                    if (
                        cue.pronoun in ("m", "f")
                        and (attr is None or not attr.speaker)
                        and cue.quote_form
                        and last_quote is not None
                        and last_quote.speaker
                    ):
                        holder = self.registry.person(last_quote.speaker)
                        if holder is None or holder.gender in (None, cue.pronoun):
                            # '"...," Mansour said. / "...," he added.': the quoted speaker
                            # goes on, whatever names his own words held
                            attr = _with(last_quote, cue="pronoun")
                    if (
                        cue.pronoun == "org"
                        and (attr is None or not attr.speaker)
                        and cue.start > sent.start
                    ):
                        # "The Bank of Thailand's committee cut the rate ..., it said": the body
                        # the sentence opens on
                        sm = _ORG_SUBJECT_RE.match(text, sent.start, cue.start)
                        if sm is not None:
                            subj = sm.group("subj")
                            owner = _POSSESSIVE_SPLIT_RE.match(subj.replace("’", "'"))
                            if owner is not None and is_organization(owner.group(1)):
                                subj = owner.group(1)  # "the Bank of Thailand's committee"
                            who, kind, role, org, _ = self.reader.speaker_of(subj)
                            if who and kind == "organization":
                                attr = Attribution(
                                    speaker=who,
                                    speaker_type=kind,
                                    cue="pronoun",
                                    confidence=CONFIDENCE["pronoun"] - 0.1,
                                )
                    if attr is not None and cue.kind == "pronoun":
                        attr = _with(attr, cue_text=" ".join(cue.text.split()))
                    elif attr is not None and attr.speaker and cue.kind == "according_to":
                        attr = _with(
                            attr,
                            cue="according_to",
                            cue_text=" ".join(cue.text.split()),
                            confidence=CONFIDENCE["according_to"] - 0.1,
                        )
                else:
                    attr = _make(cue, cue.kind, reported_by=cue.reported_by)
                    if attr is not None and _REPORT_BY_PERSON_RE.match(text, cue.start, sent.end):
                        self.report_author[story] = attr
                    if (
                        cue.kind == "according_to"
                        and attr.speaker
                        and self.own_outlet(attr.speaker)
                    ):
                        # "according to a Bloomberg survey" on a Bloomberg page: its own voice
                        attr = Attribution(
                            cue="none", cue_text=" ".join(cue.text.split()), confidence=0.7
                        )
                clause = (cue.clause_start, cue.clause_end)
                relayer = self.trailing_relayer(cue, cues, sent, attr, mentioned, current)
                if relayer is not None and attr is not None:
                    # "Wang Yi said on Monday that 5,000 ..., Mao said.": the trailing cue relays
                    # the leading speaker's words, which keep their own day.
                    trail, relay = relayer
                    attr = _make(cue, cue.kind, reported_by=relay)
                    relayed = self.registry.person(relay)
                    if relayed is not None and relayed.kind == "organization":
                        # "IMARPE estimated ..., the ministry said. ..., it added": the ministry
                        self.last_source[story] = self.person_attr(relay, "said")
                    self.emit(sent.start, sent.end, story, attr, clause, trail)
                    self.note_mentions(sent.start, sent.end, mentioned)
                    current, current_kind = attr, "quote"
                    continue
                if attr is not None and attr.speaker:
                    cues = [
                        self.office_cue(c, attr.speaker) if c.start >= cue.end else c for c in cues
                    ]
                inner = next(
                    (
                        c
                        for c in cues
                        if c.start >= cue.end
                        and c.speaker
                        and attr is not None
                        and c.speaker != attr.speaker
                        and c.kind in {"said", "according_to"}
                        # "X said ..., while Y said ...": two statements, neither relays
                        and not (
                            c.kind == "said" and _SCOPE_BREAK_RE.search(text, cue.end, c.start)
                        )
                    ),
                    None,
                )
                if inner is not None and attr is not None and attr.speaker and cue.kind != "quote":
                    # "Mao Ning said that Foreign Minister Wang Yi stressed that ...": nested.
                    frame = clause
                    outer = attr
                    attr = _make(inner, inner.kind, reported_by=attr.speaker)
                    if attr.speaker and attr.speaker_type == "organization":
                        # "Cabinet welcomed the survey, released by Stats SA, which showed
                        # ...": the survey's body is the source "The survey also showed" means
                        self.last_source[story] = attr
                    clause = (inner.clause_start, inner.clause_end)
                    self.emit(sent.start, sent.end, story, attr, clause, frame)
                    if _in_object_phrase(text, inner, sent.start):
                        self.emit(sent.start, inner.subject_start, story, outer, frame)
                    self.note_mentions(sent.start, sent.end, mentioned)
                    current, current_kind = attr, "quote"
                    continue
                if attr is None or attr.speaker is None:
                    # no speaker, but the cue's day ("its administrator said on Monday") holds
                    self.emit(sent.start, sent.end, story, attr or NONE, clause if attr else None)
                    self.note_mentions(sent.start, sent.end, mentioned)
                    current, current_kind = None, None
                    continue
                self.emit(sent.start, sent.end, story, attr, clause)
                sub = _SUBORDINATE_END_RE.search(text, sent.start, cue.subject_start)
                if cue.kind in {"said", "pronoun"} and sub and sub.start() > sent.start:
                    # "Bills will rise by 4.99% after the council warned of ...": the main
                    # clause is the page's; the cue speaks for its own clause only.
                    self.emit(sent.start, sub.start(), story, NONE, None)
                    self.note_mentions(sent.start, sent.end, mentioned)
                    current, current_kind = None, None
                    continue
                coord = _COORDINATE_END_RE.search(text, sent.start, cue.subject_start)
                if cue.kind in {"said", "pronoun"} and coord and coord.start() > sent.start:
                    # "About half ... are damaged, and the ministry has reported 112 cases":
                    # the first clause is the page's.
                    self.emit(sent.start, coord.start(), story, NONE, None)
                if cue.kind == "said" and not cue.quote_form:
                    self.second_statement(cue, cues, sent, story, attr)
                tail = _source_scope_end(text, cue, sent.start, sent.end)
                if tail is not None:
                    # "..., according to X, while storage stood at 67%": the paragraph's
                    # speaker (or the page) again after the source's own clause.
                    back = NONE
                    if current is not None and current.speaker and current_kind != "according_to":
                        back = _with(current, cue="carry_over", confidence=CONFIDENCE["carry_over"])
                    self.emit(tail, sent.end, story, back, current_clause if back.speaker else None)
                # "As Tuesday marks ..., Mao praised ...": the lead-in is the page's.
                lead = _AS_CLAUSE_RE.match(text[sent.start : sent.end])
                if lead:
                    comma = text.find(",", sent.start, sent.end)
                    if 0 <= comma < cue.subject_start:
                        self.emit(sent.start, comma, story, NONE, None)
                current = attr
                current_kind = "quote" if cue.quote_form else cue.kind
                current_clause = clause
                if cue.quote_form and attr.speaker and attr.speaker_type == "person":
                    self.quote_speaker[story] = attr  # '"...," Mansour said.'

                according_here = cue.kind == "according_to"
                if attr.speaker and (according_here or attr.speaker_type == "organization"):
                    self.last_source[story] = attr  # "UNCTAD reports that ...", "according to X"
                # "..., the operator said.": a wire paragraph closed by its source.
                trailing = bool(_COMMA_QUOTE_END_RE.search(text[sent.start : cue.start]))
            elif quote_cues:
                qc = quote_cues[-1]
                if qc.pronoun:
                    attr = self.resolve_pronoun(qc.pronoun, mentioned, current, None)
                else:
                    attr = _make(qc, "quote")
                if attr is not None and attr.speaker:
                    self.emit(sent.start, sent.end, story, attr, (qc.clause_start, qc.clause_end))
                    current, current_kind = attr, "quote"
                    current_clause = (qc.clause_start, qc.clause_end)
                else:
                    self.emit(sent.start, sent.end, story, NONE, None)
            elif current is not None and current.speaker:
                named = self.names_in(sent.start, sent.end)
                if (
                    current.speaker in named
                    or _QUESTION_END_RE.search(text, sent.start, sent.end)
                    or _UNNAMED_TRAILING_RE.search(text, sent.start, sent.end)
                    or self.named_subject(sent.start, sent.end, current_kind)
                ):
                    # The page talks about the speaker: its own voice, the carry-over ends.
                    self.emit(sent.start, sent.end, story, NONE, None)
                    current, current_kind = None, None
                elif (
                    (
                        current_kind == "according_to"
                        and not _CONTINUATION_RE.match(text[sent.start : sent.end])
                        and (
                            _NEW_FRAME_RE.match(text, sent.start)
                            or not according_here
                            or self.doc.genre == "article"
                        )
                    )
                    or (
                        current_kind == "quote"
                        and not text[sent.start : sent.end].lstrip().startswith(('"', "“"))
                        and not any(qa <= sent.start and sent.end <= qb for qa, qb in qspans)
                    )
                    or (
                        trailing
                        and current_kind in {"said", "pronoun"}
                        and self.doc.genre == "article"
                    )
                    # "..., the Federal Statistical Office reports" on its own release: the
                    # narration that follows is the release's own voice
                    or (current_kind in {"said", "pronoun"} and self.is_publisher(current.speaker))
                ):
                    # "..., the agency said. It has cut ...": a wire sentence closed by its
                    # source; what follows unattributed is the reporter's.
                    self.emit(sent.start, sent.end, story, NONE, None)
                    current, current_kind = None, None
                else:
                    carried = _with(current, cue="carry_over", confidence=CONFIDENCE["carry_over"])
                    self.emit(sent.start, sent.end, story, carried, current_clause)
            else:
                act = next((c for c in cues if c.act), None)
                clause = (act.clause_start, act.clause_end) if act else None
                self.emit(sent.start, sent.end, story, NONE, clause)
            self.note_mentions(sent.start, sent.end, mentioned)
        # Quotes with a named speaker speak for themselves.
        for (qa, qb), found in quotes:
            if found is None:
                continue
            if found.pronoun:
                qattr = self.resolve_pronoun(found.pronoun, mentioned, current, None)
            else:
                qattr = _make(found, "quote")
            if qattr is not None and qattr.speaker:
                self.emit(qa, qb, story, qattr, (found.clause_start, found.clause_end), quote=True)
        self.last_clause[story] = current_clause
        if current is not None and current.speaker and ptext.endswith(":") and para.sentences:
            last = para.sentences[-1]
            if any(sp.start >= last.start and sp.attribution is current for sp in self.spans[-3:]):
                # 'Councillor Tom Hadley, ..., said:' closing a paragraph: the next one holds
                # the words it introduces.
                return current, "lead_in"
        if (
            current is not None
            and current.speaker
            and current_kind == "quote"
            and (ptext.count("“") > ptext.count("”") or ptext.count('"') % 2 == 1)
        ):
            # A quote left open at the paragraph's end runs on into the next paragraph, which
            # reopens it with a quote mark: the same speaker speaks there.
            return current, "quote"
        if (
            current is not None
            and current.speaker
            and current_kind == "quote"
            and ptext[:1] in _QUOTE_OPENERS
            and ptext[-1:] in _QUOTE_CLOSERS
        ):
            # A paragraph that is one attributed quote ('"...," Minister Butler said.'): a
            # next paragraph that is a quote of its own, named for no one, is theirs too.
            return current, "quote_next"
        if current_kind in {"quote", "according_to"} or qspans or trailing:
            # Quote-led (news-wire) paragraphs do not lend their speaker to the next one.
            return None, None
        return current, current_kind

    def walk_introduced(
        self, para: _Para, speaker: Attribution, mentioned: list[_Mentioned]
    ) -> tuple[Attribution | None, str | None]:
        """The paragraph after a lead-in ending 'X said:': X's words, to the quote's close (a
        quote left open runs on into the next paragraph, which reopens it)."""
        text, story = self.text, para.story
        attr = _with(speaker, cue="quote", confidence=CONFIDENCE["quote"])
        clause = self.last_clause.get(story)
        start = (
            para.start
            + len(text[para.start : para.end])
            - len(text[para.start : para.end].lstrip())
        )
        opener = text[start : start + 1]
        end = para.end
        if opener in {'"', "“"}:
            close = text.find("”" if opener == "“" else '"', start + 1, para.end)
            end = close + 1 if close >= 0 else para.end
        self.emit(para.start, end, story, attr, clause, quote=opener in {'"', "“"})
        if text[end : para.end].strip():
            self.emit(end, para.end, story, NONE, None)  # the page's words after the quote
        self.note_mentions(para.start, para.end, mentioned)
        if (
            opener in {'"', "“"}
            and end == para.end
            and text[para.end - 1 : para.end]
            not in {
                '"',
                "”",
            }
        ):
            return speaker, "lead_on"  # left open: the next paragraph reopens it
        return speaker, "lead_on"  # the next quote or bullet under the lead-in is theirs too

    def walk_framed(
        self,
        para: _Para,
        base: Attribution,
        base_clause: tuple[int, int] | None,
        mentioned: list[_Mentioned],
    ) -> None:
        """A paragraph inside a turn or a bylined text: the base speaks unless a sentence
        reports someone else (nested reporting)."""
        text = self.text
        story = para.story
        quotes = self.quotes_of(para)
        # Quotes no one else is named for are the base speaker's own words (a briefing note
        # quoting its spokesperson throughout): the cues inside them still report others.
        qspans = [q for q, found in quotes if found is not None]
        base_person = self.registry.person(base.speaker)
        base_org = canonical_org(base_person.org) if base_person and base_person.org else None
        nested: Attribution | None = None
        nested_kind: str | None = None
        nested_clause: tuple[int, int] | None = None
        local: list[_Mentioned] = []
        for sent in para.sentences:
            self.here, self.here_story = sent.start, story
            cues = _find_cues(text, sent.start, sent.end, qspans, self.reader)
            attr: Attribution | None = None
            clause: tuple[int, int] | None = None
            nobody = False
            for cue in cues:
                if cue.pronoun == "nobody:":
                    # "Industry executives say ...": an unnamed source, in the speaker's words.
                    attr = Attribution(cue="none", reported_by=base.speaker, confidence=0.6)
                    clause, nobody = (cue.clause_start, cue.clause_end), True
                    break
                if cue.pronoun:
                    if cue.pronoun.startswith("office:"):
                        got = self.resolve_pronoun(cue.pronoun, local, None, None)
                        if got is not None and got.speaker == base.speaker:
                            continue  # "The Foreign Secretary set out ...": the speaker herself
                    elif cue.pronoun.startswith("role:"):
                        got = self.resolve_pronoun(cue.pronoun, local, None, base.speaker)
                    else:
                        got = self.resolve_pronoun(cue.pronoun, local, nested, base.speaker)
                    if got is not None and got.speaker:
                        attr = _with(
                            got,
                            reported_by=base.speaker,
                            cue_text=" ".join(cue.text.split()),
                        )
                        clause = (cue.clause_start, cue.clause_end)
                        nested_kind = "quote" if cue.quote_form else "said"
                        break
                    continue
                if not cue.speaker or cue.speaker == base.speaker:
                    continue
                if (
                    cue.kind == "according_to"
                    and base_org
                    and (
                        canonical_org(cue.speaker) == base_org
                        or cue.speaker.lower() in base_org.lower()
                    )
                ):
                    continue  # the speaker's own body's figures: still the speaker's
                attr = _make(cue, cue.kind, reported_by=cue.reported_by or base.speaker)
                clause = (cue.clause_start, cue.clause_end)
                nested_kind = "quote" if cue.quote_form else cue.kind
                break
            asks = _QUESTION_END_RE.search(text, sent.start, sent.end) is not None
            act = next((c for c in cues if c.act), None)
            if attr is None and nested is not None and not asks and act is None:
                if (
                    (
                        nested_kind == "said"
                        and not _FIRST_PERSON_RE.match(text, sent.start)
                        # "The Copernicus emergency service has produced ...": a subject of its own
                        and not _NAMED_THE_SUBJECT_RE.match(text, sent.start)
                        and (
                            nested.speaker_type == "person"
                            or _CONTINUATION_RE.match(text[sent.start : sent.end])
                        )
                    )
                    or (
                        nested_kind == "according_to"
                        and _CONTINUATION_RE.match(text[sent.start : sent.end])
                    )
                ):
                    attr = _with(nested, cue="carry_over", confidence=CONFIDENCE["carry_over"])
                    clause = nested_clause
            if attr is None:
                nested, nested_kind = None, None
                if act is not None:
                    self.emit(
                        sent.start, sent.end, story, base, (act.clause_start, act.clause_end),
                        base_clause,
                    )  # fmt: skip
                else:
                    self.emit(sent.start, sent.end, story, base, base_clause)
            else:
                self.emit(sent.start, sent.end, story, attr, clause, base_clause)
                if (
                    cue is not None
                    and attr.cue != "carry_over"
                    and _in_object_phrase(text, cue, sent.start)
                ):
                    self.emit(sent.start, cue.subject_start, story, base, base_clause)
                tail = (
                    _source_scope_end(text, cue, sent.start, sent.end)
                    if cue is not None and attr.cue == "according_to"
                    else None
                )
                if tail is not None:
                    self.emit(tail, sent.end, story, base, base_clause)
                coord = (
                    _COORDINATE_END_RE.search(text, sent.start, cue.subject_start)
                    if cue is not None and attr.cue != "carry_over"
                    else None
                )
                if coord is not None and coord.start() > sent.start:
                    # "The Navy has met 97% of its goal, and the Air Force expects ...": the
                    # first clause is still the speaker's own.
                    self.emit(sent.start, coord.start(), story, base, base_clause)
                if attr.cue != "carry_over":
                    nested, nested_clause = attr, clause
                if nested_kind == "quote" or nobody:
                    nested, nested_kind = None, None
            self.note_mentions(sent.start, sent.end, local, mentioned)
        for (qa, qb), qc in quotes:
            if qc is None or (not qc.speaker and not qc.pronoun) or qc.speaker == base.speaker:
                continue
            if qc.pronoun:
                qattr = self.resolve_pronoun(qc.pronoun, local, None, base.speaker)
                if qattr is None or not qattr.speaker:
                    continue
                qattr = _with(qattr, cue="quote", reported_by=base.speaker)
            else:
                qattr = _make(qc, "quote", reported_by=base.speaker)
            self.emit(
                qa, qb, story, qattr, (qc.clause_start, qc.clause_end), base_clause, quote=True
            )


def attribute(document: Document) -> Attributions:
    """Attribute every offset of a document to who asserts it.

    Args:
        document: a document, segmented by :mod:`claimgraph.ingest` (stories, turns,
            paragraphs, sentences); missing levels are filled in from the text.

    Returns:
        An :class:`Attributions` to query with ``.at(offset)``.
    """
    return _Walker(document).run()
