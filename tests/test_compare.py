"""Claim comparison on the seeds and on a planted multi-outlet story (Arabic + English wire).

The fixture story (tests/fixtures/story_derna) was written for these tests: four outlets on the
September 2023 Derna floods, with planted agreements, contradictions and traps. Each planted
item below names the sentence it was planted in.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.claims.places import places_in
from crosscheck.claims.extract import claims_of
from crosscheck.compare import compare, nearby_sentences
from crosscheck.evaluate.verdict import pair_verdict
from crosscheck.ingest import ingest
from crosscheck.text import sentences_of

STORY = Path(__file__).parent / "fixtures" / "story_derna"


def _findings(path):
    articles = ingest([path]).articles
    sentences = [s for a in articles for s in sentences_of(a)[0]]
    return compare(articles, sentences, [])


@pytest.fixture(scope="module")
def story():
    return _findings(STORY)


@pytest.fixture(scope="module")
def seeds(seed_articles, seed_sentences):
    return compare(seed_articles, seed_sentences, [])


def _with(findings, kind, *snippets):
    """Findings of ``kind`` whose claims quote every snippet."""
    return [f for f in findings if f.kind == kind
            and all(any(s in c.text for c in f.claims) for s in snippets)]


def _quoting(findings, snippet):
    return [f for f in findings if any(snippet in c.text for c in f.claims)]


def _side(finding, snippet):
    return next(s for c, s in zip(finding.claims, finding.sides) if snippet in c.text)


# --- seeds --------------------------------------------------------------------------------------

def test_seeds_145_captured_against_dozens_is_a_contradiction(seeds):
    [found] = _with(seeds, "contradiction", "145 جنديا", "عشرات من مقاتلي")
    assert found.claim_type == "casualties"
    assert {c.attribute for c in found.claims} == {"captured"}
    assert _side(found, "145") != _side(found, "عشرات")
    assert {c.outlet for c in found.claims} == {"Euronews Arabic", "Outlet 001"}


def test_seeds_different_places_are_not_compared(seeds):
    """A village 40 km south of Tripoli is not Gharyan 80 km south; Bani Walid is not Sirte."""
    for snippet in ("40 كيلومترا", "80 كيلومترا", "180 كم", "450 كلم"):
        assert [f.kind for f in _quoting(seeds, snippet)] == ["uncorroborated"], snippet


def test_seeds_june_2020_article_contradicts_nothing_from_2019(seeds):
    """No fact of 2020 is compared with one of 2019; how outlets name an actor (framing) is
    compared over the whole run, by design."""
    for f in seeds:
        outlets = {c.outlet for c in f.claims}
        if "Outlet 004" in outlets and f.kind != "framing":
            assert outlets == {"Outlet 004"}, f.explanation


def test_seeds_germany_against_britain_asking_for_the_meeting_is_an_attribution_conflict(seeds):
    """Euronews Arabic: Germany called the emergency Security Council meeting; Outlet 001: it
    meets at Britain's request."""
    [found] = _with(seeds, "contradiction", "ألمانيا", "بريطانيا")
    assert (found.claim_type, found.severity) == ("attribution", "high")
    assert _side(found, "ألمانيا") != _side(found, "بريطانيا")
    assert {"germany", "britain", "un security council"} <= set(found.actors)


def test_seeds_benghazi_against_rajma_is_a_low_location_difference(seeds):
    [found] = _with(seeds, "contradiction", "الرجمة", "بنغازي")
    assert (found.claim_type, found.severity) == ("location", "low")
    assert {c.outlet for c in found.claims if c.text == "الرجمة"} == {"Al Arabiya"}
    assert "town next to" in found.explanation


