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
