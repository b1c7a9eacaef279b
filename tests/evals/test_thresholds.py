"""The eval as a gate: the assistant's scores on the gated sets must stay within evals/thresholds.yaml.

The file holds limits per set and per scope (overall, tr, en); the unit
tests check its schema and the comparison, the integration test evaluates
the sets marked `gate: true` (today test.jsonl alone, as before) with the
real store from the real corpus and the real default embedder, built once per
session (the fixture `real_assistant` of tests/conftest.py, shared with the
integration tests), through the very code path of `kume eval`
(load_question_set -> assistant_ask -> run_eval).
"""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from evals.questions import load_question_set, stratified_subset
from evals.runner import Group, Scores, assistant_ask, run_eval
from evals.thresholds import (FILE, METRIC_NAMES, SCOPES, SetLimits, check_maximums, check_set, check_thresholds,
                              limits_for, load_thresholds, parse_thresholds)

ROOT = Path(__file__).resolve().parents[2]
HELD_OUT = {"evals/sets/test.jsonl", "evals/sets/realistic-test.jsonl", "evals/sets/refusal-test.jsonl"}


def raw() -> dict:
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))


def scores(**values) -> Scores:
    base = dict(n=10, hit1=1.0, hit5=1.0, mrr10=1.0, citation_precision=1.0, citation_recall=1.0,
                fact_accuracy=1.0, fact_n=10, refusal_precision=1.0, refusal_recall=1.0, must_refuse=2,
                p50_ms=10.0, p95_ms=20.0, mean_answer_chars=100.0, errors=0, failed=0, refusals_made=2,
                false_refusals=0, language_share=1.0, language_share_n=10)
    return Scores(**{**base, **values})


def test_thresholds_file_is_well_formed():
    k, sets = load_thresholds()
    assert k >= 1
    by_set = {s.set: s for s in sets}
    assert HELD_OUT <= set(by_set)
    assert all(s.path.is_file() for s in sets)
    assert all(s.limit is None or s.limit >= 60 for s in sets)
    gated = [s for s in sets if s.gate]
    assert [s.set for s in gated] == ["evals/sets/test.jsonl"]  # the test's runtime: one set, as before
    # every held-out set has the slots for each scope, including the refusal and language metrics
    for name in HELD_OUT:
        limits = by_set[name]
        assert set(limits.minimum) == set(SCOPES) == set(limits.maximum), name
        for scope in SCOPES:
            assert {"refusal_recall", "refusal_precision", "fact_accuracy", "language_share"} <= set(
                limits.minimum[scope]), (name, scope)
            assert "false_refusals" in limits.maximum[scope], (name, scope)


def test_the_test_set_minimums_are_kept():
    test_set = limits_for("evals/sets/test.jsonl", load_thresholds()[1])
    enforced = test_set.enforced()
    assert enforced[("minimum", "overall")] == {
        "hit@5": 0.94, "mrr@10": 0.78, "citation_recall": 0.83, "fact_accuracy": 0.84, "refusal_recall": 0.4,
        "refusal_precision": 0.55, "citation_precision": 0.7, "language_share": 0.9}
    assert enforced[("maximum", "overall")] == {"false_refusals": 3}


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["sets"]["evals/sets/test.jsonl"]["minimum"]["overall"].update({"hit@3": 0.5}), "hit@3"),
    (lambda d: d["sets"]["evals/sets/test.jsonl"]["minimum"].update({"de": {}}), "scopes"),
    (lambda d: d["sets"]["evals/sets/test.jsonl"]["minimum"]["en"].update({"fact_accuracy": 1.5}), "0..1"),
    (lambda d: d["sets"]["evals/sets/test.jsonl"]["maximum"]["tr"].update({"false_refusals": 0.5}), "count"),
    (lambda d: d["sets"]["evals/sets/test.jsonl"].update({"minimums": {}}), "unknown key"),
    (lambda d: d.update({"k": 0}), "k must"),
    (lambda d: d.update({"sets": {}}), "non-empty"),
])
def test_a_malformed_file_says_what_is_wrong(edit, message):
    data = copy.deepcopy(raw())
    edit(data)
    with pytest.raises(ValueError, match=message):
        parse_thresholds(data)


def test_check_thresholds_names_each_breach():
    breaches = check_thresholds(scores(hit5=0.5, refusal_recall=None), {"hit@5": 0.6, "mrr@10": 0.5,
                                                                         "refusal_recall": 0.0})
    assert [(b.metric, b.limit, b.measured) for b in breaches] == [("hit@5", 0.6, 0.5), ("refusal_recall", 0.0, None)]
    assert check_thresholds(scores(hit5=0.6), {"hit@5": 0.6}) == ()  # the minimum itself passes
    assert check_thresholds(scores(hit5=0.1), {"hit@5": None}) == ()  # null: a slot, not enforced
    with pytest.raises(ValueError, match="hit@3"):
        check_thresholds(scores(), {"hit@3": 0.5})


def test_false_refusals_are_a_maximum():
    assert check_maximums(scores(false_refusals=0), {"false_refusals": 0}) == ()
    (breach,) = check_maximums(scores(false_refusals=2), {"false_refusals": 1}, "en")
    assert (breach.metric, breach.limit, breach.measured, breach.scope, breach.bound) == (
        "false_refusals", 1.0, 2, "en", "maximum")
    assert str(breach) == "en false_refusals 2 > maximum 1.0"


def result_of(overall: Scores, **langs: Scores):
    return type("R", (), {"overall": overall, "by_lang": tuple(Group(k, v) for k, v in langs.items())})()


def test_check_set_reads_each_scope():
    limits = SetLimits("evals/sets/refusal-test.jsonl",
                       minimum={"overall": {"refusal_recall": 0.8}, "en": {"language_share": 0.85, "hit@5": None}},
                       maximum={"tr": {"false_refusals": 0}})
    good = result_of(scores(refusal_recall=0.9), tr=scores(false_refusals=0), en=scores(language_share=0.9))
    assert check_set(good, limits) == ()
    bad = result_of(scores(refusal_recall=0.9), tr=scores(false_refusals=1), en=scores(language_share=0.4))
    assert {(b.scope, b.metric) for b in check_set(bad, limits)} == {("tr", "false_refusals"),
                                                                      ("en", "language_share")}
    only_tr = result_of(scores(refusal_recall=0.9), tr=scores())
    assert [(b.scope, b.measured) for b in check_set(only_tr, limits)] == [("en", None)]  # unmeasured fails


def test_metric_names_are_score_fields():
    assert set(METRIC_NAMES.values()) <= set(Scores.__dataclass_fields__)


@pytest.mark.integration
def test_test_set_scores_stay_above_thresholds(real_assistant):
    k, sets = load_thresholds()
    failures = []
    for limits in (s for s in sets if s.gate):
        questions, errors = load_question_set(limits.path)
        assert not errors, [str(e) for e in errors]
        if limits.limit:
            questions = stratified_subset(questions, limits.limit)
        result = run_eval(assistant_ask(real_assistant, k), questions, k=k)
        assert result.overall.errors == 0, [r.error for r in result.results if r.error][:3]
        breaches = check_set(result, limits)
        if breaches:
            failures.append(f"{limits.set}: " + "; ".join(map(str, breaches))
                            + f" — failed questions: {', '.join(r.question.id for r in result.failures)}")
    assert not failures, "outside evals/thresholds.yaml: " + " | ".join(failures)
