"""How a figure is reported: time role, status, running count, event (crosscheck.claims.reporting),
read through sentence_claims as the pipeline reads them."""
from __future__ import annotations

import pytest

from crosscheck.claims.extract import sentence_claims
from crosscheck.models import Sentence
from crosscheck.text.normalize import normalize


def _claim(text: str, phrase: str, published: str = "2031-03-04"):
    sentence = Sentence("a", "A", 0, 0, len(text), text, normalize(text))
    [found] = [c for c in sentence_claims(sentence, published) if c.text == phrase]
    return found


@pytest.mark.parametrize("text, phrase, role, cue", [
    ("قتل 120 شخصا في الزلزال", "120 شخصا", "current", None),
    ("وفي وقت سابق، أعلنت الإدارة مقتل 45 شخصا", "45 شخصا", "earlier", "وفي وقت سابق"),
    ("Earlier, officials said 45 people were killed", "45 people", "earlier", "earlier"),
    ("The toll rose to 310 people, up from 150 people", "150 people", "earlier", "up from"),
    ("ارتفع عدد القتلى من 52 إلى 57 شخصا", "52", "earlier", "من"),
    ("وكان سالم قد أعلن مقتل 91 شخصا", "91 شخصا", "earlier", "وكان سالم قد"),
    ("منذ فيضان 3 مايو 1987 الذي تسبب في مقتل 4 آلاف شخص", "4 آلاف شخص", "background", "1987"),
    ("the worst flood since 1987, when about 4,000 people died", "about 4,000 people", "background", "1987"),
    ("وقتل 7 أشخاص آنذاك", "7 أشخاص", "background", "انذاك"),
    # another incident of the kind: its toll is background
    ("A previous raid on the camp in May left 90 people dead", "90 people", "background", "previous raid"),
    ("وكان هجوم مماثل على السوق قد أدى إلى مقتل 12 شخصا", "12 شخصا", "background", "هجوم مماثل"),
    ("A similar air strike on the camp killed 12 people", "12 people", "background", "similar air strike"),
    # "separate" or "another" attacks may be the story's own; "anticipated" before an event
    ("Two separate bombings in the capital killed 40 people on Monday", "40 people", "current", None),
    ("The long-anticipated offensive killed 40 people on Monday", "40 people", "current", None),
    # a requirement of something else, or people required to do something, is no requirement
    ("The blast wounded 40 people, and surgery was needed for many", "40 people", "current", None),
    ("Officials said 1,000 residents are required to leave", "1,000 residents", "current", None),
    # last year, told relative to the publication (2031): another event's year
    ("وفي مطلع العام الماضي قتل 80 شخصا في اشتباكات مماثلة", "80 شخصا", "background", "2030"),
    ("Last year the same floods killed 64 people", "64 people", "background", "2030"),
    ("قتل منذ العام الماضي 300 شخص", "300 شخص", "current", None),
    # a year the figure is measured against is not its year
    ("the mayor called the 40 deaths the worst toll since 1987", "40 deaths", "current", None),
    ("the toll could reach 20,000 people", "20,000 people", "projected", "could reach"),
    ("the toll is likely to reach 900 people", "900 people", "projected", "likely to"),
    # a forecast beaten, a number needed: neither counts what is
    ("Factories added 310,000 jobs, beating expectations of 200,000 jobs", "200,000 jobs", "projected",
     "expectations"),
    ("Factories added 310,000 jobs, beating expectations of 200,000 jobs", "310,000 jobs", "current", None),
    ("A majority, or 41 votes, was needed to pass the motion", "41 votes", "projected", "was needed"),
    ("Some 200 people needed hospital treatment", "Some 200 people", "current", None),
    # "likely" before a past figure is an estimate of it
    ("officials think there were likely 40 to 90 miners killed", "40 to 90 miners", "current", None),
    # a modal on a past event hedges what happened, it projects nothing
    ("the old ferry might have held up to 640 people", "up to 640 people", "current", None),
    # a moment told relative to the event is an earlier figure, quoted later
    ("Within minutes of the landslide, the agency said 300 had died", "300", "earlier", "within minutes of"),
    ("During the first hours after a collapse, the mayor counted 40 people killed", "40 people",
     "earlier", "during the first hours after"),
    # a figure given back after "up from", or after "from" once the new one was named
    ("Officials said 120 people had been killed, up from 90 on Monday.", "90", "earlier", "up from"),
    ("The ministry revised the toll down to 280 from 300.", "300", "earlier", "from"),
    ("The ministry revised the toll down to 280 from 300.", "280", "current", None),
    # the figure a count was later raised or revised to is the current one
    ("Officials initially reported 12 deaths before revising the figure to 15.", "15", "current", None),
    ("Officials initially reported 12 deaths before revising the figure to 15.", "12 deaths", "earlier", "initially"),
    ("Officials had initially reported 30 dead before lowering the figure to 24.", "24", "current", None),
    # a sentence that opens on a past year: a clause back in the present is the story's
    ("In 2009 a landslide there killed 400 people; this time officials say 22 have died so far.", "22",
     "current", None),
    ("وتوقع مسؤولو الإغاثة أن يتجاوز عدد القتلى ألف شخص.", "ألف شخص", "projected", "وتوقع"),
    # a clause of its own after the expectation: the figure in it is now
    ("The toll is expected to climb as dozens remain trapped under the rubble.", "dozens", "current", None),
    ("Officials fear the toll could reach 200 while 40 people are still missing.", "200", "projected", "fear"),
    ("Officials fear the toll could reach 200 while 40 people are still missing.", "40 people", "current", None),
    ("ويتوقع أن ترتفع الحصيلة فيما لا يزال 40 شخصا في عداد المفقودين.", "40 شخصا", "current", None),
    ("The toll is expected to rise to as many as 300.", "as many as 300", "projected", "expected"),
    # a fear or a belief the figure's own words state: not yet known
    ("Dozens of people are feared dead after the landslide.", "Dozens of people", "projected", "are feared dead"),
    ("About 60 people are believed to have drowned.", "About 60 people", "projected",
     "are believed to have drowned"),
    ("ويعتقد أن نحو 50 آخرين غرقوا.", "نحو 50 آخرين", "projected", "ويعتقد ان"),
    ("The 12 dead were believed to be migrants.", "12 dead", "current", None),
    ("Ferry sinks: 12 dead, dozens feared missing.", "12 dead", "current", None),
    ("Forty people who were thought dead were found alive.", "Forty people", "current", None),
    ("The toll is expected to rise in valleys such as Orvan to over 1,000.", "over 1,000", "projected", "expected"),
    ("ويتوقع أن ترتفع الحصيلة لوجود عشرات المصابين.", "عشرات المصابين", "current", None),
    # what is still to come: a demand, a release due, a refusal
    ("Families demanded the release of 50 detainees.", "50 detainees", "projected", "demanded"),
    ("Fifty hostages are to be released on Friday.", "Fifty hostages", "projected", "are to be released"),
    ("سيتم الإفراج عن 50 رهينة غدا.", "50 رهينة", "projected", "سيتم"),
    ("Twelve victims are to be buried today.", "Twelve victims", "current", None),
    ("رفضت الجماعة الإفراج عن 8 جنود.", "8 جنود", "projected", "رفضت"),
    # a demand to investigate deaths, or a refusal to comment on them, projects no toll
    ("طالبت المنظمة بالتحقيق في مقتل 12 شخصا.", "12 شخصا", "current", None),
    ("Officials said they will be investigating the deaths of 12 people.", "12 people", "current", None),
    # a figure given with a pronoun ("put it at", "revised it to") is the tally's other value
    ("Local media reported the toll at 45, while the government put it at 39.", "39", "current", None),
    ("The Red Crescent initially put the toll at 12 but later raised it to 20.", "20", "current", None),
    ("The Red Crescent initially put the toll at 12 but later raised it to 20.", "12", "earlier", "initially"),
    ("وكانت الحصيلة الأولى 40 قتيلا قبل أن ترتفع إلى 55.", "55", "current", None),
    # a year right before an event's noun dates that event; the year a thing was built does not
    ("The 1987 flood killed 4,000 people.", "4,000 people", "background", "1987"),
    ("The dam, built in 1977, burst on Sunday, releasing 30 million cubic metres of water.",
     "30 million cubic metres", "current", None),
    ("وانهار السد الذي بني عام 1977 ما أدى إلى تدفق 30 مليون متر مكعب من المياه.",
     "30 مليون متر مكعب", "current", None),
    # "earlier this week" after a tally's verb and its figure is the tally's moment
    ("The toll, which stood at 700 earlier this week, has now passed 950.", "700", "earlier", "earlier this week"),
    # a day months before the article, with "when": another incident's toll; a day of this
    # week, or a date with no "when", is the story's
    ("The town was hit before, on December 19, when six people were killed.", "six people", "background",
     "December 19"),
    ("وكان الهجوم الأعنف منذ 19 ديسمبر عندما قتل 30 شخصا.", "30 شخصا", "background", "منذ 19 ديسمبر"),
    ("The town was hit on March 1, when six people were killed.", "six people", "current", None),
    ("Since December 19, at least 60 residents of the town have died.", "at least 60 residents", "current",
     "since december 19"),
    ("Since December 19, when the siege began, more than 250 people have been killed.", "more than 250 people",
     "current", None),
    ("The truce agreed on December 19 collapsed this week when shelling killed 12 people.", "12 people",
     "current", None),
])
def test_time_role(text, phrase, role, cue):
    claim = _claim(text, phrase)
    assert (claim.time_role, claim.cue) == (role, cue)


