"""The eval as a gate: the assistant's scores on the test set must not fall below evals/thresholds.yaml.

The integration test builds the real store from the real corpus with the
real default embedder once per session in a temp folder, then runs the very
code path of `kume eval` (load_question_set -> assistant_ask -> run_eval).
The store is the session fixture `real_assistant` of tests/conftest.py,
shared with the integration tests (one build per test run).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from evals.report import METRIC_NAMES, check_thresholds
from evals.questions import load_question_set, stratified_subset
from evals.runner import Scores, assistant_ask, run_eval

ROOT = Path(__file__).resolve().parents[2]
THRESHOLDS = ROOT / "evals" / "thresholds.yaml"


def thresholds() -> dict:
    return yaml.safe_load(THRESHOLDS.read_text(encoding="utf-8"))


def scores(**values) -> Scores:
    base = dict(n=10, hit1=1.0, hit5=1.0, mrr10=1.0, citation_precision=1.0, citation_recall=1.0,
                fact_accuracy=1.0, fact_n=10, refusal_precision=1.0, refusal_recall=1.0, must_refuse=2,
                p50_ms=10.0, p95_ms=20.0, mean_answer_chars=100.0, errors=0, failed=0)
    return Scores(**{**base, **values})


def test_thresholds_file_is_well_formed():
    data = thresholds()
    assert (ROOT / data["set"]).is_file()
    assert isinstance(data["k"], int) and data["k"] >= 1
    assert data.get("limit") is None or data["limit"] >= 60
    minimum = data["minimum"]
    assert {"hit@5", "mrr@10", "fact_accuracy", "refusal_recall"} <= set(minimum) <= set(METRIC_NAMES)
    assert all(0.0 <= float(v) <= 1.0 for v in minimum.values())
    assert check_thresholds(scores(), minimum) == ()


def test_check_thresholds_names_each_breach():
    breaches = check_thresholds(scores(hit5=0.5, refusal_recall=None), {"hit@5": 0.6, "mrr@10": 0.5,
                                                                         "refusal_recall": 0.0})
    assert [(b.metric, b.minimum, b.measured) for b in breaches] == [("hit@5", 0.6, 0.5),
                                                                     ("refusal_recall", 0.0, None)]
    assert check_thresholds(scores(hit5=0.6), {"hit@5": 0.6}) == ()  # the minimum itself passes
    with pytest.raises(ValueError, match="hit@3"):
        check_thresholds(scores(), {"hit@3": 0.5})


@pytest.mark.integration
def test_test_set_scores_stay_above_thresholds(real_assistant):
    data = thresholds()
    questions, errors = load_question_set(ROOT / data["set"])
    assert not errors, [str(e) for e in errors]
    if data.get("limit"):
        questions = stratified_subset(questions, data["limit"])
    result = run_eval(assistant_ask(real_assistant, data["k"]), questions, k=data["k"])
    assert result.overall.errors == 0, [r.error for r in result.results if r.error][:3]
    breaches = check_thresholds(result.overall, data["minimum"])
    assert not breaches, (
        "below evals/thresholds.yaml: "
        + "; ".join(f"{b.metric} {b.measured} < {b.minimum}" for b in breaches)
        + f" — failed questions: {', '.join(r.question.id for r in result.failures)}"
    )
