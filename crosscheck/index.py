"""A faiss index of sentence vectors, saved under ``indexes/<name>/`` with a JSON sidecar.

Layout of an index folder (save and load mirror each other)::

    crosscheck_index.json   format version, model id, dimension, normalisation, count, kind,
                            and the size, row count and SHA-256 of every file below
    vectors.faiss           the faiss index (inner product on L2-normalised vectors = cosine)
    sentences.jsonl         one sentence a line, aligned with the vectors
    articles.jsonl          the articles the sentences come from, text included
    derived.json            what the last check derived (groups, claims, nearby sentences),
                            so the next check reads only what was added; optional

Saving writes a new folder beside the old one and swaps it in; a lock file beside the
folder (``.<name>.lock``) keeps two runs from writing one index at once, and a save cut off
between its two renames is recovered by the next load. A folder that is not a crosscheck
index is never replaced. Loading checks every file against the sidecar and names a damaged
one; a damaged ``derived.json`` is only rebuilt (with a warning).

Small collections use an exact flat index; past ``HNSW_FROM`` vectors the index becomes an
HNSW graph so neighbour search stays near-linear in the collection size.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from pathlib import Path

import faiss
import numpy as np

from ._files import write_synced
from .errors import IndexLockedError, IndexMismatchError, InputError, OutputError
from .models import Article, Sentence, Skipped

FORMAT_VERSION = 1
SIDECAR = "crosscheck_index.json"
DERIVED = "derived.json"
VECTORS, SENTENCES, ARTICLES = "vectors.faiss", "sentences.jsonl", "articles.jsonl"
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
        #: What the last check derived from the index, owned by the pipeline
        #: (``crosscheck.derived.Derived``) and only carried here: saved as derived.json
        #: through its ``to_json()``; loaded back as the plain dict, which the pipeline reads
        #: (``derived_of``). Empty when nothing was derived.
        self.derived: object = {}
        #: What loading repaired or ignored (a damaged derived.json, a recovered save).
        self.load_warnings: list[str] = []

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

    def admit(self, articles: list[Article]) -> tuple[list[Article], list[Skipped]]:
        """The articles to add, and those the index holds already.

        An article with the id, path and text of one in the index is a true duplicate and is
        reported, not added again. Any other article whose id is taken (a daily ``feed.csv``
        whose rows are ``feed-2`` again, a file whose stem was indexed before) is added
        under an id made unique with a hash of its path and text.
        """
        held = {a.id: a for a in self.articles}
        taken, fresh, duplicates = set(held), [], []
        for article in articles:
            same = held.get(article.id)
            if same is not None and (same.path, same.text) == (article.path, article.text):
                duplicates.append(Skipped(article.path, f"duplicate: already in the index as {article.id!r} "
                                                        "(same file, same text); not added again"))
                continue
            if article.id in taken:
                article = replace(article, id=_unique_id(article, taken))
            taken.add(article.id)
            fresh.append(article)
        return fresh, duplicates

    def vectors(self, rows: list[int] | None = None) -> np.ndarray:
        """The vectors of ``rows`` (all when None), row-aligned with ``sentences``."""
        if rows is not None:
            if not rows:
                return np.zeros((0, self.dimension), dtype=np.float32)
            return self._index.reconstruct_batch(np.asarray(rows, dtype=np.int64))
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
        """Write the index folder atomically (a reader never sees half an index).

        Raises:
            OutputError: ``folder`` is a file, or a folder that is not a crosscheck index.
            IndexLockedError: Another run is writing this index.
        """
        folder = Path(folder)
        with index_lock(folder):
            _check_replaceable(folder)
            tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new.", dir=folder.parent))
            try:
                files = self._write_files(tmp)
                write_synced(tmp / SIDECAR, json.dumps({**self._sidecar(), "files": files}, indent=2).encode())
                _replace_dir(tmp, folder)
            except OSError as error:
                raise OutputError(f"cannot save index {folder} ({error.strerror or error}); "
                                  "the index there before is unchanged") from None
            finally:
                _remove(tmp)
        return folder

    def _write_files(self, tmp: Path) -> dict[str, dict]:
        """Write the data files; their size, rows and checksum for the sidecar."""
        vectors = faiss.serialize_index(self._index).tobytes()
        contents = {
            VECTORS: (vectors, len(self)),
            SENTENCES: (_jsonl(asdict(s) for s in self.sentences), len(self.sentences)),
            ARTICLES: (_jsonl(asdict(a) for a in self.articles), len(self.articles)),
        }
        derived = self.derived.to_json() if hasattr(self.derived, "to_json") else self.derived
        if derived:
            contents[DERIVED] = (json.dumps(derived, ensure_ascii=False).encode("utf-8"), len(derived))
        for name, (data, _) in contents.items():
            write_synced(tmp / name, data)
        return {name: {"bytes": len(data), "rows": rows, "sha256": hashlib.sha256(data).hexdigest()}
                for name, (data, rows) in contents.items()}

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
        """Read an index folder written by ``save``, checking every file against the sidecar.

        Raises:
            InputError: The folder is not a crosscheck index, or a file of it is damaged
                (the message names the file).
            IndexMismatchError: It was built with another model or format version.
        """
        folder = Path(folder)
        recovered = recover(folder)
        meta = _read_sidecar(folder)
        if model_id is not None and meta["model_id"] != model_id:
            raise IndexMismatchError(
                f"index {folder} was built with model {meta['model_id']!r}, not {model_id!r}; "
                "use the same --model, or build a new index"
            )
        data, derived_warning = _verified_files(folder, meta.get("files"))
        index = cls(meta["model_id"], meta["dimension"])
        index._index = _faiss_from(folder / VECTORS, data[VECTORS])
        index.sentences = _rows_of(folder / SENTENCES, data[SENTENCES], Sentence)
        index.articles = _rows_of(folder / ARTICLES, data[ARTICLES], Article)
        _check_consistent(folder, meta, index)
        index.derived, unreadable = _read_derived(data.get(DERIVED))
        index.load_warnings = [w for w in (recovered, derived_warning or unreadable) if w]
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
    except (UnicodeDecodeError, ValueError) as error:
        raise InputError(f"index {folder} is damaged: {folder / SIDECAR} is not valid JSON: {error}") from None
    if not isinstance(meta, dict) or not isinstance(meta.get("model_id"), str) or \
            not isinstance(meta.get("dimension"), int):
        raise InputError(f"index {folder} is damaged: {folder / SIDECAR} lacks the model id or dimension")
    if meta.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            f"index {folder} has format version {meta.get('format_version')!r}; this crosscheck "
            f"reads version {FORMAT_VERSION}: rebuild the index"
        )
    return meta


def _verified_files(folder: Path, files: dict | None) -> tuple[dict[str, bytes | None], str | None]:
    """The bytes of each data file, checked against the sidecar's sizes and checksums
    (an index saved before checksums were recorded is read unchecked).

    Returns:
        The bytes by file name (``derived.json``: None when absent or damaged), and a
        warning when ``derived.json`` was damaged.

    Raises:
        InputError: A vectors, sentences or articles file is missing or damaged.
    """
    data: dict[str, bytes | None] = {}
    for name in (VECTORS, SENTENCES, ARTICLES):
        data[name] = _read_or_none(folder / name)
        if data[name] is None:
            raise InputError(f"index {folder} is damaged: {name} is missing; rebuild the index")
        if files is not None and not _matches(data[name], files.get(name)):
            raise InputError(f"index {folder} is damaged: {folder / name} does not match the size "
                             f"and checksum in {SIDECAR}; restore it or rebuild the index")
    derived = _read_or_none(folder / DERIVED)
    warning = None
    if files is not None and (derived is not None or DERIVED in files) and not _matches(derived, files.get(DERIVED)):
        warning = (f"{folder / DERIVED} is damaged or does not match {SIDECAR}; this check "
                   "rebuilds the groups and claims it held")
        derived = None
    data[DERIVED] = derived
    return data, warning


def _matches(data: bytes | None, expected: dict | None) -> bool:
    if data is None or not isinstance(expected, dict):
        return False
    return len(data) == expected.get("bytes") and hashlib.sha256(data).hexdigest() == expected.get("sha256")


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _faiss_from(path: Path, data: bytes) -> faiss.Index:
    try:
        return faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8))
    except RuntimeError as error:
        raise InputError(f"index {path.parent} is damaged: {path} is not a faiss index "
                         f"({str(error).splitlines()[0][:200]})") from None


def _rows_of(path: Path, data: bytes, kind: type) -> list:
    """Rows of a JSON-lines table as ``kind`` objects; a bad line names the file and line."""
    rows = []
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(kind(**json.loads(line)))
        except (ValueError, TypeError, RecursionError) as error:
            raise InputError(f"index {path.parent} is damaged: {path} line {number} is not a "
                             f"{kind.__name__.lower()} row ({str(error)[:200]})") from None
    return rows


def _check_consistent(folder: Path, meta: dict, index: SentenceIndex) -> None:
    """Counts and shapes agree between the sidecar, the vectors and the tables."""
    problems = []
    if not (len(index.sentences) == len(index) == meta.get("count")):
        problems.append(f"{meta.get('count')} in sidecar, {len(index)} vectors, "
                        f"{len(index.sentences)} sentences")
    if index._index.d != meta.get("dimension"):
        problems.append(f"vectors of dimension {index._index.d}, sidecar {meta.get('dimension')}")
    if meta.get("articles") not in (None, len(index.articles)):
        problems.append(f"{meta['articles']} articles in sidecar, {len(index.articles)} in {ARTICLES}")
    known = {a.id for a in index.articles}
    if any(s.article not in known for s in index.sentences):
        problems.append(f"sentences of articles that {ARTICLES} does not hold")
    if problems:
        raise InputError(f"index {folder} is inconsistent: {'; '.join(problems)}; rebuild the index")


def _read_derived(data: bytes | None) -> tuple[dict[str, object], str | None]:
    """What the last check derived, or nothing: it is a cache, the next check can redo it
    (a damaged file costs time, never a wrong result)."""
    if data is None:
        return {}, None
    try:
        derived = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return {}, f"{DERIVED} could not be read; this check rebuilds what it held"
    return (derived, None) if isinstance(derived, dict) else ({}, f"{DERIVED} is not an object; rebuilt")


def _jsonl(rows) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def _unique_id(article: Article, taken: set[str]) -> str:
    digest = hashlib.sha1(f"{article.path}\0{article.text}".encode("utf-8", "surrogatepass")).hexdigest()
    candidate, n = f"{article.id}@{digest[:8]}", 1
    while candidate in taken:
        n += 1
        candidate = f"{article.id}@{digest[:8]}~{n}"
    return candidate


# -- the swap, its recovery and the lock ------------------------------------------------


def _check_replaceable(folder: Path) -> None:
    """Refuse to replace a file, or a folder that is not a crosscheck index."""
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise OutputError(f"{folder} is a file, not an index folder; choose another --name")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / SIDECAR).is_file():
        raise OutputError(f"{folder} is a folder but not a crosscheck index (no {SIDECAR}); it is "
                          "not replaced: choose another --name, or empty or remove it")


def _replace_dir(new: Path, target: Path) -> None:
    """Swap ``new`` in at ``target``, keeping the old folder until the new one is in place.

    A failure between the two renames puts the old folder back; a kill there leaves it as
    ``.<name>.old.<pid>``, which :func:`recover` puts back (or the new one, when complete).
    """
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old.{os.getpid()}")
        os.rename(target, old)
    try:
        os.rename(new, target)
    except BaseException:
        if old is not None:
            os.rename(old, target)
        raise
    _sync_dir(target.parent)  # best effort: the swap is done, a failure here changes nothing
    if old is not None:
        _remove(old)


def _remove(folder: Path) -> None:
    """Remove a leftover folder, best effort (what stays is cleared by :func:`recover`)."""
    try:
        shutil.rmtree(folder, ignore_errors=True)
    except OSError:
        pass


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def recover(folder: str | Path) -> str | None:
    """Finish or undo a save that was cut off, and remove what it left behind.

    With the index folder missing, the index the save was replacing is put back (a first
    save's new folder when it is complete: sidecar and files that match); leftovers beside
    an index in place are removed.

    Returns:
        A message when an index was put back, else None.
    """
    folder = Path(folder)
    if not folder.parent.is_dir():
        return None
    news = sorted(folder.parent.glob(f".{folder.name}.new.*"))
    olds = sorted(folder.parent.glob(f".{folder.name}.old.*"))
    if not news and not olds:
        return None
    with index_lock(folder):
        message = None
        if not folder.exists():
            # the save never finished, so the index it was replacing is put back; without
            # one (a first save), a new folder whose sidecar matches its files is used
            chosen = next((p for p in olds if (p / SIDECAR).is_file()), None) or next(
                (p for p in news if _complete(p)), None)
            if chosen is not None:
                os.rename(chosen, folder)
                message = (f"index {folder} was missing after an interrupted save; recovered it "
                           f"from {chosen.name}")
        if folder.exists():  # never remove the only copy of anything
            for path in news + olds:
                if path.exists():
                    _remove(path)
    return message


def _complete(folder: Path) -> bool:
    """Whether ``folder`` holds a sidecar and data files that match it."""
    try:
        meta = json.loads((folder / SIDECAR).read_text(encoding="utf-8"))
        files = meta["files"]
        return all(_matches(_read_or_none(folder / name), files[name]) for name in files)
    except (OSError, ValueError, KeyError, TypeError):
        return False


def index_exists(folder: str | Path) -> bool:
    """Whether an index is at ``folder``, after recovering an interrupted save."""
    recover(folder)
    return Path(folder).exists()


_HELD_LOCKS: dict[Path, int] = {}


@contextmanager
def index_lock(folder: str | Path) -> Iterator[None]:
    """Hold the write lock of the index at ``folder`` (reentrant within a process).

    Hold it from loading an index to saving it, so that two runs adding to one index cannot
    both report their articles added while one run's are lost. The lock is released when the
    process ends, however it ends.

    Raises:
        IndexLockedError: Another process holds it.
    """
    folder = Path(folder)
    path = folder.with_name(f".{folder.name}.lock")
    key = path.absolute()
    if key in _HELD_LOCKS:
        _HELD_LOCKS[key] += 1
        try:
            yield
        finally:
            _HELD_LOCKS[key] -= 1
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise IndexLockedError(f"index {folder} is being written by another crosscheck run "
                                   f"({holder}; lock file {path}); run again when it has finished") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        _HELD_LOCKS[key] = 1
        try:
            yield
        finally:
            del _HELD_LOCKS[key]
            fcntl.flock(handle, fcntl.LOCK_UN)
