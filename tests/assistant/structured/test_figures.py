"""Counts computed from the survey's figures (assistant/structured/figures.py), on the real report."""
from __future__ import annotations

import pytest

from assistant.structured.figures import answer_figure
from tests.assistant.structured.computed_fixtures import full_knowledge, question


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


def ask(knowledge, text):
    return answer_figure(question(text), knowledge)


@pytest.mark.parametrize("text, count", [
    ("356 kümenin yaklaşık kaç tanesi tarım-gıda sektöründe?", 89),       # 356 × %25
    ("About how many of the 35 clusters have done a SWOT analysis?", 23),  # glossary: SWOT → GZTF; 35 × 65%
    ("35 kümeden kaçı GZTF analizi yapmış?", 23),                          # "kaçı" is a count (ANSWER_KINDS)
    ("35 kümenin kaçının tam zamanlı küme koordinatörü var?", 14),
])
def test_a_share_of_a_stated_base_is_a_count(knowledge, text, count):
    a = ask(knowledge, text)
    assert a is not None and a.count == count and "×" in a.lead


@pytest.mark.parametrize("text, count", [
    ("Başlangıç aşamasındaki kümelerin kaçında firmalar henüz kümeye entegre edilmemiş?", 5),  # 18 − 13
    ("Başlangıç aşamasındaki 18 kümeden kaçı temel analizleri yapmamış?", 4),                   # 18 − 14
])
def test_a_negated_question_counts_the_rest_of_the_base(knowledge, text, count):
    """NEGATION_CUE: "edilmemiş", "yapmamış" ask for the clusters that did not."""
    a = ask(knowledge, text)
    assert a is not None and a.count == count and "−" in a.lead and a.citations[0].section_id == "4.2.E"


@pytest.mark.parametrize("text", ["Kaç küme tarım-gıda sektöründe?",  # no base stated: the inventory's rows
                                  "Tekstil sektörünün payı nedir?",   # a share, not a count
                                  "Başlangıç aşamasındaki kümelerin kaçı temel analizleri gerçekleştirmiş?"])
def test_no_computation_without_a_stated_base_or_for_what_is_printed(knowledge, text):
    assert ask(knowledge, text) is None


def test_a_share_of_another_base_is_not_computed(knowledge):
    """"%18 of the BROP clusters are in traditional sectors" has no base of 35 and counts traditional
    sectors: "How many of the 35 clusters are in BROP regions?" is not 35 × 18%."""
    assert ask(knowledge, "How many of the 35 clusters are in BROP regions?") is None
