"""End to end through the command line: the sample corpus's files -> store -> Turtle -> store.

These are the README's commands, run on the real pages of ``tests/corpus``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from claimgraph.cli import cli
from claimgraph.evaluate import ATTRIBUTES, evaluate

CORPUS = Path(__file__).parent / "corpus"
DOCS = str(CORPUS / "docs")
MANIFEST = str(CORPUS / "manifest.jsonl")
REPO = Path(__file__).resolve().parent.parent
JENA = Path(os.environ.get("CLAIMGRAPH_JENA", REPO.parent / "shared" / "tools" / "jena"))

# The six figures of Mao Ning's statement of 2024-12-10, as the gold file writes them.
MAO_NING_FIGURES = {
    ("nearly 100 million", Decimal("100000000")),
    ("around 3,000", Decimal("3000")),
    ("more than 2.7 million", Decimal("2700000")),
    ("78.6 years", Decimal("78.6")),
    ("305", Decimal("305")),
    ("over 300", Decimal("300")),
}

MAO_NING_QUERY = """
SELECT ?number ?value ?publisher WHERE {
  ?m a cg:ClaimMention ; prov:wasAttributedTo/schema:name "Mao Ning" ;
     cg:dateStated "2024-12-10"^^xsd:date ; nif:anchorOf ?number ;
     cg:quantity/schema:value ?value ; nif:referenceContext ?doc .
  OPTIONAL { ?doc schema:publisher/schema:name ?publisher }
}
"""


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("e2e") / "claimgraph.db")
    run("ingest", DOCS, "--manifest", MANIFEST, "--db", db)
    return db


def test_end_to_end_extraction_meets_the_sample_gold() -> None:
    result = evaluate(CORPUS / "gold.jsonl", manifest=MANIFEST)
    assert (result.precision, result.recall) == (1.0, 1.0)
    assert result.accuracy == dict.fromkeys(ATTRIBUTES, 1.0)


def test_end_to_end_extract_prints_the_mention_contract() -> None:
    output = run("extract", DOCS, "--manifest", MANIFEST, "--format", "jsonl")
    records = [json.loads(line) for line in output.splitlines()]
    assert records
    texts = {p.name: p.read_text(encoding="utf-8") for p in Path(DOCS).iterdir()}
    for record in records:
        for field in (
            "doc",
            "number",
            "value",
            "qualifier",
            "unit",
            "kind",
            "metric",
            "subject",
            "period",
            "speaker",
            "date",
            "sentence",
            "start",
            "end",
        ):
            assert field in record, field
        assert isinstance(record["value"], float)
        text = texts[record["doc"]]
        assert text[record["start"] : record["end"]] == record["number"]
        assert record["number"] in record["sentence"]


def test_end_to_end_readme_quickstart_lists_mao_nings_figures(store: str) -> None:
    output = run("claims", "--speaker", "Mao Ning", "--format", "json", "--db", store)
    claims = json.loads(output)
    stated = {
        (m["number"], Decimal(str(c["value"])))
        for c in claims
        for m in c["mentions"]
        if m["date"] == "2024-12-10"
    }
    assert MAO_NING_FIGURES <= stated
    docs = {
        Decimal(str(c["value"])): sorted({m["document"][:3] for m in c["mentions"]}) for c in claims
    }
    assert all(docs[value] == ["000", "001"] for _, value in MAO_NING_FIGURES)


def test_end_to_end_ingest_twice_changes_nothing(store: str) -> None:
    before = run("stats", "--db", store, "--format", "json")
    output = run("ingest", DOCS, "--manifest", MANIFEST, "--db", store)
    assert "0 documents added" in output or "5 unchanged" in output
    assert run("stats", "--db", store, "--format", "json") == before


def test_end_to_end_file_to_turtle_and_back(store: str, tmp_path: Path) -> None:
    ttl = tmp_path / "claims.ttl"
    run("export", "--db", store, "-o", str(ttl))
    run("validate", str(ttl))
    graph = Graph().parse(ttl, format="turtle")
    rows = graph.query(MAO_NING_QUERY, initNs=dict(graph.namespaces()))
    figures = {(str(r.number), Decimal(str(r.value))) for r in rows}  # type: ignore[union-attr]
    # Her statement's six figures, plus the optional durations of the same sentences.
    assert MAO_NING_FIGURES <= figures
    assert {number for number, _ in figures - MAO_NING_FIGURES} <= {"10 years", "a full decade"}
    assert Decimal("78.6") in {r.value.toPython() for r in rows}  # type: ignore[union-attr]

    copy = str(tmp_path / "copy.db")
    run("import", str(ttl), "--db", copy)
    again = tmp_path / "again.ttl"
    run("export", "--db", copy, "-o", str(again))
    assert again.read_bytes() == ttl.read_bytes()
    assert isomorphic(graph, Graph().parse(again, format="turtle"))


def test_end_to_end_turtle_parses_in_apache_jena(store: str, tmp_path: Path) -> None:
    if (
        not JENA.exists()
        or shutil.which("java") is None
        or not Path("/usr/share/java/jena-core.jar").exists()
    ):
        pytest.skip(f"Apache Jena is not installed ({JENA}, libapache-jena-java, java)")
    ttl = tmp_path / "claims.ttl"
    run("export", "--db", store, "-o", str(ttl))
    done = subprocess.run(
        [str(JENA), "riotcmd.riot", "--validate", str(ttl)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
