"""GraphSnapshot -> RDF statements, grouped by subject, in a fixed order.

This module decides *what* is said (the modelling of DESIGN.md, "RDF"); :mod:`claimgraph.rdf.turtle`
decides how it is written. Statements are plain tuples, not rdflib terms, so the writers can
stream a million triples without building a graph:

- a subject block is ``(graph, subject IRI, [(predicate IRI, object), ...])``;
- an object is an IRI (``str``) or a literal ``(lexical form, datatype IRI)``, where the
  datatype is ``""`` for a plain ``xsd:string``.

Blocks come out in sections (documents and their blocks, agents, metrics, claims, mentions,
briefings, syndications, findings, provenance), each sorted by model id, so the same snapshot
always gives the same statements in the same order, whatever the order of its tuples.

>>> from claimgraph.models import GraphSnapshot
>>> [b[1] for b in iter_blocks(GraphSnapshot())]
['https://claimgraph.example/id/claimgraph-0.1.0']
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from urllib.parse import quote

from claimgraph import __version__
from claimgraph.errors import RDFError
from claimgraph.models import (
    Block,
    Claim,
    Document,
    Finding,
    GraphSnapshot,
    Mention,
    Organization,
    Person,
    make_id,
    normalise_key,
)
from claimgraph.rdf.vocab import (
    CG,
    FINDING_KINDS,
    KINDS,
    NIF,
    NP,
    PROV,
    QUALIFIERS,
    QUDT,
    RDF,
    RDFS,
    SDO,
    XSD,
    unit_iri,
)

__all__ = [
    "DEFAULT_BASE",
    "Obj",
    "SubjectBlock",
    "check_base",
    "iter_blocks",
    "node_iri",
]

DEFAULT_BASE = "https://claimgraph.example/id/"
"""Where node IRIs live unless ``--base`` says otherwise."""

Obj = str | tuple[str, str]
"""An object: an IRI, or a literal (lexical form, datatype IRI or "" for xsd:string)."""

SubjectBlock = tuple[str | None, str, list[tuple[str, Obj]]]
"""(named graph IRI or None for the default graph, subject IRI, predicate-object pairs)."""

_LOCAL_OK = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*[A-Za-z0-9_\-]|[A-Za-z0-9_]")
_BASE_OK = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|^`\\]*[/#]")

# Predicates and classes as plain strings: str(URIRef) once here, not per triple.
_T = str(RDF.type)
_ID = str(SDO.identifier)
_NAME = str(SDO.name)
_LABEL = str(RDFS.label)
_STR = ""
_INT = str(XSD.integer)
_NNI = str(XSD.nonNegativeInteger)
_DEC = str(XSD.decimal)
_BOOL = str(XSD.boolean)
_DATE = str(XSD.date)
_DATETIME = str(XSD.dateTime)
_URI = str(XSD.anyURI)
_TRUE: Obj = ("true", _BOOL)
_FALSE: Obj = ("false", _BOOL)


def check_base(base: str) -> str:
    """Return ``base`` if it can prefix node IRIs: absolute, no spaces, ending in / or #.

    Raises:
        ValueError: when it cannot.

    >>> check_base("http://example.org/claims/")
    'http://example.org/claims/'
    """
    if not _BASE_OK.fullmatch(base):
        raise ValueError(
            f"base IRI {base!r} must be an absolute IRI without spaces ending in '/' or '#'"
        )
    return base


def node_iri(base: str, local: str) -> str:
    """The IRI of a node: the base plus the model id, percent-encoded if it needs to be."""
    if _LOCAL_OK.fullmatch(local):
        return base + local
    return base + quote(local, safe="")


def _s(text: str) -> Obj:
    return (text, _STR)


def _i(number: int) -> Obj:
    return (str(number), _INT)


def _nni(number: int) -> Obj:
    return (str(number), _NNI)


def _d(value: Decimal) -> Obj:
    # xsd:decimal never takes an exponent; 'f' keeps every digit (78.6 stays "78.6").
    if not value.is_finite():
        raise RDFError(f"{value} is not a finite decimal and has no xsd:decimal form")
    text = format(value, "f")
    return (text if text != "-0" else "0", _DEC)


def _f(value: float) -> Obj:
    # A float confidence as the shortest decimal that reads back as the same float.
    return _d(Decimal(repr(value)))


def _day(value: date) -> Obj:
    return (value.isoformat(), _DATE)


def _when(value: datetime | date) -> Obj:
    if isinstance(value, datetime):
        return (value.isoformat(), _DATETIME)
    return _day(value)


class _Agents:
    """Maps speaker, publisher and organiser names to Person / Organization IRIs.

    A name the snapshot has no node for gets one (id as the resolver mints it: a hash of the
    name key), so every link points at a typed, named node.
    """

    def __init__(self, snapshot: GraphSnapshot, base: str) -> None:
        self.base = base
        self.persons: dict[str, Person] = {}
        self.orgs: dict[str, Organization] = {}
        self.by_key: dict[tuple[str, str], str] = {}
        for p in snapshot.persons:
            self.persons[p.id] = p
        for o in snapshot.organizations:
            self.orgs[o.id] = o
        # Aliases first so that canonical names win on a clash.
        named: list[tuple[str, list[Person] | list[Organization]]] = [
            ("person", sorted(self.persons.values(), key=lambda n: n.id)),
            ("organization", sorted(self.orgs.values(), key=lambda n: n.id)),
        ]
        for kind, nodes in named:
            for node in nodes:
                for alias in node.aliases:
                    self.by_key.setdefault((kind, normalise_key(alias)), node.id)
            for node in nodes:
                self.by_key[(kind, normalise_key(node.name))] = node.id

    def iri(self, name: str, kind: str | None, *, publisher: bool = False) -> str:
        """The IRI of the agent called ``name``; ``kind`` is 'person', 'organization' or None."""
        key = normalise_key(name)
        order = (kind,) if kind else ("person", "organization")
        for k in order:
            found = self.by_key.get((k, key))
            if found:
                return node_iri(self.base, found)
        if kind is None:
            found = self.by_key.get(("organization", key)) or self.by_key.get(("person", key))
            if found:
                return node_iri(self.base, found)
        if kind == "organization" or publisher:
            org = Organization(id=make_id("org", key), name=name, is_publisher=publisher)
            self.orgs.setdefault(org.id, org)
            self.by_key[("organization", key)] = org.id
            return node_iri(self.base, org.id)
        person = Person(id=make_id("per", key), name=name)
        self.persons.setdefault(person.id, person)
        self.by_key[("person", key)] = person.id
        return node_iri(self.base, person.id)


def _quantity_pairs(
    value: Decimal,
    low: Decimal | None,
    high: Decimal | None,
    qualifier: str,
    unit: str | None,
    surface: str | None,
) -> list[tuple[str, Obj]]:
    pairs: list[tuple[str, Obj]] = [
        (_T, str(SDO.QuantitativeValue)),
        (_T, str(QUDT.QuantityValue)),
        (str(SDO.value), _d(value)),
    ]
    if low is not None:
        pairs.append((str(SDO.minValue), _d(low)))
    if high is not None:
        pairs.append((str(SDO.maxValue), _d(high)))
    pairs.append((str(CG.qualifier), str(QUALIFIERS[qualifier])))  # type: ignore[index]
    if unit is not None:
        iri = unit_iri(unit)
        if iri is not None:
            pairs.append((str(QUDT.unit), str(iri)))
        pairs.append((str(SDO.unitText), _s(unit)))
    if surface is not None:
        pairs.append((str(CG.surfaceText), _s(surface)))
    return pairs


def _document_blocks(doc: Document, base: str, graph: str | None) -> Iterator[SubjectBlock]:
    iri = node_iri(base, doc.id)
    pairs: list[tuple[str, Obj]] = [(_T, str(SDO.CreativeWork))]
    if doc.genre == "article":
        pairs.append((_T, str(SDO.NewsArticle)))
    pairs += [
        (_T, str(NIF.Context)),
        (_ID, _s(doc.id)),
        (str(CG.fileName), _s(doc.name)),
    ]
    if doc.source_path is not None:
        pairs.append((str(CG.sourcePath), _s(doc.source_path)))
    if doc.title is not None:
        pairs.append((str(SDO.headline), _s(doc.title)))
    if doc.url is not None:
        pairs.append((str(SDO.url), (doc.url, _URI)))
    if doc.published is not None:
        pairs.append((str(SDO.datePublished), _when(doc.published)))
    pairs += [
        (str(CG.publishedSource), _s(doc.published_source)),
        (str(CG.genre), _s(doc.genre)),
        (str(SDO.inLanguage), _s(doc.language)),
        (str(NIF.beginIndex), _nni(0)),
        (str(NIF.endIndex), _nni(len(doc.text))),
        (str(NIF.isString), _s(doc.text)),
    ]
    yield graph, iri, pairs
    for block in sorted(doc.blocks, key=lambda b: b.index):
        yield graph, _block_iri(base, doc.id, block.index), _block_pairs(block, base, doc.id, iri)


def _block_iri(base: str, doc_id: str, index: int) -> str:
    return node_iri(base, f"{doc_id}-b{index}")


def _block_pairs(block: Block, base: str, doc_id: str, doc_iri: str) -> list[tuple[str, Obj]]:
    pairs: list[tuple[str, Obj]] = [
        (_T, str(CG.Block)),
        (str(NIF.referenceContext), doc_iri),
        (str(CG.blockIndex), _nni(block.index)),
        (str(CG.blockKind), _s(block.kind.value)),
        (str(NIF.beginIndex), _nni(block.start)),
        (str(NIF.endIndex), _nni(block.end)),
    ]
    if block.parent is not None:
        pairs.append((str(CG.parentBlock), _block_iri(base, doc_id, block.parent)))
    if block.speaker_label is not None:
        pairs.append((str(CG.speakerLabel), _s(block.speaker_label)))
    if block.turn_role is not None:
        pairs.append((str(CG.turnRole), _s(block.turn_role)))
    if block.skip_reason is not None:
        pairs.append((str(CG.skipReason), _s(block.skip_reason)))
    if block.fingerprint is not None:
        pairs.append((str(CG.fingerprint), _s(block.fingerprint)))
    return pairs


def _agent_blocks(agents: _Agents) -> Iterator[SubjectBlock]:
    base = agents.base
    for person in sorted(agents.persons.values(), key=lambda p: p.id):
        iri = node_iri(base, person.id)
        pairs: list[tuple[str, Obj]] = [
            (_T, str(SDO.Person)),
            (_ID, _s(person.id)),
            (_NAME, _s(person.name)),
        ]
        pairs += [(str(SDO.alternateName), _s(a)) for a in sorted(set(person.aliases))]
        roles = sorted(
            person.roles,
            key=lambda r: (r.first_seen or date.min, r.title, r.organization or "", str(r)),
        )
        role_iris = [node_iri(base, f"{person.id}-role{n}") for n in range(len(roles))]
        pairs += [(str(CG.role), r) for r in role_iris]
        yield None, iri, pairs
        for role, role_iri in zip(roles, role_iris, strict=True):
            rp: list[tuple[str, Obj]] = [(_T, str(SDO.Role)), (str(SDO.roleName), _s(role.title))]
            if role.organization is not None:
                rp.append((str(CG.roleOrganization), _s(role.organization)))
            if role.first_seen is not None:
                rp.append((str(SDO.startDate), _day(role.first_seen)))
            if role.last_seen is not None:
                rp.append((str(SDO.endDate), _day(role.last_seen)))
            yield None, role_iri, rp
    for org in sorted(agents.orgs.values(), key=lambda o: o.id):
        pairs = [(_T, str(SDO.Organization)), (_ID, _s(org.id)), (_NAME, _s(org.name))]
        pairs += [(str(SDO.alternateName), _s(a)) for a in sorted(set(org.aliases))]
        pairs.append((str(CG.isPublisher), _TRUE if org.is_publisher else _FALSE))
        yield None, node_iri(base, org.id), pairs


def _claim_label(claim: Claim) -> str:
    unit = f" {claim.unit}" if claim.unit else ""
    about = f"{claim.subject}: " if claim.subject else ""
    qual = "" if claim.qualifier == "exact" else f"{claim.qualifier.replace('_', ' ')} "
    return f"{about}{claim.metric} = {qual}{format(claim.value, 'f')}{unit}"


def _finding_links(findings: Iterable[Finding]) -> dict[str, list[tuple[str, str]]]:
    """claim id -> [(predicate, other claim id)]: the direct links findings imply."""
    links: dict[str, set[tuple[str, str]]] = defaultdict(set)
    symmetric = {
        "repeats": str(CG.repeats),
        "contradicts": str(CG.contradicts),
        "consistent_with": str(CG.consistentWith),
    }
    for f in findings:
        ids = f.claim_ids
        if f.kind in symmetric:
            for a in ids:
                for b in ids:
                    if a != b:
                        links[a].add((symmetric[f.kind], b))
        elif f.kind == "changed":
            for earlier, later in zip(ids, ids[1:], strict=False):
                if earlier != later:
                    links[later].add((str(CG.changedFrom), earlier))
    return {k: sorted(v) for k, v in links.items()}


def _mention_pairs(
    m: Mention, base: str, claim_of: dict[str, str], agents: _Agents
) -> list[tuple[str, Obj]]:
    pairs: list[tuple[str, Obj]] = [
        (_T, str(CG.ClaimMention)),
        (_T, str(PROV.Entity)),
        (_ID, _s(m.id)),
    ]
    claim = claim_of.get(m.id)
    if claim is not None:
        pairs.append((str(CG.mentionOf), node_iri(base, claim)))
    if m.speaker is not None:
        pairs.append((str(PROV.wasAttributedTo), agents.iri(m.speaker, m.speaker_type)))
    if m.reported_by is not None:
        pairs.append((str(CG.reportedBy), agents.iri(m.reported_by, None)))
    if m.date is not None:
        pairs.append((str(CG.dateStated), _day(m.date)))
    pairs += [
        (str(CG.kind), str(KINDS[m.kind])),
        (str(CG.quantity), node_iri(base, f"{m.id}-value")),
        (str(CG.metricPhrase), _s(m.metric)),
    ]
    if m.subject is not None:
        pairs.append((str(CG.subject), _s(m.subject)))
    if m.period is not None:
        pairs.append((str(CG.period), _s(m.period)))
    if m.speaker_role is not None:
        pairs.append((str(CG.speakerRole), _s(m.speaker_role)))
    if m.speaker_org is not None:
        pairs.append((str(CG.speakerOrganization), _s(m.speaker_org)))
    pairs += [
        (str(NIF.referenceContext), node_iri(base, m.document_id)),
        (str(NIF.anchorOf), _s(m.number)),
        (str(NIF.beginIndex), _nni(m.start)),
        (str(NIF.endIndex), _nni(m.end)),
        (str(CG.sentence), _s(m.sentence)),
        (str(CG.sentenceBegin), _nni(m.sentence_start)),
        (str(CG.story), _nni(m.story)),
        (str(CG.confidence), _f(m.confidence)),
        (str(CG.cue), _s(m.cue)),
    ]
    if m.cue_text is not None:
        pairs.append((str(CG.cueText), _s(m.cue_text)))
    if m.date_source is not None:
        pairs.append((str(CG.dateSource), _s(m.date_source)))
    pairs.append((str(PROV.wasGeneratedBy), node_iri(base, f"{m.document_id}-extraction")))
    return pairs


def iter_blocks(
    snapshot: GraphSnapshot, *, base: str = DEFAULT_BASE, named_graphs: bool = False
) -> Iterator[SubjectBlock]:
    """Every statement of the export of ``snapshot``, grouped by subject, in a fixed order.

    Args:
        snapshot: the graph as plain models.
        base: the IRI every node IRI starts with (``base + model id``).
        named_graphs: put each document's mentions, provenance and publication info in named
            graphs, nanopublication style (for TriG); otherwise every block is in the default
            graph and no nanopublication head is written.

    Yields:
        ``(graph, subject, pairs)`` blocks; see the module docstring.

    Raises:
        ValueError: when ``base`` cannot prefix IRIs.
        RDFError: when a value has no RDF form (a NaN decimal).
    """
    check_base(base)
    agents = _Agents(snapshot, base)
    docs = sorted(snapshot.documents, key=lambda d: d.id)
    doc_by_id = {d.id: d for d in docs}
    mentions = sorted(snapshot.mentions, key=lambda m: m.id)
    mention_doc = {m.id: m.document_id for m in mentions}
    claim_of: dict[str, str] = {}
    for c in sorted(snapshot.claims, key=lambda c: c.id):
        for mid in c.mention_ids:
            claim_of.setdefault(mid, c.id)
    software = node_iri(base, f"claimgraph-{__version__}")

    def graph_of(doc_id: str, part: str) -> str | None:
        return node_iri(base, f"{doc_id}-{part}") if named_graphs else None

    # Documents (publication info): resolve publishers first so they are emitted as agents.
    publisher_iri = {
        d.id: agents.iri(d.publisher, "organization", publisher=True)
        for d in docs
        if d.publisher is not None
    }
    for doc in docs:
        blocks = _document_blocks(doc, base, graph_of(doc.id, "pubinfo"))
        graph, iri, pairs = next(blocks)
        if doc.id in publisher_iri:
            pairs.append((str(SDO.publisher), publisher_iri[doc.id]))
        yield graph, iri, pairs
        yield from blocks

    # Speakers and reporters are resolved while mentions are built; build them first.
    mention_pairs = [_mention_pairs(m, base, claim_of, agents) for m in mentions]
    held_by = {
        b.id: agents.iri(b.held_by, None) for b in sorted(snapshot.briefings, key=lambda b: b.id)
    }
    yield from _agent_blocks(agents)

    for metric in sorted(snapshot.metrics, key=lambda m: m.id):
        pairs = [
            (_T, str(CG.Metric)),
            (_ID, _s(metric.id)),
            (_LABEL, _s(metric.label)),
            (str(CG.metricKey), _s(metric.key)),
        ]
        if metric.subject is not None:
            pairs.append((str(CG.subject), _s(metric.subject)))
        pairs += [(str(SDO.alternateName), _s(a)) for a in sorted(set(metric.aliases))]
        yield None, node_iri(base, metric.id), pairs

    links = _finding_links(snapshot.findings)
    for claim in sorted(snapshot.claims, key=lambda c: c.id):
        iri = node_iri(base, claim.id)
        doc_ids = sorted({mention_doc[m] for m in claim.mention_ids if m in mention_doc})
        pairs = [
            (_T, str(SDO.Claim)),
            (_ID, _s(claim.id)),
            (_LABEL, _s(_claim_label(claim))),
            (str(CG.metric), node_iri(base, claim.metric_id)),
            (str(CG.metricPhrase), _s(claim.metric)),
        ]
        if claim.subject is not None:
            pairs.append((str(CG.subject), _s(claim.subject)))
        pairs += [
            (str(CG.kind), str(KINDS[claim.kind])),
            (str(CG.quantity), node_iri(base, f"{claim.id}-value")),
        ]
        pairs += [(str(SDO.appearance), node_iri(base, d)) for d in doc_ids]
        first = _first_appearance(doc_ids, doc_by_id)
        if first is not None:
            pairs.append((str(SDO.firstAppearance), node_iri(base, first)))
        pairs += [(p, node_iri(base, other)) for p, other in links.get(claim.id, [])]
        yield None, iri, pairs
        yield (
            None,
            node_iri(base, f"{claim.id}-value"),
            _quantity_pairs(claim.value, claim.low, claim.high, claim.qualifier, claim.unit, None),
        )

    for m, pairs in zip(mentions, mention_pairs, strict=True):
        graph = graph_of(m.document_id, "assertion")
        yield graph, node_iri(base, m.id), pairs
        yield (
            graph,
            node_iri(base, f"{m.id}-value"),
            _quantity_pairs(m.value, m.low, m.high, m.qualifier, m.unit, m.number),
        )

    for b in sorted(snapshot.briefings, key=lambda b: b.id):
        pairs = [
            (_T, str(SDO.Event)),
            (_ID, _s(b.id)),
            (_NAME, _s(f"Briefing by {b.held_by} on {b.day.isoformat()}")),
            (str(SDO.startDate), _day(b.day)),
            (str(SDO.organizer), held_by[b.id]),
        ]
        pairs += [(str(SDO.subjectOf), node_iri(base, d)) for d in sorted(b.document_ids)]
        yield None, node_iri(base, b.id), pairs

    for s in sorted(snapshot.syndications, key=lambda s: s.id):
        pairs = [
            (_T, str(CG.Syndication)),
            (_ID, _s(s.id)),
            (str(CG.fingerprint), _s(s.fingerprint)),
        ]
        pairs += [(str(CG.document), node_iri(base, d)) for d in sorted(s.document_ids)]
        yield None, node_iri(base, s.id), pairs

    for f in sorted(snapshot.findings, key=lambda f: f.id):
        pairs = [
            (_T, str(CG.Finding)),
            (_ID, _s(f.id)),
            (str(CG.findingKind), str(FINDING_KINDS[f.kind])),
        ]
        pairs += [(str(CG.claim), node_iri(base, c)) for c in sorted(set(f.claim_ids))]
        pairs.append((str(CG.reason), _s(f.reason)))
        if f.implied_year is not None:
            pairs.append((str(CG.impliedYear), _i(f.implied_year)))
        yield None, node_iri(base, f.id), pairs

    # Provenance: one extraction activity per document. No wall-clock time is written
    # (prov:startedAtTime would make two exports of the same store differ); the activity is
    # identified by the document and the extractor's version, which is content-derived.
    for doc in docs:
        yield (
            graph_of(doc.id, "provenance"),
            node_iri(base, f"{doc.id}-extraction"),
            [
                (_T, str(PROV.Activity)),
                (_LABEL, _s(f"claimgraph {__version__} extraction of {doc.name}")),
                (str(PROV.used), node_iri(base, doc.id)),
                (str(PROV.wasAssociatedWith), software),
            ],
        )
    yield (
        None,
        software,
        [
            (_T, str(PROV.SoftwareAgent)),
            (_NAME, _s("claimgraph")),
            (str(SDO.softwareVersion), _s(__version__)),
        ],
    )
    if named_graphs:
        for doc in docs:
            yield from _nanopub_head(base, doc.id)


def _nanopub_head(base: str, doc_id: str) -> Iterator[SubjectBlock]:
    head = node_iri(base, f"{doc_id}-head")
    assertion = node_iri(base, f"{doc_id}-assertion")
    yield (
        head,
        node_iri(base, f"{doc_id}-np"),
        [
            (_T, str(NP.Nanopublication)),
            (str(NP.hasAssertion), assertion),
            (str(NP.hasProvenance), node_iri(base, f"{doc_id}-provenance")),
            (str(NP.hasPublicationInfo), node_iri(base, f"{doc_id}-pubinfo")),
        ],
    )
    yield (
        node_iri(base, f"{doc_id}-provenance"),
        assertion,
        [
            (str(PROV.wasDerivedFrom), node_iri(base, doc_id)),
            (str(PROV.wasGeneratedBy), node_iri(base, f"{doc_id}-extraction")),
        ],
    )


def _first_appearance(doc_ids: list[str], docs: dict[str, Document]) -> str | None:
    """The earliest document by publication time; undated documents last, then by id."""
    known = [d for d in doc_ids if d in docs]
    if not known:
        return None

    def key(doc_id: str) -> tuple[int, str, str]:
        pub = docs[doc_id].published
        if pub is None:
            return (1, "", doc_id)
        if isinstance(pub, datetime):
            stamp = pub.isoformat() if pub.tzinfo is None else pub.astimezone(UTC).isoformat()
        else:
            stamp = pub.isoformat()
        return (0, stamp, doc_id)

    return min(known, key=key)
