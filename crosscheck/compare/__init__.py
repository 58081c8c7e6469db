"""Claims -> Findings: agreement, contradiction, update, uncorroborated.

Claims are compared within one story (``CrossChecker.check`` groups the articles into stories,
:func:`crosscheck.stories.index_stories`; an article left alone joins the story its sentences
are grouped with, :func:`crosscheck.stories.join_loners`), within one region of it (the
countries the articles' leads name, :func:`crosscheck.stories.story_regions`) and only when their slot matches
(:mod:`~crosscheck.compare.slots`): the same measured thing, scope, event and moment. Only
figures an outlet asserts are compared: a withdrawn or denied figure or a projection is not,
and a figure of a past year only with figures of that year (:func:`is_compared`).

A magnitude or depth read as a later occurrence's only because its article's lead reports
one goes to the first occurrence when more of the story's other outlets give it for that one,
and an aftershock's magnitude to the second occurrence on the same terms
(:mod:`~crosscheck.compare.events`). Compared claims whose intervals overlap agree (:mod:`~crosscheck.compare.intervals`);
disjoint intervals conflict. A conflict between two figures of a changing count is an update
or a dispute (:func:`~crosscheck.compare.series.conflict_kind`, reading what the story
reports over time, :class:`~crosscheck.compare.series.StoryReports`): one series when the
figures were reported on different days or hours apart, corrected, or worded as a running
count; a dispute when sources give different figures for the same moment in sentences that
state the same thing, when a lower count is given before and after a higher one, or when
another body's later figure is much lower. Findings (:mod:`~crosscheck.compare.findings`):

* a ``contradiction`` for each set of claims joined by disputes, each claim with a side
  (claims on one side agree with each other; a claim compatible with several sides gets none),
  but for a changing count with more than ``MAX_DISPUTE_SIDES`` sides: a list of incidents'
  figures, not accounts of one; and, in a check, a dispute of tolls only where two of its
  sides come from articles that state a claim in common (:func:`told_together`: a story a
  check infers may join two incidents of one kind);
* an ``agreement`` for each set of claims that all agree (two or more outlets; a wide figure
  may sit in two sets, it joins none of them into one);
* an ``update`` for each series, its claims in time order (a falling figure is a revision).

A number no other outlet's claim is compared with is ``uncorroborated``. Sentence groups give
a ``statement`` agreement each, and a ``date`` finding when their sentences each name one day.
Roles of an event (who asked, where, who caused it) give a contradiction with a severity or an
agreement, and the words outlets use for one actor a ``framing`` finding
(:mod:`~crosscheck.compare.roles`). One figure that outlets credit to different bodies is an
``attribution`` contradiction of low severity (:mod:`~crosscheck.compare.sources`).
"""
from __future__ import annotations

from ..claims.actors import ActorBook
from ..claims.extract import claims_of, index_claims
from ..models import Article, Claim, Cluster, Finding, Sentence
from ..stories import CROSS_LANGUAGE_BONUS, index_stories, join_loners, story_regions, text_language
from .events import settle_lead_events
from .findings import (
    _date_findings, _group_agreement, _ordered, _set_findings, _uncorroborated, describe, told_together,
)
from .intervals import agree, overlap
from .nearby import LOOK_BACK_FACTOR, Nearby, nearby_in, nearby_sentences
from .roles import (
    cause_findings, day_findings, framing_findings, is_role, placed_areas, reference_findings, role_findings,
)
from .rule import CHANGING_TYPES, EVENT_TYPES, GROUP_ONLY_TYPES, NUMERIC_TYPES, ComparisonRule
from .series import story_reports
from .sets import _comparison_sets, _split_conflicts, _statement_relation, sides_of
from .slots import _settle_earlier, comparable, is_compared, story_places
from .sources import source_findings

__all__ = [
    "CHANGING_TYPES", "EVENT_TYPES", "GROUP_ONLY_TYPES", "LOOK_BACK_FACTOR", "NUMERIC_TYPES",
    "ComparisonRule", "Nearby", "agree", "comparable", "compare", "compare_claims",
    "compare_index", "describe", "is_compared", "nearby_sentences", "overlap", "sides_of", "told_together",
    "story_places",
]


