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

# Every vocabulary IRI as a plain string, looked up once (DefinedNamespace lookups are slow).
_CG_Block = str(CG.Block)
_CG_ClaimMention = str(CG.ClaimMention)
_CG_Finding = str(CG.Finding)
_CG_Metric = str(CG.Metric)
_CG_Syndication = str(CG.Syndication)
_CG_blockIndex = str(CG.blockIndex)
_CG_blockKind = str(CG.blockKind)
_CG_changedFrom = str(CG.changedFrom)
_CG_claim = str(CG.claim)
_CG_confidence = str(CG.confidence)
_CG_consistentWith = str(CG.consistentWith)
_CG_contradicts = str(CG.contradicts)
_CG_cue = str(CG.cue)
_CG_cueText = str(CG.cueText)
_CG_dateSource = str(CG.dateSource)
_CG_dateStated = str(CG.dateStated)
_CG_document = str(CG.document)
_CG_fileName = str(CG.fileName)
_CG_findingKind = str(CG.findingKind)
_CG_fingerprint = str(CG.fingerprint)
_CG_genre = str(CG.genre)
_CG_impliedYear = str(CG.impliedYear)
_CG_isPublisher = str(CG.isPublisher)
_CG_kind = str(CG.kind)
_CG_mentionOf = str(CG.mentionOf)
_CG_metric = str(CG.metric)
_CG_metricKey = str(CG.metricKey)
_CG_metricPhrase = str(CG.metricPhrase)
_CG_parentBlock = str(CG.parentBlock)
_CG_period = str(CG.period)
_CG_publishedSource = str(CG.publishedSource)
_CG_qualifier = str(CG.qualifier)
_CG_quantity = str(CG.quantity)
_CG_reason = str(CG.reason)
_CG_repeats = str(CG.repeats)
_CG_reportedBy = str(CG.reportedBy)
_CG_role = str(CG.role)
_CG_roleOrganization = str(CG.roleOrganization)
_CG_sentence = str(CG.sentence)
_CG_sentenceBegin = str(CG.sentenceBegin)
_CG_skipReason = str(CG.skipReason)
_CG_sourcePath = str(CG.sourcePath)
_CG_speakerLabel = str(CG.speakerLabel)
_CG_speakerOrganization = str(CG.speakerOrganization)
_CG_speakerRole = str(CG.speakerRole)
_CG_story = str(CG.story)
_CG_subject = str(CG.subject)
_CG_surfaceText = str(CG.surfaceText)
_CG_turnRole = str(CG.turnRole)
_NIF_Context = str(NIF.Context)
_NIF_anchorOf = str(NIF.anchorOf)
_NIF_beginIndex = str(NIF.beginIndex)
_NIF_endIndex = str(NIF.endIndex)
_NIF_isString = str(NIF.isString)
_NIF_referenceContext = str(NIF.referenceContext)
_NP_Nanopublication = str(NP.Nanopublication)
_NP_hasAssertion = str(NP.hasAssertion)
_NP_hasProvenance = str(NP.hasProvenance)
_NP_hasPublicationInfo = str(NP.hasPublicationInfo)
_PROV_Activity = str(PROV.Activity)
_PROV_Entity = str(PROV.Entity)
_PROV_SoftwareAgent = str(PROV.SoftwareAgent)
_PROV_used = str(PROV.used)
_PROV_wasAssociatedWith = str(PROV.wasAssociatedWith)
_PROV_wasAttributedTo = str(PROV.wasAttributedTo)
_PROV_wasDerivedFrom = str(PROV.wasDerivedFrom)
_PROV_wasGeneratedBy = str(PROV.wasGeneratedBy)
_QUDT_QuantityValue = str(QUDT.QuantityValue)
_QUDT_unit = str(QUDT.unit)
_SDO_Claim = str(SDO.Claim)
_SDO_CreativeWork = str(SDO.CreativeWork)
_SDO_Event = str(SDO.Event)
_SDO_NewsArticle = str(SDO.NewsArticle)
_SDO_Organization = str(SDO.Organization)
_SDO_Person = str(SDO.Person)
_SDO_QuantitativeValue = str(SDO.QuantitativeValue)
_SDO_Role = str(SDO.Role)
_SDO_alternateName = str(SDO.alternateName)
_SDO_appearance = str(SDO.appearance)
_SDO_datePublished = str(SDO.datePublished)
_SDO_endDate = str(SDO.endDate)
_SDO_firstAppearance = str(SDO.firstAppearance)
_SDO_headline = str(SDO.headline)
_SDO_identifier = str(SDO.identifier)
_SDO_inLanguage = str(SDO.inLanguage)
_SDO_maxValue = str(SDO.maxValue)
_SDO_minValue = str(SDO.minValue)
_SDO_name = str(SDO.name)
_SDO_organizer = str(SDO.organizer)
_SDO_publisher = str(SDO.publisher)
_SDO_roleName = str(SDO.roleName)
_SDO_softwareVersion = str(SDO.softwareVersion)
_SDO_startDate = str(SDO.startDate)
_SDO_subjectOf = str(SDO.subjectOf)
_SDO_unitText = str(SDO.unitText)
_SDO_url = str(SDO.url)
_SDO_value = str(SDO.value)


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
        (_T, _SDO_QuantitativeValue),
        (_T, _QUDT_QuantityValue),
        (_SDO_value, _d(value)),
    ]
    if low is not None:
        pairs.append((_SDO_minValue, _d(low)))
    if high is not None:
        pairs.append((_SDO_maxValue, _d(high)))
    pairs.append((_CG_qualifier, str(QUALIFIERS[qualifier])))  # type: ignore[index]
    if unit is not None:
        iri = unit_iri(unit)
        if iri is not None:
            pairs.append((_QUDT_unit, str(iri)))
        pairs.append((_SDO_unitText, _s(unit)))
    if surface is not None:
        pairs.append((_CG_surfaceText, _s(surface)))
    return pairs


