"""Follow-up questions: "peki Konya'da?", "and which of them are in textiles?".

A follow-up only makes sense with the turn before it, so its retrieval text
is the previous user question plus this one, and structured filters
(province, stage, sector…) are carried over unless the new question names
its own. Only user turns are needed, so the same code serves the CLI chat,
the UI and evaluation sets whose `history` lists earlier questions.
"""
from __future__ import annotations

import re

from core.lexicon import FOLLOWUP_CONTAINS, FOLLOWUP_STARTS
from core.normalize import fold_ascii


def is_followup(question: str) -> bool:
    folded = " " + fold_ascii(question).strip() + " "
    stripped = folded.strip()
    if stripped.startswith(FOLLOWUP_STARTS) or any(c in folded for c in FOLLOWUP_CONTAINS):
        return True
    return len(re.findall(r"\w+", stripped)) <= 2


def retrieval_text(question: str, history: list[str] | tuple[str, ...]) -> str:
    """What to search for: the question, or for a follow-up the previous question plus it."""
    if not history or not is_followup(question):
        return question
    return f"{history[-1]} {question}"
