"""Which ORA actions fit a cluster like mine: stage, sector and province (→ BROP) to actions, with reasons.

"What should a start-stage textile cluster do?" is answered from the
applicability table (corpus/action-applicability.tsv): actions the report
ties to the profile come first, each with the report's own words for why;
then a few general actions every cluster can take. Quotes stay Turkish, the
frame follows the question's language.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Mapping, NamedTuple

from ingest.applicability import Applicability, mentions_brop, sector_mentions, stage_mentions
from ingest.inventory import STAGES, BropTable
from core.normalize import normalize_tr

from assistant.question.slots import SECTOR_WORDS, Slots, keyword_at, words
from assistant.structured.quantities import joined
from assistant.structured.inventory_aggregate import sector_label
from core.answers import Citation, DirectAnswer
from core.messages import say

_ACTION_WORDS = re.compile(
    r"\b(eylem\w*|tedbir\w*|faaliyet\w*|actions?|measures?|activities|oneri\w*|onerilen|recommend\w*|yapmali\w*|"
    r"yapilmali\w*|yapilmasi|should|uygun\w*|apply|applies|applicable|relevant|ne yapmali\w*)\b")
_MINE = re.compile(r"\b(kumem\w*|kumemiz\w*|kumeyiz|kumeyim|our cluster|my cluster|we are a)\b")
_CLUSTER = ("kume", "cluster", "sektor", "sector")
_TOPIC = ("topic", "konu")
MAX_GENERAL = 8


class SectionRef(NamedTuple):
    """What a citation needs of a section."""

    section_id: str
    title: str
    kind: str
    source: str
    page: int | None
    path: str


def _ref(section) -> SectionRef:
    """From a parsed Section (path is a tuple) or the store's SectionInfo (path is a string)."""
    path = section.path if isinstance(section.path, str) else " › ".join(section.path)
    return SectionRef(section.section_id, section.title, section.kind, section.source, section.page, path)


def _sector_near_cluster(question: str) -> tuple[str, ...]:
    """Sectors that describe the asker's cluster ("textile cluster", "clusters producing … food"), not a topic."""
    tokens = words(question)
    found = []
    for i, t in enumerate(tokens):
        for sector, kws in SECTOR_WORDS.items():
            if not any(keyword_at(t, kw) for kw in kws) or sector in found:
                continue
            around = tokens[max(0, i - 3):i] + tokens[i + 1:i + 3]
            topic = any(x.startswith(_TOPIC) for x in tokens[i + 1:i + 2])
            if any(x.startswith(_CLUSTER) and not x.startswith("kumelen") for x in around) and not topic:
                found.append(sector)
    return tuple(found)


def is_profile_question(question: str, slots: Slots) -> bool:
    """Actions asked for a kind of cluster: a stage, BROP, a province, or a sector describing the cluster."""
    folded = joined(question)
    if re.search(r"\bora\s?\d", folded) or not (_ACTION_WORDS.search(folded) or _MINE.search(folded)):
        return False
    about_clusters = bool(re.search(r"\b(kume(?!lenme)\w*|clusters?)\b", folded) or _MINE.search(folded))
    if slots.brop and re.search(r"\b(eylem\w*|tedbir\w*|actions?|measures?)\b", folded):
        return True  # "Which actions encourage cooperation between BROP and non-BROP regions?"
    return about_clusters and bool(slots.stages or slots.brop or slots.provinces or _sector_near_cluster(question))


def _depth(section_id: str) -> int:
    return 3 - section_id.count(".") if section_id.startswith("ORA") else 4  # action 0 … area 3


def _reasons(a: Applicability, stages: tuple[str, ...], brop: str | None, sectors: tuple[str, ...]
             ) -> dict[str, list[tuple[str, str]]]:
    """The quotes of `a` that tie it to each asked dimension."""
    out: dict[str, list[tuple[str, str]]] = {}
    for quote, sid in a.quotes():
        norm = normalize_tr(quote)
        if stages and set(stage_mentions(quote)) & set(stages):
            out.setdefault("stage", []).append((quote, sid))
        if (brop == "brop" and mentions_brop(quote)) or (brop in ("non-brop", "both") and "brop dışı" in norm):
            out.setdefault("brop", []).append((quote, sid))
        if sectors and set(sector_mentions(quote, a.sectors)) & set(sectors):
            out.setdefault("sector", []).append((quote, sid))
    return out


def _profile(question: str, slots: Slots, brop_table: BropTable | None) -> tuple[tuple, str | None, tuple]:
    brop = slots.brop
    if brop is None and slots.province and brop_table is not None and brop_table.provinces:
        brop = "brop" if brop_table.is_brop(slots.province) else "non-brop"
    sectors = _sector_near_cluster(question) or (slots.sectors if _MINE.search(joined(question)) else ())
    return slots.stages, brop, sectors