def _document_blocks(doc: Document, base: str, graph: str | None) -> Iterator[SubjectBlock]:
    iri = node_iri(base, doc.id)
    pairs: list[tuple[str, Obj]] = [(_T, _SDO_CreativeWork)]
    if doc.genre == "article":
        pairs.append((_T, _SDO_NewsArticle))
    pairs += [
        (_T, _NIF_Context),
        (_ID, _s(doc.id)),
        (_CG_fileName, _s(doc.name)),
    ]
    if doc.source_path is not None:
        pairs.append((_CG_sourcePath, _s(doc.source_path)))
    if doc.title is not None:
        pairs.append((_SDO_headline, _s(doc.title)))
    if doc.url is not None:
        pairs.append((_SDO_url, (doc.url, _URI)))
    if doc.published is not None:
        pairs.append((_SDO_datePublished, _when(doc.published)))
    pairs += [
        (_CG_publishedSource, _s(doc.published_source)),
        (_CG_genre, _s(doc.genre)),
        (_SDO_inLanguage, _s(doc.language)),
        (_NIF_beginIndex, _nni(0)),
        (_NIF_endIndex, _nni(len(doc.text))),
        (_NIF_isString, _s(doc.text)),
    ]
    yield graph, iri, pairs
    for block in sorted(doc.blocks, key=lambda b: b.index):
        yield graph, _block_iri(base, doc.id, block.index), _block_pairs(block, base, doc.id, iri)


def _block_iri(base: str, doc_id: str, index: int) -> str:
    return node_iri(base, f"{doc_id}-b{index}")


def _block_pairs(block: Block, base: str, doc_id: str, doc_iri: str) -> list[tuple[str, Obj]]:
    pairs: list[tuple[str, Obj]] = [
        (_T, _CG_Block),
        (_NIF_referenceContext, doc_iri),
        (_CG_blockIndex, _nni(block.index)),
        (_CG_blockKind, _s(block.kind.value)),
        (_NIF_beginIndex, _nni(block.start)),
        (_NIF_endIndex, _nni(block.end)),
    ]
    if block.parent is not None:
        pairs.append((_CG_parentBlock, _block_iri(base, doc_id, block.parent)))
    if block.speaker_label is not None:
        pairs.append((_CG_speakerLabel, _s(block.speaker_label)))
    if block.turn_role is not None:
        pairs.append((_CG_turnRole, _s(block.turn_role)))
    if block.skip_reason is not None:
        pairs.append((_CG_skipReason, _s(block.skip_reason)))
    if block.fingerprint is not None:
        pairs.append((_CG_fingerprint, _s(block.fingerprint)))
    return pairs


