"""The assistant's one entry point: `Assistant.ask(question) -> Answer`.

An answer leads with the direct answer when the report holds it as data (a
code, inventory rows, URGE figures, actions for a profile), then quotes the
passages that support it, every claim carrying a numbered citation. A
question the report cannot answer is refused in the question's language,
with the nearest sections shown. A configured language model may write the
passage answers; its output is verified and falls back to the quotes.

Opening checks that a store exists and was built with the embedder this run
uses: asking a store built with another embedder would return nonsense
silently, so it is an error that says to re-ingest.
"""
from __future__ import annotations

import time
from dataclasses import replace
from typing import Callable, Sequence

from core.embedders import Embedder
from core.settings import Settings
from core.store import ChromaStore, StoreError

from core.messages import say
from assistant.question.analysis import Question, analyze
from assistant.retrieval.corpus_index import CorpusIndex
from assistant.retrieval.dense import DenseRetriever, Retriever
from assistant.retrieval.english import english_text, sentence_pairs
from assistant.retrieval.hybrid import HybridRetriever
from assistant.question.slots import with_filters
from assistant.knowledge import Knowledge
from assistant.compose.passages import cite, compose
from assistant.compose.quotes import with_offsets
from assistant.compose.about import Vocabulary, cover_of, names
from assistant.compose.runs import evidence_for, question_words
from assistant.compose.support import ITEMS_ASKED, direct_support, supporting, supporting_passages
from assistant.refusal.refusal import Refusal
from core.answers import Answer, Citation, DirectAnswer, Filters, Hit
from assistant.structured.router import route
from assistant.structured.give_way import AGGREGATE_KINDS, rows_beside_the_point
from assistant.structured.case_studies import answer_case_countries
from assistant.refusal.stage import RefusalStage
from core.normalize import fold_ascii, tokenize_folded
from core.wordlists import frequent_words

PASSAGES_WITH_DIRECT = 1  # dev: citation precision .43 (2) -> .47 (1), recall and facts equal; 0 gave .58 but drops the support the answer is meant to show


# Answer kinds no inventory row is evidence for. A row recommends nothing: in "Malatya'da başlangıç aşamasında
# bir tekstil kümesiyiz; raporda ne öneriliyor?" the Malatya textile row matches only the words that describe
# the asker, and quoting it crowds out the actions. (The router never sends such a question to the inventory.)
# Nor does one row state a share: "kümelerin yüzde kaçı tarım-gıda sektöründe?" is 4.2 A's figure, and the
# rows' counted shares come from the inventory route, not from quoting rows.
NOT_INVENTORY_KINDS = frozenset({"recommendation", "share"})


# Refusals the report's records can overrule: a country or a name the case-study table answers for.
RECORDS_ANSWER = frozenset({"other_country", "general_knowledge", "unknown_name"})


class QuestionError(ValueError):
    """A question that cannot be asked as it is; the message says what to do."""


def _renumber(citations: list[Citation], start: int) -> list[Citation]:
    return [replace(c, n=start + i) for i, c in enumerate(citations)]


