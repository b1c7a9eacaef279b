"""The facts a question may ask of a thing the report names, and the figures it may ask over all clusters.

Each `Attribute` pairs how a question asks for a fact (a pattern on the folded question) with what a section
holding that fact looks like (a pattern on the folded section): answerability.py refuses when the sections
that mention the thing have no such evidence. The patterns are data of core/lexicon/ (FACT_ATTRIBUTES);
every one has a case in tests/assistant/refusal/test_answerability.py that fails without it.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from core.lexicon import AGGREGATE_CUE, AGGREGATE_FAMILIES, COLLECTION_CUE, COLLECTION_SECTIONS, FACT_ATTRIBUTES

__all__ = ["AGGREGATE", "ATTRIBUTES", "COLLECTION", "COLLECTION_SECTIONS", "FAMILIES", "Attribute"]


class Attribute(NamedTuple):
    key: str
    asked: re.Pattern       # on the folded question
    evidence: re.Pattern    # on a folded section that mentions the entity
    label: dict[str, str]


ATTRIBUTES = tuple(Attribute(key, re.compile(asked), re.compile(evidence), {"tr": tr, "en": en})
                   for key, asked, evidence, tr, en in FACT_ATTRIBUTES)

# The clusters as a whole, and a figure over them (COLLECTION_SECTIONS say where such figures are given).
COLLECTION = re.compile(COLLECTION_CUE)
AGGREGATE = re.compile(AGGREGATE_CUE)
# (how a question asks for a total or an average, what a sentence stating one says)
FAMILIES = tuple((re.compile(asked), re.compile(stated)) for asked, stated in AGGREGATE_FAMILIES)
