"""The --nli backend on a tiny NLI cross-encoder built here (no downloads)."""
from __future__ import annotations

import pytest

from crosscheck.errors import ModelError
from crosscheck.stance import load_stance_model
from crosscheck.stance._nli import NliCrossEncoderStance, stance_labels

WORDS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "army", "entered", "left", "city", "not"]


def _tiny_cross_encoder(folder, id2label):
    """A 2-layer BERT sequence classifier with a word-level tokenizer, saved to ``folder``."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    vocab = {w: i for i, w in enumerate(WORDS)}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]", model_max_length=32)
    config = BertConfig(vocab_size=len(WORDS), hidden_size=8, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=16, max_position_embeddings=32, id2label=id2label,
                        label2id={v: k for k, v in id2label.items()})
    torch.manual_seed(0)
    model = BertForSequenceClassification(config)
    with torch.no_grad():  # make the contradiction output win whatever the input
        model.classifier.bias.copy_(torch.tensor([5.0 if v == "CONTRADICTION" else 0.0 for v in id2label.values()]))
    model.save_pretrained(folder)
    fast.save_pretrained(folder)
    return folder


def test_nli_cross_encoder_maps_its_own_label_order(tmp_path):
    folder = _tiny_cross_encoder(tmp_path / "nli", {0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"})
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
