"""Tablo 1 arithmetic, checked by hand against the printed table (26 agencies, 349 responses, İSTKA 51, İKA 23)."""
from __future__ import annotations

import pytest

from assistant.structured.survey_table import Comparison, agencies_named, answer_table, comparison_in
from tests.assistant.structured.computed_fixtures import question, real_knowledge


@pytest.fixture(scope="module")
def knowledge():
    return real_knowledge()


def ask(knowledge, text, *history):
    return answer_table(question(text, *history), knowledge)


def test_sum_over_the_rows(knowledge):
    a = ask(knowledge, "Tablo 1'deki bütün kalkınma ajanslarının verdiği cevapları toplarsak kaç eder?")
    assert a.kind == "table" and a.count == 349
    assert a.lead.startswith("Tablo 1'deki 26 kalkınma ajansının gönderdiği cevapların toplamı 349: 23 + 8 + 14 + 51")
    assert len(a.rows) == 26 and {c.section_id for c in a.citations} == {"4.tablo-1"}
    assert a.citations[3].text == "4 İSTKA 51" and a.citations[3].page == 25
    assert ask(knowledge, "how many responses did the agencies send in total?").count == 349


def test_at_least_filter_turkish(knowledge):
    a = ask(knowledge, "Tablo 1'de 15 ya da daha fazla cevap gönderen kaç kalkınma ajansı var?")
    assert a.count == 9 and "en az 15 olan 9 kalkınma ajansı" in a.lead
    assert [r[0] for r in a.rows] == ["İKA", "İSTKA", "OKA", "ANKARAKA", "BAKA", "DOĞAKA", "GEKA", "BEBKA", "MARKA"]


def test_exactly_filter_english(knowledge):
    a = ask(knowledge, "Which agencies sent exactly 15 survey responses?")
    assert [r[0] for r in a.rows] == ["GEKA", "BEBKA"] and "exactly 15" in a.lead


def test_follow_up_filter_reads_the_new_turn(knowledge):
    a = ask(knowledge, "Which of them sent more than 20 responses?", "Which development agencies took part in the survey?")
    assert [r[0] for r in a.rows] == ["İKA", "İSTKA", "ANKARAKA", "BAKA"]


def test_difference_between_two_agencies(knowledge):
    a = ask(knowledge, "How many more survey responses did İSTKA send than İKA?")
    assert a.count == 28 and a.lead.startswith("İSTKA sent 28 more responses than İKA: 51 − 23 = 28")
    b = ask(knowledge, "İKA, İSTKA'dan kaç cevap daha az gönderdi?")
    assert b.count == 28 and "daha az" in b.lead


def test_named_rows_and_the_most(knowledge):
    assert [r for r in ask(knowledge, "Tablo 1'e göre ANKARAKA ve BAKA kaçar cevap verdi?").rows] == [
        ("ANKARAKA", "26"), ("BAKA", "25")]
    assert ask(knowledge, "Hangi ajans en çok cevap gönderdi?").rows == (("İSTKA", "51"),)


@pytest.mark.parametrize("text", [
    "Why was the survey carried out through the Development Agencies?",
    "Tablo 2'ye göre başlangıç aşamasının kriterleri neler?",
    "URGE'de destek oranı nedir?",
    "Anket kaç kümeye gönderildi?",
])
def test_other_questions_are_not_table_answers(knowledge, text):
    assert ask(knowledge, text) is None


@pytest.mark.parametrize("text, expected", [
    ("15 ya da daha fazla cevap", Comparison(">=", 15)), ("en az 10 cevap", Comparison(">=", 10)),
    ("more than 20", Comparison(">", 20)), ("20'den fazla cevap", Comparison(">", 20)),
    ("fewer than 5", Comparison("<", 5)), ("5'ten az", Comparison("<", 5)),
    ("at most 6 responses", Comparison("<=", 6)), ("exactly 15", Comparison("==", 15)),
    ("sent 15 responses", Comparison("==", 15)), ("Tablo 1 cevap sayısı", None),
])
def test_comparisons(text, expected):
    assert comparison_in(text) == expected


