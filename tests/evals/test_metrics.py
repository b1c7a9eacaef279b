"""Metric maths on tiny hand-checked inputs: numbers, facts, ranks, citations, percentiles."""
from __future__ import annotations

import random

import numpy as np
import pytest

from evals.metrics import (
    citation_precision,
    citation_recall,
    dedupe,
    fact_present,
    hit_at_k,
    mean,
    missing_facts,
    normalize_numbers,
    percentile,
    reciprocal_rank,
    refusal_scores,
)


@pytest.mark.parametrize("text, expected", [
    ("400.000", "400000"), ("400,000", "400000"), ("400 000", "400000"), ("1.250.000 TL", "1250000 TL"),
    ("1,83", "1.83"), ("37,50", "37.5"), ("0,5", "0.5"), ("1.000,5", "1000.5"), ("1,000.5", "1000.5"),
    ("%75", "pct:75"), ("75%", "pct:75"), ("% 75", "pct:75"), ("yüzde 75", "pct:75"), ("yuzde 75", "pct:75"),
    ("75 percent", "pct:75"), ("%37.5", "pct:37.5"), ("%37,5", "pct:37.5"), ("%75’i", "pct:75’i"),
    ("2011", "2011"), ("2011’de", "2011’de"), ("2007 – 2009", "2007-2009"), ("2007-2009", "2007-2009"),
    ("2007 —2009 döneminde", "2007-2009 döneminde"), ("1.830", "1830"),  # the documented ambiguity
    ("01.01.2012", "01.01.2012"), ("1.2.3", "1.2.3"), ("ORA1.AA1.T1.E6", "ORA1.AA1.T1.E6"),
    ("2010/8", "2010/8"), ("2011 500 firma", "2011 500 firma"), ("3 (üç) yıl", "3 (üç) yıl"),
    ("400.000TL", "400.000TL"), ("3.4", "3.4"), ("", ""),
])
def test_normalize_numbers(text, expected):
    assert normalize_numbers(text) == expected


@pytest.mark.parametrize("group", [
    ["400.000", "400,000", "400 000", "400000"],
    ["%75", "75%", "% 75", "yüzde 75", "75 %", "75 percent", "%75,0"],
    ["%37.5", "%37,5", "% 37,50", "yüzde 37,5"],
    ["2007 – 2009", "2007-2009", "2007 -2009"],
])
def test_spellings_of_one_number_are_one_form(group):
    assert len({normalize_numbers(t) for t in group}) == 1


def test_years_rates_and_amounts_stay_distinct():
    forms = [normalize_numbers(t) for t in ["2011", "%2011", "20.11", "201.1", "2.011"]]
    assert forms == ["2011", "pct:2011", "20.11", "201.1", "2011"]  # "2.011" is Turkish for 2011


REPORT = ("Eğitim ve danışmanlık giderlerinin %75’i, proje başına 400.000 ABD Dolarına kadar karşılanır. "
          "İSTANBUL’daki kümeler ve Türkiye’nin ihracatı; IĞDIR ili.")


@pytest.mark.parametrize("alternatives, expected", [
    (["75%"], True), (["yüzde 75"], True), (["% 75"], True), (["400,000"], True), (["400 000"], True),
    (["%70", "% 75"], True),  # one matching alternative is enough
    (["İstanbul’daki"], True), (["istanbul'daki"], True), (["türkiye'nin ihracatı"], True),
    (["Iğdır"], True), (["igdir"], True), (["Turkiye'nin"], True),  # ASCII folding
    (["egitim ve danismanlik"], True), (["400.000 ABD"], True), (["karşıla"], True),  # Turkish suffixes follow
    (["%7"], False), (["75.5%"], False), (["40.000"], False), (["4.000.000"], False), (["00.000"], False),
    (["danışmanlık desteği"], False), ([], False), ([""], False), (["  "], False),
])
def test_fact_present(alternatives, expected):
    assert fact_present(REPORT, alternatives) is expected


