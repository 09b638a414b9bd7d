"""The public data model: every stage reads and writes these frozen pydantic models.

The flow is one-directional::

    text -> Document (+ Blocks) -> Mention -> Claim / Metric / Person / Organization / Briefing
         -> GraphSnapshot -> ClaimGraph (networkx) / Store (SQLite) / RDF

IDs are derived from content, never from insertion order: the same inputs give the same IDs,
graphs and exports in any order and on any machine.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SCHEMA_MODELS",
    "Block",
    "BlockKind",
    "Briefing",
    "Claim",
    "ClaimId",
    "Cue",
    "DocId",
    "Document",
    "DocumentMeta",
    "Finding",
    "FindingKind",
    "Genre",
    "GraphSnapshot",
    "Kind",
    "Mention",
    "MentionId",
    "Metric",
    "Organization",
    "Person",
    "Qualifier",
    "Quantity",
    "Role",
    "Syndication",
    "TurnRole",
    "make_id",
    "normalise_key",
    "trusted",
]

# --------------------------------------------------------------------------- type aliases
DocId = str
MentionId = str
ClaimId = str

Genre = Literal["article", "transcript", "statement", "speech"]
Qualifier = Literal[
    "exact", "nearly", "approximate", "more_than", "at_least", "less_than", "at_most", "range"
]
Kind = Literal["count", "measure", "percent", "duration", "anniversary", "money", "rank"]
TurnRole = Literal["question", "answer", "remarks", "moderator"]
Cue = Literal[
    "quote",  # inside a direct quote whose speaker is named ('"...," said Mao')
    "said",  # reported speech with a named subject ("Guo Jiakun said that ...")
    "according_to",  # "according to X", "data from X showed", "X noted in a report"
    "turn",  # a transcript turn label ("Mao Ning: ...")
    "question",  # a reporter's question: the outlet speaks ("Reuters: ...")
    "carry_over",  # carried from an earlier sentence of the same paragraph or story
    "pronoun",  # "He noted that ...", resolved to the last matching named person
    "byline",  # the document's author or issuing body (statements, speeches)
    "none",  # the page's own voice: no speaker
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def make_id(prefix: str, *parts: object) -> str:
    """A stable ID: ``prefix`` + the first 16 hex digits of the SHA-256 of the parts.

    >>> len(make_id("clm", "China", "life expectancy", "78.6"))
    20
    """
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


_M = TypeVar("_M", bound=BaseModel)
_setattr = object.__setattr__


def trusted(cls: type[_M], data: dict[str, Any]) -> _M:
    """A model from values claimgraph made or stored itself, without validation.

    What ``model_construct`` does, without its per-field default handling (which is slower than
    validating): every field must be given, with its final type (``Decimal``, ``date``, tuples of
    models). Only for hot paths over trusted values (segmentation, reading the store back); tests
    check that such models equal validated ones.

    >>> trusted(Role, {"title": "spokesperson", "organization": None, "first_seen": None,
    ...                "last_seen": None}) == Role(title="spokesperson")
    True
    """
    obj = cls.__new__(cls)
    _setattr(obj, "__dict__", data)
    _setattr(obj, "__pydantic_fields_set__", set(data))
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


def normalise_key(text: str) -> str:
    """Lower case, single spaces, straight apostrophes: the key used to compare names."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").lower().split())


# --------------------------------------------------------------------------- ingest
class BlockKind(StrEnum):
    """What a block of a document is."""

    STORY = "story"
    TURN = "turn"
    PARAGRAPH = "paragraph"
    SENTENCE = "sentence"
    FURNITURE = "furniture"


class Block(_Frozen):
    """A span of a document: a story, a transcript turn, a paragraph, a sentence, or furniture.

    Blocks never copy or move text: ``document.text[block.start:block.end]`` is the block.
    Blocks form a tree through ``parent`` (the index of the enclosing block in
    ``Document.blocks``): story > turn > paragraph > sentence; furniture blocks have no children
    and are skipped by every later stage.
    """

    index: int = Field(..., ge=0, description="Position of this block in Document.blocks.")
    kind: BlockKind = Field(..., description="story, turn, paragraph, sentence or furniture.")
    start: int = Field(..., ge=0, description="Offset of the first character in Document.text.")
    end: int = Field(..., ge=0, description="Offset one past the last character.")
    parent: int | None = Field(None, description="Index of the enclosing block, if any.")
    speaker_label: str | None = Field(
        None, description="For a turn: the label as written ('Mao Ning', 'Reuters', 'Q')."
    )
    turn_role: TurnRole | None = Field(None, description="For a turn: question, answer, ...")
    skip_reason: str | None = Field(
        None,
        description="For furniture: why it is skipped (menu, ticker, repeated, headline, ...).",
    )
    fingerprint: str | None = Field(
        None, description="For a story: hash of its normalised text, to find syndicated copies."
    )


