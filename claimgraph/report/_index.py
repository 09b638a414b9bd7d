"""Lookups over a :class:`~claimgraph.models.GraphSnapshot` shared by the cards and the page.

The report never queries the graph: it indexes one snapshot once (dictionaries by id, mentions
by claim, outlets per claim) and every view reads from that index.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

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
from claimgraph.track import Corroboration, corroboration

QUALIFIER_WORDS: dict[Qualifier, str] = {
    "exact": "",
    "nearly": "nearly",
    "approximate": "about",
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "at_most": "at most",
    "range": "between",
}
"""How each qualifier reads in front of a value."""

CONFLICT_KINDS = ("contradicts", "changed")
CONSISTENCY_KINDS = ("consistent_with", "repeats")


def format_decimal(value: Decimal) -> str:
    """A decimal for people: thousands separators, no exponent, no trailing zeros.

    >>> format_decimal(Decimal("100000000"))
    '100,000,000'
    >>> format_decimal(Decimal("78.60"))
    '78.6'
    """
    if value == value.to_integral_value():
        return f"{int(value):,}"
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    return f"{int(whole):,}.{frac}" if whole.lstrip("-") else text


def format_claim_value(claim: Claim | Mention) -> str:
    """The value of a claim with its qualifier, bounds and unit, as a phrase.

    >>> from claimgraph.models import Claim
    >>> c = Claim(id="clm_x", metric_id="met_x", metric="m", value=Decimal("2700000"),
    ...           qualifier="more_than", kind="count")
    >>> format_claim_value(c)
    'more than 2,700,000'
    """
    if claim.qualifier == "range" or (claim.low is not None and claim.high is not None):
        low = claim.low if claim.low is not None else claim.value
        high = claim.high if claim.high is not None else claim.value
        return f"{format_decimal(low)}\u2013{format_decimal(high)}{unit_suffix(claim.unit, high)}"
    word = QUALIFIER_WORDS.get(claim.qualifier, "")
    prefix = f"{word} " if word else ""
    if claim.kind == "anniversary" and claim.value == claim.value.to_integral_value():
        return f"{prefix}{ordinal(int(claim.value))} anniversary"
    return f"{prefix}{format_decimal(claim.value)}{unit_suffix(claim.unit, claim.value)}"


_PLURAL_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "tonne", "person"})


def unit_suffix(unit: str | None, value: Decimal) -> str:
    """' years' after 77, ' year' after 1, ' percent', '' without a unit.

    >>> [unit_suffix(u, Decimal(v)) for u, v in (("year", 77), ("year", 1), (None, 3))]
    [' years', ' year', '']
    """
    if not unit:
        return ""
    plural = unit in _PLURAL_UNITS and value != 1
    return f" {unit}s" if plural else f" {unit}"


def ordinal(number: int) -> str:
    """76 -> '76th', 21 -> '21st', 12 -> '12th'.

    >>> [ordinal(n) for n in (1, 2, 3, 11, 12, 21, 76, 80)]
    ['1st', '2nd', '3rd', '11th', '12th', '21st', '76th', '80th']
    """
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def day_of(mention: Mention, document: Document | None) -> _dt.date | None:
    """The day a mention was stated: its own date, else its document's publication day."""
    if mention.date is not None:
        return mention.date
    return document.published_day if document is not None else None


