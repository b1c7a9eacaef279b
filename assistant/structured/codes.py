"""Direct hits: a code or section number typed in the question resolves to its section first.

Users type the action plan's codes in every printed form ("ORA1.AA1.T1.E6",
"ORA 3 Alt Alan 4", "ora1 aa4 t1", the misprinted "ORA2.AA3.T3.E2", or
"T1.E6 of cluster management"), section numbers ("3.4", "4.2 F"), annexes
("EK 2", "Tablo 2") and inventory numbers ("envanter no 148").
"""
from __future__ import annotations

import re
from typing import Iterable

from core.normalize import fold_ascii

# The four common competitive areas by name, for codes given relative to one.
AREA_NAMES = {
    "ORA1": ("kume yonetimi", "cluster management"),
    "ORA2": ("rekabetcilik", "competitiveness"),
    "ORA3": ("inovasyon", "innovation"),
    "ORA4": ("uluslararasilastirma", "bolgelerarasilastirma", "internationalisation", "internationalization"),
}

_ORA_CODE = re.compile(
    r"\bora\s*\.?\s*(?P<ora>\d)?\s*\.?\s*(?:(?:aa|alt\s*alan)\s*\.?\s*(?P<aa>\d))?"
    r"(?:\s*\.?\s*t\s*(?P<t>\d))?(?:\s*[.\-]?\s*e\s*(?P<e>\d{1,2}))?(?![\w])"
)
_RELATIVE = re.compile(r"(?<![\w.])(?:aa\s*(?P<aa>\d)\s*\.?\s*)?t\s*(?P<t>\d)\s*[.\-]?\s*(?:e\s*(?P<e>\d{1,2}))?(?![\w])")
_SECTION_NO = re.compile(r"(?<![\d.,%])(?P<a>[1-4])\.(?P<b>\d)\.?(?:\s*\(?(?P<letter>[a-k])\)?(?![\w]))?(?![\d,])")
_ANNEX = re.compile(r"\bek\s*[-–]?\s*(?P<n>[12])\b|\bannex\s*(?P<m>[12])\b")
_TABLE = re.compile(r"\b(?:tablo|table)\s*(?P<n>[12])\b")
_ROW = re.compile(r"\b(?:ek\s*2|envanter|inventory)\D{0,20}?(?:no|numara|number|#)\s*\.?\s*(?P<n>\d{1,3})\b")


def _compact(text: str) -> str:
    return re.sub(r"[\s.\-]+", "", fold_ascii(text))


def _ora_candidates(ids: Iterable[str], ora: str | None, aa: str | None, t: str | None, e: str | None) -> list[str]:
    pattern = "".join([
        f"ORA{ora}" if ora else r"ORA\d",
        rf"\.AA{aa}" if aa else (r"\.AA\d" if t else ""),
        rf"\.T{t}" if t else "",
        rf"\.E{e}" if e else "",
    ])
    rx = re.compile(pattern + "$")
    return sorted(i for i in ids if rx.match(i))


def resolve_codes(question: str, section_ids: Iterable[str], aliases: dict[str, str]) -> list[str]:
    """Section ids named in the question, in the order they appear; unknown codes resolve to nothing.

    `aliases` maps a printed code (any spacing) to its canonical id.
    """
    ids = set(section_ids)
    folded = fold_ascii(question)
    found: list[tuple[int, str]] = []
    compact_aliases = {_compact(k): v for k, v in aliases.items()}

    for m in _ORA_CODE.finditer(folded):
        if not any(m.group(g) for g in ("ora", "aa", "t", "e")):
            continue
        printed = _compact(m.group(0))
        if printed in compact_aliases:  # a misprinted code typed as printed
            found.append((m.start(), compact_aliases[printed]))
            continue
        hits = _ora_candidates(ids, m["ora"], m["aa"], m["t"], m["e"])
        if len(hits) == 1 or (hits and m["ora"] and not m["t"] and not m["aa"]):
            found.append((m.start(), hits[0] if len(hits) == 1 else f"ORA{m['ora']}"))
    if not any(sid.startswith("ORA") for _, sid in found):
        area = next((code for code, names in AREA_NAMES.items() if any(n in folded for n in names)), None)
        for m in _RELATIVE.finditer(folded):
            hits = _ora_candidates(ids, area[3] if area else None, m["aa"], m["t"], m["e"])
            if len(hits) == 1:
                found.append((m.start(), hits[0]))
    for m in _SECTION_NO.finditer(folded):
        base = f"{m['a']}.{m['b']}"
        letter = m["letter"].upper() if m["letter"] else None
        if letter and f"{base}.{letter}" in ids:
            found.append((m.start(), f"{base}.{letter}"))
        elif base in ids:
            found.append((m.start(), base))
    for m in _ROW.finditer(folded):
        sid = f"EK2.{int(m['n'])}"
        if sid in ids:
            found.append((m.start(), sid))
    if not any(s.startswith("EK2.") for _, s in found):
        for m in _ANNEX.finditer(folded):
            sid = f"EK{m['n'] or m['m']}"
            if sid in ids:
                found.append((m.start(), sid))
    for m in _TABLE.finditer(folded):
        sid = f"4.tablo-{m['n']}"
        if sid in ids:
            found.append((m.start(), sid))
    ordered: list[str] = []
    for _, sid in sorted(found):
        if sid in ids and sid not in ordered:
            ordered.append(sid)
    return ordered


_TYPED_ORA = re.compile(r"\bora\s*\.?\s*(?P<ora>\d+)(?:\s*\.?\s*aa\s*\.?\s*(?P<aa>\d+))?(?:\s*\.?\s*t\s*(?P<t>\d+))?"
                        r"(?:\s*[.\-]?\s*e\s*(?P<e>\d{1,2}))?(?![\w])")
_TYPED_TABLE = re.compile(r"\b(?:tablo|table|ek|annex)\s*[-–]?\s*(?P<n>\d+)\b")


def unknown_codes(question: str, section_ids: Iterable[str], aliases: dict[str, str]) -> list[str]:
    """Codes typed in full form (ORA7, ORA2.AA9.T1, Tablo 5, EK 3) that name no part of the report.

    Only codes with their area digit count: "T1" alone is relative to an area the question may name in words.
    A printed misprint the report itself uses is an alias, so it is known.
    """
    ids = set(section_ids)
    compact_aliases = {_compact(k) for k in aliases}
    folded = fold_ascii(question)
    unknown = []
    for m in _TYPED_ORA.finditer(folded):
        code = f"ORA{m['ora']}" + "".join(f".{p}{m[g]}" for p, g in (("AA", "aa"), ("T", "t"), ("E", "e")) if m[g])
        known = code in ids or any(i.startswith(code + ".") for i in ids)  # an area is known by its children
        if not known and _compact(m.group(0)) not in compact_aliases:
            unknown.append(code)
    for m in _TYPED_TABLE.finditer(folded):
        word = m.group(0).split()[0].rstrip("-–").lower()
        sid = f"4.tablo-{m['n']}" if word in ("tablo", "table") else f"EK{m['n']}"
        if sid not in ids and not (word in ("ek", "annex") and sid.startswith("EK") and f"{sid}.1" in ids):
            unknown.append(("Tablo " if word in ("tablo", "table") else "EK ") + m["n"])
    return unknown
