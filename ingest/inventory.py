"""EK 2, the inventory of 356 clusters: rows → records with stage, sector and BROP flag.

The inventory labels stages Fikir/Başlangıç/Gelişme/Olgunluk while the
report's text says Fikir/Başlangıç/Gelişen/Olgun; each record carries one
canonical `Stage` that knows both. Sectors are derived from the cluster's
name with the sector groups the report itself uses (section 4.2 A).
The BROP flag comes from `corpus/brop-provinces.tsv` (outside knowledge, see
that file's header).

The sector of each row is fixed at the source: `corpus/inventory-sectors.tsv`
(number, name, sector, note) was generated once by `SECTOR_RULES`
(`python -m ingest.inventory --write-sectors`) and then reviewed row by row;
`parse_inventory` takes the sector from that table when the row's number and
printed name match, and from the rules otherwise (another corpus, a changed
name). A row whose reviewed sector differs from the rules says so in its note
("override: …"); `sector_differences` lists them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.cleaning import Line
from core.lexicon import PROVINCE_ALIASES  # re-exported: the parser maps the printed "Afyon" with it
from core.normalize import fold_ascii
from core.records import ClusterRecord, Stage

STAGES = (
    Stage("fikir", "Fikir", "Fikir", "idea", 0),
    Stage("baslangic", "Başlangıç", "Başlangıç", "start", 1),
    Stage("gelisen", "Gelişen", "Gelişme", "developing", 2),
    Stage("olgun", "Olgun", "Olgunluk", "mature", 3),
)
_STAGE_BY_LABEL = {fold_ascii(label): s for s in STAGES for label in (s.report_label, s.inventory_label)}

# Short or old names people use for a province, folded → canonical.

# Ordered: the first group with a keyword that starts a word of the folded name wins ("bakir" matches
# "Bakır", not "Diyarbakır"); a keyword of several words must start consecutive words ("yapi malzeme" ~
# "Yapı Malzemeleri"); a keyword starting with "=" must be a whole word ("et", "bal", "dokum" ≠ "dokuma").
SECTOR_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("inşaat", ("yapi malzeme", "yapi kimyasal")),  # before "kimya": construction chemicals are construction
    ("other", ("gemi", "=yat", "kuyumcu", "altin", "seramik", "kimya")),
    ("tekstil", ("makina halisi",)),
    ("savunma-havacılık-uzay", ("savunma", "havacilik", "uzay", "silah")),
    ("otomotiv", ("otomotiv", "tasit", "motorlu kara")),
    ("elektrik", ("elektrik", "elektronik", "kablo", "ankastre", "ev aletleri")),
    ("metal işleme-makine-mekatronik", ("makina", "makine", "metal", "mekatronik", "=dokum", "demir celik", "bicak",
                                        "iklimlendirme", "sogutma", "havalandirma", "sac profil", "rayli", "vagon",
                                        "bakir")),
    ("turizm", ("turizm", "termal", "otelci", "konaklama")),
    ("sağlık", ("medikal", "biyomedikal", "saglik", "ilac")),
    ("bilişim", ("yazilim", "bilisim", "animasyon")),
    ("enerji", ("enerji", "gunes", "jeotermal")),
    ("lojistik", ("lojistik", "nakliye", "soguk hava")),
    ("plastik", ("plastik", "polimer", "pvc", "kaucuk")),
    ("deri-ayakkabı", ("deri", "ayakkabi", "kurk")),
    ("tekstil", ("tekstil", "giyim", "konfeksiyon", "iplik", "dokuma", "triko", "hali", "ipek", "gelinlik", "kilim",
                 "yorgan", "moda", "iplig")),
    ("inşaat", ("insaat", "tugla", "briket", "cati")),
    ("madencilik", ("maden", "mermer", "dogal tas", "dogaltas", "granit", "feldspat", "pomza", "perlit", "kalsit",
                    "bims", "=tuz", "krom", "kormit")),
    ("ağaç-mobilya-kağıt", ("mobilya", "orman", "agac", "ahsap", "kagit", "matbaa")),
    ("tarım-gıda", ("gida", "tarim", "=sut", "=et", "hayvancilik", "meyve", "sebze", "bitki", "cicek", "tohum",
                    "aric", "=bal", "zeytin", "findik", "fistig", "=cay", "=un", "unlu", "bakliyat", "fistik", "yerfistig", "kayisi",
                    "biber", "celtik", "yag", "hububat", "bulgur", "sarap", "kuruyemis", "uzum", "alabalik",
                    "balik", "su urunleri", "organik", "pestil", "narenciye", "=gul", "=kaz", "icecek", "kakao",
                    "makarna", "mandira")),
)
SECTORS = ("tekstil", "savunma-havacılık-uzay", "otomotiv", "elektrik", "metal işleme-makine-mekatronik", "turizm",
           "sağlık", "bilişim", "enerji", "lojistik", "plastik", "deri-ayakkabı", "inşaat", "madencilik",
           "ağaç-mobilya-kağıt", "tarım-gıda", "other")
assert set(SECTORS) == {name for name, _ in SECTOR_RULES}
SECTORS_FILE = "inventory-sectors.tsv"
_DEFAULT_SECTORS = Path(__file__).resolve().parents[1] / "corpus" / SECTORS_FILE

_ROW = re.compile(r"^(?P<no>\d{1,3})\s+(?P<province>\S+)\s+(?P<name>\S.*?)\s+(?P<stage>Fikir|Başlangıç|Gelişme|Olgunluk)\s*$")


def stage_from_label(label: str) -> Stage | None:
    """"Gelişme", "gelişen", "GELISEN" → the same Stage."""
    return _STAGE_BY_LABEL.get(fold_ascii(label))


def name_words(name: str) -> list[str]:
    """Folded words of a cluster name; glued words are split ("GaziosmanpaşaTekstil"), and "-" or "/" split too."""
    spaced = re.sub(r"(?<=[a-zçğıöşü])(?=[A-ZÇĞİÖŞÜ])", " ", name)
    return re.findall(r"[0-9a-z]+", fold_ascii(spaced))


def _matches(keyword: str, words: list[str]) -> bool:
    if keyword.startswith("="):
        return keyword[1:] in words
    parts = keyword.split()
    return any(all(words[i + j].startswith(p) for j, p in enumerate(parts)) for i in range(len(words) - len(parts) + 1))


def sector_of(name: str) -> str:
    """The sector the rules derive from a cluster's name (the reviewed table may say otherwise)."""
    words = name_words(name)
    for sector, keywords in SECTOR_RULES:
        if any(_matches(kw, words) for kw in keywords):
            return sector
    return "other"


