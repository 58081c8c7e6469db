"""Same-claim groups on the seeds under other grouping rules: precision and recall of the
cross-outlet sentence pairs (``crosscheck eval seeds``'s ``groups`` figure) for each setting,
so the claim that no setting of the rule reaches both 0.8 can be checked; then the frontier
of the evidence itself: every cross-outlet pair of the seeds ranked by the grouping's pair
score (cosine plus weighted word overlap), and the precision of the best-ranked pairs that
hold 40%, 60% and 80% of the gold pairs (what any threshold on that score can reach).

Example:
    python benchmarks/grouping_sweep.py        # accept 0.86-0.92, lexical weight, link margin
"""
from __future__ import annotations

import itertools
import json
from pathlib import Path

from crosscheck.cluster import GroupingRule, candidate_pairs
from crosscheck.evaluate.seeds import evaluate_seeds, gold_pairs, load_gold
from crosscheck.pipeline import CrossChecker

ROOT = Path(__file__).resolve().parents[1]
ACCEPT = (0.92, 0.90, 0.88, 0.86)
LEXICAL_WEIGHT = (0.1, 0.3)
LINK_MARGIN = (0.0, 0.03)


def sweep() -> list[dict]:
    """One row per setting: the rule and the groups' precision and recall."""
    rows = []
    for accept, weight, margin in itertools.product(ACCEPT, LEXICAL_WEIGHT, LINK_MARGIN):
        rule = GroupingRule(accept=accept, lexical_weight=weight, link_margin=margin, floor=min(0.86, accept - 0.02))
        groups = evaluate_seeds(ROOT / "seeds", ROOT / "tests" / "gold" / "seeds.json",
                                checker=CrossChecker(rule=rule))["groups"]
        rows.append({"accept": accept, "lexical_weight": weight, "link_margin": margin,
                     "precision": groups["precision"], "recall": groups["recall"]})
    return rows


def pair_frontier(recalls: tuple[float, ...] = (0.4, 0.6, 0.8)) -> list[dict]:
    """For each recall, how many of the best-scored cross-outlet pairs it takes and their
    precision: every pair of the seeds' sentences (of two outlets, long enough to group),
    ranked by the default rule's pair score."""
    checker = CrossChecker()
    result = checker.check([ROOT / "seeds"])
    index = checker.last_index
    everything = GroupingRule(floor=-1.0, neighbours=len(index))
    ranked = sorted(candidate_pairs(index, everything), key=lambda p: -p.score)
    gold = gold_pairs(load_gold(ROOT / "tests" / "gold" / "seeds.json"), result.sentences)
    rows, hits = [], 0
    wanted = list(recalls)
    for taken, pair in enumerate(ranked, 1):
        hits += frozenset((index.sentences[pair.a].key, index.sentences[pair.b].key)) in gold
        while wanted and hits >= wanted[0] * len(gold):
            rows.append({"recall": wanted.pop(0), "pairs": taken, "precision": round(hits / taken, 3)})
    return rows


def main() -> None:
    rows = sweep()
    for row in rows:
        print(f"accept {row['accept']:.2f}  lexical {row['lexical_weight']:.1f}  margin {row['link_margin']:.2f}"
              f"  precision {row['precision']:.3f}  recall {row['recall']:.3f}")
    frontier = pair_frontier()
    for row in frontier:
        print(f"best {row['pairs']} pairs by score: recall {row['recall']:.1f}, precision {row['precision']:.3f}")
    print(json.dumps({"sweep": rows, "frontier": frontier}))


if __name__ == "__main__":
    main()
