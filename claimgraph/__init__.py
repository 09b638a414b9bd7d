"""claimgraph: a knowledge graph of the statistical claims made in press briefings.

The public API, re-exported here; heavier stages (graph, RDF, report) load on first use so that
``import claimgraph`` and the CLI start fast::

    from claimgraph import ClaimGraph, load_document, extract_mentions, to_turtle

(The evaluator is ``claimgraph.evaluate.evaluate``: a top-level ``evaluate`` would be shadowed by
the submodule of the same name.)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from claimgraph.errors import (
    ClaimgraphError,
    ClaimgraphWarning,
    ClaimNotFound,
    EvaluationError,
    GraphIntegrityError,
    IngestError,
    RDFError,
    RDFImportError,
    StoreError,
)
from claimgraph.models import (
    Block,
    BlockKind,
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
    Syndication,
)

if TYPE_CHECKING:
    from claimgraph.graph import ClaimGraph
    from claimgraph.ingest import iter_documents, load_document, load_text
    from claimgraph.pipeline import extract_mentions, extract_paths
    from claimgraph.rdf import from_rdf, to_turtle, write_export
    from claimgraph.rdf.sparql import sparql
    from claimgraph.rdf.validate import validate
    from claimgraph.report import write_report
    from claimgraph.track import corroboration, find_findings, timeline

__version__ = "0.1.0"

_LAZY = {
    "ClaimGraph": "claimgraph.graph",
    "corroboration": "claimgraph.track",
    "extract_mentions": "claimgraph.pipeline",
    "extract_paths": "claimgraph.pipeline",
    "find_findings": "claimgraph.track",
    "from_rdf": "claimgraph.rdf",
    "iter_documents": "claimgraph.ingest",
    "load_document": "claimgraph.ingest",
    "load_text": "claimgraph.ingest",
    "sparql": "claimgraph.rdf",
    "timeline": "claimgraph.track",
    "to_turtle": "claimgraph.rdf",
    "validate": "claimgraph.rdf",
    "write_export": "claimgraph.rdf",
    "write_report": "claimgraph.report",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "Block",
    "BlockKind",
    "Briefing",
    "Claim",
    "ClaimGraph",
    "ClaimNotFound",
    "ClaimgraphError",
    "ClaimgraphWarning",
    "Document",
    "DocumentMeta",
    "EvaluationError",
    "Finding",
    "GraphIntegrityError",
    "GraphSnapshot",
    "IngestError",
    "Mention",
    "Metric",
    "Organization",
    "Person",
    "Quantity",
    "RDFError",
    "RDFImportError",
    "StoreError",
    "Syndication",
    "__version__",
    "corroboration",
    "extract_mentions",
    "extract_paths",
    "find_findings",
    "from_rdf",
    "iter_documents",
    "load_document",
    "load_text",
    "sparql",
    "timeline",
    "to_turtle",
    "validate",
    "write_export",
    "write_report",
]
