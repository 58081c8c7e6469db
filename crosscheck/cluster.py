"""Cross-outlet grouping of sentences that state the same claim.

The embedding proposes, cheap evidence decides. On the seeds, same-claim pairs have cosine
0.85-0.999 while unrelated pairs reach 0.92, so no cosine threshold alone separates them.

1. Candidates: faiss k-nearest neighbours of each sentence among other outlets' sentences,
   at or above ``floor`` (never an all-pairs loop).
2. Evidence: the pair's score is its cosine plus ``lexical_weight`` times the share of
   content words the two have in common, each word weighted by its inverse document
   frequency in the collection (rare names and numbers count, the story's everyday words
   such as the capital's name hardly do).
3. Groups: pairs scoring at least ``accept`` are merged best-first, and two partial groups
   join only while the mean score of all their cross-outlet pairs stays at or above
   ``accept - link_margin`` (average linkage), so one loose pair cannot chain two
   different claims into one blob.

Articles published more than ``max_days_apart`` days apart are never grouped: the same
words a year later (an appeal for a political solution, say) report another event.

A group records its members, its outlets and its cohesion (mean cosine of its pairs).
"""
from __future__ import annotations

import itertools
import math
from collections import Counter
from dataclasses import asdict, dataclass, field

import numpy as np

from .index import SentenceIndex
from .models import Cluster, Sentence, published_date
from .text import content_words, numbers
from .text.normalize import WordProfile, profile_overlap


@dataclass(frozen=True)
class GroupingRule:
    """When sentences from different outlets are taken to state the same claim.

    Attributes:
        neighbours: How many nearest neighbours faiss proposes per sentence.
        floor: No pair below this cosine is considered.
        accept: Minimum pair score (cosine + lexical_weight * weighted word overlap).
        lexical_weight: Weight of the word evidence in the score.
        link_margin: How far below ``accept`` the mean score of two joining groups may be.
        min_words: Sentences with fewer content words (bylines, teasers) are not grouped.
        max_days_apart: Sentences of articles published further apart are not grouped.
    """

    neighbours: int = 12
    floor: float = 0.86
    accept: float = 0.92
    lexical_weight: float = 0.1
    link_margin: float = 0.0
    min_words: int = 3
    max_days_apart: int = 14


@dataclass(frozen=True)
class Pair:
    """A candidate pair of sentences (row ids in the index) and its evidence."""

    a: int
    b: int
    cosine: float
    overlap: float
    shared_numbers: tuple[str, ...]
    score: float


class _Evidence:
    """Content words, their document frequencies and pair scores for one collection.

    Profiles and number sets are read per sentence on first use, so adding sentences to a
    large index reads only the sentences the new pairs touch.
    """

    def __init__(self, index: SentenceIndex, rule: GroupingRule, df: Counter[str]):
        self.sentences, self.vectors, self.rule = index.sentences, index.vectors(), rule
        self.published = {a.id: published_date(a.published) for a in index.articles}
        self.df, self.n = df, len(self.sentences) + 1
        self._idf: dict[str, float] = {}
        self._profiles: dict[int, WordProfile] = {}
        self._numbers: dict[int, set[str]] = {}
        self._scores: dict[tuple[int, int], float] = {}

    def words(self, row: int) -> tuple[tuple[str, ...], ...]:
        return content_words(self.sentences[row].norm)

    def idf(self, variant: str) -> float:
        if variant not in self._idf:
            self._idf[variant] = math.log(self.n / (self.df.get(variant, 0) + 1)) + 0.1
        return self._idf[variant]

    def profile(self, row: int) -> WordProfile:
        if row not in self._profiles:
            self._profiles[row] = WordProfile.of(self.words(row), self.idf)
        return self._profiles[row]

    def numbers(self, row: int) -> set[str]:
        if row not in self._numbers:
            self._numbers[row] = numbers(self.sentences[row].norm)
        return self._numbers[row]

    def eligible(self, row: int) -> bool:
        s = self.sentences[row]
        return s.block == "body" and len(self.words(row)) >= self.rule.min_words

    def too_far_apart(self, a: int, b: int) -> bool:
        day_a = self.published.get(self.sentences[a].article)
        day_b = self.published.get(self.sentences[b].article)
        return bool(day_a and day_b and abs((day_a - day_b).days) > self.rule.max_days_apart)

    def score(self, a: int, b: int) -> float:
        """The pair's score, computed once: average linkage asks for the same pairs again."""
        key = (a, b) if a < b else (b, a)
        if key not in self._scores:
            self._scores[key] = self.pair(*key).score
        return self._scores[key]

    def pair(self, a: int, b: int, cosine: float | None = None) -> Pair:
        if self.too_far_apart(a, b):
            return Pair(a, b, cosine or 0.0, 0.0, (), float("-inf"))
        if cosine is None:
            cosine = float(self.vectors[a] @ self.vectors[b])
        overlap = profile_overlap(self.profile(a), self.profile(b))
        shared = self.numbers(a) & self.numbers(b)
        score = cosine + self.rule.lexical_weight * overlap
        return Pair(a, b, cosine, round(overlap, 4), tuple(sorted(shared)), score)


