"""The fast path of the Turtle and N-Triples exports: statements straight to text.

:func:`claimgraph.rdf.export.iter_blocks` builds every statement as a ``(predicate, object)``
tuple and the writers of :mod:`claimgraph.rdf.turtle` then render each one; at a few million
triples those per-triple objects and calls are most of the cost. Here every predicate, class
and datatype suffix is rendered once for the syntax, node IRIs of documents, claims and agents
are rendered once per node, and each subject block is assembled from ready ``"predicate object"``
pieces with one ``join``.

The output is byte for byte what the reference writers give for ``iter_blocks`` (the tests hold
the two paths to that), so TriG, JSON-LD and :func:`~claimgraph.rdf.serialize.to_rdf`, which
keep using the tuples, describe exactly the same graph.

>>> import io
>>> from claimgraph.models import GraphSnapshot
>>> out = io.StringIO()
>>> render_ntriples(GraphSnapshot(), out)
3
>>> out.getvalue().count(" .\\n")
3
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import TextIO
from urllib.parse import quote

from claimgraph import __version__
from claimgraph.models import Block, Document, GraphSnapshot, Mention
from claimgraph.rdf import export as ex
from claimgraph.rdf.turtle import _IRI_BAD, _Names, _prefix_lines
from claimgraph.rdf.vocab import FINDING_KINDS, KINDS, QUALIFIERS, unit_iri

__all__ = ["render_ntriples", "render_turtle"]

_LOCAL_OK = ex._LOCAL_OK  # a model id that needs no percent-encoding (and is a PN_LOCAL)
_CHUNK = 512  # subject blocks per write() call


# Control characters other than tab, line feed and carriage return, as \uXXXX.
_CONTROLS = {i: f"\\u{i:04X}" for i in (*range(0x20), 0x7F) if i not in (0x09, 0x0A, 0x0D)}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _esc(text: str) -> str:
    """``text`` escaped for a short string literal: what ``translate(_ESCAPES)`` gives, faster.

    Most strings need nothing (one scan); the rest take five C-speed ``replace`` passes, much
    faster than ``translate`` with a dict on a long document text.
    """
    if text.isprintable() and '"' not in text and "\\" not in text:
        return text
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    if _CONTROL.search(text):
        text = text.translate(_CONTROLS)
    return text


def _q(text: str) -> str:
    return '"' + _esc(text) + '"'


class _Syntax:
    """One syntax (Turtle or N-Triples): rendered vocabulary, literals and subject blocks.

    Predicates are rendered with their trailing space, so a piece is ``P + object``.
    ``extra`` counts the triples a Turtle piece holds beyond its first (``a X, Y``).
    """

    def __init__(self, base: str, *, turtle: bool) -> None:
        self.turtle = turtle
        self.base = base
        self.base_ref = _IRI_BAD.sub(lambda m: f"%{ord(m.group()):02X}", base)
        self.extra = 0
        names = _Names(base)
        self.vocab: Callable[[str], str] = names.name if turtle else self._iriref
        self.nodes: dict[str, str] = {}
        self.floats: dict[float, str] = {}
        xsd = "http://www.w3.org/2001/XMLSchema#"
        self.nni_sfx = '"^^' + self.vocab(xsd + "nonNegativeInteger")
        self.date_sfx = '"^^' + self.vocab(xsd + "date")
        self.datetime_sfx = '"^^' + self.vocab(xsd + "dateTime")
        self.uri_sfx = "^^" + self.vocab(xsd + "anyURI")  # after a quoted string
        self.dec_sfx = '"^^' + self.vocab(xsd + "decimal")
        self.int_sfx = '"^^' + self.vocab(xsd + "integer")
        self.bool_sfx = '"^^' + self.vocab(xsd + "boolean")
        self.end = " .\n\n" if turtle else " .\n"
        self.true = "true" if turtle else '"true' + self.bool_sfx
        self.false = "false" if turtle else '"false' + self.bool_sfx

    @staticmethod
    def _iriref(iri: str) -> str:
        if _IRI_BAD.search(iri):
            iri = _IRI_BAD.sub(lambda m: f"%{ord(m.group()):02X}", iri)
        return "<" + iri + ">"

    def p(self, iri: str) -> str:
        """A predicate (or class) rendered, with a trailing space."""
        return self.vocab(iri) + " "

    def node(self, local: str) -> str:
        """The rendered IRI of the node with model id ``local`` (as export.node_iri mints it)."""
        if _LOCAL_OK.fullmatch(local):
            return "id:" + local if self.turtle else "<" + self.base_ref + local + ">"
        return "<" + self.base_ref + quote(local, safe="") + ">"

    def cnode(self, local: str) -> str:
        """:meth:`node`, remembered (for nodes linked to many times)."""
        found = self.nodes.get(local)
        if found is None:
            found = self.nodes[local] = self.node(local)
        return found

    def full(self, iri: str) -> str:
        """A full node IRI from :class:`export._Agents` rendered."""
        if self.turtle and iri.startswith(self.base):
            local = iri[len(self.base) :]
            if _LOCAL_OK.fullmatch(local):
                return "id:" + local
        return self._iriref(iri)

    def multi(self, pred: str, objs: list[str]) -> list[str]:
        """Pieces for one predicate with several objects (``,`` in Turtle, lines in N-Triples)."""
        if not objs:
            return []
        if self.turtle:
            self.extra += len(objs) - 1
            return [pred + ", ".join(objs)]
        return [pred + o for o in objs]

    def nni(self, n: int) -> str:
        return '"' + str(n) + self.nni_sfx

    def integer(self, n: int) -> str:
        return str(n) if self.turtle else '"' + str(n) + self.int_sfx

    def dec(self, value: Decimal) -> str:
        text = ex._d(value)[0]
        if self.turtle and "." in text:
            return text
        return '"' + text + self.dec_sfx

    def confidence(self, value: float) -> str:
        found = self.floats.get(value)
        if found is None:
            found = self.floats[value] = self.dec(Decimal(repr(value)))
        return found

    def day(self, value: date) -> str:
        return '"' + value.isoformat() + self.date_sfx

    def when(self, value: datetime | date) -> str:
        if isinstance(value, datetime):
            return '"' + value.isoformat() + self.datetime_sfx
        return self.day(value)

    def sep(self, subject: str) -> str:
        """What goes between two predicate-object pieces of ``subject``'s block."""
        return ";\n    " if self.turtle else " .\n" + subject + " "

    def block(self, subject: str, pieces: list[str]) -> str:
        if self.turtle:
            return subject + " " + ";\n    ".join(pieces) + " .\n\n"
        head = subject + " "
        return head + (" .\n" + head).join(pieces) + " .\n"

    def count(self, pieces: list[str]) -> int:
        n = len(pieces) + self.extra
        self.extra = 0
        return n


