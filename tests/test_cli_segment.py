"""``claimgraph segment``: metadata and blocks per file, one error line per bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli

CORPUS = Path(__file__).parent / "corpus"
DOC_004 = next((CORPUS / "docs").glob("004_*.txt"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("fmt", ["json"])
def test_cli_segment_json(runner, fmt):
    result = runner.invoke(cli, ["segment", str(DOC_004), "--format", fmt])
    assert result.exit_code == 0, result.output
    (doc,) = json.loads(result.output)
    assert doc["name"] == DOC_004.name
    assert doc["published"] == "2024-02-27T18:00:00" and doc["published_source"] == "text"
    assert doc["genre"] == "transcript"
    turns = [b for b in doc["blocks"] if b["kind"] == "turn"]
    assert [t["speaker"] for t in turns[:2]] == ["China Daily", "Mao Ning"]
    assert [t["role"] for t in turns[:2]] == ["question", "answer"]
    assert all(len(b["text"]) <= 60 for b in doc["blocks"])
    assert {b["skip"] for b in doc["blocks"] if b["kind"] == "furniture"} >= {"menu", "dateline"}


@pytest.mark.parametrize("manifest", [CORPUS / "manifest.jsonl"])
def test_cli_segment_table_with_manifest(runner, manifest):
    result = runner.invoke(cli, ["segment", str(DOC_004), "--manifest", str(manifest)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split("\t") == [
        "name",
        "id",
        "publisher",
        "published",
        "published_source",
        "genre",
        "title",
    ]
    assert "2024-02-27T18:00:00+08:00\tmetadata\ttranscript" in lines[1]
    assert lines[2].startswith("index\tkind\tstart\tend")
    assert any("\tturn\t" in line and "\tReuters\tquestion\t" in line for line in lines)


# fmt: off
@pytest.mark.parametrize(("name", "content", "problem"), [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"ab\x00cd", "binary file (NUL byte at offset 2), not text"),
    ("latin1.txt", "caf\u00e9".encode("latin-1"),
     "not UTF-8 text (byte 0xe9 at offset 3); re-save it as UTF-8"),
])
# fmt: on
def test_cli_segment_bad_file(runner, tmp_path, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = runner.invoke(cli, ["segment", str(bad), str(DOC_004), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {bad}: {problem}"
    assert [d["name"] for d in json.loads(result.stdout)] == [DOC_004.name]


@pytest.mark.parametrize("date_value", ["yesterday"])
def test_cli_segment_bad_manifest_line(runner, tmp_path, date_value):
    (tmp_path / "a.txt").write_text("Mao Ning said 3,000.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Guo Jiakun said 77 years.", encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        json.dumps({"path": "a.txt"}) + "\n"
        + json.dumps({"path": "b.txt", "published": date_value}) + "\n"
        + json.dumps({"path": "gone.txt"}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["segment", "--manifest", str(manifest), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {manifest}: line 2: unparseable date '{date_value}' (use ISO 8601: 2024-12-10 "
        "or 2024-12-10T16:52:00+08:00)",
        f"Error: {manifest}: line 3: file not found: gone.txt",
    ]
    assert [d["name"] for d in json.loads(result.stdout)] == ["a.txt"]


@pytest.mark.parametrize("args", [["segment"]])
def test_cli_segment_needs_input(runner, args):
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert "give at least one FILE" in result.output


@pytest.mark.parametrize("missing", ["no/such/file.txt"])
def test_cli_segment_missing_path(runner, missing):
    result = runner.invoke(cli, ["segment", missing, str(DOC_004), "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {missing}: no such file or folder"
