"""Who holds a role: the report names a person only beside the role it prints.

"Ekonomi Bakanı kimdir?" is answered by the foreword's signature ("Zafer Çağlayan, Ekonomi Bakanı"), "Yardımcı
Takım Lideri kimdi?" by the credits; "Kalkınma Bakanı kimdir?" or "Who was the Minister of Development when the
survey was run?" name a role the report never prints, and whatever passages come back name nobody. A role
asked for (of a thing the report names or not: "ECORYS'in Türkiye ofis müdürü", whose section names other
roles, passes answerability.py's "head" fact) is refused unless the report, or its English rendering, prints the role with the words that say which one: the role word
and the one or two words qualifying it ("Kalkınma Bakanı", "Minister of Development", "ofis müdürü").
"""
from __future__ import annotations

import re

from core.lexicon import ROLE_HOLDER_EN, ROLE_HOLDER_TR, ROLE_WORDS_EN, ROLE_WORDS_TR

from assistant.refusal.refusal import Refusal

_HOLDER_EN = re.compile(ROLE_HOLDER_EN)
_HOLDER_TR = re.compile(ROLE_HOLDER_TR)
_ROLE_EN = "|".join(ROLE_WORDS_EN)
# the word that says which role: "minister of development", "development minister" ("kalkinma bakani": the
# word before the Turkish role, `role_asked`)
_QUALIFIED_EN = (re.compile(rf"\b({_ROLE_EN}) (?:of|for) (?:the )?([a-z]+)"), re.compile(rf"\b([a-z]+) ({_ROLE_EN})\b"))
_FILLER = frozenset({"the", "a", "an", "current", "present", "who", "is", "was", "are", "were", "and", "when", "then",
                     "kim", "kimdir", "su", "anki", "simdiki", "bir", "ve", "of", "for", "now"})


def role_asked(folded: str, lang: str) -> str | None:
    """The role phrase a "who holds it" question asks about, folded ("kalkinma bakani"), or None."""
    if lang == "en":
        if not _HOLDER_EN.search(folded):
            return None
        for pattern in _QUALIFIED_EN:
            for m in pattern.finditer(folded):
                qualifier = m.group(2) if pattern is _QUALIFIED_EN[0] else m.group(1)
                if qualifier not in _FILLER:
                    return m.group(0)
        return None
    m = _HOLDER_TR.search(folded)
    # the word before the role, its case ending after an apostrophe aside ("bakanligi'nin" -> "bakanligi")
    before = [w for w in re.findall(r"(?<!['’])\b[a-z]+", folded[:m.start()]) if w not in _FILLER][-1:] if m else []
    if not before or before[0].endswith(("an", "en")):
        return None  # a participle says which person, not which role ("önsözü yazan bakan": the foreword's)
    return f"{before[0]} {m.group(1)}{m.group(2) or ''}"


_SUFFIX = r"(i|u|si|su|lari|leri|s)?\b"  # the role word as a person: "bakani", not "bakanligi"; "minister(s)"
_ROLES = sorted({*ROLE_WORDS_EN, *ROLE_WORDS_TR}, key=len, reverse=True)


def _word_pattern(word: str) -> str:
    role = next((r for r in _ROLES if " " not in r and word.startswith(r)), None)
    return re.escape(role) + _SUFFIX if role else re.escape(word) + r"\b"


class RoleHolder:
    """Built once from the report's folded Turkish text and English rendering."""

    def __init__(self, turkish: str, english: str) -> None:
        self.text = f" {turkish} {english} "

    def printed(self, phrase: str) -> bool:
        """The role phrase as printed, the role word as a person ("Ekonomi Bakanı", not "Kalkınma Bakanlığı")."""
        pattern = r"\b" + r"\W+".join(_word_pattern(w) for w in phrase.split())
        return bool(re.search(pattern, self.text))

    def refusal(self, folded: str, lang: str) -> Refusal | None:
        phrase = role_asked(folded, lang)
        if phrase is None or self.printed(phrase):
            return None
        return Refusal("fact_absent", phrase.title(), ("görevdeki kişinin adı", "name of the person holding it"))
