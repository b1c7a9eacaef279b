"""Hand-checked cases for reading citations and figures back from a generated answer."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.answers import Citation
from assistant.llm.verify import (numbers_in, parse_citations, repair, sentences, source_text, unsupported_numbers,
                              verify)

from tests.assistant.urge_citations import EGITIM, ISTIHDAM

ISTATISTIK = Citation(3, "4.2", "Kümelerin Sektörel Dağılımı", "stat", "r.txt", 41,
                      "Kümelerin %25’i tarımsal gıda, %13’ü metal işleme; çalışmaların %37.5’i tamamlanmış, "
                      "firmaların %33,7’si teknoloji kullanmaktadır. 2023 yılında toplam 1,83 milyon USD harcandı.")
PASSAGES = [EGITIM, ISTIHDAM, ISTATISTIK]


# ---------------------------------------------------------------- citations

@pytest.mark.parametrize("text, expected", [
    ("Tutar 400.000 USD’dır [1].", [1]),
    ("Oran ve tutar [1, 2].", [1, 2]),
    ("Oran [1][3] ve yine [1].", [1, 3]),
    ("Üç bölüm [1-3].", [1, 2, 3]),
    ("En dash [1–3], spaces [ 2 , 3 ].", [1, 2, 3]),
    ("Mixed [2, 4-5; 1].", [2, 4, 5, 1]),
    ("Reversed [3-1] is read as its two ends.", [3, 1]),
    ("A silly range [1-9999] is not expanded.", [1, 9999]),
    ("Not citations: [a], [1.2], [s. 3], (1), 400.000.", []),
])
def test_parse_citations(text, expected):
    assert parse_citations(text) == expected


def test_parse_citations_bounds():
    assert parse_citations("[0] [4] [2] [1-5]", limit=3) == [2, 1, 3]
    assert parse_citations("[7]", limit=3) == []


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize("text, expected", [
    ("400.000 USD’a kadar", ["400000"]),
    ("400,000 USD", ["400000"]),
    ("400 000 USD", ["400000"]),
    ("1.500.000 TL", ["1500000"]),
    ("ortalama 1,83 puan", ["1.83"]),
    ("averaging 1.83", ["1.83"]),
    ("giderlerin % 75’i", ["%75"]),
    ("giderlerin %75’i", ["%75"]),
    ("75% of the costs", ["%75"]),
    ("yüzde 75", ["%75"]),
    ("çalışmaların %37.5’i", ["%37.5"]),
    ("firmaların %33,7’si", ["%33.7"]),
    ("2023 yılında", ["2023"]),
    ("2023-2027 döneminde", ["2023", "2027"]),
    ("5 (beş) yıl", ["5"]),
    ("1.234,56 ve 1,234.56", ["1234.56", "1234.56"]),
    ("Bölüm 3.2.1, 01.01.2023 tarihli", ["3.2.1", "1.1.2023"]),
    ("URGE2 ve H2020 birer ad", []),
    ("sayı yok", []),
])
def test_numbers_in(text, expected):
    assert numbers_in(text) == expected


@pytest.mark.parametrize("answer", [
    "The ceiling is 400,000 USD [1].",
    "Üst sınır 400.000 USD’dır [1].",
    "Üst sınır 400 000 USD [1].",
    "75% of the costs are covered [1].",
    "Giderlerin %75’i karşılanır [1].",
    "Giderlerin yüzde 75’i karşılanır [1].",
    "33.7% of firms use technology; 37,5 % of the work is done [3].",
    "In 2023, 1.83 million USD was spent [3].",
    "In 2023, 1,830,000 USD was spent [3].",
    "At most 2 experts, for 3 years [2].",
    "At most two experts [2].",
])
def test_figures_in_the_passage_are_supported(answer):
    assert unsupported_numbers(answer, [source_text(c) for c in PASSAGES]) == []


@pytest.mark.parametrize("answer, missing", [
    ("The ceiling is 500,000 USD [1].", ["500,000"]),
    ("Giderlerin % 80’i karşılanır [1].", ["% 80"]),
    ("In 2024 [3].", ["2024"]),
    ("The limit is 999.999 USD [1].", ["999.999"]),
    ("400 [1].", ["400"]),          # "400.000" is not 400
    ("1.8 million [3].", ["1.8 million"]),  # 1,83 million is not 1.8 million: no rounding
])
def test_figures_not_in_the_passage_are_reported(answer, missing):
    assert unsupported_numbers(answer, [source_text(c) for c in PASSAGES]) == missing


def test_citation_markers_and_list_markers_are_not_figures():
    answer = "Destekler:\n1. Eğitim [1]\n2. İstihdam [2]\n- 3) Danışmanlık [12]"
    assert unsupported_numbers(answer, ["metin"]) == []


@given(st.integers(min_value=1000, max_value=10**12))
def test_turkish_and_english_thousands_are_the_same_number(n):
    english = f"{n:,}"
    turkish = english.replace(",", ".")
    spaced = english.replace(",", " ")
    assert numbers_in(english) == numbers_in(turkish) == numbers_in(spaced) == [str(n)]
    assert unsupported_numbers(f"Tutar {english} USD [1].", [f"toplam {turkish} USD’a kadar"]) == []


# ---------------------------------------------------------------- sentences

def test_sentences_keep_trailing_citations_and_rejoin_exactly():
    text = "Oran % 75’tir [1]. Üst sınır 400.000 USD’dır. [1][2] Bkz. s. 12 vb. kaynaklar [1].\n- İki uzman [2]"
    pieces = sentences(text)
    assert [s for s, _ in pieces] == ["Oran % 75’tir [1].", "Üst sınır 400.000 USD’dır. [1][2]",
                                      "Bkz. s. 12 vb. kaynaklar [1].", "- İki uzman [2]"]
    assert "".join(s + sep for s, sep in pieces) == text


# ---------------------------------------------------------------- verify and repair

def test_a_supported_answer_verifies():
    v = verify("Giderlerin % 75’i, proje bazında 400.000 USD’a kadar karşılanır [1]. "
               "En fazla 2 (iki) uzman desteklenir [2].", PASSAGES)
    assert v.ok and v.problems == () and v.cited == (1, 2)


def test_no_citation_fails():
    v = verify("Giderlerin yarısı karşılanır.", PASSAGES)
    assert not v.ok and v.problems == ("the answer cites no passage",) and v.cited == ()


def test_out_of_range_citation_fails():
    v = verify("Tutar 400.000 USD [1]. Ayrıca bir şey [7]. Sıfır [0].", PASSAGES)
    assert not v.ok and v.cited == (1,)
    assert "citation [7] is not one of the passages [1]–[3]" in v.problems
    assert "citation [0] is not one of the passages [1]–[3]" in v.problems


def test_number_not_in_the_cited_passage_fails():
    v = verify("The limit is 999.999 USD [1].", PASSAGES)
    assert not v.ok and v.problems == ("figure «999.999» is not in the cited passages [1]",)


def test_a_figure_must_be_in_the_passage_the_sentence_cites():
    # 400.000 is in passage 1, but this sentence cites passage 2 for it.
    assert not verify("En fazla 2 uzman, 400.000 USD’a kadar [2].", PASSAGES).ok
    assert verify("En fazla 2 uzman [2], 400.000 USD’a kadar [1].", PASSAGES).ok


def test_an_uncited_lead_in_is_checked_against_all_cited_passages():
    assert verify("Tutar 400.000 USD’dır. Bu tutar proje bazındadır [1].", PASSAGES).ok
    assert not verify("Tutar 500.000 USD’dır. Bu tutar proje bazındadır [1].", PASSAGES).ok


def test_page_and_section_numbers_of_the_cited_passage_are_supported():
    assert verify("Bölüm 4.2’de (s. 41) anlatılır [3].", PASSAGES).ok


def test_repair_drops_unsupported_sentences_and_keeps_the_rest():
    text = ("Giderlerin % 75’i karşılanır [1].\n"
            "- Üst sınır 999.999 USD’dır [1].\n"
            "- Bu bilgi başka bir yerde [7].\n"
            "- En fazla 2 (iki) uzman desteklenir [2].")
    fixed = repair(text, PASSAGES)
    assert fixed == "Giderlerin % 75’i karşılanır [1].\n- En fazla 2 (iki) uzman desteklenir [2]."
    assert verify(fixed, PASSAGES).ok


def test_repair_of_a_good_answer_changes_nothing():
    text = "Giderlerin % 75’i karşılanır [1]."
    assert repair(text, PASSAGES) == text


@pytest.mark.parametrize("text", [
    "The limit is 999.999 USD [1].",                       # the only claim is unsupported
    "Bir şey [7]. Başka bir şey [9].",                     # only out-of-range citations
    "Giderlerin yarısı karşılanır.",                       # no citation at all
    "Tutar 500.000 USD’dır. Bu tutar proje bazındadır.",   # nothing cited remains
    "",
])
def test_repair_gives_up_when_nothing_cited_remains(text):
    assert repair(text, PASSAGES) is None


def test_repair_drops_an_uncited_lead_in_left_without_support():
    # Once the [9] sentence goes, the lead-in's 3 years is checked against passage 1 only: it goes too.
    text = "Süre 3 yıldır. Uzmanlar desteklenir [9]. Giderlerin % 75’i karşılanır [1]."
    assert repair(text, PASSAGES) == "Giderlerin % 75’i karşılanır [1]."
