"""ANS (Arabic News Stance): headline pairs, scored as stance and as retrieval.

ANS (Khouja, FEVER 2020) pairs an Arabic news headline ``s1`` with a paraphrase (``agree``),
a corrupted version that changes a fact, a number or adds a negation (``disagree``), or an
unrelated sentence (``other``): ``stance/{train,dev,test}.csv`` with columns s1, s2, stance.

Two scores:

* **stance**: the stance model (:func:`crosscheck.stance.load_stance_model`: the shipped
  one, or ``--nli``) on each pair whose gold label is agree or disagree; F1 of each of the
  two classes, their mean (``macro_f1``, a fraction), and the confusion matrix (rows: gold
  agree, disagree; columns: predicted agree, disagree, other). The few gold ``other`` pairs
  are left out and counted; ``macro_f1_3class`` scores all pairs on the three labels.
  ``rule_baseline`` gives the same figures for :func:`crosscheck.evaluate.verdict.pair_verdict`,
  the rule used before the model.
* **retrieval**: every distinct ``s1`` of the split is a query; every distinct ``s2`` of
  the split a candidate, ranked by embedding cosine; the ``s2`` paired with the query (any
  label: paraphrase and corruption both report the same story) are relevant. A candidate
  with the query's own text is left out (ANS reuses a headline as ``s1`` of one pair and
  ``s2`` of another; it would trivially rank first). Recall@k is the share of queries with
  a relevant candidate in the top k; MRR uses the first one.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..embed.cache import embed_with_cache
from ..errors import InputError
from ..text import normalize
from ._scores import confusion_matrix, macro_f1, per_class_f1, retrieval_scores, rounded

SPLITS = ("train", "dev", "test")
STANCES = ("agree", "disagree")
VERDICTS = ("agree", "disagree", "other")


@dataclass(frozen=True)
class Pair:
    """One ANS headline pair and its gold stance."""

    s1: str
    s2: str
    stance: str


def split_file(path: str | Path, split: str) -> Path:
    """``stance/<split>.csv`` under an ANS folder (or ``path`` itself when it is a file).

    Raises:
        InputError: Unknown split, or the file is missing.
    """
    if split not in SPLITS:
        raise InputError(f"unknown ans split {split!r}; choose one of {', '.join(SPLITS)}")
    path = Path(path)
    file = path if path.is_file() else path / "stance" / f"{split}.csv"
    if not file.is_file():
        raise InputError(f"{file} not found: give the ans folder of the evaldata")
    return file


def load_pairs(path: str | Path, split: str = "test") -> list[Pair]:
    """The headline pairs of a split, in file order.

    Raises:
        InputError: The file is missing or has no s1, s2, stance columns.
    """
    file = split_file(path, split)
    frame = pd.read_csv(file, encoding="utf-8", dtype=str, keep_default_na=False)
    if not {"s1", "s2", "stance"} <= set(frame.columns):
        raise InputError(f"{file}: needs columns s1, s2, stance (found {', '.join(frame.columns)})")
    return [Pair(r.s1.strip(), r.s2.strip(), r.stance.strip()) for r in frame.itertuples(index=False)]


def sample_pairs(pairs: list[Pair], limit: int | None, seed: int) -> list[Pair]:
    """``limit`` pairs drawn at random with ``seed``, in file order (all when None)."""
    if limit is None or limit >= len(pairs):
        return list(pairs)
    keep = sorted(random.Random(seed).sample(range(len(pairs)), limit))
    return [pairs[i] for i in keep]


def stance_scores(pairs: list[Pair], predicted: list[str] | None = None) -> dict:
    """Agree/disagree F1 of ``predicted`` labels (default: ``pair_verdict`` on each pair).

    Args:
        pairs: The pairs, gold ``other`` included.
        predicted: One predicted label per pair of ``pairs``.
    """
    if predicted is None:
        from .verdict import pair_verdict

        predicted = [pair_verdict(p.s1, p.s2) for p in pairs]
    scored = [(p.stance, guess) for p, guess in zip(pairs, predicted) if p.stance in STANCES]
    truth = [t for t, _ in scored]
    guesses = [g for _, g in scored]
    per_class = per_class_f1(truth, guesses, STANCES)
    matrix = confusion_matrix(truth, guesses, VERDICTS)[: len(STANCES)]
    return {
        "pairs": len(scored), "gold_other_left_out": len(pairs) - len(scored),
        "macro_f1": macro_f1(per_class), "per_class": per_class,
        "macro_f1_3class": macro_f1(per_class_f1([p.stance for p in pairs], predicted, VERDICTS)),
        "confusion": {"rows": list(STANCES), "columns": list(VERDICTS), "matrix": matrix},
    }


def model_stance_scores(pairs: list[Pair], model) -> dict:
    """:func:`stance_scores` of a stance model's verdicts, with the model's id."""
    predicted = [label for label, _ in model.verdicts([(p.s1, p.s2) for p in pairs])]
    return {"model": model.model_id, **stance_scores(pairs, predicted)}


def retrieval_ranks(pairs: list[Pair], embedder, cache=None) -> tuple[list[int | None], int]:
    """Rank of the first relevant ``s2`` of each distinct ``s1``, and how many candidates.

    A candidate with the query's own text (ANS reuses a headline as ``s1`` of one pair and
    ``s2`` of another) is left out of that query's ranking, as a query is in self-retrieval;
    a candidate is relevant when the two texts form a pair in either order. A query left
    with no relevant candidate (a pair of two identical headlines) gets the rank None.
    """
    queries = list(dict.fromkeys(p.s1 for p in pairs))
    candidates = list(dict.fromkeys(p.s2 for p in pairs))
    texts = queries + candidates
    norms = [normalize(t) for t in texts]
    vectors, _ = embed_with_cache(embedder, texts, norms, cache)
    sims = vectors[: len(queries)] @ vectors[len(queries):].T
    partners: dict[str, set[str]] = {}
    for p in pairs:
        partners.setdefault(normalize(p.s1), set()).add(normalize(p.s2))
        partners.setdefault(normalize(p.s2), set()).add(normalize(p.s1))
    ranks = []
    for n, query in enumerate(norms[: len(queries)]):
        candidate_norms = norms[len(queries):]
        scores = np.where([c == query for c in candidate_norms], -np.inf, sims[n])
        relevant = {i for i, c in enumerate(candidate_norms) if c in partners[query] and c != query}
        ranks.append(_first_relevant_rank(scores, relevant))
    return ranks, len(candidates)


def _first_relevant_rank(scores: np.ndarray, relevant: set[int]) -> int | None:
    """1-based rank of the best relevant candidate: one plus the candidates scored above it."""
    if not relevant:
        return None
    best = max(scores[i] for i in relevant)
    return int((scores > best).sum()) + 1


def evaluate_ans(path: str | Path, *, embedder, cache=None, split: str = "test", limit: int | None = None,
                 seed: int = 0, stance_model=None) -> dict:
    """Stance (agree vs disagree) and retrieval scores of a split of ANS.

    Args:
        path: The ``ans`` folder (or one stance CSV).
        embedder: The embedder for the retrieval.
        cache: Embedding cache, or None.
        split: ``train``, ``dev`` or ``test``.
        limit: Score a seeded sample of this many pairs (default: all).
        seed: Seed of the sample.
        stance_model: A :class:`crosscheck.stance.StanceModel`, its name or path, or None
            for the shipped model.

    Returns:
        A JSON-ready dict with ``stance``, ``rule_baseline`` and ``retrieval`` (fractions).
    """
    from ..stance import load_stance_model

    pairs = sample_pairs(load_pairs(path, split), limit, seed)
    stance = model_stance_scores(pairs, load_stance_model(stance_model))
    ranks, candidates = retrieval_ranks(pairs, embedder, cache)
    ranked = [r for r in ranks if r is not None]
    retrieval = {"queries": len(ranked), "queries_without_partner": len(ranks) - len(ranked),
                 "candidates": candidates, **retrieval_scores(ranked, (1, 5))}
    return rounded({
        "split": split, "pairs": len(pairs), "limit": limit, "seed": seed, "model": embedder.model_id,
        "stance": stance, "rule_baseline": stance_scores(pairs), "retrieval": retrieval,
    })