def test_seeds_haftars_titles_are_framing_per_outlet(seeds):
    [found] = [f for f in seeds if f.kind == "framing" and {c.who for c in f.claims} == {"haftar"}]
    named = {(c.outlet, c.attribute) for c in found.claims}
    assert {("Euronews Arabic", "اللواء"), ("Outlet 001", "المشير"), ("Al Arabiya", "المشير"),
            ("Arabi21", "اللواء المتقاعد"), ("Outlet 004", "الجنرال الانقلابي")} <= named
    [forces] = [f for f in seeds if f.kind == "framing" and {c.who for c in f.claims} == {"haftar:forces"}]
    assert {("Outlet 004", "مليشيات"), ("Al Arabiya", "الجيش الوطني الليبي")} <= {
        (c.outlet, c.attribute) for c in forces.claims}


def test_seeds_checkpoint_about_30_km_conflicts_with_bridge_27(seeds):
    """Decision: the same checkpoint, from the capital / Tripoli's western gate (one city).
    "About 30 km" allows 28.5-31.5 km (a rounded figure, not a range): 27 km is another
    distance, as a desk reads "27 km against 30 km"."""
    [found] = _with(seeds, "contradiction", "نحو 30 كيلومترا", "27 كيلومتراً")
    assert found.claim_type == "distance"
    assert not _with(seeds, "agreement", "27 كيلومتراً")


def test_seeds_claim_spans_point_into_the_article(seeds, seed_articles):
    texts = {a.id: a.text for a in seed_articles}
    for f in seeds:
        for c in f.claims:
            assert texts[c.article][c.start:c.end] == c.text


# --- the planted story --------------------------------------------------------------------------

def test_story_deaths_agree_across_digits_arabic_indic_and_english(story):
    """5300 (digits), ٥٣٠٠ (Arabic-Indic), "At least 5,300" (English wire)."""
    [found] = _with(story, "agreement", "5300 قتيل", "٥٣٠٠", "5,300")
    assert {c.outlet for c in found.claims} == {"Libya Al-Ahrar", "Al Wasat", "Wire (English)"}


def test_story_missing_agree_in_words_and_digits(story):
    [found] = _with(story, "agreement", "نحو 10 آلاف", "عشرة آلاف", "About 10,000")
    assert {c.attribute for c in found.claims} == {"missing"}


def test_story_compatible_bounds_agree(story):
    """"More than 2000" wounded and "some 2,100" injured overlap."""
    assert _with(story, "agreement", "أكثر من 2000", "2,100")


def test_story_same_dam_capacity_agrees(story):
    [found] = _with(story, "agreement", "22.5 مليون متر مكعب")
    assert len({c.outlet for c in found.claims}) == 2


def test_story_displaced_contradiction_has_sides(story):
    """"More than 30,000" (Arabic) and "at least 30,000" (wire) against 20,000."""
    [found] = _with(story, "contradiction", "20 ألف شخص")
    assert _side(found, "أكثر من 30 ألف") == _side(found, "At least 30,000")
    assert _side(found, "20 ألف شخص") != _side(found, "At least 30,000")
    assert None not in found.sides


def test_story_bridge_count_contradiction_across_languages(story):
    """4 bridges (Libya Al-Ahrar) against 6 (Al Wasat) and "six bridges" (the English wire)."""
    [found] = _with(story, "contradiction", "4 جسور", "6 جسور", "six bridges")
    assert _side(found, "4 جسور") != _side(found, "6 جسور") == _side(found, "six bridges")


def test_story_later_toll_is_an_update_naming_the_later_report(story):
    [found] = _with(story, "update", "11300")
    assert "Al Nabaa" in found.explanation and "later" in found.explanation
    assert not _quoting([f for f in story if f.kind == "contradiction"], "11300")


@pytest.mark.parametrize("trap, why", [
    ("170 شخصا", "another city (Al Bayda) is a different scope"),
    ("6000 قتيل", "the whole of eastern Libya is a different scope from Derna"),
    ("1.5 مليون متر مكعب", "another dam is a different object"),
])
def test_story_traps_are_not_compared(story, trap, why):
    assert [f.kind for f in _quoting(story, trap)] == ["uncorroborated"], why


