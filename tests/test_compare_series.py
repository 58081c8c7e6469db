"""Rules of the comparison on hand-made claims (no model): which figures agree, which are a
dispute, which are one series, and how agreement sets are formed."""
from __future__ import annotations

from dataclasses import replace

from crosscheck.compare import compare_claims
from crosscheck.compare.sets import _Compared
from crosscheck.compare.series import StoryReports, story_reports
from crosscheck.compare.findings import agreement_sets
from crosscheck.models import Claim
from crosscheck.text.translit import same_name, skeleton


def _toll(article: str, value: float, published: str, *, bound: str = "exact", low=None, high=None,
          source: str | None = None, attribute: str = "killed", status: str = "asserted",
          scope: tuple[str, ...] = (), outlet: str | None = None) -> Claim:
    low = value if low is None and bound in ("exact", "at_least") else low
    high = value if high is None and bound in ("exact", "at_most") else high
    return Claim(article, outlet or article.upper(), 0, 0, 1, str(value), "casualties", value, low, high,
                 bound=bound, attribute=attribute, published=published, source=source, status=status,
                 place_ids=scope, scope=scope)


def _kinds(findings) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for f in findings:
        out.setdefault(f.kind, []).append(tuple(sorted((c.article, c.value) for c in f.claims)))
    return out


def test_a_count_given_before_and_after_a_higher_one_disputes_it():
    """78 on the first day, 79 from two outlets, 78 again on the next days: the count never
    rose to 79, the outlets disagree on one figure."""
    claims = [_toll("a", 78, "2031-06-14"), _toll("b", 79, "2031-06-14"), _toll("c", 79, "2031-06-15"),
              _toll("d", 78, "2031-06-15"), _toll("e", 78, "2031-06-16")]
    kinds = _kinds(compare_claims(claims))
    assert "update" not in kinds
    [disputed] = kinds["contradiction"]
    assert disputed == (("a", 78), ("b", 79), ("c", 79), ("d", 78), ("e", 78))


def test_a_higher_first_figure_replaced_from_the_next_day_on_is_a_revision():
    claims = [_toll("a", 500, "2031-10-17"), _toll("b", 471, "2031-10-18"), _toll("c", 471, "2031-10-19")]
    kinds = _kinds(compare_claims(claims))
    assert "contradiction" not in kinds
    assert kinds["update"] == [(("a", 500), ("b", 471), ("c", 471))]


def test_an_article_that_corrects_a_figure_revises_it():
    claims = [_toll("a", 79, "2031-06-15"), _toll("b", 78, "2031-06-15"),
              _toll("b", 79, "2031-06-15", status="withdrawn")]
    assert "update" in _kinds(compare_claims(claims))
    assert "contradiction" not in _kinds(compare_claims(claims))


def test_another_bodys_much_lower_later_figure_is_a_dispute_in_a_story_at_one_place():
    claims = [_toll("a", 471, "2031-10-18", source="health ministry"),
              _toll("b", None, "2031-10-19", bound="vague", low=100, high=300, source="intelligence services")]
    assert _kinds(compare_claims(claims)).get("contradiction")


def test_two_sides_of_one_series_are_not_set_against_each_other():
    """The ministry's 620 of the evening, revised to 580 the next day, are both disputed by a
    later estimate of 150-350 (and the 620 by a civil defence chief's 350 that evening, which
    the estimate agrees with): two disputes, 620 against the estimate and the 350, 580 against
    the estimate alone (the 350 of the evening before is a point of its series); 620 and 580
    are an update, in no contradiction together."""
    claims = [_toll("a", 620, "2031-10-17", source="health ministry"),
              _toll("b", 580, "2031-10-18", source="health ministry"),
              _toll("c", None, "2031-10-20", bound="vague", low=150, high=350, source="intelligence services"),
              _toll("d", 350, "2031-10-17", source="civil defence")]
    kinds = _kinds(compare_claims(claims))
    assert any({("a", 620), ("b", 580)} <= set(series) for series in kinds["update"])
    assert sorted(kinds["contradiction"]) == [(("a", 620), ("c", None), ("d", 350)),
                                              (("b", 580), ("c", None))]


def test_a_lower_later_figure_from_sources_that_name_no_body_is_a_revision():
    """"Reports" and "the latest figures" name no body: a much lower figure from them the
    next day is a point of the series, not another body's count."""
    claims = [_toll("a", 4200, "2031-10-18", attribute="wounded", source="Reports"),
              _toll("b", 2900, "2031-10-19", attribute="wounded", source="latest figures")]
    kinds = _kinds(compare_claims(claims))
    assert "contradiction" not in kinds and kinds["update"]


