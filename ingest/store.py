"""The Chroma adapter: stamped collections, atomic switch, embeddings reused by chunk id.

Each build writes a new collection and only then points the store at it, so
an interrupted ingest leaves the previous collection answering. The pointer
lives in Chroma itself (the metadata of a tiny `kume-active` collection), so
it works the same for an embedded store and a Chroma server. Chunks whose id
already exists in the active collection keep their embedding; only new text
is embedded.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .records import Chunk

POINTER = "kume-active"
LAYOUT_VERSION = 1
_BATCH = 256


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


def _forget_cached_client(persist_dir: Path) -> None:
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
        return self.chroma_url is not None or self._version_file.exists()

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
                    from urllib.parse import urlparse

                    url = urlparse(self.chroma_url)
                    self._client = chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                                       ssl=url.scheme == "https", settings=settings)
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
                where = self.chroma_url or self.store_dir
                raise StoreError(f"cannot open the store at {where}: {exc}; run `kume ingest --rebuild`") from exc
        return self._client

    def destroy(self) -> None:
        """Delete an embedded store from disk, closing this process's cached Chroma connection first.

        chromadb keeps one shared "system" per persist directory in a process; deleting
        the files under a live one leaves later clients talking to a stale database.
        """
        if self.chroma_url:
            raise StoreError("refusing to delete a shared Chroma server's data; drop its collections on the server")
        _forget_cached_client(self.store_dir / "chroma")
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
        except Exception:
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
    ) -> tuple[int, int]:
        """Write all chunks to a fresh collection, then switch to it. Returns (embedded, reused)."""
        client = self.client()
        name = f"kume-{stamp.digest()}"
        previous = self.active()
        if previous and previous.name == name:
            client.delete_collection(name)  # same stamp but asked to rebuild
            previous = None
        try:
            client.delete_collection(name)  # leftovers of an interrupted build
        except Exception:
            pass
        target = client.create_collection(name, metadata={"hnsw:space": "cosine"}, embedding_function=None)
        known = self._existing_embeddings(previous.name, [c.chunk_id for c in chunks]) if previous else {}
        todo = [c for c in chunks if c.chunk_id not in known]
        fresh: dict[str, list[float]] = {}
        done = len(chunks) - len(todo)
        if on_progress:
            on_progress(done, len(chunks))
        for start in range(0, len(todo), 64):
            batch = todo[start:start + 64]
            for chunk, vector in zip(batch, embed([c.text for c in batch])):
                fresh[chunk.chunk_id] = vector
            done += len(batch)
            if on_progress:
                on_progress(done, len(chunks))
        vectors = {**known, **fresh}
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start:start + _BATCH]
            target.add(
                ids=[c.chunk_id for c in batch],
                embeddings=[vectors[c.chunk_id] for c in batch],
                documents=[c.text for c in batch],
                metadatas=[c.metadata for c in batch],
            )
        self._switch(name, stamp, counts)
        self._drop_others(keep=name)
        return len(fresh), len(known)

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

    def _drop_others(self, keep: str) -> None:
        client = self.client()
        for col in client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith("kume-") and name not in (keep, POINTER):
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
