"""The action plan's tree counted, listed and walked (assistant/structured/plan.py), on the real report."""
from __future__ import annotations

import pytest

from assistant.structured.plan import plan_codes, plan_target
from tests.assistant.structured.computed_fixtures import full_knowledge, question, routed


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


def test_an_area_that_is_only_a_heading_is_known_by_its_children(knowledge):
    codes = plan_codes(knowledge.index.sections)
    assert "ORA1" not in knowledge.index.sections and codes["ORA1"] == "Küme Yönetimi"
    assert sum(1 for c in codes if c.count(".") == 3) == 71


@pytest.mark.parametrize("text, count", [("Eylem planında toplam kaç eylem öneriliyor?", 71),
                                         ("How many measures does the action plan have?", 27),
                                         ("ORA3'te kaç eylem var?", 14),
                                         ("İnovasyon alanında kaç tedbir var?", 7)])
def test_counts_over_the_tree(knowledge, text, count):
    """PLAN_NAME_CUE: "eylem planı" names the plan, so the level counted is the one after "kaç"."""
    a = routed(knowledge, text)
    assert a is not None and a.kind == "plan" and a.count == count
    assert f"= {count}" in a.lead  # the breakdown's sum is shown


def test_the_areas_are_listed(knowledge):
    a = routed(knowledge, "Ortak rekabet alanları hangileri?")
    assert a.kind == "plan" and a.count == 4 and "ORA1 Küme Yönetimi" in a.lead and "ORA4" in a.lead


def test_english_titles_keep_the_reports_own(knowledge):
    a = routed(knowledge, "Which sub-areas make up ORA4?")
    assert "Entry into New Markets (Yeni Pazarlara Giriş)" in a.lead


def test_ordinals_walk_the_tree_from_the_earlier_turn(knowledge):
    """PLAN_ORDINALS: "ilk alt alanındaki ilk tedbir" of ORA1 (named in the earlier turn) is ORA1.AA1.T1."""
    target = plan_target(question("Onun ilk alt alanındaki ilk tedbirde hangi eylemler var?",
                                  "ORA1 hangi ortak rekabet alanı?"), knowledge)
    assert target.node == "ORA1.AA1.T1" and target.level == "action"
    a = routed(knowledge, "ORA2'nin ikinci alt alanı nedir?")
    assert a.kind == "code" and a.citations[0].section_id == "ORA2.AA2"


@pytest.mark.parametrize("text", ["Which actions support exports?",
                                  "Eylem planında 7. Çerçeve Programı hangi tedbirde anılıyor?",
                                  "Başlangıç aşamasındaki kümelere hangi eylemler öneriliyor?"])
def test_questions_about_the_plans_content_are_not_the_trees(knowledge, text):
    """Topic words (exports, a programme's name) or a cluster's profile: not a question about the tree alone."""
    assert plan_target(question(text), knowledge) is None


def test_an_area_with_no_section_of_its_own_is_listed_from_its_children(knowledge):
    a = routed(knowledge, "ORA1 hangi alt alanlardan oluşuyor?")
    assert a is not None and a.kind == "plan" and a.count == 5 and "ORA1.AA5" in a.lead
