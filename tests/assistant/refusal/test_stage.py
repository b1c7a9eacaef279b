"""The refusal stage on a tiny corpus: each check fires on its kind and on nothing answerable."""
from types import SimpleNamespace

import pytest

from assistant.question.analysis import analyze
from assistant.question.glossary import Glossary
from assistant.refusal.answerability import Answerability
from assistant.refusal.refusal import KINDS, Refusal
from assistant.refusal.scope import ScopeVocabulary
from assistant.refusal.stage import RefusalStage
from core.messages import MESSAGES

SECTIONS = [
    ("2.egitim", "URGE eğitim ve danışmanlık desteği. Giderlerin %75'i, proje başına 400.000 ABD Dolarına kadar."),
    ("ORA1.AA1.T1", "Küme yönetiminde profesyonelleşme: küme yöneticilerinin eğitimi."),
    ("EK2.129", "Diyarbakır Kuyumculuk Kümelenmesi İl: Diyarbakır; Aşama: Fikir"),
    ("3.1", "Toronto Gıda ve İçecek Kümesi alım heyetleri düzenledi."),
]
STAGE = RefusalStage(SimpleNamespace(
    answerability=Answerability.build(SECTIONS, known_words=["cluster", "support", "training"]),
    glossary=Glossary.from_pairs([("cluster", "küme"), ("training", "eğitim"), ("buyer", "alıcı")]),
    scope=ScopeVocabulary.from_texts(text for _, text in SECTIONS),
    index=SimpleNamespace(sections={sid: None for sid, _ in SECTIONS}, section_text=dict(SECTIONS).get),
    aliases={}, english_vocabulary=frozenset({"cluster", "train", "support", "buyer", "mission", "export"}),
    rendering=SimpleNamespace(by_key={}),
))


def refuse(text, history=()):
    return STAGE.refuse(analyze(text, history))


@pytest.mark.parametrize("question, kind", [
    ("asdfgh qwerty", "not_a_question"),
    ("ORA7 nedir?", "no_such_code"),
    ("What does ORA1.AA9.T1 recommend?", "no_such_code"),
    ("Türkiye'nin en uzun nehri hangisi?", "general_knowledge"),
    ("What is the boiling point of mercury?", "general_knowledge"),
    ("URGE limitleri 2025 yılında ne oldu?", "later_year"),
    ("Dün akşamki derbi maçını kim kazandı?", "general_knowledge"),
    ("What is the best way to grow tomatoes on a balcony?", "general_knowledge"),
    ("Recommend a nice pizza recipe with mozzarella", "off_topic"),
    ("Peki fotosentez nasıl gerçekleşir?", "general_knowledge"),        # an everyday verb proves nothing
    ("Sence hangi küme en çok büyüyecek?", "opinion"),
    ("Do you think clustering pays off?", "opinion"),
    ("Bana bir aşk şiiri yaz.", "task"),
    ("URGE kapsamında ofis kira desteği ne kadar?", "no_such_line"),   # chapter 2 has no rent
    ("How far is Toronto from Montreal?", "off_topic"),
])
def test_refused_by_kind(question, kind):
    refusal = refuse(question)
    assert refusal is not None and refusal.kind == kind


@pytest.mark.parametrize("question, history", [
    ("Kümemizde 20 firma var; hangi eğitim desteği bize uygun?", ()),       # an inflected first word
    ("Kuyumcularla ilgili kaç küme var?", ()),                               # kuyumcu + lar + la
    ("Is Matchmaking with foreign buyers supported?", ()),                   # a capitalised ordinary word
    ("Can an association established by exporters apply for training support?", ()),
    ("And which of them exported the most?", ("Which clusters ran buyer missions?",)),  # judged with its turn
    ("ORA1.AA1.T1 ne öneriyor?", ()),
    ("What is the best way to grow exports of cluster members?", ()),  # one word of the report is enough
    ("URGE eğitim desteğinin üst sınırı ne kadar?", ()),                # a line chapter 2 describes
])
def test_answerable_look_alikes_are_not_refused(question, history):
    assert refuse(question, history) is None


def test_every_kind_has_a_message_in_both_languages():
    for kind, key in KINDS.items():
        assert set(MESSAGES[key]) == {"tr", "en"}
        assert Refusal(kind, "X", ("a", "b")).reason("en") and Refusal(kind, "X", ("a", "b")).reason("tr")
    with pytest.raises(ValueError, match="not one of"):
        Refusal("nonsense")


