"""English answers quote the English rendering of the chosen sentences; the Turkish original stays cited."""
from assistant.compose.passages import bilingual_excerpt, compose
from core.answers import Citation

PAIRS = [("Küme yönetimi önemlidir.", "Cluster management is important."),
         ("Fuarlara katılım %75 oranında desteklenir.", "Participation in fairs is supported at 75%."),
         ("Başka bir cümle.", None)]


def test_the_window_is_chosen_on_either_language_and_both_sides_are_the_same_sentences():
    tr, en = bilingual_excerpt(PAIRS, "Is participation in fairs supported?", max_chars=45)
    assert tr == "Fuarlara katılım %75 oranında desteklenir."
    assert en == "Participation in fairs is supported at 75%."
    tr, en = bilingual_excerpt(PAIRS, "fuar katılım", max_chars=60)   # glossary terms meet the Turkish side
    assert "Fuarlara" in tr and "fairs" in en


def test_compose_quotes_english_for_english_and_turkish_for_turkish():
    c = Citation(1, "ORA4.AA3.T1.E2", "Fuarlara katılım", "action_plan", "r.txt", 55, "Fuarlara katılım",
                 text_en="Participation in fairs")
    english = compose([c], "en", lambda title, lang: "Participation in fairs" if lang == "en" else title)
    assert "«Participation in fairs»" in english and "unofficial English rendering" in english
    assert "p. 55" in english and "Fuarlara" not in english
    assert "«Fuarlara katılım»" in compose([c], "tr") and "s. 55" in compose([c], "tr")
