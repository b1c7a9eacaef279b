"""Counts, shares and breakdowns over EK 2: the arithmetic an inventory answer shows instead of rows.

"Envanterde toplam kaç küme var?" is answered by one number and how it splits by stage (356 =
321 + 18 + 14 + 3), cited to EK 2 as a whole; "what share is at the idea stage?" by the division
(321 / 356 = 90.2 %); "kaç farklı ilde?" by counting distinct provinces. The base of a share is the whole
inventory unless the question states another count that is the size of a stage group ("of the 35
clusters" = the 35 past the idea stage, which the report's survey and conclusions are about).
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from core.records import ClusterRecord
from ingest.inventory import STAGES

from core.messages import say

EN_DIR = Path(__file__).resolve().parents[2] / "corpus" / "en"
LARGE = 30  # more rows than this: the lead gives the count and breakdown, the table carries the rows
# Words that make a count or share about the inventory as a whole ("toplam kaç küme", "in the inventory").
_WHOLE = re.compile(r"\b(envanter\w*|inventory|ek ?2|annex 2|toplam\w*|total\w*|in all|altogether|harita\w*|"
                    r"mapped|map|listed|tum\w*|butun\w*|all)\b")
_DISTINCT = (("province", re.compile(r"\b(kac|how many|number of) (farkli |ayri |different |distinct )?"
                                     r"(il|ilde|ilden|sehir\w*|province\w*|cities)\b|\bhangi illerde\b|"
                                     r"\bwhich provinces\b")),
             ("sector", re.compile(r"\b(kac|how many|number of) (farkli |ayri |different |distinct )?"
                                   r"(sektor\w*|sector\w*|alan\w*)\b|\bhangi sektor\w*\b|\bwhich sectors\b")))


@lru_cache(maxsize=4)
def english_labels(path: Path = EN_DIR / "sectors.tsv") -> Mapping[tuple[str, str], str]:
    """(kind, key) → English label of a sector group or stage (corpus/en/sectors.tsv); {} if missing."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    rows = csv.DictReader((ln for ln in lines if ln.strip() and not ln.startswith("#")), delimiter="\t")
    return {(r["kind"], r["key"]): r["english"] for r in rows}


def sector_label(key: str, lang: str) -> str:
    """A sector group as the answer prints it: the Turkish key, or the English label ("textiles").

    The internal "other" is never printed as such: "diğer" / "other sectors".
    """
    if key == "other":
        return say("sector_other", lang)
    if lang == "tr":
        return key
    label = english_labels().get(("sector", key), key)
    return label if label.isupper() or label[:3].isupper() else label[0].lower() + label[1:]


def stage_breakdown(rows: Sequence[ClusterRecord], lang: str) -> str:
    """"321 Fikir (idea), 18 Başlangıç (start) …": every stage with rows, in the report's order."""
    counts = Counter(r.stage.key for r in rows)
    parts = []
    for s in sorted(STAGES, key=lambda s: s.rank):
        if counts[s.key]:
            label = s.inventory_label if lang == "tr" else f"{s.inventory_label} ({s.english})"
            parts.append(f"{counts[s.key]} {label}")
    return ", ".join(parts)


def sector_breakdown(rows: Sequence[ClusterRecord], lang: str) -> str:
    """"tekstil (30), tarım-gıda (12) …", most rows first."""
    return ", ".join(f"{sector_label(k, lang)} ({n})" for k, n in Counter(r.sector for r in rows).most_common())


def asks_whole(folded: str) -> bool:
    """A count or share about the inventory as a whole ("Envanterde toplam kaç küme var?")."""
    return bool(_WHOLE.search(folded))


def distinct_of(folded: str) -> str | None:
    """"province" for "kaç farklı ilde", "sector" for "hangi sektörlerde", else None."""
    return next((kind for kind, pattern in _DISTINCT if pattern.search(folded)), None)


def stated_base(folded: str, rows: Sequence[ClusterRecord]) -> tuple[str, ...] | None:
    """The stage keys of the group a stated count names ("of the 35 clusters" → past the idea stage).

    Only a number equal to the size of a stage group counts, so a number that is anything else (a year,
    a ceiling) never changes the base. () is the whole inventory; None means no stated base.
    """
    counts = Counter(r.stage.key for r in rows)
    ranked = sorted(STAGES, key=lambda s: s.rank)
    groups = {len(rows): ()}
    for i, s in enumerate(ranked):
        groups.setdefault(counts[s.key], (s.key,))
        if i:
            groups.setdefault(sum(counts[t.key] for t in ranked[i:]), tuple(t.key for t in ranked[i:]))
    for number in re.findall(r"\b(\d{1,3})\b", folded):
        if int(number) in groups:
            return groups[int(number)]
    return None


def percent(part: int, base: int, lang: str) -> str:
    value = f"{100 * part / base:.1f}" if base else "0"
    return f"%{value.replace('.', ',')}" if lang == "tr" else f"{value}%"


def total_lead(rows: Sequence[ClusterRecord], lang: str) -> str:
    return say("inv_total", lang, count=len(rows), breakdown=stage_breakdown(rows, lang))


def share_lead(part: Sequence[ClusterRecord], base: Sequence[ClusterRecord], what: str, base_what: str,
               lang: str) -> str:
    return say("inv_share", lang, part=len(part), base=len(base), what=what, base_what=base_what,
               pct=percent(len(part), len(base), lang), breakdown=stage_breakdown(part, lang) or "—")


def distinct_lead(kind: str, rows: Sequence[ClusterRecord], where: str, lang: str) -> str:
    """How many provinces (national TR rows aside) or sectors the rows are in, and which."""
    if kind == "province":
        counts = Counter(r.province for r in rows if r.province != "TR")
        items = ", ".join(f"{p} ({n})" for p, n in counts.most_common())
        national = sum(r.province == "TR" for r in rows)
        extra = say("inv_national_extra", lang, n=national) if national else ""
        return say("inv_distinct_provinces", lang, n=len(counts), count=len(rows), items=items, where=where,
                   extra=extra)
    counts = Counter(r.sector for r in rows)
    return say("inv_distinct_sectors", lang, n=len(counts), count=len(rows), items=sector_breakdown(rows, lang),
               where=where)


def many_lead(subject: str, rows: Iterable[ClusterRecord], lang: str) -> str:
    """A long list in one sentence: its count, by stage and (when it spans several) by sector."""
    rows = tuple(rows)
    by_sector = sector_breakdown(rows, lang) if len({r.sector for r in rows}) > 1 else ""
    return say("inv_many", lang, subject=subject, count=len(rows), stages=stage_breakdown(rows, lang),
               sectors=say("inv_by_sector", lang, sectors=by_sector) if by_sector else "")


def report_share(sector: str, figures: Iterable, total: int, lang: str, n: int) -> tuple[str, object] | None:
    """The report's own share of a sector (a ReportFigure of 4.2 A) and what it makes of the inventory.

    The rows' sectors are derived from their names (corpus/inventory-sectors.tsv), the report's from the
    European Cluster Collaboration Platform's classification; a count of a sector shows both, each cited.
    """
    from assistant.structured.inventory_names import label_sectors
    from core.normalize import tokenize_tr

    for figure in figures:
        if figure.unit == "%" and sector in label_sectors(tokenize_tr(figure.label.replace("-", " "))):
            approx = f"{total * float(figure.value) / 100:.1f}"
            approx = approx.replace(".", ",") if lang == "tr" else approx
            return say("inv_report_share", lang, label=sector_label(sector, lang), printed=figure.printed,
                       base=total, approx=approx, n=n), figure
    return None
