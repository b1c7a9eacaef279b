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
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from core.lexicon import (ANNOUNCES_CUE, COUNTED_CUES, COUNTED_STOP, DATE_CUE, EXCERPT_STOP, NUMBER_WORDS, QUANTITY_CUE,
                          suffix_chain, turkish_stems)
from core.normalize import fold_ascii, tokenize_tr

from assistant.compose.quotes import Span

SECOND_CHARS = 350  # the best passage may quote a second run of sentences (best_excerpt)
_SENTENCES = re.compile(r"(?<=[.!?;:])\s+|\n+")


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


def counted_words(folded_question: str) -> frozenset[str]:
    """The noun(s) a count question counts ("kaç üyesi var" -> uyesi; "how many member firms" -> member, firms),
    from core.lexicon.COUNTED_CUES; empty for any other question."""
    out: set[str] = set()
    for cue in COUNTED_CUES:
        for m in re.finditer(cue, folded_question):
            out.update(w for w in m.group(1).split() if len(w) > 2 and w not in COUNTED_STOP)
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