def test_a_capitalised_name_the_report_prints_is_evidence_even_when_everyday():
    """"URGE" and "SPRINT" are everyday English words; typed in capitals they name the report's things."""
    assert STAGE._general_knowledge(analyze("Which programmes are combined in URGE's integrated mechanism?")) is None
    assert STAGE._general_knowledge(analyze("Which programmes are combined in the integrated mechanism?")) is not None


def test_a_question_about_the_report_itself_is_not_general_knowledge():
    assert refuse("Who wrote the report?") is None
    assert refuse("Raporu kim hazırladı?") is None
    assert refuse("Who is the mayor of Toronto?").kind == "fact_absent"  # Toronto is the report's; a mayor is not


def test_a_letters_and_digits_term_of_the_report_is_the_reports_word():
    stage = RefusalStage(SimpleNamespace(**{**vars(STAGE.knowledge), "answerability": Answerability.build(
        SECTIONS + [("ORA4.AA2", "Kümeler arası işbirliği (C2C) ve firmalar arası işbirliği (B2B).")])}))
    assert stage.refuse(analyze("What does C2C stand for?")) is None
    assert stage.refuse(analyze("What does X9Z stand for?")).kind == "general_knowledge"


@pytest.mark.parametrize("question, refused", [
    ("zxcvb kümelenme ğğğ mı?", True),        # two of three content words are keyboard noise
    ("URGE destekelri neldir?", False),       # typos keep a known stem and are a minority
    ("Küme yönetimi nedir?", False),
])
def test_noise_around_a_real_word_is_not_a_question(question, refused):
    refusal = refuse(question)
    assert (refusal is not None and refusal.kind == "not_a_question") == refused


@pytest.mark.parametrize("question, refused", [
    ("URGE kapsamında yurt dışı eğitim ofis kira desteği ne kadar?", True),  # half the support's words: no line
    ("URGE eğitim ve danışmanlık desteği ne kadar?", False),                  # every word of it in chapter 2
    ("URGE'de eğitim danışmanlık giderleri maaşı destekleniyor mu?", False),  # one unknown word of four
])
def test_a_support_line_is_named_by_the_words_before_destek(question, refused):
    refusal = refuse(question)
    assert (refusal is not None and refusal.kind == "no_such_line") == refused


def test_naming_the_report_does_not_make_any_question_the_reports():
    assert refuse("According to the report, what is the boiling point of mercury?").kind == "general_knowledge"
    assert refuse("Bu raporda fotosentez nasıl gerçekleşir?").kind == "general_knowledge"


def test_a_title_the_report_prints_in_everyday_words_is_not_general_knowledge():
    stage = RefusalStage(SimpleNamespace(**{**vars(STAGE.knowledge), "answerability": Answerability.build(
        SECTIONS + [("iletisim", "Gülçin Salıngan : Yardımcı Takım Lideri M. Emrah Sazak (PKB Direktörü)")])}))
    assert stage.refuse(analyze("Yardımcı Takım Lideri kimdi?")) is None   # every word everyday, the title printed
    assert stage.refuse(analyze("Yardımcı Takım Kaptanı kimdi?")).kind == "general_knowledge"  # not printed


def test_a_country_the_report_never_names_is_refused_unless_it_is_a_market_sold_to():
    assert refuse("Kümelerimiz Polonya'daki kümelere göre daha mı verimli?").kind == "other_country"
    assert refuse("How productive are Poland's clusters?").kind == "other_country"
    assert STAGE._unnamed_country(analyze("Polonya'ya ihracat yapan kümemize hangi destek uygun?")) is None
    assert STAGE._unnamed_country(analyze("Which actions help us export to Poland?")) is None
    stage = RefusalStage(SimpleNamespace(**{**vars(STAGE.knowledge), "answerability": Answerability.build(
        SECTIONS + [("3.1t", "İyi Uygulama Örneği 1: Toronto Gıda ve İçecek Kümesi – Kanada")])}))
    assert stage._unnamed_country(analyze("Kanada'daki kümeler ne kadar verimli?")) is None  # the report's own


def test_a_topic_no_sentence_of_the_report_touches_is_refused_whatever_else_is_named():
    assert refuse("Kümemizin eğitim desteği vergiye tabi mi?").kind == "off_topic"   # küme, eğitim, destek: the report's
    assert refuse("Do we pay income tax on cluster training support?").kind == "off_topic"
    stage = RefusalStage(SimpleNamespace(**{**vars(STAGE.knowledge), "answerability": Answerability.build(
        SECTIONS + [("ORA9", "Kümelere vergi indirimi önerilir.")])}))
    assert stage._everyday_topic(analyze("Kümemizin eğitim desteği vergiye tabi mi?")) is None  # its topic then


