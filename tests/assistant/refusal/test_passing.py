"""A name the report prints only in passing: a question about what those few sentences never say is refused."""
from types import SimpleNamespace

from assistant.question.analysis import analyze
from assistant.refusal.answerability import Answerability
from assistant.refusal.passing import RARE, PassingMention
from assistant.refusal.stage import RefusalStage

UNITS = {
    "ORA3.AA3.T1#0": ("philips, siemes, ibm gibi global sirketler teknoloji satin almaktadir.",
                      "global companies such as philips, siemes and ibm buy technology."),
    **{f"3.3#{i}": (f"sasad savunma sanayi dernegidir {i}.", f"sasad is the defence industry association {i}.")
       for i in range(RARE + 1)},
    "4.tablo-1#3": ("9 karacadag 14", ""),
    "iletisim#0": ("proje koordinasyon birimi (pkb)", "project coordination unit (pkb)"),
}
CHECK = PassingMention(UNITS)


def test_a_question_about_what_the_sentences_naming_a_rare_name_never_say_is_refused():
    refusal = CHECK.refusal([("Siemens", "siemens")], ["role", "play"], "en")
    assert refusal.kind == "fact_absent" and refusal.subject == "Siemens"
    assert CHECK.refusal([("Siemens", "siemens")], ["technology"], "en") is None  # what the sentence does say


def test_one_topic_word_is_how_the_name_is_asked_about_not_what():
    assert CHECK.refusal([("Siemens", "siemens")], ["described"], "en") is None


def test_a_name_printed_often_is_a_subject_of_the_report_and_left_to_the_other_checks():
    assert CHECK.refusal([("SASAD", "sasad")], ["founder", "salary"], "en") is None


def test_an_english_question_is_not_judged_where_the_section_has_no_english():
    assert CHECK.refusal([("KARACADAG", "karacadag")], ["answers", "send"], "en") is None
    assert CHECK.refusal([("KARACADAG", "karacadag")], ["yillik", "butcesi"], "tr").kind == "fact_absent"


def test_asking_what_a_name_stands_for_asks_for_the_name_itself():
    assert CHECK.refusal([("PKB", "pkb")], ["stand"], "en") is None


def test_the_stage_refuses_a_passing_mention():
    sections = [("ORA3.AA3.T1", "Philips, Siemes, IBM gibi global şirketler teknoloji satın almaktadır."),
                ("2.egitim", "URGE eğitim ve danışmanlık desteği.")]
    stage = RefusalStage(SimpleNamespace(
        answerability=Answerability.build(sections), glossary=None,
        scope=SimpleNamespace(prefixes=frozenset(), years=frozenset(), own_present=frozenset()),
        index=SimpleNamespace(sections={sid: None for sid, _ in sections}, section_text=dict(sections).get),
        aliases={}, english_vocabulary=frozenset(), rendering=SimpleNamespace(by_key={})))
    assert stage.refuse(analyze("Türk kümelerinde Siemes hangi rolü oynuyor?")).kind == "fact_absent"
    assert stage.refuse(analyze("Küresel şirket Siemes hangi teknolojileri satın alıyor?")) is None
