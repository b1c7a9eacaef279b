"""Is a province in BROP, and which provinces are: answered from corpus/brop-provinces.tsv, said to be outside.

Cluster managers describe themselves by whether their province is a BROP province, and the report's
conclusions treat BROP provinces apart, yet the report never lists them. The list ships as outside knowledge
(the programme's NUTS-2 regions, with its source in the file's header); an answer from it says so, and cites
the report's sentence that introduces BROP. Counting clusters in BROP provinces stays the inventory's.
"""
from __future__ import annotations

import re

from core.answers import DirectAnswer
from core.lexicon import BROP_PROVINCES_CUE
from core.messages import say
from core.normalize import fold_ascii

from assistant.structured.acronyms import cached_acronyms
from assistant.structured.citing import Citer
from assistant.structured.quantities import joined

_PROVINCES = re.compile(BROP_PROVINCES_CUE)
_COUNT_OTHER = re.compile(r"\b(kume\w*|cluster\w*|firma\w*|firm\w*)\b")


def answer_brop(q, knowledge) -> DirectAnswer | None:
    """Membership of the provinces the question names, or the list of BROP provinces; None otherwise."""
    table = getattr(knowledge, "brop", None)
    folded = joined(q.text)
    if table is None or not table.regions or "brop" not in folded.split():
        return None
    slots = q.slots
    if slots.stages or slots.sectors or _COUNT_OTHER.search(folded):
        return None  # "BROP illerindeki gıda kümeleri": the inventory's
    citer = Citer(knowledge)
    intro = cached_acronyms(knowledge.index).get("brop")
    n = citer.cite(intro.section_id, intro.sentence) if intro else None
    if n is None:
        return None
    lang = q.lang
    note = say("brop_outside", lang, note=table.note)
    if slots.provinces and q.wants in ("explanation", "condition"):
        lines = [say("brop_member" if table.is_brop(p) else "brop_not_member", lang, p=p, n=n)
                 for p in slots.provinces]
        return DirectAnswer("table", "\n".join(lines + [note]), citer.all())
    if not slots.provinces and _PROVINCES.search(folded):
        by_region: dict[str, list[str]] = {}
        for code, province in table.regions:
            by_region.setdefault(code, []).append(province)
        listed = "; ".join(f"{code} {', '.join(ps)}" for code, ps in by_region.items())
        lead = say("brop_list", lang, n=len(table.regions), r=len(by_region), c=n, x=listed)
        return DirectAnswer("table", lead + "\n" + note, citer.all(), count=len(table.regions))
    return None
