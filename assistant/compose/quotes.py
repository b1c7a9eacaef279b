"""Where a quote sits in its section's text: the offsets a citation carries, and the check of them.

The sources panel shows a quote inside its section (`CorpusIndex.section_text`)
and must highlight exactly what was quoted or say it could not: guessing by
searching would highlight another occurrence, or text that only looks alike.
So the offsets are computed where the quote is chosen (assistant.compose.passages,
from the sentences it joined), and `quote_parts` checks them against the text
the panel has, which may have changed since (a re-built store, an old answer).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

Span = tuple[int, int]
Located = list[tuple[str, "Span | None"]]  # ("text" | "context", offsets in that string) per quoted part


def offsets_in(text: str, sentences: list[str]) -> list[Span] | None:
    """Offsets of `sentences`, substrings of `text` in order (split by any splitter that drops only white
    space between them), found one after another; None when one is not there."""
    out, cursor = [], 0
    for sentence in sentences:
        at = text.find(sentence, cursor)
        if at < 0:
            return None
        out.append((at, at + len(sentence)))
        cursor = at + len(sentence)
    return out


def run_span(sentences: list[str], offsets: list[Span] | None, i: int, j: int, shown: str) -> Span | None:
    """Offsets of sentences i..j-1 as quoted: `shown` is their " "-joined text, perhaps clipped with "…"."""
    if offsets is None or j <= i:
        return None
    start, end = offsets[i][0], offsets[j - 1][1]
    joined = " ".join(sentences[i:j])
    if shown != joined and shown.endswith("…"):  # _clip cut it: the quote ends inside one of the sentences
        remaining = len(shown) - 1
        for k in range(i, j):
            if remaining <= len(sentences[k]):
                end = offsets[k][0] + remaining
                break
            remaining -= len(sentences[k]) + 1
    return start, end


_GAP = r"(?:\s+[•▪●◦])?\s+"  # white space between two quoted words; a list's bullet may stand in it


def _words(part: str) -> re.Pattern | None:
    """The part's words in order, any white space (and a list bullet, which a quote joins away) between."""
    words = part.split()
    return re.compile(_GAP.join(map(re.escape, words))) if words else None


def _part_options(quote: str) -> list[list[str]]:
    """The parts of a quote (" … " joins two runs), each with its variants: as shown, and without the "…"
    that marks a clipped run."""
    out = []
    for part in quote.split(" … "):
        part = part.strip()
        if part:
            out.append([part] + ([part[:-1].rstrip()] if part.endswith("…") and len(part) > 1 else []))
    return out


def quote_parts(quote: str, section: str, start: int | None, end: int | None) -> list[Span] | None:
    """The spans of the quote's parts inside section[start:end], or None when the offsets do not hold it.

    The range must begin with one part and end with another (white space may differ: quotes join
    sentences with one space); nothing outside the parts is highlighted. Offsets that do not match (a
    store re-built since, an old answer) give None, and the panel says the quote was not located.
    """
    if start is None or end is None or not (0 <= start < end <= len(section)) or not quote.strip():
        return None
    window = section[start:end]
    spans = []
    for options in _part_options(quote):
        for option in options:
            pattern = _words(option)
            m = pattern.search(window) if pattern else None
            if m:
                spans.append((start + m.start(), start + m.end()))
                break
        else:
            return None
    if not spans or min(a for a, _ in spans) != start or max(b for _, b in spans) != end:
        return None
    return sorted(spans)


def locate_quote(quote: str, section: str) -> Span | None:
    """(start, end) of a quote found in its section by its words (for citations not chosen from sentences
    here: a structured answer's). Every part must be found; None otherwise."""
    spans = []
    for options in _part_options(quote):
        for option in options:
            pattern = _words(option)
            m = pattern.search(section) if pattern else None
            if m:
                spans.append(m.span())
                break
        else:
            return None
    if not spans:
        return None
    found = (min(a for a, _ in spans), max(b for _, b in spans))
    return found if quote_parts(quote, section, *found) else None


def with_offsets(citations, section_text: Callable[[str], str] | None):
    """Citations with `start`/`end` filled where they are missing and the quote is in its section.

    Inventory rows are printed otherwise than in their section (the panel shows the row's whole section).
    """
    if section_text is None:
        return list(citations)
    out = []
    for c in citations:
        if c.start is None and c.kind != "inventory" and c.text:
            found = locate_quote(c.text, section_text(c.section_id) or "")
            if found:
                c = replace(c, start=found[0], end=found[1])
        out.append(c)
    return out


def section_span(located: Located, body: str, section: str) -> tuple[int | None, int | None]:
    """The quote's (start, end) in its section text from where its parts are in the chunk body
    ("text") or in the section itself ("context"); (None, None) when a part has no offsets."""
    body_at = section.find(body) if section and body else -1
    spans = []
    for source, span in located:
        if span is None or (source == "text" and body_at < 0):
            return None, None
        shift = body_at if source == "text" else 0
        spans.append((span[0] + shift, span[1] + shift))
    if not spans:
        return None, None
    return min(a for a, _ in spans), max(b for _, b in spans)