class _Vocab:
    """Every predicate and class of the export, rendered once for a syntax."""

    def __init__(self, s: _Syntax) -> None:
        p = s.p
        v = s.vocab
        self.a = p(ex._T)
        self.id = p(ex._ID)
        self.name = p(ex._NAME)
        self.label = p(ex._LABEL)
        self.alt = p(ex._SDO_alternateName)
        # documents and blocks
        self.doc_types = [v(ex._SDO_CreativeWork), v(ex._NIF_Context)]
        self.article_types = [v(ex._SDO_CreativeWork), v(ex._SDO_NewsArticle), v(ex._NIF_Context)]
        self.file_name = p(ex._CG_fileName)
        self.source_path = p(ex._CG_sourcePath)
        self.headline = p(ex._SDO_headline)
        self.url = p(ex._SDO_url)
        self.published = p(ex._SDO_datePublished)
        self.published_source = p(ex._CG_publishedSource)
        self.genre = p(ex._CG_genre)
        self.language = p(ex._SDO_inLanguage)
        self.begin = p(ex._NIF_beginIndex)
        self.end = p(ex._NIF_endIndex)
        self.is_string = p(ex._NIF_isString)
        self.publisher = p(ex._SDO_publisher)
        self.block_types = [v(ex._CG_Block)]
        self.ref_context = p(ex._NIF_referenceContext)
        self.block_index = p(ex._CG_blockIndex)
        self.block_kind = p(ex._CG_blockKind)
        self.parent_block = p(ex._CG_parentBlock)
        self.speaker_label = p(ex._CG_speakerLabel)
        self.turn_role = p(ex._CG_turnRole)
        self.skip_reason = p(ex._CG_skipReason)
        self.fingerprint = p(ex._CG_fingerprint)
        # agents
        self.person_types = [v(ex._SDO_Person)]
        self.org_types = [v(ex._SDO_Organization)]
        self.role_types = [v(ex._SDO_Role)]
        self.role = p(ex._CG_role)
        self.role_name = p(ex._SDO_roleName)
        self.role_org = p(ex._CG_roleOrganization)
        self.start_date = p(ex._SDO_startDate)
        self.end_date = p(ex._SDO_endDate)
        self.is_publisher = p(ex._CG_isPublisher)
        # metrics, claims, quantities
        self.metric_types = [v(ex._CG_Metric)]
        self.metric_key = p(ex._CG_metricKey)
        self.subject = p(ex._CG_subject)
        self.claim_types = [v(ex._SDO_Claim)]
        self.metric = p(ex._CG_metric)
        self.metric_phrase = p(ex._CG_metricPhrase)
        self.kind = p(ex._CG_kind)
        self.quantity = p(ex._CG_quantity)
        self.appearance = p(ex._SDO_appearance)
        self.first_appearance = p(ex._SDO_firstAppearance)
        self.qv_types = [v(ex._SDO_QuantitativeValue), v(ex._QUDT_QuantityValue)]
        self.value = p(ex._SDO_value)
        self.min_value = p(ex._SDO_minValue)
        self.max_value = p(ex._SDO_maxValue)
        self.qualifier = p(ex._CG_qualifier)
        self.unit = p(ex._QUDT_unit)
        self.unit_text = p(ex._SDO_unitText)
        self.surface = p(ex._CG_surfaceText)
        self.qualifiers = {k: v(str(iri)) for k, iri in QUALIFIERS.items()}
        self.kinds = {k: v(str(iri)) for k, iri in KINDS.items()}
        self.finding_kinds = {k: v(str(iri)) for k, iri in FINDING_KINDS.items()}
        self.units: dict[str, str | None] = {}
        # mentions
        self.mention_types = [v(ex._CG_ClaimMention), v(ex._PROV_Entity)]
        # the rdf:type pieces of the templated nodes
        self.qv_a = self.types(s, self.qv_types)
        self.block_a = self.types(s, self.block_types)
        self.mention_a = self.types(s, self.mention_types)
        self.mention_of = p(ex._CG_mentionOf)
        self.attributed = p(ex._PROV_wasAttributedTo)
        self.reported_by = p(ex._CG_reportedBy)
        self.date_stated = p(ex._CG_dateStated)
        self.period = p(ex._CG_period)
        self.speaker_role = p(ex._CG_speakerRole)
        self.speaker_org = p(ex._CG_speakerOrganization)
        self.anchor = p(ex._NIF_anchorOf)
        self.sentence = p(ex._CG_sentence)
        self.sentence_begin = p(ex._CG_sentenceBegin)
        self.story = p(ex._CG_story)
        self.confidence = p(ex._CG_confidence)
        self.cue = p(ex._CG_cue)
        self.cue_text = p(ex._CG_cueText)
        self.date_source = p(ex._CG_dateSource)
        self.generated_by = p(ex._PROV_wasGeneratedBy)
        # briefings, syndications, findings, provenance
        self.event_types = [v(ex._SDO_Event)]
        self.organizer = p(ex._SDO_organizer)
        self.subject_of = p(ex._SDO_subjectOf)
        self.syndication_types = [v(ex._CG_Syndication)]
        self.document = p(ex._CG_document)
        self.finding_types = [v(ex._CG_Finding)]
        self.finding_kind = p(ex._CG_findingKind)
        self.claim = p(ex._CG_claim)
        self.reason = p(ex._CG_reason)
        self.implied_year = p(ex._CG_impliedYear)
        self.links = {
            pred: p(pred)
            for pred in (ex._CG_repeats, ex._CG_contradicts, ex._CG_consistentWith)
            + (ex._CG_changedFrom,)
        }
        self.activity_types = [v(ex._PROV_Activity)]
        self.used = p(ex._PROV_used)
        self.associated = p(ex._PROV_wasAssociatedWith)
        self.software_types = [v(ex._PROV_SoftwareAgent)]
        self.software_version = p(ex._SDO_softwareVersion)

    def types(self, s: _Syntax, classes: list[str]) -> list[str]:
        """rdf:type pieces for ``classes``: one ``a X, Y`` in Turtle, one line each otherwise."""
        if s.turtle:
            return [self.a + ", ".join(classes)]
        return [self.a + c for c in classes]


