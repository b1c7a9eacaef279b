"""One analysis of a question, done once at the start of `ask` and passed to every stage.

Before this, each stage re-detected the language, re-tokenised and looked
for its own keywords, so the profile route, the URGE route and the refusal
rules each had their own idea of what a question was about. A `Question`
holds it all: the language, the folded words, the follow-up context, the
slots (province, stage, sector …) with the words they explain, the money
amounts typed in it, and what kind of answer is wanted — so a route can
tell a question it fully answers from one where its slots are a side detail.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Sequence

from core.lexicon import ANSWER_KINDS, FRAME_STEMS, PROVINCES, SECTOR_WORDS, STAGE_WORDS
from core.wordlists import frequent_words
from core.normalize import fold_ascii, tokenize_tr

from assistant.question.followup import is_followup, retrieval_text
from assistant.question.language import detect_language
from assistant.question.slots import SUFFIXES, Slots, slots_for

KINDS = tuple(kind for kind, _ in ANSWER_KINDS)
_KIND_PATTERNS = tuple((kind, tuple(re.compile(p) for p in cues)) for kind, cues in ANSWER_KINDS)
# "250,000 USD", "250.000 $", "USD 250,000", "400 bin dolar", "1,5 milyon TL"
_MONEY = re.compile(
    r"(?:(?P<cur1>usd|\$|tl|eur|euro|avro|dolar)\s*(?P<num1>\d[\d.,]*)"
    r"|(?P<num2>\d[\d.,]*)\s*(?P<scale>bin|thousand|k|milyon|million|m)?\s*(?P<cur2>usd|\$|tl|eur|euro|avro|dolar\w*|dollars?))",
    re.I)
_CURRENCY = {"usd": "USD", "$": "USD", "dolar": "USD", "dollar": "USD", "dollars": "USD", "tl": "TL",
             "eur": "EUR", "euro": "EUR", "avro": "EUR"}
_SCALE = {"bin": 1000, "thousand": 1000, "k": 1000, "milyon": 1_000_000, "million": 1_000_000, "m": 1_000_000}


@dataclass(frozen=True)
class Money:
    value: Decimal
    currency: str  # USD | TL | EUR
    printed: str   # as typed


@dataclass(frozen=True)
class Question:
    """A question as every stage sees it."""

    text: str                     # as typed, white space folded
    lang: str                     # tr | en
    folded: str                   # ASCII-folded, lower case
    tokens: tuple[str, ...]       # core.normalize.tokenize_tr of the text
    history: tuple[str, ...]      # earlier user turns, oldest first
    search: str                   # what retrieval searches: the text, completed by the last turn for a follow-up
    followup: bool
    slots: Slots
    wants: str                    # one of KINDS
    money: tuple[Money, ...] = ()
    topic: tuple[str, ...] = ()   # content words no slot and no framing word explains (folded)


def parse_number(raw: str) -> Decimal | None:
    """A number as people type it in either language: "250,000", "250.000", "1,5", "2.5"."""
    raw = raw.strip(".,")
    groups = re.split(r"[.,]", raw)
    try:
        if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
            return Decimal("".join(groups))
        if len(groups) == 2:
            return Decimal(f"{groups[0]}.{groups[1]}")
        return Decimal(raw)
    except InvalidOperation:
        return None


def money_in(text: str) -> tuple[Money, ...]:
    out = []
    for m in _MONEY.finditer(text):
        number = parse_number(m.group("num1") or m.group("num2"))
        currency = _CURRENCY.get((m.group("cur1") or m.group("cur2") or "").lower().rstrip("ı"))
        if currency is None:
            currency = "USD" if (m.group("cur2") or "").lower().startswith("dolar") else None
        if number is None or currency is None:
            continue
        scale = _SCALE.get((m.group("scale") or "").lower(), 1)
        out.append(Money(number * scale, currency, m.group(0).strip()))
    return tuple(out)


_SLOT_WORDS = (frozenset(fold_ascii(p) for p in PROVINCES) | frozenset(STAGE_WORDS)
               | frozenset(w for ws in SECTOR_WORDS.values() for w in ws) | {"brop", "urge", "ur-ge"})


def topic_words(tokens: Sequence[str]) -> tuple[str, ...]:
    """The content words of a question that neither a slot nor a framing word (core.lexicon) explains.

    "Denizli'de bir tekstil kümesiyiz; rapor fikri mülkiyet konusunda ne öneriyor?" keeps fikri, mulkiyet:
    the question is about intellectual property, and the cluster's province and sector only describe the asker.
    """
    stop = frequent_words("tr", 200) | frequent_words("en", 300)
    out = []
    for token in tokens:
        if len(token) <= 2 or token.isdigit() or token in stop or token in FRAME_STEMS or token in SUFFIXES:
            continue
        if any(token.startswith(w) for w in _SLOT_WORDS if len(w) >= 4) or token in _SLOT_WORDS:
            continue
        if any(token.startswith(stem) for stem in FRAME_STEMS if len(stem) >= 4):
            continue
        out.append(token)
    return tuple(out)


def answer_kind(folded: str) -> str:
    """What kind of answer is wanted, from the cue words of core.lexicon.ANSWER_KINDS (first match wins)."""
    for kind, patterns in _KIND_PATTERNS:
        if any(p.search(folded) for p in patterns):
            return kind
    return "explanation"


def analyze(text: str, history: Sequence[str] = (), lang_hint: str | None = None) -> Question:
    """The `Question` for a (checked, non-empty) question text and the earlier user turns. A question that
    shows no language of its own (a code, a name) takes the conversation's, then `lang_hint`'s (the interface
    language): language.detect_language."""
    text = " ".join(text.split())
    history = tuple(h for h in history if isinstance(h, str) and h.strip())
    folded = fold_ascii(text)
    search = retrieval_text(text, list(history))
    return Question(
        text=text, lang=detect_language(text, lang_hint, history), folded=folded, tokens=tuple(tokenize_tr(text)),
        history=history,
        search=search, followup=bool(history) and is_followup(text), slots=slots_for(text, history),
        wants=answer_kind(folded), money=money_in(text), topic=topic_words(tokenize_tr(text)),
    )
