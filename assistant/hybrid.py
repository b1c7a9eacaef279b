"""Hybrid retrieval: the dense retriever and BM25 over the same chunks, fused by weighted RRF.

Why: e5-small embeddings find paraphrases and bridge English questions to the
Turkish report, but miss exact tokens (ORA codes, province and firm names,
"2010/8"); BM25 on the Turkish analyzer finds those. Fusion keeps both.

The lexical index is rebuilt at start from the chunks Chroma holds (no second
store to drift), with each chunk's `code` and `aliases` metadata appended to
its text so canonical and irregularly printed codes both match.

Dev-set results (evals/sets/dev.jsonl, 88 non-refusal questions; written by
scripts/retrieval_study.py): see RESULTS below.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from .analyzer import Analyzer, default_analyzer
from .dense import Retriever, hit_from
from .fusion import RRF_K, coverage, lexical_weight, rrf
from .glossary import Glossary, default_glossary
from .lexical import BM25Index, Scored
from .records import Hit

RESULTS = """(filled in from scripts/retrieval_study.py)"""

DEPTH = 30  # candidates taken from each list before fusion


def document_text(text: str, meta: Mapping[str, Any]) -> str:
    """What BM25 indexes for a chunk: its text plus the codes only the metadata carries."""
    extra = [str(meta[key]) for key in ("code", "aliases") if meta.get(key)]
    return "\n".join([text, *extra])


def matches(meta: Mapping[str, Any], where: Mapping[str, Any] | None) -> bool:
    """Chroma's metadata filter semantics for the subset the assistant uses.

    Plain `{"kind": "urge"}` equality (several keys: all must hold), the
    operators $eq $ne $in $nin $gt $gte $lt $lte, and $and / $or of filters.
    """
    if not where:
        return True
    for key, cond in where.items():
        if key == "$and":
            if not all(matches(meta, c) for c in cond):
                return False
        elif key == "$or":
            if not any(matches(meta, c) for c in cond):
                return False
        elif not _holds(meta.get(key), cond):
            return False
    return True


def _holds(value: Any, cond: Any) -> bool:
    if not isinstance(cond, Mapping):
        return value == cond
    for op, arg in cond.items():
        ok = {
            "$eq": lambda: value == arg,
            "$ne": lambda: value != arg,
            "$in": lambda: value in arg,
            "$nin": lambda: value not in arg,
            "$gt": lambda: value is not None and value > arg,
            "$gte": lambda: value is not None and value >= arg,
            "$lt": lambda: value is not None and value < arg,
            "$lte": lambda: value is not None and value <= arg,
        }.get(op)
        if ok is None:
            raise ValueError(f"unsupported filter operator {op!r}")
        if not ok():
            return False
    return True


class HybridRetriever:
    """Retriever Protocol: `retrieve(question, k, where=None) -> list[Hit]`, Hit.score = fused RRF score."""

    def __init__(self, dense: Retriever, chunks: Iterable[Any], *, analyzer: Analyzer | None = None,
                 glossary: Glossary | None | bool = True, k1: float = 1.2, b: float = 0.75,
                 depth: int = DEPTH, rrf_k: int = RRF_K, dense_weight: float = 1.0,
                 floor: float = 0.0, full_at: float = 1.0):
        self.dense = dense
        self.chunks = list(chunks)
        self.glossary = default_glossary() if glossary is True else (glossary or None)
        self.depth, self.rrf_k, self.dense_weight = depth, rrf_k, dense_weight
        self.floor, self.full_at = floor, full_at
        self.index = BM25Index([c.chunk_id for c in self.chunks],
                               [document_text(c.text, c.metadata) for c in self.chunks],
                               analyzer=analyzer or default_analyzer(), k1=k1, b=b)
        self._by_id = {c.chunk_id: c for c in self.chunks}

    @classmethod
    def from_store(cls, store, collection_name: str, embedder, **options) -> "HybridRetriever":
        """Dense retriever over the collection plus BM25 over all of its chunks (read once, here)."""
        from .dense import DenseRetriever

        dense = DenseRetriever(store.client(), collection_name, embedder)
        return cls(dense, store.all_chunks(collection_name), **options)

    # -- the lexical side ------------------------------------------------------------
    def lexical_query(self, question: str) -> str:
        return self.glossary.expand(question).text if self.glossary else question

    def lexical_weight(self, question: str) -> float:
        """The guard: how much of the (expanded) question the index can see, mapped to a weight."""
        terms = self.index.analyzer(self.lexical_query(question))
        return lexical_weight(coverage(terms, self.index), floor=self.floor, full_at=self.full_at)

    def lexical(self, question: str, k: int, where: Mapping[str, Any] | None = None) -> list[Scored]:
        mask = None
        if where:
            mask = np.fromiter((matches(c.metadata, where) for c in self.chunks), dtype=bool, count=len(self.chunks))
        return self.index.search(self.lexical_query(question), k, mask)

    # -- fused -------------------------------------------------------------------------
    def retrieve(self, question: str, k: int, where: dict | None = None) -> list[Hit]:
        depth = max(k, self.depth)
        dense_hits = self.dense.retrieve(question, depth, where)
        rankings: list[Sequence[str]] = [[h.chunk_id for h in dense_hits]]
        weights = [self.dense_weight]
        weight = self.lexical_weight(question)
        if weight > 0:
            rankings.append([s.doc_id for s in self.lexical(question, depth, where)])
            weights.append(weight)
        by_id = {h.chunk_id: h for h in dense_hits}
        out: list[Hit] = []
        for doc_id, score in rrf(rankings, weights, k=self.rrf_k)[:k]:
            if doc_id in by_id:
                hit = by_id[doc_id]
                out.append(hit_from(hit.chunk_id, hit.text, hit.metadata, score))
            else:
                chunk = self._by_id[doc_id]
                out.append(hit_from(chunk.chunk_id, chunk.text, chunk.metadata, score))
        return out
