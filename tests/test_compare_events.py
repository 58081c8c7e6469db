"""Which occurrence a figure is of when only its article's lead says
(crosscheck.compare.events), on hand-made claims and on invented articles (no model)."""
from __future__ import annotations

from crosscheck.claims.extract import LEAD_EVENT_CUE, claims_of
from crosscheck.compare import comparable, compare_claims
from crosscheck.compare.events import (CONFIRMED_CUE, FOLLOWED_CUE, FOLLOWED_LATER_CUE, SECOND_CUE, SETTLED_CUE,
                                       settle_lead_events)
from crosscheck.models import Article, Claim, Sentence
from crosscheck.text.normalize import normalize


def _magnitude(outlet: str, value: float, event: str | None = None, cue: str | None = None) -> Claim:
    return Claim(outlet.lower(), outlet, 0, 0, 3, str(value), "magnitude", value, value, value,
                 event=event, cue=cue, published="2031-03-02")


def _one_story(claim: Claim) -> None:
    return None


def test_a_lead_read_figure_goes_to_the_occurrence_more_outlets_give_it_for():
    claims = [_magnitude("A", 7.1), _magnitude("B", 7.1), _magnitude("C", 6.2, "second", "a second quake"),
              _magnitude("D", 7.1, "second", LEAD_EVENT_CUE), _magnitude("D", 6.2, "second", LEAD_EVENT_CUE)]
    settled = settle_lead_events(claims, _one_story)
    assert [(c.value, c.event, c.cue) for c in settled[3:]] == [
        (7.1, None, SETTLED_CUE), (6.2, "second", CONFIRMED_CUE)]
    assert settled[:3] == claims[:3]


def test_the_lead_reading_stands_on_a_tie_on_no_support_and_against_its_own_outlet():
    tie = [_magnitude("A", 7.1), _magnitude("C", 7.1, "second", "another quake"),
           _magnitude("D", 7.1, "second", LEAD_EVENT_CUE)]
    alone = [_magnitude("A", 7.1), _magnitude("D", 5.0, "second", LEAD_EVENT_CUE)]
    own = [_magnitude("D", 7.1), _magnitude("D", 7.1, "second", LEAD_EVENT_CUE)]
    for claims in (tie, alone, own):
        assert settle_lead_events(claims, _one_story)[-1].event == "second"


def _figure_at(claim_type: str, outlet: str, value: float, sentence: int, event: str | None = None,
               cue: str | None = None) -> Claim:
    return Claim(outlet.lower(), outlet, sentence, 0, 3, str(value), claim_type, value, value, value,
                 unit="km" if claim_type == "depth" else None, event=event, cue=cue, published="2031-03-02")


def test_an_even_figure_follows_the_figure_its_article_settled_just_before():
    """D's 7.1 is settled to the dawn quake by two outlets; its depth in the next sentence,
    4 km, is given for the dawn quake by one outlet and for the second by one: even, so it
    follows the 7.1. Three sentences on, an even figure keeps the lead's reading."""
    claims = [_figure_at("magnitude", "A", 7.1, 0), _figure_at("magnitude", "B", 7.1, 0),
              _figure_at("depth", "A", 4, 1), _figure_at("depth", "C", 4, 1, "second", "another quake"),
              _figure_at("magnitude", "D", 7.1, 4, "second", LEAD_EVENT_CUE),
              _figure_at("depth", "D", 4, 5, "second", LEAD_EVENT_CUE),
              _figure_at("depth", "D", 4, 8, "second", LEAD_EVENT_CUE)]
    settled = settle_lead_events(claims, _one_story)
    assert [(c.sentence, c.event, c.cue) for c in settled[4:]] == [
        (4, None, SETTLED_CUE), (5, None, FOLLOWED_CUE), (8, "second", LEAD_EVENT_CUE)]


def test_only_a_settled_figure_is_followed_and_only_the_one_just_before():
    """A followed figure passes nothing on (D's 4 km at sentence 7 follows no followed 4 km at
    5), and a figure of the second quake between breaks the line (E's 4 km after its 6.0 is
    the second quake's, as that one is)."""
    claims = [_figure_at("magnitude", "A", 7.1, 0), _figure_at("magnitude", "B", 7.1, 0),
              _figure_at("depth", "A", 4, 1), _figure_at("depth", "C", 4, 1, "second", "another quake"),
              _figure_at("magnitude", "D", 7.1, 4, "second", LEAD_EVENT_CUE),
              _figure_at("depth", "D", 4, 5, "second", LEAD_EVENT_CUE),
              _figure_at("depth", "D", 4, 7, "second", LEAD_EVENT_CUE),
              _figure_at("magnitude", "E", 7.1, 2, "second", LEAD_EVENT_CUE),
              _figure_at("magnitude", "E", 6.0, 3, "second", "second quake"),
              _figure_at("depth", "E", 4, 3, "second", LEAD_EVENT_CUE)]
    settled = settle_lead_events(claims, _one_story)
    assert [(c.outlet, c.sentence, c.cue) for c in settled[4:]] == [
        ("D", 4, SETTLED_CUE), ("D", 5, FOLLOWED_CUE), ("D", 7, LEAD_EVENT_CUE),
        ("E", 2, SETTLED_CUE), ("E", 3, "second quake"), ("E", 3, FOLLOWED_LATER_CUE)]


