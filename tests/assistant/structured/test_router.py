"""The router's gates on the real report: which structured answer a phrasing reaches, and when it is left
to the passages. Each case fails when the rule it names is switched off (docs/rule-audit.md)."""
from __future__ import annotations

import pytest

from tests.assistant.structured.computed_fixtures import full_knowledge, routed


@pytest.fixture(scope="module")
def knowledge():
    return full_knowledge()


def answer(knowledge, text, *history):
    return routed(knowledge, text, *history)


@pytest.mark.parametrize("text", ["Gelişme aşamasındaki kümeler hangileri?", "Which clusters are at the Gelişme stage?"])
def test_a_stage_label_is_a_filter_not_a_name_word(knowledge, text):
    """_SLOT_WORDS: "Gelişme" is also a word of row 40's name; as a stage label it filters all 14 rows."""
    a = answer(knowledge, text)
    assert a is not None and a.kind == "inventory" and a.count == 14


@pytest.mark.parametrize("text", ["Can a university be a cooperating organisation under URGE?",
                                  "What does URGE say about universities and research centres?"])
def test_urge_with_other_topic_words_goes_to_the_passages(knowledge, text):
    """URGE_KINDS gate: a condition or list question whose topic words URGE's table does not explain."""
    assert answer(knowledge, text) is None


@pytest.mark.parametrize("text, section", [
    ("Does URGE cover salaries?", "2.istihdam"),                       # salaries: the employment line's pay
    ("URGE personel maaşlarını karşılıyor mu?", "2.istihdam"),
    ("What's the point of the URGE programme?", "2"),                  # "point of": its purpose
    ("What is the purpose of URGE and which firms does it target?", "2"),  # the purpose sentence names them
])
def test_urge_questions_whose_words_its_records_explain(knowledge, text, section):
    """router._beyond_urge / urge.explained_words: topic words a line's names, the purpose or the verbs of
    covering explain leave nothing the table cannot answer."""
    a = answer(knowledge, text)
    assert a is not None and a.kind == "urge" and a.citations[0].section_id == section


@pytest.mark.parametrize("text, section", [
    ("URGE eğitim programlarında proje başına giderlerin yüzde kaçı karşılanır?", "2.egitim-danismanlik"),
    ("How many foreign marketing programmes does URGE support and at what rate?", "2.yurtdisi-pazarlama"),
])
def test_urge_amounts_counts_and_shares_get_the_figures_despite_topic_words(knowledge, text, section):
    """URGE_KINDS: an amount, count or share question is the table's, whatever else it mentions."""
    a = answer(knowledge, text)
    assert a is not None and a.kind == "urge" and [c.section_id for c in a.citations] == [section]


def test_a_profile_answers_only_when_its_slots_explain_the_question(knowledge):
    """`not q.topic` for profiles: export markets are a topic of their own, not a stage's action list."""
    assert answer(knowledge, "Başlangıç aşamasındaki kümeler ihracat pazarlarına açılmadan önce ne yapmalı?") is None
    a = answer(knowledge, "Başlangıç aşamasındaki kümelere hangi eylemler öneriliyor?")
    assert a is not None and a.kind == "profile"


def test_the_words_of_one_name_narrow_to_its_row(knowledge):
    """_with_named_row: every name word of the question in one row's name is that row, not its sector."""
    a = answer(knowledge, "ODTÜ Teknokent Yazılım Kümesi hangi aşamada?")
    assert a is not None and [c.section_id for c in a.citations] == ["EK2.42"] and "42" in a.lead


def test_a_long_name_term_matches_inside_words(knowledge):
    """_name_hit: a term of five letters or more is found inside a word ("Medikal" in "Biyomedikal")."""
    a = answer(knowledge, "Which inventory entries have 'Medikal' in their name?")
    assert a is not None and a.count == 6


@pytest.mark.parametrize("text, expected", [("Envanterdeki kümeler kaç farklı ilde?", "76 farklı ilde"),
                                            ("Konya'da hangi sektörlerde küme var?", "4 sektörde")])
def test_distinct_provinces_and_sectors_are_counted(knowledge, text, expected):
    """_DISTINCT: "kaç farklı ilde", "hangi sektörlerde" ask for the distinct values, not the rows."""
    a = answer(knowledge, text)
    assert a is not None and a.kind == "inventory" and expected in a.lead


