"""Resolution: one key per real thing, so mentions from many documents meet on one node.

Pure functions over models, no I/O. The store (:mod:`claimgraph.store`) calls them as documents
arrive; every result depends only on its inputs as sets, never on their order, so the graph is
the same whatever order the documents are ingested in.

- names: people and organisations by a normalised key; a short name ("Mao") is an alias of the
  one longer name it abbreviates ("Mao Ning") when exactly one exists;
- metrics: ``metric_key("average life expectancy") == metric_key("life expectancy")``;
- claims: ``(subject key, metric key, value, unit, qualifier)`` is one :class:`Claim`;
- briefings: the speaker (or organisation) holding a briefing and its day.

>>> metric_key("The average life expectancy")
'life expectancy'
>>> metric_key("deputies to the National People's Congress")
'deputy national people congress'
>>> resolve_aliases("person", ["mao", "mao ning", "guo jiakun"])["mao"]
'mao ning'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from claimgraph.models import BlockKind, Document, Mention, make_id, normalise_key

__all__ = [
    "BriefingKey",
    "EntityKind",
    "briefing_key",
    "claim_id",
    "is_spokesperson",
    "metric_id",
    "metric_identity",
    "metric_key",
    "name_key",
    "pick_surface",
    "resolve_aliases",
    "role_title",
    "subject_key",
    "value_text",
]

EntityKind = Literal["person", "organization"]

_STOP = frozenset(
    "a an the of to in on for at by with from and or its their his her our your this that these "
    "those per into as".split()
)
# Words that change how a figure is summarised, not what is measured.
_VAGUE = frozenset("average total overall number amount mean".split())
# "The 80th anniversary of the founding of the UN" is the UN's 80th anniversary.
_FOUNDING = frozenset("founding foundation establishment creation inception birth".split())
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_INVARIANT = frozenset(
    "news series species people data media criteria status bus gas lens us ms "
    "physics economics politics statistics".split()
)
_SPOKES = re.compile(r"\bspokes(?:wo)?m[ae]n\b")
_BRIEFING_TEXT = re.compile(
    r"\b(?:press|news) (?:conference|briefing)s?\b|\bregular briefing\b", re.IGNORECASE
)


def _singular(word: str) -> str:
    if word in _INVARIANT or len(word) <= 3 or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    return word[:-1]


def _words(text: str) -> list[str]:
    words = []
    for word in _WORD.findall(normalise_key(text)):
        if word.endswith("'s"):
            word = word[:-2]
        words.append(word.strip("'"))
    return [w for w in words if w]


def metric_key(phrase: str) -> str:
    """The normalised key of a metric phrase: what is measured, without wording variants.

    Lower case; drop determiners, prepositions and summary words (average, total, overall,
    number of); singularise; keep the word order.

    Args:
        phrase: a metric phrase as written ("average life expectancy").

    Returns:
        The key ("life expectancy"); the plain normalised phrase if nothing would be left.

    >>> metric_key("number of effective laws") == metric_key("effective law")
    True
    """
    words = _words(phrase)
    kept = [_singular(w) for w in words if w not in _STOP and w not in _VAGUE]
    if kept and kept[0] == "anniversary":
        kept = [kept[0]] + [w for w in kept[1:] if w not in _FOUNDING]
    return " ".join(kept) if kept else " ".join(words)


def metric_identity(subject: str | None, metric: str) -> tuple[str, str, bool]:
    """The (subject key, metric key) a mention's metric is identified by, and whether its
    subject belongs to that metric (to show it).

    An anniversary metric names what it is about ("anniversary of the United Nations"), so it
    is identified by the metric alone, and a subject is kept only when the metric names it.

    >>> metric_identity("Human Rights Day", "anniversary of the United Nations")
    ('', 'anniversary united nation', False)
    >>> metric_identity("China", "average life expectancy")
    ('china', 'life expectancy', True)
    """
    mkey, skey = metric_key(metric), subject_key(subject)
    words = mkey.split()
    if len(words) > 1 and words[0] == "anniversary":
        named = bool(skey) and metric_key(skey) in " ".join(words[1:])
        return "", mkey, named
    return skey, mkey, bool(skey)


def subject_key(subject: str | None) -> str:
    """The normalised key of a subject ("China's" and "china" -> "china"); "" for none.

    >>> subject_key("the United Nations")
    'united nations'
    """
    if not subject:
        return ""
    words = _words(subject)
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def name_key(name: str) -> str:
    """The key of a person's or organisation's name: lower case, no leading article.

    >>> name_key("The  Ministry of Foreign Affairs")
    'ministry of foreign affairs'
    """
    key = normalise_key(name).strip(" .,;:")
    return key[4:] if key.startswith("the ") else key


def role_title(role: str) -> str:
    """A role title in one spelling: lower case; spokeswoman/spokesman -> spokesperson.

    >>> role_title("Spokeswoman")
    'spokesperson'
    """
    return _SPOKES.sub("spokesperson", normalise_key(role))


def is_spokesperson(role: str | None) -> bool:
    """Whether a role is a spokesperson's (the people who hold briefings)."""
    return role is not None and "spokesperson" in role_title(role)


