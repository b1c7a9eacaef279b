"""The Porter stemmer against the paper's own examples, and the derivational families the English view needs."""
import pytest

from assistant.retrieval.porter import measure, porter_stem

PAPER = {  # M. F. Porter (1980), the examples of steps 1-5
    "caresses": "caress", "ponies": "poni", "ties": "ti", "caress": "caress", "cats": "cat", "feed": "feed",
    "agreed": "agre", "plastered": "plaster", "motoring": "motor", "sing": "sing", "conflated": "conflat",
    "troubled": "troubl", "sized": "size", "hopping": "hop", "tanned": "tan", "falling": "fall",
    "hissing": "hiss", "fizzed": "fizz", "failing": "fail", "filing": "file", "happy": "happi",
    "relational": "relat", "conditional": "condit", "rational": "ration", "digitizer": "digit",
    "oscillator": "oscil", "triplicate": "triplic", "formative": "form", "hopeful": "hope",
    "goodness": "good", "revival": "reviv", "allowance": "allow", "adjustment": "adjust",
    "adoption": "adopt", "probate": "probat", "rate": "rate", "cease": "ceas", "controll": "control",
    "roll": "roll", "generalizations": "gener",
}


@pytest.mark.parametrize("word, stem", sorted(PAPER.items()))
def test_paper_examples(word, stem):
    assert porter_stem(word) == stem


def test_measure():
    assert [measure(w) for w in ("tr", "tree", "trouble", "oats", "troubles", "private")] == [0, 0, 1, 1, 2, 2]


def test_derivational_families_meet_where_inflection_stemming_keeps_them_apart():
    # the crude inflection stemmer leaves these pairs apart; the English view needs them together
    assert porter_stem("internationally") == porter_stem("international")
    assert porter_stem("competition") == porter_stem("competitiveness")
    assert porter_stem("attraction") == porter_stem("attract")
    assert porter_stem("exhibition") == porter_stem("exhibit")
    assert porter_stem("investment") == porter_stem("invest")


def test_short_words_are_kept():
    assert porter_stem("is") == "is" and porter_stem("eu") == "eu"