def _agent_blocks(agents: _Agents) -> Iterator[SubjectBlock]:
    base = agents.base
    for person in sorted(agents.persons.values(), key=lambda p: p.id):
        iri = node_iri(base, person.id)
        pairs: list[tuple[str, Obj]] = [
            (_T, _SDO_Person),
            (_ID, _s(person.id)),
            (_NAME, _s(person.name)),
        ]
        pairs += [(_SDO_alternateName, _s(a)) for a in sorted(set(person.aliases))]
        roles = sorted(
            person.roles,
            key=lambda r: (r.first_seen or date.min, r.title, r.organization or "", str(r)),
        )
        role_iris = [node_iri(base, f"{person.id}-role{n}") for n in range(len(roles))]
        pairs += [(_CG_role, r) for r in role_iris]
        yield None, iri, pairs
        for role, role_iri in zip(roles, role_iris, strict=True):
            rp: list[tuple[str, Obj]] = [(_T, _SDO_Role), (_SDO_roleName, _s(role.title))]
            if role.organization is not None:
                rp.append((_CG_roleOrganization, _s(role.organization)))
            if role.first_seen is not None:
                rp.append((_SDO_startDate, _day(role.first_seen)))
            if role.last_seen is not None:
                rp.append((_SDO_endDate, _day(role.last_seen)))
            yield None, role_iri, rp
    for org in sorted(agents.orgs.values(), key=lambda o: o.id):
        pairs = [(_T, _SDO_Organization), (_ID, _s(org.id)), (_NAME, _s(org.name))]
        pairs += [(_SDO_alternateName, _s(a)) for a in sorted(set(org.aliases))]
        pairs.append((_CG_isPublisher, _TRUE if org.is_publisher else _FALSE))
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
        "repeats": _CG_repeats,
        "contradicts": _CG_contradicts,
        "consistent_with": _CG_consistentWith,
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
                    links[later].add((_CG_changedFrom, earlier))
    return {k: sorted(v) for k, v in links.items()}