def value_text(value: Decimal) -> str:
    """A decimal in one canonical spelling: ``1E+8``, ``100000000.0`` -> ``100000000``.

    >>> value_text(Decimal("78.60")), value_text(Decimal("1E+8"))
    ('78.6', '100000000')
    """
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", "0"} else text


def metric_id(subject: str, metric: str) -> str:
    """The Metric id of a (subject key, metric key) pair."""
    return make_id("met", subject, metric)


def claim_id(
    metric: str, value: Decimal, unit: str | None, qualifier: str, high: Decimal | None = None
) -> str:
    """The Claim id: ``make_id("clm", metric_id, value, unit, qualifier)``.

    A range also keys on its upper end (its ``value`` is the lower end), so "3-5%" and "3-6%"
    stay two claims.
    """
    if qualifier == "range" and high is not None:
        return make_id("clm", metric, value_text(value), unit, qualifier, value_text(high))
    return make_id("clm", metric, value_text(value), unit, qualifier)


def pick_surface(surfaces: Iterable[str]) -> str:
    """The display form among spellings of one thing: properly cased first, then shortest.

    >>> pick_surface(["MAO NING", "Mao Ning", "mao ning"])
    'Mao Ning'
    """
    unique = set(surfaces)
    if not unique:
        raise ValueError("pick_surface needs at least one surface")

    def rank(text: str) -> tuple[bool, int, str]:
        return (text.isupper() or text.islower(), len(text), text)

    return min(unique, key=rank)


def resolve_aliases(kind: EntityKind, keys: Iterable[str]) -> dict[str, str]:
    """Map every name key to the key of the entity it names.

    People: a one-word name is an alias of the only longer name whose first or last word it is
    ("mao" -> "mao ning"; "blinken" -> "antony blinken"); with two candidates it stays itself.
    Organisations: a name is an alias of the only longest name it ends ("foreign ministry" ->
    "chinese foreign ministry", unless a "japanese foreign ministry" is known too).

    Args:
        kind: "person" or "organization".
        keys: name keys (see :func:`name_key`).

    Returns:
        A mapping from every given key to its canonical key (itself when not an alias).
    """
    unique = sorted(set(keys))
    mapping = {key: key for key in unique}
    if kind == "person":
        by_word: dict[str, set[str]] = {}
        for key in unique:
            words = key.split()
            if len(words) >= 2:
                by_word.setdefault(words[0], set()).add(key)
                by_word.setdefault(words[-1], set()).add(key)
        for key in unique:
            if " " not in key:
                candidates = by_word.get(key, set())
                if len(candidates) == 1:
                    mapping[key] = next(iter(candidates))
        return mapping
    tails: dict[tuple[str, ...], set[str]] = {}
    for key in unique:
        parts = tuple(key.split())
        for i in range(1, len(parts)):
            tails.setdefault(parts[i:], set()).add(key)
    for key in unique:
        longer = tails.get(tuple(key.split()), set())
        # Only the longest names count: "ministry" under "foreign ministry" and
        # "chinese foreign ministry" is the latter's if nothing else ends in "ministry".
        maximal = {k for k in longer if not tails.get(tuple(k.split()))}
        if len(maximal) == 1:
            mapping[key] = next(iter(maximal))
    return mapping


