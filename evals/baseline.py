"""The plain RAG pipeline most people build first: the yardstick for the assistant.

Each corpus file's pages joined into one text, cut by LangChain's
`RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)`,
embedded with the same embedder as the assistant into an ephemeral
in-memory Chroma collection, top-k by cosine similarity, and the answer is
the top passages pasted together. It knows nothing of the report's
structure, which is the point: the score gap is what structure-aware
ingestion and citing buy. Nothing is written to disk.

Baseline chunks carry no section ids, so each is mapped onto the parsed
report sections to make the retrieval metrics comparable. The rule: text is
compared as ASCII-folded Turkish tokens (`tokenize_tr`) in 8-token shingles;
a section shorter than 8 tokens is one shingle that must appear whole (only
if it has at least 4 tokens: shorter ones match by accident); an inventory
row is compared in its printed form "No İl Ad Aşama", not its index text.
A chunk's sections are, first, the section sharing the most shingles with it
(ties: the earlier section), then every other section at least half of whose
shingles lie inside the chunk, most shared first. The first is the chunk's
`section_id` (and its citation); all of them are its `section_ids`, so a
chunk that holds twelve inventory rows is credited with all twelve.
"""
from __future__ import annotations

import bisect
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from assistant.question.language import detect_language
from core.embedders import Embedder, as_langchain
from core.normalize import tokenize_tr
from core.records import ParsedCorpus

CHUNK_SIZE, CHUNK_OVERLAP = 1000, 200
SHINGLE = 8
MIN_SHORT_TOKENS = 4
COVERED = 0.5
_EMBED_BATCH = 32


class SectionInfo(NamedTuple):
    section_id: str
    title: str
    kind: str
    text: str  # the text chunks are compared with


class BaselineChunk(NamedTuple):
    text: str
    source: str
    page: int | None
    section_ids: tuple[str, ...]  # best first; empty if the chunk matches no section


def section_infos(parsed: ParsedCorpus) -> tuple[SectionInfo, ...]:
    """Sections with the text a raw chunk can be matched against (title + body, or the printed row)."""
    rows = {c.section_id: c.printed for c in parsed.clusters}

    def text(s) -> str:  # short items repeat their title as their text
        return s.text if s.text.startswith(s.title) else f"{s.title}\n{s.text}"

    return tuple(SectionInfo(s.section_id, s.title, s.kind, rows.get(s.section_id) or text(s))
                 for s in parsed.sections)


