"""Which structured answer fits a question, if any: code → inventory → URGE → action profile.

Order matters: a code or section number the user typed is the most specific
signal; an inventory filter (province, stage, sector, BROP) next; URGE
questions before profile questions because "what does URGE support for a
start-stage cluster" is about the programme's limits, not about actions.
"""
from __future__ import annotations

from dataclasses import replace

from ingest.inventory import STAGES
from core.normalize import fold_ascii, tokenize_tr

from assistant.structured.codes import resolve_codes
from assistant.structured.computed import answer_computed
from assistant.refusal.answerability import PROVINCE_WORDS
from assistant.question.slots import Slots, extract_slots
from assistant.structured.inventory import annex_citation, answer_inventory, select
from assistant.structured.inventory_gate import for_names, is_inventory_question
from assistant.structured.inventory_names import NameIndex, lookup_names, name_index, narrative_index
from assistant.knowledge import Knowledge
from assistant.compose.passages import best_excerpt, bilingual_excerpt
from assistant.retrieval.english import sentence_pairs
from assistant.structured.plan import LEVELS, answer_plan, plan_target
from assistant.structured.profile import answer_profile, is_profile_question
from core.answers import Citation, DirectAnswer
from core.messages import say
from assistant.question.analysis import Question
from assistant.structured.urge import (_LINE_WORDS as _ALL_LINES, answer_urge, explained_words, is_urge_question,
                                      names_urge)
from assistant.structured.urge_activities import common_stems, line_by_activity
from assistant.structured.urge_orgs import answer_orgs
from assistant.structured.survey_form import answer_form
from assistant.structured.case_studies import answer_case_countries
from assistant.structured.acronyms import answer_acronym
from assistant.structured.brop import answer_brop

def code_answer(section_ids: list[str], knowledge: Knowledge, lang: str, question: str = "") -> DirectAnswer | None:
    """The sections named by code: title and path, and for a measure or area its children, each cited."""
    citations: list[Citation] = []
    lines: list[str] = []
    for sid in section_ids:
        info = knowledge.index.sections.get(sid)
        if info is None:
            continue
        citations.append(_citation(len(citations) + 1, info, knowledge, question, lang))
        title = _english_title(info.title, knowledge) if lang == "en" else info.title
        lines.append(f"{sid} — {title} [{citations[-1].n}]")
        if info.path:
            lines.append(f"{say('code_path', lang)}: {_english_path(info.path, knowledge) if lang == 'en' else info.path}")
        quote = citations[-1].text_en if lang == "en" and citations[-1].text_en else citations[-1].text
        if quote and citations[-1].text != info.title:
            lines.append(f"«{quote}» [{citations[-1].n}]")
        children = [c for c in knowledge.index.children.get(sid, []) if not c.startswith("EK2.")]
        if children:
            lines.append(say("code_actions" if sid.count(".") == 2 else "code_children", lang) + ":")
            for child in children:
                child_info = knowledge.index.sections[child]
                citations.append(_citation(len(citations) + 1, child_info, knowledge, question, lang))
                child_title = _bilingual_title(child_info.title, knowledge) if lang == "en" else child_info.title
                lines.append(f"• {child} {child_title} [{citations[-1].n}]")
    if not citations:
        return None
    return DirectAnswer("code", "\n".join(lines), tuple(citations))


def plan_children_are(plan, knowledge: Knowledge) -> bool:
    """Is the level asked for the node's own children (what `code_answer` lists under it)?"""
    return plan.level is not None and LEVELS.index(plan.level) == plan.node.count(".") + 1


def _english_title(title: str, knowledge: Knowledge) -> str:
    return knowledge.rendering.english(title) or title


def _bilingual_title(title: str, knowledge: Knowledge) -> str:
    """An English title with the report's own Turkish one beside it, by which the report is searched."""
    english = _english_title(title, knowledge)
    return f"{english} ({title})" if english != title else title


def _english_path(path: str, knowledge: Knowledge) -> str:
    """Each step of a section path in English: its code kept ("ORA1"), its title rendered."""
    steps = []
    for step in path.split(" › "):
        code, _, title = step.partition(" ")
        rendered = knowledge.rendering.english(step) or (knowledge.rendering.english(title) and
                                                         f"{code} {knowledge.rendering.english(title)}")
        steps.append(rendered or step)
    return " › ".join(steps)


QUOTE_WHOLE = 1000  # characters: a coded section up to this long is quoted whole


