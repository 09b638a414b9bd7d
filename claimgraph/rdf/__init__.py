"""RDF: export a claim graph to Turtle, N-Triples, TriG or JSON-LD, import it back, query it.

Public API::

    to_rdf(snapshot, *, base=...) -> rdflib.Graph
    to_turtle(snapshot, *, base=...) -> str
    write_export(snapshot, path_or_stream, *, format="turtle", base=...) -> Path | None
    from_rdf(path_or_text, *, format=None) -> GraphSnapshot
    validate(path_or_graph) -> ValidationReport
    sparql(snapshot_or_graph_or_file, query) -> list[dict[str, object]]
    push(path, *, endpoint, graph, user=None, password=None) -> int
"""

from claimgraph.rdf.load import from_rdf
from claimgraph.rdf.push import push
from claimgraph.rdf.serialize import (
    export_graph,
    import_graph,
    to_rdf,
    to_turtle,
    with_findings,
    write_export,
)
from claimgraph.rdf.sparql import sparql
from claimgraph.rdf.validate import ValidationReport, Violation, validate

__all__ = [
    "ValidationReport",
    "Violation",
    "export_graph",
    "from_rdf",
    "import_graph",
    "push",
    "sparql",
    "to_rdf",
    "to_turtle",
    "validate",
    "with_findings",
    "write_export",
]
