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


class BM25Index:
    """An immutable BM25 index over (doc_id, text) pairs.

    The postings are two flat arrays sorted by term (documents ascending within a term), each term a slice
    of them: built in a few numpy calls instead of an array pair per term (~12,000 terms at assistant start),
    with the very same float operations per posting, so the scores are those of a per-term build.
    """

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
        # one (term id, document, tf) triple per distinct term of each document, in document order
        vocab: dict[str, int] = {}
        term_of: list[int] = []
        tf_of: list[int] = []
        for counter in counts:
            term_of.extend([vocab.setdefault(term, len(vocab)) for term in counter])
            tf_of.extend(counter.values())
        doc_of = np.repeat(np.arange(len(counts), dtype=np.int32), [len(c) for c in counts])
        terms = np.asarray(term_of, dtype=np.int64)
        order = np.argsort(terms, kind="stable")  # stable: documents stay ascending within a term
        df = np.bincount(terms, minlength=len(vocab))
        n = len(self.doc_ids)
        by_df = {d: idf(n, d) for d in set(df.tolist())}
        term_idf = np.array([by_df[d] for d in df.tolist()], dtype=np.float64)
        self._vocab = vocab
        self._starts = np.concatenate(([0], np.cumsum(df))).tolist()
        self._docs = doc_of[order]
        tf = np.asarray(tf_of, dtype=np.float64)[order]
        self._weights = term_idf[terms[order]] * tf * (k1 + 1.0) / (tf + norm[self._docs])

    def __len__(self) -> int:
        return len(self.doc_ids)

    @property
    def vocabulary(self) -> int:
        return len(self._vocab)

    def __contains__(self, term: object) -> bool:
        """Whether `term` occurs in any document (the fusion guard measures query coverage with it)."""
        return term in self._vocab

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        """(int32 document indices ascending, float64 idf-weighted length-normalised tf contributions), or None."""
        t = self._vocab.get(term)
        if t is None:
            return None
        start, stop = self._starts[t], self._starts[t + 1]
        return self._docs[start:stop], self._weights[start:stop]

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for `query` (zeros where no term matches)."""
        out = np.zeros(len(self.doc_ids), dtype=np.float64)
        for term in dict.fromkeys(self.analyzer(query)):
            posting = self.postings(term)
            if posting is not None:
                out[posting[0]] += posting[1]
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
