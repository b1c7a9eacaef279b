"""The first answerer: the best passages, each with a numbered citation.

It needs no language model: it quotes the report. The frame around the
quotes (the lead line, "page") follows the question's language; the quotes
stay in Turkish.
"""
from __future__ import annotations

import re

from ingest.normalize import fold_ascii, tokenize_tr

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


_QUANTITY = re.compile(r"\b(kac|kaci|kacar|ne kadar|oran|orani|yuzde|yuzdesi|sayisi|how many|how much|what share|"
                       r"percentage|percent|share|number|rate|ceiling|limit|ust sinir|tutar|amount|budget|butce)\b")


def best_excerpt(text: str, question: str, max_chars: int = 420) -> str:
    """The run of sentences that shares most words with the question, at most `max_chars` long.

    A question about an amount ("kaç", "how many", "oran") prefers sentences with figures in them.
    """
    sentences = [s.strip() for s in _SENTENCES.split(text) if s.strip()]
    if not sentences:
        return ""
    wanted = {t for t in tokenize_tr(question) if len(t) > 2}
    wants_figures = bool(_QUANTITY.search(fold_ascii(question)))
    best, best_score = sentences[0], -1.0
    for i in range(len(sentences)):
        window = sentences[i]
        j = i + 1
        while j < len(sentences) and len(window) + len(sentences[j]) + 1 <= max_chars:
            window += " " + sentences[j]
            j += 1
        score = _overlap(wanted, window) + 0.5 * bool(_overlap(wanted, sentences[i])) - 0.001 * i
        if wants_figures:
            score += 0.5 * min(3, len(re.findall(r"\d", window)) // 2) / 3 + 0.5 * bool(re.search(r"\d", sentences[i]))
        if score > best_score:
            best, best_score = window, score
    return best if len(best) <= max_chars else best[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def cite(hits: list[Hit], question: str, limit: int, *, first_chars: int = 700, other_chars: int = 420) -> list[Citation]:
    """One citation per distinct section, in rank order, numbered from 1; the best one quoted at more length.

    `question` may carry glossary translations of an English question so excerpts match the Turkish text.
    """
    if limit <= 0:
        return []
    seen: set[str] = set()
    citations: list[Citation] = []
    for hit in hits:
        if hit.section_id in seen:
            continue
        seen.add(hit.section_id)
        size = first_chars if not citations else other_chars
        citations.append(Citation(len(citations) + 1, hit.section_id, hit.section_title, hit.kind, hit.source,
                                  hit.page, best_excerpt(hit.body, question, size), hit.path))
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
