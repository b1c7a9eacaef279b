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

Each generation may have an English companion, `<collection>-en`: the English view of every chunk that has
one (ingest/english_view.py), embedded as a passage, under the chunk's id and metadata, for the English
dense list (assistant/retrieval/fusion.py). It is written before the switch and kept or dropped with its
collection, so the pointer, the stamp and the two kept generations need nothing new; an English view whose
text is unchanged keeps its vector, as an unchanged chunk does. A store built before it simply has none.

Reaching Chroma (embedded folder or server, version checks, clean errors) is
`core.chroma_connection`; `StoreError`, the error of both, is importable
from here as well.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, NamedTuple

from core.chroma_connection import ChromaConnection, StoreError
from core.records import Chunk

__all__ = ["POINTER", "COLLECTION_METADATA", "ENGLISH_SUFFIX", "StoreError", "StoreStamp", "ActiveCollection",
           "StoredChunk", "Built", "ChromaStore", "english_name"]

POINTER = "kume-active"
# A search beam far wider than the corpus (~600 chunks) makes HNSW effectively exact, so the
# same question ranks the same way in every process that opens the store.
COLLECTION_METADATA = {"hnsw:space": "cosine", "hnsw:search_ef": 1000, "hnsw:construction_ef": 400}
_BATCH = 256
_EMBED_BATCH = 64
ENGLISH_SUFFIX = "-en"


def english_name(collection: str) -> str:
    """The English companion of a collection (its chunks' English views)."""
    return collection + ENGLISH_SUFFIX


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


class Built(NamedTuple):
    """What a build did: vectors embedded and reused, for the chunks and for their English views."""
    embedded: int
    reused: int
    name: str
    english_embedded: int = 0
    english_reused: int = 0


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
        english: Mapping[str, str] | None = None,
    ) -> Built:
        """Write all chunks to a new collection, then switch to it. Returns what was embedded and reused.

        The collection being written is never the active one: a same-stamp rebuild alternates between
        `kume-<digest>` and `kume-<digest>-b`. `fresh` (or the same stamp) embeds everything again.
        `english` (chunk id -> English view) fills the collection's English companion.
        The previous collection is kept (for readers that have not switched yet); older ones are dropped.
        """
        with self.writing():
            return self._build(chunks, stamp, embed, counts, on_progress, fresh, dict(english or {}))

    def _build(self, chunks, stamp, embed, counts, on_progress, fresh, english) -> Built:
        client = self.client()
        base = f"kume-{stamp.digest()}"
        previous = self.active()
        name = f"{base}-b" if previous and previous.name == base else base
        for leftover in (name, english_name(name)):  # of an interrupted build (never the active one)
            try:
                client.delete_collection(leftover)
            except Exception:
                pass
        reuse = previous is not None and not fresh and previous.stamp != stamp
        texts = {c.chunk_id: c.text for c in chunks}
        english = {cid: text for cid, text in english.items() if cid in texts}
        known = self._existing_embeddings(previous.name, texts) if reuse else {}
        known_en = self._existing_embeddings(english_name(previous.name), english) if reuse else {}
        todo = [(cid, t) for cid, t in texts.items() if cid not in known]
        todo_en = [(cid, t) for cid, t in english.items() if cid not in known_en]
        total = len(texts) + len(english)
        progress = [total - len(todo) - len(todo_en)]

        def embed_all(items: list[tuple[str, str]]) -> dict[str, list[float]]:
            out: dict[str, list[float]] = {}
            if on_progress:
                on_progress(progress[0], total)
            for start in range(0, len(items), _EMBED_BATCH):
                batch = items[start:start + _EMBED_BATCH]
                out.update(zip([cid for cid, _ in batch], embed([t for _, t in batch])))
                progress[0] += len(batch)
                if on_progress:
                    on_progress(progress[0], total)
            return out

        vectors = {**known, **embed_all(todo)}
        self._write(name, [(c.chunk_id, c.text, c.metadata) for c in chunks], vectors)
        if english:
            vectors_en = {**known_en, **embed_all(todo_en)}
            meta = {c.chunk_id: c.metadata for c in chunks}
            self._write(english_name(name), [(cid, t, meta[cid]) for cid, t in english.items()], vectors_en)
        self._switch(name, stamp, counts)
        # readers in other processes (or other threads) may still be reading the previous collection
        self._drop_others(keep={name, previous.name} if previous else {name})
        return Built(len(todo), len(known), name, len(todo_en) if english else 0, len(known_en))

    def _write(self, name: str, rows: list[tuple[str, str, dict]], vectors: Mapping[str, list[float]]) -> None:
        target = self.client().create_collection(name, metadata=COLLECTION_METADATA, embedding_function=None)
        for start in range(0, len(rows), _BATCH):
            batch = rows[start:start + _BATCH]
            target.add(ids=[cid for cid, _, _ in batch], embeddings=[vectors[cid] for cid, _, _ in batch],
                       documents=[text for _, text, _ in batch], metadatas=[meta for _, _, meta in batch])

    def _existing_embeddings(self, name: str, texts: Mapping[str, str]) -> dict[str, list[float]]:
        """Vectors of `name` whose id and stored text are both unchanged (id -> vector).

        A chunk id already hashes its text; an English view is keyed by its chunk's id, so its text (which a
        changed rendering changes) is compared too.
        """
        try:
            old = self.collection(name)
        except Exception:
            return {}
        ids = list(texts)
        found: dict[str, list[float]] = {}
        for start in range(0, len(ids), _BATCH):
            got = old.get(ids=ids[start:start + _BATCH], include=["embeddings", "documents"])
            for cid, vector, text in zip(got["ids"], got["embeddings"], got["documents"]):
                if text == texts[cid]:
                    found[cid] = [float(x) for x in vector]
        return found

    def _drop_others(self, keep: set[str]) -> None:
        client = self.client()
        keep = keep | {english_name(name) for name in keep}
        for col in client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith("kume-") and name not in keep and name != POINTER:
                client.delete_collection(name)

    def english_collection(self, name: str) -> str | None:
        """The English companion of collection `name`, or None (a store built before it, or no rendering)."""
        try:
            col = self.collection(english_name(name))
            return col.name if col.count() else None
        except StoreError:
            raise
        except Exception:
            return None

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