def test_another_bodys_lower_figure_is_no_dispute_where_the_story_spans_countries():
    """Figures of two countries (each named by two articles): a toll's scope is too often
    unwritten, so another body's lower figure may be one country's."""
    turkey, syria = ("malatya",), ("aleppo",)
    claims = [_toll("a", 2000, "2031-02-07", source="disaster agency"),
              _toll("b", 900, "2031-02-08", source="civil defence"),
              _toll("c", 40, "2031-02-07", scope=turkey), _toll("d", 41, "2031-02-07", scope=turkey),
              _toll("e", 30, "2031-02-07", scope=syria), _toll("f", 31, "2031-02-07", scope=syria)]
    contradictions = _kinds(compare_claims(claims)).get("contradiction", [])
    assert not [c for c in contradictions if ("a", 2000) in c]


def test_an_article_giving_two_current_tolls_disputes_neither():
    """A hospital's toll and the war's, both unnamed scopes, in one article: two quantities."""
    claims = [_toll("a", 471, "2031-10-18"), _toll("a", 2421, "2031-10-18"), _toll("b", 300, "2031-10-18")]
    assert "contradiction" not in _kinds(compare_claims(claims))


def test_up_to_n_people_is_an_estimate_near_n():
    aboard = dict(attribute="aboard")
    claims = [_toll("a", 400, "2031-06-14", bound="at_most", **aboard),
              _toll("b", 700, "2031-06-14", bound="at_most", **aboard),
              _toll("c", 104, "2031-06-14", **aboard)]
    [contradiction] = _kinds(compare_claims(claims))["contradiction"]
    assert ("a", 400) in contradiction and ("b", 700) in contradiction


def test_agreement_is_not_chained_through_a_wide_figure():
    """"up to 400" agrees with 104 and with 400, which do not agree: two agreement sets."""
    claims = [_toll("a", 104, "2031-06-14"), _toll("b", 400, "2031-06-14"),
              _toll("c", 400, "2031-06-14", bound="at_most", low=0)]
    compared = _Compared(set(), set(), claims)
    compared.add(0, 2, True)
    compared.add(1, 2, True)
    compared.add(0, 1, False)
    assert sorted(agreement_sets(compared)) == [[0, 2], [1, 2]]


def test_a_vague_figure_does_not_make_an_article_give_both_sides():
    """An article with "hundreds" and 400 on board still disputes another outlet's 750."""
    aboard = dict(attribute="aboard")
    claims = [_toll("a", 400, "2031-06-14", **aboard),
              _toll("a", None, "2031-06-14", bound="vague", low=200, high=999, **aboard),
              _toll("b", 750, "2031-06-14", **aboard)]
    assert _kinds(compare_claims(claims)).get("contradiction")


def test_an_article_that_gives_both_figures_is_no_point_of_a_series_between_them():
    """"6 this week, of the 40 bought" against a later "40": the first article gives both, as
    two quantities; no update runs from its 6 to the other's 40."""
    claims = [_toll("a", 6, "2031-06-14"), _toll("a", 40, "2031-06-14"), _toll("b", 40, "2031-06-15")]
    kinds = _kinds(compare_claims(claims))
    assert "update" not in kinds and "contradiction" not in kinds
    assert kinds["agreement"] == [(("a", 40), ("b", 40))]


def _amount(article: str, value: float, published: str, *, bound: str = "exact", low=None, high=None) -> Claim:
    """An amount of money in Sidon, unnamed: compared with another where both name the city."""
    low = value if low is None else low
    high = value if high is None else high
    return Claim(article, article.upper(), 0, 0, 1, str(value), "money", value, low, high, unit="USD",
                 bound=bound, published=published, place_ids=("sidon",), scope=("sidon",))


def test_an_article_listing_several_amounts_is_no_point_of_a_series():
    """A bank's report of two amounts, and another outlet's third one the next day: three
    quantities the slot does not tell apart, no figure reported over time."""
    claims = [_amount("a", 1.1e9, "2031-06-14"), _amount("a", 20.2e9, "2031-06-14"),
              _amount("b", 21.3e9, "2031-06-15")]
    assert "update" not in _kinds(compare_claims(claims))


