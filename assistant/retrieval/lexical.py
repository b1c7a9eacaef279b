"""Okapi BM25 over the store's chunks, in numpy, with the analyzer injected.

The corpus is one report (~600 chunks), so an in-memory index rebuilt at
assistant start is simpler and safer than a second persisted index that could
drift from the vector store: it is built from the very chunks Chroma holds.
Like bm25s, each term's per-document score contribution is computed once at
build time ("eager" scoring), so a query is a few numpy additions.

Scoring (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25
and Beyond", 2009), with Lucene's non-negative idf so that a term in more
than half of the chunks never lowers a score:

    idf(t)      = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))
    score(q, d) = sum over distinct t in q of
                  idf(t) * tf(t,d) * (k1 + 1) / (tf(t,d) + k1 * (1 - b + b * |d| / avgdl))

Distinct query terms count once: a glossary expansion that repeats a word the
user already typed must not double its weight.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Callable, NamedTuple, Sequence

import numpy as np

from assistant.retrieval.analyzer import Analyzer, default_analyzer


class Scored(NamedTuple):
    doc_id: str
    score: float


class _Postings(NamedTuple):
    docs: np.ndarray     # int32 document indices
    weights: np.ndarray  # float64 idf-weighted, length-normalised tf contributions


class BM25Index:
    """An immutable BM25 index over (doc_id, text) pairs."""

    def __init__(self, doc_ids: Sequence[str], texts: Sequence[str], *, analyzer: Analyzer | None = None,
                 k1: float = 1.2, b: float = 0.75):
        if len(doc_ids) != len(texts):
            raise ValueError("doc_ids and texts differ in length")
        self.analyzer = analyzer or default_analyzer()
        self.k1, self.b = k1, b
        self.doc_ids = list(doc_ids)
        self._row = {doc_id: i for i, doc_id in enumerate(self.doc_ids)}
        counts = [Counter(self.analyzer(text)) for text in texts]
        lengths = np.array([sum(c.values()) for c in counts], dtype=np.float64)
        self.avgdl = float(lengths.mean()) if len(lengths) and lengths.mean() > 0 else 1.0
        norm = k1 * (1.0 - b + b * lengths / self.avgdl)
        by_term: dict[str, tuple[list[int], list[float]]] = {}
        for i, counter in enumerate(counts):
            for term, tf in counter.items():
                docs, tfs = by_term.setdefault(term, ([], []))
                docs.append(i)
                tfs.append(tf)
        n = len(self.doc_ids)
        self._postings: dict[str, _Postings] = {}
        for term, (docs, tfs) in by_term.items():
            d = np.asarray(docs, dtype=np.int32)
            tf = np.asarray(tfs, dtype=np.float64)
            w = idf(n, len(docs)) * tf * (k1 + 1.0) / (tf + norm[d])
            self._postings[term] = _Postings(d, w)

    def __len__(self) -> int:
        return len(self.doc_ids)

    @property
    def vocabulary(self) -> int:
        return len(self._postings)

    def __contains__(self, term: object) -> bool:
        """Whether `term` occurs in any document (the fusion guard measures query coverage with it)."""
        return term in self._postings

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for `query` (zeros where no term matches)."""
        out = np.zeros(len(self.doc_ids), dtype=np.float64)
        for term in dict.fromkeys(self.analyzer(query)):
            posting = self._postings.get(term)
            if posting is not None:
                out[posting.docs] += posting.weights
        return out

    def search(self, query: str, k: int, allow: Callable[[str], bool] | np.ndarray | None = None) -> list[Scored]:
        """Top-k documents with a positive score, best first; `allow` filters by doc_id (or a boolean mask)."""
        if k <= 0:
            return []
        scores = self.scores(query)
        if allow is not None:
            mask = allow if isinstance(allow, np.ndarray) else np.fromiter(
                (allow(d) for d in self.doc_ids), dtype=bool, count=len(self.doc_ids))
            scores = np.where(mask, scores, 0.0)
        candidates = np.flatnonzero(scores > 0)
        if len(candidates) > k:
            candidates = candidates[np.argpartition(-scores[candidates], k - 1)[:k]]
        # Ties broken by document order, so results are deterministic.
        ranked = sorted(candidates.tolist(), key=lambda i: (-scores[i], i))
        return [Scored(self.doc_ids[i], float(scores[i])) for i in ranked[:k]]

    def row(self, doc_id: str) -> int:
        return self._row[doc_id]


def idf(n_docs: int, df: int) -> float:
    """Lucene's BM25 idf: always positive."""
    return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
