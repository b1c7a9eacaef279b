"""The one typed result of the refusal stage: what kind of thing the report does not say, about what."""
from __future__ import annotations

from dataclasses import dataclass

from core.messages import say

# kind -> message key of assistant.messages
KINDS = {
    "later_year": "r_later_year", "actual_year": "r_actual_year", "present": "r_present",
    "other_country": "r_other_country", "off_topic": "r_off_topic", "general_knowledge": "r_general_knowledge",
    "unknown_name": "r_unknown_name", "fact_absent": "r_fact_absent", "no_such_code": "r_no_such_code",
    "no_such_line": "r_no_such_line", "no_aggregate": "r_no_aggregate", "not_a_question": "r_not_a_question",
    "no_passage": "r_no_passage", "opinion": "r_opinion", "task": "r_task", "personal": "r_personal",
}


@dataclass(frozen=True)
class Refusal:
    """`kind` is a key of KINDS; `subject` what it is about as the user typed it; `detail` a label (fact_absent)."""

    kind: str
    subject: str = ""
    detail: tuple[str, str] = ("", "")  # (Turkish, English), e.g. ("üye sayısı", "number of members")

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Refusal kind {self.kind!r} is not one of {sorted(KINDS)}")

    def reason(self, lang: str) -> str:
        detail = self.detail[0] if lang == "tr" else self.detail[1]
        return say(KINDS[self.kind], lang, subject=self.subject, detail=detail)
