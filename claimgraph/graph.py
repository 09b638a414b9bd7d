"""The claim graph: resolve, store and query statistical claims, from Python and the CLI.

A :class:`ClaimGraph` is a view over a :class:`~claimgraph.store.Store` (one SQLite file, or
memory): ``add`` stores a document and its mentions in one transaction, the query methods read
through indexes, and :attr:`ClaimGraph.nx` builds a ``networkx.MultiDiGraph`` of every node.

>>> from claimgraph.models import Document, Mention, make_id
>>> text = '"We have 305 effective laws," said Mao Ning.'
>>> doc = Document(id=make_id("doc", text), name="t.txt", text=text)
>>> men = Mention(id=make_id("men", doc.id, 9, 12), document_id=doc.id, doc="t.txt",
...               number="305", start=9, end=12, value=305, kind="count",
...               metric="effective laws", subject="China", speaker="Mao Ning", sentence=text,
...               sentence_start=0, confidence=0.9)
>>> g = ClaimGraph()
>>> g.add(doc, [men]), g.add(doc, [men])
(True, False)
>>> [(c.value, c.metric, [m.speaker for m in c.mentions]) for c in g.claims(speaker="Mao")]
[(Decimal('305'), 'effective laws', ['Mao Ning'])]
"""

from __future__ import annotations

import datetime as _dt
import functools
import inspect
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, ParamSpec, TypeVar

import networkx
from pydantic import BaseModel, ConfigDict, Field

from claimgraph.errors import ClaimgraphError, GraphIntegrityError, IngestError
from claimgraph.ingest import iter_documents
from claimgraph.models import (
    Briefing,
    Claim,
    Document,
    DocumentMeta,
    Genre,
    GraphSnapshot,
    Kind,
    Mention,
    Role,
    trusted,
)
from claimgraph.pipeline import extract_mentions
from claimgraph.resolve import name_key, subject_key
from claimgraph.store import Filters, MentionRow, Store

__all__ = [
    "EDGE_TYPES",
    "ClaimGraph",
    "ClaimView",
    "DocumentView",
    "IngestReport",
    "MentionView",
    "SpeakerView",
    "day_node",
]

EDGE_TYPES = (
    "stated_by",
    "reported_by",
    "in_document",
    "published_by",
    "of_claim",
    "measures",
    "about",
    "on_day",
    "reports",
    "held_by",
    "role_of",
    "syndicates",
)


def day_node(day: date) -> str:
    """The networkx node key of a day: ``day:2024-12-10``."""
    return f"day:{day.isoformat()}"


class MentionView(BaseModel):
    """One mention of a claim, with where and by whom it was stated."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(..., description="The mention id.")
    document_id: str = Field(..., description="The document the mention is in.")
    document: str = Field(..., description="The document's name.")
    speaker: str | None = Field(None, description="Canonical speaker name.")
    reported_by: str | None = Field(None, description="Who relayed the figure, canonical.")
    date: _dt.date | None = Field(None, description="Day stated (else the day published).")
    publisher: str | None = Field(None, description="The document's publisher, canonical.")
    number: str = Field(..., description="The number as written.")
    sentence: str = Field(..., description="The sentence containing it.")
    start: int = Field(..., description="Offset of the number in the document.")
    end: int = Field(..., description="Offset one past the number.")

    @classmethod
    def of(cls, row: MentionRow) -> MentionView:
        """The view of a stored mention (built without re-validating what the store holds)."""
        m = row.values  # VIEW_FIELDS first: id, document_id, number, sentence, start, end
        return trusted(
            cls,
            {
                "id": m[0],
                "document_id": m[1],
                "document": row.document_name,
                "speaker": row.speaker,
                "reported_by": row.reported_by,
                "date": row.day,
                "publisher": row.publisher,
                "number": m[2],
                "sentence": m[3],
                "start": m[4],
                "end": m[5],
            },
        )


class ClaimView(Claim):
    """A claim with every one of its mentions, so a figure can be followed to its sources."""

    mentions: tuple[MentionView, ...] = Field((), description="Its mentions, oldest first.")


class SpeakerView(BaseModel):
    """A person or organisation who states claims, with how much and when."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(..., description="Person or Organization id.")
    name: str = Field(..., description="Canonical name.")
    type: Literal["person", "organization"] = Field(..., description="person or organization.")
    aliases: tuple[str, ...] = Field((), description="Other names seen.")
    roles: tuple[Role, ...] = Field((), description="Roles seen (people).")
    mentions: int = Field(..., description="Mentions stated.")
    claims: int = Field(..., description="Distinct claims stated.")
    first: date | None = Field(None, description="First day stated.")
    last: date | None = Field(None, description="Last day stated.")