@pytest.mark.parametrize("text, phrase, status", [
    ("the confirmed toll stands at 64 and not 65 as originally reported", "65", "withdrawn"),
    ("بلغت الحصيلة 64 وليس 65 قتيلا", "65 قتيلا", "withdrawn"),
    ("ونفت الوزارة مقتل 40 جنديا", "40 جنديا", "denied"),
    ("قتل 40 جنديا", "40 جنديا", "asserted"),
    # the withdrawing words belong to the figure they follow, not to the one before it
    ("the confirmed toll stands at 64 and not 65 as originally reported", "64", "asserted"),
    # a report later retracted
    ("An earlier report by state media that 50 people had died was later retracted.", "50 people", "withdrawn"),
    ("وكانت وسائل إعلام رسمية قد أفادت بمقتل 50 شخصا قبل أن تتراجع عن ذلك.", "50 شخصا", "withdrawn"),
    # a denial the words after the figure add, past its clause
    ("The army said it killed 30 militants, a figure the group denied.", "30 militants", "denied"),
    ("قال الجيش إنه قتل 30 مسلحا، وهو رقم نفته الجماعة.", "30 مسلحا", "denied"),
    ("The strike killed 30 people, a figure confirmed by the hospital.", "30 people", "asserted"),
    ("The army said it killed 30 militants, a figure the group has not denied.", "30 militants", "asserted"),
    ("The army said it killed 30 militants, a number disputed by none.", "30 militants", "asserted"),
    ("The army said it killed 30 militants, a figure the group first denied but later confirmed.", "30 militants",
     "asserted"),
    ("Officials said 30 people were killed, a figure rights groups dismissed as too low.", "30 people", "asserted"),
])
def test_status(text, phrase, status):
    assert _claim(text, phrase).status == status


