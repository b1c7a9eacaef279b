"""Is a passage about what the question asked? Its share of the question's words, weighed by their rarity.

Which supporting passages to cite (assistant/compose/support.py) was decided
by where the passage ranked and where it sits in the report's tree, never by
what it says: two rankers agreeing on the executive summary, or a score tied
with the best one's, put a passage that shares none of the asked-for words
beside the one that answers. Here a passage's **cover** is the share of the
question's words it contains, each weighed by how rare it is among the
report's sections (log(1 + N / df), sections as documents: "küme" is in
every section and says nothing, "mülkiyet" or "fuar" says what was asked).
A supporting passage is then measured against the best one: it is about the
question when it covers enough of what the best passage covers
(`support.about`).

Words are compared as excerpts compare them (their first five letters,
`runs.has_word`), and an English question is read on both sides: its words
meet a passage's English rendering, its glossary terms the Turkish text.
"""
from __future__ import annotations

import math
from typing import Callable, Iterable

from core.answers import Hit
from core.lexicon import EXCERPT_STOP
from core.normalize import tokenize_tr

from assistant.compose.words import has_word
from assistant.retrieval.english import heading_titles

Pairs = Callable[[str], list[tuple[str, "str | None"]]]


def word_prefixes(text: str) -> frozenset[str]:
    """The first five letters of every word of a text (not `runs.prefixes_of`: a whole section would crowd its
    cache of sentences)."""
    return frozenset(t[:5] for t in tokenize_tr(text))


class Vocabulary:
    """How rare each question word is among the report's sections; built once, from every section's text (its
    Turkish and its English rendering), each word's weight computed once when first asked."""

    def __init__(self, section_texts: Iterable[str]):
        self._sections = [word_prefixes(text) for text in section_texts if text]
        self._weights: dict[str, float] = {}

    def weight(self, word: str) -> float:
        """log(1 + N / df); a word no section has weighs the most (N / 1), like a name the report prints once."""
        if word not in self._weights:
            df = sum(1 for prefixes in self._sections if has_word(word, prefixes))
            self._weights[word] = math.log(1 + len(self._sections) / max(1, df))
        return self._weights[word]

    def share(self, words: Iterable[str], text: str) -> float:
        """The weighted share of `words` that `text` contains, 0..1 (0 without words)."""
        words = set(words)
        total = sum(self.weight(w) for w in words)
        if not total:
            return 0.0
        prefixes = word_prefixes(text)
        return sum(self.weight(w) for w in words if has_word(w, prefixes)) / total


def passage_view(hit: Hit, pairs: Pairs | None) -> str:
    """What a passage is read as: its section path and its body, and for an English question also their English
    rendering. An action of the plan is one line ("Fuarlara katılım"); what it is about is in the titles above it."""
    head, _, body = hit.text.partition("\n")
    if not body:
        head, body = "", head
    if pairs is None:
        return f"{head} {body}"
    titles = " ".join(f"{en or ''} {tr}" for title in heading_titles(head) for tr, en in pairs(title))
    return titles + " " + " ".join(f"{en or ''} {tr}" for tr, en in pairs(body))


def cover_of(vocabulary: Vocabulary, words: Iterable[str], pairs: Pairs | None = None) -> Callable[[Hit], float]:
    """hit -> its cover of the question's `words` (`Vocabulary.share` over `passage_view`)."""
    words = frozenset(words)
    return lambda hit: vocabulary.share(words, passage_view(hit, pairs))


# A sibling of the answered section (another URGE line beside the one whose figures were asked) is named by the
# question when this share of the words its title has and the answered sections' titles lack is in the question.
NAMED_SHARE = 0.5


def names(vocabulary: Vocabulary, words: Iterable[str], title: str, cited_titles: Iterable[str]) -> bool:
    """Does the question name a section by the words of its title that set it apart from the cited ones?

    "Is the rate for individual consultancy the same as for the training programmes?" names the training line
    beside the consultancy one it was answered from; "what share of training costs is covered per project?"
    does not name "Proje Bazlı Bireysel Danışmanlık" for its "proje": a common word weighs little.
    """
    cited = word_prefixes(" ".join(cited_titles))  # words only: "ve/veya", "and/or" are one token, no name
    own = {t for t in tokenize_tr(title) if len(t) > 2 and t.isalpha() and t not in EXCERPT_STOP and t[:5] not in cited}
    asked = word_prefixes(" ".join(words))
    total = sum(vocabulary.weight(w) for w in own)
    return bool(total) and sum(vocabulary.weight(w) for w in own if has_word(w, asked)) >= NAMED_SHARE * total
