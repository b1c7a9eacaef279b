"""One writer per embedded store: an OS file lock held for the whole write, the holder's pid beside it.

Why a lock: Chroma's embedded client is not safe across processes (chroma-core/chroma #421, #961);
two processes adding to or deleting from one persist folder can corrupt it or lose a build. Why
`filelock` (flock on Linux) rather than a hand-made lock file: the kernel releases the lock when its
holder dies, SIGKILL included, so a killed `kume ingest` never leaves a stale lock behind. The pid
file is written only so the refusal can name the other process; it may be stale and is never trusted
for locking.

Readers take no lock at all: the active collection switches with one metadata update, and the
previous collection is kept until the next build (`core.store`), so a reader never waits for a
writer and a writer never waits for a reader.

    with WriteLock(store_dir):   # raises StoreBusy at once if another writer holds it
        ...                      # reentrant within the same lock object

The lock and pid files live inside the store folder (`write.lock`, `write.pid`); deleting a store
(`ChromaConnection.destroy`) keeps them, or a second writer could lock a fresh file while the first
still holds the deleted one.
"""
from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout

from core.chroma_connection import StoreError

LOCK_FILE = "write.lock"
PID_FILE = "write.pid"
LOCK_FILES = frozenset({LOCK_FILE, PID_FILE})


class StoreBusy(StoreError):
    """Another process (or another writer in this one) is writing the store; the message says what to do."""


def busy_message(store_dir: Path, pid: int | None) -> str:
    return (f"another kume process is writing {store_dir} (pid {pid if pid else 'unknown'}): wait for it, "
            "or run a Chroma server (README: shared server)")


def holder(store_dir: Path) -> int | None:
    """The pid recorded by the last writer of this store, if any (the lock itself is the truth)."""
    try:
        text = (Path(store_dir) / PID_FILE).read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


class WriteLock:
    """The write lock of one embedded store folder; `with` it around every write. Not shared across threads."""

    def __init__(self, store_dir: Path):
        self.store_dir = Path(store_dir)
        self._lock: FileLock | None = None
        self._depth = 0

    @property
    def held(self) -> bool:
        return self._depth > 0

    def __enter__(self) -> "WriteLock":
        if self._depth:
            self._depth += 1
            return self
        try:
            self.store_dir.mkdir(parents=True, exist_ok=True)
            lock = FileLock(self.store_dir / LOCK_FILE, timeout=0, thread_local=False)
            lock.acquire()
        except Timeout:
            raise StoreBusy(busy_message(self.store_dir, holder(self.store_dir))) from None
        except OSError as exc:  # a read-only or missing parent folder
            raise StoreError(f"cannot lock the store at {self.store_dir} for writing ({exc.strerror or exc}): "
                             "make the folder writable or pass another --store") from None
        self._lock, self._depth = lock, 1
        try:
            (self.store_dir / PID_FILE).write_text(f"{os.getpid()}\n")
        except OSError:  # the lock holds without it; only the message loses the pid
            pass
        return self

    def __exit__(self, *exc) -> None:
        self._depth -= 1
        if self._depth:
            return
        lock, self._lock = self._lock, None
        try:
            (self.store_dir / PID_FILE).write_text("")  # no holder now; a killed one leaves its pid, harmlessly
        except OSError:
            pass
        if lock is not None:
            lock.release()
