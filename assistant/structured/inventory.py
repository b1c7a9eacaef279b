"""Exact answers from EK 2, the inventory of 356 clusters: filter rows, count them, cite every one.

"Which clusters are in Gaziantep?" has one complete answer (19 rows), and
similarity search returns the top k, not all of them; so inventory
questions are answered by filtering the rows' metadata, and every listed
row is cited by its inventory number.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from ingest.inventory import STAGES
from core.lexicon import STAGE_WORDS
from core.normalize import fold_ascii
from core.records import ClusterRecord

from core.messages import say
from assistant.question.slots import Slots, keyword_at, words
from assistant.structured.quantities import joined
from assistant.structured.inventory_aggregate import (LARGE, distinct_lead, distinct_of, many_lead,
                                                      report_share, sector_label, share_lead, stated_base,
                                                      total_lead)
from assistant.structured.inventory_names import NameIndex, NameLookup, name_index
from assistant.question.glossary import default_glossary
from core.normalize import tokenize_tr
from core.answers import Citation, DirectAnswer

_STAGE = {s.key: s for s in STAGES}
COLUMNS = ("no", "province", "cluster", "stage", "sector", "brop")  # col_* keys of core.messages
# Words that ask about the inventory's rows.
_SHARE = re.compile(r"\b(share|yuzde\w*|percent\w*|proportion|ratio|oran\w*|fraction)\b")


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


def _name_hit(name: str, term: str) -> bool:
    """Long terms match inside words ("Medikal" in "Biyomedikal"); short ones match words ("bal", not "balık")."""
    folded_term = fold_ascii(term)
    if len(folded_term) >= 5:
        return folded_term in fold_ascii(name)
    parts = words(term)
    tokens = words(name)
    return all(any(keyword_at(t, p) for t in tokens) for p in parts)


def _term_rows(rows: tuple[ClusterRecord, ...], term: str, index: NameIndex | None) -> frozenset[int] | None:
    """The rows a typed name term reaches when no row's name holds it as typed: every word of it looked up like
    a name word of the question (inventory_names: Turkish stems and derived forms, the English gloss of the
    names, the glossary), so "Which clusters have Organik (organic) in their name?" finds the Organik rows.
    None when some row's name holds the term: then the printed name alone decides, as before."""
    if any(_name_hit(r.name, term) for r in rows):
        return None
    index = index if index is not None else name_index(rows)
    parts = [index.rows_for(w, default_glossary()) for w in tokenize_tr(term.replace("-", " "))]
    return frozenset.intersection(*parts) if parts else frozenset()


def select(rows: Iterable[ClusterRecord], slots: Slots, names: NameLookup | None = None,
           index: NameIndex | None = None) -> list[ClusterRecord]:
    """Every row that meets all the filters the question sets (complete, in inventory order).

    "Outside BROP" is every row not in a BROP province, national (TR) rows included: the report's
    conclusions count 6 of the 35 clusters past the idea stage in BROP provinces and 29 outside.
    `index` is the rows' NameIndex (default: name_index of the rows with the shipped English glosses).
    """
    rows = tuple(rows)
    looked_up = {t: _term_rows(rows, t, index) for t in slots.name_terms}
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
        if slots.brop == "brop" and not r.brop or slots.brop == "non-brop" and r.brop:
            continue
        if slots.name_terms and not any(_name_hit(r.name, t) if looked_up[t] is None else r.number in looked_up[t]
                                        for t in slots.name_terms):
            continue
        if names is not None and not slots.name_terms and slots.number is None and r.number not in names.numbers:
            continue
        out.append(r)
    return sorted(out, key=lambda r: r.number)


def stage_label(key: str, lang: str) -> str:
    s = _STAGE[key]
    both = s.inventory_label if s.inventory_label == s.report_label else f"{s.inventory_label} / {s.report_label}"
    return both if lang == "tr" else f"{both} ({s.english})"


