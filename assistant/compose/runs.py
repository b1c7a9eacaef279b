"""Which run of sentences to quote: scoring windows of a section's sentences against the question.

Pure functions over lists of sentences, shared by the Turkish excerpt and the
bilingual one (assistant/compose/passages.py). A run is scored by the
question words it contains, each weighted by how rare it is among the
section's sentences (`_weights`), so the sentence that answers beats the ones
that merely repeat the section's subject; figures count for a question about
an amount; a run in the chunk retrieval ranked starts ahead; a run that
announces something takes what it announces.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from core.lexicon import DATE_CUE, QUANTITY_CUE
from core.normalize import fold_ascii, tokenize_tr

from assistant.compose.quotes import Span

SECOND_CHARS = 350  # the best passage may quote a second run of sentences (best_excerpt)
_SENTENCES = re.compile(r"(?<=[.!?;:])\s+|\n+")


@lru_cache(maxsize=8192)
def prefixes_of(text: str) -> frozenset[str]:
    """The first five letters of every word of a text (cached: windows share their sentences)."""
    return frozenset(t[:5] for t in tokenize_tr(text))


def has_word(word: str, prefixes: frozenset[str]) -> bool:
    """A question word (compared by its first five letters) occurs among a text's word prefixes."""
    return word[:5] in prefixes or (len(word) < 5 and any(p.startswith(word) for p in prefixes))


_ACRONYM = re.compile(r"(?<!\w)[A-ZÇĞİÖŞÜ]{2,6}(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")


def acronym_words(question: str, text: str) -> set[str]:
    """The folded words of a capitalised phrase of `text` whose initials spell an acronym the question types
    and the text never prints: "OSB yönetimi başvurabilir mi?" meets "Organize Sanayi Bölgeleri" (section 2
    lists them among who may apply) only through its initials, so the excerpt must look for those words."""
    acronyms = {fold_ascii(a) for a in _ACRONYM.findall(question)}
    if not acronyms:
        return set()
    printed = set(tokenize_tr(text))
    words = _WORD.findall(text)
    found: set[str] = set()
    for acronym in acronyms - printed:
        n = len(acronym)
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            if all(w[0].isupper() for w in run) and fold_ascii("".join(w[0] for w in run)) == acronym:
                found.update(fold_ascii(w) for w in run)
    return found


def overlap(wanted: set[str], text: str) -> int:
    """How many question words (compared by their first five letters) the text contains."""
    prefixes = prefixes_of(text)
    return sum(1 for w in wanted if has_word(w, prefixes))


def weights_of(sentences: list[str], wanted: set[str]) -> dict[str, float]:
    """Each question word's weight among these sentences: log(1 + N / df), 0 where no sentence has it.

    Inverse document frequency with the section's sentences as the documents: in a case study about
    ODTÜ, "ODTÜ" is in every other sentence and says little about which one answers, while "yenilikçi"
    or "aşama" picks the sentence out. Plain counting let a window win on the section's own name.
    """
    found = [prefixes_of(s) for s in sentences if s]
    n = len(found)
    weights: dict[str, float] = {}
    for word in wanted:
        df = sum(1 for prefixes in found if has_word(word, prefixes))
        weights[word] = math.log(1 + n / df) if df else 0.0
    return weights


def toward(missing: set[str], weights: dict[str, float], rest: float = 0.25) -> dict[str, float]:
    """Weights for the second run: the words the first run lacks count fully, the others a quarter (the
    second run is there for the other half of the question, not to repeat the first half's words)."""
    return {w: weight * (1.0 if w in missing else rest) for w, weight in weights.items()}


def weighted(weights: dict[str, float], text: str) -> float:
    prefixes = prefixes_of(text)
    return sum(weight for word, weight in weights.items() if weight and has_word(word, prefixes))


QUANTITY = re.compile(QUANTITY_CUE)
DATE = re.compile(DATE_CUE)


class Evidence(NamedTuple):
    """What a run should contain for the kind of fact asked: `pattern` matches, `per` matches make one unit."""

    pattern: re.Pattern
    per: int


FIGURES = Evidence(re.compile(r"\d"), 2)  # digits, two to a figure
YEARS = Evidence(re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)"), 1)


def evidence_for(folded_question: str) -> Evidence | None:
    """Years for a question about when, figures for one about how many or how much, else nothing."""
    if DATE.search(folded_question):
        return YEARS
    if QUANTITY.search(folded_question):
        return FIGURES
    return None


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


def introduces(sentence: str) -> bool:
    return sentence.rstrip().endswith((":", ";"))


class Window(NamedTuple):
    start: int      # first sentence
    stop: int       # one past the last
    text: str
    score: float


def best_window(sentences: list[str], wanted: set[str] | dict[str, float], evidence: Evidence | None,
                 max_chars: int, favoured: frozenset[str] = frozenset(), slack: int = INTRODUCED_CHARS) -> Window | None:
    """The run of sentences with the most (IDF-weighted, `_weights`) question words, at most `max_chars`
    long; "" ends a run. `wanted` may carry its own weights (the second run favours the missing words).
    A run that starts in `favoured` (the sentences of the chunk retrieval ranked) gets RANKED_BONUS; one
    with the `evidence` asked for (figures, years: `evidence_for`) gets up to one point more."""
    weights = wanted if isinstance(wanted, dict) else weights_of(sentences, wanted)
    best: Window | None = None
    for i in range(len(sentences)):
        if not sentences[i]:
            continue
        window, j = sentences[i], i + 1
        while j < len(sentences) and sentences[j] and len(window) + len(sentences[j]) + 1 <= max_chars:
            window += " " + sentences[j]
            j += 1
        if (j < len(sentences) and sentences[j] and introduces(sentences[j - 1])
                and len(window) + len(sentences[j]) + 1 <= max_chars + slack):
            window += " " + sentences[j]
            j += 1
        score = weighted(weights, window) + 0.5 * bool(weighted(weights, sentences[i])) - 0.001 * i
        score += RANKED_BONUS * (sentences[i] in favoured)
        if evidence:
            units = len(evidence.pattern.findall(window)) // evidence.per
            score += 0.5 * min(3, units) / 3 + 0.5 * bool(evidence.pattern.search(sentences[i]))
        if best is None or score > best.score:
            best = Window(i, j, window, score)
    return best


def clip(text: str, max_chars: int) -> str:
    return text if len(text) <= max_chars else text[: max_chars - 1].rsplit(" ", 1)[0] + "…"
