"""The shipped stance model loads offline and reads a plain negation as disagreement."""
from __future__ import annotations

import json

import pytest

from crosscheck.errors import ModelError
from crosscheck.stance import SHIPPED, load_stance_model
from crosscheck.stance._e5_cross import CONFIG_FILE, WEIGHTS_FILE, E5CrossStance

# Written for this test (not taken from any data set).
NEGATED = ("أعلنت الحكومة رفع أسعار الوقود اعتبارا من الشهر المقبل",
           "الحكومة تنفي رفع أسعار الوقود الشهر المقبل")
SAME = ("أعلنت الحكومة رفع أسعار الوقود اعتبارا من الشهر المقبل",
        "الحكومة تقرر زيادة أسعار الوقود بدءا من الشهر القادم")


def test_the_shipped_model_is_small_and_says_what_it_was_trained_on():
    config = json.loads((SHIPPED / CONFIG_FILE).read_text(encoding="utf-8"))
    assert (SHIPPED / WEIGHTS_FILE).stat().st_size <= 25 * 2**20
    assert config["labels"] == ["agree", "disagree", "other"]
    assert set(config["data"]) >= {"ans/stance/train.csv"} and set(config["dev"]) == {"macro_f1", "macro_f1_3class"}


@pytest.fixture(scope="module")
def stance_model(e5_model_path):
    return E5CrossStance(SHIPPED, base_folder=e5_model_path)


@pytest.mark.slow
def test_a_negated_headline_disagrees_and_a_paraphrase_agrees(stance_model):
    (negated, score), (same, _) = stance_model.verdicts([NEGATED, SAME])
    assert negated == "disagree" and 0.5 < score <= 1.0
    assert same == "agree"
    assert stance_model.verdicts([]) == []


@pytest.mark.slow
def test_verdicts_do_not_depend_on_the_order_of_the_two_texts(stance_model):
    forward = stance_model.probabilities([NEGATED])
    backward = stance_model.probabilities([NEGATED[::-1]])
    assert abs(forward - backward).max() < 1e-6


def test_a_folder_without_a_stance_config_is_a_model_error(tmp_path):
    (tmp_path / CONFIG_FILE).write_text("{}", encoding="utf-8")
    with pytest.raises(ModelError, match="format"):
        load_stance_model(str(tmp_path))
