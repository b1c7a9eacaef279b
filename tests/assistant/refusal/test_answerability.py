"""The answerability checks on a tiny corpus whose every fact is checked by hand below."""
import pytest

from assistant.refusal.answerability import ATTRIBUTES, Answerability, Gap
from core.wordlists import frequent_words

SECTIONS = [
    ("3.1", "İyi Uygulama Örneği 1: Toronto Gıda ve İçecek Kümesi - Kanada\n"
            "Toronto Gıda ve İçecek Kümesi'nin yıllık cirosu yaklaşık 20 milyar USD ve üye sayısı 1500'dür."),
    ("3.3", "İyi Uygulama Örneği 3: SASAD\n1990 yılında Ankara'da kurulan SASAD günümüzde 90 üyesi ile ..."),
    ("2.egitim", "URGE eğitim ve danışmanlık\nGiderlerin %75'i, proje başına 400.000 ABD Dolarına kadar karşılanır."),
    ("EK2.3", "MOSDER Türkiye Mobilya Sanayicileri Derneği\nİl: TR; Aşama: Gelişme"),
    ("EK2.148", "Gaziantep Makina Halısı İmalatı\nİl: Gaziantep; Aşama: Fikir"),
    ("EK1", "Finansman kaynakları: İş Birliği Güç Birliği Destek Programı (KOSGEB)"),
    ("3.6", "Eğitimler MIT/Girişimcilik Merkezi, Chasm Institute (ABD) tarafından sunulmuştur."),
    ("iletisim", "Ekonomi Bakanlığı Telefon: 0 (312) 204 75 00"),
]
CHECK = Answerability.build(SECTIONS, known_words=["cluster", "member", "turnover", "ministry", "support", "action", "research",
                                                     "defence", "industry day"])


@pytest.mark.parametrize("question, lang, expected", [
    # the entity is known, the fact is not next to it anywhere
    ("MOSDER'in kaç üyesi var?", "tr", Gap("attribute", "MOSDER", "members")),
    ("How many member firms does the Gaziantep Makina Halısı İmalatı cluster have?", "en",
     Gap("attribute", "Gaziantep Makina Halısı İmalatı", "members")),
    ("Who is the chairman of SASAD?", "en", Gap("attribute", "SASAD", "head")),
    ("KOSGEB programında proje başına üst sınır nedir?", "tr", Gap("attribute", "KOSGEB", "money")),
    ("What is the website of MOSDER?", "en", Gap("attribute", "MOSDER", "contact")),
    # the first word counts when it is a province; "Kümesi" is not required of the sections
    ("Gaziantep Makina Halısı Kümesi'nin yıllık ihracatı ne kadar?", "tr",
     Gap("attribute", "Gaziantep Makina Halısı Kümesi", "exports")),
    # a capitalised name the corpus never uses and that is no everyday word
    ("What does the COSME programme fund?", "en", Gap("name", "COSME")),
    ("Tesla Türkiye'de küme kuracak mı?", "tr", Gap("name", "Tesla")),
    ("How is the Silicon Valley cluster governed?", "en", Gap("name", "Silicon Valley")),  # everyday words, a name
])
def test_gaps(question, lang, expected):
    assert CHECK.gap(question, lang) == expected


@pytest.mark.parametrize("question, lang", [
    ("What is the annual turnover of the Toronto Food and Beverage Cluster?", "en"),  # 3.1 has "cirosu"
    ("SASAD'ın kaç üyesi var?", "tr"),                     # 3.3 has "üyesi"
    ("In which year was SASAD founded?", "en"),            # 3.3 has "kurulan"
    ("URGE eğitim desteğinin üst sınırı nedir?", "tr"),    # 2.egitim has a figure
    ("What is the USD ceiling of URGE training support?", "en"),  # a currency is not a name
    ("Which action asks for R&D-focused research nuclei?", "en"),  # R&D, and a hyphenated everyday word
    ("What is action ORA4.AA2.T1-E6?", "en"),              # codes are not names
    ("Ministry of Economy contact: what is the phone number?", "en"),  # no entity the corpus knows by name
    ("Gaziantep Makina Halısı İmalatı hangi aşamada?", "tr"),  # the inventory holds the stage
    ("Did the Chasm Institute train them, or MIT?", "en"),     # "MIT/Girişimcilik" in the text
    ("Which Defence Industry Day was held in Saudi Arabia?", "en"),  # countries are scope.py's business
])
def test_answerable(question, lang):
    assert CHECK.gap(question, lang) is None


