"""NeuS-AllSides: story grouping scored against the events the articles were collected for.

Each line of ``{val,test}.source`` is one event covered by a left, a centre and a right
outlet: three articles ``TITLE=> ... ARTICLE=> ...`` joined by ``[SEP]`` (Lee et al., NAACL
2022). The articles of many events are pooled, grouped by
:func:`crosscheck.stories.group_stories`, and the grouping is scored against the event ids
with B-cubed precision, recall and F1 and the adjusted Rand index.

The story threshold was tuned on ``val`` only (``--split val`` prints the sweep it was chosen
from); ``test`` is the reported figure. The files carry no publication dates, so the date
gate of the grouping plays no part here.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..models import Article
from ..stories import LEAD_SENTENCES, NEIGHBOURS, STORY_THRESHOLD, article_vectors, group_stories, story_labels
from ._scores import adjusted_rand_index, bcubed, rounded

SPLITS = ("val", "test")
SIDES = ("left", "center", "right")  # the order of the articles on a line, as NeuS builds it
SWEEP = tuple(round(t, 3) for t in np.arange(0.80, 0.9701, 0.005))
_ARTICLE = re.compile(r"\s*TITLE=>(?P<title>.*?)ARTICLE=>(?P<text>.*)", re.S)


def source_file(path: str | Path, split: str) -> Path:
    """The ``<split>.source`` file of a NeuS folder (or ``path`` itself when it is a file).

    Raises:
        InputError: Unknown split, or the file is missing.
    """
    if split not in SPLITS:
        raise InputError(f"unknown neus split {split!r}; choose one of {', '.join(SPLITS)}")
    path = Path(path)
    file = path if path.is_file() else path / f"{split}.source"
    if not file.is_file():
        raise InputError(f"{file} not found: give the neus_allsides folder of the evaldata")
    return file


def load_events(path: str | Path, split: str = "test") -> list[list[Article]]:
    """The articles of each event of a split, one list per line (event id = line number).

    Article ids are ``<split>-<event>-<side>``; the outlet is the side (left, center, right).
    """
    file = source_file(path, split)
    events = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            events.append(_event(line, number, split, file))
    return events


def _event(line: str, number: int, split: str, file: Path) -> list[Article]:
    articles = []
    for side, part in zip(SIDES, line.split("[SEP]")):
        match = _ARTICLE.match(part)
        if match is None:
            raise InputError(f"{file} line {number + 1}: an article without 'TITLE=> ... ARTICLE=>'")
        articles.append(Article(f"{split}-{number}-{side}", side, match["text"].strip(), str(file),
                                title=match["title"].strip().rstrip(".") or None, lang="en"))
    return articles


def sample_events(events: list, limit: int | None, seed: int) -> list:
    """``limit`` events drawn at random with ``seed`` (all of them, in order, when None)."""
    if limit is None or limit >= len(events):
        return list(events)
    return random.Random(seed).sample(events, limit)


def evaluate_neus(path: str | Path, *, embedder, cache=None, split: str = "test", limit: int | None = None,
                  seed: int = 0, threshold: float = STORY_THRESHOLD) -> dict:
    """Group the pooled articles of a split into stories and score them against the events.

    Args:
        path: The ``neus_allsides`` folder (or one ``.source`` file).
        embedder: The embedder for the article vectors.
        cache: Embedding cache, or None.
        split: ``test`` (reported) or ``val`` (tuning; adds the threshold sweep).
        limit: Score a seeded sample of this many events (default: all).
        seed: Seed of the sample.
        threshold: Cosine threshold of the story linkage.

    Returns:
        A JSON-ready dict: sample sizes, settings, ``bcubed`` and ``ari`` (fractions).
    """
    events = sample_events(load_events(path, split), limit, seed)
    articles = [a for event in events for a in event]
    truth = [a.id.rsplit("-", 1)[0] for a in articles]
    vectors = article_vectors(articles, embedder, cache=cache)
    scores = score_grouping(articles, vectors, truth, threshold)
    result = {
        "split": split, "events": len(events), "articles": len(articles), "seed": seed,
        "limit": limit, "model": embedder.model_id, "threshold": threshold,
        "neighbours": NEIGHBOURS, "lead_sentences": LEAD_SENTENCES, **scores,
    }
    if split == "val":
        result["sweep"] = threshold_sweep(articles, vectors, truth)
    return rounded(result)


def score_grouping(articles: list[Article], vectors: np.ndarray, truth: list[str], threshold: float) -> dict:
    """B-cubed, adjusted Rand index and story counts of one grouping at ``threshold``."""
    stories = group_stories(articles, vectors, threshold=threshold)
    predicted = story_labels(stories, articles)
    events_whole = _events_kept_whole(truth, predicted)
    return {
        "bcubed": bcubed(truth, predicted), "ari": adjusted_rand_index(truth, predicted),
        "stories": len(stories), "singletons": sum(len(s.articles) == 1 for s in stories),
        "events_in_one_story": events_whole,
    }


def threshold_sweep(articles: list[Article], vectors: np.ndarray, truth: list[str]) -> dict:
    """B-cubed F1 and ARI at each threshold of ``SWEEP``, and the one with the best F1."""
    rows = {}
    for threshold in SWEEP:
        scores = score_grouping(articles, vectors, truth, threshold)
        rows[f"{threshold:.3f}"] = {"bcubed_f1": scores["bcubed"]["f1"], "ari": scores["ari"]}
    best = max(rows, key=lambda t: rows[t]["bcubed_f1"])
    return {"best_threshold": float(best), "by_threshold": rows}


def _events_kept_whole(truth: list[str], predicted: list[str]) -> float:
    """Share of events whose articles all landed in one story (whatever else joined it)."""
    stories_of: dict[str, set[str]] = {}
    for event, story in zip(truth, predicted):
        stories_of.setdefault(event, set()).add(story)
    return sum(len(s) == 1 for s in stories_of.values()) / len(stories_of) if stories_of else 0.0
