import pytest

from assistant.question.language import detect_language


@pytest.mark.parametrize("text, lang", [
    ("URGE eğitim desteğinin üst sınırı nedir?", "tr"),
    ("kume destegi nedir", "tr"),
    ("What actions apply to a start-stage textile cluster?", "en"),
    ("How much does URGE pay for consultancy?", "en"),
    ("Gaziantep'teki kümeler?", "tr"),
    ("ORA1.AA1.T1.E6", "tr"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text, lang", [
    # no function word of either language: the everyday-word lists decide
    ("Did OKA send more survey forms than BEBKA?", "en"),
    ("Explain measure ORA4.AA2.T2", "en"),
    ("Kümelenme destekleri hangileri", "tr"),
    ("Başvuru koşulları neler", "tr"),
])
def test_everyday_words_decide_when_no_function_word_does(text, lang):
    assert detect_language(text) == lang


def test_a_single_everyday_word_or_nonsense_still_shows_no_language():
    # one word is too little to overrule the conversation or the interface language
    assert detect_language("Explain ORA1", hint="tr") == "tr"
    assert detect_language("hjkl zzzz mmmm", hint="en") == "en"
