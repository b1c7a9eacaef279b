import pytest

from assistant.question.followup import is_followup, retrieval_text


@pytest.mark.parametrize("question", [
    "peki Konya'da?", "Bunlardan hangileri gıda sektöründe?", "Which of them are at the start stage?",
    "and which of them are in textiles?", "How many of its member organisations attended?",
    "Bu dernek envanterde hangi aşamada görünüyor?", "Onun ilk alt alanı?",
    "Hangileri olgunluk aşamasında?", "Kaçı gelişme aşamasında?",  # which / how many of the ones listed
])
def test_followups(question):
    assert is_followup(question)


@pytest.mark.parametrize("question", [
    "URGE eğitim ve danışmanlık desteğinin üst sınırı nedir?",
    "What actions apply to a start-stage textile cluster?",
    "Gaziantep ilindeki kümeler hangileri?",
])
def test_standalone_questions(question):
    assert not is_followup(question)


def test_retrieval_text_joins_previous_question_only_for_followups():
    history = ["Tell me about the SASAD good-practice example."]
    assert retrieval_text("How many of its members attended?", history).startswith("Tell me about the SASAD")
    assert retrieval_text("What is URGE?", history) == "What is URGE?"
    assert retrieval_text("peki Konya'da?", []) == "peki Konya'da?"


@pytest.mark.parametrize("question", ["Konya?", "Bursa mobilya?", "MOSDER"])
def test_a_bare_name_or_code_is_a_follow_up(question):
    """A question of one or two words has no frame of its own: it is read with the turn before it."""
    assert is_followup(question)
    assert retrieval_text(question, ["Gaziantep'teki kümeler hangileri?"]).startswith("Gaziantep")
