"""👍/👎 on answers: one JSON line per vote in `<store>/feedback.jsonl`, and a question set made of them.

A vote records the question, the conversation before it, the answer, its language, the cited sections,
the filters it was computed under and whether it was liked. `feedback_to_question_set(path)` turns the
votes into question-set lines in the `evals/README.md` format (what `kume eval` reads): a liked answer's
cited sections become the question's gold sections (a regression check); a disliked answer becomes a
question to look at, with the sections it wrongly cited kept under `disliked_sections` for the reviewer.
"""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path

_LOCK = threading.Lock()
FILE_NAME = "feedback.jsonl"


def record(path: Path, *, question: str, answer: str, lang: str, liked: bool, sections: list[str],
           history: list[str] | None = None, filters: dict | None = None, refused: bool = False) -> dict:
    """Append one vote; returns the line written."""
    line = {"ts": time.strftime("%Y-%m-%dT%H:%M:%S"), "question": question, "history": list(history or []),
            "answer": answer, "lang": lang, "refused": bool(refused), "liked": bool(liked),
            "sections": list(sections), "filters": {k: v for k, v in (filters or {}).items() if v}}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK, path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return line


def read(path: Path) -> list[dict]:
    """The votes in the file (bad lines skipped); the last vote on the same question and answer wins."""
    path = Path(path)
    if not path.exists():
        return []
    votes: dict[tuple, dict] = {}
    for raw in path.read_text(encoding="utf-8").split("\n"):
        try:
            vote = json.loads(raw)
        except ValueError:
            continue
        if isinstance(vote, dict) and isinstance(vote.get("question"), str) and vote["question"].strip():
            votes[(vote["question"], tuple(vote.get("history") or ()), vote.get("answer", ""))] = vote
    return list(votes.values())


def feedback_to_question_set(path) -> list[dict]:
    """Question-set lines (dicts, evals/README.md format) from the votes in `path`, liked ones first."""
    out = []
    for i, vote in enumerate(sorted(read(path), key=lambda v: not v.get("liked")), 1):
        lang = vote.get("lang") if vote.get("lang") in ("tr", "en") else "tr"
        liked = bool(vote.get("liked"))
        item = {"id": f"feedback-{i:03d}-{lang}", "lang": lang,
                "category": "followup" if vote.get("history") else "feedback",
                "question": vote["question"], "sections": list(vote.get("sections") or []) if liked else [],
                "facts": [], "refuse": bool(vote.get("refused")) if liked else False,
                "kind": "liked" if liked else "disliked"}
        if vote.get("history"):
            item["history"] = [{"role": "user", "content": str(h)} for h in vote["history"]]
        if not liked:
            item["disliked_sections"] = list(vote.get("sections") or [])
            item["disliked_answer"] = vote.get("answer", "")
        if vote.get("filters"):
            item["filters"] = vote["filters"]
        out.append(item)
    return out
