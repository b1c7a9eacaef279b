"""Who may apply to URGE: the report's list of cooperating organisations (işbirliği kuruluşları) as a record.

"Can cooperatives apply for URGE?", "SDŞ'ler işbirliği kuruluşu sayılıyor mu?" and
"who can apply for urge? can a single company apply on its own?" have one answer
in chapter 2: the ten kinds of organisation that prepare projects for their member
firms (`ingest.urge_lines.UrgeFacts.organisations`). An organisation the question
names is looked for among them by its words (Turkish stems; English through the
English rendering of each list item), and the answer quotes the item it is in,
then the whole list. Only when every topic word of the question is explained by
the list or by the words of applying (`core.lexicon.APPLY_FRAME_STEMS`); a question
about anything else (a line's costs, a deadline) is left to the other routes.
"""
from __future__ import annotations

import re

from core.lexicon import APPLY_CUE, APPLY_FRAME_STEMS
from core.messages import say
from core.normalize import fold_ascii
from core.answers import Citation, DirectAnswer
from core.wordlists import frequent_words

from assistant.question.slots import words
from assistant.retrieval.english import sentence_pairs
from assistant.retrieval.porter import porter_stem

_APPLY = re.compile(APPLY_CUE)
_URGE = re.compile(r"\b(urge|ur ge)\b")
STEM = 5


def _item_words(item: str, english: str) -> set[str]:
    """The item's Turkish stems and its English words' stems, everyday words aside."""
    stop = frequent_words("tr", 200) | frequent_words("en", 300)
    turkish = {w[:STEM] for w in words(item) if len(w) > 2 and w not in stop}
    return turkish | {porter_stem(w) for w in words(english) if len(w) > 2 and w not in stop}


def _english_items(facts, knowledge) -> dict[str, str]:
    """Each list item's English rendering, read from the bullets of its section ("• X," / "• X.")."""
    out: dict[str, str] = {}
    rendering = getattr(knowledge, "rendering", None)
    if rendering is None or not getattr(rendering, "by_key", None):
        return out
    for tr, en in sentence_pairs(knowledge.index.section_text(facts.section_id), rendering):
        for item in facts.organisations:
            if en and item not in out and fold_ascii(item) in fold_ascii(tr):
                out[item] = en.strip("•,. ")
    return out


def answer_orgs(q, knowledge) -> DirectAnswer | None:
    """The cooperating organisations, leading with the one the question names; None when not asked."""
    facts = getattr(knowledge, "urge", None)
    if facts is None or not facts.organisations:
        return None
    folded = " ".join(words(q.text))
    if not (_URGE.search(folded) and _APPLY.search(folded)):
        return None
    english = _english_items(facts, knowledge)
    # the words that may name an organisation: not those of applying; Turkish by stems, English by its stems
    asked = [w for w in words(q.text) if len(w) > 2 and not any(w.startswith(s) for s in APPLY_FRAME_STEMS)]
    keys = {w: {porter_stem(w)} if q.lang == "en" else {w[:STEM]} for w in asked}
    scored = []
    for item in facts.organisations:
        own = _item_words(item, english.get(item, ""))
        hit = {w for w, k in keys.items() if k & own}
        scored.append((len(hit), item, hit))
    best = max(scored, key=lambda s: s[0])
    explained = best[2] if best[0] else set()
    leftover = [w for w in q.topic if w not in explained and not any(w.startswith(s) for s in APPLY_FRAME_STEMS)]
    if leftover:
        return None
    lang = q.lang
    text = f"{facts.organisations_sentence} {', '.join(facts.organisations)}."
    citations = (Citation(1, facts.section_id, facts.title or "URGE", "urge", facts.source, facts.page, text),)
    shown = [english.get(o, o) if lang == "en" else o for o in facts.organisations]
    lead = say("urge_orgs", lang, n=1, x="; ".join(shown))
    if best[0]:
        item = best[1]
        named = f"{english[item]} ({item})" if lang == "en" and item in english else item
        lead = say("urge_org_listed", lang, item=named, n=1) + " " + lead
    return DirectAnswer("urge", lead, citations, count=len(facts.organisations))
