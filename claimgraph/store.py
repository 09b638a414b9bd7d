"""The SQLite store: the system of record of a claim graph (stdlib ``sqlite3``, WAL).

Base tables hold what was ingested, exactly: ``documents`` (text, blocks as JSON, metadata) and
``mentions`` (the model as JSON plus indexed columns: speaker, reported_by, organisation,
publisher, metric, claim, day, value, kind). Derived tables are kept current as each document
arrives: ``claims``, ``metrics`` (+ ``metric_surfaces``), ``names`` (people and organisations:
every name key with its canonical key and entity id, + ``name_surfaces``), ``roles`` (first and
last day each role was seen) and each document's briefing; syndicated copies come from
:func:`claimgraph.ingest.near_duplicates` over the stored documents when asked for.
Every derived value is a function of the *set* of stored documents
(min/max, set union, alias resolution over all names), so the store is the same whatever order
documents arrive in.

Each :meth:`Store.add` is one transaction (``BEGIN IMMEDIATE`` .. ``COMMIT``): a crash or an
error leaves the document fully stored or absent, never half.

>>> store = Store(None)
>>> store.stats()["Document"]
0
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from claimgraph import resolve as rs
from claimgraph.errors import ClaimNotFound, GraphIntegrityError, StoreError
from claimgraph.ingest.dedup import (
    JACCARD_THRESHOLD,
    StorySketch,
    group_stories,
    jaccard_at_least,
    sketch_stories,
    story_shingles,
)
from claimgraph.models import (
    Block,
    BlockKind,
    Briefing,
    Claim,
    Document,
    Mention,
    Metric,
    Organization,
    Person,
    Role,
    Syndication,
    make_id,
    trusted,
)

__all__ = ["SCHEMA_VERSION", "VIEW_FIELDS", "Filters", "MentionRow", "Store"]

SCHEMA_VERSION = 2
_FORMAT = "claimgraph"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, publisher_key TEXT, day TEXT, genre TEXT NOT NULL,
    text TEXT NOT NULL, blocks TEXT NOT NULL, meta TEXT NOT NULL, n_mentions INTEGER NOT NULL,
    brief_kind TEXT, brief_key TEXT, brief_day TEXT, briefing_id TEXT
);
CREATE INDEX documents_publisher ON documents (publisher_key);
CREATE INDEX documents_brief_key ON documents (brief_kind, brief_key);
CREATE INDEX documents_briefing ON documents (briefing_id);
CREATE TABLE mentions (
    id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents (id),
    claim_id TEXT NOT NULL, metric_id TEXT NOT NULL, speaker_kind TEXT, speaker_key TEXT,
    reported_key TEXT, org_key TEXT, publisher_key TEXT, day TEXT, value REAL NOT NULL,
    kind TEXT NOT NULL, doc_name TEXT NOT NULL, start INTEGER NOT NULL, search TEXT NOT NULL,
    m_doc TEXT NOT NULL, m_number TEXT NOT NULL, m_end INTEGER NOT NULL, m_value TEXT NOT NULL,
    m_low TEXT, m_high TEXT, m_qualifier TEXT NOT NULL, m_unit TEXT, m_metric TEXT NOT NULL,
    m_subject TEXT, m_period TEXT, m_speaker TEXT, m_speaker_type TEXT, m_speaker_role TEXT,
    m_speaker_org TEXT, m_reported_by TEXT, m_date TEXT, m_sentence TEXT NOT NULL,
    m_sentence_start INTEGER NOT NULL, m_story INTEGER NOT NULL, m_confidence REAL NOT NULL,
    m_cue TEXT NOT NULL, m_cue_text TEXT, m_date_source TEXT
);
CREATE INDEX mentions_document ON mentions (document_id);
-- Covers what a claim's mention views show, so listing them reads no table rows.
CREATE INDEX mentions_claim ON mentions (
    claim_id, day, doc_name, start, id, document_id, m_number, m_sentence, m_end, speaker_kind,
    speaker_key, reported_key, publisher_key
);
CREATE INDEX mentions_speaker ON mentions (speaker_key, metric_id, day, claim_id);
CREATE INDEX mentions_reported ON mentions (reported_key, metric_id, day, claim_id);
CREATE INDEX mentions_org ON mentions (org_key, day);
CREATE INDEX mentions_metric ON mentions (metric_id, day, claim_id);
CREATE INDEX mentions_publisher ON mentions (publisher_key, day);
CREATE INDEX mentions_day ON mentions (day);
CREATE INDEX mentions_value ON mentions (value);
CREATE INDEX mentions_kind ON mentions (kind, day);
CREATE TABLE claims (
    id TEXT PRIMARY KEY, metric_id TEXT NOT NULL, value TEXT NOT NULL, low TEXT, high TEXT,
    qualifier TEXT NOT NULL, unit TEXT, kind TEXT NOT NULL, first_day TEXT
);
CREATE INDEX claims_metric ON claims (metric_id);
CREATE TABLE metrics (id TEXT PRIMARY KEY, key TEXT NOT NULL, subject_key TEXT NOT NULL);
CREATE INDEX metrics_key ON metrics (key);
CREATE INDEX metrics_subject ON metrics (subject_key);
CREATE TABLE metric_surfaces (
    metric_id TEXT NOT NULL, role TEXT NOT NULL, surface TEXT NOT NULL,
    PRIMARY KEY (metric_id, role, surface)
);
CREATE TABLE names (
    kind TEXT NOT NULL, key TEXT NOT NULL, canonical TEXT NOT NULL, entity_id TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX names_canonical ON names (kind, canonical);
CREATE INDEX names_entity ON names (entity_id);
CREATE TABLE name_surfaces (
    kind TEXT NOT NULL, key TEXT NOT NULL, surface TEXT NOT NULL,
    PRIMARY KEY (kind, key, surface)
);
CREATE TABLE publishers (key TEXT PRIMARY KEY);
CREATE TABLE stories (
    document_id TEXT NOT NULL REFERENCES documents (id), story INTEGER NOT NULL,
    fingerprint TEXT NOT NULL, signature TEXT NOT NULL, PRIMARY KEY (document_id, story)
);
CREATE TABLE roles (
    person_key TEXT NOT NULL, title TEXT NOT NULL, org_key TEXT NOT NULL,
    first_day TEXT, last_day TEXT, PRIMARY KEY (person_key, title, org_key)
);
"""

