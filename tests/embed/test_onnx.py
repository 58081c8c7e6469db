"""The int8 ONNX embedder stays within cosine 0.99 of the fp32 model and is built once."""
from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from crosscheck.embed import FP32_MODEL, _onnx, select_embedder
from crosscheck.embed._e5_offline import E5_SMALL_ID
from crosscheck.embed._sentence_transformers import SentenceTransformerEmbedder
from crosscheck.embed._onnx import OnnxEmbedder, build_onnx_model, e5_small_onnx_path
from crosscheck.errors import ModelError

GOLD = Path(__file__).resolve().parents[1] / "gold" / "seeds.json"
ODD_TEXTS = [
    "ＡＢＣ　１２３",
    "I love it 😀🦩🧿🪬 👨‍👩‍👧",
    "قال غوتيريش في Tripoli إن الوضع (very serious) 22.5%",
    "<s> literal </s> and <unk>",
    "نص",
    "قال الأمين العام " * 300,  # cut at 512 tokens
]


@pytest.fixture(scope="module")
def onnx_model_path(e5_model_path, cache_dir):
    return e5_small_onnx_path(cache_dir)


@pytest.fixture(scope="module")
def onnx_embedder(embedder):
    assert isinstance(embedder, OnnxEmbedder)  # the suite's default embedder is this one
    return embedder


@pytest.fixture(scope="module")
def seed_vectors(fp32_embedder, onnx_embedder, seed_sentences):
    """(fp32, int8) vectors of the seed sentences."""
    texts = [s.text for s in seed_sentences]
    return fp32_embedder.embed(texts), onnx_embedder.embed(texts)


@pytest.mark.slow
def test_matches_fp32_on_every_seed_sentence(seed_vectors, seed_sentences):
    fp32, int8 = seed_vectors
    cosines = np.sum(fp32 * int8, axis=1)
    worst = int(np.argmin(cosines))
    assert cosines.min() >= 0.99, (float(cosines.min()), seed_sentences[worst].text)


@pytest.mark.slow
def test_matches_fp32_on_odd_and_long_text(fp32_embedder, onnx_embedder):
    cosines = np.sum(fp32_embedder.embed(ODD_TEXTS) * onnx_embedder.embed(ODD_TEXTS), axis=1)
    assert cosines.min() >= 0.99, dict(zip(ODD_TEXTS, cosines.round(4).tolist()))


def _pair_auc(vectors: np.ndarray, sentences, gold: set) -> float:
    """ROC AUC of cosine: gold same-claim cross-outlet pairs against all other cross-outlet pairs."""
    same, other = [], []
    for i, j in itertools.combinations(range(len(sentences)), 2):
        a, b = sentences[i], sentences[j]
        if a.outlet != b.outlet:
            (same if frozenset((a.key, b.key)) in gold else other).append(float(vectors[i] @ vectors[j]))
    same, other = np.array(same), np.array(other)
    wins = (same[:, None] > other[None, :]).sum() + 0.5 * (same[:, None] == other[None, :]).sum()
    return wins / (len(same) * len(other))


@pytest.mark.slow
def test_pair_auc_within_noise_of_fp32(seed_vectors, seed_sentences):
    from crosscheck.evaluate.seeds import gold_pairs, load_gold

    gold = gold_pairs(load_gold(GOLD), seed_sentences)
    fp32, int8 = (_pair_auc(v, seed_sentences, gold) for v in seed_vectors)
    # Batch composition alone moves the int8 AUC by about +-0.001 (activation ranges are per batch).
    assert int8 >= fp32 - 0.003, (fp32, int8)


