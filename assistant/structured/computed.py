"""Answers computed from the report's records: URGE reimbursements and totals, sums over its tables.

Filled in by the calculator work (see the issue "Answer the question that was asked", item 4).
"""
from __future__ import annotations


def answer_computed(q, slots, knowledge):
    """A computed DirectAnswer for the question, or None when nothing is to be computed."""
    return None
