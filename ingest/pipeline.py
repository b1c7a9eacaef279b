"""`kume ingest`: corpus folder → parsed sections → chunks → a switched-in Chroma collection.

Re-running on an unchanged corpus only hashes the files and compares the
stamp, so it finishes in about a second; a changed corpus is re-parsed but
only chunks with new ids are embedded. Each chunk with an English rendering
(ingest/english_view.py) also gets its English view embedded, into the
collection's English companion (core/store.py); an unchanged view keeps its
vector. The rendering is part of the stamp: a changed `en/*.jsonl` re-ingests,
re-embedding only the views it changed.

An ingest into an embedded store holds the store's write lock from start to
end (`ChromaConnection.writing`), so a second `kume ingest`, or a `kume serve`
building the store, is refused at once with a message naming the first one,
instead of both writing the folder. `rebuild` embeds everything again into a
collection beside the live one and switches only when it is complete, as any
ingest does: an interrupted rebuild leaves the previous index answering. Only
a store that cannot be opened at all (corrupted, or written by another
chromadb) is deleted first; nothing answers from it anyway.
"""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ingest.chunking import chunk_sections
from ingest.english_view import english_views, rendering_dir
from core.embedders import Embedder
from core.records import SkippedFile
from core.rendering import Rendering
from ingest.report_parser import PARSER_VERSION, parse_corpus
from core.settings import Settings
from ingest.sources import CorpusError
from core.store import ChromaStore, StoreError, StoreStamp

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class IngestSummary:
    up_to_date: bool
    files: int
    pages: int
    sections: int
    chunks_by_kind: dict[str, int]
    inventory_rows: int
    embedded: int
    reused: int
    seconds: float
    skipped: tuple[SkippedFile, ...] = field(default_factory=tuple)
    collection: str = ""
    english_embedded: int = 0  # English views embedded / reused (the English companion collection)
    english_reused: int = 0

    @property
    def chunks(self) -> int:
        return sum(self.chunks_by_kind.values())


# Files that change what ingestion produces: documents, and the BROP table (it sets flags).
# Query-time data (glossary.tsv, action-applicability.tsv) is read by the assistant, not stored.
INGESTED_SUFFIXES = {".txt", ".md", ".pdf"}
INGESTED_DATA = {"brop-provinces.tsv", "inventory-sectors.tsv"}  # tables the parser reads: a change re-ingests


def corpus_hash(corpus_dir: Path) -> str:
    """Hash of the name and bytes of every file ingestion reads, the English rendering's included."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder '{corpus_dir}' does not exist: pass --corpus PATH or put the report in corpus/")
    digest = hashlib.sha256()
    files = [p for p in corpus_dir.rglob("*") if p.is_file() and not p.name.startswith(".")
             and (p.suffix.lower() in INGESTED_SUFFIXES or p.name in INGESTED_DATA)]
    for path in sorted(files):
        digest.update(str(path.relative_to(corpus_dir)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    en_dir = rendering_dir(corpus_dir)  # the repository's rendering when the corpus has none of its own
    for path in sorted(en_dir.glob("*.jsonl")) if en_dir.is_dir() else ():
        digest.update(b"en\x1f" + path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def target_stamp(settings: Settings, embedder: Embedder) -> StoreStamp:
    return StoreStamp(embedder.model_id, PARSER_VERSION, corpus_hash(settings.corpus_dir))


def store_is_current(settings: Settings, embedder: Embedder) -> bool:
    store = ChromaStore(settings.store_dir, settings.chroma_url)
    if not store.exists():
        return False
    try:
        active = store.active()
    except StoreError:
        return False
    return active is not None and active.stamp == target_stamp(settings, embedder)


def run_ingest(settings: Settings, embedder: Embedder, *, rebuild: bool = False,
               progress: Progress | None = None) -> IngestSummary:
    started = time.perf_counter()
    stamp = target_stamp(settings, embedder)  # a missing corpus is reported before the store is touched
    store = ChromaStore(settings.store_dir, settings.chroma_url)
    with store.writing():
        return _ingest(settings, store, stamp, rebuild, progress, started, embedder.embed_documents)


def _unusable(store: ChromaStore, rebuild: bool) -> bool:
    """Whether an embedded store must be deleted before building: another chromadb's (rebuilt, not migrated),
    or, for --rebuild, one that cannot be opened or holds no finished index."""
    try:
        store.check_version()
        if rebuild and store.exists():
            return store.active() is None
    except StoreError:
        return True
    return False


def _ingest(settings: Settings, store: ChromaStore, stamp: StoreStamp, rebuild: bool,
            progress: Progress | None, started: float, embed) -> IngestSummary:
    if settings.chroma_url is None and _unusable(store, rebuild):
        store.destroy()
    active = store.active()
    if active is not None and active.stamp == stamp and not rebuild:
        c = active.counts
        skipped = tuple(SkippedFile(source, reason) for source, reason in c.get("skipped", []))
        return IngestSummary(True, c.get("files", 0), c.get("pages", 0), c.get("sections", 0),
                             c.get("chunks_by_kind", {}), c.get("inventory_rows", 0), 0, c.get("chunks", 0),
                             time.perf_counter() - started, skipped, collection=active.name,
                             english_reused=c.get("english_views", 0))

    def on_file(name: str) -> None:
        if progress:
            progress(f"reading {name}", 0, 0)

    parsed = parse_corpus(settings.corpus_dir, on_file=on_file)
    chunks = chunk_sections(parsed.sections, parsed.clusters)
    if not chunks:
        raise CorpusError(f"nothing to index in '{settings.corpus_dir}': add the report (.txt or .pdf) and re-run")
    by_kind = dict(sorted(Counter(c.kind for c in chunks).items()))
    counts = {"files": len(parsed.files), "pages": parsed.pages, "sections": len(parsed.sections),
              "chunks_by_kind": by_kind, "inventory_rows": len(parsed.clusters), "chunks": len(chunks),
              "skipped": [[s.source, s.reason] for s in parsed.skipped]}

    def on_embed(done: int, total: int) -> None:
        if progress:
            progress("embedding", done, total)

    english = english_views(chunks, Rendering.load(rendering_dir(settings.corpus_dir)))
    counts["english_views"] = len(english)
    built = store.build(chunks, stamp, embed, counts, on_progress=on_embed, fresh=rebuild, english=english)
    return IngestSummary(False, len(parsed.files), parsed.pages, len(parsed.sections), by_kind, len(parsed.clusters),
                         built.embedded, built.reused, time.perf_counter() - started, parsed.skipped,
                         collection=built.name, english_embedded=built.english_embedded,
                         english_reused=built.english_reused)
