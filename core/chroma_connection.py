"""Opening Chroma: an embedded store under a folder, or a Chroma server, as one client with plain errors.

`ChromaConnection` knows where the data is and how to reach it, not what
kume keeps in it (that is `core.store.ChromaStore`, built on this class).
Every way opening can fail (a server that is down, a store written by
another chromadb version or layout, corrupted or read-only files) is a
`StoreError` whose message says what to run; a server is probed with one
bounded heartbeat first, so a dead address fails in seconds, not a hang.

An embedded store records the chromadb version and `LAYOUT_VERSION` that
wrote it in `store.json`; a mismatch is rebuilt (`kume ingest --rebuild`),
never migrated. chromadb caches one "system" per persist directory for the
life of the process: `forget_cached_client` drops it after the files are
deleted or replaced, or a new client would talk to the stale one.

Every write to an embedded store happens inside `writing()`, the store's
`core.store_lock.WriteLock`: one writer per folder, a second one is refused
with a message that names the holder's pid. A server orders its own writes,
so there `writing()` is a no-op.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import threading
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

LAYOUT_VERSION = 2
_PROBE_TIMEOUT_S = 5.0


class StoreError(Exception):
    """A store problem the user can fix; the message says how."""


# chromadb shares one system per directory through a process-wide cache. A client being created takes the cached
# system and then checks its tenant through it; if another thread detaches that system in between and its last
# holder lets go, the system stops under the new client ("'RustBindingsAPI' object has no attribute 'bindings'",
# seen with a re-ingest running while the live assistant reopened). Creating and detaching take turns.
_SYSTEMS = threading.RLock()


def detach_cached_client(persist_dir: Path):
    """Take this process's shared Chroma system for a persist directory out of chromadb's cache, running.

    The next client for the directory gets a new system; whoever holds the old one reads on through it,
    and it is freed with the last of them. `assistant.live` uses this so that an assistant opened on a
    new collection does not inherit the old system's caches (every HNSW index it ever loaded, including
    those of collections another process has deleted since).
    """
    try:
        from chromadb.api.shared_system_client import SharedSystemClient
    except ImportError:
        return None
    key = str(persist_dir)
    with _SYSTEMS, SharedSystemClient._refcount_lock:
        SharedSystemClient._identifier_to_refcount.pop(key, None)
    return SharedSystemClient._identifier_to_system.pop(key, None)


def forget_cached_client(persist_dir: Path) -> None:
    """Close and forget this process's shared Chroma system for a persist directory.

    chromadb keeps one per directory for the life of the process; after the files are
    deleted or replaced, a new client would otherwise reuse the stale one.
    """
    system = detach_cached_client(persist_dir)
    if system is not None:
        try:
            system.stop()
        except Exception:  # a broken store's system may not stop cleanly; it is being deleted anyway
            pass


def _chroma_version() -> str:
    from importlib.metadata import version

    return version("chromadb")


class ChromaConnection:
    """Persistent embedded Chroma under `store_dir`, or a Chroma server at `chroma_url`; the client is cached."""

    def __init__(self, store_dir: Path, chroma_url: str | None = None):
        self.store_dir = Path(store_dir)
        self.chroma_url = chroma_url
        self._client = None
        self._write_lock = None

    # -- writing ---------------------------------------------------------------
    def writing(self):
        """The context every write runs in: this store's one-writer lock (embedded), nothing for a server.

        Reentrant within this object, so `run_ingest` can hold it for the whole ingest and `build`,
        `destroy` take it again; raises `core.store_lock.StoreBusy` when another writer holds it.
        """
        if self.chroma_url:
            return contextlib.nullcontext(self)
        if self._write_lock is None:
            from core.store_lock import WriteLock

            self._write_lock = WriteLock(self.store_dir)
        return self._write_lock

    def generation(self) -> tuple[int, int] | None:
        """Identity of the embedded store's files, (inode, mtime) of store.json: it changes when the store is
        deleted and built again, which a process holding the old files cannot see through Chroma.
        None for a server or a store not built yet."""
        if self.chroma_url:
            return None
        try:
            info = self._version_file.stat()
        except OSError:
            return None
        return info.st_ino, info.st_mtime_ns

    # -- opening ---------------------------------------------------------------
    @property
    def _version_file(self) -> Path:
        return self.store_dir / "store.json"

    def exists(self) -> bool:
        """An embedded store exists once built; a server must answer its heartbeat (else StoreError)."""
        if self.chroma_url:
            self._probe()
            return True
        return self._version_file.exists()

    # -- a Chroma server ---------------------------------------------------------
    def _server(self) -> tuple[str, str, int]:
        url = urlparse(self.chroma_url if "://" in self.chroma_url else f"http://{self.chroma_url}")
        try:
            port = url.port or (443 if url.scheme == "https" else 8000)
        except ValueError:  # a port that is not a number
            port = -1
        if url.scheme not in ("http", "https") or not url.hostname or port <= 0:
            raise StoreError(f"--chroma-url '{self.chroma_url}' is not a server address: pass http://HOST:PORT, "
                             "e.g. http://127.0.0.1:8000")
        return url.scheme, url.hostname, port

    def _unreachable(self, reason: object) -> StoreError:
        _, host, port = self._server()
        reason = " ".join(str(reason).split()) or type(reason).__name__
        return StoreError(f"cannot reach the Chroma server at {self.chroma_url} ({reason}): start it with "
                          f"`chroma run --path /srv/kume-chroma --host {host} --port {port}`")

    def _probe(self) -> None:
        """One bounded heartbeat request, so a server that is down is an error in seconds, not a hang."""
        scheme, host, port = self._server()
        try:
            with urllib.request.urlopen(f"{scheme}://{host}:{port}/api/v2/heartbeat", timeout=_PROBE_TIMEOUT_S) as r:
                ok = "heartbeat" in r.read(4096).decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            raise self._unreachable(f"HTTP {exc.code}: not a Chroma 1.x server?") from None
        except (OSError, ValueError) as exc:  # refused, timed out, unknown host
            raise self._unreachable(getattr(exc, "reason", exc)) from None
        if not ok:
            raise self._unreachable("no Chroma heartbeat at this address")

    def check_version(self) -> None:
        if self.chroma_url or not self._version_file.exists():
            return
        try:
            info = json.loads(self._version_file.read_text())
        except (OSError, ValueError) as exc:
            raise StoreError(f"store at {self.store_dir} is unreadable ({exc}); run `kume ingest --rebuild`") from exc
        ours = {"chromadb": _chroma_version(), "layout": LAYOUT_VERSION}
        if info.get("chromadb") != ours["chromadb"] or info.get("layout") != LAYOUT_VERSION:
            raise StoreError(
                f"store at {self.store_dir} was built by chromadb {info.get('chromadb')} (layout {info.get('layout')}), "
                f"this is chromadb {ours['chromadb']}; run `kume ingest --rebuild`"
            )

    def client(self):
        if self._client is None:
            import chromadb

            settings = chromadb.Settings(anonymized_telemetry=False)
            try:
                if self.chroma_url:
                    self._probe()
                    scheme, host, port = self._server()
                    self._client = chromadb.HttpClient(host=host, port=port, ssl=scheme == "https", settings=settings)
                else:
                    self.check_version()
                    if self.store_dir.exists() and not os.access(self.store_dir, os.W_OK):
                        raise StoreError(f"the store at {self.store_dir} is read-only: make it writable "
                                         "or pass another --store")
                    self.store_dir.mkdir(parents=True, exist_ok=True)
                    with _SYSTEMS:  # not while another thread detaches the system this client is taking
                        self._client = chromadb.PersistentClient(path=str(self.store_dir / "chroma"), settings=settings)
                    if not self._version_file.exists():
                        self._version_file.write_text(json.dumps({"chromadb": _chroma_version(), "layout": LAYOUT_VERSION}))
            except StoreError:
                raise
            except Exception as exc:  # corrupted files, permissions, server down
                if self.chroma_url:
                    raise self._unreachable(exc) from exc
                raise StoreError(f"cannot open the store at {self.store_dir}: {exc}; run `kume ingest --rebuild`") from exc
        return self._client

    def destroy(self) -> None:
        """Delete an embedded store's data, closing this process's cached Chroma connection first.

        chromadb keeps one shared "system" per persist directory in a process; deleting
        the files under a live one leaves later clients talking to a stale database. The
        write lock's files stay: a second writer must meet the same lock, not a fresh one.
        """
        if self.chroma_url:
            raise StoreError("refusing to delete a shared Chroma server's data; drop its collections on the server")
        from core.store_lock import LOCK_FILES

        with self.writing():
            forget_cached_client(self.store_dir / "chroma")
            self._client = None
            if not self.store_dir.exists():
                return
            try:
                for entry in self.store_dir.iterdir():
                    if entry.name in LOCK_FILES:
                        continue
                    if entry.is_dir() and not entry.is_symlink():
                        shutil.rmtree(entry)
                    else:
                        entry.unlink()
            except OSError as exc:
                raise StoreError(f"cannot delete the store at {self.store_dir} ({exc.strerror}): "
                                 "make the folder writable or pass another --store") from exc
