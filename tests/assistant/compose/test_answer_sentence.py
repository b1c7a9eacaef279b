"""Which sentence answers: the counted noun beside a number, the section's subject weighed down, what a sentence
announces, a "name : role" label, and the words that only say how a question asks."""
from assistant.compose.passages import best_excerpt, cite
from assistant.compose.runs import (counted_words, introduces, is_item, question_words, subject_weights)
from core.answers import Hit


# -- a count question: the number next to the counted noun, not any figure --------------------------------------
def test_counted_words_are_the_nouns_after_the_count_cue_or_before_sayisi():
    assert counted_words("toronto kumesi'nin kac uyesi var?") == {"uyesi"}
    assert counted_words("how many member firms does isim have?") == {"member", "firms"}
    assert counted_words("uye sayisi nedir?") == {"uye"}
    assert counted_words("kume nedir?") == frozenset()


def test_a_count_question_quotes_the_number_beside_its_noun_over_other_figures():
    # the first sentence has "üyesi" as typed and more figures; "üye sayısı 1500" answers "kaç üyesi": the number
    # stands beside "üye", the stem both words share (five letters would not match "üyesi" with "üye")
    text = "Küme üyesi firmaların %25'i 5 yılda %12 büyüdü. Cirosu 20 milyar USD ve üye sayısı 1500'dür."
    assert best_excerpt(text, "Kaç üyesi var?", 50) == "Cirosu 20 milyar USD ve üye sayısı 1500'dür."


def test_a_count_written_out_is_a_number():
    text = "Programın her aşamasından sonra 2012 yılında 100 kişi katıldı. Dört aşamadan oluşur."
    assert best_excerpt(text, "Program kaç aşamadan oluşuyor?", 40) == "Dört aşamadan oluşur."


# -- the section's subject says little about which of its sentences answers --------------------------------------
def test_title_words_weigh_less_and_a_question_of_title_words_only_is_about_the_subject():
    sentences = ["Toronto kümesi büyük.", "Toronto kümesi Çin'de proje yaptı."]
    weights, about = subject_weights(sentences, {"toronto", "cin"}, "Toronto Kümesi")
    assert weights["toronto"] < weights["cin"]
    assert not about
    assert subject_weights(sentences, {"toronto"}, "Toronto Kümesi")[1]


def test_the_sections_own_name_does_not_choose_the_sentence():
    section = "Ubiquitous Computing Kümesi Finlandiya'da kuruldu.\n\nKüme Çin'de sergi açtı.\n\nÜyeler fuara gitti."
    [c] = cite([Hit("c6", "3.6", "Ubiquitous Computing Kümesi – Finlandiya", "case_study", "x\nÜyeler fuara gitti.", 1.0)],
               "Ubiquitous Computing Kümesi Çin'de ne yaptı?", limit=1, first_chars=30, second_chars=0,
               section_text={"3.6": section}.get)
    assert c.text == "Küme Çin'de sergi açtı."


def test_a_question_about_the_subject_only_quotes_the_sections_opening():
    section = "AUS 2004'te kuruldu ve 3 firmadan oluşur.\n\nAUS sergi düzenledi.\n\nAUS Çin'de proje yaptı."
    ranked = "AUS\nAUS Çin'de proje yaptı."
    [c] = cite([Hit("c3", "3.8", "AUS Kümesi", "case_study", ranked, 1.0)], "Tell me about AUS", limit=1,
               first_chars=45, second_chars=0, section_text={"3.8": section}.get)
    assert c.text.startswith("AUS 2004'te kuruldu")
    # a question with a word of its own keeps choosing by that word
    [c] = cite([Hit("c3", "3.8", "AUS Kümesi", "case_study", ranked, 1.0)], "AUS Çin'de ne yaptı?", limit=1,
               first_chars=30, second_chars=0, section_text={"3.8": section}.get)
    assert c.text == "AUS Çin'de proje yaptı."


# -- a quote takes what its last sentence announces -----------------------------------------------------------
def test_a_sentence_saying_what_follows_introduces_it_and_the_items_are_quoted():
    assert introduces("Üç temel sonuç aşağıdaki şekilde özetlenebilir.") and introduces("Bunlar:")
    assert not introduces("Proje 2011'de başladı.")
    assert is_item("• Ulusal strateji") and is_item("1. Hazır olma,") and not is_item("Birinci aşama")
    text = ("Projede üç temel sonuç aşağıdaki şekilde özetlenebilir.\n• Kurumsal kapasite oluşturulmuş,\n"
            "• Ulusal kümelenme stratejisi ve,\n• 10 kümenin yol haritaları hazırlanmıştır.\nBaşka bir konu.")
    excerpt = best_excerpt(text, "Projede ulaşılan üç temel sonuç nedir?", 60)
    assert "Kurumsal kapasite" in excerpt and "10 kümenin" in excerpt and "Başka" not in excerpt


def test_a_name_label_before_a_role_is_quoted_with_it():
    text = "Hazırlayanlar:\nVedat Kunt :\nProje Kilit Uzmanı\nGülçin Salıngan :\nYardımcı Takım Lideri"
    assert best_excerpt(text, "Yardımcı Takım Lideri kimdi?", 45).startswith("Gülçin Salıngan")


# -- words that say how a question asks -------------------------------------------------------------------------
def test_question_words_drop_function_words_and_apostrophe_suffixes():
    words = question_words("Ubiquitous Kümesi'nin programı ne kadar sürüyor ve hangi firmalar için?", "")
    assert {"ubiquitous", "kumesi", "programi", "suruyor", "firmalar"} <= words
    assert not words & {"nin", "kadar", "hangi", "icin"}
    # a word that is a suffix chain but typed on its own stays ("üye")
    assert "uye" in question_words("Kaç üye var?", "")


def test_a_quote_never_starts_inside_a_sentence_split_after_an_abbreviation():
    text = ("Proje 2011'de başladı. Bakanlık ortaklığında, ECORYS Nederland BV. liderliğindeki konsorsiyum teknik "
            "destek sağlar. Başka bir konu.")
    assert best_excerpt(text, "Teknik desteği hangi konsorsiyum veriyor?", 110).startswith("Bakanlık ortaklığında, ECORYS")


def test_the_second_run_looks_for_the_questions_other_half_not_for_the_sections_subject():
    section = "Anket formu ile veri toplandı.\n\nBüyük ölçekli firma 250 çalışandır.\n\nBaşka bir konu."
    hit = Hit("e1", "EK1", "Anket Formu", "text", "x\nBüyük ölçekli firma 250 çalışandır.", 1.0)
    # the first run lacks only the title's words ("anket formunda"): no second run is quoted for them
    [c] = cite([hit], "Anket formunda büyük ölçekli firma kaç çalışan?", limit=1, first_chars=40,
               second_chars=40, section_text={"EK1": section}.get)
    assert c.text == "Büyük ölçekli firma 250 çalışandır."
    # a word of the question's own that the first run lacks still gets one
    [c] = cite([hit], "Büyük ölçekli firma kaç çalışan, veri nasıl toplandı?", limit=1, first_chars=40,
               second_chars=40, section_text={"EK1": section}.get)
    assert c.text == "Anket formu ile veri toplandı. … Büyük ölçekli firma 250 çalışandır."
