"""The report's tables as records: Tablo 1, Tablo 2, the URGE support lines and the figures of 4.2.

Every expected value here was read off the report by hand (corpus/…raporu.txt, pages in brackets).
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from core.records import ParsedCorpus
from ingest.report_parser import parse_corpus
from ingest.survey_figures import parse_number
from ingest.tables import build_tables

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

# Tablo 1 [p. 25], both column pairs, in row order.
TABLO_1 = [("İKA", 23), ("İZKA", 8), ("ÇKA", 14), ("İSTKA", 51), ("MEVKA", 6), ("OKA", 19), ("KUDAKA", 12),
           ("DAKA", 9), ("KARACADAG", 14), ("DİKA", 10), ("ZAFER", 8), ("AHİKA", 9), ("ANKARAKA", 26),
           ("BAKA", 25), ("DOĞAKA", 18), ("ORAN", 6), ("BAKKA", 5), ("KUZKA", 3), ("DOKA", 8), ("SERKA", 5),
           ("FKA", 9), ("GMKA", 4), ("GEKA", 15), ("BEBKA", 15), ("TRAKYAKA", 11), ("MARKA", 16)]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"(^|\s)[•v§◦](?=\s)", " ", text)).strip()


@pytest.fixture(scope="module")
def parsed():
    return parse_corpus(CORPUS)


@pytest.fixture(scope="module")
def tables(parsed):
    return build_tables(parsed)


@pytest.fixture(scope="module")
def report_text(parsed):
    """The parsed report's text, bullets dropped and white space folded (how a quoted sentence reads)."""
    return flat("\n".join(s.text for s in parsed.sections))


def test_tablo_1_every_row_and_the_sum(tables):
    responses = tables.responses
    assert [(r.agency, r.responses) for r in responses.rows] == TABLO_1
    assert [r.row for r in responses.rows] == list(range(1, 27))
    assert len(responses.rows) == 26
    # the report prints no total under the table; summed by hand: 209 (left pair) + 140 (right pair)
    assert responses.printed_total is None
    assert responses.total == 349
    assert {(r.section_id, r.page) for r in responses.rows} == {("4.tablo-1", 25)}
    assert responses.agency("istka").responses == 51 and responses.agency("nowhere") is None
    assert responses.caption.startswith("Tablo 1. Kümelenme Anket Çalışması Sonuçları")
    assert "cevap sayılarını aşağıdaki tabloda" in responses.intro_sentence


def test_tablo_2_criteria_per_stage(tables, report_text):
    assert [(s.stage_key, s.label, len(s.criteria)) for s in tables.stages] == [
        ("fikir", "Fikir", 2), ("baslangic", "Başlangıç", 5), ("gelisen", "Gelişen", 7), ("olgun", "Olgun", 5)]
    assert tables.stage("fikir").criteria[0] == "Aynı sektörde faaliyet gösteren bir yığın mevcuttur"
    assert tables.stage("Gelişme").criteria[0] == "Profesyonel tam zamanlı küme yöneticisi/koordinatörü çalışmaktadır"
    assert tables.stage("olgunluk").criteria[-1] == "Küme içinde uzmanlık grupları/alt kümelenmeler oluşmuştur"
    assert tables.stage("baslangic").english == "start"
    for stage in tables.stages:
        assert (stage.section_id, stage.page) == ("4.tablo-2", 26)
        assert all(c in report_text for c in stage.criteria)
    assert tables.stage_caption.startswith("Tablo 2.")


def fig(f):
    return (f.printed, f.value, f.unit) if f else None


