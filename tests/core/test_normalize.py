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


# -- the fast normalize_tr / fold_ascii against their first definitions -------------------------------------------

from core import normalize as _n  # noqa: E402

from tests.reference_definitions import OLD_FOLD as _OLD_FOLD, OLD_TR_LOWER as _OLD_TR_LOWER  # noqa: E402
from tests.reference_definitions import old_fold_ascii, old_normalize_tr  # noqa: E402


SAMPLES = [
    "", " ", "\n\t", "İSTANBUL IĞDIR ıi Iİ", "Kümelerin İHRACATI ORA1.AA1.T1 ve Konya’daki 2010/8 Tebliğ",
    unicodedata.normalize("NFD", "Türkiye’nin Şanlıurfa Çanakkale Öğretmen Ümraniye İzmir"),
    "u\u0308 ü\u0308 i\u0307 I\u0307 ı\u0307 a\u200d\u0308 o\u200c\u0301",  # combining marks, a joiner between
    "Tele\u00adkomünikasyon ar\u00ad-\nge ar-\n  ge ar- \nge",                 # soft hyphens, line-end breaks
    "\uf076 Küme\x00 yönetimi\x07\x1b[0m \x7f\x85\x9f",                        # private use, C0/C1 controls
    "ze\u200bro\u2060wi\ufeffdth \u202aLTR\u202c \u2066iso\u2069 \U000e0001\U000e0041 \U000f0000\U0010fffd",
    "tab\tnew\nline\r\nform\x0cfeed\x0bvt  many   spaces\u00a0nbsp\u3000ideo",
    "ÂLİ îmân ûmûmî Â\u0302 çğıöşü ÇĞIÖŞÜ",
    "`grave´ acute ‘single’ “double” «guillemets»",
    "\u0600\u0605\u061c\u06dd\u070f\u0890\u08e2\u180e\U000110bd\U00013430\U0001bca0\U0001d173",
    "ǅ ǈ Σ ΣΑΣ ß ẞ ﬁ Å K Ω",  # title case, final sigma, sharp s, ligature, compatibility signs
    "\ud800 lone surrogate",
]


def test_new_normalize_equals_old_definition_on_samples():
    for text in SAMPLES:
        assert normalize_tr(text) == old_normalize_tr(text), repr(text)
        assert fold_ascii(text) == old_fold_ascii(text), repr(text)
        assert lower_tr(text) == unicodedata.normalize("NFC", text).translate(_OLD_TR_LOWER).lower(), repr(text)
        assert _n.fold_letters(text) == text.translate(_OLD_FOLD), repr(text)


_TRICKY = st.sampled_from(list("İIıiÇĞÖŞÜçğöşüâîû’‘`´-\n\t \u00ad\u200b\u200c\u200d\u2060\ufeff\uf076\x00\x85\u0307"
                               "\u0308\u0301\u0302\U000e0041\U000f0001") + ["ar-\nge"])


@given(st.lists(st.one_of(_TRICKY, st.characters()), max_size=80).map("".join))
def test_new_normalize_equals_old_definition_on_random_text(text):
    assert normalize_tr(text) == old_normalize_tr(text)
    assert fold_ascii(text) == old_fold_ascii(text)


def test_dropped_table_is_exactly_the_categories_of_this_python():
    # `_DROPPED_RANGES` is written for one Unicode version; the pattern in use must match `dropped` everywhere
    scanned = _n.dropped_ranges()
    if unicodedata.unidata_version == _n._DROPPED_UNIDATA:
        assert _n._DROPPED_RANGES == scanned
    in_use = _n._DROPPED.pattern
    assert in_use == _n._class_of(scanned).pattern
    everything = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    kept = _n._DROPPED.sub("", everything)
    assert kept == "".join(ch for ch in everything if not _n.dropped(ch))
    assert kept == "".join(ch for ch in everything
                           if unicodedata.category(ch) not in ("Cc", "Co", "Cf") or ch in "\n\t")


def test_whitespace_of_re_split_and_strip_agree_over_every_code_point():
    # normalize_tr squeezes spaces with " ".join(text.split()) instead of _SPACES.sub(" ", text).strip()
    chars = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    by_re = {ch for ch in chars if _n._SPACES.fullmatch(ch)}
    assert by_re == {ch for ch in chars if ch.isspace()} == {ch for ch in chars if not ch.strip()}
    assert all(f"a{ch}b".split() == ["a", "b"] for ch in by_re)
    sample = "".join(sorted(by_re)) + "a" + "".join(sorted(by_re)) + "b\u3000c\x1c\x1fd" + "".join(sorted(by_re))
    assert " ".join(sample.split()) == _n._SPACES.sub(" ", sample).strip()
