"""The cluster map: 81 vendored provinces matching the inventory's names, counts, presets, escaping."""
import json
import re

from core.records import ClusterRecord, Stage
from ui import map as kmap

STAGE = {k: Stage(k, k.title(), k.title(), k, i) for i, k in enumerate(("fikir", "baslangic", "gelisen", "olgun"))}


def row(n, province, stage="fikir", sector="tekstil", brop=False, name=None):
    return ClusterRecord(n, province, province, name or f"Küme {n}", STAGE[stage], sector, brop, page=70)


ROWS = [row(1, "Gaziantep", brop=True), row(2, "Gaziantep", "baslangic", "tarım-gıda", True), row(3, "Hakkari"),
        row(4, "İstanbul", "olgun"), row(5, "TR"), row(6, "Afyonkarahisar", name="<script>alert(1)</script>")]


def test_the_vendored_data_has_81_provinces_with_its_licence_and_source():
    data = json.loads(kmap.DATA.read_text(encoding="utf-8"))
    assert len(data["provinces"]) == 81 and {p["plate"] for p in data["provinces"]} == set(range(1, 82))
    assert "MIT" in data["license"] and "turkey-map-react" in data["source"]
    assert (kmap.DATA.parent / "turkey-map-react.LICENSE").read_text().startswith("MIT License")


def test_every_inventory_spelling_finds_its_province():
    for name in ("Hakkari", "hakkari", "İstanbul", "Istanbul", "Afyonkarahisar", "Şanlıurfa", "Iğdır", "Kırıkkale"):
        assert kmap.province_name(name), name
    assert kmap.province_name("TR") is None and kmap.province_name("Toronto") is None


def test_the_map_has_one_shape_per_province_coloured_by_count():
    svg = kmap.map_svg(ROWS, "tr")
    assert svg.count('<path class="kume-prov"') == 81
    assert re.search(r'data-province="Gaziantep" data-count="2" data-tip="Gaziantep: 2 küme \(Fikir 1, Başlangıç 1\)"', svg)
    assert 'data-province="Hakkâri" data-count="1"' in svg
    assert "1 ulusal (TR)" in svg and "<script>" not in svg


def test_filters_and_presets_narrow_the_counts():
    svg = kmap.map_svg(ROWS, "tr", kmap.PRESETS["sekil5"][1])  # start, developing and mature
    assert 'data-province="Gaziantep" data-count="1"' in svg and 'data-province="İstanbul" data-count="1"' in svg
    assert 'data-province="Hakkâri" data-count="0"' in svg
    brop = kmap.map_svg(ROWS, "tr", kmap.MapFilter(brop="yes"))
    assert 'data-province="Gaziantep" data-count="2"' in brop and 'data-province="İstanbul" data-count="0"' in brop
    assert len(kmap.preset_choices("tr")) == len(kmap.PRESETS) and kmap.preset_choices("en")[0][0].startswith("Figure 1")


def test_a_province_table_lists_and_cites_its_rows_escaped():
    html = kmap.province_table_html("Afyonkarahisar", ROWS, "tr")
    assert 'data-count="1"' in html and "EK2.6, s. 70" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert kmap.province_table_html("Gaziantep", ROWS, "en").count("<tr><td>") == 2


def test_charts_show_derived_and_printed_shares():
    html = kmap.charts_html(ROWS, "tr")
    assert "Aşamalara göre (6 küme)" in html and "4 (66.7 %)" in html  # four of six rows at the idea stage
    assert re.search(r"tarım-gıda</span>.*?1 \(16\.7 %\)</span><span class=\"kume-bar-report\">rapor: % 25<", html)


def test_an_answer_map_marks_only_the_listed_rows():
    svg = kmap.answer_map([["1"], ["2"]], ROWS, "tr")
    assert 'data-province="Gaziantep" data-count="2"' in svg and 'data-province="İstanbul" data-count="0"' in svg
    assert kmap.answer_map([], ROWS, "tr") == ""
