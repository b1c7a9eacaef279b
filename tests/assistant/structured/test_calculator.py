"""The URGE calculator, checked by hand against chapter 2 (rates 75 % / 70 %, ceilings 400.000, 150.000, 100.000,
50.000 USD, 5 and 10 programmes, 2 experts, 3 years)."""
from __future__ import annotations

import pytest

from assistant.structured.calculator import answer_calculation
from assistant.structured.computed import answer_computed
from assistant.structured.quantities import Tokens, counts_in, fmt
from tests.assistant.structured.computed_fixtures import question, real_knowledge


@pytest.fixture(scope="module")
def knowledge():
    return real_knowledge()


def ask(knowledge, text, *history):
    return answer_calculation(question(text, *history), knowledge)


def test_reimbursement_below_the_ceiling_turkish(knowledge):
    a = ask(knowledge, "Eğitim ve danışmanlık programımızın toplam gideri 250.000 dolar olacak. URGE bunun ne kadarını karşılar?")
    assert a.kind == "computed"
    first, arithmetic = a.lead.split("\n")[:2]
    assert first == "URGE'nin karşıladığı tutar: 187.500 USD."
    assert arithmetic.startswith("% 75 × 250.000 USD = 187.500 USD") and "400.000 USD" in arithmetic
    assert [c.section_id for c in a.citations] == ["2.egitim-danismanlik"]
    assert "% 75’i proje bazında 400.000 USD’a kadar" in a.citations[0].text


def test_reimbursement_above_the_ceiling_english(knowledge):
    a = ask(knowledge, "Our training and consultancy project costs 600,000 USD; how much does URGE cover?")
    assert a.lead.startswith("URGE covers 400,000 USD.\n75 % × 600,000 USD = 450,000 USD, above the 400,000 USD ceiling")


def test_reimbursement_of_a_buyer_delegation(knowledge):
    a = ask(knowledge, "If a buyer delegation we host costs 80,000 USD, what's the most URGE will pay?")
    assert a.lead.startswith("URGE covers 60,000 USD.") and "100,000 USD ceiling per programme" in a.lead


def test_each_of_several_programmes_is_reimbursed(knowledge):
    a = ask(knowledge, "Üç alım heyeti programının her biri 80.000 dolar tutarsa URGE ne kadarını karşılar?")
    assert a.lead.startswith("URGE'nin karşıladığı tutar: 180.000 USD.")
    without_each = ask(knowledge, "Üç alım heyeti programı 80.000 dolar tutarsa URGE ne kadarını karşılar?")
    assert without_each.lead.startswith("URGE'nin karşıladığı tutar: 60.000 USD.")


def test_all_programmes_of_a_line(knowledge):
    a = ask(knowledge, "Alım heyeti programlarının tamamını kullanırsak alınabilecek azami toplam destek ne kadar eder?")
    assert a.lead.split("\n")[:2] == ["Alınabilecek en yüksek destek: 1.000.000 USD.",
                                      "10 program × 100.000 USD (program başına) = 1.000.000 USD [1]"]
    english = ask(knowledge, "If we run every buyer-mission programme URGE allows at its ceiling, what is the most we can receive?")
    assert english.lead.startswith("The most URGE pays: 1,000,000 USD.\n10 programmes × 100,000 USD per programme")


def test_follow_up_counts_the_programmes_of_the_earlier_line(knowledge):
    earlier = "URGE'de yurt dışı pazarlama programlarında destek oranı ve program başına sınır ne?"
    a = ask(knowledge, "Peki üç program yaparsak toplam tavan ne olur?", earlier)
    assert a.lead.startswith("Alınabilecek en yüksek destek: 450.000 USD.\n3 program × 150.000 USD")
    assert a.citations[0].section_id == "2.yurtdisi-pazarlama"


def test_a_count_beyond_the_allowed_one_is_capped(knowledge):
    earlier = "URGE'de yurt dışı pazarlama programlarında destek oranı ve program başına sınır ne?"
    a = ask(knowledge, "Peki yedi program yaparsak toplam tavan ne olur?", earlier)
    assert a.lead.startswith("Alınabilecek en yüksek destek: 750.000 USD.")
    assert "en fazla 5 program öngörüyor; 7 yerine 5 ile" in a.lead


