"""The SQLite store: reopening, schema checks, transactions, crash safety, index use."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.synthetic import synthetic_pairs
from claimgraph.errors import GraphIntegrityError, StoreError
from claimgraph.graph import ClaimGraph
from claimgraph.ingest import load_document, load_text, near_duplicates
from claimgraph.models import BlockKind, Document, DocumentMeta, Mention, trusted
from claimgraph.store import VIEW_FIELDS, Filters, Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS_000 = next((ROOT / "tests" / "corpus" / "docs").glob("000_*.txt")).name


@pytest.fixture(scope="module")
def pairs() -> list[tuple[Document, list[Mention]]]:
    return list(synthetic_pairs(300, seed=7))


def test_store_reopening_gives_the_identical_graph(
    tmp_path: Path, pairs: list[tuple[Document, list[Mention]]]
) -> None:
    db = tmp_path / "g.db"
    with ClaimGraph(db) as graph:
        for doc, mentions in pairs:
            graph.add(doc, mentions)
        before = graph.snapshot()
        stats = graph.stats()
    with ClaimGraph(db) as graph:
        assert graph.snapshot() == before
        assert graph.stats() == stats
        assert [graph.add(doc, mentions) for doc, mentions in pairs[:3]] == [False] * 3


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database at all, just some text\n" * 100)


def _foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")


def _other_version(path: Path) -> None:
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")


def _directory(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_garbage, "not a claimgraph store"),
        (_foreign_sqlite, "not a claimgraph store"),
        (_other_version, "schema version 999"),
        (_directory, "is a directory"),
    ],
)
def test_store_refuses_files_that_are_not_its_own(
    tmp_path: Path, make: Callable[[Path], None], message: str
) -> None:
    path = tmp_path / "x.db"
    make(path)
    with pytest.raises(StoreError, match=message) as info:
        Store(path)
    assert info.value.path == str(path)


def _counts(store: Store) -> dict[str, int]:
    conn = sqlite3.connect(store.path) if store.path else None
    assert conn is not None
    tables = ["documents", "mentions", "claims", "metrics", "names", "roles"]
    out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return out


def test_store_error_mid_document_leaves_nothing_behind(
    tmp_path: Path,
    pairs: list[tuple[Document, list[Mention]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    graph = ClaimGraph(tmp_path / "g.db")
    graph.add(*pairs[0])
    before, counts = graph.snapshot(), _counts(graph.store)

    def fail(*args: object) -> None:
        raise RuntimeError("disk on fire")

    # Fails after the document and its mentions were inserted, before the commit.
    monkeypatch.setattr(Store, "_reresolve", fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        graph.add(*pairs[1])
    monkeypatch.undo()
    assert graph.snapshot() == before and _counts(graph.store) == counts
    assert graph.add(*pairs[1])


@pytest.mark.parametrize("problem", ["foreign mention", "duplicate mention"])
def test_store_refuses_inconsistent_input(
    pairs: list[tuple[Document, list[Mention]]], problem: str
) -> None:
    graph = ClaimGraph(None)
    doc, mentions = pairs[0]
    bad = mentions + ([pairs[1][1][0]] if problem == "foreign mention" else [mentions[0]])
    with pytest.raises(GraphIntegrityError):
        graph.add(doc, bad)
    assert graph.stats()["Document"] == 0 and graph.stats()["Mention"] == 0


CHILD = textwrap.dedent(
    """
    import sys
    from benchmarks.synthetic import synthetic_pairs
    from claimgraph.graph import ClaimGraph
    graph = ClaimGraph(sys.argv[1])
    for doc, mentions in synthetic_pairs(int(sys.argv[2]), seed=11):
        if graph.add(doc, mentions):
            print(doc.id, flush=True)
    """
)


@pytest.mark.slow
def test_store_survives_sigkill_mid_batch(tmp_path: Path) -> None:
    db, total = tmp_path / "crash.db", 4000
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(total)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    committed = [child.stdout.readline().strip() for _ in range(5)]
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    truth = {doc.id: (doc, mentions) for doc, mentions in synthetic_pairs(total, seed=11)}
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with ClaimGraph(db) as graph:
        snap = graph.snapshot()
        stored = {d.id for d in snap.documents}
        assert set(committed) <= stored and len(stored) < len(truth)
        by_doc: dict[str, set[str]] = {}
        for m in snap.mentions:
            by_doc.setdefault(m.document_id, set()).add(m.id)
        for doc_id in stored:  # every document fully present, with all its mentions
            assert by_doc.get(doc_id, set()) == {m.id for m in truth[doc_id][1]}
        assert set(by_doc) <= stored  # and no mention of an absent document
        # The derived tables agree with a graph rebuilt from what was stored.
        assert ClaimGraph.from_snapshot(snap).snapshot() == snap
        for doc, mentions in truth.values():  # re-running completes the batch
            graph.add(doc, mentions)
        assert len(graph.snapshot().documents) == len(truth)
        complete = ClaimGraph(None)
        for doc, mentions in truth.values():
            complete.add(doc, mentions)
        assert graph.snapshot() == complete.snapshot()


@pytest.mark.parametrize(
    "filters",
    [
        Filters(speaker="Mao Ning", metric="life expectancy", since=None, until=None),
        Filters(speaker="Guo Jiakun", metric="exports", since=None, until=None, kind="money"),
        Filters(publisher="Global Wire"),
        Filters(metric="GDP growth"),
    ],
)
def test_store_queries_use_indexes(
    pairs: list[tuple[Document, list[Mention]]], filters: Filters
) -> None:
    graph = ClaimGraph(None)
    for doc, mentions in pairs:
        graph.add(doc, mentions)
    plan = " | ".join(graph.store.explain(filters))
    assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, plan
    assert "SCAN mentions" not in plan, plan


@pytest.mark.parametrize("size", [300])
def test_store_gives_back_exactly_what_was_added(
    pairs: list[tuple[Document, list[Mention]]], size: int
) -> None:
    graph = ClaimGraph(None)
    extra = pairs[0][1][0].model_copy(
        update={"id": "men_exact", "value": Decimal("78.60"), "low": Decimal("1E+6")}
    )
    added = [(doc, mentions) for doc, mentions in pairs[:size]]
    added[0] = (added[0][0], [*added[0][1], extra])
    for doc, mentions in added:
        graph.add(doc, mentions)
    given = sorted((m for _, ms in added for m in ms), key=lambda m: m.id)
    stored = graph.store.mentions()
    assert stored == given
    assert [m.model_dump_json() for m in stored] == [m.model_dump_json() for m in given]
    assert str(graph.get("men_exact").value) == "78.60"  # type: ignore[attr-defined]
    original = load_document(ROOT / "tests" / "corpus" / "docs" / CORPUS_000)
    graph.add(original, [])
    docs = sorted([original, *(d for d, _ in added)], key=lambda d: d.id)
    assert graph.store.documents() == docs
    dumps = [d.model_dump_json() for d in docs]
    assert [d.model_dump_json() for d in graph.store.documents()] == dumps


@pytest.mark.parametrize("speaker", ["Mao Ning", "Guo Jiakun"])
def test_store_claim_views_read_only_the_covering_index(
    pairs: list[tuple[Document, list[Mention]]], speaker: str
) -> None:
    graph = ClaimGraph(None)
    for doc, mentions in pairs:
        graph.add(doc, mentions)
    ids = graph.store.matching_claim_ids(Filters(speaker=speaker))
    assert ids
    sql = f"EXPLAIN QUERY PLAN {Store._LIGHT_SQL} WHERE claim_id IN ({','.join('?' * len(ids))})"
    plan = " | ".join(str(r[3]) for r in graph.store._conn.execute(sql, ids))
    assert "USING COVERING INDEX mentions_claim" in plan, plan
    light = graph.store.claim_mention_rows(ids, light=True)
    full = graph.store.claim_mention_rows(ids)
    assert [r.values for rs in light.values() for r in rs] == [
        r.values[: len(VIEW_FIELDS)] for rs in full.values() for r in rs
    ]
    row = next(r for rs in light.values() for r in rs)
    with pytest.raises(ValueError, match="without all its fields"):
        _ = row.mention


@pytest.mark.parametrize("model", [Mention, Document])
def test_store_trusted_models_equal_validated_ones(
    pairs: list[tuple[Document, list[Mention]]], model: type[Mention] | type[Document]
) -> None:
    original = pairs[0][1][0] if model is Mention else pairs[0][0]
    copy = trusted(model, dict(original.__dict__))
    assert copy == original and hash(copy) == hash(original)
    assert copy.model_dump_json() == original.model_dump_json()


@pytest.mark.parametrize("published", [date(2025, 3, 4), date(2019, 1, 2)])
def test_store_syndication_finds_reprints_on_another_day(
    pairs: list[tuple[Document, list[Mention]]], published: date
) -> None:
    original = load_document(ROOT / "tests" / "corpus" / "docs" / CORPUS_000)
    first = original.blocks_of(BlockKind.STORY)[0]
    story = original.text[first.start : first.end].replace("Mao", "Mao Ning", 1)
    reprint = load_text(story, name="reprint.txt", meta=DocumentMeta(published=published))
    graph = ClaimGraph(None)
    for doc, mentions in [(original, []), *pairs, (reprint, [])]:
        graph.add(doc, mentions)
    found = [s for s in graph.store.syndications() if reprint.id in s.document_ids]
    assert [set(s.document_ids) for s in found] == [{original.id, reprint.id}]
    assert found[0].fingerprint == first.fingerprint
    assert graph.store.syndications() == near_duplicates(graph.store.documents())
