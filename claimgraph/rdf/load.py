"""Import: a claimgraph export (Turtle, N-Triples, TriG, JSON-LD) back into a GraphSnapshot.

Parsing uses pyoxigraph (a Rust parser, independent of rdflib and about 30x faster); the
statements are then read back into the models by their ``schema:identifier``, so the base IRI
the export was written under does not matter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox
from pydantic import ValidationError

from claimgraph.errors import RDFImportError
from claimgraph.models import (
    Block,
    BlockKind,
    Briefing,
    Claim,
    Document,
    Finding,
    GraphSnapshot,
    Mention,
    Metric,
    Organization,
    Person,
    Role,
)
from claimgraph.rdf import vocab
from claimgraph.rdf.vocab import FINDING_KINDS, KINDS, QUALIFIERS, RDF, XSD

__all__ = ["FORMATS", "from_rdf", "guess_format"]

FORMATS: dict[str, Any] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nq": ox.RdfFormat.N_QUADS,
}
_SUFFIX = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "jsonld", ".nq": "nq"}

Lit = tuple[str, str]
Term = str | Lit
Props = dict[str, list[Term]]
T = TypeVar("T")


class _Terms:
    """A vocabulary's terms as plain strings, each looked up in the namespace once.

    (rdflib's DefinedNamespace lookups cost a Python call each; the reader asks half a million
    times at 10k mentions.)
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)
        return value


CG = _Terms(vocab.CG)
NIF = _Terms(vocab.NIF)
PROV = _Terms(vocab.PROV)
SDO = _Terms(vocab.SDO)

_T = str(RDF.type)
_ID = str(SDO.identifier)
_QUAL = {str(v): k for k, v in QUALIFIERS.items()}
_KIND = {str(v): k for k, v in KINDS.items()}
_FKIND = {str(v): k for k, v in FINDING_KINDS.items()}
_OURS = {
    str(SDO.Claim),
    str(CG.ClaimMention),
    str(CG.Metric),
    str(CG.Finding),
    str(CG.Syndication),
    str(CG.Block),
}


def guess_format(path: str | Path) -> str:
    """The import format for a file name: turtle, nt, trig, jsonld or nq.

    >>> guess_format("exports/claimgraph.ttl"), guess_format("x.nt")
    ('turtle', 'nt')
    """
    return _SUFFIX.get(Path(path).suffix.lower(), "turtle")


