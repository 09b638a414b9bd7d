"""The RDF vocabularies claimgraph writes: its own ``cg:`` terms and the public ones it reuses.

Every namespace here is an rdflib :class:`~rdflib.namespace.DefinedNamespace` with ``_fail = True``,
so a misspelt term raises instead of silently minting a new IRI:

>>> CG.mentionOf
rdflib.term.URIRef('https://claimgraph.example/ns#mentionOf')
>>> CG.mentionof  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
AttributeError: term 'mentionof' not in namespace 'https://claimgraph.example/ns#'
"""

# RDF terms keep their published camelCase spelling (cg:mentionOf, nif:beginIndex).
# ruff: noqa: N815

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SH,
    XSD,
    DefinedNamespace,
)

from claimgraph.models import FindingKind, Kind, Qualifier

__all__ = [
    "CG",
    "CUR",
    "DCTERMS",
    "FINDING_KINDS",
    "KINDS",
    "NIF",
    "NP",
    "OWL",
    "PREFIXES",
    "PROV",
    "QUALIFIERS",
    "QUDT",
    "RDF",
    "RDFS",
    "SDO",
    "SH",
    "UNIT",
    "UNIT_IRIS",
    "XSD",
    "unit_iri",
]


class CG(DefinedNamespace):
    """The claimgraph vocabulary: only what schema.org, PROV, NIF and QUDT lack.

    Defined with labels and comments in ``schemas/claimgraph.ttl``.
    """

    _NS = Namespace("https://claimgraph.example/ns#")
    _fail = True

    # classes
    ClaimMention: URIRef  # one utterance of a claim in one document
    Metric: URIRef  # subject x what is measured; groups every value claimed for it
    Block: URIRef  # a story, turn, paragraph, sentence or furniture span of a document
    Syndication: URIRef  # documents carrying the same story
    Finding: URIRef  # a tracking result linking claims, with its reason
    QualifierValue: URIRef  # class of the controlled qualifier values
    KindValue: URIRef  # class of the controlled kind values
    FindingKindValue: URIRef  # class of the controlled finding kinds

    # mention and claim properties
    mentionOf: URIRef
    reportedBy: URIRef
    dateStated: URIRef
    metric: URIRef
    quantity: URIRef
    kind: URIRef
    qualifier: URIRef
    period: URIRef
    metricPhrase: URIRef
    subject: URIRef
    sentence: URIRef
    sentenceBegin: URIRef
    story: URIRef
    confidence: URIRef
    cue: URIRef
    cueText: URIRef
    dateSource: URIRef
    speakerRole: URIRef
    speakerOrganization: URIRef
    surfaceText: URIRef

    # documents and blocks
    fileName: URIRef
    sourcePath: URIRef
    publishedSource: URIRef
    genre: URIRef
    blockIndex: URIRef
    blockKind: URIRef
    parentBlock: URIRef
    speakerLabel: URIRef
    turnRole: URIRef
    skipReason: URIRef
    fingerprint: URIRef

    # metrics, agents, syndications
    metricKey: URIRef
    isPublisher: URIRef
    role: URIRef
    roleOrganization: URIRef
    document: URIRef

    # findings
    findingKind: URIRef
    claim: URIRef
    reason: URIRef
    impliedYear: URIRef
    repeats: URIRef
    contradicts: URIRef
    consistentWith: URIRef
    changedFrom: URIRef

    # controlled values: qualifiers
    Exact: URIRef
    Nearly: URIRef
    Approximate: URIRef
    MoreThan: URIRef
    AtLeast: URIRef
    LessThan: URIRef
    AtMost: URIRef
    Range: URIRef
    # controlled values: kinds
    Count: URIRef
    Measure: URIRef
    Percent: URIRef
    Duration: URIRef
    Anniversary: URIRef
    Money: URIRef
    Rank: URIRef
    # controlled values: finding kinds
    Repeat: URIRef
    Change: URIRef
    Contradiction: URIRef
    Consistency: URIRef
    SingleSource: URIRef


