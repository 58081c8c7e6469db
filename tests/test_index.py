"""Index save/load/add, and a clear error for another model's index."""
import json

import numpy as np
import pytest

from crosscheck.errors import IndexMismatchError, InputError
from crosscheck.index import SIDECAR, SentenceIndex


def test_save_load_mirror(seed_result, checker, tmp_path):
    index = checker.last_index
    folder = index.save(tmp_path / "seeds")
    meta = json.loads((folder / SIDECAR).read_text())
    assert meta["model_id"] == checker.embedder.model_id
    assert meta["count"] == len(index) == len(seed_result.sentences)
    assert meta["dimension"] == 384 and meta["normalization"] == "l2"
    loaded = SentenceIndex.load(folder, model_id=checker.embedder.model_id)
    assert loaded.sentences == index.sentences and loaded.articles == index.articles
    np.testing.assert_allclose(loaded.vectors(), index.vectors(), atol=1e-6)
    sims, ids = loaded.search(index.vectors()[:1], 1)
    assert ids[0][0] == 0 and sims[0][0] == pytest.approx(1.0, abs=1e-4)


def test_other_model_is_a_clear_error(checker, tmp_path):
    folder = checker.last_index.save(tmp_path / "seeds")
    with pytest.raises(IndexMismatchError, match="built with model"):
        SentenceIndex.load(folder, model_id="some/other-model")


def test_not_an_index(tmp_path):
    with pytest.raises(InputError, match="not a crosscheck index"):
        SentenceIndex.load(tmp_path)


class CountingEmbedder:
    """Wraps the real embedder and counts the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.model_id, self.calls = inner, inner.model_id, []

    def embed(self, texts):
        self.calls.append(len(texts))
        return self.inner.embed(texts)


def test_adding_articles_embeds_only_new_sentences(embedder, seed_dir, tmp_path):
    from crosscheck import CrossChecker
    from crosscheck.ingest import ingest

    counting = CountingEmbedder(embedder)
    checker = CrossChecker(counting, cache_dir=False)
    articles = ingest([seed_dir]).articles
    index = checker.extend(None, articles[:3])
    first = sum(counting.calls)
    index = SentenceIndex.load(index.save(tmp_path / "idx"), model_id=counting.model_id)
    index = checker.extend(index, articles)  # two new articles, three known
    added = sum(counting.calls) - first
    from crosscheck.text import sentences_of
    assert added == sum(len(sentences_of(a)[0]) for a in articles[3:])
    assert len(index.articles) == 5


def test_cache_means_a_rerun_embeds_nothing(embedder, seed_dir, tmp_path):
    from crosscheck import CrossChecker

    counting = CountingEmbedder(embedder)
    CrossChecker(counting, cache_dir=tmp_path).check([seed_dir])
    assert sum(counting.calls) > 0
    counting.calls.clear()
    CrossChecker(counting, cache_dir=tmp_path).check([seed_dir])
    assert counting.calls == []


def _keys(result):
    groups = sorted(tuple(m.key for m in c.members) for c in result.clusters)
    findings = sorted((f.kind, sorted((c.article, c.start) for c in f.claims)) for f in result.findings)
    return groups, findings


def test_a_saved_index_keeps_what_its_check_derived(embedder, cache_dir, seed_dir, tmp_path,
                                                    monkeypatch):
    """Saved with its groups, claims and nearby sentences, a loaded index is checked with a
    new article by reading the claims of that article only, and finds what the same check
    in memory finds."""
    from crosscheck import CrossChecker, cluster
    from crosscheck.claims import extract

    monkeypatch.setattr(cluster, "REGROUP_SHARE", 1.0)  # extend the loaded groups, never rebuild
    paths = sorted(seed_dir.glob("*.txt"))
    checker = CrossChecker(embedder, cache_dir=cache_dir)
    checker.check(paths[:4])
    folder = checker.last_index.save(tmp_path / "four")
    in_memory = checker.check(paths[4:], index=checker.last_index)

    loaded = SentenceIndex.load(folder, model_id=embedder.model_id)
    assert set(loaded.derived) == {"version", "grouping", "claims", "nearby"}
    read = []
    claims_of = extract.claims_of
    monkeypatch.setattr(extract, "claims_of", lambda a, s: read.append(len(s)) or claims_of(a, s))
    after_load = checker.check(paths[4:], index=loaded)
    new_sentences = sum(1 for s in after_load.sentences if s.article.startswith(paths[4].name[:3]))
    assert read == [new_sentences] and new_sentences > 10
    assert _keys(after_load) == _keys(in_memory)


def test_a_damaged_derived_file_is_only_a_slower_check(embedder, cache_dir, seed_dir, tmp_path):
    from crosscheck import CrossChecker

    checker = CrossChecker(embedder, cache_dir=cache_dir)
    expected = checker.check([seed_dir])
    folder = checker.last_index.save(tmp_path / "seeds")
    (folder / "derived.json").write_text('{"grouping": {"rule": 1}, "claims": [')
    loaded = SentenceIndex.load(folder, model_id=embedder.model_id)
    assert loaded.derived == {}
    (folder / "derived.json").write_text('{"grouping": {"rule": 1}, "claims": {}}')
    loaded = SentenceIndex.load(folder, model_id=embedder.model_id)
    assert _keys(checker.check([], index=loaded)) == _keys(expected)


def test_derived_state_of_another_version_or_shape_is_read_as_nothing():
    from crosscheck.derived import DERIVED_VERSION, Derived

    assert Derived.from_json({"grouping": {"rule": 1}}) == Derived()  # no version: an older file
    assert Derived.from_json({"version": DERIVED_VERSION + 1, "claims": {}}) == Derived()
    read = Derived.from_json({"version": DERIVED_VERSION, "claims": {"size": 3}, "nearby": []})
    assert read == Derived()  # parts that do not read are left out, the next check redoes them
    assert Derived().to_json() == {"version": DERIVED_VERSION}
