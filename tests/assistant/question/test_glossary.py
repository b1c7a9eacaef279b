"""The shipped glossary's everyday-English entries: the words users type for terms the report prints.

Each entry maps an everyday English word to the Turkish term the report uses for it (the Turkish side is
checked to occur in the report by tests/assistant/retrieval/test_hybrid.py); without it the Turkish BM25
list of an English question has nothing to match, and the English rendering may use another word.
"""
import pytest

from assistant.question.glossary import Glossary, default_glossary


@pytest.mark.parametrize("question, term", [
    ("Who are the authors of the report?", "hazırlayanlar"),       # the credits page: "Hazırlayanlar ve İletişim"
    ("Who wrote the report?", "hazırlayanlar"),
    ("Was it written by consultants?", "hazırlayanlar"),
    ("Is there an event for members of parliament?", "tbmm"),     # ORA1.AA1.T3.E2 "TBMM'de kümelenme günü"
    ("What are the main funding sources of clusters?", "finans kaynakları"),  # 4.2 J
    ("Is there a source of funding for cluster staff?", "finansman kaynakları"),
    ("Is there support for hiring a coordinator?", "istihdam"),    # URGE's İstihdam Programı
    ("Can we employ two experts?", "istihdam"),
    ("When was the draft shown to the working group?", "taslak"),
    ("When was the draft shown to the working group?", "çalışma grubu"),
    ("Do the foreign buyers come to Turkey?", "alıcı"),
    ("Who can apply for URGE?", "başvuru"),
    ("How many responses did the agencies send?", "cevap"),
    ("Which department of the ministry runs it?", "dairesi"),
    ("How does the report define a cluster manager?", "tanım"),
    ("What do start-stage clusters lack?", "eksik"),
    ("What is missing in most clusters?", "eksiklik"),
    ("How long did the fieldwork take?", "saha çalışması"),
    ("What is the national cluster strategy?", "strateji"),
    ("Can we run joint projects with another cluster?", "ortaklaşa"),
])
def test_everyday_english_words_reach_the_reports_turkish_terms(question, term):
    assert term in " ".join(default_glossary().expand(question).terms)


def test_joint_is_not_expanded_to_the_word_of_the_reports_title():
    # "ortak" is in every action-plan chunk's path ("Ortak Rekabet Alanları"): as an expansion of "joint" it
    # ranks the whole plan alike; "ortaklaşa" (jointly) is the report's word for joint work between clusters
    expanded = " ".join(default_glossary().expand("Can we run joint projects?").terms).split()
    assert "ortaklaşa" in expanded and "ortak" not in expanded


def test_everyday_rows_are_bridges_not_the_reports_vocabulary(tmp_path):
    path = tmp_path / "glossary.tsv"
    path.write_text("# mine\nen\ttr\tkind\nbuying mission\talım heyeti\nwrote\thazırlayanlar\teveryday\n",
                    encoding="utf-8")
    glossary = Glossary.load(path)
    # both rows expand a question ...
    assert glossary.expand("Who wrote about buying missions?").terms == ("hazırlayanlar", "alım heyeti")
    # ... but only the domain term is the report's vocabulary, which the refusal stage reads (`words`, `entries`)
    assert glossary.words == {"buying", "mission"} and ("wrote",) not in glossary.entries
    assert glossary.bridges == {("wrote",): ("hazırlayanlar",)} and len(glossary) == 1


def test_two_column_glossaries_still_load_as_domain_terms(tmp_path):
    path = tmp_path / "glossary.tsv"
    path.write_text("en\ttr\nfair\tfuar\n", encoding="utf-8")
    glossary = Glossary.load(path)
    assert glossary.entries == {("fair",): ("fuar",)} and not glossary.bridges


def test_shipped_everyday_words_are_bridges():
    glossary = default_glossary()
    for word in ("wrote", "hire", "draft", "missing", "apply", "response", "strategy"):
        assert (word,) in glossary.bridges and word not in glossary.words, word
    assert ("cluster",) in glossary.entries  # a domain term stays one


def test_rows_sharing_a_turkish_term_are_english_synonyms_of_each_other():
    g = Glossary.from_pairs([("phone", "telefon"), ("telephone", "telefon"), ("employment", "istihdam"),
                             ("fair", "fuar")], everyday=[("hire", "istihdam")])
    assert g.synonyms(g.expand("What is the phone number?")) == ("telephone",)
    assert g.synonyms(g.expand("Can we hire a coordinator?")) == ("employment",)  # a bridge reaches a domain row
    assert g.synonyms(g.expand("Is employment supported?")) == ("hire",)         # and back
    assert g.synonyms(g.expand("Which fairs?")) == ()                             # a term with one English key
    assert g.synonyms(g.expand("Phone or telephone?")) == ()                      # typed keys are not repeated


def test_shipped_glossary_gives_the_rendering_s_word_for_an_everyday_one():
    g = default_glossary()
    assert "telephone" in g.synonyms(g.expand("What is the ministry's phone number?"))
