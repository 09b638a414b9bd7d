"""``claimgraph segment``: show how pages are read, cleaned and segmented."""

from __future__ import annotations

from typing import Any

import click

from claimgraph.cli import cli
from claimgraph.cli._output import emit, format_option
from claimgraph.errors import IngestError
from claimgraph.ingest import iter_documents
from claimgraph.models import Document

META_COLUMNS = ("name", "id", "publisher", "published", "published_source", "genre", "title")
BLOCK_COLUMNS = ("index", "kind", "start", "end", "parent", "speaker", "role", "skip", "text")
PREVIEW = 60


def document_row(doc: Document) -> dict[str, Any]:
    """The metadata of a document as one row."""
    return {c: getattr(doc, c) for c in META_COLUMNS}


def block_rows(doc: Document) -> list[dict[str, Any]]:
    """One row per block: kind, offsets, speaker, role, skip reason and a text preview."""
    rows = []
    for b in doc.blocks:
        text = " ".join(doc.text[b.start : b.end].split())
        rows.append(
            {
                "index": b.index,
                "kind": b.kind.value,
                "start": b.start,
                "end": b.end,
                "parent": b.parent,
                "speaker": b.speaker_label,
                "role": b.turn_role,
                "skip": b.skip_reason,
                "text": text if len(text) <= PREVIEW else text[: PREVIEW - 1] + "…",
            }
        )
    return rows


@cli.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False, path_type=str),
    help="JSONL manifest: path, publisher, url, published, genre per file.",
)
@format_option(choices=("table", "json"))
def segment(files: tuple[str, ...], manifest: str | None, fmt: str) -> None:
    """Show how each file is read: its metadata, then its blocks (stories, turns, paragraphs,
    sentences, furniture) with offsets, speaker, role, skip reason and the first words.

    FILES are text, HTML or JSONL files or folders; with none, the files the manifest lists.
    A bad file prints one error line and the others are still shown; the exit code is then 1.

    Example: claimgraph segment tests/corpus/docs/004_b6c9f55b12ce2dc2.txt
    """
    if not files and manifest is None:
        raise click.UsageError("give at least one FILE, or --manifest")
    errors: list[IngestError] = []
    docs = iter_documents(files, manifest=manifest, errors=errors)
    if fmt == "json":
        out = [
            {**doc.model_dump(mode="json", exclude={"text", "blocks"}), "blocks": block_rows(doc)}
            for doc in docs
        ]
        emit(out, "json")
    else:
        for doc in docs:
            emit([document_row(doc)], "table", META_COLUMNS)
            emit(block_rows(doc), "table", BLOCK_COLUMNS)
    for err in errors:
        click.echo(f"Error: {err}", err=True)
    if errors:
        raise SystemExit(1)
