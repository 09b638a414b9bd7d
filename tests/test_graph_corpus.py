"""The claim graph on the sample corpus: real pages, mentions from the hand-made gold file.

The gold annotations stand in for the extractor here, so these tests check the graph (claims,
briefings, filters, determinism) independently of extraction quality.
"""

from __future__ import annotations

import inspect
from dataclasses import fields
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from conftest import CORPUS, MFA

from claimgraph.errors import ClaimNotFound
from claimgraph.graph import EDGE_TYPES, ClaimGraph, day_node
from claimgraph.models import Claim, Document, Mention
from claimgraph.store import Filters


@pytest.fixture(scope="module")
def pairs(gold_pairs: list[tuple[Document, list[Mention]]]) -> list[tuple[Document, list[Mention]]]:
    return gold_pairs


@pytest.fixture()
def graph(pairs: list[tuple[Document, list[Mention]]]) -> ClaimGraph:
    g = ClaimGraph(None)
    for doc, mentions in pairs:
        assert g.add(doc, mentions)
    return g


# fmt: off
MAO_2024_12_10 = [
    # (number as written, value, qualifier, unit, metric words)
    ("nearly 100 million", Decimal("100000000"), "nearly", None, "poverty"),
    ("around 3,000", Decimal("3000"), "approximate", None, "National People's Congress"),
    ("more than 2.7 million", Decimal("2700000"), "more_than", None, "all levels"),
    ("78.6 years", Decimal("78.6"), "exact", "year", "life expectancy"),
    ("305", Decimal("305"), "exact", None, "effective laws"),
    ("over 300", Decimal("300"), "more_than", None, "reform measures"),
]
# fmt: on


@pytest.mark.parametrize(("number", "value", "qualifier", "unit", "metric"), MAO_2024_12_10)
def test_graph_mao_ning_figures_have_one_claim_with_both_syndicated_mentions(
    graph: ClaimGraph, number: str, value: Decimal, qualifier: str, unit: str | None, metric: str
) -> None:
    found = [
        c
        for c in graph.claims(speaker="Mao Ning", metric=metric)
        if c.value == value and c.qualifier == qualifier
    ]
    assert len(found) == 1
    claim = found[0]
    assert claim.unit == unit
    assert sorted(m.document[:3] for m in claim.mentions) == ["000", "001"]
    assert {m.number for m in claim.mentions} == {number}
    assert {m.speaker for m in claim.mentions} == {"Mao Ning"}
    assert {m.date for m in claim.mentions} == {date(2024, 12, 10)}


def test_graph_un_anniversary_is_one_claim_from_two_publishers(graph: ClaimGraph) -> None:
    found = graph.claims(text="80th anniversary", kind="anniversary")
    assert len(found) == 1
    assert found[0].value == 80 and found[0].kind == "anniversary"
    assert sorted(m.publisher or "" for m in found[0].mentions) == ["CGTN", "Zhitongcaijing"]
    doc_ids = {m.document_id for m in found[0].mentions}
    holding = [b for b in graph.briefings() if doc_ids <= set(b.document_ids)]
    assert len(holding) == 1
    assert (holding[0].held_by, holding[0].day) == ("Guo Jiakun", date(2025, 12, 10))


# fmt: off
BRIEFINGS = [
    ("Mao Ning", date(2024, 12, 10), ["000", "001"]),
    ("Guo Jiakun", date(2025, 12, 10), ["002", "003"]),
    ("Mao Ning", date(2024, 2, 27), ["004"]),
]
# fmt: on


@pytest.mark.parametrize(("holder", "day", "docs"), BRIEFINGS)
def test_graph_briefings_group_the_documents_reporting_them(
    graph: ClaimGraph, holder: str, day: date, docs: list[str]
) -> None:
    names = {d.id: d.name[:3] for d in graph.documents()}
    found = [b for b in graph.briefings() if b.held_by == holder and b.day == day]
    assert len(found) == 1
    assert sorted(names[d] for d in found[0].document_ids) == docs


def test_graph_ingesting_twice_changes_nothing(
    graph: ClaimGraph, pairs: list[tuple[Document, list[Mention]]]
) -> None:
    before = graph.snapshot()
    assert [graph.add(doc, mentions) for doc, mentions in pairs] == [False] * len(pairs)
    assert graph.snapshot() == before


