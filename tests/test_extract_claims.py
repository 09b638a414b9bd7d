# ruff: noqa: E501 -- the case tables are one case per line, kept aligned and unwrapped
"""Claim drafts: the filter in context, kind, metric, subject, period, furniture and stories."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from claimgraph.extract.claims import Draft, _calendar, _title_or_name, find_drafts
from claimgraph.models import Block, BlockKind, Document

CORPUS = Path(__file__).parent / "corpus"


def _doc(*paragraphs: str, furniture: tuple[int, ...] = ()) -> Document:
    """One STORY; one PARAGRAPH (or FURNITURE) per string; SENTENCE blocks split on '. '."""
    text = "\n\n".join(paragraphs)
    blocks = [Block(index=0, kind=BlockKind.STORY, start=0, end=len(text))]
    pos = 0
    for n, para in enumerate(paragraphs):
        start = text.index(para, pos)
        pos = start + len(para)
        if n in furniture:
            blocks.append(
                Block(
                    index=len(blocks),
                    kind=BlockKind.FURNITURE,
                    start=start,
                    end=pos,
                    skip_reason="ticker",
                )
            )
            continue
        parent = len(blocks)
        blocks.append(Block(index=parent, kind=BlockKind.PARAGRAPH, start=start, end=pos, parent=0))
        s = start
        for cut in re.finditer(r"(?<=[.!?])\s+(?=[A-Z])", para):
            blocks.append(
                Block(
                    index=len(blocks),
                    kind=BlockKind.SENTENCE,
                    start=s,
                    end=start + cut.start(),
                    parent=parent,
                )
            )
            s = start + cut.end()
        blocks.append(
            Block(index=len(blocks), kind=BlockKind.SENTENCE, start=s, end=pos, parent=parent)
        )
    return Document(id="doc_test", name="test.txt", text=text, blocks=tuple(blocks))


def _one(sentence: str, number: str) -> Draft:
    drafts = [d for d in find_drafts(_doc(sentence)) if d.quantity.text == number]
    assert len(drafts) == 1, [d.quantity.text for d in find_drafts(_doc(sentence))]
    return drafts[0]


# (sentence, number, kind, words every right metric has, subject, period)
# fmt: off
CASES: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("China has 305 effective laws in force.", "305", "count", "effective laws", "China", None),
    ("China has around 3,000 deputies to the National People's Congress.", "around 3,000", "count", "deputies National People's Congress", "China", None),
    ("China has achieved a life expectancy of 78.6 years on average.", "78.6 years", "measure", "life expectancy", "China", None),
    ("The paid-in FDI to China registered 481 billion yuan, up by 35.4% year on year.", "481 billion yuan", "money", "paid-in FDI China", None, None),
    ("The paid-in FDI to China registered 481 billion yuan, up by 35.4% year on year.", "35.4%", "percent", "increase paid-in FDI", None, None),
    ("Specifically, exports grew by 7.1% in 2023.", "7.1%", "percent", "growth exports", None, "in 2023"),
    ("China's foreign trade of goods in the first three quarters of 2025 jumped 4% year on year.", "4%", "percent", "foreign trade goods", "China", "in the first three quarters of 2025"),
    ("This year marks the 80th anniversary of the founding of the United Nations.", "80th anniversary", "anniversary", "anniversary founding United Nations", "United Nations", "This year"),
    ("The UN adopted the Universal Declaration of Human Rights 77 years ago.", "77 years ago", "duration", "Universal Declaration Human Rights", "Universal Declaration of Human Rights", None),
    ("The UN adopted the Universal Declaration of Human Rights 77 years ago and established Human Rights Day 75 years ago.", "75 years ago", "duration", "Human Rights Day", "Human Rights Day", None),
    ("Today marks the 76th Anniversary of the Universal Declaration of Human Rights (UDHR).", "76th Anniversary", "anniversary", "anniversary Universal Declaration", "Universal Declaration of Human Rights", None),
    ("The Jakarta-Bandung high speed railway has served more than 10 million passengers.", "more than 10 million", "count", "passengers served", "Jakarta-Bandung high speed railway", None),
    ("Goods consumption and service consumption grew by 9.9 percent and 12.3 percent respectively.", "12.3 percent", "percent", "growth service consumption", None, None),
    ("Goods consumption and service consumption grew by 9.9 percent and 12.3 percent respectively.", "9.9 percent", "percent", "growth goods consumption", None, None),
    ("Our two economies account for one-third of the global economy.", "one-third", "percent", "share global economy", None, None),
    ("Partners have seen a 500 percent increase in patients with blast injuries.", "500 percent", "percent", "increase patients blast injuries", None, None),
    ("The installed capacity of solar plants built by Kenya totaled over 1.5 gigawatts.", "over 1.5 gigawatts", "measure", "installed capacity solar plants", None, None),
    ("In January-November 2016, China's exports reached RMB 12.5 trillion, down 1.8%.", "1.8%", "percent", "decrease exports", "China", "In January-November 2016"),
    ("The United States has committed more than $4 billion in security assistance to Ukraine since 2021.", "more than $4 billion", "money", "committed security assistance Ukraine", "United States", "since 2021"),
    ("About 194,000 Chinese students are studying in the United States.", "About 194,000", "count", "Chinese students studying United States", None, None),
    ("The government hired 1,200 nurses last year.", "1,200", "count", "nurses hired", None, "last year"),
    ("The UK extended the Trade Continuity Agreement with Kenya. It extended the agreement by six months.", "six months", "duration", "extension Trade Continuity Agreement", None, None),
    ("Britain's unemployment rate rose to 4.3 per cent in the three months to June.", "4.3 per cent", "percent", "unemployment rate", "Britain", None),
    ("WHO said 1,152 cases were confirmed in 26 countries.", "26", "count", "countries", "WHO", None),
    ("The agency's average age of staff is 41.", "41", "measure", "average age", None, None),
    ("In the more than 40 years since the two countries reengaged, ties grew.", "more than 40 years", "duration", "years since countries reengaged", None, None),
    # generic nouns take the verb that hands them something
    ("The ministry sent 12 medical teams to 9 provinces last winter.", "9", "count", "provinces receiving medical teams", None, None),
    ("The fund provided tents and blankets to 40 towns.", "40", "count", "towns provided tents blankets", None, None),
    ("Norway has supplied 3 million doses of vaccines to more than 20 countries and agencies.", "more than 20", "count", "countries agencies supplied doses vaccines", "Norway", None),
    ("The agency delivered 500 tonnes of grain for 12 districts.", "12", "count", "districts", None, None),
    # participles as adjectives and post-modifiers, passive predicates
    ("Officials counted 300 new confirmed cases on Monday.", "300", "count", "new confirmed cases", None, None),
    ("It holds one third of the total stock of grain stored outside Europe.", "one third", "percent", "share total stock grain stored outside Europe", None, None),
    ("Over 2 million residents – nearly a third of the population – have been displaced.", "Over 2 million", "count", "residents displaced", None, None),
    # the period is never the metric; the clause before says what rises
    ("The number of people who are homeless is likely to rise to over 9,000 in the coming months.", "over 9,000", "count", "homeless", None, None),
    # anaphors take their antecedent; "Among them, N are ..." takes the predicate
    ("Roughly one in every 30 people on the island needs help. The agency plans to provide food to 2 million of them.", "2 million", "count", "people provided food", None, None),
    ("The board hired 300 advisers. Among them, 40 are from local universities.", "40", "count", "advisers local universities", None, None),
    ("Nearly 60 percent of the Dutch firms operating in Kenya made profits and 25 percent of them expanded.", "25 percent", "percent", "share Dutch firms", None, None),
    # money after a lone verb, in a relative clause, after "brings X to"
    ("The agency will require nearly $3 billion to do so.", "nearly $3 billion", "money", "funding required", None, None),
    ("The minister said $400 million that's earmarked for schools will be released.", "$400 million", "money", "funding earmarked schools", None, None),
    ("That brings the total aid the bank has approved for farmers since the flood to $75 million.", "$75 million", "money", "total aid bank approved farmers", None, None),
    # the disease a case or death count is about, from the document
    ("Health officials confirmed 5,120 cases of cholera, including 61 deaths.", "61", "count", "cholera deaths", None, None),
    ("Officials reported 1,152 MERS cases in 26 cities.", "26", "count", "cities with MERS cases", None, None),
    # shares, comparisons, multiples, one in N
    ("Exports of small firms rose 3.1%, accounting for 22.5% of the national total.", "22.5%", "percent", "share exports small firms national total", None, None),
    ("Exports rose 3.1%, 0.8 percentage points higher than that of last year.", "0.8 percentage points", "percent", "exports higher than last year", None, None),
    ("The appeal is 2.5 times the funds requested in 2015.", "2.5 times", "measure", "relative funds requested 2015", None, None),
    ("Roughly one in every 30 people on the island needs help.", "Roughly one in every 30", "percent", "share people island", None, None),
    ("He praised the new package that you saw today of $800 million.", "$800 million", "money", "new package", None, None),
    # adverbs, parentheses, time words and "X, at N" between the phrase and the number
    ("The waiting time for a permit in some regions is still about 200 days.", "about 200 days", "duration", "waiting time permit", None, None),
    ("Core inflation (excluding fuel, food and rent) rose by 3.3%.", "3.3%", "percent", "increase core inflation", None, None),
    ("Norway's fishing quota for this year will increase by 4.1 percent.", "4.1 percent", "percent", "increase fishing quota", "Norway", None),
    ("Rents climbed, while wage growth, at nearly 5 per cent, is strong.", "nearly 5 per cent", "percent", "wage growth", None, None),
    ("Canada's imports from the US fell 6.4% in May.", "6.4%", "percent", "imports from US", "Canada", None),
    ("Spending on schools would remain at around $8 billion in 2026.", "around $8 billion", "money", "spending schools", None, None),
    # what the counted things did or had done to them
    ("More than 400 bridges have already been repaired.", "More than 400", "count", "bridges repaired", None, None),
    ("At the summit, 150 delegations agreed to cut tariffs.", "150", "count", "delegations agreed cut", None, None),
    ("Today, only about 8 percent is irrigated.", "about 8 percent", "percent", "share irrigated", None, None),
    ("Less than $2 billion was invested in rail safety.", "Less than $2 billion", "money", "funding invested rail safety", None, None),
    ("The grant buys enough kits to treat 5,000 patients.", "5,000", "count", "patients treated", None, None),
    ("The levee will protect an estimated 9,000 more homes.", "an estimated 9,000", "count", "homes protected", None, None),
    # the same metric at another time, changes of a figure, dimensions, multiples
    ("Prices rose by 2.9% in the year to May, up from 2.1% in April.", "2.1%", "percent", "increase prices", None, None),
    ("There were 3,100 arrests, an increase of 240 on the year.", "240", "count", "increase arrests", None, None),
    ("Sales fell 9% in cars and 4% in vans.", "4%", "percent", "decrease vans", None, None),
    ("The 120-km canal opened in May.", "120-km", "measure", "length canal", None, None),
    ("Wind capacity reached 900 GW, nearly eight times the level of 2012.", "nearly eight times", "measure", "wind capacity relative level 2012", None, None),
    ("Firms accounted for more than a third of the country's total installed capacity.", "more than a third", "percent", "share country total installed capacity", None, None),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "number", "kind", "metric_words", "subject", "period"), CASES)
def test_claims_find_drafts_reads_context(
    sentence: str,
    number: str,
    kind: str,
    metric_words: str,
    subject: str | None,
    period: str | None,
) -> None:
    d = _one(sentence, number)
    assert d.kind == kind
    metric = d.metric.lower()
    missing = [w for w in metric_words.lower().split() if w.rstrip("s") not in metric]
    assert missing == [], d.metric
    if subject is not None:
        assert d.subject == subject
    if period is not None:
        assert d.period == period
    assert 0 <= d.confidence <= 1


# (paragraph, number expressions that must give no draft)
# fmt: off
NOT_CLAIMS: list[tuple[str, str]] = [
    ("Regular Press Conference on February 27, 2024 was held in Beijing.", "27"),
    ("The 20th Central Committee held its third plenary session in July.", "20th"),
    ("The two countries agreed to deepen ties under the one-China principle.", "two"),
    ("The 14th Five-Year Plan ends in 2025 and the 2030 Agenda continues.", "14th"),
    ("On the one hand, we welcome the G20 and COVID-19 cooperation.", "one"),
]
# fmt: on


@pytest.mark.parametrize(("paragraph", "number"), NOT_CLAIMS)
def test_claims_find_drafts_ignores_non_claims(paragraph: str, number: str) -> None:
    assert find_drafts(_doc(paragraph)) == []


def test_claims_find_drafts_skips_furniture_and_repeats() -> None:
    story = "China has 305 effective laws."
    doc = _doc("-+ 0.00%", story, "Xinhua 12 Comment(s)", story, furniture=(0, 2))
    drafts = find_drafts(doc)
    assert [(d.quantity.text, d.quantity.start) for d in drafts] == [("305", doc.text.index("305"))]


def test_claims_find_drafts_numbers_stories() -> None:
    text = "Alpha sent 12 boats.\n\nBeta sent 30 boats."
    cut = text.index("Beta")
    blocks = (
        Block(index=0, kind=BlockKind.STORY, start=0, end=cut - 2),
        Block(index=1, kind=BlockKind.SENTENCE, start=0, end=cut - 2, parent=0),
        Block(index=2, kind=BlockKind.STORY, start=cut, end=len(text)),
        Block(index=3, kind=BlockKind.SENTENCE, start=cut, end=len(text), parent=2),
    )
    doc = Document(id="doc_s", name="s.txt", text=text, blocks=blocks)
    assert [(d.quantity.text, d.story, d.sentence.index) for d in find_drafts(doc)] == [
        ("12", 0, 1),
        ("30", 1, 3),
    ]


def test_claims_find_drafts_inherits_currency_in_a_list() -> None:
    d = _one(
        "The US has committed more than $4 billion to Ukraine, including 3.4 billion since 2022.",
        "3.4 billion",
    )
    assert (d.kind, d.quantity.unit, d.quantity.value) == ("money", "USD", Decimal("3400000000"))


def _gold(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_claims_find_drafts_matches_sample_gold() -> None:
    """Every required gold mention of the sample corpus, with value, bounds, unit, kind, metric."""
    load_document = pytest.importorskip("claimgraph.ingest").load_document
    metric_matches = pytest.importorskip("claimgraph.evaluate").metric_matches
    gold = _gold(CORPUS / "gold.jsonl")
    wrong: list[str] = []
    for path in sorted((CORPUS / "docs").glob("*.txt")):
        drafts = find_drafts(load_document(path))
        mine = [g for g in gold if g["doc"] == path.name]
        for d in drafts:
            q = d.quantity
            hits = [
                g for g in mine if int(str(g["start"])) < q.end and q.start < int(str(g["end"]))
            ]
            if not hits:
                wrong.append(f"{path.name}: unexpected {q.text!r}")
                continue
            g = hits[0]
            if g.get("optional"):
                continue
            got = (
                float(q.value),
                q.qualifier,
                q.unit,
                d.kind,
                metric_matches(d.metric, str(g["metric"])),
            )
            want = (g["value"], g["qualifier"], g["unit"], g["kind"], True)
            if got != want:
                wrong.append(f"{path.name}: {q.text!r} {got} != {want} ({d.metric!r})")
        for g in mine:
            found = any(
                d.quantity.start < int(str(g["end"])) and int(str(g["start"])) < d.quantity.end
                for d in drafts
            )
            if not found and not g.get("optional"):
                wrong.append(f"{path.name}: missed {g['number']!r}")
    assert wrong == []


# (paragraph, number, subject exactly, None = must be null): the clause's entity subject,
# never a qualifier, a sentence-initial common noun, a speaker, a dateline, a weekday
# fmt: off
SUBJECTS: list[tuple[str, str, str | None]] = [
    ("Capabilities include 40 trucks and 12 cranes.", "40", None),
    ("Roughly 40% of the budget went to schools.", "Roughly 40%", None),
    ("Households will be able to claim up to £800 each.", "up to £800", None),
    ("Specifically, exports grew by 5.2% in May.", "5.2%", None),
    ("On Monday, 40 people were hurt in the storm.", "40", None),
    ("Finance Minister Ana Diaz said that 300 clinics would open this year.", "300", None),
    ("The National People's Congress has 2,977 deputies this term.", "2,977", "National People's Congress"),
    ("The US-Kenya Trade Agreement was due to lapse, but the US extended the pact by three months.", "three months", "US-Kenya Trade Agreement"),
    ("The Lagos-Ibadan railway carried 2 million riders last year.", "2 million", "Lagos-Ibadan railway"),
    ("China-Europe Railway Express trains made 19,000 trips in 2024.", "19,000", "China-Europe Railway Express"),
    ("The United States has committed more than $2 billion to the fund.", "more than $2 billion", "United States"),
    ("WHO has deployed over 60 experts to the region.", "over 60", "WHO"),
    ("In Chad, 120 cases were reported in June.", "120", "Chad"),
    ("BEIJING, May 3 (Agency) -- Vietnam has built 500 schools.", "500", "Vietnam"),
    ("The IAEA reported that Iran's stockpile stood at 80 kilograms.", "80 kilograms", "Iran"),
    ("The Danish authorities expect 12 new wind farms.", "12", "Denmark"),
    ("The average daily revenue of Kenya's tea industry rose by 4.2 percent.", "4.2 percent", "Kenya"),
    ("The death rate in the Western Region was 2.1% in July.", "2.1%", "Western Region"),
    ("Norway has expanded its aid fund. It also pledged 300 million crowns to the appeal.", "300 million", "Norway"),
    ("Peru has expanded its aid fund. Exports rose by 3% in June.", "3%", "Peru"),
    ("Peru has expanded its aid fund.\n\nExports rose by 3% in June.", "3%", None),
]
# fmt: on


@pytest.mark.parametrize(("paragraph", "number", "subject"), SUBJECTS)
def test_claims_subject_is_the_clause_entity(
    paragraph: str, number: str, subject: str | None
) -> None:
    drafts = [d for d in find_drafts(_doc(*paragraph.split("\n\n"))) if d.quantity.text == number]
    assert len(drafts) == 1
    assert drafts[0].subject == subject


# fmt: off
PERIOD_TEXTS: list[str] = [
    "In the first three quarters of 2025, exports rose; since May 7 they fell, as of June 2024.",
    "From January to May 2021 and in Q3 2024 the rate was 4% this year, up from last year.",
    "Over the past five years, so far this year and to date, nothing changed until mid-March.",
    "No time words here at all, only 12 ships.",
]
# fmt: on


@pytest.mark.parametrize("text", PERIOD_TEXTS)
def test_claims_period_scan_equals_full_scan(text: str) -> None:
    from claimgraph.extract.claims import _PERIOD, _periods

    full = [(m.start(), m.end()) for m in _PERIOD.finditer(text)]
    assert [(m.start(), m.end()) for m in _periods(text, 0, len(text))] == full


def _headlined(title: str, body: str, repeats: int) -> Document:
    """A page: its title line (headline furniture) ``repeats`` times, then one story."""
    lines = [title] * repeats
    text = "\n".join([*lines, body])
    blocks: list[Block] = []
    pos = 0
    for line in lines:
        blocks.append(
            Block(
                index=len(blocks),
                kind=BlockKind.FURNITURE,
                start=pos,
                end=pos + len(line),
                skip_reason="headline",
            )
        )
        pos += len(line) + 1
    story = len(blocks)
    blocks.append(Block(index=story, kind=BlockKind.STORY, start=pos, end=len(text)))
    blocks.append(
        Block(index=story + 1, kind=BlockKind.PARAGRAPH, start=pos, end=len(text), parent=story)
    )
    blocks.append(
        Block(index=story + 2, kind=BlockKind.SENTENCE, start=pos, end=len(text), parent=story + 1)
    )
    return Document(id="doc_h", name="h.txt", text=text, blocks=tuple(blocks), title=title)


# (title, body, repeats of the title line, headline figure read once)
# fmt: off
HEADLINES: list[tuple[str, str, int, str]] = [
    ("Minister announces £4.1 billion boost for rail", "The plan covers 300 stations.", 1, "£4.1 billion"),
    ("Minister announces £4.1 billion boost for rail", "The plan covers 300 stations.", 3, "£4.1 billion"),
    ("Board approves €900 million grid scheme", "It adds 2 GW of capacity.", 2, "€900 million"),
]
# fmt: on


@pytest.mark.parametrize(("title", "body", "repeats", "number"), HEADLINES)
def test_claims_headline_read_once_with_lower_confidence(
    title: str, body: str, repeats: int, number: str
) -> None:
    doc = _headlined(title, body, repeats)
    drafts = find_drafts(doc)
    heads = [d for d in drafts if d.quantity.text == number]
    assert len(heads) == 1  # its repeats add nothing
    assert heads[0].quantity.start == title.index(number)  # the first occurrence
    assert heads[0].confidence < _one(title + ".", number).confidence  # less sure than prose
    assert "boost" in heads[0].metric or "scheme" in heads[0].metric


# Round 4: the claim filter keeps these figures with the right kind and metric words.
# (paragraph, number, kind, qualifier, words every right metric has)
# fmt: off
ROUND4: list[tuple[str, str, str, str, str]] = [
    ("• Repaired 52 boreholes across the northern region", "52", "count", "exact", "boreholes"),
    ("The agency said two of the four bridges had been destroyed.", "two", "count", "exact", "bridges"),
    ("The evacuation of the ward took 8 minutes 15 seconds.", "8 minutes 15 seconds", "duration", "exact", "evacuation"),
    ("Rice now costs more than a dollar a kilo in the capital.", "more than a dollar", "money", "more_than", "cost"),
    ("Annual car sales exceeded 3 million for the first time.", "3 million", "count", "more_than", "car sales"),
    ("Exports topped 40,000 vehicles for the third time in a row.", "40,000", "count", "more_than", "vehicles"),
    ("The regulator fined the bank Won2.1tn on Monday.", "Won2.1tn", "money", "exact", "fine"),
]
# fmt: on


@pytest.mark.parametrize(("paragraph", "number", "kind", "qualifier", "metric_words"), ROUND4)
def test_claims_find_drafts_reads_round4_figures(
    paragraph: str, number: str, kind: str, qualifier: str, metric_words: str
) -> None:
    d = _one(paragraph, number)
    assert (d.kind, d.quantity.qualifier) == (kind, qualifier)
    missing = [w for w in metric_words.split() if w.rstrip("s") not in d.metric.lower()]
    assert missing == [], d.metric


# Round 5: counts after "two", participles of irregular "-ing" verbs in the metric, ranges
# (paragraph, number, kind, qualifier, words every right metric has, words no metric has)
# fmt: off
ROUND5: list[tuple[str, str, str, str, str, str]] = [
    ("The flood hit on Monday, leaving two districts cut off by road.", "two", "count", "exact", "districts left", "leaved"),
    ("Fighting resumed, leaving 40 villages without power.", "40", "count", "exact", "villages left", "leaved"),
    ("Three clinics were damaged in the shelling, officials said.", "Three", "count", "exact", "clinics damaged", "officials said"),
    ("Grants range from €4.5 million to €250 million for each project.", "from €4.5 million to €250 million", "money", "range", "grants", "million"),
]
# fmt: on


@pytest.mark.parametrize(
    ("paragraph", "number", "kind", "qualifier", "metric_words", "not_words"), ROUND5
)
def test_claims_find_drafts_reads_round5_figures(
    paragraph: str, number: str, kind: str, qualifier: str, metric_words: str, not_words: str
) -> None:
    d = _one(paragraph, number)
    assert (d.kind, d.quantity.qualifier) == (kind, qualifier)
    metric = d.metric.lower()
    assert [w for w in metric_words.split() if w.rstrip("s") not in metric] == [], d.metric
    assert [w for w in not_words.split() if w in metric] == [], d.metric


# round 6: a counted noun keeps what the clause says of it; a volume of work is a measure
# fmt: off
ROUND6 = [
    ("More than 2,500 consultations were held across the region.", "More than 2,500", "count", "consultations held", "were"),
    ("Some 640 homes were built on the site last year.", "Some 640", "count", "homes built", "were"),
    ("Approximately 96,000 students have been out of school since March.", "Approximately 96,000", "count", "students out of school", "have been"),
    ("Nearly 3,000 workers have been out of work since the mine closed.", "Nearly 3,000", "count", "workers out of work", "have been"),
    ("Staff put in 8.2 million hours worked in 2023.", "8.2 million hours", "measure", "hours worked", "put"),
    ("Volunteers gave 1,200 hours of unpaid work.", "1,200 hours", "measure", "hours unpaid work", "gave"),
]
# fmt: on


@pytest.mark.parametrize(("paragraph", "number", "kind", "metric_words", "not_words"), ROUND6)
def test_claims_find_drafts_reads_round6_figures(
    paragraph: str, number: str, kind: str, metric_words: str, not_words: str
) -> None:
    d = _one(paragraph, number)
    assert d.kind == kind
    metric = d.metric.lower()
    assert [w for w in metric_words.split() if w.rstrip("s") not in metric] == [], d.metric
    assert [w for w in not_words.split() if w in metric.split()] == [], d.metric


@pytest.mark.parametrize(
    ("sentence", "number"),
    [("The strike lasted 3 hours.", "3 hours"), ("Talks ran for 12 days.", "12 days")],
)
def test_claims_find_drafts_keeps_spans_of_time_as_durations(sentence: str, number: str) -> None:
    assert _one(sentence, number).kind == "duration"


# fmt: off
ROUND6_REPAIRS = [
    ("The loan is worth 50 billion naira.", "50 billion naira", "value loan", "worth"),
    ("The government cut spending. That is roughly 12 percent.", "roughly 12 percent", "spending", "figure"),
    ("The army has been expanding. That's about 34,000 troops.", "about 34,000", "troops", "that's"),
    ("The strike lasted 3 hours.", "3 hours", "strike", "figure"),
]
# fmt: on


@pytest.mark.parametrize(("paragraph", "number", "metric_words", "not_words"), ROUND6_REPAIRS)
def test_claims_find_drafts_never_leaves_filler_as_metric(
    paragraph: str, number: str, metric_words: str, not_words: str
) -> None:
    d = _one(paragraph, number)
    metric = d.metric.lower()
    assert [w for w in metric_words.split() if w not in metric] == [], d.metric
    assert [w for w in not_words.split() if w in metric.split()] == [], d.metric


# fmt: off
@pytest.mark.parametrize(("sentence", "number", "metric"), [
    ("The General Assembly adopted the Paris Declaration 30 years ago.", "30 years ago",
     "years since Paris Declaration"),
    ("She recalled the adoption of the Paris Declaration 30 years ago.", "30 years ago",
     "years since Paris Declaration"),
    ("The Commission opened the Lisbon Office six months ago, officials said.", "six months ago",
     "months since Lisbon Office"),
])
# fmt: on
def test_claims_age_of_a_thing_is_years_since_it(sentence: str, number: str, metric: str) -> None:
    # Two reports that word the event differently must key to one metric, hence one claim.
    assert _one(sentence, number).metric == metric


# Round 7 metric repairs: (paragraph, number, words the metric must have, words it must not have)
# fmt: off
ROUND7_METRICS = [
    ("The relief appeal is 22 per cent funded, the agency said.", "22 per cent",
     "share relief appeal funded", "is"),
    ("Officials said the repair plan was 40% complete.", "40%", "share repair plan complete", "was"),
    ("The agency's appeal for $80 million under the Regional Flood Response Plan is 31% funded.",
     "31%", "share appeal funded", "regional flood response plan"),
    ("The council's budget for road repairs in the northern districts was 60 per cent spent.",
     "60 per cent", "share budget road repairs spent", "was"),
    ("Mexico agreed a deal worth $3 billion with the lenders.", "$3 billion", "value deal",
     "worth agreed mexico"),
    ("The storm brought winds of 150 km/h to the coast.", "150 km/h", "winds", "brought storm"),
    ("In total, 31 countries signed the pledge on Monday.", "31", "countries signed pledge",
     "monday"),
    ("By Friday, 29 provinces reported new cases of measles.", "29", "provinces reported cases",
     "friday of"),
    ("The bank is committing an additional $400 million to the programme.", "$400 million", "",
     "additional an committing"),
    ("The ministry today estimates 12,000 jobs were lost.", "12,000", "jobs lost", "today"),
    ("A ministry aide, Ama Boateng, quoted Finance Minister Kofi Mensah as saying that cocoa "
     'exports would earn "at least $2.8 billion" this year.', "at least $2.8 billion",
     "cocoa exports", "finance minister kofi mensah"),
]
# fmt: on


@pytest.mark.parametrize(("paragraph", "number", "metric_words", "not_words"), ROUND7_METRICS)
def test_claims_find_drafts_repairs_round7_metrics(
    paragraph: str, number: str, metric_words: str, not_words: str
) -> None:
    d = _one(paragraph, number)
    metric = d.metric.lower().split()
    assert [w for w in metric_words.split() if w not in metric] == [], d.metric
    assert [w for w in not_words.split() if w in metric] == [], d.metric


# fmt: off
@pytest.mark.parametrize(("words", "bad"), [
    ("January", True), ("year", True), ("Monday", True), ("years 2024", True),
    ("Finance Minister Kofi Mensah", True), ("Prime Minister", True),
    ("Minister Kofi Mensah", True),
    ("cocoa exports", False), ("May Day parades", False), ("Minister salaries", False),
])
# fmt: on
def test_claims_calendar_and_speaker_phrases_are_no_metric(words: str, bad: bool) -> None:
    # Phrases arrive as words or as one joined entity ("Finance Minister Kofi Mensah").
    for w in (words.split(), [words]):
        assert (_calendar(w) or _title_or_name(w)) is bad


# fmt: off
@pytest.mark.parametrize(("publisher", "url", "text", "unit"), [
    # the publisher or the address places the page in a country with its own dollar
    ("The Globe and Mail", None, "Maplewood earned $212-million in the quarter.", "CAD"),
    (None, "https://www.beehive.govt.nz/release/x", "The trust needs $2.4 million this year.",
     "NZD"),
    ("Australian Financial Review", None, "It will pay a dividend of 14 cents a share.", "AUD"),
    # a page without either: the text must name the country often, and the US far less
    (None, None, "In Toronto, Ontario, Canada's builders raised $84.6 million for homes.", "CAD"),
    # a known publisher from elsewhere reporting on that country writes US dollars
    ("Reuters", None, "In Toronto, Ontario, Canada's builders raised $84.6 million for homes.",
     "USD"),
    # a dollar named in full is never replaced
    ("The Globe and Mail", None, "The fund holds US$5 million in bonds.", "USD"),
])
# fmt: on
def test_claims_bare_dollars_follow_the_page_country(publisher, url, text, unit) -> None:
    doc = _doc(text).model_copy(update={"publisher": publisher, "url": url})
    money = [d for d in find_drafts(doc) if d.kind == "money"]
    assert money and {d.quantity.unit for d in money} == {unit}



def test_claims_rupees_on_a_pakistani_page_are_pkr() -> None:
    from claimgraph.ingest import load_text
    from claimgraph.models import DocumentMeta
    from claimgraph.pipeline import extract_mentions

    doc = load_text(
        "ISLAMABAD: The minister presented a Rs18.9 trillion budget in Pakistan.\n",
        name="dawn.txt",
        meta=DocumentMeta(publisher="Dawn"),
    )
    assert [m.unit for m in extract_mentions(doc) if m.number.startswith("Rs")] == ["PKR"]
