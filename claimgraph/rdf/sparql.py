"""SPARQL over an export, common prefixes predefined, answers as plain Python values.

The default engine is pyoxigraph (Rust, in process); ``engine="rdflib"`` runs the same query
through rdflib, the reference the tests compare triple stores with.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal as RDFLiteral

from claimgraph.errors import RDFError, RDFImportError
from claimgraph.models import GraphSnapshot
from claimgraph.rdf.export import DEFAULT_BASE
from claimgraph.rdf.load import FORMATS, guess_format
from claimgraph.rdf.render import render_ntriples
from claimgraph.rdf.vocab import PREFIXES

__all__ = ["QUERIES", "prefix_header", "sparql"]

QUERIES = Path(__file__).parent / "queries"
"""Example queries, one ``.rq`` file each."""

_SPARQL_PREFIXES = (
    "schema",
    "cg",
    "prov",
    "nif",
    "qudt",
    "unit",
    "xsd",
    "rdfs",
    "dcterms",
    "rdf",
    "cur",
)
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    f"{_XSD}{t}" for t in ("integer", "nonNegativeInteger", "int", "long", "positiveInteger")
}


def prefix_header(base: str = DEFAULT_BASE) -> str:
    """The PREFIX lines every query gets (``id:`` is the node base).

    >>> "PREFIX schema: <https://schema.org/>" in prefix_header()
    True
    """
    lines = [f"PREFIX {p}: <{PREFIXES[p]}>" for p in _SPARQL_PREFIXES]
    lines.append(f"PREFIX id: <{base}>")
    return "\n".join(lines) + "\n"


def _value(lexical: str, datatype: str) -> object:
    try:
        if datatype == f"{_XSD}decimal":
            return Decimal(lexical)
        if datatype in _INTEGERS:
            return int(lexical)
        if datatype == f"{_XSD}double" or datatype == f"{_XSD}float":
            return float(lexical)
        if datatype == f"{_XSD}boolean":
            return lexical in ("true", "1")
        if datatype == f"{_XSD}date":
            return date.fromisoformat(lexical)
        if datatype == f"{_XSD}dateTime":
            return datetime.fromisoformat(lexical)
    except ValueError:
        return lexical
    return lexical


def _ox_value(term: Any) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _value(term.value, term.datatype.value)
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def _rdflib_value(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, RDFLiteral):
        return _value(str(term), str(term.datatype) if term.datatype else "")
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _ox_store(source: GraphSnapshot | Graph | str | Path, base: str) -> ox.Store:
    store = ox.Store()
    if isinstance(source, GraphSnapshot):
        buf = io.StringIO()
        render_ntriples(source, buf, base=base)
        store.bulk_load(buf.getvalue().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    elif isinstance(source, Graph):
        store.bulk_load(
            source.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES
        )
    else:
        path = Path(source)
        try:
            store.bulk_load(
                path=str(path), format=FORMATS[guess_format(path)], to_graph=ox.DefaultGraph()
            )
        except (SyntaxError, OSError) as exc:
            raise RDFImportError(f"cannot load: {exc}", path=path) from exc
    return store


def _rdflib_graph(source: GraphSnapshot | Graph | str | Path, base: str) -> Graph:
    if isinstance(source, Graph):
        return source
    if isinstance(source, GraphSnapshot):
        buf = io.StringIO()
        render_ntriples(source, buf, base=base)
        return Graph().parse(data=buf.getvalue(), format="nt")
    path = Path(source)
    try:
        return Graph().parse(
            path, format={"jsonld": "json-ld"}.get(guess_format(path), guess_format(path))
        )
    except Exception as exc:  # rdflib raises many unrelated types on bad input
        raise RDFImportError(f"cannot load: {exc}", path=path) from exc


def sparql(
    source: GraphSnapshot | Graph | str | Path,
    query: str,
    *,
    engine: Literal["oxigraph", "rdflib"] = "oxigraph",
    base: str = DEFAULT_BASE,
) -> list[dict[str, object]]:
    """Run a SPARQL query over a snapshot, an rdflib graph or an export file.

    The prefixes schema, cg, prov, nif, qudt, unit, cur, xsd, rdf, rdfs, dcterms and ``id``
    (the node base) are predefined.

    Args:
        source: what to query.
        query: a SELECT, ASK or CONSTRUCT query.
        engine: ``oxigraph`` (fast) or ``rdflib``.
        base: the node base, for snapshots and the ``id:`` prefix.

    Returns:
        SELECT: one dict per solution, variable -> value (Decimal, int, date, datetime, bool,
        str; IRIs as str; None when unbound), in solution order. ASK: ``[{"ask": bool}]``.
        CONSTRUCT/DESCRIBE: one dict per triple (subject, predicate, object).

    Raises:
        RDFError: when the query is not valid SPARQL.
        RDFImportError: when a file cannot be read.
    """
    text = prefix_header(base) + query
    if engine == "rdflib":
        graph = _rdflib_graph(source, base)
        try:
            result = graph.query(text)
        except Exception as exc:  # pyparsing and rdflib errors
            raise RDFError(f"bad SPARQL query: {exc}") from exc
        if result.type == "ASK":
            return [{"ask": bool(result.askAnswer)}]
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            assert result.graph is not None
            return [
                {
                    "subject": _rdflib_value(s),
                    "predicate": _rdflib_value(p),
                    "object": _rdflib_value(o),
                }
                for s, p, o in result.graph
            ]
        names = [str(v) for v in result.vars or []]
        return [
            {n: _rdflib_value(row[i]) for i, n in enumerate(names)}  # type: ignore[index]
            for row in result
        ]
    store = _ox_store(source, base)
    try:
        answer = store.query(text)
    except SyntaxError as exc:
        raise RDFError(f"bad SPARQL query: {exc}") from exc
    if isinstance(answer, ox.QueryBoolean):
        return [{"ask": bool(answer)}]
    if isinstance(answer, ox.QueryTriples):
        return [
            {
                "subject": _ox_value(t.subject),
                "predicate": _ox_value(t.predicate),
                "object": _ox_value(t.object),
            }
            for t in answer
        ]
    names = [v.value for v in answer.variables]
    return [{n: _ox_value(sol[n]) for n in names} for sol in answer]
