"""Table tests for date mentions (crosscheck.claims.dates)."""
from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.claims import dates_in

FRI = dt.date(2019, 4, 5)  # seeds 000-002 (a Friday)
TUE = dt.date(2020, 6, 9)  # seed 004 (a Tuesday)
D = dt.date

# text, published, mention text (None: no mention), date, precision
ROWS = [
    ("في 23 فبراير/شباط الماضي، لوقف القتال", TUE, "23 فبراير/شباط الماضي", D(2020, 2, 23), "day"),
    ("في ٥ نيسان (أبريل) ٢٠١٩", TUE, "٥ نيسان (أبريل) ٢٠١٩", D(2019, 4, 5), "day"),
    ("في 15 ديسمبر", TUE, "15 ديسمبر", D(2019, 12, 15), "day"),
    ("الأحد 7 يونيو المقبل", FRI, "7 يونيو المقبل", D(2019, 6, 7), "day"),
    ("On 5 April 2019 the army advanced", TUE, "5 April 2019", D(2019, 4, 5), "day"),
    ("On April 5, 2019 the army advanced", TUE, "April 5, 2019", D(2019, 4, 5), "day"),
    ("published on 2019-04-05", TUE, "2019-04-05", D(2019, 4, 5), "day"),
    # both month names, unseparated: the year after them is the date's
    ("عند منتصف ليل 20 يوليو تموز 2012 اقتحم", TUE, "ليل 20 يوليو تموز 2012", D(2012, 7, 20), "day"),
    ("صدر البيان في 5/4/2019", TUE, "5/4/2019", D(2019, 4, 5), "day"),
    ("في أبريل 2019", TUE, "أبريل 2019", D(2019, 4, 1), "month"),
    ("من المقرر عقد مؤتمر منتصف نيسان/أبريل في غدامس", FRI, "نيسان/أبريل", D(2019, 4, 1), "month"),
    ("In May 2019", TUE, "May 2019", D(2019, 5, 1), "month"),
    ("شهدت العاصمة الليبية، اليوم الجمعة، اشتباكات", FRI, "اليوم الجمعة", FRI, "day"),
    ("سيطرت يوم الخميس على مدينة غريان", FRI, "يوم الخميس", D(2019, 4, 4), "weekday"),
    ("أعلن مساء الأربعاء الإعداد لهجوم", FRI, "مساء الأربعاء", D(2019, 4, 3), "weekday"),
    ("انسحب من الحاجز ليل الخميس الجمعة", FRI, "ليل الخميس", D(2019, 4, 4), "weekday"),
    ("انسحب من الحاجز ليل الخميس الجمعة", FRI, "الجمعة", FRI, "weekday"),
    ("ووصل الجمعة إلى بنغازي", FRI, "الجمعة", FRI, "weekday"),
    ("ثم بني وليد، الجمعة الماضية، وبات", TUE, "الجمعة الماضية", D(2020, 6, 5), "weekday"),
    ("وأعلنت الأمم المتحدة، الثلاثاء، أنها", TUE, "الثلاثاء", TUE, "weekday"),
    ("الثلاثاء الماضي", TUE, "الثلاثاء الماضي", D(2020, 6, 2), "weekday"),
    ("الأحد المقبل", TUE, "الأحد المقبل", D(2020, 6, 14), "weekday"),
    ("the talks resumed last Friday", TUE, "last Friday", D(2020, 6, 5), "weekday"),
    ("on Monday", TUE, "Monday", D(2020, 6, 8), "weekday"),
    ("لعقد لقاء طارئ مع حفتر اليوم لوقف التصعيد", FRI, "اليوم", FRI, "day"),
    ("وصل أمس إلى طرابلس", FRI, "أمس", D(2019, 4, 4), "day"),
    ("وصل أول أمس", FRI, "أول أمس", D(2019, 4, 3), "day"),
    ("fighting broke out yesterday", FRI, "yesterday", D(2019, 4, 4), "day"),
    ("اجتمعا في أبو ظبي الشهر الماضي", FRI, "الشهر الماضي", D(2019, 3, 1), "month"),
    ("في وقت لاحق هذا الشهر", FRI, "هذا الشهر", D(2019, 4, 1), "month"),
    ("بدأ في أوائل الشهر الجاري هجوما", D(2019, 4, 24), "الشهر الجاري", D(2019, 4, 1), "month"),
    ("العام الماضي", TUE, "العام الماضي", D(2019, 1, 1), "year"),
    ("منذ سقوط نظام معمر القذافي في 2011", FRI, "2011", D(2011, 1, 1), "year"),
    ("وشكلت نهاية 2015 في ضوء اتفاق", FRI, "2015", D(2015, 1, 1), "year"),
    ("عام 2019م", FRI, "2019م", D(2019, 1, 1), "year"),
    ("يوم الخميس", None, "يوم الخميس", None, "weekday"),
    # not dates
    ("سيطرتها على \"سوق الخميس\" ومنطقتي السبيعة", FRI, None, None, None),
    ("بهدف التقدم إلى منطقة سوق السبت جنوبي العاصمة", FRI, None, None, None),
    ("نتيجة قبل شهر رمضان", FRI, None, None, None),
    ("في اليوم التالي", FRI, None, None, None),
    ("قتل 2000 جندي", FRI, None, None, None),
    ("مارس ضغوطا على الحكومة", FRI, None, None, None),
    ("He may go", FRI, None, None, None),
]


@pytest.mark.parametrize("text, published, mention, date, precision", ROWS)
def test_date(text, published, mention, date, precision):
    found = dates_in(text, published)
    assert all(text[m.start:m.end] == m.text for m in found)
    if mention is None:
        assert found == [], found
        return
    (m,) = [m for m in found if m.text == mention]
    assert (m.date, m.precision) == (date, precision)


@pytest.mark.parametrize("text, part", [
    ("رصدت الطائرة المركب بعد ظهر الخميس", "afternoon"),
    ("غرق المركب في ساعة متأخرة من مساء الخميس", "late evening"),
    ("وقع الحادث فجر الخميس", "dawn"),
    ("The aircraft spotted the vessel late on Thursday", "late"),
    ("The vessel sank on Thursday morning", "morning"),
    ("early Thursday a ferry sank", "early"),
    ("The ferry sank on Thursday", None),
    ("Clashes began to escalate on Thursday", None),  # "escalate on" is not "late on"
    ("وصل الوفد الخميس صباحا", "morning"),
    # the night before a day is no part of that day; a sentence naming two parts dates by none
    ("غرق المركب ليلة الخميس", None),
    ("أجرى الفريق مساء الخميس تدريبه على فترتين، وتركز المران الصباحي على اللياقة", None),
])
def test_part_of_day(text, part):
    [m] = dates_in(text, FRI)
    assert m.part == part
