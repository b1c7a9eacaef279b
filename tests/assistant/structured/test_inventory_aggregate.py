"""Counts, shares, distinct provinces/sectors and long lists over EK 2: inline rows and the real inventory."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.question.analysis import analyze
from assistant.question.slots import extract_slots, words
from assistant.structured.inventory import answer_inventory, rows_from_clusters, select
from assistant.structured.inventory_gate import is_inventory_question
from assistant.structured.inventory_aggregate import (LARGE, asks_whole, distinct_of, percent, sector_label,
                                                      stage_breakdown, stated_base)
from core.records import ClusterRecord
from ingest.inventory import STAGES
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"
F, B, G, O = STAGES


def row(n, province, sector, stage=F, brop=False):
    return ClusterRecord(n, province, province, f"Küme {n}", stage, sector, brop, 1, "ek2.txt")


# 10 rows: 6 idea, 2 start, 1 developing, 1 mature; 3 in BROP provinces, 1 national
ROWS = (row(1, "TR", "tekstil", O), row(2, "Ankara", "tekstil"), row(3, "Ankara", "tarım-gıda", B),
        row(4, "Van", "tarım-gıda", brop=True), row(5, "Van", "other", B, brop=True), row(6, "İzmir", "turizm"),
        row(7, "İzmir", "tekstil", G), row(8, "Kars", "turizm", brop=True), row(9, "Konya", "tarım-gıda"),
        row(10, "Konya", "other"))


def ask(question, rows=ROWS, lang="tr"):
    slots = extract_slots(question)
    assert is_inventory_question(question, slots), question
    return answer_inventory(question, slots, rows, lang)


def test_total_cites_the_annex_with_the_stage_breakdown():
    a = ask("Envanterde toplam kaç küme var?")
    assert a.count == 10 and [c.section_id for c in a.citations] == ["EK2"] and len(a.rows) == 10
    assert a.lead == ("Envanterde (EK 2) toplam 10 küme/potansiyel küme var [1]; aşamalara göre: "
                      "6 Fikir, 2 Başlangıç, 1 Gelişme, 1 Olgunluk.")
    en = ask("How many clusters are in the inventory?", lang="en")
    assert "10 clusters and potential clusters in total" in en.lead and "6 Fikir (idea)" in en.lead


def test_a_count_without_a_filter_needs_the_inventory_as_its_subject():
    assert asks_whole("envanterde toplam kac kume var") and not asks_whole("kac kume var")
    for q in ("Kaç küme ankete katıldı?", "About how many of the 35 clusters have done a SWOT analysis?"):
        assert not is_inventory_question(q, extract_slots(q))


def test_share_shows_the_division_in_each_language():
    a = ask("Kümelerin yüzde kaçı fikir aşamasında?")
    assert a.lead.startswith("Envanterdeki 10 küme/potansiyel kümenin 6 tanesi Fikir aşamasında: 6 / 10 = %60,0 [1]")
    en = ask("What share of the clusters is at the idea stage?", lang="en")
    assert "6 of the 10 clusters of the inventory are at the Fikir (idea) stage: 6 / 10 = 60.0% [1]" in en.lead
    assert percent(321, 356, "tr") == "%90,2" and percent(35, 356, "en") == "9.8%"


def test_share_base_is_a_stated_stage_group():
    folded = " ".join(words("How many of the 4 clusters are outside the BROP region, and what share is that?"))
    assert stated_base(folded, ROWS) == ("baslangic", "gelisen", "olgun")  # 2 + 1 + 1 past the idea stage
    assert stated_base("of the 10 clusters", ROWS) == () and stated_base("in 2013", ROWS) is None
    a = ask("How many of the 4 clusters are outside the BROP region, and what share is that?", lang="en")
    assert a.lead.startswith("3 of the 4 clusters at the") and "3 / 4 = 75.0%" in a.lead  # rows 1, 3, 7


def test_sector_shares_and_name_shares_are_left_to_the_passages():
    q = "What share of the clusters is in the agri-food sector?"
    assert not is_inventory_question(q, extract_slots(q))  # section 4.2 A states the report's own shares


def test_outside_brop_counts_national_rows():
    assert [r.number for r in select(ROWS, extract_slots("BROP dışı illerdeki kümeler"))] == [1, 2, 3, 6, 7, 9, 10]


def test_distinct_provinces_and_sectors():
    assert distinct_of("kac farkli ilde kume var") == "province" and distinct_of("how many sectors") == "sector"
    assert distinct_of("hangi sektorlerde kume var") == "sector" and distinct_of("kac kume var") is None
    a = ask("Envantere göre kaç farklı ilde küme var?")
    assert "10 küme/potansiyel küme 5 farklı ilde (ayrıca 1 ulusal (TR) kayıt) [1]" in a.lead
    assert [c.section_id for c in a.citations] == ["EK2"]
    s = ask("Van'da hangi sektörlerde küme var?")
    assert s.lead == "Van ilinde 2 küme/potansiyel küme 2 sektörde: tarım-gıda (1), diğer (1) [1]–[2]:"
    assert [c.section_id for c in s.citations] == ["EK2.4", "EK2.5"]


def test_english_labels_never_print_internal_values():
    assert sector_label("tekstil", "en") == "textiles" and sector_label("other", "en") == "other sectors"
    assert sector_label("other", "tr") == "diğer" and sector_label("bilişim", "en").startswith("ICT")
    a = ask("Which textile clusters are in Ankara?", lang="en")
    assert "in the textiles sector" in a.lead and a.rows[0][4] == "textiles" and a.rows[0][3] == "Fikir (idea)"
    assert stage_breakdown(ROWS, "en").startswith("6 Fikir (idea), 2 Başlangıç (start)")


def test_a_long_list_leads_with_its_count_and_breakdown():
    rows = tuple(row(n, "Ankara", "tekstil" if n % 2 else "turizm") for n in range(1, LARGE + 3))
    a = ask("Ankara'daki kümeler hangileri?", rows)
    assert a.count == LARGE + 2 and len(a.rows) == LARGE + 2 and [c.section_id for c in a.citations] == ["EK2"]
    assert a.lead.startswith(f"Ankara ilinde envanterde {LARGE + 2} küme/potansiyel küme var [1]; aşamalara göre: "
                             f"{LARGE + 2} Fikir; sektörlere göre: tekstil (16), turizm (16).")
    short = ask("Van'daki kümeler hangileri?")
    assert [c.section_id for c in short.citations] == ["EK2.4", "EK2.5"]  # a short list cites every row


# -- the real inventory --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def rows():
    return rows_from_clusters(parse_corpus(CORPUS).clusters)


def test_real_total_and_past_the_idea_stage(rows):
    a = ask("Envanterde toplam kaç küme var?", rows)
    assert a.count == 356 and "321 Fikir, 18 Başlangıç, 14 Gelişme, 3 Olgunluk" in a.lead
    past = ask("Fikir aşamasını geçmiş kaç küme var?", rows)
    assert past.count == 35 and [c.section_id for c in past.citations] == ["EK2"] and len(past.rows) == 35


def test_real_shares(rows):
    assert "321 / 356 = %90,2" in ask("Haritadaki kümelerin yüzde kaçı fikir aşamasında?", rows).lead
    assert "35 / 356 = 9.8%" in ask("Roughly what share of the mapped clusters have got beyond the idea stage?",
                                    rows, "en").lead
    outside = ask("How many of the 35 clusters are outside the BROP region, and what share is that?", rows, "en")
    assert "29 / 35 = 82.9%" in outside.lead  # the report: 6 of the 35 in BROP provinces


def test_real_distinct_provinces_brop_and_combinations(rows):
    assert "76 farklı ilde" in ask("Envantere göre kaç farklı ilde küme var?", rows).lead
    assert ask("BROP illerinde toplam kaç küme ya da potansiyel küme var?", rows).count == 136
    assert ask("How many idea-stage entries are in provinces outside the BROP region?", rows, "en").count == 191


def test_real_diyarbakir_rows_are_not_metal_working(rows):
    a = ask("Diyarbakır'daki kümeler hangileri?", rows)
    assert a.count == 7 and "metal işleme-makine-mekatronik" not in {r[4] for r in a.rows}


def test_follow_up_narrows_the_previous_list():
    q = analyze("Bunlardan hangileri gıda sektöründe?", ["Van'daki kümeler hangileri?"])
    assert is_inventory_question(q.search, q.slots)
    assert [c.section_id for c in answer_inventory(q.text, q.slots, ROWS, "tr").citations] == ["EK2.4"]


def test_a_sector_count_shows_the_reports_own_share_beside_the_rows():
    from types import SimpleNamespace
    figure = SimpleNamespace(unit="%", label="tekstil sektörü", printed="%12", value=12, section_id="4.2.A", page=31,
                             sentence="tekstil sektörü %12")
    rows = tuple(row(n, "Ankara", "tekstil") for n in range(1, LARGE + 3))
    q = "How many textile clusters are in the inventory?"
    a = answer_inventory(q, extract_slots(q), rows, "en", figures=[figure])
    assert [c.section_id for c in a.citations] == ["EK2", "4.2.A"]
    assert "gives textiles %12: 32 × %12 ≈ 3.8 [2]" in a.lead
    g = "Ankara'daki tekstil kümeleri"  # a province too: the report's national share is not about it
    assert [c.section_id for c in answer_inventory(g, extract_slots(g), rows, "tr", figures=[figure]).citations] == ["EK2"]
