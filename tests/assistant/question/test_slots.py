"""Slot rules of assistant/question/slots.py that no structured test exercises; each case fails with its rule
switched off (docs/rule-audit.md)."""
import pytest

from assistant.question.slots import extract_slots

ALL_BUT_IDEA = ("baslangic", "gelisen", "olgun")


@pytest.mark.parametrize("text", ["Fikir aşaması dışındaki kümeler hangileri?", "Fikir aşaması hariç kümeler",
                                  "clusters other than the idea stage", "every stage except the idea stage"])
def test_a_stage_excepted_leaves_the_others(text):
    """STAGE_EXCEPT_TR after the stage word (Turkish), "other than" / "except" before it (English)."""
    assert extract_slots(text).stages == ALL_BUT_IDEA


@pytest.mark.parametrize("text", ["Envanterde URGE kapsamındaki kümeler hangileri?", "Envanterdeki KOBİ kümeleri"])
def test_the_reports_own_acronyms_are_no_cluster_names(text):
    """REPORT_ACRONYMS: capitals in an inventory question name a cluster ("SASAD"), not the programme."""
    assert extract_slots(text).name_terms == ()


@pytest.mark.parametrize("text", ["TR kümeleri hangileri?", "Which TR clusters are in the inventory?"])
def test_tr_in_capitals_is_the_national_rows(text):
    """EK 2 prints "TR" in the province column of the national clusters; "TR 1" (a region code) is not one."""
    assert extract_slots(text).national
    assert not extract_slots("TR 1 bölgesindeki kümeler").national


def test_national_said_of_the_clusters_is_the_national_rows():
    assert extract_slots("Which clusters are national?").national
    assert not extract_slots("Which clusters work with national authorities?").national


def test_an_acronym_in_an_inventory_question_is_a_name():
    """Capitals in a question about the inventory name a cluster ("SASAD", "TAYSAD"); elsewhere they do not."""
    assert extract_slots("Envanterde TAYSAD hangi aşamada görünüyor?").name_terms == ("TAYSAD",)
    assert extract_slots("Which stage does the inventory give for OSSA?").name_terms == ("OSSA",)
    assert extract_slots("TAYSAD hangi yıl kuruldu?").name_terms == ()


def test_a_follow_up_keeps_the_name_asked_for_before():
    """merge: the name terms of the earlier turn carry over, as provinces and stages do."""
    from assistant.question.slots import slots_for

    assert slots_for("Bu dernek hangi aşamada?", ["Envanterde TAYSAD var mı?"]).name_terms == ("TAYSAD",)


@pytest.mark.parametrize("text", ["Ulusal kümeler hangileri?", "Which national clusters are listed?"])
def test_national_clusters_in_words_are_the_national_rows(text):
    """"ulusal / national" before a cluster word is EK 2's TR rows, as the capitals are."""
    assert extract_slots(text).national


def test_a_provinces_short_or_city_name_is_the_province():
    from assistant.question.slots import extract_slots
    assert extract_slots("What clusters are there in Urfa?").provinces == ("Şanlıurfa",)
    assert extract_slots("İzmit'teki kümeler hangileri?").provinces == ("Kocaeli",)
    assert extract_slots("Antakya'da hangi kümeler var?").provinces == ("Hatay",)