def _describe(stages, brop, sectors, province, lang) -> str:
    names = {s.key: (s.report_label if lang == "tr" else s.english) for s in STAGES}
    st = "/".join(names[k] for k in stages)
    named = ", ".join(sectors if lang == "tr" else (sector_label(x, "en") for x in sectors))
    region = {"brop": "prof_brop", "non-brop": "prof_non_brop", "both": "prof_both"}.get(brop or "")
    bits = [say("prof_at_stage", lang, stages=st) if st else "",
            say("prof_in_sectors", lang, sectors=named) if sectors else "",
            say("prof_in_province", lang, province=province) if province else "", say(region, lang) if region else ""]
    return ", ".join(b for b in bits if b)


def answer_profile(question: str, slots: Slots, applicability: Iterable[Applicability],
                   sections_by_id: Mapping[str, Any], lang: str, *,
                   brop: BropTable | None = None, max_general: int = MAX_GENERAL,
                   english: Callable[[str], str | None] | None = None) -> DirectAnswer:
    """Actions tied to the profile (stage, BROP, sector) first with their reasons, then general ones.

    An action the report ties to other sectors only is never recommended to a cluster of a named sector
    (a food-only action is no advice for a textile cluster, whatever its stage). `english` renders titles
    and quotes for English answers (the citation keeps the original).
    """
    stages, brop_wanted, sectors = _profile(question, slots, brop)
    en = (lambda text: (english(text) or text)) if english and lang == "en" else (lambda text: text)
    labels = {d: say(f"prof_dim_{d}", lang) for d in ("stage", "brop", "sector", "general")}
    dim_order = [labels[d] for d in ("stage", "brop", "sector")]
    own = say("prof_own_title", lang)
    specific, general = [], []
    for order, a in enumerate(applicability):
        if sectors and a.sectors and not set(a.sectors) & set(sectors):
            continue  # tied to other sectors: not for this cluster
        reasons = _reasons(a, stages, brop_wanted, sectors)
        if reasons:
            inferred = set(reasons) == {"sector"} and all("yaygın" in normalize_tr(q) for q, _ in reasons["sector"])
            level = min(_depth(sid) for quotes in reasons.values() for _, sid in quotes)
            specific.append(((-len(reasons), inferred, level, order), a, reasons))
        elif a.general:
            general.append(a)
    specific.sort(key=lambda x: x[0])
    citations: list[Citation] = []

    def cite(sid: str, text: str) -> int:
        for c in citations:
            if c.section_id == sid and c.text == text:
                return c.n
        ref = _ref(sections_by_id[sid]) if sid in sections_by_id else SectionRef(sid, sid, "action_plan", "", None, "")
        citations.append(Citation(len(citations) + 1, sid, ref.title, ref.kind, ref.source, ref.page, text, ref.path))
        return len(citations)

    lines, rows = [], []
    who = _describe(stages, brop_wanted, sectors, slots.province, lang) or say("prof_like_this", lang)
    for _, a, reasons in specific:
        n = cite(a.code, a.title)
        dims_of: dict[tuple[str, str], list[str]] = {}  # one quote may give several reasons
        for dim, quotes in reasons.items():
            for q in quotes:
                dims_of.setdefault(q, []).append(labels[dim])
        why = [f"{', '.join(sorted(dims, key=dim_order.index))}: "
               + (own if quote == a.title else f"«{en(quote)}» [{n if sid == a.code else cite(sid, quote)}]")
               for (quote, sid), dims in sorted(dims_of.items(), key=lambda x: _depth(x[0][1]))[:2]]
        lines.append(f"{len(lines) + 1}. {a.code} {en(a.title)} [{n}] — " + "; ".join(why))
        rows.append((a.code, en(a.title), "; ".join(w.rsplit(" [", 1)[0] for w in why)))
    shown = general[:max_general]
    head = say("prof_tied" if specific else "prof_none", lang, who=who)
    out = [head[0].upper() + head[1:]] + lines + ([say("prof_general", lang)] if specific and shown else [])
    for a in shown:
        out.append(f"- {a.code} {en(a.title)} [{cite(a.code, a.title)}]")
    for a in general:  # every general action is in the table, so "… and k more" can be opened there
        rows.append((a.code, en(a.title), labels["general"]))
    if len(general) > len(shown):
        out.append(say("prof_more", lang, k=len(general) - len(shown)))
    columns = tuple(say(f"col_{c}", lang) for c in ("code", "action", "why"))
    return DirectAnswer("profile", "\n".join(out), tuple(citations), columns, tuple(rows), len(specific))
