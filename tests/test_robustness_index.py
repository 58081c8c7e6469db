"""The saved index under damage, crashes and concurrent writers (fake vectors, no model)."""
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from crosscheck.errors import IndexLockedError, InputError, OutputError
from crosscheck.index import SIDECAR, SentenceIndex, index_exists, index_lock, recover
from crosscheck.models import Article, Sentence

ROOT = Path(__file__).resolve().parents[1]
DIM = 8


def make_index(n_articles=3, seed=0, prefix="a"):
    rng = np.random.default_rng(seed)
    index = SentenceIndex("fake-model", DIM)
    for i in range(n_articles):
        article = Article(id=f"{prefix}{i}", outlet=f"O{i}", text=f"Text {i}. Second {i}.", path=f"{prefix}{i}.txt")
        sentences = [Sentence(article.id, article.outlet, k, 0, 7, f"Text {i}.", f"text {i}") for k in range(2)]
        vectors = rng.normal(size=(2, DIM)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        index.add([article], sentences, vectors)
    index.derived["grouping"] = {"rule": [1, 2], "groups": [[0, 1]]}
    return index


def same(a: SentenceIndex, b: SentenceIndex) -> bool:
    return (a.articles == b.articles and a.sentences == b.sentences
            and np.allclose(a.vectors(), b.vectors()) and a.derived == b.derived)


def test_sidecar_records_counts_and_checksums(tmp_path):
    index = make_index()
    folder = index.save(tmp_path / "idx")
    files = json.loads((folder / SIDECAR).read_text())["files"]
    assert files["sentences.jsonl"]["rows"] == 6 and files["articles.jsonl"]["rows"] == 3
    assert all(len(f["sha256"]) == 64 for f in files.values())
    loaded = SentenceIndex.load(folder, model_id="fake-model")
    assert same(loaded, index) and loaded.load_warnings == []


def _truncate(path):
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


def _swap_vectors(path):
    other = make_index(seed=99)
    import faiss

    path.write_bytes(faiss.serialize_index(other._index).tobytes())


def _garble(path):
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))


def _shuffle(path):
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[1:] + lines[:1]), encoding="utf-8")


@pytest.mark.parametrize("name", ["vectors.faiss", "sentences.jsonl", "articles.jsonl"])
@pytest.mark.parametrize("damage", [_truncate, _swap_vectors, _garble, _shuffle, Path.unlink])
def test_a_damaged_file_is_named(tmp_path, name, damage):
    if damage is _swap_vectors and name != "vectors.faiss" or damage is _shuffle and name == "vectors.faiss":
        pytest.skip("not a damage of this file")
    folder = make_index().save(tmp_path / "idx")
    damage(folder / name)
    with pytest.raises(InputError, match=f"damaged: .*{name}"):
        SentenceIndex.load(folder)


@pytest.mark.parametrize("content", ["[1, 2]", '{"format_version": 1}', "{\"model_id", "\udcff"])
def test_a_damaged_sidecar_is_named(tmp_path, content):
    folder = make_index().save(tmp_path / "idx")
    (folder / SIDECAR).write_text(content, encoding="utf-8", errors="surrogateescape")
    with pytest.raises(InputError, match=f"damaged: .*{SIDECAR}"):
        SentenceIndex.load(folder)


@pytest.mark.parametrize("damage", [_truncate, _garble, Path.unlink,
                                    lambda p: p.write_text('{"grouping": {"rule": [1, 3], "groups": [[0, 1]]}}')])
def test_a_damaged_derived_file_is_rebuilt_with_a_warning(tmp_path, damage):
    folder = make_index().save(tmp_path / "idx")
    damage(folder / "derived.json")
    loaded = SentenceIndex.load(folder)
    assert loaded.derived == {}
    assert "derived.json" in loaded.load_warnings[0] and "rebuild" in loaded.load_warnings[0]


def test_an_index_saved_before_checksums_still_loads_and_counts_are_checked(tmp_path):
    folder = make_index().save(tmp_path / "idx")
    meta = json.loads((folder / SIDECAR).read_text())
    del meta["files"]
    (folder / SIDECAR).write_text(json.dumps(meta))
    assert len(SentenceIndex.load(folder)) == 6
    lines = (folder / "sentences.jsonl").read_text().splitlines(keepends=True)
    (folder / "sentences.jsonl").write_text("".join(lines[:-1]))
    with pytest.raises(InputError, match="inconsistent: 6 in sidecar, 6 vectors, 5 sentences"):
        SentenceIndex.load(folder)
    (folder / "sentences.jsonl").write_text("".join(lines[:-1]) + '{"article": "a2", "garbled\n')
    with pytest.raises(InputError, match="sentences.jsonl line 6"):
        SentenceIndex.load(folder)


