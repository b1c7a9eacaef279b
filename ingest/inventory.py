"""EK 2, the inventory of 356 clusters: rows → records with stage, sector and BROP flag.

The inventory labels stages Fikir/Başlangıç/Gelişme/Olgunluk while the
report's text says Fikir/Başlangıç/Gelişen/Olgun; each record carries one
canonical `Stage` that knows both. Sectors are derived from the cluster's
name with the sector groups the report itself uses (section 4.2 A).
The BROP flag comes from `corpus/brop-provinces.tsv` (outside knowledge, see
that file's header).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.cleaning import Line
from core.normalize import fold_ascii, tokenize_tr
from core.records import ClusterRecord, Stage

STAGES = (
    Stage("fikir", "Fikir", "Fikir", "idea", 0),
    Stage("baslangic", "Başlangıç", "Başlangıç", "start", 1),
    Stage("gelisen", "Gelişen", "Gelişme", "developing", 2),
    Stage("olgun", "Olgun", "Olgunluk", "mature", 3),
)
_STAGE_BY_LABEL = {fold_ascii(label): s for s in STAGES for label in (s.report_label, s.inventory_label)}

# Short or old names people use for a province, folded → canonical.
PROVINCE_ALIASES = {"afyon": "Afyonkarahisar", "antep": "Gaziantep", "maras": "Kahramanmaraş", "urfa": "Şanlıurfa"}

# Ordered: the first group whose keyword occurs in the folded name wins.
# A keyword starting with "=" must be a whole word ("et", "bal").
SECTOR_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("other", ("gemi", "=yat", "kuyumcu", "altin", "seramik", "kimya")),
    ("tekstil", ("makina halisi",)),
    ("savunma-havacılık-uzay", ("savunma", "havacilik", "uzay", "silah")),
    ("otomotiv", ("otomotiv", "tasit", "motorlu kara")),
    ("elektrik", ("elektrik", "elektronik", "kablo", "ankastre", "ev aletleri")),
    ("metal işleme-makine-mekatronik", ("makina", "makine", "metal", "mekatronik", "dokum", "demir celik", "bicak",
                                        "iklimlendirme", "sogutma", "havalandirma", "sac profil", "rayli", "vagon",
                                        "bakir")),
    ("turizm", ("turizm", "termal", "otelci", "konaklama")),
    ("sağlık", ("medikal", "saglik", "ilac")),
    ("bilişim", ("yazilim", "bilisim", "animasyon")),
    ("enerji", ("enerji", "gunes", "jeotermal")),
    ("lojistik", ("lojistik", "nakliye", "soguk hava")),
    ("plastik", ("plastik", "polimer", "pvc", "kaucuk")),
    ("deri-ayakkabı", ("deri", "ayakkabi", "kurk")),
    ("tekstil", ("tekstil", "giyim", "konfeksiyon", "iplik", "dokuma", "triko", "hali", "ipek", "gelinlik", "kilim",
                 "yorgan", "moda", "iplig")),
    ("inşaat", ("insaat", "yapi malzeme", "yapi kimyasal", "tugla", "briket", "cati")),
    ("madencilik", ("maden", "mermer", "dogal tas", "dogaltas", "granit", "feldspat", "pomza", "perlit", "kalsit",
                    "bims", "=tuz", "krom", "kormit")),
    ("ağaç-mobilya-kağıt", ("mobilya", "orman", "agac", "ahsap", "kagit", "matbaa")),
    ("tarım-gıda", ("gida", "tarim", "=sut", "=et", "hayvancilik", "meyve", "sebze", "bitki", "cicek", "tohum",
                    "aric", "=bal", "zeytin", "findik", "fistig", "=cay", "=un", "unlu", "bakliyat", "fistik", "kayisi",
                    "biber", "celtik", "yag", "hububat", "bulgur", "sarap", "kuruyemis", "uzum", "alabalik",
                    "balik", "su urunleri", "organik", "pestil", "narenciye", "=gul", "=kaz", "icecek", "kakao",
                    "makarna", "mandira")),
)
SECTORS = tuple(dict.fromkeys(name for name, _ in SECTOR_RULES[1:])) + ("other",)

_ROW = re.compile(r"^(?P<no>\d{1,3})\s+(?P<province>\S+)\s+(?P<name>\S.*?)\s+(?P<stage>Fikir|Başlangıç|Gelişme|Olgunluk)\s*$")


def stage_from_label(label: str) -> Stage | None:
    """"Gelişme", "gelişen", "GELISEN" → the same Stage."""
    return _STAGE_BY_LABEL.get(fold_ascii(label))


def sector_of(name: str) -> str:
    folded = fold_ascii(name)
    tokens = set(tokenize_tr(name))
    for sector, keywords in SECTOR_RULES:
        for kw in keywords:
            if (kw[1:] in tokens) if kw.startswith("=") else (kw in folded):
                return sector
    return "other"


def canonical_province(label: str) -> str:
    label = label.strip()
    if label.upper() == "TR":
        return "TR"
    return PROVINCE_ALIASES.get(fold_ascii(label), label)


@dataclass(frozen=True)
class BropTable:
    """Provinces of the BROP programme area (folded names)."""

    provinces: frozenset[str]

    @classmethod
    def from_file(cls, path: Path) -> "BropTable":
        names = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("nuts2"):
                continue
            parts = line.split("\t")
            if len(parts) >= 2:
                names.add(fold_ascii(parts[1]))
        return cls(frozenset(names))

    @classmethod
    def from_corpus(cls, corpus_dir: Path) -> "BropTable":
        path = corpus_dir / "brop-provinces.tsv"
        return cls.from_file(path) if path.exists() else cls(frozenset())

    def is_brop(self, province: str) -> bool:
        return province != "TR" and fold_ascii(canonical_province(province)) in self.provinces


def parse_inventory(lines: list[Line], source: str, brop: BropTable) -> list[ClusterRecord]:
    """Every table row of EK 2; repeated headers and page numbers are not rows."""
    records: dict[int, ClusterRecord] = {}
    for line in lines:
        match = _ROW.match(line.text)
        if not match:
            continue
        number = int(match["no"])
        stage = stage_from_label(match["stage"])
        if stage is None or number in records:
            continue
        province = canonical_province(match["province"])
        name = match["name"].strip()
        records[number] = ClusterRecord(
            number=number, province=province, province_label=match["province"], name=name, stage=stage,
            sector=sector_of(name), brop=brop.is_brop(province), page=line.page, source=source,
        )
    return [records[n] for n in sorted(records)]
