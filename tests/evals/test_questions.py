"""Question sets: JSONL lines checked into Question records, bad lines reported by number, stratified subsets."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.questions import Question, QuestionSetError, Turn, load_question_set, stratified_subset


def q(qid, lang="tr", category="urge"):
    return Question(qid, lang, category, f"soru {qid}?", ("A",), (), False)


GOOD = {"id": "g1", "lang": "tr", "category": "urge", "question": "URGE nedir?", "sections": ["2"],
        "facts": [["%75", "75%"]], "refuse": False}


def write_set(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_malformed_lines_are_reported_with_line_numbers_and_skipped(tmp_path):
    lines = [
        json.dumps(GOOD),
        "{not json",
        "",
        json.dumps({**GOOD, "id": "g2", "lang": "de"}),
        json.dumps({**GOOD, "id": "g3", "question": ""}),
        json.dumps(GOOD),  # duplicate id
        json.dumps({**GOOD, "id": "g4", "facts": "75"}),
        json.dumps([1, 2]),
        json.dumps({**GOOD, "id": "g5", "history": [{"role": "user", "content": "Önce bu"}], "facts": ["tek"]}),
    ]
    questions, errors = load_question_set(write_set(tmp_path, lines))
    assert [x.id for x in questions] == ["g1", "g5"]
    assert [e.line for e in errors] == [2, 4, 5, 6, 7, 8]
    assert "not valid JSON" in errors[0].message and "'lang'" in errors[1].message
    assert "duplicate id 'g1'" in str(errors[3]) and str(errors[3]).startswith("line 6:")
    assert questions[1].history == (Turn("user", "Önce bu"),) and questions[1].facts == (("tek",),)
    assert questions[0].facts == (("%75", "75%"),) and questions[0].sections == ("2",)


def test_optional_computed_and_kind_fields(tmp_path):
    lines = [
        json.dumps({**GOOD, "id": "c1", "computed": True, "facts": [["187.500", "187,500", "187500"]]}),
        json.dumps({**GOOD, "id": "k1", "category": "refusal", "refuse": True, "sections": [], "facts": [],
                    "kind": "later-year"}),
        json.dumps({**GOOD, "id": "c2", "computed": "yes"}),
        json.dumps({**GOOD, "id": "k2", "kind": 3}),
    ]
    questions, errors = load_question_set(write_set(tmp_path, lines))
    assert [(x.id, x.computed, x.kind) for x in questions] == [("c1", True, ""), ("k1", False, "later-year")]
    assert [e.line for e in errors] == [3, 4]
    assert "'computed'" in errors[0].message and "'kind'" in errors[1].message
    plain, _ = load_question_set(write_set(tmp_path, [json.dumps(GOOD)]))
    assert plain[0].computed is False and plain[0].kind == ""


def test_missing_set_is_a_user_error(tmp_path):
    with pytest.raises(QuestionSetError, match="does not exist"):
        load_question_set(tmp_path / "nope.jsonl")


def test_stratified_subset_spreads_over_categories_and_languages():
    qs = [q(f"u{i}", "tr", "urge") for i in range(6)] + [q(f"i{i}", "en", "inventory") for i in range(3)]
    picked = stratified_subset(qs, 4)
    assert [x.id for x in picked] == ["u0", "u1", "i0", "i1"]
    assert len(stratified_subset(qs, 100)) == 9
