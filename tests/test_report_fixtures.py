"""Graph snapshots built by hand from the sample corpus, for the report and card tests.

``gold_snapshot()`` mirrors what the pipeline should make of ``tests/corpus``: documents with
their real text, one mention per required gold annotation (real sentences and offsets), claims
and metrics resolved by (subject, metric, value, unit, qualifier), Mao Ning's and Guo Jiakun's
briefings, the syndicated copy 000/001 and the UDHR base-year consistency finding (1948).
Other report test files import these builders; the tests here check the builders are faithful.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from claimgraph.models import (
    Briefing,
    Claim,
    Document,
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
MAO_FIGURES = (
    "nearly 100 million",
    "around 3,000",
    "more than 2.7 million",
    "78.6 years",
    "305",
    "over 300",
)


def _published(value: str | None) -> dt.datetime | dt.date | None:
    if value is None:
        return None
    return dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)


def _manifest() -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text().splitlines()]
    return {Path(r["path"]).name: r for r in rows if r}


def _gold() -> list[dict[str, Any]]:
    lines = (CORPUS / "gold.jsonl").read_text().splitlines()
    return [g for g in (json.loads(line) for line in lines if line) if not g.get("optional")]


def build_snapshot(
    documents: list[Document], records: list[dict[str, Any]], findings: tuple[Finding, ...] = ()
) -> GraphSnapshot:
    """Resolve gold-like records (one per mention) into a snapshot, the way resolve would."""
    by_name = {d.name: d for d in documents}
    mentions: list[Mention] = []
    claim_members: dict[str, list[str]] = defaultdict(list)
    claim_rows: dict[str, dict[str, Any]] = {}
    metrics: dict[str, Metric] = {}
    for rec in records:
        doc = by_name[rec["doc"]]
        value = Decimal(str(rec["value"])).normalize()
        sentence_start = doc.text.index(rec["sentence"])
        mention = Mention(
            id=make_id("men", doc.id, rec["start"], rec["end"]),
            document_id=doc.id,
            doc=doc.name,
            number=rec["number"],
            start=rec["start"],
            end=rec["end"],
            value=value,
            qualifier=rec["qualifier"],
            unit=rec["unit"],
            kind=rec["kind"],
            metric=rec["metric"],
            subject=rec["subject"],
            period=rec.get("period"),
            speaker=rec["speaker"],
            speaker_type="person" if rec["speaker"] else None,
            date=dt.date.fromisoformat(rec["date"]) if rec["date"] else None,
            sentence=rec["sentence"],
            sentence_start=sentence_start,
            low=Decimal(rec["low"]) if rec.get("low") else None,
            high=Decimal(rec["high"]) if rec.get("high") else None,
            confidence=0.9,
            cue="said" if rec["speaker"] else "none",
        )
        mentions.append(mention)
        metric_id = make_id(
            "met", normalise_key(rec["subject"] or ""), normalise_key(rec["metric"])
        )
        metrics[metric_id] = Metric(
            id=metric_id, key=normalise_key(rec["metric"]), label=rec["metric"],
            subject=rec["subject"], aliases=(rec["metric"],),
        )  # fmt: skip
        claim_id = make_id("clm", metric_id, value, rec["unit"], rec["qualifier"])
        claim_members[claim_id].append(mention.id)
        claim_rows[claim_id] = {
            "metric_id": metric_id, "metric": rec["metric"], "subject": rec["subject"],
            "value": value, "qualifier": rec["qualifier"], "unit": rec["unit"],
            "kind": rec["kind"], "low": mention.low, "high": mention.high,
        }  # fmt: skip
    claims = tuple(
        Claim(id=cid, mention_ids=tuple(sorted(claim_members[cid])), **row)
        for cid, row in sorted(claim_rows.items())
    )
    speakers = sorted({m.speaker for m in mentions if m.speaker})
    persons = tuple(
        Person(
            id=make_id("per", normalise_key(name)),
            name=name,
            roles=(
                Role(title="spokesperson", organization="Ministry of Foreign Affairs"),
            ) if name in ("Mao Ning", "Guo Jiakun") else (),
        )
        for name in speakers
    )  # fmt: skip
    publishers = sorted({d.publisher for d in documents if d.publisher})
    organizations = tuple(
        Organization(id=make_id("org", normalise_key(p)), name=p, is_publisher=True)
        for p in publishers
    )
    return GraphSnapshot(
        documents=tuple(documents),
        mentions=tuple(sorted(mentions, key=lambda m: m.id)),
        claims=claims,
        metrics=tuple(sorted(metrics.values(), key=lambda m: m.id)),
        persons=persons,
        organizations=organizations,
        findings=findings,
    )


@cache
def gold_snapshot() -> GraphSnapshot:
    """The sample corpus as the pipeline should resolve it (see the module docstring)."""
    manifest = _manifest()
    documents = []
    for path in sorted((CORPUS / "docs").glob("*.txt")):
        row = manifest[path.name]
        text = path.read_text(encoding="utf-8")
        documents.append(
            Document(
                id=make_id("doc", text),
                name=path.name,
                source_path=f"tests/corpus/docs/{path.name}",
                text=text,
                publisher=row["publisher"],
                published=_published(row["published"]),
                published_source="metadata",
                genre=row["genre"],
            )
        )
    base = build_snapshot(documents, _gold())
    udhr = [
        c.id
        for c in base.claims
        if c.subject == "Universal Declaration of Human Rights"
        and c.kind in ("anniversary", "duration")
    ]
    finding = Finding(
        id=make_id("fnd", "consistent_with", *sorted(udhr)),
        kind="consistent_with",
        claim_ids=tuple(sorted(udhr)),
        reason="the 76th anniversary (2024) and '77 years ago' (2025) both imply base year 1948",
        implied_year=1948,
    )
    by_name = {d.name: d for d in documents}
    mao_docs = tuple(sorted(by_name[n].id for n in by_name if n.startswith(("000", "001"))))
    guo_docs = tuple(sorted(by_name[n].id for n in by_name if n.startswith(("002", "003"))))
    return base.model_copy(
        update={
            "findings": (finding,),
            "briefings": (
                Briefing(id=make_id("brf", "mao ning", "2024-12-10"), day=dt.date(2024, 12, 10),
                         held_by="Mao Ning", document_ids=mao_docs),
                Briefing(id=make_id("brf", "guo jiakun", "2025-12-10"), day=dt.date(2025, 12, 10),
                         held_by="Guo Jiakun", document_ids=guo_docs),
            ),
            "syndications": (
                Syndication(id=make_id("syn", "mao"), fingerprint="mao", document_ids=mao_docs),
            ),
        }
    )  # fmt: skip


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


@cache
def timeline_snapshot() -> GraphSnapshot:
    """Four documents giving four values of China's population, one per year."""
    documents = []
    records = []
    for name, day, sentence, number, value, qualifier, low, high in TIMELINE_CASES:
        text = f"Statistics bureau report.\n{sentence}\n"
        documents.append(
            Document(
                id=make_id("doc", text), name=name, text=text, publisher="Example Daily",
                published=dt.date.fromisoformat(day), genre="article",
            )
        )  # fmt: skip
        start = text.index(number)
        records.append(
            {
                "doc": name, "number": number, "value": value, "qualifier": qualifier,
                "unit": None, "kind": "count", "metric": "population", "subject": "China",
                "speaker": "National Bureau of Statistics", "date": day, "start": start,
                "end": start + len(number), "sentence": sentence, "low": low, "high": high,
            }
        )  # fmt: skip
    return build_snapshot(documents, records)


@pytest.mark.parametrize("builder", [gold_snapshot, timeline_snapshot])
def test_report_fixtures_offsets_point_at_the_numbers(builder: Any) -> None:
    snapshot = builder()
    texts = {d.id: d.text for d in snapshot.documents}
    for mention in snapshot.mentions:
        assert texts[mention.document_id][mention.start : mention.end] == mention.number
        begin = mention.start - mention.sentence_start
        assert mention.sentence[begin : begin + len(mention.number)] == mention.number


@pytest.mark.parametrize("figure", MAO_FIGURES)
def test_report_fixtures_mao_figures_are_one_claim_in_two_documents(figure: str) -> None:
    snapshot = gold_snapshot()
    mentions = [m for m in snapshot.mentions if m.number == figure and m.speaker == "Mao Ning"]
    assert {m.doc[:3] for m in mentions} == {"000", "001"}
    claims = [c for c in snapshot.claims if set(c.mention_ids) & {m.id for m in mentions}]
    assert len(claims) == 1