@pytest.mark.slow
def test_vectors_are_unit_float32_rows_in_input_order(onnx_embedder, seed_sentences):
    texts = [s.text for s in seed_sentences[:20]]
    vectors = onnx_embedder.embed(texts)
    assert vectors.shape == (20, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    reversed_rows = onnx_embedder.embed(texts[::-1])[::-1]
    assert np.sum(vectors * reversed_rows, axis=1).min() > 0.999
    assert onnx_embedder.embed([]).shape == (0, 384)


@pytest.mark.slow
def test_model_id_names_the_recipe(onnx_embedder):
    assert onnx_embedder.model_id != E5_SMALL_ID
    assert onnx_embedder.model_id.startswith(E5_SMALL_ID)
    assert f"onnx-int8-r{_onnx.ONNX_RECIPE}" in onnx_embedder.model_id


@pytest.mark.slow
def test_folder_is_built_once(onnx_model_path, cache_dir, monkeypatch):
    model = onnx_model_path / _onnx.MODEL_FILE
    before = model.stat().st_mtime_ns

    def no_rebuild(source_dir, target_dir):
        raise AssertionError(f"rebuilt into {target_dir}")

    monkeypatch.setattr(_onnx, "build_onnx_model", no_rebuild)
    assert e5_small_onnx_path(cache_dir) == onnx_model_path
    assert model.stat().st_mtime_ns == before
    assert [p.name for p in onnx_model_path.parent.iterdir() if ".tmp-" in p.name] == []
    assert not (onnx_model_path / "encoder-fp32.onnx").exists()


def _fake_folder(folder):
    folder.mkdir(parents=True)
    config = {"model_id": "x", "dimension": 384, "prompt": "passage: ", "pad_token_id": 1, "max_length": 512}
    (folder / _onnx.CONFIG_FILE).write_text(json.dumps(config), encoding="utf-8")
    (folder / _onnx.TOKENIZER_FILE).write_text("{}", encoding="utf-8")
    (folder / _onnx.MODEL_FILE).write_bytes(b"not an onnx graph")
    return folder


def test_missing_onnxruntime_names_the_install_command(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # makes `import onnxruntime` fail
    with pytest.raises(ModelError, match="pip install onnxruntime"):
        OnnxEmbedder(_fake_folder(tmp_path / "model"))


def test_incomplete_folder_is_named(tmp_path):
    folder = _fake_folder(tmp_path / "models" / f"{_onnx._FOLDER_NAME}-onnx-int8-r{_onnx.ONNX_RECIPE}")
    (folder / _onnx.MODEL_FILE).unlink()
    with pytest.raises(ModelError, match=r"incomplete \(no model\.onnx\); delete it"):
        OnnxEmbedder(folder)
    with pytest.raises(ModelError, match="incomplete"):
        e5_small_onnx_path(tmp_path)  # an existing folder is never rebuilt over


def test_corrupt_model_file_is_a_model_error(tmp_path):
    pytest.importorskip("onnxruntime")
    with pytest.raises(ModelError, match="cannot load ONNX model"):
        OnnxEmbedder(_fake_folder(tmp_path / "model"))


def test_missing_build_dependency_names_it(tmp_path, monkeypatch):
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "onnx" else find_spec(name, *a))
    with pytest.raises(ModelError, match="pip install onnx"):
        build_onnx_model(tmp_path / "source", tmp_path / "target")
    assert not (tmp_path / "target").exists()


@pytest.mark.slow
@pytest.mark.parametrize("name", [None, "multilingual-e5-small", "intfloat/multilingual-e5-small"])
def test_default_on_the_cpu_is_the_int8_graph(name, onnx_model_path, cache_dir, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_CACHE", str(cache_dir))
    for device in (None, "cpu"):
        chosen = select_embedder(name, device=device)
        assert isinstance(chosen, OnnxEmbedder) and chosen.model_id == _onnx.E5_SMALL_ONNX_ID


@pytest.mark.slow
def test_fp32_name_gives_sentence_transformers(e5_model_path, cache_dir, monkeypatch):
    monkeypatch.setenv("CROSSCHECK_CACHE", str(cache_dir))
    chosen = select_embedder(FP32_MODEL)
    assert isinstance(chosen, SentenceTransformerEmbedder) and chosen.model_id == E5_SMALL_ID
