"""Which development agency serves which province: outside knowledge that lets Tablo 1 be asked by place.

Tablo 1 prints the 26 agencies by acronym only (İZKA, ANKARAKA, BEBKA …). Users name them by the place they
serve ("İzmir ve Ankara'daki kalkınma ajansları", "the Bursa development agency") or by their full name
("Doğu Marmara Kalkınma Ajansı"). `corpus/development-agencies.tsv` maps each acronym to its name and
provinces; it is unofficial outside knowledge (its header gives the legal source), so an answer that used it
says so (`AgencyMatch.by_place`). A province alone never names an agency: the question must speak of agencies
(the caller decides), or "Ankara'daki kümeler" would become a question about ANKARAKA.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from core.normalize import fold_ascii

FILE_NAME = "development-agencies.tsv"
REPO_FILE = Path(__file__).resolve().parents[2] / "corpus" / FILE_NAME


@dataclass(frozen=True)
class Agency:
    acronym: str  # as Tablo 1 prints it
    nuts2: str
    name_tr: str
    name_en: str
    provinces: tuple[str, ...]  # canonical province names (core.lexicon.PROVINCES)


@dataclass(frozen=True)
class AgencyMatch:
    acronym: str
    by_place: str = ""  # the province or full name that led to it ("" when the acronym itself was typed)


class AgencyTable:
    """The rows of development-agencies.tsv, looked up by folded province and by folded full name."""

    def __init__(self, agencies: Iterable[Agency]):
        self.agencies = tuple(agencies)
        self._by_province = {fold_ascii(p): a for a in self.agencies for p in a.provinces}
        # the distinctive part of each full name: "izmir", "dogu marmara", "bursa eskisehir bilecik", "ipekyolu"
        self._by_name = {_stem(a.name_tr): a for a in self.agencies} | {_stem(a.name_en): a for a in self.agencies}

    @classmethod
    def from_file(cls, path: Path) -> "AgencyTable":
        rows = []
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith("acronym\t"):
                continue
            acronym, nuts2, name_tr, name_en, provinces = line.split("\t")
            rows.append(Agency(acronym, nuts2, name_tr, name_en, tuple(p.strip() for p in provinces.split(","))))
        return cls(rows)

    @classmethod
    def from_corpus(cls, corpus_dir: Path | None) -> "AgencyTable":
        """The corpus folder's own table when it has one, else the repository's; empty if neither exists."""
        for path in ([Path(corpus_dir) / FILE_NAME] if corpus_dir else []) + [REPO_FILE]:
            if path.exists():
                return cls.from_file(path)
        return cls(())

    def serving(self, province: str) -> Agency | None:
        return self._by_province.get(fold_ascii(province))

    def named_in(self, folded_text: str) -> list[AgencyMatch]:
        """Agencies whose full name the folded text contains ("dogu marmara kalkinma ajansi", "izmir
        development agency"), in the order they appear."""
        found = []
        for stem, agency in self._by_name.items():
            for suffix in (" kalkinma ajans", " development agenc", " bolge kalkinma ajans", " regional development agenc"):
                at = folded_text.find(stem + suffix)
                if at >= 0 and (at == 0 or not folded_text[at - 1].isalnum()):
                    found.append((at, AgencyMatch(agency.acronym, agency.name_tr)))
                    break
        seen, out = set(), []
        for _, match in sorted(found, key=lambda item: item[0]):
            if match.acronym not in seen:
                seen.add(match.acronym)
                out.append(match)
        return out

    def for_provinces(self, provinces: Iterable[str]) -> list[AgencyMatch]:
        """The agency serving each named province, first-named first, each agency once."""
        seen, out = set(), []
        for province in provinces:
            agency = self.serving(province)
            if agency and agency.acronym not in seen:
                seen.add(agency.acronym)
                out.append(AgencyMatch(agency.acronym, province))
        return out


def _stem(name: str) -> str:
    """The folded name without its generic tail: "İzmir Kalkınma Ajansı" → "izmir"."""
    folded = fold_ascii(name)
    for tail in (" kalkinma ajansi", " development agency"):
        if folded.endswith(tail):
            return folded[: -len(tail)]
    return folded
