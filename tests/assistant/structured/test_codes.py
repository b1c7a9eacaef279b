from pathlib import Path

import pytest

from assistant.structured.codes import resolve_codes
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def index():
    sections = parse_corpus(CORPUS).sections
    aliases = {a: s.section_id for s in sections for a in s.aliases}
    return [s.section_id for s in sections], aliases


@pytest.mark.parametrize("question, expected", [
    ("ORA1.AA1.T1.E6 nedir?", ["ORA1.AA1.T1.E6"]),
    ("ora1 aa1 t1 e6", ["ORA1.AA1.T1.E6"]),
    ("ORA 3. Alt Alan 4. T1 hangi tedbir?", ["ORA3.AA4.T1"]),
    ("ORA 3 Alt Alan 4", ["ORA3.AA4"]),
    ("What is ORA4.AA2.T1-E6?", ["ORA4.AA2.T1.E6"]),
    ("ORA.AA2. T2.E1 ne diyor?", ["ORA2.AA2.T2.E1"]),
    ("ORA2.AA3.T3.E2 eylemi", ["ORA2.AA3.T1.E2"]),  # misprinted under T1, typed as printed
    ("T1.E6 of cluster management", ["ORA1.AA1.T1.E6"]),
    ("ORA3 nedir?", ["ORA3"]),
    ("3.4'teki vaka nedir?", ["3.4"]),
    ("Bölüm 4.2 F ne anlatıyor?", ["4.2.F"]),
    ("Tablo 2'deki aşamalar", ["4.tablo-2"]),
    ("EK 2 envanteri", ["EK2"]),
    ("envanter no 148 hangi küme?", ["EK2.148"]),
])
def test_resolves(index, question, expected):
    ids, aliases = index
    assert resolve_codes(question, ids, aliases) == expected


@pytest.mark.parametrize("question", [
    "URGE % 75 oranında 400.000 USD'a kadar destek verir mi?",
    "Toronto'da 1,83 dolar geri dönüyor mu?",
    "ORA9.AA1 nedir?",
    "T9.E9 of innovation",
    "Küme yönetimi nedir?",
])
def test_no_false_hits(index, question):
    ids, aliases = index
    assert resolve_codes(question, ids, aliases) == []


@pytest.mark.parametrize("question, unknown", [("Tablo 5'te ne var?", ["Tablo 5"]), ("What is in Annex 3?", ["EK 3"]),
                                               ("Tablo 2'de ne var?", [])])
def test_typed_tables_and_annexes_the_report_lacks(index, question, unknown):
    """_TYPED_TABLE: a table or annex number typed in full that names no part of the report."""
    from assistant.structured.codes import unknown_codes
    ids, aliases = index
    assert unknown_codes(question, ids, aliases) == unknown
