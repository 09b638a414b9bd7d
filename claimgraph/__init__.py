"""claimgraph: a knowledge graph of the statistical claims made in press briefings."""

from claimgraph.errors import ClaimgraphError, ClaimgraphWarning
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
)

__version__ = "0.1.0"

__all__ = [
    "Block",
    "BlockKind",
    "Briefing",
    "Claim",
    "ClaimgraphError",
    "ClaimgraphWarning",
    "Document",
    "DocumentMeta",
    "Finding",
    "GraphSnapshot",
    "Mention",
    "Metric",
    "Organization",
    "Person",
    "Quantity",
    "__version__",
]
