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


# -- about: a supporting passage is measured against the best one by its cover of the question's words --------
from assistant.compose.support import (COVER_AGREED, COVER_ALONE, COVER_TIED, ITEMS_ASKED,  # noqa: E402
                                       about, direct_support, is_item, siblings)

PARENTS.update({"2.istihdam": "2", "2.egitim-danismanlik": "2", "2.bireysel-danismanlik": "2", "4.2.E": "4.2"})


def covered(shares: dict[str, float]):
    return lambda h: shares[h.section_id]


def test_thresholds_are_ordered_by_what_else_vouches_for_the_passage():
    assert COVER_TIED < COVER_AGREED < COVER_ALONE == 1.0


def test_a_passage_only_the_tree_vouches_for_must_cover_what_the_best_covers():
    best = hit("4.2.E", 0.050, (1, 1))
    parent = hit("4.2", 0.040, (6, 9))           # an ancestor, neither agreed on nor tied
    assert not about(parent, best, covered({"4.2.E": 0.8, "4.2": 0.7}), parent_of)
    assert about(parent, best, covered({"4.2.E": 0.8, "4.2": 0.8}), parent_of)


def test_agreement_and_ties_lower_the_bar_but_never_to_no_word_at_all():
    best = hit("4.2.D", 0.050, (1, 1))
    agreed_on = hit("6", 0.040, (2, 3))
    tied = hit("1.2", 0.049, (9, 12))
    shares = {"4.2.D": 1.0, "6": 0.65, "1.2": 0.45}
    assert about(agreed_on, best, covered(shares), parent_of) and about(tied, best, covered(shares), parent_of)
    shares = {"4.2.D": 1.0, "6": 0.55, "1.2": 0.35}
    assert not about(agreed_on, best, covered(shares), parent_of) and not about(tied, best, covered(shares), parent_of)
    # a passage with none of the question's words is about something else, however the best one fares
    assert not about(tied, best, covered({"4.2.D": 0.0, "1.2": 0.0}), parent_of)


def test_a_sub_section_of_the_best_one_that_is_only_a_line_is_one_of_its_items():
    """A measure's actions rarely repeat the question's words; the tree says they are what the measure lists."""
    best = hit("ORA1.AA1.T2", 0.050, (1, 1))
    action = Hit("c", "ORA1.AA1.T2.E1", "Küme yöneticileri kulübünün kurulması", "action_plan",
                 "ORA1 › T2 › E1\nKüme yöneticileri kulübünün kurulması", 0.040, ranks=(6, 9))
    assert is_item(action) and about(action, best, covered({"ORA1.AA1.T2": 0.9, "ORA1.AA1.T2.E1": 0.0}), parent_of)


def test_a_sub_section_with_a_text_of_its_own_is_measured_unless_items_are_asked_for():
    """URGE's lines under URGE: for "can an OSB apply?" a line is no item of the answer, for "which URGE line
    covers that?" it is (ITEMS_ASKED)."""
    best = hit("2", 0.050, (1, 1))
    line = Hit("c", "2.istihdam", "İstihdam Programı", "urge", "URGE › İstihdam\nİstihdam Programı\n\nKümelenme ...",
               0.040, ranks=(6, 9))
    shares = covered({"2": 0.9, "2.istihdam": 0.3})
    assert not is_item(line) and not about(line, best, shares, parent_of)
    assert about(line, best, shares, parent_of, items_asked=True)
    assert ITEMS_ASKED == {"list", "recommendation"}


def test_an_inventory_row_gets_no_lower_bar_for_agreement_or_a_tie():
    best = Hit("c1", "3.3", "SASAD", "case_study", "Yol\nSASAD 89 üye firmaya sahiptir.", 0.050, ranks=(1, 1))
    row = Hit("c2", "EK2.7", "SASAD", "inventory", "EK 2\nSASAD — İl: Ankara", 0.049, ranks=(3, 2))
    shares = {"3.3": 0.6, "EK2.7": 0.35}
    assert not about(row, best, covered(shares), parent_of)
    passage = Hit("c3", "6", "Sonuç", "report", "Yol\nSASAD ...", 0.049, ranks=(3, 2))
    assert about(passage, best, covered({"3.3": 0.6, "6": 0.35}), parent_of)


def test_supporting_passages_apply_the_cover_test_after_the_gate():
    hits = [hit("4.2.D", 0.050, (1, 2)), hit("6", 0.038, (2, 3)), hit("1.2", 0.048, (4, 7)),
            hit("4", 0.039, (8, 12))]
    shares = {"4.2.D": 1.0, "6": 0.2, "1.2": 0.9, "4": 1.0}
    kept = supporting_passages(hits, parent_of, limit=5, cover=covered(shares))
    assert [h.section_id for h in kept] == ["4.2.D", "1.2", "4"]
    assert [h.section_id for h in supporting_passages(hits, parent_of, limit=5)] == ["4.2.D", "6", "1.2", "4"]


# -- direct_support: what may follow a direct answer ----------------------------------------------------------
def test_a_section_in_the_tree_line_of_a_cited_one_repeats_it():
    pool = [hit("2", 0.05, (1, 1)), hit("ORA1.AA1.T2.E1", 0.05, (1, 2)), hit("4.2.D", 0.05, (2, 2))]
    kept = direct_support(pool, ["2.istihdam", "ORA1.AA1.T2"], parent_of)
    assert [h.section_id for h in kept] == ["4.2.D"]


def test_a_sibling_of_a_cited_section_follows_only_when_the_question_names_it():
    pool = [hit("2.egitim-danismanlik", 0.05, (1, 2)), hit("2.bireysel-danismanlik", 0.05, (2, 1))]
    assert direct_support(pool, ["2.istihdam"], parent_of) == []
    named = lambda h: h.section_id == "2.egitim-danismanlik"  # noqa: E731
    assert [h.section_id for h in direct_support(pool, ["2.istihdam"], parent_of, named)] == ["2.egitim-danismanlik"]
    assert siblings("2.istihdam", "2.egitim-danismanlik", parent_of)
    assert not siblings("2.istihdam", "2.istihdam", parent_of) and not siblings("x", "y", parent_of)


def test_what_follows_a_direct_answer_must_be_agreed_on():
    pool = [hit("4.2.D", 0.05, (1, 9)), hit("6", 0.05, (2, 3))]
    assert [h.section_id for h in direct_support(pool, ["EK2"], parent_of)] == ["6"]


def test_an_amount_or_a_date_asked_needs_a_supporting_passage_that_prints_a_figure():
    """Its quote is taken from its chunk: a passage without a figure cannot carry the amount or year asked."""
    from assistant.compose.evidence import FIGURES, YEARS

    best = hit("2", 0.050, (1, 1))
    words = Hit("c", "6", "Sonuç", "report", "Yol\nDestek oranları Tebliğ ile belirlenmiştir.", 0.049, ranks=(2, 2))
    figure = Hit("c", "1.2", "Anket", "report", "Yol\nTebliğ 2010 yılında yürürlüğe girmiştir.", 0.049, ranks=(2, 2))
    shares = covered({"2": 0.5, "6": 0.5, "1.2": 0.5})
    assert about(words, best, shares, parent_of) and not about(words, best, shares, parent_of, fact=FIGURES)
    assert about(figure, best, shares, parent_of, fact=YEARS)
    action = Hit("c", "2.istihdam", "Fuar", "action_plan", "Yol\nFuar", 0.04, ranks=(9, 9))  # an item stays one
    assert about(action, best, shares, parent_of, fact=FIGURES)
