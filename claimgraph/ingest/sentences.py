"""A rule-based sentence splitter that keeps exact offsets.

It knows abbreviations ("Mr.", "U.S.", "Co., Ltd.", "Jan."), decimals ("78.6"), closing quotes
after the final stop ('... country." Mao continued.'), "?" and "!" endings, list numbers
("1. Import ...") and lines without final punctuation (the span ends with the text).

>>> text = 'Dr. Li said life expectancy is 78.6 years. "It grew," he said. Why? Ask the U.S. Army.'
>>> [text[s:e] for s, e in split_sentences(text)]
['Dr. Li said life expectancy is 78.6 years.', '"It grew," he said.', 'Why?', 'Ask the U.S. Army.']
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "split_sentences"]

ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "co",
        "corp",
        "cos",
        "pty",
        "inc",
        "ltd",
        "plc",
        "no",
        "nos",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "gov",
        "gen",
        "col",
        "lt",
        "capt",
        "cmdr",
        "sen",
        "rep",
        "rev",
        "hon",
        "mt",
        "ft",
        "approx",
        "fig",
        "figs",
        "pp",
        "vol",
        "dept",
        "univ",
        "assn",
        "bros",
        "messrs",
        "mme",
        "mlle",
        "sgt",
        "maj",
        "adm",
        "amb",
        "govt",
        "cf",
        "al",
        "attn",
    }
)
# Abbreviations that are also ordinary words: only before a number ("No. 5", "Vol. 2").
_BEFORE_NUMBER_ONLY = frozenset({"no", "nos", "vol", "fig", "figs", "pp", "art"})

# A stop, its repeats, then closing quotes and brackets that belong to the sentence.
_STOP = re.compile(r"(?P<stop>[.?!…]+[\"'”’)\]]*)(?P<ws>\s*)")
_ROMAN = re.compile(r"[IVXLCivxlc]+")
_STOPS = frozenset(".?!…")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences.

    Args:
        text: the whole text (offsets are into it).
        start: offset where the span to split begins.
        end: offset one past its end (default: the end of ``text``).

    Returns:
        ``(start, end)`` offsets of each sentence, stripped of surrounding whitespace, in order;
        no sentence is empty and together they cover every non-space character of the span.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _STOP.finditer(text, start, stop):
        after, nxt = m.span("ws")
        if nxt >= stop:
            break
        if nxt > after:
            if not _opens_sentence(text[nxt]):
                continue
        elif not (text[m.start()] in ".?!" and _glued_start(text, after, stop)):
            continue
        dot = m.start()
        # A single full stop (closing quotes aside) may end an abbreviation instead.
        if text[dot] == "." and (dot + 1 == after or text[dot + 1] not in _STOPS):
            if _is_abbreviation(text, cursor, dot, text[nxt]):
                continue
        spans.append((cursor, after))
        cursor = nxt
    if cursor < stop:
        spans.append((cursor, stop))
    # Sentence boundaries fall between a stop and the non-space character after it, so only the
    # first and last spans can have whitespace to strip (when the caller's span has some).
    if spans and (text[spans[0][0]].isspace() or text[spans[-1][1] - 1].isspace()):
        return _stripped(text, spans)
    return spans


def _stripped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        piece = text[s:e]
        stripped = piece.strip()
        if stripped:
            s += len(piece) - len(piece.lstrip())
            out.append((s, s + len(stripped)))
    return out


def _opens_sentence(ch: str) -> bool:
    # Any capital, digit, opening quote or bracket, or non-cased script opens a sentence; a lower
    # case letter or a continuing mark (",;:") does not.
    return not (ch.islower() or ch in ",;:)]}%")


def _glued_start(text: str, after: int, stop: int) -> bool:
    # "down 0.3%.Though the growth": a stop glued to a capitalised word (not "U.S.Army" style).
    word = text[after : min(stop, after + 4)]
    prev = text[after - 2] if after >= 2 else ""
    return (
        len(word) >= 3
        and word[0].isupper()
        and word[1:3].isalpha()
        and word[1:3].islower()
        and (prev.islower() or prev.isdigit() or prev == "%")
    )


def _is_abbreviation(text: str, sentence_start: int, dot: int, following: str) -> bool:
    # Only the last word matters: look at a short window, not the whole sentence.
    window = text[max(sentence_start, dot - 40) : dot]
    if not window or window[-1].isspace():
        return False
    last = window[window.rfind(" ") + 1 :]
    if not last.isprintable():  # another space character (tab, no-break space) in it
        last = window.split()[-1]
    token_start = dot - len(last)
    token = text[token_start:dot].lstrip("\"'“‘([")
    if not token:
        return False
    bare = token.rstrip(".").lower()
    if bare in _BEFORE_NUMBER_ONLY:
        return following.isdigit()
    if bare in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. Smith"
    if _DOTTED.fullmatch(token):
        return True  # "U.S.", "e.g.", "a.m." -- the final dot is this one
    # A list number or numeral at the start of the span: "1. Import ...", "II. Trade".
    if not (token.isdigit() or _ROMAN.fullmatch(token)):
        return False
    return not text[sentence_start : dot - len(token)].strip()
