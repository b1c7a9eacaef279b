"""A name the report mentions only in passing: the question asks what the few sentences naming it never say.

The answerability check vouches for a name the report uses. Some it uses once, about something else:
"Philips, Siemes, IBM gibi global şirketler ... teknoloji satın almaktadırlar" (ORA3.AA3.T1) is all it says
of Siemens, so "What role does Siemens play in Turkish clusters?" finds the name and nothing of its role.
Here a name printed in at most `RARE` sentences of the report (Turkish text or English rendering) counts
as answering a question only if a section holding one of those sentences holds one of the question's topic
words (words compared by their first letters; the report's ubiquitous words, the names themselves and
words asking what a name stands for aside). Half the topic words, or the sentence alone, refused answerable
questions about tables and titles ("How many answers did KARACADAG send?" against "Number of Responses").
A name printed more often is a subject of the report and left to the other checks; an English question is
not judged against a section without an English rendering (a table row, an EK 2 row).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Mapping

from core.lexicon import DEFINITION_WORDS
from core.normalize import tokenize_folded

from assistant.refusal.present import PREFIX, UBIQUITOUS, UBIQUITOUS_MIN
from assistant.refusal.refusal import Refusal

_WORD = re.compile(r"[a-z]+")
RARE = 3         # a name in at most this many sentences is mentioned in passing
MIN_ASKED = 2    # one topic word is often how the name is asked about ("How is ACAROM described?"), not what


def _prefixes(tr: str, en: str) -> frozenset[str]:
    return frozenset(w[:PREFIX] for w in [*tokenize_folded(tr), *_WORD.findall(en)] if len(w) >= 3)


class PassingMention:
    """Built once from the report's sentences, grouped by section (folded Turkish, folded English:
    present.sentence_units, whose keys are "<section id>#<n>")."""

    def __init__(self, units: Mapping[str, tuple[str, str]]) -> None:
        self.sentences = [_prefixes(tr, en) for tr, en in units.values()]
        self.section_of = [key.rsplit("#", 1)[0] for key in units]
        self.sections: dict[str, set[str]] = {}
        for sid, words in zip(self.section_of, self.sentences):
            self.sections.setdefault(sid, set()).update(words)
        # an English question's words can be looked for only where the section has an English rendering
        self.rendered = frozenset(key.rsplit("#", 1)[0] for key, (_, en) in units.items() if en)
        frequency: Counter[str] = Counter(w for words in self.sentences for w in words)
        self.ubiquitous = frozenset(w for w, n in frequency.items()
                                    if n > UBIQUITOUS * len(self.sentences) and n >= UBIQUITOUS_MIN)
        self.by_word: dict[str, list[int]] = {}
        for i, words in enumerate(self.sentences):
            for w in words:
                self.by_word.setdefault(w, []).append(i)

    def refusal(self, names: list[tuple[str, str]], topic: Iterable[str], lang: str) -> Refusal | None:
        """`names`: the question's names the report knows, each standing alone (as typed, folded); `topic`:
        its topic words. A section of the sentences naming a rare name must hold one of them."""
        name_prefixes = {folded[:PREFIX] for _, folded in names}
        asked = ({w[:PREFIX] for w in topic if len(w) >= 3 and not w.startswith(DEFINITION_WORDS)}
                 - name_prefixes - self.ubiquitous)
        if len(asked) < MIN_ASKED:
            return None
        for raw, folded in names:
            sentences = self.by_word.get(folded[:PREFIX], [])
            if not sentences or len(sentences) > RARE:
                continue
            sections = {self.section_of[i] for i in sentences}
            if lang == "en" and not sections <= self.rendered:
                continue  # a table or a row with no English: nothing to tell the question's words by
            if not any(asked & self.sections[sid] for sid in sections):
                return Refusal("fact_absent", raw, ("bu konuda", "information on this"))
        return None
