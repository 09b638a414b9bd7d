"""``claimgraph show`` (claim and document cards) and ``claimgraph report`` (the HTML report)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from claimgraph.cli import cli as cli
from claimgraph.cli._output import db_option
from claimgraph.errors import ClaimgraphError, ClaimNotFound
from claimgraph.models import Finding, GraphSnapshot
from claimgraph.report import claim_card, document_card, write_report

PIPE_WIDTH = 160


def load_snapshot(db: str) -> GraphSnapshot:
    """Everything in the store ``db`` as a snapshot; a missing file is a user error."""
    if not Path(db).is_file():
        raise click.ClickException(
            f"{db}: no such store; make one with `claimgraph ingest PATH... --db {db}`"
        )
    from claimgraph.graph import ClaimGraph

    try:
        with ClaimGraph(db=db) as graph:
            return graph.snapshot()
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc) if exc.path else f"{db}: {exc}") from exc


def load_findings(snapshot: GraphSnapshot) -> list[Finding]:
    """The tracking findings (repeats, changes, conflicts, consistency) of a snapshot."""
    from claimgraph.track import find_findings

    try:
        return find_findings(snapshot)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command()
@click.argument("query", required=False)
@click.option(
    "--document",
    metavar="FILE-or-ID",
    help="Show this document (file name, path or id) with its claims highlighted in place.",
)
@db_option
def show(query: str | None, document: str | None, db: str) -> None:
    """Show a claim card: its value and bounds, every mention, repeats, conflicts.

    QUERY is a claim, mention or metric id, or words of a metric, subject or number
    ("life expectancy", "78.6"); several matches are listed with their ids to choose from.
    With --document, show one document with each claim highlighted and its speaker.

    Example: claimgraph show "life expectancy" --db briefings.db
    """
    if (query is None) == (document is None):
        raise click.UsageError("give a claim id or search text, or --document FILE-or-ID")
    snapshot = load_snapshot(db)
    try:
        if document is not None:
            card = document_card(snapshot, document)
        else:
            card = claim_card(snapshot, query or "", findings=load_findings(snapshot))
    except ClaimNotFound as exc:
        what = "document" if document is not None else "claim"
        raise click.ClickException(
            f"{db}: no {what} matches {exc.claim_id!r}; list them with `claimgraph claims`"
        ) from exc
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc
    console = Console()
    if not console.is_terminal:  # piped: long lines, so grep finds whole sentences
        console = Console(width=PIPE_WIDTH)
    console.print(card)


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default="exports/report.html",
    show_default=True,
    help="The HTML file to write (folders are created).",
)
@db_option
def report(output: str, db: str) -> None:
    """Write one self-contained HTML report: timelines, speakers, conflicts, every quote.

    The page needs no network (inline CSS, JavaScript and SVG), filters by speaker, metric and
    date (also from the address: report.html#speaker=Mao%20Ning), and prints the path written.

    Example: claimgraph report -o exports/report.html --db briefings.db
    """
    snapshot = load_snapshot(db)
    try:
        path = write_report(snapshot, output, findings=load_findings(snapshot))
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write the report ({exc.strerror})") from exc
    click.echo(str(path))
