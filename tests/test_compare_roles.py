"""Roles compared across outlets: a contradiction with a severity, an agreement, or nothing
when an outlet reports both versions; framing per actor."""
from crosscheck.claims.extract import sentence_claims
from crosscheck.compare.roles import framing_findings, role_findings
from crosscheck.models import Sentence


def _claims(rows):
    """Claims of (outlet, published, text) rows, one article per row."""
    out = []
    for n, (outlet, published, text) in enumerate(rows):
        sentence = Sentence(f"art{n}", outlet, 0, 0, len(text), text, text)
        out += sentence_claims(sentence, published)
    return out


def _roles(rows):
    return role_findings(_claims(rows), lambda claim: "story")


def _sides(finding) -> dict[str, int | None]:
    return {c.outlet: s for c, s in zip(finding.claims, finding.sides)}


def test_two_countries_asking_for_one_meeting_is_a_high_contradiction():
    [found] = _roles([
        ("A", "2024-01-02", "ودعت فرنسا إلى اجتماع طارئ لمجلس الأمن الدولي لبحث الوضع."),
        ("B", "2024-01-02", "The Security Council meets tonight at the request of Italy."),
    ])
    assert (found.kind, found.claim_type, found.severity) == ("contradiction", "attribution", "high")
    assert "two different requesters" in found.explanation
    assert _sides(found)["A"] != _sides(found)["B"]


def test_a_town_next_to_a_city_is_a_low_difference_and_said_so():
    [found] = _roles([
        ("A", "2024-01-02", "واجتمع المبعوث مع حفتر في بنغازي أمس."),
        ("B", "2024-01-02", "وتوجه المبعوث من بنغازي إلى الرجمة للقاء المشير حفتر."),
    ])
    assert (found.kind, found.claim_type, found.severity) == ("contradiction", "location", "low")
    assert "next to" in found.explanation


def test_a_province_and_a_district_inside_it_agree():
    [found] = _roles([
        ("A", "2024-01-02", "The tremor's epicentre lay in Pazarcik, officials said."),
        ("B", "2024-01-02", "وتقع بؤرة الزلزال في ولاية كهرمان مرعش جنوب تركيا."),
    ])
    assert found.kind == "agreement"


def test_two_districts_of_one_country_are_a_medium_contradiction():
    [found] = _roles([
        ("A", "2024-01-02", "The tremor's epicentre lay in Pazarcik, officials said."),
        ("B", "2024-01-02", "The tremor's epicentre lay in Nurdagi, officials said."),
    ])
    assert (found.kind, found.severity) == ("contradiction", "medium")
    assert "two places of one country" in found.explanation


def test_meetings_days_apart_are_not_compared():
    assert _roles([
        ("A", "2024-01-02", "The envoy met Haftar in Benghazi on Thursday."),
        ("B", "2024-01-09", "The envoy met Haftar in Tobruk on Thursday."),
    ]) == []


def test_a_denial_sides_with_the_other_party_and_a_part_joins_its_whole():
    [found] = _roles([
        ("A", "2024-01-02", "The blast at the hospital was caused by an Israeli airstrike."),
        ("B", "2024-01-02", "The explosion was the work of an Islamic Jihad rocket that fell short."),
        ("C", "2024-01-03", "وقال التقرير إن الجيش الإسرائيلي لم يكن مسؤولا عن الانفجار في المستشفى."),
        ("D", "2024-01-03", "A Palestinian rocket that fell short set off the hospital blast."),
    ])
    sides = _sides(found)
    assert (found.claim_type, found.severity) == ("actor", "high")
    assert sides["B"] == sides["C"] == sides["D"] != sides["A"]


def test_an_outlet_reporting_both_versions_is_in_conflict_with_neither():
    rows = [
        ("A", "2024-01-02", "The blast at the hospital was caused by an Israeli airstrike."),
        ("B", "2024-01-02", "وقالت الوزارة إن الانفجار نجم عن غارة إسرائيلية على المستشفى، بينما قال الجيش "
                            "إن الانفجار نجم عن صاروخ فلسطيني."),
    ]
    assert {(c.who, c.source) for c in _claims(rows) if c.outlet == "B" and c.claim_type == "actor"} == {
        ("israel", "الوزارة"), ("palestine", "الجيش")}
    assert _roles(rows) == []


def test_a_reported_accusation_is_not_the_outlets_position():
    rows = [
        ("A", "2024-01-02", "A Palestinian rocket that fell short set off the hospital blast."),
        ("B", "2024-01-02", "Local officials blamed an Israeli shell for the explosion."),
    ]
    assert [c.status for c in _claims(rows) if c.outlet == "B" and c.claim_type == "actor"] == ["alleged"]
    assert _roles(rows) == []


