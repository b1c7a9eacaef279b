"""The router's inventory lines on the real report: name lookup, aggregates and follow-ups reach the inventory."""
from __future__ import annotations

import pytest

from tests.assistant.structured.computed_fixtures import full_knowledge, routed


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


def answer(knowledge, text, *history):
    return routed(knowledge, text, *history)


def cited(a):
    return [c.section_id for c in a.citations]


@pytest.mark.parametrize("text, sections", [
    ("Fındıkla ilgili kümeler var mı?", ["EK2.167"]), ("Is there a hazelnut cluster?", ["EK2.167"]),
    ("Which clusters make knives?", ["EK2.119", "EK2.301"]),
    ("Kuyumcularla ilgili kaç küme var?", ["EK2.129", "EK2.247", "EK2.281", "EK2.329"]),
])
def test_names_reach_their_rows(knowledge, text, sections):
    a = answer(knowledge, text)
    assert a is not None and a.kind == "inventory" and cited(a) == sections


def test_the_map_is_the_inventory(knowledge):
    a = answer(knowledge, "Haritadaki kümelerin yüzde kaçı fikir aşamasında?")  # "Harita" names no row
    assert a.kind == "inventory" and cited(a) == ["EK2"] and "321 / 356 = %90,2" in a.lead
    assert "356 kayıt" in a.citations[0].text  # the annex quoted by its own totals line


def test_totals_and_follow_ups(knowledge):
    total = answer(knowledge, "Envanterde toplam kaç küme var?")
    assert total.count == 356 and cited(total) == ["EK2"]
    peanuts = answer(knowledge, "And which of those is about peanuts?", "Which clusters are listed for Osmaniye?")
    assert cited(peanuts) == ["EK2.300"]
    food = answer(knowledge, "Bunlardan hangileri gıda sektöründe?", "Gaziantep'teki kümeler hangileri?")
    assert cited(food) == ["EK2.151", "EK2.152", "EK2.153", "EK2.154"]


@pytest.mark.parametrize("text", [
    "Is there a spaceship cluster?",  # no gloss holds the word: not an inventory question
    "Toronto Gıda ve İçecek Kümesi'nin kaç üyesi var?",
])
def test_words_no_row_holds_stay_with_the_passages(knowledge, text):
    a = answer(knowledge, text)
    assert a is None or a.kind != "inventory"


@pytest.mark.parametrize("text, count", [("How many clusters are at the mature stage?", 3),
                                         ("Gelişme aşamasında kaç küme var?", 14)])
def test_a_stage_count_cites_the_reports_own_sentence_first(knowledge, text, count):
    """report_count: the summary's "18 tanesi başlangıç, 14 tanesi gelişen, 3 tanesi de olgunluk" is cited
    before the rows when they give the same number."""
    a = answer(knowledge, text)
    assert a.kind == "inventory" and a.citations[0].section_id == "yonetici-ozeti"
    assert [c.section_id.startswith("EK2.") for c in a.citations[1:]] == [True] * count


def test_a_count_with_more_filters_than_a_stage_cites_only_rows(knowledge):
    a = answer(knowledge, "Konya'da başlangıç aşamasında kaç küme var?")
    assert all(c.section_id.startswith("EK2.") for c in a.citations)
