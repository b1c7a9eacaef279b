"""The URGE support lines with their figures, copied exactly as the report prints them.

Chapter 2 describes the support (Tebliğ 2010/8) in prose: a rate ("% 75"),
a ceiling ("400.000 USD"), a number of programmes ("5 (beş) adet"), a
duration ("3 (üç) yıl") and the basis ("proje bazında"). Answers must quote
these figures, never paraphrase or convert them, so they are cut out of the
sentences with regexes and kept together with the sentence they come from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from core.records import Section

_RATE = re.compile(r"%\s?\d+")
_CEILING = re.compile(r"(?:yıllık\s+)?\d{1,3}(?:\.\d{3})+\s+USD|emsal personeli brüt ücreti")
_COUNT = re.compile(r"(?:en fazla\s+)?\d+\s+\([a-zçğıöşü]+\)\s+(?:adet|uzman personel)")
_DURATION = re.compile(r"\d+\s+\([a-zçğıöşü]+\)\s+yıl")
_SCOPE = re.compile(r"(?:proje|her bir program) bazında")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÇĞİÖŞÜ])")

# key, section, title as printed (lower case, from the text), and what marks the line's sentence.
LINES = (
    ("egitim-danismanlik", "2.egitim-danismanlik", "Eğitim ve/veya danışmanlık programları", "400.000"),
    ("yurtdisi-pazarlama", "2.yurtdisi-pazarlama", "Yurt dışı pazarlama programları",
     "yurt dışı pazarlama programları"),
    ("alim-heyeti", "2.yurtdisi-pazarlama", "Alım heyeti programları", "alım heyeti programları"),
    ("bireysel-danismanlik", "2.bireysel-danismanlik", "Bireysel danışmanlık programı", "USD"),
    ("istihdam", "2.istihdam", "İstihdam programı", "uzman personel"),
)


@dataclass(frozen=True)
class UrgeLine:
    """One support line; every figure is a verbatim substring of `sentence` (or "" when not printed)."""

    key: str
    title: str
    rate: str
    ceiling: str
    count: str
    duration: str
    scope: str
    sentence: str  # the full sentence the figures come from, as printed
    section_id: str
    page: int | None


@dataclass(frozen=True)
class UrgeFacts:
    """Chapter 2 besides the lines: the lines themselves, the eligible organisations, the framing sentences."""

    lines: tuple[UrgeLine, ...]
    organisations: tuple[str, ...]  # işbirliği kuruluşları, as printed
    organisations_sentence: str
    mechanism_sentence: str  # "… bütünleşik bir destek mekanizması tasarlanmıştır."
    purpose_sentence: str  # "Desteğin amacı, …"
    decree: str  # "2010/8"
    decree_sentence: str  # "Bu kapsamda 23 Eylül 2010 tarihinde, … yürürlüğe girmiştir."
    section_id: str = "2"
    page: int | None = None
    source: str = ""
    title: str = ""  # the chapter's title, "… Hakkında Tebliğ (2010/8) — URGE"


def _strip_bullet(text: str) -> str:
    return re.sub(r"^[•v]\s+", "", text.strip())


def _sentences(section: Section) -> list[tuple[str, int | None]]:
    """Sentences with their page; a sentence broken into bullets ("…düzenlenen; • 5 (beş) adet …") is re-joined."""
    out: list[tuple[str, int | None]] = []
    pending = ""
    page: int | None = None
    for paragraph in section.paragraphs:
        text = _strip_bullet(paragraph.text)
        if not pending:
            page = paragraph.page
        pending = f"{pending} {text}".strip()
        if pending.endswith((";", ",", ":")) and not text.endswith("şunlardır:"):
            continue  # the sentence runs on into the next bullet
        for sentence in _SENTENCE.split(pending):
            out.append((sentence, page))
        pending = ""
    if pending:
        out.append((pending, page))
    return out


def _first(pattern: re.Pattern, text: str) -> str:
    match = pattern.search(text)
    return match.group(0) if match else ""


def _part(text: str, marker: str) -> str:
    """The piece of a shared sentence about one line: "5 (beş) adet … pazarlama …, 10 (on) adet … alım …"."""
    starts = [m.start() for m in _COUNT.finditer(text)]
    if len(starts) < 2:
        return text
    pieces = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]
    return next((p for p in pieces if marker in p), text)


def _line_text(sentences: list[tuple[str, int | None]], marker: str) -> tuple[str, int | None] | None:
    """The sentence that names the line, plus the next ones while they carry its remaining figures."""
    for i, (sentence, page) in enumerate(sentences):
        if marker in sentence and (_RATE.search(sentence) or _COUNT.search(sentence)):
            text = sentence
            for following, _ in sentences[i + 1:]:
                if not (_DURATION.search(following) or _CEILING.search(following)) or _COUNT.search(following):
                    break
                text = f"{text} {following}"
            return text, page
    return None


def extract_lines(sections: Iterable[Section]) -> tuple[UrgeLine, ...]:
    """The five URGE support lines, in the report's order."""
    by_id = {s.section_id: s for s in sections}
    lines: list[UrgeLine] = []
    for key, section_id, title, marker in LINES:
        section = by_id.get(section_id)
        found = _line_text(_sentences(section), marker) if section else None
        if found is None:
            continue
        sentence, page = found
        part = _part(sentence, marker)
        rate = _first(_RATE, part) or _first(_RATE, sentence)  # "… en fazla %75’i" closes the shared sentence
        lines.append(UrgeLine(key, title, rate, _first(_CEILING, part), _first(_COUNT, part),
                              _first(_DURATION, part), _first(_SCOPE, part), sentence, section_id, page))
    return tuple(lines)


def extract_facts(sections: Iterable[Section]) -> UrgeFacts | None:
    """Lines plus the organisations list and framing sentences of chapter 2; None when there is no chapter 2."""
    sections = tuple(sections)
    chapter = next((s for s in sections if s.section_id == "2"), None)
    if chapter is None:
        return None
    organisations: list[str] = []
    org_sentence = ""
    collecting = False
    for paragraph in chapter.paragraphs:
        text = paragraph.text.strip()
        if "işbirliği kuruluşları şunlardır" in text:
            org_sentence, collecting = text, True
            continue
        if collecting and re.match(r"^[•v]\s", text):
            organisations.append(_strip_bullet(text).rstrip(",."))
        elif collecting and organisations:
            collecting = False
    sentences = [s for s, _ in _sentences(chapter)]
    mechanism = next((s for s in sentences if "bütünleşik bir destek mekanizması" in s), "")
    purpose = next((s for s in sentences if s.startswith("Desteğin amacı")), "")
    decree = _first(re.compile(r"\d{4}/\d+"), chapter.title)
    in_force = next((s for s in sentences if "yürürlüğe gir" in s), "")
    return UrgeFacts(extract_lines(sections), tuple(organisations), org_sentence, mechanism, purpose, decree,
                     in_force, chapter.section_id, chapter.page, chapter.source,
                     chapter.title)


def joined_sentences(section: Section) -> list[tuple[str, int | None]]:
    """The section's sentences with their page, bullets re-joined into the sentence they belong to."""
    return _sentences(section)
