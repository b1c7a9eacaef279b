"""The first answerer: the best passages, each with a numbered citation.

It needs no language model: it quotes the report. The frame around the
quotes (the lead line, "page") follows the question's language; the quotes
stay in Turkish.

Each citation carries `start`/`end`: where its quote sits in the text of its
section as `CorpusIndex.section_text` returns it (the text the sources panel
shows). They come from the sentences the excerpt was chosen from, not from
searching the quote afterwards, so the panel highlights exactly what was
quoted; `quote_parts` is the check the panel applies before it highlights.
"""
from __future__ import annotations

from typing import Callable

from core.normalize import fold_ascii

from core.answers import Citation, Hit

from assistant.compose.quotes import Located, offsets_in, quote_parts, run_span, section_span
from assistant.compose.runs import (INTRODUCED_CHARS, SECOND_CHARS, best_window, clip, counted_words,
                                    evidence_for, overlap, pieces, question_words, subject_weights, toward)

from core.messages import say


def best_excerpt(text: str, question: str, max_chars: int = 420, second_chars: int = 0, context: str = "") -> str:
    """The run of sentences that shares most words with the question, at most `max_chars` long.

    A question about an amount ("kaç", "how many", "oran") prefers sentences with figures in them.
    With `second_chars`, a question that asks two things ("kaç şirket ... ve hangi proje") also gets
    the next best run, if it has question words the first one lacks, joined by " … " in text order:
    a long case study rarely answers both halves in one place. The second run is looked for in
    `context` (the whole section) when given, since the other half is often in another chunk.
    """
    return _excerpt(text, question, max_chars, second_chars, context)[0]


def _excerpt(text: str, question: str, max_chars: int, second_chars: int, context: str,
             favoured: frozenset[str] = frozenset(), title: str = "") -> tuple[str, Located]:
    """`best_excerpt` and where its parts are: offsets in `text` or in `context`, in the order shown."""
    found = pieces(text)
    sentences, offsets = [p for p, _ in found], [o for _, o in found]
    if not sentences:
        return "", []
    wanted = question_words(question, context or text)
    evidence = evidence_for(fold_ascii(question))
    weights, about = subject_weights(sentences, wanted, title)
    first = best_window(sentences, weights, evidence, max_chars, _opening(sentences) if about else favoured,
                        counted=counted_words(fold_ascii(question)))
    excerpt = clip(first.text, max_chars + INTRODUCED_CHARS * first.extended)
    located: Located = [("text", run_span(sentences, offsets, first.start, first.stop, excerpt))]
    if not second_chars:
        return excerpt, located
    # the second run is for the question's other half, not for the section's subject the first one lacks
    missing = {w for w in wanted if not overlap({w}, first.text) and not overlap({w}, title)}
    if not missing:
        return excerpt, located
    if context:
        found_ctx = pieces(context)
        pool, pool_offsets, source = [p for p, _ in found_ctx], [o for _, o in found_ctx], "context"
    else:
        pool, pool_offsets, source = sentences, offsets, "text"
    quoted = set(sentences[first.start:first.stop])
    # sentences already quoted are blanked, so the second run neither repeats nor spans them
    # scored like the first run (all question words, figures for amounts), taken only if it adds a missing word
    blanked = ["" if s in quoted else s for s in pool]
    second = best_window(blanked, toward(missing, subject_weights(blanked, wanted, title)[0]), evidence, second_chars,
                         counted=counted_words(fold_ascii(question)))
    if second is None or overlap(missing, second.text) == 0:
        return excerpt, located
    first_at = next((i for i, s in enumerate(pool) if s in quoted), first.start)
    shown = clip(second.text, second_chars)
    parts = [(excerpt, located[0]), (shown, (source, run_span(pool, pool_offsets, second.start, second.stop, shown)))]
    parts = parts if first_at < second.start else parts[::-1]
    return " … ".join(p for p, _ in parts), [where for _, where in parts]


Pairs = Callable[[str], list[tuple[str, "str | None"]]]


def bilingual_excerpt(pairs: list[tuple[str, str | None]], question: str, max_chars: int = 420,
                      second_chars: int = 0, context: list[tuple[str, str | None]] | None = None) -> tuple[str, str]:
    """(Turkish excerpt, English excerpt) of the same sentences, chosen on both languages at once.

    An English question's words meet the English rendering, its glossary terms the Turkish text: each
    sentence is scored on "English + Turkish", so either side can carry the match. The window is measured
    in Turkish characters (the quoted original); a sentence with no rendering shows in Turkish on both sides.
    """
    tr, en, _ = _bilingual(pairs, question, max_chars, second_chars, context)
    return tr, en


Chosen = list[tuple[str, list[int], str]]  # ("text" | "context", sentence indices, Turkish text shown) per part


def _opening(sentences: list[str]) -> frozenset[str]:
    """The section's first sentence, favoured for a question about the section's subject only (`subject_weights`):
    a case study opens with what it is, its size and its figures."""
    return frozenset(sentences[:1])


