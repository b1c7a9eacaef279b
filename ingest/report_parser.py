"""The report's structure: chapters, numbered sections, lettered analyses, URGE lines, annexes.

Chapter numbers were lost in the extraction (a chapter starts a page with
its bare title), so chapters are recognised in order from a table of their
titles; everything below a chapter is recognised from its printed
numbering ("3.4.", "4.2." + "F.", "ORA1.AA1.T1."). Documents that are not
this report fall back to one section per page (`generic_sections`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.action_plan import parse_action_plan
from ingest.cleaning import Line, clean_line, reflow
from ingest.inventory import STAGES, BropTable, parse_inventory
from core.inventory_text import row_text_tr
from core.normalize import normalize_tr, slugify
from core.records import ClusterRecord, Page, ParsedCorpus, Section
from ingest.section_tree import SectionTreeBuilder

PARSER_VERSION = "3"


@dataclass(frozen=True)
class Chapter:
    section_id: str
    title: str
    kind: str
    starts: str  # normalised prefix of the page-start line
    title_lines: int = 1
    label: str = ""
    prose: bool = True  # False for forms: keep bare numbers, no debris filter


CHAPTERS = (
    Chapter("onsoz", "Önsöz", "report", "önsöz"),
    Chapter("yonetici-ozeti", "Yönetici Özeti", "report", "yönetici özeti"),
    Chapter("1", "Giriş", "report", "giriş", label="1"),
    Chapter("2", "Uluslararası Rekabetçiliğin Geliştirilmesinin Desteklenmesi Hakkında Tebliğ (2010/8) — URGE",
            "urge", "uluslararası rekabetçiliğin", 3, "2"),
    Chapter("3", "İyi Uygulama Örnekleri", "case_study", "iyi uygulama", 2, "3"),
    Chapter("4", "Kümelenme Konusunda Türkiye’nin Mevcut Durum Analizi", "survey", "kümelenme konusunda", 3, "4"),
    Chapter("5", "Ortak Rekabet Alanları (ORA) Eylem Planı", "action_plan", "ortak rekabet alanları (ora)", 2, "5"),
    Chapter("6", "Sonuç ve Öneriler", "report", "sonuç ve öneriler", label="6"),
    Chapter("ekler", "Ekler", "report", "ekler"),
    Chapter("EK1", "EK 1 – Küme / Potansiyel Küme Harita Çalışması Anket Formu", "survey", "ek 1", prose=False),
    Chapter("EK2", "EK 2 – Küme / Potansiyel Küme Envanteri", "inventory", "ek 2"),
    Chapter("iletisim", "Hazırlayanlar ve İletişim", "report", "hazırlayanlar"),
)

# The URGE chapter's support lines are not numbered in the report; these
# sentences and headings open them.
URGE_LINES = (
    ("2.egitim-danismanlik", "Proje Bazlı Eğitim ve/veya Danışmanlık Programları", "desteğin birinci alt bölümü"),
    ("2.yurtdisi-pazarlama", "Proje Bazlı Yurt Dışı Pazarlama veya Alım Heyeti Programları", "desteğin ikinci alt bölümü"),
    ("2.bireysel-danismanlik", "Proje Bazlı Bireysel Danışmanlık Programı", "proje bazlı bireysel danışmanlık programı"),
    ("2.istihdam", "İstihdam Programı", "istihdam programı"),
)

_NUMBERED = re.compile(r"^(?P<num>[1-4])\.(?P<sub>\d)\.\s+(?P<title>\S.*)$")
_LETTERED = re.compile(r"^(?P<letter>[A-K])\.\s+(?P<title>[A-ZÇĞİÖŞÜ].*)$")


def looks_like_report(pages: list[Page]) -> bool:
    head = normalize_tr(" ".join(p.text for p in pages[:8]))
    return "önsöz" in head and "ortak rekabet alanları" in normalize_tr(" ".join(p.text for p in pages))


def _lines(pages: list[Page]) -> list[tuple[Line, bool]]:
    """Cleaned lines with a flag for "first non-blank line of its page"."""
    out: list[tuple[Line, bool]] = []
    for page in pages:
        first = True
        for raw in page.text.split("\n"):
            text = clean_line(raw)
            out.append((Line(page.number, text), first and bool(text)))
            if text:
                first = False
    return out


def parse_report(pages: list[Page], source: str, brop: BropTable) -> tuple[list[Section], list[ClusterRecord]]:
    lines = _lines(pages)
    tree = SectionTreeBuilder(source)
    tree.open("kapak", "Kapak: KOBİ İşbirliği ve Kümelenme Projesi", "report", parent_id=None, page=pages[0].number)
    remaining = list(CHAPTERS)
    chapter: Chapter | None = None
    chapter_lines: dict[str, list[Line]] = {}
    i = 0
    while i < len(lines):
        line, page_start = lines[i]
        found = _match_chapter(line.text, remaining) if page_start else None
        if found:
            remaining = remaining[remaining.index(found) + 1:]
            chapter = found
            chapter_lines[found.section_id] = []
            tree.open(found.section_id, found.title, found.kind, parent_id=None, page=line.page, label=found.label,
                      drop_debris=found.prose)
            i = _skip_title(lines, i, found.title_lines)
            continue
        if chapter is None:
            tree.add(line)
        else:
            chapter_lines[chapter.section_id].append(line)
        i += 1
    clusters: list[ClusterRecord] = []
    for chapter in CHAPTERS:
        body = chapter_lines.get(chapter.section_id)
        if body is None:
            continue
        tree.reenter(chapter.section_id)
        if chapter.section_id == "5":
            parse_action_plan(body, tree, "5")
        elif chapter.section_id == "EK2":
            clusters = parse_inventory(body, source, brop)
            _add_inventory_rows(tree, clusters)
            tree.reenter("EK2")
            tree.add(Line(body[0].page if body else None, _inventory_summary(clusters)))
        else:
            _route_chapter(chapter, body, tree)
    return tree.freeze(), clusters


def _match_chapter(text: str, remaining: list[Chapter]) -> Chapter | None:
    norm = normalize_tr(text)
    for chapter in remaining:
        if norm.startswith(chapter.starts):
            return chapter
    return None


def _skip_title(lines: list[tuple[Line, bool]], i: int, count: int) -> int:
    j = i + 1
    while j < len(lines) and j < i + count and lines[j][0].text:
        j += 1
    return j


def _route_chapter(chapter: Chapter, body: list[Line], tree: SectionTreeBuilder) -> None:
    """Send each line of a chapter to the subsection it belongs to."""
    cid = chapter.section_id
    in_table = None  # the table section we are in, and where to return after its caption
    letters_parent = None
    i = 0
    while i < len(body):
        line = body[i]
        text = line.text
        norm = normalize_tr(text)
        numbered = _NUMBERED.match(text)
        if numbered and numbered["num"] == cid:
            sid = f"{cid}.{numbered['sub']}"
            title, i = _wrapped_title(body, i, numbered["title"])
            tree.open(sid, title, chapter.kind, parent_id=cid, page=line.page, label=sid)
            letters_parent = sid if cid == "4" else None
            in_table = None
            continue
        if cid == "2":
            for sid, title, opener in URGE_LINES:
                if norm.startswith(opener) and not tree.has(sid):
                    tree.open(sid, title, "urge", parent_id="2", page=line.page)
                    break
        if cid == "4":
            if norm.startswith("bka adı") and not tree.has("4.tablo-1"):
                tree.open("4.tablo-1", "Tablo 1. Kümelenme Anket Çalışması Sonuçları (Kalkınma Ajansları)", "survey",
                          parent_id="4", page=line.page, aliases=("Tablo 1",), drop_debris=False)
                in_table = ("1", "4")
            elif letters_parent == "4.1" and norm.startswith("fikir") and not tree.has("4.tablo-2"):
                tree.open("4.tablo-2", "Tablo 2. Küme / Potansiyel Küme Haritası Aşamalar (aşama kriterleri)", "survey",
                          parent_id="4.1", page=line.page, aliases=("Tablo 2",), drop_debris=False)
                in_table = ("2", "4.1.A")
            elif in_table and norm.startswith(f"tablo {in_table[0]}."):
                tree.add(line)
                # a damaged document may lack the section the table sits in
                tree.reenter(in_table[1] if tree.has(in_table[1]) else letters_parent or cid)
                in_table = None
                i += 1
                continue
            lettered = _LETTERED.match(text) if letters_parent and not in_table else None
            if lettered:
                sid = f"{letters_parent}.{lettered['letter']}"
                title, i = _wrapped_title(body, i, lettered["title"])
                tree.open(sid, f"{lettered['letter']}. {title}", "survey", parent_id=letters_parent, page=line.page,
                          label=letters_parent)
                continue
        tree.add(line)
        i += 1


def _wrapped_title(body: list[Line], i: int, first: str) -> tuple[str, int]:
    """A heading's title runs on until the first blank line."""
    title = first.strip()
    j = i + 1
    while j < len(body) and body[j].text and len(title) < 160:
        title += " " + body[j].text
        j += 1
    return re.sub(r"\s+-\s*$", "", title).replace(" - ", " – "), j


