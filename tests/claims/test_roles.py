"""Roles of an event read from one sentence: who asked, where, who caused it."""
import pytest

from crosscheck.claims.roles import roles_in


def _read(text: str) -> list[tuple]:
    return [(r.role, r.event, r.value, r.status, text[r.start:r.end]) for r in roles_in(text)]


@pytest.mark.parametrize("text, requester", [
    ("وعقد مجلس الأمن الدولي جلسة طارئة بناء على طلب فرنسا لبحث الوضع.", "france"),
    ("ودعت إيطاليا إلى اجتماع طارئ لمجلس الأمن الدولي.", "italy"),
    ("The Security Council will meet on Monday at the request of Germany.", "germany"),
    ("Britain has called for an emergency meeting of the Security Council.", "britain"),
])
def test_who_asked_for_a_meeting(text, requester):
    [(role, event, value, status, _)] = _read(text)
    assert (role, event, value, status) == ("requested_by", "meeting:un security council", requester, "asserted")


def test_a_request_with_no_meeting_is_no_role():
    assert _read("ودعت فرنسا إلى ضبط النفس ووقف القتال.") == []


@pytest.mark.parametrize("text, place", [
    ("واجتمع غوتيريش مع حفتر في بنغازي لبحث الأزمة.", "benghazi"),
    ("ووصل الأمين العام إلى طبرق للقاء المشير حفتر.", "tobruk"),
    ("The envoy met Haftar in Benghazi on Thursday.", "benghazi"),
])
def test_where_a_meeting_took_place_keyed_by_the_person_met(text, place):
    [(role, event, value, _, _)] = _read(text)
    assert (role, event, value) == ("met_in", "meeting:haftar", place)


def test_a_place_before_a_comma_is_not_where_the_meeting_was():
    """``زيارة إلى ليبيا، التقى خلالها ... في طرابلس``: Libya is where the visit went."""
    assert [r[2] for r in _read("في زيارة إلى ليبيا، التقى خلالها رئيس الوزراء فايز السراج في طرابلس.")] == ["tripoli"]


def test_where_a_quake_was_centred_and_which_quake():
    assert _read("The quake was centred in the Nurdagi district of Gaziantep province.")[0][:3] == (
        "epicentre", "quake", "nurdagi")
    assert _read("The second tremor had its epicentre in Elbistan.")[0][:3] == (
        "epicentre", "quake:second", "elbistan")
    assert _read("وتقع بؤرة الزلزال في منطقة بازارجيك جنوب البلاد.")[0][:3] == ("epicentre", "quake", "pazarcik")


def test_a_district_a_quake_struck_is_where_it_was_centred_a_country_or_province_is_not():
    assert [r[:3] for r in _read("Before dawn a shallow 6.1 quake struck Elbistan and its villages.")] == [
        ("epicentre", "quake", "elbistan")]
    assert [r[:3] for r in _read("ضرب زلزال قوي فجر اليوم، بعد ساعات من زلزال هز بازارجيك.")] == [
        ("epicentre", "quake", "pazarcik")]
    for text in ("A strong quake struck Turkey before dawn.", "The quake hit Gaziantep province hard.",
                 "The tremor struck near Elbistan.", "The quake struck at 4 a.m. in Elbistan."):
        assert [r for r in _read(text) if r[0] == "epicentre"] == [], text


def test_a_distance_from_a_town_is_not_an_epicentre():
    assert _read("The quake was centred about 30 kilometres from Gaziantep.") == []


def test_the_waters_a_boat_sank_in():
    assert [r[2] for r in _read("غرق القارب في المياه الإقليمية قبالة الساحل.")] == ["waters:territorial"]
    assert [r[2] for r in _read("The boat capsized in international waters.")] == ["waters:international"]
    assert _read("A patrol plane saw the trawler in international waters.") == []


