"""Opening a Chroma store: foreign-version, corrupted and read-only stores are StoreErrors that say what to run.

Every failure a user can meet must be a StoreError whose message says what to
run; `new_process(settings)` stands for a separate `kume` run (it drops
Chroma's per-process client cache for that store).
"""
from __future__ import annotations

import json
import os

import pytest

from assistant.service import Assistant
from core.chroma_connection import LAYOUT_VERSION, ChromaConnection, StoreError, _chroma_version
from ingest.pipeline import run_ingest, store_is_current

from .stores import QUESTION, answers



# --- a store from another chromadb version --------------------------------------------------


def test_store_from_another_chromadb_version_is_rebuilt_not_migrated(built, fake_embedder, counting_embedder,
                                                                     new_process):
    settings, first = built
    version_file = settings.store_dir / "store.json"
    assert json.loads(version_file.read_text()) == {"chromadb": _chroma_version(), "layout": LAYOUT_VERSION}
    version_file.write_text(json.dumps({"chromadb": "0.0.1", "layout": LAYOUT_VERSION}))

    with pytest.raises(StoreError, match="--rebuild") as info:
        ChromaConnection(settings.store_dir).check_version()
    assert "0.0.1" in str(info.value)
    with pytest.raises(StoreError, match="--rebuild"):
        Assistant.open(settings, fake_embedder)
    assert not store_is_current(settings, fake_embedder)

    new_process(settings)
    summary = run_ingest(settings, counting_embedder)
    assert summary.up_to_date is False
    assert summary.embedded == counting_embedder.embedded == first.chunks  # nothing carried over
    assert summary.reused == 0
    assert json.loads(version_file.read_text()) == {"chromadb": _chroma_version(), "layout": LAYOUT_VERSION}
    new_process(settings)
    assert answers(settings, fake_embedder)


# --- a corrupted store ---------------------------------------------------------------------


def _corrupt(settings) -> None:
    sqlite = settings.store_dir / "chroma" / "chroma.sqlite3"
    assert sqlite.is_file()
    sqlite.write_bytes(b"this is not a sqlite database\n" * 512)


def test_corrupted_store_is_a_store_error_and_rebuild_recovers(built, fake_embedder, counting_embedder,
                                                               new_process):
    settings, first = built
    _corrupt(settings)

    with pytest.raises(StoreError, match="kume ingest --rebuild") as info:
        Assistant.open(settings, fake_embedder).ask(QUESTION)
    assert str(settings.store_dir) in str(info.value)
    with pytest.raises(StoreError, match="--rebuild"):
        run_ingest(settings, fake_embedder)  # a plain ingest refuses too, with the same advice

    new_process(settings)  # the user runs `kume ingest --rebuild`
    summary = run_ingest(settings, counting_embedder, rebuild=True)
    assert summary.up_to_date is False and summary.embedded == counting_embedder.embedded == first.chunks
    new_process(settings)
    assert answers(settings, fake_embedder)


def test_asking_an_open_assistant_after_the_store_broke_is_a_store_error(built, fake_embedder):
    settings, _ = built
    assistant = Assistant.open(settings, fake_embedder)  # e.g. `kume serve` running
    assert assistant.ask(QUESTION).citations
    _corrupt(settings)
    with pytest.raises(StoreError, match="--rebuild"):
        assistant.ask(QUESTION)


# --- a read-only store -----------------------------------------------------------------------


def _set_mode(root, mode: int) -> None:
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            os.chmod(os.path.join(dirpath, name), mode)
    os.chmod(root, mode)


@pytest.fixture
def read_only_store(built):
    settings, summary = built
    _set_mode(settings.store_dir, 0o555)
    probe = settings.store_dir / "write-probe"
    try:
        probe.write_text("x")
    except PermissionError:
        writable = False
    else:
        writable = True
        probe.unlink()
    try:
        if writable:
            pytest.skip("chmod 0o555 does not stop writes here (running as root / CAP_DAC_OVERRIDE), "
                        "so a read-only store cannot be simulated")
        yield settings, summary
    finally:
        _set_mode(settings.store_dir, 0o755)


def test_read_only_store_fails_as_a_store_error_naming_it(read_only_store, fake_embedder, small_corpus,
                                                         new_process):
    settings, _ = read_only_store
    try:
        ok = answers(settings, fake_embedder)  # reading may work; if it does not, it must be a StoreError
        assert ok
    except StoreError as exc:
        assert str(settings.store_dir) in str(exc)
    (small_corpus / "belge-c.txt").write_text("Lojistik kümeleri depolama hizmetlerini birleştirir.", encoding="utf-8")
    new_process(settings)
    with pytest.raises(StoreError) as info:
        run_ingest(settings, fake_embedder)
    assert str(settings.store_dir) in str(info.value)


def test_rebuilding_a_read_only_store_is_a_store_error(read_only_store, fake_embedder, new_process):
    settings, _ = read_only_store
    new_process(settings)
    with pytest.raises(StoreError) as info:
        run_ingest(settings, fake_embedder, rebuild=True)
    assert str(settings.store_dir) in str(info.value)