def test_a_folder_that_is_not_an_index_is_never_replaced(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "NOTES.txt").write_text("my notes")
    with pytest.raises(OutputError, match="not a crosscheck index"):
        make_index().save(tmp_path / "mine")
    assert (tmp_path / "mine" / "NOTES.txt").read_text() == "my notes"
    (tmp_path / "file").write_text("a file")
    with pytest.raises(OutputError, match="is a file"):
        make_index().save(tmp_path / "file")
    assert (tmp_path / "file").read_text() == "a file"
    (tmp_path / "empty").mkdir()
    make_index().save(tmp_path / "empty")  # an empty folder is fine
    assert not [p for p in os.listdir(tmp_path) if ".new." in p or ".old." in p]


def test_true_duplicates_are_reported_and_reused_ids_get_a_unique_one(tmp_path):
    index = make_index(n_articles=2)
    same_file = index.articles[0]
    day_two = Article(id="a1", outlet="O1", text="A new day's text.", path="a1.txt")
    fresh, duplicates = index.admit([same_file, day_two, Article(id="b", outlet="X", text="t", path="b")])
    assert [d.path for d in duplicates] == ["a0.txt"] and "duplicate" in duplicates[0].reason
    assert [a.id for a in fresh][1] == "b" and fresh[0].id.startswith("a1@") and fresh[0].text == day_two.text
    again, _ = index.admit([day_two, day_two])
    assert len({a.id for a in again}) == 2


LOCK_HOLDER = textwrap.dedent("""
    import sys, time
    from crosscheck.index import index_lock
    with index_lock(sys.argv[1]):
        print("locked", flush=True)
        time.sleep(30)
""")


def test_a_second_writer_is_refused_with_the_lock_file_named(tmp_path):
    folder = tmp_path / "idx"
    make_index().save(folder)
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(folder)], stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexLockedError, match=rf"pid {holder.pid}; lock file .*\.idx\.lock"):
            make_index(n_articles=5).save(folder)
    finally:
        holder.kill()
        holder.wait()
    assert len(SentenceIndex.load(folder).articles) == 3  # the refused run changed nothing
    make_index(n_articles=5).save(folder)  # released when its holder died
    with index_lock(folder), index_lock(folder):  # reentrant within a process
        assert len(SentenceIndex.load(folder).articles) == 5


def test_a_save_killed_between_its_renames_is_recovered(tmp_path):
    folder = tmp_path / "idx"
    old = make_index()
    old.save(folder)
    os.rename(folder, tmp_path / ".idx.old.12345")  # what a kill after the first rename leaves
    assert index_exists(folder)
    loaded = SentenceIndex.load(folder)
    assert same(loaded, old)
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".idx.old")]


def test_recovery_puts_back_the_previous_index_and_drops_the_unfinished_save(tmp_path):
    folder = tmp_path / "idx"
    old = make_index()
    old.save(folder)
    make_index(n_articles=4).save(tmp_path / "staging")
    os.rename(folder, tmp_path / ".idx.old.1")
    os.rename(tmp_path / "staging", tmp_path / ".idx.new.abc")  # complete, never swapped in
    (tmp_path / ".idx.new.partial").mkdir()
    message = recover(folder)
    assert "recovered" in message and ".idx.old.1" in message
    assert same(SentenceIndex.load(folder), old)
    assert sorted(p for p in os.listdir(tmp_path) if p.startswith(".idx.")) == [".idx.lock"]


def test_a_first_save_killed_before_its_rename_is_used_when_complete(tmp_path):
    new = make_index(n_articles=4)
    new.save(tmp_path / "staging")
    os.rename(tmp_path / "staging", tmp_path / ".idx.new.abc")
    assert index_exists(tmp_path / "idx") and same(SentenceIndex.load(tmp_path / "idx"), new)


def test_a_damaged_embedding_cache_row_is_embedded_again(tmp_path):
    import sqlite3
    import warnings

    from crosscheck.embed.cache import EmbeddingCache, embed_with_cache

    class Fake:
        model_id = "fake"

        def __init__(self):
            self.calls = []

        def embed(self, texts):
            self.calls.append(list(texts))
            vectors = np.ones((len(texts), DIM), np.float32)
            return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    cache, fake = EmbeddingCache(tmp_path / "e.sqlite"), Fake()
    embed_with_cache(fake, ["a", "b"], ["a", "b"], cache)
    with sqlite3.connect(tmp_path / "e.sqlite") as db:
        db.execute("UPDATE vectors SET vec = substr(vec, 1, 13) WHERE rowid = 1")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        vectors, embedded = embed_with_cache(fake, ["a", "b"], ["a", "b"], EmbeddingCache(tmp_path / "e.sqlite"))
    assert embedded == 1 and vectors.shape == (2, DIM)
    assert "1 damaged rows" in str(caught[0].message)


def test_an_hnsw_index_saves_and_loads_verified(tmp_path, monkeypatch):
    import crosscheck.index as index_module

    monkeypatch.setattr(index_module, "HNSW_FROM", 50)
    index = make_index(n_articles=30)
    assert index.kind == "hnsw"
    loaded = SentenceIndex.load(index.save(tmp_path / "idx"))
    assert loaded.kind == "hnsw" and same(loaded, index)
    assert loaded._index.hnsw.efSearch == index._index.hnsw.efSearch