@pytest.mark.parametrize("text, expected", [
    ("The explosion was the work of a stray Russian missile.", [("russia", "asserted")]),
    ("Dozens were killed by a Turkish air raid on the hospital.", [("turkey", "asserted")]),
    ("The explosion was caused by a shell fired by Government of National Accord forces.",
     [("government of national accord", "asserted")]),
    ("وأكد التحقيق أن الانفجار لم يحدث بفعل غارة روسية بل بسبب صاروخ أوكراني.",
     [("russia", "denied"), ("ukraine", "asserted")]),
    ("وقال التقرير إن روسيا لم تكن مسؤولة عن قصف المستودع الذي شهد الانفجار.", [("russia", "denied")]),
    ("وقال شهود إن طائرات الجيش الوطني الليبي قصفت المستودع قبل الانفجار.", [("libyan national army", "asserted")]),
    ("The cause of the blast was a Ukrainian rocket and not a Russian airstrike.",
     [("ukraine", "asserted"), ("russia", "denied")]),
])
def test_who_caused_the_incident(text, expected):
    assert [(r[2], r[3]) for r in _read(text) if r[0] == "caused_by"] == expected


def test_an_accusation_the_outlet_reports_is_alleged():
    [found] = _read("Local officials had blamed a Russian airstrike for the explosion.")
    assert (found[2], found[3]) == ("russia", "alleged")


def test_a_weapon_with_no_incident_in_the_sentence_is_no_cause():
    assert _read("Russian airstrikes continued across the region on Sunday.") == []


def test_a_request_for_another_bodys_meeting_is_keyed_by_that_body():
    [(role, event, value, _, _)] = _read("وعقدت الجامعة العربية اجتماعا طارئا بطلب من مصر.")
    assert (role, event, value) == ("requested_by", "meeting:arab league", "egypt")


def test_the_person_met_is_the_object_not_the_subject_of_the_verb():
    """``اجتمع X في طبرق برئيس ...``: the meeting is with the one after the glued ب; ``التقى
    الرئيس X الوزير Y``: with Y; a meeting verb with no object names no one met."""
    assert _read("كما اجتمع غوتيريش في طبرق برئيس مجلس النواب، المستشار عقيلة صالح.")[0][:3] == (
        "met_in", "meeting:aguila saleh", "tobruk")
    assert _read("والتقى غوتيريش المشير حفتر في بنغازي.")[0][:3] == ("met_in", "meeting:haftar", "benghazi")
    assert _read("واجتمع غوتيريش في بنغازي لبحث الأزمة.") == []


def test_an_office_before_an_institution_is_no_person():
    from crosscheck.claims.actors import actors_in

    assert [m.actor_id for m in actors_in("التقى رئيس مجلس النواب الوفد")] == []


@pytest.mark.parametrize("text, actor", [
    ("The attack on the market was carried out by Hezbollah, the army said.", "hezbollah"),
    ("Hamas claimed responsibility for the attack.", "hamas"),
    ("وقالت الشرطة إن الهجوم الذي نفذه حزب الله أوقع قتلى.", "hezbollah"),
    ("The fire at the depot was caused by Hezbollah, police said.", "hezbollah"),
])
def test_who_carried_out_or_claimed_an_incident(text, actor):
    assert [(r[2], r[3]) for r in _read(text)] == [(actor, "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("Israeli warplanes struck the hospital on Tuesday, killing 20.", [("israel", "asserted")]),
    ("وقصفت طائرات روسية المستشفى.", [("russia", "asserted")]),
    ("Russia denied it struck the hospital.", [("russia", "denied")]),
    ("A Turkish quake hit the hospital.", []),
])
def test_armed_means_and_denials_name_who_struck(text, expected):
    assert [(r[2], r[3]) for r in _read(text) if r[0] == "caused_by"] == expected


def test_a_titled_person_right_after_a_meeting_verb_is_its_subject():
    """``التقى الرئيس التركي أردوغان نظيره ...``: Erdogan met someone; no one named was met."""
    assert _read("التقى الرئيس التركي أردوغان نظيره الروسي في سوتشي.") == []


