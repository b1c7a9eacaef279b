"""Is a question outside what the report covers? Then the assistant says so instead of quoting noise.

Dense similarity cannot tell (e5 scores an unrelated question about as high
as a hard related one), so the decision uses what can be checked:
- a year the report cannot speak about (after its 2013 horizon, or a later
  year it only names as a target when the question asks what actually happened);
- another country's own programmes or policies, or a comparison with it (the report describes Turkey's;
  foreign clusters appear only as the eight case studies);
- the present ("this year", "bu yıl") in words the report never uses for its own present;
- words from everyday topics with nothing of the report's vocabulary around them.
Each rule returns a short reason for the refusal message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.lexicon import (ACTUAL_CUES, CASE_STUDY_COUNTRIES, COMPARISON_CUES, COUNTRIES, OFF_TOPIC, POLICY_CUES,
                          PRESENT_CUES, SCOPE_STOP_WORDS, TARGET_CUES)
from core.normalize import fold_ascii, tokenize_folded, tokenize_tr

from assistant.refusal.refusal import Refusal

REPORT_HORIZON = 2013
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# Cue lists: core/lexicon/. PRESENT: when the report itself uses the Turkish word ("Bugün Merkez 40 KOBİ'yi
# bir araya getiriyor"), a question using either form may mean the report's own present and is not refused.
_ACTUAL, PRESENT, _TARGET, _POLICY, _STOP = ACTUAL_CUES, PRESENT_CUES, TARGET_CUES, POLICY_CUES, SCOPE_STOP_WORDS


@dataclass(frozen=True)
class ScopeVocabulary:
    """What the report talks about: its word prefixes, the years it names, the ways it says "now"."""

    prefixes: frozenset[str]
    years: frozenset[int]
    own_present: frozenset[str] = frozenset()

    @classmethod
    def from_texts(cls, texts, extra_words=()) -> "ScopeVocabulary":
        prefixes: set[str] = set()
        years: set[int] = set()
        present: set[str] = set()
        for text in list(texts) + list(extra_words):
            folded = fold_ascii(text)
            for token in tokenize_folded(folded):
                prefixes.add(token[:5])
            years.update(int(y) for y in _YEAR.findall(text))
            present.update(stem for stem, _ in PRESENT if re.search(rf"\b{stem}", folded))
        return cls(frozenset(prefixes), frozenset(years), frozenset(present))


def _has(folded: str, words) -> bool:
    return any(re.search(rf"(?<![a-z]){re.escape(w.strip())}", folded) for w in words)


def out_of_scope(question: str, vocab: ScopeVocabulary, lang: str = "tr", dated: bool = True) -> Refusal | None:
    """Why the report cannot answer this, or None when it may. `dated`: whether a "now" word of the question
    dates what it asks (present.dates_the_answer); a "now" that does not is no reason to refuse."""
    folded = fold_ascii(question)
    for year in (int(y) for y in _YEAR.findall(question)):
        if year > REPORT_HORIZON and year not in vocab.years:
            return Refusal("later_year", str(year))
        if year > REPORT_HORIZON and _has(folded, _ACTUAL) and not _has(folded, _TARGET):
            return Refusal("actual_year", str(year))
    for stem, english in PRESENT:
        if dated and stem not in vocab.own_present and re.search(rf"\b{stem}|{english}", folded):
            return Refusal("present")
    named = {name: code for name, code in COUNTRIES.items() if re.search(rf"\b{name}", folded)}
    foreign = [name for name, code in named.items() if code not in CASE_STUDY_COUNTRIES]
    if foreign and (_has(folded, _POLICY) or _has(folded, COMPARISON_CUES)):
        return Refusal("other_country", foreign[0].title())
    content = [t for t in tokenize_tr(question) if len(t) >= 4 and t not in _STOP and not t.isdigit()]
    known = [t for t in content if t[:5] in vocab.prefixes]
    if _has(folded + " ", OFF_TOPIC) and len(known) <= max(1, len(content) // 3):
        return Refusal("off_topic")
    return None