class _Reader:
    """Subject -> predicate -> objects, with typed accessors that raise RDFImportError.

    The statements are held compactly (see :func:`_read_props`): one flat list per subject,
    ``[key, object, key, object, ...]`` where ``key`` is the predicate IRI for an IRI object
    and a shared ``(predicate, datatype)`` tuple for a literal, whose object is then its lexical
    form. A subject's predicate map is built when it is read and not kept; :meth:`drop` frees a
    subject once its model is built, so the raw statements shrink as the models grow.
    """

    def __init__(self, raw: dict[str, list[Any]], by_type: dict[str, list[str]], where: str | None):
        self.raw = raw
        self.where = where
        self.by_type = by_type
        self.idents: dict[str, str] = {}
        self._views: dict[str, Props] = {}

    def has(self, s: str) -> bool:
        return s in self.raw or s in self.idents

    def view(self, s: str) -> Props:
        found = self._views.get(s)
        if found is not None:
            return found
        flat = self.raw.get(s)
        if flat is None:
            return {}
        props: Props = {}
        for i in range(0, len(flat), 2):
            key = flat[i]
            if isinstance(key, str):
                props.setdefault(key, []).append(flat[i + 1])
            else:
                props.setdefault(key[0], []).append((flat[i + 1], key[1]))
        if len(self._views) >= 16:
            self._views.clear()
        self._views[s] = props
        return props

    def drop(self, *subjects: str) -> None:
        """Forget the statements of ``subjects`` (their models are built)."""
        for s in subjects:
            self.raw.pop(s, None)
            self._views.pop(s, None)

    def fail(self, subject: str, problem: str) -> RDFImportError:
        return RDFImportError(f"<{subject}> {problem}", path=self.where)

    def all(self, s: str, pred: object) -> list[Term]:
        return self.view(s).get(str(pred), [])

    def opt(self, s: str, pred: object) -> Term | None:
        values = self.all(s, pred)
        if len(values) > 1:
            raise self.fail(s, f"has {len(values)} values of <{pred}>, expected one")
        return values[0] if values else None

    def one(self, s: str, pred: object) -> Term:
        value = self.opt(s, pred)
        if value is None:
            raise self.fail(s, f"lacks <{pred}>")
        return value

    def lit(
        self, s: str, pred: object, convert: Callable[[str], T], required: bool = True
    ) -> T | None:
        value = self.one(s, pred) if required else self.opt(s, pred)
        if value is None:
            return None
        if isinstance(value, str):
            raise self.fail(s, f"has an IRI as <{pred}>, expected a literal")
        try:
            return convert(value[0])
        except (ValueError, InvalidOperation) as exc:
            raise self.fail(s, f"has a bad <{pred}> value {value[0]!r}: {exc}") from exc

    def text(self, s: str, pred: object) -> str:
        out = self.lit(s, pred, str)
        assert out is not None
        return out

    def otext(self, s: str, pred: object) -> str | None:
        return self.lit(s, pred, str, required=False)

    def iri(self, s: str, pred: object, required: bool = True) -> str | None:
        value = self.one(s, pred) if required else self.opt(s, pred)
        if value is not None and not isinstance(value, str):
            raise self.fail(s, f"has a literal as <{pred}>, expected an IRI")
        return value

    def iris(self, s: str, pred: object) -> list[str]:
        values = self.all(s, pred)
        bad = [v for v in values if not isinstance(v, str)]
        if bad:
            raise self.fail(s, f"has a literal as <{pred}>, expected an IRI")
        return [v for v in values if isinstance(v, str)]

    def texts(self, s: str, pred: object) -> list[str]:
        return sorted(v[0] for v in self.all(s, pred) if not isinstance(v, str))

    def ident(self, s: str) -> str:
        found = self.idents.get(s)
        if found is not None:
            return found
        if s not in self.raw:
            raise RDFImportError(f"<{s}> is linked to but never described", path=self.where)
        found = self.idents[s] = self.text(s, SDO.identifier)
        return found

    def control(self, s: str, pred: object, table: dict[str, T]) -> T:
        value = self.iri(s, pred)
        assert value is not None
        if value not in table:
            raise self.fail(s, f"has <{value}> as <{pred}>, not one of the controlled values")
        return table[value]


def _when(text: str) -> datetime | date:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _bool(text: str) -> bool:
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise ValueError("not an xsd:boolean")


def _read_props(
    source: str | bytes | Path, fmt: str, where: str | None
) -> tuple[dict[str, list[Any]], dict[str, list[str]]]:
    """Parse into compact per-subject statement lists (see :class:`_Reader`) and rdf:type index.

    Every IRI is held once (subjects and IRI objects share one string), predicates and
    ``(predicate, datatype)`` keys are shared, and a literal costs only its lexical form.
    """
    raw: dict[str, list[Any]] = {}
    by_type: dict[str, list[str]] = defaultdict(list)
    strings: dict[str, str] = {}
    lit_keys: dict[str, dict[str, tuple[str, str]]] = {}
    last_subject = ""
    flat: list[Any] = []
    named, literal = ox.NamedNode, ox.Literal
    try:
        if isinstance(source, Path):
            quads: Iterable[Any] = ox.parse(path=str(source), format=FORMATS[fmt])
        else:
            quads = ox.parse(source, format=FORMATS[fmt])
        for q in quads:
            s = q.subject
            subject = s.value if isinstance(s, named) else f"_:{s.value}"
            if subject != last_subject:
                subject = strings.setdefault(subject, subject)
                found = raw.get(subject)
                if found is None:
                    found = raw[subject] = []
                flat = found
                last_subject = subject
            pred = q.predicate.value
            o = q.object
            if isinstance(o, literal):
                dt = o.datatype.value
                keys = lit_keys.get(pred)
                if keys is None:
                    keys = lit_keys[pred] = {}
                key = keys.get(dt)
                if key is None:
                    key = keys[dt] = (pred, "" if dt == _XSD_STRING else dt)
                flat += (key, o.value)
            else:
                obj = o.value if isinstance(o, named) else f"_:{o.value}"
                obj = strings.setdefault(obj, obj)
                pred = strings.setdefault(pred, pred)
                flat += (pred, obj)
                if pred == _T:
                    by_type[obj].append(subject)
    except SyntaxError as exc:
        raise RDFImportError(f"not valid {fmt}: {exc}", path=where) from exc
    except OSError as exc:
        raise RDFImportError(f"cannot read: {exc.strerror or exc}", path=where) from exc
    return raw, by_type


