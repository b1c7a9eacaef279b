"""Which passages an answer cites: hand-checked overlaps on a five-passage ranking."""
from assistant.passages import cite, supported
from assistant.records import Hit


def _hit(sid: str, body: str, rank: int) -> Hit:
    return Hit(f"{sid}-c", sid, sid.upper(), "text", f"header\n{body}", 1.0 / rank)


# Question words (>2 letters, 5-letter prefixes): "urge", "egitim", "destek", "ust", "sinir" → 5.
QUESTION = "URGE eğitim desteğinin üst sınırı nedir?"
RANKED = [
    _hit("a", "URGE eğitim desteği üst sınırı 400.000 dolardır.", 1),   # 5 of 5
    _hit("b", "Kümeler için ortak alanlar.", 2),                        # 0: kept, in the first two
    _hit("b", "Second chunk of b repeats the section.", 3),             # same section: not counted again
    _hit("c", "Eğitim desteği ve üst sınır kuralları.", 4),             # egitim destek ust sinir: 4 >= 0.75*5
    _hit("d", "URGE ihracat.", 5),                                       # 1 < 3.75: dropped
    _hit("e", "URGE eğitim desteği sınırı yok.", 6),                    # 4, but beyond the limit of 4 sections
]


def test_supported_keeps_the_first_two_and_those_close_to_the_best():
    assert [h.section_id for h in supported(RANKED, QUESTION, limit=4)] == ["a", "b", "c"]


def test_supported_with_ratio_zero_is_the_first_sections_in_rank_order():
    assert [h.section_id for h in supported(RANKED, QUESTION, limit=5, ratio=0)] == ["a", "b", "c", "d", "e"]


def test_supported_on_nothing_is_nothing():
    assert supported([], QUESTION, limit=5) == []


def test_cite_numbers_the_supported_passages_from_one():
    citations = cite(supported(RANKED, QUESTION, limit=4), QUESTION, limit=4)
    assert [(c.n, c.section_id) for c in citations] == [(1, "a"), (2, "b"), (3, "c")]
    assert "400.000" in citations[0].text
