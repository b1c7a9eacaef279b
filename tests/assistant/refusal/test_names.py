"""Name tokens: capitalised words and acronyms of a question, grouped into name phrases."""
from assistant.refusal.names import _name_tokens


def test_first_word_counts_as_a_name_only_when_it_is_not_an_everyday_word_or_is_suffixed():
    assert [t.initial for t in _name_tokens("Hangi kümeler Gaziantep'te?", "tr")] == [True, False]
    assert _name_tokens("Gaziantep'in nüfusu?", "tr")[0][:3] == ("Gaziantep", "gaziantep", False)
    assert [t[:3] for t in _name_tokens("Eskişehir-Bilecik Seramik", "tr")] == [
        ("Eskişehir", "eskisehir", True), ("Bilecik", "bilecik", True), ("Seramik", "seramik", False)]


def test_name_phrases_run_over_connectors_and_break_at_lowercase_words():
    tokens = _name_tokens("Is the Toronto Food and Beverage Cluster in the EU Horizon list?", "en")
    phrases = {}
    for t in tokens:
        phrases.setdefault(t.phrase, []).append(t.raw)
    assert list(phrases.values()) == [["Is"], ["Toronto", "Food", "Beverage", "Cluster"], ["EU", "Horizon"]]