@pytest.mark.parametrize("text, phrase, running", [
    ("ارتفعت حصيلة ضحايا الزلزال إلى 150 قتيلا", "150 قتيلا", True),
    ("The death toll has risen to 310 people", "310 people", True),
    ("قتل 150 شخصا في الزلزال", "150 شخصا", False),
    # a sentence that expects the count to rise, in any clause
    ("وقتل 150 شخصا وأصيب 900 آخرون، ويتوقع ارتفاع الأعداد", "900 آخرون", True),
    ("At least 310 people died in the floods, and the toll is likely to climb", "At least 310 people", True),
    ("The toll is expected to rise after 310 people died in the floods", "310 people", True),
    # an expectation of something else rising
    ("The floods killed 310 people, and river levels are expected to rise", "310 people", False),
    ("قتل 40 شخصا وسط توقعات بارتفاع درجات الحرارة", "40 شخصا", False),
])
def test_running_count(text, phrase, running):
    assert _claim(text, phrase).running is running


@pytest.mark.parametrize("text, phrase, event", [
    ("ضرب زلزال بقوة 6.4 درجات، أعقبه آخر بقوة 5.9 درجات", "6.4 درجات", None),
    ("ضرب زلزال بقوة 6.4 درجات، أعقبه آخر بقوة 5.9 درجات", "5.9 درجات", "second"),
    ("A second quake of magnitude 7.5 hit the region", "7.5", "second"),
    ("تبعته هزة ارتدادية بقوة 6.3 درجات", "6.3 درجات", "aftershock"),
    # the cue nearest the figure decides
    ("Hours after the first tremor, another tremor of magnitude 6.1 shook the valley", "6.1", "second"),
    # two magnitudes listed together are two occurrences, the second listed the later
    ("after last week's magnitude 6.7 and 6.2 earthquakes", "6.7", None),
    ("after last week's magnitude 6.7 and 6.2 earthquakes", "6.2", "second"),
    # the cue nearest the figure before its clause: "followed by aftershocks, including"
    ("The first tremor was followed by many aftershocks, including a 5.4-magnitude one", "5.4-magnitude",
     "aftershock"),
    # the noun right after the figure names it, whatever came before ("earlier"...)
    ("Earlier, a strong 5.8 aftershock shook the valley", "5.8", "aftershock"),
    # another tremor minutes after the first is its aftershock; hours after, a second event
    ("وأعقبته هزة أخرى بعد نحو ربع ساعة بلغت قوتها 5.6 درجات", "5.6 درجات", "aftershock"),
    ("Another tremor of magnitude 5.6 followed about 12 minutes later", "5.6", "aftershock"),
    ("Another tremor of magnitude 6.6 followed about 9 hours later", "6.6", "second"),
    # a magnitude the sentence sets after the first's is a later one; with its own words
    # pointing back too ("earlier"), one between the first and the article's moment
    ("A 5.9 tremor rattled the hills, hours after a quake of magnitude 7.3 hit the coast", "5.9", "second"),
    ("A 5.9 tremor rattled the hills, hours after a quake of magnitude 7.3 hit the coast", "7.3", None),
    ("Earlier today a 5.9 tremor rattled the hills, hours after a quake of magnitude 7.3 hit the coast",
     "5.9", "aftershock"),
    ("Earlier today a 5.9 tremor rattled the hills, hours after a quake of magnitude 7.3 hit the coast",
     "7.3", None),
    ("ضربت هزة بقوة 5.9 درجة التلال بعد ساعات من زلزال بقوة 7.3 درجة", "5.9 درجة", "second"),
    ("ضربت هزة بقوة 5.9 درجة التلال بعد ساعات من زلزال بقوة 7.3 درجة", "7.3 درجة", None),
    # ... but not when nothing points the other back to the first, when "after" governs
    # something else than the other's event (a revision), or is a distance ("على بعد")
    ("The agency put the quake at magnitude 7.3 and after a review at magnitude 7.1", "7.3", None),
    ("The institute revised the magnitude to 7.1, hours after the initial tremor was put at 7.3", "7.1", None),
    ("سجلت هزة بقوة 5.9 درجة على بعد 12 كم من الزلزال الأول بقوة 7.3 درجة", "5.9 درجة", None),
])
def test_event(text, phrase, event):
    assert _claim(text, phrase).event == event


