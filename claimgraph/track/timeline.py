"""Timelines: the values a metric, a speaker or a claim has had across briefings.

One :class:`TimelineEntry` is one claim stated on one day (the syndicated copies and the outlets
reporting it that day are one entry). Entries are sorted by day then id, and each says what
changed since the previous entry of the same metric.
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from claimgraph.errors import ClaimNotFound
from claimgraph.models import Claim, GraphSnapshot, Mention, Qualifier, make_id, normalise_key
from claimgraph.track._index import SnapshotIndex, fmt_decimal

Change = Literal["first", "same", "up", "down", "qualifier", "unit", "differs"]


class TimelineEntry(BaseModel):
    """One claim stated on one day, with what changed since the metric's previous entry."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(..., description="'tle_' + hash of claim id and day.")
    date: _dt.date | None = Field(None, description="The day the claim was stated, if known.")
    metric_id: str = Field(..., description="The metric the value is for.")
    metric: str = Field(..., description="Metric label.")
    subject: str | None = Field(None, description="Subject of the metric.")
    claim_id: str = Field(..., description="The claim stated.")
    value: Decimal = Field(..., description="The value.")
    low: Decimal | None = Field(None, description="Lower bound of a range.")
    high: Decimal | None = Field(None, description="Upper bound of a range.")
    qualifier: Qualifier = Field("exact", description="nearly, approximate, more_than, ...")
    unit: str | None = Field(None, description="Unit, or null.")
    number: str = Field(..., description="The figure as first written that day.")
    speakers: tuple[str, ...] = Field((), description="Who stated it that day, sorted.")
    document_ids: tuple[str, ...] = Field((), description="Documents reporting it that day.")
    documents: tuple[str, ...] = Field((), description="Their file names, sorted.")
    publishers: tuple[str, ...] = Field((), description="Their publishers, sorted.")
    mention_ids: tuple[str, ...] = Field((), description="The mentions behind the entry.")
    change: Change = Field(
        "first",
        description="Since the metric's previous entry: first, same, up, down, qualifier, "
        "unit, or differs (another value on the same day).",
    )
    previous_claim_id: str | None = Field(None, description="Claim of the previous entry.")
    previous_date: _dt.date | None = Field(None, description="Day of the previous entry.")
    delta: Decimal | None = Field(None, description="Value minus the previous value.")
    delta_percent: Decimal | None = Field(None, description="delta as a percent of previous.")
    note: str = Field("", description="What changed, in words.")


_Draft = dict[str, Any]  # a TimelineEntry's fields before its change is known


def _describe(entry: _Draft) -> str:
    unit = f" {entry['unit']}" if entry["unit"] else ""
    qualifier: str = entry["qualifier"]
    qual = "" if qualifier == "exact" else f"{qualifier.replace('_', ' ')} "
    if qualifier == "range" and entry["low"] is not None and entry["high"] is not None:
        return f"{fmt_decimal(entry['low'])}-{fmt_decimal(entry['high'])}{unit}"
    return f"{qual}{fmt_decimal(entry['value'])}{unit}"


def _change(prev: _Draft | None, cur: _Draft) -> _Draft:
    """The change fields of ``cur`` given the metric's previous entry."""
    if prev is None:
        return {"change": "first", "note": f"first seen: {_describe(cur)}"}
    base: _Draft = {"previous_claim_id": prev["claim_id"], "previous_date": prev["date"]}
    when = f" since {prev['date'].isoformat()}" if prev["date"] else ""
    if prev["claim_id"] == cur["claim_id"]:
        base.update(change="same", delta=Decimal(0), note=f"same figure repeated{when}")
        return base
    if prev["unit"] != cur["unit"]:
        base.update(
            change="unit", note=f"unit changed{when}: {_describe(prev)} -> {_describe(cur)}"
        )
        return base
    delta: Decimal = cur["value"] - prev["value"]
    base["delta"] = delta
    if prev["value"] != 0:
        base["delta_percent"] = (delta / abs(prev["value"]) * 100).quantize(Decimal("0.01"))
    if prev["date"] is not None and prev["date"] == cur["date"]:
        base.update(
            change="differs",
            note=f"another value the same day: {_describe(prev)} vs {_describe(cur)}",
        )
    elif delta > 0:
        base.update(
            change="up",
            note=f"up {fmt_decimal(delta)}{when}: {_describe(prev)} -> {_describe(cur)}",
        )
    elif delta < 0:
        base.update(
            change="down",
            note=f"down {fmt_decimal(-delta)}{when}: {_describe(prev)} -> {_describe(cur)}",
        )
    else:
        base.update(
            change="qualifier",
            note=f"qualifier changed{when}: {_describe(prev)} -> {_describe(cur)}",
        )
    return base


