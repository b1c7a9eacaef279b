"""The English side of retrieval: each chunk read through the unofficial English rendering, BM25 over it.

English words reached the Turkish text only through a 228-term glossary, so
everyday English ("trade show", "subcontractors", "raw materials") found
nothing. With the report rendered sentence by sentence (corpus/en), every
chunk has an English view; an English analyzer (lower case, ASCII, crude
Porter stems, stop words out) indexes it, and its ranking is fused
with the dense and Turkish lexical ones for English questions.
"""
from __future__ import annotations

import re
from typing import Callable

from assistant.retrieval.porter import porter_stem
from core.normalize import fold_ascii
from core.rendering import Rendering
from core.sentences import split_sentences
from core.wordlists import frequent_words

_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*|No \d+|ORA\s?\d|AA\d+|T\d+|E\d+)\.?\s+")
_TRAILING_CODE = re.compile(r"\s*\((?:ORA|Tablo)[^()]*\)\s*$")
ENGLISH_STOPWORDS = 150  # English's most frequent words ("the", "of", "which") match every chunk
_WORD = re.compile(r"[a-z0-9]+(?:[.&/-][a-z0-9]+)*")


def english_analyzer(stopwords: frozenset[str] | None = None) -> Callable[[str], list[str]]:
    """text -> terms for both sides of the English index: folded words, stop words out, stems added."""
    stop = frequent_words("en", ENGLISH_STOPWORDS) if stopwords is None else stopwords

    def analyze(text: str) -> list[str]:
        terms: list[str] = []
        for word in _WORD.findall(fold_ascii(text)):
            if word in stop or len(word) < 2:
                continue
            terms.append(word)
            terms.append("~" + porter_stem(word))
        return terms

    return analyze


def sentence_pairs(text: str, rendering: Rendering) -> list[tuple[str, str | None]]:
    """(Turkish sentence, its English or None) for each sentence of a chunk body, paragraph by paragraph.

    Paragraphs are split the way core.sentences splits a section, so the keys are those of corpus/en.
    """
    pairs = []
    for paragraph in text.split("\n\n"):
        for sentence in split_sentences(paragraph):
            pairs.append((sentence, rendering.english(sentence) or rendering.english_of_part(sentence)))
    return pairs


def english_text(text: str, rendering: Rendering) -> str:
    """The English view of a text: rendered sentences in English, the others as printed."""
    return " ".join(en or tr for tr, en in sentence_pairs(text, rendering))


def heading_titles(header: str) -> list[str]:
    """The titles of a chunk's section-path line as the rendering keys them ("E2 Fuarlara katılım" -> "Fuarlara katılım").

    Why: the path line names the section ("URGE", "Participation in trade fairs", "SPRINT - Romania"), the
    best words a chunk has, but it is printed with its outline number or plan code in front, and the
    rendering has the bare title. The code itself stays searchable through the chunk's metadata.
    """
    titles = []
    for part in header.split(" › "):
        title = _TRAILING_CODE.sub("", _NUMBERING.sub("", part.strip(), count=1))
        if title:
            titles.append(title)
    return titles


def english_heading(header: str, rendering: Rendering) -> str:
    """The English of a section-path line, title by title (an unrendered title stays as printed)."""
    return " › ".join(english_text(title, rendering) for title in heading_titles(header))