@dataclass(frozen=True)
class BriefingKey:
    """Who held the briefing a document reports (a name as written) and on which day."""

    holder: str
    kind: EntityKind
    day: date


def _holder_of(mention: Mention) -> tuple[str, EntityKind] | None:
    if mention.cue == "question":
        return None
    if mention.reported_by:
        return mention.reported_by, "person"
    if mention.speaker:
        kind: EntityKind = "organization" if mention.speaker_type == "organization" else "person"
        return mention.speaker, kind
    return None


def briefing_key(document: Document, mentions: Sequence[Mention]) -> BriefingKey | None:
    """The briefing a document reports, if it reports one.

    The holder is the person who answers the most transcript turns or states (or relays) the
    most figures, a spokesperson first; failing a person, the organisation most figures come
    from. A document reports a briefing when it is a transcript, when the holder is a
    spokesperson, or when it speaks of a press conference or briefing. The day is the day most
    of the holder's figures were stated, else the publication day.

    Args:
        document: the document.
        mentions: its mentions.

    Returns:
        The holder and day, or None when the document reports no briefing.
    """
    counts: Counter[tuple[str, EntityKind]] = Counter()
    spokes: set[str] = set()
    for block in document.blocks:
        if block.kind == BlockKind.TURN and block.turn_role == "answer" and block.speaker_label:
            label = block.speaker_label.strip()
            if len(label) > 2:
                counts[label, "person"] += 1
    for mention in mentions:
        holder = _holder_of(mention)
        if holder is not None:
            counts[holder] += 1
            if holder[0] == mention.speaker and is_spokesperson(mention.speaker_role):
                spokes.add(holder[0])
    people = [(name, n) for (name, kind), n in counts.items() if kind == "person"]
    orgs = [(name, n) for (name, kind), n in counts.items() if kind == "organization"]
    orgs += [(m.speaker_org, 0) for m in mentions if m.speaker_org and m.cue != "question"]
    chosen: tuple[str, EntityKind]
    if people:
        name = min(people, key=lambda p: (p[0] not in spokes, -p[1], name_key(p[0]), p[0]))[0]
        chosen = (name, "person")
    elif orgs:
        totals: Counter[str] = Counter()
        for org, n in orgs:
            totals[org] += n
        chosen = (min(totals, key=lambda o: (-totals[o], name_key(o), o)), "organization")
    else:
        return None
    reports = (
        document.genre == "transcript"
        or chosen[0] in spokes
        or bool(_BRIEFING_TEXT.search(document.text))
    )
    if not reports:
        return None
    days = Counter(m.date for m in mentions if m.date is not None and _holder_of(m) == chosen)
    if not days:
        days = Counter(m.date for m in mentions if m.date is not None)
    if days:
        day = min(days, key=lambda d: (-days[d], d))
    elif document.published_day is not None:
        day = document.published_day
    else:
        return None
    return BriefingKey(holder=chosen[0], kind=chosen[1], day=day)


def canonical_names(
    surfaces: Mapping[str, Iterable[str]], mapping: Mapping[str, str]
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Group name spellings by canonical key: ``{canonical: (display name, aliases)}``.

    Args:
        surfaces: every spelling seen, by name key.
        mapping: name key -> canonical key (from :func:`resolve_aliases`).

    Returns:
        For each canonical key, its display name (a spelling of the canonical key itself) and
        the other spellings, sorted.
    """
    members: dict[str, set[str]] = {}
    for key, spellings in surfaces.items():
        members.setdefault(mapping.get(key, key), set())
        members[mapping.get(key, key)].update(spellings)
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for canon, spellings in members.items():
        own = [s for s in spellings if name_key(s) == canon] or sorted(spellings)
        display = pick_surface(own)
        out[canon] = (display, tuple(sorted(spellings - {display})))
    return out
