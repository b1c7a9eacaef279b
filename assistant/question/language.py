"""Which language a question is in: answers follow it (Turkish or English)."""
from __future__ import annotations

import re
from typing import Sequence

from core.lexicon import LANGUAGE_WORDS_EN, LANGUAGE_WORDS_TR

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
    if not tr_words and not en and not _SUFFIX.search(text) and (not tr or len(words) <= 3):
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
