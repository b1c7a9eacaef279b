"""Rank fusion as pure functions over ranked id lists.

Reciprocal Rank Fusion (Cormack, Clarke & Büttcher, "Reciprocal Rank Fusion
outperforms Condorcet and individual Rank Learning Methods", SIGIR 2009):

    RRF(d) = sum over lists i of  w_i / (k + rank_i(d)),   rank from 1, k = 60

It uses ranks only, so cosine similarities and BM25 scores, which live on
unrelated scales, need no calibration. Per-list weights (w_i = 1 in the
paper) are the usual extension (e.g. Elasticsearch/OpenSearch weighted RRF).

The guard: RRF trusts every list equally, so a lexical ranking that matched
nothing meaningful (an English question over Turkish text, nothing in the
glossary) would still push its noise into the top of a good dense ranking.
`lexical_weight` lowers the lexical list's weight by how much of the
question BM25 could actually see (the share of the question's terms that
occur in the index); the thresholds were set on evals/sets/dev.jsonl with
scripts/retrieval_study.py.
"""
from __future__ import annotations

from typing import Container, Iterable, NamedTuple, Sequence

RRF_K = 60


class Fused(NamedTuple):
    doc_id: str
    score: float


def rrf(rankings: Sequence[Sequence[str]], weights: Sequence[float] | None = None, k: int = RRF_K) -> list[Fused]:
    """Weighted Reciprocal Rank Fusion; ties keep the order of first appearance (list 0 first)."""
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError("one weight per ranking")
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights):
        seen: set[str] = set()
        for rank, doc_id in enumerate(ranking, start=1):
            if doc_id in seen:  # a list that repeats an id counts it at its best rank only
                continue
            seen.add(doc_id)
            scores[doc_id] = scores.get(doc_id, 0.0) + weight / (k + rank)
    order = {doc_id: i for i, doc_id in enumerate(_first_appearance(rankings))}
    return [Fused(d, s) for d, s in sorted(scores.items(), key=lambda item: (-item[1], order[item[0]]))]


def _first_appearance(rankings: Sequence[Sequence[str]]) -> Iterable[str]:
    """Ids interleaved by rank (rank 1 of each list, then rank 2, ...), first occurrence only."""
    seen: dict[str, None] = {}
    for depth in range(max((len(r) for r in rankings), default=0)):
        for ranking in rankings:
            if depth < len(ranking):
                seen.setdefault(ranking[depth], None)
    return seen.keys()


def coverage(query_terms: Sequence[str], known: Container[str]) -> float:
    """Share of the distinct query terms that occur in the index (0 when the query has none)."""
    distinct = set(query_terms)
    return sum(t in known for t in distinct) / len(distinct) if distinct else 0.0


def lexical_weight(cover: float, *, floor: float = 0.0, full_at: float = 1.0) -> float:
    """Weight of the lexical list from its coverage: 0 up to `floor`, rising linearly to 1 at `full_at`."""
    if cover <= floor:
        return 0.0
    if cover >= full_at:
        return 1.0
    return (cover - floor) / (full_at - floor)
