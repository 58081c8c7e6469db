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
    ("سطر أول\nسطر ثان؛ وثالث", ["سطر أول", "سطر ثان؛", "وثالث"]),
    ("Mr. Smith met U.S. officials. They agreed on 3.5 km!", ["Mr. Smith met U.S. officials.", "They agreed on 3.5 km!"]),
    (";وبدأ الجيش هجوما.", ["وبدأ الجيش هجوما."]),
])
def test_split(text, expected):
    assert texts(text) == expected


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
