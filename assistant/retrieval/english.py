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
from core.wordlists import frequent_words
# the view itself is built in ingestion, which embeds it (ingest/english_view.py); re-exported for the assistant
from ingest.english_view import english_document, english_heading, english_text, heading_titles, sentence_pairs

__all__ = ["english_analyzer", "english_document", "english_heading", "english_text", "heading_titles",
           "sentence_pairs", "ENGLISH_STOPWORDS"]

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
