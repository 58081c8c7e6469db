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

import datetime as dt
import itertools
import math
from collections import Counter
from dataclasses import dataclass

import numpy as np

from .index import SentenceIndex
from .models import Cluster, Sentence
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
    """Content words, their document frequencies and pair scores for one collection."""

    def __init__(self, index: SentenceIndex, rule: GroupingRule):
        self.sentences, self.vectors, self.rule = index.sentences, index.vectors(), rule
        self.published = {a.id: _day(a.published) for a in index.articles}
        self.words = [content_words(s.norm) for s in self.sentences]
        df = Counter(v for words in self.words for v in {x for w in words for x in w})
        n = len(self.sentences) + 1
        self.idf = {v: math.log(n / (count + 1)) + 0.1 for v, count in df.items()}
        self.profiles = [WordProfile.of(words, self.idf.get) for words in self.words]
        self.numbers = [numbers(s.norm) for s in self.sentences]
        self._scores: dict[tuple[int, int], float] = {}

    def eligible(self, row: int) -> bool:
        s = self.sentences[row]
        return s.block == "body" and len(self.words[row]) >= self.rule.min_words

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
        overlap = profile_overlap(self.profiles[a], self.profiles[b])
        shared = self.numbers[a] & self.numbers[b]
        score = cosine + self.rule.lexical_weight * overlap
        return Pair(a, b, cosine, round(overlap, 4), tuple(sorted(shared)), score)


def candidate_pairs(index: SentenceIndex, rule: GroupingRule = GroupingRule()) -> list[Pair]:
    """Cross-outlet nearest-neighbour pairs at or above ``rule.floor``, with their evidence."""
    return _candidates(_Evidence(index, rule), index)


def _candidates(evidence: _Evidence, index: SentenceIndex) -> list[Pair]:
    rule, sentences = evidence.rule, evidence.sentences
    rows = [r for r in range(len(sentences)) if evidence.eligible(r)]
    if not rows:
        return []
    sims, ids = index.search(evidence.vectors[rows], rule.neighbours + 1)
    pairs: dict[tuple[int, int], Pair] = {}
    for row, row_sims, row_ids in zip(rows, sims, ids):
        for sim, other in zip(row_sims.tolist(), row_ids.tolist()):
            key = (min(row, other), max(row, other))
            if (other < 0 or sim < rule.floor or key in pairs
                    or sentences[row].outlet == sentences[other].outlet
                    or not evidence.eligible(other)):
                continue
            pairs[key] = evidence.pair(*key, cosine=sim)
    return sorted(pairs.values(), key=lambda p: (p.a, p.b))


def group(index: SentenceIndex, rule: GroupingRule = GroupingRule()) -> list[Cluster]:
    """Groups of sentences from two or more outlets that state the same claim."""
    evidence = _Evidence(index, rule)
    pairs = [p for p in _candidates(evidence, index) if p.score >= rule.accept]
    groups: dict[int, list[int]] = {}
    owner: dict[int, int] = {}
    for pair in sorted(pairs, key=lambda p: -p.score):
        a, b = owner.get(pair.a), owner.get(pair.b)
        if a is not None and a == b:
            continue
        left = groups[a] if a is not None else [pair.a]
        right = groups[b] if b is not None else [pair.b]
        if _mean_link(evidence, left, right) < rule.accept - rule.link_margin:
            continue
        merged = left + right
        head = min(merged)
        for old in {a, b} - {None}:
            groups.pop(old)
        groups[head] = merged
        owner.update(dict.fromkeys(merged, head))
    return _clusters(evidence, list(groups.values()))


def _mean_link(evidence: _Evidence, left: list[int], right: list[int]) -> float:
    scores = [
        evidence.score(a, b)
        for a, b in itertools.product(left, right)
        if evidence.sentences[a].outlet != evidence.sentences[b].outlet
    ]
    return float(np.mean(scores)) if scores else 0.0


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _clusters(evidence: _Evidence, groups: list[list[int]]) -> list[Cluster]:
    sentences = evidence.sentences
    groups = [sorted(g, key=lambda r: sentences[r].key) for g in groups]
    groups = [g for g in groups if len({sentences[r].outlet for r in g}) >= 2]
    groups.sort(key=lambda g: (-len({sentences[r].outlet for r in g}), sentences[g[0]].key))
    clusters = []
    for n, rows in enumerate(groups, 1):
        cosines = [float(evidence.vectors[a] @ evidence.vectors[b])
                   for a, b in itertools.combinations(rows, 2)]
        clusters.append(Cluster(f"g{n}", tuple(sentences[r] for r in rows), round(float(np.mean(cosines)), 4)))
    return clusters
