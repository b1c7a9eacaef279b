"""Everyday topics: cues the report never uses, in either language, with at most one word of its own around."""
from types import SimpleNamespace

from assistant.question.analysis import analyze
from assistant.question.glossary import Glossary
from assistant.refusal.answerability import Answerability
from assistant.refusal.scope import ScopeVocabulary
from assistant.refusal.stage import RefusalStage
from assistant.refusal.topics import EverydayTopics, _pattern, occurs

SECTIONS = [
    ("3.6", "Ubiquitous Computing kümesi Oulu ve Helsinki bölgelerinde eğitim programı yürüttü."),
    ("EK2.5", "Kahramanmaraş Altın Kuyumculuk Kümesi İl: Kahramanmaraş; Aşama: Fikir"),
    ("4.2.J", "Kümelerin finans kaynakları Kalkınma Ajansları ve Ekonomi Bakanlığıdır."),
]
STAGE = RefusalStage(SimpleNamespace(
    answerability=Answerability.build(SECTIONS, known_words=["cluster", "agency"]),
    glossary=Glossary.from_pairs([("cluster", "küme"), ("development agency", "kalkınma ajansı")]),
    scope=ScopeVocabulary.from_texts(text for _, text in SECTIONS),
    index=SimpleNamespace(sections={sid: None for sid, _ in SECTIONS}, section_text=dict(SECTIONS).get),
    aliases={}, english_vocabulary=frozenset({"cluster", "agenc", "financ"}),
    rendering=SimpleNamespace(by_key={}),
))


def test_a_cue_is_a_word_with_a_suffix_or_plural_not_the_start_of_another_word():
    assert occurs(_pattern("otobus"), "ankara'dan otobusle kac saat")
    assert occurs(_pattern("train"), "by trains")
    assert not occurs(_pattern("train"), "training programmes") and not occurs(_pattern("bus"), "business")


def test_a_cue_group_the_report_uses_in_either_language_is_dropped():
    topics = EverydayTopics([("altin", "gold"), ("tren", "train")], ["kahramanmaras altin kuyumculuk kumesi"])
    assert topics.found("how much is gold today?") == [] and topics.found("by train?") == ["train"]


def test_travel_between_places_the_report_names_is_off_topic():
    refusal = STAGE.refuse(analyze("How do I get from Helsinki to Oulu by train?"))
    assert refusal is not None and refusal.kind == "off_topic"
    assert STAGE._everyday_topic(analyze("Helsinki'den Oulu'ya trenle nasıl gidilir?")).kind == "off_topic"


def test_a_cue_among_words_of_the_report_is_not():
    assert STAGE._everyday_topic(analyze("Do development agencies give loans to clusters?")) is None
    assert STAGE._everyday_topic(analyze("Is there a cluster for gold jewellery?")) is None  # the report's altın
