"""``claimgraph ingest``, ``claims``, ``mentions``, ``speakers``, ``documents``, ``briefings``,
``stats``: the claim graph from the command line, thin over :class:`~claimgraph.graph.ClaimGraph`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, get_args

import click

from claimgraph.cli import cli as cli
from claimgraph.cli._output import db_option, emit, format_option
from claimgraph.cli.extract_cmds import meta_options, overrides_from, report_errors
from claimgraph.errors import ClaimgraphError
from claimgraph.graph import ClaimGraph, ClaimView
from claimgraph.models import Kind

F = TypeVar("F", bound=Callable[..., Any])
_T = TypeVar("_T")

CLAIM_COLUMNS = (
    "value",
    "qualifier",
    "unit",
    "metric",
    "subject",
    "speakers",
    "n_mentions",
    "first",
    "id",
)
CLAIM_CSV_COLUMNS = (
    "id",
    "metric",
    "subject",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "kind",
    "n_mentions",
    "speakers",
    "publishers",
    "first",
    "last",
)
MENTION_COLUMNS = ("day", "doc", "number", "metric", "subject", "speaker", "publisher")


@contextmanager
def open_graph(db: str, *, create: bool = False) -> Iterator[ClaimGraph]:
    """The graph in ``db``; a missing store (unless creating) or a bad file is a user error."""
    if not create and not Path(db).is_file():
        raise click.ClickException(
            f"{db}: no such store; make one with `claimgraph ingest PATH... --db {db}`"
        )
    try:
        with ClaimGraph(db) as graph:
            yield graph
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc) if exc.path else f"{db}: {exc}") from exc


def filter_options(func: F) -> F:
    """The query filters shared by ``claims`` and ``mentions``."""
    day = click.DateTime(formats=["%Y-%m-%d"])
    for decorator in reversed(
        [
            click.option("--speaker", help="Person or organisation stating (or relaying) it."),
            click.option("--organization", help="Organisation speaking, or the speaker's."),
            click.option("--metric", help="Words of what is measured ('life expectancy')."),
            click.option("--subject", help="Words of who or what it is about ('China')."),
            click.option("--publisher", help="Publisher of a document mentioning it."),
            click.option("--since", type=day, help="Stated on or after this day (YYYY-MM-DD)."),
            click.option("--until", type=day, help="Stated on or before this day (YYYY-MM-DD)."),
            click.option("--min", "min_value", type=float, help="Value at least this."),
            click.option("--max", "max_value", type=float, help="Value at most this."),
            click.option("--kind", type=click.Choice(list(get_args(Kind))), help="Kind of figure."),
            click.option("--text", help="Words in the number, metric, subject or sentence."),
            click.option(
                "--limit",
                type=click.IntRange(min=0),
                default=DEFAULT_LIMIT,
                show_default=True,
                help="At most this many rows (0: all of them).",
            ),
        ]
    ):
        func = decorator(func)
    return func


DEFAULT_LIMIT = 1000


def _filters(options: dict[str, Any]) -> dict[str, Any]:
    """The library's filters; one row past ``--limit`` is asked for, to tell when it cut."""
    out = dict(options)
    for key in ("since", "until"):
        if isinstance(out.get(key), datetime):
            out[key] = out[key].date()
    out["limit"] = out["limit"] + 1 if out.get("limit") else None
    return out


def _page(rows: list[_T], options: dict[str, Any]) -> list[_T]:
    """The rows within ``--limit``, with a note on stderr when there were more."""
    limit = options.get("limit")
    if limit and len(rows) > limit:
        click.echo(f"(first {limit} rows shown; --limit 0 shows all)", err=True)
        return rows[:limit]
    return rows


