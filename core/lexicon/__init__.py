"""The product's lexicons in one place: provinces, stages, sectors, countries, and what kind of answer is wanted.

Every word list that says how users name a thing lives here, so a word added
for one stage (slot extraction, refusal, routing) is known to all of them.
Keys are ASCII-folded (core.normalize.fold_ascii) unless a comment says otherwise.

One import place, several files: `core.lexicon` re-exports every name of its parts, split by the stage that
reads them — places.py (provinces, stages, sectors, countries), question.py (answer kinds, language,
follow-ups), refusal.py (the refusal stage's cues), compose.py (which sentence answers) and structured.py
(the structured answers' phrasing cues).
"""
from __future__ import annotations

from core.lexicon.places import (  # noqa: F401
    PROVINCES,
    PROVINCE_ALIASES,
    STAGE_WORDS,
    SECTOR_WORDS,
    SECTOR_PRODUCT_WORDS,
    COUNTRIES,
    CASE_STUDY_COUNTRIES,
)
from core.lexicon.question import (  # noqa: F401
    ANSWER_KINDS,
    FRAME_STEMS,
    LANGUAGE_WORDS_TR,
    LANGUAGE_WORDS_EN,
    FOLLOWUP_STARTS,
    FOLLOWUP_CONTAINS,
    STAGE_CONTEXT_WORDS,
    STAGE_GREATER_TR,
    STAGE_EXCEPT_TR,
    STAGE_GREATER_EN,
    REPORT_ACRONYMS,
)
from core.lexicon.refusal import (  # noqa: F401
    OPINION_CUES,
    PERSONAL_CUES,
    TASK_CUES,
    OFF_TOPIC,
    EVERYDAY_TOPIC_WORDS,
    UNTOUCHED_TOPIC_WORDS,
    TURKISH_SUFFIXES,
    turkish_stems,
    suffix_chain,
    SELF_CUE,
    SELF_WORD_STEMS,
    SUPPORT_OBJECT_CUE,
    URGE_FRAME_STEMS,
    DIRECTION_CUES,
    ACTUAL_CUES,
    PRESENT_CUES,
    TARGET_CUES,
    POLICY_CUES,
    COMPARISON_CUES,
    US_SPELLINGS,
    SCOPE_STOP_WORDS,
    DEFINITION_WORDS,
    NUMBERED_PROGRAMME_CUE,
    NAMED_NUMBER_CUE,
    MONTH_WORDS,
    GENERIC_NAME_WORDS,
    UNITS,
    NAME_CONNECTORS,
    HOME_COUNTRY_WORDS,
    FIGURE_CUE,
    FACT_ATTRIBUTES,
    COLLECTION_CUE,
    AGGREGATE_FAMILIES,
    AGGREGATE_CUE,
    COLLECTION_SECTIONS,
    QUANTITY_CUE,
    DATE_CUE,
    PRESENT_STATE_CUES,
    PRESENT_VALUE_CUES,
    PRESENT_VALUE_KINDS,
    ROLE_WORDS_EN,
    ROLE_WORDS_TR,
    ROLE_HOLDER_EN,
    ROLE_HOLDER_TR,
)
from core.lexicon.compose import (  # noqa: F401
    COUNTED_CUES,
    COUNTED_STOP,
    NUMBER_WORDS,
    EXCERPT_STOP,
    ANNOUNCES_CUE,
)
from core.lexicon.structured import (  # noqa: F401
    PLAN_NAME_CUE,
    PLAN_LEVEL_CUES,
    PLAN_FRAME_STEMS,
    PLAN_ORDINALS,
    APPROXIMATE_CUE,
    NEGATION_CUE,
    FIGURE_GENERIC_STEMS,
    APPLY_CUE,
    APPLY_FRAME_STEMS,
    TABLE1_AGENCY_CUE,
    TABLE1_RESPONSE_CUE,
    TABLE1_SUM_CUE,
    TABLE1_TOGETHER_CUE,
    TABLE1_MORE_LESS_CUE,
    TABLE1_MOST_CUE,
    TABLE1_FEWEST_CUE,
    TABLE1_COMPARISONS,
    SURVEY_FORM_CUE,
    FORM_ITEM_CUE,
    FORM_NUMBER_CUE,
)
