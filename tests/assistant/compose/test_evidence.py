"""The kind of figure asked (assistant/compose/evidence.py): short unit nouns, durations, percentages."""
from assistant.compose.evidence import DURATIONS, FIGURES, PERCENTS, YEARS, counted_words, evidence_for
from assistant.compose.runs import best_window

SENTENCES = ["Projenin toplam bütçesi 5 Milyon Avro’dur ve 2011 yılında 12 ilde uygulanmaktadır.",
             "22 Şubat 2011 tarihinde başlayan Proje 30 ay sürecek ve Ağustos 2013’de sonuçlanacaktır."]


def test_a_short_unit_noun_is_the_counted_unit():
    assert "ay" in counted_words("proje kac ay surdu")
    assert "ay" not in counted_words("kac yas")  # only the listed units pass under three letters


def test_a_how_long_question_wants_a_duration_not_any_figure():
    for q in ("proje ne kadar surdu", "how long did the fieldwork take", "kac gun surdu", "how many months"):
        assert evidence_for(q) is DURATIONS, q
    assert evidence_for("how long ago was it founded") is YEARS
    assert evidence_for("projenin butcesi ne kadar") is FIGURES


def test_a_duration_is_a_number_with_a_unit_of_time_not_a_year():
    assert DURATIONS.pattern.findall("30 ay sürecek, 10 günlük bir süreçte, 2009 yılları") == ["30 ay", "10 gün"]


def test_a_percentage_question_wants_a_percent_figure():
    for q in ("yuzde kac verimlilik artisi hedefleniyor", "what productivity increase is the project aiming for",
              "what percentage of clusters"):
        assert evidence_for(q) is PERCENTS, q
    assert PERCENTS.pattern.search("KOBİ'lerde %20 verimlilik artışı") and PERCENTS.pattern.search("20% increase")
    assert not PERCENTS.pattern.search("5 pilot ilde")


def test_the_duration_sentence_beats_one_with_other_figures():
    w = best_window(SENTENCES, {"proje": 1.0}, evidence_for("proje ne kadar surecek"), 100)
    assert w.start == 1