_XSD_STRING = str(XSD.string)


def from_rdf(
    path_or_text: str | Path | bytes,
    *,
    format: str | None = None,
) -> GraphSnapshot:
    """Read a claimgraph export back into a GraphSnapshot.

    Args:
        path_or_text: a file path (``Path``, or a ``str`` naming an existing file), or the RDF
            itself as ``str``/``bytes``.
        format: turtle, nt, trig, jsonld or nq; by default guessed from the file name (Turtle
            for text).

    Returns:
        The snapshot: every tuple sorted by id, so the same RDF gives the same snapshot.

    Raises:
        RDFImportError: on RDF that does not parse or is not a claimgraph export (naming the
            file, the node and what is wrong).
    """
    where: str | None = None
    source: str | bytes | Path = path_or_text
    if isinstance(path_or_text, Path) or (
        isinstance(path_or_text, str)
        and "\n" not in path_or_text
        and len(path_or_text) < 4096
        and Path(path_or_text).is_file()
    ):
        source = Path(path_or_text)
        where = str(path_or_text)
        fmt = format or guess_format(source)
    else:
        fmt = format or "turtle"
    if fmt not in FORMATS:
        raise ValueError(f"unknown import format {fmt!r}: choose one of {', '.join(FORMATS)}")
    raw, by_type = _read_props(source, fmt, where)
    reader = _Reader(raw, by_type, where)
    if not any(reader.by_type.get(t) for t in _OURS) and not reader.by_type.get(str(NIF.Context)):
        raise RDFImportError(
            "no claimgraph nodes (schema:Claim, cg:ClaimMention, cg:Metric, nif:Context "
            "documents...): not a claimgraph export",
            path=where,
        )
    try:
        return _snapshot(reader)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise RDFImportError(
            f"a {exc.title} cannot be built: {loc}: {first['msg']}", path=where
        ) from exc


def _dec(text: str) -> Decimal:
    return Decimal(text)


def _quantity(r: _Reader, s: str) -> dict[str, Any]:
    q = r.iri(s, CG.quantity)
    assert q is not None
    if not r.has(q):
        raise r.fail(s, f"links to quantity <{q}> which is never described")
    return {
        "value": r.lit(q, SDO.value, _dec),
        "low": r.lit(q, SDO.minValue, _dec, required=False),
        "high": r.lit(q, SDO.maxValue, _dec, required=False),
        "qualifier": r.control(q, CG.qualifier, _QUAL),
        "unit": r.otext(q, SDO.unitText),
    }


