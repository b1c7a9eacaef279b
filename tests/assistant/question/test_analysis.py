"""The one question analysis: answer kind, money typed in the question, topic words beyond the slots."""
from decimal import Decimal

import pytest

from assistant.question.analysis import analyze, answer_kind, money_in, parse_number, topic_words
from core.normalize import fold_ascii, tokenize_tr


@pytest.mark.parametrize("question, kind", [
    ("Eğitim projemiz 250.000 USD tutuyor; URGE ne kadarını karşılar?", "amount"),   # "kadarını": a stem cue
    ("our training project costs 250,000 USD; how much does URGE cover?", "amount"),
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