def _add_inventory_rows(tree: SectionTreeBuilder, clusters: list[ClusterRecord]) -> None:
    for c in clusters:
        tree.add_leaf(c.section_id, c.name, "inventory", parent_id="EK2", page=c.page, label=f"No {c.number}",
                      text=row_text_tr(c))


def _inventory_summary(clusters: list[ClusterRecord]) -> str:
    """The table itself is one chunk per row; the EK2 section gets its totals (counted from the rows)."""
    by_stage = {s: sum(c.stage.key == s.key for c in clusters) for s in STAGES}
    stages = ", ".join(f"{n} {s.inventory_label}" for s, n in by_stage.items())
    provinces = len({c.province for c in clusters if c.province != "TR"})
    return (f"EK 2 Küme / Potansiyel Küme Envanteri (tablodan sayılmıştır): {len(clusters)} kayıt; {stages}; "
            f"{provinces} il ve {sum(c.province == 'TR' for c in clusters)} ulusal (TR) küme. "
            "Sütunlar: No, İl, Kümenin / Potansiyel Kümenin Adı, Kümelenme Sürecinde İlerleme.")


def generic_sections(pages: list[Page], source: str) -> list[Section]:
    """Any other document: one section per page, id "<file-stem>.p<N>"."""
    stem = slugify(Path(source).stem) or "doc"
    tree = SectionTreeBuilder(source)
    tree.open(stem, Path(source).stem, "report", parent_id=None, page=pages[0].number if pages else None)
    for page in pages:
        sid = f"{stem}.p{page.number}"
        tree.open(sid, f"{Path(source).stem}, sayfa {page.number}", "report", parent_id=stem, page=page.number)
        for raw in page.text.split("\n"):
            tree.add(Line(page.number, clean_line(raw)))
    return [s for s in tree.freeze() if s.paragraphs]


def parse_corpus(corpus_dir: Path, *, on_file=None) -> ParsedCorpus:
    """Read every corpus file and parse it into sections and inventory records."""
    from ingest.sources import load_corpus

    loaded = load_corpus(Path(corpus_dir), on_file=on_file)
    brop = BropTable.from_corpus(Path(corpus_dir))
    by_source: dict[str, list[Page]] = {}
    for page in loaded.pages:
        by_source.setdefault(page.source, []).append(page)
    sections: list[Section] = []
    clusters: list[ClusterRecord] = []
    for source, pages in by_source.items():
        if looks_like_report(pages):
            found, rows = parse_report(pages, source, brop)
            sections.extend(found)
            clusters.extend(rows)
        else:
            sections.extend(generic_sections(pages, source))
    return ParsedCorpus(tuple(sections), tuple(clusters), len(loaded.pages), tuple(loaded.files), tuple(loaded.skipped))


__all__ = ["PARSER_VERSION", "parse_corpus", "parse_report", "generic_sections", "looks_like_report", "reflow"]
