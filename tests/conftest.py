"""Shared fixtures: the seeds, the offline model (built once a session), a seed run."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def pytest_collection_modifyitems(items):
    """Mark every test that builds or loads the embedding model ``model``, so the rules can be
    tested on their own in seconds: ``pytest -m "not model"`` (``make test-fast``)."""
    for item in items:
        if "e5_model_path" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_articles():
    from crosscheck.ingest import ingest

    return ingest([SEEDS]).articles


@pytest.fixture(scope="session")
def seed_sentences(seed_articles):
    from crosscheck.text import sentences_of

    return [s for a in seed_articles for s in sentences_of(a)[0]]


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """A cache for this test session: models and embeddings built here, never the user's."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="session")
def e5_model_path(cache_dir) -> Path:
    from crosscheck.embed._e5_offline import e5_small_path

    return e5_small_path(cache_dir)


@pytest.fixture(scope="session")
def fp32_embedder(e5_model_path):
    """multilingual-e5-small in fp32 through sentence-transformers: the reference vectors."""
    from crosscheck.embed._e5_offline import E5_SMALL_ID
    from crosscheck.embed._sentence_transformers import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(str(e5_model_path), model_id=E5_SMALL_ID)


@pytest.fixture(scope="session")
def embedder(e5_model_path, cache_dir):
    """The default embedder (int8 ONNX, built into this session's cache), as users get it."""
    from crosscheck.embed._onnx import OnnxEmbedder, e5_small_onnx_path

    return OnnxEmbedder(e5_small_onnx_path(cache_dir), progress=False)


@pytest.fixture(scope="session")
def checker(embedder, cache_dir):
    from crosscheck import CrossChecker

    return CrossChecker(embedder, cache_dir=cache_dir)


@pytest.fixture(scope="session")
def seed_result(checker):
    return checker.check([SEEDS])


@pytest.fixture(scope="session")
def fp32_seed_result(fp32_embedder, cache_dir):
    """The seeds checked with the fp32 reference vectors (the grouping logic without int8 noise)."""
    from crosscheck import CrossChecker

    return CrossChecker(fp32_embedder, cache_dir=cache_dir).check([SEEDS])


TINY_WORDS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "army", "entered", "left", "city", "not"]


def _tiny_cross_encoder(folder, id2label):
    """A 2-layer BERT sequence classifier with a word-level tokenizer, saved to ``folder``."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import (
        BertConfig,
        BertForSequenceClassification,
        PreTrainedTokenizerFast,
    )

    vocab = {w: i for i, w in enumerate(TINY_WORDS)}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])])
    fast = PreTrainedTokenizerFast(tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]", model_max_length=32)
    config = BertConfig(vocab_size=len(TINY_WORDS), hidden_size=8, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=16, max_position_embeddings=32, id2label=id2label,
                        label2id={v: k for k, v in id2label.items()})
    torch.manual_seed(0)
    model = BertForSequenceClassification(config)
    with torch.no_grad():  # make the contradiction output win whatever the input
        model.classifier.bias.copy_(torch.tensor([5.0 if v == "CONTRADICTION" else 0.0 for v in id2label.values()]))
    model.save_pretrained(folder)
    fast.save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_nli_model():
    """Builds a tiny NLI CrossEncoder folder (random BERT, word-level tokenizer, no downloads)
    whose contradiction output always wins: ``tiny_nli_model(folder, id2label) -> folder``."""
    return _tiny_cross_encoder
