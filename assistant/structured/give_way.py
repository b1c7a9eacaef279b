"""When an inventory answer gives way to the passages: the rows are only a side detail of the question.

The router sends a question to the inventory on its filters (province, stage, sector, names); the passages
retrieved afterwards can show that the question's own words are answered elsewhere in the report.
"""
from __future__ import annotations

from typing import Callable, Sequence

from assistant.question.analysis import Question
from core.answers import DirectAnswer, Hit
from core.normalize import fold_ascii, tokenize_folded

# Counts and shares over the clusters are the rows' to compute, whatever else the question says.
AGGREGATE_KINDS = frozenset({"count", "share"})
EVIDENCE_DEPTH = 10  # how many of the best passages the inventory's evidence is looked for in
# One left-over word is often the question's verb ("Which clusters deal with marble?"), not a topic.
MIN_UNEXPLAINED = 2


def rows_beside_the_point(direct: DirectAnswer, q: Question, hits: Sequence[Hit],
                          translate: Callable[[str], Sequence[str]] = lambda word: ()) -> bool:
    """Is an inventory answer only a side detail of the question? When the question has words of its own
    (`Question.topic`) and asks no count or share, and not one inventory row nor the annex is among the
    best passages, retrieval found the question's words in the report's text: "What is still missing in
    about half of the start-stage clusters?" names a stage (a filter), but 4.2 E answers it, not the list
    of 18 rows. Measured on the dev halves' answerable inventory-routed questions: of the 18 whose gold is
    not EK 2, 15 have no EK 2 passage in the top 10; of the 58 whose gold is EK 2, 7 have none, and those
    ask a count, have no words of their own, or were found by their name words (the checks below).
    """
    if direct.kind != "inventory" or not q.topic or q.wants in AGGREGATE_KINDS or not hits:
        return False
    # rows found by the question's own words answer it: the name words the lookup used ("gold and silver
    # work": row 165), or words the rows' names print, as typed or through the glossary; it is beside the
    # point when at least two of its words and more than half are left ("a cluster that helped its
    # subcontractors qualify as suppliers to a car maker": row names hold only "maker")
    names = {w[:5] for c in direct.citations for w in tokenize_folded(fold_ascii(c.section_title))}
    matched = {fold_ascii(w)[:5] for w in direct.matched}
    own = list(dict.fromkeys(q.topic))
    unexplained = [w for w in own if not (w[:5] in matched or w[:5] in names
                                          or {fold_ascii(t)[:5] for t in translate(w)} & names)]
    if len(unexplained) < MIN_UNEXPLAINED or len(unexplained) * 2 <= len(own):
        return False
    return not any(h.section_id.startswith("EK2") for h in hits[:EVIDENCE_DEPTH])
