"""Every finding across briefings, their details for people and programs, and graph edges.

Kinds: ``repeats`` (one claim in several documents or on several days), ``changed`` (a metric's
value moved between two days), ``contradicts`` and ``consistent_with`` (see
:mod:`claimgraph.track.consistency`), ``single_source`` (a claim only one independent source
carries).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from claimgraph.errors import GraphIntegrityError
from claimgraph.models import Finding, FindingKind, GraphSnapshot, make_id
from claimgraph.track._index import ClaimFields, Found, SnapshotIndex
from claimgraph.track.consistency import (
    base_year_findings,
    percent_change_findings,
    same_period_findings,
)
from claimgraph.track.corroboration import build_corroboration
from claimgraph.track.timeline import build_timeline

# The order findings of one id are kept in when two checks reach the same claims.
_KIND_ORDER: dict[str, int] = {
    "contradicts": 0,
    "consistent_with": 1,
    "changed": 2,
    "repeats": 3,
    "single_source": 4,
}
# Finding kinds that become edges between claim nodes in ClaimGraph.nx.
EDGE_KINDS: frozenset[str] = frozenset({"repeats", "changed", "contradicts", "consistent_with"})


def _repeats(index: SnapshotIndex) -> list[Found]:
    found = []
    for claim in index.snapshot.claims:
        mentions = index.claim_mentions(claim)
        docs = sorted({m.document_id for m in mentions})
        days = sorted({d for d in map(index.mention_day, mentions) if d is not None})
        if len(docs) < 2 and len(days) < 2:
            continue
        briefings = {index.briefing_of[d] for d in docs if d in index.briefing_of}
        groups = index.claim_sources(claim)
        speakers = sorted({m.speaker for m in mentions if m.speaker})
        parts = [f"stated in {len(docs)} documents on {len(days)} day(s)"]
        if days:
            parts.append("(" + ", ".join(d.isoformat() for d in days) + ")")
        if briefings:
            parts.append(f"at {len(briefings)} briefing(s)")
        if speakers:
            parts.append("by " + ", ".join(speakers))
        number = min(mentions, key=lambda m: (m.doc, m.start)).number
        reason = (
            f"'{number}' ({claim.metric}) " + " ".join(parts) + f"; {len(groups)} independent "
            f"source(s): " + "; ".join(index.source_label(g) for g in groups)
        )
        finding = Finding(
            id=make_id("fnd", "repeats", claim.id),
            kind="repeats",
            claim_ids=(claim.id,),
            reason=reason,
        )
        found.append(Found(finding, ((claim.id, claim.id),)))
    return found


def _changed(index: SnapshotIndex) -> list[Found]:
    found = []
    for entry in build_timeline(index):
        if (
            entry.change in ("up", "down", "qualifier", "unit")
            and entry.previous_claim_id is not None
        ):
            ids = (entry.previous_claim_id, entry.claim_id)
            who = f" ({', '.join(entry.speakers)})" if entry.speakers else ""
            finding = Finding(
                id=make_id("fnd", "changed", *ids),
                kind="changed",
                claim_ids=ids,
                reason=f"{entry.metric}: {entry.note} on {entry.date}{who}",
            )
            found.append(Found(finding, (ids,)))
    return found


def _single_source(index: SnapshotIndex) -> list[Found]:
    found = []
    for corr in build_corroboration(index):
        if not corr.single_source:
            continue
        where = corr.sources[0] if corr.sources else "no document"
        copies = f" ({len(corr.document_ids)} documents)" if len(corr.document_ids) > 1 else ""
        finding = Finding(
            id=make_id("fnd", "single_source", corr.claim_id),
            kind="single_source",
            claim_ids=(corr.claim_id,),
            reason=f"'{corr.number}' ({corr.metric}) rests on one source: {where}{copies}",
        )
        found.append(Found(finding, ()))
    return found


def collect(snapshot: GraphSnapshot) -> list[Found]:
    """Every finding with its graph edges, deduplicated by id and sorted by (kind, id)."""
    index = SnapshotIndex(snapshot)
    base, examined = base_year_findings(index)
    every = [
        *base,
        *same_period_findings(index, examined),
        *percent_change_findings(index),
        *_changed(index),
        *_repeats(index),
        *_single_source(index),
    ]
    unique: dict[str, Found] = {}
    for item in every:
        unique.setdefault(item.finding.id, item)
    return sorted(unique.values(), key=lambda f: (_KIND_ORDER[f.finding.kind], f.finding.id))


def find_findings(snapshot: GraphSnapshot) -> list[Finding]:
    """Every finding across briefings: repeats, changes, contradictions, consistency, sources.

    Ids are ``make_id("fnd", kind, *claim_ids)``; ``claim_ids`` are sorted except for
    ``changed``, where they run from the earlier claim to the later one. The list is sorted by
    kind (contradicts, consistent_with, changed, repeats, single_source) then id. The cost is
    near-linear in the number of mentions: claims are grouped by keys, never compared in pairs.

    Args:
        snapshot: The graph's content.

    Returns:
        The findings; ``[]`` when there is nothing to say.
    """
    return [f.finding for f in collect(snapshot)]


# --------------------------------------------------------------------------- details
class MentionRef(BaseModel):
    """One mention of a claim named by a finding: the figure as written, where, who, when."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mention_id: str = Field(..., description="The mention.")
    number: str = Field(..., description="The figure as written.")
    document_id: str = Field(..., description="The document.")
    document: str = Field(..., description="The document's file name.")
    publisher: str | None = Field(None, description="The document's publisher.")
    speaker: str | None = Field(None, description="Who stated it.")
    date: _dt.date | None = Field(None, description="The day it was stated.")