class Assistant:
    def __init__(self, retriever: Retriever, *, knowledge: Knowledge | None = None, llm=None,
                 max_question_chars: int = 2000, default_k: int = 5):
        self.retriever = retriever
        self.knowledge = knowledge
        self.llm = llm
        self.max_question_chars = max_question_chars
        self.default_k = default_k
        self.refusals = RefusalStage(knowledge) if knowledge else None
        rendering = knowledge.quotes if knowledge else None
        self._pairs = (lambda text: sentence_pairs(text, rendering)) if rendering and rendering.by_key else None

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder) -> "Assistant":
        store = ChromaStore(settings.store_dir, settings.chroma_url)
        where = settings.chroma_url or settings.store_dir
        if not store.exists():
            raise StoreError(f"no knowledge store at {where}: run `kume ingest` first")
        active = store.active()
        if active is None:
            raise StoreError(f"the store at {where} holds no finished index: run `kume ingest`")
        if active.stamp.embedder_id != embedder.model_id:
            raise StoreError(
                f"the store was built with embedder '{active.stamp.embedder_id}' but this run uses "
                f"'{embedder.model_id}': run `kume ingest` to rebuild it, or pass the same --embedder"
            )
        index = CorpusIndex.from_store(store, active.name)
        dense = DenseRetriever(store.client(), active.name, embedder)
        knowledge = Knowledge.build(index, settings.corpus_dir)
        rendering = knowledge.rendering
        english = store.english_collection(active.name)  # the English views' vectors (none in an older store)
        retriever = HybridRetriever(dense, index.chunks, glossary=knowledge.glossary,
                                    everyday_english=frequent_words("en"),
                                    english_view=(lambda text: english_text(text, rendering)) if rendering.by_key else None,
                                    english_dense=DenseRetriever(store.client(), english, embedder) if english else None)
        from assistant.llm.answerer import LLMAnswerer
        from assistant.llm.client import LLMConfig

        config = LLMConfig.from_settings(settings)
        return cls(retriever, knowledge=knowledge,
                   llm=LLMAnswerer(config) if config else None,
                   max_question_chars=settings.max_question_chars, default_k=settings.top_k)

    def check(self, question: str) -> str:
        if not isinstance(question, str) or not question.strip():
            raise QuestionError("empty question: type a question, e.g. \"URGE eğitim desteğinin üst sınırı nedir?\"")
        if len(question) > self.max_question_chars:
            raise QuestionError(
                f"question is {len(question)} characters; the limit is {self.max_question_chars}: shorten it")
        return " ".join(question.split())

    def ask(self, question: str, k: int | None = None, *, history: Sequence[str] = (),
            filters: Filters | None = None, stream_to: Callable[[str], None] | None = None,
            lang_hint: str | None = None) -> Answer:
        """Answer one question; `history` holds the earlier user questions of the conversation, `lang_hint`
        the interface language, which frames the answer only when the question shows no language."""
        started = time.perf_counter()
        q = analyze(self.check(question), history, lang_hint)
        k = k or self.default_k
        lang = q.lang
        refusal = self.refusals.refuse(q) if self.refusals else None
        direct = None
        if refusal and refusal.kind in RECORDS_ANSWER and self.knowledge:
            # the report's own records answer it ("which case study is from Canada?"): not another country's
            # affairs; that answer is the route's, so it is not looked for twice
            direct = answer_case_countries(q, self.knowledge, self.knowledge.rendering)
            refusal = None if direct is not None else refusal
        if self.knowledge and not refusal and direct is None:
            slots = q.slots
            if filters and (filters.stage or filters.province):
                slots = with_filters(slots, filters.stage, filters.province)
            direct = route(q, slots, self.knowledge)
        routed = time.perf_counter()
        # An inventory answer is complete from the records; passages would only repeat rows,
        # unless the question asks for a share, which the report states in its text (4.2 A), or has words of
        # its own the rows may not explain (`rows_beside_the_point` then checks the passages' evidence).
        skip_retrieval = (direct is not None and direct.kind == "inventory" and q.wants != "share"
                          and not (q.topic and q.wants not in AGGREGATE_KINDS))
        hits = [] if skip_retrieval else self.retriever.retrieve(q.search, k=max(k * 2, 10),
                                                                   where=filters.where() if filters else None)
        retrieved = time.perf_counter()
        terms = self._excerpt_terms(q.search)
        if direct is not None and rows_beside_the_point(direct, q, hits, self._translate):
            direct = None
        elif direct is not None and direct.kind == "inventory" and q.wants != "share":
            hits = []  # the rows are the answer after all: passages would only repeat them
        timings = {"route": (routed - started) * 1000, "retrieve": (retrieved - routed) * 1000}
        notice = ""
        pairs = self._pairs if lang == "en" else None
        if refusal:
            nearest = cite(hits, terms, limit=3, pairs=pairs)
            body = compose(nearest, lang, self._title).split("\n", 1)[1] if nearest else ""
            answer_text = say("refusal", lang, reason=refusal.reason(lang)) + ("\n" + body if body else "")
            citations, refused = nearest, True
        elif direct is not None:
            answer_text, citations = self._with_support(direct, hits, terms, lang, k)
            refused = False
        else:
            if q.wants in NOT_INVENTORY_KINDS:  # unless rows are all there is: better quoted than a refusal
                hits = [h for h in hits if h.kind != "inventory"] or hits
            cover = cover_of(self._vocabulary(), question_words(terms, ""), pairs) if self.knowledge else None
            evidence = supporting_passages(hits, self._parent_of, k, cover, q.wants in ITEMS_ASKED,
                                           evidence_for(q.folded))
            citations = cite(evidence, terms, limit=k, section_text=self._section_text, pairs=pairs)
            answer_text, refused = compose(citations, lang, self._title), not citations
            if refused:
                refusal = Refusal("no_passage")
            if self.llm and citations:
                result = self.llm.answer(q.text, lang, citations, stream_to=stream_to)
                notice = result.notice
                if result.used_llm:
                    answer_text = result.text
                    citations = [c for c in citations if c.n in result.cited]
                timings["llm"] = result.elapsed_ms
        citations = with_offsets(citations, self._section_text if self.knowledge else None)  # the panel's offsets
        done = time.perf_counter()
        timings.update(compose=(done - retrieved) * 1000, total=(done - started) * 1000)
        return Answer(question=question, answer=answer_text, lang=lang, refused=refused,
                      citations=tuple(citations), retrieved=tuple(self._reported(direct, hits, citations, k)),
                      timings_ms=timings, notice=notice, direct=direct,
                      refusal=refusal.reason(lang) if refused and refusal else "",
                      refusal_kind=refusal.kind if refused and refusal else "")

    def _english(self, citation: Citation) -> Citation:
        """A structured answer's citation with the English rendering of its quoted sentences, when all have one."""
        if citation.text_en or citation.kind == "inventory":
            return citation
        pairs = self._pairs(citation.text)
        if not pairs or any(en is None for _, en in pairs):
            return citation
        return replace(citation, text_en=" ".join(en for _, en in pairs))

    def _translate(self, word: str) -> list[str]:
        """The folded Turkish words the glossary gives for an English word ("marble" -> mermer)."""
        glossary = self.knowledge.glossary if self.knowledge else None
        terms = glossary.expand(word).terms if glossary else ()
        return [t for term in terms for t in tokenize_folded(fold_ascii(term))]

    def _title(self, title: str, lang: str) -> str:
        """A section title in the answer's language (the English rendering keys titles too)."""
        if lang != "en" or not self.knowledge:
            return title
        return self.knowledge.rendering.english(title) or title

    def _vocabulary(self) -> Vocabulary:
        """Every section's words, Turkish and English, for how rare a question word is (built on first use)."""
        if getattr(self, "_words", None) is None:
            index, quotes = self.knowledge.index, self.knowledge.quotes
            self._words = Vocabulary(f"{t} {english_text(t, quotes)}" for t in map(index.section_text, index.sections))
        return self._words

    def _parent_of(self, section_id: str) -> str | None:
        info = self.knowledge.index.sections.get(section_id) if self.knowledge else None
        return info.parent_id if info else None

    def _section_text(self, section_id: str) -> str:
        return self.knowledge.index.section_text(section_id) if self.knowledge else ""

    def _excerpt_terms(self, search: str) -> str:
        """The words excerpts are chosen by: the question plus, for English, its glossary translations."""
        plan = getattr(self.retriever, "plan", None)
        return plan(search)[0] if plan else search

    def _with_support(self, direct: DirectAnswer, hits: list[Hit], text: str, lang: str,
                      k: int) -> tuple[str, list[Citation]]:
        """The direct answer first, then a few supporting passages numbered after its citations."""
        if lang == "en" and self._pairs is not None:
            direct = replace(direct, citations=tuple(self._english(c) for c in direct.citations))
        cited = {c.section_id for c in direct.citations}
        # other inventory rows would only look like more matches; the table is complete already
        pool = [h for h in hits if h.section_id not in cited and not (direct.kind == "inventory" and h.kind == "inventory")]
        pool = supporting(pool, best=max((h.score for h in hits), default=None))
        both = lambda title: f"{title} {self._title(title, 'en')}"  # noqa: E731 - a title in either language names it
        pool = direct_support(pool, list(cited), self._parent_of, lambda h: names(  # (asked of siblings only)
            self._vocabulary(), question_words(text, ""), both(h.section_title),
            [both(c.section_title) for c in direct.citations]))
        support = cite(pool, text, limit=min(k, 2 if direct.kind == "inventory" else PASSAGES_WITH_DIRECT),
                       pairs=self._pairs if lang == "en" else None)
        support = _renumber(support, len(direct.citations) + 1)
        answer_text = direct.lead
        if direct.kind == "inventory" and direct.rows:
            answer_text += "\n" + "\n".join(f"• {c.text} [{c.n}]" for c in direct.citations if c.kind == "inventory")
        if support:
            answer_text += "\n\n" + say("support", lang) + "\n" + compose(support, lang, self._title).split("\n", 1)[1]
        return answer_text, list(direct.citations) + support

    def _reported(self, direct: DirectAnswer | None, hits: list[Hit], citations: list[Citation], k: int) -> list[Hit]:
        """The ranking shown in `retrieved`: its top max(k, 10), plus any cited passage ranked below that."""
        ranked = self._ranked(direct, hits)
        shown = ranked[:max(k, 10)]
        missing = {c.section_id for c in citations} - {h.section_id for h in shown}
        for hit in ranked[len(shown):]:
            if hit.section_id in missing:
                shown.append(hit)
                missing.discard(hit.section_id)
        return shown

    def _ranked(self, direct: DirectAnswer | None, hits: list[Hit]) -> list[Hit]:
        """Retrieval ranking as reported: sections of a direct answer first (exact lookups), then the hits."""
        if direct is None or self.knowledge is None:
            return hits
        first: list[Hit] = []
        for citation in direct.citations[:10]:
            first.extend(self.knowledge.index.hits_for(citation.section_id)[:1])
        seen = {h.chunk_id for h in first}
        return first + [h for h in hits if h.chunk_id not in seen]