def test_combination_of_lines_without_the_word_urge(knowledge):
    a = ask(knowledge, "What's the most a project could get if it used the training line up to the cap plus all five "
                       "foreign marketing programmes?")
    lines = a.lead.split("\n")
    assert lines[0] == "The most URGE pays: 1,150,000 USD."
    assert "400,000 USD (the ceiling per project)" in lines[1] and "5 programmes × 150,000 USD" in lines[2]
    assert lines[3] == "In total: 400,000 USD + 750,000 USD = 1,150,000 USD."
    assert [c.section_id for c in a.citations] == ["2.egitim-danismanlik", "2.yurtdisi-pazarlama"]


def test_employment_with_a_monthly_salary(knowledge):
    a = ask(knowledge, "İstihdam desteğiyle iki uzman çalıştıracağız, emsal brüt ücret kişi başı aylık 3.000 dolar. "
                       "Azami süre boyunca toplam ne kadar destek çıkar?")
    assert a.lead.startswith("Alınabilecek en yüksek destek: 216.000 USD.\n"
                             "2 uzman × 3.000 USD (aylık) × 12 ay × 3 yıl = 216.000 USD")
    assert "2 (iki) uzman personel" in a.citations[0].text and "emsal personeli brüt ücreti" in a.citations[0].text


def test_employment_with_a_yearly_salary_and_too_many_experts(knowledge):
    a = ask(knowledge, "URGE istihdam programında 4 uzmanın yıllık emsal brüt ücreti 30.000 dolar ise toplam ne kadar destek alınır?")
    assert a.lead.startswith("Alınabilecek en yüksek destek: 180.000 USD.")
    assert "4 yerine 2" in a.lead


def test_employment_without_a_salary_computes_nothing(knowledge):
    a = ask(knowledge, "URGE istihdam desteğiyle azami toplam ne kadar destek alınabilir?")
    assert a.rows[0][1] == "—" and "USD cinsinden bir üst sınır vermiyor" in a.lead
    undated = ask(knowledge, "URGE istihdam desteğiyle iki uzman için 3.000 dolar ücretle toplam ne kadar alınır?")
    assert "USD cinsinden bir üst sınır vermiyor" in undated.lead  # no period: monthly or yearly is not said


def test_individual_consultancy_mentions_the_other_reading(knowledge):
    a = ask(knowledge, "Bireysel danışmanlıkta yılda 60.000 dolar harcarsak URGE ne kadarını öder?")
    assert a.lead.startswith("URGE'nin karşıladığı tutar: 42.000 USD.") and "35.000 USD" in a.lead


@pytest.mark.parametrize("text", [
    "URGE eğitim desteğinin üst sınırı nedir?",
    "What is the ceiling of URGE buyer delegation programmes?",
    "URGE yurt dışı pazarlama programlarında toplam kaç program desteklenir?",
    "URGE yurt dışı pazarlama programlarının tamamında destek oranı nedir?",
    "Under URGE, what share of the costs of training and/or consultancy programmes is covered, and up to what amount?",
    "ORA1.AA1.T1.E3 eylemi için 100.000 dolarlık bir eğitim programı ne kadar destek alır?",
    "URGE yurt dışı pazarlama limitleri 2014'te toplam ne kadardı?",
    "Gaziantep'teki kümeler hangileri?",
    "Is the reimbursement rate for individual consultancy the same as for the training programmes?",
])
def test_nothing_to_compute_stays_with_the_other_answers(knowledge, text):
    assert answer_computed(question(text), None, knowledge) is None


def test_counts_need_their_unit_and_the_questions_language():
    assert [c.value for c in counts_in(Tokens.of("all five foreign marketing programmes"), "en")] == [5]
    assert counts_in(Tokens.of("we rely on foreign marketing programmes"), "en") == []  # "on" is not ten
    assert [c.value for c in counts_in(Tokens.of("on yurt dışı program"), "tr")] == [10]
    assert counts_in(Tokens.of("Tablo 1 de 250 000 dolar"), "tr") == []


def test_numbers_are_written_the_languages_way():
    assert (fmt(187500, "tr"), fmt(187500, "en")) == ("187.500", "187,500")
    assert (fmt(1150000, "tr"), fmt(1150000, "en")) == ("1.150.000", "1,150,000")
    from decimal import Decimal
    assert (fmt(Decimal("1234.5"), "tr"), fmt(Decimal("1234.5"), "en")) == ("1.234,50", "1,234.50")


def test_the_digits_of_an_amount_are_no_count():
    """_AFTER_AMOUNT: "50 bin dolarlık" is money; only the number before the unit counts."""
    assert [c.value for c in counts_in(Tokens.of("50 bin dolarlık 2 program"), "tr")] == [2]
    assert counts_in(Tokens.of("40 bin dolarlık eğitim programı"), "tr") == []


