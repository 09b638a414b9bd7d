"""The RDF commands: export, import, sparql, validate (push is tested in test_virtuoso.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import cli
from claimgraph.graph import ClaimGraph
from claimgraph.models import GraphSnapshot
from claimgraph.rdf import from_rdf


@pytest.fixture(scope="module")
def store(tmp_path_factory, gold_snapshot: GraphSnapshot) -> Path:
    db = tmp_path_factory.mktemp("cli") / "claimgraph.db"
    with ClaimGraph(db) as graph:
        graph.add_snapshot(gold_snapshot)
    return db


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


# fmt: off
@pytest.mark.parametrize(("fmt", "name"), [
    ("turtle", "out.ttl"), ("nt", "out.nt"), ("jsonld", "out.jsonld"), ("trig", "out.trig"),
])
# fmt: on
def test_cli_rdf_export_is_byte_identical_and_imports_back(tmp_path, store, fmt, name):
    first, second = tmp_path / f"1-{name}", tmp_path / f"2-{name}"
    for out in (first, second):
        result = _run("export", "--format", fmt, "-o", str(out), "--db", str(store))
        assert result.exit_code == 0, result.output
    assert first.read_bytes() == second.read_bytes()
    snapshot = from_rdf(first)
    assert len(snapshot.mentions) == 30 and len(snapshot.documents) == 5


def test_cli_rdf_export_import_export_round_trip(tmp_path, store):
    out1, out2, db2 = tmp_path / "a.ttl", tmp_path / "b.ttl", tmp_path / "copy.db"
    assert _run("export", "-o", str(out1), "--db", str(store)).exit_code == 0
    result = _run("import", str(out1), "--db", str(db2))
    assert result.exit_code == 0, result.output
    assert "imported 5 documents, 30 mentions" in result.output
    assert _run("export", "-o", str(out2), "--db", str(db2)).exit_code == 0
    assert out1.read_bytes() == out2.read_bytes()


def test_cli_rdf_sparql_and_validate(tmp_path, store):
    out = tmp_path / "a.ttl"
    assert _run("export", "-o", str(out), "--db", str(store)).exit_code == 0
    result = _run("validate", str(out))
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output
    query = Path("claimgraph/rdf/queries/claims_on_a_day.rq").resolve()
    result = _run("sparql", f"@{query}", "--data", str(out), "--format", "csv")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "number,value,metric,publisher"
    assert any(line.startswith("78.6 years,78.6,") for line in lines)


# fmt: off
@pytest.mark.parametrize(("args", "message"), [
    (("import", "missing.ttl"), "Error: missing.ttl: no such file"),
    (("validate", "missing.ttl"), "Error: missing.ttl: no such file"),
    (("export", "--db", "missing.db"), "Error: missing.db: no such store"),
    (("sparql", "@missing.rq"), "Error: missing.rq: no such query file"),
    (("sparql", "SELECT WHERE {", "--data", "{data}"), "Error: bad SPARQL query"),
    (("import", "{foreign}"), "foreign.ttl: <http://x/c> lacks"),
    (("validate", "{foreign}"), "does not conform"),
])
# fmt: on
def test_cli_rdf_user_mistakes_are_one_line_errors(tmp_path, store, args, message):
    foreign = tmp_path / "foreign.ttl"
    foreign.write_text(
        "@prefix schema: <https://schema.org/> .\n<http://x/c> a schema:Claim .\n", encoding="utf-8"
    )
    data = tmp_path / "data.ttl"
    _run("export", "-o", str(data), "--db", str(store))
    args = tuple(a.replace("{foreign}", str(foreign)).replace("{data}", str(data)) for a in args)
    if args[0] == "import":
        args = (*args, "--db", str(tmp_path / "new.db"))
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 1, result.output
    assert message in result.output
    assert "Traceback" not in result.output
