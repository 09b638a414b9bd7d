"""The only module that knows the stage order: document -> drafts -> speaker and date -> Mention.

>>> from claimgraph.ingest import load_text
>>> doc = load_text('"We lifted nearly 100 million people out of poverty," said Mao Ning.',
...                 name="t.txt")
>>> [(m.number, m.speaker, m.qualifier) for m in extract_mentions(doc)]
[('nearly 100 million', 'Mao Ning', 'nearly')]

"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from claimgraph.errors import IngestError
from claimgraph.extract.attribution import attribute
from claimgraph.extract.claims import find_drafts
from claimgraph.extract.dates import stated_dates
from claimgraph.ingest import iter_documents
from claimgraph.models import Document, DocumentMeta, Mention, make_id

__all__ = ["extract_mentions", "extract_paths"]


def extract_mentions(document: Document) -> list[Mention]:
    """Every statistical claim in one document, with its speaker and the day it was stated.

    Args:
        document: a segmented document from :mod:`claimgraph.ingest`.

    Returns:
        The mentions in document order; an empty list when there are none.
    """
    drafts = find_drafts(document)
    if not drafts:
        return []
    speakers = attribute(document)
    days = stated_dates(document, speakers)
    mentions = []
    for draft in drafts:
        q = draft.quantity
        who = speakers.at(q.start)
        day, day_source = days.at(q.start)
        mentions.append(
            Mention(
                id=make_id("men", document.id, q.start, q.end),
                document_id=document.id,
                doc=document.name,
                number=q.text,
                start=q.start,
                end=q.end,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                unit=q.unit,
                kind=draft.kind,
                metric=draft.metric,
                subject=draft.subject,
                period=draft.period,
                speaker=who.speaker,
                speaker_type=who.speaker_type,
                speaker_role=who.role,
                speaker_org=who.organization,
                reported_by=who.reported_by,
                date=day,
                date_source=day_source,
                sentence=document.text[draft.sentence.start : draft.sentence.end],
                sentence_start=draft.sentence.start,
                story=draft.story,
                confidence=round(min(draft.confidence, max(who.confidence, 0.5)), 3),
                cue=who.cue,
                cue_text=who.cue_text,
            )
        )
    return mentions


def extract_paths(
    paths: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
    overrides: DocumentMeta | None = None,
    errors: list[IngestError] | None = None,
) -> Iterator[tuple[Document, list[Mention]]]:
    """Ingest files and folders and extract each document's mentions, lazily.

    Args:
        paths: files (.txt, .html, .htm, .jsonl) and folders (read recursively).
        manifest: a JSONL manifest of per-file metadata (``path``, ``publisher``, ``url``,
            ``published``, ``genre``), paths relative to the manifest.
        overrides: metadata that overrides the manifest and the text (CLI options).
        errors: where bad files are reported; when None, the first bad file raises.

    Yields:
        (document, mentions) for every document that could be read.
    """
    for document in iter_documents(paths, manifest=manifest, overrides=overrides, errors=errors):
        yield document, extract_mentions(document)
