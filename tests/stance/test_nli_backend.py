"""The --nli backend on a tiny NLI cross-encoder built here (no downloads)."""
from __future__ import annotations

import pytest

from crosscheck.errors import ModelError
from crosscheck.stance import load_stance_model
from crosscheck.stance._nli import NliCrossEncoderStance, stance_labels


def test_nli_cross_encoder_maps_its_own_label_order(tiny_nli_model, tmp_path):
    folder = tiny_nli_model(tmp_path / "nli", {0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"})
    model = load_stance_model(str(folder))
    assert isinstance(model, NliCrossEncoderStance)
    found = model.verdicts([("the army entered the city", "the army left the city"), ("the city", "the city")])
    assert [label for label, _ in found] == ["disagree", "disagree"]
    assert all(0.9 < score <= 1.0 for _, score in found)
    assert model.verdicts([]) == []


def test_nli_labels_in_another_order_follow_id2label():
    assert stance_labels({0: "contradiction", 1: "entailment", 2: "neutral"}, "m") == ["disagree", "agree", "other"]
    assert stance_labels({"0": "Entailment", "1": "Contradiction"}, "m") == ["agree", "disagree"]


def test_a_model_without_nli_labels_is_refused():
    with pytest.raises(ModelError, match="not an NLI label"):
        stance_labels({0: "positive", 1: "negative"}, "sentiment-model")


def test_a_missing_cross_encoder_is_a_model_error(tmp_path):
    with pytest.raises(ModelError, match="cannot load"):
        load_stance_model(str(tmp_path / "absent"))
