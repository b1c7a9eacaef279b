"""Sections → chunks that follow the structure.

A chunk never crosses a section boundary (a case study is not mixed with
the next), every chunk starts with its section path so the embedder sees the
context, a measure keeps its list of actions, every action is also a chunk
of its own, and one inventory row is one chunk with its fields as metadata.
Chunk ids hash the source, section, position and text, so an unchanged
corpus yields the same ids and re-ingesting re-embeds nothing.
"""
from __future__ import annotations

import hashlib
import re

from core.records import Chunk, ClusterRecord, MetadataValue, Paragraph, Section

MAX_CHARS = 1200  # multilingual-e5-small reads 512 tokens; Turkish runs ~3 chars/token
PATH_SEPARATOR = " › "
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def chunk_id(source: str, section_id: str, position: int, text: str) -> str:
    digest = hashlib.sha256(f"{source}\x1f{section_id}\x1f{position}\x1f{text}".encode("utf-8"))
    return digest.hexdigest()[:24]


def _split_long(paragraph: Paragraph, limit: int) -> list[Paragraph]:
    if len(paragraph.text) <= limit:
        return [paragraph]
    parts: list[Paragraph] = []
    current = ""
    for sentence in _SENTENCE_END.split(paragraph.text):
        if current and len(current) + len(sentence) + 1 > limit:
            parts.append(Paragraph(paragraph.page, current))
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        parts.append(Paragraph(paragraph.page, current))
    return parts


def pack_paragraphs(paragraphs: tuple[Paragraph, ...], limit: int = MAX_CHARS) -> list[list[Paragraph]]:
    """Greedy packing of whole paragraphs into groups of at most `limit` characters."""
    groups: list[list[Paragraph]] = []
    size = 0
    for paragraph in paragraphs:
        for piece in _split_long(paragraph, limit):
            if groups and size + len(piece.text) + 2 <= limit:
                groups[-1].append(piece)
                size += len(piece.text) + 2
            else:
                groups.append([piece])
                size = len(piece.text)
    return groups


def _base_metadata(section: Section) -> dict[str, MetadataValue]:
    meta: dict[str, MetadataValue] = {
        "section_id": section.section_id,
        "section_title": section.title,
        "kind": section.kind,
        "source": section.source,
        "path": PATH_SEPARATOR.join(section.path),
    }
    if section.section_id.startswith("ORA"):
        meta["code"] = section.section_id
    if section.aliases:
        meta["aliases"] = " | ".join(section.aliases)
    if section.parent_id:
        meta["parent_id"] = section.parent_id
    return meta


def _cluster_metadata(cluster: ClusterRecord) -> dict[str, MetadataValue]:
    return {
        "no": cluster.number,
        "province": cluster.province,
        "stage": cluster.stage.key,
        "sector": cluster.sector,
        "brop": cluster.brop,
    }


def chunk_sections(sections: tuple[Section, ...] | list[Section], clusters: tuple[ClusterRecord, ...] | list[ClusterRecord] = (),
                   *, max_chars: int = MAX_CHARS) -> list[Chunk]:
    by_row = {c.section_id: c for c in clusters}
    chunks: list[Chunk] = []
    for section in sections:
        if not section.paragraphs:
            continue
        header = PATH_SEPARATOR.join(section.path)
        if section.aliases:
            header += f" ({', '.join(section.aliases)})"
        groups = pack_paragraphs(section.paragraphs, max_chars)
        for position, group in enumerate(groups):
            body = "\n\n".join(p.text for p in group)
            text = f"{header}\n{body}"
            meta = _base_metadata(section)
            if section.section_id in by_row:
                meta.update(_cluster_metadata(by_row[section.section_id]))
            page = group[0].page if group[0].page is not None else section.page
            if page is not None:
                meta["page"] = page
            meta["position"] = position
            chunks.append(
                Chunk(
                    chunk_id=chunk_id(section.source, section.section_id, position, text),
                    section_id=section.section_id,
                    section_title=section.title,
                    kind=section.kind,
                    text=text,
                    source=section.source,
                    page=page,
                    position=position,
                    metadata=meta,
                )
            )
    return chunks
