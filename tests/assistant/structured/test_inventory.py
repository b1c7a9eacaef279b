"""Slot extraction and exact inventory answers, checked by hand against EK 2 of the real report."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from assistant.question.slots import PROVINCES, SECTOR_WORDS, extract_slots, merge, slots_for, with_filters
from assistant.structured.inventory import answer_inventory, rows_from_chunks, rows_from_clusters, rows_from_store, select
from assistant.structured.inventory_gate import is_inventory_question
from ingest.chunking import chunk_sections
from ingest.inventory import SECTORS, BropTable
from core.normalize import fold_ascii
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def parsed():
    return parse_corpus(CORPUS)


@pytest.fixture(scope="module")
def rows(parsed):
    return rows_from_clusters(parsed.clusters)


def ask(question, rows, lang="tr"):
    slots = extract_slots(question)
    assert is_inventory_question(question, slots), question
    return answer_inventory(question, slots, rows, lang)


def numbers(answer):
    return [int(c.section_id.split(".")[1]) for c in answer.citations]


# -- slots --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question, province", [
    ("Gaziantep'teki kümeler", "Gaziantep"), ("Konya'da hangi kümeler var?", "Konya"),
    ("İzmir'deki kümeler", "İzmir"), ("IZMIR DEKI KUMELER", "İzmir"), ("izmirdeki kumeler", "İzmir"),
    ("gaziantepteki kumeler", "Gaziantep"), ("Afyon'daki kümeler", "Afyonkarahisar"),
    ("afyonkarahisar kumeleri", "Afyonkarahisar"), ("clusters in Sanliurfa", "Şanlıurfa"),
    ("Kahramanmaraş'taki kümeler", "Kahramanmaraş"), ("ISTANBUL", "İstanbul"), ("Ağrı'daki kümeler", "Ağrı"),
])
def test_province_with_suffixes_any_case_and_ascii(question, province):
    assert extract_slots(question).province == province


@pytest.mark.parametrize("question", ["agri-food clusters", "topluma karşı sorumluluk", "the Development Agencies"])
def test_words_that_only_look_like_provinces_are_not(question):
    assert extract_slots(question).provinces == ()


def test_province_list_covers_the_inventory_and_the_brop_table(parsed):
    known = {fold_ascii(p) for p in PROVINCES}
    assert {fold_ascii(c.province) for c in parsed.clusters if c.province != "TR"} <= known
    assert BropTable.from_corpus(CORPUS).provinces <= known


@pytest.mark.parametrize("question, stages", [
    ("Konya'daki gelişen kümeler", ("gelisen",)), ("Gelişme aşamasındaki kayıtlar", ("gelisen",)),
    ("olgunluk aşamasındaki kümeler", ("olgun",)), ("başlangıç aşamasındaki kümeler", ("baslangic",)),
    ("baslangic asamasindaki kumeler", ("baslangic",)), ("fikir aşamasındaki kümeler", ("fikir",)),
    ("a start-stage textile cluster", ("baslangic",)), ("how many mature clusters", ("olgun",)),
    ("developing clusters in Ankara", ("gelisen",)), ("idea stage clusters", ("fikir",)),
    ("early-stage clusters", ("baslangic",)),
    ("Fikir aşamasını geçmiş kümeler", ("baslangic", "gelisen", "olgun")),
    ("clusters past the idea stage", ("baslangic", "gelisen", "olgun")),
])
def test_stages_turkish_and_english(question, stages):
    assert extract_slots(question).stages == stages


@pytest.mark.parametrize("question", [
    "Why was the survey carried out through the Development Agencies?",
    "When did the KOBİ İşbirliği ve Kümelenme Projesi start, and how long does it run?",
    "yenilikçi fikir yarışmaları", "What are the cluster development stages?",
])
def test_stage_words_in_other_senses_are_not_stages(question):
    assert extract_slots(question).stages == ()


def test_sector_words_use_the_inventory_groups():
    assert set(SECTOR_WORDS) <= set(SECTORS)


def test_sectors_brop_count_list_national_number_names():
    s = extract_slots("İstanbul'daki tekstil sektörü kayıtları hangileri?")
    assert s.sectors == ("tekstil",) and not s.wants_count
    assert extract_slots("how many food clusters").sectors == ("tarım-gıda",)
    assert extract_slots("textile and furniture clusters").sectors == ("tekstil", "ağaç-mobilya-kağıt")
    assert extract_slots("BROP illerindeki kümeler").brop == "brop"
    assert extract_slots("BROP dışı illerdeki kümeler").brop == "non-brop"
    assert extract_slots("non-BROP clusters").brop == "non-brop"
    assert extract_slots("BROP ve BROP dışı bölgeler").brop == "both"
    assert extract_slots("Kaç küme var?").wants_count and extract_slots("küme sayısı").wants_count
    assert extract_slots("Envanterde il sütununda 'TR' (ulusal) yazan kümeler").national
    assert not extract_slots("TR 07R2.02-01 referans numarası").national
    assert extract_slots("What is inventory entry no. 100?").number == 100
    assert extract_slots("Which inventory entries have 'Medikal' in their name?").name_terms == ("Medikal",)
    assert extract_slots("entries (arıcılık, arı or bal in the name)").name_terms == ("arıcılık", "arı", "bal")
    assert extract_slots("İzmir'deki ve Konya'daki kümeler").name_terms == ()  # apostrophes are not quotes
    assert extract_slots("Envanterde en çok kayıt hangi ilde?").most
    assert not extract_slots("for at most how long?").most


def test_follow_up_keeps_the_previous_filters_and_replaces_what_it_names():
    s = slots_for("Bunlardan hangileri Gelişme aşamasında?", ["İzmir'deki kümeler hangileri?"])
    assert s.provinces == ("İzmir",) and s.stages == ("gelisen",)
    assert slots_for("peki Konya'da?", ["Gaziantep'teki kümeler hangileri?"]).provinces == ("Konya",)
    assert merge(extract_slots("olgun olanlar"), extract_slots("Ankara'daki kümeler")).provinces == ("Ankara",)
    assert with_filters(extract_slots("kümeler hangileri"), stage="olgun").stages == ("olgun",)
    assert with_filters(extract_slots("Konya'daki kümeler"), province="Ankara").provinces == ("Konya",)


# -- routing ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Gaziantep'teki kümeler hangileri?", "Which clusters are listed for Kahramanmaraş?",
    "What entries does the inventory have for Afyon?", "how many mature clusters are there?",
    "List the inventory entries at the Gelişme stage.", "What is inventory entry no. 100?",
    "Envanterde en çok kayıt hangi ilde ve o ilde kaç kayıt var?", "Konya'daki gelişen kümeler",
])
def test_inventory_questions_are_recognised(question):
    assert is_inventory_question(question, extract_slots(question))


@pytest.mark.parametrize("question", [
    "What actions apply to a start-stage textile cluster?",
    "Trabzon'da başlangıç aşamasında bir kümeyiz, hangi eylemler uygun?",
    "What will the weather be like in Gaziantep tomorrow?",
    "Can you recommend a good kebab restaurant in Gaziantep?",
    "How many member firms does the Gaziantep Makina Halısı İmalatı cluster have?",
    "İtalya'nın ulusal küme destek programında hibe oranları nelerdir?",
    "Which institution hosts the cluster information centre in Gaziantep?",
    "What share of the 356 clusters and potential clusters is in the agri-food sector?",
    "Of the 18 start-stage clusters, how many carried out basic analyses?",
    "Olgun kümelerin üye firma veri setleri konusundaki durumu nedir?",
    "Tablo 2'ye göre bir kümenin Başlangıç aşamasında sayılması için hangi kriterler geçerli?",
    "URGE eğitim desteğinin üst sınırı nedir?", "35 kümenin aşamalara göre dağılımı nasıldır?",
])
def test_other_questions_are_not_inventory_questions(question):
    assert not is_inventory_question(question, extract_slots(question))


# -- answers on the real inventory --------------------------------------------------------------------------------

def test_gaziantep_lists_all_19_rows_each_cited(rows):
    a = ask("Gaziantep'teki kümeler hangileri?", rows)
    assert a.kind == "inventory" and a.count == 19
    assert numbers(a) == list(range(148, 167))
    assert a.lead == "Gaziantep ilinde envanterde 19 küme/potansiyel küme var [1]–[19]:"
    first = a.citations[0]
    assert (first.n, first.section_id, first.kind) == (1, "EK2.148", "inventory")
    assert first.text == "148 Gaziantep Gaziantep Makina Halısı İmalatı Fikir"
    assert first.section_title == "Gaziantep Makina Halısı İmalatı" and first.page == 72
    assert a.columns == ("No", "İl", "Küme", "Aşama", "Sektör", "BROP")
    assert [r[0] for r in a.rows] == [str(n) for n in range(148, 167)] and a.rows[0][5] == "evet"


def test_english_question_gets_english_frame(rows):
    a = ask("Which clusters are in Gaziantep?", rows, "en")
    assert a.lead == "The inventory lists 19 clusters in Gaziantep [1]–[19]:"
    assert a.columns == ("No", "Province", "Cluster", "Stage", "Sector", "BROP")


def test_developing_clusters_in_konya_show_both_stage_labels(rows):
    a = ask("Konya'daki gelişen kümeler hangileri?", rows)
    assert numbers(a) == [272]
    assert a.rows[0][3] == "Gelişme / Gelişen"
    assert a.citations[0].text == "272 Konya Konya Otomotiv Yan Sanayii Gelişme"


def test_start_stage_clusters_in_brop_provinces(rows):
    a = ask("BROP illerindeki başlangıç aşamasındaki kümeler hangileri?", rows)
    assert numbers(a) == [20, 29, 137, 138, 318, 345]
    b = ask("BROP bölgesinde yer alan ve Fikir aşamasını geçmiş kümeler hangileri?", rows)
    assert numbers(b) == numbers(a)  # the report: all 6 BROP clusters past the idea stage are at the start stage


def test_how_many_mature_clusters(rows):
    a = ask("How many mature clusters are there?", rows, "en")
    assert a.count == 3 and numbers(a) == [2, 7, 42]
    assert a.lead.startswith("The inventory lists 3 clusters at the Olgunluk / Olgun (mature) stage")


def test_afyon_is_afyonkarahisar_and_national_rows(rows):
    assert numbers(ask("Afyon'daki kümeler hangileri?", rows)) == numbers(ask("afyonkarahisar kumeleri", rows))
    assert numbers(ask("Afyon'daki kümeler hangileri?", rows)) == [22, 23, 24, 25]
    a = ask("Envanterde il sütununda 'TR' (ulusal) yazan kümeler hangileri?", rows)
    assert numbers(a) == [1, 2, 3, 4, 5, 6, 7] and a.citations[1].text.startswith("2 TR TAYSAD")


def test_name_sector_number_and_most(rows):
    assert numbers(ask("Which inventory entries have 'Medikal' in their name?", rows)) == [50, 53, 56, 113, 243, 318]
    honey = "Which beekeeping or honey entries (arıcılık, arı or bal in the name) are in the inventory?"
    assert numbers(ask(honey, rows)) == [78, 87, 138, 255, 298, 319]  # "Balıkçılık" is not honey
    assert numbers(ask("İstanbul'daki tekstil sektörü kayıtları hangileri?", rows)) == list(range(203, 216))
    assert numbers(ask("What is inventory entry no. 100?", rows)) == [100]
    top = ask("Envanterde en çok kayıt hangi ilde ve o ilde kaç kayıt var?", rows)
    assert top.count == 51 and "İstanbul" in top.lead


def test_no_match_is_a_useful_answer_without_citations(rows):
    a = ask("Kırşehir'deki kümeler hangileri?", rows)
    assert a.count == 0 and a.citations == () and a.rows == ()
    assert "Kırşehir" in a.lead and "yok" in a.lead
    assert "no clusters" in ask("Which clusters are in Kırşehir?", rows, "en").lead


def test_rows_from_chunks_match_the_parsed_inventory(parsed, rows):
    chunks = chunk_sections(parsed.sections, parsed.clusters)
    assert rows_from_chunks(chunks) == rows
    assert select(rows, extract_slots("Gaziantep")) == [r for r in rows if r.province == "Gaziantep"]


def test_rows_from_a_real_store_and_warm_latency(tmp_path, settings_for):
    from ingest.pipeline import run_ingest
    from core.store import ChromaStore
    from tests.fakes import HashingEmbedder

    settings = settings_for(CORPUS, tmp_path / "store")
    run_ingest(settings, HashingEmbedder())
    store = ChromaStore(settings.store_dir)
    stored = rows_from_store(store, store.active().name)
    assert stored == rows_from_clusters(parse_corpus(CORPUS).clusters)
    question = "Gaziantep'teki kümeler hangileri?"
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        slots = extract_slots(question)
        assert is_inventory_question(question, slots)
        answer_inventory(question, slots, stored, "tr")
        timings.append((time.perf_counter() - started) * 1000)
    assert statistics.median(timings) < 20
