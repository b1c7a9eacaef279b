"""Several users of `kume serve` at once, and bulk `kume ask --jsonl`, on the real store.

The small CI version of `scripts/load_test.py` (whose helpers it uses): loopback only, every loop
bounded in count and time. No timing assertions, machines are noisy; the numbers are printed
(`pytest -s` shows them).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
CLIENTS = 8
PER_CLIENT = 40
JSONL_QUESTIONS = 200


def _load_script():
    spec = importlib.util.spec_from_file_location("kume_load_test", REPO / "scripts" / "load_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


lt = _load_script()


@pytest.fixture(scope="module")
def questions() -> list[str]:
    """40 distinct questions spread over both eval sets (Turkish and English, every category)."""
    distinct = list(dict.fromkeys(lt.load_questions()))
    picked = distinct[::5][:PER_CLIENT]
    assert len(picked) == PER_CLIENT
    return picked


@pytest.fixture(scope="module")
def server(real_settings):
    with lt.Server(real_settings.store_dir, real_settings.corpus_dir, ready_timeout_s=180) as running:
        print(f"\nkume serve at {running.url}, answering after {running.startup_s:.1f} s")
        yield running


def test_concurrent_api_answers_are_complete_and_match_single_user(server, questions):
    single = lt.ask_sequential(server.url, questions, time_limit_s=120, request_timeout_s=60)
    assert not single.errors, single.errors[:3]
    assert len(single.answered) == len(questions)
    baseline = {o.question: lt.signature(o.answer) for o in single.answered}

    # every client asks all 40, each starting at a different place, so the same question is often in flight twice
    per_client = [questions[i * 5:] + questions[:i * 5] for i in range(CLIENTS)]
    run = lt.ask_concurrently(server.url, per_client, time_limit_s=150, request_timeout_s=60)
    same, differ = lt.compare(run.outcomes, baseline)
    print(f"\nsingle user: {len(single.answered)} answers, p50 {lt.ms(lt.percentile(single.latencies, 50))}; "
          f"{CLIENTS} clients x {PER_CLIENT}: {len(run.answered)} answered, {len(run.errors)} errors, "
          f"{run.unfinished} not asked, {same} identical; p50 {lt.ms(lt.percentile(run.latencies, 50))}, "
          f"p95 {lt.ms(lt.percentile(run.latencies, 95))}, {run.throughput:.1f} q/s")

    assert run.unfinished == 0
    assert not run.errors, run.errors[:3]
    assert len(run.answered) == CLIENTS * PER_CLIENT
    assert not differ, f"answers changed under load: {differ[:3]}"
    assert same == CLIENTS * PER_CLIENT


def test_jsonl_answers_every_line(real_settings):
    asked = lt.cycled(lt.load_questions(), JSONL_QUESTIONS)
    run = lt.ask_jsonl(real_settings.store_dir, asked, corpus=real_settings.corpus_dir, time_limit_s=150)
    print(f"\nkume ask --jsonl: {len(run.answered)}/{run.asked} answered, {len(run.errors)} errors, "
          f"{run.wall_s:.1f} s, {run.throughput:.1f} q/s ({run.steady_throughput:.1f} q/s after the first answer)")

    assert not run.timed_out
    assert run.returncode == 0, run.stderr_tail
    assert not run.errors, run.errors[:3]
    assert len(run.answered) == JSONL_QUESTIONS
    assert [line["line"] for line in run.lines] == list(range(1, JSONL_QUESTIONS + 1))
    assert [line["question"] for line in run.lines] == asked