def test_a_vague_figure_beside_a_count_makes_no_list():
    """"several" beside 450 in one article does not make it a list: its 450 and another
    outlet's later 550 are still one figure over time."""
    claims = [_amount("a", 450e6, "2031-06-14"), _amount("a", None, "2031-06-14", bound="vague", low=3e6, high=9e6),
              _amount("b", 550e6, "2031-06-15")]
    [update] = [f for f in compare_claims(claims) if f.kind == "update"]
    assert {("a", 450e6), ("b", 550e6)} <= {(c.article, c.value) for c in update.claims}


def test_name_skeletons_match_across_scripts():
    assert skeleton("Pylos") == skeleton("بيلوس") == "bls"
    assert same_name("Gaziantep", "غازي عنتاب") and same_name("Tobruk", "طبرق")
    assert not same_name("Pylos", "Pyrgos") and not same_name("بيلوس", "بيرغوس")


def test_a_part_of_the_dead_is_never_compared_with_their_number():
    whole = _toll("a", 15, "2031-08-09")
    part = replace(_toll("b", 6, "2031-08-09"), who="part")
    assert compare_claims([whole, part]) == []


def test_same_moment_figures_need_alike_sentences_to_be_a_dispute():
    """Unattributed figures of one day: a dispute only in sentences at least
    ``min_dispute_similarity`` alike (a war's incidents are told in sentences 0.83-0.89
    alike); two named bodies' figures already in near sentences."""
    from crosscheck.compare.rule import ComparisonRule
    from crosscheck.compare.series import conflict_kind

    rule = ComparisonRule()
    a, b = _toll("a", 4, "2031-08-09"), _toll("b", 19, "2031-08-09")
    assert conflict_kind(a, b, rule, statement=0.86) is None
    assert conflict_kind(a, b, rule, statement=0.93) == "dispute"
    a, b = replace(a, source="the health minister"), replace(b, source="the city governor")
    assert conflict_kind(a, b, rule, statement=0.86) == "dispute"


def test_a_vague_figure_disputes_only_a_figure_of_its_own_sentence_group():
    """"Dozens were killed" in a city against another sentence's 19 killed there the same day:
    alike sentences may tell two incidents, and "dozens" fits any of them; in one sentence
    group (the same statement) it is a dispute, and so is a named body's against another's,
    and "dozens of fighters" (it says whom it counts) against 19 fighters."""
    from crosscheck.compare.rule import ComparisonRule
    from crosscheck.compare.series import conflict_kind

    rule = ComparisonRule()
    dozens = _toll("a", None, "2031-08-09", bound="vague", low=20, high=99)
    nineteen = _toll("b", 19, "2031-08-09")
    assert conflict_kind(dozens, nineteen, rule, statement=0.93) is None
    assert conflict_kind(nineteen, dozens, rule, statement=0.93) is None
    assert conflict_kind(dozens, nineteen, rule, statement=1.0) == "dispute"
    assert conflict_kind(replace(dozens, source="the army"), replace(nineteen, source="a militia commander"),
                         rule, statement=0.86) == "dispute"
    assert conflict_kind(_toll("c", 4, "2031-08-09"), nineteen, rule, statement=0.93) == "dispute"
    assert conflict_kind(replace(dozens, who="people"), nineteen, rule, statement=0.93) is None
    hundreds = _toll("h", None, "2031-08-09", bound="vague", low=200, high=999)
    assert conflict_kind(replace(dozens, who="fighters"), replace(hundreds, who="prisoners"), rule,
                         statement=0.93) is None  # no written number on either side
    fighters = replace(dozens, who="fighters")
    assert conflict_kind(fighters, replace(nineteen, who="fighters"), rule, statement=0.93) == "dispute"


def test_one_bodys_figure_printed_two_ways_the_same_day_is_a_dispute():
    """The ministry's one statement, given as 212 wounded by one outlet and 221 by another:
    one body's figure of one moment needs only ``min_similarity``, as two bodies' do; worded
    as a running count, or another day, it is a point of a series."""
    from crosscheck.compare.rule import ComparisonRule
    from crosscheck.compare.series import conflict_kind

    rule = ComparisonRule()
    a = replace(_toll("a", 212, "2031-10-18", attribute="wounded"), source="the ministry", source_ids=("health ministry",))
    b = replace(_toll("b", 221, "2031-10-18", attribute="wounded"), source="the Health Ministry",
                source_ids=("health ministry",))
    assert conflict_kind(a, b, rule, statement=0.85) == "dispute"
    assert conflict_kind(a, b, rule, statement=0.80) is None
    assert conflict_kind(a, replace(b, running=True), rule, statement=0.85) == "update"
    assert conflict_kind(a, replace(b, published="2031-10-19"), rule, statement=0.85) == "update"
    unnamed = replace(a, source=None, source_ids=()), replace(b, source=None, source_ids=())
    assert conflict_kind(*unnamed, rule, statement=0.85) is None


