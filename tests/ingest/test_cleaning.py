from ingest.cleaning import BULLET, SUB_BULLET, Line, clean_line, is_noise, reflow


def test_bullet_glyphs_become_bullets():
    assert clean_line("v ORA1.AA1.T1.E1. Kıyaslama ") == BULLET + "ORA1.AA1.T1.E1. Kıyaslama"
    assert clean_line("§ Temel analizler gerçekleştirilmiştir") == BULLET + "Temel analizler gerçekleştirilmiştir"
    assert clean_line("o Kümelerin Verileri → 35 adet") == SUB_BULLET + "Kümelerin Verileri → 35 adet"
    assert clean_line("\uf076") == ""


def test_ordinary_lines_untouched_but_trimmed():
    assert clean_line("  vergi oranı  ") == "vergi oranı"  # a word starting with v is not a bullet


def test_noise_lines():
    assert is_noise("77") and is_noise("Grafik 5. Kümeler Tarafından Gerçekleştirilen Analizler")
    assert not is_noise("Tablo 1. Kümelenme Anket Çalışması Sonuçları")
    assert not is_noise("356 küme")


def lines(*texts, page=1):
    return [Line(page, t) for t in texts]


def test_reflow_joins_wrapped_lines_and_hyphenated_words():
    paragraphs = reflow(lines("Türkiye’de ar-", "ge çalışmaları", "artmaktadır.", "", "İkinci paragraf."))
    assert [p.text for p in paragraphs] == ["Türkiye’de ar-ge çalışmaları artmaktadır.", "İkinci paragraf."]


def test_lowercase_block_continues_previous_paragraph_across_pages():
    paragraphs = reflow([Line(4, "Proje Türkiye’ye kümelenme kavramını tanıtmış ve"), Line(5, ""),
                         Line(5, "kapasite oluşturmuştur.")])
    assert len(paragraphs) == 1 and paragraphs[0].page == 4
    assert paragraphs[0].text.endswith("tanıtmış ve kapasite oluşturmuştur.")


def test_bullets_are_separate_paragraphs_with_continuations():
    paragraphs = reflow(lines(BULLET + "Birinci madde", "devamı,", BULLET + "İkinci madde"))
    assert [p.text for p in paragraphs] == [BULLET + "Birinci madde devamı,", BULLET + "İkinci madde"]


def test_figure_debris_dropped_but_short_runs_kept():
    debris = []
    for label in ["Kümelerin Öncelikleri", "Küme haritası", "Tedbirler", "Eylemler", "Önceliklerin"]:
        debris += [label, ""]
    paragraphs = reflow(lines("Giriş cümlesi.", "", *debris, "Son cümle."))
    assert [p.text for p in paragraphs] == ["Giriş cümlesi.", "Son cümle."]
    kept = reflow(lines("Kümenin", "Değeri =", "", "Faydalar –", "", "Maliyet"))
    assert len(kept) == 3