@dataclass
class ReportIndex:
    """A snapshot indexed for display: every lookup the cards and the report page need."""

    snapshot: GraphSnapshot
    findings: tuple[Finding, ...]
    documents: dict[str, Document] = field(default_factory=dict)
    mentions: dict[str, Mention] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    metrics: dict[str, Metric] = field(default_factory=dict)
    mentions_of_claim: dict[str, list[Mention]] = field(default_factory=dict)
    mentions_of_document: dict[str, list[Mention]] = field(default_factory=dict)
    claim_of_mention: dict[str, str] = field(default_factory=dict)
    findings_of_claim: dict[str, list[Finding]] = field(default_factory=dict)
    sources_of_claim: dict[str, Corroboration] = field(default_factory=dict)

    @classmethod
    def build(
        cls, snapshot: GraphSnapshot, findings: Iterable[Finding] | None = None
    ) -> ReportIndex:
        """Index ``snapshot``; ``findings`` are added to the snapshot's own (deduplicated by id)."""
        merged: dict[str, Finding] = {f.id: f for f in snapshot.findings}
        for finding in findings or ():
            merged.setdefault(finding.id, finding)
        index = cls(snapshot=snapshot, findings=tuple(sorted(merged.values(), key=_finding_key)))
        index.documents = {d.id: d for d in snapshot.documents}
        index.mentions = {m.id: m for m in snapshot.mentions}
        index.claims = {c.id: c for c in snapshot.claims}
        index.metrics = {m.id: m for m in snapshot.metrics}
        by_claim: dict[str, list[Mention]] = defaultdict(list)
        for claim in snapshot.claims:
            for mention_id in claim.mention_ids:
                mention = index.mentions.get(mention_id)
                if mention is not None:
                    by_claim[claim.id].append(mention)
                    index.claim_of_mention[mention_id] = claim.id
        index.mentions_of_claim = {k: sorted(v, key=index.mention_key) for k, v in by_claim.items()}
        by_doc: dict[str, list[Mention]] = defaultdict(list)
        for mention in snapshot.mentions:
            by_doc[mention.document_id].append(mention)
        index.mentions_of_document = {
            k: sorted(v, key=lambda m: m.start) for k, v in by_doc.items()
        }
        by_finding: dict[str, list[Finding]] = defaultdict(list)
        for finding in index.findings:
            for claim_id in finding.claim_ids:
                by_finding[claim_id].append(finding)
        index.findings_of_claim = dict(by_finding)
        # Source counting is track's: syndicated copies and one publisher's documents count once.
        index.sources_of_claim = {c.claim_id: c for c in corroboration(snapshot)}
        return index

    def day(self, mention: Mention) -> _dt.date | None:
        """The day ``mention`` was stated (falls back to its document's publication day)."""
        return day_of(mention, self.documents.get(mention.document_id))

    def mention_key(self, mention: Mention) -> tuple[str, str, int]:
        """Sort key: by day, then document name, then offset."""
        day = self.day(mention)
        return (day.isoformat() if day else "9999", mention.doc, mention.start)

    def publisher(self, mention: Mention) -> str | None:
        """The publisher of the document a mention is in."""
        document = self.documents.get(mention.document_id)
        return document.publisher if document is not None else None

    def outlets(self, claim_id: str) -> set[str]:
        """Independent sources of a claim (track's corroboration)."""
        found = self.sources_of_claim.get(claim_id)
        return set(found.sources) if found is not None else set()

    def single_source_claims(self) -> list[Claim]:
        """Claims that rest on one source (or none), as track's corroboration says."""
        return [
            claim
            for claim in self.snapshot.claims
            if claim.id not in self.sources_of_claim
            or self.sources_of_claim[claim.id].single_source
        ]

    def speakers(self) -> list[str]:
        """Every speaker who states a mention, sorted by name."""
        return sorted({m.speaker for m in self.snapshot.mentions if m.speaker})

    def claim_label(self, claim: Claim) -> str:
        """'nearly 100,000,000 — poor rural residents lifted out of poverty (China)'."""
        shown = claim.subject and claim.subject.lower() not in claim.metric.lower()
        subject = f" ({claim.subject})" if shown else ""
        return f"{format_claim_value(claim)} \u2014 {claim.metric}{subject}"

    def find_claims(self, query: str) -> list[Claim]:
        """Claims matching an id (claim, mention, metric) or a text (metric, subject, number).

        Text matches when every word of ``query`` appears in the claim's metric, subject, value
        or one of its mentions' numbers as written ("78.6", "life expectancy", "nearly 100").
        """
        query = query.strip()
        if query in self.claims:
            return [self.claims[query]]
        if query in self.claim_of_mention:
            return [self.claims[self.claim_of_mention[query]]]
        if query in self.metrics:
            return [c for c in self.snapshot.claims if c.metric_id == query]
        words = normalise_key(query).replace(",", "").split()
        if not words:
            return []
        found = []
        for claim in self.snapshot.claims:
            haystack = self._search_text(claim)
            if all(word in haystack for word in words):
                found.append(claim)
        return found

    def _search_text(self, claim: Claim) -> str:
        metric = self.metrics.get(claim.metric_id)
        parts: list[str] = [claim.metric, claim.subject or "", format_claim_value(claim)]
        parts.append(format_decimal(claim.value).replace(",", ""))
        if metric is not None:
            parts.extend(metric.aliases)
        parts.extend(m.number for m in self.mentions_of_claim.get(claim.id, ()))
        return normalise_key(" | ".join(parts)).replace(",", "")

    def find_document(self, query: str) -> Document | None:
        """A document by id, file name, or path (its file name is compared)."""
        query = query.strip()
        if query in self.documents:
            return self.documents[query]
        name = query.replace("\\", "/").rsplit("/", 1)[-1]
        for document in self.snapshot.documents:
            if name in (document.name, (document.source_path or "").rsplit("/", 1)[-1]):
                return document
        return None


def _finding_key(finding: Finding) -> tuple[int, str]:
    order = ("contradicts", "changed", "consistent_with", "repeats", "single_source")
    return (order.index(finding.kind) if finding.kind in order else len(order), finding.id)


def claims_of_findings(index: ReportIndex, kinds: Sequence[str]) -> list[Finding]:
    """The findings of the given kinds, in report order."""
    return [f for f in index.findings if f.kind in kinds]