def test_two_bodies_figures_are_a_dispute_even_where_an_outlet_prints_both():
    """The civil defence's 180 against the ministry's 260: an outlet that prints both stands on
    both sides of a dispute between the bodies; unattributed, it disputes neither."""
    def toll(article, value, body):
        return replace(_toll(article, value, "2031-10-17", source=body), source_ids=(body,))

    claims = [toll("a", 180, "civil defence"), toll("a", 260, "health ministry"), toll("b", 260, "health ministry")]
    [contradiction] = _kinds(compare_claims(claims))["contradiction"]
    assert ("a", 180) in contradiction and ("b", 260) in contradiction


def test_figures_of_one_article_that_overlap_are_no_list():
    """"More than 200 wounded" and "212 wounded" in one article are one count worded twice:
    its 212 still disputes another outlet's 221."""
    claims = [_toll("a", 200, "2031-10-18", bound="more_than", low=201, high=None),
              _toll("a", 212, "2031-10-18"), _toll("b", 221, "2031-10-18")]
    [contradiction] = _kinds(compare_claims(claims))["contradiction"]
    assert ("a", 212) in contradiction and ("b", 221) in contradiction


def test_equal_figures_never_compared_stay_on_one_side():
    """Two outlets' 15, each disputed by a third outlet's 10 but never compared with each
    other (not near), are one side, not "15 against 15"."""
    from crosscheck.compare import sides_of

    claims = [_toll("a", 15, "2031-08-09"), _toll("b", 15, "2031-08-09"), _toll("c", 10, "2031-08-09")]
    compared = _Compared(set(), set(), claims)
    compared.add(0, 2, False)
    compared.add(1, 2, False)
    sides = sides_of([0, 1, 2], compared)
    assert sides[0] == sides[1] != sides[2]


def test_a_lower_count_repeated_after_the_count_rose_past_is_a_stale_copy():
    """135 on the 5th, 137 and 154 on the 6th and 7th, 135 again on the 8th: the count rose,
    the late 135 is stale; 135 then 137 is one series, no dispute."""
    claims = [_toll("a", 135, "2031-08-05"), _toll("b", 137, "2031-08-06"), _toll("c", 154, "2031-08-07"),
              _toll("d", 135, "2031-08-08")]
    kinds = _kinds(compare_claims(claims))
    assert "contradiction" not in kinds
    assert ("a", 135) in kinds["update"][0] and ("b", 137) in kinds["update"][0]


def test_an_article_giving_both_unattributed_figures_disputes_neither():
    claims = [_toll("a", 300, "2031-10-17"), _toll("a", 500, "2031-10-17"), _toll("b", 500, "2031-10-17")]
    assert "contradiction" not in _kinds(compare_claims(claims))


def test_a_toll_beside_a_count_of_children_is_no_list_of_tolls():
    """An article with 300 killed and 50 children killed gives one toll and a part of it: its
    300 still disputes another outlet's 500."""
    children = replace(_toll("a", 50, "2031-10-17"), who="children")
    claims = [_toll("a", 300, "2031-10-17"), children, _toll("b", 500, "2031-10-17")]
    [contradiction] = _kinds(compare_claims(claims))["contradiction"]
    assert ("a", 300) in contradiction and ("b", 500) in contradiction


def test_a_dispute_names_its_sources():
    claims = [_toll("a", 471, "2031-10-18", source="the health ministry"),
              _toll("b", None, "2031-10-19", bound="vague", low=100, high=300, source="intelligence services")]
    [finding] = [f for f in compare_claims(claims) if f.kind == "contradiction"]
    assert "according to the health ministry" in finding.explanation
    assert "according to intelligence services" in finding.explanation


def _tonnes(article: str, value: float, published: str, running: bool = False, of: str | None = None) -> Claim:
    return Claim(article, article.upper(), 0, 0, 1, f"{value} t", "quantity", value, value, value, unit="t",
                 counted=of, published=published, running=running)


