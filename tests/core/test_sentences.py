"""Sentence boundaries: hand-checked on small inline texts shaped like the report's."""
from core.records import Paragraph, Section
from core.sentences import section_sentences, sentence_key, split_sentences


def test_splits_after_full_stops_before_capitals_and_digits():
    text = "Küme yönetimi kurulmuştur. Temel analizler yapılmıştır. 2010 yılında Tebliğ çıktı."
    assert split_sentences(text) == ["Küme yönetimi kurulmuştur.", "Temel analizler yapılmıştır.",
                                     "2010 yılında Tebliğ çıktı."]


def test_ordinal_numbers_abbreviations_and_codes_do_not_end_a_sentence():
    assert split_sentences("Cumhuriyetimizin 100. yılında hedef var.") == ["Cumhuriyetimizin 100. yılında hedef var."]
    assert split_sentences("Danışmanlık, eğitim vb. Hizmetler verilir.") == ["Danışmanlık, eğitim vb. Hizmetler verilir."]
    assert split_sentences("• ORA1.AA5.T1.E2. Ortak tedarik ağları") == ["• ORA1.AA5.T1.E2. Ortak tedarik ağları"]


def test_list_items_stand_alone():
    assert split_sentences("Fikir\n• Bir yığın mevcuttur\n• Yığın seçilmiştir") == [
        "Fikir", "• Bir yığın mevcuttur", "• Yığın seçilmiştir"]


def test_offsets_point_into_the_section_text_and_carry_the_page():
    section = Section("3.1", "Toronto", "case_study", (Paragraph(12, "Birinci cümle. İkinci cümle."),
                                                       Paragraph(13, "Üçüncü cümle.")), "r.txt")
    sentences = section_sentences(section)
    assert [s.text for s in sentences] == ["Birinci cümle.", "İkinci cümle.", "Üçüncü cümle."]
    assert [section.text[s.start:s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.page for s in sentences] == [12, 12, 13] and [s.index for s in sentences] == [0, 1, 2]


def test_the_key_ignores_white_space_but_not_words():
    assert sentence_key("Bir  cümle\n var.") == sentence_key("Bir cümle var.")
    assert sentence_key("Bir cümle var.") != sentence_key("Bir cümle yok.")
