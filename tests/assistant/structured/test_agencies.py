"""corpus/development-agencies.tsv (outside knowledge) and its look-ups.

The table is product data written by the team, so its checks are the ones that would catch a slip: the same
26 acronyms as Tablo 1 prints, every province of Türkiye served by exactly one agency, and the look-ups by
province and by full name that the Tablo 1 answers rely on.
"""
from __future__ import annotations

import collections

from assistant.structured.agencies import REPO_FILE, Agency, AgencyMatch, AgencyTable
from core.lexicon import PROVINCES
from core.normalize import fold_ascii
from tests.ingest.test_tables import TABLO_1


def table() -> AgencyTable:
    return AgencyTable.from_file(REPO_FILE)


def test_the_shipped_table_has_tablo_1s_acronyms_in_its_order():
    assert [a.acronym for a in table().agencies] == [name for name, _ in TABLO_1]


def test_every_province_is_served_by_exactly_one_agency():
    counts = collections.Counter(p for a in table().agencies for p in a.provinces)
    assert set(counts) == set(PROVINCES), set(counts) ^ set(PROVINCES)
    assert all(n == 1 for n in counts.values()), [p for p, n in counts.items() if n > 1]
    assert len({a.nuts2 for a in table().agencies}) == 26


def test_the_header_says_it_is_outside_knowledge_with_its_source():
    header = REPO_FILE.read_text(encoding="utf-8").split("\nacronym\t")[0]
    assert "Outside knowledge" in header and "5449" in header and "unofficial" in header


def test_a_province_finds_the_agency_that_serves_it():
    agencies = table()
    assert agencies.serving("İzmir").acronym == "İZKA"
    assert agencies.serving("eskisehir").acronym == "BEBKA"
    assert agencies.serving("Diyarbakır").acronym == "KARACADAG"
    assert agencies.serving("Atlantis") is None
    assert agencies.for_provinces(["İzmir", "Ankara", "Manisa", "Uşak"]) == [
        AgencyMatch("İZKA", "İzmir"), AgencyMatch("ANKARAKA", "Ankara"), AgencyMatch("ZAFER", "Manisa")]


def test_a_full_name_finds_its_agency_in_either_language():
    agencies = table()
    found = agencies.named_in(fold_ascii("Doğu Marmara Kalkınma Ajansı ile Güney Ege Kalkınma Ajansı kaç yanıt verdi?"))
    assert [m.acronym for m in found] == ["MARKA", "GEKA"]
    assert [m.acronym for m in agencies.named_in(fold_ascii("How many replies did the Silk Road Development Agency send?"))] == ["İKA"]
    # "Doğu Marmara" must not also be read as the shorter "Marmara"-less names, nor "Ankara" inside "Ankaralı"
    assert [m.acronym for m in agencies.named_in(fold_ascii("Güney Marmara Kalkınma Ajansı"))] == ["GMKA"]
    assert agencies.named_in(fold_ascii("Ankara'daki kümeler hangileri?")) == []


def test_a_missing_file_gives_an_empty_table(tmp_path):
    assert AgencyTable.from_corpus(tmp_path).agencies == table().agencies  # falls back to the repository's
    empty = AgencyTable(())
    assert empty.serving("İzmir") is None and empty.for_provinces(["İzmir"]) == []


def test_rows_are_read_as_frozen_values(tmp_path):
    path = tmp_path / "development-agencies.tsv"
    path.write_text("# note\nacronym\tnuts2\tname_tr\tname_en\tprovinces\nXKA\tTR99\tX Kalkınma Ajansı\tX Development "
                    "Agency\tA, B\n", encoding="utf-8")
    assert AgencyTable.from_corpus(tmp_path).agencies == (Agency("XKA", "TR99", "X Kalkınma Ajansı",
                                                                 "X Development Agency", ("A", "B")),)
