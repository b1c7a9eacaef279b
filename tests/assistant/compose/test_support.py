"""The support test: which passages after the best one are cited (hand-built hits, hand-checked truth)."""
from __future__ import annotations

from core.answers import Hit

from assistant.compose.support import agreed, lineage, related, supporting_passages

PARENTS = {"ORA1.AA1.T2.E1": "ORA1.AA1.T2", "ORA1.AA1.T2": "ORA1.AA1", "ORA1.AA1": "ORA1",
           "4.2.D": "4.2", "4.2": "4"}


def parent_of(section_id: str) -> str | None:
    return PARENTS.get(section_id)


def hit(section_id: str, score: float, ranks: tuple = (), chunk: str = "") -> Hit:
    return Hit(chunk or f"c-{section_id}", section_id, section_id, "report", f"text of {section_id}", score,
               ranks=ranks)


def test_lineage_walks_to_the_root_and_survives_a_cycle():
    assert lineage("ORA1.AA1.T2.E1", parent_of) == {"ORA1.AA1.T2.E1", "ORA1.AA1.T2", "ORA1.AA1", "ORA1"}
    assert lineage("x", {"x": "y", "y": "x"}.get) == {"x", "y"}


def test_related_is_ancestor_or_descendant_not_sibling():
    assert related("ORA1.AA1.T2", "ORA1.AA1.T2.E1", parent_of)
    assert related("ORA1.AA1.T2.E1", "ORA1", parent_of)
    assert not related("4.2.D", "ORA1.AA1.T2", parent_of)


def test_agreement_needs_two_lists_in_their_top_three():
    assert agreed(hit("a", 1, (2, 3)))
    assert agreed(hit("a", 1, (None, 1, 3)))
    assert not agreed(hit("a", 1, (1, 4)))        # one list only
    assert not agreed(hit("a", 1, (1, None, None)))


def test_best_passage_then_only_related_agreed_or_tied_ones():
    hits = [
        hit("4.2.D", 0.050, (1, 2)),
        hit("ORA1.AA1.T2", 0.040, (5, 9)),       # neither related, agreed nor tied: padding
        hit("4", 0.039, (8, 12)),                # ancestor of the best one: kept
        hit("6", 0.038, (2, 3)),                 # both lists put it in their top three: kept
        hit("1.2", 0.048, (4, 7)),               # within 5 % of the best score: a tie, kept
        hit("yonetici-ozeti", 0.047, (1, 1)),    # beyond the limit of 5 sections: never looked at
    ]
    kept = supporting_passages(hits, parent_of, limit=5)
    assert [h.section_id for h in kept] == ["4.2.D", "4", "6", "1.2"]


def test_one_hit_per_section_and_the_limit():
    hits = [hit("4.2.D", 0.05, (1, 1)), hit("4.2.D", 0.04, (2, 2), chunk="c2"), hit("4.2", 0.03, (3, 3))]
    kept = supporting_passages(hits, parent_of, limit=5)
    assert [(h.section_id, h.chunk_id) for h in kept] == [("4.2.D", "c-4.2.D"), ("4.2", "c-4.2")]
    assert [h.section_id for h in supporting_passages(hits, parent_of, limit=1)] == ["4.2.D"]
    assert supporting_passages(hits, parent_of, limit=0) == [] and supporting_passages([], parent_of, 5) == []


def test_unfused_hits_carry_no_evidence_and_are_kept_up_to_the_limit():
    hits = [hit("a", 0.9), hit("b", 0.2), hit("c", 0.1)]
    assert [h.section_id for h in supporting_passages(hits, parent_of, limit=2)] == ["a", "b"]
