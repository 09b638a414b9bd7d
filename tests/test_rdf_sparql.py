"""SPARQL over the export: the example queries answer correctly from the Turtle alone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claimgraph.errors import RDFError
from claimgraph.rdf import sparql, to_turtle
from claimgraph.rdf.sparql import QUERIES


def _canon(row: dict[str, object]) -> str:
    return repr({k: v.normalize() if isinstance(v, Decimal) else v for k, v in row.items()})


@pytest.fixture(scope="module")
def turtle_file(tmp_path_factory, gold_snapshot):
    path = tmp_path_factory.mktemp("sparql") / "export.ttl"
    path.write_text(to_turtle(gold_snapshot), encoding="utf-8")
    return path


def test_sparql_mao_ning_figures_on_a_day_and_their_publishers(turtle_file, gold_snapshot):
    """Which figures did Mao Ning state on 2024-12-10, and which publishers carried them?"""
    rows = sparql(turtle_file, (QUERIES / "claims_on_a_day.rq").read_text())
    # Expected answer worked out from the gold annotations and the manifest, not the export.
    snap = gold_snapshot
    docs = {d.id: d for d in snap.documents}
    expected = {
        (m.number, m.value, docs[m.document_id].publisher)
        for m in snap.mentions
        if m.speaker == "Mao Ning" and m.date == date(2024, 12, 10)
    }
    got = {(r["number"], r["value"], r["publisher"]) for r in rows}
    assert got == expected
    assert ("78.6 years", Decimal("78.6"), "Xinhua") in got
    assert ("78.6 years", Decimal("78.6"), "China Daily") in got
    assert all(isinstance(r["value"], Decimal) for r in rows)


# fmt: off
@pytest.mark.parametrize("query", sorted(p.name for p in QUERIES.glob("*.rq")))
# fmt: on
def test_sparql_oxigraph_and_rdflib_agree_on_the_example_queries(turtle_file, query):
    text = (QUERIES / query).read_text()
    fast = sparql(turtle_file, text)
    reference = sparql(turtle_file, text, engine="rdflib")
    assert fast, f"{query} found nothing"
    # Oxigraph writes decimals canonically (2700000), rdflib keeps the lexical form
    # (2700000.0): the values are equal, so compare normalised.
    assert sorted(map(_canon, fast)) == sorted(map(_canon, reference))


# fmt: off
@pytest.mark.parametrize(("query", "expected"), [
    ("ASK { ?c a schema:Claim }", [{"ask": True}]),
    ('ASK { ?m cg:dateStated "1999-01-01"^^xsd:date }', [{"ask": False}]),
])
# fmt: on
def test_sparql_ask_queries(query, expected, gold_snapshot):
    assert sparql(gold_snapshot, query) == expected


def test_sparql_claims_by_two_publishers_counts_distinct_publishers(gold_snapshot):
    rows = sparql(gold_snapshot, (QUERIES / "claims_by_two_publishers.rq").read_text())
    assert rows and all(r["publishers"] >= 2 for r in rows)
    labels = {r["label"] for r in rows}
    assert any("78.6" in label for label in labels)
    # Reuters' six months is carried by one publisher only.
    assert not any("extension" in label for label in labels)


# fmt: off
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
# fmt: on
def test_sparql_bad_query_is_an_rdf_error(engine, gold_snapshot):
    with pytest.raises(RDFError, match="bad SPARQL query"):
        sparql(gold_snapshot, "SELECT WHERE {", engine=engine)
