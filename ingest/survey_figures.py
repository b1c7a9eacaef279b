"""The figures of section 4.2 (and its subsections A–K) and of the Yönetici Özeti as records.

A figure is one number the report prints — a share ("%65'i"), a count ("321
potansiyel küme", "18 tanesi"), an amount ("500 milyar USD") — with the noun
phrase it counts, the base it is taken of ("35 kümenin %65'i" → base 35) and
the sentence it stands in, so an answer can quote it and a calculator can
use it. Values are Decimals parsed from the printed form (Turkish digit
grouping: "400.000" = 400000, "3,5" = 3.5); `printed` keeps the form as
printed.

Labels come from the sentence's grammar: a possessive share or count
("%40'ı tam zamanlı küme koordinatörüne", "14 tanesi temel analizleri") is
labelled by what follows it, a bare share by the phrase before it
("tekstil sektörü %12"), a count by the noun after it, an "→ 35 adet" by
the text before the arrow. The few sentences whose word order the rules
cannot read are labelled by hand in `LABELS` (keyed by section and printed
figure).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from core.records import Section
from core.sentences import split_sentences

# Sections whose figures are extracted.
FIGURE_SECTIONS = ("yonetici-ozeti", "4.2") + tuple(f"4.2.{c}" for c in "ABCDEFGHIJK")
CURRENCIES = ("USD", "EUR", "TL", "Avro")
_SCALE = {"bin": Decimal(1000), "milyon": Decimal(10) ** 6, "milyar": Decimal(10) ** 9}

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_FIGURE = re.compile(
    rf"(?P<pct>%\s?(?P<pv>{_NUMBER}))(?:['’](?P<psuf>[a-zçğıöşü]+))?"
    rf"|(?P<money>(?P<mv>{_NUMBER})\s*(?P<scale>milyar|milyon|bin)?\s*(?P<cur>USD|EUR|TL|Avro))\b"
    rf"|(?<![\w.,%/’'])(?P<count>(?P<cv>\d{{1,4}}))(?:['’](?P<csuf>[a-zçğıöşü]+))?(?![\w.,]\d|\.\s|\)|\w)"
)
_POSSESSIVE = re.compile(r"^(?:i|ı|u|ü|si|sı|su|sü|sinin|sının|inin|ının|ünün|unun)$")
_GEN_ABL = re.compile(r"(?:nin|nın|nun|nün|den|dan|ten|tan)$")
_VERB_TAIL = re.compile(
    r"(?:\s+(?:yer|faaliyet|sahip)?\s*\S+?(?:mektedir|maktadır|miştir|mıştır|muştur|müştür|mış|miş|muş|müş|"
    r"edir|adır|ılmıştır|ilmiştir|tir|tır|tür|tur|dir|dır|dür|dur))$")
_LOCATIVE_COPULA = re.compile(r"([nr]d[ae])(?:dır|dir)$")  # "aşamasındadır" → "aşamasında"
_LEADING = re.compile(r"^(?:ise|de|da|ile|ve)\s+")


@dataclass(frozen=True)
class ReportFigure:
    """One printed number with what it counts, cited to its section and page.

    `unit` is "%", "count" or a currency code ("USD"); for URGE figures also
    "year" or a counted noun ("programme", "expert"). `base`/`base_label`
    hold what a share or count is taken of ("35 kümenin" → 35, "küme"), when
    the sentence says so.
    """

    section_id: str
    page: int | None
    value: Decimal
    unit: str
    label: str
    sentence: str
    printed: str = ""
    base: Decimal | None = None
    base_label: str = ""

    @property
    def currency(self) -> str:
        return self.unit if self.unit in CURRENCIES else ""

    @property
    def fraction(self) -> Decimal | None:
        """A share as a fraction (75 % → 0.75); None for other units."""
        return self.value / 100 if self.unit == "%" else None


# Figures whose sentence the grammar rules cannot label: (section, printed) → label, read off the sentence.
LABELS = {
    ("4.2.C", "%18"): "geleneksel sektör kümeleri (BROP Bölgesinde)",
    ("4.2.C", "%3"): "teknoloji kümelerinin oranı (BROP dışı bölgede)",
    ("4.2.C", "%0"): "teknoloji kümelerinin oranı (BROP bölgesinde)",
    ("4.2.D", "18"): "başlangıç aşamadaki küme",  # "18 başlangıç ve 14 gelişen aşamadaki kümenin"
    ("4.2.D", "14"): "gelişen aşamadaki küme",
    ("yonetici-ozeti", "5"): "il (Kümelenme Bilgi Merkezlerinin kurulduğu)",
    ("yonetici-ozeti", "500 milyar USD"): "2023 yılında hedeflenen ihracat",
    ("yonetici-ozeti", "%18"): "BROP bölgesindeki kümelerin / potansiyel kümelerin geleneksel sektörlerdeki payı",
}


def parse_number(printed: str) -> Decimal:
    """"400.000" → 400000, "% 75" → 75, "3,5" → 3.5, "500 milyar" → 500000000000 (Turkish notation)."""
    text = printed.replace("%", "").strip()
    scale = Decimal(1)
    for word, factor in _SCALE.items():
        if re.search(rf"\b{word}\b", text):
            scale = factor
    digits = re.search(_NUMBER, text)
    if not digits:
        raise ValueError(f"no number in {printed!r}")
    return Decimal(digits.group(0).replace(".", "").replace(",", ".")) * scale


def _sentences(section: Section) -> list[tuple[str, int | None]]:
    """Sentences with their page; a paragraph cut mid-sentence ("… %12'si tekstil ve" + "%7'si …") is re-joined."""
    joined: list[tuple[str, int | None]] = []
    for paragraph in section.paragraphs:
        text = paragraph.text.strip()
        if (joined and not re.search(r"[.:;!?]$", joined[-1][0])
                and re.match(r"^(?:%|[a-zçğıöşü])", text)):
            joined[-1] = (f"{joined[-1][0]} {text}", joined[-1][1])
        else:
            joined.append((text, paragraph.page))
    return [(s, page) for text, page in joined for s in split_sentences(text)]


def _clause_end(text: str, start: int) -> int:
    """Where the clause that starts at `start` ends: , ; . or " ve "/" ise " before another figure; () skipped."""
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ",;:" or (ch == "." and (i + 1 == len(text) or text[i + 1] == " "))):
            return i
        elif depth == 0 and re.match(r"\s(?:ve|ise)\s+(?:%|\d)", text[i:]):
            return i
        i += 1
    return len(text)


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` starts (after , ; : outside brackets)."""
    depth = 0
    for i in range(end - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",;:":
            return i + 1
    return 0


def _clean(label: str) -> str:
    label = re.sub(r"^[•◦→\s]+", "", label).strip(" ,;")
    label = _LEADING.sub("", label)
    label = _LOCATIVE_COPULA.sub(r"\1", label)
    label = _VERB_TAIL.sub("", label) if len(label.split()) > 1 else label
    label = re.sub(r"\s+(?:de|da)$", "", label)
    return " ".join(label.split()[:8])


def _label_after(text: str, pos: int) -> str:
    return _clean(text[pos:_clause_end(text, pos)])


def _label_before(text: str, pos: int) -> str:
    if "→" in text[:pos]:  # "◦ Kümelerin Verileri (…) → 35 adet"
        return _clean(text[:pos].split("→")[0])
    segment = text[_clause_start(text, pos):pos]
    words = segment.split()
    # the phrase after the last "where" word ("hazırlanan grafikte tarım-gıda") or relative clause ("olan …")
    for i in range(len(words) - 2, -1, -1):
        if words[i] == "olan" or (re.search(r"(?:de|da|te|ta)$", words[i]) and i < len(words) - 1
                                   and words[i] not in ("de", "da")):
            words = words[i + 1:]
            break
    return _clean(" ".join(words))


def _figures_of(sentence: str, section_id: str, page: int | None) -> list[ReportFigure]:
    out: list[ReportFigure] = []
    base: tuple[Decimal, str] | None = None
    for m in _FIGURE.finditer(sentence):
        if m["count"]:
            value = Decimal(m["cv"])
            if 1900 <= value <= 2100 or (m["csuf"] or "").startswith(("uncu", "üncü", "inci", "ıncı")):
                continue  # a year or an ordinal
        printed = m["pct"] or m["money"] or m["count"]
        suffix = m["psuf"] or m["csuf"] or ""
        after = sentence[m.end():]
        tanesi = re.match(r"\s+tanesi\b", after)
        possessive = bool(_POSSESSIVE.match(suffix)) or bool(tanesi)
        if m["pct"]:
            unit, value = "%", parse_number(m["pv"])
        elif m["money"]:
            unit, value = m["cur"], parse_number(m["mv"] + (f" {m['scale']}" if m["scale"] else ""))
        else:
            unit, value = "count", Decimal(m["cv"])
            next_word = re.match(r"\s*['’]?\s*(\S+)", after)
            rest = sentence[m.end():]
            if (next_word and _GEN_ABL.search(next_word.group(1).strip(";,")) and re.search(
                    r"(?:%\s?\d+['’]|\d+['’](?:i|ı|si|sı|sinin)\b|\d+\s+tanesi)", rest)):
                base = (value, next_word.group(1).strip(";,"))
                continue  # "35 kümenin %65'i": the base of the figures that follow
        key = (section_id, printed)
        if key in LABELS:
            label = LABELS[key]
        elif possessive:
            label = _label_after(sentence, m.end() + (tanesi.end() if tanesi else 0))
        elif unit == "%" and re.match(r"\s+ile\b", after) is None and _label_before(sentence, m.start()):
            label = _label_before(sentence, m.start())
        elif unit == "%":
            label = _label_before(sentence, m.start()) or _label_after(sentence, m.end())
        elif unit == "count" and re.match(r"\s+adet\b", after):
            label = _label_before(sentence, m.start())
        else:
            label = _label_after(sentence, m.end())
        use_base = base if possessive else None
        out.append(ReportFigure(section_id, page, value, unit, label, sentence, printed,
                                use_base[0] if use_base else None, use_base[1] if use_base else ""))
    return out


def extract_figures(sections: Iterable[Section], section_ids: tuple[str, ...] = FIGURE_SECTIONS
                    ) -> tuple[ReportFigure, ...]:
    """Every figure of the given sections (default: Yönetici Özeti, 4.2, 4.2.A–K), in reading order."""
    by_id = {s.section_id: s for s in sections}
    out: list[ReportFigure] = []
    for section_id in section_ids:
        section = by_id.get(section_id)
        if section is None:
            continue
        for sentence, page in _sentences(section):
            out.extend(_figures_of(sentence, section_id, page))
    return tuple(out)


__all__ = ["FIGURE_SECTIONS", "LABELS", "ReportFigure", "extract_figures", "parse_number"]
