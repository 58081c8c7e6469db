"""Training is deterministic: the same synthetic data and seed give the same bytes."""
from __future__ import annotations

import torch

from crosscheck.stance._e5_cross import StanceHead, load_head_weights, save_head_weights
from crosscheck.stance.train import (
    TrainConfig,
    averaged_orders,
    padded,
    predict,
    scores_of,
    train_head,
)


def _tiny_layers():
    from transformers import BertConfig, BertModel

    config = BertConfig(vocab_size=10, hidden_size=8, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=16, max_position_embeddings=16)
    torch.manual_seed(1)
    return BertModel(config, add_pooling_layer=False).encoder.layer


def _synthetic(n=24):
    generator = torch.Generator().manual_seed(5)
    states = [torch.randn(3 + i % 4, 8, generator=generator) for i in range(n)]
    labels = [i % 3 for i in range(n)]
    return states, labels


def _trained(tmp_path, name):
    states, labels = _synthetic()
    head = train_head(_tiny_layers(), states, labels, TrainConfig(epochs=2, batch_size=4, threads=1),
                      log=lambda _: None)
    path = tmp_path / f"{name}.safetensors"
    save_head_weights(head, path)
    return path.read_bytes()


def test_the_same_data_and_seed_give_the_same_weights_byte_for_byte(tmp_path):
    first, second = _trained(tmp_path, "a"), _trained(tmp_path, "b")
    assert first == second


def test_saved_weights_load_back_and_give_probabilities(tmp_path):
    states, labels = _synthetic()
    head = train_head(_tiny_layers(), states, labels, TrainConfig(epochs=1, batch_size=4, threads=1),
                      log=lambda _: None)
    save_head_weights(head, tmp_path / "w.safetensors")
    again = StanceHead(_tiny_layers(), 8)
    load_head_weights(again, tmp_path / "w.safetensors")
    probabilities = predict(again, states)
    assert probabilities.shape == (len(states), 3)
    assert abs(probabilities.sum(axis=1) - 1).max() < 1e-5
    assert set(scores_of(averaged_orders(probabilities), labels[:12])) == {"macro_f1", "macro_f1_3class"}


def test_padding_masks_the_padded_positions():
    batch, mask = padded([torch.ones(2, 8), torch.ones(4, 8)])
    assert batch.shape == (2, 4, 8) and mask.tolist() == [[1, 1, 0, 0], [1, 1, 1, 1]]
