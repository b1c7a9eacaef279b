"""Citations of computed answers: one per quoted sentence, numbered in the order the answer uses them.

A computed answer cites every input it used, and the citation's text is the
sentence the input was read from (a Tablo row is cited to its table), so the
reader sees exactly what the arithmetic rests on. The same sentence cited twice
keeps its first number, and so does a sentence the record quotes inside a longer passage already cited
(the employment line's amount rule is the second sentence of the passage that gives its count).
"""
from __future__ import annotations

from core.answers import Citation


class Citer:
    def __init__(self, knowledge):
        self.sections = knowledge.index.sections if knowledge is not None else {}
        self.citations: list[Citation] = []

    def cite(self, section_id: str, text: str, page: int | None = None) -> int:
        """The number of the citation of `text` in `section_id`, added when new."""
        for c in self.citations:
            if c.section_id == section_id and text in c.text:
                return c.n
        info = self.sections.get(section_id)
        title = info.title if info else section_id
        kind = info.kind if info else ""
        source = info.source if info else ""
        path = info.path if info else ""
        page = page if page is not None else (info.page if info else None)
        self.citations.append(Citation(len(self.citations) + 1, section_id, title, kind, source, page, text, path))
        return len(self.citations)

    def all(self) -> tuple[Citation, ...]:
        return tuple(self.citations)