def document_frequencies(sentences: list[Sentence]) -> Counter[str]:
    """In how many sentences each content-word variant occurs."""
    return Counter(v for s in sentences for v in {x for w in content_words(s.norm) for x in w})


def candidate_pairs(index: SentenceIndex, rule: GroupingRule = GroupingRule()) -> list[Pair]:
    """Cross-outlet nearest-neighbour pairs at or above ``rule.floor``, with their evidence."""
    evidence = _Evidence(index, rule, document_frequencies(index.sentences))
    return _candidates(evidence, index, range(len(index)))[0]


def _candidates(evidence: _Evidence, index: SentenceIndex, rows, reach: dict[int, float] | None = None,
                look: int | None = None) -> tuple[list[Pair], dict[int, float]]:
    """Pairs proposed by the nearest neighbours of ``rows``, and each row's reach.

    A row's reach is the cosine of the last of its ``rule.neighbours`` nearest (``-inf``
    when the index held fewer): a pair is proposed when either sentence is among the other's
    nearest. ``reach`` gives the reach of rows searched before; ``look`` searches further than
    ``rule.neighbours`` to find the earlier rows that would now count a new row among theirs.
    """
    rule, sentences = evidence.rule, evidence.sentences
    rows = [r for r in rows if evidence.eligible(r)]
    reach = dict(reach or {})
    if not rows:
        return [], reach
    k = rule.neighbours + 1
    sims, ids, reached = index.search_reaching(evidence.vectors[rows], k, look)
    reach.update(zip(rows, reached))
    pairs: dict[tuple[int, int], Pair] = {}
    for row, row_sims, row_ids in zip(rows, sims, ids):
        for rank, (sim, other) in enumerate(zip(row_sims.tolist(), row_ids.tolist())):
            key = (min(row, other), max(row, other))
            if (other < 0 or sim < rule.floor or key in pairs
                    or (rank >= k and sim < reach.get(other, float("inf")))
                    or sentences[row].outlet == sentences[other].outlet
                    or not evidence.eligible(other)):
                continue
            pairs[key] = evidence.pair(*key, cosine=sim)
    return sorted(pairs.values(), key=lambda p: (p.a, p.b)), reach


#: How many neighbours a new sentence looks at to find earlier sentences it is near.
LOOK_BACK = 64
#: Adding more than this share of the sentences already grouped regroups everything: the
#: word weights (document frequencies) of a small collection move too much as it grows.
REGROUP_SHARE = 0.1


@dataclass
class Grouping:
    """The groups of an index, and what adding sentences to them later needs.

    :meth:`build` groups the whole index. :meth:`extend` adds the sentences the index gained
    since: only their neighbours are searched, and only the groups that hold a sentence of a
    new accepted pair are merged again with the new sentences (from their accepted pairs,
    best first, as a build would); every other group stays as it was. So the result can
    differ slightly from a fresh build's: a change does not travel further than the groups
    the new pairs touch, and pair scores use the word weights of the collection at the time
    each group was made. An addition of more than ``REGROUP_SHARE`` of the sentences grouped
    so far is a fresh build.

    Attributes:
        rule: The grouping rule the groups were made with.
        groups: Row ids of each group's sentences.
        accepted: Cosine of every pair scoring at least ``rule.accept``, by row ids.
        df: Document frequency of each content-word variant over the rows covered.
        reach: Each searched row's reach (see :func:`_candidates`).
        size: How many rows of the index the groups cover.
    """

    rule: GroupingRule
    groups: list[list[int]] = field(default_factory=list)
    accepted: dict[tuple[int, int], float] = field(default_factory=dict)
    df: Counter[str] = field(default_factory=Counter)
    reach: dict[int, float] = field(default_factory=dict)
    size: int = 0

    @classmethod
    def build(cls, index: SentenceIndex, rule: GroupingRule = GroupingRule()) -> Grouping:
        grouping = cls(rule)
        grouping.extend(index)
        return grouping

    def extend(self, index: SentenceIndex) -> None:
        """Group the rows ``size..len(index)`` with each other and with the groups so far."""
        if len(index) == self.size:
            return
        if len(index) - self.size > REGROUP_SHARE * self.size:
            self.__init__(self.rule)
        new = range(self.size, len(index))
        self.df.update(document_frequencies(index.sentences[self.size:]))
        evidence = _Evidence(index, self.rule, self.df)
        pairs, self.reach = _candidates(evidence, index, new, self.reach,
                                        look=LOOK_BACK if self.size else None)
        fresh = {(p.a, p.b): p for p in pairs if p.score >= self.rule.accept}
        touched = _touched(self.groups, {row for key in fresh for row in key})
        earlier = {key: cos for key, cos in self.accepted.items()
                   if key[0] in touched and key[1] in touched and key not in fresh}
        rescored = [evidence.pair(a, b, cosine=cos) for (a, b), cos in earlier.items()]
        again = sorted([*fresh.values(), *(p for p in rescored if p.score >= self.rule.accept)],
                       key=lambda p: (p.a, p.b))
        self.groups = [g for g in self.groups if touched.isdisjoint(g)] + _merge(evidence, again)
        for key in earlier:
            del self.accepted[key]
        self.accepted.update({(p.a, p.b): p.cosine for p in again})
        self.size = len(index)

    def clusters(self, index: SentenceIndex) -> list[Cluster]:
        """The groups with sentences from two or more outlets, as :class:`Cluster`."""
        return _clusters(index.sentences, index.vectors(), self.groups)

    def to_json(self) -> dict:
        """A JSON-ready dict; :meth:`from_json` reads it back (saved with the index)."""
        return {"rule": asdict(self.rule), "size": self.size, "groups": self.groups,
                "accepted": [[a, b, cos] for (a, b), cos in self.accepted.items()],
                "df": dict(self.df), "reach": [[row, value] for row, value in self.reach.items()]}

    @classmethod
    def from_json(cls, data: dict) -> Grouping:
        return cls(GroupingRule(**data["rule"]), [list(g) for g in data["groups"]],
                   {(a, b): cos for a, b, cos in data["accepted"]}, Counter(data["df"]),
                   {row: value for row, value in data["reach"]}, data["size"])


