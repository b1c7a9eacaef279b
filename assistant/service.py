"""The assistant's one entry point: `Assistant.ask(question) -> Answer`.

Opening checks that a store exists and was built with the embedder this run
uses: asking a store built with another embedder would return nonsense
silently, so it is an error that says to re-ingest.
"""
from __future__ import annotations

import time
from typing import Sequence

from ingest.embedders import Embedder
from ingest.settings import Settings
from ingest.store import ChromaStore, StoreError

from .dense import Retriever
from .glossary import load_glossary
from .hybrid import HybridRetriever
from .language import detect_language
from .passages import cite, compose
from .conversation import retrieval_text
from .records import Answer, Filters


class QuestionError(ValueError):
    """A question that cannot be asked as it is; the message says what to do."""


class Assistant:
    def __init__(self, retriever: Retriever, *, max_question_chars: int = 2000, default_k: int = 5):
        self.retriever = retriever
        self.max_question_chars = max_question_chars
        self.default_k = default_k

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder) -> "Assistant":
        store = ChromaStore(settings.store_dir, settings.chroma_url)
        if not store.exists():
            raise StoreError(f"no knowledge store at {settings.store_dir}: run `kume ingest` first")
        active = store.active()
        if active is None:
            raise StoreError(f"the store at {settings.store_dir} holds no finished index: run `kume ingest`")
        if active.stamp.embedder_id != embedder.model_id:
            raise StoreError(
                f"the store was built with embedder '{active.stamp.embedder_id}' but this run uses "
                f"'{embedder.model_id}': run `kume ingest` to rebuild it, or pass the same --embedder"
            )
        retriever = HybridRetriever.from_store(store, active.name, embedder,
                                               glossary=load_glossary(settings.corpus_dir))
        return cls(retriever, max_question_chars=settings.max_question_chars, default_k=settings.top_k)

    def check(self, question: str) -> str:
        if not isinstance(question, str) or not question.strip():
            raise QuestionError("empty question: type a question, e.g. \"URGE eğitim desteğinin üst sınırı nedir?\"")
        if len(question) > self.max_question_chars:
            raise QuestionError(
                f"question is {len(question)} characters; the limit is {self.max_question_chars}: shorten it")
        return " ".join(question.split())

    def ask(self, question: str, k: int | None = None, *, history: Sequence[str] = (),
            filters: Filters | None = None) -> Answer:
        """Answer one question; `history` holds the earlier user questions of the conversation."""
        started = time.perf_counter()
        text = self.check(question)
        k = k or self.default_k
        lang = detect_language(text)
        search_text = retrieval_text(text, list(history))
        hits = self.retriever.retrieve(search_text, k=max(k * 2, k), where=filters.where() if filters else None)
        retrieved_at = time.perf_counter()
        citations = cite(hits, text, limit=k)
        answer = compose(citations, lang)
        done = time.perf_counter()
        return Answer(
            question=question,
            answer=answer,
            lang=lang,
            refused=not citations,
            citations=tuple(citations),
            retrieved=tuple(hits[:k]),
            timings_ms={"retrieve": (retrieved_at - started) * 1000, "compose": (done - retrieved_at) * 1000,
                        "total": (done - started) * 1000},
        )
