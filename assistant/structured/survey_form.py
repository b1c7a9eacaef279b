"""The survey form of EK 1 as records: its fifteen numbered questions, each with its options.

"Anketin 7. sorusunda kümeler önceliklerini nasıl puanlıyor?" and "Anket formunda
kümenin kurumsal yapısı için hangi seçenekler var?" are answered by one item of the
form (7: "1, 2 ve 3 olarak puanlayın"; 12: Platform, Birlik/Dernek, Şemsiye Kuruluş …),
which an excerpt chosen by word overlap rarely quotes whole. The items are read from
the section's text in order ("1.Kümenin …", "2. Kümenin …", …), so a "1, 2 ve 3" inside
an item is never taken for one. An item is asked for by its number, or by the words of
its title when the question speaks of the form's questions or options (not of the
survey's results, which section 4.2 reports).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.lexicon import FORM_ITEM_CUE, FORM_NUMBER_CUE, SURVEY_FORM_CUE
from core.messages import say
from core.answers import Citation, DirectAnswer
from core.wordlists import frequent_words

from assistant.question.slots import words
from assistant.retrieval.english import sentence_pairs
from assistant.retrieval.porter import porter_stem

FORM_SECTION = "EK1"
STEM = 5
_FORM = re.compile(SURVEY_FORM_CUE)
_ITEM = re.compile(FORM_ITEM_CUE)
_NUMBER = re.compile(FORM_NUMBER_CUE)


@dataclass(frozen=True)
class FormItem:
    number: int
    title: str
    text: str  # the item whole: title, options and notes


def form_items(text: str) -> tuple[FormItem, ...]:
    """The numbered items of the form, found in order: item n starts where "n." opens a line."""
    starts, pos, n = [], 0, 1
    while True:
        m = re.compile(rf"(?:^|\n){n}\.\s?(?=[A-ZÇĞİÖŞÜ])").search(text, pos)
        if m is None:
            break
        starts.append((n, m.start() + (1 if text[m.start()] == "\n" else 0)))
        pos, n = m.end(), n + 1
    items = []
    for i, (number, start) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        body = text[start:end].strip()
        title = re.sub(rf"^{number}\.\s?", "", body.split("\n", 1)[0]).strip()
        items.append(FormItem(number, title, body))
    return tuple(items)


def _asked_number(folded: str) -> int | None:
    m = _NUMBER.search(folded)
    if m is None:
        return None
    return int(next(g for g in (m.group(1), m.group(5), m.group(6)) if g))


def _by_body(q, items, rendering) -> FormItem | None:
    """The item that holds the question's topic words best, when one does uniquely: a word in the item's text
    counts one, in its title (its first line) two; Turkish by stems, English also by the Porter stems of the
    rendering. "how are you supposed to count a cluster's age?" is item 6, whose notes count the age of the
    clustering; "what does the form ask about the cluster's financing?" is item 14, titled so."""
    frame = ("anket", "survey", "form", "questionnaire", "soru", "question", "kume", "cluster", "madde", "item")
    asked = [w for w in q.topic if not w.startswith(frame)]
    if not asked:
        return None
    english = q.lang == "en" and rendering is not None and getattr(rendering, "by_key", None)
    scored = []
    for item in items:
        if english:  # the rendering's words only: an English stem ("ag" of "age") may be a Turkish word ("ağ")
            pairs = sentence_pairs(item.text, rendering)
            body = {porter_stem(w) for _, en in pairs if en for w in words(en)}
            head = {porter_stem(w) for w in words(pairs[0][1] or "")} if pairs else set()
            keys = [porter_stem(w) for w in asked]
        else:
            body, head = {w[:STEM] for w in words(item.text)}, {w[:STEM] for w in words(item.title)}
            keys = [w[:STEM] for w in asked]
        scored.append((sum(2 if k in head else 1 if k in body else 0 for k in keys), item))
    best = max(score for score, _ in scored)
    top = [item for score, item in scored if score == best]
    return top[0] if best and len(top) == 1 else None


def answer_form(q, knowledge) -> DirectAnswer | None:
    """The form item the question asks for, quoted whole and cited to EK 1; None when it asks none."""
    if FORM_SECTION not in knowledge.index.sections:
        return None
    folded = " ".join(words(q.text))
    if not (_FORM.search(folded) and _ITEM.search(folded)):
        return None
    items = form_items(knowledge.index.section_text(FORM_SECTION))
    if not items:
        return None
    number = _asked_number(folded)
    item = next((i for i in items if i.number == number), None)
    if item is None and number is None and q.lang == "tr":
        stop = frequent_words("tr", 200)
        asked = {w[:STEM] for w in words(q.text) if len(w) > 3 and w not in stop}
        scored = []
        says_cluster = any(w.startswith("kume") or w.startswith("cluster") for w in words(q.text))
        for i in items:
            title_words = [w for w in words(i.title) if len(w) > 3 and w not in stop]
            title = {w[:STEM] for w in title_words if not w.startswith("kume")}
            # a title of one word besides "küme" ("Küme Çalışanları") is asked only with the cluster named: a
            # question about firms' employees ("büyük ölçekli firma kaç çalışanla?") is not about item 13
            weak = len(title) < 2 and len(title) < len(title_words)
            if title and title <= asked and (says_cluster or not weak):  # every word of the title is asked
                scored.append((len(title), i))
        item = max(scored, key=lambda s: s[0])[1] if scored else None
    if item is None and number is None:
        item = _by_body(q, items, getattr(knowledge, "rendering", None))
    if item is None:
        return None
    info = knowledge.index.sections[FORM_SECTION]
    citation = Citation(1, FORM_SECTION, info.title, info.kind, info.source, info.page, item.text, info.path)
    title, shown = item.title, item.text
    rendering = getattr(knowledge, "rendering", None)
    if q.lang == "en" and rendering is not None and getattr(rendering, "by_key", None):
        pairs = sentence_pairs(item.text, rendering)
        if pairs and all(en for _, en in pairs):  # the unofficial rendering, the report's title beside it
            shown = " ".join(en for _, en in pairs)
            english = rendering.english(item.title) or re.sub(rf"^{item.number}\.\s?", "", pairs[0][1] or "")
            title = f"{english} ({item.title})" if english else item.title
    lead = say("form_item", q.lang, k=item.number, title=title, n=1)
    return DirectAnswer("survey_form", lead + "\n«" + shown + "» [1]", (citation,))
