"""Which run of sentences to quote: scoring windows of a section's sentences against the question.

Pure functions over lists of sentences, shared by the Turkish excerpt and the
bilingual one (assistant/compose/passages.py). A run is scored by the
question words it contains, each weighted by how rare it is among the
section's sentences (`_weights`), so the sentence that answers beats the ones
that merely repeat the section's subject; figures count for a question about
an amount; a run in the chunk retrieval ranked starts ahead; a run that
announces something takes what it announces.

The kind of answer asked chooses the sentence too ("evidence first"): a count
question's noun printed beside a number (`counted_words`, `_numbered`: "89 üye
firma" for "kaç üye"); the words of the section's title weigh a quarter, and a
question of title words only is answered by the section's opening
(`subject_weights`); a sentence that announces a list ("aşağıdaki şekilde",
":") is quoted with its items, a "name :" label with what follows it, and a
piece split after an abbreviation with the piece before it.

The question's words and their weights are in words.py, the kind of fact asked (figures, years, the
counted noun) in evidence.py; this module keeps the sentences and the windows over them.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from core.lexicon import ANNOUNCES_CUE
from core.normalize import fold_ascii

from assistant.compose.quotes import Span
# moved out of this module unchanged (words.py: question words and their weights; evidence.py: the kind of
# fact asked) and re-exported here, where callers have always imported them
from assistant.compose.evidence import (COUNTED_BONUS, DATE, FIGURES, QUANTITY, YEARS, Evidence,  # noqa: F401
                                        _numbered, counted_words, evidence_for)
from assistant.compose.words import (TITLE_WEIGHT, acronym_words, has_word, overlap, prefixes_of,  # noqa: F401
                                     question_words, stems, subject_weights, toward, weighted, weights_of)

SECOND_CHARS = 350  # the best passage may quote a second run of sentences (best_excerpt)
_SENTENCES = re.compile(r"(?<=[.!?;:])\s+|\n+")


def pieces(text: str) -> list[tuple[str, Span]]:
    """The sentences `_SENTENCES.split` gives (stripped, non-empty), each with its offsets in `text`."""
    out, at = [], 0
    for m in [*_SENTENCES.finditer(text), None]:
        stop = m.start() if m else len(text)
        raw = text[at:stop]
        piece = raw.strip()
        if piece:
            lead = len(raw) - len(raw.lstrip())
            out.append((piece, (at + lead, at + lead + len(piece))))
        at = m.end() if m else at
    return out


# The best passage is chosen from its whole section, but a run in the chunk that retrieval ranked starts this
# much ahead (about one rare question word): retrieval judged that chunk on meaning, the runs only on words.
RANKED_BONUS = 1.0
# A run that ends on a sentence introducing something ("uzun adı ile;", "şunlardır:") takes the introduced
# sentence too, up to this many characters past its limit: a quote that stops before the name or the list
# it announces misses exactly the fact that was asked for.
INTRODUCED_CHARS = 300


_ANNOUNCES = re.compile(ANNOUNCES_CUE)
# A list item as the report prints one: a bullet (the report's "•", and "v" for its check-mark bullets) or a
# number ("1. Küresel Pazarlar ...").
_ITEM = re.compile(r"^(?:[•▪●◦\-–]\s*|v\s|\d{1,2}[.)]\s)")
# A label ending in ":" this short ("Gülçin Salıngan :", "Bunlar:") belongs to what follows it: a run that starts
# right after one starts with it, so a "name : role" line is quoted with its name.
LABEL_CHARS = 60


def introduces(sentence: str) -> bool:
    """The sentence announces what follows: it ends in ":" or ";", or says so ("aşağıdaki şekilde", "as
    follows"; core.lexicon.ANNOUNCES_CUE)."""
    return sentence.rstrip().endswith((":", ";")) or bool(_ANNOUNCES.search(fold_ascii(sentence)))


def is_item(sentence: str) -> bool:
    return bool(_ITEM.match(sentence.lstrip()))



class Window(NamedTuple):
    start: int      # first sentence
    stop: int       # one past the last
    text: str
    score: float
    extended: bool = False  # it took what its last sentence introduces past max_chars (up to the slack)


def best_window(sentences: list[str], wanted: set[str] | dict[str, float], evidence: Evidence | None,
                 max_chars: int, favoured: frozenset[str] = frozenset(), slack: int = INTRODUCED_CHARS,
                 counted: frozenset[str] = frozenset()) -> Window | None:
    """The run of sentences with the most (IDF-weighted, `_weights`) question words, at most `max_chars`
    long; "" ends a run. `wanted` may carry its own weights (the second run favours the missing words).
    A run that starts in `favoured` (the sentences of the chunk retrieval ranked) gets RANKED_BONUS; one
    with the `evidence` asked for (figures, years: `evidence_for`) gets up to one point more, one printing a
    number next to a `counted` noun COUNTED_BONUS. A run ending on a sentence that introduces something, or
    inside a list, takes what follows (the list's items) up to `slack` characters past its limit."""
    weights = wanted if isinstance(wanted, dict) else weights_of(sentences, wanted)
    best: Window | None = None
    n = len(sentences)
    for i in range(n):
        if not sentences[i]:
            continue
        start = i
        if i and sentences[i - 1] and sentences[i - 1].rstrip().endswith(":") and len(sentences[i - 1]) <= LABEL_CHARS:
            start = i - 1
        # a piece that begins in lower case continues the one before it (the split fell after an abbreviation,
        # "ECORYS Nederland BV. liderliğindeki konsorsiyum"): a quote never starts in the middle of a sentence
        while (start > max(0, i - 2) and sentences[start][:1].islower() and not is_item(sentences[start])
               and sentences[start - 1]):
            start -= 1
        window, j = " ".join(sentences[start:i + 1]), i + 1
        while j < n and sentences[j] and len(window) + len(sentences[j]) + 1 <= max_chars:
            window += " " + sentences[j]
            j += 1
        extended = False
        # what a run introduces is quoted with it, but only the first introduced sentence counts in its score:
        # a run ending on a list must not outscore the others by the words of the items it takes past its limit
        scored, scored_stop = window, j
        if j < n and sentences[j] and (introduces(sentences[j - 1]) or is_item(sentences[j - 1])):
            first = introduces(sentences[j - 1])
            while (j < n and sentences[j] and (first or is_item(sentences[j]))
                   and len(window) + len(sentences[j]) + 1 <= max_chars + slack):
                window += " " + sentences[j]
                j += 1
                if first:
                    scored, scored_stop = window, j
                first, extended = False, True
        score = weighted(weights, scored) + 0.5 * bool(weighted(weights, sentences[i])) - 0.001 * i
        score += RANKED_BONUS * (sentences[i] in favoured)
        if evidence:
            units = len(evidence.pattern.findall(scored)) // evidence.per
            score += 0.5 * min(3, units) / 3 + 0.5 * bool(evidence.pattern.search(sentences[i]))
        if counted:
            score += COUNTED_BONUS * max(_numbered(s, counted) for s in sentences[start:scored_stop])
        if best is None or score > best.score:
            best = Window(start, j, window, score, extended)
    return best


def clip(text: str, max_chars: int) -> str:
    return text if len(text) <= max_chars else text[: max_chars - 1].rsplit(" ", 1)[0] + "…"