def test_framing_lists_each_outlets_words_for_one_actor():
    [found] = framing_findings(_claims([
        ("A", "2024-01-02", "وقال المشير خليفة حفتر إن قواته تتقدم."),
        ("B", "2024-06-02", "وتراجعت مليشيات الجنرال الانقلابي خليفة حفتر."),
        ("C", "2024-01-02", "وقال المشير حفتر إن العملية مستمرة."),
    ]))
    assert found.kind == "framing" and {c.who for c in found.claims} == {"haftar"}
    assert {(c.outlet, c.attribute) for c in found.claims} == {
        ("A", "المشير"), ("B", "الجنرال الانقلابي"), ("C", "المشير")}
    assert "المشير (A, C)" in found.explanation


def test_one_word_for_an_actor_everywhere_is_no_framing_finding():
    assert framing_findings(_claims([
        ("A", "2024-01-02", "وقال المشير خليفة حفتر إن قواته تتقدم."),
        ("B", "2024-01-02", "وقال المشير حفتر إن العملية مستمرة."),
    ])) == []


def test_one_distance_from_two_towns_is_a_location_contradiction():
    """The same wire sentence with another reference town: where the event lies differs."""
    from crosscheck.compare.roles import reference_findings

    rows = [("A", "2024-01-02", "The ferry sank about 40 km from the coastal town of Pylos."),
            ("B", "2024-01-02", "The ferry sank about 40 km from the coastal town of Pyrgos."),
            ("C", "2024-01-02", "The ferry sank about 40 km from Pylos, officials said.")]
    sentences = {}
    claims = []
    for n, (outlet, published, text) in enumerate(rows):
        sentence = Sentence(f"art{n}", outlet, 0, 0, len(text), text, text)
        sentences[sentence.key] = sentence
        claims += sentence_claims(sentence, published)
    [found] = reference_findings(claims, lambda a, b: True, lambda claim: "story", sentences)
    assert (found.kind, found.claim_type, found.severity) == ("contradiction", "location", "medium")
    sides = _sides(found)
    assert sides["A"] == sides["C"] != sides["B"]
    assert {c.text for c in found.claims} == {"Pylos", "Pyrgos"}
    assert all(sentences[(c.article, c.sentence)].text[c.start:c.end] == c.text for c in found.claims)
    assert reference_findings(claims, lambda a, b: False, lambda claim: "story", sentences) == []


def test_two_zones_the_gazetteer_cannot_place_are_a_medium_difference():
    [found] = _roles([
        ("A", "2024-01-02", "The boat capsized in international waters."),
        ("B", "2024-01-02", "غرق القارب في المياه الإقليمية قبالة الساحل."),
    ])
    assert (found.claim_type, found.severity) == ("location", "medium")
    assert "two different places" in found.explanation


def test_causes_of_strikes_on_two_targets_are_not_compared_but_the_blast_meets_both():
    rows = [
        ("A", "2024-01-02", "The strike on the school was caused by a Russian missile."),
        ("B", "2024-01-02", "The strike on the hospital was caused by a Ukrainian drone strike."),
    ]
    assert _roles(rows) == []
    [found] = _roles(rows[1:] + [("C", "2024-01-02", "A Russian missile caused the blast, the report said.")])
    assert {c.outlet for c in found.claims} == {"B", "C"} and found.severity == "high"


def test_a_cause_of_a_past_years_incident_is_not_compared():
    rows = [
        ("A", "2024-01-02", "The blast at the hospital was caused by a Russian missile."),
        ("B", "2024-01-02", "In 2014 the hospital was destroyed in an attack carried out by Hezbollah."),
    ]
    assert [c.time_role for c in _claims(rows) if c.outlet == "B" and c.claim_type == "actor"] == ["background"]
    assert _roles(rows) == []


def _days(rows, related=lambda a, b: False):
    from crosscheck.compare.roles import day_findings

    return day_findings(_claims(rows), related, lambda claim: "story")


def test_one_incident_on_two_days_is_a_contradiction_when_its_target_is_the_same():
    [found] = _days([
        ("A", "2024-01-03", "The strike on the clinic on Monday killed nine."),
        ("B", "2024-01-03", "On Wednesday evening, an explosion destroyed the clinic."),
    ])
    assert (found.claim_type, found.severity, found.rule) == ("date", "medium", "same incident, different day")
    assert _sides(found)["A"] != _sides(found)["B"]


def test_days_of_two_incidents_of_one_story_are_not_compared():
    """No shared target or place, sentences that state different things: two incidents."""
    rows = [("A", "2024-01-03", "A car bomb attack in Kabul on Friday killed five."),
            ("B", "2024-01-03", "The attack in Kandahar on Saturday wounded ten.")]
    assert _days(rows) == []
    assert len(_days(rows, related=lambda a, b: True)) == 1  # the same statement: one incident


def test_a_night_over_two_days_is_one_day():
    assert _days([
        ("A", "2024-01-03", "The ferry capsized late on Sunday off the coast of Crete."),
        ("B", "2024-01-03", "The ferry sinking on Monday off the coast of Crete left 30 missing."),
    ]) == []


