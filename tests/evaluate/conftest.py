"""The public evaluation sets, read where they live (never copied into the project)."""
from __future__ import annotations

from pathlib import Path

import pytest

EVALDATA = Path(__file__).resolve().parents[3] / "shared" / "evaldata"


def _set_folder(name: str) -> Path:
    folder = EVALDATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the public evaluation sets live outside the project "
                    "(../shared/evaldata, see docs/evaluation.md)")
    return folder


@pytest.fixture(scope="session")
def ans_dir() -> Path:
    return _set_folder("ans")


@pytest.fixture(scope="session")
def fakes_dir() -> Path:
    return _set_folder("fa_kes")


@pytest.fixture(scope="session")
def neus_dir() -> Path:
    return _set_folder("neus_allsides")


@pytest.fixture
def offline_model(embedder, cache_dir, monkeypatch):
    """The CLI uses this session's model (loaded once) and cache, not the user's."""
    monkeypatch.setenv("CROSSCHECK_CACHE", str(cache_dir))
    monkeypatch.setattr("crosscheck.pipeline.select_embedder", lambda model, device=None: embedder)
