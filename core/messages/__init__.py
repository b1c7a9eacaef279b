"""The one message catalogue: every Turkish/English text the product shows, each entry a tr/en pair.

Two modules (and records.py, answers from the report's small record tables) hold the two kinds of text and this one joins them into one table with one lookup: the
sentences of answers (`answers.py`; they follow the question's language) and the interface texts of the
page and the CLI (`interface.py`; they follow the chosen interface language). Keeping both sides of each
text next to each other is what keeps them saying the same thing, and one table is what keeps TR/EN
strings from being scattered across files. `say(key, lang, **values)` formats one; an unknown key is a
KeyError (a typo fails in tests, not in an answer or a user's page), and an unknown language — a page
state not set yet — is Turkish, the report's language.
"""
from __future__ import annotations

from core.messages import answers, interface, records

LANGS = ("tr", "en")

_SHARED = (answers.TEXTS.keys() & interface.TEXTS.keys()) | (records.TEXTS.keys() & (answers.TEXTS.keys() | interface.TEXTS.keys()))
if _SHARED:  # one key, one text: a key in both halves would silently shadow one of them
    raise ImportError(f"message keys in both answers.py and interface.py: {sorted(_SHARED)}")

MESSAGES: dict[str, dict[str, str]] = {**answers.TEXTS, **records.TEXTS, **interface.TEXTS}


def say(key: str, lang: str | None, **values: object) -> str:
    """The text `key` in `lang` ("tr" or "en"; anything else is Turkish), formatted with `values`."""
    return MESSAGES[key][lang if lang in LANGS else "tr"].format(**values)