def _describe(slots: Slots, lang: str, names: NameLookup | None = None) -> tuple[str, str]:
    """(where, what) phrases for the lead: "Gaziantep ilinde", "Başlangıç aşamasında, BROP illerinde"."""
    places = list(slots.provinces) + (["TR"] if slots.national and not slots.provinces else [])
    stages = ", ".join(stage_label(k, lang) for k in slots.stages)
    sectors = ", ".join(sector_label(s, lang) for s in slots.sectors) if not slots.name_terms else ""
    names_ = ", ".join(f"'{t}'" for t in slots.name_terms)
    looked_up = say("inv_name_words", lang, words=", ".join(f"'{w}'" for w in names.shown or names.words)) if (
        names is not None and not slots.name_terms and slots.number is None) else ""
    where = say("inv_and", lang).join(say("inv_at_national", lang) if p == "TR" else say("inv_in_province", lang, p=p)
                                      for p in places)
    brop = {"brop": "inv_in_brop", "non-brop": "inv_in_non_brop"}.get(slots.brop or "")
    bits = [say("inv_at_stages", lang, stages=stages) if stages else "",
            say("inv_in_sectors", lang, sectors=sectors) if sectors else "", say(brop, lang) if brop else "",
            say("inv_name_has", lang, names=names_) if names_ else "", looked_up,
            say("inv_numbered", lang, number=slots.number) if slots.number else ""]
    return where, ", ".join(b for b in bits if b)


def _subject(slots: Slots, lang: str, names: NameLookup | None) -> str:
    """"Gaziantep ilinde envanterde Fikir aşamasında" / " at the … stage in Gaziantep" (English: a tail)."""
    where, what = _describe(slots, lang, names)
    if lang == "tr":
        subject = " ".join(x for x in (where, "envanterde", what) if x)
        return subject[0].upper() + subject[1:]
    tail = " ".join(x for x in (what, where) if x)
    return f" {tail}" if tail else ""


def _lead(count: int, slots: Slots, lang: str, top: str | None = None, names: NameLookup | None = None,
          offset: int = 0) -> str:
    """`offset`: citations before the rows' (the report's own sentence stating the count)."""
    first, last = 1 + offset, count + offset
    span = "" if count == 0 else (f" [{first}]" if count == 1 else f" [{first}]–[{last}]")
    if top:
        return say("inv_top", lang, top=top, count=count, span=span)
    subject = _subject(slots, lang, names)
    if count == 0:
        return say("inv_none", lang, subject=subject)
    return say("inv_count_one" if count == 1 else "inv_count", lang, subject=subject, count=count, span=span)


def annex_citation(rows: Sequence[ClusterRecord], text: str = "") -> Citation:
    """EK 2 as a whole, the source of a count or share (its text: the annex's own totals line)."""
    first = rows[0] if rows else None
    return Citation(1, "EK2", "EK 2 – Küme / Potansiyel Küme Envanteri", "inventory", first.source if first else "",
                    first.page if first else None, text or f"EK 2 Küme / Potansiyel Küme Envanteri: {len(rows)} kayıt")


def _aggregate_lead(question: str, slots: Slots, rows: tuple[ClusterRecord, ...], matched: list[ClusterRecord],
                    lang: str, names: NameLookup | None) -> tuple[str, list[ClusterRecord], bool] | None:
    """A share, a distinct count, the whole inventory or a long list: (lead, rows, whether it cites EK 2 as a
    whole); None for a plain list."""
    folded = joined(question)
    where, what = _describe(slots, lang, names)
    if _SHARE.search(folded):
        keys = stated_base(folded, rows)
        base = [r for r in rows if not keys or r.stage.key in keys]
        part = [r for r in matched if not keys or r.stage.key in keys]
        base_what = (say("inv_base_stages", lang, n=len(base), stages=", ".join(stage_label(k, lang) for k in keys))
                     if keys else say("inv_base_whole", lang, n=len(base)))
        described = ", ".join(x for x in (what, where) if x) or say("inv_share_all", lang)
        return share_lead(part, base, described, base_what, lang), part, True
    kind = distinct_of(folded)
    if kind and names is None and (kind == "province" and not slots.provinces or kind == "sector"):
        place = " ".join(x for x in (where, what) if x)
        place = (place[0].upper() + place[1:] + " ") if lang == "tr" and place else (f" {place}" if place else "")
        lead = distinct_lead(kind, matched, place, lang)
        whole = len(matched) > LARGE or kind == "province"
        span = "" if whole or not matched else (" [1]" if len(matched) == 1 else f" [1]–[{len(matched)}]")
        return (lead if whole else lead.rstrip(".") + f"{span}:"), matched, whole
    if not slots.has_filter and names is None:
        return total_lead(rows, lang), list(rows), True
    if len(matched) > LARGE:
        return many_lead(_subject(slots, lang, names), matched, lang), matched, True
    return None


