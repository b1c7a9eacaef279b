from collections import Counter
from pathlib import Path

import pytest

from ingest.cleaning import Line
from ingest.inventory import BropTable, canonical_province, parse_inventory, sector_of, stage_from_label
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
# The report's own sector shares (section 4.2 A / Yönetici Özeti), in percent of 356.
REPORTED_SHARES = {"tarım-gıda": 25, "metal işleme-makine-mekatronik": 13, "tekstil": 12,
                   "ağaç-mobilya-kağıt": 7, "turizm": 7}


@pytest.fixture(scope="module")
def clusters():
    return parse_corpus(CORPUS).clusters


def test_all_356_rows_with_stage_counts(clusters):
    assert [c.number for c in clusters] == list(range(1, 357))
    assert Counter(c.stage.key for c in clusters) == {"fikir": 321, "baslangic": 18, "gelisen": 14, "olgun": 3}


def test_six_of_the_35_past_idea_stage_are_in_brop_all_at_start(clusters):
    past_idea = [c for c in clusters if c.stage.key != "fikir"]
    assert len(past_idea) == 35
    in_brop = [c for c in past_idea if c.brop]
    assert len(in_brop) == 6
    assert {c.stage.key for c in in_brop} == {"baslangic"}


def test_rows_parsed_exactly(clusters):
    row = clusters[147]
    assert (row.number, row.province, row.name, row.stage.inventory_label) == (
        148, "Gaziantep", "Gaziantep Makina Halısı İmalatı", "Fikir")
    assert row.brop and row.sector == "tekstil"
    assert clusters[21].province == "Afyonkarahisar" and clusters[21].province_label.strip() == "Afyon"
    assert clusters[0].province == "TR" and not clusters[0].brop
    assert sum(c.province == "Gaziantep" for c in clusters) == 19
    assert clusters[1].stage.report_label == "Olgun" and clusters[1].stage.inventory_label == "Olgunluk"


def test_sector_shares_close_to_the_reports_figures(clusters):
    counts = Counter(c.sector for c in clusters)
    for sector, reported in REPORTED_SHARES.items():
        share = 100 * counts[sector] / len(clusters)
        assert abs(share - reported) <= 3.5, (sector, round(share, 1), reported)


def test_stage_labels_and_provinces():
    assert stage_from_label("Gelişme") is stage_from_label("gelisen") is stage_from_label("GELİŞEN")
    assert stage_from_label("Olgunluk").english == "mature"
    assert stage_from_label("başka") is None
    assert canonical_province("afyon") == "Afyonkarahisar" and canonical_province("TR") == "TR"


def test_sector_rules():
    assert sector_of("Çukurova Tarım Makinaları Sektörü") == "metal işleme-makine-mekatronik"
    assert sector_of("Adana Sağlık Turizmi") == "turizm"
    assert sector_of("İstanbul GaziosmanpaşaTekstil Sektörü") == "tekstil"
    assert sector_of("Bayburt Arıcılık Kümesi") == "tarım-gıda"
    assert sector_of("İstanbul Finans Sektörü") == "other"


def test_repeated_headers_and_noise_are_not_rows(tmp_path):
    tsv = tmp_path / "b.tsv"
    tsv.write_text("# c\nnuts2\tprovince\nTRC1\tGaziantep\n", encoding="utf-8")
    lines = [Line(1, t) for t in ["No İl Kümenin / Potansiyel Kümenin Adı TR", "Kümelenme", "77",
                                    "1 Gaziantep Gaziantep Lojistik Fikir", "1 Gaziantep Tekrar Fikir",
                                    "2 Van Van Tekstil Kümesi Gelişme"]]
    rows = parse_inventory(lines, "x.txt", BropTable.from_file(tsv))
    assert [(r.number, r.brop, r.stage.key) for r in rows] == [(1, True, "fikir"), (2, False, "gelisen")]