def test_every_gap_describes_itself_in_both_languages():
    gaps = [Gap("name", "X"), Gap("topic", "q")] + [Gap("attribute", "X", a.key) for a in ATTRIBUTES]
    for gap in gaps:
        assert gap.describe("tr") and gap.describe("en") and gap.describe("tr") != gap.describe("en")


def test_word_lists_ship_with_the_package_most_frequent_first():
    top = frequent_words("en", 50)
    assert {"the", "of", "and"} <= top and "ministry" not in top
    assert "ve" in frequent_words("tr", 50)


def test_report_stems_with_turkish_suffixes_are_known_and_other_words_are_not():
    check = Answerability.build([("x", "Küme yönetimi. Diyarbakır Kuyumculuk Kümelenmesi. Seramik üreticileri.")])
    assert check._known("kumemizde") and check._known("kuyumcularla") and check._known("seramikcilerin")
    assert not check._known("fotosentez") and not check._known("kumpas")


# A tiny corpus with the sections that give figures over all the clusters (section 4 and EK 2).
COLLECTION = Answerability.build([
    ("4.2.A", "Kümelerin 88'i tarım-gıda sektöründe; kümelerin üye firma sayısı 10 ile 400 arasında."),
    ("EK2.3", "MOSDER Türkiye Mobilya Sanayicileri Derneği\nİl: TR; Aşama: Gelişme"),
    ("3.1", "Toronto Gıda ve İçecek Kümesi'nin yıllık cirosu yaklaşık 20 milyar USD."),  # a case, not the clusters
])


@pytest.mark.parametrize("question, lang, attribute", [
    ("Envanterdeki kümelerin toplam cirosu nedir?", "tr", "turnover"),   # 3.1's turnover is one case's
    ("What is the total turnover of the mapped clusters?", "en", "turnover"),
    ("35 kümenin toplam cirosu ne kadar?", "tr", "turnover"),       # "35 kümenin": a number of clusters
])
def test_a_figure_over_all_the_clusters_must_be_in_the_sections_that_give_such_figures(question, lang, attribute):
    assert COLLECTION.gap(question, lang) == Gap("aggregate", "", attribute)
    refusal = COLLECTION.refusal(question, lang)
    assert refusal.kind == "no_aggregate" and refusal.detail[1] == "turnover"


@pytest.mark.parametrize("question, lang", [
    ("Kümelerin toplam üye sayısı ne kadar?", "tr"),
    ("What is the average number of member firms per cluster?", "en"),  # "per cluster": over the clusters
])
def test_a_total_or_an_average_must_be_stated_as_one(question, lang):
    """4.2.A's range of member firms is a figure over the clusters, but no total and no average."""
    assert COLLECTION.gap(question, lang) == Gap("aggregate", "", "members")


@pytest.mark.parametrize("question, lang", [
    ("Kümelerin üye firma sayısı ne kadar?", "tr"),             # 4.2.A states a range of member firms
    ("What is the turnover of the Toronto cluster?", "en"),     # one named thing, not a figure over the clusters
    ("Kaç küme tarım-gıda sektöründe?", "tr"),                  # no attribute asked: the inventory counts
])
def test_aggregates_the_report_can_give_are_not_gaps(question, lang):
    assert COLLECTION.gap(question, lang) is None


def test_how_many_people_answered_is_no_question_about_employees():
    assert CHECK.gap("How many people answered the survey from SASAD?", "en") is None
    assert CHECK.gap("How many employees does SASAD have?", "en") == Gap("attribute", "SASAD", "employees")


def test_a_country_alone_is_not_an_unknown_name():
    """Countries are scope.py's to judge; "Kanada'daki örnek" is the report's Canadian case, not a name."""
    assert CHECK.gap("Kanada'daki örnekte firmalara nasıl yardım edilmiş?", "tr") is None
    assert CHECK.gap("Tesla Türkiye'de küme kuracak mı?", "tr") == Gap("name", "Tesla")


