"""Embedding cache keyed by (model id, normalised sentence), so a re-run embeds nothing twice."""
from __future__ import annotations

import hashlib
import sqlite3
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from . import Embedder


class EmbeddingCache:
    """Float32 vectors in one SQLite file; safe to share between runs and processes."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, key TEXT, vec BLOB, "
            "PRIMARY KEY (model, key))"
        )

    def get(self, model_id: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found = {}
        for i in range(0, len(keys), 500):
            batch = list(keys[i : i + 500])
            marks = ",".join("?" * len(batch))
            rows = self._db.execute(
                f"SELECT key, vec FROM vectors WHERE model = ? AND key IN ({marks})",
                [model_id, *batch],
            )
            found.update((key, _vector(vec)) for key, vec in rows)
        return found

    def put(self, model_id: str, items: dict[str, np.ndarray]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [(model_id, key, np.asarray(v, np.float32).tobytes()) for key, v in items.items()],
            )


def _vector(blob) -> np.ndarray:
    """A stored row as float32; what is not whole floats (a damaged row) comes back short."""
    data = bytes(blob) if isinstance(blob, bytes | memoryview) else b""
    return np.frombuffer(data[: len(data) - len(data) % 4], dtype=np.float32)


def _sound(found: dict[str, np.ndarray], cache: EmbeddingCache) -> dict[str, np.ndarray]:
    """The cached vectors that can be right: unit length, finite, of the common dimension.
    A damaged row (cut short, garbled) is embedded again and replaced, with a warning."""
    sizes = [len(v) for v in found.values()]
    common = max(set(sizes), key=sizes.count) if sizes else 0
    sound = {key: v for key, v in found.items()
             if len(v) == common and np.isfinite(v).all() and abs(float(np.dot(v, v)) - 1.0) < 1e-3}
    if len(sound) < len(found):
        warnings.warn(f"embedding cache {cache.path}: {len(found) - len(sound)} damaged rows; "
                      "embedded again and replaced", RuntimeWarning, stacklevel=3)
    return sound


def cache_key(normalised_text: str) -> str:
    """Stable key of a normalised sentence."""
    return hashlib.sha1(normalised_text.encode("utf-8")).hexdigest()


def embed_with_cache(
    embedder: Embedder, texts: Sequence[str], norms: Sequence[str], cache: EmbeddingCache | None
) -> tuple[np.ndarray, int]:
    """Embed ``texts``, taking what ``cache`` already holds (keyed by ``norms``).

    Returns:
        The (n, d) float32 matrix aligned with ``texts``, and how many texts were embedded now.
    """
    keys = [cache_key(n) for n in norms]
    known = _sound(cache.get(embedder.model_id, sorted(set(keys))), cache) if cache else {}
    todo = {}
    for text, key in zip(texts, keys):
        if key not in known:
            todo.setdefault(key, text)
    if todo:
        fresh = embedder.embed(list(todo.values()))
        new = dict(zip(todo.keys(), fresh))
        known.update(new)
        if cache:
            cache.put(embedder.model_id, new)
    if not keys:
        return np.zeros((0, 0), dtype=np.float32), 0
    return np.stack([known[k] for k in keys]).astype(np.float32), len(todo)
