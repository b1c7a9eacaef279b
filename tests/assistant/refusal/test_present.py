"""The present asked about: the report's own "today" counts only for what the sections using it are about."""
from assistant.refusal.present import PresentCheck
from core.wordlists import frequent_words

SECTIONS = {
    "3.5": ("sprint kumesi otomotiv ar-ge merkezi kurdu. bugun merkez 40 kobi ve 7 universiteyi bir araya getiriyor.",
            "the sprint cluster set up an automotive r&d centre. today the centre brings together 40 smes."),
    "2.egitim": ("urge egitim ve danismanlik destegi: giderlerin %75'i, proje basina 400.000 usd.",
                 "urge training and consultancy support: 75% of costs, up to 400,000 usd per project."),
    "ORA3": ("gelistirme calismalari hala surmektedir. guncel bilgi paylasilir.", "up-to-date information is shared."),
}
CHECK = PresentCheck(SECTIONS, frequent_words("tr", 400) | frequent_words("en", 500))


def test_a_present_word_the_report_uses_about_something_else_is_refused():
    assert CHECK.refusal("URGE eğitim desteği bugün ne kadar?").kind == "present"
    assert CHECK.refusal("How much is URGE training support today?").kind == "present"


def test_a_present_word_the_report_uses_about_the_same_thing_is_not():
    assert CHECK.refusal("SPRINT merkezi bugün kaç KOBİ'yi bir araya getiriyor?") is None
    assert CHECK.refusal("How many SMEs does the SPRINT centre bring together today?") is None


def test_still_asks_about_now_only_when_it_asks_whether_something_still_runs():
    assert CHECK.refusal("URGE desteği hâlâ yürürlükte mi?").kind == "present"
    assert CHECK.refusal("Kümelerin yüzde kaçı hâlâ fikir aşamasında?") is None  # the map's own figure


def test_current_asks_about_now():
    assert CHECK.refusal("What is the current upper limit of URGE training support?").kind == "present"


def test_many_more_is_no_any_more():
    assert CHECK.refusal("How many more projects got URGE training support than consultancy?") is None


def test_sira_is_a_now_word_the_report_never_uses():
    from assistant.refusal.scope import ScopeVocabulary, out_of_scope
    vocab = ScopeVocabulary.from_texts(text for text, _ in SECTIONS.values())
    assert out_of_scope("Şu sıralar kaç küme URGE desteği alıyor?", vocab, "tr").kind == "present"
