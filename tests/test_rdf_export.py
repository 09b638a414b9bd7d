"""Export: the modelling of DESIGN.md "RDF", determinism, escaping, the fast writers.

The snapshot is built by hand from the sample corpus (tests/corpus: real text, the gold
mentions and their real offsets), so these tests do not depend on the extractors.
"""

from __future__ import annotations

import io
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from claimgraph.models import (
    GraphSnapshot,
)
from claimgraph.rdf import to_rdf, to_turtle, write_export
from claimgraph.rdf.export import iter_blocks
from claimgraph.rdf.turtle import write_ntriples, write_turtle
from claimgraph.rdf.vocab import CG, NIF, PROV, QUDT, SDO, UNIT

BASE = "https://claimgraph.example/id/"


@pytest.fixture(scope="module")
def snapshot(gold_snapshot: GraphSnapshot) -> GraphSnapshot:
    return gold_snapshot


@pytest.fixture(scope="module")
def graph(snapshot: GraphSnapshot) -> Graph:
    g = Graph()
    g.parse(data=to_turtle(snapshot), format="turtle")
    return g


def _mention_iri(snapshot: GraphSnapshot, number: str, doc_prefix: str) -> URIRef:
    m = next(m for m in snapshot.mentions if m.number == number and m.doc.startswith(doc_prefix))
    return URIRef(BASE + m.id)


