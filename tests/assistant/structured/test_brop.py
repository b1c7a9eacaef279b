"""BROP membership and the BROP province list, from corpus/brop-provinces.tsv (said to be outside knowledge)."""
from __future__ import annotations

import pytest

from assistant.structured.brop import answer_brop
from tests.assistant.structured.computed_fixtures import full_knowledge, question, routed


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


def test_the_table_keeps_regions_in_order_and_its_note(knowledge):
    regions = knowledge.brop.regions
    assert len(regions) == 43 and len({code for code, _ in regions}) == 12 and regions[0] == ("TR63", "Hatay")
    assert knowledge.brop.note.startswith("BROP (Bölgesel Rekabet Edebilirlik")


@pytest.mark.parametrize("text, lead", [("Van BROP kapsamında mı?", "Van BROP illerinden [1]."),
                                        ("Is Konya a BROP province?", "Konya is not a BROP province [1].")])
def test_membership_is_answered_and_said_to_be_outside_knowledge(knowledge, text, lead):
    a = answer_brop(question(text), knowledge)
    assert a.lead.splitlines()[0] == lead and "brop-provinces.tsv" in a.lead
    assert a.citations[0].section_id == "1.1"  # the sentence that introduces BROP


def test_the_list_of_provinces(knowledge):
    a = answer_brop(question("Which provinces are in the BROP region?"), knowledge)
    assert a.count == 43 and "TR63 Hatay, Kahramanmaraş, Osmaniye" in a.lead


@pytest.mark.parametrize("text", ["BROP bölgesinde kaç küme var?", "Van'daki BROP kümeleri hangileri?",
                                  "BROP illerindeki gıda kümeleri hangileri?"])
def test_clusters_in_brop_provinces_stay_the_inventorys(knowledge, text):
    assert answer_brop(question(text), knowledge) is None
    assert routed(knowledge, text).kind == "inventory"


@pytest.mark.parametrize("text", ["Which actions encourage cooperation between BROP and non-BROP regions?",
                                  "We're a chamber of commerce in a BROP province. Are chambers allowed to run URGE "
                                  "projects for their members?",
                                  "How many inventory entries are outside the BROP provinces?"])
def test_provinces_mentioned_but_not_asked_for_are_not_the_list(knowledge, text):
    assert answer_brop(question(text), knowledge) is None
