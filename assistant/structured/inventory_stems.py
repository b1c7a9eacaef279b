"""When a question word and a word of a cluster's name are one word: Turkish stems, suffixes and derived forms.

Two rules, both on ASCII-folded words:
- turkish_match: one stem followed only by suffixes (core.lexicon.suffix_chain) on both sides, "kuyumcularla" ~
  "kuyumculuk", "fındığı" ~ "fındık"; a stem of 4+ letters, or a 3-letter row word itself ("çay"), so "bal" never
  meets "balık".
- derived_stem: a long stem (LONG letters, the length from which inventory._name_hit matches a typed term inside
  a word) left when the question word's suffixes are cut off is looked for inside the row words, so a name word
  derived from it or compounded with it counts: "kimyacılarla" → kimya → "Kimyasal", "Kimyasalları";
  "termal" → "JeoTermal". The longest such stem that any row word holds is the one used, so a suffix-looking
  tail never shortens a word that rows hold as typed ("mobilya" is not cut to "mobil", inside "otomobil").
A province's name in a row's name ("Denizli Enerji Kablosu") is that province, not a stem with a suffix: only
the name itself with suffixes meets it ("Denizli'deki"), not "denizcilik" (deniz+cilik ~ deniz+li), and no stem
is looked for inside it. (A province the question names is a slot and never looked up as a name word.)
"""
from __future__ import annotations

from typing import Iterable

from core.lexicon import PROVINCES, suffix_chain, turkish_stems
from core.normalize import fold_ascii

LONG = 5  # as inventory._name_hit: "Medikal" is found in "Biyomedikal", "bal" only as a word
_SOFT = {"k": "g", "p": "b", "t": "d"}  # fındık → fındığı (folded ğ = g), kitap → kitabı
PLACES = frozenset(fold_ascii(p).lower() for p in PROVINCES)


def inside(stem: str, word: str) -> bool:
    """Is the long stem part of the row word (a province's name excepted)?"""
    return stem in word and word not in PLACES


def turkish_match(token: str, word: str) -> bool:
    """One stem plus Turkish suffixes on both sides ("kuyumcularla" ~ "kuyumculuk")."""
    if token == word:
        return True
    if word in PLACES:
        return token.startswith(word) and suffix_chain(token[len(word):])
    variants = [word] + ([word[:-1] + _SOFT[word[-1]]] if word[-1:] in _SOFT else [])
    for w in variants:
        common = 0
        while common < min(len(token), len(w)) and token[common] == w[common]:
            common += 1
        for n in range(common, 2, -1):
            if n == 3 and (len(word) != 3 or len(token) > 6):
                continue  # a 3-letter stem only as a whole row word with a short ending ("çaylar", not "taşıyan")
            if suffix_chain(token[n:]) and suffix_chain(w[n:]):
                return True
    return False


def long_stems(token: str) -> list[str]:
    """The token and every stem of it of LONG+ letters that only suffixes follow, longest first
    ("kimyacilarla" → kimyacilarla, kimyacilar, kimyaci, kimya)."""
    return ([token] + turkish_stems(token, LONG)) if len(token) >= LONG else []


def derived_stem(token: str, words: Iterable[str]) -> str | None:
    """The longest long stem of `token` found inside one of `words` (all row words), or None."""
    words = tuple(words)
    for stem in long_stems(token):
        if any(inside(stem, w) for w in words):
            return stem
    return None
