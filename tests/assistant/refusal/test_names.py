"""Name tokens: capitalised words and acronyms of a question, grouped into name phrases."""
from assistant.refusal.names import _name_tokens


def test_first_word_counts_as_a_name_only_when_it_is_not_an_everyday_word_or_is_suffixed():
    assert [t.initial for t in _name_tokens("Hangi kümeler Gaziantep'te?", "tr")] == [True, False]
    assert _name_tokens("Gaziantep'in nüfusu?", "tr")[0][:3] == ("Gaziantep", "gaziantep", False)
    assert [t[:3] for t in _name_tokens("Eskişehir-Bilecik Seramik", "tr")] == [
        ("Eskişehir", "eskisehir", True), ("Bilecik", "bilecik", True), ("Seramik", "seramik", False)]


def test_name_phrases_run_over_connectors_and_break_at_lowercase_words():
    tokens = _name_tokens("Is the Toronto Food and Beverage Cluster in the EU Horizon list?", "en")
    phrases = {}
    for t in tokens:
        phrases.setdefault(t.phrase, []).append(t.raw)
    assert list(phrases.values()) == [["Is"], ["Toronto", "Food", "Beverage", "Cluster"], ["EU", "Horizon"]]


def test_a_title_cased_question_has_no_names_but_its_acronyms_and_suffixed_words():
    from assistant.refusal.names import title_cased
    assert title_cased("Kümelerimiz İçin Hangi Destekler Var?")
    assert title_cased("What Does The Plan Recommend On Patent Databases?")     # "the", "on" do not count
    assert title_cased("Çorum Kümelenme Bilgi Merkezi'ne Hangi E-posta Adresinden Ulaşılıyor?")  # "posta" is a part
    assert not title_cased("Yardımcı Takım Lideri kimdi?")                       # a title, then a word
    assert not title_cased("How many members does the Toronto Food and Beverage Cluster have?")
    tokens = _name_tokens("Kümelerimiz İçin Hangi Destekler Var?", "tr")
    assert tokens == []
    assert [t.raw for t in _name_tokens("SASAD'ın Üyeleri Kimler Ve Nerede Çalışıyor?", "tr")] == ["SASAD"]


def test_an_english_contraction_is_no_turkish_case_suffix():
    assert [t.suffixed for t in _name_tokens("Hasn't Dacia been sold?", "en")][:1] == [False]
    assert [t.suffixed for t in _name_tokens("What's the plan?", "en")][:1] == [False]
    assert [t.suffixed for t in _name_tokens("SASAD'ın üyeleri", "tr")] == [True]


def test_the_reports_capitals_only_names_are_its_names_in_lower_case_too():
    from assistant.refusal.names import report_acronyms
    texts = ["URGE desteği. UR-GE programı. URGE training support.", "SASAD üyeleri. Ankara'da SASAD. ANKARA",
             "ORAN 5; oran yüksek. ORAN ORAN", "BİT sektörü. BİT. BİT.", "İŞİM kümesi. İŞİM. İŞİM."]
    acronyms = report_acronyms(texts)
    assert "urge" in acronyms                  # UR-GE and URGE, three times, never written otherwise
    assert "sasad" not in acronyms             # printed twice: too few to outweigh an everyday word
    assert "ankara" not in acronyms            # written in lower case too
    assert "oran" not in acronyms
    assert "bit" not in acronyms               # three letters
    assert "isim" not in acronyms              # an everyday Turkish word ("isim": a name)
