"""`run_ingest`: counts, idempotent chunk ids, incremental re-embedding, atomic switch, --rebuild, bad corpora.

Every test uses the fake hashing embedder, so a whole ingest takes well under a
second. `new_process(settings)` stands for a separate `kume` run: it drops
Chroma's per-process client cache for that store.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from assistant.service import Assistant
from ingest.chunking import chunk_sections
from ingest.pipeline import run_ingest, store_is_current
from core.records import KINDS
from ingest.report_parser import parse_corpus
from core.settings import Settings
from ingest.sources import CorpusError
from core.store import POINTER, ChromaStore
from tests.conftest import forget_chroma_clients, write_document
from tests.fakes import HashingEmbedder

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "Kümelerde firmalar arasındaki işbirliği nasıl güçlenir?"


def stored(settings: Settings) -> dict:
    """chunk id → StoredChunk of the active collection."""
    store = ChromaStore(settings.store_dir)
    active = store.active()
    assert active is not None, "no active collection"
    return {c.chunk_id: c for c in store.all_chunks(active.name)}


def data_collections(settings: Settings) -> set[str]:
    client = ChromaStore(settings.store_dir).client()
    names = {c if isinstance(c, str) else c.name for c in client.list_collections()}
    return names - {POINTER}


def ids_of(chunks: dict, source: str) -> set[str]:
    return {cid for cid, c in chunks.items() if c.metadata["source"] == source}


def change_page(corpus: Path, name: str, page: int, text: str) -> None:
    pages = (corpus / name).read_text(encoding="utf-8").split("\f")
    assert pages[page - 1] != text
    pages[page - 1] = text
    write_document(corpus / name, pages)


class CrashingEmbedder(HashingEmbedder):
    """Embeds `fail_after` texts, then raises: an ingest killed half-way through embedding."""

    def __init__(self, fail_after: int) -> None:
        super().__init__()
        self.fail_after = fail_after
        self.done = 0

    def embed_documents(self, texts, *, on_batch=None):
        out = []
        for text in texts:
            if self.done >= self.fail_after:
                raise RuntimeError("embedder crashed mid-build")
            out.extend(super().embed_documents([text]))
            self.done += 1
        return out


# --- first and repeated ingest ---------------------------------------------------------


def test_first_ingest_counts_then_second_is_up_to_date_and_embeds_nothing(
        small_corpus, tmp_path, settings_for, counting_embedder, new_process):
    settings = settings_for(small_corpus, tmp_path / "store")
    first = run_ingest(settings, counting_embedder)
    assert first.up_to_date is False
    assert first.files == 2 and first.pages == 6 and first.sections == 6
    assert first.chunks_by_kind == {"report": 6}  # one short page, one chunk
    assert first.inventory_rows == 0 and first.skipped == ()
    assert first.embedded == first.chunks == counting_embedder.embedded == 6
    assert first.reused == 0
    assert first.collection == ChromaStore(settings.store_dir).active().name
    assert len(stored(settings)) == 6
    assert store_is_current(settings, counting_embedder)

    new_process(settings)
    again = type(counting_embedder)()  # a fresh counter for the second run
    started = time.perf_counter()
    second = run_ingest(settings, again)
    wall = time.perf_counter() - started
    assert second.up_to_date is True
    assert again.embedded == 0 and again.calls == 0
    assert second.embedded == 0 and second.reused == first.chunks
    assert second.collection == first.collection
    assert (second.files, second.pages, second.sections) == (first.files, first.pages, first.sections)
    assert second.chunks_by_kind == first.chunks_by_kind
    assert wall < 1.0 and second.seconds < 1.0
    assert data_collections(settings) == {first.collection}


def test_chunk_ids_are_identical_across_separate_stores(small_corpus, tmp_path, settings_for, fake_embedder):
    one = settings_for(small_corpus, tmp_path / "one")
    two = settings_for(small_corpus, tmp_path / "two")
    a, b = run_ingest(one, fake_embedder), run_ingest(two, fake_embedder)
    first, second = stored(one), stored(two)
    assert len(first) == a.chunks == 6
    assert set(first) == set(second)
    assert {cid: c.text for cid, c in first.items()} == {cid: c.text for cid, c in second.items()}
    assert a.collection == b.collection  # same stamp, same name


# --- a changed corpus -------------------------------------------------------------------


def test_changed_file_replaces_only_its_own_changed_chunks(
        small_corpus, tmp_path, settings_for, fake_embedder, counting_embedder):
    settings = settings_for(small_corpus, tmp_path / "store")
    first = run_ingest(settings, fake_embedder)
    before = stored(settings)
    old_sentence = "Başvurular ilgili bakanlığa yapılır."
    assert any(old_sentence in c.text for c in before.values())

    change_page(small_corpus, "belge-b.txt", 2,
                "Destek oranları yüzde elli ile yüzde yetmiş beş arasındadır. "
                "Başvurular çevrim içi sistem üzerinden yapılır.")
    summary = run_ingest(settings, counting_embedder)
    after = stored(settings)

    assert summary.up_to_date is False
    assert ids_of(after, "belge-a.txt") == ids_of(before, "belge-a.txt")  # the untouched file keeps its ids
    new_ids = set(after) - set(before)
    assert new_ids and {after[cid].metadata["source"] for cid in new_ids} == {"belge-b.txt"}
    assert {after[cid].metadata["section_id"] for cid in new_ids} == {"belge-b.p2"}
    assert summary.embedded == len(new_ids) == counting_embedder.embedded == 1
    assert sorted(counting_embedder.texts) == sorted(after[cid].text for cid in new_ids)
    assert summary.reused == len(after) - len(new_ids) == 5
    gone = ids_of(before, "belge-b.txt") - ids_of(after, "belge-b.txt")
    assert gone and not gone & set(after)  # the old version's chunk is not in the store any more
    assert not any(old_sentence in c.text for c in after.values())
    assert any("çevrim içi sistem" in c.text for c in after.values())
    # the previous collection stays for readers that have not switched yet; the one before it goes
    assert data_collections(settings) == {summary.collection, first.collection}
    change_page(small_corpus, "belge-b.txt", 3, "Değerlendirme raporları her yıl yayımlanır.")
    third = run_ingest(settings, fake_embedder)
    assert data_collections(settings) == {third.collection, summary.collection}


# --- atomic switch ------------------------------------------------------------------------


def test_interrupted_build_leaves_the_previous_collection_answering(
        small_corpus, tmp_path, settings_for, fake_embedder, counting_embedder, new_process):
    settings = settings_for(small_corpus, tmp_path / "store")
    first = run_ingest(settings, fake_embedder)
    old = stored(settings)

    change_page(small_corpus, "belge-a.txt", 1, "Kümelenme ve Yenilik\n\nYenilikçi kümeler yeni ürünler geliştirir.")
    change_page(small_corpus, "belge-a.txt", 3, "Güven ortamı, firmalar arasındaki işbirliğinin temelidir.")
    write_document(small_corpus / "belge-c.txt", ["Lojistik kümeleri depolama ve taşıma hizmetlerini birleştirir."])
    crashing = CrashingEmbedder(fail_after=1)
    with pytest.raises(RuntimeError, match="crashed"):
        run_ingest(settings, crashing)
    assert crashing.done == 1  # it did start embedding the new chunks

    for fresh in (False, True):  # the same process (a running UI) and a later `kume ask`
        if fresh:
            new_process(settings)
        active = ChromaStore(settings.store_dir).active()
        assert active.name == first.collection
        assert stored(settings).keys() == old.keys()
        assert not store_is_current(settings, fake_embedder)  # the corpus did change
        answer = Assistant.open(settings, fake_embedder).ask(QUESTION)
        assert answer.citations and not answer.refused
        assert {hit.chunk_id for hit in answer.retrieved} <= set(old)

    summary = run_ingest(settings, counting_embedder)
    clean = settings_for(small_corpus, tmp_path / "clean")
    run_ingest(clean, fake_embedder)
    assert set(stored(settings)) == set(stored(clean))
    assert summary.embedded == counting_embedder.embedded == len(set(stored(settings)) - set(old)) == 3
    # the half-built collection is gone; the previous one is kept for readers until the next build
    assert data_collections(settings) == {summary.collection, first.collection}
    assert summary.collection != first.collection


# --- --rebuild ----------------------------------------------------------------------------


def test_rebuild_re_embeds_everything(small_corpus, tmp_path, settings_for, fake_embedder, counting_embedder,
                                      new_process):
    settings = settings_for(small_corpus, tmp_path / "store")
    first = run_ingest(settings, fake_embedder)
    before = stored(settings)
    new_process(settings)  # `kume ingest --rebuild` is a new process

    summary = run_ingest(settings, counting_embedder, rebuild=True)
    assert summary.up_to_date is False
    assert summary.embedded == summary.chunks == counting_embedder.embedded == first.chunks
    assert summary.reused == 0
    new_process(settings)
    assert set(stored(settings)) == set(before)
    assert Assistant.open(settings, fake_embedder).ask(QUESTION).citations


def test_rebuild_builds_beside_the_live_collection_and_an_interrupted_one_changes_nothing(
        small_corpus, tmp_path, settings_for, fake_embedder, counting_embedder, new_process):
    settings = settings_for(small_corpus, tmp_path / "store")
    first = run_ingest(settings, fake_embedder)
    running = Assistant.open(settings, fake_embedder)  # e.g. `kume serve` on the same store

    crashing = CrashingEmbedder(fail_after=3)
    with pytest.raises(RuntimeError, match="crashed"):
        run_ingest(settings, crashing, rebuild=True)  # killed half-way: the old store was not deleted first
    assert crashing.done == 3
    assert ChromaStore(settings.store_dir).active().name == first.collection
    assert running.ask(QUESTION).citations
    new_process(settings)  # a later `kume ask` (this drops the running assistant's client, so open another)
    assert ChromaStore(settings.store_dir).active().name == first.collection
    running = Assistant.open(settings, fake_embedder)
    assert running.ask(QUESTION).citations

    rebuilt = run_ingest(settings, counting_embedder, rebuild=True)
    assert rebuilt.collection == f"{first.collection}-b" and rebuilt.embedded == counting_embedder.embedded == 6
    assert running.ask(QUESTION).citations  # its collection is kept until the next build
    assert data_collections(settings) == {first.collection, rebuilt.collection}
    back = run_ingest(settings, fake_embedder, rebuild=True)
    assert back.collection == first.collection and data_collections(settings) == {first.collection,
                                                                                    rebuilt.collection}


@pytest.mark.parametrize("trigger", ["rebuild", "other-chromadb-version"])
def test_rebuild_in_a_process_that_already_opened_the_store(small_corpus, tmp_path, settings_for, fake_embedder,
                                                             trigger):
    settings = settings_for(small_corpus, tmp_path / "store")
    first = run_ingest(settings, fake_embedder)
    assert Assistant.open(settings, fake_embedder).ask(QUESTION).citations  # e.g. a UI or a test session
    if trigger == "rebuild":
        summary = run_ingest(settings, fake_embedder, rebuild=True)
    else:
        (settings.store_dir / "store.json").write_text(json.dumps({"chromadb": "0.0.1", "layout": 1}))
        summary = run_ingest(settings, fake_embedder)
    assert summary.up_to_date is False and summary.embedded == first.chunks
    assert Assistant.open(settings, fake_embedder).ask(QUESTION).citations


# --- unusable corpora -------------------------------------------------------------------


def test_missing_corpus_folder_is_a_corpus_error_naming_it(tmp_path, settings_for, fake_embedder):
    missing = tmp_path / "no-such-corpus"
    with pytest.raises(CorpusError, match="no-such-corpus") as info:
        run_ingest(settings_for(missing, tmp_path / "store"), fake_embedder)
    assert str(missing) in str(info.value)
    assert not (tmp_path / "store").exists()


def test_empty_corpus_folder_is_a_corpus_error(tmp_path, settings_for, fake_embedder):
    empty = tmp_path / "empty-corpus"
    empty.mkdir()
    with pytest.raises(CorpusError, match="empty-corpus"):
        run_ingest(settings_for(empty, tmp_path / "store"), fake_embedder)


def test_bad_file_is_skipped_and_named_while_the_rest_is_ingested(small_corpus, tmp_path, settings_for,
                                                                  fake_embedder):
    (small_corpus / "bozuk.txt").write_bytes("Kümelenme raporu, ikinci bölüm.".encode("cp1254"))
    settings = settings_for(small_corpus, tmp_path / "store")
    summary = run_ingest(settings, fake_embedder)
    assert [s.source for s in summary.skipped] == ["bozuk.txt"]
    assert "UTF-8" in summary.skipped[0].reason
    assert summary.files == 2 and summary.chunks == 6
    assert {c.metadata["source"] for c in stored(settings).values()} == {"belge-a.txt", "belge-b.txt"}


# --- the real report with the fake embedder -----------------------------------------------


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    settings = Settings(corpus_dir=ROOT / "corpus", store_dir=tmp_path_factory.mktemp("real") / "store")
    summary = run_ingest(settings, HashingEmbedder())
    yield summary, stored(settings)
    forget_chroma_clients(settings.store_dir)


def test_real_corpus_counts(real_store):
    summary, chunks = real_store
    assert summary.files == 1 and summary.skipped == ()
    assert summary.inventory_rows == 356
    assert set(summary.chunks_by_kind) == set(KINDS)
    assert all(n > 0 for n in summary.chunks_by_kind.values())
    assert summary.chunks == len(chunks) == summary.embedded


def test_real_corpus_inventory_is_one_chunk_per_row_plus_the_ek2_section(real_store):
    summary, chunks = real_store
    inventory = [c for c in chunks.values() if c.metadata["kind"] == "inventory"]
    rows = [c for c in inventory if c.metadata["section_id"].startswith("EK2.")]
    header = [c for c in inventory if not c.metadata["section_id"].startswith("EK2.")]
    assert sorted(c.metadata["section_id"] for c in rows) == sorted(f"EK2.{n}" for n in range(1, 357))
    assert {c.metadata["section_id"] for c in header} <= {"EK2"}  # the annex's own text, outside the rows
    assert summary.chunks_by_kind["inventory"] == len(inventory) == 356 + len(header)


def test_real_corpus_metadata_is_flat_and_survives_the_store(real_store):
    summary, chunks = real_store
    parsed = parse_corpus(ROOT / "corpus")
    fresh = {c.chunk_id: c for c in chunk_sections(parsed.sections, parsed.clusters)}
    assert fresh.keys() == chunks.keys()
    for cid, chunk in chunks.items():
        for key, value in chunk.metadata.items():
            assert type(value) in (str, int, float, bool), (cid, key, value)
        assert chunk.metadata == fresh[cid].metadata, cid
        assert all(type(v) in (str, int, float, bool) for v in fresh[cid].metadata.values()), cid


def test_real_corpus_inventory_chunks_carry_their_row_fields(real_store):
    _, chunks = real_store
    rows = [c for c in chunks.values() if c.metadata["section_id"].startswith("EK2.")]
    assert len(rows) == 356
    for chunk in rows:
        meta = chunk.metadata
        assert meta["kind"] == "inventory"
        assert type(meta["no"]) is int and meta["section_id"] == f"EK2.{meta['no']}"
        assert isinstance(meta["province"], str) and meta["province"]
        assert meta["stage"] in {"fikir", "baslangic", "gelisen", "olgun"}
        assert isinstance(meta["sector"], str) and meta["sector"]
        assert type(meta["brop"]) is bool
    assert {c.metadata["brop"] for c in rows} == {True, False}
    assert "TR" in {c.metadata["province"] for c in rows}


def test_a_changed_sector_table_changes_the_corpus_hash(tmp_path):
    """The parser reads inventory-sectors.tsv, so editing it must re-ingest (the chunks carry the sector)."""
    from ingest.pipeline import corpus_hash

    (tmp_path / "rapor.txt").write_text("metin\n", encoding="utf-8")
    (tmp_path / "inventory-sectors.tsv").write_text("number\tname\tsector\n1\tA\ttekstil\n", encoding="utf-8")
    before = corpus_hash(tmp_path)
    (tmp_path / "inventory-sectors.tsv").write_text("number\tname\tsector\n1\tA\tturizm\n", encoding="utf-8")
    assert corpus_hash(tmp_path) != before
