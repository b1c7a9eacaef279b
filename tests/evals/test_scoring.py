"""Per-question scoring: facts in what the answer shows (text and quoted originals), computed facts in the
answer's own text with the number normalisation, the refusal kind and the language share carried."""
from __future__ import annotations

import pytest

from evals.questions import Question
from evals.scoring import score, shown_text
from evals.summary import NO_KIND, KindRow, by_question_kind, by_refusal_kind, summarize


def q(qid="q", lang="en", facts=(), refuse=False, computed=False, kind=""):
    return Question(qid, lang, "refusal" if refuse else "urge", "?", () if refuse else ("2",),
                    tuple(tuple(f) for f in facts), refuse, (), computed, kind)


def english_answer(**extra):
    """An English answer quoting the English rendering; the Turkish original is in the citation."""
    return {"answer": "Expert staff: up to 2 people may be employed for 3 years [1].", "lang": "en",
            "citations": [{"n": 1, "section_id": "2.istihdam",
                           "text": "en fazla 2 (iki) uzman personel istihdamı 3 (üç) yıl süreyle desteklenir",
                           "text_en": "the employment of at most 2 (two) expert staff is supported for 3 (three) years"}],
            **extra}


def test_a_turkish_fact_is_found_in_the_citation_original():
    r = score(q(facts=[["uzman personel"], ["3 (üç) yıl"]]), english_answer(), 5.0)
    assert r.facts_ok is True and r.missing_facts == ()


def test_a_fact_found_only_in_text_en_counts():
    r = score(q(facts=[["2 (two) expert staff"]]), english_answer(), 5.0)
    assert r.facts_ok is True


def test_a_fact_in_no_part_of_the_answer_is_missing():
    r = score(q(facts=[["400.000"]]), english_answer(), 5.0)
    assert r.facts_ok is False and r.missing_facts == (("400.000",),)


def test_shown_text_skips_missing_keys_and_the_retrieved_passages():
    answer = {"answer": "A", "citations": [{"text": "B"}, {"text": "C", "text_en": None}],
              "retrieved": [{"text": "not shown"}]}
    assert shown_text(answer) == "A\nB\nC" and shown_text(answer, quotes=False) == "A"


@pytest.mark.parametrize("answer_text, fact, ok", [
    ("75 % of 250,000 USD is 187,500 USD [1]", ["187.500"], True),
    ("Toplam: 1 000 000 USD", ["1.000.000"], True),
    ("65 % of 35 is 22.75 [1]", ["22,75"], True),
    ("the share is 90%", ["%90"], True),
    ("yüzde 17,1", ["%17"], False),  # a different number, not a prefix of it
    ("1875 firms", ["187.500"], False),
    ("a total of 28 000 USD", ["28"], False),
])
def test_computed_facts_use_the_number_normalisation(answer_text, fact, ok):
    r = score(q(facts=[fact], computed=True), {"answer": answer_text, "citations": []}, 1.0)
    assert r.facts_ok is ok


def test_a_computed_number_in_a_quote_only_is_not_derived():
    """The ceiling is quoted (an input); the answer never states the capped amount itself."""
    answer = {"answer": "URGE covers 75 % of training costs [1].",
              "citations": [{"text": "giderlerin % 75’i proje bazında 400.000 USD’a kadar karşılanmaktadır"}]}
    assert score(q(facts=[["400.000"]], computed=True), answer, 1.0).facts_ok is False
    assert score(q(facts=[["400.000"]]), answer, 1.0).facts_ok is True  # a printed fact may be in the quote


def test_refusal_kind_and_language_share_are_carried():
    refusal = {"answer": "The report does not answer this question (it has nothing on the year 2018).",
               "refused": True, "refusal_kind": "later_year", "citations": []}
    r = score(q(refuse=True, kind="later-year"), refusal, 1.0)
    assert r.refusal_kind == "later_year" and r.language_share == 1.0
    answered = score(q(), {"answer": "x", "refused": False, "refusal_kind": "later_year"}, 1.0)
    assert answered.refusal_kind == ""  # a kind without a refusal is not a refusal
    assert score(q(), {}, 1.0, error="boom").language_share is None


def test_false_refusals_and_kind_tables():
    refused = {"answer": "Raporda yok.", "refused": True, "refusal_kind": "unknown_name"}
    answered = {"answer": "Evet, destek var.", "refused": False}
    results = [score(q("a", "tr", refuse=True, kind="person"), refused, 1.0),
               score(q("b", "tr", refuse=True, kind="person"), answered, 1.0),
               score(q("c", "tr", refuse=True), refused | {"refusal_kind": "later_year"}, 1.0),
               score(q("d", "tr", facts=[["x"]]), refused, 1.0),
               score(q("e", "tr", facts=[["x"]]), refused | {"refusal_kind": ""}, 1.0)]
    s = summarize(results)
    assert (s.false_refusals, s.refusals_made, s.must_refuse) == (2, 4, 3)
    assert (s.refusal_precision, s.refusal_recall) == (pytest.approx(2 / 4), pytest.approx(2 / 3))
    assert by_question_kind(results) == (KindRow("person", 2, 1), KindRow(NO_KIND, 1, 1))
    assert by_refusal_kind(results) == (KindRow("unknown_name", 1, 2), KindRow("later_year", 1, 1),
                                        KindRow(NO_KIND, 0, 1))
    assert s.language_share == pytest.approx(1.0) and s.language_share_n == 5
