"""Any sentence-transformers ``CrossEncoder`` trained for NLI, read as a stance model."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..errors import ModelError

# NLI label names (lower case) -> stance labels; models spell them several ways.
NLI_TO_STANCE = {
    "entailment": "agree", "entail": "agree", "entails": "agree",
    "contradiction": "disagree", "contradict": "disagree", "contradicts": "disagree",
    "neutral": "other",
}


class NliCrossEncoderStance:
    """Stance from an NLI cross-encoder: the label order comes from its ``id2label``.

    Args:
        name_or_path: A sentence-transformers ``CrossEncoder`` name or folder.
        device: torch device (default: the library's choice).
        batch_size: Pairs per forward pass.
    """

    def __init__(self, name_or_path: str, *, device: str | None = None, batch_size: int = 32):
        self.model_id = name_or_path
        self.batch_size = batch_size
        self._model = _load_cross_encoder(name_or_path, device)
        self._labels = stance_labels(self._model.config.id2label, name_or_path)

    def verdicts(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[str, float]]:
        """``(label, probability)`` per pair, from the softmax over the NLI classes."""
        if not pairs:
            return []
        from torch import nn

        logits = np.asarray(self._model.predict(
            [list(p) for p in pairs], batch_size=self.batch_size, show_progress_bar=False,
            activation_fn=nn.Identity(), convert_to_numpy=True), dtype=np.float64)
        probabilities = _softmax(logits.reshape(len(pairs), -1))
        best = probabilities.argmax(axis=1)
        return [(self._labels[i], round(float(p[i]), 4)) for i, p in zip(best, probabilities)]


def stance_labels(id2label: dict, name: str) -> list[str]:
    """Stance label of each output index of an NLI model.

    Raises:
        ModelError: A label is not an NLI label, or entailment or contradiction is missing.
    """
    labels = []
    for index in range(len(id2label)):
        raw = str(id2label.get(index, id2label.get(str(index), ""))).lower()
        if raw not in NLI_TO_STANCE:
            raise ModelError(f"{name}: output {index} is labelled {raw!r}, not an NLI label "
                             f"({', '.join(sorted(NLI_TO_STANCE))})")
        labels.append(NLI_TO_STANCE[raw])
    if not {"agree", "disagree"} <= set(labels):
        raise ModelError(f"{name}: an NLI model needs entailment and contradiction outputs, has {labels}")
    return labels


def _load_cross_encoder(name_or_path: str, device: str | None):
    try:
        from sentence_transformers import CrossEncoder
    except ImportError:  # pragma: no cover - a broken install
        raise ModelError("sentence-transformers is not installed; run: pip install sentence-transformers") from None
    try:
        return CrossEncoder(name_or_path, device=device)
    except (OSError, ValueError) as error:
        raise ModelError(f"cannot load the NLI cross-encoder {name_or_path!r}: {error}") from None


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)
