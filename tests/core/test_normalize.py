import unicodedata

from hypothesis import given, strategies as st

from core.normalize import fold_ascii, lower_tr, normalize_tr, slugify, tokenize_folded, tokenize_tr


def test_turkish_dotted_and_dotless_i():
    assert lower_tr("İSTANBUL") == "istanbul"
    assert lower_tr("IĞDIR") == "ığdır"
    assert "i̇" not in normalize_tr("İzmir")  # no combining dot left behind


def test_ascii_fold_matches_what_users_type():
    assert fold_ascii("Küme Desteği") == fold_ascii("kume destegi") == "kume destegi"
    assert fold_ascii("Şanlıurfa") == "sanliurfa"
    assert fold_ascii("IĞDIR") == "igdir"


def test_words_rejoined_across_line_breaks_and_spaces_squeezed():
    assert normalize_tr("ar-\nge  çalışmaları\n") == "ar-ge çalışmaları"


def test_apostrophes_unified_and_nfc():
    decomposed = unicodedata.normalize("NFD", "Türkiye’nin")
    assert normalize_tr(decomposed) == "türkiye'nin"


def test_private_use_and_control_characters_removed():
    assert normalize_tr("\uf076 Küme\x00 yönetimi") == "küme yönetimi"


def test_tokens_keep_codes_and_numbers_whole():
    assert tokenize_tr("ORA1.AA1.T1.E6 ve %75, 400.000 USD") == ["ora1.aa1.t1.e6", "ve", "75", "400.000", "usd"]


def test_slugify():
    assert slugify("Önsöz ve Yönetici Özeti") == "onsoz-ve-yonetici-ozeti"


@given(st.text(max_size=300))
def test_normalize_is_idempotent_and_never_fails(text):
    once = normalize_tr(text)
    assert normalize_tr(once) == once
    assert fold_ascii(once) == fold_ascii(text)


def test_tokenize_folded_is_tokenize_tr_on_folded_text():
    text = "Kümelerin İHRACATI ORA1.AA1.T1 ve Konya'daki 2010/8 Tebliğ"
    assert tokenize_folded(fold_ascii(text)) == tokenize_tr(text)
