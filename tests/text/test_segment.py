"""Segmentation of the seed artefacts and of the forms the seeds contain."""
import pytest

from crosscheck.text import normalize, segment, sentences_of


def texts(text):
    return [text[s.start:s.end] for s in segment(text)]


@pytest.mark.parametrize("text, expected", [
    ("قال 22.5 كم. ثم عاد؟ نعم", ["قال 22.5 كم.", "ثم عاد؟", "نعم"]),
    ("بلغ ٢٢٫٥ بالمئة. انتهى", ["بلغ ٢٢٫٥ بالمئة.", "انتهى"]),
    ("انسحبت مما يسمى البوابة 27.آخر المواقف الدولية", ["انسحبت مما يسمى البوابة 27.", "آخر المواقف الدولية"]),
    ("للقضاء على الإرهاب., وأفادت المصادر أن", ["للقضاء على الإرهاب.,", "وأفادت المصادر أن"]),
    ("أزمة ليبيا.. حفتر لغويتريس: عملية طرابلس مستمرة", ["أزمة ليبيا.. حفتر لغويتريس: عملية طرابلس مستمرة"]),
    ('قال "يجب حل الوضع سلميا". وعبر نائب', ['قال "يجب حل الوضع سلميا".', "وعبر نائب"]),
    ("سطر أول\nسطر ثان؛ وثالث", ["سطر أول", "سطر ثان؛ وثالث"]),
    ("Mr. Smith met U.S. officials. They agreed on 3.5 km!", ["Mr. Smith met U.S. officials.", "They agreed on 3.5 km!"]),
    (";وبدأ الجيش هجوما.", ["وبدأ الجيش هجوما."]),
])
def test_split(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The attack began at 5 p.m. on Friday. It ended.", ["The attack began at 5 p.m. on Friday.", "It ended."]),
    ("Shelling stopped at 6 a.m. local time.", ["Shelling stopped at 6 a.m. local time."]),
    ("Shelling stopped at 6 A.M. local time.", ["Shelling stopped at 6 A.M. local time."]),
    ("J. Smith said 12 were killed. Others fled.", ["J. Smith said 12 were killed.", "Others fled."]),
    ("Envoy J.R. Allen arrived.", ["Envoy J.R. Allen arrived."]),
    ("قال المتحدث إن القوات تقدمت؛ وأضاف أن 12 قتلوا.", ["قال المتحدث إن القوات تقدمت؛ وأضاف أن 12 قتلوا."]),
    ("قتل 5 جنود؛ وجرح 7 آخرون. وانسحبت القوات", ["قتل 5 جنود؛ وجرح 7 آخرون.", "وانسحبت القوات"]),
    ("They fled; 20 were hurt, police said.", ["They fled; 20 were hurt, police said."]),
    ("قال المصدر: إن 12 قتلوا، و5 جرحوا.", ["قال المصدر: إن 12 قتلوا، و5 جرحوا."]),
    ("Gen. Haftar met Dr. Salame at 10 a.m. Monday.", ["Gen. Haftar met Dr. Salame at 10 a.m. Monday."]),
])
def test_breaks_that_are_not_sentence_ends(text, expected):
    """A clause stays with its subject across p.m., initials and the Arabic semicolon."""
    assert texts(text) == expected


def test_an_over_long_sentence_is_cut_at_spaces_with_exact_offsets():
    from crosscheck.text.segment import MAX_SENTENCE_CHARS

    text = ("word " * 3000) + "end."
    spans = segment(text)
    assert len(spans) > 1 and all(s.end - s.start <= MAX_SENTENCE_CHARS for s in spans)
    assert all(text[s.start] != " " and text[s.end - 1] != " " for s in spans)
    assert " ".join(text[s.start:s.end] for s in spans) == text.strip()


def test_an_over_long_word_is_cut_at_the_limit():
    from crosscheck.text.segment import MAX_SENTENCE_CHARS

    text = "x" * (MAX_SENTENCE_CHARS * 3 + 7)
    assert [s.end - s.start for s in segment(text)] == [MAX_SENTENCE_CHARS] * 3 + [7]


def test_a_2_mb_line_is_linear(benchmark_seconds=5.0):
    import time

    line = ("قالت المصادر إن القوات تقدمت نحو المدينة و" * 50_000)[:2_000_000]
    dotted = "a.b " * 500_000  # a dot every 4 characters, none a sentence end
    started = time.perf_counter()
    assert segment(line) and segment(dotted)
    assert time.perf_counter() - started < benchmark_seconds


def test_offsets_point_into_original_text(seed_articles):
    for article in seed_articles:
        for sentence in sentences_of(article)[0]:
            assert article.text[sentence.start:sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip()


def test_seed_002_dot_comma_artefact(seed_articles):
    article = next(a for a in seed_articles if a.id.startswith("002"))
    found = [s.text for s in sentences_of(article)[0]]
    assert "وأفادت المصادر أن غوتيريس طلب من حفتر مراعاة قواعد الاشتباك والقوانين الدولية.," in found
    assert not any(t.startswith((",", ".")) for t in found)


def test_seed_000_glued_full_stop_and_read_also(seed_articles):
    article = next(a for a in seed_articles if a.id.startswith("000"))
    sentences = sentences_of(article)[0]
    by_text = {s.text: s for s in sentences}
    assert "وذكر صحفي من رويترز أن جماعة مسلحة متحالفة مع قوات شرق ليبيا انسحبت خلال الليل مما يسمى البوابة 27." in by_text
    read_also = [s for s in sentences if s.block == "read_also"]
    assert len(read_also) == 1 and read_also[0].text.startswith("اقرأ أيضا على يورونيوز")
    # the report resumes inside the same line: the 145 prisoners sentence is body text
    body = next(s for s in sentences if "أسرت 145 جنديا" in s.text)
    assert body.block == "body" and body.text.startswith("وفي وقت سابق اليوم")


def test_seed_001_repeated_captions_dropped_and_counted(seed_articles):
    article = next(a for a in seed_articles if a.id.startswith("001"))
    sentences, repeats = sentences_of(article)
    assert repeats == 2
    captions = [s for s in sentences if s.text == "قوات حفتر أكدت على حماية المدنيين وضمان سلامتهم"]
    assert len(captions) == 1


@pytest.mark.parametrize("raw, folded", [
    ("الأمينُ العامّ", "الامين العام"),
    ("إعلان آخر أُسر", "اعلان اخر اسر"),
    ("مدينةٌ كبرى", "مدينه كبري"),
    ("ــالجيشــ", "الجيش"),
    ("٢٧ و۳۰", "27 و30"),
    ("ＡＢＣ", "abc"),
])
def test_normalize(raw, folded):
    assert normalize(raw) == folded
