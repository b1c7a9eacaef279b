"""Frozen values passed between ingestion stages.

Every stage takes and returns these, never framework objects or bare dicts,
so a stage can be tested with a handful of hand-made values.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The document parts a chunk can belong to; they double as retrieval filters.
KINDS = ("report", "urge", "case_study", "action_plan", "survey", "inventory")

MetadataValue = str | int | float | bool


@dataclass(frozen=True)
class Page:
    """One page of one corpus file, as extracted (1-based page number)."""

    source: str
    number: int
    text: str


@dataclass(frozen=True)
class SkippedFile:
    """A corpus file that could not be read, and why (shown to the user)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Paragraph:
    """A reflowed paragraph and the page it starts on (page provenance)."""

    page: int | None
    text: str


@dataclass(frozen=True)
class Section:
    """A node of the report's section tree.

    `section_id` is stable and human readable ("3.4", "ORA1.AA1.T1.E6",
    "EK2.148"); `path` holds the titles from the chapter down to this node so
    a chunk can carry its context; `aliases` holds printed forms of the id
    that differ from the canonical one ("ORA1. Alt Alan 4.T1").
    """

    section_id: str
    title: str
    kind: str
    paragraphs: tuple[Paragraph, ...]
    source: str
    page: int | None = None
    parent_id: str | None = None
    path: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    level: int = 0  # depth in the tree: chapter = 1

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class Stage:
    """A cluster development stage with the labels the report uses for it."""

    key: str  # fikir | baslangic | gelisen | olgun
    report_label: str  # Fikir / Başlangıç / Gelişen / Olgun (text, Tablo 2)
    inventory_label: str  # Fikir / Başlangıç / Gelişme / Olgunluk (EK 2)
    english: str  # idea / start / developing / mature
    rank: int


@dataclass(frozen=True)
class ClusterRecord:
    """One row of EK 2, the inventory of 356 clusters."""

    number: int
    province: str  # canonical province name, "TR" for national clusters
    province_label: str  # as printed ("Afyon")
    name: str
    stage: Stage
    sector: str
    brop: bool
    page: int | None = None
    source: str = ""

    @property
    def section_id(self) -> str:
        return f"EK2.{self.number}"

    @property
    def printed(self) -> str:
        """The row as the report prints it: "<no> <İl> <Ad> <Aşama>"."""
        return f"{self.number} {self.province_label} {self.name} {self.stage.inventory_label}"


@dataclass(frozen=True)
class Chunk:
    """A unit of retrieval: text to embed plus flat scalar metadata."""

    chunk_id: str
    section_id: str
    section_title: str
    kind: str
    text: str
    source: str
    page: int | None
    position: int
    metadata: dict[str, MetadataValue] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class ParsedCorpus:
    """Everything the parser got out of the corpus folder."""

    sections: tuple[Section, ...]
    clusters: tuple[ClusterRecord, ...]
    pages: int
    files: tuple[str, ...]
    skipped: tuple[SkippedFile, ...] = ()
