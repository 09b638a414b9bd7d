"""Consistency checks across claims: base years, same-period values, percentage changes.

Every check groups claims by keys in dictionaries and compares only within a group, so the cost
stays near-linear in the number of mentions (never all pairs of claims).

1. Base years. "The 76th anniversary of the UDHR" stated in 2024 and "adopted 77 years ago"
   stated in 2025 both imply 1948. Claims are grouped by the subject their metric names (with
   acronyms joined to their expansions: "UN" and "United Nations"); the year most statements
   support is the consensus; claims that imply it are ``consistent_with`` each other, a claim
   that cannot ``contradicts`` them.
2. Same metric, same period. Different values for one metric and one period (or one day, when
   no period is given) from different speakers or sources ``contradict``, unless the values
   are compatible given their qualifiers and the precision they were written with ("nearly 100
   million" and "over 99 million" are; they are ``consistent_with`` each other).
3. Percentage changes. "Exports grew 20% in 2024" against exports of 100 in 2023 and 110 in
   2024, all in the graph: the change the two values imply (10%) must fall in the interval the
   percentage allows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from claimgraph.models import Claim, Finding, Mention, make_id, normalise_key
from claimgraph.track._index import (
    Found,
    Interval,
    SnapshotIndex,
    chain_edges,
    fmt_decimal,
    star_edges,
    value_interval,
)

# How many agreeing claims a contradiction names beside the dissenting one, and how many claims
# a reason spells out before "and N more".
_MAX_WITNESSES = 3
_MAX_LISTED = 5
# Repeats of one base-year statement only vote when they pin the year to this many years or
# fewer ("77 years ago" allows 1947-1948; "more than 40 years ago" does not vote).
_MAX_VOTE_WIDTH = 2

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d|21\d\d)\b")
_SINCE = re.compile(r"^(?:(?:the )?(?:number of )?(?:years?|time|decades?) (?:since|ago)\b)")
_PREFIX = re.compile(
    r"^(?:the )?(?:number of )?(?:(?:years?|time|decades?) (?:since|ago)|(?:\w+ )?"
    r"(?:anniversary|anniversaries|birthday|jubilee)(?: celebrations?)?(?: of| since)?)\b"
)
# Words naming the event rather than the thing: "the founding of the UN" and "since the UN was
# founded" are both about the UN.
_EVENT_WORDS = frozenset(
    "founding foundation founded establishment established establishing adoption adopted "
    "signing signed creation created birth born launch launched inception opening opened "
    "start started beginning began entry into force proclamation proclaimed formation formed "
    "normalization normalisation normalized normalised set up was were has have had been".split()
)
_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "de", "s"})


def _words(text: str) -> list[str]:
    """Lower-case words without stopwords, plurals folded ("rights" -> "right")."""
    words = []
    for word in re.split(r"[\s/]+", _clean(text).replace("'s ", " ")):
        word = word.strip("'")
        if not word or word in _STOPWORDS:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        words.append(word)
    return words


@dataclass(frozen=True)
class _Statement:
    """One claim stated on one day, with the base year (interval) it implies."""

    claim: Claim
    day: date | None
    years: Interval
    mention: Mention


def _clean(text: str) -> str:
    text = normalise_key(text)
    text = re.sub(r"[()\[\],.;:\"]", " ", text)
    return " ".join(text.split())


_EVENT_OBJECT = re.compile(
    r"\b(?:adopt(?:ed|ion)|establish(?:ed|ment)|found(?:ed|ing|ation)|sign(?:ed|ing)|"
    r"creat(?:ed|ion)|launch(?:ed)?|proclaim(?:ed)?|proclamation|form(?:ed|ation)|set up|"
    r"inception|birth|born|open(?:ed|ing)|normali[sz](?:ed|ation))\b(?: of)?\s+(.+)$"
)


def _key(text: str) -> str:
    return " ".join(w for w in _words(text) if w not in _EVENT_WORDS)


def base_year_candidates(metric: str, subject: str | None) -> list[str]:
    """What a base-year claim may be dating, as keys, the likeliest first.

    The metric after "anniversary of" / "years since", the object of an event word in it
    ("... adopted the UDHR"), the whole metric; the claim's subject when these are empty.
    Extracted metric phrases are often a clause rather than a noun phrase, so the caller
    picks the candidate other claims share.

    >>> base_year_candidates("anniversary of the founding of the United Nations", None)
    ['united nation']
    >>> base_year_candidates("years since Human Rights Day was established", "x")
    ['human right day']
    >>> base_year_candidates("United Nations adopted the UDHR", "United Nations")
    ['udhr', 'united nation udhr']
    """
    text = _clean(metric)
    found: list[str] = []
    rest = _PREFIX.sub("", text, count=1)
    if rest != text:
        found.append(_key(rest))
    for match in _EVENT_OBJECT.finditer(text):
        found.append(_key(match.group(1)))
    if rest == text:
        found.append(_key(text))
    keys = [k for k in dict.fromkeys(found) if k and k not in ("anniversary", "year", "time")]
    # The subject only when the metric names nothing: extracted subjects of a clause such as
    # "the UN established Human Rights Day" are often the actor, not the thing dated.
    return keys or [k for k in [_key(subject or "")] if k]


def base_year_subject(metric: str, subject: str | None) -> str:
    """The likeliest thing a base-year claim dates (first of :func:`base_year_candidates`).

    >>> base_year_subject("year since adoption universal declaration human right", None)
    'universal declaration human right'
    >>> base_year_subject("anniversary", "UDHR")
    'udhr'
    """
    found = base_year_candidates(metric, subject)
    return found[0] if found else ""


def _acronym(key: str) -> str:
    words = [w for w in re.split(r"[\s-]+", key) if w]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _is_since(index: SnapshotIndex, claim: Claim, mentions: Sequence[Mention]) -> bool:
    if claim.kind != "duration" or claim.unit != "year":
        return False
    if _SINCE.match(_clean(claim.metric)) or _SINCE.match(index.metric_key(claim)):
        return True
    return any(re.search(r"\bago\b", m.number.lower()) for m in mentions)


def _ref_year(mention: Mention, day: date | None) -> int | None:
    if mention.period:
        years = _YEAR.findall(mention.period)
        if len(years) == 1:
            return int(years[0])
    return day.year if day is not None else None


def _to_int(value: Decimal, *, up: bool) -> int:
    return int(value.to_integral_value(rounding="ROUND_CEILING" if up else "ROUND_FLOOR"))


def _implied_years(claim: Claim, mention: Mention, day: date | None, since: bool) -> Interval:
    ref = _ref_year(mention, day) if not since else (day.year if day else None)
    if ref is None:
        return Interval(None, None)
    values = value_interval(claim.value, claim.qualifier, low=claim.low, high=claim.high)
    # An anniversary falls in the year it is celebrated; "N years ago" may be N or N+1
    # calendar years back, depending on the month.
    slack = 1 if since else 0
    lo = None if values.hi is None else Decimal(ref - _to_int(values.hi, up=True) - slack)
    hi = None if values.lo is None else Decimal(ref - _to_int(values.lo, up=False))
    return Interval(lo, hi)


def _point_year(years: Interval) -> int | None:
    return int(years.hi) if years.hi is not None else None


def _claim_phrase(index: SnapshotIndex, st: _Statement) -> str:
    who = f" by {st.mention.speaker}" if st.mention.speaker else ""
    when = st.day.isoformat() if st.day else "undated"
    return f"{st.claim.id} '{st.mention.number}' ({when}{who}, {st.mention.doc})"


def _listing(parts: Sequence[str]) -> str:
    if len(parts) <= _MAX_LISTED:
        return "; ".join(parts)
    return "; ".join(parts[:_MAX_LISTED]) + f"; and {len(parts) - _MAX_LISTED} more"


def _subject_aliases(keys: Iterable[str]) -> dict[str, str]:
    """Map an acronym key ("udhr") to the one expansion it abbreviates, when unambiguous."""
    keys = set(keys)
    by_acronym: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        acro = _acronym(key)
        if acro:
            by_acronym[acro].add(key)
    aliases = {}
    for key in keys:
        compact = key.replace(" ", "").replace(".", "")
        targets = by_acronym.get(compact, set())
        if len(targets) == 1 and " " not in key:
            aliases[key] = next(iter(targets))
    return aliases


def base_year_findings(index: SnapshotIndex) -> tuple[list[Found], set[str]]:
    """Consistency of anniversaries and "N years ago": findings, and the claims examined."""
    pending: list[tuple[list[str], list[_Statement]]] = []
    examined: set[str] = set()
    for claim in index.snapshot.claims:
        mentions = index.claim_mentions(claim)
        since = _is_since(index, claim, mentions)
        if claim.kind != "anniversary" and not since:
            continue
        candidates = base_year_candidates(claim.metric, claim.subject)
        if not candidates:
            continue
        examined.add(claim.id)
        seen: set[tuple[date | None, Interval]] = set()
        said: list[_Statement] = []
        for mention in sorted(mentions, key=lambda m: (m.doc, m.start, m.id)):
            day = index.mention_day(mention)
            years = _implied_years(claim, mention, day, since)
            if (years.lo is None and years.hi is None) or (day, years) in seen:
                continue
            seen.add((day, years))
            said.append(_Statement(claim, day, years, mention))
        if said:
            pending.append((candidates, said))

    # Acronyms join their expansions ("udhr" -> "universal declaration human right"); then each
    # claim goes to the candidate most claims share, its likeliest one on a tie.
    aliases = _subject_aliases({k for cands, _ in pending for k in cands})
    shares: dict[str, int] = defaultdict(int)
    for cands, _ in pending:
        for key in dict.fromkeys(aliases.get(k, k) for k in cands):
            shares[key] += 1
    statements: dict[str, list[_Statement]] = defaultdict(list)
    for cands, said in pending:
        keys = list(dict.fromkeys(aliases.get(k, k) for k in cands))
        best = max(range(len(keys)), key=lambda i: (shares[keys[i]], -i))
        statements[keys[best]].extend(said)

    findings: list[Found] = []
    for subject in sorted(statements):
        findings.extend(_judge_base_years(index, subject, statements[subject]))
    return findings, examined


def _judge_base_years(index: SnapshotIndex, subject: str, group: list[_Statement]) -> list[Found]:
    votes: dict[int, int] = defaultdict(int)
    exact_votes: dict[int, int] = defaultdict(int)
    for st in group:
        lo, hi = st.years
        if lo is None or hi is None or hi - lo > _MAX_VOTE_WIDTH:
            continue
        for year in range(int(lo), int(hi) + 1):
            votes[year] += 1
            if lo == hi:
                exact_votes[year] += 1
    if not votes:
        return []
    consensus = max(votes, key=lambda y: (votes[y], exact_votes[y], -y))
    consensus_year = Decimal(consensus)
    disagreeing: dict[str, _Statement] = {}
    for st in group:
        if not st.years.contains(consensus_year):
            disagreeing.setdefault(st.claim.id, st)
    agreeing: dict[str, _Statement] = {}
    for st in sorted(group, key=lambda s: (s.day or date.max, s.claim.id)):
        if st.claim.id not in disagreeing:
            agreeing.setdefault(st.claim.id, st)

    findings: list[Found] = []
    agree_text = _listing([_claim_phrase(index, st) for st in agreeing.values()])
    docs = {m.document_id for st in agreeing.values() for m in index.claim_mentions(st.claim)}
    if len(agreeing) >= 2 or len(docs) >= 2:
        # One claim carried by two documents also counts: two reports agreeing on the year.
        finding = Finding(
            id=make_id("fnd", "consistent_with", *sorted(agreeing)),
            kind="consistent_with",
            claim_ids=tuple(sorted(agreeing)),
            reason=(
                f"{len(agreeing)} claim(s) in {len(docs)} document(s) all imply base year "
                f"{consensus} for {subject}: {agree_text}"
            ),
            implied_year=consensus,
        )
        order = list(agreeing)
        loop = ((order[0], order[0]),)
        findings.append(Found(finding, chain_edges(order) if len(order) > 1 else loop))
    witnesses = list(agreeing.values())[:_MAX_WITNESSES]
    for claim_id in sorted(disagreeing):
        st = disagreeing[claim_id]
        if not witnesses:
            break
        ids = tuple(sorted({claim_id, *(w.claim.id for w in witnesses)}))
        finding = Finding(
            id=make_id("fnd", "contradicts", *ids),
            kind="contradicts",
            claim_ids=ids,
            reason=(
                f"{_claim_phrase(index, st)} implies base year {st.years.describe()} for "
                f"{subject}, but {agree_text} imply {consensus}"
            ),
            implied_year=_point_year(st.years),
        )
        findings.append(Found(finding, star_edges([claim_id], [w.claim.id for w in witnesses])))
    return findings


# --------------------------------------------------------------------------- same period
def _period_key(mention: Mention, day: date | None) -> str | None:
    if mention.period:
        key = _clean(mention.period)
        key = re.sub(r"^(?:in|during|for|over|the) ", "", key)
        return f"period:{key}"
    return f"day:{day.isoformat()}" if day is not None else None


@dataclass
class _Bucketed:
    claim: Claim
    interval: Interval
    mentions: list[Mention]


def same_period_findings(index: SnapshotIndex, skip: set[str]) -> list[Found]:
    """Different values for one metric and one period: conflicts and compatible pairs."""
    buckets: dict[tuple[str, str | None, str], dict[str, _Bucketed]] = defaultdict(dict)
    for claim in index.snapshot.claims:
        if claim.id in skip:
            continue
        interval: Interval | None = None
        for mention in index.claim_mentions(claim):
            period = _period_key(mention, index.mention_day(mention))
            if period is None:
                continue
            bucket = buckets[(claim.metric_id, claim.unit, period)]
            if claim.id not in bucket:
                if interval is None:
                    interval = index.claim_interval(claim)
                bucket[claim.id] = _Bucketed(claim, interval, [])
            bucket[claim.id].mentions.append(mention)

    findings: list[Found] = []
    for (_, _, period), bucket in sorted(buckets.items(), key=lambda kv: str(kv[0])):
        if len(bucket) < 2:
            continue
        findings.extend(_judge_bucket(period, list(bucket.values())))
    return findings


def _lo_key(item: _Bucketed) -> tuple[bool, Decimal, str]:
    lo = item.interval.lo
    return (lo is not None, lo if lo is not None else Decimal(0), item.claim.id)


def _item_phrase(item: _Bucketed) -> str:
    m = min(item.mentions, key=lambda x: (x.doc, x.start))
    who = f" by {m.speaker}" if m.speaker else ""
    return f"{item.claim.id} '{m.number}' ({item.interval.describe()}{who}, {m.doc})"


def _judge_bucket(period: str, items: list[_Bucketed]) -> list[Found]:
    items.sort(key=_lo_key)
    clusters: list[list[_Bucketed]] = []
    common: Interval | None = None
    for item in items:
        meet = common.intersect(item.interval) if common is not None else None
        if clusters and meet is not None:
            clusters[-1].append(item)
            common = meet
        else:
            clusters.append([item])
            common = item.interval
    when = period.split(":", 1)[1]
    label = items[0].claim.metric
    findings: list[Found] = []
    for cluster in clusters:
        if len(cluster) >= 2:
            ids = tuple(sorted(i.claim.id for i in cluster))
            finding = Finding(
                id=make_id("fnd", "consistent_with", *ids),
                kind="consistent_with",
                claim_ids=ids,
                reason=(
                    f"{label} ({when}): values compatible given their qualifiers: "
                    + _listing([_item_phrase(i) for i in cluster])
                ),
            )
            findings.append(Found(finding, chain_edges([i.claim.id for i in cluster])))
    for left, right in zip(clusters, clusters[1:], strict=False):
        both = left + right
        speakers = {m.speaker for i in both for m in i.mentions}
        docs = {m.document_id for i in both for m in i.mentions}
        if len(speakers) < 2 and len(docs) < 2:
            continue  # one speaker in one document: left to extraction review
        ids = tuple(sorted(i.claim.id for i in both))
        finding = Finding(
            id=make_id("fnd", "contradicts", *ids),
            kind="contradicts",
            claim_ids=ids,
            reason=(
                f"{label} ({when}): incompatible values: "
                + _listing([_item_phrase(i) for i in left])
                + " vs "
                + _listing([_item_phrase(i) for i in right])
            ),
        )
        edges = star_edges([i.claim.id for i in left], [i.claim.id for i in right])
        findings.append(Found(finding, edges))
    return findings


# --------------------------------------------------------------------------- percent changes
_UP = {"growth", "increase", "rise", "grew", "rose", "increased", "expansion", "gain", "up"}
_DOWN = {
    "decline",
    "decrease",
    "drop",
    "fall",
    "fell",
    "declined",
    "dropped",
    "decreased",
    "reduction",
    "contraction",
    "down",
    "loss",
}
_PURE_YEAR = re.compile(r"^(?:in |during |for |the year )?(\d{4})$")
_YEAR_SPAN = re.compile(r"^(?:from |between )?(\d{4}) (?:to|and|-) (\d{4})$")
_QUALIFYING = frozenset(
    {"year-on-year", "y-o-y", "yoy", "annual", "yearly", "total", "rate", "value", "by"}
)


def _stem(text: str) -> str:
    """A metric's comparable form: stopwords, plurals and "total"/"value" words dropped.

    >>> _stem("the total value of Exports"), _stem("export")
    ('export', 'export')
    """
    return " ".join(w for w in _words(text) if w not in _QUALIFYING)


def parse_change(metric: str) -> tuple[str, int] | None:
    """The metric a percentage change is about, and its direction (+1, -1, or 0 unknown).

    >>> parse_change("growth of exports"), parse_change("decline in export volume")
    (('export', 1), ('export volume', -1))
    >>> parse_change("year-on-year increase in paid-in FDI")
    ('paid-in fdi', 1)
    >>> parse_change("share of GDP") is None
    True
    """
    words = [w for w in _words(metric) if w not in _QUALIFYING]
    change = [i for i, w in enumerate(words) if w in _UP or w in _DOWN or w == "change"]
    if len(change) != 1 or (change[0] not in (0, len(words) - 1)):
        return None
    word = words.pop(change[0])
    direction = 1 if word in _UP else -1 if word in _DOWN else 0
    return (" ".join(words), direction) if words else None


def _pure_year(period: str | None) -> int | None:
    if not period:
        return None
    match = _PURE_YEAR.match(_clean(period))
    return int(match.group(1)) if match else None


def _change_years(period: str | None) -> tuple[int, int] | None:
    if not period:
        return None
    key = _clean(period)
    match = _YEAR_SPAN.match(key)
    if match:
        return int(match.group(1)), int(match.group(2))
    year = _pure_year(period)
    return (year - 1, year) if year is not None else None


def percent_change_findings(index: SnapshotIndex) -> list[Found]:
    """Percentage changes checked against the two values they relate, when both are known."""
    values: dict[tuple[str, str, int], dict[str, Claim]] = defaultdict(dict)
    changes: list[tuple[Claim, Mention, str, int, tuple[int, int]]] = []
    for claim in index.snapshot.claims:
        subject = _clean(claim.subject or "")
        mentions = index.claim_mentions(claim)
        if claim.unit == "percent":
            parsed = parse_change(claim.metric)
            if parsed is None:
                continue
            for mention in mentions:
                years = _change_years(mention.period)
                if years is not None:
                    changes.append((claim, mention, subject, parsed[1], years))
        elif claim.unit != "percentage point":
            stem = _stem(claim.metric)
            for mention in mentions:
                year = _pure_year(mention.period)
                if year is not None:
                    values[(subject, stem, year)].setdefault(claim.id, claim)

    findings: list[Found] = []
    seen: set[tuple[str, int, int]] = set()
    for claim, mention, subject, direction, (y1, y2) in changes:
        parsed = parse_change(claim.metric)
        assert parsed is not None  # filtered above
        if (claim.id, y1, y2) in seen:
            continue
        seen.add((claim.id, y1, y2))
        befores = sorted(values.get((subject, parsed[0], y1), {}).values(), key=lambda c: c.id)
        afters = sorted(values.get((subject, parsed[0], y2), {}).values(), key=lambda c: c.id)
        for before in befores[:_MAX_WITNESSES]:
            for after in afters[:_MAX_WITNESSES]:
                finding = _judge_change(index, claim, mention, direction, before, after, y1, y2)
                if finding is not None:
                    findings.append(finding)
    return findings


def _judge_change(
    index: SnapshotIndex,
    claim: Claim,
    mention: Mention,
    direction: int,
    before: Claim,
    after: Claim,
    y1: int,
    y2: int,
) -> Found | None:
    if before.unit != after.unit:
        return None
    b, a = index.claim_interval(before), index.claim_interval(after)
    if b.lo is None or b.hi is None or a.lo is None or a.hi is None or b.lo <= 0:
        return None
    hundred = Decimal(100)
    lowest = (a.lo - b.hi) / b.hi * hundred
    highest = (a.hi - b.lo) / b.lo * hundred
    if direction < 0:
        lowest, highest = -highest, -lowest
    claimed = index.claim_interval(claim)
    implied = Interval(lowest, highest)
    if direction == 0:
        meets = claimed.intersect(implied) is not None or (
            claimed.intersect(Interval(-highest, -lowest)) is not None
        )
    else:
        meets = claimed.intersect(implied) is not None
    point = (after.value - before.value) / before.value * hundred
    verb = "rise" if point >= 0 else "fall"
    relation = (
        f"{before.metric}: {fmt_decimal(before.value)} ({y1}) -> {fmt_decimal(after.value)} "
        f"({y2}) is a {fmt_decimal(abs(point).quantize(Decimal('0.1')))}% {verb}"
    )
    ids = tuple(sorted({claim.id, before.id, after.id}))
    said = f"{claim.id} '{mention.number}' ({claim.metric}, {mention.doc})"
    edges = ((claim.id, before.id), (claim.id, after.id))
    if meets:
        finding = Finding(
            id=make_id("fnd", "consistent_with", *ids),
            kind="consistent_with",
            claim_ids=ids,
            reason=f"{relation}, in line with {said}",
        )
    else:
        finding = Finding(
            id=make_id("fnd", "contradicts", *ids),
            kind="contradicts",
            claim_ids=ids,
            reason=f"{relation}, but {said} says {claimed.describe()}%",
        )
    return Found(finding, edges)
