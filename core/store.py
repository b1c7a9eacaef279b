"""The Chroma adapter: stamped collections, atomic switch, embeddings reused by chunk id.

Each build writes a new collection and only then points the store at it, so
an interrupted ingest leaves the previous collection answering. The pointer
lives in Chroma itself (the metadata of a tiny `kume-active` collection), so
it works the same for an embedded store and a Chroma server. Chunks whose id
already exists in the active collection keep their embedding; only new text
is embedded.

A build never writes into the collection that is answering (a same-stamp
rebuild goes to `kume-<digest>-b`), and the previously active collection is
kept until the next build, embedded or on a server: a question that read the
pointer just before a switch still finds its collection, and an assistant in
another process has until the next build to notice the switch
(`assistant.live.LiveAssistant` checks on every question). Every write runs
inside `writing()`, the embedded store's one-writer lock (`core.store_lock`).

Reaching Chroma (embedded folder or server, version checks, clean errors) is
`core.chroma_connection`; `StoreError`, the error of both, is importable
from here as well.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Callable, Iterable

from core.chroma_connection import ChromaConnection, StoreError
from core.records import Chunk

__all__ = ["POINTER", "COLLECTION_METADATA", "StoreError", "StoreStamp", "ActiveCollection", "StoredChunk",
           "ChromaStore"]

POINTER = "kume-active"
# A search beam far wider than the corpus (~600 chunks) makes HNSW effectively exact, so the
# same question ranks the same way in every process that opens the store.
COLLECTION_METADATA = {"hnsw:space": "cosine", "hnsw:search_ef": 1000, "hnsw:construction_ef": 400}
_BATCH = 256


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


class ChromaStore(ChromaConnection):
    """kume's collections in an opened Chroma (embedded under `store_dir`, or a server at `chroma_url`)."""

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
        The previous collection is kept (for readers that have not switched yet); older ones are dropped.
        """
        with self.writing():
            return self._build(chunks, stamp, embed, counts, on_progress, fresh)

    def _build(self, chunks, stamp, embed, counts, on_progress, fresh) -> tuple[int, int, str]:
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
        # readers in other processes (or other threads) may still be reading the previous collection
        self._drop_others(keep={name, previous.name} if previous else {name})
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
