"""The seed gate: grouping quality must not drop below the stored baseline (as trafilatura pins its own)."""
import json
from pathlib import Path

import pytest

from crosscheck.evaluate.seeds import (
    gold_findings, gold_pairs, load_gold, precision_recall, predicted_findings, predicted_pairs,
)

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.005  # float noise between CPUs, not room for a real drop


@pytest.fixture(params=["seeds", "seeds_fp32"])
def gated(request):
    """(baseline, result): the default embedder (int8) and the fp32 reference, each pinned."""
    result = request.getfixturevalue("seed_result" if request.param == "seeds" else "fp32_seed_result")
    return json.loads((ROOT / "benchmarks" / "baseline.json").read_text())[request.param], result


def test_groups_do_not_drop_below_baseline(gated):
    baseline, result = gated
    gold = gold_pairs(load_gold(ROOT / "tests" / "gold" / "seeds.json"), result.sentences)
    _assert_at_least(precision_recall(predicted_pairs(result.clusters), gold), baseline["groups"])


def test_findings_do_not_drop_below_baseline(gated):
    baseline, result = gated
    gold = gold_findings(load_gold(ROOT / "tests" / "gold" / "seeds.json"))
    _assert_at_least(precision_recall(predicted_findings(result.findings), gold), baseline["findings"])


def _assert_at_least(scores: dict, baseline: dict) -> None:
    for figure in ("precision", "recall"):
        assert scores[figure] >= baseline[figure] - TOLERANCE, (figure, scores, baseline)


def test_every_gold_snippet_names_one_sentence(seed_sentences):
    gold = load_gold(ROOT / "tests" / "gold" / "seeds.json")
    assert len(gold_pairs(gold, seed_sentences)) >= 50
