import pytest

from assistant.refusal.scope import ScopeVocabulary, out_of_scope

VOCAB = ScopeVocabulary.from_texts([
    "Küme yönetimi ve URGE desteği 2010 yılında yürürlüğe girdi. 2023 yılında 500 milyar dolar ihracat hedefi.",
    "Gaziantep ilinde tekstil kümeleri; Almanya'da NanoBioNet kümesi; Kalkınma Ajansları anket uyguladı.",
])


@pytest.mark.parametrize("question, lang, reason", [
    ("URGE limitleri 2024 yılında neydi?", "tr", "later_year"),
    ("And what were these limits in 2024?", "en", "later_year"),
    ("Türkiye 2023 yılında gerçekte ne kadar ihracat yaptı?", "tr", "actual_year"),
    ("Kanada dışında Hindistan'ın küme destek programı nasıl işliyor?", "tr", "other_country"),
    ("What grants does Italy's cluster policy give?", "en", "other_country"),
    ("How do Turkish clusters compare with Italy's industrial districts?", "en", "other_country"),  # a comparison
    ("Türk kümeleri Fransa'nın kutuplarıyla nasıl kıyaslanır?", "tr", "other_country"),
    ("What will the weather be like in Gaziantep tomorrow?", "en", "off_topic"),
    ("Bu yıl kaç küme URGE desteği alıyor?", "tr", "present"),
    ("How many clusters get URGE support this year?", "en", "present"),
    ("Which clusters get URGE support today?", "en", "present"),  # VOCAB never says "bugün"
])
def test_refused(question, lang, reason):
    assert out_of_scope(question, VOCAB, lang).kind == reason


@pytest.mark.parametrize("question, lang", [
    ("2023 ihracat hedefi nedir?", "tr"),
    ("URGE desteği hangi yıl yürürlüğe girdi, 2010 mu?", "tr"),
    ("Almanya'daki NanoBioNet kümesi hangi desteği geliştirdi?", "tr"),  # a case-study country
    ("How does the German cluster compare with the Turkish ones?", "en"),  # a case study's country
    ("Gaziantep'teki tekstil kümeleri hangileri?", "tr"),
    ("Which development agencies ran the survey?", "en"),  # English words are not judged by Turkish vocabulary
    ("Günümüzde kaç şirket var?", "tr"),  # the report's own "today" (günümüzde) is not the present
])
def test_in_scope(question, lang):
    assert out_of_scope(question, VOCAB, lang) is None


def test_a_report_that_says_bugun_may_be_asked_about_its_today():
    vocab = ScopeVocabulary.from_texts(["Bugün Merkez 40 KOBİ ve 5 üniversiteyi bir araya getirmektedir."])
    assert vocab.own_present == {"bugun"}
    assert out_of_scope("Merkez bugün kaç KOBİ'yi bir araya getiriyor?", vocab, "tr") is None
    assert out_of_scope("How many SMEs does the centre bring together today?", vocab, "en") is None
    assert out_of_scope("Bu yıl kaç KOBİ var?", vocab, "tr").kind == "present"


def test_an_inflected_policy_word_still_names_a_programme():
    """"desteği" is "destek" with a possessive: the policy check compares stems, not whole words."""
    refusal = out_of_scope("Japonya'nın küme desteği nasıl işliyor?", VOCAB, "tr")
    assert refusal is not None and refusal.kind == "other_country" and refusal.subject == "Japonya"
