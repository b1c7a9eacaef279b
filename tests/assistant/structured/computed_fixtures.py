"""A Knowledge-like value with the real report's tables and sections, for the computed-answer tests."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from assistant.question.analysis import analyze
from core.rendering import Rendering
from assistant.retrieval.corpus_index import CorpusIndex, IndexedChunk
from assistant.structured.records import tables_from_chunks
from ingest.chunking import chunk_sections
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"


def real_knowledge() -> SimpleNamespace:
    parsed = parse_corpus(CORPUS)
    chunks = chunk_sections(parsed.sections, parsed.clusters)
    index = CorpusIndex([IndexedChunk(c.chunk_id, c.text, dict(c.metadata)) for c in chunks])
    return SimpleNamespace(index=index, tables=tables_from_chunks(chunks), rendering=Rendering.load(CORPUS / "en"))


def full_knowledge():
    """The assistant's own Knowledge over the parsed corpus (no store): what the router reads."""
    from assistant.knowledge import Knowledge

    parsed = parse_corpus(CORPUS)
    chunks = chunk_sections(parsed.sections, parsed.clusters)
    return Knowledge.build(CorpusIndex([IndexedChunk(c.chunk_id, c.text, dict(c.metadata)) for c in chunks]), CORPUS)


def question(text: str, *history: str):
    return analyze(text, list(history))


def routed(knowledge, text: str, *history: str):
    """What the router answers for `text` asked after `history` (the router tests' one way in)."""
    from assistant.structured.router import route

    q = analyze(text, list(history))
    return route(q, q.slots, knowledge)
