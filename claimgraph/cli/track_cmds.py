"""Tracking commands: ``track``, ``conflicts``, ``repeats``, ``corroboration``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from claimgraph.cli import cli
from claimgraph.cli._output import db_option, emit, format_option
from claimgraph.errors import ClaimgraphError
from claimgraph.models import GraphSnapshot
from claimgraph.track import corroboration, find_details, timeline

TIMELINE_COLUMNS = (
    "date",
    "metric",
    "subject",
    "number",
    "qualifier",
    "unit",
    "speakers",
    "publishers",
    "documents",
    "change",
    "note",
)
FINDING_COLUMNS = ("kind", "claim_ids", "documents", "implied_year", "reason")
CORROBORATION_COLUMNS = (
    "claim_id",
    "metric",
    "number",
    "independent_sources",
    "sources",
    "documents",
    "single_source",
)


def load_snapshot(db: str) -> GraphSnapshot:
    """The snapshot of the store ``db``; a missing or unusable store is a one-line error."""
    if not Path(db).exists():
        raise click.ClickException(
            f"{db}: no claimgraph store here; create it with 'claimgraph ingest PATH --db {db}'"
        )
    from claimgraph.graph import ClaimGraph

    try:
        with ClaimGraph(db) as graph:
            return graph.snapshot()
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc


def _finding_rows(snapshot: GraphSnapshot, kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for detail in find_details(snapshot, kinds=kinds):
        row = detail.model_dump()
        row["claim_ids"] = [c.claim_id for c in detail.claims]
        row["documents"] = sorted({m.document for c in detail.claims for m in c.mentions})
        rows.append(row)
    return rows


@cli.command()
@click.option("--metric", help="A metric: its id, key, or words of its name ('life expectancy').")
@click.option("--speaker", help="Who stated or relayed the figures ('Mao Ning', 'Mao').")
@click.option("--claim", "claim_id", help="One claim, by id.")
@db_option
@format_option()
def track(metric: str | None, speaker: str | None, claim_id: str | None, db: str, fmt: str) -> None:
    """Show the timeline of a metric, a speaker or a claim across briefings.

    Each line is one claim stated on one day, with what changed since the metric's previous
    value (same figure repeated, up or down and by how much, qualifier or unit changed).
    Filters combine; with none, every metric's timeline is shown.

    Example: claimgraph track --metric "life expectancy" --db briefings.db
    """
    snapshot = load_snapshot(db)
    try:
        entries = timeline(snapshot, metric=metric, speaker=speaker, claim=claim_id)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc
    emit((e.model_dump() for e in entries), fmt, TIMELINE_COLUMNS)


@cli.command()
@db_option
@format_option()
def conflicts(db: str, fmt: str) -> None:
    """List claims that contradict each other, with the mentions behind them.

    Covers anniversaries and "N years ago" that imply different base years, different values
    for one metric and period from different speakers or sources (values compatible given
    their qualifiers are not conflicts), and percentage changes that disagree with the two
    values they relate.

    Example: claimgraph conflicts --db briefings.db --format json
    """
    emit(_finding_rows(load_snapshot(db), ("contradicts",)), fmt, FINDING_COLUMNS)


@cli.command()
@db_option
@format_option()
def repeats(db: str, fmt: str) -> None:
    """List claims stated in several documents or on several days, with their sources.

    Example: claimgraph repeats --db briefings.db
    """
    emit(_finding_rows(load_snapshot(db), ("repeats",)), fmt, FINDING_COLUMNS)


@cli.command(name="corroboration")
@click.option("--single-source", is_flag=True, help="Only claims resting on one source.")
@db_option
@format_option()
def corroboration_cmd(single_source: bool, db: str, fmt: str) -> None:
    """Count the independent sources carrying each claim.

    Syndicated copies of one story count once, and so do documents of one publisher.

    Example: claimgraph corroboration --single-source --db briefings.db
    """
    rows = corroboration(load_snapshot(db))
    emit(
        (r.model_dump() for r in rows if r.single_source or not single_source),
        fmt,
        CORROBORATION_COLUMNS,
    )
