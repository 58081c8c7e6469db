"""The seed gate: grouping quality must not drop below the stored baseline (as trafilatura pins its own)."""
import json
from pathlib import Path

from crosscheck.evaluate.seeds import (
    gold_findings, gold_pairs, load_gold, precision_recall, predicted_findings, predicted_pairs,
)

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.005  # float noise between CPUs, not room for a real drop


def test_groups_do_not_drop_below_baseline(seed_result):
    baseline = json.loads((ROOT / "benchmarks" / "baseline.json").read_text())["seeds"]["groups"]
    gold = gold_pairs(load_gold(ROOT / "tests" / "gold" / "seeds.json"), seed_result.sentences)
    scores = precision_recall(predicted_pairs(seed_result.clusters), gold)
    for figure in ("precision", "recall"):
        assert scores[figure] >= baseline[figure] - TOLERANCE, (figure, scores, baseline)


def test_findings_do_not_drop_below_baseline(seed_result):
    baseline = json.loads((ROOT / "benchmarks" / "baseline.json").read_text())["seeds"]["findings"]
    gold = gold_findings(load_gold(ROOT / "tests" / "gold" / "seeds.json"))
    scores = precision_recall(predicted_findings(seed_result.findings), gold)
    for figure in ("precision", "recall"):
        assert scores[figure] >= baseline[figure] - TOLERANCE, (figure, scores, baseline)


def test_every_gold_snippet_names_one_sentence(seed_sentences):
    gold = load_gold(ROOT / "tests" / "gold" / "seeds.json")
    assert len(gold_pairs(gold, seed_sentences)) >= 50
