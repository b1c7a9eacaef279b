"""The page's pure rendering: citations, passages, figure highlighting, escaping, tables → CSV."""
import csv
import io
import re

import pytest

from core.answers import Answer, Citation, DirectAnswer
from ui import render
from ui.i18n import KINDS, STAGES, choices, province_choices

E6_PATH = ("5 Ortak Rekabet Alanları (ORA) Eylem Planı › ORA1 Küme Yönetimi › AA1 Küme Yönetimi › "
           "T1 Küme Yönetiminde Profesyonelleşme › "
           "E6 Başlangıç ve gelişen aşamadaki kümelerin yönetimi için teknik destek")
URGE_TEXT = ("Eğitim ve/veya danışmanlık programları kapsamında giderlerin % 75'i, proje başına "
             "400.000 USD'ye kadar karşılanır. Program süresi 3 (üç) yıldır; 2010/8 sayılı Tebliğ.")
XSS = "Deneme: <script>alert(1)</script> ve <img src=x onerror=alert(1)> metni."


URGE_PATH = "2 Uluslararası Rekabetçiliğin … — URGE › Proje Bazlı Eğitim ve/veya Danışmanlık"


def cite(n=1, text=URGE_TEXT, path=URGE_PATH, page=4, title="Proje Bazlı Eğitim ve/veya Danışmanlık Programları",
         sid="2.egitim-danismanlik"):
    return Citation(n, sid, title, "urge", "rapor.txt", page, text, path)


def answer(text="URGE desteği: giderlerin % 75'i, en çok 400.000 USD [1].", citations=None, direct=None, lang="tr"):
    return Answer("URGE eğitim desteği?", text, lang, False, tuple(citations or [cite()]), (), direct=direct)


def visible(markdown: str) -> str:
    """What a reader sees of escaped Markdown: backslash escapes and entities resolved, our tags dropped."""
    import html

    text = re.sub(r"</?mark>", "", markdown)
    return html.unescape(re.sub(r"\\(.)", r"\1", text))


# -- escaping -----------------------------------------------------------------------
@pytest.mark.parametrize("raw", [XSS, "[x](javascript:alert(1))", "![img](http://example.com/x.png)", "`code`",
                                 "$$x^2$$", "# heading", "    indented code", "1. list", "<b>bold</b> & co"])
def test_md_text_has_no_markup_and_reads_as_the_text(raw):
    out = render.md_text(raw)
    assert "<" not in out and ">" not in out
    assert not re.search(r"(?<!\\)[\[\]`$!]|^[#-]|^\d+\.", out), out
    assert visible(out) == raw.strip()


def test_script_and_img_in_a_passage_are_escaped():
    out = render.passage_markdown(cite(text=XSS, path="guvenlik-notu › guvenlik-notu, sayfa 1", page=1), "tr")
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "<script>alert(1)</script>" in visible(out)


def test_script_in_a_question_and_answer_is_escaped():
    a = Answer(XSS, "Yanıt " + XSS, "tr", False, (cite(title="<img src=x onerror=alert(1)>"),), ())
    md = render.answer_markdown(a, "tr")
    assert "<script" not in md and "<img" not in md
    assert "<script" not in render.md_text(a.question)
    for label, _ in render.citation_choices(a.citations, "tr"):
        assert "<img" in label  # radio labels are shown as text by Gradio, not parsed: kept verbatim


def test_only_our_mark_tags_survive_highlighting():
    out = render.highlight_figures("<mark onclick=x>400.000 USD</mark> % 75 <script>")
    assert re.findall(r"<[^>]*>", out) == ["<mark>", "</mark>", "<mark>", "</mark>"]


# -- figures ------------------------------------------------------------------------------
def test_figures_in_finds_amounts_and_percentages_not_codes_or_markers():
    found = render.figures_in("% 75, %70, 75%, 400.000 USD, 50.000 ABD Doları, 1,5 milyon; [1] ORA1.AA1.T1.E6 "
                              "2010/8 3 (üç) yıl, 2023. 12 firma")
    assert found == {"75%", "70%", "400000", "50000", "15", "2023", "12"}


def test_highlight_marks_the_figures_of_the_answer():
    out = render.highlight_figures(URGE_TEXT, render.figures_in("en çok 400.000 USD, giderlerin %75'i"))
    assert "<mark>400.000 USD</mark>" in out
    assert "<mark>% 75</mark>" in out
    assert "2010/8" in out and "<mark>2010" not in out
    assert visible(out) == URGE_TEXT


def test_highlight_leaves_figures_the_answer_does_not_have():
    out = render.highlight_figures(URGE_TEXT, {"400000"})
    assert "<mark>400.000 USD</mark>" in out and "<mark>% 75</mark>" not in out


def test_highlight_without_a_selection_marks_every_figure():
    assert render.highlight_figures("oran %70, tutar 50.000 USD").count("<mark>") == 2


# -- citations and passages --------------------------------------------------------
def test_citation_choices_are_numbered_with_title_and_page():
    cites = [cite(1), cite(2, title="İstihdam Programı", page=None, sid="2.istihdam")]
    assert render.citation_choices(cites, "tr") == [
        ("[1] Proje Bazlı Eğitim ve/veya Danışmanlık Programları · s. 4", "1"), ("[2] İstihdam Programı", "2")]
    assert render.citation_choices(cites, "en")[0][0].endswith("· p. 4")