def _quantity(
    s: _Syntax,
    v: _Vocab,
    subject: str,
    value: Decimal,
    low: Decimal | None,
    high: Decimal | None,
    qualifier: str,
    unit: str | None,
    surface: str | None,
) -> tuple[str, int]:
    """The text of a quantity node and its triple count."""
    sep = s.sep(subject)
    parts = [f"{sep.join(v.qv_a)}{sep}{v.value}{s.dec(value)}"]
    if low is not None:
        parts.append(v.min_value + s.dec(low))
    if high is not None:
        parts.append(v.max_value + s.dec(high))
    parts.append(v.qualifier + v.qualifiers[qualifier])  # type: ignore[index]
    if unit is not None:
        rendered = v.units.get(unit, "")
        if rendered == "":
            iri = unit_iri(unit)
            rendered = v.units[unit] = None if iri is None else s.vocab(str(iri))
        if rendered is not None:
            parts.append(v.unit + rendered)
        parts.append(v.unit_text + _q(unit))
    if surface is not None:
        parts.append(v.surface + _q(surface))
    # the first part holds the types (2 triples) and the value
    return f"{subject} {sep.join(parts)}{s.end}", len(parts) + 2


def _document(s: _Syntax, v: _Vocab, doc: Document, publisher: str | None) -> list[str]:
    pieces = s.multi(v.a, v.article_types if doc.genre == "article" else v.doc_types)
    pieces.append(v.id + _q(doc.id))
    pieces.append(v.file_name + _q(doc.name))
    if doc.source_path is not None:
        pieces.append(v.source_path + _q(doc.source_path))
    if doc.title is not None:
        pieces.append(v.headline + _q(doc.title))
    if doc.url is not None:
        pieces.append(v.url + _q(doc.url) + s.uri_sfx)
    if doc.published is not None:
        pieces.append(v.published + s.when(doc.published))
    pieces += [
        v.published_source + _q(doc.published_source),
        v.genre + _q(doc.genre),
        v.language + _q(doc.language),
        v.begin + s.nni(0),
        v.end + s.nni(len(doc.text)),
        v.is_string + _q(doc.text),
    ]
    if publisher is not None:
        pieces.append(v.publisher + publisher)
    return pieces


