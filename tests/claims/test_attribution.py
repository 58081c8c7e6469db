"""Table tests for source attribution (crosscheck.claims.attribution)."""
from __future__ import annotations

import pytest

from crosscheck.claims import attribution_in

ROWS = [
    ("وفي وقت سابق اليوم قال قائد عسكري إن القوات الليبية أسرت 145 جنديا", "قائد عسكري"),
    ("وذكر صحفي من رويترز أن جماعة مسلحة انسحبت خلال الليل", "صحفي من رويترز"),
    ("لكنها انسحبت فجر الجمعة، بحسب ما أفاد مصدر أمني في طرابلس.", "مصدر أمني في طرابلس"),
    ("مصادر لقناة \"العربية\" إن قائد الجيش الوطني الليبي أبلغ الأمين العام", "مصادر لقناة العربية"),
    ("وكان مصدر عسكري قد قال في وقت سابق إن قوات تسيطر على قرية", "مصدر عسكري"),
    ("ونقلت قناة العربية عن حفتر إنه أبلغ غوتيريش", "قناة العربية عن حفتر"),
    ("وأوضح المصدر أنه تم أسر عشرات من مقاتلي حفتر", "المصدر"),
    ("وأعلنت الأمم المتحدة، الثلاثاء، أنها تجري اتصالات", "الأمم المتحدة"),
    ("وصرح المتحدث باسم وزارة الصحة بأنه إلحاقا لما سبق إعلانه ارتفع العدد", "المتحدث باسم وزارة الصحة"),
    ("وقال المتحدث باسم الكرملين ديمتري بيسكوف \"يجب حل الوضع سلميا\".", "المتحدث باسم الكرملين ديمتري بيسكوف"),
    ("وقالت المنطقة العسكرية الغربية التابعة لحكومة \"الوفاق\" إنها تمكنت", "المنطقة العسكرية الغربية التابعة لحكومة الوفاق"),
    ("وأكد عيسى لـ\"عربي21\" تراجع قوات الوفاق", "عيسى"),
    ("بشأن تقارير صحافية أفادت بشن طائرة حربية غارة جوية", "تقارير صحافية"),
    ("وفقا لمصادر طبية فإن 7 مدنيين قتلوا", "مصادر طبية"),
    ("نقلا عن وكالة الأنباء الليبية", "وكالة الأنباء الليبية"),
    # the toll a body estimates is not part of the body's name
    ("فيما قدرت وزارة الصحة الحصيلة بـ52 قتيلا", "وزارة الصحة"),
    # "spoke of" a figure: its speaker ends at عن; without عن, تحدث is "to occur"
    ("وتحدثت مصادر طبية عن سقوط 30 قتيلا في القصف.", "مصادر طبية"),
    ("وعادة ما تحدث هزات ارتدادية قوية بعد الزلزال الذي قتل 50 شخصا.", None),
    ("A military source said 145 soldiers were captured.", "military source"),
    ("Seven civilians were killed, according to the Health Ministry.", "Health Ministry"),
    ("\"We will not retreat,\" said Mohammed Gnounou, spokesman for the GNA forces.", "Mohammed Gnounou"),
    # a hyphenated or possessive name stays whole; an adverb before the verb is skipped
    ("Within an hour, the rebel-run Health Office said 90 had died.", "rebel-run Health Office"),
    # a name set off by commas before the verb speaks, not what follows the verb
    ("The port director, Samir Haddad, said the cargo was 400 tonnes of fuel.", "Samir Haddad"),
    # an aside naming who relayed the statement: the speaker stands before it, not after the verb
    ("The seismology institute (SISM), as per a regional daily, said the tremor measured 5.2.",
     "seismology institute"),
    ("Officials, citing hospital records, said the ward had taken in 64 patients.", "Officials"),
    ("The fisheries minister, Per Olsen, said 12 trawlers were lost.", "Per Olsen"),
    # a title set off after a name says whose figure it is
    ("Omar Nasser, the health minister in the eastern government, said 312 had died.",
     "health minister in the eastern government"),
    ("The regional fire chief also said on Friday that 12 were missing.", "regional fire chief"),
    # a present tense of many speakers
    ("Rescue workers say at least 14 are still missing.", "Rescue workers"),
    # a phrase set off after a place is no title
    ("Turkey, the country worst hit, said 40,000 people died.", None),
    # who claimed an attack is no source; "an estimated" is no verb
    ("The bombing, claimed by a militant group, killed 14 people, a security source said.", "security source"),
    ("The blaze gutted 37 shops and left an estimated $4 million in damage, fire officials said.",
     "fire officials"),
    # an adverb before the verb is no part of its speaker
    ("The storm killed 14 people last week, and officials now say 20 are dead.", "officials"),
    ("Aid agencies estimate that 9,000 families fled.", "Aid agencies"),
    # an adverb that opens the sentence is not part of the speaker
    ("Later the interior minister said 31 were wounded.", "interior minister"),
    # estimating is reporting a figure
    ("The regional intelligence service has estimated that 20 to 60 people died.", "regional intelligence service"),
    ("وقدرت الاستخبارات الإقليمية أن عدد القتلى بين 20 و60", "الاستخبارات الإقليمية"),
    # a body named after بحسب/وفق, whatever its noun; a relative pronoun ends it
    ("غرق 12 صيادا وفق جهاز الإسعاف البحري الذي رجح ارتفاع العدد", "جهاز الإسعاف البحري"),
    # a sentence that opens on its subject, a definite noun phrase right before the verb
    ("الهلال الأحمر الليبي أعلن مساء اليوم ارتفاع عدد الغرقى إلى 41", "الهلال الأحمر الليبي"),
    ("الوزارة أكدت مقتل سبعة من المسعفين", "الوزارة"),
    # a verbal noun after a definite source is what it announces, not a word of its name
    ("وأعلنت وزارة الصحة انتشال 20 جثة", "وزارة الصحة"),
    ("وأعلن الدفاع المدني إنقاذ 30 شخصا", "الدفاع المدني"),
    ("وأكد الهلال الأحمر الليبي ارتفاع الحصيلة إلى 40", "الهلال الأحمر الليبي"),
    # a number ends the source: what follows it is what is announced
    ("وأعلنت وزارة الصحة ثلاثة وفيات جديدة", "وزارة الصحة"),
    ("الحريق أتى على 12 منزلا", None),  # no reporting verb
    ("المدينة الساحلية شهدت سقوط 30 قذيفة", None),  # not a reporting verb
    # no source
    ("وأضاف: \"سنواصل إحباط عشاق الانقلابات\"", None),
    ("قال إن القوات تقدمت", None),
    ("الملتقى جرى تعليقه حسب المجريات الميدانية", None),
    ("تأجل اللقاء بحسب المجريات الميدانية مع 50 مشاركا", None),
    ("Rescue teams put up tents for 300 families.", None),
    # a tally verb reports when a tally follows it, or "at" with the figure
    ("The health ministry gave a toll of 2,012 on Saturday.", "health ministry"),
    ("The regional office revised its count to 3,958.", "regional office"),
    ("The quake, which the national seismic survey put at magnitude 6.8, hit at dawn.", "national seismic survey"),
    ("Prices were raised by 5% last month.", None),
    # a plural noun spelt like a verb before the verb ("estimates put") is part of the source
    ("Unofficial estimates put the toll at more than 20,000.", "Unofficial estimates"),
    # a body that measures or rates the quake; the quake that "measured" a figure is no one
    ("The national survey measured the quake at magnitude 6.8.", "national survey"),
    ("Late on Friday the tremor measured 6.1 magnitude, near the border.", None),
    ("فيما قدرتها هيئة المسح بـ6.8 درجة", "هيئة المسح"),
    # an Arabic verb that changes a tally reports it when the tally follows its subject
    ("ورفعت وزارة الصحة حصيلة القتلى إلى 50", "وزارة الصحة"),
    ("وعدلت هيئة الطوارئ حصيلتها إلى 212 قتيلا", "هيئة الطوارئ"),
    ("ورفعت الشرطة الحواجز بعد مقتل 3 أشخاص", None),
    ('ورفعت وكالة "سانا" حصيلة القتلى إلى 50', "وكالة سانا"),
    # the event announced ends the source: a sinking, a quake
    ("وأعلنت السلطات الساحلية غرق قارب يحمل 300 مهاجر", "السلطات الساحلية"),
    ("وقدرت هيئة الرصد الوطنية الزلزال عند 6.1 درجات", "هيئة الرصد الوطنية"),
    # a reporting verb with the pronoun of what it reported, after بحسب ما / وفقا لما
    ("وفقا لما أعلنته وزارة الصحة، قتل 40.", "وزارة الصحة"),
    ("طبقا لما أوردته وكالة الأنباء، قتل 40.", "وكالة الأنباء"),
    ("وفقا لما هو معروف، قتل 40.", None),
    # "نقلا عن" ends the source that quotes, and opens the source quoted
    ("وذكرت وكالة الأنباء نقلا عن مسؤولين أن 40 قتلوا", "وكالة الأنباء"),
    ("ونقلا عن مصدر أمني، قتل 40.", "مصدر أمني"),
    # a bracketed acronym between the name and its verb; a tally "of" a body after بحسب
    ("The national disaster agency (NDA) put the toll at 640.", "national disaster agency"),
    ("وبحسب حصيلة لوكالة فرانس برس، قتل 120 شخصا على الأقل.", "وكالة فرانس برس"),
    ("وبحسب الحصيلة الأخيرة، قتل 120 شخصا.", None),
    ("وبحسب حصيلة للأمم المتحدة، قتل 120 شخصا.", "الأمم المتحدة"),
    ("وبحسب حصيلة لليوم الثالث، قتل 120 شخصا.", None),
    ("وبحسب الحصيلة لعام 2015، قتل 120 شخصا.", None),
    # a disaster that "claimed the lives" of people reports nothing
    ("The quake has claimed the lives of 2,300 people.", None),
    # a subordinating word opens the clause before its speaker
    ("The toll may rise, though officials said four of the injured had gone home.", "officials"),
    ("The count may rise, although the ministry said 40 were found alive.", "ministry"),
    # one capitalised name set off by commas on both sides
    ("The UN aid office, OCHA, said 300,000 people needed help.", "OCHA"),
    ("عزمه تحرير العاصمة، بحسب تعبيره", None),
    ("He said the talks would resume.", None),
    # a passive names no speaker
    ("Up to now 60 workers are confirmed missing.", None),
    ("Fighting continued on Friday.", None),
]