def test_the_annex_named_as_a_place_still_lists_its_rows(knowledge):
    """codes == ["EK2"] with an inventory filter: "EK 2'deki" says where to look; the rows are the answer."""
    a = answer(knowledge, "EK 2'deki Gaziantep kümeleri hangileri?")
    assert a is not None and a.kind == "inventory" and a.count == 19


@pytest.mark.parametrize("text", ["What are currently the most important sources of finance for the clusters?",
                                  "Kümeler için en önemli finans kaynakları nelerdir?"])
def test_a_name_word_the_report_discusses_is_no_inventory_lookup(knowledge, text):
    """inventory_names.narrative_index: "finance" is a word of row 227's name (İstanbul Finans Merkezi) and a
    topic of section 4; a question about finance sources is not about that row."""
    a = answer(knowledge, text)
    assert a is None or a.kind != "inventory"


@pytest.mark.parametrize("text", ["Is there a finance cluster?", "Finans kümeleri hangileri?"])
def test_the_same_word_used_as_a_name_finds_its_row(knowledge, text):
    a = answer(knowledge, text)
    assert a is not None and a.kind == "inventory" and [c.section_id for c in a.citations][:1] == ["EK2.227"]


def test_an_inventory_answer_says_which_words_of_the_question_found_its_rows(knowledge):
    """DirectAnswer.matched: the service keeps rows found by the question's own words (rows_beside_the_point)."""
    assert answer(knowledge, "Is there a cluster for gold and silver work?").matched == ("gold", "silver")
    assert answer(knowledge, "Gelişme aşamasındaki kümeler hangileri?").matched == ()


@pytest.mark.parametrize("text", ["How long can a cluster get support for an expert under URGE?",
                                  "URGE kapsamında uzman desteği ne kadar süre verilir?"])
def test_a_duration_asked_of_an_urge_expert_is_the_employment_lines_figure(knowledge, text):
    """ANSWER_KINDS: "how long" / "ne kadar süre" ask a figure; _LINE_WORDS: an expert is the employment line's."""
    a = answer(knowledge, text)
    assert a is not None and a.kind == "urge" and [c.section_id for c in a.citations] == ["2.istihdam"]
    assert "3 (" in a.lead


def test_a_short_coded_section_is_quoted_whole(knowledge):
    """QUOTE_WHOLE: ORA4.AA4's target (500 milyar, 2023) is its second sentence, which an excerpt chosen by
    the words "ihracat hedefi" skips."""
    a = answer(knowledge, "ORA4.AA4 İhracat alt alanında hangi ihracat hedefi anılıyor?")
    assert a.kind == "code" and "500 milyar" in a.citations[0].text and "2023" in a.lead


@pytest.mark.parametrize("text, section", [
    ("URGE'de yurt dışı pazar araştırması desteği ne kadar?", "2.yurtdisi-pazarlama"),  # an activity it lists
    ("URGE ile fuara gitmek için ne kadar destek alırız", "2.yurtdisi-pazarlama"),       # "fuara": "fuar" inflected
    ("What does URGE give for matchmaking events abroad?", "2.yurtdisi-pazarlama"),
])
def test_an_urge_line_named_by_what_the_user_will_do(knowledge, text, section):
    """urge_activities.line_by_activity in the router: the line whose own activity list the question names."""
    a = answer(knowledge, text)
    assert a is not None and a.kind == "urge" and [c.section_id for c in a.citations] == [section]


def test_an_amount_asked_of_urge_with_no_line_is_every_lines(knowledge):
    a = answer(knowledge, "URGE ne kadar destek veriyor?")
    assert a is not None and a.kind == "urge" and a.count == 5


@pytest.mark.parametrize("text", ["Bir projeye en fazla kaç uzman istihdam edilebilir?",
                                  "How many experts can we hire with the support?"])
def test_experts_employed_are_the_employment_lines_without_urge_named(knowledge, text):
    a = answer(knowledge, text)
    assert a is not None and "2.istihdam" in [c.section_id for c in a.citations]
    assert "2" in a.lead


def test_a_line_name_with_the_mutated_k_still_names_it(knowledge):
    """"istihdam desteği": destek → desteği (k → ğ) in the strict line name."""
    a = answer(knowledge, "istihdam desteği ne kadar süre veriliyor")
    assert a is not None and a.kind == "urge" and "3 (üç) yıl" in a.lead


