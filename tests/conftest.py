"""The shared test fixtures: the sample corpus (tests/corpus) resolved by hand from its gold file.

Every builder is small and in memory, and stands in for the extractors, so the graph, RDF,
report and CLI tests do not depend on extraction quality:

- ``gold_pairs``: each corpus document (ingested by ``load_text``, with its manifest metadata)
  with one mention per gold annotation (real sentences and offsets);
- ``gold_snapshot``: those mentions resolved into a snapshot the way resolve would: claims and
  metrics by (subject, metric, value, unit, qualifier), people and organisations, Mao Ning's
  and Guo Jiakun's briefings, the syndicated copy 000/001 and the UDHR base-year consistency
  finding (1948);
- ``timeline_snapshot``: four made-up documents giving four values of one metric, for charts.

The same builders are plain functions (``corpus_documents``, ``gold_mention``,
``build_snapshot``) for tests that call them with their own arguments.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from claimgraph.ingest import load_text
from claimgraph.models import (
    Block,
    BlockKind,
    Briefing,
    Claim,
    Document,
    DocumentMeta,
    Finding,
    GraphSnapshot,
    Mention,
    Metric,
    Organization,
    Person,
    Role,
    Syndication,
    make_id,
    normalise_key,
)

CORPUS = Path(__file__).parent / "corpus"
# 000 and 001 have no publisher in the manifest; give them one as `--publisher` would.
PUBLISHERS = {"000": "Xinhua", "001": "China Daily"}
MFA = "Ministry of Foreign Affairs"
SPOKESPEOPLE = {"Mao Ning", "Guo Jiakun"}
ORGANIZATIONS = {"Reuters"}  # the gold speakers that are not people
MAO_FIGURES = (
    "nearly 100 million",
    "around 3,000",
    "more than 2.7 million",
    "78.6 years",
    "305",
    "over 300",
)

# A short timeline of one metric, written for the chart tests: exact values and bounds.
# fmt: off
TIMELINE_CASES = [
    # (file, day, sentence, number, value, qualifier, low, high)
    ("t1.txt", "2021-05-11", "The census found a population of 1,411.78 million.", "1,411.78 million", "1411780000", "exact", None, None),  # noqa: E501
    ("t2.txt", "2022-01-17", "The population stood at more than 1.41 billion.", "more than 1.41 billion", "1410000000", "more_than", None, None),  # noqa: E501
    ("t3.txt", "2023-01-17", "The population was nearly 1.412 billion.", "nearly 1.412 billion", "1412000000", "nearly", None, None),  # noqa: E501
    ("t4.txt", "2024-01-17", "The population was between 1.40 and 1.41 billion.", "between 1.40 and 1.41 billion", "1400000000", "range", "1400000000", "1410000000"),  # noqa: E501
]
# fmt: on


def corpus_manifest() -> dict[str, dict[str, Any]]:
    """The manifest rows of the sample corpus by file name, in manifest order."""
    lines = (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line]
    return {Path(row["path"]).name: row for row in rows}


def corpus_gold() -> list[dict[str, Any]]:
    """The gold annotations of the sample corpus, one row per mention, optional ones included."""
    lines = (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def _published(value: str) -> dt.datetime | dt.date:
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


def _blocks(text: str, fingerprint: str) -> tuple[Block, ...]:
    """A story block over the whole text and one paragraph block per non-blank paragraph."""
    blocks = [Block(index=0, kind=BlockKind.STORY, start=0, end=len(text), fingerprint=fingerprint)]
    start = 0
    for para in text.split("\n\n"):
        if para.strip():
            blocks.append(
                Block(
                    index=len(blocks),
                    kind=BlockKind.PARAGRAPH,
                    start=start,
                    end=start + len(para),
                    parent=0,
                )
            )
        start += len(para) + 2
    return tuple(blocks)


def corpus_documents() -> dict[str, Document]:
    """The corpus documents by file name, built by hand: real text, metadata, paragraph blocks.

    000 and 001 (the same story syndicated) share their story fingerprint.
    """
    docs: dict[str, Document] = {}
    for name, row in corpus_manifest().items():
        text = (CORPUS / row["path"]).read_text(encoding="utf-8")
        docs[name] = Document(
            id=make_id("doc", text),
            name=name,
            source_path=f"tests/corpus/{row['path']}",
            text=text,
            publisher=row["publisher"] or PUBLISHERS.get(name[:3]),
            published=_published(row["published"]),
            published_source="metadata",
            genre=row["genre"],
            blocks=_blocks(text, "f1" if name[:3] in PUBLISHERS else make_id("fp", text)),
        )
    return docs


def gold_mention(doc: Document, g: dict[str, Any]) -> Mention:
    """The mention a gold-like row (see tests/corpus/gold.jsonl) describes in ``doc``."""
    speaker = g["speaker"]
    is_org = speaker in ORGANIZATIONS
    spokes = speaker in SPOKESPEOPLE
    return Mention(
        id=make_id("men", doc.id, g["start"], g["end"]),
        document_id=doc.id,
        doc=doc.name,
        number=g["number"],
        start=g["start"],
        end=g["end"],
        value=Decimal(str(g["value"])),
        low=Decimal(g["low"]) if g.get("low") else None,
        high=Decimal(g["high"]) if g.get("high") else None,
        qualifier=g["qualifier"],
        unit=g["unit"],
        kind=g["kind"],
        metric=g["metric"],
        subject=g["subject"],
        period=g.get("period"),
        speaker=speaker,
        speaker_type=None if speaker is None else "organization" if is_org else "person",
        speaker_role="spokesperson" if spokes else None,
        speaker_org=MFA if spokes else None,
        date=dt.date.fromisoformat(g["date"]) if g["date"] else None,
        sentence=g["sentence"],
        sentence_start=doc.text.index(g["sentence"]),
        confidence=0.9,
        cue="question" if is_org else "said" if speaker else "none",
    )


def build_snapshot(
    documents: Iterable[Document], mentions: Iterable[Mention], **update: Any
) -> GraphSnapshot:
    """Resolve mentions into a snapshot, the way resolve would.

    Claims and metrics are keyed by (subject, metric, value, unit, qualifier); speakers become
    people (spokespeople with their role) or organisations, publishers organisations. ``update``
    sets the remaining fields (briefings, syndications, findings).
    """
    documents, mentions = tuple(documents), sorted(mentions, key=lambda m: m.id)
    groups: dict[tuple[Any, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.subject, normalise_key(m.metric), m.value, m.unit, m.qualifier)].append(m)
    claims, metrics = [], {}
    for (subject, key, value, unit, qualifier), ms in groups.items():
        metric = Metric(
            id=make_id("met", subject, key), key=key, label=ms[0].metric, subject=subject
        )
        metrics[metric.id] = metric
        claims.append(
            Claim(
                id=make_id("clm", metric.id, value, unit, qualifier),
                metric_id=metric.id,
                metric=ms[0].metric,
                subject=subject,
                value=value,
                qualifier=qualifier,
                unit=unit,
                kind=ms[0].kind,
                low=ms[0].low,
                high=ms[0].high,
                mention_ids=tuple(m.id for m in ms),
            )
        )
    people = sorted({m.speaker for m in mentions if m.speaker and m.speaker_type == "person"})
    role = Role(title="spokesperson", organization=MFA)
    persons = tuple(
        Person(
            id=make_id("per", normalise_key(p)),
            name=p,
            aliases=(p.split()[0],),
            roles=(role,) if p in SPOKESPEOPLE else (),
        )
        for p in people
    )
    publishers = {d.publisher for d in documents if d.publisher}
    speakers = {m.speaker for m in mentions if m.speaker and m.speaker_type == "organization"}
    organizations = tuple(
        Organization(id=make_id("org", normalise_key(o)), name=o, is_publisher=o in publishers)
        for o in sorted(publishers | speakers)
    )
    return GraphSnapshot(
        documents=documents,
        mentions=tuple(mentions),
        claims=tuple(sorted(claims, key=lambda c: c.id)),
        metrics=tuple(sorted(metrics.values(), key=lambda m: m.id)),
        persons=persons,
        organizations=organizations,
        **update,
    )


@cache
def _gold_snapshot() -> GraphSnapshot:
    docs = corpus_documents()
    mentions = [gold_mention(docs[g["doc"]], g) for g in corpus_gold()]
    base = build_snapshot(docs.values(), mentions)
    udhr = sorted(
        c.id
        for c in base.claims
        if c.subject == "Universal Declaration of Human Rights"
        and c.kind in ("anniversary", "duration")
    )
    ids = {name[:3]: doc.id for name, doc in docs.items()}
    mao, guo = tuple(sorted((ids["000"], ids["001"]))), tuple(sorted((ids["002"], ids["003"])))
    return base.model_copy(
        update={
            "findings": (
                Finding(
                    id=make_id("fnd", "consistent_with", *udhr),
                    kind="consistent_with",
                    claim_ids=tuple(udhr),
                    reason="the 76th anniversary (2024) and '77 years ago' (2025) both imply "
                    "base year 1948",
                    implied_year=1948,
                ),
            ),
            "briefings": (
                Briefing(id=make_id("brf", "mao ning", "2024-12-10"), day=dt.date(2024, 12, 10),
                         held_by="Mao Ning", document_ids=mao),
                Briefing(id=make_id("brf", "guo jiakun", "2025-12-10"), day=dt.date(2025, 12, 10),
                         held_by="Guo Jiakun", document_ids=guo),
            ),
            "syndications": (
                Syndication(id=make_id("syn", "f1"), fingerprint="f1", document_ids=mao),
            ),
        }
    )  # fmt: skip


@cache
def _timeline_snapshot() -> GraphSnapshot:
    documents, mentions = [], []
    for name, day, sentence, number, value, qualifier, low, high in TIMELINE_CASES:
        text = f"Statistics bureau report.\n{sentence}\n"
        doc = Document(
            id=make_id("doc", text), name=name, text=text, publisher="Example Daily",
            published=dt.date.fromisoformat(day), genre="article",
        )  # fmt: skip
        start = text.index(number)
        row = {
            "number": number, "value": value, "qualifier": qualifier, "unit": None,
            "kind": "count", "metric": "population", "subject": "China",
            "speaker": "National Bureau of Statistics", "date": day, "start": start,
            "end": start + len(number), "sentence": sentence, "low": low, "high": high,
        }  # fmt: skip
        documents.append(doc)
        mentions.append(gold_mention(doc, row))
    return build_snapshot(documents, mentions)


def _gold_pairs() -> list[tuple[Document, list[Mention]]]:
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in corpus_gold():
        rows[g["doc"]].append(g)
    pairs = []
    for name, meta in corpus_manifest().items():
        doc = load_text(
            (CORPUS / meta["path"]).read_text(encoding="utf-8"),
            name=name,
            source_path=str(CORPUS / meta["path"]),
            meta=DocumentMeta(
                publisher=meta["publisher"], published=meta["published"], genre=meta["genre"]
            ),
        )
        pairs.append((doc, [gold_mention(doc, g) for g in rows[name]]))
    return pairs


@pytest.fixture(scope="session")
def gold_snapshot() -> GraphSnapshot:
    """The sample corpus as the pipeline should resolve it (see the module docstring)."""
    return _gold_snapshot()


@pytest.fixture(scope="session")
def timeline_snapshot() -> GraphSnapshot:
    """Four documents giving four values of China's population, one per year."""
    return _timeline_snapshot()


@pytest.fixture(scope="session")
def gold_pairs() -> list[tuple[Document, list[Mention]]]:
    """Each corpus document (``load_text`` with its manifest metadata) with its gold mentions."""
    return _gold_pairs()
