"""👍/👎 feedback to a question set; the conversation as JSON for the browser; the API's JSON."""
import json

from core.answers import Answer, Citation, DirectAnswer
from evals.questions import load_question_set
from ui import feedback, session
from ui.api import api_answer

CITE = Citation(1, "2.istihdam", "İstihdam", "urge", "r.txt", 13, "en fazla 2 (iki) uzman", "2 URGE › İstihdam",
                text_en="at most 2 (two) experts", start=10, end=32)


def answer(question="URGE istihdam desteği?"):
    direct = DirectAnswer("urge", "lead", (CITE,), ("Destek", "Oran"), (("İstihdam", "% 50"),), 1)
    return Answer(question, "En fazla 2 uzman [1].", "tr", False, (CITE,), (), notice="", direct=direct)


def test_feedback_lines_become_a_question_set_kume_eval_reads(tmp_path):
    path = tmp_path / "store" / "feedback.jsonl"
    feedback.record(path, question="URGE istihdam desteği?", answer="…", lang="tr", liked=True,
                    sections=["2.istihdam"])
    feedback.record(path, question="peki süresi?", answer="…", lang="tr", liked=False, sections=["3.1"],
                    history=["URGE istihdam desteği?"], filters={"stage": "baslangic", "kind": ""})
    path.open("a", encoding="utf-8").write("not json\n")
    items = feedback.feedback_to_question_set(path)
    assert [i["kind"] for i in items] == ["liked", "disliked"]
    assert items[0]["sections"] == ["2.istihdam"] and items[1]["sections"] == []
    assert items[1]["disliked_sections"] == ["3.1"] and items[1]["filters"] == {"stage": "baslangic"}
    assert items[1]["history"] == [{"role": "user", "content": "URGE istihdam desteği?"}]
    out = tmp_path / "feedback-set.jsonl"
    out.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    questions, skipped = load_question_set(out)
    assert len(questions) == 2 and not skipped
    assert feedback.feedback_to_question_set(tmp_path / "none.jsonl") == []


def test_an_answer_survives_the_round_trip_through_browser_state():
    state = session.answer_to_state(answer(), {"stage": "baslangic", "province": ""})
    back = session.answer_from_state(json.loads(json.dumps(state)))
    assert back.citations == (CITE,) and back.direct.rows == (("İstihdam", "% 50"),)
    assert state["filters"] == {"stage": "baslangic"}
    conv = session.empty()
    for i in range(session.MAX_TURNS + 3):
        conv = session.add(conv, session.next_id(conv), f"q{i}", state)
    assert len(conv["turns"]) == session.MAX_TURNS and len(conv["asked"]) == session.MAX_TURNS
    assert session.by_id(conv, conv["turns"][-1]["id"])[0] is not None and session.by_id(conv, 1)[0] is None
    assert session.valid({"v": 0}) == session.empty()


def test_the_api_json_has_no_key_a_default_client_takes_for_a_file():
    data = api_answer(answer())
    expected = answer().to_dict()
    assert all("path" not in c for c in data["citations"])
    assert data["citations"][0]["section_path"] == "2 URGE › İstihdam"
    for c in expected["citations"]:
        c.pop("path")
        c.update(start=10, end=32)
    assert data == expected


def test_the_api_json_gives_each_citation_its_offsets_in_the_section_text():
    located = api_answer(answer())["citations"][0]
    assert (located["start"], located["end"]) == (10, 32)
    unlocated = Citation(2, "3.1", "SPRINT", "case_study", "r.txt", 20, "bir alıntı")
    data = api_answer(Answer("q", "a [1] [2].", "tr", False, (CITE, unlocated), ()))
    assert [(c["start"], c["end"]) for c in data["citations"]] == [(10, 32), (None, None)]
    assert json.loads(json.dumps(data))["citations"][1]["start"] is None  # null in the JSON, the key kept