def claim_row(view: ClaimView) -> dict[str, Any]:
    """A claim for output: every field and its mentions, plus a summary for tables and csv."""
    row = view.model_dump()
    days = [m.date for m in view.mentions if m.date is not None]
    row["n_mentions"] = len(view.mentions)
    row["speakers"] = "; ".join(sorted({m.speaker for m in view.mentions if m.speaker}))
    row["publishers"] = "; ".join(sorted({m.publisher for m in view.mentions if m.publisher}))
    row["first"] = min(days) if days else None
    row["last"] = max(days) if days else None
    return row


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@meta_options
@db_option
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when stderr is a terminal).",
)
def ingest(
    paths: tuple[str, ...],
    manifest: str | None,
    publisher: str | None,
    published: str | None,
    url: str | None,
    genre: str | None,
    db: str,
    progress: bool | None,
) -> None:
    """Extract the claims of files or folders and store them in the graph (idempotent).

    Each document is stored in one transaction; documents already stored are skipped. A bad
    file prints one error line, the others are still stored, and the exit code is 1.

    Example: claimgraph ingest tests/corpus/docs --manifest tests/corpus/manifest.jsonl
    """
    overrides = overrides_from(publisher, published, url, genre)
    show = sys.stderr.isatty() if progress is None else progress
    with open_graph(db, create=True) as graph:
        report = graph.ingest(paths, manifest=manifest, overrides=overrides, progress=show)
    click.echo(
        f"{db}: {report.added} documents added ({report.mentions} mentions), "
        f"{report.unchanged} unchanged, {len(report.errors)} failed",
        err=True,
    )
    report_errors(report.errors)


@cli.command()
@filter_options
@db_option
@format_option()
def claims(db: str, fmt: str, **options: Any) -> None:
    """List claims (one per figure, with all its mentions) matching the filters.

    Example: claimgraph claims --speaker "Mao Ning" --metric poverty --format json
    """
    with open_graph(db) as graph:
        views = _page(graph.claims(**_filters(options)), options)
    emit([claim_row(v) for v in views], fmt, CLAIM_CSV_COLUMNS if fmt == "csv" else CLAIM_COLUMNS)


@cli.command()
@filter_options
@db_option
@format_option()
def mentions(db: str, fmt: str, **options: Any) -> None:
    """List mentions (one figure in one document) matching the filters.

    Example: claimgraph mentions --since 2025-12-10 --until 2025-12-10 --format jsonl
    """
    with open_graph(db) as graph:
        rows = _page(graph.mention_rows(**_filters(options)), options)
    out = []
    for row in rows:
        record = row.mention.model_dump()
        record.update(day=row.day, publisher=row.publisher, speaker_canonical=row.speaker)
        out.append(record)
    emit(out, fmt, MENTION_COLUMNS)


@cli.command()
@db_option
@format_option()
def speakers(db: str, fmt: str) -> None:
    """List the people and organisations who state claims, most mentions first.

    Example: claimgraph speakers --format csv
    """
    with open_graph(db) as graph:
        views = graph.speakers()
    rows = []
    for v in views:
        row = v.model_dump()
        row["roles"] = "; ".join(
            f"{r.title}" + (f" of {r.organization}" if r.organization else "") for r in v.roles
        )
        row["aliases"] = "; ".join(v.aliases)
        rows.append(row)
    emit(rows, fmt, ("name", "type", "roles", "mentions", "claims", "first", "last", "aliases"))


@cli.command()
@db_option
@format_option()
def documents(db: str, fmt: str) -> None:
    """List the stored documents with their publisher, date and number of mentions.

    Example: claimgraph documents --format jsonl
    """
    with open_graph(db) as graph:
        rows = [d.model_dump() for d in graph.documents()]
    emit(rows, fmt, ("name", "publisher", "published", "genre", "mentions", "id"))


@cli.command()
@db_option
@format_option()
def briefings(db: str, fmt: str) -> None:
    """List the briefings (who held them, which day) and the documents reporting each.

    Example: claimgraph briefings --format json
    """
    with open_graph(db) as graph:
        names = {d.id: d.name for d in graph.documents()}
        rows = []
        for b in graph.briefings():
            row = b.model_dump()
            row["documents"] = "; ".join(sorted(names[d] for d in b.document_ids))
            rows.append(row)
    emit(rows, fmt, ("day", "held_by", "documents", "id"))


@cli.command()
@db_option
@format_option()
def stats(db: str, fmt: str) -> None:
    """Count every node type in the graph (documents, mentions, claims, people, days ...).

    Example: claimgraph stats --db briefings.db
    """
    with open_graph(db) as graph:
        counts = graph.stats()
    emit([{"type": k, "count": v} for k, v in counts.items()], fmt, ("type", "count"))