def _article_claims(*texts: str):
    """Claims of one article whose sentences are ``texts`` (the first is its lead)."""
    from crosscheck.claims.extract import claims_of
    from crosscheck.models import Article

    article = Article("a", "A", "\n".join(texts), "a.md", published="2031-03-04")
    sentences, start = [], 0
    for n, text in enumerate(texts):
        sentences.append(Sentence("a", "A", n, start, start + len(text), text, normalize(text)))
        start += len(text) + 1
    return claims_of([article], sentences)


def test_article_led_by_a_later_event_gives_its_figures_unless_pointed_back():
    claims = _article_claims(
        "Another strong earthquake hit the coast on Tuesday afternoon, hours after a 6.9 magnitude quake.",
        "The 6.4 magnitude earthquake was centred near the port.",
        "It was 12 kilometres deep.",
        "In the early hours of Tuesday, a 6.9 magnitude quake had struck the same coast.",
        "Early on Tuesday, a strong 6.8 earthquake shook the port.")
    events = {(c.claim_type, c.value, c.sentence): c.event for c in claims if c.claim_type in ("magnitude", "depth")}
    assert events == {("magnitude", 6.9, 0): None, ("magnitude", 6.4, 1): "second",
                      ("depth", 12.0, 2): "second", ("magnitude", 6.9, 3): None,
                      ("magnitude", 6.8, 4): None}