def compare(articles: list[Article], sentences: list[Sentence], clusters: list[Cluster],
            claims: list[Claim] | None = None, rule: ComparisonRule = ComparisonRule(),
            near: dict[tuple[str, int], set[tuple[str, int]]] | None = None,
            stories: dict[str, str] | None = None, similarity=None,
            told: dict[str, frozenset[str]] | None = None) -> list[Finding]:
    """All findings of a run: statement groups, compared numbers, dates, single-source numbers.

    Args:
        articles: The articles of the run.
        sentences: Their sentences.
        clusters: Sentence groups (the same claim in several outlets).
        claims: Claims already read (:func:`crosscheck.claims.extract.claims_of`), or None to
            read them here.
        rule: When claims are compared.
        near: For each sentence key, the sentences near it in the index
            (:func:`nearby_sentences`): two figures of one moment in near sentences state
            the same thing (a dispute, not a series), and only their claims are compared,
            but for story-wide figures (``STORY_WIDE_TYPES``) when ``stories`` are given;
            None compares the claims of every two articles.
        stories: The story of each article (:func:`crosscheck.stories.index_stories`, as
            ``CrossChecker.check`` passes it): claims are compared within one story only, and
            not across two of its regions (:func:`crosscheck.stories.story_regions`: the
            countries the articles' leads name, joined by articles that name several or that
            state one claim).
        similarity: The cosine of two sentences, by key (``compare_index`` passes the
            index's): how alike two near sentences are decides whether their unattributed
            figures of one moment dispute each other (``rule.min_dispute_similarity``); None
            takes near sentences as alike.
        told: The sentence groups each article has a sentence in (:func:`told_together` of
            the clusters, as ``compare_index`` passes them): given, a contradiction of tolls
            needs two of its sides told by articles that share one (the stories a check
            infers may join two incidents of one kind); None sets no such condition.

    Returns:
        Findings, contradictions first, then updates, agreements, single-source numbers.
    """
    claims = claims_of(articles, sentences) if claims is None else claims
    groups = {m.key: c.id for c in clusters for m in c.members}
    story_of = (lambda claim: stories.get(claim.article)) if stories else (lambda claim: None)
    numeric = settle_lead_events(_compared_figures(claims), story_of)
    regions = story_regions(stories, articles, sentences, clusters) if stories else None
    compared = _comparison_sets(numeric, rule, groups, near, stories, regions)
    reports = story_reports(numeric, claims, story_of)
    alike = _statement_relation(groups, near, similarity)
    disputed, series = _split_conflicts(compared, rule, alike, reports)
    findings = [_group_agreement(c) for c in clusters]
    findings += _set_findings(compared, disputed, series, groups, told)
    findings += _date_findings([c for c in claims if c.claim_type == "date" and not is_role(c)], clusters, stories)
    findings += _uncorroborated(numeric, compared)
    book = ActorBook().learn_texts([[m.text for m in c.members] for c in clusters])
    roles = placed_areas([book.applied(c) for c in claims if is_role(c) or c.claim_type == "framing"],
                         numeric, story_of)
    findings += role_findings(roles, story_of)
    findings += cause_findings(roles, story_of)
    same_statement = lambda a, b: alike(a, b) >= rule.min_dispute_similarity  # noqa: E731
    by_key = {s.key: s for s in sentences}
    findings += reference_findings(numeric, same_statement, story_of, by_key)
    findings += source_findings(numeric, by_key, story_of)
    findings += day_findings(roles, same_statement, story_of)
    findings += framing_findings(roles)
    return _ordered(findings)


def _compared_figures(claims: list[Claim]) -> list[Claim]:
    """The figures that are compared: asserted for this event, an earlier one alone in its
    article taken as current."""
    return _settle_earlier([c for c in claims if c.claim_type in NUMERIC_TYPES and is_compared(c)])


def compare_index(index, clusters: list[Cluster], claims: list[Claim] | None = None,
                  rule: ComparisonRule = ComparisonRule(), nearby: Nearby | None = None
                  ) -> tuple[list[Finding], Nearby]:
    """:func:`compare` of everything in a ``SentenceIndex``: what ``CrossChecker.check`` does.
    Claims are compared within each story (:func:`crosscheck.stories.index_stories`); nearby
    sentences (:func:`nearby_sentences`) tell which figures state the same thing.

    Args:
        index: The index the clusters were grouped from.
        clusters: Its sentence groups.
        claims: Its claims already read, or None to read them here.
        rule: When claims are compared.
        nearby: The nearby sentences an earlier check found on the index's first rows: only
            the sentences added since are searched.

    Returns:
        The findings, and the nearby sentences of the whole index (for the next check).
    """
    claims = index_claims(index).claims if claims is None else claims
    nearby = nearby_in(index, claims, rule, nearby)
    findings = compare(index.articles, index.sentences, clusters, claims=claims, rule=rule,
                       near=nearby.near, stories=join_loners(index_stories(index), clusters),
                       similarity=_similarity(index), told=told_together(clusters))
    return findings, nearby


def _similarity(index):
    """Cosine of two sentences of ``index``, by key, raised by ``CROSS_LANGUAGE_BONUS`` for
    an Arabic and an English sentence (the model puts a sentence and its translation further
    apart than two wordings in one language). Each sentence's vector is read once."""
    rows = {s.key: n for n, s in enumerate(index.sentences)}
    read: dict[tuple[str, int], tuple] = {}

    def vector(key: tuple[str, int]) -> tuple:
        if key not in read:
            row = rows[key]
            read[key] = (index.vectors([row])[0], text_language(index.sentences[row].text))
        return read[key]

    def cosine(a: tuple[str, int], b: tuple[str, int]) -> float:
        (va, la), (vb, lb) = vector(a), vector(b)
        return float(va @ vb) + (CROSS_LANGUAGE_BONUS if la != lb else 0.0)
    return cosine


def compare_claims(claims: list[Claim], rule: ComparisonRule = ComparisonRule()) -> list[Finding]:
    """Compare claims of different articles without sentence groups.

    Returns:
        The ``agreement``, ``contradiction`` and ``update`` findings among ``claims``.
    """
    numeric = settle_lead_events(_compared_figures(claims), lambda claim: None)
    compared = _comparison_sets(numeric, rule, {})
    reports = story_reports(numeric, claims, lambda claim: None)
    disputed, series = _split_conflicts(compared, rule, _statement_relation({}, None), reports)
    return _ordered(_set_findings(compared, disputed, series, {}))
