"""Is a question one for the inventory's rows? The gate in front of `inventory.answer_inventory`.

A province, stage or sector in a question does not make it an inventory question: "what should a start-stage
textile cluster do?" asks for actions. The rows answer only when the question filters clusters and asks
nothing else (no action, support, survey or criteria word), names the rows ("kümeler", "entries"), or asks an
aggregate of the inventory as a whole.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.question.slots import Slots, words
from assistant.structured.inventory_aggregate import asks_whole, distinct_of
from assistant.structured.inventory_names import NameLookup, label_sectors
from assistant.structured.quantities import joined

_SHARE = re.compile(r"\b(share|yuzde\w*|percent\w*|proportion|ratio|oran\w*|fraction)\b")
_ROW_NOUNS = re.compile(r"\b(kume(ler\w*|leri|si|yi|ye|de|den|nin)?|potansiyel kume\w*|envanter\w*|kayit\w*|clusters|entries|entry|"
                        r"inventory|records|rows|listed)\b")
_SINGULAR = re.compile(r"\b(kume|cluster)\b")
_SINGULAR_OK = re.compile(r"\b(kac|hangi|how many|which|what)\b (\w+ ){0,2}(kume|cluster)\b")
# Questions that mention a province or stage but ask about something else.
_NOT_INVENTORY = re.compile(
    r"\b(eylem\w*|tedbir\w*|action\w*|measure\w*|oneri\w*|onerilen|recommend\w*|apply|applies|applicable|"
    r"uygun|yapmali\w*|should|urge|ur ge|destek\w*|support\w*|program\w*|hibe|grant\w*|teblig\w*|oran\w*|"
    r"rate|rates|uye|member\w*|firma\w*|firms?|compan\w*|sirket\w*|calisan\w*|"
    r"employee\w*|personel\w*|staff|anket\w*|survey\w*|analiz\w*|analys\w*|kriter\w*|criteri\w*|weather|hava|"
    r"restoran\w*|restaurant\w*|institution\w*|kurum\w*|merkez\w*|cent(re|er)s?|budget|butce\w*|ihracat\w*|"
    r"export\w*|founded|kuruldu|manager\w*|yonetici\w*|dagilim\w*|distribution)\b")


# "Is there a hazelnut cluster?", "Fındık kümesi var mı?": one cluster asked for by what it is.
_EXISTS = re.compile(r"\b(is|are) there (a|an|any)\b|\bany\b (\w+ ){0,3}clusters?\b|\bkume\w* (var|yok) ?m[iu]\b")



def is_inventory_question(question: str, slots: Slots, names: NameLookup | None = None) -> bool:
    """A filter (province, stage, sector, BROP, TR, row number, name) on clusters, and nothing else asked.

    A count or share with no filter is one when it says it is about the inventory as a whole
    ("Envanterde toplam kaç küme var?"). A share by cluster names is not one (the report's "teknoloji
    kümeleri" are a category of its survey, not the rows with "Teknoloji" in their names), nor a share of
    sectors alone: section 4.2 A states the report's own sector shares, and the rows' sectors are derived
    from their names (corpus/inventory-sectors.tsv), so the passages answer it.
    """
    folded = joined(question)
    if _NOT_INVENTORY.search(folded):
        return False
    kind = distinct_of(folded)
    if kind == "sector" and slots.sectors or kind == "province" and slots.provinces:
        return False  # "which sectors come after food?": the sectors of the food rows are one, not the answer
    share = bool(_SHARE.search(folded))
    if share and (names is not None and not slots.has_filter or slots.sectors and not (
            slots.provinces or slots.stages or slots.national or slots.brop in ("brop", "non-brop"))):
        return False
    aggregate = (share or slots.wants_count or distinct_of(folded)) and (asks_whole(folded) or distinct_of(folded))
    if not (slots.has_filter or slots.most or names is not None or aggregate):
        return False
    if _ROW_NOUNS.search(_SINGULAR.sub(" ", folded)) or _SINGULAR_OK.search(folded):
        return True
    if aggregate and distinct_of(folded) and _SINGULAR.search(folded):
        return True  # "how many provinces have at least one cluster?": the rows' provinces counted
    return (names is not None or slots.has_filter) and bool(_EXISTS.search(folded))


def for_names(slots: Slots, text: str, names: NameLookup | None) -> Slots:
    """Slots for a name lookup: a sector named only by a product word ("fındık") gives way to the name.

    `text` is what the question (with its follow-up context) says; a sector it names by its own label
    ("gıda kümelerinden fındıkla ilgili olanlar") still filters.
    """
    if names is None or not slots.sectors:
        return slots
    labelled = set(label_sectors(words(text)))
    return replace(slots, sectors=tuple(s for s in slots.sectors if s in labelled))
