"""Which words of a question a run of sentences is scored on, and how much each weighs there.

Pure functions, shared by the excerpt scoring (assistant/compose/runs.py) and the support test
(assistant/compose/about.py): a question's words compared by their first five letters (`has_word`), the words
an acronym stands for, and each word weighted by how rare it is among a section's sentences (`weights_of`), the
section's title words at a quarter (`subject_weights`). Moved out of runs.py unchanged.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from core.lexicon import EXCERPT_STOP, suffix_chain, turkish_stems
from core.normalize import fold_ascii, tokenize_tr


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """A folded word and every stem of 3+ letters it is made of with Turkish suffixes after it ("uyelerine" ->
    uyeleri, uyeler, uye ...; core.lexicon.turkish_stems)."""
    return frozenset((word, *turkish_stems(word, 3)))


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


_AFTER_APOSTROPHE = re.compile(r"['’](\w+)")


def question_words(question: str, text: str) -> set[str]:
    """The words excerpts are scored on: the question's folded words of 3+ letters, less the ones that only
    say how it asks (core.lexicon.EXCERPT_STOP) and the suffixes typed after an apostrophe ("Kümesi'nin":
    "nin" is in every genitive of the section), plus the words an acronym it types stands for (`acronym_words`)."""
    suffixes = {fold_ascii(m) for m in _AFTER_APOSTROPHE.findall(question) if suffix_chain(fold_ascii(m))}
    words = {t for t in tokenize_tr(question) if len(t) > 2 and t not in EXCERPT_STOP and t not in suffixes}
    return words | acronym_words(question, text)


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


# A question word that is a word of the section's title weighs this much of its rarity: retrieval found the
# section by its subject ("Toronto", "Ubiquitous Computing", "Avustralya"), so which of its sentences answers
# is told by the other words ("üye", "Çin", "aşama").
TITLE_WEIGHT = 0.25


def subject_weights(sentences: list[str], wanted: set[str], title: str = "") -> tuple[dict[str, float], bool]:
    """`weights_of` with the words of `title` (the section's title, in both languages) at TITLE_WEIGHT, and
    whether the question asks about the subject only: every word it is scored on is a title word ("Tell me
    about the Toronto cluster", "ODTÜ Teknokent nedir?"), when the section's opening is the answer. A word of
    its own that no sentence has ("Does URGE pay for consultancy?") still asks something else."""
    weights = weights_of(sentences, wanted)
    if not title:
        return weights, False
    in_title = prefixes_of(title)
    # a title word under other suffixes is one too ("kümeler" of "Toronto ... Kümesi": küme+ler, küme+si)
    title_stems = {s for t in tokenize_tr(title) for s in stems(t) if len(s) >= 4}
    titled = {w for w in weights if has_word(w, in_title) or any(s in title_stems for s in stems(w) if len(s) >= 4)}
    weights = {w: v * (TITLE_WEIGHT if w in titled else 1.0) for w, v in weights.items()}
    return weights, bool(titled) and titled == set(weights)


def toward(missing: set[str], weights: dict[str, float], rest: float = 0.25) -> dict[str, float]:
    """Weights for the second run: the words the first run lacks count fully, the others a quarter (the
    second run is there for the other half of the question, not to repeat the first half's words)."""
    return {w: weight * (1.0 if w in missing else rest) for w, weight in weights.items()}


def weighted(weights: dict[str, float], text: str) -> float:
    prefixes = prefixes_of(text)
    return sum(weight for word, weight in weights.items() if weight and has_word(word, prefixes))
