"""The Chroma store: embedder stamp, a missing store, the stamp digest and the collection named after it.

Every failure a user can meet must be a StoreError whose message says what to
run; `new_process(settings)` stands for a separate `kume` run (it drops
Chroma's per-process client cache for that store).
"""
from __future__ import annotations

import dataclasses

import pytest

from assistant.service import Assistant
from ingest.pipeline import store_is_current
from core.store import ChromaStore, StoreError, StoreStamp
from tests.fakes import HashingEmbedder

from .stores import answers



class OtherEmbedder(HashingEmbedder):
    """Same vectors, another model: a store must not be queried across models."""

    def __init__(self) -> None:
        super().__init__()
        self.model_id = "fake:other-model-64"


# --- embedder stamp / no store ---------------------------------------------------------------


def test_store_built_with_another_embedder_says_to_re_ingest(built, fake_embedder):
    settings, _ = built
    assert answers(settings, fake_embedder)  # the same embedder opens it
    other = OtherEmbedder()
    with pytest.raises(StoreError, match="kume ingest") as info:
        Assistant.open(settings, other)
    assert "fake:hashing-64" in str(info.value) and "fake:other-model-64" in str(info.value)
    assert not store_is_current(settings, other)


def test_no_store_yet_says_to_run_kume_ingest(small_corpus, tmp_path, settings_for, fake_embedder):
    settings = settings_for(small_corpus, tmp_path / "never-built")
    with pytest.raises(StoreError, match="kume ingest"):
        Assistant.open(settings, fake_embedder)
    assert not store_is_current(settings, fake_embedder)
    assert not settings.store_dir.exists()  # asking does not create an empty store


# --- the stamp digest ------------------------------------------------------------------------

STAMP = StoreStamp("fake:hashing-64", "1", "0" * 64)


def test_stamp_digest_is_stable():
    assert STAMP.digest() == "0ffcb57c2e8000f8"  # sha256("fake:hashing-64|1|000…0")[:16]
    assert StoreStamp("fake:hashing-64", "1", "0" * 64).digest() == STAMP.digest()


@pytest.mark.parametrize("field", ["embedder_id", "parser_version", "corpus_hash"])
def test_stamp_digest_changes_with_every_field(field):
    changed = dataclasses.replace(STAMP, **{field: getattr(STAMP, field) + "x"})
    assert changed.digest() != STAMP.digest()
    assert len(changed.digest()) == 16


def test_collection_name_follows_the_stamp(built, fake_embedder):
    settings, summary = built
    active = ChromaStore(settings.store_dir).active()
    assert active.stamp.embedder_id == fake_embedder.model_id
    assert summary.collection == active.name == f"kume-{active.stamp.digest()}"