def _shingles(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def map_chunks(chunk_texts: Sequence[str], sections: Sequence[SectionInfo]) -> tuple[tuple[str, ...], ...]:
    """Each chunk's report sections by the shingle rule of the module docstring."""
    index: dict[tuple[str, ...], list[int]] = {}
    sizes: list[int] = []
    short: list[tuple[int, str]] = []
    for i, section in enumerate(sections):
        tokens = tokenize_tr(section.text)
        if len(tokens) >= SHINGLE:
            grams = _shingles(tokens)
            for gram in grams:
                index.setdefault(gram, []).append(i)
            sizes.append(len(grams))
        else:
            if len(tokens) >= MIN_SHORT_TOKENS:
                short.append((i, f" {' '.join(tokens)} "))
            sizes.append(1)
    mapped = []
    for text in chunk_texts:
        tokens = tokenize_tr(text)
        shared: Counter[int] = Counter()
        for gram in _shingles(tokens):
            shared.update(index.get(gram, ()))
        joined = f" {' '.join(tokens)} "
        shared.update(i for i, phrase in short if phrase in joined)
        if not shared:
            mapped.append(())
            continue
        best = max(shared.values())
        primary = min(i for i, n in shared.items() if n == best)
        rest = sorted((i for i, n in shared.items() if i != primary and n >= COVERED * sizes[i]),
                      key=lambda i: (-shared[i], i))
        mapped.append(tuple(sections[i].section_id for i in (primary, *rest)))
    return tuple(mapped)


def split_corpus(corpus_dir: Path) -> tuple[tuple[str, str, int | None], ...]:
    """(text, source, page) of every baseline chunk, files in corpus order."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from ingest.sources import load_corpus

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP,
                                              add_start_index=True)
    by_source: dict[str, list] = {}
    for page in load_corpus(Path(corpus_dir)).pages:
        by_source.setdefault(page.source, []).append(page)
    out = []
    for source, pages in by_source.items():
        starts, text = [], ""
        for page in pages:
            starts.append(len(text))
            text += page.text + "\n"
        for doc in splitter.create_documents([text]):
            at = bisect.bisect_right(starts, doc.metadata.get("start_index", 0)) - 1
            out.append((doc.page_content, source, pages[max(at, 0)].number))
    return tuple(out)


class Baseline:
    """A built baseline index; `ask` answers in the shape of `Answer.to_dict()`."""

    def __init__(self, vectors, chunks: Sequence[BaselineChunk], sections: Sequence[SectionInfo]):
        self._vectors = vectors
        self.chunks = tuple(chunks)
        self._sections = {s.section_id: s for s in sections}

    @classmethod
    def build(cls, corpus_dir: Path, embedder: Embedder,
              on_progress: Callable[[int, int], None] | None = None) -> "Baseline":
        import chromadb
        from langchain_chroma import Chroma

        from ingest.report_parser import parse_corpus

        pieces = split_corpus(Path(corpus_dir))
        sections = section_infos(parse_corpus(Path(corpus_dir)))
        mapped = map_chunks([p[0] for p in pieces], sections)
        chunks = [BaselineChunk(text, source, page, ids) for (text, source, page), ids in zip(pieces, mapped)]
        client = chromadb.EphemeralClient(settings=chromadb.Settings(anonymized_telemetry=False))
        vectors = Chroma(collection_name=f"baseline-{uuid.uuid4().hex[:12]}", client=client,
                         embedding_function=as_langchain(embedder), collection_metadata={"hnsw:space": "cosine"})
        for start in range(0, len(chunks), _EMBED_BATCH):
            batch = range(start, min(start + _EMBED_BATCH, len(chunks)))
            vectors.add_texts([chunks[i].text for i in batch], metadatas=[{"chunk": i} for i in batch],
                              ids=[f"c{i}" for i in batch])
            if on_progress is not None:
                on_progress(batch.stop, len(chunks))
        return cls(vectors, chunks, sections)

    def close(self) -> None:
        """Drop the in-memory collection (ephemeral clients share one process-wide system)."""
        self._vectors.delete_collection()

    def ask(self, question: str, k: int = 5) -> dict:
        started = time.perf_counter()
        found = self._vectors.similarity_search_with_score(question, k=k)
        retrieved_at = time.perf_counter()
        citations, retrieved = [], []
        for n, (doc, distance) in enumerate(found, start=1):
            chunk = self.chunks[int(doc.metadata["chunk"])]
            primary = chunk.section_ids[0] if chunk.section_ids else ""
            info = self._sections.get(primary)
            kind = info.kind if info else ""
            citations.append({"n": n, "section_id": primary, "section_title": info.title if info else "",
                              "kind": kind, "source": chunk.source, "page": chunk.page, "text": chunk.text,
                              "path": ""})
            retrieved.append({"section_id": primary, "section_ids": list(chunk.section_ids), "kind": kind,
                              "score": round(1.0 - float(distance), 4), "text": chunk.text})
        done = time.perf_counter()
        return {
            "question": question, "answer": "\n\n".join(c["text"] for c in citations),
            "lang": detect_language(question), "refused": False, "citations": citations, "retrieved": retrieved,
            "timings_ms": {"retrieve": round((retrieved_at - started) * 1000, 1),
                           "compose": round((done - retrieved_at) * 1000, 1),
                           "total": round((done - started) * 1000, 1)},
        }

    def as_ask(self, k: int = 5):
        """`ask` for `evals.runner.run_eval`; history is ignored, as a plain pipeline would."""
        return lambda question: self.ask(question.question, k=k)