def test_amounts_of_two_materials_are_not_compared():
    """20 tonnes of food against 2,800 tonnes of medicines: two amounts; the same material
    named two ways ("مادة نترات الأمونيوم") or in the other language may be one."""
    day = "2031-08-04"
    assert "contradiction" not in _kinds(compare_claims(
        [_tonnes("a", 20, day, of="المواد الغذاييه"), _tonnes("b", 2800, day, of="الادويه")]))
    assert "contradiction" in _kinds(compare_claims(
        [_tonnes("a", 2750, day, of="نترات الامونيوم"), _tonnes("b", 2700, day, of="ماده نترات الامونيوم")]))
    assert "contradiction" in _kinds(compare_claims(
        [_tonnes("a", 2750, day, of="ammonium nitrate"), _tonnes("b", 2700, day, of="نترات الامونيوم")]))


def test_an_amount_in_tonnes_given_on_two_days_is_one_fixed_amount_disputed():
    """1,860 tonnes stored one day, 1,800 the next: the same amount, not a series; worded as
    a running count ("so far") it is one."""
    kinds = _kinds(compare_claims([_tonnes("a", 1860, "2031-08-04"), _tonnes("b", 1800, "2031-08-05")]))
    assert kinds == {"contradiction": [(("a", 1860), ("b", 1800))]}
    kinds = _kinds(compare_claims([_tonnes("a", 1860, "2031-08-04", running=True), _tonnes("b", 1800, "2031-08-05")]))
    assert "contradiction" not in kinds and kinds["update"] == [(("a", 1860), ("b", 1800))]


def _years(article: str, value: float, sentence: int) -> Claim:
    return Claim(article, article.upper(), sentence, 0, 1, f"{value} years", "count", value, value, value,
                 concept="year", published="2031-08-05")


def test_durations_beside_figures_compared_with_each_other_are_compared():
    """"1,840 tonnes ... kept for four years" against "more than 30 tonnes ... seized seven
    years ago": the tonnes tie the two sentences to one fact, so the years are compared; the
    same years in sentences with no such figure are not."""
    anchor_a = replace(_tonnes("a", 1840, "2031-08-05"), sentence=3)
    anchor_b = replace(_tonnes("b", 30, "2031-08-05"), bound="more_than", high=None, sentence=7)
    kinds = _kinds(compare_claims([anchor_a, _years("a", 4, 3), anchor_b, _years("b", 7, 7)]))
    assert kinds["contradiction"] == [(("a", 4), ("b", 7))]
    kinds = _kinds(compare_claims([anchor_a, _years("a", 4, 4), anchor_b, _years("b", 7, 7)]))
    assert "contradiction" not in kinds


def test_a_reference_town_inside_the_others_region_is_one_reference():
    """80 km off Pylos and 75 km off the Peloponnese, the region Pylos lies in, measure one
    position; Pylos and Pyrgos, two towns of it, do not."""
    from crosscheck.compare.slots import same_reference

    assert same_reference("Pylos", "شبه جزيرة بيلوبونيز") and same_reference("بيلوبونيز", "pylos")
    assert not same_reference("Pylos", "Pyrgos")


def test_a_written_range_sits_in_the_agreement_of_each_figure_it_allows():
    """"between 400 and 700 aboard" agrees with 700 and with 400, which dispute each other: it
    joins both agreement sets; "hundreds" (a vague word) joins neither."""
    def aboard(article, value=None, low=None, high=None, bound="exact"):
        return replace(_toll(article, value or 0, "2031-06-14", attribute="aboard"), value=value,
                       low=low if value is None else value, high=high if value is None else value, bound=bound)
    claims = [aboard("a", 700), aboard("b", 700), aboard("c", 400), aboard("d", 400),
              aboard("e", low=400, high=700, bound="range"), aboard("f", low=200, high=999, bound="vague")]
    agreed = _kinds(compare_claims(claims))["agreement"]
    assert (("a", 700), ("b", 700), ("e", None)) in agreed
    assert (("c", 400), ("d", 400), ("e", None)) in agreed
    assert not [a for a in agreed if ("f", None) in a and len(a) > 2]


def test_an_outlet_giving_a_disputed_figure_takes_its_side():
    """The ministry's 340 against another body's later estimate of 80-200: a third outlet
    that prints 340 the same day, worded as a count that reached it and with no source, is
    on the ministry's side of the dispute, not a point of a falling series."""
    reached = replace(_toll("c", 340, "2031-03-02"), running=True)
    claims = [_toll("a", 340, "2031-03-02", source="the health ministry"), reached,
              _toll("b", None, "2031-03-03", bound="vague", low=80, high=200, source="intelligence services")]
    kinds = _kinds(compare_claims(claims))
    [contradiction] = kinds["contradiction"]
    assert ("c", 340) in contradiction
    assert "update" not in kinds
    finding = next(f for f in compare_claims(claims) if f.kind == "contradiction")
    side = {c.article: s for c, s in zip(finding.claims, finding.sides)}
    assert side["a"] == side["c"] != side["b"]


