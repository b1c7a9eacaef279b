"""Clusters asked for by a word of their name: hand-checked on a few inline rows and on the real inventory."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.question.glossary import Glossary
from assistant.question.slots import extract_slots
from assistant.structured.inventory import answer_inventory, rows_from_clusters, select
from assistant.structured.inventory_gate import for_names, is_inventory_question
from assistant.structured.inventory_names import (TOPIC_SECTIONS, NameIndex, label_sectors, lookup_names, name_index,
                                                  narrative_index, product_words, turkish_match)
from core.lexicon import SECTOR_PRODUCT_WORDS, SECTOR_WORDS
from core.normalize import tokenize_tr
from core.records import ClusterRecord
from ingest.inventory import STAGES
from ingest.report_parser import parse_corpus

CORPUS = Path(__file__).resolve().parents[3] / "corpus"
FIKIR, BASLANGIC = STAGES[0], STAGES[1]


def row(n, province, name, sector, stage=FIKIR, brop=False):
    return ClusterRecord(n, province, province, name, stage, sector, brop, 1, "ek2.txt")


ROWS = (
    row(1, "Giresun", "Giresun Fındık Sektörü", "tarım-gıda", brop=True),
    row(2, "Konya", "Konya Süt ve Süt Ürünleri", "tarım-gıda"),
    row(3, "Mardin", "Mardin Kuyumculuk Sektör Kümesi", "other", brop=True),
    row(4, "Rize", "Çay Sektörü", "tarım-gıda", BASLANGIC),
    row(5, "Edirne", "Trakya Çeltik Kümesi", "tarım-gıda"),
    row(6, "Tekirdağ", "Trakya İlaç Kümesi", "sağlık"),
    row(7, "Gaziantep", "Gaziantep Halı Kümesi", "tekstil", brop=True),
    row(8, "Gaziantep", "Gaziantep Altın ve Gümüş İşlemeciliği", "other", brop=True),
    row(9, "Muğla", "Bal Ormanı Kümesi", "tarım-gıda"),
    row(10, "İzmir", "İzmir Balıkçılık Kümesi", "tarım-gıda"),
)
GLOSSES = {1: "Giresun Hazelnut Sector", 2: "Konya Milk and Dairy Products", 3: "Mardin Jewellery Sector Cluster",
           4: "Tea Sector", 5: "Thrace Paddy Rice Cluster", 6: "Thrace Pharmaceuticals Cluster",
           7: "Gaziantep Carpet Cluster", 8: "Gaziantep Gold and Silver Craft", 9: "Honey Forest Cluster",
           10: "İzmir Fishery Cluster"}
INDEX = NameIndex.build(ROWS, GLOSSES)


def found(question, glossary=None):
    names = lookup_names(question, INDEX, glossary)
    return sorted(names.numbers) if names else None


@pytest.mark.parametrize("token, word, expected", [
    ("findikla", "findik", True), ("kuyumcularla", "kuyumculuk", True), ("seramikcilerin", "seramik", True),
    ("findigi", "findik", True),  # final k softens to ğ before a vowel
    ("caylar", "cay", True), ("cay", "cay", True),
    ("balik", "bal", False),  # "ık" is no suffix chain: fish are not honey
    ("tasiyan", "tas", False),  # a 3-letter stem takes only a short ending
    ("fotosentez", "foto", False),
])
def test_turkish_stem_and_suffixes(token, word, expected):
    assert turkish_match(token, word) is expected


@pytest.mark.parametrize("question, numbers", [
    ("Fındıkla ilgili kümeler var mı?", [1]), ("Kuyumcularla ilgili kaç küme var?", [3]),
    ("halı kümeleri", [7]), ("Trakya adını taşıyan kümeleri sayar mısın?", [5, 6]),
    ("Çayla ilgili kümeler", [4]), ("Which clusters grow hazelnuts?", [1]),
    ("Is there a hazelnut cluster?", [1]), ("How many tea clusters are there?", [4]),
    ("Is there a cluster for gold and silver work?", [8]),  # both words: the row that holds them all
    ("Which clusters make carpets?", [7]),
])
def test_name_words_turkish_and_english(question, numbers):
    assert found(question) == numbers


def test_english_word_through_the_glossary():
    glossary = Glossary.from_pairs([("paddy", "çeltik")])
    index = NameIndex.build(ROWS, {})  # no English glosses: only the glossary can bridge
    assert sorted(lookup_names("paddy clusters", index, glossary).numbers) == [5]
    assert lookup_names("paddy clusters", index) is None


@pytest.mark.parametrize("question", [
    "Gaziantep'teki kümeler hangileri?",  # a province is a slot, not a name word
    "BROP illerindeki kümeler",  # il+ler+in+de frames the question even if a row says "İlleri"
    "Which clusters work on spaceships?",  # an English word no gloss holds is no filter
    "Kümelerin sektörleri",  # words in more than GENERIC_ROWS names are generic (none here, framed)
])
def test_no_name_words(question):
    assert found(question) is None


def test_knives_meet_knife():
    index = NameIndex.build([row(1, "Osmaniye", "Osmaniye Bıçakçılık Kümelenmesi", "metal")],
                            {1: "Osmaniye Cutlery (Knife Making) Clustering"})
    assert lookup_names("Which clusters make knives?", index).numbers == {1}


def test_product_word_narrows_a_label_word_keeps_the_sector():
    assert set(SECTOR_PRODUCT_WORDS) <= {w for ws in SECTOR_WORDS.values() for w in ws}
    assert product_words(tokenize_tr("Fındıkla ilgili kümeler")) == ("findikla",)
    assert label_sectors(tokenize_tr("fındık kümeleri")) == ()
    assert label_sectors(tokenize_tr("gıda kümeleri")) == ("tarım-gıda",)
    q = "Fındıkla ilgili kümeler var mı?"
    names = lookup_names(q, INDEX)
    slots = for_names(extract_slots(q), q, names)
    assert extract_slots(q).sectors == ("tarım-gıda",) and slots.sectors == ()
    assert [r.number for r in select(ROWS, slots, names)] == [1]
    food = "Konya'daki gıda kümeleri"
    assert lookup_names(food, INDEX) is None
    assert [r.number for r in select(ROWS, extract_slots(food))] == [2]


def test_name_lookup_makes_an_inventory_question_only_with_a_match():
    for q in ("Is there a hazelnut cluster?", "Fındıkla ilgili kümeler var mı?"):
        assert is_inventory_question(q, extract_slots(q), lookup_names(q, INDEX))
    q = "Is there a spaceship cluster?"
    assert lookup_names(q, INDEX) is None and not is_inventory_question(q, extract_slots(q), None)


def test_answer_names_the_matched_word_in_the_asked_language():
    q = "Is there a hazelnut cluster?"
    names = lookup_names(q, INDEX)
    a = answer_inventory(q, for_names(extract_slots(q), q, names), ROWS, "en", names)
    assert a.count == 1 and a.citations[0].section_id == "EK2.1"
    assert a.lead == "The inventory lists 1 cluster whose names match 'Hazelnut' [1]:"
    q = "Kuyumcularla ilgili kaç küme var?"
    names = lookup_names(q, INDEX)
    assert answer_inventory(q, extract_slots(q), ROWS, "tr", names).lead.startswith(
        "Envanterde adı 'Kuyumculuk' ile eşleşen 1 küme")


def test_a_word_the_report_discusses_names_a_cluster_only_when_used_as_a_name():
    """narrative_index: "finance" is a row's name word and a topic of the report's sections; it is a lookup
    only before a cluster word or beside a rarer word of that name. Below TOPIC_SECTIONS it is a name as before."""
    rows = (row(1, "İstanbul", "İstanbul Finans Merkezi", "hizmet"), row(2, "Giresun", "Giresun Fındık", "tarım-gıda"))
    index = NameIndex.build(rows, {1: "Istanbul Finance Centre", 2: "Giresun Hazelnut"})
    sections = {f"4.{i}": "Kümelerin finans kaynakları sınırlıdır." for i in range(TOPIC_SECTIONS)}
    english = {sid: "The finance sources of clusters are limited." for sid in sections}
    topics = narrative_index(sections | {"EK2.1": "İstanbul Finans Merkezi"}, english)
    for q in ("What are the most important sources of finance for the clusters?", "Kümeler için finans kaynakları?"):
        assert lookup_names(q, index).numbers == {1}  # without the report's topics: a name
        assert lookup_names(q, index, topics=topics) is None
    for q in ("Is there a finance cluster?", "Finans kümesi hangi aşamada?", "Finans Merkezi kümesi nerede?",
              "Which clusters work on hazelnuts?"):
        assert lookup_names(q, index, topics=topics).numbers == ({2} if "hazelnut" in q else {1}), q
    fewer = narrative_index(dict(list(sections.items())[:TOPIC_SECTIONS - 1]), english)
    assert lookup_names("sources of finance for the clusters", index, topics=fewer).numbers == {1}


# -- the real inventory --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real():
    rows = rows_from_clusters(parse_corpus(CORPUS).clusters)
    return rows, name_index(rows)


@pytest.mark.parametrize("question, numbers", [
    ("Fındıkla ilgili kümeler var mı?", [167]), ("Is there a hazelnut cluster?", [167]),
    ("Kuyumcularla ilgili kaç küme var?", [129, 247, 281, 329]), ("Seramikçilerin kümesi hangi aşamada?", [4]),
    ("Trakya adını taşıyan kümeleri sayar mısın?", [130, 131, 265, 338, 339, 340]),
    ("Which clusters make knives?", [119, 301]), ("How many tea clusters are there?", [80, 303]),
    ("Is there a cluster for gold and silver work?", [165]), ("Which clusters work with ceramics?", [4]),
    ("Which clusters grow peanuts?", [300]),
])
def test_real_inventory_names(real, question, numbers):
    rows, index = real
    names = lookup_names(question, index)
    slots = for_names(extract_slots(question), question, names)
    assert is_inventory_question(question, slots, names)
    assert [r.number for r in select(rows, slots, names)] == numbers


def test_the_prefix_index_finds_what_a_scan_of_every_row_word_finds():
    """rows_for looks only at words of the token's first three letters; a scan of all words must agree."""
    from assistant.structured.inventory_names import turkish_match

    names = ["Gaziantep Makina Halısı İmalatı", "Kuyumculuk Kümelenmesi", "Çay Üreticileri", "Ağaç İşleri",
             "Isparta Halı", "Rize Çay Sanayi", "Seramik Kümesi", "Taş ve Mermer", "Fındık Üreticileri"]
    index = NameIndex({i: tuple(tokenize_tr(n)) for i, n in enumerate(names)}, {})
    found = 0
    for token in ["halıcılar", "kuyumcularla", "çaylar", "çay", "ağaçlar", "ağacı", "seramikçilerin", "taşçılar",
                  "fındıkla", "ab", "mermerciler", "imalatçı"]:
        folded = tokenize_tr(token)[0]
        scan = {n for n, ws in index.turkish.items() if any(turkish_match(folded, w) for w in ws)}
        assert index.rows_for(folded) == frozenset(scan), token
        found += bool(scan)
    assert found >= 8  # the tokens do match rows: the check compares real hits, not empty sets
