"""The report's tables as frozen records, each cited to its section id and page.

    tables = build_tables(parse_corpus(corpus_dir))
    tables.responses.rows          # Tablo 1: 26 AgencyResponses, in the printed order
    tables.responses.total         # 349, summed from the rows (the report prints no total)
    tables.stage("gelisen")        # Tablo 2: StageCriteria with its 7 criteria
    tables.urge.line("alim-heyeti").max_total()   # 10 × 100.000 USD
    tables.figures                 # ReportFigure values of 4.2, its subsections and the Yönetici Özeti

Every record keeps the text exactly as printed (agency acronyms, criteria
sentences without their bullet) and the section id and page it comes from,
so an answer can quote and cite it. The parse functions are pure: they read
`ParsedCorpus.sections` and return values; a corpus without the report gives
empty tables, never an exception.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from core.normalize import fold_ascii
from core.records import ParsedCorpus, Section
from ingest.inventory import STAGES, stage_from_label
from core.sentences import section_sentences
from ingest.survey_figures import ReportFigure, extract_figures
from ingest.urge_support import UrgeSupport, extract_support

TABLO_1 = "4.tablo-1"
TABLO_2 = "4.tablo-2"

# "1 İKA 23 14 BAKA 25": the table is printed in two column pairs, so a line holds one or two rows.
_AGENCY_ROW = re.compile(r"(?P<no>\d{1,2})\s+(?P<agency>[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜa-zçğıöşü\-]*)\s+(?P<n>\d{1,4})(?=\s|$)")
_TOTAL = re.compile(r"^\s*(?:genel\s+)?toplam\D*(?P<n>\d{1,5})\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•§▪●◦v\-–]\s+")
_STAGE_HEAD = re.compile(r"^(?P<label>Fikir|Başlangıç|Gelişen|Olgun)\b\s*(?P<rest>.*)$")


@dataclass(frozen=True)
class AgencyResponses:
    """One row of Tablo 1: a development agency (BKA) and the survey responses it sent."""

    agency: str  # as printed: "İKA", "KARACADAG", "TRAKYAKA"
    responses: int
    section_id: str
    page: int | None
    row: int = 0  # the row number printed before the agency (1 … 26)


@dataclass(frozen=True)
class SurveyResponses:
    """Tablo 1 as a whole: its rows, the total if the report prints one, the caption and the sentence before it."""

    rows: tuple[AgencyResponses, ...]
    printed_total: int | None  # None: the report prints no total under Tablo 1
    caption: str
    intro_sentence: str  # "… elde edilen cevap sayılarını aşağıdaki tabloda bulabilirsiniz."
    section_id: str = TABLO_1
    page: int | None = None

    @property
    def total(self) -> int:
        """The responses summed over the rows (what "how many responses in total?" computes)."""
        return sum(r.responses for r in self.rows)

    def agency(self, name: str) -> AgencyResponses | None:
        key = fold_ascii(name)
        return next((r for r in self.rows if fold_ascii(r.agency) == key), None)


@dataclass(frozen=True)
class StageCriteria:
    """One stage of Tablo 2 with its criteria, each criterion as printed (bullet dropped)."""

    stage_key: str  # fikir | baslangic | gelisen | olgun (core.records.Stage.key)
    label: str  # the table's label: Fikir / Başlangıç / Gelişen / Olgun
    criteria: tuple[str, ...]
    section_id: str
    page: int | None
    english: str = ""  # idea / start / developing / mature


@dataclass(frozen=True)
class ReportTables:
    """Everything `build_tables` reads out of the report; each part is empty when the report lacks it."""

    responses: SurveyResponses
    stages: tuple[StageCriteria, ...]
    urge: UrgeSupport
    figures: tuple[ReportFigure, ...]
    stage_caption: str = ""

    def stage(self, key_or_label: str) -> StageCriteria | None:
        """Tablo 2's row for "gelisen", "Gelişme", "olgunluk" … (either label set of the report)."""
        stage = stage_from_label(key_or_label)
        key = stage.key if stage else key_or_label
        return next((s for s in self.stages if s.stage_key == key), None)

    def figures_in(self, section_id: str) -> tuple[ReportFigure, ...]:
        return tuple(f for f in self.figures if f.section_id == section_id)


def _section(sections: Iterable[Section], section_id: str) -> Section | None:
    return next((s for s in sections if s.section_id == section_id), None)


def parse_agency_responses(sections: Iterable[Section]) -> SurveyResponses:
    """Tablo 1 (section `4.tablo-1`): every agency row in the printed row order, plus a printed total if any."""
    sections = tuple(sections)
    table = _section(sections, TABLO_1)
    if table is None:
        return SurveyResponses((), None, "", "")
    rows: dict[int, AgencyResponses] = {}
    total: int | None = None
    caption = ""
    for paragraph in table.paragraphs:
        text = paragraph.text.strip()
        if text.startswith("Tablo 1"):
            caption = text
            continue
        found = _TOTAL.match(text)
        if found:
            total = int(found["n"])
            continue
        for match in _AGENCY_ROW.finditer(text):
            number = int(match["no"])
            rows.setdefault(number, AgencyResponses(match["agency"], int(match["n"]), table.section_id,
                                                    paragraph.page, number))
    intro = ""
    parent = _section(sections, table.parent_id or "4")
    if parent is not None:
        intro = next((s.text for s in section_sentences(parent) if "aşağıdaki tabloda" in s.text), "")
    return SurveyResponses(tuple(rows[n] for n in sorted(rows)), total, caption, intro, table.section_id, table.page)


def parse_stage_criteria(sections: Iterable[Section]) -> tuple[tuple[StageCriteria, ...], str]:
    """Tablo 2 (section `4.tablo-2`): (the four stages with their criteria in order, the table's caption)."""
    table = _section(sections, TABLO_2)
    if table is None:
        return (), ""
    english = {s.key: s.english for s in STAGES}
    found: list[tuple[str, str, int | None, list[str]]] = []
    caption = ""
    for paragraph in table.paragraphs:
        text = paragraph.text.strip()
        if text.startswith("Tablo 2"):
            caption = text
            continue
        head = _STAGE_HEAD.match(text)
        if head and stage_from_label(head["label"]):
            found.append((stage_from_label(head["label"]).key, head["label"], paragraph.page, []))
            text = head["rest"].strip()
            if not text:
                continue
        if found and _BULLET.match(text):
            found[-1][3].append(_BULLET.sub("", text).strip())
    stages = tuple(StageCriteria(key, label, tuple(items), table.section_id, page, english.get(key, ""))
                   for key, label, page, items in found)
    return stages, caption


def build_tables(parsed: ParsedCorpus) -> ReportTables:
    """All of the report's tables from a parsed corpus (pure; empty parts when the report is absent)."""
    sections = parsed.sections
    stages, caption = parse_stage_criteria(sections)
    return ReportTables(parse_agency_responses(sections), stages, extract_support(sections),
                        extract_figures(sections), caption)


__all__ = ["AgencyResponses", "ReportTables", "StageCriteria", "SurveyResponses", "build_tables",
           "parse_agency_responses", "parse_stage_criteria"]
