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


# -- English questions: ordered with a smaller k, scored on k = 60's scale --------------------------------------
# Four lists (dense, Turkish BM25, English BM25 x2, English dense x0.5). "mid" is 15th in every list, "top" first
# in the dense and the English BM25 list: k = 60 prefers "mid" (4.5/75 = .060 > 3/61 = .049), k = 20 "top"
# (3/21 = .143 > 4.5/35 = .129).
FOUR = [["top"] + [f"a{i}" for i in range(13)] + ["mid"], [f"b{i}" for i in range(14)] + ["mid"],
        ["top"] + [f"c{i}" for i in range(13)] + ["mid"], [f"d{i}" for i in range(14)] + ["mid"]]
FOUR_W = [1.0, 1.0, 2.0, 0.5]


def test_rrf_rescored_orders_by_the_smaller_k_and_scores_on_the_reference_scale():
    at60, at20 = rrf(FOUR, FOUR_W, k=60), rrf(FOUR, FOUR_W, k=20)
    assert [f.doc_id for f in at60][:2] == ["mid", "top"] and [f.doc_id for f in at20][0] == "top"
    from assistant.retrieval.fusion import ENGLISH_RRF_K, rrf_rescored

    assert ENGLISH_RRF_K == 20
    got = rrf_rescored(FOUR, FOUR_W, order_k=20, scale_k=60)
    assert [f.doc_id for f in got] == [f.doc_id for f in at20]  # the order of k = 20
    scale = dict(at60)
    assert got[0].score == pytest.approx(scale["top"])  # the score of k = 60 ...
    # ... and "mid", which k = 60 put above "top", is a tie with it rather than a better passage below it
    assert dict(got)["mid"] == pytest.approx(scale["top"]) and scale["top"] < scale["mid"]
    assert all(a.score >= b.score for a, b in zip(got, got[1:]))


def test_rrf_rescored_keeps_the_score_ratios_of_the_reference_k():
    from assistant.retrieval.fusion import rrf_rescored

    one = [[f"d{i}" for i in range(1, 11)]]  # one list: rank r scores 1/(k + r)
    got = rrf_rescored(one, None, order_k=20, scale_k=60)
    assert [f.score for f in got] == pytest.approx([1 / (60 + r) for r in range(1, 11)])
    # with k = 20's own scores rank 4 would be .875 of the best instead of .953: no longer a tie (CLOSE = .95)
    assert rrf(one, k=20)[3].score / rrf(one, k=20)[0].score == pytest.approx(21 / 24)
    assert got[3].score / got[0].score == pytest.approx(61 / 64)


def test_rrf_rescored_with_one_k_is_plain_rrf():
    from assistant.retrieval.fusion import rrf_rescored

    assert rrf_rescored(FOUR, FOUR_W, order_k=60, scale_k=60) == rrf(FOUR, FOUR_W, k=60)
