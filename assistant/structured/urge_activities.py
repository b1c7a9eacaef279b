"""URGE lines named by what the user will do: the activities the report lists for each per-programme line.

Users name the trade fair they will visit, not "yurt dışı pazarlama programı"; the report lists what each
programme line pays for ("ortak pazar araştırmaları, pazar ziyaretleri, … yurt dışı fuar ziyaretleri,
eşleştirme vb organizasyonlar"), read at ingest into `SupportLine.topics`. A question's words, with their
Turkish through the glossary for English, that meet one line's own activity words name that line. Used by
`assistant.structured.calculator.asked_lines`, only in an URGE context.
"""
from __future__ import annotations

from assistant.structured.quantities import words

COMMON_SHARE = 0.07  # a stem in more sections than this names no URGE line (fuar: 2 of 159; küme: 83)


def activity_words(support, common: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Each programme line's own activity words, read from the programmes it lists ("yurt dışı fuar
    ziyaretleri", "ticaret heyetleri"): five-letter stems no other line lists, minus `common` (the report's
    everyday words: "küme", "faaliyet", "pazar" are in every other section and name no line).

    Only lines paid per programme list activities; the training line's list is of subjects
    ("süreç iyileştirme", "bilgi ve iletişim teknolojileri"), which name what is taught, not a line.
    """
    stems = {line.key: frozenset(w[:5] for quote in line.topics for w in words(quote.text) if len(w) >= 4)
             for line in support.lines if line.basis == "programme"}
    return {key: frozenset(s for s in own if s not in common
                           and not any(s in other for k, other in stems.items() if k != key))
            for key, own in stems.items()}


_COMMON: dict[int, tuple[object, frozenset[str]]] = {}


def common_stems(index) -> frozenset[str]:
    """Five-letter stems in more than COMMON_SHARE of the report's narrative sections (cached per index)."""
    cached = _COMMON.get(id(index))
    if cached is None or cached[0] is not index:
        sections = [sid for sid in index.sections if not sid.startswith("EK2.")]
        df: dict[str, int] = {}
        for sid in sections:
            for stem in {w[:5] for w in words(index.section_text(sid))}:
                df[stem] = df.get(stem, 0) + 1
        limit = COMMON_SHARE * len(sections)
        if len(_COMMON) > 3:
            _COMMON.clear()
        cached = _COMMON[id(index)] = (index, frozenset(s for s, n in df.items() if n > limit))
    return cached[1]


def line_by_activity(text: str, support, glossary=None, common: frozenset[str] = frozenset()) -> str | None:
    """The one line whose listed activities the question names ("three trips to trade shows abroad" ->
    the foreign marketing line, whose programmes include "yurt dışı fuar ziyaretleri"), else None.

    Why: users name what they will do, not the line's title; the report lists what each line pays for, and
    the glossary carries English words to those Turkish ones. Asked only in an URGE context.
    """
    expanded = glossary.expand(text).text if glossary is not None else text
    said = [w for w in words(expanded) if len(w) >= 4]
    # a stem shorter than five letters is a whole word ("fuar"): its inflections ("fuara") start with it
    hits = [key for key, own in activity_words(support, common).items()
            if any(w[:5] in own or any(len(s) < 5 and w.startswith(s) for s in own) for w in said)]
    return hits[0] if len(hits) == 1 else None


def activity_mention(items, support, glossary=None, common: frozenset[str] = frozenset(),
                     skip: frozenset[int] = frozenset()) -> tuple[str, int] | None:
    """(line, index of the first word) of the one programme line whose listed activities the words `items`
    name, words at `skip` (already another line's name) aside; None when no line or more than one is named.

    Why: a question may name one line by its title and another by what the user will do ("two trade fair
    visits … and one buyer mission"), and each typed cost belongs to the line mentioned before it.
    """
    own = activity_words(support, common)
    found: dict[str, int] = {}
    for i, word in enumerate(items):
        if i in skip or len(word) < 4:
            continue
        said = [w for w in words(glossary.expand(word).text if glossary is not None else word) if len(w) >= 4]
        for key, stems in own.items():
            if key not in found and any(w[:5] in stems or any(len(s) < 5 and w.startswith(s) for s in stems)
                                        for w in said):
                found[key] = i
    return next(iter(found.items())) if len(found) == 1 else None