def _block(s: _Syntax, v: _Vocab, block: Block, doc_id: str, doc_ref: str) -> tuple[str, int]:
    """The text of a document block node and its triple count."""
    subject = s.node(f"{doc_id}-b{block.index}")
    sep = s.sep(subject)
    nni = s.nni_sfx
    parts = [
        f"{v.block_a[0]}{sep}{v.ref_context}{doc_ref}{sep}"
        f'{v.block_index}"{block.index}{nni}{sep}{v.block_kind}{_q(block.kind.value)}{sep}'
        f'{v.begin}"{block.start}{nni}{sep}{v.end}"{block.end}{nni}'
    ]
    if block.parent is not None:
        parts.append(v.parent_block + s.node(f"{doc_id}-b{block.parent}"))
    if block.speaker_label is not None:
        parts.append(v.speaker_label + _q(block.speaker_label))
    if block.turn_role is not None:
        parts.append(v.turn_role + _q(block.turn_role))
    if block.skip_reason is not None:
        parts.append(v.skip_reason + _q(block.skip_reason))
    if block.fingerprint is not None:
        parts.append(v.fingerprint + _q(block.fingerprint))
    return f"{subject} {sep.join(parts)}{s.end}", len(parts) + 5


def _mention(
    s: _Syntax,
    v: _Vocab,
    m: Mention,
    claim: str | None,
    speaker: str | None,
    reporter: str | None,
) -> tuple[str, int]:
    """The text of a mention node and its triple count."""
    subject = s.node(m.id)
    sep = s.sep(subject)
    mid, number, metric, sentence = m.id, m.number, m.metric, m.sentence
    cue: str = m.cue
    probe = f"{mid}{number}{metric}{sentence}{cue}"
    if not probe.isprintable() or '"' in probe or "\\" in probe:
        mid, number, metric, sentence = _esc(mid), _esc(number), _esc(metric), _esc(sentence)
        cue = _esc(cue)
    parts = [f'{sep.join(v.mention_a)}{sep}{v.id}"{mid}"']
    if claim is not None:
        parts.append(v.mention_of + s.cnode(claim))
    if speaker is not None:
        parts.append(v.attributed + speaker)
    if reporter is not None:
        parts.append(v.reported_by + reporter)
    if m.date is not None:
        parts.append(v.date_stated + s.day(m.date))
    parts.append(
        f"{v.kind}{v.kinds[m.kind]}{sep}{v.quantity}{s.node(m.id + '-value')}{sep}"
        f'{v.metric_phrase}"{metric}"'
    )
    if m.subject is not None:
        parts.append(v.subject + _q(m.subject))
    if m.period is not None:
        parts.append(v.period + _q(m.period))
    if m.speaker_role is not None:
        parts.append(v.speaker_role + _q(m.speaker_role))
    if m.speaker_org is not None:
        parts.append(v.speaker_org + _q(m.speaker_org))
    nni = s.nni_sfx
    parts.append(
        f'{v.ref_context}{s.cnode(m.document_id)}{sep}{v.anchor}"{number}"{sep}'
        f'{v.begin}"{m.start}{nni}{sep}{v.end}"{m.end}{nni}{sep}{v.sentence}"{sentence}"{sep}'
        f'{v.sentence_begin}"{m.sentence_start}{nni}{sep}{v.story}"{m.story}{nni}{sep}'
        f'{v.confidence}{s.confidence(m.confidence)}{sep}{v.cue}"{cue}"'
    )
    if m.cue_text is not None:
        parts.append(v.cue_text + _q(m.cue_text))
    if m.date_source is not None:
        parts.append(v.date_source + _q(m.date_source))
    parts.append(v.generated_by + s.cnode(m.document_id + "-extraction"))
    # fixed runs: types + id (3 triples), kind..metricPhrase (3), referenceContext..cue (9)
    return f"{subject} {sep.join(parts)}{s.end}", len(parts) + 12


