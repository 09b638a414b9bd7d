"""Segmentation on the real sample pages: stories, turns, furniture, sentences, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from claimgraph.ingest import clean, load_document, segment, split_sentences
from claimgraph.ingest.clean import furniture_reason
from claimgraph.ingest.segment import classify_turn, parse_label
from claimgraph.models import Block, BlockKind, Document

DOCS = Path(__file__).parent / "corpus" / "docs"


def _doc(prefix: str) -> Document:
    (path,) = DOCS.glob(f"{prefix}_*.txt")
    return load_document(path)


@pytest.fixture(scope="module")
def corpus() -> dict[str, Document]:
    return {p.name[:3]: load_document(p) for p in sorted(DOCS.glob("*.txt"))}


def _text(doc: Document, kind: BlockKind) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks_of(kind)]


# fmt: off
@pytest.mark.parametrize(("prefix", "stories"), [
    ("000", 2), ("001", 2), ("002", 1), ("003", 1), ("004", 1),
])
# fmt: on
def test_segment_story_counts(corpus, prefix, stories):
    assert len(corpus[prefix].blocks_of(BlockKind.STORY)) == stories


# fmt: off
@pytest.mark.parametrize(("prefix", "first_words"), [
    ("000", "An artificial intelligence (AI) foundation model"),
    ("001", "Chinese Vice President Han Zheng met"),
])
# fmt: on
def test_segment_second_story_is_the_unrelated_one(corpus, prefix, first_words):
    doc = corpus[prefix]
    first, second = doc.blocks_of(BlockKind.STORY)
    assert doc.text[second.start :].startswith(first_words)
    assert "Mao" in doc.text[first.start : first.end]
    assert "Mao" not in doc.text[second.start : second.end]
    between = [b for b in doc.blocks if first.end <= b.start and b.end <= second.start]
    assert between and all(b.kind == BlockKind.FURNITURE for b in between)
    assert {b.skip_reason for b in between} == {"headline"}


@pytest.mark.parametrize("prefix", ["004"])
def test_segment_turns_labels_and_roles(corpus, prefix):
    turns = corpus[prefix].blocks_of(BlockKind.TURN)
    questions = ["China Daily", "Swedish Television", "AFP", "The Paper", "Reuters", "Bloomberg"]
    assert [t.speaker_label for t in turns if t.turn_role == "question"] == questions
    assert {t.speaker_label for t in turns if t.turn_role == "answer"} == {"Mao Ning"}
    assert [t.speaker_label for t in turns][:4] == [
        "China Daily",
        "Mao Ning",
        "Swedish Television",
        "Mao Ning",
    ]
    assert len(turns) == 12
    # The first answer holds the two paragraphs about Wang Yi's remarks that follow it.
    first_answer = turns[1]
    paragraphs = [b for b in corpus[prefix].blocks if b.parent == first_answer.index]
    assert len(paragraphs) == 3


@pytest.mark.parametrize("prefix", ["003"])
def test_segment_repeat_and_ticker_are_furniture(corpus, prefix):
    doc = corpus[prefix]
    furniture = {
        doc.text[b.start : b.end]: b.skip_reason for b in doc.blocks_of(BlockKind.FURNITURE)
    }
    assert furniture["-+ 0.00%"] == "ticker"
    assert furniture["Zhitongcaijing·12/10/2025 08:17:04"] == "dateline"
    repeated = [b for b in doc.blocks_of(BlockKind.FURNITURE) if b.skip_reason == "repeated"]
    (copy,) = repeated
    (kept,) = doc.blocks_of(BlockKind.PARAGRAPH)
    assert kept.start < copy.start
    assert doc.text[kept.start : kept.end] == doc.text[copy.start : copy.end]
    # Gold offsets point into the first copy: "80th anniversary" is inside the kept paragraph.
    assert kept.start < doc.text.index("80th anniversary") < kept.end


# fmt: off
@pytest.mark.parametrize(("prefix", "snippet", "reason"), [
    ("000", "Skip to Content Facebook Feature Image", "menu"),
    ("000", "Recommended Articles", "related"),
    ("000", "2024-12-10 16:52 Last Updated At:22:17", "dateline"),
    ("002", "Reference(s):", "reference"),
    ("002", "cgtn.com", "reference"),
    ("004", "Suggest To A Friend:", "share"),
    ("004", "2024-02-27 18:00", "dateline"),
])
# fmt: on
def test_segment_furniture_lines(corpus, prefix, snippet, reason):
    doc = corpus[prefix]
    reasons = {doc.text[b.start : b.end].replace("\xa0", " "): b.skip_reason
               for b in doc.blocks_of(BlockKind.FURNITURE)}
    assert reasons[snippet] == reason


@pytest.mark.parametrize(("prefix", "count"), [("000", 5), ("001", 5)])
def test_segment_headline_repeats_are_furniture(corpus, prefix, count):
    doc = corpus[prefix]
    title = doc.title
    assert title is not None and title.startswith("China urges certain countries")
    heads = [b for b in doc.blocks_of(BlockKind.FURNITURE) if doc.text[b.start : b.end] == title]
    assert len(heads) == count
    assert {b.skip_reason for b in heads} == {"headline"}
    assert not any(doc.text[b.start : b.end] == title for b in doc.blocks_of(BlockKind.PARAGRAPH))


@pytest.mark.parametrize(
    ("prefix", "anchor", "expected_end"), [("000", "78.6 years", "on average.")]
)
def test_segment_sentence_with_decimal(corpus, prefix, anchor, expected_end):
    doc = corpus[prefix]
    pos = doc.text.index(anchor)
    (sentence,) = [s for s in doc.blocks_of(BlockKind.SENTENCE) if s.start <= pos < s.end]
    text = doc.text[sentence.start : sentence.end]
    assert text.startswith('"China has built the world')
    assert text.endswith(expected_end)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_segment_offsets_and_tree(corpus, prefix):
    doc = corpus[prefix]
    depth = {BlockKind.STORY: 0, BlockKind.TURN: 1, BlockKind.PARAGRAPH: 2, BlockKind.SENTENCE: 3}
    for i, b in enumerate(doc.blocks):
        span = doc.text[b.start : b.end]
        assert b.index == i
        assert span and span == span.strip()
        if b.parent is not None:
            parent = doc.blocks[b.parent]
            assert parent.start <= b.start and b.end <= parent.end
            if b.kind != BlockKind.FURNITURE:
                assert depth[parent.kind] < depth[b.kind]
    # Every sentence is inside a paragraph; paragraphs are covered by their sentences.
    for p in doc.blocks_of(BlockKind.PARAGRAPH):
        kids = [s for s in doc.blocks if s.parent == p.index]
        assert kids and kids[0].start == p.start and kids[-1].end == p.end


# fmt: off
@pytest.mark.parametrize(("text", "expected"), [
    ('"It is 78.6 years on average. We have 305 laws," said Mao. He left.',
     ['"It is 78.6 years on average.', 'We have 305 laws," said Mao.', "He left."]),
    ('"...masters of the country," Mao continued. China has made strides.',
     ['"...masters of the country," Mao continued.', "China has made strides."]),
    ('He said: "We agree." Then he left.', ['He said: "We agree."', "Then he left."]),
    ("Mr. Li met Dr. Wang of Feipu Co., Ltd. on Jan. 5 in the U.S. capital.",
     ["Mr. Li met Dr. Wang of Feipu Co., Ltd. on Jan. 5 in the U.S. capital."]),
    ("It grew 2.7 million. Is it true? Yes! Good",
     ["It grew 2.7 million.", "Is it true?", "Yes!", "Good"]),
    ("1. Import and export rose. 2. Exports fell.",
     ["1. Import and export rose.", "2. Exports fell."]),
    ("down 0.3%.Though the growth was negative", ["down 0.3%.", "Though the growth was negative"]),
    ("See No. 5 for details. The answer is no. We move on.",
     ["See No. 5 for details.", "The answer is no.", "We move on."]),
    ("A headline without a stop", ["A headline without a stop"]),
    ('Why? he asked. "Why not?" she said.', ["Why? he asked.", '"Why not?" she said.']),
])
# fmt: on
def test_sentences_split(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


# fmt: off
@pytest.mark.parametrize(("line", "label", "strong", "alone"), [
    ("Mao Ning: The United Nations", "Mao Ning", False, False),
    ("Bloomberg:", "Bloomberg", False, True),
    ("John Kirby: (00:52)", "John Kirby", True, True),
    ("ADMINISTRATOR SAMANTHA POWER: As President", "ADMINISTRATOR SAMANTHA POWER", True, False),
    ("Q: How many?", "Q", True, False),
    ("[Gao Feng]: Thank you.", "Gao Feng", True, False),
    ("MR PRICE: Good afternoon.", "MR PRICE", True, False),
    ("Associated Press of Pakistan: Prime", "Associated Press of Pakistan", False, False),
])
# fmt: on
def test_segment_parse_label(line, label, strong, alone):
    found = parse_label(line)
    assert found is not None
    assert (found.text, found.strong, found.alone) == (label, strong, alone)


@pytest.mark.parametrize(
    "line",
    [
        "China urges certain countries to stop: spokeswoman",
        "A reporter asked: Today is World Human Rights Day.",
        "Ladies, gentlemen and dear friends:",
        "Friends from the media:",
        "Reference(s):",
        "The following is the full text of the article:",
    ],
)
def test_segment_parse_label_rejects_prose(line):
    assert parse_label(line) is None


# fmt: off
@pytest.mark.parametrize(("label", "text", "role"), [
    ("China Daily", "How does China view it?", "question"),
    ("Swedish Television", "Sweden is about to join NATO. How will this impact ties?", "question"),
    ("AFP", "Can you confirm the visit?", "question"),
    ("Reuters", "The pact expired. Please could you tell us more.", "question"),
    ("Channel NewsAsia", "Is there a timetable?", "question"),
    ("Q", "Any news.", "question"),
    ("John Smith", "Will the minister resign?", "question"),
    ("Mao Ning", "China hopes all parties will work for peace.", "answer"),
    ("MR PRICE", "Good afternoon.", "answer"),
    ("Moderator", "Next question.", "moderator"),
    ("Jia Huili", "Welcome.", "moderator"),
])
# fmt: on
def test_segment_classify_turn(label, text, role):
    assert classify_turn(label, text, frozenset({"jia huili"})) == role


# fmt: off
@pytest.mark.parametrize(("text", "labels", "roles"), [
    ("Jia Huili:\n\n    Welcome to the press conference.\n\nWang Jun:\n\n    Thank you. Exports "
     "grew 7.1%.\n\nBloomberg:\n\n    Will it last?\n\nWang Jun:\n\n    Yes.",
     ["Jia Huili", "Wang Jun", "Bloomberg", "Wang Jun"],
     ["remarks", "remarks", "question", "answer"]),
    ("Chairperson:\n\nMs. Jia Huili, deputy director general\n\nJia Huili:\n\nWelcome.\n\n"
     "Wang Jun:\n\nThank you.",
     ["Jia Huili", "Wang Jun"], ["moderator", "remarks"]),
    ("John Kirby: (00:00)\nWe sent $800 million.\n\nJohn Kirby: (00:52)\nAnd 72 howitzers.",
     ["John Kirby", "John Kirby"], ["remarks", "remarks"]),
])
# fmt: on
def test_segment_turn_shapes(text, labels, roles):
    seg = segment(text)
    turns = [b for b in seg.blocks if b.kind == BlockKind.TURN]
    assert [t.speaker_label for t in turns] == labels
    assert [t.turn_role for t in turns] == roles
    for t in turns:  # a label alone on its line is not a paragraph
        paragraphs = [b for b in seg.blocks if b.parent == t.index]
        assert paragraphs and all(":" not in text[p.start : p.end][:12] for p in paragraphs)


@pytest.mark.parametrize("text", ["Mao Ning: a single quote-like line.\n\nMore text."])
def test_segment_single_weak_label_is_not_a_turn(text):
    assert not [b for b in segment(text).blocks if b.kind == BlockKind.TURN]


# fmt: off
@pytest.mark.parametrize(("line", "reason"), [
    ("-+ 0.00%", "ticker"),
    ("Home > Press Release", "menu"),
    ("HOME > Spokesperson's Remarks of the Foreign Ministry", "menu"),
    ("عربي Español Русский Français 简体中文", "menu"),
    ("Skip to Content Facebook Feature Image", "menu"),
    ("Print E-mail Bookmark and Share", "share"),
    ("Suggest To A Friend:", "share"),
    ("Go to Forum >>0 Comment(s)", "menu"),
    ("Add your comments...", "comments"),
    ("Copyright © 2022 People's Daily Online. All Rights Reserved.", "copyright"),
    ("China has supplied more than 2.2 billion doses.", None),
    ("Spokesperson, does China have any further plans to share this type of vaccine with "
     "other countries?", None),
])
# fmt: on
def test_clean_furniture_reason(line, reason):
    assert furniture_reason(line) == reason


_ALPHABET = st.sampled_from(list("abcXYZ .,?!:\"'“”’\n\n  0123456789%-") + ["Mr.", "U.S.", "78.6"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_segment_blocks_property(text):
    blocks = segment(text).blocks
    by_level: dict[BlockKind, list[tuple[int, int]]] = {}
    for i, b in enumerate(blocks):
        assert b.index == i
        assert 0 <= b.start < b.end <= len(text)
        span = text[b.start : b.end]
        assert span == span.strip()
        # Never cut a word: no letter or digit on both sides of either edge.
        assert b.start == 0 or not (text[b.start - 1].isalnum() and text[b.start].isalnum())
        assert b.end == len(text) or not (text[b.end - 1].isalnum() and text[b.end].isalnum())
        by_level.setdefault(b.kind, []).append((b.start, b.end))
    assert [b.start for b in blocks] == sorted(b.start for b in blocks)
    for spans in by_level.values():
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            assert e1 <= s2
    # Every non-space character outside furniture is inside some sentence.
    covered = set()
    for b in blocks:
        if b.kind in (BlockKind.SENTENCE, BlockKind.FURNITURE):
            covered.update(range(b.start, b.end))
    labels = set()
    for b in blocks:
        if b.kind == BlockKind.TURN:
            labels.update(range(b.start, b.start + len(b.speaker_label or "") + 12))
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered | labels]
    assert not missing


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_segment_trusted_blocks_equal_validated_ones(corpus, prefix):
    # Blocks are built without validation for speed: each must be what validation would give.
    for block in corpus[prefix].blocks:
        validated = Block.model_validate(block.model_dump())
        assert block == validated and hash(block) == hash(validated)
        assert block.model_fields_set == validated.model_fields_set
        assert type(block.kind) is BlockKind and isinstance(block.start, int)
        assert block.model_dump_json() == validated.model_dump_json()


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_sentences_split_any_span(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    spans = split_sentences(text, start, end)
    for s, e in spans:
        assert start <= s < e <= end
        assert text[s:e] == text[s:e].strip()
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
    inside = "".join(text[s:e] for s, e in spans)
    assert "".join(inside.split()) == "".join(text[start:end].split())


# fmt: off
@pytest.mark.parametrize(("text", "labels", "roles"), [
    # One "Name Surname: text" line counts in a page that calls itself a press conference.
    ("Regular Press Conference of the Ministry of Trade (May 9, 2023)\n\nFriends from the media:"
     "\n\nGood morning. Exports rose 5% in April.\n\nLena Okafor: Imports grew 3.1%, and that is "
     "all for today.", ["Lena Okafor"], ["remarks"]),
    # ... and beside turns of a shape only transcripts use.
    ("Q: How many jobs were created?\n\nDaniel Reyes: About 250,000 last month.",
     ["Q", "Daniel Reyes"], ["question", "answer"]),
    # US and UK briefing labels.
    ("MR PRICE: Good afternoon. We have two announcements.\n\nQUESTION: Ned, how many diplomats "
     "left?\n\nMR PRICE: About 40.", ["MR PRICE", "QUESTION", "MR PRICE"],
     ["remarks", "question", "answer"]),
    ("MS PSAKI: Hi everyone.\n\nQ: Jen, what is the cost?\n\nMS PSAKI: Roughly $1.9 trillion.",
     ["MS PSAKI", "Q", "MS PSAKI"], ["remarks", "question", "answer"]),
    ("THE PRESIDENT: Thank you all. We created 10 million jobs.\n\nQ    Mr. President, how many "
     "more by the autumn?\n\nTHE PRESIDENT:  Well, a lot more.",
     ["THE PRESIDENT", "Q", "THE PRESIDENT"], ["remarks", "question", "answer"]),
    ("SECRETARY BLINKEN: Good morning.\n\nQ\tWhat about aid?\n\nA\tIt is $50 million.",
     ["SECRETARY BLINKEN", "Q", "A"], ["remarks", "question", "answer"]),
])
# fmt: on
def test_segment_turn_labels_and_roles(text, labels, roles):
    seg = segment(text)
    turns = [b for b in seg.blocks if b.kind == BlockKind.TURN]
    assert [t.speaker_label for t in turns] == labels
    assert [t.turn_role for t in turns] == roles
    assert seg.turns == len(labels)


# fmt: off
@pytest.mark.parametrize("text", [
    "Lena Okafor: a single quote-like line in an article.\n\nExports rose 5%.",
    "Quarterly trade figures\n\nA  note on methods: figures are rounded.\n\nExports rose 5%.",
    "Q    is the letter the survey uses for quarters.",
])
# fmt: on
def test_segment_lone_weak_label_is_not_a_turn(text):
    assert not [b for b in segment(text).blocks if b.kind == BlockKind.TURN]


# fmt: off
@pytest.mark.parametrize(("line", "reason"), [
    ("We use cookies to personalise content and ads, to provide social media features and to "
     "analyse our traffic. By continuing to browse this website you accept our cookie policy "
     "and our privacy notice, which explain how we and our partners use your data.", "cookies"),
    ("Sign up for our morning newsletter and get the day's top stories, analysis and opinion "
     "delivered straight to your inbox, free of charge, every weekday", "promo"),
    ("Follow us on Facebook, X, Instagram and LinkedIn for the latest news, pictures and video "
     "from our reporters around the world", "promo"),
    ("Copyright 2024 Coastline Herald Media Ltd, a member of the Harbour Group. All rights "
     "reserved. This material may not be published, broadcast, rewritten or redistributed.",
     "copyright"),
    ("SSE Composite 3,291.43 +0.52%   HSI 21,562.32 -0.19%   USD/CNY 7.2985 +0.03%", "ticker"),
    ("NSE 20 1,998.30 +0.41%   NASI 139.02 -0.22%   USD/KES 128.75   Gold $2,580 +0.3%", "ticker"),
    ("Reading time: 4 min (912 words)", "share"),
    ("5 min read", "share"),
    ("News | Press Conferences | Speeches | Photos", "menu"),
    # The same phrases with a figure a claim could state are left to the extractors.
    ("Sign up for our newsletter: 45,000 readers already get our daily summary of the markets "
     "and the economy delivered to their inbox every morning", None),
    ("All rights reserved, the ministry said, adding that 3.2 million visitors came to the "
     "national museums last year, up 12% on the year before", None),
    ("Harbour city rents climb 6.4% | Property | Coastline Herald", None),
    ("Shares rose 2.1% and bonds fell 0.4% after the central bank cut rates.", None),
])
# fmt: on
def test_clean_boilerplate_any_length(line, reason):
    assert furniture_reason(line) == reason


_FURNITURE_BITS = st.sampled_from(
    ["Home", " > ", " >> ", "»", " | ", "share this", "Print E-mail", "0 Comment(s)", "©", "x",
     "Copyright", "Sign up", " for free", "menu", "-+ 0.00%", "Photos", " ", "2024", ".", "分享"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FURNITURE_BITS, max_size=12).map("".join))
def test_clean_combined_search_equals_full_search(line):
    # Anchored patterns are tried at offset 0 only: the match must be what one search finds.
    for combined in (clean._ANY_LENGTH, clean._SHORT_ONLY):
        fast, full = combined.search(line), combined.full.search(line)
        assert (fast and (fast.span(), fast.lastgroup)) == (full and (full.span(), full.lastgroup))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_clean_combined_search_on_corpus_lines(corpus, prefix):
    for line in corpus[prefix].text.splitlines():
        for combined in (clean._ANY_LENGTH, clean._SHORT_ONLY):
            fast, full = combined.search(line.strip()), combined.full.search(line.strip())
            assert (fast and fast.lastgroup) == (full and full.lastgroup)


# fmt: off
@pytest.mark.parametrize(("text", "labels", "roles"), [
    # A question label naming its outlet in brackets: the outlet asks; the official answers.
    ("QUESTION (Reuters): How many troops crossed the border?\n\nWANG: About 3,000 since May.",
     ["Reuters", "WANG"], ["question", "answer"]),
    ("Q (NHK): Will the tariff reach 25%?\n\nMR MILLER: It will be 10%, not 25%.",
     ["NHK", "MR MILLER"], ["question", "answer"]),
    ("Question (AFP): How many cases this week\n\nDR TEDROS: More than 4,000 cases.",
     ["AFP", "DR TEDROS"], ["question", "answer"]),
    ("REPORTER (Bloomberg): What did exports do in June?\n\nLI: They rose 5.8%.\n\n"
     "REPORTER (Kyiv Independent): And imports?\n\nLI: Imports fell 1.2%.",
     ["Bloomberg", "LI", "Kyiv Independent", "LI"],
     ["question", "answer", "question", "answer"]),
    # A moderator introduces the asker: the question, in the next or the same paragraph, is theirs.
    ("MODERATOR: Next question from Reuters.\n\nHow many troops are there now?\n\n"
     "WANG: About 3,000.", ["MODERATOR", "Reuters", "WANG"], ["moderator", "question", "answer"]),
    ("MODERATOR: We'll take a question from NHK. How many troops are there?\n\n"
     "WANG: About 3,000.", ["MODERATOR", "NHK", "WANG"], ["moderator", "question", "answer"]),
    ("WANG: Good afternoon. Exports rose 5% in May.\n\nNext question is from Lena Park with "
     "Yonhap News.\n\nQUESTION: Is growth 4%?\n\nWANG: It is 3.9%.",
     ["WANG", "Yonhap News", "WANG"], ["remarks", "question", "answer"]),
    # A parliamentary label: the member speaks, the party in brackets is no outlet.
    ("Jo Hale (Con): Will the Minister confirm that 4,000 nurses have left?\n\n"
     "Sam Lee (Lab): Some 3,200 have left this year.",
     ["Jo Hale", "Sam Lee"], ["question", "answer"]),
])
# fmt: on
def test_segment_bracketed_and_introduced_askers(text, labels, roles):
    seg = segment(text)
    turns = [b for b in seg.blocks if b.kind == BlockKind.TURN]
    assert [t.speaker_label for t in turns] == labels
    assert [t.turn_role for t in turns] == roles
    for block in seg.blocks:
        piece = text[block.start : block.end]
        assert piece and piece == piece.strip()
        if block.parent is not None:
            parent = seg.blocks[block.parent]
            assert parent.start <= block.start and block.end <= parent.end


# fmt: off
@pytest.mark.parametrize("text", [
    # Prose about a question is no introduction; no label, no turn.
    "The minister dodged a question from Reuters about the 4% target.\n\nExports rose 5%.",
    "She took a question from the floor and said exports rose 5%.",
])
# fmt: on
def test_segment_introduction_needs_a_transcript(text):
    seg = segment(text)
    assert [b for b in seg.blocks if b.kind == BlockKind.TURN] == []


# fmt: off
@pytest.mark.parametrize(("text", "labels"), [
    # the Federal Reserve's transcripts: capitalised names closed by a full stop
    ("Transcript of Chair Lind's Press Conference\n\nCHAIR LIND. Good afternoon. Rates fell "
     "0.25 point.\n\nMICHELLE SMITH. Dana.\n\nDANA KOWALSKI. Thank you. Why cut?\n\nCHAIR LIND. "
     "One quarter is no trend.", ["CHAIR LIND", "MICHELLE SMITH", "DANA KOWALSKI", "CHAIR LIND"]),
    ("MR. PRICE. Good afternoon.\n\nMS. ANA LEE. Thanks, Ned.", ["MR. PRICE", "MS. ANA LEE"]),
])
# fmt: on
def test_segment_capitalised_names_closed_by_a_stop_are_turns(text, labels):
    turns = [b for b in segment(text).blocks if b.kind == BlockKind.TURN]
    assert [t.speaker_label for t in turns] == labels


# fmt: off
@pytest.mark.parametrize("text", [
    # one capitalised opening, a place or a news flash: no turns
    "NEW YORK. The city counted 4,000 shelters.\n\nIt said 20 more would open.",
    "BREAKING NEWS. Floods hit 3 towns.\n\nBREAKING NEWS. Roads shut in 5 places.",
])
# fmt: on
def test_segment_capitalised_openings_are_not_turns(text):
    assert [b for b in segment(text).blocks if b.kind == BlockKind.TURN] == []


def test_segment_answer_after_a_read_out_question_is_the_hosts() -> None:
    # "I have a question from Bloomberg on Pakistan: '...?'" opens Bloomberg's question turn;
    # the unlabelled paragraph after it is the host's answer again
    text = (
        "MS. KOZACK: Good morning.\n\n"
        'MS. KOZACK: I have a question from Bloomberg on Pakistan: "Did reserves rise?"\n\n'
        "Thank you. On Pakistan, the board approved $1.1 billion.\n\n"
        "QUESTIONER: On Egypt, please."
    )
    turns = [b for b in segment(text).blocks if b.kind == BlockKind.TURN]
    labels = [(t.speaker_label, t.turn_role) for t in turns]
    assert labels == [
        ("MS. KOZACK", "remarks"),
        ("MS. KOZACK", "remarks"),
        ("Bloomberg", "question"),
        ("MS. KOZACK", "answer"),
        ("QUESTIONER", "question"),
    ]
    answer = next(t for t in turns if text[t.start :].startswith("Thank you"))
    assert answer.speaker_label == "MS. KOZACK"


def test_segment_white_house_q_with_one_space_is_a_turn_beside_others() -> None:
    text = (
        "THE PRESS SECRETARY: Good afternoon.\n\nQ Nina, on the blizzard. How many died?\n\n"
        "THE PRESS SECRETARY: I'd refer you to the state."
    )
    labels = [b.speaker_label for b in segment(text).blocks if b.kind == BlockKind.TURN]
    assert labels == ["THE PRESS SECRETARY", "Q", "THE PRESS SECRETARY"]
    # a lone "Q fever" sentence is no turn
    lone = segment("Q Fever cases rose by 12.")
    assert [b for b in lone.blocks if b.kind == BlockKind.TURN] == []


def test_segment_long_titled_label_and_topic_line() -> None:
    text = (
        "Topic: Progress in maternal and child health services\n\n"
        "Mi Feng, deputy director of the Publicity Department and spokesperson of the National "
        "Health Commission:\n\nGood afternoon. Hospitals received 2.14 billion visits.\n\n"
        "Xinhua: How many hospitals offer pediatric care?\n\n"
        "Mi Feng, deputy director of the Publicity Department and spokesperson of the National "
        "Health Commission:\n\nAbout 94 percent of them."
    )
    labels = [b.speaker_label for b in segment(text).blocks if b.kind == BlockKind.TURN]
    mi_feng = labels[0]
    assert mi_feng.startswith("Mi Feng, deputy director")
    assert labels == [mi_feng, "Xinhua", mi_feng]


def test_segment_a_long_lead_in_ending_said_is_no_label() -> None:
    text = (
        "Councillor Robin Currie, Leader of Argyll and Bute Council, said:\n\n"
        '"One in five homes here is empty for most of the year."\n'
    )
    assert [b for b in segment(text).blocks if b.kind == BlockKind.TURN] == []


def test_segment_topic_headings_between_turns_keep_one_story() -> None:
    # numbered topic headings inside a press conference are no story boundaries, and a
    # "Main topics:" line before their list is no story of its own
    text = (
        "Press Conference by Press Secretary SAKURADA Tetsuya\n\n"
        "Wednesday, January 17, 2035, 4:02 p.m.\n\n"
        "Main topics:\n"
        "1. Emergency Grant Aid to Mozambique\n"
        "2. Questions and Answers\n\n"
        "1. Emergency Grant Aid to Mozambique\n\n"
        "Press Secretary SAKURADA: Japan will extend aid of 3.5 million US dollars.\n\n"
        "2. Questions and Answers\n\n"
        "Reporter (Kyodo News): How many people were affected?\n\n"
        "Press Secretary SAKURADA: More than 260,000 people were affected.\n"
    )
    blocks = segment(text).blocks
    stories = [b for b in blocks if b.kind == BlockKind.STORY]
    assert len(stories) == 1
    assert len([b for b in blocks if b.kind == BlockKind.TURN]) == 3


def test_segment_hearing_record_labels_and_headings() -> None:
    # a congressional hearing: "The Chairman." and "Ms. Frost." open turns; the capitalised
    # "OPENING STATEMENT OF HON. ..." and "Share:" lines are no speakers
    text = (
        "Share: Facebook   X   Email\n\n"
        "OPENING STATEMENT OF HON. MARGARET ELLERY, U.S. SENATOR FROM MONTANA\n\n"
        "The Chairman. Good morning. The FAA employs 11,240 controllers.\n\n"
        "STATEMENT OF DANIELLE FROST, DEPUTY ADMINISTRATOR\n\n"
        "Ms. Frost. Thank you. The FAA hired 2,150 controllers.\n\n"
        "Senator Okafor. What is the staffing at Newark?\n"
    )
    labels = [b.speaker_label for b in segment(text).blocks if b.kind == BlockKind.TURN]
    assert labels == ["The Chairman", "Ms. Frost", "Senator Okafor"]


@pytest.mark.parametrize(
    "line",
    ["OPENING STATEMENT OF HON. MARGARET ELLERY, U.S. SENATOR FROM MONTANA",
     "Share: Facebook   WhatsApp   Telegram"],
)
def test_segment_headings_and_share_bars_are_no_labels(line: str) -> None:
    assert parse_label(line) is None


def test_segment_hansard_labels_and_definitions() -> None:
    text = (
        "1. Rachel Ashdown (Stroud) (Lab): What assessment she has made of delivery. [908114]\n\n"
        "The Minister for Housing and Planning (Daniel Okoro): In 2036-37, 58,400 homes were "
        "completed.\n\n"
        "Rachel Ashdown: In Stroud 2,300 households are on the register.\n\n"
        "European Union (EU27): Belgium, Bulgaria, Czechia, Denmark, the Netherlands and Sweden.\n"
    )
    labels = [b.speaker_label for b in segment(text).blocks if b.kind == BlockKind.TURN]
    assert labels == ["Rachel Ashdown", "Daniel Okoro", "Rachel Ashdown"]



@pytest.mark.parametrize(
    "line",
    ["Border: 11.3", "Dublin: €480,000 | 14,215 purchases", "Readout: On Tuesday, the Deputy met"],
)
def test_segment_table_rows_and_readouts_are_no_labels(line: str) -> None:
    assert parse_label(line) is None


def test_segment_a_city_dateline_in_capitals_is_no_turn() -> None:
    text = (
        "MUMBAI: Incessant rain lashed the city and suburbs on Tuesday, submerging low-lying "
        "areas, disrupting suburban trains and leaving commuters stranded for nearly seven hours, "
        "officials said.\n\nThe island city received 198mm of rain.\n"
    )
    assert [b for b in segment(text).blocks if b.kind == BlockKind.TURN] == []



def test_segment_a_headline_quoting_someone_is_no_label() -> None:
    assert parse_label("Minister: 'This is a dangerous storm'") is None



def test_segment_a_sub_heading_inside_a_turn_and_square_bracket_outlets() -> None:
    text = (
        "Minister TAKANASHI: I would like to begin with two announcements. First, Japan will "
        "extend aid of 3 million US dollars.\n\n"
        "(2) Visit to India\n\n"
        "Second, I will visit India. Japan's investment there reached about 1.3 trillion yen.\n\n"
        "NISHIDA [Kyodo News]: I would like to ask about rare earths.\n\n"
        "Minister TAKANASHI: We are closely monitoring the situation.\n"
    )
    blocks = segment(text).blocks
    turns = [b for b in blocks if b.kind == BlockKind.TURN]
    labels = [t.speaker_label for t in turns]
    assert labels == ["Minister TAKANASHI", "NISHIDA", "Minister TAKANASHI"]
    assert turns[0].end > text.index("1.3 trillion")
    assert len([b for b in blocks if b.kind == BlockKind.STORY]) == 1
