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


STOP = frequent_words("tr", 400) | frequent_words("en", 500)


def test_the_unit_is_the_sentence_using_the_present_word_not_its_whole_section():
    from assistant.refusal.present import sentence_units
    text = ("Proje başlangıcından bugüne kadar sahadaki çalışmalar sürmüştür. "
            "KOBİ ve Kümelenme Destekleri Dairesi Ekonomi Bakanlığına bağlıdır.")
    question = "KOBİ ve Kümelenme Destekleri Dairesi bugün hangi bakanlığa bağlı?"
    assert PresentCheck(sentence_units({"1.1": text}, lambda s: None), STOP).refusal(question).kind == "present"
    # the whole section as one unit: "bugüne kadar" in one sentence vouched for the other
    from core.normalize import fold_ascii
    assert PresentCheck({"1.1": (fold_ascii(text), "")}, STOP).refusal(question) is None


def test_sentence_units_pair_each_sentence_with_its_english():
    from assistant.refusal.present import sentence_units
    units = sentence_units({"3.5": "Merkez kuruldu. Bugün Merkez 40 KOBİ'yi bir araya getirmektedir."},
                           {"Merkez kuruldu.": "The Centre was set up."}.get)
    assert list(units.values()) == [("merkez kuruldu.", "the centre was set up."),
                                    ("bugun merkez 40 kobi'yi bir araya getirmektedir.", "")]


def test_any_present_word_of_the_report_is_its_present_however_the_question_words_it():
    units = {"4.2.J#4": ("kumelerin mevcut durumdaki en onemli finans kaynaklari kalkinma ajanslaridir.",
                         "the most important financial resources of the clusters in the current situation are "
                         "the development agencies.")}
    check = PresentCheck(units, STOP)
    assert check.refusal("What are currently the most important sources of finance for the clusters?") is None


def test_a_word_in_a_fifth_of_the_sentences_does_not_make_a_sentence_about_the_question():
    units = {f"EK2.{i}": (f"kume {i}", f"cluster {i}") for i in range(8)}
    units["3.5#7"] = ("bugun kume merkezi 40 kobiyi bir araya getirmektedir.",
                      "today the cluster centre brings together 40 smes.")
    check = PresentCheck(units, STOP)
    assert check.refusal("How many clusters are registered nowadays?").kind == "present"
    assert check.refusal("How many SMEs does the cluster centre bring together today?") is None


def test_an_american_spelling_is_read_as_the_renderings_british_one():
    """"center" and "centre" differ in their first five letters, by which the words are compared."""
    assert CHECK.refusal("What does the R&D center do today?") is None


def test_a_now_dates_a_value_a_person_a_date_a_state_or_a_named_thing():
    from assistant.refusal.present import dates_the_answer
    assert dates_the_answer("what is the urge ceiling at the moment?", "amount", [])      # a value
    assert dates_the_answer("kac kume simdi var?", "count", [])
    assert dates_the_answer("who runs the centre right now?", "explanation", [])          # a person
    assert dates_the_answer("when is the deadline right now?", "explanation", [])         # a date
    assert dates_the_answer("are the clusters still active?", "explanation", [])          # a state
    assert dates_the_answer("kumeler bu yil hangi ulkelerle calisiyor?", "list", [])
    assert dates_the_answer("what does the centre do today?", "explanation", ["centre"])  # a named thing
    # the clusters as a whole, or the asker's own cluster: the survey's present, the asker's own
    assert not dates_the_answer("where do clusters get their money from at the moment?", "explanation", [])
    assert not dates_the_answer("kumemizin su an fikir asamasinda oldugunu nasil anlariz?", "criteria", [])