@pytest.mark.parametrize("text, source", ROWS)
def test_attribution(text, source):
    assert attribution_in(text) == source


def test_the_span_of_a_source_quotes_it_as_written():
    from crosscheck.claims.attribution import source_span

    text = "وقال المتحدّث باسم الدفاع المدني إن 14 قتلوا، فيما قالت الوزارة إن العدد 16."
    source = attribution_in(text)
    start, end = source_span(text, source)
    assert text[start:end] == "المتحدّث باسم الدفاع المدني"  # the shadda kept, as published
    clause = text.index("فيما")
    start, end = source_span(text, attribution_in(text[clause:]))
    assert text[start:end] == "الوزارة"
    assert source_span(text, "الهلال الأحمر") is None


def test_one_body_named_in_two_languages_has_one_id():
    from crosscheck.claims.extract import source_ids

    assert source_ids("الهلال الأحمر الليبي") == source_ids("the Libyan Red Crescent") == ("red crescent",)
    assert source_ids("وزارة الصحة") == source_ids("the Ministry of Health") == ("health ministry",)
    assert source_ids("Greek authorities") == ()  # a country alone names no body
    # seismic agencies that give their own magnitudes are bodies
    assert source_ids("the Euro-Mediterranean Seismological Centre") == source_ids("EMSC") == ("emsc",)
    assert source_ids("the European-Mediterranean Seismological Center") == ("emsc",)
    assert source_ids("the German Research Center for Geosciences") == source_ids("GFZ") == ("gfz",)
    # the UN's humanitarian office, whose tolls other bodies dispute
    assert source_ids("the UN humanitarian office OCHA") == source_ids("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية") \
        == ("ocha", "united nations")


