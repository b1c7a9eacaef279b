"""Which language a question is in: answers follow it (Turkish or English)."""
from __future__ import annotations

import re
from typing import Sequence

from core.lexicon import LANGUAGE_WORDS_EN, LANGUAGE_WORDS_TR
from core.normalize import fold_ascii
from core.wordlists import frequent_words

_TR_LETTERS = re.compile(r"[çğışöüÇĞİŞÖÜ]")
_SUFFIX = re.compile(r"\w['’](?!s\b)[a-zçğıöşü]{1,6}\b")  # Ankara'da, Gaziantep'teki, URGE'nin: Turkish grammar


def own_language(text: str) -> str | None:
    """'tr' or 'en' when the text shows its language, None when it does not; Turkish wins ties because the
    report is Turkish.

    A text shows no language without a function word of either language or a Turkish suffix: a code
    ("ORA1.AA1.T1.E6"), a name ("URGE", "MOSDER?", "ODTÜ Teknokent") or numbers. Turkish letters alone mark a
    longer text as Turkish, not a short name.
    """
    words = re.findall(r"[a-zçğıöşü]+", text.lower())
    # A Turkish name quoted in an English question should not flip it: letters count per word, and half.
    tr_words = sum(w in LANGUAGE_WORDS_TR for w in words)
    tr = tr_words + 0.5 * sum(bool(_TR_LETTERS.search(w)) for w in words)
    en = sum(w in LANGUAGE_WORDS_EN for w in words)
    if not tr_words and not en and not _SUFFIX.search(text):
        by_lexicon = _by_everyday_words(words)
        if by_lexicon is not None:
            return by_lexicon
        if not tr or len(words) <= 3:
            return None
    return "en" if en > tr else "tr"


def _by_everyday_words(words: list[str]) -> str | None:
    """With no function word to go by ("Did OKA send more survey forms than BEBKA?", "Explain measure
    ORA4.AA2.T2"), the everyday-word lists decide: two or more words that are everyday in one language and not
    in the other, and more of them than of the other language's."""
    en_list, tr_list = frequent_words("en"), frequent_words("tr")
    folded = [fold_ascii(w) for w in words]
    en = sum(w in en_list and w not in tr_list for w in folded)
    tr = sum(w in tr_list and w not in en_list for w in folded)
    if max(en, tr) < 2 or en == tr:
        return None
    return "en" if en > tr else "tr"


def detect_language(text: str, hint: str | None = None, history: Sequence[str] = ()) -> str:
    """'tr' or 'en': the question's own language; for one that shows none, the conversation's (the latest
    earlier user turn that shows one, so "ORA1.AA1.T1.E6" asked after English questions is English), then
    `hint` (the interface language), then Turkish, the report's language.
    """
    for turn in (text, *reversed(tuple(history))):
        lang = own_language(turn)
        if lang is not None:
            return lang
    return hint if hint in ("tr", "en") else "tr"
