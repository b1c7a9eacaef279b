"""Cue words of core/lexicon/ the refusal stage reads: opinions and forecasts, what came of a named year,
and the governor or mayor of a province. Each case fails with its cue removed."""
import pytest

from assistant.question.analysis import analyze
from assistant.refusal.answerability import Answerability, Gap
from assistant.refusal.scope import ScopeVocabulary, out_of_scope

from .test_stage import STAGE


@pytest.mark.parametrize("question", [
    "Kümelenme politikası senin görüşüne göre işe yarıyor mu?",
    "Sizin fikrinizce URGE yeterli mi?",
    "Bence kümelenme işe yarıyor mu?",
    "URGE desteği yeterli; katılıyor musunuz?",
    "Görüşünüze göre en iyi küme hangisi?",
    "Which cluster do you personally like best?",
    "What is your favourite case study?",
    "Türk kümeleri gelecekte Avrupa'yı yakalayacak mı?",
    "Kümelenme politikası hakkında ne düşünüyorsunuz?",
    "Do you prefer the Finnish or the German example?",
    "Which ORA theme do you like most?",
    "What would happen to exports if clusters got no support?",
    "Hibe oranı düşürülse ne olur?",
    "Destek süresi uzatılsaydı kaç firma daha katılırdı?",
    "What will Turkey's total exports be next year?",                  # a year ahead, future tense
    "Kümelerin ihracatı gelecek yıl ne kadar olacak?",
    "How big a budget would a cluster fund for the eastern provinces need?",  # an estimate of a cost or need
    "What budget would a national fund need to support 100 clusters?",
    "How much would it cost us to join the cluster?",
    "What is the cost to set up a cluster office?",
    "How much should the Ministry spend on clusters?",
    "Konya'da bir küme binası kurmak kaç TL'ye mal olur?",
    "Tüm kümeleri desteklemek için ne kadarlık bir bütçe gerekir?",
])
def test_the_assistants_view_or_a_forecast_is_an_opinion(question):
    refusal = STAGE._cued(analyze(question))
    assert refusal is not None and refusal.kind == "opinion"


@pytest.mark.parametrize("question", [
    "Rapor gelecekte hangi eylemlerin yapılmasını öneriyor?",  # the plan's future, no forecast asked
    "Haritaya göre kümelerin önceliği nedir?",
    "If a cluster spends 600,000 USD on training, how much would URGE reimburse?",  # a computed question
    "Eğitime 250.000 USD harcarsak ne kadarını URGE karşılar?",
    "Rapor kümelerin ne yapmasını öneriyor, ne düşünülmüş?",
    "How much would URGE pay towards a 100,000 USD training programme?",   # a stated cost: computed
    "What budget did the SME Cooperation and Clustering Project have?",   # a budget the report states
    "Which actions should the clusters carry out next year?",            # the plan, no future tense
    "Projenin bütçesi ne kadardı?",
])
def test_the_reports_own_plan_is_no_opinion(question):
    assert STAGE._cued(analyze(question)) is None


VOCAB = ScopeVocabulary.from_texts(["Avrupa 2020 Stratejisi ve 2023 ihracat hedefleri kümelenmeye yer verir."])


@pytest.mark.parametrize("question", [
    "What did the 2020 evaluation of the strategy conclude?",
    "2020 stratejisinin değerlendirmesi ne diyor?",
    "2020 stratejisinin sonuçları neler oldu?",
])
def test_what_came_of_a_year_the_report_names_only_as_a_plans_year(question):
    assert out_of_scope(question, VOCAB, "en").kind == "actual_year"


CHECK = Answerability.build([("1.1", "Gaziantep, Samsun ve Trabzon'da Kümelenme Bilgi Merkezleri kuruldu. "
                                     "Ticaret ve Sanayi Odası Başkanı açılışa katıldı.")], known_words=["cluster"])


@pytest.mark.parametrize("question, lang, key", [
    ("Gaziantep valisi o dönemde kimdi?", "tr", "governor"),
    ("Who was the governor of Samsun?", "en", "governor"),
    ("Who is the mayor of Trabzon?", "en", "mayor"),
    ("Who is the secretary general of the Samsun chamber?", "en", "secretary"),
    ("Samsun odasının genel sekreteri kim?", "tr", "secretary"),
])
def test_a_governor_mayor_or_secretary_is_named_only_where_the_report_says_so(question, lang, key):
    """A "başkan" of a chamber is in the section, no governor, mayor or secretary general."""
    gap = CHECK.gap(question, lang)
    assert gap is not None and gap.kind == "attribute" and gap.attribute == key


def test_a_numbered_programme_must_be_printed_with_its_number():
    """STAGE's corpus names neither "TÜBİTAK 1501" nor "KOSGEB 2200"; a year after a name is a date."""
    assert STAGE.refuse(analyze("TÜBİTAK 1501 programı ne kadar hibe veriyor?")).subject == "TÜBİTAK 1501"
    assert STAGE._numbered_programme(analyze("What does the KOSGEB 2200 support scheme pay?")) is not None
    assert STAGE._numbered_programme(analyze("Toronto 2006 yılından beri hangi desteği aldı?")) is None
    assert STAGE._numbered_programme(analyze("URGE 400.000 USD destek veriyor mu?")) is None
