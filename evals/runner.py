"""Run a question set through any answerer and score it: the eval as a library.

The answerer is just `ask(question) -> dict` in the shape of
`Answer.to_dict()` (the stable JSON of `kume ask --json`), so the assistant,
the plain-RAG baseline and a future UI tab are all scored by the same code.
A question whose `ask` raises is scored as failed: one broken item must not
hide the scores of the other hundred. Reading and checking the question set
is `evals.questions`.

Scoring one answer (ranking, facts in what the answer shows, language
share) is `evals.scoring`; aggregating (overall, per language and category,
refusals per kind) is `evals.summary`. Their names are re-exported here, the
module callers have always imported them from.
"""
from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evals.questions import CATEGORIES, LANGS, Question
from evals.scoring import QuestionResult, ranking, score, shown_text
from evals.summary import Group, KindRow, Scores, by_question_kind, by_refusal_kind, group_by, summarize

__all__ = ["Ask", "EvalResult", "Group", "KindRow", "Progress", "QuestionResult", "Scores", "assistant_ask",
           "ranking", "run_eval", "score", "shown_text", "summarize"]


@dataclass(frozen=True)
class EvalResult:
    results: tuple[QuestionResult, ...]
    overall: Scores
    by_lang: tuple[Group, ...]
    by_category: tuple[Group, ...]
    k: int  # passages the answerer was asked for
    seconds: float
    question_kinds: tuple[KindRow, ...] = ()  # must-refuse questions per set `kind`: due, made
    refusal_kinds: tuple[KindRow, ...] = ()  # refusals per answer `refusal_kind`: due, made

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
                      group_by(results, lambda q: q.category, CATEGORIES), k, time.perf_counter() - started,
                      by_question_kind(results), by_refusal_kind(results))


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
