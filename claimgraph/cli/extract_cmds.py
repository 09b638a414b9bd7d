"""``claimgraph extract`` and ``claimgraph evaluate``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from pydantic import ValidationError

from claimgraph.cli import cli
from claimgraph.cli._output import dumps, emit, format_option
from claimgraph.errors import ClaimgraphError, IngestError
from claimgraph.evaluate import ATTRIBUTES, Evaluation, evaluate
from claimgraph.models import DocumentMeta, Mention
from claimgraph.pipeline import extract_paths

F = TypeVar("F", bound=Callable[..., Any])

EXTRACT_COLUMNS = (
    "doc",
    "number",
    "value",
    "qualifier",
    "unit",
    "kind",
    "metric",
    "subject",
    "speaker",
    "date",
)


def meta_options(func: F) -> F:
    """``--manifest``, ``--publisher``, ``--published``, ``--url``, ``--genre``."""
    for decorator in reversed(
        [
            click.option(
                "--manifest",
                type=click.Path(exists=True, dir_okay=False),
                help="JSONL manifest: path, publisher, url, published, genre per file.",
            ),
            click.option("--publisher", help="Publisher of every document (overrides)."),
            click.option("--published", help="Publication date or time, ISO 8601 (overrides)."),
            click.option("--url", help="Address of the page (overrides)."),
            click.option(
                "--genre",
                type=click.Choice(["article", "transcript", "statement", "speech"]),
                help="Genre (overrides).",
            ),
        ]
    ):
        func = decorator(func)
    return func


def overrides_from(
    publisher: str | None, published: str | None, url: str | None, genre: str | None
) -> DocumentMeta | None:
    """The metadata given on the command line, or None."""
    if not any((publisher, published, url, genre)):
        return None
    try:
        return DocumentMeta.model_validate(
            {"publisher": publisher, "published": published, "url": url, "genre": genre}
        )
    except ValidationError as exc:
        raise click.BadParameter(
            f"not an ISO date or time: {published!r}", param_hint="--published"
        ) from exc


def mention_record(mention: Mention) -> dict[str, Any]:
    """The JSON contract of one mention: the fields of CLAIMS.md plus ``doc`` and provenance."""
    record = mention.model_dump()
    for key in ("value", "low", "high"):
        if record[key] is not None:
            record[key] = float(record[key])
    return record


def report_errors(errors: list[IngestError]) -> None:
    """One line per bad file on stderr; exit code 1 when there was any."""
    for error in errors:
        click.echo(f"Error: {error}", err=True)
    if errors:
        raise SystemExit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@meta_options
@format_option(default="jsonl")
def extract(
    paths: tuple[str, ...],
    manifest: str | None,
    publisher: str | None,
    published: str | None,
    url: str | None,
    genre: str | None,
    fmt: str,
) -> None:
    """Print every statistical claim in files or folders (.txt, .html, .jsonl).

    Example: claimgraph extract tests/corpus/docs --manifest tests/corpus/manifest.jsonl
    """
    errors: list[IngestError] = []
    overrides = overrides_from(publisher, published, url, genre)
    rows = (
        mention_record(m)
        for _, mentions in extract_paths(
            paths, manifest=manifest, overrides=overrides, errors=errors
        )
        for m in mentions
    )
    if fmt == "jsonl":  # stream: a large folder prints as it goes
        for row in rows:
            click.echo(dumps(row))
    else:
        emit(rows, fmt, EXTRACT_COLUMNS)
    report_errors(errors)


@cli.command(name="evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--manifest",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Manifest of the documents the gold file annotates.",
)
@click.option("--details/--no-details", default=True, help="List misses, extras and errors.")
@format_option(default="table", choices=("table", "json"))
def evaluate_cmd(gold: str, manifest: str, details: bool, fmt: str) -> None:
    """Score extraction against gold annotations: precision, recall, F1, attribute accuracy.

    Example: claimgraph evaluate tests/corpus/gold.jsonl --manifest tests/corpus/manifest.jsonl
    """
    errors: list[IngestError] = []
    try:
        result = evaluate(gold, manifest=manifest, errors=errors)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(result.model_dump_json(indent=2))
    else:
        _print_evaluation(result, details=details)
    report_errors(errors)


def _print_evaluation(result: Evaluation, *, details: bool) -> None:
    if details:
        for doc in result.documents:
            for kind, items in (("miss", doc.misses), ("extra", doc.extras), ("wrong", doc.wrong)):
                for item in items:
                    click.echo(
                        f"{Path(doc.doc).name}\t{kind}\t{item.start}-{item.end}\t"
                        f"{item.number!r}\t{item.detail}"
                    )
        click.echo()
    click.echo(
        f"precision {result.precision:.3f}  recall {result.recall:.3f}  "
        f"f1 {result.f1:.3f}  (tp {result.true_positives}, fp {result.false_positives}, "
        f"fn {result.false_negatives})"
    )
    click.echo("  ".join(f"{name} {result.accuracy[name]:.3f}" for name in ATTRIBUTES))
