"""A faiss index of sentence vectors, saved under ``indexes/<name>/`` with a JSON sidecar.

Layout of an index folder (save and load mirror each other)::

    crosscheck_index.json   format version, model id, dimension, normalisation, count, kind
    vectors.faiss           the faiss index (inner product on L2-normalised vectors = cosine)
    sentences.jsonl         one sentence a line, aligned with the vectors
    articles.jsonl          the articles the sentences come from, text included
    derived.json            what the last check derived (groups, claims, nearby sentences),
                            so the next check reads only what was added; optional

Small collections use an exact flat index; past ``HNSW_FROM`` vectors the index becomes an
HNSW graph so neighbour search stays near-linear in the collection size.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

import faiss
import numpy as np

from .errors import IndexMismatchError, InputError
from .models import Article, Sentence

FORMAT_VERSION = 1
SIDECAR = "crosscheck_index.json"
DERIVED = "derived.json"
HNSW_FROM = 20_000
HNSW_M = 32
HNSW_EF_SEARCH = 96


class SentenceIndex:
    """Sentence vectors of a collection of articles, searchable by cosine similarity."""

    def __init__(self, model_id: str, dimension: int):
        self.model_id = model_id
        self.dimension = dimension
        self.articles: list[Article] = []
        self.sentences: list[Sentence] = []
        self._index = faiss.IndexFlatIP(dimension)
        #: What checks derived from the index (its groups, claims, which sentences are near
        #: which), kept so that a later check extends it instead of starting over. Values
        #: with a ``to_json()`` are saved; they load back as plain dicts (and are saved
        #: again as they are) until a reader turns them back into objects (``derived_as``).
        self.derived: dict[str, object] = {}

    @property
    def kind(self) -> str:
        return "hnsw" if isinstance(self._index, faiss.IndexHNSWFlat) else "flat"

    @property
    def article_ids(self) -> set[str]:
        return {a.id for a in self.articles}

    def __len__(self) -> int:
        return self._index.ntotal

    def add(self, articles: list[Article], sentences: list[Sentence], vectors: np.ndarray) -> None:
        """Append articles, their sentences and the sentences' vectors (row-aligned)."""
        if len(sentences) != len(vectors):
            raise ValueError(f"{len(sentences)} sentences but {len(vectors)} vectors")
        if len(vectors) and vectors.shape[1] != self.dimension:
            raise IndexMismatchError(
                f"vectors have dimension {vectors.shape[1]}, the index {self.dimension}"
            )
        self.articles.extend(articles)
        self.sentences.extend(sentences)
        if len(vectors):
            self._index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        if self.kind == "flat" and len(self) >= HNSW_FROM:
            self._index = _hnsw_from(self.vectors())

    def derived_as(self, name: str, kind: type):
        """``derived[name]`` as a ``kind``, read back with ``kind.from_json`` when it was
        loaded from disk; None when there is none or it does not read as one."""
        value = self.derived.get(name)
        if isinstance(value, dict):
            try:
                value = kind.from_json(value)
            except (KeyError, TypeError, ValueError):
                return None
        return value if isinstance(value, kind) else None

    def vectors(self) -> np.ndarray:
        """All vectors, row-aligned with ``sentences``."""
        if len(self) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._index.reconstruct_n(0, len(self))

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Cosine similarities and row ids of the ``k`` nearest sentences of each query."""
        k = min(k, len(self))
        if k == 0:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        return self._index.search(np.ascontiguousarray(queries, dtype=np.float32), k)

    def search_reaching(self, queries: np.ndarray, k: int, look: int | None = None
                        ) -> tuple[np.ndarray, np.ndarray, list[float]]:
        """:meth:`search` for ``max(k, look)`` neighbours, and each query's reach: the cosine
        of its ``k``-th nearest (``-inf`` when the index holds fewer). A sentence added later
        would be among a query's ``k`` nearest when its cosine reaches that; ``look`` finds
        the earlier sentences a new query would now be among the nearest of."""
        sims, ids = self.search(queries, max(k, look or k))
        reach = [float(row[k - 1]) if len(row) >= k else float("-inf") for row in sims]
        return sims, ids, reach

    def save(self, folder: str | Path) -> Path:
        """Write the index folder atomically (a reader never sees half an index)."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        faiss.write_index(self._index, str(tmp / "vectors.faiss"))
        _write_jsonl(tmp / "sentences.jsonl", (asdict(s) for s in self.sentences))
        _write_jsonl(tmp / "articles.jsonl", (asdict(a) for a in self.articles))
        derived = {name: value if isinstance(value, dict) else value.to_json()
                   for name, value in self.derived.items()
                   if isinstance(value, dict) or hasattr(value, "to_json")}
        if derived:
            (tmp / DERIVED).write_text(json.dumps(derived, ensure_ascii=False), encoding="utf-8")
        (tmp / SIDECAR).write_text(json.dumps(self._sidecar(), indent=2), encoding="utf-8")
        _replace_dir(tmp, folder)
        return folder

    def _sidecar(self) -> dict:
        return {
            "format_version": FORMAT_VERSION,
            "model_id": self.model_id,
            "dimension": self.dimension,
            "normalization": "l2",
            "metric": "inner_product",
            "kind": self.kind,
            "count": len(self),
            "articles": len(self.articles),
        }

    @classmethod
    def load(cls, folder: str | Path, *, model_id: str | None = None) -> SentenceIndex:
        """Read an index folder written by ``save``.

        Raises:
            InputError: The folder is not a crosscheck index.
            IndexMismatchError: It was built with another model or format version.
        """
        folder = Path(folder)
        meta = _read_sidecar(folder)
        if model_id is not None and meta["model_id"] != model_id:
            raise IndexMismatchError(
                f"index {folder} was built with model {meta['model_id']!r}, not {model_id!r}; "
                "use the same --model, or build a new index"
            )
        index = cls(meta["model_id"], meta["dimension"])
        index._index = faiss.read_index(str(folder / "vectors.faiss"))
        index.sentences = [Sentence(**row) for row in _read_jsonl(folder / "sentences.jsonl")]
        index.articles = [Article(**row) for row in _read_jsonl(folder / "articles.jsonl")]
        if len(index.sentences) != len(index) or len(index) != meta["count"]:
            raise InputError(f"index {folder} is inconsistent: {meta['count']} in sidecar, "
                             f"{len(index)} vectors, {len(index.sentences)} sentences")
        index.derived = _read_derived(folder / DERIVED)
        return index


def _hnsw_from(vectors: np.ndarray) -> faiss.Index:
    index = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_M, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efSearch = HNSW_EF_SEARCH
    index.add(vectors)
    return index


def _read_sidecar(folder: Path) -> dict:
    try:
        meta = json.loads((folder / SIDECAR).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{folder} is not a crosscheck index (no {SIDECAR})") from None
    except json.JSONDecodeError as error:
        raise InputError(f"{folder / SIDECAR} is not valid JSON: {error}") from None
    if meta.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"index {folder} has format version {meta.get('format_version')!r}; this crosscheck "
            f"reads version {FORMAT_VERSION}: rebuild the index"
        )
    return meta


def _read_derived(path: Path) -> dict[str, object]:
    """What the last check derived, or nothing: it is a cache, the next check can redo it
    (a damaged file costs time, never a wrong result)."""
    try:
        derived = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return derived if isinstance(derived, dict) else {}


def _write_jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _replace_dir(new: Path, target: Path) -> None:
    """Swap ``new`` in at ``target``, keeping the old folder until the new one is in place."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old.{os.getpid()}")
        os.rename(target, old)
    os.rename(new, target)
    if old is not None:
        import shutil

        shutil.rmtree(old, ignore_errors=True)
