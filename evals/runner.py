"""Run a question set through any answerer and score it: the eval as a library.

The answerer is just `ask(question) -> dict` in the shape of
`Answer.to_dict()` (the stable JSON of `kume ask --json`), so the assistant,
the plain-RAG baseline and a future UI tab are all scored by the same code.
A question whose `ask` raises is scored as failed: one broken item must not
hide the scores of the other hundred. Reading and checking the question set
is `evals.questions`.

The retrieval ranking is the `retrieved` section ids in order, de-duplicated.
An entry may carry `section_ids` (several sections, best first) instead of
one `section_id`; the baseline does, because one of its chunks can span
several report sections. `retrieved` holds only the k passages the answerer
was asked for, so MRR@10 with k=5 counts a gold section below rank 5 as a
miss.
"""
from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from evals import metrics
from evals.questions import CATEGORIES, LANGS, Question


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    ranked: tuple[str, ...]
    cited: tuple[str, ...]
    answer: str
    refused: bool
    latency_ms: float
    hit1: float | None
    hit5: float | None
    rr10: float | None
    citation_precision: float | None
    citation_recall: float | None
    facts_ok: bool | None  # None: a must-refuse question or one without gold facts
    missing_facts: tuple[tuple[str, ...], ...]
    error: str = ""

    @property
    def refusal_ok(self) -> bool:
        return self.refused == self.question.refuse

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why this question counts as failed; empty if it passed."""
        out = []
        if self.error:
            out.append(f"error: {self.error}")
        if self.hit5 == 0.0:
            out.append("gold section not in top 5")
        if self.facts_ok is False:
            out.append("missing facts")
        if not self.refusal_ok:
            out.append("did not refuse" if self.question.refuse else "refused wrongly")
        return tuple(out)

    @property
    def failed(self) -> bool:
        return bool(self.reasons)


def ranking(answer: dict) -> tuple[str, ...]:
    ids: list[str] = []
    for hit in answer.get("retrieved") or []:
        ids.extend(hit.get("section_ids") or [hit.get("section_id", "")])
    return metrics.dedupe(ids)


def score(question: Question, answer: dict, latency_ms: float, error: str = "") -> QuestionResult:
    """Score one answer dict against its question's gold."""
    ranked = ranking(answer)
    cited = metrics.dedupe(c.get("section_id", "") for c in answer.get("citations") or [])
    text = str(answer.get("answer", ""))
    gold = set(question.sections)
    has_facts = bool(question.facts) and not question.refuse
    missing = metrics.missing_facts(text, question.facts) if has_facts else ()
    return QuestionResult(
        question=question, ranked=ranked, cited=cited, answer=text, refused=bool(answer.get("refused", False)),
        latency_ms=latency_ms,
        hit1=metrics.hit_at_k(ranked, gold, 1), hit5=metrics.hit_at_k(ranked, gold, 5),
        rr10=metrics.reciprocal_rank(ranked, gold, 10),
        citation_precision=metrics.citation_precision(cited, gold),
        citation_recall=metrics.citation_recall(cited, gold),
        facts_ok=(not missing) if has_facts else None, missing_facts=missing, error=error,
    )


@dataclass(frozen=True)
class Scores:
    n: int
    hit1: float | None
    hit5: float | None
    mrr10: float | None
    citation_precision: float | None
    citation_recall: float | None
    fact_accuracy: float | None
    fact_n: int  # questions the fact accuracy is over
    refusal_precision: float | None
    refusal_recall: float | None
    must_refuse: int
    p50_ms: float | None
    p95_ms: float | None
    mean_answer_chars: float | None
    errors: int
    failed: int


def summarize(results: Sequence[QuestionResult]) -> Scores:
    refusal = metrics.refusal_scores((r.question.refuse, r.refused) for r in results)
    facts = [r.facts_ok for r in results if r.facts_ok is not None]
    latencies = [r.latency_ms for r in results if not r.error]
    return Scores(
        n=len(results),
        hit1=metrics.mean(r.hit1 for r in results), hit5=metrics.mean(r.hit5 for r in results),
        mrr10=metrics.mean(r.rr10 for r in results),
        citation_precision=metrics.mean(r.citation_precision for r in results),
        citation_recall=metrics.mean(r.citation_recall for r in results),
        fact_accuracy=metrics.mean(float(f) for f in facts), fact_n=len(facts),
        refusal_precision=refusal.precision, refusal_recall=refusal.recall,
        must_refuse=refusal.true_pos + refusal.false_neg,
        p50_ms=metrics.percentile(latencies, 50), p95_ms=metrics.percentile(latencies, 95),
        mean_answer_chars=metrics.mean(len(r.answer) for r in results if not r.error),
        errors=sum(1 for r in results if r.error), failed=sum(1 for r in results if r.failed),
    )


class Group(NamedTuple):
    key: str
    scores: Scores


def group_by(results: Sequence[QuestionResult], key: Callable[[Question], str],
             order: Iterable[str] = ()) -> tuple[Group, ...]:
    """Scores per key value: known values in `order` first, then any others sorted."""
    buckets: dict[str, list[QuestionResult]] = {}
    for r in results:
        buckets.setdefault(key(r.question), []).append(r)
    order = list(order)
    keys = [k for k in order if k in buckets] + sorted(k for k in buckets if k not in order)
    return tuple(Group(k, summarize(buckets[k])) for k in keys)


@dataclass(frozen=True)
class EvalResult:
    results: tuple[QuestionResult, ...]
    overall: Scores
    by_lang: tuple[Group, ...]
    by_category: tuple[Group, ...]
    k: int  # passages the answerer was asked for
    seconds: float

    @property
    def failures(self) -> tuple[QuestionResult, ...]:
        return tuple(r for r in self.results if r.failed)


Ask = Callable[[Question], dict]
Progress = Callable[[int, int, QuestionResult], None]


def run_eval(ask: Ask, questions: Sequence[Question], k: int = 5, on_progress: Progress | None = None) -> EvalResult:
    """Ask every question, score each answer, aggregate overall / per language / per category."""
    started = time.perf_counter()
    results: list[QuestionResult] = []
    for done, question in enumerate(questions, start=1):
        t0 = time.perf_counter()
        try:
            answer, error = ask(question), ""
        except Exception as exc:  # noqa: BLE001 - scored as a failed question, reported with its message
            answer, error = {}, f"{type(exc).__name__}: {exc}"
        result = score(question, answer, (time.perf_counter() - t0) * 1000, error)
        results.append(result)
        if on_progress is not None:
            on_progress(done, len(questions), result)
    return EvalResult(tuple(results), summarize(results), group_by(results, lambda q: q.lang, LANGS),
                      group_by(results, lambda q: q.category, CATEGORIES), k, time.perf_counter() - started)


def assistant_ask(assistant, k: int) -> Ask:
    """`ask` for an `Assistant`: the very call `kume ask` makes, plus the history if `ask` accepts one.

    `Assistant.ask(history=...)` takes the earlier user questions as strings,
    so only the user turns' contents are passed.
    """
    takes_history = "history" in inspect.signature(assistant.ask).parameters

    def ask(question: Question) -> dict:
        history = [t.content for t in question.history if t.role == "user"]
        if takes_history and history:
            return assistant.ask(question.question, k=k, history=history).to_dict()
        return assistant.ask(question.question, k=k).to_dict()

    return ask
