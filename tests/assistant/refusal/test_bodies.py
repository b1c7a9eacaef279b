"""A named body must be printed as a whole name: bodies.BodyNames on a tiny folded corpus."""
import pytest

from assistant.refusal.bodies import BodyNames
from assistant.refusal.names import _name_tokens
from core.normalize import fold_ascii

TEXTS = [fold_ascii(t) for t in (
    "Gaziantep Kümelenme Bilgi Merkezi ile İş Birliği Güç Birliği Destek Programı (KOSGEB).",
    "Teknoloji Sanayileri Federasyonu programı desteklemektedir. İzmir Kalkınma Ajansı 8 yanıt verdi.",
    "The Toronto Business Development Centre leads the cluster; development agencies answered the survey.",
)]
BODIES = BodyNames(TEXTS)


def judged(question, lang):
    return BODIES.refusal(_name_tokens(question, lang), lang)


@pytest.mark.parametrize("question, lang, subject", [
    ("What does the Istanbul Cluster Federation do for its members?", "en", "Istanbul Cluster Federation"),
    ("Türkiye Kümeler Federasyonu üyelerine ne sunuyor?", "tr", "Kümeler Federasyonu"),
    ("How does the European Cluster Alliance help SMEs?", "en", "European Cluster Alliance"),
])
def test_a_body_the_report_never_names_is_an_unknown_name(question, lang, subject):
    refusal = judged(question, lang)
    assert refusal is not None and refusal.kind == "unknown_name" and refusal.subject == subject


@pytest.mark.parametrize("question, lang", [
    ("Gaziantep Kümelenme Bilgi Merkezi'nin adresi nedir?", "tr"),         # printed; a suffix on the last word
    ("What did the Toronto Business Development Center do?", "en"),       # another spelling, same first letters
    ("İşbirliği Güç Birliği Destek Programı hangi kurumun?", "tr"),        # written as one word
    ("Which clusters does the Ankara Development Agency cover?", "en"),   # a kind the report knows, in a place
    ("Orta Anadolu Kalkınma Ajansı kaç yanıt verdi?", "tr"),               # a region is a place too
    ("Which Development Agency sent the most responses?", "en"),          # an everyday first word is no name word
    ("What does the SASAD Association do?", "en"),                       # an acronym's name: answerability.py's
    ("Teknoloji Sanayileri Federasyonu neyi destekliyor?", "tr"),
])
def test_a_body_the_report_prints_is_not_judged(question, lang):
    assert judged(question, lang) is None
