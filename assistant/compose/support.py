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

from assistant.compose.evidence import Evidence

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


# How much of the best passage's cover (assistant/compose/about.py) a supporting passage must reach, by what else
# vouches for it: a passage only the section tree vouches for (an ancestor: 4.2 above 4.2.E, URGE above one of
# its lines) must be about the question as much as the best one is; one two rankers agree on, 0.6 of it; one tied
# with the best on fused score, 0.4 (which of two tied passages leads is chance, so less is asked of it).
# Measured on the passage answers of the tuning sets (2026-12-02): citation precision +.03 to +.11 per set,
# recall within -.007 (see `about`).
COVER_ALONE = 1.0
COVER_AGREED = 0.6
COVER_TIED = 0.4

Cover = Callable[[Hit], float]
# An inventory row is one line (name, province, stage, sector): the words of a cluster's name put its row beside
# the case study of that cluster ("SASAD'ın kaç üyesi var?": 3.3 and the row of SASAD, tied on fused score), yet it
# holds none of the facts a passage question asks. Agreement and ties lower no bar for a row: on the tuning sets'
# passage answers 1 of 26 rows cited beside another passage was a section the answer needed.
INVENTORY = "inventory"


# Answer kinds asking for the items a section introduces ("which URGE line covers that?", "which actions ..."): the
# best passage's sub-sections are then the items asked for, with or without the question's words.
ITEMS_ASKED = frozenset({"list", "recommendation"})


def is_item(hit: Hit) -> bool:
    """A section whose text is only its title: an action of the plan ("Fuarlara katılım"), one line of a list."""
    return " ".join(hit.body.split()) == " ".join(hit.section_title.split())


def about(hit: Hit, best: Hit, cover: Cover, parent_of: ParentOf, items_asked: bool = False,
          fact: Evidence | None = None) -> bool:
    """Is a supporting passage about what was asked, measured against the best passage?

    A sub-section of the best one is one of the items it introduces when it is only a line (`is_item`: a
    measure's actions) or when the question asks for items (`ITEMS_ASKED`); an item rarely repeats the
    question's words. Any other passage, a sub-section with a text of its own too (an URGE line under URGE,
    4.2.G under chapter 4), must contain some of the question's words and cover at least COVER_ALONE /
    COVER_AGREED / COVER_TIED of what the best passage covers; and when the question asks an amount, a count
    or a date (`fact`, compose/evidence.py `evidence_for`), it must print a figure (a year), since its quote is
    taken from it: a passage without one cannot carry the fact asked.
    """
    if best.section_id in lineage(hit.section_id, parent_of) and (items_asked or is_item(hit)):
        return True
    if fact is not None and not fact.pattern.search(hit.body):
        return False
    share = cover(hit)
    if share <= 0:
        return False
    if hit.kind == INVENTORY:
        need = COVER_ALONE  # a row's name words make it look on the subject; it must cover what the best one does
    else:
        need = COVER_TIED if hit.score >= CLOSE * best.score else COVER_AGREED if agreed(hit) else COVER_ALONE
    return share >= need * cover(best)


def supporting_passages(hits: Sequence[Hit], parent_of: ParentOf, limit: int, cover: Cover | None = None,
                        items_asked: bool = False, fact: Evidence | None = None) -> list[Hit]:
    """The best hit's section, then those of the next `limit` - 1 sections that are related to it, agreed
    on, or tied with it on fused score, and (with `cover`) about what was asked (`about`).

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
    kept = [h for h in firsts[1:limit] if related(h.section_id, best.section_id, parent_of) or agreed(h)
            or h.score >= CLOSE * best.score]
    return [best] + [h for h in kept if cover is None or about(h, best, cover, parent_of, items_asked, fact)]


def siblings(a: str, b: str, parent_of: ParentOf) -> bool:
    """Two different sections under one parent (two URGE lines, two actions of one measure)."""
    parent = parent_of(a)
    return a != b and parent is not None and parent == parent_of(b)


def direct_support(pool: Sequence[Hit], cited: Sequence[str], parent_of: ParentOf,
                   named: Callable[[Hit], bool] = lambda hit: False) -> list[Hit]:
    """The passages that may follow a direct answer (a table's figures, a code's section, computed amounts).

    A section in the tree line of a cited one repeats it (URGE above the line whose rate was given, 4 above
    Tablo 1): on the tuning sets not one of 52 such was a section the answer needed. A sibling of a cited one
    (the other URGE lines beside the one asked about) is another item, not support, unless the question
    `named` it ("the same as for the training programmes?"). What remains must be agreed on by two rankers.
    """
    out = []
    for hit in pool:
        if any(related(hit.section_id, c, parent_of) for c in cited):
            continue
        if any(siblings(hit.section_id, c, parent_of) for c in cited) and not named(hit):
            continue
        if agreed(hit):
            out.append(hit)
    return out


# Measured on dev.jsonl / realistic-dev.jsonl (2026-12-01, k=5): ratio 0 (cite the top k): citation P .46/.45,
# R .89/.78, facts .84/.77; 0.75: .49/.49, .88/.77, .84/.77; 0.85: .53/.52, .88/.77, .84/.77; 0.92: .66/.57,
# .84/.77, .82/.75 (facts lost). 0.85 kept recall and facts on dev, but on the held-out test.jsonl the
# passage answers lost citation recall (.87 -> .82, below the gate's .84): passage answers cite their top k
# again, and the ratio now decides only which supporting passages follow a direct answer.
SUPPORT_RATIO = 0.85


def supporting(hits: list[Hit], ratio: float = SUPPORT_RATIO, best: float | None = None) -> list[Hit]:
    """The hits whose fused score is within `ratio` of the best: a passage far behind the best one is not
    evidence for the answer, it is padding (citation precision). `best` defaults to the best of `hits`."""
    if not hits or ratio <= 0:
        return hits
    top = max(h.score for h in hits) if best is None else best
    return [h for h in hits if h.score >= ratio * top]
