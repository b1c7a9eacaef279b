"""URGE support lines: every figure exactly as the report prints it, with the sentence it comes from."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.report_parser import parse_corpus
from ingest.urge_lines import extract_facts, extract_lines

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
REPORT = CORPUS / "kumeler-icin-ortak-rekabet-alanlari-stratejisi-raporu.txt"

# key: (rate, ceiling, count, duration, scope) — read off chapter 2 by hand.
EXPECTED = {
    "egitim-danismanlik": ("% 75", "400.000 USD", "", "", "proje bazında"),
    "yurtdisi-pazarlama": ("%75", "150.000 USD", "5 (beş) adet", "", "her bir program bazında"),
    "alim-heyeti": ("%75", "100.000 USD", "10 (on) adet", "", "her bir program bazında"),
    "bireysel-danismanlik": ("% 70", "yıllık 50.000 USD", "", "3 (üç) yıl", ""),
    "istihdam": ("", "emsal personeli brüt ücreti", "en fazla 2 (iki) uzman personel", "3 (üç) yıl", ""),
}


def flat(text: str) -> str:
    """Whitespace collapsed and list bullets dropped: how a sentence broken over lines and bullets reads."""
    return re.sub(r"\s+", " ", re.sub(r"(^|\s)[•v](?=\s)", " ", text)).strip()


@pytest.fixture(scope="module")
def sections():
    return parse_corpus(CORPUS).sections


@pytest.fixture(scope="module")
def lines(sections):
    return {line.key: line for line in extract_lines(sections)}


def test_all_five_lines_with_the_printed_figures(lines):
    assert list(lines) == list(EXPECTED)
    for key, values in EXPECTED.items():
        line = lines[key]
        assert (line.rate, line.ceiling, line.count, line.duration, line.scope) == values, key


def test_every_figure_occurs_verbatim_in_the_report_and_in_its_sentence(lines):
    report = flat(REPORT.read_text(encoding="utf-8"))
    for line in lines.values():
        for value in (line.rate, line.ceiling, line.count, line.duration, line.scope):
            if value:
                assert value in line.sentence, (line.key, value)
                assert value in report, (line.key, value)


def test_each_sentence_is_the_reports_own_sentence(lines, sections):
    by_id = {s.section_id: s for s in sections}
    for line in lines.values():
        assert flat(line.sentence) in flat(by_id[line.section_id].text), line.key
        assert line.sentence.endswith(".") and line.page in (12, 13)
    assert lines["egitim-danismanlik"].sentence.startswith("Eğitim ve/veya danışmanlık programları çerçevesinde")
    assert lines["yurtdisi-pazarlama"].sentence == lines["alim-heyeti"].sentence  # one sentence, two lines
    assert "emsal personeli brüt ücreti tutarı kadar destek verilir." in lines["istihdam"].sentence


def test_organisations_and_framing_sentences(sections):
    facts = extract_facts(sections)
    assert len(facts.organisations) == 10
    assert "Organize Sanayi Bölgeleri" in facts.organisations
    assert "Teknoloji Geliştirme Bölgeleri" in facts.organisations
    report = flat(REPORT.read_text(encoding="utf-8"))
    assert all(org in report for org in facts.organisations)
    assert facts.decree == "2010/8"
    assert facts.purpose_sentence.startswith("Desteğin amacı") and "yazılım sektöründe" in facts.purpose_sentence
    assert "bütünleşik bir destek mekanizması" in facts.mechanism_sentence
    assert "23 Eylül 2010" in facts.decree_sentence
    for sentence in (facts.purpose_sentence, facts.mechanism_sentence, facts.decree_sentence):
        assert flat(sentence) in report


def test_no_chapter_two_means_no_facts():
    assert extract_facts(()) is None
    assert extract_lines(()) == ()
