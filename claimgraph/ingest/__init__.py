"""Ingest: read text, HTML and JSONL files into segmented :class:`~claimgraph.models.Document`\\ s.

Readers (:mod:`.load`), metadata found in the text (:mod:`.meta`), page furniture
(:mod:`.clean`), segmentation into stories, turns, paragraphs and sentences (:mod:`.segment`,
:mod:`.sentences`) and syndicated copies (:mod:`.dedup`).
"""

from claimgraph.ingest.dedup import near_duplicates
from claimgraph.ingest.load import (
    DEFAULT_MAX_BYTES,
    iter_documents,
    load_document,
    load_text,
    read_manifest,
)
from claimgraph.ingest.segment import Segmentation, segment
from claimgraph.ingest.sentences import split_sentences

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Segmentation",
    "iter_documents",
    "load_document",
    "load_text",
    "near_duplicates",
    "read_manifest",
    "segment",
    "split_sentences",
]