def test_an_equal_figure_from_another_body_or_another_day_takes_no_side():
    """Two bodies that happen to give one figure are two figures; a changing count printed a
    day later is not the figure of the disputed moment."""
    from crosscheck.compare.sets import _gives_same_figure

    ministry = _toll("a", 340, "2031-03-02", source="the health ministry")
    none = StoryReports()
    assert _gives_same_figure(_toll("c", 340, "2031-03-02"), ministry, none)
    assert not _gives_same_figure(_toll("c", 340, "2031-03-02", source="the civil defence"), ministry, none)
    assert not _gives_same_figure(_toll("c", 340, "2031-03-04"), ministry, none)
    next_day = replace(_toll("d", 340, "2031-03-04"), running=True)
    claims = [ministry, next_day,
              _toll("b", None, "2031-03-03", bound="vague", low=80, high=200, source="intelligence services")]
    [contradiction] = _kinds(compare_claims(claims))["contradiction"]
    assert ("d", 340) not in contradiction


def test_a_fixed_amount_printed_on_another_day_is_the_same_figure():
    from crosscheck.compare.sets import _gives_same_figure

    none = StoryReports()
    assert _gives_same_figure(_tonnes("c", 1250, "2031-08-09"), _tonnes("b", 1250, "2031-08-05"), none)
    assert not _gives_same_figure(_tonnes("c", 1250, "2031-08-09", running=True), _tonnes("b", 1250, "2031-08-05"),
                                  none)


def test_an_outlet_still_carrying_the_first_toll_after_its_revision_comes_first_that_day():
    """420 on the 1st, revised to 390 on the 2nd; another outlet still prints "at least 420"
    on the 2nd: its 420 is the older figure of that day, so the series reads 420, 420, 390."""
    claims = [_toll("a", 420, "2031-05-01", source="the health ministry"),
              _toll("b", 390, "2031-05-02", source="the health ministry"),
              _toll("c", 420, "2031-05-02", bound="at_least", source="the health ministry")]
    [update] = [f for f in compare_claims(claims) if f.kind == "update"]
    assert [(c.article, c.value) for c in update.claims] == [("a", 420), ("c", 420), ("b", 390)]


def _nationals(article: str, value: float, published: str, attribute: str | None = "rescued") -> Claim:
    return Claim(article, article.upper(), 0, 0, 1, str(value), "count", value, value, value, bound="exact",
                 attribute=attribute, published=published, concept="nationals:sudan", counted="Sudanese")


def test_a_part_of_a_rescued_group_that_did_not_change_is_disputed_not_updated():
    """31 Sudanese among the 90 rescued on the 3rd, 34 among the same 90 on the 5th: the group
    did not change, so its part cannot have: a dispute. Where the number rescued changed in
    between (90, then 95), the part may have grown: an update."""
    rescued = [_toll("r1", 90, "2031-04-03", attribute="rescued"), _toll("r2", 90, "2031-04-05", attribute="rescued")]
    claims = [_nationals("a", 31, "2031-04-03"), _nationals("b", 34, "2031-04-05"), *rescued]
    kinds = _kinds(compare_claims(claims))
    assert [c for c in kinds.get("contradiction", []) if ("a", 31) in c and ("b", 34) in c]
    grown = [_toll("r1", 90, "2031-04-03", attribute="rescued"), _toll("r2", 95, "2031-04-05", attribute="rescued")]
    kinds = _kinds(compare_claims([_nationals("a", 31, "2031-04-03"), _nationals("b", 34, "2031-04-05"), *grown]))
    assert not [c for c in kinds.get("contradiction", []) if ("a", 31) in c]
    assert [u for u in kinds["update"] if ("a", 31) in u and ("b", 34) in u]


def test_a_part_of_a_rescued_group_given_on_another_day_of_the_same_group_is_the_same_figure():
    """31 Sudanese among the 90 rescued on the 1st and on the 3rd: one figure, printed two
    days (it takes the side of the 3rd's 31 in a dispute); after the number rescued changed,
    no longer."""
    from crosscheck.compare.sets import _gives_same_figure

    joiner, base = _nationals("c", 31, "2031-04-01"), _nationals("a", 31, "2031-04-03")

    def reports(*rescued: Claim) -> StoryReports:
        figures = [joiner, base, *rescued]
        return story_reports(figures, figures, lambda claim: "s")

    same = reports(_toll("r1", 90, "2031-04-01", attribute="rescued"), _toll("r2", 90, "2031-04-03", attribute="rescued"))
    grown = reports(_toll("r1", 85, "2031-04-01", attribute="rescued"), _toll("r2", 90, "2031-04-03", attribute="rescued"))
    assert _gives_same_figure(joiner, base, same)
    assert not _gives_same_figure(joiner, base, grown)


