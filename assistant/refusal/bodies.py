"""A named body the report never prints: "the Istanbul Cluster Federation", "Türkiye Kümeler Federasyonu".

answerability.py asks of a name phrase that its unknown words stand together in the report; a phrase made
only of words the report uses ("Istanbul", "cluster", "federation") passed, though no such body exists in it.
A phrase that ends in a word naming a kind of body (federation, alliance, council, foundation ... : data of
core.lexicon.BODY_HEAD_WORDS) names one body, and the report knows it only if it prints that phrase, in the
Turkish text or the English rendering. Places (provinces, countries, regions) say where the body is, not
which kind: with them left out, a phrase the report prints ("İzmir Development Agency" -> "Development
Agency") is a kind it knows in a place it may name, and is not judged. Words are compared by their first
letters ("Cluster" for "Clustering", a Turkish suffix on the last word) and also with spaces removed
("İşbirliği" for "İş Birliği"); a phrase with an acronym ("SASAD Association") is the acronym's, which
answerability.py judges.
"""
from __future__ import annotations

import re
from typing import Iterable

from core.lexicon import BODY_HEAD_WORDS, REGION_WORDS
from core.wordlists import frequent_words

from assistant.refusal.names import PLACE_WORDS, PROVINCE_WORDS, NameToken
from assistant.refusal.refusal import Refusal

PREFIX = 4  # a word is matched by its first letters: "cluster" finds "clustering", "center" "centre"


def _start(word: str) -> str:
    return word[:max(PREFIX, len(word) - 3)] if len(word) > PREFIX else word


class BodyNames:
    """Built once from the report's folded texts (each section, the English rendering)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = [f" {t} " for t in texts if t]
        self.squeezed = [re.sub(r"[^a-z0-9]", "", t) for t in self.texts]

    def printed(self, words: list[str]) -> bool:
        pattern = re.compile(r"\b" + r"[^a-z0-9]+(?:(?:of|the|and|for|ve)[^a-z0-9]+)?".join(
            re.escape(_start(w)) + "[a-z]*" for w in words))
        squeezed = "".join(words[:-1]) + _start(words[-1])
        return any(pattern.search(t) for t in self.texts) or any(squeezed in t for t in self.squeezed)

    def refusal(self, tokens: list[NameToken], lang: str) -> Refusal | None:
        everyday = frequent_words(lang)
        phrases: dict[int, list[NameToken]] = {}
        for token in tokens:
            if not (token.initial and token.folded in everyday):  # "Which Development Agency ...": no name word
                phrases.setdefault(token.phrase, []).append(token)
        for phrase in phrases.values():
            if len(phrase) < 2 or not phrase[-1].folded.startswith(BODY_HEAD_WORDS):
                continue
            if any(t.raw.isupper() and len(t.raw) > 1 for t in phrase):
                continue
            kind = [t.folded for t in phrase
                    if t.folded not in PLACE_WORDS and t.folded not in PROVINCE_WORDS and t.folded not in REGION_WORDS]
            if len(kind) < 2 or self.printed(kind) or self.printed([t.folded for t in phrase]):
                continue
            return Refusal("unknown_name", " ".join(t.raw for t in phrase))
        return None