def test_under_urge_is_no_topic_of_its_own(knowledge):
    a = answer(knowledge, "URGE kapsamında bir dernek başvurabilir mi?")
    assert a is not None and a.kind == "urge" and "Dernekleri" in a.lead


@pytest.mark.parametrize("text", ["Samsun'da başlangıç aşamasında bir gıda kümesiyiz, hangi destekleri alabiliriz?",
                                  "We are an idea-stage tourism cluster in Trabzon. Which URGE supports can we use?"])
def test_a_cluster_asking_which_supports_it_can_get_gets_every_urge_line(knowledge, text):
    a = answer(knowledge, text)
    assert a is not None and a.kind == "urge" and a.count == 5


def test_supports_given_to_someone_else_are_not_urge(knowledge):
    assert answer(knowledge, "Toronto kümesine hangi destekler verildi?") is None


@pytest.mark.parametrize("text, expected", [
    ("En çok kümeye sahip il hangisi?", "İstanbul"),                       # "kümeye": the row noun inflected
    ("How many provinces have at least one cluster?", "76 different provinces"),  # distinct, "cluster" singular
])
def test_aggregates_over_the_rows_in_everyday_words(knowledge, text, expected):
    a = answer(knowledge, text)
    assert a is not None and a.kind == "inventory" and expected in a.lead


def test_a_light_verb_is_no_word_of_a_name(knowledge):
    """FRAME_STEMS "make": "makes" matched the gloss "Making"; and "paper", a word of three narrative
    sections, names a row here because it names one of the follow-up's rows (lookup_names `within`)."""
    a = answer(knowledge, "Which one of those makes paper?", "Which clusters are in Tekirdağ?")
    assert a is not None and a.kind == "inventory" and [c.section_id for c in a.citations] == ["EK2.337"]


def test_distinct_values_of_the_filtered_field_are_not_the_rows(knowledge):
    """inventory_gate: the sectors of the food rows are one sector; the question asks the report's ranking."""
    assert answer(knowledge, "Which sectors come right after food and agriculture in the cluster map?") is None
    assert answer(knowledge, "Gaziantep'teki kümeler hangi sektörlerde?").kind == "inventory"


def test_an_inflected_question_word_starting_a_follow_up_is_no_name(knowledge):
    """answerability._QUESTION_WORDS: "Hangileri" (hangi + leri) is no name beyond the inventory, so the
    follow-up filters the earlier rows; a capitalised noun with suffixes is still a name word."""
    a = answer(knowledge, "Hangileri olgunluk aşamasında?", "Ankara'daki kümeler hangileri?")
    assert a is not None and a.kind == "inventory" and [c.section_id for c in a.citations] == ["EK2.42"]
    assert knowledge.answerability.named_things("Seramikçilerin kümesi hangi aşamada?", "tr") == ["seramikcilerin"]


def test_everyday_english_reaches_an_urge_activity_through_the_glossary(knowledge):
    """corpus/glossary.tsv everyday rows (visit, abroad, market research) bridge to the line's activity list."""
    a = answer(knowledge, "We plan two market visits abroad at 250,000 USD each and one buyer mission costing "
                          "80,000 USD. What's the total URGE would cover?")
    assert a is not None and a.lead.startswith("URGE covers 360,000 USD.")


@pytest.mark.parametrize("text, sections", [
    ("Does URGE pay for consultancy?", ["2.egitim-danismanlik", "2.bireysel-danismanlik"]),  # both lines' word
    ("URGE danışmanlık desteği ne kadar?", ["2.egitim-danismanlik", "2.bireysel-danismanlik"]),
    ("URGE eğitim ve danışmanlık desteğinin üst sınırı nedir?", ["2.egitim-danismanlik"]),   # inside a full name
    ("URGE bireysel danışmanlık oranı nedir?", ["2.bireysel-danismanlik"]),
    ("Training and consultancy under URGE: what rate?", ["2.egitim-danismanlik"]),  # "rate": a figure's name
])
def test_consultancy_alone_names_both_consultancy_lines(knowledge, text, sections):
    """urge._lines_asked: a loose name inside another line's full name is that line's word only."""
    a = answer(knowledge, text)
    assert a is not None and a.kind == "urge" and [c.section_id for c in a.citations] == sections
