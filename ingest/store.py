"""The Chroma adapter: stamped collections, atomic switch, embeddings reused by chunk id.

Each build writes a new collection and only then points the store at it, so
an interrupted ingest leaves the previous collection answering. The pointer
lives in Chroma itself (the metadata of a tiny `kume-active` collection), so
it works the same for an embedded store and a Chroma server. Chunks whose id
already exists in the active collection keep their embedding; only new text
is embedded.

With a Chroma server (`chroma_url`) a build never writes into the collection
that is answering (a same-stamp rebuild goes to `kume-<digest>-b`), and the
previously active collection is kept until the next build, so an assistant
opened on it in another process keeps answering until it is reopened.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import urlparse

from .records import Chunk

POINTER = "kume-active"
LAYOUT_VERSION = 2
# A search beam far wider than the corpus (~600 chunks) makes HNSW effectively exact, so the
# same question ranks the same way in every process that opens the store.
COLLECTION_METADATA = {"hnsw:space": "cosine", "hnsw:search_ef": 1000, "hnsw:construction_ef": 400}
_BATCH = 256
_PROBE_TIMEOUT_S = 5.0


class StoreError(Exception):
    """A store problem the user can fix; the message says how."""


@dataclass(frozen=True)
class StoreStamp:
    embedder_id: str
    parser_version: str
    corpus_hash: str

    def digest(self) -> str:
        raw = f"{self.embedder_id}|{self.parser_version}|{self.corpus_hash}"
        return hashlib.sha256(raw.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ActiveCollection:
    name: str
    stamp: StoreStamp
    counts: dict


@dataclass(frozen=True)
class StoredChunk:
    chunk_id: str
    text: str
    metadata: dict
    distance: float


def forget_cached_client(persist_dir: Path) -> None:
    """Close and forget this process's shared Chroma system for a persist directory.

    chromadb keeps one per directory for the life of the process; after the files are
    deleted or replaced, a new client would otherwise reuse the stale one.
    """
    try:
        from chromadb.api.shared_system_client import SharedSystemClient
    except ImportError:
        return
    key = str(persist_dir)
    with SharedSystemClient._refcount_lock:
        SharedSystemClient._identifier_to_refcount.pop(key, None)
    system = SharedSystemClient._identifier_to_system.pop(key, None)
    if system is not None:
        try:
            system.stop()
        except Exception:  # a broken store's system may not stop cleanly; it is being deleted anyway
            pass


def _chroma_version() -> str:
    from importlib.metadata import version

    return version("chromadb")


class ChromaStore:
    """Persistent embedded Chroma under `store_dir`, or a Chroma server at `chroma_url`."""

    def __init__(self, store_dir: Path, chroma_url: str | None = None):
        self.store_dir = Path(store_dir)
        self.chroma_url = chroma_url
        self._client = None

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
        """Delete an embedded store from disk, closing this process's cached Chroma connection first.

        chromadb keeps one shared "system" per persist directory in a process; deleting
        the files under a live one leaves later clients talking to a stale database.
        """
        if self.chroma_url:
            raise StoreError("refusing to delete a shared Chroma server's data; drop its collections on the server")
        forget_cached_client(self.store_dir / "chroma")
        self._client = None
        if not self.store_dir.exists():
            return
        try:
            shutil.rmtree(self.store_dir)
        except OSError as exc:
            raise StoreError(f"cannot delete the store at {self.store_dir} ({exc.strerror}): "
                             "make the folder writable or pass another --store") from exc

    # -- the active collection ---------------------------------------------------
    def active(self) -> ActiveCollection | None:
        try:
            pointer = self.client().get_collection(POINTER)
        except StoreError:
            raise
        except Exception as exc:
            from chromadb.errors import NotFoundError

            if self.chroma_url and not isinstance(exc, NotFoundError):  # the server went away
                raise self._unreachable(exc) from exc
            return None
        meta = pointer.metadata or {}
        if not meta.get("collection"):
            return None
        stamp = StoreStamp(meta.get("embedder_id", ""), meta.get("parser_version", ""), meta.get("corpus_hash", ""))
        return ActiveCollection(meta["collection"], stamp, json.loads(meta.get("counts", "{}")))

    def _switch(self, name: str, stamp: StoreStamp, counts: dict) -> None:
        meta = {"collection": name, "embedder_id": stamp.embedder_id, "parser_version": stamp.parser_version,
                "corpus_hash": stamp.corpus_hash, "counts": json.dumps(counts, ensure_ascii=False)}
        pointer = self.client().get_or_create_collection(POINTER, metadata={"collection": ""}, embedding_function=None)
        pointer.modify(metadata=meta)

    def collection(self, name: str):
        return self.client().get_collection(name, embedding_function=None)

    # -- building ----------------------------------------------------------------
    def build(
        self,
        chunks: list[Chunk],
        stamp: StoreStamp,
        embed: Callable[[list[str]], list[list[float]]],
        counts: dict,
        on_progress: Callable[[int, int], None] | None = None,
        fresh: bool = False,
    ) -> tuple[int, int, str]:
        """Write all chunks to a new collection, then switch to it. Returns (embedded, reused, collection name).

        The collection being written is never the active one: a same-stamp rebuild alternates between
        `kume-<digest>` and `kume-<digest>-b`. `fresh` (or the same stamp) embeds everything again.
        """
        client = self.client()
        base = f"kume-{stamp.digest()}"
        previous = self.active()
        name = f"{base}-b" if previous and previous.name == base else base
        try:
            client.delete_collection(name)  # leftovers of an interrupted build (never the active one)
        except Exception:
            pass
        target = client.create_collection(name, metadata=COLLECTION_METADATA, embedding_function=None)
        reuse = previous is not None and not fresh and previous.stamp != stamp
        known = self._existing_embeddings(previous.name, [c.chunk_id for c in chunks]) if reuse else {}
        todo = [c for c in chunks if c.chunk_id not in known]
        embedded: dict[str, list[float]] = {}
        done = len(chunks) - len(todo)
        if on_progress:
            on_progress(done, len(chunks))
        for start in range(0, len(todo), 64):
            batch = todo[start:start + 64]
            for chunk, vector in zip(batch, embed([c.text for c in batch])):
                embedded[chunk.chunk_id] = vector
            done += len(batch)
            if on_progress:
                on_progress(done, len(chunks))
        vectors = {**known, **embedded}
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start:start + _BATCH]
            target.add(
                ids=[c.chunk_id for c in batch],
                embeddings=[vectors[c.chunk_id] for c in batch],
                documents=[c.text for c in batch],
                metadatas=[c.metadata for c in batch],
            )
        self._switch(name, stamp, counts)
        # a server is shared: assistants in other processes may still be reading the previous collection
        self._drop_others(keep={name, previous.name} if previous and self.chroma_url else {name})
        return len(embedded), len(known), name

    def _existing_embeddings(self, name: str, ids: list[str]) -> dict[str, list[float]]:
        try:
            old = self.collection(name)
        except Exception:
            return {}
        found: dict[str, list[float]] = {}
        for start in range(0, len(ids), _BATCH):
            got = old.get(ids=ids[start:start + _BATCH], include=["embeddings"])
            for cid, vector in zip(got["ids"], got["embeddings"]):
                found[cid] = [float(x) for x in vector]
        return found

    def _drop_others(self, keep: set[str]) -> None:
        client = self.client()
        for col in client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith("kume-") and name not in keep and name != POINTER:
                client.delete_collection(name)

    # -- reading -----------------------------------------------------------------
    def query(self, name: str, vector: list[float], k: int, where: dict | None = None) -> list[StoredChunk]:
        col = self.collection(name)
        result = col.query(query_embeddings=[vector], n_results=k, where=where or None,
                           include=["documents", "metadatas", "distances"])
        return [
            StoredChunk(cid, doc, meta or {}, float(dist))
            for cid, doc, meta, dist in zip(result["ids"][0], result["documents"][0], result["metadatas"][0],
                                            result["distances"][0])
        ]

    def all_chunks(self, name: str) -> Iterable[StoredChunk]:
        got = self.collection(name).get(include=["documents", "metadatas"])
        for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"]):
            yield StoredChunk(cid, doc, meta or {}, 0.0)
