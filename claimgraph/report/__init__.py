"""Look at claims across briefings: terminal cards and a self-contained HTML report.

Everything here is a function of a :class:`~claimgraph.models.GraphSnapshot` (plus tracking
:class:`~claimgraph.models.Finding` results), so it works on any graph, stored or built in memory.
"""

from claimgraph.report.card import claim_card, document_card, find_claims, to_text
from claimgraph.report.html import render_report, report_data, write_report

__all__ = [
    "claim_card",
    "document_card",
    "find_claims",
    "render_report",
    "report_data",
    "to_text",
    "write_report",
]
