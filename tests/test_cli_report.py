"""``claimgraph show`` and ``claimgraph report`` over a real store of the sample corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import MAO_FIGURES

from claimgraph.cli import cli
from claimgraph.models import GraphSnapshot


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, gold_snapshot: GraphSnapshot) -> Path:
    graph_module = pytest.importorskip("claimgraph.graph", reason="claimgraph.graph is missing")
    path = tmp_path_factory.mktemp("store") / "briefings.db"
    with graph_module.ClaimGraph(db=path) as graph:
        graph.add_snapshot(gold_snapshot)
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def _flat(output: str) -> str:
    """The card's words without its frames and line breaks."""
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", output).split())


# fmt: off
SHOW_CASES = [
    # (query, text the card must show)
    ("life expectancy", "[[78.6 years]]"),
    ("78.6", "average life expectancy"),
    ("nearly 100 million", "just under 100,000,000 (nearly)"),
    ("deputies to people's congresses", "above 2,700,000 (more than)"),
]
# fmt: on


@pytest.mark.parametrize(("query", "expected"), SHOW_CASES)
def test_cli_report_show_finds_one_claim_by_text(store: Path, query: str, expected: str) -> None:
    code, output = _run("show", query, "--db", str(store))
    assert code == 0, output
    assert expected in _flat(output)
    assert "Mao Ning" in output
    assert "000_5183f373d07a56ce.txt" in output and "001_66420c5560cd654d.txt" in output
    assert "\x1b[" not in output  # piped: plain text


@pytest.mark.parametrize("figure", MAO_FIGURES)
def test_cli_report_show_by_claim_id(store: Path, figure: str) -> None:
    code, listing = _run("show", figure, "--db", str(store))
    assert code == 0, listing
    claim_id = re.search(r"claim (clm_[0-9a-f]{16})", listing)
    assert claim_id, listing
    code, output = _run("show", claim_id.group(1), "--db", str(store))
    assert code == 0
    assert f"[[{figure}]]" in _flat(output)
    assert "2024-12-10" in output


@pytest.mark.parametrize(("query", "at_least"), [("anniversary", 3), ("years ago", 2)])
def test_cli_report_show_lists_several_matches(store: Path, query: str, at_least: int) -> None:
    code, output = _run("show", query, "--db", str(store))
    assert code == 0, output
    count = re.search(r"(\d+) claims match", output)
    assert count and int(count.group(1)) >= at_least
    assert len(set(re.findall(r"clm_[0-9a-f]{16}", output))) == int(count.group(1))


@pytest.mark.parametrize(
    ("document", "marked"),
    [
        ("002_8f6a01b27c6be631.txt", "[[80th anniversary]]{1: Guo Jiakun}"),
        ("tests/corpus/docs/000_5183f373d07a56ce.txt", "[[nearly 100 million]]{2: Mao Ning}"),
    ],
)
def test_cli_report_show_document_highlights_claims(
    store: Path, document: str, marked: str
) -> None:
    code, output = _run("show", "--document", document, "--db", str(store))
    assert code == 0, output
    assert marked in _flat(output)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["show", "no such figure anywhere"], 1, "no claim matches 'no such figure anywhere'"),
        (["show", "--document", "missing.txt"], 1, "no document matches 'missing.txt'"),
        (["show"], 2, "give a claim id or search text"),
    ],
)
def test_cli_report_show_errors(store: Path, args: list[str], code: int, message: str) -> None:
    exit_code, output = _run(*args, "--db", str(store))
    assert exit_code == code
    assert message in output
    assert "Traceback" not in output
    if code == 1:
        assert output.startswith(f"Error: {store}: ")


@pytest.mark.parametrize("command", [["show", "305"], ["report"]])
def test_cli_report_missing_store_is_one_line(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "none.db"
    code, output = _run(*command, "--db", str(db))
    assert code == 1
    assert (
        output
        == f"Error: {db}: no such store; make one with `claimgraph ingest PATH... --db {db}`\n"
    )
    assert not db.exists()


@pytest.mark.parametrize("name", ["report.html", "deep/er/report.html"])
def test_cli_report_writes_a_self_contained_page(store: Path, tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    code, output = _run("report", "-o", str(target), "--db", str(store))
    assert code == 0, output
    assert output.strip() == str(target)
    page = target.read_text(encoding="utf-8")
    assert "Mao Ning" in page and "Guo Jiakun" in page
    for figure in MAO_FIGURES:
        assert figure in page
    assert not re.search(r"<(script|img|link|iframe)[^>]+(src|href)=", page)
    assert "@import" not in page and "url(" not in page
