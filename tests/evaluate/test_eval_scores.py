"""The scores on textbook examples, worked by hand or printed in the references."""
import pytest

from crosscheck.evaluate._scores import (
    adjusted_rand_index, bcubed, confusion_matrix, contingency, macro_f1, pair_precision_recall,
    per_class_f1, retrieval_scores,
)


@pytest.mark.parametrize("truth, predicted, expected", [
    # scikit-learn's user guide, "Rand index" (adjusted_rand_score examples)
    ([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2], 0.24242424242424246),
    ([0, 0, 0, 1, 1, 1], [1, 1, 0, 0, 3, 3], 0.24242424242424246),  # labels renamed
    ([0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1], 1.0),
    ([0, 0, 1, 1], [0, 0, 1, 2], 0.5714285714285714),
    ([0, 0, 1, 2], [0, 0, 1, 1], 0.5714285714285714),  # symmetric
    ([0, 1, 2, 3], [3, 2, 1, 0], 1.0),  # both all singletons: undefined, 1 as in scikit-learn
    ([0, 0, 0, 0], [0, 1, 2, 3], 0.0),  # one cluster against singletons
    ([0, 0, 1, 1], [0, 1, 0, 1], -0.5),  # every pair disagrees: worse than chance
])
def test_adjusted_rand_index_on_textbook_examples(truth, predicted, expected):
    assert adjusted_rand_index(truth, predicted) == pytest.approx(expected)


def test_adjusted_rand_index_hand_worked_table():
    # 3 true x 3 predicted clusters, n = 15 (contingency rows [4,1,0] [1,4,0] [0,0,5]):
    # index = 6+6+10 = 22; rows and columns sum to 30 pairs each; expected = 30*30/105.
    truth = [0] * 5 + [1] * 5 + [2] * 5
    predicted = [0, 0, 0, 0, 1] + [0, 1, 1, 1, 1] + [2] * 5
    expected_index = 30 * 30 / 105
    assert adjusted_rand_index(truth, predicted) == pytest.approx((22 - expected_index) / (30 - expected_index))


def test_adjusted_rand_index_agrees_with_scikit_learn_on_random_labelings():
    metrics = pytest.importorskip("sklearn.metrics")
    import numpy as np

    rng = np.random.default_rng(7)
    for _ in range(50):
        n = int(rng.integers(2, 40))
        truth, predicted = rng.integers(0, 5, n), rng.integers(0, 4, n)
        assert adjusted_rand_index(truth, predicted) == pytest.approx(metrics.adjusted_rand_score(truth, predicted))


def test_bcubed_worked_example():
    # Items 0-2 are one true cluster, 3-4 another; the prediction splits 0-1 | 2-3-4.
    # Precision per item: 1, 1, 1/3, 2/3, 2/3; recall per item: 2/3, 2/3, 1/3, 1, 1.
    scores = bcubed([0, 0, 0, 1, 1], [0, 0, 1, 1, 1])
    assert scores["precision"] == pytest.approx(11 / 15)
    assert scores["recall"] == pytest.approx(11 / 15)
    assert scores["f1"] == pytest.approx(11 / 15)


def test_bcubed_boundary_cases_of_amigo_et_al():
    truth = ["a", "a", "a", "b", "b", "c"]
    singletons = bcubed(truth, list(range(6)))
    assert singletons["precision"] == 1.0
    assert singletons["recall"] == pytest.approx((3 * (1 / 3) + 2 * (1 / 2) + 1) / 6)
    one_cluster = bcubed(truth, [0] * 6)
    assert one_cluster["recall"] == 1.0
    assert one_cluster["precision"] == pytest.approx((3 * 3 / 6 + 2 * 2 / 6 + 1 / 6) / 6)
    assert bcubed(truth, ["x", "x", "x", "y", "y", "z"]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_contingency_counts_and_rejects_unaligned_labelings():
    assert contingency(["a", "a", "b"], [1, 2, 2]).tolist() == [[1, 1], [0, 1]]
    with pytest.raises(ValueError, match="3 true labels but 2"):
        contingency([0, 0, 1], [0, 1])


def test_per_class_f1_macro_and_confusion():
    truth = ["agree", "agree", "disagree", "disagree", "disagree"]
    predicted = ["agree", "disagree", "disagree", "other", "agree"]
    scores = per_class_f1(truth, predicted, ["agree", "disagree"])
    assert scores["agree"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert scores["disagree"]["precision"] == 0.5 and scores["disagree"]["recall"] == pytest.approx(1 / 3)
    assert scores["disagree"]["f1"] == pytest.approx(0.4)
    assert macro_f1(scores) == pytest.approx(0.45)
    matrix = confusion_matrix(truth, predicted, ["agree", "disagree", "other"])
    assert matrix == [[1, 1, 0], [1, 1, 1], [0, 0, 0]]


def test_retrieval_scores_from_ranks():
    scores = retrieval_scores([1, 3, 6, None], ks=(1, 5))
    assert scores["recall@1"] == 0.25 and scores["recall@5"] == 0.5
    assert scores["mrr"] == pytest.approx((1 + 1 / 3 + 1 / 6) / 4)


def test_pair_precision_recall():
    scores = pair_precision_recall({(0, 1), (2, 3)}, {(0, 1), (4, 5), (6, 7)})
    assert scores["precision"] == 0.5 and scores["recall"] == pytest.approx(1 / 3)
    assert scores["hits"] == 1 and scores["predicted"] == 2 and scores["gold"] == 3
