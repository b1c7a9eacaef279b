"""The conversation as plain JSON, kept in the browser (gr.BrowserState) so that it survives a reload.

A conversation is {"v": 1, "seq": n, "chat": [messages], "asked": [questions], "turns": [answer dicts]}:
message i*2+1 is the answer of turns[i]; every turn has an "id" (from "seq") that its citation links name,
so dropping old turns does not renumber the links of the others. An answer
dict holds what the page needs to show the answer again (its citations with their section paths resolved,
its direct table, the filters it was computed under), not the whole retrieval ranking.
"""
from __future__ import annotations

from dataclasses import asdict, fields

from core.answers import Answer, Citation, DirectAnswer

from ui import render

VERSION = 1
MAX_TURNS = 40  # older turns are dropped so the browser's storage stays small
_CITATION_FIELDS = {f.name for f in fields(Citation)}


def empty() -> dict:
    return {"v": VERSION, "seq": 0, "chat": [], "asked": [], "turns": []}


def valid(conv) -> dict:
    """The stored conversation if it has the expected shape, else an empty one (an old or foreign value)."""
    if (isinstance(conv, dict) and conv.get("v") == VERSION and all(isinstance(conv.get(k), list)
                                                                    for k in ("chat", "asked", "turns"))):
        return conv
    return empty()


def answer_to_state(answer: Answer | None, filters: dict | None = None) -> dict | None:
    if answer is None:
        return None
    direct = answer.direct
    return {"question": answer.question, "answer": answer.answer, "lang": answer.lang, "refused": answer.refused,
            "notice": answer.notice, "refusal": answer.refusal,
            "citations": [asdict(c) for c in render.citations_of(answer)],
            "direct": None if direct is None else {
                "kind": direct.kind, "lead": direct.lead, "columns": list(direct.columns),
                "rows": [list(r) for r in direct.rows], "count": direct.count},
            "filters": {k: v for k, v in (filters or {}).items() if v}}


def answer_from_state(data) -> Answer | None:
    if not isinstance(data, dict) or not isinstance(data.get("answer"), str):
        return None
    try:
        cites = tuple(Citation(**{k: v for k, v in c.items() if k in _CITATION_FIELDS}) for c in data["citations"])
        d = data.get("direct")
        direct = None if not d else DirectAnswer(d["kind"], d.get("lead", ""), (), tuple(d.get("columns") or ()),
                                                 tuple(tuple(str(x) for x in r) for r in d.get("rows") or ()),
                                                 d.get("count"))
        return Answer(str(data.get("question", "")), data["answer"], str(data.get("lang", "tr")),
                      bool(data.get("refused")), cites, (), notice=str(data.get("notice", "")), direct=direct,
                      refusal=str(data.get("refusal", "")))
    except (KeyError, TypeError, ValueError):
        return None


def by_id(conv: dict, tid) -> tuple[Answer | None, dict]:
    """(answer, filters) of the turn with id `tid` (None when there is no such answered turn)."""
    for item in valid(conv)["turns"]:
        if isinstance(item, dict) and item.get("id") == tid:
            return answer_from_state(item), dict(item.get("filters") or {})
    return None, {}


def at(conv: dict, index) -> dict | None:
    """The turn dict at position `index` (None if there is none)."""
    turns = valid(conv)["turns"]
    return turns[index] if isinstance(index, int) and 0 <= index < len(turns) and turns[index] else None


def next_id(conv: dict) -> int:
    return int(valid(conv).get("seq", 0)) + 1


def add(conv: dict, tid: int, question: str, user_message, bot_message, answer_state: dict | None,
        filters: dict | None = None) -> dict:
    """The conversation with one more turn (id `tid`, from next_id). A turn that failed (answer None) keeps
    its question and `filters`, so that it can be asked again."""
    conv = valid(conv)
    failed = {"answer": None, "question": question, "filters": {k: v for k, v in (filters or {}).items() if v}}
    item = {**(answer_state or failed), "id": tid}
    conv = {**conv, "seq": tid, "chat": conv["chat"] + [user_message, bot_message],
            "asked": conv["asked"] + ([question] if answer_state else []), "turns": conv["turns"] + [item]}
    return trimmed(conv)


def without_last(conv: dict) -> dict:
    """The conversation before its last turn (to ask that turn's question again in its place)."""
    conv = valid(conv)
    if not conv["turns"]:
        return conv
    answered = isinstance(conv["turns"][-1], dict) and conv["turns"][-1].get("answer") is not None
    return {**conv, "turns": conv["turns"][:-1], "chat": conv["chat"][:-2],
            "asked": conv["asked"][:-1] if answered and conv["asked"] else conv["asked"]}


def trimmed(conv: dict) -> dict:
    """At most MAX_TURNS turns (two chat messages each)."""
    extra = len(conv["turns"]) - MAX_TURNS
    if extra > 0:
        conv = {**conv, "turns": conv["turns"][extra:], "chat": conv["chat"][2 * extra:],
                "asked": conv["asked"][extra:]}
    return conv
