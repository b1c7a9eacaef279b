"""The interface language frames the answer only to a question that shows no language of its own."""
import pytest

from assistant.question.analysis import analyze
from assistant.question.language import detect_language


@pytest.mark.parametrize("text", ["ORA1.AA1.T1.E6", "URGE", "MOSDER?", "250.000 USD", "ODTÜ Teknokent", "SPRINT"])
def test_a_code_a_name_or_numbers_take_the_interface_language(text):
    assert detect_language(text, "en") == "en"
    assert detect_language(text, "tr") == "tr"
    assert detect_language(text) == "tr"  # no hint: Turkish, the report's language, as before


@pytest.mark.parametrize("text, lang", [
    ("URGE eğitim desteğinin üst sınırı nedir?", "tr"),
    ("Gaziantep'teki kümeler?", "tr"),
    ("Ankara'da?", "tr"),  # a Turkish suffix decides
    ("Bursa mobilya kümesi ihracat", "tr"),  # Turkish letters in a longer text
    ("What is URGE?", "en"),
    ("Which clusters are in Gaziantep?", "en"),
])
def test_a_question_that_shows_its_language_keeps_it(text, lang):
    assert detect_language(text, "en") == detect_language(text, "tr") == lang


def test_analyze_passes_the_hint_on():
    assert analyze("ORA1.AA1.T1.E6", (), "en").lang == "en"
    assert analyze("ORA1.AA1.T1.E6").lang == "tr"


@pytest.mark.parametrize("follow_up", ["ORA1.AA1.T1.E6", "Bursa?", "MOSDER", "2.istihdam"])
def test_a_follow_up_without_a_language_takes_the_conversations_before_the_interface(follow_up):
    """The earlier user turns come before the interface language: an English conversation stays English
    in a Turkish interface, and the other way round."""
    english = ["Which clusters are in Gaziantep?"]
    turkish = ["Gaziantep'teki kümeler hangileri?"]
    assert analyze(follow_up, english, "tr").lang == "en"
    assert analyze(follow_up, turkish, "en").lang == "tr"
    assert detect_language(follow_up, "tr", english) == "en"


def test_the_latest_turn_with_a_language_decides():
    history = ["Gaziantep'teki kümeler hangileri?", "What about Konya?", "URGE"]  # "URGE" shows none
    assert detect_language("ORA2", "tr", history) == "en"
    assert detect_language("ORA2", "en", ["URGE", "MOSDER"]) == "en"  # no turn shows one: the interface
    assert detect_language("Which clusters are in Bursa?", "tr", ["Gaziantep'teki kümeler?"]) == "en"  # own first


@pytest.mark.parametrize("text", ["kume destegi nedir", "hangi kumeler var"])
def test_turkish_typed_without_its_letters_keeps_turkish_in_an_english_interface(text):
    """LANGUAGE_WORDS_TR: Turkish function words show the language where no Turkish letter does."""
    assert detect_language(text, "en") == "tr"
