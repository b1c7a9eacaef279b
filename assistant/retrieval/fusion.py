"""Rank fusion as pure functions over ranked id lists.

Reciprocal Rank Fusion (Cormack, Clarke & Büttcher, "Reciprocal Rank Fusion
outperforms Condorcet and individual Rank Learning Methods", SIGIR 2009):

    RRF(d) = sum over lists i of  w_i / (k + rank_i(d)),   rank from 1, k = 60

It uses ranks only, so cosine similarities and BM25 scores, which live on
unrelated scales, need no calibration. Per-list weights (w_i = 1 in the
paper) are the usual extension (e.g. Elasticsearch/OpenSearch weighted RRF).

The guard: RRF trusts every list by its weight alone, so a lexical ranking
that saw little of an English question (nothing of it in the glossary, only
names and "küme"-like words matched in the Turkish text) must not get the
extra weight that BM25 earns elsewhere. `lexical_weight` gives the lexical
list double weight for Turkish questions and for English ones the glossary
expanded, and plain equal weight otherwise. Measured on evals/sets/dev.jsonl
(scripts/retrieval_study.py, MRR@10): doubling the lexical weight helps both
languages (tr .845 -> .861, en .795 -> .845; 1.5x and 3x score alike, so it is
a plateau, not a spike). With the glossary switched off, to stand for the
English questions it will miss, doubling hurt English (dense alone .700, equal
weights .710, doubled .641); the guard brings it back to .694, and dropping
the lexical list for such questions altogether was worse (.684): BM25 still
finds the names, codes and Turkish words English questions quote. A weight
from query coverage (share of query terms found in the index) lost slightly
in an earlier run of the study: English questions keep their untranslated
words, so coverage under-rates the useful glossary expansions.

With the English rendering (corpus/en) an English question has a BM25 list in its own language, and the
roles swap: measured on the dev halves (2026-12-01, English questions outside the inventory, dev / realistic-dev
hit@5 and MRR@10), dense 1 / Turkish-lexical 2 / English-lexical 1 (before) gave .944/.912 and .862/.676;
1 / 1 / 2 gave .972/.922 and .897/.754; 1 / 1 / 3-4 raised realistic-dev hit@5 to .93-.97 but cost dev hit@1
(.89 -> .83). A smaller RRF k (20) would help English a little more but costs Turkish hit@5 (1.00 -> .97 on
dev), so k stays 60 for all.

The English dense list (2026-12-02): e5 over each chunk's English view (ingest/english_view.py, embedded at
ingest into the collection's English companion), searched with the cross-lingual list's query vector, English
questions only. Alone, on English questions outside the inventory, it reaches hit@5 .97 / .89 on dev /
realistic-dev (cross-lingual dense .86 / .54, English BM25 .94 / .96). Whole answers through the assistant on the
dev halves (English questions, 48 / 38; dense 1, Turkish lexical 1, English lexical 2, English dense w;
cells hit@1 / hit@5 / facts / citation P / citation R):

| w    | dev                      | realistic-dev            |
| 0    | .907/.977/.930/.733/.911 | .750/.944/.861/.678/.806 |  <- before
| 0.25 | .907/.977/.977/.726/.924 | .750/.972/.861/.699/.847 |
| 0.5  | .884/.977/.953/.716/.924 | .778/.972/.861/.681/.847 |  <- default (ENGLISH_DENSE_WEIGHT, hybrid.py)
| 0.75 | .884/.977/.953/.701/.908 | .778/.972/.861/.675/.847 |
| 1    | .884/.977/.953/.701/.920 | .750/.944/.806/.665/.819 |

hit@5 and recall rise on the plateau 0.25-0.75 and fall back at 1 (and two realistic-dev facts are lost);
0.5 is its middle. 0.25 scored one dev
fact and a little precision more, 0.5 one realistic-dev hit@1 more: within one question of each other. Turkish
questions never consult the list and scored identically at every w (dev 1.000 hit@5 / .864 facts / .708 P /
.906 R; realistic-dev .946 / .757 / .669 / .816).

Tried and not kept (2026-12-02, the tuning sets' questions outside EK 2, retrieval only, English / Turkish
section hit@5 and MRR@10 from .900/.762 and .914/.825): with four lists, k = 60 lets a chunk every list holds
at middling ranks (14, 2, 3, 27) beat one three lists rank first; k = 20 gave .924/.785 and .925/.827, and
whole answers gained citation precision (dev .71 -> .75), but dev, realistic-dev and refusal-dev each lost a
fact: the support rules (compose/support.py CLOSE and SUPPORT_RATIO) read fused-score ratios set on
k = 60, so a smaller k needs them re-measured with it. A title list (BM25 over each chunk's own section
title, weight 0.25-1) lowered MRR in both languages; a prior against sections of many chunks (score x
n^-beta, beta .05-.2: the executive summary has 9) cost Turkish MRR at every beta (.825 -> .740 at .05);
list depth 10-20 instead of 30 and other English weights (dense .25-.5, English dense .75-1, English BM25
1.5) moved single sets up and others down.

English k (2026-12-02, later): English questions only, whose four lists are of unequal quality (alone, on the
tuning sets' 208 English questions outside EK 2, section hit@5 / MRR@10: English BM25 .92/.84, English dense
.91/.78, Turkish BM25 .87/.73, cross-lingual dense .75/.55), are ordered with ENGLISH_RRF_K = 20 and scored on
k = 60's scale (`rrf_rescored`), so the compose stage's ratios keep their meaning. Fused, retrieval only:
.971/.815 -> .986/.843 (k 10 / 15 / 30 / 40: .986/.855, .981/.853, .976/.827, .976/.823); on 55 English
questions in everyday words written for the check, not from any set (tests/data/retrieval-everyday-en.jsonl),
.836/.701 -> .891/.750. Turkish questions keep k = 60 (two lists; a smaller k cost them hit@5, above).
Whole answers with the glossary synonyms (hybrid.py english_query), English hit@5 / facts, base -> this:
dev .977/.953 -> .977/.977, realistic-dev 1.0/.944 -> 1.0/.917, realistic2 dev .955/.773 -> 1.0/.818,
realistic3 dev .909/.727 = , probe-refusal .881/.714 -> .929/.762, probe3 dev .923/.923 = , refusal-dev
1.0/1.0 -> 1.0/.969; Turkish identical. Citation precision moved -.013 (probe2 dev) to +.014 (probe3 dev).
Tried: k = 20's own scores for English (no rescoring): the same facts, citation precision +.01-.02 on five
sets, -.01 on realistic-dev, -.011 on probe2 dev: the compose ratios would then need re-measuring on k = 20's
scale. Carrying ratios over by rank distance (more ties): realistic-dev facts -1 more. Splitting English
compounds ("training/skills") into parts and other BM25 b / k1 for the English view: lower hit@5 or MRR.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

RRF_K = 60
# English questions with the English view fuse four lists; their order is fused with this smaller k (a list's
# first ranks count for more), their scores stay on RRF_K's scale (`rrf_rescored`). Measured in the note above.
ENGLISH_RRF_K = 20


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


def rrf_rescored(rankings: Sequence[Sequence[str]], weights: Sequence[float] | None, order_k: int,
                 scale_k: int = RRF_K) -> list[Fused]:
    """Ids in the order of RRF with `order_k`, each scored by RRF with `scale_k`, scores made non-increasing.

    Why: the compose stage reads ratios of fused scores (a tie within 95 % of the best, supporting passages
    within 85 %) that were set on k = 60. A smaller k orders English questions' four lists better but
    spreads the scores (rank 4 of one list is .87 of rank 1 at k = 20, .95 at k = 60), so the same ratios
    would mean something else. Scoring the new order on the old scale keeps them; a document the new order
    puts below one it beat at k = 60 gets that one's score (a tie), so the scores still fall with the rank.
    (Carrying each ratio over by the rank distance it means at either k cited more ties and lost
    realistic-dev facts, .944 -> .917 in English.)
    """
    order = rrf(rankings, weights, k=order_k)
    if order_k == scale_k:
        return order
    scale = dict(rrf(rankings, weights, k=scale_k))
    out: list[Fused] = []
    for doc_id, _ in order:
        score = scale[doc_id] if not out else min(scale[doc_id], out[-1].score)
        out.append(Fused(doc_id, score))
    return out


def list_ranks(rankings: Sequence[Sequence[str]]) -> dict[str, tuple[int | None, ...]]:
    """Each id's rank (from 1, its best one) in every list, None where a list lacks it.

    RRF keeps only the sum; which lists agree on a document is lost in it, and agreement is the
    better sign that a passage is evidence and not one ranker's noise (assistant/compose/support.py).
    """
    best: list[dict[str, int]] = []
    for ranking in rankings:
        ranks: dict[str, int] = {}
        for rank, doc_id in enumerate(ranking, start=1):
            ranks.setdefault(doc_id, rank)
        best.append(ranks)
    ids = {doc_id for ranks in best for doc_id in ranks}
    return {doc_id: tuple(ranks.get(doc_id) for ranks in best) for doc_id in ids}


def _first_appearance(rankings: Sequence[Sequence[str]]) -> Iterable[str]:
    """Ids interleaved by rank (rank 1 of each list, then rank 2, ...), first occurrence only."""
    seen: dict[str, None] = {}
    for depth in range(max((len(r) for r in rankings), default=0)):
        for ranking in rankings:
            if depth < len(ranking):
                seen.setdefault(ranking[depth], None)
    return seen.keys()


def lexical_weight(lang: str, expanded: bool, *, full: float = 2.0, unexpanded_english: float = 1.0,
                   expanded_english: float | None = None) -> float:
    """Weight of the Turkish lexical list (the dense list has 1.0).

    `full` for Turkish questions; for English ones `unexpanded_english` when the glossary found nothing,
    else `expanded_english` (default `full`). With an English view (BM25 over the English rendering) the
    retriever passes `expanded_english=1.0`: the English list is then the question's own-language BM25 and
    takes the double weight, the Turkish list is only the glossary's bridge (see ENGLISH_WEIGHT in hybrid.py).
    """
    if lang != "en":
        return full
    if not expanded:
        return unexpanded_english
    return full if expanded_english is None else expanded_english
