"""The store's chunks, loaded once at start, indexed by section.

Everything that needs the whole corpus at query time (the lexical index, the
code resolver, the inventory lookup, the sections behind a direct hit) reads
it from here instead of asking Chroma again.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from assistant.retrieval.dense import hit_from
from core.answers import Hit


@dataclass(frozen=True)
class SectionInfo:
    section_id: str
    title: str
    kind: str
    path: str
    page: int | None
    source: str
    aliases: tuple[str, ...]
    parent_id: str | None
    chunk_ids: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class IndexedChunk:
    chunk_id: str
    text: str
    metadata: dict = field(compare=False, hash=False)


class CorpusIndex:
    def __init__(self, chunks: list[IndexedChunk]):
        self.chunks = tuple(sorted(chunks, key=lambda c: (str(c.metadata.get("section_id")),
                                                          int(c.metadata.get("position", 0) or 0))))
        self._by_id = {c.chunk_id: c for c in self.chunks}
        grouped: dict[str, list[IndexedChunk]] = {}
        for chunk in self.chunks:
            grouped.setdefault(str(chunk.metadata.get("section_id", "")), []).append(chunk)
        self.sections: dict[str, SectionInfo] = {}
        self.children: dict[str, list[str]] = {}
        for sid, group in grouped.items():
            meta = group[0].metadata
            aliases = tuple(a for a in str(meta.get("aliases", "")).split(" | ") if a)
            page = meta.get("page")
            self.sections[sid] = SectionInfo(
                sid, str(meta.get("section_title", "")), str(meta.get("kind", "")), str(meta.get("path", "")),
                int(page) if isinstance(page, (int, float)) else None, str(meta.get("source", "")), aliases,
                meta.get("parent_id") or None, tuple(c.chunk_id for c in group))
        for info in self.sections.values():
            if info.parent_id:
                self.children.setdefault(info.parent_id, []).append(info.section_id)

    @classmethod
    def from_store(cls, store, collection_name: str) -> "CorpusIndex":
        return cls([IndexedChunk(c.chunk_id, c.text, dict(c.metadata)) for c in store.all_chunks(collection_name)])

    def hits_for(self, section_id: str, score: float = 1.0) -> list[Hit]:
        info = self.sections.get(section_id)
        if info is None:
            return []
        return [hit_from(cid, self._by_id[cid].text, self._by_id[cid].metadata, score) for cid in info.chunk_ids]

    def hit(self, chunk_id: str, score: float) -> Hit:
        chunk = self._by_id[chunk_id]
        return hit_from(chunk.chunk_id, chunk.text, chunk.metadata, score)

    def section_text(self, section_id: str) -> str:
        info = self.sections.get(section_id)
        if info is None:
            return ""
        return "\n\n".join(self._by_id[cid].text.partition("\n")[2] or self._by_id[cid].text for cid in info.chunk_ids)
