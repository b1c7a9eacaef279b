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
