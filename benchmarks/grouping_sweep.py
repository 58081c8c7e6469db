"""Same-claim groups on the seeds under other grouping rules: precision and recall of the
cross-outlet sentence pairs (``crosscheck eval seeds``'s ``groups`` figure) for each setting,
so the claim that no setting of the rule reaches both 0.8 can be checked.

Example:
    python benchmarks/grouping_sweep.py        # accept 0.86-0.92, lexical weight, link margin
"""
from __future__ import annotations

import itertools
import json
from pathlib import Path

from crosscheck.cluster import GroupingRule
from crosscheck.evaluate.seeds import evaluate_seeds
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


def main() -> None:
    rows = sweep()
    for row in rows:
        print(f"accept {row['accept']:.2f}  lexical {row['lexical_weight']:.1f}  margin {row['link_margin']:.2f}"
              f"  precision {row['precision']:.3f}  recall {row['recall']:.3f}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
