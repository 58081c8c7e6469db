"""Compared claims as a graph: agree and conflict edges, connected sets, sides, and the
split of conflicts into disputes and update series."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import combinations

from ..models import Claim, published_date
from .intervals import _interval, _width, agree, is_vague, overlap
from .nearby import Near
from .rule import GROUP_ONLY_TYPES, STORY_WIDE_TYPES, ComparisonRule
from .series import StoryReports, _different_sources, _time_order, conflict_kind, fixed_figure, two_bodies
from .slots import _slot_key, _who_class, comparable, is_duration, story_places


@dataclass
class _Compared:
    """Which claims were compared: ``agree`` and ``conflict`` edges by claim index."""

    agree: set[tuple[int, int]]
    conflict: set[tuple[int, int]]
    claims: list[Claim]
    _partners: dict[int, set[int]] = field(default_factory=dict)
    _agrees_with: dict[int, set[int]] = field(default_factory=dict)
    _conflicts_with: dict[int, set[int]] = field(default_factory=dict)
    #: Claims that give a disputed claim's figure, by disputed claim (:func:`_same_figure`).
    same_figure: dict[int, set[int]] = field(default_factory=dict)

    def add(self, i: int, j: int, agree: bool) -> None:
        (self.agree if agree else self.conflict).add((min(i, j), max(i, j)))
        edges = self._agrees_with if agree else self._conflicts_with
        for a, b in ((i, j), (j, i)):
            self._partners.setdefault(a, set()).add(b)
            edges.setdefault(a, set()).add(b)

    def partners(self, i: int) -> set[int]:
        return self._partners.get(i, set())

    def agrees_with(self, i: int) -> set[int]:
        return self._agrees_with.get(i, set())

    def conflicts_with(self, i: int) -> set[int]:
        return self._conflicts_with.get(i, set())


def _comparison_sets(claims: list[Claim], rule: ComparisonRule, groups: dict[tuple[str, int], str],
                     near: dict[tuple[str, int], set[tuple[str, int]]] | None = None,
                     stories: dict[str, str] | None = None,
                     regions: dict[str, tuple[str, str] | None] | None = None) -> _Compared:
    """The compared pairs of claims: agree and conflict edges.

    ``stories`` (article id -> story id) keeps the comparison within each story, and
    ``regions`` (:func:`~crosscheck.stories.story_regions`) within one region of it; ``near``
    (from :func:`~crosscheck.compare.nearby.nearby_sentences`) limits it to claims of nearby
    sentences, story-wide figures excepted when stories are given (:data:`STORY_WIDE_TYPES`:
    a toll or a magnitude is one slot across the story, whatever the sentence); with
    neither, every two claims of a slot are compared.
    """
    buckets: dict[tuple, list[int]] = {}
    story_of = (lambda claim: stories.get(claim.article)) if stories is not None else (lambda claim: None)
    for i, claim in enumerate(claims):
        buckets.setdefault((story_of(claim), *_slot_key(claim)), []).append(i)
    places = story_places(claims, story_of)
    compared = _Compared(set(), set(), claims)
    anchored: set[frozenset] = set()
    durations_last = sorted(buckets.items(), key=lambda item: is_duration(claims[item[1][0]]))
    for (story, claim_type, *_), members in durations_last:
        story_wide = stories is not None and claim_type in STORY_WIDE_TYPES
        for i, j in _candidate_pairs(members, claims, None if story_wide else near):
            a, b = claims[i], claims[j]
            if _two_regions(a, b, regions):
                continue
            same_group = _group_of(a, groups) is not None and _group_of(a, groups) == _group_of(b, groups)
            together = same_group or (is_duration(a) and _sentences(a, b) in anchored)
            if comparable(a, b, rule, together, places.get(story, frozenset())):
                compared.add(i, j, agree(a, b))
                if not is_duration(a):
                    anchored.add(_sentences(a, b))
    return compared


def _two_regions(a: Claim, b: Claim, regions: dict[str, tuple[str, str] | None] | None) -> bool:
    """Are the claims' articles of two regions of their story (each lead names its countries)?"""
    if not regions:
        return False
    ra, rb = regions.get(a.article), regions.get(b.article)
    return ra is not None and rb is not None and ra != rb


def _sentences(a: Claim, b: Claim) -> frozenset:
    """The two sentences of a pair of claims: two sentences that give a compared figure each
    (the tonnes stored) state the same fact, and a duration beside them ("for six years",
    "nine years ago") is compared as a sentence group's would be."""
    return frozenset({(a.article, a.sentence), (b.article, b.sentence)})


def _candidate_pairs(members: list[int], claims: list[Claim],
                     near: dict[tuple[str, int], set[tuple[str, int]]] | None):
    """Pairs ``(i, j)``, ``i < j``, of one slot's claims; of nearby sentences only when given."""
    if near is None:
        yield from combinations(members, 2)
        return
    by_sentence: dict[tuple[str, int], list[int]] = {}
    for i in members:
        by_sentence.setdefault((claims[i].article, claims[i].sentence), []).append(i)
    for key, mine in by_sentence.items():
        for other in near.get(key, ()):
            if other > key and other in by_sentence:
                for i in mine:
                    for j in by_sentence[other]:
                        yield min(i, j), max(i, j)


