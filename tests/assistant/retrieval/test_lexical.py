"""BM25 checked by hand on a 4-document corpus (whitespace analyzer, k1=1.2, b=0.75).

    d1 "küme destek"                 |d|=2
    d2 "küme küme ihracat"           |d|=3
    d3 "fuar katalog ihracat destek" |d|=4
    d4 "tarım"                       |d|=1       N=4, avgdl = 10/4 = 2.5

    idf(df=2) = ln(1 + (4-2+0.5)/(2+0.5)) = ln 2          = 0.693147
    idf(df=1) = ln(1 + (4-1+0.5)/(1+0.5)) = ln(10/3)      = 1.203973
    K(|d|)    = 1.2 * (0.25 + 0.75*|d|/2.5): K(1)=0.66, K(2)=1.02, K(3)=1.38, K(4)=1.74
    term score = idf * tf*2.2 / (tf + K)

    "küme":  d1 = 0.693147 * 2.2/2.02 = 0.754912
             d2 = 0.693147 * 4.4/3.38 = 0.902321
    "ihracat destek":
             d1 = destek  0.754912
             d2 = ihracat 0.693147 * 2.2/2.38 = 0.640724
             d3 = 2 * 0.693147 * 2.2/2.74     = 1.113083
    "tarım": d4 = 1.203973 * 2.2/1.66 = 1.595627
"""
import numpy as np
import pytest

from assistant.retrieval.analyzer import default_analyzer
from assistant.retrieval.lexical import BM25Index, Scored, idf

IDS = ["d1", "d2", "d3", "d4"]
DOCS = ["küme destek", "küme küme ihracat", "fuar katalog ihracat destek", "tarım"]


@pytest.fixture
def index():
    return BM25Index(IDS, DOCS, analyzer=str.split, k1=1.2, b=0.75)


def test_idf_by_hand():
    assert idf(4, 2) == pytest.approx(0.693147, abs=1e-6)
    assert idf(4, 1) == pytest.approx(1.203973, abs=1e-6)
    assert idf(4, 4) > 0  # Lucene's idf never goes negative


def test_single_term_scores_by_hand(index):
    assert index.avgdl == 2.5
    assert index.scores("küme") == pytest.approx([0.754912, 0.902321, 0.0, 0.0], abs=1e-5)
    assert index.scores("tarım") == pytest.approx([0.0, 0.0, 0.0, 1.595627], abs=1e-5)


def test_two_term_ranking_by_hand(index):
    got = index.search("ihracat destek", k=10)
    assert [r.doc_id for r in got] == ["d3", "d1", "d2"]  # d4 matches nothing and is left out
    assert [r.score for r in got] == pytest.approx([1.113083, 0.754912, 0.640724], abs=1e-5)
    assert isinstance(got[0], Scored) and got[0]._fields == ("doc_id", "score")


def test_repeated_query_terms_count_once(index):
    assert index.scores("destek destek destek") == pytest.approx(index.scores("destek"))


def test_k_and_unknown_terms(index):
    assert [r.doc_id for r in index.search("ihracat destek", k=1)] == ["d3"]
    assert index.search("yok", k=5) == []
    assert index.search("küme", k=0) == []
    assert "küme" in index and "yok" not in index and index.vocabulary == 6


def test_allow_filters_by_id_or_mask(index):
    assert [r.doc_id for r in index.search("ihracat destek", 5, allow=lambda d: d != "d3")] == ["d1", "d2"]
    mask = np.array([False, True, False, False])
    assert [r.doc_id for r in index.search("ihracat destek", 5, allow=mask)] == ["d2"]


def test_b_zero_ignores_length_and_ties_keep_document_order():
    flat = BM25Index(["a", "b"], ["x y z", "x"], analyzer=str.split, b=0.0)
    assert [r.doc_id for r in flat.search("x", 2)] == ["a", "b"]
    assert flat.scores("x")[0] == flat.scores("x")[1]


def test_turkish_analyzer_matches_across_folding_and_suffixes():
    index = BM25Index(["urge", "tanitim"], ["URGE kapsamında küme desteği verilir",
                                            "Fuarlara katılım ve kümenin kataloğunun hazırlanması"],
                      analyzer=default_analyzer())
    assert [r.doc_id for r in index.search("kume destegi", 2)] == ["urge"]
    assert [r.doc_id for r in index.search("katalog", 2)] == ["tanitim"]  # "kataloğunun" via its stem


def test_mismatched_inputs_rejected():
    with pytest.raises(ValueError):
        BM25Index(["a"], ["x", "y"], analyzer=str.split)
