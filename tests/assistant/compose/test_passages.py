"""Excerpts and citations, on a tiny case study whose sentences are checked by hand."""
from assistant.compose.passages import best_excerpt, cite
from core.answers import Hit

# Two chunks of one section: the count is in the first, the project in the second.
CHUNK_1 = "ODTÜ Teknokent 250 yenilikçi şirketi kapsar. Park Ankara'dadır."
CHUNK_2 = "Yazılım kümesi girişimciliği teşvik etmek için Yeni Fikirler Yeni İşler Projesi'ni uygular. Başka bilgi."
SECTION = CHUNK_1 + "\n" + CHUNK_2
QUESTION = "ODTÜ Teknokent kaç yenilikçi şirketi kapsıyor ve girişimciliği teşvik etmek için hangi projeyi uyguluyor?"


def test_one_run_of_sentences_by_default():
    assert best_excerpt(CHUNK_2, QUESTION, 100) == ("Yazılım kümesi girişimciliği teşvik etmek için Yeni Fikirler "
                                                     "Yeni İşler Projesi'ni uygular.")


def test_second_run_covers_what_the_first_lacks_from_the_whole_section_in_text_order():
    excerpt = best_excerpt(CHUNK_2, QUESTION, 100, second_chars=60, context=SECTION)
    assert excerpt == ("ODTÜ Teknokent 250 yenilikçi şirketi kapsar. … Yazılım kümesi girişimciliği teşvik etmek "
                       "için Yeni Fikirler Yeni İşler Projesi'ni uygular.")


def test_no_second_run_when_the_first_covers_every_question_word():
    assert best_excerpt(CHUNK_1, "Teknokent kaç şirketi kapsar?", 200, second_chars=200,
                        context=SECTION) == "ODTÜ Teknokent 250 yenilikçi şirketi kapsar. Park Ankara'dadır."


def test_second_run_never_repeats_the_first():
    excerpt = best_excerpt(SECTION, QUESTION, 300, second_chars=300, context=SECTION)
    assert excerpt.count("250") == 1 and excerpt.count("Yeni Fikirler") == 1


def test_cite_quotes_the_first_passage_with_its_section_and_the_others_plainly():
    hits = [Hit("a-2", "3.2", "ODTÜ", "text", "h\n" + CHUNK_2, 1.0),
            Hit("b-1", "3.3", "SASAD", "text", "h\n" + "SASAD 90 üyeye sahiptir. Projeyi uygular.", 0.5)]
    citations = cite(hits, QUESTION, limit=2, section_text={"3.2": SECTION, "3.3": "x"}.get)
    assert [c.n for c in citations] == [1, 2]
    assert "250" in citations[0].text and "Yeni Fikirler" in citations[0].text
    assert citations[1].text.startswith("SASAD 90") and "…" not in citations[1].text