def _blocks(snapshot: GraphSnapshot, s: _Syntax) -> Iterator[tuple[str, int]]:
    """(text, triple count) per subject block, in the order of export.iter_blocks."""
    base = s.base
    ex.check_base(base)
    v = _Vocab(s)
    agents = ex._Agents(snapshot, base)
    docs = sorted(snapshot.documents, key=lambda d: d.id)
    doc_by_id = {d.id: d for d in docs}
    mentions = sorted(snapshot.mentions, key=lambda m: m.id)
    mention_doc = {m.id: m.document_id for m in mentions}
    claims = sorted(snapshot.claims, key=lambda c: c.id)
    claim_of: dict[str, str] = {}
    for c in claims:
        for mid in c.mention_ids:
            claim_of.setdefault(mid, c.id)
    software = s.node(f"claimgraph-{__version__}")

    def emit(subject: str, pieces: list[str]) -> tuple[str, int]:
        return s.block(subject, pieces), s.count(pieces)

    agent_refs: dict[tuple[str, str | None], str] = {}

    def agent(name: str, kind: str | None, *, publisher: bool = False) -> str:
        key = (name, "publisher" if publisher else kind)
        found = agent_refs.get(key)
        if found is None:
            found = agent_refs[key] = s.full(agents.iri(name, kind, publisher=publisher))
        return found

    publisher = {
        d.id: agent(d.publisher, "organization", publisher=True) for d in docs if d.publisher
    }
    for doc in docs:
        doc_ref = s.cnode(doc.id)
        yield emit(doc_ref, _document(s, v, doc, publisher.get(doc.id)))
        for block in sorted(doc.blocks, key=lambda b: b.index):
            yield _block(s, v, block, doc.id, doc_ref)

    # Speakers and reporters may mint agent nodes: resolve them before the agents are written.
    for m in mentions:
        if m.speaker is not None:
            agent(m.speaker, m.speaker_type)
        if m.reported_by is not None:
            agent(m.reported_by, None)
    briefings = sorted(snapshot.briefings, key=lambda b: b.id)
    held_by = {b.id: agent(b.held_by, None) for b in briefings}

    for person in sorted(agents.persons.values(), key=lambda p: p.id):
        pieces = s.multi(v.a, v.person_types)
        pieces += [v.id + _q(person.id), v.name + _q(person.name)]
        pieces += s.multi(v.alt, [_q(a) for a in sorted(set(person.aliases))])
        roles = sorted(
            person.roles,
            key=lambda r: (r.first_seen or date.min, r.title, r.organization or "", str(r)),
        )
        role_refs = [s.node(f"{person.id}-role{n}") for n in range(len(roles))]
        pieces += s.multi(v.role, role_refs)
        yield emit(s.cnode(person.id), pieces)
        for role, role_ref in zip(roles, role_refs, strict=True):
            rp = s.multi(v.a, v.role_types)
            rp.append(v.role_name + _q(role.title))
            if role.organization is not None:
                rp.append(v.role_org + _q(role.organization))
            if role.first_seen is not None:
                rp.append(v.start_date + s.day(role.first_seen))
            if role.last_seen is not None:
                rp.append(v.end_date + s.day(role.last_seen))
            yield emit(role_ref, rp)
    for org in sorted(agents.orgs.values(), key=lambda o: o.id):
        pieces = s.multi(v.a, v.org_types)
        pieces += [v.id + _q(org.id), v.name + _q(org.name)]
        pieces += s.multi(v.alt, [_q(a) for a in sorted(set(org.aliases))])
        pieces.append(v.is_publisher + (s.true if org.is_publisher else s.false))
        yield emit(s.cnode(org.id), pieces)

    for metric in sorted(snapshot.metrics, key=lambda m: m.id):
        pieces = s.multi(v.a, v.metric_types)
        pieces += [
            v.id + _q(metric.id),
            v.label + _q(metric.label),
            v.metric_key + _q(metric.key),
        ]
        if metric.subject is not None:
            pieces.append(v.subject + _q(metric.subject))
        pieces += s.multi(v.alt, [_q(a) for a in sorted(set(metric.aliases))])
        yield emit(s.cnode(metric.id), pieces)

    links = ex._finding_links(snapshot.findings)
    for claim in claims:
        doc_ids = sorted({mention_doc[m] for m in claim.mention_ids if m in mention_doc})
        pieces = s.multi(v.a, v.claim_types)
        pieces += [
            v.id + _q(claim.id),
            v.label + _q(ex._claim_label(claim)),
            v.metric + s.cnode(claim.metric_id),
            v.metric_phrase + _q(claim.metric),
        ]
        if claim.subject is not None:
            pieces.append(v.subject + _q(claim.subject))
        pieces.append(v.kind + v.kinds[claim.kind])
        pieces.append(v.quantity + s.node(claim.id + "-value"))
        pieces += s.multi(v.appearance, [s.cnode(d) for d in doc_ids])
        first = ex._first_appearance(doc_ids, doc_by_id)
        if first is not None:
            pieces.append(v.first_appearance + s.cnode(first))
        grouped: dict[str, list[str]] = {}
        for pred, other in links.get(claim.id, []):
            grouped.setdefault(pred, []).append(s.cnode(other))
        for pred, others in grouped.items():
            pieces += s.multi(v.links[pred], others)
        yield emit(s.cnode(claim.id), pieces)
        yield _quantity(
            s,
            v,
            s.node(claim.id + "-value"),
            claim.value,
            claim.low,
            claim.high,
            claim.qualifier,
            claim.unit,
            None,
        )

    for m in mentions:
        speaker = None if m.speaker is None else agent_refs[(m.speaker, m.speaker_type)]
        reporter = None if m.reported_by is None else agent_refs[(m.reported_by, None)]
        yield _mention(s, v, m, claim_of.get(m.id), speaker, reporter)
        yield _quantity(
            s, v, s.node(m.id + "-value"), m.value, m.low, m.high, m.qualifier, m.unit, m.number
        )

    for b in briefings:
        pieces = s.multi(v.a, v.event_types)
        pieces += [
            v.id + _q(b.id),
            v.name + _q(f"Briefing by {b.held_by} on {b.day.isoformat()}"),
            v.start_date + s.day(b.day),
            v.organizer + held_by[b.id],
        ]
        pieces += s.multi(v.subject_of, [s.cnode(d) for d in sorted(b.document_ids)])
        yield emit(s.node(b.id), pieces)

    for syn in sorted(snapshot.syndications, key=lambda x: x.id):
        pieces = s.multi(v.a, v.syndication_types)
        pieces += [v.id + _q(syn.id), v.fingerprint + _q(syn.fingerprint)]
        pieces += s.multi(v.document, [s.cnode(d) for d in sorted(syn.document_ids)])
        yield emit(s.node(syn.id), pieces)

    for f in sorted(snapshot.findings, key=lambda x: x.id):
        pieces = s.multi(v.a, v.finding_types)
        pieces += [v.id + _q(f.id), v.finding_kind + v.finding_kinds[f.kind]]
        pieces += s.multi(v.claim, [s.cnode(c) for c in sorted(set(f.claim_ids))])
        pieces.append(v.reason + _q(f.reason))
        if f.implied_year is not None:
            pieces.append(v.implied_year + s.integer(f.implied_year))
        yield emit(s.node(f.id), pieces)

    for doc in docs:
        pieces = s.multi(v.a, v.activity_types)
        pieces += [
            v.label + _q(f"claimgraph {__version__} extraction of {doc.name}"),
            v.used + s.cnode(doc.id),
            v.associated + software,
        ]
        yield emit(s.cnode(doc.id + "-extraction"), pieces)
    pieces = s.multi(v.a, v.software_types)
    pieces += [v.name + _q("claimgraph"), v.software_version + _q(__version__)]
    yield emit(software, pieces)


