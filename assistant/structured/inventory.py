"""Exact answers from EK 2, the inventory of 356 clusters: filter rows, count them, cite every one.

"Which clusters are in Gaziantep?" has one complete answer (19 rows), and
similarity search returns the top k, not all of them; so inventory
questions are answered by filtering the rows' metadata, and every listed
row is cited by its inventory number.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from ingest.inventory import STAGES
from core.normalize import fold_ascii
from core.records import ClusterRecord

from assistant.question.slots import Slots, keyword_at, words
from core.answers import Citation, DirectAnswer

_STAGE = {s.key: s for s in STAGES}
COLUMNS = {"tr": ("No", "İl", "Küme", "Aşama", "Sektör", "BROP"),
           "en": ("No", "Province", "Cluster", "Stage", "Sector", "BROP")}
YES_NO = {"tr": ("evet", "hayır"), "en": ("yes", "no")}
# Words that ask about the inventory's rows.
_ROW_NOUNS = re.compile(r"\b(kume(ler\w*|leri|si|yi)?|potansiyel kume\w*|envanter\w*|kayit\w*|clusters|entries|entry|"
                        r"inventory|records|rows|listed)\b")
_SINGULAR = re.compile(r"\b(kume|cluster)\b")
_SINGULAR_OK = re.compile(r"\b(kac|hangi|how many|which|what)\b (\w+ ){0,2}(kume|cluster)\b")
# Questions that mention a province or stage but ask about something else.
_NOT_INVENTORY = re.compile(
    r"\b(eylem\w*|tedbir\w*|action\w*|measure\w*|oneri\w*|onerilen|recommend\w*|apply|applies|applicable|"
    r"uygun|yapmali\w*|should|urge|ur ge|destek\w*|support\w*|program\w*|hibe|grant\w*|teblig\w*|oran\w*|"
    r"rate|rates|share|yuzde|percent\w*|ratio|uye|member\w*|firma\w*|firms?|compan\w*|sirket\w*|calisan\w*|"
    r"employee\w*|personel\w*|staff|anket\w*|survey\w*|analiz\w*|analys\w*|kriter\w*|criteri\w*|weather|hava|"
    r"restoran\w*|restaurant\w*|institution\w*|kurum\w*|merkez\w*|cent(re|er)s?|budget|butce\w*|ihracat\w*|"
    r"export\w*|founded|kuruldu|manager\w*|yonetici\w*|dagilim\w*|distribution)\b")


def rows_from_clusters(clusters: Iterable[ClusterRecord]) -> tuple[ClusterRecord, ...]:
    return tuple(sorted(clusters, key=lambda r: r.number))


def rows_from_store(store, collection: str) -> tuple[ClusterRecord, ...]:
    """Inventory rows out of an ingested store (ChromaStore and the active collection's name)."""
    return rows_from_chunks(store.all_chunks(collection))


def rows_from_chunks(chunks: Iterable) -> tuple[ClusterRecord, ...]:
    """The EK 2 records out of stored chunks (anything with .text and .metadata; one chunk per row).

    They are rebuilt from the store, not re-parsed, so the rows answered and the rows cited come from
    the same ingestion.
    """
    rows: dict[int, ClusterRecord] = {}
    for chunk in chunks:
        meta = chunk.metadata
        stage = _STAGE.get(str(meta.get("stage", "")))
        if meta.get("kind") != "inventory" or "no" not in meta or stage is None:
            continue
        label = re.search(r"İl: (.+?);", chunk.text)
        printed = label.group(1) if label else str(meta.get("province", ""))
        if printed.startswith("Ulusal"):
            printed = "TR"
        rows[int(meta["no"])] = ClusterRecord(int(meta["no"]), str(meta.get("province", "")), printed,
                                              str(meta.get("section_title", "")), stage,
                                              str(meta.get("sector", "")), bool(meta.get("brop", False)),
                                              meta.get("page"), str(meta.get("source", "")))
    return tuple(rows[n] for n in sorted(rows))


def is_inventory_question(question: str, slots: Slots) -> bool:
    """A filter (province, stage, sector, BROP, TR, row number, name) on clusters, and nothing else asked."""
    folded = " ".join(words(question))
    if _NOT_INVENTORY.search(folded):
        return False
    if not (slots.has_filter or slots.most):
        return False
    if slots.number is not None and re.search(r"\b(envanter\w*|inventory|entry|kayit\w*|row)\b", folded):
        return True
    if _ROW_NOUNS.search(_SINGULAR.sub(" ", folded)) or _SINGULAR_OK.search(folded):
        return True
    return bool(slots.provinces or slots.stages) and bool(re.search(r"\b(kumeler\w*|kumelerin)\b", folded))


def _name_hit(name: str, term: str) -> bool:
    """Long terms match inside words ("Medikal" in "Biyomedikal"); short ones match words ("bal", not "balık")."""
    folded_term = fold_ascii(term)
    if len(folded_term) >= 5:
        return folded_term in fold_ascii(name)
    parts = words(term)
    tokens = words(name)
    return all(any(keyword_at(t, p) for t in tokens) for p in parts)


def select(rows: Iterable[ClusterRecord], slots: Slots) -> list[ClusterRecord]:
    """Every row that meets all the filters the question sets (complete, in inventory order)."""
    out = []
    for r in rows:
        if slots.number is not None and r.number != slots.number:
            continue
        if slots.provinces and r.province not in slots.provinces and not (slots.national and r.province == "TR"):
            continue
        if slots.national and not slots.provinces and r.province != "TR":
            continue
        if slots.stages and r.stage.key not in slots.stages:
            continue
        if slots.sectors and not slots.name_terms and r.sector not in slots.sectors:
            continue
        if slots.brop == "brop" and not r.brop or slots.brop == "non-brop" and (r.brop or r.province == "TR"):
            continue
        if slots.name_terms and not any(_name_hit(r.name, t) for t in slots.name_terms):
            continue
        out.append(r)
    return sorted(out, key=lambda r: r.number)


def stage_label(key: str, lang: str) -> str:
    s = _STAGE[key]
    both = s.inventory_label if s.inventory_label == s.report_label else f"{s.inventory_label} / {s.report_label}"
    return both if lang == "tr" else f"{both} ({s.english})"


def _describe(slots: Slots, lang: str) -> tuple[str, str]:
    """(where, what) phrases for the lead: "Gaziantep ilinde", "Başlangıç aşamasında, BROP illerinde"."""
    places = list(slots.provinces) + (["TR"] if slots.national and not slots.provinces else [])
    stages = ", ".join(stage_label(k, lang) for k in slots.stages)
    sectors = ", ".join(slots.sectors) if not slots.name_terms else ""
    names = ", ".join(f"'{t}'" for t in slots.name_terms)
    if lang == "tr":
        where = " ve ".join("ulusal (TR) düzeyde" if p == "TR" else f"{p} ilinde" for p in places)
        bits = [f"{stages} aşamasında" if stages else "", f"{sectors} sektöründe" if sectors else "",
                {"brop": "BROP illerinde", "non-brop": "BROP dışı illerde"}.get(slots.brop or "", ""),
                f"adında {names} geçen" if names else "", f"{slots.number} numaralı" if slots.number else ""]
    else:
        where = " and ".join("at national level (TR)" if p == "TR" else f"in {p}" for p in places)
        bits = [f"at the {stages} stage" if stages else "", f"in the {sectors} sector" if sectors else "",
                {"brop": "in BROP provinces", "non-brop": "in non-BROP provinces"}.get(slots.brop or "", ""),
                f"with {names} in the name" if names else "", f"numbered {slots.number}" if slots.number else ""]
    return where, ", ".join(b for b in bits if b)


def _lead(count: int, slots: Slots, lang: str, top: str | None = None) -> str:
    span = "" if count == 0 else (" [1]" if count == 1 else f" [1]–[{count}]")
    if top:
        return (f"Envanterde en çok kayıt {top} ilinde: {count} küme/potansiyel küme{span}:" if lang == "tr"
                else f"The province with the most inventory entries is {top}: {count} clusters{span}:")
    where, what = _describe(slots, lang)
    if lang == "tr":
        subject = " ".join(x for x in (where, "envanterde", what) if x)
        subject = subject[0].upper() + subject[1:]
        if count == 0:
            return f"{subject} küme/potansiyel küme yok: envanterde bu ölçütlere uyan kayıt bulunmuyor."
        return f"{subject} {count} küme/potansiyel küme var{span}:"
    tail = " ".join(x for x in (what, where) if x)
    if count == 0:
        return " ".join(x for x in ("The inventory lists no clusters", tail) if x) + ": no entry matches."
    noun = "cluster" if count == 1 else "clusters"
    return " ".join(x for x in (f"The inventory lists {count} {noun}", tail) if x) + f"{span}:"


def answer_inventory(question: str, slots: Slots, rows: Iterable[ClusterRecord], lang: str) -> DirectAnswer:
    """The complete list of matching rows: lead with the count, one citation and one table row per cluster."""
    rows = tuple(rows)
    top = None
    if slots.most and not slots.has_filter:
        top = Counter(r.province for r in rows if r.province != "TR").most_common(1)[0][0]
        matched = [r for r in rows if r.province == top]
    else:
        matched = select(rows, slots)
    yes, no = YES_NO[lang]
    citations = tuple(Citation(i, r.section_id, r.name, "inventory", r.source, r.page, r.printed)
                      for i, r in enumerate(matched, 1))
    table = tuple((str(r.number), r.province_label, r.name, stage_label(r.stage.key, lang), r.sector,
                   yes if r.brop else no) for r in matched)
    return DirectAnswer("inventory", _lead(len(matched), slots, lang, top), citations, COLUMNS[lang], table,
                        len(matched))
