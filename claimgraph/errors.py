"""The claimgraph exception family.

::

    ClaimgraphError
    ├─ IngestError          input unreadable, undecodable, or missing required metadata
    ├─ ExtractionError      an extractor reached an impossible state (never "found nothing")
    ├─ ClaimNotFound        ID lookup failed (also a LookupError)
    ├─ StoreError           the SQLite store is unusable (wrong schema version, corrupt)
    ├─ GraphIntegrityError  edge to an unknown node, or the same ID with different content
    ├─ EvaluationError      a gold file that cannot be read or does not match the documents
    └─ RDFError
       ├─ VocabularyError   term outside the CG vocabulary
       ├─ RDFImportError    RDF that cannot be mapped back to models
       └─ PushError         a triple store refused or could not be reached

Every error keeps its context as attributes (``.path``, ``.document_id``...) as well as in
its message, so the CLI can print one line naming the file and the problem.
"""

from __future__ import annotations

from pathlib import Path


class ClaimgraphWarning(UserWarning):
    """A recoverable oddity (a number with no unit, a date that cannot be parsed)."""


class ClaimgraphError(Exception):
    """Base class of every error claimgraph raises on purpose."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class IngestError(ClaimgraphError):
    """Input unreadable, undecodable, or missing required metadata."""


class ExtractionError(ClaimgraphError):
    """An extractor reached an impossible state (never raised for "found nothing")."""


class ClaimNotFound(ClaimgraphError, LookupError):  # noqa: N818 -- the name STYLE.md fixes
    """An ID lookup failed."""

    def __init__(self, claim_id: str) -> None:
        self.claim_id = claim_id
        super().__init__(f"no claim, mention or node with id {claim_id!r}")


class StoreError(ClaimgraphError):
    """The SQLite store is unusable: wrong schema version, corrupt, or not ours."""


class GraphIntegrityError(ClaimgraphError):
    """An edge to an unknown node, or the same ID with different content."""


class EvaluationError(ClaimgraphError):
    """A gold file that cannot be read or does not match the documents."""


class RDFError(ClaimgraphError):
    """Base class of RDF export, import and push errors."""


class VocabularyError(RDFError):
    """A term outside the claimgraph vocabulary."""


class RDFImportError(RDFError):
    """RDF that cannot be mapped back to claimgraph models."""


class PushError(RDFError):
    """A triple store refused the data or could not be reached."""
