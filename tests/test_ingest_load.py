"""Readers, metadata found in the text, manifests, bad input and near-duplicates."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from claimgraph.errors import IngestError
from claimgraph.ingest import (
    iter_documents,
    load_document,
    load_text,
    near_duplicates,
    read_manifest,
)
from claimgraph.ingest.load import find_published
from claimgraph.ingest.meta import find_dates, find_publisher, infer_genre
from claimgraph.models import BlockKind, DocumentMeta

CORPUS = Path(__file__).parent / "corpus"
DOCS = CORPUS / "docs"
MFA = "Ministry of Foreign Affairs of the People's Republic of China"


def _path(prefix: str) -> Path:
    (path,) = DOCS.glob(f"{prefix}_*.txt")
    return path


# fmt: off
@pytest.mark.parametrize(("prefix", "published"), [
    ("000", datetime(2024, 12, 10, 16, 52)),
    ("001", datetime(2024, 12, 10, 16, 52)),
    ("003", datetime(2025, 12, 10, 8, 17, 4)),
    ("004", datetime(2024, 2, 27, 18, 0)),
])
# fmt: on
def test_load_published_found_in_text(prefix, published):
    doc = load_document(_path(prefix))
    assert doc.published == published
    assert doc.published_source == "text"


# fmt: off
@pytest.mark.parametrize(("line", "value"), [
    ("2024-12-10 16:52 Last Updated At:22:17", datetime(2024, 12, 10, 16, 52)),
    ("Zhitongcaijing·12/10/2025 08:17:04", datetime(2025, 12, 10, 8, 17, 4)),
    ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on February 27, 2024",
     date(2024, 2, 27)),
    ("(Xinhua) 16:30, March 03, 2022", datetime(2022, 3, 3, 16, 30)),
    ("0 Comment(s)Print E-mail Xinhua, March 3, 2022", date(2022, 3, 3)),
    ("08:06, July 10, 2013", datetime(2013, 7, 10, 8, 6)),
    ("Wednesday, June 5, 2024", date(2024, 6, 5)),
    ("Apr 24, 2022", date(2022, 4, 24)),
    ("December 27, 2007", date(2007, 12, 27)),
    ("(February 21, 2020) - - Today, the World Health Organization made public", date(2020, 2, 21)),
    ("Oct. 13, 2025", date(2025, 10, 13)),
    (" date 2025-09-16 Statement given yesterday by Ambassador", date(2025, 9, 16)),
    ("Media Briefing on COVID-19 on 21 February 2020", date(2020, 2, 21)),
])
# fmt: on
def test_meta_date_forms(line, value):
    assert find_dates(line)[0].value == value
    assert find_published(["A headline of a few words", line.strip()]) == value


@pytest.mark.parametrize(
    "lines",
    [
        ["On December 10, the spokesman said things happened on February 30, 2024."],
        ["It rose 12/40/2025 percent."],
        ["A title", "China has provided 2.1 billion doses since August 2021."],
    ],
)
def test_meta_no_date_found(lines):
    assert find_published(lines) is None


# fmt: off
@pytest.mark.parametrize(("prefix", "publisher"), [
    ("000", None),
    ("002", "CGTN"),
    ("003", "Zhitongcaijing"),
    ("004", MFA),
])
# fmt: on
def test_meta_publisher_from_page(prefix, publisher):
    assert find_publisher(_path(prefix).read_text(encoding="utf-8")) == publisher


# fmt: off
@pytest.mark.parametrize(("text", "publisher"), [
    ("BEIJING, March 3 (Xinhua) -- China has provided vaccines.", "Xinhua"),
    ("Home > Press Release\nSome text.", MFA),
    ("Story text.\nReference(s):\nHeadline\ncgtn.com", "CGTN"),
    ("A story about the Chinese economy.", None),
])
# fmt: on
def test_meta_publisher_table(text, publisher):
    assert find_publisher(text) == publisher


# fmt: off
@pytest.mark.parametrize(("head", "turns", "genre"), [
    (["Speech by Cai Wu, minister of the State Council Information Office"], 0, "speech"),
    (["Wednesday, June 5, 2024", "Remarks"], 1, "speech"),
    (["Statement given yesterday by Ambassador James Kariuki, UK Deputy"], 0, "statement"),
    (["China provides most vaccines globally: spokesperson"], 0, "article"),
    (["Regular Press Conference"], 8, "transcript"),
])
# fmt: on
def test_meta_genre(head, turns, genre):
    assert infer_genre(head, turns) == genre


@pytest.mark.parametrize(("prefix", "genre"), [("000", "article"), ("004", "transcript")])
def test_load_genre_and_title(prefix, genre):
    doc = load_document(_path(prefix))
    assert doc.genre == genre
    assert doc.name == _path(prefix).name
    assert doc.title and doc.title in doc.text


@pytest.mark.parametrize("prefix", ["004"])
def test_load_id_is_stable_and_normalised(prefix, tmp_path):
    text = _path(prefix).read_text(encoding="utf-8")
    first, again = load_document(_path(prefix)), load_document(_path(prefix))
    assert first == again
    edited = text.replace("’", "'").replace("\n\n", "\n \n  ")
    assert load_text(edited, name="x.txt").id == first.id
    assert load_text(text + " More.", name="x.txt").id != first.id


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_load_utf8_with_or_without_bom(tmp_path, bom):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + b"Mao Ning: 78.6 years.\n")
    doc = load_document(path)
    assert doc.text.startswith("Mao Ning")


# fmt: off
@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at offset 8)"),
    ("Caf\u00e9 au lait".encode("latin-1"),
     "not UTF-8 text (byte 0xe9 at offset 3); re-save it as UTF-8"),
    ("Mao".encode("utf-16"), "UTF-16 text; re-save it as UTF-8"),
])
# fmt: on
def test_load_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        load_document(path)
    assert info.value.path == str(path)


@pytest.mark.parametrize("megabytes", [50])
def test_load_too_large(tmp_path, megabytes):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(megabytes * 1_000_000)  # sparse: instant, and nothing is read
    with pytest.raises(IngestError, match=r"file is 50\.0 MB, over the 21 MB limit"):
        load_document(path)
    with pytest.raises(IngestError, match="over the 1 MB limit"):
        load_document(path, max_bytes=1_000_000)


@pytest.mark.parametrize("name", ["missing.txt"])
def test_load_missing_file(tmp_path, name):
    with pytest.raises(IngestError, match="no such file") as info:
        load_document(tmp_path / name)
    assert info.value.path.endswith(name)


def _manifest(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "manifest.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("manifest", [CORPUS / "manifest.jsonl"])
def test_manifest_reads_the_corpus(manifest):
    metas = read_manifest(manifest)
    assert len(metas) == 5
    assert all(p.is_absolute() and p.is_file() for p in metas)
    meta = metas[_path("002").resolve()]
    assert (meta.publisher, meta.published, meta.genre) == ("CGTN", date(2025, 12, 10), "article")


# fmt: off
@pytest.mark.parametrize(("row", "message"), [
    ({"path": "nope.txt"}, "line 2: file not found: nope.txt"),
    ({"path": "b.txt", "published": "10 Dec 2024"}, "line 2: unparseable date '10 Dec 2024'"),
    ({"path": "b.txt", "genre": "poem"}, "line 2: genre 'poem' is not one of"),
    ({"publisher": "X"}, "line 2: no 'path'"),
])
# fmt: on
def test_manifest_bad_lines(tmp_path, row, message):
    (tmp_path / "a.txt").write_text("Mao Ning said 3,000.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Guo Jiakun said 77 years.", encoding="utf-8")
    manifest = _manifest(tmp_path, [{"path": "a.txt", "publisher": "CGTN"}, row])
    with pytest.raises(IngestError, match=message) as info:
        read_manifest(manifest)
    assert info.value.path == str(manifest)
    errors: list[IngestError] = []
    docs = list(iter_documents([tmp_path], manifest=manifest, errors=errors))
    assert [str(e) for e in errors] == [f"{manifest}: {info.value.message}"]
    # The good file still goes through, with its manifest metadata.
    assert "a.txt" in [d.name for d in docs]
    assert next(d for d in docs if d.name == "a.txt").publisher == "CGTN"


@pytest.mark.parametrize("bad", [b"", b"\x00\x01\x02", "\u00e9t\u00e9".encode("latin-1")])
def test_iter_documents_bad_file_does_not_stop_the_others(tmp_path, bad):
    (tmp_path / "a.txt").write_text("Mao Ning said 3,000.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bad)
    (tmp_path / "c.txt").write_text("Guo Jiakun said 77 years.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored: not a document type", encoding="utf-8")
    errors: list[IngestError] = []
    docs = list(iter_documents([tmp_path], errors=errors))
    assert [d.name for d in docs] == ["a.txt", "c.txt"]
    assert len(errors) == 1 and errors[0].path == str(tmp_path / "b.txt")
    with pytest.raises(IngestError):
        list(iter_documents([tmp_path]))


@pytest.mark.parametrize("manifest", [CORPUS / "manifest.jsonl"])
def test_iter_documents_precedence(manifest):
    override = DocumentMeta(publisher="Override")
    docs = {d.name[:3]: d for d in iter_documents([DOCS], manifest=manifest, overrides=override)}
    assert {d.publisher for d in docs.values()} == {"Override"}
    assert docs["000"].published == datetime.fromisoformat("2024-12-10T16:52:00+08:00")
    assert docs["000"].published_source == "metadata"
    only_manifest = {d.name[:3]: d for d in iter_documents([], manifest=manifest)}
    assert sorted(only_manifest) == ["000", "001", "002", "003", "004"]
    assert only_manifest["000"].publisher is None
    assert only_manifest["002"].publisher == "CGTN"


@pytest.mark.parametrize("publisher", ["Xinhua"])
def test_iter_documents_jsonl(tmp_path, publisher):
    path = tmp_path / "docs.jsonl"
    rows = [
        {"text": "Reuters: How many?\n\nMao Ning: Over 3,000.", "name": "one",
         "genre": "transcript"},
        {"text": "BEIJING (Xinhua) -- Exports rose 7.1%.", "path": "x/two.txt",
         "published": "2025-10-13"},
        {"text": ""},
        "not an object",
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    errors: list[IngestError] = []
    docs = list(iter_documents([path], errors=errors, overrides=DocumentMeta(publisher=publisher)))
    assert [d.name for d in docs] == ["one", "two.txt"]
    assert docs[1].published == date(2025, 10, 13) and docs[1].published_source == "metadata"
    assert {d.publisher for d in docs} == {publisher}
    assert [e.message.split(":")[0] for e in errors] == ["line 3", "line 4", "line 5"]
    assert all(e.path == str(path) for e in errors)


@pytest.mark.parametrize("title", ["Exports rose in the first three quarters"])
def test_load_html(tmp_path, title):
    body = "".join(
        f"<p>Paragraph {i}: China's exports grew 7.1% to 19.95 trillion yuan, the customs "
        f"administration said on Monday, adding that imports were stable.</p>"
        for i in range(4)
    )
    html = (
        f"<html><head><title>{title}</title>"
        '<meta property="og:site_name" content="SCIO">'
        '<meta property="article:published_time" content="2025-10-13"></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav><article><h1>{title}</h1>"
        f"{body}</article><footer>Copyright 2025</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = load_document(path)
    assert "Paragraph 3" in doc.text and "Copyright" not in doc.text
    assert doc.title == title
    assert doc.published == date(2025, 10, 13) and doc.published_source == "metadata"
    assert len(doc.blocks_of(BlockKind.PARAGRAPH)) >= 4
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == doc.text[b.start : b.end].strip()


@pytest.mark.parametrize("html", ["<html><body><script>var x = 1;</script></body></html>"])
def test_load_html_without_text(tmp_path, html):
    path = tmp_path / "empty.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(IngestError, match="no main text"):
        load_document(path)


@pytest.mark.parametrize(("a", "b"), [("000", "001")])
def test_dedup_shared_first_story(a, b):
    docs = [load_document(_path(p)) for p in ("000", "001", "002", "003", "004")]
    groups = near_duplicates(docs)
    (group,) = groups
    ids = {d.name[:3]: d.id for d in docs}
    assert set(group.document_ids) == {ids[a], ids[b]}
    first_story = docs[0].blocks_of(BlockKind.STORY)[0]
    assert group.fingerprint == first_story.fingerprint
    assert group.id.startswith("syn_")


@pytest.mark.parametrize("edit", [("Mao", "Mao Ning"), ("human rights", "human-rights")])
def test_dedup_survives_small_edits(edit):
    original = load_document(_path("000"))
    first = original.blocks_of(BlockKind.STORY)[0]
    story = original.text[first.start : first.end]
    edited = story.replace(edit[0], edit[1], 1)
    copy = load_text(edited, name="copy.txt")
    assert copy.blocks_of(BlockKind.STORY)[0].fingerprint != first.fingerprint
    (group,) = near_duplicates([original, copy])
    assert set(group.document_ids) == {original.id, copy.id}
    assert near_duplicates([original]) == []


@pytest.mark.parametrize("gold", [CORPUS / "gold.jsonl"])
def test_iter_documents_jsonl_of_something_else(gold):
    errors: list[IngestError] = []
    assert list(iter_documents([gold], errors=errors)) == []
    (error,) = errors
    assert error.path == str(gold)
    assert error.message.startswith("not a JSONL file of documents (line 1: no 'text'")


@pytest.mark.parametrize(("edit", "published"), [(("Mao", "Mao Ning"), date(2025, 3, 4))])
def test_dedup_finds_a_reprint_on_another_day_among_many(edit, published):
    from benchmarks.synthetic import synthetic_documents

    original = load_document(_path("000"))
    first = original.blocks_of(BlockKind.STORY)[0]
    story = original.text[first.start : first.end].replace(edit[0], edit[1], 1)
    reprint = load_text(story, name="reprint.txt", meta=DocumentMeta(published=published))
    assert reprint.published_day != original.published_day
    others = list(synthetic_documents(3000, seed=3))
    groups = near_duplicates([original, *others, reprint])
    mine = [g for g in groups if reprint.id in g.document_ids]
    assert [set(g.document_ids) for g in mine] == [{original.id, reprint.id}]


@pytest.mark.parametrize("n_mentions", [3000])
def test_dedup_compares_few_pairs(n_mentions):
    from benchmarks.synthetic import synthetic_documents
    from claimgraph.ingest.dedup import group_stories, sketch_stories

    docs = list(synthetic_documents(n_mentions, seed=5))
    sketches = [s for d in docs for s in sketch_stories(d)]
    calls = []

    def similar(a, b):
        calls.append((a, b))
        return False

    group_stories(sketches, similar)
    pairs = len(sketches) * (len(sketches) - 1) // 2
    assert len(sketches) > 250 and len(calls) < pairs / 20, (len(calls), pairs)


# A saved news page of our own making: a cookie banner, navigation, the article (h1, byline,
# paragraphs), related links, a newsletter box and a footer.
NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour city rents climb 6.4% as vacancies hit record low | Coastline Herald</title>
<meta property="og:site_name" content="Coastline Herald">
<meta property="og:title" content="Harbour city rents climb 6.4% as vacancies hit record low">
<meta property="article:published_time" content="2024-05-14T09:30:00+00:00">
<script>window.dataLayer = [];</script>
<style>.banner { position: fixed; }</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">
  <p>We use cookies to personalise content and ads and to analyse our traffic. By continuing to
  browse this website you accept our cookie policy.</p>
  <button>Accept all cookies</button> <button>Manage settings</button>
</div>
<header>
  <a class="logo" href="/">Coastline Herald</a>
  <nav class="main-nav"><ul>
    <li><a href="/news">News</a></li><li><a href="/business">Business</a></li>
    <li><a href="/property">Property</a></li><li><a href="/sport">Sport</a></li>
    <li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li>
  </ul></nav>
  <form class="search"><input type="search" placeholder="Search"></form>
</header>
<main>
<article class="story">
  <h1>Harbour city rents climb 6.4% as vacancies hit record low</h1>
  <p class="byline">By Tomasz Wierzbicki, Property Correspondent</p>
  <time datetime="2024-05-14T09:30:00+00:00">14 May 2024</time>
  <p>Average asking rents in the harbour city rose 6.4% in the year to April, the regional
  statistics bureau said on Tuesday, as the share of empty flats fell to a record low of 1.1%.</p>
  <p>The typical two-bedroom flat now costs 1,480 euros a month, up from 1,390 euros a year
  earlier, according to the bureau's quarterly housing survey of 12,000 landlords.</p>
  <p>"Supply simply has not kept up with the number of people moving here for work," said
  Ines Carvalho, the bureau's chief economist. She said about 9,500 new homes were finished
  last year, against a target of 14,000.</p>
  <p>The city council plans to approve permits for 20,000 homes by 2027, its housing
  committee said last week.</p>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/a1">Council unveils plan to convert empty offices into flats</a></li>
    <li><a href="/a2">Mortgage approvals fall for a third month</a></li>
    <li><a href="/a3">Students struggle to find rooms ahead of autumn term</a></li>
  </ul>
</aside>
<section class="newsletter">
  <p>Sign up for our morning newsletter and get the day's top stories delivered to your inbox.</p>
  <form><input type="email"><button>Subscribe</button></form>
</section>
</main>
<footer>
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
  <li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul>
  <p>Follow us on Facebook, X and Instagram.</p>
  <p>Copyright 2024 Coastline Herald Media Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""
NEWS_TITLE = "Harbour city rents climb 6.4% as vacancies hit record low"


# fmt: off
@pytest.mark.parametrize(("strip_head", "kept", "dropped"), [
    (False,
     ["Average asking rents in the harbour city rose 6.4%", "The typical two-bedroom flat",
      '"Supply simply has not kept up', "The city council plans to approve permits"],
     ["cookies", "Business", "Related stories", "Council unveils plan", "Sign up",
      "Follow us", "All rights reserved", "Privacy policy"]),
    (True,  # no <title> or og:title: the h1 alone names the story
     ["Average asking rents in the harbour city rose 6.4%", "The city council plans"],
     ["cookie policy", "Mortgage approvals fall", "newsletter", "Copyright"]),
])
# fmt: on
def test_load_html_news_page_keeps_only_the_article(tmp_path, strip_head, kept, dropped):
    html = NEWS_PAGE
    if strip_head:
        html = re.sub(r'<title>.*?</title>|<meta property="og:title"[^>]*>', "", html)
    path = tmp_path / "news.html"
    path.write_text(html, encoding="utf-8")
    doc = load_document(path)
    for phrase in dropped:
        assert phrase not in doc.text
    assert doc.title == NEWS_TITLE
    assert doc.publisher == "Coastline Herald" and doc.published_day == date(2024, 5, 14)
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks_of(BlockKind.PARAGRAPH)]
    # One paragraph per <p>, in order, none glued to the next.
    assert len(paragraphs) == 4
    for opening in kept:
        assert [p for p in paragraphs if p.startswith(opening)]
    assert paragraphs[-1].endswith("its housing committee said last week.")
    # The h1 printed above the story is its title line, not a paragraph.
    headline = [b for b in doc.blocks if doc.text[b.start : b.end] == NEWS_TITLE]
    assert [b.kind for b in headline] == [BlockKind.FURNITURE]


# fmt: off
@pytest.mark.parametrize(("text", "genre"), [
    # A press conference with no speaker turns: named in its title, and the press addressed.
    ("Home > Press Conference > 2016\n\nRegular Press Conference of the Ministry of Commerce "
     "(December 9, 2016)\n\nFriends from the media:\n\nGood morning! Exports rose 5.2% in "
     "November, and imports grew 6.7%.", "transcript"),
    ("Dear friends from the press,\n\nGood afternoon. Sales of new cars rose 8% last month.",
     "transcript"),
    ("Opening Remarks at the Media Briefing on Malaria, 3 April 2023\n\nGood afternoon "
     "everyone. Cases fell by 12% last year.", "transcript"),
    ("Daily Press Briefing by the Office of the Spokesperson\n\nThe following is a transcript "
     "of today's briefing. Aid reached 4 million people.", "transcript"),
    ("Remarks by Minister Ana Duarte at the Ocean Summit\n\nExcellencies, friends,\n\nWe lose "
     "8 million tonnes of plastic a year.", "speech"),
    ("Statement by the Permanent Representative on Sudan\n\nThank you, President. Some 25 "
     "million people need aid.", "statement"),
    ("Press release\n\nMinister announces 300 new schools\n\nThe minister said today that 300 "
     "schools will open by 2026.", "statement"),
    ("Statistical bulletin\n\nRetail sales: March 2024\n\nRetail sales volumes rose 1.9%.",
     "statement"),
    # Articles that mention a press conference in a sentence stay articles.
    ("Trade with neighbours tops 1.2 trillion dollars\n\nTrade rose 4%, the minister said at a "
     "press conference on Saturday.", "article"),
    ("On Monday, the spokesman presided over a regular press conference. He said 30 countries "
     "had signed.", "article"),
    # A menu entry naming press conferences is not a cue.
    ("News | Press Conferences | Speeches\n\nCity budget grows to 4 billion\n\nThe budget "
     "grew 3% this year, officials said.", "article"),
])
# fmt: on
def test_load_genre_from_cues(text, genre):
    assert load_text(text, name="x.txt").genre == genre


# fmt: off
@pytest.mark.parametrize(("text", "title"), [
    # A short headline-like line opening the page is its title.
    ("China's Energy Transition\n\nSince 2012, consumption grew 3 percent a year.",
     "China's Energy Transition"),
    ("Press release\n\nBudget 2025\n\nThe budget grows 4% next year, the minister said.",
     "Budget 2025"),
    ("Home | Business | World\nLast Updated At: 22:17\n\nRail network tops 48,000 km\n\n"
     "The network grew 5% this year, the operator said.", "Rail network tops 48,000 km"),
    ("SSE Composite 3,291.43 +0.52%   HSI 21,562.32 -0.19%\n\nFactory output rises in March\n\n"
     "Output rose 4.5% in March, the bureau said.", "Factory output rises in March"),
    # A page that opens with its first sentence has no title.
    ("China's trade with neighbouring countries exceeded its trade with Europe, the minister "
     "said.\nTrade reached 1.2 trillion dollars.", None),
    ("Exports rose 7.1 percent in the first three quarters, customs data showed on Monday, "
     "beating forecasts", None),
    ("Remarks\n\nAs President Biden outlined, a deal would bring 100 hostages home.", None),
])
# fmt: on
def test_load_title_from_first_lines(text, title):
    assert load_text(text, name="x.txt").title == title


# fmt: off
@pytest.mark.parametrize(("text", "publisher"), [
    # The needle ends a long match: the search starts far enough before it.
    ("Exports rose 5%.\nReference(s):\n" + "A headline about trade and tariffs. " * 7 + "cgtn.com",
     "CGTN"),
    # The first "China Daily" is a question label, the second the footer that names the site.
    ("China Daily: How many?\n\nAbout 300.\n\nCopyright China Daily", "China Daily"),
    ("Some text.\n" + "Filler line of text.\n" * 30 + "BEIJING, March 3 (Xinhua) -- Up 5%.",
     "Xinhua"),
])
# fmt: on
def test_meta_publisher_search_window(text, publisher):
    assert find_publisher(text) == publisher
