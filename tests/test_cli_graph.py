"""The graph commands through CliRunner: ingest, claims, mentions, speakers, documents,
briefings, stats."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from claimgraph.cli import cli
from claimgraph.graph import ClaimGraph
from claimgraph.models import Document, Mention

PIPELINE = all(
    importlib.util.find_spec(f"claimgraph.extract.{m}") is not None
    for m in ("attribution", "claims", "dates")
)
needs_pipeline = pytest.mark.skipif(not PIPELINE, reason="the extract stages have not landed")


@pytest.fixture(scope="module")
def db(
    tmp_path_factory: pytest.TempPathFactory, gold_pairs: list[tuple[Document, list[Mention]]]
) -> str:
    path = tmp_path_factory.mktemp("cli") / "corpus.db"
    with ClaimGraph(path) as graph:
        for doc, mentions in gold_pairs:
            graph.add(doc, mentions)
    return str(path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_graph_claims_json_follows_each_figure_to_its_sources(db: str) -> None:
    code, out, _ = run("claims", "--db", db, "--speaker", "Mao Ning", "--format", "json")
    assert code == 0
    claims = json.loads(out)
    by_value = {(c["value"], c["qualifier"]): c for c in claims}
    for key in [(100000000, "nearly"), (3000, "approximate"), (2700000, "more_than"),
                (78.6, "exact"), (305, "exact"), (300, "more_than")]:  # fmt: skip
        claim = by_value[key]
        assert {"metric", "subject", "unit", "kind", "low", "high"} <= set(claim)
        assert sorted(m["document"][:3] for m in claim["mentions"]) == ["000", "001"]
        assert all(m["sentence"] and m["date"] == "2024-12-10" for m in claim["mentions"])


@pytest.mark.parametrize(
    ("args", "values"),
    [
        (["--text", "80th anniversary", "--kind", "anniversary"], {"80"}),
        (["--publisher", "Zhitongcaijing", "--min", "76"], {"80", "77"}),
        (["--since", "2024-02-27", "--until", "2024-02-27"], {"6"}),
        (["--metric", "life expectancy", "--subject", "China"], {"78.6"}),
        (["--speaker", "Nobody"], set()),
    ],
)
def test_cli_graph_claims_filters_csv(db: str, args: list[str], values: set[str]) -> None:
    code, out, _ = run("claims", "--db", db, "--format", "csv", *args)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["value"] for r in rows} == values


def test_cli_graph_un_anniversary_has_two_publishers_and_one_briefing(db: str) -> None:
    _, out, _ = run("claims", "--db", db, "--text", "80th anniversary", "--kind", "anniversary",
                    "--format", "jsonl")  # fmt: skip
    (claim,) = [json.loads(line) for line in out.splitlines()]
    assert sorted(m["publisher"] for m in claim["mentions"]) == ["CGTN", "Zhitongcaijing"]
    _, out, _ = run("briefings", "--db", db, "--format", "json")
    briefings = json.loads(out)
    docs = {m["document_id"] for m in claim["mentions"]}
    assert [b["held_by"] for b in briefings if docs <= set(b["document_ids"])] == ["Guo Jiakun"]
    assert len(briefings) == 3


@pytest.mark.parametrize(
    ("command", "column", "expected"),
    [
        ("speakers", "name", {"Mao Ning", "Guo Jiakun", "Reuters", "Han Zheng", "Lu Sitong"}),
        ("documents", "publisher", {"CGTN", "Zhitongcaijing", "", "Ministry of Foreign Affairs "
                                    "of the People's Republic of China"}),
        ("briefings", "held_by", {"Mao Ning", "Guo Jiakun"}),
        ("stats", "type", {"Document", "Mention", "Claim", "Metric", "Person", "Organization",
                           "Briefing", "Syndication", "Day"}),
    ],
)  # fmt: skip
def test_cli_graph_listings_table(db: str, command: str, column: str, expected: set[str]) -> None:
    code, out, _ = run(command, "--db", db)
    assert code == 0
    lines = out.splitlines()
    header = lines[0].split("\t")
    assert {line.split("\t")[header.index(column)] for line in lines[1:]} == expected


def test_cli_graph_stats_counts_match_the_api(db: str) -> None:
    _, out, _ = run("stats", "--db", db, "--format", "json")
    with ClaimGraph(db) as graph:
        assert {r["type"]: r["count"] for r in json.loads(out)} == graph.stats()


def test_cli_graph_mentions_jsonl(db: str) -> None:
    code, out, _ = run("mentions", "--db", db, "--speaker", "Mao", "--metric", "effective laws",
                       "--format", "jsonl")  # fmt: skip
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert sorted(r["doc"][:3] for r in rows) == ["000", "001"]
    assert {r["speaker_canonical"] for r in rows} == {"Mao Ning"}


@pytest.mark.parametrize("command", ["claims", "mentions", "speakers", "documents", "stats"])
def test_cli_graph_missing_store_is_one_error_line(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "none.db"
    code, _, err = run(command, "--db", str(missing))
    assert code == 1
    assert err.strip().splitlines() == [f"Error: {missing}: no such store; make one with "
                                        f"`claimgraph ingest PATH... --db {missing}`"]  # fmt: skip
    assert not missing.exists()


def test_cli_graph_not_a_store_is_one_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("hello\n" * 500)
    code, _, err = run("claims", "--db", str(bad))
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(f"Error: {bad}: not a claimgraph store")


@needs_pipeline
def test_cli_graph_ingest_corpus_twice_changes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    args = ["ingest", str(CORPUS / "docs"), "--manifest", str(CORPUS / "manifest.jsonl")]
    code, _, err = run(*args, "--db", db, "--no-progress")
    assert code == 0, err
    assert "5 documents added" in err
    _, before, _ = run("claims", "--db", db, "--format", "json")
    code, _, err = run(*args, "--db", db, "--no-progress")
    assert code == 0 and "0 documents added" in err and "5 unchanged" in err
    _, after, _ = run("claims", "--db", db, "--format", "json")
    assert before == after
    _, out, _ = run("claims", "--db", db, "--speaker", "Mao Ning", "--format", "json")
    claims = json.loads(out)
    for value in (100000000, 3000, 2700000, 78.6, 305, 300):
        (claim,) = [c for c in claims if c["value"] == value]
        assert sorted(m["document"][:3] for m in claim["mentions"]) == ["000", "001"]
    _, out, _ = run("claims", "--db", db, "--text", "80th anniversary", "--kind", "anniversary",
                    "--format", "json")  # fmt: skip
    (claim,) = json.loads(out)
    assert sorted(m["publisher"] for m in claim["mentions"]) == ["CGTN", "Zhitongcaijing"]


@needs_pipeline
def test_cli_graph_ingest_bad_file_reports_one_line_and_stores_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    good = (CORPUS / "docs" / "002_8f6a01b27c6be631.txt").read_text(encoding="utf-8")
    (folder / "good.txt").write_text(good, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00\x00" + bytes(range(256)) * 4)
    db = str(tmp_path / "g.db")
    code, _, err = run("ingest", str(folder), "--db", db, "--no-progress")
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "bad.txt" in errors[0]
    with ClaimGraph(db) as graph:
        assert [d.name for d in graph.documents()] == ["good.txt"]


@pytest.mark.parametrize("command", ["claims", "mentions"])
@pytest.mark.parametrize("limit", ["1", "2"])
def test_cli_graph_limit_pages_and_says_so(db: str, command: str, limit: str) -> None:
    code, everything, err = run(command, "--db", db, "--format", "jsonl", "--limit", "0")
    assert code == 0 and err == ""
    total = everything.splitlines()
    code, out, err = run(command, "--db", db, "--format", "jsonl", "--limit", limit)
    assert code == 0
    assert out.splitlines() == total[: int(limit)]
    assert err.strip() == f"(first {limit} rows shown; --limit 0 shows all)"
    code, out, err = run(command, "--db", db, "--format", "jsonl", "--limit", str(len(total)))
    assert out.splitlines() == total and err == ""