def test_an_everyday_english_word_with_a_turkish_case_suffix_is_a_name():
    assert CHECK.gap("Apple'ın Türkiye'de kümesi var mı?", "tr") == Gap("name", "Apple")
    assert CHECK.gap("Does the apple sector have a cluster?", "en") is None  # lowercase: a word


def test_known_words_vouch_for_a_hyphenated_term():
    """The English rendering's terms reach the check as known words ("co-opetition")."""
    assert CHECK.gap("Why do firms avoid Co-opetition?", "en") == Gap("name", "opetition")
    with_term = Answerability.build(SECTIONS, known_words=["opetition"])
    assert with_term.gap("Why do firms avoid Co-opetition?", "en") is None


@pytest.mark.parametrize("question, lang, attribute", [
    ("Gaziantep Makina Halısı İmalatı kümesinin web sitesi nedir?", "tr", "contact"),
    ("Gaziantep Makina Halısı İmalatı kümesinin kaç çalışanı var?", "tr", "employees"),
    ("Who founded the Gaziantep Makina Halısı İmalatı cluster?", "en", "founded"),
    ("Who is the mayor of Toronto?", "en", "head"),
])
def test_more_ways_to_ask_for_a_fact_the_report_lacks(question, lang, attribute):
    assert CHECK.gap(question, lang).attribute == attribute


def test_a_name_of_several_words_is_mentioned_only_where_they_stand_together():
    """"Toronto" and "cirosu" share 3.1, but no section has "Toronto Kanada": no mention, no fact-absent gap;
    with the words scattered over a section the old check found the entity and refused."""
    check = Answerability.build([("3.1", "Toronto Gıda Kümesi. Toronto'nun cirosu. Kanada'da."),
                                 ("EK2.1", "Ankara Mobilya Sektörü\nİl: Ankara; Aşama: Fikir"),
                                 ("4.1", "Ankara'da yazılım, mobilya, ciro")])
    assert check.gap("Ankara Mobilya Sektörü'nün cirosu ne kadar?", "tr") == Gap(
        "attribute", "Ankara Mobilya Sektörü", "turnover")


def test_proper_nouns_are_taken_out_of_the_english_lists_only():
    """SCOWL lists "Ne" (neon) as a name; in a Turkish question it is "what"."""
    assert CHECK.gap("Toronto örneğini okuduk. Ne öneriliyor?", "tr") is None
    assert CHECK.gap("Does Netflix have a cluster in Turkey?", "en") == Gap("name", "Netflix")


def test_a_demonym_of_a_known_country_is_not_a_name():
    assert CHECK.gap("In the Canadian example, what share of firms export?", "en") is None


def test_who_set_up_in_a_relative_clause_asks_for_no_founder():
    assert CHECK.gap("Firms who set up SASAD: can they apply?", "en") is None
    assert CHECK.gap("Who founded the Gaziantep Makina Halısı İmalatı cluster?", "en").attribute == "founded"


def test_a_name_phrase_may_hold_short_words_between_its_words():
    check = Answerability.build([("3.1", "Toronto Gıda ve İçecek Kümesi. Üyeleri 1500 firma.")])
    assert check.gap("Toronto Gıda ve İçecek Kümesi'nin genel müdürü kimdir?", "tr").attribute == "head"


def test_a_name_whose_words_never_stand_together_is_looked_for_word_by_word():
    """3.3 has "Ankara" and "SASAD" apart, never as "SASAD Ankara": that section is still where it is mentioned."""
    assert CHECK.gap("What is the turnover of SASAD Ankara?", "en") == Gap("attribute", "SASAD Ankara", "turnover")


def test_a_known_word_does_not_vouch_for_an_unknown_name_beside_it():
    """"Porter" is the report's (Porter's Diamond), "Michael" is not, and "Michael Porter" never stands in it."""
    check = Answerability.build([("4.2.D", "Kümelerin %35'i Porter'ın Elmas Modeli ile rekabet analizi yaptı."),
                                 ("3.3", "Suudi Arabistan Savunma Sanayii Günü düzenlendi.")])
    assert check.gap("Michael Porter nerede doğdu?", "tr") == Gap("name", "Michael Porter")
    assert check.gap("Where was Michael Porter born?", "en") == Gap("name", "Michael Porter")
    assert check.gap("Porter'ın Elmas Modeli nedir?", "tr") is None
    assert check.gap("Suudi Arabistan Savunma Sanayii Günü'ne kimler katıldı?", "tr") is None  # all its words known


