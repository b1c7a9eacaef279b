"""The one question analysis: answer kind, money typed in the question, topic words beyond the slots."""
from decimal import Decimal

import pytest

from assistant.question.analysis import analyze, answer_kind, money_in, parse_number, topic_words
from core.normalize import fold_ascii, tokenize_tr


@pytest.mark.parametrize("question, kind", [
    ("Eğitim projemiz 250.000 USD tutuyor; URGE ne kadarını karşılar?", "amount"),   # "kadarını": a stem cue
    ("our training project costs 250,000 USD; how much does URGE cover?", "amount"),
    ("URGE eğitim desteği tavanı nedir?", "amount"),   # "tavan": ceiling
    ("İstihdam desteğinin üst limiti nedir?", "amount"),
    ("Envanterde toplam kaç küme var?", "count"),
    ("what share is at the idea stage?", "share"),
    ("how can we tell whether our cluster is still at the idea stage?", "criteria"),
    ("Can an association established by exporters apply to URGE?", "condition"),
    ("Dernekler URGE'ye başvurabilir mi?", "condition"),
    ("Başlangıç aşamasındaki tekstil kümesi ne yapmalı?", "recommendation"),
    ("What actions apply to a start-stage textile cluster?", "recommendation"),  # "apply" alone is no condition
    ("Gaziantep'teki kümeler hangileri?", "list"),
    ("Toronto kümesi nasıl kuruldu?", "explanation"),
])
def test_answer_kind(question, kind):
    assert answer_kind(fold_ascii(question)) == kind


def test_money_in_either_language():
    assert [(m.value, m.currency) for m in money_in("250.000 USD")] == [(Decimal(250000), "USD")]
    assert [(m.value, m.currency) for m in money_in("costs 80,000 USD")] == [(Decimal(80000), "USD")]
    assert [(m.value, m.currency) for m in money_in("120 bin dolar harcarsak")] == [(Decimal(120000), "USD")]
    assert money_in("5 program") == ()
    assert parse_number("1,5") == Decimal("1.5") and parse_number("400.000") == Decimal(400000)


@pytest.mark.parametrize("question", [
    "We are a mature automotive cluster in Bursa. What should we focus on?",
    "Kümemiz yeni kuruldu, Van'da gıda kümesiyiz. Hangi eylemlerle başlamalıyız?",
    "Kaç tane eylem var, isimleri ne?",
    "How many actions are there in the whole action plan?",
])
def test_framing_words_are_no_topic(question):
    """Focus, start, newly founded, how many and their names frame the question; they name no topic."""
    assert topic_words(tokenize_tr(question)) == ()


def test_innovation_stays_a_topic():
    assert "yenilikcilik" in topic_words(tokenize_tr("Yeni kurulan kümeler için yenilikçilik konusunda ne öneriliyor?"))


def test_topic_words_are_what_the_slots_leave():
    """The province and sector describe the asker; intellectual property is the topic."""
    q = "Denizli'de bir tekstil kümesiyiz; rapor fikri mülkiyet ve marka tescili konusunda ne öneriyor?"
    assert {"mulkiyet", "marka", "tescili"} <= set(topic_words(tokenize_tr(q)))
    assert topic_words(tokenize_tr("Başlangıç aşamasındaki bir tekstil kümesi hangi eylemleri yapmalı?")) == ()
    assert topic_words(tokenize_tr("Gaziantep'teki kümeler hangileri?")) == ()  # "teki" is a suffix


def test_follow_up_searches_with_the_turn_before():
    q = analyze("Peki Konya'da?", ["Gaziantep'teki kümeler hangileri?"])
    assert q.followup and q.search.startswith("Gaziantep") and q.slots.provinces == ("Konya",)
    assert analyze("Gaziantep'teki kümeler hangileri?").history == ()


def test_an_inflected_dollar_is_usd():
    """The fallback for "dolar" with a Turkish ending the currency table does not list ("dolarlık")."""
    assert [(m.value, m.currency) for m in money_in("100 bin dolarlık bir eğitim projesi")] == [(Decimal(100000), "USD")]


def test_the_programme_and_the_region_are_slots_not_topics():
    """_SLOT_WORDS' own names: "URGE" is what the URGE route answers and "BROP" an inventory and profile slot,
    so neither makes a question about something else."""
    assert topic_words(tokenize_tr("URGE nedir?")) == () and topic_words(tokenize_tr("UR-GE nedir?")) == ()
    assert "brop" not in topic_words(tokenize_tr("BROP illerindeki kümeler hangileri?"))


@pytest.mark.parametrize("text", ["Konyadaki tekstil kümeleri hangileri?", "Başlangıç aşamasındaki tekstilciler ne yapmalı?"])
def test_a_slot_word_typed_with_its_ending_is_no_topic(text):
    """_SLOT_WORDS by prefix (4+ letters): a province or sector with a suffix and no apostrophe still only
    describes the asker."""
    assert topic_words(tokenize_tr(text)) == ()


def test_two_letter_tokens_are_no_topic():
    """The length floor: "TR" (the national rows) and "AB" are labels, not what a question is about."""
    assert topic_words(tokenize_tr("AB ve TR kümeleri ne yapmalı?")) == ()


def test_a_short_framing_word_is_no_topic():
    """FRAME_STEMS matched whole: stems under four letters ("fit", "üye") are not matched as prefixes."""
    assert topic_words(tokenize_tr("Which actions fit a start-stage textile cluster?")) == ()


@pytest.mark.parametrize("text, kind", [("35 kümeden kaçı GZTF analizi yapmış?", "count"),
                                        ("Başlangıç aşamasındaki kümelerin kaçında firmalar entegre edilmemiş?", "count"),
                                        ("How long can a cluster get support for an expert under URGE?", "amount"),
                                        ("URGE uzman desteği ne kadar süre verilir?", "amount")])
def test_counts_with_case_endings_and_durations(text, kind):
    """ANSWER_KINDS: "kaçı"/"kaçında" are counts; "how long"/"ne kadar süre" ask a figure (a line's duration)."""
    assert analyze(text).wants == kind