def test_words_are_found_after_folding_so_a_dotted_capital_i_keeps_its_word():
    """str.lower() turns "İ" into "i" plus a combining dot: "İzmir" must stay one word, not "i" + "zmir"."""
    assert "zmir" not in STAGE._content_words("Should we open an office in İzmir or İstanbul?", "en")
    assert STAGE._not_a_question(analyze("İzmir İstanbul İhracat?")) is None


RENDERED = RefusalStage(SimpleNamespace(
    answerability=Answerability.build(
        SECTIONS + [("3.4", "NanoBioNet 2006 yılından bu yana 26 projeyi destekledi.")],
        known_words=["cluster", "support", "training"],
        english_text="URGE training and consultancy support. Since 2006 NanoBioNet has funded 26 projects."),
    glossary=Glossary.from_pairs([("cluster", "küme"), ("training", "eğitim")]),
    scope=ScopeVocabulary.from_texts([text for _, text in SECTIONS] + ["2020"]),
    index=SimpleNamespace(sections={sid: None for sid, _ in SECTIONS}, section_text=dict(SECTIONS).get),
    aliases={}, english_vocabulary=frozenset({"cluster", "train", "support"}),
    rendering=SimpleNamespace(by_key={}),
))


@pytest.mark.parametrize("question, refused", [
    ("What does the Horizon 2020 programme give SMEs?", True),     # an everyday word the report never writes
    ("How much funding does Horizon 2020 offer clusters?", True),
    ("How many projects has NanoBioNet 2006 funded?", False),      # a name the report uses: a year, a date
    ("Which clusters got training support in March 2012?", False),  # a month is a date
    ("Horizon 2020 nedir?", False),                                # a sentence's first word is no evidence
])
def test_a_name_written_with_a_number_must_be_printed_with_it(question, refused):
    assert (RENDERED._named_number(analyze(question)) is not None) == refused


@pytest.mark.parametrize("question, personal", [
    ("Should I quit my job to become a cluster manager?", True),
    ("Kendi şirketimi kapatıp kümeye mi katılmalıyım?", True),
    ("Kümeye katılmalı mıyım?", True),
    ("Evimi satıp fabrika kursam mantıklı olur mu?", True),
    ("Which e-mail address should I write to about the clustering project?", False),  # a fact, asked by one person
    ("Should our cluster exhibit at trade shows?", False),                           # the report advises clusters
    ("Kümemiz hangi eylemlere öncelik vermeli?", False),
])
def test_a_personal_decision_is_not_the_reports_to_give(question, personal):
    refusal = STAGE._cued(analyze(question))
    assert (refusal is not None and refusal.kind == "personal") == personal


@pytest.mark.parametrize("question, refused", [
    ("Is it very cold in Toronto in February?", True),          # the weather, without the word "weather"
    ("Helsinki kışın soğuk mu?", True),
    ("Kuyumculuk kümelenmesi profesyonelleşme konusunda sıcak mı?", False),  # the report's words around the cue
])
def test_the_weather_of_a_place_is_an_everyday_topic(question, refused):
    assert (STAGE._everyday_topic(analyze(question)) is not None) == refused


@pytest.mark.parametrize("question, refused", [
    ("Where do clusters get their money from at the moment?", False),   # the survey's present
    ("Kümeler şu sıralar en çok hangi eğitimleri alıyor?", False),       # a "now" the report never uses, too
    ("Kümemizin şu an fikir aşamasında olduğunu nasıl anlarız?", False),  # the asker's own cluster
    ("What is the URGE training ceiling at the moment?", True),           # a value, dated
    ("Are the clusters still active?", True),                             # a state
])
def test_a_now_word_refuses_only_where_it_dates_what_is_asked(question, refused):
    refusal = refuse(question)
    assert (refusal is not None and refusal.kind == "present") == refused


def test_a_name_the_report_prints_in_capitals_only_is_its_name_typed_in_lower_case():
    sections = SECTIONS + [("2.1", "URGE Tebliği. UR-GE desteği. URGE kapsamında eğitim.")]
    stage = RefusalStage(SimpleNamespace(**{**vars(STAGE.knowledge), "answerability": Answerability.build(sections),
                                            "index": SimpleNamespace(sections={sid: None for sid, _ in sections},
                                                                     section_text=dict(sections).get)}))
    assert stage.refuse(analyze("urge nedir?")) is None
    assert stage.refuse(analyze("what is urge?")) is None
    assert STAGE.refuse(analyze("what is urge?")).kind == "general_knowledge"  # printed once: the English word

