"""Citation offsets: `start`/`end` slice exactly the quoted sentences out of the section text the panel shows."""
from assistant.compose.passages import cite
from assistant.compose.quotes import locate_quote, quote_parts, with_offsets
from core.answers import Citation, Hit

# Two chunks of one section, joined as CorpusIndex.section_text joins chunk bodies ("\n\n").
CHUNK_1 = "ODTÜ Teknokent 250 yenilikçi şirketi kapsar.\nPark Ankara'dadır."
CHUNK_2 = "Yazılım kümesi girişimciliği teşvik etmek için Yeni Fikirler Yeni İşler Projesi'ni uygular.  Başka bilgi."
SECTION = CHUNK_1 + "\n\n" + CHUNK_2
QUESTION = "ODTÜ Teknokent kaç yenilikçi şirketi kapsıyor ve girişimciliği teşvik etmek için hangi projeyi uyguluyor?"
SECTIONS = {"3.2": SECTION, "3.3": "Önce başka bir cümle. SASAD 90 üyeye sahiptir. Projeyi uygular."}


def hit(section_id, body, score=1.0):
    return Hit(f"{section_id}-x", section_id, "Başlık", "text", "3.2 Başlık\n" + body, score)


def folded(text):
    return " ".join(text.split())


def test_offsets_slice_exactly_the_quoted_sentences_of_a_later_chunk():
    [c] = cite([hit("3.2", CHUNK_2)], "Yeni Fikirler projesi", limit=1, section_text=SECTIONS.get)
    assert c.start is not None, "the assistant sets the offsets"
    # both sentences are quoted, joined by one space; the slice keeps the section's own two
    assert SECTION[c.start:c.end] == CHUNK_2 and c.text == folded(CHUNK_2)


def test_a_quote_of_several_sentences_spans_them_with_their_own_white_space():
    # first_chars keeps the run inside the first chunk (the best passage is chosen from its whole section)
    [c] = cite([hit("3.2", CHUNK_1)], "Teknokent Park Ankara", limit=1, first_chars=70, second_chars=0,
               section_text=SECTIONS.get)
    assert SECTION[c.start:c.end] == CHUNK_1 and folded(SECTION[c.start:c.end]) == folded(c.text)


def test_a_joined_excerpt_spans_both_runs_and_each_part_is_found_inside():
    # short runs, so the two halves of the question are answered by two runs, not one run over the section
    [c] = cite([hit("3.2", CHUNK_2)], QUESTION, limit=1, first_chars=100, second_chars=100, section_text=SECTIONS.get)
    assert " … " in c.text
    parts = quote_parts(c.text, SECTION, c.start, c.end)
    assert [folded(SECTION[a:b]) for a, b in parts] == c.text.split(" … ")
    assert (c.start, c.end) == (parts[0][0], parts[-1][1])


def test_a_clipped_quote_ends_where_the_shown_text_ends():
    long = "Bu uzun cümle " + "çok " * 60 + "uzundur."
    [c] = cite([hit("9", long)], "uzun cümle", limit=1, first_chars=80, section_text={"9": long}.get)
    assert c.text.endswith("…") and long[c.start:c.end] == c.text[:-1]


def test_the_other_citations_have_offsets_in_their_own_sections():
    cites = cite([hit("3.2", CHUNK_2), hit("3.3", "SASAD 90 üyeye sahiptir. Projeyi uygular.", 0.5)], QUESTION,
                 limit=2, section_text=SECTIONS.get)
    second = cites[1]
    assert SECTIONS["3.3"][second.start:second.end] == second.text


def test_english_answers_place_the_turkish_original_they_quote():
    pairs = (lambda split: lambda text: [(s, "EN " + s) for s in split(text)])(
        lambda text: [s.strip() for s in text.replace("\n\n", "\n").split("\n") if s.strip()])
    [c] = cite([hit("3.2", CHUNK_1)], "Park Ankara", limit=1, other_chars=420, second_chars=0,
               section_text=SECTIONS.get, pairs=pairs)
    assert c.text_en.startswith("EN ") and folded(SECTION[c.start:c.end]) == folded(c.text)


def test_no_offsets_without_the_section_text_or_when_the_chunk_is_not_in_it():
    [c] = cite([hit("3.2", CHUNK_2)], "Yeni Fikirler", limit=1)
    assert (c.start, c.end) == (None, None)
    [c] = cite([hit("3.2", "Bölümde olmayan bir cümle.")], "cümle", limit=1, section_text=SECTIONS.get)
    assert (c.start, c.end) == (None, None)


def test_structured_citations_are_placed_by_their_words_bullets_and_all():
    section = "Giriş cümlesi düzenlenen;\n\n• 5 adet program için 150.000 USD’a kadar,\n\n• 10 adet alım heyeti."
    quote = "Giriş cümlesi düzenlenen; 5 adet program için 150.000 USD’a kadar,"
    start, end = locate_quote(quote, section)
    assert section[start:end] == "Giriş cümlesi düzenlenen;\n\n• 5 adet program için 150.000 USD’a kadar,"
    c = Citation(1, "2.x", "URGE", "urge", "r.txt", 4, quote)
    [placed] = with_offsets([c], {"2.x": section}.get)
    assert (placed.start, placed.end) == (start, end)
    row = Citation(2, "EK2.1", "Küme", "inventory", "r.txt", 70, "1 | Adana | Küme")
    assert with_offsets([row], {"EK2.1": "1 Adana Küme"}.get)[0].start is None  # the panel shows the whole row


def test_quote_parts_refuses_offsets_that_do_not_hold_the_quote():
    quote = CHUNK_1.split("\n")[0]
    assert quote_parts(quote, SECTION, 0, len(quote)) == [(0, len(quote))]
    assert quote_parts(quote, SECTION, 1, len(quote)) is None
    assert quote_parts(quote, SECTION, 0, len(quote) + 5) is None  # more than the quote would be highlighted
    assert quote_parts(quote, SECTION, None, None) is None
    assert quote_parts(quote, SECTION, 0, len(SECTION) + 1) is None
