"""Lookups over one snapshot, built once per call so every track function stays near-linear.

Also the small numeric helpers every check shares: the interval a claim's value allows given its
qualifier and the precision it was written with, and the independent-source grouping of
documents (syndicated copies and documents of one publisher count once).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from claimgraph.models import (
    Claim,
    Document,
    Finding,
    GraphSnapshot,
    Mention,
    Metric,
    Qualifier,
    normalise_key,
)

# How far "nearly" and "about" reach below (and above) the stated figure, as a fraction of it:
# a round figure ("nearly 100 million", "around 3,000": two significant digits or fewer) reaches
# 5%, a precise one ("about 77.8 years") 1%.
ROUND_SLACK = Decimal("0.05")
PRECISE_SLACK = Decimal("0.01")

_NUMBER_TOKEN = re.compile(r"\d[\d,]*(?:\.(\d+))?")


class ClaimFields(BaseModel):
    """The fields that name a claim in a track result; results extend it with their own."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim_id: str = Field(..., description="The claim.")
    metric: str = Field(..., description="Metric label.")
    subject: str | None = Field(None, description="Subject of the metric.")
    value: Decimal = Field(..., description="The value.")
    qualifier: Qualifier = Field("exact", description="The bound word, normalised.")
    unit: str | None = Field(None, description="Unit, or null.")

    @staticmethod
    def of(claim: Claim) -> dict[str, Any]:
        """The fields of ``claim``, to pass on to a subclass with its own fields."""
        return {
            "claim_id": claim.id,
            "metric": claim.metric,
            "subject": claim.subject,
            "value": claim.value,
            "qualifier": claim.qualifier,
            "unit": claim.unit,
        }


class Interval(NamedTuple):
    """A closed interval of values; ``None`` is an open end (minus or plus infinity)."""

    lo: Decimal | None
    hi: Decimal | None

    def intersect(self, other: Interval) -> Interval | None:
        """The common part, or ``None`` when the two do not meet.

        >>> Interval(Decimal(1), Decimal(3)).intersect(Interval(Decimal(2), None))
        Interval(lo=Decimal('2'), hi=Decimal('3'))
        >>> Interval(Decimal(1), Decimal(3)).intersect(Interval(Decimal(4), None)) is None
        True
        """
        lo = _max_lo(self.lo, other.lo)
        hi = _min_hi(self.hi, other.hi)
        if lo is not None and hi is not None and lo > hi:
            return None
        return Interval(lo, hi)

    def contains(self, value: Decimal) -> bool:
        """Whether ``value`` lies in the interval."""
        return (self.lo is None or self.lo <= value) and (self.hi is None or value <= self.hi)

    def describe(self) -> str:
        """A short readable form: ``[2, 3]``, ``>= 2``, ``<= 3``, ``any``."""
        if self.lo is None and self.hi is None:
            return "any"
        if self.lo is None:
            return f"<= {fmt_decimal(self.hi)}"
        if self.hi is None:
            return f">= {fmt_decimal(self.lo)}"
        if self.lo == self.hi:
            return fmt_decimal(self.lo)
        return f"[{fmt_decimal(self.lo)}, {fmt_decimal(self.hi)}]"


