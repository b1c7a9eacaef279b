"""The browser keeps the conversation's turns as data; the chat's HTML is rendered from them when shown."""
import json

from core.answers import Answer, Citation, DirectAnswer
from ui import citations, session
from ui.chat_tab import chat_messages, filters_note

CITE = Citation(1, "2.istihdam", "İstihdam", "urge", "r.txt", 13, "en fazla 2 (iki) uzman", "2 URGE › İstihdam",
                text_en="at most 2 (two) experts", start=10, end=32)
ROW_CITE = Citation(2, "EK2.148", "Adana Mobilya", "inventory", "r.txt", 90, "148 Adana Mobilya Kümesi")


def urge_answer():
    direct = DirectAnswer("urge", "lead", (CITE,), ("Destek", "Oran"), (("İstihdam", "% 50"),), 1)
    return Answer("URGE istihdam desteği?", "En fazla 2 uzman [1].", "tr", False, (CITE,), (), notice="not",
                  direct=direct)


def passage_answer():
    return Answer("Which clusters?", "«Adana Mobilya» [1] [2]", "en", False, (CITE, ROW_CITE), ())


def conversation():
    conv = session.add(session.empty(), 1, "URGE istihdam desteği?",
                       session.answer_to_state(urge_answer(), {"stage": "baslangic"}))
    conv = session.add(conv, 2, "Soru?", None, {"province": "Adana"}, error="Bilgi deposu hazırlanıyor")
    return session.add(conv, 3, "Which clusters?", session.answer_to_state(passage_answer()))


def test_the_stored_conversation_holds_no_html():
    stored = json.dumps(conversation(), ensure_ascii=False)
    assert "chat" not in conversation() and "<div" not in stored and "kume-cite" not in stored
    assert json.loads(stored)["turns"][0]["citations"][0]["start"] == 10  # citations as plain data


def test_messages_rendered_from_the_turns_are_the_ones_drawn_when_each_was_answered():
    """The same HTML the page drew when the answer came (run: message_html of the live Answer)."""
    chat = chat_messages(json.loads(json.dumps(conversation())), "tr")
    assert [m["role"] for m in chat] == ["user", "assistant"] * 3
    assert chat[0]["content"] == citations.user_html("URGE istihdam desteği?")
    assert chat[1]["content"] == citations.message_html(urge_answer(), 1, "tr",
                                                        filters_note({"stage": "baslangic"}, "tr"))
    assert chat[3]["content"] == citations.error_html("Bilgi deposu hazırlanıyor")
    assert chat[5]["content"] == citations.message_html(passage_answer(), 3, "tr")
    assert 'href="#kume-cite-3-2"' in chat[5]["content"]  # links name the turn id, not its position


def test_a_version_1_conversation_is_kept_without_its_messages():
    v1 = {"v": 1, "seq": 2, "chat": ["<div>u</div>", "<div>b</div>"], "asked": ["q"],
          "turns": [{**session.answer_to_state(urge_answer()), "id": 2}]}
    conv = session.valid(v1)
    assert conv == {"v": session.VERSION, "seq": 2, "asked": ["q"], "turns": v1["turns"]}
    assert session.next_id(conv) == 3 and len(chat_messages(conv, "en")) == 2
    assert session.valid({"v": 3, "asked": [], "turns": []}) == session.empty()


def test_a_failed_turn_from_version_1_shows_a_line_of_its_own():
    v1 = {"v": 1, "seq": 1, "chat": ["u", "b"], "asked": [],
          "turns": [{"answer": None, "question": "Soru?", "filters": {}, "id": 1}]}
    assert "try again" in chat_messages(v1, "en")[1]["content"]


def test_trimming_keeps_the_history_aligned_with_the_answered_turns_left():
    conv = session.add(session.empty(), 1, "failed", None)
    for i in range(2, session.MAX_TURNS + 2):
        conv = session.add(conv, i, f"q{i}", {"question": f"q{i}", "answer": "a", "citations": []})
    assert len(conv["turns"]) == session.MAX_TURNS and conv["turns"][0]["id"] == 2
    assert conv["asked"] == [f"q{i}" for i in range(2, session.MAX_TURNS + 2)]  # the failed turn took no entry