def test_story_dead_and_missing_are_never_compared(story):
    for f in story:
        if f.kind in ("agreement", "contradiction", "update") and f.claim_type == "casualties":
            assert len({c.attribute for c in f.claims}) == 1


def test_story_no_contradiction_beyond_the_planted_ones(story):
    planted = {frozenset({"20 ألف شخص", "أكثر من 30 ألف شخص", "At least 30,000 people"}),
               frozenset({"4 جسور", "6 جسور", "six bridges"})}
    found = {frozenset(c.text for c in f.claims) for f in story if f.kind == "contradiction"}
    assert found == planted


# --- through CrossChecker.check: claims compared between nearby sentences only ------------------

@pytest.fixture(scope="module")
def checked_story(embedder, cache_dir):
    from crosscheck import CrossChecker

    checker = CrossChecker(embedder, cache_dir=cache_dir)  # not the shared one: its last_index stays
    return checker.check([STORY]), checker.last_index


def test_check_keeps_every_planted_comparison_across_languages(checked_story, story):
    def compared(findings):
        return {(f.kind, frozenset(c.text for c in f.claims)) for f in findings
                if f.kind != "uncorroborated" and f.claim_type != "statement"}

    assert compared(checked_story[0].findings) == compared(story)


def test_nearby_sentences_link_claim_sentences_of_other_articles_both_ways(checked_story):
    result, index = checked_story
    claims = claims_of(result.articles, result.sentences)
    near = nearby_sentences(index, claims)
    assert set(near) == {(c.article, c.sentence) for c in claims}
    assert all(other[0] != key[0] and key in near[other] for key, others in near.items() for other in others)
    wire_deaths = next(k for k, s in ((s.key, s) for s in result.sentences) if "5,300" in s.text)
    assert {k[0] for k in near[wire_deaths]} >= {"a_libya_alahrar", "b_alwasat"}


# --- pieces -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, ids", [
    ("قتل 12 شخصا في مدينة درنة", ["derna"]),
    ("مقتل 40 في شرق ليبيا", ["libya:east"]),
    ("وصل عدد القتلى بدرنة إلى 5300", ["derna"]),
    ("killed in eastern Libya, near the town of Al Bayda", ["libya:east", "bayda"]),
    ("The Abu Mansour dam holds 22.5 million cubic metres", ["dam:abu mansour"]),
    ("على حاجز جسر 27 العسكري", ["checkpoint:جسر 27"]),
    ("وفي مدينة البيضاء قتل 170 شخصا", ["bayda"]),
    ("قتل 2000 شخص في إقليم الحوز", ["al haouz"]),
    ("2,000 killed in Al Haouz province", ["al haouz"]),
    # an Arabic article hyphened to a name is no name of its own
    ("Rain of 300 mm fell in Al-Bayda", ["bayda"]),
    ("12 died in el-Fasher and 4 in Al-Mansoura", ["el fasher", "mansoura"]),
    ("3 hurt in Al-Qubba", ["name:qubba"]),
    ("Airstrikes in Al-Raqqa and in Al-Bab killed 12 people.", ["raqqa", "al bab"]),
    # a name that is also a common word is a place right after a head only
    ("قتل 5 في منطقة عسير", ["asir"]),
    ("كان الطريق عسيرا على 5 فرق", []),
    # a local name ends before the time or a phrase that follows it
    ("قتل 5 في منطقة القلعة يوم الخميس", ["area:القلعه"]),
    ("وقال رئيس حي الوادي للشؤون المحلية إن 5 قتلوا", ["district:الوادي"]),
    # ... and before another place: a head or a gazetteer name starts its own
    ("كمين عند جسر الوادي بمنطقة القلعة، أسفر عن مقتل 6", ["bridge:الوادي", "area:القلعه"]),
    ("قتل 3 في حي الوادي بدرنة", ["district:الوادي", "derna"]),
])
def test_places(text, ids):
    assert [p.id for p in places_in(text)] == ids


