"""Who may apply to URGE, from the record of its cooperating organisations (assistant/structured/urge_orgs.py)."""
from __future__ import annotations

import pytest

from assistant.structured.urge_orgs import answer_orgs
from tests.assistant.structured.computed_fixtures import full_knowledge, question


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


def ask(knowledge, text):
    return answer_orgs(question(text), knowledge)


@pytest.mark.parametrize("text, item", [
    ("Can cooperatives apply for URGE?", "kooperatifleri"),                      # English through the rendering
    ("URGE'de Sektörel Dış Ticaret Şirketleri işbirliği kuruluşu sayılıyor mu?", "(SDŞ)"),
    ("Organize sanayi bölgeleri URGE'ye başvurabilir mi?", "Organize Sanayi Bölgeleri"),
    ("Is a technology development zone eligible for URGE support?", "Teknoloji Geliştirme Bölgeleri"),  # zone/zones
    ("Can a chamber of industry be a cooperating organisation under URGE?", "Sanayi Odaları"),
])
def test_the_organisation_named_is_found_in_the_list(knowledge, text, item):
    a = answer_orgs(question(text), knowledge)
    assert a is not None and a.kind == "urge" and a.count == 10
    assert item in a.lead.split("[1]")[0]  # named first, before the whole list
    assert a.citations[0].section_id == "2"


@pytest.mark.parametrize("text", ["who can apply for urge? can a single company apply on its own?",
                                  "URGE'ye kimler başvurabilir?"])
def test_who_may_apply_gets_the_list_and_a_firm_is_no_kind_of_organisation(knowledge, text):
    """APPLY_FRAME_STEMS: "company", "single", "kimler" are about applying; no item is claimed for them."""
    a = ask(knowledge, text)
    assert a is not None and a.count == 10 and not a.lead.startswith("«")


@pytest.mark.parametrize("text", ["Can a university apply for URGE?", "Üniversiteler URGE'ye başvurabilir mi?",
                                  "URGE eğitim programına başvurmak için son tarih nedir?",
                                  "Can cooperatives apply for export credit?"])
def test_an_organisation_not_listed_or_another_question_is_not_answered_from_the_list(knowledge, text):
    assert ask(knowledge, text) is None
