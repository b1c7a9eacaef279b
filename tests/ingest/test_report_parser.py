"""The parser against the real report, with truths checked by hand against the text."""
from collections import Counter
from pathlib import Path

import pytest

from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

# Measures (tedbir) and their number of actions (eylem), read off the report.
ACTIONS_PER_MEASURE = {
    "ORA1.AA1.T1": 8, "ORA1.AA1.T2": 4, "ORA1.AA1.T3": 2, "ORA1.AA2.T1": 2, "ORA1.AA3.T1": 3,
    "ORA1.AA4.T1": 3, "ORA1.AA5.T1": 2,
    "ORA2.AA1.T1": 2, "ORA2.AA1.T2": 2, "ORA2.AA1.T3": 1, "ORA2.AA2.T1": 3, "ORA2.AA2.T2": 1,
    "ORA2.AA2.T3": 1, "ORA2.AA3.T1": 3, "ORA2.AA4.T1": 1, "ORA2.AA5.T1": 2,
    "ORA3.AA1.T1": 5, "ORA3.AA1.T2": 1, "ORA3.AA2.T1": 2, "ORA3.AA2.T2": 2, "ORA3.AA3.T1": 2,
    "ORA3.AA4.T1": 1, "ORA3.AA4.T2": 1,
    "ORA4.AA1.T1": 4, "ORA4.AA2.T1": 8, "ORA4.AA3.T1": 3, "ORA4.AA4.T1": 2,
}
CASE_STUDIES = {
    "3.1": ("Toronto", "Kanada"), "3.2": ("ODTÜ Teknokent", "Türkiye"), "3.3": ("Savunma ve Havacılık", "Türkiye"),
    "3.4": ("NanoBioNet", "Almanya"), "3.5": ("SPRINT", "Romanya"), "3.6": ("Ubiquitous Computing", "Finlandiya"),
    "3.7": ("İŞİM", "Türkiye"), "3.8": ("Kentsel Sistemler", "Avustralya"),
}


@pytest.fixture(scope="module")
def parsed():
    return parse_corpus(CORPUS)


@pytest.fixture(scope="module")
def by_id(parsed):
    return {s.section_id: s for s in parsed.sections}


def test_every_measure_and_action_present_with_its_parent(by_id):
    for measure, n_actions in ACTIONS_PER_MEASURE.items():
        assert by_id[measure].parent_id == measure.rsplit(".", 1)[0]
        actions = [s for s in by_id.values() if s.parent_id == measure]
        assert [a.section_id for a in actions] == [f"{measure}.E{i}" for i in range(1, n_actions + 1)], measure
    measures = {s.section_id for s in by_id.values() if s.section_id.count(".") == 2 and s.section_id.startswith("ORA")}
    assert measures == set(ACTIONS_PER_MEASURE)
    sub_areas = Counter(s.section_id[:4] for s in by_id.values() if s.section_id.count(".") == 1 and s.section_id.startswith("ORA"))
    assert sub_areas == {"ORA1": 5, "ORA2": 5, "ORA3": 4, "ORA4": 4}


def test_irregular_printed_codes_are_canonicalised_and_kept_as_aliases(by_id):
    expected = {
        "ORA1.AA4.T1": "ORA1. Alt Alan 4.T1",
        "ORA3.AA4.T1": "ORA 3. Alt Alan 4. T1",
        "ORA4.AA4.T1": "ORA 4. Alt Alan 4.T1",
        "ORA3.AA1": "ORA3. Alt Alan 1",
        "ORA2.AA2.T2.E1": "ORA.AA2. T2.E1",
        "ORA4.AA2.T1.E6": "ORA4.AA2.T1-E6",
        "ORA2.AA3.T1.E2": "ORA2.AA3.T3.E2",
        "ORA4.AA4.T1.E1": "ORA4.AA4.T2.E1",
    }
    for code, printed in expected.items():
        assert printed in by_id[code].aliases, code
    assert by_id["ORA1.AA1.T1.E6"].aliases == ()


