"""What a computed answer reads out of a question besides its money: how many units, over how long.

"üç program yaparsak", "all five foreign marketing programmes", "iki uzman",
"3 years": a small number directly before the unit it counts. Numbers are read
only when a unit word follows within a few words, so "Tablo 1", a year or the
digits of an amount ("250 000 dolar") are never taken for a count. Number words
are read in the question's language only (Turkish "on" is ten, English "on" is not).

Also the shared formatting of computed answers: Turkish writes 187.500, English
187,500 — the report's own figures keep their printed form in the quotes.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from assistant.question.slots import words

NUMBER_WORDS = {
    "tr": {"bir": 1, "tek": 1, "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7, "sekiz": 8,
           "dokuz": 9, "on": 10},
    "en": {"one": 1, "a": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10},
}
# folded unit words → what they count
UNITS = (
    (re.compile(r"(program\w*|heyet\w*|missions?|delegations?|visits?|ziyaret\w*|trips?|fuar\w*|fairs?)$"), "programme"),
    (re.compile(r"(uzman\w*|experts?|personel\w*|staff|specialists?|calisan\w*|employees?)$"), "expert"),
    (re.compile(r"(proje\w*|projects?)$"), "project"),
    (re.compile(r"(yil|yill\w*|yil[a-z]+|years?)$"), "year"),
)
_AFTER_AMOUNT = frozenset({"000", "bin", "thousand", "milyon", "million", "usd", "dolar", "dollar", "dollars",
                           "tl", "eur", "euro", "avro", "k", "m"})
WINDOW = 4  # a count stands at most this many words before its unit: "all five foreign marketing programmes"


def joined(text: str) -> str:
    """The folded words of a text joined by single spaces: what the phrasing patterns of the structured
    answers are matched against (punctuation and case gone, "İSTKA'nın" → "istka nin")."""
    return " ".join(words(text))


@dataclass(frozen=True)
class Tokens:
    """The folded words of a text, joined by single spaces, with where each word starts in `joined`."""

    items: tuple[str, ...]
    joined: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "Tokens":
        items = tuple(words(text))
        starts, at = [], 0
        for token in items:
            starts.append(at)
            at += len(token) + 1
        return cls(items, " ".join(items), tuple(starts))

    def index_at(self, char: int) -> int:
        """The index of the word that holds character `char` of `joined`."""
        return max(0, bisect_right(self.starts, char) - 1)


@dataclass(frozen=True)
class Count:
    value: int
    unit: str      # programme | expert | project | year
    at: int        # index of the number's word
    unit_at: int   # index of the unit's word


def unit_of(token: str) -> str | None:
    return next((unit for pattern, unit in UNITS if pattern.match(token)), None)


def counts_in(tokens: Tokens, lang: str) -> list[Count]:
    """Every "<number> … <unit>" of the text (number words in `lang`, digits up to 99)."""
    found: list[Count] = []
    numbers = NUMBER_WORDS.get(lang, {})
    items = tokens.items
    for i, token in enumerate(items):
        if token.isdigit() and len(token) <= 2:
            value = int(token)
            if i + 1 < len(items) and items[i + 1] in _AFTER_AMOUNT:
                continue
        elif token in numbers:
            value = numbers[token]
        else:
            continue
        for j in range(i + 1, min(i + 1 + WINDOW, len(items))):
            if items[j].isdigit() or items[j] in numbers and numbers[items[j]] > 1:
                break
            unit = unit_of(items[j])
            if unit:
                found.append(Count(value, unit, i, j))
                break
    return found


def fmt(value: Decimal | int, lang: str) -> str:
    """187500 → "187.500" (tr) / "187,500" (en); cents only when there are any ("1.234,50" / "1,234.50")."""
    value = Decimal(value)
    whole = value == value.to_integral_value()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    if lang == "tr":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def rate_text(percent: Decimal, lang: str) -> str:
    """75 → "% 75" (the report's Turkish form) / "75 %"."""
    return f"% {fmt(percent, lang)}" if lang == "tr" else f"{fmt(percent, lang)} %"


def money_text(value: Decimal | int, currency: str, lang: str) -> str:
    return f"{fmt(value, lang)} {currency}".strip()
