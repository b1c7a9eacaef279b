from assistant.compose.figures import english_figure


def test_figures_are_spelled_the_english_way_and_keep_their_values():
    assert english_figure("% 75") == "75%"
    assert english_figure("400.000 USD") == "400,000 USD"
    assert english_figure("5 (beş) adet") == "5 (five)"
    assert english_figure("3 (üç) yıl") == "3 (three) years"
    assert english_figure("en fazla 2 (iki) uzman personel") == "at most 2 (two) expert staff"
    assert english_figure("%2,5") == "2.5%"
