"""Dense retrieval through LangChain's Chroma vector store (a thin adapter).

Chroma returns cosine distances; the rest of the assistant works with
similarities (higher is better), so the adapter converts once here.
"""
from __future__ import annotations

from typing import Protocol

from core.embedders import Embedder, as_langchain
from core.store import StoreError

from core.answers import Hit


class Retriever(Protocol):
    def retrieve(self, question: str, k: int, where: dict | None = None) -> list[Hit]: ...


def _page(meta: dict) -> int | None:
    value = meta.get("page")
    return int(value) if isinstance(value, (int, float)) else None


def hit_from(chunk_id: str, text: str, meta: dict, score: float) -> Hit:
    return Hit(
        chunk_id=chunk_id,
        section_id=str(meta.get("section_id", "")),
        section_title=str(meta.get("section_title", "")),
        kind=str(meta.get("kind", "")),
        text=text,
        score=score,
        source=str(meta.get("source", "")),
        page=_page(meta),
        path=str(meta.get("path", "")),
        metadata=dict(meta),
    )


class DenseRetriever:
    """Top-k by cosine similarity of e5 query and passage embeddings.

    `retrieve_vector` searches with a query already embedded: the English dense list (the collection's
    English companion, core/store.py) is searched with the same vector as the cross-lingual list, since e5
    encodes a query the same way whatever passages it is compared with; one embedding per question.
    """

    def __init__(self, client, collection_name: str, embedder: Embedder):
        from langchain_chroma import Chroma

        self.embedder = embedder
        self._vectors = Chroma(client=client, collection_name=collection_name,
                               embedding_function=as_langchain(embedder))

    def retrieve(self, question: str, k: int, where: dict | None = None) -> list[Hit]:
        return self._search(lambda: self._vectors.similarity_search_with_score(question, k=k, filter=where or None))

    def query_vector(self, question: str) -> list[float]:
        return self.embedder.embed_query(question)

    def retrieve_vector(self, vector: list[float], k: int, where: dict | None = None) -> list[Hit]:
        return self._search(lambda: self._vectors.similarity_search_by_vector_with_relevance_scores(
            vector, k=k, filter=where or None))

    def _search(self, search) -> list[Hit]:
        try:
            found = search()
        except Exception as exc:  # the store broke, or the server went away, under a running assistant
            from chromadb.errors import ChromaError

            if isinstance(exc, ChromaError):
                raise StoreError(f"cannot read the store ({exc}); run `kume ingest --rebuild`") from exc
            if isinstance(exc, (ConnectionError, OSError)) or "connect" in type(exc).__name__.lower():
                raise StoreError(f"cannot reach the store ({type(exc).__name__}); is the Chroma server running?") from exc
            raise
        return [hit_from(doc.id or "", doc.page_content, doc.metadata or {}, 1.0 - float(distance))
                for doc, distance in found]
