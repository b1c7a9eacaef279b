"""One EvalResult as plain JSON data for tools: every aggregate, the refusal kinds, and each question.

Kept apart from the Markdown so report.py stays readable; the keys only grow
(tools that read `overall.hit5` keep working). Per-question entries carry
what a failure needs to be understood without re-running: the sections, the
refusal and its kind, the language share, the missing facts.
"""
from __future__ import annotations

import dataclasses

from evals.runner import EvalResult
from evals.summary import KindRow


def _kinds(rows: tuple[KindRow, ...]) -> dict:
    return {row.kind: {"due": row.due, "made": row.made} for row in rows}


def _excerpt(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def result_json(result: EvalResult, excerpt_chars: int = 300) -> dict:
    shares = {g.key: g.scores.language_share for g in result.by_lang}
    return {
        "k": result.k, "seconds": round(result.seconds, 2), "overall": dataclasses.asdict(result.overall),
        "by_lang": {g.key: dataclasses.asdict(g.scores) for g in result.by_lang},
        "by_category": {g.key: dataclasses.asdict(g.scores) for g in result.by_category},
        "language_share": shares,
        "refusals": {
            "overall": _refusal(result.overall),
            **{g.key: _refusal(g.scores) for g in result.by_lang},
            "by_question_kind": _kinds(result.question_kinds),
            "by_refusal_kind": _kinds(result.refusal_kinds),
        },
        "questions": [
            {"id": r.question.id, "lang": r.question.lang, "category": r.question.category,
             "kind": r.question.kind, "computed": r.question.computed,
             "failed": r.failed, "reasons": list(r.reasons), "expected_sections": list(r.question.sections),
             "returned_sections": list(r.ranked), "cited": list(r.cited), "refused": r.refused,
             "refusal_kind": r.refusal_kind,
             "must_refuse": r.question.refuse, "hit@1": r.hit1, "hit@5": r.hit5, "rr@10": r.rr10,
             "citation_precision": r.citation_precision, "citation_recall": r.citation_recall,
             "facts_ok": r.facts_ok, "missing_facts": [list(f) for f in r.missing_facts],
             "language_share": r.language_share,
             "latency_ms": round(r.latency_ms, 1), "answer_excerpt": _excerpt(r.answer, excerpt_chars),
             "error": r.error}
            for r in result.results
        ],
    }


def _refusal(s) -> dict:
    return {"must_refuse": s.must_refuse, "refused": s.refusals_made, "precision": s.refusal_precision,
            "recall": s.refusal_recall, "false_refusals": s.false_refusals}