def test_a_sentence_that_names_the_later_event_carries_it_to_the_figures_after_it():
    """Past the lead, "the institute placed the second quake..." says which quake the next uncued
    figures are of, firmly (no settling by the other outlets); a figure of the lead, or one
    whose sentences before name nothing, keeps the lead's reading."""
    from crosscheck.claims.extract import LEAD_EVENT_CUE

    claims = _article_claims(
        "A second powerful quake hit the plateau on Friday with a magnitude of 6.1.",
        "The quake was felt in the capital.",
        "The institute placed the second quake under the old mill.",
        "The institute said the quake measured 6.3 at a depth of 4 km.",
        "Rescue teams reached the villages by night.",
        "Farmers spoke of cracked walls.",
        "The quake was 9 kilometres deep, the agency said.")
    read = {(c.claim_type, c.value): (c.event, c.cue) for c in claims if c.claim_type in ("magnitude", "depth")}
    assert read == {("magnitude", 6.1): ("second", "second"),
                    ("magnitude", 6.3): ("second", "second quake"), ("depth", 4.0): ("second", "second quake"),
                    ("depth", 9.0): ("second", LEAD_EVENT_CUE)}


def test_a_sentence_that_speaks_of_the_other_occurrence_by_its_noun_gives_its_figures_to_it():
    """The sentence before gave another tremor's 5.8: "the tremor was 9 km deep" is that
    tremor's; "the quake" (the main event's noun) and "it" are not, nor is a noun the
    sentence before used for both occurrences."""
    claims = _article_claims(
        "A 7.1 magnitude quake struck the plateau at dawn, the agency said.",
        "Roads to the villages were closed.",
        "وقال المرصد إن زلزال الهضبة أعقبته هزة أخرى بعد دقائق بلغت قوتها 5.8 درجة.",
        "وأضاف أن الهزة وقعت على عمق 9 كيلومترات.",
        "وضربت الهضبة بعد الزلزال هزة ارتدادية بقوة 5.4 درجة.",
        "وكان عمق الهزة 8 كيلومترات.",
        "The quake was followed an hour later by another tremor of magnitude 5.2.",
        "The quake was 14 km deep.",
        "The 7.1 quake was followed by a 5.5 quake.",
        "The quake was 12 km deep.")
    read = {(c.claim_type, c.value): (c.event, c.cue) for c in claims if c.claim_type in ("magnitude", "depth")}
    assert read[("magnitude", 5.8)][0] == "second"
    assert read[("depth", 9.0)] == ("second", "الهزه")
    assert read[("depth", 14.0)] == (None, None)
    assert read[("depth", 8.0)] == ("aftershock", "الهزه")
    assert read[("depth", 12.0)] == (None, None)


def test_what_names_no_occurrence_carries_nothing():
    """The lead's own naming is the lead reading (the comparison may settle it); "after the
    quake" and a sentence naming both quakes name no one occurrence; a "read also" link
    names another story's."""
    from crosscheck.claims.extract import LEAD_EVENT_CUE, claims_of
    from crosscheck.models import Article

    texts = [("Another strong quake hit the coast on Tuesday.", "body"),
             ("Roads to the port were closed.", "body"),
             ("The quake measured 6.2 on the Richter scale.", "body"),
             ("Families slept outdoors after the quake.", "body"),
             ("The second quake came a day after the first quake.", "body"),
             ("It was 11 kilometres deep.", "body"),
             ("Read also: the first quake of the year shook the capital", "read_also"),
             ("Its depth was 8 km.", "body")]
    article = Article("a", "A", "\n".join(t for t, _ in texts), "a.md", published="2031-03-04")
    sentences, start = [], 0
    for n, (text, block) in enumerate(texts):
        sentences.append(Sentence("a", "A", n, start, start + len(text), text, normalize(text), block))
        start += len(text) + 1
    read = [(c.value, c.event, c.cue) for c in claims_of([article], sentences) if c.claim_type in ("magnitude", "depth")]
    assert read == [(6.2, "second", LEAD_EVENT_CUE), (11.0, "second", LEAD_EVENT_CUE), (8.0, "second", LEAD_EVENT_CUE)]


def test_a_sentence_that_points_back_to_the_first_event_carries_it():
    claims = _article_claims(
        "Another strong earthquake hit the coast on Tuesday afternoon.",
        "Roads to the port were closed.",
        "It struck a day after the first quake had shaken that coast.",
        "That one measured 6.9 on the Richter scale.")
    assert [(c.value, c.event) for c in claims if c.claim_type == "magnitude"] == [(6.9, None)]