@pytest.mark.parametrize("text, value", [
    ("The explosion that shook the depot on Tuesday was heard miles away.", "weekday:1"),
    ("On Friday evening, an explosion shook the market.", "weekday:4"),
    ("وقع الانفجار في المستودع مساء الأحد.", "weekday:6"),
    ("The ferry capsized late on Sunday.", "weekday:6:night"),
    ("Thursday's blast killed four people.", "weekday:3"),
])
def test_the_day_tied_to_an_incident(text, value):
    assert [(r[0], r[2]) for r in _read(text) if r[0] == "happened_on"] == [("happened_on", value)]


@pytest.mark.parametrize("text", [
    "The toll from the explosion rose on Wednesday to 40.",
    "وأعلن الوزير مساء الأربعاء أن قتلى الانفجار بلغوا أربعين.",
    "Rescuers searched the sea on Thursday following the shipwreck.",
])
def test_a_day_of_something_else_is_not_the_incidents(text):
    assert [r for r in _read(text) if r[0] == "happened_on"] == []


@pytest.mark.parametrize("text, expected", [
    ("Police said the depot fire followed a rocket launch by Hezbollah that went astray.", [("hezbollah", "asserted")]),
    ("A shell misfired by Turkish forces set off the depot blast.", [("turkey", "asserted")]),
    ("وقال الجيش إن الانفجار في المدرسة نتج عن إطلاق صاروخي فاشل من حزب الله.", [("hezbollah", "asserted")]),
    ("وأكدت الشرطة أن المسؤول عما جرى في السوق هو حزب الله.", [("hezbollah", "asserted")]),
    ("وألقت الحكومة مسؤولية التفجير على روسيا.", [("russia", "alleged")]),
    ("The mayor blamed a Russian air strike for the massacre.", [("russia", "alleged")]),
    ("The army pointed to a rocket launch by Hezbollah and said that it never strikes clinics.",
     [("hezbollah", "asserted")]),
    ("Several governments say Russia is to blame for the attack on the market.", [("russia", "asserted")]),
    ("The inquiry found that Hezbollah was not to blame for the depot blast.", [("hezbollah", "denied")]),
])
def test_whose_weapon_who_is_named_responsible_and_on_whom_blame_is_laid(text, expected):
    """A weapon a word or two before "by"/"from"/"من" and a name; "the one responsible ...
    is X"; blame laid "on" X; "X is to blame" (or not); a massacre or killings are an
    incident, and a plural target ("clinics") names what was hit."""
    assert [(r[2], r[3]) for r in _read(text) if r[0] == "caused_by"] == expected


def test_a_weapon_from_a_place_names_no_one():
    assert _read("A rocket fired from the north hit the school.") == []


def test_planes_that_dropped_bombs_are_no_accusation():
    """"ألقت" lays blame only with "مسؤولية ... على"; planes that "dropped" bombs name who struck."""
    assert [(r[2], r[3]) for r in _read("وألقت الحكومة مسؤولية التفجير على روسيا.")] == [("russia", "alleged")]
    assert all(r[3] != "alleged" for r in _read("وألقت طائرات روسية قنابل على المستشفى."))


@pytest.mark.parametrize("text, holder", [
    ("قتل 40 في المناطق الخاضعة لسيطرة حركة حماس", "hamas"),
    ("وصل العدد إلى 70 في البلدات الخاضعة لجيش الدولة التركية", "turkey"),  # words between
    ("Sixty-five died in towns held by rebel forces, medics said.", "syrian opposition"),
    ("In the districts under the control of the Syrian government, 30 died.", "syria"),
    ("وفي المناطق التي تسيطر عليها فصائل المعارضة سقط 12 قتيلا", "syrian opposition"),
])
def test_who_holds_the_area_a_sentence_counts_in(text, holder):
    [role] = [r for r in roles_in(text) if r.role == "controlled_by"]
    assert (role.value, role.event) == (holder, "area")


def test_held_by_no_named_actor_holds_no_area():
    assert [r for r in roles_in("Two men were held by the police for questioning.") if r.role == "controlled_by"] == []