@dataclass(frozen=True)
class SectorRow:
    """One reviewed row of `corpus/inventory-sectors.tsv`."""

    number: int
    name: str
    sector: str
    note: str = ""

    @property
    def is_override(self) -> bool:
        return self.note.startswith("override")


@dataclass(frozen=True)
class SectorTable:
    """The reviewed sector of every EK 2 row, keyed by number (applied only when the printed name matches)."""

    rows: dict[int, SectorRow]

    @classmethod
    def from_file(cls, path: Path) -> "SectorTable":
        rows: dict[int, SectorRow] = {}
        if not path.exists():
            return cls(rows)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("number\t"):
                continue
            parts = line.split("\t") + [""]
            number, name, sector, note = parts[0], parts[1], parts[2], parts[3]
            if sector not in SECTORS:
                raise ValueError(f"{path.name}: row {number}: unknown sector {sector!r}")
            rows[int(number)] = SectorRow(int(number), name, sector, note)
        return cls(rows)

    @classmethod
    def default(cls) -> "SectorTable":
        """The table shipped in the repository's corpus/ folder (read once)."""
        global _DEFAULT_TABLE
        if _DEFAULT_TABLE is None:
            _DEFAULT_TABLE = cls.from_file(_DEFAULT_SECTORS)
        return _DEFAULT_TABLE

    def sector(self, number: int, name: str) -> str | None:
        row = self.rows.get(number)
        return row.sector if row is not None and row.name == name else None


