"""Quality gate on the seeds: cross-outlet groups scored against the team's gold pairs.

The gold file (``tests/gold/seeds.json``) names each member by article id prefix and a
snippet found in exactly one of its sentences, so the gold survives changes of sentence
numbering.
"""
from __future__ import annotations

import itertools
import json
from pathlib import Path

from ..errors import InputError
from ..models import Cluster, Finding, Sentence

Key = tuple[str, int]


def load_gold(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def locate(sentences: list[Sentence], article_prefix: str, snippet: str) -> Sentence:
    """The one sentence of the article whose text contains ``snippet``.

    Raises:
        InputError: No sentence, or more than one, matches (the gold needs fixing).
    """
    hits = [s for s in sentences if s.article.startswith(article_prefix) and snippet in s.text]
    if len(hits) != 1:
        raise InputError(f"gold snippet {snippet!r} in {article_prefix}: {len(hits)} sentences match")
    return hits[0]


def gold_pairs(gold: dict, sentences: list[Sentence]) -> set[frozenset[Key]]:
    """Cross-outlet sentence pairs that the gold says state the same claim."""
    pairs = set()
    for group in gold["groups"]:
        members = [locate(sentences, a, snippet) for a, snippet in group["members"]]
        pairs |= _cross_outlet_pairs(members)
    return pairs


def predicted_pairs(clusters: list[Cluster]) -> set[frozenset[Key]]:
    """Cross-outlet sentence pairs the grouping put together."""
    return {pair for c in clusters for pair in _cross_outlet_pairs(c.members)}


def _cross_outlet_pairs(members) -> set[frozenset[Key]]:
    return {
        frozenset((a.key, b.key))
        for a, b in itertools.combinations(members, 2)
        if a.outlet != b.outlet and a.key != b.key
    }


def precision_recall(predicted: set, gold: set) -> dict[str, float]:
    """Precision, recall and F1 of a set of pairs against the gold pairs."""
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "predicted": len(predicted), "gold": len(gold), "hits": hits}


FindingKey = tuple[str, frozenset[tuple[str, str]]]
#: Finding claim types the gold scores: numbers and roles (statement, date and framing
#: findings are not scored).
SCORED_TYPES = frozenset({"casualties", "distance", "count", "quantity", "money", "percent",
                          "attribution", "location", "actor"})


def gold_findings(gold: dict) -> set[FindingKey]:
    """Expected findings: (kind, {(article prefix, claim text)})."""
    return {(f["kind"], frozenset((a, text) for a, text in f["claims"])) for f in gold["findings"]}


def predicted_findings(findings: list[Finding], prefix: int = 3) -> set[FindingKey]:
    """Numeric and role findings of a run, keyed like the gold (article ids cut to ``prefix``)."""
    return {(f.kind, frozenset((c.article[:prefix], c.text) for c in f.claims))
            for f in findings if f.claim_type in SCORED_TYPES}


def evaluate_seeds(seed_dir: str | Path, gold_path: str | Path, *, checker=None) -> dict:
    """Precision and recall on the seeds of the cross-outlet groups (gold sentence pairs) and
    of the numeric and role findings (gold kinds and claims)."""
    from ..pipeline import CrossChecker

    checker = checker or CrossChecker()
    result = checker.check([seed_dir])
    gold = load_gold(gold_path)
    return {
        "groups": precision_recall(predicted_pairs(result.clusters), gold_pairs(gold, result.sentences)),
        "findings": precision_recall(predicted_findings(result.findings), gold_findings(gold)),
    }
