"""Hyphenated words the report prints are one word of its own (real corpus): RefusalStage.compounds."""
from __future__ import annotations

import pytest

from assistant.question.analysis import analyze
from assistant.refusal.stage import RefusalStage
from tests.assistant.structured.computed_fixtures import full_knowledge


@pytest.fixture(scope="module")
def stage():
    return RefusalStage(full_knowledge())


def test_compounds_of_everyday_words_only_are_left_out(stage):
    assert {"e-commerce", "co-opetition", "non-brop"} <= stage.compounds
    assert not {"long-term", "built-in"} & stage.compounds


@pytest.mark.parametrize("question, refused", [
    ("Is there anything about e-commerce in the plan?", False),   # the plan's "E-ticaret", rendered "e-commerce"
    ("What does the report say about co-opetition?", False),
    ("What is a well-known recipe for long-term storage of cheese?", True),
])
def test_a_hyphenated_word_the_report_prints_is_evidence(stage, question, refused):
    """"e-commerce" is not "e" + the everyday "commerce"; "long-term" is as everyday as its parts."""
    assert (stage.refuse(analyze(question)) is not None) == refused