# -- lines named by what the user will do, softened stems, yearly costs -----------------------------------------
def test_a_line_is_recognised_by_an_activity_its_programmes_list(knowledge):
    # the report lists "yurt dışı fuar ziyaretleri" among the foreign marketing programmes; the question never
    # names the line, only the fairs
    a = ask(knowledge, "URGE kapsamında iki yurt dışı fuara katılacağız, her biri 200 bin dolar; ne kadar destek alırız?")
    assert a is not None and a.lead.startswith("URGE'nin karşıladığı tutar: 300.000 USD.")
    assert [c.section_id for c in a.citations] == ["2.yurtdisi-pazarlama"]


def test_english_activities_reach_the_line_through_the_glossary(knowledge):
    from types import SimpleNamespace

    from assistant.question.glossary import default_glossary

    with_glossary = SimpleNamespace(**vars(knowledge), glossary=default_glossary())
    text = "We plan three trips to trade shows abroad, each costing 150,000 USD. How much URGE money can we expect in total?"
    a = ask(with_glossary, text)
    assert a is not None and a.lead.startswith("URGE covers 337,500 USD.")  # 3 trips × min(75 % × 150,000, 150,000)


def test_a_word_in_many_sections_names_no_line(knowledge):
    # "küme" is in the foreign marketing line's list ("küme tanıtım faaliyetleri") and in half the report
    assert ask(knowledge, "URGE ile küme için 100 bin dolarlık bir iş yapacağız; ne kadarı karşılanır?") is None


def test_a_softened_line_name_still_names_the_line(knowledge):
    # "danışmanlığa": k softens to ğ before a vowel; "her yıl" makes the yearly cost count once a year
    a = ask(knowledge, "Bir üye firmamız bireysel danışmanlığa iki yıl boyunca her yıl 25 bin dolar harcayacak. "
                       "İki yılda toplam ne kadar destek alır?")
    assert a is not None and a.lead.startswith("URGE'nin karşıladığı tutar: 35.000 USD.")


def test_trips_and_visits_count_as_programmes():
    assert [(c.value, c.unit) for c in counts_in(Tokens.of("three trips abroad"), "en")] == [(3, "programme")]
    assert [(c.value, c.unit) for c in counts_in(Tokens.of("iki pazar ziyareti"), "tr")] == [(2, "programme")]


def test_a_cost_and_its_cover_asked_is_an_urge_calculation_without_the_word(knowledge):
    a = ask(knowledge, "Eğitim programına 300 bin dolar harcarsak ne kadar geri alırız?")
    assert a is not None and a.lead.startswith("URGE'nin karşıladığı tutar: 225.000 USD.")


def test_a_loose_name_inside_another_lines_full_name_is_that_lines(knowledge):
    a = ask(knowledge, "What's the maximum we can get for individual consultancy over three years?")
    assert a.lead.startswith("The most URGE pays: 150,000 USD.") and "Training" not in a.lead
    assert "105,000 USD over 3 years" in a.lead  # the other reading of the yearly ceiling, as a total


def test_one_line_named_by_its_title_and_another_by_an_activity(knowledge):
    """urge_activities.activity_mention beside the named lines: each typed cost goes to the line before it."""
    a = ask(knowledge, "İki yurt dışı fuar ziyareti yapacağız, her biri 200 bin dolar, bir de 80 bin dolarlık alım "
                       "heyeti. URGE toplam ne kadar öder?")
    assert a.lead.startswith("URGE'nin karşıladığı tutar: 360.000 USD.")
    assert "Yurt dışı pazarlama" in a.lead and "Alım heyeti" in a.lead


def test_one_programme_is_no_total(knowledge):
    """A single programme's most is its printed ceiling: the URGE answer quotes it, nothing is computed."""
    assert ask(knowledge, "URGE ile bir yurt dışı pazarlama programı için en fazla ne kadar alırız?") is None


def test_foreign_buyers_invited_are_the_buyer_mission_line(knowledge):
    """"invite buyers … for a purchasing visit": the buyer-mission line (100.000 USD), not foreign marketing,
    whose activity list has "visits" of its own."""
    a = ask(knowledge, "We will host foreign buyers for a purchasing visit costing 140,000 USD; what does URGE "
                       "reimburse?")
    assert a.lead.startswith("URGE covers 100,000 USD.")
