"""The tables the assistant answers from are the ones ingest parses: rebuilt from chunks, equal to parse_corpus."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assistant.knowledge import Knowledge
from assistant.retrieval.corpus_index import CorpusIndex, IndexedChunk
from assistant.structured.records import sections_from_chunks, tables_from_chunks
from ingest.chunking import chunk_sections
from ingest.report_parser import parse_corpus
from ingest.tables import build_tables

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


@pytest.fixture(scope="module")
def parsed():
    return parse_corpus(CORPUS)


@pytest.fixture(scope="module")
def chunks(parsed):
    return chunk_sections(parsed.sections, parsed.clusters)


def test_tables_from_chunks_equal_the_parsed_tables(parsed, chunks):
    direct, rebuilt = build_tables(parsed), tables_from_chunks(chunks)
    assert rebuilt.responses == direct.responses
    assert rebuilt.stages == direct.stages
    assert rebuilt.urge == direct.urge
    assert rebuilt.stage_caption == direct.stage_caption
    # A chunk keeps the page of its first paragraph only, so a figure whose paragraph starts on the next
    # page inside the same chunk carries the chunk's page; everything else about it is the same.
    assert [replace(f, page=None) for f in rebuilt.figures] == [replace(f, page=None) for f in direct.figures]


def test_rebuilt_sections_keep_text_and_skip_inventory_rows(parsed, chunks):
    rebuilt = {s.section_id: s for s in sections_from_chunks(chunks)}
    assert not any(sid.startswith("EK2.") for sid in rebuilt)
    original = {s.section_id: s for s in parsed.sections}
    for sid in ("2", "2.istihdam", "4.tablo-1", "4.tablo-2"):
        assert rebuilt[sid].text == original[sid].text
        assert rebuilt[sid].parent_id == original[sid].parent_id


def test_knowledge_carries_the_tables(chunks):
    index = CorpusIndex([IndexedChunk(c.chunk_id, c.text, dict(c.metadata)) for c in chunks])
    tables = Knowledge.build(index, CORPUS).tables
    assert tables is not None and tables.responses.total == 349 and len(tables.stages) == 4


def test_no_report_no_tables():
    assert tables_from_chunks([]) is None