def test_the_same_body_in_two_languages_is_no_dispute_between_sources():
    from crosscheck.compare.series import _different_sources
    from crosscheck.claims.extract import sentence_claims
    from crosscheck.models import Sentence

    def claim(text):
        return sentence_claims(Sentence("a", "A", 0, 0, len(text), text, text), "2031-01-01")[0]

    arabic = claim("وقال الهلال الأحمر إن 40 شخصا قتلوا.")
    english = claim("Forty-two people were killed, the Red Crescent said.")
    ministry = claim("The health ministry said 55 people were killed.")
    assert not _different_sources(arabic, english)
    assert _different_sources(arabic, ministry)


def test_claims_kept_with_an_index_read_back_the_same():
    import json

    from crosscheck.claims.extract import IndexClaims, sentence_claims
    from crosscheck.models import Sentence

    text = "وقال الهلال الأحمر إن 40 شخصا قتلوا في بنغازي."
    claims = sentence_claims(Sentence("a", "A", 0, 0, len(text), text, text), "2031-01-01")
    saved = json.loads(json.dumps(IndexClaims(claims, 1).to_json()))
    assert IndexClaims.from_json(saved).claims == claims


def test_claims_another_reader_read_are_read_again():
    """Claims kept with an index by another version of the reader are not reused: the next
    check reads the sentences again (a changed rule never leaves claims read the old way)."""
    import pytest

    from crosscheck.claims.extract import IndexClaims, sentence_claims
    from crosscheck.derived import DERIVED_VERSION, Derived
    from crosscheck.models import Sentence

    text = "وقال الهلال الأحمر إن 40 شخصا قتلوا في بنغازي."
    saved = IndexClaims(sentence_claims(Sentence("a", "A", 0, 0, len(text), text, text), "2031-01-01"), 1).to_json()
    older = {**saved, "reader": "0123456789abcdef"}
    with pytest.raises(ValueError):
        IndexClaims.from_json(older)
    assert Derived.from_json({"version": DERIVED_VERSION, "claims": older}).claims is None
    assert Derived.from_json({"version": DERIVED_VERSION, "claims": saved}).claims is not None


def test_an_acronym_in_capitals_is_a_body_not_a_pronoun():
    assert attribution_in("while the WHO confirmed 2,140 deaths") == "WHO"
    assert attribution_in("Officials who said 40 died were not named") is None
