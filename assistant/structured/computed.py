"""Answers computed from the report's records: URGE reimbursements and totals, sums over its tables, criteria.

`assistant.structured.router.route` asks here first: a question that gives
something to compute (a cost, a number of programmes, a comparison over
Tablo 1) or asks for a stage's criteria has one exact answer in the records,
built from the same chunks the citations quote. Each answerer returns None
when the question is not its kind, and the router goes on as before.
"""
from __future__ import annotations

from assistant.structured.calculator import answer_calculation
from assistant.structured.criteria import answer_criteria
from assistant.structured.figures import answer_figure
from assistant.structured.survey_table import answer_table


def answer_computed(q, slots, knowledge):
    """A computed DirectAnswer for the question, or None when nothing is to be computed."""
    if knowledge is None or getattr(knowledge, "tables", None) is None:
        return None
    for answerer in (answer_calculation, answer_table, answer_criteria, answer_figure):
        answer = answerer(q, knowledge)
        if answer is not None:
            return answer
    return None
