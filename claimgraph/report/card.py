"""Claim and document cards for the terminal, as rich renderables.

A card prints with colour on a terminal and as plain text on a pipe (rich decides from the
console). In plain text the figures stay visible: each is written ``[[figure]]``.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimgraph.errors import ClaimNotFound
from claimgraph.models import Claim, Document, Finding, GraphSnapshot, Mention
from claimgraph.report._index import (
    CONFLICT_KINDS,
    CONSISTENCY_KINDS,
    ReportIndex,
    format_claim_value,
    format_decimal,
    unit_suffix,
)

__all__ = ["claim_card", "document_card", "find_claims", "matches_table", "to_text"]

HIGHLIGHT = "bold black on yellow"
_BOUNDS = {
    "exact": "exactly {v}",
    "nearly": "just under {v} (nearly)",
    "approximate": "about {v}",
    "more_than": "above {v} (more than)",
    "at_least": "{v} or more (at least)",
    "less_than": "below {v} (less than)",
    "at_most": "{v} or less (at most)",
}


def to_text(renderable: RenderableType, *, width: int = 100) -> str:
    """Render a card as plain text (no colour codes), as it prints on a pipe.

    >>> to_text(Text("78.6 years"))
    '78.6 years\\n'
    """
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, force_terminal=False).print(renderable)
    return buffer.getvalue()


def find_claims(snapshot: GraphSnapshot, query: str) -> list[Claim]:
    """Claims matching an id (claim, mention or metric) or words of a metric, subject or number.

    Args:
        snapshot: the graph to search.
        query: a claim, mention or metric id, or words ("life expectancy", "78.6").

    Returns:
        The matching claims, in the snapshot's order; ``[]`` when nothing matches.
    """
    return ReportIndex.build(snapshot).find_claims(query)


def _bounds(claim: Claim) -> str:
    unit = unit_suffix(claim.unit, claim.value)
    if claim.qualifier == "range" or (claim.low is not None and claim.high is not None):
        low = claim.low if claim.low is not None else claim.value
        high = claim.high if claim.high is not None else claim.value
        return f"between {format_decimal(low)} and {format_decimal(high)}{unit}"
    template = _BOUNDS.get(claim.qualifier, "{v}")
    return template.format(v=f"{format_decimal(claim.value)}{unit}")


def _sentence(mention: Mention) -> Text:
    """The mention's sentence with its number highlighted (and bracketed for plain text)."""
    sentence = mention.sentence
    start = mention.start - mention.sentence_start
    end = mention.end - mention.sentence_start
    if not (0 <= start < end <= len(sentence) and sentence[start:end] == mention.number):
        start = sentence.find(mention.number)
        end = start + len(mention.number)
    text = Text()
    if start < 0:
        text.append(sentence)
        return text
    text.append(sentence[:start])
    text.append("[[", style="dim")
    text.append(sentence[start:end], style=HIGHLIGHT)
    text.append("]]", style="dim")
    text.append(sentence[end:])
    return text


def _mention_header(index: ReportIndex, number: int, mention: Mention) -> Text:
    day = index.day(mention)
    speaker = mention.speaker or "unattributed"
    role = ", ".join(x for x in (mention.speaker_role, mention.speaker_org) if x)
    parts = Text(f"{number}. ", style="bold")
    parts.append(day.isoformat() if day else "undated", style="cyan")
    parts.append(" \u00b7 ")
    parts.append(speaker, style="bold green" if mention.speaker else "dim")
    if role:
        parts.append(f" ({role})", style="green")
    if mention.reported_by:
        parts.append(f", reported by {mention.reported_by}")
    parts.append(" \u00b7 ")
    parts.append(index.publisher(mention) or "unknown publisher", style="magenta")
    parts.append(f" \u00b7 {mention.doc} [{mention.start}\u2013{mention.end}]", style="dim")
    parts.append(f" \u00b7 cue: {mention.cue}", style="dim")
    return parts


