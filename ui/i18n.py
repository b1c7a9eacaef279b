"""Page helpers around the message catalogue: the language picker, filter choices, example questions.

No text lives here: every label is a key of core.messages (one catalogue for
the whole product). What stays is what the page needs beside the texts —
the store values behind the filter dropdowns, the example questions (asked
as written, in either language) and the normalising of a page's language.
"""
from __future__ import annotations

from core.messages import LANGS, say

LANG_CHOICES = [("Türkçe", "tr"), ("English", "en")]  # each language named in itself, not translated

# Filter choices: (value for Filters, catalogue key of its label). Values are the store's metadata.
KINDS = tuple((kind, f"kind_{kind}") for kind in ("urge", "action_plan", "case_study", "inventory", "survey",
                                                  "report"))
STAGES = tuple((stage, f"stage_{stage}") for stage in ("fikir", "baslangic", "gelisen", "olgun"))

EXAMPLES = (
    "URGE kapsamında eğitim ve danışmanlık desteğinin oranı ve üst sınırı nedir?",
    "What actions apply to a start-stage textile cluster?",
    "Gaziantep'teki kümeler hangileri?",
    "Which clusters are in Ankara?",
    "NanoBioNet kümesi ne yaptı?",
    "What did the Toronto food and beverage cluster do?",
)


def norm_lang(lang: str | None) -> str:
    """The page's language, Turkish until one is chosen (a fresh browser state is None)."""
    return lang if lang in LANGS else "tr"


def choices(table, lang: str | None, any_first: bool = True) -> list[tuple[str, str]]:
    """Dropdown choices [(label, value)] with "any" (value "") first."""
    head = [(say("any", lang), "")] if any_first else []
    return head + [(say(key, lang), value) for value, key in table]


def province_choices(provinces, lang: str | None) -> list[tuple[str, str]]:
    return [(say("any", lang), "")] + [(say("national", lang) if p == "TR" else p, p) for p in provinces]
