"""Runner, report, baseline mapping and `kume eval` on tiny hand-made sets, with fakes: no model, no store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from core.answers import Hit
from assistant.service import Assistant
from evals.baseline import SectionInfo, map_chunks
from evals.report import make_meta, overall_table, render_json, render_markdown
from evals.questions import Question, Turn
from evals.runner import assistant_ask, ranking, run_eval
from tests.fakes import HashingEmbedder


def q(qid, lang="tr", category="urge", sections=("A",), facts=(), refuse=False, history=()):
    return Question(qid, lang, category, f"soru {qid}?", tuple(sections), tuple(tuple(f) for f in facts), refuse,
                    tuple(history))


def answer(ranked, cited=(), text="", refused=False):
    return {"answer": text, "refused": refused, "citations": [{"section_id": s} for s in cited],
            "retrieved": [{"section_id": s} for s in ranked]}


QUESTIONS = [
    q("q1", "tr", "urge", {"A"}, [["%75"]]),
    q("q2", "tr", "inventory", {"C", "D"}, [["Antep"]]),
    q("q3", "en", "urge", {"A"}),
    q("q4", "en", "refusal", (), refuse=True),
    q("q5", "en", "refusal", (), refuse=True),
    q("q6", "tr", "urge", {"A"}, [["x"]]),
]
ANSWERS = {
    "q1": answer(["A", "B"], ["A"], "giderlerin 75%'i"),
    "q2": answer(["B", "B", "D"], ["B", "D"], "bilinmiyor"),
    "q3": answer(["B", "E", "F", "G", "H", "A"]),
    "q4": answer([], [], "Raporda yok.", refused=True),
    "q5": answer(["B"], ["B"], "B diyor ki"),
}


def fake_ask(question: Question) -> dict:
    if question.id == "q6":
        raise RuntimeError("store went away")
    return ANSWERS[question.id]


@pytest.fixture(scope="module")
def result():
    return run_eval(fake_ask, QUESTIONS, k=5)


def test_per_question_scores(result):
    by_id = {r.question.id: r for r in result.results}
    r1, r2, r3, r4, r5, r6 = (by_id[f"q{i}"] for i in range(1, 7))
    assert (r1.hit1, r1.hit5, r1.rr10, r1.citation_precision, r1.citation_recall, r1.facts_ok) == (1, 1, 1, 1, 1, True)
    assert (r2.hit1, r2.hit5, r2.rr10, r2.citation_precision, r2.citation_recall) == (0, 1, 0.5, 0.5, 0.5)
    assert r2.missing_facts == (("Antep",),) and r2.reasons == ("missing facts",)
    assert (r3.hit5, r3.rr10, r3.citation_precision, r3.facts_ok) == (0.0, pytest.approx(1 / 6), 0.0, None)
    assert r3.reasons == ("gold section not in top 5",)
    assert (r4.hit5, r4.citation_precision, r4.failed) == (None, None, False)
    assert r5.reasons == ("did not refuse",)
    assert r6.error == "RuntimeError: store went away" and r6.failed and r6.hit5 == 0.0 and r6.facts_ok is False
    assert [r.question.id for r in result.failures] == ["q2", "q3", "q5", "q6"]


def test_overall_aggregates_by_hand(result):
    o = result.overall
    assert o.n == 6 and o.errors == 1 and o.failed == 4
    assert o.hit1 == 0.25 and o.hit5 == 0.5
    assert o.mrr10 == pytest.approx((1 + 0.5 + 1 / 6 + 0) / 4)
    assert o.citation_precision == pytest.approx(0.375) and o.citation_recall == pytest.approx(0.375)
    assert o.fact_accuracy == pytest.approx(1 / 3) and o.fact_n == 3
    assert (o.refusal_precision, o.refusal_recall, o.must_refuse) == (1.0, 0.5, 2)
    assert o.p50_ms is not None and o.p95_ms >= o.p50_ms >= 0


def test_groups_per_language_and_category(result):
    langs = {g.key: g.scores for g in result.by_lang}
    assert [g.key for g in result.by_lang] == ["tr", "en"]
    assert langs["tr"].n == 3 and langs["tr"].hit5 == pytest.approx(2 / 3) and langs["tr"].refusal_recall is None
    assert langs["en"].hit5 == 0.0 and (langs["en"].refusal_precision, langs["en"].refusal_recall) == (1.0, 0.5)
    assert [g.key for g in result.by_category] == ["urge", "inventory", "refusal"]  # the set's category order
    cats = {g.key: g.scores for g in result.by_category}
    assert cats["urge"].hit5 == pytest.approx(1 / 3) and cats["refusal"].hit5 is None


def test_progress_is_reported_per_question():
    seen = []
    run_eval(fake_ask, QUESTIONS[:3], on_progress=lambda done, total, r: seen.append((done, total, r.question.id)))
    assert seen == [(1, 3, "q1"), (2, 3, "q2"), (3, 3, "q3")]


def test_ranking_reads_section_ids_lists_and_dedupes():
    retrieved = [{"section_id": "a", "section_ids": ["a", "b"]}, {"section_id": "b"}, {"section_id": "c"}]
    assert ranking({"retrieved": retrieved}) == ("a", "b", "c")
    assert ranking({}) == ()


def write_set(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class RecordingAssistant:
    def __init__(self):
        self.calls = []

    def ask(self, question, k=None):
        self.calls.append((question, k))
        return type("A", (), {"to_dict": lambda self: answer(["A"])})()


class HistoryAssistant(RecordingAssistant):
    def ask(self, question, k=None, *, history=(), filters=None):  # Assistant.ask's signature
        self.calls.append((question, k, history))
        return type("A", (), {"to_dict": lambda self: answer(["A"])})()


def test_assistant_ask_passes_history_only_when_accepted():
    follow = q("f", history=[Turn("user", "Gaziantep'teki kümeler?"), Turn("assistant", "EK2.151 ...")])
    plain = RecordingAssistant()
    assistant_ask(plain, 3)(follow)
    assert plain.calls == [("soru f?", 3)]
    chat = HistoryAssistant()
    assistant_ask(chat, 3)(follow)
    assistant_ask(chat, 3)(q("g"))
    assert chat.calls == [("soru f?", 3, ["Gaziantep'teki kümeler?"]), ("soru g?", 3, ())]


def test_markdown_and_json_reports(result):
    meta = make_meta("tiny.jsonl", "fake:hashing-64")
    md = render_markdown(result, meta)
    for expected in ("# Eval report — tiny.jsonl", "fake:hashing-64", "## Overall", "| metric | assistant |",
                     "| hit@5 | 0.50 |", "## Per language", "| tr | 3 |", "## Per category", "| inventory | 1 |",
                     "## Failed questions (4 of 6)", "#### q3 · urge · en — gold section not in top 5",
                     "- missing facts: Antep", "CPU(s)"):
        assert expected in md
    side = render_markdown(result, meta, baseline=result)
    assert "| hit@5 | 0.50 | 0.50 | 1.00× |" in side and "0.50 (0.50)" in side and "Baseline failed 4" in side
    data = json.loads(json.dumps(render_json(result, meta, baseline=result)))
    assert data["assistant"]["overall"]["hit5"] == 0.5 and data["baseline"]["by_lang"]["en"]["refusal_recall"] == 0.5
    assert {x["id"] for x in data["assistant"]["questions"] if x["failed"]} == {"q2", "q3", "q5", "q6"}
    assert "assistant / baseline" not in overall_table(result)


def test_baseline_chunks_map_to_the_sections_they_hold():
    body = "kümelenme politikası bölgesel kalkınma ve ihracat için ortak bir çerçeve sunar ve işbirliğini artırır"
    sections = [SectionInfo("1", "Giriş", "report", body),
                SectionInfo("EK2.7", "", "inventory", "7 Gaziantep Antep Fıstığı Fikir"),
                SectionInfo("EK2.8", "", "inventory", "8 Gaziantep Makarna Fikir"),
                SectionInfo("x", "", "report", "Giriş")]  # too short to match by accident
    chunk = "Önsöz. " + body + "\n\n7 Gaziantep Antep Fıstığı Fikir\n8 Gaziantep Makarna Fikir\nGiriş"
    assert map_chunks([chunk, "ilgisiz bir metin"], sections) == (("1", "EK2.7", "EK2.8"), ())
    half = " ".join(body.split()[:9])  # 2 of the section's 8 shingles: primary, though not "covered"
    assert map_chunks([half], sections) == (("1",),)


# -- the CLI -----------------------------------------------------------------------------------------


class KeywordRetriever:
    """Hits chosen by a keyword of the question; no keyword, no hits (the assistant then refuses)."""

    HITS = {
        "urge": Hit("c1", "2.egitim-danismanlik", "Eğitim", "urge",
                    "2 › Eğitim\nGiderlerin %75’i, proje başına 400.000 ABD Dolarına kadar karşılanır.", 0.9),
        "gaziantep": Hit("c2", "EK2.151", "Antep Fıstığı", "inventory",
                         "EK2\nNo 151: Antep Fıstığı Üretimi ve İşlenmesi — İl: Gaziantep", 0.8),
    }

    def retrieve(self, question, k, where=None):
        return [h for word, h in self.HITS.items() if word in question.lower()][:k]


SET_LINES = [
    json.dumps({"id": "u1", "lang": "tr", "category": "urge", "question": "URGE eğitim desteği ne kadar?",
                "sections": ["2.egitim-danismanlik"], "facts": [["%75"], ["400,000"]], "refuse": False}),
    json.dumps({"id": "i1", "lang": "en", "category": "inventory", "question": "Which clusters are in Gaziantep?",
                "sections": ["EK2.151"], "facts": [["Antep Fıstığı"]], "refuse": False}),
    "oops",
    json.dumps({"id": "r1", "lang": "en", "category": "refusal", "question": "Weather in Paris?",
                "sections": [], "facts": [], "refuse": True}),
]


@pytest.fixture()
def fake_assistant(monkeypatch):
    import ui.eval_cli as eval_cli

    embedder = HashingEmbedder()
    monkeypatch.setattr(eval_cli, "open_assistant", lambda settings: (Assistant(KeywordRetriever()), embedder))
    return embedder


def test_kume_eval_prints_the_table_and_writes_reports(tmp_path, fake_assistant):
    from ui.cli import cli

    path = write_set(tmp_path, SET_LINES)
    report, out_json = tmp_path / "out" / "r.md", tmp_path / "r.json"
    res = CliRunner().invoke(cli, ["eval", str(path), "--report", str(report), "--json", str(out_json)])
    assert res.exit_code == 0, res.output
    assert f"{path}:3: not valid JSON" in res.stderr
    assert "3 questions, 0 failed" in res.stdout and "| hit@5 | 1.00 |" in res.stdout
    assert "| refusal R | 1.00 |" in res.stdout
    assert "## Per category" in report.read_text(encoding="utf-8")
    assert json.loads(out_json.read_text(encoding="utf-8"))["meta"]["embedder_id"] == "fake:hashing-64"


def test_kume_eval_limit_and_baseline_on_a_tiny_corpus(tmp_path, monkeypatch, fake_assistant):
    from ui.eval_cli import eval_command

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.txt").write_text(
        " URGE eğitim desteği: giderlerin %75’i, proje başına 400.000 ABD Dolarına kadar karşılanır.\n"
        " Gaziantep kümeleri: Antep Fıstığı Üretimi ve İşlenmesi, Makarna.\n", encoding="utf-8")
    monkeypatch.setenv("KUME_CORPUS", str(corpus))
    path = write_set(tmp_path, SET_LINES)
    res = CliRunner().invoke(eval_command, [str(path), "--baseline", "--limit", "2", "--k", "2"])
    assert res.exit_code == 0, res.output
    assert "2 questions" in res.stdout and "| metric | assistant | baseline | assistant / baseline |" in res.stdout


def test_kume_eval_split_keeps_one_half_and_names_the_halves_it_has(tmp_path, fake_assistant):
    from ui.eval_cli import eval_command

    lines = [json.dumps({**json.loads(line), "split": half})
             for line, half in zip([SET_LINES[0], SET_LINES[1], SET_LINES[3]], ["dev", "check", "dev"])]
    path = write_set(tmp_path, lines)
    res = CliRunner().invoke(eval_command, [str(path), "--split", "dev"])
    assert res.exit_code == 0, res.output
    assert "2 questions" in res.stdout
    res = CliRunner().invoke(eval_command, [str(path), "--split", "test"])
    assert res.exit_code == 1 and "its splits: check, dev" in res.stderr and "Traceback" not in res.output


@pytest.mark.parametrize("lines, message", [(None, "does not exist"), (["oops", "{}"], "has no valid question")])
def test_kume_eval_user_errors_are_one_line(tmp_path, fake_assistant, lines, message):
    from ui.eval_cli import eval_command

    path = write_set(tmp_path, lines) if lines else tmp_path / "missing.jsonl"
    res = CliRunner().invoke(eval_command, [str(path)])
    assert res.exit_code == 1 and message in res.stderr and "Traceback" not in res.output


def test_kume_eval_store_errors_become_click_errors(tmp_path, monkeypatch):
    import ui.eval_cli as eval_cli
    from core.store import StoreError

    def broken(settings):
        raise StoreError("no knowledge store at .store: run `kume ingest` first")

    monkeypatch.setattr(eval_cli, "open_assistant", broken)
    res = CliRunner().invoke(eval_cli.eval_command, [str(write_set(tmp_path, SET_LINES))])
    assert res.exit_code == 1 and "Error: no knowledge store" in res.stderr


def test_assistant_ask_gives_the_real_assistant_the_earlier_question():
    follow = q("f", history=[Turn("user", "Gaziantep'teki kümeler hangileri?")])
    follow = Question(follow.id, "tr", "followup", "Bunlardan hangileri gıda sektöründe?", ("EK2.151",), (), False,
                      follow.history)
    got = assistant_ask(Assistant(KeywordRetriever()), 5)(follow)
    assert [c["section_id"] for c in got["citations"]] == ["EK2.151"]