def _max_lo(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _min_hi(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def fmt_decimal(value: Decimal | None) -> str:
    """A decimal without exponent or trailing zeros.

    >>> fmt_decimal(Decimal("1E+8")), fmt_decimal(Decimal("78.60")), fmt_decimal(None)
    ('100000000', '78.6', '?')
    """
    if value is None:
        return "?"
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    text = format(value.normalize(), "f")
    return text


def rounding_tolerance(number: str, value: Decimal) -> Decimal:
    """Half a unit of the last digit written: "78.6" -> 0.05, "1.2 billion" -> 50 million.

    Figures written in words ("six months") or not found in the text count as exact.

    >>> rounding_tolerance("78.6 years", Decimal("78.6"))
    Decimal('0.05')
    >>> fmt_decimal(rounding_tolerance("1.2 billion", Decimal("1200000000")))
    '50000000'
    >>> rounding_tolerance("six months", Decimal(6))
    Decimal('0')
    """
    match = _NUMBER_TOKEN.search(number)
    if match is None:
        return Decimal(0)
    try:
        written = Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only matches numbers
        return Decimal(0)
    if written == 0:
        return Decimal(0)
    decimals = len(match.group(1) or "")
    scale = abs(value / written) if value != 0 else Decimal(1)
    return Decimal(5).scaleb(-(decimals + 1)) * scale


def significant_digits(number: str) -> int:
    """How many significant digits the first number written has (0 for words).

    >>> significant_digits("nearly 100 million"), significant_digits("77.8 years")
    (1, 3)
    >>> significant_digits("around 3,050"), significant_digits("six months")
    (3, 0)
    """
    match = _NUMBER_TOKEN.search(number)
    if match is None:
        return 0
    digits = match.group(0).replace(",", "")
    whole, _, frac = digits.partition(".")
    if frac:
        return len((whole + frac).lstrip("0"))
    return len(whole.strip("0")) or 1


def value_interval(
    value: Decimal,
    qualifier: str,
    *,
    low: Decimal | None = None,
    high: Decimal | None = None,
    tolerance: Decimal = Decimal(0),
    slack: Decimal = ROUND_SLACK,
) -> Interval:
    """The values a figure allows, given its qualifier and the precision it was written with.

    ``slack`` is how far "nearly" and "about" reach, as a fraction of the value.

    >>> value_interval(Decimal(100), "nearly").describe()
    '[95, 100]'
    >>> value_interval(Decimal(99), "more_than").describe()
    '>= 99'
    """
    a = abs(value)
    if qualifier == "range" and low is not None and high is not None:
        return Interval(min(low, high) - tolerance, max(low, high) + tolerance)
    if qualifier == "nearly":
        return Interval(value - a * slack - tolerance, value + tolerance)
    if qualifier == "approximate":
        return Interval(value - a * slack - tolerance, value + a * slack + tolerance)
    if qualifier in ("more_than", "at_least"):
        return Interval(value - tolerance, None)
    if qualifier in ("less_than", "at_most"):
        return Interval(None, value + tolerance)
    return Interval(value - tolerance, value + tolerance)


class SnapshotIndex:
    """Dictionaries over one snapshot: documents, mentions and metrics by id, claim days.

    Building it is linear in the size of the snapshot; every lookup is O(1).
    """

    def __init__(self, snapshot: GraphSnapshot) -> None:
        self.snapshot = snapshot
        self.documents: dict[str, Document] = {d.id: d for d in snapshot.documents}
        self.mentions: dict[str, Mention] = {m.id: m for m in snapshot.mentions}
        self.metrics: dict[str, Metric] = {m.id: m for m in snapshot.metrics}
        self.claims: dict[str, Claim] = {c.id: c for c in snapshot.claims}
        self.syndications_of: dict[str, list[str]] = defaultdict(list)
        for syn in snapshot.syndications:
            for doc_id in syn.document_ids:
                self.syndications_of[doc_id].append(syn.id)
        self._claim_mentions: dict[str, list[Mention]] = {}
        self._intervals: dict[str, Interval] = {}
        self._groups: dict[str, list[list[str]]] = {}
        self.briefing_of: dict[str, str] = {}
        for brf in snapshot.briefings:
            for doc_id in brf.document_ids:
                self.briefing_of.setdefault(doc_id, brf.id)

    def claim_mentions(self, claim: Claim) -> list[Mention]:
        """The claim's mentions that the snapshot holds, in id order (computed once)."""
        found = self._claim_mentions.get(claim.id)
        if found is None:
            found = [self.mentions[m] for m in claim.mention_ids if m in self.mentions]
            self._claim_mentions[claim.id] = found
        return found

    def claim_sources(self, claim: Claim) -> list[list[str]]:
        """The claim's documents grouped into independent sources (computed once)."""
        groups = self._groups.get(claim.id)
        if groups is None:
            groups = self.source_groups(m.document_id for m in self.claim_mentions(claim))
            self._groups[claim.id] = groups
        return groups

    def mention_day(self, mention: Mention) -> date | None:
        """The day a mention was stated: its own date, else its document's publication day."""
        if mention.date is not None:
            return mention.date
        doc = self.documents.get(mention.document_id)
        return doc.published_day if doc is not None else None

    def doc_name(self, doc_id: str) -> str:
        """The document's file name, or its id when the snapshot lacks it."""
        doc = self.documents.get(doc_id)
        return doc.name if doc is not None else doc_id

    def publisher(self, doc_id: str) -> str | None:
        """The document's publisher, if known."""
        doc = self.documents.get(doc_id)
        return doc.publisher if doc is not None else None

    def claim_tolerance(self, claim: Claim) -> Decimal:
        """The loosest rounding tolerance among the ways the claim's figure was written."""
        tol = Decimal(0)
        for mention in self.claim_mentions(claim):
            tol = max(tol, rounding_tolerance(mention.number, mention.value))
        return tol

    def claim_interval(self, claim: Claim) -> Interval:
        """The values the claim allows (see :func:`value_interval`; computed once)."""
        known = self._intervals.get(claim.id)
        if known is not None:
            return known
        mentions = self.claim_mentions(claim)
        digits = min((significant_digits(m.number) for m in mentions), default=0)
        interval = value_interval(
            claim.value,
            claim.qualifier,
            low=claim.low,
            high=claim.high,
            tolerance=self.claim_tolerance(claim),
            slack=PRECISE_SLACK if digits > 2 else ROUND_SLACK,
        )
        self._intervals[claim.id] = interval
        return interval

    def metric_key(self, claim: Claim) -> str:
        """The normalised metric key of a claim (its Metric's key, else its label)."""
        metric = self.metrics.get(claim.metric_id)
        return metric.key if metric is not None else normalise_key(claim.metric)

    def source_groups(self, doc_ids: Iterable[str]) -> list[list[str]]:
        """Group documents into independent sources.

        Two documents are one source when they are syndicated copies of one story or have the
        same publisher (transitively). Groups and their members are sorted.
        """
        docs = sorted(set(doc_ids))
        parent = {d: d for d in docs}

        def find(d: str) -> str:
            while parent[d] != d:
                parent[d] = parent[parent[d]]
                d = parent[d]
            return d

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        first_by_key: dict[str, str] = {}
        for doc_id in docs:
            keys = [f"syn:{s}" for s in self.syndications_of.get(doc_id, ())]
            pub = self.publisher(doc_id)
            if pub:
                keys.append(f"pub:{normalise_key(pub)}")
            for key in keys:
                if key in first_by_key:
                    union(first_by_key[key], doc_id)
                else:
                    first_by_key[key] = doc_id
        groups: dict[str, list[str]] = defaultdict(list)
        for doc_id in docs:
            groups[find(doc_id)].append(doc_id)
        return sorted(groups.values())

    def source_label(self, group: Sequence[str]) -> str:
        """A readable name for one independent source: its publisher(s), else its documents."""
        pubs = sorted({p for p in (self.publisher(d) for d in group) if p})
        if pubs:
            return " / ".join(pubs)
        names = [self.doc_name(d) for d in group]
        if len(names) == 1:
            return names[0]
        return " + ".join(names) + " (syndicated)"


class Found(NamedTuple):
    """A finding and the claim-to-claim edges it stands for in the graph."""

    finding: Finding
    edges: tuple[tuple[str, str], ...]


def star_edges(left: Sequence[str], right: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Edges joining two groups in linear size: every left to right[0], left[0] to every right.

    >>> star_edges(["a", "b"], ["x", "y"])
    (('a', 'x'), ('b', 'x'), ('a', 'y'))
    """
    if not left or not right:
        return ()
    edges = [(a, right[0]) for a in left] + [(left[0], b) for b in right[1:]]
    return tuple(dict.fromkeys(e for e in edges if e[0] != e[1]))


def chain_edges(ids: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Edges linking a group in order, each to the next.

    >>> chain_edges(["a", "b", "c"])
    (('a', 'b'), ('b', 'c'))
    """
    return tuple(zip(ids, ids[1:], strict=False))
