"""The page's non-Gradio parts: question sets for the evaluation tab and answers as a stream."""
import json
import time

import pytest

from core.answers import Answer
from assistant.service import QuestionError
from ui import runtime
from ui.runtime import SetError, answer_stream, load_set

GOOD = {"id": "urge-01-tr", "lang": "tr", "category": "urge", "question": "URGE nedir?", "sections": ["2"],
        "facts": [], "refuse": False}


def write_set(path, n=1, extra=""):
    lines = [json.dumps({**GOOD, "id": f"urge-{i:02d}-tr"}, ensure_ascii=False) for i in range(n)]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return str(path)


def error_key(*args):
    with pytest.raises(SetError) as caught:
        load_set(*args)
    return caught.value.key


def test_an_uploaded_jsonl_set_loads_with_its_skipped_lines(tmp_path):
    questions, skipped, name = load_set(write_set(tmp_path / "mine.jsonl", 3, "not json\n"), "", 0)
    assert [q.id for q in questions] == ["urge-00-tr", "urge-01-tr", "urge-02-tr"]
    assert name == "mine.jsonl" and len(skipped) == 1 and skipped[0].line == 4


def test_uploads_must_be_small_jsonl_files(tmp_path):
    assert error_key(write_set(tmp_path / "set.txt"), "", 0) == "eval_bad_type"
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * (runtime.MAX_SET_BYTES + 1))
    assert error_key(str(big), "", 0) == "eval_too_big"
    assert error_key(write_set(tmp_path / "empty.jsonl", 0, "{}\n"), "", 0) == "eval_empty"


def test_bundled_sets_are_picked_by_name_only():
    questions, _, name = load_set(None, "dev.jsonl", 5)
    assert name == "evals/sets/dev.jsonl" and len(questions) == 5
    for bad in ("../../pyproject.toml", "/etc/passwd", "nope.jsonl", ""):
        assert error_key(None, bad, 0) == "eval_no_set"


def test_a_set_above_the_question_cap_needs_a_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(runtime, "MAX_EVAL_QUESTIONS", 2)
    path = write_set(tmp_path / "three.jsonl", 3)
    with pytest.raises(SetError) as caught:
        load_set(path, "", 0)
    assert caught.value.values == {"n": 3, "max": 2}
    assert len(load_set(path, "", 2)[0]) == 2


def answer(text="Yanıt: giderlerin % 75'i [1]. " * 6):
    return Answer("soru", text, "tr", False, (), ())


class Whole:
    """An assistant whose answer arrives whole (no language model)."""

    def ask(self, question, k=None, *, history=(), filters=None):
        if not question.strip():
            raise QuestionError("empty question")
        self.history = history
        return answer()


class Streaming(Whole):
    def ask(self, question, k=None, *, history=(), filters=None, stream_to=None):
        for piece in ("Bir", " iki", " üç"):
            stream_to(piece)
        return answer("Bir iki üç [1].")


def test_a_whole_answer_is_shown_at_once_without_a_fake_reveal():
    assistant = Whole()
    started = time.perf_counter()
    steps = list(answer_stream(assistant, "soru", ["önceki soru"], None))
    assert steps == [("answer", answer())]
    assert time.perf_counter() - started < 0.2
    assert assistant.history == ["önceki soru"]


def test_model_tokens_stream_as_they_come_then_the_verified_answer():
    steps = list(answer_stream(Streaming(), "soru", [], None))
    assert steps == [("piece", "Bir"), ("piece", "Bir iki"), ("piece", "Bir iki üç"),
                     ("answer", answer("Bir iki üç [1]."))]


def test_question_errors_reach_the_caller():
    with pytest.raises(QuestionError):
        list(answer_stream(Whole(), " ", [], None))


CLEANUP_SCRIPT = """
import sys, time
from ui.runtime import Runtime
from ui.web import _stop_on_sigterm

class A:
    max_question_chars = 2000
runtime = Runtime(A())
path = runtime.temp_file("kume-tablo", ".csv", "a;b")
_stop_on_sigterm(None, runtime)
try:  # printed with the handler in place and inside the try: a loaded machine once signalled in between
    print(path, flush=True)
    while True:
        time.sleep(0.1)
except KeyboardInterrupt:
    sys.exit(0)
"""


def test_temporary_files_are_removed_when_the_server_is_stopped(tmp_path):
    import signal
    import subprocess
    import sys
    from pathlib import Path

    process = subprocess.Popen([sys.executable, "-c", CLEANUP_SCRIPT], stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parents[2])
    csv_path = Path(process.stdout.readline().strip())
    assert csv_path.exists() and csv_path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 0
    assert not csv_path.exists() and not csv_path.parent.exists()


class Hinted(Whole):
    def ask(self, question, k=None, *, history=(), filters=None, lang_hint=None):
        self.hint = lang_hint
        return answer()


def test_the_interface_language_goes_to_ask_as_its_language_hint():
    assistant = Hinted()
    list(answer_stream(assistant, "ORA1.AA1.T1.E6", [], None, "en"))
    assert assistant.hint == "en"
    list(answer_stream(Whole(), "soru", [], None, "en"))  # an assistant without the parameter still answers


def test_the_question_is_asked_when_the_stream_is_made_and_a_slow_answer_shows_pending_first():
    class Slow(Whole):
        def ask(self, question, k=None, *, history=(), filters=None):
            self.asked_at = time.perf_counter()
            time.sleep(0.15)
            return answer()

    assistant = Slow()
    made = time.perf_counter()
    stream = answer_stream(assistant, "soru", [], None, patience=0.05)
    deadline = made + 2
    while not hasattr(assistant, "asked_at") and time.perf_counter() < deadline:
        time.sleep(0.005)
    assert hasattr(assistant, "asked_at")  # asked before the stream is iterated: before anything is drawn
    assert list(stream) == [("pending", ""), ("answer", answer())]
