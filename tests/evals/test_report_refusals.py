"""Refusals (P, R, false refusals per language, per kind) and the language share in the Markdown report, the
JSON and `kume eval`'s printed summary; `kume eval --check` against evals/thresholds.yaml."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from evals.questions import Question
from evals.report import make_meta, render_json, render_markdown
from evals.report_refusals import language_share_line, summary_text
from evals.runner import run_eval


def q(qid, lang, refuse, kind=""):
    return Question(qid, lang, "refusal" if refuse else "urge", f"{qid}?", () if refuse else ("2",),
                    () if refuse else (("75",),), refuse, (), False, kind)


QUESTIONS = [q("t1", "tr", True, "later-year"), q("t2", "tr", True, "later-year"), q("t3", "tr", False),
             q("e1", "en", True, "person"), q("e2", "en", False), q("e3", "en", False)]
REFUSE_TR = {"answer": "Rapor bu soruyu yanıtlamıyor.", "refused": True, "refusal_kind": "later_year"}
REFUSE_EN = {"answer": "The report does not answer this question.", "refused": True, "refusal_kind": "unknown_name"}
ANSWERS = {
    "t1": REFUSE_TR, "t2": {"answer": "Destek oranı yüzde 75 olarak uygulanır.", "refused": False},
    "t3": {"answer": "Destek oranı yüzde 75 olarak uygulanır.", "refused": False},
    "e1": REFUSE_EN, "e2": REFUSE_EN,
    "e3": {"answer": "Eğitim giderlerinin yüzde 75'i karşılanır.", "refused": False},  # Turkish to an English question
}


@pytest.fixture(scope="module")
def result():
    return run_eval(lambda question: ANSWERS[question.id], QUESTIONS)


def test_scores_per_language(result):
    langs = {g.key: g.scores for g in result.by_lang}
    assert (langs["tr"].refusal_recall, langs["tr"].refusal_precision, langs["tr"].false_refusals) == (0.5, 1.0, 0)
    assert (langs["en"].refusal_recall, langs["en"].refusal_precision, langs["en"].false_refusals) == (1.0, 0.5, 1)
    assert result.overall.false_refusals == 1 and result.overall.refusals_made == 3
    assert langs["tr"].language_share == 1.0 and langs["en"].language_share < 0.8  # e3 answered in Turkish
    assert language_share_line(result.by_lang) == f"language share: en {langs['en'].language_share:.2f}, tr 1.00"


def test_markdown_has_the_refusal_and_language_sections(result):
    md = render_markdown(result, make_meta("tiny.jsonl", "fake"))
    for expected in ("## Refusals", "| group | must refuse | refused | refusal P | refusal R | false refusals |",
                     "| tr | 2 | 1 | 1.00 | 0.50 | 0 |", "| en | 1 | 2 | 0.50 | 1.00 | 1 |",
                     "| overall | 3 | 3 | 0.67 | 0.67 | 1 |",
                     "### Must-refuse questions by the set's `kind`", "| later-year | 2 | 1 |", "| person | 1 | 1 |",
                     "### Refusals by the answer's `refusal_kind`", "| unknown_name | 1 | 2 | 1 |",
                     "| later_year | 1 | 1 | 0 |", "## Language share", "- language share: en ", "false refusals",
                     "lang share", "refused: yes (unknown_name)"):
        assert expected in md, expected


def test_json_has_refusals_kinds_and_language_share(result):
    data = json.loads(json.dumps(render_json(result, make_meta("tiny.jsonl", "fake"))))["assistant"]
    assert data["refusals"]["en"] == {"must_refuse": 1, "refused": 2, "precision": 0.5, "recall": 1.0,
                                      "false_refusals": 1}
    assert data["refusals"]["by_question_kind"] == {"later-year": {"due": 2, "made": 1}, "person": {"due": 1, "made": 1}}
    assert data["refusals"]["by_refusal_kind"]["unknown_name"] == {"due": 1, "made": 2}
    assert data["language_share"]["tr"] == 1.0 and data["by_lang"]["en"]["false_refusals"] == 1
    e2 = next(x for x in data["questions"] if x["id"] == "e2")
    assert e2["refusal_kind"] == "unknown_name" and e2["language_share"] == 1.0 and "refused wrongly" in e2["reasons"]


def test_printed_summary_lines(result):
    text = summary_text(result)
    assert "refusals: overall: P 0.67 R 0.67 (3 refused, 3 due, 1 false) · tr: P 1.00 R 0.50" in text
    assert "en: P 0.50 R 1.00 (2 refused, 1 due, 1 false)" in text
    assert "language share: en" in text and "| refusal_kind | due | made | false |" in text


# -- the CLI ---------------------------------------------------------------------------------------------

SET = [{"id": "u1", "lang": "tr", "category": "urge", "question": "URGE eğitim desteği ne kadar?",
        "sections": ["2.egitim-danismanlik"], "facts": [["%75"]], "refuse": False},
       {"id": "r1", "lang": "en", "category": "refusal", "question": "Weather in Paris?", "sections": [],
        "facts": [], "refuse": True, "kind": "travel-geography"}]


@pytest.fixture()
def cli_set(tmp_path, monkeypatch):
    import ui.eval_cli as eval_cli
    from assistant.service import Assistant
    from tests.evals.test_runner import KeywordRetriever
    from tests.fakes import HashingEmbedder

    monkeypatch.setattr(eval_cli, "open_assistant", lambda s: (Assistant(KeywordRetriever()), HashingEmbedder()))
    path = tmp_path / "refusal-test.jsonl"  # matched to the thresholds entry by file name
    path.write_text("\n".join(json.dumps(x) for x in SET) + "\n", encoding="utf-8")
    return path


def test_kume_eval_prints_refusals_per_language_and_the_language_share(cli_set):
    from ui.eval_cli import eval_command

    res = CliRunner().invoke(eval_command, [str(cli_set)])
    assert res.exit_code == 0, res.output
    assert "| false refusals | 0 |" in res.stdout and "| lang share |" in res.stdout
    assert "refusals: overall: P 1.00 R 1.00 (1 refused, 1 due, 0 false)" in res.stdout
    assert "language share: en " in res.stdout and "| travel-geography | 1 | 1 |" in res.stdout


def test_kume_eval_check_reads_the_sets_limits(cli_set, monkeypatch):
    import evals.thresholds as thresholds
    from ui.eval_cli import eval_command

    empty = thresholds.SetLimits("evals/sets/refusal-test.jsonl", minimum={}, maximum={})
    monkeypatch.setattr(thresholds, "load_thresholds", lambda path=None: (5, (empty,)))
    res = CliRunner().invoke(eval_command, [str(cli_set), "--check"])
    assert res.exit_code == 0 and "Thresholds: 0 limit(s) of evals/sets/refusal-test.jsonl met" in res.stdout
    strict = thresholds.SetLimits("evals/sets/refusal-test.jsonl", minimum={"tr": {"refusal_recall": 0.5}},
                                  maximum={"overall": {"false_refusals": 0}})
    monkeypatch.setattr(thresholds, "load_thresholds", lambda path=None: (5, (strict,)))
    res = CliRunner().invoke(eval_command, [str(cli_set), "--check"])
    assert res.exit_code == 1 and "tr refusal_recall None < minimum 0.5" in res.stderr  # no Turkish refusal due
    other = cli_set.with_name("mine.jsonl")
    other.write_text(cli_set.read_text(encoding="utf-8"), encoding="utf-8")
    res = CliRunner().invoke(eval_command, [str(other), "--check"])
    assert res.exit_code == 1 and "has no limits for" in res.stderr and "Traceback" not in res.output