_TABLES = frozenset(
    "meta documents mentions claims metrics metric_surfaces names name_surfaces publishers "
    "roles stories".split()
)
_KINDS: tuple[rs.EntityKind, ...] = ("person", "organization")
_ID_PREFIX = {"person": "per", "organization": "org"}


@dataclass(frozen=True)
class Filters:
    """Mention filters shared by ``claims()`` and ``mentions()``; None means "any"."""

    speaker: str | None = None
    organization: str | None = None
    metric: str | None = None
    subject: str | None = None
    publisher: str | None = None
    since: date | None = None
    until: date | None = None
    min_value: Decimal | float | int | None = None
    max_value: Decimal | float | int | None = None
    kind: str | None = None
    text: str | None = None


# Mention fields stored in columns of their own; the others share the store's column.
_SHARED_FIELDS = frozenset({"id", "document_id", "start", "kind"})
_OWN_FIELDS = tuple(f for f in Mention.model_fields if f not in _SHARED_FIELDS)
# What a MentionView shows comes first, so light rows are a prefix of full rows.
VIEW_FIELDS = ("id", "document_id", "number", "sentence", "start", "end")
_MENTION_NAMES = VIEW_FIELDS + tuple(f for f in Mention.model_fields if f not in VIEW_FIELDS)
_MENTION_COLUMNS = ", ".join(f if f in _SHARED_FIELDS else f"m_{f}" for f in _MENTION_NAMES)
_VIEW_COLUMNS = ", ".join(f if f in _SHARED_FIELDS else f"m_{f}" for f in VIEW_FIELDS)
_FIELD_INDEX = {name: i for i, name in enumerate(_MENTION_NAMES)}
_MODEL_ORDER = tuple((name, _FIELD_INDEX[name]) for name in Mention.model_fields)
_BLOCK_KINDS = {kind.value: kind for kind in BlockKind}  # faster than calling the enum


def _own_values(m: Mention) -> list[Any]:
    out: list[Any] = []
    for name in _OWN_FIELDS:
        value = getattr(m, name)
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out.append(value)
    return out


def _mention(values: Sequence[Any]) -> Mention:
    """A Mention from its stored columns (in ``_MENTION_COLUMNS`` order)."""
    # In the model's field order: dumps list the fields in __dict__ order.
    data = {name: values[i] for name, i in _MODEL_ORDER}
    data["value"] = Decimal(data["value"])
    if data["low"] is not None:
        data["low"] = Decimal(data["low"])
    if data["high"] is not None:
        data["high"] = Decimal(data["high"])
    if data["date"] is not None:
        data["date"] = date.fromisoformat(data["date"])
    return trusted(Mention, data)


class MentionRow(NamedTuple):
    """A stored mention with what the store resolved about it (for views and graph edges).

    The mention model is built from the stored columns only when asked for (``mention``), so
    listing many rows stays cheap.
    """

    values: tuple[Any, ...]
    day: date | None
    speaker: str | None
    speaker_id: str | None
    reported_by: str | None
    reported_by_id: str | None
    publisher: str | None
    document_name: str
    claim_id: str

    @property
    def mention(self) -> Mention:
        """The stored mention as the model.

        Raises:
            ValueError: the row was read light (only the fields of ``VIEW_FIELDS``).
        """
        if len(self.values) != len(_MENTION_NAMES):
            raise ValueError(f"mention {self.values[0]} was read without all its fields")
        return _mention(self.values)

    @property
    def data(self) -> dict[str, Any]:
        """The stored mention as a plain dict (JSON types)."""
        return self.mention.model_dump(mode="json")

    def field(self, name: str) -> Any:
        """One stored field of the mention, as stored (decimals and dates as text)."""
        return self.values[_FIELD_INDEX[name]]


