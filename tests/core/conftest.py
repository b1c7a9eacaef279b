import pytest

from ingest.pipeline import run_ingest


@pytest.fixture
def built(small_corpus, tmp_path, settings_for, fake_embedder, new_process):
    """A finished store over the small corpus, as left by an earlier `kume ingest`."""
    settings = settings_for(small_corpus, tmp_path / "store")
    summary = run_ingest(settings, fake_embedder)
    new_process(settings)
    return settings, summary
