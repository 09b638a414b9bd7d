"""SHACL validation of an export against the shapes (``schemas/shapes.ttl``, pyshacl).

The shapes are read through :mod:`claimgraph.rdf.resources`: the package copy in an installed
wheel, the repository's ``schemas/`` in a checkout.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, SH

from claimgraph.errors import RDFImportError
from claimgraph.rdf.load import guess_format
from claimgraph.rdf.resources import schema_dir, schema_text

__all__ = ["SCHEMAS", "ValidationReport", "Violation", "validate"]

SCHEMAS = schema_dir()
"""The folder ``claimgraph.ttl`` and ``shapes.ttl`` are read from (package copy or repository)."""

_RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


class Violation(BaseModel):
    """One SHACL result: which node, which property, what is wrong."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    focus: str = Field(..., description="The node that fails (IRI).")
    path: str | None = Field(None, description="The property path (IRI), if any.")
    value: str | None = Field(None, description="The offending value, if any.")
    message: str = Field(..., description="What is wrong, in words.")
    severity: str = Field("Violation", description="Violation, Warning or Info.")
    shape: str | None = Field(None, description="The shape that was violated.")


class ValidationReport(BaseModel):
    """The outcome of validating one export."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    conforms: bool = Field(..., description="Whether the data conforms to every shape.")
    violations: tuple[Violation, ...] = Field((), description="The results, sorted.")
    triples: int = Field(..., description="How many triples were validated.")


def _short(graph: Graph, node: object) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except (ValueError, KeyError):  # pragma: no cover - rdflib refuses some IRIs
            return str(node)
    return str(node)


def validate(
    path_or_graph: str | Path | Graph, *, shapes: str | Path | None = None
) -> ValidationReport:
    """Validate an export (file or rdflib graph) against the SHACL shapes.

    Args:
        path_or_graph: an export file (format from its name) or an rdflib graph.
        shapes: a shapes file; the packaged ``shapes.ttl`` by default.

    Returns:
        The report: ``conforms`` and the violations (focus node, path, message), sorted.

    Raises:
        RDFImportError: when the file cannot be read or parsed.
        RDFError: when the installed package lacks its shapes.
    """
    from pyshacl import validate as shacl_validate

    if isinstance(path_or_graph, Graph):
        data = path_or_graph
    else:
        path = Path(path_or_graph)
        data = Graph()
        fmt = guess_format(path)
        try:
            if fmt in ("trig", "nq"):
                # Named graphs (TriG's nanopublications) are validated as one merged graph.
                dataset = Dataset()
                dataset.parse(path, format=fmt)
                for prefix, ns in dataset.namespaces():
                    data.bind(prefix, ns)
                for s, p, o, _g in dataset.quads((None, None, None, None)):
                    data.add((s, p, o))
            else:
                data.parse(path, format=_RDFLIB_FORMATS.get(fmt, "turtle"))
        except FileNotFoundError as exc:
            raise RDFImportError("no such file", path=path) from exc
        except Exception as exc:  # rdflib raises many unrelated types on bad input
            raise RDFImportError(f"cannot be parsed: {exc}", path=path) from exc
    if shapes is not None:
        shapes_graph = Graph().parse(Path(shapes), format="turtle")
    else:
        shapes_graph = Graph().parse(data=schema_text("shapes.ttl"), format="turtle")
    conforms, results, _text = shacl_validate(
        data, shacl_graph=shapes_graph, inference="none", allow_warnings=True
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=_short(data, results.value(result, SH.focusNode)) or "",
                path=_short(data, results.value(result, SH.resultPath)),
                value=_short(data, results.value(result, SH.value)),
                message=str(results.value(result, SH.resultMessage) or "does not conform"),
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                shape=_short(shapes_graph, results.value(result, SH.sourceShape)),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(
        conforms=bool(conforms), violations=tuple(violations), triples=len(data)
    )
