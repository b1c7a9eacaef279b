"""Language share on small inline answers: an English frame around Turkish scores low, names and codes don't count."""
from __future__ import annotations

import pytest

from evals.language_share import WINDOW, is_english, is_turkish, language_share, scored_words

ENGLISH = ("Training and consultancy programmes: 75 % of the costs are covered, up to 400.000 USD per project [1]. "
           "The support lasts three years.")
TURKISH = ("Eğitim ve danışmanlık programlarında giderlerin % 75’i, proje başına 400.000 USD’a kadar karşılanır [1]. "
           "Kümelerin bu destekten yararlanması için işbirliği kuruluşu olması gerekir.")
FRAME = ("The report says [1]: «eğitim ve danışmanlık faaliyet giderleri ile program organizasyonuna yönelik "
         "faaliyet giderlerinin yüzde yetmiş beşi proje bazında karşılanmaktadır»")


def test_a_fully_english_answer_scores_high_and_not_as_turkish():
    assert language_share(ENGLISH, "en") == 1.0
    assert language_share(ENGLISH, "tr") < 0.6  # only the words both languages know ("up", "to" …)


def test_a_turkish_answer_scores_high_in_turkish_low_in_english():
    assert language_share(TURKISH, "tr") >= 0.9
    assert language_share(TURKISH, "en") < 0.2


def test_an_english_frame_around_turkish_quotes_scores_low():
    assert language_share(FRAME, "en") < 0.4
    assert language_share(FRAME, "tr") > language_share(FRAME, "en")


def test_names_codes_and_numbers_are_not_words():
    text = "The action ORA1.AA1.T1.E6 applies to Gaziantep, İSTKA and EK2.151 in 2011, with %75’i, 400.000 TL."
    assert scored_words(text) == ["The", "action", "applies", "to", "and", "in", "with"]
    assert language_share(text, "en") == 1.0  # "Gaziantep", "İSTKA", "TL" are names, not Turkish words


def test_a_sentence_start_is_counted_even_capitalised():
    words = scored_words("Kümelenme önemlidir. Destek verilir: «Firmalar katılır» ve\nHer küme")
    assert words == ["Kümelenme", "önemlidir", "Destek", "verilir", "Firmalar", "katılır", "ve", "Her", "küme"]
    assert "Toronto" not in scored_words("the cluster in Toronto grew")
    assert scored_words("URGE desteği. BROP illeri") == ["desteği", "illeri"]  # acronyms even at a start


def test_only_the_first_400_characters_count_and_no_half_word():
    tail = " kümelerin giderleri" * 40
    assert language_share(ENGLISH[:60] + " " * (WINDOW - 60) + tail, "en") == 1.0
    cut = "a " * ((WINDOW - 4) // 2) + "ab " + "supportlessness"  # the word across char 400 is dropped
    assert scored_words(cut)[-1] == "ab"


def test_turkish_suffix_chains_on_a_known_stem():
    assert is_turkish("kümelerin") and is_turkish("giderleri") and is_turkish("Raporda")
    assert not is_turkish("fotosentezlik") and not is_turkish("training")


def test_english_inflections_and_contractions():
    assert is_english("programmes") and is_english("isn't") and is_english("report's")
    assert not is_english("danışmanlık")


@pytest.mark.parametrize("text", ["", "[1] 400.000 ORA1", "İSTKA ANKARAKA 77"])
def test_nothing_to_score_is_none(text):
    assert language_share(text, "en") is None