def _write(snapshot: GraphSnapshot, out: TextIO, s: _Syntax) -> int:
    count = 0
    chunk: list[str] = []
    for text, n in _blocks(snapshot, s):
        chunk.append(text)
        count += n
        if len(chunk) >= _CHUNK:
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    return count


def render_turtle(snapshot: GraphSnapshot, out: TextIO, *, base: str = ex.DEFAULT_BASE) -> int:
    """Write the export of ``snapshot`` as grouped, prefixed Turtle.

    Byte for byte ``write_turtle(iter_blocks(snapshot, base=base), out, base=base)``, faster.

    Returns:
        The number of triples written.

    Raises:
        ValueError: when ``base`` cannot prefix IRIs.
        RDFError: when a value has no RDF form (a NaN decimal).
    """
    ex.check_base(base)
    out.write(_prefix_lines(base))
    return _write(snapshot, out, _Syntax(base, turtle=True))


def render_ntriples(snapshot: GraphSnapshot, out: TextIO, *, base: str = ex.DEFAULT_BASE) -> int:
    """Write the export of ``snapshot`` as N-Triples, one triple per line.

    Byte for byte ``write_ntriples(iter_blocks(snapshot, base=base), out)``, faster.

    Returns:
        The number of triples written.

    Raises:
        ValueError: when ``base`` cannot prefix IRIs.
        RDFError: when a value has no RDF form (a NaN decimal).
    """
    return _write(snapshot, out, _Syntax(base, turtle=False))
