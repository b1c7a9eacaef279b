"""Stage criteria from Tablo 2: named stages, self-assessment, and which stage a description matches."""
from __future__ import annotations

import pytest

from assistant.structured.criteria import answer_criteria, english_criterion
from tests.assistant.structured.computed_fixtures import question, real_knowledge


@pytest.fixture(scope="module")
def knowledge():
    return real_knowledge()


def ask(knowledge, text, *history):
    return answer_criteria(question(text, *history), knowledge)


def stages(answer):
    return [c.text.split("\n")[0] for c in answer.citations]


def test_named_stage_criteria_turkish(knowledge):
    a = ask(knowledge, "Tablo 2'ye göre bir kümenin Başlangıç aşamasında sayılması için hangi kriterler geçerli?")
    assert a.kind == "table" and stages(a) == ["Başlangıç"]
    assert "• Küme stratejisi oluşturulmuştur" in a.lead and a.citations[0].section_id == "4.tablo-2"


def test_requirement_question_in_english_quotes_the_rendering(knowledge):
    a = ask(knowledge, "Is having a brand identity one of the requirements for the start stage?")
    assert stages(a) == ["Başlangıç"] and "• The brand identity of the cluster has been created" in a.lead
    assert "Kümenin marka kimliği oluşturulmuştur" in a.citations[0].text  # the Turkish original stays cited
    assert "brand identity" in a.citations[0].text_en


def test_reached_a_stage_shows_it_and_the_one_before(knowledge):
    a = ask(knowledge, "Bir yönetim kurulumuz var ama henüz yazılı bir küme stratejimiz yok; "
                       "başlangıç aşamasına geçmiş sayılır mıyız?")
    assert stages(a) == ["Fikir", "Başlangıç"]


def test_past_a_stage_shows_it_and_the_one_after(knowledge):
    a = ask(knowledge, "We have a group of firms in the same sector but nobody has done any analysis yet. "
                       "Are we past the idea stage?")
    assert stages(a) == ["Fikir", "Başlangıç"] and "Basic analyses have been carried out" in a.lead


def test_which_stage_a_description_matches(knowledge):
    a = ask(knowledge, "Kümemizde uzmanlık grupları ve alt kümelenmeler oluştu, lobi gücümüz de var. "
                       "Bu hangi aşamanın özelliği?")
    assert stages(a) == ["Olgun"] and a.lead.startswith("Sorudaki özellikler Tablo 2'de Olgun aşaması")
    b = ask(knowledge, "Which stage is a cluster at when it can finance itself and has lobbying power?")
    assert stages(b) == ["Olgun"]


@pytest.mark.parametrize("text, history", [
    ("Seramikçilerin kümesi hangi aşamada?", ()),                       # a cluster's stage: the inventory
    ("Peki içlerinde fikir aşamasını geçmiş olan var mı?", ("Erzurum'daki kümeler hangileri?",)),
    ("BROP ilindeyiz ve daha fikir aşamasındayız; başka kümelerden nasıl öğrenebiliriz?", ()),
    ("Which of them are at the start stage?", ("Which clusters are in Konya?",)),
    ("List the inventory entries at the Gelişme stage.", ()),
    ("Fikir aşamasındaki kümeler için uluslararasılaştırma faaliyetlerinden önce ne yapılması öneriliyor?", ()),
])
def test_cluster_and_action_questions_are_not_criteria_answers(knowledge, text, history):
    assert ask(knowledge, text, *history) is None


def test_english_criterion_drops_bullet_and_label(knowledge):
    assert english_criterion("Aynı sektörde faaliyet gösteren bir yığın mevcuttur", "Fikir",
                             knowledge.rendering).startswith(("There is", "An agglomeration"))
    assert english_criterion("Lobi gücüne sahiptir", "Olgun", None) == ""


@pytest.mark.parametrize("text", ["What stage is the Ankara Organik cluster at?", "At which stage is the Kayseri furniture cluster?"])
def test_a_cluster_asked_by_name_is_no_stage_description(knowledge, text):
    """_stems keeps words of four letters or more: "what", "the", "at" are no evidence of a stage's criteria."""
    assert ask(knowledge, text) is None


@pytest.mark.parametrize("text, stage", [
    ("what makes a cluster mature according to the report", "Olgun"),   # the adjective alone, no "stage"
    ("Fikir aşamasındaki bir küme nasıl tanınır?", "Fikir"),            # "nasıl tanınır": how it is recognised
    ("How do you recognise a developing cluster?", "Gelişen"),
    ("What's needed to count as a start-stage cluster?", "Başlangıç"),   # "needed to count as"
])
def test_criteria_asked_in_everyday_words(knowledge, text, stage):
    a = ask(knowledge, text)
    assert a is not None and stages(a) == [stage]


def test_a_bare_stage_word_outside_a_criteria_question_is_no_stage(knowledge):
    assert ask(knowledge, "Which mature clusters are in the inventory?") is None