def test_urge_lines_figures_by_hand(tables):
    urge = tables.urge
    assert [line.key for line in urge.lines] == [
        "egitim-danismanlik", "yurtdisi-pazarlama", "alim-heyeti", "bireysel-danismanlik", "istihdam"]
    expected = {  # rate, ceiling, basis, count, duration [pp. 12-13]
        "egitim-danismanlik": (("% 75", 75, "%"), ("400.000 USD", 400000, "USD"), "project", None, None),
        "yurtdisi-pazarlama": (("%75", 75, "%"), ("150.000 USD", 150000, "USD"), "programme",
                               ("5 (beş) adet", 5, "programme"), None),
        "alim-heyeti": (("%75", 75, "%"), ("100.000 USD", 100000, "USD"), "programme",
                        ("10 (on) adet", 10, "programme"), None),
        "bireysel-danismanlik": (("% 70", 70, "%"), ("50.000 USD", 50000, "USD"), "year", None,
                                 ("3 (üç) yıl", 3, "year")),
        "istihdam": (None, None, "expert", ("2 (iki) uzman personel", 2, "expert"), ("3 (üç) yıl", 3, "year")),
    }
    for key, (rate, ceiling, basis, count, duration) in expected.items():
        line = urge.line(key)
        assert fig(line.rate) == rate, key
        assert fig(line.ceiling) == ceiling, key
        assert line.basis == basis, key
        assert fig(line.count) == count, key
        assert fig(line.duration) == duration, key
    assert urge.line("egitim-danismanlik").basis_quote.text == "proje bazında"
    assert urge.line("alim-heyeti").basis_quote.text == "her bir program bazında"
    assert urge.line("bireysel-danismanlik").basis_quote.text == "yıllık"
    assert urge.line("istihdam").amount_rule.text == "ilgili işbirliği kuruluşunun emsal personeli brüt ücreti tutarı kadar"
    assert urge.line("ihtiyac-analizi") is None  # needs analysis is a topic of the training line, not a line


def test_urge_items_as_printed(tables, report_text):
    urge = tables.urge
    training = urge.line("egitim-danismanlik")
    assert [q.text for q in training.topics] == [
        "Eğitim ve/veya danışmanlık ihtiyacının analizi",
        "İş planı ve ihracat stratejilerinin hazırlanması, izlenmesi",
        "İhracat potansiyelinin belirlenmesi ve ihracat yapmaya hazır hale getirilmesi",
        "Süreç iyileştirme ve yönetimi",
        "Bilgi ve iletişim teknolojileri danışmanlığı",
        "Aynı değer zincirinde yer alan, birbirleriyle ticari ilişki ve coğrafi yakınlık içinde olan şirketlerin "
        "uluslararası rekabetçilik yönünde yol haritalarının hazırlanması"]
    assert [q.text for q in training.eligible_costs] == [
        "eğitim, danışmanlık faaliyet giderleri", "program organizasyonuna yönelik faaliyet giderleri"]
    marketing = urge.line("yurtdisi-pazarlama")
    assert [q.text for q in marketing.topics] == [
        "ortak pazar araştırmaları", "pazar ziyaretleri", "küme tanıtım faaliyetleri", "ticaret heyetleri",
        "yurt dışı fuar ziyaretleri", "eşleştirme vb organizasyonlar"]
    assert urge.line("alim-heyeti").purpose.text.startswith("yurt dışındaki alıcı firmaların")
    employment = urge.line("istihdam")
    conditions = [q.text for q in employment.conditions]
    assert "aynı değer zincirinde yer alan" in conditions
    assert "birbiriyle ticari ilişki ve coğrafi yakınlık içinde olan" in conditions
    assert employment.beneficiary.text == "işbirliği kuruluşlarına"
    assert urge.line("bireysel-danismanlik").conditions[0].text.startswith("Eğitim ve/veya danışmanlık programına")
    assert len(urge.organisations) == 10 and urge.organisations[0].text == "Türkiye İhracatçılar Meclisi"
    assert training.applicants == urge.organisations and urge.line("bireysel-danismanlik").applicants == ()
    # every quoted item is a substring of its sentence, and the sentence is the report's
    for line in urge.lines:
        quotes = [*line.eligible_costs, *line.topics, *line.conditions, line.purpose, line.beneficiary,
                  line.basis_quote, line.amount_rule, *line.applicants]
        for quote in filter(None, quotes):
            assert quote.text in quote.sentence, (line.key, quote.text)
            assert flat(quote.sentence) in report_text, (line.key, quote.sentence[:60])
            assert quote.page in (11, 12, 13)
        for figure in filter(None, (line.rate, line.ceiling, line.count, line.duration)):
            assert figure.printed in figure.sentence and figure.section_id == line.section_id