def _citation(n: int, info, knowledge: Knowledge, question: str, lang: str = "tr") -> Citation:
    """A table is quoted whole (it is what was asked for); other sections by their best excerpt, and for an
    English question with the English rendering of the same sentences beside it."""
    text = knowledge.index.section_text(info.section_id)
    text_en = ""
    # a section named by its code that is short is quoted whole: what the question asks of it ("hangi ihracat
    # hedefi") may be any of its sentences, and the excerpt's word overlap misses inflected words ("hedefi")
    limit = max(700, len(text)) if len(text) <= QUOTE_WHOLE else 700
    if lang == "en" and knowledge.rendering.by_key and "tablo" not in info.section_id:
        text, text_en = bilingual_excerpt(sentence_pairs(text, knowledge.rendering), question, limit)
    elif "tablo" not in info.section_id:
        text = best_excerpt(text, question, limit) if question else text[:limit]
    return Citation(n, info.section_id, info.title, info.kind, info.source, info.page, text, info.path,
                    text_en=text_en if text_en != text else "")


# Words of inventory questions that no row name contains ("BROP illerindeki kümeler", "Haritadaki kümelerin
# yüzde kaçı": the report's map is the inventory drawn); provinces, stages and sectors are recognised by
# extract_slots.
_INVENTORY_TERMS = frozenset({"brop", "envanter", "inventory", "annex", "tablo", "table", "kume", "cluster",
                              "harita", "map"})


_SLOT_WORDS = PROVINCE_WORDS | {fold_ascii(label) for s in STAGES for label in (s.report_label, s.inventory_label)}


def _slot_word(folded: str) -> bool:
    """A province, a stage label or a sector word: a filter, not part of one cluster's name."""
    return folded in _SLOT_WORDS or extract_slots(folded).has_filter


def _names_beyond_inventory(named: list[str], knowledge: Knowledge) -> bool:
    """Does the question name something the report knows but no inventory row holds ("Toronto", "URGE")?

    "Toronto Gıda ve İçecek Kümesi'nin kaç üyesi var?" has a sector (gıda) and a count, so it looks like
    an inventory question; but Toronto is a case study (3.1), and the rows of food clusters are not its answer.
    """
    words, prefixes = knowledge.inventory_words, knowledge.inventory_prefixes
    return any(name not in words and name[:5] not in prefixes
               and not any(name.startswith(term) for term in _INVENTORY_TERMS) and not _slot_word(name)
               for name in named)


def _with_named_row(named: list[str], slots: Slots, knowledge: Knowledge) -> Slots:
    """Narrow to the one row whose name holds every name word of the question ("ODTÜ Teknokent Yazılım
    Kümesi hangi aşamada?" is about row 42, not about all four software clusters).

    Only when some name word is more than a province, stage or sector word, so "Konya'daki Gıda kümeleri"
    still lists every food cluster of Konya, not only those with "Gıda" in their name.
    """
    named = [n for n in named if not any(n.startswith(term) for term in _INVENTORY_TERMS)]
    if slots.number is not None or all(_slot_word(n) for n in named):
        return slots
    matching = [r for r in knowledge.rows
                if all(any(w.startswith(n[:5]) for w in tokenize_tr(r.name)) for n in named)]
    return replace(slots, number=matching[0].number) if len(matching) == 1 else slots


_TOPICS: dict[int, tuple[object, NameIndex]] = {}


def _report_topics(knowledge: Knowledge) -> NameIndex:
    """inventory_names.narrative_index of the knowledge's sections, built once per corpus index (~1 s)."""
    cached = _TOPICS.get(id(knowledge.index))
    if cached is None or cached[0] is not knowledge.index:
        sections = {sid: knowledge.index.section_text(sid) for sid in knowledge.index.sections}
        english = {sid: " ".join(en or "" for _, en in sentence_pairs(text, knowledge.rendering))
                   for sid, text in sections.items() if not sid.startswith("EK")}
        if len(_TOPICS) > 3:
            _TOPICS.clear()
        cached = _TOPICS[id(knowledge.index)] = (knowledge.index, narrative_index(sections, english))
    return cached[1]


def _looked_up_names(q: Question, slots: Slots, knowledge: Knowledge):
    """Rows named by words of the question (a follow-up's earlier turn is carried by its slots); a word that
    is one of the report's own topics counts only where the question uses it as a name."""
    if not knowledge.rows or slots.name_terms or slots.number is not None:
        return None
    index = name_index(knowledge.rows)
    # a follow-up's rows so far ("Which one of those …"): a word naming one of them is used as a name
    within = frozenset(r.number for r in select(knowledge.rows, slots, index=index)) \
        if q.followup and slots.has_filter else frozenset()
    return lookup_names(q.text, index, knowledge.glossary, _report_topics(knowledge), within)


