"""The present asked about, where the report speaks of its own present only about other things.

scope.py refuses a "now" word the report never uses. The report does use most of them somewhere ("Bugün
Merkez 40 KOBİ'yi bir araya getiriyor" in the SPRINT case, "günümüzde 250 yenilikçi şirket" for ODTÜ
Teknokent), and that once made every "today", "şu anda" or "hâlâ" question pass. A present word is the
report's own only for what the sentence using it is about: a question asking "now" is answerable when a
sentence that uses the same word (its Turkish stem in the text, its English form in the rendering) covers
at least half of the question's topic words; "URGE şu anda hâlâ yürürlükte mi?" finds no such sentence and
is refused, "How many SMEs does the SPRINT centre bring together today?" finds 3.5's "Bugün Merkez ...".
A whole section was once the unit, and a long one says "bugüne kadar" in one sentence and names half the
report's subjects in others (1.1: "KOBİ ... Destekleri ... bugün hangi bakanlığa bağlı?" passed).

The check applies only where the "now" dates what is asked (`dates_the_answer`): a value, a person, a date,
a price, a state ("still in force", "this year"), or anything of a thing the report names. "Where do clusters
get their money from at the moment?" asks what the survey describes, the report's present; "now" there
changes nothing, and the question is judged as it would be without it.
"""
from __future__ import annotations

import re
from collections import Counter

from typing import Callable, Mapping

from core.lexicon import PRESENT_CUES, PRESENT_STATE_CUES, PRESENT_VALUE_CUES, PRESENT_VALUE_KINDS, US_SPELLINGS
from core.normalize import fold_ascii, tokenize_folded
from core.sentences import split_sentences

from assistant.refusal.refusal import Refusal

_WORD = re.compile(r"[a-z]+")
PREFIX = 5  # words compared by their first letters: Turkish suffixes and English endings aside
UBIQUITOUS = 0.2  # a word in a fifth of the report's sentences (küme, cluster) says nothing about which one ...
UBIQUITOUS_MIN = 5  # ... where there are sentences enough to tell (a handful has no background vocabulary)
_STATE = tuple(re.compile(p) for p in PRESENT_STATE_CUES)
_VALUE = tuple(re.compile(p) for p in PRESENT_VALUE_CUES)


def dates_the_answer(folded: str, wants: str, named: tuple[str, ...] | list[str]) -> bool:
    """Does the question's "now" date what it asks? Yes for a value (its answer kind an amount, count or
    share), a person, a date or a price asked, a word asking about a state ("still", "this year"), or a thing
    the report names (`named`: the question's names, generic words and places aside); no for a description of
    the clusters as a whole or of the asker's own cluster, which the survey, the report's present, gives."""
    return (wants in PRESENT_VALUE_KINDS or bool(named) or any(p.search(folded) for p in _STATE)
            or any(p.search(folded) for p in _VALUE))


def _cue_patterns(stem: str, english: str) -> tuple[re.Pattern, re.Pattern]:
    return re.compile(rf"\b{stem}"), re.compile(english)


def sentence_units(texts: Mapping[str, str], english_of: Callable[[str], str | None]) -> dict[str, tuple[str, str]]:
    """Each sentence of each section (folded), with its English rendering when it has one: the units whose
    words a present word of theirs is about ("3.5#7" -> (Turkish, English))."""
    units: dict[str, tuple[str, str]] = {}
    for sid, text in texts.items():
        for i, sentence in enumerate(split_sentences(text or "")):
            units[f"{sid}#{i}"] = (fold_ascii(sentence), fold_ascii(english_of(sentence) or ""))
    return units


class PresentCheck:
    """Built once from the units (folded Turkish text, folded English rendering: the report's sentences, see
    `sentence_units`) and the stop words."""

    def __init__(self, sections: dict[str, tuple[str, str]], stop: frozenset[str]) -> None:
        self.stop = stop
        self.cues = [(stem, *_cue_patterns(stem, english)) for stem, english in PRESENT_CUES]
        # the word prefixes of every unit that uses a present word, in either language: the report's "now" is
        # one meaning however it is worded ("currently" asked, "in the current situation" printed: 4.2.J)
        self.users: list[frozenset[str]] = []
        frequency: Counter[str] = Counter()
        for tr, en in sections.values():
            words = frozenset(w[:PREFIX] for w in [*tokenize_folded(tr), *_WORD.findall(en)] if len(w) >= 3)
            frequency.update(words)
            if any(turkish.search(tr) or english.search(en) for _, turkish, english in self.cues):
                self.users.append(words)
        self.ubiquitous = frozenset(w for w, n in frequency.items() if n > UBIQUITOUS * len(sections) and n >= UBIQUITOUS_MIN)

    def refusal(self, text: str) -> Refusal | None:
        """A "now" that dates what is asked (the stage asks `dates_the_answer` first) with no sentence of the
        report's own present about it."""
        folded = re.sub(r"[a-z]+", lambda m: US_SPELLINGS.get(m.group(0), m.group(0)), fold_ascii(text))
        asked = [(stem, turkish, english) for stem, turkish, english in self.cues
                 if turkish.search(folded) or english.search(folded)]
        if not asked:
            return None
        cue_words = {m.group(0) for _, t, e in asked for p in (t, e) for m in p.finditer(folded)}
        cue_prefixes = {w[:PREFIX] for phrase in cue_words for w in _WORD.findall(phrase)}
        topic = {w[:PREFIX] for w in _WORD.findall(folded)
                 if len(w) >= 4 and w not in self.stop and w[:PREFIX] not in cue_prefixes | self.ubiquitous}
        if not any(2 * len(topic & words) >= len(topic) for words in self.users):
            return Refusal("present")
        return None
