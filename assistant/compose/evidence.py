"""What a run should contain for the kind of fact asked: figures for an amount, years for a date, the
counted noun beside a number for a count ("89 üye firma" for "kaç üye").

Pure functions, read by the window scoring (assistant/compose/runs.py `best_window`). Moved out of runs.py
unchanged.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from core.lexicon import (COUNTED_CUES, COUNTED_SHORT, COUNTED_STOP, DATE_CUE, DURATION_CUE, NUMBER_WORDS,
                          PERCENT_CUE, QUANTITY_CUE)
from core.normalize import tokenize_tr

from assistant.compose.words import has_word, prefixes_of, stems


QUANTITY = re.compile(QUANTITY_CUE)
DATE = re.compile(DATE_CUE)
DURATION_ASKED = re.compile(DURATION_CUE)
PERCENT_ASKED = re.compile(PERCENT_CUE)


class Evidence(NamedTuple):
    """What a run should contain for the kind of fact asked: `pattern` matches, `per` matches make one unit."""

    pattern: re.Pattern
    per: int


FIGURES = Evidence(re.compile(r"\d"), 2)  # digits, two to a figure
YEARS = Evidence(re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)"), 1)
# a number of 1-3 digits with a unit of time ("30 ay", "10 günlük", "2 yıl süreli", "30 months"): not a year
DURATIONS = Evidence(re.compile(r"(?<![\d.,])\d{1,3}\s*(?:ay|yıl|gün|hafta|month|year|day|week)", re.IGNORECASE), 1)
PERCENTS = Evidence(re.compile(r"%\s*\d|\d\s*%|\d+\s*percent"), 1)  # "%20", "% 20", "20%"


def evidence_for(folded_question: str) -> Evidence | None:
    """Years for a question about when, a duration for how long, a percentage for what share or increase,
    figures for how many or how much, else nothing."""
    if DATE.search(folded_question):
        return YEARS
    if DURATION_ASKED.search(folded_question):
        return DURATIONS
    if PERCENT_ASKED.search(folded_question):
        return PERCENTS
    if QUANTITY.search(folded_question):
        return FIGURES
    return None


def counted_words(folded_question: str) -> frozenset[str]:
    """The noun(s) a count question counts ("kaç üyesi var" -> uyesi; "how many member firms" -> member, firms),
    from core.lexicon.COUNTED_CUES; empty for any other question."""
    out: set[str] = set()
    for cue in COUNTED_CUES:
        for m in re.finditer(cue, folded_question):
            out.update(w for w in m.group(1).split() if (len(w) > 2 or w in COUNTED_SHORT) and w not in COUNTED_STOP)
    return frozenset(out)


_PERCENT = re.compile(r"%\s*\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s*%")


def _is_number(token: str) -> bool:
    return token.isdigit() or token in NUMBER_WORDS


@lru_cache(maxsize=8192)
def _numbered(sentence: str, counted: frozenset[str]) -> float:
    """The share of the counted nouns that stand next to a number in the sentence (up to three words after it,
    two before: "89 üye firma", "250 yenilikçi şirket", "üye sayısı 1500"); a percentage is no count."""
    tokens = tokenize_tr(_PERCENT.sub(" ", sentence))  # "%25'i üye firmaların" is a share of them, not their count
    near: set[str] = set()
    for k, token in enumerate(tokens):
        if _is_number(token):
            near.update(tokens[max(0, k - 2):k] + tokens[k + 1:k + 4])
    if not near:
        return 0.0
    # by a shared stem, not five letters: "kaç üyesi" is counted in "üye sayısı 1500" (üye+si / üye); checked
    # only beside a number, where a short stem shared by chance ("kuru" in "kurum", "kurucu") does no harm
    beside = frozenset(s for t in near for s in stems(t))
    return sum(1 for w in counted if not stems(w).isdisjoint(beside) or has_word(w, prefixes_of(" ".join(near))))\
        / len(counted)


# A run whose sentence prints a number next to the counted noun gets this much (more than the ranked chunk's
# head start and one rare question word): it is the answer to "how many", where any other figure is only a figure.
COUNTED_BONUS = 3.0