def test_two_days_in_one_city_are_two_incidents():
    assert _days([
        ("A", "2024-01-03", "An attack in Kabul on Friday killed five."),
        ("B", "2024-01-03", "An attack in Kabul on Saturday wounded ten."),
    ]) == []


def test_an_unnamed_incident_is_the_one_target_its_story_names():
    """"The blast on Tuesday" in a story whose days name one target, the clinic, is the clinic's;
    in a story that names two, it could be either and is not compared."""
    rows = [("A", "2024-01-03", "The strike on the clinic on Monday killed nine."),
            ("B", "2024-01-03", "The explosion happened near 6pm on Wednesday, officials said.")]
    [found] = _days(rows)
    assert _sides(found)["A"] != _sides(found)["B"]
    rows.append(("C", "2024-01-03", "The raid on the school on Tuesday wounded four."))
    assert [f for f in _days(rows) if {c.outlet for c in f.claims} >= {"A", "B"}] == []


def test_outlets_that_carry_the_same_accusation_agree_on_it():
    """Two outlets quote the army blaming a group, two quote officials blaming an air strike;
    one carries both accounts and sits in both agreements; the positions (one outlet's own
    voice against another's) stay a contradiction."""
    from crosscheck.compare.roles import cause_findings

    claims = _claims([
        ("A", "2024-03-02", "The army blamed a rocket launch by Hezbollah that went wrong for the depot blast."),
        ("B", "2024-03-02", "وألقت الحكومة مسؤولية الانفجار في المستودع على روسيا."),
        ("C", "2024-03-02", "Officials blamed a Russian air strike for the explosion at the depot, while the army "
                            "blamed a rocket from Hezbollah."),
        ("D", "2024-03-03", "The fire at the depot was caused by Hezbollah, police said."),
        ("E", "2024-03-03", "A Russian airstrike hit the depot, killing 12."),
    ])
    found = cause_findings(claims, lambda claim: "story")
    parties = sorted(sorted(c.outlet for c in f.claims) for f in found)
    assert parties == [["A", "C", "D"], ["B", "C", "E"]]
    assert all(f.kind == "agreement" and f.claim_type == "actor" for f in found)


def test_own_voice_causes_alone_make_no_accusation_agreement():
    from crosscheck.compare.roles import cause_findings

    claims = _claims([
        ("A", "2024-03-02", "A Russian airstrike hit the depot, killing 12."),
        ("B", "2024-03-02", "وقصفت طائرات روسية المستودع."),
    ])
    assert cause_findings(claims, lambda claim: "story") == []


def test_an_accusation_agreement_says_on_whose_word_each_outlet_names_the_party():
    from crosscheck.compare.roles import cause_findings

    claims = _claims([
        ("A", "2024-03-02", "Officials blamed a Russian air strike for the explosion at the depot."),
        ("B", "2024-03-02", "A Russian airstrike hit the depot, killing 12."),
    ])
    [found] = cause_findings(claims, lambda claim: "story")
    assert "(A: an accusation it reports)" in found.explanation
    assert "(B: own voice)" in found.explanation


def _areas(rows):
    from crosscheck.compare import _compared_figures
    from crosscheck.compare.roles import placed_areas

    claims = _claims(rows)
    roles = placed_areas([c for c in claims if c.attribute == "controlled_by"], _compared_figures(claims),
                         lambda claim: "story")
    return role_findings(roles, lambda claim: "story")


def test_one_toll_placed_in_areas_held_by_two_parties_is_a_high_contradiction():
    """The area is told by its toll: two outlets giving the same 640 dead, or one body's
    later figure, speak of one area."""
    [found] = _areas([
        ("A", "2024-02-08", "The civil defence said 640 died in towns held by rebel forces."),
        ("B", "2024-02-08", "وبلغت الحصيلة في المناطق الخاضعة لسيطرة حركة حماس 640 قتيلا"),
        ("C", "2024-02-09", "The civil defence said 700 had died in villages held by rebel forces."),
    ])
    assert (found.kind, found.claim_type, found.severity) == ("contradiction", "actor", "high")
    assert _sides(found)["A"] == _sides(found)["C"] != _sides(found)["B"]
    assert "who holds the area of the 640 killed" in found.explanation


def test_areas_with_different_tolls_from_different_bodies_are_two_areas():
    """Government-held and rebel-held areas of one story, each with its own toll and body."""
    rows = [
        ("A", "2024-02-08", "The civil defence said 640 died in towns held by rebel forces."),
        ("B", "2024-02-08", "The health ministry said 410 died in areas under the control of the Syrian government."),
    ]
    assert _areas(rows) == []
    # a sentence with no toll does not say which area it speaks of
    assert _areas([rows[0], ("B", "2024-02-08", "Aid reached areas under the control of the Syrian government.")]) == []
