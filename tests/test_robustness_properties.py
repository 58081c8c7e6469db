"""Property tests over ingest and segmentation: random Unicode, mixed scripts and digit
sets, zero-width and bidi characters, very long lines. No exception, every offset a valid
slice of the original text, bounded work, every input file accounted for."""
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.errors import InputError
from crosscheck.ingest import decode, ingest, split_front_matter
from crosscheck.models import Article
from crosscheck.text import normalize, segment, sentences_of
from crosscheck.text.segment import MAX_SENTENCE_CHARS

PIECES = [
    "قال مصدر عسكري", " إن ", "القوات", "سيطرت", "طرابلس", "٢٢٫٥", "۳۰", "27", "3.5", "1,200",
    "Forces", "took", "Mr.", "U.S.", "p.m.", "J. Smith", "e.g.", "www.site.com", "km",
    ". ", ".", "..", "...", "؟", "?", "!", "؛", ";", "،", ",", ".,", "\"", "»", ")",
    "\n", "\r\n", "\r", "\u2028", " ", "  ", "\t",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff",  # zero-width and marks
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",  # bidi
    "اقرأ أيضا", "وقال", "وفي", "ـ", "\u064b", "\u0651",  # read-also, resumption, tatweel, tashkeel
]
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)
any_text = st.one_of(news_text, st.text(max_size=300))
long_line = st.builds(lambda piece, n: (piece * n)[:200_000],
                      st.sampled_from(["word ", "x", "كلمة ", "a.b ", "1.2 ", "\u200b", " . "]),
                      st.integers(1_000, 60_000))


def _check_spans(text):
    spans = segment(text)
    previous_end = 0
    for span in spans:
        assert 0 <= previous_end <= span.start < span.end <= len(text)
        piece = text[span.start:span.end]
        assert piece == piece.strip() and piece
        assert span.end - span.start <= MAX_SENTENCE_CHARS
        assert span.block in ("body", "read_also")
        previous_end = span.end
    return spans


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_segment_spans_are_exact_ordered_and_bounded(text):
    _check_spans(text)
    normalize(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_sentences_quote_the_article_exactly(text):
    article = Article(id="a", outlet="o", text=text, path="a.txt")
    sentences, repeats = sentences_of(article)
    assert repeats >= 0
    for i, sentence in enumerate(sentences):
        assert sentence.index == i
        assert article.text[sentence.start:sentence.end] == sentence.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_line)
def test_very_long_lines_are_linear(text):
    started = time.perf_counter()
    spans = _check_spans(text)
    assert time.perf_counter() - started < 2.0 + len(text) / 100_000
    assert len(spans) >= len(text.strip()) // MAX_SENTENCE_CHARS or not spans


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_gives_text_or_a_reason(data):
    try:
        text = decode(data)
    except InputError as error:
        assert str(error)
    else:
        assert isinstance(text, str) and text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400).map(lambda t: "---\n" + t))
def test_front_matter_is_read_or_refused_with_a_reason(text):
    try:
        fields, body = split_front_matter(text)
    except InputError as error:
        assert "front matter" in str(error)
    else:
        assert set(fields) <= {"outlet", "title", "published", "lang", "url"}
        assert text.endswith(body)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([".txt", ".md", ".csv", ".jsonl", ".dat"]),
                          st.one_of(st.binary(max_size=600), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))),
                min_size=1, max_size=5))
def test_every_file_is_an_article_or_a_reason(files):
    with tempfile.TemporaryDirectory() as folder:
        for i, (suffix, data) in enumerate(files):
            (Path(folder) / f"f{i}{suffix}").write_bytes(data)
        result = ingest([folder])
        named = {Path(s.path.split(":")[0]).name for s in result.skipped}
        named |= {Path(a.path.split(":")[0]).name for a in result.articles}
        assert named == {f"f{i}{suffix}" for i, (suffix, _) in enumerate(files)}
        assert all(s.reason for s in result.skipped)
        for article in result.articles:
            article.text.encode("utf-8")  # writable into the reports
            for sentence in sentences_of(article)[0]:
                assert article.text[sentence.start:sentence.end] == sentence.text


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_escaped_text_cannot_act(text):
    import re

    from crosscheck.report._escape import csv_cell, markdown, one_line

    shown = markdown(text)
    assert "\n" not in shown and "<" not in shown and not re.search(r"(?<!\\)[`\[\]]", shown)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", shown + one_line(text))
    assert not re.search("[\x00-\x1f\x7f\u2028\u2029]", one_line(text))
    cell = csv_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
