"""Counts the report gives only as a share of a base, or as the part of a base that did something.

"356 kümenin yaklaşık kaç tanesi tarım-gıda sektöründe?" has no printed answer:
the report says "356 Küme'nin % 25'i tarımsal gıda", so the count is 356 × %25 = 89.
"Başlangıç aşamasındaki kümelerin kaçında firmalar kümeye entegre edilmemiş?" is the
rest of "18 kümeden 13 tanesi … entegrasyonunu sağlamıştır": 18 − 13 = 5. Both are
computed from the figure records of 4.2 and the Yönetici Özeti (`ingest.survey_figures`),
the figure found by the words of its label (English questions through the glossary),
and cite the sentence the figure is printed in.

Only for count questions, and only when the base is stated: the question types it
("of the 35 clusters") or says the count is approximate ("yaklaşık", "about") and the
figure's sentence gives it. Anything else is left to the inventory and the passages.
"""
from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal, ROUND_HALF_UP

from core.lexicon import APPROXIMATE_CUE, FIGURE_GENERIC_STEMS, NEGATION_CUE
from core.messages import say
from core.answers import DirectAnswer
from core.wordlists import frequent_words

from assistant.question.slots import words
from assistant.structured.citing import Citer

_APPROXIMATE = re.compile(APPROXIMATE_CUE)
_NEGATION = re.compile(NEGATION_CUE)
STEM = 5  # letters of a word compared: Turkish endings differ after them ("entegre" / "entegrasyonunu")


@lru_cache(maxsize=4096)  # the figures' labels and sentences are stemmed once, not on every count question
def _stems(text: str, stop: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:STEM] for w in words(text) if len(w) > 2 and not w.isdigit() and w not in stop
                     and not any(w.startswith(g) for g in FIGURE_GENERIC_STEMS))


def _question_stems(q, knowledge, stop) -> frozenset[str]:
    text = q.text
    if q.lang == "en" and knowledge.glossary is not None:
        text = knowledge.glossary.expand(text).text  # the report's Turkish words for "SWOT analysis" (GZTF)
    return _stems(text, stop)


def _number(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if lang == "tr" else text


def _pct(value: Decimal, lang: str) -> str:
    return f"%{_number(value, lang)}" if lang == "tr" else f"{_number(value, lang)}%"


def answer_figure(q, knowledge) -> DirectAnswer | None:
    """A count computed from one figure record, or None when the question is not such a count."""
    figures = getattr(knowledge.tables, "figures", ()) if knowledge.tables is not None else ()
    if q.wants != "count" or not figures:
        return None
    typed = {Decimal(n) for n in re.findall(r"\d+", q.text)}
    approximate = bool(_APPROXIMATE.search(q.folded))
    negated = bool(_NEGATION.search(" ".join(words(q.text))))
    stop = frequent_words("tr", 200) | frequent_words("en", 300)
    asked = _question_stems(q, knowledge, stop)
    counts_in = {}
    for f in figures:
        if f.unit == "count":
            counts_in.setdefault(f.section_id, set()).add(f.value)
    best = None
    for f in figures:
        label = _stems(f.label, stop)
        if not label or not label <= asked:  # every word of what the figure counts is asked
            continue
        base = f.base
        if base is None and f.unit == "%" and len(counts_in.get(f.section_id, ())) == 1:
            # the one count of its section is the base ("356 kümenin sektör bazlı dağılımı … tarım-gıda %25")
            base = next((n for n in typed if n in counts_in[f.section_id]), None)
        if base is None:
            continue
        # the base is stated: typed ("of the 35 clusters"), or the count is said to be approximate, or, for
        # the rest of a base, named by the words around it ("Başlangıç aşamasındaki [18] kümelerin kaçında")
        context = (_stems(f.sentence, stop) - label) & asked
        if f.unit == "%" and not negated and (base in typed or approximate):
            kind = "share"
        elif f.unit == "count" and negated and f.value <= base and (base in typed or context):
            kind = "rest"
        else:
            continue
        score = (len(label & asked), base in typed, len(_stems(f.sentence, stop) & asked))
        if best is None or score > best[0]:
            best = (score, f, base, kind)
    if best is None:
        return None
    _, f, base, kind = best
    lang = q.lang
    citer = Citer(knowledge)
    n = citer.cite(f.section_id, f.sentence, f.page)
    if kind == "share":
        exact = base * f.value / 100
        rounded = exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        lead = say("fig_share_count", lang, base=_number(base, lang), pct=_pct(f.value, lang),
                   exact=_number(exact, lang), rounded=_number(rounded, lang), n=n)
        value = int(rounded)
    else:
        value = int(base - f.value)
        lead = say("fig_rest_count", lang, base=_number(base, lang), x=_number(f.value, lang), d=value, n=n)
    return DirectAnswer("computed", lead, citer.all(), count=value)
