"""Corroboration: how many independent sources carry each claim.

Syndicated copies of one story (``snapshot.syndications``) count once, and documents of the same
publisher count once: two reprints of a Xinhua story on two sites are one source, not two.
"""

from __future__ import annotations

from pydantic import Field

from claimgraph.models import GraphSnapshot
from claimgraph.track._index import ClaimFields, SnapshotIndex


class Corroboration(ClaimFields):
    """The independent sources behind one claim."""

    number: str = Field(..., description="The figure as first written.")
    independent_sources: int = Field(..., ge=0, description="How many independent sources.")
    sources: tuple[str, ...] = Field((), description="A readable name per independent source.")
    source_documents: tuple[tuple[str, ...], ...] = Field(
        (), description="The document ids of each independent source, aligned with `sources`."
    )
    document_ids: tuple[str, ...] = Field((), description="Every document carrying the claim.")
    documents: tuple[str, ...] = Field((), description="Their file names, sorted.")
    publishers: tuple[str, ...] = Field((), description="Their known publishers, sorted.")
    speakers: tuple[str, ...] = Field((), description="Who stated it, sorted.")
    mention_count: int = Field(..., ge=0, description="How many mentions the claim has.")
    single_source: bool = Field(..., description="Whether it rests on one source (or none).")


def build_corroboration(index: SnapshotIndex) -> list[Corroboration]:
    """:func:`corroboration` over a prebuilt index."""
    result = []
    for claim in index.snapshot.claims:
        mentions = index.claim_mentions(claim)
        doc_ids = sorted({m.document_id for m in mentions})
        groups = index.claim_sources(claim)
        first = min(mentions, key=lambda m: (m.doc, m.start, m.id), default=None)
        result.append(
            Corroboration(
                **ClaimFields.of(claim),
                number=first.number if first is not None else str(claim.value),
                independent_sources=len(groups),
                sources=tuple(index.source_label(g) for g in groups),
                source_documents=tuple(tuple(g) for g in groups),
                document_ids=tuple(doc_ids),
                documents=tuple(sorted(index.doc_name(d) for d in doc_ids)),
                publishers=tuple(sorted({p for p in map(index.publisher, doc_ids) if p})),
                speakers=tuple(sorted({m.speaker for m in mentions if m.speaker})),
                mention_count=len(mentions),
                single_source=len(groups) <= 1,
            )
        )
    result.sort(key=lambda c: c.claim_id)
    return result


def corroboration(snapshot: GraphSnapshot) -> list[Corroboration]:
    """Per claim: its independent sources, documents, and whether it rests on one source.

    Args:
        snapshot: The graph's content.

    Returns:
        One :class:`Corroboration` per claim, sorted by claim id.
    """
    return build_corroboration(SnapshotIndex(snapshot))
