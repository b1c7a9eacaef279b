"""Hybrid retrieval: the dense retriever and BM25 over the same chunks, fused by weighted RRF.

Why: e5-small embeddings find paraphrases and bridge English questions to the
Turkish report, but miss exact tokens (ORA codes, province and firm names,
"2010/8"); BM25 on the Turkish analyzer finds those. Fusion keeps both.

The lexical index is rebuilt at start from the chunks Chroma holds (no second
store to drift), with each chunk's `code` and `aliases` metadata appended to
its text so canonical and irregularly printed codes both match.

Defaults chosen on evals/sets/dev.jsonl with scripts/retrieval_study.py
(2026-11-25; 87 non-refusal questions, tr 44 / en 43; follow-ups asked with
their earlier user turns; cells hit@1 / hit@5 / MRR@10 by section id):

| variant                                    | all            | tr             | en             |
| dense e5-small (before)                    | .655/.897/.749 | .727/.886/.798 | .581/.907/.700 |
| BM25 prefix5, no glossary                  | .598/.782/.679 | .773/.932/.846 | .419/.628/.509 |
| BM25 prefix5 + glossary                    | .759/.931/.835 | .773/.932/.846 | .744/.930/.824 |
| BM25 snowball + glossary                   | .770/.920/.838 | .795/.932/.859 | .744/.907/.816 |
| RRF equal weights + glossary, prefix5      | .736/.954/.820 | .773/.955/.845 | .698/.953/.795 |
| RRF lexical x2 + guard + glossary, prefix5 | .782/.966/.853 | .795/.977/.861 | .767/.953/.845 |  <- default

Later (same day, whole answers through `kume eval` on dev): dropping everyday English words (the
10 000 most frequent, core/wordlists.py) from the BM25 query of a glossary-expanded English
question lifted English hit@1 .74 -> .79 and MRR@10 .83 -> .86 (3 questions up, 1 lost a fact):
words like "clusters" or "technology" only matched the report's few English passages (3.6).

Later (2026-12-01, dev halves, English questions outside the inventory): the English view (BM25 over the
rendering, assistant/retrieval/english.py) alone reached hit@5 .92 / .97 on dev / realistic-dev, the
cross-lingual dense list .86 / .55. Indexing each chunk's rendered section path, Porter stems, and giving the
English list the double weight (fusion.py) took fused English hit@5 from .97 / .76 to .97 / .90; the glossary's
everyday-word entries then .97 / .97. e5 on the English text alone scored .97 / .90; embedding the English
views was first measured at 280 s on a loaded machine and not used.

Later (2026-12-02): it is used. Only the 225 chunks with a rendered body sentence have an English view (an EK 2
row's only English is its heading), 36 000 e5 tokens against the Turkish chunks' 63 000; they are embedded at
ingest into the collection's English companion (core/store.py), and an English question's query vector,
computed once, searches both collections. Cold ingest of the real corpus, back to back on 2 cores: 53 s -> 94 s
(CPU 90 -> 139 s, peak RSS 340 -> 370 MB; in the other order on a busier machine 113 s -> 217 s, CPU 99 -> 161 s);
the English views alone take 33 s when an older store is upgraded; an unchanged re-ingest still embeds nothing
(0.4 s). Per English question one more Chroma query by the same vector. Weight: fusion.py's table.

Prefix4, prefix5 and Snowball tie within one question in the hybrid
(MRR .849/.853/.851); prefix5 is the default: no extra dependency, the
literature's best truncation length, and it keeps ulusal/uluslararası apart
(prefix4 does not). Run-to-run noise of the dense side is about ±.01.

Cost: reading the 581 chunks ~0.1 s and building BM25 ~0.16 s at start; per
query the lexical side adds under 1 ms to the dense side (warm retrieve(k=10)
median 17 ms on an idle machine, almost all of it the e5 query embedding).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from core.normalize import fold_ascii

from assistant.retrieval.analyzer import Analyzer, default_analyzer
from assistant.retrieval.dense import Retriever, hit_from
from assistant.retrieval.english import english_analyzer, english_document
from assistant.retrieval.fusion import ENGLISH_RRF_K, RRF_K, lexical_weight, list_ranks, rrf_rescored
from assistant.question.glossary import Glossary, default_glossary
from assistant.question.language import detect_language
from assistant.retrieval.lexical import BM25Index, Scored
from core.answers import Hit

DEPTH = 30  # candidates taken from each list before fusion
# RRF weights for English questions when the English view exists: the English-view BM25 list is the question's own
# language and gets the double weight Turkish BM25 gets for Turkish questions; Turkish BM25 over the glossary terms
# gets plain weight. Measured on the dev halves (assistant/retrieval/fusion.py has the table).
ENGLISH_WEIGHT = 2.0
ENGLISH_GLOSSARY_WEIGHT = 1.0
# RRF weight of the English dense list (e5 over each chunk's English view, the same query vector as the
# cross-lingual list), English questions only; chosen on the dev halves (fusion.py has the table).
ENGLISH_DENSE_WEIGHT = 0.5


def _body(text: str) -> str:
    """A chunk without its section-path header line."""
    head, _, rest = text.partition("\n")
    return rest if rest else head


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
                 depth: int = DEPTH, rrf_k: int = RRF_K, english_rrf_k: int = ENGLISH_RRF_K, lexical_full: float = 2.0,
                 unexpanded_english: float = 1.0, everyday_english: frozenset[str] = frozenset(),
                 english_view: Callable[[str], str] | None = None, english_weight: float = ENGLISH_WEIGHT,
                 english_glossary_weight: float = ENGLISH_GLOSSARY_WEIGHT, english_dense: Retriever | None = None,
                 english_dense_weight: float = ENGLISH_DENSE_WEIGHT):
        self.dense = dense
        # English dense list: a retriever over the English companion collection with `retrieve_vector`, the
        # main dense retriever then embeds the question once (`query_vector`) for both
        self.english_dense, self.english_dense_weight = english_dense, english_dense_weight
        self.everyday_english = everyday_english
        self.chunks = list(chunks)
        self.glossary = default_glossary() if glossary is True else (glossary or None)
        self.depth, self.rrf_k, self.english_rrf_k = depth, rrf_k, english_rrf_k
        self.lexical_full, self.unexpanded_english = lexical_full, unexpanded_english
        self.index = BM25Index([c.chunk_id for c in self.chunks],
                               [document_text(c.text, c.metadata) for c in self.chunks],
                               analyzer=analyzer or default_analyzer(), k1=k1, b=b)
        self._by_id = {c.chunk_id: c for c in self.chunks}
        # English view (assistant/retrieval/english.py): BM25 over the English rendering of each chunk
        self.english_weight = english_weight
        self.english_glossary_weight = english_glossary_weight
        self.english_index, self.english_view = None, english_view
        if english_view is not None:
            self.english_index = BM25Index(
                [c.chunk_id for c in self.chunks],
                [document_text(english_document(c.text, english_view), c.metadata) for c in self.chunks],
                analyzer=english_analyzer(), k1=k1, b=b)

    def _english_on(self) -> bool:
        return self.english_index is not None and self.english_weight > 0

    def _dense_lists(self, question: str, depth: int, where: dict | None) -> tuple[list[Hit], list[Hit] | None]:
        """(the cross-lingual dense hits, the English dense hits or None): one query embedding for both."""
        if self.english_dense is None or self.english_dense_weight <= 0 or detect_language(question) != "en":
            return self.dense.retrieve(question, depth, where), None
        vector = self.dense.query_vector(question)
        return (self.dense.retrieve_vector(vector, depth, where),
                self.english_dense.retrieve_vector(vector, depth, where))

    def chunk(self, chunk_id: str):
        """The stored chunk behind an id (KeyError if it is not in the index)."""
        return self._by_id[chunk_id]

    @classmethod
    def from_store(cls, store, collection_name: str, embedder, **options) -> "HybridRetriever":
        """Dense retriever over the collection (and its English companion, if any) plus BM25 over all of its
        chunks (read once, here)."""
        from assistant.retrieval.dense import DenseRetriever

        dense = DenseRetriever(store.client(), collection_name, embedder)
        english = store.english_collection(collection_name)
        if english and "english_dense" not in options:
            options["english_dense"] = DenseRetriever(store.client(), english, embedder)
        return cls(dense, store.all_chunks(collection_name), **options)

    # -- the lexical side ------------------------------------------------------------
    def plan(self, question: str) -> tuple[str, float]:
        """(the question BM25 searches, the lexical list's RRF weight; the dense list has 1.0).

        The guard (assistant/retrieval/fusion.py): full weight unless an English question found no glossary term;
        with the English view on, an English question's Turkish list has `english_glossary_weight`.
        """
        expansion = self.glossary.expand(question) if self.glossary else None
        text = expansion.text if expansion else question
        weight = lexical_weight(detect_language(question), bool(expansion and expansion.terms),
                                full=self.lexical_full, unexpanded_english=self.unexpanded_english,
                                expanded_english=self.english_glossary_weight if self._english_on() else None)
        return text, weight

    def lexical_query(self, question: str, planned: str) -> str:
        """What BM25 gets for an English question: its glossary terms and its uncommon words (names, codes).

        Everyday English words ("clusters", "technology") can only match the report's few English
        passages (3.6's "Global Clusters", "Funding Agency for Technology") and pull them to the top.
        (Passing the whole English lexicon, core.wordlists.english_words, which also drops "clusters", was
        tried: everyday-English fixture hit@5 .891 -> .909, tuning sets' English MRR .859 -> .854 and one
        realistic-dev fact lost, so the assistant passes the 10,000 most frequent words.)
        """
        if not self.everyday_english or planned == question or detect_language(question) != "en":
            return planned
        words = question.split()
        # capitalised words after the first are names even when they are everyday words ("SPRINT", "Global")
        kept = [w for i, w in enumerate(words) if (i and w[:1].isupper())
                or fold_ascii(w.strip("?!.,;:()\"'’")) not in self.everyday_english]
        return " ".join(kept) + planned[len(question):]

    def english_query(self, question: str) -> str:
        """What the English view's BM25 gets: the question plus the glossary's English synonyms of its terms
        (Glossary.synonyms: "phone" also searches "telephone", which the rendering prints)."""
        if not self.glossary:
            return question
        extra = self.glossary.synonyms(self.glossary.expand(question))
        return " ".join((question, *extra))

    def lexical(self, question: str, k: int, where: Mapping[str, Any] | None = None, *,
                expand: bool = True) -> list[Scored]:
        """BM25 top-k (glossary-expanded unless expand=False), `where` applied to the chunks' metadata."""
        mask = None
        if where:
            mask = np.fromiter((matches(c.metadata, where) for c in self.chunks), dtype=bool, count=len(self.chunks))
        text = self.plan(question)[0] if expand else question
        return self.index.search(text, k, mask)

    # -- fused -------------------------------------------------------------------------
    def retrieve(self, question: str, k: int, where: dict | None = None) -> list[Hit]:
        depth = max(k, self.depth)
        dense_hits, english_hits = self._dense_lists(question, depth, where)
        rankings: list[Sequence[str]] = [[h.chunk_id for h in dense_hits]]
        weights = [1.0]
        text, weight = self.plan(question)
        if weight > 0:
            rankings.append([s.doc_id for s in self.lexical(self.lexical_query(question, text), depth, where,
                                                            expand=False)])
            weights.append(weight)
        english = self._english_on() and detect_language(question) == "en"
        if english:
            mask = None
            if where:
                mask = np.fromiter((matches(c.metadata, where) for c in self.chunks), dtype=bool,
                                   count=len(self.chunks))
            rankings.append([s.doc_id for s in self.english_index.search(self.english_query(question), depth, mask)])
            weights.append(self.english_weight)
        if english_hits is not None:  # ids of chunks, the Turkish text comes from the chunk (below)
            rankings.append([h.chunk_id for h in english_hits if h.chunk_id in self._by_id])
            weights.append(self.english_dense_weight)
        by_id = {h.chunk_id: h for h in dense_hits}
        ranks = list_ranks(rankings)
        out: list[Hit] = []
        # four lists for an English question: fused in the order of the smaller k, scored on rrf_k's scale
        order_k = self.english_rrf_k if english else self.rrf_k
        for doc_id, score in rrf_rescored(rankings, weights, order_k, self.rrf_k)[:k]:
            if doc_id in by_id:
                out.append(replace(by_id[doc_id], score=score, ranks=ranks[doc_id]))
            else:
                chunk = self.chunk(doc_id)
                out.append(replace(hit_from(chunk.chunk_id, chunk.text, chunk.metadata, score), ranks=ranks[doc_id]))
        return out