# fmt: off
@pytest.mark.parametrize(("number", "doc", "value", "unit_iri", "qualifier"), [
    ("78.6 years", "000", "78.6", UNIT.YR, CG.Exact),
    ("nearly 100 million", "001", "100000000.0", None, CG.Nearly),
    ("more than 2.7 million", "000", "2700000.0", None, CG.MoreThan),
    ("six months", "004", "6", UNIT.MO, CG.Exact),
])
# fmt: on
def test_export_quantity_is_a_decimal_node_with_qudt_unit_and_qualifier(
    snapshot, graph, number, doc, value, unit_iri, qualifier
):
    mention = _mention_iri(snapshot, number, doc)
    q = graph.value(mention, CG.quantity)
    assert (q, None, SDO.QuantitativeValue) in graph or (q, None, QUDT.QuantityValue) in graph
    types = set(graph.objects(q, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")))
    assert {SDO.QuantitativeValue, QUDT.QuantityValue} <= types
    literal = graph.value(q, SDO.value)
    assert literal.datatype == XSD.decimal
    assert literal.toPython() == Decimal(value)
    assert graph.value(q, QUDT.unit) == unit_iri
    assert graph.value(q, CG.qualifier) == qualifier
    assert str(graph.value(q, CG.surfaceText)) == number


# fmt: off
@pytest.mark.parametrize(("number", "doc", "speaker", "day"), [
    ("78.6 years", "000", "Mao Ning", "2024-12-10"),
    ("six months", "004", "Reuters", "2024-02-27"),
    ("77 years ago", "003", "Guo Jiakun", "2025-12-10"),
])
# fmt: on
def test_export_mention_keeps_speaker_day_quote_and_offsets(
    snapshot, graph, number, doc, speaker, day
):
    mention = _mention_iri(snapshot, number, doc)
    agent = graph.value(mention, PROV.wasAttributedTo)
    assert str(graph.value(agent, SDO.name)) == speaker
    assert graph.value(mention, CG.dateStated) == Literal(day, datatype=XSD.date)
    doc_iri = graph.value(mention, NIF.referenceContext)
    text = str(graph.value(doc_iri, NIF.isString))
    begin = int(graph.value(mention, NIF.beginIndex))
    end = int(graph.value(mention, NIF.endIndex))
    assert text[begin:end] == str(graph.value(mention, NIF.anchorOf)) == number
    assert str(graph.value(mention, CG.sentence)) in text
    claim = graph.value(mention, CG.mentionOf)
    assert (claim, SDO.appearance, doc_iri) in graph


def test_export_claim_said_twice_has_one_node_two_mentions_and_first_appearance(snapshot, graph):
    m000 = _mention_iri(snapshot, "78.6 years", "000")
    m001 = _mention_iri(snapshot, "78.6 years", "001")
    claim = graph.value(m000, CG.mentionOf)
    assert graph.value(m001, CG.mentionOf) == claim
    assert len(set(graph.objects(claim, SDO.appearance))) == 2
    # Both were published at the same minute: the tie goes to the smaller document id.
    first = graph.value(claim, SDO.firstAppearance)
    assert first == min(graph.objects(claim, SDO.appearance))
    # The author and date live on the mentions, never on the claim (ClaimsKG's mistake).
    assert graph.value(claim, PROV.wasAttributedTo) is None
    assert graph.value(claim, CG.dateStated) is None
    assert (graph.value(claim, CG.metric), None, CG.Metric) in graph


def test_export_findings_link_claims_both_ways_without_owl_sameas(snapshot, graph):
    finding = snapshot.findings[0]
    a, b = (URIRef(BASE + c) for c in finding.claim_ids)
    assert (a, CG.consistentWith, b) in graph and (b, CG.consistentWith, a) in graph
    node = URIRef(BASE + finding.id)
    assert str(graph.value(node, CG.reason)) == finding.reason
    assert not list(graph.triples((None, URIRef("http://www.w3.org/2002/07/owl#sameAs"), None)))


def test_export_is_byte_identical_whatever_the_tuple_order(snapshot):
    shuffled = snapshot.model_copy(
        update={
            name: tuple(reversed(getattr(snapshot, name))) for name in GraphSnapshot.model_fields
        }
    )
    assert to_turtle(shuffled) == to_turtle(snapshot)


# fmt: off
@pytest.mark.parametrize("text", [
    'quote " backslash \\ newline \n tab \t cr \r',
    "control \x00\x1f\x7f chars",
    "unicode: 中国 — “curly” 🌍",
    '"""triple"""',
])
# fmt: on
def test_export_escapes_strings_for_turtle_and_ntriples(snapshot, text):
    doc = snapshot.documents[0].model_copy(update={"title": text})
    small = GraphSnapshot(documents=(doc,))
    ttl = to_turtle(small)
    buf = io.StringIO()
    write_ntriples(iter_blocks(small), buf)
    for data, fmt in ((ttl, ox.RdfFormat.TURTLE), (buf.getvalue(), ox.RdfFormat.N_TRIPLES)):
        quads = ox.parse(data, format=fmt)
        titles = [q.object.value for q in quads if q.predicate.value == str(SDO.headline)]
        assert titles == [text]


# fmt: off
@pytest.mark.parametrize("base", [
    "http://example.org/claims/",
    "urn:x-claims:graph#",
])
# fmt: on
def test_export_base_prefixes_every_node(snapshot, base):
    g = to_rdf(snapshot, base=base)
    subjects = {str(s) for s in g.subjects()}
    assert subjects and all(s.startswith(base) for s in subjects)


# fmt: off
@pytest.mark.parametrize("base", ["no-scheme/", "http://x.org/no-end", "http://x y/"])
# fmt: on
def test_export_rejects_a_base_that_cannot_prefix_iris(snapshot, base):
    with pytest.raises(ValueError, match="base IRI"):
        to_turtle(snapshot, base=base)


def test_export_turtle_and_ntriples_and_rdflib_agree(snapshot, graph):
    buf = io.StringIO()
    n = write_ntriples(iter_blocks(snapshot), buf)
    nt = Graph().parse(data=buf.getvalue(), format="nt")
    assert len(nt) == n == len(graph)
    assert isomorphic(nt, graph)
    assert isomorphic(to_rdf(snapshot), graph)


# fmt: off
@pytest.mark.parametrize(("fmt", "rdflib_format"), [
    ("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("trig", "trig"),
])
# fmt: on
def test_export_every_format_parses_to_the_same_triples(
    tmp_path, snapshot, graph, fmt, rdflib_format
):
    path = write_export(snapshot, tmp_path / f"out.{fmt}", format=fmt)
    assert path is not None
    if fmt == "trig":
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(path, format="trig")
        merged = Graph()
        for s, p, o, _g in ds.quads((None, None, None, None)):
            merged.add((s, p, o))
        named = {str(c.identifier) for c in ds.contexts() if len(c)}
        assert any(n.endswith("-assertion") for n in named)
        # The nanopublication heads are TriG-only statements.
        extra = {t for t in merged if t not in graph}
        assert extra and all(str(t[0]).endswith(("-np", "-assertion")) for t in extra)
        for t in extra:
            merged.remove(t)
        assert isomorphic(merged, graph)
    else:
        assert isomorphic(Graph().parse(path, format=rdflib_format), graph)


def test_export_turtle_is_grouped_and_prefixed(snapshot):
    ttl = to_turtle(snapshot)
    assert ttl.startswith("@prefix cg: <https://claimgraph.example/ns#> .\n")
    assert "<http" not in ttl.split("\n\n", 1)[1]  # every IRI after the header is a prefixed name
    assert " a schema:Claim;" in ttl
    counter = io.StringIO()
    n = write_turtle(iter_blocks(snapshot), counter)
    header, body = ttl.split("\n\n", 1)
    assert body.count(" .\n") == sum(1 for _ in iter_blocks(snapshot)) < n
