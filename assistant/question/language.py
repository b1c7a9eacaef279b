"""Which language a question is in: answers follow it (Turkish or English)."""
from __future__ import annotations

import re

_TR_LETTERS = re.compile(r"[çğışöüÇĞİŞÖÜ]")
_TR_WORDS = {"ve", "bir", "için", "icin", "nedir", "hangi", "hangileri", "kaç", "kac", "mı", "mi", "mu", "mü",
             "nelerdir", "ile", "olan", "nasıl", "nasil", "neler", "ne", "kadar", "var", "midir", "peki", "bu",
             "raporda", "kümeler", "kume", "küme", "destek", "desteği", "olarak", "hangisi", "listele", "göre"}
_EN_WORDS = {"what", "which", "how", "the", "of", "is", "are", "does", "do", "in", "for", "and", "list", "many",
             "much", "who", "when", "where", "why", "apply", "clusters", "cluster", "support", "report", "about",
             "tell", "me", "show", "give", "can", "a", "an", "to", "with", "there", "their", "them", "those"}


def detect_language(text: str) -> str:
    """'tr' or 'en'; Turkish wins ties because the report is Turkish."""
    words = re.findall(r"[a-zçğıöşü]+", text.lower())
    # A Turkish name quoted in an English question should not flip it: letters count per word, and half.
    tr = sum(w in _TR_WORDS for w in words) + 0.5 * sum(bool(_TR_LETTERS.search(w)) for w in words)
    en = sum(w in _EN_WORDS for w in words)
    return "en" if en > tr else "tr"