def test_seconds_are_not_a_second_event():
    claims = _article_claims("زلزال بقوة 6.1 درجات ضرب الساحل ودامت الهزة 40 ثانية.",
                             "وقال المركز إن الهزة حدثت على عمق 9 كيلومترات.")
    assert [c.event for c in claims if c.claim_type in ("magnitude", "depth")] == [None, None]


def test_scope_keeps_the_finest_place():
    claim = _claim("قتل 70 شخصا في ملطية بتركيا", "70 شخصا")
    assert claim.place_ids == ("malatya", "turkey") and claim.scope == ("malatya",)


@pytest.mark.parametrize("text, phrase, scope", [
    # a place right after a point event's noun is where it happened, not the toll's scope
    ("Officials said at least 60 people died in the explosion at Tyre", "at least 60 people", ()),
    ("قتل 60 شخصا في الانفجار في صيدا", "60 شخصا", ()),
    ("قتل 60 شخصا في صيدا", "60 شخصا", ("sidon",)),
    # after a quake (an area) a place may be one province's toll
    ("The quake killed 70 people in Malatya", "70 people", ("malatya",)),
])
def test_a_point_events_place_is_not_a_scope(text, phrase, scope):
    assert _claim(text, phrase).scope == scope


@pytest.mark.parametrize("text, phrase, claim_type, attribute", [
    # the toll's noun before a comma still names a figure after "إلى"
    ("ارتفع عدد قتلى الحريق، إلى 73 شخصا", "73 شخصا", "casualties", "killed"),
    ("By Friday the count of people killed had climbed to 212", "212", "casualties", "killed"),
    ("بينهم 26 عاملا حالتهم حرجة", "26 عاملا", "casualties", "critical"),
    ("Nineteen miners are said to remain in critical condition.", "Nineteen miners", "casualties", "critical"),
    ("besides 87 workers with various injuries", "87 workers", "casualties", "wounded"),
    # a passenger noun says who, the verb says what happened to them
    ("ونجحت فرق البحرية في إنقاذ 61 من ركاب العبارة", "61 من ركاب", "casualties", "rescued"),
    ("عبارة تقل 300 راكب", "300 راكب", "casualties", "aboard"),
    # "lost their lives" is what happened, not what is counted; a missing space is no suffix
    ("حيث فقد 318 حياتهم", "318", "casualties", "killed"),
    ("أفادت السجلات بفقدان 412شخصاً لحياتهم", "412شخصاً", "casualties", "killed"),
    ("الحريق قتل 41 شخصا وأصاب ثلاثة آلاف آخرين", "ثلاثة آلاف آخرين", "casualties", "wounded"),
])
def test_what_a_toll_counts(text, phrase, claim_type, attribute):
    claim = _claim(text, phrase)
    assert (claim.claim_type, claim.attribute) == (claim_type, attribute)


@pytest.mark.parametrize("text, scopes", [
    ("The quake killed more than 9,000 people in Turkey and 2,400 in Syria.",
     {"more than 9,000 people": ("turkey",), "2,400": ("syria",)}),
    ("وقتل الزلزال أكثر من 9 آلاف شخص في تركيا و2400 في سوريا.",
     {"أكثر من 9 آلاف شخص": ("turkey",), "2400": ("syria",)}),
    # a province's toll and the national one
    ("وبلغ عدد القتلى في محافظة اللاذقية 410 أشخاص، بينما تجاوزت الحصيلة على المستوى الوطني 5900.",
     {"410 أشخاص": ("latakia",), "5900": ()}),
    # "الحصيلة الإجمالية" is a total of the place it names, not the country's
    ("وارتفعت الحصيلة الإجمالية في درنة إلى 5300 قتيل.", {"5300 قتيل": ("derna",)}),
    # one place after two figures is the place of both
    ("At least 12 people died and 40 were injured in Derna.", {"At least 12 people": ("derna",), "40": ("derna",)}),
])
def test_a_toll_listed_by_place_is_each_places_toll(text, scopes):
    for phrase, scope in scopes.items():
        claim = _claim(text, phrase)
        assert (claim.attribute, claim.scope) == ("killed" if phrase != "40" else "wounded", scope)


def test_places_before_their_figures_are_not_read_as_the_next_figures():
    # "in Turkey ... 40,000 and in Syria 5,900": Syria is not the 40,000's place
    text = "In Turkey the quake killed 40,000 people and in Syria 5,900 people and in Lebanon 3 people."
    assert "turkey" in _claim(text, "40,000 people").scope


