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


@pytest.mark.model
def test_groups_do_not_drop_below_baseline(gated):
    baseline, result = gated
    gold = gold_pairs(load_gold(ROOT / "tests" / "gold" / "seeds.json"), result.sentences)
    _assert_at_least(precision_recall(predicted_pairs(result.clusters), gold), baseline["groups"])


@pytest.mark.model
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


# --- stories: the development stories (read from ../shared) and the fixture stories ---------

REALSTORIES = ROOT.parent / "shared" / "evaldata" / "realstories"
FIXTURES = ROOT / "tests" / "fixtures"
#: Figures where more found is better; ``traps_flagged`` must not rise instead.
RECALLS = ("contradiction_pairs_numeric", "contradiction_pairs_non_numeric", "agreement_pairs", "updates")


@pytest.fixture(scope="module")
def realstories(checker):
    from crosscheck.evaluate.stories import evaluate_stories

    if not REALSTORIES.is_dir():
        pytest.skip(f"{REALSTORIES} is not here (the development stories live in ../shared)")
    folders = sorted(str(p) for p in REALSTORIES.iterdir() if (p / "gold.json").exists())
    return evaluate_stories(folders, checker)


def test_development_stories_do_not_fall_below_baseline(realstories):
    baseline = json.loads((ROOT / "benchmarks" / "baseline.json").read_text())["stories"]["realstories"]
    scores = {**realstories["stories"], "overall": realstories["overall"]}
    for story, counts in baseline.items():
        found = scores[story]["counts"]
        for figure in RECALLS:
            assert found[figure][0] >= counts[figure][0], (story, figure, found[figure], counts[figure])
        assert found["traps_flagged"][0] <= counts["traps_flagged"][0], (story, found["traps_flagged"])


@pytest.mark.parametrize("story", ["story_quake", "story_derna", "story_depot", "story_ferry", "story_atlas", "story_exchange"])
def test_fixture_stories_are_read_as_planted(checker, story):
    """Every planted contradiction, agreement and update found, no trap flagged, nothing else
    put on two sides."""
    from crosscheck.evaluate.stories import evaluate_stories

    counts = evaluate_stories([str(FIXTURES / story)], checker)["stories"][story]["counts"]
    for figure in (*RECALLS, "contradiction_precision"):
        assert counts[figure][0] == counts[figure][1], (figure, counts[figure])
    assert counts["traps_flagged"][0] == 0


def test_seed_story_gold_through_the_same_scorer(seed_result):
    from crosscheck.evaluate.stories import score_story

    gold = json.loads((ROOT / "tests" / "gold" / "seeds_story.json").read_text(encoding="utf-8"))
    counts = score_story("seeds", gold, seed_result.findings, seed_result.sentences).counts
    assert counts["contradiction_pairs_numeric"] == [2, 2]  # 145/dozens, about 30 km/27 km
    assert counts["contradiction_pairs_non_numeric"] == [3, 3]  # Germany/Britain, Benghazi/Rajma
    assert counts["traps_flagged"] == [0, 1]
    assert counts["contradiction_precision"][0] == counts["contradiction_precision"][1]
