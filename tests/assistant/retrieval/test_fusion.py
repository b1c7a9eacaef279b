"""RRF checked by hand (k = 60).

    A = [a, b, c], B = [b, c, d]
    equal weights: a = 1/61             = 0.0163934
                   b = 1/62 + 1/61      = 0.0325225
                   c = 1/63 + 1/62      = 0.0320020
                   d = 1/63             = 0.0158730     -> b, c, a, d
    weights 1, 2:  a = 1/61             = 0.0163934
                   b = 1/62 + 2/61      = 0.0489160
                   c = 1/63 + 2/62      = 0.0481311
                   d = 2/63             = 0.0317460     -> b, c, d, a
"""
import pytest

from assistant.retrieval.fusion import RRF_K, Fused, lexical_weight, list_ranks, rrf

A = ["a", "b", "c"]
B = ["b", "c", "d"]


def test_rrf_equal_weights_by_hand():
    fused = rrf([A, B])
    assert [f.doc_id for f in fused] == ["b", "c", "a", "d"]
    assert [f.score for f in fused] == pytest.approx([0.0325225, 0.0320020, 0.0163934, 0.0158730], abs=1e-7)
    assert isinstance(fused[0], Fused) and RRF_K == 60


def test_rrf_weighted_by_hand():
    fused = rrf([A, B], [1.0, 2.0])
    assert [f.doc_id for f in fused] == ["b", "c", "d", "a"]
    assert [f.score for f in fused] == pytest.approx([0.0489160, 0.0481311, 0.0317460, 0.0163934], abs=1e-7)


def test_rrf_k_changes_how_fast_ranks_decay():
    # k = 0: a = 1/1 = 1.0; b = 1/2 + 1/1 = 1.5; c = 1/3 + 1/2 = 0.8333; d = 1/3
    fused = rrf([A, B], k=0)
    assert [(f.doc_id, round(f.score, 4)) for f in fused] == [("b", 1.5), ("a", 1.0), ("c", 0.8333), ("d", 0.3333)]


def test_single_list_keeps_its_order():
    assert [f.doc_id for f in rrf([["x", "y", "z"]])] == ["x", "y", "z"]


def test_ties_keep_first_appearance_and_list_order():
    assert [f.doc_id for f in rrf([["x"], ["y"]])] == ["x", "y"]
    assert [f.doc_id for f in rrf([["y"], ["x"]])] == ["y", "x"]


def test_repeated_id_in_one_list_counts_once_at_its_best_rank():
    assert rrf([["a", "a", "b"]]) == [Fused("a", pytest.approx(1 / 61)), Fused("b", pytest.approx(1 / 63))]


def test_empty_inputs_and_bad_weights():
    assert rrf([]) == [] and rrf([[], []]) == []
    with pytest.raises(ValueError):
        rrf([A, B], [1.0])


def test_zero_weight_list_adds_nothing():
    assert [f.score for f in rrf([A, B], [1.0, 0.0])][:1] == pytest.approx([1 / 61])


def test_lexical_weight_guard():
    assert lexical_weight("tr", False) == 2.0
    assert lexical_weight("en", True) == 2.0
    assert lexical_weight("en", False) == 1.0
    assert lexical_weight("en", False, unexpanded_english=0.5, full=3.0) == 0.5


def test_expanded_english_weight_when_an_english_view_takes_the_double_weight():
    assert lexical_weight("en", True, expanded_english=1.0) == 1.0
    assert lexical_weight("en", False, expanded_english=1.0) == 1.0
    assert lexical_weight("tr", True, expanded_english=1.0) == 2.0


def test_list_ranks_gives_each_id_its_best_rank_per_list_and_none_where_missing():
    ranks = list_ranks([["a", "b", "a"], ["c", "a"]])
    assert ranks == {"a": (1, 2), "b": (2, None), "c": (None, 1)}
