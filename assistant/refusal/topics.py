"""Everyday topics (travel, prices, health, home and work): cue words the report itself never uses.

scope.py's off-topic rule judges the words around a cue by their first letters, so a place the report
names ("Toronto", "Helsinki") or an everyday word that starts like one of its terms ("train" in "training")
passed as the report's subject. Here a cue counts only if the report never uses it (computed from the text
and its English rendering when the stage is built, never hand-filtered), and the words around it are
judged by the refusal stage's own test for the report's vocabulary, with names of places and people aside.
"""
from __future__ import annotations

import re
from typing import Iterable

from core.lexicon import suffix_chain
from core.wordlists import english_words

_ENGLISH_ENDINGS = ("", "s", "es")


def _inflected(cue: str, word: str) -> bool:
    """`word` is `cue` with an English plural, or with Turkish suffixes unless it is an English word itself
    ("otobüsle", "trains"; not "business", which splits into bus+i+n+es+s)."""
    rest = word[len(cue):]
    return rest in _ENGLISH_ENDINGS or (suffix_chain(rest) and word not in english_words())


def _pattern(cue: str) -> re.Pattern:
    return re.compile(rf"(?<![a-z]){re.escape(cue)}[a-z]*")


def occurs(pattern: re.Pattern, folded: str) -> bool:
    """The cue as a word, or with a Turkish suffix chain or an English plural ("otobüsle", "trains";
    not "training" or "business")."""
    cue = pattern.pattern[len("(?<![a-z])"):-len("[a-z]*")].replace("\\", "")
    return any(_inflected(cue, m.group(0)) for m in pattern.finditer(folded))


class EverydayTopics:
    """`groups`: cues of one meaning in both languages; a group the report uses in either language is dropped."""

    def __init__(self, groups: Iterable[tuple[str, ...]], corpus_texts: Iterable[str]) -> None:
        text = " ".join(corpus_texts)
        by_start: dict[str, set[str]] = {}
        for word in set(re.findall(r"[a-z]+", text)):
            by_start.setdefault(word[:3], set()).add(word)

        def used(cue: str) -> bool:  # a one-word cue by the corpus's words (one scan of the text is too slow)
            if " " in cue:
                return occurs(_pattern(cue), text)
            return any(w.startswith(cue) and _inflected(cue, w) for w in by_start.get(cue[:3], ()))

        self.cues = tuple((cue, _pattern(cue)) for group in groups if not any(used(c) for c in group)
                          for cue in group)

    def found(self, folded: str) -> list[str]:
        """The cues of the folded question, each as the words it is made of."""
        return [cue for cue, p in self.cues if occurs(p, folded)]
