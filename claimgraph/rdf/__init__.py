"""RDF: export a claim graph to Turtle, N-Triples, TriG or JSON-LD, import it back, query it.

Public API::

    to_rdf(snapshot, *, base=...) -> rdflib.Graph
    to_turtle(snapshot, *, base=...) -> str
    write_export(snapshot, path_or_stream, *, format="turtle", base=...) -> Path | None
    from_rdf(path_or_text, *, format=None) -> GraphSnapshot
"""

from claimgraph.rdf.load import from_rdf
from claimgraph.rdf.serialize import to_rdf, to_turtle, write_export

__all__ = ["from_rdf", "to_rdf", "to_turtle", "write_export"]
