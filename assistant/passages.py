"""The first answerer: the best passages, each with a numbered citation.

It needs no language model: it quotes the report. The frame around the
quotes (the lead line, "page") follows the question's language; the quotes
stay in Turkish.
"""
from __future__ import annotations

import re

from ingest.normalize import tokenize_tr

from .records import Citation, Hit

LEAD = {
    "tr": "Raporun bu soruyla en ilgili bölümleri:",
    "en": "The most relevant passages of the report (quoted in Turkish):",
}
NOTHING = {
    "tr": "Raporda bu soruyu destekleyen bir bölüm bulunamadı.",
    "en": "The report has no passage that supports an answer to this question.",
}
PAGE = {"tr": "s.", "en": "p."}
_SENTENCES = re.compile(r"(?<=[.!?;:])\s+|\n+")


def _overlap(wanted: set[str], text: str) -> int:
    """How many question words (compared by their first five letters) the text contains."""
    tokens = set(tokenize_tr(text))
    return sum(1 for w in wanted if any(t.startswith(w[:5]) for t in tokens))


def best_excerpt(text: str, question: str, max_chars: int = 420) -> str:
    """The run of sentences that shares most words with the question, at most `max_chars` long."""
    sentences = [s.strip() for s in _SENTENCES.split(text) if s.strip()]
    if not sentences:
        return ""
    wanted = {t for t in tokenize_tr(question) if len(t) > 2}
    best, best_score = sentences[0], -1.0
    for i in range(len(sentences)):
        window = sentences[i]
        j = i + 1
        while j < len(sentences) and len(window) + len(sentences[j]) + 1 <= max_chars:
            window += " " + sentences[j]
            j += 1
        score = _overlap(wanted, window) + 0.5 * bool(_overlap(wanted, sentences[i])) - 0.001 * i
        if score > best_score:
            best, best_score = window, score
    return best if len(best) <= max_chars else best[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def cite(hits: list[Hit], question: str, limit: int) -> list[Citation]:
    """One citation per distinct section, in rank order, numbered from 1."""
    seen: set[str] = set()
    citations: list[Citation] = []
    for hit in hits:
        if hit.section_id in seen:
            continue
        seen.add(hit.section_id)
        citations.append(Citation(len(citations) + 1, hit.section_id, hit.section_title, hit.kind, hit.source,
                                  hit.page, best_excerpt(hit.body, question), hit.path))
        if len(citations) >= limit:
            break
    return citations


def compose(citations: list[Citation], lang: str) -> str:
    if not citations:
        return NOTHING[lang]
    lines = [LEAD[lang]]
    for c in citations:
        where = f"{c.section_id} {c.section_title}"
        page = f", {PAGE[lang]} {c.page}" if c.page else ""
        lines.append(f"[{c.n}] {where}{page}: «{c.text}»")
    return "\n".join(lines)
