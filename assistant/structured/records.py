"""The report's tables rebuilt from the store's own chunks, so answers and citations share one ingestion.

`ingest.tables.build_tables` reads parsed `Section`s; at query time the
assistant has only the stored chunks. Each chunk is "<section path>\\n<paragraphs
joined by blank lines>" with the section's id, title, kind, page and position
as metadata (ingest.chunking), so the sections can be put back together in
order, paragraph by paragraph — the same way `assistant.structured.urge.facts_from_chunks`
does for chapter 2. Inventory rows (EK2.<no>) are skipped: the tables never
read them and there are 356 of them.
"""
from __future__ import annotations

from core.records import Paragraph, ParsedCorpus, Section
from ingest.chunking import PATH_SEPARATOR
from ingest.tables import ReportTables, build_tables


def _page(value) -> int | None:
    return int(value) if isinstance(value, (int, float)) else None


def sections_from_chunks(chunks) -> tuple[Section, ...]:
    """Every non-inventory section of the stored chunks, paragraphs in their printed order."""
    parts: dict[str, list] = {}
    for chunk in chunks:
        sid = str(chunk.metadata.get("section_id", ""))
        if sid and not (sid.startswith("EK2.") and sid[4:].isdigit()):
            parts.setdefault(sid, []).append(chunk)
    sections = []
    for sid, group in parts.items():
        group.sort(key=lambda c: int(c.metadata.get("position", 0) or 0))
        meta = group[0].metadata
        paragraphs = tuple(Paragraph(_page(c.metadata.get("page")), p) for c in group
                           for p in c.text.partition("\n")[2].split("\n\n") if p.strip())
        path = tuple(p for p in str(meta.get("path", "")).split(PATH_SEPARATOR) if p)
        aliases = tuple(a for a in str(meta.get("aliases", "")).split(" | ") if a)
        sections.append(Section(sid, str(meta.get("section_title", "")), str(meta.get("kind", "")), paragraphs,
                                str(meta.get("source", "")), _page(meta.get("page")), meta.get("parent_id") or None,
                                path, aliases, len(path)))
    return tuple(sections)


def tables_from_chunks(chunks) -> ReportTables | None:
    """Tablo 1, Tablo 2, the URGE support lines and the figures of 4.2; None when the store holds no report."""
    sections = sections_from_chunks(chunks)
    if not sections:
        return None
    tables = build_tables(ParsedCorpus(sections, (), 0, ()))
    if not (tables.responses.rows or tables.stages or tables.urge.lines):
        return None
    return tables