def test_graph_same_inputs_in_any_order_give_the_same_graph(
    pairs: list[tuple[Document, list[Mention]]],
) -> None:
    forward, backward = ClaimGraph(None), ClaimGraph(None)
    for doc, mentions in pairs:
        forward.add(doc, mentions)
    for doc, mentions in reversed(pairs):
        backward.add(doc, list(reversed(mentions)))
    assert forward.snapshot() == backward.snapshot()
    assert forward.snapshot().model_dump_json() == backward.snapshot().model_dump_json()


def test_graph_snapshot_is_sorted_and_round_trips(graph: ClaimGraph) -> None:
    snap = graph.snapshot()
    for group in (snap.documents, snap.mentions, snap.claims, snap.persons, snap.briefings):
        ids = [item.id for item in group]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert sum(len(c.mention_ids) for c in snap.claims) == len(snap.mentions)
    assert ClaimGraph.from_snapshot(snap).snapshot() == snap


# fmt: off
FILTERS = [
    # (filters, expected values of the claims)
    ({"speaker": "Mao"}, {"100000000", "3000", "2700000", "78.6", "305", "300", "10"}),
    ({"speaker": "Reuters"}, {"6"}),
    ({"speaker": "Nobody Known"}, set()),
    ({"publisher": "cgtn"}, {"80", "77", "75", "40", "5"}),
    ({"metric": "average life expectancy"}, {"78.6"}),
    ({"metric": "life expectancy", "subject": "China"}, {"78.6"}),
    ({"subject": "Human Rights Day"}, {"75"}),
    ({"since": date(2025, 1, 1)}, {"80", "77", "75", "40", "5"}),
    ({"until": date(2024, 2, 27)}, {"6"}),
    ({"min_value": 1_000_000}, {"100000000", "2700000"}),
    ({"max_value": 6, "kind": "duration"}, {"6", "5"}),
    ({"kind": "percent"}, {"200"}),
    ({"text": "rare diseases"}, {"20000"}),
    ({"speaker": "Guo Jiakun", "metric": "anniversary", "since": date(2025, 12, 10),
      "until": date(2025, 12, 10)}, {"80"}),
]
# fmt: on


@pytest.mark.parametrize(("filters", "values"), FILTERS)
def test_graph_claims_filters(graph: ClaimGraph, filters: dict[str, Any], values: set[str]) -> None:
    found = graph.claims(**filters)
    assert {format(c.value.normalize(), "f") for c in found} == values
    assert len(graph.claims(**filters, limit=1)) == min(1, len(values))


@pytest.mark.parametrize(
    ("filters", "docs"),
    [({"speaker": "Mao Ning", "metric": "effective laws"}, ["000", "001"]), ({"kind": "rank"}, [])],
)
def test_graph_mentions_filters(
    graph: ClaimGraph, filters: dict[str, Any], docs: list[str]
) -> None:
    assert sorted(m.doc[:3] for m in graph.mentions(**filters)) == docs


def test_graph_people_roles_and_organizations(graph: ClaimGraph) -> None:
    people = {p.name: p for p in graph.snapshot().persons}
    assert {"Mao Ning", "Guo Jiakun", "Han Zheng", "Lu Sitong"} <= set(people)
    role = people["Mao Ning"].roles[0]
    assert (role.title, role.organization) == ("spokesperson", MFA)
    assert (role.first_seen, role.last_seen) == (date(2024, 12, 10), date(2024, 12, 10))
    orgs = {o.name: o for o in graph.snapshot().organizations}
    assert orgs["CGTN"].is_publisher and orgs["Zhitongcaijing"].is_publisher
    assert not orgs["Reuters"].is_publisher
    speakers = {s.name: s for s in graph.speakers()}
    assert speakers["Mao Ning"].mentions == 16 and speakers["Reuters"].type == "organization"


def test_graph_networkx_view_has_typed_nodes_and_edges(graph: ClaimGraph) -> None:
    g = graph.nx
    snap = graph.snapshot()
    assert {d["type"] for _, d in g.nodes(data=True)} == {
        "Document", "Mention", "Claim", "Metric", "Person", "Organization", "Briefing", "Day",
        "Syndication",
    }  # fmt: skip
    assert {k for _, _, k in g.edges(keys=True)} <= set(EDGE_TYPES)
    mention = next(m for m in snap.mentions if m.number == "78.6 years")
    mao = next(p for p in snap.persons if p.name == "Mao Ning")
    assert g.has_edge(mention.id, mao.id, key="stated_by")
    assert g.has_edge(mention.id, day_node(date(2024, 12, 10)), key="on_day")
    claim_ids = [t for _, t, k in g.out_edges(mention.id, keys=True) if k == "of_claim"]
    assert isinstance(g.nodes[claim_ids[0]]["model"], Claim)
    assert g.has_edge(mao.id, next(o.id for o in snap.organizations if o.name == MFA), "role_of")
    assert graph.stats()["Day"] == sum(1 for _, d in g.nodes(data=True) if d["type"] == "Day")


