"""Stated dates: relative days resolved against the anchor, stories that do not inherit it."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.attribution import attribute
from claimgraph.extract.dates import briefing_day, find_days, resolve_relative, stated_dates
from claimgraph.ingest import load_text
from claimgraph.models import Block, BlockKind, Document, DocumentMeta, Genre

WED = date(2024, 12, 11)  # a Wednesday


# fmt: off
@pytest.mark.parametrize(
    ("expression", "anchor", "expected"),
    [
        ("on Tuesday", WED, date(2024, 12, 10)),
        ("said Thursday", date(2022, 3, 3), date(2022, 3, 3)),  # same weekday: that day
        ("Wednesday", WED, WED),
        ("last Wednesday", WED, date(2024, 12, 4)),
        ("yesterday", date(2025, 9, 16), date(2025, 9, 15)),
        ("today", WED, WED),
        ("the day before yesterday", WED, date(2024, 12, 9)),
        ("On December 10", WED, date(2024, 12, 10)),
        ("On December 30", date(2025, 1, 2), date(2024, 12, 30)),  # page's year, not the future
        ("Oct. 13, 2025", WED, date(2025, 10, 13)),
        ("21 February 2020", WED, date(2020, 2, 21)),
        ("4/21/22", WED, date(2022, 4, 21)),
        ("2024-12-10", WED, date(2024, 12, 10)),
        ("last week", WED, None),
        ("next year", WED, None),
        ("February 30", WED, None),
    ],
)
# fmt: on
def test_dates_resolve_relative(expression, anchor, expected) -> None:
    assert resolve_relative(expression, anchor) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He said here Saturday that 5 ships came.", ["Saturday"]),
        ("Statement given yesterday by the envoy", ["yesterday"]),
        ("in the next five years and last month", []),
        ("On December 10, Human Rights Day", ["December 10"]),
    ],
)
def test_dates_find_days(text, found) -> None:
    assert [e for _, _, e in find_days(text)] == found


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Foreign Ministry Spokesperson's Regular Press Conference on July 22, 2025", "2025-07-22"),
        ("Regular Press Conference of the Ministry of Commerce (December 9, 2016)", "2016-12-09"),
        ("Speakers:\n\nDate:\n\n    Oct. 13, 2025", "2025-10-13"),
        ("Opening remarks at the media briefing on COVID-19 on 21 February 2020", "2020-02-21"),
        ("China urges countries to stop: spokeswoman", None),
    ],
)
def test_dates_briefing_day(head, day) -> None:
    found = briefing_day(Document(id="d", name="d", text=head))
    assert (found.isoformat() if found else None) == day


def make_doc(
    *stories: list[str], published: date | None = WED, genre: Genre = "article"
) -> Document:
    """Stories of paragraphs, one sentence block per paragraph-sized sentence."""
    text = ""
    blocks: list[Block] = []
    for paras in stories:
        s = len(blocks)
        blocks.append(Block(index=s, kind=BlockKind.STORY, start=len(text), end=len(text)))
        for para in paras:
            start = len(text)
            text += para + "\n\n"
            blocks.append(
                Block(
                    index=len(blocks),
                    kind=BlockKind.PARAGRAPH,
                    start=start,
                    end=start + len(para),
                    parent=s,
                )
            )
        blocks[s] = blocks[s].model_copy(update={"end": len(text)})
    return Document(
        id="d", name="d", text=text, published=published, genre=genre, blocks=tuple(blocks)
    )


def day_at(doc: Document, needle: str) -> tuple[str | None, str | None]:
    day, source = stated_dates(doc).at(doc.text.index(needle))
    return (day.isoformat() if day else None, source)


# fmt: off
@pytest.mark.parametrize(
    ("stories", "needle", "expected"),
    [
        # the dateline story: the cue's weekday, else the publication day
        ([["Trade rose 5%, said spokeswoman Mao Ning on Tuesday."]], "5%",
         ("2024-12-10", "weekday")),
        ([["The museum has 3 million visitors."]], "3 million", ("2024-12-11", "published")),
        # a statement made yesterday keeps its day
        ([["Yesterday, the United Nations Children's Fund (UNICEF) released a $4 billion "
           "appeal."]], "$4 billion", ("2024-12-10", "relative")),
        # carried sentences keep the cue's day
        ([["Foreign Ministry spokesperson Guo Jiakun said on Monday that trade grew. "
           "It rose 8 percent."]], "8 percent", ("2024-12-09", "weekday")),
        # a second story: only an event day stated for the same speaker
        ([["Spokeswoman Mao Ning said on Tuesday that 4 talks were held."],
          ["Vice President Han Zheng met Bui Thanh Son in Beijing on Monday.",
           "Noting that next year marks the 75th anniversary of ties, Han said both sides "
           "gain."]], "75th", ("2024-12-09", "weekday")),
        # a city that ends in "-ing" is no lead clause ("Reviewing ..., X said")
        ([["Spokeswoman Mao Ning said on Tuesday that 4 talks were held."],
          ["Beijing welcomed Vice President Han Zheng home on Monday.",
           "Han said 75 projects were signed."]], "75 projects", ("2024-12-09", "weekday")),
        ([["Spokeswoman Mao Ning said on Tuesday that 4 talks were held."],
          ["A model was launched in Shanghai on Tuesday.",
           '"There are over 20,000 rare diseases," said Lu Tong, CEO of Feipu Technology.']],
         "20,000", (None, None)),
        # a minister's figure relayed by a spokesperson, with no day for the minister's words:
        # the day it was relayed
        ([["Spokeswoman Mao Ning said on Tuesday that Foreign Minister Wang Yi stressed that "
           "9 deals were signed."]], "9 deals", ("2024-12-10", "weekday")),
        # ... and so do a source's figures inside the relayed words
        ([["Spokeswoman Mao Ning said on Tuesday that 9 deals were signed, according to the "
           "Ministry of Commerce."]], "9 deals", ("2024-12-10", "weekday")),
    ],
)
# fmt: on
def test_dates_stated_day(stories, needle, expected) -> None:
    assert day_at(make_doc(*stories), needle) == expected


@pytest.mark.parametrize(
    ("paras", "needle", "expected"),
    [
        (
            ["Regular Press Conference on July 22, 2025", "Guo Jiakun: Over 150 countries joined."],
            "150",
            ("2025-07-22", "briefing"),
        ),
        (
            ["Statement given yesterday by Ambassador Ann Lee, Deputy Representative.",
             "We gave $79 million."],
            "$79 million",
            ("2024-12-10", "relative"),
        ),
    ],
)  # fmt: skip
def test_dates_transcripts_and_statements(paras, needle, expected) -> None:
    doc = make_doc(paras, published=date(2025, 7, 23) if "July" in paras[0] else WED)
    doc = doc.model_copy(update={"genre": "transcript" if "Press" in paras[0] else "statement"})
    assert day_at(doc, needle) == expected


def test_dates_without_publication_day_are_null() -> None:
    doc = make_doc(["The museum has 3 million visitors."], published=None)
    assert day_at(doc, "3 million") == (None, None)


# fmt: off
@pytest.mark.parametrize(
    ("sentence", "needle", "expected"),
    [
        ("Guo said last Tuesday that exports rose 5%.", "5%", ("2024-12-10", "weekday")),
        # a past that names no day ("earlier this week", "last week") keeps the page's day,
        # as every gold file dates it: the day the page reports the words
        ("Guo said earlier this week that exports rose 5%.", "5%", ("2024-12-11", "published")),
        ("Guo told reporters last week that exports rose 5%.", "5%", ("2024-12-11", "published")),
        ("Speaking on 3 March, Guo said exports rose 5%.", "5%", ("2024-03-03", "explicit")),
        ("On March 3, Guo said exports rose 5%.", "5%", ("2024-03-03", "explicit")),
        ("Guo said this morning that exports rose 5%.", "5%", ("2024-12-11", "relative")),
        # a source's data released last week: the page's day, not a vague one
        ("Data from the World Bank showed last week that exports rose 5%.", "5%",
         ("2024-12-11", "published")),
    ],
)
# fmt: on
def test_dates_cue_days_and_vague_days(sentence, needle, expected) -> None:
    assert day_at(make_doc([sentence]), needle) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mao said on Tuesday that 5% rose. On December 10, 2024, Guo spoke; yesterday too.",
        "Trade rose 5% in 2024, said Wang on 3 March. Growth hit 4/21/22 levels on Monday.",
        "No day at all here, only 12 numbers.",
    ],
)
def test_dates_day_index_agrees_with_scans(text) -> None:
    from claimgraph.extract.dates import _DayIndex

    index = _DayIndex(text)
    for a in range(0, len(text), 7):
        for b in range(a, len(text) + 1, 11):
            assert index.within(a, b) == find_days(text[a:b], a), (a, b)


OCT1 = date(2024, 10, 1)


# fmt: off
@pytest.mark.parametrize(
    ("stories", "needle", "expected"),
    [
        # an abbreviated month after the listener: "told the council on Sept. 24 that"
        ([["Council member Ida Strand told the council on Sept. 24 that the town had hired 23 "
           "teachers."]], "23 teachers", "2024-09-24"),
        ([["Ida Strand told reporters Monday that 40 jobs were cut."]], "40 jobs", "2024-09-30"),
        # a day inside what is said is no day of the saying
        ([["Ida Strand said 40 more buses would run on Monday."]], "40 more", "2024-10-01"),
        # a dated clause never dates the sentences before it
        ([["Ida Strand said the town had added 23 posts.", "The town employs 900 people.",
           "Strand told the council on Sept. 24 that 40 jobs were cut."]], "23 posts",
         "2024-10-01"),
        ([["Mayor Ann Lee said on Monday that 4 parks opened."],
          ["Ida Strand said the town had added 23 posts.",
           "Strand told the council on Sept. 24 that 40 jobs were cut."]], "23 posts", None),
        ([["Mayor Ann Lee said on Monday that 4 parks opened."],
          ["Ida Strand said the town had added 23 posts.",
           "Strand told the council on Sept. 24 that 40 jobs were cut."]], "40 jobs",
         "2024-09-24"),
    ],
)
# fmt: on
def test_dates_cue_day_after_listener_and_never_backwards(stories, needle, expected) -> None:
    assert day_at(make_doc(*stories, published=OCT1), needle)[0] == expected


@pytest.mark.parametrize("needle", ["300 trucks", "40 more", "2 million", "9 deals", "12 ships"])
def test_dates_every_turn_of_a_briefing_is_the_briefing_day(needle) -> None:
    paras = [
        "Press Briefing by Press Secretary Ann Lee, October 2, 2024",
        "MS. LEE (1:05 p.m.): Good afternoon. We have sent 300 trucks.",
        "Q (1:07 p.m.): How many more?",
        "MS. LEE (1:08 p.m.): The President said 40 more would go on Monday. And the agency "
        "estimates that 2 million people need aid. Foreign Minister Wang Yi stressed that 9 "
        "deals were signed. On Monday, 12 ships docked.",
    ]
    doc = make_doc(paras, published=date(2024, 10, 3), genre="transcript")
    assert day_at(doc, needle)[0] == "2024-10-02"


# fmt: off
@pytest.mark.parametrize(
    ("sentence", "needle", "expected"),
    [
        ("Ida Strand told Reuters in an interview on Monday that 40 jobs were cut.", "40 jobs",
         "2024-09-30"),
        ("Ida Strand said at a news conference on Monday that 40 jobs were cut.", "40 jobs",
         "2024-09-30"),
        ("Ida Strand said exports would rise 3% in the year to Monday.", "3%", "2024-10-01"),
    ],
)
# fmt: on
def test_dates_day_after_a_setting(sentence, needle, expected) -> None:
    assert day_at(make_doc([sentence], published=OCT1), needle)[0] == expected


# fmt: off
@pytest.mark.parametrize(
    ("sentence", "needle", "expected"),
    [
        # a trailing attribution's day dates the figures before it (publication Wed 11 Dec 2024)
        ("Retail sales rose 4 percent, Lyu Dalin, director of the statistics department, said "
         "on Tuesday.", "4 percent", "2024-12-10"),
        ("Emissions fell 3 percent, the Department for Environment, Food and Rural Affairs "
         "(Defra) said on Monday.", "3 percent", "2024-12-09"),
        ("Emissions fell 3 percent, Defra said on 17 March.", "3 percent", "2024-03-17"),
        ("Bus use grew 5 percent, the transit agency said on Wednesday.", "5 percent",
         "2024-12-11"),
        ("Foreign Minister Wang Yi said yesterday that 12 agreements were signed.",
         "12 agreements", "2024-12-10"),
        # figures a source published yesterday are dated that day
        ("It held 7.4 per cent of the market, according to figures published yesterday by "
         "research firm Kantar.", "7.4 per cent", "2024-12-10"),
    ],
)
# fmt: on
def test_dates_round5_trailing_attribution_day(sentence, needle, expected) -> None:
    assert day_at(make_doc([sentence]), needle)[0] == expected


BRIEFING = "Regular Press Conference on December 11, 2024"  # a Wednesday


# fmt: off
@pytest.mark.parametrize(
    ("paras", "genre", "needle", "expected"),
    [
        # relayed at a briefing: the minister's words keep the day he said them
        ([BRIEFING, "Mao Ning: Foreign Minister Wang Yi said on Monday that 5,000 students had "
          "enrolled."], "transcript", "5,000", ("Wang Yi", "Mao Ning", "2024-12-09")),
        ([BRIEFING, "Mao Ning: As the Secretary said yesterday, 5,000 troops are deployed."],
         "transcript", "5,000", ("Secretary", "Mao Ning", "2024-12-10")),
        ([BRIEFING, "Mao Ning: Secretary Ann Lee arrived. As the Secretary noted on Monday, "
          "5,000 troops are deployed."], "transcript", "5,000", ("Ann Lee", "Mao Ning",
                                                                 "2024-12-09")),
        # 'He added that ...' continues the words just before it, and their day
        ([BRIEFING, "Mao Ning: Foreign Minister Wang Yi said on Monday that 5,000 students had "
          "enrolled. He added that 30 schools opened."], "transcript", "30 schools",
         ("Wang Yi", "Mao Ning", "2024-12-09")),
        # with no day of their own, relayed words at a briefing are the briefing's
        ([BRIEFING, "Mao Ning: Foreign Minister Wang Yi said that 5,000 students had enrolled. "
          "He added that 30 schools opened."], "transcript", "30 schools",
         ("Wang Yi", "Mao Ning", "2024-12-11")),
        # an article about the briefing: the trailing spokesperson relays the minister
        (["Foreign Minister Wang Yi said on Monday that 5,000 students had enrolled, "
          "spokeswoman Mao Ning told reporters on Wednesday."], "article", "5,000",
         ("Wang Yi", "Mao Ning", "2024-12-09")),
        (["Spokeswoman Mao Ning told a regular press briefing that ties were strong.",
          "Foreign Minister Wang Yi said on Monday that 5,000 students had enrolled, Mao said."],
         "article", "5,000", ("Wang Yi", "Mao Ning", "2024-12-09")),
        (["Spokeswoman Mao Ning told a regular press briefing that ties were strong.",
          "Foreign Minister Wang Yi said on Monday that 5,000 students had enrolled, she added."],
         "article", "5,000", ("Wang Yi", "Mao Ning", "2024-12-09")),
        # a second statement after a comma is no relay of the first
        (["Wang Yi said on Monday that 5,000 students had enrolled, while Mao Ning said 30 "
          "schools opened."], "article", "30 schools", ("Mao Ning", None, "2024-12-11")),
        (["Wang Yi said on Monday that 5,000 students had enrolled, while Mao Ning said 30 "
          "schools opened."], "article", "5,000", ("Wang Yi", None, "2024-12-09")),
    ],
)
# fmt: on
def test_dates_relayed_words_keep_their_day(paras, genre, needle, expected) -> None:
    doc = make_doc(paras, genre=genre)
    found = attribute(doc).at(doc.text.index(needle))
    assert (found.speaker, found.reported_by, day_at(doc, needle)[0]) == expected


# fmt: off
@pytest.mark.parametrize(
    ("paras", "genre", "needle", "expected"),
    [
        # a day set in a lead-in clause before the subject dates the relayed words ...
        ([BRIEFING, "Mao Ning: When meeting the EU envoy in Brussels on Monday, Foreign "
          "Minister Wang Yi noted that imports grew by 9 percent. He said firms invested "
          "10 billion euros."], "transcript", "9 percent", "2024-12-09"),
        ([BRIEFING, "Mao Ning: When meeting the EU envoy in Brussels on Monday, Foreign "
          "Minister Wang Yi noted that imports grew by 9 percent. He said firms invested "
          "10 billion euros."], "transcript", "10 billion", "2024-12-09"),
        # ... a quote's trailing "Wen said." ends its cue: a later paragraph's day is no
        # day of the quote
        (['"Consumption contributed 61.2 percent of growth," Wen said.',
          "The IMF on Tuesday raised its forecast to 4.6 percent, according to its World Economic "
          "Outlook."], "article", "61.2 percent", "2024-12-11"),
        # ... and a source's figure takes the weekday its sentence gives, never a period
        (['"Consumption contributed 61.2 percent of growth," Wen said.',
          "The IMF on Tuesday raised its forecast to 4.6 percent, according to its World Economic "
          "Outlook."], "article", "4.6 percent", "2024-12-10"),
        (["Rainfall from 1st June to 13th August was 4 per cent above average, according to "
          "the India Meteorological Department."], "article", "4 per cent", "2024-12-11"),
    ],
)
# fmt: on
def test_dates_lead_in_days_and_cue_ends(paras, genre, needle, expected) -> None:
    assert day_at(make_doc(paras, genre=genre), needle)[0] == expected


def test_dates_speech_is_dated_the_day_it_was_delivered() -> None:
    doc = make_doc(
        ["Delivered on: 18 November 2026 (Transcript of the speech, exactly as delivered)",
         "Today we are sanctioning more than 40 people."],
        published=date(2026, 11, 19),
        genre="speech",
    )  # fmt: skip
    assert day_at(doc, "40 people") == ("2026-11-18", "briefing")


def test_dates_pronoun_after_an_event_takes_the_event_day() -> None:
    doc = make_doc(
        [BRIEFING, "Guo Jiakun: Vice President Han Zheng attended the ceremony yesterday. He "
         "pointed out that trade reached 106.8 billion US dollars last year."],
        genre="transcript",
    )  # fmt: skip
    found = attribute(doc).at(doc.text.index("106.8"))
    assert (found.speaker, day_at(doc, "106.8")[0]) == ("Han Zheng", "2024-12-10")


def test_dates_a_day_in_a_leading_clause_dates_the_person_after_it() -> None:
    doc = make_doc(
        [BRIEFING, "Lin Jian: At the summit on Saturday, Premier Li Qiang elaborated on "
         "proposals. He noted that China had signed documents with more than 150 countries."],
        genre="transcript",
    )  # fmt: skip
    found = attribute(doc).at(doc.text.index("150"))
    assert (found.speaker, day_at(doc, "150")[0]) == ("Li Qiang", "2024-12-07")


def test_dates_relayed_leader_takes_the_day_the_briefing_gave_the_event() -> None:
    doc = make_doc(
        [BRIEFING,
         "Guo Jiakun: On Friday, Foreign Minister Wang Yi held talks with his counterpart.",
         "Guo Jiakun: During the talks, Foreign Minister Wang Yi said that trade stayed above "
         "200 billion US dollars."],
        genre="transcript",
    )  # fmt: skip
    found = attribute(doc).at(doc.text.index("200 billion"))
    assert (found.speaker, day_at(doc, "200 billion")[0]) == ("Wang Yi", "2024-12-06")


# fmt: off
@pytest.mark.parametrize(("paras", "needle", "expected"), [
    # a statement "at the press conference" is dated the day the story gave that event
    (["Charging points reached 20 million, the energy agency NEA said on Monday.",
      "Of the total, public points numbered 4.7 million, the NEA said at a press conference."],
     "4.7 million", "2024-12-09"),
    (["The council voted for the scheme at its meeting on Tuesday.",
      "The meters will cost $7.8 million, manager Tama Rangi told the meeting."],
     "$7.8 million", "2024-12-10"),
    # no setting named: the page's day
    (["The council voted for the scheme at its meeting on Tuesday.",
      "The meters will cost $7.8 million, manager Tama Rangi said."],
     "$7.8 million", "2024-12-11"),
])
# fmt: on
def test_dates_a_setting_takes_the_day_of_its_event(paras, needle, expected) -> None:
    assert day_at(make_doc(paras), needle)[0] == expected


# fmt: off
@pytest.mark.parametrize(("paras", "genre", "needle", "expected"), [
    # the latest day the story gave a speaker dates their words, not the first one
    ([BRIEFING, "At the invitation of Foreign Minister Wang Yi, five ministers will attend a "
      "meeting from December 20 to 21.",
      "Mao Ning: Foreign Minister Wang Yi held talks in Beijing on Monday. Wang Yi said that "
      "trade stood at 231 billion euros last year."], "transcript", "231 billion",
     "2024-12-09"),
    # a participle opening the sentence with its day dates the speaker after it; in a news
    # story the speaker keeps that day in later paragraphs
    (["Reviewing output at a meeting in New Delhi yesterday, Coal Minister Arun Rao said that "
      "stocks stood at 118 MT.", "The Minister noted that power generation rose 5.2 per cent."],
     "article", "5.2 per cent", "2024-12-10"),
    # ... until a vague time of their own ("last week") ends that day
    (["Speaking on a farm visit on Tuesday, Minister Rhiannon Pryce said 180,000 homes would "
      "be connected.", "The minister told MPs last week that coverage would reach 99% by 2032. "
      "She said the rollout had created around 2,500 jobs."], "article", "2,500", "2024-12-11"),
    # "told the committee": the day the story gave the committee's meeting
    (["The plan was approved at a meeting of the council's schools committee yesterday.",
      "Council officer Ann Dow told the committee that concrete was found in 23 buildings."],
     "article", "23 buildings", "2024-12-10"),
])
# fmt: on
def test_dates_events_participles_and_vague_times(paras, genre, needle, expected) -> None:
    assert day_at(make_doc(paras, genre=genre), needle)[0] == expected


def test_dates_a_data_day_is_no_event() -> None:
    # "as of December 2" dates the data, not the ministry's words
    paras = [BRIEFING, "Shu Jue: According to the Ministry's monitoring, as of December 2, 38 "
             "million consumers had joined.",
             "CCTV: The Ministry of Industry said last week that exports exceeded 3.4 million "
             "units."]
    assert day_at(make_doc(paras, genre="transcript"), "3.4 million")[0] == "2024-12-11"


# fmt: off
@pytest.mark.parametrize(("paras", "needle", "expected"), [
    # "told the court": the day the story gave the court hearing; "she said" mid-sentence in the
    # next sentence keeps that day
    (["Pickthall appeared at Carlisle Crown Court on Monday.",
      "Prosecutor Emma Routledge told the court 11 customers were targeted. In one case, she "
      "said, a widow paid £9,600 for a roof."], "£9,600", "2024-12-09"),
    (["Pickthall appeared at Carlisle Crown Court on Monday.",
      "Prosecutor Emma Routledge told the court 11 customers were targeted."], "11 customers",
     "2024-12-09"),
    # unnamed officials speak on the day their cue gives
    (["Officials in the Philippines said yesterday that more than 40 vessels were seen."],
     "40 vessels", "2024-12-10"),
])
# fmt: on
def test_dates_court_settings_and_unnamed_sources(paras, needle, expected) -> None:
    assert day_at(make_doc(paras), needle)[0] == expected


# fmt: off
@pytest.mark.parametrize(("paras", "needle", "expected"), [
    # "In her opening remarks": the day the paragraph gave the meeting
    (["The ministers' meeting was held in Tokyo yesterday. In her opening remarks, Foreign "
      "Minister Reiko Hayama announced that Japan will train 1,500 officials."], "1,500",
     "2024-12-10"),
    # ", which on Friday put ..." dates its own clause, not the figure before it
    (["Waters were 2.8 degrees above normal, according to the commission, ENFEN, which on "
      "Friday put the odds at 65 percent."], "2.8", "2024-12-11"),
    (["Waters were 2.8 degrees above normal, according to the commission, ENFEN, which on "
      "Friday put the odds at 65 percent."], "65 percent", "2024-12-06"),
])
# fmt: on
def test_dates_remarks_at_a_dated_event_and_relative_clauses(paras, needle, expected) -> None:
    assert day_at(make_doc(paras), needle)[0] == expected


def test_dates_topic_headings_keep_a_transcript_on_its_day() -> None:
    text = (
        "Press Conference by Press Secretary SAKURADA Tetsuya\n\n"
        "Wednesday, January 17, 2035, 4:02 p.m.\n\nMain topics:\n1. Aid to Mozambique\n"
        "2. Questions and Answers\n\n1. Aid to Mozambique\n\n"
        "Press Secretary SAKURADA: Japan will extend aid of 3.5 million US dollars.\n\n"
        "2. Questions and Answers\n\nReporter (NHK): How many were affected?\n\n"
        "Press Secretary SAKURADA: More than 260,000 people were affected.\n"
    )
    doc = load_text(text, name="mofa.txt", meta=DocumentMeta(published=date(2035, 1, 17),
                                                             genre="transcript"))
    # before, the topic headings cut the answers off into an undated second story
    assert day_at(doc, "260,000") == ("2035-01-17", "published")


def test_dates_a_survey_that_also_showed_keeps_its_release_day() -> None:
    paras = ["Cabinet welcomed the Quarterly Labour Force Survey, released by Statistics South "
             "Africa (Stats SA) on Tuesday, which showed that employment increased by 212 000 "
             "jobs. The survey also showed that unemployment declined to 29.8%."]
    doc = make_doc(paras)
    assert day_at(doc, "212 000")[0] == "2024-12-10"
    assert day_at(doc, "29.8%")[0] == "2024-12-10"



def test_dates_a_compared_values_day_is_not_the_statements() -> None:
    # "up from 45 per cent on Monday" dates the earlier value, not the source's figures
    paras = ["Traders are now pricing a roughly 70 per cent chance of a cut in March, up from 45 "
             "per cent on Monday, according to data from LSEG."]
    assert day_at(make_doc(paras), "70 per cent")[0] == "2024-12-11"



def test_dates_a_period_end_is_no_statement_day() -> None:
    paras = ["Revenues rose 14 percent in the fiscal year, which ended on 30 June, Chairman "
             "Tarek Mansour said on Tuesday."]
    assert day_at(make_doc(paras), "14 percent")[0] == "2024-12-10"



def test_dates_a_recorded_conversation_is_dated_by_its_recording() -> None:
    text = (
        "TRANSCRIPT\nIn conversation: the Energy Minister\n\nPublished 21 April 2037\n\n"
        "This is an edited transcript of a conversation recorded before an audience in Sydney on "
        "Monday 20 April 2037.\n\nWICAKSONO: Coal provided 58% of our electricity last year.\n\n"
        "INTERVIEWER: Thank you.\n"
    )
    doc = load_text(
        text, name="t.txt", meta=DocumentMeta(published=date(2037, 4, 21), genre="transcript")
    )
    assert day_at(doc, "58%")[0] == "2037-04-20"



def test_dates_a_transcripts_second_part_keeps_the_briefing_day() -> None:
    # a media release and the Governor's press conference after it: both on the release day
    doc = make_doc(
        ["At its meeting today, the Board decided to cut the cash rate to 3.35 per cent."],
        ["GOVERNOR: Around one in three borrowers has fixed rates."],
        genre="transcript",
    )
    assert day_at(doc, "one in three") == ("2024-12-11", "published")



def test_dates_a_story_under_the_page_dateline_keeps_the_publication_day() -> None:
    # a navigation line and a standfirst ingest kept as a story of their own, then the
    # article under the page's date line
    text = (
        "The Minnesota Star Tribune\nNews | Sports | Business\n\n"
        "Local | Minneapolis | St. Paul | Politics | Education\n\nMinneapolis\n\n"
        "Minneapolis council passes $1.94B budget with 6.8% levy hike\n\n"
        "The final budget adds money for police, while homeowners face a bigger tax bill.\n\n"
        "By Marcus Vang\nThe Minnesota Star Tribune\nDecember 11, 2036 at 6:02AM\n"
        "Share | Gift this article | Comments\n\n"
        "The Minneapolis City Council voted 9-4 late Wednesday to approve a $1.94 billion "
        "budget. The levy will rise 6.8% next year, the finance department said.\n"
    )
    doc = load_text(text, name="st.txt", meta=DocumentMeta(published=date(2036, 12, 11)))
    assert day_at(doc, "$1.94 billion")[0] == "2036-12-11"



def test_dates_the_same_source_cited_again_keeps_its_release_day() -> None:
    paras = [
        "Exports declined 6.2 percent in November, according to data from the Export Promotion "
        "Bureau (EPB) released yesterday.",
        "Knitwear shipments fell 8.1 percent, the EPB data showed.",
    ]
    doc = make_doc(paras)
    assert day_at(doc, "8.1 percent")[0] == "2024-12-10"



# fmt: off
@pytest.mark.parametrize(("paras", "needle", "expected"), [
    # the lead clause names the setting and its day
    (["At a meeting with business leaders last Thursday, Minister of Commerce Wang Wentao said "
      "imports had grown by 11.4 percent."], "11.4 percent", "2024-12-05"),
    # "told the panel": the day the story's lede gave the hearing
    (["Senators on Monday pressed the Department of Agriculture to explain prices.",
      "Agriculture Secretary Rodolfo Magbanua told the panel that imports reached 412,000 "
      "tonnes."], "412,000", "2024-12-09"),
])
# fmt: on
def test_dates_settings_in_lead_clauses_and_ledes(paras, needle, expected) -> None:
    assert day_at(make_doc(paras), needle)[0] == expected
