"""Each chunk read through the unofficial English rendering (corpus/en): the text both English rankers use.

Why here, in ingestion: the English view is embedded once at ingest (the English dense list,
assistant/retrieval/fusion.py) and indexed by BM25 at start (assistant/retrieval/english.py); both must read
the same text, and ingestion may not import the assistant. A chunk has an English view only when some
sentence of its body has a rendering: a rendered section path alone (every EK 2 row carries "EK 2 Cluster
Inventory") says nothing of the chunk, and a user-added document has no rendering at all.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterable, Mapping

from core.rendering import Rendering
from core.sentences import split_sentences

REPO_CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*|No \d+|ORA\s?\d|AA\d+|T\d+|E\d+)\.?\s+")
_TRAILING_CODE = re.compile(r"\s*\((?:ORA|Tablo)[^()]*\)\s*$")


def rendering_dir(corpus_dir: Path) -> Path:
    """The rendering a corpus is read with: its own `en/`, else the repository's (as assistant.knowledge reads it)."""
    own = Path(corpus_dir) / "en"
    return own if own.is_dir() else REPO_CORPUS / "en"


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


def english_document(text: str, english_view: Callable[[str], str]) -> str:
    """A chunk's English view: its section path title by title, then its body.

    The path line ("2 URGE › 2.1 Proje Bazlı Eğitim…") names what the chunk is about in the words questions
    use ("URGE", "trade fairs"); the body alone loses them for every chunk after a section's first.
    """
    head, _, rest = text.partition("\n")
    if not rest:
        return english_view(head)
    return " › ".join(english_view(title) for title in heading_titles(head)) + "\n" + english_view(rest)


def is_rendered(text: str, rendering: Rendering) -> bool:
    """Whether a chunk's body (its text after the section-path line) has at least one rendered sentence."""
    head, _, rest = text.partition("\n")
    return any(en for _, en in sentence_pairs(rest or head, rendering))


def english_views(chunks: Iterable, rendering: Rendering) -> Mapping[str, str]:
    """chunk id -> English view, for the chunks that have one (`is_rendered`); what ingestion embeds."""
    if not rendering.by_key:
        return {}
    view = lambda t: english_text(t, rendering)  # noqa: E731
    return {c.chunk_id: english_document(c.text, view) for c in chunks if is_rendered(c.text, rendering)}