def test_five_figures_of_one_moment_are_a_list_not_a_dispute():
    """Three outlets' three tolls of one day are a dispute; five mutually conflicting tolls
    of one day are several incidents' (a roundup) that the slot does not tell apart."""
    three = [_toll("a", 9, "2031-06-14"), _toll("b", 12, "2031-06-14"), _toll("c", 15, "2031-06-14")]
    assert len(_kinds(compare_claims(three))["contradiction"]) == 1
    five = three + [_toll("d", 31, "2031-06-14"), _toll("e", 4, "2031-06-14")]
    assert "contradiction" not in _kinds(compare_claims(five))


def test_a_named_settlement_is_another_scope_than_a_city_of_the_gazetteer():
    """19 killed in the city (a gazetteer place) against 2 in a named district or town the
    gazetteer does not hold: another place, or a part of that one, never one figure. A
    country's toll still meets it (the town may be in it), and so does a hospital's (the
    site of the city's incident)."""
    day = "2031-06-14"
    assert "contradiction" not in _kinds(compare_claims(
        [_toll("a", 19, day, scope=("baghdad",)), _toll("b", 2, day, scope=("area:الشعب",))]))
    assert "contradiction" in _kinds(compare_claims(
        [_toll("a", 19, day, scope=("iraq",)), _toll("b", 2, day, scope=("area:الشعب",))]))
    assert "contradiction" in _kinds(compare_claims(
        [_toll("a", 19, day, scope=("gaza",)), _toll("b", 2, day, scope=("hospital:الاهلي",))]))


def test_a_province_each_article_gives_beside_its_whole_toll_is_a_part_not_the_storys_place():
    """Every outlet gives the province's toll and, with another value, the national one: the
    province is a part of the story, so the national toll is never set against it (while
    the province's own tolls are still compared)."""
    province = ("al haouz",)
    claims = [_toll("a", 1293, "2032-05-10", scope=province), _toll("a", 2012, "2032-05-10"),
              _toll("b", 1293, "2032-05-10", scope=province), _toll("b", 2012, "2032-05-10"),
              _toll("c", 1100, "2032-05-10", scope=province), _toll("c", 2012, "2032-05-10"),
              _toll("d", 2497, "2032-05-11")]
    findings = compare_claims(claims)
    mixed = [f for f in findings if {c.scope for c in f.claims} == {province, ()}]
    assert mixed == []
    kinds = _kinds(findings)
    assert kinds["contradiction"] == [(("a", 1293), ("b", 1293), ("c", 1100))]
    assert kinds["update"] == [(("a", 2012), ("b", 2012), ("c", 2012), ("d", 2497))]


def test_two_outlets_that_each_print_both_bodies_tolls_give_one_dispute():
    """Each outlet credits 2,100 to the Red Crescent and 2,012 to the ministry: the two
    outlets' disputes share no claim, but they are one disagreement between the bodies."""
    def credited(article, value, body):
        return replace(_toll(article, value, "2032-05-10", source=body), source_ids=(body,))

    claims = [credited("a", 2100, "red crescent"), credited("a", 2012, "health ministry"),
              credited("c", 2012, "health ministry"), credited("c", 2100, "red crescent")]
    [disputed] = _kinds(compare_claims(claims))["contradiction"]
    assert disputed == (("a", 2012), ("a", 2100), ("c", 2012), ("c", 2100))


