"""sentence-transformers backend."""
from __future__ import annotations

import sys
from collections.abc import Sequence

import numpy as np

from ..errors import ModelError
from . import l2_normalised

BATCH = 64
CHUNK = 512  # texts per progress-bar step


class SentenceTransformerEmbedder:
    """Embeds passages with a sentence-transformers model.

    The model's ``passage`` prompt is used when it declares one (e5 models built by
    crosscheck do); an e5 model without prompts gets the ``passage: `` prefix it was
    trained with.
    """

    def __init__(self, model, *, model_id: str | None = None, device: str | None = None,
                 progress: bool | None = None):
        self.model = _load(model, device) if isinstance(model, str) else model
        self.model_id = model_id or (model if isinstance(model, str) else type(model).__name__)
        self.progress = sys.stderr.isatty() if progress is None else progress
        prompts = getattr(self.model, "prompts", {}) or {}
        self._prompt = prompts.get("passage")
        if self._prompt is None and "e5" in self.model_id.lower():
            self._prompt = "passage: "

    @property
    def dimension(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        chunks = range(0, len(texts), CHUNK)
        if self.progress and len(texts) > CHUNK:
            from tqdm import tqdm

            chunks = tqdm(chunks, desc="embedding", unit_scale=CHUNK, unit=" sentences")
        parts = [self._encode(texts[i : i + CHUNK]) for i in chunks]
        return l2_normalised(np.concatenate(parts))

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(
            texts, prompt=self._prompt, batch_size=BATCH, convert_to_numpy=True,
            normalize_embeddings=True, show_progress_bar=False,
        )


def _load(name_or_path: str, device: str | None):
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as error:  # pragma: no cover - a broken install
        raise ModelError(
            f"sentence-transformers is not installed ({error}); run: pip install sentence-transformers"
        ) from None
    try:
        return SentenceTransformer(name_or_path, device=device)
    except Exception as error:  # a hub without network, a wrong path...
        raise ModelError(
            f"cannot load sentence-transformers model {name_or_path!r}: {error}. Give a local "
            "model folder, or leave --model unset to use the offline multilingual-e5-small"
        ) from None
