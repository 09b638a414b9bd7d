"""``claimgraph export``, ``import``, ``sparql``, ``validate``, ``push``: the graph as RDF."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from claimgraph.cli import cli as cli
from claimgraph.cli._output import db_option, emit, format_option
from claimgraph.errors import ClaimgraphError
from claimgraph.rdf import export_graph, import_graph, push, sparql, validate
from claimgraph.rdf.export import DEFAULT_BASE
from claimgraph.rdf.serialize import EXTENSIONS, ExportFormat

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_EXPORT = Path("exports") / "claimgraph.ttl"


def _store(db: str) -> str:
    if not Path(db).is_file():
        raise click.ClickException(
            f"{db}: no such store; make one with `claimgraph ingest PATH... --db {db}`"
        )
    return db


def _base_option(func: F) -> F:
    return click.option(
        "--base",
        default=DEFAULT_BASE,
        show_default=True,
        help="IRI every node IRI starts with (ends in / or #).",
    )(func)


@cli.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(EXTENSIONS)),
    default="turtle",
    show_default=True,
    help="RDF syntax.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="File to write ('-' for stdout) [default: exports/claimgraph.<ext>].",
)
@_base_option
@db_option
def export_cmd(fmt: ExportFormat, output: str | None, base: str, db: str) -> None:
    """Export the graph as RDF (Turtle, N-Triples, JSON-LD or TriG), byte-identical run to run.

    Example: claimgraph export --format turtle -o exports/claimgraph.ttl --db claimgraph.db
    """
    target = output or str(Path("exports") / f"claimgraph.{EXTENSIONS[fmt]}")
    try:
        if target == "-":
            export_graph(_store(db), sys.stdout, format=fmt, base=base)
            return
        path, snapshot = export_graph(_store(db), target, format=fmt, base=base)
    except (ClaimgraphError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"wrote {path}: {len(snapshot.claims)} claims, {len(snapshot.mentions)} mentions, "
        f"{len(snapshot.documents)} documents",
        err=True,
    )


@cli.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "nt", "trig", "jsonld", "nq"]),
    default=None,
    help="RDF syntax [default: from the file name].",
)
@db_option
def import_cmd(file: str, fmt: str | None, db: str) -> None:
    """Load an export back into the store (documents already there are kept as they are).

    Example: claimgraph import exports/claimgraph.ttl --db copy.db
    """
    if not Path(file).is_file():
        raise click.ClickException(f"{file}: no such file")
    try:
        snapshot = import_graph(Path(file), db, format=fmt)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"imported {len(snapshot.documents)} documents, {len(snapshot.mentions)} mentions "
        f"into {db}",
        err=True,
    )


@cli.command("sparql")
@click.argument("query")
@click.option(
    "--data",
    type=click.Path(dir_okay=False),
    default=None,
    help="Query this export file instead of the store.",
)
@format_option(default="table", choices=("table", "json", "jsonl", "csv"))
@db_option
def sparql_cmd(query: str, data: str | None, fmt: str, db: str) -> None:
    """Run a SPARQL query (text or @FILE) over the graph; schema, cg, prov, nif, qudt, unit,
    xsd, rdfs, dcterms prefixes are predefined.

    Example: claimgraph sparql @claimgraph/rdf/queries/claims_by_speaker.rq --format csv
    """
    if query.startswith("@"):
        qpath = Path(query[1:])
        if not qpath.is_file():
            raise click.ClickException(f"{qpath}: no such query file")
        query = qpath.read_text(encoding="utf-8")
    try:
        if data is not None:
            if not Path(data).is_file():
                raise click.ClickException(f"{data}: no such file")
            rows = sparql(Path(data), query)
        else:
            from claimgraph.graph import ClaimGraph

            with ClaimGraph(_store(db)) as graph:
                snapshot = graph.snapshot()
            from claimgraph.rdf import with_findings

            rows = sparql(with_findings(snapshot), query)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc
    emit(rows, fmt)


@cli.command("validate")
@click.argument("file", type=click.Path(dir_okay=False), default=str(DEFAULT_EXPORT))
@format_option(default="table", choices=("table", "json", "csv"))
def validate_cmd(file: str, fmt: str) -> None:
    """Check an export against the SHACL shapes (schemas/shapes.ttl); exit 1 if it does not conform.

    Example: claimgraph validate exports/claimgraph.ttl
    """
    if not Path(file).is_file():
        raise click.ClickException(f"{file}: no such file; write one with `claimgraph export`")
    try:
        report = validate(file)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc
    if report.violations:
        emit(
            [v.model_dump() for v in report.violations],
            fmt,
            columns=("severity", "focus", "path", "message", "value"),
        )
    if not report.conforms:
        raise click.ClickException(
            f"{file}: does not conform to the shapes ({len(report.violations)} violations)"
        )
    click.echo(f"{file}: conforms ({report.triples} triples)", err=True)


@cli.command("push")
@click.argument("file", type=click.Path(dir_okay=False), required=False)
@click.option("--endpoint", required=True, help="SPARQL 1.1 Graph Store protocol URL.")
@click.option(
    "--graph",
    "graph_iri",
    default="https://claimgraph.example/graph",
    show_default=True,
    help="Named graph to write.",
)
@click.option("--user", default=None, help="User for digest authentication.")
@click.option(
    "--password",
    envvar="CLAIMGRAPH_PASSWORD",
    default=None,
    help="Password (or env CLAIMGRAPH_PASSWORD).",
)
@click.option("--append", is_flag=True, help="POST (add to the graph) instead of PUT (replace).")
@_base_option
@db_option
def push_cmd(
    file: str | None,
    endpoint: str,
    graph_iri: str,
    user: str | None,
    password: str | None,
    append: bool,
    base: str,
    db: str,
) -> None:
    """Send an export (FILE, or the store exported on the fly) to a triple store's named graph.

    Example: claimgraph push out.ttl --endpoint http://host:8890/sparql-graph-crud-auth --user dba
    """
    try:
        if file is not None:
            if not Path(file).is_file():
                raise click.ClickException(f"{file}: no such file")
            n = push(
                file,
                endpoint=endpoint,
                graph=graph_iri,
                user=user,
                password=password,
                replace=not append,
            )
        else:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "claimgraph.nt"
                export_graph(_store(db), path, format="nt", base=base)
                n = push(
                    path,
                    endpoint=endpoint,
                    graph=graph_iri,
                    user=user,
                    password=password,
                    replace=not append,
                )
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"pushed {n} triples to <{graph_iri}> at {endpoint}", err=True)