def test_a_figure_after_the_later_occurrences_own_goes_with_it_against_the_other_outlets():
    """D's lead tells the second quake's 6.2 by its own words, and the next sentence its depth,
    4 km, which two outlets give for the dawn quake: it stays the second's (a depth after its
    magnitude). F's 6.2 is read by its lead and two outlets give 6.2 for the second quake:
    so is its 4 km. G's second magnitude, 7.1, is another quake told, and is settled."""
    claims = [_figure_at("depth", "A", 4, 1), _figure_at("depth", "B", 4, 1),
              _figure_at("magnitude", "A", 7.1, 0), _figure_at("magnitude", "B", 7.1, 0),
              _figure_at("magnitude", "C", 6.2, 0, "second", "another quake"),
              _figure_at("magnitude", "E", 6.2, 0, "second", "another quake"),
              _figure_at("magnitude", "D", 6.2, 0, "second", "a second quake"),
              _figure_at("depth", "D", 4, 1, "second", LEAD_EVENT_CUE),
              _figure_at("magnitude", "F", 6.2, 0, "second", LEAD_EVENT_CUE),
              _figure_at("depth", "F", 4, 2, "second", LEAD_EVENT_CUE),
              _figure_at("magnitude", "G", 6.2, 0, "second", "a second quake"),
              _figure_at("magnitude", "G", 7.1, 1, "second", LEAD_EVENT_CUE)]
    settled = settle_lead_events(claims, _one_story)
    assert [(c.outlet, c.event, c.cue) for c in settled[7:]] == [
        ("D", "second", FOLLOWED_LATER_CUE), ("F", "second", CONFIRMED_CUE), ("F", "second", FOLLOWED_LATER_CUE),
        ("G", "second", "a second quake"), ("G", None, SETTLED_CUE)]


def test_other_stories_give_no_support():
    claims = [_magnitude("A", 7.1), _magnitude("B", 7.1), _magnitude("D", 7.1, "second", LEAD_EVENT_CUE)]
    story = {"a": "s1", "b": "s1", "d": "s2"}
    assert settle_lead_events(claims, lambda c: story[c.article])[-1].event == "second"


def _article(outlet: str, *texts: str) -> tuple[Article, list[Sentence]]:
    text = " ".join(texts)
    article = Article(outlet.lower(), outlet, text, f"{outlet}.txt", published="2031-03-02")
    sentences, start = [], 0
    for n, t in enumerate(texts):
        sentences.append(Sentence(article.id, outlet, n, start, start + len(t), t, normalize(t)))
        start += len(t) + 1
    return article, sentences


def test_an_article_led_by_the_second_quake_that_tells_the_first_one_is_compared_on_both():
    """The lead is about the afternoon quake; the body's 7.1 is the dawn one, as two other
    outlets say: it agrees with theirs and is no dispute with the second quake's 6.2."""
    led = _article("Lead", "A second strong earthquake shook the valley on Sunday with a magnitude of 6.2.",
                   "The agency said the 7.1 magnitude quake struck at dawn near the dam.")
    first = _article("First", "An earthquake of magnitude 7.1 shook the valley at dawn on Sunday.")
    other = _article("Other", "The dawn earthquake in the valley measured 7.1, the agency said.")
    second = _article("Second", "Hours later, another quake of magnitude 6.2 hit the valley.")
    articles = [led[0], first[0], other[0], second[0]]
    claims = claims_of(articles, led[1] + first[1] + other[1] + second[1])
    led_claims = [c for c in claims if c.outlet == "Lead" and c.claim_type == "magnitude"]
    assert [(c.value, c.event) for c in led_claims] == [(6.2, "second"), (7.1, "second")]
    assert led_claims[1].cue == LEAD_EVENT_CUE
    findings = compare_claims(claims)
    assert not [f for f in findings if f.kind == "contradiction"]
    agreed = {tuple(sorted((c.outlet, c.value) for c in f.claims)) for f in findings if f.kind == "agreement"}
    assert (("First", 7.1), ("Lead", 7.1), ("Other", 7.1)) in agreed
    assert (("Lead", 6.2), ("Second", 6.2)) in agreed


def test_magnitudes_units_apart_are_two_events():
    """An aftershock written as "a new quake" (5.1 against the second quake's 7.4) is never
    set against that quake; agencies' magnitudes of one event, tenths or a unit apart, are."""
    assert comparable(_magnitude("A", 7.4, "second"), _magnitude("B", 7.0, "second"))
    assert comparable(_magnitude("A", 3.4, None), _magnitude("B", 4.6, None))
    assert not comparable(_magnitude("A", 7.4, "second"), _magnitude("B", 5.1, "second"))


def test_an_aftershock_the_other_outlets_call_the_second_quake_is_the_second():
    """One outlet calls the afternoon's 6.4 an aftershock; two others give 6.4 for the second
    quake: it is the second quake's. A 5.2 aftershock no one gives for the second stays."""
    claims = [_magnitude("A", 6.4, "aftershock", "aftershocks"), _magnitude("B", 6.4, "second", "another"),
              _magnitude("C", 6.4, "second", "another"), _magnitude("D", 5.2, "aftershock", "aftershock")]
    settled = settle_lead_events(claims, _one_story)
    assert [(c.event, c.cue) for c in settled] == [
        ("second", SECOND_CUE), ("second", "another"), ("second", "another"), ("aftershock", "aftershock")]
