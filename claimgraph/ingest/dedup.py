"""Near-duplicate stories across documents: syndicated copies and reprints.

Two documents carry the same story when a story of one has the same fingerprint as a story of the
other (the same normalised text), or when their word 5-shingle sets have a Jaccard similarity of
at least 0.8 (a reprint with small edits). Candidate pairs come from a bottom-k MinHash sketch, so
the cost grows with the number of stories, not with its square.
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from claimgraph.ingest.clean import line_key
from claimgraph.models import BlockKind, Document, Syndication, make_id

__all__ = ["JACCARD_THRESHOLD", "near_duplicates", "shingles"]

JACCARD_THRESHOLD = 0.8
_SHINGLE = 5
_SKETCH = 24


def shingles(text: str, size: int = _SHINGLE) -> frozenset[str]:
    """The word ``size``-shingles of a text (lower case, punctuation dropped).

    >>> sorted(shingles("China has won the battle", 4))
    ['china has won the', 'has won the battle']
    """
    tokens = line_key(text).split()
    if len(tokens) <= size:
        return frozenset({" ".join(tokens)}) if tokens else frozenset()
    return frozenset(" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class _Story:
    document_id: str
    fingerprint: str
    shingles: frozenset[str]
    sketch: tuple[int, ...]


def _hash(shingle: str) -> int:
    # crc32: fast and the same on every run and machine (the built-in hash() is salted).
    return zlib.crc32(shingle.encode())


def _stories(documents: Sequence[Document]) -> list[_Story]:
    out: list[_Story] = []
    seen: set[str] = set()
    for doc in documents:
        kids: dict[int, list[str]] = defaultdict(list)
        for block in doc.blocks:
            if block.kind == BlockKind.PARAGRAPH:
                story = _story_of(doc, block.parent)
                if story is not None:
                    kids[story].append(doc.text[block.start : block.end])
        for block in doc.blocks:
            if block.kind != BlockKind.STORY or block.fingerprint is None:
                continue
            if block.fingerprint in seen:  # the same text again: its fingerprint is enough
                out.append(_Story(doc.id, block.fingerprint, frozenset(), ()))
                continue
            seen.add(block.fingerprint)
            sh = shingles(" ".join(kids.get(block.index, [])))
            sketch = tuple(sorted(_hash(s) for s in sh)[:_SKETCH])
            out.append(_Story(doc.id, block.fingerprint, sh, sketch))
    return out


def _story_of(doc: Document, index: int | None) -> int | None:
    while index is not None:
        block = doc.blocks[index]
        if block.kind == BlockKind.STORY:
            return index
        index = block.parent
    return None


def near_duplicates(documents: Sequence[Document]) -> list[Syndication]:
    """Groups of two or more documents that share a story.

    Args:
        documents: segmented documents (from :func:`claimgraph.ingest.load_text` and friends).

    Returns:
        One Syndication per group of stories found in two or more distinct documents, its id
        ``make_id("syn", fingerprint)`` with the group's most common fingerprint (the smallest on
        a tie); sorted by id. A document may sit in several groups (one per story).
    """
    stories = _stories(documents)
    parent = list(range(len(stories)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_fingerprint: dict[str, int] = {}
    by_hash: dict[int, list[int]] = defaultdict(list)
    for i, story in enumerate(stories):
        first = by_fingerprint.setdefault(story.fingerprint, i)
        if first != i:
            union(first, i)  # the same text: one representative is enough for the sketch
            continue
        for h in story.sketch:
            by_hash[h].append(i)
    checked: set[tuple[int, int]] = set()
    for members in by_hash.values():
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1 :]:
                pair = (a, b)
                if pair in checked or find(a) == find(b):
                    continue
                checked.add(pair)
                sa, sb = stories[a].shingles, stories[b].shingles
                if sa and len(sa & sb) >= JACCARD_THRESHOLD * len(sa | sb):
                    union(a, b)

    groups: dict[int, list[_Story]] = defaultdict(list)
    for i, story in enumerate(stories):
        groups[find(i)].append(story)
    out: list[Syndication] = []
    for group in groups.values():
        docs = sorted({s.document_id for s in group})
        if len(docs) < 2:
            continue
        counts = Counter(s.fingerprint for s in group)
        fingerprint = min(counts, key=lambda f: (-counts[f], f))
        out.append(
            Syndication(
                id=make_id("syn", fingerprint),
                fingerprint=fingerprint,
                document_ids=tuple(docs),
            )
        )
    return sorted(out, key=lambda s: s.id)
