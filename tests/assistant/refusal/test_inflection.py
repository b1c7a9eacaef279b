"""General knowledge with Turkish inflection stripped: question words, everyday stems, Turkish glossary stems,
and no Turkish suffixes on English words. Each case fails with its rule switched off."""
from types import SimpleNamespace

from assistant.question.analysis import analyze
from assistant.question.glossary import Glossary
from assistant.refusal.answerability import Answerability
from assistant.refusal.scope import ScopeVocabulary
from assistant.refusal.stage import RefusalStage
from core.lexicon import turkish_stems

SECTIONS = [
    ("EK2.1", "Ağrı Arıcılık Kümesi İl: Ağrı; Aşama: Fikir. Hangisinin önce kurulacağı belirsiz."),
    ("3.9", "Philips, Siemes ve IBM teknoloji satarak gelir elde etmektedir."),
    ("4.2", "Kümelerin öncelikleri inovasyon ve ihracattır."),
]


def _stage(pairs):
    return RefusalStage(SimpleNamespace(
        answerability=Answerability.build(SECTIONS, known_words=["cluster"]),
        glossary=Glossary.from_pairs(pairs),
        scope=ScopeVocabulary.from_texts(text for _, text in SECTIONS),
        index=SimpleNamespace(sections={sid: None for sid, _ in SECTIONS}, section_text=dict(SECTIONS).get),
        aliases={}, english_vocabulary=frozenset({"cluster", "priority"}),
        rendering=SimpleNamespace(by_key={}),
    ))


STAGE = _stage([("cluster", "küme"), ("agri-food", "tarım-gıda")])


def general(text):
    return STAGE._general_knowledge(analyze(text))


def test_turkish_stems_longest_first():
    assert turkish_stems("agrim")[0] == "agri"
    assert turkish_stems("hangisidir")[0] == "hangisi" and "hangi" in turkish_stems("hangisidir")


def test_an_inflected_question_word_is_everyday_by_its_stem():
    """"hangisidir" = hangi+si+dir asks; that the report has "hangisinin" proves nothing."""
    assert general("Dünyanın en uzun nehri hangisidir?") is not None


def test_an_inflected_everyday_word_is_no_evidence():
    """"ağrım" = ağrı+m, everyday Turkish, though Ağrı is also a province of the report; "agri" of the
    English glossary term "agri-food" is not the Turkish "ağrı"."""
    assert general("Sırt ağrım için hangi egzersizleri önerirsin?") is not None


def test_a_turkish_glossary_stem_is_evidence():
    """"Kümemizin" = küme+miz+in, a term of the glossary's Turkish side."""
    assert general("Kümemizin öncelikleri nedir?") is None
    assert general("Ağrı'daki arıcılık kümesi hangi aşamada?") is None


def test_english_words_take_no_turkish_suffixes():
    """"Siemens" is not the report's "Siemes" with the suffixes -n -s: that holds for Turkish words only."""
    assert general("What did Siemens build here?") is not None
