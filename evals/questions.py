"""Question sets: JSONL lines read and checked into `Question` records, and a spread-out subset of them.

A question set is one JSON object per line (`evals/sets/*.jsonl`). A bad
line is reported with its line number and skipped rather than failing the
whole set: one typo must not hide the scores of the other hundred. Only a
set that cannot be used at all (missing, unreadable) is a `QuestionSetError`.
Lines are split on "\n" alone, so a U+2028 inside a JSON string does not
shift the line numbers a user is told.

Two optional fields are read as well (evals/README.md): `computed` (true when
the facts may be numbers derived from the report rather than printed in it)
and `kind` (a short label, e.g. the kind of a refusal). Other keys are ignored.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

CATEGORIES = ("urge", "action_plan", "stages_survey", "statistics", "case_study", "inventory", "project",
              "followup", "refusal")
LANGS = ("tr", "en")


class QuestionSetError(Exception):
    """The question set cannot be used at all (missing file, no valid line); the message says why."""


class Turn(NamedTuple):
    role: str
    content: str


@dataclass(frozen=True)
class Question:
    id: str
    lang: str
    category: str
    question: str
    sections: tuple[str, ...]
    facts: tuple[tuple[str, ...], ...]
    refuse: bool
    history: tuple[Turn, ...] = ()
    computed: bool = False
    kind: str = ""
    split: str = ""  # a set's own halves ("dev" / "check" in probe2-refusal); `kume eval --split` picks one


class LineError(NamedTuple):
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _strings(value, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{what} must be a list of non-empty strings")
    return tuple(value)


def parse_question(obj) -> Question:
    """One question-set record -> Question; ValueError says what is wrong with it."""
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    for key in ("id", "lang", "category", "question"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise ValueError(f"'{key}' must be a non-empty string")
    if obj["lang"] not in LANGS:
        raise ValueError(f"'lang' must be one of {', '.join(LANGS)}, got {obj['lang']!r}")
    if not isinstance(obj.get("refuse", False), bool):
        raise ValueError("'refuse' must be true or false")
    if not isinstance(obj.get("computed", False), bool):
        raise ValueError("'computed' must be true or false")
    if not isinstance(obj.get("kind", ""), str):
        raise ValueError("'kind' must be a string")
    if not isinstance(obj.get("split", ""), str):
        raise ValueError("'split' must be a string")
    facts = obj.get("facts", [])
    if not isinstance(facts, list):
        raise ValueError("'facts' must be a list of lists of accepted alternatives")
    history = obj.get("history") or []
    if not isinstance(history, list) or not all(
            isinstance(t, dict) and isinstance(t.get("content"), str) for t in history):
        raise ValueError("'history' must be a list of {\"role\", \"content\"} objects")
    return Question(
        id=obj["id"], lang=obj["lang"], category=obj["category"], question=obj["question"],
        sections=_strings(obj.get("sections", []), "'sections'"),
        facts=tuple(_strings([f] if isinstance(f, str) else f, "each fact") for f in facts),
        refuse=obj.get("refuse", False),
        history=tuple(Turn(str(t.get("role", "user")), t["content"]) for t in history),
        computed=obj.get("computed", False),
        kind=obj.get("kind", "").strip(),
        split=obj.get("split", "").strip(),
    )


def load_question_set(path: Path | str) -> tuple[tuple[Question, ...], tuple[LineError, ...]]:
    """Valid questions and the line errors of the others (blank lines are not errors)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise QuestionSetError(f"question set '{path}' does not exist") from None
    except OSError as exc:
        raise QuestionSetError(f"cannot read question set '{path}': {exc}") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    questions: list[Question] = []
    errors: list[LineError] = []
    seen: set[str] = set()
    # Split on "\n" only: str.splitlines() would also cut at U+2028 etc., legal inside JSON strings.
    for number, raw_line in enumerate(raw.split(b"\n"), start=1):
        try:
            line = raw_line.rstrip(b"\r").decode("utf-8")
        except UnicodeDecodeError:
            errors.append(LineError(number, "not UTF-8 text"))
            continue
        if not line.strip():
            continue
        try:
            question = parse_question(json.loads(line))
            if question.id in seen:
                raise ValueError(f"duplicate id {question.id!r}")
        except json.JSONDecodeError as exc:
            errors.append(LineError(number, f"not valid JSON ({exc.msg})"))
        except ValueError as exc:
            errors.append(LineError(number, str(exc)))
        else:
            seen.add(question.id)
            questions.append(question)
    return tuple(questions), tuple(errors)


def stratified_subset(questions: Sequence[Question], n: int) -> tuple[Question, ...]:
    """n questions taken round-robin over (category, language) buckets, returned in set order."""
    buckets: dict[tuple[str, str], list[Question]] = {}
    for q in questions:
        buckets.setdefault((q.category, q.lang), []).append(q)
    turn = {q.id: i for bucket in buckets.values() for i, q in enumerate(bucket)}
    chosen = {q.id for q in sorted(questions, key=lambda q: turn[q.id])[:n]}
    return tuple(q for q in questions if q.id in chosen)
