"""Track claims across briefings: timelines, repeats, changes, corroboration, consistency.

Pure functions over a :class:`~claimgraph.models.GraphSnapshot`, plus :func:`annotate`, which
adds the findings to a ClaimGraph's networkx view as edges between claims::

    from claimgraph.track import timeline, corroboration, find_findings
    timeline(snapshot, metric="life expectancy")
    corroboration(snapshot)
    find_findings(snapshot)
"""

from claimgraph.track.corroboration import Corroboration, corroboration
from claimgraph.track.findings import (
    EDGE_KINDS,
    ClaimRef,
    FindingDetail,
    GraphLike,
    MentionRef,
    annotate,
    explain,
    find_details,
    find_findings,
)
from claimgraph.track.timeline import TimelineEntry, match_metrics, timeline

__all__ = [
    "EDGE_KINDS",
    "ClaimRef",
    "Corroboration",
    "FindingDetail",
    "GraphLike",
    "MentionRef",
    "TimelineEntry",
    "annotate",
    "corroboration",
    "explain",
    "find_details",
    "find_findings",
    "match_metrics",
    "timeline",
]
