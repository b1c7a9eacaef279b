"""Names written with a number: the report knows such a programme only if it prints the name with that number.

- a programme named by an institution and its number ("TÜBİTAK 1501 programı"): the name, a number that is
  no year, then a programme word within five words (core.lexicon.NUMBERED_PROGRAMME_CUE);
- a word no text of the report uses (Turkish, rendering, glossary), capitalised inside the sentence and
  followed by a number ("Horizon 2020", "Ufuk 2020"): a programme or plan named by its year or number
  (core.lexicon.NAMED_NUMBER_CUE). A year after a word the report uses ("NanoBioNet 2006") or a month
  ("March 2012") is a date; in a title-cased question every word is capitalised, so none is a name.
`check` is the stage's Answerability (its `_known`, `_known_word`, `_unused`, `_phrase_occurs`).
"""
from __future__ import annotations

import re

from core.lexicon import MONTH_WORDS, NAMED_NUMBER_CUE, NUMBERED_PROGRAMME_CUE
from core.normalize import fold_ascii

from assistant.refusal.names import title_cased
from assistant.refusal.refusal import Refusal

_NUMBERED = re.compile(NUMBERED_PROGRAMME_CUE)
_NAMED_NUMBER = re.compile(NAMED_NUMBER_CUE)


def numbered_programme(text: str, check) -> Refusal | None:
    for match in _NUMBERED.finditer(text):
        name, number = match.group(1), int(match.group(2))
        if 1950 <= number <= 2050:
            continue
        if not check._phrase_occurs([fold_ascii(name), str(number)]):
            return Refusal("unknown_name", f"{name} {number}")
    return None


def named_number(text: str, check, glossary_words: frozenset[str]) -> Refusal | None:
    if title_cased(text):
        return None  # every word capitalised: "In 2012" is no name
    for match in _NAMED_NUMBER.finditer(text):
        word = fold_ascii(match.group(1))
        if match.start() == 0 or word in MONTH_WORDS or word in glossary_words:
            continue
        if check._known(word, inflected=False) or check._known_word(word) or not check._unused(word):
            continue
        if not check._phrase_occurs([word, match.group(2)]):
            return Refusal("unknown_name", f"{match.group(1)} {match.group(2)}")
    return None
