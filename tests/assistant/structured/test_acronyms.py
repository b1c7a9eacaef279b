"""Abbreviations read from where the report introduces them (inline truth, then the real corpus)."""
from __future__ import annotations

import pytest

from assistant.structured.acronyms import answer_acronym, english_long_form, long_form
from tests.assistant.structured.computed_fixtures import full_knowledge, question


@pytest.mark.parametrize("before, short, expected", [
    ("… Kümelenme Projesi ile Bölgesel Rekabet Edebilirlik Operasyonel Programı ", "BROP",
     "Bölgesel Rekabet Edebilirlik Operasyonel Programı"),
    ("üyeleri arasında Bilişim ve İletişim Teknolojileri ", "BİT", "Bilişim ve İletişim Teknolojileri"),
    ("Romanya Araba İmalatçıları Derneği ", "ACAROM", ""),    # a foreign acronym after a Turkish name
    ("bu kapsamda yapılan çalışmalar ", "ABC", ""),
])
def test_long_form(before, short, expected):
    assert long_form(before, short) == expected


def test_english_long_form_is_the_capitalised_run():
    assert english_long_form("the Communiqué on Supporting the Development of International Competitiveness ") == \
        "Communiqué on Supporting the Development of International Competitiveness"


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


@pytest.mark.parametrize("text, expected, section", [
    ("BROP nedir?", "BROP: Bölgesel Rekabet Edebilirlik Operasyonel Programı [1]", "1.1"),
    ("What is BROP?", "BROP: Regional Competitiveness Operational Programme (Bölgesel Rekabet Edebilirlik "
                      "Operasyonel Programı) [1]", "1.1"),
    ("SDŞ ne demek?", "SDŞ: Sektörel Dış Ticaret Şirketleri [1]", "2"),
])
def test_what_an_abbreviation_stands_for(knowledge, text, expected, section):
    a = answer_acronym(question(text), knowledge)
    assert a is not None and a.lead == expected and a.citations[0].section_id == section


@pytest.mark.parametrize("text", ["BROP'ta kaç küme var?", "BROP illerindeki kümeler nedir?", "Kümelenme nedir?"])
def test_other_questions_about_it_are_not_its_definition(knowledge, text):
    assert answer_acronym(question(text), knowledge) is None
