"""A small builder that collects lines into sections and freezes them into a tree.

Parsers walk the document once and say "from here on, lines belong to
section X"; sections may be re-entered (the text after a table returns to
the chapter around it). `freeze` reflows the lines and computes each
section's title path from its ancestors.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ingest.cleaning import Line, reflow
from core.records import Paragraph, Section


@dataclass
class _Draft:
    section_id: str
    label: str
    title: str
    kind: str
    parent_id: str | None
    page: int | None
    aliases: tuple[str, ...] = ()
    lines: list[Line] = field(default_factory=list)
    paragraphs: tuple[Paragraph, ...] | None = None  # set when the text is not built from lines
    drop_debris: bool = True


class SectionTreeBuilder:
    def __init__(self, source: str):
        self.source = source
        self._drafts: dict[str, _Draft] = {}
        self._current: _Draft | None = None

    def open(
        self,
        section_id: str,
        title: str,
        kind: str,
        *,
        parent_id: str | None,
        page: int | None,
        label: str = "",
        aliases: tuple[str, ...] = (),
        drop_debris: bool = True,
    ) -> None:
        """Start (or re-enter) a section; following lines go to it."""
        if section_id in self._drafts:
            self._current = self._drafts[section_id]
            return
        draft = _Draft(section_id, label, title.strip(), kind, parent_id, page, aliases, drop_debris=drop_debris)
        self._drafts[section_id] = draft
        self._current = draft

    def add_leaf(self, section_id: str, title: str, kind: str, *, parent_id: str, page: int | None,
                 label: str = "", aliases: tuple[str, ...] = (), text: str | None = None) -> None:
        """A section whose text is given (an action, an inventory row); the current section stays."""
        body = text if text is not None else title
        self._drafts[section_id] = _Draft(
            section_id, label, title.strip(), kind, parent_id, page, aliases,
            paragraphs=(Paragraph(page, body.strip()),),
        )

    def reenter(self, section_id: str) -> None:
        self._current = self._drafts[section_id]

    def add(self, line: Line) -> None:
        if self._current is not None:
            self._current.lines.append(line)

    def has(self, section_id: str) -> bool:
        return section_id in self._drafts

    def freeze(self) -> list[Section]:
        sections = []
        for draft in self._drafts.values():
            paragraphs = draft.paragraphs if draft.paragraphs is not None else reflow(draft.lines, drop_debris=draft.drop_debris)
            sections.append(
                Section(
                    section_id=draft.section_id,
                    title=draft.title,
                    kind=draft.kind,
                    paragraphs=paragraphs,
                    source=self.source,
                    page=draft.page,
                    parent_id=draft.parent_id,
                    path=self._path(draft),
                    aliases=draft.aliases,
                    level=len(self._path(draft)),
                )
            )
        return sections

    def _path(self, draft: _Draft) -> tuple[str, ...]:
        chain: list[str] = []
        node: _Draft | None = draft
        while node is not None:
            chain.append(f"{node.label} {node.title}".strip() if node.label else node.title)
            node = self._drafts.get(node.parent_id) if node.parent_id else None
        return tuple(reversed(chain))
