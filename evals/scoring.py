"""One answer scored against its question's gold: the per-question half of the eval.

The answer is a dict in the shape of `Answer.to_dict()` (the JSON of `kume
ask --json`). What is scored is what the reader is shown, not only the prose:

* facts are looked for in the answer text and in the quoted originals of its
  citations (`citations[].text`, and `text_en` when there is one). English
  answers quote the unofficial English rendering and carry the Turkish
  original in the citation (one click away in the page), so a Turkish gold
  fact ("Gelişme", "5 (beş) adet") is still in front of the reader;
* a `computed` question's facts are looked for in the answer text only: they
  are numbers derived from the report (75 % of 250.000 = 187.500), and a
  derivation is the answer's own; a quote holds only the inputs, and a small
  derived number ("5", "28") would otherwise be found in almost any quote;
* the language share (evals.language_share) is taken from the answer text in
  the question's language.

The ranking is the `retrieved` section ids in order, de-duplicated; an entry
may carry `section_ids` (several sections, best first), as the baseline's do.
"""
from __future__ import annotations

from dataclasses import dataclass

from evals import metrics
from evals.language_share import language_share
from evals.questions import Question


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
    refusal_kind: str = ""  # the answer's `refusal_kind` ("later_year", …); "" when it answered
    language_share: float | None = None  # None: no scored word (or no answer)

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


def shown_text(answer: dict, *, quotes: bool = True) -> str:
    """The answer text, then (with `quotes`) each citation's quoted original and its English rendering."""
    parts = [str(answer.get("answer", ""))]
    if quotes:
        for citation in answer.get("citations") or []:
            parts += [str(citation.get(key) or "") for key in ("text", "text_en")]
    return "\n".join(p for p in parts if p)


def score(question: Question, answer: dict, latency_ms: float, error: str = "") -> QuestionResult:
    """Score one answer dict against its question's gold."""
    ranked = ranking(answer)
    cited = metrics.dedupe(c.get("section_id", "") for c in answer.get("citations") or [])
    text = str(answer.get("answer", ""))
    gold = set(question.sections)
    has_facts = bool(question.facts) and not question.refuse
    shown = shown_text(answer, quotes=not question.computed)
    missing = metrics.missing_facts(shown, question.facts) if has_facts else ()
    refused = bool(answer.get("refused", False))
    return QuestionResult(
        question=question, ranked=ranked, cited=cited, answer=text, refused=refused,
        latency_ms=latency_ms,
        hit1=metrics.hit_at_k(ranked, gold, 1), hit5=metrics.hit_at_k(ranked, gold, 5),
        rr10=metrics.reciprocal_rank(ranked, gold, 10),
        citation_precision=metrics.citation_precision(cited, gold),
        citation_recall=metrics.citation_recall(cited, gold),
        facts_ok=(not missing) if has_facts else None, missing_facts=missing, error=error,
        refusal_kind=str(answer.get("refusal_kind") or "") if refused else "",
        language_share=None if error else language_share(text, question.lang),
    )