def test_an_outlet_that_dates_two_statements_of_a_group_disputes_no_one():
    """A sentence group took an outlet's deadline and its election for one statement: that
    outlet gives two days, so it is left out; two outlets that give one day each still
    conflict."""
    from crosscheck.compare.findings import _date_findings
    from crosscheck.models import Cluster, Sentence

    def date(article, outlet, sentence, when, text):
        return Claim(article, outlet, sentence, 0, len(text), text, "date", None, None, None, when=when)

    deadline_a = date("a", "A", 0, "2031-10-26", "26 أكتوبر")
    deadline_b = date("b", "B", 0, "2031-10-26", "26 أكتوبر")
    election_b = date("b", "B", 1, "2032-02-26", "26 فبراير")
    group = Cluster("g1", tuple(Sentence(c.article, c.outlet, c.sentence, 0, 1, "x", "x")
                                for c in (deadline_a, deadline_b, election_b)), 0.9)
    assert [f.kind for f in _date_findings([deadline_a, deadline_b, election_b], [group])] == []
    other_day = date("c", "C", 0, "2031-11-02", "2 نوفمبر")
    group = Cluster("g2", tuple(Sentence(c.article, c.outlet, c.sentence, 0, 1, "x", "x")
                                for c in (deadline_a, other_day)), 0.9)
    assert [f.kind for f in _date_findings([deadline_a, other_day], [group])] == ["contradiction"]


def test_parts_of_one_day_that_share_no_hour_conflict_unless_an_outlet_gives_two():
    """The afternoon against late in the evening of one day: a contradiction, the outlet that
    names no part on no side. An outlet that gives two parts in the group tells two moments,
    and the evening against the late evening is one time."""
    from crosscheck.compare.findings import _date_findings
    from crosscheck.models import Cluster, Sentence

    def date(article, part, sentence=0):
        return Claim(article, article.upper(), sentence, 0, 4, "text", "date", None, None, None,
                     when="2031-06-12", attribute=part)

    def findings(*dates):
        group = Cluster("g1", tuple(Sentence(c.article, c.outlet, c.sentence, 0, 1, "x", "x") for c in dates), 0.9)
        return _date_findings(list(dates), [group])

    [found] = findings(date("a", "afternoon"), date("b", "late evening"), date("c", None))
    assert found.kind == "contradiction" and found.sides == (0, 1, None)
    assert [f.kind for f in findings(date("a", "afternoon"), date("a", "evening", 1), date("b", "late evening"))] \
        == ["agreement"]
    assert [f.kind for f in findings(date("a", "evening"), date("b", "late evening"))] == ["agreement"]


def test_an_update_names_each_step_once_with_the_outlets_that_print_it():
    claims = [_toll("a", 78, "2031-06-14"), _toll("b", 78, "2031-06-14"), _toll("c", 81, "2031-06-15")]
    [update] = [f for f in compare_claims(claims) if f.kind == "update"]
    assert [c.article for c in update.claims] == ["a", "b", "c"]
    assert update.explanation.startswith("one figure reported over time: 2031-06-14: A, B 78 killed")
    assert "-> 2031-06-15: C 81 killed" in update.explanation


def test_two_stories_disputes_of_the_same_figures_stay_two():
    """Equal figures disputed in articles that share none are two disputes (two incidents that
    happen to have the same numbers), not one."""
    claims = [_toll("a", 12, "2031-06-14", scope=("derna",)), _toll("b", 15, "2031-06-14", scope=("derna",)),
              _toll("c", 12, "2031-06-14", scope=("bayda",)), _toll("d", 15, "2031-06-14", scope=("bayda",))]
    found = _kinds(compare_claims(claims)).get("contradiction", [])
    assert sorted(found) == [(("a", 12), ("b", 15)), (("c", 12), ("d", 15))]


def test_a_lower_unplaced_figure_does_not_make_the_storys_place_a_part():
    """An article's 2 dead elsewhere beside the city's 5,300 is no whole: the city stays the
    place the story's unplaced tolls are about, so its 5,300 is still set against 6,000."""
    city = ("derna",)
    claims = [_toll("a", 5300, "2031-09-12", scope=city), _toll("a", 2, "2031-09-12", attribute="wounded"),
              _toll("a", 2, "2031-09-12"), _toll("b", 5300, "2031-09-12", scope=city), _toll("c", 6000, "2031-09-12")]
    disputed = [set(f) for f in _kinds(compare_claims(claims)).get("contradiction", [])]
    assert any({("b", 5300), ("c", 6000)} <= f for f in disputed)


def test_a_toll_revised_weeks_later_is_still_an_update_of_the_story():
    """A disaster's toll is still revised weeks on: 26 days apart, the later figure is the
    next point of the series (past ``ComparisonRule.max_days_apart`` it would be another
    story's)."""
    claims = [_toll("a", 120, "2031-08-08"), _toll("b", 147, "2031-09-03")]
    assert _kinds(compare_claims(claims)).get("update") == [(("a", 120), ("b", 147))]
    far = [_toll("a", 120, "2031-08-08"), _toll("b", 147, "2031-10-03")]
    assert "update" not in _kinds(compare_claims(far))
