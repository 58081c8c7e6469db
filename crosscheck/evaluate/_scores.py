"""Scores shared by the evaluations: classification, retrieval and clustering, in numpy.

Every function takes plain label sequences (any hashable labels) and returns plain floats or
dicts, ready for ``json.dumps``. Clustering scores compare two partitions of the same items:
``truth[i]`` and ``predicted[i]`` are the cluster labels of item ``i``.
"""
from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np


def _codes(labels: Sequence[Hashable]) -> np.ndarray:
    """Integer codes 0..k-1 for arbitrary labels, in order of first appearance."""
    index: dict[Hashable, int] = {}
    return np.array([index.setdefault(label, len(index)) for label in labels], dtype=np.int64)


def contingency(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> np.ndarray:
    """Counts ``n[i, j]`` of items in true cluster ``i`` and predicted cluster ``j``.

    Raises:
        ValueError: The two labelings do not have the same length.
    """
    if len(truth) != len(predicted):
        raise ValueError(f"{len(truth)} true labels but {len(predicted)} predicted labels")
    t, p = _codes(truth), _codes(predicted)
    table = np.zeros((t.max(initial=-1) + 1, p.max(initial=-1) + 1), dtype=np.int64)
    np.add.at(table, (t, p), 1)
    return table


def _pairs(counts: np.ndarray) -> float:
    """Number of unordered pairs within each count, summed: sum of C(n, 2)."""
    counts = counts.astype(np.float64)
    return float((counts * (counts - 1) / 2).sum())


def adjusted_rand_index(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """Adjusted Rand index (Hubert and Arabie, 1985): pair agreement corrected for chance.

    1.0 for identical partitions (up to renaming), about 0.0 for a random one, and it can be
    negative. Where it is undefined (both partitions all singletons, or both one cluster) it
    is 1.0, as scikit-learn defines it.

    Example:
        >>> round(adjusted_rand_index([0, 0, 1, 1], [0, 0, 1, 2]), 4)
        0.5714
    """
    table = contingency(truth, predicted)
    n = int(table.sum())
    index = _pairs(table)
    rows, cols = _pairs(table.sum(axis=1)), _pairs(table.sum(axis=0))
    total = n * (n - 1) / 2
    expected = rows * cols / total if total else 0.0
    maximum = (rows + cols) / 2
    if maximum == expected:
        return 1.0
    return float((index - expected) / (maximum - expected))


def bcubed(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> dict[str, float]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin, 1998; Amigo et al., 2009).

    For each item, precision is the share of its predicted cluster that shares its true
    cluster, recall the share of its true cluster that shares its predicted cluster; both are
    averaged over items, and F1 is their harmonic mean.

    Returns:
        ``{"precision", "recall", "f1"}`` as fractions.

    Example:
        >>> bcubed([0, 0, 1], [0, 0, 0])["recall"]
        1.0
    """
    table = contingency(truth, predicted).astype(np.float64)
    n = table.sum()
    if n == 0:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    # Each of the n[i, j] items of a cell has n[i, j] items sharing both its clusters.
    shared = table**2
    precision = float((shared.sum(axis=0) / np.maximum(table.sum(axis=0), 1)).sum() / n)
    recall = float((shared.sum(axis=1) / np.maximum(table.sum(axis=1), 1)).sum() / n)
    return {"precision": precision, "recall": recall, "f1": harmonic_mean(precision, recall)}


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def confusion_matrix(truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    """Counts ``m[i][j]`` of items of true label ``labels[i]`` predicted as ``labels[j]``.

    Items whose true or predicted label is not in ``labels`` are not counted.
    """
    position = {label: i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for t, p in zip(truth, predicted):
        if t in position and p in position:
            matrix[position[t], position[p]] += 1
    return matrix.tolist()


def per_class_f1(truth: Sequence[str], predicted: Sequence[str], classes: Sequence[str]) -> dict[str, dict]:
    """Precision, recall, F1 and support of each class (one class against all others).

    Example:
        >>> per_class_f1(["a", "b"], ["a", "a"], ["a"])["a"]["precision"]
        0.5
    """
    scores = {}
    for label in classes:
        hits = sum(t == label and p == label for t, p in zip(truth, predicted))
        said = sum(p == label for p in predicted)
        support = sum(t == label for t in truth)
        precision = hits / said if said else 0.0
        recall = hits / support if support else 0.0
        scores[label] = {"precision": precision, "recall": recall,
                         "f1": harmonic_mean(precision, recall), "support": support}
    return scores


def macro_f1(scores: dict[str, dict]) -> float:
    """Unweighted mean of the F1 of each class in ``per_class_f1`` output."""
    return float(np.mean([s["f1"] for s in scores.values()])) if scores else 0.0


def retrieval_scores(ranks: Sequence[int | None], ks: Sequence[int] = (1, 5)) -> dict[str, float]:
    """Recall@k and mean reciprocal rank from the rank of each query's first relevant item.

    Args:
        ranks: 1-based rank of the first relevant candidate of each query; ``None`` when no
            relevant candidate was ranked.
        ks: Cut-offs: Recall@k is the share of queries whose first relevant item is within
            the top k (the usual definition in paired retrieval).

    Returns:
        ``{"recall@1": ..., "recall@5": ..., "mrr": ...}`` as fractions.

    Example:
        >>> retrieval_scores([1, 2, None], ks=(1,))["mrr"]
        0.5
    """
    found = np.array([r for r in ranks if r is not None], dtype=np.float64)
    total = len(ranks)
    if total == 0:
        return {**{f"recall@{k}": 0.0 for k in ks}, "mrr": 0.0}
    scores = {f"recall@{k}": float((found <= k).sum() / total) for k in ks}
    scores["mrr"] = float((1.0 / found).sum() / total)
    return scores


def pair_precision_recall(predicted: set, gold: set) -> dict[str, float | int]:
    """Precision, recall and F1 of a set of predicted pairs against the gold pairs."""
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    return {"precision": precision, "recall": recall, "f1": harmonic_mean(precision, recall),
            "predicted": len(predicted), "gold": len(gold), "hits": hits}


def rounded(value, digits: int = 4):
    """``value`` with every float inside (dicts and lists too) rounded to ``digits``."""
    if isinstance(value, float):
        return round(value, digits)
    if isinstance(value, dict):
        return {k: rounded(v, digits) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v, digits) for v in value]
    return value