def test_section_path_shortens_the_chapter_to_its_number():
    c = cite(5, path=E6_PATH, sid="ORA1.AA1.T1.E6")
    assert render.section_path(c) == (
        "5 · ORA1 Küme Yönetimi › AA1 Küme Yönetimi › T1 Küme Yönetiminde Profesyonelleşme › "
        "E6 Başlangıç ve gelişen aşamadaki kümelerin yönetimi için teknik destek")
    assert render.section_path(cite(path="EK 2 – Küme Envanteri › No 8 Adana Mobilya Kümesi")) == \
        "EK 2 – Küme Envanteri › No 8 Adana Mobilya Kümesi"
    assert render.section_path(cite(path="", title="Önsöz")) == "Önsöz"


def test_passage_shows_number_path_page_source_and_highlights():
    c = cite(5, path=E6_PATH, sid="ORA1.AA1.T1.E6")
    out = render.passage_markdown(c, "tr", render.figures_in("400.000 USD"))
    head, meta, body = out.split("\n\n")
    assert visible(head) == "#### [5] " + render.section_path(c)
    assert visible(meta) == "_s. 4 · dosya: rapor.txt · ORA1.AA1.T1.E6_"
    assert "<mark>400.000 USD</mark>" in body
    assert visible(render.passage_markdown(cite(page=None), "en").split("\n\n")[1]).startswith("_file: rapor.txt")


def test_answer_markdown_notes_a_table_and_a_notice():
    rows = (("8", "Adana", "Adana Mobilya Kümesi"), ("10", "Adana", "Plastik"))
    direct = DirectAnswer("inventory", "Adana'da 2 küme var [1][2].", (cite(1), cite(2)), ("No", "İl", "Küme"),
                          rows, 2)
    a = Answer("Adana?", "Adana'da 2 küme var [1][2].", "tr", False, (cite(1), cite(2)), (), notice="Model yok",
               direct=direct)
    md = render.answer_markdown(a, "tr")
    assert md.startswith("_Model yok_") and "Envanter tablosu (EK 2): 2 satır" in md and "\\[1\\]\\[2\\]" in md
    assert render.answer_markdown(a, "tr", text="Adana") .endswith("Adana")


def test_copy_text_has_answer_table_and_sources():
    direct = DirectAnswer("inventory", "2 küme [1].", (cite(1),), ("No", "İl"), (("8", "Adana"),), 1)
    text = render.copy_text(answer("2 küme [1].", direct=direct), "tr")
    assert text.splitlines() == ["2 küme [1].", "", "No\tİl", "8\tAdana", "", "Kaynaklar:",
                                 "[1] 2 · Proje Bazlı Eğitim ve/veya Danışmanlık, s. 4"]


# -- tables -------------------------------------------------------------------------------
def test_table_rows_to_csv_round_trip_with_turkish_text():
    direct = DirectAnswer("inventory", "…", (), ("No", "İl", "Küme", "Aşama"),
                          (("8", "Adana", "Adana Mobilya Kümesi, \"Çukurova\"", "Fikir"),
                           ("42", "Ankara", "ODTÜ Teknokent Yazılım Kümesi", "Olgunluk")), 2)
    headers, rows = render.table_of(answer(direct=direct))
    assert headers == ["No", "İl", "Küme", "Aşama"] and rows[1][2] == "ODTÜ Teknokent Yazılım Kümesi"
    text = render.rows_to_csv(headers, rows)
    assert text.splitlines()[0] == "No;İl;Küme;Aşama"  # Turkish-locale Excel splits on ";"
    parsed = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert parsed == [headers] + rows


def test_csv_cells_that_look_like_formulas_are_neutralised():
    text = render.rows_to_csv(["No", "Ad"], [["1", "=HYPERLINK(\"http://x\")"], ["2", "+1"], ["3", "@SUM(A1)"],
                                             ["4", "-2"], ["5", "TAYSAD- Taşıt"]])
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert [r[1] for r in rows[1:]] == ["'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)", "'-2", "TAYSAD- Taşıt"]


def test_answer_without_table_has_no_rows():
    assert render.table_of(answer()) == ([], [])


# -- interface choices (the texts themselves: tests/core/test_messages.py) ------------------------
def test_filter_choices_map_labels_to_store_values():
    assert choices(KINDS, "en")[0] == ("Any", "")
    assert ("URGE (Tebliğ 2010/8)", "urge") in choices(KINDS, "tr")
    assert [v for _, v in choices(STAGES, "tr")] == ["", "fikir", "baslangic", "gelisen", "olgun"]
    assert province_choices(["Adana", "TR"], "en") == [("Any", ""), ("Adana", "Adana"), ("National (TR)", "TR")]


def test_typed_table_makes_number_columns_sortable_as_numbers():
    typed, types = render.typed_table([["8", "Adana", "12"], ["10", "Adana", "x"]])
    assert typed == [[8, "Adana", "12"], [10, "Adana", "x"]] and types == ["number", "str", "str"]
    assert render.typed_table([]) == ([], [])


def test_citations_without_a_path_take_it_from_the_retrieved_hits():
    from core.answers import Hit

    bare = Citation(1, "2.istihdam", "İstihdam programı", "urge", "rapor.txt", 5, "en fazla 2 uzman")
    hit = Hit("c1", "2.istihdam", "İstihdam Programı", "urge", "…", 1.0, path="2 URGE › İstihdam Programı")
    a = Answer("q", "a [1]", "tr", False, (bare, cite(2)), (hit,))
    got = render.citations_of(a)
    assert got[0].path == "2 URGE › İstihdam Programı" and got[1] == cite(2)
    assert render.section_path(got[0]) == "2 · İstihdam Programı"


def test_inventory_rows_get_no_highlights():
    row = Citation(1, "EK2.32", "Ankara Giyim Sanayicileri Derneği", "inventory", "rapor.txt", 68,
                   "32 Ankara Ankara Giyim Sanayicileri Derneği Gelişme")
    assert "<mark>" not in render.passage_markdown(row, "tr", {"32"})
