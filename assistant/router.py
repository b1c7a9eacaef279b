"""Which structured answer fits a question, if any: code → inventory → URGE → action profile.

Order matters: a code or section number the user typed is the most specific
signal; an inventory filter (province, stage, sector, BROP) next; URGE
questions before profile questions because "what does URGE support for a
start-stage cluster" is about the programme's limits, not about actions.
"""
from __future__ import annotations

from .codes import resolve_codes
from .intents import Slots
from .inventory_query import answer_inventory, is_inventory_question
from .knowledge import Knowledge
from .passages import best_excerpt
from .profile import answer_profile, is_profile_question
from .records import Citation, DirectAnswer
from .urge import answer_urge, is_urge_question

CODE_LABELS = {
    "tr": {"path": "Yeri", "actions": "Bu tedbirin eylemleri", "children": "Alt başlıklar"},
    "en": {"path": "Location", "actions": "Actions of this measure", "children": "Subsections"},
}


def code_answer(section_ids: list[str], knowledge: Knowledge, lang: str, question: str = "") -> DirectAnswer | None:
    """The sections named by code: title and path, and for a measure or area its children, each cited."""
    labels = CODE_LABELS[lang]
    citations: list[Citation] = []
    lines: list[str] = []
    for sid in section_ids[:3]:
        info = knowledge.index.sections.get(sid)
        if info is None:
            continue
        citations.append(_citation(len(citations) + 1, info, knowledge, question))
        lines.append(f"{sid} — {info.title} [{citations[-1].n}]")
        if info.path:
            lines.append(f"{labels['path']}: {info.path}")
        if citations[-1].text and citations[-1].text != info.title:
            lines.append(f"«{citations[-1].text}» [{citations[-1].n}]")
        children = [c for c in knowledge.index.children.get(sid, []) if not c.startswith("EK2.")]
        if children and len(citations) + len(children) <= 30:
            lines.append(labels["actions"] + ":" if sid.count(".") == 2 else labels["children"] + ":")
            for child in children:
                child_info = knowledge.index.sections[child]
                citations.append(_citation(len(citations) + 1, child_info, knowledge, question))
                lines.append(f"• {child} {child_info.title} [{citations[-1].n}]")
    if not citations:
        return None
    return DirectAnswer("code", "\n".join(lines), tuple(citations))


def _citation(n: int, info, knowledge: Knowledge, question: str) -> Citation:
    """A table is quoted whole (it is what was asked for); other sections by their best excerpt."""
    text = knowledge.index.section_text(info.section_id)
    if "tablo" not in info.section_id:
        text = best_excerpt(text, question, 700) if question else text[:700]
    return Citation(n, info.section_id, info.title, info.kind, info.source, info.page, text, info.path)


def route(question: str, search: str, slots: Slots, lang: str, knowledge: Knowledge) -> DirectAnswer | None:
    """A structured answer for the question, or None to answer from passages.

    `search` is the question completed with the previous turn for follow-ups.
    """
    codes = resolve_codes(question, knowledge.index.sections, knowledge.aliases)
    if codes:
        return code_answer(codes, knowledge, lang, question)
    if knowledge.rows and is_inventory_question(search, slots):
        return answer_inventory(question, slots, knowledge.rows, lang)
    if knowledge.urge is not None and is_urge_question(search, slots):
        return answer_urge(search, knowledge.urge, lang)
    if knowledge.applicability and is_profile_question(search, slots):
        return answer_profile(search, slots, knowledge.applicability, knowledge.index.sections, lang,
                              brop=knowledge.brop)
    return None
