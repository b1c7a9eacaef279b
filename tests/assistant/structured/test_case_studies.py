"""Chapter 3's case studies by country, from their section titles (real corpus)."""
from __future__ import annotations

import pytest

from assistant.structured.case_studies import answer_case_countries, case_studies, countries_named
from tests.assistant.structured.computed_fixtures import full_knowledge, question


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


def ask(knowledge, text):
    return answer_case_countries(question(text), knowledge, knowledge.rendering)


def test_the_eight_titles_give_name_and_country(knowledge):
    cases = case_studies(knowledge.index.sections)
    assert [c.number for c in cases] == list(range(1, 9))
    assert [c.key for c in cases] == ["ca", "tr", "tr", "de", "ro", "fi", "tr", "au"]
    assert cases[3].name == "NanoBioNet" and cases[3].section_id == "3.4"


def test_suffixed_and_nationality_forms_name_the_country():
    assert countries_named("vaka calismalarindan hangisi kanada da") == ["ca"]
    assert countries_named("almanyadan bir ornek var mi") == ["de"]
    assert countries_named("how many of the examples are turkish") == ["tr"]


@pytest.mark.parametrize("text, sections", [
    ("Which good practice example is from Germany?", ["3.4"]),
    ("Vaka çalışmalarından hangisi Kanada'da?", ["3.1"]),
    ("How many of the examples are Turkish?", ["3.2", "3.3", "3.7"]),
])
def test_a_country_gets_its_case_studies(knowledge, text, sections):
    a = ask(knowledge, text)
    assert a is not None and [c.section_id for c in a.citations] == sections


def test_a_country_none_is_from_gets_the_countries_they_are_from(knowledge):
    a = ask(knowledge, "Which case study is about a cluster in Spain?")
    assert a.lead.startswith("None of the report's 8 case studies is from Spain") and "Germany (1)" in a.lead
    assert "Türkiye (3)" in ask(knowledge, "İyi uygulama örnekleri hangi ülkelerden?").lead


@pytest.mark.parametrize("text", ["Almanya'daki küme politikası nasıl?",           # no case-study word
                                  "Toronto kümesi ne tür faaliyetler yürütüyor?"])  # no country asked
def test_other_questions_are_not_this_table(knowledge, text):
    assert ask(knowledge, text) is None


@pytest.mark.parametrize("text, section", [("Vaka çalışmalarından hangisi Kanada'da?", "3.1"),
                                           ("Which case study is about a cluster in Spain?", "3")])
def test_the_records_overrule_a_refusal_of_the_country(knowledge, text, section):
    """service.RECORDS_ANSWER: the refusal stage would call these another country's affairs."""
    from assistant.service import Assistant

    class NoPassages:
        def retrieve(self, question, k, where=None):
            return []

    answer = Assistant(NoPassages(), knowledge=knowledge).ask(text)
    assert not answer.refused and section in [c.section_id for c in answer.citations]


@pytest.mark.parametrize("text", ["In the Canadian example, what share of firms sell less than 5 million USD a year?",
                                  "In the SPRINT (Romania) example, to whom was Dacia sold and in which year?"])
def test_a_case_named_by_its_country_to_ask_about_it_is_the_passages(knowledge, text):
    assert ask(knowledge, text) is None


def test_each_case_is_cited_with_its_opening_sentence(knowledge):
    a = ask(knowledge, "Which of the eight good-practice examples are from Turkey?")
    assert [c.section_id for c in a.citations] == ["3.2", "3.3", "3.7"] and "SASAD" in a.citations[1].text
    assert "(SASAD) [2]" in a.lead and "(OSTİM)" not in a.lead  # the name its opening sentence introduces