def _touched(groups: list[list[int]], rows: set[int]) -> set[int]:
    """``rows`` and every row of a group that holds one of them."""
    touched = set(rows)
    for g in groups:
        if not rows.isdisjoint(g):
            touched.update(g)
    return touched


def group(index: SentenceIndex, rule: GroupingRule = GroupingRule()) -> list[Cluster]:
    """Groups of sentences from two or more outlets that state the same claim."""
    return Grouping.build(index, rule).clusters(index)


def regroup(index: SentenceIndex, rule: GroupingRule = GroupingRule(),
            earlier: Grouping | None = None) -> tuple[list[Cluster], Grouping]:
    """:func:`group`, extending ``earlier`` (the grouping an earlier check made of the index's
    first rows with the same rule) to the sentences added since.

    Returns:
        The groups, and the grouping of the whole index (for the next check).
    """
    if earlier is None or earlier.rule != rule or earlier.size > len(index):
        grouping = Grouping.build(index, rule)
    else:
        grouping = earlier
        grouping.extend(index)
    return grouping.clusters(index), grouping


def _merge(evidence: _Evidence, pairs: list[Pair]) -> list[list[int]]:
    """Groups from pairs merged best-first while the groups' average linkage holds."""
    rule = evidence.rule
    by_head: dict[int, list[int]] = {}
    owner: dict[int, int] = {}
    for pair in sorted(pairs, key=lambda p: -p.score):
        a, b = owner.get(pair.a), owner.get(pair.b)
        if a is not None and a == b:
            continue
        left = by_head[a] if a is not None else [pair.a]
        right = by_head[b] if b is not None else [pair.b]
        if _mean_link(evidence, left, right) < rule.accept - rule.link_margin:
            continue
        merged = left + right
        head = min(merged)
        for old in {a, b} - {None}:
            by_head.pop(old)
        by_head[head] = merged
        owner.update(dict.fromkeys(merged, head))
    return list(by_head.values())


def _mean_link(evidence: _Evidence, left: list[int], right: list[int]) -> float:
    scores = [
        evidence.score(a, b)
        for a, b in itertools.product(left, right)
        if evidence.sentences[a].outlet != evidence.sentences[b].outlet
    ]
    return float(np.mean(scores)) if scores else 0.0


def _clusters(sentences: list[Sentence], vectors: np.ndarray, groups: list[list[int]]) -> list[Cluster]:
    groups = [sorted(g, key=lambda r: sentences[r].key) for g in groups]
    groups = [g for g in groups if len({sentences[r].outlet for r in g}) >= 2]
    groups.sort(key=lambda g: (-len({sentences[r].outlet for r in g}), sentences[g[0]].key))
    clusters = []
    for n, rows in enumerate(groups, 1):
        cosines = [float(vectors[a] @ vectors[b]) for a, b in itertools.combinations(rows, 2)]
        clusters.append(Cluster(f"g{n}", tuple(sentences[r] for r in rows), round(float(np.mean(cosines)), 4)))
    return clusters