def test_urge_calculator(tables):
    urge = tables.urge
    training = urge.line("egitim-danismanlik").reimbursement(250000)
    assert (training.value, training.currency, training.capped) == (Decimal("187500.00"), "USD", False)
    big = urge.line("egitim-danismanlik").reimbursement("1000000")
    assert (big.value, big.capped) == (Decimal("400000"), True)
    assert urge.line("alim-heyeti").max_total().value == Decimal("1000000")  # 10 × 100.000 USD
    assert urge.line("yurtdisi-pazarlama").max_total().value == Decimal("750000")  # 5 × 150.000 USD
    assert urge.line("bireysel-danismanlik").max_total().value == Decimal("150000")  # 3 yıl × 50.000 USD
    assert urge.line("istihdam").reimbursement(10) is None and urge.line("istihdam").max_total() is None
    assert [f.printed for f in urge.line("alim-heyeti").max_total().inputs] == ["10 (on) adet", "100.000 USD"]


# (section, printed, value, unit, label, base) — a dozen figures checked against the sentences by hand.
FIGURES = [
    ("yonetici-ozeti", "321", 321, "count", "potansiyel küme (fikir aşamasında)", None),
    ("yonetici-ozeti", "18", 18, "count", "başlangıç", 35),
    ("yonetici-ozeti", "3", 3, "count", "olgunluk aşamasında", 35),
    ("yonetici-ozeti", "27", 27, "count", "uluslararasılaştırma ve ihracata", 35),
    ("yonetici-ozeti", "% 25", 25, "%", "tarımsal gıda", 356),
    ("yonetici-ozeti", "500 milyar USD", 500_000_000_000, "USD", "2023 yılında hedeflenen ihracat", None),
    ("4.2", "321", 321, "count", "Potansiyel Kümelerin Verileri (fikir aşamasındaki kümeler)", None),
    ("4.2.A", "%25", 25, "%", "tarım-gıda", None),
    ("4.2.A", "%13", 13, "%", "Metal İşleme-makine-mekatronik sektörü", None),
    ("4.2.A", "%7", 7, "%", "ağaç-mobilya-kağıt sektörü ve turizm sektörü", None),
    ("4.2.C", "%3", 3, "%", "teknoloji kümelerinin oranı (BROP dışı bölgede)", None),
    ("4.2.D", "%65", 65, "%", "GZTF analizi", 35),
    ("4.2.E", "14", 14, "count", "temel analizleri", 18),
    ("4.2.E", "13", 13, "count", "sektör firmalarının kümeye entegrasyonunu", 18),
    ("4.2.F", "%40", 40, "%", "tam zamanlı küme koordinatörüne", 35),
    ("4.2.F", "%20", 20, "%", "yarı zamanlı küme koordinatörüne", 35),
    ("4.2.H", "27", 27, "count", "öncelikleri arasında uluslararasılaştırma veya ihracat", 35),
]


def test_figures_by_hand(tables, report_text):
    figures = tables.figures
    for section_id, printed, value, unit, label, base in FIGURES:
        found = [f for f in figures if (f.section_id, f.printed) == (section_id, printed) and f.label == label]
        assert len(found) == 1, (section_id, printed, [f.label for f in figures if f.printed == printed])
        f = found[0]
        assert (f.value, f.unit) == (Decimal(value), unit)
        assert f.base == (Decimal(base) if base is not None else None)
        assert printed in f.sentence and flat(f.sentence) in report_text
    pages = {(f.section_id, f.printed): f.page for f in reversed(figures)}  # first occurrence wins
    assert pages[("4.2.D", "%65")] == 34 and pages[("4.2.D", "18")] == 35 and pages[("4.2.F", "%40")] == 36
    assert pages[("yonetici-ozeti", "321")] == 4 and pages[("4.2.A", "%25")] == 31
    assert len(figures) == 45
    # no year and no ordinal is a figure
    assert not [f for f in figures if f.unit == "count" and 1900 <= f.value <= 2100]
    assert tables.figures_in("4.2.J") == ()


def test_parse_number_reads_turkish_notation():
    assert parse_number("400.000") == 400000 and parse_number("% 75") == 75
    assert parse_number("3,5") == Decimal("3.5") and parse_number("500 milyar") == 500 * 10 ** 9


def test_a_corpus_without_the_report_gives_empty_tables():
    empty = build_tables(ParsedCorpus((), (), 0, ()))
    assert empty.responses.rows == () and empty.stages == () and empty.urge.lines == () and empty.figures == ()
    assert empty.stage("fikir") is None
