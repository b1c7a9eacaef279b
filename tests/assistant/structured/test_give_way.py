"""rows_beside_the_point: an inventory answer gives way to the passages when the evidence says so."""
from assistant.question.analysis import analyze
from assistant.structured.give_way import rows_beside_the_point
from core.answers import Citation, DirectAnswer, Hit


def hit(sid, text, score=0.9, page=3):
    return Hit(f"c-{sid}-{score}", sid, f"Başlık {sid}", "urge", f"Yol › {sid}\n{text}", score, "r.txt", page)



def _rows(*titles, matched=()):
    cites = tuple(Citation(i + 1, f"EK2.{i + 1}", t, "inventory", "r.txt", 78, t) for i, t in enumerate(titles))
    return DirectAnswer("inventory", "…", cites, matched=matched)


NARRATIVE = [hit("4.2.E", "Başlangıç aşamasındaki kümelerin yarısında küme yönetimi yoktur.")]


def test_rows_give_way_when_no_row_is_among_the_best_passages():
    q = analyze("What is still missing in about half of the start-stage clusters?")
    assert q.topic == ("missing", "half")
    assert rows_beside_the_point(_rows("Adana Tekstil Kümesi"), q, NARRATIVE)
    with_row = [*NARRATIVE, hit("EK2.1", "Adana Tekstil Kümesi")]
    assert not rows_beside_the_point(_rows("Adana Tekstil Kümesi"), q, with_row)


def test_rows_stay_for_counts_and_for_questions_with_no_words_of_their_own():
    assert not rows_beside_the_point(_rows("Adana Tekstil Kümesi"),
                                     analyze("How many start-stage clusters still lack a strategy and a manager?"),
                                     NARRATIVE)
    assert not rows_beside_the_point(_rows("Adana Tekstil Kümesi"), analyze("Which clusters are at the start stage?"),
                                     NARRATIVE)


def test_rows_stay_when_the_questions_words_found_them():
    q = analyze("Is there a cluster for gold and silver work in the report?")
    unexplained = _rows("Gaziantep Altın ve Gümüş İşlemeciliği")
    assert rows_beside_the_point(unexplained, q, NARRATIVE)
    assert not rows_beside_the_point(_rows("Gaziantep Altın ve Gümüş İşlemeciliği", matched=("gold", "silver")), q,
                                     NARRATIVE)
    glossary = {"gold": ["altın"], "silver": ["gümüş"]}
    assert not rows_beside_the_point(unexplained, q, NARRATIVE, lambda w: glossary.get(w, []))


def test_one_left_over_word_is_no_topic_of_its_own():
    """MIN_UNEXPLAINED: the left-over word is often the verb ("deal")."""
    q = analyze("Which clusters deal with marble?")
    assert q.topic == ("deal",)
    assert not rows_beside_the_point(_rows("Bitlis Mermer Kümesi"), q, NARRATIVE)
