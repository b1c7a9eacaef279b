"""Regenerating the last answer: the conversation before it, its question and filters kept."""
from ui import session


def conversation():
    conv = session.add(session.empty(), 1, "İlk soru?", {"question": "İlk soru?", "answer": "A1",
                                                         "filters": {"stage": "olgun"}})
    return session.add(conv, 2, "İkinci soru?", {"question": "İkinci soru?", "answer": "A2", "filters": {}})


def test_without_last_drops_the_last_turn_its_messages_and_its_question_from_the_history():
    before = session.without_last(conversation())
    assert [t["question"] for t in before["turns"]] == ["İlk soru?"] and before["asked"] == ["İlk soru?"]
    assert [t["id"] for t in before["turns"]] == [1] and before["seq"] == 2  # new turns get new ids
    assert session.next_id(before) == 3
    assert session.without_last(session.empty()) == session.empty()


def test_a_failed_turn_keeps_its_question_and_filters_to_be_asked_again():
    conv = session.add(session.empty(), 1, "Soru?", None, {"province": "Adana", "stage": ""}, error="hata")
    last = conv["turns"][-1]
    assert last["answer"] is None and last["question"] == "Soru?" and last["filters"] == {"province": "Adana"}
    assert last["error"] == "hata"
    assert conv["asked"] == [] and session.without_last(conv)["asked"] == []