def _mention_pairs(
    m: Mention, base: str, claim_of: dict[str, str], agents: _Agents
) -> list[tuple[str, Obj]]:
    pairs: list[tuple[str, Obj]] = [
        (_T, _CG_ClaimMention),
        (_T, _PROV_Entity),
        (_ID, _s(m.id)),
    ]
    claim = claim_of.get(m.id)
    if claim is not None:
        pairs.append((_CG_mentionOf, node_iri(base, claim)))
    if m.speaker is not None:
        pairs.append((_PROV_wasAttributedTo, agents.iri(m.speaker, m.speaker_type)))
    if m.reported_by is not None:
        pairs.append((_CG_reportedBy, agents.iri(m.reported_by, None)))
    if m.date is not None:
        pairs.append((_CG_dateStated, _day(m.date)))
    pairs += [
        (_CG_kind, str(KINDS[m.kind])),
        (_CG_quantity, node_iri(base, f"{m.id}-value")),
        (_CG_metricPhrase, _s(m.metric)),
    ]
    if m.subject is not None:
        pairs.append((_CG_subject, _s(m.subject)))
    if m.period is not None:
        pairs.append((_CG_period, _s(m.period)))
    if m.speaker_role is not None:
        pairs.append((_CG_speakerRole, _s(m.speaker_role)))
    if m.speaker_org is not None:
        pairs.append((_CG_speakerOrganization, _s(m.speaker_org)))
    pairs += [
        (_NIF_referenceContext, node_iri(base, m.document_id)),
        (_NIF_anchorOf, _s(m.number)),
        (_NIF_beginIndex, _nni(m.start)),
        (_NIF_endIndex, _nni(m.end)),
        (_CG_sentence, _s(m.sentence)),
        (_CG_sentenceBegin, _nni(m.sentence_start)),
        (_CG_story, _nni(m.story)),
        (_CG_confidence, _f(m.confidence)),
        (_CG_cue, _s(m.cue)),
    ]
    if m.cue_text is not None:
        pairs.append((_CG_cueText, _s(m.cue_text)))
    if m.date_source is not None:
        pairs.append((_CG_dateSource, _s(m.date_source)))
    pairs.append((_PROV_wasGeneratedBy, node_iri(base, f"{m.document_id}-extraction")))
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
            pairs.append((_SDO_publisher, publisher_iri[doc.id]))
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
            (_T, _CG_Metric),
            (_ID, _s(metric.id)),
            (_LABEL, _s(metric.label)),
            (_CG_metricKey, _s(metric.key)),
        ]
        if metric.subject is not None:
            pairs.append((_CG_subject, _s(metric.subject)))
        pairs += [(_SDO_alternateName, _s(a)) for a in sorted(set(metric.aliases))]
        yield None, node_iri(base, metric.id), pairs

    links = _finding_links(snapshot.findings)
    for claim in sorted(snapshot.claims, key=lambda c: c.id):
        iri = node_iri(base, claim.id)
        doc_ids = sorted({mention_doc[m] for m in claim.mention_ids if m in mention_doc})
        pairs = [
            (_T, _SDO_Claim),
            (_ID, _s(claim.id)),
            (_LABEL, _s(_claim_label(claim))),
            (_CG_metric, node_iri(base, claim.metric_id)),
            (_CG_metricPhrase, _s(claim.metric)),
        ]
        if claim.subject is not None:
            pairs.append((_CG_subject, _s(claim.subject)))
        pairs += [
            (_CG_kind, str(KINDS[claim.kind])),
            (_CG_quantity, node_iri(base, f"{claim.id}-value")),
        ]
        pairs += [(_SDO_appearance, node_iri(base, d)) for d in doc_ids]
        first = _first_appearance(doc_ids, doc_by_id)
        if first is not None:
            pairs.append((_SDO_firstAppearance, node_iri(base, first)))
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
            (_T, _SDO_Event),
            (_ID, _s(b.id)),
            (_NAME, _s(f"Briefing by {b.held_by} on {b.day.isoformat()}")),
            (_SDO_startDate, _day(b.day)),
            (_SDO_organizer, held_by[b.id]),
        ]
        pairs += [(_SDO_subjectOf, node_iri(base, d)) for d in sorted(b.document_ids)]
        yield None, node_iri(base, b.id), pairs

    for s in sorted(snapshot.syndications, key=lambda s: s.id):
        pairs = [
            (_T, _CG_Syndication),
            (_ID, _s(s.id)),
            (_CG_fingerprint, _s(s.fingerprint)),
        ]
        pairs += [(_CG_document, node_iri(base, d)) for d in sorted(s.document_ids)]
        yield None, node_iri(base, s.id), pairs

    for f in sorted(snapshot.findings, key=lambda f: f.id):
        pairs = [
            (_T, _CG_Finding),
            (_ID, _s(f.id)),
            (_CG_findingKind, str(FINDING_KINDS[f.kind])),
        ]
        pairs += [(_CG_claim, node_iri(base, c)) for c in sorted(set(f.claim_ids))]
        pairs.append((_CG_reason, _s(f.reason)))
        if f.implied_year is not None:
            pairs.append((_CG_impliedYear, _i(f.implied_year)))
        yield None, node_iri(base, f.id), pairs

    # Provenance: one extraction activity per document. No wall-clock time is written
    # (prov:startedAtTime would make two exports of the same store differ); the activity is
    # identified by the document and the extractor's version, which is content-derived.
    for doc in docs:
        yield (
            graph_of(doc.id, "provenance"),
            node_iri(base, f"{doc.id}-extraction"),
            [
                (_T, _PROV_Activity),
                (_LABEL, _s(f"claimgraph {__version__} extraction of {doc.name}")),
                (_PROV_used, node_iri(base, doc.id)),
                (_PROV_wasAssociatedWith, software),
            ],
        )
    yield (
        None,
        software,
        [
            (_T, _PROV_SoftwareAgent),
            (_NAME, _s("claimgraph")),
            (_SDO_softwareVersion, _s(__version__)),
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
            (_T, _NP_Nanopublication),
            (_NP_hasAssertion, assertion),
            (_NP_hasProvenance, node_iri(base, f"{doc_id}-provenance")),
            (_NP_hasPublicationInfo, node_iri(base, f"{doc_id}-pubinfo")),
        ],
    )
    yield (
        node_iri(base, f"{doc_id}-provenance"),
        assertion,
        [
            (_PROV_wasDerivedFrom, node_iri(base, doc_id)),
            (_PROV_wasGeneratedBy, node_iri(base, f"{doc_id}-extraction")),
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