def _entries_for(index: SnapshotIndex, claim: Claim, mentions: list[Mention]) -> list[_Draft]:
    by_day: dict[date | None, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_day[index.mention_day(mention)].append(mention)
    entries = []
    for day, group in by_day.items():
        group.sort(key=lambda m: (m.doc, m.start, m.id))
        doc_ids = sorted({m.document_id for m in group})
        entries.append(
            {
                "id": make_id("tle", claim.id, day),
                "date": day,
                "metric_id": claim.metric_id,
                "metric": claim.metric,
                "subject": claim.subject,
                "claim_id": claim.id,
                "value": claim.value,
                "low": claim.low,
                "high": claim.high,
                "qualifier": claim.qualifier,
                "unit": claim.unit,
                "number": group[0].number,
                "speakers": tuple(sorted({m.speaker for m in group if m.speaker})),
                "document_ids": tuple(doc_ids),
                "documents": tuple(sorted(index.doc_name(d) for d in doc_ids)),
                "publishers": tuple(sorted({p for p in map(index.publisher, doc_ids) if p})),
                "mention_ids": tuple(sorted(m.id for m in group)),
            }
        )
    return entries


def _sort_key(entry: _Draft) -> tuple[bool, date, str]:
    # Undated entries go last: nothing can be said about what they changed.
    return (entry["date"] is None, entry["date"] or date.min, entry["id"])


def match_metrics(snapshot: GraphSnapshot, query: str) -> set[str]:
    """Metric ids matching ``query``: an id, a key, or words found in a key, label or alias.

    >>> from claimgraph.models import Metric
    >>> snap = GraphSnapshot(metrics=(Metric(id="met_1", key="average life expectancy",
    ...     label="average life expectancy", subject="China"),))
    >>> sorted(match_metrics(snap, "Life Expectancy")), sorted(match_metrics(snap, "GDP"))
    (['met_1'], [])
    """
    q = normalise_key(query)
    exact = {m.id for m in snapshot.metrics if m.id == query or m.key == q}
    if exact:
        return exact
    words = q.split()
    found = set()
    for metric in snapshot.metrics:
        names = [metric.key, metric.label, *metric.aliases]
        if metric.subject:
            names.append(f"{metric.subject} {metric.key}")
        texts = [normalise_key(n) for n in names]
        if any(all(w in t for w in words) for t in texts):
            found.add(metric.id)
    return found


def _speaker_keys(snapshot: GraphSnapshot, speaker: str) -> set[str]:
    key = normalise_key(speaker)
    keys = {key}
    for person in snapshot.persons:
        names = {normalise_key(n) for n in (person.name, *person.aliases)}
        if key in names:
            keys |= names
    for org in snapshot.organizations:
        names = {normalise_key(n) for n in (org.name, *org.aliases)}
        if key in names:
            keys |= names
    spoken = {normalise_key(s) for m in snapshot.mentions for s in (m.speaker, m.reported_by) if s}
    if not keys & spoken:
        # No known name or alias: take the words as part of a name ("Mao" for "Mao Ning").
        words = set(key.split())
        keys |= {name for name in spoken if words <= set(name.split())}
    return keys


def build_timeline(
    index: SnapshotIndex,
    *,
    metric: str | None = None,
    speaker: str | None = None,
    claim: str | None = None,
) -> list[TimelineEntry]:
    """:func:`timeline` over a prebuilt index (lets callers share one index)."""
    snapshot = index.snapshot
    claims: list[Claim] = list(snapshot.claims)
    if claim is not None:
        if claim not in index.claims:
            raise ClaimNotFound(claim)
        claims = [index.claims[claim]]
    if metric is not None:
        metric_ids = match_metrics(snapshot, metric)
        claims = [c for c in claims if c.metric_id in metric_ids]
    speaker_keys = _speaker_keys(snapshot, speaker) if speaker is not None else None

    per_metric: dict[str, list[_Draft]] = defaultdict(list)
    for c in claims:
        mentions = index.claim_mentions(c)
        if speaker_keys is not None:
            mentions = [
                m
                for m in mentions
                if m.speaker
                and normalise_key(m.speaker) in speaker_keys
                or m.reported_by
                and normalise_key(m.reported_by) in speaker_keys
            ]
        if mentions:
            per_metric[c.metric_id].extend(_entries_for(index, c, mentions))

    drafts: list[_Draft] = []
    for entries in per_metric.values():
        entries.sort(key=_sort_key)
        prev: _Draft | None = None
        for entry in entries:
            if entry["date"] is None:
                drafts.append({**entry, "change": "first", "note": "undated"})
                continue
            drafts.append({**entry, **_change(prev, entry)})
            prev = entry
    drafts.sort(key=_sort_key)
    return [TimelineEntry(**d) for d in drafts]


def timeline(
    snapshot: GraphSnapshot,
    *,
    metric: str | None = None,
    speaker: str | None = None,
    claim: str | None = None,
) -> list[TimelineEntry]:
    """The entries, across briefings, of a metric, a speaker or a claim (filters combine).

    Args:
        snapshot: The graph's content.
        metric: A metric id, key, or free text matched against metric keys, labels and
            aliases ("life expectancy", "deputies").
        speaker: A speaker's name or alias; matches who stated or relayed the figure.
        claim: A claim id.

    Returns:
        The entries sorted by date then id (undated last), each with what changed since the
        previous entry of the same metric. Nothing matching gives ``[]``.

    Raises:
        ClaimNotFound: ``claim`` is not a claim of the snapshot.
    """
    return build_timeline(SnapshotIndex(snapshot), metric=metric, speaker=speaker, claim=claim)
