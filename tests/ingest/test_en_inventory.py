"""The unofficial English glosses of the inventory (corpus/en/inventory.tsv) and of sectors and stages."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.inventory import SECTORS, STAGES
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
HEADER = "unofficial english rendering, written by the team from the turkish text"
TURKISH_ONLY = re.compile(r"[ğışİĞŞ]")


def rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert any(HEADER in line.lower() for line in lines if line.startswith("#")), path.name
    body = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return body[1:]  # the column header


@pytest.fixture(scope="module")
def clusters():
    return parse_corpus(CORPUS).clusters


@pytest.fixture(scope="module")
def glosses():
    return rows(CORPUS / "en" / "inventory.tsv")


def test_one_gloss_per_row_with_the_printed_number_and_name(glosses, clusters):
    assert len(glosses) == 356
    assert [(int(n), name) for n, name, _ in glosses] == [(c.number, c.name) for c in clusters]
    assert all(gloss.strip() for *_, gloss in glosses)


def test_digits_and_acronyms_survive(glosses):
    for number, name, gloss in glosses:
        for token in re.findall(r"[0-9A-ZÇĞİÖŞÜ]{2,}|\d+", name):
            assert token in gloss, (number, token, gloss)


def test_no_turkish_only_letters_except_in_proper_names_copied_from_the_name(glosses):
    bad = []
    for number, name, gloss in glosses:
        for word in re.findall(r"[\wçğıöşüÇĞİÖŞÜ'’-]+", gloss):
            if TURKISH_ONLY.search(word) and word not in name:
                bad.append((number, word))
    assert bad == []


def test_examples(glosses):
    by_number = {int(n): gloss for n, _, gloss in glosses}
    assert by_number[148] == "Gaziantep Machine-Made Carpet Manufacturing"
    assert by_number[167] == "Giresun Hazelnut Sector"
    assert by_number[42] == "ODTÜ Teknokent Software Cluster"
    assert by_number[123] == "Diyarbakır Textile Sector"


def test_every_sector_and_stage_has_an_english_label():
    table = rows(CORPUS / "en" / "sectors.tsv")
    labels = {(kind, key): english for kind, key, _, english in table}
    assert {key for kind, key in labels if kind == "sector"} == set(SECTORS)
    assert {key for kind, key in labels if kind == "stage"} == {s.key for s in STAGES}
    assert all(english and not TURKISH_ONLY.search(english) for english in labels.values())
    assert labels[("stage", "gelisen")] == "Developing stage"
