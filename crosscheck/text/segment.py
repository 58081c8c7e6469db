"""Sentence segmentation with character offsets, for Arabic and English news text.

Boundaries: line breaks, ``؟ ! ?``, and a full stop unless it is part of a decimal
(``22.5``), an ellipsis (``..``), or follows a common abbreviation (``Mr.``, ``U.S.``,
``p.m.``) or an initial (``J. Smith``). The Arabic semicolon ``؛`` joins clauses of one
sentence and does not end it.
A full stop glued to the next Arabic word (``البوابة 27.آخر``) still ends the sentence.
Closing quotes and the ``.,`` artefact of some scraped texts stay with the sentence they end.

A sentence longer than ``MAX_SENTENCE_CHARS`` (a scraped page with no punctuation) is cut
at spaces into pieces of at most that length, so the work per sentence downstream stays
bounded; offsets stay exact.

"Read also" blocks (``اقرأ أيضا``: links to other stories) are kept apart from the body.
Inline, such a block runs to the end of its line, or to the first clause that resumes the
report (``وفي وقت سابق``, ``وقال``...), since scraped pages glue the links to the next
paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TERMINATORS = "؟!?"
MAX_SENTENCE_CHARS = 1000
CLOSERS = "\"'”’»)]"
TRAILING_JUNK = ",،;؛"
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep rev vs etc inc ltd co corp
    jan feb mar apr jun jul aug sep sept oct nov dec no fig approx e.g i.e u.s u.k u.n
    a.m p.m""".split()
)
READ_ALSO = re.compile(
    r"(?:[اإ]قر[أا]\s+[أا]يض[اًا]+|اقرأ المزيد|شاهد أيضا|read also|read more|see also)",
    re.IGNORECASE,
)
RESUMPTION = re.compile(
    r"\s(و(?:في|قال|قالت|كان|كانت|أعلن|أعلنت|ذكر|ذكرت|أكد|أكدت|أضاف|أضافت|تابع|أفاد|أفادت)\s)"
)
_HAS_WORD = re.compile(r"[^\W_]", re.UNICODE)
_WORD_BEFORE = re.compile(r"[\w.]+$")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")  # "J", "J.R": initials before a name


@dataclass(frozen=True)
class Span:
    """A sentence's place in the original text and the block it belongs to."""

    start: int
    end: int
    block: str = "body"


def segment(text: str) -> list[Span]:
    """Split ``text`` into sentence spans, body and read-also blocks, in text order.

    >>> [text[s.start:s.end] for s in segment(text := "قال 22.5 كم. ثم عاد؟ نعم")]
    ['قال 22.5 كم.', 'ثم عاد؟', 'نعم']
    """
    spans = []
    for start, end in _lines(text):
        for piece_start, piece_end, block in _blocks(text, start, end):
            spans.extend(
                Span(s, e, block)
                for start_, end_ in _sentences(text, piece_start, piece_end)
                for s, e in _bounded(text, start_, end_)
            )
    return spans


def _lines(text: str):
    start = 0
    for match in re.finditer(r"\r\n|\n|\r|\u2028|\u2029", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _blocks(text: str, start: int, end: int):
    """Cut one line into (start, end, block) pieces: body, read-also, body."""
    marker = READ_ALSO.search(text, start, end)
    if not marker:
        yield start, end, "body"
        return
    yield start, marker.start(), "body"
    resume = RESUMPTION.search(text, marker.end(), end)
    block_end = resume.start(1) if resume else end
    yield marker.start(), block_end, "read_also"
    if resume:
        yield from _blocks(text, block_end, end)


def _sentences(text: str, start: int, end: int):
    """Yield trimmed (start, end) sentence spans inside text[start:end]."""
    cursor = start
    i = start
    while i < end:
        char = text[i]
        if char in TERMINATORS or (char == "." and _is_full_stop(text, i, start, end)):
            stop = _absorb_closers(text, i + 1, end)
            yield from _trimmed(text, cursor, stop)
            cursor = i = stop
            continue
        i += 1
    yield from _trimmed(text, cursor, end)


def _is_full_stop(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < end else ""
    if before == "." or after == ".":
        return False  # ellipsis ".." or "..."
    if before.isdigit() and after.isdigit():
        return False  # decimal
    if after and (after.isdigit() or ("a" <= after.lower() <= "z")):
        return False  # 3.5, e.g, www.site.com: a Latin word glued to the dot goes on
    word = _WORD_BEFORE.search(text, max(start, i - 12), i)  # a window: no quadratic scan
    if word:
        token = word.group(0).lower()
        if token in ABBREVIATIONS or _INITIALS.fullmatch(token):
            return False
    return True


def _absorb_closers(text: str, i: int, end: int) -> int:
    """Move past closing quotes/brackets and a glued ``,``/``;`` after a terminator."""
    while i < end and text[i] in CLOSERS + TRAILING_JUNK + TERMINATORS:
        i += 1
    return i


def _trimmed(text: str, start: int, end: int):
    while start < end and (text[start].isspace() or text[start] in TRAILING_JUNK):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and _HAS_WORD.search(text, start, end):
        yield start, end


def _bounded(text: str, start: int, end: int):
    """Cut ``text[start:end]`` into trimmed pieces of at most ``MAX_SENTENCE_CHARS``, at the
    last space before the limit (at the limit when a piece has no space)."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = _last_space(text, start, limit)
        yield from _trimmed(text, start, cut)
        start = cut
    yield from _trimmed(text, start, end)


def _last_space(text: str, start: int, limit: int) -> int:
    for i in range(limit, start + MAX_SENTENCE_CHARS // 2, -1):
        if text[i].isspace():
            return i
    return limit
