"""Excerpts and citations, on a tiny case study whose sentences are checked by hand."""
from assistant.compose.passages import best_excerpt, cite
from core.answers import Hit

# Two chunks of one section: the count is in the first, the project in the second.
CHUNK_1 = "ODTÜ Teknokent 250 yenilikçi şirketi kapsar. Park Ankara'dadır."
CHUNK_2 = "Yazılım kümesi girişimciliği teşvik etmek için Yeni Fikirler Yeni İşler Projesi'ni uygular. Başka bilgi."
SECTION = CHUNK_1 + "\n" + CHUNK_2
QUESTION = "ODTÜ Teknokent kaç yenilikçi şirketi kapsıyor ve girişimciliği teşvik etmek için hangi projeyi uyguluyor?"


def test_one_run_of_sentences_by_default():
    assert best_excerpt(CHUNK_2, QUESTION, 100) == ("Yazılım kümesi girişimciliği teşvik etmek için Yeni Fikirler "
                                                     "Yeni İşler Projesi'ni uygular.")


def test_second_run_covers_what_the_first_lacks_from_the_whole_section_in_text_order():
    excerpt = best_excerpt(CHUNK_2, QUESTION, 100, second_chars=60, context=SECTION)
    assert excerpt == ("ODTÜ Teknokent 250 yenilikçi şirketi kapsar. … Yazılım kümesi girişimciliği teşvik etmek "
                       "için Yeni Fikirler Yeni İşler Projesi'ni uygular.")


def test_no_second_run_when_the_first_covers_every_question_word():
    assert best_excerpt(CHUNK_1, "Teknokent kaç şirketi kapsar?", 200, second_chars=200,
                        context=SECTION) == "ODTÜ Teknokent 250 yenilikçi şirketi kapsar. Park Ankara'dadır."


def test_second_run_never_repeats_the_first():
    excerpt = best_excerpt(SECTION, QUESTION, 300, second_chars=300, context=SECTION)
    assert excerpt.count("250") == 1 and excerpt.count("Yeni Fikirler") == 1


def test_cite_quotes_the_first_passage_with_its_section_and_the_others_plainly():
    hits = [Hit("a-2", "3.2", "ODTÜ", "text", "h\n" + CHUNK_2, 1.0),
            Hit("b-1", "3.3", "SASAD", "text", "h\n" + "SASAD 90 üyeye sahiptir. Projeyi uygular.", 0.5)]
    citations = cite(hits, QUESTION, limit=2, section_text={"3.2": SECTION, "3.3": "x"}.get)
    assert [c.n for c in citations] == [1, 2]
    assert "250" in citations[0].text and "Yeni Fikirler" in citations[0].text
    assert citations[1].text.startswith("SASAD 90") and "…" not in citations[1].text


# -- how the run is chosen: rare question words, the ranked chunk, an introduced item -------------------------
def test_rare_question_words_outweigh_the_sections_own_name():
    # "ODTÜ Teknokent" is in three of the four sentences, so it says little about which one answers;
    # a plain count ties the first sentence with the fourth (two words each) and text order picks the first
    text = ("ODTÜ Teknokent Ankara'da kuruldu. ODTÜ Teknokent büyüdü. ODTÜ Teknokent ünlüdür. "
            "Parkta 250 yenilikçi şirket var.")
    assert best_excerpt(text, "ODTÜ Teknokent yenilikçi şirket", 40) == "Parkta 250 yenilikçi şirket var."


def test_the_best_passage_is_chosen_from_its_section_with_the_ranked_chunk_ahead_on_ties():
    section = "Küme ağları kurdu.\n\nBaşka bir konu.\n\nKüme ağları büyüttü."
    ranked = "Başlık\nKüme ağları büyüttü."
    [c] = cite([Hit("c2", "3.1", "Başlık", "case_study", ranked, 1.0)], "küme ağları", limit=1, first_chars=25,
               second_chars=0, section_text={"3.1": section}.get)
    assert c.text == "Küme ağları büyüttü."  # an equal run earlier in the section loses to the ranked chunk's
    # a run from another chunk of the section is quoted when it answers better
    [c] = cite([Hit("c2", "3.1", "Başlık", "case_study", "Başlık\nBaşka bir konu.", 1.0)], "küme ağları kurdu",
               limit=1, first_chars=25, second_chars=0, section_text={"3.1": "Küme ağları kurdu.\n\nBaşka bir konu."}.get)
    assert c.text == "Küme ağları kurdu."


def test_a_run_that_announces_a_name_takes_the_name_with_it():
    text = ("Proje kısaca KİK olarak anılır. Projenin uzun adı ile; “Ağ Oluşturma ve Bölgelerarası İşbirliği için "
            "KOBİ’lerin Güçlendirilmesine Yönelik Teknik Yardım Projesi” dir. Sonra başka bir cümle gelir.")
    excerpt = best_excerpt(text, "Projenin uzun adı nedir?", 60)
    assert "Projenin uzun adı ile;" in excerpt and excerpt.endswith("Teknik Yardım Projesi” dir.")


def test_the_second_run_is_for_the_words_the_first_lacks():
    # the first run has alfa and beta; "Alfa beta gama" has more question words in all, but only one of the
    # missing two, while "Gama delta" has both missing ones
    section = "Alfa beta burada. Alfa beta gama orada. Gama delta şurada."
    assert best_excerpt("Alfa beta burada.", "alfa beta gama delta", 20, second_chars=25, context=section) == \
        "Alfa beta burada. … Gama delta şurada."


def test_a_question_about_when_prefers_the_sentence_with_a_year():
    text = "Küme yönetimi başvuru konseptini sundu. Sonra 2005 yılında küme yönetimi başvuru konseptini sundu."
    # without the date evidence the first sentence wins: same question words, earlier in the text
    assert best_excerpt(text, "Küme yönetimi başvuru konseptini ne zaman sundu?", 60) == \
        "Sonra 2005 yılında küme yönetimi başvuru konseptini sundu."
    assert best_excerpt(text, "Since when has the küme yönetimi sundu başvuru konseptini?", 60).startswith("Sonra 2005")


def test_an_acronym_the_text_spells_out_finds_its_phrase():
    # "OSB" is never printed; its initials are those of "Organize Sanayi Bölgeleri", which is what answers
    text = ("URGE şirketlerin rekabet gücünü artırır. Projeler hazırlanır ve başvurular yapılır. "
            "Başvuran kuruluşlar: İhracatçı Birlikleri, Organize Sanayi Bölgeleri.")
    assert best_excerpt(text, "OSB yönetimi URGE için başvurabilir mi?", 80).endswith("Organize Sanayi Bölgeleri.")
