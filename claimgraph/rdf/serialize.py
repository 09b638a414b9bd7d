"""The export API: a GraphSnapshot as an rdflib graph, a Turtle string, or a file.

>>> from claimgraph.models import GraphSnapshot
>>> to_turtle(GraphSnapshot()).count("prov:SoftwareAgent")
1
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, TextIO

from rdflib import Dataset, Graph, Literal as RDFLiteral, URIRef

from claimgraph.errors import RDFError
from claimgraph.models import GraphSnapshot
from claimgraph.rdf.export import DEFAULT_BASE, SubjectBlock, iter_blocks
from claimgraph.rdf.render import render_ntriples, render_turtle
from claimgraph.rdf.turtle import write_jsonld, write_trig
from claimgraph.rdf.vocab import PREFIXES

__all__ = [
    "EXTENSIONS",
    "ExportFormat",
    "export_graph",
    "import_graph",
    "to_rdf",
    "to_turtle",
    "with_findings",
    "write_export",
]

ExportFormat = Literal["turtle", "nt", "jsonld", "trig"]

EXTENSIONS: dict[str, str] = {"turtle": "ttl", "nt": "nt", "jsonld": "jsonld", "trig": "trig"}
"""Export format -> file extension."""


def _terms(
    blocks: Iterator[SubjectBlock],
) -> Iterator[tuple[URIRef, URIRef, object, URIRef | None]]:
    iris: dict[str, URIRef] = {}

    def iri(text: str) -> URIRef:
        found = iris.get(text)
        if found is None:
            found = iris[text] = URIRef(text)
        return found

    for graph, subject, pairs in blocks:
        s = URIRef(subject)
        g = iri(graph) if graph is not None else None
        for pred, obj in pairs:
            if isinstance(obj, str):
                o: object = iri(obj)
            else:
                o = RDFLiteral(obj[0], datatype=iri(obj[1]) if obj[1] else None)
            yield s, iri(pred), o, g


def to_rdf(
    snapshot: GraphSnapshot, *, base: str = DEFAULT_BASE, named_graphs: bool = False
) -> Graph:
    """The export of ``snapshot`` as an rdflib graph, prefixes bound.

    Args:
        snapshot: the graph as plain models.
        base: the IRI node IRIs start with.
        named_graphs: return a :class:`rdflib.Dataset` with each document's mentions,
            provenance and publication info in named graphs (the TriG layout).

    Returns:
        A :class:`rdflib.Graph` (or a :class:`rdflib.Dataset` with ``named_graphs``).

    Raises:
        ValueError: when ``base`` cannot prefix IRIs.
    """
    graph: Graph = Dataset() if named_graphs else Graph()
    for prefix, ns in {**PREFIXES, "id": base}.items():
        graph.bind(prefix, ns, override=True, replace=True)
    if isinstance(graph, Dataset):
        for s, p, o, g in _terms(iter_blocks(snapshot, base=base, named_graphs=True)):
            graph.add((s, p, o, g if g is not None else graph.default_context.identifier))  # type: ignore[arg-type]
    else:
        graph.addN((s, p, o, graph) for s, p, o, _ in _terms(iter_blocks(snapshot, base=base)))  # type: ignore[misc]
    return graph


def to_turtle(snapshot: GraphSnapshot, *, base: str = DEFAULT_BASE) -> str:
    """The export of ``snapshot`` as grouped, deterministic Turtle.

    Raises:
        ValueError: when ``base`` cannot prefix IRIs.
    """
    out = io.StringIO()
    render_turtle(snapshot, out, base=base)
    return out.getvalue()


def _write(snapshot: GraphSnapshot, out: TextIO, fmt: str, base: str) -> int:
    if fmt == "turtle":
        return render_turtle(snapshot, out, base=base)
    if fmt == "nt":
        return render_ntriples(snapshot, out, base=base)
    if fmt == "trig":
        return write_trig(iter_blocks(snapshot, base=base, named_graphs=True), out, base=base)
    if fmt == "jsonld":
        return write_jsonld(iter_blocks(snapshot, base=base), out, base=base)
    raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(EXTENSIONS)}")


def write_export(
    snapshot: GraphSnapshot,
    path_or_stream: str | Path | TextIO,
    *,
    format: ExportFormat = "turtle",
    base: str = DEFAULT_BASE,
) -> Path | None:
    """Write the export of ``snapshot`` to a file (atomically) or a text stream.

    Args:
        snapshot: the graph as plain models.
        path_or_stream: a file path (parent folders are created) or an open text stream.
        format: turtle, nt, jsonld or trig.
        base: the IRI node IRIs start with.

    Returns:
        The path written, or None for a stream.

    Raises:
        ValueError: on an unknown format or a base that cannot prefix IRIs.
        RDFError: when the file cannot be written.
    """
    if format not in EXTENSIONS:
        raise ValueError(f"unknown export format {format!r}: choose one of {', '.join(EXTENSIONS)}")
    if not isinstance(path_or_stream, str | Path):
        _write(snapshot, path_or_stream, format, base)
        return None
    path = Path(path_or_stream)
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            _write(snapshot, out, format, base)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RDFError(f"cannot write the export: {exc.strerror or exc}", path=path) from exc
    return path


def with_findings(snapshot: GraphSnapshot) -> GraphSnapshot:
    """The snapshot with the tracking findings added, when it has none yet.

    The store does not keep findings; :func:`claimgraph.track.find_findings` derives them from
    the claims, so an export carries them and an import gives them back.
    """
    if snapshot.findings:
        return snapshot
    from claimgraph.track import find_findings

    return snapshot.model_copy(update={"findings": tuple(find_findings(snapshot))})


def export_graph(
    db: str | Path,
    path_or_stream: str | Path | TextIO,
    *,
    format: ExportFormat = "turtle",
    base: str = DEFAULT_BASE,
) -> tuple[Path | None, GraphSnapshot]:
    """Export the store ``db`` (with its findings) to a file or stream.

    Returns:
        The path written (None for a stream) and the snapshot that was exported.

    Raises:
        StoreError: when ``db`` is not a claimgraph store.
        RDFError: when the file cannot be written.
    """
    from claimgraph.graph import ClaimGraph

    with ClaimGraph(db) as graph:
        snapshot = with_findings(graph.snapshot())
    return write_export(snapshot, path_or_stream, format=format, base=base), snapshot


def import_graph(
    path_or_text: str | Path | bytes,
    db: str | Path,
    *,
    format: str | None = None,
) -> GraphSnapshot:
    """Load an export into the store ``db`` (created if missing); returns what was read.

    Documents already in the store are left as they are (ingesting is idempotent); claims,
    metrics, people and briefings are rebuilt by the store from the documents and mentions.

    Raises:
        RDFImportError: on RDF that is not a claimgraph export.
        StoreError, GraphIntegrityError: when the store refuses it.
    """
    from claimgraph.graph import ClaimGraph
    from claimgraph.rdf.load import from_rdf

    snapshot = from_rdf(path_or_text, format=format)
    with ClaimGraph(db) as graph:
        graph.add_snapshot(snapshot)
    return snapshot