class DocumentView(BaseModel):
    """A stored document without its text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(..., description="Document id.")
    name: str = Field(..., description="File name.")
    publisher: str | None = Field(None, description="Publisher.")
    published: datetime | date | None = Field(None, description="Publication date or time.")
    genre: Genre = Field("article", description="Genre.")
    title: str | None = Field(None, description="Title.")
    source_path: str | None = Field(None, description="Path as given.")
    mentions: int = Field(..., description="Number of mentions.")
    briefing_id: str | None = Field(None, description="The briefing it reports, if any.")


class IngestReport(BaseModel):
    """What an ingest did: documents added, already stored, and the files that failed."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    added: int = Field(0, description="Documents stored by this run.")
    unchanged: int = Field(0, description="Documents already stored (skipped).")
    mentions: int = Field(0, description="Mentions stored by this run.")
    errors: list[IngestError] = Field(default_factory=list, description="Files that failed.")


def _filters(
    self: ClaimGraph,
    *,
    speaker: str | None = None,
    organization: str | None = None,
    metric: str | None = None,
    subject: str | None = None,
    publisher: str | None = None,
    since: date | None = None,
    until: date | None = None,
    min_value: Decimal | float | int | None = None,
    max_value: Decimal | float | int | None = None,
    kind: Kind | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> None:
    """The keyword-only filters of :meth:`ClaimGraph.claims` and :meth:`ClaimGraph.mentions`."""


_R = TypeVar("_R")
_P = ParamSpec("_P")


def _with_signature(
    source: Callable[_P, None],
) -> Callable[[Callable[[ClaimGraph, Filters, int | None], _R]], Callable[_P, _R]]:
    """Give a query method ``source``'s keyword-only filters as its signature.

    The method receives them as one :class:`~claimgraph.store.Filters` and the ``limit``;
    callers, type checkers and ``help()`` see the keywords (an unknown one is a TypeError).
    """
    signature = inspect.signature(source)

    def decorate(
        method: Callable[[ClaimGraph, Filters, int | None], _R],
    ) -> Callable[_P, _R]:
        @functools.wraps(method)
        def query(self: ClaimGraph, /, **keywords: Any) -> _R:
            given = signature.bind(self, **keywords).arguments
            limit = given.pop("limit", None)
            del given["self"]
            return method(self, Filters(**given), limit)

        returns = inspect.signature(method).return_annotation
        query.__signature__ = signature.replace(return_annotation=returns)  # type: ignore[attr-defined]
        return query  # type: ignore[return-value]

    return decorate


class ClaimGraph:
    """A knowledge graph of statistical claims, persisted in one SQLite file.

    Args:
        db: the store file (opened or created), or None to keep the graph in memory.

    Raises:
        StoreError: the file is not a claimgraph store or has another schema version.
    """

    def __init__(self, db: str | Path | None = None) -> None:
        self.store = Store(db)
        self._nx: networkx.MultiDiGraph | None = None

    @classmethod
    def from_snapshot(cls, snapshot: GraphSnapshot) -> ClaimGraph:
        """An in-memory graph holding the documents and mentions of a snapshot."""
        graph = cls(None)
        graph.add_snapshot(snapshot)
        return graph

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def __enter__(self) -> ClaimGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing
    def add(self, document: Document, mentions: Sequence[Mention]) -> bool:
        """Store a document and its mentions in one transaction.

        Args:
            document: the document.
            mentions: its mentions.

        Returns:
            False when the document was already stored (nothing changes), True otherwise.

        Raises:
            GraphIntegrityError: a mention of another document, or a duplicated mention id.
        """
        added = self.store.add(document, mentions)
        if added:
            self._nx = None
        return added

    def add_snapshot(self, snapshot: GraphSnapshot) -> None:
        """Store every document of a snapshot with its mentions (derived nodes are rebuilt).

        Raises:
            GraphIntegrityError: a mention whose document is not in the snapshot.
        """
        by_doc: dict[str, list[Mention]] = {d.id: [] for d in snapshot.documents}
        for m in snapshot.mentions:
            if m.document_id not in by_doc:
                raise GraphIntegrityError(
                    f"mention {m.id} points to document {m.document_id}, not in the snapshot"
                )
            by_doc[m.document_id].append(m)
        for document in snapshot.documents:
            self.add(document, by_doc[document.id])

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        manifest: str | Path | None = None,
        overrides: DocumentMeta | None = None,
        progress: bool = False,
    ) -> IngestReport:
        """Read files and folders, extract their mentions and store each document.

        Documents already stored are skipped without extraction. A file that cannot be read or
        extracted is reported in ``errors`` and the others are still stored.

        Args:
            paths: files (.txt, .html, .jsonl) and folders.
            manifest: a JSONL manifest of per-file metadata.
            overrides: metadata that overrides the manifest and the text.
            progress: show a progress bar on stderr.

        Returns:
            Counts of documents added and unchanged, mentions added, and the errors.
        """
        report = IngestReport()
        with _progress(progress) as tick:
            for document in iter_documents(
                paths, manifest=manifest, overrides=overrides, errors=report.errors
            ):
                tick(document.name)
                if self.store.has_document(document.id):
                    report.unchanged += 1
                    continue
                try:
                    mentions = extract_mentions(document)
                except ClaimgraphError as exc:
                    report.errors.append(
                        IngestError(exc.message, path=document.source_path or document.name)
                    )
                    continue
                if self.add(document, mentions):
                    report.added += 1
                    report.mentions += len(mentions)
                else:
                    report.unchanged += 1
        return report

    # ------------------------------------------------------------------ reading
    def get(self, node_id: str) -> BaseModel:
        """Any node by id: document, mention, claim, metric, person, organisation, ...

        Raises:
            ClaimNotFound: no node has this id.
        """
        found: BaseModel = self.store.get(node_id)
        return found

    @_with_signature(_filters)
    def claims(self, filters: Filters, limit: int | None) -> list[ClaimView]:
        """Claims with at least one mention matching every filter given, oldest first.

        Each claim carries *all* its mentions (not only the matching ones), so "who else said
        it" is one call away.

        Args:
            speaker: a person or organisation (canonical name or alias) stating or relaying it.
            organization: the organisation speaking, or the speaker's organisation.
            metric: words of what is measured ("life expectancy" also finds "average ...").
            subject: words of who or what it is about.
            publisher: the publisher of a document mentioning it.
            since: stated on or after this day.
            until: stated on or before this day.
            min_value: value at least this.
            max_value: value at most this.
            kind: count, measure, percent, duration, anniversary, money or rank.
            text: words in the number, metric, subject or sentence.
            limit: at most this many claims.

        Returns:
            The claims, sorted by the first day they were stated, then metric and value.
        """
        ids = self.store.matching_claim_ids(filters)
        found = self.store.claims_with_first_day(ids, mention_ids=False)
        found.sort(key=lambda cf: (cf[1] or date.max, cf[0].metric, cf[0].value, cf[0].id))
        claims = [c for c, _ in (found if limit is None else found[:limit])]
        rows = self.store.claim_mention_rows([c.id for c in claims], light=True)
        views = []
        for claim in claims:
            data = dict(claim.__dict__)
            mentions = tuple(MentionView.of(r) for r in rows[claim.id])
            data["mention_ids"] = tuple(sorted(m.id for m in mentions))
            data["mentions"] = mentions
            views.append(trusted(ClaimView, data))
        return views

    @_with_signature(_filters)
    def mentions(self, filters: Filters, limit: int | None) -> list[Mention]:
        """Mentions matching every filter given (see :meth:`claims`), by day, document, offset."""
        return [r.mention for r in self.store.mention_rows(filters, limit=limit)]

    def mention_views(self, **filters: Any) -> list[MentionView]:
        """Like :meth:`mentions`, as views with canonical speaker and publisher names."""
        return [MentionView.of(r) for r in self.mention_rows(**filters)]

    def mention_rows(self, *, limit: int | None = None, **filters: Any) -> list[MentionRow]:
        """Matching mentions with what the store resolved (speaker ids, day)."""
        return self.store.mention_rows(Filters(**filters), limit=limit)

    def speakers(self) -> list[SpeakerView]:
        """Every person and organisation that states claims, most mentions first."""
        counts = self.store.speaker_counts()
        claim_sets = self.store.claim_sets()
        people = {p.id: p for p in self.store.persons()}
        orgs = {o.id: o for o in self.store.organizations()}
        totals: dict[str, list[Any]] = {}
        for (kind, key), (n, _, first, last) in counts.items():
            shown = self.store.display(kind, key)
            if shown is None:
                continue
            slot = totals.setdefault(shown[0], [kind, 0, set(), None, None])
            slot[1] += n
            slot[2] |= claim_sets[kind, key]
            slot[3] = first if slot[3] is None or (first and first < slot[3]) else slot[3]
            slot[4] = last if slot[4] is None or (last and last > slot[4]) else slot[4]
        views = []
        for entity_id, (kind, n, claims, first, last) in totals.items():
            entity = people.get(entity_id) if kind == "person" else orgs.get(entity_id)
            if entity is None:
                continue
            views.append(
                SpeakerView(
                    id=entity_id,
                    name=entity.name,
                    type=kind,
                    aliases=entity.aliases,
                    roles=getattr(entity, "roles", ()),
                    mentions=n,
                    claims=len(claims),
                    first=date.fromisoformat(first) if first else None,
                    last=date.fromisoformat(last) if last else None,
                )
            )
        return sorted(views, key=lambda v: (-v.mentions, v.name, v.id))

    def documents(self) -> list[DocumentView]:
        """Every stored document (without its text), by name."""
        return [DocumentView.model_validate(r) for r in self.store.document_rows()]

    def briefings(self) -> list[Briefing]:
        """Every briefing (holder and day) with the documents that report it, by day."""
        return sorted(self.store.briefings(), key=lambda b: (b.day, b.held_by, b.id))

    def stats(self) -> dict[str, int]:
        """Counts of every node type (Document, Mention, Claim, ... Day)."""
        return self.store.stats()

    def snapshot(self) -> GraphSnapshot:
        """Every node as models, each tuple sorted by id; ``findings`` is empty."""
        return GraphSnapshot(
            documents=tuple(self.store.documents()),
            mentions=tuple(self.store.mentions()),
            claims=tuple(self.store.claims_by_id()),
            metrics=tuple(self.store.metrics()),
            persons=tuple(self.store.persons()),
            organizations=tuple(self.store.organizations()),
            briefings=tuple(self.store.briefings()),
            syndications=tuple(self.store.syndications()),
        )

    # ------------------------------------------------------------------ networkx
    @property
    def nx(self) -> networkx.MultiDiGraph:
        """The graph as a ``networkx.MultiDiGraph`` (built on first use after a change).

        Node keys are model ids (days: ``day:YYYY-MM-DD``); node attributes ``type`` (the model
        name, or "Day") and ``model`` (the pydantic object; for a day, ``date``); the edge key
        is the edge type (see :data:`EDGE_TYPES`).
        """
        if self._nx is None:
            self._nx = self._build_nx()
        return self._nx

    def _build_nx(self) -> networkx.MultiDiGraph:
        graph = networkx.MultiDiGraph()
        snap = self.snapshot()

        def node(model: BaseModel) -> None:
            graph.add_node(model.id, type=type(model).__name__, model=model)  # type: ignore[attr-defined]

        def day(value: date) -> str:
            key = day_node(value)
            if key not in graph:
                graph.add_node(key, type="Day", model=value)
            return key

        def edge(source: str, target: str, kind: str) -> None:
            graph.add_edge(source, target, key=kind, type=kind)

        for group in (
            snap.documents,
            snap.mentions,
            snap.claims,
            snap.metrics,
            snap.persons,
            snap.organizations,
            snap.briefings,
            snap.syndications,
        ):
            for model in group:
                node(model)
        store = self.store
        for d in snap.documents:
            if d.publisher:
                shown = store.display("organization", name_key(d.publisher))
                if shown:
                    edge(d.id, shown[0], "published_by")
            if d.published_day:
                edge(d.id, day(d.published_day), "on_day")
        for mid, doc_id, speaker_id, reported_id, stated in store.mention_edges():
            edge(mid, doc_id, "in_document")
            if speaker_id:
                edge(mid, speaker_id, "stated_by")
            if reported_id:
                edge(mid, reported_id, "reported_by")
            if stated:
                edge(mid, day(stated), "on_day")
        for c in snap.claims:
            for mid in c.mention_ids:
                edge(mid, c.id, "of_claim")
            edge(c.id, c.metric_id, "measures")
        for met in snap.metrics:
            if met.subject:
                for kind in ("organization", "person"):
                    shown = store.display(kind, subject_key(met.subject))
                    if shown:
                        edge(met.id, shown[0], "about")
                        break
        for b in snap.briefings:
            edge(b.id, day(b.day), "on_day")
            for doc_id in b.document_ids:
                edge(b.id, doc_id, "reports")
            for kind in ("person", "organization"):
                shown = store.display(kind, name_key(b.held_by))
                if shown:
                    edge(b.id, shown[0], "held_by")
                    break
        for p in snap.persons:
            for role in p.roles:
                if role.organization:
                    shown = store.display("organization", name_key(role.organization))
                    if shown:
                        edge(p.id, shown[0], "role_of")
        for s in snap.syndications:
            for doc_id in s.document_ids:
                edge(s.id, doc_id, "syndicates")
        return graph


@contextmanager
def _progress(show: bool) -> Iterator[Any]:
    if not show:
        yield lambda name: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} documents"),
        TextColumn("[dim]{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def tick(name: str) -> None:
            bar.update(task, advance=1, description=name)

        yield tick
