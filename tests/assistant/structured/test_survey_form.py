"""The EK 1 survey form's numbered items as records (assistant/structured/survey_form.py), on the real report."""
from __future__ import annotations

import pytest

from assistant.structured.survey_form import answer_form, form_items
from tests.assistant.structured.computed_fixtures import full_knowledge, question


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


def test_the_fifteen_items_are_read_in_order(knowledge):
    """Item n starts where "n." opens a line: "1, 2 ve 3 olarak puanlayın" inside item 7 is no item."""
    items = form_items(knowledge.index.section_text("EK1"))
    assert [i.number for i in items] == list(range(1, 16))
    assert items[11].title == "Kümenin Kurumsal Yapısı" and "1, 2 ve 3" in items[6].text


@pytest.mark.parametrize("text, number, fact", [
    ("Anketin 7. sorusunda kümeler önceliklerini nasıl puanlıyor?", 7, "1, 2 ve 3"),            # FORM_NUMBER_CUE
    ("Anket formunda kümenin kurumsal yapısı için hangi seçenekler var?", 12, "Birlik/Dernek"),  # by its title
    ("Anket formunda kümenin finansmanı için hangi seçenekler sunuluyor?", 14, "Kalkınma Ajansından"),
    ("What does question 12 of the survey form ask?", 12, "Umbrella"),                          # English rendering
    ("Anket formunda küme çalışanları nasıl soruluyor?", 13, "Tam zamanlı"),  # one title word, the cluster named
])
def test_an_item_is_asked_by_number_or_by_its_title(knowledge, text, number, fact):
    a = answer_form(question(text), knowledge)
    assert a is not None and f"{number}" in a.lead.split("«")[0] and fact in a.lead
    assert a.citations[0].section_id == "EK1"


@pytest.mark.parametrize("text", ["Ankete kaç küme cevap verdi?",                 # the survey, not its form
                                  "Anket sonuçlarına göre kümelerin finansmanı nasıl?",  # its results (4.2)
                                  # "Küme Çalışanları" shares one word with it, and the question is about firms
                                  "Anket formunda büyük ölçekli firma kaç çalışanla tanımlanıyor?"])
def test_the_surveys_results_are_not_the_forms(knowledge, text):
    assert answer_form(question(text), knowledge) is None


@pytest.mark.parametrize("text, number", [
    ("On the survey form, how are you supposed to count a cluster's age?", 6),  # in item 6's notes, English side
    ("Anket formunda kümelenmenin yaşı nasıl hesaplanıyor?", 6),
    ("What does the survey form ask about the cluster's financing?", 14),        # its title weighs double
])
def test_an_item_found_by_the_words_of_its_text(knowledge, text, number):
    a = answer_form(question(text), knowledge)
    assert a is not None and f"{number}." in a.lead


def test_an_english_answer_gives_the_items_english_title(knowledge):
    a = answer_form(question("On the survey form, how are you supposed to count a cluster's age?"), knowledge)
    assert "Stage reached in the clustering process (Kümelenme sürecinde gelinen aşama)" in a.lead
