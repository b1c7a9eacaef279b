import pytest

from assistant.retrieval.analyzer import (STEM_MARK, canonical_code, code_ancestors, default_analyzer, make_analyzer,
                                prefix_stemmer, stemmer_named)


def stems(terms):
    return [t for t in terms if t.startswith(STEM_MARK)]


def test_ascii_folding_makes_keyboard_spellings_equal():
    analyze = default_analyzer()
    assert analyze("Küme desteği") == analyze("kume destegi") == analyze("KÜME DESTEĞİ")


def test_each_word_gives_its_whole_form_and_a_prefix5_stem():
    assert make_analyzer("prefix5")("Kümelerin ihracatı") == ["kumelerin", "~kumel", "ihracati", "~ihrac"]


def test_short_words_are_their_own_stem():
    assert make_analyzer("prefix5")("il") == ["il", "~il"]


def test_no_stemmer_gives_whole_forms_only():
    assert make_analyzer("none")("Kümelerin ihracatı") == ["kumelerin", "ihracati"]


def test_prefix_stems_meet_across_suffixes():
    analyze = make_analyzer("prefix4")
    assert set(stems(analyze("küme"))) == set(stems(analyze("kümelerin"))) == {"~kume"}


def test_codes_and_numbers_stay_whole_and_are_not_stemmed():
    terms = make_analyzer("prefix5")("ORA1.AA1.T1.E6 eylemi, Tebliğ 2010/8, TR 07R2.02-01")
    assert {"ora1.aa1.t1.e6", "2010/8", "07r2.02-01"} <= set(terms)
    assert not any(t.startswith(STEM_MARK + "ora") or t.startswith(STEM_MARK + "20") for t in terms)


def test_irregular_ora_codes_are_canonicalised():
    assert canonical_code("ora4.aa2.t1-e6") == "ora4.aa2.t1.e6"
    assert canonical_code("ora2.aa3.t3.e2/e3") == "ora2.aa3.t3.e2.e3"
    assert canonical_code("07r2.02-01") == "07r2.02-01"  # not an ORA code
    assert "ora4.aa2.t1.e6" in default_analyzer()("ORA4.AA2.T1-E6")


def test_code_parents_are_optional():
    assert code_ancestors("ora1.aa1.t2.e1") == ["ora1", "ora1.aa1", "ora1.aa1.t2"]
    assert make_analyzer("none", code_parents=True)("ORA1.AA1.T2") == ["ora1.aa1.t2", "ora1", "ora1.aa1"]
    assert make_analyzer("none")("ORA1.AA1.T2") == ["ora1.aa1.t2"]


def test_compounds_without_digits_also_give_their_parts():
    terms = make_analyzer("none")("savunma-havacılık-uzay")
    assert terms == ["savunma-havacilik-uzay", "savunma", "havacilik", "uzay"]


def test_stopwords_of_both_languages_are_dropped():
    assert make_analyzer("none")("URGE desteği nedir ve hangi programlar var?") == ["urge", "destegi", "programlar"]
    assert make_analyzer("none")("What is the ceiling of the support?") == ["ceiling", "support"]


def test_apostrophe_suffix_splits_off_and_is_dropped():
    assert make_analyzer("none")("Türkiye’nin ve Konya'daki") == ["turkiye", "konya", "daki"]


def test_query_and_document_meet_in_the_same_terms():
    """Symmetry: words give the same terms in a question as inside a document; stems bridge suffixes."""
    analyze = default_analyzer()
    document = "Kümelerin uluslararası pazarlarda rekabet gücünü artırmak için URGE desteği verilir."
    question = "Uluslararası pazarlarda rekabet gücünü"
    q, d = analyze(question), analyze(document)
    assert any(d[i:i + len(q)] == q for i in range(len(d)))
    assert set(stems(analyze("yeni pazarları"))) & set(stems(d)) == {"~pazar"}


def test_analyzer_is_injectable_and_named_stemmers_resolve():
    assert stemmer_named("none") is None
    assert prefix_stemmer(6)("uluslararası") == "uluslar"[:6]
    with pytest.raises(ValueError, match="unknown stemmer"):
        stemmer_named("porter")
    first3 = make_analyzer(lambda w: w[:3])
    assert first3("Düşük") == ["dusuk", "~dus"]


def test_snowball_needs_unfolded_letters_and_keeps_bare_roots():
    pytest.importorskip("snowballstemmer")
    analyze = make_analyzer("snowball")
    assert stems(analyze("kümelerin")) == ["~kume"]
    assert stems(analyze("küme")) == ["~kume"]  # Snowball gives "k"; shorter than 3 letters, the word stays
    assert stems(analyze("desteği")) == ["~destek"]