def report_count(slots: Slots, names, figures: Sequence, count: int):
    """The report's own sentence stating a stage's count when the rows give the same number ("35 kümenin;
    18 tanesi başlangıç", "321 potansiyel küme (fikir aşamasında)"): the summary is where readers of the
    report find it, and it confirms the count from the rows. Only for one stage and no other filter."""
    if len(slots.stages) != 1 or names is not None or slots.provinces or slots.sectors or slots.national \
            or slots.brop in ("brop", "non-brop"):
        return None
    for f in figures:
        if f.unit == "count" and int(f.value) == count and any(
                STAGE_WORDS.get(w) == slots.stages[0] for w in fold_ascii(f.label).replace("(", " ").split()):
            return f
    return None


def answer_inventory(question: str, slots: Slots, rows: Iterable[ClusterRecord], lang: str,
                     names: NameLookup | None = None, annex: Citation | None = None,
                     figures: Sequence = ()) -> DirectAnswer:
    """The matching rows: a short list leads with its count and cites every row; a count, a share or a long
    list leads with the arithmetic and cites EK 2 as a whole, the table still carrying every row."""
    rows = tuple(rows)
    top = None
    if slots.most and not slots.has_filter:
        top = Counter(r.province for r in rows if r.province != "TR").most_common(1)[0][0]
        matched = [r for r in rows if r.province == top]
    else:
        matched = select(rows, slots, names)
    yes, no = say("cell_yes", lang), say("cell_no", lang)
    aggregate = None if top else _aggregate_lead(question, slots, rows, matched, lang, names)
    lead = aggregate[0] if aggregate else _lead(len(matched), slots, lang, top, names)
    if aggregate is not None:
        matched = aggregate[1]
    if aggregate is not None and aggregate[2]:
        citations: tuple[Citation, ...] = (annex or annex_citation(rows),)
        only_sector = len(slots.sectors) == 1 and names is None and not (
            slots.provinces or slots.stages or slots.national or slots.brop in ("brop", "non-brop"))
        shown = report_share(slots.sectors[0], figures, len(rows), lang, 2) if only_sector else None
        if shown is not None:
            f = shown[1]
            lead += shown[0]
            citations += (Citation(2, f.section_id, "4.2 A", "survey", citations[0].source, f.page, f.sentence),)
        stated = (report_count(slots, names, figures, len(matched))
                  if slots.wants_count and not _SHARE.search(joined(question)) else None)
        if stated is not None and shown is None:
            lead += say("inv_report_count", lang, n=len(citations) + 1)
            citations += (Citation(len(citations) + 1, stated.section_id, stated.section_id, "survey",
                                   citations[0].source, stated.page, stated.sentence),)
    else:
        stated = report_count(slots, names, figures, len(matched)) if slots.wants_count and not top else None
        head: tuple[Citation, ...] = ()
        if stated is not None:  # the report's summary states this count: cited first, the rows after it
            head = (Citation(1, stated.section_id, stated.section_id, "survey",
                             matched[0].source if matched else "", stated.page, stated.sentence),)
            lead = say("inv_report_count_first", lang, count=len(matched), n=1) + " " + _lead(
                len(matched), slots, lang, top, names, offset=1)
        citations = head + tuple(Citation(i, r.section_id, r.name, "inventory", r.source, r.page, r.printed)
                                 for i, r in enumerate(matched, 1 + len(head)))
    table = tuple((str(r.number), r.province_label, r.name, stage_label(r.stage.key, lang),
                   sector_label(r.sector, lang), yes if r.brop else no) for r in matched)
    columns = tuple(say(f"col_{c}", lang) for c in COLUMNS)
    return DirectAnswer("inventory", lead, citations, columns, table, len(matched))