def _beyond_urge(q: Question, search: str) -> list[str]:
    """The question's topic words that URGE's records do not explain ("a university" as a cooperating
    organisation, "which firms it targets"); none when it asks only what a line covers ("Does URGE cover
    salaries?")."""
    explained = explained_words(search)
    return [w for w in q.topic if w not in explained and not any(w[:5] == e[:5] for e in explained)]


def _line_by_activity(text: str, knowledge: Knowledge) -> str | None:
    support = getattr(getattr(knowledge, "tables", None), "urge", None)
    if support is None:
        return None
    return line_by_activity(text, support, knowledge.glossary, common_stems(knowledge.index))


# What each structured route can answer. A route whose slots are only a side detail of the question (its
# `topic` words are something else: intellectual property, foreign markets) leaves it to the passages.
URGE_KINDS = frozenset({"amount", "count", "share"})


def route(q: Question, slots: Slots, knowledge: Knowledge) -> DirectAnswer | None:
    """A structured answer for the question, or None to answer from passages."""
    question, search, lang = q.text, q.search, q.lang
    computed = answer_computed(q, slots, knowledge)
    if computed is not None:
        return computed
    # the plan's tree counted, listed or walked ("kaç eylem", "ortak rekabet alanları hangileri", "ilk tedbir")
    plan = plan_target(q, knowledge)
    if plan is not None and plan.node in knowledge.index.sections and not plan.count and (
            plan.level is None or plan_children_are(plan, knowledge)):
        return code_answer([plan.node], knowledge, lang, question)  # the node and its children, as if typed
    if plan is not None and plan.level is not None:
        answer = answer_plan(plan, q, knowledge)
        if answer is not None:
            return answer
    form = answer_form(q, knowledge)  # an item of the EK 1 survey form, by its number or its title's words
    if form is not None:
        return form
    cases = answer_case_countries(q, knowledge, getattr(knowledge, "rendering", None))  # chapter 3 by country
    if cases is not None:
        return cases
    acronym = answer_acronym(q, knowledge)  # "BROP nedir?": the long form where the report introduces it
    if acronym is not None:
        return acronym
    brop = answer_brop(q, knowledge)  # "Van BROP kapsamında mı?", "BROP illeri hangileri?" (outside list)
    if brop is not None:
        return brop
    codes = resolve_codes(question, knowledge.index.sections, knowledge.aliases)
    named = knowledge.answerability.named_things(question, lang)
    names = _looked_up_names(q, slots, knowledge)
    inventory = bool(knowledge.rows) and is_inventory_question(search, for_names(slots, search, names), names) \
        and not _names_beyond_inventory(named, knowledge)
    # "EK 2'deki Gaziantep kümeleri" names the annex only to say where to look: the rows are the answer
    if codes and not (inventory and codes == ["EK2"]):
        return code_answer(codes, knowledge, lang, question)
    if inventory:
        slots = for_names(_with_named_row(named, slots, knowledge), search, names)
        annex = annex_citation(knowledge.rows, knowledge.index.section_text("EK2") if "EK2" in knowledge.index.sections
                               else "")
        figures = (knowledge.tables.figures_in("4.2.A") + knowledge.tables.figures_in("yonetici-ozeti")
                   if getattr(knowledge, "tables", None) else ())
        answer = answer_inventory(question, slots, knowledge.rows, lang, names, annex, figures)
        matched = names.words if names is not None else slots.name_terms  # found by words of the question
        return replace(answer, matched=tuple(matched)) if answer is not None else None
    # who may apply: the list of cooperating organisations, when it explains the question's words
    orgs = answer_orgs(q, knowledge) if knowledge.urge is not None else None
    if orgs is not None:
        return orgs
    if knowledge.urge is not None and is_urge_question(search, slots) and (
            q.wants in URGE_KINDS or not _beyond_urge(q, search)):
        return answer_urge(search, knowledge.urge, lang)
    if knowledge.urge is not None and names_urge(search) and q.wants in URGE_KINDS | {"explanation"}:
        # the line named by what the user will do ("pazar araştırması", "trade fair visits"); an amount asked
        # of URGE with no line named is every line's
        key = _line_by_activity(search, knowledge)
        if key or q.wants in URGE_KINDS:
            return answer_urge(search, knowledge.urge, lang, lines=(key,) if key else tuple(_ALL_LINES))
    if knowledge.applicability and is_profile_question(search, slots) and not q.topic:
        return answer_profile(search, slots, knowledge.applicability, knowledge.index.sections, lang,
                              brop=knowledge.brop, english=knowledge.rendering.english)
    return None
