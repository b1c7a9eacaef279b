"""The English rendering's checks and its keyed lookup (stale Turkish falls back)."""
import json

from core.rendering import Rendering, check_pair, numbers
from core.sentences import Sentence, sentence_key


def test_numbers_fold_both_languages_separators():
    assert numbers("400.000 USD, % 75, 1,83 dolar") == numbers("400,000 USD, 75%, 1.83 dollars")
    assert numbers("3 (üç) yıl") == ["3"]


def test_a_faithful_pair_passes():
    assert check_pair("URGE kapsamında giderlerin % 75’i, proje başına 400.000 USD’ye kadar karşılanır.",
                      "Under URGE, 75% of the costs are covered, up to 400,000 USD per project.") == []


def test_a_changed_number_a_lost_code_a_lost_acronym_and_left_turkish_fail():
    assert any("numbers" in p for p in check_pair("En fazla 5 (beş) program.", "At most 6 (six) programmes."))
    assert any("codes" in p for p in check_pair("ORA1.AA1.T1.E6 eylemi", "the action"))
    assert any("acronym" in p for p in check_pair("TÜBİTAK destekler.", "The council supports it."))
    assert any("Turkish" in p for p in check_pair("Kümeler gelişir.", "Kümeler develop."))
    assert check_pair("Gaziantep’te KOBİ’ler büyüdü.", "SMEs grew in Gaziantep.") == []


def test_lookup_by_key_and_staleness(tmp_path):
    tr = "Temel analizler gerçekleştirilmiştir."
    (tmp_path / "x.jsonl").write_text(json.dumps(
        {"key": sentence_key(tr), "section": "4.tablo-2", "tr": tr, "en": "Basic analyses have been carried out."},
        ensure_ascii=False) + "\n", encoding="utf-8")
    rendering = Rendering.load(tmp_path)
    assert rendering.english(tr) == "Basic analyses have been carried out."
    assert rendering.english("Temel analizler gerçekleştirilmemiştir.") is None
    changed = Sentence("4.tablo-2", 0, "Temel analizler yapılmıştır.", 0, 10)
    assert rendering.missing([changed]) == [changed] and len(rendering.stale([changed])) == 1


def test_list_items_keep_names_and_capitalised_words_are_no_acronyms():
    assert check_pair("• Doğu Marmara Kalkınma Ajansı", "• Doğu Marmara Kalkınma Ajansı (East Marmara Development Agency)") == []
    assert check_pair("TOPLAM 25", "TOTAL 25") == []
    assert check_pair("• ORA3.AA1.T1.E2.Başarı hikayeleri", "• ORA3.AA1.T1.E2. Success stories") == []


def test_a_fragment_of_a_rendered_sentence_finds_that_sentence(tmp_path):
    tr = "Desteği özetlemek gerekirse; firmalar sistemli biçimde yeni pazarlar bulmaya yönlendirilmektedir."
    (tmp_path / "x.jsonl").write_text(json.dumps({"key": sentence_key(tr), "section": "2", "tr": tr,
                                                  "en": "To summarise: firms are directed to new markets."},
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    rendering = Rendering.load(tmp_path)
    assert rendering.english_of_part("firmalar sistemli biçimde yeni pazarlar bulmaya") == \
        "To summarise: firms are directed to new markets."
    assert rendering.english_of_part("yeni pazarlar") is None  # too short to be one sentence's alone


def test_a_name_spelled_without_its_turkish_letters_fails():
    problems = check_pair("• Eskişehir-Bilecik-Kütahya", "• Eskisehir-Bilecik-Kutahya")
    assert any("Eskisehir-Bilecik-Kutahya (printed Eskişehir-Bilecik-Kütahya)" in p for p in problems)
    assert check_pair("• Eskişehir-Bilecik-Kütahya", "• Eskişehir-Bilecik-Kütahya") == []
    assert check_pair("• Çorum Makine Sektörü", "• Çorum Machinery Sector") == []
    assert any("Corum" in p for p in check_pair("• Çorum Makine Sektörü", "• Corum Machinery Sector"))


def _scan(rendering, fragment):
    """english_of_part as the linear scan it replaced: the reference the index must agree with."""
    text = " ".join(fragment.split())
    if len(text) < 30:
        return None
    found = [r.en for r in rendering.by_key.values() if text in " ".join(r.tr.split())]
    return found[0] if len(found) == 1 else None


def test_english_of_part_through_the_index_equals_the_scan():
    from core.rendering import RenderedSentence

    sentences = [
        ("Desteği özetlemek gerekirse; firmalar  sistemli biçimde yeni pazarlar bulmaya yönlendirilmektedir.", "A."),
        ("Kümeler yeni pazarlar bulmaya yönlendirilmektedir ve ihracat artmaktadır.", "B."),
        ("Eğitim ve danışmanlık programlarında giderlerin yüzde yetmiş beşi karşılanır.", "C."),
        ("Bir başka cümle, programlarında giderlerin yüzde yetmiş beşi karşılanır diye biter.", "D."),
    ]
    rendering = Rendering({str(i): RenderedSentence(str(i), "x", tr, en) for i, (tr, en) in enumerate(sentences)})
    fragments = [
        "firmalar sistemli biçimde yeni pazarlar",                # inside one sentence, double space folded
        "yeni pazarlar bulmaya yönlendirilmektedir",              # in two sentences: ambiguous
        "yönlendirilmektedir ve ihracat artmaktadır.",            # the end of one
        "programlarında giderlerin yüzde yetmiş beşi karşılanır",  # in two
        "Eğitim ve danışmanlık programlarında",                   # the start of one
        "ğitim ve danışmanlık programlarında gide",               # cut words at both ends
        "yüzde yetmiş beşi karşılanır diye biter.",
        "hiçbir cümlede olmayan uzun bir parça burada",           # in none
        "yeni pazarlar",                                          # too short
        "Desteğiözetlemekgerekirsefirmalarsistemli",              # one token: no interior word, scanned
    ]
    for fragment in fragments:
        assert rendering.english_of_part(fragment) == _scan(rendering, fragment), fragment
    assert [rendering.english_of_part(f) for f in fragments[:3]] == ["A.", None, "B."]
