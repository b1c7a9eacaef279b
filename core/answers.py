"""Frozen values of the answering side: hits, citations, answers."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hit:
    """One retrieved chunk with its score (higher is better)."""

    chunk_id: str
    section_id: str
    section_title: str
    kind: str
    text: str
    score: float
    source: str = ""
    page: int | None = None
    path: str = ""
    metadata: dict = field(default_factory=dict, compare=False, hash=False)
    # Rank (from 1) of this chunk in each list fusion combined, None where a list missed it; () when unfused.
    # The answer uses it to tell a passage every ranker agrees on from one a single list pulled up.
    ranks: tuple[int | None, ...] = field(default=(), compare=False)

    @property
    def body(self) -> str:
        """The chunk without its section-path header line."""
        head, _, rest = self.text.partition("\n")
        return rest if rest else head


@dataclass(frozen=True)
class Citation:
    n: int
    section_id: str
    section_title: str
    kind: str
    source: str
    page: int | None
    text: str
    path: str = ""
    text_en: str = ""  # the unofficial English rendering of `text`, when every sentence of it has one
    start: int | None = None  # offsets of `text` in its section's text, when it was located there
    end: int | None = None


@dataclass(frozen=True)
class Filters:
    """Optional retrieval filters chosen in the UI; None means "any"."""

    kind: str | None = None  # report | urge | case_study | action_plan | survey | inventory
    stage: str | None = None  # fikir | baslangic | gelisen | olgun (inventory rows)
    province: str | None = None  # canonical province name (inventory rows)

    def where(self) -> dict | None:
        clauses = [{key: value} for key, value in (("kind", self.kind), ("stage", self.stage),
                                                    ("province", self.province)) if value]
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass(frozen=True)
class DirectAnswer:
    """An answer computed from structured data (inventory rows, URGE lines, actions by profile, a code).

    `lead` is the direct answer in the question's language; its `[n]` markers
    refer to `citations` (numbered from 1). `columns`/`rows` carry a table for
    the UI (e.g. no, il, küme, aşama, sektör, BROP), empty when there is none.
    """

    kind: str  # inventory | urge | profile | code
    lead: str
    citations: tuple[Citation, ...]
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    count: int | None = None
    matched: tuple[str, ...] = ()  # words of the question the records were found by (an inventory name lookup's)


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    lang: str
    refused: bool
    citations: tuple[Citation, ...]
    retrieved: tuple[Hit, ...]
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    notice: str = ""
    direct: DirectAnswer | None = None
    refusal: str = ""  # why it was refused, in the question's language ("" when answered)
    refusal_kind: str = ""  # assistant.refusal.refusal.KINDS key ("" when answered)

    def to_dict(self) -> dict:
        """The stable JSON shape of `kume ask --json` (later versions only add keys)."""
        return {
            "question": self.question,
            "answer": self.answer,
            "lang": self.lang,
            "refused": self.refused,
            "citations": [
                {"n": c.n, "section_id": c.section_id, "section_title": c.section_title, "kind": c.kind,
                 "source": c.source, "page": c.page, "text": c.text, "path": c.path, "section_path": c.path,
                 **({"text_en": c.text_en} if c.text_en else {})}
                for c in self.citations
            ],
            "retrieved": [
                {"section_id": h.section_id, "kind": h.kind, "score": round(h.score, 4), "text": h.text}
                for h in self.retrieved
            ],
            "timings_ms": {k: round(v, 1) for k, v in self.timings_ms.items()},
            **({"notice": self.notice} if self.notice else {}),
            **({"refusal_reason": self.refusal} if self.refusal else {}),
            **({"refusal_kind": self.refusal_kind} if self.refusal_kind else {}),
            **({"direct": {"kind": self.direct.kind, "count": self.direct.count,
                           "table": {"columns": list(self.direct.columns), "rows": [list(r) for r in self.direct.rows]}}}
               if self.direct else {}),
        }