def matches_table(index: ReportIndex, claims: Iterable[Claim], query: str) -> Table:
    """A table of candidate claims to choose from, with ids to pass to ``show``."""
    claims = list(claims)
    table = Table(
        title=f"{len(claims)} claims match {query!r}: show one by its id",
        header_style="bold",
        title_justify="left",
    )
    table.add_column("id", no_wrap=True, min_width=20)
    for column in ("claim", "mentions", "speakers", "first stated"):
        table.add_column(column)
    for claim in claims:
        mentions = index.mentions_of_claim.get(claim.id, [])
        days = sorted(d for d in (index.day(m) for m in mentions) if d is not None)
        table.add_row(
            claim.id,
            index.claim_label(claim),
            str(len(mentions)),
            ", ".join(sorted({m.speaker for m in mentions if m.speaker})),
            days[0].isoformat() if days else "",
        )
    return table


def claim_card(
    snapshot: GraphSnapshot, claim_id_or_text: str, findings: Iterable[Finding] | None = None
) -> RenderableType:
    """A card for one claim, or a table to choose from when a text matches several.

    Args:
        snapshot: the graph.
        claim_id_or_text: a claim, mention or metric id, or words to search for.
        findings: tracking results shown besides ``snapshot.findings``.

    Returns:
        A rich renderable: the claim, its value and bounds, every mention (speaker, date,
        publisher, the sentence with the number highlighted), repeats, conflicts and consistency
        findings, and the other values of its metric.

    Raises:
        ClaimNotFound: when nothing matches.
    """
    index = ReportIndex.build(snapshot, findings)
    matches = index.find_claims(claim_id_or_text)
    if not matches:
        raise ClaimNotFound(claim_id_or_text)
    if len(matches) > 1:
        return matches_table(index, matches, claim_id_or_text)
    return _claim_panel(index, matches[0])


def _claim_panel(index: ReportIndex, claim: Claim) -> Panel:
    mentions = index.mentions_of_claim.get(claim.id, [])
    heading = Text()
    heading.append(format_claim_value(claim), style="bold yellow")
    heading.append(f"  {claim.metric}", style="bold")
    if claim.subject:
        heading.append(f"  ({claim.subject})")
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim")
    facts.add_column()
    facts.add_row("value", format_decimal(claim.value) + unit_suffix(claim.unit, claim.value))
    facts.add_row("bounds", _bounds(claim))
    facts.add_row("kind", claim.kind + (f", unit {claim.unit}" if claim.unit else ""))
    facts.add_row("metric id", claim.metric_id)  # for `claimgraph track --metric`
    speakers = sorted({m.speaker for m in mentions if m.speaker})
    days = sorted({d for d in (index.day(m) for m in mentions) if d is not None})
    outlets = index.outlets(claim.id)
    documents = {m.document_id for m in mentions}
    summary = (
        f"{len(mentions)} mention{'s' if len(mentions) != 1 else ''} by "
        f"{', '.join(speakers) or 'no named speaker'} in {len(documents)} document"
        f"{'s' if len(documents) != 1 else ''} from {len(outlets)} source"
        f"{'s' if len(outlets) != 1 else ''}"
        + (f", {days[0].isoformat()}" if days else "")
        + (f" to {days[-1].isoformat()}" if len(days) > 1 else "")
    )
    facts.add_row("stated", summary)
    if len(outlets) == 1:
        facts.add_row("sources", "single source: no independent report")
    parts: list[RenderableType] = [heading, facts, Text("\nMentions", style="bold underline")]
    for number, mention in enumerate(mentions, 1):
        parts.append(_mention_header(index, number, mention))
        parts.append(Panel(_sentence(mention), border_style="dim", padding=(0, 1)))
    parts.extend(_finding_lines(index, claim))
    others = [
        c for c in index.snapshot.claims if c.metric_id == claim.metric_id and c.id != claim.id
    ]
    if others:
        parts.append(Text("\nOther values for this metric", style="bold underline"))
        for other in sorted(others, key=lambda c: _first_day(index, c)):
            line = Text(f"- {format_claim_value(other)}")
            line.append(f"  {_first_day(index, other) or 'undated'}  {other.id}", style="dim")
            parts.append(line)
    return Panel(Group(*parts), title=f"claim {claim.id}", title_align="left")


def _first_day(index: ReportIndex, claim: Claim) -> str:
    days = [d for d in (index.day(m) for m in index.mentions_of_claim.get(claim.id, ())) if d]
    return min(days).isoformat() if days else ""


