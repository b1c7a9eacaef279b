"""Citations where you read: linked [n] in messages, the quote located inside its section, escaping."""
import re

from core.answers import Answer, Citation, DirectAnswer
from ui import citations

SECTION = ("Desteğin birinci alt bölümü eğitim programlarıdır.\n\nEğitim ve/veya danışmanlık programları "
           "kapsamında giderlerin % 75'i, proje başına 400.000 USD'ye kadar karşılanır. Program süresi 3 yıldır.")
QUOTE = "giderlerin % 75'i, proje başına 400.000 USD'ye kadar karşılanır."
AT = SECTION.index(QUOTE)


def cite(n=1, text=QUOTE, kind="urge", **kw):
    """A citation of QUOTE with the offsets the assistant gives it (unless told otherwise)."""
    kw = {"start": AT, "end": AT + len(QUOTE), **kw} if text == QUOTE else kw
    return Citation(n, "2.egitim-danismanlik", "Eğitim <b>ve</b> danışmanlık", kind, "rapor.txt", 12, text,
                    "2 URGE › Eğitim", **kw)


def answer(text="Giderlerin % 75'i, 400.000 USD [1]. Bkz. [2] ve [9].", cites=None, direct=None, lang="tr"):
    return Answer("Üst sınır <script>x</script>?", text, lang, False, tuple(cites or [cite(), cite(2)]), (),
                  direct=direct)


def test_every_known_citation_number_becomes_a_keyboard_reachable_link():
    html = citations.message_html(answer(), 7, "tr")
    links = re.findall(r'<a class="kume-cite" href="#kume-cite-7-(\d+)" role="button"', html)
    assert links == ["1", "2"]
    assert "[9]" in html and "#kume-cite-7-9" not in html  # an unknown number stays text
    assert 'title="2 · Eğitim · s. 12\n«giderlerin' in html  # the popover: section path, page, quote


def test_quote_is_highlighted_at_its_offsets_with_neighbours_greyed():
    # the quote joins sentences with one space; the section may have other white space there
    spans = citations.locate(cite(text=QUOTE.replace(" ", "  "), start=AT, end=AT + len(QUOTE)), SECTION)
    assert spans == [(AT, AT + len(QUOTE))]
    html = citations.passage_html(cite(), answer(), 0, "tr", SECTION)
    assert '<span class="kume-ctx">' in html and '<mark class="kume-quote">' in html
    quote = re.search(r'<mark class="kume-quote">(.*?)</mark>(?=<span|…|</div>)', html).group(1)
    assert '<mark class="kume-fig">% 75</mark>' in quote and '<mark class="kume-fig">400.000 USD</mark>' in quote
    assert "1. soru:" in html and "&lt;script&gt;" in html and "<script>" not in html


def test_offsets_that_do_not_hold_the_quote_or_none_at_all_are_said_so_never_searched():
    assert citations.locate(cite(start=0, end=10), SECTION) is None  # they point elsewhere
    assert citations.locate(cite(start=AT + 1, end=AT + len(QUOTE)), SECTION) is None  # one letter off
    assert citations.locate(cite(start=None, end=None), SECTION) is None  # the quote is in the text, but unplaced
    html = citations.passage_html(cite(start=None, end=None), answer(), 0, "tr", SECTION)
    assert "bulunamadı" in html and "kume-quote\"" not in html.replace("kume-quote-alone", "")


def test_a_joined_excerpt_highlights_each_part_and_not_what_lies_between():
    text = "Desteğin birinci alt bölümü … Program süresi 3 yıldır."
    spans = citations.locate(cite(text=text, start=0, end=len(SECTION)), SECTION)
    assert [SECTION[a:b] for a, b in spans] == ["Desteğin birinci alt bölümü", "Program süresi 3 yıldır."]


def test_a_quote_that_is_not_in_its_section_is_said_so_not_highlighted():
    assert citations.locate(cite(text="Bu cümle bölümde yok.", start=0, end=20), SECTION) is None
    html = citations.passage_html(cite(text="Bu cümle bölümde yok."), answer(), 0, "tr", SECTION)
    assert "bulunamadı" in html and "kume-quote\"" not in html.replace("kume-quote-alone", "")


def test_english_rendering_is_shown_with_a_turkish_original_toggle():
    c = cite(text_en="costs up to 75 %, 400,000 USD per project.")
    html = citations.passage_html(c, answer(lang="en"), 0, "en", SECTION)
    assert 'class="kume-toggle"' in html and "Turkish original" in html
    assert '<div class="kume-tr" hidden>' in html and '<mark class="kume-quote">' in html


def test_long_lists_are_complete_and_collapsed_short_ones_open():
    rows = "\n".join(f"• {i} Gaziantep Küme {i} Fikir [{i}]" for i in range(1, 20))
    cites = [Citation(i, f"EK2.{i}", f"Küme {i}", "inventory", "r.txt", 70, f"{i} Gaziantep Küme {i} Fikir")
             for i in range(1, 20)]
    direct = DirectAnswer("inventory", "19 küme var", tuple(cites), ("No", "İl"), tuple((str(i), "Gaziantep")
                                                                                     for i in range(1, 20)), 19)
    html = citations.message_html(answer("Gaziantep ilinde 19 küme var [1]–[19]:\n" + rows, cites, direct), 1, "tr")
    assert html.index("19 küme var") < html.index("<details")
    assert '<details class="kume-more"><summary>19 öğe</summary>' in html and html.count("<li>") == 19
    short = citations.message_html(answer("Üç eylem:\n1. A [1]\n2. B [2]\n3. C [1]"), 1, "tr")
    assert '<details class="kume-more" open>' in short and "<ol" in short


def test_copy_text_rides_along_hidden_and_escaped():
    html = citations.message_html(answer("Yanıt <img src=x onerror=alert(1)> [1]"), 1, "tr")
    assert 'class="kume-copy"' in html and 'class="kume-copytext" style="display:none"' in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
