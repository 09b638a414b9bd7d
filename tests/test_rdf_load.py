"""Import: every export format reads back into the same snapshot; foreign RDF is refused."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from claimgraph.errors import RDFImportError
from claimgraph.models import GraphSnapshot
from claimgraph.rdf import from_rdf, to_turtle, write_export


def _sorted(snapshot: GraphSnapshot) -> GraphSnapshot:
    return snapshot.model_copy(
        update={
            name: tuple(sorted(getattr(snapshot, name), key=lambda x: x.id))
            for name in GraphSnapshot.model_fields
        }
    )


@pytest.fixture(scope="module")
def snapshot(gold_snapshot: GraphSnapshot) -> GraphSnapshot:
    return _sorted(gold_snapshot)


# fmt: off
@pytest.mark.parametrize("fmt", ["turtle", "nt", "trig", "jsonld"])
# fmt: on
def test_load_round_trip_gives_back_the_snapshot(tmp_path, snapshot, fmt):
    path = write_export(snapshot, tmp_path / f"out.{fmt}", format=fmt)
    back = from_rdf(path)
    assert back == snapshot
    assert to_turtle(back) == to_turtle(snapshot)


def test_load_round_trip_is_byte_identical_and_isomorphic(snapshot):
    first = to_turtle(snapshot)
    second = to_turtle(from_rdf(first))
    assert second == first
    g1, g2 = Graph().parse(data=first), Graph().parse(data=second)
    if not isomorphic(g1, g2):
        _, only1, only2 = graph_diff(to_isomorphic(g1), to_isomorphic(g2))
        pytest.fail(f"not isomorphic:\n{only1.serialize()}\n---\n{only2.serialize()}")


# fmt: off
@pytest.mark.parametrize(("number", "value"), [
    ("78.6 years", Decimal("78.6")),
    ("more than 2.7 million", Decimal("2700000.0")),
])
# fmt: on
def test_load_decimals_come_back_exactly(snapshot, number, value):
    back = from_rdf(to_turtle(snapshot))
    values = {m.value for m in back.mentions if m.number == number}
    assert values == {value}
    assert str(values.pop()) == str(value)


def test_load_reads_an_export_made_under_another_base(snapshot):
    back = from_rdf(to_turtle(snapshot, base="http://example.org/elsewhere/"))
    assert back == snapshot


_CLAIM = (
    "@prefix schema: <https://schema.org/> . @prefix cg: <https://claimgraph.example/ns#> .\n"
    '<http://x/c> a schema:Claim; schema:identifier "clm_1"; cg:metricPhrase "m"; '
    "cg:kind cg:Count; cg:quantity <http://x/q>; "
)


# fmt: off
@pytest.mark.parametrize(("data", "problem"), [
    ("@prefix ex: <http://example.org/> . ex:a ex:b ex:c .", "not a claimgraph export"),
    ("this is not turtle", "not valid turtle"),
    ("@prefix schema: <https://schema.org/> . <http://x/c> a schema:Claim .", "lacks"),
    (
        _CLAIM + "cg:metric <http://x/m> . <http://x/q> schema:value 1.0; cg:qualifier cg:Exact .",
        "<http://x/m> is linked to but never described",
    ),
    (
        _CLAIM + "cg:metric <http://x/m> . <http://x/q> schema:value 1.0; cg:qualifier cg:Vague .",
        "not one of the controlled values",
    ),
])
# fmt: on
def test_load_refuses_rdf_that_is_not_ours(tmp_path, data, problem):
    path = tmp_path / "foreign.ttl"
    path.write_text(data, encoding="utf-8")
    with pytest.raises(RDFImportError, match=problem) as info:
        from_rdf(path)
    assert info.value.path == str(path)


def test_load_refuses_a_bad_decimal(snapshot):
    ttl = to_turtle(snapshot).replace("schema:value 78.6", 'schema:value "seventy"', 1)
    with pytest.raises(RDFImportError, match="bad <https://schema.org/value> value 'seventy'"):
        from_rdf(ttl)


def test_load_reads_a_stream_export(snapshot):
    buf = io.StringIO()
    write_export(snapshot, buf, format="nt")
    assert from_rdf(buf.getvalue(), format="nt") == snapshot
