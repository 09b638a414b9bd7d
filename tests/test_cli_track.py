"""The track, conflicts, repeats and corroboration commands, on a store built from the corpus.

The store holds the sample corpus's real documents with the gold mentions of
``tests/corpus/gold.jsonl`` (what ingest and extraction give), 000 and 001 marked as one
syndicated story, plus a made-up briefing that dates the UDHR wrongly.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.graph import ClaimGraph
from claimgraph.models import Block, BlockKind, Document, GraphSnapshot, Mention, make_id

CORPUS = Path(__file__).parent / "corpus"
SYNDICATED = {"000_5183f373d07a56ce.txt", "001_66420c5560cd654d.txt"}
MADE_UP = "On June 1, 2024, a spokesperson marked the 70th anniversary of the UDHR."


def _document(name: str, text: str, publisher: str | None, published: object) -> Document:
    fingerprint = "shared-story" if name in SYNDICATED else make_id("fp", text)
    story = Block(index=0, kind=BlockKind.STORY, start=0, end=len(text), fingerprint=fingerprint)
    return Document(
        id=make_id("doc", text),
        name=name,
        text=text,
        publisher=publisher,
        published=published,  # type: ignore[arg-type]
        blocks=(story,),
    )


def _mention(doc: Document, g: dict[str, object]) -> Mention:
    start = int(g["start"])  # type: ignore[call-overload]
    return Mention(
        id=make_id("men", doc.id, start, g["number"]),
        document_id=doc.id,
        doc=doc.name,
        number=str(g["number"]),
        start=start,
        end=start + len(str(g["number"])),
        value=Decimal(str(g["value"])),
        qualifier=g["qualifier"],  # type: ignore[arg-type]
        unit=g["unit"],  # type: ignore[arg-type]
        kind=g["kind"],  # type: ignore[arg-type]
        metric=str(g["metric"]),
        subject=g["subject"],  # type: ignore[arg-type]
        period=g.get("period"),  # type: ignore[arg-type]
        speaker=g["speaker"],  # type: ignore[arg-type]
        date=date.fromisoformat(str(g["date"])) if g["date"] else None,
        sentence=str(g["number"]),
        sentence_start=start,
        confidence=0.9,
    )


def _snapshot(with_conflict: bool) -> GraphSnapshot:
    docs: dict[str, Document] = {}
    for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        path = CORPUS / meta["path"]
        docs[path.name] = _document(
            path.name,
            path.read_text(encoding="utf-8"),
            meta["publisher"],
            datetime.fromisoformat(meta["published"]),
        )
    gold = [json.loads(x) for x in (CORPUS / "gold.jsonl").read_text("utf-8").splitlines()]
    if with_conflict:
        docs["madeup.txt"] = _document("madeup.txt", MADE_UP, "Made-up Daily", date(2024, 6, 1))
        gold.append(
            dict(doc="madeup.txt", number="70th anniversary", start=MADE_UP.index("70th"),
                 value=70, qualifier="exact", unit=None, kind="anniversary",
                 metric="anniversary of the UDHR", subject="UDHR", speaker=None,
                 date="2024-06-01")
        )  # fmt: skip
    mentions = [_mention(docs[g["doc"]], g) for g in gold]
    return GraphSnapshot(documents=tuple(docs.values()), mentions=tuple(mentions))


@pytest.fixture(scope="module", params=[False, True], ids=["corpus", "with-conflict"])
def store(request, tmp_path_factory) -> tuple[str, bool]:
    path = tmp_path_factory.mktemp("track") / "claims.db"
    with ClaimGraph(path) as graph:
        graph.add_snapshot(_snapshot(request.param))
    return str(path), request.param


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_cli_track_conflicts_names_both_claims(store) -> None:
    db, with_conflict = store
    code, out = _run("conflicts", "--db", db, "--format", "json")
    assert code == 0, out
    rows = json.loads(out)
    if not with_conflict:
        assert rows == []
        return
    (row,) = rows
    assert row["kind"] == "contradicts" and "1948" in row["reason"]
    numbers = {m["number"] for c in row["claims"] for m in c["mentions"]}
    assert {"70th anniversary", "76th Anniversary"} <= numbers
    mention = next(m for c in row["claims"] for m in c["mentions"] if m["document"] == "madeup.txt")
    assert mention["date"] == "2024-06-01"
    assert set(mention) >= {"number", "document", "speaker", "date"}


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_cli_track_repeats_show_syndicated_copies(store, fmt) -> None:
    code, out = _run("repeats", "--db", store[0], "--format", fmt)
    assert code == 0, out
    lines = [line for line in out.splitlines() if "78.6" in line]
    assert len(lines) == 1
    assert "000_5183f373d07a56ce.txt" in lines[0] and "001_66420c5560cd654d.txt" in lines[0]
    assert "1 independent source" in lines[0]


@pytest.mark.parametrize(
    ("flags", "present", "absent"),
    [
        (("--single-source",), "average life expectancy", "anniversary of the founding"),
        ((), "anniversary of the founding", "no such metric"),
    ],
)
def test_cli_track_corroboration(store, flags, present, absent) -> None:
    code, out = _run("corroboration", *flags, "--db", store[0], "--format", "jsonl")
    assert code == 0, out
    rows = [json.loads(line) for line in out.splitlines()]
    assert any(r["metric"] == present or present in r["metric"] for r in rows)
    assert not any(absent in r["metric"] for r in rows)
    un = [r for r in rows if "United Nations" in r["metric"]]
    for r in un:
        assert r["independent_sources"] == 2 and not r["single_source"]


@pytest.mark.parametrize(
    ("args", "metric_words"),
    [
        (("--metric", "life expectancy"), "life expectancy"),
        (("--speaker", "Guo Jiakun"), ""),
        (("--metric", "deputies", "--speaker", "Mao"), "deputies"),
    ],
)
def test_cli_track_timeline(store, args, metric_words) -> None:
    code, out = _run("track", *args, "--db", store[0], "--format", "json")
    assert code == 0, out
    rows = json.loads(out)
    assert rows
    assert all(metric_words in r["metric"] for r in rows)
    assert [(r["date"], r["id"]) for r in rows] == sorted((r["date"], r["id"]) for r in rows)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("track", "--claim", "clm_nope"), "no claim"),
        (("conflicts",), "no claimgraph store"),
    ],
)
def test_cli_track_errors_are_one_line(store, tmp_path, args, message) -> None:
    db = store[0] if "--claim" in args else str(tmp_path / "missing.db")
    code, out = _run(*args, "--db", db)
    assert code == 1
    assert out.startswith("Error: ") and message in out and "Traceback" not in out