def test_places_that_name_a_party_are_not_a_scope():
    found = places_in("القوات المتحالفة مع طرابلس أسرت 145 جنديا من قوات شرق ليبيا")
    assert [p.locative for p in found] == [False, False]


@pytest.mark.parametrize("a, b, verdict", [
    ("مقتل 5 أشخاص في انفجار بدرنة", "مقتل 12 شخصا في انفجار بدرنة", "disagree"),
    ("الحكومة تعلن إغلاق المعبر الحدودي", "الحكومة تنفي إغلاق المعبر الحدودي", "disagree"),
    ("الحكومة تعلن إغلاق المعبر الحدودي", "الحكومة تعلن إغلاق المعبر", "agree"),
    ("الحكومة تعلن إغلاق المعبر الحدودي", "فوز الفريق الوطني بالمباراة النهائية", "other"),
])
def test_pair_verdict(a, b, verdict):
    assert pair_verdict(a, b) == verdict


@pytest.mark.parametrize("second_time, kind", [
    ("2023-09-12T20:00:00+00:00", "update"),        # twelve hours later: a new figure
    ("2023-09-12T09:00:00+00:00", "contradiction"),  # one hour apart: the same moment
])
def test_hours_apart_make_an_update(tmp_path, second_time, kind):
    for name, published, text in (("a", "2023-09-12T08:00:00+00:00", "قتل 5 أشخاص في درنة."),
                                  ("b", second_time, "قتل 9 أشخاص في درنة.")):
        (tmp_path / f"{name}.md").write_text(
            f"---\noutlet: {name.upper()}\npublished: {published}\n---\n{text}\n", encoding="utf-8")
    found = [f for f in _findings(tmp_path) if f.kind != "uncorroborated"]
    assert [f.kind for f in found] == [kind]


def _one_story(*leads: tuple[str, str, str], told=None):
    """Articles (id, title, text) of one story, each text one sentence, read as a check reads."""
    from crosscheck.models import Article
    articles = [Article(i, i.upper(), text, f"{i}.txt", title=title, published="2031-05-02")
                for i, title, text in leads]
    sentences = [s for a in articles for s in sentences_of(a)[0]]
    return compare(articles, sentences, [], stories={a.id: "s1" for a in articles}, told=told)


def test_tolls_of_articles_that_state_nothing_in_common_are_no_dispute():
    """A day's press may put a bus crash and a plane crash in one story: articles that state no
    claim in common (no sentence group holds a sentence of each) give no toll dispute; the
    same tolls in articles that share a statement are one."""
    leads = (("bus", "Crash on the coast road", "The crash killed 9 people on the coast road."),
             ("air", "Crash near the airfield", "The crash killed 3 people near the airfield."))
    assert not [f for f in _one_story(*leads, told={}) if f.kind == "contradiction"]
    assert not [f for f in _one_story(*leads, told={"bus": frozenset({"g1"}), "air": frozenset({"g2"})})
                if f.kind == "contradiction"]
    shared = {"bus": frozenset({"g1"}), "air": frozenset({"g1", "g2"})}
    assert [f for f in _one_story(*leads, told=shared) if f.kind == "contradiction"]


def test_tolls_of_one_past_year_are_one_events_without_a_statement_in_common():
    """A toll dated by a past year is that year's event's, whatever else its article says:
    two accounts of it conflict even where the articles share no sentence group."""
    leads = (("one", "Storm on the coast", "The storm was the worst since 1987, when 3,100 people died."),
             ("two", "Storm on the coast", "In 1987 a storm killed 4,800 people on the coast."))
    found = [f for f in _one_story(*leads, told={}) if f.kind == "contradiction"]
    assert [sorted(c.value for c in f.claims) for f in found] == [[3100, 4800]]


