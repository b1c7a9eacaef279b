from pathlib import Path

import pytest

from ingest.chunking import MAX_CHARS, chunk_id, chunk_sections, pack_paragraphs
from core.records import Paragraph, Section
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def parsed():
    return parse_corpus(CORPUS)


def section(sid, *texts, parent=None):
    return Section(sid, f"Başlık {sid}", "report", tuple(Paragraph(i + 1, t) for i, t in enumerate(texts)),
                   "doc.txt", 1, parent, (f"Başlık {sid}",))


def test_ids_are_content_derived_and_stable():
    a = chunk_sections([section("1", "Bir paragraf.")])
    b = chunk_sections([section("1", "Bir paragraf.")])
    c = chunk_sections([section("1", "Başka paragraf.")])
    assert a[0].chunk_id == b[0].chunk_id != c[0].chunk_id
    assert chunk_id("a", "1", 0, "x") != chunk_id("a", "1", 1, "x")


def test_packing_respects_limit_and_keeps_order():
    paragraphs = tuple(Paragraph(1, f"Cümle {i}. " * 40) for i in range(6))
    groups = pack_paragraphs(paragraphs, 900)
    assert all(sum(len(p.text) for p in g) <= 900 for g in groups)
    assert [p.text for g in groups for p in g] == [p.text for p in paragraphs]


def test_real_corpus_chunks_follow_the_structure(parsed):
    chunks = chunk_sections(parsed.sections, parsed.clusters)
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert all(len(c.text) <= MAX_CHARS + 400 for c in chunks)  # body limit plus the path header
    rows = [c for c in chunks if c.section_id.startswith("EK2.")]
    assert len(rows) == 356
    row = next(c for c in rows if c.section_id == "EK2.148")
    assert row.metadata["province"] == "Gaziantep" and row.metadata["stage"] == "fikir" and row.metadata["brop"] is True
    for c in chunks:
        assert all(isinstance(v, (str, int, float, bool)) for v in c.metadata.values()), c.section_id
        assert c.metadata["section_id"] == c.section_id and c.kind in (
            "report", "urge", "case_study", "action_plan", "survey", "inventory")
    # every action is findable on its own, with its parents' titles
    e6 = next(c for c in chunks if c.section_id == "ORA1.AA1.T1.E6")
    assert "Küme Yönetiminde Profesyonelleşme" in e6.text and e6.metadata["code"] == "ORA1.AA1.T1.E6"
    # a case study is never mixed with the next
    assert not any("Guelph" in c.text for c in chunks if c.section_id == "3.2")
    # the measure's last chunk still lists its actions
    t1 = [c for c in chunks if c.section_id == "ORA1.AA1.T1"]
    assert "ORA1.AA1.T1.E8" in t1[-1].text