def _finding_lines(index: ReportIndex, claim: Claim) -> list[RenderableType]:
    found = index.findings_of_claim.get(claim.id, [])
    parts: list[RenderableType] = []
    for title, kinds, style in (
        ("Conflicts and changes", CONFLICT_KINDS, "red"),
        ("Repeats and consistency", CONSISTENCY_KINDS, "green"),
    ):
        chosen = [f for f in found if f.kind in kinds]
        if not chosen:
            continue
        parts.append(Text(f"\n{title}", style="bold underline"))
        for finding in chosen:
            line = Text(f"- {finding.kind}: ", style=f"bold {style}")
            line.append(finding.reason)
            if finding.implied_year is not None and str(finding.implied_year) not in finding.reason:
                line.append(f" (base year {finding.implied_year})", style="bold")
            parts.append(line)
            for other_id in finding.claim_ids:
                if other_id == claim.id:
                    continue
                other = index.claims.get(other_id)
                label = index.claim_label(other) if other else "unknown claim"
                parts.append(Text(f"    with {label}  {other_id}", style="dim"))
    return parts


def document_card(snapshot: GraphSnapshot, document: Document | str) -> RenderableType:
    """A document with its claims highlighted in place and the speaker of each.

    Args:
        snapshot: the graph holding the document's mentions.
        document: a :class:`Document`, or its id, file name or path.

    Returns:
        A rich renderable: the metadata, then the text with every figure highlighted and
        followed by ``{n: speaker}``, then a table of the mentions.

    Raises:
        ClaimNotFound: when no document has that id, name or path.
    """
    index = ReportIndex.build(snapshot)
    if isinstance(document, str):
        found = index.find_document(document)
        if found is None:
            raise ClaimNotFound(document)
        document = found
    mentions = index.mentions_of_document.get(document.id, [])
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim")
    meta.add_column()
    for key, value in (
        ("title", document.title),
        ("publisher", document.publisher),
        ("published", document.published.isoformat() if document.published else None),
        ("genre", document.genre),
        ("url", document.url),
        ("id", document.id),
        ("claims", str(len(mentions))),
    ):
        if value:
            meta.add_row(key, value)
    body = Text()
    furniture = [b for b in document.blocks if b.kind.value == "furniture"]
    position = 0
    for number, mention in enumerate(mentions, 1):
        if mention.start < position or mention.end > len(document.text):
            continue
        body.append(document.text[position : mention.start])
        body.append("[[", style="dim")
        body.append(document.text[mention.start : mention.end], style=HIGHLIGHT)
        body.append("]]", style="dim")
        body.append(f"{{{number}: {mention.speaker or 'unattributed'}}}", style="bold green")
        position = mention.end
    body.append(document.text[position:].rstrip())
    for block in furniture:  # page furniture the pipeline skipped, shown faded
        shift = _shift_for(mentions, document, block.start)
        body.stylize("dim", block.start + shift, block.end + shift)
    table = Table(header_style="bold", title="Claims in this document", title_justify="left")
    for column in ("#", "figure", "metric", "speaker", "date", "offsets"):
        table.add_column(column)
    table.add_column("claim", no_wrap=True, min_width=20)
    for number, mention in enumerate(mentions, 1):
        day = index.day(mention)
        table.add_row(
            str(number),
            mention.number,
            mention.metric + (f" ({mention.subject})" if mention.subject else ""),
            mention.speaker or "",
            day.isoformat() if day else "",
            f"{mention.start}\u2013{mention.end}",
            index.claim_of_mention.get(mention.id, ""),
        )
    return Panel(
        Group(meta, Text(""), body, table), title=f"document {document.name}", title_align="left"
    )


def _shift_for(mentions: list[Mention], document: Document, offset: int) -> int:
    """How far text at ``offset`` moved in the card, after the markers inserted before it."""
    shift = 0
    position = 0
    for number, mention in enumerate(mentions, 1):
        if mention.start < position or mention.end > len(document.text):
            continue
        if mention.end > offset:
            break
        speaker = mention.speaker or "unattributed"
        shift += 4 + len(f"{{{number}: {speaker}}}")
        position = mention.end
    return shift