def test_figures_of_two_regions_of_one_story_are_not_compared():
    """Two accidents the lead vectors would put in one story, in countries no article names
    together: their tolls are two incidents', no dispute. The same tolls in one country are."""
    apart = _one_story(("cl", "Storm in Chile", "The storm killed 6 people in the south of Chile."),
                       ("pe", "Bus crash in Peru", "The crash killed 9 people in the south of Peru."))
    assert not [f for f in apart if f.kind == "contradiction"]
    together = _one_story(("cl", "Storm in Chile", "The storm killed 6 people in the south of Chile."),
                          ("c2", "Storm in Chile", "The storm killed 9 people in the south of Chile."))
    assert [f for f in together if f.kind == "contradiction"]


def test_articles_told_together_are_those_a_sentence_group_joins():
    """The sentence groups each article has a sentence in (a group of one article's
    sentences is its own)."""
    from crosscheck.compare import told_together
    from crosscheck.models import Cluster, Sentence

    def sentence(article, n):
        return Sentence(article, article.upper(), n, 0, 4, "text", "text")

    groups = [Cluster("g1", (sentence("a", 0), sentence("b", 2)), 0.9),
              Cluster("g2", (sentence("c", 0), sentence("c", 1)), 0.9)]
    assert told_together(groups) == {"a": {"g1"}, "b": {"g1"}, "c": {"g2"}}


def test_destroyed_and_damaged_homes_are_two_figures_not_a_contradiction():
    """What happened to the things counted is part of what a count measures: one outlet's
    destroyed homes and another's damaged ones are no dispute; two counts of destroyed homes
    that differ are."""
    told = {"a": frozenset({"g1"}), "b": frozenset({"g1"})}
    two_states = _one_story(("a", "Quake in Malatya", "The quake destroyed 300 homes in Malatya."),
                            ("b", "Quake in Malatya", "تضرر 500 منزل في ملطية جراء الزلزال."), told=told)
    assert not [f for f in two_states if f.kind == "contradiction"]
    one_state = _one_story(("a", "Quake in Malatya", "The quake destroyed 300 homes in Malatya."),
                           ("b", "Quake in Malatya", "دمر الزلزال 500 منزل في ملطية."), told=told)
    assert [sorted(c.value for c in f.claims) for f in one_state if f.kind == "contradiction"] == [[300, 500]]


def test_a_toll_listed_by_place_meets_only_that_places_toll():
    """"9,000 in Turkey and 2,400 in Syria": the Syrian toll agrees with another outlet's Syrian
    toll; the Turkish one is not set against it."""
    told = {"a": frozenset({"g1"}), "b": frozenset({"g1"})}
    found = _one_story(("a", "Quake toll", "The quake killed more than 9,000 people in Turkey and 2,400 in Syria."),
                       ("b", "Quake toll", "وقتل الزلزال 2400 شخص في سوريا."), told=told)
    assert not [f for f in found if f.kind == "contradiction"]
    assert [sorted(c.value for c in f.claims) for f in found if f.kind == "agreement"] == [[2400, 2400]]


def test_hostages_freed_and_prisoners_released_in_exchange_are_two_slots():
    """24 hostages freed and 60 prisoners released in exchange are two quantities (they were
    one slot, so an article giving both was a list and its prisoners disputed nothing);
    hostages freed meet across languages."""
    from crosscheck.compare.slots import comparable
    from crosscheck.claims.extract import sentence_claims
    from crosscheck.models import Sentence

    def claim(article, text, value):
        found = sentence_claims(Sentence(article, article.upper(), 0, 0, len(text), text, text), "2031-02-02")
        return next(c for c in found if c.value == value)

    hostages = claim("a", "أفرجت الجبهة عن 24 رهينة.", 24)
    assert comparable(hostages, claim("b", "The front freed 24 hostages.", 24))
    assert not comparable(hostages, claim("c", "The front freed them in exchange for 60 prisoners.", 60))
    # with other counts of people they still meet: prisoners of war are soldiers captured
    assert comparable(claim("d", "The army captured 50 prisoners of war.", 50),
                      claim("e", "The army captured 50 soldiers.", 50))
