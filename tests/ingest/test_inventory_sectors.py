"""The reviewed sector table (corpus/inventory-sectors.tsv) and the rules it was generated from."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from ingest.cleaning import Line
from ingest.inventory import (SECTORS, BropTable, SectorTable, name_words, parse_inventory, sector_differences,
                              sector_of)
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TABLE = CORPUS / "inventory-sectors.tsv"


@pytest.fixture(scope="module")
def clusters():
    return parse_corpus(CORPUS).clusters


@pytest.fixture(scope="module")
def table():
    return SectorTable.from_file(TABLE)


def test_one_row_per_cluster_with_the_printed_name(table, clusters):
    assert sorted(table.rows) == list(range(1, 357))
    assert all(table.rows[c.number].name == c.name for c in clusters)
    assert all(row.sector in SECTORS for row in table.rows.values())


def test_rules_and_table_agree_or_the_difference_is_a_listed_override(table, capsys):
    differences = sector_differences(table)
    with capsys.disabled():
        print(f"\n{len(differences)} deliberate override(s) of the sector rules:")
        for number, name, rule, reviewed, note in differences:
            print(f"  EK2.{number} {name}: rules {rule} → table {reviewed} ({note})")
    assert all(note.startswith("override") for *_, note in differences)
    overrides = {r.number for r in table.rows.values() if r.is_override}
    assert overrides == {number for number, *_ in differences}


def test_records_take_the_sector_from_the_table(clusters, table):
    assert all(c.sector == table.rows[c.number].sector for c in clusters)


def test_diyarbakir_rows_are_no_longer_metal_working(clusters):
    diyarbakir = {c.number: c.sector for c in clusters if c.province == "Diyarbakır"}
    assert diyarbakir == {123: "tekstil", 124: "madencilik", 125: "inşaat", 126: "elektrik", 127: "tarım-gıda",
                          128: "turizm", 129: "other"}


def test_word_prefix_rules():
    assert sector_of("Diyarbakır Tekstil Sektörü") == "tekstil"  # "bakir" inside a word does not count
    assert sector_of("Bakır ve Sedef İşlemeciliği") == "metal işleme-makine-mekatronik"
    assert sector_of("Niğde İplik- Dokuma Sektörü") == "tekstil"  # "döküm" is not "dokuma"
    assert sector_of("Konya Döküm Kümesi") == "metal işleme-makine-mekatronik"
    assert sector_of("İstanbul GaziosmanpaşaTekstil Sektörü") == "tekstil"  # glued words are split
    assert sector_of("Burdur Yapı Kimyasalları Sektörü") == "inşaat"
    assert sector_of("Çukurova Kimya Sektörü") == "other"
    assert sector_of("Osmaniye Yerfıstığı Kümelenmesi") == "tarım-gıda"
    assert sector_of("İNOVİZ Biyomedikal Teknolojiler") == "sağlık"
    assert sector_of("Denizli Yatağan Bıçakçılık Kümesi") == "metal işleme-makine-mekatronik"  # "=yat" is whole
    assert sector_of("Tuzla Ayakkabı Deri Sektörü") == "deri-ayakkabı"  # "=tuz" is whole
    assert name_words("Metal/Makina Sektörü") == ["metal", "makina", "sektoru"]


def test_a_row_missing_from_the_table_or_renamed_falls_back_to_the_rules(tmp_path):
    tsv = tmp_path / "s.tsv"
    tsv.write_text("number\tname\tsector\tnote\n1\tVan Tekstil Kümesi\tother\toverride: test\n", encoding="utf-8")
    table = SectorTable.from_file(tsv)
    lines = [Line(1, "1 Van Van Tekstil Kümesi Fikir"), Line(1, "2 Van Van Gıda Kümesi Fikir")]
    rows = parse_inventory(lines, "x.txt", BropTable(frozenset()), table)
    assert [r.sector for r in rows] == ["other", "tarım-gıda"]
    renamed = parse_inventory([Line(1, "1 Van Van Tekstil Sektörü Fikir")], "x.txt", BropTable(frozenset()), table)
    assert renamed[0].sector == "tekstil"
    assert sector_differences(table) == [(1, "Van Tekstil Kümesi", "tekstil", "other", "override: test")]


def test_an_unknown_sector_in_the_table_is_an_error(tmp_path):
    tsv = tmp_path / "s.tsv"
    tsv.write_text("1\tX\tuzay-madenciliği\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown sector"):
        SectorTable.from_file(tsv)


def test_derived_shares_match_the_readme_table(clusters):
    counts = Counter(c.sector for c in clusters)
    shares = {s: round(100 * counts[s] / len(clusters), 1) for s in counts}
    assert shares["tarım-gıda"] == 24.7 and shares["metal işleme-makine-mekatronik"] == 14.3
    assert shares["tekstil"] == 11.0 and shares["ağaç-mobilya-kağıt"] == 7.0 and shares["turizm"] == 8.1
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    for sector in ("tarım-gıda", "metal işleme-makine-mekatronik", "tekstil", "ağaç-mobilya-kağıt", "turizm"):
        assert f"| {sector} | {shares[sector]} % |" in readme, sector
