"""The present asked about, where the report speaks of its own present only about other things.

scope.py refuses a "now" word the report never uses. The report does use most of them somewhere ("Bugün
Merkez 40 KOBİ'yi bir araya getiriyor" in the SPRINT case, "günümüzde 250 yenilikçi şirket" for ODTÜ
Teknokent), and that once made every "today", "şu anda" or "hâlâ" question pass. A present word is the
report's own only for what the sections using it are about: a question asking "now" is answerable when a
section that uses the same word (its Turkish stem in the text, its English form in the rendering) covers at
least half of the question's topic words; "URGE şu anda hâlâ yürürlükte mi?" finds no such section and is
refused, "How many SMEs does the SPRINT centre bring together today?" finds 3.5.
"""
from __future__ import annotations

import re

from core.lexicon import PRESENT_CUES
from core.normalize import fold_ascii, tokenize_folded

from assistant.refusal.refusal import Refusal

_WORD = re.compile(r"[a-z]+")
PREFIX = 5  # words compared by their first letters: Turkish suffixes and English endings aside


def _cue_patterns(stem: str, english: str) -> tuple[re.Pattern, re.Pattern]:
    return re.compile(rf"\b{stem}"), re.compile(english)


class PresentCheck:
    """Built once from the sections (folded Turkish text, folded English rendering) and the stop words."""

    def __init__(self, sections: dict[str, tuple[str, str]], stop: frozenset[str]) -> None:
        self.stop = stop
        self.cues = [(stem, *_cue_patterns(stem, english)) for stem, english in PRESENT_CUES]
        # per cue: the word prefixes of every section that uses it, in either language
        self.users: dict[str, list[frozenset[str]]] = {}
        for tr, en in sections.values():
            words = frozenset(w[:PREFIX] for w in [*tokenize_folded(tr), *_WORD.findall(en)] if len(w) >= 3)
            for stem, turkish, english in self.cues:
                if turkish.search(tr) or english.search(en):
                    self.users.setdefault(stem, []).append(words)

    def refusal(self, text: str) -> Refusal | None:
        folded = fold_ascii(text)
        asked = [(stem, turkish, english) for stem, turkish, english in self.cues
                 if turkish.search(folded) or english.search(folded)]
        if not asked:
            return None
        cue_words = {m.group(0) for _, t, e in asked for p in (t, e) for m in p.finditer(folded)}
        cue_prefixes = {w[:PREFIX] for phrase in cue_words for w in _WORD.findall(phrase)}
        topic = {w[:PREFIX] for w in _WORD.findall(folded)
                 if len(w) >= 4 and w not in self.stop and w[:PREFIX] not in cue_prefixes}
        for stem, _, _ in asked:
            if not any(2 * len(topic & words) >= len(topic) for words in self.users.get(stem, ())):
                return Refusal("present")
        return None