def _group_of(claim: Claim, groups: dict[tuple[str, int], str]) -> str | None:
    return groups.get((claim.article, claim.sentence))


def _components(n: int, edges: set[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        parent[root(i)] = root(j)
    sets: dict[int, set[int]] = {}
    for i, j in edges:
        for k in (i, j):
            sets.setdefault(root(k), set()).add(k)
    return sorted(sorted(m) for m in sets.values())


def sides_of(members: list[int], compared: _Compared) -> dict[int, int | None]:
    """Side of each claim of a conflicting set: narrowest claims first, each joins the one side
    it agrees with and conflicts with no member of; a claim that fits several sides gets None."""
    order = sorted(members, key=lambda i: (_width(compared.claims[i]), i))
    sides: list[set[int]] = []
    side_of: dict[int, int | None] = {}

    def fits(i: int, side: set[int]) -> bool:
        """Agrees with a member (compared, or by value where the two were never compared: two
        outlets' 15 stay on one side), conflicts with none, and overlaps every member."""
        claims = compared.claims
        agrees = not compared.agrees_with(i).isdisjoint(side) or any(agree(claims[i], claims[k]) for k in side)
        return agrees and compared.conflicts_with(i).isdisjoint(side) and all(
            overlap(claims[i], claims[k]) for k in side)

    for i in order:
        fitting = [s for s, side in enumerate(sides) if fits(i, side)]
        if len(fitting) > 1:
            side_of[i] = None
            continue
        if not fitting:
            sides.append(set())
            fitting = [len(sides) - 1]
        sides[fitting[0]].add(i)
        side_of[i] = fitting[0]
    for i, s in list(side_of.items()):
        if s is not None and any(fits(i, side) for n, side in enumerate(sides) if n != s):
            side_of[i] = None
    return side_of


def _split_conflicts(compared: _Compared, rule: ComparisonRule, statement,
                     reports: StoryReports | None = None) -> tuple[_Compared, set[tuple[int, int]]]:
    """Agreements with the disputes (conflicts that are no update), and the update edges.

    ``statement(a, b)`` tells how surely two claims' sentences state the same thing;
    ``reports`` what the story reports over time (:class:`~crosscheck.compare.series.StoryReports`).
    Two current figures that are two quantities are no update (:func:`_two_quantities`). A
    dispute is between outlets: two articles of one outlet, or an article that also gives the
    other figure (it reports two figures, so it disputes neither), are no dispute, unless the
    two figures are two named bodies' (:func:`~crosscheck.compare.series.two_bodies`): a
    civil defence chief's 180 against the ministry's 260 is a dispute between the bodies, and
    an outlet that prints both stands on both sides of it.
    """
    reports = reports or StoryReports()
    disputed = _Compared(set(), set(), compared.claims)
    updates = set()
    listing = _listing_articles(compared.claims)
    for i, j in sorted(compared.agree):
        disputed.add(i, j, True)
    for i, j in sorted(compared.conflict):
        a, b = compared.claims[i], compared.claims[j]
        kind = conflict_kind(a, b, rule, statement(a, b), reports)
        if kind == "update" and not _two_quantities(compared, i, j, listing):
            updates.add((i, j))
        elif kind == "dispute" and a.outlet != b.outlet and (two_bodies(a, b) or (
                not _states_both(compared, i, j) and not _from_a_list(a, b, listing))):
            disputed.add(i, j, False)
    disputed.same_figure, joined_against = _same_figure(compared, disputed, rule, statement, reports)
    return disputed, updates - joined_against


def _same_figure(compared: _Compared, disputed: _Compared, rule: ComparisonRule, statement,
                 reports: StoryReports) -> tuple[dict[int, set[int]], set[tuple[int, int]]]:
    """For each disputed claim, the claims of other outlets that give its figure and so take
    its side: a claim whose interval lies inside the disputed claim's, from no other named
    body, joins when the disputed claim, published on the joiner's day, would still dispute
    each claim it disputes (:func:`conflict_kind`). Two outlets that print the ministry's
    340 against an estimate of 80-200 are on one side of that dispute, even where one words
    its 340 as a count that "reached" it, or its sentence was compared with none of the
    other side's. Returns the joiners by disputed claim, and the pairs each joiner now
    disputes (no longer points of one series)."""
    claims = compared.claims
    joined: dict[int, set[int]] = {}
    pairs: set[tuple[int, int]] = set()
    for base in sorted({i for edge in disputed.conflict for i in edge}):
        against = disputed.conflicts_with(base)
        for k in sorted(compared.agrees_with(base)):
            joiner = claims[k]
            if not _gives_same_figure(joiner, claims[base], reports) or any(
                    joiner.outlet == claims[o].outlet or reports.corrects(joiner, claims[o]) for o in against):
                continue
            as_joiner = replace(claims[base], published=joiner.published)
            if all(conflict_kind(as_joiner, claims[o], rule, statement(claims[base], claims[o]), reports) == "dispute"
                   for o in against):
                joined.setdefault(base, set()).add(k)
                pairs.update((min(k, o), max(k, o)) for o in against)
    return joined, pairs


def _gives_same_figure(joiner: Claim, base: Claim, reports: StoryReports) -> bool:
    """Does ``joiner`` state ``base``'s figure (its interval inside ``base``'s) as current, on
    the same day (any day, for a figure that cannot change: :func:`fixed_figure`, or a part
    of a group the story gives one size on both days: :meth:`StoryReports.settled_group`),
    and from no other named body (two bodies that happen to give one figure are two figures)?"""
    low, high = _interval(joiner)
    base_low, base_high = _interval(base)
    return (joiner.value is not None and base_low <= low and high <= base_high
            and joiner.time_role == "current" and not _different_sources(joiner, base)
            and (published_date(joiner.published) == published_date(base.published)
                 or fixed_figure(joiner, base) or reports.settled_group(joiner, base)))


def _listing_articles(claims: list[Claim]) -> set[tuple]:
    """:func:`_listing_key` of each article that gives several conflicting figures of one weak
    slot (shares, amounts, counts of an unnamed thing), or several conflicting current tolls
    of one scope (a hospital's toll and the war's, unnamed): a list of different quantities,
    which the slot does not tell apart, so none of them is disputed, nor, for amounts, shares
    and counts, a point of a series (:func:`_two_quantities`). Figures that overlap ("more than 200" wounded, then 212) are
    one quantity worded twice, no list; nor does a vague one ("several rockets" beside 550)
    make a list."""
    given: dict[tuple, list[Claim]] = {}
    for claim in claims:
        listed = claim.claim_type in GROUP_ONLY_TYPES or (
            claim.claim_type == "casualties" and claim.time_role == "current" and claim.value is not None)
        if listed:
            given.setdefault(_listing_key(claim), []).append(claim)
    return {key for key, found in given.items()
            if any(not is_vague(a) and not is_vague(b) and a.value != b.value and not overlap(a, b)
                   for a, b in combinations(found, 2))}


def _listing_key(claim: Claim) -> tuple:
    if claim.claim_type != "casualties":
        return claim.article, _slot_key(claim), (), None
    return claim.article, _slot_key(claim), claim.scope, _who_class(claim.who)


def _two_quantities(compared: _Compared, i: int, j: int, listing: set[tuple]) -> bool:
    """Are two figures, both given as current, two quantities rather than points of one
    series: one article gives both ("6 this week, of the 40 bought" against another outlet's
    40), or one of them comes from an article that lists several amounts, shares or counts of
    their slot (:func:`_listing_articles`: a bank's figures, a budget's lines)? An article
    that quotes one as earlier ("up from 54", "from 3.5% to 3.6%") tells a series."""
    a, b = compared.claims[i], compared.claims[j]
    if not a.time_role == b.time_role == "current":
        return False
    return (a.claim_type in GROUP_ONLY_TYPES and _from_a_list(a, b, listing)) or _states_both(compared, i, j)


def _from_a_list(a: Claim, b: Claim, listing: set[tuple]) -> bool:
    """Does either claim come from an article that lists its slot's figures (:func:`_listing_articles`)?"""
    return bool({_listing_key(a), _listing_key(b)} & listing)


def _states_both(compared: _Compared, i: int, j: int) -> bool:
    """Does the article of one claim also give a figure that agrees with the other? A vague
    figure ("hundreds") agrees with too much to count as giving the other side."""
    claims = compared.claims
    return (any(claims[k].article == claims[i].article and claims[k].value is not None
                for k in compared.agrees_with(j))
            or any(claims[k].article == claims[j].article and claims[k].value is not None
                   for k in compared.agrees_with(i)))


def _statement_relation(groups: dict[tuple[str, int], str], near: Near | None, similarity=None):
    """How surely two claims' sentences state the same thing, 0 to 1: 1 in one sentence group
    (or without ``near``, no index: any two sentences may), their cosine when near each other
    in the index (1 when ``similarity``, a cosine of two sentence keys, is not given), else 0."""
    def alike(a: Claim, b: Claim) -> float:
        ka, kb = (a.article, a.sentence), (b.article, b.sentence)
        if near is None or (groups.get(ka) is not None and groups.get(ka) == groups.get(kb)):
            return 1.0
        if kb not in near.get(ka, ()):
            return 0.0
        return 1.0 if similarity is None else similarity(ka, kb)
    return alike


def _series(claims: list[Claim], updates: set[tuple[int, int]]) -> list[list[int]]:
    """Each connected set of update edges, its claims in time order (:func:`_time_order`)."""
    out = []
    for members in _components(len(claims), updates):
        order = _time_order([claims[i] for i in members])
        out.append([members[n] for n in order])
    return out