def _speaker_kind(mention: Mention) -> rs.EntityKind:
    return "organization" if mention.speaker_type == "organization" else "person"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _dec(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


class Store:
    """One SQLite file holding a claim graph; ``Store(None)`` keeps it in memory.

    Args:
        path: the database file (created when missing), or None for an in-memory store.

    Raises:
        StoreError: the file is not an SQLite database, not a claimgraph store, or has another
            schema version; or it cannot be opened.
    """

    def __init__(self, path: str | Path | None) -> None:
        self.path = None if path is None else Path(path)
        target = ":memory:" if path is None else str(path)
        if self.path is not None and self.path.is_dir():
            raise StoreError("is a directory, not a store file", path=self.path)
        try:
            self._conn = sqlite3.connect(
                target, isolation_level=None, timeout=30.0, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store: {exc}", path=self.path) from exc
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._open()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(
                f"not a claimgraph store ({exc}); choose another --db file", path=self.path
            ) from exc
        except StoreError:
            self._conn.close()
            raise
        self._cache: dict[str, Any] = {}

    # ------------------------------------------------------------------ lifecycle
    def _open(self) -> None:
        tables = {
            r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                again = self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if again == 0:
                    # executescript() would commit: run the statements inside this transaction.
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            self._conn.execute(statement)
                    self._conn.executemany(
                        "INSERT INTO meta VALUES (?, ?)",
                        [("format", _FORMAT), ("schema_version", str(SCHEMA_VERSION))],
                    )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            tables = set(_TABLES)
        if "meta" not in tables:
            raise StoreError(
                "an SQLite database but not a claimgraph store; choose another --db file",
                path=self.path,
            )
        meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != _FORMAT:
            raise StoreError(
                "an SQLite database but not a claimgraph store; choose another --db file",
                path=self.path,
            )
        version = meta.get("schema_version")
        if version != str(SCHEMA_VERSION):
            raise StoreError(
                f"store schema version {version}, this claimgraph reads version "
                f"{SCHEMA_VERSION}; ingest into a new --db file",
                path=self.path,
            )

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the store: {exc}", path=self.path) from exc
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._conn.execute("ROLLBACK")
            raise StoreError(f"cannot commit to the store: {exc}", path=self.path) from exc
        finally:
            self._cache.clear()

    # ------------------------------------------------------------------ writing
    def has_document(self, document_id: str) -> bool:
        """Whether a document with this id is stored."""
        row = self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,))
        return row.fetchone() is not None

    def add(
        self,
        document: Document,
        mentions: Sequence[Mention],
    ) -> bool:
        """Store one document and its mentions in one transaction.

        Args:
            document: the document.
            mentions: its mentions (each with ``document_id == document.id``).

        Returns:
            True when stored, False when a document with this id was already stored.

        Raises:
            GraphIntegrityError: a mention of another document, or two mentions with one id.
            StoreError: the store cannot be written.
        """
        ids = [m.id for m in mentions]
        if len(set(ids)) != len(ids):
            raise GraphIntegrityError(
                f"document {document.id} has two mentions with one id", path=document.source_path
            )
        for m in mentions:
            if m.document_id != document.id:
                raise GraphIntegrityError(
                    f"mention {m.id} belongs to document {m.document_id}, not {document.id}",
                    path=document.source_path,
                )
        try:
            with self._transaction() as conn:
                if self.has_document(document.id):
                    return False
                self._insert(conn, document, mentions)
        except sqlite3.IntegrityError as exc:
            raise GraphIntegrityError(
                f"document {document.id} clashes with stored data: {exc}",
                path=document.source_path,
            ) from exc
        return True

    def _insert(
        self,
        conn: sqlite3.Connection,
        document: Document,
        mentions: Sequence[Mention],
    ) -> None:
        new_names: dict[rs.EntityKind, set[str]] = {"person": set(), "organization": set()}

        def name(kind: rs.EntityKind, surface: str | None) -> str | None:
            if not surface or not surface.strip():
                return None
            key = rs.name_key(surface)
            if not key:
                return None
            conn.execute(
                "INSERT OR IGNORE INTO name_surfaces VALUES (?, ?, ?)", (kind, key, surface)
            )
            new_names[kind].add(key)
            return key

        publisher_key = name("organization", document.publisher)
        if publisher_key:
            conn.execute("INSERT OR IGNORE INTO publishers VALUES (?)", (publisher_key,))
        doc_day = document.published_day
        brief = rs.briefing_key(document, mentions)
        brief_key = name(brief.kind, brief.holder) if brief else None
        meta = document.model_dump_json(exclude={"text", "blocks"})
        blocks = json.dumps([b.model_dump(mode="json") for b in document.blocks])
        conn.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
            (
                document.id,
                document.name,
                publisher_key,
                doc_day.isoformat() if doc_day else None,
                document.genre,
                document.text,
                blocks,
                meta,
                len(mentions),
                brief.kind if brief else None,
                brief_key,
                brief.day.isoformat() if brief else None,
            ),
        )
        conn.executemany(
            "INSERT INTO stories VALUES (?, ?, ?, ?)",
            [
                (document.id, s.story, s.fingerprint, " ".join(map(str, s.signature)))
                for s in sketch_stories(document)
            ],
        )
        touched_claims: set[str] = set()
        for m in mentions:
            skind = _speaker_kind(m)
            speaker_key = name(skind, m.speaker)
            reported_key = name("person", m.reported_by)
            org_key = name("organization", m.speaker_org)
            skey, mkey, show_subject = rs.metric_identity(m.subject, m.metric)
            met = rs.metric_id(skey, mkey)
            clm = rs.claim_id(met, m.value, m.unit, m.qualifier, m.high)
            day = m.date or doc_day
            conn.execute("INSERT OR IGNORE INTO metrics VALUES (?, ?, ?)", (met, mkey, skey))
            conn.execute(
                "INSERT OR IGNORE INTO metric_surfaces VALUES (?, 'metric', ?)", (met, m.metric)
            )
            if m.subject and show_subject:
                conn.execute(
                    "INSERT OR IGNORE INTO metric_surfaces VALUES (?, 'subject', ?)",
                    (met, m.subject),
                )
            conn.execute(
                "INSERT OR IGNORE INTO claims VALUES (?,?,?,?,?,?,?,?,NULL)",
                (
                    clm,
                    met,
                    rs.value_text(m.value),
                    rs.value_text(m.low) if m.low is not None else None,
                    rs.value_text(m.high) if m.high is not None else None,
                    m.qualifier,
                    m.unit,
                    m.kind,
                ),
            )
            touched_claims.add(clm)
            search = " ".join((m.number, m.metric, m.subject or "", m.sentence)).lower()
            conn.execute(
                f"INSERT INTO mentions VALUES ({','.join('?' * (15 + len(_OWN_FIELDS)))})",
                (
                    m.id,
                    document.id,
                    clm,
                    met,
                    skind if speaker_key else None,
                    speaker_key,
                    reported_key,
                    org_key,
                    publisher_key,
                    day.isoformat() if day else None,
                    float(m.value),
                    m.kind,
                    document.name,
                    m.start,
                    search,
                    *_own_values(m),
                ),
            )
            if m.speaker_role and speaker_key and skind == "person":
                iso = day.isoformat() if day else None
                conn.execute(
                    "INSERT INTO roles VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (person_key, title, org_key) DO UPDATE SET "
                    "first_day = CASE WHEN first_day IS NULL OR excluded.first_day < first_day "
                    "THEN coalesce(excluded.first_day, first_day) ELSE first_day END, "
                    "last_day = CASE WHEN last_day IS NULL OR excluded.last_day > last_day "
                    "THEN coalesce(excluded.last_day, last_day) ELSE last_day END",
                    (speaker_key, rs.role_title(m.speaker_role), org_key or "", iso, iso),
                )
        for clm in touched_claims:
            # The kind most mentions give (ties: alphabetical), order-independent.
            kinds = conn.execute(
                "SELECT kind, count(*) FROM mentions WHERE claim_id = ? GROUP BY kind", (clm,)
            ).fetchall()
            best = min(kinds, key=lambda r: (-r[1], r[0]))[0]
            conn.execute(
                "UPDATE claims SET kind = ?, first_day = "
                "(SELECT min(day) FROM mentions WHERE claim_id = ?) WHERE id = ?",
                (best, clm, clm),
            )
        for kind in _KINDS:
            self._reresolve(conn, kind, new_names[kind])
        if brief is not None and brief_key is not None:
            canon = self._canonical(conn, brief.kind, brief_key)
            conn.execute(
                "UPDATE documents SET briefing_id = ? WHERE id = ?",
                (make_id("brf", canon, brief.day.isoformat()), document.id),
            )

    def _canonical(self, conn: sqlite3.Connection, kind: str, key: str) -> str:
        row = conn.execute(
            "SELECT canonical FROM names WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        return str(row[0]) if row else key

    def _reresolve(self, conn: sqlite3.Connection, kind: rs.EntityKind, keys: set[str]) -> None:
        """Re-run alias resolution when a new name arrives; update what it changes."""
        known = dict(
            conn.execute("SELECT key, canonical FROM names WHERE kind = ?", (kind,)).fetchall()
        )
        if keys <= known.keys():
            return
        every = set(known) | keys
        mapping = rs.resolve_aliases(kind, every)
        changed = [k for k in sorted(every) if known.get(k) != mapping[k]]
        conn.executemany(
            "INSERT OR REPLACE INTO names VALUES (?, ?, ?, ?)",
            [(kind, k, mapping[k], make_id(_ID_PREFIX[kind], mapping[k])) for k in changed],
        )
        moved = [k for k in changed if k in known]
        for key in moved:
            for doc_id, day in conn.execute(
                "SELECT id, brief_day FROM documents WHERE brief_kind = ? AND brief_key = ?",
                (kind, key),
            ).fetchall():
                conn.execute(
                    "UPDATE documents SET briefing_id = ? WHERE id = ?",
                    (make_id("brf", mapping[key], day), doc_id),
                )

    # ------------------------------------------------------------------ names
    def _names(self, kind: str) -> dict[str, tuple[str, tuple[str, ...]]]:
        """canonical key -> (display name, aliases), cached until the next write."""
        cache_key = f"names:{kind}"
        if cache_key not in self._cache:
            mapping = dict(
                self._conn.execute(
                    "SELECT key, canonical FROM names WHERE kind = ?", (kind,)
                ).fetchall()
            )
            surfaces: dict[str, list[str]] = defaultdict(list)
            for key, surface in self._conn.execute(
                "SELECT key, surface FROM name_surfaces WHERE kind = ?", (kind,)
            ):
                surfaces[key].append(surface)
            self._cache[cache_key] = rs.canonical_names(surfaces, mapping)
            self._cache[f"map:{kind}"] = mapping
        result: dict[str, tuple[str, tuple[str, ...]]] = self._cache[cache_key]
        return result

    def _mapping(self, kind: str) -> dict[str, str]:
        self._names(kind)
        result: dict[str, str] = self._cache[f"map:{kind}"]
        return result

    def display(self, kind: str, key: str | None) -> tuple[str, str] | None:
        """(entity id, display name) of a stored name key, or None."""
        if not key:
            return None
        cache: dict[tuple[str, str], tuple[str, str] | None] = self._cache.setdefault("display", {})
        if (kind, key) not in cache:
            canon = self._mapping(kind).get(key, key)
            names = self._names(kind)
            cache[kind, key] = (
                (make_id(_ID_PREFIX[kind], canon), names[canon][0]) if canon in names else None
            )
        return cache[kind, key]

    def _member_keys(self, kinds: Sequence[rs.EntityKind], query: str) -> list[str]:
        """Every stored name key of the entities a name (or alias) query names."""
        key = rs.name_key(query)
        members: set[str] = set()
        for kind in kinds:
            mapping = self._mapping(kind)
            canon = mapping.get(key)
            if canon is None:
                # An alias never seen in the text ("Mao") still finds its one full name.
                canon = rs.resolve_aliases(kind, [*mapping, key])[key]
                if canon == key:
                    continue
            members.update(k for k, c in mapping.items() if c == canon)
        return sorted(members)

    # ------------------------------------------------------------------ entities
    def persons(self) -> list[Person]:
        """Every person, sorted by id."""
        names = self._names("person")
        orgs = self._mapping("organization")
        org_names = self._names("organization")
        mapping = self._mapping("person")
        roles: dict[str, dict[tuple[str, str], list[str | None]]] = defaultdict(dict)
        for person_key, title, org_key, first, last in self._conn.execute(
            "SELECT person_key, title, org_key, first_day, last_day FROM roles"
        ):
            canon = mapping.get(person_key, person_key)
            org = org_names[orgs.get(org_key, org_key)][0] if org_key else ""
            slot = roles[canon].setdefault((title, org), [None, None])
            if first and (slot[0] is None or first < slot[0]):
                slot[0] = first
            if last and (slot[1] is None or last > slot[1]):
                slot[1] = last
        people = []
        for canon, (display, aliases) in names.items():
            person_roles = sorted(
                (
                    Role(
                        title=title,
                        organization=org or None,
                        first_seen=_day(first),
                        last_seen=_day(last),
                    )
                    for (title, org), (first, last) in roles.get(canon, {}).items()
                ),
                key=lambda r: (r.first_seen or date.min, r.title, r.organization or ""),
            )
            people.append(
                Person(
                    id=make_id("per", canon),
                    name=display,
                    aliases=aliases,
                    roles=tuple(person_roles),
                )
            )
        return sorted(people, key=lambda p: p.id)

    def organizations(self) -> list[Organization]:
        """Every organisation (publishers, ministries, outlets), sorted by id."""
        mapping = self._mapping("organization")
        publishers = {
            mapping.get(r[0], r[0]) for r in self._conn.execute("SELECT key FROM publishers")
        }
        return sorted(
            (
                Organization(
                    id=make_id("org", canon),
                    name=display,
                    aliases=aliases,
                    is_publisher=canon in publishers,
                )
                for canon, (display, aliases) in self._names("organization").items()
            ),
            key=lambda o: o.id,
        )

    def metrics(self, ids: Sequence[str] | None = None) -> list[Metric]:
        """Metrics (all, or those with the given ids), sorted by id; cached until a write."""
        cache: dict[str, Metric] = self._cache.setdefault("metrics", {})
        if ids is None:
            if not self._cache.get("metrics_all"):
                cache.update((m.id, m) for m in self._load_metrics(None))
                self._cache["metrics_all"] = True
            return sorted(cache.values(), key=lambda m: m.id)
        missing = sorted({i for i in ids if i not in cache})
        if missing:
            cache.update((m.id, m) for m in self._load_metrics(missing))
        return sorted((cache[i] for i in set(ids) if i in cache), key=lambda m: m.id)

    def _load_metrics(self, ids: Sequence[str] | None) -> list[Metric]:
        surfaces: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        rows: list[Any]
        if ids is None:
            rows = self._conn.execute("SELECT id, key FROM metrics").fetchall()
            for met, role, surface in self._conn.execute("SELECT * FROM metric_surfaces"):
                surfaces[met][role].append(surface)
        else:
            rows = list(self._chunked("SELECT id, key FROM metrics WHERE id IN ({})", ids))
            for met, role, surface in self._chunked(
                "SELECT metric_id, role, surface FROM metric_surfaces WHERE metric_id IN ({})",
                ids,
            ):
                surfaces[met][role].append(surface)
        out = []
        for met, key in rows:
            phrases = surfaces[met]["metric"]
            subjects = surfaces[met]["subject"]
            out.append(
                Metric(
                    id=met,
                    key=key,
                    label=rs.pick_surface(phrases),
                    subject=rs.pick_surface(subjects) if subjects else None,
                    aliases=tuple(sorted(set(phrases))),
                )
            )
        return out

    def _chunked(self, sql: str, ids: Sequence[str]) -> Iterator[Sequence[Any]]:
        """Rows of ``sql`` (with one ``{}`` for an IN list) for ids, 500 at a time."""
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            yield from self._conn.execute(sql.format(",".join("?" * len(chunk))), chunk)

    def claims_by_id(self, ids: Sequence[str] | None = None) -> list[Claim]:
        """Claims (all, or those with the given ids), sorted by id."""
        return [c for c, _ in self.claims_with_first_day(ids)]

    def claims_with_first_day(
        self, ids: Sequence[str] | None = None, *, mention_ids: bool = True
    ) -> list[tuple[Claim, date | None]]:
        """Claims (all, or those with the given ids) with the first day each was stated,
        sorted by claim id.

        Args:
            ids: the claims wanted (None: every claim).
            mention_ids: False leaves ``mention_ids`` empty (for callers that read the
                mentions anyway).
        """
        by_claim: dict[str, list[str]] = defaultdict(list)
        columns = "id, metric_id, value, low, high, qualifier, unit, kind, first_day"
        rows: list[Any]
        if ids is None:
            rows = self._conn.execute(f"SELECT {columns} FROM claims ORDER BY id").fetchall()
            if mention_ids:
                for clm, mid in self._conn.execute("SELECT claim_id, id FROM mentions"):
                    by_claim[clm].append(mid)
        else:
            wanted = sorted(set(ids))
            rows = list(self._chunked(f"SELECT {columns} FROM claims WHERE id IN ({{}})", wanted))
            rows.sort()
            if mention_ids:
                for clm, mid in self._chunked(
                    "SELECT claim_id, id FROM mentions WHERE claim_id IN ({})", wanted
                ):
                    by_claim[clm].append(mid)
        metrics = {m.id: m for m in self.metrics(sorted({r[1] for r in rows}))}
        out = []
        for clm, met, value, low, high, qualifier, unit, kind, first in rows:
            metric = metrics[met]
            claim = trusted(
                Claim,
                {
                    "id": clm,
                    "metric_id": met,
                    "metric": metric.label,
                    "subject": metric.subject,
                    "value": Decimal(value),
                    "low": _dec(low),
                    "high": _dec(high),
                    "qualifier": qualifier,
                    "unit": unit,
                    "kind": kind,
                    "mention_ids": tuple(sorted(by_claim[clm])),
                },
            )
            out.append((claim, _day(first)))
        return out

    def briefings(self) -> list[Briefing]:
        """Every briefing with the documents reporting it, sorted by id."""
        groups: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        for row in self._conn.execute(
            "SELECT briefing_id, id, brief_kind, brief_key, brief_day FROM documents "
            "WHERE briefing_id IS NOT NULL"
        ):
            groups[row[0]].append(row[1:])
        out = []
        for brf, docs in groups.items():
            _, kind, key, day = docs[0]
            shown = self.display(kind, key)
            out.append(
                Briefing(
                    id=brf,
                    day=date.fromisoformat(day),
                    held_by=shown[1] if shown else key,
                    document_ids=tuple(sorted(d[0] for d in docs)),
                )
            )
        return sorted(out, key=lambda b: b.id)

    def syndications(self) -> list[Syndication]:
        """Documents sharing a story (syndicated copies, reprints on any day), sorted by id.

        Uses the story sketches stored with each document (:mod:`claimgraph.ingest.dedup`):
        only the documents of candidate pairs are read back, to compare their stories exactly;
        cached until the next write.
        """
        if "syndications" not in self._cache:
            sketches = [
                StorySketch(doc_id, story, fingerprint, tuple(map(int, sig.split())))
                for doc_id, story, fingerprint, sig in self._conn.execute(
                    "SELECT document_id, story, fingerprint, signature FROM stories "
                    "ORDER BY document_id, story"
                )
            ]
            sets: dict[str, dict[int, frozenset[str]]] = {}

            def shingles_of(s: StorySketch) -> frozenset[str]:
                if s.document_id not in sets:
                    sets[s.document_id] = story_shingles(self._document_by_id(s.document_id))
                return sets[s.document_id].get(s.story, frozenset())

            def similar(a: StorySketch, b: StorySketch) -> bool:
                return jaccard_at_least(shingles_of(a), shingles_of(b), JACCARD_THRESHOLD)

            self._cache["syndications"] = group_stories(sketches, similar)
        result: list[Syndication] = self._cache["syndications"]
        return result

    def _document_by_id(self, document_id: str) -> Document:
        row = self._conn.execute(
            "SELECT text, blocks, meta FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return self._document(row)

    # ------------------------------------------------------------------ documents, mentions
    def _document(self, row: Sequence[Any]) -> Document:
        """A stored document, rebuilt without validation (the store wrote what it reads)."""
        text, blocks, meta = row
        data = json.loads(meta)
        data["text"] = text
        data["blocks"] = tuple(
            trusted(Block, {**b, "kind": _BLOCK_KINDS[b["kind"]]}) for b in json.loads(blocks)
        )
        published = data["published"]
        if published is not None:
            data["published"] = (
                datetime.fromisoformat(published) if len(published) > 10 else _day(published)
            )
        return trusted(Document, {name: data[name] for name in Document.model_fields})

    def mention_edges(self) -> Iterator[tuple[str, str, str | None, str | None, date | None]]:
        """(mention id, document id, speaker id, relaying person id, day) of every mention."""
        display = self.display
        for mid, doc_id, skind, skey, rkey, day in self._conn.execute(
            "SELECT id, document_id, speaker_kind, speaker_key, reported_key, day FROM mentions"
        ):
            speaker = display(skind, skey) if skey else None
            reported = display("person", rkey) if rkey else None
            yield (
                mid,
                doc_id,
                speaker[0] if speaker else None,
                reported[0] if reported else None,
                _day(day),
            )

    def documents(self) -> list[Document]:
        """Every stored document, sorted by id."""
        return [
            self._document(r)
            for r in self._conn.execute("SELECT text, blocks, meta FROM documents ORDER BY id")
        ]

    def document_rows(self) -> list[dict[str, Any]]:
        """A light listing of the documents (no text), sorted by name then id."""
        rows = self._conn.execute(
            "SELECT id, name, meta, n_mentions, briefing_id FROM documents ORDER BY name, id"
        ).fetchall()
        out = []
        for doc_id, name, meta, n, brf in rows:
            data = json.loads(meta)
            out.append(
                {
                    "id": doc_id,
                    "name": name,
                    "publisher": data.get("publisher"),
                    "published": data.get("published"),
                    "genre": data.get("genre"),
                    "title": data.get("title"),
                    "source_path": data.get("source_path"),
                    "mentions": n,
                    "briefing_id": brf,
                }
            )
        return out

    def _where(self, f: Filters) -> tuple[str, list[Any]] | None:
        """SQL conditions on ``mentions`` for the filters; None when nothing can match."""
        conds: list[str] = []
        params: list[Any] = []

        def in_list(column: str, values: Sequence[str]) -> str:
            params.extend(values)
            return f"{column} IN ({','.join('?' * len(values))})"

        if f.speaker is not None:
            keys = self._member_keys(_KINDS, f.speaker)
            if not keys:
                return None
            conds.append(f"({in_list('speaker_key', keys)} OR {in_list('reported_key', keys)})")
        if f.organization is not None:
            keys = self._member_keys(("organization",), f.organization)
            if not keys:
                return None
            left = in_list("org_key", keys)
            conds.append(
                f"({left} OR (speaker_kind = 'organization' AND {in_list('speaker_key', keys)}))"
            )
        if f.publisher is not None:
            keys = self._member_keys(("organization",), f.publisher)
            if not keys:
                return None
            conds.append(in_list("publisher_key", keys))
        if f.metric is not None or f.subject is not None:
            mconds, mparams = [], []
            if f.metric is not None:
                mconds.append("instr(key, ?) > 0")
                mparams.append(rs.metric_key(f.metric))
            if f.subject is not None:
                mconds.append("instr(subject_key, ?) > 0")
                mparams.append(rs.subject_key(f.subject))
            mets = [
                r[0]
                for r in self._conn.execute(
                    f"SELECT id FROM metrics WHERE {' AND '.join(mconds)}", mparams
                )
            ]
            if not mets:
                return None
            conds.append(in_list("metric_id", mets))
        if f.since is not None:
            conds.append("day >= ?")
            params.append(f.since.isoformat())
        if f.until is not None:
            conds.append("day <= ?")
            params.append(f.until.isoformat())
        if f.min_value is not None:
            conds.append("value >= ?")
            params.append(float(f.min_value))
        if f.max_value is not None:
            conds.append("value <= ?")
            params.append(float(f.max_value))
        if f.kind is not None:
            conds.append("kind = ?")
            params.append(f.kind)
        if f.text is not None:
            conds.append("instr(search, ?) > 0")
            params.append(" ".join(f.text.lower().split()))
        return (" AND ".join(conds) or "1"), params

    def _rows(self, sql: str, params: Sequence[Any]) -> list[MentionRow]:
        out = []
        display = self.display
        for row in self._conn.execute(sql, params):
            n = len(row) - 7
            day, skind, skey, rkey, pkey, doc_name, clm = row[n:]
            speaker = display(skind, skey) if skey else None
            reported = display("person", rkey) if rkey else None
            publisher = display("organization", pkey) if pkey else None
            out.append(
                MentionRow(
                    row[:n],
                    _day(day),
                    speaker[1] if speaker else None,
                    speaker[0] if speaker else None,
                    reported[1] if reported else None,
                    reported[0] if reported else None,
                    publisher[1] if publisher else None,
                    doc_name,
                    clm,
                )
            )
        return out

    _ROW_SQL = (
        f"SELECT {_MENTION_COLUMNS}, day, speaker_kind, speaker_key, reported_key, "
        "publisher_key, doc_name, claim_id FROM mentions"
    )
    _LIGHT_SQL = (
        f"SELECT {_VIEW_COLUMNS}, day, speaker_kind, speaker_key, reported_key, "
        "publisher_key, doc_name, claim_id FROM mentions"
    )
    _ORDER = " ORDER BY day IS NULL, day, doc_name, start, id"

    def mention_rows(self, filters: Filters, *, limit: int | None = None) -> list[MentionRow]:
        """The mentions matching the filters, by day, document name and offset."""
        where = self._where(filters)
        if where is None:
            return []
        sql = f"{self._ROW_SQL} WHERE {where[0]}{self._ORDER}"
        params = list(where[1])
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._rows(sql, params)

    def matching_claim_ids(self, filters: Filters) -> list[str]:
        """Ids of the claims with at least one mention matching the filters, sorted."""
        where = self._where(filters)
        if where is None:
            return []
        sql = f"SELECT DISTINCT claim_id FROM mentions WHERE {where[0]}"
        return sorted(r[0] for r in self._conn.execute(sql, where[1]))

    def claim_mention_rows(
        self, claim_ids: Sequence[str], *, light: bool = False
    ) -> dict[str, list[MentionRow]]:
        """Every mention of each claim, by day, document name and offset.

        Args:
            claim_ids: the claims.
            light: read only the fields of ``VIEW_FIELDS`` (enough for a view, not for
                ``MentionRow.mention``).
        """
        out: dict[str, list[MentionRow]] = {clm: [] for clm in claim_ids}
        ids = sorted(out)
        select = self._LIGHT_SQL if light else self._ROW_SQL
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            sql = f"{select} WHERE claim_id IN ({','.join('?' * len(chunk))}){self._ORDER}"
            for row in self._rows(sql, chunk):
                out[row.claim_id].append(row)
        return out

    def first_days(self, claim_ids: Sequence[str]) -> dict[str, date | None]:
        """The first day each claim was stated (None when no mention has a day)."""
        rows = self._chunked(
            "SELECT id, first_day FROM claims WHERE id IN ({})", sorted(set(claim_ids))
        )
        return {clm: _day(day) for clm, day in rows}

    def all_mention_rows(self) -> list[MentionRow]:
        """Every mention with what the store resolved about it, sorted by mention id."""
        return self._rows(f"{self._ROW_SQL} ORDER BY id", ())

    def mentions(self) -> list[Mention]:
        """Every stored mention, sorted by id."""
        sql = f"SELECT {_MENTION_COLUMNS} FROM mentions ORDER BY id"
        return [_mention(r) for r in self._conn.execute(sql)]

    # ------------------------------------------------------------------ lookups and counts
    def get(self, node_id: str) -> Any:
        """Any stored node by id (document, mention, claim, metric, person, organisation,
        briefing, syndication).

        Raises:
            ClaimNotFound: no node has this id.
        """
        prefix = node_id.split("_", 1)[0]
        found: Any = None
        if prefix == "doc":
            row = self._conn.execute(
                "SELECT text, blocks, meta FROM documents WHERE id = ?", (node_id,)
            ).fetchone()
            found = self._document(row) if row else None
        elif prefix == "men":
            sql = f"SELECT {_MENTION_COLUMNS} FROM mentions WHERE id = ?"
            first = self._conn.execute(sql, (node_id,)).fetchone()
            found = _mention(first) if first else None
        elif prefix == "clm":
            found = next(iter(self.claims_by_id([node_id])), None)
        elif prefix == "met":
            found = next(iter(self.metrics([node_id])), None)
        elif prefix == "per":
            found = next((p for p in self.persons() if p.id == node_id), None)
        elif prefix == "org":
            found = next((o for o in self.organizations() if o.id == node_id), None)
        elif prefix == "brf":
            found = next((b for b in self.briefings() if b.id == node_id), None)
        elif prefix == "syn":
            found = next((s for s in self.syndications() if s.id == node_id), None)
        if found is None:
            raise ClaimNotFound(node_id)
        return found

    def days(self) -> list[date]:
        """Every day something was stated, published or held, sorted."""
        rows = self._conn.execute(
            "SELECT day FROM mentions WHERE day IS NOT NULL UNION "
            "SELECT day FROM documents WHERE day IS NOT NULL UNION "
            "SELECT brief_day FROM documents WHERE briefing_id IS NOT NULL"
        )
        return sorted(date.fromisoformat(r[0]) for r in rows)

    def stats(self) -> dict[str, int]:
        """Counts of every node type."""

        def one(sql: str) -> int:
            return int(self._conn.execute(sql).fetchone()[0])

        return {
            "Document": one("SELECT count(*) FROM documents"),
            "Mention": one("SELECT count(*) FROM mentions"),
            "Claim": one("SELECT count(*) FROM claims"),
            "Metric": one("SELECT count(*) FROM metrics"),
            "Person": len(self._names("person")),
            "Organization": len(self._names("organization")),
            "Briefing": one("SELECT count(DISTINCT briefing_id) FROM documents"),
            "Syndication": len(self.syndications()),
            "Day": len(self.days()),
        }

    def speaker_counts(self) -> dict[tuple[str, str], tuple[int, int, str | None, str | None]]:
        """Per stored (kind, name key): mentions, claims, first and last day stated."""
        out: dict[tuple[str, str], tuple[int, int, str | None, str | None]] = {}
        for kind, key, n, claims, first, last in self._conn.execute(
            "SELECT speaker_kind, speaker_key, count(*), count(DISTINCT claim_id), min(day), "
            "max(day) FROM mentions WHERE speaker_key IS NOT NULL "
            "GROUP BY speaker_kind, speaker_key"
        ):
            out[kind, key] = (n, claims, first, last)
        return out

    def claim_sets(self) -> dict[tuple[str, str], set[str]]:
        """Claim ids per stored (kind, name key) of speaker."""
        out: dict[tuple[str, str], set[str]] = defaultdict(set)
        for kind, key, clm in self._conn.execute(
            "SELECT DISTINCT speaker_kind, speaker_key, claim_id FROM mentions "
            "WHERE speaker_key IS NOT NULL"
        ):
            out[kind, key].add(clm)
        return out

    def explain(self, filters: Filters) -> list[str]:
        """SQLite's query plan for the filters (to check queries use indexes)."""
        where = self._where(filters)
        if where is None:
            return []
        sql = f"EXPLAIN QUERY PLAN {self._ROW_SQL} WHERE {where[0]}{self._ORDER}"
        return [str(r[3]) for r in self._conn.execute(sql, where[1])]