class NIF(DefinedNamespace):
    """The NIF 2.0 core terms claimgraph uses for offsets into a document's text."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    String: URIRef
    isString: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef


class QUDT(DefinedNamespace):
    """The QUDT schema terms claimgraph uses."""

    _NS = Namespace("http://qudt.org/schema/qudt/")
    _fail = True

    QuantityValue: URIRef
    unit: URIRef


class NP(DefinedNamespace):
    """The nanopublication schema terms the TriG export uses."""

    _NS = Namespace("http://www.nanopub.org/nschema#")
    _fail = True

    Nanopublication: URIRef
    hasAssertion: URIRef
    hasProvenance: URIRef
    hasPublicationInfo: URIRef


UNIT = Namespace("http://qudt.org/vocab/unit/")
CUR = Namespace("http://qudt.org/vocab/currency/")

PREFIXES: dict[str, str] = {
    "cg": str(CG._NS),
    "cur": str(CUR),
    "dcterms": str(DCTERMS),
    "nif": str(NIF._NS),
    "np": str(NP._NS),
    "owl": str(OWL),
    "prov": str(PROV._NS),
    "qudt": str(QUDT._NS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SDO._NS),
    "unit": str(UNIT),
    "xsd": str(XSD),
}
"""Prefix -> namespace IRI, for Turtle, TriG, JSON-LD and SPARQL."""

QUALIFIERS: dict[Qualifier, URIRef] = {
    "exact": CG.Exact,
    "nearly": CG.Nearly,
    "approximate": CG.Approximate,
    "more_than": CG.MoreThan,
    "at_least": CG.AtLeast,
    "less_than": CG.LessThan,
    "at_most": CG.AtMost,
    "range": CG.Range,
}
"""Model qualifier -> its controlled ``cg:`` value."""

KINDS: dict[Kind, URIRef] = {
    "count": CG.Count,
    "measure": CG.Measure,
    "percent": CG.Percent,
    "duration": CG.Duration,
    "anniversary": CG.Anniversary,
    "money": CG.Money,
    "rank": CG.Rank,
}
"""Model kind -> its controlled ``cg:`` value."""

FINDING_KINDS: dict[FindingKind, URIRef] = {
    "repeats": CG.Repeat,
    "changed": CG.Change,
    "contradicts": CG.Contradiction,
    "consistent_with": CG.Consistency,
    "single_source": CG.SingleSource,
}
"""Model finding kind -> its controlled ``cg:`` value."""

UNIT_IRIS: dict[str, URIRef] = {
    "year": UNIT.YR,
    "month": UNIT.MO,
    "week": UNIT.WK,
    "day": UNIT.DAY,
    "hour": UNIT.HR,
    "minute": UNIT.MIN,
    "second": UNIT.SEC,
    "percent": UNIT.PERCENT,
    "km": UNIT.KiloM,
    "m": UNIT.M,
    "square km": UNIT.KiloM2,
    "km2": UNIT.KiloM2,
    "hectare": UNIT.HA,
    "tonne": UNIT.TONNE,
    "kg": UNIT.KiloGM,
    "kwh": UNIT["KiloW-HR"],
    "degree celsius": UNIT.DEG_C,
}
"""Model unit (lower case) -> QUDT unit IRI. Currency codes map to ``cur:`` (see unit_iri)."""


def unit_iri(unit: str) -> URIRef | None:
    """The QUDT IRI of a model unit, or None when QUDT has no exact match.

    Three-letter upper-case units are ISO 4217 currency codes and map to QUDT's currency
    vocabulary. ``schema:unitText`` always carries the unit as the model has it, so a unit
    without an IRI loses nothing.

    >>> [str(unit_iri(u)) for u in ("year", "USD", "percentage point")]
    ['http://qudt.org/vocab/unit/YR', 'http://qudt.org/vocab/currency/USD', 'None']
    """
    if len(unit) == 3 and unit.isascii() and unit.isalpha() and unit.isupper():
        return CUR[unit]
    return UNIT_IRIS.get(unit.lower())
