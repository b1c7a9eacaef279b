"""Cover: a passage's share of the question's words, weighed by their rarity among the sections; and a
sibling section named by the question (assistant/compose/about.py). Hand-built texts, hand-checked weights."""
from __future__ import annotations

import math

from core.answers import Hit

from assistant.compose.about import NAMED_SHARE, Vocabulary, cover_of, names, passage_view

SECTIONS = ["küme fuar katılım", "küme patent marka", "küme eğitim programı", "küme yönetimi", "küme istihdam"]


def test_a_word_every_section_has_weighs_least_and_an_unknown_one_most():
    v = Vocabulary(SECTIONS)
    assert math.isclose(v.weight("kume"), math.log(1 + 5 / 5))
    assert math.isclose(v.weight("patent"), math.log(1 + 5 / 1))
    assert math.isclose(v.weight("siemens"), math.log(1 + 5 / 1))  # no section: as rare as it gets


def test_share_is_weighted_by_rarity_not_counted():
    v = Vocabulary(SECTIONS)
    words = {"kume", "patent"}
    # "küme" alone is half the words but little of their weight
    assert v.share(words, "küme toplantısı") < 0.5 < v.share(words, "patent başvurusu")
    assert v.share(words, "küme patent") == 1.0 and v.share(set(), "küme") == 0.0


def test_an_action_is_read_with_the_titles_above_it():
    """An action of the plan is one line; the measure and area titles in its section path say what it is about."""
    action = Hit("c", "ORA4.AA3.T1.E2", "Fuarlara katılım", "action_plan",
                 "ORA4 Uluslararasılaşma › AA3 Fuarlar › E2 Fuarlara katılım\nFuarlara katılım", 0.1)
    assert "Uluslararasılaşma" in passage_view(action, None)
    v = Vocabulary(SECTIONS + ["uluslararasılaşma"])
    assert cover_of(v, {"uluslararasilasma"})(action) == 1.0


def test_english_questions_read_the_rendering_beside_the_turkish():
    hit = Hit("c", "s", "t", "report", "Yol\nPatent başvurusu yapılır.", 0.1)
    pairs = lambda text: [(text, "A patent application is made.")]  # noqa: E731
    assert "application" in passage_view(hit, pairs) and "başvurusu" in passage_view(hit, pairs)
    assert cover_of(Vocabulary(SECTIONS), {"application"}, pairs)(hit) == 1.0
    assert cover_of(Vocabulary(SECTIONS), {"application"}, None)(hit) == 0.0


TRAINING = "Proje Bazlı Eğitim ve/veya Danışmanlık Programları Project-Based Training and/or Consultancy Programmes"
INDIVIDUAL = "Proje Bazlı Bireysel Danışmanlık Programı Project-Based Individual Consultancy Programme"


def test_a_sibling_is_named_by_the_title_words_that_set_it_apart():
    v = Vocabulary(SECTIONS + ["proje bazlı", "proje", "proje bireysel"])
    # "the same as for the training programmes?" names the training line beside the consultancy one cited
    assert names(v, {"training", "programmes", "rate", "individual", "consultancy"}, TRAINING, [INDIVIDUAL])
    # half of {eğitim, training}: "and/or" counts for nothing
    assert names(v, {"training"}, TRAINING, [INDIVIDUAL])
    # "proje" is in both titles; "ve/veya" and "and/or" are no words: nothing sets the line apart here
    assert not names(v, {"proje", "giderlerin", "danismanlik"}, TRAINING, [INDIVIDUAL])
    # a common word that does set it apart is not enough: "proje" only, against the rare "bireysel"
    assert not names(v, {"proje", "oran"}, INDIVIDUAL, ["Eğitim Programları"])
    assert NAMED_SHARE == 0.5