class ClaimRef(ClaimFields):
    """A claim named by a finding, with its mentions."""

    mentions: tuple[MentionRef, ...] = Field((), description="Its mentions, by day and document.")


class FindingDetail(BaseModel):
    """A finding with the claims it involves spelled out: what the CLI prints."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(..., description="The finding id.")
    kind: FindingKind = Field(..., description="What was found.")
    reason: str = Field(..., description="Readable explanation.")
    implied_year: int | None = Field(None, description="Base year implied, for anniversaries.")
    claims: tuple[ClaimRef, ...] = Field((), description="The claims involved, in finding order.")


def explain(snapshot: GraphSnapshot, findings: Iterable[Finding]) -> list[FindingDetail]:
    """Spell out the claims (and their mentions) each finding names.

    Args:
        snapshot: The graph the findings were made from.
        findings: Findings of that graph.

    Returns:
        One :class:`FindingDetail` per finding, in the order given. Claims the snapshot does
        not hold are left out.
    """
    index = SnapshotIndex(snapshot)
    details = []
    for finding in findings:
        refs = []
        for claim_id in finding.claim_ids:
            claim = index.claims.get(claim_id)
            if claim is None:
                continue
            mentions = sorted(
                index.claim_mentions(claim),
                key=lambda m: (index.mention_day(m) or date.max, m.doc, m.start),
            )
            refs.append(
                ClaimRef(
                    **ClaimFields.of(claim),
                    mentions=tuple(
                        MentionRef(
                            mention_id=m.id,
                            number=m.number,
                            document_id=m.document_id,
                            document=m.doc,
                            publisher=index.publisher(m.document_id),
                            speaker=m.speaker,
                            date=index.mention_day(m),
                        )
                        for m in mentions
                    ),
                )
            )
        details.append(
            FindingDetail(
                id=finding.id,
                kind=finding.kind,
                reason=finding.reason,
                implied_year=finding.implied_year,
                claims=tuple(refs),
            )
        )
    return details


def find_details(
    snapshot: GraphSnapshot, *, kinds: Sequence[str] | None = None
) -> list[FindingDetail]:
    """:func:`find_findings` of the given kinds, spelled out by :func:`explain`.

    Args:
        snapshot: The graph's content.
        kinds: Finding kinds to keep (default: all).

    Returns:
        The details, in :func:`find_findings` order.
    """
    findings = [f for f in find_findings(snapshot) if kinds is None or f.kind in kinds]
    return explain(snapshot, findings)


# --------------------------------------------------------------------------- graph edges
class GraphLike(Protocol):
    """What :func:`annotate` needs of a ClaimGraph: its snapshot and its networkx view."""

    @property
    def nx(self) -> Any:
        """The networkx MultiDiGraph whose nodes are keyed by model ids."""

    def snapshot(self) -> GraphSnapshot:
        """Everything the graph holds."""


def annotate(graph: GraphLike, *, kinds: Sequence[str] | None = None) -> list[Finding]:
    """Find every finding of ``graph`` and add it to ``graph.nx`` as edges between claims.

    Each edge has the finding id as its key and carries ``type`` and ``kind`` (the finding
    kind), ``reason``, ``finding`` and ``implied_year``. A ``repeats`` finding is a loop on
    its claim; ``changed`` runs from the earlier claim to the later one; ``contradicts`` joins
    the dissenting claim to the others. Running it twice adds no duplicate edges. The graph
    rebuilds ``nx`` after a change to the store, so annotate again after adding documents.

    Args:
        graph: A ClaimGraph (anything with ``snapshot()`` and ``nx``).
        kinds: Finding kinds to add as edges (default: repeats, changed, contradicts,
            consistent_with).

    Returns:
        Every finding (those of other kinds too), as :func:`find_findings` gives them.

    Raises:
        GraphIntegrityError: a finding names a claim that is not a node of ``graph.nx``.
    """
    wanted = set(kinds) if kinds is not None else set(EDGE_KINDS)
    found = collect(graph.snapshot())
    nxg = graph.nx
    for item in found:
        finding = item.finding
        if finding.kind not in wanted:
            continue
        for a, b in item.edges:
            for node in (a, b):
                if node not in nxg:
                    raise GraphIntegrityError(
                        f"finding {finding.id} names claim {node!r}, which is not in the graph"
                    )
            nxg.add_edge(
                a,
                b,
                key=finding.id,
                type=finding.kind,
                kind=finding.kind,
                reason=finding.reason,
                finding=finding.id,
                implied_year=finding.implied_year,
            )
    return [item.finding for item in found]