def _snapshot(r: _Reader) -> GraphSnapshot:
    names: dict[str, tuple[str, str]] = {}  # agent IRI -> (name, speaker type)
    persons = []
    for s in r.by_type.get(str(SDO.Person), []):
        roles = []
        for role in r.iris(s, CG.role):
            roles.append(
                Role(
                    title=r.text(role, SDO.roleName),
                    organization=r.otext(role, CG.roleOrganization),
                    first_seen=r.lit(role, SDO.startDate, date.fromisoformat, required=False),
                    last_seen=r.lit(role, SDO.endDate, date.fromisoformat, required=False),
                )
            )
        roles.sort(key=lambda x: (x.first_seen or date.min, x.title, x.organization or "", str(x)))
        p = Person(
            id=r.ident(s),
            name=r.text(s, SDO.name),
            aliases=tuple(r.texts(s, SDO.alternateName)),
            roles=tuple(roles),
        )
        names[s] = (p.name, "person")
        persons.append(p)
        r.drop(s, *r.iris(s, CG.role))
    orgs = []
    for s in r.by_type.get(str(SDO.Organization), []):
        o = Organization(
            id=r.ident(s),
            name=r.text(s, SDO.name),
            aliases=tuple(r.texts(s, SDO.alternateName)),
            is_publisher=bool(r.lit(s, CG.isPublisher, _bool, required=False)),
        )
        names[s] = (o.name, "organization")
        orgs.append(o)
        r.drop(s)

    def agent(s: str, pred: object) -> tuple[str, str] | tuple[None, None]:
        iri = r.iri(s, pred, required=False)
        if iri is None:
            return None, None
        if iri not in names:
            raise r.fail(
                s, f"links <{pred}> to <{iri}>, which is not a named Person or Organization"
            )
        return names[iri]

    documents = []
    doc_ids: dict[str, str] = {}
    blocks_of: dict[str, list[Block]] = defaultdict(list)
    for s in r.by_type.get(str(CG.Block), []):
        ctx = r.iri(s, NIF.referenceContext)
        assert ctx is not None
        parent = r.iri(s, CG.parentBlock, required=False)
        blocks_of[ctx].append(
            Block(
                index=r.lit(s, CG.blockIndex, int),
                kind=BlockKind(r.text(s, CG.blockKind)),
                start=r.lit(s, NIF.beginIndex, int),
                end=r.lit(s, NIF.endIndex, int),
                parent=r.lit(parent, CG.blockIndex, int) if parent else None,
                speaker_label=r.otext(s, CG.speakerLabel),
                turn_role=r.otext(s, CG.turnRole),
                skip_reason=r.otext(s, CG.skipReason),
                fingerprint=r.otext(s, CG.fingerprint),
            )
        )
    r.drop(*r.by_type.get(str(CG.Block), []))
    doc_names: dict[str, str] = {}
    for s in r.by_type.get(str(NIF.Context), []):
        pub_iri = r.iri(s, SDO.publisher, required=False)
        publisher = None
        if pub_iri is not None:
            if pub_iri not in names:
                raise r.fail(s, f"has publisher <{pub_iri}>, which is not a named Organization")
            publisher = names[pub_iri][0]
        d = Document(
            id=r.ident(s),
            name=r.text(s, CG.fileName),
            source_path=r.otext(s, CG.sourcePath),
            text=r.text(s, NIF.isString),
            url=r.otext(s, SDO.url),
            publisher=publisher,
            title=r.otext(s, SDO.headline),
            published=r.lit(s, SDO.datePublished, _when, required=False),
            published_source=r.text(s, CG.publishedSource),
            genre=r.text(s, CG.genre),
            language=r.text(s, SDO.inLanguage),
            blocks=tuple(sorted(blocks_of.get(s, []), key=lambda b: b.index)),
        )
        doc_ids[s] = d.id
        documents.append(d)
        doc_names[s] = d.name
        r.drop(s)

    metrics = [
        Metric(
            id=r.ident(s),
            key=r.text(s, CG.metricKey),
            label=r.text(s, RDF_LABEL),
            subject=r.otext(s, CG.subject),
            aliases=tuple(r.texts(s, SDO.alternateName)),
        )
        for s in r.by_type.get(str(CG.Metric), [])
    ]

    mentions = []
    mentions_of: dict[str, list[str]] = defaultdict(list)
    for s in r.by_type.get(str(CG.ClaimMention), []):
        ctx = r.iri(s, NIF.referenceContext)
        assert ctx is not None
        if ctx not in doc_ids:
            raise r.fail(s, f"refers to document <{ctx}>, which is not in the export")
        speaker, speaker_type = agent(s, PROV.wasAttributedTo)
        reported_by, _ = agent(s, CG.reportedBy)
        q = _quantity(r, s)
        mention = Mention(
            id=r.ident(s),
            document_id=doc_ids[ctx],
            doc=doc_names[ctx],
            number=r.text(s, NIF.anchorOf),
            start=r.lit(s, NIF.beginIndex, int),
            end=r.lit(s, NIF.endIndex, int),
            kind=r.control(s, CG.kind, _KIND),
            metric=r.text(s, CG.metricPhrase),
            subject=r.otext(s, CG.subject),
            period=r.otext(s, CG.period),
            speaker=speaker,
            speaker_type=speaker_type,
            speaker_role=r.otext(s, CG.speakerRole),
            speaker_org=r.otext(s, CG.speakerOrganization),
            reported_by=reported_by,
            date=r.lit(s, CG.dateStated, date.fromisoformat, required=False),
            sentence=r.text(s, CG.sentence),
            sentence_start=r.lit(s, CG.sentenceBegin, int),
            story=r.lit(s, CG.story, int),
            confidence=r.lit(s, CG.confidence, float),
            cue=r.text(s, CG.cue),
            cue_text=r.otext(s, CG.cueText),
            date_source=r.otext(s, CG.dateSource),
            **q,
        )
        claim = r.iri(s, CG.mentionOf, required=False)
        if claim is not None:
            mentions_of[claim].append(mention.id)
        mentions.append(mention)
        r.drop(s, *r.iris(s, CG.quantity))

    claims = []
    for s in r.by_type.get(str(SDO.Claim), []):
        metric_iri = r.iri(s, CG.metric)
        assert metric_iri is not None
        q = _quantity(r, s)
        claims.append(
            Claim(
                id=r.ident(s),
                metric_id=r.ident(metric_iri),
                metric=r.text(s, CG.metricPhrase),
                subject=r.otext(s, CG.subject),
                kind=r.control(s, CG.kind, _KIND),
                mention_ids=tuple(sorted(mentions_of.get(s, []))),
                **q,
            )
        )
        r.drop(s, *r.iris(s, CG.quantity))

    briefings = []
    for s in r.by_type.get(str(SDO.Event), []):
        held_by, _ = agent(s, SDO.organizer)
        if held_by is None:
            raise r.fail(s, f"lacks <{SDO.organizer}>")
        briefings.append(
            Briefing(
                id=r.ident(s),
                day=r.lit(s, SDO.startDate, date.fromisoformat),
                held_by=held_by,
                document_ids=tuple(sorted(r.ident(d) for d in r.iris(s, SDO.subjectOf))),
            )
        )
    syndications = [_syndication(r, s) for s in r.by_type.get(str(CG.Syndication), [])]
    findings = [
        Finding(
            id=r.ident(s),
            kind=r.control(s, CG.findingKind, _FKIND),
            claim_ids=tuple(sorted(r.ident(c) for c in r.iris(s, CG.claim))),
            reason=r.text(s, CG.reason),
            implied_year=r.lit(s, CG.impliedYear, int, required=False),
        )
        for s in r.by_type.get(str(CG.Finding), [])
    ]

    def by_id(items: list[T]) -> tuple[T, ...]:
        return tuple(sorted(items, key=lambda x: x.id))  # type: ignore[attr-defined]

    return GraphSnapshot(
        documents=by_id(documents),
        mentions=by_id(mentions),
        claims=by_id(claims),
        metrics=by_id(metrics),
        persons=by_id(persons),
        organizations=by_id(orgs),
        briefings=by_id(briefings),
        syndications=by_id(syndications),
        findings=by_id(findings),
    )


def _syndication(r: _Reader, s: str) -> Any:
    from claimgraph.models import Syndication

    return Syndication(
        id=r.ident(s),
        fingerprint=r.text(s, CG.fingerprint),
        document_ids=tuple(sorted(r.ident(d) for d in r.iris(s, CG.document))),
    )


RDF_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