def test_everyday_words_name_an_agency_only_in_capitals(knowledge):
    rows = knowledge.tables.responses.rows
    assert [r.agency for r in agencies_named("ORAN ve marka kaç cevap verdi?", rows)] == ["ORAN"]
    assert [r.agency for r in agencies_named("istka'nın cevapları", rows)] == ["İSTKA"]


def test_the_fewest_responses(knowledge):
    """_FEWEST: the counterpart of "en çok"; the smallest count and every agency that sent it."""
    a = ask(knowledge, "Hangi kalkınma ajansı en az cevap gönderdi?")
    assert a is not None and a.rows and len({r[1] for r in a.rows}) == 1
    assert int(a.rows[0][1]) == min(int(r[1]) for r in ask(knowledge, "Ajansların cevap sayıları toplam kaç?").rows)


def test_named_agencies_taken_together(knowledge):
    """_TOGETHER: two named agencies "birlikte" are summed, not listed (İZKA 8 + ANKARAKA 26)."""
    a = answer_table(question("İZKA ve ANKARAKA ankete birlikte kaç cevap göndermiş?"), knowledge)
    assert a.lead.startswith("İZKA ve ANKARAKA birlikte 34 cevap gönderdi: 8 + 26 = 34")


def test_a_follow_up_adds_its_agency_to_the_earlier_one(knowledge):
    a = answer_table(question("And BEBKA? How many is that together?", "How many survey responses did GEKA send?"),
                     knowledge)
    assert a is not None and a.lead.startswith("Together GEKA and BEBKA sent 30 responses: 15 + 15 = 30")


@pytest.fixture(scope="module")
def placed(knowledge):
    """The fixture's knowledge plus the shipped province → agency table (corpus/development-agencies.tsv)."""
    from types import SimpleNamespace

    from assistant.structured.agencies import AgencyTable
    return SimpleNamespace(**vars(knowledge), agencies=AgencyTable.from_corpus(None))


def test_agencies_asked_by_province_or_full_name(placed, knowledge):
    a = ask(placed, "İzmir ve Ankara'daki kalkınma ajansları birlikte kaç cevap gönderdi?")
    assert a.count == 34 and [r[0] for r in a.rows] == ["İZKA", "ANKARAKA"]
    assert "İzmir → İZKA" in a.lead and "Ankara → ANKARAKA" in a.lead and "rapordan değil" in a.lead
    # the order named is the order subtracted; a full name counts as a place
    b = ask(placed, "Did the agency of Diyarbakır send more responses than the Doğu Marmara Kalkınma Ajansı?")
    assert [r[0] for r in b.rows] == ["KARACADAG", "MARKA"] and b.count == 2
    assert "outside knowledge" in b.lead
    # without the table, or without speaking of agencies, a province names no agency
    assert ask(knowledge, "İzmir ve Ankara'daki kalkınma ajansları birlikte kaç cevap gönderdi?") is None \
        or ask(knowledge, "İzmir ve Ankara'daki kalkınma ajansları birlikte kaç cevap gönderdi?").count != 34
    assert agencies_named("Ankara'daki kümeler kaç anket cevabı verdi?", knowledge.tables.responses.rows,
                          placed.agencies) == []
    # an acronym typed as such needs no note
    assert "→" not in ask(placed, "İSTKA kaç cevap gönderdi?").lead


@pytest.mark.parametrize("text, lead", [
    ("ajansların ortalama cevap sayısı kaç", "Tablo 1'deki 26 kalkınma ajansı ortalama 13,4 cevap gönderdi: 349 / 26 ≈ 13,4"),
    ("On average, how many survey responses did each agency send?",
     "The 26 development agencies of Tablo 1 sent 13.4 responses on average: 349 / 26 ≈ 13.4"),
])
def test_the_mean_of_the_responses(knowledge, text, lead):
    a = answer_table(question(text), knowledge)
    assert a is not None and a.lead.startswith(lead)
