"""Issue #10: a name word typed inflected, derived, inside a compound or in English reaches the rows that hold it."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.question.slots import extract_slots
from assistant.structured.inventory import select
from assistant.structured.inventory_names import NameIndex, lookup_names, narrative_index
from assistant.structured.inventory_stems import LONG, derived_stem, long_stems, turkish_match
from core.records import ClusterRecord
from ingest.inventory import STAGES


def row(n, name, sector="other"):
    return ClusterRecord(n, "Adana", "Adana", name, STAGES[0], sector, False, 1, "ek2.txt")


ROWS = (
    row(1, "Çukurova Kimya Sektörü"), row(2, "Çukurova Kimyasal Gübre Sektörü"),
    row(3, "Burdur Yapı Kimyasalları Sektörü"), row(4, "Ankara Kızılcahamam JeoTermal Kümesi"),
    row(5, "Bolu Termal Turizm Kümelenmesi"), row(6, "Bal Ormanı Kümesi"), row(7, "İzmir Balıkçılık Kümesi"),
    row(8, "Bursa Otomobil Yan Sanayi"), row(9, "Ege Mobilya Kümesi"), row(10, "Bayburt Organik Tarım Kümesi"),
)
GLOSSES = {1: "Çukurova Chemicals Sector", 2: "Çukurova Chemical Fertiliser Sector",
           3: "Burdur Construction Chemicals Sector", 4: "Ankara Kızılcahamam Geothermal Cluster",
           5: "Bolu Thermal Tourism Clustering", 6: "Honey Forest Cluster", 7: "İzmir Fishery Cluster",
           8: "Bursa Automobile Supplier Industry", 9: "Aegean Furniture Cluster", 10: "Bayburt Organic Farming Cluster"}
INDEX = NameIndex.build(ROWS, GLOSSES)
EXACT = NameIndex.build(ROWS, GLOSSES, derived=False)  # the rule switched off


def found(question, index=INDEX):
    names = lookup_names(question, index)
    return sorted(names.numbers) if names else None


def test_long_stems_are_the_word_and_its_suffix_cut_stems():
    stems = long_stems("kimyacilarla")
    assert stems[0] == "kimyacilarla" and stems[-1] == "kimya" and stems == sorted(stems, key=len, reverse=True)
    assert {"kimyacilar", "kimyaci"} <= set(stems) and min(map(len, stems)) == LONG
    assert long_stems("bal") == [] and long_stems("termalde")[-1] == "termal"


@pytest.mark.parametrize("question, numbers, exact", [
    ("Kimyacılarla ilgili kümeler hangi illerde?", [1, 2, 3], [1]),  # kimya+cı+lar+la → Kimya, Kimyasal(ları)
    ("Kimya kümeleri", [1, 2, 3], [1]),
    ("Kimyasal kümeleri", [2, 3], [2, 3]),  # the derived word reaches its own forms, not back to the bare stem
    ("Adında termal geçen kümeler", [4, 5], [5]),  # inside the compound "JeoTermal", as _name_hit finds "Medikal"
])
def test_a_long_stem_reaches_derived_and_compound_name_words(question, numbers, exact):
    assert found(question) == numbers
    assert found(question, EXACT) == exact  # the rule switched off: one stem and suffixes only


def test_short_stems_and_rows_holding_the_word_are_not_stretched():
    assert found("Balla ilgili kümeler") == [6]  # "bal" is short: a word, never inside "Balıkçılık"
    assert found("Balıkçılarla ilgili kümeler") == [7]
    # "mobilya" is held as typed, so it is never cut to "mobil" (inside "Otomobil")
    assert INDEX.rows_for("mobilyacilar") == {9} and INDEX.rows_for("mobilya") == {9}
    assert derived_stem("mobilyacilar", ["mobilya", "otomobil"]) == "mobilya"
    assert derived_stem("mobilyacilar", ["otomobil"]) == "mobil"  # what the longest-first order prevents
    assert not turkish_match("balik", "bal")


def test_the_report_topics_test_uses_whole_words():
    """A word is one of the report's topics when its sections use it, not when they use a longer word holding
    it: "kimyasal" in three sections leaves "kimya" a name word."""
    sections = {f"4.{i}": "Kimyasal atıklar kümelerin ortak sorunudur." for i in range(3)}
    topics = narrative_index(sections, {})
    assert found("Kimyayla ilgili neler var?") == [1, 2, 3]
    assert sorted(lookup_names("Kimyayla ilgili neler var?", INDEX, topics=topics).numbers) == [1, 2, 3]
    derived_topics = replace(topics, derived=True)
    assert lookup_names("Kimyayla ilgili neler var?", INDEX, topics=derived_topics) is None


def _with_terms(question, *terms):
    return replace(extract_slots(question), name_terms=terms)


def test_a_name_term_no_name_holds_is_looked_up_like_a_name_word():
    """"Organik (organic)" leaves the slot "organic": the English gloss of the names finds the Organik row."""
    slots = _with_terms("Which clusters have Organik (organic) in their name?", "organic")
    assert [r.number for r in select(ROWS, slots, index=INDEX)] == [10]
    assert [r.number for r in select(ROWS, _with_terms("Adında 'Kimyacılar' geçen", "Kimyacılar"),
                                     index=INDEX)] == [1, 2, 3]
    assert [r.number for r in select(ROWS, _with_terms("Which have furniture in the name?", "furniture"),
                                     index=INDEX)] == [9]


def test_a_name_term_some_name_holds_keeps_the_printed_rule():
    """"Kimyasalları" is in a name as typed: that name decides, not every row of its stem (Kimyasal); "Bal" stays a
    word, not inside "Balıkçılık"."""
    assert [r.number for r in select(ROWS, _with_terms("Adında 'Kimyasalları' geçen", "Kimyasalları"),
                                     index=INDEX)] == [3]
    assert [r.number for r in select(ROWS, _with_terms("Adında 'Bal' geçen", "Bal"), index=INDEX)] == [6]
    assert [r.number for r in select(ROWS, _with_terms("Adında 'Termal' geçen", "Termal"), index=INDEX)] == [4, 5]


def test_a_province_in_a_name_is_met_only_by_its_own_name():
    """"Denizli" is a province, not deniz+li: "denizcilik" (deniz+cilik) reached it by one stem and suffixes."""
    rows = (row(1, "Denizli Enerji Kablosu Kümesi"), row(2, "İzmir Denizcilik Kümesi"), row(3, "Adana Kimya"))
    index = NameIndex.build(rows, {})
    assert index.rows_for("denizcilik") == {2}  # (a province the question names is a slot, never looked up)
    assert index.rows_for("adanalilar") == {3} and index.rows_for("denizlideki") >= {1}  # its own name, suffixed
    assert NameIndex.build(rows[:1], {}).rows_for("denizcilik") == frozenset()  # "deniz" inside it is no hit
    assert not turkish_match("denizcilik", "denizli") and turkish_match("denizcilikte", "denizcilik")
