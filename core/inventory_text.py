"""The text of an inventory row's chunk, in Turkish (what ingest stores) and in English (what English answers quote).

EK 2 is a table, not prose, so the unofficial English rendering in corpus/en/ has no sentences for it: a row
cited in an English answer was quoted in Turkish ("İl: Burdur; Aşama: Fikir; Sektör: savunma-havacılık-uzay;
BROP dışı"). Its English is built here from the row's own record and the shipped English labels
(corpus/en/sectors.tsv for stages and sectors, corpus/en/inventory.tsv for the name's gloss), keyed to the
Turkish text exactly as `row_text_tr` writes it, so `Rendering.english` finds it like any other sentence.
The printed name, the province and the printed stage label stay in the English text: they are what a user
checks against the report.
"""
from __future__ import annotations

from typing import Iterable, Mapping

from core.records import ClusterRecord


def _stage_text(c: ClusterRecord) -> str:
    if c.stage.inventory_label == c.stage.report_label:
        return c.stage.inventory_label
    return f"{c.stage.inventory_label} (raporda: {c.stage.report_label})"


def row_text_tr(c: ClusterRecord) -> str:
    """The body of a row's chunk as ingest writes it (the parser's one definition of it)."""
    brop = "BROP ili" if c.brop else "BROP dışı"
    province = "Ulusal (TR)" if c.province == "TR" else c.province_label
    return (f"EK 2 Küme Envanteri No {c.number}: {c.name} — İl: {province}; "
            f"Aşama: {_stage_text(c)}; Sektör: {c.sector}; {brop}")


def row_text_en(c: ClusterRecord, labels: Mapping[tuple[str, str], str], glosses: Mapping[int, str]) -> str:
    """The row in English: "EK 2 Cluster Inventory No 100: Burdur Silah Sanayi (Burdur Arms Industry) —
    Province: Burdur; Stage: Idea stage (Fikir); Sector: Defence, aviation and space; outside BROP"."""
    gloss = glosses.get(c.number, "")
    name = f"{c.name} ({gloss})" if gloss and gloss != c.name else c.name
    province = "National (TR)" if c.province == "TR" else c.province_label
    stage = labels.get(("stage", c.stage.key), c.stage.key)
    sector = labels.get(("sector", c.sector), c.sector)
    brop = "BROP province" if c.brop else "outside BROP"
    return (f"EK 2 Cluster Inventory No {c.number}: {name} — Province: {province}; "
            f"Stage: {stage} ({c.stage.inventory_label}); Sector: {sector}; {brop}")


def row_renderings(rows: Iterable[ClusterRecord], labels: Mapping[tuple[str, str], str],
                   glosses: Mapping[int, str]) -> list[tuple[str, str, str]]:
    """(section id, Turkish row text, English row text) for every row (what `Rendering.with_texts` takes)."""
    return [(c.section_id, row_text_tr(c), row_text_en(c, labels, glosses)) for c in rows]
