"""Embedding cache keyed by (model id, normalised sentence), so a re-run embeds nothing twice."""
from __future__ import annotations

import hashlib
import sqlite3
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
            found.update((key, np.frombuffer(vec, dtype=np.float32)) for key, vec in rows)
        return found

    def put(self, model_id: str, items: dict[str, np.ndarray]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [(model_id, key, np.asarray(v, np.float32).tobytes()) for key, v in items.items()],
            )


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
    known = cache.get(embedder.model_id, sorted(set(keys))) if cache else {}
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