def _bilingual(pairs, question, max_chars, second_chars, context, favoured=frozenset(), title="") -> tuple[str, str, Chosen]:
    """`bilingual_excerpt` and which sentences each part quotes (indices into `pairs` or `context`)."""
    if not pairs:
        return "", "", []
    scoring = [f"{en or ''} {tr}" for tr, en in pairs]
    wanted = question_words(question, " ".join(tr for tr, _ in (context or pairs)))
    evidence = evidence_for(fold_ascii(question))
    weights, about = subject_weights(scoring, wanted, title)
    first = best_window(scoring, weights, evidence, max_chars * 2, _opening(scoring) if about else favoured,
                        2 * INTRODUCED_CHARS, counted=counted_words(fold_ascii(question)))
    if first is None:
        return "", "", []
    chosen = list(range(first.start, first.stop))
    cap = max_chars + (INTRODUCED_CHARS if first.extended else 0)
    while len(chosen) > 1 and sum(len(pairs[i][0]) + 1 for i in chosen) > cap:
        chosen.pop()
        cap = max_chars
    pool = context or pairs
    missing = {w for w in wanted if not overlap({w}, " ".join(scoring[i] for i in chosen)) and not overlap({w}, title)}
    if second_chars and missing:
        quoted = {pairs[i][0] for i in chosen}
        pool_scoring = ["" if tr in quoted else f"{en or ''} {tr}" for tr, en in pool]
        second = best_window(pool_scoring, toward(missing, subject_weights(pool_scoring, wanted, title)[0]), evidence,
                              second_chars * 2, counted=counted_words(fold_ascii(question)))
        if second is not None and overlap(missing, second.text):
            rest = [i for i in range(second.start, second.stop)]
            while len(rest) > 1 and sum(len(pool[i][0]) + 1 for i in rest) > second_chars:
                rest.pop()
            tr2 = clip(" ".join(pool[i][0] for i in rest), second_chars)
            en2 = " ".join(pool[i][1] or pool[i][0] for i in rest)
            tr1 = clip(" ".join(pairs[i][0] for i in chosen), cap)
            en1 = " ".join(pairs[i][1] or pairs[i][0] for i in chosen)
            return (f"{tr1} … {tr2}", f"{en1} … {en2}",
                    [("text", chosen, tr1), ("context" if context else "text", rest, tr2)])
    tr = clip(" ".join(pairs[i][0] for i in chosen), cap)
    en = " ".join(pairs[i][1] or pairs[i][0] for i in chosen)
    return tr, en, [("text", chosen, tr)]


def cite(hits: list[Hit], question: str, limit: int, *, first_chars: int = 700, other_chars: int = 420,
         second_chars: int = SECOND_CHARS, section_text: Callable[[str], str] | None = None,
         pairs: Pairs | None = None) -> list[Citation]:
    """One citation per distinct section, in rank order, numbered from 1; the best one quoted at more length.

    `question` may carry glossary translations of an English question so excerpts match the Turkish text.
    With `section_text` (section id -> its whole text), the best passage is quoted from its whole
    section, not only the chunk that ranked: a case study's figures are often in its other chunks.
    It also gives every citation its `start`/`end` in that text (the quoted sentences' offsets, checked by
    `quote_parts`), which the sources panel highlights; without it they stay None.
    """
    if limit <= 0:
        return []
    seen: set[str] = set()
    citations: list[Citation] = []
    for hit in hits:
        if hit.section_id in seen:
            continue
        seen.add(hit.section_id)
        size, second = (first_chars, second_chars) if not citations else (other_chars, 0)
        whole = section_text(hit.section_id) if section_text else ""
        # the best passage is chosen from its whole section: the ranked chunk found the section, but the
        # sentence that answers is often in another of its chunks (a case study's figures, a list's end)
        body = whole if whole and not citations and hit.body in whole else hit.body
        context = ""
        if pairs is not None:
            body_pairs, context_pairs = pairs(body), (pairs(context) if context else None)
            favoured = frozenset(f"{en or ''} {tr}" for tr, en in pairs(hit.body)) if body is not hit.body else frozenset()
            title = " ".join(f"{tr} {en or ''}" for tr, en in pairs(hit.section_title)) if hit.section_title else ""
            tr, en, chosen = _bilingual(body_pairs, question, size, second, context_pairs, favoured, title)
            located: Located = []
            for source, indices, shown in chosen:
                sentences = [p[0] for p in (context_pairs if source == "context" else body_pairs)]
                offsets = offsets_in(context if source == "context" else body, sentences)
                located.append((source, run_span([sentences[i] for i in indices],
                                              [offsets[i] for i in indices] if offsets else None,
                                              0, len(indices), shown)))
            text, text_en = tr, (en if en != tr else "")
        else:
            favoured = frozenset(p for p, _ in pieces(hit.body)) if body is not hit.body else frozenset()
            text, located = _excerpt(body, question, size, second, context, favoured, hit.section_title or "")
            text_en = ""
        start, end = section_span(located, body, whole)
        if start is not None and not quote_parts(text, whole, start, end):
            start = end = None  # never hand the panel offsets that do not hold the quote
        citations.append(Citation(len(citations) + 1, hit.section_id, hit.section_title, hit.kind, hit.source,
                                  hit.page, text, hit.path, text_en=text_en, start=start, end=end))
        if len(citations) >= limit:
            break
    return citations


def compose(citations: list[Citation], lang: str, titles: Callable[[str, str], str] | None = None) -> str:
    """The quotes, numbered. English answers quote the unofficial English rendering where there is one
    (`text_en`; the Turkish original stays in the citation) and show section titles in English (`titles`)."""
    if not citations:
        return say("nothing", lang)
    english = lang == "en" and any(c.text_en for c in citations)
    lines = [say("passages" if english or lang == "tr" else "passages_tr_only", lang)]
    for c in citations:
        title = titles(c.section_title, lang) if titles else c.section_title
        where = f"{c.section_id} {title}"
        page = f", {say('page', lang)} {c.page}" if c.page else ""
        text = c.text_en if english and c.text_en else c.text
        lines.append(f"[{c.n}] {where}{page}: «{text}»")
    return "\n".join(lines)
