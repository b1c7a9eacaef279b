"""core.inventory_text: the inventory rows' Turkish chunk text and its generated English.

The English is product data built from records, so it gets the rendering's own checks (core.rendering.
check_pair: same numbers, codes and names, no Turkish words outside names) over all 356 rows of the report.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.structured.inventory_aggregate import english_labels
from assistant.structured.inventory_names import english_glosses
from core.inventory_text import row_renderings, row_text_en, row_text_tr
from core.records import ClusterRecord
from core.rendering import Rendering, check_pair
from ingest.inventory import STAGES
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
STAGE = {s.key: s for s in STAGES}


@pytest.fixture(scope="module")
def parsed():
    return parse_corpus(CORPUS)


@pytest.fixture(scope="module")
def pairs(parsed):
    return row_renderings(parsed.clusters, english_labels(CORPUS / "en" / "sectors.tsv"),
                          english_glosses(CORPUS / "en" / "inventory.tsv"))


def test_the_turkish_text_is_the_text_ingest_stores(parsed, pairs):
    stored = {s.section_id: "\n".join(p.text for p in s.paragraphs) for s in parsed.sections}
    assert len(pairs) == 356
    assert all(stored[sid] == tr for sid, tr, _ in pairs)


def test_every_english_row_passes_the_renderings_checks(pairs):
    for _, tr, en in pairs:
        name = re.search(r"No \d+: (.*?) — İl:", tr)[1]
        for problem in check_pair(tr, en):
            # the printed name is kept as printed, so its own Turkish words are the only ones allowed
            assert problem.startswith("Turkish words outside names: "), (problem, en)
            words = problem.split(": ", 1)[1].split(", ")
            assert all(w in name for w in words), (problem, en)


def test_a_row_in_english_keeps_what_a_reader_checks_against_the_report():
    row = ClusterRecord(100, "Burdur", "Burdur", "Burdur Silah Sanayi", STAGE["fikir"], "savunma-havacılık-uzay",
                        False)
    labels = {("stage", "fikir"): "Idea stage", ("sector", "savunma-havacılık-uzay"): "Defence, aviation and space"}
    assert row_text_en(row, labels, {100: "Burdur Arms Industry"}) == (
        "EK 2 Cluster Inventory No 100: Burdur Silah Sanayi (Burdur Arms Industry) — Province: Burdur; "
        "Stage: Idea stage (Fikir); Sector: Defence, aviation and space; outside BROP")
    national = ClusterRecord(6, "TR", "TR", "Moda Kümesi", STAGE["gelisen"], "tekstil", True)
    text = row_text_en(national, {}, {})
    assert "Province: National (TR)" in text and "BROP province" in text and "(Moda Kümesi)" not in text
    assert row_text_tr(national).endswith("İl: Ulusal (TR); Aşama: Gelişme (raporda: Gelişen); Sektör: tekstil; BROP ili")


def test_generated_rows_join_the_rendering_without_touching_its_shipped_sentences():
    shipped = Rendering({})
    joined = shipped.with_texts([("EK2.1", "Bir satır", "One row")])
    assert joined.english("Bir satır") == "One row" and shipped.english("Bir satır") is None
