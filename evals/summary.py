"""Per-question results aggregated: overall, per group, and refusals per kind.

Refusals are counted both ways because both mistakes cost the user: a false
refusal hides an answer they needed (a count, since the target is none at
all), a missed refusal hands them unrelated quotes. Per kind, two small
tables say where: what the set's questions were (`kind` of a must-refuse
question: was it refused?) and what the assistant said (`refusal_kind` of the
answer: how many of those refusals were due?). The two vocabularies differ
("later-year" in the sets, "later_year" in the answers), so they are not
joined into one table.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from evals import metrics
from evals.questions import Question
from evals.scoring import QuestionResult

NO_KIND = "–"  # a must-refuse question without `kind`, or a refusal without `refusal_kind`


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
    refusals_made: int = 0
    false_refusals: int = 0  # answerable questions refused
    language_share: float | None = None  # mean share of words in the question's language (first 400 chars)
    language_share_n: int = 0  # answers the share is over


def summarize(results: Sequence[QuestionResult]) -> Scores:
    refusal = metrics.refusal_scores((r.question.refuse, r.refused) for r in results)
    facts = [r.facts_ok for r in results if r.facts_ok is not None]
    latencies = [r.latency_ms for r in results if not r.error]
    shares = [r.language_share for r in results if r.language_share is not None]
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
        refusals_made=refusal.true_pos + refusal.false_pos, false_refusals=refusal.false_pos,
        language_share=metrics.mean(shares), language_share_n=len(shares),
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


class KindRow(NamedTuple):
    kind: str
    due: int  # refusals that were due
    made: int  # refusals made


def _rows(counts: dict[str, list[int]]) -> tuple[KindRow, ...]:
    """Most frequent first, then by name; the kind-less bucket last."""
    keys = sorted(counts, key=lambda k: (k == NO_KIND, -max(counts[k]), k))
    return tuple(KindRow(k, *counts[k]) for k in keys)


def by_question_kind(results: Iterable[QuestionResult]) -> tuple[KindRow, ...]:
    """Must-refuse questions per `kind` of the set: due (all of them) and made (those refused)."""
    counts: dict[str, list[int]] = {}
    for r in results:
        if r.question.refuse:
            row = counts.setdefault(r.question.kind or NO_KIND, [0, 0])
            row[0] += 1
            row[1] += r.refused
    return _rows(counts)


def by_refusal_kind(results: Iterable[QuestionResult]) -> tuple[KindRow, ...]:
    """Refusals per `refusal_kind` of the answer: made (all of them) and due (on must-refuse questions);
    made - due is that kind's false refusals."""
    counts: dict[str, list[int]] = {}
    for r in results:
        if r.refused:
            row = counts.setdefault(r.refusal_kind or NO_KIND, [0, 0])
            row[0] += r.question.refuse
            row[1] += 1
    return _rows(counts)