def test_a_superlative_to_date_does_not_bring_a_past_toll_to_the_present():
    text = "In 2010, floods hit the valley, and 1,700 people died, the worst toll to date."
    assert _claim(text, "1,700 people").time_role == "background"


def test_each_figure_takes_the_source_of_its_own_clause():
    text = "The fire chief said 30 people were killed, while medics put that tally at 45."
    assert _claim(text, "30 people").source == "fire chief"
    assert _claim(text, "45").source == "medics"


def test_a_clause_set_against_the_speakers_that_names_another_body_is_not_the_speakers():
    text = "قال الهلال الأحمر إن 2100 شخص لقوا حتفهم، فيما أحصت وزارة الصحة 2012 قتيلا."
    assert _claim(text, "2100 شخص").source == "الهلال الأحمر"
    assert _claim(text, "2012 قتيلا").source is None
    # a clause that says who speaks of its figure ("تحدثت ... عن") is that speaker's
    text = "قال الهلال الأحمر إن 2100 شخص لقوا حتفهم، فيما تحدثت وزارة الصحة عن 2012 قتيلا."
    assert _claim(text, "2012 قتيلا").source == "وزارة الصحة"
    # a clause set against the first that names no other body is still the speaker's
    text = "The army said 30 militants were killed, while 4 soldiers died."
    assert _claim(text, "4 soldiers").source == "army"


@pytest.mark.parametrize("text, phrase, place_ids", [
    # a distance that opens its sentence measures the place the clause after it names
    ("وعلى مسافة 180 كيلومترا، سمع أهالي قبرص دوي الانفجار", "180 كيلومترا", ("cyprus",)),
    ("وعلى بعد 95 كيلومترا، اهتزت نوافذ المنازل في قبرص", "95 كيلومترا", ("cyprus",)),
    ("Some 180 km away, residents of Cyprus heard the blast.", "Some 180 km", ("cyprus",)),
    # ... not when it measures from a reference, or does not open the sentence
    ("وعلى مسافة 180 كيلومترا من بيروت، سمع أهالي قبرص دوي الانفجار", "180 كيلومترا", ()),
    ("وقالت الشرطة إنه على مسافة 180 كيلومترا، سمع أهالي قبرص دوي الانفجار", "180 كيلومترا", ()),
])
def test_a_fronted_distance_measures_the_place_named_after_it(text, phrase, place_ids):
    assert _claim(text, phrase).place_ids == place_ids


@pytest.mark.parametrize("text, phrase, scope", [
    # the whole a part belongs to is not the part's place
    ("In Al Haouz province alone, 1,293 people were killed, out of a national toll of 2,012.", "2,012", ()),
    ("In Al Haouz province alone, 1,293 people were killed, out of a national toll of 2,012.",
     "1,293 people", ("al haouz",)),
    ("قتل 1293 شخصا في إقليم الحوز، فيما بلغت الحصيلة 2497 قتيلا على المستوى الوطني", "2497 قتيلا", ()),
    # a place the whole's own clause names after it is still its scope
    ("Aid reached Al Haouz, out of a total of 300 villages in Morocco.", "300 villages", ("morocco",)),
    # a place in a clause that opens on a part ("among them") is the part's
    ("وأودت الفيضانات بحياة 3200 شخص، بينهم 140 في صيدا", "3200 شخص", ()),
    ("The floods of that year killed 3,200 people, among them 140 in Sidon.", "3,200 people", ()),
    ("The floods of that year killed 3,200 people in Sidon.", "3,200 people", ("sidon",)),
])
def test_a_whole_takes_no_place_of_its_parts(text, phrase, scope):
    assert _claim(text, phrase).scope == scope