def test_fact_numbers_are_not_matched_inside_longer_numbers():
    assert not fact_present("Toplam 175 küme", ["75"])
    assert not fact_present("Toplam 1.750 küme", ["750"])
    assert fact_present("Toplam 75 küme", ["75"])
    assert fact_present("%37,5 oranında", ["%37.5"])
    assert not fact_present("%37,5 oranında", ["%37"])


def test_missing_facts_lists_the_unmatched_inner_lists():
    facts = [["% 75", "75%"], ["500.000"], ["Gaziantep", "Antep"]]
    assert missing_facts(REPORT, facts) == (("500.000",), ("Gaziantep", "Antep"))
    assert missing_facts(REPORT, []) == ()


def test_dedupe_keeps_first_occurrence_and_drops_empty_ids():
    assert dedupe(["2", "3.4", "2", "", "EK2.1", "3.4"]) == ("2", "3.4", "EK2.1")


def test_hit_at_k():
    ranked = ["a", "b", "a", "c", "d"]
    assert hit_at_k(ranked, {"a"}, 1) == 1.0
    assert hit_at_k(ranked, {"b"}, 1) == 0.0
    assert hit_at_k(ranked, {"c"}, 3) == 1.0  # duplicates do not use up ranks
    assert hit_at_k(ranked, {"d"}, 3) == 0.0
    assert hit_at_k(ranked, {"x", "d"}, 50) == 1.0
    assert hit_at_k([], {"a"}, 5) == 0.0
    assert hit_at_k(ranked, set(), 5) is None


def test_reciprocal_rank():
    assert reciprocal_rank(["a", "b", "c"], {"c"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(["a", "a", "b"], {"b"}) == 0.5
    assert reciprocal_rank(["a", "b", "c"], {"b", "c"}) == 0.5  # the first gold counts
    assert reciprocal_rank(list("abcdefghijk"), {"k"}, k=10) == 0.0
    assert reciprocal_rank(list("abcdefghijk"), {"j"}, k=10) == pytest.approx(0.1)
    assert reciprocal_rank(["a"], {"z"}) == 0.0
    assert reciprocal_rank(["a"], []) is None


def test_citation_precision_and_recall():
    assert citation_precision(["a", "b"], {"a"}) == 0.5
    assert citation_recall(["a", "b"], {"a"}) == 1.0
    assert citation_precision(["a", "a"], {"a", "c"}) == 1.0
    assert citation_recall(["a", "a"], {"a", "c"}) == 0.5
    assert citation_precision([], {"a"}) == 0.0  # citing nothing is not precise
    assert citation_recall([], {"a"}) == 0.0
    assert citation_precision(["a"], set()) is None  # must-refuse: scored by refusal metrics
    assert citation_recall(["a"], []) is None


def test_mean_skips_undefined_values():
    assert mean([1.0, None, 0.0]) == 0.5
    assert mean([None, None]) is None
    assert mean([]) is None


def test_percentile_by_hand():
    assert percentile([1, 2, 3, 4], 50) == 2.5
    assert percentile([4, 1, 3, 2], 0) == 1
    assert percentile([4, 1, 3, 2], 100) == 4
    assert percentile(range(1, 21), 95) == pytest.approx(19.05)
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_percentile_matches_numpy_linear():
    rng = random.Random(7)
    for _ in range(50):
        values = [rng.uniform(0, 1000) for _ in range(rng.randint(1, 40))]
        for p in (0, 5, 50, 90, 95, 99, 100):
            assert percentile(values, p) == pytest.approx(float(np.percentile(values, p)))


def test_refusal_scores_positive_class_is_must_refuse():
    pairs = [(True, True), (True, False), (False, True), (False, False), (True, True)]
    scores = refusal_scores(pairs)
    assert (scores.true_pos, scores.false_pos, scores.false_neg) == (2, 1, 1)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)
    none_made = refusal_scores([(True, False), (False, False)])
    assert none_made.precision is None and none_made.recall == 0.0
    assert refusal_scores([(False, False)]).recall is None
