"""The one message catalogue: every Turkish/English text the product shows, each entry a tr/en pair.

Three modules hold the kinds of text and this one joins them into one table with one lookup: the
frames, refusal reasons and notices of answers (`answers.py`), the words around the figures, rows and codes
of structured answers (`structured.py`; both follow the question's language), and the interface texts of
the page and the CLI (`interface.py`; they follow the chosen interface language). Keeping both sides of each
text next to each other is what keeps them saying the same thing, and one table is what keeps TR/EN
strings from being scattered across files. `say(key, lang, **values)` formats one; an unknown key is a
KeyError (a typo fails in tests, not in an answer or a user's page), and an unknown language — a page
state not set yet — is Turkish, the report's language.
"""
from __future__ import annotations

from core.messages import answers, interface, structured

LANGS = ("tr", "en")

_SHARED = (answers.TEXTS.keys() & interface.TEXTS.keys()) | (structured.TEXTS.keys() & (answers.TEXTS.keys()
                                                                                     | interface.TEXTS.keys()))
if _SHARED:  # one key, one text: a key in both halves would silently shadow one of them
    raise ImportError(f"message keys in two of answers.py, structured.py and interface.py: {sorted(_SHARED)}")

MESSAGES: dict[str, dict[str, str]] = {**answers.TEXTS, **structured.TEXTS, **interface.TEXTS}


def say(key: str, lang: str | None, **values: object) -> str:
    """The text `key` in `lang` ("tr" or "en"; anything else is Turkish), formatted with `values`."""
    return MESSAGES[key][lang if lang in LANGS else "tr"].format(**values)