@pytest.mark.parametrize("text, phrase, event", [
    ("وقال التقرير إن 61 مدنيا قتلوا في المدينة خلال مارس الماضي", "61 مدنيا", "period:خلال مارس"),
    ("أودت الألغام خلال الأيام الأربعة الماضية بحياة 17 شخصا", "17 شخصا", "period:خلال الايام"),
    ("The group counted 240 people killed over the past three weeks", "240 people", "period:over the past three weeks"),
    ("Shelling has killed 900 people since the beginning of this siege", "900 people", "period:since the beginning of"),
    ("قتل 1200 شخص منذ 4 نوفمبر", "1200 شخص", "period:منذ 4 نوفمبر"),
    ("وكشف التقرير أن 61 مدنيا قتلوا في المدينة مارس الماضي", "61 مدنيا", "period:مارس الماضي"),
    ("ونشرت الشبكة أن 61 مدنيا قتلوا في المدينة، بقصف متواصل، خلال مارس الماضي", "61 مدنيا", "period:خلال مارس"),
    # a window the sentence opens on, in a clause before the figure's, with a glued "و"
    ("ومنذ اندلاع المعارك في 12 مارس، قتل 40 جنديا على الأقل", "40 جنديا على الأقل", "period:منذ اندلاع"),
    ("وخلال الأسبوع الماضي قتل 40 شخصا في المدينة", "40 شخصا", "period:خلال الاسبوع"),
    ("وشنت القوات هجوما، ومنذ بدء الهجوم في 3 مايو، قتل 25 مسلحا", "25 مسلحا", "period:منذ بدء"),
    # a window after two figures joined in one clause counts both
    ("قتل 300 مسلح وجرح 400 آخرون خلال أسبوعين من الغارات", "300 مسلح", "period:خلال اسبوعين"),
    ("Strikes killed 300 fighters and wounded 400 over the past two weeks", "300 fighters",
     "period:over the past two weeks"),
    ("قتل 300 مسلح، وأصيب 400 آخرون، خلال أسبوع من الغارات", "300 مسلح", "period:خلال اسبوع"),
    # the day or week of the event itself is no window, nor one written after another figure
    ("قتل 8 أشخاص، بينما قضى 61 خلال مارس الماضي", "8 أشخاص", None),
    ("The raid killed 14 people, the deadliest in the town since the beginning of this siege", "14 people", None),
    ("The flood that hit the valley in March killed 37 people", "37 people", None),
    ("قتل 14 شخصا في 28 مارس الماضي", "14 شخصا", None),
    ("The toll of the storm that struck last week rose to 310 people", "310 people", None),
    ("قتل 12 شخصا خلال الهجوم على السوق", "12 شخصا", None),
    # a rate is counted per day, week...: another quantity than a total
    ("The region is averaging more than 900 deaths a day, officials said", "more than 900 deaths", "period:per day"),
    ("About 300 residents have died on average each day since the heatwave began", "About 300 residents",
     "period:per day"),
    ("قتل 40 شخصا يوميا في المدينة", "40 شخصا", "period:per day"),
    ("The region recorded more than 900 deaths in a single day", "more than 900 deaths", "period:per day"),
    # the last 24 hours, or "within hours" of the event, are no window
    ("The toll rose to 5,000 people in the past 24 hours", "5,000 people", None),
    ("قتل 40 شخصا خلال ساعات من القصف", "40 شخصا", None),
    # a whole war's toll, named as what killed or where they died
    ("The monitor documents the decade-old conflict, which has killed more than 350,000 people",
     "more than 350,000 people", "period:the war"),
    ("Some 9,000 people died in detention during the conflict", "Some 9,000 people", "period:the war"),
    ("وقال المرصد إن النزاع الذي أودى بحياة 350 ألف شخص دخل عامه العاشر", "350 ألف شخص", "period:the war"),
    ("The blast killed 40 people, the deadliest attack in the war", "40 people", None),
    ("A car bomb killed 40 people in war-torn Aleppo on Monday", "40 people", None),
    ("Police killed 12 people in the war on drugs this week", "12 people", None),
    ("قتل 12 شخصا في الصراع القبلي أمس", "12 شخصا", None),
    # a newspaper, a time of night, a day before an event, a long offensive are no rate
    ("A car bomb killed 40 people in the city on Monday, the daily Al-Watan reported", "40 people", None),
    ("قتل 40 شخصا في ساعة متأخرة من الليل", "40 شخصا", None),
    ("The bombing killed 40 people a day ahead of the vote", "40 people", None),
    ("Shelling killed 40 people during a week-long offensive", "40 people", None),
    # "a day after" dates the figure, "in a day" is no rate
    ("Police said 12 people were killed a day after the storm", "12 people", None),
    ("The 500 dead were buried in a day", "500 dead", None),
])
def test_a_tally_over_a_window_is_another_slot_than_the_incidents_toll(text, phrase, event):
    claim = _claim(text, phrase)
    assert claim.event == event
    assert claim.cue == (event.split(":", 1)[1] if event else None)