def test_action_titles_are_complete_and_paths_carry_parent_titles(by_id):
    e6 = by_id["ORA1.AA1.T1.E6"]
    assert e6.title == "Başlangıç ve gelişen aşamadaki kümelerin yönetimi için teknik destek (Özellikle BROP bölgesinde)"
    assert e6.path[1:] == ("ORA1 Küme Yönetimi", "AA1 Küme Yönetimi", "T1 Küme Yönetiminde Profesyonelleşme",
                           "E6 " + e6.title)
    assert by_id["ORA4.AA2.T1.E5"].title.endswith("(örneğin: Cluster Collaboration Platform) kaydının yapılması")
    assert by_id["ORA1.AA3.T1"].title.endswith("Bölgeye Yatırım Çekme")
    # a measure keeps its own list of actions
    assert "ORA1.AA1.T1.E8. Küme yönetimi kalite sertifikasyonu" in by_id["ORA1.AA1.T1"].text


def test_chapters_and_numbered_sections(by_id):
    for sid in ["kapak", "onsoz", "yonetici-ozeti", "1", "1.1", "1.2", "2", "3", "4", "4.1", "4.2", "5", "6",
                "EK1", "EK2", "iletisim"]:
        assert sid in by_id, sid
    assert [f"4.2.{c}" for c in "ABCDEFGHIJK"] == sorted(s for s in by_id if s.startswith("4.2."))
    assert "%65’i GZTF analizi" in by_id["4.2.D"].text
    assert by_id["1.1"].kind == "report" and by_id["2"].kind == "urge" and by_id["4.2.F"].kind == "survey"


def test_urge_support_lines_with_their_limits(by_id):
    assert "% 75’i proje bazında 400.000 USD’a kadar" in by_id["2.egitim-danismanlik"].text
    assert "150.000 USD’a kadar" in by_id["2.yurtdisi-pazarlama"].text
    assert "100.000 USD’a kadar" in by_id["2.yurtdisi-pazarlama"].text
    assert "yıllık 50.000 USD’a kadar 3 (üç) yıl" in by_id["2.bireysel-danismanlik"].text
    assert "en fazla 2 (iki) uzman personelin" in by_id["2.istihdam"].text
    assert by_id["2.egitim-danismanlik"].page == 12


def test_eight_case_studies_with_cluster_and_country(by_id):
    for sid, (name, country) in CASE_STUDIES.items():
        section = by_id[sid]
        assert section.kind == "case_study"
        assert name in section.title and section.title.endswith(country), section.title
    assert "Guelph" in by_id["3.1"].text and "Guelph" not in by_id["3.2"].text  # not mixed with the next


def test_stage_criteria_and_agency_tables(by_id):
    stages = by_id["4.tablo-2"].text
    for label in ["Fikir", "Başlangıç", "Gelişen", "Olgun", "Lobi gücüne sahiptir", "Temel analizler gerçekleştirilmiştir"]:
        assert label in stages
    assert "İSTKA 51" in by_id["4.tablo-1"].text


def test_extraction_artefacts_cleaned(parsed):
    for section in parsed.sections:
        text = section.text
        assert not any("\ue000" <= ch <= "\uf8ff" for ch in text), section.section_id
        assert "\nv " not in text and not text.startswith("v ")
        assert "Grafik 7." not in text
        assert "No İl Kümenin" not in text or section.section_id == "EK2"
    assert "Önceliklerin harmanlanması ve" not in next(s for s in parsed.sections if s.section_id == "1.2").text


def test_page_provenance(by_id):
    assert by_id["onsoz"].page == 2
    assert by_id["ORA1.AA1.T1.E6"].page == by_id["ORA1.AA1.T1.E1"].page
    assert all(p.page is not None for p in by_id["3.3"].paragraphs)
