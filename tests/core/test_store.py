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


# --- the English companion collection ------------------------------------------------------------

def _chunks(texts: dict[str, str]):
    from core.records import Chunk

    return [Chunk(cid, f"s.{cid}", "t", "report", text, "r.txt", 1, 0, {"section_id": f"s.{cid}", "kind": "report"})
            for cid, text in texts.items()]


def _names(store) -> set[str]:
    return {c if isinstance(c, str) else c.name for c in store.client().list_collections()}


def test_english_views_go_to_a_companion_kept_and_dropped_with_its_collection(tmp_path, counting_embedder):
    from core.store import english_name
    from tests.conftest import forget_chroma_clients

    store = ChromaStore(tmp_path / "store")
    chunks = _chunks({"a": "Fuarlara katılım desteklenir.", "b": "Kullanıcının notu."})
    english = {"a": "Participation in fairs is supported."}  # "b" has no rendering
    try:
        first = store.build(chunks, StoreStamp("fake:hashing-64", "1", "x"), counting_embedder.embed_documents,
                            {}, english=english)
        assert (first.embedded, first.english_embedded, first.english_reused) == (2, 1, 0)
        assert store.english_collection(first.name) == english_name(first.name)
        got = store.collection(english_name(first.name)).get(include=["documents", "metadatas"])
        assert got["ids"] == ["a"] and got["documents"] == [english["a"]]
        assert got["metadatas"] == [chunks[0].metadata]  # the chunk's metadata: `where` filters work alike
        # a new generation: the unchanged view is reused, the changed chunk alone embedded
        counting_embedder.texts.clear()
        chunks2 = _chunks({"a": "Fuarlara katılım desteklenir.", "c": "Yeni not."})
        second = store.build(chunks2, StoreStamp("fake:hashing-64", "1", "y"), counting_embedder.embed_documents,
                             {}, english=english)
        assert (second.embedded, second.reused, second.english_embedded, second.english_reused) == (1, 1, 0, 1)
        assert counting_embedder.texts == ["Yeni not."]
        assert {first.name, english_name(first.name), second.name, english_name(second.name)} <= _names(store)
        # a third generation without English views: it has no companion; the first one's goes with it
        third = store.build(chunks2, StoreStamp("fake:hashing-64", "1", "z"), counting_embedder.embed_documents, {})
        assert store.english_collection(third.name) is None and third.english_embedded == 0
        assert english_name(first.name) not in _names(store) and first.name not in _names(store)
        assert english_name(second.name) in _names(store)  # the previous generation keeps its companion
    finally:
        forget_chroma_clients(store.store_dir)


def test_a_changed_english_view_is_embedded_again(tmp_path, counting_embedder):
    from tests.conftest import forget_chroma_clients

    store = ChromaStore(tmp_path / "store")
    chunks = _chunks({"a": "Fuarlara katılım desteklenir."})
    try:
        store.build(chunks, StoreStamp("fake:hashing-64", "1", "x"), counting_embedder.embed_documents, {},
                    english={"a": "Participation in fairs is supported."})
        counting_embedder.texts.clear()
        again = store.build(chunks, StoreStamp("fake:hashing-64", "1", "y"), counting_embedder.embed_documents, {},
                            english={"a": "Trade fair participation is supported."})  # same chunk id, new English
        assert (again.embedded, again.english_embedded, again.english_reused) == (0, 1, 0)
        assert counting_embedder.texts == ["Trade fair participation is supported."]
    finally:
        forget_chroma_clients(store.store_dir)


def test_a_store_without_english_views_opens_with_no_english_dense_list(built, fake_embedder):
    settings, summary = built  # the small corpus has no rendering
    assert ChromaStore(settings.store_dir).english_collection(summary.collection) is None
    assistant = Assistant.open(settings, fake_embedder)
    assert assistant.retriever.english_dense is None and answers(settings, fake_embedder)