def test_a_name_an_english_question_types_as_the_rendering_prints_it_is_mentioned_there():
    check = Answerability.build(SECTIONS + [("3.7", "Çankaya Üniversitesi son sınıf öğrenci projeleri.")],
                                known_words=["university"]).with_english(
        {"3.7": "Final-year student projects of Çankaya University."})
    assert check.gap("Who is the rector of Çankaya University?", "en") == \
        Gap("attribute", "Çankaya University", "head")
    assert check.gap("Who is the rector of Çankaya University?", "en") != CHECK.gap(
        "Who is the rector of Çankaya University?", "en")  # without the rendering the name is found nowhere


def test_an_everyday_word_capitalised_in_a_name_is_strange_when_the_report_never_writes_it():
    check = Answerability.build(SECTIONS, known_words=["europe", "strategy"],
                                english_text="The Europe 2020 Strategy and the national strategy documents.")
    assert check.gap("What is the budget of the Horizon Europe calls?", "en") == Gap("name", "Horizon Europe")
    assert check.gap("What does the Europe Strategy say about clusters?", "en") is None  # both words written
    hyphen = Answerability.build(SECTIONS, known_words=["brop"], english_text="BROP and Non-BROP Comparison")
    assert hyphen.gap("What does the report say about the BROP and Non-BROP Comparison?", "en") is None


def test_how_long_is_asked_of_a_named_programme_and_answered_only_by_a_printed_period():
    assert CHECK.gap("How long does the KOSGEB programme last?", "en") == Gap("attribute", "KOSGEB", "duration")
    check = Answerability.build(SECTIONS + [("3.6", "Global Clusters programı dört aşamadan oluşmakta ve 21 ay "
                                                    "sürmektedir.")])
    assert check.gap("Global Clusters programı ne kadar sürüyor?", "tr") is None


def test_an_age_over_the_clusters_must_be_stated():
    assert CHECK.gap("Haritadaki kümelerin ortalama yaşı kaç?", "tr") == Gap("aggregate", "", "age")


RENDERED = Answerability.build(SECTIONS, known_words=["cluster", "member"],
                               english_text="Turkey should shift away from labour-intensive sectors. Which firms are here?")


def test_a_function_word_capitalised_in_a_name_is_no_name_word_even_if_the_report_never_writes_it():
    """"Var" is Turkish's "there is": in "Kümelerimiz İçin Destekler Var" it names nothing, written or not."""
    assert RENDERED.gap("Kümemiz İçin Destekler Var mı?", "tr") is None


def test_a_name_of_everyday_words_is_the_reports_where_it_prints_them_with_a_hyphen():
    assert RENDERED.gap("What is the Labour-intensive sector problem?", "en") is None
    assert RENDERED.gap("How is the Silicon Valley cluster governed?", "en") == Gap("name", "Silicon Valley")


def test_a_province_is_a_place_whether_or_not_the_text_names_it():
    """Every province is covered by EK 2 (an answer may be "none"); its everyday short name is a province too."""
    assert CHECK.gap("Which clusters are in Kırşehir?", "en") is None
    assert CHECK.gap("What clusters are there in Urfa?", "en") is None
    assert CHECK.gap("İzmit'teki kümeler hangileri?", "tr") is None
    assert CHECK.gap("What does the COSME programme fund in Kırşehir?", "en") == Gap("name", "COSME")


@pytest.mark.parametrize("question, lang, head", [
    ("Who is the chairman of SASAD?", "en", True),
    ("Toronto Gıda ve İçecek Kümesi'nin genel müdürü kimdir?", "tr", True),
    ("TAYSAD'ın yönetim kurulu başkanı şu anda kim?", "tr", True),
    ("Who pays the cluster manager's salary at SASAD?", "en", False),       # who does something to the role
    ("SASAD'da küme yöneticisinin maaşını kim öder?", "tr", False),
])
def test_the_head_asked_for_is_who_holds_the_role(question, lang, head):
    from assistant.refusal.attributes import ATTRIBUTES
    from core.normalize import fold_ascii
    asked = next(a for a in ATTRIBUTES if a.key == "head").asked
    assert bool(asked.search(fold_ascii(question))) == head

