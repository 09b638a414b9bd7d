"""Near-duplicate stories across documents: syndicated copies and reprints.

Two documents carry the same story when a story of one has the same fingerprint as a story of the
other (the same normalised text), or when their word 5-shingle sets have a Jaccard similarity of
at least 0.8 (a reprint with small edits), whatever day each was published.

Candidate pairs come from locality-sensitive hashing: each story gets a MinHash signature
(one-permutation hashing: the shingle hashes fall into 64 bins, each bin keeps its smallest value),
cut into 16 bands of 4 values; stories sharing a whole band are candidates, and only candidates
are compared exactly. Two stories with Jaccard 0.8 share a band with probability
1 - (1 - 0.8**4)**16 > 0.9998; at Jaccard 0.3 with probability 0.12. The cost grows with the
number of stories (and of true copies), not with its square.

>>> from claimgraph.ingest import load_text
>>> story = " ".join(f"Officials said figure {i} rose in the year to March." for i in range(30))
>>> a = load_text(story, name="a.txt")
>>> b = load_text(story.replace("rose", "grew", 1), name="b.txt")
>>> [len(s.document_ids) for s in near_duplicates([a, b])]
[2]
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from claimgraph.ingest.clean import line_key
from claimgraph.models import BlockKind, Document, Syndication, make_id

__all__ = [
    "JACCARD_THRESHOLD",
    "StorySketch",
    "group_stories",
    "jaccard_at_least",
    "near_duplicates",
    "shingles",
    "signature",
    "sketch_stories",
    "story_shingles",
]

JACCARD_THRESHOLD = 0.8
_SHINGLE = 5
_BINS = 64  # signature length (a power of two: the low bits of a hash pick its bin)
_ROWS = 4  # values per band; _BINS // _ROWS bands
_SHIFT = _BINS.bit_length() - 1
_EMPTY = 1 << 32


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
class StorySketch:
    """What near-duplicate search keeps of one story: its fingerprint and MinHash signature."""

    document_id: str
    story: int  # index of the story block in Document.blocks
    fingerprint: str
    signature: tuple[int, ...]  # _BINS values, or () for a story without words


def _hash(shingle: str) -> int:
    # crc32: fast and the same on every run and machine (the built-in hash() is salted).
    return zlib.crc32(shingle.encode())


def signature(hashes: Iterable[int]) -> tuple[int, ...]:
    """The one-permutation MinHash signature of a set of 32-bit shingle hashes.

    Empty bins borrow the value of the next filled bin (circularly), marked by the distance, so
    short stories still get comparable signatures.

    >>> signature([]) == ()
    True
    >>> len(signature([5, 70, 1 << 31]))
    64
    """
    bins = [_EMPTY] * _BINS
    mask = _BINS - 1
    for h in hashes:
        b, v = h & mask, h >> _SHIFT
        if v < bins[b]:
            bins[b] = v
    filled = [i for i, v in enumerate(bins) if v != _EMPTY]
    if not filled:
        return ()
    out = list(bins)
    for i in range(_BINS):
        if out[i] == _EMPTY:
            step = 1
            while bins[(i + step) % _BINS] == _EMPTY:
                step += 1
            out[i] = bins[(i + step) % _BINS] + (step << (32 - _SHIFT))
    return tuple(out)


def _story_of(doc: Document, index: int | None) -> int | None:
    while index is not None:
        block = doc.blocks[index]
        if block.kind == BlockKind.STORY:
            return index
        index = block.parent
    return None


def story_shingles(doc: Document) -> dict[int, frozenset[str]]:
    """The shingle set of each fingerprinted story of a document, by story block index.

    A story's text is its paragraphs (furniture and headlines left out).
    """
    kids: dict[int, list[str]] = defaultdict(list)
    for block in doc.blocks:
        if block.kind == BlockKind.PARAGRAPH:
            story = _story_of(doc, block.parent)
            if story is not None:
                kids[story].append(doc.text[block.start : block.end])
    return {
        b.index: shingles(" ".join(kids.get(b.index, [])))
        for b in doc.blocks
        if b.kind == BlockKind.STORY and b.fingerprint is not None
    }


def _sketched(doc: Document) -> list[tuple[StorySketch, frozenset[str]]]:
    out = []
    for index, sh in story_shingles(doc).items():
        fingerprint = doc.blocks[index].fingerprint
        assert fingerprint is not None  # story_shingles keeps fingerprinted stories only
        sig = signature(_hash(s) for s in sh)
        out.append((StorySketch(doc.id, index, fingerprint, sig), sh))
    return out


def sketch_stories(doc: Document) -> list[StorySketch]:
    """A sketch of each fingerprinted story of a document, in document order."""
    return [sketch for sketch, _ in _sketched(doc)]


def jaccard_at_least(a: frozenset[str], b: frozenset[str], threshold: float) -> bool:
    """Whether two shingle sets have a Jaccard similarity of at least ``threshold``."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < threshold * len(large):  # Jaccard <= |small| / |large|
        return False
    common = len(small & large)
    return common >= threshold * (len(a) + len(b) - common)


def group_stories(
    sketches: Sequence[StorySketch], similar: Callable[[StorySketch, StorySketch], bool]
) -> list[Syndication]:
    """Groups of two or more documents sharing a story, from story sketches.

    Stories with one fingerprint are one story; other candidates (stories sharing a MinHash
    band) are joined when ``similar`` says so.

    Args:
        sketches: the stories (from :func:`sketch_stories`).
        similar: the exact test for two candidate stories of different fingerprints.

    Returns:
        One Syndication per group found in two or more distinct documents, its id
        ``make_id("syn", fingerprint)`` with the group's most common fingerprint (the smallest
        on a tie); sorted by id.
    """
    parent = list(range(len(sketches)))

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
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for i, story in enumerate(sketches):
        first = by_fingerprint.setdefault(story.fingerprint, i)
        if first != i:
            union(first, i)  # the same text: one representative is enough
            continue
        sig = story.signature
        for band in range(0, len(sig), _ROWS):
            buckets[band, sig[band : band + _ROWS]].append(i)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        # Compare each member with one story of each group already met in this bucket: copies
        # of one story join its group at once, so a bucket of many copies stays cheap.
        heads: list[int] = []
        for a in members:
            joined = False
            for b in heads:
                if find(a) == find(b):
                    joined = True
                    break
                pair = (b, a)
                if pair in checked:
                    continue
                checked.add(pair)
                if similar(sketches[b], sketches[a]):
                    union(a, b)
                    joined = True
                    break
            if not joined:
                heads.append(a)

    groups: dict[int, list[StorySketch]] = defaultdict(list)
    for i, story in enumerate(sketches):
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


def near_duplicates(documents: Sequence[Document]) -> list[Syndication]:
    """Groups of two or more documents that share a story.

    Args:
        documents: segmented documents (from :func:`claimgraph.ingest.load_text` and friends).

    Returns:
        One Syndication per group of stories found in two or more distinct documents, its id
        ``make_id("syn", fingerprint)`` with the group's most common fingerprint (the smallest on
        a tie); sorted by id. A document may sit in several groups (one per story).
    """
    sketches: list[StorySketch] = []
    sets: dict[tuple[str, int], frozenset[str]] = {}
    for doc in documents:
        for sketch, sh in _sketched(doc):
            sets[doc.id, sketch.story] = sh
            sketches.append(sketch)

    def similar(a: StorySketch, b: StorySketch) -> bool:
        sa, sb = sets[a.document_id, a.story], sets[b.document_id, b.story]
        return jaccard_at_least(sa, sb, JACCARD_THRESHOLD)

    return group_stories(sketches, similar)