class DocumentMeta(_Frozen):
    """Metadata given from outside (manifest, CLI options) that overrides what the text says."""

    path: str | None = Field(None, description="File path, relative to the manifest if any.")
    publisher: str | None = Field(None, description="Publisher name.")
    url: str | None = Field(None, description="Address the page was saved from.")
    published: date | datetime | None = Field(None, description="Publication date or time.")
    genre: Genre | None = Field(None, description="article, transcript, statement or speech.")
    title: str | None = Field(None, description="Title, when known.")


class Document(_Frozen):
    """One saved page or transcript, with its metadata and its segmentation."""

    id: DocId = Field(..., description="'doc_' + hash of the normalised text.")
    name: str = Field(..., description="File name (or JSONL line name) the document came from.")
    source_path: str | None = Field(None, description="Path as given by the user.")
    text: str = Field(..., description="The text exactly as saved; all offsets point into it.")
    url: str | None = Field(None, description="Address of the page.")
    publisher: str | None = Field(None, description="Publisher, canonical name.")
    title: str | None = Field(None, description="Title of the (first) story.")
    published: date | datetime | None = Field(None, description="Publication date or time.")
    published_source: Literal["metadata", "text", "none"] = Field(
        "none", description="Where the publication date came from."
    )
    genre: Genre = Field("article", description="article, transcript, statement or speech.")
    language: str = Field("en", description="ISO 639-1 language code.")
    blocks: tuple[Block, ...] = Field((), description="Stories, turns, paragraphs, sentences.")

    @property
    def published_day(self) -> date | None:
        """The publication date without its time."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published

    def blocks_of(self, kind: BlockKind) -> list[Block]:
        """Blocks of one kind, in document order."""
        return [b for b in self.blocks if b.kind == kind]


# --------------------------------------------------------------------------- extract
class Quantity(_Frozen):
    """A number expression parsed by the number grammar, with its bounds and unit."""

    text: str = Field(..., description="The expression as written, qualifier included.")
    start: int = Field(..., ge=0, description="Offset of the expression in the document.")
    end: int = Field(..., ge=0, description="Offset one past the expression.")
    value: Decimal = Field(..., description="The value (for a range, its low end).")
    low: Decimal | None = Field(None, description="Lower bound, for ranges.")
    high: Decimal | None = Field(None, description="Upper bound, for ranges.")
    qualifier: Qualifier = Field("exact", description="Bound word, normalised.")
    unit: str | None = Field(None, description="Unit from the closed vocabulary, or null.")
    kind: Kind | None = Field(None, description="The kind the grammar alone can tell, if any.")
    unit_text: str | None = Field(None, description="The unit as written ('per cent', 'yuan').")


class Mention(_Frozen):
    """One statistical claim in one document: one number expression and what it says."""

    id: MentionId = Field(..., description="'men_' + hash of document id and offsets.")
    document_id: DocId = Field(..., description="The document the mention is in.")
    doc: str = Field(..., description="The document's file name.")
    number: str = Field(..., description="The number expression exactly as written.")
    start: int = Field(..., ge=0, description="Offset of `number` in the document text.")
    end: int = Field(..., ge=0, description="Offset one past `number`.")
    value: Decimal = Field(..., description="The value as a decimal (exact: 78.6 stays 78.6).")
    low: Decimal | None = Field(None, description="Lower bound of a range.")
    high: Decimal | None = Field(None, description="Upper bound of a range.")
    qualifier: Qualifier = Field("exact", description="nearly, approximate, more_than, ...")
    unit: str | None = Field(None, description="year, percent, USD, km, ... or null.")
    kind: Kind = Field(..., description="count, measure, percent, duration, anniversary, ...")
    metric: str = Field(..., description="What the number measures, a noun phrase from the text.")
    subject: str | None = Field(None, description="Who or what the metric is about.")
    period: str | None = Field(None, description="The time the figure refers to, as written.")
    speaker: str | None = Field(None, description="Canonical name of who asserts it, or null.")
    speaker_type: Literal["person", "organization"] | None = Field(
        None, description="Whether the speaker is a person or an organisation."
    )
    speaker_role: str | None = Field(None, description="Role the text gives ('spokeswoman').")
    speaker_org: str | None = Field(None, description="Organisation the text gives.")
    reported_by: str | None = Field(
        None, description="Who relays the speaker's figure (a spokesperson quoting a minister)."
    )
    date: _dt.date | None = Field(None, description="The day the claim was stated.")
    sentence: str = Field(..., description="The sentence containing the number.")
    sentence_start: int = Field(..., ge=0, description="Offset of the sentence.")
    story: int = Field(0, ge=0, description="Index (0-based) of the story within the document.")
    confidence: float = Field(..., ge=0, le=1, description="How sure the extractor is.")
    cue: Cue = Field("none", description="Which cue attributed the speaker.")
    cue_text: str | None = Field(None, description="The words of that cue as written.")
    date_source: str | None = Field(
        None, description="How the date was found (published, weekday, explicit, briefing)."
    )


# --------------------------------------------------------------------------- resolve
class Role(_Frozen):
    """A role a person holds, as the text gives it, with when it was seen."""

    title: str = Field(..., description="'spokesperson', 'Foreign Minister', ...")
    organization: str | None = Field(None, description="Canonical organisation name.")
    first_seen: date | None = Field(None, description="First day the role was seen.")
    last_seen: date | None = Field(None, description="Last day the role was seen.")


class Person(_Frozen):
    """A person who states or relays claims."""

    id: str = Field(..., description="'per_' + hash of the canonical name key.")
    name: str = Field(..., description="Canonical full name ('Mao Ning').")
    aliases: tuple[str, ...] = Field((), description="Other names seen ('Mao').")
    roles: tuple[Role, ...] = Field((), description="Roles seen in the text.")


class Organization(_Frozen):
    """An organisation: a publisher, a ministry, a news outlet asking questions."""

    id: str = Field(..., description="'org_' + hash of the canonical name key.")
    name: str = Field(..., description="Canonical name.")
    aliases: tuple[str, ...] = Field((), description="Other names seen.")
    is_publisher: bool = Field(False, description="Whether it publishes documents.")


class Metric(_Frozen):
    """What is measured about what: (subject, metric key). Its claims are its timeline."""

    id: str = Field(..., description="'met_' + hash of subject key and metric key.")
    key: str = Field(..., description="Normalised metric key ('life expectancy').")
    label: str = Field(..., description="A metric phrase as written, for display.")
    subject: str | None = Field(None, description="The subject, canonical.")
    aliases: tuple[str, ...] = Field((), description="Every metric phrase seen for it.")


class Claim(_Frozen):
    """The proposition, independent of who states it: subject, metric, value, unit, qualifier."""

    id: ClaimId = Field(..., description="'clm_' + hash of metric id, value, unit, qualifier.")
    metric_id: str = Field(..., description="The Metric this claim gives a value for.")
    metric: str = Field(..., description="Metric label.")
    subject: str | None = Field(None, description="Subject, canonical.")
    value: Decimal = Field(..., description="The value.")
    low: Decimal | None = Field(None, description="Lower bound of a range.")
    high: Decimal | None = Field(None, description="Upper bound of a range.")
    qualifier: Qualifier = Field("exact", description="The bound word, normalised.")
    unit: str | None = Field(None, description="Unit, or null.")
    kind: Kind = Field(..., description="count, measure, percent, ...")
    mention_ids: tuple[MentionId, ...] = Field((), description="Its mentions, sorted.")


class Syndication(_Frozen):
    """Documents carrying the same story (syndicated or reprinted copies)."""

    id: str = Field(..., description="'syn_' + hash of the story fingerprint.")
    fingerprint: str = Field(..., description="The shared story fingerprint.")
    document_ids: tuple[DocId, ...] = Field(..., description="The documents, sorted.")


class Briefing(_Frozen):
    """An event (who held it, on which day) that one or more documents report."""

    id: str = Field(..., description="'brf_' + hash of organisation-or-speaker key and day.")
    day: date = Field(..., description="The day it was held.")
    held_by: str = Field(..., description="Canonical speaker or organisation that held it.")
    document_ids: tuple[DocId, ...] = Field(..., description="Documents that report it.")


FindingKind = Literal["repeats", "changed", "contradicts", "consistent_with", "single_source"]


class Finding(_Frozen):
    """A tracking result that links claims: a repeat, a change, a conflict, a consistency."""

    id: str = Field(..., description="'fnd_' + hash of kind and claim ids.")
    kind: FindingKind = Field(..., description="What was found.")
    claim_ids: tuple[ClaimId, ...] = Field(..., description="The claims involved.")
    reason: str = Field(..., description="Readable explanation ('both imply base year 1948').")
    implied_year: int | None = Field(None, description="Base year implied, for anniversaries.")


class GraphSnapshot(_Frozen):
    """Everything the graph holds, as plain models: what the store, RDF and report exchange."""

    documents: tuple[Document, ...] = ()
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    metrics: tuple[Metric, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    briefings: tuple[Briefing, ...] = ()
    syndications: tuple[Syndication, ...] = ()
    findings: tuple[Finding, ...] = ()


SCHEMA_MODELS: tuple[type[BaseModel], ...] = (
    Block,
    Briefing,
    Claim,
    Document,
    DocumentMeta,
    Finding,
    GraphSnapshot,
    Mention,
    Metric,
    Organization,
    Person,
    Quantity,
    Role,
    Syndication,
)
