"""Who holds a role: refused unless the report prints the role with the word saying which one."""
import pytest

from assistant.refusal.persons import RoleHolder, role_asked
from core.normalize import fold_ascii

TEXT = fold_ascii("Zafer Çağlayan Ekonomi Bakanı. 6 Aralık 2011'de Kalkınma Bakanlığı'nda toplantı. "
                  "M. Emrah Sazak (PKB Direktörü). Gülçin Salıngan: Yardımcı Takım Lideri.")
ENGLISH = fold_ascii("Zafer Çağlayan Minister of Economy. A meeting at the Ministry of Development. (PKB Director)")
ROLES = RoleHolder(TEXT, ENGLISH)


@pytest.mark.parametrize("question, lang, refused", [
    ("Ekonomi Bakanı kimdir?", "tr", False),                        # the foreword's signature
    ("Who was the Minister of Economy when the report came out?", "en", False),
    ("PKB Direktörü kim?", "tr", False),
    ("Yardımcı Takım Lideri kimdi?", "tr", False),
    ("Kalkınma Bakanı kimdir?", "tr", True),                        # the ministry is printed, no minister
    ("Who was the Minister of Development when the survey was run?", "en", True),
    ("ECORYS'in Türkiye ofis müdürü kim?", "tr", True),
    ("Who was the prime minister when URGE started?", "en", True),
    ("Raporun önsözünü yazan bakan kimdir?", "tr", False),         # a participle: which person, not which role
    ("Who pays the minister's salary?", "en", False),               # no "who holds it"
])
def test_a_role_is_answered_only_where_the_report_prints_it(question, lang, refused):
    refusal = ROLES.refusal(fold_ascii(question), lang)
    assert (refusal is not None and refusal.kind == "fact_absent") == refused


def test_the_role_phrase_keeps_the_word_that_says_which_role():
    assert role_asked(fold_ascii("Kalkınma Bakanı kimdir?"), "tr") == "kalkinma bakani"
    assert role_asked(fold_ascii("Ekonomi Bakanlığı'nın bakanı kim?"), "tr") == "bakanligi bakani"
    assert role_asked(fold_ascii("Who is the Minister of Industry today?"), "en") == "minister of industry"