def test_graph_syndicated_copies_are_linked(graph: ClaimGraph) -> None:
    names = {d.id: d.name[:3] for d in graph.documents()}
    groups = [sorted(names[d] for d in s.document_ids) for s in graph.snapshot().syndications]
    assert ["000", "001"] in groups
    syn = next(s for s in graph.snapshot().syndications if len(s.document_ids) == 2)
    assert {t for _, t, k in graph.nx.out_edges(syn.id, keys=True) if k == "syndicates"} == set(
        syn.document_ids
    )


@pytest.mark.parametrize("prefix", ["doc", "men", "clm", "met", "per", "org", "brf", "syn"])
def test_graph_get_finds_every_node_type(graph: ClaimGraph, prefix: str) -> None:
    node_id = next(n for n in graph.nx.nodes if n.startswith(prefix + "_"))
    assert graph.get(node_id).id == node_id  # type: ignore[attr-defined]


@pytest.mark.parametrize("node_id", ["clm_0000000000000000", "nonsense", "day:2024-12-10"])
def test_graph_get_unknown_raises(graph: ClaimGraph, node_id: str) -> None:
    with pytest.raises(ClaimNotFound, match="no claim, mention or node"):
        graph.get(node_id)


@pytest.fixture(scope="module")
def ingested() -> ClaimGraph:
    """The corpus through the real pipeline: ingest -> extract_mentions -> add."""
    graph = ClaimGraph(None)
    report = graph.ingest([CORPUS / "docs"], manifest=CORPUS / "manifest.jsonl")
    assert (report.added, report.unchanged, report.errors) == (5, 0, [])
    return graph


@pytest.mark.parametrize(("number", "value", "qualifier", "unit", "metric"), MAO_2024_12_10)
def test_graph_ingest_corpus_mao_ning_figures_have_two_mentions(
    ingested: ClaimGraph,
    number: str,
    value: Decimal,
    qualifier: str,
    unit: str | None,
    metric: str,
) -> None:
    found = [c for c in ingested.claims(speaker="Mao Ning") if c.value == value]
    found = [c for c in found if c.qualifier == qualifier and c.unit == unit]
    assert len(found) == 1
    assert sorted(m.document[:3] for m in found[0].mentions) == ["000", "001"]
    assert {m.number for m in found[0].mentions} == {number}


def test_graph_ingest_corpus_un_anniversary_one_claim_one_briefing(ingested: ClaimGraph) -> None:
    (claim,) = ingested.claims(text="80th anniversary", kind="anniversary")
    assert sorted(m.publisher or "" for m in claim.mentions) == ["CGTN", "Zhitongcaijing"]
    docs = {m.document_id for m in claim.mentions}
    assert [b.held_by for b in ingested.briefings() if docs <= set(b.document_ids)] == [
        "Guo Jiakun"
    ]


def test_graph_ingest_corpus_twice_changes_nothing(ingested: ClaimGraph) -> None:
    before = ingested.snapshot()
    report = ingested.ingest([CORPUS / "docs"], manifest=CORPUS / "manifest.jsonl")
    assert (report.added, report.unchanged, report.mentions) == (0, 5, 0)
    assert ingested.snapshot() == before


@pytest.mark.parametrize("method", ["claims", "mentions"])
def test_graph_queries_take_the_filters_as_keywords_only(graph: ClaimGraph, method: str) -> None:
    query = getattr(graph, method)
    params = inspect.signature(query).parameters
    assert list(params) == [*(f.name for f in fields(Filters)), "limit"]
    assert {p.kind for p in params.values()} == {inspect.Parameter.KEYWORD_ONLY}
    with pytest.raises(TypeError, match="spaker"):
        query(spaker="Mao Ning")
    with pytest.raises(TypeError, match="positional"):
        query("Mao Ning")
