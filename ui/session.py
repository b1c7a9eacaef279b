"""The conversation as plain JSON, kept in the browser (gr.BrowserState) so that it survives a reload.

A conversation is {"v": 2, "seq": n, "asked": [questions], "turns": [answer dicts]}; every turn has an
"id" (from "seq") that its citation links name, so dropping old turns does not renumber the links of the
others. An answer dict holds what the page needs to show the answer again (question, answer text, its
citations with their section paths resolved, its direct table, the filters it was computed under), not
the whole retrieval ranking; a failed turn holds its question, filters and error line.

The chat's messages are not stored: they are rendered from the turns when they are shown (ui.chat_tab,
about 1 ms a turn), so the browser keeps data, not HTML (version 1 stored both: 198 KB for 8 turns of
which 102 KB was HTML). A version-1 conversation is read by dropping its messages.
"""
from __future__ import annotations

from dataclasses import asdict, fields

from core.answers import Answer, Citation, DirectAnswer

from ui import render

VERSION = 2
MAX_TURNS = 40  # older turns are dropped so the browser's storage stays small
_CITATION_FIELDS = {f.name for f in fields(Citation)}


def empty() -> dict:
    return {"v": VERSION, "seq": 0, "asked": [], "turns": []}


def valid(conv) -> dict:
    """The stored conversation if it has the expected shape (a version-1 one without its messages), else an
    empty one (a foreign value)."""
    if not (isinstance(conv, dict) and conv.get("v") in (1, VERSION)
            and all(isinstance(conv.get(k), list) for k in ("asked", "turns"))):
        return empty()
    if conv["v"] == VERSION and "chat" not in conv:
        return conv
    turns = [t for t in conv["turns"] if isinstance(t, dict)]
    return {"v": VERSION, "seq": int(conv.get("seq") or 0), "asked": conv["asked"], "turns": turns}


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


def add(conv: dict, tid: int, question: str, answer_state: dict | None, filters: dict | None = None,
        error: str = "") -> dict:
    """The conversation with one more turn (id `tid`, from next_id). A turn that failed (answer None) keeps
    its question, `filters` and `error` line, so that it can be shown and asked again."""
    conv = valid(conv)
    failed = {"answer": None, "question": question, "filters": {k: v for k, v in (filters or {}).items() if v},
              "error": error}
    item = {**(answer_state or failed), "id": tid}
    conv = {**conv, "seq": tid, "asked": conv["asked"] + ([question] if answer_state else []),
            "turns": conv["turns"] + [item]}
    return trimmed(conv)


def without_last(conv: dict) -> dict:
    """The conversation before its last turn (to ask that turn's question again in its place)."""
    conv = valid(conv)
    if not conv["turns"]:
        return conv
    answered = isinstance(conv["turns"][-1], dict) and conv["turns"][-1].get("answer") is not None
    return {**conv, "turns": conv["turns"][:-1],
            "asked": conv["asked"][:-1] if answered and conv["asked"] else conv["asked"]}


def trimmed(conv: dict) -> dict:
    """At most MAX_TURNS turns."""
    extra = len(conv["turns"]) - MAX_TURNS
    if extra > 0:
        dropped = sum(1 for t in conv["turns"][:extra] if isinstance(t, dict) and t.get("answer") is not None)
        conv = {**conv, "turns": conv["turns"][extra:], "asked": conv["asked"][dropped:]}
    return conv
