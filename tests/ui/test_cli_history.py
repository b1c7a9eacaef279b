"""`kume ask --jsonl` reads a line's `history`, so follow-ups can be run in bulk like the eval sets."""
from ui.cli import _history


def test_history_takes_user_turns_in_either_form():
    assert _history(["Gaziantep'teki kümeler?", {"role": "user", "content": "Peki Konya'da?"}]) == [
        "Gaziantep'teki kümeler?", "Peki Konya'da?"]
    assert _history([{"role": "assistant", "content": "..."}, {"content": "soru"}]) == ["soru"]
    assert _history([]) == []


def test_malformed_history_is_refused_not_guessed():
    assert _history(5) is None and _history([3]) is None and _history([{"role": "user"}]) is None
