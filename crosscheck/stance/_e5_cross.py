"""The shipped stance model: multilingual-e5-small as a cross-encoder, top layers fine-tuned.

The two texts go through the offline e5-small (``crosscheck.embed._e5_offline``) as one
sequence, ``<s> a </s></s> b </s>``. The bottom layers are the shipped encoder's, frozen;
the top ``TOP_LAYERS`` were fine-tuned on ANS stance pairs and ship, in fp16, with a linear
head on the mean of the last hidden states. A pair is read in both orders and the two
probability vectors averaged (agreement and contradiction are symmetric).
"""
from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from ..errors import ModelError

LABELS = ("agree", "disagree", "other")
MAX_TOKENS = 128
WEIGHTS_FILE = "top_layers.safetensors"
CONFIG_FILE = "stance.json"
FORMAT = 1


class StanceHead(nn.Module):
    """Top encoder layers plus a linear classifier on their mean-pooled output."""

    def __init__(self, layers: nn.ModuleList, hidden: int, dropout: float = 0.1):
        super().__init__()
        self.layers = layers
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden, len(LABELS))

    def forward(self, states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Logits (batch, 3) from the hidden states entering the top layers."""
        additive = (1.0 - mask[:, None, None, :].to(states.dtype)) * torch.finfo(states.dtype).min
        for layer in self.layers:
            states = _layer_output(layer(states, attention_mask=additive))
        weights = mask.unsqueeze(-1).to(states.dtype)
        pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        return self.classifier(self.dropout(pooled))


def _layer_output(output) -> torch.Tensor:
    return output[0] if isinstance(output, tuple) else output


def load_base(folder: str | Path | None = None):
    """The fp32 e5-small ``BertModel`` and its tokenizer, built offline (eval mode).

    Raises:
        ModelError: The folder cannot be built or read.
    """
    from transformers import AutoTokenizer, BertModel
    from transformers.utils import logging as hf_logging

    from ..embed._e5_offline import e5_small_path

    folder = Path(folder) if folder else e5_small_path()
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # the folder's unused pooler weights are expected
    hf_logging.disable_progress_bar()
    try:
        model = BertModel.from_pretrained(str(folder), attn_implementation="eager", add_pooling_layer=False)
        tokenizer = AutoTokenizer.from_pretrained(str(folder))
    except OSError as error:
        raise ModelError(f"cannot load the e5-small base model from {folder}: {error}") from None
    finally:
        hf_logging.set_verbosity(verbosity)
        hf_logging.enable_progress_bar()
    return model.eval(), tokenizer


def encode_pairs(tokenizer, pairs: Sequence[tuple[str, str]]) -> dict:
    """Token ids and mask of ``pairs`` as one padded batch."""
    first = [a for a, _ in pairs]
    second = [b for _, b in pairs]
    return tokenizer(first, second, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt")


@torch.no_grad()
def states_below(model, batch: dict, cut: int) -> torch.Tensor:
    """Hidden states entering layer ``cut`` of the encoder (the frozen part's output)."""
    out = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], output_hidden_states=True)
    return out.hidden_states[cut]


def bottom_of(model, cut: int):
    """``model`` cut to its first ``cut`` layers: its output is what the top layers read."""
    model.encoder.layer = model.encoder.layer[:cut]
    return model


class E5CrossStance:
    """The stance model written by ``crosscheck.stance.train`` (the shipped one by default).

    Args:
        folder: Holds ``stance.json`` and ``top_layers.safetensors``.
        base_folder: The e5-small sentence-transformers folder (default: built offline).
        batch_size: Pairs per forward pass.
    """

    def __init__(self, folder: str | Path, *, base_folder: str | Path | None = None, batch_size: int = 32):
        self.folder = Path(folder)
        self.config = read_config(self.folder)
        self.model_id = self.config["model_id"]
        self.batch_size = batch_size
        self.cut = self.config["cut"]
        model, self._tokenizer = load_base(base_folder)
        self._check_base(model)
        self.head = StanceHead(copy.deepcopy(model.encoder.layer[self.cut:]), model.config.hidden_size)
        load_head_weights(self.head, self.folder / WEIGHTS_FILE)
        self.head.eval()
        self._bottom = bottom_of(model, self.cut)

    def _check_base(self, model) -> None:
        if model.config.num_hidden_layers != self.config["base_layers"]:
            raise ModelError(f"{self.folder}: trained on a {self.config['base_layers']}-layer base, "
                             f"the base model has {model.config.num_hidden_layers}")

    def verdicts(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, float]]:
        """``(label, probability)`` per pair, the probabilities of both orders averaged."""
        probabilities = self.probabilities(pairs)
        best = probabilities.argmax(axis=1) if len(pairs) else []
        return [(LABELS[i], round(float(p[i]), 4)) for i, p in zip(best, probabilities)]

    @torch.no_grad()
    def probabilities(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """(n, 3) probabilities of agree, disagree, other: both orders averaged, agree shifted."""
        both = list(pairs) + [(b, a) for a, b in pairs]
        found = np.zeros((len(both), len(LABELS)))
        order = sorted(range(len(both)), key=lambda i: len(both[i][0]) + len(both[i][1]))
        for start in range(0, len(order), self.batch_size):
            rows = order[start: start + self.batch_size]
            batch = encode_pairs(self._tokenizer, [both[i] for i in rows])
            states = self._bottom(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"])
            logits = self.head(states.last_hidden_state, batch["attention_mask"])
            found[rows] = torch.softmax(logits.double(), -1).numpy()
        return shifted((found[: len(pairs)] + found[len(pairs):]) / 2, self.config.get("agree_offset", 0.0))


def shifted(probabilities: np.ndarray, agree_offset: float) -> np.ndarray:
    """Probabilities with agree's log-odds moved by ``agree_offset`` (a prior shift chosen on dev)."""
    scaled = np.array(probabilities, dtype=np.float64)
    scaled[:, LABELS.index("agree")] *= np.exp(agree_offset)
    return scaled / scaled.sum(axis=1, keepdims=True)


def read_config(folder: Path) -> dict:
    """The ``stance.json`` sidecar of a saved stance model.

    Raises:
        ModelError: It is missing, unreadable, or of another format version.
    """
    path = folder / CONFIG_FILE
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ModelError(f"cannot read the stance model config {path}: {error}") from None
    if config.get("format") != FORMAT:
        raise ModelError(f"{path}: format {config.get('format')!r}, this crosscheck reads format {FORMAT}")
    return config


def load_head_weights(head: StanceHead, path: Path) -> None:
    """Load the fp16 weights of the top layers and the classifier into ``head`` (as fp32)."""
    from safetensors.torch import load_file

    try:
        weights = load_file(str(path))
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot read the stance weights {path}: {error}") from None
    head.load_state_dict({k: v.float() for k, v in weights.items()})


def save_head_weights(head: StanceHead, path: Path) -> None:
    """Write the top layers and the classifier as fp16 safetensors (deterministic bytes)."""
    from safetensors.torch import save_file

    state = {k: v.detach().to(torch.float16).contiguous() for k, v in sorted(head.state_dict().items())}
    save_file(state, str(path))
