"""Which retrieved passages support the best one: cite those, not the top k.

A passage answer used to quote its top five sections. On the dev halves only
a quarter of those were sections the answer needed (citation precision .25
for passage answers): a user reads five quotes of which four are padding.
The fused score cannot tell them apart (RRF scores of ranks 1-5 sit within a
few per cent of each other). Two signals can, both read from evidence the
retriever already has rather than from the question's phrasing:

- **lineage**: the passage is an ancestor or a descendant of the best one in
  the report's section tree (a measure and its actions, URGE and its lines,
  4.2 and its sub-findings): the report itself says they belong together;
- **agreement**: at least `AGREE_LISTS` of the fused rankings (dense,
  Turkish BM25, English BM25) put it in their first `AGREE_DEPTH`: a passage
  two unrelated rankers both find is rarely noise, one that a single list
  pulled up often is;
- and a fused score within `CLOSE` of the best one's is a tie, not a lesser
  passage: which of two tied sections the answer leads with is chance.

Measured on the passage answers of dev + realistic-dev (90 questions,
2026-12-02; citation precision / recall by section): top 5 .25 / .81; best
passage only .74 / .59; score ratio ≥ .95 alone .62 / .71; lineage .64 / .67;
agreement .69 / .67; lineage or agreement .62 / .73; a logistic model over
ranks, ratio, word overlap and lineage, cross-validated, .66 / .73 at best,
so the two signals are as good as a learned mix and no model is shipped.
Whole answers (`kume eval`, dev / realistic-dev, all routes): citation
precision .49 / .47 -> .69 / .64, recall .92 / .83 -> .90 / .82; facts .86 /
.85 -> .85 / .81. Without the tie rule precision was .71 / .66 but facts fell
to .82 / .80 (the facts sat in tied passages). A third signal, "the passage
has question words the kept ones lack", cost precision (.63 / .57) and won
no fact back, so it is not used.
"""
from __future__ import annotations

from typing import Callable, Sequence

from core.answers import Hit

AGREE_LISTS = 2  # how many fused rankings must agree ...
AGREE_DEPTH = 3  # ... by placing the passage within their first this many
CLOSE = 0.95  # a fused score this close to the best one's is a tie, not a lesser passage

ParentOf = Callable[[str], "str | None"]


def lineage(section_id: str, parent_of: ParentOf) -> frozenset[str]:
    """The section and all its ancestors (a cycle in bad metadata cannot loop: each id is visited once)."""
    seen: list[str] = []
    at: str | None = section_id
    while at and at not in seen:
        seen.append(at)
        at = parent_of(at)
    return frozenset(seen)


def related(a: str, b: str, parent_of: ParentOf) -> bool:
    """True when one section is the other or one of its ancestors."""
    return a in lineage(b, parent_of) or b in lineage(a, parent_of)


def agreed(hit: Hit, lists: int = AGREE_LISTS, depth: int = AGREE_DEPTH) -> bool:
    """True when at least `lists` of the fused rankings put the hit within their first `depth`."""
    return sum(1 for rank in hit.ranks if rank is not None and rank <= depth) >= lists


def supporting_passages(hits: Sequence[Hit], parent_of: ParentOf, limit: int) -> list[Hit]:
    """The best hit's section, then those of the next `limit` - 1 sections that are related to it, agreed
    on, or tied with it on fused score.

    One hit per section (its best-ranked chunk), rank order kept. Hits without ranks (a single,
    unfused ranking) carry no agreement evidence; they are all kept, as before, up to `limit`.
    """
    firsts: list[Hit] = []
    seen: set[str] = set()
    for hit in hits:
        if hit.section_id not in seen:
            seen.add(hit.section_id)
            firsts.append(hit)
    if not firsts or limit <= 0:
        return []
    if not any(h.ranks for h in firsts):
        return firsts[:limit]
    best = firsts[0]
    return [best] + [h for h in firsts[1:limit] if related(h.section_id, best.section_id, parent_of) or agreed(h)
                     or h.score >= CLOSE * best.score]