_DEFAULT_TABLE: SectorTable | None = None


def sector_differences(table: SectorTable) -> list[tuple[int, str, str, str, str]]:
    """(number, name, rules' sector, table's sector, note) for every row where the review overrides the rules."""
    return [(r.number, r.name, sector_of(r.name), r.sector, r.note) for r in table.rows.values()
            if sector_of(r.name) != r.sector]


def canonical_province(label: str) -> str:
    label = label.strip()
    if label.upper() == "TR":
        return "TR"
    return PROVINCE_ALIASES.get(fold_ascii(label), label)


@dataclass(frozen=True)
class BropTable:
    """Provinces of the BROP programme area (folded names)."""

    provinces: frozenset[str]
    regions: tuple[tuple[str, str], ...] = ()  # (NUTS-2 code, province as printed), in the table's order
    note: str = ""  # the table's first comment line: what BROP is and where the list comes from

    @classmethod
    def from_file(cls, path: Path) -> "BropTable":
        names = set()
        regions = []
        lines = path.read_text(encoding="utf-8").splitlines()
        note = next((line.lstrip("# ").strip() for line in lines if line.startswith("#")), "")
        for line in lines:
            if not line.strip() or line.startswith("#") or line.startswith("nuts2"):
                continue
            parts = line.split("\t")
            if len(parts) >= 2:
                names.add(fold_ascii(parts[1]))
                regions.append((parts[0].strip(), parts[1].strip()))
        return cls(frozenset(names), tuple(regions), note)

    @classmethod
    def from_corpus(cls, corpus_dir: Path) -> "BropTable":
        path = corpus_dir / "brop-provinces.tsv"
        return cls.from_file(path) if path.exists() else cls(frozenset())

    def is_brop(self, province: str) -> bool:
        return province != "TR" and fold_ascii(canonical_province(province)) in self.provinces


def parse_inventory(lines: list[Line], source: str, brop: BropTable,
                    sectors: SectorTable | None = None) -> list[ClusterRecord]:
    """Every table row of EK 2; repeated headers and page numbers are not rows.

    The sector comes from `sectors` (default: the reviewed `corpus/inventory-sectors.tsv`) when the row's
    number and printed name are in it, else from `sector_of`.
    """
    sectors = SectorTable.default() if sectors is None else sectors
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
            sector=sectors.sector(number, name) or sector_of(name), brop=brop.is_brop(province), page=line.page,
            source=source,
        )
    return [records[n] for n in sorted(records)]


def write_sectors(corpus_dir: Path, path: Path | None = None) -> Path:
    """Write the rules' sector for every EK 2 row (notes of an existing table are kept): the table to review."""
    from ingest.report_parser import parse_corpus

    path = path or Path(corpus_dir) / SECTORS_FILE
    old = SectorTable.from_file(path).rows if path.exists() else {}
    clusters = parse_corpus(Path(corpus_dir)).clusters
    lines = ["# The sector of every EK 2 row (356), generated by ingest.inventory.SECTOR_RULES and reviewed row by",
             "# row against the printed name, with the report's own sector groups (section 4.2 A). A note starting",
             "# with 'override:' marks a reviewed sector that differs from the rules; other notes explain a choice.",
             "number\tname\tsector\tnote"]
    for c in clusters:
        kept = old.get(c.number)
        sector, note = (kept.sector, kept.note) if kept and kept.name == c.name else (sector_of(c.name), "")
        lines.append(f"{c.number}\t{c.name}\t{sector}\t{note}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="EK 2 inventory tools")
    parser.add_argument("--write-sectors", action="store_true", help="(re)write corpus/inventory-sectors.tsv")
    parser.add_argument("--corpus", default="corpus")
    parser.add_argument("--differences", action="store_true", help="list rows where the table overrides the rules")
    args = parser.parse_args()
    if args.write_sectors:
        print(write_sectors(Path(args.corpus)))
    if args.differences:
        for row in sector_differences(SectorTable.from_file(Path(args.corpus) / SECTORS_FILE)):
            print("\t".join(map(str, row)))
